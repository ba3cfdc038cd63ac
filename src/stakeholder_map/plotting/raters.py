"""Plots of several raters: the spread of the ratings on the grid, and agreement.

:func:`plot_rating_spread` draws each stakeholder at its consolidated position with
the spread of the raters' scores as whiskers (or an ellipse) and rings the
contested ones; :func:`plot_rater_agreement` shows Krippendorff's alpha per
dimension against the usual reliability cut-offs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from matplotlib.collections import LineCollection, PatchCollection
from matplotlib.lines import Line2D
from matplotlib.patches import Ellipse

from stakeholder_map._types import Quadrant
from stakeholder_map.analysis._common import (
    Threshold,
    check_choice,
    resolve_threshold,
    split_threshold,
)
from stakeholder_map.analysis._views import add_map_columns, own_columns
from stakeholder_map.analysis.raters import (
    DateSelector,
    Level,
    Method,
    aggregate,
    rater_agreement,
)
from stakeholder_map.i18n import MESSAGE_LANGUAGES
from stakeholder_map.i18n import label as tr
from stakeholder_map.models import Scale, StakeholderMap
from stakeholder_map.plotting._caller import warns_at_caller
from stakeholder_map.plotting._captions import warn_captions_left_out
from stakeholder_map.plotting._numbers import decimal_commas, stakeholder_numbers
from stakeholder_map.plotting.grid import PowerInterestGrid, _mix
from stakeholder_map.plotting.labels import place_labels

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["plot_rater_agreement", "plot_rating_spread"]

#: Ring colour of contested stakeholders (Okabe & Ito vermillion).
CONTESTED_COLOR = "#D55E00"
_EDGE = "#333333"
_WHISKER = "#4d4d4d"
#: Bar colours of plot_rater_agreement: reliable, tentative, too low.
_ALPHA_COLORS = ("#009E73", "#E69F00", "#D55E00")


def _get_ax(ax: Axes | None) -> Axes:
    if ax is None:
        import matplotlib.pyplot as plt

        return plt.gca()
    return ax


def _lang(lang: str | None, data: object, labels: str | None = None) -> str:
    if lang is None:
        if labels in MESSAGE_LANGUAGES:
            lang = labels
        elif isinstance(data, StakeholderMap):
            lang = data.language.value
        else:
            lang = "en"
    check_choice("lang", lang, MESSAGE_LANGUAGES)
    return lang


def _spread_frame(
    data: StakeholderMap | pd.DataFrame,
    *,
    method: Method,
    by_date: DateSelector,
) -> tuple[pd.DataFrame, tuple[float, float]]:
    import pandas as pd

    if isinstance(data, StakeholderMap):
        df = aggregate(
            data, method=method, by_date=by_date, dimensions=["power", "interest"]
        )
        attrs = df.attrs
        names = ["short_name", "name", *own_columns(data.stakeholders)]
        df = add_map_columns(df, data, names)
        df.attrs = attrs
        scale = (data.scale.min, data.scale.max)
    elif isinstance(data, pd.DataFrame):
        need = [
            f"{d}{suffix}"
            for d in ("power", "interest")
            for suffix in ("", "_q1", "_q3", "_min", "_max", "_consensus")
        ]
        missing = [c for c in need if c not in data.columns]
        if missing:
            msg = (
                "`data` must be a StakeholderMap or the DataFrame of "
                f"skm.analysis.aggregate, but the columns {missing} are missing. "
                f"Available: {list(data.columns)}."
            )
            raise ValueError(msg)
        df = data
        lo, hi = data.attrs.get("scale", (1.0, 5.0))
        scale = (float(lo), float(hi))
    else:
        msg = (
            "`data` must be a StakeholderMap or the DataFrame of "
            f"skm.analysis.aggregate, but {type(data).__name__} was passed."
        )
        raise TypeError(msg)
    df = df.dropna(subset=["power", "interest"]).copy()
    return df, scale


@warns_at_caller
def plot_rating_spread(
    data: StakeholderMap | pd.DataFrame,
    *,
    ax: Axes | None = None,
    spread: Literal["iqr", "range"] = "iqr",
    kind: Literal["whiskers", "ellipse"] = "whiskers",
    method: Method = "median",
    by_date: DateSelector = None,
    threshold: Threshold | None = None,
    labels: str | None = None,
    lang: str | None = None,
    label: str | None = "name",
    legend: bool = True,
    spread_kws: Mapping[str, Any] | None = None,
    label_kws: Mapping[str, Any] | None = None,
    quadrant_kws: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> Axes:
    """Plot the raters' spread on the power/interest grid, contested ones ringed.

    Each stakeholder sits at its consolidated (median by default) interest and
    power, coloured by the quadrant it lands in. Whiskers (or an ellipse) show how
    far the raters' scores spread on each axis: the middle half of the ratings
    (from the first to the third quartile) or the lowest to the highest. A
    stakeholder without consensus on power or interest (see
    :func:`~stakeholder_map.analysis.aggregate`) gets a thick ring: that is where
    the workshop should talk.

    Parameters
    ----------
    data
        A :class:`~stakeholder_map.StakeholderMap` with assessments, or the
        DataFrame of :func:`~stakeholder_map.analysis.aggregate`.
    ax
        The Axes to draw on; None uses ``plt.gca()``.
    spread
        ``"iqr"`` (default: first to third quartile) or ``"range"`` (lowest to
        highest rating).
    kind
        ``"whiskers"`` (default: a line along each axis) or ``"ellipse"`` (a
        shaded ellipse spanning both).
    method
        Central value for a map: ``"median"`` (default), ``"mean"`` or
        ``"trimmed_mean"``.
    by_date
        For a map: None (each rater's latest ratings) or a date.
    threshold
        Where "high" starts: ``"midpoint"`` (the default, for None),
        ``"median"``, ``"mean"`` or a number, once or per axis.
    labels
        Quadrant label set (``"en"``, ``"nl"``, ...); None follows ``lang``.
    lang
        Language of titles, legend and key; None follows the map's language.
    label
        Column with the labels (``"name"``, ``"short_name"``), or None.
    legend
        Add the legend beside the Axes.
    spread_kws
        Properties of the whiskers (a
        :class:`~matplotlib.collections.LineCollection`) or ellipses (a
        :class:`~matplotlib.collections.PatchCollection`).
    label_kws
        Passed to :func:`~stakeholder_map.plotting.place_labels`. Names keep
        off the whiskers and ellipses (and any ``"avoid"`` artists).
    quadrant_kws
        Passed to the quadrant patches of the grid.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.scatter`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on. The whiskers or ellipses have the gid ``"spread"``;
        the markers are the last scatter collection.

    Raises
    ------
    ValueError
        When an option is unknown or a DataFrame lacks the columns of
        :func:`~stakeholder_map.analysis.aggregate`.

    See Also
    --------
    stakeholder_map.analysis.aggregate : The numbers behind the plot.
    stakeholder_map.analysis.quadrant_probability : How sure each quadrant is.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_rating_spread(smap)
    """
    check_choice("spread", spread, ("iqr", "range"))
    check_choice("kind", kind, ("whiskers", "ellipse"))
    lang = _lang(lang, data, labels)
    labelset = labels or lang
    df, scale = _spread_frame(data, method=method, by_date=by_date)
    rules = split_threshold(threshold or "midpoint", ("power", "interest"))
    sc = Scale.model_validate(scale)
    cuts = {
        axis: resolve_threshold(rules[axis], df[axis].tolist(), sc, axis)
        for axis in ("power", "interest")
    }
    grid = PowerInterestGrid(
        scale, thresholds=(cuts["power"], cuts["interest"]), labels=labelset, lang=lang
    )
    ax = _get_ax(ax)
    grid.draw(ax, quadrant_kws=quadrant_kws)
    df["quadrant"] = [
        grid.quadrant_of(p, interest=i).value
        for p, i in zip(df["power"], df["interest"], strict=True)
    ]
    contested = ~(df["power_consensus"] & df["interest_consensus"]).to_numpy(bool)
    xy = grid.positions(df)
    # A lone median stays where it is, even on a threshold: its whiskers show
    # the ratings, and moving it would move them off the ratings too.
    exact = grid.positions(df, dodge=False)
    lone = ~df.duplicated(["interest", "power"], keep=False).to_numpy(bool)
    xy[lone] = exact[lone]
    lo_sfx, hi_sfx = ("_q1", "_q3") if spread == "iqr" else ("_min", "_max")
    # Spread drawn around the (possibly dodged) marker, so it stays attached.
    shift_x = xy[:, 0] - df["interest"].to_numpy(float)
    shift_y = xy[:, 1] - df["power"].to_numpy(float)
    x_lo = df[f"interest{lo_sfx}"].to_numpy(float) + shift_x
    x_hi = df[f"interest{hi_sfx}"].to_numpy(float) + shift_x
    y_lo = df[f"power{lo_sfx}"].to_numpy(float) + shift_y
    y_hi = df[f"power{hi_sfx}"].to_numpy(float) + shift_y
    colors = [grid.palette[q] for q in df["quadrant"]]
    if kind == "whiskers":
        segments = [
            seg
            for k in range(len(df))
            for seg in (
                [(x_lo[k], xy[k, 1]), (x_hi[k], xy[k, 1])],
                [(xy[k, 0], y_lo[k]), (xy[k, 0], y_hi[k])],
            )
        ]
        props: dict[str, Any] = {
            "colors": _WHISKER,
            "linewidths": 1.4,
            "zorder": 2.6,
            "capstyle": "round",
        }
        props.update(spread_kws or {})
        artist: Any = LineCollection(segments, **props)
    else:
        ellipses = [
            Ellipse(
                ((x_lo[k] + x_hi[k]) / 2, (y_lo[k] + y_hi[k]) / 2),
                width=x_hi[k] - x_lo[k],
                height=y_hi[k] - y_lo[k],
            )
            for k in range(len(df))
        ]
        props = {
            "facecolors": [_mix(c, "#ffffff", 0.55) for c in colors],
            "edgecolors": [_mix(c, "#000000", 0.3) for c in colors],
            "alpha": 0.45,
            "linewidths": 1.0,
            "zorder": 2.6,
        }
        props.update(spread_kws or {})
        artist = PatchCollection(ellipses, **props)
    artist.set_gid("spread")
    ax.add_collection(artist, autolim=False)
    import matplotlib as mpl

    base = float(mpl.rcParams["lines.markersize"]) ** 2
    marker_props: dict[str, Any] = {
        "s": base,
        "c": colors,
        "edgecolors": [CONTESTED_COLOR if c else _EDGE for c in contested],
        "linewidths": [max(2.5, base**0.5 / 4) if c else 0.8 for c in contested],
        "zorder": 3,
    }
    marker_props.update(kwargs)
    markers = ax.scatter(xy[:, 0], xy[:, 1], **marker_props)
    if legend:
        _spread_legend(
            ax,
            grid,
            df,
            spread=spread,
            kind=kind,
            lang=lang,
            contested=bool(contested.any()),
        )
    if label is not None:
        # Names keep off the whiskers or ellipses, as off the markers.
        place_kws: dict[str, Any] = {"numbers": stakeholder_numbers(data, df.index)}
        place_kws.update(label_kws or {})
        place_kws["avoid"] = [artist, *place_kws.get("avoid", ())]
        grid.annotate(df, ax=ax, label=label, sizes=markers.get_sizes(), **place_kws)
    decimal_commas(ax, lang)
    warn_captions_left_out(ax, lang)
    return ax


def _spread_legend(
    ax: Axes,
    grid: PowerInterestGrid,
    df: pd.DataFrame,
    *,
    spread: str,
    kind: str,
    lang: str,
    contested: bool,
) -> None:
    import matplotlib as mpl

    ms = float(mpl.rcParams["lines.markersize"])
    handles: list[Any] = []
    texts: list[str] = []
    for q in (q.value for q in Quadrant):
        if (df["quadrant"] == q).any():
            handles.append(
                Line2D(
                    [],
                    [],
                    linestyle="",
                    marker="o",
                    markersize=ms,
                    markerfacecolor=grid.palette[q],
                    markeredgecolor=_EDGE,
                    markeredgewidth=0.8,
                )
            )
            texts.append(grid.quadrant_titles[q])
    if contested:
        handles.append(
            Line2D(
                [],
                [],
                linestyle="",
                marker="o",
                markersize=ms,
                markerfacecolor="#ffffff",
                markeredgecolor=CONTESTED_COLOR,
                markeredgewidth=max(2.5, ms / 4),
            )
        )
        texts.append(tr("contested", lang))
    if kind == "whiskers":
        handles.append(Line2D([], [], color=_WHISKER, linewidth=1.4))
    else:
        handles.append(
            Line2D(
                [],
                [],
                linestyle="",
                marker="o",
                markersize=ms * 1.6,
                markerfacecolor="#dddddd",
                markeredgecolor="#888888",
            )
        )
    texts.append(tr("spread_iqr" if spread == "iqr" else "spread_range", lang))
    ax.legend(
        handles,
        texts,
        title=tr("quadrant", lang),
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        borderaxespad=0.6,
        alignment="left",
    )


def _decimal(value: float, lang: str) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang == "nl" else text


@warns_at_caller
def plot_rater_agreement(
    data: StakeholderMap | pd.DataFrame,
    *,
    ax: Axes | None = None,
    level: Level = "ordinal",
    by_date: DateSelector = None,
    lang: str | None = None,
    legend: bool = True,
    label_kws: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> Axes:
    """Plot Krippendorff's alpha per dimension against the reliability cut-offs.

    One horizontal bar per dimension (power, interest, attitude, ...): green from
    0.8 (reliable), orange from 0.667 (tentative conclusions only), red below.
    Dashed lines mark both cut-offs; the value is written at the end of each bar.

    Parameters
    ----------
    data
        A :class:`~stakeholder_map.StakeholderMap` with assessments, or the
        DataFrame of :func:`~stakeholder_map.analysis.rater_agreement`.
    ax
        The Axes to draw on; None uses ``plt.gca()``.
    level
        Level of measurement for a map (``"ordinal"`` by default).
    by_date
        For a map: None (each rater's latest ratings) or a date.
    lang
        Language of the texts; None follows the map's language.
    legend
        Add a legend of the two cut-offs.
    label_kws
        Passed to :func:`~stakeholder_map.plotting.place_labels` for the values.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.barh`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    Raises
    ------
    ValueError
        When a DataFrame has no ``alpha`` column.

    See Also
    --------
    stakeholder_map.analysis.rater_agreement : The numbers behind the plot.

    Notes
    -----
    The cut-offs 0.8 and 0.667 are Krippendorff's (2011) guidance.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_rater_agreement(smap)
    """
    import pandas as pd

    lang = _lang(lang, data)
    if isinstance(data, StakeholderMap):
        df = rater_agreement(data, level=level, by_date=by_date)
    elif isinstance(data, pd.DataFrame):
        if "alpha" not in data.columns:
            msg = (
                "`data` must be a StakeholderMap or the DataFrame of "
                "skm.analysis.rater_agreement, with an `alpha` column. Available: "
                f"{list(data.columns)}."
            )
            raise ValueError(msg)
        df = data
    else:
        msg = (
            "`data` must be a StakeholderMap or the DataFrame of "
            f"skm.analysis.rater_agreement, but {type(data).__name__} was passed."
        )
        raise TypeError(msg)
    ax = _get_ax(ax)
    alpha = df["alpha"].to_numpy(float)
    ypos = np.arange(len(df))[::-1].astype(float)
    colors = [
        "#cccccc"
        if np.isnan(a)
        else _ALPHA_COLORS[0 if a >= 0.8 else (1 if a >= 0.667 else 2)]
        for a in alpha
    ]
    props: dict[str, Any] = {"color": colors, "height": 0.6, "zorder": 2}
    props.update(kwargs)
    bars = ax.barh(ypos, np.nan_to_num(alpha), **props)
    ax.set_yticks(ypos, [tr(str(d), lang) for d in df.index])
    low = min(0.0, float(np.nanmin(alpha))) if np.isfinite(alpha).any() else 0.0
    ax.set_xlim(low - 0.05 if low < 0 else 0.0, 1.15)
    ax.set_ylim(-0.7, len(df) - 0.3)
    ax.axvline(0, color="#333333", linewidth=0.8, zorder=1)
    lines = [
        ax.axvline(
            0.8,
            color=_ALPHA_COLORS[0],
            linestyle="--",
            linewidth=1.5,
            zorder=1.5,
            label=tr("reliable", lang),
        ),
        ax.axvline(
            0.667,
            color=_ALPHA_COLORS[1],
            linestyle=":",
            linewidth=1.8,
            zorder=1.5,
            label=tr("tentative", lang),
        ),
    ]
    ax.set_xlabel(tr("alpha", lang))
    ax.grid(axis="x", color="#e6e6e6", zorder=0)
    if legend:
        ax.legend(
            handles=lines,
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
            borderaxespad=0.6,
        )
    finite = np.isfinite(alpha)
    texts = [
        _decimal(a, lang) if f else "–" for a, f in zip(alpha, finite, strict=True)
    ]
    anchors = np.where(finite, alpha, 0.0)
    kws: dict[str, Any] = {
        "sizes": 1.0,
        "avoid": list(bars),
        "wrap": None,
        "number_fallback": False,
    }
    kws.update(label_kws or {})
    place_labels(ax, anchors, ypos, texts, **kws)
    decimal_commas(ax, lang)
    return ax
