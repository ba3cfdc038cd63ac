"""Domain models: stakeholders, themes, stakes, relations, assessments and the map.

Communication planning adds three more: :class:`Interaction` (a logged contact),
:class:`CommunicationItem` (a planned message/channel/frequency) and
:class:`Segment` (a target group for the representation audit).

The models are frozen pydantic v2 models with ``extra="forbid"``: a typo in a field
name is an error, and a map, once validated, never changes (edit it with
``smap.model_copy(update=...)``). :class:`StakeholderMap` checks every rule that spans
several objects (unique ids, known references, scores inside the declared scale) and
reports all violations at once.

One idea per module, bottom up; each imports only the ones above it in this list,
and this package re-exports every name, so ``stakeholder_map.models`` stays the
one address to import from:

- ``_attributes``: the user's own attributes (stored values, reserved names);
- ``_base``: the shared configuration, the readers' context keys
  (:data:`READY_HOOKS`), the score fields and the record base class;
- ``_scale``: :class:`Scale`;
- ``_stakeholders``: :class:`Stakeholder`, :class:`Interest`, :class:`Stake`,
  :class:`Assessment` and :func:`personal_data_fields`;
- ``_relations``: :class:`Relation`, :class:`RelationKindSpec` and the kinds;
- ``_communication``: :class:`Interaction`, :class:`CommunicationItem`,
  :class:`Segment`;
- ``_rules``: :func:`collect_problems` and :class:`MapProblem`, the cross-object
  rules;
- ``_map``: :class:`StakeholderMap` and :func:`register_display`.

Layer: models. This package imports pydantic and the foundation only: no pandas,
networkx or matplotlib.
"""

# The names this module took from the foundation, which callers import from here.
from stakeholder_map import i18n as i18n
from stakeholder_map._types import EMPTY as EMPTY
from stakeholder_map._types import Attitude as Attitude
from stakeholder_map._types import AttributeValue as AttributeValue
from stakeholder_map._types import Channel as Channel
from stakeholder_map._types import Direction as Direction
from stakeholder_map._types import EngagementLevel as EngagementLevel
from stakeholder_map._types import Frequency as Frequency
from stakeholder_map._types import FrozenDict as FrozenDict
from stakeholder_map._types import Language as Language
from stakeholder_map._types import ParticipationLevel as ParticipationLevel
from stakeholder_map._types import Position as Position
from stakeholder_map._types import RelationKind as RelationKind
from stakeholder_map._types import Score as Score
from stakeholder_map._types import Sign as Sign
from stakeholder_map._types import StakeholderId as StakeholderId
from stakeholder_map._types import slugify as slugify
from stakeholder_map.models._attributes import (
    _ATTRIBUTES_DESCRIPTION as _ATTRIBUTES_DESCRIPTION,
)
from stakeholder_map.models._attributes import _ISO_DATE as _ISO_DATE
from stakeholder_map.models._attributes import _attribute_item as _attribute_item
from stakeholder_map.models._attributes import _attribute_name as _attribute_name
from stakeholder_map.models._attributes import _attribute_value as _attribute_value
from stakeholder_map.models._attributes import _attributes_field as _attributes_field
from stakeholder_map.models._attributes import _clean_attributes as _clean_attributes
from stakeholder_map.models._attributes import _empty_attributes as _empty_attributes
from stakeholder_map.models._attributes import _reserved_names as _reserved_names
from stakeholder_map.models._base import _CONFIG as _CONFIG
from stakeholder_map.models._base import _PERSONAL as _PERSONAL
from stakeholder_map.models._base import ASSESSMENT_SCORES as ASSESSMENT_SCORES
from stakeholder_map.models._base import ATTRIBUTES_READY as ATTRIBUTES_READY
from stakeholder_map.models._base import IDS_READY as IDS_READY
from stakeholder_map.models._base import KINDS_READY as KINDS_READY
from stakeholder_map.models._base import READY_HOOKS as READY_HOOKS
from stakeholder_map.models._base import RELATIONS_READY as RELATIONS_READY
from stakeholder_map.models._base import STAKEHOLDER_SCORES as STAKEHOLDER_SCORES
from stakeholder_map.models._base import _derive_id as _derive_id
from stakeholder_map.models._base import _ready as _ready
from stakeholder_map.models._base import _Record as _Record
from stakeholder_map.models._communication import (
    CommunicationItem,
    Interaction,
    Segment,
)
from stakeholder_map.models._map import _DISPLAY as _DISPLAY
from stakeholder_map.models._map import _RECORD_FIELDS as _RECORD_FIELDS
from stakeholder_map.models._map import StakeholderMap, register_display
from stakeholder_map.models._map import _freeze as _freeze
from stakeholder_map.models._relations import _KIND_BY_VALUE as _KIND_BY_VALUE
from stakeholder_map.models._relations import BUILTIN_KINDS as BUILTIN_KINDS
from stakeholder_map.models._relations import OWN_KIND_DEFAULTS as OWN_KIND_DEFAULTS
from stakeholder_map.models._relations import Relation, RelationKindSpec
from stakeholder_map.models._relations import _apply_kinds as _apply_kinds
from stakeholder_map.models._relations import _builtin_kind_words as _builtin_kind_words
from stakeholder_map.models._relations import relation_kind as relation_kind
from stakeholder_map.models._rules import MapProblem
from stakeholder_map.models._rules import _check_communication as _check_communication
from stakeholder_map.models._rules import _fmt as _fmt
from stakeholder_map.models._rules import _on_scale as _on_scale
from stakeholder_map.models._rules import collect_problems as collect_problems
from stakeholder_map.models._scale import Scale
from stakeholder_map.models._stakeholders import (
    Assessment,
    Interest,
    Stake,
    Stakeholder,
    personal_data_fields,
)

__all__ = [
    "Assessment",
    "CommunicationItem",
    "Interaction",
    "Interest",
    "MapProblem",
    "Relation",
    "RelationKindSpec",
    "Scale",
    "Segment",
    "Stake",
    "Stakeholder",
    "StakeholderMap",
    "personal_data_fields",
    "register_display",
]
