"""Communication planning: hand-made plans and logs with known answers."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd
import pytest

import stakeholder_map as skm
from stakeholder_map.analysis import (
    channel_coverage,
    communication_plan,
    display_table,
    engagement_status,
    interaction_log,
    markdown_table,
    needs_attention,
    representation,
)
from stakeholder_map.analysis.communication import DEFAULT_RULES
from stakeholder_map.exceptions import UnknownStakeholderError
from stakeholder_map.i18n import quadrant_strategy, text

TODAY = dt.date(2026, 6, 30)

STAKEHOLDERS: list[dict[str, Any]] = [
    # manage closely, backer -> saviour
    {
        "id": "a",
        "name": "Alpha",
        "category": "overheid",
        "power": 5,
        "interest": 5,
        "attitude": 2,
    },
    # keep satisfied, blocker -> time bomb
    {
        "id": "b",
        "name": "Beta",
        "category": "zorg",
        "power": 4,
        "interest": 1,
        "attitude": -1,
    },
    # keep informed, neutral -> the quadrant's strategy
    {
        "id": "c",
        "name": "Gamma",
        "category": "ouders",
        "power": 1,
        "interest": 4,
        "attitude": 0,
        "tags": ["ouders"],
    },
    # monitor, no attitude
    {"id": "d", "name": "Delta", "category": "zorg", "power": 2, "interest": 2},
    # not assessed, no category
    {"id": "e", "name": "Epsilon"},
]

INTERACTIONS: list[dict[str, Any]] = [
    {"stakeholder_id": "b", "date": "2026-02-01", "channel": "email"},
    {"stakeholder_id": "a", "date": "2026-05-01", "channel": "meeting", "sentiment": 1},
    {
        "stakeholder_id": "a",
        "date": "2026-06-20",
        "channel": "phone",
        "direction": "incoming",
    },
    {"stakeholder_id": "a", "date": "2026-07-05", "channel": "meeting"},  # future
    {"stakeholder_id": "c", "date": "2026-04-05", "channel": "email", "sentiment": -1},
    {"stakeholder_id": "c", "date": "2026-04-12", "channel": "newsletter"},
    {"stakeholder_id": "c", "date": "2026-04-19", "channel": "newsletter"},
    {"stakeholder_id": "c", "date": "2026-05-01", "channel": "email", "sentiment": 0},
    {"stakeholder_id": "c", "date": "2026-05-15", "channel": "newsletter"},
    {"stakeholder_id": "c", "date": "2026-06-01", "channel": "newsletter"},
    {"stakeholder_id": "c", "date": "2026-06-15", "sentiment": 1},  # no channel
    {"stakeholder_id": "e", "date": "2026-06-01", "channel": "in_person"},
]


def make_map(**parts: Any) -> skm.StakeholderMap:
    data: dict[str, Any] = {
        "name": "Test",
        "stakeholders": STAKEHOLDERS,
        "interests": [
            {"id": "t1", "name": "Kinderopvang"},
            {"id": "t2", "name": "Armoede"},
            {"id": "t3", "name": "Taal"},
        ],
        "stakes": [
            {
                "stakeholder_id": "c",
                "interest_id": "t2",
                "position": 2,
                "importance": 3,
            },
            {
                "stakeholder_id": "c",
                "interest_id": "t1",
                "position": -1,
                "importance": 5,
            },
            {"stakeholder_id": "c", "interest_id": "t3", "importance": 1},
        ],
        "interactions": INTERACTIONS,
    }
    data.update(parts)
    return skm.StakeholderMap.model_validate(data)


@pytest.fixture
def smap() -> skm.StakeholderMap:
    return make_map()


# --------------------------------------------------------------------------------
# communication_plan
# --------------------------------------------------------------------------------


def test_plan_defaults_per_quadrant(smap: skm.StakeholderMap) -> None:
    plan = communication_plan(smap, lang="en")
    assert plan.index.name == "stakeholder_id"
    assert plan.index.tolist() == ["a", "b", "c", "d", "e"]
    assert plan["quadrant"].tolist()[:4] == [
        "manage_closely",
        "keep_satisfied",
        "keep_informed",
        "monitor",
    ]
    assert pd.isna(plan.loc["e", "quadrant"])
    assert plan["participation"].tolist() == [
        "collaborate",
        "consult",
        "involve",
        "inform",
        "inform",
    ]
    assert plan["channels"].tolist() == [
        "meeting, in_person",
        "meeting, email",
        "email, newsletter",
        "newsletter",
        "newsletter",
    ]
    assert plan["frequency"].tolist() == [
        "monthly",
        "quarterly",
        "monthly",
        "quarterly",
        "quarterly",
    ]
    assert (plan["source"] == "rules").all()
    assert plan["owner"].isna().all()
    assert plan["start"].isna().all()
    for col in ("quadrant", "participation", "frequency", "attitude_group"):
        assert isinstance(plan[col].dtype, pd.CategoricalDtype)
        assert plan[col].cat.ordered
    assert plan["attitude_group"].tolist()[:3] == ["backer", "blocker", "neutral"]
    assert pd.isna(plan.loc["d", "attitude_group"])
    assert plan.attrs["rules"]["monitor"] == {
        "participation": "inform",
        "channels": ["newsletter"],
        "frequency": "quarterly",
    }


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_plan_strategy_from_grid_and_attitude(
    smap: skm.StakeholderMap, lang: str
) -> None:
    plan = communication_plan(smap, lang=lang)
    assert plan.loc["a", "strategy"] == text("strategy_saviour", lang)
    assert plan.loc["b", "strategy"] == text("strategy_time_bomb", lang)
    # attitude 0 or unknown has no Murray-Webster & Simon type: the quadrant's
    assert plan.loc["c", "strategy"] == quadrant_strategy("keep_informed", lang)
    assert plan.loc["d", "strategy"] == quadrant_strategy("monitor", lang)
    assert plan.loc["e", "strategy"] == text("strategy_not_assessed", lang)


def test_plan_key_message_from_themes(smap: skm.StakeholderMap) -> None:
    en = communication_plan(smap, lang="en")
    # opposed themes first, then supported, then neutral; names, not ids
    assert en.loc["c", "key_message"] == (
        "Address their concerns about Kinderopvang. Show progress on Armoede. "
        "Keep them up to date on Taal."
    )
    assert en.loc["a", "key_message"] is None
    nl = communication_plan(smap, lang="nl")
    assert nl.loc["c", "key_message"].startswith(
        "Ga in op hun bezorgdheden over Kinderopvang."
    )


def test_plan_key_message_names_two_themes_most_important_first() -> None:
    smap = make_map(
        stakes=[
            {
                "stakeholder_id": "a",
                "interest_id": "t1",
                "position": 1,
                "importance": 2,
            },
            {
                "stakeholder_id": "a",
                "interest_id": "t2",
                "position": 2,
                "importance": 4,
            },
            {
                "stakeholder_id": "a",
                "interest_id": "t3",
                "position": 1,
                "importance": 5,
            },
        ]
    )
    plan = communication_plan(smap, lang="en")
    assert plan.loc["a", "key_message"] == "Show progress on Taal and Armoede."


def test_rules_override_only_the_fields_they_name(smap: skm.StakeholderMap) -> None:
    plan = communication_plan(
        smap, rules={"monitor": {"channels": "website"}}, lang="en"
    )
    assert plan.loc["d", "channels"] == "website"
    assert plan.loc["d", "frequency"] == "quarterly"
    assert plan.loc["d", "participation"] == "inform"
    # other quadrants keep the defaults
    assert plan.loc["b", "channels"] == "meeting, email"
    assert plan.attrs["rules"]["monitor"]["channels"] == ["website"]
    # the module default is not changed by a call
    assert DEFAULT_RULES["monitor"]["channels"] == ("newsletter",)


def test_rule_precedence_user_plan_beats_defaults() -> None:
    smap = make_map(
        communication=[
            {
                "category": "zorg",
                "channel": "email",
                "frequency": "monthly",
                "message": "Zorgnieuws",
            },
            {"stakeholder_id": "d", "channel": "phone", "owner": "An"},
        ]
    )
    rules = {
        "keep_satisfied": {"frequency": "weekly", "participation": "involve"},
        "zorg": {"frequency": "yearly", "message": "Regel", "channels": ["website"]},
    }
    plan = communication_plan(smap, rules=rules, lang="en")
    # b (zorg, keep satisfied): quadrant rule < category rule < category item
    assert plan.loc["b", "participation"] == "involve"  # quadrant rule
    assert plan.loc["b", "frequency"] == "monthly"  # category item beats rules
    assert plan.loc["b", "channels"] == "email"
    assert plan.loc["b", "key_message"] == "Zorgnieuws"
    assert plan.loc["b", "source"] == "plan+rules"
    # d (zorg): its own item beats the category's for the channel only
    assert plan.loc["d", "channels"] == "phone"
    assert plan.loc["d", "frequency"] == "monthly"
    assert plan.loc["d", "key_message"] == "Zorgnieuws"
    assert plan.loc["d", "owner"] == "An"
    # without items, the category rule beats the quadrant rule
    no_items = communication_plan(make_map(), rules=rules, lang="en")
    assert no_items.loc["b", "frequency"] == "yearly"
    assert no_items.loc["b", "key_message"] == "Regel"
    assert no_items.loc["b", "channels"] == "website"
    assert no_items.loc["b", "source"] == "rules"


def test_several_items_combine() -> None:
    smap = make_map(
        communication=[
            {
                "stakeholder_id": "c",
                "channel": "email",
                "frequency": "quarterly",
                "message": "Eén",
                "owner": "An",
                "start": "2026-03-01",
                "participation": "consult",
            },
            {
                "stakeholder_id": "c",
                "channel": "in_person",
                "frequency": "weekly",
                "message": "Twee",
                "owner": "Bo",
                "start": "2026-02-01",
                "participation": "empower",
            },
            {
                "stakeholder_id": "c",
                "channel": "email",
                "owner": "An",
                "frequency": "ad_hoc",
            },
        ]
    )
    row = communication_plan(smap, lang="en").loc["c"]
    assert row["channels"] == "email, in_person"
    assert row["frequency"] == "weekly"
    assert row["participation"] == "empower"
    assert row["key_message"] == "Eén / Twee"
    assert row["owner"] == "An, Bo"
    assert row["start"] == pd.Timestamp("2026-02-01")
    assert row["source"] == "plan"


@pytest.mark.parametrize(
    ("rules", "error", "match"),
    [
        ({"nope": {"frequency": "weekly"}}, ValueError, "`rules` keys must be"),
        ({"monitor": {"colour": "red"}}, ValueError, "may only set"),
        ({"monitor": {"channels": ["pigeon"]}}, ValueError, "'pigeon' was passed"),
        ({"monitor": {"frequency": "hourly"}}, ValueError, "'hourly' was passed"),
        ({"monitor": {"participation": "obey"}}, ValueError, "'obey' was passed"),
        ({"monitor": "weekly"}, TypeError, "must be a dict"),
    ],
)
def test_bad_rules_are_named(
    smap: skm.StakeholderMap, rules: Any, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        communication_plan(smap, rules=rules)


def test_plan_checks_lang(smap: skm.StakeholderMap) -> None:
    with pytest.raises(ValueError, match="`lang` must be one of"):
        communication_plan(smap, lang="de")


def test_plan_threshold_is_passed_to_the_grid(smap: skm.StakeholderMap) -> None:
    plan = communication_plan(smap, threshold=1)
    assert (plan["quadrant"].dropna() == "manage_closely").all()


# --------------------------------------------------------------------------------
# engagement_status
# --------------------------------------------------------------------------------


def test_status_by_stakeholder_known_figures(smap: skm.StakeholderMap) -> None:
    status = engagement_status(smap, today=TODAY, period_days=90)
    # period: 2026-04-01 .. 2026-06-30
    assert status.attrs["period_start"] == "2026-04-01"
    assert status.index.tolist() == ["a", "b", "c", "d", "e"]
    assert status["contacts"].tolist() == [2, 0, 7, 0, 1]
    assert status["expected"].round(4).tolist()[:4] == [3.0, 0.989, 3.0, 0.989]
    assert status["last_contact"].tolist()[:3] == [
        pd.Timestamp("2026-06-20"),
        pd.Timestamp("2026-02-01"),
        pd.Timestamp("2026-06-15"),
    ]
    # b: quarterly, last contact 1 Feb -> due 3 May -> 58 days overdue
    assert status.loc["b", "due"] == pd.Timestamp("2026-05-03")
    assert status["overdue"].tolist() == [False, True, False, False, False]
    assert status["days_overdue"].tolist() == [0, 58, 0, 0, 0]
    assert status.loc["b", "days_since_last"] == 149
    # d: never contacted, due one interval after the start of the period
    assert status.loc["d", "due"] == pd.Timestamp("2026-07-01")
    # a: 2 of 3.0 expected; b: 0 of 0.99 (less than one expected) but late;
    # c: 7 > 2 x 3.0; d: never contacted; e: quarterly, 1 of 0.99
    assert status["service"].tolist() == [
        "on_track",
        "overdue",
        "over_served",
        "never_contacted",
        "on_track",
    ]
    assert status["counted_from"].eq(pd.Timestamp("2026-04-01")).all()
    assert status["engaged"].tolist() == [True, False, True, False, True]
    assert status.attrs["coverage"] == pytest.approx(3 / 5)
    assert status.attrs["n_engaged"] == 3
    assert status.attrs["n_overdue"] == 1
    assert status.attrs["n_under_served"] == 0


def test_status_ignores_contacts_after_today(smap: skm.StakeholderMap) -> None:
    status = engagement_status(smap, today=TODAY, period_days=90)
    assert status.loc["a", "last_contact"] == pd.Timestamp("2026-06-20")
    later = engagement_status(smap, today="2026-07-10", period_days=90)
    assert later.loc["a", "last_contact"] == pd.Timestamp("2026-07-05")


def test_overdue_boundary_and_grace(smap: skm.StakeholderMap) -> None:
    # a: monthly, last contact 20 June -> due 20 July
    on_due = engagement_status(smap, today="2026-07-20", period_days=90)
    assert not on_due.loc["a", "overdue"]
    # (the 5 July contact is the last one by then: due 4 August)
    after = engagement_status(smap, today="2026-08-05", period_days=90)
    assert after.loc["a", "overdue"]
    assert after.loc["a", "days_overdue"] == 1
    grace = engagement_status(smap, today=TODAY, period_days=90, grace_days=58)
    assert not grace.loc["b", "overdue"]
    assert grace.loc["b", "service"] == "on_track"
    strict = engagement_status(smap, today=TODAY, period_days=90, grace_days=57)
    assert strict.loc["b", "overdue"]


def test_under_served_by_count_without_being_overdue(
    smap: skm.StakeholderMap,
) -> None:
    # over a year, a (monthly) expects 12.17 contacts but had 2: under-served
    status = engagement_status(smap, today=TODAY, period_days=365)
    assert not status.loc["a", "overdue"]
    assert status.loc["a", "expected"] == pytest.approx(365 / 30)
    assert status.loc["a", "service"] == "under_served"
    # b (1 of 4.0) is also late, d was never contacted; e (1 of 4.0) is not late
    assert status["service"].tolist() == [
        "under_served",
        "under_served",
        "on_track",
        "never_contacted",
        "under_served",
    ]
    assert status.loc["d", "days_overdue"] == 0
    assert status.attrs["n_under_served"] == 3


def test_plan_start_and_ad_hoc() -> None:
    smap = make_map(
        communication=[
            {"stakeholder_id": "d", "start": "2026-06-15"},
            {"stakeholder_id": "e", "frequency": "ad_hoc"},
        ]
    )
    status = engagement_status(smap, today=TODAY, period_days=90)
    assert status.loc["d", "due"] == pd.Timestamp("2026-06-15") + pd.Timedelta(days=91)
    assert status.loc["d", "expected"] == pytest.approx(15 / 91)
    assert status.loc["e", "service"] == "no_plan"
    assert pd.isna(status.loc["e", "interval_days"])
    assert pd.isna(status.loc["e", "due"])
    assert not status.loc["e", "overdue"]


def test_enough_contacts_but_late_is_overdue_not_under_served() -> None:
    # The reviewer's case (the parents' group of the example, at 15 October):
    # monthly from 1 March, nine contacts, the last on 8 September.
    dates = ["03-03", "03-24", "04-21", "05-05", "05-26", "06-09", "06-23"]
    dates += ["07-14", "09-08"]
    smap = make_map(
        interactions=[
            {"stakeholder_id": "a", "date": f"2026-{d}", "channel": "in_person"}
            for d in dates
        ],
        communication=[
            {
                "stakeholder_id": "a",
                "channel": "in_person",
                "frequency": "monthly",
                "start": "2026-03-01",
            }
        ],
    )
    status = engagement_status(smap, today="2026-10-15", period_days=365)
    row = status.loc["a"]
    # counted from the plan's start (later than 15 Oct 2025): 1 Mar .. 15 Oct
    assert row["counted_from"] == pd.Timestamp("2026-03-01")
    assert row["contacts"] == 9
    assert row["expected"] == pytest.approx(228 / 30)  # 7.6
    # due 30 days after 8 Sept = 8 Oct; 15 Oct is 7 days later
    assert row["due"] == pd.Timestamp("2026-10-08")
    assert row["days_overdue"] == 7
    # 9 >= 0.5 x 7.6 and 9 <= 2 x 7.6: the count is fine, the next contact late
    assert row["service"] == "overdue"
    # still on the list to act on
    assert "a" in needs_attention(status).index
    # a week earlier nothing was late yet: on track
    before = engagement_status(smap, today="2026-10-08", period_days=365)
    assert before.loc["a", "service"] == "on_track"


def test_example_map_table_of_the_status_command(
    example_map: skm.StakeholderMap,
) -> None:
    todo = needs_attention(engagement_status(example_map, today="2026-10-15"))
    row = todo.loc["oudergroep"]
    assert (row["contacts"], round(row["expected"], 1)) == (9, 7.6)
    assert row["service"] == "overdue"
    # every row the table shows as under-served really had too few contacts
    under = todo[todo["service"] == "under_served"]
    assert (under["contacts"] < 0.5 * under["expected"]).all()
    assert (under["expected"] >= 1).all()
    assert (todo.loc[todo["service"] == "overdue", "days_overdue"] > 0).all()


@pytest.mark.parametrize(
    ("overdue", "contacts", "expected", "service"),
    [
        (False, 0, float("nan"), "no_plan"),
        (True, 0, float("nan"), "no_plan"),
        (False, 1, 3.0, "under_served"),  # 1 < 1.5
        (True, 1, 3.0, "under_served"),  # too few, and late too
        (False, 2, 4.0, "on_track"),  # exactly half is enough
        (True, 2, 4.0, "overdue"),
        (False, 0, 0.99, "on_track"),  # less than one contact expected
        (True, 0, 0.99, "overdue"),
        (False, 8, 4.0, "on_track"),  # exactly twice is not too many
        (False, 9, 4.0, "over_served"),
        (True, 9, 4.0, "overdue"),  # many contacts, but the next one is late
        (False, 2, 0.2, "on_track"),  # twice of at least one contact
        (False, 3, 0.2, "over_served"),
        (False, 0, 0.0, "on_track"),  # the plan has not started yet
    ],
)
def test_service_rules(
    overdue: bool, contacts: int, expected: float, service: str
) -> None:
    from stakeholder_map.analysis.communication import SERVICE_LEVELS, _service

    assert _service(overdue, contacts, expected) == service
    assert service in SERVICE_LEVELS


def test_contacts_before_the_plan_start_do_not_count_against_it() -> None:
    smap = make_map(
        interactions=[
            {"stakeholder_id": "d", "date": d, "channel": "email"}
            for d in ("2026-05-01", "2026-05-10", "2026-05-20", "2026-06-20")
        ],
        communication=[{"stakeholder_id": "d", "start": "2026-06-15"}],
    )
    status = engagement_status(smap, today=TODAY, period_days=90)
    row = status.loc["d"]
    # quarterly from 15 June: 15 days, 15/91 expected, one contact since then
    assert row["counted_from"] == pd.Timestamp("2026-06-15")
    assert row["contacts"] == 1
    assert row["expected"] == pytest.approx(15 / 91)
    # four contacts would have been "over-served" against 0.16 expected
    assert row["service"] == "on_track"
    # engaged looks at the whole period, before the plan's start too
    assert row["engaged"]
    assert row["last_contact"] == pd.Timestamp("2026-06-20")


def test_plan_start_from_a_category_item() -> None:
    smap = make_map(
        communication=[
            {
                "category": "zorg",
                "channel": "email",
                "frequency": "monthly",
                "start": "2026-05-31",
            }
        ]
    )
    status = engagement_status(smap, today=TODAY, period_days=90)
    # b and d (zorg): monthly from 31 May, 30 days -> one contact expected
    for sid in ("b", "d"):
        assert status.loc[sid, "counted_from"] == pd.Timestamp("2026-05-31")
        assert status.loc[sid, "expected"] == pytest.approx(1.0)
        assert status.loc[sid, "due"] == pd.Timestamp("2026-06-30")
    # b's last contact (1 Feb) is before the plan: counted from its start
    assert status.loc["b", "contacts"] == 0
    assert not status.loc["b", "overdue"]
    assert status.loc["b", "service"] == "under_served"
    # the other categories keep the period's start
    assert status.loc["a", "counted_from"] == pd.Timestamp("2026-04-01")


def test_plan_starting_after_today_expects_nothing_yet() -> None:
    smap = make_map(
        communication=[
            {"stakeholder_id": "c", "frequency": "weekly", "start": "2026-09-01"}
        ]
    )
    status = engagement_status(smap, today=TODAY, period_days=90)
    row = status.loc["c"]
    assert row["counted_from"] == pd.Timestamp("2026-09-01")
    assert row["contacts"] == 0
    assert row["expected"] == 0.0
    assert row["due"] == pd.Timestamp("2026-09-08")
    assert not row["overdue"]
    assert row["service"] == "on_track"
    # the seven contacts of the period still show as engagement
    assert row["engaged"]


def test_today_before_every_contact() -> None:
    # all of c's contacts fall after today: as if it was never contacted
    status = engagement_status(make_map(), today="2026-03-31", period_days=30)
    row = status.loc["c"]
    assert row["contacts"] == 0
    assert pd.isna(row["last_contact"])
    assert pd.isna(row["days_since_last"])
    assert not row["engaged"]
    # monthly, no contact, no plan start: due 30 days after 1 March
    assert row["due"] == pd.Timestamp("2026-03-31")
    assert not row["overdue"]
    assert row["expected"] == pytest.approx(1.0)
    assert row["service"] == "never_contacted"  # no contact up to today
    # b's contact of 1 February is before the period: nobody engaged
    assert status.attrs["n_engaged"] == 0
    assert status.loc["b", "last_contact"] == pd.Timestamp("2026-02-01")


def test_sentiment_trend(smap: skm.StakeholderMap) -> None:
    status = engagement_status(smap, today=TODAY, period_days=90)
    days = [0, 26, 71]  # 5 Apr, 1 May, 15 Jun
    expected = np.polyfit(days, [-1, 0, 1], 1)[0] * 30
    assert status.loc["c", "sentiment_slope"] == pytest.approx(expected)
    assert status.loc["c", "sentiment_trend"] == "improving"
    assert status.loc["c", "sentiment_mean"] == pytest.approx(0.0)
    assert status.loc["c", "sentiment_last"] == 1.0
    # one sentiment only: no trend
    assert np.isnan(status.loc["a", "sentiment_slope"])
    assert pd.isna(status.loc["a", "sentiment_trend"])


@pytest.mark.parametrize(
    ("values", "trend"),
    [([1, 1], "stable"), ([2, -2], "worsening"), ([0, 1], "improving")],
)
def test_sentiment_trend_directions(values: list[int], trend: str) -> None:
    smap = make_map(
        interactions=[
            {"stakeholder_id": "a", "date": "2026-05-01", "sentiment": values[0]},
            {"stakeholder_id": "a", "date": "2026-06-01", "sentiment": values[1]},
        ]
    )
    status = engagement_status(smap, today=TODAY)
    assert status.loc["a", "sentiment_trend"] == trend


def test_status_by_channel(smap: skm.StakeholderMap) -> None:
    smap = make_map(
        communication=[
            {"stakeholder_id": "a", "channel": "meeting", "frequency": "monthly"}
        ]
    )
    df = engagement_status(smap, today=TODAY, period_days=90, by="channel")
    a = df.loc["a"].set_index("channel")
    assert a.index.tolist() == ["meeting", "phone"]
    assert a["planned"].tolist() == [True, False]
    assert a["contacts"].tolist() == [1, 1]
    # the meeting is planned monthly: last one 1 May -> due 31 May -> overdue
    assert a.loc["meeting", "frequency"] == "monthly"
    assert a.loc["meeting", "due"] == pd.Timestamp("2026-05-31")
    assert a.loc["meeting", "days_overdue"] == 30
    assert pd.isna(a.loc["phone", "frequency"])
    assert not a.loc["phone", "overdue"]
    # the rule's channels are planned but carry no rhythm of their own
    b = df.loc[["b"]].set_index("channel")
    assert b.index.tolist() == ["meeting", "email"]
    assert b["planned"].all()
    assert b["frequency"].isna().all()
    # a contact without channel counts as 'other'
    c = df.loc["c"].set_index("channel")
    assert c.loc["other", "contacts"] == 1
    assert not c.loc["other", "planned"]
    assert df.attrs["n_overdue"] == 1
    assert "n_under_served" not in df.attrs


def test_status_by_channel_uses_category_items() -> None:
    smap = make_map(
        communication=[{"category": "zorg", "channel": "email", "frequency": "weekly"}]
    )
    df = engagement_status(smap, today=TODAY, period_days=90, by="channel")
    b = df.loc[["b"]].set_index("channel")
    assert b.loc["email", "frequency"] == "weekly"
    assert b.loc["email", "overdue"]


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"today": "30/06/2026"}, "`today` must be a date"),
        ({"period_days": -1}, "`period_days` must be 0 or more"),
        ({"grace_days": -2}, "`grace_days` must be 0 or more"),
        ({"by": "week"}, "`by` must be one of"),
    ],
)
def test_status_errors(
    smap: skm.StakeholderMap, kwargs: dict[str, Any], match: str
) -> None:
    with pytest.raises(ValueError, match=match):
        engagement_status(smap, **kwargs)


def test_status_today_defaults_to_the_current_date(smap: skm.StakeholderMap) -> None:
    status = engagement_status(smap)
    assert status.attrs["today"] == dt.date.today().isoformat()


def test_status_of_an_empty_map() -> None:
    status = engagement_status(skm.StakeholderMap(), today=TODAY)
    assert status.empty
    assert np.isnan(status.attrs["coverage"])


# --------------------------------------------------------------------------------
# interaction_log
# --------------------------------------------------------------------------------


def test_interaction_log(smap: skm.StakeholderMap) -> None:
    log = interaction_log(smap)
    assert len(log) == len(INTERACTIONS)
    assert log["date"].is_monotonic_increasing
    assert log.index.name == "stakeholder_id"
    assert log.index[0] == "b"
    assert log.loc["a", "direction"].tolist() == ["outgoing", "incoming", "outgoing"]
    assert log["sentiment"].dtype == "float64"
    window = interaction_log(smap, since="2026-06-01", until=TODAY)
    assert window.index.tolist() == ["c", "e", "c", "a"]
    assert window["name"].tolist()[-1] == "Alpha"
    with pytest.raises(ValueError, match="`since` must be a date"):
        interaction_log(smap, since="gisteren")


# --------------------------------------------------------------------------------
# channel_coverage
# --------------------------------------------------------------------------------


def test_channel_coverage_from_the_log(smap: skm.StakeholderMap) -> None:
    cov = channel_coverage(smap, today=TODAY)
    assert cov.loc["a", ["meeting", "phone"]].tolist() == [True, True]
    assert not cov.loc["a", "email"]  # the meeting of 5 July is after today
    assert cov["n_channels"].tolist() == [2, 1, 3, 0, 1]
    assert cov["single_channel"].tolist() == [False, True, False, False, True]
    assert cov["unreached"].tolist() == [False, False, False, True, False]
    assert cov.loc["c", ["email", "newsletter", "other"]].tolist() == [True] * 3
    assert cov.attrs["single_channel"] == ["b", "e"]
    assert cov.attrs["unreached"] == ["d"]
    assert cov.columns.tolist()[2:10] == [c.value for c in skm.Channel]


def test_channel_coverage_period(smap: skm.StakeholderMap) -> None:
    cov = channel_coverage(smap, today=TODAY, period_days=90)
    assert cov.loc["b", "unreached"]  # February is outside the period
    assert cov.attrs["period"] == ("2026-04-01", "2026-06-30")


def test_channel_coverage_plan_and_both(smap: skm.StakeholderMap) -> None:
    plan = channel_coverage(smap, source="plan")
    assert plan["n_channels"].tolist() == [2, 2, 2, 1, 1]
    assert plan.attrs["n_unreached"] == 0
    both = channel_coverage(smap, source="both", today=TODAY)
    assert both.loc["a", ["meeting", "in_person", "phone"]].all()
    assert both.loc["a", "n_channels"] == 3


def test_channel_coverage_by_category(smap: skm.StakeholderMap) -> None:
    cov = channel_coverage(smap, by="category", today=TODAY)
    assert cov.index.name == "category"
    assert cov.index.tolist() == ["overheid", "zorg", "ouders", "no_category"]
    assert cov["n_stakeholders"].tolist() == [1, 2, 1, 1]
    assert cov.loc["zorg", "email"] == 1
    assert cov.loc["zorg", "n_unreached"] == 1
    assert cov["n_single_channel"].tolist() == [0, 1, 0, 1]
    assert cov.loc["no_category", "in_person"] == 1
    assert (cov.dtypes == "int64").all()


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"by": "channel"}, "`by` must be one of"),
        ({"source": "rumour"}, "`source` must be one of"),
        ({"period_days": -5}, "`period_days` must be 0 or more"),
    ],
)
def test_channel_coverage_errors(
    smap: skm.StakeholderMap, kwargs: dict[str, Any], match: str
) -> None:
    with pytest.raises(ValueError, match=match):
        channel_coverage(smap, **kwargs)


# --------------------------------------------------------------------------------
# representation
# --------------------------------------------------------------------------------

SEGMENTS = [
    {"id": "s1", "name": "Ouders", "stakeholder_ids": ["c"]},
    {"id": "s2", "name": "Zorg", "categories": ["zorg"], "min_stakeholders": 3},
    {"id": "s3", "name": "Vaders", "tags": ["vaders"]},
    {"id": "s4", "name": "Delta's mensen", "stakeholder_ids": ["d"]},
    {"id": "s5", "name": "Oudertag", "tags": ["ouders"]},
]


def test_representation_statuses() -> None:
    smap = make_map(segments=SEGMENTS)
    rep = representation(smap, today=TODAY, period_days=90, categories=False)
    assert rep.index.name == "segment_id"
    assert rep.index.tolist() == ["s1", "s2", "s3", "s4", "s5"]
    assert rep["n_stakeholders"].tolist() == [1, 2, 0, 1, 1]
    assert rep["n_engaged"].tolist() == [1, 0, 0, 0, 1]
    assert rep["status"].tolist() == [
        "engaged",
        "under_represented",
        "missing",
        "not_engaged",
        "engaged",
    ]
    assert rep.loc["s2", "members"] == "b, d"
    assert rep.loc["s3", "members"] == ""
    assert rep["share"].tolist() == pytest.approx([0.2, 0.4, 0.0, 0.2, 0.2])
    assert rep["status"].cat.ordered
    assert rep.attrs["n_missing"] == 1
    assert rep.attrs["n_under_represented"] == 1
    assert rep.attrs["n_not_engaged"] == 1


def test_representation_period_decides_engagement() -> None:
    smap = make_map(segments=[{"id": "s", "name": "B", "stakeholder_ids": ["b"]}])
    short = representation(smap, today=TODAY, period_days=90, categories=False)
    assert short.loc["s", "status"] == "not_engaged"
    year = representation(smap, today=TODAY, period_days=365, categories=False)
    assert year.loc["s", "status"] == "engaged"


def test_representation_adds_categories() -> None:
    smap = make_map(segments=[{"id": "ouders", "name": "Ouders", "tags": ["x"]}])
    rep = representation(smap, today=TODAY, period_days=90)
    # 'ouders' is a segment already: its category is not added twice
    assert rep.index.tolist() == ["ouders", "overheid", "zorg"]
    assert rep["kind"].tolist() == ["segment", "category", "category"]
    assert rep.loc["zorg", "n_stakeholders"] == 2
    assert rep.loc["zorg", "status"] == "not_engaged"
    assert rep.loc["overheid", "status"] == "engaged"


def test_representation_segments_passed_in(smap: skm.StakeholderMap) -> None:
    rep = representation(
        smap,
        segments=[SEGMENTS[0], skm.Segment(name="X", tags=["x"])],
        categories=False,
        today=TODAY,
    )
    assert rep.index.tolist() == ["s1", "x"]
    with pytest.raises(UnknownStakeholderError, match="'zz'"):
        representation(smap, segments=[{"name": "Z", "stakeholder_ids": ["zz"]}])
    with pytest.raises(ValueError, match="`period_days` must be 0 or more"):
        representation(smap, period_days=-1)


# --------------------------------------------------------------------------------
# display_table and markdown_table
# --------------------------------------------------------------------------------


def test_display_table_translates(smap: skm.StakeholderMap) -> None:
    status = engagement_status(smap, today=TODAY, period_days=90)
    table = display_table(status, lang="nl")
    assert table.index.name == "Actor"
    assert table.index.tolist() == status.index.tolist()
    assert "Achterstallig" in table.columns
    assert table.loc["b", "Achterstallig"] == "ja"
    assert table.loc["a", "Achterstallig"] == "nee"
    assert table.loc["b", "Contactniveau"] == "Achterstallig"
    assert table.loc["c", "Contactniveau"] == "Meer dan gepland"
    assert table.loc["a", "Kwadrant"] == "Nauw betrekken"
    assert table.loc["a", "Laatste contact"] == dt.date(2026, 6, 20)
    assert table.loc["d", "Laatste contact"] is None
    assert table.loc["b", "Verwachte contacten"] == 0.99
    assert table.loc["b", "Geteld vanaf"] == dt.date(2026, 4, 1)
    # the input is left alone
    assert status.columns[0] == "name"
    assert status.attrs["today"] == "2026-06-30"
    plan = display_table(communication_plan(smap), lang="en")
    assert plan.loc["a", "Channels"] == "Meeting, In person"
    assert plan.loc["a", "Source"] == "Default rules"


def test_display_table_category_index(smap: skm.StakeholderMap) -> None:
    cov = channel_coverage(smap, by="category", today=TODAY)
    table = display_table(cov, lang="nl")
    assert table.index.name == "Categorie"
    assert table.index.tolist()[-1] == "Geen categorie"
    assert "Overleg" in table.columns


def test_markdown_table(smap: skm.StakeholderMap) -> None:
    smap = make_map(communication=[{"stakeholder_id": "a", "message": "A | B"}])
    plan = communication_plan(smap, lang="en")
    md = markdown_table(plan[["name", "key_message", "owner"]], lang="en")
    lines = md.splitlines()
    assert lines[0] == "| Stakeholder | Name | Key message | Owner |"
    assert lines[1] == "| --- | --- | --- | --- |"
    assert lines[2] == "| a | Alpha | A \\| B |  |"
    assert len(lines) == 2 + len(plan)
    assert md.endswith("\n")


def test_example_map_plan_and_status(example_map: skm.StakeholderMap) -> None:
    plan = communication_plan(example_map)
    assert len(plan) == len(example_map)
    assert plan.loc["oudergroep", "participation"] == "empower"
    assert plan.loc["oudergroep", "source"] == "plan"
    status = engagement_status(example_map, today="2026-09-24")
    assert status.loc["gemeente", "overdue"]
    assert status.loc["bewonersvereniging", "sentiment_trend"] == "improving"
    rep = representation(example_map, today="2026-09-24")
    assert rep.loc["vaders", "status"] == "missing"
    assert rep.loc["anderstalige_gezinnen", "status"] == "not_engaged"


def test_needs_attention_orders_by_power_then_delay() -> None:
    smap = make_map(
        interactions=[
            *INTERACTIONS,
            {"stakeholder_id": "d", "date": "2025-01-10", "channel": "email"},
        ]
    )
    status = engagement_status(smap, today=TODAY, period_days=365)
    todo = needs_attention(status)
    # a: under-served by count (2 of 12.2); b: 58 days overdue; c: 7 of 12.2,
    # on track; d: quarterly, last contact Jan 2025 -> overdue; e: 1 of 4.0,
    # under-served, and not assessed: last
    assert todo.index.tolist() == ["a", "b", "d", "e"]
    assert todo.columns.tolist() == [
        "name",
        "quadrant",
        "planned_frequency",
        "last_contact",
        "days_overdue",
        "contacts",
        "expected",
        "service",
    ]
    assert todo.attrs["today"] == "2026-06-30"
    with pytest.raises(ValueError, match=r"columns \['overdue'\] are missing"):
        needs_attention(status.drop(columns="overdue"))
