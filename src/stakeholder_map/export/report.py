"""Reports to share: one self-contained HTML file, or Markdown, in Dutch or English.

:func:`to_html` and :func:`to_markdown` build the same report: a summary, the
views (figures embedded as SVG, so the file works offline and prints sharply),
the classification table, what changed between snapshots, the methods with their
sources and what the privacy profile removed. Every text that comes from the map
is escaped; the HTML loads no script, style sheet, font or image from anywhere.
"""

from __future__ import annotations

import base64
import html
import os
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from stakeholder_map._empty_views import empty_view_reason
from stakeholder_map._types import Quadrant
from stakeholder_map.export._describe import describe
from stakeholder_map.export._tables import (
    Table,
    classification,
    sort_classification,
)
from stakeholder_map.i18n import MESSAGE_LANGUAGES, label, quadrant_label, text
from stakeholder_map.io._atomic import atomic_write
from stakeholder_map.privacy import Profile, _redact_any, redaction_report

if TYPE_CHECKING:
    from stakeholder_map.analysis._common import Threshold
    from stakeholder_map.models import StakeholderMap

__all__ = ["REPORT_VIEWS", "to_html", "to_markdown", "write_report"]

#: Figures a report can hold: view name -> plotting function and its source.
REPORT_VIEWS: dict[str, tuple[str, str]] = {
    "grid": (
        "plot_power_interest",
        "Mendelow (1981); Johnson & Scholes, Exploring Corporate Strategy; "
        "Eden & Ackermann (1998)",
    ),
    "salience": ("plot_salience", "Mitchell, Agle & Wood (1997), AMR 22(4)"),
    "attitude": ("plot_attitude_grid", "power x attitude; Bryson (2004)"),
    "cube": ("plot_stakeholder_cube", "Murray-Webster & Simon (2006)"),
    "priority": ("plot_priority", "Bourne & Walker (2005), weights 4/2/5"),
    "network": (
        "plot_network",
        "networkx; Prell, Hubacek & Reed (2009)",
    ),
    "movement": ("plot_movement", "snapshots of the map's dated ratings"),
}


# --------------------------------------------------------------------------------
# A small document model, rendered to HTML or Markdown
# --------------------------------------------------------------------------------


@dataclass
class _Figure:
    svg: str
    caption: str
    alt: str = ""
    data: Table | None = None
    key: str = "figure"


@dataclass
class _Embed:
    """Ready-made HTML (the interactive network's sandboxed iframe)."""

    html: str
    caption: str


_Block = str | Table | _Figure | _Embed | list[str]


@dataclass
class _Section:
    title: str
    blocks: list[_Block]


@dataclass
class _Report:
    title: str
    subtitle: str
    lang: str
    sections: list[_Section]
    footer: str


def _svg(fig: Any, prefix: str) -> str:
    """Render a figure as inline SVG without anything that points outside.

    Element ids get ``prefix``, so several figures in one page do not share ids.
    """
    import io

    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]  # drop the XML declaration and DOCTYPE
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.DOTALL)
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r'href="#([^"]+)"', rf'href="#{prefix}-\1"', svg)
    return re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", svg)


def _svg_text(svg: str, prefix: str, title: str, desc: str) -> str:
    """Give an inline SVG a title and description that screen readers announce."""
    e = html.escape
    head_end = svg.index(">", svg.index("<svg")) + 1
    opening = svg[:head_end]
    opening = opening[:-1] + (
        f' role="img" aria-labelledby="{prefix}-title {prefix}-desc">'
    )
    return (
        opening
        + f'<title id="{prefix}-title">{e(title)}</title>'
        + f'<desc id="{prefix}-desc">{e(desc)}</desc>'
        + svg[head_end:]
    )


def _figure(
    smap: StakeholderMap,
    view: str,
    *,
    lang: str,
    previous: StakeholderMap | None = None,
    **kwargs: Any,
) -> str:
    import matplotlib.pyplot as plt

    import stakeholder_map.plotting as plotting

    plot = getattr(plotting, REPORT_VIEWS[view][0])
    fig = plt.figure(figsize=(10, 6.5))
    try:
        ax = fig.add_subplot()
        with plotting.theme("notebook"):
            if view == "grid":
                plot(smap, ax=ax, lang=lang, **kwargs)
            elif view == "movement" and previous is not None:
                plot(previous, smap, ax=ax)
            else:
                plot(smap, ax=ax)
            return _svg(fig, f"skm-{view}")
    finally:
        plt.close(fig)


def _available_views() -> tuple[str, ...]:
    try:
        import stakeholder_map.plotting as plotting
    except ModuleNotFoundError as err:  # a build without the plotting layer
        if err.name != "stakeholder_map.plotting":
            raise
        return ()
    return tuple(v for v, (fn, _) in REPORT_VIEWS.items() if hasattr(plotting, fn))


def _changes(
    shared: StakeholderMap,
    previous: StakeholderMap | None,
    *,
    threshold: Threshold,
    label_set: str,
    lang: str,
) -> list[_Block] | None:
    """Return the blocks of the "what changed" section, or None without snapshots."""
    import warnings

    from stakeholder_map.analysis import movement, snapshot_dates
    from stakeholder_map.exceptions import StakeholderMapWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        if previous is not None:
            moves = movement(previous, shared, threshold=threshold)
            since = previous.date.isoformat() if previous.date else previous.name
        else:
            dates = snapshot_dates(shared)
            if len(dates) < 2:
                return None
            moves = movement(shared, threshold=threshold)
            since = dates[0].isoformat()
    blocks: list[_Block] = [text("report_changes_since", lang, previous=since)]
    added = moves.loc[moves["status"] == "added", "name"].tolist()
    removed = moves.loc[moves["status"] == "removed", "name"].tolist()
    if added:
        blocks.append(text("report_added", lang, names=", ".join(map(str, added))))
    if removed:
        blocks.append(text("report_removed", lang, names=", ".join(map(str, removed))))
    moved = moves[moves["moved"].fillna(False).astype(bool)]
    if moved.empty:
        blocks.append(text("report_no_changes", lang))
    else:
        blocks.append(
            [
                text(
                    "report_moved",
                    lang,
                    name=row["name"],
                    before=quadrant_label(str(row["quadrant_before"]), label_set),
                    after=quadrant_label(str(row["quadrant_after"]), label_set),
                )
                for _, row in moved.iterrows()
            ]
        )
    return blocks


def _build(
    smap: StakeholderMap,
    *,
    lang: str,
    profile: Profile,
    views: Sequence[str] | None,
    previous: StakeholderMap | None,
    threshold: Threshold,
    labels: str | None,
    title: str | None,
    interactive: bool = False,
) -> _Report:
    import warnings

    from stakeholder_map._version import __version__
    from stakeholder_map.analysis import power_interest
    from stakeholder_map.analysis._common import check_choice
    from stakeholder_map.exceptions import StakeholderMapWarning

    check_choice("lang", lang, MESSAGE_LANGUAGES)
    available = _available_views()
    chosen: tuple[str, ...]
    if views is None:
        dated = {a.date for a in smap.assessments if a.date is not None}
        snapshots = previous is not None or len(dated) >= 2
        defaults: tuple[str, ...] = ("grid", "salience", "attitude", "network")
        if snapshots:
            defaults += ("movement",)
        chosen = tuple(v for v in defaults if v in available)
    else:
        chosen = (views,) if isinstance(views, str) else tuple(views)
        for view in chosen:
            if view not in available:
                hint = ""
                if view in REPORT_VIEWS:
                    hint = text(
                        "view_needs_plot",
                        lang,
                        view=view,
                        function=f"skm.plotting.{REPORT_VIEWS[view][0]}",
                    )
                msg = text(
                    "unknown_view",
                    lang,
                    available=list(available),
                    view=view,
                    hint=hint,
                )
                raise ValueError(msg)
    privacy = redaction_report(smap, profile=profile, lang=lang)
    shared = _redact_any(smap, profile)
    shared_previous = None if previous is None else _redact_any(previous, profile)
    label_set = labels or lang
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        df = power_interest(shared, threshold=threshold, labels=label_set)
    cut = df.attrs["thresholds"]
    left_out = [s.name for s in shared if s.power is None or s.interest is None]

    scale = f"{shared.scale.min:g}-{shared.scale.max:g}"
    summary: list[_Block] = [
        text(
            "report_summary_text",
            lang,
            n_stakeholders=len(shared),
            n_relations=len(shared.relations),
            n_interests=len(shared.interests),
            scale=scale,
        ),
        [
            text(
                "report_quadrant_count",
                lang,
                label=quadrant_label(q.value, label_set),
                n=int((df["quadrant"] == q.value).sum()),
            )
            for q in Quadrant
        ],
    ]
    if shared.description:
        summary.insert(0, shared.description)
    if left_out:
        summary.append(text("notes_left_out", lang, names=", ".join(left_out)))

    figures: list[_Block] = []
    methods: list[str] = [
        text("method_grid", lang, power=cut["power"], interest=cut["interest"])
    ]
    for view in chosen:
        reason = empty_view_reason(shared, view, lang)
        if reason is not None:
            # An empty drawing says nothing; one line says why it is not there.
            figures.append(reason)
            continue
        kwargs: dict[str, Any] = {}
        if view == "grid":
            kwargs = {"threshold": threshold, "labels": label_set}
        else:
            fn, source = REPORT_VIEWS[view]
            methods.append(
                text(
                    "method_view",
                    lang,
                    title=label(f"view_{view}", lang),
                    function=f"skm.plotting.{fn}",
                )
                + f" ({source})"
            )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", StakeholderMapWarning)
            svg = _figure(shared, view, lang=lang, previous=shared_previous, **kwargs)
        about = describe(shared, view, lang=lang, threshold=threshold, labels=label_set)
        caption = label(f"view_{view}", lang)
        svg = _svg_text(svg, f"skm-{view}", caption, about.alt)
        data = Table(about.headers, about.rows) if about.rows else None
        figures.append(_Figure(svg, caption, about.alt, data, view))
    if interactive:
        from stakeholder_map.plotting.interactive import interactive_network

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", StakeholderMapWarning)
            net = interactive_network(shared, lang=lang)
        figures.append(_Embed(net._repr_html_(), label("view_interactive", lang)))

    sections = [
        _Section(text("report_summary", lang), summary),
        _Section(text("report_views", lang), figures),
        _Section(
            text("report_tables", lang),
            [label("table", lang), classification(sort_classification(df), lang)],
        ),
    ]
    changes = _changes(
        shared, shared_previous, threshold=threshold, label_set=label_set, lang=lang
    )
    if changes is not None:
        sections.append(_Section(text("report_changes", lang), changes))
    sections.append(_Section(text("report_methods", lang), [methods]))
    privacy_lines: list[_Block] = list(privacy.splitlines())
    sections.append(_Section(text("report_privacy", lang), privacy_lines))
    subtitle_parts = [text("deck_subtitle", lang, n=len(shared))]
    if shared.date is not None:
        subtitle_parts.append(shared.date.isoformat())
    return _Report(
        title=title or text("report_title", lang, name=shared.name),
        subtitle=" \u00b7 ".join(subtitle_parts),
        lang=lang,
        sections=[s for s in sections if s.blocks],
        footer=text("report_footer", lang, version=__version__),
    )


# --------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
h1{font-size:1.8rem;margin-bottom:.2rem}h2{margin-top:2.2rem;
border-bottom:2px solid #0072B2;padding-bottom:.2rem}
.subtitle{color:#555;margin-top:0}figure{margin:1rem 0}
figure svg{max-width:100%;height:auto}figcaption{color:#555;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;
vertical-align:top}th{background:#f2f2f2}td.num{text-align:right}
footer{margin-top:3rem;color:#666;font-size:.85rem}
@media print{body{margin:0}h2{break-after:avoid}figure{break-inside:avoid}}
"""


def _html_table(block: Table) -> str:
    e = html.escape
    head = "".join(f"<th>{e(h)}</th>" for h in block.headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{e(v)}</td>' if i in block.numeric else f"<td>{e(v)}</td>"
            for i, v in enumerate(row)
        )
        + "</tr>"
        for row in block.rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _html(report: _Report) -> str:
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(report.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(report.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{e(report.title)}</h1>",
        f'<p class="subtitle">{e(report.subtitle)}</p>',
    ]
    for section in report.sections:
        out.append(f"<h2>{e(section.title)}</h2>")
        for block in section.blocks:
            if isinstance(block, str):
                out.append(f"<p>{e(block)}</p>")
            elif isinstance(block, list):
                items = "".join(f"<li>{e(item)}</li>" for item in block)
                out.append(f"<ul>{items}</ul>")
            elif isinstance(block, _Figure):
                # The caption names the figure and says what it shows; the
                # table of its data is one click away.
                cap = f"skm-{block.key}-caption"
                data = ""
                if block.data is not None:
                    data = (
                        f"<details><summary>{e(text('figure_data', report.lang))}"
                        f"</summary>{_html_table(block.data)}</details>"
                    )
                out.append(
                    f'<figure aria-labelledby="{cap}">{block.svg}'
                    f'<figcaption id="{cap}">{e(block.alt or block.caption)}'
                    f"</figcaption>{data}</figure>"
                )
            elif isinstance(block, _Embed):
                out.append(
                    f"<figure>{block.html}<figcaption>{e(block.caption)}"
                    "</figcaption></figure>"
                )
            else:
                out.append(_html_table(block))
    out += [f"<footer>{e(report.footer)}</footer>", "</body>", "</html>", ""]
    return "\n".join(out)


# --------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------

# Markdown is escaped only where a character would start markup, so dates, hyphens,
# dots and parentheses stay as typed (CommonMark 0.31, sections 2.4 and 6; GFM).
_MD_ALWAYS = frozenset("*`[]~")
_MD_PUNCTUATION = frozenset(string.punctuation)
_MD_ENTITY = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
_MD_LINE_START = re.compile(
    r"^(?:(?P<mark>[-+])(?=\s|$)|(?P<rule>-)(?=[-\s]*$)|(?P<hash>#)"
    r"|(?P<num>\d{1,9})(?P<dot>[.)])(?=\s|$))"
)


def _md(value: str, *, context: Literal["block", "inline", "cell"] = "block") -> str:
    """Escape text for Markdown: no markup, links or HTML from the map's data.

    Everywhere: emphasis (``*``, ``_`` unless inside a word), code (backticks),
    links and images (``[``, ``]``), strike-through (``~``), HTML (``<`` and
    ``>`` as entities, ``&`` only where it would start an entity) and a backslash
    that would escape what follows. A ``block`` (paragraph, list item, heading)
    also escapes what would make its line a heading, a list or a rule; a table
    ``cell`` escapes ``|``. Line breaks become spaces in every context.
    """
    flat = " ".join(value.split())
    out: list[str] = []
    last = len(flat) - 1
    for i, ch in enumerate(flat):
        if ch in _MD_ALWAYS or (ch == "|" and context == "cell"):
            out.append("\\" + ch)
        elif ch == "_":
            inside = 0 < i < last and flat[i - 1].isalnum() and flat[i + 1].isalnum()
            out.append("_" if inside else "\\_")
        elif ch == "\\":
            escapes = i == last or flat[i + 1] in _MD_PUNCTUATION
            out.append("\\\\" if escapes else ch)
        elif ch == "(" and i and flat[i - 1] == "]":
            out.append("\\(")  # belt and braces: "](" never reads as a link
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "&" and _MD_ENTITY.match(flat, i):
            out.append("&amp;")
        else:
            out.append(ch)
    escaped = "".join(out)
    if context == "block":
        escaped = _MD_LINE_START.sub(_escape_line_start, escaped, count=1)
    return escaped


def _escape_line_start(match: re.Match[str]) -> str:
    if match["num"] is not None:
        return f"{match['num']}\\{match['dot']}"
    return "\\" + match[0]


def _md_heading(value: str) -> str:
    """Escape a heading's text, whose closing run of ``#`` would be dropped."""
    return re.sub(r"(\s)(#+)$", r"\1\\\2", _md(value))


def _markdown(report: _Report) -> str:
    out = [
        f"# {_md_heading(report.title)}",
        "",
        f"*{_md(report.subtitle, context='inline')}*",
        "",
    ]
    for section in report.sections:
        out += [f"## {_md_heading(section.title)}", ""]
        for block in section.blocks:
            if isinstance(block, str):
                out += [_md(block), ""]
            elif isinstance(block, list):
                out += [f"- {_md(item)}" for item in block] + [""]
            elif isinstance(block, _Embed):
                continue  # scripts have no place in Markdown; to_html only
            elif isinstance(block, _Figure):
                data = base64.b64encode(block.svg.encode("utf-8")).decode("ascii")
                alt = f"{block.caption}. {block.alt}" if block.alt else block.caption
                out += [
                    f"![{_md(alt, context='inline')}]"
                    f"(data:image/svg+xml;base64,{data})",
                    "",
                ]
            else:
                cells = [_md(h, context="cell") for h in block.headers]
                out.append("| " + " | ".join(cells) + " |")
                out.append(
                    "|"
                    + "|".join(
                        "---:" if i in block.numeric else "---"
                        for i in range(len(block.headers))
                    )
                    + "|"
                )
                out += [
                    "| " + " | ".join(_md(v, context="cell") for v in row) + " |"
                    for row in block.rows
                ]
                out.append("")
    out += ["---", "", _md(report.footer), ""]
    return "\n".join(out)


def _write(text_out: str, path: str | os.PathLike[str] | None) -> None:
    if path is None:
        return
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out, lambda tmp: _write_text(tmp, text_out))


def _write_text(path: Path, value: str) -> None:
    path.write_text(value, encoding="utf-8")


_Views = Sequence[Literal["grid", "salience", "network", "movement"]] | Sequence[str]


def to_html(
    smap: StakeholderMap,
    path: str | os.PathLike[str] | None = None,
    *,
    lang: str = "nl",
    profile: Profile = "internal",
    views: _Views | None = None,
    previous: StakeholderMap | None = None,
    threshold: Threshold = "midpoint",
    labels: str | None = None,
    title: str | None = None,
    interactive: bool = False,
) -> str:
    """Build a self-contained HTML report, and write it when a path is given.

    The report holds a summary (counts, stakeholders per quadrant, those not
    scored), the views as inline SVG figures, the classification table, what
    changed (between the first and last snapshot of the map's dated ratings, or
    since ``previous``), the methods with their sources and what the privacy
    profile removed. It works offline: no script, style sheet, font or image is
    loaded from anywhere, and every text from the map is escaped, so a
    stakeholder named ``<script>`` is shown, not run.

    Parameters
    ----------
    smap
        The stakeholder map.
    path
        Where to write the ``.html`` (atomically); None only returns the text.
    lang
        ``"nl"`` or ``"en"``.
    profile
        Privacy profile applied before anything is shown: ``"internal"``,
        ``"cop"`` or ``"public"``.
    views
        Figures to include, among :data:`REPORT_VIEWS` whose plotting function is
        installed; by default the grid, salience, the power/attitude grid and
        the network, and the movement between snapshots when there are any
        (``previous``, or ratings on two dates or more).
    previous
        An earlier version of the map, to report what changed since.
    threshold
        Where "high" starts on the grid (see
        :func:`stakeholder_map.analysis.power_interest`).
    labels
        The quadrant label set; by default the one of ``lang``.
    title
        The report's title; by default built from the map's name.
    interactive
        Also add the interactive network of
        :func:`~stakeholder_map.plotting.interactive_network` to the views: a
        sandboxed ``<iframe>`` whose page carries its script inline (about
        650 kB), so the report still works offline. Off by default, and then the
        report holds no script at all.

    Returns
    -------
    str
        The HTML document.

    Raises
    ------
    ValueError
        When ``lang``, a view, the profile or the label set is unknown.

    See Also
    --------
    to_markdown : The same report in Markdown.
    to_pptx : Slides for the workshop.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> page = skm.export.to_html(smap, views=[])
    >>> page.startswith("<!DOCTYPE html>"), "<script" in page
    (True, False)
    >>> "<h2>Wat veranderde</h2>" in page
    True
    """
    report = _build(
        smap,
        lang=lang,
        profile=profile,
        views=views,
        previous=previous,
        threshold=threshold,
        labels=labels,
        title=title,
        interactive=interactive,
    )
    out = _html(report)
    _write(out, path)
    return out


def to_markdown(
    smap: StakeholderMap,
    path: str | os.PathLike[str] | None = None,
    *,
    lang: str = "nl",
    profile: Profile = "internal",
    views: _Views | None = None,
    previous: StakeholderMap | None = None,
    threshold: Threshold = "midpoint",
    labels: str | None = None,
    title: str | None = None,
) -> str:
    """Build the report of :func:`to_html` as Markdown.

    Figures are embedded as SVG data URIs, so the file stands alone; every text
    from the map is escaped, so it cannot add links, images or HTML.

    Parameters
    ----------
    smap
        The stakeholder map.
    path
        Where to write the ``.md`` (atomically); None only returns the text.
    lang
        ``"nl"`` or ``"en"``.
    profile
        Privacy profile applied first.
    views
        Figures to include, as in :func:`to_html`.
    previous
        An earlier version of the map, to report what changed since.
    threshold
        Where "high" starts on the grid.
    labels
        The quadrant label set; by default the one of ``lang``.
    title
        The report's title.

    Returns
    -------
    str
        The Markdown text.

    See Also
    --------
    to_html : The same report as a web page.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> md = skm.export.to_markdown(smap, lang="en", views=[])
    >>> md.splitlines()[0]
    '# Stakeholder analysis: Huis van het Kind Vlasbeke'
    """
    report = _build(
        smap,
        lang=lang,
        profile=profile,
        views=views,
        previous=previous,
        threshold=threshold,
        labels=labels,
        title=title,
    )
    out = _markdown(report)
    _write(out, path)
    return out


def write_report(
    smap: StakeholderMap,
    path: str | os.PathLike[str],
    *,
    lang: str = "nl",
    profile: Profile = "internal",
    theme: str = "slides",
    previous: StakeholderMap | None = None,
    threshold: Threshold = "midpoint",
    labels: str | None = None,
    interactive: bool = False,
) -> Path:
    """Write a deck, a web page or a Markdown report, chosen by the suffix.

    ``.pptx`` calls :func:`~stakeholder_map.export.to_pptx` (with the views it
    can draw), ``.html``/``.htm`` :func:`to_html` and ``.md`` :func:`to_markdown`.
    This is what ``stakeholder-map report FILE -o OUT`` runs.

    Parameters
    ----------
    smap
        The stakeholder map.
    path
        The file to write; its suffix picks the format.
    lang
        ``"nl"`` or ``"en"``.
    profile
        Privacy profile applied first.
    theme
        Font sizes of a deck: ``"slides"``, ``"notebook"`` or ``"print"``.
    previous
        An earlier version of the map, for the report's "what changed".
    threshold
        Where "high" starts on the grid.
    labels
        The quadrant label set; by default the one of ``lang``.
    interactive
        Add the offline interactive network to an HTML report (see
        :func:`to_html`); only for ``.html``/``.htm``.

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    ValueError
        When the suffix is none of ``.pptx``, ``.html``, ``.htm`` and ``.md``, or
        ``interactive=True`` is asked for a ``.pptx`` or ``.md`` file.

    See Also
    --------
    to_html : The web page.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = skm.export.write_report(smap, Path(tmp) / "rapport.md")
    ...     out.read_text(encoding="utf-8").startswith("# Stakeholderanalyse")
    True

    Only a web page can hold the interactive network:

    >>> skm.export.write_report(smap, "rapport.md", interactive=True)
    Traceback (most recent call last):
    ...
    ValueError: `interactive=True` voegt het interactieve netwerk alleen aan een ...
    """
    out = Path(path)
    suffix = out.suffix.lower()
    if interactive and suffix in (".pptx", ".md"):
        raise ValueError(text("report_interactive_html_only", lang, name=out.name))
    if suffix == ".pptx":
        from stakeholder_map.export.pptx import to_pptx

        return to_pptx(
            smap,
            out,
            lang=lang,
            theme=theme,
            profile=profile,
            threshold=threshold,
            labels=labels,
        )
    if suffix == ".md":
        to_markdown(
            smap,
            out,
            lang=lang,
            profile=profile,
            previous=previous,
            threshold=threshold,
            labels=labels,
        )
        return out
    if suffix in (".html", ".htm"):
        to_html(
            smap,
            out,
            lang=lang,
            profile=profile,
            previous=previous,
            threshold=threshold,
            labels=labels,
            interactive=interactive,
        )
        return out
    msg = f"`path` must end in .pptx, .html, .htm or .md, but {out.name!r} was passed."
    raise ValueError(msg)
