"""One conversion per map: a frozen map's graph and engine view are built once."""

from __future__ import annotations

import copy
import gc
import pickle
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import stakeholder_map as skm
import stakeholder_map.graph as graph_module
from stakeholder_map._types import FrozenDict
from stakeholder_map.analysis import _engine


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """Count conversions of a map and builds of an engine view, on a cold cache."""
    seen: Counter[str] = Counter()

    def counting(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            seen[name] += 1
            return func(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(
        graph_module, "to_graph", counting("to_graph", graph_module.to_graph)
    )
    monkeypatch.setattr(
        _engine, "_simple_digraph", counting("view", _engine._simple_digraph)
    )
    _engine.clear_cache()
    yield seen
    _engine.clear_cache()


def _map() -> skm.StakeholderMap:
    # A copy of its own, so that no other test's cache entry is reused.
    return skm.load_example("huis_van_het_kind").model_copy()


@pytest.mark.filterwarnings("ignore::stakeholder_map.exceptions.StakeholderMapWarning")
def test_to_html_of_the_example_converts_the_map_once(counts: Counter[str]) -> None:
    skm.export.to_html(_map(), interactive=True)
    # Before: the static network and the interactive one converted for
    # themselves (2 conversions, 2 engine views).
    assert counts == {"to_graph": 1, "view": 1}


@pytest.mark.filterwarnings("ignore::stakeholder_map.exceptions.StakeholderMapWarning")
def test_the_network_views_convert_the_map_once(
    counts: Counter[str], tmp_path: Path
) -> None:
    skm.plotting.save_network_views(_map(), tmp_path, formats=["svg"])
    # Before: 7 conversions (the network, the flow's kinds, the gap's kinds, the
    # names, ...). The filtered graphs are now cut from the one graph.
    assert counts["to_graph"] == 1
    assert counts["view"] == 4  # four different option sets, each once


def test_several_measures_share_one_graph_and_view(counts: Counter[str]) -> None:
    smap = _map()
    skm.analysis.centrality(smap, measures=["degree", "pagerank"])
    skm.analysis.centrality(smap, measures=["betweenness"])
    skm.analysis.reach(smap, members=[smap.stakeholders[0].id])
    assert counts["to_graph"] == 1
    assert counts["view"] <= 2


def test_a_filtered_graph_equals_to_graph_with_the_filter() -> None:
    smap = _map()
    for kinds, channels in [(["information"], None), (None, ["meeting"])]:
        cached = _engine.map_graph(smap, kinds=kinds, channels=channels)
        fresh = skm.to_graph(smap, kinds=kinds, channels=channels)
        assert list(cached.edges(keys=True, data=True)) == list(
            fresh.edges(keys=True, data=True)
        )
        assert list(cached.nodes(data=True)) == list(fresh.nodes(data=True))
        assert cached.graph == fresh.graph


def test_the_cached_graph_cannot_be_changed_and_to_graph_stays_fresh() -> None:
    smap = _map()
    G = _engine.map_graph(smap)
    assert nx.is_frozen(G)
    with pytest.raises(nx.NetworkXError, match="Frozen"):
        G.add_node("intruder")
    assert _engine.map_graph(smap) is G
    # The public converter hands out a new, mutable graph every time.
    mine = skm.to_graph(smap)
    assert mine is not G
    assert not nx.is_frozen(mine)
    mine.add_node("mine")
    assert "mine" not in _engine.map_graph(smap)


def test_the_cached_view_is_read_only_and_a_users_graph_is_not_cached() -> None:
    smap = _map()
    g = _engine.simple_digraph(_engine.map_graph(smap), weight=None)
    assert g is _engine.simple_digraph(_engine.map_graph(smap), weight=None)
    with pytest.raises(ValueError, match="read-only"):
        g.src[0] = 1
    H = skm.to_graph(smap)
    first = _engine.simple_digraph(H, weight=None)
    H.add_edge("ocmw", "nieuw")
    assert _engine.simple_digraph(H, weight=None).n == first.n + 1


def test_the_cache_lets_go_of_a_map() -> None:
    smap = _map()
    key = id(smap)
    _engine.map_graph(smap)
    assert key in _engine._GRAPHS
    del smap
    gc.collect()
    assert key not in _engine._GRAPHS


def test_a_map_is_frozen_down_to_its_attribute_dicts() -> None:
    smap = skm.StakeholderMap(
        name="x",
        scale={"min": 1, "max": 5, "labels": {1: "low"}},
        stakeholders=[
            skm.Stakeholder(id="a", name="A", attributes={"Regio": "N"}),
            skm.Stakeholder(id="b", name="B"),
        ],
        relations=[skm.Relation(source="a", target="b", attributes={"since": 2020})],
    )
    s = smap.stakeholders[0]
    assert isinstance(s.attributes, FrozenDict)
    assert isinstance(s.attributes, dict)
    assert s.attributes == {"Regio": "N"}
    with pytest.raises(TypeError, match="frozen"):
        s.attributes["Regio"] = "Z"
    with pytest.raises(TypeError, match="frozen"):
        smap.relations[0].attributes.update(since=2021)
    with pytest.raises(TypeError, match="frozen"):
        smap.scale.labels[5] = "high"  # type: ignore[index]
    with pytest.raises(TypeError, match="frozen"):
        skm.Stakeholder(name="B").attributes["x"] = 1
    # Copies, pickles and JSON still see plain, equal dicts.
    assert copy.deepcopy(smap) == smap
    assert pickle.loads(pickle.dumps(smap)) == smap
    assert skm.StakeholderMap.model_validate_json(smap.model_dump_json()) == smap
    assert type(smap.model_dump()["stakeholders"][0]["attributes"]) is dict
    changed = smap.model_copy(
        update={"name": "y", "scale": smap.scale.model_copy(update={"labels": None})}
    )
    assert changed.scale.labels is None
    assert changed.stakeholders == smap.stakeholders
