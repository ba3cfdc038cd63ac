from __future__ import annotations

import warnings

import pandas as pd
import pytest

import stakeholder_map as skm
from stakeholder_map.analysis import (
    attitude_grid,
    blockers,
    priority,
    salience,
    stakeholder_cube,
    summary,
)
from stakeholder_map.exceptions import StakeholderMapWarning

COLUMNS = [
    "name",
    "category",
    "power",
    "interest",
    "attitude",
    "legitimacy",
    "urgency",
    "proximity",
    "quadrant",
    "salience_class",
    "salience_group",
    "salience",
    "cube_type",
    "attitude_class",
    "priority",
    "priority_rank",
    "engagement_current",
    "engagement_desired",
    "engagement_gap",
    "engagement_direction",
    "participation_recommended",
    "participation_recorded",
    "participation_status",
    "stance",
    "swing",
    "blocker",
    "blocker_rank",
]


def test_every_stakeholder_has_a_row(example_map: skm.StakeholderMap) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", StakeholderMapWarning)
        df = summary(example_map)
    assert df.columns.tolist() == COLUMNS
    assert df.index.tolist() == list(example_map.ids)
    assert df.index.name == "stakeholder_id"
    for col in ("salience", "priority_rank", "engagement_gap", "blocker_rank"):
        assert df[col].dtype == "Int64"
    assert df["blocker"].dtype == "boolean"


def test_columns_agree_with_the_views(example_map: skm.StakeholderMap) -> None:
    df = summary(example_map)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        sal = salience(example_map)
        cube = stakeholder_cube(example_map)
        att = attitude_grid(example_map)
        pri = priority(example_map)
        blk = blockers(example_map)
    assert (df.loc[sal.index, "salience_class"] == sal["salience_class"]).all()
    assert (
        df.loc[cube.index, "cube_type"]
        .astype(str)
        .equals(cube["cube_type"].astype(str))
    )
    assert (df.loc[att.index, "attitude_class"] == att["attitude_class"]).all()
    assert (df.loc[pri.index, "priority_rank"] == pri["rank"]).all()
    assert set(df.index[df["blocker"].fillna(False)]) == set(blk.index)


def test_unscored_rows_are_missing() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            {
                "id": "a",
                "name": "A",
                "power": 5,
                "interest": 5,
                "attitude": -1,
                "legitimacy": 5,
                "urgency": 5,
                "proximity": 5,
            },
            {
                "id": "b",
                "name": "B",
                "engagement_current": "unaware",
                "engagement_desired": "neutral",
            },
        ]
    )
    df = summary(smap, lang="nl")
    a, b = df.loc["a"], df.loc["b"]
    assert a["quadrant"] == "manage_closely"
    assert a["cube_type"] == "saboteur"
    assert a["attitude_class"] == "key_opponent"
    assert a["blocker"]
    assert a["blocker_rank"] == 1
    assert a["priority_rank"] == 1
    for col in ("quadrant", "salience_class", "cube_type", "priority", "stance"):
        assert pd.isna(b[col])
    assert pd.isna(b["blocker"])
    assert b["engagement_gap"] == 2


def test_threshold_per_axis() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            {
                "id": "a",
                "name": "A",
                "power": 4,
                "interest": 4,
                "attitude": 0,
                "legitimacy": 4,
                "urgency": 4,
            }
        ]
    )
    df = summary(smap, threshold={"power": 4.5, "urgency": 5})
    assert df.loc["a", "quadrant"] == "keep_informed"
    assert df.loc["a", "salience_class"] == "discretionary"
    assert df.loc["a", "attitude_class"] == "bystander"
    assert not df.loc["a", "blocker"]
    assert df.attrs["thresholds"]["interest"] == "midpoint"
    with pytest.raises(ValueError, match="keys must be among"):
        summary(smap, threshold={"influence": 3})
    with pytest.raises(ValueError, match="one rule or a dict"):
        summary(smap, threshold=(3, 3))
