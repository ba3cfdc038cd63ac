"""The user's own columns: type their cells on reading, lay them out on writing.

A column that is not a known field is kept as an attribute of each row, under its
header as written. Its cells are typed by where they come from:

- a CSV file holds only text, so a cell is read as a number (``3``, ``3,5``,
  ``-1.25``), a date (``2026-03-15``, ``15/03/2026``), a list (``a; b``) or else
  as text; a column whose every cell is a yes/no word (ja/nee, yes/no,
  true/false, waar/onwaar) is yes/no. Nothing is guessed where a guess could
  change the value: ``0470 12 34 56`` and ``007`` (leading zeros) and
  ``1.000`` (a thousands separator or a decimal?) stay text. A cell that starts
  with an apostrophe is text as written after it (the spreadsheet convention,
  which the CSV writer uses for a text that would otherwise read as a number);
- a workbook types its cells itself: numbers, dates and yes/no cells keep their
  type, a date-time at midnight is a date, and a text holding ``;`` is a list;
- a DataFrame's values are taken as they are.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
from collections.abc import Sequence
from typing import Any

from stakeholder_map.io._cells import lookup_key, per_distinct
from stakeholder_map.io._injection import TRIGGERS
from stakeholder_map.models import _attribute_value

__all__ = [
    "attribute_cell_out",
    "attribute_columns",
    "attribute_headers",
    "stored_column",
]

_NUMBER = re.compile(r"[+-]?(?:0|[1-9]\d*)(?:[.,]\d+)?")
#: 1.000 or 2,500: a thousands separator, or a decimal with three places?
_AMBIGUOUS = re.compile(r"[+-]?[1-9]\d{0,2}[.,]\d{3}")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_YES_NO = {
    "ja": True,
    "yes": True,
    "true": True,
    "waar": True,
    "nee": False,
    "no": False,
    "false": False,
    "onwaar": False,
}
_QUOTE = "'"


def _number(text: str) -> int | float | None:
    if not _NUMBER.fullmatch(text) or _AMBIGUOUS.fullmatch(text):
        return None
    if "." in text or "," in text:
        return float(text.replace(",", "."))
    return int(text)


def _date(text: str) -> dt.date | None:
    m = _ISO.fullmatch(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DAY_FIRST.fullmatch(text)
        if not m:
            return None
        d, mo, y = (int(g) for g in m.groups())
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def _list(text: str) -> tuple[str, ...] | None:
    items = tuple(filter(None, (item.strip() for item in text.split(";"))))
    return items or None


def _text_cell(text: str) -> Any:
    """Type one CSV cell (not a yes/no column)."""
    if text[:1] == _QUOTE:
        rest = text[1:]
        if rest[:1] in (*TRIGGERS, _QUOTE) or looks_typed(rest):
            return rest  # written as text on purpose (or neutralised)
        return text  # an apostrophe of the text itself: 't Kasteeltje
    if ";" in text:
        return _list(text)
    number = _number(text)
    if number is not None:
        return number
    day = _date(text)
    return day if day is not None else text


def looks_typed(text: str) -> bool:
    """Say whether a text would be read back from CSV as something else."""
    return (
        ";" in text
        or _number(text) is not None
        or _date(text) is not None
        or lookup_key(text) in _YES_NO
        or text != text.strip()
    )


def _yes_no_column(values: Sequence[Any]) -> list[Any] | None:
    out: list[Any] = []
    for v in values:
        if v is None:
            out.append(None)
            continue
        if not isinstance(v, str) or v.lstrip()[:1] == _QUOTE:
            return None  # 'FALSE was written as text on purpose (lookup_key drops ')
        word = _YES_NO.get(lookup_key(v))
        if word is None:
            return None
        out.append(word)
    return out if any(v is not None for v in out) else None


def _sheet_cell(value: Any) -> Any:
    if isinstance(value, str):
        return _list(value) if ";" in value else value
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date()
        return value.isoformat(sep=" ")
    return value


def attribute_columns(values: Sequence[Any], *, infer: str) -> list[Any]:
    """Type the cleaned cells of one column of the user's own; see the module.

    ``infer`` is ``"text"`` (CSV), ``"sheet"`` (a workbook) or ``"python"``
    (a DataFrame: taken as they are). Blank cells are None.
    """
    if infer == "text":
        yes_no = _yes_no_column(values)
        if yes_no is not None:
            return yes_no
        return per_distinct(values, lambda v: _text_cell(str(v)))
    if infer == "sheet":
        return per_distinct(values, _sheet_cell)
    return list(values)


def stored_column(values: Sequence[Any]) -> list[Any]:
    """Bring a typed column of the user's own into the form the model stores.

    The model's own rule (:func:`stakeholder_map.models._attribute_value`),
    applied once per distinct cell; None where the model would leave the
    attribute out.
    """
    return per_distinct(values, _attribute_value)


def attribute_headers(rows: Sequence[Any]) -> list[str]:
    """Return the attribute names of a collection, in the order they first appear."""
    seen: dict[str, None] = {}
    for row in rows:
        for key in getattr(row, "attributes", None) or ():
            seen.setdefault(key, None)
    return list(seen)


def attribute_cell_out(value: Any, *, target: str, lang: str) -> Any:
    """Lay out one attribute value for a writer.

    ``target`` is ``"excel"`` (native numbers, dates and yes/no), ``"csv"``
    (text: yes/no in the language, a decimal comma in Dutch, an apostrophe in
    front of a text that would read back as something else) or ``"frame"``
    (the value itself).
    """
    if value is None or target == "frame":
        return value
    if isinstance(value, tuple):
        joined = "; ".join(value)
        # A CSV cell that starts with the quote reads as text written on purpose;
        # an empty first item (dropped on reading) keeps the list a list.
        return "; " + joined if target == "csv" and joined[:1] == _QUOTE else joined
    if target == "excel":
        return value
    if isinstance(value, bool):
        words = ("ja", "nee") if lang == "nl" else ("yes", "no")
        return words[0] if value else words[1]
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # positional, never 1e-05: the reader takes plain decimals only
        text = format(decimal.Decimal(repr(value)), "f")
        if "." not in text:
            text += ".0"
        return text.replace(".", ",") if lang == "nl" else text
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    # The CSV writer neutralises formulas in every cell after this.
    return _QUOTE + text if looks_typed(text) else text
