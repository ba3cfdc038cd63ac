"""Network measures: published reference values, networkx equality, hand counts."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import stakeholder_map as skm
from stakeholder_map.analysis import _engine
from stakeholder_map.exceptions import StakeholderMapWarning, UnknownStakeholderError

KITE_NAMES = [
    "Andre",
    "Beverly",
    "Carol",
    "Diane",
    "Ed",
    "Fernando",
    "Garth",
    "Heather",
    "Ike",
    "Jane",
]


@pytest.fixture
def kite() -> nx.Graph:
    G = nx.krackhardt_kite_graph()
    return nx.relabel_nodes(G, dict(enumerate(KITE_NAMES)))


@pytest.fixture
def florentine() -> nx.Graph:
    return nx.florentine_families_graph()


def _random_graph(seed: int, *, directed: bool, weighted: bool) -> nx.Graph:
    G = nx.gnm_random_graph(25, 70, seed=seed, directed=directed)
    rng = np.random.default_rng(seed)
    if weighted:
        for u, v in G.edges():
            G.edges[u, v]["weight"] = float(rng.integers(1, 6))
    return G


# --------------------------------------------------------------------------
# Published reference values (Krackhardt 1990 kite; Padgett's Florentine families)
# --------------------------------------------------------------------------


def test_kite_published_values(kite: nx.Graph) -> None:
    df = skm.analysis.centrality(kite)
    assert df.loc["Diane", "degree"] == 6
    assert df["degree"].idxmax() == "Diane"
    # Krackhardt (1990): Heather brokers most (raw betweenness 14).
    assert df.loc["Heather", "betweenness"] == pytest.approx(14.0)
    assert df.loc["Fernando", "betweenness"] == pytest.approx(8 + 1 / 3)
    assert df.loc["Garth", "betweenness"] == pytest.approx(8 + 1 / 3)
    assert df.loc["Ike", "betweenness"] == pytest.approx(8.0)
    assert df.loc["Diane", "betweenness"] == pytest.approx(3 + 2 / 3)
    assert df.loc["Jane", "betweenness"] == 0
    # Fernando and Garth are closest to all (closeness 9/14 = 0.643).
    assert df.loc["Fernando", "closeness"] == pytest.approx(9 / 14)
    assert df.loc["Garth", "closeness"] == pytest.approx(9 / 14)
    assert df.loc["Diane", "closeness"] == pytest.approx(0.6)
    assert df.loc["Heather", "betweenness_norm"] == pytest.approx(14 / 36)
    assert df["eigenvector"].idxmax() == "Diane"


def test_florentine_published_values(florentine: nx.Graph) -> None:
    df = skm.analysis.centrality(florentine)
    assert df.loc["Medici", "degree"] == 6
    # Padgett & Ansell: the Medici broker; normalised betweenness 0.522.
    assert df.loc["Medici", "betweenness_norm"] == pytest.approx(0.5219, abs=1e-4)
    assert df.loc["Medici", "closeness"] == pytest.approx(0.56, abs=1e-2)
    florentine.add_node("Pucci")  # Padgett's isolated family
    holes = skm.analysis.structural_holes(florentine)
    # Borgatti (1997): unweighted undirected ES = n - 2t/n; the Medici's six
    # contacts share one tie (Ridolfi-Tornabuoni).
    assert holes.loc["Medici", "effective_size"] == pytest.approx(6 - 2 * 1 / 6)
    assert holes.loc["Medici", "efficiency"] == pytest.approx((6 - 1 / 3) / 6)
    assert holes["constraint"].idxmin() == "Medici"
    # Pucci is an isolate: undefined.
    assert math.isnan(holes.loc["Pucci", "constraint"])
    assert math.isnan(holes.loc["Pucci", "effective_size"])


@pytest.mark.parametrize("fixture", ["kite", "florentine"])
def test_reference_graphs_equal_networkx(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    G = request.getfixturevalue(fixture)
    df = skm.analysis.centrality(G)
    holes = skm.analysis.structural_holes(G)
    refs = {
        "degree_centrality": nx.degree_centrality(G),
        "betweenness": nx.betweenness_centrality(G, normalized=False),
        "betweenness_norm": nx.betweenness_centrality(G),
        "closeness": nx.closeness_centrality(G),
        "harmonic": nx.harmonic_centrality(G),
        "eigenvector": nx.eigenvector_centrality(G, tol=1e-14, max_iter=10_000),
        "pagerank": nx.pagerank(G, tol=1e-14, max_iter=10_000),
    }
    for column, ref in refs.items():
        expected = pd.Series(ref).reindex(df.index)
        np.testing.assert_allclose(df[column], expected, atol=1e-9, err_msg=column)
    constraint = pd.Series(nx.constraint(G)).reindex(holes.index)
    np.testing.assert_allclose(holes["constraint"], constraint, atol=1e-9)
    es = pd.Series(nx.effective_size(G)).reindex(holes.index)
    np.testing.assert_allclose(holes["effective_size"], es, atol=1e-9)


# --------------------------------------------------------------------------
# Equality with networkx on random directed and weighted graphs
# --------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("directed", [True, False])
def test_centrality_equals_networkx(seed: int, directed: bool) -> None:
    G = _random_graph(seed, directed=directed, weighted=True)
    df = skm.analysis.centrality(G)
    nodes = list(df.index)
    refs = {
        "betweenness": nx.betweenness_centrality(G, normalized=False),
        "betweenness_norm": nx.betweenness_centrality(G),
        "closeness": nx.closeness_centrality(G),
        "harmonic": nx.harmonic_centrality(G),
        "eigenvector": nx.eigenvector_centrality(
            G, weight="weight", tol=1e-14, max_iter=100_000
        ),
        "pagerank": nx.pagerank(G, weight="weight", tol=1e-14, max_iter=10_000),
        "degree_centrality": nx.degree_centrality(G),
    }
    for column, ref in refs.items():
        np.testing.assert_allclose(
            df[column], [ref[n] for n in nodes], atol=1e-9, err_msg=column
        )
    if directed:
        assert df["in_degree"].tolist() == [G.in_degree(n) for n in nodes]
        assert df["out_degree"].tolist() == [G.out_degree(n) for n in nodes]
        strength = dict(G.degree(weight="weight"))
        np.testing.assert_allclose(df["strength"], [strength[n] for n in nodes])


@pytest.mark.parametrize("seed", [4, 5])
def test_structural_holes_equal_networkx_weighted_directed(seed: int) -> None:
    G = _random_graph(seed, directed=True, weighted=True)
    # networkx's per-node path is right only for nodes with out-edges (it tests
    # `len(G[v])`), so compare where every node has one.
    for v in list(G):
        if G.out_degree(v) == 0:
            G.add_edge(v, (v + 1) % 25, weight=1.0)
    holes = skm.analysis.structural_holes(G)
    nodes = list(holes.index)
    con = nx.constraint(G, weight="weight")
    es = nx.effective_size(G, nodes=nodes, weight="weight")
    np.testing.assert_allclose(holes["constraint"], [con[n] for n in nodes], atol=1e-9)
    np.testing.assert_allclose(
        holes["effective_size"], [es[n] for n in nodes], atol=1e-9
    )


def test_structural_holes_weighted_by_hand() -> None:
    # a->b 2, b->a 1, a->c 1, c->b 3: mutual weights ab 3, ac 1, bc 3.
    G = nx.DiGraph()
    G.add_weighted_edges_from(
        [("a", "b", 2), ("b", "a", 1), ("a", "c", 1), ("c", "b", 3)]
    )
    holes = skm.analysis.structural_holes(G)
    # p_ab = 3/4, p_ac = 1/4, p_bc = 1/2, p_cb = 3/4
    # C_a = (3/4 + 1/4 * 3/4)^2 + (1/4 + 3/4 * 1/2)^2 = 225/256 + 100/256
    assert holes.loc["a", "constraint"] == pytest.approx(325 / 256)
    # m_bc = 1, m_cb = 1: ES_a = (1 - 1/4) + (1 - 3/4) = 1
    assert holes.loc["a", "effective_size"] == pytest.approx(1.0)
    assert holes.loc["a", "contacts"] == 2
    assert holes.loc["a", "efficiency"] == pytest.approx(0.5)
    unweighted = skm.analysis.structural_holes(G, weight=None)
    assert unweighted.loc["a", "constraint"] != pytest.approx(325 / 256)


def test_sink_is_not_an_isolate() -> None:
    # networkx's per-node path calls a node with only incoming ties isolated.
    G = nx.DiGraph([("a", "c"), ("b", "c"), ("a", "b")])
    holes = skm.analysis.structural_holes(G)
    assert holes.loc["c", "contacts"] == 2
    assert holes.loc["c", "effective_size"] == pytest.approx(1.0)
    assert not math.isnan(holes.loc["c", "constraint"])


def test_parallel_relations_are_merged(tiny_map: skm.StakeholderMap) -> None:
    smap = tiny_map.model_copy(
        update={
            "relations": (
                *tiny_map.relations,
                skm.Relation(source="a", target="b", kind="information", weight=2),
            )
        }
    )
    df = skm.analysis.centrality(smap)
    assert df.loc["a", "out_degree"] == 2  # b (twice) and c
    assert df.loc["a", "strength"] == pytest.approx(4 + 2 + 1)
    # the mutual relation b-d counts both ways
    assert df.loc["d", "in_degree"] == 1
    assert df.loc["d", "out_degree"] == 1


def test_centrality_map_and_graph_agree(example_map: skm.StakeholderMap) -> None:
    from_map = skm.analysis.centrality(example_map, kinds="information")
    from_graph = skm.analysis.centrality(skm.to_graph(example_map), kinds="information")
    pd.testing.assert_frame_equal(from_map, from_graph)
    assert from_map.index.name == "stakeholder_id"
    assert from_map.loc["ocmw", "name"] == "OCMW Vlasbeke"
    assert from_map.attrs["kinds"] == ["information"]
    assert set(from_map.attrs["normalisation"]) == set(
        skm.analysis.network.CENTRALITY_MEASURES
    )


def test_centrality_channel_filter(example_map: skm.StakeholderMap) -> None:
    df = skm.analysis.centrality(
        example_map, channels="newsletter", measures=["degree"]
    )
    assert df.loc["huis_van_het_kind", "out_degree"] == 5
    assert df.loc["ocmw", "degree"] == 0


def test_centrality_measure_subset(kite: nx.Graph) -> None:
    df = skm.analysis.centrality(kite, measures=["pagerank"])
    assert list(df.columns) == ["name", "pagerank"]
    with pytest.raises(ValueError, match="`measures` must be one of"):
        skm.analysis.centrality(kite, measures=["katz"])


def test_eigenvector_warns_without_cycles() -> None:
    G = nx.DiGraph([("a", "b"), ("b", "c")])
    with pytest.warns(StakeholderMapWarning, match="eigenvector.*no cycles"):
        df = skm.analysis.centrality(G, measures=["eigenvector"])
    assert df["eigenvector"].isna().all()


def test_eigenvector_undefined_warning_speaks_dutch() -> None:
    G = nx.DiGraph([("a", "b")], language="nl")
    with pytest.warns(StakeholderMapWarning, match="eigenvector.*geen kringen"):
        df = skm.analysis.centrality(G, measures=["eigenvector"])
    assert df["eigenvector"].isna().all()


@pytest.mark.parametrize("n", [40, 100, 200])
def test_eigenvector_on_long_chains_equals_networkx(n: int) -> None:
    # The power iteration needs tens of thousands of steps on a long chain; the
    # values are defined and networkx reaches them with enough iterations.
    G = nx.path_graph([f"s{i}" for i in range(n)])
    df = skm.analysis.centrality(G, measures=["eigenvector"])
    ref = nx.eigenvector_centrality(G, tol=1e-12, max_iter=1_000_000)
    np.testing.assert_allclose(df["eigenvector"], [ref[v] for v in G], atol=1e-8)


def _leading_in_vector(G: nx.Graph) -> np.ndarray:
    """Return the L2-normalised leading eigenvector of A^T, densely."""
    A = nx.to_numpy_array(G, weight="weight")
    values, vectors = np.linalg.eig(A.T)
    x = np.abs(vectors[:, np.argmax(values.real)].real)
    return x / np.linalg.norm(x)


def test_eigenvector_on_a_long_directed_cycle_equals_the_eigenvector() -> None:
    G = nx.cycle_graph(300, create_using=nx.DiGraph)
    G.add_edge(0, 150, weight=2.0)
    df = skm.analysis.centrality(G, measures=["eigenvector"])
    np.testing.assert_allclose(df["eigenvector"], _leading_in_vector(G), atol=1e-8)


def test_eigenvector_on_a_large_chain_uses_the_sparse_solver() -> None:
    G = nx.path_graph(1000)
    df = skm.analysis.centrality(G, measures=["eigenvector"])
    np.testing.assert_allclose(df["eigenvector"], _leading_in_vector(G), atol=1e-8)


def test_eigenvector_not_unique_between_equal_directed_parts() -> None:
    # Two separate, equally strong directed parts: eigenvector centrality has no
    # single answer.
    G = nx.DiGraph()
    for start in (0, 300):
        nx.add_cycle(G, range(start, start + 300))
        G.add_edge(start, start + 150)
    with pytest.warns(StakeholderMapWarning, match="equally strong"):
        df = skm.analysis.centrality(G, measures=["eigenvector"])
    assert df["eigenvector"].isna().all()


def test_bad_weights_are_reported() -> None:
    G = nx.DiGraph()
    G.add_edge("a", "b", weight=-1)
    with pytest.raises(
        ValueError, match=r"`weight` must hold non-negative.*'a' -> 'b'"
    ):
        skm.analysis.centrality(G)
    df = skm.analysis.centrality(G, weight=None, measures=["degree"])
    assert df.loc["a", "out_degree"] == 1


def test_rejects_other_data() -> None:
    with pytest.raises(TypeError, match="StakeholderMap or a networkx graph"):
        skm.analysis.centrality({"a": "b"})  # type: ignore[arg-type]


def test_empty_and_tiny_graphs() -> None:
    assert skm.analysis.centrality(nx.DiGraph()).empty
    with pytest.warns(StakeholderMapWarning, match="`betweenness_norm`.*fewer than 3"):
        two = skm.analysis.centrality(nx.Graph([("a", "b")]))
    assert two["betweenness"].tolist() == [0.0, 0.0]
    assert two["betweenness_norm"].isna().all()
    assert two["pagerank"].sum() == pytest.approx(1.0)
    assert two["degree_centrality"].tolist() == [1.0, 1.0]
    assert two["closeness"].tolist() == [1.0, 1.0]
    np.testing.assert_allclose(two["eigenvector"], [2**-0.5, 2**-0.5])


# --------------------------------------------------------------------------
# Brokerage (Gould & Fernandez 1989), counted by hand
# --------------------------------------------------------------------------


def _broker_graph() -> nx.DiGraph:
    G = nx.DiGraph()
    for node, g in {
        "a1": "A",
        "a2": "A",
        "v": "B",
        "x1": "B",
        "x2": "B",
        "c1": "C",
    }.items():
        G.add_node(node, category=g)
    G.add_edges_from([("a1", "v"), ("x1", "v"), ("v", "a2"), ("v", "x2"), ("v", "c1")])
    return G


def test_brokerage_all_five_roles_by_hand() -> None:
    df = skm.analysis.brokerage(_broker_graph())
    # a1->v->a2 itinerant; a1->v->x2 gatekeeper; a1->v->c1 liaison;
    # x1->v->a2 and x1->v->c1 representative; x1->v->x2 coordinator.
    assert df.loc["v", list(skm.analysis.network.BROKERAGE_ROLES)].tolist() == [
        1,
        1,
        2,
        1,
        1,
    ]
    assert df.loc["v", "total"] == 6
    assert df.drop(index="v")["total"].sum() == 0
    assert df.loc["v", "group"] == "B"


def test_brokerage_closed_pairs_and_reverse_ties() -> None:
    G = _broker_graph()
    G.add_edge("a1", "c1")  # closes the liaison pair
    G.add_edge("x2", "x1")  # a reverse tie does not cancel x1 -> v -> x2
    df = skm.analysis.brokerage(G)
    assert df.loc["v", "liaison"] == 0
    assert df.loc["v", "coordinator"] == 1
    assert df.loc["v", "total"] == 5
    assert df.loc["x2", "coordinator"] == 1  # v -> x2 -> x1
    assert df.loc["x1", "coordinator"] == 1  # x2 -> x1 -> v
    roles = list(skm.analysis.network.BROKERAGE_ROLES)
    assert (df[roles].sum(axis=1) == df["total"]).all()


def test_brokerage_undirected_counts_both_ways() -> None:
    G = nx.Graph([("a", "v"), ("v", "b")])
    nx.set_node_attributes(G, {"a": "A", "v": "B", "b": "A"}, "category")
    df = skm.analysis.brokerage(G)
    assert df.loc["v", "itinerant"] == 2  # (a, b) and (b, a)


def test_brokerage_missing_group_warns() -> None:
    G = nx.DiGraph([("a", "v"), ("v", "b")])
    nx.set_node_attributes(G, {"a": "A", "b": "A"}, "category")
    with pytest.warns(
        StakeholderMapWarning, match=r"1 stakeholder\(s\) have no `category`"
    ):
        df = skm.analysis.brokerage(G)
    assert df.loc["v", "itinerant"] == 1


# --------------------------------------------------------------------------
# Communities, Rowley, influence gap, coalitions
# --------------------------------------------------------------------------


def test_communities_two_cliques() -> None:
    G = nx.barbell_graph(5, 0)
    df = skm.analysis.communities(G, seed=3)
    assert sorted(df["community"].unique().tolist()) == [1, 2]
    assert df.loc[0, "community"] != df.loc[9, "community"]
    assert df["community_size"].tolist() == [5] * 10
    parts = [set(range(5)), set(range(5, 10))]
    assert df.attrs["modularity"] == pytest.approx(nx.community.modularity(G, parts))
    greedy = skm.analysis.communities(G, method="greedy")
    assert greedy["community"].tolist() == df["community"].tolist()
    with pytest.raises(ValueError, match="`method`"):
        skm.analysis.communities(G, method="leiden")


def test_communities_deterministic(example_map: skm.StakeholderMap) -> None:
    a = skm.analysis.communities(example_map, seed=7)
    b = skm.analysis.communities(example_map, seed=7)
    pd.testing.assert_frame_equal(a, b)


def test_rowley_positions_by_hand() -> None:
    star = nx.star_graph(4)  # density 4/10, centre degree 1.0, leaves 0.25
    df = skm.analysis.rowley(star, focal=[0, 1], density_cut=0.5, centrality_cut=0.5)
    assert df["density"].tolist() == pytest.approx([0.4, 0.4])
    assert df["centrality"].tolist() == pytest.approx([1.0, 0.25])
    assert df["position"].tolist() == ["commander", "solitarian"]
    dense = skm.analysis.rowley(star, focal=[0, 1], density_cut=0.4, centrality_cut=0.5)
    assert dense["position"].tolist() == ["compromiser", "subordinate"]
    btw = skm.analysis.rowley(
        star, focal=0, density_cut=0.4, centrality_cut=1.0, centrality="betweenness"
    )
    assert btw["centrality"].tolist() == pytest.approx([1.0])
    clo = skm.analysis.rowley(
        star, focal=1, density_cut=0.4, centrality_cut=0.5, centrality="closeness"
    )
    assert clo["centrality"].tolist() == pytest.approx([4 / 7])
    with pytest.raises(UnknownStakeholderError):
        skm.analysis.rowley(star, focal=9, density_cut=0.1, centrality_cut=0.1)
    with pytest.raises(ValueError, match="`density_cut`"):
        skm.analysis.rowley(star, focal=0, density_cut=2, centrality_cut=0.1)


def test_influence_gap_flags() -> None:
    # b advises/funds many; rated low. e is rated highest but only receives.
    G = nx.DiGraph()
    for node, power in {"a": 3, "b": 1, "c": 2, "d": 2, "e": 5}.items():
        G.add_node(node, power=power)
    for target in ("a", "c", "d", "e"):
        G.add_edge("b", target, kind="funding")
    G.add_edge("a", "e", kind="authority")
    df = skm.analysis.influence_gap(G)
    assert df.index[0] == "b"
    assert df.loc["b", "flag"] == "hidden_broker"
    assert df.loc["e", "flag"] == "paper_tiger"
    assert df["gap"].tolist() == sorted(df["gap"].tolist(), reverse=True)
    assert list(df["flag"].cat.categories) == list(skm.analysis.network.GAP_FLAGS)
    by_degree = skm.analysis.influence_gap(G, measure="degree")
    assert by_degree.loc["b", "influence"] == 4


def test_influence_gap_leaves_out_unscored(example_map: skm.StakeholderMap) -> None:
    with pytest.warns(StakeholderMapWarning, match="zonder `power`"):  # Dutch map
        df = skm.analysis.influence_gap(example_map)
    assert "speelotheek" not in df.index
    assert len(df) == len(example_map) - 2
    with pytest.raises(ValueError, match="`min_gap`"):
        skm.analysis.influence_gap(example_map, min_gap=0)


def test_coalitions_two_camps_balanced() -> None:
    G = nx.Graph()
    camp1, camp2 = ["a", "b", "c"], ["x", "y", "z"]
    for camp in (camp1, camp2):
        for i, u in enumerate(camp):
            for v in camp[i + 1 :]:
                G.add_edge(u, v, kind="collaboration")
    for u in camp1:
        for v in camp2:
            G.add_edge(u, v, kind="conflict")
    G.add_node("loner")
    df = skm.analysis.coalitions(G)
    assert df.attrs["n_coalitions"] == 2
    assert df.attrs["frustration"] == 0
    assert df.attrs["balance"] == pytest.approx(1.0)
    assert df.attrs["n_triangles"] == 20
    assert len(set(df.loc[camp1, "coalition"])) == 1
    assert df.loc["a", "coalition"] != df.loc["x", "coalition"]
    assert pd.isna(df.loc["loner", "coalition"])
    assert df.attrs["coalition_ties"] == [
        {"a": 1, "b": 2, "positive": 0, "negative": 9, "relation": "opposed"}
    ]
    assert df.loc["a", "allies"] == 2
    assert df.loc["a", "opponents"] == 3


def test_coalitions_unbalanced_triangle() -> None:
    G = nx.Graph()
    G.add_edge("a", "b", kind="collaboration")
    G.add_edge("b", "c", kind="collaboration")
    G.add_edge("a", "c", kind="conflict")
    df = skm.analysis.coalitions(G)
    assert df.attrs["balance"] == 0.0
    assert df.attrs["frustration"] == pytest.approx(0.5)
    assert df["frustrated"].sum() == 2  # one tie, seen from both ends


def test_coalitions_use_stances(tiny_map: skm.StakeholderMap) -> None:
    smap = tiny_map.model_copy(
        update={
            "relations": (),
            "interests": (skm.Interest(id="t", name="Thema"),),
            "stakes": (
                skm.Stake(stakeholder_id="a", interest_id="t", position=2),
                skm.Stake(stakeholder_id="b", interest_id="t", position=1),
                skm.Stake(stakeholder_id="c", interest_id="t", position=-2),
            ),
        }
    )
    df = skm.analysis.coalitions(smap)
    assert df.loc["a", "coalition"] == df.loc["b", "coalition"]
    assert df.loc["a", "coalition"] != df.loc["c", "coalition"]
    assert pd.isna(df.loc["d", "coalition"])
    without = skm.analysis.coalitions(smap, stances=False)
    assert without["coalition"].isna().all()


def test_engine_symmetric_and_subgraph() -> None:
    G = nx.DiGraph()
    G.add_edge("a", "b", weight=2)
    G.add_edge("b", "a", weight=1)
    G.add_edge("b", "c", weight=1)
    g = _engine.simple_digraph(G)
    sym = g.symmetric()
    A = sym.adjacency().toarray()
    assert A[0, 1] == A[1, 0] == 3
    sub = g.subgraph(np.array([False, True, True]))
    assert sub.nodes == ["b", "c"]
    assert sub.src.tolist() == [0]


# --------------------------------------------------------------------------
# Boundaries: ties of weight 0, self-loops, tiny networks, conflicts, mutual ties
# --------------------------------------------------------------------------


def _zero_weight_chain() -> nx.DiGraph:
    G = nx.DiGraph()
    G.add_edge("a", "b", weight=0)
    G.add_edge("b", "c", weight=3)
    G.add_edge("c", "d", weight=1)
    G.add_edge("d", "b", weight=2)
    G.add_edge("c", "a", weight=0)
    return G


def test_a_tie_of_weight_zero_is_a_tie() -> None:
    G = _zero_weight_chain()
    df = skm.analysis.centrality(G, measures=["degree", "betweenness", "closeness"])
    unweighted = skm.analysis.centrality(
        G, weight=None, measures=["degree", "betweenness", "closeness"]
    )
    nodes = list(df.index)
    for column in ("in_degree", "out_degree", "degree", "betweenness", "closeness"):
        assert df[column].tolist() == unweighted[column].tolist(), column
    assert df["in_degree"].tolist() == [G.in_degree(v) for v in nodes]
    assert df["out_degree"].tolist() == [G.out_degree(v) for v in nodes]
    btw = nx.betweenness_centrality(G, normalized=False)
    np.testing.assert_allclose(df["betweenness"], [btw[v] for v in nodes])
    close = nx.closeness_centrality(G)
    np.testing.assert_allclose(df["closeness"], [close[v] for v in nodes])
    # weight is strength: the tie of weight 0 adds nothing to it
    strength = dict(G.degree(weight="weight"))
    np.testing.assert_allclose(df["strength"], [strength[v] for v in nodes])
    assert df.loc["a", "strength"] == 0.0
    assert "never existence" in df.attrs["zero_weight_ties"]


def test_a_tie_of_weight_zero_adds_nothing_to_pagerank_and_eigenvector() -> None:
    G = _zero_weight_chain()
    df = skm.analysis.centrality(G, measures=["pagerank", "eigenvector"])
    pr = nx.pagerank(G, weight="weight", tol=1e-14, max_iter=10_000)
    np.testing.assert_allclose(df["pagerank"], [pr[v] for v in df.index], atol=1e-9)
    ev = nx.eigenvector_centrality(G, weight="weight", tol=1e-14, max_iter=10_000)
    np.testing.assert_allclose(df["eigenvector"], [ev[v] for v in df.index], atol=1e-9)


def test_a_relation_of_weight_zero_on_a_zero_to_ten_map() -> None:
    smap = skm.StakeholderMap(
        name="Nul",
        scale=(0, 10),
        stakeholders=[
            skm.Stakeholder(id=i, name=i.upper(), power=5, interest=5) for i in "abc"
        ],
        relations=[
            skm.Relation(source="a", target="b", kind="information", weight=0),
            skm.Relation(source="b", target="c", kind="information", weight=7),
        ],
    )
    df = skm.analysis.centrality(smap, measures=["degree", "betweenness"])
    assert df["out_degree"].tolist() == [1, 1, 0]
    assert df.loc["b", "betweenness"] == 1.0


def _loop_triangle() -> nx.DiGraph:
    G = nx.DiGraph([(0, 1), (1, 2), (2, 0)])
    G.add_edge(2, 2)
    return G


@pytest.mark.parametrize("directed", [True, False])
def test_self_loops_are_kept_as_networkx_reads_them(directed: bool) -> None:
    G = _loop_triangle() if directed else nx.Graph(_loop_triangle())
    if not directed:
        G.add_edge(0, 3)
    df = skm.analysis.centrality(G)
    nodes = list(df.index)
    refs = {
        "degree_centrality": nx.degree_centrality(G),
        "pagerank": nx.pagerank(G, tol=1e-14, max_iter=10_000),
        "eigenvector": nx.eigenvector_centrality(G, tol=1e-14, max_iter=10_000),
        "betweenness": nx.betweenness_centrality(G, normalized=False),
        "closeness": nx.closeness_centrality(G),
    }
    for column, ref in refs.items():
        np.testing.assert_allclose(
            df[column], [ref[v] for v in nodes], atol=1e-9, err_msg=column
        )
    assert df["degree"].tolist() == [G.degree(v) for v in nodes]
    strength = dict(G.degree(weight="weight"))
    np.testing.assert_allclose(df["strength"], [strength[v] for v in nodes])
    assert df.attrs["n_self_loops"] == 1
    assert "kept" in df.attrs["self_loops"]


def test_loop_triangle_pagerank_published_in_the_issue() -> None:
    df = skm.analysis.centrality(_loop_triangle(), measures=["pagerank"])
    np.testing.assert_allclose(df["pagerank"], [0.254, 0.266, 0.480], atol=1e-3)


def test_single_stakeholder_values_and_warnings() -> None:
    G = nx.DiGraph()
    G.add_node("a")
    with pytest.warns(StakeholderMapWarning) as record:
        df = skm.analysis.centrality(G)
    messages = " ".join(str(w.message) for w in record)
    for measure in ("degree_centrality", "betweenness_norm", "closeness"):
        assert f"`{measure}` is not defined" in messages
    assert "`eigenvector`: eigenvector centrality is not defined" in messages
    row = df.loc["a"]
    assert row[["in_degree", "out_degree", "degree"]].tolist() == [0, 0, 0]
    assert row["betweenness"] == 0.0
    assert row["harmonic"] == 0.0
    assert row["pagerank"] == 1.0
    for column in ("degree_centrality", "betweenness_norm", "closeness", "eigenvector"):
        assert math.isnan(row[column]), column


def test_single_stakeholder_with_a_self_loop() -> None:
    G = nx.DiGraph([("a", "a")])
    with pytest.warns(StakeholderMapWarning, match="`degree_centrality`"):
        df = skm.analysis.centrality(G, measures=["degree", "eigenvector"])
    assert df.loc["a", "degree"] == 2
    assert math.isnan(df.loc["a", "degree_centrality"])
    # A = [[1]]: the largest eigenvalue is 1 and its eigenvector is defined.
    assert df.loc["a", "eigenvector"] == 1.0


def test_two_stakeholders_one_way_tie_says_why_eigenvector_is_missing() -> None:
    with pytest.warns(StakeholderMapWarning, match=r"`eigenvector`.*no cycles"):
        df = skm.analysis.centrality(nx.DiGraph([("a", "b")]), measures=["eigenvector"])
    assert df["eigenvector"].isna().all()


def test_too_few_stakeholders_warning_speaks_dutch() -> None:
    G = nx.DiGraph(language="nl")
    G.add_node("a")
    with pytest.warns(StakeholderMapWarning, match="`closeness` is niet gedefinieerd"):
        skm.analysis.centrality(G, measures=["closeness"])


def _with_conflicts() -> nx.DiGraph:
    G = nx.DiGraph()
    for u, v in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]:
        G.add_edge(u, v, kind="collaboration", weight=2)
    for u in ("a", "b", "c"):
        G.add_edge(u, "e", kind="conflict", weight=5)
    return G


def test_conflicts_are_left_out_of_centrality_by_default() -> None:
    G = _with_conflicts()
    positive = G.copy()
    positive.remove_edges_from([(u, "e") for u in "abc"])
    df = skm.analysis.centrality(G)
    pr = nx.pagerank(positive, tol=1e-14, max_iter=10_000)
    np.testing.assert_allclose(df["pagerank"], [pr[v] for v in df.index], atol=1e-9)
    assert df.loc["e", "in_degree"] == 0
    assert df.attrs["n_negative_ties_left_out"] == 3
    assert df.attrs["negative_ties"].startswith("left out")
    # the old reading, networkx's, on request
    old = skm.analysis.centrality(G, negative_ties="include")
    pr_all = nx.pagerank(G, tol=1e-14, max_iter=10_000)
    np.testing.assert_allclose(old["pagerank"], [pr_all[v] for v in old.index])
    assert old.loc["e", "in_degree"] == 3
    with pytest.raises(ValueError, match="`negative_ties` must be one of"):
        skm.analysis.centrality(G, negative_ties="signed")


def test_sign_decides_not_the_kind(tiny_map: skm.StakeholderMap) -> None:
    smap = tiny_map.model_copy(
        update={
            "relations": (
                *tiny_map.relations,
                skm.Relation(source="c", target="d", kind="advice", sign=-1),
            )
        }
    )
    df = skm.analysis.centrality(smap, measures=["degree"])
    assert df.loc["c", "out_degree"] == 0
    assert df.attrs["n_negative_ties_left_out"] == 1


def test_only_conflicts_warns_and_is_defined_where_it_can_be() -> None:
    G = nx.DiGraph()
    G.add_edge("a", "b", kind="conflict")
    G.add_edge("b", "a", kind="conflict")
    with pytest.warns(StakeholderMapWarning) as record:
        df = skm.analysis.centrality(G)
    messages = " ".join(str(w.message) for w in record)
    assert "negative_ties='include'" in messages
    assert df["degree"].tolist() == [0, 0]
    assert df["pagerank"].tolist() == [0.5, 0.5]
    assert df["eigenvector"].isna().all()
    with pytest.warns(StakeholderMapWarning) as record:
        com = skm.analysis.communities(G)
    messages = " ".join(str(w.message) for w in record)
    assert "`communities`: every relation selected is a negative tie" in messages
    assert "`modularity` is not defined" in messages
    assert df.index.tolist() == com.index.tolist()
    assert com["community_size"].tolist() == [1, 1]
    assert math.isnan(com.attrs["modularity"])


def test_conflicts_do_not_bind_communities() -> None:
    # Two triangles; strong conflicts between them would pull them together.
    G = nx.DiGraph()
    for a, b, c in [("a", "b", "c"), ("x", "y", "z")]:
        nx.add_cycle(G, [a, b, c], kind="collaboration", weight=1)
    for u in "abc":
        for v in "xyz":
            G.add_edge(u, v, kind="conflict", weight=5)
    df = skm.analysis.communities(G, method="greedy")
    assert df["community_size"].tolist() == [3] * 6
    assert df.loc["a", "community"] != df.loc["x", "community"]
    assert df.attrs["n_negative_ties_left_out"] == 9
    old = skm.analysis.communities(G, method="greedy", negative_ties="include")
    assert old.attrs["modularity"] < df.attrs["modularity"]


def _mixed_mutual() -> nx.DiGraph:
    G = nx.DiGraph()
    G.add_edge("a", "b", weight=3, directed=False)
    G.add_edge("b", "c", weight=1)
    G.add_edge("c", "d", weight=3, directed=False)
    G.add_edge("d", "a", weight=1)
    G.add_edge("a", "c", weight=1)
    return G


def test_a_mutual_relation_counts_once_in_communities() -> None:
    G = _mixed_mutual()
    df = skm.analysis.communities(G, method="greedy")
    # networkx's reading of the same relations as undirected edges
    H = nx.Graph()
    H.add_edge("a", "b", weight=3)
    H.add_edge("b", "c", weight=1)
    H.add_edge("c", "d", weight=3)
    H.add_edge("d", "a", weight=1)
    H.add_edge("a", "c", weight=1)
    parts = [set(df.index[df["community"] == c]) for c in df["community"].unique()]
    assert df.attrs["modularity"] == pytest.approx(
        nx.community.modularity(H, parts, weight="weight")
    )
    assert df.attrs["mutual_relations"].startswith("a mutual relation")
    twice = skm.analysis.communities(G, method="greedy", mutual="twice")
    H2 = H.copy()
    for u, v in [("a", "b"), ("c", "d")]:
        H2.edges[u, v]["weight"] = 6
    parts2 = [
        set(twice.index[twice["community"] == c]) for c in twice["community"].unique()
    ]
    assert twice.attrs["modularity"] == pytest.approx(
        nx.community.modularity(H2, parts2, weight="weight")
    )
    with pytest.raises(ValueError, match="`mutual` must be one of"):
        skm.analysis.communities(G, mutual="double")


def _arpack_fails(*args: object, **kwargs: object) -> None:
    from scipy.sparse.linalg import ArpackNoConvergence

    msg = "no convergence"
    raise ArpackNoConvergence(msg, np.zeros(0), np.zeros((0, 0)))


def test_eigenvector_falls_back_to_lapack_when_arpack_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from scipy.sparse import linalg

    monkeypatch.setattr(linalg, "eigsh", _arpack_fails)
    G = nx.path_graph(500)
    df = skm.analysis.centrality(G, measures=["eigenvector"])
    np.testing.assert_allclose(df["eigenvector"], _leading_in_vector(G), atol=1e-8)


def test_eigenvector_warns_when_nothing_converges(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from scipy.sparse import linalg

    monkeypatch.setattr(linalg, "eigsh", _arpack_fails)
    monkeypatch.setattr(_engine, "_DENSE_FALLBACK", 100)
    with pytest.warns(StakeholderMapWarning, match="could not be computed"):
        df = skm.analysis.centrality(nx.path_graph(500), measures=["eigenvector"])
    assert df["eigenvector"].isna().all()
