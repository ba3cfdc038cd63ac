"""The information-flow plot: rings by number of steps from the source.

The numbers come from :func:`stakeholder_map.analysis.information_flow`.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyArrowPatch

from stakeholder_map.analysis import _engine
from stakeholder_map.analysis.flow import _FLOW_KINDS, information_flow
from stakeholder_map.i18n import label as _t
from stakeholder_map.i18n import text
from stakeholder_map.plotting._caller import warns_at_caller
from stakeholder_map.plotting._netparts import display_names, finish_legend, lang_of
from stakeholder_map.plotting._numbers import stakeholder_numbers
from stakeholder_map.plotting.labels import place_labels

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from stakeholder_map.models import StakeholderMap

__all__ = ["FLOW_COLORS", "plot_information_flow"]

#: Colours of the information-flow plot (Okabe & Ito).
FLOW_COLORS: Mapping[str, str] = {
    "source": "#1a1a1a",
    "one_path": "#E69F00",
    "several_paths": "#0072B2",
    "unreached": "#d9d9d9",
    "spof": "#D55E00",
}


def _ring_radii(df: pd.DataFrame) -> list[float]:
    """Radius of each ring (index = steps; the last one holds the unreached).

    Rings are one unit apart, and wider where many stakeholders share one, so
    that neighbours on a ring keep about ``_SPACING`` apart.
    """
    steps = df["steps"]
    reached = df["reached"].to_numpy(dtype=bool)
    max_step = int(steps.max()) if reached.any() else 0
    counts = [int((steps == k).sum()) for k in range(1, max_step + 1)]
    counts.append(int((~reached).sum()))
    radii = [0.0]
    for count in counts:
        radii.append(max(radii[-1] + 1.0, count * _SPACING / (2 * math.pi)))
    return radii


#: Distance (in ring units) kept between neighbours on a ring.
_SPACING = 0.42
#: Angle left free at the top of each ring for its caption (radians, ring 1).
_CAPTION_GAP = 0.5


def _ring_positions(
    df: pd.DataFrame, radii: list[float]
) -> dict[Hashable, tuple[float, float]]:
    """Place stakeholders on rings by steps, each near the one who told them."""
    steps = df["steps"]
    reached = df["reached"].to_numpy(dtype=bool)
    max_step = len(radii) - 2
    angle: dict[Hashable, float] = {}
    radius: dict[Hashable, float] = {}
    order = {node: pos for pos, node in enumerate(df.index)}
    sources = [i for i in df.index if reached[order[i]] and steps[i] == 0]
    for k, node in enumerate(sources):
        angle[node] = math.pi / 2 - 2 * math.pi * (k + 0.5) / max(len(sources), 1)
        radius[node] = 0.0 if len(sources) == 1 else 0.35

    def spread(members: list[Hashable], r: float) -> None:
        gap = _CAPTION_GAP / max(r, 1.0)
        span = 2 * math.pi - gap
        for k, node in enumerate(members):
            angle[node] = math.pi / 2 - gap / 2 - span * (k + 0.5) / len(members)
            radius[node] = r

    for ring in range(1, max_step + 1):
        members = [i for i in df.index if reached[order[i]] and steps[i] == ring]
        # clockwise from the top, as spread() places them: near their teller
        members.sort(
            key=lambda i: (
                (math.pi / 2 - angle.get(df.at[i, "via"], math.pi / 2)) % (2 * math.pi),
                order[i],
            )
        )
        spread(members, radii[ring])
    spread([i for i in df.index if not reached[order[i]]], radii[-1])
    return {
        n: (radius[n] * math.cos(angle[n]), radius[n] * math.sin(angle[n]))
        for n in df.index
    }


@warns_at_caller
def plot_information_flow(
    data: StakeholderMap | nx.Graph | pd.DataFrame,
    *,
    source: Hashable | Iterable[Hashable] | None = None,
    ax: Axes | None = None,
    kinds: Iterable[str] | str | None = _FLOW_KINDS,
    channels: Iterable[str] | str | None = None,
    max_steps: int | None = None,
    label: str | None = "short_name",
    lang: str | None = None,
    legend: bool = True,
    label_kws: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw how information spreads from a source, ring by ring.

    The source sits in the centre; everyone reached in one step is on the first
    ring, in two steps on the second, and so on, each near the one who told them
    (an arrow). Those reached by only one independent path are orange, those
    with several blue; those not reached wait on a grey outer ring. A red ring
    marks a single point of failure: a carrier without whom others are cut off
    (bigger for more).

    Parameters
    ----------
    data
        A stakeholder map or a networkx graph (``source`` is then required), or
        the DataFrame returned by
        :func:`~stakeholder_map.analysis.information_flow`.
    source
        Id(s) of the source, for a map or a graph.
    ax
        The Axes to draw on; None uses ``plt.gca()``.
    kinds
        Relations that carry information, as for ``information_flow``.
    channels
        Channels to follow; None follows all.
    max_steps
        Step limit, as for ``information_flow``.
    label
        Stakeholder field used as label (``"short_name"`` falls back to the
        name); None draws no labels.
    lang
        Language of the texts, ``"en"`` or ``"nl"``; default the map's language.
    legend
        Draw the legend beside the Axes.
    label_kws
        Keywords for :func:`~stakeholder_map.plotting.place_labels`.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.scatter` (the stakeholders).

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on.

    See Also
    --------
    stakeholder_map.analysis.information_flow : The numbers drawn.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_information_flow(smap, source="huis_van_het_kind")
    """
    G: nx.Graph | None
    if isinstance(data, pd.DataFrame):
        df = data
        G = None
        lang = lang_of(None, lang)
    else:
        if source is None:
            msg = "`source` is required when `data` is a map or a graph."
            raise ValueError(msg)
        df = information_flow(
            data, source=source, kinds=kinds, channels=channels, max_steps=max_steps
        )
        G = _engine.as_graph(data)
        lang = lang_of(data, lang)
    needed = {"steps", "reached", "via", "independent_paths", "cuts_off"}
    if not needed <= set(df.columns):
        msg = (
            "`data` must be a map, a graph or a frame from `information_flow`, but "
            f"the frame lacks {sorted(needed - set(df.columns))}."
        )
        raise ValueError(msg)
    if ax is None:
        import matplotlib.pyplot as plt

        ax = plt.gca()
    radii = _ring_radii(df)
    pos = _ring_positions(df, radii)
    nodes = list(df.index)
    xy = np.array([pos[n] for n in nodes], dtype=float).reshape(len(nodes), 2)
    reached = df["reached"].to_numpy(dtype=bool)
    steps = df["steps"]
    max_step = int(steps.max()) if reached.any() else 0

    for ring in range(1, max_step + 2):
        unreached_ring = ring == max_step + 1
        if unreached_ring and reached.all():
            continue
        r = radii[ring]
        ax.add_patch(
            Circle(
                (0, 0),
                r,
                fill=False,
                linestyle=":" if unreached_ring else "-",
                edgecolor="#c8c8c8",
                linewidth=1.0,
                zorder=0,
            )
        )
        if unreached_ring:
            caption = _t("flow_unreached", lang)
        elif ring == 1:
            caption = text("flow_step_one", lang)
        else:
            caption = text("flow_steps", lang, n=ring)
        ax.text(
            0,
            r,
            caption,
            ha="center",
            va="center",
            color="#6b6b6b",
            fontsize="small",
            zorder=0.5,
            bbox={
                "boxstyle": "round,pad=0.2",
                "facecolor": "white",
                "edgecolor": "none",
            },
        )

    cuts = df["cuts_off"].to_numpy(dtype=float)
    sizes = 160 + 140 * np.sqrt(cuts)
    is_source = (steps == 0).fillna(False).to_numpy(dtype=bool)
    sizes[is_source] = 420
    paths = df["independent_paths"]
    colors = []
    for i, node in enumerate(nodes):
        if is_source[i]:
            colors.append(FLOW_COLORS["source"])
        elif not reached[i]:
            colors.append(FLOW_COLORS["unreached"])
        elif pd.notna(paths[node]) and paths[node] == 1:
            colors.append(FLOW_COLORS["one_path"])
        else:
            colors.append(FLOW_COLORS["several_paths"])
    spof = df.get("single_point_of_failure", cuts > 0)
    spof_arr = np.asarray(spof, dtype=bool) & ~is_source
    edge = [FLOW_COLORS["spof"] if s else "white" for s in spof_arr]
    widths = [3.0 if s else 1.0 for s in spof_arr]

    index = {n: i for i, n in enumerate(nodes)}
    arrows: list[FancyArrowPatch] = []
    for node in nodes:
        parent = df.loc[node, "via"]
        if parent is None or (isinstance(parent, float) and math.isnan(parent)):
            continue
        if parent not in index:
            continue
        i, j = index[parent], index[node]
        arrow = FancyArrowPatch(
            tuple(xy[i]),
            tuple(xy[j]),
            arrowstyle="-|>",
            mutation_scale=13,
            shrinkA=math.sqrt(sizes[i]) / 2 + 2,
            shrinkB=math.sqrt(sizes[j]) / 2 + 3,
            color="#7f7f7f",
            linewidth=1.3,
            zorder=1.5,
        )
        ax.add_patch(arrow)
        arrows.append(arrow)
    props: dict[str, Any] = {
        "s": sizes,
        "c": colors,
        "edgecolors": edge,
        "linewidths": widths,
        "zorder": 3,
    }
    props.update(kwargs)
    ax.scatter(xy[:, 0], xy[:, 1], **props)
    lim = (radii[-1] if not reached.all() else radii[-2]) + 0.35
    ax.set_xlim(-lim, lim)
    ax.set_ylim(-lim, lim)
    ax.set_aspect("equal")
    ax.set_axis_off()
    if legend:

        def dot(face: str, edge_color: str = "white", width: float = 1.0) -> Line2D:
            return Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=11,
                markerfacecolor=face,
                markeredgecolor=edge_color,
                markeredgewidth=width,
            )

        entries = [
            (dot(FLOW_COLORS["source"]), _t("flow_source", lang)),
            (dot(FLOW_COLORS["several_paths"]), _t("flow_several_paths", lang)),
            (dot(FLOW_COLORS["one_path"]), _t("flow_one_path", lang)),
        ]
        if not reached.all():
            entries.append((dot(FLOW_COLORS["unreached"]), _t("flow_unreached", lang)))
        entries.append((dot("white", FLOW_COLORS["spof"], 3.0), _t("flow_spof", lang)))
        finish_legend(ax, [(_t("flow_legend", lang), entries)])
    if label is not None and nodes:
        if G is not None:
            names = display_names(G, nodes, label)
        elif label in df.columns:
            names = df[label].astype(str).tolist()
        else:
            names = (
                df["name"].astype(str).tolist()
                if "name" in df
                else [str(n) for n in nodes]
            )
        lp: dict[str, Any] = {
            "sizes": sizes,
            "priority": sizes,
            "key_title": _t("other_labels", lang),
            # A numbered name shows its place in the map, as in every figure.
            "numbers": stakeholder_numbers(data, nodes),
        }
        lp.update(label_kws or {})
        # No arrow may run through a label (its own node's arrows included):
        # the arrows are obstacles along their drawn path.
        lp["avoid"] = [*arrows, *lp.get("avoid", ())]
        place_labels(ax, xy[:, 0], xy[:, 1], names, **lp)
    return ax
