"""What every reader and writer checks first: its arguments, the file and its format.

The suffixes :func:`stakeholder_map.io.read` and :func:`~stakeholder_map.io.write`
know, the checks of ``unknown_columns`` and ``lang``, the file that must exist, the
language a writer uses and the error for a file no reader can open. It may import
the models, the exceptions and :mod:`stakeholder_map.i18n`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stakeholder_map import i18n
from stakeholder_map.exceptions import InputDataError
from stakeholder_map.models import StakeholderMap

if TYPE_CHECKING:
    pass


PathLike = str | os.PathLike[str]

_SUFFIXES = {
    ".xlsx": "excel",
    ".xlsm": "excel",
    ".csv": "csv",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
}


def _check(name: str, value: Any, choices: tuple[str, ...]) -> None:
    if value not in choices:
        msg = i18n.text(
            "bad_argument",
            "en",
            name=name,
            choices=list(choices),
            value=value,
        )
        raise ValueError(msg)


def _check_read_args(unknown_columns: str, lang: str | None) -> None:
    _check("unknown_columns", unknown_columns, ("keep", "ignore"))
    if lang is not None:
        _check("lang", lang, i18n.LANGUAGES)


def _format(path: Path, lang: str, *, reading: bool) -> str:
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        problem = i18n.text("unknown_suffix", lang, path=str(path))
        if reading:
            raise InputDataError(
                [{"file": path.name, "problem": problem}], source=path.name, lang=lang
            )
        raise ValueError(problem)
    return fmt


def _existing(path: PathLike, lang: str | None) -> Path:
    p = Path(path)
    if not p.is_file():
        lang = lang or "en"
        problem = i18n.text("file_not_found", lang, path=str(p))
        raise InputDataError(
            [{"file": p.name, "problem": problem}], source=p.name, lang=lang
        )
    return p


def _write_lang(smap: StakeholderMap, lang: str | None) -> str:
    out = str(smap.language.value) if lang is None else lang
    _check("lang", out, i18n.LANGUAGES)
    return out


def _unreadable(path: Path, err: BaseException, lang: str) -> InputDataError:
    """Return the InputDataError for a file a parser failed on with ``err``."""
    detail = str(err)[:200] or type(err).__name__
    if isinstance(err, RecursionError):
        detail = "nested too deeply"
    elif isinstance(err, MemoryError):
        detail = "too large to read"
    problem = i18n.text(
        "file_unreadable",
        lang,
        kind=type(err).__name__,
        detail=detail,
        fmt=path.suffix.lstrip(".").upper() or "?",
    )
    return InputDataError(
        [{"file": path.name, "problem": problem}], source=path.name, lang=lang
    )
