"""plot_power_interest and PowerInterestGrid: artists, not pixels."""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable
from typing import Any

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.axes import Axes
from matplotlib.collections import PathCollection
from matplotlib.colors import to_hex
from matplotlib.patches import Rectangle

import stakeholder_map as skm
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting import (
    ATTITUDE_PALETTE,
    NOT_ASSESSED_COLOR,
    LabelPlacement,
    PowerInterestGrid,
    label_overlaps,
    plot_power_interest,
    theme,
)


def _markers(ax: Axes) -> PathCollection:
    colls = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert len(colls) == 1
    return colls[0]


def _placement(ax: Axes) -> LabelPlacement:
    (placement,) = [a for a in ax.get_children() if isinstance(a, LabelPlacement)]
    return placement


def _quadrant_patches(ax: Axes) -> dict[str, Rectangle]:
    return {
        str(p.get_gid()).split(":", 1)[1]: p
        for p in ax.patches
        if isinstance(p, Rectangle) and str(p.get_gid()).startswith("quadrant:")
    }


def _titles(ax: Axes) -> dict[str, str]:
    return {
        str(t.get_gid()).split(":", 1)[1]: t.get_text()
        for t in ax.texts
        if str(t.get_gid()).startswith("quadrant-title:")
    }


@pytest.fixture
def spread_map() -> skm.StakeholderMap:
    """Six stakeholders with distinct scores (no ties), one without an attitude."""
    rows = [
        ("gemeente", "Gemeente", 5, 4, 1),
        ("ocmw", "OCMW", 4.5, 2, -1),
        ("clb", "CLB", 2, 4.5, 0),
        ("ouders", "Ouders", 1.5, 1.5, 2),
        ("school", "School", 3.5, 3.2, -2),
        ("bib", "Bibliotheek", 2.5, 1, None),
    ]
    return skm.StakeholderMap(
        name="Spread",
        stakeholders=[
            skm.Stakeholder(id=i, name=n, power=p, interest=q, attitude=a)
            for i, n, p, q, a in rows
        ],
    )


# -- the plot-function contract -------------------------------------------------------


def test_returns_the_axes_it_was_given(spread_map: skm.StakeholderMap) -> None:
    fig, ax = plt.subplots()
    assert plot_power_interest(spread_map, ax=ax) is ax
    assert plt.get_fignums() == [fig.number]


def test_without_ax_it_draws_on_the_current_axes(
    spread_map: skm.StakeholderMap,
) -> None:
    _, ax = plt.subplots()
    assert plot_power_interest(spread_map) is ax


def test_offsets_are_the_data(spread_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_power_interest(spread_map, ax=ax)
    offsets = np.asarray(_markers(ax).get_offsets())
    expected = [(s.interest, s.power) for s in spread_map.stakeholders]
    np.testing.assert_allclose(offsets, expected)


def test_labels_are_the_names(spread_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_power_interest(spread_map, ax=ax)
    placement = _placement(ax)
    assert placement.status == ("direct",) * 6
    assert [t.get_text() for t in placement.texts] == [
        s.name for s in spread_map.stakeholders
    ]


def test_four_quadrants_with_titles_and_axis_titles(
    spread_map: skm.StakeholderMap,
) -> None:
    _, ax = plt.subplots()
    plot_power_interest(spread_map, ax=ax)
    patches = _quadrant_patches(ax)
    assert set(patches) == {q.value for q in skm.Quadrant}
    # manage closely is the top right: high interest (x) and high power (y).
    mc = patches["manage_closely"]
    assert (mc.get_x(), mc.get_y()) == (3.0, 3.0)
    assert _titles(ax) == {
        "manage_closely": "Manage closely",
        "keep_satisfied": "Keep satisfied",
        "keep_informed": "Keep informed",
        "monitor": "Monitor",
    }
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Interest", "Power")
    lo, hi = ax.get_xlim()
    assert lo < 1 < 5 < hi
    assert ax.get_ylim() == (lo, hi)


def test_dutch_titles_axis_titles_and_legend(spread_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_power_interest(spread_map, ax=ax, labels="nl")
    assert _titles(ax)["manage_closely"] == "Nauw betrekken"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Belang", "Macht")
    legend = ax.get_legend()
    assert legend.get_title().get_text() == "Houding"
    assert [t.get_text() for t in legend.get_texts()] == [
        "Sterk tegen",
        "Eerder tegen",
        "Neutraal",
        "Eerder voor",
        "Sterk voor",
        "niet beoordeeld",
    ]


def test_a_dutch_map_is_plotted_in_dutch_by_default(
    spread_map: skm.StakeholderMap,
) -> None:
    dutch = spread_map.model_copy(update={"language": "nl"})
    _, ax = plt.subplots()
    plot_power_interest(dutch, ax=ax)
    assert ax.get_xlabel() == "Belang"
    # The label set and the language can differ (e.g. Eden & Ackermann in Dutch).
    _, ax2 = plt.subplots()
    plot_power_interest(spread_map, ax=ax2, labels="eden_ackermann", lang="nl")
    assert _titles(ax2)["manage_closely"] == "Players"
    assert ax2.get_ylabel() == "Macht"


def test_markers_are_coloured_by_attitude(spread_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_power_interest(spread_map, ax=ax)
    faces = [to_hex(c) for c in _markers(ax).get_facecolors()]
    expected = [ATTITUDE_PALETTE[a] for a in (1, -1, 0, 2, -2)] + [NOT_ASSESSED_COLOR]
    assert faces == expected
    legend = ax.get_legend()
    assert [t.get_text() for t in legend.get_texts()] == [
        "Strongly opposed",
        "Opposed",
        "Neutral",
        "Supportive",
        "Strongly supportive",
        "not assessed",
    ]
    handles = [to_hex(h.get_markerfacecolor()) for h in legend.legend_handles]
    assert handles == [*ATTITUDE_PALETTE.values(), NOT_ASSESSED_COLOR]


def test_legend_lists_no_not_assessed_when_all_are_assessed(
    spread_map: skm.StakeholderMap,
) -> None:
    df = skm.analysis.power_interest(spread_map).dropna(subset=["attitude"])
    _, ax = plt.subplots()
    plot_power_interest(df, ax=ax)
    assert len(ax.get_legend().get_texts()) == 5


def test_hue_quadrant_category_and_none(spread_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_power_interest(spread_map, ax=ax, hue="quadrant")
    texts = [t.get_text() for t in ax.get_legend().get_texts()]
    assert texts == ["Manage closely", "Keep satisfied", "Keep informed", "Monitor"]
    _, ax2 = plt.subplots()
    plot_power_interest(spread_map, ax=ax2, hue=None)
    assert ax2.get_legend() is None
    assert len({to_hex(c) for c in _markers(ax2).get_facecolors()}) == 1


def test_palette_dict_and_list(spread_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_power_interest(spread_map, ax=ax, palette={2: "#000000"})
    faces = [to_hex(c) for c in _markers(ax).get_facecolors()]
    assert faces[3] == "#000000"  # Ouders: attitude +2
    _, ax2 = plt.subplots()
    plot_power_interest(spread_map, ax=ax2, hue="quadrant", palette=["red", "blue"])
    assert {to_hex(c) for c in _markers(ax2).get_facecolors()} == {"#ff0000", "#0000ff"}


def test_kwargs_reach_the_scatter(spread_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_power_interest(spread_map, ax=ax, alpha=0.4, s=150, marker="s")
    markers = _markers(ax)
    assert markers.get_alpha() == 0.4
    assert set(markers.get_sizes()) == {150}


def test_size_maps_a_column_to_marker_areas(spread_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_power_interest(spread_map, ax=ax, size="power", sizes=(20, 200))
    sizes = _markers(ax).get_sizes()
    assert sizes.min() == pytest.approx(20)
    assert sizes.max() == pytest.approx(200)
    assert sizes[0] == pytest.approx(200)  # Gemeente has the most power
    label_overlaps(ax)  # labels keep clear of the larger markers too
    assert label_overlaps(ax).total == 0


def test_unknown_columns_are_clear_errors(spread_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    with pytest.raises(ValueError, match=r"`hue` must be a column of `data` or None"):
        plot_power_interest(spread_map, ax=ax, hue="sector")
    with pytest.raises(ValueError, match=r"`label` must be a column"):
        plot_power_interest(spread_map, ax=ax, label="naam")
    with pytest.raises(ValueError, match=r"`labels` must be one of"):
        plot_power_interest(spread_map, ax=ax, labels="klingon")
    with pytest.raises(TypeError, match=r"`data` must be a StakeholderMap"):
        plot_power_interest([1, 2, 3], ax=ax)  # type: ignore[arg-type]


def test_label_none_and_short_names(spread_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_power_interest(spread_map, ax=ax, label=None)
    assert not [a for a in ax.get_children() if isinstance(a, LabelPlacement)]
    people = list(spread_map.stakeholders)
    people[0] = people[0].model_copy(update={"short_name": "Gem."})
    smap = spread_map.model_copy(update={"stakeholders": tuple(people)})
    _, ax2 = plt.subplots()
    plot_power_interest(smap, ax=ax2, label="short_name")
    texts = [t.get_text() for t in _placement(ax2).texts]
    assert texts[:2] == ["Gem.", "OCMW"]  # falls back to the name


def test_label_kws_reach_the_placer(spread_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_power_interest(
        spread_map, ax=ax, label_kws={"fontsize": 7, "text_kws": {"color": "red"}}
    )
    text = _placement(ax).texts[0]
    assert text.get_fontsize() == 7
    assert to_hex(text.get_color()) == "#ff0000"


def test_quadrant_kws_reach_the_patches(spread_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_power_interest(
        spread_map, ax=ax, quadrant_kws={"alpha": 0.3, "title_kws": {"fontsize": 9}}
    )
    assert {p.get_alpha() for p in _quadrant_patches(ax).values()} == {0.3}
    titles = [t for t in ax.texts if str(t.get_gid()).startswith("quadrant-title:")]
    assert {t.get_fontsize() for t in titles} == {9}


def test_savefig_png_and_svg(spread_map: skm.StakeholderMap) -> None:
    fig, ax = plt.subplots()
    plot_power_interest(spread_map, ax=ax)
    for fmt, magic in (("png", b"\x89PNG"), ("svg", b"<?xml")):
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt)
        assert buf.getvalue().startswith(magic)


def test_no_global_side_effects(spread_map: skm.StakeholderMap) -> None:
    before = dict(mpl.rcParams)
    fig, ax = plt.subplots()
    plot_power_interest(spread_map, ax=ax)
    assert dict(mpl.rcParams) == before
    assert plt.get_fignums() == [fig.number]


# -- DataFrame input and thresholds ---------------------------------------------------


def test_dataframe_input_uses_its_thresholds(spread_map: skm.StakeholderMap) -> None:
    df = skm.analysis.power_interest(spread_map, threshold="median")
    _, ax = plt.subplots()
    plot_power_interest(df, ax=ax)
    mc = _quadrant_patches(ax)["manage_closely"]
    assert (mc.get_x(), mc.get_y()) == (
        df.attrs["thresholds"]["interest"],
        df.attrs["thresholds"]["power"],
    )
    np.testing.assert_allclose(
        np.asarray(_markers(ax).get_offsets()), df[["interest", "power"]].to_numpy()
    )


def test_a_plain_dataframe_is_classified_with_the_threshold() -> None:
    df = pd.DataFrame(
        {"name": ["A", "B"], "power": [2.0, 8.0], "interest": [9.0, 1.0]},
        index=pd.Index(["a", "b"], name="stakeholder_id"),
    )
    grid = PowerInterestGrid((0, 10))
    _, ax = plt.subplots()
    plot_power_interest(df, ax=ax, grid=grid, hue="quadrant")
    texts = [t.get_text() for t in ax.get_legend().get_texts()]
    assert texts == ["Keep satisfied", "Keep informed"]
    assert ax.get_xlim()[1] > 10


def test_threshold_for_a_map(spread_map: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_power_interest(spread_map, ax=ax, threshold=4)
    mc = _quadrant_patches(ax)["manage_closely"]
    assert (mc.get_x(), mc.get_y()) == (4.0, 4.0)


# -- the canvas -----------------------------------------------------------------------


def test_grid_canvas_pieces(spread_map: skm.StakeholderMap) -> None:
    grid = PowerInterestGrid((1, 5), thresholds=(4, 2), labels="johnson_scholes")
    assert grid.thresholds == {"power": 4.0, "interest": 2.0}
    assert grid.quadrant_of(4, interest=2) == skm.Quadrant.MANAGE_CLOSELY
    assert grid.quadrant_of(3.9, interest=1) == skm.Quadrant.MONITOR
    _, ax = plt.subplots()
    assert grid.draw(ax) is ax
    assert _titles(ax)["monitor"] == "Minimal effort"
    df = skm.analysis.power_interest(spread_map)
    markers = grid.scatter(df, ax=ax, hue="category")
    assert len(markers.get_offsets()) == len(df)
    placement = grid.annotate(df, ax=ax, sizes=markers.get_sizes())
    assert [t.get_text() for t in placement.texts] == df["name"].tolist()
    assert label_overlaps(ax).total == 0
    assert "PowerInterestGrid(scale=(1.0, 5.0)" in repr(grid)


def test_grid_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="`labels` must give a title for every"):
        PowerInterestGrid(labels={"monitor": "Kijken"})
    with pytest.raises(ValueError, match="`aspect` must be one of"):
        PowerInterestGrid(aspect="square")
    with pytest.raises(ValueError, match="`lang` must be one of"):
        PowerInterestGrid(lang="de")
    custom = PowerInterestGrid(
        labels={q.value: q.value.upper() for q in skm.Quadrant}, aspect="equal"
    )
    _, ax = plt.subplots()
    custom.draw(ax)
    assert _titles(ax)["monitor"] == "MONITOR"
    assert ax.get_aspect() == 1.0


def test_ties_are_spread_but_never_across_a_threshold() -> None:
    people = [
        skm.Stakeholder(id=f"t{i}", name=f"Tie {i}", power=3, interest=3)
        for i in range(5)
    ] + [skm.Stakeholder(id="x", name="Other", power=4, interest=2)]
    smap = skm.StakeholderMap(name="ties", stakeholders=people)
    _, ax = plt.subplots()
    plot_power_interest(smap, ax=ax)
    offsets = np.asarray(_markers(ax).get_offsets())
    ties = offsets[:5]
    assert len({tuple(p) for p in ties.round(6)}) == 5  # all apart
    assert (ties >= 3).all()  # on both thresholds: they stay high (manage closely)
    np.testing.assert_allclose(offsets[5], (2, 4))
    _, ax2 = plt.subplots()
    plot_power_interest(smap, ax=ax2, dodge=False)
    np.testing.assert_allclose(np.asarray(_markers(ax2).get_offsets())[:5], 3)
    assert label_overlaps(ax).total == 0


# -- the example map ------------------------------------------------------------------


@pytest.mark.parametrize("theme_name", ["slides", "notebook"])
@pytest.mark.parametrize("label", ["name", "short_name"])
def test_example_map_has_no_overlaps(
    example_or_skip: skm.StakeholderMap, theme_name: str, label: str
) -> None:
    with theme(theme_name):
        fig, ax = plt.subplots()
        with pytest.warns(StakeholderMapWarning, match="weggelaten"):
            plot_power_interest(example_or_skip, ax=ax, label=label)
        fig.canvas.draw()
    placement = _placement(ax)
    report = label_overlaps(ax)
    assert report.total == 0, "\n".join(report.details)
    assert not placement.omitted
    assert ax.get_xlabel() == "Belang"  # the example map is Dutch
    renderer = fig.canvas.get_renderer()
    if placement.key is not None:
        key = placement.key.get_window_extent(renderer)
        assert key.x0 >= ax.bbox.x1
        assert key.x1 <= fig.bbox.x1 + 1
        assert key.y0 >= fig.bbox.y0 - 1
    legend = ax.get_legend().get_window_extent(renderer)
    assert legend.y1 <= ax.bbox.y0  # below the axes
    assert fig.bbox.x0 - 1 <= legend.x0 <= legend.x1 <= fig.bbox.x1 + 1


def test_example_map_in_the_grid_as_random_maps(
    random_map: Callable[..., skm.StakeholderMap],
) -> None:
    # Scores on the integer scale: many ties, spread and labelled without overlap.
    smap = random_map(11, 40, integer=True)
    _, ax = plt.subplots()
    plot_power_interest(smap, ax=ax)
    assert label_overlaps(ax).total == 0


def test_two_grids_side_by_side_keep_their_room(
    example_or_skip: skm.StakeholderMap,
) -> None:
    with theme("notebook"):
        fig, (ax1, ax2) = plt.subplots(1, 2)
        with pytest.warns(StakeholderMapWarning, match="weggelaten"):
            plot_power_interest(example_or_skip, ax=ax1, label="short_name")
        with pytest.warns(StakeholderMapWarning, match="weggelaten"):
            plot_power_interest(example_or_skip, ax=ax2, hue="quadrant")
        fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    for ax in (ax1, ax2):
        assert label_overlaps(ax).total == 0
        assert ax.bbox.width > 0.25 * fig.bbox.width  # no axes squeezed away
        titles = [t for t in ax.texts if str(t.get_gid()).startswith("quadrant-title")]
        boxes = [t.get_window_extent(renderer) for t in titles]
        assert not any(
            a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :]
        )
    key = _placement(ax1).key
    assert key is not None
    assert not key.get_window_extent(renderer).overlaps(ax2.bbox)


def _assert_titles_fit_their_quadrants(ax: Axes, visible: int | None = 4) -> None:
    """Each quadrant title lies inside its own quadrant; no two overlap.

    ``visible`` titles are drawn (None: any number; a title that cannot be
    read in its quadrant is not drawn).
    """
    fig = ax.get_figure()
    assert fig is not None
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    cut_x = ax.get_lines()[0].get_xdata()[0]  # the interest threshold line
    cut_y = ax.get_lines()[1].get_ydata()[0]  # the power threshold line
    tx, ty = ax.transData.transform((cut_x, cut_y))
    box = ax.bbox
    spans = {
        "manage_closely": (tx, box.x1, ty, box.y1),
        "keep_satisfied": (box.x0, tx, ty, box.y1),
        "keep_informed": (tx, box.x1, box.y0, ty),
        "monitor": (box.x0, tx, box.y0, ty),
    }
    boxes = []
    for title in ax.texts:
        gid = str(title.get_gid())
        if not gid.startswith("quadrant-title:") or not title.get_visible():
            continue
        ext = title.get_window_extent(renderer)
        x0, x1, y0, y1 = spans[gid.split(":")[1]]
        where = f"{title.get_text()!r} {ext.extents.round(1)} in {x0, x1, y0, y1}"
        assert x0 - 0.5 <= ext.x0, where
        assert ext.x1 <= x1 + 0.5, where
        assert y0 - 0.5 <= ext.y0, where
        assert ext.y1 <= y1 + 0.5, where
        boxes.append(ext)
    assert visible is None or len(boxes) == visible
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


@pytest.mark.parametrize("style", ["slides", "notebook"])
def test_quadrant_titles_fit_the_overview_grid(
    example_map: skm.StakeholderMap, style: str
) -> None:
    with theme(style), warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        fig = skm.plotting.plot_overview(example_map, figsize=(10, 7.5))
    _assert_titles_fit_their_quadrants(fig.axes[0])
    assert label_overlaps(fig.axes[0]).ok


@pytest.mark.parametrize(
    ("plot", "visible"),
    [
        (lambda m, ax: plot_power_interest(m, ax=ax, threshold=(4.2, 4.2)), None),
        (lambda m, ax: plot_power_interest(m, ax=ax, threshold=(1.8, 1.8)), None),
        (lambda m, ax: skm.plotting.plot_movement(m, ax=ax), 4),
        (lambda m, ax: skm.plotting.plot_rating_spread(m, ax=ax), 4),
    ],
    ids=["high_thresholds", "low_thresholds", "movement", "spread"],
)
def test_quadrant_titles_fit_narrow_grids(
    example_map: skm.StakeholderMap, plot: Any, visible: int | None
) -> None:
    with theme("notebook"), warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        _, axes = plt.subplots(1, 3, figsize=(11, 4))
        plot(example_map, axes[0])
    _assert_titles_fit_their_quadrants(axes[0], visible)
    # the wide quadrants' titles are always there
    assert sum(t.get_visible() for t in PowerInterestGrid().titles(axes[0])) >= 2
    assert label_overlaps(axes[0]).total == 0


def test_quadrant_titles_fit_small_multiples(example_map: skm.StakeholderMap) -> None:
    maps = {"Voorjaar": example_map, "Najaar": example_map, "Winter": example_map}
    with theme("notebook"), warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        fig = skm.plotting.plot_compare_many(maps, figsize=(9, 3.5))
    for ax in fig.axes:
        _assert_titles_fit_their_quadrants(ax)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_quadrant_titles_shrink_and_wrap_on_very_narrow_grids(
    example_map: skm.StakeholderMap, lang: str
) -> None:
    with theme("slides"), warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        _, axes = plt.subplots(1, 4)
        plot_power_interest(example_map, ax=axes[0], lang=lang, labels=lang, label=None)
    _assert_titles_fit_their_quadrants(axes[0])


def test_quadrant_titles_without_room_are_not_drawn(
    example_map: skm.StakeholderMap,
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        fig = plt.figure(figsize=(6, 4))
        ax = fig.add_axes((0.1, 0.1, 0.12, 0.5))  # 0.7 inch wide
        plot_power_interest(example_map, ax=ax, threshold=4.5, label=None)
    # The narrow right-hand quadrants cannot hold a readable title.
    _assert_titles_fit_their_quadrants(ax, visible=2)
    shown = {t.get_gid() for t in ax.texts if t.get_visible()}
    assert shown == {"quadrant-title:keep_satisfied", "quadrant-title:monitor"}
    ax.set_position((0.1, 0.1, 0.8, 0.8))  # room again: every title comes back
    _assert_titles_fit_their_quadrants(ax)


def _tied_map() -> skm.StakeholderMap:
    """Ties on the thresholds (3) and at the ends of the scale (1 and 5)."""
    points = [(5, 5)] * 5 + [(3, 3)] * 4 + [(4, 3), (3, 2)] + [(1, 1)] * 6
    points += [(5, 1)] * 3 + [(3, 5)] * 3
    people = [
        skm.Stakeholder(id=f"s{i}", name=f"S{i}", power=p, interest=i_, attitude=1)
        for i, (p, i_) in enumerate(points)
    ]
    return skm.StakeholderMap(name="Ties", stakeholders=people)


def test_spread_stays_inside_the_scale_and_the_quadrant() -> None:
    smap = _tied_map()
    df = skm.analysis.power_interest(smap)
    xy = skm.plotting.PowerInterestGrid().positions(df)
    assert xy.min() >= 1.0
    assert xy.max() <= 5.0
    high_x = (df["interest"] >= 3).to_numpy()
    high_y = (df["power"] >= 3).to_numpy()
    # Strictly on the high side of each threshold: no marker on the line.
    assert (xy[high_x, 0] > 3).all()
    assert (xy[~high_x, 0] < 3).all()
    assert (xy[high_y, 1] > 3).all()
    assert (xy[~high_y, 1] < 3).all()
    # A lone stakeholder on a threshold moves off the line as well.
    lone = df.index.get_loc("s10")  # power 3, interest 2
    assert xy[lone, 1] > 3
    assert xy[lone, 0] == 2


def test_cube_and_attitude_spread_inside_the_scale() -> None:
    from stakeholder_map.plotting import plot_attitude_grid, plot_stakeholder_cube

    smap = _tied_map()
    fig, (a1, a2) = plt.subplots(1, 2)
    # Two plots side by side on a 6.4-inch figure: the narrowest cells are too
    # small for their titles, which are left out and said so.
    with pytest.warns(StakeholderMapWarning, match="do not fit inside their cell"):
        plot_stakeholder_cube(smap, ax=a1, label=None)
    with pytest.warns(StakeholderMapWarning, match="do not fit inside their cell"):
        plot_attitude_grid(smap, ax=a2, label=None)
    for ax, gid in ((a1, "cube:stakeholders"), (a2, "attitude:stakeholders")):
        [markers] = [c for c in ax.collections if c.get_gid() == gid]
        y = markers.get_offsets()[:, 1]
        assert y.min() >= 1.0, gid
        assert y.max() <= 5.0, gid
        power = np.array([s.power for s in smap.stakeholders], dtype=float)
        assert (y[power >= 3] > 3).all(), gid
        assert (y[power < 3] < 3).all(), gid
    plt.close(fig)
