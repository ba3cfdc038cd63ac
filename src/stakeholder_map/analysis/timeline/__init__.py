"""Change over time: dated snapshots, what changed between two maps, and history.

A map holds snapshots through its dated assessments (and the stakeholders'
``assessed_on`` dates); two maps, e.g. last meeting's file and today's, can be
compared too. :func:`compare` returns a :class:`MapDiff` with tables and a short
text in English or Dutch: "what changed since the last meeting".

One idea per module, as in networkx; this package re-exports them all, so
``stakeholder_map.analysis.timeline`` stays the one address to import from. Each
module imports only those before it in this list:

- ``_fields``: the fields and keys a diff and a history compare;
- ``_snapshots``: :func:`snapshot_dates` and :func:`snapshot`;
- ``_summary``: the short text of a diff, in English or Dutch;
- ``_diff``: :class:`MapDiff`, :func:`compare` and :func:`movement`;
- ``_history``: :func:`history`.

Layer: analysis. The modules build on :mod:`~stakeholder_map.analysis.raters`
(consolidating assessments) and never import matplotlib.
"""

from stakeholder_map.analysis.timeline._diff import MapDiff, compare, movement
from stakeholder_map.analysis.timeline._diff import _plain as _plain
from stakeholder_map.analysis.timeline._diff import _quadrants as _quadrants
from stakeholder_map.analysis.timeline._diff import _relation_diff as _relation_diff
from stakeholder_map.analysis.timeline._diff import _relation_key as _relation_key
from stakeholder_map.analysis.timeline._diff import _rescaled as _rescaled
from stakeholder_map.analysis.timeline._diff import (
    _salience_classes as _salience_classes,
)
from stakeholder_map.analysis.timeline._diff import _split_rules as _split_rules
from stakeholder_map.analysis.timeline._diff import (
    _stakeholder_diff as _stakeholder_diff,
)
from stakeholder_map.analysis.timeline._fields import _CLASSES as _CLASSES
from stakeholder_map.analysis.timeline._fields import _GRID_AXES as _GRID_AXES
from stakeholder_map.analysis.timeline._fields import _OTHER_FIELDS as _OTHER_FIELDS
from stakeholder_map.analysis.timeline._fields import _QUADRANTS as _QUADRANTS
from stakeholder_map.analysis.timeline._fields import (
    _RELATION_FIELDS as _RELATION_FIELDS,
)
from stakeholder_map.analysis.timeline._fields import _SALIENCE_AXES as _SALIENCE_AXES
from stakeholder_map.analysis.timeline._history import _history_frame as _history_frame
from stakeholder_map.analysis.timeline._history import (
    _history_of_map as _history_of_map,
)
from stakeholder_map.analysis.timeline._history import (
    _history_of_maps as _history_of_maps,
)
from stakeholder_map.analysis.timeline._history import history
from stakeholder_map.analysis.timeline._snapshots import snapshot, snapshot_dates
from stakeholder_map.analysis.timeline._summary import _names as _names
from stakeholder_map.analysis.timeline._summary import _num as _num
from stakeholder_map.analysis.timeline._summary import _summary as _summary

__all__ = [
    "MapDiff",
    "compare",
    "history",
    "movement",
    "snapshot",
    "snapshot_dates",
]
