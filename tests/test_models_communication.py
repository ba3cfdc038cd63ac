"""Interactions, planned communication items and segments: fields and map rules."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

import stakeholder_map as skm
from stakeholder_map.i18n import text
from stakeholder_map.models import collect_problems, personal_data_fields

STAKEHOLDERS = [
    {"id": "a", "name": "A", "category": "zorg"},
    {"id": "b", "name": "B", "category": "ouders"},
]


def _map(**parts: object) -> skm.StakeholderMap:
    return skm.StakeholderMap(stakeholders=STAKEHOLDERS, **parts)  # type: ignore[arg-type]


def test_interaction_fields_and_defaults() -> None:
    i = skm.Interaction(stakeholder_id="a", date="2026-03-02")  # type: ignore[arg-type]
    assert i.date == dt.date(2026, 3, 2)
    assert i.direction is skm.Direction.OUTGOING
    assert (i.channel, i.sentiment, i.interest_id, i.by) == (None, None, None, None)


def test_interaction_needs_a_date() -> None:
    with pytest.raises(ValidationError, match="date"):
        skm.Interaction(stakeholder_id="a")  # type: ignore[call-arg]


@pytest.mark.parametrize("value", [-2.5, 3])
def test_interaction_sentiment_range(value: float) -> None:
    with pytest.raises(ValidationError, match="sentiment"):
        skm.Interaction(stakeholder_id="a", date=dt.date(2026, 1, 1), sentiment=value)


def test_interaction_channel_and_direction_are_enums() -> None:
    i = skm.Interaction(
        stakeholder_id="a",
        date=dt.date(2026, 1, 1),
        channel="phone",  # type: ignore[arg-type]
        direction="incoming",  # type: ignore[arg-type]
    )
    assert i.channel is skm.Channel.PHONE
    assert i.direction is skm.Direction.INCOMING
    with pytest.raises(ValidationError, match="channel"):
        skm.Interaction(
            stakeholder_id="a",
            date=dt.date(2026, 1, 1),
            channel="pigeon",  # type: ignore[arg-type]
        )


def test_interaction_forbids_extra_and_is_frozen() -> None:
    with pytest.raises(ValidationError, match="chanel"):
        skm.Interaction(stakeholder_id="a", date=dt.date(2026, 1, 1), chanel="email")  # type: ignore[call-arg]
    i = skm.Interaction(stakeholder_id="a", date=dt.date(2026, 1, 1))
    with pytest.raises(ValidationError, match="frozen"):
        i.sentiment = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"stakeholder_id": "a", "category": "zorg"}],
    ids=["neither", "both"],
)
def test_communication_item_needs_exactly_one_target(kwargs: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="exactly one of `stakeholder_id`"):
        skm.CommunicationItem(channel="email", **kwargs)  # type: ignore[arg-type]


def test_communication_item_for_a_category() -> None:
    item = skm.CommunicationItem(category="ouders", frequency="monthly")  # type: ignore[arg-type]
    assert item.stakeholder_id is None
    assert item.frequency is skm.Frequency.MONTHLY


def test_segment_id_from_name_and_minimum() -> None:
    seg = skm.Segment(name="Anderstalige gezinnen", categories=["ouders"])  # type: ignore[arg-type]
    assert seg.id == "anderstalige_gezinnen"
    assert seg.categories == ("ouders",)
    assert seg.min_stakeholders == 1
    with pytest.raises(ValidationError, match="min_stakeholders"):
        skm.Segment(name="X", min_stakeholders=0)


def test_new_collections_default_empty_and_store_tuples() -> None:
    smap = _map()
    assert smap.interactions == ()
    assert smap.communication == ()
    assert smap.segments == ()
    smap = _map(
        interactions=[{"stakeholder_id": "a", "date": "2026-01-05"}],
        communication=[{"category": "zorg", "channel": "email"}],
        segments=[{"name": "Ouders", "stakeholder_ids": ["b"]}],
    )
    assert isinstance(smap.interactions, tuple)
    assert isinstance(smap.interactions[0], skm.Interaction)
    assert isinstance(smap.communication[0], skm.CommunicationItem)
    assert smap.segments[0].id == "ouders"


def test_unknown_ids_in_new_collections_are_all_reported() -> None:
    with pytest.raises(ValidationError) as info:
        _map(
            interests=[{"name": "T"}],
            interactions=[
                {"stakeholder_id": "z", "date": "2026-01-05"},
                {"stakeholder_id": "a", "date": "2026-01-05", "interest_id": "q"},
            ],
            communication=[
                {"stakeholder_id": "y", "channel": "email"},
                {"category": "onderwijs", "channel": "email"},
            ],
            segments=[
                {"name": "S", "stakeholder_ids": ["a", "x"]},
                {"name": "S"},
            ],
        )
    msg = str(info.value)
    assert "Interaction 1: `stakeholder_id` names unknown stakeholder 'z'" in msg
    assert "Interaction 2: `interest_id` names unknown theme 'q'" in msg
    assert "Communication item 1: `stakeholder_id` names unknown stakeholder 'y'" in msg
    assert "Communication item 2: `category` 'onderwijs'" in msg
    assert "Segment 's': `stakeholder_ids` names unknown stakeholder 'x'" in msg
    assert "Segment id 's' is used more than once" in msg
    assert "6 problem(s)" in msg


def test_segment_categories_without_stakeholders_are_allowed() -> None:
    # a target group nobody speaks for is the finding of the audit, not an error
    smap = _map(segments=[{"name": "Gezinnen in armoede", "categories": ["armoede"]}])
    assert smap.segments[0].categories == ("armoede",)


def test_collect_problems_positions_and_keys() -> None:
    problems = collect_problems(
        stakeholders=[skm.Stakeholder(id="a", name="A", category="zorg")],
        interactions=[skm.Interaction(stakeholder_id="nope", date=dt.date(2026, 1, 1))],
        communication=[skm.CommunicationItem(category="ouders")],
    )
    assert [(p.collection, p.index, p.field, p.value, p.key) for p in problems] == [
        ("interactions", 0, "stakeholder_id", "nope", "unknown_id"),
        ("communication", 0, "category", "ouders", "unknown_category"),
    ]
    # every problem key has a translation that fills in from its params
    for p in problems:
        assert text(p.key, "nl", **p.params)
        assert text(p.key, "en", **p.params)


def test_existing_rules_still_checked_with_new_collections() -> None:
    with pytest.raises(ValidationError, match="Relation 1: `target` names unknown"):
        _map(
            relations=[{"source": "a", "target": "q"}],
            interactions=[{"stakeholder_id": "a", "date": "2026-01-05"}],
        )


def test_personal_data_marked() -> None:
    assert personal_data_fields(skm.Interaction) == ("by", "notes")
    assert personal_data_fields(skm.CommunicationItem) == ("owner",)
    for model in (skm.Interaction, skm.CommunicationItem, skm.Segment):
        for field, info in model.model_fields.items():
            assert info.description, f"{model.__name__}.{field}"


def test_json_round_trip() -> None:
    smap = _map(
        interests=[{"name": "T"}],
        interactions=[
            {
                "stakeholder_id": "a",
                "date": "2026-01-05",
                "channel": "meeting",
                "direction": "mutual",
                "interest_id": "t",
                "sentiment": -1,
                "outcome": "Afspraak",
            }
        ],
        communication=[
            {"category": "zorg", "channel": "email", "frequency": "quarterly"},
            {"stakeholder_id": "b", "message": "Welkom", "start": "2026-02-01"},
        ],
        segments=[{"name": "Ouders", "stakeholder_ids": ["b"], "min_stakeholders": 2}],
    )
    again = skm.StakeholderMap.model_validate_json(smap.model_dump_json())
    assert again == smap


def test_graph_round_trip_keeps_new_collections() -> None:
    smap = _map(
        relations=[{"source": "a", "target": "b"}],
        interactions=[{"stakeholder_id": "a", "date": "2026-01-05"}],
        communication=[{"stakeholder_id": "b", "channel": "phone"}],
        segments=[{"name": "Ouders", "categories": ["ouders"]}],
    )
    assert skm.from_graph(skm.to_graph(smap)) == smap
