"""Limits on what a reader accepts, so a hostile or broken file is refused early.

:class:`ReadLimits` holds them in one place; :func:`stakeholder_map.io.read` and
the format readers take one as ``limits=``. The limits in force during a read sit
in a context variable, so the format modules (which call each other) need not
pass them along.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stakeholder_map import i18n
from stakeholder_map.exceptions import InputDataError

__all__ = [
    "ReadLimits",
    "active_limits",
    "check_depth",
    "check_file_size",
    "limit_error",
    "using_limits",
]

_MB = 1024 * 1024


@dataclasses.dataclass(frozen=True)
class ReadLimits:
    """The largest input the readers accept; anything larger is refused.

    Each refusal is one :class:`~stakeholder_map.exceptions.InputDataError` that
    names the limit, the value found and how to raise the limit. The defaults let
    every real stakeholder map through (a map of a few hundred stakeholders is a
    few hundred kilobytes) with a wide margin, and stop files made to exhaust the
    computer's memory before they are unpacked or parsed.

    Parameters
    ----------
    max_file_bytes
        Largest file, in bytes (default 200 MB), checked before anything is read.
    max_rows
        Most rows in one sheet, CSV file or table (default 1,000,000: Excel's own
        maximum is 1,048,576).
    max_columns
        Most columns in one sheet or CSV file (default 1,000; a map uses about 30).
    max_cell_chars
        Longest text in one cell or value, in characters (default 32,767: Excel's
        own limit for a cell).
    max_depth
        Deepest nesting of lists and mappings in JSON and YAML (default 100; a map
        nests 4 levels deep, attributes a few more).
    max_unzipped_bytes
        Largest total size of an xlsx workbook's parts once unzipped, in bytes
        (default 500 MB), read from the zip's directory before unzipping.
    max_zip_ratio
        Largest ratio of a part's unzipped to zipped size in an xlsx workbook
        (default 100: sheet XML compresses about 5 to 20 times, a zip bomb
        thousands of times). Parts under 1 MB unzipped are not checked.

    Examples
    --------
    >>> limits = skm.io.ReadLimits(max_rows=5_000)
    >>> limits.max_rows, limits.max_cell_chars
    (5000, 32767)
    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.write(
    ...         skm.load_example("huis_van_het_kind"), Path(tmp) / "k.json"
    ...     )
    ...     skm.read(path, limits=limits).name
    'Huis van het Kind Vlasbeke'
    """

    max_file_bytes: int = 200 * _MB
    max_rows: int = 1_000_000
    max_columns: int = 1_000
    max_cell_chars: int = 32_767
    max_depth: int = 100
    max_unzipped_bytes: int = 500 * _MB
    max_zip_ratio: float = 100.0

    def __post_init__(self) -> None:
        """Refuse limits that are not positive numbers."""
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                msg = f"ReadLimits.{f.name} must be a number, got {value!r}."
                raise TypeError(msg)
            if value <= 0:
                msg = f"ReadLimits.{f.name} must be positive, got {value!r}."
                raise ValueError(msg)


_DEFAULT = ReadLimits()
_ACTIVE: contextvars.ContextVar[ReadLimits] = contextvars.ContextVar(
    "stakeholder_map_read_limits", default=_DEFAULT
)


def active_limits() -> ReadLimits:
    """Return the limits in force for the read going on (the defaults otherwise)."""
    return _ACTIVE.get()


@contextlib.contextmanager
def using_limits(limits: ReadLimits | None) -> Iterator[ReadLimits]:
    """Put ``limits`` in force for the ``with`` block; None keeps those in force."""
    if limits is None:
        yield _ACTIVE.get()
        return
    if not isinstance(limits, ReadLimits):
        msg = f"`limits` must be a ReadLimits, got {type(limits).__name__}."
        raise TypeError(msg)
    token = _ACTIVE.set(limits)
    try:
        yield limits
    finally:
        _ACTIVE.reset(token)


def limit_error(
    path: Path,
    limit: str,
    found: Any,
    lang: str,
    *,
    sheet: str | None = None,
    row: int | None = None,
    column: str | None = None,
    **params: Any,
) -> InputDataError:
    """Return the InputDataError for input over the limit named ``limit``.

    ``params`` fill in the description of the limit (``part`` for
    ``max_zip_ratio``).
    """
    value = getattr(active_limits(), limit)
    problem = i18n.text(
        "over_limit",
        lang,
        what=i18n.text(f"limit_{limit}", lang, **params),
        found=_number(found),
        limit=_number(value),
        name=limit,
    )
    return InputDataError(
        [
            {
                "file": path.name,
                "sheet": sheet,
                "row": row,
                "column": column,
                "problem": problem,
            }
        ],
        source=path.name,
        lang=lang,
    )


def _number(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}"
    return f"{int(value):,}"


def check_file_size(path: Path, lang: str) -> None:
    """Refuse a file larger than ``max_file_bytes`` before reading it."""
    try:
        size = path.stat().st_size
    except OSError:
        return  # the reader reports a missing or unreadable file itself
    if size > active_limits().max_file_bytes:
        raise limit_error(path, "max_file_bytes", size, lang)


#: A JSON string (with escapes) or one bracket.
_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def check_depth(text: str, path: Path, lang: str) -> None:
    """Refuse JSON (or YAML flow) text nested deeper than ``max_depth``.

    Brackets inside strings do not count. The scan stops at the first bracket
    over the limit, so a file of a million ``[`` is refused at once, before a
    parser recurses into it.
    """
    limit = active_limits().max_depth
    if text.count("[") + text.count("{") <= limit:
        return
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        char = match.group()
        if char in "[{":
            depth += 1
            if depth > limit:
                raise limit_error(path, "max_depth", f"> {limit}", lang)
        elif char in "]}":
            depth -= 1
