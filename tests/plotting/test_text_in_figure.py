"""Every text a view draws stays on the figure: titles, axis labels, legends, names.

A slide shows the figure as saved; a text cut off at the figure's edge (an axis
label longer than its axis) cannot be read there.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import matplotlib.pyplot as plt
import pytest
from matplotlib.text import Text

import stakeholder_map as skm
from stakeholder_map.plotting import theme
from stakeholder_map.plotting.flow import plot_information_flow
from stakeholder_map.plotting.network import plot_influence_gap, plot_network
from stakeholder_map.plotting.overview import VIEWS


def _flow(smap: skm.StakeholderMap, *, ax: Any, lang: str) -> Any:
    return plot_information_flow(smap, source="huis_van_het_kind", ax=ax, lang=lang)


_ALL: dict[str, Callable[..., Any]] = {
    **VIEWS,
    "network": plot_network,
    "influence_gap": plot_influence_gap,
    "information_flow": _flow,
}


def _texts_off_the_figure(fig: Any) -> list[tuple[str, float]]:
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ticks: set[int] = set()  # tick labels outside the view are never drawn
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                ticks |= {id(tick.label1), id(tick.label2)}
    frame = fig.bbox
    out = []
    for text in fig.findobj(Text):
        if not text.get_visible() or not text.get_text().strip() or id(text) in ticks:
            continue
        box = text.get_window_extent(renderer)
        over = max(
            frame.x0 - box.x0, box.x1 - frame.x1, frame.y0 - box.y0, box.y1 - frame.y1
        )
        if over > 1.0:  # pixels
            out.append((text.get_text(), float(over)))
    return out


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("view", list(_ALL))
def test_every_text_of_a_slide_view_is_on_the_figure(
    example_map: skm.StakeholderMap, view: str, lang: str
) -> None:
    with theme("slides"), warnings.catch_warnings():
        warnings.simplefilter("ignore", skm.exceptions.StakeholderMapWarning)
        fig = plt.figure()
        try:
            ax = fig.add_subplot()
            ax.set_title(skm.i18n.label(f"view_{view}", lang), loc="left")
            _ALL[view](example_map, ax=ax, lang=lang)
            assert _texts_off_the_figure(fig) == []
        finally:
            plt.close(fig)
