"""Property tests: the user's own columns survive every format we write.

Random attribute sets (one type per column, as spreadsheets have them: yes/no,
whole numbers, decimals, dates, text, lists of text) on stakeholders and
relations, random own relation kinds and parallel relations, written and read
back: ``read(write(m)) == m`` for every format.
"""

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
from stakeholder_map.io._headers import match_headers
from stakeholder_map.io._tables import collections

_WORDS = (
    st.text(
        alphabet=st.characters(
            whitelist_categories=("Lu", "Ll", "Nd"), whitelist_characters=" -'&/"
        ),
        min_size=1,
        max_size=12,
    )
    .map(str.strip)
    .filter(bool)
)


def _own_header(table: str) -> Any:
    fields = tuple(collections()[table].model_fields)

    def is_own(header: str) -> bool:
        match = match_headers(table, fields, [header])
        return match.attributes == [0]

    return (
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=2, max_size=10)
        .map(lambda t: "Eigen " + t.strip())
        .filter(is_own)
    )


_TEXT = (
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters=";"
        ),
        min_size=1,
        max_size=15,
    )
    .map(str.strip)
    .filter(bool)
)

_VALUES = {
    "bool": st.booleans(),
    "int": st.integers(min_value=-10_000, max_value=10_000),
    "float": st.floats(
        min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False
    )
    # Excel keeps 15 significant digits; a typed-in decimal never has more.
    .map(lambda x: float(f"{x:.15g}"))
    .filter(lambda x: not float(x).is_integer()),
    "date": st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 1, 1)),
    "text": _TEXT,
    "list": st.lists(_TEXT, min_size=2, max_size=3).map(tuple),
}


@st.composite
def _attribute_sets(draw: Any, table: str, n: int) -> list[dict[str, Any]]:
    headers = draw(st.lists(_own_header(table), max_size=3, unique_by=str.lower))
    types = {h: draw(st.sampled_from(sorted(_VALUES))) for h in headers}
    rows = []
    for _ in range(n):
        row = {}
        for h, kind in types.items():
            if draw(st.booleans()) or n == 1:
                row[h] = draw(_VALUES[kind])
        rows.append(row)
    return rows


@st.composite
def own_maps(draw: Any) -> skm.StakeholderMap:
    n = draw(st.integers(min_value=2, max_value=5))
    names = draw(st.lists(_WORDS, min_size=n, max_size=n, unique_by=str.lower))
    attrs = draw(_attribute_sets("stakeholders", n))
    stakeholders = [
        skm.Stakeholder(id=f"s{i}", name=name, attributes=attrs[i])
        for i, name in enumerate(names)
    ]
    kinds = draw(
        st.lists(
            st.sampled_from(["doorverwijzing", "information", "Employee/Founder"]),
            min_size=1,
            max_size=4,
        )
    )
    rel_attrs = draw(_attribute_sets("relations", len(kinds)))
    relations = [
        # the same pair again and again: parallel relations told apart by kind/id
        skm.Relation(
            source="s0", target="s1", kind=kind, id=f"r{i}", attributes=rel_attrs[i]
        )
        for i, kind in enumerate(kinds)
    ]
    return skm.StakeholderMap(
        name="Eigen kolommen", stakeholders=stakeholders, relations=relations
    )


SUFFIXES = [
    ".xlsx",
    ".csv",
    ".yaml",
    ".json",
    ".graphml",
    ".gexf",
    ".nodelink.json",
    ".network.xlsx",
]
# Kumu reads a text holding "|" as several values; its round trip is below.


@pytest.mark.parametrize("suffix", SUFFIXES)
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(smap=own_maps())
def test_own_columns_round_trip(suffix: str, smap: skm.StakeholderMap) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"kaart{suffix}"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", StakeholderMapWarning)  # "left out"
            skm.write(smap, path)
            back = skm.read(path)
    assert [s.attributes for s in back] == [s.attributes for s in smap]
    assert [(r.kind, r.id, r.attributes) for r in back.relations] == [
        (r.kind, r.id, r.attributes) for r in smap.relations
    ]
    if suffix in (".xlsx", ".yaml", ".json"):
        assert back == smap.model_copy(update={"name": back.name})


def _no_pipes(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("|", "/")
    if isinstance(value, tuple):
        return tuple(v.replace("|", "/") for v in value)
    return value


@st.composite
def kumu_maps(draw: Any) -> skm.StakeholderMap:
    """Maps as Kumu holds them: no "|" inside a value, tags, directions, weights."""
    smap = draw(own_maps())
    stakeholders = [
        skm.Stakeholder.model_validate(
            {
                **s.model_dump(),
                "attributes": {
                    **{k: _no_pipes(v) for k, v in s.attributes.items()},
                    # named like Kumu's Type, next to the category Kumu calls Type
                    **({"Type": _no_pipes(draw(_TEXT))} if draw(st.booleans()) else {}),
                    # a list of one item stays a list (written "a|" on a sheet)
                    **(
                        {"Eén thema (lijst)": (_no_pipes(draw(_TEXT)),)}
                        if draw(st.booleans())
                        else {}
                    ),
                },
                "category": draw(st.none() | _WORDS),
                "tags": draw(st.lists(_WORDS, max_size=3, unique_by=str.lower)),
                "power": draw(st.none() | st.integers(1, 5)),
            }
        )
        for s in smap
    ]
    relations = []
    for r in smap.relations:
        directed = draw(st.booleans())
        attributes = {k: _no_pipes(v) for k, v in r.attributes.items()}
        if not directed and draw(st.booleans()):
            attributes["Mutual"] = True
        strength = draw(st.none() | st.integers(1, 5) | st.just("It's complicated"))
        update: dict[str, Any] = {"directed": directed, "attributes": attributes}
        if isinstance(strength, int):
            update["weight"] = strength
        elif strength is not None:
            attributes["Strength"] = strength
        update["notes"] = draw(st.none() | _WORDS)
        relations.append(skm.Relation.model_validate({**r.model_dump(), **update}))
    # A parallel relation without an id, the other way round.
    relations.append(skm.Relation(source="s1", target="s0", kind="Investor"))
    return smap.model_copy(
        update={"stakeholders": tuple(stakeholders), "relations": tuple(relations)}
    )


@pytest.mark.parametrize("suffix", [".kumu.xlsx", ".kumu.json"])
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(smap=kumu_maps())
def test_kumu_round_trip(suffix: str, smap: skm.StakeholderMap) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"kaart{suffix}"
        skm.write(smap, path, profile="internal")
        back = skm.read(path)
    assert back.stakeholders == smap.stakeholders
    assert back.relations == smap.relations


@settings(max_examples=25, deadline=None)
@given(smap=own_maps())
def test_own_columns_round_trip_through_dataframes(smap: skm.StakeholderMap) -> None:
    df = skm.to_dataframe(smap)
    rel = skm.to_dataframe(smap, table="relations")
    back = skm.from_dataframe(df, relations=rel, name=smap.name, language="en")
    assert [s.attributes for s in back] == [s.attributes for s in smap]
    assert [r.attributes for r in back.relations] == [
        r.attributes for r in smap.relations
    ]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_list_whose_first_item_starts_with_an_apostrophe_stays_a_list(
    tmp_path: Path, suffix: str
) -> None:
    # Found by the property test above: "'; 0" read back as the text "; 0".
    smap = skm.StakeholderMap(
        name="m",
        stakeholders=[
            skm.Stakeholder(id="a", name="A", attributes={"Eigen": ("'", "0")}),
            skm.Stakeholder(id="b", name="B", attributes={"Eigen": ("'t Hof", "x")}),
        ],
    )
    back = skm.read(skm.write(smap, tmp_path / f"m{suffix}"))
    assert [s.attributes for s in back.stakeholders] == [
        {"Eigen": ("'", "0")},
        {"Eigen": ("'t Hof", "x")},
    ]


@pytest.mark.parametrize("word", ["FALSE", "ja", "Nee", "true"])
def test_a_yes_no_word_kept_as_text_stays_text_through_csv(word: str) -> None:
    # Written as '<word> so it reads back as text; the column's yes/no test
    # looked the cell up without its apostrophe and took it for a yes/no.
    smap = skm.StakeholderMap(
        name="Kaart",
        stakeholders=[
            skm.Stakeholder(id="a", name="A"),
            skm.Stakeholder(id="b", name="B", attributes={"Vlag": word}),
        ],
        relations=[skm.Relation(source="a", target="b", attributes={"Vlag": word})],
    )
    with tempfile.TemporaryDirectory() as tmp:
        back = skm.read(skm.write(smap, Path(tmp) / "kaart.csv"))
    assert back.stakeholders[1].attributes == {"Vlag": word}
    assert back.relations[0].attributes == {"Vlag": word}
