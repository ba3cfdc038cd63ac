"""Graphs whose node keys are tuples: every network analysis works, one label per node.

pandas turns a list of tuples into a MultiIndex; a graph node is one label, so
the results are indexed by the tuples themselves and agree with the same graph
keyed by text.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import networkx as nx
import pandas as pd
import pytest

import stakeholder_map as skm

A = skm.analysis


def _graph() -> nx.DiGraph:
    G = nx.DiGraph()
    edges = [
        (("a", 1), ("b", 2), "information"),
        (("b", 2), ("c", 3), "information"),
        (("c", 3), ("a", 1), "advice"),
        (("c", 3), ("d", 4), "authority"),
        (("d", 4), ("e", 5), "funding"),
        (("b", 2), ("e", 5), "collaboration"),
    ]
    for u, v, kind in edges:
        G.add_edge(u, v, kind=kind, weight=2.0)
    for node in G:
        G.nodes[node].update(
            name=f"{node[0].upper()} {node[1]}",
            power=float(node[1]),
            category="zorg" if node[1] % 2 else "onderwijs",
        )
    return G


def _as_text(G: nx.DiGraph) -> nx.DiGraph:
    return nx.relabel_nodes(G, {n: f"{n[0]}{n[1]}" for n in G})


CALLS: dict[str, Callable[[nx.DiGraph, Any], Any]] = {
    "centrality": lambda G, f: A.centrality(G),
    "brokerage": lambda G, f: A.brokerage(G, group="category"),
    "structural_holes": lambda G, f: A.structural_holes(G),
    "communities": lambda G, f: A.communities(G),
    "coalitions": lambda G, f: A.coalitions(G),
    "influence_gap": lambda G, f: A.influence_gap(G, kinds=None),
    "key_players": lambda G, f: A.key_players(G, k=1),
    "information_flow": lambda G, f: A.information_flow(G, source=f, kinds=None),
    "rowley": lambda G, f: A.rowley(G, focal=f, density_cut=0.3, centrality_cut=0.5),
}


@pytest.mark.parametrize("name", list(CALLS))
def test_tuple_keys_give_the_same_frame_as_text_keys(name: str) -> None:
    G = _graph()
    T = _as_text(G)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", skm.exceptions.StakeholderMapWarning)
        got = CALLS[name](G, ("a", 1))
        want = CALLS[name](T, "a1")
    assert isinstance(got, pd.DataFrame)
    assert not isinstance(got.index, pd.MultiIndex)
    assert got.index.name == "stakeholder_id"
    assert all(isinstance(i, tuple) for i in got.index)

    def text(n: Any) -> Any:
        return f"{n[0]}{n[1]}" if isinstance(n, tuple) else n

    relabelled = got.rename(index=text)
    for col in relabelled.columns:  # columns naming nodes (e.g. `via`)
        if any(isinstance(v, tuple) for v in relabelled[col]):
            relabelled[col] = relabelled[col].map(text).astype(want[col].dtype)
    pd.testing.assert_frame_equal(relabelled, want, check_index_type=False)


def test_one_tuple_key_is_one_stakeholder() -> None:
    G = _graph()
    # a tuple that is a node is that node, not its parts
    frag = A.fragmentation(G, removed=("c", 3))
    assert frag.removed == (("c", 3),)
    both = A.fragmentation(G, removed=[("c", 3), ("b", 2)])
    assert len(both.removed) == 2
    reach = A.reach(G, members=("a", 1))
    assert reach == A.reach(G, members=[("a", 1)])
    flow = A.information_flow(G, source=("a", 1), kinds=None)
    assert flow.loc[[("a", 1)], "steps"].tolist() == [0]


def test_affiliation_takes_tuple_keys() -> None:
    G = _graph()
    for member in [("a", 1), ("b", 2), ("c", 3)]:
        G.add_edge(member, ("f", 9), kind="membership", frequency="monthly")
    G.nodes[("f", 9)].update(name="Stuurgroep", power=4.0, category="overleg")
    got = A.affiliation(G)
    want = A.affiliation(_as_text(G))
    for part in ("incidence", "projection", "load", "forums"):
        frame = getattr(got, part)
        assert not isinstance(frame.index, pd.MultiIndex)
        assert not isinstance(frame.columns, pd.MultiIndex)
        text = frame.rename(
            index=lambda n: f"{n[0]}{n[1]}",
            columns=lambda n: f"{n[0]}{n[1]}" if isinstance(n, tuple) else n,
        )
        pd.testing.assert_frame_equal(
            text, getattr(want, part), check_index_type=False, check_column_type=False
        )
