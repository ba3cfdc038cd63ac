"""GraphML and GEXF written and read by hand, with every attribute declared.

Each node and edge attribute (a field of the model or a column of the user's
own) is declared once with the type that fits all its values: GraphML
``<key attr.name attr.type>`` (``boolean``, ``int``, ``long``, ``double``,
``string``), GEXF ``<attribute id title type>`` (``boolean``, ``integer``,
``long``, ``double``, ``string``), so Gephi and yEd show typed columns.

A value that its column's type cannot say (a list, or a number in a column
that also holds text) is written as text, and the map's JSON text (the graph
attribute ``stakeholder_map``, GEXF ``meta/description``) carries a type table
``attribute_types``: ``{"node": {name: {stakeholder id: type}}, "edge": {name:
{relation position: type}}}`` with ``type`` one of ``list`` (JSON text),
``int``, ``float``, ``bool``. GraphML's ``attr.name`` and ids are XML name
tokens, so a header such as ``Eigen regio`` is declared as ``Eigen_regio`` and
its exact text is in ``attribute_names`` (``{key id: header}``); a stakeholder
id that is no name token gets a node id of its own and a ``stakeholder_id``
value. Dates are ISO text, which the model reads back as dates.

Files from other tools (no JSON text) are read by their declarations: a node's
``label`` (or yEd's ``NodeLabel``) is its name, attributes named like a field
fill it, and every other attribute becomes one of the stakeholder's own.
Drawing data (GEXF ``viz:``, yEd graphics) is left aside.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET  # builds our own output only; input: defusedxml
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stakeholder_map import i18n
from stakeholder_map.exceptions import GraphConversionError, InputDataError

if TYPE_CHECKING:
    from stakeholder_map.models import StakeholderMap

__all__ = [
    "GEXF_VERSIONS",
    "gexf_text",
    "graph_from_gexf",
    "graph_from_graphml",
    "graphml_text",
]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GRAPHML_XSD = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
#: The GEXF versions we write, and their namespaces.
GEXF_VERSIONS: dict[str, str] = {
    "1.3": "http://gexf.net/1.3",
    "1.2draft": "http://www.gexf.net/1.2draft",
}
XSI = "http://www.w3.org/2001/XMLSchema-instance"
MAP_KEY = "stakeholder_map"
GEXF_MARK = "stakeholder_map:"
TYPES = "attribute_types"
NAMES = "attribute_names"
_SID = "stakeholder_id"
_EDGE_ID = "relation_id"
_NAME_CHAR = re.compile(r"[\w.\-:\u00b7\u0300-\u036f\u203f\u2040]")


def _is_name_token(text: str) -> bool:
    return bool(text) and all(_NAME_CHAR.fullmatch(ch) for ch in text)


def _name_token(text: str) -> str:
    out = "".join(ch if _NAME_CHAR.fullmatch(ch) else "_" for ch in text)
    return out or "_"


# --------------------------------------------------------------------------------
# Records: the map as nodes and edges with JSON-typed values
# --------------------------------------------------------------------------------


def _records(
    smap: StakeholderMap,
) -> tuple[dict[str, Any], list[tuple[str, dict[str, Any]]], list[Any]]:
    """Return the map's JSON text data, its nodes and its edges."""
    from stakeholder_map.graph import to_graph

    G = to_graph(smap)
    rest = {k: v for k, v in G.graph.items() if k != "name"}
    nodes = []
    for node, data in G.nodes(data=True):
        attrs = {"label": data.get("name", ""), **data}
        nodes.append((str(node), attrs))
    edges = []
    for u, v, data in G.edges(data=True):
        attrs = dict(data)
        if "id" in attrs:  # the tools number edges by "id" themselves
            attrs[_EDGE_ID] = attrs.pop("id")
        edges.append((str(u), str(v), attrs))
    return rest, nodes, edges


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, list | tuple):
        return "list"
    return "text"


def _column_type(values: list[Any]) -> str:
    """Return ``boolean``, ``int``, ``long``, ``double`` or ``string``."""
    kinds = {_kind(v) for v in values}
    if kinds == {"bool"}:
        return "boolean"
    if kinds == {"int"}:
        small = all(-(2**31) <= v < 2**31 for v in values)
        return "int" if small else "long"
    if kinds <= {"int", "float"}:
        return "double"
    return "string"


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return str(value)


def _columns(rows: list[dict[str, Any]]) -> dict[str, str]:
    """Return each attribute name and its declared type, in first-seen order."""
    values: dict[str, list[Any]] = {}
    for row in rows:
        for key, value in row.items():
            values.setdefault(key, []).append(value)
    return {key: _column_type(vals) for key, vals in values.items()}


def _type_table(
    rows: list[tuple[str, dict[str, Any]]], columns: dict[str, str]
) -> dict[str, dict[str, str]]:
    """Per attribute, the elements whose value its declared type cannot tell."""
    table: dict[str, dict[str, str]] = {}
    for element, row in rows:
        for key, value in row.items():
            kind = _kind(value)
            declared = columns[key]
            if kind == "text" or declared in ("boolean", "int", "long"):
                continue
            if declared == "double" and kind == "float":
                continue
            table.setdefault(key, {})[element] = kind
    return table


# --------------------------------------------------------------------------------
# GraphML
# --------------------------------------------------------------------------------


def graphml_text(smap: StakeholderMap) -> str:
    """Return the map as a GraphML document (see the module docstring)."""
    rest, nodes, edges = _records(smap)
    sids = {sid for sid, _ in nodes}
    xml_ids: dict[str, str] = {}
    taken = {s for s in sids if _is_name_token(s)}
    counter = 0
    for sid, attrs in nodes:
        if _is_name_token(sid):
            xml_ids[sid] = sid
            continue
        while f"n{counter}" in taken:
            counter += 1
        xml_ids[sid] = f"n{counter}"
        taken.add(xml_ids[sid])
        attrs[_SID] = sid
    node_rows = [(sid, attrs) for sid, attrs in nodes]
    edge_rows = [(str(attrs["order"]), attrs) for _, _, attrs in edges]
    node_cols = _columns([a for _, a in node_rows])
    edge_cols = _columns([a for _, a in edge_rows])
    rest[TYPES] = {
        "node": _type_table(node_rows, node_cols),
        "edge": _type_table(edge_rows, edge_cols),
    }
    names: dict[str, str] = {}

    ET.register_namespace("", GRAPHML_NS)
    ET.register_namespace("xsi", XSI)
    q = _qualifier(GRAPHML_NS)
    root = ET.Element(q("graphml"), {f"{{{XSI}}}schemaLocation": GRAPHML_XSD})
    root.set(f"{{{XSI}}}schemaLocation", f"{GRAPHML_NS} {GRAPHML_XSD}")
    ids: dict[tuple[str, str], str] = {}

    def declare(domain: str, name: str, kind: str) -> None:
        key_id = f"d{len(ids)}"
        ids[(domain, name)] = key_id
        token = _name_token(name)
        if token != name:
            names[key_id] = name
        ET.SubElement(
            root,
            q("key"),
            {"id": key_id, "for": domain, "attr.name": token, "attr.type": kind},
        )

    declare("graph", "name", "string")
    declare("graph", MAP_KEY, "string")
    for name, kind in node_cols.items():
        declare("node", name, kind)
    for name, kind in edge_cols.items():
        declare("edge", name, kind)
    rest[NAMES] = names
    graph = ET.SubElement(root, q("graph"), {"id": "G", "edgedefault": "directed"})
    _data(graph, q, ids[("graph", "name")], smap.name)
    blob = json.dumps(rest, ensure_ascii=False)
    _data(graph, q, ids[("graph", MAP_KEY)], blob)
    for sid, attrs in node_rows:
        node = ET.SubElement(graph, q("node"), {"id": xml_ids[sid]})
        for name, value in attrs.items():
            _data(node, q, ids[("node", name)], _text(value))
    for (u, v, attrs), (element, _) in zip(edges, edge_rows, strict=True):
        # No directed="false" on undirected relations: networkx refuses mixed
        # graphs; the ``directed`` value says it.
        edge_attrs = {"id": f"e{element}", "source": xml_ids[u], "target": xml_ids[v]}
        edge = ET.SubElement(graph, q("edge"), edge_attrs)
        for name, value in attrs.items():
            _data(edge, q, ids[("edge", name)], _text(value))
    return _serialise(root)


def _serialise(root: ET.Element) -> str:
    ET.indent(root)
    out = ET.tostring(root, encoding="unicode", xml_declaration=True)
    # A carriage return left raw in text would be read back as a line feed
    # (XML end-of-line handling); attributes are escaped by ElementTree already.
    return out.replace("\r", "&#13;") + "\n"


def _check_root(root: Any, name: str, fail: Any) -> None:
    found = _local(root.tag)
    if found != name:
        msg = f"the root element is <{found}>, not <{name}>"
        raise fail(msg)


def _qualifier(ns: str) -> Any:
    return lambda tag: f"{{{ns}}}{tag}"


def _data(parent: ET.Element, q: Any, key: str, text: str) -> None:
    ET.SubElement(parent, q("data"), {"key": key}).text = text


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: Any, name: str) -> list[Any]:
    return [c for c in element if _local(c.tag) == name]


def _typed(text: str, kind: str, where: str, fail: Any) -> Any:
    """Turn a declared value's text into its Python value."""
    kind = kind.lower()
    value = text.strip()
    try:
        if kind in ("boolean", "bool"):
            if value.lower() not in ("true", "false", "1", "0"):
                raise ValueError(value)
            return value.lower() in ("true", "1")
        if kind in ("int", "integer", "long", "short", "byte", "biginteger"):
            return int(value)
        if kind in ("float", "double", "bigdecimal"):
            return float(value)
    except ValueError as err:
        msg = f"{where}: {kind} expected, but {text!r} was found"
        raise fail(msg) from err
    if kind.startswith("list"):
        return _list_items(text)
    return text


def _list_items(text: str) -> list[str]:
    """Read a list: JSON text, Gephi's ``[a, b]`` or ``a|b``."""
    value = text.strip()
    if value.startswith("[") and value.endswith("]"):
        try:
            items = json.loads(value)
        except json.JSONDecodeError:
            items = [part.strip() for part in value[1:-1].split(",")]
        if isinstance(items, list):
            return [str(v) for v in items if str(v).strip()]
    sep = "|" if "|" in value else ";"
    return [part.strip() for part in value.split(sep) if part.strip()]


def _retype(value: Any, kind: str) -> Any:
    """Undo :func:`_text` for a value the type table names."""
    if kind == "list":
        items = json.loads(value)
        return [str(v) for v in items]
    if kind == "int":
        return int(float(value)) if isinstance(value, float) else int(value)
    if kind == "float":
        return float(value)
    if kind == "bool":
        return str(value).lower() == "true"
    return value


def graph_from_graphml(root: Any, fail: Any) -> Any:
    """Build the networkx multigraph that ``from_graph`` turns into the map."""
    import networkx as nx

    _check_root(root, "graphml", fail)
    keys: dict[str, dict[str, Any]] = {}
    for key in root.iter():
        if _local(key.tag) != "key" or key.get("id") is None:
            continue
        default = _children(key, "default")
        keys[key.get("id")] = {
            "for": key.get("for", "all"),
            "name": key.get("attr.name"),
            "type": key.get("attr.type", "string"),
            "yfiles": key.get("yfiles.type"),
            "default": default[0].text if default and default[0].text else None,
        }
    graphs = [g for g in root.iter() if _local(g.tag) == "graph"]
    if not graphs:
        msg = "no <graph> element"
        raise fail(msg)
    top = graphs[0]
    meta: dict[str, Any] = {}
    for data in _children(top, "data"):
        spec = keys.get(data.get("key", ""), {})
        if spec.get("name") in ("name", MAP_KEY):
            meta[spec["name"]] = data.text or ""
    rest: dict[str, Any] = {}
    if meta.get(MAP_KEY):
        try:
            rest = json.loads(meta[MAP_KEY])
        except json.JSONDecodeError as err:
            msg = f"{MAP_KEY}: {err}"
            raise fail(msg) from err
    ours = bool(rest)
    types = rest.pop(TYPES, {}) if ours else {}
    names = rest.pop(NAMES, {}) if ours else {}

    def values(element: Any, domain: str, where: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_id, spec in keys.items():
            usable = spec["name"] and not spec["yfiles"]
            if usable and spec["for"] in (domain, "all") and spec["default"]:
                name = names.get(key_id, spec["name"])
                out[name] = _typed(spec["default"], spec["type"], where, fail)
        for data in _children(element, "data"):
            found = keys.get(data.get("key", ""))
            if found is None:
                continue
            spec = found
            if spec["yfiles"] or len(data):
                label = _yed_label(data)
                if label and domain == "node":
                    out.setdefault("label", label)
                continue
            if not spec["name"] or data.text is None or not data.text.strip():
                continue
            name = names.get(data.get("key"), spec["name"])
            out[name] = _typed(data.text, spec["type"], f"{where}, {name}", fail)
        return out

    edgedefault = top.get("edgedefault", "directed")
    G = nx.MultiDiGraph()
    G.graph.update(rest)
    G.graph["name"] = meta.get("name") or rest.get("name")
    if not G.graph["name"]:
        G.graph.pop("name")
    sid_of: dict[str, str] = {}
    for node in root.iter():
        if _local(node.tag) != "node":
            continue
        xml_id = node.get("id")
        attrs = values(node, "node", f"node {xml_id!r}")
        sid = str(attrs.pop(_SID, xml_id)) if ours else xml_id
        sid_of[xml_id] = sid
        _finish(attrs, types.get("node", {}), sid, ours, node=True)
        G.add_node(sid, **attrs)
    position = 0
    for edge in root.iter():
        if _local(edge.tag) != "edge":
            continue
        attrs = values(edge, "edge", f"edge {edge.get('id') or position + 1}")
        element = str(attrs.get("order", position))
        _finish(attrs, types.get("edge", {}), element, ours, node=False)
        if "directed" not in attrs:
            native = edge.get("directed")
            if native is not None:
                attrs["directed"] = native.strip().lower() == "true"
            elif edgedefault == "undirected":
                attrs["directed"] = False
        attrs.setdefault("order", position)
        position += 1
        G.add_edge(sid_of[edge.get("source")], sid_of[edge.get("target")], **attrs)
    return G


def _yed_label(data: Any) -> str | None:
    for el in data.iter():
        if _local(el.tag) == "NodeLabel" and el.text and el.text.strip():
            return str(el.text.strip())
    return None


def _finish(
    attrs: dict[str, Any],
    table: dict[str, dict[str, str]],
    element: str,
    ours: bool,
    *,
    node: bool,
) -> None:
    """Type the values the type table names; map other tools' names onto fields."""
    from stakeholder_map.models import Relation, Stakeholder

    if ours:
        for name, per in table.items():
            kind = per.get(element)
            if kind is not None and name in attrs:
                attrs[name] = _retype(attrs[name], kind)
        if node:
            label = attrs.pop("label", None)
            attrs.setdefault("name", label)
        else:
            attrs.pop("label", None)
    else:
        model = Stakeholder if node else Relation
        fields = {f.lower(): f for f in model.model_fields}
        for name in list(attrs):
            field = fields.get(name.lower())
            if field is not None and field != name and field not in attrs:
                attrs[field] = attrs.pop(name)
        label = attrs.pop("label", None)
        if node and "name" not in attrs and label not in (None, ""):
            attrs["name"] = str(label)
        elif not node and label not in (None, ""):
            # An edge label names the relation's kind; beside a kind, it is a note.
            if "kind" not in attrs:
                attrs["kind"] = str(label)
            elif str(label) != attrs["kind"] and "notes" not in attrs:
                attrs["notes"] = str(label)
        if node and isinstance(attrs.get("tags"), str):
            attrs["tags"] = _list_items(attrs["tags"])
        for name, value in attrs.items():
            if name not in model.model_fields and isinstance(value, str):
                attrs[name] = _json_list(value)
    if _EDGE_ID in attrs and not node:
        attrs["id"] = str(attrs.pop(_EDGE_ID))
    if node and attrs.get("name") in (None, ""):
        attrs.pop("name", None)


def _json_list(value: str) -> Any:
    """Return a text that is a JSON list of texts as that list (tools write so)."""
    if value.startswith("[") and value.endswith("]"):
        try:
            items = json.loads(value)
        except json.JSONDecodeError:
            return value
        if isinstance(items, list) and all(isinstance(v, str) for v in items):
            return items
    return value


# --------------------------------------------------------------------------------
# GEXF
# --------------------------------------------------------------------------------

_GEXF_TYPES = {"boolean": "boolean", "int": "integer", "long": "long"}


def gexf_text(smap: StakeholderMap, *, version: str = "1.3") -> str:
    """Return the map as a GEXF document of ``version`` (``1.3`` or ``1.2draft``)."""
    ns = GEXF_VERSIONS[version]
    rest, nodes, edges = _records(smap)
    rest["name"] = smap.name
    node_rows = [
        (sid, {k: v for k, v in a.items() if k not in ("label", "name")})
        for sid, a in nodes
    ]
    edge_rows = [(str(attrs["order"]), attrs) for _, _, attrs in edges]
    node_cols = _columns([a for _, a in node_rows])
    edge_cols = _columns([a for _, a in edge_rows])
    rest[TYPES] = {
        "node": _type_table(node_rows, node_cols),
        "edge": _type_table(edge_rows, edge_cols),
    }
    ET.register_namespace("", ns)
    ET.register_namespace("xsi", XSI)
    q = _qualifier(ns)
    # A 1.2draft document says version="1.2" (its namespace says "draft").
    root = ET.Element(q("gexf"), {"version": version.removesuffix("draft")})
    root.set(f"{{{XSI}}}schemaLocation", f"{ns} {ns}/gexf.xsd")
    meta = ET.SubElement(root, q("meta"))
    if smap.date is not None:
        meta.set("lastmodifieddate", smap.date.isoformat())
    ET.SubElement(meta, q("creator")).text = "stakeholder_map"
    description = ET.SubElement(meta, q("description"))
    description.text = GEXF_MARK + json.dumps(rest, ensure_ascii=False)
    graph = ET.SubElement(
        root, q("graph"), {"mode": "static", "defaultedgetype": "directed"}
    )
    ids: dict[tuple[str, str], str] = {}
    for domain, cols in (("node", node_cols), ("edge", edge_cols)):
        if not cols:
            continue
        block = ET.SubElement(graph, q("attributes"), {"class": domain})
        for name, kind in cols.items():
            ids[(domain, name)] = str(len(ids))
            ET.SubElement(
                block,
                q("attribute"),
                {
                    "id": ids[(domain, name)],
                    "title": name,
                    "type": _GEXF_TYPES.get(kind, kind),
                },
            )
    node_block = ET.SubElement(graph, q("nodes"))
    for (sid, attrs), (_, full) in zip(node_rows, nodes, strict=True):
        node = ET.SubElement(node_block, q("node"), {"id": sid, "label": full["label"]})
        _attvalues(node, q, ids, "node", attrs)
    edge_block = ET.SubElement(graph, q("edges"))
    for (u, v, attrs), (element, _) in zip(edges, edge_rows, strict=True):
        edge_attrs = {"id": element, "source": u, "target": v, "label": attrs["kind"]}
        if version != "1.2draft":
            edge_attrs["kind"] = attrs["kind"]
        if attrs.get("weight") is not None:
            edge_attrs["weight"] = repr(float(attrs["weight"]))
        # No type="undirected" (networkx refuses mixed graphs): ``directed`` says it.
        edge = ET.SubElement(edge_block, q("edge"), edge_attrs)
        _attvalues(edge, q, ids, "edge", attrs)
    return _serialise(root)


def _attvalues(
    parent: ET.Element, q: Any, ids: dict[tuple[str, str], str], domain: str, attrs: Any
) -> None:
    if not attrs:
        return
    block = ET.SubElement(parent, q("attvalues"))
    for name, value in attrs.items():
        ET.SubElement(
            block, q("attvalue"), {"for": ids[(domain, name)], "value": _text(value)}
        )


def graph_from_gexf(root: Any, fail: Any) -> Any:
    """Build the networkx multigraph that ``from_graph`` turns into the map.

    Reads GEXF 1.1draft, 1.2draft and 1.3 alike (elements by local name).
    """
    import networkx as nx

    _check_root(root, "gexf", fail)
    graphs = [g for g in root.iter() if _local(g.tag) == "graph"]
    if not graphs:
        msg = "no <graph> element"
        raise fail(msg)
    top = graphs[0]
    rest: dict[str, Any] = {}
    for element in root.iter():
        if _local(element.tag) == "description" and (element.text or "").startswith(
            GEXF_MARK
        ):
            try:
                rest = json.loads(element.text[len(GEXF_MARK) :])
            except json.JSONDecodeError as err:
                msg = f"{MAP_KEY}: {err}"
                raise fail(msg) from err
    ours = bool(rest)
    types = rest.pop(TYPES, {}) if ours else {}
    rest.pop(NAMES, None)
    declared: dict[str, dict[str, tuple[str, str, str | None]]] = {
        "node": {},
        "edge": {},
    }
    for block in top.iter():
        if _local(block.tag) != "attributes":
            continue
        domain = block.get("class", "node")
        for attribute in _children(block, "attribute"):
            attr_id = attribute.get("id", "")
            default = _children(attribute, "default")
            declared.setdefault(domain, {})[attr_id] = (
                attribute.get("title") or attr_id,
                attribute.get("type", "string"),
                default[0].text if default else None,
            )

    def values(element: Any, domain: str, where: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        specs = declared.get(domain, {})
        for title, kind, default in specs.values():
            if default is not None and default.strip():
                out[title] = _typed(default, kind, f"{where}, {title}", fail)
        for block in _children(element, "attvalues"):
            for attvalue in _children(block, "attvalue"):
                attr_id = attvalue.get("for") or attvalue.get("id") or ""
                title, kind, _ = specs.get(attr_id, (attr_id, "string", None))
                text = attvalue.get("value")
                if text is None or (not text.strip() and kind != "string"):
                    continue
                if not text.strip():
                    continue
                out[title] = _typed(text, kind, f"{where}, {title}", fail)
        return out

    defaultedgetype = top.get("defaultedgetype", "undirected")
    G = nx.MultiDiGraph()
    G.graph.update(rest)
    for node in top.iter():
        if _local(node.tag) != "node":
            continue
        sid = node.get("id")
        attrs = values(node, "node", f"node {sid!r}")
        if node.get("label") is not None:
            attrs.setdefault("label", node.get("label"))
        _finish(attrs, types.get("node", {}), sid, ours, node=True)
        G.add_node(sid, **attrs)
    position = 0
    for edge in top.iter():
        if _local(edge.tag) != "edge":
            continue
        attrs = values(edge, "edge", f"edge {edge.get('id') or position + 1}")
        if edge.get("kind") and "kind" not in attrs:
            attrs["kind"] = edge.get("kind")
        if edge.get("weight") is not None and "weight" not in attrs:
            attrs["weight"] = _typed(edge.get("weight"), "double", "weight", fail)
        if not ours and edge.get("label") and "label" not in attrs:
            attrs["label"] = edge.get("label")
        element = str(attrs.get("order", position))
        _finish(attrs, types.get("edge", {}), element, ours, node=False)
        if "directed" not in attrs:
            kind = edge.get("type") or defaultedgetype
            attrs["directed"] = kind.strip().lower() == "directed"
        attrs.setdefault("order", position)
        position += 1
        G.add_edge(edge.get("source"), edge.get("target"), **attrs)
    return G


def map_from_xml_graph(G: Any, path: Path, lang: str) -> StakeholderMap:
    """Validate the graph built from a GraphML or GEXF file as a map."""
    from stakeholder_map.graph import from_graph

    try:
        return from_graph(G)
    except GraphConversionError as err:
        raise InputDataError(
            [{"file": path.name, "problem": str(err)}], source=path.name, lang=lang
        ) from err


def failure(path: Path, lang: str) -> Any:
    """Return a function that turns a problem text into an ``InputDataError``."""

    def fail(detail: str) -> InputDataError:
        problem = i18n.text("unreadable", lang, detail=detail)
        return InputDataError(
            [{"file": path.name, "problem": problem}], source=path.name, lang=lang
        )

    return fail
