"""An interactive view of the partner network that works offline.

:func:`interactive_network` lays the network out as :func:`plot_network` does and
hands it to vis-network, a small browser library (Apache-2.0 or MIT) that ships
inside this package and is written inline into every page: nothing is loaded from
the internet, so the view works in a workshop room without Wi-Fi. The result
shows itself in Jupyter and VS Code notebooks and saves as one HTML file.
"""

from __future__ import annotations

import functools
import html
import json
import math
import re
import textwrap
from collections.abc import Hashable, Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import matplotlib as mpl
import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.colors import to_hex

from stakeholder_map.analysis import _engine
from stakeholder_map.analysis.grid import classify_quadrant
from stakeholder_map.i18n import label as _t
from stakeholder_map.i18n import quadrant_label, text
from stakeholder_map.io._atomic import atomic_write
from stakeholder_map.plotting._caller import warns_at_caller
from stakeholder_map.plotting._netparts import display_names, lang_of
from stakeholder_map.plotting.network import (
    _layout,
    _metric_label,
    _values,
    kind_label,
    kind_style,
)
from stakeholder_map.plotting.themes import OTHER_COLOR, _category_colors

if TYPE_CHECKING:
    import os

    from stakeholder_map.models import StakeholderMap

__all__ = [
    "VIS_NETWORK_VERSION",
    "InteractiveNetwork",
    "interactive_network",
    "label_boxes",
]

#: Version of the bundled vis-network (``stakeholder_map/_static/vis-network``).
VIS_NETWORK_VERSION = "10.1.5"

#: vis-network dash patterns (pixels on, off) for matplotlib's line styles.
_DASHES: Mapping[str, Any] = {
    "solid": False,
    "dashed": [8, 5],
    "dotted": [2, 4],
    "dashdot": [8, 4, 2, 4],
}
#: CSS border styles for the legend's line swatches.
_CSS_LINES = {"solid": "solid", "dashed": "dashed", "dotted": "dotted"}
_DOT = "border-radius:50%;border:1px solid #333;"
_DEFAULT_FACE = "#4d79a8"
_MISSING_FACE = "#ffffff"
_NODE_RADIUS = (8.0, 28.0)  # smallest and largest dot radius in pixels, for `size`
#: Width in pixels over which the layout is spread before labels are separated.
_CANVAS_WIDTH = 900.0
#: Beyond this many nodes labels are not separated (the pairwise test is n²).
_SEPARATE_MAX = 600
_WRAP_CHARS = 18
_WRAP_LINES = 3
_HEIGHT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$")

_CSS = """
html,body{margin:0;padding:0;background:#fff;color:#1a1a1a;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:14px}
.skm-head{display:flex;flex-wrap:wrap;gap:.2rem 1rem;align-items:baseline;
padding:.35rem .6rem;border-bottom:1px solid #e3e3e3}
.skm-head h1{font-size:15px;margin:0;font-weight:600}
.skm-head .skm-hint{color:#666;font-size:12px}
.skm-body{display:flex;align-items:stretch}
.skm-net{flex:1 1 auto;min-width:0}
.skm-legend{flex:0 0 13.5rem;overflow-y:auto;padding:.4rem .6rem;
border-left:1px solid #e3e3e3;font-size:13px}
.skm-legend h2{font-size:13px;margin:.5rem 0 .2rem;font-weight:600}
.skm-legend ul{list-style:none;margin:0;padding:0}
.skm-legend li{display:flex;align-items:center;gap:.45rem;margin:.12rem 0}
.skm-legend li>span:first-child{display:inline-block;flex:0 0 auto}
.skm-net div.vis-tooltip{white-space:normal;max-width:22rem;font-family:inherit;
font-size:13px;line-height:1.35;background:#fffff5}
"""

#: The script that draws the network from the JSON data block of the page.
_BOOT = """
(function () {
  var data = JSON.parse(document.getElementById("skm-data").textContent);
  var box = document.getElementById("skm-network");
  if (typeof vis === "undefined") { return; }
  var network = new vis.Network(
    box,
    {nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)},
    data.options
  );
  network.once("afterDrawing", function () { network.fit({animation: false}); });
})();
"""


@functools.cache
def _vis_js() -> str:
    """Return the bundled vis-network script, checked to be safe to inline."""
    path = resources.files("stakeholder_map").joinpath(
        "_static", "vis-network", "vis-network.min.js"
    )
    source = path.read_text(encoding="utf-8")
    lowered = source.lower()
    if "</script" in lowered or "<!--" in lowered:  # pragma: no cover - asset check
        msg = "The bundled vis-network script cannot be written inside <script>."
        raise RuntimeError(msg)
    return source


def _json_for_script(value: Any) -> str:
    """Dump JSON that cannot end or comment out the ``<script>`` it sits in.

    ``<``, ``>`` and ``&`` occur only inside JSON strings, where their unicode
    escapes mean the same text; U+2028/U+2029 are escaped for old parsers.
    """
    dumped = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        dumped.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _height_px(height: int | float | str) -> int:
    if isinstance(height, bool):
        match = None
    elif isinstance(height, int | float):
        match = _HEIGHT.match(str(height))
    else:
        match = _HEIGHT.match(str(height))
    if match is None or not 100 <= float(match.group(1)) <= 5000:
        msg = (
            "`height` must be a number of pixels between 100 and 5000, such as 600 "
            f"or '600px', but {height!r} was passed."
        )
        raise ValueError(msg)
    return round(float(match.group(1)))


class InteractiveNetwork:
    """An interactive, offline view of the partner network.

    Made by :func:`interactive_network`. In a notebook it shows itself (a
    sandboxed ``<iframe>`` that holds the whole page); :meth:`to_html` returns
    that page and :meth:`save` writes it. The page carries the vis-network
    library inline and loads nothing from anywhere, and every text from the map
    is escaped: names reach the page only as JSON inside a data block, and the
    browser shows them as text.

    Parameters
    ----------
    nodes
        One dict per stakeholder in vis-network's node format.
    edges
        One dict per relation in vis-network's edge format.
    legend
        Legend sections: a title and a list of ``(swatch_style, text)`` entries.
    title
        The page's title.
    lang
        The page's language, ``"en"`` or ``"nl"``.
    height
        Height of the network in pixels.
    physics
        Let vis-network move the nodes apart from the computed layout.

    Attributes
    ----------
    nodes, edges
        The data as given (tuples of dicts).

    See Also
    --------
    interactive_network : Build one from a map.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> view = skm.plotting.interactive_network(smap)
    >>> len(view.nodes), len(view.edges)
    (38, 94)
    """

    def __init__(
        self,
        nodes: Sequence[Mapping[str, Any]],
        edges: Sequence[Mapping[str, Any]],
        *,
        legend: Sequence[tuple[str, Sequence[tuple[str, str]]]] = (),
        title: str = "",
        lang: str = "en",
        height: int = 600,
        physics: bool = False,
    ) -> None:
        self.nodes: tuple[dict[str, Any], ...] = tuple(dict(n) for n in nodes)
        self.edges: tuple[dict[str, Any], ...] = tuple(dict(e) for e in edges)
        self._legend = [(t, list(entries)) for t, entries in legend]
        self.title = title
        self.lang = lang
        self.height = _height_px(height)
        self.physics = physics

    def __repr__(self) -> str:
        """Return the counts, not the data."""
        return (
            f"InteractiveNetwork(title={self.title!r}, {len(self.nodes)} nodes, "
            f"{len(self.edges)} edges)"
        )

    def _options(self) -> dict[str, Any]:
        physics: dict[str, Any] = {"enabled": False}
        if self.physics:
            physics = {
                "enabled": True,
                "solver": "barnesHut",
                "barnesHut": {
                    "gravitationalConstant": -9000,
                    "springLength": 190,
                    "avoidOverlap": 1.0,
                },
                "stabilization": {"iterations": 300},
            }
        return {
            "autoResize": True,
            "height": f"{self.height}px",
            "width": "100%",
            "physics": physics,
            "layout": {"improvedLayout": False, "randomSeed": 0},
            "interaction": {
                "hover": True,
                "tooltipDelay": 120,
                "navigationButtons": False,
                "keyboard": False,
                "multiselect": False,
            },
            "nodes": {
                "shape": "dot",
                "borderWidth": 1,
                "font": {
                    "size": 14,
                    "face": "system-ui, -apple-system, Segoe UI, Roboto, Arial",
                    "color": "#1a1a1a",
                    "strokeWidth": 4,
                    "strokeColor": "#ffffff",
                },
            },
            "edges": {"selectionWidth": 1.5, "hoverWidth": 1.0},
        }

    def _legend_html(self) -> str:
        e = html.escape
        parts = []
        for title, entries in self._legend:
            if not entries:
                continue
            items = "".join(
                f'<li><span style="{e(style)}"></span><span>{e(name)}</span></li>'
                for style, name in entries
            )
            parts.append(f"<h2>{e(title)}</h2><ul>{items}</ul>")
        return "".join(parts)

    def to_html(self) -> str:
        """Return a complete, self-contained HTML page with the network.

        The page holds the vis-network library inline, the data as a JSON block
        and a legend; it loads no script, style sheet, font or image from
        anywhere, so it works offline and can be mailed as one file.

        Returns
        -------
        str
            The HTML document.

        See Also
        --------
        save : Write the page to a file.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> page = skm.plotting.interactive_network(smap).to_html()
        >>> page.startswith("<!DOCTYPE html>"), "<script src=" in page
        (True, False)
        """
        e = html.escape
        data = {
            "nodes": list(self.nodes),
            "edges": list(self.edges),
            "options": self._options(),
        }
        legend = self._legend_html()
        legend_box = f'<aside class="skm-legend">{legend}</aside>' if legend else ""
        return "\n".join(
            [
                "<!DOCTYPE html>",
                f'<html lang="{e(self.lang)}">',
                "<head>",
                '<meta charset="utf-8">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                f"<title>{e(self.title)}</title>",
                f"<style>{_CSS}</style>",
                "</head>",
                "<body>",
                f'<header class="skm-head"><h1>{e(self.title)}</h1>'
                f'<span class="skm-hint">{e(_t("inet_hint", self.lang))}</span>'
                "</header>",
                '<div class="skm-body">',
                f'<div class="skm-net" id="skm-network" style="height:{self.height}px">'
                f"<noscript>{e(_t('inet_noscript', self.lang))}</noscript></div>",
                legend_box,
                "</div>",
                f"<script>/* vis-network {VIS_NETWORK_VERSION}, (c) Almende B.V. and "
                "visjs contributors, Apache-2.0 OR MIT */\n"
                f"{_vis_js()}</script>",
                '<script type="application/json" id="skm-data">'
                f"{_json_for_script(data)}</script>",
                f"<script>{_BOOT}</script>",
                "</body>",
                "</html>",
                "",
            ]
        )

    def _repr_html_(self) -> str:
        """Return the page in a sandboxed iframe, for Jupyter and VS Code."""
        page = html.escape(self.to_html(), quote=True)
        frame_height = self.height + 64  # the title bar (one or two lines) above
        return (
            f'<iframe srcdoc="{page}" title="{html.escape(self.title)}" '
            'sandbox="allow-scripts" loading="lazy" '
            f'style="width:100%;height:{frame_height}px;border:1px solid #e3e3e3">'
            "</iframe>"
        )

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the page to an ``.html`` file, atomically.

        Parameters
        ----------
        path
            The file to write; its folder is created when missing. Readers see
            the old file or the new one, never half of one.

        Returns
        -------
        pathlib.Path
            The path written.

        See Also
        --------
        to_html : The page as text.

        Examples
        --------
        >>> import tempfile
        >>> from pathlib import Path
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> view = skm.plotting.interactive_network(smap, kinds=["information"])
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     out = view.save(Path(tmp) / "netwerk.html")
        ...     out.name, out.stat().st_size > 500_000
        ('netwerk.html', True)
        """
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        page = self.to_html()

        def write(tmp: Path) -> None:
            tmp.write_text(page, encoding="utf-8")

        return atomic_write(out, write)


# ---------------------------------------------------------------------------------
# Building the data
# ---------------------------------------------------------------------------------


def _fmt(value: Any) -> str:
    if isinstance(value, float | int | np.floating | np.integer) and not isinstance(
        value, bool
    ):
        v = float(value)
        return f"{v:.3g}" if abs(v) < 1000 else f"{v:,.0f}"
    return str(value)


def _column(
    name: str,
    param: str,
    G: nx.Graph,
    nodes: list[Hashable],
    metrics: pd.DataFrame | None,
    cache: dict[str, pd.DataFrame],
) -> pd.Series:
    """Values of a column, measure or stakeholder field for each node.

    A stakeholder field that no stakeholder fills (e.g. ``category`` in a map
    without categories) gives missing values instead of an error.
    """
    from stakeholder_map.models import Stakeholder

    in_metrics = metrics is not None and name in metrics.columns
    if (
        not in_metrics
        and name in Stakeholder.model_fields
        and not any(name in G.nodes[n] for n in nodes)
    ):
        return pd.Series([None] * len(nodes), index=nodes, dtype="object")
    return _values(name, param, G, nodes, metrics, cache)


def _sizes(
    size: str | None,
    G: nx.Graph,
    nodes: list[Hashable],
    metrics: pd.DataFrame | None,
    cache: dict[str, pd.DataFrame],
    lang: str,
) -> tuple[list[float], pd.Series | None, tuple[str, list[tuple[str, str]]] | None]:
    if size is None:
        return [11.0] * len(nodes), None, None
    values = _column(size, "size", G, nodes, metrics, cache)
    raw = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
    finite = raw[np.isfinite(raw)]
    lo, hi = (float(finite.min()), float(finite.max())) if len(finite) else (0.0, 1.0)
    small, large = _NODE_RADIUS
    if hi > lo:
        frac = np.nan_to_num((raw - lo) / (hi - lo), nan=0.0)
    else:
        frac = np.full(len(raw), 0.5)
    radii = (small + frac * (large - small)).tolist()
    entries = []
    if len(finite) and hi > lo:
        for v in (lo, (lo + hi) / 2, hi):
            r = small + (v - lo) / (hi - lo) * (large - small)
            d = 2 * r
            entries.append(
                (
                    f"{_DOT}width:{d:.0f}px;height:{d:.0f}px;background:#d9d9d9",
                    _fmt(v),
                )
            )
    section = (f"{_t('inet_size', lang)}: {_metric_label(size, lang)}", entries)
    return radii, values, section


def _colors(
    color: str | None,
    G: nx.Graph,
    nodes: list[Hashable],
    metrics: pd.DataFrame | None,
    cache: dict[str, pd.DataFrame],
    lang: str,
) -> tuple[list[str], pd.Series | None, tuple[str, list[tuple[str, str]]] | None]:
    """Colour nodes the way :func:`plot_network` does: palette or viridis."""
    if color is None:
        return [_DEFAULT_FACE] * len(nodes), None, None
    values = _column(color, "color", G, nodes, metrics, cache)
    if not values.notna().any():
        return [_DEFAULT_FACE] * len(nodes), None, None
    numeric = pd.to_numeric(values, errors="coerce")
    dot = _DOT + "width:14px;height:14px;background:{}"
    title = f"{_t('inet_color', lang)}: {_metric_label(color, lang)}"
    entries: list[tuple[str, str]] = []
    if values.notna().any() and numeric.notna().sum() == values.notna().sum():
        cmap = mpl.colormaps["viridis"]
        vals = numeric.to_numpy(dtype=float)
        lo, hi = float(np.nanmin(vals)), float(np.nanmax(vals))
        span = hi - lo if hi > lo else 1.0
        faces = [
            to_hex(cmap(0.1 + 0.8 * (v - lo) / span))
            if np.isfinite(v)
            else _MISSING_FACE
            for v in vals
        ]
        for v in np.linspace(lo, hi, 3 if hi > lo else 1):
            face = to_hex(cmap(0.1 + 0.8 * (v - lo) / span))
            entries.append((dot.format(face), _fmt(v)))
    else:
        palette, has_other = _category_colors(values.tolist())
        faces = [
            palette.get(v, OTHER_COLOR) if v is not None and v == v else _MISSING_FACE
            for v in values.tolist()
        ]
        entries = [(dot.format(col), _t(str(c), lang)) for c, col in palette.items()]
        if has_other:
            entries.append((dot.format(OTHER_COLOR), _t("other", lang)))
    if any(f == _MISSING_FACE for f in faces):
        entries.append((dot.format(_MISSING_FACE), _t("inet_missing", lang)))
    return faces, values, (title, entries)


def _scale_of(G: nx.Graph) -> tuple[float, float]:
    scale = G.graph.get("scale") or {}
    if isinstance(scale, Mapping):
        return float(scale.get("min", 1.0)), float(scale.get("max", 5.0))
    return 1.0, 5.0


def _tooltip(
    attrs: Mapping[str, Any],
    node: Hashable,
    lang: str,
    scale: tuple[float, float],
    extra: Sequence[tuple[str, Any]],
) -> str:
    """Plain text (shown as text by vis-network, never as HTML), one fact a line."""
    lines = [str(attrs.get("name", node))]
    if attrs.get("category") is not None:
        lines.append(f"{_t('category', lang)}: {_t(str(attrs['category']), lang)}")
    scores = [
        f"{_t(f, lang)} {_fmt(attrs[f])}"
        for f in ("power", "interest")
        if attrs.get(f) is not None
    ]
    if attrs.get("attitude") is not None:
        scores.append(f"{_t('attitude', lang)} {float(attrs['attitude']):+g}")
    if scores:
        lines.append(" · ".join(scores).replace("+0 ", "0 "))
    if attrs.get("power") is not None and attrs.get("interest") is not None:
        mid = (scale[0] + scale[1]) / 2
        q = classify_quadrant(
            float(attrs["power"]),
            float(attrs["interest"]),
            power_threshold=mid,
            interest_threshold=mid,
            span=scale[1] - scale[0],
        )
        lines.append(f"{_t('quadrant', lang)}: {quadrant_label(q.value, lang)}")
    for name, value in extra:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        lines.append(f"{_metric_label(name, lang)}: {_fmt(value)}")
    return "\n".join(dict.fromkeys(lines))


def _wrap(name: str) -> str:
    """Break a long label into at most three lines of about 18 characters."""
    lines = textwrap.wrap(
        name, _WRAP_CHARS, break_on_hyphens=False, break_long_words=False
    ) or [name]
    if len(lines) > _WRAP_LINES:
        lines = [
            *lines[: _WRAP_LINES - 1],
            _shorten(" ".join(lines[_WRAP_LINES - 1 :])),
        ]
    return "\n".join(lines)


def _shorten(line: str) -> str:
    return line if len(line) <= _WRAP_CHARS else line[: _WRAP_CHARS - 1] + "…"


def label_boxes(
    nodes: Sequence[Mapping[str, Any]], *, font_size: float = 14.0
) -> np.ndarray:
    """Return the box each node and its label take up, in the page's pixels.

    vis-network draws a node's label centred under the dot; the box spans the
    dot and the label's lines, estimated at 0.62 em per character and 1.25 em
    per line (generous for the sans-serif fonts browsers use).

    Parameters
    ----------
    nodes
        Node dicts with ``x``, ``y``, ``size`` (the dot's radius) and ``label``,
        as in :attr:`InteractiveNetwork.nodes`.
    font_size
        Label font size in pixels.

    Returns
    -------
    numpy.ndarray
        One row ``(left, top, right, bottom)`` per node (y grows downwards).

    See Also
    --------
    interactive_network : Places nodes so that these boxes do not overlap.

    Examples
    --------
    >>> from stakeholder_map.plotting.interactive import label_boxes
    >>> label_boxes([{"x": 0, "y": 0, "size": 10, "label": "OCMW"}]).round(1).tolist()
    [[-18.4, -11.0, 18.4, 31.5]]
    """
    rows = []
    for n in nodes:
        lines = str(n.get("label", "")).split("\n")
        radius = float(n.get("size", 0.0))
        width = max(2 * radius, max(len(t) for t in lines) * 0.62 * font_size) + 2
        height = 2 * radius + 3 + len(lines) * 1.25 * font_size + 2
        x, y = float(n["x"]), float(n["y"])
        rows.append(
            (x - width / 2, y - radius - 1, x + width / 2, y - radius - 1 + height)
        )
    return np.array(rows, dtype=float).reshape(len(rows), 4)


def _separate(boxes: np.ndarray, *, gap: float = 6.0, rounds: int = 400) -> np.ndarray:
    """Shift boxes apart until none overlaps another; return the shifts.

    Each round pushes every overlapping pair apart along the axis where they
    overlap least, half the overlap each (ties broken by index, so the result
    is deterministic).
    """
    n = len(boxes)
    shift = np.zeros((n, 2))
    if n < 2:
        return shift
    half = np.column_stack(
        [(boxes[:, 2] - boxes[:, 0]) / 2, (boxes[:, 3] - boxes[:, 1]) / 2]
    )
    centre = np.column_stack(
        [(boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2]
    )
    order = np.arange(n)
    for _ in range(rounds):
        c = centre + shift
        dx = c[:, None, 0] - c[None, :, 0]
        dy = c[:, None, 1] - c[None, :, 1]
        ox = half[:, None, 0] + half[None, :, 0] + gap - np.abs(dx)
        oy = half[:, None, 1] + half[None, :, 1] + gap - np.abs(dy)
        hit = (ox > 0) & (oy > 0)
        np.fill_diagonal(hit, False)
        if not hit.any():
            break
        tie = np.where(order[:, None] > order[None, :], 1.0, -1.0)
        sx = np.where(dx != 0, np.sign(dx), tie)
        sy = np.where(dy != 0, np.sign(dy), tie)
        along_x = ox <= oy
        push_x = np.where(hit & along_x, sx * ox / 2, 0.0).sum(axis=1)
        push_y = np.where(hit & ~along_x, sy * oy / 2, 0.0).sum(axis=1)
        shift += np.column_stack([push_x, push_y]) * 0.6
    return shift


def _positions(
    G: nx.Graph,
    layout: str,
    seed: int,
    pos: Mapping[Hashable, Sequence[float]] | None,
    *,
    labels: Sequence[str],
    radii: Sequence[float],
    height: int,
) -> dict[Hashable, tuple[float, float]]:
    """Lay out as :func:`plot_network` does, in pixels, with no label overlaps.

    The layout is stretched over a canvas of about 900 x ``height`` pixels
    (narrower for a low ``height``; y down), then nodes are moved apart until
    no dot-and-label box overlaps another, so at any zoom no label covers
    another label or a dot.
    """
    coords = _layout(G, layout, seed, pos)
    nodes = list(G)
    if not nodes:
        return {}
    xy = np.array([coords[n] for n in nodes], dtype=float).reshape(len(nodes), 2)
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    span = np.where(hi - lo > 0, hi - lo, 1.0)
    # about the shape of the canvas beside the legend, so that fitting the view
    # keeps labels near their 14 px
    box = np.array(
        [min(_CANVAS_WIDTH, 1.6 * height), max(height - 120, 200)], dtype=float
    )
    px = (xy - lo) / span * box - box / 2
    px[:, 1] = -px[:, 1]
    if len(nodes) <= _SEPARATE_MAX:
        draft = [
            {"x": x, "y": y, "size": r, "label": t}
            for (x, y), r, t in zip(px.tolist(), radii, labels, strict=True)
        ]
        px = px + _separate(label_boxes(draft))
    return {
        n: (round(float(x), 1), round(float(y), 1))
        for n, (x, y) in zip(nodes, px.tolist(), strict=True)
    }


def _edges(
    G: nx.Graph, names: Mapping[Hashable, str], lang: str
) -> tuple[list[dict[str, Any]], list[str]]:
    lo, hi = _scale_of(G)
    edges = [(u, v, d) for u, v, d in G.edges(data=True) if u != v]
    per_pair: dict[frozenset[Hashable], int] = {}
    for u, v, _ in edges:
        key = frozenset((u, v))
        per_pair[key] = per_pair.get(key, 0) + 1
    seen: dict[frozenset[Hashable], int] = {}
    kinds: list[str] = []
    out = []
    for i, (u, v, d) in enumerate(edges):
        key = frozenset((u, v))
        total, k = per_pair[key], seen.get(key, 0)
        seen[key] = k + 1
        # Parallel relations bend apart, the same way whichever way they point
        # (as in plot_network).
        rad = 0.0 if total == 1 else 0.25 * (k - (total - 1) / 2) * 2 / (total - 1)
        if total > 1 and str(u) > str(v):
            rad = -rad
        kind = str(d.get("kind", "other"))
        if kind not in kinds:
            kinds.append(kind)
        color, style = kind_style(G, kind)
        weight = d.get("weight")
        width = (
            1.3
            if weight is None
            else 0.7 + 2.3 * (float(weight) - lo) / max(hi - lo, 1e-9)
        )
        directed = G.is_directed() and d.get("directed", True) is not False
        facts = [_t(kind, lang)]
        if weight is not None:
            facts.append(f"{_t('weight', lang)} {_fmt(weight)}")
        if d.get("channel") is not None:
            facts.append(_t(str(d["channel"]), lang))
        if d.get("frequency") is not None:
            facts.append(_t(str(d["frequency"]), lang))
        pair = text(
            "inet_edge" if directed else "inet_edge_mutual",
            lang,
            source=names[u],
            target=names[v],
        )
        edge: dict[str, Any] = {
            "id": i,
            "from": str(u),
            "to": str(v),
            "kind": kind,
            "arrows": {"to": {"enabled": directed, "scaleFactor": 0.55}},
            "color": {
                "color": color,
                "highlight": color,
                "hover": color,
                "opacity": 0.85,
            },
            "dashes": _DASHES.get(str(style), False),
            "width": round(width * 1.2, 2),
            "title": f"{pair}\n{' · '.join(facts)}",
            "smooth": (
                {"enabled": False}
                if rad == 0
                else {
                    "enabled": True,
                    "type": "curvedCW" if rad > 0 else "curvedCCW",
                    "roundness": round(abs(rad), 3),
                }
            ),
        }
        out.append(edge)
    return out, kinds


@warns_at_caller
def interactive_network(
    data: StakeholderMap | nx.Graph,
    *,
    kinds: Iterable[str] | str | None = None,
    channels: Iterable[str] | str | None = None,
    color: str | None = "category",
    size: str | None = None,
    metrics: pd.DataFrame | None = None,
    label: str = "short_name",
    lang: str | None = None,
    layout: str = "kamada_kawai",
    seed: int = 0,
    pos: Mapping[Hashable, Sequence[float]] | None = None,
    physics: bool = False,
    height: int | str = "600px",
    title: str | None = None,
) -> InteractiveNetwork:
    """Show the partner network as an interactive page that works offline.

    Nodes are coloured and sized like :func:`plot_network` (a stakeholder field,
    a network measure computed on the fly, or a column of ``metrics``);
    relations are lines coloured and dashed by kind, with arrows for direction
    and thicker for stronger ties, and parallel relations bend apart. Pointing
    at a node shows its name, category, power, interest, attitude, quadrant and
    the measures used for colour and size; pointing at a line shows its kind,
    weight, channel and frequency. Nodes can be dragged, the view zoomed and
    panned. The layout is computed here, deterministically for a given
    ``seed``, and nodes are then moved apart until no label overlaps another
    label or a dot (checked on :func:`label_boxes`; long names wrap over up to
    three lines). vis-network only draws it, unless ``physics=True``.

    Parameters
    ----------
    data
        A stakeholder map or a networkx graph (as
        :func:`~stakeholder_map.to_graph` makes it).
    kinds
        Relation kinds to show (and to compute measures on); None shows all.
    channels
        Channels to show; None shows all.
    color
        Column for node colour: categories get the colour-blind-safe palette,
        numbers the viridis colour map; None draws one colour.
    size
        Column for node size (e.g. ``"pagerank"``, ``"betweenness"``,
        ``"power"``); None draws equal nodes.
    metrics
        A frame indexed by ``stakeholder_id`` (any analysis result) whose
        columns ``color`` and ``size`` may name.
    label
        Stakeholder field shown under each node; ``"short_name"`` falls back to
        the name.
    lang
        Language of the legend and tooltips, ``"en"`` or ``"nl"``; default the
        map's language.
    layout
        ``"kamada_kawai"`` (default: it spreads nodes more evenly than a spring
        layout, which suits labels that stay the same size), ``"spring"``,
        ``"circular"`` or ``"shell"``, as in :func:`plot_network`.
    seed
        Seed of the spring layout.
    pos
        Precomputed positions ``{id: (x, y)}``; overrides ``layout``.
    physics
        Let vis-network's force simulation keep moving nodes apart in the
        browser. The layout is then no longer exactly reproducible, and labels
        are no longer kept apart (the simulation only keeps dots apart).
    height
        Height of the network in pixels, e.g. ``600`` or ``"600px"``.
    title
        Title above the network; default "Partner network" and the map's name.

    Returns
    -------
    InteractiveNetwork
        Shows itself in a notebook; ``.to_html()`` gives the page and
        ``.save(path)`` writes it.

    Raises
    ------
    ValueError
        When ``color`` or ``size`` names no column or measure, ``lang`` or
        ``layout`` is unknown, or ``height`` is no pixel size.

    See Also
    --------
    plot_network : The same network as a static figure for slides.
    stakeholder_map.analysis.centrality : The measures ``size`` may name.

    Notes
    -----
    The page carries vis-network 10.1.5 (https://visjs.github.io/vis-network/,
    Apache-2.0 or MIT) inline, about 650 kB, so it needs no internet connection
    and no extra install. Unlike pyvis or ipysigma, which load their scripts
    from a CDN, it keeps working in a workshop room without Wi-Fi. Names and
    other texts reach the page only as JSON data (with ``<``, ``>`` and ``&``
    escaped) and are shown by the browser as text, never run as HTML. A
    notebook that keeps the view's output stores those 650 kB with it: clear
    the output before sharing the notebook, or share the saved page instead.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> view = skm.plotting.interactive_network(smap, size="betweenness")
    >>> view
    InteractiveNetwork(title='Netwerk van partners: ...', 38 nodes, 94 edges)
    >>> sorted({e["kind"] for e in view.edges})[:3]
    ['advice', 'authority', 'collaboration']
    """
    G = _engine.as_graph(data, kinds=kinds, channels=channels)
    lang = lang_of(data, lang)
    pixels = _height_px(height)
    nodes = list(G)
    cache: dict[str, pd.DataFrame] = {}
    radii, size_values, size_section = _sizes(size, G, nodes, metrics, cache, lang)
    labels = [_wrap(t) for t in display_names(G, nodes, label)]
    coords = _positions(G, layout, seed, pos, labels=labels, radii=radii, height=pixels)
    faces, color_values, color_section = _colors(color, G, nodes, metrics, cache, lang)
    full_names = {n: str(G.nodes[n].get("name", n)) for n in nodes}
    scale = _scale_of(G)
    node_data = []
    for i, n in enumerate(nodes):
        extra: list[tuple[str, Any]] = []
        if (
            size is not None
            and size_values is not None
            and size
            not in (
                "power",
                "interest",
                "attitude",
            )
        ):
            extra.append((size, size_values.iloc[i]))
        if (
            color is not None
            and color_values is not None
            and color not in ("category", "power", "interest", "attitude", size)
        ):
            extra.append((color, color_values.iloc[i]))
        x, y = coords[n]
        node_data.append(
            {
                "id": str(n),
                "label": labels[i],
                "title": _tooltip(G.nodes[n], n, lang, scale, extra),
                "x": x,
                "y": y,
                "size": round(float(radii[i]), 2),
                "color": {
                    "background": faces[i],
                    "border": "#333333",
                    "highlight": {"background": faces[i], "border": "#000000"},
                    "hover": {"background": faces[i], "border": "#000000"},
                },
            }
        )
    edge_data, kinds_drawn = _edges(G, full_names, lang)
    legend: list[tuple[str, list[tuple[str, str]]]] = []
    kind_entries = []
    for kind in kinds_drawn:
        c, style = kind_style(G, kind)
        line = _CSS_LINES.get(str(style), "dashed")
        kind_entries.append(
            (
                f"width:2rem;height:0;border-top:3px {line} {c}",
                kind_label(G, kind, lang),
            ),
        )
    legend.append((_t("relation_kind", lang), kind_entries))
    if color_section is not None:
        legend.append(color_section)
    if size_section is not None:
        legend.append(size_section)
    if title is None:
        name = data.name if not isinstance(data, nx.Graph) else G.graph.get("name")
        title = text("network_title", lang)
        if name:
            title = f"{title}: {name}"
    return InteractiveNetwork(
        node_data,
        edge_data,
        legend=legend,
        title=title,
        lang=lang,
        height=pixels,
        physics=physics,
    )
