"""The PMBOK engagement assessment matrix: where stakeholders are, and must be."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Rectangle

from stakeholder_map._types import EngagementLevel
from stakeholder_map.analysis._common import check_choice
from stakeholder_map.analysis.engagement import engagement_gap
from stakeholder_map.i18n import label as i18n_label
from stakeholder_map.plotting._caller import warns_at_caller
from stakeholder_map.plotting._views import (
    INK,
    frame,
    get_ax,
    label_texts,
    resolve_lang,
)
from stakeholder_map.plotting.themes import ATTITUDE_PALETTE

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

    from stakeholder_map.models import StakeholderMap

__all__ = ["DIRECTION_COLORS", "plot_engagement_matrix"]

#: Arrow colour per direction of action: purple to raise engagement, orange to
#: lower it (the ends of the attitude palette).
DIRECTION_COLORS: dict[str, str] = {
    "raise": ATTITUDE_PALETTE[2],
    "lower": ATTITUDE_PALETTE[-2],
}
_LEVELS = [lvl.value for lvl in EngagementLevel]
_SORTS = ("gap", None)


@warns_at_caller
def plot_engagement_matrix(
    data: StakeholderMap | pd.DataFrame,
    *,
    ax: Axes | None = None,
    sort: Literal["gap"] | None = "gap",
    top: int | None = None,
    lang: str | None = None,
    label: str = "short_name",
    legend: bool = True,
    arrow_kws: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw the engagement assessment matrix with C and D marks and gap arrows.

    One row per stakeholder, one column per engagement level (unaware,
    resistant, neutral, supportive, leading). An open circle marks the current
    level (C), a filled one the desired level (D), and an arrow runs from C to D
    where they differ: purple where engagement must rise, orange where it must
    come down. In Dutch the marks are H (huidig) and G (gewenst).

    Parameters
    ----------
    data
        A :class:`~stakeholder_map.StakeholderMap` (assessed with
        :func:`~stakeholder_map.analysis.engagement_gap`) or the DataFrame that
        function returns.
    ax
        The Axes to draw on; None uses ``plt.gca()``.
    sort
        ``"gap"`` (default) puts the largest gaps on top, then map order; None
        keeps the order of the data.
    top
        Show only the first ``top`` rows after sorting; None shows all.
    lang
        Language of the levels, marks and legend, ``"en"`` or ``"nl"``; None
        follows the map's language (English for a DataFrame).
    label
        Column with the row names (``"short_name"`` falls back to ``"name"``).
    legend
        Add a legend of the marks and arrows beside the Axes.
    arrow_kws
        Properties of the :class:`~matplotlib.patches.FancyArrowPatch` arrows.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.scatter` for both marks.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on. The marks are two scatter collections with the gids
        ``engagement:current`` and ``engagement:desired``; arrows have the gid
        ``engagement-arrow:<stakeholder_id>``.

    Raises
    ------
    ValueError
        When ``sort`` or ``lang`` is unknown, or ``top`` is below 1.

    See Also
    --------
    stakeholder_map.analysis.engagement_gap : The levels and gaps behind it.

    Notes
    -----
    The row names are the Axes' tick labels; their size follows the row height,
    so a long list stays legible without overlapping rows.

    References
    ----------
    .. [1] Project Management Institute (2017). *A Guide to the Project
       Management Body of Knowledge (PMBOK Guide)*, 6th ed., section 13.2.2.5.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_engagement_matrix(smap, top=12)
    """
    lang = resolve_lang(lang, data)
    check_choice("sort", sort, _SORTS)
    if top is not None and (
        isinstance(top, bool) or not isinstance(top, int) or top < 1
    ):
        msg = f"`top` must be a whole number >= 1 or None, but {top!r} was passed."
        raise ValueError(msg)
    df = frame(data, engagement_gap, ("current", "desired", "gap"))
    if sort == "gap":
        df = df.assign(_abs=df["gap"].abs()).sort_values(
            "_abs", ascending=False, kind="stable"
        )
    if top is not None:
        df = df.iloc[:top]
    names = label_texts(df, label)
    ax = get_ax(ax)
    n = len(df)
    for row in range(0, n, 2):
        ax.add_patch(
            Rectangle(
                (-0.5, row - 0.5),
                len(_LEVELS),
                1.0,
                facecolor="#f2f2f2",
                edgecolor="none",
                zorder=0,
            )
        )
    for col in range(len(_LEVELS) + 1):
        ax.axvline(col - 0.5, color="#d9d9d9", linewidth=0.8, zorder=0.5)
    ax.set_xlim(-0.5, len(_LEVELS) - 0.5)
    ax.set_ylim(max(n, 1) - 0.5, -0.5)
    ax.xaxis.tick_top()
    ax.set_xticks(range(len(_LEVELS)))
    ax.set_xticklabels([i18n_label(lvl, lang) for lvl in _LEVELS])
    ax.tick_params(axis="both", length=0)
    ax.set_yticks(range(n))
    ax.set_yticklabels(names)
    for spine in ax.spines.values():
        spine.set_visible(False)
    row_pt = _row_height_pt(ax, n)
    _fit_row_labels(ax, row_pt)
    if df.empty:
        return ax

    cur = np.asarray([_LEVELS.index(str(v)) for v in df["current"]], dtype=float)
    des = np.asarray([_LEVELS.index(str(v)) for v in df["desired"]], dtype=float)
    rows = np.arange(n, dtype=float)
    same = cur == des
    # Current and desired in one cell sit side by side.
    cur_x = np.where(same, cur - 0.17, cur)
    des_x = np.where(same, des + 0.17, des)
    import matplotlib as mpl

    # A mark is as large as the theme's markers, but never taller than its row.
    diameter = min(1.4 * float(mpl.rcParams["lines.markersize"]), 0.9 * row_pt)
    size = diameter**2
    c_mark = i18n_label("mark_current", lang)
    d_mark = i18n_label("mark_desired", lang)
    c_glyph, d_glyph = rf"$\mathrm{{{c_mark}}}$", rf"$\mathrm{{{d_mark}}}$"
    props: dict[str, Any] = {"s": size, "zorder": 3, "linewidths": 1.2}
    props.update(kwargs)
    ax.scatter(
        cur_x,
        rows,
        facecolors="#ffffff",
        edgecolors=INK,
        gid="engagement:current",
        **props,
    )
    ax.scatter(
        des_x, rows, facecolors=INK, edgecolors=INK, gid="engagement:desired", **props
    )
    letter = {k: v for k, v in props.items() if k not in ("linewidths",)}
    letter["s"] = size * 0.3
    ax.scatter(cur_x, rows, marker=c_glyph, color=INK, zorder=4, **_no_gid(letter))
    ax.scatter(
        des_x, rows, marker=d_glyph, color="#ffffff", zorder=4, **_no_gid(letter)
    )

    radius_pt = float(np.sqrt(props["s"])) / 2 + 2
    for sid, y, c, d, gap in zip(df.index, rows, cur, des, df["gap"], strict=True):
        if gap == 0:
            continue
        direction = "raise" if gap > 0 else "lower"
        arrow: dict[str, Any] = {
            "arrowstyle": "-|>",
            "mutation_scale": 14,
            "color": DIRECTION_COLORS[direction],
            "linewidth": 2.0,
            "shrinkA": radius_pt,
            "shrinkB": radius_pt,
            "zorder": 2,
            "gid": f"engagement-arrow:{sid}",
        }
        arrow.update(arrow_kws or {})
        ax.add_patch(FancyArrowPatch((c, y), (d, y), **arrow))
    if legend:
        handles = [
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=10,
                markerfacecolor="#ffffff",
                markeredgecolor=INK,
                label=f"{c_mark}: {i18n_label('engagement_current', lang)}",
            ),
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=10,
                markerfacecolor=INK,
                markeredgecolor=INK,
                label=f"{d_mark}: {i18n_label('engagement_desired', lang)}",
            ),
            *(
                Line2D(
                    [],
                    [],
                    color=DIRECTION_COLORS[k],
                    linewidth=2.5,
                    label=i18n_label(k, lang),
                )
                for k in ("raise", "lower")
                if (df["gap"] > 0 if k == "raise" else df["gap"] < 0).any()
            ),
        ]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return ax


def _no_gid(props: Mapping[str, Any]) -> dict[str, Any]:
    """Drop keys the letter marks must not share with the circles."""
    return {k: v for k, v in props.items() if k not in ("gid", "zorder")}


def _row_height_pt(ax: Axes, n: int) -> float:
    """Return the height of one row in points, for the Axes as laid out now."""
    fig = ax.get_figure(root=True)
    if fig is None:  # pragma: no cover - an Axes always has a figure here
        return 12.0
    engine = fig.get_layout_engine()
    if engine is not None:
        engine.execute(fig)
    height_pt = ax.get_position().height * float(fig.get_figheight()) * 72
    return height_pt / max(n, 1)


def _fit_row_labels(ax: Axes, row_pt: float) -> None:
    """Shrink the row names so each fits in its row's height."""
    labels = ax.yaxis.get_ticklabels()
    if not labels:
        return
    size = min(float(labels[0].get_fontsize()), 0.72 * row_pt)
    ax.tick_params(axis="y", labelsize=max(size, 5.0))
