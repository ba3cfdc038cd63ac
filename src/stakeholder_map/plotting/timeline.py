"""Plots of change over time: arrows on the grid, and scores through the meetings.

:func:`plot_movement` draws each stakeholder's move on the power/interest grid from
one map (or meeting) to the next, highlighting those that changed quadrant;
:func:`plot_history` draws scores over time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch

from stakeholder_map._types import Quadrant
from stakeholder_map.analysis._common import Threshold, check_choice
from stakeholder_map.analysis.raters import DIMENSIONS, Method
from stakeholder_map.analysis.timeline import MapDiff, compare, history, movement
from stakeholder_map.i18n import MESSAGE_LANGUAGES
from stakeholder_map.i18n import label as tr
from stakeholder_map.models import StakeholderMap
from stakeholder_map.plotting._caller import warns_at_caller
from stakeholder_map.plotting._captions import warn_captions_left_out
from stakeholder_map.plotting._numbers import decimal_commas
from stakeholder_map.plotting.grid import PowerInterestGrid, _label_texts
from stakeholder_map.plotting.labels import place_labels
from stakeholder_map.plotting.themes import CATEGORICAL_PALETTE

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["plot_history", "plot_movement"]

#: Colour of arrows of stakeholders that changed quadrant (Okabe & Ito vermillion).
MOVED_COLOR = "#D55E00"
_STILL_COLOR = "#7f7f7f"
_EDGE = "#333333"
_LINESTYLES: tuple[Any, ...] = ("-", "--", ":", "-.", (0, (5, 1, 1, 1)), (0, (1, 2)))


def _get_ax(ax: Axes | None) -> Axes:
    if ax is None:
        import matplotlib.pyplot as plt

        return plt.gca()
    return ax


def _movement_frame(
    data: StakeholderMap | MapDiff | pd.DataFrame,
    after: StakeholderMap | None,
    threshold: Threshold,
) -> tuple[pd.DataFrame, MapDiff | None]:
    import pandas as pd

    if isinstance(data, MapDiff):
        return movement(data), data
    if isinstance(data, StakeholderMap):
        diff = compare(data, after, threshold=threshold)
        return movement(diff), diff
    if isinstance(data, pd.DataFrame):
        need = [
            "power_before",
            "interest_before",
            "power_after",
            "interest_after",
            "quadrant_after",
            "moved",
            "status",
            "name",
        ]
        missing = [c for c in need if c not in data.columns]
        if missing:
            msg = (
                "`data` must be a map, a MapDiff or the DataFrame of "
                f"skm.analysis.movement, but the columns {missing} are missing. "
                f"Available: {list(data.columns)}."
            )
            raise ValueError(msg)
        return data, None
    msg = (
        "`data` must be a StakeholderMap, a MapDiff or the DataFrame of "
        f"skm.analysis.movement, but {type(data).__name__} was passed."
    )
    raise TypeError(msg)


@warns_at_caller
def plot_movement(
    data: StakeholderMap | MapDiff | pd.DataFrame,
    after: StakeholderMap | None = None,
    /,
    *,
    ax: Axes | None = None,
    threshold: Threshold = "midpoint",
    labels: str | None = None,
    lang: str | None = None,
    label: str | None = "short_name",
    label_which: Literal["changed", "moved", "all"] = "changed",
    legend: bool = True,
    arrow_kws: Mapping[str, Any] | None = None,
    label_kws: Mapping[str, Any] | None = None,
    quadrant_kws: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw the grid with arrows from each stakeholder's old to new position.

    Old positions are hollow grey markers, new positions filled markers in the
    colour of their new quadrant. Stakeholders that changed quadrant get a bold
    arrow in a signal colour; other moves a thin grey arrow. Stakeholders that
    left the map keep only their hollow marker; new ones only a filled marker.

    Parameters
    ----------
    data
        The earlier map (with ``after``), a map with dated assessments (its last
        two meetings are compared), a :class:`~stakeholder_map.analysis.MapDiff`
        or the DataFrame of :func:`~stakeholder_map.analysis.movement`.
    after
        The later map.
    ax
        The Axes to draw on; None uses ``plt.gca()``.
    threshold
        Grid threshold for maps, as in :func:`~stakeholder_map.compare`. The grid
        is drawn with the later map's thresholds.
    labels
        Quadrant label set; None follows ``lang``.
    lang
        Language of titles and legend; None follows the later map's language.
    label
        Column with the labels: ``"short_name"`` (default; the name where a
        stakeholder has none, or where ``data`` has no such column), ``"name"``,
        or None for no labels.
    label_which
        Which stakeholders get a label: ``"changed"`` (default: those that moved,
        were added or removed), ``"moved"`` (changed quadrant) or ``"all"``.
    legend
        Add the legend beside the Axes.
    arrow_kws
        Properties of the arrows (:class:`~matplotlib.patches.FancyArrowPatch`).
    label_kws
        Passed to :func:`~stakeholder_map.plotting.place_labels`. Names keep
        off the quadrant titles and the arrows (and any ``"avoid"`` artists).
    quadrant_kws
        Passed to the quadrant patches of the grid.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.scatter` for the new positions.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on. Arrows have the gid ``"move"`` (or ``"move:quadrant"``
        when the quadrant changed); the old positions are the first scatter
        collection with the gid ``"before"``, the new ones ``"after"``.

    See Also
    --------
    stakeholder_map.compare : What changed, as tables and text.
    stakeholder_map.analysis.movement : The positions behind the plot.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_movement(smap)  # the map's last two meetings
    """
    import matplotlib as mpl

    check_choice("label_which", label_which, ("changed", "moved", "all"))
    df, diff = _movement_frame(data, after, threshold)
    if lang is None:
        if labels in MESSAGE_LANGUAGES:
            lang = labels
        elif diff is not None:
            lang = diff.language
        elif isinstance(data, StakeholderMap):
            lang = data.language.value
        else:
            lang = "en"
    check_choice("lang", lang, MESSAGE_LANGUAGES)
    scale = tuple(df.attrs.get("scale", (1.0, 5.0)))
    cuts = df.attrs.get("thresholds", {}).get("after") or None
    thresholds = (cuts["power"], cuts["interest"]) if cuts else None
    grid = PowerInterestGrid(
        scale,
        thresholds=thresholds,
        labels=labels or lang,
        lang=lang,
    )
    ax = _get_ax(ax)
    grid.draw(ax, quadrant_kws=quadrant_kws)
    base = float(mpl.rcParams["lines.markersize"]) ** 2
    has_before = df[["power_before", "interest_before"]].notna().all(axis=1)
    has_after = df[["power_after", "interest_after"]].notna().all(axis=1)
    old_xy, new_xy, same = _dodged(
        grid, df, has_before.to_numpy(), has_after.to_numpy()
    )
    moved = df["moved"].to_numpy(bool)
    # Hollow markers only where a stakeholder moved or left: unchanged ones are
    # drawn once, by their filled marker.
    shown_old = has_before.to_numpy() & ~same
    ax.scatter(
        old_xy[shown_old, 0],
        old_xy[shown_old, 1],
        s=base * 0.7,
        facecolors="#ffffff",
        edgecolors=_STILL_COLOR,
        linewidths=1.2,
        zorder=2.8,
        gid="before",
    )
    mover = has_before.to_numpy() & has_after.to_numpy()
    arrows: list[FancyArrowPatch] = []
    for k in np.flatnonzero(mover):
        (x0, y0), (x1, y1) = old_xy[k], new_xy[k]
        if np.hypot(x1 - x0, y1 - y0) < 1e-9:
            continue
        props: dict[str, Any] = {
            "arrowstyle": "-|>",
            "mutation_scale": 14 + 4 * moved[k],
            "color": MOVED_COLOR if moved[k] else _STILL_COLOR,
            "linewidth": 2.4 if moved[k] else 1.1,
            "shrinkA": base**0.5 * 0.45,
            "shrinkB": base**0.5 * 0.55,
            "zorder": 2.9,
        }
        props.update(arrow_kws or {})
        arrow = FancyArrowPatch((x0, y0), (x1, y1), **props)
        arrow.set_gid("move:quadrant" if moved[k] else "move")
        ax.add_patch(arrow)
        arrows.append(arrow)
    after_props: dict[str, Any] = {
        "s": base,
        "c": [
            grid.palette.get(str(q), "#ffffff")
            for q in df.loc[has_after, "quadrant_after"]
        ],
        "edgecolors": [
            MOVED_COLOR if m else _EDGE for m in moved[has_after.to_numpy()]
        ],
        "linewidths": [2.2 if m else 0.8 for m in moved[has_after.to_numpy()]],
        "zorder": 3,
        "gid": "after",
    }
    after_props.update(kwargs)
    ax.scatter(
        new_xy[has_after.to_numpy(), 0], new_xy[has_after.to_numpy(), 1], **after_props
    )
    if legend:
        _movement_legend(ax, grid, df, lang=lang, base=base)
    if label is not None:
        texts = _label_texts(df, label)
        status = df["status"].astype(str).to_numpy()
        if label_which == "all":
            wanted = np.ones(len(df), dtype=bool)
        elif label_which == "moved":
            wanted = moved.copy()
        else:
            wanted = moved | (status != "kept") | ~same
        at = np.where(has_after.to_numpy()[:, None], new_xy, old_xy)
        keep = np.flatnonzero(wanted)
        priority = moved[keep] * 10.0 + (status[keep] != "kept") * 5.0
        kws: dict[str, Any] = {
            "key_title": tr("other_labels", lang),
            "priority": priority,
            "sizes": base,
        }
        kws.update(label_kws or {})
        # Names keep off the quadrant titles and off every arrow.
        kws["avoid"] = [*grid.titles(ax), *arrows, *kws.get("avoid", ())]
        place_labels(ax, at[keep, 0], at[keep, 1], [texts[i] for i in keep], **kws)
    decimal_commas(ax, lang)
    warn_captions_left_out(ax, lang)
    return ax


def _dodged(
    grid: PowerInterestGrid,
    df: pd.DataFrame,
    has_before: np.ndarray,
    has_after: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return old and new marker positions, dodged together, and who stayed put.

    Old and new points are dodged as one set, and a stakeholder whose scores did
    not change is one point, so it keeps the same offset and gets no arrow.
    """
    import pandas as pd

    p0 = df["power_before"].to_numpy(float)
    i0 = df["interest_before"].to_numpy(float)
    p1 = df["power_after"].to_numpy(float)
    i1 = df["interest_after"].to_numpy(float)
    same = has_before & has_after & (p0 == p1) & (i0 == i1)
    rows: list[tuple[float, float]] = []
    where_old = np.full(len(df), -1)
    where_new = np.full(len(df), -1)
    for k in range(len(df)):
        if has_before[k]:
            where_old[k] = len(rows)
            rows.append((p0[k], i0[k]))
        if has_after[k]:
            if same[k]:
                where_new[k] = where_old[k]
            else:
                where_new[k] = len(rows)
                rows.append((p1[k], i1[k]))
    points = pd.DataFrame(rows, columns=["power", "interest"], dtype=float)
    xy = grid.positions(points) if len(points) else np.empty((0, 2))
    old_xy = np.full((len(df), 2), np.nan)
    new_xy = np.full((len(df), 2), np.nan)
    old_xy[has_before] = xy[where_old[has_before]]
    new_xy[has_after] = xy[where_new[has_after]]
    return old_xy, new_xy, same


def _movement_legend(
    ax: Axes, grid: PowerInterestGrid, df: pd.DataFrame, *, lang: str, base: float
) -> None:
    ms = base**0.5
    handles: list[Any] = []
    texts: list[str] = []
    for q in (q.value for q in Quadrant):
        if (df["quadrant_after"].astype(str) == q).any():
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
            texts.append(f"{tr('after', lang)}: {grid.quadrant_titles[q]}")
    handles.append(
        Line2D(
            [],
            [],
            linestyle="",
            marker="o",
            markersize=ms * 0.84,
            markerfacecolor="#ffffff",
            markeredgecolor=_STILL_COLOR,
            markeredgewidth=1.2,
        )
    )
    texts.append(tr("before", lang))
    if df["moved"].any():
        handles.append(
            Line2D(
                [],
                [],
                color=MOVED_COLOR,
                linewidth=2.4,
                marker=">",
                markersize=ms * 0.5,
            )
        )
        texts.append(tr("moved", lang))
    handles.append(
        Line2D(
            [], [], color=_STILL_COLOR, linewidth=1.1, marker=">", markersize=ms * 0.4
        )
    )
    texts.append(tr("stayed", lang))
    ax.legend(
        handles,
        texts,
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        borderaxespad=0.6,
        alignment="left",
    )


def _history_frame(
    data: StakeholderMap | Mapping[Hashable, StakeholderMap] | pd.DataFrame,
    stakeholder_id: str | Sequence[str] | None,
    dims: list[str],
    method: Method,
    max_lines: int,
) -> pd.DataFrame:
    import pandas as pd

    if isinstance(data, pd.DataFrame):
        if list(data.index.names) != ["stakeholder_id", "date"]:
            msg = (
                "`data` must be a map or the DataFrame of skm.analysis.history, "
                "indexed by (stakeholder_id, date), but its index is "
                f"{list(data.index.names)}."
            )
            raise ValueError(msg)
        df = data
        if stakeholder_id is not None:
            wanted = (
                [stakeholder_id]
                if isinstance(stakeholder_id, str)
                else list(stakeholder_id)
            )
            df = df.loc[df.index.get_level_values(0).isin(wanted)]
    else:
        dims_all = list(dict.fromkeys([*dims, "power", "interest"]))
        if "attitude" in dims:
            dims_all = dims
        df = history(
            data, stakeholder_id=stakeholder_id, method=method, dimensions=dims_all
        )
    missing = [d for d in dims if d not in df.columns]
    if missing:
        msg = (
            f"`dimensions` must be columns of `data`, but {missing} are missing. "
            f"Available: {list(df.columns)}."
        )
        raise ValueError(msg)
    if stakeholder_id is None:
        df = _most_changed(df, dims, max_lines)
    return df


def _most_changed(df: pd.DataFrame, dims: list[str], max_lines: int) -> pd.DataFrame:
    """Keep the stakeholders that changed most (quadrant moves first)."""
    ids = df.index.get_level_values(0)
    scores = {}
    for sid in dict.fromkeys(ids):
        sub = df.loc[ids == sid]
        if len(sub) < 2:
            continue
        change = float(
            sum(
                np.nanmax(sub[d]) - np.nanmin(sub[d])
                for d in dims
                if sub[d].notna().any()
            )
        )
        quad = sub["quadrant"].nunique() > 1 if "quadrant" in sub else False
        if change > 0:
            scores[sid] = (quad, change)
    chosen = sorted(scores, key=lambda s: scores[s], reverse=True)[:max_lines]
    return df.loc[ids.isin(chosen)]


@warns_at_caller
def plot_history(
    data: StakeholderMap | Mapping[Hashable, StakeholderMap] | pd.DataFrame,
    *,
    stakeholder_id: str | Sequence[str] | None = None,
    dimensions: Sequence[str] = ("power", "interest"),
    ax: Axes | None = None,
    method: Method = "median",
    max_lines: int = 6,
    lang: str | None = None,
    label: str = "short_name",
    legend: bool = True,
    label_kws: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> Axes:
    """Plot stakeholders' scores over time: one line per stakeholder and score.

    Each stakeholder has its own colour and is named at the end of its lines (by
    the shared label placer); each score has its own line style, explained in the
    legend. The grid's threshold (the middle of the scale) is a dashed line.
    Points of several lines on the same spot are spread a little vertically (by
    3.5 % of the scale), so that every line stays visible.

    Parameters
    ----------
    data
        A map with dated assessments, a mapping from date (or label) to map, or
        the DataFrame of :func:`~stakeholder_map.analysis.history`.
    stakeholder_id
        One id or several. None: the stakeholders that changed most, those that
        changed quadrant first, at most ``max_lines``.
    dimensions
        The scores to draw: power, interest, legitimacy, urgency, proximity (on
        the map's scale), or attitude on its own (-2..+2).
    ax
        The Axes to draw on; None uses ``plt.gca()``.
    method
        How one meeting's ratings are consolidated.
    max_lines
        How many stakeholders to pick when ``stakeholder_id`` is None.
    lang
        Language of the texts; None follows the map's language.
    label
        Column naming each stakeholder at the end of its line: ``"short_name"``
        (default; the name where there is none) or ``"name"``.
    legend
        Add the legend of the line styles beside the Axes.
    label_kws
        Passed to :func:`~stakeholder_map.plotting.place_labels`.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.plot` for every line.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on; each line has the gid ``"<stakeholder_id>:<score>"``.

    Raises
    ------
    ValueError
        When ``dimensions`` mixes attitude with the scores on the map's scale, or
        names an unknown score.

    See Also
    --------
    stakeholder_map.analysis.history : The numbers behind the plot.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_history(smap, stakeholder_id=["gemeente", "clb"])
    """
    import pandas as pd

    dims = [dimensions] if isinstance(dimensions, str) else list(dimensions)
    for d in dims:
        check_choice("dimensions", d, DIMENSIONS)
    if "attitude" in dims and len(dims) > 1:
        msg = (
            "`dimensions` cannot mix attitude (-2..+2) with scores on the map's "
            f"scale, but {dims} was passed. Plot attitude on its own."
        )
        raise ValueError(msg)
    if max_lines < 1:
        msg = f"`max_lines` must be at least 1, but {max_lines!r} was passed."
        raise ValueError(msg)
    if lang is None:
        lang = data.language.value if isinstance(data, StakeholderMap) else "en"
        if isinstance(data, Mapping) and data:
            lang = next(iter(data.values())).language.value
    check_choice("lang", lang, MESSAGE_LANGUAGES)
    df = _history_frame(data, stakeholder_id, dims, method, max_lines)
    ax = _get_ax(ax)
    if isinstance(data, StakeholderMap):
        scale = (data.scale.min, data.scale.max)
    elif isinstance(data, Mapping) and data:
        first = next(iter(data.values()))
        scale = (first.scale.min, first.scale.max)
    else:
        scale = (1.0, 5.0)
    if dims == ["attitude"]:
        scale = (-2.0, 2.0)
    dates = df.index.get_level_values("date")
    is_time = isinstance(dates, pd.DatetimeIndex)
    positions: dict[Any, float]
    if is_time:
        # Dates are drawn as days since 1970, with our own tick labels, so the
        # plot does not depend on matplotlib's date units.
        order = sorted({d for d in dates if not pd.isna(d)})
        positions = {d: _days(d) for d in order}
    else:
        cats = (
            list(dates.categories)
            if isinstance(dates, pd.CategoricalIndex)
            else list(dict.fromkeys(dates))
        )
        positions = {c: float(i) for i, c in enumerate(cats)}
    ids = list(dict.fromkeys(df.index.get_level_values(0)))
    lines: list[dict[str, Any]] = []
    for n, sid in enumerate(ids):
        sub = df.loc[df.index.get_level_values(0) == sid].droplevel(0)
        sub = sub.loc[[not pd.isna(d) for d in sub.index]]
        name = _history_name(sub, sid, label)
        for k, d in enumerate(dims):
            points = sub[d].dropna()
            if points.empty:
                continue
            lines.append(
                {
                    "sid": sid,
                    "dim": d,
                    "name": name,
                    "x": [positions[i] for i in points.index],
                    "y": points.to_numpy(float).copy(),
                    "color": CATEGORICAL_PALETTE[n % len(CATEGORICAL_PALETTE)],
                    "style": _LINESTYLES[k % len(_LINESTYLES)],
                }
            )
    # Points of several lines on the same spot are spread a little vertically (as
    # the grid dodges identical scores), so every line stays visible.
    step = 0.035 * (scale[1] - scale[0])
    spots: dict[tuple[Any, float], list[tuple[int, int]]] = {}
    for j, line in enumerate(lines):
        for m, (xv, yv) in enumerate(zip(line["x"], line["y"], strict=True)):
            spots.setdefault((xv, round(float(yv), 9)), []).append((j, m))
    for members in spots.values():
        for rank, (j, m) in enumerate(members):
            lines[j]["y"][m] += (rank - (len(members) - 1) / 2) * step
    ends_x: list[float] = []
    ends_y: list[float] = []
    names: list[str] = []
    for line in lines:
        props: dict[str, Any] = {
            "color": line["color"],
            "linestyle": line["style"],
            "marker": "o",
            "linewidth": 2.2,
            "zorder": 3,
            "gid": f"{line['sid']}:{line['dim']}",
        }
        props.update(kwargs)
        ax.plot(line["x"], line["y"], **props)
        if line["name"] in names:
            continue
        ends_x.append(line["x"][-1])
        ends_y.append(float(line["y"][-1]))
        names.append(line["name"])
    lo, hi = scale
    pad = (hi - lo) * 0.08
    ax.set_ylim(lo - pad, hi + pad)
    if hi - lo <= 10:
        ax.set_yticks(np.arange(lo, hi + 1))
    if dims != ["attitude"]:
        ax.axhline(
            (lo + hi) / 2, color="#999999", linestyle="--", linewidth=1.0, zorder=1
        )
    else:
        ax.axhline(0, color="#999999", linestyle="--", linewidth=1.0, zorder=1)
    if is_time:
        ax.set_xticks(
            list(positions.values()), [d.strftime("%Y-%m-%d") for d in positions]
        )
        if len(positions) > 1:
            first_d, last_d = min(positions.values()), max(positions.values())
            span = last_d - first_d
            ax.set_xlim(first_d - span * 0.08, last_d + span * 0.45)
    else:
        ax.set_xticks(list(positions.values()), [str(c) for c in positions])
        if positions:
            ax.set_xlim(-0.3, len(positions) - 0.55 + 0.9)
    ax.set_xlabel(tr("date", lang))
    ax.set_ylabel(tr(dims[0], lang) if len(dims) == 1 else tr("score", lang))
    ax.grid(axis="y", color="#e6e6e6", zorder=0)
    if legend and (len(dims) > 1 or len(names) > 1):
        handles: list[Any] = []
        texts: list[str] = []
        if len(dims) > 1:
            for k, d in enumerate(dims):
                handles.append(
                    Line2D(
                        [],
                        [],
                        color="#333333",
                        linestyle=_LINESTYLES[k % len(_LINESTYLES)],
                        linewidth=2.2,
                    )
                )
                texts.append(tr(d, lang))
        seen: set[str] = set()
        for line in lines:
            if len(names) > 1 and line["name"] not in seen:
                seen.add(line["name"])
                handles.append(
                    Line2D([], [], color=line["color"], marker="o", linewidth=2.2)
                )
                texts.append(line["name"])
        ax.legend(
            handles,
            texts,
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
            borderaxespad=0.6,
        )
    if names:
        kws: dict[str, Any] = {"key_title": tr("other_labels", lang)}
        kws.update(label_kws or {})
        place_labels(ax, ends_x, ends_y, names, **kws)
    decimal_commas(ax, lang)
    return ax


def _history_name(sub: pd.DataFrame, sid: Any, column: str) -> str:
    """Return the label of one stakeholder's lines."""
    if column == "short_name" and "short_name" in sub:
        short = sub["short_name"].dropna()
        if len(short) and str(short.iloc[0]):
            return str(short.iloc[0])
        column = "name"
    if column not in sub:
        msg = (
            f"`label` must be a column of `data`, but {column!r} was passed. "
            f"Available: {list(sub.columns)}."
        )
        raise ValueError(msg)
    value = sub[column].dropna()
    return str(value.iloc[0]) if len(value) else str(sid)


def _days(value: Any) -> float:
    """Return a date as days since 1970-01-01 (the x coordinate of the plot)."""
    day = value.date() if isinstance(value, dt.datetime) else value
    return float((day - dt.date(1970, 1, 1)).days)
