"""The user's own attributes of a record: their stored values and allowed names.

Holds how a custom column's value is stored (:func:`_attribute_value`), which names
an attribute may not have (a field's name or Dutch header, a key the files use; the
modules that define the models add theirs with :func:`_reserve_names`) and the
``attributes`` field the records share. Layer: models. May import pydantic, the
standard library and the foundation (``_types``, ``i18n``); never another module of
this package, nor pandas, networkx or matplotlib.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field

from stakeholder_map import i18n
from stakeholder_map._types import EMPTY, FrozenDict

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _attribute_value(value: Any) -> Any:
    """Bring one attribute value into its stored form; None when it is empty.

    Text is stripped, and a text that is an ISO date (``2026-03-15``) becomes that
    date, so dates survive formats without a date type (JSON, CSV); a date-time at
    midnight becomes its date and any other date-time its ISO text; a list or set
    becomes a tuple of texts; a NumPy number becomes a Python number; NaN is empty.
    """
    if value is None:
        return None
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool | int | str | dt.date):
        if isinstance(value, str):
            value = value.strip()
            if not value:
                return None
            if _ISO_DATE.match(value):
                try:
                    return dt.date.fromisoformat(value)
                except ValueError:
                    return value
        if isinstance(value, dt.datetime):
            if value.time() == dt.time() and value.tzinfo is None:
                return value.date()
            return value.isoformat(sep=" ")
        return value
    if isinstance(value, float):
        return None if value != value else value
    if isinstance(value, list | tuple | set | frozenset):
        items = [_attribute_item(v) for v in value]
        out = tuple(v for v in items if v)
        return out or None
    return value  # left to pydantic, which names the type it cannot store


def _attribute_item(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


@functools.cache
def _reserved_names(model: type[BaseModel]) -> dict[str, str]:
    """Normalised names an attribute of this model may not have, and their field.

    A field's own name and the header written for it in Dutch: a column with such
    a header would be read back as the field, not as the attribute.
    """
    out: dict[str, str] = {}
    for fld in model.model_fields:
        if fld == "attributes":
            continue
        out[i18n.normalize(fld)] = fld
        nl = i18n.COLUMN_HEADERS_NL.get(fld)
        if nl:
            out.setdefault(i18n.normalize(nl), fld)
    more = _MORE_RESERVED.get(model)
    if more is not None:
        more(out)
    out["attributes"] = "attributes"
    return out


#: What :func:`_reserved_names` adds for a model beyond its fields: the keys the
#: files use for themselves. The models are defined above this module, so each
#: defining module registers its model's keys with :func:`_reserve_names` when it
#: is imported (as ``register_display`` works), before any record is validated.
_MORE_RESERVED: dict[type[BaseModel], Callable[[dict[str, str]], None]] = {}


def _reserve_names(
    model: type[BaseModel], add: Callable[[dict[str, str]], None]
) -> None:
    """Register ``add``, which puts the model's further reserved names into a dict."""
    _MORE_RESERVED[model] = add
    _reserved_names.cache_clear()


@functools.lru_cache(maxsize=4096)
def _attribute_name(model: type[BaseModel], key: Any) -> str:
    """Return an attribute's name as stored, or raise when it cannot be one.

    Cached: a table's rows share their headers.
    """
    name = str(key).strip() if key is not None else ""
    if not name:
        msg = "An attribute needs a name, but one has an empty name."
        raise ValueError(msg)
    fld = _reserved_names(model).get(i18n.normalize(name))
    if fld is not None:
        msg = (
            f"The attribute {name!r} has the name of the field `{fld}`: give the "
            f"value as `{fld}`, or rename the attribute."
        )
        raise ValueError(msg)
    return name


def _clean_attributes(model: type[BaseModel], value: Any) -> Any:
    if value is None:
        return {}
    if not isinstance(value, dict):
        return value  # pydantic reports the type
    out: dict[str, Any] = {}
    for key, raw in value.items():
        name = _attribute_name(model, key)
        if name in out:
            msg = f"The attribute {name!r} is given twice."
            raise ValueError(msg)
        cleaned = _attribute_value(raw)
        if cleaned is not None:
            out[name] = cleaned
    return out


_ATTRIBUTES_DESCRIPTION = (
    "The user's own attributes (custom columns), keyed by the header as written: "
    "yes/no, numbers, dates (ISO text in JSON), texts or lists of texts."
)


def _attributes_field() -> Any:
    return Field(default_factory=_empty_attributes, description=_ATTRIBUTES_DESCRIPTION)


def _empty_attributes() -> FrozenDict:
    return EMPTY
