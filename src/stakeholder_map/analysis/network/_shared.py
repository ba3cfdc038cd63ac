"""What every network measure shares: reading the ids, kinds and language of a graph.

Holds the ``negative_ties`` choices and the small helpers the measures of
:mod:`stakeholder_map.analysis.network` (and :mod:`~stakeholder_map.analysis.flow`)
use to check ids, build the frame indexed by ``stakeholder_id`` and warn in the
map's language. Layer: analysis. May import networkx, pandas, the analysis
helpers (``analysis._common``) and the foundation (``exceptions``, ``i18n``);
never another module of this package, nor matplotlib.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd

from stakeholder_map.analysis._common import node_index
from stakeholder_map.exceptions import (
    StakeholderMapWarning,
    UnknownStakeholderError,
    warn_user,
)
from stakeholder_map.i18n import LANGUAGES, text

if TYPE_CHECKING:
    pass


#: What ``negative_ties`` may be, and how ``df.attrs["negative_ties"]`` states it.
_NEGATIVE_TIES = {
    "exclude": "left out: a relation of sign -1 (a conflict, unless the map says "
    "otherwise) is no channel of influence or cohesion",
    "include": "counted as ordinary ties, like positive ones (networkx's reading "
    "of a graph)",
}
NEGATIVE_TIES = tuple(_NEGATIVE_TIES)


def _base_frame(G: nx.Graph, nodes: Sequence[Hashable]) -> pd.DataFrame:
    """Return a frame indexed by ``stakeholder_id`` with each node's name."""
    names = [str(G.nodes[n].get("name", n)) for n in nodes]
    return pd.DataFrame({"name": names}, index=node_index(nodes))


def _check_ids(G: nx.Graph, ids: Iterable[Hashable], param: str) -> list[Hashable]:
    out = []
    for node in ids:
        if node not in G:
            raise UnknownStakeholderError(str(node), [str(n) for n in G])
        out.append(node)
    if len(set(out)) != len(out):
        msg = f"`{param}` names a stakeholder more than once: {out!r}."
        raise ValueError(msg)
    return out


def _as_ids(
    value: Hashable | Iterable[Hashable], G: nx.Graph | None = None
) -> list[Hashable]:
    """Return the ids given: one id (text, or a node of ``G``) or several.

    A tuple that is a node of ``G`` (a graph keyed by tuples) is one id.
    """
    if isinstance(value, str) or not isinstance(value, Iterable):
        return [value]
    if G is not None and isinstance(value, Hashable) and value in G:
        return [value]
    return list(value)


def _language(G: nx.Graph) -> str:
    """Return the language of the map a graph came from (English by default)."""
    lang = str(G.graph.get("language", "en"))
    return lang if lang in LANGUAGES else "en"


def _warn(G: nx.Graph, key: str, **params: Any) -> None:
    """Warn, in the language of the map behind ``G``, e.g. that a value is undefined."""
    warn_user(StakeholderMapWarning(text(key, _language(G), **params)))


def _warn_too_few(G: nx.Graph, measure: str, n: int, needed: int) -> None:
    """Warn that ``measure`` needs at least ``needed`` stakeholders."""
    lang = _language(G)
    why = text(f"why_{measure}", lang)
    _warn(G, "too_few_nodes", measure=measure, n=n, needed=needed, why=why)


def _kind_list(values: Iterable[str] | str | None) -> list[str] | None:
    if values is None:
        return None
    return [values] if isinstance(values, str) else [str(v) for v in values]
