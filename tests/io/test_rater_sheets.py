"""One rating sheet per workshop participant: written, filled in, read back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import stakeholder_map as skm
from stakeholder_map.analysis import aggregate
from stakeholder_map.exceptions import InputDataError, StakeholderMapWarning
from stakeholder_map.io import write_template

PEOPLE = ["OCMW Vlasbeke", "CLB", "Oudergroep De Babbelbank"]


def _column(ws: Any, header: str) -> int:
    heads = [c.value for c in ws[1]]
    return heads.index(header) + 1


def _fill(
    ws: Any, scores: list[tuple[Any, Any]], heads: tuple[str, str] = ("macht", "belang")
) -> None:
    """Type power and interest into the first rows of a rating sheet."""
    macht, belang = _column(ws, heads[0]), _column(ws, heads[1])
    for r, (p, i) in enumerate(scores, start=2):
        ws.cell(row=r, column=macht, value=p)
        ws.cell(row=r, column=belang, value=i)


def test_round_trip_with_one_sheet_per_participant(tmp_path: Path) -> None:
    path = write_template(
        tmp_path / "workshop.xlsx",
        stakeholders=PEOPLE,
        raters=["An", "Bo", "Cas"],
        rater_sheets=True,
        date="2026-10-01",
    )
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [
        "Uitleg",
        "actoren",
        "relaties",
        "themas",
        "standpunten",
        "beoordeling An",
        "beoordeling Bo",
        "beoordeling Cas",
        "meta",
        "woorden",
        "keuzelijsten",
    ]
    guide = " ".join(str(c.value) for c in wb["Uitleg"]["A"])
    assert "'beoordeling An', 'beoordeling Bo', 'beoordeling Cas'" in guide
    for title in ("beoordeling An", "beoordeling Bo", "beoordeling Cas"):
        ws = wb[title]
        assert [ws.cell(row=r, column=1).value for r in range(2, 5)] == PEOPLE
        # The sheet's name says who rated: the rater column stays empty.
        rater = _column(ws, "beoordelaar")
        assert [ws.cell(row=r, column=rater).value for r in range(2, 5)] == [None] * 3
    _fill(wb["beoordeling An"], [(5, 4), (3, 3), (2, 5)])
    _fill(wb["beoordeling Bo"], [(4, 4), ("veel te veel", 4), (2, 4)])  # bad cell
    cas = wb["beoordeling Cas"]
    _fill(cas, [(3, 5)])
    # Cas forwarded a rating of their colleague Dirk in the rater column.
    cas.cell(row=3, column=_column(cas, "beoordelaar"), value="Dirk")
    _fill(cas, [(3, 5), (1, 2)])
    wb.save(path)

    with pytest.raises(InputDataError) as info:
        skm.read(path)
    (record,) = info.value.records
    assert (record["sheet"], record["row"], record["column"], record["value"]) == (
        "beoordeling Bo",
        3,
        "macht",
        "veel te veel",
    )
    assert "beoordeling Bo" in str(info.value)

    wb = openpyxl.load_workbook(path)
    wb["beoordeling Bo"].cell(
        row=3, column=_column(wb["beoordeling Bo"], "macht"), value=3
    )
    wb.save(path)
    smap = skm.read(path)
    by_rater: dict[str, list[str]] = {}
    for a in smap.assessments:
        by_rater.setdefault(a.rater, []).append(a.stakeholder_id)
    assert by_rater == {
        "An": ["ocmw_vlasbeke", "clb", "oudergroep_de_babbelbank"],
        "Bo": ["ocmw_vlasbeke", "clb", "oudergroep_de_babbelbank"],
        "Cas": ["ocmw_vlasbeke", "oudergroep_de_babbelbank"],
        "Dirk": ["clb"],
    }
    assert {a.date for a in smap.assessments} == {dt.date(2026, 10, 1)}
    df = aggregate(smap)
    assert df.loc["ocmw_vlasbeke", "n_raters"] == 3
    assert df.loc["ocmw_vlasbeke", "power"] == 4.0  # median of 5, 4, 3
    assert df.loc["clb", "power"] == 3.0  # 3, 3 and Dirk's 1: median 3
    # Cas left the Babbelbank empty: two ratings count
    assert df.loc["oudergroep_de_babbelbank", "n_raters"] == 2


def test_sheet_names_keep_to_excel_rules(tmp_path: Path) -> None:
    raters = [
        "An",
        "Marie-Louise Vandenberghe-Deschepper",  # too long
        "Bo/Ca [team]",  # forbidden characters
        "AN",  # the same sheet name as An's to Excel
        "Marie-Louise Vandenberghe-Deschepperke",  # shortened like the second
        "Jan?",
    ]
    path = write_template(
        tmp_path / "t.xlsx", stakeholders=["A", "B"], raters=raters, rater_sheets=True
    )
    wb = openpyxl.load_workbook(path)
    titles = [t for t in wb.sheetnames if t.startswith("beoordeling")]
    assert len(titles) == len(raters)
    assert len({t.casefold() for t in titles}) == len(titles)
    for title in titles:
        assert len(title) <= 31, title
        assert not set(title) & set("[]:*?/\\"), title
    assert titles[0] == "beoordeling An"
    assert titles[2] == "beoordeling Bo-Ca -team-"
    assert titles[3] == "beoordeling AN (2)"
    filled = {}
    for title in titles:
        ws = wb[title]
        filled[title] = ws.cell(row=2, column=_column(ws, "beoordelaar")).value
        _fill(ws, [(3, 3)])
    # Only where the sheet's name does not spell the rater is the column filled.
    assert filled["beoordeling An"] is None
    assert [filled[t] for t in titles[1:]] == raters[1:]
    wb.save(path)
    smap = skm.read(path)
    assert sorted({a.rater for a in smap.assessments}) == sorted(raters)


def test_english_sheets_and_numbered_participants(tmp_path: Path) -> None:
    path = write_template(
        tmp_path / "en.xlsx", lang="en", stakeholders=["A"], raters=2, rater_sheets=True
    )
    wb = openpyxl.load_workbook(path)
    assert "assessments" not in wb.sheetnames
    assert wb.sheetnames[5:7] == [
        "assessment Participant 1",
        "assessment Participant 2",
    ]
    ws = wb["assessment Participant 2"]
    kinds = {
        str(dv.sqref).split(":")[0].rstrip("0123456789"): dv
        for dv in ws.data_validations.dataValidation
    }
    power = openpyxl.utils.get_column_letter(_column(ws, "power"))
    assert (kinds[power].type, kinds[power].formula1, kinds[power].formula2) == (
        "decimal",
        "1",
        "5",
    )
    who = openpyxl.utils.get_column_letter(_column(ws, "stakeholder_id"))
    assert kinds[who].type == "list"
    assert kinds[who].formula1 == "'stakeholders'!$A$2:$A$201"
    _fill(ws, [(2, 5)], heads=("power", "interest"))
    wb.save(path)
    smap = skm.read(path)
    assert [(a.rater, a.power) for a in smap.assessments if a.power] == [
        ("Participant 2", 2.0)
    ]


def test_rater_sheets_need_raters(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="`rater_sheets=True` needs `raters`"):
        write_template(tmp_path / "x.xlsx", rater_sheets=True)
    assert not (tmp_path / "x.xlsx").exists()


def test_reader_takes_the_rater_from_the_sheet_name(
    xlsx: Callable[..., Path],
) -> None:
    path = xlsx(
        {
            "actoren": [["naam"], ["OCMW"], ["CLB"]],
            "beoordelingen": [["actor", "beoordelaar", "macht"], ["OCMW", "Eva", 2]],
            # no rater column at all; any separator after the sheet's name
            "Beoordeling - Bo": [["actor", "macht"], ["OCMW", 4], ["CLB", 3]],
            # the rater column wins where it is filled
            "scores_Cas": [
                ["actor", "beoordelaar", "macht"],
                ["OCMW", None, 5],
                ["CLB", "Dirk", 1],
            ],
            "Ratings An": [["stakeholder", "power"], [None, None], ["CLB", 2]],
        }
    )
    smap = skm.read(path)
    assert [(a.stakeholder_id, a.rater, a.power) for a in smap.assessments] == [
        ("ocmw", "Eva", 2.0),
        ("ocmw", "Bo", 4.0),
        ("clb", "Bo", 3.0),
        ("ocmw", "Cas", 5.0),
        ("clb", "Dirk", 1.0),
        ("clb", "An", 2.0),
    ]


def test_problems_are_listed_sheet_by_sheet(
    xlsx: Callable[..., Path], problems: Callable[..., list[tuple[Any, ...]]]
) -> None:
    path = xlsx(
        {
            "actoren": [["naam"], ["OCMW"], ["CLB"], ["CAW"]],
            "beoordeling An": [
                ["actor", "macht", "belang"],
                ["OCMW", 4, 5],
                ["CLB", 3, 2],
                ["CAW", 9, 2],  # outside the scale, an otherwise valid row
                ["OCMW", 3, 3],  # An rated OCMW twice
            ],
            "beoordeling Bo": [
                ["actor", "macht", "belang"],
                ["Gezin", 2, 2],  # unknown stakeholder
                ["CLB", 7, 2],  # outside the scale, found by the map's checks
                ["CAW", 2, "reuzehoog"],
            ],
        }
    )
    assert problems(path) == [
        ("beoordeling An", 4, "macht", 9),
        ("beoordeling An", 5, "beoordelaar", "An"),
        ("beoordeling Bo", 2, "actor", "Gezin"),
        ("beoordeling Bo", 3, "macht", 7),
        ("beoordeling Bo", 4, "belang", "reuzehoog"),
    ]


def test_a_rating_sheet_still_needs_its_stakeholder_column(
    xlsx: Callable[..., Path], problems: Callable[..., list[tuple[Any, ...]]]
) -> None:
    path = xlsx(
        {
            "actoren": [["naam"], ["OCMW"]],
            "beoordeling An": [["actor", "macht"], ["OCMW", 4]],
            "beoordeling Cas": [["macht", "belang"], [3, 3]],
        }
    )
    assert problems(path, lang="nl") == [("beoordeling Cas", None, "actor", None)]


def test_which_sheets_are_rating_sheets(xlsx: Callable[..., Path]) -> None:
    path = xlsx(
        {
            "actoren": [["naam"], ["OCMW"]],
            "Beoordelingen ": [["actor", "beoordelaar"], ["OCMW", "Eva"]],  # the table
            "beoordelingen-oud": [["actor"], ["OCMW"]],  # the rater "oud"
            "overzicht beoordeling An": [["actor", "macht"], ["OCMW", 1]],
        }
    )
    with pytest.warns(StakeholderMapWarning, match="overzicht beoordeling An"):
        smap = skm.read(path)
    assert [a.rater for a in smap.assessments] == ["Eva", "oud"]
