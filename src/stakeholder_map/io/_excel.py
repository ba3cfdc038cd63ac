"""Excel workbooks (.xlsx) through openpyxl: one sheet per table, plus ``meta``."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import warnings
import zipfile
from pathlib import Path
from typing import Any

from stakeholder_map import i18n
from stakeholder_map.exceptions import InputDataError, StakeholderMapWarning
from stakeholder_map.io._atomic import atomic_write
from stakeholder_map.io._cells import lookup_key
from stakeholder_map.io._injection import mark_text_cell
from stakeholder_map.io._meta import meta_from_rows, meta_rows
from stakeholder_map.io._tables import (
    RawTable,
    build_map,
    collections,
    guess_language,
    table_rows,
)
from stakeholder_map.models import StakeholderMap

__all__ = ["read_excel_file", "write_excel_file"]

_MAX_WIDTH = 50


def _unreadable(path: Path, err: BaseException, lang: str) -> InputDataError:
    detail = str(err) or type(err).__name__
    problem = i18n.text("unreadable", lang, detail=detail)
    return InputDataError(
        [{"file": path.name, "problem": problem}], source=path.name, lang=lang
    )


def _load(path: Path, lang: str) -> dict[str, list[tuple[Any, ...]]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            return {
                ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets
            }
        finally:
            wb.close()
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        ValueError,
        TypeError,
        EOFError,
        OSError,
        SyntaxError,  # broken XML inside the zip (ElementTree's and lxml's errors)
    ) as err:
        raise _unreadable(path, err, lang) from err


def _sheet_tables() -> dict[str, str]:
    out: dict[str, str] = {}
    for table, names in i18n.SHEET_ALIASES.items():
        for name in (table, *names):
            out.setdefault(lookup_key(name), table)
    return out


#: What may stand between an assessments sheet's name and the rater's name.
_RATER_SEPARATOR = re.compile(r"[\s\-_.\u2013\u2014]+")


def rater_of_sheet(title: str) -> str | None:
    """Return the rater named by a sheet such as "beoordeling An", else None.

    The sheet's name is an assessments sheet name (``beoordeling``,
    ``beoordelingen``, ``assessment``, ``ratings``, ... in any case, see
    :data:`stakeholder_map.i18n.SHEET_ALIASES`), then a space, hyphen, underscore,
    dot or dash, then the rater's name as written.
    """
    aliases = _sheet_tables()
    for sep in _RATER_SEPARATOR.finditer(title):
        rater = title[sep.end() :].strip()
        if (
            sep.start() > 0
            and rater
            and aliases.get(lookup_key(title[: sep.start()])) == "assessments"
        ):
            return rater
    return None


def _raw_table(
    table: str, title: str, rows: list[tuple[Any, ...]], file: str
) -> RawTable | None:
    """Turn a sheet's rows into a RawTable; None for an empty sheet."""
    from openpyxl.utils import get_column_letter

    start = next(
        (
            i
            for i, row in enumerate(rows)
            if any(c is not None and str(c).strip() for c in row)
        ),
        None,
    )
    if start is None:
        return None
    width = max(len(r) for r in rows[start:])
    headers = list(rows[start]) + [None] * (width - len(rows[start]))
    data = [tuple(r) + (None,) * (width - len(r)) for r in rows[start + 1 :]]
    columns = [list(c) for c in zip(*data, strict=True)] if data else []
    if not columns:
        columns = [[] for _ in headers]
    return RawTable(
        table=table,
        headers=headers,
        columns=columns,
        rows=list(range(start + 2, start + 2 + len(data))),
        sheet=title,
        file=file,
        header_row=start + 1,
        column_names=[get_column_letter(i + 1) for i in range(width)],
    )


def read_excel_file(path: Path, *, unknown_columns: str, lang: str) -> StakeholderMap:
    """Read a workbook; see :func:`stakeholder_map.io.read_excel`."""
    sheets = _load(path, lang)
    known = _sheet_tables()
    tables: dict[str, RawTable] = {}
    titles: dict[str, str] = {}
    failures: list[dict[str, Any]] = []
    meta_sheet: tuple[str, list[tuple[Any, ...]]] | None = None
    rater_tables: list[RawTable] = []
    for title, rows in sheets.items():
        table = known.get(lookup_key(title))
        rater = None if table is not None else rater_of_sheet(title)
        if rater is not None:
            # One participant's sheet: the rater column may be absent or empty.
            raw = _raw_table("assessments", title, rows, path.name)
            if raw is not None:
                raw.defaults["rater"] = rater
                rater_tables.append(raw)
            continue
        if table is None:
            close = difflib.get_close_matches(lookup_key(title), list(known), n=1)
            if close:
                hint = i18n.text("did_you_mean", lang, suggestion=close[0])
                msg = i18n.text("ignored_sheet", lang, sheet=title, hint=hint)
                warnings.warn(msg, StakeholderMapWarning, stacklevel=4)
            continue
        if table in titles:
            label = i18n.label(table, lang)
            failures.append(
                {
                    "file": path.name,
                    "sheet": title,
                    "problem": i18n.text(
                        "duplicate_sheet",
                        lang,
                        first=titles[table],
                        second=title,
                        table=label,
                    ),
                }
            )
            continue
        titles[table] = title
        if table == "meta":
            meta_sheet = (title, rows)
            continue
        raw = _raw_table(table, title, rows, path.name)
        if raw is not None:
            tables[table] = raw
        elif table == "stakeholders":
            tables[table] = RawTable(
                table, [], [], [], sheet=title, file=path.name, header_row=1
            )
    if "stakeholders" not in titles:
        names = " / ".join(
            repr(i18n.SHEET_NAMES[lg]["stakeholders"]) for lg in i18n.LANGUAGES
        )
        failures.append(
            {
                "file": path.name,
                "problem": i18n.text("missing_sheet", lang, names=names),
            }
        )
        raise InputDataError(failures, source=path.name, lang=lang)
    meta: dict[str, Any] = {}
    if meta_sheet is not None:
        title, rows = meta_sheet
        numbered = [(i + 1, tuple(r)) for i, r in enumerate(rows)]
        meta, scale, meta_failures = meta_from_rows(
            numbered,
            sheet=title,
            file=path.name,
            lang=lang,
            unknown_columns=unknown_columns,
        )
        failures.extend(meta_failures)
    else:
        from stakeholder_map.models import Scale

        scale = Scale()
    meta.setdefault("name", path.stem)
    meta.setdefault("language", guess_language(tables))
    return build_map(
        tables,
        meta=meta,
        scale=scale,
        lang=lang,
        unknown_columns=unknown_columns,
        source=path.name,
        meta_failures=failures,
        extra_tables=rater_tables,
    )


def _fill_sheet(ws: Any, rows: list[list[Any]]) -> None:
    from openpyxl.styles import Font

    widths: dict[int, int] = {}
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                mark_text_cell(cell)  # =, +, - or @: text, not a formula
                size = len(value)
            elif isinstance(value, dt.date):
                size = 10
            else:
                size = len(str(value))
            widths[c] = max(widths.get(c, 0), size)
    bold = Font(bold=True)
    for cell in ws[1]:
        cell.font = bold
    from openpyxl.utils import get_column_letter

    for c, size in widths.items():
        ws.column_dimensions[get_column_letter(c)].width = min(size + 2, _MAX_WIDTH)
    ws.freeze_panes = "A2"


def _workbook(smap: StakeholderMap, lang: str) -> Any:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    names = i18n.SHEET_NAMES.get(lang, i18n.SHEET_NAMES["en"])
    for table in collections():
        _, headers, rows = table_rows(smap, table, lang=lang, target="excel")
        ws = wb.create_sheet(names.get(table, table))
        _fill_sheet(ws, [headers, *rows])
        if rows:
            ws.auto_filter.ref = ws.dimensions
    ws = wb.create_sheet(names.get("meta", "meta"))
    _fill_sheet(
        ws,
        meta_rows(
            smap.name,
            smap.description,
            str(smap.language.value),
            smap.date,
            smap.scale,
            lang=lang,
        ),
    )
    return wb


def _save(wb: Any, path: Path) -> None:
    wb.save(path)


def write_excel_file(smap: StakeholderMap, path: Path, *, lang: str) -> Path:
    """Write a workbook; see :func:`stakeholder_map.io.write_excel`."""
    wb = _workbook(smap, lang)
    return atomic_write(path, lambda tmp: _save(wb, tmp))
