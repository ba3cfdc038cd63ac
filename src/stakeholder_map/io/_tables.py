"""Turn tables of cells into a validated map, collecting every problem at once.

The Excel, CSV and DataFrame readers hand :func:`build_map` one :class:`RawTable`
per sheet (headers as written, columns of cells, the row number of every record)
and the map's own fields (name, scale, ...). :func:`build_map` then

1. maps headers to model fields (English or Dutch, case- and accent-insensitive),
2. cleans and coerces the cells (words, decimal commas, dates, ...),
3. resolves stakeholder and theme references given by id or by name,
4. validates all rows of a table in one call (``TypeAdapter(list[Model])``, with the
   garbage collector paused); only when that fails does it validate row by row to
   find the rows at fault,
5. checks the rules across tables (:func:`stakeholder_map.models.collect_problems`),

and raises one :class:`~stakeholder_map.exceptions.InputDataError` naming every
problem with its file, sheet, row, column and value, or returns the map.

The writers use :func:`table_rows` to lay a map out as the same tables.

This module holds the builder (one idea, about 1,100 lines: headers, cells,
references, validation and the report of problems, step by step); the bulk
validation it calls is in :mod:`._bulk` and :func:`table_rows` in
:mod:`._tables_out` (re-exported here). It may import the models, the cell and
header tables of :mod:`stakeholder_map.io` and pydantic.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from pydantic import BaseModel, ValidationError

from stakeholder_map import i18n
from stakeholder_map._types import (
    EngagementLevel,
    Frequency,
    ParticipationLevel,
    slugify,
)
from stakeholder_map.exceptions import InputDataError, InputNoteWarning, warn_user
from stakeholder_map.io._attributes import (
    attribute_columns,
    stored_column,
)
from stakeholder_map.io._bulk import (
    _attribute_names,
    _bulk_validator,
    _ready_relations,
    _required,
    _row_dicts,
    collections,
    gc_paused,
)
from stakeholder_map.io._cells import (
    BadCell,
    Context,
    Kind,
    attitude_words_display,
    clean_column,
    coerce_column,
    field_kind,
    is_unknown_word,
    lookup_key,
    parse_number,
    per_distinct,
    to_text,
)
from stakeholder_map.io._headers import header, match_headers
from stakeholder_map.io._injection import restore_column
from stakeholder_map.io._tables_out import table_rows
from stakeholder_map.models import (
    ATTRIBUTES_READY,
    IDS_READY,
    KINDS_READY,
    RELATIONS_READY,
    CommunicationItem,
    MapProblem,
    Relation,
    Scale,
    StakeholderMap,
    collect_problems,
    relation_kind,
)

__all__ = [
    "MAP_FIELDS",
    "ORDERED_ENUMS",
    "RawTable",
    "build_map",
    "collections",
    "header",
    "table_rows",
]


#: Map fields that are not collections; the ``meta`` sheet holds them.
MAP_FIELDS = ("name", "description", "scale", "language", "date")

#: Enumerations whose order means something (ordered categoricals in frames).
ORDERED_ENUMS: tuple[type[Enum], ...] = (EngagementLevel, ParticipationLevel, Frequency)

#: Root validators of row models whose message has a translation.
_ROOT_ERRORS: dict[type[BaseModel], tuple[str, tuple[str, str]]] = {
    CommunicationItem: ("one_target", ("stakeholder_id", "category")),
}

_HINT_LIMIT = 50
"""Unknown references that get a "did you mean" hint (difflib is slow)."""
"""Most keys of a row dict built by a generated dict display (:func:`_dict_display`)."""


# --------------------------------------------------------------------------------
# Input
# --------------------------------------------------------------------------------


@dataclass
class RawTable:
    """One sheet as read: headers as written, columns of cells, row numbers."""

    table: str
    headers: list[Any]
    columns: list[list[Any]]
    rows: list[int]
    sheet: str | None = None
    file: str | None = None
    header_row: int | None = 1
    column_names: list[str] | None = None
    """How to name a column without a header, e.g. its Excel letter."""
    text_only: bool = False
    """Every cell is a string (CSV): cleaning can skip its type checks."""
    infer: str = "python"
    """How the cells of the user's own columns are typed: ``"text"`` (CSV),
    ``"sheet"`` (a workbook) or ``"python"`` (as they are); see
    :mod:`stakeholder_map.io._attributes`."""
    quoted: bool = False
    """Cells may carry the apostrophe of :func:`~stakeholder_map.io._injection.
    neutralise` (CSV): it is taken away as the columns are read."""
    title: list[str] = field(default_factory=list)
    """Lines of a title block above the header row (e.g. the map's name)."""
    defaults: dict[str, Any] = field(default_factory=dict)
    """Values for fields whose column is absent or whose cell is empty, such as
    the rater named by a sheet "beoordeling An"; a missing column with a default
    is no error."""


@dataclass
class _Prepared:
    raw: RawTable
    model: type[BaseModel]
    headers: dict[str, str] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)
    cells: dict[str, list[Any]] = field(default_factory=dict)
    values: dict[str, list[Any]] = field(default_factory=dict)
    rows: list[int] = field(default_factory=list)
    bad: dict[int, set[str]] = field(default_factory=dict)
    complete: bool = True
    objects: list[BaseModel] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    attributes: dict[str, int] = field(default_factory=dict)
    """Headers of the user's own columns (as written) -> column index."""
    attributes_ready: bool = False
    """Whether ``values["attributes"]`` is already in the model's stored form."""


class _Lookup:
    """Find a stakeholder (or theme) by id, name or short name."""

    def __init__(
        self,
        ids: list[str | None],
        names: list[list[str | None]],
        *,
        complete: bool = True,
    ) -> None:
        self.ids = {i for i in ids if i}
        self.complete = complete
        self._row_ids = ids
        self._names = names
        self._by_name: dict[str, set[str]] | None = None
        self._by_key: dict[str, set[str]] | None = None
        self._hints = 0
        self.invalid: set[str] = set()
        self.invalid_categories: set[str] = set()

    def _index(self) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        if self._by_name is None or self._by_key is None:
            by_name: dict[str, set[str]] = {}
            for column in self._names:
                for i, name in enumerate(column):
                    rid = self._row_ids[i]
                    if name and rid:
                        by_name.setdefault(lookup_key(name), set()).add(rid)
            by_key: dict[str, set[str]] = {}
            for rid in self.ids:
                by_key.setdefault(lookup_key(rid), set()).add(rid)
            self._by_name, self._by_key = by_name, by_key
        return self._by_name, self._by_key

    def resolve(self, value: str) -> tuple[str | None, str | None, dict[str, Any]]:
        """Return (id, None, {}) or (None, message key, parameters)."""
        if value in self.ids or not self.complete:
            return value, None, {}
        by_name, by_key = self._index()
        key = lookup_key(value)
        for index in (by_name, by_key):
            found = index.get(key)
            if found and len(found) == 1:
                return next(iter(found)), None, {}
            if found:
                ids = ", ".join(repr(i) for i in sorted(found))
                return None, "ambiguous_name", {"name": value, "ids": ids}
        return None, "unknown", {"hint": self._hint(value)}

    def _hint(self, value: str) -> str:
        if self._hints >= _HINT_LIMIT:
            return ""
        self._hints += 1
        candidates = sorted(self.ids) + sorted(
            {n for col in self._names for n in col if n}
        )
        close = difflib.get_close_matches(value, candidates, n=1, cutoff=0.7)
        return close[0] if close else ""


# --------------------------------------------------------------------------------
# The builder
# --------------------------------------------------------------------------------


class _Builder:
    def __init__(self, *, lang: str, unknown_columns: str, scale: Scale) -> None:
        self.lang = lang
        self.unknown_columns = unknown_columns
        self.scale = scale
        self.ctx = Context(scale.min, scale.max, lang)
        self.failures: list[tuple[tuple[int, int, int, int], dict[str, Any]]] = []
        self.notes: list[str] = []
        """What the reader did that the user should know of (InputNoteWarning)."""
        self.declared_kinds: set[str] = set()
        """Relation kinds the map's kinds sheet declares (they give the signs)."""
        self.attitude_scale: tuple[float, float] | None = None
        """The scale attitudes are given on (meta ``attitude_scale``), if declared."""
        self._tables = list(collections())
        # Sheets in the order they were read, so a table's problems are listed
        # sheet by sheet when it comes from several (one per rater).
        self._sheets: dict[str | None, int] = {}

    # -- reporting ---------------------------------------------------------------

    def fail(
        self,
        table: str | None,
        *,
        file: str | None = None,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
        value: Any = None,
        problem: str,
        order: int = 0,
    ) -> None:
        rank = self._tables.index(table) + 1 if table in self._tables else 0
        if isinstance(value, BadCell):
            value = value.text
        rec = {
            "file": file,
            "sheet": sheet,
            "row": row,
            "column": column,
            "value": value,
            "problem": problem,
        }
        sheet_rank = self._sheets.get(sheet, 0)
        self.failures.append(((rank, sheet_rank, row or 0, order), rec))

    def text(self, key: str, **params: Any) -> str:
        try:
            return i18n.text(key, self.lang, **params)
        except (KeyError, IndexError, ValueError):
            return i18n.text(key, "en", **params) if key else ""

    def _cell_fail(
        self, prep: _Prepared, pos: int, fld: str | None, problem: str
    ) -> None:
        raw = prep.raw
        column = prep.headers.get(fld) if fld else None
        if column is None and fld:
            column = self._fallback_header(prep, fld)
        value = prep.cells[fld][pos] if fld in prep.cells else None
        self.fail(
            raw.table,
            file=raw.file,
            sheet=raw.sheet,
            row=prep.rows[pos],
            column=column,
            value=value,
            problem=problem,
            order=prep.order.get(fld or "", -1),
        )

    def _fallback_header(self, prep: _Prepared, fld: str) -> str:
        if fld == "id" and "name" in prep.headers:
            return prep.headers["name"]
        return header(prep.raw.table, fld, self.lang)

    # -- columns -----------------------------------------------------------------

    def prepare(self, raw: RawTable) -> _Prepared:
        """Map the headers, drop empty rows, clean and coerce the cells."""
        model = collections()[raw.table]
        prep = _Prepared(raw=raw, model=model)
        self._sheets.setdefault(raw.sheet, len(self._sheets))
        mapped = self._map_headers(prep)
        for fld in _required(raw.table):
            if fld not in mapped and fld not in raw.defaults:
                names = i18n.COLUMN_ALIASES.get(raw.table, {}).get(fld, (fld,))
                self.fail(
                    raw.table,
                    file=raw.file,
                    sheet=raw.sheet,
                    column=header(raw.table, fld, self.lang),
                    problem=self.text(
                        "missing_column",
                        column=header(raw.table, fld, self.lang),
                        aliases=", ".join(repr(n) for n in names),
                    ),
                )
                prep.complete = False
        columns = raw.columns
        if raw.quoted:  # undo the formula neutralising of the CSV writer
            columns = [restore_column(col) for col in columns]
        cleaned = {
            f: clean_column(columns[i], text_only=raw.text_only)
            for f, i in mapped.items()
        }
        cells = {f: c for f, (c, _) in cleaned.items()}
        text_only = {f: t for f, (_, t) in cleaned.items()}
        own = {
            h: clean_column(columns[i], text_only=raw.text_only)[0]
            for h, i in prep.attributes.items()
        }
        n_rows = len(raw.rows)
        keep = list(range(n_rows))
        every = [*cells.values(), *own.values()]
        if all(None in col for col in every):  # maybe empty rows
            keep = [
                pos
                for pos, vals in enumerate(zip(*every, strict=True))
                if any(v is not None for v in vals)
            ]
        if every and len(keep) < n_rows:
            cells = {f: [col[p] for p in keep] for f, col in cells.items()}
            own = {h: [col[p] for p in keep] for h, col in own.items()}
            prep.rows = [raw.rows[p] for p in keep]
        elif every:
            prep.rows = list(raw.rows)
        if raw.defaults and prep.rows:
            _apply_defaults(raw.defaults, cells, text_only, len(prep.rows))
        prep.cells = cells
        if raw.infer == "sheet":
            self._bad_cells(prep, cells, own)
        if not prep.complete:
            return prep
        for fld, col in cells.items():
            kind = field_kind(model, fld)
            if kind.name == "score" or kind.attitude:
                col = self._unknown_scores(prep, fld, col)
            values, errors = coerce_column(
                col, kind, self.ctx, text_only=text_only[fld]
            )
            if kind.attitude and not errors:
                values = self._attitude_scale(prep, fld, col, values)
            prep.values[fld] = values
            for pos, key, params in errors:
                prep.bad.setdefault(pos, set()).add(fld)
                problem = self.text(key, **params) + params.get("hint", "")
                self._cell_fail(prep, pos, fld, problem)
        if own and "attributes" in model.model_fields:
            typed = {h: attribute_columns(c, infer=raw.infer) for h, c in own.items()}
            stored = _attribute_names(model, typed)
            if stored is None:  # a name the model refuses: it says why, per row
                prep.values["attributes"] = [
                    {h: col[pos] for h, col in typed.items() if col[pos] is not None}
                    for pos in range(len(prep.rows))
                ]
            else:  # the model's per-row rule, applied once per distinct cell
                cols = [stored_column(col) for col in typed.values()]
                prep.values["attributes"] = _row_dicts(stored, cols, len(prep.rows))
                prep.attributes_ready = True
            prep.headers["attributes"] = ", ".join(typed)
        return prep

    def _where(self, prep: _Prepared, fld: str) -> str:
        raw = prep.raw
        parts = [p for p in (raw.file, raw.sheet) if p]
        where = " / ".join(dict.fromkeys(parts)) or self.text("the_input")
        return f"{where}, {prep.headers.get(fld, fld)!r}"

    def _unknown_scores(self, prep: _Prepared, fld: str, col: list[Any]) -> list[Any]:
        """Leave cells such as ``?`` or ``onbekend`` empty, and note where they are."""
        if str not in set(map(type, col)):
            return col
        # A score column holds few distinct cells: ask once per distinct cell.
        words = {v for v in set(col) if is_unknown_word(v)}
        if not words:
            return col
        unknown = [pos for pos, v in enumerate(col) if v in words]
        found = sorted({col[pos].strip() for pos in unknown})
        self.notes.append(
            self.text(
                "note_unknown_scores",
                where=self._where(prep, fld),
                count=len(unknown),
                words=", ".join(repr(w) for w in found),
                rows=", ".join(str(prep.rows[pos]) for pos in unknown),
            )
        )
        out = list(col)
        for pos in unknown:
            out[pos] = None
        return out

    def _attitude_scale(
        self, prep: _Prepared, fld: str, cells: list[Any], values: list[Any]
    ) -> list[Any]:
        """Read an attitude column on its own scale, or refuse it as a whole.

        Attitudes live on -2..+2. Numbers on a declared ``attitude_scale`` (meta)
        are rescaled to it; without a declaration, a column whose numbers go
        above 2 and all lie on 1..5 is read on 1..5 (with a note); any other
        column with numbers above 2 is refused with one error, never half read.
        Words (``kritisch``, ``++``) keep their own meaning.
        """
        is_number = per_distinct(cells, lambda c: parse_number(c) is not None)
        numeric = [
            pos
            for pos, (n, v) in enumerate(zip(is_number, values, strict=True))
            if n and v is not None
        ]
        nums = [values[pos] for pos in numeric]
        scale = self.attitude_scale
        if scale is None:
            if not nums or max(nums) <= 2:
                return values
            if min(nums) >= 1 and max(nums) <= 5:
                scale = (1.0, 5.0)
                self.notes.append(
                    self.text("note_attitude_scale", where=self._where(prep, fld))
                )
            else:
                raw = prep.raw
                shown = sorted({_g(v) for v in nums if v > 2 or v < -2})[:5]
                self.fail(
                    raw.table,
                    file=raw.file,
                    sheet=raw.sheet,
                    row=raw.header_row,
                    column=prep.headers.get(fld, fld),
                    problem=self.text(
                        "attitude_mixed_scale",
                        values=", ".join(shown),
                        words=attitude_words_display(self.lang),
                    ),
                    order=prep.order.get(fld, -1),
                )
                return [None] * len(values)
        lo, hi = scale
        if (lo, hi) == (-2.0, 2.0):
            return values
        out = list(values)
        for pos in numeric:
            v = values[pos]
            if not lo <= v <= hi:
                prep.bad.setdefault(pos, set()).add(fld)
                self._cell_fail(
                    prep,
                    pos,
                    fld,
                    self.text("attitude_outside_scale", scale=f"{_g(lo)}..{_g(hi)}"),
                )
                out[pos] = None
            else:
                out[pos] = -2.0 + 4.0 * (v - lo) / (hi - lo)
        return out

    def _bad_cells(
        self,
        prep: _Prepared,
        cells: dict[str, list[Any]],
        own: dict[str, list[Any]],
    ) -> None:
        """Report the workbook's error values and unreadable cells, as blanks."""
        raw = prep.raw
        for fld, col in cells.items():
            if BadCell not in set(map(type, col)):
                continue
            for pos, v in enumerate(col):
                if isinstance(v, BadCell):
                    prep.bad.setdefault(pos, set()).add(fld)
                    problem = self.text(f"bad_cell_{v.kind}", value=v.text)
                    self._cell_fail(prep, pos, fld, problem)
                    col[pos] = None
        for head, col in own.items():
            if BadCell not in set(map(type, col)):
                continue
            for pos, v in enumerate(col):
                if isinstance(v, BadCell):
                    prep.bad.setdefault(pos, set()).add("attributes")
                    self.fail(
                        raw.table,
                        file=raw.file,
                        sheet=raw.sheet,
                        row=prep.rows[pos],
                        column=head,
                        value=v.text,
                        problem=self.text(f"bad_cell_{v.kind}", value=v.text),
                        order=prep.attributes[head],
                    )
                    col[pos] = None

    def _map_headers(self, prep: _Prepared) -> dict[str, int]:
        """Map a table's headers to fields; keep the others as the user's own.

        Reports headers that cannot be told apart (two equally good headers for
        one field, a header whose words name two fields) and columns with data
        but no header.
        """
        raw = prep.raw
        fields = tuple(prep.model.model_fields)
        texts: list[str | None] = []
        for idx, head in enumerate(raw.headers):
            text_head = "" if head is None else to_text(head).strip()
            texts.append(text_head or None)
            if not text_head and any(
                c is not None and str(c).strip() for c in raw.columns[idx]
            ):
                if self.unknown_columns == "ignore":
                    continue
                name = raw.column_names[idx] if raw.column_names else str(idx + 1)
                self.fail(
                    raw.table,
                    file=raw.file,
                    sheet=raw.sheet,
                    row=raw.header_row,
                    column=name,
                    problem=self.text("unnamed_column"),
                    order=idx,
                )
        match = match_headers(raw.table, fields, texts)

        def fail(idx: int, problem: str) -> None:
            self.fail(
                raw.table,
                file=raw.file,
                sheet=raw.sheet,
                row=raw.header_row,
                column=texts[idx],
                problem=problem,
                order=idx,
            )

        for first, second, fld in match.duplicates:
            fail(
                second,
                self.text(
                    "duplicate_column",
                    first=texts[first],
                    second=texts[second],
                    field=header(raw.table, fld, self.lang),
                ),
            )
        for idx, candidates in match.ambiguous:
            fail(
                idx,
                self.text(
                    "ambiguous_column",
                    column=texts[idx],
                    fields=" / ".join(
                        repr(header(raw.table, f, self.lang)) for f in candidates
                    ),
                ),
            )
        mapped: dict[str, int] = {}
        for idx, fld in sorted(match.fields.items()):
            mapped[fld] = idx
            prep.headers[fld] = texts[idx] or fld
            prep.order[fld] = idx
        if self.unknown_columns != "ignore" and "attributes" in prep.model.model_fields:
            for idx in match.attributes:
                head = texts[idx]
                if head is None:
                    continue
                if head in prep.attributes:
                    fail(
                        idx,
                        self.text(
                            "duplicate_column", first=head, second=head, field=head
                        ),
                    )
                    continue
                prep.attributes[head] = idx
        return mapped

    # -- references ----------------------------------------------------------------

    def lookup(self, prep: _Prepared | None, names: tuple[str, ...]) -> _Lookup:
        """Index a table's ids (given or derived from the name) and names."""
        if prep is None:
            return _Lookup([], [])
        if not prep.complete:
            return _Lookup([], [], complete=False)
        n = len(prep.rows)
        given = prep.values.get("id", [None] * n)
        name_col = prep.values.get("name", [None] * n)
        ids = [
            g if g else (slugify(nm) if nm else None)
            for g, nm in zip(given, name_col, strict=True)
        ]
        return _Lookup(ids, [prep.values.get(f, [None] * n) for f in names])

    def resolve(self, prep: _Prepared, lookups: Mapping[str, _Lookup]) -> None:
        """Replace names by ids in the reference columns; report unknown ones."""
        if not prep.complete:
            return
        for fld, values in prep.values.items():
            kind = field_kind(prep.model, fld)
            if kind.name not in ("ref", "refs") or kind.target is None:
                continue
            lookup = lookups[kind.target]
            ids = lookup.ids
            if kind.name == "ref":
                if not set(values).difference(ids).difference((None,)):
                    continue
                for pos, v in enumerate(values):
                    if v is None or v in ids:
                        continue
                    values[pos] = self._resolve_one(prep, pos, fld, v, kind, lookup)
            else:
                for pos, items in enumerate(values):
                    if items is None or all(v in ids for v in items):
                        continue
                    out = []
                    for v in items:
                        rid = self._resolve_one(prep, pos, fld, v, kind, lookup)
                        if rid is not None:
                            out.append(rid)
                    values[pos] = tuple(out)

    def _resolve_one(
        self,
        prep: _Prepared,
        pos: int,
        fld: str,
        value: str,
        kind: Kind,
        lookup: _Lookup,
    ) -> str | None:
        rid, key, params = lookup.resolve(value)
        if key is None:
            return rid
        if key == "unknown" and kind.soft:
            return value  # an organisation off the map, kept by its name
        head = prep.headers[fld]
        if key == "unknown":
            hint = params["hint"]
            hint_text = self.text("did_you_mean", suggestion=hint) if hint else ""
            if kind.target == "interests":
                problem = self.text("unknown_interest", id=value) + hint_text
            else:
                problem = self.text("unknown_id", field=head, id=value) + hint_text
        else:
            problem = self.text(key, **params)
        prep.bad.setdefault(pos, set()).add(fld)
        raw = prep.raw
        self.fail(
            raw.table,
            file=raw.file,
            sheet=raw.sheet,
            row=prep.rows[pos],
            column=head,
            value=value if kind.name == "refs" else prep.cells[fld][pos],
            problem=problem,
            order=prep.order.get(fld, -1),
        )
        return None

    # -- validation ----------------------------------------------------------------

    def validate(self, prep: _Prepared) -> None:
        """Build the row models: all at once, or row by row when that fails."""
        if not prep.complete:
            return
        context: dict[str, bool] = {}
        if prep.attributes_ready:
            context[ATTRIBUTES_READY] = True
        values = prep.values
        if prep.model is Relation:
            values = _ready_relations(values, len(prep.rows))
            context[RELATIONS_READY] = True
        ids = values.get("id")
        if ids is not None and all(ids):
            context[IDS_READY] = True
        fields = list(values)
        columns = [values[f] for f in fields]
        # Leave empty cells out: defaults apply, and smaller rows validate faster.
        dicts = _row_dicts(fields, columns, len(prep.rows))
        if not prep.bad:
            try:
                ready = frozenset(k for k, v in context.items() if v is True)
                validate = _bulk_validator(prep.model, ready)
                objects = validate(dicts, context=context)
            except ValidationError:
                pass
            else:
                prep.objects = objects
                prep.positions = list(range(len(objects)))
                return
        for pos, d in enumerate(dicts):
            try:
                obj = prep.model.model_validate(d, context=context)
            except ValidationError as err:
                self._row_errors(prep, pos, err)
                continue
            if pos not in prep.bad:
                prep.objects.append(obj)
                prep.positions.append(pos)

    def _row_errors(self, prep: _Prepared, pos: int, err: ValidationError) -> None:
        skip = prep.bad.get(pos, set())
        errors = err.errors(include_url=False)
        missing = {e["loc"][0] for e in errors if e["type"] == "missing" and e["loc"]}
        if not skip:
            prep.bad[pos] = set()
        for e in errors:
            loc = e["loc"]
            fld = str(loc[0]) if loc else None
            if fld in skip or (fld == "id" and "name" in missing):
                continue
            if fld is not None and fld not in prep.model.model_fields:
                fld = None
            if fld is None and prep.model in _ROOT_ERRORS:
                key, (first, second) = _ROOT_ERRORS[prep.model]
                problem = self.text(
                    key,
                    first=prep.headers.get(first) or self._fallback_header(prep, first),
                    second=prep.headers.get(second)
                    or self._fallback_header(prep, second),
                )
                self._cell_fail(prep, pos, first, problem)
                continue
            kind = field_kind(prep.model, fld) if fld else None
            self._cell_fail(
                prep,
                pos,
                fld,
                translate_error(e, kind, lang=self.lang, scale=self.scale),
            )

    # -- the map -----------------------------------------------------------------

    def scale_check_invalid(self, prep: _Prepared) -> None:
        """Report scores outside the scale in rows that failed for other reasons.

        Valid rows get this check from the map (``collect_problems``); rows with
        other problems never reach it, yet their users deserve the full list.
        """
        if not prep.complete or len(prep.positions) == len(prep.rows):
            return
        lo, hi = self.scale.min, self.scale.max
        valid = set(prep.positions)
        scores = [f for f in prep.values if field_kind(prep.model, f).name == "score"]
        for pos in range(len(prep.rows)):
            if pos in valid:
                continue
            for fld in scores:
                v = prep.values[fld][pos]
                if v is not None and not lo <= v <= hi:
                    problem = self.text(
                        "out_of_scale",
                        field=prep.headers[fld],
                        scale=f"{lo:g}..{hi:g}",
                        value=v,
                    )
                    self._cell_fail(prep, pos, fld, problem)

    def cross_check(
        self,
        groups: Mapping[str, list[_Prepared]],
        lookups: Mapping[str, _Lookup],
    ) -> list[MapProblem]:
        parts = {
            t: [o for p in group for o in p.objects] for t, group in groups.items()
        }
        problems = collect_problems(scale=self.scale, **parts)  # type: ignore[arg-type]
        out = []
        invalid_ids = lookups["stakeholders"].invalid
        invalid_interests = lookups["interests"].invalid
        invalid_cats = lookups["stakeholders"].invalid_categories
        for p in problems:
            if p.key == "unknown_id" and p.value in invalid_ids:
                continue
            if p.key == "unknown_interest" and p.value in invalid_interests:
                continue
            if p.key == "unknown_category" and p.value in invalid_cats:
                continue
            out.append(p)
        return out

    def report_problems(
        self, problems: list[MapProblem], groups: Mapping[str, list[_Prepared]]
    ) -> None:
        for p in problems:
            found = _locate(groups.get(p.collection, []), p.index)
            if found is None:
                self.fail(None, problem=p.problem)
                continue
            prep, pos = found
            head = prep.headers.get(p.field) or self._fallback_header(prep, p.field)
            params = dict(p.params)
            if "field" in params:
                params["field"] = head
            try:
                problem = i18n.text(p.key, self.lang, **params)
            except (KeyError, IndexError, ValueError):
                problem = p.problem
            raw = prep.raw
            value = p.value
            if p.field in prep.cells and not isinstance(
                prep.values.get(p.field, [None])[0], tuple
            ):
                value = prep.cells[p.field][pos]
            self.fail(
                raw.table,
                file=raw.file,
                sheet=raw.sheet,
                row=prep.rows[pos],
                column=head,
                value=value,
                problem=problem,
                order=prep.order.get(p.field, -1),
            )

    def records(self) -> list[dict[str, Any]]:
        return [rec for _, rec in sorted(self.failures, key=lambda item: item[0])]


def _locate(group: list[_Prepared], index: int) -> tuple[_Prepared, int] | None:
    """Find the sheet and row of a table's ``index``-th object.

    A table may come from several sheets (one per rater); its objects are those
    of each sheet in turn.
    """
    for prep in group:
        if index < len(prep.positions):
            return prep, prep.positions[index]
        index -= len(prep.positions)
    return None


def translate_error(error: Any, kind: Kind | None, *, lang: str, scale: Scale) -> str:
    """Turn one pydantic error into a message in ``lang``."""

    def t(key: str, **params: Any) -> str:
        try:
            return i18n.text(key, lang, **params)
        except (KeyError, IndexError, ValueError):
            return str(error.get("msg", key))

    etype = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    if etype in ("missing", "string_too_short"):
        return t("required")
    if etype == "string_too_long":
        return t("too_long", max=ctx.get("max_length", "?"))
    if etype in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        lo = kind.lo if kind is not None and kind.lo is not None else ctx.get("ge")
        hi = kind.hi if kind is not None and kind.hi is not None else ctx.get("le")
        if kind is not None and kind.name == "int":
            return t("not_a_whole_number", lo=_g(lo))
        return t("out_of_range", lo=_g(lo), hi=_g(hi))
    if etype == "int_from_float" or (
        kind is not None and kind.name == "int" and etype.startswith("int_")
    ):
        return t("not_a_whole_number", lo=_g(kind.lo if kind else 0))
    if etype in ("float_parsing", "float_type", "finite_number") or etype.startswith(
        "int_"
    ):
        if kind is not None and kind.attitude:
            from stakeholder_map.io._cells import attitude_words_display

            return t("not_a_number", scale="-2..2", words=attitude_words_display(lang))
        return t(
            "not_a_number",
            scale=f"{scale.min:g}..{scale.max:g}",
            words=t("score_words"),
        )
    if etype == "enum" and kind is not None and kind.enum is not None:
        from stakeholder_map.io._cells import choice_display

        return t("bad_choice", choices=choice_display(kind.enum, lang))
    if etype.startswith("bool"):
        return t("not_a_bool")
    if etype.startswith(("date", "datetime")):
        return t("not_a_date")
    if etype == "literal_error":
        if kind is not None and kind.name == "sign":
            return t("not_a_sign")
        return t("bad_choice", choices=ctx.get("expected", "?"))
    if etype == "extra_forbidden":
        return t("unknown_field", field=str(error["loc"][-1]), hint="")
    msg = str(error.get("msg", ""))
    return t("invalid", detail=msg.removeprefix("Value error, "))


def _g(x: Any) -> str:
    return f"{x:g}" if isinstance(x, int | float) else str(x)


# --------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------


def build_map(
    tables: Mapping[str, RawTable],
    *,
    meta: Mapping[str, Any],
    scale: Scale,
    lang: str,
    unknown_columns: str,
    source: str | None,
    meta_failures: list[dict[str, Any]] | None = None,
    extra_tables: Sequence[RawTable] = (),
    notes: Sequence[str] = (),
) -> StakeholderMap:
    """Build and validate a map from raw tables; raise one error listing all problems.

    Parameters
    ----------
    tables
        Raw tables by collection name; ``stakeholders`` is required.
    meta
        The map's other fields (name, description, language, date).
    scale
        The map's scale, already validated; score words map onto it.
    lang
        Language of the messages.
    unknown_columns
        ``"error"`` or ``"ignore"``.
    source
        Name of the input for the message heading.
    meta_failures
        Problems already found in the map's own fields.
    extra_tables
        More sheets of a table other than stakeholders and themes, such as one
        assessments sheet per rater; their rows follow those of ``tables``.
    notes
        Notes the reader already has for the user (sheets not read, ...); they
        are issued as :class:`~stakeholder_map.exceptions.InputNoteWarning` when
        the map is valid.
    """
    for raw in extra_tables:
        if raw.table in ("stakeholders", "interests"):
            msg = f"`extra_tables` cannot hold {raw.table!r}: it has one sheet."
            raise ValueError(msg)
    with gc_paused():
        return _build(
            tables,
            meta=meta,
            scale=scale,
            lang=lang,
            unknown_columns=unknown_columns,
            source=source,
            meta_failures=meta_failures,
            extra_tables=extra_tables,
            notes=notes,
        )


def _build(
    tables: Mapping[str, RawTable],
    *,
    meta: Mapping[str, Any],
    scale: Scale,
    lang: str,
    unknown_columns: str,
    source: str | None,
    meta_failures: list[dict[str, Any]] | None,
    extra_tables: Sequence[RawTable],
    notes: Sequence[str],
) -> StakeholderMap:
    builder = _Builder(lang=lang, unknown_columns=unknown_columns, scale=scale)
    builder.notes.extend(notes)
    meta = dict(meta)
    builder.attitude_scale = meta.pop("attitude_scale", None)
    for rec in meta_failures or ():
        builder.fail(
            None,
            file=rec.get("file"),
            sheet=rec.get("sheet"),
            row=rec.get("row"),
            column=rec.get("column"),
            value=rec.get("value"),
            problem=rec["problem"],
        )
    prepared: dict[str, _Prepared] = {}
    order = list(collections())
    for name in ("stakeholders", "interests"):
        if name in tables:
            prepared[name] = builder.prepare(tables[name])
    lookups = {
        "stakeholders": builder.lookup(
            prepared.get("stakeholders"), ("name", "short_name")
        ),
        "interests": builder.lookup(prepared.get("interests"), ("name",)),
    }
    for name in order:
        if name in tables and name not in prepared:
            prepared[name] = builder.prepare(tables[name])
    groups: dict[str, list[_Prepared]] = {
        name: [prepared[name]] for name in order if name in prepared
    }
    for raw in extra_tables:
        groups.setdefault(raw.table, []).append(builder.prepare(raw))
    groups = {name: groups[name] for name in order if name in groups}
    every = [p for group in groups.values() for p in group]
    if "kinds" in prepared:  # declared kinds give their relations' defaults
        names = prepared["kinds"].values.get("name") or []
        builder.declared_kinds = {relation_kind(n) for n in names if n}
    for prep in every:
        builder.resolve(prep, lookups)
        builder.validate(prep)
    _note_invalid(prepared, lookups)
    for prep in every:
        builder.scale_check_invalid(prep)
    complete = all(p.complete for p in every) and lookups["stakeholders"].complete
    if not builder.failures:
        data = {k: v for k, v in meta.items() if v is not None}
        data["scale"] = scale
        for t, group in groups.items():
            data[t] = (
                tuple(group[0].objects)
                if len(group) == 1
                else tuple(o for p in group for o in p.objects)
            )
        # One relations table and no declared kinds: `_ready_relations` has
        # given every relation what the map's `_apply_kinds` would.
        kinds_ready = not data.get("kinds") and len(groups.get("relations", ())) <= 1
        try:
            smap = StakeholderMap.model_validate(
                data, context={KINDS_READY: True} if kinds_ready else None
            )
        except ValidationError as err:
            if not any(e["loc"] == () for e in err.errors()):
                for e in err.errors(include_url=False):
                    builder.fail(
                        None,
                        column=".".join(str(x) for x in e["loc"]),
                        value=_short(e.get("input")),
                        problem=translate_error(e, None, lang=lang, scale=scale),
                    )
        else:
            for note in builder.notes:
                warn_user(InputNoteWarning(note, where=source or ""))
            return smap
    if complete:
        builder.report_problems(builder.cross_check(groups, lookups), groups)
    records = builder.records()
    if not records:  # pragma: no cover - a rule the checks above do not know
        records = [{"problem": builder.text("invalid", detail="unknown problem")}]
    raise InputDataError(records, source=source, lang=lang)


def _apply_defaults(
    defaults: Mapping[str, Any],
    cells: dict[str, list[Any]],
    text_only: dict[str, bool],
    n_rows: int,
) -> None:
    """Fill a table's defaults into its empty cells, or in as a missing column."""
    for fld, value in defaults.items():
        col = cells.get(fld)
        if col is None:
            cells[fld] = [value] * n_rows
            text_only[fld] = isinstance(value, str)
        elif None in col:
            cells[fld] = [value if v is None else v for v in col]
            text_only[fld] = text_only[fld] and isinstance(value, str)


def _note_invalid(
    prepared: Mapping[str, _Prepared], lookups: Mapping[str, _Lookup]
) -> None:
    """Remember ids and categories of rows that failed, to avoid knock-on errors."""
    for table, names in (("stakeholders", "stakeholders"), ("interests", "interests")):
        prep = prepared.get(table)
        if prep is None or not prep.complete:
            continue
        valid = set(prep.positions)
        lookup = lookups[names]
        ids = lookup._row_ids
        cats = prep.values.get("category", [None] * len(prep.rows))
        for pos in range(len(prep.rows)):
            if pos not in valid:
                if ids[pos]:
                    lookup.invalid.add(ids[pos])  # type: ignore[arg-type]
                if cats[pos]:
                    lookup.invalid_categories.add(cats[pos])


def _short(value: Any) -> Any:
    return value if isinstance(value, str | int | float | bool) else None


def guess_language(
    tables: Mapping[str, RawTable], *, sheet_names: Sequence[str] = ()
) -> str:
    """Guess a map's language from its sheet names and headers.

    ``sheet_names`` are the names of every sheet of a workbook (a Dutch
    ``Blad1`` or ``beoordeling An`` counts too).
    """
    score = 0
    for name in sheet_names:
        key = lookup_key(name)
        if re.fullmatch(r"blad\d*", key):
            score += 1
        elif re.fullmatch(r"sheet\d*", key):
            score -= 1
    for table, raw in tables.items():
        if raw.sheet is not None:
            key = lookup_key(raw.sheet)
            nl, en = (
                i18n.SHEET_NAMES["nl"].get(table),
                i18n.SHEET_NAMES["en"].get(table),
            )
            if nl != en:
                score += (key == nl) - (key == en)
        model = collections()[table]
        for head in raw.headers:
            if head is None:
                continue
            key = lookup_key(to_text(head))
            for fld in model.model_fields:
                nl_head = lookup_key(header(table, fld, "nl"))
                if nl_head == lookup_key(fld):
                    continue
                if key == nl_head:
                    score += 1
                elif key == lookup_key(fld):
                    score -= 1
    return "nl" if score > 0 else "en"
