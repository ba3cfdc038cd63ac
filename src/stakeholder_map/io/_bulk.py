"""Validating many rows at once: one pydantic call per table, not one per row.

The collections of a map and their row models, a ``TypeAdapter(list[Model])`` per
model with the hooks a bulk read does not need left out, the row dicts handed to
it, and :func:`gc_paused` (the garbage collector off while a table validates).
:mod:`._tables` validates with them and falls back to row-by-row validation only
to find the rows at fault. It may import the models and pydantic.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from pydantic import BaseModel, TypeAdapter
from pydantic_core import SchemaValidator

from stakeholder_map import i18n
from stakeholder_map._types import (
    RelationKind,
)
from stakeholder_map.models import (
    READY_HOOKS,
    StakeholderMap,
    _attribute_name,
    relation_kind,
)


@functools.cache
def collections() -> dict[str, type[BaseModel]]:
    """Return the map's collections (tables) and their row models, in order."""
    out: dict[str, type[BaseModel]] = {}
    for name, info in StakeholderMap.model_fields.items():
        ann = info.annotation
        args = getattr(ann, "__args__", ())
        if getattr(ann, "__origin__", None) is tuple and args:
            model = args[0]
            if isinstance(model, type) and issubclass(model, BaseModel):
                out[name] = model
    return out


def _required(table: str) -> list[str]:
    model = collections()[table]
    return [
        f for f, info in model.model_fields.items() if info.is_required() and f != "id"
    ]


@functools.cache
def _adapter(model: type[BaseModel]) -> TypeAdapter[list[Any]]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def _without_hooks(schema: Any, hooks: set[Any]) -> tuple[Any, int]:
    """Copy a pydantic core schema, leaving out the before-validators in ``hooks``.

    Return the copy and how many validators were left out.
    """
    dropped = 0

    def walk(node: Any) -> Any:
        nonlocal dropped
        if isinstance(node, dict):
            if node.get("type") == "function-before":
                func = node.get("function", {}).get("function")
                if getattr(func, "__func__", func) in hooks:
                    dropped += 1
                    return walk(node["schema"])
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(schema), dropped


@functools.cache
def _bulk_validator(
    model: type[BaseModel], ready: frozenset[str]
) -> Callable[..., list[Any]]:
    """Return ``validate_python`` of ``list[model]`` for a context with ``ready`` set.

    The model's hooks that the keys in ``ready`` make the identity
    (:data:`~stakeholder_map.models.READY_HOOKS`) are left out of the schema:
    the objects are the same, every other rule (types, ranges, the other
    validators) stays, and no row pays a Python call for a hook that returns
    its input. When pydantic's schema has none of them (its layout changed),
    this is the plain ``TypeAdapter``.
    """
    adapter = _adapter(model)
    hooks = {
        getattr(getattr(model, name, None), "__func__", None)
        for key in ready
        for name in READY_HOOKS.get(key, ())
    }
    hooks.discard(None)
    if hooks:
        schema, dropped = _without_hooks(adapter.core_schema, hooks)
        if dropped:
            return SchemaValidator(schema).validate_python
    return adapter.validate_python


def _ready_relations(
    values: Mapping[str, list[Any]], n_rows: int
) -> dict[str, list[Any]]:
    """Bring relation columns into the form :class:`Relation` stores, column-wise.

    What the model's before-validator does per row (``RELATIONS_READY``), done
    once per distinct cell: the kind becomes :func:`relation_kind` of the cell
    (``"other"`` when empty), a conflict without a sign gets -1, and an id is
    stripped text. Kinds of the user's own that differ only in case, accents or
    spacing take the spelling of their first use, as the map would give them.
    The columns given are left as they are (messages quote the cells).
    """
    out = dict(values)
    spelling: dict[str, str] = {}

    def stored(cell: Any) -> Any:
        kind = relation_kind(cell)
        if not isinstance(kind, RelationKind):
            kind = spelling.setdefault(i18n.normalize(kind), kind)
        return kind

    cells = values.get("kind") or [None] * n_rows
    kinds: list[Any]
    if set(map(type, cells)) <= {str, type(None)}:  # text: one lookup a cell
        # in the order of first use, so the first spelling of a kind wins
        by_text = {cell: stored(cell) for cell in dict.fromkeys(cells)}
        kinds = list(map(by_text.__getitem__, cells))
        conflict = RelationKind.CONFLICT in by_text.values()
    else:
        memo: dict[tuple[type, Any], Any] = {}
        kinds = []
        for cell in cells:
            try:
                kind = memo[(type(cell), cell)]
            except KeyError:
                kind = memo.setdefault((type(cell), cell), stored(cell))
            except TypeError:  # an unhashable cell (from a DataFrame)
                kind = relation_kind(cell)
            kinds.append(kind)
        conflict = RelationKind.CONFLICT in set(kinds)
    out["kind"] = kinds
    if conflict:
        signs = values.get("sign") or [None] * n_rows
        out["sign"] = [
            -1 if s is None and k == RelationKind.CONFLICT else s
            for s, k in zip(signs, kinds, strict=True)
        ]
    ids = values.get("id")
    if ids is not None:
        out["id"] = [None if v is None else str(v).strip() or None for v in ids]
    return out


_DISPLAY_MAX = 64


@functools.cache
def _dict_display(n: int) -> Callable[..., list[dict[str, Any]]]:
    """Return ``build(k0, ..., k<n-1>, rows)``: ``{k0: v0, ...}`` for each row.

    A dict display builds a row's dict about twice as fast as
    ``dict(zip(keys, row))`` (no zip object, no iteration per row). The source
    compiled holds only names made from ``n``: the keys come in as arguments, so
    no header or cell text is ever compiled.
    """
    keys = [f"k{i}" for i in range(n)]
    vals = [f"v{i}" for i in range(n)]
    pairs = ", ".join(f"{k}: {v}" for k, v in zip(keys, vals, strict=True))
    src = (
        f"def build({', '.join(keys)}, rows):\n"
        f"    return [{{{pairs}}} for ({', '.join(vals)},) in rows]\n"
    )
    namespace: dict[str, Any] = {}
    exec(src, namespace)  # the source holds only names built from `n`
    build: Callable[..., list[dict[str, Any]]] = namespace["build"]
    return build


def _row_dicts(
    fields: Sequence[str], columns: Sequence[list[Any]], n_rows: int
) -> list[dict[str, Any]]:
    """Return one dict per row, leaving out the empty (None) cells.

    Columns without an empty cell are zipped in whole (into a generated dict
    display, :func:`_dict_display`); only the others are looked at cell by cell.
    """
    if any(len(col) != n_rows for col in columns):
        msg = f"Every column must have {n_rows} cells."
        raise ValueError(msg)
    full = [i for i, col in enumerate(columns) if None not in col]
    sparse = [i for i in range(len(columns)) if i not in full]
    names = [fields[i] for i in full]
    rows = zip(*(columns[i] for i in full))  # noqa: B905 - lengths checked above
    if not full:
        dicts: list[dict[str, Any]] = [{} for _ in range(n_rows)]
    elif len(full) <= _DISPLAY_MAX:
        dicts = _dict_display(len(full))(*names, rows)
    else:
        dicts = [dict(zip(names, vals, strict=True)) for vals in rows]
    for i in sparse:
        fld = fields[i]
        for d, v in zip(dicts, columns[i], strict=True):
            if v is not None:
                d[fld] = v
    return dicts


def _attribute_names(
    model: type[BaseModel], typed: Mapping[str, Any]
) -> list[str] | None:
    """Return the stored names of a table's own columns, or None if one is refused.

    The model's rule (:func:`~stakeholder_map.models._attribute_name`), asked
    once per header instead of once per row; a refused or repeated name is left
    to the model, which reports it for the rows that have it.
    """
    names: list[str] = []
    for h in typed:
        try:
            names.append(_attribute_name(model, h))
        except ValueError:
            return None
    return names if len(set(names)) == len(names) else None


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the garbage collector while building many small objects.

    The collector would otherwise scan the growing heap again and again (about 2x
    slower, PERF_NOTES.md). On the way out, the objects made meanwhile are moved
    straight to the oldest generation (``gc.freeze()`` then ``gc.unfreeze()``) so
    the next young collection does not scan them all at once; this is skipped
    when the program froze objects itself. The previous state is restored.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()
