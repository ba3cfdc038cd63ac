"""Laying a map out as tables again: the rows and cells the writers put in files.

:func:`table_rows` gives a collection of a map as header/row lists in English or
Dutch, The Excel, CSV
and Kumu writers use them. It may import the models and the header tables.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from stakeholder_map import i18n
from stakeholder_map.io._attributes import (
    attribute_cell_out,
    attribute_headers,
)
from stakeholder_map.io._bulk import collections
from stakeholder_map.io._cells import (
    Kind,
    field_kind,
)
from stakeholder_map.io._headers import header
from stakeholder_map.models import (
    StakeholderMap,
)


def _cell_out(value: Any, kind: Kind, lang: str, target: str) -> Any:
    if value is None:
        return None
    if isinstance(value, Enum):
        key = str(value.value)
        return i18n.label(key, "nl") if lang == "nl" and target != "frame" else key
    if isinstance(value, tuple):
        return "; ".join(str(v) for v in value) or None
    if target == "csv":
        if isinstance(value, bool):
            return ("ja" if value else "nee") if lang == "nl" else str(value).lower()
        if isinstance(value, float):
            s = str(int(value)) if value.is_integer() else repr(value)
            return s.replace(".", ",") if lang == "nl" else s
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)
    return value


def table_rows(
    smap: StakeholderMap, table: str, *, lang: str, target: str
) -> tuple[list[str], list[str], list[list[Any]]]:
    """Lay out one collection as (fields, headers, rows) for a writer.

    ``target`` is ``"excel"`` (native numbers, dates, booleans), ``"csv"`` (text)
    or ``"frame"`` (Python values, English enum values). The user's own
    attributes follow the fields, one column each under its own header; their
    entry in ``fields`` is ``"attributes"``.
    """
    model = collections()[table]
    fields = [f for f in model.model_fields if f != "attributes"]
    kinds = [field_kind(model, f) for f in fields]
    headers = [header(table, f, lang) for f in fields]
    objects = getattr(smap, table)
    own = attribute_headers(objects)
    rows = [
        [
            _cell_out(getattr(obj, f), k, lang, target)
            for f, k in zip(fields, kinds, strict=True)
        ]
        + [
            attribute_cell_out(obj.attributes.get(h), target=target, lang=lang)
            for h in own
        ]
        for obj in objects
    ]
    return [*fields, *(["attributes"] * len(own))], [*headers, *own], rows
