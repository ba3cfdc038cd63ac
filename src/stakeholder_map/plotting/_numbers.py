"""Numbers in figures: decimal commas in Dutch, and the numbers of numbered labels.

Dutch (and French) readers write a decimal comma (``0,5``, not ``0.5``); the
catalogs' ``decimal_separator`` says which languages do. A stakeholder whose
name is replaced by a number carries the same number in every figure of a map:
its place in the map.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from matplotlib.ticker import (
    FixedFormatter,
    FormatStrFormatter,
    Formatter,
    FuncFormatter,
    ScalarFormatter,
    StrMethodFormatter,
)

from stakeholder_map.i18n import text

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: Formatters whose labels are numbers; others (dates, categories) stay as they are.
_NUMERIC = (ScalarFormatter, FuncFormatter, FormatStrFormatter, StrMethodFormatter)


def number(value: float, lang: str, spec: str = "g") -> str:
    """Format a number in the language's way: ``number(0.5, "nl") == "0,5"``."""
    out = format(value, spec)
    return out.replace(".", ",") if comma_language(lang) else out


def comma_language(lang: str) -> bool:
    """Return whether ``lang`` writes a decimal comma (its catalog says so)."""
    return text("decimal_separator", lang) == ","


class _Comma(Formatter):
    """Wrap a numeric formatter and write its decimal points as commas."""

    def __init__(self, inner: Formatter) -> None:
        self.inner = inner

    def set_axis(self, axis: Any) -> None:
        super().set_axis(axis)
        self.inner.set_axis(axis)

    def set_locs(self, locs: Any) -> None:
        self.inner.set_locs(locs)

    def __call__(self, x: float, pos: int | None = None) -> str:
        return str(self.inner(x, pos)).replace(".", ",")

    def format_data_short(self, value: float) -> str:
        return str(self.inner.format_data_short(value)).replace(".", ",")

    def get_offset(self) -> str:
        return str(self.inner.get_offset()).replace(".", ",")


def decimal_commas(ax: Axes, lang: str) -> None:
    """Give a Dutch figure decimal commas on its numeric axes.

    Tick labels of numeric axes (and fixed tick labels that are numbers) are
    written with a comma; categorical and date axes are left alone.
    """
    if not comma_language(lang):
        return
    for axis in (ax.xaxis, ax.yaxis):
        fmt = axis.get_major_formatter()
        if isinstance(fmt, _Comma):
            continue
        if isinstance(fmt, _NUMERIC):
            axis.set_major_formatter(_Comma(fmt))
        elif isinstance(fmt, FixedFormatter):
            seq = [str(s) for s in fmt.seq]
            if all(_is_number(s) for s in seq if s):
                axis.set_major_formatter(
                    FixedFormatter([s.replace(".", ",") for s in seq])
                )


def stakeholder_numbers(data: object, ids: Iterable[object]) -> list[int]:
    """Return the number each stakeholder of ``ids`` shows as a numbered label.

    The number is the stakeholder's place in ``data``, counted from 1: in
    ``smap.stakeholders`` for a map, in the rows of a DataFrame (all of them,
    before a plot leaves any out), in the nodes of a graph (``to_graph`` keeps
    the map's order). So a stakeholder has one number in the grid, the salience
    diagram, the onion, the network and the deck, whichever of them number it.
    An id that ``data`` does not hold gets a number after all of them.
    """
    from stakeholder_map.models import StakeholderMap

    order: list[object]
    if isinstance(data, StakeholderMap):
        order = [s.id for s in data.stakeholders]
    elif hasattr(data, "index") and hasattr(data, "columns"):  # a DataFrame
        order = list(data.index)
    elif hasattr(data, "nodes"):  # a networkx graph
        order = list(data.nodes)
    else:
        order = []
    place: dict[object, int] = {}
    for k, key in enumerate(order, start=1):
        place.setdefault(key, k)
    out: list[int] = []
    extra = len(order)
    for key in ids:
        number = place.get(key)
        if number is None:
            extra += 1
            number = place[key] = extra
        out.append(number)
    return out


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
