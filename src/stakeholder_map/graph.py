"""The stakeholder map as a NetworkX graph, and back.

:func:`to_graph` turns a map into a :class:`networkx.MultiDiGraph`: stakeholders are
nodes keyed by id, relations are edges keyed by ``kind`` (or ``kind/channel``), so
parallel relations of different kinds are kept. :func:`from_graph` inverts it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from stakeholder_map.exceptions import GraphConversionError
from stakeholder_map.models import StakeholderMap

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["from_graph", "to_graph"]

_MAP_LISTS = (
    "kinds",
    "interests",
    "stakes",
    "assessments",
    "interactions",
    "communication",
    "segments",
)


def to_graph(
    smap: StakeholderMap,
    *,
    kinds: Iterable[str] | None = None,
    channels: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """Build a NetworkX multigraph from a stakeholder map.

    Every stakeholder becomes a node keyed by its id, with its fields (those that
    are set, in JSON form: dates as ISO text, tags as a list) and its own
    attributes (each under its header, e.g. ``"Regio"``) as node attributes.
    Every relation becomes an edge from ``source`` to ``target`` keyed by
    ``kind`` (or ``"kind/channel"`` when it has a channel), with the relation's
    other fields and own attributes as edge attributes and its position in the
    map as ``order``.
    An undirected relation is stored once with ``directed=False``; analyses read
    it in both directions. ``G.graph`` holds the map's name, description,
    language, date and scale, and its themes, stakes, assessments, interactions,
    communication plan and segments, so that :func:`from_graph` can rebuild the
    map exactly.

    Parameters
    ----------
    smap
        The stakeholder map.
    kinds
        Keep only relations of these kinds (e.g. ``["information"]``); None keeps
        all. Every stakeholder stays a node.
    channels
        Keep only relations through these channels; None keeps all.

    Returns
    -------
    networkx.MultiDiGraph
        The graph.

    See Also
    --------
    from_graph : The inverse.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> G = skm.to_graph(smap)
    >>> G.number_of_nodes() == len(smap.stakeholders)
    True
    >>> G.nodes["ocmw"]["category"]
    'overheid'
    >>> info = skm.to_graph(smap, kinds=["information"])
    >>> {d["kind"] for _, _, d in info.edges(data=True)}
    {'information'}
    """
    import networkx as nx

    kind_set = _kind_set(smap, kinds)
    channel_set = _as_set(channels, "channels", "stakeholder_map._types", "Channel")
    G = nx.MultiDiGraph()
    G.graph.update(
        smap.model_dump(
            mode="json",
            exclude_none=True,
            include={"name", "description", "language", "date", "scale"},
        )
    )
    dumped = smap.model_dump(mode="json", exclude_none=True, include=set(_MAP_LISTS))
    for key in _MAP_LISTS:
        G.graph[key] = dumped.get(key, [])
    for s in smap.stakeholders:
        attrs = s.model_dump(mode="json", exclude_none=True, exclude={"id"})
        if not attrs.get("tags"):
            attrs.pop("tags", None)
        attrs.update(attrs.pop("attributes", {}))
        G.add_node(s.id, **attrs)
    for order, r in enumerate(smap.relations):
        if kind_set is not None and r.kind not in kind_set:
            continue
        if channel_set is not None and (
            r.channel is None or r.channel not in channel_set
        ):
            continue
        attrs = r.model_dump(
            mode="json", exclude_none=True, exclude={"source", "target"}
        )
        attrs.update(attrs.pop("attributes", {}))
        G.add_edge(r.source, r.target, key=r.key, order=order, **attrs)
    return G


def filter_relations(
    G: nx.MultiDiGraph,
    smap: StakeholderMap,
    *,
    kinds: Iterable[str] | None = None,
    channels: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """Return ``to_graph(smap, kinds=..., channels=...)`` from ``G = to_graph(smap)``.

    The same graph (every stakeholder a node, only the relations of those kinds
    and channels, the same attributes and order) without turning the map into a
    graph again: the analysis engine builds a map's graph once and filters that.
    The new graph has its own node, edge and graph attribute dicts; their values
    (lists in ``G.graph``) are shared with ``G``.

    Parameters
    ----------
    G
        The graph :func:`to_graph` built from ``smap``, unfiltered.
    smap
        The map, for its own relation kinds.
    kinds
        Keep only relations of these kinds; None keeps all.
    channels
        Keep only relations through these channels; None keeps all.

    Returns
    -------
    networkx.MultiDiGraph
        The filtered graph, a new one.

    Raises
    ------
    ValueError
        If a kind or channel is unknown, as in :func:`to_graph`.

    Examples
    --------
    >>> from stakeholder_map.graph import filter_relations
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> info = filter_relations(skm.to_graph(smap), smap, kinds=["information"])
    >>> sorted(info.edges) == sorted(skm.to_graph(smap, kinds=["information"]).edges)
    True
    """
    import networkx as nx

    kind_set = _kind_set(smap, kinds)
    channel_set = _as_set(channels, "channels", "stakeholder_map._types", "Channel")
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from(G.nodes(data=True))
    for u, v, k, d in G.edges(keys=True, data=True):
        if kind_set is not None and d.get("kind") not in kind_set:
            continue
        if channel_set is not None and d.get("channel") not in channel_set:
            continue
        H.add_edge(u, v, key=k, **d)
    return H


def _kind_set(smap: StakeholderMap, kinds: Iterable[str] | None) -> set[str] | None:
    """Check a ``kinds`` filter: built-in kinds (any of their words) or the map's."""
    if kinds is None:
        return None
    from stakeholder_map._types import RelationKind
    from stakeholder_map.models import relation_kind

    items = {relation_kind(k) for k in ([kinds] if isinstance(kinds, str) else kinds)}
    allowed = [*(k.value for k in RelationKind), *smap.relation_kinds]
    unknown = sorted(str(k) for k in items if k not in allowed)
    if unknown:
        known = list(dict.fromkeys(allowed))
        msg = f"`kinds` must be among {known}, but {unknown} were passed."
        raise ValueError(msg)
    return {str(k) for k in items}


def _as_set(
    values: Iterable[str] | None, name: str, module: str, enum_name: str
) -> set[str] | None:
    if values is None:
        return None
    import importlib

    enum = getattr(importlib.import_module(module), enum_name)
    allowed = [e.value for e in enum]
    items = {str(v) for v in ([values] if isinstance(values, str) else values)}
    unknown = sorted(items - set(allowed))
    if unknown:
        msg = f"`{name}` must be among {allowed}, but {unknown} were passed."
        raise ValueError(msg)
    return items


def _split_own(record: dict[str, Any], model: type[Any]) -> dict[str, Any]:
    """Move the keys that are not fields of ``model`` into its ``attributes``."""
    fields = model.model_fields
    own = {k: v for k, v in record.items() if k not in fields}
    if not own:
        return record
    out = {k: v for k, v in record.items() if k in fields}
    out["attributes"] = {**(out.get("attributes") or {}), **own}
    return out


def from_graph(G: nx.Graph, *, name: str | None = None) -> StakeholderMap:
    """Rebuild a validated stakeholder map from a NetworkX graph.

    Inverts :func:`to_graph`: ``from_graph(to_graph(smap)) == smap``. It also
    accepts other graphs (``Graph``, ``DiGraph``, ``MultiGraph``): a node without a
    ``name`` attribute is named by its key; edges of an undirected graph become
    relations with ``directed=False``; node and edge attributes that are not model
    fields become the stakeholders' and relations' own attributes, so nothing is
    dropped.

    Parameters
    ----------
    G
        The graph.
    name
        Name of the map; defaults to ``G.graph["name"]``.

    Returns
    -------
    StakeholderMap
        The validated map.

    Raises
    ------
    GraphConversionError
        When the graph's data does not make a valid map; the message lists every
        problem.

    See Also
    --------
    to_graph : The inverse.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> skm.from_graph(skm.to_graph(smap)) == smap
    True
    >>> import networkx as nx
    >>> small = skm.from_graph(nx.Graph([("a", "b")]), name="Small")
    >>> small.relations[0].directed
    False
    """
    meta: dict[str, Any] = {
        k: v
        for k, v in G.graph.items()
        if k in {"name", "description", "language", "date", "scale", *_MAP_LISTS}
    }
    if name is not None:
        meta["name"] = name
    from stakeholder_map.models import Relation, Stakeholder

    stakeholders = []
    for node, attrs in G.nodes(data=True):
        record = _split_own({"id": str(node), "name": str(node), **attrs}, Stakeholder)
        stakeholders.append(record)
    relations: list[tuple[int, int, dict[str, Any]]] = []
    undirected = not G.is_directed()
    edges = (
        G.edges(keys=True, data=True)
        if G.is_multigraph()
        else ((u, v, None, d) for u, v, d in G.edges(data=True))
    )
    for position, (u, v, _key, attrs) in enumerate(edges):
        record = _split_own(
            {k: val for k, val in attrs.items() if k != "order"}, Relation
        )
        record["source"], record["target"] = str(u), str(v)
        if undirected:
            record.setdefault("directed", False)
        relations.append((int(attrs.get("order", position)), position, record))
    relations.sort(key=lambda item: item[:2])
    data = {
        **meta,
        "stakeholders": stakeholders,
        "relations": [record for _, _, record in relations],
    }
    try:
        return StakeholderMap.model_validate(data)
    except ValidationError as err:
        lines = []
        for e in err.errors(include_url=False):
            loc = ".".join(str(p) for p in e["loc"])
            lines.append(f"- {loc}: {e['msg']}" if loc else f"- {e['msg']}")
        msg = "The graph cannot be turned into a stakeholder map:\n" + "\n".join(lines)
        raise GraphConversionError(msg) from err
