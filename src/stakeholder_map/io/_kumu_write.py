"""Writing Kumu files: the Elements and Connections sheets, or a Kumu blueprint.

IDs without underscores, ``From``/``To`` by ID, Title Case headers (Dutch for a
Dutch map), ``a|b`` lists and notes as ``Description``, as Kumu's import
documentation asks; :mod:`._kumufile` reads them back. It may import the models,
the io helpers and :mod:`._kumufile` (for the field names they share).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from stakeholder_map import i18n
from stakeholder_map._types import RelationKind
from stakeholder_map.io._atomic import atomic_write
from stakeholder_map.io._attributes import attribute_headers
from stakeholder_map.io._injection import mark_text_cell
from stakeholder_map.io._kumufile import (
    _JSON_KEYS,
    _OUR_CONNECTION_ID,
    _OUR_ELEMENT_ID,
    _RELATION_OWN,
    _STAKEHOLDER_OWN,
    MUTUAL,
    STRENGTH,
    _header,
    _out_header,
    _strength,
)
from stakeholder_map.models import (
    Scale,
    StakeholderMap,
)

__all__ = ["write_kumu_json", "write_kumu_workbook"]


def _kumu_ids(ids: list[str | None]) -> list[str | None]:
    """Return IDs Kumu handles: no underscores (search cannot select those)."""
    used: set[str] = set()
    out: list[str | None] = []
    for i in ids:
        if i is None:
            out.append(None)
            continue
        base = i.replace("_", "-")
        k, n = base, 2
        while k in used:
            k, n = f"{base}-{n}", n + 1
        used.add(k)
        out.append(k)
    return out


def _kind_label(kind: str, lang: str) -> str:
    if kind in {k.value for k in RelationKind}:
        return i18n.label(kind, lang)
    return kind


def _records(
    smap: StakeholderMap, lang: str
) -> tuple[list[str], list[list[Any]], list[str], list[list[Any]]]:
    """Return element headers and rows, connection headers and rows.

    Lists (tags, list attributes) stay tuples here; each writer joins them.
    """
    ids = [s.id for s in smap]
    kumu = _kumu_ids(list(ids))
    by_id = dict(zip(ids, kumu, strict=True))
    own_nodes = attribute_headers(smap.stakeholders)
    our_col = _OUR_ELEMENT_ID[lang]
    node_headers = [
        "ID",
        "Label",
        "Type",
        "Description",
        "Tags",
        *(_header(f, lang) for f in _STAKEHOLDER_OWN),
        our_col,
        *(_out_header(h, "elements") for h in own_nodes),
    ]
    node_rows = []
    for s, kid in zip(smap, kumu, strict=True):
        data = s.model_dump(mode="json")
        data["assessed_on"] = s.assessed_on  # a date cell, not text
        node_rows.append(
            [
                kid,
                s.name,
                s.category,
                s.description,
                tuple(s.tags) or None,
                *(data.get(f) for f in _STAKEHOLDER_OWN),
                s.id if kid != s.id else None,
                *(s.attributes.get(h) for h in own_nodes),
            ]
        )
    rel_ids = [r.id for r in smap.relations]
    kumu_rel = _kumu_ids(rel_ids)
    own_edges = attribute_headers(smap.relations)
    edge_headers = [
        "ID",
        "From",
        "To",
        "Type",
        "Direction",
        "Strength",
        "Description",
        *(_header(f, lang) for f in _RELATION_OWN),
        _OUR_CONNECTION_ID[lang],
        *(_out_header(h, "connections") for h in own_edges),
    ]
    edge_rows = []
    for r, kid in zip(smap.relations, kumu_rel, strict=True):
        data = r.model_dump(mode="json")
        attrs = dict(r.attributes)
        direction = "directed" if r.directed else "undirected"
        if not r.directed and attrs.get(MUTUAL) is True:
            direction = "mutual"
            attrs.pop(MUTUAL)
        strength: Any = r.weight
        if strength is None and _strength(attrs.get(STRENGTH), Scale()) is None:
            strength = attrs.pop(STRENGTH, None)
        edge_rows.append(
            [
                kid,
                by_id[r.source],
                by_id[r.target],
                _kind_label(str(r.kind), lang),
                direction,
                strength,
                r.notes,
                *(data.get(f) for f in _RELATION_OWN),
                r.id if kid != r.id else None,
                *(attrs.get(h) for h in own_edges),
            ]
        )
    return node_headers, node_rows, edge_headers, edge_rows


def _drop_empty(
    headers: list[str], rows: list[list[Any]], keep: set[str]
) -> tuple[list[str], list[list[Any]]]:
    cols = [
        i
        for i, h in enumerate(headers)
        if h in keep or any(row[i] is not None for row in rows)
    ]
    return [headers[i] for i in cols], [[row[i] for i in cols] for row in rows]


def _sheet_value(value: Any, header: str) -> Any:
    """Lay out a cell: a list is joined by ``|``, as Kumu reads it.

    A list of one of one's own columns ends in ``|`` (``a|``), so it reads back
    as a list, not a text; tags are a list in any case.
    """
    if isinstance(value, tuple):
        joined = "|".join(value)
        return joined + "|" if len(value) == 1 and header != "Tags" else joined
    return value


def write_kumu_workbook(smap: StakeholderMap, path: Path, *, lang: str) -> Path:
    """Write an Elements and a Connections sheet that Kumu imports."""
    import openpyxl
    from openpyxl.styles import Font

    from stakeholder_map.io._xmltext import refuse_xml_unsafe_text

    refuse_xml_unsafe_text(smap, path, "Excel", lang=lang)
    nh, nr, eh, er = _records(smap, lang)
    nh, nr = _drop_empty(nh, nr, {"ID", "Label"})
    eh, er = _drop_empty(eh, er, {"From", "To", "Direction"})
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, headers, rows in (("Elements", nh, nr), ("Connections", eh, er)):
        ws = wb.create_sheet(title)
        ws.append(headers)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append([_sheet_value(v, h) for v, h in zip(row, headers, strict=True)])
        for cells in ws.iter_rows(min_row=2):
            for cell in cells:
                mark_text_cell(cell)
        ws.freeze_panes = "A2"
    return atomic_write(path, lambda tmp: wb.save(tmp))


def _json_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def write_kumu_json(smap: StakeholderMap, path: Path, *, lang: str) -> Path:
    """Write a Kumu blueprint: elements and connections, fields by name."""
    nh, nr, eh, er = _records(smap, lang)
    out: dict[str, list[dict[str, Any]]] = {}
    for key, headers, rows in (("elements", nh, nr), ("connections", eh, er)):
        out[key] = [
            {
                _JSON_KEYS.get(h, h): _json_value(v)
                for h, v in zip(headers, row, strict=True)
                if v is not None
            }
            for row in rows
        ]
    text = json.dumps(out, ensure_ascii=False, indent=2)

    def save(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    return atomic_write(path, save)
