"""Network, information-flow and influence-gap plots: artists, not pixels."""

from __future__ import annotations

import io
import itertools
import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pytest
from matplotlib.collections import PathCollection
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.patches import Circle, FancyArrowPatch

import stakeholder_map as skm
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting.flow import FLOW_COLORS, plot_information_flow
from stakeholder_map.plotting.network import (
    plot_influence_gap,
    plot_network,
    save_network_views,
)


def _arrows(ax: plt.Axes) -> list[FancyArrowPatch]:
    return [p for p in ax.patches if isinstance(p, FancyArrowPatch)]


def _nodes(ax: plt.Axes) -> PathCollection:
    return next(c for c in ax.collections if isinstance(c, PathCollection))


def _legend_texts(ax: plt.Axes) -> list[str]:
    legend = ax.get_legend()
    assert legend is not None
    return [t.get_text() for t in legend.get_texts()]


# --------------------------------------------------------------------------
# plot_network
# --------------------------------------------------------------------------


def test_plot_network_artists(tiny_map: skm.StakeholderMap) -> None:
    fig, ax = plt.subplots()
    out = plot_network(tiny_map, ax=ax, alpha=0.5)
    assert out is ax
    nodes = _nodes(ax)
    assert len(nodes.get_offsets()) == 4
    assert nodes.get_alpha() == 0.5  # kwargs reach Axes.scatter
    arrows = _arrows(ax)
    assert len(arrows) == 3
    # the mutual collaboration b-d has no arrowhead, the others do
    styles = sorted(type(a.get_arrowstyle()).__name__ for a in arrows)
    assert styles == ["Curve", "CurveFilledB", "CurveFilledB"]
    texts = _legend_texts(ax)
    assert texts[0] == "Relation"
    assert {"Funding", "Information", "Collaboration"} <= set(texts)
    assert "Category" in texts
    labels = sorted(t.get_text() for t in ax.texts if t.get_visible())
    assert labels == ["Alpha", "Beta", "Delta", "Gamma"]
    assert skm.plotting.label_overlaps(ax).ok
    fig.savefig(io.BytesIO(), format="png")


def test_plot_network_size_color_and_dutch(example_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots(figsize=(12, 7))
    plot_network(example_map, ax=ax, size="pagerank", color="power", lang="nl", seed=3)
    df = skm.analysis.centrality(example_map)
    sizes = _nodes(ax).get_sizes()
    assert np.argmax(sizes) == list(df.index).index(df["pagerank"].idxmax())
    texts = _legend_texts(ax)
    assert "Relatie" in texts
    assert "Informatie" in texts
    assert "PageRank" in texts
    assert "Macht" in texts
    assert skm.plotting.label_overlaps(ax).ok


def test_plot_network_deterministic_and_pos(tiny_map: skm.StakeholderMap) -> None:
    _, (ax1, ax2, ax3) = plt.subplots(1, 3)
    plot_network(tiny_map, ax=ax1, seed=5)
    plot_network(tiny_map, ax=ax2, seed=5)
    np.testing.assert_allclose(_nodes(ax1).get_offsets(), _nodes(ax2).get_offsets())
    pos = {"a": (0, 0), "b": (1, 0), "c": (0, 1), "d": (1, 1)}
    plot_network(tiny_map, ax=ax3, pos=pos, label=None)
    np.testing.assert_allclose(_nodes(ax3).get_offsets(), [pos[i] for i in "abcd"])
    assert not [t for t in ax3.texts if t.get_visible()]


def test_plot_network_filters_and_metrics(example_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots(figsize=(12, 7))
    holes = skm.analysis.structural_holes(example_map)
    plot_network(
        example_map,
        ax=ax,
        kinds="information",
        metrics=holes,
        size="effective_size",
        color=None,
        layout="kamada_kawai",
        lang="en",
    )
    n_info = sum(r.kind == "information" for r in example_map.relations)
    assert len(_arrows(ax)) == n_info
    assert "Effective size (Burt)" in _legend_texts(ax)


def test_plot_network_towers(tiny_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_network(tiny_map, ax=ax, tower="power", color=None)
    discs = [c for c in ax.collections if isinstance(c, PathCollection)][1:]
    # power 5, 4, 1, 2 on a 1..5 scale: one disc per point from the minimum
    assert sum(len(c.get_offsets()) for c in discs) == 5 + 4 + 1 + 2
    assert "Tower: Power" in _legend_texts(ax)
    assert skm.plotting.label_overlaps(ax).ok


def test_plot_network_many_categories_share_grey(
    example_map: skm.StakeholderMap,
) -> None:
    _, ax = plt.subplots(figsize=(12, 7))
    plot_network(example_map, ax=ax, label=None, lang="en")
    texts = _legend_texts(ax)
    assert "Other" in texts
    faces = {tuple(np.round(f, 3)) for f in _nodes(ax).get_facecolors()}
    assert len(faces) <= len(skm.plotting.CATEGORICAL_PALETTE)


def test_plot_network_errors(tiny_map: skm.StakeholderMap) -> None:
    with pytest.raises(ValueError, match="`layout` must be one of"):
        plot_network(tiny_map, layout="sprnig")
    with pytest.raises(ValueError, match=r"`size` must be a column.*'influence'"):
        plot_network(tiny_map, size="influence")
    with pytest.raises(ValueError, match="`pos` must give a position"):
        plot_network(tiny_map, pos={"a": (0, 0)})
    with pytest.raises(ValueError, match="`lang` must be one of"):
        plot_network(tiny_map, lang="de")


def test_plot_network_graph_input() -> None:
    _, ax = plt.subplots()
    G = nx.krackhardt_kite_graph()
    plot_network(G, ax=ax, size="betweenness", color=None)
    assert len(_nodes(ax).get_offsets()) == 10
    assert all(type(a.get_arrowstyle()).__name__ == "Curve" for a in _arrows(ax))
    assert skm.plotting.label_overlaps(ax).ok


# --------------------------------------------------------------------------
# plot_information_flow
# --------------------------------------------------------------------------


def test_plot_information_flow(example_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots(figsize=(12, 7))
    out = plot_information_flow(
        example_map, source="huis_van_het_kind", ax=ax, lang="en"
    )
    assert out is ax
    df = skm.analysis.information_flow(example_map, source="huis_van_het_kind")
    nodes = _nodes(ax)
    offsets = nodes.get_offsets()
    assert len(offsets) == len(df)
    # the source sits in the centre, rings are ordered by steps
    i = list(df.index).index("huis_van_het_kind")
    np.testing.assert_allclose(offsets[i], [0, 0])
    dist = np.hypot(offsets[:, 0], offsets[:, 1])
    steps = df["steps"].fillna(99).to_numpy()
    assert (np.diff(dist[np.argsort(steps, kind="stable")]) >= -1e-9).all()
    # one arrow per receiver (from the one who told it), three rings
    assert len(_arrows(ax)) == int(df["reached"].sum()) - 1
    assert len([p for p in ax.patches if isinstance(p, Circle)]) == 3
    # single points of failure get a red edge
    edges = nodes.get_edgecolors()
    red = np.array(plt.matplotlib.colors.to_rgba(FLOW_COLORS["spof"]))
    spof = df["single_point_of_failure"].to_numpy()
    assert all(np.allclose(edges[k], red) == bool(spof[k]) for k in range(len(df)))
    assert "Single point of failure" in _legend_texts(ax)
    assert skm.plotting.label_overlaps(ax).ok


def test_plot_information_flow_from_frame(tiny_map: skm.StakeholderMap) -> None:
    df = skm.analysis.information_flow(tiny_map, source="a", kinds=None)
    _, ax = plt.subplots()
    plot_information_flow(df, ax=ax, lang="nl", s=50)
    assert "Bron" in _legend_texts(ax)
    assert (_nodes(ax).get_sizes() == 50).all()
    with pytest.raises(ValueError, match="`source` is required"):
        plot_information_flow(tiny_map)
    with pytest.raises(ValueError, match="lacks"):
        plot_information_flow(df.drop(columns="via"))


# --------------------------------------------------------------------------
# plot_influence_gap
# --------------------------------------------------------------------------


def test_plot_influence_gap(example_map: skm.StakeholderMap) -> None:
    with pytest.warns(StakeholderMapWarning, match="zonder `power`"):  # Dutch map
        df = skm.analysis.influence_gap(example_map)
    _, ax = plt.subplots(figsize=(12, 7))
    out = plot_influence_gap(df, ax=ax, lang="nl")
    assert out is ax
    assert len(_nodes(ax).get_offsets()) == len(df)
    flagged = int((df["flag"] != "consistent").sum())
    assert len([t for t in ax.texts if t.get_visible()]) == flagged
    assert ax.get_xlabel() == "Ingeschatte macht (percentiel)"
    assert "Verborgen makelaar" in _legend_texts(ax)
    assert skm.plotting.label_overlaps(ax).ok


def _label(ax: plt.Axes) -> str:
    return " ".join(ax.get_ylabel().split())


def test_plot_influence_gap_names_the_kinds_it_counts(
    example_map: skm.StakeholderMap,
) -> None:
    # An information hub has no influence through authority, funding or advice:
    # the axis says so before the hub reads as a paper tiger (broken into lines
    # where it is longer than the axis).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        ax = plot_influence_gap(example_map, ax=plt.subplots()[1])
        assert _label(ax) == (
            "Invloed via relaties van gezag, financiering en advies (percentiel)"
        )
        ax = plot_influence_gap(example_map, ax=plt.subplots()[1], lang="en")
        assert _label(ax) == (
            "Influence through authority, funding and advice relations (percentile)"
        )
        every = skm.analysis.influence_gap(example_map, kinds=None)
        ax = plot_influence_gap(every, ax=plt.subplots()[1], lang="nl")
        assert _label(ax) == "Invloed via alle relaties (percentiel)"
        own = skm.analysis.influence_gap(example_map, kinds="doorverwijzing")
        ax = plot_influence_gap(own, ax=plt.subplots()[1], lang="en")
        assert _label(ax) == "Influence through doorverwijzing relations (percentile)"
        # a frame without the analysis' attrs keeps the general name
        bare = every.copy()
        bare.attrs = {}
        ax = plot_influence_gap(bare, ax=plt.subplots()[1], lang="nl")
        assert _label(ax) == "Invloed in het netwerk (percentiel)"
    plt.close("all")


def test_plot_influence_gap_from_map_labels_all(
    example_map: skm.StakeholderMap,
) -> None:
    _, ax = plt.subplots(figsize=(12, 7))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        plot_influence_gap(example_map, ax=ax, label_all=True)
    placed = [t for t in ax.texts if t.get_visible()]
    assert len(placed) == len(example_map) - 2
    # identical positions are spread apart so every dot shows
    offsets = _nodes(ax).get_offsets()
    assert len(np.unique(np.round(offsets, 6), axis=0)) == len(offsets)


# --------------------------------------------------------------------------
# Files for the command line
# --------------------------------------------------------------------------


def test_save_network_views(example_map: skm.StakeholderMap, tmp_path: Path) -> None:
    paths = save_network_views(example_map, tmp_path / "out", formats=("png", "svg"))
    assert [p.name for p in paths] == [
        "network.png",
        "network.svg",
        "information_flow.png",
        "information_flow.svg",
        "influence_gap.png",
        "influence_gap.svg",
    ]
    assert all(p.stat().st_size > 1000 for p in paths)
    assert paths[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not plt.get_fignums()
    with pytest.raises(ValueError, match="`formats`"):
        save_network_views(example_map, tmp_path, formats=("gif",))


# --------------------------------------------------------------------------
# Legends, colours and titles (review fixes)
# --------------------------------------------------------------------------


def _legend_entry_overlaps(ax: plt.Axes) -> list[str]:
    """Pairs of legend entries whose handle or text boxes overlap."""
    fig = ax.get_figure()
    assert fig is not None
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    legend = ax.get_legend()
    assert legend is not None
    entries = []
    for handle, text in zip(legend.legend_handles, legend.get_texts(), strict=True):
        boxes = [text.get_window_extent(renderer)]
        if handle is not None:
            box = handle.get_window_extent(renderer)
            if box.width > 0 and box.height > 0:
                boxes.append(box)
        entries.append((text.get_text(), [b.padded(-0.5) for b in boxes]))
    found = []
    for i, (name_i, boxes_i) in enumerate(entries):
        for name_j, boxes_j in entries[i + 1 :]:
            if any(a.overlaps(b) for a in boxes_i for b in boxes_j):
                found.append(f"{name_i!r} overlaps {name_j!r}")
    return found


@pytest.mark.parametrize("style", ["slides", "notebook"])
@pytest.mark.parametrize("size", ["pagerank", "betweenness"])
def test_network_size_legend_does_not_overlap_itself(
    example_map: skm.StakeholderMap, style: str, size: str
) -> None:
    with skm.plotting.theme(style):
        _, ax = plt.subplots()
        plot_network(example_map, ax=ax, size=size, tower="power", lang="nl")
    assert _legend_entry_overlaps(ax) == []
    texts = _legend_texts(ax)
    heading = texts.index("PageRank" if size == "pagerank" else "Tussenpositie")
    # the size section stays in one column, under its heading
    legend = ax.get_legend()
    assert legend is not None
    x = [t.get_window_extent().x0 for t in legend.get_texts()]
    assert len({round(v) for v in x[heading : heading + 4]}) == 1


def test_network_integer_column_is_categories(
    example_map: skm.StakeholderMap,
) -> None:
    df = skm.analysis.communities(example_map)
    assert df["community"].dtype.kind == "i"
    _, ax = plt.subplots()
    plot_network(example_map, ax=ax, metrics=df, color="community", lang="en")
    texts = _legend_texts(ax)
    heading = texts.index("Community")
    groups = sorted(df["community"].unique().tolist())
    assert texts[heading + 1 : heading + 1 + len(groups)] == [str(g) for g in groups]
    palette = skm.plotting.CATEGORICAL_PALETTE
    faces = _nodes(ax).get_facecolors()
    for node, face in zip(list(df.index), faces, strict=True):
        group = int(df.loc[node, "community"])
        assert to_hex(face) == palette[groups.index(group)].lower()


def test_network_without_categories_falls_back_to_one_colour() -> None:
    smap = skm.StakeholderMap(
        name="Zonder categorieën",
        stakeholders=[
            skm.Stakeholder(id="a", name="Gemeente"),
            skm.Stakeholder(id="b", name="OCMW"),
            skm.Stakeholder(id="c", name="CLB"),
        ],
        relations=[
            skm.Relation(source="a", target="b", kind="information"),
            skm.Relation(source="b", target="c", kind="collaboration"),
        ],
    )
    _, ax = plt.subplots()
    plot_network(smap, ax=ax, lang="en")
    faces = {to_hex(f) for f in _nodes(ax).get_facecolors()}
    assert len(faces) == 1
    assert "Category" not in _legend_texts(ax)
    with pytest.raises(ValueError, match="`color` must be a column"):
        plot_network(smap, ax=ax, color="sector")


def test_network_title_keeps_clear_of_the_slide_edge(
    example_map: skm.StakeholderMap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    figures: list[Figure] = []
    monkeypatch.setattr(plt, "close", figures.append)
    save_network_views(example_map, tmp_path, formats=("png",))
    fig = figures[0]
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    ax = fig.axes[0]
    title = ax.title.get_window_extent(renderer)
    assert ax.title.get_text() == "Netwerk van partners"
    # at least a tenth of an inch between the title and the top of the slide
    assert fig.bbox.y1 - title.y1 >= 0.1 * fig.dpi - 0.5
    legend = ax.get_legend()
    assert legend is not None
    assert not title.overlaps(legend.get_window_extent(renderer))
    labels = [t for t in ax.texts if t.get_visible()]
    assert not any(title.overlaps(t.get_window_extent(renderer)) for t in labels)


def test_spring_layout_packs_components_instead_of_a_blob() -> None:
    import numpy as np

    from stakeholder_map.plotting.network import _layout

    # 20 partners with 35 relations among them, one pair, four without relations.
    rng = np.random.default_rng(3)
    people = [skm.Stakeholder(id=f"p{i}", name=f"P{i}") for i in range(26)]
    pairs = {(i, i + 1) for i in range(19)}  # connected
    while len(pairs) < 35:
        a, b = sorted(int(v) for v in rng.choice(20, size=2, replace=False))
        pairs.add((a, b))
    links = [
        skm.Relation(source=f"p{a}", target=f"p{b}", kind="collaboration")
        for a, b in sorted(pairs)
    ]
    links.append(skm.Relation(source="p20", target="p21", kind="information"))
    smap = skm.StakeholderMap(name="Nieuw", stakeholders=people, relations=links)
    pos = _layout(skm.to_graph(smap), "spring", 0, None)
    xy = np.array([pos[f"p{i}"] for i in range(26)])
    extent = np.ptp(xy, axis=0).max()
    main = xy[:20]
    # The connected partners fill a good part of the figure, not a blob...
    assert np.ptp(main, axis=0).max() > 0.45 * extent
    # ...with room between neighbours...
    gaps = np.linalg.norm(main[:, None] - main[None], axis=-1)
    np.fill_diagonal(gaps, np.inf)
    assert gaps.min(axis=1).mean() > 0.04 * extent
    # ...and the lone partners sit close to the rest, not flung far away.
    for k in range(22, 26):
        others = np.delete(xy, k, axis=0)
        assert np.linalg.norm(others - xy[k], axis=1).min() < 0.25 * extent


def test_dutch_figures_write_decimal_commas(example_map: skm.StakeholderMap) -> None:
    fig, (a1, a2) = plt.subplots(1, 2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        plot_influence_gap(example_map, ax=a1, lang="nl")
        plot_influence_gap(example_map, ax=a2, lang="en")
    fig.canvas.draw()
    nl = [t.get_text() for t in a1.get_xticklabels() + a1.get_yticklabels()]
    en = [t.get_text() for t in a2.get_xticklabels() + a2.get_yticklabels()]
    assert any("," in t for t in nl), nl
    assert not any("." in t for t in nl), nl
    assert any("." in t for t in en), en
    plt.close(fig)


# --------------------------------------------------------------------------
# edges and arrows keep clear of the labels
# --------------------------------------------------------------------------


def _edge_label_crossings(ax: plt.Axes, tolerance: float = 0.5) -> list[str]:
    """Return "label x arrow" for every arrow running through a label's box.

    Measured after drawing, in display units: each arrow's drawn path (line and
    head, from marker edge to marker edge) is sampled every half pixel, and a
    sample deeper than ``tolerance`` inside a visible label's box (a name or a
    number) is a crossing. The rule holds for every label, its own node's edges
    included: those start at the marker's edge, so they cross a label only when
    it sits in their way.
    """
    fig = ax.get_figure()
    assert fig is not None
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    placement = next(
        a for a in ax.get_children() if isinstance(a, skm.plotting.LabelPlacement)
    )
    labels = [t for t in placement.texts if t.get_visible() and t.get_text()]
    boxes = np.asarray([t.get_window_extent(renderer).extents for t in labels])
    assert len(boxes)
    found = []
    for k, arrow in enumerate(_arrows(ax)):
        path = arrow.get_transform().transform_path(arrow.get_path())
        samples = []
        for poly in path.to_polygons(closed_only=False):
            for a, b in itertools.pairwise(poly):
                n = max(2, int(np.hypot(*(b - a)) / 0.5) + 2)
                samples.append(a + (b - a) * np.linspace(0, 1, n)[:, None])
        if not samples:
            continue
        pts = np.concatenate(samples)
        inside = (
            (pts[:, None, 0] > boxes[None, :, 0] + tolerance)
            & (pts[:, None, 0] < boxes[None, :, 2] - tolerance)
            & (pts[:, None, 1] > boxes[None, :, 1] + tolerance)
            & (pts[:, None, 1] < boxes[None, :, 3] - tolerance)
        ).any(axis=0)
        found += [
            f"{labels[j].get_text()!r} x arrow {k}" for j in np.flatnonzero(inside)
        ]
    return found


def _random_network(seed: int, n: int = 25, m: int = 40) -> skm.StakeholderMap:
    """A random map with ``m`` random collaborations between ``n`` stakeholders."""
    from tests.plotting.conftest import make_random_map

    smap = make_random_map(seed, n)
    rng = np.random.default_rng(seed + 1000)
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < m:
        a, b = (int(v) for v in rng.integers(0, n, size=2))
        if a != b:
            pairs.add((a, b))
    relations = tuple(
        skm.Relation(source=f"s{a}", target=f"s{b}", kind="collaborates")
        for a, b in sorted(pairs)
    )
    return smap.model_copy(update={"relations": relations})


@pytest.mark.parametrize("figsize", [(8, 6), (6, 4)])
@pytest.mark.parametrize("view", ["network", "information_flow"])
def test_edges_do_not_run_through_labels_on_the_example(
    example_map: skm.StakeholderMap, view: str, figsize: tuple[float, float]
) -> None:
    # Before the arrows were obstacles: 65 and 23 crossings (network), 40 and
    # 21 (information flow), at (8, 6) and (6, 4).
    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    if view == "network":
        plot_network(example_map, ax=ax)
    else:
        plot_information_flow(example_map, source="huis_van_het_kind", ax=ax)
    assert _edge_label_crossings(ax) == []
    assert skm.plotting.label_overlaps(ax).ok


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("view", ["network", "information_flow"])
def test_edges_do_not_run_through_labels_on_random_maps(seed: int, view: str) -> None:
    smap = _random_network(seed)
    placements = []
    for _ in range(2):
        _, ax = plt.subplots(figsize=(6, 4), layout="constrained")
        if view == "network":
            plot_network(smap, ax=ax)
        else:
            plot_information_flow(smap, source="s0", kinds=None, ax=ax)
        assert _edge_label_crossings(ax) == []
        assert skm.plotting.label_overlaps(ax).ok
        placement = next(
            a for a in ax.get_children() if isinstance(a, skm.plotting.LabelPlacement)
        )
        placements.append(
            (placement.status, [t.get_position() for t in placement.texts])
        )
    assert placements[0] == placements[1]  # placement stays deterministic
