"""Key players (Borgatti 2006): fragmentation and reach computed by hand on the kite,
the greedy-swap search, and property tests of the measures' invariants."""

from __future__ import annotations

import itertools
import math

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stakeholder_map as skm
from stakeholder_map.exceptions import UnknownStakeholderError

# Kite: 0 Andre, 1 Beverly, 2 Carol, 3 Diane, 4 Ed, 5 Fernando, 6 Garth,
# 7 Heather, 8 Ike, 9 Jane.


@pytest.fixture
def kite() -> nx.Graph:
    return nx.krackhardt_kite_graph()


def test_fragmentation_kite_by_hand(kite: nx.Graph) -> None:
    whole = skm.analysis.fragmentation(kite)
    assert whole.fragmentation == 0.0
    assert whole.n_components == 1
    # Without Heather: components {0..6} and {8, 9}; n = 9.
    res = skm.analysis.fragmentation(kite, removed=[7])
    assert res.removed == (7,)
    assert res.n_nodes == 9
    assert res.n_components == 2
    assert res.fragmentation == pytest.approx(1 - (7 * 6 + 2 * 1) / (9 * 8))
    # In {0..6}: 14 ties at distance 1 and the other 7 pairs at distance 2;
    # {8, 9} adds one pair at distance 1. Ordered sum = 2 * (14 + 7/2 + 1) = 37.
    assert res.distance_fragmentation == pytest.approx(1 - 37 / 72)
    # Without Ike: {0..7} and {9}.
    ike = skm.analysis.fragmentation(kite, removed=[8])
    assert ike.fragmentation == pytest.approx(1 - 8 * 7 / (9 * 8))


def test_reach_kite_by_hand(kite: nx.Graph) -> None:
    one = skm.analysis.reach(kite, members=[7], m=1)
    assert one.m_reach == 3  # Fernando, Garth, Ike
    assert one.m_reach_share == pytest.approx(3 / 9)
    two = skm.analysis.reach(kite, members=[7], m=2)
    assert two.m_reach == 9
    # three at distance 1, six at distance 2, divided by all n = 10 nodes
    assert two.distance_reach == pytest.approx((3 + 6 / 2) / 10)
    pair = skm.analysis.reach(kite, members=[3, 8], m=1)
    assert pair.m_reach == 8
    assert pair.distance_reach == pytest.approx(8 / 10)


def test_reach_follows_direction() -> None:
    G = nx.DiGraph([("a", "b"), ("c", "a")])
    res = skm.analysis.reach(G, members=["a"], m=3)
    assert res.m_reach == 1
    assert res.distance_reach == pytest.approx(1 / 3)


def test_key_players_kite(kite: nx.Graph) -> None:
    frag = skm.analysis.key_players(kite, k=1, objective="fragmentation", criterion="F")
    assert frag.index.tolist() == [7]  # Heather splits off Ike and Jane
    assert frag.attrs["fragmentation"] == pytest.approx(1 - 44 / 72)
    assert frag.loc[7, "contribution"] == pytest.approx(frag.attrs["fragmentation"])
    reach2 = skm.analysis.key_players(kite, k=2, objective="reach", m=1)
    assert reach2.attrs["m_reach"] == 8
    assert set(reach2.index) & {3, 5, 6}
    assert reach2.attrs["criterion"] == "m_reach"


def test_key_players_search_finds_the_optimum() -> None:
    # Compare the greedy swap with brute force on a small graph.
    G = nx.connected_watts_strogatz_graph(14, 4, 0.3, seed=2)
    df = skm.analysis.key_players(
        G, k=2, objective="fragmentation", n_starts=8, search="greedy"
    )
    assert df.attrs["search"] == "greedy"
    best = max(
        skm.analysis.fragmentation(G, removed=pair).distance_fragmentation
        for pair in itertools.combinations(G, 2)
    )
    assert df.attrs["distance_fragmentation"] == pytest.approx(best)
    assert len(df) == 2


# A forest of 12 stakeholders, found by comparing the greedy search with brute
# force on random graphs: from seed 0 the greedy swap settles on {3, 9}.
GREEDY_MISSES = [
    (0, 10), (1, 9), (2, 8), (3, 5), (3, 6), (4, 7),
    (4, 10), (6, 9), (6, 11), (9, 10),
]  # fmt: skip


def _greedy_misses() -> nx.Graph:
    G = nx.Graph()
    G.add_nodes_from(range(12))  # node order decides the greedy's random starts
    G.add_edges_from(GREEDY_MISSES)
    return G


def test_exhaustive_search_finds_what_greedy_misses() -> None:
    G = _greedy_misses()
    # Without 6 and 10 only the pairs 1-9, 2-8, 3-5 and 4-7 stay linked, at
    # distance 1: of 10 * 9 ordered pairs, 8 are connected, so F = DF = 1 - 8/90.
    optimum = 1 - 8 / 90
    greedy = skm.analysis.key_players(G, k=2, search="greedy")
    assert greedy.attrs["search"] == "greedy"
    assert sorted(greedy.index) == [3, 9]
    assert greedy.attrs["distance_fragmentation"] < optimum - 0.05
    df = skm.analysis.key_players(G, k=2)
    assert df.attrs["search"] == "exhaustive"
    assert df.attrs["n_candidates"] == math.comb(12, 2)
    assert sorted(df.index) == [6, 10]
    assert df.attrs["distance_fragmentation"] == pytest.approx(optimum)
    assert df.attrs["fragmentation"] == pytest.approx(optimum)
    assert df.attrs["score"] == pytest.approx(optimum)
    # Each member alone leaves less fragmentation behind than the pair.
    for u in (6, 10):
        alone = skm.analysis.fragmentation(G, removed=[u]).distance_fragmentation
        assert df.loc[u, "contribution"] == pytest.approx(optimum - alone)


def test_search_switches_to_greedy_above_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # key_players reads the limit from the module that defines it.
    from stakeholder_map.analysis.network import _keyplayers

    G = _greedy_misses()
    monkeypatch.setattr(_keyplayers, "EXHAUSTIVE_LIMIT", math.comb(12, 2))
    assert skm.analysis.key_players(G, k=2).attrs["search"] == "exhaustive"
    monkeypatch.setattr(_keyplayers, "EXHAUSTIVE_LIMIT", math.comb(12, 2) - 1)
    auto = skm.analysis.key_players(G, k=2)
    assert auto.attrs["search"] == "greedy"
    assert sorted(auto.index) == [3, 9]
    forced = skm.analysis.key_players(G, k=2, search="exhaustive")
    assert sorted(forced.index) == [6, 10]


def test_key_players_deterministic(example_map: skm.StakeholderMap) -> None:
    a = skm.analysis.key_players(example_map, k=2, seed=4)
    b = skm.analysis.key_players(example_map, k=2, seed=4)
    assert a.index.tolist() == b.index.tolist()
    assert a.attrs == b.attrs


def test_key_players_validation(kite: nx.Graph) -> None:
    with pytest.raises(ValueError, match="`k` must be a whole number between 1 and 8"):
        skm.analysis.key_players(kite, k=9)
    with pytest.raises(ValueError, match="`objective`"):
        skm.analysis.key_players(kite, k=1, objective="influence")
    with pytest.raises(ValueError, match="`criterion`"):
        skm.analysis.key_players(kite, k=1, objective="reach", criterion="DF")
    with pytest.raises(ValueError, match="`search` must be one of"):
        skm.analysis.key_players(kite, k=1, search="brute")
    with pytest.raises(ValueError, match="`m`"):
        skm.analysis.reach(kite, members=[1], m=0)
    with pytest.raises(UnknownStakeholderError, match="No stakeholder has the id"):
        skm.analysis.fragmentation(kite, removed=["Heather"])
    with pytest.raises(ValueError, match="more than once"):
        skm.analysis.reach(kite, members=[1, 1])


def test_fragmentation_takes_one_id_as_text() -> None:
    G = nx.Graph([("ocmw", "caw"), ("caw", "clb"), ("clb", "o"), ("o", "c")])
    one = skm.analysis.fragmentation(G, removed="caw")
    assert one == skm.analysis.fragmentation(G, removed=["caw"])
    assert one.removed == ("caw",)
    # "ocmw" is one id, not the letters o, c, m, w (two of which are nodes here)
    assert skm.analysis.fragmentation(G, removed="ocmw").removed == ("ocmw",)
    with pytest.raises(UnknownStakeholderError):
        skm.analysis.fragmentation(G, removed="m")


def test_fragmentation_needs_two_nodes() -> None:
    res = skm.analysis.fragmentation(nx.Graph([("a", "b")]), removed=["a"])
    assert math.isnan(res.fragmentation)
    assert math.isnan(res.distance_fragmentation)


# --------------------------------------------------------------------------
# Property tests
# --------------------------------------------------------------------------

graphs = st.builds(
    lambda n, p, seed: nx.gnp_random_graph(n, p, seed=seed),
    st.integers(3, 14),
    st.floats(0.0, 1.0),
    st.integers(0, 10_000),
)


@settings(max_examples=40, deadline=None)
@given(G=graphs, seed=st.integers(0, 100))
def test_fragmentation_bounds(G: nx.Graph, seed: int) -> None:
    res = skm.analysis.fragmentation(G)
    if nx.is_connected(G):
        assert res.fragmentation == 0.0
    if G.number_of_edges() == 0:
        assert res.fragmentation == 1.0
        assert res.distance_fragmentation == 1.0
    assert 0.0 <= res.fragmentation <= res.distance_fragmentation + 1e-12 <= 1.0 + 1e-12
    rng = np.random.default_rng(seed)
    removed = rng.choice(list(G), size=len(G) // 3, replace=False).tolist()
    after = skm.analysis.fragmentation(G, removed=removed)
    assert (
        0.0
        <= after.fragmentation
        <= after.distance_fragmentation + 1e-12
        <= 1.0 + 1e-12
    )


@settings(max_examples=40, deadline=None)
@given(G=graphs, k=st.integers(1, 3))
def test_reach_monotone_in_m(G: nx.Graph, k: int) -> None:
    members = list(G)[:k]
    values = [skm.analysis.reach(G, members=members, m=m).m_reach for m in (1, 2, 3, 9)]
    assert values == sorted(values)
    assert values[-1] <= len(G) - k
    dr = skm.analysis.reach(G, members=members).distance_reach
    assert 0.0 <= dr <= (len(G) - k) / len(G) + 1e-12


@settings(max_examples=30, deadline=None)
@given(G=graphs)
def test_measure_invariants(G: nx.Graph) -> None:
    df = skm.analysis.centrality(G, measures=["degree", "betweenness", "pagerank"])
    assert df["pagerank"].sum() == pytest.approx(1.0)
    assert (df["betweenness_norm"] >= 0).all()
    assert (df["betweenness_norm"] <= 1 + 1e-12).all()
    holes = skm.analysis.structural_holes(G)
    connected = holes["contacts"] > 0
    assert holes.loc[~connected, "constraint"].isna().all()
    assert (
        holes.loc[connected, "effective_size"]
        <= holes.loc[connected, "contacts"] + 1e-9
    ).all()
    assert (holes.loc[connected, "effective_size"] >= 1 - 1e-9).all()
    assert (holes.loc[connected, "constraint"] > 0).all()
    assert (holes.loc[connected, "efficiency"] <= 1 + 1e-9).all()


def _brute_force(
    G: nx.Graph, k: int, objective: str
) -> tuple[float, float, list[tuple[int, ...]]]:
    """Best (criterion, tie-breaker) over every set of k, and the sets reaching it."""
    scored = []
    for members in itertools.combinations(sorted(G), k):
        if objective == "fragmentation":
            f = skm.analysis.fragmentation(G, removed=members)
            scored.append(((f.distance_fragmentation, f.fragmentation), members))
        else:
            r = skm.analysis.reach(G, members=members, m=2)
            scored.append(((float(r.m_reach), r.distance_reach), members))
    best = max(score for score, _ in scored)
    winners = [
        members for score, members in scored if score == pytest.approx(best, abs=1e-9)
    ]
    return best[0], best[1], winners


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(4, 11),
    p=st.floats(0.0, 0.7),
    seed=st.integers(0, 10_000),
    k=st.integers(1, 3),
    objective=st.sampled_from(["fragmentation", "reach"]),
    directed=st.booleans(),
)
def test_key_players_matches_brute_force(
    n: int, p: float, seed: int, k: int, objective: str, directed: bool
) -> None:
    G = nx.gnp_random_graph(n, p, seed=seed, directed=directed)
    k = min(k, n - 2)
    df = skm.analysis.key_players(G, k=k, objective=objective, m=2)
    assert df.attrs["search"] == "exhaustive"
    first, second, winners = _brute_force(G, k, objective)
    assert df.attrs["score"] == pytest.approx(first, abs=1e-12)
    if objective == "fragmentation":
        assert df.attrs["fragmentation"] == pytest.approx(second, abs=1e-12)
    else:
        assert df.attrs["distance_reach"] == pytest.approx(second, abs=1e-12)
    # Of tied sets, the first in node order wins.
    assert tuple(sorted(df.index)) == winners[0]
