"""Markers on a threshold line move to its high side even when the threshold is
computed a rounding error off (the mean of 1.0, 1.4 and 1.8 is 1.4000000000000001)."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.figure import Figure

import stakeholder_map as skm

POWERS = {"a": 1.0, "b": 1.4, "c": 1.8}
CUT = sum(POWERS.values()) / 3


def _tie_map() -> skm.StakeholderMap:
    return skm.StakeholderMap(
        name="Ties",
        stakeholders=[
            skm.Stakeholder(id=sid, name=sid.upper(), power=p, interest=4, attitude=1)
            for sid, p in POWERS.items()
        ],
    )


def _marker_y(ax: object, name: str) -> float:
    """The y of the marker labelled ``name`` (markers come in data order)."""
    offsets = np.asarray(ax.collections[0].get_offsets())  # type: ignore[attr-defined]
    return float(offsets[list(POWERS).index(name.lower()), 1])


def test_the_threshold_rounds_off() -> None:
    assert CUT > 1.4


@pytest.mark.parametrize(
    "plot",
    [
        skm.plotting.plot_power_interest,
        skm.plotting.plot_attitude_grid,
        skm.plotting.plot_stakeholder_cube,
    ],
)
def test_a_marker_on_the_mean_moves_to_the_high_side(plot: object) -> None:
    ax = Figure().add_subplot()
    plot(_tie_map(), threshold="mean", ax=ax)  # type: ignore[operator]
    assert _marker_y(ax, "B") > CUT + 0.01
    assert _marker_y(ax, "A") < CUT


def test_a_cube_marker_on_the_mean_interest_moves_off_the_wall() -> None:
    # The mean of 1.0, 2.7, 4.4 is 2.7, computed as 2.7000000000000006; the gap
    # survives the panel's shift of the interest axis.
    interest = {"a": 1.0, "b": 2.7, "c": 4.4}
    assert sum(interest.values()) / 3 > 2.7
    smap = skm.StakeholderMap(
        name="Ties",
        stakeholders=[
            skm.Stakeholder(id=sid, name=sid.upper(), power=4, interest=i, attitude=1)
            for sid, i in interest.items()
        ],
    )
    ax = skm.plotting.plot_stakeholder_cube(
        smap, threshold="mean", ax=Figure().add_subplot()
    )
    x = np.asarray(ax.collections[0].get_offsets())[:, 0]
    # C sits off the wall at its score, so B's own point is C's minus 1.7; on
    # the wall, B moves to the high (right) side.
    assert x[1] > x[2] - 1.7 + 0.05
