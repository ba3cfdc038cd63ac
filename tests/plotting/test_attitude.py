"""plot_attitude_grid: bands, cell titles, markers and labels."""

from __future__ import annotations

import io
import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex

import stakeholder_map as skm
from stakeholder_map.analysis import attitude_grid
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting import (
    ATTITUDE_PALETTE,
    LabelPlacement,
    label_overlaps,
    theme,
)
from stakeholder_map.plotting.attitude import plot_attitude_grid


def _quiet(func, *args, **kwargs):  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        return func(*args, **kwargs)


def _markers(ax: plt.Axes):  # type: ignore[no-untyped-def]
    return next(c for c in ax.collections if c.get_gid() == "attitude:stakeholders")


@pytest.mark.parametrize("style", ["notebook", "slides"])
def test_example_without_overlaps(example_map: skm.StakeholderMap, style: str) -> None:
    with theme(style):
        fig, ax = plt.subplots()
        assert _quiet(plot_attitude_grid, example_map, ax=ax) is ax
    report = label_overlaps(ax)
    assert report.ok, report.details
    df = _quiet(attitude_grid, example_map)
    assert len(_markers(ax).get_offsets()) == len(df)
    fig.savefig(io.BytesIO(), format="svg")


def test_cells_titles_and_bands(tiny_map: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    _quiet(plot_attitude_grid, tiny_map, ax=ax, lang="nl")
    titles = {t.get_gid(): t.get_text() for t in ax.texts if t.get_gid()}
    assert titles["attitude-cell:key_ally"] == "Sleutelbondgenoot"
    assert titles["attitude-cell:key_opponent"] == "Invloedrijke tegenstander"
    assert titles["attitude-cell:bystander"] == "Toeschouwer"
    assert len([g for g in titles if g.startswith("attitude-cell:")]) == 6
    bands = {
        p.get_gid(): p
        for p in ax.patches
        if (p.get_gid() or "").startswith("attitude-band:")
    }
    assert set(bands) == {
        "attitude-band:opposed",
        "attitude-band:neutral",
        "attitude-band:supportive",
    }
    assert ax.get_xlabel() == "Houding"
    assert ax.get_ylabel() == "Macht"
    assert next(t.get_text() for t in ax.get_xticklabels()) == "Sterk tegen"


def test_markers_by_hand(tiny_map: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    _quiet(plot_attitude_grid, tiny_map, ax=ax)
    markers = _markers(ax)
    # Alpha (attitude 2, power 5), Beta (-1, 4), Gamma (0, 1); Delta has no attitude.
    assert np.allclose(markers.get_offsets(), [[2, 5], [-1, 4], [0, 1]])
    colors = [to_hex(c) for c in markers.get_facecolors()]
    assert colors == [ATTITUDE_PALETTE[2], ATTITUDE_PALETTE[-1], ATTITUDE_PALETTE[0]]
    placement = next(a for a in ax.get_children() if isinstance(a, LabelPlacement))
    assert [t.get_text() for t in placement.texts] == ["Alpha", "Beta", "Gamma"]
    threshold = [line for line in ax.lines if line.get_gid() == "threshold:power"]
    assert threshold[0].get_ydata()[0] == 3.0


def test_ties_spread_but_not_across_the_threshold() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            {"name": n, "power": 3, "attitude": 1} for n in ("A", "B", "C", "D")
        ]
    )
    _fig, ax = plt.subplots()
    plot_attitude_grid(smap, ax=ax)
    xy = _markers(ax).get_offsets()
    assert len({tuple(p) for p in np.round(xy, 6)}) == 4
    assert (xy[:, 1] >= 3).all()


def test_frame_input_kwargs_and_no_labels(tiny_map: skm.StakeholderMap) -> None:
    df = _quiet(attitude_grid, tiny_map)
    _fig, ax = plt.subplots()
    plot_attitude_grid(df, ax=ax, label=None, marker="D", s=90)
    markers = _markers(ax)
    assert markers.get_sizes().tolist() == [90.0]
    assert not [a for a in ax.get_children() if isinstance(a, LabelPlacement)]


def test_influence_axis(tiny_map: skm.StakeholderMap) -> None:
    influence = pd.Series({"a": 0.1, "b": 0.9, "c": 0.5})
    df = _quiet(attitude_grid, tiny_map, influence=influence)
    _fig, ax = plt.subplots()
    plot_attitude_grid(df, ax=ax, lang="en", label="name")
    assert ax.get_ylabel() == "Influence"


def test_errors(tiny_map: skm.StakeholderMap) -> None:
    with pytest.raises(ValueError, match="`lang` must be one of"):
        _quiet(plot_attitude_grid, tiny_map, lang="de")
    with pytest.raises(ValueError, match="`label` must be a column"):
        _quiet(plot_attitude_grid, tiny_map, label="nope")
    with pytest.raises(ValueError, match="missing"):
        plot_attitude_grid(pd.DataFrame({"name": ["A"]}))
