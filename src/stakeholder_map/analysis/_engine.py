"""The fast engine behind the network analyses.

Graphs are turned once into integer edge arrays (:class:`SimpleDigraph`); the hot
paths then run on numpy/scipy.sparse kernels and on rustworkx (Apache-2.0), never on
dense ``n x n`` matrices. Each kernel reproduces the networkx function it replaces;
the tests compare them on small graphs.
"""

from __future__ import annotations

import math
import weakref
from array import array
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from scipy import sparse

    from stakeholder_map.models import StakeholderMap

__all__ = [
    "SimpleDigraph",
    "as_graph",
    "betweenness",
    "burt",
    "clear_cache",
    "distance_sums",
    "eigenvector",
    "map_graph",
    "pagerank",
    "simple_digraph",
]

#: Bytes one gather of the bit-parallel BFS may take (keeps the peak memory small).
_GATHER_BYTES = 2 << 20
#: Edges handed to rustworkx at a time.
_EDGE_CHUNK = 4096
#: Rows of the sparse products in Burt's measures formed at a time.
_ROW_CHUNK = 1024


def as_graph(
    data: StakeholderMap | nx.Graph,
    *,
    kinds: Iterable[str] | str | None = None,
    channels: Iterable[str] | str | None = None,
) -> nx.Graph:
    """Return the graph of a map (or a graph), keeping only some kinds and channels.

    A graph's edges are filtered on their ``kind`` and ``channel`` attributes; an
    edge without the attribute is dropped when that filter is given.
    """
    if isinstance(data, nx.Graph):
        kind_set = _as_str_set(kinds)
        channel_set = _as_str_set(channels)
        if kind_set is None and channel_set is None:
            return data

        def keep(d: dict[str, Any]) -> bool:
            if kind_set is not None and str(d.get("kind")) not in kind_set:
                return False
            return channel_set is None or str(d.get("channel")) in channel_set

        H = data.copy()
        if data.is_multigraph():
            H.remove_edges_from(
                [
                    (u, v, k)
                    for u, v, k, d in data.edges(keys=True, data=True)
                    if not keep(d)
                ]
            )
        else:
            H.remove_edges_from(
                [(u, v) for u, v, d in data.edges(data=True) if not keep(d)]
            )
        return H
    from stakeholder_map.models import StakeholderMap

    if not isinstance(data, StakeholderMap):
        msg = (
            "`data` must be a StakeholderMap or a networkx graph, but "
            f"{type(data).__name__} was passed."
        )
        raise TypeError(msg)
    return map_graph(data, kinds=kinds, channels=channels)


#: The graphs of maps, per map (by ``id``) and per filter. A map is frozen (its
#: collections are tuples, its attribute dicts :class:`~stakeholder_map._types.
#: FrozenDict`), so nothing invalidates an entry; a finalizer drops a map's entries
#: when the map is garbage-collected (a map is unhashable, so it cannot key a
#: ``WeakKeyDictionary``).
_GRAPHS: dict[int, dict[tuple[Any, ...], nx.Graph]] = {}
#: The engine views of those graphs, per graph and per option.
_VIEWS: weakref.WeakKeyDictionary[nx.Graph, dict[tuple[Any, ...], SimpleDigraph]] = (
    weakref.WeakKeyDictionary()
)


def map_graph(
    smap: StakeholderMap,
    *,
    kinds: Iterable[str] | str | None = None,
    channels: Iterable[str] | str | None = None,
) -> nx.Graph:
    """Return the graph of a map, built once per map and filter and then reused.

    The graph is frozen (:func:`networkx.freeze`): adding or removing nodes and
    edges raises, so no caller can change what the next one gets. Node and edge
    attribute dicts are the cache's own: read them, do not write them. Callers
    that need a graph of their own use :func:`stakeholder_map.graph.to_graph`,
    which builds a new, mutable graph every time.
    """
    kind_list = _as_list(kinds)
    channel_list = _as_list(channels)
    key = (
        None if kind_list is None else tuple(kind_list),
        None if channel_list is None else tuple(channel_list),
    )
    per_map = _GRAPHS.get(id(smap))
    if per_map is None:
        per_map = _GRAPHS[id(smap)] = {}
        weakref.finalize(smap, _GRAPHS.pop, id(smap), None)
    G = per_map.get(key)
    if G is None:
        from stakeholder_map.graph import filter_relations, to_graph

        if key == (None, None):
            G = to_graph(smap)
        else:  # filter the map's whole graph: the map is converted once
            whole = map_graph(smap)
            G = filter_relations(whole, smap, kinds=kind_list, channels=channel_list)
        per_map[key] = nx.freeze(G)
        _VIEWS[G] = {}
    return G


def clear_cache() -> None:
    """Forget every cached graph and engine view (for tests and benchmarks)."""
    _GRAPHS.clear()
    _VIEWS.clear()


def _as_str_set(values: Iterable[str] | str | None) -> set[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        return {values}
    return {str(v) for v in values}


def _as_list(values: Iterable[str] | str | None) -> list[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        return [values]
    return [str(v) for v in values]


#: How the network analyses combine parallel relations (several relations between
#: the same two stakeholders, of different kinds, channels or ids), as their
#: ``df.attrs["parallel_relations"]`` states it.
PARALLEL_RELATIONS = "merged into one tie per ordered pair, weights summed"

#: The same for the analyses that count steps, not strength.
PARALLEL_RELATIONS_UNWEIGHTED = "merged into one tie per ordered pair"


@dataclass(frozen=True, eq=False)
class SimpleDigraph:
    """A graph collapsed to a simple weighted digraph held in integer arrays.

    Parallel edges (relations of several kinds between the same pair) are merged
    and their weights summed; a mutual relation (``directed=False``) and every edge
    of an undirected graph count in both directions. A tie of weight 0 is kept
    (weight is strength, not existence); self-loops are kept only when asked for.
    """

    nodes: list[Hashable]
    src: NDArray[np.int64]
    dst: NDArray[np.int64]
    weight: NDArray[np.float64]
    directed: bool
    """Whether the input graph was directed (an undirected one is symmetric)."""
    mutual: NDArray[np.float64] | None = None
    """Part of each edge's weight that comes from mutual (two-way) relations."""
    dropped_negative: int = 0
    """Number of negative relations (sign -1, e.g. conflict) left out."""

    @property
    def n(self) -> int:
        """Number of nodes."""
        return len(self.nodes)

    @property
    def m(self) -> int:
        """Number of (directed) edges after collapsing."""
        return len(self.src)

    def adjacency(self, *, weighted: bool = True) -> sparse.csr_array:
        """Return the sparse adjacency matrix, ``A[i, j]`` = weight of ``i -> j``."""
        from scipy import sparse

        data = self.weight if weighted else np.ones(self.m)
        return sparse.csr_array((data, (self.src, self.dst)), shape=(self.n, self.n))

    def successors(self) -> list[list[int]]:
        """Return the out-neighbours of each node, as index lists."""
        out: list[list[int]] = [[] for _ in range(self.n)]
        for u, v in zip(self.src.tolist(), self.dst.tolist(), strict=True):
            out[u].append(v)
        return out

    def loops(self) -> NDArray[np.bool_]:
        """Return which edges are self-loops."""
        return np.asarray(self.src == self.dst)

    def without_loops(self) -> SimpleDigraph:
        """Return the digraph without its self-loops (for the path measures)."""
        keep = ~self.loops()
        if keep.all():
            return self
        return SimpleDigraph(
            self.nodes,
            self.src[keep],
            self.dst[keep],
            self.weight[keep],
            self.directed,
            None if self.mutual is None else self.mutual[keep],
            self.dropped_negative,
        )

    def symmetric(self, *, mutual_once: bool = False) -> SimpleDigraph:
        """Return the undirected view: every edge in both directions, weights summed.

        The weight of the pair is ``a_ij + a_ji``, as in Burt's mutual weights, so
        a mutual relation of weight ``w`` (read both ways) weighs ``2 w``. With
        ``mutual_once`` it weighs ``w``: only one-way relations in opposite
        directions add up.
        """
        src = np.concatenate([self.src, self.dst])
        dst = np.concatenate([self.dst, self.src])
        w = np.concatenate([self.weight, self.weight])
        if mutual_once and self.mutual is not None:
            src = np.concatenate([src, self.src])
            dst = np.concatenate([dst, self.dst])
            w = np.concatenate([w, -self.mutual])
        s, d, w = _merge(self.n, src, dst, w)
        return SimpleDigraph(
            self.nodes, s, d, w, directed=False, dropped_negative=self.dropped_negative
        )

    def subgraph(self, keep: NDArray[np.bool_]) -> SimpleDigraph:
        """Return the digraph induced by the nodes where ``keep`` is True."""
        new_index = np.cumsum(keep) - 1
        mask = keep[self.src] & keep[self.dst]
        nodes = [node for node, k in zip(self.nodes, keep.tolist(), strict=True) if k]
        return SimpleDigraph(
            nodes,
            new_index[self.src[mask]].astype(np.int64),
            new_index[self.dst[mask]].astype(np.int64),
            self.weight[mask],
            self.directed,
            None if self.mutual is None else self.mutual[mask],
            self.dropped_negative,
        )


def _merge(
    n: int, src: NDArray[np.int64], dst: NDArray[np.int64], w: NDArray[np.float64]
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.float64]]:
    """Merge duplicate (src, dst) pairs, summing weights; sorted by (src, dst)."""
    if len(src) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty.copy(), np.zeros(0)
    keys = src * n + dst
    uniq, inverse = np.unique(keys, return_inverse=True)
    weights = np.bincount(inverse, weights=w, minlength=len(uniq)).astype(np.float64)
    return (uniq // n).astype(np.int64), (uniq % n).astype(np.int64), weights


def is_negative(d: dict[str, Any]) -> bool:
    """Return whether an edge is a negative tie: ``sign`` -1, or a conflict.

    An edge without a ``sign`` attribute is negative when its ``kind`` is
    ``"conflict"``, the default of :class:`~stakeholder_map.Relation`.
    """
    sign = d.get("sign")
    if sign is None:
        return str(d.get("kind")) == "conflict"
    try:
        return float(sign) < 0
    except (TypeError, ValueError):
        return False


def simple_digraph(
    G: nx.Graph,
    *,
    weight: str | None = "weight",
    loops: bool = False,
    negative: bool = True,
) -> SimpleDigraph:
    """Collapse any networkx graph to a :class:`SimpleDigraph`.

    ``weight`` names the edge attribute holding tie strength; an edge without it
    counts as 1, and ``weight=None`` makes every tie 1 (after merging parallel
    edges). Weights must be non-negative numbers; a tie of weight 0 is kept (it
    exists, with strength 0). Self-loops are kept with ``loops=True`` (an
    undirected loop once, as networkx's adjacency matrix holds it); negative ties
    (:func:`is_negative`) are left out with ``negative=False``.

    The view of a graph from :func:`map_graph` (built by us from a frozen map, so
    it cannot change) is built once per option set and reused; its arrays are
    read-only. Any other graph, a user's, is collapsed afresh on every call.
    """
    per_graph = _VIEWS.get(G)
    if per_graph is None:  # not one of ours: it may change between calls
        return _simple_digraph(G, weight=weight, loops=loops, negative=negative)
    key = (weight, loops, negative)
    g = per_graph.get(key)
    if g is None:
        g = _simple_digraph(G, weight=weight, loops=loops, negative=negative)
        for a in (g.src, g.dst, g.weight, g.mutual):
            if a is not None:
                a.flags.writeable = False
        per_graph[key] = g
    return g


def _simple_digraph(
    G: nx.Graph, *, weight: str | None, loops: bool, negative: bool
) -> SimpleDigraph:
    nodes = list(G)
    index = {node: i for i, node in enumerate(nodes)}
    n = len(nodes)
    directed = G.is_directed()
    # Typed arrays, not lists: 8 bytes an entry instead of a Python object.
    src = array("q")
    dst = array("q")
    ws = array("d")
    ms = array("d")
    dropped = 0
    for u, v, d in G.edges(data=True):
        if u == v and not loops:
            continue
        if not negative and is_negative(d):
            dropped += 1
            continue
        w = 1.0
        if weight is not None:
            raw = d.get(weight, 1.0)
            if raw is None:
                raw = 1.0
            try:
                w = float(raw)
            except (TypeError, ValueError):
                w = math.nan
            if not math.isfinite(w) or w < 0:
                msg = (
                    f"Edge attribute `{weight}` must hold non-negative numbers, but "
                    f"the edge {u!r} -> {v!r} has {raw!r}. Pass `weight=None` to "
                    "ignore tie strengths."
                )
                raise ValueError(msg)
        iu, iv = index[u], index[v]
        two_way = not directed or d.get("directed", True) is False
        src.append(iu)
        dst.append(iv)
        ws.append(w)
        ms.append(w if two_way else 0.0)
        if two_way and iu != iv:
            src.append(iv)
            dst.append(iu)
            ws.append(w)
            ms.append(w)

    def as_array(values: array[Any], dtype: type) -> NDArray[Any]:
        return np.frombuffer(values, dtype=dtype) if len(values) else np.zeros(0, dtype)

    src_arr = as_array(src, np.int64)
    dst_arr = as_array(dst, np.int64)
    s, t, w_arr = _merge(n, src_arr, dst_arr, as_array(ws, np.float64))
    _, _, m_arr = _merge(n, src_arr, dst_arr, as_array(ms, np.float64))
    if weight is None:
        w_arr = np.ones(len(s))
        m_arr = (m_arr > 0).astype(np.float64)
    return SimpleDigraph(nodes, s, t, w_arr, directed, m_arr, dropped)


# ---------------------------------------------------------------------------------
# Path-based kernels
# ---------------------------------------------------------------------------------


def betweenness(g: SimpleDigraph) -> NDArray[np.float64]:
    """Return raw (unnormalised) directed betweenness on hop counts (rustworkx).

    For a symmetric digraph this is twice networkx's undirected value.
    """
    import rustworkx as rx

    R = rx.PyDiGraph(multigraph=False)
    R.add_nodes_from(range(g.n))
    for start in range(0, g.m, _EDGE_CHUNK):  # chunks keep the tuple lists small
        stop = start + _EDGE_CHUNK
        R.add_edges_from_no_data(
            list(
                zip(g.src[start:stop].tolist(), g.dst[start:stop].tolist(), strict=True)
            )
        )
    mapping = rx.digraph_betweenness_centrality(R, normalized=False)
    out = np.zeros(g.n)
    for i, value in mapping.items():
        out[i] = value
    return out


def distance_sums(
    g: SimpleDigraph, *, sources: Sequence[int] | None = None
) -> tuple[NDArray[np.float64], NDArray[np.int64], NDArray[np.float64]]:
    """Sum incoming shortest-path lengths by a bit-parallel breadth-first search.

    Runs a BFS along edge directions from every source (all nodes by default) at
    once, 64 sources per machine word, so one sweep over the edges advances
    thousands of searches. For every node ``u`` it returns, over the sources ``v``
    that reach it (``v != u``): the sum of ``d(v, u)``, their number and the sum of
    ``1 / d(v, u)`` (hop counts).
    """
    n = g.n
    dist_sum = np.zeros(n)
    count = np.zeros(n, dtype=np.int64)
    harmonic = np.zeros(n)
    if n == 0 or g.m == 0:
        return dist_sum, count, harmonic
    source_arr = (
        np.arange(n, dtype=np.int64)
        if sources is None
        else np.asarray(sources, dtype=np.int64)
    )
    order = np.argsort(g.dst, kind="stable")
    src = g.src[order]
    dst = g.dst[order]
    has_in = np.unique(dst)
    starts = np.searchsorted(dst, has_in)
    words = max(1, min((len(source_arr) + 63) // 64, _GATHER_BYTES // (8 * g.m)))
    batch = 64 * words
    for b0 in range(0, len(source_arr), batch):
        chunk = source_arr[b0 : b0 + batch]
        nb = len(chunk)
        W = (nb + 63) // 64
        idx = np.arange(nb)
        frontier = np.zeros((n, W), dtype=np.uint64)
        np.bitwise_or.at(
            frontier,
            (chunk, idx // 64),
            np.left_shift(np.uint64(1), (idx % 64).astype(np.uint64)),
        )
        visited = frontier.copy()
        level = 0
        while True:
            level += 1
            nxt = np.zeros((n, W), dtype=np.uint64)
            nxt[has_in] = np.bitwise_or.reduceat(frontier[src], starts, axis=0)
            nxt &= ~visited
            found = np.bitwise_count(nxt).sum(axis=1, dtype=np.int64)
            if not found.any():
                break
            visited |= nxt
            frontier = nxt
            dist_sum += level * found
            count += found
            harmonic += found / level
    return dist_sum, count, harmonic


def bfs_distances(
    g: SimpleDigraph, sources: Sequence[int], *, max_steps: int | None = None
) -> NDArray[np.float64]:
    """Return hop distances from a set of sources (inf where unreachable)."""
    dist = np.full(g.n, np.inf)
    succ = g.successors()
    frontier = list(dict.fromkeys(int(s) for s in sources))
    for s in frontier:
        dist[s] = 0
    step = 0
    while frontier and (max_steps is None or step < max_steps):
        step += 1
        nxt = []
        for u in frontier:
            for v in succ[u]:
                if dist[v] == np.inf:
                    dist[v] = step
                    nxt.append(v)
        frontier = nxt
    return dist


# ---------------------------------------------------------------------------------
# Spectral kernels (sparse power iterations, as networkx runs them)
# ---------------------------------------------------------------------------------


def pagerank(
    g: SimpleDigraph,
    *,
    alpha: float = 0.85,
    tol: float = 1e-12,
    max_iter: int = 1000,
    reverse: bool = False,
) -> NDArray[np.float64] | None:
    """Return PageRank by networkx's iteration (uniform teleport and dangling).

    Returns None when the iteration does not converge within ``max_iter``.
    """
    n = g.n
    if n == 0:
        return np.zeros(0)
    A = g.adjacency()
    if reverse:
        A = A.T.tocsr()
    out_w = np.asarray(A.sum(axis=1)).ravel()
    dangling = out_w == 0
    inv = np.zeros(n)
    inv[~dangling] = 1.0 / out_w[~dangling]
    # Q = D^-1 A; x @ Q == A.T @ (inv * x)
    AT = A.T.tocsr()
    x = np.full(n, 1.0 / n)
    p = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        xlast = x
        x = alpha * (AT @ (inv * xlast) + xlast[dangling].sum() * p) + (1 - alpha) * p
        if np.abs(x - xlast).sum() < n * tol:
            return np.asarray(x, dtype=np.float64)
    return None


def eigenvector(
    g: SimpleDigraph, *, tol: float = 1e-12, max_iter: int = 1000
) -> NDArray[np.float64] | str:
    """Return eigenvector centrality, or the reason it is not defined.

    The in-edge eigenvector centrality is the non-negative eigenvector of ``A^T``
    for its largest eigenvalue, scaled to L2 norm 1, as
    :func:`networkx.eigenvector_centrality` computes it (self-loops included).
    Returns ``"acyclic"`` when that eigenvalue is 0 (no cycles and no
    self-loops of positive weight: every score would be 0) and ``"not_unique"``
    when, in a directed network, several strongly connected parts share it (no
    one vector is defined). Returns ``"not_converged"`` in the rare case that
    neither the iteration nor ARPACK converges on a network too large to solve
    densely.

    networkx's shifted power iteration (``x <- (A^T + I) x`` from a uniform
    start) runs first, so that every network where it converges gets networkx's
    values. Where it is slow (long chains and cycles, whose largest eigenvalues
    lie close together) the vector comes from an eigensolver instead (LAPACK for
    small networks, ARPACK through :mod:`scipy.sparse.linalg` for large ones):
    the vector the iteration tends to.
    """
    n = g.n
    if n == 0:
        return np.zeros(0)
    AT = g.adjacency().T.tocsr()
    AT.eliminate_zeros()
    if AT.nnz == 0:
        return "acyclic"
    symmetric = not g.directed or _is_symmetric(AT)
    if not symmetric:
        try:
            problem = _directed_problem(AT)
        except _NoConvergence:
            return "not_converged"
        if problem is not None:
            return problem
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        xlast = x
        x = xlast + AT @ xlast
        norm = float(np.sqrt((x**2).sum())) or 1.0
        x = x / norm
        if np.abs(x - xlast).sum() < n * tol:
            return np.asarray(x, dtype=np.float64)
    try:
        return _leading_eigenvector(AT, symmetric=symmetric)
    except _NoConvergence:
        return "not_converged"


def _is_symmetric(M: sparse.csr_array) -> bool:
    diff = (M - M.T).tocsr()
    diff.eliminate_zeros()
    return bool(diff.nnz == 0)


#: Largest matrix solved densely by LAPACK; larger ones go to ARPACK.
_DENSE_EIGEN = 400
#: Relative difference under which two eigenvalues count as equal.
_EIGEN_TIE = 1e-9
#: Largest matrix solved densely when ARPACK does not converge.
_DENSE_FALLBACK = 3000


class _NoConvergence(Exception):
    """ARPACK did not converge and the matrix is too large to solve densely."""


def _arpack(
    M: sparse.csr_array, *, k: int, symmetric: bool, vectors: bool = True
) -> tuple[NDArray[Any], NDArray[Any]] | None:
    """Return the ``k`` eigenpairs of largest real part by ARPACK, or None.

    Retries once with a larger Krylov space and more iterations; returns None
    when that does not converge either and the matrix is small enough to solve
    densely (the caller does), and raises :class:`_NoConvergence` otherwise.
    """
    from scipy.sparse import linalg

    n = M.shape[0]
    M = M.astype(np.float64)
    solve = linalg.eigsh if symmetric else linalg.eigs
    which = "LA" if symmetric else "LR"
    for ncv, maxiter in ((None, None), (min(n - 1, max(2 * k + 1, 64)), 50 * n)):
        try:
            if vectors:
                values, vecs = solve(M, k=k, which=which, ncv=ncv, maxiter=maxiter)
            else:
                values = solve(
                    M,
                    k=k,
                    which=which,
                    ncv=ncv,
                    maxiter=maxiter,
                    return_eigenvectors=False,
                )
                vecs = np.zeros((n, 0))
        except linalg.ArpackNoConvergence:
            continue
        return np.asarray(values), np.asarray(vecs)
    if n <= _DENSE_FALLBACK:
        return None
    raise _NoConvergence


def _spectral_radius(M: sparse.csr_array) -> float:
    """Return the largest eigenvalue of an irreducible non-negative matrix."""
    n = M.shape[0]
    if n == 1:
        return float(M[0, 0])
    # For an irreducible non-negative matrix the eigenvalue of largest real part
    # is the Perron root (Perron-Frobenius).
    found = None
    if n > _DENSE_EIGEN:
        found = _arpack(M, k=1, symmetric=False, vectors=False)
    if found is None:
        return float(np.linalg.eigvals(M.toarray()).real.max())
    return float(found[0].real.max())


def _directed_problem(AT: sparse.csr_array) -> str | None:
    """Say why a directed network has no eigenvector centrality, or None.

    The largest eigenvalue of a non-negative matrix is the largest of those of
    its strongly connected parts; when it is 0 there is no cycle, and when
    several parts share it the eigenvector is not unique (or the iteration
    settles on none).
    """
    from scipy.sparse import csgraph

    n_parts, labels = csgraph.connected_components(
        AT, directed=True, connection="strong"
    )
    sizes = np.bincount(labels, minlength=n_parts)
    diag = AT.diagonal()
    radii = np.zeros(n_parts)
    alone = np.flatnonzero(sizes[labels] == 1)
    radii[labels[alone]] = diag[alone]
    for part in np.flatnonzero(sizes > 1).tolist():
        members = np.flatnonzero(labels == part)
        radii[part] = _spectral_radius(AT[members][:, members].tocsr())
    top = float(radii.max())
    if top <= 0:
        return "acyclic"
    if int((radii >= top * (1 - _EIGEN_TIE)).sum()) > 1:
        return "not_unique"
    return None


def _leading_eigenvector(
    AT: sparse.csr_array, *, symmetric: bool
) -> NDArray[np.float64] | str:
    """Return the L2-normalised leading eigenvector of ``AT`` (non-negative).

    For a symmetric matrix whose largest eigenvalue several connected parts
    share, it is the projection of the uniform vector onto their eigenspace: the
    vector networkx's iteration from a uniform start tends to.
    """
    n = AT.shape[0]
    found = None
    if n > _DENSE_EIGEN:
        found = _arpack(AT, k=min(6, n - 2), symmetric=symmetric)
    if found is not None:
        values, vectors = found
    elif symmetric:
        values, vectors = np.linalg.eigh(AT.toarray())
    else:
        values, vectors = np.linalg.eig(AT.toarray())
    order = np.argsort(-values.real)
    values, vectors = values[order], vectors[:, order]
    top = float(values[0].real)
    scale = max(1.0, abs(top))
    if top <= 1e-12 * scale:  # pragma: no cover - caught before the iteration
        return "acyclic"
    if symmetric:
        tied = np.abs(values - top) <= _EIGEN_TIE * scale
        basis = vectors[:, tied].real
        x = basis @ (basis.T @ np.ones(n))
    else:
        x = vectors[:, 0].real
    if x.sum() < 0:
        x = -x
    x = np.clip(x, 0.0, None)
    return np.asarray(x / float(np.sqrt((x**2).sum())), dtype=np.float64)


# ---------------------------------------------------------------------------------
# Structural holes (Burt 1992), sparse
# ---------------------------------------------------------------------------------


def burt(
    g: SimpleDigraph,
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.int64]]:
    """Return Burt's constraint, effective size and number of contacts per node.

    With mutual weights ``s_ij = a_ij + a_ji``, ``p_ij = s_ij / sum_k s_ik`` and
    ``m_jq = s_jq / max_k s_jk``: constraint ``C_i = sum_j (p_ij + sum_q p_iq
    p_qj)^2`` and effective size ``ES_i = sum_j (1 - sum_q p_iq m_jq)`` over the
    contacts ``j`` of ``i``. Only sparse products restricted to existing ties are
    formed. Isolates get NaN.
    """
    from scipy import sparse

    n = g.n
    if n == 0:
        return np.zeros(0), np.zeros(0), np.zeros(0, dtype=np.int64)
    A = g.adjacency()
    S = (A + A.T).tocsr()
    S.eliminate_zeros()
    S.sort_indices()
    row_sum = np.asarray(S.sum(axis=1)).ravel()
    row_max = np.asarray(S.max(axis=1).toarray()).ravel()
    isolated = row_sum == 0
    with np.errstate(divide="ignore"):
        inv_sum = np.where(isolated, 0.0, 1.0 / np.where(isolated, 1.0, row_sum))
        inv_max = np.where(isolated, 0.0, 1.0 / np.where(isolated, 1.0, row_max))
    P = (sparse.diags_array(inv_sum) @ S).tocsr()
    MT = (sparse.diags_array(inv_max) @ S).T.tocsr()
    pattern = S.copy()
    pattern.data[:] = 1.0
    constraint = np.zeros(n)
    redundancy = np.zeros(n)
    # Products restricted to existing ties, a block of rows at a time, so that
    # the fill of P @ P never has to be held for the whole graph.
    for r0 in range(0, n, _ROW_CHUNK):
        rows = slice(r0, min(n, r0 + _ROW_CHUNK))
        P_rows, mask = P[rows], pattern[rows]
        local = (P_rows + (P_rows @ P).multiply(mask)).tocsr()
        constraint[rows] = np.asarray(local.multiply(local).sum(axis=1)).ravel()
        redundancy[rows] = np.asarray((P_rows @ MT).multiply(mask).sum(axis=1)).ravel()
    contacts = np.diff(S.indptr).astype(np.int64)
    effective = (contacts - redundancy).astype(np.float64)
    constraint[isolated] = np.nan
    effective[isolated] = np.nan
    return constraint, effective, contacts
