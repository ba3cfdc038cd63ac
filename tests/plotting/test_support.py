"""plot_support_balance: diverging bars per theme with the net balance."""

from __future__ import annotations

import io
import warnings

import matplotlib.pyplot as plt
import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting import LabelPlacement, label_overlaps, theme
from stakeholder_map.plotting.support import plot_support_balance


@pytest.fixture
def small() -> skm.StakeholderMap:
    return skm.StakeholderMap(
        stakeholders=[
            {"id": "a", "name": "A", "power": 5, "attitude": 2},
            {"id": "b", "name": "B", "power": 4, "attitude": -1},
            {"id": "c", "name": "C", "power": 1, "attitude": 0},
            {"id": "d", "name": "D", "power": 2, "attitude": 1},
        ],
        interests=[{"id": "t1", "name": "Theme one"}],
        stakes=[
            {"stakeholder_id": "a", "interest_id": "t1", "position": -1},
            {"stakeholder_id": "c", "interest_id": "t1", "position": 2},
        ],
    )


def _bars(ax: plt.Axes, side: str) -> list[tuple[float, float]]:
    return [
        (round(p.get_x(), 6), round(p.get_width(), 6))
        for p in ax.patches
        if p.get_gid() == f"support:{side}"
    ]


def test_shares_by_hand(small: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    assert plot_support_balance(small, ax=ax) is ax
    # overall: support 7, neutral 1, opposition 4 of 12; theme one: 1, 0, 5 of 6
    neutral = 100 / 12

    def flat(side: str) -> list[float]:
        return [v for bar in _bars(ax, side) for v in bar]

    assert flat("neutral") == pytest.approx([-neutral / 2, neutral, 0.0, 0.0])
    assert flat("support") == pytest.approx([neutral / 2, 700 / 12, 0.0, 100 / 6])
    assert flat("opposition") == pytest.approx(
        [-neutral / 2 - 400 / 12, 400 / 12, -500 / 6, 500 / 6]
    )
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Overall", "Theme one"]
    placement = next(a for a in ax.get_children() if isinstance(a, LabelPlacement))
    assert [t.get_text() for t in placement.texts] == ["net +25%", "net -67%"]
    assert label_overlaps(ax).ok


def test_sums_of_power_and_dutch(small: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    plot_support_balance(small, ax=ax, shares=False, lang="nl", interest="overall")
    assert _bars(ax, "support") == [(0.5, 7.0)]
    assert ax.get_xlabel() == "Macht"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "Steun",
        "Neutraal",
        "Tegenstand",
    ]


def test_example_on_a_slide(example_map: skm.StakeholderMap) -> None:
    with theme("slides"):
        fig, ax = plt.subplots()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", StakeholderMapWarning)
            plot_support_balance(example_map, ax=ax, color="k")
    report = label_overlaps(ax)
    assert report.ok, report.details
    assert len(ax.get_yticklabels()) == 1 + len(example_map.interests)
    fig.savefig(io.BytesIO(), format="png")


def test_theme_without_stances(small: skm.StakeholderMap) -> None:
    smap = small.model_copy(
        update={"interests": (*small.interests, skm.Interest(id="t2", name="Empty"))}
    )
    _fig, ax = plt.subplots()
    plot_support_balance(smap, ax=ax)
    assert _bars(ax, "support")[2] == (0.0, 0.0)
    placement = next(a for a in ax.get_children() if isinstance(a, LabelPlacement))
    assert len(placement.texts) == 2  # no net balance for the empty theme
