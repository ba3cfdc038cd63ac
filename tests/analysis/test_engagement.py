from __future__ import annotations

import pandas as pd
import pytest

import stakeholder_map as skm
from stakeholder_map.analysis import engagement_gap, participation
from stakeholder_map.exceptions import StakeholderMapWarning


@pytest.fixture
def levels_map() -> skm.StakeholderMap:
    return skm.StakeholderMap(
        stakeholders=[
            {
                "id": "a",
                "name": "A",
                "engagement_current": "unaware",
                "engagement_desired": "leading",
            },
            {
                "id": "b",
                "name": "B",
                "engagement_current": "leading",
                "engagement_desired": "supportive",
            },
            {
                "id": "c",
                "name": "C",
                "engagement_current": "neutral",
                "engagement_desired": "neutral",
            },
            {"id": "d", "name": "D", "engagement_current": "resistant"},
        ]
    )


def test_gaps_by_hand(levels_map: skm.StakeholderMap) -> None:
    with pytest.warns(StakeholderMapWarning, match="'D'"):
        df = engagement_gap(levels_map)
    assert df.index.name == "stakeholder_id"
    assert df.index.tolist() == ["a", "b", "c"]
    assert df["gap"].tolist() == [4, -1, 0]
    assert df["direction"].tolist() == ["raise", "lower", "maintain"]
    assert df["current"].tolist() == ["unaware", "leading", "neutral"]
    assert df["desired"].cat.ordered
    assert df["current"].cat.categories.tolist() == [
        "unaware",
        "resistant",
        "neutral",
        "supportive",
        "leading",
    ]
    assert df["gap"].dtype == "int64"


def test_empty_map() -> None:
    df = engagement_gap(skm.StakeholderMap())
    assert df.empty
    assert df.columns.tolist() == ["name", "current", "desired", "gap", "direction"]


def _grid_map(**participation_levels: str | None) -> skm.StakeholderMap:
    scores = {"mc": (5, 5), "ks": (5, 1), "ki": (1, 5), "mo": (1, 1)}
    return skm.StakeholderMap(
        stakeholders=[
            {
                "id": key,
                "name": key.upper(),
                "power": p,
                "interest": i,
                "participation": participation_levels.get(key),
            }
            for key, (p, i) in scores.items()
        ]
    )


def test_default_recommendations() -> None:
    smap = _grid_map(mc="collaborate", ks="inform", ki="empower")
    df = participation(smap)
    assert df["quadrant"].tolist() == [
        "manage_closely",
        "keep_satisfied",
        "keep_informed",
        "monitor",
    ]
    assert df["recommended"].tolist() == ["collaborate", "consult", "involve", "inform"]
    assert df["recorded"].tolist()[:3] == ["collaborate", "inform", "empower"]
    assert pd.isna(df.loc["mo", "recorded"])
    assert df["difference"].tolist()[:3] == [0, -1, 2]
    assert pd.isna(df.loc["mo", "difference"])
    assert df["status"].tolist()[:3] == ["match", "under", "over"]
    assert pd.isna(df.loc["mo", "status"])
    assert df["mismatch"].tolist()[:3] == [False, True, True]
    assert pd.isna(df.loc["mo", "mismatch"])
    assert df["recommended"].cat.ordered


def test_mapping_overrides_only_named_quadrants() -> None:
    smap = _grid_map(mo="consult")
    df = participation(smap, mapping={"monitor": "consult"})
    assert df["recommended"].tolist() == [
        "collaborate",
        "consult",
        "involve",
        "consult",
    ]
    assert df.loc["mo", "status"] == "match"
    assert df.attrs["mapping"]["monitor"] == "consult"


@pytest.mark.parametrize(
    ("mapping", "match"),
    [
        ({"top_right": "inform"}, "keys must be quadrants"),
        ({"monitor": "ignore"}, "must be an IAP2 level"),
    ],
)
def test_bad_mapping(mapping: dict[str, str], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        participation(_grid_map(), mapping=mapping)


def test_participation_threshold_and_warning(tiny_map: skm.StakeholderMap) -> None:
    smap = _grid_map()
    df = participation(smap, threshold=6)
    assert df["recommended"].unique().tolist() == ["inform"]
    with pytest.warns(StakeholderMapWarning, match="left out") as record:
        participation(
            skm.StakeholderMap(stakeholders=[{"name": "X"}, {"name": "Y", "power": 1}])
        )
    # the warning points at this file, not inside the package
    assert record[0].filename == __file__
