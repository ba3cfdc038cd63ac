"""The power/attitude grid: opponents left, supporters right, the powerful on top."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.patches import Rectangle

from stakeholder_map._types import AttitudeClass, Stance
from stakeholder_map.analysis._common import ThresholdRule, on_threshold
from stakeholder_map.analysis.attitude import attitude_grid
from stakeholder_map.i18n import label as i18n_label
from stakeholder_map.plotting._caller import warns_at_caller
from stakeholder_map.plotting._captions import CaptionFitter, warn_captions_left_out
from stakeholder_map.plotting._numbers import decimal_commas, stakeholder_numbers
from stakeholder_map.plotting._views import (
    attitude_colors,
    dodge,
    frame,
    get_ax,
    label_texts,
    markers_with_labels,
    mix,
    resolve_lang,
)
from stakeholder_map.plotting.themes import ATTITUDE_PALETTE

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

    from stakeholder_map.models import StakeholderMap

__all__ = ["plot_attitude_grid"]

#: Half the width of the neutral band drawn around attitude 0 (attitude units).
NEUTRAL_BAND = 0.25

# Column of each cell (x in data units, alignment) and its row (top or bottom).
_CELL_TITLES: dict[str, tuple[float, str, str]] = {
    AttitudeClass.KEY_OPPONENT.value: (-2.5, "left", "top"),
    AttitudeClass.KEY_NEUTRAL.value: (0.0, "center", "top"),
    AttitudeClass.KEY_ALLY.value: (2.5, "right", "top"),
    AttitudeClass.CRITIC.value: (-2.5, "left", "bottom"),
    AttitudeClass.BYSTANDER.value: (0.0, "center", "bottom"),
    AttitudeClass.ALLY.value: (2.5, "right", "bottom"),
}
_BANDS: dict[str, tuple[float, float, int]] = {
    Stance.OPPOSED.value: (-2.5, -NEUTRAL_BAND, -2),
    Stance.NEUTRAL.value: (-NEUTRAL_BAND, NEUTRAL_BAND, 0),
    Stance.SUPPORTIVE.value: (NEUTRAL_BAND, 2.5, 2),
}


@warns_at_caller
def plot_attitude_grid(
    data: StakeholderMap | pd.DataFrame,
    *,
    ax: Axes | None = None,
    threshold: ThresholdRule = "midpoint",
    lang: str | None = None,
    label: str | None = "short_name",
    label_kws: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> Axes:
    """Plot stakeholders by attitude (x) and power (y) in the six cells.

    Opponents stand left, supporters right and neutral stakeholders in the
    narrow band in the middle; the powerful are above the threshold line. Each
    cell is named (key ally, influential neutral, key opponent, ally,
    bystander, critic), markers are coloured by attitude and names are placed
    by :func:`~stakeholder_map.plotting.place_labels`.

    Parameters
    ----------
    data
        A :class:`~stakeholder_map.StakeholderMap` (classified with
        :func:`~stakeholder_map.analysis.attitude_grid`) or the DataFrame that
        function returns.
    ax
        The Axes to draw on; None uses ``plt.gca()``.
    threshold
        Passed to :func:`~stakeholder_map.analysis.attitude_grid` for a map.
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
        The Axes drawn on. Cell titles have the gid ``attitude-cell:<class>``,
        the markers ``attitude:stakeholders``.

    Raises
    ------
    ValueError
        When ``label`` is not a column of the data or ``lang`` is unknown.

    Warns
    -----
    StakeholderMapWarning
        When a cell title does not fit inside its cell even wrapped at spaces
        and shrunk to 5 pt (the middle column is narrow); it is then not drawn.

    See Also
    --------
    stakeholder_map.analysis.attitude_grid : The cells behind the plot.

    Notes
    -----
    Each cell title stays inside its own cell: it is wrapped, then shrunk
    (the two titles of the narrow middle column on their own).

    The neutral band is drawn from -0.25 to 0.25 so that it can be seen; only an
    attitude of exactly 0 counts as neutral. Stakeholders with equal scores are
    spread a little around their point, never across the power threshold.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_attitude_grid(smap)
    """
    lang = resolve_lang(lang, data)
    df = frame(
        data,
        attitude_grid,
        ("attitude", "high_power", "attitude_class"),
        threshold=threshold,
    )
    axis = str(df.attrs.get("axis", "power"))
    cut = float(df.attrs.get("threshold", 3.0))
    lo, hi = df.attrs.get("scale", (1.0, 5.0))
    texts = label_texts(df, label) if label is not None else None
    ax = get_ax(ax)

    pad = 0.2 * (hi - lo)  # room for two lines of cell titles above and below
    ylim = (lo - pad, hi + pad)
    for stance, (x0, x1, band) in _BANDS.items():
        ax.add_patch(
            Rectangle(
                (x0, ylim[0]),
                x1 - x0,
                ylim[1] - ylim[0],
                facecolor=mix(ATTITUDE_PALETTE[band], "#ffffff", 0.85),
                edgecolor="none",
                zorder=0,
                gid=f"attitude-band:{stance}",
            )
        )
    ax.axhline(cut, color="#ffffff", linewidth=2.5, zorder=0.5, gid="threshold:power")
    titles = []
    cells = []
    columns = {-2.5: Stance.OPPOSED.value, 0.0: Stance.NEUTRAL.value}
    for cls, (x, ha, va) in _CELL_TITLES.items():
        dx = 6 if ha == "left" else -6 if ha == "right" else 0
        dy = -5.0 if va == "top" else 5.0
        x0, x1, _ = _BANDS[columns.get(x, Stance.SUPPORTIVE.value)]
        cells.append(((x0, x1), (cut, ylim[1]) if va == "top" else (ylim[0], cut)))
        titles.append(
            ax.annotate(
                i18n_label(cls, lang),
                xy=(x, 1.0 if va == "top" else 0.0),
                xycoords=("data", "axes fraction"),
                xytext=(dx, dy),
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize="medium",
                fontweight="bold",
                color="#444444",
                zorder=1,
                gid=f"attitude-cell:{cls}",
            )
        )
    # Each title stays inside its own cell: wrapped, then shrunk. The narrow
    # middle column's titles shrink on their own, not the four in the corners.
    groups = [
        "middle" if ha == "center" else "corner" for _, ha, _ in _CELL_TITLES.values()
    ]
    ax.add_artist(CaptionFitter(titles, cells, groups=groups))
    ax.set_xlim(-2.5, 2.5)
    ax.set_ylim(*ylim)
    ax.set_xticks([-2, -1, 0, 1, 2])
    ax.set_xticklabels([i18n_label(f"attitude_{v}", lang) for v in (-2, -1, 0, 1, 2)])
    if hi - lo <= 10 and float(lo).is_integer() and float(hi).is_integer():
        ax.set_yticks(np.arange(lo, hi + 1))
    ax.set_xlabel(i18n_label("attitude", lang))
    ax.set_ylabel(i18n_label(axis, lang))
    if df.empty:
        warn_captions_left_out(ax, lang)
        return ax

    attitude = df["attitude"].to_numpy(dtype=float)
    power = df[axis].to_numpy(dtype=float)
    xy = dodge(
        attitude,
        power,
        rx=0.12,
        ry=0.05 * (hi - lo),
        floor=lambda x, y: on_threshold(y, cut, hi - lo),
        narrow=lambda x, y: x == 0,
        xbounds=lambda _x: (-2.0, 2.0),
        ybounds=(lo, hi),
    )
    markers_with_labels(
        ax,
        xy,
        colors=attitude_colors(attitude),
        gid="attitude:stakeholders",
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
