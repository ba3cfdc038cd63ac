"""A Stakeholder-Circle-style ring of the stakeholders who come first."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.colors import to_hex
from matplotlib.patches import Patch, Wedge

from stakeholder_map.analysis.priority import priority
from stakeholder_map.i18n import label as i18n_label
from stakeholder_map.i18n import text as i18n_text
from stakeholder_map.plotting._caller import warns_at_caller
from stakeholder_map.plotting._numbers import decimal_commas
from stakeholder_map.plotting._numbers import number as fmt_number
from stakeholder_map.plotting._packing import Canvas
from stakeholder_map.plotting._views import (
    INK,
    MUTED,
    frame,
    get_ax,
    label_texts,
    resolve_lang,
)
from stakeholder_map.plotting.labels import place_labels

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

    from stakeholder_map.models import StakeholderMap

__all__ = ["PROXIMITY_COLORS", "plot_priority"]

#: Sequential colours for proximity, far (light) to close (dark): ColorBrewer
#: PuBu, readable in grey scale and for colour-blind readers.
PROXIMITY_COLORS: tuple[str, ...] = (
    "#d0d1e6",
    "#a6bddb",
    "#74a9cf",
    "#2b8cbe",
    "#045a8d",
)

_INNER = 1.0  # inner radius of the ring
_DEPTH = (0.3, 1.0)  # radial depth for urgency 0 and 1 (rescaled)
_MIN_ARC = 0.25  # arc share of a stakeholder without power, relative to power 1


def _proximity_color(scaled: float) -> str:
    """Pick the colour of a rescaled proximity (0..1)."""
    k = min(int(scaled * len(PROXIMITY_COLORS)), len(PROXIMITY_COLORS) - 1)
    return to_hex(PROXIMITY_COLORS[k])


@warns_at_caller
def plot_priority(
    data: StakeholderMap | pd.DataFrame,
    *,
    ax: Axes | None = None,
    top: int = 10,
    weights: Mapping[str, float] | None = None,
    lang: str | None = None,
    label: str = "short_name",
    label_kws: Mapping[str, Any] | None = None,
    legend: bool = True,
    **kwargs: Any,
) -> Axes:
    """Draw the top stakeholders as a ring, in the style of the Stakeholder Circle.

    Stakeholders go clockwise from twelve o'clock by rank. Each segment shows the
    three components of the priority index: its arc width grows with power, its
    radial depth with urgency, and its colour darkens with proximity. Segments
    are numbered in rank order (stakeholders sharing a rank in map order), and
    a numbered legend beside the ring gives the names and index values.

    Parameters
    ----------
    data
        A :class:`~stakeholder_map.StakeholderMap` (ranked with
        :func:`~stakeholder_map.analysis.priority`) or the DataFrame that
        function returns.
    ax
        The Axes to draw on; None uses ``plt.gca()``.
    top
        How many ranks to show (ties at the cut are all shown).
    weights
        Passed to :func:`~stakeholder_map.analysis.priority` for a map.
    lang
        Language of the legend and caption, ``"en"`` or ``"nl"``; None follows
        the map's language (English for a DataFrame).
    label
        Column with the names for the legend (``"short_name"`` falls back to
        ``"name"``).
    label_kws
        Passed to :func:`~stakeholder_map.plotting.place_labels` (the ranks).
    legend
        Add the numbered legend and the proximity colours beside the Axes.
    **kwargs
        Passed to every :class:`~matplotlib.patches.Wedge`, e.g.
        ``edgecolor="black"``.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on. Segments have the gid ``priority:<stakeholder_id>``.

    Raises
    ------
    ValueError
        When ``top`` is below 1 or ``label`` is not a column of the data.

    See Also
    --------
    stakeholder_map.analysis.priority : The index and ranks behind the ring.

    Notes
    -----
    Bourne's Stakeholder Circle draws each stakeholder as a segment whose size
    and depth show influence and impact. This ring borrows that picture for the
    library's own index (see :func:`~stakeholder_map.analysis.priority`); it is
    not Bourne's tool.

    References
    ----------
    .. [1] Bourne, L., & Walker, D. H. T. (2005). Visualising and mapping
       stakeholder influence. *Management Decision*, 43(5), 649-660.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_priority(smap, top=8)
    """
    lang = resolve_lang(lang, data)
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        msg = f"`top` must be a whole number >= 1, but {top!r} was passed."
        raise ValueError(msg)
    df = frame(
        data,
        priority,
        ("power_scaled", "proximity_scaled", "urgency_scaled", "priority", "rank"),
        weights=weights,
    )
    df = df[df["rank"] <= top].sort_values("rank", kind="stable")
    names = label_texts(df, label)
    ax = get_ax(ax)
    ax.set_aspect("equal", adjustable="box")
    ax.set_axis_off()
    outer = _INNER + _DEPTH[1]
    bounds = (-outer * 1.08, outer * 1.08, -outer * 1.08, outer * 1.08)
    ax.set_xlim(*bounds[:2])
    ax.set_ylim(*bounds[2:])
    ax.text(
        0,
        0,
        f"{i18n_label('priority', lang)}\n{i18n_text('top_n', lang, n=top)}",
        ha="center",
        va="center",
        fontsize="large",
        fontweight="bold",
        color=INK,
        gid="priority:centre",
    )
    ax.text(
        0.5,
        0.0,
        i18n_text("ring_caption", lang),
        transform=ax.transAxes,
        ha="center",
        va="bottom",
        fontsize="small",
        color=MUTED,
        gid="priority:caption",
    )
    if df.empty:
        return ax

    shares = _MIN_ARC + df["power_scaled"].to_numpy(dtype=float)
    spans = 360.0 * shares / shares.sum()
    starts = 90.0 - np.concatenate([[0.0], np.cumsum(spans)[:-1]])
    depth = _DEPTH[0] + (_DEPTH[1] - _DEPTH[0]) * df["urgency_scaled"].to_numpy(
        dtype=float
    )
    colors = [_proximity_color(p) for p in df["proximity_scaled"]]
    # Segments are numbered in rank order; stakeholders that share a rank
    # (equal index) get consecutive numbers, in map order.
    ranks = [str(k) for k in range(1, len(df) + 1)]
    centres = []
    for sid, start, span, d, color in zip(
        df.index, starts, spans, depth, colors, strict=True
    ):
        props: dict[str, Any] = {
            "facecolor": color,
            "edgecolor": "#ffffff",
            "linewidth": 1.5,
            "gid": f"priority:{sid}",
        }
        props.update(kwargs)
        # Clockwise from twelve o'clock: the segment runs from start - span to start.
        ax.add_patch(Wedge((0, 0), _INNER + d, start - span, start, width=d, **props))
        mid = math.radians(start - span / 2)
        r = _INNER + d / 2
        centres.append((r * math.cos(mid), r * math.sin(mid)))

    if legend:
        entries = [
            Patch(
                facecolor="none",
                edgecolor="none",
                label=i18n_text(
                    "priority_entry", lang, rank=rank, name=name, value=value
                ),
            )
            for rank, name, value in zip(ranks, names, df["priority"], strict=True)
        ]
        first = ax.legend(
            handles=entries,
            title=i18n_label("priority", lang),
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
            handlelength=0,
            handletextpad=0,
            alignment="left",
        )
        ax.add_artist(first)
        # add_artist clips to the Axes, which hides the legend from the layout.
        first.set_clip_on(False)
        lo, hi = df.attrs.get("scale", (1.0, 5.0))
        steps = np.linspace(lo, hi, len(PROXIMITY_COLORS))
        swatches = [
            Patch(facecolor=c, edgecolor="#ffffff", label=fmt_number(float(v), lang))
            for c, v in zip(PROXIMITY_COLORS, steps, strict=True)
        ]
        ax.legend(
            handles=swatches[::-1],
            title=i18n_label("proximity", lang),
            loc="lower left",
            bbox_to_anchor=(1.0, 0.0),
            alignment="left",
        )
    # Ranks centred in their segments: the placer puts a label right of its
    # anchor, so the anchor sits half a number's width (and the gap) to the left.
    canvas = Canvas.fit(ax, bounds)
    place_kws: dict[str, Any] = {
        "fontsize": "medium",
        "max_distance": 0.0,
        "key": False,
    }
    place_kws.update(label_kws or {})
    from matplotlib.font_manager import FontProperties

    font_pt = FontProperties(size=place_kws["fontsize"]).get_size_in_points()
    anchors = []
    for (cx, cy), number in zip(centres, ranks, strict=True):
        w = canvas.text_size(number, fontsize=font_pt, fontweight="bold")[0]
        anchors.append((cx - w / 2 - canvas.points(0.3 * font_pt + 0.75), cy))
    xy = np.asarray(anchors)
    text_kws = {"fontweight": "bold", "color": "#ffffff", "path_effects": []}
    text_kws.update(place_kws.pop("text_kws", {}) or {})
    dark = [c in PROXIMITY_COLORS[2:] for c in colors]
    placement = place_labels(
        ax, xy[:, 0], xy[:, 1], ranks, sizes=0.25, text_kws=text_kws, **place_kws
    )
    for artist, is_dark in zip(placement.texts, dark, strict=True):
        artist.set_color("#ffffff" if is_dark else INK)

    decimal_commas(ax, lang)
    return ax
