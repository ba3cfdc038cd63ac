"""Salience and the stakeholder cube, drawn.

The salience Venn diagram puts power, legitimacy and urgency as three circles,
each stakeholder's name in the region of its Mitchell, Agle & Wood class (an
invisible fence of markers along the outlines keeps every name inside). The
stakeholder cube of Murray-Webster & Simon is flattened into two grids side by
side, blockers and backers, with neutral stakeholders between them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.patches import Circle, Rectangle

from stakeholder_map._types import SalienceClass, StakeholderType, Stance
from stakeholder_map.analysis._common import Threshold, on_threshold
from stakeholder_map.analysis.salience import (
    SALIENCE_ATTRIBUTES,
    classify_salience,
    salience,
    stakeholder_cube,
)
from stakeholder_map.i18n import label as i18n_label
from stakeholder_map.plotting._caller import warns_at_caller
from stakeholder_map.plotting._captions import CaptionFitter, warn_captions_left_out
from stakeholder_map.plotting._numbers import decimal_commas, stakeholder_numbers
from stakeholder_map.plotting._packing import Canvas, Inside, Rows, outside_boxes
from stakeholder_map.plotting._views import (
    INK,
    MUTED,
    attitude_colors,
    dodge,
    frame,
    get_ax,
    label_texts,
    markers_with_labels,
    mix,
    resolve_lang,
)
from stakeholder_map.plotting.labels import place_labels
from stakeholder_map.plotting.themes import ATTITUDE_PALETTE

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

    from stakeholder_map.models import StakeholderMap

__all__ = [
    "SALIENCE_COLORS",
    "TYPE_COLORS",
    "plot_salience",
    "plot_stakeholder_cube",
    "salience_region",
]

#: Circle colours (Okabe & Ito 2008): power blue, legitimacy green, urgency red.
SALIENCE_COLORS: dict[str, str] = {
    "power": "#0072B2",
    "legitimacy": "#009E73",
    "urgency": "#D55E00",
}

# Unit circles whose centres form an equilateral triangle of side 1: the two-
# and three-attribute regions, where most stakeholders fall, get the most room.
_R = 1.0
_SIDE = 1.0
_H = _SIDE * math.sqrt(3) / 2
_CENTERS: dict[str, tuple[float, float]] = {
    "power": (-_SIDE / 2, _H / 3),
    "legitimacy": (_SIDE / 2, _H / 3),
    "urgency": (0.0, -2 * _H / 3),
}
_XLIM = (-2.25, 2.25)
_YLIM = (-1.9, 1.42)
# Where each attribute's name sits, just outside its circle: the angle from the
# centre, the distance (in radii) and the alignment. Outside, no class name or
# stakeholder name can run into it, whatever the size of the Axes.
_ATTRIBUTE_TITLES: dict[str, tuple[float, float, str, str]] = {
    "power": (135.0, 1.05, "right", "bottom"),
    "legitimacy": (45.0, 1.05, "left", "bottom"),
    "urgency": (270.0, 1.04, "center", "top"),
}
# With counts only (label=None), made for small panels such as the overview's:
# a legend names the circles, and the limits hug the circles.
_COUNTS_XLIM = (-1.6, 2.6)
_COUNTS_YLIM = (-1.7, 1.36)
_COUNTS_OUTSIDE_XY = (1.85, -1.4)  # the non-stakeholders' count, off the circles
_FENCE_SIZE = 4.0  # marker area in points², i.e. a radius of 1 pt
# Spots are planned this much larger than the names, so that the Axes may still
# shrink a little (a key beside it) and every name keeps fitting.
_SLACK = 1.05
# Width of the key of numbered names, inside the Axes right of the diagram. A key
# beside the Axes would shrink the diagram, and a smaller diagram needs more
# numbers, so the key lives in a panel of fixed size instead.
_PANEL = 1.8
_ANCHOR_AREA = 0.25  # points²: a point-like anchor for the placer
# Radius the placer gives such an anchor: half its diameter plus half an edge.
_ANCHOR_R = math.sqrt(_ANCHOR_AREA) / 2 + 0.5


def salience_region(x: float, y: float) -> SalienceClass:
    """Return the salience class whose region of the Venn diagram holds a point.

    The diagram is drawn in data coordinates: three unit circles (power top left,
    legitimacy top right, urgency below) around the origin.

    Parameters
    ----------
    x, y
        A point in the data coordinates of a :func:`plot_salience` Axes.

    Returns
    -------
    SalienceClass
        The class of the region; outside every circle is ``non_stakeholder``.

    See Also
    --------
    plot_salience : The diagram.

    Examples
    --------
    >>> from stakeholder_map.plotting.salience import salience_region
    >>> str(salience_region(0, 0)), str(salience_region(1.9, -1.8))
    ('definitive', 'non_stakeholder')
    """
    inside = [
        math.hypot(x - cx, y - cy) < _R
        for cx, cy in (_CENTERS[a] for a in SALIENCE_ATTRIBUTES)
    ]
    return classify_salience(*inside)[0]


def _region_keys(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return each point's region code and its distance to the nearest outline.

    The code has bit 4 for power, 2 for legitimacy and 1 for urgency.
    """
    code = np.zeros(np.shape(x), dtype=np.int64)
    clearance = np.full(np.shape(x), np.inf)
    for bit, attr in zip((4, 2, 1), SALIENCE_ATTRIBUTES, strict=True):
        cx, cy = _CENTERS[attr]
        d = np.hypot(x - cx, y - cy)
        code += bit * (d < _R)
        np.minimum(clearance, np.abs(d - _R), out=clearance)
    return code, clearance


_CODES: dict[str, int] = {
    classify_salience(bool(c & 4), bool(c & 2), bool(c & 1))[0].value: c
    for c in range(8)
}


def _pole(code: int) -> tuple[float, float]:
    """Return the point of a region farthest from every outline."""
    xs = np.arange(_XLIM[0], _XLIM[1], 0.02)
    ys = np.arange(_YLIM[0], _YLIM[1], 0.02)
    gx, gy = np.meshgrid(xs, ys)
    keys, clearance = _region_keys(gx.ravel(), gy.ravel())
    idx = np.flatnonzero(keys == code)
    best = idx[int(np.argmax(clearance[idx]))]
    return float(gx.ravel()[best]), float(gy.ravel()[best])


def _fence(ax: Axes, spacing: float) -> Any:
    """Add invisible markers along the outlines, which labels may not cross.

    Markers ``spacing`` apart (data units) leave no gap a label could slip
    through, given the pad the placer keeps around every marker.
    """
    n = max(math.ceil(2 * math.pi * _R / spacing), 60)
    angles = np.linspace(0, 2 * math.pi, n, endpoint=False)
    fx = np.concatenate([cx + _R * np.cos(angles) for cx, _ in _CENTERS.values()])
    fy = np.concatenate([cy + _R * np.sin(angles) for _, cy in _CENTERS.values()])
    return ax.scatter(
        fx,
        fy,
        s=_FENCE_SIZE,
        facecolors="none",
        edgecolors="none",
        linewidths=0,
        zorder=0.5,
        gid="salience:fence",
        label="_fence",
    )


@warns_at_caller
def plot_salience(
    data: StakeholderMap | pd.DataFrame,
    *,
    ax: Axes | None = None,
    threshold: Threshold = "midpoint",
    lang: str | None = None,
    label: str | None = "short_name",
    colors: Mapping[str, Any] | None = None,
    label_kws: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw the salience Venn diagram with every stakeholder in its region.

    Three circles stand for power, legitimacy and urgency (Mitchell, Agle & Wood
    1997); their eight regions are the salience classes, each named. Every
    stakeholder's name is written in the region of its class, in centred rows
    like names on a flip chart, overlapping nothing. A crowded diagram first
    uses a slightly smaller font; names that still find no room become numbers
    in their region, explained in a key right of the diagram. With
    ``label=None`` the regions show the number of stakeholders instead.

    Parameters
    ----------
    data
        A :class:`~stakeholder_map.StakeholderMap` (classified with
        :func:`~stakeholder_map.analysis.salience`) or the DataFrame that
        function returns.
    ax
        The Axes to draw on; None uses ``plt.gca()``.
    threshold
        Passed to :func:`~stakeholder_map.analysis.salience` for a map.
    lang
        Language of the circle and class names, ``"en"`` or ``"nl"``; None
        follows the map's language (English for a DataFrame).
    label
        Column with the names (``"short_name"``, the default, falls back to
        ``"name"``), or None to show counts per region instead.
    colors
        Circle colours keyed by ``power``, ``legitimacy``, ``urgency``.
    label_kws
        Passed to :func:`~stakeholder_map.plotting.place_labels`; a
        ``fontsize`` given here is kept (no smaller font when crowded).
    **kwargs
        Passed to the three :class:`~matplotlib.patches.Circle` patches, e.g.
        ``alpha=0.3``.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on. Circles have the gid ``salience:<attribute>``, class
        names ``salience-class:<class>``; the names are the texts of the
        :class:`~stakeholder_map.plotting.LabelPlacement` on the Axes.

    Raises
    ------
    ValueError
        When ``label`` is not a column of the data or ``lang`` is unknown.

    See Also
    --------
    stakeholder_map.analysis.salience : The classes behind the diagram.
    salience_region : The class of a point of the diagram.

    References
    ----------
    .. [1] Mitchell, R. K., Agle, B. R., & Wood, D. J. (1997). Toward a theory of
       stakeholder identification and salience. *Academy of Management Review*,
       22(4), 853-886.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_salience(smap)
    """
    lang = resolve_lang(lang, data)
    df = frame(data, salience, ("salience_class",), threshold=threshold).copy()
    texts = label_texts(df, label) if label is not None else None
    ax = get_ax(ax)
    palette = {**SALIENCE_COLORS, **dict(colors or {})}

    for attr in SALIENCE_ATTRIBUTES:
        cx, cy = _CENTERS[attr]
        props: dict[str, Any] = {
            "facecolor": mix(palette[attr], "#ffffff", 0.82),
            "edgecolor": palette[attr],
            "linewidth": 2.0,
            "alpha": 0.55,
            "zorder": 0,
            "gid": f"salience:{attr}",
        }
        props.update(kwargs)
        ax.add_patch(Circle((cx, cy), _R, **props))
        if label is None:
            continue  # with counts, a legend names the circles: see _counts
        angle, dist, ha, va = _ATTRIBUTE_TITLES[attr]
        rad = math.radians(angle)
        ax.text(
            cx + dist * _R * math.cos(rad),
            cy + dist * _R * math.sin(rad),
            i18n_label(attr, lang),
            ha=ha,
            va=va,
            fontsize="large",
            fontweight="bold",
            color=mix(palette[attr], "#000000", 0.35),
            zorder=3,
            gid=f"salience-attribute:{attr}",
        )
    ax.set_xlim(*_XLIM)
    ax.set_ylim(*_YLIM)
    # Canvas.fit gives the limits the shape of the Axes' box, so applying the
    # aspect at draw time leaves the box (and every name) where it is.
    ax.set_aspect("equal", adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)

    classes = df["salience_class"].astype(str)
    counts = classes.value_counts()
    title_props: dict[str, Any] = {
        "fontsize": "small",
        "fontstyle": "italic" if label is not None else "normal",
        "color": MUTED if label is not None else INK,
        "zorder": 3,
        "multialignment": "center",
    }
    if label is None:
        _counts(ax, counts, lang, title_props, palette)
        return ax
    places = stakeholder_numbers(data, df.index)
    layout = _Layout(
        ax, lang, title_props, label_kws, digits=len(str(max(places, default=1)))
    )
    if df.empty:
        for cls in SalienceClass:
            layout.title_alone(cls, i18n_label(cls.value, lang))
        return ax
    layout.run(df, classes, texts or [], places)
    return ax


def _counts(
    ax: Axes,
    counts: pd.Series,
    lang: str,
    props: Mapping[str, Any],
    palette: Mapping[str, Any],
) -> None:
    """Write each class with its count in its region; a legend names the circles.

    Every text sits at a fixed point of the diagram (a region's pole), so the
    diagram reads at any size, small panels included.
    """
    from matplotlib.patches import Patch

    ax.set_xlim(*_COUNTS_XLIM)
    ax.set_ylim(*_COUNTS_YLIM)
    for cls in SalienceClass:
        name = f"{i18n_label(cls.value, lang)}\n{int(counts.get(cls.value, 0))}"
        outside = cls is SalienceClass.NON_STAKEHOLDER
        xy = _COUNTS_OUTSIDE_XY if outside else _pole(_CODES[cls.value])
        _class_title(ax, cls.value, name, props, xy, "center")
    handles = [
        Patch(
            facecolor=mix(palette[attr], "#ffffff", 0.8),
            edgecolor=palette[attr],
            linewidth=2.0,
            label=i18n_label(attr, lang),
        )
        for attr in SALIENCE_ATTRIBUTES
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0))


def _class_title(
    ax: Axes,
    cls: str,
    text: str,
    props: Mapping[str, Any],
    xy: tuple[float, float],
    ha: str = "left",
) -> Any:
    """Write a class name at ``xy`` (its left end, or its centre)."""
    return ax.text(*xy, text, ha=ha, va="center", gid=f"salience-class:{cls}", **props)


class _Layout:
    """Names of stakeholders, each packed inside its class's region.

    The names are packed in centred rows, like names written in the circles of a
    flip chart; the shared placer then puts each one at its spot, against an
    invisible anchor just left of it, and checks it against everything else.
    Names that find no room, even in a smaller font, become numbers in their
    region, explained in a key in a panel right of the diagram; a region too
    full even for numbers shows its count, and the key lists its names.
    """

    def __init__(
        self,
        ax: Axes,
        lang: str,
        title_props: Mapping[str, Any],
        label_kws: Mapping[str, Any] | None,
        *,
        digits: int = 2,
    ) -> None:
        from matplotlib.font_manager import FontProperties

        # Numbers are as wide as the largest number a name can become.
        self.digits = digits
        self.ax = ax
        self.lang = lang
        self.title_props = dict(title_props)
        self.place_kws: dict[str, Any] = {
            "key_title": i18n_label("other_labels", lang),
            "wrap": None,
        }
        self.place_kws.update(label_kws or {})
        size = self.place_kws.get("fontsize", "small")
        base = FontProperties(size=size).get_size_in_points()
        # A crowded diagram may use a slightly smaller font before numbering names.
        self.font_sizes = (
            [base] if "fontsize" in self.place_kws else [base, 0.85 * base, 0.72 * base]
        )
        self.font_pt = base
        self.panel = False
        self.measure(Canvas.fit(ax, self.bounds))

    def measure(self, canvas: Canvas) -> None:
        """Take the sizes, in data units, for the Axes as laid out now.

        The placer keeps a gap of 0.3 x the font size between an anchor and its
        label, and a pad of 0.2 x the font size around every label.
        """
        c = self.canvas = canvas
        # Class names in the names' size: rows then fit both, and no more.
        self.title_props["fontsize"] = self.font_pt
        self.pad = c.points(0.2 * self.font_pt)
        self.lead = c.points(_ANCHOR_R + 0.3 * self.font_pt)
        self.fence_r = c.points(math.sqrt(_FENCE_SIZE) / 2)
        # Names keep `pad` from the fence markers on the outlines.
        self.margin = self.fence_r + 1.5 * self.pad
        # Rows hold names and class names alike: as tall as the taller font.
        tallest = max(
            c.text_size("Ag", fontsize=self.font_pt)[1],
            c.text_size("Ag", **{**self.title_props, "zorder": None})[1],
        )
        self.row_h = tallest + 2 * self.pad
        self.row_h *= _SLACK
        self.number_w, self.digit_h = c.text_size(
            "0" * max(2, self.digits), fontsize=self.font_pt
        )
        reserved = [
            c.box_of(t)
            for t in self.ax.texts
            if (t.get_gid() or "").startswith("salience-attribute:")
        ]
        self.clear = outside_boxes(reserved, self.pad)
        # The key starts right of everything the diagram draws, attribute names
        # included.
        self.panel_x0 = max([_XLIM[1], *(box[2] for box in reserved)]) + 0.1

    def item_width(self, text_width: float) -> float:
        """Width of a name's spot: anchor, gap, the name and the space after it.

        The space after a name keeps the next name's anchor clearly farther from
        it than its own, so the placer attaches no name to the wrong anchor.
        """
        return (self.lead + text_width + 3 * self.pad) * _SLACK

    def region(self, code: int, free: Inside | None = None) -> Inside:
        """Return the test for points well inside a region (and ``free``)."""
        m = self.margin

        def inside(x: np.ndarray, y: np.ndarray) -> np.ndarray:
            keys, clearance = _region_keys(x, y)
            ok = (keys == code) & (clearance >= m) & self.clear(x, y)
            ok &= (x > _XLIM[0] + m) & (x < _XLIM[1] - m)
            ok &= (y > _YLIM[0] + m) & (y < _YLIM[1] - m)
            if free is not None:
                ok &= free(x, y)
            return np.asarray(ok, dtype=bool)

        return inside

    def rows(
        self, inside: Inside, *, from_top: bool, height: float | None = None
    ) -> Rows:
        """Return the free stretches of the rows of a region (rows of a name)."""
        return Rows.scan(
            inside,
            (_XLIM[0], _XLIM[1], _YLIM[0], _YLIM[1]),
            self.row_h if height is None else height,
            step=min(0.02, self.pad),
            from_top=from_top,
        )

    def plan(
        self, classes: pd.Series, texts: list[str], order: np.ndarray
    ) -> tuple[
        np.ndarray,
        list[tuple[str, str, tuple[float, float] | None]],
        np.ndarray,
        np.ndarray,
    ]:
        """Return anchors, class names' spots, who shows a number, who overflows.

        Stakeholders of a region too full even for numbers overflow: they get
        no anchor (NaN); the region shows their count and the key their names.
        """
        c = self.canvas
        text_w = {t: c.text_size(t, fontsize=self.font_pt)[0] for t in set(texts)}
        anchors = np.full((len(texts), 2), np.nan)
        as_number = np.zeros(len(texts), dtype=bool)
        overflow = np.zeros(len(texts), dtype=bool)
        titles: list[tuple[str, str, tuple[float, float] | None]] = []
        for cls in SalienceClass:
            rows = [int(i) for i in order if classes.iloc[i] == cls.value]
            name = i18n_label(cls.value, self.lang)
            if not rows:
                titles.append((cls.value, name, None))
                continue
            title_w = c.text_size(name, **{**self.title_props, "zorder": None})[0]
            names = [self.item_width(text_w[texts[i]]) for i in rows]
            title_xy, spots, numbers = self.plan_region(
                cls, title_w + 2 * self.pad, names
            )
            titles.append((cls.value, name, title_xy))
            for i, spot, number in zip(rows, spots, numbers, strict=True):
                anchors[i] = spot
                as_number[i] = number
                overflow[i] = number is None
            if overflow[rows].any():
                titles[-1] = (cls.value, f"{name} ({len(rows)})", None)
        return anchors, titles, as_number & ~overflow, overflow

    def plan_region(
        self, cls: SalienceClass, title_width: float, names: list[float]
    ) -> tuple[
        tuple[float, float] | None, list[tuple[float, float]], list[bool | None]
    ]:
        """Return the class name's spot, an anchor per stakeholder, who is a number.

        Every stakeholder must get room for at least a number; within that, as
        many as possible (most salient first) get room for their name. When even
        numbers do not fit, every stakeholder of the region gets None and no
        anchor.
        """
        code = _CODES[cls.value]
        outside = cls is SalienceClass.NON_STAKEHOLDER
        regions = [self.region(code)]
        if outside:
            # Keep the few non-stakeholders together below right, off the circles.
            corner = self.region(code, lambda x, y: (x > 0.75) & (y < 0.0))
            regions.insert(0, corner)
        number = self.item_width(self.number_w)
        for inside in regions:
            rows = self.rows(inside, from_top=not outside)
            for k in range(len(names), -1, -1):
                widths = [[title_width]]
                widths += [[w, number] for w in names[:k]]
                widths += [[number]] * (len(names) - k)
                # The class name on top, alone in its row, if that costs no name;
                # else anywhere, sharing its row.
                for heads in (True, False):
                    spots = rows.fill(
                        widths,
                        alone=(0,) if heads else (),
                        heads=heads,
                        center=not outside,
                    )
                    if all(spot is not None for spot in spots):
                        return self._spots(spots, k)
        # Not even numbers fit in rows as tall as a name: pack the numbers in
        # rows as tall as a digit, round the class name at its best spot.
        title_h = self.row_h / _SLACK - 2 * self.pad
        for prefer in ("top", "bottom", "pole"):
            centre = self.spot_for(cls, title_width, title_h + self.pad, prefer)
            title_box = (
                centre[0] - title_width / 2,
                centre[1] - title_h / 2,
                centre[0] + title_width / 2,
                centre[1] + title_h / 2,
            )
            compact = self.rows(
                self.region(code, outside_boxes([title_box], self.pad)),
                from_top=not outside,
                height=(self.digit_h + 1.3 * self.pad) * _SLACK,
            )
            spots = compact.fill([[self.item_width(self.number_w)]] * len(names))
            if all(spot is not None for spot in spots):
                _, anchors, numbers = self._spots([None, *spots], 0)
                return (title_box[0] + self.pad, centre[1]), anchors, numbers
        # Still no room: the region shows its count, the key lists the names.
        nowhere = (float("nan"), float("nan"))
        return None, [nowhere] * len(names), [None] * len(names)

    def spot_for(
        self, cls: SalienceClass, width: float, height: float, prefer: str = "pole"
    ) -> tuple[float, float]:
        """Return the centre of a box of this size that fits best in a region.

        Among the centres whose whole box lies inside the region, clear of the
        attribute names: the one farthest from the outlines (``prefer="pole"``),
        the highest (``"top"``) or the lowest (``"bottom"``). Without any, the
        region's pole.
        """
        code = _CODES[cls.value]
        inside = self.region(code)
        if cls is SalienceClass.NON_STAKEHOLDER:
            inside = self.region(code, lambda x, y: (x > 0.75) & (y < 0.0))
        xs = np.arange(_XLIM[0], _XLIM[1], 0.03)
        ys = np.arange(_YLIM[0], _YLIM[1], 0.03)
        gx, gy = (a.ravel() for a in np.meshgrid(xs, ys))
        ok = np.ones(len(gx), dtype=bool)
        for fx in (-0.5, 0.0, 0.5):
            for fy in (-0.5, 0.0, 0.5):
                ok &= inside(gx + fx * width, gy + fy * height)
        if not ok.any():
            return _pole(code)
        if prefer == "top":
            best = int(np.argmax(gy[ok]))
        elif prefer == "bottom":
            best = int(np.argmin(gy[ok]))
        else:
            best = int(np.argmax(_region_keys(gx[ok], gy[ok])[1]))
        return float(gx[ok][best]), float(gy[ok][best])

    def title_alone(self, cls: SalienceClass, text: str) -> Any:
        """Write a class name (or name and count) where it fits best in its region."""
        w, h = self.canvas.text_size(text, **{**self.title_props, "zorder": None})
        xy = self.spot_for(cls, w + 2 * self.pad, h + 2 * self.pad)
        return _class_title(self.ax, cls.value, text, self.title_props, xy, "center")

    def _spots(
        self, spots: list[tuple[float, float, int] | None], k: int
    ) -> tuple[
        tuple[float, float] | None, list[tuple[float, float]], list[bool | None]
    ]:
        """Turn packed spots into the class name's spot, anchors and numbers.

        The first ``k`` stakeholders could take their name (choice 0) or a
        number (choice 1); the others could only take a number.
        """
        title = spots[0]
        title_xy = None if title is None else (title[0] + self.pad, title[1])
        anchor_r = self.canvas.points(_ANCHOR_R)
        anchors = [(x + anchor_r, y) for x, y, _ in spots[1:]]  # type: ignore[misc]
        numbers: list[bool | None] = [
            j >= k or spot[2] == 1  # type: ignore[index]
            for j, spot in enumerate(spots[1:])
        ]
        return title_xy, anchors, numbers

    def draw(
        self,
        anchors: np.ndarray,
        titles: list[tuple[str, str, tuple[float, float] | None]],
        texts: list[str],
        priority: np.ndarray,
    ) -> None:
        """Draw the class names, the fence and the names.

        Stakeholders without an anchor (overflow) are not passed to the placer.
        """
        for cls, name, xy in titles:
            if xy is None:
                self.title_alone(SalienceClass(cls), name)
            else:
                _class_title(self.ax, cls, name, self.title_props, xy)
        # The placer keeps labels `pad` and leader lines `pad / 2` from markers:
        # fence markers 1.5 x (radius + pad / 2) apart leave no way through.
        fence = _fence(self.ax, 1.5 * (self.fence_r + self.pad / 2))
        kws = dict(self.place_kws)
        kws["fontsize"] = self.font_pt
        # Names and numbers are decided by the plan; the key goes into the panel.
        kws["key"] = False
        kws["number_fallback"] = False
        kws.setdefault("max_distance", 1.2 * self.font_pt)
        avoid = [fence, *kws.pop("avoid", ())]
        rows = np.flatnonzero(np.isfinite(anchors).all(axis=1))
        if len(rows) == 0:
            return
        place_labels(
            self.ax,
            anchors[rows, 0],
            anchors[rows, 1],
            [texts[i] for i in rows],
            sizes=_ANCHOR_AREA,
            priority=priority[rows],
            avoid=avoid,
            **kws,
        )

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """What must be visible: the diagram, and the key panel when open."""
        right = self.panel_x0 + _PANEL if self.panel else _XLIM[1]
        return (_XLIM[0], right, *_YLIM)

    def open_panel(self) -> None:
        """Make room right of the diagram for the key, and measure again."""
        self.panel = True
        self.measure(Canvas.fit(self.ax, self.bounds, self.canvas.sizes))
        # The attribute names scale with the fit: fit once more to their size.
        self.measure(Canvas.fit(self.ax, self.bounds, self.canvas.sizes))

    def run(
        self,
        df: pd.DataFrame,
        classes: pd.Series,
        names: list[str],
        places: list[int],
    ) -> None:
        """Plan with the largest font that needs no numbers, then draw.

        A name that becomes a number shows its number of ``places`` (the
        stakeholder's place in the map), as in every other figure of the map.
        """
        priority = df["salience"].to_numpy(dtype=float)
        order = np.argsort(-priority, kind="stable")
        for panel in (False, True):
            if panel:
                self.open_panel()
            for size in self.font_sizes:
                self.font_pt = size
                self.measure(self.canvas)
                anchors, titles, as_number, overflow = self.plan(classes, names, order)
                if not (as_number | overflow).any():
                    break
            if not (as_number | overflow).any():
                break
        numbers = {int(i): places[int(i)] for i in np.flatnonzero(as_number)}
        texts = [str(numbers[i]) if i in numbers else n for i, n in enumerate(names)]
        self.draw(anchors, titles, texts, priority)
        # The key lists the numbers in order.
        by_number = sorted(numbers, key=numbers.__getitem__)
        entries = [f"{numbers[i]}. {names[i]}" for i in by_number]
        for cls in SalienceClass:
            rows = [i for i in np.flatnonzero(overflow) if classes.iloc[i] == cls.value]
            if rows:
                entries.append(f"{i18n_label(cls.value, self.lang)} ({len(rows)}):")
                entries += [f"– {names[i]}" for i in rows]
        self.draw_key(entries)

    def draw_key(self, entries: list[str]) -> None:
        """Write the numbered names in the panel, smaller if they need it.

        Lines are wrapped to the panel's width as measured, so the key never
        reaches outside the Axes (which would make the layout shrink them).
        """
        if not entries:
            return
        c = self.canvas
        x0 = self.panel_x0
        width = _PANEL - 0.1
        top, bottom = _YLIM[1] - 0.05, _YLIM[0] + 0.05
        title = str(self.place_kws.get("key_title", ""))
        for scale in (1.0, 0.9, 0.8, 0.7, 0.6):
            size = self.font_pt * scale
            line_h = c.text_size("Ag", fontsize=size)[1] * 1.15

            def measure(text: str, size: float = size) -> float:
                return c.text_size(text, fontsize=size)[0]

            lines = [
                line for entry in entries for line in _wrap_entry(entry, width, measure)
            ]
            if top - line_h * (len(lines) + 1.3) >= bottom:
                break
        self.ax.text(
            x0,
            top,
            title,
            ha="left",
            va="top",
            fontsize=size,
            fontweight="bold",
            color=INK,
            gid="salience:key-title",
        )
        y = top - line_h * 1.3
        for line in lines:
            self.ax.text(
                x0,
                y,
                line,
                ha="left",
                va="top",
                fontsize=size,
                color=INK,
                gid="salience:key",
            )
            y -= line_h


def _wrap_entry(entry: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Wrap a key entry "n. name" to ``width``, continuing under the name."""
    number, _, name = entry.partition(" ")
    indent = " " * (len(number) + 1)
    lines: list[str] = []
    line = number
    for word in name.split():
        candidate = f"{line} {word}"
        if measure(candidate) <= width or line.strip() in ("", number):
            line = candidate
        else:
            lines.append(line)
            line = f"{indent}{word}"
    lines.append(line)
    return lines


# ------------------------------------------------------------------------------
# The stakeholder cube, flattened: blockers and backers as two grids side by side
# ------------------------------------------------------------------------------

#: A colour per type: purple shades for backers, orange shades for blockers (the
#: attitude palette), darker for the powerful and active.
TYPE_COLORS: dict[str, str] = {
    StakeholderType.SAVIOUR.value: ATTITUDE_PALETTE[2],
    StakeholderType.SLEEPING_GIANT.value: ATTITUDE_PALETTE[2],
    StakeholderType.FRIEND.value: ATTITUDE_PALETTE[1],
    StakeholderType.ACQUAINTANCE.value: ATTITUDE_PALETTE[1],
    StakeholderType.SABOTEUR.value: ATTITUDE_PALETTE[-2],
    StakeholderType.TIME_BOMB.value: ATTITUDE_PALETTE[-2],
    StakeholderType.IRRITANT.value: ATTITUDE_PALETTE[-1],
    StakeholderType.TRIPWIRE.value: ATTITUDE_PALETTE[-1],
}

# (high power, high interest) -> type, per panel.
_PANEL_TYPES: dict[str, dict[tuple[bool, bool], StakeholderType]] = {
    Stance.OPPOSED.value: {
        (True, True): StakeholderType.SABOTEUR,
        (True, False): StakeholderType.TIME_BOMB,
        (False, True): StakeholderType.IRRITANT,
        (False, False): StakeholderType.TRIPWIRE,
    },
    Stance.SUPPORTIVE.value: {
        (True, True): StakeholderType.SAVIOUR,
        (True, False): StakeholderType.SLEEPING_GIANT,
        (False, True): StakeholderType.FRIEND,
        (False, False): StakeholderType.ACQUAINTANCE,
    },
}
_GAP = 0.08  # between a grid and the neutral strip, as a fraction of a grid
_STRIP = 0.3  # width of the neutral strip, as a fraction of a grid


def _layout(lo: float, hi: float) -> dict[str, tuple[float, float]]:
    """Return the x range of each panel in data units (interest is shifted)."""
    pad = 0.12 * (hi - lo)
    width = hi - lo + 2 * pad
    gap, strip = _GAP * width, _STRIP * width
    left = (0.0, width)
    middle = (width + gap, width + gap + strip)
    right = (middle[1] + gap, middle[1] + gap + width)
    return {
        Stance.OPPOSED.value: left,
        Stance.NEUTRAL.value: middle,
        Stance.SUPPORTIVE.value: right,
    }


@warns_at_caller
def plot_stakeholder_cube(
    data: StakeholderMap | pd.DataFrame,
    *,
    ax: Axes | None = None,
    threshold: Threshold = "midpoint",
    lang: str | None = None,
    label: str | None = "short_name",
    label_kws: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw the stakeholder cube as two grids: blockers left, backers right.

    Each grid crosses interest (x: passive left, active right) with power (y),
    and its four cells carry the Murray-Webster & Simon types: saboteur, time
    bomb, irritant and tripwire for blockers; saviour, sleeping giant, friend
    and acquaintance for backers. Neutral stakeholders (attitude 0, no type)
    stand in the strip between the grids. Markers are coloured by attitude;
    names are placed by :func:`~stakeholder_map.plotting.place_labels`.

    Parameters
    ----------
    data
        A :class:`~stakeholder_map.StakeholderMap` (classified with
        :func:`~stakeholder_map.analysis.stakeholder_cube`) or the DataFrame
        that function returns.
    ax
        The Axes to draw on; None uses ``plt.gca()``.
    threshold
        Passed to :func:`~stakeholder_map.analysis.stakeholder_cube` for a map.
    lang
        Language of the titles, ``"en"`` or ``"nl"``; None follows the map's
        language (English for a DataFrame).
    label
        Column with the names (``"short_name"`` falls back to ``"name"``), or
        None for no names.
    label_kws
        Passed to :func:`~stakeholder_map.plotting.place_labels`.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.scatter`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on. Cells have the gid ``cube-cell:<type>`` and their
        titles ``cube-title:<type>``; the panel headers ``cube-panel:<stance>``.

    Raises
    ------
    ValueError
        When ``label`` is not a column of the data or ``lang`` is unknown.

    Warns
    -----
    StakeholderMapWarning
        When a cell title does not fit inside its cell even wrapped at spaces and
        shrunk to 5 pt; it is then not drawn.

    See Also
    --------
    stakeholder_map.analysis.stakeholder_cube : The types behind the plot.

    Notes
    -----
    A 3-D cube cannot be read on a slide; two flat grids side by side keep all
    three dimensions readable (Murray-Webster & Simon draw the cube, then
    discuss it one attitude at a time, as here).

    References
    ----------
    .. [1] Murray-Webster, R., & Simon, P. (2006). Making sense of stakeholder
       mapping. *PM World Today*, VIII(11).

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_stakeholder_cube(smap)
    """
    lang = resolve_lang(lang, data)
    df = frame(
        data,
        stakeholder_cube,
        ("power", "interest", "attitude", "stance"),
        threshold=threshold,
    )
    lo, hi = df.attrs.get("scale", (1.0, 5.0))
    cuts = df.attrs.get(
        "thresholds", {"power": (lo + hi) / 2, "interest": (lo + hi) / 2}
    )
    texts = label_texts(df, label) if label is not None else None
    ax = get_ax(ax)
    panels = _layout(lo, hi)
    pad = 0.12 * (hi - lo)
    ylim = (lo - pad, hi + pad)
    # A band above the cells for the panel headers, inside the Axes.
    top = hi + pad + 0.1 * (hi - lo)

    def shift(stance: str) -> float:
        # Data x of interest `lo` in a panel.
        return float(panels[stance][0] + pad - lo)

    titles = []
    cells = []
    for stance, types in _PANEL_TYPES.items():
        x0, x1 = panels[stance]
        xt = shift(stance) + cuts["interest"]
        for (high_p, high_i), kind in types.items():
            cx0, cx1 = (xt, x1) if high_i else (x0, xt)
            cy0, cy1 = (cuts["power"], ylim[1]) if high_p else (ylim[0], cuts["power"])
            color = TYPE_COLORS[kind.value]
            cells.append(((cx0, cx1), (cy0, cy1)))
            ax.add_patch(
                Rectangle(
                    (cx0, cy0),
                    cx1 - cx0,
                    cy1 - cy0,
                    facecolor=mix(color, "#ffffff", 0.86),
                    edgecolor="#ffffff",
                    linewidth=2.0,
                    zorder=0,
                    gid=f"cube-cell:{kind.value}",
                )
            )
            titles.append(
                ax.annotate(
                    i18n_label(kind.value, lang),
                    xy=(cx1 if high_i else cx0, cy1 if high_p else cy0),
                    xytext=(-5 if high_i else 5, -4 if high_p else 4),
                    textcoords="offset points",
                    ha="right" if high_i else "left",
                    va="top" if high_p else "bottom",
                    fontsize="medium",
                    fontweight="bold",
                    color=mix(color, "#000000", 0.45),
                    zorder=1,
                    gid=f"cube-title:{kind.value}",
                )
            )
        ax.text(
            (x0 + x1) / 2,
            (ylim[1] + top) / 2,
            i18n_label(
                "blockers" if stance == Stance.OPPOSED.value else "backers", lang
            ),
            ha="center",
            va="center",
            fontsize="large",
            fontweight="bold",
            color="#333333",
            gid=f"cube-panel:{stance}",
        )
    # Each cell's title stays inside the cell: wrapped, then shrunk.
    ax.add_artist(CaptionFitter(titles, cells))
    m0, m1 = panels[Stance.NEUTRAL.value]
    ax.add_patch(
        Rectangle(
            (m0, ylim[0]),
            m1 - m0,
            ylim[1] - ylim[0],
            facecolor=mix(ATTITUDE_PALETTE[0], "#ffffff", 0.8),
            edgecolor="none",
            zorder=0,
            gid="cube-cell:neutral",
        )
    )
    ax.text(
        (m0 + m1) / 2,
        (ylim[1] + top) / 2,
        i18n_label("neutral", lang),
        ha="center",
        va="center",
        fontsize="medium",
        color="#555555",
        gid=f"cube-panel:{Stance.NEUTRAL.value}",
    )
    ax.set_xlim(panels[Stance.OPPOSED.value][0], panels[Stance.SUPPORTIVE.value][1])
    ax.set_ylim(ylim[0], top)
    ticks = np.arange(lo, hi + 1) if float(lo).is_integer() and hi - lo <= 10 else None
    if ticks is not None:
        ax.set_yticks(ticks)
        xt = [
            shift(s) + t
            for s in (Stance.OPPOSED.value, Stance.SUPPORTIVE.value)
            for t in ticks
        ]
        ax.set_xticks(xt)
        ax.set_xticklabels([f"{t:g}" for _ in range(2) for t in ticks])
    else:
        ax.set_xticks([])
    ax.set_xlabel(i18n_label("interest", lang))
    ax.set_ylabel(i18n_label("power", lang))
    if df.empty:
        warn_captions_left_out(ax, lang)
        return ax

    stances = df["stance"].astype(str).tolist()
    interest = df["interest"].to_numpy(dtype=float)
    power = df["power"].to_numpy(dtype=float)
    x = np.asarray(
        [
            (m0 + m1) / 2 if s == Stance.NEUTRAL.value else shift(s) + i
            for s, i in zip(stances, interest, strict=True)
        ]
    )
    walls = {shift(s) + cuts["interest"] for s in _PANEL_TYPES}
    xy = dodge(
        x,
        power,
        rx=0.05 * (hi - lo),
        ry=0.05 * (hi - lo),
        floor=lambda _x, y: on_threshold(y, cuts["power"], hi - lo),
        wall=lambda x_, _y: any(on_threshold(x_, w, hi - lo) for w in walls),
        narrow=lambda x_, _y: x_ == (m0 + m1) / 2,
        xbounds=lambda x_: next(
            (
                (shift(st) + lo, shift(st) + hi)
                for st in _PANEL_TYPES
                if shift(st) + lo <= x_ <= shift(st) + hi
            ),
            (-np.inf, np.inf),
        ),
        ybounds=(lo, hi),
    )
    markers_with_labels(
        ax,
        xy,
        colors=attitude_colors(df["attitude"]),
        gid="cube:stakeholders",
        texts=texts,
        priority=power,
        avoid=titles,
        lang=lang,
        label_kws=label_kws,
        scatter_kws=kwargs,
        numbers=stakeholder_numbers(data, df.index),
    )
    decimal_commas(ax, lang)
    warn_captions_left_out(ax, lang)
    return ax
