"""Graph files for network tools: GraphML and GEXF (Gephi) and node-link JSON.

Stakeholders are nodes (keyed by id, with a ``label`` for the tools), relations
are edges; every other part of the map (themes, stakes, assessments, contacts,
plans, segments, the scale) travels as one JSON text in the graph's data (GraphML
graph attribute, GEXF ``meta/description``, node-link ``graph``), so reading a
file back gives the same map. XML is parsed with defusedxml: a document type
declaration or an entity (the "billion laughs" bomb) is refused, not expanded.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stakeholder_map import i18n
from stakeholder_map.exceptions import GraphConversionError, InputDataError
from stakeholder_map.io._atomic import atomic_write
from stakeholder_map.io._limits import check_file_size
from stakeholder_map.io._xmltext import refuse_xml_unsafe_text

if TYPE_CHECKING:
    import networkx as nx

    from stakeholder_map.models import StakeholderMap

__all__ = [
    "read_gexf_file",
    "read_graphml_file",
    "read_node_link_file",
    "write_gexf_file",
    "write_graphml_file",
    "write_node_link_file",
]

_MAP_KEY = "stakeholder_map"  # graph attribute holding the rest of the map as JSON
# Node fields that hold lists: written as JSON text, because GraphML and GEXF
# attributes are scalars.
_LIST_FIELDS = ("tags",)
_EDGE_ID = "relation_id"  # a relation's own id, apart from the tools' edge ids


def _fail(path: Path, lang: str, detail: str) -> InputDataError:
    problem = i18n.text("unreadable", lang, detail=detail)
    return InputDataError(
        [{"file": path.name, "problem": problem}], source=path.name, lang=lang
    )


def _text_to_lists(data: dict[str, Any], fields: Any) -> None:
    """Undo :func:`_lists_to_text` for tags and for one's own attributes."""
    for key, value in data.items():
        if isinstance(value, str) and (key in _LIST_FIELDS or key not in fields):
            if key in _LIST_FIELDS:
                data[key] = _list_value(value)
            elif value.startswith("[") and value.endswith("]"):
                try:
                    items = json.loads(value)
                except json.JSONDecodeError:
                    continue
                if isinstance(items, list) and all(isinstance(v, str) for v in items):
                    data[key] = items


def _map_from_flat(G: nx.Graph, path: Path, lang: str) -> StakeholderMap:
    """Invert :func:`_flat_graph`; also accepts graphs made by other tools."""
    from stakeholder_map.graph import from_graph

    raw = G.graph.pop(_MAP_KEY, None)
    if raw:
        try:
            G.graph.update(json.loads(raw))
        except json.JSONDecodeError as err:
            raise _fail(path, lang, f"{_MAP_KEY}: {err}") from err
    for key in ("node_default", "edge_default", "mode"):  # added by GEXF readers
        G.graph.pop(key, None)
    from stakeholder_map.models import Relation, Stakeholder

    for node, data in G.nodes(data=True):
        label = data.pop("label", None)
        if "name" not in data:
            data["name"] = label if label not in (None, "") else str(node)
        _text_to_lists(data, Stakeholder.model_fields)
    edges = (
        G.edges(keys=True, data=True)
        if G.is_multigraph()
        else ((u, v, None, d) for u, v, d in G.edges(data=True))
    )
    for _u, _v, _k, data in edges:
        for key in ("id", "label"):  # edge ids and labels of GEXF/GraphML tools
            data.pop(key, None)
        if _EDGE_ID in data:
            data["id"] = str(data.pop(_EDGE_ID))
        _text_to_lists(data, Relation.model_fields)
    try:
        return from_graph(G)
    except GraphConversionError as err:
        raise InputDataError(
            [{"file": path.name, "problem": str(err)}], source=path.name, lang=lang
        ) from err


def _list_value(value: str) -> list[str]:
    if value.startswith("["):
        try:
            items = json.loads(value)
        except json.JSONDecodeError:
            items = None
        if isinstance(items, list):
            return [str(v) for v in items]
    return [part.strip() for part in value.split(";") if part.strip()]


def _safe_bytes(path: Path, lang: str) -> tuple[bytes, Any]:
    """Read an XML file, refusing DTDs and entities; return its bytes and root.

    The encoding is the one the XML declaration names (UTF-8 without one).
    """
    import defusedxml
    import defusedxml.ElementTree as SafeET

    if not path.is_file():
        problem = i18n.text("file_not_found", lang, path=str(path))
        raise InputDataError(
            [{"file": path.name, "problem": problem}], source=path.name, lang=lang
        )
    check_file_size(path, lang)
    data = path.read_bytes()
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except defusedxml.DefusedXmlException as err:
        detail = i18n.text("xml_refused", lang, detail=type(err).__name__)
        raise _fail(path, lang, detail) from err
    except SafeET.ParseError as err:
        raise _fail(path, lang, str(err)) from err
    return data, root


# --------------------------------------------------------------------------------
# GraphML
# --------------------------------------------------------------------------------


def write_graphml_file(smap: StakeholderMap, path: Path) -> Path:
    """Write GraphML; see :func:`stakeholder_map.io.write_graphml`."""
    from stakeholder_map.io._xmlgraphs import graphml_text

    refuse_xml_unsafe_text(smap, path, "GraphML")
    text = graphml_text(smap)
    return atomic_write(path, lambda tmp: _write_text(tmp, text))


def read_graphml_file(path: Path, *, lang: str) -> StakeholderMap:
    """Read GraphML; see :func:`stakeholder_map.io.read_graphml`."""
    from stakeholder_map.io import _xmlgraphs as xg

    _, root = _safe_bytes(path, lang)
    _check_xml_edges(root, path, lang)
    G = xg.graph_from_graphml(root, xg.failure(path, lang))
    return xg.map_from_xml_graph(G, path, lang)


# --------------------------------------------------------------------------------
# GEXF
# --------------------------------------------------------------------------------


def write_gexf_file(smap: StakeholderMap, path: Path, *, version: str = "1.3") -> Path:
    """Write GEXF; see :func:`stakeholder_map.io.write_gexf`."""
    from stakeholder_map.io._xmlgraphs import gexf_text

    refuse_xml_unsafe_text(smap, path, "GEXF")
    text = gexf_text(smap, version=version)
    return atomic_write(path, lambda tmp: _write_text(tmp, text))


def read_gexf_file(path: Path, *, lang: str) -> StakeholderMap:
    """Read GEXF; see :func:`stakeholder_map.io.read_gexf`."""
    from stakeholder_map.io import _xmlgraphs as xg

    _, root = _safe_bytes(path, lang)
    _check_xml_edges(root, path, lang)
    G = xg.graph_from_gexf(root, xg.failure(path, lang))
    return xg.map_from_xml_graph(G, path, lang)


# --------------------------------------------------------------------------------
# Node-link JSON (d3, networkx)
# --------------------------------------------------------------------------------


def node_link_data(smap: StakeholderMap) -> dict[str, Any]:
    """Return the map as node-link data (networkx's ``node_link_data`` layout)."""
    import networkx as nx

    from stakeholder_map.graph import to_graph

    G = to_graph(smap)
    for _, data in G.nodes(data=True):
        data["label"] = data.get("name", "")
    for _, _, data in G.edges(data=True):
        if "id" in data:  # d3 and other tools number links by "id" themselves
            data[_EDGE_ID] = data.pop("id")
    out: dict[str, Any] = nx.node_link_data(G, edges="links")
    return out


def write_node_link_file(smap: StakeholderMap, path: Path) -> Path:
    """Write node-link JSON; see :func:`stakeholder_map.io.write_node_link`."""
    text = json.dumps(node_link_data(smap), ensure_ascii=False, indent=2)
    return atomic_write(path, lambda tmp: _write_text(tmp, text))


def read_node_link_file(path: Path, *, lang: str) -> StakeholderMap:
    """Read node-link JSON; see :func:`stakeholder_map.io.read_node_link`."""
    import networkx as nx

    if not path.is_file():
        problem = i18n.text("file_not_found", lang, path=str(path))
        raise InputDataError(
            [{"file": path.name, "problem": problem}], source=path.name, lang=lang
        )
    from stakeholder_map.io._parse import load_json, read_text_file

    data = load_json(read_text_file(path, lang), path, lang)
    _check_node_link(data, path, lang)
    try:
        edges = "links" if "links" in data else "edges"
        G = nx.node_link_graph(data, edges=edges, multigraph=True, directed=True)
    except (nx.NetworkXError, KeyError, TypeError) as err:
        raise _fail(path, lang, str(err)) from err
    return _map_from_flat(G, path, lang)


def _check_node_link(data: Any, path: Path, lang: str) -> None:
    """Refuse nodes without an id and links naming an undeclared node.

    networkx would number a node without an id itself and create a node for
    every unknown link end: both would invent stakeholders the file does not
    hold.
    """
    records: list[dict[str, Any]] = []
    if not isinstance(data, dict):
        records.append({"problem": _shape(None, data, lang)})
    elif "nodes" not in data:
        problem = _shape("nodes", _MISSING, lang)
        records.append({"column": "nodes", "problem": problem})
    else:
        for key in ("nodes", "links", "edges"):
            items = data.get(key, [])
            if not isinstance(items, list):
                records.append({"column": key, "problem": _shape(key, items, lang)})
                continue
            for i, item in enumerate(items):
                if not isinstance(item, dict):
                    where = f"{key}[{i}]"
                    problem = _shape(where, item, lang)
                    records.append({"column": where, "value": item, "problem": problem})
    if records:
        for rec in records:
            rec["file"] = path.name
        raise InputDataError(records, source=path.name, lang=lang)
    ids = set()
    for i, node in enumerate(data["nodes"]):
        if node.get("id") is None:
            records.append(
                {
                    "column": f"nodes[{i}]",
                    "problem": i18n.text("node_without_id", lang, index=i),
                }
            )
        else:
            ids.add(_hashable(node["id"]))
    key = "links" if "links" in data else "edges"
    links = data.get(key)
    for i, link in enumerate(links or []):  # a list of objects, checked above
        ends = [link.get("source"), link.get("target")]
        for end in ends:
            if _hashable(end) not in ids:
                records.append(
                    {
                        "column": f"{key}[{i}]",
                        "value": end,
                        "problem": _undeclared(ends, end, lang),
                    }
                )
    if records:
        for rec in records:
            rec["file"] = path.name
        raise InputDataError(records, source=path.name, lang=lang)


_MISSING = object()


def _shape(where: str | None, found: Any, lang: str) -> str:
    """Say that ``where`` (None: the whole file) holds ``found``, not node-link."""
    where = i18n.text("node_link_file", lang) if where is None else repr(where)
    if isinstance(found, dict):
        kind = i18n.text("json_object", lang)
    elif isinstance(found, list):
        kind = i18n.text("json_list", lang)
    elif isinstance(found, str):
        kind = i18n.text("json_text", lang)
    elif found is _MISSING:
        kind = i18n.text("json_missing", lang)
    elif isinstance(found, bool) or found is None:
        kind = i18n.text("json_other", lang, value=json.dumps(found))
    else:
        kind = i18n.text("json_number", lang)
    return i18n.text("node_link_shape", lang, where=where, kind=kind)


def _hashable(value: Any) -> Any:
    return value if isinstance(value, str | int | float | bool | None) else repr(value)


def _undeclared(ends: list[Any], node: Any, lang: str) -> str:
    source, target = ends
    return i18n.text("undeclared_node", lang, source=source, target=target, node=node)


def _check_xml_edges(root: Any, path: Path, lang: str) -> None:
    """Refuse a GraphML or GEXF edge whose end is not declared as a node."""
    ids = {
        el.get("id")
        for el in root.iter()
        if el.tag.rsplit("}", 1)[-1] == "node" and el.get("id") is not None
    }
    records = []
    for n, el in enumerate(
        e for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "edge"
    ):
        ends = [el.get("source"), el.get("target")]
        for end in ends:
            if end not in ids:
                records.append(
                    {
                        "file": path.name,
                        "column": f"edge {el.get('id') or n + 1}",
                        "value": end,
                        "problem": _undeclared(ends, end, lang),
                    }
                )
    if records:
        raise InputDataError(records, source=path.name, lang=lang)


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
