"""Measuring a finished figure: :func:`label_overlaps` and its :class:`OverlapReport`.

Counts overlapping labels, labels on markers or on artists to avoid, labels
outside the axes and leaders across labels, with the renderer's boxes. It may
import matplotlib, numpy, :mod:`._scene` and the placement geometry; it finds the
placements on an Axes by their ``places_labels`` mark, without importing
:mod:`.labels` (which re-exports these names).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.collections import PathCollection
from matplotlib.lines import Line2D
from matplotlib.text import Text

from stakeholder_map._placement import geometry as geo
from stakeholder_map.plotting._scene import (
    _as_array,
    _marker_circles,
    _renderer,
    _root_figure,
    _Shapes,
    _shapes,
    _text_box,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes


_Array = geo.Array


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


def _placements(ax: Axes) -> list[Any]:
    """Return the label placements on ``ax`` (the artists marked ``places_labels``)."""
    return [a for a in ax.get_children() if getattr(a, "places_labels", False)]


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
