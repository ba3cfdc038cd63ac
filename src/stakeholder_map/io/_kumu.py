"""Two-table network files: a plain nodes/edges workbook.

The plain workbook has the nodes/edges layout of Gephi's spreadsheet import and
other tools. Kumu's files, which follow Kumu's own rules, are in
:mod:`stakeholder_map.io._kumufile`; they share the warning about what two tables
leave out.

Only stakeholders and relations fit in two tables; the map's other parts are left
out with a warning that names them. Text cells that could run as a formula are
marked as text (see :mod:`stakeholder_map.io._injection`).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from stakeholder_map import i18n
from stakeholder_map.exceptions import InputDataError, StakeholderMapWarning
from stakeholder_map.io._atomic import atomic_write
from stakeholder_map.io._attributes import (
    attribute_cell_out,
    attribute_columns,
    attribute_headers,
)
from stakeholder_map.io._injection import mark_text_cell
from stakeholder_map.io._xmltext import refuse_xml_unsafe_text
from stakeholder_map.models import Relation, Stakeholder, StakeholderMap

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "KUMU",
    "NETWORK",
    "TableSpec",
    "read_two_sheet_file",
    "write_two_sheet_file",
]


@dataclass(frozen=True)
class TableSpec:
    """How a two-table format names its sheets, columns and directions."""

    name: str
    node_sheet: str
    edge_sheet: str
    node_columns: dict[str, str]  # header -> Stakeholder field
    edge_columns: dict[str, str]  # header -> Relation field
    directed: str
    undirected: str
    ends_by_label: bool  # From/To hold labels (Kumu) rather than ids
    list_sep: str


KUMU = TableSpec(
    name="Kumu",
    node_sheet="Elements",
    edge_sheet="Connections",
    node_columns={
        "ID": "id",
        "Label": "name",
        "Type": "category",
        "Description": "description",
        "Tags": "tags",
    },
    edge_columns={
        "From": "source",
        "To": "target",
        "Type": "kind",
        "Direction": "directed",
        "Strength": "weight",
    },
    directed="directed",
    undirected="undirected",
    ends_by_label=True,
    list_sep=" | ",
)

NETWORK = TableSpec(
    name="network",
    node_sheet="nodes",
    edge_sheet="edges",
    node_columns={"Id": "id", "Label": "name", "Category": "category"},
    edge_columns={
        "Source": "source",
        "Target": "target",
        "Type": "directed",
        "Kind": "kind",
        "Weight": "weight",
    },
    directed="Directed",
    undirected="Undirected",
    ends_by_label=False,
    list_sep="; ",
)

_SKIP_REL = ("source", "target", "directed")


def _warn_dropped(smap: StakeholderMap, spec: TableSpec, lang: str) -> None:
    dropped = [
        i18n.label(t, lang)
        for t in (
            "interests",
            "stakes",
            "assessments",
            "interactions",
            "communication",
            "segments",
        )
        if getattr(smap, t)
    ]
    if dropped:
        msg = i18n.text(
            "two_table_drops", lang, format=spec.name, dropped=", ".join(dropped)
        )
        warnings.warn(msg, StakeholderMapWarning, stacklevel=4)


def _labels(smap: StakeholderMap) -> dict[str, str]:
    """Return a unique label per id: the name, with the id added when shared."""
    counts: dict[str, int] = {}
    for s in smap:
        counts[s.name] = counts.get(s.name, 0) + 1
    return {s.id: s.name if counts[s.name] == 1 else f"{s.name} [{s.id}]" for s in smap}


def _records(
    smap: StakeholderMap, spec: TableSpec
) -> tuple[list[str], list[list[Any]], list[str], list[list[Any]]]:
    """Return node headers and rows, edge headers and rows."""
    labels = _labels(smap)
    node_fields = list(spec.node_columns.values())
    extra_nodes = [
        f
        for f in Stakeholder.model_fields
        if f not in node_fields and f not in ("id", "attributes")
    ]
    own_nodes = attribute_headers(smap.stakeholders)
    node_headers = [*spec.node_columns, *extra_nodes]
    node_rows = []
    for s in smap:
        data = s.model_dump(mode="json")
        data["name"] = labels[s.id] if spec.ends_by_label else s.name
        data["tags"] = spec.list_sep.join(s.tags) or None
        node_rows.append(
            [data.get(spec.node_columns.get(h, h)) for h in node_headers]
            + [_own(s.attributes.get(h)) for h in own_nodes]
        )
    edge_fields = list(spec.edge_columns.values())
    extra_edges = [
        f for f in Relation.model_fields if f not in edge_fields and f != "attributes"
    ]
    own_edges = attribute_headers(smap.relations)
    edge_headers = [*spec.edge_columns, *extra_edges]
    edge_rows = []
    for r in smap.relations:
        data = r.model_dump(mode="json")
        if spec.ends_by_label:
            data["source"], data["target"] = labels[r.source], labels[r.target]
        data["directed"] = spec.directed if r.directed else spec.undirected
        edge_rows.append(
            [data.get(spec.edge_columns.get(h, h)) for h in edge_headers]
            + [_own(r.attributes.get(h)) for h in own_edges]
        )
    return (
        [*node_headers, *own_nodes],
        node_rows,
        [*edge_headers, *own_edges],
        edge_rows,
    )


def _own(value: Any) -> Any:
    return attribute_cell_out(value, target="excel", lang="en")


def _drop_empty_columns(
    headers: list[str], rows: list[list[Any]], keep: Iterable[str]
) -> tuple[list[str], list[list[Any]]]:
    keep = set(keep)
    cols = [
        i
        for i, h in enumerate(headers)
        if h in keep or any(row[i] is not None for row in rows)
    ]
    return [headers[i] for i in cols], [[row[i] for i in cols] for row in rows]


def write_two_sheet_file(
    smap: StakeholderMap, path: Path, *, spec: TableSpec, lang: str
) -> Path:
    """Write the nodes and edges as two sheets of one workbook."""
    import openpyxl
    from openpyxl.styles import Font

    refuse_xml_unsafe_text(smap, path, "Excel", lang=lang)
    _warn_dropped(smap, spec, lang)
    nh, nr, eh, er = _records(smap, spec)
    nh, nr = _drop_empty_columns(nh, nr, spec.node_columns)
    eh, er = _drop_empty_columns(eh, er, spec.edge_columns)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, headers, rows in ((spec.node_sheet, nh, nr), (spec.edge_sheet, eh, er)):
        ws = wb.create_sheet(title)
        ws.append(headers)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(row)
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                mark_text_cell(cell)
        ws.freeze_panes = "A2"
    return atomic_write(path, lambda tmp: wb.save(tmp))


def _fail(records: list[dict[str, Any]], path: Path, lang: str) -> InputDataError:
    return InputDataError(records, source=path.name, lang=lang)


def _keep_own(rec: dict[str, Any], header: Any, value: Any) -> None:
    """Keep a column of the user's own as an attribute, typed as in a workbook."""
    typed = attribute_columns([value], infer="sheet")[0]
    if typed is not None:
        rec.setdefault("attributes", {})[str(header).strip()] = typed


def _build(
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    *,
    spec: TableSpec,
    path: Path,
    lang: str,
    where: tuple[str, str],
    first_row: int,
) -> StakeholderMap:
    """Turn rows keyed by header into a validated map; report every problem."""
    node_map = {i18n.normalize(h): f for h, f in spec.node_columns.items()}
    edge_map = {i18n.normalize(h): f for h, f in spec.edge_columns.items()}
    node_known = set(Stakeholder.model_fields)
    edge_known = set(Relation.model_fields)
    stakeholders = []
    for raw in nodes:
        rec: dict[str, Any] = {}
        for header, value in raw.items():
            key = i18n.normalize(header)
            field = node_map.get(key, key)
            if value is None or value == "":
                continue
            if field not in node_known or field == "attributes":
                _keep_own(rec, header, value)
                continue
            if field == "tags":
                sep = "|" if spec is KUMU else ";"
                value = [t.strip() for t in str(value).split(sep) if t.strip()]
            rec[field] = value
        stakeholders.append(rec)
    by_label: dict[str, str] = {}
    for rec in stakeholders:
        if "id" not in rec and "name" in rec:
            from stakeholder_map._types import slugify

            rec["id"] = slugify(str(rec["name"]))
        if "name" in rec:
            by_label[str(rec["name"])] = str(rec.get("id"))
    for rec in stakeholders:
        name = str(rec.get("name", ""))
        if name.endswith(f" [{rec.get('id')}]"):  # label made unique on writing
            rec["name"] = name[: -len(f" [{rec.get('id')}]")]
    ids = {str(rec.get("id")) for rec in stakeholders}
    relations = []
    for raw in edges:
        rec = {}
        for header, value in raw.items():
            key = i18n.normalize(header)
            field = edge_map.get(key, key)
            if value is None or value == "":
                continue
            if field not in edge_known or field == "attributes":
                _keep_own(rec, header, value)
                continue
            if field == "directed":
                text = i18n.normalize(value)
                value = text not in {"undirected", "mutual", "false", "0"}
            if field in ("source", "target") and str(value) not in ids:
                value = by_label.get(str(value), value)
            rec[field] = value
        relations.append(rec)
    data = {"name": path.stem, "stakeholders": stakeholders, "relations": relations}
    try:
        return StakeholderMap.model_validate(data)
    except ValidationError as err:
        failures = []
        for e in err.errors(include_url=False):
            loc = e["loc"]
            sheet = row = column = None
            if len(loc) >= 2 and loc[0] in ("stakeholders", "relations"):
                sheet = where[0] if loc[0] == "stakeholders" else where[1]
                row = int(loc[1]) + first_row if isinstance(loc[1], int) else None
                column = str(loc[2]) if len(loc) > 2 else None
            failures.append(
                {
                    "file": path.name,
                    "sheet": sheet,
                    "row": row,
                    "column": column,
                    "value": e.get("input") if column else None,
                    "problem": e["msg"],
                }
            )
        raise _fail(failures, path, lang) from err


def read_two_sheet_file(path: Path, *, spec: TableSpec, lang: str) -> StakeholderMap:
    """Read a nodes/edges (or Elements/Connections) workbook.

    The sheets are read as :func:`stakeholder_map.io.read_excel` reads them, so
    the same limits apply and a broken workbook gives the same clear error.
    """
    if not path.is_file():
        problem = i18n.text("file_not_found", lang, path=str(path))
        raise _fail([{"file": path.name, "problem": problem}], path, lang)
    from stakeholder_map.io._excel import _load

    sheets = {i18n.normalize(title): rows for title, rows in _load(path, lang).items()}
    found = [sheets.get(i18n.normalize(w)) for w in (spec.node_sheet, spec.edge_sheet)]
    if found[0] is None:
        problem = i18n.text("missing_sheet", lang, names=repr(spec.node_sheet))
        raise _fail([{"file": path.name, "problem": problem}], path, lang)
    tables: list[list[dict[str, Any]]] = []
    for rows in found:
        if not rows:
            tables.append([])
            continue
        headers = [str(h) if h is not None else "" for h in rows[0]]
        tables.append(
            [
                {h: v for h, v in zip(headers, row, strict=False) if h}
                for row in rows[1:]
                if any(v is not None and str(v).strip() for v in row)
            ]
        )
    return _build(
        tables[0],
        tables[1],
        spec=spec,
        path=path,
        lang=lang,
        where=(spec.node_sheet, spec.edge_sheet),
        first_row=2,
    )
