"""Small multiples of several maps: one power/interest grid per House, side by side.

:func:`plot_compare_many` draws each map of a
:class:`~stakeholder_map.analysis.MapComparison` on its own grid, with the same
colour for a category in every panel, and names the stakeholders that only one
House has.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from matplotlib.lines import Line2D

from stakeholder_map.analysis._common import Threshold, check_choice
from stakeholder_map.analysis.compare import MapComparison, compare_many
from stakeholder_map.i18n import MESSAGE_LANGUAGES
from stakeholder_map.i18n import label as tr
from stakeholder_map.models import StakeholderMap
from stakeholder_map.plotting._caller import warns_at_caller
from stakeholder_map.plotting.grid import PowerInterestGrid
from stakeholder_map.plotting.labels import place_labels
from stakeholder_map.plotting.themes import CATEGORICAL_PALETTE

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["plot_compare_many"]

_EDGE = "#333333"
_OTHER_COLOR = "#bbbbbb"


@warns_at_caller
def plot_compare_many(
    data: MapComparison | Mapping[str, StakeholderMap],
    *,
    by: str = "category",
    threshold: Threshold = "midpoint",
    label: Literal["unique", "all"] | None = "unique",
    max_groups: int = 7,
    ncols: int | None = None,
    figsize: tuple[float, float] | None = None,
    lang: str | None = None,
    labels: str | None = None,
    label_kws: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> Figure:
    """Draw one power/interest grid per map, side by side (small multiples).

    Every panel is a :class:`~stakeholder_map.plotting.PowerInterestGrid` with the
    map's stakeholders coloured by group (``by``, the category by default), with
    the same colour for a group in every panel; the ``max_groups`` most frequent
    groups get a colour, the rest are grey ("other"). By default only the
    stakeholders that one map has and the others lack are named (by their short
    name where they have one), so each panel shows what is special about that
    House.

    Parameters
    ----------
    data
        A :class:`~stakeholder_map.analysis.MapComparison` or a dict of named
        maps (compared with :func:`~stakeholder_map.compare_many`).
    by
        The grouping field when ``data`` is a dict of maps.
    threshold
        Grid threshold when ``data`` is a dict of maps.
    label
        ``"unique"`` (default: name the stakeholders found in one map only),
        ``"all"`` or None.
    max_groups
        How many groups get their own colour.
    ncols
        Panels per row; default up to 3.
    figsize
        Figure size in inches; default 4.8 x 4.6 per panel plus room for the
        legend.
    lang
        Language of titles and legend, ``"en"`` or ``"nl"``; None follows the
        first map's language when maps are given, else English.
    labels
        Quadrant label set; None follows ``lang``.
    label_kws
        Passed to :func:`~stakeholder_map.plotting.place_labels` in every panel.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.scatter` in every panel.

    Returns
    -------
    matplotlib.figure.Figure
        A new figure with one Axes per map (titled with the map's name) and a
        shared legend of the groups.

    Raises
    ------
    ValueError
        When ``label`` or ``lang`` is unknown or ``max_groups`` is below 1.

    See Also
    --------
    stakeholder_map.compare_many : The tables behind the plot.

    Notes
    -----
    Each panel uses the thresholds of its own map; scores of maps on other scales
    are shown on the first map's scale (see
    :func:`~stakeholder_map.compare_many`).

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> other = skm.load_example("community_centre")
    >>> fig = skm.plotting.plot_compare_many({"Vlasbeke": smap, "Riverside": other})
    >>> len(fig.axes)
    2
    """
    import matplotlib.pyplot as plt
    import pandas as pd

    if label is not None:
        check_choice("label", label, ("unique", "all"))
    if max_groups < 1:
        msg = f"`max_groups` must be at least 1, but {max_groups!r} was passed."
        raise ValueError(msg)
    if lang is None:
        lang = "en"
        if isinstance(data, Mapping) and data:
            lang = next(iter(data.values())).language.value
    check_choice("lang", lang, MESSAGE_LANGUAGES)
    cmp = (
        data
        if isinstance(data, MapComparison)
        else compare_many(data, by=by, threshold=threshold)
    )
    pos = cmp.positions.reset_index()
    placed = pos.dropna(subset=["power", "interest"])
    counts = placed["group"].value_counts(sort=False)
    ranked = sorted(counts.index, key=lambda g: (-counts[g], str(g)))
    colored = [g for g in ranked if g != "-"][:max_groups]
    colors = {
        g: CATEGORICAL_PALETTE[i % len(CATEGORICAL_PALETTE)]
        for i, g in enumerate(colored)
    }
    n = len(cmp.maps)
    cols = ncols or min(n, 3)
    rows = math.ceil(n / cols)
    size = figsize or (4.8 * cols + 2.6, 4.6 * rows + 0.6)
    fig, axes = plt.subplots(
        rows, cols, figsize=size, squeeze=False, layout="constrained"
    )
    unique = set(cmp.unique.index) if label == "unique" else set()
    titles = PowerInterestGrid(labels=labels or lang, lang=lang).quadrant_titles
    for k, name in enumerate(cmp.maps):
        ax = axes[k // cols][k % cols]
        sub = placed.loc[placed["map"] == name]
        cuts = cmp.thresholds.get(name)
        grid = PowerInterestGrid(
            cmp.scale,
            thresholds=(cuts["power"], cuts["interest"]) if cuts else None,
            # Small panels: quadrant titles on two lines, so the top two fit.
            labels={
                k: textwrap.fill(v, 12, break_long_words=False)
                for k, v in titles.items()
            },
            lang=lang,
            margin=0.25,
        )
        grid.draw(ax, quadrant_kws={"title_kws": {"fontsize": "small"}})
        ax.set_title(str(name))
        frame = pd.DataFrame(
            {
                "power": sub["power"].to_numpy(float),
                "interest": sub["interest"].to_numpy(float),
            }
        )
        xy = grid.positions(frame) if len(frame) else np.empty((0, 2))
        props: dict[str, Any] = {
            "c": [colors.get(g, _OTHER_COLOR) for g in sub["group"]],
            "edgecolors": _EDGE,
            "linewidths": 0.8,
            "zorder": 3,
        }
        props.update(kwargs)
        markers = ax.scatter(xy[:, 0], xy[:, 1], **props)
        if label is None or not len(sub):
            continue
        keys = sub["key"].to_numpy()
        wanted = (
            np.ones(len(sub), dtype=bool)
            if label == "all"
            else np.array([key in unique for key in keys], dtype=bool)
        )
        if not wanted.any():
            continue
        kws: dict[str, Any] = {
            "key_title": tr("other_labels", lang),
            "avoid": grid.titles(ax),
            "sizes": markers.get_sizes(),
            "fontsize": "small",
            "wrap": 14,
        }
        kws.update(label_kws or {})
        if np.ndim(kws["sizes"]) and len(kws["sizes"]) == len(sub):
            kws["sizes"] = np.asarray(kws["sizes"])[wanted]
        idx = np.flatnonzero(wanted)
        place_labels(
            ax,
            xy[idx, 0],
            xy[idx, 1],
            [
                str(short) if isinstance(short, str) and short else str(full)
                for short, full in zip(
                    sub["short_name"].to_numpy()[idx],
                    sub["name"].to_numpy()[idx],
                    strict=True,
                )
            ],
            **kws,
        )
    for k in range(n, rows * cols):
        axes[k // cols][k % cols].set_visible(False)
    handles = [
        Line2D(
            [],
            [],
            linestyle="",
            marker="o",
            markersize=8,
            markerfacecolor=colors[g],
            markeredgecolor=_EDGE,
        )
        for g in colored
    ]
    texts = [tr(str(g), lang) for g in colored]
    if len(colored) < len([g for g in ranked if g != "-"]) or "-" in ranked:
        handles.append(
            Line2D(
                [],
                [],
                linestyle="",
                marker="o",
                markersize=8,
                markerfacecolor=_OTHER_COLOR,
                markeredgecolor=_EDGE,
            )
        )
        texts.append(tr("other", lang))
    fig.legend(handles, texts, title=tr(cmp.by, lang), loc="outside right upper")
    return fig
