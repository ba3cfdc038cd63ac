"""Property tests: read(write(m)) == m for random maps, in every format."""

from __future__ import annotations

import datetime as dt
import tempfile
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import stakeholder_map as skm
from stakeholder_map.exceptions import StakeholderMapWarning

# Printable text in any script (letters, digits, punctuation, symbols, spaces):
# no control characters, which spreadsheets cannot hold.
TEXT = (
    st.text(
        alphabet=st.characters(categories=("L", "M", "N", "P", "S", "Zs")),
        min_size=1,
        max_size=12,
    )
    .map(str.strip)
    .filter(bool)
)
# Tags and list items are split on ";" and ","; they cannot contain them.
TAG = TEXT.filter(lambda t: ";" not in t and "," not in t)
IDS = st.from_regex(r"[a-z][a-z0-9_]{0,7}", fullmatch=True)
DATES = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))
SCALES = st.sampled_from([(1, 5), (0, 10), (1, 10), (0, 100), (-5, 5)])
ATTITUDE = st.integers(-8, 8).map(lambda x: x / 4)


def _opt(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def _score(lo: int, hi: int) -> st.SearchStrategy[float | None]:
    # quarters: exact in binary, and well within what Excel keeps (15 digits)
    return _opt(st.integers(lo * 4, hi * 4).map(lambda x: x / 4))


@st.composite
def maps(draw: st.DrawFn, *, full: bool = True) -> skm.StakeholderMap:
    lo, hi = draw(SCALES)
    score = _score(lo, hi)
    ids = draw(st.lists(IDS, min_size=0, max_size=6, unique=True))
    categories = draw(st.lists(TAG, min_size=1, max_size=3, unique=True))
    stakeholders = []
    for i, sid in enumerate(ids):
        stakeholders.append(
            skm.Stakeholder(
                id=sid,
                name=draw(TEXT),
                short_name=draw(_opt(TEXT)),
                category=draw(_opt(st.sampled_from(categories))),
                parent=draw(_opt(st.sampled_from(ids[:i]))) if i else None,
                description=draw(_opt(TEXT)),
                tags=draw(st.lists(TAG, max_size=3)),
                power=draw(score),
                interest=draw(score),
                attitude=draw(_opt(ATTITUDE)),
                legitimacy=draw(score),
                urgency=draw(score),
                proximity=draw(score),
                engagement_current=draw(_opt(st.sampled_from(skm.EngagementLevel))),
                engagement_desired=draw(_opt(st.sampled_from(skm.EngagementLevel))),
                participation=draw(_opt(st.sampled_from(skm.ParticipationLevel))),
                contact=draw(_opt(TEXT)),
                notes=draw(_opt(TEXT)),
                source=draw(_opt(TEXT)),
                assessed_on=draw(_opt(DATES)),
            )
        )
    relations = []
    if len(ids) >= 2:
        seen = set()
        for _ in range(draw(st.integers(0, 6))):
            source, target = draw(st.permutations(ids))[:2]
            kind = draw(st.sampled_from(skm.RelationKind))
            channel = draw(_opt(st.sampled_from(skm.Channel)))
            if (source, target, kind, channel) in seen:
                continue
            seen.add((source, target, kind, channel))
            relations.append(
                skm.Relation(
                    source=source,
                    target=target,
                    kind=kind,
                    weight=draw(score),
                    directed=draw(st.booleans()),
                    sign=draw(st.sampled_from([1, -1])),
                    channel=channel,
                    frequency=draw(_opt(st.sampled_from(skm.Frequency))),
                    notes=draw(_opt(TEXT)),
                )
            )
    labels = draw(
        st.dictionaries(st.integers(lo, hi), TEXT, max_size=3).map(lambda d: d or None)
    )
    data: dict[str, Any] = {
        "name": draw(TEXT),
        "description": draw(_opt(TEXT)),
        "language": draw(st.sampled_from(["en", "nl"])),
        "date": draw(_opt(DATES)),
        "scale": skm.Scale(min=lo, max=hi, labels=labels),
        "stakeholders": stakeholders,
        "relations": relations,
    }
    if full and ids:
        used = sorted({s.category for s in stakeholders if s.category is not None})
        data.update(draw(_more_tables(ids, categories, score, used)))
    return skm.StakeholderMap(**data)


@st.composite
def _more_tables(
    draw: st.DrawFn,
    ids: list[str],
    categories: list[str],
    score: st.SearchStrategy[float | None],
    used_categories: list[str],
) -> dict[str, Any]:
    interest_ids = draw(st.lists(IDS, max_size=3, unique=True))
    interests = [
        skm.Interest(id=i, name=draw(TEXT), description=draw(_opt(TEXT)))
        for i in interest_ids
    ]
    stakes = []
    if interest_ids:
        pairs = draw(
            st.lists(
                st.tuples(st.sampled_from(ids), st.sampled_from(interest_ids)),
                max_size=4,
                unique=True,
            )
        )
        stakes = [
            skm.Stake(
                stakeholder_id=s,
                interest_id=t,
                position=draw(_opt(ATTITUDE)),
                importance=draw(score),
                notes=draw(_opt(TEXT)),
            )
            for s, t in pairs
        ]
    trios = draw(
        st.lists(
            st.tuples(st.sampled_from(ids), TEXT, _opt(DATES)),
            max_size=4,
            unique_by=lambda x: x,
        )
    )
    assessments = [
        skm.Assessment(
            stakeholder_id=s,
            rater=r,
            date=d,
            power=draw(score),
            interest=draw(score),
            attitude=draw(_opt(ATTITUDE)),
            legitimacy=draw(score),
            urgency=draw(score),
            proximity=draw(score),
            confidence=draw(_opt(st.integers(0, 20).map(lambda x: x / 20))),
            rationale=draw(_opt(TEXT)),
        )
        for s, r, d in trios
    ]
    interactions = [
        skm.Interaction(
            stakeholder_id=draw(st.sampled_from(ids)),
            date=draw(DATES),
            channel=draw(_opt(st.sampled_from(skm.Channel))),
            direction=draw(st.sampled_from(skm.Direction)),
            topic=draw(_opt(TEXT)),
            interest_id=draw(_opt(st.sampled_from(interest_ids)))
            if interest_ids
            else None,
            by=draw(_opt(TEXT)),
            outcome=draw(_opt(TEXT)),
            sentiment=draw(_opt(ATTITUDE)),
            notes=draw(_opt(TEXT)),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    communication = []
    for _ in range(draw(st.integers(0, 3))):
        # an item is for one stakeholder or for a category some stakeholder has
        target: dict[str, str] = {"stakeholder_id": draw(st.sampled_from(ids))}
        if used_categories and draw(st.booleans()):
            target = {"category": draw(st.sampled_from(used_categories))}
        communication.append(
            skm.CommunicationItem(
                **target,
                channel=draw(_opt(st.sampled_from(skm.Channel))),
                frequency=draw(_opt(st.sampled_from(skm.Frequency))),
                message=draw(_opt(TEXT)),
                participation=draw(_opt(st.sampled_from(skm.ParticipationLevel))),
                owner=draw(_opt(TEXT)),
                start=draw(_opt(DATES)),
                notes=draw(_opt(TEXT)),
            )
        )
    segment_ids = draw(st.lists(IDS, max_size=2, unique=True))
    segments = [
        skm.Segment(
            id=g,
            name=draw(TEXT),
            description=draw(_opt(TEXT)),
            stakeholder_ids=draw(st.lists(st.sampled_from(ids), max_size=3)),
            categories=draw(st.lists(st.sampled_from(categories), max_size=2)),
            tags=draw(st.lists(TAG, max_size=2)),
            min_stakeholders=draw(st.integers(1, 4)),
        )
        for g in segment_ids
    ]
    return {
        "interests": interests,
        "stakes": stakes,
        "assessments": assessments,
        "interactions": interactions,
        "communication": communication,
        "segments": segments,
    }


SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SETTINGS
@given(smap=maps(), suffix=st.sampled_from([".json", ".yaml"]))
def test_json_and_yaml_round_trip(smap: skm.StakeholderMap, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = skm.write(smap, Path(tmp) / f"kaart{suffix}")
        assert skm.read(path) == smap


@SETTINGS
@given(smap=maps(), lang=st.sampled_from([None, "en", "nl"]))
def test_excel_round_trip(smap: skm.StakeholderMap, lang: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = skm.write(smap, Path(tmp) / "kaart.xlsx", lang=lang)
        assert skm.read(path) == smap


@SETTINGS
@given(smap=maps(full=False), lang=st.sampled_from(["en", "nl"]))
def test_csv_round_trip_of_stakeholders_and_relations(
    smap: skm.StakeholderMap, lang: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        path = skm.write(smap, Path(tmp) / "kaart.csv", lang=lang)
        back = skm.read(path, scale=smap.scale)
    assert back.stakeholders == smap.stakeholders
    assert back.relations == smap.relations


@SETTINGS
@given(smap=maps())
def test_from_dataframe_inverts_to_dataframe(smap: skm.StakeholderMap) -> None:
    tables = {t: skm.to_dataframe(smap, table=t) for t in _OTHER_TABLES}
    back = skm.from_dataframe(
        skm.to_dataframe(smap),
        relations=skm.to_dataframe(smap, table="relations"),
        tables=tables,
        name=smap.name,
        description=smap.description,
        language=smap.language.value,
        date=smap.date,
        scale=smap.scale,
    )
    assert back == smap


_OTHER_TABLES = (
    "interests",
    "stakes",
    "assessments",
    "interactions",
    "communication",
    "segments",
)


@pytest.mark.parametrize("suffix", [".xlsx", ".yaml", ".json"])
def test_example_map_round_trips(tmp_path: Path, suffix: str) -> None:
    smap = skm.load_example("huis_van_het_kind")
    assert skm.read(skm.write(smap, tmp_path / f"kaart{suffix}")) == smap
