"""plot_priority: the ring's segments encode the index components."""

from __future__ import annotations

import io
import warnings

import matplotlib.pyplot as plt
import pytest
from matplotlib.colors import to_hex
from matplotlib.patches import Wedge

import stakeholder_map as skm
from stakeholder_map.analysis import priority
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting import LabelPlacement, label_overlaps, theme
from stakeholder_map.plotting.priority import PROXIMITY_COLORS, plot_priority


def _quiet(func, *args, **kwargs):  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        return func(*args, **kwargs)


def _wedges(ax: plt.Axes) -> dict[str, Wedge]:
    return {
        p.get_gid().split(":")[1]: p
        for p in ax.patches
        if isinstance(p, Wedge) and (p.get_gid() or "").startswith("priority:")
    }


@pytest.fixture
def three() -> skm.StakeholderMap:
    return skm.StakeholderMap(
        stakeholders=[
            {"id": "a", "name": "A", "power": 5, "proximity": 5, "urgency": 5},
            {"id": "b", "name": "B", "power": 1, "proximity": 1, "urgency": 1},
            {"id": "c", "name": "C", "power": 3, "proximity": 3, "urgency": 3},
        ]
    )


def test_segments_by_hand(three: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    assert plot_priority(three, ax=ax) is ax
    wedges = _wedges(ax)
    assert list(wedges) == ["a", "c", "b"]  # rank order, clockwise from 12
    # arc width: 0.25 + rescaled power -> 1.25, 0.75, 0.25 of 2.25 in total
    spans = {k: w.theta2 - w.theta1 for k, w in wedges.items()}
    assert spans == pytest.approx({"a": 200.0, "c": 120.0, "b": 40.0})
    assert wedges["a"].theta2 == pytest.approx(90.0)  # starts at twelve o'clock
    # radial depth: 0.3 + 0.7 x rescaled urgency
    assert {k: w.width for k, w in wedges.items()} == pytest.approx(
        {"a": 1.0, "c": 0.65, "b": 0.3}
    )
    # colour: proximity bands, far (light) to close (dark)
    colors = {k: to_hex(w.get_facecolor()) for k, w in wedges.items()}
    assert colors == {
        "a": PROXIMITY_COLORS[-1],
        "c": PROXIMITY_COLORS[2],
        "b": PROXIMITY_COLORS[0],
    }


def test_numbers_and_legend(three: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    plot_priority(three, ax=ax, lang="nl")
    placement = next(a for a in ax.get_children() if isinstance(a, LabelPlacement))
    assert [t.get_text() for t in placement.texts] == ["1", "2", "3"]
    assert placement.status == ("direct", "direct", "direct")
    legends = [a for a in ax.get_children() if type(a).__name__ == "Legend"]
    texts = [t.get_text() for leg in legends for t in leg.get_texts()]
    assert "1. A (1.00)" in texts
    assert "3. B (0.00)" in texts
    titles = [leg.get_title().get_text() for leg in legends]
    assert sorted(titles) == ["Nabijheid", "Prioriteit"]
    assert label_overlaps(ax).ok


def test_top_keeps_ties(example_map: skm.StakeholderMap) -> None:
    with theme("slides"):
        fig, ax = plt.subplots()
        _quiet(plot_priority, example_map, ax=ax, top=5)
    ranked = _quiet(priority, example_map, top=5)
    assert list(_wedges(ax)) == ranked.index.tolist()
    assert label_overlaps(ax).ok
    fig.savefig(io.BytesIO(), format="png")


def test_kwargs_and_no_legend(three: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    plot_priority(three, ax=ax, legend=False, edgecolor="black")
    assert {to_hex(w.get_edgecolor()) for w in _wedges(ax).values()} == {"#000000"}
    assert ax.get_legend() is None


def test_errors(three: skm.StakeholderMap) -> None:
    with pytest.raises(ValueError, match="`top` must be"):
        plot_priority(three, top=0)
    with pytest.raises(ValueError, match="`weights` must have"):
        plot_priority(three, weights={"power": 1})
