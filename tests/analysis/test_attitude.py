from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stakeholder_map as skm
from stakeholder_map._types import AttitudeClass
from stakeholder_map.analysis import attitude_grid, classify_attitude
from stakeholder_map.exceptions import StakeholderMapWarning

CELLS = [
    ((5, 2), "key_ally"),
    ((3, 0), "key_neutral"),
    ((4, -0.5), "key_opponent"),
    ((2.9, 1), "ally"),
    ((1, 0), "bystander"),
    ((2, -2), "critic"),
]


def _map(*rows: dict[str, object]) -> skm.StakeholderMap:
    return skm.StakeholderMap(
        stakeholders=[{"id": f"s{i}", "name": f"S{i}", **r} for i, r in enumerate(rows)]
    )


@pytest.mark.parametrize(("scores", "expected"), CELLS)
def test_cells(scores: tuple[float, float], expected: str) -> None:
    power, attitude = scores
    assert classify_attitude(power >= 3, attitude) == expected
    df = attitude_grid(_map({"power": power, "attitude": attitude}))
    assert df.loc["s0", "attitude_class"] == expected


def test_frame_and_labels() -> None:
    smap = _map(*({"power": p, "attitude": a} for (p, a), _ in CELLS))
    df = attitude_grid(smap, lang="nl")
    assert df.index.name == "stakeholder_id"
    assert df.columns.tolist() == [
        "name",
        "power",
        "attitude",
        "high_power",
        "stance",
        "attitude_class",
        "strategy",
    ]
    assert df["attitude_class"].tolist() == [c for _, c in CELLS]
    assert df["attitude_class"].cat.categories.tolist() == [
        c.value for c in AttitudeClass
    ]
    assert df["strategy"].str.split(":").str[0].tolist() == [
        "Inzetten",
        "Overtuigen",
        "Verdedigen",
        "Mobiliseren",
        "Informeren",
        "Opvolgen",
    ]
    assert df.attrs["threshold"] == 3.0
    assert df.attrs["axis"] == "power"
    en = attitude_grid(smap)
    assert en.loc["s0", "strategy"].startswith("Promote")


def test_threshold_rules() -> None:
    smap = _map(*({"power": p, "attitude": 1} for p in (1, 2, 2, 5)))
    assert attitude_grid(smap, threshold="mean").attrs["threshold"] == 2.5
    df = attitude_grid(smap, threshold=2)
    assert df["attitude_class"].tolist() == ["ally", "key_ally", "key_ally", "key_ally"]


def test_influence_replaces_power() -> None:
    smap = _map(
        {"power": 5, "attitude": -1},
        {"power": 1, "attitude": -1},
        {"power": 1, "attitude": 1},
    )
    influence = pd.Series({"s0": 0.1, "s1": 0.9, "s2": 0.5})
    df = attitude_grid(smap, influence=influence)
    assert df.attrs["axis"] == "influence"
    assert df.attrs["threshold"] == pytest.approx(0.5)
    assert "influence" in df.columns
    assert "power" not in df.columns
    assert df["attitude_class"].tolist() == ["critic", "key_opponent", "key_ally"]


def test_influence_missing_and_constant() -> None:
    smap = _map({"power": 5, "attitude": 1}, {"power": 1, "attitude": 1})
    with pytest.warns(StakeholderMapWarning, match="'S1'"):
        df = attitude_grid(smap, influence=pd.Series({"s0": 0.3}))
    assert df["attitude_class"].tolist() == ["key_ally"]
    with pytest.raises(TypeError, match="pandas Series"):
        attitude_grid(smap, influence={"s0": 1})  # type: ignore[arg-type]


def test_unassessed_are_left_out(tiny_map: skm.StakeholderMap) -> None:
    with pytest.warns(StakeholderMapWarning, match="'Delta'"):
        df = attitude_grid(tiny_map)
    assert df.index.tolist() == ["a", "b", "c"]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([1.0, 2.0, 3.0, 4.0, 5.0]),
            st.sampled_from([-2.0, -1.0, 0.0, 0.5, 2.0]),
        ),
        min_size=1,
        max_size=10,
    )
)
def test_every_stakeholder_gets_one_cell(rows: list[tuple[float, float]]) -> None:
    df = attitude_grid(_map(*({"power": p, "attitude": a} for p, a in rows)))
    assert df["attitude_class"].notna().all()
    assert len(df) == len(rows)
    key = df["attitude_class"].astype(str).str.startswith("key_")
    assert (key == (df["power"] >= 3)).all()
