from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

import stakeholder_map as skm
from stakeholder_map.analysis import aggregate
from stakeholder_map.io import write_template
from stakeholder_map.io.template import TEMPLATE_COLUMNS


def _validations(ws: object) -> dict[str, tuple[str, str | None, str | None]]:
    """Column letter -> (type, formula1, formula2) of the sheet's data validations."""
    out = {}
    for dv in ws.data_validations.dataValidation:  # type: ignore[attr-defined]
        for rng in str(dv.sqref).split():
            out[rng.split(":")[0].rstrip("0123456789")] = (
                dv.type,
                dv.formula1,
                dv.formula2,
            )
    return out


def _list_values(ws: object, key: str) -> list[str]:
    """The values of one drop-down list on the hidden lists sheet."""
    heads = [c.value for c in ws[1]]  # type: ignore[index]
    letter = openpyxl.utils.get_column_letter(heads.index(key) + 1)
    cells = ws[letter]  # type: ignore[index]
    return [c.value for c in cells[1:] if c.value is not None]


def _list_range(ws: object, key: str) -> str:
    heads = [c.value for c in ws[1]]  # type: ignore[index]
    letter = openpyxl.utils.get_column_letter(heads.index(key) + 1)
    n = len(_list_values(ws, key))
    return f"'{ws.title}'!${letter}$2:${letter}${n + 1}"  # type: ignore[attr-defined]


def _column(ws: object, header: str) -> int:
    heads = [c.value for c in ws[1]]  # type: ignore[index]
    return heads.index(header) + 1


def test_empty_template_reads_back(tmp_path: Path) -> None:
    path = write_template(tmp_path / "leeg.xlsx")
    assert path == tmp_path / "leeg.xlsx"
    smap = skm.read(path)
    assert len(smap) == 0
    assert smap.language == "nl"
    assert smap.name == "leeg"
    assert (smap.scale.min, smap.scale.max) == (1.0, 5.0)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [
        "Uitleg",
        "actoren",
        "relaties",
        "themas",
        "standpunten",
        "beoordelingen",
        "meta",
        "woorden",
        "keuzelijsten",
    ]
    assert wb["keuzelijsten"].sheet_state == "hidden"
    assert wb["Uitleg"]["A1"].value.startswith("Workshop stakeholderkaart")
    assert [c.value for c in wb["relaties"][1]] == [
        "van",
        "naar",
        "soort",
        "gewicht",
        "gericht",
        "kanaal",
        "frequentie",
        "opmerkingen",
    ]


def test_every_choice_has_a_list_and_every_score_a_range(tmp_path: Path) -> None:
    path = write_template(tmp_path / "t.xlsx", scale=(0, 10))
    wb = openpyxl.load_workbook(path)
    sheets = {
        "stakeholders": "actoren",
        "relations": "relaties",
        "interests": "themas",
        "stakes": "standpunten",
        "assessments": "beoordelingen",
    }
    lists = {
        "category",
        "engagement_current",
        "engagement_desired",
        "participation",
        "source",
        "target",
        "kind",
        "directed",
        "channel",
        "frequency",
        "stakeholder_id",
        "interest_id",
    }
    scores = {
        "power",
        "interest",
        "legitimacy",
        "urgency",
        "proximity",
        "weight",
        "importance",
    }
    for table, title in sheets.items():
        ws = wb[title]
        found = _validations(ws)
        for k, fld in enumerate(TEMPLATE_COLUMNS[table]):
            letter = openpyxl.utils.get_column_letter(k + 1)
            if fld in lists:
                assert found[letter][0] == "list", (table, fld)
            elif fld in scores:
                assert found[letter] == ("decimal", "0", "10"), (table, fld)
            elif fld in ("attitude", "position"):
                assert found[letter] == ("decimal", "-2", "2"), (table, fld)
    relations = _validations(wb["relaties"])
    assert relations["A"][1] == "'actoren'!$A$2:$A$201"
    assert relations["C"][1] == _list_range(wb["keuzelijsten"], "kind")
    assert "Financiering" in _list_values(wb["keuzelijsten"], "kind")
    meta = {r[0].value: r[1].value for r in wb["meta"].iter_rows(min_row=2)}
    assert (meta["schaal_min"], meta["schaal_max"]) == (0, 10)


def test_round_trip_filled_in_with_openpyxl(tmp_path: Path) -> None:
    path = write_template(
        tmp_path / "workshop.xlsx",
        stakeholders=["OCMW Vlasbeke", "CLB", "Oudergroep De Babbelbank"],
        raters=["An", "Bo"],
        date="2026-10-01",
        name="Najaar 2026",
    )
    wb = openpyxl.load_workbook(path)
    actors = wb["actoren"]
    assert [actors.cell(row=r, column=1).value for r in range(2, 5)] == [
        "OCMW Vlasbeke",
        "CLB",
        "Oudergroep De Babbelbank",
    ]
    categorie = _column(actors, "categorie")
    actors.cell(row=2, column=categorie, value="overheid")
    actors.cell(row=5, column=1, value="Bibliotheek")  # one added in the room
    actors.cell(row=5, column=_column(actors, "participatie"), value="Raadplegen")
    rel = wb["relaties"]
    for c, value in enumerate(
        [
            "OCMW Vlasbeke",
            "CLB",
            "Financiering",
            4,
            "ja",
            "Nieuwsbrief",
            "Per kwartaal",
        ],
        start=1,
    ):
        rel.cell(row=2, column=c, value=value)
    wb["themas"].cell(row=2, column=1, value="Participatie van ouders")
    stances = wb["standpunten"]
    for c, value in enumerate(["CLB", "Participatie van ouders", 1, 4], start=1):
        stances.cell(row=2, column=c, value=value)
    ratings = wb["beoordelingen"]
    # rows: An x 3 stakeholders, then Bo x 3; fill all but Bo's last row
    scores = [(5, 4), (3, 3), (2, 5), (4, 4), (2, 4)]
    macht, belang = _column(ratings, "macht"), _column(ratings, "belang")
    for r, (p, i) in enumerate(scores, start=2):
        ratings.cell(row=r, column=macht, value=p)
        ratings.cell(row=r, column=belang, value=i)
    wb.save(path)

    smap = skm.read(path)
    assert smap.name == "Najaar 2026"
    assert smap.date == dt.date(2026, 10, 1)
    assert [s.name for s in smap] == [
        "OCMW Vlasbeke",
        "CLB",
        "Oudergroep De Babbelbank",
        "Bibliotheek",
    ]
    assert smap.get("ocmw_vlasbeke").category == "overheid"
    assert smap.get("bibliotheek").participation == "consult"
    (relation,) = smap.relations
    assert (relation.source, relation.target) == ("ocmw_vlasbeke", "clb")
    assert (relation.kind, relation.weight) == ("funding", 4.0)
    assert (relation.channel, relation.frequency) == ("newsletter", "quarterly")
    assert smap.stakes[0].position == 1.0
    assert {a.rater for a in smap.assessments} == {"An", "Bo"}
    assert {a.date for a in smap.assessments} == {dt.date(2026, 10, 1)}
    df = aggregate(smap)
    assert df.loc["ocmw_vlasbeke", "power"] == 4.5
    assert df.loc["ocmw_vlasbeke", "n_raters"] == 2
    # Bo left the Babbelbank empty: only An's rating counts
    assert df.loc["oudergroep_de_babbelbank", "n_raters"] == 1


def test_english_template_accepts_its_own_list_values(tmp_path: Path) -> None:
    path = write_template(tmp_path / "en.xlsx", lang="en", stakeholders=["A", "B"])
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "How to"
    assert "Social media" in _list_values(wb["lists"], "channel")
    assert len(_list_values(wb["lists"], "frequency")) == 7
    rel = wb["relations"]
    for c, value in enumerate(
        ["A", "B", "Collaboration", 3, "no", "Social media", "Every two weeks"],
        start=1,
    ):
        rel.cell(row=2, column=c, value=value)
    wb.save(path)
    smap = skm.read(path)
    assert smap.language == "en"
    relation = smap.relations[0]
    assert (relation.kind, relation.directed) == ("collaboration", False)
    assert (relation.channel, relation.frequency) == ("social_media", "biweekly")


def test_from_a_map_keeps_names_not_scores(tmp_path: Path) -> None:
    smap = skm.load_example("huis_van_het_kind")
    path = write_template(tmp_path / "kopie.xlsx", stakeholders=smap, raters=2)
    back = skm.read(path)
    assert back.name == smap.name
    assert [s.name for s in back] == [s.name for s in smap]
    assert [s.category for s in back] == [s.category for s in smap]
    assert all(s.power is None for s in back)
    assert len(back.assessments) == 2 * len(smap)
    assert {a.rater for a in back.assessments} == {"Deelnemer 1", "Deelnemer 2"}


def test_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="`lang` must be one of"):
        write_template(tmp_path / "x.xlsx", lang="fr")
    with pytest.raises(ValueError, match=r"must end in \.xlsx"):
        write_template(tmp_path / "x.csv")
    with pytest.raises(ValueError, match="`raters` must be at least 1"):
        write_template(tmp_path / "x.xlsx", raters=0)
    with pytest.raises(TypeError, match="Pass \\['An'\\]"):
        write_template(tmp_path / "x.xlsx", raters="An")
    with pytest.raises(ValueError, match="distinct, non-empty names"):
        write_template(tmp_path / "x.xlsx", raters=["An", "An"])
    with pytest.raises(TypeError, match="`stakeholders` must be"):
        write_template(tmp_path / "x.xlsx", stakeholders="OCMW")
    with pytest.raises(ValueError, match="same name more than once"):
        write_template(tmp_path / "x.xlsx", stakeholders=["A", "A"])
    with pytest.raises(ValueError, match="`date` must be a date"):
        write_template(tmp_path / "x.xlsx", date="morgen")
    assert not (tmp_path / "x.xlsx").exists()
