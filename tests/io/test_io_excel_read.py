"""Reading workbooks: Dutch and English layouts, lenient cells, references."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import InputNoteWarning

Make = Callable[..., Path]


def test_a_name_no_stakeholder_has_is_reported(xlsx: Make) -> None:
    path = xlsx(
        {
            "Actoren": [
                [
                    "ID",
                    "Naam",
                    "Korte naam",
                    "MACHT",
                    "Bélang",
                    "Houding",
                    "Trefwoorden",
                ],
                ["ocmw", "OCMW Gent", "OCMW", "hoog", "4", "eerder voor", "a; b"],
                [None, "CLB Gent", None, "3,5", "laag", "Neutraal", "x, y"],
                [None, None, None, None, None, None, None],
                [7, "Kinderopvang 't Kasteeltje", None, 2, "gemiddeld", -2, None],
            ],
            "Relaties": [
                ["Van", "Naar", "Soort", "Kanaal", "Frequentie", "Gericht", "Gewicht"],
                [
                    "OCMW",
                    "clb gent",
                    "financiering",
                    "Nieuwsbrief",
                    "maandelijks",
                    "nee",
                    "hoog",
                ],
                ["clb_gent", "7", "Spanning", None, "af en toe", "ja", 2],
            ],
            "Thema's": [["Thema", "Omschrijving"], ["Kinderarmoede", "aanpak"]],
            "Standpunten": [
                ["Actor", "Thema", "Positie", "Importantie"],
                ["OCMW Gent", "kinderarmoede", "sterk voor", "hoog"],
            ],
            "Beoordelingen": [
                ["Actor", "Beoordelaar", "Datum", "Macht", "Zekerheid"],
                ["CLB", "Sara", "15/03/2026", "4,5", "0,8"],
            ],
        }
    )
    with pytest.raises(skm.exceptions.InputDataError) as info:
        skm.read(path)
    # "CLB" is no name or short name: the short name of CLB Gent is not set.
    assert [(r["sheet"], r["row"], r["column"]) for r in info.value.records] == [
        ("Beoordelingen", 2, "Actor")
    ]


def test_dutch_workbook_reads_every_kind_of_cell(xlsx: Make) -> None:
    path = xlsx(
        {
            "Actoren": [
                [
                    "ID",
                    "Naam",
                    "Korte naam",
                    "MACHT",
                    "Bélang",
                    "Houding",
                    "Trefwoorden",
                ],
                ["ocmw", "OCMW Gent", "OCMW", "hoog", "4", "eerder voor", "a; b"],
                [None, "CLB Gent", "CLB", "3,5", "laag", "Neutraal", "x, y"],
                [None, None, None, None, None, None, None],
                [7, "Kinderopvang 't Kasteeltje", None, 2, "gemiddeld", -2, None],
            ],
            "Relaties": [
                ["Van", "Naar", "Soort", "Kanaal", "Frequentie", "Gericht", "Gewicht"],
                [
                    "OCMW",
                    "clb gent",
                    "financiering",
                    "Nieuwsbrief",
                    "maandelijks",
                    "nee",
                    "hoog",
                ],
                ["clb_gent", "7", "Spanning", None, "af en toe", "ja", 2],
            ],
            "Thema's": [["Thema", "Omschrijving"], ["Kinderarmoede", "aanpak"]],
            "Standpunten": [
                ["Actor", "Thema", "Positie", "Importantie"],
                ["OCMW Gent", "kinderarmoede", "sterk voor", "hoog"],
            ],
            "Beoordelingen": [
                ["Actor", "Beoordelaar", "Datum", "Macht", "Zekerheid"],
                ["CLB", "Sara", "15/03/2026", "4,5", "0,8"],
            ],
        },
        name="huis.xlsx",
    )
    smap = skm.read(path)
    assert smap.name == "huis"
    assert smap.language == "nl"
    assert smap.ids == ("ocmw", "clb_gent", "7")
    ocmw, clb, kdv = smap.stakeholders
    assert (ocmw.power, ocmw.interest, ocmw.attitude, ocmw.tags) == (
        5,
        4,
        1,
        ("a", "b"),
    )
    assert (clb.power, clb.interest, clb.attitude, clb.tags) == (3.5, 1, 0, ("x", "y"))
    assert (kdv.name, kdv.power, kdv.interest, kdv.attitude) == (
        "Kinderopvang 't Kasteeltje",
        2,
        3,
        -2,
    )
    funding, conflict = smap.relations
    assert (funding.source, funding.target, funding.kind) == (
        "ocmw",
        "clb_gent",
        "funding",
    )
    assert (funding.channel, funding.frequency, funding.directed, funding.weight) == (
        "newsletter",
        "monthly",
        False,
        5,
    )
    assert (conflict.target, conflict.kind, conflict.sign) == ("7", "conflict", -1)
    assert (conflict.frequency, conflict.directed) == ("ad_hoc", True)
    assert smap.interests[0].id == "kinderarmoede"
    stake = smap.stakes[0]
    assert (
        stake.stakeholder_id,
        stake.interest_id,
        stake.position,
        stake.importance,
    ) == (
        "ocmw",
        "kinderarmoede",
        2,
        5,
    )
    a = smap.assessments[0]
    assert (a.stakeholder_id, a.date, a.power, a.confidence) == (
        "clb_gent",
        dt.date(2026, 3, 15),
        4.5,
        0.8,
    )


def test_english_workbook_without_meta_gets_defaults(xlsx: Make) -> None:
    path = xlsx(
        {
            "Stakeholders": [["name", "power", "interest"], ["Council", "high", "low"]],
            "Notes": [["anything", "goes"]],
        },
        name="my map.xlsx",
    )
    with pytest.warns(InputNoteWarning, match="'Notes' is not read"):
        smap = skm.read(path)
    assert (smap.name, smap.language, smap.scale.min, smap.scale.max) == (
        "my map",
        "en",
        1,
        5,
    )
    assert smap.stakeholders[0].power == 5
    assert smap.stakeholders[0].interest == 1


def test_meta_sheet_sets_map_fields_and_the_scale_of_words(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": [["naam", "macht", "belang"], ["Stad", "gemiddeld", "hoog"]],
            "kaart": [
                ["Veld", "Waarde"],
                ["Naam", "Kaart Noord"],
                ["omschrijving", "Voor de stuurgroep"],
                ["Taal", "Nederlands"],
                ["Datum", dt.datetime(2026, 3, 15)],
                ["schaal_min", 0],
                ["schaal_max", "10"],
                ["schaal_label_0", "geen"],
                ["schaal_label_10", "zeer veel"],
            ],
        }
    )
    smap = skm.read(path)
    assert smap.name == "Kaart Noord"
    assert smap.description == "Voor de stuurgroep"
    assert smap.language == "nl"
    assert smap.date == dt.date(2026, 3, 15)
    assert (smap.scale.min, smap.scale.max) == (0, 10)
    assert smap.scale.labels == {0: "geen", 10: "zeer veel"}
    assert (smap.stakeholders[0].power, smap.stakeholders[0].interest) == (5, 10)


def test_meta_without_header_row(xlsx: Make) -> None:
    path = xlsx(
        {"stakeholders": [["name"], ["A"]], "meta": [["name", "X"], ["scale_max", 7]]}
    )
    smap = skm.read(path)
    assert (smap.name, smap.scale.max) == ("X", 7)


def test_numeric_ids_and_native_cells(xlsx: Make) -> None:
    path = xlsx(
        {
            "stakeholders": [
                ["id", "name", "power", "assessed_on", "notes"],
                [1, "A", 2.0, dt.datetime(2026, 1, 2), 2024],
                [2.0, "B", 3, "2026-01-03", 1.5],
            ],
            "relations": [["source", "target", "directed", "sign"], [1, 2, True, -1]],
        }
    )
    smap = skm.read(path)
    assert smap.ids == ("1", "2")
    assert smap.stakeholders[0].assessed_on == dt.date(2026, 1, 2)
    assert smap.stakeholders[1].assessed_on == dt.date(2026, 1, 3)
    assert (smap.stakeholders[0].notes, smap.stakeholders[1].notes) == ("2024", "1.5")
    assert (smap.relations[0].source, smap.relations[0].sign) == ("1", -1)


def test_other_tables(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": [
                ["naam", "categorie"],
                ["Stad", "overheid"],
                ["CLB", "onderwijs"],
            ],
            "thema's": [["naam"], ["Armoede"]],
            "contacten": [
                ["actor", "datum", "kanaal", "richting", "thema", "sfeer"],
                ["stad", "2026-03-02", "overleg", "inkomend", "armoede", "positief"],
            ],
            "communicatie": [
                ["actor", "categorie", "kanaal", "frequentie", "participatie"],
                [None, "onderwijs", "mail", "per kwartaal", "raadplegen"],
                ["CLB", None, "persoonlijk", "wekelijks", None],
            ],
            "doelgroepen": [
                ["naam", "actoren", "categorieën", "min_actoren"],
                ["Ouders", "Stad; clb", "welzijn", "2"],
            ],
        }
    )
    smap = skm.read(path)
    i = smap.interactions[0]
    assert (i.stakeholder_id, i.channel, i.direction, i.interest_id, i.sentiment) == (
        "stad",
        "meeting",
        "incoming",
        "armoede",
        1,
    )
    first, second = smap.communication
    assert (first.category, first.channel, first.frequency, first.participation) == (
        "onderwijs",
        "email",
        "quarterly",
        "consult",
    )
    assert (second.stakeholder_id, second.channel) == ("clb", "in_person")
    seg = smap.segments[0]
    assert (seg.stakeholder_ids, seg.categories, seg.min_stakeholders) == (
        ("stad", "clb"),
        ("welzijn",),
        2,
    )


def test_unknown_columns_can_be_ignored(xlsx: Make) -> None:
    path = xlsx({"actoren": [["naam", "machtt", "Kwadrant"], ["Stad", 3, "x"]]})
    smap = skm.read(path, unknown_columns="ignore")
    assert smap.stakeholders[0].power is None


def test_sheet_close_to_a_known_name_is_noted_with_a_suggestion(xlsx: Make) -> None:
    path = xlsx({"actoren": [["naam"], ["Stad"]], "themaas": [["x"], ["y"]]})
    with pytest.warns(InputNoteWarning, match="'themaas'.*'themas'"):
        smap = skm.read(path)
    assert smap.interests == ()


def test_a_sheet_with_from_and_to_headers_is_the_relations(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": [["naam"], ["Stad"], ["Dorp"]],
            "relaites": [["van", "naar"], ["Stad", "Dorp"]],
        }
    )
    assert [(r.source, r.target) for r in skm.read(path).relations] == [
        ("stad", "dorp")
    ]


def test_empty_optional_sheets_are_fine(xlsx: Make) -> None:
    path = xlsx({"actoren": [["naam"], ["Stad"]], "relaties": [], "themas": [[None]]})
    assert skm.read(path).relations == ()


def test_header_may_sit_below_empty_rows(xlsx: Make, problems: Any) -> None:
    path = xlsx({"actoren": [[None], [None, None], ["naam", "macht"], ["Stad", 9]]})
    assert problems(path) == [("actoren", 4, "macht", 9)]


def test_formula_text_written_as_text_reads_back(tmp_path: Path) -> None:
    smap = skm.StakeholderMap(stakeholders=[skm.Stakeholder(name="=1+1")])
    path = skm.write(smap, tmp_path / "k.xlsx")
    assert skm.read(path).stakeholders[0].name == "=1+1"
