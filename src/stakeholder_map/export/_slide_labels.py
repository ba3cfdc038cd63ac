"""Labels on slide grids: the adapter from slide inches to the label engine.

:func:`_place_labels` hands markers, titles and regions to
:mod:`stakeholder_map._placement` in points with y upwards and brings the boxes
back; :func:`_spread` separates stacked markers; :func:`_legend_boxes` and
:func:`_pack_bands` lay the numbered names out in the title bands. It may import
numpy, the placement engine and :mod:`._slide_shapes`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from stakeholder_map.export._slide_shapes import _WRAP_AT, Box, _text_size

if TYPE_CHECKING:
    pass


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
