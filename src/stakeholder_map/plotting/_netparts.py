"""Helpers shared by the network plots (network, information flow, interactive).

They live below those modules so that each can import them without importing the
others: the language of a map or graph, the names shown for nodes and the legend
with a heading per section.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any

import matplotlib as mpl
import networkx as nx
import numpy as np
from matplotlib.font_manager import FontProperties
from matplotlib.legend import Legend
from matplotlib.legend_handler import HandlerLine2D
from matplotlib.lines import Line2D

from stakeholder_map.analysis._common import check_choice
from stakeholder_map.i18n import MESSAGE_LANGUAGES

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["TallMarkerHandler", "display_names", "finish_legend", "lang_of"]


def lang_of(data: Any, lang: str | None) -> str:
    """Return `lang`, or the language of a map or graph, checked."""
    if lang is None:
        value = getattr(data, "language", None)
        if value is None and isinstance(data, nx.Graph):
            value = data.graph.get("language")
        lang = str(getattr(value, "value", value) or "en")
    check_choice("lang", lang, MESSAGE_LANGUAGES)
    return lang


def display_names(G: nx.Graph, nodes: Sequence[Hashable], field: str) -> list[str]:
    """Return the nodes' names to show (`field`, else the name, else the id)."""
    out = []
    for n in nodes:
        attrs = G.nodes[n] if n in G else {}
        value = attrs.get(field)
        if value is None and field == "short_name":
            value = attrs.get("name")
        out.append(str(value if value is not None else n))
    return out


class TallMarkerHandler(HandlerLine2D):
    """Legend handler that gives a large marker a row (and width) of its own size.

    A legend row is as tall as its text; a node-size marker may be twice that and
    would reach into the rows above and below. This handler grows the entry's box
    to the marker's diameter, so the legend stacks its rows apart.
    """

    def legend_artist(
        self, legend: Legend, orig_handle: Any, fontsize: float, handlebox: Any
    ) -> Any:
        """Grow ``handlebox`` around the marker, which stays level with the text."""
        size = float(orig_handle.get_markersize()) + float(
            orig_handle.get_markeredgewidth()
        )
        # Where Line2D's handler puts the marker (its own formula), before growing.
        level = (float(handlebox.height) - float(handlebox.ydescent)) / 2
        extra = size + 2.0 - float(handlebox.height)
        if extra <= 0:
            return super().legend_artist(legend, orig_handle, fontsize, handlebox)
        # The box grows by half the extra above and half below the marker.
        handlebox.height += extra
        handlebox.ydescent = float(handlebox.height) / 2 - level
        artist = super().legend_artist(legend, orig_handle, fontsize, handlebox)
        if isinstance(artist, Line2D):
            artist.set_ydata(np.full(np.shape(artist.get_xdata()), level))
        return artist


def finish_legend(
    ax: Axes, sections: Sequence[tuple[str, list[tuple[Any, str]]]], **kws: Any
) -> Legend | None:
    """Draw one legend beside the Axes with a bold heading per section.

    Sections stay whole within a column where they fit: when the legend is taller
    than the figure, it gets more columns, broken between sections (padded with
    empty rows, as matplotlib fills columns to equal length). Markers taller than
    a text row (node sizes) get rows of their own height.
    """
    fontsize = mpl.rcParams["legend.fontsize"]
    size_pt = (
        float(fontsize)
        if isinstance(fontsize, int | float)
        else FontProperties(size=fontsize).get_size_in_points()
    )
    spacing = float(mpl.rcParams["legend.labelspacing"]) * size_pt
    row_pt = 1.2 * size_pt + spacing
    blocks: list[list[tuple[Any, str, float, bool]]] = []
    tall: dict[Any, TallMarkerHandler] = {}
    widest = 0.0
    for title, entries in sections:
        if not entries:
            continue
        heading = Line2D([], [], linestyle="none", marker="none")
        block = [(heading, title, row_pt, True)]
        for handle, name in entries:
            height = row_pt
            if isinstance(handle, Line2D) and handle.get_marker() not in (None, "none"):
                diameter = float(handle.get_markersize()) + 2.0
                widest = max(widest, diameter)
                if diameter > 1.2 * size_pt:
                    tall[handle] = TallMarkerHandler()
                    height = diameter + spacing
            block.append((handle, name, height, False))
        blocks.append(block)
    if not blocks:
        return None
    root = ax.get_figure(root=True)
    height_in = float(root.get_figheight()) if root is not None else 6.0
    capacity = height_in * 72 * 0.9
    columns: list[list[tuple[Any, str, float, bool]]] = [[]]
    used = 0.0
    for block in blocks:
        need = sum(e[2] for e in block)
        if columns[-1] and used + need > capacity:
            columns.append([])
            used = 0.0
        for entry in block:
            # A section taller than a whole column breaks where it must.
            if columns[-1] and used + entry[2] > capacity:
                columns.append([])
                used = 0.0
            columns[-1].append(entry)
            used += entry[2]
    n_rows = max(len(c) for c in columns)
    handles: list[Any] = []
    labels_: list[str] = []
    headings: list[int] = []
    for column in columns:
        padded = column + [
            (Line2D([], [], linestyle="none", marker="none"), "", 0.0, False)
        ] * (n_rows - len(column))
        for handle, name, _, is_heading in padded:
            if is_heading:
                headings.append(len(labels_))
            handles.append(handle)
            labels_.append(name)
    handlelength = max(2.2, (widest + 2.0) / size_pt)
    props: dict[str, Any] = {
        "loc": "upper left",
        "bbox_to_anchor": (1.01, 1.0),
        "borderaxespad": 0.0,
        "handlelength": handlelength,
        "ncols": len(columns),
        "columnspacing": 1.0,
        "handler_map": tall,
    }
    props.update(kws)
    leg = ax.legend(handles, labels_, **props)
    for i, t in enumerate(leg.get_texts()):
        if i in headings:
            t.set_fontweight("bold")
    return leg
