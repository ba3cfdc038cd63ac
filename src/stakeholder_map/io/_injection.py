"""Spreadsheet formula injection: neutralise cells on export, restore them on import.

A text cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage
return) can run as a formula when a CSV file is opened in Excel or LibreOffice
(OWASP, "CSV Injection"). CSV exports put an apostrophe in front of such text, the
convention spreadsheet programs show as "this is text". Text that already starts
with an apostrophe gets one more, so :func:`restore` can take exactly one away and
every value comes back as it was. Workbooks (``.xlsx``) keep the value unchanged
and mark the cell with Excel's *quote prefix* style instead.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["TRIGGERS", "mark_text_cell", "neutralise", "restore", "restore_column"]

#: First characters that make a spreadsheet read a cell as a formula.
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = "'"
# A plain signed number such as -2 or -1,5 runs nothing: it stays as it is, so
# spreadsheets still read it as a number.
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?")


def neutralise(value: Any) -> Any:
    """Return text that cannot run as a formula; other values unchanged.

    Examples
    --------
    >>> from stakeholder_map.io._injection import neutralise
    >>> neutralise("=HYPERLINK(1)"), neutralise("'quoted"), neutralise("-1,5")
    ("'=HYPERLINK(1)", "''quoted", '-1,5')
    """
    if (
        isinstance(value, str)
        and value.startswith((*TRIGGERS, _QUOTE))
        and not _NUMBER.fullmatch(value)
    ):
        return _QUOTE + value
    return value


def restore(value: str) -> str:
    """Undo :func:`neutralise` on a cell read back from a CSV file.

    Only an apostrophe followed by a trigger or another apostrophe is taken away,
    so text such as ``'t Kabouterhuis`` written by hand stays as it is.

    Examples
    --------
    >>> from stakeholder_map.io._injection import restore
    >>> restore("'=HYPERLINK(1)"), restore("''quoted"), restore("'t Hof")
    ('=HYPERLINK(1)', "'quoted", "'t Hof")
    """
    if value[:1] == _QUOTE and value[1:2] and value[1] in (*TRIGGERS, _QUOTE):
        return value[1:]
    return value


def restore_column(col: list[Any]) -> list[Any]:
    """Undo :func:`neutralise` in one column of CSV text, touching only quoted cells.

    Dutch text often holds an apostrophe ('t Kasteeltje, thema's); checking the
    joined column first keeps such files as fast to read as any other.
    """
    try:
        joined = "\x00" + "\x00".join(col)
    except TypeError:  # not text only
        return [
            restore(c) if isinstance(c, str) and c[:1] == _QUOTE else c for c in col
        ]
    if "\x00'" not in joined:
        return col
    return [restore(c) if c[:1] == _QUOTE else c for c in col]


def mark_text_cell(cell: Any) -> None:
    """Keep an openpyxl cell's text from running as a formula, value unchanged."""
    value = cell.value
    if isinstance(value, str) and value.startswith(TRIGGERS):
        cell.data_type = "s"  # openpyxl would store "=..." as a formula
        cell.quotePrefix = True
