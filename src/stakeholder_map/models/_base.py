"""What every model shares: the configuration, the readers' promises, the record base.

Holds the pydantic configuration of every model, the validation context keys of the
readers (:data:`READY_HOOKS`), the score fields that live on the map's scale,
:class:`_Record` (a row that may carry the user's own attributes) and the id derived
from a name. Layer: models. May import pydantic, the standard library and the
foundation (``_types``, ``i18n``) and ``models._attributes``; never pandas, networkx
or matplotlib.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator

from stakeholder_map._types import slugify
from stakeholder_map.models._attributes import _clean_attributes

if TYPE_CHECKING:
    from pydantic.config import JsonDict


_CONFIG = ConfigDict(
    extra="forbid",
    frozen=True,
    str_strip_whitespace=True,
    use_enum_values=False,
    validate_default=False,
    # Build validators on first use, not at import: keeps `import` fast.
    defer_build=True,
)

_PERSONAL: JsonDict = {"personal_data": True}

#: Validation context keys of the readers (``model_validate(..., context=...)``).
#: A reader that has already applied a per-row rule to a whole column, once per
#: distinct value, sets the rule's key so that each row skips it; the rule itself
#: stays here and the reader calls these same functions.
#:
#: - ``ATTRIBUTES_READY``: every row's ``attributes`` is in its stored form
#:   (:func:`_attribute_value` applied, names checked with :func:`_attribute_name`).
#: - ``RELATIONS_READY``: every relation row's ``kind`` is :func:`relation_kind` of
#:   the cell (also when empty), a conflict without a sign has sign -1, and ``id``
#:   is stripped text or absent.
#: - ``KINDS_READY``: the map's relations already carry the defaults and spellings
#:   :func:`_apply_kinds` would give them.
#: - ``IDS_READY``: every row has a non-empty ``id``, so ``_id_from_name`` has
#:   nothing to derive. No hook reads this key; it only names the promise for
#:   :data:`READY_HOOKS`.
ATTRIBUTES_READY = "stakeholder_map.attributes_ready"
RELATIONS_READY = "stakeholder_map.relations_ready"
KINDS_READY = "stakeholder_map.kinds_ready"
IDS_READY = "stakeholder_map.ids_ready"

#: The hooks (validators, by name) that each key above turns into the identity:
#: under the key they return their input as it is, so validating without them
#: gives the same objects. The readers validate whole tables so, which saves a
#: Python call per row (:func:`stakeholder_map.io._bulk._bulk_validator`).
READY_HOOKS: dict[str, tuple[str, ...]] = {
    ATTRIBUTES_READY: ("_attributes",),
    RELATIONS_READY: ("_kind_and_sign",),
    KINDS_READY: ("_kind_defaults",),
    IDS_READY: ("_id_from_name",),
}


def _ready(info: ValidationInfo, key: str) -> bool:
    ctx = info.context
    return ctx is not None and type(ctx) is dict and ctx.get(key) is True


#: Score fields of a stakeholder that live on the map's scale.
STAKEHOLDER_SCORES = ("power", "interest", "legitimacy", "urgency", "proximity")
#: Score fields of an assessment that live on the map's scale.
ASSESSMENT_SCORES = STAKEHOLDER_SCORES


class _Record(BaseModel):
    """A row of one of the map's tables: it may carry the user's own attributes."""

    model_config = _CONFIG

    @field_validator("attributes", mode="before", check_fields=False)
    @classmethod
    def _attributes(cls, value: Any, info: ValidationInfo) -> Any:
        if _ready(info, ATTRIBUTES_READY):
            return value
        return _clean_attributes(cls, value)


def _derive_id(data: Any) -> Any:
    """Fill in a missing ``id`` from the ``name`` (before validation)."""
    if isinstance(data, dict) and not data.get("id") and data.get("name"):
        name = data["name"]
        if isinstance(name, str) and name.strip():
            data = {**data, "id": slugify(name)}
    return data
