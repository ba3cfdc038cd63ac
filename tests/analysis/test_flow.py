"""Information flow, single points of failure and the affiliation network."""

from __future__ import annotations

import math

import networkx as nx
import pandas as pd
import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import UnknownStakeholderError


@pytest.fixture
def flow_map() -> skm.StakeholderMap:
    """s informs a and c; both pass it to b; b tells d; e only hears from d."""
    ids = ["s", "a", "b", "c", "d", "e", "x"]
    rel = [
        ("s", "a", "information", "email"),
        ("s", "c", "information", "newsletter"),
        ("a", "b", "information", "meeting"),
        ("c", "b", "information", "phone"),
        ("b", "d", "information", "in_person"),
        ("d", "e", "collaboration", "in_person"),
        ("x", "s", "information", "email"),
    ]
    return skm.StakeholderMap(
        name="Flow",
        stakeholders=[skm.Stakeholder(id=i, name=i.upper()) for i in ids],
        relations=[
            skm.Relation(
                source=u, target=v, kind=k, channel=c, directed=k != "collaboration"
            )
            for u, v, k, c in rel
        ],
    )


def test_steps_via_and_channels(flow_map: skm.StakeholderMap) -> None:
    df = skm.analysis.information_flow(flow_map, source="s")
    assert df["steps"].tolist()[:6] == [0, 1, 2, 1, 3, 4]
    assert pd.isna(df.loc["x", "steps"])
    assert not df.loc["x", "reached"]
    assert df.loc["b", "via"] == "a"  # first of a and c in map order
    assert df.loc["b", "channels"] == "meeting, phone"  # both shortest paths
    assert df.loc["a", "channels"] == "email"
    assert df.attrs["unreached"] == ["x"]
    assert df.attrs["n_reached"] == 5
    assert df.attrs["source"] == ["s"]


def test_single_points_of_failure(flow_map: skm.StakeholderMap) -> None:
    df = skm.analysis.information_flow(flow_map, source="s")
    assert df.loc["b", "cuts_off"] == 2  # d and e
    assert df.loc["d", "cuts_off"] == 1
    assert df.loc["a", "cuts_off"] == 0  # c offers another way to b
    assert df.loc["s", "cuts_off"] == 5
    assert df["single_point_of_failure"].tolist() == [
        False,
        False,
        True,
        False,
        True,
        False,
        False,
    ]
    assert df.loc["b", "independent_paths"] == 2
    assert df.loc["d", "independent_paths"] == 1
    assert pd.isna(df.loc["s", "independent_paths"])
    assert df.loc["b", "articulation_point"]
    assert df.loc["s", "articulation_point"]  # x hangs on s
    assert not df.loc["a", "articulation_point"]
    assert ("b", "d") in df.attrs["bridges"]
    assert ("d", "e") in df.attrs["bridges"]


def test_max_steps(flow_map: skm.StakeholderMap) -> None:
    df = skm.analysis.information_flow(flow_map, source="s", max_steps=2)
    assert df["reached"].tolist() == [True, True, True, True, False, False, False]
    assert df.loc["b", "cuts_off"] == 0  # within two steps nothing hangs on b
    assert df.loc["a", "cuts_off"] == 0
    assert df.loc["s", "cuts_off"] == 3
    with pytest.raises(ValueError, match="`max_steps`"):
        skm.analysis.information_flow(flow_map, source="s", max_steps=0)


def test_filters(flow_map: skm.StakeholderMap) -> None:
    info = skm.analysis.information_flow(flow_map, source="s", kinds="information")
    assert not info.loc["e", "reached"]
    mail = skm.analysis.information_flow(flow_map, source="s", channels=["email"])
    assert mail["reached"].sum() == 2
    assert mail.attrs["channels"] == ["email"]


def test_several_sources(flow_map: skm.StakeholderMap) -> None:
    df = skm.analysis.information_flow(flow_map, source=["a", "c"])
    assert df.loc["a", "steps"] == 0
    assert df.loc["c", "steps"] == 0
    assert df.loc["b", "independent_paths"] == 2
    assert df.loc["a", "cuts_off"] == 0  # c still reaches b, d, e
    assert df.loc["b", "cuts_off"] == 2
    assert not df.loc["s", "reached"]


def test_unknown_source(flow_map: skm.StakeholderMap) -> None:
    with pytest.raises(UnknownStakeholderError, match="Did you mean 'b'"):
        skm.analysis.information_flow(flow_map, source="bb")


def test_dominators_match_removal(example_map: skm.StakeholderMap) -> None:
    fast = skm.analysis.information_flow(example_map, source="huis_van_het_kind")
    slow = skm.analysis.information_flow(
        example_map, source="huis_van_het_kind", max_steps=len(example_map)
    )
    pd.testing.assert_series_equal(fast["cuts_off"], slow["cuts_off"])
    # buurtwerk is the only bridge to the newcomer families
    assert fast.loc["buurtwerk", "single_point_of_failure"]
    assert fast.loc["anderstalige_ouders", "independent_paths"] == 1
    assert fast.loc["ouders", "independent_paths"] > 3


def test_independent_paths_equal_networkx() -> None:
    G = nx.gnm_random_graph(15, 40, seed=4, directed=True)
    df = skm.analysis.information_flow(G, source=0, kinds=None)
    for v in G:
        if v != 0 and df.loc[v, "reached"]:
            assert df.loc[v, "independent_paths"] == nx.node_connectivity(G, 0, v)


# --------------------------------------------------------------------------
# Affiliation
# --------------------------------------------------------------------------


@pytest.fixture
def forum_map() -> skm.StakeholderMap:
    members = {
        ("a", "steer", "quarterly"),
        ("b", "steer", "quarterly"),
        ("a", "work", "monthly"),
        ("c", "work", "monthly"),
        ("c", "cop", "ad_hoc"),
    }
    return skm.StakeholderMap(
        stakeholders=[
            skm.Stakeholder(id=i, name=i.title())
            for i in ["a", "b", "c", "steer", "work", "cop"]
        ],
        relations=[
            skm.Relation(source=u, target=f, kind="membership", frequency=q)
            for u, f, q in sorted(members)
        ]
        + [skm.Relation(source="a", target="b", kind="information")],
    )


def test_affiliation_by_hand(forum_map: skm.StakeholderMap) -> None:
    aff = skm.analysis.affiliation(forum_map)
    assert aff.incidence.index.tolist() == ["a", "b", "c"]
    assert aff.incidence.columns.tolist() == ["steer", "work", "cop"]
    assert aff.incidence.loc["a"].tolist() == [1, 1, 0]
    assert aff.projection.loc["a", "b"] == 1
    assert aff.projection.loc["a", "c"] == 1
    assert aff.projection.loc["b", "c"] == 0
    assert aff.projection.loc["c", "c"] == 2
    load = aff.load
    assert load.loc["a", "meetings_per_year"] == 16.0
    assert load.loc["c", "meetings_per_year"] == 12.0
    assert load.loc["c", "unknown_frequency"] == 1
    assert load.loc["a", "co_members"] == 2
    assert load.loc["b", "co_members"] == 1
    assert load.index[0] == "a"
    assert aff.forums.loc["steer", "members"] == 2
    assert aff.forums.loc["work", "meetings_per_year"] == 12.0
    assert math.isnan(aff.forums.loc["cop", "meetings_per_year"])


def test_affiliation_options(forum_map: skm.StakeholderMap) -> None:
    aff = skm.analysis.affiliation(
        forum_map, forums=["steer"], meetings_per_year={"quarterly": 5}
    )
    assert aff.incidence.columns.tolist() == ["steer"]
    assert aff.load["meetings_per_year"].tolist() == [5.0, 5.0]
    with pytest.raises(UnknownStakeholderError):
        skm.analysis.affiliation(forum_map, forums=["board"])
