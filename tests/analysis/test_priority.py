from __future__ import annotations

import pytest

import stakeholder_map as skm
from stakeholder_map.analysis import priority
from stakeholder_map.analysis._views import min_rank
from stakeholder_map.exceptions import StakeholderMapWarning


def _map(
    *rows: tuple[float, float, float], scale: tuple[float, float] = (1, 5)
) -> skm.StakeholderMap:
    return skm.StakeholderMap(
        scale=scale,
        stakeholders=[
            {"id": f"s{i}", "name": f"S{i}", "power": p, "proximity": x, "urgency": u}
            for i, (p, x, u) in enumerate(rows)
        ],
    )


@pytest.fixture
def five() -> skm.StakeholderMap:
    return _map((5, 5, 5), (1, 1, 1), (3, 1, 5), (5, 3, 3), (3, 1, 5))


def test_index_by_hand(five: skm.StakeholderMap) -> None:
    df = priority(five)
    # (4 * power + 2 * proximity + 5 * urgency) / 11 on 0..1 rescaled scores
    expected = {"s0": 1.0, "s1": 0.0, "s2": 7 / 11, "s3": 7.5 / 11, "s4": 7 / 11}
    assert df["priority"].to_dict() == pytest.approx(expected)
    assert df.index.tolist() == ["s0", "s3", "s2", "s4", "s1"]
    assert df["rank"].tolist() == [1, 2, 3, 3, 5]
    assert df["rank"].dtype == "int64"
    assert df.loc[
        "s2", ["power_scaled", "proximity_scaled", "urgency_scaled"]
    ].tolist() == [
        0.5,
        0.0,
        1.0,
    ]
    assert df.attrs["weights"] == {"power": 4.0, "proximity": 2.0, "urgency": 5.0}
    assert "not Bourne" in df.attrs["note"]


def test_top_keeps_ties(five: skm.StakeholderMap) -> None:
    assert priority(five, top=2).index.tolist() == ["s0", "s3"]
    assert priority(five, top=3).index.tolist() == ["s0", "s3", "s2", "s4"]
    assert len(priority(five, top=10)) == 5


def test_custom_weights(five: skm.StakeholderMap) -> None:
    df = priority(five, weights={"power": 1, "proximity": 0, "urgency": 0})
    assert df.loc["s2", "priority"] == pytest.approx(0.5)
    assert df["rank"].tolist() == [1, 1, 3, 3, 5]


@pytest.mark.parametrize(
    ("weights", "error", "match"),
    [
        ({"power": 1, "proximity": 1}, ValueError, r"\['urgency'\] are missing"),
        (
            {"power": 1, "proximity": 1, "urgency": 1, "legitimacy": 1},
            ValueError,
            r"\['legitimacy'\] are unknown",
        ),
        ({"power": -1, "proximity": 1, "urgency": 1}, ValueError, ">= 0"),
        ({"power": 0, "proximity": 0, "urgency": 0}, ValueError, "not all be 0"),
        ({"power": "4", "proximity": 1, "urgency": 1}, TypeError, "must be a number"),
        ([4, 2, 5], TypeError, "must be a dict"),
    ],
)
def test_bad_weights(
    five: skm.StakeholderMap, weights: object, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        priority(five, weights=weights)  # type: ignore[arg-type]


@pytest.mark.parametrize("top", [0, -1, 2.5, True])
def test_bad_top(five: skm.StakeholderMap, top: object) -> None:
    with pytest.raises(ValueError, match="`top` must be a whole number"):
        priority(five, top=top)  # type: ignore[arg-type]


def test_rescales_on_the_maps_scale() -> None:
    smap = _map((10, 0, 5), scale=(0, 10))
    assert priority(smap).loc["s0", "priority"] == pytest.approx((4 + 0 + 2.5) / 11)


def test_float_noise_does_not_split_a_tie() -> None:
    # 0.1 + 0.2 != 0.3 in floating point; the ranks still tie.
    smap = _map((1, 2, 0), (3, 0, 0), scale=(0, 10))
    df = priority(smap, weights={"power": 1, "proximity": 1, "urgency": 1})
    assert df["rank"].tolist() == [1, 1]


def test_min_rank() -> None:
    assert min_rank([0.9, 0.5, 0.9, 0.1]) == [1, 3, 1, 4]
    assert min_rank([]) == []


def test_unassessed_left_out(tiny_map: skm.StakeholderMap) -> None:
    with pytest.warns(StakeholderMapWarning, match="priority index"):
        df = priority(tiny_map)
    assert df.empty
