"""Kumu's files: Elements/Connections workbooks, CSV files and JSON blueprints.

Reading follows Kumu's own import rules: sheets are found by their headers
(``Label`` for elements, ``From`` and ``To`` for connections), an element is
known by its ``ID`` or else by its ``Label`` and ``Type``, every connection row is
a connection (repeats too), a ``|`` in ``From`` or ``To`` makes one connection per
name, and a connection may name an element that has no row (Kumu creates it, and
so does the reader, with a note). Kumu's own fields map onto ours; every other
column is kept as a custom attribute.

Writing gives every element and connection a Kumu ``ID`` without underscores
(Kumu's search cannot select those) and uses the IDs in ``From`` and ``To``, as
Kumu documents; where our id differs from that ID it travels in a column of its
own, so reading the file back gives the same ids.

This module holds the reading, the recognition of Kumu files and the field names
reading and writing share; the writers are in :mod:`._kumu_write`. It may import
the models and the io helpers below it.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from stakeholder_map import i18n
from stakeholder_map._types import RelationKind, slugify
from stakeholder_map.exceptions import InputDataError, InputNoteWarning
from stakeholder_map.io._attributes import _date, _number
from stakeholder_map.io._cells import field_kind, lookup_key
from stakeholder_map.models import (
    Relation,
    Scale,
    Stakeholder,
    StakeholderMap,
    collect_problems,
    relation_kind,
)

__all__ = [
    "looks_like_kumu_csv",
    "looks_like_kumu_json",
    "looks_like_kumu_workbook",
    "read_kumu_files",
]


#: Kumu's own element fields (normalised header -> Stakeholder field).
_ELEMENT_FIELDS = {
    "label": "name",
    "type": "category",
    "element_type": "category",
    "description": "description",
    "tags": "tags",
}
#: Kumu's own connection fields (normalised header -> Relation field).
_CONNECTION_FIELDS = {
    "type": "kind",
    "connection_type": "kind",
    "description": "notes",
}
#: Columns that carry our own ids where they differ from Kumu's ``ID``.
_OUR_ELEMENT_ID = {"en": "Stakeholder ID", "nl": "Actor-ID"}
_OUR_CONNECTION_ID = {"en": "Relation ID", "nl": "Relatie-ID"}
#: The custom attribute that keeps Kumu's ``mutual`` apart from ``undirected``.
MUTUAL = "Mutual"
#: The custom attribute for a strength that is no weight ("Strong").
STRENGTH = "Strength"
#: Added to a Kumu column whose header is the name of one of our fields that Kumu
#: does not share (a connection's ``Label``), to keep it as a custom attribute.
_KUMU_SUFFIX = " (Kumu)"
#: Stakeholder fields written under a header of their own (the rest are Kumu's).
_STAKEHOLDER_OWN = (
    "short_name",
    "parent",
    "power",
    "interest",
    "attitude",
    "legitimacy",
    "urgency",
    "proximity",
    "engagement_current",
    "engagement_desired",
    "participation",
    "contact",
    "notes",
    "source",
    "assessed_on",
)
_RELATION_OWN = ("sign", "channel", "frequency")
_TRUE_WORDS = {"true", "yes", "ja", "waar", "1"}


def _header(fld: str, lang: str) -> str:
    """Return the Title Case header we write for one of our fields."""
    if lang == "nl":
        return i18n.COLUMN_HEADERS_NL.get(fld, fld).replace("_", " ").capitalize()
    return fld.replace("_", " ").title()


def kumu_field_name(fld: str, lang: str) -> str:
    """Return the Kumu field name written for one of our stakeholder fields.

    >>> kumu_field_name("power", "nl"), kumu_field_name("engagement_current", "en")
    ('Macht', 'Engagement Current')
    """
    return _header(fld, lang)


def _own_names(fields: tuple[str, ...]) -> dict[str, str]:
    """Map the English and Dutch headers of our fields (normalised) to the field."""
    out: dict[str, str] = {}
    for fld in fields:
        for lang in i18n.LANGUAGES:
            out.setdefault(lookup_key(_header(fld, lang)), fld)
    return out


_STAKEHOLDER_NAMES = _own_names(_STAKEHOLDER_OWN)
_RELATION_NAMES = _own_names((*_RELATION_OWN, "weight"))
_OUR_ELEMENT_KEYS = {lookup_key(h) for h in _OUR_ELEMENT_ID.values()}
_OUR_CONNECTION_KEYS = {lookup_key(h) for h in _OUR_CONNECTION_ID.values()}


# --------------------------------------------------------------------------------
# Reading: rows as found in the files
# --------------------------------------------------------------------------------


@dataclass
class _Row:
    """One element or connection as read: where, and its cells by header."""

    file: str
    sheet: str | None
    row: int | None
    cells: dict[str, Any]


@dataclass
class _Tables:
    elements: list[_Row] = field(default_factory=list)
    connections: list[_Row] = field(default_factory=list)
    mode: str = "sheet"  # "sheet", "text" (CSV) or "json"
    lang: str = "en"
    failures: list[dict[str, Any]] = field(default_factory=list)
    """Problems of the tables themselves (a header given twice), with their place."""


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _kind_of_headers(headers: list[str]) -> str | None:
    """Say whether a header row is Kumu's elements, connections or neither."""
    keys = {lookup_key(h) for h in headers if h}
    if "from" in keys and "to" in keys:
        return "connections"
    if "label" in keys:
        return "elements"
    return None


def _sections(rows: list[tuple[Any, ...]]) -> list[tuple[int, list[tuple[Any, ...]]]]:
    """Split a sheet at two blank rows (Kumu's sign for a new header row).

    Return (number of the header row, rows from the header on) per section.
    """
    out: list[tuple[int, list[tuple[Any, ...]]]] = []
    start: int | None = None
    blank = 0
    for i, row in enumerate(rows):
        empty = not any(not _blank(v) for v in row)
        if empty:
            blank += 1
            continue
        if start is None or blank >= 2:
            if start is not None:
                out.append((start + 1, rows[start:i]))
            start = i
        blank = 0
    if start is not None:
        out.append((start + 1, rows[start:]))
    return out


def _add_table(
    tables: _Tables,
    rows: list[tuple[Any, ...]],
    *,
    file: str,
    sheet: str | None,
    first_row: int,
) -> bool:
    """Add the rows below a header row to the elements or the connections."""
    headers = [str(h).strip() if not _blank(h) else "" for h in rows[0]]
    kind = _kind_of_headers(headers)
    if kind is None:
        return False
    target = tables.elements if kind == "elements" else tables.connections
    seen: set[str] = set()
    for header in headers:
        if header and header in seen:  # a row's cells are keyed by header: one
            # would hide the other, so the file is refused (as our own workbooks)
            names = {"first": header, "second": header, "field": header}
            problem = i18n.text("duplicate_column", tables.lang, **names)
            tables.failures.append(
                _record(_Row(file, sheet, first_row, {}), header, None, problem)
            )
        seen.add(header)
    for offset, row in enumerate(rows[1:], start=1):
        cells = {
            h: v for h, v in zip(headers, row, strict=False) if h and not _blank(v)
        }
        if cells:
            target.append(_Row(file, sheet, first_row + offset, cells))
    return True


def _read_workbook(path: Path, tables: _Tables, lang: str) -> None:
    from stakeholder_map.io._excel import _load

    for title, rows in _load(path, lang).items():
        if "(ignore)" in title.lower():
            continue
        for number, section in _sections(list(rows)):
            _add_table(tables, section, file=path.name, sheet=title, first_row=number)


def _read_csv(path: Path, tables: _Tables, lang: str) -> None:
    from stakeholder_map.io._parse import read_text_file

    text = read_text_file(path, lang)
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    try:
        rows = [tuple(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as err:
        problem = i18n.text("unreadable", lang, detail=str(err))
        raise _fail(path.name, None, None, None, None, problem, lang) from err
    if rows:
        _add_table(tables, rows, file=path.name, sheet=None, first_row=1)
    tables.mode = "text"


def _json_item(item: Any) -> dict[str, Any]:
    """Flatten one blueprint item: Kumu's export nests fields under attributes."""
    if not isinstance(item, dict):
        return {}
    out = {str(k): v for k, v in item.items() if k != "attributes"}
    attrs = item.get("attributes")
    if isinstance(attrs, dict):
        for k, v in attrs.items():
            out.setdefault(str(k), v)
    return {k: v for k, v in out.items() if not _blank(v)}


def _json_project(data: Any) -> dict[str, Any] | None:
    """Return the part of a blueprint or project export that holds the data."""
    if isinstance(data, dict):
        if isinstance(data.get("elements"), list) or isinstance(
            data.get("connections"), list
        ):
            return data
        project = data.get("project")
        if isinstance(project, dict):
            return _json_project(project)
    return None


def _read_json(path: Path, tables: _Tables, lang: str) -> None:
    from stakeholder_map.io._parse import load_json, read_text_file

    data = _json_project(load_json(read_text_file(path, lang), path, lang))
    if data is None:
        problem = i18n.text("kumu_no_elements", lang)
        raise _fail(path.name, None, None, None, None, problem, lang)
    for key, target in (
        ("elements", tables.elements),
        ("connections", tables.connections),
    ):
        items = data.get(key)
        if not isinstance(items, list):
            continue
        for n, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                problem = i18n.text("kumu_not_an_object", lang, table=key)
                raise _fail(path.name, key, n, None, item, problem, lang)
            cells = _json_item(item)
            if cells:
                target.append(_Row(path.name, key, n, cells))
    tables.mode = "json"


def _fail(
    file: str,
    sheet: str | None,
    row: int | None,
    column: str | None,
    value: Any,
    problem: str,
    lang: str,
) -> InputDataError:
    rec = _record(_Row(file, sheet, row, {}), column, value, problem)
    return InputDataError([rec], source=file, lang=lang)


# --------------------------------------------------------------------------------
# Reading: cells into fields
# --------------------------------------------------------------------------------


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _values(value: Any) -> list[str]:
    """Split a cell of several values: a JSON list, or text joined by ``|``."""
    if isinstance(value, list | tuple):
        return [t for t in (_text(v) for v in value if v is not None) if t]
    return [t for t in (p.strip() for p in _text(value).split("|")) if t]


def _typed(value: Any, mode: str) -> Any:
    """Type a cell of a custom attribute, as Kumu holds it."""
    if isinstance(value, list | tuple):
        return tuple(_values(value)) or None
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value.isoformat(" ")
    if not isinstance(value, str):
        return value
    text = value.strip()
    if mode != "json" and "|" in text:
        return tuple(_values(text)) or None
    if mode == "text":
        number = _number(text)
        if number is not None:
            return number
        day = _date(text)
        if day is not None:
            return day
    return text


#: Text fields of ours that Kumu's cells fill: a label typed as a number by the
#: spreadsheet (2021) is still the label.
_TEXT_FIELDS = frozenset({"name", "category", "description", "kind", "notes"})


def _field(fld: str, value: Any) -> Any:
    if fld in _TEXT_FIELDS and isinstance(value, int | float | dt.date):
        if isinstance(value, dt.date):
            return value.isoformat()
        return _text(value)
    return value


def _strength(value: Any, scale: Scale) -> float | None:
    """Return a strength as a weight when it is a number on the scale."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number: float | None = float(value)
    elif isinstance(value, str):
        parsed = _number(value.strip())
        number = None if parsed is None else float(parsed)
    else:
        number = None
    if number is None or not scale.min <= number <= scale.max:
        return None
    return number


def _attribute(model: type[Stakeholder] | type[Relation], header: str) -> str:
    """Return the name a Kumu column is kept under as a custom attribute."""
    from stakeholder_map.models import _reserved_names

    name = header.strip()
    if i18n.normalize(name) in _reserved_names(model):
        return name + _KUMU_SUFFIX
    return name


#: Headers that Kumu (or this module) gives a meaning on each sheet, normalised.
_BUILT_IN = {
    "elements": frozenset(
        {"id", "_id", "label", "type", "element_type", "description", "tags"}
        | _OUR_ELEMENT_KEYS
    ),
    "connections": frozenset(
        {"id", "_id", "from", "to", "type", "connection_type", "direction"}
        | {"strength", "description", "reversed"}
        | _OUR_CONNECTION_KEYS
    ),
}
#: Added on writing to a custom attribute named like a built-in header (an
#: attribute ``Type`` next to the category's ``Type``); taken off on reading.
_OWN_SUFFIX = " (stakeholder_map)"


def _out_header(name: str, sheet: str) -> str:
    """Return the header a custom attribute is written under."""
    name = name.removesuffix(_KUMU_SUFFIX)
    if name.endswith(_OWN_SUFFIX) or lookup_key(name) in _BUILT_IN[sheet]:
        return name + _OWN_SUFFIX
    return name


def _own_column(header: str) -> str | None:
    """Return the attribute a header written by :func:`_out_header` stands for."""
    if header.strip().endswith(_OWN_SUFFIX):
        return header.strip().removesuffix(_OWN_SUFFIX)
    return None


def _is_true(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return lookup_key(_text(value)) in _TRUE_WORDS


@dataclass
class _Element:
    rows: list[_Row]
    fields: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    attributes: dict[str, Any] = field(default_factory=dict)
    kumu_id: str | None = None
    internal_id: str | None = None
    our_id: str | None = None
    id: str | None = None


def _element(row: _Row, mode: str) -> _Element:
    out = _Element([row])
    for header, value in row.cells.items():
        key = "_id" if header.strip() == "_id" else lookup_key(header)
        own = _own_column(header)
        if own is not None:
            out.attributes[own] = _typed(value, mode)
        elif key == "id":
            out.kumu_id = _text(value)
        elif key == "_id":
            out.internal_id = _text(value)
        elif key in _OUR_ELEMENT_KEYS:
            out.our_id = _text(value)
        elif key in _ELEMENT_FIELDS or key in _STAKEHOLDER_NAMES:
            fld = _ELEMENT_FIELDS.get(key) or _STAKEHOLDER_NAMES[key]
            if fld in out.fields:
                out.attributes[_attribute(Stakeholder, header)] = _typed(value, mode)
                continue
            out.fields[fld] = _values(value) if fld == "tags" else _field(fld, value)
            out.headers[fld] = header
        else:
            out.attributes[_attribute(Stakeholder, header)] = _typed(value, mode)
    return out


def _merge(first: _Element, later: _Element) -> None:
    """Kumu keeps one element per ID (or label and type); later rows win."""
    first.rows.extend(later.rows)
    first.fields.update(later.fields)
    first.headers.update(later.headers)
    first.attributes.update(later.attributes)
    first.our_id = later.our_id or first.our_id


def _elements(rows: list[_Row], mode: str) -> list[_Element]:
    found: dict[tuple[str, ...], _Element] = {}
    for n, row in enumerate(rows):
        el = _element(row, mode)
        name = _text(el.fields["name"]) if "name" in el.fields else None
        category = _text(el.fields.get("category") or "")
        if el.kumu_id:
            key: tuple[str, ...] = ("id", el.kumu_id)
        elif el.internal_id:
            key = ("_id", el.internal_id)
        elif name:
            key = ("label", name, category)
        else:
            key = ("row", str(n))
        if key in found:
            _merge(found[key], el)
        else:
            found[key] = el
    return list(found.values())


def _unique(base: str, used: set[str]) -> str:
    out, n = base, 2
    while out in used:
        out, n = f"{base}_{n}", n + 1
    used.add(out)
    return out


def _assign_ids(elements: list[_Element]) -> None:
    """Give every element our id: given, Kumu's ID, or from its label."""
    used: set[str] = set()
    labels: dict[str, int] = {}
    for el in elements:
        name = el.fields.get("name")
        if name is not None:
            labels[_text(name)] = labels.get(_text(name), 0) + 1
        given = el.our_id or el.kumu_id
        if given and given not in used:
            el.id = given
            used.add(given)
    for el in elements:
        if el.id is not None:
            continue
        name = _text(el.fields.get("name") or "")
        if not name:
            continue  # the model reports the missing label
        base = name
        if labels[name] > 1 and el.fields.get("category"):
            base = f"{name} {_text(el.fields['category'])}"
        el.id = _unique(slugify(base), used)


@dataclass
class _Refs:
    by_kumu: dict[str, str]
    by_label: dict[str, list[str]]
    ids: set[str]
    created: list[_Element]
    used: set[str]


def _refs(elements: list[_Element]) -> _Refs:
    refs = _Refs({}, {}, set(), [], set())
    for el in elements:
        if el.id is None:
            continue
        refs.ids.add(el.id)
        refs.used.add(el.id)
        for kid in (el.kumu_id, el.internal_id):
            if kid:
                refs.by_kumu.setdefault(kid, el.id)
        if "name" in el.fields:
            refs.by_label.setdefault(_text(el.fields["name"]), []).append(el.id)
    return refs


class _Ambiguous(Exception):
    def __init__(self, ids: list[str]) -> None:
        super().__init__(ids)
        self.ids = ids


def _resolve(name: str, refs: _Refs, row: _Row) -> str:
    """Find the element a From or To names: by ID, then by label; else create it."""
    if name in refs.by_kumu:
        return refs.by_kumu[name]
    found = refs.by_label.get(name, [])
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise _Ambiguous(found)
    if name in refs.ids:
        return name
    el = _Element([row], fields={"name": name}, headers={"name": "Label"})
    el.id = _unique(slugify(name), refs.used)
    refs.ids.add(el.id)
    refs.by_label[name] = [el.id]
    refs.created.append(el)
    return el.id


@dataclass
class _Connection:
    row: _Row
    fields: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    attributes: dict[str, Any] = field(default_factory=dict)


def _connections(
    rows: list[_Row], refs: _Refs, mode: str, lang: str
) -> tuple[list[_Connection], list[dict[str, Any]]]:
    out: list[_Connection] = []
    failures: list[dict[str, Any]] = []
    scale = Scale()
    for row in rows:
        base = _Connection(row)
        ends: dict[str, tuple[str, list[str]]] = {}
        kumu_id = our_id = None
        flip = False
        for header, value in row.cells.items():
            key = "_id" if header.strip() == "_id" else lookup_key(header)
            own = _own_column(header)
            if own is not None:
                base.attributes[own] = _typed(value, mode)
            elif key in ("from", "to"):
                ends[key] = (header, _values(value))
            elif key == "id":
                kumu_id = _text(value)
            elif key == "_id":
                continue  # Kumu's internal key; connections are told apart below
            elif key in _OUR_CONNECTION_KEYS:
                our_id = _text(value)
            elif key == "reversed":
                flip = _is_true(value)
            elif key == "direction":
                word = lookup_key(_text(value))
                base.headers["directed"] = header
                if word == "mutual":
                    base.fields["directed"] = False
                    base.attributes[MUTUAL] = True
                elif word in ("directed", "undirected"):
                    base.fields["directed"] = word == "directed"
                else:
                    base.fields["directed"] = value  # the model reports it
            elif key == "strength":
                weight = _strength(value, scale)
                if weight is None or "weight" in base.fields:
                    base.attributes[STRENGTH] = _typed(value, mode)
                else:
                    base.fields["weight"] = weight
                    base.headers["weight"] = header
            elif key in _CONNECTION_FIELDS or key in _RELATION_NAMES:
                fld = _CONNECTION_FIELDS.get(key) or _RELATION_NAMES[key]
                if fld in base.fields:
                    base.attributes[_attribute(Relation, header)] = _typed(value, mode)
                else:
                    base.fields[fld] = _field(fld, value)
                    base.headers[fld] = header
            else:
                base.attributes[_attribute(Relation, header)] = _typed(value, mode)
        sources = ends.get("from", ("From", []))
        targets = ends.get("to", ("To", []))
        if not sources[1] or not targets[1]:
            header = sources[0] if not sources[1] else targets[0]
            failures.append(_record(row, header, None, i18n.text("required", lang)))
            continue
        resolved: dict[str, list[str]] = {}
        for end, (header, names) in (("from", sources), ("to", targets)):
            resolved[end] = []
            for name in names:
                try:
                    resolved[end].append(_resolve(name, refs, row))
                except _Ambiguous as err:
                    problem = i18n.text(
                        "kumu_ambiguous_label", lang, label=name, ids=err.ids
                    )
                    failures.append(_record(row, header, name, problem))
        pairs = [(s, t) for s in resolved["from"] for t in resolved["to"]]
        rid = our_id or kumu_id
        for k, (source, target) in enumerate(pairs):
            conn = _Connection(
                row, dict(base.fields), dict(base.headers), dict(base.attributes)
            )
            if flip:
                source, target = target, source
            conn.fields["source"], conn.fields["target"] = source, target
            conn.headers["source"], conn.headers["target"] = sources[0], targets[0]
            if rid:
                conn.fields["id"] = rid if k == 0 else f"{rid}-{k + 1}"
            out.append(conn)
    _tell_repeats_apart(out, "connection" if mode == "json" else "row")
    return out, failures


def _kind_key(value: Any) -> str:
    try:
        return str(relation_kind(value))
    except (TypeError, ValueError):
        return lookup_key(_text(value))


def _tell_repeats_apart(conns: list[_Connection], prefix: str) -> None:
    """Give repeated connections without an ID an id from their row.

    Kumu creates one connection per row, so exact repeats are parallel
    relations; the id keeps them apart in the model and on the next round trip.
    """
    seen: set[tuple[Any, ...]] = set()
    ids = {str(c.fields["id"]) for c in conns if c.fields.get("id")}
    for c in conns:
        f = c.fields
        key = (
            f["source"],
            f["target"],
            _kind_key(f.get("kind", RelationKind.OTHER.value)),
            str(f.get("channel")),
            f.get("id"),
        )
        if key in seen and not f.get("id"):
            f["id"] = _unique(f"{prefix}-{c.row.row}", ids)
            key = (*key[:4], f["id"])
        seen.add(key)


def _record(row: _Row, column: str | None, value: Any, problem: str) -> dict[str, Any]:
    return {
        "file": row.file,
        "sheet": row.sheet,
        "row": row.row,
        "column": column,
        "value": value,
        "problem": problem,
    }


def _validate(
    items: list[Any], model: type[Stakeholder] | type[Relation], lang: str
) -> tuple[list[Any], list[Any], list[dict[str, Any]]]:
    """Build one model per item; report every bad cell with its place.

    Return the models, the items they were built from, and the failures.
    """
    objects: list[Any] = []
    good: list[Any] = []
    failures: list[dict[str, Any]] = []
    scale = Scale()
    for item in items:
        data = dict(item.fields)
        if isinstance(item, _Element):
            data["id"] = item.id
            if item.id is None:
                data.pop("id")
        if item.attributes:
            data["attributes"] = item.attributes
        try:
            objects.append(model.model_validate(data))
            good.append(item)
        except ValidationError as err:
            row = item.rows[-1] if isinstance(item, _Element) else item.row
            for e in err.errors(include_url=False):
                loc = e["loc"]
                fld = str(loc[0]) if loc else None
                if fld == "attributes" and len(loc) > 1:
                    column: str | None = str(loc[1])
                    value = item.attributes.get(column)
                    kind = None
                else:
                    column = item.headers.get(fld, fld) if fld else None
                    value = data.get(fld) if fld else None
                    kind = field_kind(model, fld) if fld in model.model_fields else None
                problem = _translate(e, kind, lang, scale)
                failures.append(_record(row, column, value, problem))
    return objects, good, failures


def _translate(error: Any, kind: Any, lang: str, scale: Scale) -> str:
    from stakeholder_map.io._tables import translate_error

    return translate_error(error, kind, lang=lang, scale=scale)


def _place(items: list[Any], index: int, fld: str) -> tuple[_Row, str | None]:
    item = items[index]
    row = item.rows[-1] if isinstance(item, _Element) else item.row
    return row, item.headers.get(fld, fld)


def _build(tables: _Tables, *, name: str, lang: str) -> StakeholderMap:
    elements = _elements(tables.elements, tables.mode)
    _assign_ids(elements)
    refs = _refs(elements)
    conns, failures = _connections(tables.connections, refs, tables.mode, lang)
    failures = [*tables.failures, *failures]
    elements.extend(refs.created)
    stakeholders, good_elements, bad = _validate(elements, Stakeholder, lang)
    failures.extend(bad)
    relations, good_conns, bad = _validate(conns, Relation, lang)
    failures.extend(bad)
    failed_ids = {el.id for el in elements} - {s.id for s in stakeholders}
    problems = collect_problems(stakeholders=stakeholders, relations=relations)
    for p in problems:
        if p.key == "unknown_id" and p.value in failed_ids:
            continue  # the element's own row is reported already
        items = good_elements if p.collection == "stakeholders" else good_conns
        row, column = _place(items, p.index, p.field)
        try:
            problem = i18n.text(p.key, lang, **p.params)
        except (KeyError, IndexError, ValueError):
            problem = p.problem
        failures.append(_record(row, column, p.value, problem))
    if failures:
        order: dict[tuple[str, str | None], int] = {}
        for r in (*tables.elements, *tables.connections):
            order.setdefault((r.file, r.sheet), len(order))
        failures.sort(
            key=lambda f: (order.get((f["file"], f["sheet"]), -1), f["row"] or 0)
        )
        raise InputDataError(failures, source=failures[0]["file"], lang=lang)
    if refs.created:
        names = ", ".join(repr(el.fields["name"]) for el in refs.created)
        note = i18n.text("kumu_created", lang, n=len(refs.created), names=names)
        warnings.warn(note, InputNoteWarning, stacklevel=4)
    return StakeholderMap(
        name=name,
        language=_language(tables),
        stakeholders=stakeholders,
        relations=relations,
    )


def _dutch_headers() -> frozenset[str]:
    fields = (*_STAKEHOLDER_OWN, *_RELATION_OWN, "weight")
    nl = {lookup_key(_header(f, "nl")) for f in fields}
    en = {lookup_key(_header(f, "en")) for f in fields}
    ids = {lookup_key(_OUR_ELEMENT_ID["nl"]), lookup_key(_OUR_CONNECTION_ID["nl"])}
    return frozenset((nl - en) | ids)


_DUTCH_HEADERS = _dutch_headers()


def _language(tables: _Tables) -> str:
    """Say "nl" when the file has our Dutch headers (``Macht``), as we write them."""
    for row in (*tables.elements, *tables.connections):
        if any(lookup_key(h) in _DUTCH_HEADERS for h in row.cells):
            return "nl"
    return "en"


def read_kumu_files(paths: list[Path], *, lang: str) -> StakeholderMap:
    """Read one or more Kumu files (xlsx, csv, json) into one map."""
    tables = _Tables(lang=lang)
    for path in paths:
        if not path.is_file():
            problem = i18n.text("file_not_found", lang, path=str(path))
            raise _fail(path.name, None, None, None, None, problem, lang)
        suffix = path.suffix.lower()
        before = len(tables.elements) + len(tables.connections)
        if suffix == ".json":
            _read_json(path, tables, lang)
            continue
        if suffix == ".csv":
            _read_csv(path, tables, lang)
        else:
            _read_workbook(path, tables, lang)
        if len(tables.elements) + len(tables.connections) == before:
            problem = i18n.text("kumu_no_tables", lang)
            raise _fail(path.name, None, None, None, None, problem, lang)
    name = paths[0].stem if paths else "Kumu"
    return _build(tables, name=name, lang=lang)


# --------------------------------------------------------------------------------
# Recognising Kumu files by their content (for io.read)
# --------------------------------------------------------------------------------


def _kumu_first_row(headers: list[Any]) -> bool:
    """Kumu's rule for a sheet's first row: Label in A1, or From/To in A1/B1.

    An ``ID`` column may come first.
    """
    keys = [lookup_key(h) if not _blank(h) else "" for h in headers]
    if keys[:1] == ["id"]:
        keys = keys[1:]
    return keys[:1] == ["label"] or keys[:2] == ["from", "to"]


_SHEET_NAME = re.compile(r"<(?:\w+:)?sheet\b[^>]*?\bname=\"([^\"]*)\"")


def looks_like_kumu_workbook(path: Path, lang: str) -> bool:
    """Say whether a workbook without a stakeholders sheet is laid out for Kumu."""
    import zipfile

    import openpyxl

    from stakeholder_map.io._excel import _sheet_tables, check_container

    check_container(path, lang)  # a zip bomb is refused before openpyxl opens it
    known = _sheet_tables()
    try:
        with zipfile.ZipFile(path) as archive:
            book = archive.read("xl/workbook.xml").decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError, EOFError):
        return False  # read_excel says what is wrong with the file
    # Our own workbooks are told by a sheet name alone, without opening a sheet.
    titles = [html.unescape(t) for t in _SHEET_NAME.findall(book)]
    if any(known.get(lookup_key(t)) == "stakeholders" for t in titles):
        return False
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError):
        return False
    try:
        for ws in wb.worksheets:
            for row in ws.iter_rows(max_row=1, max_col=3, values_only=True):
                if _kumu_first_row(list(row)):
                    return True
        return False
    except (KeyError, ValueError, TypeError, OSError, EOFError, SyntaxError):
        return False
    finally:
        wb.close()


def looks_like_kumu_csv(path: Path) -> bool:
    """Say whether a CSV file's first row follows Kumu's rule for headers."""
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as f:
            first = f.readline(4096)
    except OSError:
        return False
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return _kumu_first_row(next(csv.reader([first], delimiter=delimiter), []))


def looks_like_kumu_json(path: Path, lang: str) -> bool:
    """Say whether a JSON file is a Kumu blueprint or project export.

    Our own map files always have ``"stakeholders"``, so they are not parsed
    here; any other file is parsed with the reader's limits (a broken or too
    deeply nested file is left to :func:`stakeholder_map.io.read_json`, which
    reports it).
    """
    from stakeholder_map.io._parse import load_json, read_text_file

    try:
        text = read_text_file(path, lang)
        if '"stakeholders"' in text:
            return False
        data = load_json(text, path, lang)
    except InputDataError:
        return False  # read_json reports it, as for any JSON file
    return _json_project(data) is not None


_JSON_KEYS = {
    "ID": "id",
    "Label": "label",
    "Type": "type",
    "Description": "description",
    "Tags": "tags",
    "From": "from",
    "To": "to",
    "Direction": "direction",
    "Strength": "strength",
}
