from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stakeholder_map as skm
from stakeholder_map._types import SalienceClass, StakeholderType
from stakeholder_map.analysis import (
    classify_cube,
    classify_salience,
    salience,
    stakeholder_cube,
)
from stakeholder_map.exceptions import StakeholderMapWarning

# METHODS.md section 3, written out by hand.
SALIENCE_TABLE = [
    ((True, False, False), "dormant", "latent", 1),
    ((False, True, False), "discretionary", "latent", 1),
    ((False, False, True), "demanding", "latent", 1),
    ((True, True, False), "dominant", "expectant", 2),
    ((True, False, True), "dangerous", "expectant", 2),
    ((False, True, True), "dependent", "expectant", 2),
    ((True, True, True), "definitive", "definitive", 3),
    ((False, False, False), "non_stakeholder", "none", 0),
]

# METHODS.md section 4: (high power, high interest, attitude) -> type.
CUBE_TABLE = [
    ((True, True, 2), "saviour"),
    ((False, True, 1), "friend"),
    ((True, True, -1), "saboteur"),
    ((False, True, -2), "irritant"),
    ((True, False, 0.5), "sleeping_giant"),
    ((False, False, 1), "acquaintance"),
    ((True, False, -0.5), "time_bomb"),
    ((False, False, -1), "tripwire"),
    ((True, True, 0), None),
]


def _map(
    *rows: dict[str, object], scale: tuple[float, float] = (1, 5)
) -> skm.StakeholderMap:
    return skm.StakeholderMap(
        scale=scale,
        stakeholders=[
            {"id": f"s{i}", "name": f"S{i}", **r} for i, r in enumerate(rows)
        ],
    )


@pytest.mark.parametrize(("present", "cls", "group", "n"), SALIENCE_TABLE)
def test_salience_truth_table(
    present: tuple[bool, bool, bool], cls: str, group: str, n: int
) -> None:
    assert classify_salience(*present) == (cls, group, n)
    scores = dict(zip(("power", "legitimacy", "urgency"), present, strict=True))
    smap = _map({k: 5 if v else 1 for k, v in scores.items()})
    df = salience(smap)
    row = df.loc["s0"]
    assert (row["power"], row["legitimacy"], row["urgency"]) == present
    assert row["salience_class"] == cls
    assert row["group"] == group
    assert row["salience"] == n


def test_salience_frame_shape(tiny_map: skm.StakeholderMap) -> None:
    smap = _map(
        {"power": 5, "legitimacy": 4, "urgency": 3},
        {"power": 1, "legitimacy": 2, "urgency": 5},
    )
    df = salience(smap)
    assert df.index.name == "stakeholder_id"
    assert df.columns.tolist() == [
        "name",
        "power",
        "legitimacy",
        "urgency",
        "salience_class",
        "group",
        "salience",
    ]
    assert df["salience_class"].tolist() == ["definitive", "demanding"]
    assert df["salience_class"].cat.categories.tolist() == [
        c.value for c in SalienceClass
    ]
    assert df["salience_class"].cat.ordered
    assert df["salience"].dtype == "int64"
    assert df.attrs["thresholds"] == {"power": 3.0, "legitimacy": 3.0, "urgency": 3.0}
    assert "Mitchell" in df.attrs["source"]


def test_salience_threshold_is_inclusive() -> None:
    smap = _map({"power": 3, "legitimacy": 2.999, "urgency": 3.001})
    row = salience(smap).loc["s0"]
    assert (row["power"], row["legitimacy"], row["urgency"]) == (True, False, True)
    assert row["salience_class"] == "dangerous"


def test_salience_threshold_per_attribute() -> None:
    smap = _map({"power": 3, "legitimacy": 3, "urgency": 3})
    df = salience(smap, threshold={"urgency": 4})
    assert df.loc["s0", "salience_class"] == "dominant"
    assert df.attrs["thresholds"] == {"power": 3.0, "legitimacy": 3.0, "urgency": 4.0}
    df = salience(smap, threshold=(3.5, 3, 3))
    assert df.loc["s0", "salience_class"] == "dependent"


def test_salience_median_rule() -> None:
    smap = _map(*({"power": p, "legitimacy": 5, "urgency": 1} for p in (1, 2, 4, 5)))
    df = salience(smap, threshold={"power": "median"})
    assert df.attrs["thresholds"]["power"] == 3.0
    assert df["power"].tolist() == [False, False, True, True]


def test_salience_on_another_scale() -> None:
    smap = _map({"power": 5, "legitimacy": 4.9, "urgency": 10}, scale=(0, 10))
    assert salience(smap).loc["s0", "salience_class"] == "dangerous"


def test_salience_from_booleans() -> None:
    frame = pd.DataFrame(
        {
            "name": ["A", "B"],
            "power": [True, False],
            "legitimacy": [True, False],
            "urgency": [False, False],
        },
        index=pd.Index(["a", "b"], name="stakeholder_id"),
    )
    df = salience(frame)
    assert df["salience_class"].tolist() == ["dominant", "non_stakeholder"]
    assert df.attrs["thresholds"] == {
        "power": None,
        "legitimacy": None,
        "urgency": None,
    }


def test_salience_from_score_frame_needs_scale() -> None:
    frame = pd.DataFrame(
        {"power": [4.0], "legitimacy": [1.0], "urgency": [6.0]}, index=["a"]
    )
    with pytest.raises(ValueError, match="pass `scale=\\(min, max\\)`"):
        salience(frame)
    df = salience(frame, scale=(0, 10))
    assert df.loc["a", "salience_class"] == "demanding"
    assert df.loc["a", "name"] == "a"
    frame.attrs["scale"] = (1, 5)
    assert salience(frame).loc["a", "salience_class"] == "dangerous"
    assert salience(frame, threshold=5).loc["a", "salience_class"] == "demanding"


def test_salience_frame_errors() -> None:
    with pytest.raises(ValueError, match=r"missing\. Available"):
        salience(pd.DataFrame({"power": [True]}))
    frame = pd.DataFrame(
        {"power": [True, None], "legitimacy": [True, True], "urgency": [True, True]},
        index=["a", "b"],
    )
    with pytest.raises(ValueError, match=r"missing values \(ids \['b'\]\)"):
        salience(frame)
    frame = pd.DataFrame(
        {"power": ["yes"], "legitimacy": [True], "urgency": [True]}, index=["a"]
    )
    with pytest.raises(TypeError, match="booleans or scores"):
        salience(frame)
    with pytest.raises(TypeError, match="StakeholderMap or a DataFrame"):
        salience([1, 2, 3])  # type: ignore[arg-type]


def test_salience_warns_about_unscored() -> None:
    smap = _map({"power": 5, "legitimacy": 5, "urgency": 5}, {"power": 5})
    with pytest.warns(StakeholderMapWarning, match="'S1'"):
        df = salience(smap)
    assert df.index.tolist() == ["s0"]


@pytest.mark.parametrize(("args", "expected"), CUBE_TABLE)
def test_cube_truth_table(args: tuple[bool, bool, float], expected: str | None) -> None:
    assert classify_cube(*args) == expected
    high_power, high_interest, attitude = args
    smap = _map(
        {
            "power": 4 if high_power else 2,
            "interest": 5 if high_interest else 1,
            "attitude": attitude,
        }
    )
    row = stakeholder_cube(smap).loc["s0"]
    if expected is None:
        assert pd.isna(row["cube_type"])
        assert row["reason"] == "neutral attitude"
        assert row["stance"] == "neutral"
    else:
        assert row["cube_type"] == expected
        assert row["reason"] is None


def test_cube_frame(tiny_map: skm.StakeholderMap) -> None:
    with pytest.warns(StakeholderMapWarning, match="'Delta'"):
        df = stakeholder_cube(tiny_map, lang="nl")
    assert df.index.tolist() == ["a", "b", "c"]
    assert df["cube_type"].tolist()[:2] == ["saviour", "time_bomb"]
    assert pd.isna(df.loc["c", "cube_type"])
    assert df.loc["c", "reason"] == "neutrale houding"
    assert df["cube_type"].cat.categories.tolist() == [t.value for t in StakeholderType]
    assert df["stance"].tolist() == ["supportive", "opposed", "neutral"]
    assert df.attrs["thresholds"] == {"power": 3.0, "interest": 3.0}


def test_cube_threshold_boundary() -> None:
    smap = _map(
        {"power": 3, "interest": 3, "attitude": -1},
        {"power": 2.99, "interest": 3, "attitude": -1},
    )
    assert stakeholder_cube(smap)["cube_type"].tolist() == ["saboteur", "irritant"]
    df = stakeholder_cube(smap, threshold={"power": 2, "interest": 4})
    assert df["cube_type"].tolist() == ["time_bomb", "time_bomb"]


def test_cube_unknown_language(tiny_map: skm.StakeholderMap) -> None:
    with pytest.raises(ValueError, match="`lang` must be one of"):
        stakeholder_cube(tiny_map, lang="de")


_score = st.sampled_from([1.0, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0])
_attitude = st.sampled_from([-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0])
_row = st.fixed_dictionaries(
    {
        "power": _score,
        "interest": _score,
        "legitimacy": _score,
        "urgency": _score,
        "attitude": _attitude,
    }
)


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(_row, min_size=1, max_size=12),
    rule=st.sampled_from(["midpoint", "median", "mean", 2.5]),
)
def test_every_stakeholder_gets_exactly_one_class(
    rows: list[dict[str, float]], rule: str | float
) -> None:
    smap = _map(*rows)
    sal = salience(smap, threshold=rule)
    assert sal.index.tolist() == list(smap.ids)
    assert sal["salience_class"].notna().all()
    counts = sal[["power", "legitimacy", "urgency"]].sum(axis=1)
    assert (sal["salience"] == counts).all()
    for _, r in sal.iterrows():
        assert (
            classify_salience(r["power"], r["legitimacy"], r["urgency"])[0]
            == (r["salience_class"])
        )
    cube = stakeholder_cube(smap, threshold=rule)
    assert cube.index.tolist() == list(smap.ids)
    neutral = cube["attitude"] == 0
    assert cube.loc[~neutral, "cube_type"].notna().all()
    assert cube.loc[neutral, "cube_type"].isna().all()
    assert cube.loc[neutral, "reason"].notna().all()
    # the cube types partition the non-neutral stakeholders by the three signs
    for _, r in cube.loc[~neutral].iterrows():
        assert (
            classify_cube(r["high_power"], r["high_interest"], r["attitude"])
            == (r["cube_type"])
        )
