"""Build the word tables of :mod:`stakeholder_map.i18n` from the data files.

The words accepted on input live in ``stakeholder_map/words/``: ``en.toml``,
``nl.toml`` and ``common.toml`` (symbols such as ``++`` and ``?``). This module
reads them once, on first use (not when the package is imported), and builds the
tables ``i18n`` has always offered: the same names, types and contents.
``stakeholder_map.vocabulary`` adds a coordinator's own words to these tables
and rebuilds them with :func:`build` to undo that.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["FILES", "NAMES", "build", "documents"]

#: The data files, in the order their words are listed in a merged table.
FILES = ("en", "nl", "common")

#: The tables of :mod:`stakeholder_map.i18n` built here.
NAMES = frozenset(
    {
        "ATTITUDE_WORDS",
        "ATTITUDE_WORDS_BY_LANGUAGE",
        "ATTITUDE_WORDS_SHOWN",
        "BOOL_WORDS",
        "CHOICE_WORDS",
        "COLUMN_ALIASES",
        "COLUMN_HEADERS_NL",
        "COLUMN_HEADERS_NL_BY_TABLE",
        "FIVE_POINT_MARKERS",
        "LANGUAGE_WORDS",
        "META_HEADER_ALIASES",
        "META_KEYS_NL",
        "META_KEY_ALIASES",
        "PERSONAL_HEADER_WORDS",
        "PERSON_WORDS",
        "SCORE_WORDS",
        "SCORE_WORDS_FIVE",
        "SHEET_ALIASES",
        "SHEET_NAMES",
        "UNKNOWN_WORDS",
        "WORDS_SHEET",
    }
)


@functools.cache
def documents() -> dict[str, dict[str, Any]]:
    """Return the parsed data files, keyed by their name (``en``, ``nl``, ...)."""
    import tomllib
    from importlib.resources import files

    root = files("stakeholder_map").joinpath("words")
    return {
        name: tomllib.loads(root.joinpath(f"{name}.toml").read_text(encoding="utf-8"))
        for name in FILES
    }


def _get(doc: dict[str, Any], *path: str) -> Any:
    node: Any = doc
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def _lists(*path: str) -> dict[str, tuple[str, ...]]:
    """Merge ``key = [words]`` sections: each file's words, in file order, once."""
    out: dict[str, list[str]] = {}
    for doc in documents().values():
        for key, words in (_get(doc, *path) or {}).items():
            merged = out.setdefault(key, [])
            merged.extend(w for w in words if w not in merged)
    return {key: tuple(words) for key, words in out.items()}


def _words(*path: str) -> dict[str, Any]:
    """Merge ``word = meaning`` sections; a word may mean one thing only."""
    out: dict[str, Any] = {}
    for name, doc in documents().items():
        for word, meaning in (_get(doc, *path) or {}).items():
            if out.get(word, meaning) != meaning:  # pragma: no cover - data error
                msg = (
                    f"words/{name}.toml: [{'.'.join(path)}] {word!r} means "
                    f"{meaning!r}, another file says {out[word]!r}."
                )
                raise ValueError(msg)
            out[word] = meaning
    return out


def _all(*path: str) -> tuple[str, ...]:
    """Merge one list found at ``path`` in every file."""
    merged: list[str] = []
    for doc in documents().values():
        merged.extend(w for w in _get(doc, *path) or () if w not in merged)
    return tuple(merged)


def _per_language(*path: str) -> dict[str, Any]:
    docs = documents()
    return {lang: _get(docs[lang], *path) for lang in ("en", "nl")}


def build() -> dict[str, Any]:
    """Return every table of :data:`NAMES`, freshly built from the data files.

    Each call returns new objects, so that changing one (as
    ``stakeholder_map.vocabulary`` does) never changes the next.
    """
    columns: dict[str, dict[str, tuple[str, ...]]] = {}
    for doc in documents().values():
        for table in _get(doc, "columns") or {}:
            columns.setdefault(table, {})
    for table in columns:
        columns[table] = _lists("columns", table)
    nl = documents()["nl"]
    by_table = _get(nl, "columns_written_by_table") or {}
    return {
        "SHEET_ALIASES": _lists("sheets"),
        "SHEET_NAMES": {
            lang: dict(names) for lang, names in _per_language("sheet_names").items()
        },
        "COLUMN_ALIASES": columns,
        "COLUMN_HEADERS_NL": dict(_get(nl, "columns_written") or {}),
        "COLUMN_HEADERS_NL_BY_TABLE": {t: dict(h) for t, h in by_table.items()},
        "SCORE_WORDS": {
            w: float(v) for w, v in _words("scores", "three_point").items()
        },
        "SCORE_WORDS_FIVE": {
            w: float(v) for w, v in _words("scores", "five_point").items()
        },
        "FIVE_POINT_MARKERS": frozenset(_all("scores", "five_point_markers")),
        "ATTITUDE_WORDS": _words("attitudes", "words"),
        "ATTITUDE_WORDS_BY_LANGUAGE": {
            lang: tuple(words)
            for lang, words in _per_language("attitudes", "suggested").items()
        },
        "ATTITUDE_WORDS_SHOWN": {
            lang: tuple(words)
            for lang, words in _per_language("attitudes", "shown").items()
        },
        "CHOICE_WORDS": {
            group: _words("choices", group)
            for group in dict.fromkeys(
                g for doc in documents().values() for g in _get(doc, "choices") or {}
            )
        },
        "BOOL_WORDS": _words("booleans"),
        "UNKNOWN_WORDS": frozenset(_all("unknown", "words")),
        "META_KEY_ALIASES": _lists("meta", "keys"),
        "META_HEADER_ALIASES": _lists("meta", "headers"),
        "META_KEYS_NL": dict(_get(nl, "meta", "written") or {}),
        "LANGUAGE_WORDS": _words("languages"),
        "PERSON_WORDS": frozenset(_all("privacy", "person_categories")),
        "PERSONAL_HEADER_WORDS": _all("privacy", "personal_headers"),
        "WORDS_SHEET": {
            "names": _all("words_sheet", "names"),
            "written": _per_language("words_sheet", "written"),
            "columns": _lists("words_sheet", "columns"),
            "kinds": _lists("words_sheet", "kinds"),
            "headers": {
                lang: {key: words[0] for key, words in (columns or {}).items()}
                for lang, columns in _per_language("words_sheet", "columns").items()
            },
            "kinds_shown": {
                lang: {key: words[0] for key, words in (kinds or {}).items()}
                for lang, kinds in _per_language("words_sheet", "kinds").items()
            },
        },
    }
