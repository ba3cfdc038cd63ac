"""Helpers shared by the stakeholder-view plots: language, Axes, frames, colours."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from stakeholder_map.analysis._common import check_choice
from stakeholder_map.analysis._views import (
    add_map_columns,
    forward_warnings,
    own_columns,
)
from stakeholder_map.i18n import MESSAGE_LANGUAGES
from stakeholder_map.i18n import label as i18n_label
from stakeholder_map.models import StakeholderMap
from stakeholder_map.plotting.grid import _attitude_band, _side, _spread_groups
from stakeholder_map.plotting.grid import _label_texts as label_texts
from stakeholder_map.plotting.grid import _mix as mix
from stakeholder_map.plotting.labels import place_labels
from stakeholder_map.plotting.themes import ATTITUDE_PALETTE

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = [
    "attitude_colors",
    "dodge",
    "frame",
    "get_ax",
    "label_texts",
    "markers_with_labels",
    "mix",
    "resolve_lang",
]

#: Dark text colour used for titles drawn on the plots.
INK = "#333333"
#: Colour of secondary texts (class names, notes).
MUTED = "#666666"


def resolve_lang(lang: str | None, data: object) -> str:
    """Return ``lang``, or the map's language, or English; check it."""
    if lang is None:
        lang = data.language.value if isinstance(data, StakeholderMap) else "en"
    check_choice("lang", lang, MESSAGE_LANGUAGES)
    return lang


def get_ax(ax: Axes | None) -> Axes:
    """Return ``ax``, or the current Axes of pyplot."""
    if ax is None:
        import matplotlib.pyplot as plt

        return plt.gca()
    return ax


def frame(
    data: StakeholderMap | pd.DataFrame,
    analysis: Callable[..., pd.DataFrame],
    required: Sequence[str],
    /,
    **kwargs: Any,
) -> pd.DataFrame:
    """Run ``analysis`` on a map, or check a DataFrame that came out of it.

    A map's frame gets the ``short_name``, ``name``, ``category`` and
    ``parent`` columns and one column per own attribute of the stakeholders
    (``Regio``) where it does not have them, so plots can label (and colour) by
    any of them. Warnings of the analysis are re-issued at the caller's caller
    (the user).
    """
    import pandas as pd

    if isinstance(data, StakeholderMap):
        df = forward_warnings(analysis, data, **kwargs)
        attrs = df.attrs
        names = ["short_name", "name", "category", "parent"]
        df = add_map_columns(df, data, [*names, *own_columns(data.stakeholders)])
        df.attrs = attrs
        return df
    if not isinstance(data, pd.DataFrame):
        msg = (
            "`data` must be a StakeholderMap or the DataFrame of "
            f"skm.analysis.{analysis.__name__}, but {type(data).__name__} was passed."
        )
        raise TypeError(msg)
    missing = [c for c in required if c not in data.columns]
    if missing:
        msg = (
            f"`data` must have the columns {list(required)} of "
            f"skm.analysis.{analysis.__name__}, but {missing} are missing. "
            f"Available: {list(data.columns)}."
        )
        raise ValueError(msg)
    return data


def dodge(
    x: np.ndarray,
    y: np.ndarray,
    *,
    rx: float,
    ry: float,
    floor: Callable[[float, float], bool] | None = None,
    wall: Callable[[float, float], bool] | None = None,
    narrow: Callable[[float, float], bool] | None = None,
    xbounds: Callable[[float], tuple[float, float]] | None = None,
    ybounds: tuple[float, float] | None = None,
) -> np.ndarray:
    """Spread points with identical coordinates on small rings around them.

    Parameters
    ----------
    x, y
        The coordinates.
    rx, ry
        Ring radius in x and y data units.
    floor
        True for a point that sits on a horizontal threshold line: it moves a
        little upwards and its group spreads only upwards, so no point sits on
        the line or crosses to the low side.
    wall
        True for a point on a vertical threshold line: the same, to the right
        (the high side).
    narrow
        True for a point in a narrow band: its group spreads mostly vertically.
    xbounds
        The ends of the scale (or panel) at an x value: a group at an end
        spreads only inwards.
    ybounds
        The ends of the y scale, likewise.

    Returns
    -------
    numpy.ndarray
        Shape ``(n, 2)``, the spread positions.
    """
    xy = np.column_stack([np.asarray(x, dtype=float), np.asarray(y, dtype=float)])
    inf = (-np.inf, np.inf)

    def on_cut(xv: float, yv: float) -> tuple[bool, bool]:
        return (
            wall is not None and wall(xv, yv),
            floor is not None and floor(xv, yv),
        )

    def side(xv: float, yv: float) -> tuple[int, int]:
        cut_x, cut_y = on_cut(xv, yv)
        xb = xbounds(xv) if xbounds is not None else inf
        return _side(xv, xb, cut_x), _side(yv, ybounds or inf, cut_y)

    return _spread_groups(xy, rx=rx, ry=ry, side=side, on_cut=on_cut, narrow=narrow)


def attitude_colors(attitude: Iterable[float]) -> list[str]:
    """Return the attitude palette's colour of each attitude (rounded to a band)."""
    return [ATTITUDE_PALETTE[_attitude_band(float(a)) or 0] for a in attitude]


def markers_with_labels(
    ax: Axes,
    xy: np.ndarray,
    *,
    colors: Sequence[Any],
    gid: str,
    texts: Sequence[str] | None,
    priority: np.ndarray,
    avoid: Sequence[Any],
    lang: str,
    label_kws: Mapping[str, Any] | None,
    scatter_kws: Mapping[str, Any],
    numbers: Sequence[int] | None = None,
) -> None:
    """Draw one marker per stakeholder and place the names next to them.

    The markers take ``scatter_kws`` last (the plot's ``**kwargs``); the names go
    through :func:`~stakeholder_map.plotting.place_labels`, clear of ``avoid``;
    a numbered name shows its number of ``numbers`` (the stakeholder's place in
    the map).
    """
    props: dict[str, Any] = {
        "c": list(colors),
        "edgecolors": INK,
        "linewidths": 0.8,
        "zorder": 3,
        "gid": gid,
    }
    props.update(scatter_kws)
    markers = ax.scatter(xy[:, 0], xy[:, 1], **props)
    if texts is None:
        return
    place_kws: dict[str, Any] = {"key_title": i18n_label("other_labels", lang)}
    if numbers is not None:
        place_kws["numbers"] = list(numbers)
    place_kws.update(label_kws or {})
    place_labels(
        ax,
        xy[:, 0],
        xy[:, 1],
        list(texts),
        sizes=markers.get_sizes(),
        priority=priority,
        avoid=[*avoid, *place_kws.pop("avoid", ())],
        **place_kws,
    )
