"""MkDocs hook: write the reference tables that come from the code.

A page holds a marker such as ``<!-- generated: cli -->``; this hook replaces it
with Markdown built from the package itself when the site is built, so these
tables cannot drift from the code:

- ``cli``: every ``stakeholder-map`` command with its arguments and options;
- ``sheets``: the sheet names accepted per table;
- ``columns``: the column headers accepted per table (English and Dutch);
- ``words``: the words accepted in cells for scores, attitudes and choices.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

MARKER = re.compile(r"<!-- generated: (?P<name>[a-z_]+) -->")

TABLE_TITLES = {
    "stakeholders": "Stakeholders",
    "relations": "Relations",
    "interests": "Themes",
    "stakes": "Stances on themes",
    "assessments": "Ratings by several raters",
    "interactions": "Contact log",
    "communication": "Communication plan",
    "segments": "Target groups",
    "meta": "About the map",
}


def _code(values: Any) -> str:
    return ", ".join(f"`{v}`" for v in values)


def _cell(text: str) -> str:
    """Text for a table cell: one line, pipes escaped (also inside code)."""
    return " ".join(text.split()).replace("|", "\\|")


# -- command line ----------------------------------------------------------------


def _help_row(param: Any, ctx: Any) -> str:
    """One table row, from the same help record ``--help`` prints."""
    record = param.get_help_record(ctx)
    if record is None:
        return ""
    flags, help_text = record
    # A pipe inside a code span would still split the table cell, and an escaped
    # one would show its backslash: write the code as HTML with an entity.
    code = html.escape(" ".join(flags.split())).replace("|", "&#124;")
    return f"| <code>{code}</code> | {_cell(help_text)} |"


def cli_reference() -> str:
    """Return the reference of every command, from the Typer app itself."""
    import typer

    from stakeholder_map.cli import app

    root: Any = typer.main.get_command(app)
    root_ctx = root.context_class(root, info_name="stakeholder-map")
    lines = [
        "```text",
        f"stakeholder-map {' '.join(root.collect_usage_pieces(root_ctx))}",
        "```",
        "",
        _cell(root.help or ""),
        "",
        "| Command | What it does |",
        "|---|---|",
    ]
    for name, command in root.commands.items():
        summary = (command.help or "").strip().split("\n\n")[0]
        lines.append(f"| [`{name}`](#{name}) | {_cell(summary)} |")
    lines.append("")
    for name, command in root.commands.items():
        lines += _command_section(name, command, root_ctx)
    return "\n".join(lines)


def _command_section(name: str, command: Any, parent: Any, level: int = 2) -> list[str]:
    """Return the section of one command; a group lists and then documents its own."""
    ctx = command.context_class(command, info_name=name.split()[-1], parent=parent)
    usage = " ".join(command.collect_usage_pieces(ctx))
    anchor = name.replace(" ", "-")
    lines = [
        f"{'#' * level} {name} {{#{anchor}}}",
        "",
        "```text",
        f"stakeholder-map {name} {usage}",
        "```",
        "",
    ]
    lines += [
        _cell(paragraph) + "\n"
        for paragraph in (command.help or "").strip().split("\n\n")
    ]
    subcommands = getattr(command, "commands", None)
    if subcommands:
        lines += ["| Command | What it does |", "|---|---|"]
        for sub, cmd in subcommands.items():
            summary = (cmd.help or "").strip().split("\n\n")[0]
            lines.append(f"| [`{name} {sub}`](#{anchor}-{sub}) | {_cell(summary)} |")
        lines.append("")
        for sub, cmd in subcommands.items():
            lines += _command_section(f"{name} {sub}", cmd, ctx, level + 1)
        return lines
    rows = [_help_row(param, ctx) for param in command.params]
    lines += [
        "| Argument or option | Description |",
        "|---|---|",
        *[row for row in rows if row],
        "| `--help` | Show the command's help and exit. |",
        "",
    ]
    return lines
    return "\n".join(lines)


# -- spreadsheets ------------------------------------------------------------------


def sheets_reference() -> str:
    """Return the accepted sheet names per table."""
    from stakeholder_map.i18n import SHEET_ALIASES, SHEET_NAMES

    lines = [
        "| Table | Written as (en / nl) | Also accepted |",
        "|---|---|---|",
    ]
    for table, aliases in SHEET_ALIASES.items():
        en = SHEET_NAMES["en"].get(table, table)
        nl = SHEET_NAMES["nl"].get(table, table)
        others = [a for a in aliases if a not in {en, nl}]
        title = TABLE_TITLES.get(table, table)
        lines.append(f"| {title} | `{en}` / `{nl}` | {_code(others)} |")
    return "\n".join(lines)


def columns_reference() -> str:
    """Return the accepted column headers per table, one table per sheet."""
    from stakeholder_map.i18n import (
        COLUMN_ALIASES,
        COLUMN_HEADERS_NL,
        COLUMN_HEADERS_NL_BY_TABLE,
    )

    lines: list[str] = []
    for table, fields in COLUMN_ALIASES.items():
        written_nl = COLUMN_HEADERS_NL_BY_TABLE.get(table, {})
        lines += [
            f"### {TABLE_TITLES.get(table, table)} (`{table}`)",
            "",
            "| Column | Dutch header | Also accepted |",
            "|---|---|---|",
        ]
        for field, aliases in fields.items():
            nl = written_nl.get(field) or COLUMN_HEADERS_NL.get(field, "")
            others = [a for a in aliases if a not in {field, nl}]
            nl_cell = f"`{nl}`" if nl else ""
            lines.append(f"| `{field}` | {nl_cell} | {_code(others)} |")
        lines.append("")
    return "\n".join(lines)


def words_reference() -> str:
    """Return the words accepted in cells for scores, attitudes and choices."""
    from stakeholder_map.i18n import (
        ATTITUDE_WORDS,
        BOOL_WORDS,
        CHOICE_WORDS,
        SCORE_WORDS,
    )

    def grouped(words: dict[str, Any]) -> dict[Any, list[str]]:
        out: dict[Any, list[str]] = {}
        for word, value in words.items():
            out.setdefault(value, []).append(word)
        return out

    lines = [
        "**Scores** (power, interest, legitimacy, urgency, proximity, ...): a number"
        " on the map's scale, or a word of a three-point scale that maps to the"
        " lowest point, the midpoint or the highest point of the scale.",
        "",
        "| Point of the scale | Words |",
        "|---|---|",
    ]
    names = {0.0: "lowest", 0.5: "midpoint", 1.0: "highest"}
    for value, words in grouped(SCORE_WORDS).items():
        lines.append(f"| {names.get(value, value)} | {_code(words)} |")
    lines += [
        "",
        "**Attitude** (and a stance on a theme): a number from -2 to +2, or a word.",
        "",
        "| Value | Words |",
        "|---|---|",
    ]
    for value, words in sorted(grouped(ATTITUDE_WORDS).items()):
        lines.append(f"| {value:+g} | {_code(words)} |".replace("+0", "0"))
    lines += [
        "",
        "**Choices**: the English value itself (e.g. `funding`, `newsletter`,"
        " `monthly`) or one of these words.",
        "",
        "| Column | Value | Words |",
        "|---|---|---|",
    ]
    for column, words in CHOICE_WORDS.items():
        for value, group in grouped(words).items():
            lines.append(f"| `{column}` | `{value}` | {_code(group)} |")
    lines += ["", "**Yes/no** columns (e.g. `directed`):", ""]
    for value, words in grouped(BOOL_WORDS).items():
        lines.append(f"- {'yes' if value else 'no'}: {_code(words)}")
    return "\n".join(lines)


GENERATORS: dict[str, Callable[[], str]] = {
    "cli": cli_reference,
    "sheets": sheets_reference,
    "columns": columns_reference,
    "words": words_reference,
}


def fill(markdown: str) -> str:
    """Replace every marker in ``markdown`` by its generated Markdown."""

    def replace(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in GENERATORS:
            msg = f"Unknown generated section {name!r}; known: {sorted(GENERATORS)}."
            raise KeyError(msg)
        return GENERATORS[name]()

    return MARKER.sub(replace, markdown)


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """Fill the generated sections of a page (an MkDocs event).

    Parameters
    ----------
    markdown
        The page's Markdown.
    **kwargs
        The page, config and files of the event, unused.

    Returns
    -------
    str
        The Markdown with every marker replaced.
    """
    return fill(markdown)
