"""Plots of communication planning: contact timeline, channel matrix, target groups.

Each plot computes its numbers with the matching function of
:mod:`stakeholder_map.analysis.communication` (or takes its DataFrame), draws on one
Axes and returns it. Every text next to the data goes through the shared label
placer, so nothing overlaps.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stakeholder_map._types import Channel, Quadrant
from stakeholder_map.analysis._common import check_choice
from stakeholder_map.analysis.communication import (
    REPRESENTATION_STATUS,
    channel_coverage,
    engagement_status,
    interaction_log,
    representation,
)
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.i18n import label, text
from stakeholder_map.models import StakeholderMap
from stakeholder_map.plotting._caller import warns_at_caller
from stakeholder_map.plotting._numbers import decimal_commas
from stakeholder_map.plotting._views import get_ax, mix, resolve_lang
from stakeholder_map.plotting.labels import place_labels
from stakeholder_map.plotting.themes import ATTITUDE_PALETTE

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = [
    "CHANNEL_PALETTE",
    "REPRESENTATION_PALETTE",
    "plot_channel_matrix",
    "plot_engagement_status",
    "plot_representation",
]

#: Channel key -> colour (Okabe & Ito 2008), the same in every figure. Yellow
#: goes to the rarest channel, as it is the hardest to see on white.
CHANNEL_PALETTE: Mapping[str, str] = {
    Channel.MEETING.value: "#0072B2",
    Channel.EMAIL.value: "#E69F00",
    Channel.NEWSLETTER.value: "#009E73",
    Channel.PHONE.value: "#CC79A7",
    Channel.SOCIAL_MEDIA.value: "#56B4E9",
    Channel.WEBSITE.value: "#F0E442",
    Channel.IN_PERSON.value: "#D55E00",
    Channel.OTHER.value: "#000000",
}
#: Representation status -> colour: vermillion for missing, orange for
#: under-represented, sky blue for not engaged, bluish green for engaged.
REPRESENTATION_PALETTE: Mapping[str, str] = {
    "missing": "#D55E00",
    "under_represented": "#E69F00",
    "not_engaged": "#56B4E9",
    "engaged": "#009E73",
}
_BAND_COLOR = "#cfe8dc"
_OVERDUE_COLOR = "#f6c4a5"
_TODAY_COLOR = "#4d4d4d"
_INK = "#333333"
_GRID = "#e6e6e6"
_TICK_AREA = 260.0
#: Greys for "reached by one channel only" and "not reached" in the channel matrix:
#: apart from every channel colour.
_EXTRA_COLORS = ("#bdbdbd", "#4d4d4d")


def _need_columns(df: pd.DataFrame, columns: Sequence[str], source: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        msg = (
            f"`data` must be a StakeholderMap or the DataFrame of "
            f"skm.analysis.{source}, but the columns {missing} are missing. "
            f"Available: {list(df.columns)}."
        )
        raise ValueError(msg)


def _as_frame(data: object, source: str) -> pd.DataFrame:
    import pandas as pd

    if not isinstance(data, pd.DataFrame):
        msg = (
            "`data` must be a StakeholderMap or the DataFrame of "
            f"skm.analysis.{source}, but {type(data).__name__} was passed."
        )
        raise TypeError(msg)
    return data


def _dates() -> Any:
    """Return :mod:`matplotlib.dates` (untyped, so as Any for the type checker)."""
    import matplotlib.dates

    return matplotlib.dates


def _to_num(value: Any) -> float:
    return float(_dates().date2num(value))


# --------------------------------------------------------------------------------
# plot_engagement_status
# --------------------------------------------------------------------------------


def _default_rows(status: pd.DataFrame, max_rows: int, lang: str) -> list[str]:
    """Stakeholders with contact in the period or overdue with high power."""
    high = status["quadrant"].isin(
        [Quadrant.MANAGE_CLOSELY.value, Quadrant.KEEP_SATISFIED.value]
    )
    keep = status["engaged"] | (status["overdue"] & high)
    rank = {q.value: i for i, q in enumerate(Quadrant)}
    chosen = status.loc[keep]
    order = sorted(
        range(len(chosen)),
        key=lambda k: (
            rank.get(str(chosen["quadrant"].iloc[k]), len(rank)),
            str(chosen["name"].iloc[k]).lower(),
        ),
    )
    rows = [str(chosen.index[k]) for k in order]
    if len(rows) > max_rows:
        left = rows[max_rows:]
        names = f"{', '.join(map(repr, left[:10]))}{' ...' if len(left) > 10 else ''}"
        msg = text(
            "warn_timeline_rows", lang, count=len(left), max_rows=max_rows, names=names
        )
        warnings.warn(msg, StakeholderMapWarning, stacklevel=3)
    return rows[:max_rows]


def _covered(
    dates: Sequence[float], interval: float, lo: float, hi: float
) -> list[tuple[float, float]]:
    """Union of [contact, contact + interval] windows, clipped to [lo, hi]."""
    spans: list[list[float]] = []
    for d in sorted(dates):
        a, b = max(d, lo), min(d + interval, hi)
        if b <= a:
            continue
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    return [(a, b - a) for a, b in spans]


@warns_at_caller
def plot_engagement_status(
    data: StakeholderMap | pd.DataFrame,
    *,
    status: pd.DataFrame | None = None,
    today: dt.date | str | None = None,
    period_days: int = 365,
    stakeholders: Sequence[str] | None = None,
    max_rows: int = 30,
    hue: Literal["channel", "sentiment"] = "channel",
    lang: str | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw a timeline of contacts per stakeholder, with the plan as bands.

    One row per stakeholder: a marker per logged contact (coloured by channel
    or sentiment), a light band for the time each contact covers under the
    planned frequency, a shaded band from the date a contact fell due to
    today when it is overdue (with the days overdue beside it), and a dashed
    line at today.

    Parameters
    ----------
    data
        A :class:`~stakeholder_map.StakeholderMap`, or the DataFrame of
        :func:`~stakeholder_map.analysis.interaction_log` (then pass
        ``status`` for the plan bands).
    status
        The DataFrame of :func:`~stakeholder_map.analysis.engagement_status`;
        computed from the map when ``data`` is one.
    today, period_days
        The reference date and the period shown, as in
        :func:`~stakeholder_map.analysis.engagement_status`.
    stakeholders
        Ids of the rows to show, top to bottom. None shows the stakeholders
        contacted in the period and the overdue ones with high power, by
        quadrant and name.
    max_rows
        At most this many rows when ``stakeholders`` is None; the others are
        left out with a warning.
    hue
        Colour the contacts by ``"channel"`` or by ``"sentiment"`` (-2..+2).
    lang
        Language of the texts; None uses the map's language (English for a
        DataFrame).
    ax
        The Axes to draw on; None uses the current Axes.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.scatter` for the contacts.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    Raises
    ------
    ValueError
        When ``stakeholders`` names ids that are not in the data, or ``hue``
        or ``lang`` is unknown.

    See Also
    --------
    stakeholder_map.analysis.engagement_status : The numbers behind the bands.
    stakeholder_map.analysis.interaction_log : The contacts drawn.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_engagement_status(smap, today="2026-09-24")
    """
    import pandas as pd
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    from stakeholder_map.analysis.communication._shared import _as_date

    check_choice("hue", hue, ("channel", "sentiment"))
    lang = resolve_lang(lang, data)
    ref = _as_date(today)
    if isinstance(data, StakeholderMap):
        log = interaction_log(data, until=ref)
        if status is None:
            status = engagement_status(data, today=ref, period_days=period_days)
    else:
        log = _as_frame(data, "interaction_log")
        _need_columns(log, ["name", "date", "channel", "sentiment"], "interaction_log")
    if status is not None:
        _need_columns(
            status,
            ["name", "interval_days", "due", "overdue", "days_overdue"],
            "engagement_status",
        )
        ref = _as_date(status.attrs.get("today", ref))
        period_days = int(status.attrs.get("period_days", period_days))
    start = ref - dt.timedelta(days=period_days)
    if stakeholders is not None:
        rows = [str(s) for s in stakeholders]
        known = set(log.index) | (set() if status is None else set(status.index))
        unknown = [r for r in rows if r not in known]
        if unknown:
            msg = (
                f"`stakeholders` must be ids in the data, but {unknown} are not. "
                f"Available: {sorted(known)}."
            )
            raise ValueError(msg)
    elif status is not None:
        rows = _default_rows(status, max_rows, lang)
    else:
        rows = list(dict.fromkeys(log.index))[:max_rows]
    ax = get_ax(ax)
    lo, hi = _to_num(start), _to_num(ref)
    names = {}
    if isinstance(data, StakeholderMap):
        names = {s.id: s.display_name for s in data.stakeholders}
    else:
        names = dict(zip(log.index, log["name"], strict=True))
    n = len(rows)
    ys = {sid: n - 1 - k for k, sid in enumerate(rows)}
    # plan bands and overdue bands, one row at a time
    label_x: list[float] = []
    label_y: list[float] = []
    label_texts: list[str] = []
    for sid in rows:
        y = ys[sid]
        mine = log.loc[log.index == sid]
        dates = [_to_num(d) for d in mine["date"]]
        if status is not None and sid in status.index:
            row = status.loc[sid]
            names.setdefault(sid, str(row["name"]))
            interval = row["interval_days"]
            if not pd.isna(interval):
                spans = _covered(dates, float(interval), lo, hi)
                ax.broken_barh(spans, (y - 0.3, 0.6), facecolors=_BAND_COLOR, zorder=1)
            if bool(row["overdue"]) and not pd.isna(row["due"]):
                a = max(_to_num(row["due"]), lo)
                ax.broken_barh(
                    [(a, hi - a)], (y - 0.3, 0.6), facecolors=_OVERDUE_COLOR, zorder=1
                )
                label_x.append(hi)
                label_y.append(y)
                label_texts.append(
                    label("days_short", lang).format(n=f"+{int(row['days_overdue'])}")
                )
    # the contacts
    shown = log.loc[log.index.isin(rows)]
    shown = shown.loc[shown["date"] >= pd.Timestamp(start)]
    xs = [_to_num(d) for d in shown["date"]]
    yv = [ys[str(i)] for i in shown.index]
    if hue == "channel":
        colors = [
            CHANNEL_PALETTE["other" if pd.isna(c) else str(c)] for c in shown["channel"]
        ]
    else:
        colors = [
            "#ffffff" if pd.isna(v) else ATTITUDE_PALETTE[round(v)]
            for v in shown["sentiment"]
        ]
    scatter_kws: dict[str, Any] = {
        "s": 55,
        "edgecolors": _INK,
        "linewidths": 0.6,
        "zorder": 3,
    }
    scatter_kws.update(kwargs)
    ax.scatter(xs, yv, c=colors, **scatter_kws)
    ax.axvline(hi, color=_TODAY_COLOR, linestyle="--", linewidth=1.2, zorder=2)
    if status is not None and "quadrant" in status.columns:
        # a thin line between quadrant groups of rows
        groups = [
            str(status.loc[sid, "quadrant"]) if sid in status.index else ""
            for sid in rows
        ]
        for k in range(1, n):
            if groups[k] != groups[k - 1]:
                ax.axhline(n - k - 0.5, color="#bdbdbd", linewidth=0.8, zorder=0)
    # axes: rows as ticks, dates along x, room on the right for the day counts
    span = hi - lo
    ax.set_xlim(lo - 0.01 * span, hi + 0.25 * span)
    ax.set_ylim(-0.7, n - 0.3)
    ax.set_yticks(range(n), [names.get(sid, sid) for sid in reversed(rows)])
    ax.tick_params(axis="y", length=0)
    mdates = _dates()
    locator = mdates.AutoDateLocator(minticks=4, maxticks=8)
    ticks = [
        t
        for t in locator.tick_values(mdates.num2date(lo), mdates.num2date(hi))
        if lo <= t <= hi
    ]
    ax.set_xticks(ticks)
    # the margin right of today holds the days overdue: no date ticks there
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color=_GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel(label("date", lang))
    # legend beside the axes: channels (or sentiment), plan band, overdue, today
    handles: list[Any] = []
    if hue == "channel":
        used = [c.value for c in Channel if c.value in {*shown["channel"].dropna()}]
        if shown["channel"].isna().any() and "other" not in used:
            used.append("other")
        handles += [
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=7,
                markerfacecolor=CHANNEL_PALETTE[c],
                markeredgecolor=_INK,
                label=label(c, lang),
            )
            for c in used
        ]
        title = label("channel", lang)
    else:
        handles += [
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=7,
                markerfacecolor=ATTITUDE_PALETTE[v],
                markeredgecolor=_INK,
                label=f"{v:+d}",
            )
            for v in sorted(ATTITUDE_PALETTE)
        ]
        if shown["sentiment"].isna().any():
            handles.append(
                Line2D(
                    [],
                    [],
                    marker="o",
                    linestyle="",
                    markersize=7,
                    markerfacecolor="#ffffff",
                    markeredgecolor=_INK,
                    label=label("not_assessed", lang),
                )
            )
        title = label("sentiment", lang)
    if status is not None:
        handles += [
            Patch(facecolor=_BAND_COLOR, label=label("contact_window", lang)),
            Patch(facecolor=_OVERDUE_COLOR, label=label("overdue_band", lang)),
        ]
    handles.append(
        Line2D(
            [],
            [],
            color=_TODAY_COLOR,
            linestyle="--",
            label=f"{label('today', lang)} ({ref.isoformat()})",
        )
    )
    ax.legend(
        handles=handles,
        title=title,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        borderaxespad=0.0,
    )
    if label_texts:
        place_labels(
            ax,
            label_x,
            label_y,
            label_texts,
            sizes=1.0,
            wrap=None,
            number_fallback=False,
            text_kws={"color": "#8c3b0c"},
        )
    return ax


# --------------------------------------------------------------------------------
# plot_channel_matrix
# --------------------------------------------------------------------------------


@warns_at_caller
def plot_channel_matrix(
    data: StakeholderMap | pd.DataFrame,
    *,
    by: Literal["stakeholder", "category"] = "category",
    source: Literal["log", "plan", "both"] = "log",
    today: dt.date | str | None = None,
    period_days: int | None = None,
    channels: Sequence[str] | None = None,
    lang: str | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw which channels reach which categories (or stakeholders).

    A dot matrix: rows are categories (or stakeholders), columns are
    channels, and a dot marks that the channel reaches them; with
    ``by="category"`` its area and the number beside it count the
    stakeholders reached. Two more columns show how many are reached through
    one channel only and how many are not reached at all.

    Parameters
    ----------
    data
        A :class:`~stakeholder_map.StakeholderMap`, or the DataFrame of
        :func:`~stakeholder_map.analysis.channel_coverage`.
    by, source, today, period_days
        Passed to :func:`~stakeholder_map.analysis.channel_coverage` when
        ``data`` is a map; ``by`` is read from a DataFrame's index.
    channels
        Channel keys to show as columns, in order. None shows the channels
        that reach anyone.
    lang
        Language of the texts; None uses the map's language (English for a
        DataFrame).
    ax
        The Axes to draw on; None uses the current Axes.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.scatter` for the channel dots.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    Raises
    ------
    ValueError
        When ``channels`` names an unknown channel.

    See Also
    --------
    stakeholder_map.analysis.channel_coverage : The numbers drawn.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_channel_matrix(smap, today="2026-09-24")
    """
    import numpy as np

    lang = resolve_lang(lang, data)
    if isinstance(data, StakeholderMap):
        cov = channel_coverage(
            data, by=by, source=source, today=today, period_days=period_days
        )
        names = {s.id: s.display_name for s in data.stakeholders}
    else:
        cov = _as_frame(data, "channel_coverage")
        names = {}
    per_category = cov.index.name == "category"
    all_channels = [c.value for c in Channel]
    if channels is None:
        cols = [
            c for c in all_channels if c in cov.columns and cov[c].astype(int).any()
        ]
    else:
        cols = [str(c) for c in channels]
        for c in cols:
            check_choice("channels", c, all_channels)
    _need_columns(cov, cols, "channel_coverage")
    if per_category:
        extra = ["n_single_channel", "n_unreached"]
        _need_columns(cov, [*extra, "n_stakeholders"], "channel_coverage")
    else:
        extra = ["single_channel", "unreached"]
        _need_columns(cov, extra, "channel_coverage")
        if "name" in cov.columns:
            names = {**dict(zip(cov.index, cov["name"], strict=True)), **names}
    ax = get_ax(ax)
    n_rows, n_cols = len(cov), len(cols)
    ys = np.arange(n_rows)[::-1]
    values = cov[cols].astype(int).to_numpy()
    extra_values = cov[extra].astype(int).to_numpy()
    max_count = max(1, int(values.max(initial=0)), int(extra_values.max(initial=0)))

    def area(count: np.ndarray) -> np.ndarray:
        return np.where(count > 0, 60 + 340 * np.sqrt(count / max_count), 0.0)

    # light cells: grid lines between rows and columns
    for k in range(n_rows + 1):
        ax.axhline(k - 0.5, color=_GRID, linewidth=0.8, zorder=0)
    for k in range(n_cols + len(extra) + 1):
        ax.axvline(k - 0.5, color=_GRID, linewidth=0.8, zorder=0)
    ax.axvline(n_cols - 0.5, color="#8c8c8c", linewidth=1.6, zorder=0)
    rr, cc = np.nonzero(values)
    # rows must not crowd: dots and row names shrink to the height of a row
    row_pt = ax.get_window_extent().height * 72 / ax.figure.dpi / max(n_rows, 1)
    dot = min(160.0, (0.75 * row_pt) ** 2)
    sizes = area(values[rr, cc]) if per_category else np.full(len(rr), dot)
    dot_kws: dict[str, Any] = {"edgecolors": _INK, "linewidths": 0.6, "zorder": 3}
    dot_kws.update(kwargs)
    ax.scatter(
        cc.astype(float),
        ys[rr].astype(float),
        s=sizes,
        c=[CHANNEL_PALETTE[cols[j]] for j in cc],
        **dot_kws,
    )
    er, ec = np.nonzero(extra_values)
    ex_sizes = area(extra_values[er, ec]) if per_category else np.full(len(er), dot)
    ax.scatter(
        (n_cols + ec).astype(float),
        ys[er].astype(float),
        s=ex_sizes,
        c=[_EXTRA_COLORS[j] for j in ec],
        marker="s",
        edgecolors=_INK,
        linewidths=0.6,
        zorder=3,
    )
    if per_category:
        xs = [*cc.astype(float), *(n_cols + ec).astype(float)]
        yv = [*ys[rr].astype(float), *ys[er].astype(float)]
        counts = [*values[rr, cc], *extra_values[er, ec]]
        place_labels(
            ax,
            xs,
            yv,
            [str(int(v)) for v in counts],
            sizes=[*sizes, *ex_sizes],
            wrap=None,
            number_fallback=False,
            fontsize="x-small",
        )
    col_labels = [label(c, lang) for c in [*cols, *extra]]
    ax.set_xticks(range(n_cols + len(extra)), col_labels, rotation=35, ha="left")
    ax.xaxis.tick_top()
    ax.tick_params(axis="both", length=0)
    if per_category:
        row_labels = [
            f"{label(str(i), lang) if i == 'no_category' else i} ({int(t)})"
            for i, t in zip(cov.index, cov["n_stakeholders"], strict=True)
        ]
    else:
        row_labels = [names.get(str(i), str(i)) for i in cov.index]
    ax.set_yticks(ys, row_labels)
    tick_size = float(ax.yaxis.get_ticklabels()[0].get_fontsize()) if n_rows else 10.0
    if tick_size > 0.8 * row_pt:
        ax.tick_params(axis="y", labelsize=max(0.8 * row_pt, 4.0))
    ax.set_xlim(-0.5, n_cols + len(extra) - 0.5)
    ax.set_ylim(-0.5, max(n_rows, 1) - 0.5)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_ylabel(label("category" if per_category else "stakeholder", lang))
    return ax


# --------------------------------------------------------------------------------
# plot_representation
# --------------------------------------------------------------------------------


@warns_at_caller
def plot_representation(
    data: StakeholderMap | pd.DataFrame,
    *,
    segments: Sequence[Any] | None = None,
    categories: bool = True,
    today: dt.date | str | None = None,
    period_days: int = 365,
    lang: str | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw the representation audit: who speaks for each target group.

    One horizontal bar per target group: its length is the number of
    representatives on the map, the darker inner bar those engaged in the
    period, and a tick marks how many the group needs. The colour tells the
    status (missing, under-represented, not engaged, engaged), and groups
    with a problem are named at the end of their bar.

    Parameters
    ----------
    data
        A :class:`~stakeholder_map.StakeholderMap`, or the DataFrame of
        :func:`~stakeholder_map.analysis.representation`.
    segments, categories, today, period_days
        Passed to :func:`~stakeholder_map.analysis.representation` when
        ``data`` is a map.
    lang
        Language of the texts; None uses the map's language (English for a
        DataFrame).
    ax
        The Axes to draw on; None uses the current Axes.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.barh` for the outer bars.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    See Also
    --------
    stakeholder_map.analysis.representation : The numbers drawn.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_representation(smap, today="2026-09-24")
    """
    import numpy as np
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    lang = resolve_lang(lang, data)
    if isinstance(data, StakeholderMap):
        rep = representation(
            data,
            segments=segments,
            categories=categories,
            today=today,
            period_days=period_days,
        )
    else:
        rep = _as_frame(data, "representation")
    _need_columns(
        rep,
        ["name", "kind", "n_stakeholders", "n_engaged", "min_stakeholders", "status"],
        "representation",
    )
    ax = get_ax(ax)
    n = len(rep)
    ys = np.arange(n)[::-1].astype(float)
    status = [str(s) for s in rep["status"]]
    colors = [REPRESENTATION_PALETTE[s] for s in status]
    total = rep["n_stakeholders"].astype(float).to_numpy()
    engaged = rep["n_engaged"].astype(float).to_numpy()
    need = rep["min_stakeholders"].astype(float).to_numpy()
    bar_kws: dict[str, Any] = {"height": 0.7, "zorder": 2}
    bar_kws.update(kwargs)
    ax.barh(ys, total, color=[mix(c, "white", 0.6) for c in colors], **bar_kws)
    ax.barh(ys, engaged, height=0.36, color=colors, zorder=3)
    ax.scatter(need, ys, marker="|", s=_TICK_AREA, linewidths=2.2, color=_INK, zorder=4)
    kinds = rep["kind"].tolist()
    if "segment" in kinds and "category" in kinds:
        k = kinds.index("category")
        ax.axhline(ys[k] + 0.5, color="#bdbdbd", linewidth=1.0, zorder=1)
    problems = [i for i, s in enumerate(status) if s != "engaged"]
    if problems:
        texts = []
        for i in problems:
            text = label(status[i], lang)
            if status[i] == "under_represented":
                text += f" ({int(total[i])}/{int(need[i])})"
            texts.append(text)
        place_labels(
            ax,
            [max(total[i], need[i]) for i in problems],
            [ys[i] for i in problems],
            texts,
            # the label sits just beyond the "needed" tick at the end of the bar
            sizes=[_TICK_AREA if need[i] >= total[i] else 1.0 for i in problems],
            wrap=None,
            number_fallback=False,
            text_kws={"color": _INK},
        )
    top = max(float(np.max(np.maximum(total, need), initial=1.0)), 1.0)
    ax.set_xlim(0, top * 1.55 + 0.5)
    ax.set_ylim(-0.7, n - 0.3)
    ax.set_yticks(ys, rep["name"].astype(str).tolist())
    ax.tick_params(axis="y", length=0)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="x", color=_GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel(label("number_of_stakeholders", lang))
    present = [s for s in REPRESENTATION_STATUS if s in status]
    handles: list[Any] = [
        Patch(facecolor=REPRESENTATION_PALETTE[s], label=label(s, lang))
        for s in present
    ]
    handles += [
        Patch(facecolor="#d9d9d9", label=label("members", lang)),
        Patch(facecolor="#7f7f7f", label=label("engaged_in_period", lang)),
        Line2D(
            [],
            [],
            marker="|",
            linestyle="",
            markersize=14,
            markeredgewidth=2.2,
            color=_INK,
            label=label("needed", lang),
        ),
    ]
    ax.legend(
        handles=handles,
        title=label("status", lang),
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        borderaxespad=0.0,
    )
    decimal_commas(ax, lang)
    return ax
