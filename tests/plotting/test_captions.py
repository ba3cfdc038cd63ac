"""Quadrant, band and cell captions stay inside their own cell, or say why not."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import matplotlib.pyplot as plt
import pytest
from matplotlib.axes import Axes
from matplotlib.patches import Rectangle

import stakeholder_map as skm
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting._captions import CaptionFitter, balanced_lines

Box = tuple[float, float, float, float]  # x0, x1, y0, y1 in pixels


def _clip(ax: Axes, x0: float, x1: float, y0: float, y1: float) -> Box:
    b = ax.bbox
    return (max(x0, b.x0), min(x1, b.x1), max(y0, b.y0), min(y1, b.y1))


def _line(ax: Axes, gid: str) -> float:
    [line] = [ln for ln in ax.get_lines() if ln.get_gid() == gid]
    return float(
        line.get_xdata()[0] if gid.endswith("interest") else line.get_ydata()[0]
    )


def _grid_cells(ax: Axes) -> dict[str, Box]:
    tx, ty = ax.transData.transform(
        (_line(ax, "threshold:interest"), _line(ax, "threshold:power"))
    )
    b = ax.bbox
    cells = {
        "manage_closely": (tx, b.x1, ty, b.y1),
        "keep_satisfied": (b.x0, tx, ty, b.y1),
        "keep_informed": (tx, b.x1, b.y0, ty),
        "monitor": (b.x0, tx, b.y0, ty),
    }
    return {f"quadrant-title:{k}": _clip(ax, *v) for k, v in cells.items()}


def _patch_box(ax: Axes, patch: Rectangle) -> Box:
    e = patch.get_window_extent()
    return _clip(ax, e.x0, e.x1, e.y0, e.y1)


def _attitude_cells(ax: Axes) -> dict[str, Box]:
    ty = ax.transData.transform((0, _line(ax, "threshold:power")))[1]
    cols = {
        str(p.get_gid()).split(":")[1]: _patch_box(ax, p)
        for p in ax.patches
        if str(p.get_gid()).startswith("attitude-band:")
    }
    where = {
        "key_opponent": ("opposed", True),
        "key_neutral": ("neutral", True),
        "key_ally": ("supportive", True),
        "critic": ("opposed", False),
        "bystander": ("neutral", False),
        "ally": ("supportive", False),
    }
    out = {}
    for cls, (col, top) in where.items():
        x0, x1, y0, y1 = cols[col]
        out[f"attitude-cell:{cls}"] = (x0, x1, ty, y1) if top else (x0, x1, y0, ty)
    return out


def _cube_cells(ax: Axes) -> dict[str, Box]:
    return {
        "cube-title:" + str(p.get_gid()).split(":")[1]: _patch_box(ax, p)
        for p in ax.patches
        if str(p.get_gid()).startswith("cube-cell:")
        and p.get_gid() != "cube-cell:neutral"
    }


Plot = Callable[..., Axes]
VIEWS: dict[str, tuple[Plot, Callable[[Axes], dict[str, Box]]]] = {
    "power_interest": (
        lambda m, ax, lang, t, **kw: skm.plotting.plot_power_interest(
            m, ax=ax, lang=lang, labels=lang, threshold=t, **kw
        ),
        _grid_cells,
    ),
    "attitude": (
        lambda m, ax, lang, t, **kw: skm.plotting.plot_attitude_grid(
            m, ax=ax, lang=lang, threshold=t, **kw
        ),
        _attitude_cells,
    ),
    "cube": (
        lambda m, ax, lang, t, **kw: skm.plotting.plot_stakeholder_cube(
            m, ax=ax, lang=lang, threshold=t, **kw
        ),
        _cube_cells,
    ),
}


def _check(view: str, smap: skm.StakeholderMap, **kw: Any) -> list[str]:
    """Plot, draw and assert every caption lies inside its cell; return left out.

    A caption left out (not drawn) must be named in a warning.
    """
    plot, cells_of = VIEWS[view]
    figsize = kw.pop("figsize")
    fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plot(smap, ax, kw.pop("lang"), kw.pop("threshold"), **kw)
    said = " ".join(
        str(w.message)
        for w in caught
        if issubclass(w.category, StakeholderMapWarning)
        # the warning speaks the map's language
        and any(
            words in str(w.message)
            for words in ("do not fit inside their cell", "passen niet in hun vak")
        )
    )
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    cells = cells_of(ax)
    captions = [t for t in ax.texts if str(t.get_gid()) in cells]
    assert len(captions) == len(cells)
    left_out = []
    for text in captions:
        if not text.get_visible():
            left_out.append(text.get_text())
            assert repr(text.get_text().replace("\n", " ")) in said, "left out silently"
            continue
        ext = text.get_window_extent(renderer)
        x0, x1, y0, y1 = cells[str(text.get_gid())]
        overflow = max(x0 - ext.x0, ext.x1 - x1, y0 - ext.y0, ext.y1 - y1)
        where = f"{text.get_text()!r} {ext.extents.round(1)} in {x0, x1, y0, y1}"
        assert overflow <= 0.5, f"overflows by {overflow:.1f} px: {where}"
        assert text.get_fontsize() >= CaptionFitter.MIN_SIZE
    if not left_out:
        assert not said
    plt.close(fig)
    return left_out


# Before the fit: the attitude grid's captions ran up to 150 px (Dutch, 4 x 3
# inches) and the cube's up to 111 px (English, 4 x 3, threshold 1.2) out of
# their cells; the power/interest grid left quadrant titles out without a word.
@pytest.mark.parametrize("figsize", [(6, 4), (4, 3), (10, 5.6)], ids=str)
@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("threshold", ["midpoint", 4.8, 1.2], ids=str)
@pytest.mark.parametrize("view", list(VIEWS))
def test_captions_stay_inside_their_cells(
    example_map: skm.StakeholderMap,
    view: str,
    threshold: Any,
    lang: str,
    figsize: tuple[float, float],
) -> None:
    _check(
        view, example_map, figsize=figsize, lang=lang, threshold=threshold, label=None
    )


@pytest.mark.parametrize("view", list(VIEWS))
def test_captions_stay_inside_their_cells_with_labels(
    example_map: skm.StakeholderMap, view: str
) -> None:
    _check(view, example_map, figsize=(6, 4), lang="nl", threshold="midpoint")


def test_power_interest_titles_show_on_slides(example_map: skm.StakeholderMap) -> None:
    # Wide enough: all four Dutch titles, at full size, nothing said.
    assert (
        _check(
            "power_interest",
            example_map,
            figsize=(10, 5.6),
            lang="nl",
            threshold=(4.8, 1.2),
            label=None,
        )
        == []
    )


def test_narrow_band_wraps_before_it_shrinks(example_map: skm.StakeholderMap) -> None:
    # The attitude grid's middle column is narrow: "Invloedrijke twijfelaar"
    # goes on two lines and shrinks, the corner titles keep their size.
    fig, ax = plt.subplots(figsize=(10, 5.6), layout="constrained")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", skm.exceptions.UnassessedWarning)
        skm.plotting.plot_attitude_grid(example_map, ax=ax, lang="nl", label=None)
    fig.canvas.draw()
    by_gid = {str(t.get_gid()): t for t in ax.texts}
    middle = by_gid["attitude-cell:key_neutral"]
    corner = by_gid["attitude-cell:key_opponent"]
    assert middle.get_visible()
    assert middle.get_text() == "Invloedrijke\ntwijfelaar"
    assert CaptionFitter.MIN_SIZE <= middle.get_fontsize() < corner.get_fontsize()
    _check("attitude", example_map, figsize=(10, 5.6), lang="nl", threshold="midpoint")


def test_caption_without_room_is_left_out_and_said(
    example_map: skm.StakeholderMap,
) -> None:
    fig = plt.figure(figsize=(6, 4))
    ax = fig.add_axes((0.1, 0.1, 0.12, 0.5))  # 0.7 inch wide
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        skm.plotting.plot_power_interest(
            example_map, ax=ax, threshold=4.5, labels="en", label=None
        )
    [said] = [str(w.message) for w in caught if "their cell" in str(w.message)]
    assert "'Manage closely'" in said
    assert "'Keep informed'" in said
    ax.set_position((0.1, 0.1, 0.8, 0.8))  # room again: every title comes back
    fig.canvas.draw()
    assert all(t.get_visible() for t in ax.texts)


@pytest.mark.parametrize(
    ("text", "n", "expected"),
    [
        ("Nauw betrekken", 2, "Nauw\nbetrekken"),
        ("Keep informed of all", 2, "Keep informed\nof all"),
        ("a b c", 3, "a\nb\nc"),
        ("Monitoren", 2, None),
        ("Al\ngebroken", 2, None),
    ],
)
def test_balanced_lines(text: str, n: int, expected: str | None) -> None:
    assert balanced_lines(text, n) == expected
