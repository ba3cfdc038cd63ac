"""Vectorised collision tests between boxes, circles and segments (display units).

Boxes are rows ``(x0, y0, x1, y1)``, circles ``(cx, cy, r)`` and segments
``(x0, y0, x1, y1)``. Every function compares each row of its first argument with
each row of its second and returns a boolean matrix; callers reduce it with
``any(axis=1)``. Arrays of a few hundred rows cost microseconds, so the label placer
tests all candidate positions of a label in one call instead of looping in Python.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]
Mask = NDArray[np.bool_]


def boxes_overlap(a: Array, b: Array, pad: float = 0.0) -> Mask:
    """Return ``(len(a), len(b))``: box a_i and box b_j overlap (closer than pad)."""
    return (
        (a[:, None, 0] < b[None, :, 2] + pad)
        & (a[:, None, 2] > b[None, :, 0] - pad)
        & (a[:, None, 1] < b[None, :, 3] + pad)
        & (a[:, None, 3] > b[None, :, 1] - pad)
    )


def box_circle_gap(boxes: Array, circles: Array) -> Array:
    """Return ``(len(boxes), len(circles))``: distance from each box to each circle.

    Negative where the circle reaches into the box.
    """
    cx = circles[None, :, 0]
    cy = circles[None, :, 1]
    dx = np.maximum(np.maximum(boxes[:, None, 0] - cx, cx - boxes[:, None, 2]), 0.0)
    dy = np.maximum(np.maximum(boxes[:, None, 1] - cy, cy - boxes[:, None, 3]), 0.0)
    return np.asarray(np.hypot(dx, dy) - circles[None, :, 2], dtype=np.float64)


def boxes_hit_circles(boxes: Array, circles: Array, pad: float = 0.0) -> Mask:
    """Return ``(len(boxes), len(circles))``: circle j reaches within pad of box i."""
    cx = circles[None, :, 0]
    cy = circles[None, :, 1]
    dx = np.maximum(np.maximum(boxes[:, None, 0] - cx, cx - boxes[:, None, 2]), 0.0)
    dy = np.maximum(np.maximum(boxes[:, None, 1] - cy, cy - boxes[:, None, 3]), 0.0)
    reach = circles[None, :, 2] + pad
    return np.asarray(dx * dx + dy * dy < reach * reach)


def segments_hit_boxes(seg: Array, boxes: Array, pad: float | Array = 0.0) -> Mask:
    """Return ``(len(seg), len(boxes))``: segment i passes through box j (+pad).

    ``pad`` is one number or one per segment (e.g. half a line's width).
    """
    grow = np.asarray(pad, dtype=np.float64)
    if grow.ndim:
        grow = grow[:, None]
    bx0 = boxes[None, :, 0] - grow
    by0 = boxes[None, :, 1] - grow
    bx1 = boxes[None, :, 2] + grow
    by1 = boxes[None, :, 3] + grow
    x0 = seg[:, None, 0]
    y0 = seg[:, None, 1]
    x1 = seg[:, None, 2]
    y1 = seg[:, None, 3]
    near = (
        (np.minimum(x0, x1) < bx1)
        & (np.maximum(x0, x1) > bx0)
        & (np.minimum(y0, y1) < by1)
        & (np.maximum(y0, y1) > by0)
    )
    dx = x1 - x0
    dy = y1 - y0
    # Signed side of each box corner relative to the segment's line: the line misses
    # the box when all four corners lie strictly on one side.
    sides = [dx * (cy - y0) - dy * (cx - x0) for cx in (bx0, bx1) for cy in (by0, by1)]
    stack = np.stack(sides)
    one_side = np.all(stack > 0, axis=0) | np.all(stack < 0, axis=0)
    return np.asarray(near & ~one_side)


def segments_circle_gap(seg: Array, circles: Array) -> Array:
    """Return ``(len(seg), len(circles))``: distance from segment i to circle j."""
    px = seg[:, None, 0]
    py = seg[:, None, 1]
    dx = seg[:, None, 2] - px
    dy = seg[:, None, 3] - py
    cx = circles[None, :, 0]
    cy = circles[None, :, 1]
    length2 = np.maximum(dx * dx + dy * dy, 1e-12)
    t = np.clip(((cx - px) * dx + (cy - py) * dy) / length2, 0.0, 1.0)
    dist = np.hypot(px + t * dx - cx, py + t * dy - cy)
    return np.asarray(dist - circles[None, :, 2], dtype=np.float64)


def segments_cross(a: Array, b: Array) -> Mask:
    """Return ``(len(a), len(b))``: segment a_i properly crosses segment b_j."""

    def orient(
        px: Array, py: Array, qx: Array, qy: Array, rx: Array, ry: Array
    ) -> Array:
        return np.asarray((qx - px) * (ry - py) - (qy - py) * (rx - px))

    ax0, ay0, ax1, ay1 = (a[:, None, k] for k in range(4))
    bx0, by0, bx1, by1 = (b[None, :, k] for k in range(4))
    d1 = orient(ax0, ay0, ax1, ay1, bx0, by0)
    d2 = orient(ax0, ay0, ax1, ay1, bx1, by1)
    d3 = orient(bx0, by0, bx1, by1, ax0, ay0)
    d4 = orient(bx0, by0, bx1, by1, ax1, ay1)
    return np.asarray((d1 * d2 < 0) & (d3 * d4 < 0))


def points_in_polygon(points: Array, polygon: Array) -> Mask:
    """Return ``(len(points),)``: each point lies inside the polygon (even-odd rule).

    ``polygon`` is ``(k, 2)`` vertices; closing it is optional.
    """
    if len(polygon) < 3 or not len(points):
        return np.zeros(len(points), dtype=bool)
    x0 = polygon[None, :, 0]
    y0 = polygon[None, :, 1]
    x1 = np.roll(polygon[:, 0], -1)[None, :]
    y1 = np.roll(polygon[:, 1], -1)[None, :]
    px = points[:, None, 0]
    py = points[:, None, 1]
    # Edges that straddle the point's height, and where they cross that height.
    straddle = (y0 > py) != (y1 > py)
    with np.errstate(divide="ignore", invalid="ignore"):
        cross_x = x0 + (py - y0) * (x1 - x0) / (y1 - y0)
    crossings = (straddle & (px < cross_x)).sum(axis=1)
    return np.asarray(crossings % 2 == 1)
