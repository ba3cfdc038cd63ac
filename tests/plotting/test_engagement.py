"""plot_engagement_matrix: C and D marks in the right cells, arrows for gaps."""

from __future__ import annotations

import io
import itertools
import warnings

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.colors import to_hex
from matplotlib.patches import FancyArrowPatch

import stakeholder_map as skm
from stakeholder_map.analysis import engagement_gap
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting import theme
from stakeholder_map.plotting.engagement import DIRECTION_COLORS, plot_engagement_matrix


@pytest.fixture
def levels() -> skm.StakeholderMap:
    return skm.StakeholderMap(
        stakeholders=[
            {
                "id": "a",
                "name": "A",
                "engagement_current": "neutral",
                "engagement_desired": "neutral",
            },
            {
                "id": "b",
                "name": "B",
                "engagement_current": "unaware",
                "engagement_desired": "leading",
            },
            {
                "id": "c",
                "name": "C",
                "engagement_current": "leading",
                "engagement_desired": "supportive",
            },
        ]
    )


def _collection(ax: plt.Axes, gid: str):  # type: ignore[no-untyped-def]
    return next(c for c in ax.collections if c.get_gid() == gid)


def test_marks_and_arrows_by_hand(levels: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    assert plot_engagement_matrix(levels, ax=ax) is ax
    # sorted by |gap|: B (4), C (1), A (0)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["B", "C", "A"]
    current = _collection(ax, "engagement:current").get_offsets()
    desired = _collection(ax, "engagement:desired").get_offsets()
    assert np.allclose(current, [[0, 0], [4, 1], [2 - 0.17, 2]])
    assert np.allclose(desired, [[4, 0], [3, 1], [2 + 0.17, 2]])
    arrows = {p.get_gid(): p for p in ax.patches if isinstance(p, FancyArrowPatch)}
    assert set(arrows) == {"engagement-arrow:b", "engagement-arrow:c"}
    assert (
        to_hex(arrows["engagement-arrow:b"].get_edgecolor())
        == DIRECTION_COLORS["raise"]
    )
    assert (
        to_hex(arrows["engagement-arrow:c"].get_edgecolor())
        == DIRECTION_COLORS["lower"]
    )
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "Unaware",
        "Resistant",
        "Neutral",
        "Supportive",
        "Leading",
    ]


def test_dutch_marks_and_legend(levels: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    plot_engagement_matrix(levels, ax=ax, lang="nl", sort=None)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "B", "C"]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == [
        "H: Huidig",
        "G: Gewenst",
        "Betrokkenheid verhogen",
        "Betrokkenheid verlagen",
    ]


def test_top_and_row_labels_fit(example_map: skm.StakeholderMap) -> None:
    with theme("slides"):
        fig, ax = plt.subplots()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", StakeholderMapWarning)
            plot_engagement_matrix(example_map, ax=ax)
            gaps = engagement_gap(example_map)
    assert len(ax.get_yticklabels()) == len(gaps)
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.get_yticklabels()]
    for upper, lower in itertools.pairwise(boxes):
        assert upper.y0 >= lower.y1 - 0.5  # names never overlap
    _fig2, ax2 = plt.subplots()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        plot_engagement_matrix(example_map, ax=ax2, top=5)
    assert len(ax2.get_yticklabels()) == 5
    fig.savefig(io.BytesIO(), format="png")


def test_kwargs_and_errors(levels: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    plot_engagement_matrix(levels, ax=ax, legend=False, linewidths=3)
    assert ax.get_legend() is None
    assert _collection(ax, "engagement:current").get_linewidths()[0] == 3
    with pytest.raises(ValueError, match="`sort` must be one of"):
        plot_engagement_matrix(levels, sort="name")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="`top` must be"):
        plot_engagement_matrix(levels, top=0)
