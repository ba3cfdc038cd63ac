"""The one label placer every plot uses: names next to markers, never overlapping.

:func:`place_labels` puts each label beside its marker where it overlaps no other
label, marker, title or legend and stays inside the axes; a label that only fits
further away gets a thin leader line, and a name that is too long or finds no room
gets a number next to its marker and a line "number. full name" in a key beside the
axes. :func:`label_overlaps` measures the result with the renderer's bounding boxes.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.collections import Collection, LineCollection, PathCollection
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.offsetbox import (
    AnchoredOffsetbox,
    DrawingArea,
    HPacker,
    TextArea,
    VPacker,
)
from matplotlib.patches import FancyArrowPatch, Patch, Rectangle
from matplotlib.path import Path
from matplotlib.patheffects import withStroke
from matplotlib.text import Text
from matplotlib.transforms import Bbox, ScaledTranslation

from stakeholder_map._placement import geometry as geo
from stakeholder_map._placement.placer import Choice, Placer, Status, wrap_text
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.i18n import label as i18n_label
from stakeholder_map.i18n import text as i18n_text

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure
    from numpy.typing import ArrayLike

__all__ = ["LabelPlacement", "OverlapReport", "label_overlaps", "place_labels"]

_Array = geo.Array

# The key of numbered labels: at most this fraction of the figure's width, and a
# font shrunk to no less than this size.
_KEY_MAX_WIDTH = 0.32
# Figure space (as wide as a digit) and punctuation space (as wide as a full stop).
_TABULAR_SPACES = ("\u2007", "\u2008")
_KEY_MIN_SIZE = 4.0


@dataclass(frozen=True)
class _Settings:
    """Placement settings; lengths in points."""

    fontsize: float
    pad: float
    gap: float
    step: float
    max_distance: float
    wrap: int | None
    max_lines: int
    max_width: float
    number_fallback: bool


@dataclass(frozen=True)
class OverlapReport:
    """Counts of label overlaps on an Axes, measured with renderer bounding boxes.

    Attributes
    ----------
    n_labels : int
        Number of labels measured.
    label_label : int
        Pairs of labels whose boxes overlap.
    label_marker : int
        (label, marker) pairs where the marker reaches into the label's box.
    label_avoid : int
        (label, artist) pairs where a label overlaps a title, legend, arrow,
        whisker or other artist it should avoid.
    outside : int
        Labels not wholly inside the axes.
    leader_label : int
        (leader line, label) pairs where a leader line crosses another label.
    details : tuple of str
        A description of each overlap (at most 50), for test messages.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> ax = Figure().add_subplot()
    >>> _ = ax.text(0.5, 0.5, "A")
    >>> _ = ax.text(0.5, 0.5, "B")
    >>> report = skm.plotting.label_overlaps(ax)
    >>> report.label_label, report.ok
    (1, False)
    """

    n_labels: int
    label_label: int
    label_marker: int
    label_avoid: int
    outside: int
    leader_label: int = 0
    details: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        """All overlaps and labels outside the axes, added up.

        Examples
        --------
        >>> from matplotlib.figure import Figure
        >>> ax = Figure().add_subplot()
        >>> _ = ax.text(0.5, 0.5, "A")
        >>> _ = ax.text(0.5, 0.5, "B")
        >>> skm.plotting.label_overlaps(ax).total
        1
        """
        return (
            self.label_label
            + self.label_marker
            + self.label_avoid
            + self.outside
            + self.leader_label
        )

    @property
    def ok(self) -> bool:
        """True when nothing overlaps and every label is inside the axes.

        Examples
        --------
        >>> from matplotlib.figure import Figure
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> ax = skm.plotting.plot_power_interest(smap, ax=Figure().add_subplot())
        >>> skm.plotting.label_overlaps(ax).ok
        True
        """
        return self.total == 0


# --------------------------------------------------------------------------------
# Helpers shared by the placer and the measure
# --------------------------------------------------------------------------------


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


def _placements(ax: Axes) -> list[LabelPlacement]:
    return [a for a in ax.get_children() if isinstance(a, LabelPlacement)]


# --------------------------------------------------------------------------------
# The placement artist
# --------------------------------------------------------------------------------


class LabelPlacement(Artist):
    """Labels placed by :func:`place_labels`, with their leader lines and key.

    The object is an artist on the Axes that draws nothing itself: the labels are
    ordinary :class:`~matplotlib.text.Text` artists (``ax.texts``), the leader lines
    :class:`~matplotlib.lines.Line2D` artists and the key an
    :class:`~matplotlib.offsetbox.AnchoredOffsetbox`. When the Axes changes size or
    limits before a draw (a layout engine, a title added later, ``set_xlim``), the
    labels are placed again, so the figure as saved is overlap-free.

    Parameters
    ----------
    ax
        The Axes holding the markers.
    x, y
        Marker positions in data coordinates.
    names
        One label per marker.
    radius_pt
        Marker radii in points, one per marker.
    order
        Label indices in the order they are placed (the first is nearest its
        marker).
    avoid
        More artists to keep clear of.
    settings
        Distances, wrapping and fallback settings, as :func:`place_labels` works
        them out.
    text_kws
        Properties of the label :class:`~matplotlib.text.Text` artists.
    leader_kws
        Properties of the leader :class:`~matplotlib.lines.Line2D` artists.
    key
        Draw the key of numbered labels beside the Axes.
    key_title
        Title of the key.
    key_kws
        Text properties of the key entries.
    numbers
        The number each label shows when it is numbered, or None for 1, 2, ...
        in input order among the numbered labels.

    Attributes
    ----------
    texts : list of matplotlib.text.Text
        One Text per label, in input order. A numbered label shows its number.
    names : tuple of str
        The full label texts, in input order.
    status : tuple of str
        Per label: ``"direct"`` (next to its marker), ``"moved"`` (further away,
        with a leader line), ``"numbered"`` (a number next to the marker, the name
        in the key) or ``"omitted"`` (no room at all; see the warning).
    numbers : dict of int to int
        Label index -> its number, for numbered labels.
    key : matplotlib.offsetbox.AnchoredOffsetbox or None
        The key "number. name" beside the axes, or None when nothing is numbered.

    See Also
    --------
    place_labels : Make a placement (the way to create this object).
    label_overlaps : Measure overlaps.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> ax = Figure().add_subplot()
    >>> _ = ax.scatter([1, 2], [1, 2])
    >>> placement = skm.plotting.place_labels(ax, [1, 2], [1, 2], ["A", "B"])
    >>> placement.status
    ('direct', 'direct')
    """

    def __init__(
        self,
        ax: Axes,
        x: _Array,
        y: _Array,
        names: Sequence[str],
        *,
        radius_pt: _Array,
        order: Sequence[int],
        avoid: Sequence[Artist],
        settings: _Settings,
        text_kws: Mapping[str, Any],
        leader_kws: Mapping[str, Any],
        key: bool,
        key_title: str,
        key_kws: Mapping[str, Any],
        numbers: Sequence[int] | None = None,
    ) -> None:
        super().__init__()
        self._ax = ax
        self._x = x
        self._y = y
        self.names: tuple[str, ...] = tuple(names)
        self._radius_pt = radius_pt
        self._order = list(order)
        self.avoid: tuple[Artist, ...] = tuple(avoid)
        self._settings = settings
        self._text_kws = dict(text_kws)
        self._leader_kws = dict(leader_kws)
        self._want_key = key
        self._key_title = key_title
        self._key_kws = dict(key_kws)
        self._fixed_numbers = None if numbers is None else [int(k) for k in numbers]
        self._signature_: tuple[Any, ...] | None = None
        omitted: Status = "omitted"
        self.status: tuple[Status, ...] = (omitted,) * len(names)
        self.numbers: dict[int, int] = {}
        self.key: AnchoredOffsetbox | None = None
        self.texts: list[Text] = []
        for xi, yi, name in zip(x, y, names, strict=True):
            text = ax.text(xi, yi, name, **self._text_kws)
            text.set_visible(False)
            self.texts.append(text)
        self._leaders: dict[int, Line2D] = {}
        self._scratch = Text(0, 0, "", **self._text_kws)
        self._measured: dict[tuple[str, str | None], tuple[float, float]] = {}
        self._measured_dpi = 0.0
        self._key_width = 0.0  # points
        # The placement draws the leader lines and the key itself, at the leaders'
        # zorder: above the quadrants, under the markers, and before the label
        # texts, so that placing again in draw() (after a layout change) moves
        # labels, leaders and key in the very pass that draws them. Added to the
        # Axes as separate artists, new ones would miss that pass.
        leader_z = float(self._leader_kws.pop("zorder", 2.5))
        text_z = float(self._text_kws.get("zorder", 4))
        self.set_zorder(min(leader_z, text_z - 1e-3))
        self.set_in_layout(True)  # its tight box is the key's: layouts make room
        self.set_clip_on(False)  # else layouts take it for clipped to the Axes

    # -- public views --------------------------------------------------------------

    def _where(self, status: Status) -> tuple[int, ...]:
        return tuple(i for i, s in enumerate(self.status) if s == status)

    @property
    def direct(self) -> tuple[int, ...]:
        """Indices of labels placed right next to their marker.

        Examples
        --------
        >>> from matplotlib.figure import Figure
        >>> ax = Figure(figsize=(4, 3)).add_subplot()
        >>> _ = ax.scatter([1, 2], [1, 2])
        >>> names = ["OCMW", "Een heel lange naam van een organisatie die niet past"]
        >>> placement = skm.plotting.place_labels(ax, [1, 2], [1, 2], names)
        >>> placement.direct
        (0,)
        """
        return self._where("direct")

    @property
    def moved(self) -> tuple[int, ...]:
        """Indices of labels placed further away, with a leader line.

        Examples
        --------
        >>> from matplotlib.figure import Figure
        >>> ax = Figure(figsize=(4, 3)).add_subplot()
        >>> names = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"]
        >>> _ = ax.scatter([1] * 6, [1] * 6)
        >>> placement = skm.plotting.place_labels(ax, [1] * 6, [1] * 6, names)
        >>> len(placement.moved) > 0
        True
        >>> all(placement.leaders[i] is not None for i in placement.moved)
        True
        """
        return self._where("moved")

    @property
    def numbered(self) -> tuple[int, ...]:
        """Indices of labels shown as a number, with the name in the key.

        Examples
        --------
        >>> from matplotlib.figure import Figure
        >>> ax = Figure(figsize=(4, 3)).add_subplot()
        >>> _ = ax.scatter([1, 2], [1, 2])
        >>> names = ["OCMW", "Een heel lange naam van een organisatie die niet past"]
        >>> placement = skm.plotting.place_labels(ax, [1, 2], [1, 2], names)
        >>> placement.numbered
        (1,)
        """
        return self._where("numbered")

    @property
    def omitted(self) -> tuple[int, ...]:
        """Indices of labels that found no room and are not shown.

        Examples
        --------
        >>> from matplotlib.figure import Figure
        >>> ax = Figure(figsize=(4, 3)).add_subplot()
        >>> _ = ax.scatter([1, 2], [1, 2])
        >>> placement = skm.plotting.place_labels(ax, [1, 2], [1, 2], ["A", "B"])
        >>> placement.omitted
        ()
        """
        return self._where("omitted")

    @property
    def leaders(self) -> list[Line2D | None]:
        """The leader line of each label, or None where it has none.

        Examples
        --------
        >>> from matplotlib.figure import Figure
        >>> ax = Figure(figsize=(4, 3)).add_subplot()
        >>> _ = ax.scatter([1, 2], [1, 2])
        >>> placement = skm.plotting.place_labels(ax, [1, 2], [1, 2], ["A", "B"])
        >>> placement.leaders
        [None, None]
        """
        out: list[Line2D | None] = []
        for i in range(len(self.names)):
            line = self._leaders.get(i)
            out.append(line if line is not None and line.get_visible() else None)
        return out

    @property
    def key_entries(self) -> list[str]:
        """The key's lines, ``"number. name"``, in number order.

        Examples
        --------
        >>> from matplotlib.figure import Figure
        >>> ax = Figure(figsize=(4, 3)).add_subplot()
        >>> _ = ax.scatter([1, 2], [1, 2])
        >>> names = ["OCMW", "Een heel lange naam van een organisatie die niet past"]
        >>> placement = skm.plotting.place_labels(ax, [1, 2], [1, 2], names)
        >>> placement.key_entries
        ['1. Een heel lange naam van een organisatie die niet past']
        """
        by_number = sorted((n, i) for i, n in self.numbers.items())
        return [f"{n}. {self.names[i]}" for n, i in by_number]

    def get_window_extent(self, renderer: RendererBase | None = None) -> Bbox:
        """Return the extent of the key of numbered labels (empty without one).

        The labels are Text artists of their own with their own extents; leader
        lines stay inside the Axes.

        Parameters
        ----------
        renderer
            The renderer to measure with; None uses the figure's.

        Returns
        -------
        matplotlib.transforms.Bbox
            The key's box in display units, or ``Bbox.null()``.
        """
        if self.key is None or not self.get_visible():
            return Bbox.null()
        if renderer is None:
            renderer = _renderer(_root_figure(self._ax))
        return self.key.get_window_extent(renderer)

    def get_tightbbox(self, renderer: RendererBase | None = None) -> Bbox | None:
        """Return the key's extent, so that a layout engine keeps room for it.

        Parameters
        ----------
        renderer
            The renderer to measure with; None uses the figure's.

        Returns
        -------
        matplotlib.transforms.Bbox or None
            The key's box in display units, or None without a key.
        """
        box = self.get_window_extent(renderer)
        return None if box.width <= 0 else box

    def remove(self) -> None:
        """Remove the labels, leader lines and key from the Axes."""
        for text in self.texts:
            text.remove()
        self._leaders.clear()
        self.key = None
        super().remove()

    def update_placement(self) -> None:
        """Place the labels again now, for the Axes' current size and limits.

        Drawing the figure does this by itself when the Axes changed; call it to
        read :attr:`status` before drawing.

        Examples
        --------
        >>> from matplotlib.figure import Figure
        >>> ax = Figure(figsize=(4, 3)).add_subplot()
        >>> _ = ax.scatter([1, 2], [1, 2])
        >>> placement = skm.plotting.place_labels(ax, [1, 2], [1, 2], ["A", "B"])
        >>> _ = ax.set_xlim(0, 10)
        >>> placement.update_placement()
        >>> placement.status
        ('direct', 'direct')
        """
        self._solve(_renderer(_root_figure(self._ax)))

    def draw(self, renderer: RendererBase) -> None:
        """Place the labels again if the Axes changed since the last placement.

        Parameters
        ----------
        renderer
            The renderer drawing the figure.
        """
        if not self.get_visible():
            return
        if self._signature() != self._signature_:
            self._solve(renderer, fit_figure=True)
        for line in self._leaders.values():
            if line.get_visible():
                line.draw(renderer)
        if self.key is not None:
            self.key.draw(renderer)
        self.stale = False

    # -- placement -----------------------------------------------------------------

    def _signature(self) -> tuple[Any, ...]:
        """Describe the Axes' physical size and limits; a change means re-placing.

        Sizes are in inches, so saving at another dpi (which scales everything
        alike) keeps the placement.
        """
        ax = self._ax
        fig = _root_figure(ax)
        ax.get_xlim()  # brings autoscaled limits up to date
        bbox = ax.bbox
        return (
            round(bbox.width / fig.dpi, 3),
            round(bbox.height / fig.dpi, 3),
            tuple(np.round(ax.viewLim.bounds, 9).tolist()),
            ax.get_xscale(),
            ax.get_yscale(),
        )

    def _measure(
        self,
        text: str,
        renderer: RendererBase,
        dpi: float,
        props: Mapping[str, Any] | None = None,
    ) -> tuple[float, float]:
        """Return a text's width and height in pixels, as the labels (or ``props``)."""
        if dpi != self._measured_dpi:
            self._measured = {}
            self._measured_dpi = dpi
        key = (text, None if props is None else repr(sorted(props.items())))
        size = self._measured.get(key)
        if size is None:
            scratch = self._scratch
            if props is not None:
                scratch = Text(0, 0, "", **props)
                scratch.set_figure(_root_figure(self._ax))
            scratch.set_text(text)
            box = _text_box(scratch, renderer)
            size = (box.width, box.height)
            self._measured[key] = size
        return size

    def _obstacles(self, renderer: RendererBase, dpi: float) -> _Shapes:
        """Return what labels must avoid: boxes, markers, lines, areas (pixels)."""
        ax = self._ax
        # Artists that resize texts to the Axes (the grid's quadrant titles) do
        # so now, so labels keep clear of the texts as they will be drawn.
        for child in ax.get_children():
            fit = getattr(child, "fit_before_placing", None)
            if callable(fit):
                fit(renderer)
        own = {id(t) for t in self.texts}
        artists: list[Artist] = list(self.avoid)
        artists += [t for t in ax.texts if id(t) not in own]
        shapes = _shapes(artists, renderer, dpi)
        legend = ax.get_legend()
        if legend is not None and legend.get_visible():
            box = legend.get_window_extent(renderer)
            if box.overlaps(ax.bbox):
                shapes.boxes.append(box)
        for coll in ax.collections:
            if isinstance(coll, PathCollection) and coll.get_visible():
                shapes.circles.append(_marker_circles(coll, dpi))
                shapes.circle_owner.append(-1)  # a marker, not an avoided artist
        return shapes

    def _solve(self, renderer: RendererBase, *, fit_figure: bool = False) -> None:
        """Place every label; see :func:`place_labels` for the rules."""
        ax = self._ax
        fig = _root_figure(ax)
        dpi = float(fig.dpi)
        ppt = dpi / 72.0
        s = self._settings
        ax.get_xlim()
        ax.get_ylim()
        self._scratch.set_figure(fig)
        pts = ax.transData.transform(np.column_stack([self._x, self._y]))
        finite = np.isfinite(pts).all(axis=1)
        radius = self._radius_pt * ppt
        pad = s.pad * ppt
        ext = ax.bbox.extents
        shapes = self._obstacles(renderer, dpi)
        lines, line_pad, _ = shapes.lines()
        marks = shapes.circle_array()
        anchors = np.column_stack([pts, radius])[finite]
        circles = np.concatenate([anchors, marks]) if len(marks) else anchors
        digits = len(str(max(self._fixed_numbers or [len(self.names), 1])))
        # Digits have one width in common fonts (tabular figures); 0 and 8 cover
        # the rest with the padding around every label.
        num_w = max(self._measure(d * digits, renderer, dpi)[0] for d in "08")
        num_h = self._measure("0", renderer, dpi)[1]
        placer = Placer(
            anchors=np.where(np.isfinite(pts), pts, 0.0),
            radii=radius,
            fixed=shapes.box_array(),
            circles=circles,
            inner=(ext[0] + pad, ext[1] + pad, ext[2] - pad, ext[3] - pad),
            pad=pad,
            gap=s.gap * ppt,
            step=s.step * ppt,
            max_dist=s.max_distance * ppt,
            measure=lambda text: self._measure(text, renderer, dpi),
            em=s.fontsize * ppt,
            lines=lines,
            line_pad=line_pad,
            areas=shapes.areas,
        )
        choices = placer.run(
            self.names,
            self._order,
            finite.tolist(),
            wrap=s.wrap,
            max_lines=s.max_lines,
            max_width=s.max_width,
            number_fallback=s.number_fallback,
            number_size=(num_w, num_h),
        )
        numbered = [i for i, c in enumerate(choices) if c.status == "numbered"]
        fixed = self._fixed_numbers
        self.numbers = {
            i: k + 1 if fixed is None else fixed[i] for k, i in enumerate(numbered)
        }
        for i, k in self.numbers.items():
            choices[i].text = str(k)
        self._apply(choices)
        self.status = tuple(c.status for c in choices)
        self._build_key(renderer, fig, fit_figure=fit_figure)
        self._signature_ = self._signature()

    def _apply(self, choices: Sequence[Choice]) -> None:
        """Move the Text and leader artists to the chosen places."""
        ax = self._ax
        inv = ax.transData.inverted()
        for i, choice in enumerate(choices):
            text = self.texts[i]
            line = self._leaders.get(i)
            if choice.box is None:
                text.set_visible(False)
                if line is not None:
                    line.set_visible(False)
                continue
            box = choice.box
            x, y = inv.transform(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2))
            text.set_position((x, y))
            text.set_text(choice.text)
            text.set_multialignment(choice.align)  # type: ignore[arg-type]
            text.set_visible(True)
            if choice.leader is None:
                if line is not None:
                    line.set_visible(False)
                continue
            (x0, y0), (x1, y1) = inv.transform([choice.leader[:2], choice.leader[2:]])
            if line is None:
                # Drawn by the placement, not added to the Axes: a leader changes
                # no data limits and is drawn in the pass that places it.
                line = Line2D([x0, x1], [y0, y1], **self._leader_kws)
                line.set_transform(ax.transData)
                line.set_figure(_root_figure(ax))
                line.axes = ax
                line.set_clip_on(False)
                self._leaders[i] = line
            line.set_data([x0, x1], [y0, y1])
            line.set_visible(True)

    def _has_tabular_spaces(self) -> bool:
        """Say whether the labels' font has a figure space and a punctuation space."""
        from matplotlib.font_manager import findfont, get_font

        path = findfont(self._scratch.get_fontproperties())
        font = get_font(path)
        return all(font.get_char_index(ord(c)) for c in _TABULAR_SPACES)

    def _build_key(
        self, renderer: RendererBase, fig: Figure, *, fit_figure: bool = False
    ) -> None:
        """Write the key "number. name" beside the axes, under a legend there.

        The key may take at most ``_KEY_MAX_WIDTH`` of the figure's width and the
        height of the axes. Names are wrapped at 40, 32 or 26 characters and set
        in as many columns as fit, with the largest font that fits (down to
        ``_KEY_MIN_SIZE`` points). Its width is bounded so a layout engine cannot
        squeeze the axes away. With ``fit_figure`` (when placing again at draw
        time, after the layout is done) it also fits the room left of the
        figure's edge, so it is never cut off.
        """
        ax = self._ax
        self.key = None
        if not self._want_key or not self.numbers:
            return
        dpi = float(fig.dpi)
        props: dict[str, Any] = {"fontsize": 0.85 * self._settings.fontsize}
        props.update(self._key_kws)
        props.setdefault("color", "#1a1a1a")
        props.setdefault("parse_math", False)
        base = FontProperties(size=props["fontsize"]).get_size_in_points()
        props["fontsize"] = base
        gap_in = 0.5 * base / 72
        top_in = 0.0
        legend = ax.get_legend()
        if legend is not None and legend.get_visible():
            lbox = legend.get_window_extent(renderer)
            if lbox.x0 >= ax.bbox.x1 - 1 and lbox.y0 < ax.bbox.y1:
                # Stack under a legend beside the axes; offsets in inches stay right
                # when a layout engine later resizes the axes.
                top_in = (ax.bbox.y1 - lbox.y0) / dpi + gap_in
        avail_h = max(ax.bbox.height / dpi - top_in, 1.0) * 72  # points
        avail_w = _KEY_MAX_WIDTH * _slot_width(ax) * 72
        if fit_figure:
            room = (fig.bbox.x1 - ax.bbox.x1) / dpi * 72 - 2.5 * gap_in * 72
            avail_w = min(avail_w, max(room, 0.0))
        numbered = sorted(self.numbers.items(), key=lambda item: item[1])
        # Widths are estimated from one measured sample of the font (names
        # average the same width per character); measuring every entry would
        # cost more than placing all the labels.
        sample = "Consultatiebureau Kind en Gezin (Vlasbeke) 0123"
        per_char = self._measure(sample, renderer, dpi)[0] / len(sample) * 72 / dpi
        per_char *= 1.1 * base / self._settings.fontsize
        digits = len(str(numbered[-1][1]))  # the largest number's
        num_w = per_char * (digits + 1)
        # Line heights scale with the font size: take the labels' (measured
        # already) rather than measuring the key's font again.
        one, two = (
            self._measure(t, renderer, dpi)[1]
            * 72
            / dpi
            * base
            / self._settings.fontsize
            for t in ("lp", "lp\nlp")
        )
        extra = two - one
        best: tuple[float, int, int, list[list[int]]] | None = None
        for wrap in (40, 32, 26):
            lines = [wrap_text(self.names[i], wrap) for i, _ in numbered]
            widths = [per_char * max(len(line) for line in ls) for ls in lines]
            heights = [len(ls) * extra for ls in lines]
            for k in range(60):
                size = base * 0.93**k
                f = size / base
                cols: list[list[int]] = [[]]
                used = one * f * 1.4  # the title
                for e, height in enumerate(heights):
                    if cols[-1] and used + height * f > avail_h:
                        cols.append([])
                        used = one * f * 1.4
                    cols[-1].append(e)
                    used += height * f
                width = sum(
                    (num_w + 0.3 * base + max(widths[e] for e in col) + base) * f
                    for col in cols
                )
                if width <= avail_w or size * 0.93 < _KEY_MIN_SIZE:
                    break
            # The largest font wins; then fewer columns; then the wider wrap.
            rank = (size, -len(cols), wrap)
            if best is None or rank > best[:3]:
                best = (size, -len(cols), wrap, cols)
        assert best is not None
        size, _, wrap, cols = best
        entries = [(k, wrap_text(self.names[i], wrap)) for i, k in numbered]
        f = size / base
        props["fontsize"] = size
        # One text per column, number and name on the same line: two texts side
        # by side drift apart, as a line's height follows its glyphs (accents,
        # brackets). Numbers are right-aligned and continuation lines indented
        # with figure and punctuation spaces (as wide as a digit and a full stop).
        fig_sp, dot_sp = _TABULAR_SPACES if self._has_tabular_spaces() else (" ", " ")
        indent = fig_sp * digits + dot_sp + " "
        columns: list[Artist] = []
        for col in cols:
            text_lines: list[str] = []
            for e in col:
                k, name_lines = entries[e]
                text_lines.append(f"{str(k).rjust(digits, fig_sp)}. {name_lines[0]}")
                text_lines += [indent + line for line in name_lines[1:]]
            columns.append(TextArea("\n".join(text_lines), textprops=dict(props)))
        title = TextArea(self._key_title, textprops={**props, "fontweight": "bold"})
        body = HPacker(children=columns, sep=size, pad=0, align="top")
        # The key never gets narrower than it was (see _key_width): a layout
        # engine then only ever narrows the axes, and placement settles.
        spacer = DrawingArea(self._key_width, 0)  # points
        box = VPacker(
            children=[title, body, spacer], sep=size * 0.4, pad=0, align="left"
        )
        offset = ScaledTranslation(gap_in * 1.5, -top_in, fig.dpi_scale_trans)
        self.key = AnchoredOffsetbox(
            loc="upper left",
            child=box,
            pad=0.0,
            borderpad=0.0,
            frameon=False,
            bbox_to_anchor=(1.0, 1.0),
            bbox_transform=ax.transAxes + offset,
        )
        self.key.set_gid("label-key")
        self.key.set_figure(_root_figure(ax))
        self.key.axes = ax
        self._key_width = max(self._key_width, width)


# --------------------------------------------------------------------------------
# Public functions
# --------------------------------------------------------------------------------


def place_labels(
    ax: Axes,
    x: ArrayLike,
    y: ArrayLike,
    texts: Sequence[str],
    *,
    sizes: ArrayLike | float | None = None,
    priority: ArrayLike | None = None,
    avoid: Iterable[Artist] = (),
    fontsize: float | str | None = None,
    max_distance: float | None = None,
    wrap: int | None = 22,
    max_lines: int = 2,
    max_width: float = 0.3,
    number_fallback: bool = True,
    key: bool = True,
    key_title: str | None = None,
    text_kws: Mapping[str, Any] | None = None,
    leader_kws: Mapping[str, Any] | None = None,
    key_kws: Mapping[str, Any] | None = None,
    numbers: Sequence[int] | None = None,
    lang: str = "en",
) -> LabelPlacement:
    """Place text labels next to markers so that nothing overlaps.

    Labels are placed one by one, most important first (``priority``), each at the
    best free position around its marker: right, left, the diagonals, above, below,
    then on rings further out up to ``max_distance``. A position is free when the
    label's box, as the renderer measures it, keeps clear of every other label,
    every marker on the Axes, the texts already on the Axes (e.g. quadrant titles),
    a legend inside the Axes, the ``avoid`` artists, the leader lines placed so far,
    and stays inside the Axes. A label away from its marker gets a thin leader
    line. A name longer than ``max_lines`` lines of ``wrap`` characters, or one
    that finds no free position, becomes a number next to its marker, listed as
    "number. name" in a key beside the Axes (under a legend placed there).
    Numbers follow the input order. Placement is deterministic.

    Parameters
    ----------
    ax
        The Axes holding the markers.
    x, y
        Marker positions in data coordinates. Labels of NaN positions are omitted.
    texts
        One label per marker.
    sizes
        Marker areas in points², as ``s`` of :meth:`~matplotlib.axes.Axes.scatter`;
        one value or one per marker. None uses ``rcParams["lines.markersize"] ** 2``
        (scatter's default). Markers of scatter plots on the Axes are avoided with
        their own sizes in any case.
    priority
        One number per label: higher is placed first and so nearer its marker.
        None keeps the input order.
    avoid
        More artists to keep clear of. Scatter collections count marker by
        marker; lines, arrows (:class:`~matplotlib.patches.FancyArrowPatch`)
        and line collections (whiskers) along their path, with their width;
        other patches and collections (ellipses) by their outline and, when
        filled, their inside; texts, rectangles and anything else by their
        extent.
    fontsize
        Label size in points or a relative size such as ``"small"`` (default).
    max_distance
        How far (in points) a label may move from its marker's edge before it is
        numbered (numbers too, before the last resort: the nearest free spot
        anywhere on the Axes). None means 4 x the font size.
    wrap
        Characters per line for wrapping long names; None never wraps.
    max_lines
        Names needing more lines than this after wrapping are numbered.
    max_width
        A single-line label wider than this fraction of the Axes is wrapped.
    number_fallback
        Number long or unplaceable labels (default). With False, names are never
        numbered and labels that find no room are omitted.
    key
        Draw the key of numbered labels beside the Axes.
    key_title
        Title of the key; default "Numbered labels" (i18n key ``other_labels``).
    text_kws
        Properties of the label :class:`~matplotlib.text.Text` artists.
    leader_kws
        Properties of the leader :class:`~matplotlib.lines.Line2D` artists.
    key_kws
        Text properties of the key entries, e.g. ``{"fontsize": 12}``.
    numbers
        The number each label shows (and is listed under in the key) when it
        is numbered: one distinct whole number >= 1 per label. Plots of a map
        pass each stakeholder's place in the map, so a stakeholder carries the
        same number in every figure. None numbers the numbered labels 1, 2, ...
        in input order.
    lang
        Language of the key's default title and of the warning about labels
        left out.

    Returns
    -------
    LabelPlacement
        Which labels went where: ``direct``, ``moved``, ``numbered``,
        ``omitted``, the Text artists, leader lines and key.

    Raises
    ------
    ValueError
        When ``x``, ``y``, ``texts`` (or ``sizes``, ``priority``) differ in length.

    Warns
    -----
    StakeholderMapWarning
        When labels find no room at all and are left out.

    See Also
    --------
    label_overlaps : Count the overlaps that remain (none, for this placer).

    Notes
    -----
    The positions are computed in display units with the renderer's text extents.
    When the figure has a layout engine (the themes use constrained layout), the
    layout is run first so the labels are placed for the final size of the Axes;
    if the Axes changes later (a title, new limits), the labels are placed again
    when the figure is drawn. Saving at another dpi scales everything alike and
    keeps the placement.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> ax = Figure().add_subplot()
    >>> x, y = [1, 2, 2.05], [1, 2, 2.05]
    >>> _ = ax.scatter(x, y)
    >>> placement = skm.plotting.place_labels(ax, x, y, ["Gemeente", "OCMW", "CLB"])
    >>> [t.get_text() for t in placement.texts]
    ['Gemeente', 'OCMW', 'CLB']
    >>> skm.plotting.label_overlaps(ax).ok
    True
    """
    xs = np.asarray(x, dtype=float).ravel()
    ys = np.asarray(y, dtype=float).ravel()
    names = [str(t) for t in texts]
    n = len(names)
    if len(xs) != n or len(ys) != n:
        msg = (
            f"`x`, `y` and `texts` must have the same length, but have {len(xs)}, "
            f"{len(ys)} and {n}."
        )
        raise ValueError(msg)
    import matplotlib as mpl

    area = np.asarray(
        mpl.rcParams["lines.markersize"] ** 2 if sizes is None else sizes, dtype=float
    ).ravel()
    if area.size == 1:
        area = np.full(n, float(area[0]))
    if len(area) != n:
        msg = f"`sizes` must be one value or {n} (one per label), but has {len(area)}."
        raise ValueError(msg)
    fixed = None if numbers is None else _check_numbers(numbers, n)
    if priority is None:
        order = list(range(n))
    else:
        prio = np.asarray(priority, dtype=float).ravel()
        if len(prio) != n:
            msg = f"`priority` must have {n} values (one per label), not {len(prio)}."
            raise ValueError(msg)
        order = [int(i) for i in np.argsort(-prio, kind="stable")]
    size_pt = FontProperties(
        size=fontsize if fontsize is not None else "small"
    ).get_size_in_points()
    settings = _Settings(
        fontsize=size_pt,
        pad=0.2 * size_pt,
        gap=0.3 * size_pt,
        step=0.6 * size_pt,
        max_distance=4 * size_pt if max_distance is None else float(max_distance),
        wrap=wrap,
        max_lines=max_lines,
        max_width=max_width,
        number_fallback=number_fallback,
    )
    text_props: dict[str, Any] = {
        "fontsize": size_pt,
        "color": "#1a1a1a",
        "ha": "center",
        "va": "center",
        "zorder": 4,
        "clip_on": False,
        "linespacing": 1.1,
        "parse_math": False,  # a name with "$" signs is a name, not mathtext
        "path_effects": [withStroke(linewidth=max(2.0, 0.2 * size_pt), foreground="w")],
    }
    text_props.update(text_kws or {})
    text_props.update({"ha": "center", "va": "center", "rotation": 0})
    line_props: dict[str, Any] = {
        "color": "#4d4d4d",
        "linewidth": max(0.6, size_pt / 18),
        "zorder": 2.5,
        "solid_capstyle": "round",
    }
    line_props.update(leader_kws or {})
    # Edge of a scatter marker ('o'): half its diameter plus half a default edge.
    radius_pt = np.sqrt(np.maximum(area, 0.0)) / 2 + 0.5
    placement = LabelPlacement(
        ax,
        xs,
        ys,
        names,
        radius_pt=radius_pt,
        order=order,
        avoid=list(avoid),
        settings=settings,
        text_kws=text_props,
        leader_kws=line_props,
        key=key,
        key_title=key_title or i18n_label("other_labels", lang),
        key_kws=key_kws or {},
        numbers=fixed,
    )
    ax.add_artist(placement)
    fig = _root_figure(ax)
    renderer = _renderer(fig)
    engine = fig.get_layout_engine()
    # Settle: run the figure's own layout engine (it would run at draw time anyway)
    # so the labels are placed for the Axes' final size; the key beside the Axes
    # can change that size, so repeat until the size stops changing.
    for _ in range(6):
        if engine is not None:
            engine.execute(fig)
        if placement._signature() == placement._signature_:
            break
        placement._solve(renderer)
    # Labels of markers at NaN positions are omitted on purpose: no warning.
    left = [names[i] for i in placement.omitted if np.isfinite([xs[i], ys[i]]).all()]
    if left:
        shown = f"{', '.join(map(repr, left[:10]))}{' ...' if len(left) > 10 else ''}"
        msg = i18n_text("warn_labels_left_out", lang, count=len(left), names=shown)
        warnings.warn(msg, StakeholderMapWarning, stacklevel=2)
    return placement


def _check_numbers(numbers: Sequence[int], n: int) -> list[int]:
    """Return ``numbers`` as ints: one distinct whole number >= 1 per label."""
    values = list(numbers)
    bad = [
        v
        for v in values
        if isinstance(v, bool) or not float(v).is_integer() or float(v) < 1
    ]
    if len(values) != n or bad or len(set(map(int, values))) != n:
        problem = (
            f"has {len(values)}"
            if len(values) != n
            else f"has {bad[0]!r}"
            if bad
            else "repeats a number"
        )
        msg = (
            f"`numbers` must hold {n} distinct whole numbers >= 1 (one per label), "
            f"but {problem}."
        )
        raise ValueError(msg)
    return [int(v) for v in values]


def _avoid_hits(boxes: _Array, shapes: _Shapes, tol: float) -> set[tuple[int, int]]:
    """Return (label, artist) pairs where a label overlaps an artist to avoid.

    A box counts by overlap, a marker by reaching into the label, a line when it
    (with its width) crosses the label, a filled area when it holds the label.
    """
    hits: set[tuple[int, int]] = set()
    avoid_boxes = shapes.box_array()
    if len(avoid_boxes):
        ii, jj = np.nonzero(geo.boxes_overlap(boxes, avoid_boxes, -tol))
        hits |= {(int(i), shapes.box_owner[j]) for i, j in zip(ii, jj, strict=True)}
    for owner, circles in zip(shapes.circle_owner, shapes.circles, strict=True):
        gap = geo.box_circle_gap(boxes, circles) < -tol
        hits |= {(int(i), owner) for i in np.flatnonzero(gap.any(axis=1))}
    segs, pads, owners = shapes.lines()
    if len(segs):
        hit = geo.segments_hit_boxes(segs, boxes, pads - tol)
        kk, ii = np.nonzero(hit)
        hits |= {(int(i), int(owners[k])) for k, i in zip(kk, ii, strict=True)}
    centres = (boxes[:, :2] + boxes[:, 2:]) / 2
    for poly, owner in zip(shapes.areas, shapes.area_owner, strict=True):
        inside = geo.points_in_polygon(centres, poly)
        hits |= {(int(i), owner) for i in np.flatnonzero(inside)}
    return hits


def label_overlaps(
    ax: Axes,
    *,
    labels: Sequence[Text] | None = None,
    markers: Sequence[PathCollection] | None = None,
    avoid: Sequence[Artist] | None = None,
    tolerance: float = 0.0,
) -> OverlapReport:
    """Count overlapping labels on an Axes, with the renderer's bounding boxes.

    The figure is drawn (without rendering) first, so layout engines and label
    placements are final. A label is a Text box (including its bbox patch); a
    marker is the circle around its path, edge included; two boxes overlap when
    they share more than ``tolerance`` pixels in both directions.

    Parameters
    ----------
    ax
        The Axes to check.
    labels
        The label Texts. Default: the labels placed by :func:`place_labels` on
        ``ax``, or else every visible text on ``ax``.
    markers
        Scatter collections whose markers labels must not cover. Default: every
        visible :class:`~matplotlib.collections.PathCollection` on ``ax``.
    avoid
        Other artists labels must not cover, measured as :func:`place_labels`
        avoids them: lines and arrows along their path (a label they cross
        counts), filled patches by their inside, markers by their circle, the
        rest by their extent. Default: the texts on ``ax`` that are not labels
        (e.g. quadrant titles), the ``avoid`` artists of the placements and a
        legend inside the Axes.
    tolerance
        Overlap in pixels that is not counted.

    Returns
    -------
    OverlapReport
        Counts of label/label, label/marker and label/avoid overlaps, labels
        outside the Axes and leader lines crossing labels.

    See Also
    --------
    place_labels : The placer that leaves none of these.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_power_interest(smap, ax=Figure().add_subplot())
    >>> report = skm.plotting.label_overlaps(ax)
    >>> report.total
    0
    """
    fig = _root_figure(ax)
    fig.draw_without_rendering()
    renderer = _renderer(fig)
    dpi = float(fig.dpi)
    placements = _placements(ax)
    leaders: list[tuple[int, Line2D]] = []
    if labels is None:
        label_list: list[Text] = []
        for p in placements:
            start = len(label_list)
            visible = [t for t in p.texts if t.get_visible()]
            index = {id(t): start + k for k, t in enumerate(visible)}
            for i, line in enumerate(p.leaders):
                if line is not None and id(p.texts[i]) in index:
                    leaders.append((index[id(p.texts[i])], line))
            label_list += visible
        if not placements:
            label_list = [t for t in ax.texts if t.get_visible() and t.get_text()]
    else:
        label_list = [t for t in labels if t.get_visible() and t.get_text()]
    label_ids = {id(t) for t in label_list}
    if avoid is None:
        others: list[Artist] = [t for t in ax.texts if id(t) not in label_ids]
        for p in placements:
            others += [a for a in p.avoid if not isinstance(a, PathCollection)]
        legend = ax.get_legend()
        if (
            legend is not None
            and legend.get_visible()
            and legend.get_window_extent(renderer).overlaps(ax.bbox)
        ):
            others.append(legend)
        shapes = _shapes(others, renderer, dpi)
    else:
        shapes = _shapes(avoid, renderer, dpi)
    if markers is None:
        markers = [
            c
            for c in ax.collections
            if isinstance(c, PathCollection) and c.get_visible()
        ]
    circle_list = [_marker_circles(c, dpi) for c in markers]
    circles = np.concatenate(circle_list) if circle_list else np.empty((0, 3))

    boxes = _as_array([_text_box(t, renderer) for t in label_list])
    names = [t.get_text().replace("\n", " ") for t in label_list]
    details: list[str] = []
    tol = float(tolerance)
    n = len(boxes)
    n_ll = n_lm = n_la = n_out = n_lead = 0
    if n:
        pairs = geo.boxes_overlap(boxes, boxes, -tol)
        ii, jj = np.nonzero(np.triu(pairs, k=1))
        n_ll = len(ii)
        details += [
            f"label {names[i]!r} overlaps label {names[j]!r}"
            for i, j in zip(ii, jj, strict=True)
        ]
        if len(circles):
            hit = geo.box_circle_gap(boxes, circles) < -tol
            ii, jj = np.nonzero(hit)
            n_lm = len(ii)
            details += [
                f"label {names[i]!r} covers the marker at "
                f"{tuple(np.round(circles[j, :2]).tolist())}"
                for i, j in zip(ii, jj, strict=True)
            ]
        hits = _avoid_hits(boxes, shapes, tol)
        n_la = len(hits)
        details += [
            f"label {names[i]!r} overlaps {shapes.names[k]}" for i, k in sorted(hits)
        ]
        ext = ax.bbox.extents
        out = (
            (boxes[:, 0] < ext[0] - tol)
            | (boxes[:, 1] < ext[1] - tol)
            | (boxes[:, 2] > ext[2] + tol)
            | (boxes[:, 3] > ext[3] + tol)
        )
        n_out = int(out.sum())
        details += [f"label {names[i]!r} leaves the axes" for i in np.flatnonzero(out)]
        if leaders:
            segs = []
            for _, line in leaders:
                xy = ax.transData.transform(np.column_stack(line.get_data()))
                segs.append([*xy[0], *xy[-1]])
            hit = geo.segments_hit_boxes(np.asarray(segs, dtype=float), boxes, -tol)
            for k, (owner, _) in enumerate(leaders):
                hit[k, owner] = False
            ii, jj = np.nonzero(hit)
            n_lead = len(ii)
            details += [
                f"leader of {names[leaders[i][0]]!r} crosses label {names[j]!r}"
                for i, j in zip(ii, jj, strict=True)
            ]
    return OverlapReport(
        n_labels=n,
        label_label=n_ll,
        label_marker=n_lm,
        label_avoid=n_la,
        outside=n_out,
        leader_label=n_lead,
        details=tuple(details[:50]),
    )
