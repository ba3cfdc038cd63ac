"""Match the headers of a sheet to model fields, as people really write them.

A header matches a field when, after case, accents, spacing and punctuation are
set aside, it is one of the field's names (its own name, the Dutch header we write,
or an alias such as ``Type`` for the category); or, failing that, when one of
those names stands in it as a word of its own (``Macht (1-5)``, ``Naam
organisatie``, ``Houding t.o.v. HvhK``). Every other header is a column of the
user's own and is kept as an attribute.

When several headers match the same field, the best one wins: the field's own
name or the Dutch header we write, then the aliases in their listed order, then
a match by words. The others are kept as attributes (an ``Organisatie`` column next
to ``Naam``). Two equally good headers for one field, or a header whose words
name two fields, are errors that name both.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from stakeholder_map import i18n
from stakeholder_map.io._cells import lookup_key

__all__ = ["HeaderMatch", "header", "match_headers"]

#: Text in brackets is a unit or a hint (``Macht (1-5)``, ``Naam [verplicht]``).
_BRACKETS = re.compile(r"[(\[{].*?[)\]}]")
#: A header of more words than this is a sentence, not a field name.
_MAX_WORDS = 4
#: Shortest alias matched as a word inside a longer header: "van", "to" or "id"
#: inside a sentence-like header are too common to mean the field.
_MIN_WORD = 4
#: Rank of a match by words, behind every whole-header match.
_WORD_RANK = 1000


@dataclass
class HeaderMatch:
    """How the headers of one table map to fields."""

    fields: dict[int, str] = field(default_factory=dict)
    """Column index -> field."""
    attributes: list[int] = field(default_factory=list)
    """Column indexes kept as the user's own attributes."""
    duplicates: list[tuple[int, int, str]] = field(default_factory=list)
    """(first column, second column, field): equally good headers of one field."""
    ambiguous: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    """(column, fields): a header whose words name several fields."""


def clean_header(value: str) -> str:
    """Return a header without its bracketed hints, normalised for lookup."""
    key = lookup_key(value)
    stripped = lookup_key(_BRACKETS.sub(" ", value))
    return stripped or key


def header(table: str, fld: str, lang: str) -> str:
    """Return the header written for a field in a language."""
    if lang == "nl":
        by_table = i18n.COLUMN_HEADERS_NL_BY_TABLE.get(table, {})
        return by_table.get(fld) or i18n.COLUMN_HEADERS_NL.get(fld, fld)
    return fld


@functools.cache
def names(table: str, fields: tuple[str, ...]) -> dict[str, tuple[str, int]]:
    """Map every accepted (normalised) header of a table to (field, rank)."""
    out: dict[str, tuple[str, int]] = {}

    def put(name: str, fld: str, rank: int) -> None:
        key = lookup_key(name)
        if key and (key not in out or out[key][1] > rank):
            out[key] = (fld, rank)

    for fld in fields:
        if fld == "attributes":
            continue
        # The field's name and the Dutch header we write are equally good.
        put(fld, fld, 0)
        put(header(table, fld, "nl"), fld, 0)
    for fld, aliases in i18n.COLUMN_ALIASES.get(table, {}).items():
        if fld in fields:
            for rank, name in enumerate(aliases, start=2):
                put(name, fld, rank)
    return out


@functools.cache
def _word_names(table: str, fields: tuple[str, ...]) -> dict[tuple[str, ...], str]:
    """Return the names of :func:`names` as word sequences, to match in headers."""
    out: dict[tuple[str, ...], str] = {}
    for key, (fld, _rank) in names(table, fields).items():
        if len(key.replace("_", "")) >= _MIN_WORD:
            out.setdefault(tuple(key.split("_")), fld)
    return out


def word_fields(table: str, fields: tuple[str, ...], key: str) -> tuple[str, ...]:
    """Return the fields whose names stand as whole words in a header key."""
    # Single letters are pieces of abbreviations such as "t.o.v." (towards).
    words = [w for w in key.split("_") if len(w) > 1]
    if not words or len(words) > _MAX_WORDS:
        return ()
    found: dict[str, None] = {}
    for seq, fld in _word_names(table, fields).items():
        n = len(seq)
        if n <= len(words) and any(
            tuple(words[i : i + n]) == seq for i in range(len(words) - n + 1)
        ):
            found[fld] = None
    return tuple(found)


def match_headers(
    table: str, fields: tuple[str, ...], headers: list[str | None]
) -> HeaderMatch:
    """Decide which header means which field; see the module docstring.

    ``headers`` are the texts as written (None for an empty header cell, which
    the caller handles).
    """
    index = names(table, fields)
    out = HeaderMatch()
    exact: dict[str, list[tuple[int, int]]] = {}
    by_words: list[tuple[int, tuple[str, ...]]] = []
    for col, head in enumerate(headers):
        if head is None:
            continue
        key = lookup_key(head)
        hit = index.get(key) or index.get(clean_header(head))
        if hit is not None:
            exact.setdefault(hit[0], []).append((hit[1], col))
            continue
        candidates = word_fields(table, fields, clean_header(head))
        if candidates:
            by_words.append((col, candidates))
        else:
            out.attributes.append(col)
    taken: set[str] = set()
    for fld, hits in exact.items():
        hits.sort()
        best_rank, best_col = hits[0]
        out.fields[best_col] = fld
        taken.add(fld)
        for rank, col in hits[1:]:
            if rank == best_rank:
                out.duplicates.append((best_col, col, fld))
            else:
                out.attributes.append(col)
    word_taken: dict[str, int] = {}
    for col, candidates in by_words:
        free = tuple(f for f in candidates if f not in taken)
        if not free:
            out.attributes.append(col)
        elif len(free) > 1:
            out.ambiguous.append((col, free))
        elif free[0] in word_taken:
            out.duplicates.append((word_taken[free[0]], col, free[0]))
        else:
            word_taken[free[0]] = col
            out.fields[col] = free[0]
    out.attributes.sort()
    return out


#: Rows searched for the header row below a title block.
_HEADER_SEARCH = 30


def find_header_row(
    table: str, fields: tuple[str, ...], rows: list[list[str | None]]
) -> int | None:
    """Return the index of a sheet's header row, below any title block; None if empty.

    ``rows`` hold each row's cells as text (None when blank). The header row is
    the first row, among the first rows of the sheet, that has at least two
    filled cells of which at least one names a field of the table; a sheet
    without such a row has its first filled row as the header.
    """
    first: int | None = None
    for i, cells in enumerate(rows[:_HEADER_SEARCH]):
        filled = [c for c in cells if c]
        if not filled:
            continue
        if first is None:
            first = i
        if len(filled) < 2:
            continue
        match = match_headers(table, fields, list(cells))
        if match.fields or match.ambiguous:
            return i
    if first is not None:
        return first
    return next((i for i, cells in enumerate(rows) if any(cells)), None)
