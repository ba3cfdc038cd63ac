"""Workshop slides: a 16:9 PowerPoint deck whose grids are made of editable shapes.

:func:`to_pptx` writes a title slide, the power/interest and power/attitude grids
as native shapes (a facilitator can drag every stakeholder during the session),
the classification as
tables and other views as high-resolution pictures, each with speaker notes holding
the data behind the slide. It needs the ``pptx`` extra (python-pptx), imported only
when a deck is written.
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from stakeholder_map._empty_views import empty_view_reason
from stakeholder_map._types import Quadrant
from stakeholder_map.i18n import label, quadrant_label, text
from stakeholder_map.io._atomic import atomic_write
from stakeholder_map.privacy import Profile, _redact_any, redaction_report

if TYPE_CHECKING:
    import pandas as pd
    from pptx.dml.color import RGBColor
    from pptx.presentation import Presentation
    from pptx.slide import Slide, SlideLayout
    from pptx.util import Length

    from stakeholder_map.analysis._common import Threshold
    from stakeholder_map.models import StakeholderMap

__all__ = ["available_views", "to_pptx"]


def _quadrant_colours() -> dict[str, str]:
    """Return the figures' quadrant colours as hex without '#', so slides match."""
    from stakeholder_map.plotting.themes import QUADRANT_PALETTE

    return {str(k): str(v).lstrip("#").upper() for k, v in QUADRANT_PALETTE.items()}


_INK = "1A1A1A"  # text on the light quadrant panels: contrast > 12:1
_EMU_PER_INCH = 914400
# Average width of a character of the default sans-serif font, in ems. A little
# generous, so the estimated box contains the real text.
_CHAR_EM = 0.56
_WRAP_AT = 22


@dataclass(frozen=True)
class _Sizes:
    """Font sizes (points) and marker size (inches) of a theme."""

    title: float
    label: float
    quadrant: float
    axis: float
    table: float
    marker: float
    rows_per_slide: int


_THEMES: dict[str, _Sizes] = {
    "slides": _Sizes(32, 14, 20, 18, 14, 0.24, 8),
    "notebook": _Sizes(28, 12, 16, 14, 12, 0.2, 11),
    "print": _Sizes(28, 11, 14, 13, 11, 0.18, 12),
}

# Views drawn as pictures by a plotting function, if this version has it.
_IMAGE_VIEWS: dict[str, str] = {
    "salience": "plot_salience",
    "cube": "plot_stakeholder_cube",
    "priority": "plot_priority",
    "engagement": "plot_engagement_status",
    "network": "plot_network",
    "influence": "plot_influence_gap",
    "movement": "plot_movement",
    "history": "plot_history",
    "representation": "plot_representation",
}
_NATIVE_VIEWS = ("grid", "table", "attitude")


def available_views() -> tuple[str, ...]:
    """Return the views :func:`to_pptx` can put on slides in this installation.

    ``"grid"``, ``"table"`` and ``"attitude"`` are drawn as native shapes; the
    others are pictures from the plotting functions that are installed.

    Returns
    -------
    tuple of str
        The view names.

    See Also
    --------
    to_pptx : Write the deck.

    Examples
    --------
    >>> views = skm.export.available_views()
    >>> views[:3]
    ('grid', 'table', 'attitude')
    """
    try:
        import stakeholder_map.plotting as plotting
    except ModuleNotFoundError as err:  # a build without the plotting layer
        if err.name != "stakeholder_map.plotting":
            raise
        return _NATIVE_VIEWS
    extra = tuple(v for v, fn in _IMAGE_VIEWS.items() if hasattr(plotting, fn))
    return _NATIVE_VIEWS + extra


def _emu(inches: float) -> Length:
    from pptx.util import Emu

    return Emu(round(inches * _EMU_PER_INCH))


def _rgb(hex_colour: str) -> RGBColor:
    from pptx.dml.color import RGBColor

    colour: RGBColor = RGBColor.from_string(hex_colour)  # type: ignore[no-untyped-call]
    return colour


def _tint(hex_colour: str, amount: float) -> str:
    """Mix a colour with white: amount 0 keeps it, 1 gives white."""
    rgb = [int(hex_colour[i : i + 2], 16) for i in (0, 2, 4)]
    mixed = [round(c + (255 - c) * amount) for c in rgb]
    return "".join(f"{c:02X}" for c in mixed)


def _shade(hex_colour: str, amount: float) -> str:
    """Mix a colour with black: amount 0 keeps it, 1 gives black."""
    rgb = [int(hex_colour[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(c * (1 - amount)):02X}" for c in rgb)


def _text_size(lines: Sequence[str], points: float) -> tuple[float, float]:
    """Estimate the width and height (inches) of a text block."""
    em = points / 72
    width = max(len(line) for line in lines) * _CHAR_EM * em + 0.08
    height = len(lines) * 1.2 * em + 0.04
    return width, height


Box = tuple[float, float, float, float]  # left, top, right, bottom (inches)


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


@dataclass(frozen=True)
class _Label:
    """Where one stakeholder's label went on a slide (inches, y downwards)."""

    status: str  # "direct", "moved", "numbered" or "omitted", as in the figures
    box: Box | None
    lines: list[str]
    leader: Box | None  # x0, y0 (at the marker), x1, y1 (at the label)
    align: str


def _engine_box(box: Box) -> tuple[float, float, float, float]:
    """Turn a slide box (inches, y down) into engine units (points, y up)."""
    return (box[0] * 72, -box[3] * 72, box[2] * 72, -box[1] * 72)


def _slide_box(box: Any) -> Box:
    """Turn an engine box (points, y up) back into a slide box (inches, y down)."""
    x0, y0, x1, y1 = (float(v) / 72 for v in box)
    return (x0, -y1, x1, -y0)


def _place_labels(
    names: Sequence[str],
    anchors: Sequence[tuple[float, float]],
    *,
    numbers: Sequence[int],
    priority: Sequence[float],
    points: float,
    marker: float,
    area: Box,
    obstacles: Sequence[Box] = (),
    regions: Sequence[Box] | None = None,
) -> list[_Label]:
    """Place the labels of a grid slide with the figures' label placer.

    The slide adapter of :mod:`stakeholder_map._placement`: positions go to the
    engine in points with y upwards, texts are measured with :func:`_text_size`
    (an estimate a little larger than the rendered text), the markers are its
    circles, ``obstacles`` (titles, legend boxes) its fixed boxes and ``area``
    the room every label stays inside. Each label prefers to stay inside its
    ``regions`` box (its quadrant). Spacing follows the figures: gaps,
    rings and the farthest distance are fractions of the font size. Labels are
    placed in order of ``priority``, highest first; a label with no room shows
    its number of ``numbers``.
    """
    import numpy as np

    from stakeholder_map._placement.placer import Placer

    def measure(text: str) -> tuple[float, float]:
        w, h = _text_size(text.split("\n"), points)
        return w * 72, h * 72

    n = len(names)
    # The marker's white outline is part of what a label must keep clear of.
    radius = marker / 2 * 72 + 1.0
    xy = np.asarray([(x * 72, -y * 72) for x, y in anchors], dtype=float).reshape(-1, 2)
    circles = np.column_stack([xy, np.full(n, radius)])
    fixed = np.asarray([_engine_box(b) for b in obstacles], dtype=float)
    placer = Placer(
        anchors=xy,
        radii=np.full(n, radius),
        fixed=fixed.reshape(-1, 4),
        circles=circles,
        inner=_engine_box(area),
        pad=0.1 * points,
        gap=0.2 * points,
        step=0.6 * points,
        max_dist=4 * points,
        measure=measure,
        em=points,
        regions=None
        if regions is None
        else np.asarray([_engine_box(b) for b in regions], dtype=float),
    )
    digits = len(str(max([*numbers, 1])))
    choices = placer.run(
        names,
        [int(i) for i in np.argsort(-np.asarray(priority, float), kind="stable")],
        [True] * n,
        wrap=_WRAP_AT,
        max_lines=2,
        max_width=0.3,
        number_fallback=True,
        number_size=measure("0" * digits),
    )
    out = []
    for k, choice in enumerate(choices):
        numbered = choice.status == "numbered"
        lines = [str(numbers[k])] if numbered else choice.text.split("\n")
        out.append(
            _Label(
                status=choice.status,
                box=None if choice.box is None else _slide_box(choice.box),
                lines=lines,
                leader=None
                if choice.leader is None
                else (
                    float(choice.leader[0]) / 72,
                    -float(choice.leader[1]) / 72,
                    float(choice.leader[2]) / 72,
                    -float(choice.leader[3]) / 72,
                ),
                align=choice.align,
            )
        )
    return out


def _spread(
    points: Sequence[tuple[float, float]],
    *,
    marker: float,
    cut: tuple[float, float],
) -> tuple[list[tuple[float, float]], list[list[int]]]:
    """Make every marker grabbable and show on which side of a threshold it is.

    ``points`` are slide positions (inches; y grows downwards) and ``cut`` the
    position of the thresholds. Markers that share a position go onto a circle
    around it, wide enough that they do not touch. A position on a threshold line
    counts as high (METHODS.md), so its marker or circle moves just to the high
    side, inside its own quadrant.
    """
    groups: dict[tuple[float, float], list[int]] = {}
    for i, p in enumerate(points):
        groups.setdefault((round(p[0], 6), round(p[1], 6)), []).append(i)
    out = list(points)
    stacks = []
    for (x, y), members in groups.items():
        k = len(members)
        r = 0.0 if k == 1 else 0.6 * marker / math.sin(math.pi / k)
        shift = r + 0.6 * marker
        if abs(x - cut[0]) < 1e-6:
            x += shift
        if abs(y - cut[1]) < 1e-6:
            y -= shift
        if k == 1:
            out[members[0]] = (x, y)
            continue
        stacks.append(members)
        for n, i in enumerate(members):
            angle = math.pi / 2 + 2 * math.pi * n / k
            out[i] = (x + r * math.cos(angle), y - r * math.sin(angle))
    return out, stacks


# --------------------------------------------------------------------------------
# Slides
# --------------------------------------------------------------------------------


def _find_layout(prs: Presentation, *, subtitle: bool) -> SlideLayout:
    from pptx.enum.shapes import PP_PLACEHOLDER

    title_types = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}
    other = {
        PP_PLACEHOLDER.DATE,
        PP_PLACEHOLDER.FOOTER,
        PP_PLACEHOLDER.SLIDE_NUMBER,
    }
    fallback = None
    for layout in prs.slide_layouts:
        placeholders: Any = layout.placeholders
        types = {p.placeholder_format.type for p in placeholders}
        if not types & title_types:
            continue
        fallback = fallback or layout
        rest = types - title_types - other
        if subtitle and rest == {PP_PLACEHOLDER.SUBTITLE}:
            return layout
        if not subtitle and not rest:
            return layout
    return fallback if fallback is not None else prs.slide_layouts[0]


@dataclass
class _Deck:
    prs: Presentation
    sizes: _Sizes
    default_template: bool
    width: float
    height: float

    def slide(self, title: str, *, subtitle: str | None = None) -> Slide:
        from pptx.util import Pt

        layout = _find_layout(self.prs, subtitle=subtitle is not None)
        slide = self.prs.slides.add_slide(layout)
        title_shape = slide.shapes.title
        if title_shape is None:
            box = slide.shapes.add_textbox(
                _emu(0.5), _emu(0.25), _emu(self.width - 1), _emu(0.9)
            )
            box.text_frame.text = title
            box.text_frame.paragraphs[0].runs[0].font.size = Pt(self.sizes.title)
        else:
            title_shape.text = title
            if self.default_template and subtitle is None:
                title_shape.left, title_shape.top = _emu(0.5), _emu(0.2)
                title_shape.width, title_shape.height = (
                    _emu(self.width - 1),
                    _emu(1.0),
                )
                title_shape.text_frame.paragraphs[0].runs[0].font.size = Pt(
                    self.sizes.title
                )
        if subtitle is not None:
            from pptx.enum.shapes import PP_PLACEHOLDER

            for ph in slide.placeholders:
                if ph.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE:
                    ph.text = subtitle
                    break
            else:
                box = slide.shapes.add_textbox(
                    _emu(0.8), _emu(self.height * 0.6), _emu(self.width - 1.6), _emu(1)
                )
                box.text_frame.text = subtitle
            if self.default_template and title_shape is not None:
                # The built-in template is 4:3: place its placeholders for 16:9.
                # Setting one coordinate of an inherited position zeroes the
                # others, so set all four.
                w = _emu(self.width - 1.6)
                title_shape.left, title_shape.top = _emu(0.8), _emu(2.1)
                title_shape.width, title_shape.height = w, _emu(1.6)
                for ph in slide.placeholders:
                    if ph.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE:
                        ph.left, ph.top, ph.width, ph.height = (
                            _emu(0.8),
                            _emu(3.9),
                            w,
                            _emu(1.5),
                        )
        out: Slide = slide
        return out


def _notes(slide: Slide, lines: Sequence[str]) -> None:
    frame = slide.notes_slide.notes_text_frame
    assert frame is not None  # every notes slide has a body placeholder
    frame.text = "\n".join(lines)


def _add_text(
    shapes: Any,
    box: Box,
    lines: Sequence[str],
    *,
    points: float,
    colour: str | None = None,
    bold: bool = False,
    align: str = "left",
    name: str | None = None,
    top: bool = False,
) -> Any:
    from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
    from pptx.util import Pt

    tb = shapes.add_textbox(
        _emu(box[0]), _emu(box[1]), _emu(box[2] - box[0]), _emu(box[3] - box[1])
    )
    if name:
        tb.name = name
    tf = tb.text_frame
    tf.word_wrap = False
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.margin_left = tf.margin_right = tf.margin_top = tf.margin_bottom = 0
    tf.vertical_anchor = MSO_ANCHOR.TOP if top else MSO_ANCHOR.MIDDLE
    for k, line in enumerate(lines):
        para = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        para.alignment = {
            "left": PP_ALIGN.LEFT,
            "right": PP_ALIGN.RIGHT,
            "center": PP_ALIGN.CENTER,
        }[align]
        run = para.add_run()
        run.text = line
        run.font.size = Pt(points)
        run.font.bold = bold
        if colour is not None:
            run.font.color.rgb = _rgb(colour)
    return tb


def _rect(
    shapes: Any, box: Box, *, fill: str, line: str | None = None, name: str = ""
) -> Any:
    from pptx.enum.shapes import MSO_SHAPE

    shape = shapes.add_shape(
        MSO_SHAPE.RECTANGLE,
        _emu(box[0]),
        _emu(box[1]),
        _emu(box[2] - box[0]),
        _emu(box[3] - box[1]),
    )
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(fill)
    if line is None:
        shape.line.fill.background()
    else:
        shape.line.color.rgb = _rgb(line)
    shape.shadow.inherit = False
    if name:
        shape.name = name
    return shape


def _legend_boxes(
    entries: Sequence[str],
    *,
    cells: Sequence[Box],
    titles: Sequence[Box],
    band: float,
    points: float,
) -> list[tuple[Box, list[str], float]] | None:
    """Lay out numbered names in the free middle of the bottom and top bands.

    Returns text boxes with their lines and font size; the entries are packed
    by :func:`_pack_bands` and the font shrinks (to 11 pt at least) until every
    entry fits, else None.
    """
    left = min(c[0] for c in cells)
    right = max(c[2] for c in cells)
    top = min(c[1] for c in cells)
    bottom = max(c[3] for c in cells)
    slots = []
    for y0, y1 in ((bottom - band, bottom), (top, top + band)):
        inside = [t for t in titles if t[1] < y1 and t[3] > y0]
        x0 = max([left] + [t[2] for t in inside if t[0] < (left + right) / 2]) + 0.25
        x1 = min([right] + [t[0] for t in inside if t[0] >= (left + right) / 2]) - 0.25
        # A centred title can fill the middle of a band: no room there.
        if not any(t[0] < x1 and t[2] > x0 for t in inside) and x1 - x0 > 1.0:
            slots.append((x0, y0 + 0.02, x1, y1 - 0.02))
    pt = points
    while True:
        out = _pack_bands(entries, slots, pt)
        if out is not None:
            return out
        if pt <= 11:  # too many names for the bands: they go on a slide of their own
            return None
        pt -= 1


def _pack_bands(
    entries: Sequence[str], slots: Sequence[Box], pt: float
) -> list[tuple[Box, list[str], float]] | None:
    """Pack legend entries into the band slots at ``pt`` points, or return None.

    Widest entries first, each onto the line (of any slot) with the least room
    that still holds it, else onto a new line of the slot with the most room
    (first-fit decreasing); each line then lists its entries in their order.
    """
    sep = "   "
    em = pt / 72
    per_line = 1.2 * em
    caps = [max(1, int((y1 - y0 - 0.04) / per_line)) for _, y0, _, y1 in slots]
    lines: list[list[list[int]]] = [[] for _ in slots]

    def width(items: Sequence[int]) -> float:
        return _text_size([sep.join(entries[k] for k in items)], pt)[0]

    for k in sorted(range(len(entries)), key=lambda k: -width([k])):
        best: tuple[float, int, int] | None = None
        for s_i, (x0, _, x1, _) in enumerate(slots):
            for l_i, line in enumerate(lines[s_i]):
                room = x1 - x0 - width([*line, k])
                if room >= 0 and (best is None or room < best[0]):
                    best = (room, s_i, l_i)
        if best is not None:
            lines[best[1]][best[2]].append(k)
            continue
        free = [
            (x1 - x0, s_i)
            for s_i, (x0, _, x1, _) in enumerate(slots)
            if len(lines[s_i]) < caps[s_i] and width([k]) <= x1 - x0
        ]
        if not free:
            return None
        lines[max(free)[1]].append([k])
    out: list[tuple[Box, list[str], float]] = []
    for (x0, y0, x1, y1), slot_lines in zip(slots, lines, strict=True):
        if not slot_lines:
            continue
        texts = [
            sep.join(entries[k] for k in sorted(line))
            for line in sorted(slot_lines, key=min)
        ]
        w, h = _text_size(texts, pt)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        out.append(((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), texts, pt))
    return out


@dataclass(frozen=True)
class _Cell:
    """One cell of a two-axis grid on a slide: its box and its title."""

    key: str
    box: Box
    colour: str
    title: str
    align: str  # where the title sits: "left", "center" or "right"
    upper: bool  # title at the top of the cell (else at the bottom)
    kind: str  # shape names: "<kind>:<key>" and "<kind>_title:<key>"


@dataclass(frozen=True)
class _Frame:
    """Where a two-axis grid sits on a slide and how data maps to inches.

    ``xlim`` and ``ylim`` are the data values at the left and right edge of
    ``area`` and at the bottom and top of the room between the title bands.
    """

    area: Box
    band: float
    xlim: tuple[float, float]
    ylim: tuple[float, float]

    def x_of(self, v: float) -> float:
        span = self.area[2] - self.area[0]
        return self.area[0] + (v - self.xlim[0]) / (self.xlim[1] - self.xlim[0]) * span

    def y_of(self, v: float) -> float:
        span = self.area[3] - self.area[1] - 2 * self.band
        low = self.area[3] - self.band
        return low - (v - self.ylim[0]) / (self.ylim[1] - self.ylim[0]) * span


def _frame(
    deck: _Deck,
    *,
    xlim: tuple[float, float],
    ylim: tuple[float, float],
    band_lines: int = 1,
) -> _Frame:
    # Plot area: room for the y axis title on the left and the x axis title
    # below; the same proportions on any slide size. A band at the top and the
    # bottom holds the cell titles, so no marker hides under a title.
    area: Box = (1.1, 1.35, deck.width - 0.35, deck.height - 0.75)
    band = _text_size(["Ag"] * band_lines, deck.sizes.quadrant)[1] + 0.06
    return _Frame(area=area, band=band, xlim=xlim, ylim=ylim)


def _draw_cells(
    slide: Slide, cells: Sequence[_Cell], *, frame: _Frame, points: float
) -> list[Box]:
    """Draw the white panel, the cell rectangles and their titles.

    A title that would come within 0.3 in of a title drawn before it moves one
    line further into its cell. Returns the title boxes.
    """
    # A white panel under the grid keeps contrast on dark templates.
    _rect(slide.shapes, frame.area, fill="FFFFFF", name="grid_panel")
    title_boxes: list[Box] = []
    for cell in cells:
        box = cell.box
        if box[2] - box[0] <= 0 or box[3] - box[1] <= 0:
            continue
        _rect(
            slide.shapes,
            box,
            fill=_tint(cell.colour, 0.86),
            name=f"{cell.kind}:{cell.key}",
        )
        w, h = _text_size([cell.title], points)
        w *= 1.08  # bold text is wider than the estimate for regular text
        left_x = {
            "right": box[2] - w - 0.1,
            "left": box[0] + 0.1,
            "center": (box[0] + box[2] - w) / 2,
        }[cell.align]
        top_y = box[1] + 0.06 if cell.upper else box[3] - h - 0.06
        tbox = (left_x, top_y, left_x + w, top_y + h)
        # Estimated widths can fall short of the rendered text: keep a margin.
        wide = (tbox[0] - 0.3, tbox[1], tbox[2] + 0.3, tbox[3])
        if any(_overlap(wide, t) > 0 for t in title_boxes):
            step = h if cell.upper else -h
            tbox = (tbox[0], tbox[1] + step, tbox[2], tbox[3] + step)
        title_boxes.append(tbox)
        _add_text(
            slide.shapes,
            tbox,
            [cell.title],
            points=points,
            # A darker shade of the cell colour: readable on its light fill.
            colour=_shade(cell.colour, 0.45),
            bold=True,
            align=cell.align,
            name=f"{cell.kind}_title:{cell.key}",
        )
    return title_boxes


def _draw_axes(
    slide: Slide,
    frame: _Frame,
    *,
    sizes: _Sizes,
    x: tuple[str, str, str, str],
    y: tuple[str, str, str, str],
) -> None:
    """Draw the axis titles and the words at their ends.

    ``x`` and ``y`` are (key, title, word at the low end, word at the high end);
    the shapes are named ``axis:<key>`` and ``axis_end:<key>:<word>``. They sit
    on the template's background: no colour is set, so they take the template's
    text colour.
    """
    area = frame.area
    axis_pt = sizes.axis
    key, title, low, high = x
    w, h = _text_size([f"{title} \u2192"], axis_pt)
    mid = (area[0] + area[2]) / 2
    _add_text(
        slide.shapes,
        (mid - w / 2, area[3] + 0.12, mid + w / 2, area[3] + 0.12 + h),
        [f"{title} \u2192"],
        points=axis_pt,
        bold=True,
        align="center",
        name=f"axis:{key}",
    )
    for pos, word, align in ((area[0], low, "left"), (area[2], high, "right")):
        ww, hh = _text_size([word], sizes.label)
        left = pos if align == "left" else pos - ww
        _add_text(
            slide.shapes,
            (left, area[3] + 0.12, left + ww, area[3] + 0.12 + hh),
            [word],
            points=sizes.label,
            align=align,
            name=f"axis_end:{key}:{word}",
        )
    key, title, low, high = y
    pw, ph = _text_size([f"{title} \u2192"], axis_pt)
    midy = (area[1] + area[3]) / 2
    vbox = (0.55 - pw / 2, midy - ph / 2, 0.55 + pw / 2, midy + ph / 2)
    y_title = _add_text(
        slide.shapes,
        vbox,
        [f"{title} \u2192"],
        points=axis_pt,
        bold=True,
        align="center",
        name=f"axis:{key}",
    )
    y_title.rotation = 270
    for pos, word in ((area[3], low), (area[1], high)):
        ww, hh = _text_size([word], sizes.label)
        top = pos - hh if pos == area[3] else pos
        _add_text(
            slide.shapes,
            (area[0] - ww - 0.08, top, area[0] - 0.08, top + hh),
            [word],
            points=sizes.label,
            align="right",
            name=f"axis_end:{key}:{word}",
        )


def _draw_stakeholders(
    slide: Slide,
    *,
    sizes: _Sizes,
    frame: _Frame,
    ids: Sequence[str],
    names: Sequence[str],
    anchors: Sequence[tuple[float, float]],
    colours: Sequence[str],
    regions: Sequence[Box],
    cells: Sequence[Box],
    title_boxes: Sequence[Box],
    scores: Sequence[tuple[float, float]],
    numbers: Sequence[int],
    priority: Sequence[float],
) -> list[str]:
    """Draw one movable group per stakeholder; return the overflowing legend.

    A label without room shows the stakeholder's number of ``numbers`` (its
    place in the map), as in the figures of the same map.

    Each group holds a marker, its label and, for a label the placer moved away
    from its marker, a leader line, so a drag moves all of it. Labels go where
    :func:`_place_labels` puts them, inside ``regions`` where it can, the labels
    of the highest ``priority`` first. Each marker's alt text records its
    ``scores`` (x, y) and where it was drawn, so
    :func:`~stakeholder_map.io.read_pptx_ratings` can read a moved deck back.
    """
    from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
    from pptx.util import Pt

    from stakeholder_map.io._pptx import marker_record

    area = frame.area
    inner: Box = (area[0] + 0.02, area[1] + 0.02, area[2] - 0.02, area[3] - 0.02)

    def place(legend_boxes: Sequence[Box]) -> list[_Label]:
        return _place_labels(
            names,
            anchors,
            numbers=numbers,
            priority=priority,
            points=sizes.label,
            marker=sizes.marker,
            area=inner,
            obstacles=[*title_boxes, *legend_boxes],
            regions=regions,
        )

    def numbered(labels: Sequence[_Label]) -> list[int]:
        out = [k for k, lab in enumerate(labels) if lab.status == "numbered"]
        return sorted(out, key=lambda k: numbers[k])

    # The numbered names go into a legend in the free middle of the title bands
    # (bottom first, then top), or onto a slide of their own when there are too
    # many. A legend in the bands takes room from the labels, which may number
    # more of them: a few rounds settle it, else the names go to their own slide.
    first = placed = place(())
    legend: list[tuple[Box, list[str], float]] = []
    overflow: list[str] = []
    listed: list[int] = []
    for _ in range(3):
        now = numbered(placed)
        if now == listed:
            break
        listed = now
        entries = [f"{numbers[k]}\u00a0{names[k]}" for k in listed]
        in_bands = _legend_boxes(
            entries,
            cells=cells,
            titles=title_boxes,
            band=frame.band,
            points=sizes.label,
        )
        if in_bands is None:
            legend = []
            break
        legend = in_bands
        placed = place([box for box, _, _ in legend])
    else:
        legend = []
    if not legend:
        placed = first
        overflow = [f"{numbers[k]}\u00a0{names[k]}" for k in numbered(placed)]
    for k, (box, lines, points) in enumerate(legend):
        _add_text(
            slide.shapes, box, lines, points=points, colour=_INK, name=f"legend:{k}"
        )
    half = sizes.marker / 2
    for sid, (x, y), lab, colour, score in zip(
        ids, anchors, placed, colours, scores, strict=True
    ):
        group = slide.shapes.add_group_shape()
        group.name = f"stakeholder:{sid}"
        marker = group.shapes.add_shape(
            MSO_SHAPE.OVAL,
            _emu(x - half),
            _emu(y - half),
            _emu(2 * half),
            _emu(2 * half),
        )
        marker.name = f"marker:{sid}"
        centre = (
            int(marker.left + marker.width // 2),
            int(marker.top + marker.height // 2),
        )
        record = marker_record(sid, x=score[0], y=score[1], at=centre)
        cast("Any", marker._element).nvSpPr.cNvPr.set("descr", record)
        marker.fill.solid()
        marker.fill.fore_color.rgb = _rgb(colour)
        marker.line.color.rgb = _rgb("FFFFFF")
        marker.line.width = Pt(1.25)
        marker.shadow.inherit = False
        if lab.leader is not None:
            x0, y0, x1, y1 = lab.leader
            line = group.shapes.add_connector(
                MSO_CONNECTOR.STRAIGHT, _emu(x0), _emu(y0), _emu(x1), _emu(y1)
            )
            line.name = f"leader:{sid}"
            line.line.color.rgb = _rgb("7F7F7F")
            line.line.width = Pt(0.75)
        if lab.box is None:
            continue
        _add_text(
            group.shapes,
            lab.box,
            lab.lines,
            points=sizes.label,
            colour=_INK,
            align=lab.align,
            name=f"label:{sid}",
        )
    return overflow


def _record_grid(
    slide: Slide,
    frame: _Frame,
    *,
    view: str,
    x: str,
    y: str,
    xclip: tuple[float, float],
    yclip: tuple[float, float],
) -> None:
    """Write the grid's axis maps into the alt text of its white panel.

    :func:`~stakeholder_map.io.read_pptx_ratings` reads them to turn marker
    positions back into scores, clipped to ``xclip`` and ``yclip``.
    """
    from stakeholder_map.io._pptx import grid_record

    panel = next(s for s in slide.shapes if s.name == "grid_panel")
    x0, x1 = frame.xlim
    y0, y1 = frame.ylim
    record = grid_record(
        view=view,
        x=x,
        y=y,
        xmap=(frame.x_of(x0) * _EMU_PER_INCH, x0, frame.x_of(x1) * _EMU_PER_INCH, x1),
        ymap=(frame.y_of(y0) * _EMU_PER_INCH, y0, frame.y_of(y1) * _EMU_PER_INCH, y1),
        xclip=xclip,
        yclip=yclip,
        panel=(
            int(panel.left),
            int(panel.top),
            int(panel.left + panel.width),
            int(panel.top + panel.height),
        ),
    )
    cast("Any", panel._element).nvSpPr.cNvPr.set("descr", record)


def _grid_slide(
    deck: _Deck,
    df: pd.DataFrame,
    smap: StakeholderMap,
    *,
    lang: str,
    label_set: str,
    left_out: Sequence[str],
) -> list[str]:
    """Draw the power/interest grid slide; return the overflowing legend entries."""
    from stakeholder_map.plotting._numbers import stakeholder_numbers

    sizes = deck.sizes
    slide = deck.slide(label("grid", lang))
    lo, hi = smap.scale.min, smap.scale.max
    pad = 0.06 * (hi - lo)
    # Wider margins left and right leave room for labels of the outer markers.
    xpad = 0.12 * (hi - lo)
    frame = _frame(deck, xlim=(lo - xpad, hi + xpad), ylim=(lo - pad, hi + pad))
    area = frame.area
    cut = df.attrs["thresholds"]
    # Threshold positions before clipping, to nudge markers that sit on them.
    on_cut = (frame.x_of(cut["interest"]), frame.y_of(cut["power"]))
    cx = min(max(on_cut[0], area[0]), area[2])
    cy = min(max(on_cut[1], area[1]), area[3])
    colours = _quadrant_colours()
    boxes = {
        Quadrant.MANAGE_CLOSELY.value: (cx, area[1], area[2], cy),
        Quadrant.KEEP_SATISFIED.value: (area[0], area[1], cx, cy),
        Quadrant.KEEP_INFORMED.value: (cx, cy, area[2], area[3]),
        Quadrant.MONITOR.value: (area[0], cy, cx, area[3]),
    }
    right = (Quadrant.MANAGE_CLOSELY.value, Quadrant.KEEP_INFORMED.value)
    upper = (Quadrant.MANAGE_CLOSELY.value, Quadrant.KEEP_SATISFIED.value)
    cells = [
        _Cell(
            key=q,
            box=box,
            colour=colours[q],
            title=quadrant_label(q, label_set),
            align="right" if q in right else "left",
            upper=q in upper,
            kind="quadrant",
        )
        for q, box in boxes.items()
    ]
    title_boxes = _draw_cells(slide, cells, frame=frame, points=sizes.quadrant)
    _draw_axes(
        slide,
        frame,
        sizes=sizes,
        x=(
            "interest",
            label("interest", lang),
            label("low", lang),
            label("high", lang),
        ),
        y=("power", label("power", lang), label("low", lang), label("high", lang)),
    )
    raw = [
        (frame.x_of(i), frame.y_of(p))
        for i, p in zip(df["interest"], df["power"], strict=True)
    ]
    anchors, stacks = _spread(raw, marker=sizes.marker, cut=on_cut)
    overflow = _draw_stakeholders(
        slide,
        sizes=sizes,
        frame=frame,
        ids=[str(i) for i in df.index],
        numbers=stakeholder_numbers(smap, df.index),
        # As in the figure: the more power and interest, the nearer the label.
        priority=[
            float(p) + float(i)
            for p, i in zip(df["power"], df["interest"], strict=True)
        ],
        names=[str(n) for n in df["display_name"]],
        anchors=anchors,
        colours=[colours[str(q)] for q in df["quadrant"]],
        regions=[boxes[str(q)] for q in df["quadrant"]],
        cells=list(boxes.values()),
        title_boxes=title_boxes,
        scores=[
            (float(i), float(p))
            for i, p in zip(df["interest"], df["power"], strict=True)
        ],
    )
    _record_grid(
        slide,
        frame,
        view="power_interest",
        x="interest",
        y="power",
        xclip=(lo, hi),
        yclip=(lo, hi),
    )
    notes = [
        text(
            "notes_grid",
            lang,
            power=cut["power"],
            interest=cut["interest"],
            rule=", ".join(
                f"{label(k, lang).lower()} {v}"
                for k, v in df.attrs["threshold_rule"].items()
            ),
        ),
        "",
    ]
    for sid, row in df.iterrows():
        notes.append(
            f"{row['name']} [{sid}]: {label('power', lang).lower()} "
            f"{row['power']:g}, {label('interest', lang).lower()} "
            f"{row['interest']:g} -> {row['label']}"
        )
    notes += _notes_tail(
        df, stacks, left_out, overflow, lang=lang, left_out_key="notes_left_out"
    )
    _notes(slide, notes)
    return overflow


def _notes_tail(
    df: pd.DataFrame,
    stacks: Sequence[Sequence[int]],
    left_out: Sequence[str],
    overflow: Sequence[str],
    *,
    lang: str,
    left_out_key: str,
) -> list[str]:
    """Return the notes both grid slides end with.

    They name the spread markers, the stakeholders left out and the numbered
    labels that did not fit in the title bands.
    """
    notes: list[str] = []
    if stacks:
        stacked = "; ".join(
            ", ".join(str(df["display_name"].iloc[i]) for i in members)
            for members in stacks
        )
        notes += ["", text("notes_stacked", lang, names=stacked)]
    if left_out:
        notes += ["", text(left_out_key, lang, names=", ".join(left_out))]
    if overflow:
        notes += ["", label("other_labels", lang), *overflow]
    return notes


#: Half the width of the neutral column around attitude 0 (attitude units). Twice
#: the figure's: on a slide the column needs room for its markers' labels. Only
#: an attitude of exactly 0 counts as neutral either way.
_NEUTRAL_BAND = 0.5


def _attitude_colours() -> dict[int, str]:
    """Return the figures' attitude colours (-2..+2) as hex without '#'."""
    from stakeholder_map.plotting.themes import ATTITUDE_PALETTE

    return {int(k): str(v).lstrip("#").upper() for k, v in ATTITUDE_PALETTE.items()}


def _attitude_band(value: float) -> int:
    """Round an attitude to its band -2..+2, halves away from zero."""
    band = math.floor(abs(value) + 0.5) * (1 if value >= 0 else -1)
    return int(max(-2, min(2, band)))


def _attitude_slide(
    deck: _Deck,
    df: pd.DataFrame,
    smap: StakeholderMap,
    *,
    lang: str,
    left_out: Sequence[str],
) -> list[str]:
    """Draw the power/attitude grid slide; return the overflowing legend entries.

    ``df`` is :func:`~stakeholder_map.analysis.attitude_grid` with a
    ``display_name`` column. Opponents stand left, supporters right and neutral
    stakeholders in the narrow middle column; the powerful are above the line.
    """
    from stakeholder_map._types import AttitudeClass
    from stakeholder_map.plotting._numbers import stakeholder_numbers

    sizes = deck.sizes
    slide = deck.slide(label("view_attitude", lang))
    lo, hi = smap.scale.min, smap.scale.max
    pad = 0.06 * (hi - lo)
    edge = 2.5
    # The titles of a row: do the corner titles leave room for the centred one?
    titles = {c.value: label(c.value, lang) for c in AttitudeClass}
    width = deck.width - 0.35 - 1.1
    title_rows = (
        (AttitudeClass.KEY_OPPONENT, AttitudeClass.KEY_NEUTRAL, AttitudeClass.KEY_ALLY),
        (AttitudeClass.CRITIC, AttitudeClass.BYSTANDER, AttitudeClass.ALLY),
    )
    fits = all(
        max(
            _text_size([titles[a.value]], sizes.quadrant)[0],
            _text_size([titles[c.value]], sizes.quadrant)[0],
        )
        + 0.1
        + 0.3
        < (width - _text_size([titles[b.value]], sizes.quadrant)[0]) / 2
        for a, b, c in title_rows
    )
    frame = _frame(
        deck, xlim=(-edge, edge), ylim=(lo - pad, hi + pad), band_lines=1 if fits else 2
    )
    area = frame.area
    cut = float(df.attrs["threshold"])
    on_cut = frame.y_of(cut)
    cy = min(max(on_cut, area[1]), area[3])
    x_at = [area[0], frame.x_of(-_NEUTRAL_BAND), frame.x_of(_NEUTRAL_BAND), area[2]]
    colours = _attitude_colours()
    stance_colour = (colours[-2], colours[0], colours[2])
    aligns = ("left", "center", "right")
    cells = []
    for r, classes in enumerate(title_rows):
        y0, y1 = (area[1], cy) if r == 0 else (cy, area[3])
        for c, cls in enumerate(classes):
            cells.append(
                _Cell(
                    key=cls.value,
                    box=(x_at[c], y0, x_at[c + 1], y1),
                    colour=stance_colour[c],
                    title=titles[cls.value],
                    align=aligns[c],
                    upper=r == 0,
                    kind="attitude_cell",
                )
            )
    # Corner titles first, so a centred title moves inwards, not a corner one.
    order = [cells[0], cells[2], cells[3], cells[5], cells[1], cells[4]]
    title_boxes = _draw_cells(slide, order, frame=frame, points=sizes.quadrant)
    axis = str(df.attrs.get("axis", "power"))
    _draw_axes(
        slide,
        frame,
        sizes=sizes,
        x=(
            "attitude",
            label("attitude", lang),
            label("attitude_-2", lang),
            label("attitude_2", lang),
        ),
        y=(axis, label(axis, lang), label("low", lang), label("high", lang)),
    )
    raw = [
        (frame.x_of(a), frame.y_of(p))
        for a, p in zip(df["attitude"], df[axis], strict=True)
    ]
    # Markers on the power threshold move to the high side; no x threshold.
    anchors, stacks = _spread(raw, marker=sizes.marker, cut=(math.nan, on_cut))
    by_key = {cell.key: cell.box for cell in cells}
    overflow = _draw_stakeholders(
        slide,
        sizes=sizes,
        frame=frame,
        ids=[str(i) for i in df.index],
        numbers=stakeholder_numbers(smap, df.index),
        priority=[float(p) for p in df[axis]],  # as in the figure
        names=[str(n) for n in df["display_name"]],
        anchors=anchors,
        colours=[colours[_attitude_band(float(a))] for a in df["attitude"]],
        regions=[by_key[str(c)] for c in df["attitude_class"]],
        cells=list(by_key.values()),
        title_boxes=title_boxes,
        scores=[
            (float(a), float(p)) for a, p in zip(df["attitude"], df[axis], strict=True)
        ],
    )
    _record_grid(
        slide,
        frame,
        view="power_attitude",
        x="attitude",
        y=axis,
        xclip=(-2, 2),
        yclip=(lo, hi),
    )
    notes = [
        text(
            "notes_attitude",
            lang,
            power=cut,
            rule=df.attrs["threshold_rule"],
        ),
        "",
    ]
    for sid, row in df.iterrows():
        # A sign shows the side; neutral has none.
        attitude = f"{row['attitude']:+g}" if row["attitude"] else "0"
        notes.append(
            f"{row['name']} [{sid}]: {label(axis, lang).lower()} "
            f"{row[axis]:g}, {label('attitude', lang).lower()} {attitude} "
            f"-> {label(str(row['attitude_class']), lang)}"
        )
    notes += _notes_tail(
        df,
        stacks,
        left_out,
        overflow,
        lang=lang,
        left_out_key="notes_attitude_left_out",
    )
    _notes(slide, notes)
    return overflow


def _legend_slide(deck: _Deck, entries: Sequence[str], *, lang: str) -> Slide:
    """List the numbered names of a crowded grid in columns on a slide."""
    sizes = deck.sizes
    slide = deck.slide(label("other_labels", lang))
    top, bottom = 1.35, deck.height - 0.4
    per_column = max(1, int((bottom - top) / (1.25 * sizes.table / 72)))
    columns = max(1, math.ceil(len(entries) / per_column))
    width = (deck.width - 1.0) / columns
    for c in range(columns):
        chunk = entries[c * per_column : (c + 1) * per_column]
        if not chunk:
            break
        left = 0.5 + c * width
        _add_text(
            slide.shapes,
            (left, top, left + width - 0.1, bottom),
            chunk,
            points=sizes.table if columns <= 3 else max(10.0, sizes.table - 3),
            name=f"legend_column:{c}",
            top=True,
        )
    _notes(slide, list(entries))
    return slide


def _table_slides(
    deck: _Deck, df: pd.DataFrame, *, lang: str, label_set: str
) -> list[Slide]:
    from pptx.util import Pt

    from stakeholder_map.export._tables import classification, sort_classification

    sizes = deck.sizes
    rows = sort_classification(df)
    table_text = classification(rows, lang)
    headers = table_text.headers
    per = sizes.rows_per_slide
    pages = max(1, math.ceil(len(rows) / per))
    width = deck.width - 1.0
    # Column shares: names and strategies get the room.
    shares = [0.25, 0.12, 0.085, 0.085, 0.15, 0.31]
    slides = []
    for page in range(pages):
        chunk = rows.iloc[page * per : (page + 1) * per]
        title = label("table", lang)
        if pages > 1:
            title = text(
                "slide_table_page", lang, title=title, page=page + 1, pages=pages
            )
        slide = deck.slide(title)
        row_h = sizes.table / 72 * 2.6
        shape = slide.shapes.add_table(
            len(chunk) + 1,
            len(headers),
            _emu(0.5),
            _emu(1.35),
            _emu(width),
            _emu(row_h * (len(chunk) + 1)),
        )
        shape.name = "classification_table"
        table = shape.table
        for c, share in enumerate(shares):
            table.columns[c].width = _emu(width * share)
        cells = [headers, *table_text.rows[page * per : (page + 1) * per]]
        for r_i, values in enumerate(cells):
            for c_i, value in enumerate(values):
                cell = table.cell(r_i, c_i)
                cell.text = value
                for para in cell.text_frame.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(sizes.table)
        notes = [text("notes_table", lang), ""]
        notes += [
            f"{r['name']} [{sid}]: {r['category'] or '-'}; "
            f"{label('power', lang).lower()} {r['power']:g}, "
            f"{label('interest', lang).lower()} {r['interest']:g}; "
            f"{r['label']} ({r['quadrant']})"
            for sid, r in chunk.iterrows()
        ]
        _notes(slide, notes)
        slides.append(slide)
    return slides


def _image_slide(
    deck: _Deck, smap: StakeholderMap, view: str, *, lang: str, theme: str
) -> Slide:
    import matplotlib.pyplot as plt

    import stakeholder_map.plotting as plotting

    function = _IMAGE_VIEWS[view]
    plot = getattr(plotting, function)
    slide = deck.slide(label(f"view_{view}", lang))
    box_w, box_h = deck.width - 1.0, deck.height - 1.6
    # Drawn at three quarters of the room and scaled up to fill it: the text of
    # the figure grows by a third, to the sizes of the slide's own text.
    fig = plt.figure(figsize=(box_w * 0.75, box_h * 0.75))
    buffer = io.BytesIO()
    try:
        ax = fig.add_subplot()
        with plotting.theme(cast("Any", theme)):  # checked by to_pptx
            if view == "grid":
                plot(smap, ax=ax, lang=lang)
            else:
                plot(smap, ax=ax)
            fig.savefig(buffer, format="png", dpi=200, bbox_inches="tight")
    finally:
        plt.close(fig)
    buffer.seek(0)
    pic = slide.shapes.add_picture(buffer, _emu(0.5), _emu(1.35), height=_emu(box_h))
    if pic.width > _emu(box_w):  # keep the aspect ratio inside the box
        ratio = _emu(box_w) / pic.width
        pic.width, pic.height = _emu(box_w), _emu(pic.height * ratio / _EMU_PER_INCH)
    pic.left = _emu((deck.width - pic.width / _EMU_PER_INCH) / 2)
    pic.top = _emu(1.35 + (box_h - pic.height / _EMU_PER_INCH) / 2)
    pic.name = f"view:{view}"
    # The text alternative a screen reader reads (PowerPoint's "Alt Text"),
    # built from the data the figure shows; python-pptx leaves "image.png".
    from stakeholder_map.export._describe import describe

    about = describe(smap, view, lang=lang)
    cast("Any", pic._element).nvPicPr.cNvPr.set("descr", about.alt)
    _notes(
        slide,
        [text("notes_view", lang, function=f"skm.plotting.{function}"), "", about.alt],
    )
    return slide


def _check_views(views: Sequence[str], lang: str) -> tuple[str, ...]:
    available = available_views()
    chosen = (views,) if isinstance(views, str) else tuple(views)
    for view in chosen:
        if view not in available:
            hint = ""
            if view in _IMAGE_VIEWS:
                hint = text(
                    "view_needs_plot",
                    lang,
                    view=view,
                    function=f"skm.plotting.{_IMAGE_VIEWS[view]}",
                )
            msg = text(
                "unknown_view", lang, available=list(available), view=view, hint=hint
            )
            raise ValueError(msg)
    return chosen


def _remove_slides(prs: Presentation) -> None:
    """Drop the template's own slides, keeping its masters and layouts."""
    sld_ids = prs.slides._sldIdLst  # python-pptx has no public delete
    for sld_id in list(sld_ids):
        prs.part.drop_rel(sld_id.rId)
        sld_ids.remove(sld_id)


def to_pptx(
    smap: StakeholderMap,
    path: str | os.PathLike[str],
    *,
    views: Sequence[str] = ("grid", "table"),
    lang: str = "nl",
    theme: str = "slides",
    profile: Profile = "internal",
    template: str | os.PathLike[str] | None = None,
    threshold: Threshold = "midpoint",
    labels: str | None = None,
    title: str | None = None,
) -> Path:
    """Write a 16:9 slide deck for a workshop.

    The deck opens with a title slide (the map's name, the number of stakeholders,
    the date and the privacy profile). The ``"grid"`` view is the power/interest
    grid made of native, editable shapes: four quadrant rectangles with their
    titles, and per stakeholder one group of a marker and its label (named
    ``stakeholder:<id>``), which a facilitator can drag during the session.
    Markers with the same scores are spread around their point so each can be
    grabbed. The ``"attitude"`` view is the power/attitude grid drawn the same
    way: six cell rectangles (``attitude_cell:<class>``: key ally, influential
    neutral, key opponent above the power threshold; ally, bystander, critic
    below it), opponents left, neutral stakeholders in the middle column and
    supporters right, markers coloured by attitude. The ``"table"`` view lists
    the classification, split over slides when it is long. Other views
    (``"network"``, ``"salience"``, ... when their plotting functions are
    installed) are pictures at 200 dpi. Every slide has
    speaker notes with the data behind it. A view no stakeholder has the
    scores for (salience on a map without legitimacy or urgency) gets no slide;
    the title slide's notes say why in one line, and an
    :class:`~stakeholder_map.exceptions.EmptyViewWarning` says the same.

    Fonts are sized for a projector (``theme="slides"``: labels 14 pt, quadrant
    titles 20 pt); quadrant colours are Okabe & Ito's colour-blind-safe set; the
    grid sits on its own white panel, so it reads well on light and dark
    templates, and text outside it takes the template's text colour.

    Parameters
    ----------
    smap
        The stakeholder map.
    path
        Where to write the ``.pptx``. The file is written to a temporary file
        first and then moved into place, so a failure never leaves half a deck.
    views
        The slides after the title slide, in order: see :func:`available_views`.
    lang
        Language of titles, labels and notes: ``"nl"`` or ``"en"``.
    theme
        ``"slides"`` (large fonts, the default), ``"notebook"`` or ``"print"``.
    profile
        Privacy profile applied before anything is written: ``"internal"``,
        ``"cop"`` or ``"public"`` (see :func:`stakeholder_map.privacy.redact`).
        The title slide's notes say what it removed.
    template
        A ``.pptx`` whose slide size, masters and layouts are used (its own
        slides are dropped). Layouts are picked by their placeholders: a title
        and a subtitle for the title slide, a title only for the others.
    threshold
        Where "high" starts on the grid, as in
        :func:`stakeholder_map.analysis.power_interest`; the power/attitude grid
        uses its power part.
    labels
        The quadrant label set; by default the one of ``lang``.
    title
        Title of the deck; by default the map's name.

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    ImportError
        When python-pptx is not installed (``pip install 'stakeholder-map[pptx]'``).
    ValueError
        When a view, theme, profile or label set is unknown.

    See Also
    --------
    stakeholder_map.analysis.power_interest : The numbers behind the grid.
    stakeholder_map.analysis.attitude_grid : The cells of the power/attitude grid.
    to_html : The same content as an offline report.

    Notes
    -----
    The grid is the power/interest grid of Johnson & Scholes, adapted from
    Mendelow (1981); a score equal to the threshold counts as high. The
    power/attitude grid follows Bryson (2004); its six cell names are this
    library's, only an attitude of exactly 0 is neutral, and the neutral column
    is drawn from -0.5 to 0.5 so its labels have room. Pictures are PNG because
    python-pptx cannot embed SVG.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = skm.export.to_pptx(smap, pathlib.Path(tmp) / "deck.pptx")
    ...     out.name, out.stat().st_size > 20_000
    ('deck.pptx', True)
    """
    from stakeholder_map.analysis._common import check_choice

    check_choice("lang", lang, ("nl", "en"))
    check_choice("theme", theme, tuple(_THEMES))
    chosen = _check_views(views, lang)
    try:
        from pptx import Presentation as new_presentation
    except ImportError as err:  # pragma: no cover - depends on the installation
        raise ImportError(text("pptx_missing", lang)) from err
    import warnings

    from stakeholder_map.analysis import power_interest

    report = redaction_report(smap, profile=profile, lang=lang)
    shared = _redact_any(smap, profile)
    from stakeholder_map.io._xmltext import refuse_xml_unsafe_text

    refuse_xml_unsafe_text(shared, Path(path), "PowerPoint", lang=lang)
    label_set = labels or lang
    with warnings.catch_warnings():
        # Stakeholders without scores are named in the grid's notes instead.
        from stakeholder_map.exceptions import StakeholderMapWarning

        warnings.simplefilter("ignore", StakeholderMapWarning)
        df = power_interest(shared, threshold=threshold, labels=label_set)
    df["display_name"] = [shared.get(str(i)).display_name for i in df.index]
    left_out = [s.name for s in shared if s.power is None or s.interest is None]

    if template is not None:
        prs = new_presentation(os.fspath(template))
        _remove_slides(prs)
    else:
        prs = new_presentation()
        prs.slide_width, prs.slide_height = _emu(13.333), _emu(7.5)
    slide_width, slide_height = prs.slide_width, prs.slide_height
    assert slide_width is not None
    assert slide_height is not None
    deck = _Deck(
        prs=prs,
        sizes=_THEMES[theme],
        default_template=template is None,
        width=slide_width / _EMU_PER_INCH,
        height=slide_height / _EMU_PER_INCH,
    )
    subtitle = [text("deck_subtitle", lang, n=len(shared))]
    if shared.date is not None:
        subtitle[0] += f" \u00b7 {shared.date.isoformat()}"
    if profile != "internal":
        subtitle.append(text("deck_privacy", lang, profile=profile))
    first = deck.slide(title or shared.name, subtitle="\n".join(subtitle))
    # A view no stakeholder has the scores for gets no slide: an empty drawing
    # says nothing. One line per view, in the title slide's notes, says why.
    from stakeholder_map.exceptions import EmptyViewWarning

    empty = {v: empty_view_reason(shared, v, lang) for v in chosen}
    reasons = [r for r in empty.values() if r is not None]
    for view, reason in empty.items():
        if reason is not None:
            warnings.warn(EmptyViewWarning(reason, view=view), stacklevel=2)
    _notes(first, [*report.splitlines(), *([""] if reasons else []), *reasons])
    for view in chosen:
        if empty[view] is not None:
            continue
        if view == "grid":
            overflow = _grid_slide(
                deck, df, shared, lang=lang, label_set=label_set, left_out=left_out
            )
            if overflow:
                _legend_slide(deck, overflow, lang=lang)
        elif view == "table":
            _table_slides(deck, df, lang=lang, label_set=label_set)
        elif view == "attitude":
            overflow = _attitude_slide(
                deck,
                _attitude_frame(shared, threshold=threshold, lang=lang),
                shared,
                lang=lang,
                left_out=[
                    s.name for s in shared if s.power is None or s.attitude is None
                ],
            )
            if overflow:
                _legend_slide(deck, overflow, lang=lang)
        else:
            _image_slide(deck, shared, view, lang=lang, theme=theme)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    return atomic_write(out, lambda tmp: _save(prs, tmp))


def _attitude_frame(
    smap: StakeholderMap, *, threshold: Threshold, lang: str
) -> pd.DataFrame:
    """Return the power/attitude grid of ``smap`` with display names.

    The power part of ``threshold`` applies (one rule, a pair or a dict, as for
    the power/interest grid).
    """
    import warnings

    from stakeholder_map.analysis import attitude_grid
    from stakeholder_map.analysis._common import split_threshold
    from stakeholder_map.exceptions import StakeholderMapWarning

    rule = split_threshold(threshold, ("power", "interest"))["power"]
    with warnings.catch_warnings():
        # Stakeholders without power or attitude are named in the notes instead.
        warnings.simplefilter("ignore", StakeholderMapWarning)
        df = attitude_grid(smap, threshold=rule, lang=lang)
    df["display_name"] = [smap.get(str(i)).display_name for i in df.index]
    return df


def _save(prs: Presentation, path: Path) -> None:
    prs.save(str(path))
