"""The contact log, communication plan and target groups in files and frames."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import InputDataError


@pytest.fixture
def smap() -> skm.StakeholderMap:
    return skm.StakeholderMap.model_validate(
        {
            "name": "Round trip",
            "stakeholders": [
                {"id": "ocmw", "name": "OCMW", "category": "overheid"},
                {
                    "id": "ouders",
                    "name": "Ouders",
                    "category": "ouders",
                    "tags": ["doelgroep"],
                },
            ],
            "interests": [{"id": "taal", "name": "Taal"}],
            "interactions": [
                {
                    "stakeholder_id": "ocmw",
                    "date": "2026-03-02",
                    "channel": "meeting",
                    "direction": "mutual",
                    "topic": "Budget",
                    "interest_id": "taal",
                    "by": "coördinator",
                    "outcome": "Akkoord",
                    "sentiment": 1.5,
                    "notes": "Vervolg in mei",
                },
                {"stakeholder_id": "ouders", "date": "2026-03-09"},
            ],
            "communication": [
                {
                    "stakeholder_id": "ocmw",
                    "channel": "email",
                    "frequency": "monthly",
                    "message": "Cijfers",
                    "participation": "collaborate",
                    "owner": "An",
                    "start": "2026-01-01",
                    "notes": "x",
                },
                {
                    "category": "ouders",
                    "channel": "newsletter",
                    "frequency": "quarterly",
                },
            ],
            "segments": [
                {
                    "id": "ouders_seg",
                    "name": "Ouders",
                    "description": "De ouders zelf",
                    "stakeholder_ids": ["ouders"],
                    "categories": ["ouders"],
                    "tags": ["doelgroep", "ouders"],
                    "min_stakeholders": 2,
                },
            ],
        }
    )


@pytest.mark.parametrize("suffix", [".xlsx", ".yaml", ".json"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_new_tables_round_trip(
    smap: skm.StakeholderMap, tmp_path: Path, suffix: str, lang: str
) -> None:
    path = skm.io.write(smap, tmp_path / f"kaart{suffix}", lang=lang)
    back = skm.io.read(path)
    assert back.interactions == smap.interactions
    assert back.communication == smap.communication
    assert back.segments == smap.segments
    assert back == smap


def test_example_round_trips_through_excel(tmp_path: Path) -> None:
    smap = skm.load_example("huis_van_het_kind")
    assert smap.interactions
    assert smap.communication
    assert smap.segments
    back = skm.io.read(skm.io.write(smap, tmp_path / "hvhk.xlsx"))
    assert back == smap


def test_dutch_sheet_names_in_the_workbook(
    smap: skm.StakeholderMap, tmp_path: Path
) -> None:
    path = skm.io.write(smap, tmp_path / "kaart.xlsx", lang="nl")
    names = openpyxl.load_workbook(path).sheetnames
    assert {"contacten", "communicatie", "doelgroepen"} <= set(names)
    english = skm.io.write(smap, tmp_path / "map.xlsx", lang="en")
    names = openpyxl.load_workbook(english).sheetnames
    assert {"interactions", "communication", "segments"} <= set(names)


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


ACTOREN = [["naam", "categorie"], ["OCMW Gent", "overheid"], ["Oudergroep", "ouders"]]


def test_hand_written_dutch_workbook(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "kaart.xlsx",
        {
            "Actoren": ACTOREN,
            "Contacten": [
                ["Actor", "Datum", "Kanaal", "Richting", "Onderwerp", "Sfeer"],
                [
                    "OCMW Gent",
                    dt.datetime(2026, 3, 2),
                    "Overleg",
                    "inkomend",
                    "Budget",
                    "eerder voor",
                ],
                ["oudergroep", "15/03/2026", "nieuwsbrief", "", "", -1],
            ],
            "Communicatieplan": [
                [
                    "Actor",
                    "Categorie",
                    "Kanaal",
                    "Frequentie",
                    "Kernboodschap",
                    "Trekker",
                    "Vanaf",
                ],
                [
                    "OCMW Gent",
                    None,
                    "e-mail",
                    "maandelijks",
                    "Cijfers",
                    "An",
                    "1/02/2026",
                ],
                [
                    None,
                    "ouders",
                    "persoonlijk contact",
                    "per kwartaal",
                    None,
                    None,
                    None,
                ],
            ],
            "Doelgroepen": [
                ["Doelgroep", "Vertegenwoordigers", "Categorieën", "Minimum"],
                ["Gezinnen in armoede", "OCMW Gent; Oudergroep", "", 3],
                ["Vaders", "", "vaders", None],
            ],
        },
    )
    smap = skm.io.read(path)
    first, second = smap.interactions
    assert first.stakeholder_id == "ocmw_gent"
    assert first.date == dt.date(2026, 3, 2)
    assert first.channel is skm.Channel.MEETING
    assert first.direction is skm.Direction.INCOMING
    assert first.sentiment == 1
    assert second.stakeholder_id == "oudergroep"  # an id in any case
    assert second.date == dt.date(2026, 3, 15)
    assert second.channel is skm.Channel.NEWSLETTER
    assert second.direction is skm.Direction.OUTGOING
    own, per_category = smap.communication
    assert own.frequency is skm.Frequency.MONTHLY
    assert (own.owner, own.start) == ("An", dt.date(2026, 2, 1))
    assert per_category.category == "ouders"
    assert per_category.channel is skm.Channel.IN_PERSON
    armoede, vaders = smap.segments
    assert armoede.id == "gezinnen_in_armoede"
    assert armoede.stakeholder_ids == ("ocmw_gent", "oudergroep")
    assert armoede.min_stakeholders == 3
    assert vaders.categories == ("vaders",)
    assert vaders.min_stakeholders == 1
    # the analyses work on what was read
    plan = skm.analysis.communication_plan(smap, lang="en")
    assert plan.loc["oudergroep", "channels"] == "in_person"
    assert plan.loc["ocmw_gent", "key_message"] == "Cijfers"


def test_problems_in_the_new_sheets_are_all_reported(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "fout.xlsx",
        {
            "actoren": ACTOREN,
            "contacten": [
                ["actor", "datum", "kanaal", "sfeer"],
                ["OCMW Gent", "2026-03-02", "duif", 1],  # unknown channel
                ["Politie", "2026-03-03", "overleg", 0],  # unknown stakeholder
                ["OCMW Gent", "", "overleg", 5],  # no date, sentiment too high
            ],
            "communicatie": [
                ["actor", "categorie", "kanaal"],
                ["OCMW Gent", "ouders", "e-mail"],  # both targets
                [None, "sport", "e-mail"],  # unknown category
            ],
        },
    )
    with pytest.raises(InputDataError) as info:
        skm.io.read(path)
    failures = info.value.failures
    where = set(zip(failures["sheet"], failures["row"], strict=True))
    assert {("contacten", 2), ("contacten", 3), ("contacten", 4)} <= where
    assert {("communicatie", 2), ("communicatie", 3)} <= where
    text = str(info.value)
    assert "'duif'" in text
    assert "'Politie'" in text
    assert "'sport'" in text


def test_frames_of_the_new_tables(smap: skm.StakeholderMap) -> None:
    log = skm.to_dataframe(smap, table="interactions")
    assert log["stakeholder_id"].tolist() == ["ocmw", "ouders"]
    plan = skm.to_dataframe(smap, table="communication")
    segments = skm.to_dataframe(smap, table="segments")
    stakeholders = skm.to_dataframe(smap)
    back = skm.from_dataframe(
        stakeholders,
        name=smap.name,
        tables={
            "interests": skm.to_dataframe(smap, table="interests"),
            "interactions": log,
            "communication": plan,
            "segments": segments,
        },
    )
    assert back.interactions == smap.interactions
    assert back.communication == smap.communication
    assert back.segments == smap.segments
    assert pd.api.types.is_datetime64_any_dtype(log["date"])
