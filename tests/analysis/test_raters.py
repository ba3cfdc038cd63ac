from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import stakeholder_map as skm
from stakeholder_map.analysis import (
    aggregate,
    classification_agreement,
    consolidate,
    krippendorff_alpha,
    quadrant_probability,
    rater_agreement,
    rater_deviation,
)
from stakeholder_map.exceptions import StakeholderMapWarning

NAN = math.nan

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section E:
# 4 observers x 12 units, with missing values.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
    [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
]


def _map(
    ratings: dict[str, list[tuple[str, float | None, float | None]]],
    *,
    scale: tuple[float, float] = (1, 5),
    date: str | None = None,
) -> skm.StakeholderMap:
    """A map whose stakeholders (ids) have ratings [(rater, power, interest)]."""
    stakeholders = [skm.Stakeholder(id=sid, name=sid.upper()) for sid in ratings]
    assessments = [
        skm.Assessment(stakeholder_id=sid, rater=rater, power=p, interest=i, date=date)
        for sid, rows in ratings.items()
        for rater, p, i in rows
    ]
    return skm.StakeholderMap(
        name="Workshop", scale=scale, stakeholders=stakeholders, assessments=assessments
    )


def _alpha_map(data: list[list[float]]) -> skm.StakeholderMap:
    """Krippendorff's matrix (observers x units) as power ratings of a map."""
    n_units = len(data[0])
    stakeholders = [skm.Stakeholder(id=f"u{j}", name=f"U{j}") for j in range(n_units)]
    assessments = [
        skm.Assessment(stakeholder_id=f"u{j}", rater=f"r{i}", power=v)
        for i, row in enumerate(data)
        for j, v in enumerate(row)
        if not math.isnan(v)
    ]
    return skm.StakeholderMap(stakeholders=stakeholders, assessments=assessments)


# ------------------------------------------------------------------- aggregate


def test_aggregate_hand_computed() -> None:
    smap = _map({"a": [("A", 1, 5), ("B", 2, 5), ("C", 4, 4), ("D", 5, 5)]})
    df = aggregate(smap)
    row = df.loc["a"]
    assert df.index.name == "stakeholder_id"
    assert row["power"] == 3.0
    assert row["power_n"] == 4
    # numpy linear quantiles: q1 = 1.75, q3 = 4.25
    assert (row["power_q1"], row["power_q3"]) == (1.75, 4.25)
    assert row["power_iqr"] == pytest.approx(2.5)
    assert (row["power_min"], row["power_max"]) == (1.0, 5.0)
    assert row["power_sd"] == pytest.approx(math.sqrt(10 / 3))
    assert row["power_range"] == 4.0
    assert not row["power_consensus"]
    assert row["interest"] == 5.0
    assert row["interest_iqr"] == pytest.approx(0.25)
    assert row["interest_consensus"]
    assert not row["consensus"]
    assert row["n_raters"] == 4
    assert df.attrs["method"] == "median"
    assert df.attrs["raters"] == ["A", "B", "C", "D"]


@pytest.mark.parametrize(
    ("method", "expected"), [("median", 3.0), ("mean", 4.0), ("trimmed_mean", 3.0)]
)
def test_aggregate_methods(method: str, expected: float) -> None:
    # 1, 2, 3, 4, 10: median 3, mean 4, 20 % trimmed mean (2 + 3 + 4) / 3 = 3
    rows = [(r, p, 1) for r, p in zip("ABCDE", [1, 2, 3, 4, 10], strict=True)]
    smap = _map({"a": rows}, scale=(1, 10))
    assert aggregate(smap, method=method).loc["a", "power"] == expected


def test_trimmed_mean_cuts_like_scipy() -> None:
    smap = _map(
        {
            "a": [
                (r, p, 1)
                for r, p in zip(
                    "ABCDEFGHIJ", [1, 1, 2, 2, 3, 3, 4, 4, 5, 5], strict=True
                )
            ]
        }
    )
    # trim=0.1 of 10 cuts one from each end: mean of 1,2,2,3,3,4,4,5 = 3
    assert aggregate(smap, method="trimmed_mean", trim=0.1).loc["a", "power"] == 3.0
    from scipy.stats import trim_mean

    smap = _map(
        {
            "a": [
                (r, p, 1) for r, p in zip("ABCDEFG", [1, 1, 1, 2, 5, 5, 4], strict=True)
            ]
        }
    )
    expected = trim_mean([1, 1, 1, 2, 5, 5, 4], 0.2)
    assert aggregate(smap, method="trimmed_mean").loc["a", "power"] == pytest.approx(
        expected
    )


def test_missing_ratings_and_single_rater() -> None:
    smap = _map({"a": [("A", 2, None), ("B", 4, 3)], "b": [("A", 5, 5)]})
    df = aggregate(smap)
    assert df.loc["a", "power_n"] == 2
    assert df.loc["a", "interest_n"] == 1
    assert df.loc["a", "interest"] == 3.0
    assert math.isnan(df.loc["a", "interest_sd"])
    # one rating is no consensus, however small its spread
    assert df.loc["a", "interest_iqr"] == 0.0
    assert not df.loc["a", "interest_consensus"]
    assert not df.loc["b", "consensus"]
    assert df.loc["b", "n_raters"] == 1


def test_only_rated_stakeholders_in_map_order() -> None:
    smap = _map({"a": [], "b": [("A", 3, 3)], "c": [("A", 1, 1)]})
    assert aggregate(smap).index.tolist() == ["b", "c"]


def test_consensus_scales_with_the_scale() -> None:
    # IQR 2 is consensus on 0..10 (cut 2.5) but not on 1..5 (cut 1)
    rows = [("A", 2, 2), ("B", 4, 4), ("C", 6, 6)]
    wide = aggregate(_map({"a": rows}, scale=(0, 10)))
    assert wide.loc["a", "power_iqr"] == 2.0
    assert wide.loc["a", "power_consensus"]
    assert wide.attrs["consensus_iqr"]["power"] == 2.5
    narrow = aggregate(_map({"a": [("A", 1, 1), ("B", 2, 2), ("C", 3, 3)]}))
    assert narrow.loc["a", "power_iqr"] == 1.0
    assert narrow.loc["a", "power_consensus"]  # IQR <= 1 is inclusive
    strict = aggregate(
        _map({"a": [("A", 1, 1), ("B", 2, 2), ("C", 3, 3)]}), consensus=0.5
    )
    assert not strict.loc["a", "power_consensus"]


def test_attitude_uses_its_own_scale() -> None:
    smap = skm.StakeholderMap(
        scale=(0, 100),
        stakeholders=[skm.Stakeholder(id="a", name="A")],
        assessments=[
            skm.Assessment(stakeholder_id="a", rater=r, attitude=v)
            for r, v in zip("ABC", [-2, -1, 0], strict=True)
        ],
    )
    df = aggregate(smap)
    assert list(df.attrs["consensus_iqr"]) == ["attitude"]
    assert df.attrs["consensus_iqr"]["attitude"] == 1.0
    assert df.loc["a", "attitude"] == -1.0


def test_by_date_latest_per_rater_and_one_date() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[skm.Stakeholder(id="a", name="A")],
        assessments=[
            skm.Assessment(stakeholder_id="a", rater="A", date="2026-01-01", power=1),
            skm.Assessment(stakeholder_id="a", rater="A", date="2026-06-01", power=5),
            skm.Assessment(stakeholder_id="a", rater="B", date="2026-01-01", power=2),
            skm.Assessment(stakeholder_id="a", rater="C", power=4),
            # an empty row (a template row nobody filled in) is no rating
            skm.Assessment(stakeholder_id="a", rater="B", date="2026-09-01"),
        ],
    )
    latest = aggregate(smap)
    # A's latest (5), B (2), C undated (4)
    assert latest.loc["a", "power"] == 4.0
    assert latest.loc["a", "power_n"] == 3
    jan = aggregate(smap, by_date="2026-01-01")
    assert jan.loc["a", "power"] == 1.5
    each = aggregate(smap, by_date="each")
    assert each.index.names == ["stakeholder_id", "date"]
    assert each["power"].tolist() == [4.0, 1.5, 5.0]  # undated first, then by date
    with pytest.raises(ValueError, match="`by_date` must be a date"):
        aggregate(smap, by_date="gisteren")


def test_aggregate_bad_arguments() -> None:
    smap = _map({"a": [("A", 1, 1)]})
    with pytest.raises(ValueError, match="`method` must be one of"):
        aggregate(smap, method="mode")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="`dimensions` must be one of"):
        aggregate(smap, dimensions=["macht"])
    with pytest.raises(ValueError, match="`trim` must be"):
        aggregate(smap, method="trimmed_mean", trim=0.5)


def test_aggregate_no_assessments() -> None:
    smap = skm.StakeholderMap(stakeholders=[skm.Stakeholder(id="a", name="A")])
    assert aggregate(smap).empty
    assert aggregate(smap, by_date="each").empty


def test_consolidate_replaces_scores_and_keeps_assessments() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            skm.Stakeholder(id="a", name="A", power=1, interest=1, category="zorg"),
            skm.Stakeholder(id="b", name="B", power=2, interest=2),
        ],
        assessments=[
            skm.Assessment(stakeholder_id="a", rater=r, power=p, date="2026-03-01")
            for r, p in zip("ABC", [4, 5, 5], strict=True)
        ],
    )
    merged = consolidate(smap)
    a = merged.get("a")
    assert (a.power, a.interest, a.category) == (5.0, 1.0, "zorg")
    assert str(a.assessed_on) == "2026-03-01"
    assert merged.get("b") == smap.get("b")
    assert merged.assessments == smap.assessments
    assert smap.get("a").power == 1  # the input is unchanged
    assert skm.consolidate(smap, method="mean").get("a").power == pytest.approx(14 / 3)


# ---------------------------------------------------- classification agreement


def test_aggregate_then_classify_disagrees_with_the_vote() -> None:
    # Three raters say keep_satisfied, two keep_informed and two manage_closely:
    # the plurality is keep_satisfied, but the medians (3, 3) are manage_closely.
    rows = [
        ("A", 5, 2),
        ("B", 5, 2),
        ("C", 2, 5),
        ("D", 3, 3),
        ("E", 3, 4),
        ("F", 2, 5),
        ("G", 5, 1),
    ]
    df = classification_agreement(_map({"a": rows}))
    row = df.loc["a"]
    assert (row["power"], row["interest"]) == (3.0, 3.0)
    assert row["quadrant"] == "manage_closely"
    assert row["vote"] == "keep_satisfied"
    assert row["status"] == "disagree"
    assert row["vote_share"] == pytest.approx(3 / 7)
    assert [
        row[f"votes_{q}"]
        for q in ("manage_closely", "keep_satisfied", "keep_informed", "monitor")
    ] == [2, 3, 2, 0]


def test_no_plurality_and_agreement() -> None:
    smap = _map(
        {
            "tie": [("A", 5, 1), ("B", 1, 5)],
            "same": [("A", 5, 5), ("B", 4, 4), ("C", 1, 1)],
            "half": [("A", 5, None)],
        }
    )
    df = classification_agreement(smap)
    assert df.index.tolist() == ["tie", "same"]  # 'half' lacks interest
    assert df.loc["tie", "status"] == "no_plurality"
    assert pd.isna(df.loc["tie", "vote"])
    assert df.loc["same", "status"] == "agree"
    assert df.loc["same", "n_votes"] == 3
    assert isinstance(df["status"].dtype, pd.CategoricalDtype)


def test_classification_threshold_boundary_and_rule() -> None:
    smap = _map({"a": [("A", 3, 3), ("B", 3, 3)], "b": [("A", 1, 1), ("B", 2, 2)]})
    df = classification_agreement(smap)
    assert df.loc["a", "quadrant"] == "manage_closely"  # equal to threshold is high
    assert df.attrs["thresholds"] == {"power": 3.0, "interest": 3.0}
    df = classification_agreement(smap, threshold=4)
    assert df.loc["a", "quadrant"] == "monitor"
    df = classification_agreement(smap, threshold="median")
    assert df.attrs["thresholds"]["power"] == pytest.approx((3 + 1.5) / 2)


# ---------------------------------------------------------- Krippendorff alpha


@pytest.mark.parametrize(
    ("level", "expected"),
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_alpha_krippendorff_2011_example(level: str, expected: float) -> None:
    assert krippendorff_alpha(KRIPPENDORFF_2011, level=level) == pytest.approx(
        expected, abs=5e-4
    )


def test_alpha_krippendorff_2011_binary_example() -> None:
    # Krippendorff (2011), section A: two observers, binary data, alpha = 0.095
    data = [[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]]
    assert krippendorff_alpha(data, level="nominal") == pytest.approx(0.095, abs=5e-4)
    # by hand: 1 - (n - 1) o_01 / (n_0 n_1) = 1 - 19 * 4 / (14 * 6)
    assert krippendorff_alpha(data) == pytest.approx(1 - 19 * 4 / 84)


def test_alpha_wikipedia_example() -> None:
    # The computational example of the Wikipedia article: 3 coders, 15 units.
    data = [
        [NAN, NAN, NAN, NAN, NAN, 3, 4, 1, 2, 1, 1, 3, 3, NAN, 3],
        [1, NAN, 2, 1, 3, 3, 4, 3, NAN, NAN, NAN, NAN, NAN, NAN, NAN],
        [NAN, NAN, 2, 1, 3, 4, 4, NAN, 2, 1, 1, 3, 3, NAN, 4],
    ]
    assert krippendorff_alpha(data) == pytest.approx(0.691, abs=5e-4)


def test_alpha_invariances() -> None:
    data = np.array(KRIPPENDORFF_2011)
    rng = np.random.default_rng(3)
    shuffled = data[rng.permutation(4)][:, rng.permutation(12)]
    for level in ("nominal", "ordinal", "interval", "ratio"):
        assert krippendorff_alpha(shuffled, level=level) == pytest.approx(
            krippendorff_alpha(data, level=level)
        )
    # nominal alpha ignores what the codes are; ordinal only their order
    recoded = np.where(np.isnan(data), NAN, data * 10 + 7)
    assert krippendorff_alpha(recoded) == pytest.approx(krippendorff_alpha(data))
    squashed = np.where(np.isnan(data), NAN, data**3)
    assert krippendorff_alpha(squashed, level="ordinal") == pytest.approx(
        krippendorff_alpha(data, level="ordinal")
    )
    assert krippendorff_alpha(squashed, level="interval") != pytest.approx(
        krippendorff_alpha(data, level="interval")
    )


def test_alpha_edge_cases() -> None:
    assert krippendorff_alpha([[1, 1, 2], [1, 1, 2]]) == 1.0
    assert math.isnan(krippendorff_alpha([[3, 3], [3, 3]]))  # no variation
    assert math.isnan(krippendorff_alpha([[1, NAN], [NAN, 2]]))  # nothing pairable
    assert math.isnan(krippendorff_alpha(np.empty((0, 0))))
    # systematic disagreement goes below zero
    assert krippendorff_alpha([[1, 2, 1, 2], [2, 1, 2, 1]]) < 0
    with pytest.raises(ValueError, match="must be 2-D"):
        krippendorff_alpha([1, 2, 3])
    with pytest.raises(ValueError, match="`level` must be one of"):
        krippendorff_alpha([[1, 2]], level="circular")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least 0"):
        krippendorff_alpha([[-1, 2], [1, 2]], level="ratio")


def test_rater_agreement_on_a_map_matches_the_published_example() -> None:
    smap = _alpha_map(KRIPPENDORFF_2011)
    df = rater_agreement(smap, level="interval")
    assert df.index.tolist() == ["power"]
    assert df.index.name == "dimension"
    assert df.loc["power", "alpha"] == pytest.approx(0.849, abs=5e-4)
    assert df.loc["power", "n_units"] == 11  # unit 12 has one rating only
    assert df.loc["power", "n_values"] == 40
    assert df.loc["power", "n_raters"] == 4
    assert rater_agreement(smap, level="nominal").loc["power", "alpha"] == (
        pytest.approx(0.743, abs=5e-4)
    )
    assert df.attrs["thresholds"] == {"reliable": 0.8, "tentative": 0.667}


def test_rater_deviation_finds_the_generous_rater() -> None:
    rows = {
        sid: [("Ann", base, 3), ("Bob", base, 3), ("Cas", base + 1, 2)]
        for sid, base in (("a", 1), ("b", 2), ("c", 3))
    }
    df = rater_deviation(_map(rows))
    assert df.index.name == "rater"
    assert df.loc["Cas", "power_bias"] == 1.0
    assert df.loc["Cas", "interest_bias"] == -1.0
    assert df.loc["Ann", "power_bias"] == pytest.approx(-0.5)  # others: (1 + 2) / 2
    assert df.loc["Ann", "power_abs_dev"] == pytest.approx(0.5)
    assert df["n_rated"].tolist() == [3, 3, 3]


# ------------------------------------------------------ quadrant probability


def _loop_reference(values: np.ndarray, n_boot: int, seed: int) -> np.ndarray:
    """Per-resample Python loop: draw raters, take medians, classify."""
    rng = np.random.default_rng(seed)
    n_units, n_raters, _ = values.shape
    draws = rng.integers(0, n_raters, size=(n_boot, n_raters))
    counts = np.zeros((n_units, 4))
    for b in range(n_boot):
        for u in range(n_units):
            p = values[u, draws[b], 0]
            i = values[u, draws[b], 1]
            p, i = p[~np.isnan(p)], i[~np.isnan(i)]
            if p.size == 0 or i.size == 0:
                continue
            hp, hi = np.median(p) >= 3, np.median(i) >= 3
            q = (0 if hi else 1) if hp else (2 if hi else 3)
            counts[u, q] += 1
    return counts / counts.sum(axis=1, keepdims=True)


def test_quadrant_probability_matches_a_plain_loop() -> None:
    rng = np.random.default_rng(0)
    values = rng.integers(1, 6, size=(6, 5, 2)).astype(float)
    values[0, 1, 0] = NAN
    ratings = {
        f"s{u}": [
            (
                f"r{r}",
                None if np.isnan(values[u, r, 0]) else values[u, r, 0],
                values[u, r, 1],
            )
            for r in range(5)
        ]
        for u in range(6)
    }
    df = quadrant_probability(_map(ratings), n_boot=300, seed=7)
    expected = _loop_reference(values, 300, 7)
    got = df[
        ["p_manage_closely", "p_keep_satisfied", "p_keep_informed", "p_monitor"]
    ].to_numpy()
    np.testing.assert_allclose(got, expected)
    assert np.allclose(got.sum(axis=1), 1.0)


def test_quadrant_probability_flags() -> None:
    smap = _map(
        {
            "sure": [("A", 5, 5), ("B", 5, 5), ("C", 4, 5)],
            "split": [("A", 5, 1), ("B", 1, 5), ("C", 5, 5)],
            "edge": [("A", 3, 1), ("B", 3, 1), ("C", 3, 1)],
        }
    )
    df = quadrant_probability(smap, n_boot=400, seed=1)
    assert df.loc["sure", "p_manage_closely"] == 1.0
    assert not df.loc["sure", "borderline"]
    assert df.loc["split", "p_quadrant"] < 0.8
    assert df.loc["split", "borderline"]
    # unanimous, but exactly on the power threshold: sensitive to moving it
    assert df.loc["edge", "p_keep_satisfied"] == 1.0
    assert df.loc["edge", "power_margin"] == 0.0
    assert df.loc["edge", "threshold_sensitive"]
    assert df.loc["edge", "borderline"]
    again = quadrant_probability(smap, n_boot=400, seed=1)
    pd.testing.assert_frame_equal(df, again)
    assert df.attrs["n_boot"] == 400


def test_quadrant_probability_data_driven_threshold() -> None:
    smap = _map({"a": [("A", 1, 1), ("B", 1, 1)], "b": [("A", 2, 2), ("B", 2, 2)]})
    with pytest.warns(StakeholderMapWarning, match="only 2 rater"):
        df = quadrant_probability(smap, n_boot=50, threshold="median")
    # median threshold 1.5: b is high on both axes in every resample
    assert df.attrs["thresholds"] == {"power": 1.5, "interest": 1.5}
    assert df.loc["b", "p_manage_closely"] == 1.0
    assert df.loc["a", "p_monitor"] == 1.0


@pytest.mark.parametrize("n", [1, 2])
def test_quadrant_probability_warns_below_three_raters(n: int) -> None:
    raters = ["A", "B", "C"][:n]
    smap = _map({"a": [(r, 4, 4) for r in raters], "b": [(r, 2, 2) for r in raters]})
    with pytest.warns(StakeholderMapWarning, match=f"only {n} rater") as caught:
        df = quadrant_probability(smap, n_boot=20)
    assert len(caught) == 1
    assert df.attrs["n_raters"] == n


def test_quadrant_probability_counts_raters_who_scored_both_axes() -> None:
    # C scored only power: two raters scored both, so the warning still comes.
    smap = _map({"a": [("A", 4, 4), ("B", 4, 3), ("C", 4, None)]})
    with pytest.warns(StakeholderMapWarning, match="only 2 rater"):
        df = quadrant_probability(smap, n_boot=20)
    assert df.attrs["n_raters"] == 2


def test_quadrant_probability_three_raters_do_not_warn() -> None:
    smap = _map({"a": [("A", 4, 4), ("B", 4, 3), ("C", 2, 2)]})
    df = quadrant_probability(smap, n_boot=20)  # filterwarnings=error: none came
    assert df.attrs["n_raters"] == 3


def test_quadrant_probability_warns_in_the_maps_language() -> None:
    smap = _map({"a": [("A", 4, 4)]}).model_copy(update={"language": skm.Language.NL})
    with pytest.warns(StakeholderMapWarning, match="slechts 1 beoordelaar"):
        quadrant_probability(smap, n_boot=20)


def test_quadrant_probability_bad_arguments() -> None:
    smap = _map({"a": [("A", 1, 1)]})
    with pytest.raises(ValueError, match="`n_boot` must be at least 1"):
        quadrant_probability(smap, n_boot=0)
    with pytest.raises(ValueError, match=r"`borderline` must lie in 0\.\.1"):
        quadrant_probability(smap, borderline=1.5)


# ------------------------------------------------------------ example data


def test_example_map(example_map: skm.StakeholderMap) -> None:
    df = aggregate(example_map)
    assert set(df.index) <= set(example_map.ids)
    assert (df["n_raters"] >= 1).all()
    agree = classification_agreement(example_map)
    assert set(agree["status"].unique()) <= {"agree", "disagree", "no_plurality"}
    alpha = rater_agreement(example_map)
    assert alpha["alpha"].between(-1, 1).all()
    prob = quadrant_probability(example_map, n_boot=100)
    assert np.allclose(
        prob.filter(like="p_").drop(columns="p_quadrant").sum(axis=1), 1.0
    )


def test_a_later_rating_of_one_field_keeps_the_raters_other_scores() -> None:
    smap = skm.StakeholderMap(
        name="m",
        stakeholders=[
            skm.Stakeholder(id="a", name="A"),
            skm.Stakeholder(id="b", name="B"),
        ],
        assessments=[
            skm.Assessment(
                stakeholder_id="a", rater="An", date="2026-03-01", power=4, interest=2
            ),
            skm.Assessment(
                stakeholder_id="a", rater="An", date="2026-09-01", interest=5
            ),
            skm.Assessment(
                stakeholder_id="b", rater="An", date="2026-03-01", power=1, interest=1
            ),
            skm.Assessment(
                stakeholder_id="b", rater="An", date="2026-09-01", power=5, interest=4
            ),
            skm.Assessment(
                stakeholder_id="b", rater="An", interest=2
            ),  # undated: oldest
            skm.Assessment(
                stakeholder_id="a", rater="Bo", date="2026-03-01", power=2, interest=2
            ),
        ],
    )
    agg = skm.analysis.aggregate(smap, dimensions=["power", "interest"])
    # An's March power survives An's September update of interest alone.
    assert agg.loc["a", "power"] == 3.0  # median of An 4 and Bo 2
    assert agg.loc["a", "power_n"] == 2
    assert agg.loc["a", "interest"] == 3.5  # An 5 (September) and Bo 2
    # A dated later rating beats an undated one; the undated one is the oldest.
    assert agg.loc["b", ["power", "interest"]].tolist() == [5.0, 4.0]
    # One date only: the September row of `a` has no power.
    sept = skm.analysis.aggregate(
        smap, dimensions=["power", "interest"], by_date="2026-09-01"
    )
    assert sept.loc["b", "power"] == 5.0
    assert np.isnan(sept.loc["a", "power"])
    assert sept.loc["a", "interest"] == 5.0
