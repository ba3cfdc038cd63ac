"""Groups in the network: communities (modularity) and signed coalitions.

Holds :func:`communities` (who works together, by relations) and
:func:`coalitions` (who stands together, by signed ties and stances, with
structural balance). Layer: analysis. May import networkx, numpy, pandas, the
analysis engine and helpers (``analysis._engine``, ``_common``, ``_views``),
``network._shared`` and the foundation; never matplotlib.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from typing import TYPE_CHECKING

import networkx as nx
import numpy as np
import pandas as pd

from stakeholder_map.analysis import _engine
from stakeholder_map.analysis._common import check_choice
from stakeholder_map.analysis.network._shared import (
    _NEGATIVE_TIES,
    NEGATIVE_TIES,
    _base_frame,
    _kind_list,
    _warn,
)

if TYPE_CHECKING:
    # Named under Raises/Warns: bound here so the API pages link them.
    from numpy.typing import NDArray

    from stakeholder_map.exceptions import StakeholderMapWarning  # noqa: F401
    from stakeholder_map.models import StakeholderMap


#: How :func:`communities` may weigh a mutual relation, as its attrs state it.
_MUTUAL = {
    "once": "a mutual relation (directed=False, or an edge of an undirected "
    "graph) weighs its weight once; one-way relations in both directions add up",
    "twice": "a mutual relation weighs twice its weight (once per direction), "
    "as one-way relations in both directions do",
}

# ---------------------------------------------------------------------------------
# Communities
# ---------------------------------------------------------------------------------


def communities(
    data: StakeholderMap | nx.Graph,
    *,
    kinds: Iterable[str] | str | None = None,
    channels: Iterable[str] | str | None = None,
    weight: str | None = "weight",
    method: str = "louvain",
    resolution: float = 1.0,
    seed: int = 0,
    negative_ties: str = "exclude",
    mutual: str = "once",
) -> pd.DataFrame:
    """Detect communities (clusters of densely tied stakeholders) and modularity.

    Ties are read as undirected, with the weights of both directions and of
    parallel relations summed; a mutual relation weighs its weight once, and a
    conflict is left out by default (a conflict does not bind two stakeholders
    into one community). Ties of weight 0 add nothing to modularity.

    Parameters
    ----------
    data
        A stakeholder map or a networkx graph.
    kinds
        Keep only relations of these kinds; None keeps all.
    channels
        Keep only relations through these channels; None keeps all.
    weight
        Edge attribute with tie strength; None for unweighted.
    method
        ``"louvain"`` (Blondel et al. 2008, seeded) or ``"greedy"`` (Clauset,
        Newman & Moore 2004, deterministic).
    resolution
        Modularity resolution; above 1 gives smaller communities.
    seed
        Seed of the Louvain method, for reproducible results.
    negative_ties
        ``"exclude"`` (default) leaves out relations of sign -1 (``kind="conflict"``
        unless the map declares otherwise); ``"include"`` counts them as
        ordinary ties, as networkx does with any edge.
    mutual
        ``"once"`` (default): a mutual relation (``directed=False``, or an edge of
        an undirected graph) of weight ``w`` weighs ``w``, as networkx reads an
        undirected edge, while two one-way relations ``a -> b`` and ``b -> a``
        add up. ``"twice"``: a mutual relation weighs ``2 w``, once per
        direction.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id`` with ``name``, ``community`` (1 is the
        largest; ties by first member in map order) and ``community_size``. The
        partition's ``modularity``, the ``method``, ``resolution`` and ``seed``,
        and the conventions ``negative_ties`` and ``mutual_relations`` are in
        ``df.attrs``.

    Warns
    -----
    StakeholderMapWarning
        When no tie of positive weight is left (e.g. a network of only
        conflicts): modularity is not defined (NaN) and every stakeholder is a
        community of its own.

    See Also
    --------
    networkx.community.louvain_communities : The Louvain method used here.
    networkx.community.modularity : The modularity of a partition.

    References
    ----------
    .. [1] Blondel, V. D., Guillaume, J.-L., Lambiotte, R., & Lefebvre, E. (2008).
       Fast unfolding of communities in large networks. *J. Stat. Mech.* P10008.
    .. [2] Newman, M. E. J. (2006). Modularity and community structure in
       networks. *PNAS* 103(23), 8577-8582.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.communities(smap, seed=1)
    >>> int(df["community"].min()), df.attrs["modularity"] > 0
    (1, True)
    """
    check_choice("method", method, ("louvain", "greedy"))
    check_choice("negative_ties", negative_ties, NEGATIVE_TIES)
    check_choice("mutual", mutual, tuple(_MUTUAL))
    G = _engine.as_graph(data, kinds=kinds, channels=channels)
    g = _engine.simple_digraph(
        G, weight=weight, negative=negative_ties == "include"
    ).symmetric(mutual_once=mutual == "once")
    if g.dropped_negative and g.m == 0:
        _warn(G, "only_negative_ties", measure="communities")
    H = nx.Graph()
    H.add_nodes_from(range(g.n))
    # Ties of weight 0 add nothing to modularity (and would leave it 0 / 0).
    keep = (g.src < g.dst) & (g.weight > 0)
    H.add_weighted_edges_from(
        zip(
            g.src[keep].tolist(),
            g.dst[keep].tolist(),
            g.weight[keep].tolist(),
            strict=True,
        )
    )
    if method == "louvain":
        parts = nx.community.louvain_communities(
            H, weight="weight", resolution=resolution, seed=seed
        )
    else:
        parts = nx.community.greedy_modularity_communities(
            H, weight="weight", resolution=resolution
        )
    parts = sorted((sorted(p) for p in parts), key=lambda p: (-len(p), p[0]))
    label = np.zeros(g.n, dtype=np.int64)
    size = np.zeros(g.n, dtype=np.int64)
    for i, members in enumerate(parts, start=1):
        label[members] = i
        size[members] = len(members)
    if H.number_of_edges():
        modularity = float(
            nx.community.modularity(H, parts, weight="weight", resolution=resolution)
        )
    else:
        modularity = math.nan
        if g.n:
            _warn(G, "modularity_undefined")
    df = _base_frame(G, g.nodes)
    df["community"] = label
    df["community_size"] = size
    df.attrs = {
        "modularity": modularity,
        "n_communities": len(parts),
        "method": method,
        "resolution": resolution,
        "seed": seed,
        "weight": weight,
        "kinds": _kind_list(kinds),
        "parallel_relations": _engine.PARALLEL_RELATIONS,
        "channels": _kind_list(channels),
        "negative_ties": _NEGATIVE_TIES[negative_ties],
        "n_negative_ties_left_out": g.dropped_negative,
        "mutual_relations": _MUTUAL[mutual],
    }
    return df


# ---------------------------------------------------------------------------------
# Coalitions and structural balance
# ---------------------------------------------------------------------------------


def _signed_ties(
    G: nx.Graph, nodes: Sequence[Hashable], *, stances: bool
) -> NDArray[np.float64]:
    """Return the symmetric signed evidence matrix (dense; maps are small)."""
    index = {node: i for i, node in enumerate(nodes)}
    n = len(nodes)
    S = np.zeros((n, n))
    for u, v, d in G.edges(data=True):
        if u == v:
            continue
        sign = d.get("sign")
        if sign is None:
            sign = -1 if d.get("kind") == "conflict" else 1
        i, j = index[u], index[v]
        S[i, j] += float(sign)
        S[j, i] += float(sign)
    if stances:
        by_theme: dict[str, list[tuple[int, float]]] = {}
        for stake in G.graph.get("stakes", []):
            sid, position = stake.get("stakeholder_id"), stake.get("position")
            if sid in index and position:
                by_theme.setdefault(stake["interest_id"], []).append(
                    (index[sid], float(position))
                )
        for entries in by_theme.values():
            for a, (i, pi) in enumerate(entries):
                for j, pj in entries[a + 1 :]:
                    S[i, j] += pi * pj / 4
                    S[j, i] += pi * pj / 4
    return np.sign(S)


def _relocate(
    signs: NDArray[np.float64],
    k: int,
    alpha: float,
    rng: np.random.Generator,
    starts: int,
) -> tuple[float, NDArray[np.int64]]:
    """Doreian & Mrvar relocation: minimise alpha*neg_within + (1-alpha)*pos_between."""
    n = len(signs)
    pos = (signs > 0).astype(np.float64)
    neg = (signs < 0).astype(np.float64)
    pos_total = pos.sum(axis=1)

    def cost(labels: NDArray[np.int64]) -> float:
        same = labels[:, None] == labels[None, :]
        return float(
            (alpha * (neg * same).sum() + (1 - alpha) * (pos * ~same).sum()) / 2
        )

    best_cost, best = math.inf, np.zeros(n, dtype=np.int64)
    for _ in range(starts):
        labels = rng.integers(0, k, size=n).astype(np.int64)
        improved = True
        while improved:
            improved = False
            onehot = np.zeros((n, k))
            onehot[np.arange(n), labels] = 1
            neg_to = neg @ onehot
            pos_to = pos @ onehot
            node_cost = alpha * neg_to + (1 - alpha) * (pos_total[:, None] - pos_to)
            current = node_cost[np.arange(n), labels]
            gain = current - node_cost.min(axis=1)
            i = int(np.argmax(gain))
            if gain[i] > 1e-12:
                labels[i] = int(np.argmin(node_cost[i]))
                improved = True
        c = cost(labels)
        if c < best_cost - 1e-12:
            best_cost, best = c, labels.copy()
    return best_cost, best


def coalitions(
    data: StakeholderMap | nx.Graph,
    *,
    stances: bool = True,
    max_coalitions: int = 4,
    alpha: float = 0.5,
    n_starts: int = 20,
    seed: int = 0,
    kinds: Iterable[str] | str | None = None,
    channels: Iterable[str] | str | None = None,
) -> pd.DataFrame:
    """Find allied and opposed coalitions and measure structural balance.

    Each pair of stakeholders gets a signed tie from the evidence between them:
    every relation adds its sign (+1, or -1 for conflict), and, with
    ``stances=True``, every theme both take a stance on adds ``p_i p_j / 4``
    (agreeing stances add, opposing ones subtract). The tie is positive or
    negative by the sign of the sum. Stakeholders are then split into at most
    ``max_coalitions`` coalitions so that few negative ties fall inside and few
    positive ties between them (Doreian & Mrvar's relocation method); the
    smallest number of coalitions that reaches the lowest error is kept.

    Parameters
    ----------
    data
        A stakeholder map, or a graph made by :func:`~stakeholder_map.to_graph`
        (whose ``G.graph["stakes"]`` holds the stances).
    stances
        Use stances on themes as evidence too.
    max_coalitions
        Largest number of coalitions tried.
    alpha
        Weight of a negative tie inside a coalition against a positive tie
        between coalitions (0.5 weighs them equally).
    n_starts
        Random starting partitions per number of coalitions.
    seed
        Seed of the starting partitions.
    kinds
        Keep only relations of these kinds; None keeps all.
    channels
        Keep only relations through these channels; None keeps all.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id`` with ``name``, ``coalition`` (1 is the
        largest; <NA> for stakeholders without signed ties), ``allies`` and
        ``opponents`` (numbers of positive and negative ties) and ``frustrated``
        (their ties that contradict the split). ``df.attrs`` holds ``balance``
        (share of balanced triangles, Cartwright & Harary), ``n_triangles``,
        ``frustration`` (the relocation error), ``n_coalitions`` and
        ``coalition_ties``: for each pair of coalitions, their positive and
        negative ties and whether they are ``"allied"``, ``"opposed"`` or
        ``"neutral"``.

    See Also
    --------
    communities : Clusters of dense ties, ignoring signs.

    Notes
    -----
    How relations and stances are combined into one signed tie is this
    library's convention. A triangle is balanced when the product of its signs
    is positive; ``balance`` is NaN without triangles.

    References
    ----------
    .. [1] Cartwright, D., & Harary, F. (1956). Structural balance: a
       generalization of Heider's theory. *Psychological Review* 63(5), 277-293.
    .. [2] Doreian, P., & Mrvar, A. (1996). A partitioning approach to structural
       balance. *Social Networks* 18(2), 149-168.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.coalitions(smap)
    >>> 0 <= df.attrs["balance"] <= 1
    True
    """
    if not 0 <= alpha <= 1:
        msg = f"`alpha` must lie between 0 and 1, but {alpha!r} was passed."
        raise ValueError(msg)
    if max_coalitions < 1:
        msg = f"`max_coalitions` must be at least 1, but {max_coalitions!r} was passed."
        raise ValueError(msg)
    G = _engine.as_graph(data, kinds=kinds, channels=channels)
    nodes = list(G)
    signs = _signed_ties(G, nodes, stances=stances)
    tied = np.abs(signs).sum(axis=1) > 0
    sub = signs[np.ix_(tied, tied)]
    rng = np.random.default_rng(seed)
    best_cost, best_labels = 0.0, np.zeros(len(sub), dtype=np.int64)
    if len(sub):
        best_cost = math.inf
    for k in range(1, max_coalitions + 1 if len(sub) else 1):
        cost, labels = _relocate(sub, k, alpha, rng, n_starts)
        if cost < best_cost - 1e-12:
            best_cost, best_labels = cost, labels
    # Number coalitions by size (largest first), ties by first member.
    order = sorted(
        set(best_labels.tolist()),
        key=lambda c: (
            -int((best_labels == c).sum()),
            int(np.argmax(best_labels == c)),
        ),
    )
    relabel = {c: i + 1 for i, c in enumerate(order)}
    coalition = pd.array([pd.NA] * len(nodes), dtype="Int64")
    tied_idx = np.flatnonzero(tied)
    for pos, c in zip(tied_idx.tolist(), best_labels.tolist(), strict=True):
        coalition[pos] = relabel[c]
    full = np.zeros(len(nodes), dtype=np.int64)
    full[tied_idx] = [relabel[c] for c in best_labels.tolist()]
    same = full[:, None] == full[None, :]
    pos_ties, neg_ties = signs > 0, signs < 0
    frustrated = (neg_ties & same).sum(axis=1) + (pos_ties & ~same).sum(axis=1)
    cube = signs @ signs @ signs
    abs_signs = np.abs(signs)
    n_tri = float(np.trace(abs_signs @ abs_signs @ abs_signs)) / 6
    signed_sum = float(np.trace(cube)) / 6
    balance = (n_tri + signed_sum) / 2 / n_tri if n_tri else math.nan
    ties = []
    labels_present = sorted(relabel.values())
    for a in labels_present:
        for b in labels_present:
            if b <= a:
                continue
            block = signs[np.ix_(full == a, full == b)]
            p, q = int((block > 0).sum()), int((block < 0).sum())
            relation = "allied" if p > q else "opposed" if q > p else "neutral"
            ties.append(
                {"a": a, "b": b, "positive": p, "negative": q, "relation": relation}
            )
    df = _base_frame(G, nodes)
    df["coalition"] = coalition
    df["allies"] = pos_ties.sum(axis=1)
    df["opponents"] = neg_ties.sum(axis=1)
    df["frustrated"] = frustrated
    df.attrs = {
        "balance": balance,
        "n_triangles": int(n_tri),
        "frustration": best_cost,
        "n_coalitions": len(labels_present),
        "coalition_ties": ties,
        "alpha": alpha,
        "stances": stances,
        "seed": seed,
        "convention": "tie sign = sign(sum of relation signs + sum over shared "
        "themes of p_i p_j / 4)",
    }
    return df
