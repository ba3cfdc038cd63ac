"""Support against opposition, weighed by power: the *draagvlak* chart."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from stakeholder_map.analysis.support import support_balance
from stakeholder_map.i18n import label as i18n_label
from stakeholder_map.i18n import text as i18n_text
from stakeholder_map.plotting._caller import warns_at_caller
from stakeholder_map.plotting._numbers import decimal_commas
from stakeholder_map.plotting._scene import _renderer
from stakeholder_map.plotting._views import INK, frame, get_ax, resolve_lang
from stakeholder_map.plotting.labels import place_labels
from stakeholder_map.plotting.themes import ATTITUDE_PALETTE

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

    from stakeholder_map.models import StakeholderMap

__all__ = ["SUPPORT_COLORS", "plot_support_balance"]

#: Colour per side: the attitude palette's supportive purple, neutral grey and
#: opposed orange.
SUPPORT_COLORS: dict[str, str] = {
    "support": ATTITUDE_PALETTE[2],
    "neutral": ATTITUDE_PALETTE[0],
    "opposition": ATTITUDE_PALETTE[-2],
}


@warns_at_caller
def plot_support_balance(
    data: StakeholderMap | pd.DataFrame,
    *,
    ax: Axes | None = None,
    interest: str | Sequence[str] | None = None,
    shares: bool = True,
    lang: str | None = None,
    label_kws: Mapping[str, Any] | None = None,
    legend: bool = True,
    **kwargs: Any,
) -> Axes:
    """Draw power-weighted support against opposition, overall and per theme.

    One bar per theme, diverging from the middle: the power of neutral
    stakeholders straddles zero, supporters extend to the right and opponents
    to the left, like the forces of a force-field diagram. The net balance
    (support minus opposition) is written beside each bar.

    Parameters
    ----------
    data
        A :class:`~stakeholder_map.StakeholderMap` (weighed with
        :func:`~stakeholder_map.analysis.support_balance`) or the DataFrame that
        function returns.
    ax
        The Axes to draw on; None uses ``plt.gca()``.
    interest
        Passed to :func:`~stakeholder_map.analysis.support_balance` for a map.
    shares
        Draw shares of the power in percent (default), so themes with more or
        fewer stakeholders compare; False draws the sums of power.
    lang
        Language of the texts, ``"en"`` or ``"nl"``; None follows the map's
        language (English for a DataFrame).
    label_kws
        Passed to :func:`~stakeholder_map.plotting.place_labels` (the net
        balances).
    legend
        Add a legend of the three sides above the Axes.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.barh` for every segment.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on. Segments are three bar containers with the gids
        ``support:support``, ``support:neutral`` and ``support:opposition``.

    See Also
    --------
    stakeholder_map.analysis.support_balance : The numbers behind the chart.
    stakeholder_map.analysis.support_swing : Who would move the balance most.

    Notes
    -----
    Themes nobody took a stance on show no bar.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_support_balance(smap)
    """
    lang = resolve_lang(lang, data)
    df = frame(
        data,
        support_balance,
        ("name", "support", "neutral", "opposition", "total"),
        interest=interest,
        lang=lang,
    ).copy()
    ax = get_ax(ax)
    if shares:
        total = df["total"].where(df["total"] > 0)
        values = {k: (df[k] / total * 100).fillna(0.0) for k in SUPPORT_COLORS}
    else:
        values = {k: df[k].astype(float) for k in SUPPORT_COLORS}
    sup = values["support"].to_numpy(dtype=float)
    neu = values["neutral"].to_numpy(dtype=float)
    opp = values["opposition"].to_numpy(dtype=float)
    y = np.arange(len(df), dtype=float)
    lefts = {"support": neu / 2, "neutral": -neu / 2, "opposition": -neu / 2 - opp}
    widths = {"support": sup, "neutral": neu, "opposition": opp}
    for key, color in SUPPORT_COLORS.items():
        props: dict[str, Any] = {
            "height": 0.62,
            "color": color,
            "edgecolor": "#ffffff",
            "linewidth": 1.0,
            "gid": f"support:{key}",
            "label": i18n_label(key, lang),
        }
        props.update(kwargs)
        ax.barh(y, widths[key], left=lefts[key], **props)
    ax.axvline(0, color=INK, linewidth=1.0, zorder=3)
    ax.set_yticks(y)
    ax.set_yticklabels(df["name"].astype(str).tolist())
    for tick, theme in zip(ax.get_yticklabels(), df.index, strict=True):
        if theme == "overall":
            tick.set_fontweight("bold")
    ax.set_ylim(len(df) - 0.5, -0.6)
    right = float(np.max(neu / 2 + sup, initial=0.0))
    left = float(np.max(neu / 2 + opp, initial=0.0))
    right = max(right, 1.0)
    # The left reaches at least a third as far as the right, so zero never
    # sits at the edge; the room for the net balances is added below.
    ax.set_xlim(-max(left * 1.1, right * 0.35), right * 1.05)
    unit = "%" if shares else ""
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{abs(v):g}{unit}"))
    ax.set_xlabel(
        i18n_label("power_share", lang) if shares else i18n_label("power", lang)
    )
    ax.spines[["top", "right"]].set_visible(False)
    if legend:
        handles = [
            Patch(facecolor=SUPPORT_COLORS[k], label=i18n_label(k, lang))
            for k in ("support", "neutral", "opposition")
        ]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    nets = (
        [
            i18n_text("net_balance", lang, value=float(n) * 100)
            for n in df["net"].fillna(0.0)
        ]
        if "net" in df
        else []
    )
    has_bar = (df["total"] > 0).to_numpy()
    if nets and has_bar.any():
        _room_for(ax, max(nets, key=len))
        place_kws: dict[str, Any] = {"max_distance": 0.0, "key": False}
        place_kws.update(label_kws or {})
        xs = (neu / 2 + sup)[has_bar]
        place_labels(
            ax,
            xs,
            y[has_bar],
            [n for n, b in zip(nets, has_bar, strict=True) if b],
            sizes=0.25,
            **place_kws,
        )
    decimal_commas(ax, lang)
    return ax


def _room_for(ax: Axes, text: str) -> None:
    """Widen the x-limits on the right so ``text`` fits beside the longest bar."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.text import Text

    fig = ax.get_figure(root=True)
    if fig is None:  # pragma: no cover - an Axes always has a figure here
        return
    engine = fig.get_layout_engine()
    if engine is not None:
        engine.execute(fig)
    size = FontProperties(size="small").get_size_in_points()
    scratch = Text(0, 0, text, fontsize=size)
    scratch.set_figure(fig)
    # The text with the placer's gap and pad around it, and a little air.
    need = scratch.get_window_extent(_renderer(fig)).width * 1.1
    need += 0.8 * size * fig.dpi / 72
    width = ax.bbox.width
    if need >= 0.6 * width:
        need = 0.6 * width
    # Widening the limits narrows the bars: with the data spanning `span` and
    # the new right limit x0 + a, the room is (a - span) * width / a >= need.
    x0, x1 = ax.get_xlim()
    span = x1 - x0
    ax.set_xlim(x0, x0 + span * width / (width - need))
