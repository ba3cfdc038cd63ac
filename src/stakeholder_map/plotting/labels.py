"""The one label placer every plot uses: names next to markers, never overlapping.

:func:`place_labels` puts each label beside its marker where it overlaps no other
label, marker, title or legend and stays inside the axes; a label that only fits
further away gets a thin leader line, and a name that is too long or finds no room
gets a number next to its marker and a line "number. full name" in a key beside the
axes. :func:`label_overlaps` measures the result with the renderer's bounding boxes.

This module holds the placement artist :class:`LabelPlacement` and its front door
:func:`place_labels` (one idea, 980 lines: the artist places, re-places on a
layout change and draws the key of numbered labels); what it measures on the
Axes is in :mod:`._scene`, the engine in :mod:`stakeholder_map._placement`, and
:func:`label_overlaps` in :mod:`._overlaps` (re-exported here). It may import
matplotlib, numpy, the engine and those modules.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.collections import PathCollection
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.offsetbox import (
    AnchoredOffsetbox,
    DrawingArea,
    HPacker,
    TextArea,
    VPacker,
)
from matplotlib.patheffects import withStroke
from matplotlib.text import Text
from matplotlib.transforms import Bbox, ScaledTranslation

from stakeholder_map._placement import geometry as geo
from stakeholder_map._placement.placer import Choice, Placer, Status, wrap_text
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.i18n import label as i18n_label
from stakeholder_map.i18n import text as i18n_text
from stakeholder_map.plotting._overlaps import OverlapReport, label_overlaps
from stakeholder_map.plotting._scene import (
    _marker_circles,
    _renderer,
    _root_figure,
    _Shapes,
    _shapes,
    _slot_width,
    _text_box,
)

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

    #: How :func:`label_overlaps` finds the placements on an Axes.
    places_labels = True

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
