"""Add words of one's own to the words the readers accept.

The readers know many names for sheets and columns and many words for scores,
attitudes, relation kinds, channels and yes/no, in English and Dutch (the data
files ``stakeholder_map/words/en.toml`` and ``nl.toml``). A coordinator whose
spreadsheets use other words adds them here, or in a ``woorden``/``words`` sheet
of the workbook itself (that sheet's words apply to that workbook only).

Examples
--------
>>> skm.vocabulary.extend(
...     {"columns": {"power": ["zeggenschap"]}, "scores": {"heel veel": 1}}
... )
>>> skm.i18n.SCORE_WORDS["heel_veel"]
1.0
>>> skm.vocabulary.reset()
>>> "heel_veel" in skm.i18n.SCORE_WORDS
False
"""

from __future__ import annotations

import contextlib
import difflib
import math
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from stakeholder_map import _words, i18n
from stakeholder_map._types import (
    Channel,
    Direction,
    EngagementLevel,
    Frequency,
    ParticipationLevel,
    RelationKind,
)
from stakeholder_map.exceptions import VocabularyError
from stakeholder_map.io import _cells, _headers
from stakeholder_map.io._cells import lookup_key, parse_number

__all__ = ["SECTIONS", "extend", "extended", "reset"]

#: The kinds of words :func:`extend` takes, as the keys of its mapping.
SECTIONS: tuple[str, ...] = (
    "sheets",
    "columns",
    "scores",
    "attitudes",
    "kinds",
    "channels",
    "frequencies",
    "engagement",
    "participation",
    "directions",
    "booleans",
    "unknown",
)

#: Sections whose mapping goes from a meaning to its words (a sheet or column
#: has many names); the others map each word to its meaning.
_GROUPED = ("sheets", "columns")

#: Sections of enumerated values: the group of i18n.CHOICE_WORDS and the enum.
_CHOICES: dict[str, tuple[str, type[Enum]]] = {
    "kinds": ("kind", RelationKind),
    "channels": ("channel", Channel),
    "frequencies": ("frequency", Frequency),
    "engagement": ("engagement", EngagementLevel),
    "participation": ("participation", ParticipationLevel),
    "directions": ("direction", Direction),
}

#: The tables an extension changes; reset() and a scope restore these.
_CHANGED = (
    "SHEET_ALIASES",
    "COLUMN_ALIASES",
    "SCORE_WORDS",
    "SCORE_WORDS_FIVE",
    "FIVE_POINT_MARKERS",
    "ATTITUDE_WORDS",
    "CHOICE_WORDS",
    "BOOL_WORDS",
    "UNKNOWN_WORDS",
)

# Held while the tables change, and for the whole read of a workbook with a
# words sheet, whose words must not leak into a read in another thread.
_LOCK = threading.RLock()


@dataclass(frozen=True)
class Entry:
    """One word to add: its section, the word, its meaning and (columns) table."""

    section: str
    word: Any
    meaning: Any
    table: str | None = None


def extend(words: Mapping[str, Any], *, lang: str = "en") -> None:
    """Add words of one's own to the words every reader accepts.

    The words apply to every file read afterwards, until :func:`reset`. Each
    word is checked first: when one cannot be added, none is, and one
    :class:`~stakeholder_map.exceptions.VocabularyError` lists every problem.

    Parameters
    ----------
    words
        A mapping of kinds of words (:data:`SECTIONS`) to words:

        - ``sheets``: table (or a sheet name it already has) -> sheet names,
          e.g. ``{"stakeholders": ["partnerlijst"]}``;
        - ``columns``: field (or a header it already has) -> headers, e.g.
          ``{"power": ["zeggenschap"]}`` for every table with a field
          ``power``, or ``{"relations": {"kind": ["aard relatie"]}}`` for one
          table;
        - ``scores``: word -> a fraction of the scale from 0 (lowest) to 1
          (highest), or a score word it means the same as, e.g.
          ``{"heel veel": 1, "wat": "laag"}``;
        - ``attitudes``: word -> -2 .. +2, or an attitude word;
        - ``kinds``, ``channels``, ``frequencies``, ``engagement``,
          ``participation``, ``directions``: word -> the value (``"funding"``,
          ``"email"``, ...) or a word it means the same as;
        - ``booleans``: word -> True or False (or a word such as ``"ja"``);
        - ``unknown``: a list of words that say a score is not known.

        A word or header is compared as the readers compare them: case,
        accents, spaces and punctuation do not matter.
    lang
        Language of the messages, ``"en"`` or ``"nl"``.

    Raises
    ------
    stakeholder_map.exceptions.VocabularyError
        An unknown kind of word, table or field, a meaning that is none, or a
        word that already means something else (the message names both).

    See Also
    --------
    reset : Forget the words added.
    extended : Add words for a ``with`` block only.

    Examples
    --------
    >>> skm.vocabulary.extend({"columns": {"power": ["zeggenschap"]}})
    >>> skm.vocabulary.extend({"scores": {"hoog": 0}})
    Traceback (most recent call last):
    ...
    stakeholder_map.exceptions.VocabularyError: The words could not be added (1 problem):
      scores: 'hoog' already means the score at 1 of the scale, so it cannot also mean the score at 0 of the scale. Choose another word, or leave this one out.
    >>> skm.vocabulary.reset()
    """  # noqa: E501
    with _LOCK:
        entries, problems = flatten(words, lang)
        before = _snapshot()
        for entry in entries:
            problem = add(entry, lang)
            if problem is not None:
                problems.append(f"{entry.section}: {problem}")
        if problems:
            _restore(before)
            raise VocabularyError(problems, lang=lang)


def reset() -> None:
    """Forget every word added by :func:`extend`: back to the bundled words.

    See Also
    --------
    extend : Add words of one's own.

    Examples
    --------
    >>> skm.vocabulary.extend({"booleans": {"jawel": True}})
    >>> skm.vocabulary.reset()
    >>> "jawel" in skm.i18n.BOOL_WORDS
    False
    """
    with _LOCK:
        fresh = _words.build()
        _restore({name: fresh[name] for name in _CHANGED})


@contextlib.contextmanager
def extended(words: Mapping[str, Any], *, lang: str = "en") -> Iterator[None]:
    """Add words of one's own for a ``with`` block only.

    Parameters
    ----------
    words
        As for :func:`extend`.
    lang
        Language of the messages, ``"en"`` or ``"nl"``.

    Yields
    ------
    None
        The words apply inside the block; after it, the words are as before.

    Raises
    ------
    stakeholder_map.exceptions.VocabularyError
        As :func:`extend`.

    See Also
    --------
    extend : Add words until :func:`reset`.

    Examples
    --------
    >>> with skm.vocabulary.extended({"channels": {"whatsapp": "social_media"}}):
    ...     skm.i18n.CHOICE_WORDS["channel"]["whatsapp"]
    'social_media'
    >>> "whatsapp" in skm.i18n.CHOICE_WORDS["channel"]
    False
    """
    with scope():
        extend(words, lang=lang)
        yield


@contextlib.contextmanager
def scope() -> Iterator[None]:
    """Undo every change of the words made inside the block (and hold the lock)."""
    with _LOCK:
        before = _snapshot()
        try:
            yield
        finally:
            _restore(before)


# --------------------------------------------------------------------------------
# Checking and adding one word
# --------------------------------------------------------------------------------


def _text(key: str, lang: str, **params: Any) -> str:
    return i18n.text(key, lang, **params)


def hint(value: str, known: Iterable[str], lang: str) -> str:
    """Return " Did you mean ...?" for the closest of ``known``, or nothing."""
    close = difflib.get_close_matches(value, list(known), n=1)
    return _text("did_you_mean", lang, suggestion=close[0]) if close else ""


def _listed(names: Iterable[str]) -> str:
    return ", ".join(repr(n) for n in names)


def flatten(words: Any, lang: str) -> tuple[list[Entry], list[str]]:
    """Turn the mapping of :func:`extend` into entries; list what is malformed."""
    entries: list[Entry] = []
    problems: list[str] = []
    if not isinstance(words, Mapping):
        problems.append(_text("words_not_a_mapping", lang, found=type(words).__name__))
        return entries, problems
    for section, value in words.items():
        if section not in SECTIONS:
            close = hint(str(section), SECTIONS, lang)
            problems.append(
                _text(
                    "words_unknown_section",
                    lang,
                    section=section,
                    known=_listed(SECTIONS),
                    hint=close,
                )
            )
            continue
        if section == "unknown":
            items = [value] if isinstance(value, str) else value
            if not isinstance(items, list | tuple | set | frozenset):
                problems.append(_shape(section, value, lang))
                continue
            entries.extend(Entry(section, w, None) for w in items)
            continue
        if not isinstance(value, Mapping):
            problems.append(_shape(section, value, lang))
            continue
        if section not in _GROUPED:
            entries.extend(Entry(section, w, m) for w, m in value.items())
            continue
        for meaning, names in value.items():
            if section == "columns" and isinstance(names, Mapping):
                if meaning not in i18n.COLUMN_ALIASES:
                    close = hint(str(meaning), i18n.COLUMN_ALIASES, lang)
                    problems.append(
                        _text(
                            "words_unknown_table",
                            lang,
                            table=meaning,
                            known=_listed(i18n.COLUMN_ALIASES),
                            hint=close,
                        )
                    )
                    continue
                for fld, headers in names.items():
                    got = _names(headers)
                    if got is None:
                        problems.append(_shape(section, headers, lang))
                        continue
                    entries.extend(Entry(section, h, fld, meaning) for h in got)
                continue
            got = _names(names)
            if got is None:
                problems.append(_shape(section, names, lang))
                continue
            entries.extend(Entry(section, n, meaning) for n in got)
    return entries, problems


def _names(value: Any) -> list[Any] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return list(value)
    return None


def _shape(section: str, value: Any, lang: str) -> str:
    key = {"sheets": "grouped", "columns": "grouped", "unknown": "list"}.get(
        section, "words"
    )
    example = {
        "sheets": '{"stakeholders": ["partnerlijst"]}',
        "columns": '{"power": ["zeggenschap"]}',
        "unknown": '["geen idee"]',
    }.get(section, '{"heel veel": 1}' if section == "scores" else '{"woord": ...}')
    return _text(
        "words_shape",
        lang,
        section=section,
        shape=_text(f"words_shape_{key}", lang, example=example),
        found=value,
    )


def _word_key(entry: Entry, lang: str) -> tuple[str | None, str | None]:
    """Return the word as stored (normalised), or a problem."""
    word = entry.word
    if isinstance(word, bool) or not isinstance(word, str | int | float):
        return None, _text("words_not_a_word", lang, value=word)
    text = str(word).strip()
    key = lookup_key(text)
    if not key and entry.section == "attitudes" and text:
        key = text  # "+-", "+++": symbols are looked up as written
    if not key:
        return None, _text("words_not_a_word", lang, value=word)
    return key, None


def _conflict(word: Any, old: str, new: str, lang: str) -> str:
    return _text("words_conflict", lang, word=str(word).strip(), old=old, new=new)


class MeaningProblem(str):
    """A problem with the meaning given for a word (not with the word itself)."""

    __slots__ = ()


def _bad_meaning(
    entry: Entry, lang: str, suggestion: str = "", **params: Any
) -> MeaningProblem:
    section = "choice" if entry.section in _CHOICES else entry.section
    expected = _text(f"words_expected_{section}", lang, **params)
    text = _text(
        "words_bad_meaning",
        lang,
        word=str(entry.word).strip(),
        meaning=entry.meaning,
        expected=expected,
    )
    return MeaningProblem(text + suggestion)


def add(entry: Entry, lang: str) -> str | None:
    """Check one word against the words known now and add it; else the problem."""
    key, problem = _word_key(entry, lang)
    if key is None:
        return problem
    with _LOCK:
        adder = {
            "sheets": _add_sheet,
            "columns": _add_column,
            "scores": _add_score,
            "attitudes": _add_attitude,
            "booleans": _add_bool,
            "unknown": _add_unknown,
        }.get(entry.section, _add_choice)
        problem = adder(entry, key, lang)
        if problem is None:
            _clear_caches()
        return problem


def _sheet_tables() -> dict[str, str]:
    out: dict[str, str] = {}
    for table, names in i18n.SHEET_ALIASES.items():
        for name in (table, *names):
            out.setdefault(lookup_key(name), table)
    return out


def _add_sheet(entry: Entry, key: str, lang: str) -> str | None:
    known = _sheet_tables()
    meaning = lookup_key(entry.meaning) if isinstance(entry.meaning, str) else ""
    table = known.get(meaning)
    if table is None:
        return _bad_meaning(entry, lang, hint(meaning, known, lang))
    old = known.get(key)
    if old is None and key in {lookup_key(n) for n in i18n.WORDS_SHEET["names"]}:
        old = "words"  # the sheet of one's own words is read before any other
    if old is not None and old != table:
        return _conflict(
            entry.word,
            _text("words_means_sheet", lang, table=old),
            _text("words_means_sheet", lang, table=table),
            lang,
        )
    if old is None:
        i18n.SHEET_ALIASES[table] = (*i18n.SHEET_ALIASES[table], key)
    return None


def _add_column(entry: Entry, key: str, lang: str) -> str | None:
    from stakeholder_map.io._tables import collections

    meaning = str(entry.meaning).strip() if entry.meaning is not None else ""
    tables = collections()
    scope = [entry.table] if entry.table is not None else list(tables)
    targets: dict[str, str] = {}
    by_name = [t for t in scope if meaning in tables[t].model_fields]
    for table in by_name or scope:
        fields = tuple(f for f in tables[table].model_fields if f != "attributes")
        if meaning in fields:
            targets[table] = meaning
            continue
        hit = _headers.names(table, fields).get(lookup_key(meaning))
        if hit is not None:
            targets[table] = hit[0]
    if not targets:
        known = sorted(
            {f for t in scope for f in tables[t].model_fields} - {"attributes"}
        )
        return _bad_meaning(entry, lang, hint(meaning, known, lang))
    for table, fld in targets.items():
        fields = tuple(f for f in tables[table].model_fields if f != "attributes")
        old = _headers.names(table, fields).get(key)
        if old is not None and old[0] != fld:
            return _conflict(
                entry.word,
                _text("words_means_column", lang, field=old[0], table=table),
                _text("words_means_column", lang, field=fld, table=table),
                lang,
            )
    for table, fld in targets.items():
        aliases = i18n.COLUMN_ALIASES.setdefault(table, {})
        current = aliases.get(fld, (fld,))
        if key not in current:
            aliases[fld] = (*current, key)
    return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    x: float | None
    if isinstance(value, int | float):
        x = float(value)
    elif isinstance(value, str):
        x = parse_number(value)
    else:
        return None
    return x if x is not None and math.isfinite(x) else None


def _score_text(value: float, lang: str) -> str:
    return _text("words_means_score", lang, value=f"{value:g}")


def _add_score(entry: Entry, key: str, lang: str) -> str | None:
    old3 = i18n.SCORE_WORDS.get(key)
    old5 = i18n.SCORE_WORDS_FIVE.get(key)
    x = _number(entry.meaning)
    marker = False
    if x is not None:
        if not 0 <= x <= 1:
            return _bad_meaning(entry, lang)
        # A known word keeps its place on both scales ("hoog" is 1 of three
        # points and 0.75 of five): it conflicts only if it means other than x.
        old = old3 if old3 is not None else old5
        if old is not None:
            if old == x:
                return None
            return _conflict(
                entry.word, _score_text(old, lang), _score_text(x, lang), lang
            )
        three, five = x, x
    elif isinstance(entry.meaning, str):
        meaning = lookup_key(entry.meaning)
        got3 = i18n.SCORE_WORDS.get(meaning)
        got5 = i18n.SCORE_WORDS_FIVE.get(meaning)
        if got3 is None and got5 is None:
            known = [*i18n.SCORE_WORDS, *i18n.SCORE_WORDS_FIVE]
            return _bad_meaning(entry, lang, hint(meaning, known, lang))
        three = got3 if got3 is not None else got5  # type: ignore[assignment]
        five = got5 if got5 is not None else got3  # type: ignore[assignment]
        marker = meaning in i18n.FIVE_POINT_MARKERS
        for old, new in ((old3, three), (old5, five)):
            if old is not None and old != new:
                return _conflict(
                    entry.word, _score_text(old, lang), _score_text(new, lang), lang
                )
    else:
        return _bad_meaning(entry, lang)
    i18n.SCORE_WORDS[key] = three
    i18n.SCORE_WORDS_FIVE[key] = five
    if marker:
        i18n.FIVE_POINT_MARKERS = i18n.FIVE_POINT_MARKERS | {key}
    return None


def _attitude_text(value: float, lang: str) -> str:
    return _text("words_means_attitude", lang, value=f"{value:+g}")


def _add_attitude(entry: Entry, key: str, lang: str) -> str | None:
    words = i18n.ATTITUDE_WORDS
    x = _number(entry.meaning)
    if x is None and isinstance(entry.meaning, str):
        found = words.get(entry.meaning.strip())
        if found is None:
            found = words.get(lookup_key(entry.meaning))
        if found is None:
            close = hint(lookup_key(entry.meaning), words, lang)
            return _bad_meaning(entry, lang, close)
        x = float(found)
    if x is None or not -2 <= x <= 2:
        return _bad_meaning(entry, lang)
    old = words.get(key)
    if old is not None and old != x:
        return _conflict(
            entry.word, _attitude_text(old, lang), _attitude_text(x, lang), lang
        )
    words[key] = int(x) if x.is_integer() else x
    return None


def _add_choice(entry: Entry, key: str, lang: str) -> str | None:
    group, enum = _CHOICES[entry.section]
    values = [str(m.value) for m in enum]
    known = _cells.choice_words(enum)
    meaning = str(entry.meaning).strip() if isinstance(entry.meaning, str) else ""
    value = meaning if meaning in values else known.get(lookup_key(meaning))
    if value is None:
        close = hint(meaning, values, lang)
        return _bad_meaning(entry, lang, close, choices=_listed(values))
    old = known.get(key)
    if old is not None and old != value:
        return _conflict(
            entry.word,
            _text("words_means_choice", lang, field=group, value=old),
            _text("words_means_choice", lang, field=group, value=value),
            lang,
        )
    i18n.CHOICE_WORDS.setdefault(group, {})[key] = value
    return None


def _bool_text(value: bool, lang: str) -> str:
    return _text("words_means_yes" if value else "words_means_no", lang)


def _add_bool(entry: Entry, key: str, lang: str) -> str | None:
    meaning = entry.meaning
    value: bool | None
    if isinstance(meaning, bool):
        value = meaning
    elif isinstance(meaning, int | float) and meaning in (0, 1):
        value = bool(meaning)
    elif isinstance(meaning, str):
        value = i18n.BOOL_WORDS.get(lookup_key(meaning))
    else:
        value = None
    if value is None:
        return _bad_meaning(entry, lang)
    old = i18n.BOOL_WORDS.get(key)
    if old is not None and old != value:
        return _conflict(
            entry.word, _bool_text(old, lang), _bool_text(value, lang), lang
        )
    i18n.BOOL_WORDS[key] = value
    return None


def _add_unknown(entry: Entry, key: str, lang: str) -> str | None:
    for table, describe in (
        (i18n.SCORE_WORDS, _score_text),
        (i18n.ATTITUDE_WORDS, _attitude_text),
    ):
        old = table.get(key)
        if old is not None:
            return _conflict(
                entry.word,
                describe(old, lang),
                _text("words_means_unknown", lang),
                lang,
            )
    i18n.UNKNOWN_WORDS = i18n.UNKNOWN_WORDS | {key}
    return None


# --------------------------------------------------------------------------------
# The state of the tables
# --------------------------------------------------------------------------------


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    return value  # tuples, frozensets and words are immutable


def _snapshot() -> dict[str, Any]:
    return {name: _copy(getattr(i18n, name)) for name in _CHANGED}


def _restore(state: Mapping[str, Any]) -> None:
    """Put the tables back as they were, in place: references to them stay valid."""
    for name, value in state.items():
        current = getattr(i18n, name)
        if isinstance(current, dict):
            current.clear()
            current.update(_copy(value))
        else:
            setattr(i18n, name, value)
    _clear_caches()


def _clear_caches() -> None:
    """Forget what the readers worked out from the words (their caches)."""
    from stakeholder_map import models

    _headers.names.cache_clear()
    _headers._word_names.cache_clear()
    _cells.choice_words.cache_clear()
    models._builtin_kind_words.cache_clear()
