"""Centrality: degree, betweenness, closeness, harmonic, eigenvector and PageRank.

Holds :func:`centrality`, the measures it computes and the conventions it
states in ``df.attrs``. Layer: analysis. May import networkx, numpy, pandas,
the analysis engine and helpers (``analysis._engine``, ``_common``, ``_views``),
``network._shared`` and the foundation; never matplotlib.
"""

from __future__ import annotations

from collections.abc import Iterable
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
    _warn_too_few,
)

if TYPE_CHECKING:
    # Named under Raises/Warns: bound here so the API pages link them.
    from stakeholder_map.exceptions import StakeholderMapWarning  # noqa: F401
    from stakeholder_map.models import StakeholderMap


#: Measures :func:`centrality` computes, in column order.
CENTRALITY_MEASURES = (
    "degree",
    "betweenness",
    "closeness",
    "harmonic",
    "eigenvector",
    "pagerank",
)

_NORMALISATION = {
    "degree": "degree_centrality = degree / (n - 1) (networkx); for a digraph "
    "degree = in_degree + out_degree",
    "betweenness": "betweenness is raw (Freeman, hop counts); betweenness_norm "
    "divides by (n-1)(n-2) for digraphs and (n-1)(n-2)/2 for undirected graphs "
    "(networkx)",
    "closeness": "Wasserman-Faust closeness on incoming hop distances, "
    "(r-1)/sum d * (r-1)/(n-1) with r the nodes that reach it (networkx)",
    "harmonic": "sum of 1/d(v, u) over the others, not normalised (networkx)",
    "eigenvector": "in-edge eigenvector, L2 norm 1 (networkx)",
    "pagerank": "sums to 1; alpha as given, uniform teleport and dangling nodes "
    "(networkx)",
}

#: How the weighted measures read a tie of weight 0 (``df.attrs``).
ZERO_WEIGHT_TIES = (
    "kept: weight is strength, never existence; a tie of weight 0 counts in the "
    "degrees and is one step on a path (paths count steps), and adds 0 to "
    "strength, eigenvector and PageRank"
)
#: How :func:`centrality` reads self-loops (``df.attrs``).
SELF_LOOPS = (
    "kept, as networkx reads them: a loop adds 1 to in- and out-degree (2 to the "
    "degree) and its weight to the matrices of eigenvector and PageRank; it is no "
    "step on a path"
)


def centrality(
    data: StakeholderMap | nx.Graph,
    *,
    kinds: Iterable[str] | str | None = None,
    channels: Iterable[str] | str | None = None,
    weight: str | None = "weight",
    measures: Iterable[str] = CENTRALITY_MEASURES,
    alpha: float = 0.85,
    negative_ties: str = "exclude",
) -> pd.DataFrame:
    """Compute degree, betweenness, closeness, eigenvector and PageRank centrality.

    The graph is first collapsed to a simple digraph: relations of several kinds
    between the same pair become one tie whose weight is the sum of theirs, and a
    mutual relation (or any edge of an undirected graph) counts both ways. Path
    based measures (betweenness, closeness, harmonic) count steps (tie strengths
    are not distances); ``weight`` is used by strength, eigenvector and PageRank.
    Weight changes strength, never whether a tie exists: a relation of weight 0
    (on a 0..10 scale) counts in the degrees and is one step on a path, and adds
    0 to strength, eigenvector and PageRank. Self-loops are kept, as networkx
    reads them. Negative ties (conflict) are left out by default. The values
    equal networkx's on the collapsed graph (with ``negative_ties="include"`` on
    a graph with conflicts); the normalisation of each column is stated in
    ``df.attrs["normalisation"]``.

    Parameters
    ----------
    data
        A stakeholder map or a networkx graph.
    kinds
        Keep only relations of these kinds (e.g. ``"information"``); None keeps all.
    channels
        Keep only relations through these channels; None keeps all.
    weight
        Edge attribute with tie strength; an edge without it counts as 1. None
        treats every tie as 1.
    measures
        Any of ``"degree"``, ``"betweenness"``, ``"closeness"``, ``"harmonic"``,
        ``"eigenvector"`` and ``"pagerank"`` (all by default).
    alpha
        Damping factor of PageRank.
    negative_ties
        ``"exclude"`` (default) leaves out relations of sign -1 (``kind="conflict"``
        unless the map declares otherwise): a conflict is no channel of
        influence, so it should not raise anyone's centrality. ``"include"``
        counts them as ordinary ties, as networkx does.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id`` (graph order) with ``name`` and, per measure:
        ``in_degree``, ``out_degree``, ``degree``, ``degree_centrality``,
        ``strength`` (degree); ``betweenness``, ``betweenness_norm``;
        ``closeness``; ``harmonic``; ``eigenvector``; ``pagerank``. For an
        undirected graph ``in_degree == out_degree == degree``. ``df.attrs``
        states the conventions: ``negative_ties`` (and
        ``n_negative_ties_left_out``), ``zero_weight_ties``, ``self_loops`` (and
        ``n_self_loops``), ``normalisation`` and ``parallel_relations``.

    Warns
    -----
    StakeholderMapWarning
        Naming the measure, in the map's language, where a value is not defined
        (the column is then NaN): ``degree_centrality`` and ``closeness`` of a
        single stakeholder, ``betweenness_norm`` with fewer than 3, and
        ``eigenvector`` on a network without cycles (largest eigenvalue 0) or a
        directed one whose strongly connected parts are equally strong. Also
        when every relation selected is a negative tie that ``negative_ties``
        leaves out.

    See Also
    --------
    networkx.degree_centrality : Degree, as wrapped here.
    networkx.betweenness_centrality : Freeman betweenness, raw or normalised.
    networkx.closeness_centrality : Closeness with the Wasserman-Faust correction.
    networkx.harmonic_centrality : Harmonic closeness.
    networkx.eigenvector_centrality : Eigenvector centrality (L2-normalised).
    networkx.pagerank : PageRank.
    structural_holes : Burt's constraint and effective size.

    Notes
    -----
    Betweenness is Freeman's, by Brandes' algorithm in rustworkx; closeness uses
    the Wasserman & Faust correction for disconnected graphs, as networkx does,
    with incoming distances on digraphs; closeness and harmonic closeness come
    from one bit-parallel breadth-first search from every node. Eigenvector and
    PageRank run networkx's own iterations on a sparse matrix, to a tolerance of
    1e-12. Where the eigenvector iteration is slow (long chains and cycles, whose
    two largest eigenvalues lie close together) the leading eigenvector comes from
    an eigensolver (LAPACK, or ARPACK in scipy for large networks): the value
    networkx reaches with enough iterations. The results equal networkx's to 1e-9
    (tested), except where networkx fills in a value that is not defined: it
    gives a single node degree centrality 1 and normalised betweenness 0 to
    networks of 1 or 2 nodes, and an edgeless network eigenvector centrality
    ``1 / sqrt(n)``; here those are NaN, with a warning.

    On small networks: 0 stakeholders give an empty frame; 1 gives degrees 0
    (or 2 with a self-loop), PageRank 1, harmonic 0, betweenness 0 and NaN for
    the rest (eigenvector 1 with a self-loop of positive weight); 2 give every
    measure except ``betweenness_norm``, and ``eigenvector`` is NaN for a single
    one-way tie (no cycle). A network of only conflicts has no ties under the
    default ``negative_ties``: degrees 0, PageRank ``1 / n``, eigenvector NaN.

    References
    ----------
    .. [1] Freeman, L. C. (1977). A set of measures of centrality based on
       betweenness. *Sociometry* 40(1), 35-41.
    .. [2] Wasserman, S., & Faust, K. (1994). *Social Network Analysis*. CUP.
    .. [3] Brandes, U. (2001). A faster algorithm for betweenness centrality.
       *Journal of Mathematical Sociology* 25(2), 163-177.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.centrality(smap, kinds=["information", "collaboration"])
    >>> df["betweenness"].idxmax()
    'huis_van_het_kind'
    >>> float(round(df["pagerank"].sum(), 6))
    1.0

    A tie of weight 0 is a tie; a conflict is left out unless asked for:

    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", weight=0)
    >>> G.add_edge("b", "c", kind="conflict")
    >>> df = skm.analysis.centrality(G, measures=["degree"])
    >>> df["out_degree"].tolist()
    [1, 0, 0]
    >>> df = skm.analysis.centrality(G, measures=["degree"], negative_ties="include")
    >>> df["out_degree"].tolist()
    [1, 1, 0]
    """
    wanted = list(measures)
    for m in wanted:
        check_choice("measures", m, CENTRALITY_MEASURES)
    check_choice("negative_ties", negative_ties, NEGATIVE_TIES)
    G = _engine.as_graph(data, kinds=kinds, channels=channels)
    g = _engine.simple_digraph(
        G, weight=weight, loops=True, negative=negative_ties == "include"
    )
    if g.dropped_negative and g.m == 0:
        _warn(G, "only_negative_ties", measure="centrality")
    n = g.n
    loop = g.loops()
    df = _base_frame(G, g.nodes)
    if "degree" in wanted:
        in_deg = np.bincount(g.dst, minlength=n)
        out_deg = np.bincount(g.src, minlength=n)
        in_w = np.bincount(g.dst, weights=g.weight, minlength=n)
        if g.directed:
            deg = in_deg + out_deg
            strength = in_w + np.bincount(g.src, weights=g.weight, minlength=n)
        else:
            # An undirected self-loop is held once and, as in networkx, adds 2.
            deg = out_deg + np.bincount(g.src[loop], minlength=n)
            strength = in_w + np.bincount(
                g.src[loop], weights=g.weight[loop], minlength=n
            )
        df["in_degree"] = in_deg.astype(np.int64)
        df["out_degree"] = out_deg.astype(np.int64)
        df["degree"] = deg.astype(np.int64)
        if n == 1:
            _warn_too_few(G, "degree_centrality", n, 2)
            df["degree_centrality"] = np.full(n, np.nan)
        else:
            df["degree_centrality"] = deg / max(n - 1, 1)
        df["strength"] = strength.astype(np.float64)
    paths = g.without_loops()  # a self-loop is no step on a path to another
    if "betweenness" in wanted:
        raw = _engine.betweenness(paths)
        if not g.directed:
            raw = raw / 2
        df["betweenness"] = raw
        if n > 2:
            scale = (n - 1) * (n - 2) / (1 if g.directed else 2)
            df["betweenness_norm"] = raw / scale
        else:
            if n:
                _warn_too_few(G, "betweenness_norm", n, 3)
            df["betweenness_norm"] = np.full(n, np.nan)
    if "closeness" in wanted or "harmonic" in wanted:
        dist_sum, count, harmonic = _engine.distance_sums(paths)
        if "closeness" in wanted:
            with np.errstate(divide="ignore", invalid="ignore"):
                closeness = np.where(
                    dist_sum > 0,
                    count / np.where(dist_sum > 0, dist_sum, 1.0),
                    0.0,
                )
            if n > 1:
                closeness = closeness * count / (n - 1)
            elif n == 1:
                _warn_too_few(G, "closeness", n, 2)
                closeness = np.full(n, np.nan)
            df["closeness"] = closeness
        if "harmonic" in wanted:
            df["harmonic"] = harmonic
    if "eigenvector" in wanted:
        ev = _engine.eigenvector(g)
        if isinstance(ev, str):
            _warn(G, f"eigenvector_{ev}", measure="eigenvector")
            ev = np.full(n, np.nan)
        df["eigenvector"] = ev
    if "pagerank" in wanted:
        pr = _engine.pagerank(g, alpha=alpha)
        if pr is None:  # pragma: no cover - PageRank converges for alpha < 1
            pr = np.full(n, np.nan)
        df["pagerank"] = pr
    df.attrs = {
        "measures": wanted,
        "normalisation": {m: _NORMALISATION[m] for m in wanted},
        "weight": weight,
        "kinds": _kind_list(kinds),
        "parallel_relations": _engine.PARALLEL_RELATIONS,
        "channels": _kind_list(channels),
        "directed": g.directed,
        "alpha": alpha,
        "negative_ties": _NEGATIVE_TIES[negative_ties],
        "n_negative_ties_left_out": g.dropped_negative,
        "zero_weight_ties": ZERO_WEIGHT_TIES,
        "self_loops": SELF_LOOPS,
        "n_self_loops": int(loop.sum()),
    }
    return df
