"""The onion diagram: rings of stakeholders around the work."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, Wedge

from stakeholder_map.analysis.onion import onion_rings
from stakeholder_map.i18n import label as i18n_label
from stakeholder_map.models import StakeholderMap
from stakeholder_map.plotting._caller import warns_at_caller
from stakeholder_map.plotting._numbers import stakeholder_numbers
from stakeholder_map.plotting._packing import Canvas
from stakeholder_map.plotting._views import (
    INK,
    MUTED,
    frame,
    get_ax,
    label_texts,
    mix,
    resolve_lang,
)
from stakeholder_map.plotting.grid import _attitude_band
from stakeholder_map.plotting.labels import place_labels
from stakeholder_map.plotting.themes import (
    ATTITUDE_PALETTE,
    CATEGORICAL_PALETTE,
    NOT_ASSESSED_COLOR,
)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["plot_onion"]

_CORE = 1.35  # radius of the centre disc
#: Marker shapes, one per round through the palette, so that more categories
#: than colours still look different.
_SHAPES = ("o", "s", "^", "D")
_RING = 1.0  # width of every ring
_GAP_DEG = 28.0  # free arc at twelve o'clock, where the ring names sit


@warns_at_caller
def plot_onion(
    data: StakeholderMap | pd.DataFrame,
    *,
    ax: Axes | None = None,
    by: Literal["proximity", "category"] = "proximity",
    order: Sequence[str] | None = None,
    hue: str | None = "attitude",
    centre: str | None = None,
    lang: str | None = None,
    label: str | None = "short_name",
    label_kws: Mapping[str, Any] | None = None,
    legend: bool = True,
    **kwargs: Any,
) -> Axes:
    """Draw stakeholders in rings around the work: an onion diagram.

    The work (the map's name) is the core; around it, rings by proximity (the
    closest inside) or by category. Every stakeholder is a dot in its ring;
    within a ring, stakeholders of one category sit side by side, so a category
    reads as a sector. Dots are coloured by attitude (or category) and the
    names are placed by :func:`~stakeholder_map.plotting.place_labels`.

    Parameters
    ----------
    data
        A :class:`~stakeholder_map.StakeholderMap` (layered with
        :func:`~stakeholder_map.analysis.onion_rings`) or the DataFrame that
        function returns.
    ax
        The Axes to draw on; None uses ``plt.gca()``.
    by, order
        Passed to :func:`~stakeholder_map.analysis.onion_rings` for a map.
    hue
        ``"attitude"`` (default; the attitude palette of every plot),
        ``"category"`` or any other stakeholder field or own attribute
        (``"Regio"``: a colour, and past eight values a shape, per value) or
        None.
    centre
        Text in the core; None uses the map's name (nothing for a DataFrame).
    lang
        Language of the ring names and legend, ``"en"`` or ``"nl"``; None
        follows the map's language (English for a DataFrame).
    label
        Column with the names (``"short_name"`` falls back to ``"name"``), or
        None for no names.
    label_kws
        Passed to :func:`~stakeholder_map.plotting.place_labels`.
    legend
        Add the legend of ``hue`` in the lower left corner of the Axes (the key
        of numbered names goes beside it).
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.scatter`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on. Rings have the gid ``onion-ring:<k>`` (0 is the core
        ring), their names ``onion-ring-title:<k>``, the dots
        ``onion:stakeholders``.

    Raises
    ------
    ValueError
        When ``by``, ``hue``, ``lang`` or ``label`` is unknown.

    See Also
    --------
    stakeholder_map.analysis.onion_rings : The rings behind the diagram.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ax = skm.plotting.plot_onion(smap)
    """
    lang = resolve_lang(lang, data)
    df = frame(data, onion_rings, ("ring",), by=by, order=order, lang=lang)
    if hue is not None and hue not in df.columns:
        msg = (
            f"`hue` must be 'attitude', a stakeholder field such as 'category', "
            f"one of the stakeholders' own attributes or None, but {hue!r} was "
            f"passed. Available: {list(df.columns)}."
        )
        raise ValueError(msg)
    if centre is None and isinstance(data, StakeholderMap):
        centre = data.name
    rings = list(df.attrs.get("rings", sorted(df["ring"].unique())))
    texts = label_texts(df, label) if label is not None else None
    ax = get_ax(ax)
    n_rings = max(len(rings), 1)
    outer = _CORE + n_rings * _RING
    for k in range(n_rings - 1, -1, -1):
        shade = mix("#4a6fa5", "#ffffff", 0.72 + 0.2 * k / max(n_rings - 1, 1))
        ax.add_patch(
            Wedge(
                (0, 0),
                _CORE + (k + 1) * _RING,
                0,
                360,
                width=_RING,
                facecolor=shade,
                edgecolor="#ffffff",
                linewidth=2.0,
                zorder=0,
                gid=f"onion-ring:{k}",
            )
        )
    ax.add_patch(
        Circle(
            (0, 0),
            _CORE,
            facecolor="#4a6fa5",
            edgecolor="#ffffff",
            zorder=0.5,
            gid="onion:core",
        )
    )
    titles = [
        ax.text(
            0,
            _CORE + (k + 0.5) * _RING,
            str(name),
            ha="center",
            va="center",
            fontsize="small",
            fontstyle="italic",
            color=MUTED,
            zorder=1,
            gid=f"onion-ring-title:{k}",
        )
        for k, name in enumerate(rings)
    ]
    ax.set_aspect("equal", adjustable="box")
    ax.set_axis_off()
    bounds = (-outer * 1.04, outer * 1.04, -outer * 1.04, outer * 1.04)
    ax.set_xlim(*bounds[:2])
    ax.set_ylim(*bounds[2:])

    group = hue if hue not in (None, "attitude") else "category"
    categories: list[str | None] = [
        None if c is None or c != c or c == "" else str(c)
        for c in (df[group] if group in df.columns else [None] * len(df))
    ]
    cats = [c for c in dict.fromkeys(categories) if c is not None]
    colors, shapes, handles = _hue(df, hue, categories, cats, lang)
    if legend and handles:
        # In the empty corner of the square round the rings: beside the Axes it
        # would shrink the diagram, and the key of numbered names goes there.
        ax.legend(
            handles=handles,
            title=i18n_label(str(hue), lang),
            loc="lower left",
            fontsize="small",
            title_fontsize="small",
            borderaxespad=0.0,
        )
    canvas = Canvas.fit(ax, bounds)
    if centre:
        titles.append(_centre_text(ax, canvas, centre))
    if df.empty:
        return ax

    # Dots: evenly round each ring, leaving the arc at twelve o'clock to the
    # ring's name, grouped by category so a category reads as one sector.
    xy = np.full((len(df), 2), np.nan)
    cat_rank = {c: i for i, c in enumerate(cats)}
    for k in range(n_rings):
        members = [i for i in range(len(df)) if int(df["ring"].iloc[i]) == k]
        members.sort(key=lambda i: (cat_rank.get(categories[i] or "", len(cats)), i))
        span = 360.0 - 2 * _GAP_DEG
        radius = _CORE + (k + 0.5) * _RING
        for j, i in enumerate(members):
            angle = math.radians(90.0 - _GAP_DEG - span * (j + 0.5) / len(members))
            xy[i] = (radius * math.cos(angle), radius * math.sin(angle))
    props: dict[str, Any] = {
        "edgecolors": INK,
        "linewidths": 0.8,
        "zorder": 3,
        "gid": "onion:stakeholders",
    }
    props.update(kwargs)
    sizes = np.empty(len(df))
    marks = np.asarray(shapes)
    for shape in dict.fromkeys(shapes):
        rows = np.flatnonzero(marks == shape)
        markers = ax.scatter(
            xy[rows, 0], xy[rows, 1], c=[colors[i] for i in rows], marker=shape, **props
        )
        sizes[rows] = np.resize(markers.get_sizes(), len(rows))
    if texts is not None:
        # A numbered name shows its place in the map, as in every other figure.
        place_kws: dict[str, Any] = {
            "key_title": i18n_label("other_labels", lang),
            "numbers": stakeholder_numbers(data, df.index),
        }
        place_kws.update(label_kws or {})
        place_labels(
            ax,
            xy[:, 0],
            xy[:, 1],
            texts,
            sizes=sizes,
            priority=-df["ring"].to_numpy(dtype=float),
            avoid=[*titles, *place_kws.pop("avoid", ())],
            **place_kws,
        )
    if centre:
        # The key of numbered names beside the Axes may have shrunk the core.
        _fit_to_core(ax, titles[-1])
    return ax


def _hue(
    df: pd.DataFrame,
    hue: str | None,
    categories: list[str | None],
    cats: list[str],
    lang: str,
) -> tuple[list[str], list[str], list[Line2D]]:
    """Return a colour and a marker shape per row, and the legend handles."""

    def handle(color: str, shape: str, text: str) -> Line2D:
        return Line2D(
            [],
            [],
            linestyle="none",
            marker=shape,
            markersize=9,
            markerfacecolor=color,
            markeredgecolor=INK,
            label=text,
        )

    if hue is not None and hue != "attitude":
        n = len(CATEGORICAL_PALETTE)
        palette = {c: CATEGORICAL_PALETTE[i % n] for i, c in enumerate(cats)}
        shape_of = {c: _SHAPES[(i // n) % len(_SHAPES)] for i, c in enumerate(cats)}
        colors = [NOT_ASSESSED_COLOR if c is None else palette[c] for c in categories]
        shapes = [shape_of.get(c or "", "o") for c in categories]
        handles = [handle(palette[c], shape_of[c], i18n_label(c, lang)) for c in cats]
        return colors, shapes, handles
    if hue == "attitude":
        bands = [_attitude_band(a) for a in df["attitude"].to_numpy(dtype=float)]
        colors = [
            NOT_ASSESSED_COLOR if b is None else ATTITUDE_PALETTE[b] for b in bands
        ]
        present = sorted({b for b in bands if b is not None}, reverse=True)
        handles = [
            handle(ATTITUDE_PALETTE[b], "o", i18n_label(f"attitude_{b}", lang))
            for b in present
        ]
        if any(b is None for b in bands):
            handles.append(
                handle(NOT_ASSESSED_COLOR, "o", i18n_label("not_assessed", lang))
            )
        return colors, ["o"] * len(df), handles
    return [INK] * len(df), ["o"] * len(df), []


def _centre_text(ax: Axes, canvas: Canvas, text: str) -> Any:
    """Write the work's name in the core, as large as fits (at most medium)."""
    from matplotlib.font_manager import FontProperties

    size = FontProperties(size="medium").get_size_in_points()
    # Break at spaces and hyphens only, never inside a word; a long word
    # shrinks the text instead.
    wrapped = textwrap.fill(text, 14, break_long_words=False)
    while size > 6:
        w, h = canvas.text_size(wrapped, fontsize=size, fontweight="bold")
        if math.hypot(w, h) <= 1.75 * _CORE:
            break
        size -= 0.5
    return ax.text(
        0,
        0,
        wrapped,
        ha="center",
        va="center",
        fontsize=size,
        fontweight="bold",
        color="#ffffff",
        zorder=1,
        gid="onion:centre",
    )


def _fit_to_core(ax: Axes, text: Any) -> None:
    """Shrink the core's text until it fits the core disc as finally laid out."""
    from stakeholder_map.plotting._scene import _renderer, _root_figure

    fig = _root_figure(ax)
    engine = fig.get_layout_engine()
    if engine is not None:
        engine.execute(fig)
    ax.apply_aspect()
    renderer = _renderer(fig)
    core = next(p for p in ax.patches if p.get_gid() == "onion:core")
    disc = core.get_window_extent(renderer)
    while float(text.get_fontsize()) > 6:
        box = text.get_window_extent(renderer)
        if math.hypot(box.width, box.height) <= 0.95 * disc.width:
            break
        text.set_fontsize(float(text.get_fontsize()) - 0.5)
