from __future__ import annotations

import json

import networkx as nx
import pytest

import stakeholder_map as skm


def test_nodes_and_edges(tiny_map: skm.StakeholderMap) -> None:
    G = skm.to_graph(tiny_map)
    assert isinstance(G, nx.MultiDiGraph)
    assert list(G.nodes) == ["a", "b", "c", "d"]
    assert G.nodes["a"] == {
        "name": "Alpha",
        "category": "overheid",
        "power": 5.0,
        "interest": 5.0,
        "attitude": 2.0,
    }
    assert G.edges["a", "b", "funding"]["weight"] == 4.0
    assert G.edges["a", "c", "information/newsletter"]["channel"] == "newsletter"
    assert G.edges["b", "d", "collaboration"]["directed"] is False
    assert G.graph["name"] == "Tiny"
    assert G.graph["scale"] == {"min": 1.0, "max": 5.0}


def test_parallel_relations_kept() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[{"name": "A"}, {"name": "B"}],
        relations=[
            {"source": "a", "target": "b", "kind": "funding"},
            {"source": "a", "target": "b", "kind": "information"},
        ],
    )
    G = skm.to_graph(smap)
    assert G.number_of_edges("a", "b") == 2


def test_filters(tiny_map: skm.StakeholderMap) -> None:
    G = skm.to_graph(tiny_map, kinds=["funding", "collaboration"])
    assert sorted(d["kind"] for _, _, d in G.edges(data=True)) == [
        "collaboration",
        "funding",
    ]
    assert G.number_of_nodes() == 4
    G = skm.to_graph(tiny_map, channels="newsletter")
    assert list(G.edges()) == [("a", "c")]
    with pytest.raises(ValueError, match="`kinds` must be among"):
        skm.to_graph(tiny_map, kinds=["gossip"])


def test_round_trip(tiny_map: skm.StakeholderMap) -> None:
    assert skm.from_graph(skm.to_graph(tiny_map)) == tiny_map


def test_round_trip_example(example_map: skm.StakeholderMap) -> None:
    assert skm.from_graph(skm.to_graph(example_map)) == example_map


def test_round_trip_keeps_relation_order() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[{"name": "A"}, {"name": "B"}, {"name": "C"}],
        relations=[
            {"source": "b", "target": "c"},
            {"source": "a", "target": "b"},
            {"source": "b", "target": "a", "kind": "funding"},
        ],
    )
    assert skm.from_graph(skm.to_graph(smap)) == smap


def test_node_link_json_round_trip(tiny_map: skm.StakeholderMap) -> None:
    data = nx.node_link_data(skm.to_graph(tiny_map), edges="edges")
    text = json.dumps(data)
    G = nx.node_link_graph(json.loads(text), edges="edges")
    assert skm.from_graph(G) == tiny_map


def test_from_plain_graphs() -> None:
    smap = skm.from_graph(nx.DiGraph([("a", "b")]), name="x")
    assert smap.relations[0].directed is True
    assert smap.get("a").name == "a"
    G = nx.Graph()
    G.add_node("a", name="Alpha", power=4)
    G.add_edge("a", "b", kind="information", weight=2)
    smap = skm.from_graph(G)
    assert smap.get("a").power == 4
    assert smap.relations[0].directed is False
    assert smap.relations[0].kind == "information"


def test_from_graph_errors_listed() -> None:
    G = nx.DiGraph()
    G.add_node("a", power=9, colour="red")
    G.add_edge("a", "b", kind="gossip", weight=12)
    with pytest.raises(skm.exceptions.GraphConversionError) as info:
        skm.from_graph(G)
    text = str(info.value)
    assert "`power` must lie on the map's scale 1..5, but is 9" in text
    assert "`weight` must lie on the map's scale 1..5, but is 12" in text


def test_from_graph_keeps_attributes_and_kinds_of_ones_own() -> None:
    G = nx.DiGraph()
    G.add_node("a", colour="red")
    G.add_edge("a", "b", kind="gossip")
    smap = skm.from_graph(G)
    assert smap.get("a").attributes == {"colour": "red"}
    assert smap.relations[0].kind == "gossip"
    assert skm.from_graph(skm.to_graph(smap)) == smap
