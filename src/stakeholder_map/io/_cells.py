"""Field kinds and the coercion of spreadsheet cells into model values.

Every model field gets a :class:`Kind`, derived from its annotation: a score on the
map's scale, an attitude (-2..+2), a choice from an enumeration, a date, a list of
tags, a reference to a stakeholder or a theme, and so on. A column of cells is then
turned into values with :func:`coerce_column`, which accepts what people type in
Excel (numbers stored as text, a Dutch decimal comma, words such as "hoog" or
"nieuwsbrief") and reports every cell it cannot read, with the message key and
parameters to translate it.

This module imports neither pandas nor openpyxl.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal, get_args, get_origin

from annotated_types import Ge, Le
from pydantic import BaseModel, StringConstraints
from pydantic.fields import FieldInfo

from stakeholder_map import i18n
from stakeholder_map._types import (
    Channel,
    Direction,
    EngagementLevel,
    Frequency,
    ParticipationLevel,
    RelationKind,
)

__all__ = [
    "BadCell",
    "CellError",
    "Kind",
    "clean_column",
    "coerce_column",
    "field_kind",
    "lookup_key",
    "to_text",
]

#: A problem with one cell: position in the column, message key, parameters.
CellError = tuple[int, str, dict[str, Any]]

#: Groups of :data:`stakeholder_map.i18n.CHOICE_WORDS` per enumeration.
_CHOICE_GROUPS: dict[type[Enum], str] = {
    EngagementLevel: "engagement",
    ParticipationLevel: "participation",
    RelationKind: "kind",
    Channel: "channel",
    Frequency: "frequency",
    Direction: "direction",
}

_ISO_DATE = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_LIST_SEP = re.compile(r"\s*;\s*")
_EDGE_SPACE = re.compile(r"\x00\s")  # searched forwards and backwards
_COMMA_SEP = re.compile(r"\s*,\s*")


@dataclass(frozen=True)
class BadCell:
    """A workbook cell that holds no usable value, as the workbook reader found it.

    ``kind`` is ``"error"`` for one of Excel's error values (``#DIV/0!``,
    ``#N/A``, ``#VALUE!``, ...: a formula that failed) and ``"unreadable"`` for a
    cell whose stored value does not fit its type (text in a number cell).
    """

    kind: str
    text: str

    def __str__(self) -> str:
        """Return the cell's text as stored."""
        return self.text


@dataclass(frozen=True)
class Kind:
    """How the cells of one field are read and written.

    ``name`` is one of ``text``, ``ref``, ``refs``, ``tags``, ``score``, ``number``,
    ``int``, ``choice``, ``bool``, ``sign``, ``date`` and ``raw``.
    """

    name: str
    target: str | None = None
    """For ``ref``/``refs``: ``"stakeholders"`` or ``"interests"``."""
    enum: type[Enum] | None = None
    lo: float | None = None
    hi: float | None = None
    attitude: bool = False
    """For ``number``: the field is an attitude (-2..+2) and accepts words."""
    soft: bool = False
    """For ``ref``: a name that is no row of the map is kept as written (a
    parent organisation that nobody maps), not reported."""


def lookup_key(value: object) -> str:
    """Normalise a header, sheet name or word; apostrophes vanish (thema's)."""
    return _lookup_key(str(value))


@functools.lru_cache(maxsize=65536)
def _lookup_key(value: str) -> str:
    return i18n.normalize(value.replace("'", "").replace("\u2019", ""))


def _unwrap(annotation: Any, metadata: list[Any]) -> tuple[Any, list[Any]]:
    """Strip Optional and Annotated from a type, collecting the metadata."""
    meta: list[Any] = list(metadata)
    ann = annotation
    while True:
        origin = get_origin(ann)
        if origin is typing.Annotated:
            args = get_args(ann)
            ann = args[0]
            meta.extend(args[1:])
            continue
        if origin in (typing.Union, types.UnionType):
            members = [a for a in get_args(ann) if a is not type(None)]
            if len(members) == 1:
                ann = members[0]
                continue
        break
    flat: list[Any] = []
    for m in meta:
        if isinstance(m, FieldInfo):
            flat.extend(m.metadata)
        else:
            flat.append(m)
    return ann, flat


@functools.cache
def field_kind(model: type[BaseModel], field: str) -> Kind:
    """Return the kind of a model field, derived from its annotation.

    Fields typed as a stakeholder id (other than ``id`` itself) are references to
    stakeholders; ``interest_id`` refers to a theme.
    """
    info = model.model_fields[field]
    ann, meta = _unwrap(info.annotation, list(info.metadata))
    is_id = any(isinstance(m, StringConstraints) for m in meta)
    lo = next(
        (float(typing.cast(float, m.ge)) for m in meta if isinstance(m, Ge)), None
    )
    hi = next(
        (float(typing.cast(float, m.le)) for m in meta if isinstance(m, Le)), None
    )
    target = "interests" if field == "interest_id" else "stakeholders"
    origin = get_origin(ann)
    if origin is tuple:
        _, inner_meta = _unwrap(get_args(ann)[0], [])
        if field != "id" and any(isinstance(m, StringConstraints) for m in inner_meta):
            return Kind("refs", target=target)
        return Kind("tags")
    if origin is Literal:
        if set(get_args(ann)) == {1, -1}:
            return Kind("sign")
        return Kind("raw")
    if isinstance(ann, type):
        if issubclass(ann, Enum):
            return Kind("choice", enum=ann)
        if ann is bool:
            return Kind("bool")
        if issubclass(ann, dt.date):
            return Kind("date")
        if ann is float:
            if lo is None and hi is None:
                return Kind("score")
            return Kind("number", lo=lo, hi=hi, attitude=(lo, hi) == (-2.0, 2.0))
        if ann is int:
            return Kind("int", lo=lo, hi=hi)
        if ann is str:
            if field == "parent":
                return Kind("ref", target="stakeholders", soft=True)
            if is_id and field != "id":
                return Kind("ref", target=target)
            return Kind("text")
    return Kind("raw")


# --------------------------------------------------------------------------------
# Cleaning: empty cells become None, text is stripped
# --------------------------------------------------------------------------------


def per_distinct(values: Sequence[Any], fn: Callable[[Any], Any]) -> list[Any]:
    """Apply ``fn`` to each cell that is not None, once per distinct cell.

    A column of a table holds few distinct cells (categories, kinds, tags), so
    a rule that is pure in the cell is asked once per cell value. Cells are told
    apart by type as well as value (``True``, ``1`` and ``1.0`` are equal in
    Python but not the same cell); an unhashable cell is asked each time.
    """
    if set(map(type, values)) <= {str, type(None)}:  # text (CSV): one lookup a cell
        texts = {v: fn(v) for v in dict.fromkeys(values) if v is not None}
        texts[None] = None
        return list(map(texts.__getitem__, values))
    memo: dict[tuple[Any, ...], Any] = {}
    out: list[Any] = []
    for v in values:
        if v is None:
            out.append(None)
            continue
        # -0.0 == 0.0, but a rule may tell them apart (text "-0.0"): the sign
        # of a float is part of its key.
        key = (type(v), v, math.copysign(1.0, v)) if type(v) is float else (type(v), v)
        try:
            out.append(memo[key])
        except KeyError:
            out.append(memo.setdefault(key, fn(v)))
        except TypeError:  # unhashable (a list from a DataFrame)
            out.append(fn(v))
    return out


def _is_missing(value: Any) -> bool:
    if isinstance(value, float):
        return value != value
    return type(value).__name__ in ("NAType", "NaTType")


def clean_column(
    values: Sequence[Any], *, text_only: bool = False
) -> tuple[list[Any], bool]:
    """Return the cells with blanks (empty text, NaN, NA, NaT) as None, text stripped.

    NumPy scalars become Python numbers. The flag says whether every cell left is
    text (as in a CSV file), which lets the coercion take its fast paths. Pass
    ``text_only=True`` when every cell is known to be a string.
    """
    if text_only or set(map(type, values)) <= {str}:
        joined = "\x00" + "\x00".join(values) + "\x00"
        if _EDGE_SPACE.search(joined) or _EDGE_SPACE.search(joined[::-1]):
            return [v.strip() or None for v in values], True
        if "\x00\x00" not in joined:  # no blank cell either: a copy will do
            return list(values), True
        return [v or None for v in values], True  # nothing to strip: 3x faster
    out: list[Any] = []
    for v in values:
        if v is None:
            out.append(None)
        elif type(v) is str:
            out.append(v.strip() or None)
        elif _is_missing(v):
            out.append(None)
        elif type(v).__module__ == "numpy" and hasattr(v, "item"):
            item = v.item()
            out.append(None if _is_missing(item) else item)
        else:
            out.append(v)
    return out, _only_text(out)


# --------------------------------------------------------------------------------
# Single cells
# --------------------------------------------------------------------------------


def to_text(value: Any) -> str:
    """Turn a cell into text: 4.0 becomes '4', a date its ISO form."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def parse_number(value: Any) -> float | None:
    """Read a finite number from a cell; text may use a decimal comma."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        x = float(value)
    elif isinstance(value, str):
        s = value.replace("\u2212", "-").replace(" ", "")
        if "," in s and "." not in s and s.count(",") == 1:
            s = s.replace(",", ".")
        try:
            x = float(s)
        except ValueError:
            return None
    else:
        return None
    return x if math.isfinite(x) else None


def parse_date(value: Any) -> dt.date | None:
    """Read a date: a date cell, ISO text or day-first text (15/03/2026)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    s = value.strip()
    for pattern, order in ((_ISO_DATE, (0, 1, 2)), (_YEAR_FIRST, (0, 1, 2))):
        m = pattern.match(s)
        if m:
            y, mo, d = (int(m.group(i + 1)) for i in order)
            break
    else:
        m = _DAY_FIRST.match(s)
        if not m:
            return None
        d, mo, y = (int(g) for g in m.groups())
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def split_list(value: Any) -> tuple[str, ...]:
    """Split a list cell on semicolons, or on commas when there is no semicolon."""
    if type(value) is str and ";" in value:
        return tuple(filter(None, map(str.strip, value.split(";"))))
    if isinstance(value, list | tuple):
        items = [to_text(v).strip() for v in value if v is not None]
    else:
        s = to_text(value)
        items = (_LIST_SEP if ";" in s else _COMMA_SEP).split(s.strip())
    return tuple(filter(None, map(str.strip, items)))


# --------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------


@functools.cache
def choice_words(enum: type[Enum]) -> dict[str, str]:
    """Map every accepted word of an enumeration to its value.

    The value itself, its English and Dutch labels and the words of
    :data:`stakeholder_map.i18n.CHOICE_WORDS` are accepted.
    """
    words: dict[str, str] = {}
    group = _CHOICE_GROUPS.get(enum)
    if group is not None:
        words.update(i18n.CHOICE_WORDS.get(group, {}))
    for member in enum:
        value = str(member.value)
        for lang in i18n.LANGUAGES:
            words[lookup_key(i18n.label(value, lang))] = value
        words[lookup_key(value)] = value
    return words


def choice_display(enum: type[Enum], lang: str) -> str:
    """List the choices of an enumeration for a message, in the language."""
    if lang == "nl":
        names = [i18n.label(str(m.value), "nl") for m in enum]
    else:
        names = [str(m.value) for m in enum]
    return ", ".join(repr(n) for n in names)


def attitude_words_display(lang: str) -> str:
    """List the attitude words for a message, in the language."""
    words = i18n.ATTITUDE_WORDS_SHOWN.get(lang, i18n.ATTITUDE_WORDS_SHOWN["en"])
    return ", ".join(repr(w) for w in words) + ", '--' .. '++'"


# --------------------------------------------------------------------------------
# Columns
# --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    """What a column coercion needs besides the cells."""

    scale_min: float
    scale_max: float
    lang: str


def _fmt(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


def _coerce_cells(
    values: list[Any],
    convert: Callable[[Any], Any],
    error: tuple[str, dict[str, Any]],
    hint: Callable[[Any], str] | None = None,
) -> tuple[list[Any], list[CellError]]:
    out: list[Any] = []
    errors: list[CellError] = []
    key, params = error
    for i, v in enumerate(values):
        if v is None:
            out.append(None)
            continue
        x = convert(v)
        if x is None:
            errors.append((i, key, {**params, "hint": hint(v)} if hint else params))
        out.append(x)
    return out, errors


def is_unknown_word(value: Any) -> bool:
    """Say whether a cell says its value is not known (``?``, ``onbekend``, ...)."""
    return type(value) is str and (
        value.strip() in ("?", "??") or lookup_key(value) in i18n.UNKNOWN_WORDS
    )


def _word_hint(words: Sequence[str], lang: str) -> Callable[[Any], str]:
    """Suggest the closest of ``words`` for a word that is not known."""
    import difflib

    def hint(value: Any) -> str:
        if not isinstance(value, str):
            return ""
        close = difflib.get_close_matches(value.strip().lower(), words, n=1)
        return i18n.text("did_you_mean", lang, suggestion=close[0]) if close else ""

    return hint


def _only_text(values: list[Any]) -> bool:
    return set(map(type, values)) <= {str, type(None)}


def _fast_floats(values: list[Any], text_only: bool) -> list[Any] | None:
    """Convert a column of plain number text at once; None when that fails."""
    if text_only:
        # A column holds few distinct numbers: convert each once, then look up.
        distinct = set(values)
        distinct.discard(None)
        try:
            memo: dict[str | None, float | None] = {v: float(v) for v in distinct}
        except ValueError:
            return None
        memo[None] = None
        out = list(map(memo.__getitem__, values))
        joined = "".join(distinct)
        if not any(c in joined for c in "nNeE"):  # no inf, nan or 1e999
            return out
        if math.isfinite(sum(x for x in out if x is not None)):
            return out
    return None


def _score_column(
    values: list[Any], ctx: Context, text_only: bool
) -> tuple[list[Any], list[CellError]]:
    fast = _fast_floats(values, text_only)
    if fast is not None:
        return fast, []
    lo, hi = ctx.scale_min, ctx.scale_max
    words = i18n.SCORE_WORDS
    if any(
        isinstance(v, str) and lookup_key(v) in i18n.FIVE_POINT_MARKERS for v in values
    ):
        words = i18n.SCORE_WORDS_FIVE  # "zeer laag" .. "zeer hoog": five points

    def convert(v: Any) -> float | None:
        x = parse_number(v)
        if x is None and isinstance(v, str):
            frac = words.get(lookup_key(v))
            if frac is not None:
                x = lo + frac * (hi - lo)
        return x

    params = {
        "scale": f"{lo:g}..{hi:g}",
        "words": i18n.text("score_words", ctx.lang),
    }
    suggest = [w.replace("_", " ") for w in words if len(w) > 1]
    return _coerce_cells(
        values, convert, ("not_a_number", params), _word_hint(suggest, ctx.lang)
    )


def _number_column(
    values: list[Any], kind: Kind, ctx: Context, text_only: bool
) -> tuple[list[Any], list[CellError]]:
    fast = _fast_floats(values, text_only)
    if fast is not None:
        return fast, []

    def convert(v: Any) -> float | None:
        x = parse_number(v)
        if x is None and kind.attitude and isinstance(v, str):
            word = i18n.ATTITUDE_WORDS.get(v.strip()) or i18n.ATTITUDE_WORDS.get(
                lookup_key(v)
            )
            if word is not None:
                x = float(word)
        return x

    if kind.attitude:
        params = {
            "scale": f"{_fmt(kind.lo)}..{_fmt(kind.hi)}",
            "words": attitude_words_display(ctx.lang),
        }
        suggest = i18n.ATTITUDE_WORDS_BY_LANGUAGE.get(ctx.lang, ())
        return _coerce_cells(
            values, convert, ("not_a_number", params), _word_hint(suggest, ctx.lang)
        )
    params = {"lo": _fmt(kind.lo), "hi": _fmt(kind.hi)}
    return _coerce_cells(values, convert, ("out_of_range", params))


def _int_column(values: list[Any], kind: Kind) -> tuple[list[Any], list[CellError]]:
    def convert(v: Any) -> int | None:
        x = parse_number(v)
        return int(x) if x is not None and x.is_integer() else None

    params = {"lo": _fmt(kind.lo) or "0"}
    return _coerce_cells(values, convert, ("not_a_whole_number", params))


def _choice_column(
    values: list[Any], enum: type[Enum], ctx: Context
) -> tuple[list[Any], list[CellError]]:
    direct = {str(m.value) for m in enum}
    words = choice_words(enum)
    if set(values) <= direct | {None}:
        return values, []

    def convert(v: Any) -> str | None:
        if isinstance(v, str):
            if v in direct:
                return v
            return words.get(lookup_key(v))
        if isinstance(v, Enum) and isinstance(v, enum):
            return str(v.value)
        return None

    params = {"choices": choice_display(enum, ctx.lang)}
    return _coerce_cells(values, convert, ("bad_choice", params))


def _bool(v: Any) -> bool | None:
    if isinstance(v, bool):
        return v
    if isinstance(v, int | float):
        return bool(v) if v in (0, 1) else None
    if isinstance(v, str):
        return i18n.BOOL_WORDS.get(lookup_key(v))
    return None


def _sign(v: Any) -> int | None:
    if isinstance(v, str) and v.strip() in ("+", "-"):
        return 1 if v.strip() == "+" else -1
    x = parse_number(v)
    if x in (1.0, -1.0):
        return int(x) if x is not None else None
    return None


def _text_column(values: list[Any], text_only: bool) -> list[Any]:
    if text_only:
        return values
    return [None if v is None else to_text(v) for v in values]


def coerce_column(
    values: list[Any], kind: Kind, ctx: Context, *, text_only: bool | None = None
) -> tuple[list[Any], list[CellError]]:
    """Turn cleaned cells into model values; report the cells that cannot be read.

    ``text_only`` says that every cell is text or None (computed when None).
    References (``ref``/``refs``) come back as text: the caller resolves them.
    """
    if text_only is None:
        text_only = _only_text(values)
    name = kind.name
    if name in ("text", "ref"):
        return _text_column(values, text_only), []
    if name in ("tags", "refs"):
        return per_distinct(values, split_list), []  # tags repeat
    if name == "score":
        return _score_column(values, ctx, text_only)
    if name == "number":
        return _number_column(values, kind, ctx, text_only)
    if name == "int":
        return _int_column(values, kind)
    if name == "choice":
        assert kind.enum is not None
        return _choice_column(values, kind.enum, ctx)
    if name == "bool":
        return _coerce_cells(values, _bool, ("not_a_bool", {}))
    if name == "sign":
        return _coerce_cells(values, _sign, ("not_a_sign", {}))
    if name == "date":
        return _coerce_cells(values, parse_date, ("not_a_date", {}))
    return list(values), []
