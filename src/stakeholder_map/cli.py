"""The ``stakeholder-map`` command: stakeholder analysis without programming.

Every command reads a workbook (or CSV/YAML/JSON file), checks it and writes figures
and tables. User errors (a bad cell, a missing file) print a clear message without a
traceback and exit with status 1; wrong usage exits with status 2.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from stakeholder_map._cli_base import STATE as _STATE
from stakeholder_map._cli_base import Lang
from stakeholder_map._cli_base import UserError as _UserError
from stakeholder_map._cli_base import command_lang as _lang
from stakeholder_map._cli_base import data_lang as _data_lang
from stakeholder_map._cli_base import read_map as _read
from stakeholder_map._cli_base import system_lang as _system_lang
from stakeholder_map._cli_base import user_errors as _user_errors
from stakeholder_map.i18n import MESSAGE_LANGUAGES, label, text

if TYPE_CHECKING:
    import pandas as pd

    from stakeholder_map.models import StakeholderMap

__all__ = ["app", "main"]


class ThemeName(StrEnum):
    """Figure themes."""

    slides = "slides"
    notebook = "notebook"
    print = "print"


app = typer.Typer(
    name="stakeholder-map",
    help=(
        "Stakeholder mapping for workshops and partnerships: check a workbook, "
        "classify stakeholders on the power/interest grid and write slide-ready "
        "figures. Start with `stakeholder-map demo`."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        "-l",
        help="Language of labels and messages (default: the language of the "
        "file's sheets and headers, else of the system). French (fr) covers the "
        "messages and the grid; the rest is English.",
        show_default=False,
    ),
]
TitleOption = Annotated[
    str | None,
    typer.Option(
        help="Title of the figures, slides and report (default: the map's name: "
        "the meta sheet's name or the title above the headers)."
    ),
]
FileArgument = Annotated[
    Path,
    typer.Argument(
        help="The stakeholder file: .xlsx, .csv, .yaml/.yml or .json, or a file "
        "from Kumu (.xlsx, .csv, .json), Gephi or yEd (.gexf, .graphml).",
        show_default=False,
    ),
]


_NOTES_SHOWN: set[str] = set()
#: At most this many names in the "not scored yet" note; `validate` lists all.
_NOTE_NAMES = 10


def _note(message: str) -> None:
    """Print a note to stderr once, however often it comes up."""
    if message not in _NOTES_SHOWN:
        _NOTES_SHOWN.add(message)
        typer.echo(message, err=True)


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: Any = None,
    line: str | None = None,
) -> None:
    """Show warnings as plain notes, each once, without file and line."""
    from stakeholder_map.exceptions import (
        EmptyViewWarning,
        InputNoteWarning,
        UnassessedWarning,
    )

    if isinstance(message, UnassessedWarning) and message.names:
        _note(_left_out_note(message.names, _STATE["lang"]))
    elif isinstance(message, EmptyViewWarning | InputNoteWarning):
        _note(str(message))
    else:
        _note(f"{category.__name__}: {message}")


def _left_out_note(names: Sequence[str], lang: str) -> str:
    """Say who is not scored yet: every name of a few, the count and ten of many."""
    if len(names) <= _NOTE_NAMES:
        return text("left_out", lang, names=", ".join(names))
    shown = ", ".join(names[:_NOTE_NAMES])
    rest = text("left_out_rest", lang, file=_STATE["file"])
    return f"{text('left_out_count', lang, n=len(names), names=shown)} {rest}"


@app.callback()
def _setup() -> None:
    """Stakeholder mapping for workshops and partnerships."""
    import warnings

    warnings.showwarning = _show_warning


def _stakeholder_id(smap: StakeholderMap, value: str, lang: str, *, option: str) -> str:
    """Find a stakeholder by id, name or short name, as the user typed it."""
    from stakeholder_map.i18n import normalize

    if value in smap.ids:
        return value
    key = normalize(value)
    found = {
        s.id
        for s in smap.stakeholders
        if key in {normalize(s.id), normalize(s.name), normalize(s.short_name or "")}
    }
    if len(found) == 1:
        return found.pop()
    if found:
        ids = ", ".join(repr(i) for i in sorted(found))
        raise _UserError(text("ambiguous_name", lang, name=value, ids=ids))
    names = [n for s in smap.stakeholders for n in (s.name, s.short_name) if n]
    raise _UserError(
        text("cli_unknown_stakeholder", lang, option=option, name=value)
        + _suggestion(value, names, lang)
    )


def _kept_report(smap: StakeholderMap, lang: str) -> list[str]:
    """Say which columns and relation kinds of the user's own were kept."""
    from stakeholder_map.models import BUILTIN_KINDS

    lines = []
    for table in ("stakeholders", "relations"):
        seen: dict[str, None] = {}
        for row in getattr(smap, table):
            seen.update(dict.fromkeys(row.attributes))
        if seen:
            columns = ", ".join(repr(c) for c in seen)
            lines.append(
                text(
                    "cli_kept_columns", lang, table=label(table, lang), columns=columns
                )
            )
    own = [k for k in smap.relation_kinds if k not in BUILTIN_KINDS]
    if own:
        kinds = ", ".join(repr(k) for k in own)
        lines.append(text("cli_own_kinds", lang, kinds=kinds))
    return lines


#: The scores `validate` reports as missing, in the order of the workbook.
_SCORES = ("power", "interest", "attitude", "legitimacy", "urgency", "proximity")


def _unscored_report(smap: StakeholderMap, lang: str) -> list[str]:
    """Name, per score, every stakeholder that has none yet."""
    lines = []
    for score in _SCORES:
        names = [s.name for s in smap.stakeholders if getattr(s, score) is None]
        word = label(score, lang).lower()
        if names and len(names) == len(smap.stakeholders):
            lines.append(text("cli_not_scored_anyone", lang, score=word))
        elif names:
            joined = ", ".join(names)
            lines.append(text("cli_not_scored", lang, score=word, names=joined))
    return lines


def _parse_threshold(value: str) -> str | float:
    try:
        return float(value.replace(",", "."))
    except ValueError:
        return value


def _grid_figure(
    smap: StakeholderMap,
    outs: Sequence[Path],
    *,
    lang: str,
    threshold: str | float = "midpoint",
    theme_name: str = "slides",
    labels: str | None = None,
    hue: str | None = None,
) -> pd.DataFrame:
    """Classify, draw the grid once, save it to every path; return the table.

    ``hue`` names the column the markers are coloured by (a field such as
    ``category`` or one of the map's own columns such as ``Regio``); None keeps
    the grid's default, the attitude.
    """
    import matplotlib.pyplot as plt

    from stakeholder_map.analysis import power_interest
    from stakeholder_map.analysis._views import add_map_columns
    from stakeholder_map.plotting import plot_power_interest, theme

    label_set = labels or lang
    df = power_interest(smap, threshold=threshold, labels=label_set)
    drawn = df
    if hue is not None:
        column = _hue_column(smap, df, hue, lang)
        drawn = add_map_columns(df, smap, [column])
        drawn.attrs = df.attrs
    with theme(theme_name):  # type: ignore[arg-type]  # checked by typer's enum
        fig, ax = plt.subplots()
        try:
            plot_power_interest(
                drawn,
                ax=ax,
                labels=label_set,
                lang=lang,
                label="short_name",
                hue="attitude" if hue is None else column,
            )
            ax.set_title(smap.name)
            for out in outs:
                _save(fig, out)
        finally:
            plt.close(fig)
    return df


def _hue_column(smap: StakeholderMap, df: pd.DataFrame, name: str, lang: str) -> str:
    """Return the column ``--hue`` names, found as the user typed it or nearly.

    A column of the classification, a stakeholder field or one of the map's own
    columns; case, spaces and accents do not matter (``regio`` finds ``Regio``).
    """
    from stakeholder_map.analysis._views import own_columns
    from stakeholder_map.io._cells import lookup_key

    fields = (
        "category",
        "parent",
        "engagement_current",
        "engagement_desired",
        "participation",
    )
    candidates = [*df.columns, *fields, *own_columns(smap.stakeholders)]
    candidates = [
        c for c in dict.fromkeys(candidates) if c not in ("name", "short_name", "label")
    ]
    for c in candidates:
        if c == name or lookup_key(c) == lookup_key(name):
            return str(c)
    raise _UserError(
        text(
            "cli_unknown_hue",
            lang,
            name=name,
            columns=", ".join(str(c) for c in candidates),
        )
        + _suggestion(name, [str(c) for c in candidates], lang)
    )


def _suggestion(word: str, choices: Sequence[str], lang: str) -> str:
    """Return " Did you mean 'x'?" for the nearest choice, or an empty text."""
    import difflib

    near = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if not near:
        lowered = {c.lower(): c for c in choices}
        near = [
            lowered[m]
            for m in difflib.get_close_matches(word.lower(), lowered, n=1, cutoff=0.6)
        ]
    return text("did_you_mean", lang, suggestion=near[0]) if near else ""


def _save(fig: Any, out: Path) -> None:
    """Save a figure atomically (a temporary file, then a rename)."""
    from stakeholder_map.io._atomic import atomic_write

    out.parent.mkdir(parents=True, exist_ok=True)
    fmt = out.suffix.lstrip(".").lower()
    atomic_write(out, lambda tmp: fig.savefig(tmp, format=fmt))


def _check_suffix(
    out: Path, allowed: tuple[str, ...], *, option: str, lang: str
) -> str:
    """Return the lower-case suffix of ``out``, or stop with a clear message."""
    suffix = out.suffix.lower()
    if suffix not in allowed:
        listed = allowed[0]
        if len(allowed) > 1:
            listed = f"{', '.join(allowed[:-1])} {text('or', lang)} {allowed[-1]}"
        raise _UserError(
            text("cli_bad_suffix", lang, option=option, listed=listed, name=out.name)
        )
    return suffix


def _print_summary(smap: StakeholderMap, df: pd.DataFrame, lang: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(
        f"[bold]{smap.name}[/bold]: "
        f"{len(smap.stakeholders)} {label('stakeholders', lang)}, "
        f"{len(smap.relations)} {label('relations', lang)}, "
        f"{len(smap.interests)} {label('interests', lang)}, "
        f"{len(smap.assessments)} {label('assessments', lang)}"
    )
    short = {s.id: s.display_name for s in smap.stakeholders}
    table = Table(show_lines=False)
    table.add_column(label("quadrant", lang))
    table.add_column(label("stakeholders", lang).capitalize())
    table.add_column(label("strategy", lang))
    for quadrant in df["quadrant"].cat.categories:
        rows = df[df["quadrant"] == quadrant]
        if rows.empty:
            continue
        table.add_row(
            f"{rows['label'].iloc[0]} ({len(rows)})",
            ", ".join(short[i] for i in rows.index),
            rows["strategy"].iloc[0],
        )
    console.print(table)


@app.command()
def demo(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder to write the results to.")
    ] = Path("stakeholder-map-demo"),
    lang: LangOption = None,
) -> None:
    """Run the whole job on the bundled Huis van het Kind example.

    Writes the power/interest grid (PNG and SVG) and the classification table (CSV)
    into the folder and prints a summary.
    """
    from stakeholder_map.datasets import load_example

    with _user_errors():
        smap = load_example("huis_van_het_kind")
        code = _lang(lang, smap)
        _STATE["lang"] = code
        out.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        grids = [out / "grid.png", out / "grid.svg"]
        df = _grid_figure(smap, grids, lang=code)
        written.extend(grids)
        table = out / "classification.csv"
        _write_csv(df, table, lang=code)
        written.append(table)
        for step in _demo_steps():
            written.extend(step(smap, out, code))
        _print_summary(smap, df, code)
        typer.echo(text("demo_written", code, out=str(out)))
        for path in written:
            typer.echo(f"  {path}")


def _demo_steps() -> list[Callable[[StakeholderMap, Path, str], list[Path]]]:
    """List the demo's outputs after the grid: ``step(smap, out_dir, lang)``."""
    return [_demo_views, _demo_network, _demo_deck]


def _demo_views(smap: StakeholderMap, out: Path, lang: str) -> list[Path]:
    from stakeholder_map.plotting.overview import save_views

    return save_views(smap, out, lang=lang, formats=("png", "svg"))


def _demo_network(smap: StakeholderMap, out: Path, lang: str) -> list[Path]:
    from stakeholder_map.plotting.network import save_network_views

    return save_network_views(smap, out, lang=lang, formats=("png", "svg"))


def _write_csv(df: pd.DataFrame, path: Path, *, lang: str, index: bool = True) -> None:
    """Write a table as CSV that opens right in Excel in the table's language.

    Dutch and French: semicolons and decimal commas, as Excel in those locales
    expects; English: commas and decimal points. UTF-8 with a byte order mark,
    which Excel needs to show accents.
    """
    from stakeholder_map.io._atomic import atomic_write

    sep, decimal = (";", ",") if lang in ("nl", "fr") else (",", ".")
    atomic_write(
        path,
        lambda tmp: df.to_csv(
            tmp, encoding="utf-8-sig", index=index, sep=sep, decimal=decimal
        ),
    )


@app.command()
def validate(file: FileArgument, lang: LangOption = None) -> None:
    """Check a stakeholder file and list every problem in it.

    Exits with status 0 when the file is fine and 1 when it has problems. A
    fine file's report also names the columns of your own that were kept and
    the relation kinds of your own.
    """
    with _user_errors():
        smap = _read(file, lang)
        code = _lang(lang, smap)
        typer.echo(
            text(
                "file_ok",
                code,
                path=str(file),
                n_stakeholders=len(smap.stakeholders),
                n_relations=len(smap.relations),
                n_interests=len(smap.interests),
                n_assessments=len(smap.assessments),
            )
        )
        for line in _kept_report(smap, code):
            typer.echo(line)
        for line in _unscored_report(smap, code):
            typer.echo(line)


@app.command()
def grid(
    file: FileArgument,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Figure to write: .png, .svg or .pdf.",
            show_default=False,
        ),
    ],
    lang: LangOption = None,
    threshold: Annotated[
        str,
        typer.Option(help="Where 'high' starts: midpoint, median, mean or a number."),
    ] = "midpoint",
    theme: Annotated[
        ThemeName, typer.Option(help="Figure theme: slides (16:9), notebook or print.")
    ] = ThemeName.slides,
    labels: Annotated[
        str | None,
        typer.Option(
            help="Quadrant label set: en, nl, fr, eden_ackermann or "
            "johnson_scholes (default: the language)."
        ),
    ] = None,
    table: Annotated[
        Path | None,
        typer.Option(help="Also write the classification table to this CSV file."),
    ] = None,
    title: TitleOption = None,
    hue: Annotated[
        str | None,
        typer.Option(
            help="Colour the markers by this column: a field such as category "
            "or one of the file's own columns such as Regio (default: the attitude)."
        ),
    ] = None,
) -> None:
    """Draw the power/interest grid of a stakeholder file."""
    with _user_errors():
        smap = _read(file, lang, title=title)
        code = _lang(lang, smap)
        _check_suffix(output, (".png", ".svg", ".pdf"), option="--output", lang=code)
        df = _grid_figure(
            smap,
            [output],
            lang=code,
            threshold=_parse_threshold(threshold),
            theme_name=theme.value,
            labels=labels,
            hue=hue,
        )
        if table is not None:
            _write_csv(df, table, lang=code)
        typer.echo(str(output))


OutDirOption = Annotated[
    Path, typer.Option("--out", "-o", help="Folder to write the figures to.")
]
FormatsOption = Annotated[
    list[str] | None,
    typer.Option(
        "--format", "-f", help="Figure format (png, svg, pdf); repeat for several."
    ),
]


def _formats(values: list[str] | None) -> tuple[str, ...]:
    chosen = tuple(v.lower().lstrip(".") for v in (values or ["png", "svg"]))
    bad = [v for v in chosen if v not in {"png", "svg", "pdf"}]
    if bad:
        msg = f"`--format` must be png, svg or pdf, but {bad[0]!r} was passed."
        raise _UserError(msg)
    return chosen


@app.command()
def views(
    file: FileArgument,
    out: OutDirOption = Path("views"),
    lang: LangOption = None,
    fmt: FormatsOption = None,
    title: TitleOption = None,
) -> None:
    """Draw every classic view (salience, attitude, cube, priority, ...) of a file."""
    from stakeholder_map.plotting.overview import save_views

    with _user_errors():
        formats = _formats(fmt)
        smap = _read(file, lang, title=title)
        for path in save_views(smap, out, lang=_lang(lang, smap), formats=formats):
            typer.echo(str(path))


@app.command()
def network(
    file: FileArgument,
    out: OutDirOption = Path("network"),
    lang: LangOption = None,
    fmt: FormatsOption = None,
    source: Annotated[
        str | None,
        typer.Option(
            help="The stakeholder the information flow starts from, by id, name "
            "or short name (default: the one that sends the most information)."
        ),
    ] = None,
    title: TitleOption = None,
) -> None:
    """Draw the partner network, the information flow and the influence gap."""
    from stakeholder_map.plotting.network import save_network_views

    with _user_errors():
        formats = _formats(fmt)
        smap = _read(file, lang, title=title)
        code = _lang(lang, smap)
        if source is not None:
            source = _stakeholder_id(smap, source, code, option="--source")
        paths = save_network_views(smap, out, lang=code, formats=formats, source=source)
        for path in paths:
            typer.echo(str(path))


@app.command()
def plan(
    file: FileArgument,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Plan to write: .xlsx, .csv or .md.",
            show_default=False,
        ),
    ],
    lang: LangOption = None,
) -> None:
    """Write a communication plan: strategy, channels, frequency and message."""
    from stakeholder_map.analysis import (
        communication_plan,
        display_table,
        markdown_table,
    )

    with _user_errors():
        smap = _read(file, lang)
        code = _lang(lang, smap)
        suffix = _check_suffix(
            output, (".xlsx", ".csv", ".md"), option="--output", lang=code
        )
        table = communication_plan(smap, lang=code)
        output.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".md":
            _write_text(output, markdown_table(table, lang=code))
        elif suffix == ".csv":
            _write_csv(display_table(table, lang=code), output, lang=code)
        else:
            _write_excel(display_table(table, lang=code), output)
        typer.echo(str(output))


def _write_excel(df: pd.DataFrame, path: Path) -> None:
    from stakeholder_map.io._atomic import atomic_write

    atomic_write(path, lambda tmp: df.to_excel(tmp, engine="openpyxl"))


@app.command()
def status(
    file: FileArgument,
    today: Annotated[
        str | None,
        typer.Option(
            help="The date to measure from, e.g. 2026-10-01 or 01/10/2026 "
            "(default: today)."
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """List overdue and under-served stakeholders from the contact log."""
    import datetime as dt

    from rich.console import Console
    from rich.table import Table

    from stakeholder_map.analysis import (
        display_table,
        engagement_status,
        needs_attention,
    )
    from stakeholder_map.io._cells import parse_date

    with _user_errors():
        day: dt.date | None = None
        if today is not None:
            day = parse_date(today)
            if day is None:
                code = _lang(lang)
                msg = f"`--today` ({today!r}): " + text("not_a_date", code)
                raise _UserError(msg)
        smap = _read(file, lang)
        code = _lang(lang, smap)
        raw = needs_attention(engagement_status(smap, today=day))
        shown = display_table(raw, lang=code)
        short = {s.id: s.display_name for s in smap.stakeholders}
        never = raw["service"].astype(str).eq("never_contacted").tolist()
        days_col = list(raw.columns).index("days_overdue")
        table = Table()
        headers = list(shown.columns)
        for header in headers:
            table.add_column(str(header), overflow="fold")
        rows = zip(raw.index, shown.itertuples(index=False), never, strict=True)
        for key, row, first in rows:
            cells = [_cell(v) for v in row]
            cells[0] = short.get(str(key), cells[0])
            if first:  # no contact yet: nothing to count days from
                cells[days_col] = "-"
            table.add_row(*cells)
        Console().print(table)


def _cell(value: object) -> str:
    """Format one table cell for the terminal: dates as dates, short numbers."""
    import math
    from datetime import datetime

    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, float):
        return f"{value:.1f}"
    text_ = str(value)
    return "" if text_ in {"NaT", "nan", "<NA>"} else text_


class ProfileName(StrEnum):
    """Privacy profiles for what a report may show."""

    internal = "internal"
    cop = "cop"
    public = "public"


@app.command()
def report(
    file: FileArgument,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Report to write: .pptx (slides), .html (web page) or .md.",
            show_default=False,
        ),
    ],
    lang: LangOption = None,
    profile: Annotated[
        ProfileName,
        typer.Option(
            help="What may be shown: internal (all), cop (Community of Practice: "
            "no contacts or notes) or public (people pseudonymised)."
        ),
    ] = ProfileName.internal,
    theme: Annotated[ThemeName, typer.Option(help="Figure theme.")] = ThemeName.slides,
    interactive: Annotated[
        bool,
        typer.Option(
            "--interactive",
            help="Add the interactive network (works offline) to an .html report.",
        ),
    ] = False,
    title: TitleOption = None,
) -> None:
    """Write a slide deck or a report of a stakeholder file."""
    from stakeholder_map.export import write_report

    with _user_errors():
        smap = _read(file, lang, title=title)
        code = _lang(lang, smap)
        allowed = (".pptx", ".html", ".htm", ".md")
        _check_suffix(output, allowed, option="--output", lang=code)
        if interactive and output.suffix.lower() not in {".html", ".htm"}:
            raise _UserError(text("cli_interactive_html", code, name=output.name))
        try:
            path = write_report(
                smap,
                output,
                lang=code,
                profile=profile.value,
                theme=theme.value,
                interactive=interactive,
            )
        except ImportError as err:
            raise _UserError(text("pptx_missing", code)) from err
        typer.echo(str(path))


#: What ``convert`` writes, by the end of the file's name.
_CONVERT_SUFFIXES = (".xlsx", ".csv", ".yaml", ".yml", ".json", ".graphml", ".gexf")


@app.command()
def convert(
    file: FileArgument,
    output: Annotated[
        Path,
        typer.Argument(
            help="File to write: .xlsx, .csv, .yaml, .json, .kumu.xlsx or "
            ".kumu.json (for Kumu), .graphml (yEd, Gephi) or .gexf (Gephi).",
            show_default=False,
        ),
    ],
    lang: LangOption = None,
    profile: Annotated[
        ProfileName | None,
        typer.Option(
            help="What may go into the file: internal (all), cop (no contacts or "
            "notes) or public (people pseudonymised). Default: internal, but cop "
            "for Kumu, whose public projects are found by search engines.",
            show_default=False,
        ),
    ] = None,
    title: TitleOption = None,
    kumu_view: Annotated[
        Path | None,
        typer.Option(
            "--kumu-view",
            help="With a Kumu OUTPUT, also write this text file: a Kumu view that "
            "draws the power/interest grid (paste it into Kumu's Advanced Editor).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Write a stakeholder file in another format, e.g. for Kumu, Gephi or yEd."""
    from stakeholder_map.io import write

    with _user_errors():
        smap = _read(file, lang, title=title)
        code = _lang(lang, smap)
        _check_suffix(output, _CONVERT_SUFFIXES, option="OUTPUT", lang=code)
        kumu = output.name.lower().endswith((".kumu.xlsx", ".kumu.json"))
        if kumu_view is not None and not kumu:
            raise _UserError(text("cli_kumu_view_needs_kumu", code, name=output.name))
        chosen = profile.value if profile is not None else "cop" if kumu else "internal"
        path = write(smap, output, lang=_data_lang(code), profile=chosen)  # type: ignore[arg-type]
        typer.echo(str(path))
        if kumu_view is not None:
            from stakeholder_map.export import write_kumu_grid_view

            typer.echo(str(write_kumu_grid_view(smap, kumu_view, lang=code)))
        if chosen != "internal":
            _note(text("cli_converted_profile", code, profile=chosen))


def _demo_deck(smap: StakeholderMap, out: Path, lang: str) -> list[Path]:
    """Write the demo's slide deck, or say how to enable it."""
    from stakeholder_map.export import to_pptx

    try:
        return [to_pptx(smap, out / "deck.pptx", lang=lang)]
    except ImportError:
        typer.echo(text("pptx_missing", lang), err=True)
        return []


@app.command()
def template(
    output: Annotated[
        Path,
        typer.Argument(help="The workbook to write (.xlsx).", show_default=False),
    ],
    lang: LangOption = None,
    raters: Annotated[
        int | None,
        typer.Option(
            min=1, help="Prepare rating rows for this many workshop participants."
        ),
    ] = None,
    rater_sheets: Annotated[
        bool,
        typer.Option(
            "--rater-sheets",
            help="One rating sheet per participant (needs --raters) instead of "
            "their rows in one sheet.",
        ),
    ] = False,
    start_from: Annotated[
        Path | None,
        typer.Option("--from", help="Pre-fill the stakeholders of this existing file."),
    ] = None,
) -> None:
    """Write an empty workshop workbook with drop-down lists, ready to fill in."""
    from stakeholder_map.io import write_template

    with _user_errors():
        code = lang.value if lang is not None else _system_lang()
        _check_suffix(output, (".xlsx",), option="OUTPUT", lang=code)
        if rater_sheets and raters is None:
            raise _UserError(text("cli_rater_sheets_need_raters", code))
        stakeholders = _read(start_from, lang) if start_from else None
        path = write_template(
            output,
            lang=_data_lang(_lang(lang, stakeholders)),
            raters=raters,
            rater_sheets=rater_sheets,
            stakeholders=stakeholders,
        )
        typer.echo(str(path))


@app.command()
def compare(
    before: Annotated[
        Path, typer.Argument(help="The earlier map.", show_default=False)
    ],
    after: Annotated[Path, typer.Argument(help="The later map.", show_default=False)],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder to write the comparison to.")
    ] = Path("comparison"),
    lang: LangOption = None,
) -> None:
    """Show what changed between two maps, e.g. since the last meeting."""
    import matplotlib.pyplot as plt

    from stakeholder_map.analysis import compare as compare_maps
    from stakeholder_map.plotting import plot_movement, theme

    with _user_errors():
        earlier = _read(before, lang)
        later = _read(after, lang)
        code = _lang(lang, later)
        diff = compare_maps(earlier, later)
        out.mkdir(parents=True, exist_ok=True)
        summary = diff.summary(lang=code)
        written = [out / "summary.txt", out / "stakeholders.csv"]
        written += [out / "relations.csv", out / "movement.png"]
        _write_text(written[0], summary + "\n")
        _write_csv(diff.stakeholders, written[1], lang=code)
        _write_csv(diff.relations, written[2], lang=code, index=False)
        with theme("slides"):
            fig, ax = plt.subplots()
            try:
                plot_movement(diff, ax=ax, lang=code)
                _save(fig, written[3])
            finally:
                plt.close(fig)
        typer.echo(summary)
        typer.echo(text("demo_written", code, out=str(out)))
        for path in written:
            typer.echo(f"  {path}")


def _write_text(path: Path, content: str) -> None:
    from stakeholder_map.io._atomic import atomic_write

    def write(tmp: Path) -> None:
        tmp.write_text(content, encoding="utf-8")

    atomic_write(path, write)


def _argv_lang(args: Sequence[str]) -> str:
    """Return the ``--lang`` the user gave on the command line, else the system's."""
    for i, arg in enumerate(args):
        value = None
        if arg in ("--lang", "-l") and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in MESSAGE_LANGUAGES:
            return value
    return _system_lang()


#: Click's usage messages, as patterns, and the keys of their messages in our
#: catalogs (click speaks English only).
_CLICK: tuple[tuple[str, str], ...] = (
    (r"No such option: (?P<option>\S+)", "click_no_such_option"),
    (r"No such command '(?P<command>.+)'\.", "click_no_such_command"),
    (r"Missing option '(?P<option>.+)'\.", "click_missing_option"),
    (r"Missing argument '(?P<argument>.+)'\.", "click_missing_argument"),
    (r"Missing command\.", "click_missing_command"),
    (r"Option '(?P<option>.+)' requires an argument\.", "click_option_needs_value"),
    (r"Option '(?P<option>.+)' does not take a value\.", "click_option_no_value"),
    (r"Got unexpected extra arguments? \((?P<arguments>.+)\)", "click_extra_arguments"),
    (
        r"Invalid value for '(?P<option>.+)': (?P<value>.+) is not one of "
        r"(?P<choices>.+)\.",
        "click_not_one_of",
    ),
    (
        r"Invalid value for '(?P<option>.+)': (?P<value>.+) is not a valid "
        r"integer(?: range)?\.",
        "click_not_an_integer",
    ),
    (
        r"Invalid value for '(?P<option>.+)': (?P<value>.+) is not a valid "
        r"float(?: range)?\.",
        "click_not_a_number",
    ),
    (
        r"Invalid value for '(?P<option>.+)': (?P<value>.+) is not in the range "
        r"(?P<range>.+)\.",
        "click_not_in_range",
    ),
    (
        r"Invalid value for '(?P<option>.+)': Input should be a valid integer.*",
        "click_expected_integer",
    ),
    (
        r"Invalid value for '(?P<option>.+)': Input should be a valid number.*",
        "click_expected_number",
    ),
    (
        r"Invalid value for '(?P<option>.+)': Input should be greater than or "
        r"equal to (?P<minimum>.+)",
        "click_expected_at_least",
    ),
    (r"Invalid value for '(?P<option>.+)': (?P<detail>.+)", "click_invalid_value"),
    (r"\(Possible options: (?P<options>.+)\)", "click_possible_options"),
    (r"Did you mean (?P<suggestion>.+)\?", "click_did_you_mean"),
)


def _usage_error(err: Any, lang: str) -> str:
    """Say a usage error of click in the command's language, with its usage line."""
    import re

    message = err.format_message().replace("Value error, ", "")
    if lang != "en":
        parts = []
        # A sentence ends at ". ", ") " or "? "; click's "(Possible options: ...)"
        # follows its sentence without a full stop, so it is one of its own.
        for sentence in re.split(r"(?<=[.)?])\s+|\s+(?=\()", message):
            for pattern, key in _CLICK:
                m = re.fullmatch(pattern, sentence.strip())
                if m:
                    sentence = text(key, lang, **m.groupdict())
                    break
            parts.append(sentence)
        message = " ".join(parts)
    lines = []
    ctx = getattr(err, "ctx", None)
    if ctx is not None:
        usage = ctx.get_usage().replace("Usage:", text("cli_usage", lang), 1)
        if lang != "en":
            usage = usage.replace("[OPTIONS]", text("cli_usage_options", lang))
            usage = usage.replace("COMMAND [ARGS]...", text("cli_usage_command", lang))
        lines.append(usage)
        help_name = f"{ctx.command_path} {ctx.help_option_names[0]}"
        lines.append(text("cli_try_help", lang, command=help_name))
    lines.append(text("cli_error", lang, message=message))
    return "\n".join(lines)


def main(args: Sequence[str] | None = None) -> None:
    """Run the command line (the ``stakeholder-map`` console script).

    Usage errors (an unknown option, a missing argument) are said in the
    language of ``--lang`` (or of the system) and exit with status 2; errors
    in the input exit with status 1.
    """
    import sys

    argv = list(sys.argv[1:] if args is None else args)
    try:
        code = app(prog_name="stakeholder-map", args=argv, standalone_mode=False)
    except _usage_errors() as err:
        typer.echo(_usage_error(err, _argv_lang(argv)), err=True)
        sys.exit(2)
    except typer.Abort:
        sys.exit(1)
    except (SystemExit, KeyboardInterrupt):
        raise
    except Exception as err:  # last resort (issue 11): never print a traceback
        typer.echo(
            text("cli_unexpected", _argv_lang(argv), kind=type(err).__name__),
            err=True,
        )
        sys.exit(70)
    sys.exit(code if isinstance(code, int) else 0)


def _usage_errors() -> tuple[type[Exception], ...]:
    """Return click's usage error class(es): typer carries its own copy of click."""
    found: list[type[Exception]] = []
    for module in ("typer._click.exceptions", "click.exceptions"):
        try:
            found.append(importlib.import_module(module).UsageError)
        except (ImportError, AttributeError):
            continue
    return tuple(found)


from stakeholder_map.workshop.cli import workshop_app  # noqa: E402

app.add_typer(workshop_app, name="workshop")

if __name__ == "__main__":  # pragma: no cover
    main()
