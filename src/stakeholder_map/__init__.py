"""stakeholder_map: stakeholder mapping and analysis.

Validated models of stakeholders, their interests, influence and relations; readers
and writers for Excel, CSV, YAML, JSON and pandas; a NetworkX graph; the classic
analyses (power/interest grid and more) and slide-ready plots.

Import it as ``import stakeholder_map as skm``. The models load at once (they need
only pydantic); ``skm.io``, ``skm.analysis``, ``skm.plotting``, ``skm.graph`` and
the functions they provide load on first use, so the import stays fast.

Examples
--------
>>> smap = skm.load_example("huis_van_het_kind")
>>> len(smap) >= 25
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# The display module registers how a map shows itself (repr, Jupyter's HTML); it
# sits above the analyses it calls, so models cannot import it. Cheap: it loads
# nothing that models has not loaded, and the analyses only when a map is shown.
from stakeholder_map import _repr as _display  # noqa: F401
from stakeholder_map._types import (
    Channel,
    Direction,
    EngagementLevel,
    Frequency,
    Language,
    ParticipationLevel,
    Quadrant,
    RelationKind,
)
from stakeholder_map._version import __version__
from stakeholder_map.models import (
    Assessment,
    CommunicationItem,
    Interaction,
    Interest,
    Relation,
    RelationKindSpec,
    Scale,
    Segment,
    Stake,
    Stakeholder,
    StakeholderMap,
)

if TYPE_CHECKING:
    from stakeholder_map import (
        analysis,
        datasets,
        exceptions,
        export,
        graph,
        i18n,
        io,
        plotting,
        privacy,
        vocabulary,
    )
    from stakeholder_map.analysis import compare_many, consolidate
    from stakeholder_map.analysis.timeline import compare
    from stakeholder_map.datasets import list_examples, load_example
    from stakeholder_map.graph import from_graph, to_graph
    from stakeholder_map.io import (
        from_dataframe,
        json_schema,
        read,
        to_dataframe,
        write,
    )


__all__ = [
    "Assessment",
    "Channel",
    "CommunicationItem",
    "Direction",
    "EngagementLevel",
    "Frequency",
    "Interaction",
    "Interest",
    "Language",
    "ParticipationLevel",
    "Quadrant",
    "Relation",
    "RelationKind",
    "RelationKindSpec",
    "Scale",
    "Segment",
    "Stake",
    "Stakeholder",
    "StakeholderMap",
    "__version__",
    "analysis",
    "compare",
    "compare_many",
    "consolidate",
    "datasets",
    "exceptions",
    "export",
    "from_dataframe",
    "from_graph",
    "graph",
    "i18n",
    "io",
    "json_schema",
    "list_examples",
    "load_example",
    "plotting",
    "privacy",
    "read",
    "to_dataframe",
    "to_graph",
    "vocabulary",
    "write",
]

_SUBMODULES = {
    "analysis",
    "datasets",
    "exceptions",
    "export",
    "graph",
    "i18n",
    "io",
    "plotting",
    "privacy",
    "vocabulary",
}
_LAZY_FUNCTIONS = {
    "read": "io",
    "write": "io",
    "from_dataframe": "io",
    "to_dataframe": "io",
    "json_schema": "io",
    "load_example": "datasets",
    "list_examples": "datasets",
    "to_graph": "graph",
    "from_graph": "graph",
    "consolidate": "analysis",
    "compare": "analysis",
    "compare_many": "analysis",
}


def __getattr__(name: str) -> Any:
    """Load submodules and their functions on first use."""
    if name in _SUBMODULES:
        return importlib.import_module(f"stakeholder_map.{name}")
    if name in _LAZY_FUNCTIONS:
        module = importlib.import_module(f"stakeholder_map.{_LAZY_FUNCTIONS[name]}")
        return getattr(module, name)
    msg = f"module 'stakeholder_map' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    """List the public names, including the lazily loaded ones."""
    return sorted(set(globals()) | set(__all__))
