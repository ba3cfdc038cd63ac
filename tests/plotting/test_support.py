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
    # power rescaled to 0..1 (a 1, b 0.75, c 0, d 0.25): overall support 1.25,
    # neutral 0, opposition 0.75 of 2; theme one: support 0 (c weighs 0), opp. 1

    def flat(side: str) -> list[float]:
        return [v for bar in _bars(ax, side) for v in bar]

    assert flat("neutral") == pytest.approx([0.0, 0.0, 0.0, 0.0])
    assert flat("support") == pytest.approx([0.0, 62.5, 0.0, 0.0])
    assert flat("opposition") == pytest.approx([-37.5, 37.5, -100.0, 100.0])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Overall", "Theme one"]
    placement = next(a for a in ax.get_children() if isinstance(a, LabelPlacement))
    assert [t.get_text() for t in placement.texts] == ["net +25%", "net -100%"]
    assert label_overlaps(ax).ok


def test_sums_of_power_and_dutch(small: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    plot_support_balance(small, ax=ax, shares=False, lang="nl", interest="overall")
    # sums of power rescaled to 0..1; neutral c weighs 0
    assert _bars(ax, "support") == [(0.0, 1.25)]
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
