"""The label placer: no overlaps (measured with renderer boxes), numbering, leaders."""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

import stakeholder_map as skm
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting import (
    LabelPlacement,
    OverlapReport,
    label_overlaps,
    place_labels,
    plot_power_interest,
    theme,
)

LONG = (
    "Vereniging waar armen het woord nemen, afdeling Vlasbeke-Noord en omliggende "
    "deelgemeenten"
)


def _axes(figsize: tuple[float, float] = (6.4, 4.8)) -> Axes:
    """An Axes on a figure with an Agg canvas, outside pyplot."""
    fig = Figure(figsize=figsize)
    FigureCanvasAgg(fig)
    return fig.add_subplot()


def _renderer(ax: Axes) -> RendererAgg:
    canvas = ax.figure.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    return canvas.get_renderer()


def _placement(ax: Axes) -> LabelPlacement:
    found = [a for a in ax.get_children() if isinstance(a, LabelPlacement)]
    assert len(found) == 1
    return found[0]


def _scatter_axes(
    n: int, seed: int = 0, *, figsize: tuple[float, float] = (8, 5)
) -> tuple[Axes, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(0, 10, n), rng.uniform(0, 10, n)
    ax = _axes(figsize)
    ax.scatter(x, y)
    ax.set_xlim(-1, 11)
    ax.set_ylim(-1, 11)
    return ax, x, y


def _assert_clean(report: OverlapReport) -> None:
    assert report.total == 0, "\n".join(report.details)


# -- the basic contract ---------------------------------------------------------------


def test_labels_are_placed_next_to_their_markers() -> None:
    ax, x, y = _scatter_axes(5)
    names = ["Gemeente", "OCMW", "CLB", "Huisartsen", "Ouders"]
    placement = place_labels(ax, x, y, names)
    assert isinstance(placement, LabelPlacement)
    assert placement.status == ("direct",) * 5
    assert [t.get_text() for t in placement.texts] == names
    assert placement.names == tuple(names)
    assert all(t in ax.texts for t in placement.texts)
    assert placement.key is None
    assert placement.leaders == [None] * 5
    # Right next to its marker: within a few font sizes.
    renderer = _renderer(ax)
    pts = ax.transData.transform(np.column_stack([x, y]))
    for text, (px, py) in zip(placement.texts, pts, strict=True):
        box = text.get_window_extent(renderer)
        dx = max(box.x0 - px, 0, px - box.x1)
        dy = max(box.y0 - py, 0, py - box.y1)
        assert np.hypot(dx, dy) < 3 * text.get_fontsize()
    _assert_clean(label_overlaps(ax))


def test_length_mismatch_is_a_clear_error() -> None:
    ax, x, y = _scatter_axes(3)
    with pytest.raises(ValueError, match=r"`x`, `y` and `texts` must have the same"):
        place_labels(ax, x, y, ["a", "b"])
    with pytest.raises(ValueError, match=r"`sizes` must be one value or 3"):
        place_labels(ax, x, y, ["a", "b", "c"], sizes=[1, 2])
    with pytest.raises(ValueError, match=r"`priority` must have 3 values"):
        place_labels(ax, x, y, ["a", "b", "c"], priority=[1])


def test_nan_positions_are_omitted_quietly() -> None:
    ax, x, y = _scatter_axes(3)
    x[1] = np.nan
    placement = place_labels(ax, x, y, ["a", "b", "c"])
    assert placement.status == ("direct", "omitted", "direct")
    assert not placement.texts[1].get_visible()


def test_priority_places_important_labels_first() -> None:
    # Two markers close together: the one with the higher priority gets the best
    # spot (to the right of its marker).
    ax = _axes((4, 3))
    x, y = np.array([5.0, 5.0]), np.array([5.0, 5.15])
    ax.scatter(x, y)
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    a = place_labels(ax, x, y, ["Eerste", "Tweede"], priority=[0, 1])
    renderer = _renderer(ax)
    second = a.texts[1].get_window_extent(renderer)
    px, _ = ax.transData.transform((5.0, 5.15))
    assert second.x0 > px  # right of its marker
    _assert_clean(label_overlaps(ax))


# -- what labels avoid ----------------------------------------------------------------


def test_titles_and_avoided_artists_are_kept_clear() -> None:
    ax, x, y = _scatter_axes(30, seed=3)
    title = ax.text(5, 5, "QUADRANT TITLE", fontsize=30, ha="center", va="center")
    patch = ax.add_patch(Rectangle((0, 0), 3, 3, alpha=0.3))
    placement = place_labels(
        ax, x, y, [f"Stakeholder {i}" for i in range(30)], avoid=[patch]
    )
    renderer = _renderer(ax)
    tbox = title.get_window_extent(renderer)
    pbox = patch.get_window_extent(renderer)
    for text in placement.texts:
        if text.get_visible():
            box = text.get_window_extent(renderer)
            assert not box.overlaps(tbox)
            assert not box.overlaps(pbox)
    _assert_clean(label_overlaps(ax, avoid=[title, patch]))


def test_a_legend_inside_the_axes_is_avoided() -> None:
    ax, x, y = _scatter_axes(25, seed=4)
    ax.scatter([], [], label="marker")
    legend = ax.legend(loc="upper left", fontsize=20, markerscale=3)
    placement = place_labels(ax, x, y, [f"Naam {i}" for i in range(25)])
    renderer = _renderer(ax)
    lbox = legend.get_window_extent(renderer)
    assert not any(
        t.get_window_extent(renderer).overlaps(lbox)
        for t in placement.texts
        if t.get_visible()
    )


def test_other_scatter_markers_are_avoided() -> None:
    ax, x, y = _scatter_axes(10, seed=5)
    rng = np.random.default_rng(9)
    ax.scatter(rng.uniform(0, 10, 80), rng.uniform(0, 10, 80), s=80)
    place_labels(ax, x, y, [f"Label {i}" for i in range(10)])
    report = label_overlaps(ax)
    _assert_clean(report)
    assert report.n_labels > 0


# -- long names, numbers and leaders --------------------------------------------------


def test_long_names_get_a_number_and_a_key() -> None:
    ax, x, y = _scatter_axes(4)
    names = ["Gemeente", LONG, "OCMW", LONG + " bis"]
    placement = place_labels(ax, x, y, names, key_title="Genummerd")
    assert placement.status[1] == "numbered"
    assert placement.status[3] == "numbered"
    assert placement.numbers == {1: 1, 3: 2}
    assert placement.texts[1].get_text() == "1"
    assert placement.texts[3].get_text() == "2"
    assert placement.key_entries == [f"1. {LONG}", f"2. {LONG} bis"]
    assert placement.key is not None
    ax.figure.canvas.draw()
    renderer = _renderer(ax)
    key_box = placement.key.get_window_extent(renderer)
    assert key_box.x0 >= ax.bbox.x1  # beside the axes, not on them
    key_text = " ".join(
        t.get_text()
        for t in placement.key.findobj(match=lambda a: hasattr(a, "get_text"))
    )
    assert "Genummerd" in key_text
    assert "Vereniging waar armen" in key_text
    _assert_clean(label_overlaps(ax))


def test_names_are_wrapped_before_they_are_numbered() -> None:
    ax, x, y = _scatter_axes(1, figsize=(6, 4))
    name = "Consultatiebureau Kind en Gezin Centrum"
    placement = place_labels(ax, x, y, [name], max_width=0.2)
    assert placement.status == ("direct",)
    assert placement.texts[0].get_text() == "Consultatiebureau Kind\nen Gezin Centrum"


def test_without_number_fallback_long_names_stay_names() -> None:
    ax, x, y = _scatter_axes(2)
    placement = place_labels(ax, x, y, ["A", LONG], number_fallback=False, wrap=30)
    assert placement.status[1] in {"direct", "moved"}
    assert placement.texts[1].get_text().replace("\n", " ") == LONG
    assert placement.key is None


def test_labels_without_room_are_omitted_with_a_warning() -> None:
    ax = _axes((2, 1.5))
    x = np.linspace(0, 1, 12)
    ax.scatter(x, x, s=300)
    with pytest.warns(StakeholderMapWarning, match="found no room"):
        placement = place_labels(
            ax, x, x, [f"Een lange naam {i}" for i in range(12)], number_fallback=False
        )
    assert placement.omitted
    _assert_clean(label_overlaps(ax))


def test_crowded_markers_get_leaders_to_moved_labels() -> None:
    ax = _axes((8, 5))
    rng = np.random.default_rng(2)
    x = 5 + rng.normal(0, 0.4, 25)
    y = 5 + rng.normal(0, 0.4, 25)
    ax.scatter(x, y)
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    placement = place_labels(ax, x, y, [f"Partner {i}" for i in range(25)])
    assert placement.moved, placement.status
    pts = ax.transData.transform(np.column_stack([x, y]))
    radius = plt.rcParams["lines.markersize"] / 2 * 100 / 72
    for i in placement.moved:
        line = placement.leaders[i]
        assert line is not None
        start = ax.transData.transform(np.column_stack(line.get_data()))[0]
        # The leader starts just outside its own marker.
        assert np.hypot(*(start - pts[i])) == pytest.approx(radius, abs=6)
    _assert_clean(label_overlaps(ax))


# -- the measure ----------------------------------------------------------------------


def test_label_overlaps_counts_every_kind() -> None:
    ax = _axes((4, 3))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    ax.scatter([5], [5], s=400)
    a = ax.text(5, 5, "on the marker", ha="center", va="center")
    b = ax.text(5, 5, "and on a", ha="center", va="center")
    c = ax.text(9.9, 1, "half outside the axes")
    title = ax.text(1, 9, "Title", fontsize=20)
    d = ax.text(1, 9, "under the title")
    report = label_overlaps(ax, labels=[a, b, c, d], avoid=[title])
    assert report.n_labels == 4
    assert report.label_label == 1
    assert report.label_marker == 2
    assert report.outside == 1
    assert report.label_avoid == 1
    assert report.total == 5
    assert not report.ok
    assert any("leaves the axes" in line for line in report.details)


def test_label_overlaps_sees_all_texts_without_a_placement() -> None:
    ax = _axes()
    ax.text(0.5, 0.5, "A")
    ax.text(0.5, 0.5, "B")
    assert label_overlaps(ax).label_label == 1


# -- the requirement: zero overlaps on crowded slides ---------------------------------


@pytest.mark.parametrize("theme_name", ["slides", "notebook"])
@pytest.mark.parametrize(("seed", "integer"), [(0, False), (1, False), (2, True)])
def test_100_random_stakeholders_have_no_overlaps(
    random_map: Callable[..., skm.StakeholderMap],
    theme_name: str,
    seed: int,
    integer: bool,
) -> None:
    smap = random_map(seed, 100, integer=integer)
    with theme(theme_name), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", StakeholderMapWarning)
        fig, ax = plt.subplots()
        plot_power_interest(smap, ax=ax)
        fig.canvas.draw()
    placement = _placement(ax)
    # A name left out is said, and only then.
    assert len(caught) == (1 if placement.omitted else 0)
    report = label_overlaps(ax)
    _assert_clean(report)
    assert report.n_labels == 100 - len(placement.omitted)
    # Numbers are places in the map, up to 100 here: the key's numbers take
    # three digits, the Axes get narrower, and at most one name of the hundred
    # finds no room on the slide.
    assert len(placement.omitted) <= (1 if max(placement.numbers.values()) > 99 else 0)
    assert placement.numbered  # crowded: some names are numbered ...
    assert placement.key is not None  # ... and listed in the key
    renderer = fig.canvas.get_renderer()
    key = placement.key.get_window_extent(renderer)
    assert key.x0 >= ax.bbox.x1
    assert key.x1 <= fig.bbox.x1 + 1
    assert len(placement.key_entries) == len(placement.numbered)
    # Still clean after saving at another dpi and as SVG.
    fig.savefig(io.BytesIO(), format="png", dpi=72)
    fig.savefig(io.BytesIO(), format="svg")
    _assert_clean(label_overlaps(ax))


def test_placement_is_deterministic(
    random_map: Callable[..., skm.StakeholderMap],
) -> None:
    smap = random_map(5, 60)
    runs = []
    for _ in range(2):
        with theme("slides"):
            fig, ax = plt.subplots()
            plot_power_interest(smap, ax=ax)
            fig.canvas.draw()
        p = _placement(ax)
        runs.append(
            (
                p.status,
                [t.get_text() for t in p.texts],
                [t.get_position() for t in p.texts],
                p.key_entries,
            )
        )
        plt.close(fig)
    assert runs[0] == runs[1]


def test_labels_are_placed_again_when_the_axes_changes(
    random_map: Callable[..., skm.StakeholderMap],
) -> None:
    smap = random_map(7, 50)
    with theme("notebook"):
        fig, ax = plt.subplots()
        plot_power_interest(smap, ax=ax)
        _assert_clean(label_overlaps(ax))
        before = [t.get_position() for t in _placement(ax).texts]
        # A title and a smaller figure change the axes after the labels were placed.
        ax.set_title("Een titel die ruimte inneemt", fontsize=30)
        fig.set_size_inches(6, 4)
        fig.canvas.draw()
    _assert_clean(label_overlaps(ax))
    assert [t.get_position() for t in _placement(ax).texts] != before


def test_remove_takes_every_artist_away() -> None:
    ax, x, y = _scatter_axes(3)
    placement = place_labels(ax, x, y, ["a", LONG, "c"])
    assert ax.texts
    placement.remove()
    assert not ax.texts
    assert not [a for a in ax.get_children() if isinstance(a, LabelPlacement)]


def test_no_warning_and_no_pyplot_figure_for_a_figure_without_pyplot() -> None:
    ax, x, y = _scatter_axes(10)
    before = plt.get_fignums()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        place_labels(ax, x, y, [f"n{i}" for i in range(10)])
    assert plt.get_fignums() == before


def test_key_and_leaders_follow_a_placement_redone_at_draw_time(
    random_map: Callable[..., skm.StakeholderMap],
) -> None:
    smap = random_map(3, 80)
    with theme("slides"):
        fig, ax = plt.subplots()
        plot_power_interest(smap, ax=ax)
        placement = _placement(ax)
        ax.set_title("Een titel", fontsize=40)  # changes the axes: placed again
        fig.savefig(io.BytesIO(), format="png")
    # The key and leaders are drawn by the placement itself, so the ones drawn are
    # the ones of the placement redone in that very draw.
    assert not [a for a in ax.get_children() if type(a).__name__ == "AnchoredOffsetbox"]
    assert placement.key is not None
    key_text = "\n".join(
        t.get_text()
        for t in placement.key.findobj(match=lambda a: hasattr(a, "get_text"))
    )
    for i, number in placement.numbers.items():
        assert placement.texts[i].get_text() == str(number)
        assert f"{number}. {placement.names[i].split()[0]}" in key_text.replace(
            "\u2007", ""
        )
    for i in placement.moved:
        assert placement.leaders[i] is not None
    _assert_clean(label_overlaps(ax))


def test_dollar_signs_in_names_are_not_mathtext() -> None:
    ax, x, y = _scatter_axes(2)
    names = ["Fonds $ en $ steun", "Gewone naam"]
    placement = place_labels(ax, x, y, names)
    assert [t.get_text() for t in placement.texts] == names
    ax.figure.canvas.draw()
    _assert_clean(label_overlaps(ax))


# -- lines, arrows and areas to avoid ---------------------------------------------


def test_overlap_measure_follows_lines_not_their_boxes() -> None:
    from matplotlib.collections import LineCollection
    from matplotlib.patches import FancyArrowPatch

    ax = _axes()
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    arrow = FancyArrowPatch((1, 1), (9, 9), arrowstyle="-|>", mutation_scale=14)
    ax.add_patch(arrow)
    whiskers = LineCollection([[(1, 8), (4, 8)]], linewidths=2)
    ax.add_collection(whiskers)
    on_arrow = ax.text(5, 5, "Huisartsen", ha="center", va="center")
    # inside the arrow's bounding box, but clear of the arrow itself
    ax.text(2.5, 6.5, "CLB", ha="center", va="center")
    ax.text(2.5, 8, "OCMW", ha="center", va="center")  # on the whisker
    report = label_overlaps(ax, avoid=[arrow, whiskers])
    assert report.label_avoid == 2, report.details
    assert any("Huisartsen" in d and "FancyArrowPatch" in d for d in report.details)
    assert any("OCMW" in d and "LineCollection" in d for d in report.details)
    on_arrow.set_visible(False)
    assert label_overlaps(ax, avoid=[arrow]).label_avoid == 0


def test_overlap_measure_counts_labels_inside_filled_areas() -> None:
    from matplotlib.collections import PatchCollection
    from matplotlib.patches import Ellipse

    ax = _axes()
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    filled = PatchCollection([Ellipse((5, 5), 6, 4)], alpha=0.4)
    ring = Ellipse((5, 5), 6, 4, fill=False)
    ax.add_collection(filled)
    ax.add_patch(ring)
    ax.text(5, 5, "CAW", ha="center", va="center")  # well inside, off the edge
    assert label_overlaps(ax, avoid=[filled]).label_avoid == 1
    assert label_overlaps(ax, avoid=[ring]).label_avoid == 0  # outline only


def test_placer_keeps_labels_off_whiskers_arrows_and_areas() -> None:
    from matplotlib.collections import LineCollection, PatchCollection
    from matplotlib.patches import Ellipse, FancyArrowPatch

    rng = np.random.default_rng(4)
    x, y = rng.uniform(1, 9, 12), rng.uniform(1, 9, 12)
    ax = _axes((8, 5))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    whiskers = LineCollection(
        [
            seg
            for xi, yi in zip(x, y, strict=True)
            for seg in (
                [(xi - 0.8, yi), (xi + 0.8, yi)],
                [(xi, yi - 1.0), (xi, yi + 1.0)],
            )
        ],
        linewidths=1.5,
    )
    ax.add_collection(whiskers)
    arrows = [
        FancyArrowPatch((x[i], y[i]), (x[i + 1], y[i + 1]), arrowstyle="-|>")
        for i in range(0, 10, 2)
    ]
    for arrow in arrows:
        ax.add_patch(arrow)
    area = PatchCollection([Ellipse((5, 5), 3, 2)], alpha=0.4)
    ax.add_collection(area)
    ax.scatter(x, y)
    names = [f"Partner {k}" for k in range(12)]
    placement = place_labels(ax, x, y, names, avoid=[whiskers, *arrows, area])
    assert not placement.omitted
    report = label_overlaps(ax)
    _assert_clean(report)
    assert label_overlaps(ax, avoid=[whiskers, *arrows, area]).label_avoid == 0


# -- the key of numbered labels -------------------------------------------------------


def _key_rows(placement: LabelPlacement) -> list[tuple[int, str]]:
    """Read the key's columns back as (number, full name), line by line."""
    import re

    from matplotlib.offsetbox import TextArea

    assert placement.key is not None
    columns = [
        area.get_text()
        for area in placement.key.findobj(match=TextArea)
        if isinstance(area, TextArea)
    ][1:]  # the first is the title
    rows: list[tuple[int, str]] = []
    for column in columns:
        for line in column.split("\n"):
            found = re.match(r"^[\s\u2007]*(\d+)\. (.*)$", line)
            if found:  # a number starts a new entry, on the entry's first line
                rows.append((int(found.group(1)), found.group(2)))
            else:  # a continuation line, indented, of the entry above
                assert rows, f"continuation line before any number: {line!r}"
                number, name = rows[-1]
                rows[-1] = (number, f"{name} {line.strip()}")
    return rows


@pytest.mark.parametrize("style", ["notebook", "slides"])
@pytest.mark.parametrize("plot", ["grid", "rating_spread"])
def test_key_numbers_sit_on_the_first_line_of_their_entry(
    example_or_skip: skm.StakeholderMap, style: str, plot: str
) -> None:
    with theme(style), warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        fig, ax = plt.subplots()
        if plot == "grid":
            plot_power_interest(example_or_skip, ax=ax)
        else:
            skm.plotting.plot_rating_spread(example_or_skip, ax=ax)
        fig.canvas.draw()
    placement = _placement(ax)
    rows = _key_rows(placement)
    assert any(len(name) > 32 for _, name in rows)  # some entries do wrap
    by_number = {n: placement.names[i] for i, n in placement.numbers.items()}
    assert [n for n, _ in rows] == sorted(by_number)
    assert all(name == by_number[n] for n, name in rows)
