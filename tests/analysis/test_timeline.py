from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest

import stakeholder_map as skm
from stakeholder_map.analysis import (
    MapDiff,
    compare,
    history,
    movement,
    snapshot,
    snapshot_dates,
)
from stakeholder_map.exceptions import StakeholderMapWarning, UnknownStakeholderError


@pytest.fixture
def before() -> skm.StakeholderMap:
    return skm.StakeholderMap(
        name="Voorjaar",
        language="nl",
        date="2026-03-12",
        stakeholders=[
            skm.Stakeholder(id="ocmw", name="OCMW", power=4, interest=2),
            skm.Stakeholder(id="clb", name="CLB", power=2, interest=4, attitude=1),
            skm.Stakeholder(id="school", name="School", power=2, interest=2),
            skm.Stakeholder(id="pers", name="Pers", power=1, interest=1),
            skm.Stakeholder(id="ouders", name="Ouders", category="ouders"),
        ],
        relations=[
            skm.Relation(source="ocmw", target="clb", kind="funding", weight=3),
            skm.Relation(source="clb", target="school", kind="information"),
            skm.Relation(source="pers", target="ocmw", kind="information"),
            skm.Relation(
                source="school", target="ocmw", kind="collaboration", directed=False
            ),
        ],
    )


@pytest.fixture
def after() -> skm.StakeholderMap:
    return skm.StakeholderMap(
        name="Najaar",
        language="nl",
        date="2026-09-24",
        stakeholders=[
            # moved: keep_satisfied -> manage_closely
            skm.Stakeholder(id="ocmw", name="OCMW", power=4, interest=4),
            # score change of 0.5 only, attitude changes by 2
            skm.Stakeholder(id="clb", name="CLB", power=2.5, interest=4, attitude=-1),
            # unchanged
            skm.Stakeholder(id="school", name="School", power=2, interest=2),
            skm.Stakeholder(id="ouders", name="Ouders", category="gezinnen"),
            # added
            skm.Stakeholder(id="bib", name="Bibliotheek", power=2, interest=3),
        ],
        relations=[
            skm.Relation(source="ocmw", target="clb", kind="funding", weight=5),
            skm.Relation(source="clb", target="school", kind="information"),
            # the same mutual relation, written the other way round
            skm.Relation(
                source="ocmw", target="school", kind="collaboration", directed=False
            ),
            skm.Relation(source="bib", target="ouders", kind="information"),
        ],
    )


def test_stakeholder_diff(
    before: skm.StakeholderMap, after: skm.StakeholderMap
) -> None:
    diff = compare(before, after)
    df = diff.stakeholders
    assert isinstance(diff, MapDiff)
    assert df.index.name == "stakeholder_id"
    assert df.index.tolist() == ["ocmw", "clb", "school", "pers", "ouders", "bib"]
    assert df["status"].tolist() == [
        "kept",
        "kept",
        "kept",
        "removed",
        "kept",
        "added",
    ]
    assert diff.added == ["bib"]
    assert diff.removed == ["pers"]
    assert df.loc["ocmw", "quadrant_before"] == "keep_satisfied"
    assert df.loc["ocmw", "quadrant_after"] == "manage_closely"
    assert df.loc["ocmw", "interest_change"] == 2.0
    assert diff.moved.index.tolist() == ["ocmw"]
    assert df.loc["clb", "power_change"] == 0.5
    assert df.loc["clb", "attitude_change"] == -2.0
    assert df.loc["clb", "score_changed"]  # attitude moved by 2
    assert not df.loc["school", "score_changed"]
    assert df.loc["ouders", "fields_changed"] == "category"
    assert math.isnan(df.loc["bib", "power_before"])
    assert pd.isna(df.loc["pers", "quadrant_after"])
    assert not df.loc["pers", "moved"]
    assert diff.thresholds["before"] == {"power": 3.0, "interest": 3.0}
    assert (diff.before_date, diff.after_date) == (
        dt.date(2026, 3, 12),
        dt.date(2026, 9, 24),
    )


def test_relation_diff(before: skm.StakeholderMap, after: skm.StakeholderMap) -> None:
    rel = compare(before, after).relations
    got = {(r.source, r.target, r.kind): r.status for r in rel.itertuples(index=False)}
    assert got == {
        ("ocmw", "clb", "funding"): "changed",
        ("pers", "ocmw", "information"): "removed",
        ("bib", "ouders", "information"): "added",
    }
    changed = rel.loc[rel["status"] == "changed"].iloc[0]
    assert (changed["weight_before"], changed["weight_after"]) == (3.0, 5.0)


def test_summary_in_both_languages(
    before: skm.StakeholderMap, after: skm.StakeholderMap
) -> None:
    diff = compare(before, after)
    nl = diff.summary()  # the later map is Dutch
    assert nl == str(diff)
    assert nl.splitlines() == [
        "Wat veranderde van 'Voorjaar' (2026-03-12) naar 'Najaar' (2026-09-24):",
        "- 1 nieuwe actor: Bibliotheek.",
        "- 1 actor verdwenen: Pers.",
        "- 1 actor naar een ander kwadrant:",
        "  - OCMW: Tevreden houden → Nauw betrekken (macht 4 → 4, belang 2 → 4)",
        "- 1 actor met een scorewijziging van minstens 1:",
        "  - CLB: houding 1 → -1",
        "- 1 actor met andere wijzigingen: Ouders (categorie).",
        "- Relaties: 1 nieuw, 1 verdwenen, 1 gewijzigd.",
        "  ~ OCMW → CLB (financiering): gewicht 3 → 5",
        "  − Pers → OCMW (informatie)",
        "  + Bibliotheek → Ouders (informatie)",
    ]
    en = diff.summary(lang="en").splitlines()
    assert (
        en[0] == "What changed from 'Voorjaar' (2026-03-12) to 'Najaar' (2026-09-24):"
    )
    assert en[1] == "- 1 stakeholder added: Bibliotheek."
    assert en[3] == "- 1 stakeholder moved to another quadrant:"
    assert "  - OCMW: Keep satisfied → Manage closely" in en[4]
    assert en[8] == "- Relations: 1 added, 1 removed, 1 changed."
    with pytest.raises(ValueError, match="`lang` must be one of"):
        diff.summary(lang="de")


def test_summary_caps_long_lists(before: skm.StakeholderMap) -> None:
    many = before.model_copy(
        update={
            "stakeholders": before.stakeholders
            + tuple(skm.Stakeholder(name=f"Nieuw {i}") for i in range(5))
        }
    )
    text = compare(before, many).summary(lang="en", max_items=2)
    assert "- 5 stakeholders added: Nieuw 0, Nieuw 1, and 3 more." in text


def test_no_changes(before: skm.StakeholderMap) -> None:
    diff = compare(before, before)
    assert diff.is_empty
    assert diff.relations.empty
    assert diff.summary(lang="en") == ("No changes between 'Voorjaar' and 'Voorjaar'.")


def test_min_change_and_threshold(
    before: skm.StakeholderMap, after: skm.StakeholderMap
) -> None:
    diff = compare(before, after, min_change=0.5)
    assert diff.stakeholders.loc["clb", "score_changed"]
    assert compare(before, after, min_change=3).stakeholders["score_changed"].sum() == 0
    # with a threshold of 5 nobody is high on interest, so OCMW does not move
    assert compare(before, after, threshold=5).moved.empty


def test_different_scales_are_rescaled(before: skm.StakeholderMap) -> None:
    wide = skm.StakeholderMap(
        name="Tien",
        scale=(0, 10),
        stakeholders=[skm.Stakeholder(id="ocmw", name="OCMW", power=10, interest=5)],
    )
    # the earlier map is Dutch, and so is the warning
    with pytest.warns(StakeholderMapWarning, match="verschillende schalen"):
        diff = compare(before, wide)
    assert diff.stakeholders.loc["ocmw", "power_after"] == 5.0
    assert diff.stakeholders.loc["ocmw", "interest_after"] == 3.0


def _dated() -> skm.StakeholderMap:
    a = skm.Assessment
    return skm.StakeholderMap(
        name="Huis",
        stakeholders=[
            skm.Stakeholder(id="x", name="X", power=1, interest=1),
            skm.Stakeholder(id="y", name="Y", power=5, interest=5),
            skm.Stakeholder(
                id="z", name="Z", power=2, interest=2, assessed_on="2026-01-05"
            ),
        ],
        assessments=[
            a(stakeholder_id="x", rater="An", date="2026-01-10", power=1, interest=4),
            a(stakeholder_id="x", rater="Bo", date="2026-01-10", power=2, interest=5),
            a(stakeholder_id="x", rater="An", date="2026-06-10", power=4, interest=4),
            a(stakeholder_id="x", rater="Bo", date="2026-06-10", power=5, interest=5),
            a(stakeholder_id="y", rater="An", date="2026-01-10", power=4, interest=2),
            a(stakeholder_id="y", rater="Bo", date="2026-01-10", power=5, interest=1),
        ],
    )


def test_snapshots_carry_the_last_rating_forward() -> None:
    smap = _dated()
    assert snapshot_dates(smap) == [
        dt.date(2026, 1, 5),
        dt.date(2026, 1, 10),
        dt.date(2026, 6, 10),
    ]
    jan = snapshot(smap, "2026-01-10")
    jun = snapshot(smap, dt.date(2026, 6, 10))
    assert jan.date == dt.date(2026, 1, 10)
    assert (jan.get("x").power, jan.get("x").interest) == (1.5, 4.5)
    assert (jun.get("x").power, jun.get("x").interest) == (4.5, 4.5)
    # nobody rated y in June: its January position stands
    assert (jun.get("y").power, jun.get("y").interest) == (4.5, 1.5)
    assert jun.get("z").power == 2.0  # never rated: own score
    assert {a.date for a in jun.assessments} == {
        dt.date(2026, 1, 10),
        dt.date(2026, 6, 10),
    }
    with pytest.raises(ValueError, match="Available: \\['2026-01-10', '2026-06-10'\\]"):
        snapshot(smap, "2026-02-01")


def test_compare_one_map_uses_its_last_two_dates() -> None:
    smap = _dated()
    diff = compare(smap)
    assert diff.moved.index.tolist() == ["x"]
    assert diff.stakeholders.loc["x", "quadrant_before"] == "keep_informed"
    assert diff.stakeholders.loc["x", "quadrant_after"] == "manage_closely"
    same = compare(smap, dates=("2026-01-10", "2026-01-10"))
    assert same.is_empty
    single = smap.model_copy(update={"assessments": smap.assessments[:2]})
    with pytest.raises(ValueError, match="at least two dates"):
        compare(single)
    with pytest.raises(ValueError, match="`dates` is only used with one map"):
        compare(smap, smap, dates=("2026-01-10", "2026-06-10"))


def test_movement(before: skm.StakeholderMap, after: skm.StakeholderMap) -> None:
    df = movement(before, after)
    assert df.index.tolist() == ["ocmw", "clb", "school", "pers", "bib"]  # 'ouders'
    assert df.loc[
        "ocmw", ["power_before", "interest_before", "power_after", "interest_after"]
    ].tolist() == [4.0, 2.0, 4.0, 4.0]
    assert df["moved"].tolist() == [True, False, False, False, False]
    pd.testing.assert_frame_equal(movement(compare(before, after)), df)


def test_history_of_one_map() -> None:
    h = history(_dated())
    assert h.index.names == ["stakeholder_id", "date"]
    x = h.loc["x"]
    assert x["power"].tolist() == [1.5, 4.5]
    assert x["n_raters"].tolist() == [2, 2]
    assert x["quadrant"].tolist() == ["keep_informed", "manage_closely"]
    # z was never rated: its own scores at its assessed_on date
    z = h.loc["z"]
    assert z["source"].tolist() == ["stakeholder"]
    assert z.index[0] == pd.Timestamp("2026-01-05")
    only = history(_dated(), stakeholder_id=["y"])
    assert only.index.get_level_values(0).unique().tolist() == ["y"]
    with pytest.raises(UnknownStakeholderError, match="Did you mean 'x'"):
        history(_dated(), stakeholder_id="xx")


def test_history_of_several_maps(
    before: skm.StakeholderMap, after: skm.StakeholderMap
) -> None:
    h = history({"2026-03-12": before, "2026-09-24": after}, stakeholder_id="ocmw")
    assert h["interest"].tolist() == [2.0, 4.0]
    assert h.index.get_level_values("date").tolist() == [
        pd.Timestamp("2026-03-12"),
        pd.Timestamp("2026-09-24"),
    ]
    labelled = history({"voorjaar": before, "najaar": after}, stakeholder_id="ocmw")
    assert labelled.index.get_level_values("date").tolist() == ["voorjaar", "najaar"]
    assert labelled["quadrant"].tolist() == ["keep_satisfied", "manage_closely"]


def test_example_map(example_map: skm.StakeholderMap) -> None:
    diff = compare(example_map)
    assert set(diff.stakeholders["status"]) == {"kept"}
    assert len(diff.moved) >= 1
    for lang in ("en", "nl"):
        assert diff.summary(lang=lang).count("\n") >= 2


# --------------------------------------------------------------------------------
# Salience class moves (Mitchell, Agle & Wood): two hand-made snapshots
# --------------------------------------------------------------------------------


def _salience_pair() -> tuple[skm.StakeholderMap, skm.StakeholderMap]:
    s = skm.Stakeholder
    before = skm.StakeholderMap(
        name="Overleg maart",
        language="nl",
        date="2026-03-12",
        stakeholders=[
            # dominant (power, legitimacy) in keep_satisfied
            s(
                id="raad",
                name="Gemeenteraad",
                power=4,
                interest=2,
                legitimacy=4,
                urgency=2.5,
            ),
            # definitive on both sides; moves keep_satisfied -> manage_closely
            s(id="ocmw", name="OCMW", power=4, interest=2, legitimacy=4, urgency=4),
            # no legitimacy/urgency yet: no class before, so no class move
            s(id="school", name="School", power=2, interest=2),
        ],
    )
    after = before.model_copy(
        update={
            "date": dt.date(2026, 9, 24),
            "name": "Overleg september",
            "stakeholders": (
                # urgency exactly at the midpoint 3 counts as present: definitive
                s(
                    id="raad",
                    name="Gemeenteraad",
                    power=4,
                    interest=2,
                    legitimacy=4,
                    urgency=3,
                ),
                s(id="ocmw", name="OCMW", power=4, interest=4, legitimacy=4, urgency=4),
                s(
                    id="school",
                    name="School",
                    power=2,
                    interest=2,
                    legitimacy=1,
                    urgency=1,
                ),
            ),
        }
    )
    return before, after


def test_salience_class_moves() -> None:
    before, after = _salience_pair()
    diff = compare(before, after)  # filterwarnings=error: no "left out" warning
    df = diff.stakeholders
    assert df.loc["raad", "salience_before"] == "dominant"
    assert df.loc["raad", "salience_after"] == "definitive"
    assert df.loc["ocmw", "salience_before"] == "definitive"
    assert df.loc["ocmw", "salience_after"] == "definitive"
    assert pd.isna(df.loc["school", "salience_before"])
    assert df.loc["school", "salience_after"] == "non_stakeholder"
    assert df["salience_moved"].tolist() == [True, False, False]
    assert df["moved"].tolist() == [False, True, False]
    assert df["salience_after"].cat.ordered
    assert "definitive" in df["salience_after"].cat.categories
    assert diff.salience_moved.index.tolist() == ["raad"]
    assert diff.moved.index.tolist() == ["ocmw"]
    assert diff.salience_thresholds["after"] == {
        "power": 3.0,
        "legitimacy": 3.0,
        "urgency": 3.0,
    }
    # a class move counts as a change even below `min_change`
    assert not df.loc["raad", "score_changed"]
    assert not diff.is_empty
    assert diff.summary(lang="nl").splitlines() == [
        "Wat veranderde van 'Overleg maart' (2026-03-12) naar 'Overleg september' "
        "(2026-09-24):",
        "- 1 actor naar een ander kwadrant:",
        "  - OCMW: Tevreden houden → Nauw betrekken (macht 4 → 4, belang 2 → 4)",
        "- 1 actor in een andere saillantieklasse:",
        "  - Gemeenteraad: Dominant → Doorslaggevend",
    ]
    # the council alone changed only its class (urgency by 0.5): still a change
    alone = compare(
        before.model_copy(update={"stakeholders": before.stakeholders[:1]}),
        after.model_copy(update={"stakeholders": after.stakeholders[:1]}),
    )
    assert not alone.is_empty
    assert alone.summary(lang="en").splitlines()[1:] == [
        "- 1 stakeholder changed salience class:",
        "  - Gemeenteraad: Dominant → Definitive",
    ]
    assert diff.summary(lang="en").splitlines() == [
        "What changed from 'Overleg maart' (2026-03-12) to 'Overleg september' "
        "(2026-09-24):",
        "- 1 stakeholder moved to another quadrant:",
        "  - OCMW: Keep satisfied → Manage closely (power 4 → 4, interest 2 → 4)",
        "- 1 stakeholder changed salience class:",
        "  - Gemeenteraad: Dominant → Definitive",
    ]


def test_salience_line_only_when_a_class_changed(
    before: skm.StakeholderMap, after: skm.StakeholderMap
) -> None:
    diff = compare(before, after)  # no legitimacy or urgency anywhere
    assert diff.stakeholders["salience_after"].isna().all()
    assert diff.salience_moved.empty
    assert "saillantie" not in diff.summary(lang="nl")
    assert "salience" not in diff.summary(lang="en")


def test_salience_moves_follow_the_threshold() -> None:
    before, after = _salience_pair()
    # urgency must reach 4 now: the council stays dominant
    diff = compare(before, after, threshold={"urgency": 4})
    assert diff.salience_moved.empty
    assert diff.stakeholders.loc["raad", "salience_after"] == "dominant"
    assert diff.moved.index.tolist() == ["ocmw"]  # the grid keeps the midpoint
    # one rule for every score: with 4.5 nobody has power, so OCMW has no class
    high = compare(before, after, threshold=4.5).stakeholders
    assert high.loc["ocmw", "salience_after"] == "non_stakeholder"
    assert not high["salience_moved"].any()
    # a pair sets the grid only; the attributes keep the midpoint
    pair = compare(before, after, threshold=(3, 5))
    assert pair.salience_moved.index.tolist() == ["raad"]
    assert pair.moved.empty
    with pytest.raises(ValueError, match="`threshold` keys must be among"):
        compare(before, after, threshold={"proximity": 3})


def test_salience_classes_on_rescaled_scores(before: skm.StakeholderMap) -> None:
    old = skm.StakeholderMap(
        name="Vijf",
        stakeholders=[
            skm.Stakeholder(
                id="raad", name="Raad", power=4, interest=2, legitimacy=4, urgency=2
            ),
        ],
    )
    wide = skm.StakeholderMap(
        name="Tien",
        scale=(0, 10),
        stakeholders=[
            # urgency 6 of 10 is 3.4 on 1..5: present
            skm.Stakeholder(
                id="raad", name="Raad", power=8, interest=3, legitimacy=8, urgency=6
            ),
        ],
    )
    with pytest.warns(StakeholderMapWarning, match="different scales"):
        diff = compare(old, wide)
    assert diff.salience_moved.index.tolist() == ["raad"]
    assert diff.stakeholders.loc["raad", "salience_after"] == "definitive"
