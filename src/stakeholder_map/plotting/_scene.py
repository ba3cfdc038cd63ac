"""An Axes as the label engine sees it: texts, markers, lines and areas as shapes.

Measures a drawn figure with its renderer (text boxes, marker circles in display
units, lines with their width, filled areas) for :class:`.labels.LabelPlacement`
and :func:`._overlaps.label_overlaps`. It may import matplotlib, numpy and the
placement engine's geometry, nothing else of the plotting layer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.collections import Collection, LineCollection, PathCollection
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Patch, Rectangle
from matplotlib.path import Path
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from stakeholder_map._placement import geometry as geo

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure


_Array = geo.Array


def _root_figure(artist: Artist) -> Figure:
    """Return the top-level Figure of an artist (also inside a SubFigure)."""
    fig: Any
    try:
        fig = artist.get_figure(root=True)
    except TypeError:  # matplotlib < 3.10: SubFigure.figure is the root figure
        fig = artist.figure
        fig = getattr(fig, "figure", fig)
    if fig is None:
        msg = "The Axes must belong to a Figure to place labels."
        raise ValueError(msg)
    return fig  # type: ignore[no-any-return]


def _renderer(fig: Figure) -> RendererBase:
    """Return a renderer that can measure text for ``fig``."""
    get = getattr(fig.canvas, "get_renderer", None)
    if get is None:
        # Figures made without pyplot have a FigureCanvasBase; Figure builds an Agg
        # renderer for measuring (the same path matplotlib's tight bbox code uses).
        get = fig._get_renderer  # type: ignore[attr-defined]
    return get()  # type: ignore[no-any-return]


def _slot_width(ax: Axes) -> float:
    """Return the width in inches of the figure's share that belongs to ``ax``.

    For an Axes in a grid of subplots, its columns' share of the (sub)figure's
    width; else the whole width. Keys and legends beside or below an Axes are
    sized against it, so that several plots side by side all keep their room.
    """
    parent: Any = ax.get_figure()
    width = float(parent.bbox.width) / float(_root_figure(ax).dpi)
    spec = ax.get_subplotspec()
    if spec is None:
        return width
    ratios = spec.get_gridspec().get_width_ratios()
    ncols = spec.get_gridspec().ncols
    weights: list[float] = (
        [1.0] * ncols if ratios is None else np.asarray(ratios, dtype=float).tolist()
    )
    share = sum(weights[c] for c in spec.colspan) / sum(weights)
    return width * share


def _text_box(text: Text, renderer: RendererBase) -> Bbox:
    """Return a Text's extent in display units, including its bbox patch if any."""
    box = text.get_window_extent(renderer)
    patch = text.get_bbox_patch()
    if patch is not None:
        text.update_bbox_position_size(renderer)
        box = Bbox.union([box, patch.get_window_extent(renderer)])
    return box


def _marker_circles(coll: PathCollection, dpi: float) -> _Array:
    """Return ``(n, 3)`` circles (x, y, radius) around a scatter's markers (pixels)."""
    offsets: _Array = np.asarray(
        np.ma.filled(np.ma.asarray(coll.get_offsets(), dtype=np.float64), np.nan),
        dtype=np.float64,
    )
    sizes: _Array = np.asarray(coll.get_sizes(), dtype=np.float64)
    paths = coll.get_paths()
    if len(offsets) == 0 or len(sizes) == 0 or not paths:
        return np.empty((0, 3))
    xy = coll.get_offset_transform().transform(offsets)
    halves = []
    for path in paths:
        ext = path.get_extents()
        halves.append(max(abs(ext.x0), abs(ext.x1), abs(ext.y0), abs(ext.y1)))
    widths: _Array = np.atleast_1d(np.asarray(coll.get_linewidth(), dtype=np.float64))
    if len(widths) == 0:
        widths = np.zeros(1)
    n = len(xy)
    idx = np.arange(n)
    half = np.asarray(halves)[idx % len(halves)]
    scale = np.sqrt(sizes[idx % len(sizes)]) * dpi / 72.0
    edge = widths[idx % len(widths)] / 2.0 * dpi / 72.0
    out = np.column_stack([xy, half * scale + edge])
    return np.asarray(out[np.isfinite(out).all(axis=1)], dtype=np.float64)


def _artist_boxes(artists: Iterable[Artist], renderer: RendererBase) -> list[Bbox]:
    boxes = []
    for art in artists:
        if not art.get_visible():
            continue
        if isinstance(art, Text):
            if not art.get_text():
                continue
            boxes.append(_text_box(art, renderer))
        else:
            box = art.get_window_extent(renderer)
            if box.width > 0 or box.height > 0:
                boxes.append(box)
    return boxes


def _as_array(boxes: Sequence[Bbox]) -> _Array:
    if not boxes:
        return np.empty((0, 4))
    return np.asarray([b.extents for b in boxes], dtype=np.float64)


@dataclass
class _Shapes:
    """Obstacles in display units, each tagged with the artist it came from.

    Texts, legends and other artists count by their box; scatter markers as
    circles; lines, arrows, whiskers and outlines as segments (``line_pad`` is
    half their width); filled patches also as areas (polygons) no label may sit
    inside.
    """

    names: list[str] = field(default_factory=list)
    boxes: list[Bbox] = field(default_factory=list)
    box_owner: list[int] = field(default_factory=list)
    circles: list[_Array] = field(default_factory=list)
    circle_owner: list[int] = field(default_factory=list)
    segments: list[_Array] = field(default_factory=list)
    pads: list[_Array] = field(default_factory=list)
    owners: list[_Array] = field(default_factory=list)
    areas: list[_Array] = field(default_factory=list)
    area_owner: list[int] = field(default_factory=list)

    def box_array(self) -> _Array:
        return _as_array(self.boxes)

    def circle_array(self) -> _Array:
        return np.concatenate(self.circles) if self.circles else np.empty((0, 3))

    def lines(self) -> tuple[_Array, _Array, _Array]:
        """Return the segments ``(s, 4)``, their half widths and owners."""
        if not self.segments:
            return np.empty((0, 4)), np.empty(0), np.empty(0, dtype=int)
        return (
            np.concatenate(self.segments),
            np.concatenate(self.pads),
            np.concatenate(self.owners),
        )

    def add_polyline(self, xy: _Array, half_width: float, owner: int) -> None:
        pts = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        if len(pts) < 2:
            return
        seg = np.column_stack([pts[:-1], pts[1:]])
        keep = np.isfinite(seg).all(axis=1) & (seg[:, :2] != seg[:, 2:]).any(axis=1)
        seg = seg[keep]
        self.segments.append(seg)
        self.pads.append(np.full(len(seg), half_width))
        self.owners.append(np.full(len(seg), owner))

    def add_path(
        self, path: Path, *, half_width: float, filled: bool, owner: int
    ) -> None:
        """Add a path in display units: its outline, and its inside if filled."""
        for raw in path.to_polygons(closed_only=False):
            poly = np.asarray(raw, dtype=np.float64).reshape(-1, 2)
            self.add_polyline(poly, half_width, owner)
            if filled and len(poly) >= 3 and np.isfinite(poly).all():
                self.areas.append(poly)
                self.area_owner.append(owner)


def _describe(art: Artist) -> str:
    gid = art.get_gid()
    return f"{type(art).__name__} {gid!r}" if gid else type(art).__name__


def _is_filled(face: Any) -> bool:
    rgba = np.asarray(face, dtype=np.float64).reshape(-1, 4)
    return bool(len(rgba) and (rgba[:, 3] > 0).any())


def _shapes(artists: Iterable[Artist], renderer: RendererBase, dpi: float) -> _Shapes:
    """Sort artists to avoid into boxes, marker circles, line segments and areas."""
    out = _Shapes()
    px = dpi / 72.0
    for art in artists:
        if not art.get_visible():
            continue
        owner = len(out.names)
        out.names.append(_describe(art))
        if isinstance(art, PathCollection):
            out.circles.append(_marker_circles(art, dpi))
            out.circle_owner.append(owner)
        elif isinstance(art, Line2D) and art.get_linestyle() not in ("None", ""):
            xy = art.get_transform().transform(np.asarray(art.get_xydata(), float))
            out.add_polyline(xy, art.get_linewidth() * px / 2, owner)
        elif isinstance(art, FancyArrowPatch):
            # An arrow's shrink and head are in points, but until it is first
            # drawn matplotlib takes one point for one pixel (draw sets the
            # factor); labels placed before the first draw would miss the
            # arrow by that much.
            if hasattr(art, "_dpi_cor"):
                art._dpi_cor = renderer.points_to_pixels(1.0)
            path = art.get_transform().transform_path(art.get_path())
            out.add_path(
                path, half_width=art.get_linewidth() * px / 2, filled=False, owner=owner
            )
        elif isinstance(art, Patch) and not (
            isinstance(art, Rectangle) and art.get_angle() == 0
        ):
            path = art.get_transform().transform_path(art.get_path())
            out.add_path(
                path,
                half_width=art.get_linewidth() * px / 2,
                filled=art.get_fill() and _is_filled(art.get_facecolor()),
                owner=owner,
            )
        elif isinstance(art, Collection) and not np.asarray(art.get_offsets()).any():
            trans = art.get_transform()
            widths = np.atleast_1d(np.asarray(art.get_linewidth(), dtype=np.float64))
            faces = np.asarray(art.get_facecolor(), dtype=np.float64).reshape(-1, 4)
            filled = not isinstance(art, LineCollection)
            for i, path in enumerate(art.get_paths()):
                width = float(widths[i % len(widths)]) if len(widths) else 0.0
                face = faces[i % len(faces)] if len(faces) else None
                out.add_path(
                    trans.transform_path(path),
                    half_width=width * px / 2,
                    filled=filled and face is not None and _is_filled(face),
                    owner=owner,
                )
        else:
            for box in _artist_boxes([art], renderer):
                out.boxes.append(box)
                out.box_owner.append(owner)
    return out
