"""Themes (rcParams for notebooks, workshop slides and print) and colour palettes.

Importing this module changes no rcParams: :func:`theme` applies a theme only inside
a ``with`` block. The palettes are colour-blind safe and keyed by stable values
(attitude points, quadrant keys), so a colour means the same in every figure.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from types import MappingProxyType
from typing import Any, Literal, cast

from stakeholder_map._types import Quadrant
from stakeholder_map.analysis._common import check_choice

__all__ = [
    "ATTITUDE_PALETTE",
    "CATEGORICAL_PALETTE",
    "NOT_ASSESSED_COLOR",
    "QUADRANT_PALETTE",
    "THEMES",
    "theme",
    "theme_params",
]

ThemeName = Literal["notebook", "slides", "print"]

#: Attitude -2..+2 → colour. ColorBrewer PuOr (orange = opposed, purple =
#: supportive) with a mid grey for neutral instead of PuOr's near-white, so a neutral
#: marker stays visible on a tinted quadrant. Orange/purple is distinguishable for
#: all three common colour-vision deficiencies.
ATTITUDE_PALETTE: Mapping[int, str] = MappingProxyType(
    {-2: "#b35806", -1: "#f1a340", 0: "#bdbdbd", 1: "#998ec3", 2: "#542788"}
)

#: Face colour of a marker whose attitude was not assessed (drawn with a dark edge).
NOT_ASSESSED_COLOR = "#ffffff"

#: Quadrant key → colour (Okabe & Ito 2008 colour-blind-safe set). The grid shades
#: each quadrant with a light tint of its colour and writes its title in a dark shade.
QUADRANT_PALETTE: Mapping[str, str] = MappingProxyType(
    {
        Quadrant.MANAGE_CLOSELY.value: "#009E73",
        Quadrant.KEEP_SATISFIED.value: "#0072B2",
        Quadrant.KEEP_INFORMED.value: "#E69F00",
        Quadrant.MONITOR.value: "#999999",
    }
)

#: Colours for other categories (e.g. ``category``), in order: Okabe & Ito (2008).
CATEGORICAL_PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
)

#: Colour shared by the categories that get no colour of their own ("other").
OTHER_COLOR = "#bdbdbd"


def _category_colors(
    values: Sequence[Any],
    *,
    palette: Sequence[str] = CATEGORICAL_PALETTE,
    sort: bool = False,
) -> tuple[dict[Any, str], bool]:
    """Give each category a colour, the rarest sharing grey when colours run out.

    With more categories than colours, the most frequent get one each and the rest
    share :data:`OTHER_COLOR`. Missing values (None, NaN) are ignored. Categories
    keep their first-seen order, or sorted order with ``sort=True`` (group numbers
    such as communities).
    Returns the colour per coloured category and whether any category was left
    to share the "other" colour, so no two categories look alike on a slide.
    """
    present = [v for v in values if v is not None and v == v]
    counts: dict[Any, int] = {}
    for v in present:
        counts[v] = counts.get(v, 0) + 1
    cats = sorted(counts) if sort else list(counts)
    if len(cats) > len(palette):
        order = {c: i for i, c in enumerate(cats)}
        ranked = sorted(cats, key=lambda c: (-counts[c], order[c]))
        keep = set(ranked[: len(palette) - 1])
        cats = [c for c in cats if c in keep]
    colors = {c: palette[i] for i, c in enumerate(cats)}
    return colors, len(colors) < len(counts)


_COMMON: dict[str, Any] = {
    "figure.constrained_layout.use": True,
    "axes.axisbelow": True,
    "font.family": "sans-serif",
    "legend.frameon": False,
    "svg.fonttype": "path",
}

#: rcParams of each theme. Sizes are chosen for the medium: ``slides`` is a 16:9
#: figure (13.33 x 7.5 in, the PowerPoint default) with fonts of 15 pt and up for
#: labels, readable from the back of a workshop room; ``print`` suits a one-column
#: figure in an A4 report at 300 dpi.
THEMES: Mapping[str, Mapping[str, Any]] = MappingProxyType(
    {
        "notebook": MappingProxyType(
            {
                **_COMMON,
                "figure.figsize": (9.0, 6.0),
                "figure.dpi": 100,
                "savefig.dpi": 150,
                "font.size": 11,
                "axes.titlesize": 14,
                "axes.labelsize": 12,
                "xtick.labelsize": 10,
                "ytick.labelsize": 10,
                "legend.fontsize": 10,
                "legend.title_fontsize": 11,
                "lines.markersize": 8,
                "lines.linewidth": 1.5,
            }
        ),
        "slides": MappingProxyType(
            {
                **_COMMON,
                "figure.figsize": (13.333, 7.5),
                "figure.dpi": 100,
                "savefig.dpi": 200,
                "font.size": 18,
                "axes.titlesize": 26,
                "axes.titleweight": "bold",
                "axes.labelsize": 21,
                "axes.labelweight": "bold",
                "xtick.labelsize": 16,
                "ytick.labelsize": 16,
                "legend.fontsize": 15,
                "legend.title_fontsize": 16,
                "lines.markersize": 13,
                "lines.linewidth": 2.5,
                "axes.linewidth": 1.2,
                # A tenth of an inch above and below (not 3 pt): a title that
                # touches the top of the picture looks cut off on a slide.
                "figure.constrained_layout.h_pad": 0.1,
            }
        ),
        "print": MappingProxyType(
            {
                **_COMMON,
                "figure.figsize": (6.3, 4.2),
                "figure.dpi": 150,
                "savefig.dpi": 300,
                "font.size": 8,
                "axes.titlesize": 9,
                "axes.labelsize": 8.5,
                "xtick.labelsize": 7.5,
                "ytick.labelsize": 7.5,
                "legend.fontsize": 7.5,
                "legend.title_fontsize": 8,
                "lines.markersize": 5,
                "lines.linewidth": 1.0,
                "axes.linewidth": 0.6,
            }
        ),
    }
)


def theme_params(name: ThemeName = "notebook") -> dict[str, Any]:
    """Return the rcParams of a theme as a new dict.

    Use it to build a matplotlib style of your own, or with
    :func:`matplotlib.rc_context`; :func:`theme` applies it for you.

    Parameters
    ----------
    name
        ``"notebook"`` (the default), ``"slides"`` (16:9 workshop slides) or
        ``"print"`` (reports, 300 dpi).

    Returns
    -------
    dict
        The rcParams keys and values; changing it changes no theme.

    Raises
    ------
    ValueError
        When ``name`` is not a theme.

    Examples
    --------
    >>> params = skm.plotting.theme_params("slides")
    >>> params["figure.figsize"]
    (13.333, 7.5)
    """
    check_choice("name", name, THEMES)
    return dict(THEMES[name])


@contextmanager
def theme(
    name: ThemeName = "notebook", *, rc: Mapping[str, Any] | None = None
) -> Iterator[None]:
    """Apply a theme to the figures made inside a ``with`` block.

    A context manager over :func:`matplotlib.rc_context`: every rcParam is restored
    when the block ends, also after an error. Figures made inside the block use
    constrained layout, so legends and keys beside the axes fit on the figure.

    Parameters
    ----------
    name
        ``"notebook"`` (the default: moderate sizes for screens), ``"slides"``
        (a 16:9 figure of 13.33 x 7.5 inches with large fonts and markers, saved at
        200 dpi) or ``"print"`` (small fonts, a 6.3 x 4.2 inch figure, 300 dpi).
    rc
        Matplotlib rcParams that override the theme's, e.g.
        ``{"font.family": "Arial"}``.

    Yields
    ------
    None
        The theme is active inside the block.

    Raises
    ------
    ValueError
        When ``name`` is not a theme.

    See Also
    --------
    theme_params : The rcParams of a theme.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with skm.plotting.theme("slides"):
    ...     fig, ax = plt.subplots()
    ...     ax = skm.plotting.plot_power_interest(smap, ax=ax)
    >>> fig.get_size_inches().round(2).tolist()
    [13.33, 7.5]
    >>> plt.close(fig)
    """
    import matplotlib as mpl

    params = theme_params(name)
    params.update(rc or {})
    with mpl.rc_context(cast(Any, params)):
        yield
