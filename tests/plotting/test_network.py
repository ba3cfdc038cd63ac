"""Network, information-flow and influence-gap plots: artists, not pixels."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pytest
from matplotlib.collections import PathCollection
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
        plot_network(tiny_map, lang="fr")


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
    with pytest.warns(StakeholderMapWarning, match="without `power`"):
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
