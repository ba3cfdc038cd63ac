"""A score equal to a threshold counts as high, whatever the floating-point rounding."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stakeholder_map as skm
from stakeholder_map.analysis import (
    aggregate,
    classification_agreement,
    consolidate,
    power_interest,
    quadrant_probability,
    salience,
    stakeholder_cube,
)
from stakeholder_map.analysis._common import at_or_above

# The mean of 1.0, 1.4, 1.8 is 1.4 but is computed as 1.4000000000000001.
POWERS = {"a": 1.0, "b": 1.4, "c": 1.8}
# The mean of 1.8, 3.3, 3.3, 3.6 is 3.0 (the midpoint of 1..5) but is computed as
# 2.9999999999999996.
RATINGS = [1.8, 3.3, 3.3, 3.6]


def _scored_map() -> skm.StakeholderMap:
    stakeholders = [
        skm.Stakeholder(
            id=sid,
            name=sid.upper(),
            power=p,
            interest=5,
            legitimacy=5,
            urgency=5,
            attitude=-1,
        )
        for sid, p in POWERS.items()
    ]
    return skm.StakeholderMap(name="Ties", stakeholders=stakeholders)


def _rated_map() -> skm.StakeholderMap:
    assessments = [
        skm.Assessment(stakeholder_id="a", rater=f"r{k}", power=p, interest=5)
        for k, p in enumerate(RATINGS)
    ]
    return skm.StakeholderMap(
        name="Ties",
        stakeholders=[skm.Stakeholder(id="a", name="A")],
        assessments=assessments,
    )


def test_the_cases_do_round_off() -> None:
    # The premise of the tests below: without a tolerance these would be low.
    assert statistics.fmean(POWERS.values()) > 1.4
    assert sum(RATINGS) / len(RATINGS) < 3.0


def test_power_interest_mean_tie_is_high() -> None:
    df = power_interest(_scored_map(), threshold="mean")
    assert df.loc["b", "quadrant"] == "manage_closely"
    assert df.loc["a", "quadrant"] == "keep_informed"


def test_salience_mean_tie_is_present() -> None:
    df = salience(_scored_map(), threshold="mean")
    assert df["power"].tolist() == [False, True, True]


def test_salience_frame_mean_tie_is_present() -> None:
    frame = power_interest(_scored_map(), threshold="mean")[["power"]].assign(
        legitimacy=True, urgency=True
    )
    df = salience(frame, threshold="mean", scale=(1, 5))
    assert df["power"].tolist() == [False, True, True]


def test_stakeholder_cube_mean_tie_is_high() -> None:
    df = stakeholder_cube(_scored_map(), threshold="mean")
    assert df["high_power"].tolist() == [False, True, True]


def test_aggregate_mean_on_the_midpoint_is_high() -> None:
    smap = _rated_map()
    agg = aggregate(smap, method="mean")
    assert at_or_above(agg.loc["a", "power"], smap.scale.midpoint, 4.0)
    assert power_interest(consolidate(smap, method="mean")).loc["a", "quadrant"] == (
        "manage_closely"
    )


def test_classification_agreement_mean_on_the_midpoint_agrees() -> None:
    df = classification_agreement(_rated_map(), method="mean")
    assert df.loc["a", "quadrant"] == "manage_closely"
    assert df.loc["a", "status"] == "agree"


def test_quadrant_probability_mean_on_the_midpoint_is_high() -> None:
    df = quadrant_probability(_rated_map(), method="mean", n_boot=50)
    assert df.loc["a", "quadrant"] == "manage_closely"


def test_a_score_clearly_below_stays_low() -> None:
    assert not at_or_above(2.99, 3.0, 4.0)
    assert not at_or_above(3.0 - 1e-6, 3.0, 4.0)
    assert at_or_above(3.0 - 1e-12, 3.0, 4.0)


SCALES = [(1, 5), (0, 10), (1, 7), (0, 100)]


@settings(max_examples=60, deadline=None)
@given(
    scale=st.sampled_from(SCALES),
    data=st.data(),
)
def test_a_score_equal_to_the_exact_mean_is_high(
    scale: tuple[int, int], data: st.DataObject
) -> None:
    lo, hi = scale
    # Scores in tenths; pairs placed symmetrically around a centre c make the exact
    # mean c, which the floating-point mean often misses by a rounding error.
    c10 = data.draw(st.integers(lo * 10 + 1, hi * 10 - 1), label="centre")
    reach = min(c10 - lo * 10, hi * 10 - c10)
    offsets = data.draw(
        st.lists(st.integers(1, reach), min_size=1, max_size=4), label="offsets"
    )
    scores = [c10 / 10] + [v for d in offsets for v in ((c10 - d) / 10, (c10 + d) / 10)]
    stakeholders = [
        skm.Stakeholder(id=f"s{k}", name=f"S{k}", power=p, interest=hi)
        for k, p in enumerate(scores)
    ]
    smap = skm.StakeholderMap(name="P", scale=scale, stakeholders=stakeholders)
    df = power_interest(smap, threshold="mean")
    assert df.loc["s0", "quadrant"] == "manage_closely"
    # the same tie through the raters: ratings whose exact mean is the midpoint
    mid10 = (lo + hi) * 5
    reach = min(mid10 - lo * 10, hi * 10 - mid10)
    ratings = [v for d in offsets for v in ((mid10 - d) / 10, (mid10 + d) / 10)]
    if max(offsets) > reach:
        return
    rated = skm.StakeholderMap(
        name="P",
        scale=scale,
        stakeholders=[skm.Stakeholder(id="a", name="A")],
        assessments=[
            skm.Assessment(stakeholder_id="a", rater=f"r{k}", power=p, interest=hi)
            for k, p in enumerate(ratings)
        ],
    )
    agreement = classification_agreement(rated, method="mean")
    assert agreement.loc["a", "quadrant"] == "manage_closely"


@pytest.mark.parametrize("span", [4.0, 10.0, 100.0])
def test_tolerance_scales_with_the_span(span: float) -> None:
    assert at_or_above(3.0 - 0.5e-9 * span, 3.0, span)
    assert not at_or_above(3.0 - 2e-9 * span, 3.0, span)


def test_history_mean_on_the_midpoint_is_high() -> None:
    import datetime as dt

    day = dt.date(2026, 3, 1)
    smap = skm.StakeholderMap(
        name="Ties",
        stakeholders=[skm.Stakeholder(id="a", name="A")],
        assessments=[
            skm.Assessment(
                stakeholder_id="a", rater=f"r{k}", power=p, interest=5, date=day
            )
            for k, p in enumerate(RATINGS)
        ],
    )
    h = skm.analysis.history(smap, method="mean")
    assert h["quadrant"].tolist() == ["manage_closely"]
