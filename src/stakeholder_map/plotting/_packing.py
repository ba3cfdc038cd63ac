"""Pack labelled dots into a region of a diagram, row by row.

The Venn and onion diagrams must keep every name inside its own region (a circle
segment, a ring). This module finds, for each name, a spot whose dot and name
both fit inside the region; the shared label placer then puts the names there
and checks them against everything else on the Axes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.text import Text

from stakeholder_map.plotting._scene import _renderer, _root_figure

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["Canvas", "Rows", "outside_boxes"]

#: A test of points (x, y arrays, data units) that says which lie in a region.
Inside = Callable[[np.ndarray, np.ndarray], np.ndarray]


@dataclass(frozen=True)
class Canvas:
    """Sizes on an Axes with equal aspect: pixels per data unit and text extents."""

    ax: Axes
    ppu: float
    dpi: float
    #: Text extents in pixels by (text, dpi, properties), shared by the canvases
    #: of one plot: plans are made several times over, and measuring is slow.
    sizes: dict[tuple[Any, ...], tuple[float, float]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def fit(
        cls,
        ax: Axes,
        bounds: tuple[float, float, float, float],
        sizes: dict[tuple[Any, ...], tuple[float, float]] | None = None,
    ) -> Canvas:
        """Lay the figure out, then set equal-scale limits that show ``bounds``.

        The limits get the shape of the box the layout gives the Axes: they
        grow in one direction so both axes have the same scale, with the content
        centred. An equal aspect then leaves the box as it is at draw time, so
        what is measured here still holds when the figure is drawn (the layout
        engine, run again by the label placer, resets a box that the aspect had
        shrunk).

        Parameters
        ----------
        ax
            The Axes, with an equal aspect.
        bounds
            ``(x0, x1, y0, y1)`` that must be visible, data units.
        sizes
            A cache of text extents to share with earlier canvases of this plot.

        Returns
        -------
        Canvas
            The scale of the Axes.
        """
        fig = _root_figure(ax)
        engine = fig.get_layout_engine()
        if engine is not None:
            engine.execute(fig)
        x0, x1, y0, y1 = bounds
        box = ax.get_position(original=True).transformed(fig.transFigure)
        width, height = box.width, box.height
        ppu = min(width / (x1 - x0), height / (y1 - y0))
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        ax.set_xlim(cx - width / ppu / 2, cx + width / ppu / 2)
        ax.set_ylim(cy - height / ppu / 2, cy + height / ppu / 2)
        return cls(ax=ax, ppu=float(ppu), dpi=float(fig.dpi), sizes=sizes or {})

    def points(self, pt: float) -> float:
        """Convert a length in points to data units."""
        return pt * self.dpi / 72.0 / self.ppu

    def text_size(self, text: str, **props: Any) -> tuple[float, float]:
        """Return the width and height of a text in data units."""
        key = (text, self.dpi, tuple(sorted((k, str(v)) for k, v in props.items())))
        size = self.sizes.get(key)
        if size is None:
            fig = _root_figure(self.ax)
            scratch = Text(0, 0, text, **props)
            scratch.set_figure(fig)
            box = scratch.get_window_extent(_renderer(fig))
            size = self.sizes[key] = (box.width, box.height)
        return size[0] / self.ppu, size[1] / self.ppu

    def box_of(self, artist: Text) -> tuple[float, float, float, float]:
        """Return an artist's extent in data units (x0, y0, x1, y1)."""
        fig = _root_figure(self.ax)
        box = artist.get_window_extent(_renderer(fig))
        inv = self.ax.transData.inverted()
        (x0, y0), (x1, y1) = inv.transform([(box.x0, box.y0), (box.x1, box.y1)])
        return (float(x0), float(y0), float(x1), float(y1))


def outside_boxes(
    boxes: Sequence[tuple[float, float, float, float]], pad: float
) -> Inside:
    """Return a test that is True for points clear of every box (by ``pad``)."""

    def test(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        ok = np.ones(np.broadcast(x, y).shape, dtype=bool)
        for x0, y0, x1, y1 in boxes:
            ok &= ~((x > x0 - pad) & (x < x1 + pad) & (y > y0 - pad) & (y < y1 + pad))
        return ok

    return test


def _runs(mask: np.ndarray, xs: np.ndarray) -> list[tuple[float, float]]:
    """Return the (start, end) x of each run of True in ``mask``."""
    out = []
    i, n = 0, len(mask)
    while i < n:
        if mask[i]:
            j = i
            while j + 1 < n and mask[j + 1]:
                j += 1
            out.append((float(xs[i]), float(xs[j])))
            i = j + 1
        else:
            i += 1
    return out


@dataclass(frozen=True)
class Rows:
    """The free stretches of each row of a region: where items may go."""

    ys: np.ndarray
    runs: list[list[tuple[float, float]]]

    @classmethod
    def scan(
        cls,
        inside: Inside,
        bounds: tuple[float, float, float, float],
        row_height: float,
        *,
        step: float,
        from_top: bool = True,
    ) -> Rows:
        """Find the stretches of each row whose whole band lies inside a region.

        Parameters
        ----------
        inside
            Which points lie inside the region (with any margin already applied).
        bounds
            ``(x0, x1, y0, y1)`` to scan, data units.
        row_height
            Height of a row, data units.
        step
            Horizontal resolution of the scan, data units.
        from_top
            Number the rows from the top (else from the bottom).

        Returns
        -------
        Rows
            The row centres and their free stretches ``(start, end)``.
        """
        x0, x1, y0, y1 = bounds
        n_rows = max(int((y1 - y0) // row_height), 0)
        offsets = row_height / 2 + row_height * np.arange(n_rows)
        ys = y1 - offsets if from_top else y0 + offsets
        xs = np.arange(x0, x1 + step / 2, step)
        # One call for the whole grid: five heights across each row's band.
        bands = np.asarray([-0.5, -0.25, 0.0, 0.25, 0.5]) * row_height
        gy = (ys[:, None] + bands[None, :]).ravel()
        gx, gy = np.meshgrid(xs, gy)
        ok = inside(gx.ravel(), gy.ravel()).reshape(len(ys), len(bands), len(xs))
        masks = np.asarray(ok.all(axis=1), dtype=bool)
        return cls(ys=ys, runs=[_runs(masks[r], xs) for r in range(len(ys))])

    def fill(
        self,
        widths: Sequence[Sequence[float]],
        *,
        alone: Sequence[int] = (),
        heads: bool = True,
        center: bool = True,
    ) -> list[tuple[float, float, int] | None]:
        """Place items in the rows, first fit, in the order given.

        Parameters
        ----------
        widths
            Per item, the widths it can take in order of preference (e.g. a name,
            then a number), data units.
        alone
            Indices of items that get a row of their own (titles).
        heads
            Items after an ``alone`` item go in later rows only, so a title
            heads what follows it.
        center
            Centre the items sharing a stretch in it (else keep them left).

        Returns
        -------
        list
            Per item, the left end and vertical centre of its spot and which of
            its widths it took, or None when it found no room.
        """
        rows = self.runs
        cursor = [[s for s, _ in runs] for runs in rows]
        taken: dict[tuple[int, int], list[int]] = {}
        closed: set[int] = set()
        alone_set = set(alone)
        placed: list[tuple[float, float, int] | None] = [None] * len(widths)
        start = 0

        def first_fit(k: int, w: float, choice: int) -> bool:
            nonlocal start
            for r in range(start, len(rows)):
                if r in closed or (k in alone_set and any(t[0] == r for t in taken)):
                    continue
                for j, (_, end) in enumerate(rows[r]):
                    if cursor[r][j] + w <= end:
                        placed[k] = (cursor[r][j], float(self.ys[r]), choice)
                        cursor[r][j] += w
                        taken.setdefault((r, j), []).append(k)
                        if k in alone_set:
                            closed.add(r)
                            start = r + 1 if heads else 0
                        return True
            return False

        for k, options in enumerate(widths):
            for choice, w in enumerate(options):
                if first_fit(k, w, choice):
                    break
        if center:
            for (r, j), items in taken.items():
                shift = (rows[r][j][1] - cursor[r][j]) / 2
                for k in items:
                    x, y, choice = placed[k]  # type: ignore[misc]
                    placed[k] = (x + shift, y, choice)
        return placed
