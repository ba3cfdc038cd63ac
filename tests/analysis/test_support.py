from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stakeholder_map as skm
from stakeholder_map.analysis import blockers, support_balance, support_swing
from stakeholder_map.exceptions import StakeholderMapWarning


@pytest.fixture
def small() -> skm.StakeholderMap:
    """Power and attitude chosen so every figure can be checked by hand."""
    return skm.StakeholderMap(
        stakeholders=[
            {"id": "a", "name": "A", "power": 5, "attitude": 2},
            {"id": "b", "name": "B", "power": 4, "attitude": -1},
            {"id": "c", "name": "C", "power": 1, "attitude": 0},
            {"id": "d", "name": "D", "power": 2, "attitude": 1},
        ],
        interests=[
            {"id": "t1", "name": "Theme one"},
            {"id": "t2", "name": "Theme two"},
        ],
        stakes=[
            {"stakeholder_id": "a", "interest_id": "t1", "position": -1},
            {"stakeholder_id": "c", "interest_id": "t1", "position": 2},
            {"stakeholder_id": "d", "interest_id": "t1", "position": 0},
            {"stakeholder_id": "b", "interest_id": "t1"},
        ],
    )


def test_balance_by_hand(small: skm.StakeholderMap) -> None:
    df = support_balance(small)
    assert df.index.name == "theme"
    assert df.index.tolist() == ["overall", "t1", "t2"]
    overall = df.loc["overall"]
    # power rescaled to 0..1 on 1..5: a 1, b 0.75, c 0, d 0.25
    # support a 1 + d 0.25; neutral c 0; opposition b 0.75
    assert overall[["support", "neutral", "opposition", "total"]].tolist() == [
        1.25,
        0.0,
        0.75,
        2.0,
    ]
    assert overall[["n", "n_supportive", "n_neutral", "n_opposed"]].tolist() == [
        4,
        2,
        1,
        1,
    ]
    assert overall["support_share"] == pytest.approx(1.25 / 2)
    assert overall["neutral_share"] == pytest.approx(0.0)
    assert overall["opposition_share"] == pytest.approx(0.75 / 2)
    assert overall["net"] == pytest.approx(0.5 / 2)
    assert overall["weighted_attitude"] == pytest.approx((2 - 0.75 + 0 + 0.25) / 2)
    assert overall["key_mover"] == "a"
    assert overall["name"] == "Overall"
    # theme one from the stakes: a -1 (1), c +2 (0), d 0 (0.25); b no position
    t1 = df.loc["t1"]
    assert t1[["support", "neutral", "opposition", "total"]].tolist() == [
        0.0,
        0.25,
        1.0,
        1.25,
    ]
    assert t1["net"] == pytest.approx(-1 / 1.25)
    assert t1["name"] == "Theme one"
    assert t1["key_mover"] == "a"
    t2 = df.loc["t2"]
    assert t2["n"] == 0
    assert math.isnan(t2["support_share"])
    assert t2["key_mover"] is None


def test_balance_selection_and_language(small: skm.StakeholderMap) -> None:
    df = support_balance(small, interest="t1")
    assert df.index.tolist() == ["t1"]
    df = support_balance(small, interest=["overall", "t2"], lang="nl")
    assert df.index.tolist() == ["overall", "t2"]
    assert df.loc["overall", "name"] == "Algemeen"
    with pytest.raises(ValueError, match="Did you mean 't1'"):
        support_balance(small, interest="t_1")


def test_balance_warns_about_missing_scores() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            {"id": "a", "name": "A", "power": 5, "attitude": 1},
            {"id": "b", "name": "B", "attitude": -2},
            {"id": "c", "name": "C", "power": 3},
        ]
    )
    with pytest.warns(
        StakeholderMapWarning, match="without `power`: 'B'.*without `attitude`: 'C'"
    ):
        df = support_balance(smap)
    assert df.loc["overall", "total"] == 1.0  # power 5 rescaled on 1..5
    assert df.loc["overall", "support_share"] == 1.0


def test_swing_by_hand(small: skm.StakeholderMap) -> None:
    df = support_swing(small)
    assert df.index.name == "stakeholder_id"
    assert df.index.tolist() == ["a", "b", "d", "c"]
    assert df["swing"].to_dict() == pytest.approx(
        {"a": -1.0, "b": 0.75, "c": 0.0, "d": -0.25}
    )
    assert df["power_share"].to_dict() == pytest.approx(
        {"a": 0.5, "b": 0.375, "c": 0.0, "d": 0.125}
    )
    assert df["power"].to_dict() == {"a": 5.0, "b": 4.0, "c": 1.0, "d": 2.0}
    # net is 1/4: losing a (-1) or d (-1/4) flips it, winning b or c does not
    assert df["pivotal"].to_dict() == {"a": True, "b": False, "d": True, "c": False}
    assert df["rank"].tolist() == [1, 2, 3, 4]
    assert df.attrs["net"] == pytest.approx(0.25)
    assert df.loc["a", "stance"] == "supportive"


def test_swing_per_theme(small: skm.StakeholderMap) -> None:
    df = support_swing(small, interest="t1")
    assert df["position"].to_dict() == {"a": -1.0, "d": 0.0, "c": 2.0}
    assert df["swing"].to_dict() == pytest.approx(
        {"a": 2 / 1.25, "c": 0.0, "d": 0.25 / 1.25}
    )
    # net -0.8: winning a over gives +0.8; winning d gives -0.6, still negative
    assert df.loc["a", "pivotal"]
    assert not df.loc["d", "pivotal"]
    assert df["rank"].tolist() == [1, 2, 3]


def test_swing_with_zero_power() -> None:
    smap = skm.StakeholderMap(
        scale=(0, 10),
        stakeholders=[{"id": "a", "name": "A", "power": 0, "attitude": 1}],
    )
    df = support_swing(smap)
    assert df.loc["a", "swing"] == 0.0
    assert math.isnan(df.attrs["net"])
    assert math.isnan(support_balance(smap).loc["overall", "support_share"])


@pytest.fixture
def blocking() -> skm.StakeholderMap:
    return skm.StakeholderMap(
        stakeholders=[
            {"id": "a", "name": "A", "power": 5, "interest": 5, "attitude": 2},
            {"id": "b", "name": "B", "power": 4, "interest": 2, "attitude": -1},
            {"id": "c", "name": "C", "power": 1, "interest": 2, "attitude": -2},
            {"id": "f", "name": "F", "power": 3, "attitude": 0},
            {"id": "g", "name": "G", "power": 5, "interest": 1, "attitude": -2},
            {"id": "h", "name": "H", "power": 4, "interest": 4, "attitude": -1},
        ]
    )


def test_blockers_by_hand(blocking: skm.StakeholderMap) -> None:
    df = blockers(blocking)
    assert df.index.tolist() == ["g", "b", "h", "f"]
    # rescaled power x (1 - attitude) / 3
    assert df["blocking_score"].to_dict() == pytest.approx(
        {"g": 1.0, "b": 0.75 * 2 / 3, "h": 0.75 * 2 / 3, "f": 0.5 / 3}
    )
    assert df["rank"].tolist() == [1, 2, 2, 4]
    assert df["stance"].tolist() == ["opposed", "opposed", "opposed", "neutral"]
    assert df.loc["g", "reason"] == "High power (5 >= 3) and opposed (attitude -2)."
    assert df.loc["f", "reason"].startswith("High power (3 >= 3) and neutral")
    assert pd.isna(df.loc["f", "interest"])
    assert df.attrs["threshold"] == 3.0


def test_blockers_threshold_and_language(blocking: skm.StakeholderMap) -> None:
    df = blockers(blocking, threshold=4.5, lang="nl")
    assert df.index.tolist() == ["g"]
    assert df.loc["g", "reason"] == "Veel macht (5 >= 4.5) en tegen (houding -2)."
    assert blockers(blocking, threshold=1).index.tolist() == ["g", "b", "h", "f", "c"]


def test_blockers_warn(tiny_map: skm.StakeholderMap) -> None:
    with pytest.warns(StakeholderMapWarning, match="'Delta'"):
        df = blockers(tiny_map)
    assert df.index.tolist() == ["b"]


_stakeholder = st.tuples(
    st.sampled_from([1.0, 2.0, 3.0, 4.0, 5.0]),
    st.sampled_from([-2.0, -1.0, 0.0, 1.0, 2.0]),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_stakeholder, min_size=1, max_size=12))
def test_shares_and_swings_are_consistent(rows: list[tuple[float, float]]) -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            {"id": f"s{i}", "name": f"S{i}", "power": p, "attitude": a}
            for i, (p, a) in enumerate(rows)
        ]
    )
    bal = support_balance(smap).loc["overall"]
    shares = bal[["support_share", "neutral_share", "opposition_share"]]
    if bal["total"] > 0:
        assert shares.sum() == pytest.approx(1.0)
    else:  # everyone at the scale minimum weighs 0: no balance
        assert shares.isna().all()
        return
    assert bal["n"] == len(rows)
    swing = support_swing(smap)
    # every stakeholder is in exactly one camp
    assert swing["stance"].notna().all()
    assert len(swing) == len(rows)
    # switching camp moves net by the swing: recompute net after each move
    for sid, r in swing.iterrows():
        new = 1.0 if r["stance"] != "supportive" else -1.0
        moved = smap.model_copy(
            update={
                "stakeholders": tuple(
                    s.model_copy(update={"attitude": new}) if s.id == sid else s
                    for s in smap.stakeholders
                )
            }
        )
        after = support_balance(moved, interest="overall").loc["overall", "net"]
        assert after - bal["net"] == pytest.approx(r["swing"])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 4), st.integers(-2, 2)), min_size=1, max_size=8)
)
def test_balance_same_on_every_scale(judgements: list[tuple[int, int]]) -> None:
    """The same judgements (power as a step 0..4) give one balance on any scale."""
    nets = []
    for lo, hi in [(1, 5), (0, 4), (0, 10), (0, 100)]:
        smap = skm.StakeholderMap(
            scale=(lo, hi),
            stakeholders=[
                {
                    "id": f"s{i}",
                    "name": f"S{i}",
                    "power": lo + step * (hi - lo) / 4,
                    "attitude": att,
                }
                for i, (step, att) in enumerate(judgements)
            ],
        )
        nets.append(support_balance(smap).loc["overall", ["net", "support_share"]])
    for other in nets[1:]:
        assert other.tolist() == pytest.approx(nets[0].tolist(), nan_ok=True)


def test_balance_verdict_does_not_flip_with_the_scale_origin() -> None:
    """Three residents at the lowest power do not outweigh the minister."""
    nets = {}
    for lo, hi in [(1, 5), (0, 4)]:
        smap = skm.StakeholderMap(
            scale=(lo, hi),
            stakeholders=[
                {"id": "minister", "name": "M", "power": hi, "attitude": 2},
                *(
                    {"id": f"r{i}", "name": f"R{i}", "power": lo, "attitude": -2}
                    for i in range(3)
                ),
                {"id": "x", "name": "X", "power": lo + 1, "attitude": -1},
            ],
        )
        nets[lo] = support_balance(smap).loc["overall", "net"]
    assert nets[1] == pytest.approx(nets[0])
    assert nets[1] > 0
