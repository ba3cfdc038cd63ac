"""What the command line's modules share: languages, user errors, reading a map.

:mod:`stakeholder_map.cli` and :mod:`stakeholder_map.workshop.cli` (the ``workshop``
subcommands) both import it, so neither imports the other's helpers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING

import typer

from stakeholder_map.exceptions import StakeholderMapError
from stakeholder_map.i18n import LANGUAGES, text

if TYPE_CHECKING:
    from pathlib import Path

    from stakeholder_map.models import StakeholderMap

__all__ = [
    "STATE",
    "Lang",
    "UserError",
    "command_lang",
    "data_lang",
    "read_map",
    "system_lang",
    "user_errors",
]


class Lang(StrEnum):
    """Languages of the command's output (French: messages and the grid only)."""

    nl = "nl"
    en = "en"
    fr = "fr"


#: The language of the running command, for notes raised deep inside analyses.
STATE = {"lang": "en", "file": "FILE"}


class UserError(Exception):
    """An error to report to the user as a message, without a traceback."""


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn our errors into a message on stderr and exit status 1."""
    try:
        yield
    except (StakeholderMapError, UserError, FileNotFoundError, ValueError) as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(code=1) from None


def system_lang() -> str:
    """Return the language of the system's locale: Dutch, French, else English."""
    import os

    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            code = value.lower()[:2]
            return code if code in ("nl", "fr") else "en"
    return "en"


def data_lang(code: str) -> str:
    """Return the language for reading and writing files: French files are English.

    Maps, sheet names and input words exist in English and Dutch; a French
    command reads and writes its files in English while it speaks French.
    """
    return code if code in LANGUAGES else "en"


def command_lang(lang: Lang | None, smap: StakeholderMap | None = None) -> str:
    """Return the language of a command: ``--lang``, else the map's, else the system's.

    Every command follows this one rule, so a Dutch workbook gets Dutch
    figures, tables and messages unless ``--lang`` says otherwise.
    """
    if lang is not None:
        return lang.value
    if smap is not None:
        return str(smap.language.value)
    return system_lang()


def read_map(
    path: Path, lang: Lang | None, *, title: str | None = None
) -> StakeholderMap:
    """Read a file; messages in ``--lang`` or else in the file's own language."""
    from stakeholder_map.io import read

    given = None if lang is None or lang.value not in LANGUAGES else lang.value
    STATE["lang"] = lang.value if lang is not None else system_lang()
    STATE["file"] = str(path)
    if not path.exists():
        raise UserError(text("file_not_found", STATE["lang"], path=str(path)))
    smap = read(path, lang=given)
    if title is not None:
        smap = smap.model_copy(update={"name": title})
    STATE["lang"] = command_lang(lang, smap)
    return smap
