"""What a diff and a history compare: the stakeholder and relation fields, the keys.

Holds the fields whose changes :func:`compare` reports, the quadrant and salience
class keys in their enum order and the axes its threshold covers. Layer: analysis.
May import numpy, pandas, the foundation (``_types``, ``exceptions``, ``i18n``), the
analysis helpers (``analysis._common``, ``_views``), ``analysis.raters`` and the
modules of this package before it in ``__init__``'s list; never matplotlib.
"""

from __future__ import annotations

from stakeholder_map._types import Quadrant, SalienceClass

#: Stakeholder fields other than scores whose changes a diff reports.
_OTHER_FIELDS = (
    "name",
    "short_name",
    "category",
    "parent",
    "engagement_current",
    "engagement_desired",
    "participation",
)
#: Relation fields compared between two maps (the key is source, target, kind,
#: channel).
_RELATION_FIELDS = ("weight", "sign", "directed", "frequency")
_QUADRANTS = [q.value for q in Quadrant]
_CLASSES = [c.value for c in SalienceClass]
#: The axes of the grid and the attributes of the salience classes
#: (Mitchell, Agle & Wood 1997); ``compare``'s threshold covers both.
_GRID_AXES = ("power", "interest")
_SALIENCE_AXES = ("power", "legitimacy", "urgency")
