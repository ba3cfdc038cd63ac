"""Excel workbooks (.xlsx) through openpyxl: one sheet per table, plus ``meta``."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
import warnings
import zipfile
from pathlib import Path
from typing import Any

from stakeholder_map import i18n
from stakeholder_map.exceptions import InputDataError
from stakeholder_map.io._atomic import atomic_write
from stakeholder_map.io._cells import BadCell, lookup_key, to_text
from stakeholder_map.io._headers import find_header_row, match_headers
from stakeholder_map.io._injection import mark_text_cell
from stakeholder_map.io._limits import active_limits, limit_error
from stakeholder_map.io._meta import meta_from_rows, meta_rows
from stakeholder_map.io._tables import (
    RawTable,
    build_map,
    collections,
    guess_language,
    table_rows,
)
from stakeholder_map.io._wordsheet import (
    is_words_sheet,
    read_words_sheet,
    sheet_lang,
    words_rows,
)
from stakeholder_map.io._xmltext import refuse_xml_unsafe_text
from stakeholder_map.models import StakeholderMap

__all__ = ["check_container", "read_excel_file", "write_excel_file"]

_MAX_WIDTH = 50


def _unreadable(path: Path, err: BaseException, lang: str) -> InputDataError:
    detail = str(err) or type(err).__name__
    problem = i18n.text("unreadable", lang, detail=detail)
    return InputDataError(
        [{"file": path.name, "problem": problem}], source=path.name, lang=lang
    )


@functools.cache
def _tolerant_parser() -> type:
    """Openpyxl's sheet parser, made to report bad cells instead of failing.

    An error value (``t="e"``: ``#DIV/0!``, ``#N/A``) becomes a
    :class:`~stakeholder_map.io._cells.BadCell` instead of text that looks like
    what the user typed, and a value that does not fit its cell type (text in a
    number cell) becomes one instead of ending the whole read with a
    ``ValueError``; the table builder then names each such cell with its sheet,
    row and column.
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    class TolerantParser(WorkSheetParser):  # type: ignore[misc]
        def parse_cell(self, element: Any) -> dict[str, Any]:
            try:
                cell: dict[str, Any] = super().parse_cell(element)
            except (ValueError, TypeError, IndexError, KeyError, OverflowError):
                text = element.findtext(_VALUE_TAG, None) or ""
                return self._bad(element, BadCell("unreadable", text))
            if cell["data_type"] == "e" and cell["value"] is not None:
                cell["value"] = BadCell("error", str(cell["value"]))
            elif cell["value"] is None and element.find(_FORMULA_TAG) is not None:
                # A formula whose value was never stored (a file written by a
                # program, not saved by Excel): do not read it as an empty cell.
                formula = element.findtext(_FORMULA_TAG) or ""
                cell["value"] = BadCell("uncached", f"={formula}" if formula else "=")
            return cell

        def _bad(self, element: Any, value: BadCell) -> dict[str, Any]:
            from openpyxl.utils.cell import coordinate_to_tuple

            coordinate = element.get("r")
            if coordinate:
                row, column = coordinate_to_tuple(coordinate)
                self.col_counter = column
            else:
                self.col_counter += 1
                row, column = self.row_counter, self.col_counter
            return {
                "row": row,
                "column": column,
                "value": value,
                "data_type": "s",
                "style_id": 0,
            }

    return TolerantParser


_VALUE_TAG = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}v"
_FORMULA_TAG = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}f"
#: The first bytes of an OLE2 compound file: an encrypted workbook or an .xls.
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Parts smaller than this unzipped are not checked for their compression ratio.
_RATIO_FLOOR = 1024 * 1024


def check_container(path: Path, lang: str) -> None:
    """Refuse an encrypted workbook, and a zip bomb before anything is unzipped.

    The sizes come from the zip's central directory; Python's zipfile never
    unpacks a part past the size declared there, so a part that lies about its
    size cannot grow past it either.
    """
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError:
        return  # openpyxl reports it
    if head == _OLE2_MAGIC:
        problem = i18n.text("ole2_workbook", lang)
        raise InputDataError(
            [{"file": path.name, "problem": problem}], source=path.name, lang=lang
        )
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # not a zip: openpyxl's error says so
    limits = active_limits()
    total = sum(p.file_size for p in parts)
    if total > limits.max_unzipped_bytes:
        raise limit_error(path, "max_unzipped_bytes", total, lang)
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size >= _RATIO_FLOOR and ratio > limits.max_zip_ratio:
            raise limit_error(path, "max_zip_ratio", ratio, lang, part=part.filename)
    # openpyxl parses a whole sheet that has no <dimension> before it gives it
    # to us: refuse a sheet over max_rows by counting its rows first. Every
    # large part is counted, wherever the workbook's relations put its sheets.
    over: tuple[str, int] | None = None
    try:
        with zipfile.ZipFile(path) as archive:
            for part in parts:
                if part.file_size < _ROW_COUNT_FLOOR or part.is_dir():
                    continue
                with archive.open(part) as src:
                    n_rows = _count_row_elements(src)
                if n_rows > limits.max_rows:
                    over = (_sheet_title(archive, part.filename), n_rows)
                    break
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        return  # a broken or encrypted part: openpyxl's error says so
    if over is not None:
        raise limit_error(path, "max_rows", over[1], lang, sheet=over[0])


_SHEET_DATA = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?sheetData[\s/>]")

#: Parts smaller than this unzipped are not counted for rows (about 10,000 rows).
_ROW_COUNT_FLOOR = 1 << 20


def _count_row_elements(src: Any, chunk: int = 1 << 20) -> int:
    """Count the ``<row>`` elements of a sheet's XML without parsing it.

    Counting bytes runs at the speed of unzipping (half a second for a sheet of
    two million rows), where parsing takes a minute. Only elements are counted,
    not their ``r`` numbers: a genuine sheet may style one row at 1,048,576.
    """
    head = src.read(chunk)
    found = _SHEET_DATA.search(head)
    prefix = (found.group(1) + b":") if found and found.group(1) else b""
    tag = b"<" + prefix + b"row"  # also matches <rowBreaks> once: harmless
    total, tail, data = 0, b"", head
    while data:
        buf = tail + data
        total += buf.count(tag)
        tail = buf[-(len(tag) - 1) :]  # too short to hold a tag: none counted twice
        data = src.read(chunk)
    return total


def _sheet_title(archive: zipfile.ZipFile, part: str) -> str:
    """Return the title of the sheet stored in ``part``, or ``part`` itself."""
    import xml.etree.ElementTree as ET

    try:
        rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        book = ET.fromstring(archive.read("xl/workbook.xml"))
    except (KeyError, ET.ParseError, zipfile.BadZipFile, OSError, ValueError):
        return part
    targets = {
        rel.get("Id"): (rel.get("Target") or "").lstrip("/").removeprefix("xl/")
        for rel in rels
    }
    for sheet in book.iter():
        if not sheet.tag.endswith("}sheet"):
            continue
        rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
        if "xl/" + targets.get(rid, "\0") == part:
            return sheet.get("name") or part
    return part


def _sheet_rows(ws: Any, path: Path, lang: str) -> list[tuple[Any, ...]]:
    """Stream a sheet's rows, within the row, column and cell limits.

    The sheet's XML is parsed row by row with :func:`_tolerant_parser`; its
    declared dimension is not used (openpyxl would pad every row to it, and a
    single cell at XFD1048576 declares 16,384 columns by 1,048,576 rows). Rows
    keep the cells up to their last value; rows without values are empty tuples,
    and trailing ones are dropped. A value beyond the last allowed row or column
    is refused at once with its place; every cell longer than
    ``max_cell_chars`` is reported, all together.
    """
    from openpyxl.utils import get_column_letter

    limits = active_limits()
    wb = ws.parent
    rows: list[tuple[Any, ...]] = []
    failures: list[dict[str, Any]] = []
    with ws._get_source() as src:
        parser = _tolerant_parser()(
            src,
            ws._shared_strings,
            data_only=True,
            epoch=wb.epoch,
            date_formats=wb._date_formats,
            timedelta_formats=wb._timedelta_formats,
        )
        for number, cells in parser.parse():
            values = {c["column"]: c["value"] for c in cells if c["value"] is not None}
            if not values:
                continue
            if number > limits.max_rows:
                raise limit_error(
                    path, "max_rows", number, lang, sheet=ws.title, row=number
                )
            width = max(values)
            if width > limits.max_columns:
                raise limit_error(
                    path,
                    "max_columns",
                    width,
                    lang,
                    sheet=ws.title,
                    row=number,
                    column=get_column_letter(width),
                )
            for col, v in values.items():
                if isinstance(v, str) and len(v) > limits.max_cell_chars:
                    error = limit_error(
                        path,
                        "max_cell_chars",
                        len(v),
                        lang,
                        sheet=ws.title,
                        row=number,
                        column=get_column_letter(col),
                    )
                    failures.extend(error.records)
            if number > len(rows):
                rows.extend(() for _ in range(number - 1 - len(rows)))
                rows.append(tuple(values.get(c) for c in range(1, width + 1)))
    if failures:
        raise InputDataError(failures, source=path.name, lang=lang)
    return rows


def _load(path: Path, lang: str) -> dict[str, list[tuple[Any, ...]]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    check_container(path, lang)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            return {ws.title: _sheet_rows(ws, path, lang) for ws in wb.worksheets}
        finally:
            wb.close()
    except InputDataError:
        raise
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


def _texts(row: tuple[Any, ...]) -> list[str | None]:
    out: list[str | None] = []
    for c in row:
        text = "" if c is None or isinstance(c, BadCell) else to_text(c).strip()
        out.append(text or None)
    return out


def _raw_table(
    table: str, title: str, rows: list[tuple[Any, ...]], file: str
) -> RawTable | None:
    """Turn a sheet's rows into a RawTable; None for an empty sheet.

    The header row is found below a title block (see
    :func:`~stakeholder_map.io._headers.find_header_row`); the title's lines are
    kept with the table.
    """
    from openpyxl.utils import get_column_letter

    fields = tuple(collections()[table].model_fields)
    start = find_header_row(table, fields, [_texts(r) for r in rows[:40]])
    if start is None:
        start = next((i for i, r in enumerate(rows) if any(t for t in _texts(r))), None)
    if start is None:
        return None
    above = [t for r in rows[:start] for t in _texts(r) if t]
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
        infer="sheet",
        title=above,
    )


@functools.cache
def _template_sheets() -> frozenset[str]:
    """Return the workshop template's own sheets (its guide and lists)."""
    return frozenset(
        lookup_key(i18n.text(key, lang))
        for key in ("tpl_guide_sheet", "tpl_lists_sheet")
        for lang in i18n.LANGUAGES
    )


def _classify(rows: list[tuple[Any, ...]]) -> str | None:
    """Tell from its headers what an unnamed sheet holds: relations, stakeholders."""
    texts = [_texts(r) for r in rows[:40]]
    wanted = (("relations", {"source", "target"}), ("stakeholders", {"name"}))
    for table, needed in wanted:
        fields = tuple(collections()[table].model_fields)
        start = find_header_row(table, fields, texts)
        if start is None:
            continue
        found = set(match_headers(table, fields, texts[start]).fields.values())
        if needed <= found:
            return table
    return None


def _filled_sheet(rows: list[tuple[Any, ...]]) -> bool:
    return any(any(t for t in _texts(r)) for r in rows)


def read_excel_file(
    path: Path, *, unknown_columns: str, lang: str | None
) -> StakeholderMap:
    """Read a workbook; see :func:`stakeholder_map.io.read_excel`.

    Sheets are found by name (English or Dutch, see
    :data:`stakeholder_map.i18n.SHEET_ALIASES`). A workbook without a
    stakeholders sheet of that name takes its only filled sheet (``Blad1``), or
    the one sheet whose headers name the stakeholders; a sheet whose headers
    hold ``van``/``naar`` is the relations. Other filled sheets are not read,
    and a note says so. A sheet of one's own words (``woorden``/``words``) is
    read first, and its words apply to the other sheets of this workbook only.
    """
    sheets = _load(path, lang or "en")
    own = next((title for title in sheets if is_words_sheet(title)), None)
    if own is None:
        return _read_sheets(
            path, sheets, unknown_columns=unknown_columns, lang=lang, words=()
        )
    from stakeholder_map import vocabulary

    others = {title: rows for title, rows in sheets.items() if title != own}
    with vocabulary.scope():
        words, failures = read_words_sheet(
            own, sheets[own], file=path.name, lang=lang or sheet_lang(own)
        )
        return _read_sheets(
            path,
            others,
            unknown_columns=unknown_columns,
            lang=lang,
            words=words,
            failures=failures,
        )


def _read_sheets(
    path: Path,
    sheets: dict[str, list[tuple[Any, ...]]],
    *,
    unknown_columns: str,
    lang: str | None,
    words: tuple[tuple[str, str, str], ...],
    failures: list[dict[str, Any]] | None = None,
) -> StakeholderMap:
    """Read the sheets of a workbook (other than its words sheet) into a map."""
    known = _sheet_tables()
    tables: dict[str, RawTable] = {}
    titles: dict[str, str] = {}
    failures = list(failures or ())
    notes: list[tuple[str, str]] = []
    meta_sheet: tuple[str, list[tuple[Any, ...]]] | None = None
    rater_tables: list[RawTable] = []
    named: dict[str, tuple[str, list[tuple[Any, ...]]]] = {}
    duplicates: list[tuple[str, str, str]] = []
    unnamed: list[str] = []
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
            if _filled_sheet(rows) and lookup_key(title) not in _template_sheets():
                unnamed.append(title)
            continue
        if table in named:
            duplicates.append((named[table][0], title, table))
            continue
        named[table] = (title, rows)
    if unnamed and ("stakeholders" not in named or "relations" not in named):
        guesses = {title: _classify(sheets[title]) for title in unnamed}
        if "stakeholders" not in named:
            found = [t for t, g in guesses.items() if g == "stakeholders"]
            if len(unnamed) == 1 and guesses[unnamed[0]] != "relations":
                found = unnamed
            if len(found) == 1:
                named["stakeholders"] = (found[0], sheets[found[0]])
                unnamed.remove(found[0])
        if "relations" not in named:
            found = [t for t in unnamed if guesses[t] == "relations"]
            if len(found) == 1:
                named["relations"] = (found[0], sheets[found[0]])
                unnamed.remove(found[0])
    for title, (sheet, rows) in named.items():
        titles[title] = sheet
        if title == "meta":
            meta_sheet = (sheet, rows)
            continue
        raw = _raw_table(title, sheet, rows, path.name)
        if raw is not None:
            tables[title] = raw
        elif title == "stakeholders":
            tables[title] = RawTable(
                title, [], [], [], sheet=sheet, file=path.name, header_row=1
            )
    if lang is None:
        lang = guess_language(tables, sheet_names=list(sheets))
    for first, second, table in duplicates:
        failures.append(
            {
                "file": path.name,
                "sheet": second,
                "problem": i18n.text(
                    "duplicate_sheet",
                    lang,
                    first=first,
                    second=second,
                    table=i18n.label(table, lang),
                ),
            }
        )
    for title in unnamed:
        close = difflib.get_close_matches(lookup_key(title), list(known), n=1)
        hint = i18n.text("did_you_mean", lang, suggestion=close[0]) if close else ""
        notes.append((i18n.text("ignored_sheet", lang, sheet=title, hint=hint), title))
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
    block = tables["stakeholders"].title
    if block and "name" not in meta:
        meta["name"] = block[0]
        if len(block) > 1 and "description" not in meta:
            meta["description"] = "\n".join(block[1:])
    meta.setdefault("name", path.stem)
    meta.setdefault("language", guess_language(tables))
    if words:
        meta["words"] = words
    return build_map(
        tables,
        meta=meta,
        scale=scale,
        lang=lang,
        unknown_columns=unknown_columns,
        source=path.name,
        meta_failures=failures,
        extra_tables=rater_tables,
        notes=[f"{path.name} / {sheet}: {text}" for text, sheet in notes],
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
    if smap.words:
        ws = wb.create_sheet(i18n.WORDS_SHEET["written"].get(lang, "words"))
        _fill_sheet(ws, words_rows(smap.words, lang))
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
            attributes=smap.attributes,
        ),
    )
    return wb


def _save(wb: Any, path: Path) -> None:
    wb.save(path)


def write_excel_file(smap: StakeholderMap, path: Path, *, lang: str) -> Path:
    """Write a workbook; see :func:`stakeholder_map.io.write_excel`."""
    refuse_xml_unsafe_text(smap, path, "Excel", lang=lang)
    wb = _workbook(smap, lang)
    return atomic_write(path, lambda tmp: _save(wb, tmp))
