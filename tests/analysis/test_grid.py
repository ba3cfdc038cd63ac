from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import stakeholder_map as skm
from stakeholder_map.analysis import power_interest
from stakeholder_map.exceptions import StakeholderMapWarning


def test_quadrants(tiny_map: skm.StakeholderMap) -> None:
    df = power_interest(tiny_map)
    assert df.index.name == "stakeholder_id"
    assert df["quadrant"].tolist() == [
        "manage_closely",
        "keep_satisfied",
        "keep_informed",
        "monitor",
    ]
    assert df["label"].tolist() == [
        "Manage closely",
        "Keep satisfied",
        "Keep informed",
        "Monitor",
    ]
    assert isinstance(df["quadrant"].dtype, pd.CategoricalDtype)
    assert df["quadrant"].cat.ordered
    assert df.attrs["thresholds"] == {"power": 3.0, "interest": 3.0}
    assert df.attrs["threshold_rule"] == {"power": "midpoint", "interest": "midpoint"}


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        ("nl", ["Nauw betrekken", "Tevreden houden", "Informeren", "Monitoren"]),
        ("eden_ackermann", ["Players", "Context setters", "Subjects", "Crowd"]),
        (
            "johnson_scholes",
            ["Key players", "Keep satisfied", "Keep informed", "Minimal effort"],
        ),
    ],
)
def test_label_sets(
    tiny_map: skm.StakeholderMap, labels: str, expected: list[str]
) -> None:
    df = power_interest(tiny_map, labels=labels)
    assert df["label"].tolist() == expected
    assert df["strategy"].str.len().gt(10).all()


def test_unknown_label_set(tiny_map: skm.StakeholderMap) -> None:
    with pytest.raises(ValueError, match="`labels` must be one of"):
        power_interest(tiny_map, labels="de")


def _one(power: float, interest: float, **kw: object) -> str:
    smap = skm.StakeholderMap(
        stakeholders=[{"name": "A", "power": power, "interest": interest}]
    )
    return str(power_interest(smap, **kw)["quadrant"].iloc[0])  # type: ignore[arg-type]


def test_threshold_is_inclusive() -> None:
    assert _one(3, 3) == "manage_closely"
    assert _one(2.999, 3) == "keep_informed"
    assert _one(3, 2.999) == "keep_satisfied"
    assert _one(4, 4, threshold=4) == "manage_closely"
    assert _one(4, 4, threshold=4.01) == "monitor"


def test_threshold_per_axis() -> None:
    assert _one(4, 2, threshold=(4, 2)) == "manage_closely"
    assert _one(4, 2, threshold={"power": 5}) == "monitor"
    assert _one(4, 2, threshold={"power": 5, "interest": 2}) == "keep_informed"
    with pytest.raises(ValueError, match="one per axis"):
        _one(4, 2, threshold=(1, 2, 3))
    with pytest.raises(ValueError, match="keys must be among"):
        _one(4, 2, threshold={"influence": 2})
    with pytest.raises(ValueError, match="must be one of"):
        _one(4, 2, threshold="mode")
    with pytest.raises(TypeError, match="rule or a number"):
        _one(4, 2, threshold=True)


def test_median_and_mean_rules() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            {"name": "A", "power": 1, "interest": 1},
            {"name": "B", "power": 2, "interest": 2},
            {"name": "C", "power": 5, "interest": 5},
        ]
    )
    df = power_interest(smap, threshold="median")
    assert df.attrs["thresholds"] == {"power": 2.0, "interest": 2.0}
    assert df["quadrant"].tolist() == ["monitor", "manage_closely", "manage_closely"]
    df = power_interest(smap, threshold="mean")
    assert df.attrs["thresholds"]["power"] == pytest.approx(8 / 3)
    assert df["quadrant"].tolist() == ["monitor", "monitor", "manage_closely"]


def test_other_scale_midpoint() -> None:
    smap = skm.StakeholderMap(
        scale=(0, 10), stakeholders=[{"name": "A", "power": 5, "interest": 4.9}]
    )
    df = power_interest(smap)
    assert df.attrs["thresholds"] == {"power": 5.0, "interest": 5.0}
    assert df["quadrant"].iloc[0] == "keep_satisfied"


def test_unassessed_left_out_with_warning() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            {"name": "Known", "power": 4, "interest": 4},
            {"name": "New partner", "power": 4},
        ]
    )
    with pytest.warns(StakeholderMapWarning, match="'New partner'"):
        df = power_interest(smap)
    assert df.index.tolist() == ["known"]


@given(
    st.lists(st.tuples(st.floats(1, 5), st.floats(1, 5)), min_size=1, max_size=30),
    st.sampled_from(["midpoint", "median", "mean", 2.5]),
)
def test_every_stakeholder_gets_exactly_one_quadrant(
    scores: list[tuple[float, float]], rule: str | float
) -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            {"id": f"s{i}", "name": f"S{i}", "power": p, "interest": q}
            for i, (p, q) in enumerate(scores)
        ]
    )
    df = power_interest(smap, threshold=rule)
    assert len(df) == len(scores)
    assert df["quadrant"].notna().all()
    t = df.attrs["thresholds"]
    high_p = df["power"] >= t["power"]
    high_i = df["interest"] >= t["interest"]
    assert ((df["quadrant"] == "manage_closely") == (high_p & high_i)).all()
    assert ((df["quadrant"] == "monitor") == (~high_p & ~high_i)).all()


def test_example_has_all_quadrants(example_map: skm.StakeholderMap) -> None:
    with pytest.warns(StakeholderMapWarning):
        df = power_interest(example_map, labels="nl")
    assert set(df["quadrant"]) == {
        "manage_closely",
        "keep_satisfied",
        "keep_informed",
        "monitor",
    }
