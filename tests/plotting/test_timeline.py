from __future__ import annotations

import io

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.patches import FancyArrowPatch

import stakeholder_map as skm
from stakeholder_map.analysis import compare, history, movement
from stakeholder_map.plotting import label_overlaps, theme
from stakeholder_map.plotting.timeline import (
    MOVED_COLOR,
    plot_history,
    plot_movement,
)


@pytest.fixture
def before() -> skm.StakeholderMap:
    return skm.StakeholderMap(
        name="Voorjaar",
        stakeholders=[
            skm.Stakeholder(id="ocmw", name="OCMW", power=4, interest=2),
            skm.Stakeholder(id="clb", name="CLB", power=2, interest=4),
            skm.Stakeholder(id="school", name="School", power=2, interest=2),
            skm.Stakeholder(id="pers", name="Pers", power=1, interest=1),
        ],
    )


@pytest.fixture
def after() -> skm.StakeholderMap:
    return skm.StakeholderMap(
        name="Najaar",
        stakeholders=[
            skm.Stakeholder(id="ocmw", name="OCMW", power=4, interest=4),
            skm.Stakeholder(id="clb", name="CLB", power=2, interest=5),
            skm.Stakeholder(id="school", name="School", power=2, interest=2),
            skm.Stakeholder(id="bib", name="Bibliotheek", power=2, interest=3),
        ],
    )


def _by_gid(ax: plt.Axes, gid: str) -> list[object]:
    return [a for a in [*ax.collections, *ax.patches] if a.get_gid() == gid]


def test_movement_arrows(before: skm.StakeholderMap, after: skm.StakeholderMap) -> None:
    fig, ax = plt.subplots()
    out = plot_movement(before, after, ax=ax)
    assert out is ax
    moved = _by_gid(ax, "move:quadrant")
    still = _by_gid(ax, "move")
    assert len(moved) == 1  # OCMW: keep_satisfied -> manage_closely
    assert len(still) == 1  # CLB moved within keep_informed; School did not move
    arrow = moved[0]
    assert isinstance(arrow, FancyArrowPatch)
    assert to_hex(arrow.get_edgecolor()) == MOVED_COLOR.lower()
    old = _by_gid(ax, "before")[0].get_offsets()
    new = _by_gid(ax, "after")[0].get_offsets()
    # hollow markers where a stakeholder moved or left: ocmw, clb, pers
    np.testing.assert_allclose(old, [[2, 4], [4, 2], [1, 1]])
    assert len(new) == 4  # ocmw, clb, school, bib
    labels = {t.get_text() for t in ax.texts if t.get_visible()}
    assert {"OCMW", "CLB", "Pers", "Bibliotheek"} <= labels
    assert "School" not in labels  # unchanged: not labelled by default
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Moved quadrant" in legend
    assert label_overlaps(ax).total == 0
    fig.savefig(io.BytesIO(), format="png")


def test_movement_inputs_agree(
    before: skm.StakeholderMap, after: skm.StakeholderMap
) -> None:
    offsets = []
    for data in (
        (before, after),
        (compare(before, after),),
        (movement(before, after),),
    ):
        _, ax = plt.subplots()
        plot_movement(*data, ax=ax, label_which="all")
        offsets.append(_by_gid(ax, "after")[0].get_offsets())
        assert "School" in {t.get_text() for t in ax.texts if t.get_visible()}
    np.testing.assert_allclose(offsets[0], offsets[1])
    np.testing.assert_allclose(offsets[0], offsets[2])


def test_movement_options(
    before: skm.StakeholderMap, after: skm.StakeholderMap
) -> None:
    _, ax = plt.subplots()
    plot_movement(
        before, after, ax=ax, label_which="moved", lang="nl", arrow_kws={"alpha": 0.5}
    )
    labels = {t.get_text() for t in ax.texts if t.get_visible()}
    assert "OCMW" in labels
    assert "CLB" not in labels
    assert _by_gid(ax, "move:quadrant")[0].get_alpha() == 0.5
    assert ax.get_ylabel() == "Macht"
    with pytest.raises(ValueError, match="`label_which` must be one of"):
        plot_movement(before, after, ax=ax, label_which="some")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"columns .* are missing"):
        plot_movement(movement(before, after)[["name"]], ax=ax)


def test_movement_example_slide(example_map: skm.StakeholderMap) -> None:
    with theme("slides"):
        _, ax = plt.subplots()
        plot_movement(example_map, ax=ax)
    assert len(_by_gid(ax, "move:quadrant")) == len(compare(example_map).moved)
    assert label_overlaps(ax).total == 0


def _dated() -> skm.StakeholderMap:
    a = skm.Assessment
    return skm.StakeholderMap(
        name="Huis",
        stakeholders=[
            skm.Stakeholder(id="x", name="Xavier", short_name="X"),
            skm.Stakeholder(id="y", name="Yvonne"),
        ],
        assessments=[
            a(stakeholder_id="x", rater="An", date="2026-01-10", power=1, interest=4),
            a(stakeholder_id="x", rater="An", date="2026-06-10", power=4, interest=4),
            a(stakeholder_id="y", rater="An", date="2026-01-10", power=1, interest=2),
            a(stakeholder_id="y", rater="An", date="2026-06-10", power=2, interest=2),
        ],
    )


def test_history_lines() -> None:
    fig, ax = plt.subplots()
    out = plot_history(_dated(), ax=ax, stakeholder_id=["x", "y"])
    assert out is ax
    gids = [line.get_gid() for line in ax.get_lines() if line.get_gid()]
    assert gids == ["x:power", "x:interest", "y:power", "y:interest"]
    lines = {line.get_gid(): line.get_ydata() for line in ax.get_lines()}
    # Points on the same spot are spread by 3.5 % of the scale (0.14 here):
    # x's and y's power meet at 1 in January; in June x's power and interest
    # meet at 4, and y's at 2.
    np.testing.assert_allclose(lines["x:power"], [1 - 0.07, 4 - 0.07])
    np.testing.assert_allclose(lines["y:power"], [1 + 0.07, 2 - 0.07])
    np.testing.assert_allclose(lines["x:interest"], [4, 4 + 0.07])
    np.testing.assert_allclose(lines["y:interest"], [2, 2 + 0.07])
    labels = {t.get_text() for t in ax.texts if t.get_visible()}
    assert labels == {"X", "Yvonne"}  # short name where there is one
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[:2] == ["Power", "Interest"]
    assert label_overlaps(ax).total == 0
    fig.savefig(io.BytesIO(), format="png")


def test_history_default_picks_movers_and_accepts_frames() -> None:
    _, ax = plt.subplots()
    plot_history(_dated(), ax=ax, max_lines=1)
    gids = {line.get_gid() for line in ax.get_lines() if line.get_gid()}
    assert gids == {"x:power", "x:interest"}  # x changed quadrant
    _, ax = plt.subplots()
    plot_history(history(_dated()), ax=ax, stakeholder_id="y", dimensions=["power"])
    assert ax.get_ylabel() == "Power"
    assert [line.get_gid() for line in ax.get_lines() if line.get_gid()] == ["y:power"]


def test_history_of_labelled_maps() -> None:
    one = skm.StakeholderMap(stakeholders=[{"name": "A", "power": 1, "interest": 2}])
    two = skm.StakeholderMap(stakeholders=[{"name": "A", "power": 3, "interest": 2}])
    _, ax = plt.subplots()
    plot_history({"voorjaar": one, "najaar": two}, ax=ax, stakeholder_id="a")
    assert [t.get_text() for t in ax.get_xticklabels()] == ["voorjaar", "najaar"]


def test_history_errors() -> None:
    _, ax = plt.subplots()
    with pytest.raises(ValueError, match="cannot mix attitude"):
        plot_history(_dated(), ax=ax, dimensions=["power", "attitude"])
    with pytest.raises(ValueError, match="`dimensions` must be one of"):
        plot_history(_dated(), ax=ax, dimensions=["macht"])
    with pytest.raises(ValueError, match="`max_lines` must be at least 1"):
        plot_history(_dated(), ax=ax, max_lines=0)
    with pytest.raises(ValueError, match="indexed by \\(stakeholder_id, date\\)"):
        plot_history(history(_dated()).reset_index(), ax=ax)


def test_movement_labels_with_short_names_from_every_input(
    before: skm.StakeholderMap, after: skm.StakeholderMap
) -> None:
    def shorten(smap: skm.StakeholderMap) -> skm.StakeholderMap:
        people = [
            s.model_copy(
                update={"name": f"{s.name} van Vlasbeke", "short_name": s.name}
            )
            if s.id != "clb"
            else s.model_copy(update={"name": "Vrij CLB Vlasbeke"})
            for s in smap.stakeholders
        ]
        return smap.model_copy(update={"stakeholders": tuple(people)})

    old, new = shorten(before), shorten(after)
    df = movement(old, new)
    assert df.loc["ocmw", "short_name"] == "OCMW"
    assert pd.isna(df.loc["clb", "short_name"])
    for data in ((old, new), (compare(old, new),), (df,)):
        _, ax = plt.subplots()
        plot_movement(*data, ax=ax)
        labels = {t.get_text() for t in ax.texts if t.get_visible()}
        # short names where there are any, the full name where there is none
        assert {"OCMW", "Pers", "Bibliotheek", "Vrij CLB Vlasbeke"} <= labels
    _, ax = plt.subplots()
    plot_movement(df, ax=ax, label="name")
    assert "OCMW van Vlasbeke" in {t.get_text() for t in ax.texts if t.get_visible()}


@pytest.mark.parametrize("style", ["slides", "notebook"])
@pytest.mark.parametrize("which", ["changed", "all"])
def test_movement_labels_keep_off_the_arrows(
    example_map: skm.StakeholderMap, style: str, which: str
) -> None:
    with theme(style):
        _, ax = plt.subplots()
        plot_movement(example_map, ax=ax, label_which=which)  # type: ignore[arg-type]
    arrows = [p for p in ax.patches if isinstance(p, FancyArrowPatch)]
    assert len(arrows) >= 4
    report = label_overlaps(ax, avoid=arrows)
    assert report.n_labels >= 4
    assert report.label_avoid == 0, report.details
    assert label_overlaps(ax).total == 0
