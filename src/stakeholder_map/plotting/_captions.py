"""Captions that stay inside their cell: quadrant, band and cell titles of the grids.

The power/interest grid, the power/attitude grid and the stakeholder cube write a
caption in a corner (or the middle) of each cell. :class:`CaptionFitter` keeps
every caption inside its own cell for the Axes' size at hand: it wraps a caption
at spaces, then shrinks it down to :attr:`CaptionFitter.MIN_SIZE`, and only a
caption that fits in no way is not drawn. :func:`warn_captions_left_out` says so.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from matplotlib.artist import Artist
from matplotlib.text import Annotation, Text
from matplotlib.transforms import Bbox

from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.i18n import text as i18n_text

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["CaptionFitter", "balanced_lines", "warn_captions_left_out"]

#: A cell as ``((x0, x1), (y0, y1))`` in data coordinates.
Cell = tuple[tuple[float, float], tuple[float, float]]

# Gap (points) kept between a caption and the far edges of its cell.
_GAP = 2.0


def balanced_lines(text: str, n: int) -> str | None:
    """Split ``text`` at spaces into ``n`` lines whose longest line is shortest.

    Returns None when the text has fewer than ``n`` words or already holds a
    line break.
    """
    words = text.split()
    if "\n" in text or n < 2 or len(words) < n:
        return None
    best: tuple[int, list[str]] | None = None

    def split(start: int, parts: int, done: list[str]) -> None:
        nonlocal best
        if parts == 1:
            lines = [*done, " ".join(words[start:])]
            longest = max(len(line) for line in lines)
            if best is None or longest < best[0]:
                best = (longest, lines)
            return
        for end in range(start + 1, len(words) - parts + 2):
            split(end, parts - 1, [*done, " ".join(words[start:end])])

    split(0, n, [])
    assert best is not None
    return "\n".join(best[1])


class CaptionFitter(Artist):
    """Wrap or shrink each caption until it lies inside its own cell.

    For the Axes' size at hand, measured with the renderer, each caption gets
    its own text and size back; then each finds the largest size at which it
    fits its cell (less its offset from the corner it is anchored at and a gap
    to the cell's far edges, and at most ``max_share`` of the cell's height) on
    one line, or wrapped at spaces on two or more, taking the fewest lines that
    keep :attr:`ONE_LINE_SCALE` of its size. The captions of one group take the
    smallest of these sizes, so they stay alike. A caption that would need less
    than :attr:`MIN_SIZE` points (an Axes far too small, a threshold at the end
    of the scale) is not drawn, rather than drawn over its neighbour; its text
    is listed in :attr:`left_out`.

    It runs when it is drawn (before the captions) and, through
    ``fit_before_placing``, before labels are placed, so labels keep clear of
    the captions as they are drawn.

    Parameters
    ----------
    captions
        The caption texts; an :class:`~matplotlib.text.Annotation` may be offset
        (in points) from its anchor, which sits on its cell's edge or corner
        (or, centred, in the middle of the cell's width).
    cells
        One cell ``((x0, x1), (y0, y1))`` per caption, in data coordinates.
    groups
        One group key per caption; captions of a group share one size. None
        puts all in one group.
    max_share
        The largest share of its cell's height a caption may take.
    """

    #: Smallest font size (points) a caption shrinks to.
    MIN_SIZE = 5.0
    #: A caption keeps fewer lines while it keeps this share of its size.
    ONE_LINE_SCALE = 0.8

    def __init__(
        self,
        captions: Sequence[Text],
        cells: Sequence[Cell],
        *,
        groups: Sequence[Any] | None = None,
        max_share: float = 0.5,
    ) -> None:
        super().__init__()
        self._titles = list(captions)
        self._spans = list(cells)
        self._groups = [0] * len(self._titles) if groups is None else list(groups)
        self._max_share = float(max_share)
        self._texts = [t.get_text() for t in self._titles]
        self._sizes = [float(t.get_fontsize()) for t in self._titles]
        self._hidden: set[Text] = set()  # captions hidden here, for want of room
        self.set_in_layout(False)
        self.set_zorder(0.9)  # after the cell patches, before the captions

    @property
    def left_out(self) -> list[str]:
        """The captions not drawn at the last fit, for want of room."""
        pairs = zip(self._texts, self._titles, strict=True)
        return [text for text, title in pairs if title in self._hidden]

    def get_window_extent(self, renderer: Any = None) -> Bbox:
        """Return an empty box: the fitter draws nothing."""
        return Bbox.null()

    def fit_before_placing(self, renderer: Any) -> None:
        """Fit the captions now; the label placer calls this before measuring."""
        self.fit(renderer)

    def draw(self, renderer: Any) -> None:
        """Fit every caption into its cell for the Axes' current size."""
        self.fit(renderer)
        self.stale = False

    def fit(self, renderer: Any) -> None:
        """Fit every caption into its cell for the Axes' current size."""
        # Per caption: the share of its size that fits on 1, 2, ... lines.
        plans = []
        for title, text, size, span, group in zip(
            self._titles,
            self._texts,
            self._sizes,
            self._spans,
            self._groups,
            strict=True,
        ):
            title.set_text(text)
            title.set_fontsize(size)
            if title in self._hidden:
                title.set_visible(True)
                self._hidden.discard(title)
            axes = title.axes
            if axes is None or not title.get_visible():
                continue
            room_w, room_h = self._room(title, span, renderer)
            options: list[tuple[str, float]] = [
                (text, self._scale(title, room_w, room_h, renderer))
            ]
            for n in range(2, len(text.split()) + 1):
                wrapped = balanced_lines(text, n)
                if wrapped is None:
                    break
                title.set_text(wrapped)
                options.append((wrapped, self._scale(title, room_w, room_h, renderer)))
                title.set_text(text)
            top = max(scale for _, scale in options)
            # Shrinking a little reads better than wrapping.
            best = min(top, self.ONE_LINE_SCALE)
            best = next(scale for _, scale in options if scale >= best)
            plans.append((title, options, size, best, group))
        # A caption that would need less than MIN_SIZE cannot be read: it is not
        # drawn, rather than drawn over the next cell.
        common: dict[Any, float] = {}
        readable = []
        for plan in plans:
            title, _, size, best, group = plan
            if best * size >= self.MIN_SIZE:
                readable.append(plan)
                common[group] = min(common.get(group, best), best)
            else:
                title.set_visible(False)
                self._hidden.add(title)
        # One size per group: the one its tightest cell allows.
        for title, options, size, _, group in readable:
            scale = common[group]
            wrapped = next(text for text, fits in options if fits >= scale)
            title.set_text(wrapped)
            if "\n" in wrapped:
                title.set_multialignment(title.get_horizontalalignment())
            title.set_fontsize(size * min(scale, 1.0))

    def _room(self, title: Text, span: Cell, renderer: Any) -> tuple[float, float]:
        """Return the width and height (pixels) a caption may take in its cell."""
        axes: Any = title.axes
        (x0, x1), (y0, y1) = span
        corners = axes.transData.transform([(x0, y0), (x1, y1)])
        box = axes.bbox
        left = max(min(corners[:, 0]), box.x0)
        right = min(max(corners[:, 0]), box.x1)
        bottom = max(min(corners[:, 1]), box.y0)
        top = min(max(corners[:, 1]), box.y1)
        pt = float(renderer.points_to_pixels(1.0))
        dx, dy = 0.0, 0.0
        if isinstance(title, Annotation) and title.anncoords == "offset points":
            dx, dy = (abs(float(v)) for v in title.xyann)
        width, height = right - left, top - bottom
        if title.get_horizontalalignment() == "center":
            room_w = width - 2 * _GAP * pt
        else:
            room_w = width - (dx + _GAP) * pt
        room_h = min(self._max_share * height, height - (dy + _GAP) * pt)
        return max(room_w, 1.0), max(room_h, 1.0)

    @staticmethod
    def _scale(title: Text, room_w: float, room_h: float, renderer: Any) -> float:
        """Return the share of its size at which ``title`` fits ``room`` (<= 1).

        0 when it does not fit even at a twentieth of its size.
        """
        size = float(title.get_fontsize())
        scale = 1.0
        fits = False
        for _ in range(8):  # text extents scale with the size, nearly linearly
            ext = title.get_window_extent(renderer)
            fits = ext.width <= room_w and ext.height <= room_h
            if fits or scale < 0.05:
                break
            shrink = min(room_w / max(ext.width, 1e-9), room_h / max(ext.height, 1e-9))
            scale *= max(min(shrink, 0.97), 0.05)
            title.set_fontsize(size * scale)
        title.set_fontsize(size)
        return min(scale, 1.0) if fits else 0.0


def warn_captions_left_out(ax: Axes, lang: str = "en") -> None:
    """Fit the captions on ``ax`` for its final size; warn about any left out.

    The figure's layout engine runs first (it would run at draw time anyway),
    so the fit is the one the figure is drawn with. The warning is a
    :class:`~stakeholder_map.exceptions.StakeholderMapWarning`.
    """
    from stakeholder_map.plotting._scene import _renderer, _root_figure

    fitters = [c for c in ax.get_children() if isinstance(c, CaptionFitter)]
    if not fitters:
        return
    fig = _root_figure(ax)
    engine = fig.get_layout_engine()
    if engine is not None:
        engine.execute(fig)
    renderer = _renderer(fig)
    left: list[str] = []
    for fitter in fitters:
        fitter.fit(renderer)
        left += fitter.left_out
    if left:
        names = ", ".join(repr(t.replace("\n", " ")) for t in left)
        msg = i18n_text(
            "warn_captions_left_out",
            lang,
            count=len(left),
            size=f"{CaptionFitter.MIN_SIZE:g}",
            names=names,
        )
        warnings.warn(msg, StakeholderMapWarning, stacklevel=2)


def fit_axis_label(ax: Axes, which: str = "y", *, max_lines: int = 3) -> None:
    """Keep a long axis label within the length of its axis.

    The figure's layout runs first, so the axis has its final length. A label
    longer than that is broken at spaces into two (then three) balanced lines;
    one that is still too long is shrunk, down to :attr:`CaptionFitter.MIN_SIZE`.
    """
    from stakeholder_map.plotting._scene import _renderer, _root_figure

    label = (ax.yaxis if which == "y" else ax.xaxis).label
    text = label.get_text()
    if not text or not label.get_visible():
        return
    fig = _root_figure(ax)
    engine = fig.get_layout_engine()
    if engine is not None:
        engine.execute(fig)
    renderer = _renderer(fig)
    box = ax.get_window_extent(renderer)
    room = (box.height if which == "y" else box.width) - 2 * _GAP

    def length() -> float:
        ext = label.get_window_extent(renderer)
        return float(ext.height if which == "y" else ext.width)

    tried = text
    for n in range(1, max_lines + 1):
        candidate = text if n == 1 else balanced_lines(text, n)
        if candidate is None:
            break
        tried = candidate
        label.set_text(candidate)
        if length() <= room:
            return
    size = float(label.get_fontsize())
    label.set_text(tried)
    while size > CaptionFitter.MIN_SIZE and length() > room:
        size = max(size * 0.9, CaptionFitter.MIN_SIZE)
        label.set_fontsize(size)
