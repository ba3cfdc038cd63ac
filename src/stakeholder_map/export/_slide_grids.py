"""The native grid slides: power/interest and power/attitude as editable shapes.

Cells, axes, one movable group per stakeholder (marker, label, leader) and the
speaker notes with the data behind the slide. It may import the analyses,
:mod:`._slide_shapes`, :mod:`._slide_labels` and python-pptx (lazily).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from stakeholder_map._types import Quadrant
from stakeholder_map.export._slide_labels import (
    _Label,
    _legend_boxes,
    _place_labels,
    _spread,
)
from stakeholder_map.export._slide_shapes import (
    _EMU_PER_INCH,
    _INK,
    Box,
    _add_text,
    _Deck,
    _emu,
    _notes,
    _overlap,
    _quadrant_colours,
    _rect,
    _rgb,
    _shade,
    _Sizes,
    _text_size,
    _tint,
)
from stakeholder_map.i18n import label, quadrant_label, text

if TYPE_CHECKING:
    import pandas as pd
    from pptx.slide import Slide

    from stakeholder_map.analysis._common import Threshold
    from stakeholder_map.models import StakeholderMap


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
