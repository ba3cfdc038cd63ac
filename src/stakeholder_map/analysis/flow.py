"""Information flow over channels, single points of failure and forum membership.

:func:`information_flow` answers the coordinators' question "how does information
reach our partners and parents, who carries it and where does it get stuck?";
:func:`affiliation` turns membership relations into a partners x forums network
with the meeting load per organisation. Information moves in steps, so parallel
relations between two stakeholders are one tie, whatever their weights
(``df.attrs["parallel_relations"]``).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import networkx as nx
import numpy as np
import pandas as pd

from stakeholder_map.analysis import _engine
from stakeholder_map.analysis._common import node_index
from stakeholder_map.analysis.network._shared import (
    _as_ids,
    _base_frame,
    _check_ids,
    _kind_list,
)

if TYPE_CHECKING:
    from stakeholder_map.models import StakeholderMap

__all__ = ["MEETINGS_PER_YEAR", "Affiliation", "affiliation", "information_flow"]

#: Meetings a year for each :class:`~stakeholder_map.Frequency` (daily counts
#: working days; ad hoc is unknown).
MEETINGS_PER_YEAR: dict[str, float] = {
    "daily": 260.0,
    "weekly": 52.0,
    "biweekly": 26.0,
    "monthly": 12.0,
    "quarterly": 4.0,
    "yearly": 1.0,
    "ad_hoc": math.nan,
}

#: The default ``kinds`` of :func:`information_flow`: every kind that carries
#: information (see :func:`_flow_kinds`).
_FLOW_KINDS = "flow"


def _flow_kinds(data: StakeholderMap | nx.Graph) -> list[str]:
    """Return the relation kinds along which information flows in a map.

    The built-in kinds information and collaboration, and every kind the map
    declares with ``information=True`` (:class:`~stakeholder_map.RelationKindSpec`),
    such as a referral (``doorverwijzing``). A graph made by
    :func:`~stakeholder_map.to_graph` carries the map's declarations.
    """
    from stakeholder_map.models import BUILTIN_KINDS, StakeholderMap, relation_kind

    if isinstance(data, StakeholderMap):
        kinds = data.relation_kinds
        declared = {k: spec.information for k, spec in kinds.items()}
    else:
        declared = {}
        for spec in data.graph.get("kinds", ()) or ():
            if isinstance(spec, dict) and isinstance(spec.get("name"), str):
                declared[relation_kind(spec["name"])] = spec.get("information")
    out = [str(k) for k, meaning in BUILTIN_KINDS.items() if meaning["information"]]
    for kind, information in declared.items():
        if information and kind not in out:
            out.append(str(kind))
        elif information is False and kind in out:
            out.remove(str(kind))
    return out


def information_flow(
    data: StakeholderMap | nx.Graph,
    *,
    source: Hashable | Iterable[Hashable],
    kinds: Iterable[str] | str | None = _FLOW_KINDS,
    channels: Iterable[str] | str | None = None,
    max_steps: int | None = None,
    redundancy: bool = True,
) -> pd.DataFrame:
    """Trace who receives information from a source, in how many steps and how.

    Information spreads along relations in their direction (mutual relations
    both ways). For every stakeholder the result says whether and in how many
    steps it is reached, from whom and over which channels; how many independent
    paths reach it (redundancy); and, for every carrier, how many receivers would
    be cut off if it dropped out (a single point of failure).

    Parameters
    ----------
    data
        A stakeholder map or a networkx graph.
    source
        Id of the source (e.g. the coordination of the Huis van het Kind), or
        several ids that send together.
    kinds
        Relations that carry information. By default (``"flow"``) the kinds
        that carry information: information, collaboration and the map's own
        kinds declared to carry information (a referral, say). None keeps every
        kind.
    channels
        Keep only relations through these channels (e.g. ``"newsletter"``); None
        keeps all.
    max_steps
        Count a stakeholder as reached only within this many steps; None for no
        limit.
    redundancy
        Compute ``independent_paths`` (one maximum flow per receiver); turn off
        for very large networks.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id`` with ``name``; ``steps`` (0 for a source,
        <NA> when not reached); ``reached``; ``via`` (a stakeholder one step
        closer on a shortest path; the first in map order); ``channels`` (the
        channels of the last step, comma-separated, on any shortest path);
        ``independent_paths`` (paths from the source that share no stakeholder
        but the ends, Menger's theorem; <NA> for sources and unreached ones);
        ``cuts_off`` (receivers that lose every path from the source without this
        stakeholder); ``single_point_of_failure`` (a receiver with ``cuts_off >
        0``) and ``articulation_point`` (its removal splits the network read as
        undirected). ``df.attrs`` holds ``source``, ``n_reached``, ``unreached``
        (ids), ``bridges`` (ties whose loss splits the undirected network) and
        the filters.

    Raises
    ------
    UnknownStakeholderError
        When ``source`` names no stakeholder.

    See Also
    --------
    reach : How many stakeholders a set reaches within m steps.
    networkx.immediate_dominators : The dominators behind single points of failure.
    networkx.articulation_points : Cut vertices of the undirected network.
    networkx.bridges : Ties whose removal disconnects the undirected network.

    Notes
    -----
    ``cuts_off`` counts the stakeholders that the receiver dominates in the
    dominator tree of the flow graph rooted at the source (Lengauer & Tarjan
    1979); with ``max_steps`` it is counted by removing each carrier in turn.
    ``independent_paths`` ignores ``max_steps``. Articulation points and bridges
    are those of the whole filtered network read as undirected.

    References
    ----------
    .. [1] Lengauer, T., & Tarjan, R. E. (1979). A fast algorithm for finding
       dominators in a flowgraph. *ACM TOPLAS* 1(1), 121-141.
    .. [2] Menger, K. (1927). Zur allgemeinen Kurventheorie. *Fundamenta
       Mathematicae* 10, 96-115.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.information_flow(smap, source="huis_van_het_kind")
    >>> int(df.loc["ouders", "steps"]), df.loc["ouders", "channels"]
    (1, 'social_media, website')
    >>> int(df.loc["buurtwerk", "cuts_off"])
    3
    """
    if kinds == _FLOW_KINDS:
        kinds = _flow_kinds(data)
    G = _engine.as_graph(data, kinds=kinds, channels=channels)
    sources = _check_ids(G, _as_ids(source, G), "source")
    if not sources:
        msg = "`source` must name at least one stakeholder."
        raise ValueError(msg)
    if max_steps is not None and (
        isinstance(max_steps, bool) or not isinstance(max_steps, int) or max_steps < 1
    ):
        msg = (
            "`max_steps` must be a whole number of at least 1 or None, but "
            f"{max_steps!r} was passed."
        )
        raise ValueError(msg)
    g = _engine.simple_digraph(G, weight=None)
    n = g.n
    index = {node: i for i, node in enumerate(g.nodes)}
    src_idx = [index[s] for s in sources]
    is_source = np.zeros(n, dtype=bool)
    is_source[src_idx] = True
    dist = _engine.bfs_distances(g, src_idx, max_steps=max_steps)
    reached = np.isfinite(dist)

    # Channels of every (collapsed) tie, both ways for mutual ones.
    tie_channels: dict[tuple[int, int], set[str]] = {}
    for u, v, d in G.edges(data=True):
        if u == v:
            continue
        pairs = [(index[u], index[v])]
        if not G.is_directed() or d.get("directed", True) is False:
            pairs.append((index[v], index[u]))
        for pair in pairs:
            bucket = tie_channels.setdefault(pair, set())
            if d.get("channel") is not None:
                bucket.add(str(d["channel"]))

    via: list[Hashable | None] = [None] * n
    last_channels = [""] * n
    preds: list[list[int]] = [[] for _ in range(n)]
    for u, v in zip(g.src.tolist(), g.dst.tolist(), strict=True):
        preds[v].append(u)
    for v in range(n):
        if not reached[v] or is_source[v]:
            continue
        on_path = sorted(u for u in preds[v] if dist[u] == dist[v] - 1)
        via[v] = g.nodes[on_path[0]]
        found: set[str] = set()
        for u in on_path:
            found |= tie_channels.get((u, v), set())
        last_channels[v] = ", ".join(sorted(found))

    # Flow graph with all sources merged into one root.
    root = n
    H = nx.DiGraph()
    H.add_nodes_from(range(n + 1))
    for u, v in zip(g.src.tolist(), g.dst.tolist(), strict=True):
        if is_source[v]:
            continue
        H.add_edge(root if is_source[u] else u, v)
    H.remove_nodes_from(src_idx)

    cuts_off = np.zeros(n, dtype=np.int64)
    idom = nx.immediate_dominators(H, root)
    if max_steps is None:
        children: dict[int, list[int]] = {}
        for v, d in idom.items():
            if v != d:
                children.setdefault(d, []).append(v)

        def subtree(v: int) -> int:
            total, stack = 0, list(children.get(v, []))
            while stack:
                w = stack.pop()
                total += 1
                stack.extend(children.get(w, []))
            return total

        for v in range(n):
            if reached[v] and not is_source[v]:
                cuts_off[v] = subtree(v)
    for v in range(n):
        if not reached[v] or (max_steps is None and not is_source[v]):
            continue
        if max_steps is None and len(src_idx) == 1:
            cuts_off[v] = int(reached.sum()) - 1
            continue
        keep = np.ones(n, dtype=bool)
        keep[v] = False
        others = [s for s in src_idx if s != v]
        if others:
            sub = g.subgraph(keep)
            new_index = np.cumsum(keep) - 1
            d2 = _engine.bfs_distances(
                sub, [int(new_index[s]) for s in others], max_steps=max_steps
            )
            still = np.zeros(n, dtype=bool)
            still[keep] = np.isfinite(d2)
        else:
            still = np.zeros(n, dtype=bool)
        cuts_off[v] = int((reached & ~still).sum()) - 1

    paths = pd.array([pd.NA] * n, dtype="Int64")
    if redundancy:
        from networkx.algorithms.flow import edmonds_karp

        # Menger: split every non-source node into in -> out with capacity 1;
        # sources hang on a root with unbounded capacity.
        flow_net = nx.DiGraph()
        for v in range(n):
            if is_source[v]:
                flow_net.add_edge("root", (v, 1))
            else:
                flow_net.add_edge((v, 0), (v, 1), capacity=1)
        for u, v in zip(g.src.tolist(), g.dst.tolist(), strict=True):
            if not is_source[v]:
                flow_net.add_edge((u, 1), (v, 0), capacity=1)
        for v in range(n):
            if not reached[v] or is_source[v]:
                continue
            if idom[v] != root or len(preds[v]) == 1:
                # one stakeholder (or one tie) every path passes: exactly one path
                paths[v] = 1
            else:
                paths[v] = int(
                    nx.maximum_flow_value(
                        flow_net, "root", (v, 0), flow_func=edmonds_karp
                    )
                )

    U = nx.Graph()
    U.add_nodes_from(range(n))
    U.add_edges_from(zip(g.src.tolist(), g.dst.tolist(), strict=True))
    articulation = np.zeros(n, dtype=bool)
    articulation[list(nx.articulation_points(U))] = True
    bridges = sorted((g.nodes[min(a, b)], g.nodes[max(a, b)]) for a, b in nx.bridges(U))

    df = _base_frame(G, g.nodes)
    df["steps"] = pd.array(
        [int(d) if np.isfinite(d) else pd.NA for d in dist], dtype="Int64"
    )
    df["reached"] = reached
    df["via"] = pd.array(via, dtype="object")
    df["channels"] = last_channels
    df["independent_paths"] = paths
    df["cuts_off"] = cuts_off
    df["single_point_of_failure"] = (cuts_off > 0) & ~is_source
    df["articulation_point"] = articulation
    unreached = [g.nodes[i] for i in range(n) if not reached[i]]
    df.attrs = {
        "source": sources,
        "n_reached": int(reached.sum()) - len(sources),
        "unreached": unreached,
        "bridges": bridges,
        "max_steps": max_steps,
        "kinds": _kind_list(kinds),
        "parallel_relations": _engine.PARALLEL_RELATIONS_UNWEIGHTED,
        "channels": _kind_list(channels),
    }
    return df


@dataclass(frozen=True)
class Affiliation:
    """A partners x forums network, its projection and the meeting load.

    Attributes
    ----------
    incidence : pandas.DataFrame
        Members (index ``stakeholder_id``) x forums (columns): 1 for a member.
    projection : pandas.DataFrame
        Members x members: the number of forums two members share; the diagonal
        holds each member's number of forums.
    load : pandas.DataFrame
        Indexed by ``stakeholder_id`` (the members): ``name``, ``forums``,
        ``meetings_per_year`` (sum over its forums of the membership's
        frequency; ad hoc and unknown frequencies add nothing and are counted in
        ``unknown_frequency``), ``unknown_frequency`` and ``co_members`` (other
        members met in at least one forum), sorted by meeting load.
    forums : pandas.DataFrame
        Indexed by the forum ids: ``name``, ``members`` and ``meetings_per_year``
        (the most common frequency among its memberships).

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> aff = skm.analysis.affiliation(smap)
    >>> int(aff.forums.loc["stuurgroep", "members"])
    9
    """

    incidence: pd.DataFrame
    projection: pd.DataFrame
    load: pd.DataFrame
    forums: pd.DataFrame


def affiliation(
    data: StakeholderMap | nx.Graph,
    *,
    forums: Iterable[Hashable] | None = None,
    meetings_per_year: Mapping[str, float] | None = None,
) -> Affiliation:
    """Build the partners x forums network from membership relations.

    A membership relation points from a partner to a forum (a steering group,
    a working group, a community of practice). The result holds the two-mode
    incidence matrix, its one-mode projection (who meets whom, in how many
    forums) and the meeting load of each organisation.

    Parameters
    ----------
    data
        A stakeholder map or a networkx graph with ``kind="membership"`` edges.
    forums
        Ids of the forums; by default every target of a membership relation.
    meetings_per_year
        Meetings a year per frequency, overriding :data:`MEETINGS_PER_YEAR`.

    Returns
    -------
    Affiliation
        ``incidence``, ``projection``, ``load`` and ``forums`` frames.

    Raises
    ------
    UnknownStakeholderError
        When ``forums`` names no stakeholder.

    See Also
    --------
    networkx.bipartite.weighted_projected_graph : The same projection in NetworkX.

    Notes
    -----
    The projection counts shared forums (Breiger 1974). The meeting load reads
    the frequency of each membership relation.

    References
    ----------
    .. [1] Breiger, R. L. (1974). The duality of persons and groups. *Social
       Forces* 53(2), 181-190.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> aff = skm.analysis.affiliation(smap)
    >>> float(aff.load.loc["huis_van_het_kind", "meetings_per_year"])
    16.0
    >>> int(aff.projection.loc["huis_van_het_kind", "oudergroep"])
    2
    """
    G = _engine.as_graph(data, kinds="membership")
    freq = dict(MEETINGS_PER_YEAR)
    if meetings_per_year is not None:
        freq.update({str(k): float(v) for k, v in meetings_per_year.items()})
    forum_ids = _check_ids(G, list(forums), "forums") if forums is not None else None
    links: dict[tuple[Hashable, Hashable], float] = {}
    for u, v, d in G.edges(data=True):
        if forum_ids is not None and v not in forum_ids:
            continue
        f = d.get("frequency")
        per_year = freq.get(str(f), math.nan) if f is not None else math.nan
        links[(u, v)] = per_year
    if forum_ids is None:
        forum_ids = [n for n in G if any(v == n for _, v in links)]
    member_ids = [n for n in G if any(u == n for u, _ in links)]
    row = {n: i for i, n in enumerate(member_ids)}
    col = {n: j for j, n in enumerate(forum_ids)}
    M = np.zeros((len(member_ids), len(forum_ids)), dtype=np.int64)
    for u, v in links:
        M[row[u], col[v]] = 1
    incidence = pd.DataFrame(
        M, index=node_index(member_ids), columns=node_index(forum_ids, name="forum")
    )
    projection = pd.DataFrame(
        M @ M.T,
        index=incidence.index.copy(),
        columns=node_index(member_ids),
    )
    load = _base_frame(G, member_ids)
    load["forums"] = M.sum(axis=1)
    per_member = {m: [links[(u, f)] for (u, f) in links if u == m] for m in member_ids}
    load["meetings_per_year"] = [float(np.nansum(per_member[m])) for m in member_ids]
    load["unknown_frequency"] = [int(np.isnan(per_member[m]).sum()) for m in member_ids]
    load["co_members"] = ((M @ M.T) > 0).sum(axis=1) - (M.sum(axis=1) > 0)
    load = load.sort_values(
        ["meetings_per_year", "forums"], ascending=False, kind="stable"
    )
    forum_frame = _base_frame(G, forum_ids)
    forum_frame["members"] = M.sum(axis=0)
    typical = []
    for f in forum_ids:
        values = pd.Series([links[(u, v)] for (u, v) in links if v == f]).dropna()
        typical.append(float(values.mode().max()) if len(values) else math.nan)
    forum_frame["meetings_per_year"] = typical
    return Affiliation(incidence, projection, load, forum_frame)
