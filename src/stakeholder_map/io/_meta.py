"""The map's own fields (name, scale, ...): the ``meta`` sheet and arguments."""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from stakeholder_map import i18n
from stakeholder_map.io._attributes import attribute_cell_out, attribute_columns
from stakeholder_map.io._cells import lookup_key, parse_date, parse_number, to_text
from stakeholder_map.models import Scale

__all__ = ["meta_from_rows", "meta_rows", "scale_from_arg"]

_LABEL_KEY = re.compile(r"^(.*?)[\s_]*(-?\d+)$")


def _meta_aliases() -> dict[str, str]:
    out: dict[str, str] = {}
    for key, names in i18n.META_KEY_ALIASES.items():
        for name in (key, *names):
            out.setdefault(lookup_key(name), key)
    return out


def scale_from_arg(scale: Any) -> Scale:
    """Validate a ``scale`` argument: a Scale, a (min, max) pair or a mapping."""
    if isinstance(scale, Scale):
        return scale
    try:
        return Scale.model_validate(scale)
    except ValidationError as err:
        msg = (
            "`scale` must be a (min, max) pair with min < max, a mapping with "
            f"'min' and 'max', or a Scale, but got {scale!r}."
        )
        raise ValueError(msg) from err


def meta_from_rows(
    rows: list[tuple[int, tuple[Any, ...]]],
    *,
    sheet: str,
    file: str | None,
    lang: str,
    unknown_columns: str,
) -> tuple[dict[str, Any], Scale, list[dict[str, Any]]]:
    """Read the key/value rows of a ``meta`` sheet.

    Returns the map fields found (name, description, language, date), the scale
    and the problems, each a failure record.
    """
    failures: list[dict[str, Any]] = []
    aliases = _meta_aliases()
    value_header: str | None = None
    found: dict[str, tuple[int, Any]] = {}
    labels: dict[int, tuple[int, Any]] = {}
    own: dict[str, Any] = {}
    content = [(r, cells) for r, cells in rows if any(_filled(c) for c in cells[:2])]
    if content:
        first = (*content[0][1], None, None)
        if (
            lookup_key(to_text(first[0] or "")) in i18n.META_HEADER_ALIASES["key"]
            and lookup_key(to_text(first[1] or ""))
            in (i18n.META_HEADER_ALIASES["value"])
        ):
            value_header = to_text(first[1]).strip()
            content = content[1:]

    def fail(row: int, value: Any, key: str, /, **params: Any) -> None:
        failures.append(
            {
                "file": file,
                "sheet": sheet,
                "row": row,
                "column": value_header,
                "value": value,
                "problem": i18n.text(key, lang, **params),
            }
        )

    for row, cells in content:
        padded = (*cells, None, None)
        raw_key, value = padded[0], padded[1]
        if isinstance(value, str):
            value = value.strip() or None
        key_text = to_text(raw_key).strip() if _filled(raw_key) else ""
        if not key_text:
            fail(row, value, "required")
            continue
        m = _LABEL_KEY.match(key_text.lower())
        if m and aliases.get(lookup_key(m.group(1))) == "scale_label":
            point = int(m.group(2))
            if point in labels:
                fail(row, value, "duplicate_meta_key", name=key_text)
            labels[point] = (row, value)
            continue
        key = aliases.get(lookup_key(key_text))
        if key is None or key == "scale_label":
            # A key of the user's own: kept as an attribute of the map.
            if unknown_columns != "ignore":
                if key_text in own:
                    fail(row, value, "duplicate_meta_key", name=key_text)
                elif value is not None:
                    own[key_text] = attribute_columns([value], infer="sheet")[0]
            continue
        if key in found:
            fail(row, value, "duplicate_meta_key", name=key_text)
            continue
        found[key] = (row, value)

    meta: dict[str, Any] = {}
    for key in ("name", "description"):
        if key in found and found[key][1] is not None:
            meta[key] = to_text(found[key][1]).strip()
    if "language" in found and found["language"][1] is not None:
        row, value = found["language"]
        language = i18n.LANGUAGE_WORDS.get(lookup_key(to_text(value)))
        if language is None:
            fail(row, value, "bad_choice", choices="'en', 'nl'")
        else:
            meta["language"] = language
    if "date" in found and found["date"][1] is not None:
        row, value = found["date"]
        date = parse_date(value)
        if date is None:
            fail(row, value, "not_a_date")
        else:
            meta["date"] = date

    if "attitude_scale" in found and found["attitude_scale"][1] is not None:
        row, value = found["attitude_scale"]
        pair = parse_range(value)
        if pair is None:
            fail(row, value, "bad_attitude_scale")
        else:
            meta["attitude_scale"] = pair
    if own:
        meta["attributes"] = own

    bounds: dict[str, float] = {}
    for key, default in (("scale_min", 1.0), ("scale_max", 5.0)):
        bounds[key] = default
        if key in found and found[key][1] is not None:
            row, value = found[key]
            x = parse_number(value)
            if x is None:
                fail(row, value, "not_a_plain_number")
                bounds.pop(key)
            else:
                bounds[key] = x
    lo, hi = bounds.get("scale_min"), bounds.get("scale_max")
    scale = Scale()
    if lo is not None and hi is not None:
        if lo >= hi:
            row, value = found.get("scale_max", found.get("scale_min", (0, None)))
            fail(row, value, "bad_scale", lo=f"{lo:g}", hi=f"{hi:g}")
        else:
            clean: dict[int, str] = {}
            for point, (row, value) in sorted(labels.items()):
                if value is None:
                    continue
                if not lo <= point <= hi:
                    fail(
                        row,
                        value,
                        "scale_label_outside",
                        point=point,
                        scale=f"{lo:g}..{hi:g}",
                    )
                else:
                    clean[point] = to_text(value).strip()
            scale = Scale(min=lo, max=hi, labels=clean or None)
    return meta, scale, failures


_RANGE = re.compile(
    r"^\s*([+-]?\d+(?:[.,]\d+)?)\s*(?:\.\.|-|–|tot|to)\s*([+-]?\d+(?:[.,]\d+)?)\s*$"
)


def parse_range(value: Any) -> tuple[float, float] | None:
    """Read a range such as ``1..5``, ``1-5`` or ``-2..2``; None if it is not one.

    Examples
    --------
    >>> from stakeholder_map.io._meta import parse_range
    >>> parse_range("1..5"), parse_range("1 - 5"), parse_range("-2..2")
    ((1.0, 5.0), (1.0, 5.0), (-2.0, 2.0))
    """
    m = _RANGE.match(to_text(value))
    if not m:
        return None
    lo, hi = (float(g.replace(",", ".")) for g in m.groups())
    return (lo, hi) if lo < hi else None


def _filled(cell: Any) -> bool:
    if cell is None:
        return False
    return not (isinstance(cell, str) and not cell.strip())


def _meta_key(key: str, lang: str) -> str:
    return i18n.META_KEYS_NL.get(key, key) if lang == "nl" else key


def meta_rows(
    name: str,
    description: str | None,
    language: str,
    date: Any,
    scale: Scale,
    *,
    lang: str,
    attributes: dict[str, Any] | None = None,
) -> list[list[Any]]:
    """Lay out the map's own fields as key/value rows, header first.

    The map's own attributes (keys of the user's own) follow, one row each.
    """
    rows: list[list[Any]] = [[_meta_key("key", lang), _meta_key("value", lang)]]
    rows.append([_meta_key("name", lang), name])
    if description is not None:
        rows.append([_meta_key("description", lang), description])
    rows.append([_meta_key("language", lang), language])
    if date is not None:
        rows.append([_meta_key("date", lang), date])
    rows.append([_meta_key("scale_min", lang), scale.min])
    rows.append([_meta_key("scale_max", lang), scale.max])
    for point, text in sorted((scale.labels or {}).items()):
        rows.append([f"{_meta_key('scale_label', lang)}_{point}", text])
    for key, value in (attributes or {}).items():
        rows.append([key, attribute_cell_out(value, target="excel", lang=lang)])
    return rows
