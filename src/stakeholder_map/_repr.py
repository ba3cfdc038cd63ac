"""How a :class:`~stakeholder_map.StakeholderMap` shows itself in notebooks.

A short text for ``repr`` and a compact HTML summary for Jupyter. This module sits
above the analyses it calls (the quadrants, the representation audit), so
``models`` does not import it: importing this module registers :func:`map_repr`
and :func:`map_html` with :func:`stakeholder_map.models.register_display`, and
``import stakeholder_map`` imports it. It loads only what ``models`` already
loaded; the analyses (and pandas) load when a summary is first drawn. Every text
taken from the map is escaped with :func:`html.escape`; labels follow the map's
language.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from stakeholder_map._types import Quadrant
from stakeholder_map.i18n import label, quadrant_label, text
from stakeholder_map.models import register_display

if TYPE_CHECKING:
    import pandas as pd

    from stakeholder_map.models import StakeholderMap

__all__ = ["MAX_NAMES", "MAX_ROWS", "OPEN_ROWS", "map_html", "map_problems", "map_repr"]

#: Stakeholder rows shown in the HTML table at most; a note says how many more.
MAX_ROWS = 200
#: Up to this many rows the table is open; longer ones fold into ``<details>``.
OPEN_ROWS = 12
#: Names listed in one problem line before ", and N more".
MAX_NAMES = 8

#: The map's collections counted by the short text, in order, with their words.
_COUNTED = (
    ("relations", "relations"),
    ("interests", "themes"),
    ("stakes", "stakes"),
    ("assessments", "assessments"),
    ("interactions", "interactions"),
    ("communication", "planned items"),
    ("segments", "segments"),
)

_CSS = (
    ".skm-map{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,"
    "sans-serif;font-size:13px;line-height:1.4;max-width:60rem}"
    ".skm-map .skm-title{font-size:15px;font-weight:600;margin:0 0 .15rem}"
    ".skm-map .skm-meta,.skm-map .skm-desc{color:#555;margin:0 0 .35rem}"
    ".skm-map ul{margin:.2rem 0 .4rem 1.1rem;padding:0}"
    ".skm-map table{border-collapse:collapse;margin:.2rem 0 .4rem;font-size:inherit}"
    ".skm-map th,.skm-map td{padding:.12rem .55rem;text-align:left;"
    "border-bottom:1px solid #e3e3e3}"
    ".skm-map td.skm-num{text-align:right;font-variant-numeric:tabular-nums}"
    ".skm-map th{font-weight:600}"
    ".skm-map summary{cursor:pointer;font-weight:600;margin:.3rem 0}"
    ".skm-map .skm-problems li{color:#8a3b00}"
)


def map_repr(smap: StakeholderMap) -> str:
    """Return a one-line description of a map with its counts.

    Only the name, the number of stakeholders and relations and the other
    collections that are not empty, the scale, the language and the date: a map
    of a few hundred stakeholders stays readable in a console. The text is for
    programmers and stays in English whatever the map's language.

    Parameters
    ----------
    smap
        The stakeholder map.

    Returns
    -------
    str
        E.g. ``StakeholderMap(name='Demo', 2 stakeholders, 1 relations,
        scale 1-5, language 'en')``.

    Examples
    --------
    >>> from stakeholder_map._repr import map_repr
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> print(map_repr(smap))  # doctest: +NORMALIZE_WHITESPACE
    StakeholderMap(name='Huis van het Kind Vlasbeke', 38 stakeholders,
    94 relations, 4 themes, 82 stakes, 257 assessments, 70 interactions,
    15 planned items, 4 segments, scale 1-5, language 'nl', date 2026-09-24)
    """
    parts = [f"name={smap.name!r}", f"{len(smap.stakeholders)} stakeholders"]
    parts.append(f"{len(smap.relations)} relations")
    for field, word in _COUNTED[1:]:
        n = len(getattr(smap, field))
        if n:
            parts.append(f"{n} {word}")
    parts.append(f"scale {smap.scale.min:g}-{smap.scale.max:g}")
    parts.append(f"language {smap.language.value!r}")
    if smap.date is not None:
        parts.append(f"date {smap.date.isoformat()}")
    return f"StakeholderMap({', '.join(parts)})"


def _names(names: list[str], lang: str) -> str:
    shown = ", ".join(names[:MAX_NAMES])
    if len(names) > MAX_NAMES:
        shown += text("diff_more", lang, n=len(names) - MAX_NAMES)
    return shown


def map_problems(smap: StakeholderMap, *, lang: str | None = None) -> list[str]:
    """List what is valid in a map but worth a second look, in plain sentences.

    The map's validation already refuses broken references and scores off the
    scale; these are the softer points a coordinator should check: stakeholders
    without power or interest (left out of the grid), without an attitude or
    without any relation (when the map has relations), one name under several
    ids, themes nobody takes a stance on, and target groups with fewer
    representatives than they need.

    Parameters
    ----------
    smap
        The stakeholder map.
    lang
        ``"en"`` or ``"nl"``; by default the map's language.

    Returns
    -------
    list of str
        One sentence per kind of problem, empty when there is nothing to check.

    Examples
    --------
    >>> from stakeholder_map._repr import map_problems
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> print(map_problems(smap, lang="en")[0])
    2 stakeholders without power or interest, so not on the grid: Speel-o-theek
    De Knikker, Zelforganisatie van nieuwkomers Samen Thuis.
    """
    lang = lang or smap.language.value
    out: list[str] = []
    not_scored = [s.name for s in smap if s.power is None or s.interest is None]
    if not_scored:
        out.append(
            text(
                "repr_not_scored",
                lang,
                n=len(not_scored),
                names=_names(not_scored, lang),
            )
        )
    no_attitude = [
        s.name
        for s in smap
        if s.attitude is None and s.power is not None and s.interest is not None
    ]
    if no_attitude:
        out.append(
            text(
                "repr_no_attitude",
                lang,
                n=len(no_attitude),
                names=_names(no_attitude, lang),
            )
        )
    if smap.relations:
        linked = {r.source for r in smap.relations} | {r.target for r in smap.relations}
        lonely = [s.name for s in smap if s.id not in linked]
        if lonely:
            out.append(
                text(
                    "repr_no_relations", lang, n=len(lonely), names=_names(lonely, lang)
                )
            )
    by_name: dict[str, list[str]] = {}
    first_name: dict[str, str] = {}
    for s in smap:
        key = " ".join(s.name.casefold().split())  # case and spacing ignored
        by_name.setdefault(key, []).append(s.id)
        first_name.setdefault(key, s.name)
    for key, ids in by_name.items():
        if len(ids) > 1:
            out.append(
                text(
                    "repr_duplicate_names",
                    lang,
                    name=first_name[key],
                    n=len(ids),
                    ids=", ".join(ids),
                )
            )
    if smap.interests:
        taken = {k.interest_id for k in smap.stakes}
        unused = [t.name for t in smap.interests if t.id not in taken]
        if unused:
            n = len(unused)
            plural = "" if n == 1 else {"nl": "'s"}.get(lang, "s")
            out.append(
                text(
                    "repr_unused_themes",
                    lang,
                    n=n,
                    s=plural,
                    names=_names(unused, lang),
                )
            )
    if smap.segments:
        out.extend(_segment_problems(smap, lang))
    return out


def _segment_problems(smap: StakeholderMap, lang: str) -> list[str]:
    from stakeholder_map.analysis import representation

    audit = representation(smap, categories=False)
    short = audit["status"].astype(str).isin(["missing", "under_represented"])
    names = audit.loc[short, "name"].astype(str).tolist()
    if not names:
        return []
    return [text("repr_unrepresented", lang, n=len(names), names=_names(names, lang))]


def _fmt(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _quadrants(smap: StakeholderMap, lang: str) -> pd.DataFrame:
    from stakeholder_map.analysis import power_interest
    from stakeholder_map.analysis._views import quiet

    return quiet(power_interest, smap, labels=lang)


def map_html(smap: StakeholderMap) -> str:
    """Return the compact HTML summary a notebook shows for a map.

    The name, description, scale, language and date; the counts of every
    collection (stakeholders, relations, themes, stances, ratings, raters,
    rating dates, logged contacts, planned messages, target groups); the
    number of stakeholders per quadrant of the power/interest grid; a table of
    the stakeholders with category, power, interest, attitude and quadrant
    (folded into ``<details>`` beyond :data:`OPEN_ROWS` rows, cut at
    :data:`MAX_ROWS`); and the points to check of :func:`map_problems`.
    Labels are in the map's language. Every text from the map is escaped, and
    the fragment loads nothing and runs no script.

    Parameters
    ----------
    smap
        The stakeholder map.

    Returns
    -------
    str
        An HTML fragment (a ``<div>`` with its own scoped ``<style>``).

    See Also
    --------
    stakeholder_map.analysis.power_interest : The quadrants in the table.

    Notes
    -----
    The quadrants use the default threshold, the midpoint of the map's scale
    (a score on the threshold counts as high), as
    :func:`~stakeholder_map.analysis.power_interest` does.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> page = smap._repr_html_()
    >>> "<script" in page, "Nauw betrekken" in page
    (False, True)
    """
    import html

    lang = smap.language.value
    e = html.escape
    out = [f'<div class="skm-map" lang="{e(lang)}"><style>{_CSS}</style>']
    out.append(f'<p class="skm-title">{e(smap.name)}</p>')
    meta = [
        f"{e(label('repr_scale', lang))}: {smap.scale.min:g}–{smap.scale.max:g}",
        f"{e(label('repr_language', lang))}: {e(lang)}",
    ]
    if smap.date is not None:
        meta.append(f"{e(label('repr_date', lang))}: {smap.date.isoformat()}")
    out.append(f'<p class="skm-meta">{" · ".join(meta)}</p>')
    if smap.description:
        out.append(f'<p class="skm-desc">{e(smap.description)}</p>')

    raters = {a.rater for a in smap.assessments}
    dates = {a.date for a in smap.assessments if a.date is not None}
    counts = [
        ("repr_n_stakeholders", len(smap.stakeholders)),
        ("repr_n_relations", len(smap.relations)),
        ("repr_n_interests", len(smap.interests)),
        ("repr_n_stakes", len(smap.stakes)),
        ("repr_n_assessments", len(smap.assessments)),
        ("repr_n_raters", len(raters)),
        ("repr_n_dates", len(dates)),
        ("repr_n_interactions", len(smap.interactions)),
        ("repr_n_communication", len(smap.communication)),
        ("repr_n_segments", len(smap.segments)),
    ]
    shown = [(k, n) for i, (k, n) in enumerate(counts) if n or i < 2]
    items = " · ".join(f"<b>{n}</b> {e(label(k, lang))}" for k, n in shown)
    out.append(f'<p class="skm-counts">{items}</p>')

    if not smap.stakeholders:
        out.append(f"<p>{e(text('repr_no_stakeholders', lang))}</p></div>")
        return "".join(out)

    grid = _quadrants(smap, lang)
    per_quadrant = Counter(str(q) for q in grid["quadrant"])
    quads = " · ".join(
        f"{e(quadrant_label(q.value, lang))}: <b>{per_quadrant.get(q.value, 0)}</b>"
        for q in Quadrant
    )
    left_out = len(smap.stakeholders) - len(grid)
    if left_out:
        quads += f" · {e(label('not_assessed', lang))}: <b>{left_out}</b>"
    out.append(f"<p>{e(label('repr_quadrants', lang))}: {quads}</p>")

    out.append(_table(smap, grid, lang))
    problems = map_problems(smap, lang=lang)
    if problems:
        lines = "".join(f"<li>{e(p)}</li>" for p in problems)
        title = e(label("repr_problems", lang).format(n=len(problems)))
        out.append(
            f'<details class="skm-problems" open><summary>{title}</summary>'
            f"<ul>{lines}</ul></details>"
        )
    out.append("</div>")
    return "".join(out)


def _table(smap: StakeholderMap, grid: pd.DataFrame, lang: str) -> str:
    import html

    e = html.escape
    quadrant = grid["label"].to_dict()
    headers = ["name", "category", "power", "interest", "attitude", "quadrant"]
    head = "".join(f"<th>{e(label(h, lang))}</th>" for h in headers)
    rows = []
    for s in smap.stakeholders[:MAX_ROWS]:
        attitude = "" if s.attitude is None else f"{s.attitude:+g}"
        cells = [
            f"<td>{e(s.name)}</td>",
            f"<td>{e(s.category or '')}</td>",
            f'<td class="skm-num">{_fmt(s.power)}</td>',
            f'<td class="skm-num">{_fmt(s.interest)}</td>',
            f'<td class="skm-num">{attitude.replace("+0", "0")}</td>',
            f"<td>{e(quadrant.get(s.id, label('not_assessed', lang)))}</td>",
        ]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    n = len(smap.stakeholders)
    note = ""
    if n > MAX_ROWS:
        note = f"<p>{e(text('repr_rows_shown', lang, shown=MAX_ROWS, n=n))}</p>"
    table = (
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    title = e(label("repr_stakeholders", lang).format(n=n))
    opened = " open" if n <= OPEN_ROWS else ""
    return f"<details{opened}><summary>{title}</summary>{table}{note}</details>"


register_display("text", map_repr)
register_display("html", map_html)
