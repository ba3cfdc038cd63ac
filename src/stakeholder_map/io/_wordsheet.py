"""The sheet of one's own words (``woorden``/``words``) of a workbook.

One row per word: the kind of word (``kolom``, ``score``, ``houding``, ...), the
word and what it means. The workbook reader reads this sheet before the others
and adds its words for the rest of that workbook only
(:func:`stakeholder_map.vocabulary.scope`); every row that cannot be added is a
failure with its sheet, row and column. The map keeps the rows
(:attr:`StakeholderMap.words`), and the workbook writer writes them back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from stakeholder_map import i18n
from stakeholder_map.io._cells import BadCell, lookup_key, to_text

__all__ = [
    "add_word_rows",
    "is_words_sheet",
    "read_words_sheet",
    "sheet_lang",
    "words_rows",
]


def is_words_sheet(title: str) -> bool:
    """Say whether a sheet's name makes it the sheet of one's own words."""
    return lookup_key(title) in {lookup_key(n) for n in i18n.WORDS_SHEET["names"]}


def sheet_lang(title: str) -> str:
    """Return the language a words sheet's name is in (``woorden``: Dutch)."""
    return "nl" if lookup_key(title) == i18n.WORDS_SHEET["written"]["nl"] else "en"


def _cell(value: Any) -> Any:
    """Return a cell as the words take it: text stripped, numbers kept."""
    if value is None or isinstance(value, BadCell):
        return None
    if isinstance(value, bool | int | float):
        return value
    text = to_text(value).strip()
    return text or None


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_words_sheet(
    title: str, rows: Sequence[Sequence[Any]], *, file: str, lang: str
) -> tuple[tuple[tuple[str, str, str], ...], list[dict[str, Any]]]:
    """Add the words of a words sheet (for the current scope); return rows, failures.

    The rows returned are ``(kind, word, meaning)`` with the kind as
    :data:`stakeholder_map.vocabulary.SECTIONS` names it, for the map to keep.
    """
    from stakeholder_map import vocabulary

    sheet = i18n.WORDS_SHEET
    start = next(
        (i for i, r in enumerate(rows) if any(_cell(c) is not None for c in r)), None
    )
    if start is None:
        return (), []
    headers = [_cell(c) for c in rows[start]]
    wanted = {
        lookup_key(name): fld
        for fld, names in sheet["columns"].items()
        for name in (fld, *names)
    }
    where: dict[str, int] = {}
    for col, head in enumerate(headers):
        fld = wanted.get(lookup_key(head)) if head is not None else None
        if fld is not None:
            where.setdefault(fld, col)
    shown = sheet["headers"][lang]
    base = {"file": file, "sheet": title}
    if "kind" not in where or "word" not in where:
        columns = ", ".join(repr(shown[f]) for f in ("kind", "word", "meaning"))
        found = ", ".join(repr(_as_text(h)) for h in headers if h is not None)
        problem = i18n.text("words_sheet_headers", lang, columns=columns, found=found)
        return (), [{**base, "row": start + 1, "problem": problem}]
    kinds = {
        lookup_key(name): section
        for section, names in sheet["kinds"].items()
        for name in (section, *names)
    }
    known = ", ".join(repr(k) for k in sheet["kinds_shown"][lang].values())
    out: list[tuple[str, str, str]] = []
    failures: list[dict[str, Any]] = []

    def header_of(fld: str) -> str:
        col = where.get(fld)
        head = headers[col] if col is not None else None
        return _as_text(head) if head is not None else shown[fld]

    for number, row in enumerate(rows[start + 1 :], start=start + 2):
        cells = {
            fld: _cell(row[col]) if col < len(row) else None
            for fld, col in where.items()
        }
        if all(v is None for v in cells.values()):
            continue
        kind, word, meaning = cells["kind"], cells["word"], cells.get("meaning")
        section = kinds.get(lookup_key(_as_text(kind))) if kind is not None else None
        if section is None:
            hint = ""
            if kind is not None:
                hint = vocabulary.hint(lookup_key(_as_text(kind)), kinds, lang)
            problem = i18n.text("words_sheet_kind", lang, known=known, hint=hint)
            failures.append(
                {
                    **base,
                    "row": number,
                    "column": header_of("kind"),
                    "value": kind,
                    "problem": problem,
                }
            )
            continue
        if word is None:
            failures.append(
                {
                    **base,
                    "row": number,
                    "column": header_of("word"),
                    "problem": i18n.text("words_sheet_no_word", lang),
                }
            )
            continue
        entry = vocabulary.Entry(section, _as_text(word), meaning)
        trouble = vocabulary.add(entry, lang)
        if trouble is not None:
            on_meaning = isinstance(trouble, vocabulary.MeaningProblem)
            failures.append(
                {
                    **base,
                    "row": number,
                    "column": header_of("meaning" if on_meaning else "word"),
                    "value": meaning if on_meaning else word,
                    "problem": str(trouble),
                }
            )
            continue
        out.append(
            (section, _as_text(word), "" if meaning is None else _as_text(meaning))
        )
    return tuple(out), failures


def words_rows(words: Sequence[tuple[str, str, str]], lang: str) -> list[list[Any]]:
    """Return the rows of a words sheet, header first, in a language."""
    sheet: Mapping[str, Any] = i18n.WORDS_SHEET
    shown = sheet["kinds_shown"][lang]
    headers = sheet["headers"][lang]
    out: list[list[Any]] = [[headers["kind"], headers["word"], headers["meaning"]]]
    for section, word, meaning in words:
        out.append([shown.get(section, section), word, meaning or None])
    return out


def add_word_rows(rows: Sequence[Any], lang: str) -> list[dict[str, Any]]:
    """Add the ``words`` rows of a YAML or JSON map (for the current scope).

    Return a failure per row that cannot be added, its ``column`` the row's path
    (``words[2]``). A row that is not three texts is left for the map's own
    validation to report.
    """
    from stakeholder_map import vocabulary

    failures: list[dict[str, Any]] = []
    for i, row in enumerate(rows):
        if not isinstance(row, list | tuple) or len(row) != 3:
            continue
        section, word, meaning = row
        problem: str | None
        if section not in vocabulary.SECTIONS:
            known = ", ".join(repr(s) for s in vocabulary.SECTIONS)
            hint = vocabulary.hint(str(section), vocabulary.SECTIONS, lang)
            problem = i18n.text(
                "words_unknown_section", lang, section=section, known=known, hint=hint
            )
        else:
            problem = vocabulary.add(vocabulary.Entry(section, word, meaning), lang)
        if problem is not None:
            failures.append(
                {"column": f"words[{i}]", "value": word, "problem": str(problem)}
            )
    return failures
