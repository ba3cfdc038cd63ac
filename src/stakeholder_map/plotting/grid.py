"""The power/interest grid: a canvas that draws the quadrants, and the plot on it.

:class:`PowerInterestGrid` owns the coordinate system (interest on x, power on y,
the map's scale with a margin) and draws shaded quadrants with their titles;
:func:`plot_power_interest` classifies a map with
:func:`stakeholder_map.analysis.power_interest`, draws the grid, the stakeholders
coloured by attitude and their names placed by :func:`~.labels.place_labels`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.colors import to_hex, to_rgb
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from stakeholder_map._types import Quadrant
from stakeholder_map.analysis._common import (
    Threshold,
    check_choice,
    on_threshold,
    resolve_threshold,
    split_threshold,
)
from stakeholder_map.analysis._views import add_map_columns
from stakeholder_map.analysis.grid import classify_quadrant, power_interest
from stakeholder_map.i18n import MESSAGE_LANGUAGES, label, label_sets, quadrant_label
from stakeholder_map.models import Scale, StakeholderMap
from stakeholder_map.plotting._caller import warns_at_caller
from stakeholder_map.plotting._captions import CaptionFitter, warn_captions_left_out
from stakeholder_map.plotting._numbers import decimal_commas, stakeholder_numbers
from stakeholder_map.plotting._scene import _renderer, _root_figure, _slot_width
from stakeholder_map.plotting.labels import LabelPlacement, place_labels
from stakeholder_map.plotting.themes import (
    ATTITUDE_PALETTE,
    CATEGORICAL_PALETTE,
    NOT_ASSESSED_COLOR,
    QUADRANT_PALETTE,
)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.collections import PathCollection
    from matplotlib.legend import Legend

__all__ = ["PowerInterestGrid", "plot_power_interest"]

Palette = Mapping[Any, Any] | Sequence[Any]

# Where each quadrant's title sits: (x, y) corner of the axes and alignment.
_TITLE_CORNERS: dict[str, tuple[float, float, str, str]] = {
    Quadrant.MANAGE_CLOSELY.value: (1.0, 1.0, "right", "top"),
    Quadrant.KEEP_SATISFIED.value: (0.0, 1.0, "left", "top"),
    Quadrant.KEEP_INFORMED.value: (1.0, 0.0, "right", "bottom"),
    Quadrant.MONITOR.value: (0.0, 0.0, "left", "bottom"),
}
_EDGE = "#333333"


def _mix(color: Any, other: str, amount: float) -> str:
    """Blend ``color`` towards ``other`` by ``amount`` (0 keeps it, 1 replaces it)."""
    a = np.asarray(to_rgb(color))
    b = np.asarray(to_rgb(other))
    return to_hex(a + (b - a) * amount)


def _attitude_band(value: float) -> int | None:
    """Round an attitude to its band -2..+2 (halves away from zero); NaN -> None."""
    if value is None or not math.isfinite(value):
        return None
    band = math.floor(abs(value) + 0.5) * (1 if value >= 0 else -1)
    return int(max(-2, min(2, band)))


class PowerInterestGrid:
    """A power/interest grid: interest on x, power on y, four shaded quadrants.

    The canvas owns the coordinate system: the map's scale with a margin, the
    thresholds that split it and the quadrant titles. :meth:`draw` paints it on an
    Axes; :meth:`scatter` and :meth:`annotate` add stakeholders and their names.
    :func:`plot_power_interest` is ``draw`` -> ``scatter`` -> ``annotate``.

    Parameters
    ----------
    scale
        The rating scale as ``(min, max)`` or a :class:`~stakeholder_map.Scale`.
    thresholds
        Where "high" starts: one number for both axes, a pair
        ``(power, interest)`` or a dict ``{"power": ..., "interest": ...}``.
        None means the middle of the scale. A score equal to a threshold is high.
    labels
        The quadrant titles: a label set (``"en"``, ``"nl"``, ``"fr"``,
        ``"eden_ackermann"``, ``"johnson_scholes"``) or a dict from quadrant key to
        title, shown as given.
    lang
        Language of the axis titles and legends, ``"en"``, ``"nl"`` or ``"fr"``.
        None follows ``labels`` (its language for a language code, else English).
    margin
        Space around the scale as a fraction of its range, so markers at the ends
        keep clear of the quadrant titles.
    palette
        Quadrant key -> colour. Default :data:`~.themes.QUADRANT_PALETTE`.
    aspect
        ``"auto"`` fills the Axes (best on 16:9 slides); ``"equal"`` draws square
        score units.

    See Also
    --------
    plot_power_interest : The whole plot in one call.

    Examples
    --------
    >>> grid = skm.plotting.PowerInterestGrid((1, 5), labels="nl")
    >>> grid.thresholds
    {'power': 3.0, 'interest': 3.0}
    >>> grid.quadrant_titles["manage_closely"]
    'Nauw betrekken'
    >>> from matplotlib.figure import Figure
    >>> ax = grid.draw(Figure().add_subplot())
    >>> ax.get_xlabel(), ax.get_ylabel()
    ('Belang', 'Macht')
    """

    def __init__(
        self,
        scale: tuple[float, float] | Scale = (1, 5),
        *,
        thresholds: float | tuple[float, float] | Mapping[str, float] | None = None,
        labels: str | Mapping[str, str] = "en",
        lang: str | None = None,
        margin: float = 0.12,
        palette: Mapping[str, Any] | None = None,
        aspect: str = "auto",
    ) -> None:
        sc = scale if isinstance(scale, Scale) else Scale.model_validate(tuple(scale))
        self.scale: tuple[float, float] = (sc.min, sc.max)
        if thresholds is None:
            cuts = {"power": sc.midpoint, "interest": sc.midpoint}
        else:
            rules = split_threshold(thresholds, ("power", "interest"))
            cuts = {
                axis: resolve_threshold(rule, [], sc, axis)
                for axis, rule in rules.items()
            }
        self.thresholds: dict[str, float] = cuts
        if isinstance(labels, str):
            check_choice("labels", labels, label_sets())
            titles = {q.value: quadrant_label(q.value, labels) for q in Quadrant}
            default_lang = labels if labels in MESSAGE_LANGUAGES else "en"
        else:
            missing = [q.value for q in Quadrant if q.value not in labels]
            if missing:
                msg = (
                    f"`labels` must give a title for every quadrant; missing {missing}."
                )
                raise ValueError(msg)
            titles = {q.value: str(labels[q.value]) for q in Quadrant}
            default_lang = "en"
        self.quadrant_titles: dict[str, str] = titles
        self.lang: str = lang or default_lang
        check_choice("lang", self.lang, MESSAGE_LANGUAGES)
        self.margin = float(margin)
        self.palette: dict[str, Any] = {**QUADRANT_PALETTE, **(palette or {})}
        check_choice("aspect", aspect, ("auto", "equal"))
        self.aspect = aspect

    def __repr__(self) -> str:
        """Show the scale and thresholds."""
        return (
            f"PowerInterestGrid(scale={self.scale}, thresholds={self.thresholds}, "
            f"lang={self.lang!r})"
        )

    @property
    def limits(self) -> tuple[float, float]:
        """The axis limits: the scale widened by the margin on both sides.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> grid = skm.plotting.PowerInterestGrid(scale=smap.scale)
        >>> [round(limit, 2) for limit in grid.limits]
        [0.52, 5.48]
        """
        lo, hi = self.scale
        pad = (hi - lo) * self.margin
        return (lo - pad, hi + pad)

    def quadrant_of(self, power: float, *, interest: float) -> Quadrant:
        """Return the quadrant of a score pair; a score equal to a threshold is high.

        Parameters
        ----------
        power
            The power score.
        interest
            The interest score.

        Returns
        -------
        Quadrant
            The quadrant key.

        Examples
        --------
        >>> skm.plotting.PowerInterestGrid().quadrant_of(4, interest=3)
        <Quadrant.MANAGE_CLOSELY: 'manage_closely'>
        """
        return classify_quadrant(
            power,
            interest,
            power_threshold=self.thresholds["power"],
            interest_threshold=self.thresholds["interest"],
            span=self.scale[1] - self.scale[0],
        )

    # -- drawing -------------------------------------------------------------------

    def draw(
        self, ax: Axes | None = None, *, quadrant_kws: Mapping[str, Any] | None = None
    ) -> Axes:
        """Paint the quadrants, their titles, the axis titles and the limits.

        Parameters
        ----------
        ax
            The Axes to draw on; None uses ``plt.gca()``.
        quadrant_kws
            Properties of the quadrant :class:`~matplotlib.patches.Rectangle`
            patches, e.g. ``{"alpha": 0.5}``. ``"title_kws"`` inside it holds
            properties of the quadrant titles, e.g. ``{"fontsize": 20}``.

        Returns
        -------
        matplotlib.axes.Axes
            The Axes drawn on. Quadrant patches have the gid ``quadrant:<key>``
            and titles ``quadrant-title:<key>``.

        Examples
        --------
        >>> from matplotlib.figure import Figure
        >>> ax = skm.plotting.PowerInterestGrid().draw(Figure().add_subplot())
        >>> len([p for p in ax.patches if p.get_gid().startswith("quadrant:")])
        4
        """
        if ax is None:
            import matplotlib.pyplot as plt

            ax = plt.gca()
        kws = dict(quadrant_kws or {})
        title_kws = dict(kws.pop("title_kws", {}) or {})
        lo, hi = self.limits
        tp, ti = self.thresholds["power"], self.thresholds["interest"]
        spans = {
            Quadrant.MANAGE_CLOSELY.value: ((ti, hi), (tp, hi)),
            Quadrant.KEEP_SATISFIED.value: ((lo, ti), (tp, hi)),
            Quadrant.KEEP_INFORMED.value: ((ti, hi), (lo, tp)),
            Quadrant.MONITOR.value: ((lo, ti), (lo, tp)),
        }
        for key, ((x0, x1), (y0, y1)) in spans.items():
            color = self.palette[key]
            props: dict[str, Any] = {
                "facecolor": _mix(color, "#ffffff", 0.86),
                "edgecolor": "none",
                "zorder": 0,
                "gid": f"quadrant:{key}",
            }
            props.update(kws)
            ax.add_patch(Rectangle((x0, y0), x1 - x0, y1 - y0, **props))
        line_props: dict[str, Any] = {
            "color": "#ffffff",
            "linewidth": 2.0,
            "zorder": 0.5,
        }
        ax.axvline(ti, gid="threshold:interest", **line_props)
        ax.axhline(tp, gid="threshold:power", **line_props)
        titles: list[Text] = []
        title_spans = []
        for key, (fx, fy, ha, va) in _TITLE_CORNERS.items():
            title_spans.append(spans[key])
            dx = 6 if ha == "left" else -6
            dy = 5 if va == "bottom" else -5
            props = {
                "fontsize": "large",
                "fontweight": "bold",
                "color": _mix(self.palette[key], "#000000", 0.5),
                "ha": ha,
                "va": va,
                "zorder": 1,
                "gid": f"quadrant-title:{key}",
            }
            props.update(title_kws)
            title = ax.annotate(
                self.quadrant_titles[key],
                xy=(fx, fy),
                xycoords="axes fraction",
                xytext=(dx, dy),
                textcoords="offset points",
                **props,
            )
            # The titles fit inside the Axes (the fitter sees to it): a layout
            # engine must not shrink the Axes for a title too wide before fitting,
            # or narrow Axes collapse.
            title.set_in_layout(False)
            titles.append(title)
        ax.add_artist(CaptionFitter(titles, title_spans))
        ax.set_xlim(lo, hi)
        ax.set_ylim(lo, hi)
        smin, smax = self.scale
        if smax - smin <= 10 and float(smin).is_integer() and float(smax).is_integer():
            ticks = np.arange(smin, smax + 1)
            ax.set_xticks(ticks)
            ax.set_yticks(ticks)
        ax.set_xlabel(label("interest", self.lang))
        ax.set_ylabel(label("power", self.lang))
        if self.aspect == "equal":
            ax.set_aspect("equal", adjustable="box")
        return ax

    def titles(self, ax: Axes) -> list[Text]:
        """Return the quadrant title artists this grid drew on ``ax``.

        Parameters
        ----------
        ax
            An Axes drawn with :meth:`draw`.

        Returns
        -------
        list of matplotlib.text.Text
            One title per quadrant.

        Examples
        --------
        >>> from matplotlib.figure import Figure
        >>> grid = skm.plotting.PowerInterestGrid()
        >>> ax = grid.draw(Figure().add_subplot())
        >>> [t.get_text() for t in grid.titles(ax)]
        ['Manage closely', 'Keep satisfied', 'Keep informed', 'Monitor']
        """
        return [
            t for t in ax.texts if str(t.get_gid() or "").startswith("quadrant-title:")
        ]

    def positions(self, data: pd.DataFrame, *, dodge: bool = True) -> np.ndarray:
        """Return the (interest, power) positions of the markers, one row each.

        Stakeholders with identical scores are spread on a small ring around their
        point (``dodge=True``), never across a threshold: a stakeholder on a
        threshold counts as high and stays on the high side.

        Parameters
        ----------
        data
            A frame with ``power`` and ``interest`` columns.
        dodge
            Spread stakeholders with identical scores.

        Returns
        -------
        numpy.ndarray
            Shape ``(len(data), 2)``: x (interest) and y (power).

        Examples
        --------
        >>> import pandas as pd
        >>> df = pd.DataFrame({"power": [4.0, 4.0], "interest": [2.0, 2.0]})
        >>> skm.plotting.PowerInterestGrid().positions(df).round(2).tolist()
        [[1.8, 4.0], [2.2, 4.0]]
        """
        xy = np.column_stack(
            [
                np.asarray(data["interest"], dtype=float),
                np.asarray(data["power"], dtype=float),
            ]
        )
        if not dodge:
            return xy
        r = 0.05 * (self.scale[1] - self.scale[0])
        lo, hi = self.scale
        cut_x, cut_y = self.thresholds["interest"], self.thresholds["power"]
        return _spread_groups(
            xy,
            rx=r,
            ry=r,
            side=lambda x, y: (
                _side(x, (lo, hi), on_threshold(x, cut_x, hi - lo)),
                _side(y, (lo, hi), on_threshold(y, cut_y, hi - lo)),
            ),
            on_cut=lambda x, y: (
                on_threshold(x, cut_x, hi - lo),
                on_threshold(y, cut_y, hi - lo),
            ),
        )

    def scatter(
        self,
        data: pd.DataFrame,
        *,
        ax: Axes,
        hue: str | None = "attitude",
        size: str | None = None,
        sizes: tuple[float, float] | None = None,
        palette: Palette | None = None,
        dodge: bool = True,
        **kwargs: Any,
    ) -> PathCollection:
        """Draw one marker per stakeholder at (interest, power).

        Parameters
        ----------
        data
            The frame of :func:`~stakeholder_map.analysis.power_interest` (or any
            frame with ``power`` and ``interest`` columns).
        ax
            The Axes, drawn with :meth:`draw`.
        hue
            Column that colours the markers: ``"attitude"`` (bands -2..+2, a
            diverging palette), ``"quadrant"``, another column (categories) or
            None (one colour).
        size
            Numeric column that sets the marker areas, or None.
        sizes
            Smallest and largest marker area in points² for ``size``; default
            0.5 and 2.5 times the theme's default area.
        palette
            Colours for ``hue``: a dict from value (attitude band, quadrant key,
            category) to colour, or a list in category order.
        dodge
            Spread stakeholders with identical scores (see :meth:`positions`).
        **kwargs
            Passed to :meth:`matplotlib.axes.Axes.scatter`.

        Returns
        -------
        matplotlib.collections.PathCollection
            The markers.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> df = skm.analysis.power_interest(smap)
        >>> from matplotlib.figure import Figure
        >>> grid = skm.plotting.PowerInterestGrid()
        >>> ax = grid.draw(Figure().add_subplot())
        >>> markers = grid.scatter(df, ax=ax)
        >>> len(markers.get_offsets()) == len(df)
        True
        """
        xy = self.positions(data, dodge=dodge)
        props: dict[str, Any] = {
            "s": _areas(data, size, sizes),
            "edgecolors": _EDGE,
            "linewidths": 0.8,
            "zorder": 3,
        }
        if hue is not None and not {"c", "color", "facecolor", "facecolors"} & set(
            kwargs
        ):
            colors, _ = _hue_colors(data, hue, palette, self)
            props["c"] = colors
        elif hue is None and not {"c", "color", "facecolor", "facecolors"} & set(
            kwargs
        ):
            props["c"] = [CATEGORICAL_PALETTE[0]] * len(xy)
        props.update(kwargs)
        return ax.scatter(xy[:, 0], xy[:, 1], **props)

    def legend(
        self,
        data: pd.DataFrame,
        *,
        ax: Axes,
        hue: str = "attitude",
        palette: Palette | None = None,
        markersize: float | None = None,
        loc: str = "below",
    ) -> Legend:
        """Add a legend of the ``hue`` colours outside the Axes.

        Parameters
        ----------
        data
            The frame that was plotted.
        ax
            The Axes.
        hue
            The column that coloured the markers.
        palette
            The colours used, as for :meth:`scatter`.
        markersize
            Legend marker size in points; default the theme's marker size.
        loc
            ``"below"`` (default): one row under the x-axis title, which leaves
            the side of the Axes to the key of numbered labels; ``"right"``: a
            column beside the Axes, top-aligned.

        Returns
        -------
        matplotlib.legend.Legend
            The legend, titled with the column's label in the grid's language.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> df = skm.analysis.power_interest(smap, labels="nl")
        >>> from matplotlib.figure import Figure
        >>> grid = skm.plotting.PowerInterestGrid(labels="nl")
        >>> ax = grid.draw(Figure().add_subplot())
        >>> _ = grid.scatter(df, ax=ax)
        >>> grid.legend(df, ax=ax).get_title().get_text()
        'Houding'
        """
        import matplotlib as mpl
        from matplotlib.transforms import ScaledTranslation

        check_choice("loc", loc, ("below", "right"))
        _, entries = _hue_colors(data, hue, palette, self)
        ms = markersize if markersize is not None else mpl.rcParams["lines.markersize"]
        handles = [
            Line2D(
                [],
                [],
                linestyle="",
                marker="o",
                markersize=ms,
                markerfacecolor=color,
                markeredgecolor=_EDGE,
                markeredgewidth=0.8,
            )
            for _, color in entries
        ]
        names = [text for text, _ in entries]
        title = label(hue, self.lang)
        if loc == "right":
            return ax.legend(
                handles,
                names,
                title=title,
                loc="upper left",
                bbox_to_anchor=(1.0, 1.0),
                borderaxespad=0.6,
                alignment="left",
            )
        # Below the x-axis title: offset by the height of the tick labels and title
        # in inches, so the legend stays clear of them when the layout changes.
        fig = _root_figure(ax)
        renderer = _renderer(fig)
        xaxis = ax.xaxis.get_tightbbox(renderer)
        drop = 0.0 if xaxis is None else max(ax.bbox.y0 - xaxis.y0, 0.0) / fig.dpi
        offset = ScaledTranslation(0, -drop, fig.dpi_scale_trans)
        leg = None
        # One row when it fits under the Axes' share of the figure (beside a key of
        # numbered labels), else two or three rows, else one column.
        n = len(entries)
        for ncols in dict.fromkeys((n, math.ceil(n / 2), math.ceil(n / 3), 1)):
            leg = ax.legend(
                handles,
                names,
                title=title,
                loc="upper center",
                bbox_to_anchor=(0.5, 0.0),
                bbox_transform=ax.transAxes + offset,
                borderaxespad=0.3,
                ncols=ncols,
                columnspacing=1.2,
                handletextpad=0.3,
            )
            width_in = leg.get_window_extent(renderer).width / fig.dpi
            if width_in <= 0.62 * _slot_width(ax):
                break
        assert leg is not None
        return leg

    @warns_at_caller
    def annotate(
        self,
        data: pd.DataFrame,
        *,
        ax: Axes,
        label: str = "name",
        dodge: bool = True,
        sizes: Any = None,
        **kwargs: Any,
    ) -> LabelPlacement:
        """Write the stakeholders' names next to their markers, without overlaps.

        Labels are placed by :func:`~stakeholder_map.plotting.place_labels`,
        keeping clear of the quadrant titles; the most powerful and interested
        stakeholders are placed first.

        Parameters
        ----------
        data
            The frame that was plotted.
        ax
            The Axes, with the grid and markers drawn.
        label
            Column holding the labels; ``"short_name"`` falls back to ``name``
            where a stakeholder has no short name.
        dodge
            As passed to :meth:`scatter`, so labels point at the markers.
        sizes
            Marker areas in points², as drawn; None uses the theme's default.
        **kwargs
            Passed to :func:`~stakeholder_map.plotting.place_labels`. Without
            ``numbers``, a numbered label shows its row's place in ``data``.

        Returns
        -------
        LabelPlacement
            Where each label went.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> df = skm.analysis.power_interest(smap)
        >>> from matplotlib.figure import Figure
        >>> grid = skm.plotting.PowerInterestGrid()
        >>> ax = grid.draw(Figure().add_subplot())
        >>> markers = grid.scatter(df, ax=ax)
        >>> placement = grid.annotate(df, ax=ax, sizes=markers.get_sizes())
        >>> len(placement.texts) == len(df)
        True
        """
        texts = _label_texts(data, label)
        xy = self.positions(data, dodge=dodge)
        lo = self.scale[0]
        priority = (np.asarray(data["power"], dtype=float) - lo) + (
            np.asarray(data["interest"], dtype=float) - lo
        )
        avoid = [*self.titles(ax), *kwargs.pop("avoid", ())]
        kwargs.setdefault("key_title", _i18n_label("other_labels", self.lang))
        kwargs.setdefault("lang", self.lang)
        if "numbers" not in kwargs:
            kwargs["numbers"] = stakeholder_numbers(data, data.index)
        return place_labels(
            ax,
            xy[:, 0],
            xy[:, 1],
            texts,
            sizes=sizes,
            priority=priority,
            avoid=avoid,
            **kwargs,
        )


_i18n_label = label


#: Angle range (degrees) of a spread group, by the side each axis may move to:
#: +1 only upwards (or right), -1 only downwards (or left), 0 either way.
_SIDE_ANGLES: dict[tuple[int, int], tuple[float, float]] = {
    (0, 0): (-180.0, 180.0),
    (1, 0): (-90.0, 90.0),
    (-1, 0): (90.0, 270.0),
    (0, 1): (0.0, 180.0),
    (0, -1): (-180.0, 0.0),
    (1, 1): (0.0, 90.0),
    (1, -1): (-90.0, 0.0),
    (-1, 1): (90.0, 180.0),
    (-1, -1): (180.0, 270.0),
}
#: How far (in ring radii) markers on a threshold move to its high side.
_CUT_SHIFT = 0.6


def _side(value: float, bounds: tuple[float, float], on_cut: bool) -> int:
    """Return where a spread may go on one axis: +1 up, -1 down, 0 either way.

    On a threshold only to the high side (a tie counts as high); at the end of
    the scale only inwards, so no marker leaves the scale.
    """
    if on_cut or value <= bounds[0]:
        return 1
    if value >= bounds[1]:
        return -1
    return 0


def _spread_groups(
    xy: np.ndarray,
    *,
    rx: float,
    ry: float,
    side: Any,
    on_cut: Any,
    narrow: Any = None,
) -> np.ndarray:
    """Spread markers that share a point on rings, inside the scale and quadrant.

    ``side(x, y)`` gives, per axis, where a group may spread (see
    :func:`_side`); ``on_cut(x, y)`` whether the point is on the vertical and
    the horizontal threshold: such markers, alone or not, move a little to the
    high side, so none sits on the line between two quadrants.
    ``narrow(x, y)`` squeezes a group horizontally (a narrow band).
    """
    groups: dict[tuple[float, float], list[int]] = {}
    for i, (xv, yv) in enumerate(xy.tolist()):
        groups.setdefault((xv, yv), []).append(i)
    out = xy.copy()
    for (xv, yv), members in groups.items():
        cut_x, cut_y = on_cut(xv, yv)
        if len(members) < 2 and not (cut_x or cut_y):
            continue
        sx, sy = side(xv, yv)
        lo_deg, hi_deg = _SIDE_ANGLES[(sx, sy)]
        squeeze = 0.35 if narrow is not None and narrow(xv, yv) else 1.0
        offsets = (
            [(0.0, 0.0)]
            if len(members) == 1
            else _ring_offsets(len(members), lo_deg, hi_deg)
        )
        for i, (dx, dy) in zip(members, offsets, strict=True):
            dx = dx * squeeze + (_CUT_SHIFT if cut_x else 0.0)
            dy = dy + (_CUT_SHIFT if cut_y else 0.0)
            out[i] = (xv + dx * rx, yv + dy * ry)
    return out


def _ring_offsets(k: int, lo_deg: float, hi_deg: float) -> list[tuple[float, float]]:
    """Return k unit offsets on rings of radius 1, 2, ... within an angle range."""
    full = hi_deg - lo_deg >= 360.0
    out: list[tuple[float, float]] = []
    ring = 1
    while len(out) < k:
        if full:
            capacity = 6 * ring
        else:
            capacity = max(2, round(6 * ring * (hi_deg - lo_deg) / 360.0) + 1)
        n = min(capacity, k - len(out))
        if full:
            angles = [180.0 - 360.0 * j / n for j in range(n)]
        elif n == 1:
            angles = [(lo_deg + hi_deg) / 2]
        else:
            angles = [lo_deg + (hi_deg - lo_deg) * j / (n - 1) for j in range(n)]
        out += [
            (ring * math.cos(math.radians(a)), ring * math.sin(math.radians(a)))
            for a in angles
        ]
        ring += 1
    return out


def _column(data: pd.DataFrame, name: str, role: str) -> pd.Series:
    if name not in data.columns:
        msg = (
            f"`{role}` must be a column of `data` or None, but {name!r} was passed. "
            f"Available: {list(data.columns)}."
        )
        raise ValueError(msg)
    return data[name]


def _areas(
    data: pd.DataFrame, size: str | None, sizes: tuple[float, float] | None
) -> np.ndarray | float:
    import matplotlib as mpl

    base = float(mpl.rcParams["lines.markersize"]) ** 2
    if size is None:
        return base
    values = np.asarray(_column(data, size, "size"), dtype=float)
    lo, hi = sizes if sizes is not None else (0.5 * base, 2.5 * base)
    finite = values[np.isfinite(values)]
    if len(finite) == 0 or finite.max() == finite.min():
        return np.full(len(values), (lo + hi) / 2)
    scaled = (values - finite.min()) / (finite.max() - finite.min())
    return np.where(np.isfinite(scaled), lo + scaled * (hi - lo), lo)


def _hue_colors(
    data: pd.DataFrame, hue: str, palette: Palette | None, grid: PowerInterestGrid
) -> tuple[list[Any], list[tuple[str, Any]]]:
    """Return a colour per row and the legend entries (text, colour) for ``hue``."""
    import pandas as pd

    values = _column(data, hue, "hue")
    lang = grid.lang
    missing_entry = (label("not_assessed", lang), NOT_ASSESSED_COLOR)
    if hue == "attitude":
        bands = [-2, -1, 0, 1, 2]
        colors = _palette_dict(palette, bands, ATTITUDE_PALETTE)
        row_bands = [_attitude_band(v) for v in np.asarray(values, dtype=float)]
        row_colors = [NOT_ASSESSED_COLOR if b is None else colors[b] for b in row_bands]
        entries = [(label(f"attitude_{b}", lang), colors[b]) for b in bands]
        if any(b is None for b in row_bands):
            entries.append(missing_entry)
        return row_colors, entries
    if hue == "quadrant":
        keys = [q.value for q in Quadrant]
        colors = _palette_dict(palette, keys, grid.palette)
        row_colors = [colors.get(str(v), NOT_ASSESSED_COLOR) for v in values]
        present = {str(v) for v in values}
        entries = [(grid.quadrant_titles[k], colors[k]) for k in keys if k in present]
        return row_colors, entries
    if isinstance(values.dtype, pd.CategoricalDtype):
        cats = [c for c in values.cat.categories if (values == c).any()]
    else:
        cats = sorted({v for v in values if not pd.isna(v)}, key=str)
    default = {
        c: CATEGORICAL_PALETTE[i % len(CATEGORICAL_PALETTE)] for i, c in enumerate(cats)
    }
    colors = _palette_dict(palette, cats, default)
    row_colors = [NOT_ASSESSED_COLOR if pd.isna(v) else colors[v] for v in values]
    entries = [(label(str(c), lang), colors[c]) for c in cats]
    if values.isna().any():
        entries.append(missing_entry)
    return row_colors, entries


def _palette_dict(
    palette: Palette | None, keys: Sequence[Any], default: Mapping[Any, Any]
) -> dict[Any, Any]:
    if palette is None:
        return {k: default[k] for k in keys}
    if isinstance(palette, Mapping):
        return {k: palette.get(k, default.get(k)) for k in keys}
    colors = list(palette)
    if not colors:
        msg = "`palette` must hold at least one colour."
        raise ValueError(msg)
    return {k: colors[i % len(colors)] for i, k in enumerate(keys)}


def _label_texts(data: pd.DataFrame, column: str) -> list[str]:
    if column == "short_name" and "short_name" not in data.columns:
        column = "name"
    values = _column(data, column, "label")
    if column == "short_name" and "name" in data.columns:
        values = values.where(values.notna() & (values.astype(str) != ""), data["name"])
    return ["" if v is None or v != v else str(v) for v in values]


def _frame(
    data: StakeholderMap | pd.DataFrame,
    *,
    threshold: Threshold | None,
    labels: str | None,
    label_column: str | None,
    grid: PowerInterestGrid | None,
    columns: Sequence[str | None] = (),
) -> tuple[pd.DataFrame, str, tuple[float, float], dict[str, float]]:
    """Return the classified frame, label set, scale and thresholds to draw.

    A map's frame also gets the stakeholder fields and own attributes that
    ``columns`` (the plot's hue, size and label) name.
    """
    import pandas as pd

    if isinstance(data, StakeholderMap):
        labelset = labels or str(data.language or "en")
        rule: Threshold = threshold if threshold is not None else "midpoint"
        if grid is not None and threshold is None:
            rule = {
                "power": grid.thresholds["power"],
                "interest": grid.thresholds["interest"],
            }
        df = power_interest(data, threshold=rule, labels=labelset)
        attrs = df.attrs
        df = add_map_columns(df, data, [label_column, *columns])
        df.attrs = attrs
        return df, labelset, (data.scale.min, data.scale.max), attrs["thresholds"]
    if not isinstance(data, pd.DataFrame):
        msg = (
            "`data` must be a StakeholderMap or the DataFrame of "
            f"skm.analysis.power_interest, but {type(data).__name__} was passed."
        )
        raise TypeError(msg)
    for col in ("power", "interest"):
        _column(data, col, "data")
    attrs = data.attrs
    labelset = labels or str(attrs.get("labels", "en"))
    scale = grid.scale if grid is not None else tuple(attrs.get("scale", (1.0, 5.0)))
    sc = Scale.model_validate(scale)
    if threshold is not None:
        rules = split_threshold(threshold, ("power", "interest"))
        cuts = {
            axis: resolve_threshold(rules[axis], data[axis].dropna().tolist(), sc, axis)
            for axis in ("power", "interest")
        }
    elif grid is not None:
        cuts = dict(grid.thresholds)
    elif "thresholds" in attrs:
        cuts = {k: float(v) for k, v in attrs["thresholds"].items()}
    else:
        cuts = {"power": sc.midpoint, "interest": sc.midpoint}
    df = data.dropna(subset=["power", "interest"])
    if "quadrant" not in df.columns or threshold is not None:
        df = df.copy()
        df["quadrant"] = [
            classify_quadrant(
                p,
                i,
                power_threshold=cuts["power"],
                interest_threshold=cuts["interest"],
                span=sc.max - sc.min,
            ).value
            for p, i in zip(df["power"], df["interest"], strict=True)
        ]
    return df, labelset, (sc.min, sc.max), cuts


@warns_at_caller
def plot_power_interest(
    data: StakeholderMap | pd.DataFrame,
    *,
    ax: Axes | None = None,
    threshold: Threshold | None = None,
    labels: str | None = None,
    lang: str | None = None,
    hue: str | None = "attitude",
    size: str | None = None,
    sizes: tuple[float, float] | None = None,
    label: str | None = "name",
    palette: Palette | None = None,
    dodge: bool = True,
    grid: PowerInterestGrid | None = None,
    label_kws: Mapping[str, Any] | None = None,
    quadrant_kws: Mapping[str, Any] | None = None,
    legend: bool = True,
    **kwargs: Any,
) -> Axes:
    """Plot stakeholders on the power/interest grid, with names that never overlap.

    Draws the four shaded quadrants with their titles, one marker per stakeholder at
    (interest, power) coloured by attitude, a legend beside the Axes, and the names
    placed by :func:`~stakeholder_map.plotting.place_labels`: next to their marker,
    further away with a leader line, or as a number explained in a key.

    Parameters
    ----------
    data
        A :class:`~stakeholder_map.StakeholderMap` (classified with
        :func:`~stakeholder_map.analysis.power_interest`) or the DataFrame that
        function returns.
    ax
        The Axes to draw on; None uses ``plt.gca()``.
    threshold
        Where "high" starts, as for
        :func:`~stakeholder_map.analysis.power_interest`. None means the
        midpoint for a map, and the thresholds recorded in ``data.attrs`` for a
        DataFrame.
    labels
        Quadrant label set: ``"en"``, ``"nl"``, ``"eden_ackermann"`` or
        ``"johnson_scholes"``. None follows the map's ``language`` (or the
        frame's ``attrs["labels"]``).
    lang
        Language of the axis titles, legend and key (``"en"`` or ``"nl"``).
        None is Dutch for the ``"nl"`` label set, else English.
    hue
        Column that colours the markers: ``"attitude"`` (default; bands -2..+2
        in a colour-blind-safe diverging palette, "not assessed" in white),
        ``"quadrant"``, ``"category"``, another column, or None.
    size
        Numeric column that sets the marker areas (e.g. ``"power"``), or None.
    sizes
        Smallest and largest marker area in points² when ``size`` is given.
    label
        Column with the labels (``"name"``, ``"short_name"``, ...), or None for
        no labels.
    palette
        Colours for ``hue``: a dict from value to colour or a list.
    dodge
        Spread stakeholders with identical scores around their point, never
        across a threshold; False draws them on top of each other.
    grid
        A :class:`PowerInterestGrid` to draw on (its scale, thresholds and
        titles); overrides ``threshold`` and ``labels``.
    label_kws
        Passed to :func:`~stakeholder_map.plotting.place_labels`, e.g.
        ``{"fontsize": 12, "max_distance": 40}``.
    quadrant_kws
        Passed to the quadrant patches (see :meth:`PowerInterestGrid.draw`).
    legend
        Add the legend of ``hue`` beside the Axes.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.scatter`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    Raises
    ------
    ValueError
        When ``hue``, ``size`` or ``label`` is not a column of the data, or a
        label set or language is unknown.

    Warns
    -----
    StakeholderMapWarning
        When a quadrant title does not fit inside its quadrant even wrapped at
        spaces and shrunk to 5 pt; it is then not drawn.

    See Also
    --------
    stakeholder_map.analysis.power_interest : The numbers behind the plot.
    PowerInterestGrid : The canvas, for building a plot step by step.

    Notes
    -----
    The legend and the key of numbered labels sit beside the Axes. Figures made
    inside :func:`~stakeholder_map.plotting.theme` use constrained layout, which
    keeps them on the figure; otherwise save with ``bbox_inches="tight"``.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_power_interest(smap)
    """
    df, labelset, scale, cuts = _frame(
        data,
        threshold=threshold,
        labels=labels,
        label_column=label,
        grid=grid,
        columns=(hue, size),
    )
    if grid is None:
        grid = PowerInterestGrid(
            scale,
            thresholds=(cuts["power"], cuts["interest"]),
            labels=labelset,
            lang=lang,
        )
    elif lang is not None:
        check_choice("lang", lang, MESSAGE_LANGUAGES)
        grid.lang = lang
    if ax is None:
        import matplotlib.pyplot as plt

        ax = plt.gca()
    grid.draw(ax, quadrant_kws=quadrant_kws)
    if label is not None:
        _label_texts(df, label)  # fail early on an unknown column
    markers = grid.scatter(
        df,
        ax=ax,
        hue=hue,
        size=size,
        sizes=sizes,
        palette=palette,
        dodge=dodge,
        **kwargs,
    )
    if legend and hue is not None:
        ms = float(np.sqrt(np.median(markers.get_sizes())))
        grid.legend(df, ax=ax, hue=hue, palette=palette, markersize=ms)
    if label is not None:
        # A numbered name shows its place in the map (or in the frame passed),
        # as in every other figure of the map.
        place_kws = {"numbers": stakeholder_numbers(data, df.index)}
        place_kws.update(label_kws or {})
        grid.annotate(
            df,
            ax=ax,
            label=label,
            dodge=dodge,
            sizes=markers.get_sizes(),
            **place_kws,
        )
    decimal_commas(ax, grid.lang)
    warn_captions_left_out(ax, grid.lang)
    return ax
