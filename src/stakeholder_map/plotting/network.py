"""Plots of the partner network: the network with influence towers, the influence gap.

Each draws on one Axes; the numbers come from :mod:`stakeholder_map.analysis.network`.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import matplotlib as mpl
import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.collections import PathCollection
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Polygon
from matplotlib.transforms import ScaledTranslation

from stakeholder_map.analysis import _engine
from stakeholder_map.analysis._common import check_choice
from stakeholder_map.analysis.network import (
    CENTRALITY_MEASURES,
    GAP_FLAGS,
    centrality,
    influence_gap,
    structural_holes,
)
from stakeholder_map.i18n import MESSAGE_LANGUAGES, join_words, text
from stakeholder_map.i18n import label as _t
from stakeholder_map.models import Stakeholder
from stakeholder_map.plotting._caller import warns_at_caller
from stakeholder_map.plotting._captions import fit_axis_label
from stakeholder_map.plotting._netparts import display_names, finish_legend, lang_of
from stakeholder_map.plotting._numbers import decimal_commas, stakeholder_numbers
from stakeholder_map.plotting.labels import place_labels
from stakeholder_map.plotting.themes import (
    CATEGORICAL_PALETTE,
    OTHER_COLOR,
    _category_colors,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from stakeholder_map.models import StakeholderMap

__all__ = [
    "KIND_STYLES",
    "LAYOUTS",
    "plot_influence_gap",
    "plot_network",
    "save_network_views",
]

#: Colour and line style per relation kind (Okabe & Ito colours).
KIND_STYLES: Mapping[str, tuple[str, Any]] = {
    "information": ("#0072B2", "solid"),
    "collaboration": ("#009E73", "solid"),
    "advice": ("#CC79A7", "dashdot"),
    "authority": ("#1a1a1a", "dashed"),
    "funding": ("#E69F00", "solid"),
    "membership": ("#999999", "dotted"),
    "conflict": ("#D55E00", "dashed"),
    "other": ("#56B4E9", "dotted"),
}
_OTHER_STYLE: tuple[str, Any] = ("#666666", "solid")
#: Styles for the user's own kinds (``doorverwijzing``), in order of appearance:
#: Paul Tol's muted colours, which stay apart from the built-in ones.
_OWN_STYLES: tuple[tuple[str, Any], ...] = (
    ("#882255", "solid"),
    ("#117733", (0, (6, 2))),
    ("#332288", "solid"),
    ("#999933", (0, (6, 2))),
    ("#AA4499", "solid"),
    ("#44AA99", (0, (6, 2))),
)


def _own_kinds(G: nx.Graph) -> list[str]:
    """Return the graph's kinds that are not built in, declared ones first."""
    seen: dict[str, None] = {}
    for spec in G.graph.get("kinds", ()) or ():
        name = spec.get("name") if isinstance(spec, dict) else None
        if isinstance(name, str) and name not in KIND_STYLES:
            seen.setdefault(name, None)
    for _, _, d in G.edges(data=True):
        kind = str(d.get("kind", "other"))
        if kind not in KIND_STYLES:
            seen.setdefault(kind, None)
    return list(seen)


def kind_style(G: nx.Graph, kind: str) -> tuple[str, Any]:
    """Return the colour and line style of a relation kind in a network figure.

    Built-in kinds have fixed styles (:data:`KIND_STYLES`); the user's own kinds
    take the next of a fixed series, in the order the map declares or uses them,
    so a kind keeps its style across the figures of one map.
    """
    if kind in KIND_STYLES:
        return KIND_STYLES[kind]
    own = _own_kinds(G)
    if kind in own:
        return _OWN_STYLES[own.index(kind) % len(_OWN_STYLES)]
    return _OTHER_STYLE


def kind_label(G: nx.Graph | None, kind: str, lang: str) -> str:
    """Return how a figure names a relation kind: the declared label, or its name.

    Built-in kinds are named in the figure's language; the user's own kind by the
    ``label`` of its declaration (:class:`~stakeholder_map.RelationKindSpec`) in
    ``G`` or as written (also when there is no graph).
    """
    specs = G.graph.get("kinds", ()) if G is not None else ()
    for spec in specs or ():
        if isinstance(spec, dict) and spec.get("name") == kind and spec.get("label"):
            return str(spec["label"])
    if kind in KIND_STYLES:
        return _t(kind, lang)
    return kind


#: Node colour when ``color`` is None or nobody has a value.
_ONE_COLOR = "#4d79a8"
#: Columns that number groups: always categories, never a colour scale.
_GROUP_COLUMNS = ("community", "coalition")
#: Layouts :func:`plot_network` offers.
LAYOUTS = ("spring", "kamada_kawai", "circular", "shell")
_GAP_COLORS = {
    "hidden_broker": "#009E73",
    "consistent": "#b3b3b3",
    "paper_tiger": "#D55E00",
}
_SCORE_FIELDS = ("power", "interest", "legitimacy", "urgency", "proximity")


def _marker_radius_pt(size: float) -> float:
    return math.sqrt(max(size, 0.0)) / 2


def _layout(
    G: nx.Graph,
    layout: str,
    seed: int,
    pos: Mapping[Hashable, Sequence[float]] | None,
) -> dict[Hashable, np.ndarray]:
    nodes = list(G)
    if pos is not None:
        missing = [n for n in nodes if n not in pos]
        if missing:
            msg = (
                f"`pos` must give a position for every stakeholder, but misses "
                f"{missing[:5]!r}."
            )
            raise ValueError(msg)
        return {n: np.asarray(pos[n], dtype=float) for n in nodes}
    check_choice("layout", layout, LAYOUTS)
    g = _engine.simple_digraph(G, weight=None).symmetric()
    H = nx.Graph()
    H.add_nodes_from(range(g.n))
    H.add_edges_from(zip(g.src.tolist(), g.dst.tolist(), strict=True))
    n = max(g.n, 1)
    if layout == "spring" and nx.number_connected_components(H) > 1:
        coords = _packed_spring(H, seed)
        return {node: coords[i] for i, node in enumerate(g.nodes)}
    if layout == "spring":
        raw = nx.spring_layout(H, seed=seed, k=1.6 / math.sqrt(n), iterations=300)
    elif layout == "kamada_kawai":
        raw = nx.kamada_kawai_layout(H) if g.n > 1 else {0: np.zeros(2)}
    elif layout == "circular":
        raw = nx.circular_layout(H)
    else:
        raw = nx.shell_layout(H)
    coords = np.array([raw[i] for i in range(g.n)], dtype=float).reshape(g.n, 2)
    if g.n > 1:
        coords = nx.rescale_layout(coords, scale=1.0)
    return {node: coords[i] for i, node in enumerate(g.nodes)}


#: Room per stakeholder in a packed layout, and the gap between components.
_UNIT, _GAP = 1.0, 0.6


def _packed_spring(H: nx.Graph, seed: int) -> np.ndarray:
    """Lay out each connected component on its own, then pack them in rows.

    One spring layout of a graph in pieces pushes the pieces apart without
    limit: the connected partners collapse into a blob while lone partners fly
    to the edges. Each component here gets a spring layout of its own, scaled to
    the square root of its size (so every component has the same room per
    stakeholder), and the components are packed largest first, left to right in
    rows about 16:9 wide; lone stakeholders fill the last rows in a grid.
    """
    comps = sorted(
        (sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0])
    )
    boxes: list[tuple[list[int], np.ndarray, float]] = []
    for comp in comps:
        if len(comp) == 1:
            local = np.zeros((1, 2))
            size = 0.0
        else:
            sub = H.subgraph(comp)
            k = 1.6 / math.sqrt(len(comp))
            raw = nx.spring_layout(sub, seed=seed, k=k, iterations=300)
            local = np.array([raw[i] for i in comp], dtype=float)
            local = nx.rescale_layout(local, scale=_UNIT * math.sqrt(len(comp)) / 2)
            size = float(np.ptp(local, axis=0).max())
        boxes.append((comp, local, size))
    total = sum((b[2] + _GAP) ** 2 if b[2] else _GAP**2 for b in boxes)
    width = max(math.sqrt(total * 16 / 9), max(b[2] for b in boxes) + _GAP)
    out = np.zeros((H.number_of_nodes(), 2))
    x = y = row_h = 0.0
    for comp, local, size in boxes:
        step = size + _GAP if size else _UNIT * 0.9
        if x > 0 and x + step > width + 1e-9:
            x, y, row_h = 0.0, y - row_h, 0.0
        centre = np.array([x + step / 2, y - step / 2])
        lo = local.min(axis=0)
        hi = local.max(axis=0)
        out[comp] = local - (lo + hi) / 2 + centre
        x += step
        row_h = max(row_h, step)
    return np.asarray(nx.rescale_layout(out, scale=1.0))


def _draw_edges(
    ax: Axes,
    G: nx.Graph,
    pos: Mapping[Hashable, np.ndarray],
    radius: Mapping[Hashable, float],
    *,
    edge_kws: Mapping[str, Any] | None = None,
) -> tuple[list[str], list[FancyArrowPatch]]:
    """Draw every relation as an arrow styled by kind.

    Return the kinds drawn and the arrows, which the labels are placed clear of.
    """
    scale = G.graph.get("scale") or {}
    lo = float(scale.get("min", 1.0)) if isinstance(scale, Mapping) else 1.0
    hi = float(scale.get("max", 5.0)) if isinstance(scale, Mapping) else 5.0
    edges = list(G.edges(data=True))
    per_pair: dict[frozenset[Hashable], int] = {}
    for u, v, _ in edges:
        key = frozenset((u, v))
        per_pair[key] = per_pair.get(key, 0) + 1
    seen: dict[frozenset[Hashable], int] = {}
    kinds: list[str] = []
    arrows: list[FancyArrowPatch] = []
    for u, v, d in edges:
        if u == v:
            continue
        key = frozenset((u, v))
        total, k = per_pair[key], seen.get(key, 0)
        seen[key] = k + 1
        rad = (
            0.0 if total == 1 else 0.12 * (k - (total - 1) / 2) * 2 / max(1, total - 1)
        )
        if total > 1 and str(u) > str(v):
            rad = -rad  # arcs of one pair bend consistently whichever way they point
        kind = str(d.get("kind", "other"))
        if kind not in kinds:
            kinds.append(kind)
        color, style = kind_style(G, kind)
        weight = d.get("weight")
        if weight is None:
            width = 1.3
        else:
            width = 0.7 + 2.3 * (float(weight) - lo) / max(hi - lo, 1e-9)
        directed = G.is_directed() and d.get("directed", True) is not False
        props: dict[str, Any] = {
            "arrowstyle": "-|>" if directed else "-",
            "mutation_scale": 12 + 2 * width,
            "shrinkA": radius[u] + 1.5,
            "shrinkB": radius[v] + 2.5,
            "connectionstyle": f"arc3,rad={rad:.3f}",
            "color": color,
            "linestyle": style,
            "linewidth": width,
            "alpha": 0.85,
            "zorder": 1.5,
        }
        props.update(edge_kws or {})
        arrow = FancyArrowPatch(tuple(pos[u]), tuple(pos[v]), **props)
        ax.add_patch(arrow)
        arrows.append(arrow)
    return kinds, arrows


def _dot(face: str, edge: str = "white") -> Line2D:
    return Line2D(
        [],
        [],
        linestyle="none",
        marker="o",
        markersize=9,
        markerfacecolor=face,
        markeredgecolor=edge,
    )


def _metric_label(column: str, lang: str) -> str:
    key = f"net_{column}"
    found = _t(key, lang)
    return found if found != key else _t(column, lang)


# ---------------------------------------------------------------------------------
# The network
# ---------------------------------------------------------------------------------


def _values(
    name: str,
    param: str,
    G: nx.Graph,
    nodes: Sequence[Hashable],
    metrics: pd.DataFrame | None,
    cache: dict[str, pd.DataFrame],
) -> pd.Series:
    if metrics is not None and name in metrics.columns:
        return metrics[name].reindex(list(nodes))
    if any(name in G.nodes[n] for n in nodes) or name in Stakeholder.model_fields:
        # A stakeholder field nobody filled in (e.g. no categories yet) has no
        # values, which the caller draws plainly; it is no error.
        return pd.Series(
            [G.nodes[n].get(name) for n in nodes], index=list(nodes), dtype="object"
        )
    holes_cols = ("contacts", "effective_size", "efficiency", "constraint")
    if name in holes_cols:
        cache.setdefault("holes", structural_holes(G))
        return cache["holes"][name].reindex(list(nodes))
    if "centrality" not in cache:
        cache["centrality"] = centrality(
            G, measures=[m for m in CENTRALITY_MEASURES if m != "eigenvector"]
        )
    if name in cache["centrality"].columns and name != "name":
        return cache["centrality"][name].reindex(list(nodes))
    available = sorted(
        set(metrics.columns if metrics is not None else [])
        | set(cache["centrality"].columns)
        | set(holes_cols)
        | {k for n in nodes for k in G.nodes[n]}
    )
    msg = (
        f"`{param}` must be a column of `metrics`, a stakeholder field or a network "
        f"measure, but {name!r} was passed. Available: {available}."
    )
    raise ValueError(msg)


def _group_numbers(name: str, values: pd.Series, numeric: pd.Series) -> bool:
    """Say whether a numeric ``color`` column numbers groups rather than measures.

    Community and coalition numbers are labels; so is any column of whole
    numbers with at most as many distinct values as the palette has colours.
    Scores on the map's scale (and attitude) keep their colour scale: they are
    ordered ratings.
    """
    if name in (*_SCORE_FIELDS, "attitude"):
        return False
    finite = numeric.dropna().to_numpy(dtype=float)
    if values.dtype == bool:
        return True
    if not len(finite) or not bool(np.all(np.mod(finite, 1.0) == 0.0)):
        return False
    few = len(np.unique(finite)) <= len(CATEGORICAL_PALETTE)
    return name in _GROUP_COLUMNS or few


@warns_at_caller
def plot_network(
    data: StakeholderMap | nx.Graph,
    *,
    ax: Axes | None = None,
    layout: str = "spring",
    seed: int = 0,
    pos: Mapping[Hashable, Sequence[float]] | None = None,
    size: str | None = None,
    color: str | None = "category",
    tower: str | None = None,
    kinds: Iterable[str] | str | None = None,
    channels: Iterable[str] | str | None = None,
    metrics: pd.DataFrame | None = None,
    label: str | None = "short_name",
    lang: str | None = None,
    sizes: tuple[float, float] = (120.0, 1500.0),
    legend: bool = True,
    label_kws: Mapping[str, Any] | None = None,
    edge_kws: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw the partner network: nodes sized and coloured by any measure.

    Relations are arrows styled by kind (colour and dash), thicker for stronger
    ties; mutual relations have no arrowhead and parallel relations bend apart.
    Node size and colour come from a stakeholder field, a network measure
    (computed on the fly) or a column of ``metrics``; Net-Map influence towers
    (stacked discs beside each node) show one more. Names are placed by
    :func:`~stakeholder_map.plotting.place_labels`, so none overlaps another
    name or a node. The layout is deterministic for a given ``seed``.

    Parameters
    ----------
    data
        A stakeholder map or a networkx graph (as :func:`~stakeholder_map.to_graph`
        makes it).
    ax
        The Axes to draw on; None uses ``plt.gca()``.
    layout
        ``"spring"`` (default), ``"kamada_kawai"``, ``"circular"`` or ``"shell"``.
    seed
        Seed of the spring layout.
    pos
        Precomputed positions ``{id: (x, y)}``; overrides ``layout``.
    size
        Column for node size (e.g. ``"pagerank"``, ``"betweenness"``,
        ``"power"``); None draws equal nodes.
    color
        Column for node colour: categories get the colour-blind-safe palette,
        numbers a sequential colour map; None draws one colour. Group numbers
        (``community``, ``coalition``, or any column of whole numbers with at
        most eight distinct values, scores excepted) are categories. Where
        nobody has a value (e.g. no stakeholder has a ``category`` yet), the
        nodes get one colour and the legend no colour section.
    tower
        Column drawn as a Net-Map influence tower of stacked discs beside each
        node: a score on the map's scale gives one disc per point above the
        scale's minimum plus one; another measure is scaled to at most five.
    kinds
        Relation kinds to draw (and to compute measures on); None draws all.
    channels
        Channels to draw; None draws all.
    metrics
        A frame indexed by ``stakeholder_id`` (any analysis result) whose columns
        ``size``, ``color`` and ``tower`` may name.
    label
        Stakeholder field used as label, ``"short_name"`` by default (falling
        back to the name); None draws no labels.
    lang
        Language of the legend, ``"en"`` or ``"nl"``; default the map's language.
    sizes
        Smallest and largest marker area (points²) for ``size``.
    legend
        Draw the legend (relation kinds, colours, sizes) beside the Axes.
    label_kws
        Keywords for :func:`~stakeholder_map.plotting.place_labels`.
    edge_kws
        Properties of every :class:`~matplotlib.patches.FancyArrowPatch` edge.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.scatter` (the nodes).

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    See Also
    --------
    stakeholder_map.analysis.centrality : The measures behind ``size``.
    plot_influence_gap : Rated power against network influence.

    Notes
    -----
    Influence towers follow Schiffer & Hauck (2010), Net-Map: stacked checkers
    beside each actor show how influential the group judged it to be.

    References
    ----------
    .. [1] Schiffer, E., & Hauck, J. (2010). Net-Map: collecting social network
       data and facilitating network learning through participatory influence
       network mapping. *Field Methods* 22(3), 231-249.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_network(smap, size="betweenness", tower="power")
    """
    G = _engine.as_graph(data, kinds=kinds, channels=channels)
    lang = lang_of(data, lang)
    if ax is None:
        import matplotlib.pyplot as plt

        ax = plt.gca()
    nodes = list(G)
    coords = _layout(G, layout, seed, pos)
    xy = np.array([coords[n] for n in nodes], dtype=float).reshape(len(nodes), 2)
    cache: dict[str, pd.DataFrame] = {}
    sections: list[tuple[str, list[tuple[Any, str]]]] = []

    if size is not None:
        raw = pd.to_numeric(
            _values(size, "size", G, nodes, metrics, cache), errors="coerce"
        ).to_numpy(dtype=float)
        finite = raw[np.isfinite(raw)]
        lo, hi = (finite.min(), finite.max()) if len(finite) else (0.0, 1.0)
        frac = (raw - lo) / (hi - lo) if hi > lo else np.full(len(raw), 0.5)
        marker_sizes = sizes[0] + np.nan_to_num(frac, nan=0.0) * (sizes[1] - sizes[0])
        if len(finite) and hi > lo:
            entries = []
            for value in (lo, (lo + hi) / 2, hi):
                s = sizes[0] + (value - lo) / (hi - lo) * (sizes[1] - sizes[0])
                handle = Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker="o",
                    markersize=math.sqrt(s),
                    markerfacecolor="#d9d9d9",
                    markeredgecolor="#4d4d4d",
                )
                entries.append((handle, f"{value:.3g}"))
            sections.append((_metric_label(size, lang), entries))
    else:
        marker_sizes = np.full(len(nodes), math.sqrt(sizes[0] * sizes[1]) * 0.7)

    face: list[Any]
    values = None
    if color is not None:
        values = _values(color, "color", G, nodes, metrics, cache)
    if color is None or values is None or not values.notna().any():
        # No colour asked for, or nobody has a value (e.g. no categories yet).
        face = [_ONE_COLOR] * len(nodes)
    else:
        numeric = pd.to_numeric(values, errors="coerce")
        is_numeric = numeric.notna().sum() == values.notna().sum()
        if is_numeric and not _group_numbers(color, values, numeric):
            cmap = mpl.colormaps["viridis"]
            vals = numeric.to_numpy(dtype=float)
            lo, hi = np.nanmin(vals), np.nanmax(vals)
            span = hi - lo if hi > lo else 1.0
            face = [
                cmap(0.1 + 0.8 * (v - lo) / span) if np.isfinite(v) else "#ffffff"
                for v in vals
            ]
            entries = [
                (
                    Line2D(
                        [],
                        [],
                        linestyle="none",
                        marker="o",
                        markersize=9,
                        markerfacecolor=cmap(0.1 + 0.8 * (v - lo) / span),
                        markeredgecolor="white",
                    ),
                    f"{v:.3g}",
                )
                for v in np.linspace(lo, hi, 3 if hi > lo else 1)
            ]
            sections.append((_metric_label(color, lang), entries))
        else:
            if is_numeric and values.dtype != bool:
                # Group numbers (communities): whole numbers in numeric order.
                values = pd.Series(
                    [int(v) if v == v else None for v in numeric.tolist()],
                    index=values.index,
                    dtype="object",
                )
            colors, has_other = _category_colors(values.tolist(), sort=is_numeric)
            face = [
                colors.get(v, OTHER_COLOR) if v is not None and v == v else "#ffffff"
                for v in values.tolist()
            ]
            entries = [(_dot(col), _t(str(c), lang)) for c, col in colors.items()]
            if has_other:
                entries.append((_dot(OTHER_COLOR), _t("other", lang)))
            sections.append((_metric_label(color, lang), entries))

    radius = {n: _marker_radius_pt(s) for n, s in zip(nodes, marker_sizes, strict=True)}
    kinds_drawn, arrows = _draw_edges(ax, G, coords, radius, edge_kws=edge_kws)
    scatter_props: dict[str, Any] = {
        "s": marker_sizes,
        "c": face,
        "edgecolors": "#333333",
        "linewidths": 0.8,
        "zorder": 3,
    }
    scatter_props.update(kwargs)
    ax.scatter(xy[:, 0], xy[:, 1], **scatter_props)

    if tower is not None:
        _draw_towers(ax, G, nodes, xy, radius, tower, metrics, cache)
        sections.append(
            (
                text("tower_title", lang, field=_metric_label(tower, lang)),
                [
                    (
                        Line2D(
                            [],
                            [],
                            linestyle="none",
                            marker="s",
                            markersize=7,
                            markerfacecolor="#5b5b5b",
                            markeredgecolor="white",
                        ),
                        _t("net_tower", lang),
                    )
                ],
            )
        )

    kind_entries = []
    for kind in kinds_drawn:
        c, style = kind_style(G, kind)
        kind_entries.append(
            (
                Line2D([], [], color=c, linestyle=style, linewidth=2.2),
                kind_label(G, kind, lang),
            )
        )
    sections.insert(0, (_t("relation_kind", lang), kind_entries))

    if len(xy):
        pad = 0.12
        ax.set_xlim(xy[:, 0].min() - pad, xy[:, 0].max() + pad)
        ax.set_ylim(xy[:, 1].min() - pad, xy[:, 1].max() + pad)
    ax.set_axis_off()
    if legend:
        finish_legend(ax, sections)
    if label is not None and nodes:
        props: dict[str, Any] = {
            "sizes": marker_sizes,
            "priority": marker_sizes,
            "key_title": _t("other_labels", lang),
            # A numbered name shows its place in the map, as in every figure.
            "numbers": stakeholder_numbers(data, nodes),
        }
        props.update(label_kws or {})
        # No edge may run through a label, its own node's edges included: the
        # arrows are obstacles along their drawn path (from marker edge to
        # marker edge, arrowhead included), like any line the placer avoids.
        props["avoid"] = [*arrows, *props.get("avoid", ())]
        place_labels(ax, xy[:, 0], xy[:, 1], display_names(G, nodes, label), **props)
    return ax


def _draw_towers(
    ax: Axes,
    G: nx.Graph,
    nodes: Sequence[Hashable],
    xy: np.ndarray,
    radius: Mapping[Hashable, float],
    column: str,
    metrics: pd.DataFrame | None,
    cache: dict[str, pd.DataFrame],
) -> list[PathCollection]:
    """Stack square discs beside each node, one collection per height level."""
    raw = pd.to_numeric(
        _values(column, "tower", G, nodes, metrics, cache), errors="coerce"
    ).to_numpy(dtype=float)
    scale = G.graph.get("scale") or {}
    if column in _SCORE_FIELDS and isinstance(scale, Mapping):
        discs = np.where(np.isfinite(raw), raw - float(scale.get("min", 1.0)) + 1, 0)
    else:
        top = np.nanmax(raw) if np.isfinite(raw).any() else 0.0
        discs = np.where(np.isfinite(raw) & (top > 0), 5 * raw / (top or 1.0), 0)
    discs = np.rint(np.maximum(discs, 0)).astype(int)
    fig = ax.get_figure()
    assert fig is not None
    disc_pt, step_pt = 6.0, 4.2
    collections = []
    for level in range(1, int(discs.max(initial=0)) + 1):
        on_level = np.flatnonzero(discs >= level)
        # one collection per marker radius: its discs share one offset in points
        by_radius: dict[float, list[int]] = {}
        for i in on_level.tolist():
            by_radius.setdefault(round(radius[nodes[i]], 2), []).append(i)
        for r, members in by_radius.items():
            dx = (r + disc_pt / 2 + 2) / 72
            dy = (-r * 0.6 + (level - 0.5) * step_pt) / 72
            coll = ax.scatter(
                xy[members, 0],
                xy[members, 1],
                s=disc_pt**2,
                marker="s",
                c="#5b5b5b" if level % 2 else "#8c8c8c",
                edgecolors="white",
                linewidths=0.6,
                zorder=3.5,
            )
            shift = ScaledTranslation(dx, dy, fig.dpi_scale_trans)
            coll.set_offset_transform(ax.transData + shift)
            collections.append(coll)
    return collections


# ---------------------------------------------------------------------------------
# Influence gap
# ---------------------------------------------------------------------------------


@warns_at_caller
def plot_influence_gap(
    data: StakeholderMap | nx.Graph | pd.DataFrame,
    *,
    ax: Axes | None = None,
    label: str | None = "short_name",
    label_all: bool = False,
    lang: str | None = None,
    legend: bool = True,
    label_kws: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> Axes:
    """Plot rated power against influence in the network, naming the outliers.

    Each stakeholder is a dot at (rated power, structural influence), both as
    percentile ranks. The shaded band holds those whose two ranks differ by less
    than ``min_gap``; hidden brokers lie above it, paper tigers below, and both
    are named.

    Parameters
    ----------
    data
        A stakeholder map or graph (passed to
        :func:`~stakeholder_map.analysis.influence_gap` with its defaults) or the
        DataFrame that function returns.
    ax
        The Axes to draw on; None uses ``plt.gca()``.
    label
        Field used as label (``"short_name"`` falls back to the name); None draws
        no labels.
    label_all
        Name every stakeholder, not only the flagged ones.
    lang
        Language of the texts, ``"en"`` or ``"nl"``; default the map's language.
    legend
        Draw the legend beside the Axes.
    label_kws
        Keywords for :func:`~stakeholder_map.plotting.place_labels`.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.scatter`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    See Also
    --------
    stakeholder_map.analysis.influence_gap : The numbers drawn.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_influence_gap(smap)
    """
    if isinstance(data, pd.DataFrame):
        df = data
        lang = lang_of(None, lang)
        G: nx.Graph | None = None
    else:
        df = influence_gap(data)
        lang = lang_of(data, lang)
        G = _engine.as_graph(data)
    needed = {"power_pct", "influence_pct", "gap", "flag", "name"}
    if not needed <= set(df.columns):
        msg = (
            "`data` must be a map, a graph or a frame from `influence_gap`, but the "
            f"frame lacks {sorted(needed - set(df.columns))}."
        )
        raise ValueError(msg)
    if ax is None:
        import matplotlib.pyplot as plt

        ax = plt.gca()
    min_gap = float(df.attrs.get("min_gap", 0.5))
    band = Polygon(
        [
            (0, 0),
            (0, min_gap),
            (1 - min_gap, 1),
            (1, 1),
            (1, 1 - min_gap),
            (min_gap, 0),
        ],
        closed=True,
        facecolor="#f0f0f0",
        edgecolor="none",
        zorder=0,
    )
    ax.add_patch(band)
    ax.plot([0, 1], [0, 1], color="#999999", linewidth=1, linestyle="--", zorder=0.5)
    flags = df["flag"].astype(str).tolist()
    colors = [_GAP_COLORS.get(f, "#b3b3b3") for f in flags]
    props: dict[str, Any] = {
        "s": 110,
        "c": colors,
        "edgecolors": "#333333",
        "linewidths": 0.7,
        "zorder": 3,
    }
    props.update(kwargs)
    px, py = _dodge(
        df["power_pct"].to_numpy(float), df["influence_pct"].to_numpy(float)
    )
    ax.scatter(px, py, **props)
    ax.set_xlim(-0.03, 1.05)
    ax.set_ylim(-0.03, 1.05)
    ax.set_xlabel(_t("gap_rated", lang))
    ax.set_ylabel(_gap_axis_label(df.attrs, G, lang))
    if legend:
        entries: list[tuple[Any, str]] = [
            (
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker="o",
                    markersize=10,
                    markerfacecolor=_GAP_COLORS[f],
                    markeredgecolor="#333333",
                ),
                _t(f"gap_{f}", lang),
            )
            for f in GAP_FLAGS
        ]
        entries.append(
            (
                Polygon([(0, 0)], facecolor="#f0f0f0", edgecolor="#cccccc"),
                _t("gap_band", lang),
            )
        )
        ax.legend(
            [e[0] for e in entries],
            [e[1] for e in entries],
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            borderaxespad=0.0,
        )
    if label is not None:
        show = (
            np.ones(len(df), dtype=bool)
            if label_all
            else np.array([f != "consistent" for f in flags], dtype=bool)
        )
        ids = [i for i, s in zip(df.index, show, strict=True) if s]
        if G is not None:
            names = display_names(G, ids, label)
        else:
            names = df.loc[ids, "name"].astype(str).tolist()
        lp: dict[str, Any] = {
            "sizes": props["s"] if np.isscalar(props["s"]) else None,
            "key_title": _t("other_labels", lang),
            "numbers": stakeholder_numbers(data, ids),
        }
        lp.update(label_kws or {})
        place_labels(ax, px[show], py[show], names, **lp)
    decimal_commas(ax, lang)
    fit_axis_label(ax, "y")  # names the relation kinds: long on a wide slide
    return ax


def _gap_axis_label(attrs: Mapping[Any, Any], G: nx.Graph | None, lang: str) -> str:
    """Name the structural axis with the relation kinds the influence counts.

    A hub of information ties has no influence through authority, funding or
    advice: the axis says which kinds were counted before a point reads as a
    paper tiger.
    """
    if "kinds" not in attrs:
        return _t("gap_structural", lang)
    kinds = attrs["kinds"]
    if kinds is None:
        return _t("gap_structural_all", lang)
    names = [kind_label(G, str(k), lang) for k in kinds]
    names = [n[:1].lower() + n[1:] if n[1:2].islower() else n for n in names]
    joined = join_words(names, lang)
    return _t("gap_structural_kinds", lang).format(kinds=joined)


def _dodge(
    x: np.ndarray, y: np.ndarray, radius: float = 0.018
) -> tuple[np.ndarray, np.ndarray]:
    """Spread points that share a position on a small circle, so each one shows."""
    x, y = x.copy(), y.copy()
    groups: dict[tuple[float, float], list[int]] = {}
    for i, key in enumerate(zip(np.round(x, 9), np.round(y, 9), strict=True)):
        groups.setdefault(key, []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        r = radius * math.sqrt(len(members) / 2)
        for k, i in enumerate(members):
            a = 2 * math.pi * k / len(members)
            x[i] += r * math.cos(a)
            y[i] += r * math.sin(a)
    return x, y


# ---------------------------------------------------------------------------------
# Files for the command line
# ---------------------------------------------------------------------------------


@warns_at_caller
def save_network_views(
    smap: StakeholderMap,
    out_dir: str | Path,
    *,
    lang: str = "nl",
    formats: Sequence[str] = ("png", "svg"),
    source: Hashable | None = None,
    theme: str = "slides",
) -> list[Path]:
    """Render the network, information-flow and influence-gap figures to files.

    Writes ``network``, ``information_flow`` and ``influence_gap`` in each format
    to ``out_dir`` (created if needed), using a theme from
    :func:`~stakeholder_map.plotting.theme`. This is what
    ``stakeholder-map network FILE -o OUT`` runs. While no stakeholder has a
    power score the influence gap has nothing to show: it is left out, with an
    :class:`~stakeholder_map.exceptions.EmptyViewWarning` that says so.

    Parameters
    ----------
    smap
        The stakeholder map.
    out_dir
        Folder to write to.
    lang
        Language of the figures, ``"en"`` or ``"nl"``.
    formats
        File formats, e.g. ``("png", "svg")``.
    source
        Source of the information flow; default the stakeholder that sends most
        information relations.
    theme
        ``"slides"`` (default), ``"notebook"`` or ``"print"``.

    Returns
    -------
    list of pathlib.Path
        The files written, in order.

    See Also
    --------
    plot_network : The partner network.
    plot_influence_gap : Rated power against network influence.
    plot_information_flow : Who hears what, in how many steps.

    Examples
    --------
    >>> import tempfile
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     paths = skm.plotting.save_network_views(
    ...         smap, tmp, formats=["svg"], theme="notebook"
    ...     )
    ...     [p.name for p in paths]
    ['network.svg', 'information_flow.svg', 'influence_gap.svg']
    """
    import warnings

    import matplotlib.pyplot as plt

    from stakeholder_map._empty_views import empty_view_reason
    from stakeholder_map.exceptions import EmptyViewWarning, StakeholderMapWarning
    from stakeholder_map.plotting.flow import plot_information_flow
    from stakeholder_map.plotting.themes import theme as theme_ctx

    check_choice("lang", lang, MESSAGE_LANGUAGES)
    for fmt in formats:
        check_choice("formats", fmt, ("png", "svg", "pdf"))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if source is None:
        G = _engine.as_graph(smap, kinds="information")
        source = max(G, key=lambda n: (G.out_degree(n), -list(G).index(n)))
    written: list[Path] = []

    def save(fig: Any, stem: str) -> None:
        for fmt in formats:
            path = out / f"{stem}.{fmt}"
            fig.savefig(path)
            written.append(path)
        plt.close(fig)

    with theme_ctx(theme):  # type: ignore[arg-type]
        fig, ax = plt.subplots()
        plot_network(
            smap,
            ax=ax,
            layout="kamada_kawai",
            size="betweenness",
            tower="power",
            lang=lang,
        )
        ax.set_title(text("network_title", lang))
        save(fig, "network")
        fig, ax = plt.subplots()
        plot_information_flow(smap, source=source, ax=ax, lang=lang)
        name = display_names(_engine.as_graph(smap), [source], "short_name")[0]
        ax.set_title(text("flow_title", lang, source=name))
        save(fig, "information_flow")
        reason = empty_view_reason(smap, "influence", lang)
        if reason is not None:  # no power scores yet: an empty drawing says nothing
            warnings.warn(EmptyViewWarning(reason, view="influence"), stacklevel=3)
            return written
        fig, ax = plt.subplots()
        # The title first: the axis label is fitted to the room the Axes has.
        ax.set_title(text("gap_title", lang))
        with warnings.catch_warnings():
            # stakeholders without a power score are left out, as the report says
            warnings.simplefilter("ignore", StakeholderMapWarning)
            plot_influence_gap(smap, ax=ax, lang=lang)
        save(fig, "influence_gap")
    return written
