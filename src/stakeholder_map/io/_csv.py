"""CSV files: the stakeholder table, with the relations in a second file."""

from __future__ import annotations

import csv
import io
import warnings
from pathlib import Path
from typing import Any

from stakeholder_map import i18n
from stakeholder_map.exceptions import InputDataError, StakeholderMapWarning
from stakeholder_map.io._atomic import atomic_write
from stakeholder_map.io._bulk import gc_paused
from stakeholder_map.io._cells import lookup_key
from stakeholder_map.io._headers import find_header_row
from stakeholder_map.io._injection import neutralise
from stakeholder_map.io._limits import active_limits, check_file_size, limit_error
from stakeholder_map.io._meta import scale_from_arg
from stakeholder_map.io._tables import (
    RawTable,
    build_map,
    collections,
    guess_language,
    table_rows,
)
from stakeholder_map.models import Scale, StakeholderMap

__all__ = ["find_relations", "read_csv_file", "write_csv_file"]

_DELIMITERS = (",", ";", "\t")


def _fail(path: Path, key: str, lang: str, /, **params: Any) -> InputDataError:
    problem = i18n.text(key, lang, **params)
    return InputDataError(
        [{"file": path.name, "problem": problem}], source=path.name, lang=lang
    )


def _decode(data: bytes) -> str:
    """Decode the bytes of a CSV file, as the spreadsheet programs write them.

    UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text"), and
    Windows-1252 for older Excel versions.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def sniff_delimiter(text: str) -> str:
    """Pick the delimiter: ``,``, ``;`` or a tab, the most used on one line.

    The first lines are looked at, not only the first, so a title line above
    the headers does not decide.
    """
    lines = text[:20000].split("\n", 10)[:10]
    counts = {d: max(line.count(d) for line in lines) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_table(path: Path, table: str, *, lang: str) -> RawTable | None:
    """Read one CSV file as a RawTable; None when it holds nothing."""
    if not path.is_file():
        raise _fail(path, "file_not_found", lang, path=str(path))
    check_file_size(path, lang)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise _fail(path, "unreadable", lang, detail=str(err)) from err
    if data.startswith(b"PK\x03\x04"):  # a zip: an .xlsx saved under .csv
        raise _fail(path, "workbook_not_csv", lang)
    try:
        text = _decode(data)
    except UnicodeDecodeError as err:
        raise _fail(path, "unreadable", lang, detail=str(err)) from err
    del data  # the text is all that is needed: a large file is not held twice
    if "\x00" in text:  # binary data, not text
        detail = "NUL bytes: this is not a text file"
        raise _fail(path, "unreadable", lang, detail=detail)
    if not text or text.isspace():  # no stripped copy of a large file
        return None
    delimiter = sniff_delimiter(text)
    limits = active_limits()
    first = text[:1_000_000].split("\n", 1)[0]
    if first.count(delimiter) + 1 > limits.max_columns:  # before parsing
        raise limit_error(path, "max_columns", first.count(delimiter) + 1, lang)
    columns = _parse_fast(text, delimiter)
    if columns is None:
        try:
            columns = _parse(text, delimiter, limits.max_cell_chars)
        except csv.Error as err:
            if "field limit" in str(err):
                found = f"> {limits.max_cell_chars:,}"
                raise limit_error(path, "max_cell_chars", found, lang) from err
            raise _fail(path, "unreadable", lang, detail=str(err)) from err
    _check_table(columns, path, lang, longest=_longest_cell(text))
    n = len(columns[0]) if columns else 0
    head = [[col[i].strip() or None for col in columns] for i in range(min(n, 40))]
    fields = tuple(collections()[table].model_fields)
    start = find_header_row(table, fields, head)
    if start is None:
        return None
    return RawTable(
        table=table,
        headers=[col[start] for col in columns],
        columns=[col[start + 1 :] for col in columns],
        rows=list(range(start + 2, n + 1)),
        sheet=path.stem,
        file=path.name,
        header_row=start + 1,
        column_names=[str(i + 1) for i in range(len(columns))],
        text_only=True,
        infer="text",
        title=[t for row in head[:start] for t in row if t],
        quoted="'" in text,  # cells may carry the apostrophe of write_csv
    )


def _parse_fast(text: str, delimiter: str) -> list[list[str]] | None:
    """Split CSV text into columns with pandas' C parser; None if it cannot.

    Every cell stays text (no type guessing: ids such as "007" keep their zeros).
    Files with a ragged row or leading blank lines go to :func:`_parse`.
    """
    import pandas as pd

    try:
        df = pd.read_csv(
            # Bytes, not a StringIO: a StringIO holds four bytes per character,
            # 200 MB for a 50 MB file with one huge cell.
            io.BytesIO(text.encode("utf-8")),
            encoding="utf-8",
            sep=delimiter,
            header=None,
            dtype=object,
            na_filter=False,
            keep_default_na=False,
            skip_blank_lines=False,
            engine="c",
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError):
        return None
    return [df[c].tolist() for c in df.columns]


def _longest_cell(text: str) -> int:
    """Return a length that no cell of the CSV text can exceed.

    Only a quoted cell (``"..."``) can hold a line break, so in a text without
    a double quote no cell is longer than the longest line; with one, the
    whole text is the bound.
    """
    if '"' in text:
        return len(text)
    return max(map(len, text.split("\n")), default=0)


def _check_table(
    columns: list[list[str]], path: Path, lang: str, *, longest: int | None = None
) -> None:
    """Refuse too many rows or columns, and report every over-long cell.

    ``longest`` is a length no cell exceeds (:func:`_longest_cell`), if known:
    when it is within the limit, the cells need no look.
    """
    limits = active_limits()
    if len(columns) > limits.max_columns:
        raise limit_error(path, "max_columns", len(columns), lang)
    n = len(columns[0]) if columns else 0
    if n > limits.max_rows:
        raise limit_error(path, "max_rows", n, lang)
    if longest is not None and longest <= limits.max_cell_chars:
        return
    records: list[dict[str, Any]] = []
    for c, col in enumerate(columns, start=1):
        if max(map(len, col), default=0) <= limits.max_cell_chars:
            continue
        for r, cell in enumerate(col, start=1):
            if len(cell) > limits.max_cell_chars:
                error = limit_error(
                    path,
                    "max_cell_chars",
                    len(cell),
                    lang,
                    sheet=path.stem,
                    row=r,
                    column=str(c),
                )
                records.extend(error.records)
    if records:
        raise InputDataError(records, source=path.name, lang=lang)


def _parse(text: str, delimiter: str, max_cell: int) -> list[list[str]]:
    """Split CSV text into columns with the csv module, padding short rows.

    The csv module's field limit (process-wide) is raised to ``max_cell`` when it
    is lower, never lowered; longer cells are reported by :func:`_check_table`.
    """
    if csv.field_size_limit() <= max_cell:
        csv.field_size_limit(max_cell + 1)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    width = max(map(len, records), default=0)
    if set(map(len, records)) - {width}:
        records = [r + [""] * (width - len(r)) for r in records]
    return [list(c) for c in zip(*records, strict=True)]


def find_relations(path: Path) -> Path | None:
    """Find the relations file next to a stakeholder CSV (relations.csv, ...)."""
    names = (lookup_key(n) for n in ("relations", *i18n.SHEET_ALIASES["relations"]))
    wanted = list(dict.fromkeys(names))
    try:
        siblings = [
            p
            for p in path.parent.iterdir()
            if p.suffix.lower() == ".csv" and p.is_file()
        ]
    except OSError:
        return None
    by_key = {lookup_key(p.stem): p for p in sorted(siblings)}
    for key in wanted:
        found = by_key.get(key)
        if found is not None and found.resolve() != path.resolve():
            return found
    return None


def read_csv_file(
    path: Path,
    *,
    relations: Path | None,
    name: str | None,
    scale: Any,
    unknown_columns: str,
    lang: str | None,
) -> StakeholderMap:
    """Read a CSV pair; see :func:`stakeholder_map.io.read_csv`."""
    scale_obj = Scale() if scale is None else scale_from_arg(scale)
    rel_path = relations if relations is not None else find_relations(path)
    file_lang = lang or "en"
    with gc_paused():
        main = read_table(path, "stakeholders", lang=file_lang)
        if main is None:
            raise _fail(path, "empty_file", file_lang)
        tables = {"stakeholders": main}
        if rel_path is not None:
            rel = read_table(Path(rel_path), "relations", lang=file_lang)
            if rel is not None:
                tables["relations"] = rel
    language = guess_language(tables)
    lang = lang or language
    title = main.title
    meta = {
        "name": name or (title[0] if title else path.stem),
        "description": "\n".join(title[1:]) or None,
        "language": language,
    }
    return build_map(
        tables,
        meta=meta,
        scale=scale_obj,
        lang=lang,
        unknown_columns=unknown_columns,
        source=path.name,
    )


def _write_table(
    path: Path, headers: list[str], rows: list[list[Any]], lang: str
) -> None:
    delimiter = ";" if lang == "nl" else ","
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(headers)
        # Text starting with =, +, - or @ gets an apostrophe: no formula runs
        # when the file is opened in a spreadsheet; read_table takes it away.
        writer.writerows(
            [["" if v is None else neutralise(v) for v in row] for row in rows]
        )


def write_csv_file(
    smap: StakeholderMap, path: Path, *, relations: Path | None, lang: str
) -> Path:
    """Write a CSV pair; see :func:`stakeholder_map.io.write_csv`."""
    rel_name = i18n.SHEET_NAMES.get(lang, i18n.SHEET_NAMES["en"])["relations"]
    rel_path = (
        Path(relations) if relations is not None else path.with_name(f"{rel_name}.csv")
    )
    if rel_path.resolve() == Path(path).resolve():
        msg = (
            f"`relations` must name another file than the stakeholder table, but "
            f"both are {str(path)!r}."
        )
        raise ValueError(msg)
    dropped = [
        i18n.label(t, lang)
        for t in collections()
        if t not in ("stakeholders", "relations") and getattr(smap, t)
    ]
    if dropped:
        msg = i18n.text("csv_drops", lang, dropped=", ".join(dropped))
        warnings.warn(msg, StakeholderMapWarning, stacklevel=4)
    if (smap.scale.min, smap.scale.max) != (1.0, 5.0):
        lo, hi = f"{smap.scale.min:g}", f"{smap.scale.max:g}"
        msg = i18n.text("csv_scale", lang, scale=f"{lo}..{hi}", lo=lo, hi=hi)
        warnings.warn(msg, StakeholderMapWarning, stacklevel=4)
    _, headers, rows = table_rows(smap, "stakeholders", lang=lang, target="csv")
    _, rel_headers, rel_rows = table_rows(smap, "relations", lang=lang, target="csv")
    atomic_write(path, lambda tmp: _write_table(tmp, headers, rows, lang))
    atomic_write(rel_path, lambda tmp: _write_table(tmp, rel_headers, rel_rows, lang))
    return Path(path)
