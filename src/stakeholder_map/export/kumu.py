"""A Kumu view that draws the power/interest grid with Kumu's scatter layout.

:func:`kumu_grid_view` returns the text for Kumu's Advanced Editor: the scatter
layout on the power and interest fields that :func:`stakeholder_map.io.write_kumu`
writes, guides at the grid's thresholds, and one colour (with a legend entry) per
quadrant. It sits in the export layer because it classifies with
:func:`stakeholder_map.analysis.power_interest`; it may import the models, the io
layer (for the Kumu field names), the analyses and, when a view is written, the
figures' quadrant palette (as the slide deck does), so the colours stay one set.
"""

from __future__ import annotations

import math
import re
import textwrap
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from stakeholder_map._types import Quadrant
from stakeholder_map.i18n import label, quadrant_label, text
from stakeholder_map.io._atomic import atomic_write

if TYPE_CHECKING:
    from stakeholder_map.analysis._common import Threshold
    from stakeholder_map.models import StakeholderMap

__all__ = ["kumu_grid_view", "write_kumu_grid_view"]

#: A light grey for elements without both scores (the quadrants take the
#: figures' colours, :data:`stakeholder_map.plotting.themes.QUADRANT_PALETTE`).
_NOT_ASSESSED_COLOR = "#DDDDDD"
#: The grid spans about this many Kumu units, the size Kumu's scatter guide
#: recommends for comfortable zooming.
_SPAN_UNITS = 1000.0


def _slug(name: str) -> str:
    """Return Kumu's slug of a field name: lower case, hyphens for spaces."""
    slug = re.sub(r"[^\w\s-]", "", name.strip().lower(), flags=re.UNICODE)
    return re.sub(r"[\s_]+", "-", slug)


def _comment(words: str) -> list[str]:
    """Return ``words`` as a Kumu comment, wrapped to 80 characters."""
    body = textwrap.wrap(words.replace("*/", "* /"), width=76)
    lines = ["/* " + body[0], *("   " + line for line in body[1:])]
    lines[-1] += " */"
    return lines


def _number(value: float) -> str:
    """Format a number for a Kumu view: no trailing zeros, no exponent."""
    if value == int(value):
        return str(int(value))
    return f"{value:.10f}".rstrip("0").rstrip(".")


def _cut(threshold: float, span: float) -> str:
    """Return the threshold as written, such that Kumu's ``>=`` matches ours.

    A score within ``1e-9 * span`` below the threshold counts as high here (see
    :func:`stakeholder_map.analysis.grid.classify_quadrant`). A threshold that is
    a round number is written as it is; any other (a mean, say) is written just
    below itself, by that tolerance, so the same stakeholders count as high.
    """
    if abs(threshold - round(threshold, 6)) < 1e-12:
        return _number(round(threshold, 6))
    return _number(math.floor((threshold - 1e-9 * span) * 1e10) / 1e10)


def kumu_grid_view(
    smap: StakeholderMap,
    *,
    threshold: Threshold = "midpoint",
    labels: str | None = None,
    lang: str | None = None,
) -> str:
    """Return a Kumu view that draws the map's power/interest grid.

    Paste the text into Kumu's Advanced Editor after importing the map written by
    :func:`stakeholder_map.io.write_kumu` with the same ``lang``. The view puts the
    elements in Kumu's scatter layout, interest across and power up, draws guides
    at the thresholds, and colours each quadrant as the grid figures do, with a
    legend entry per quadrant. Elements without both scores are grey: Kumu has no
    place for them on the grid.

    Parameters
    ----------
    smap
        The stakeholder map.
    threshold
        Where "high" starts, as for :func:`stakeholder_map.analysis.power_interest`.
    labels
        The label set of the legend, as for
        :func:`~stakeholder_map.analysis.power_interest`; by default ``lang``.
    lang
        ``"en"`` or ``"nl"``: the Kumu field names (``Power`` or ``Macht``, as
        :func:`~stakeholder_map.io.write_kumu` writes them) and the comments;
        by default the map's ``language``.

    Returns
    -------
    str
        The view, in Kumu's Advanced Editor language.

    See Also
    --------
    stakeholder_map.io.write_kumu : The elements and connections for Kumu.
    write_kumu_grid_view : Write the view to a text file.

    Notes
    -----
    The scatter layout, ``layout-guides``, the bounds, chained selectors (``AND``)
    and legend comments (``/* elements: ... */``) are as documented in Kumu's
    guides (docs.kumu.io: *Scatter*, *Underlays*, *Selectors*, *Legends*). The
    quadrants follow :func:`~stakeholder_map.analysis.power_interest` (a score
    equal to a threshold is high; Mendelow 1981; Johnson & Scholes).

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> view = skm.export.kumu_grid_view(smap)
    >>> "  layout: scatter;" in view.splitlines()
    True
    >>> "element[macht >= 3][belang >= 3]" in view
    True
    """
    from stakeholder_map.analysis import power_interest
    from stakeholder_map.i18n import LANGUAGES
    from stakeholder_map.io._kumufile import kumu_field_name
    from stakeholder_map.plotting.themes import QUADRANT_PALETTE

    lang = str(smap.language.value) if lang is None else lang
    if lang not in LANGUAGES:
        msg = f"`lang` must be one of {list(LANGUAGES)}, but {lang!r} was passed."
        raise ValueError(msg)
    with warnings.catch_warnings():  # unassessed stakeholders: grey, said below
        warnings.simplefilter("ignore")
        grid = power_interest(smap, threshold=threshold, labels=labels or lang)
    lo, hi = smap.scale.min, smap.scale.max
    span = hi - lo
    mult = _SPAN_UNITS / span
    power, interest = kumu_field_name("power", lang), kumu_field_name("interest", lang)
    p, i = _slug(power), _slug(interest)
    cuts = grid.attrs["thresholds"]
    pc, ic = _cut(cuts["power"], span), _cut(cuts["interest"], span)
    unplaced = len(smap.stakeholders) - len(grid)
    head = text("kumu_view_title", lang, name=smap.name)
    head += " " + text("kumu_view_paste", lang)
    lines = [*_comment(head), ""]
    lines += [
        "@settings {",
        "  layout: scatter;",
        f'  layout-x: "{i}";',
        f'  layout-y: "{p}";',
        f"  layout-x-multiplier: {_number(mult)};",
        f"  layout-y-multiplier: {_number(mult)};",
        "  layout-grid: off;",
        f"  layout-bounds-xmin: {_number(lo * mult)};",
        f"  layout-bounds-xmax: {_number(hi * mult)};",
        f"  layout-bounds-ymin: {_number(lo * mult)};",
        f"  layout-bounds-ymax: {_number(hi * mult)};",
        f"  layout-guides: x({_number(lo * mult)}) x({_number(float(ic) * mult)}) "
        f"x({_number(hi * mult)}) y({_number(lo * mult)}) "
        f"y({_number(float(pc) * mult)}) y({_number(hi * mult)});",
        "}",
        "",
    ]
    rules = {
        Quadrant.MANAGE_CLOSELY.value: f"[{p} >= {pc}][{i} >= {ic}]",
        Quadrant.KEEP_SATISFIED.value: f"[{p} >= {pc}][{i} < {ic}]",
        Quadrant.KEEP_INFORMED.value: f"[{p} < {pc}][{i} >= {ic}]",
        Quadrant.MONITOR.value: f"[{p} < {pc}][{i} < {ic}]",
    }
    set_name = labels or lang
    for key, selector in rules.items():
        lines += [
            f"/* elements: {quadrant_label(key, set_name)} */",
            f"element{selector} {{",
            f"  color: {QUADRANT_PALETTE[key].upper()};",
            "}",
            "",
        ]
    lines += [
        f"/* elements: {label('not_assessed_quadrant', lang)} */",
        f"element[!{p}], element[!{i}] {{",
        f"  color: {_NOT_ASSESSED_COLOR};",
        "}",
    ]
    if unplaced:
        lines += ["", *_comment(text("kumu_view_unplaced", lang, count=unplaced))]
    return "\n".join(lines) + "\n"


def write_kumu_grid_view(
    smap: StakeholderMap,
    path: str | Path,
    *,
    threshold: Threshold = "midpoint",
    labels: str | None = None,
    lang: str | None = None,
) -> Path:
    """Write :func:`kumu_grid_view` to a UTF-8 text file, atomically.

    Parameters
    ----------
    smap
        The stakeholder map.
    path
        The file to write (``.txt`` or ``.css``, say).
    threshold, labels, lang
        As for :func:`kumu_grid_view`.

    Returns
    -------
    pathlib.Path
        The path written.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.export.write_kumu_grid_view(smap, Path(tmp) / "grid.txt")
    ...     path.read_text(encoding="utf-8").count("color:")
    5
    """
    view = kumu_grid_view(smap, threshold=threshold, labels=labels, lang=lang)
    p = Path(path)

    def save(tmp: Path) -> None:
        tmp.write_text(view, encoding="utf-8")

    atomic_write(p, save)
    return p
