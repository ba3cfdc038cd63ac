"""Fixtures for the reader and writer tests: workbooks built from lists, a full map."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import InputDataError

Sheets = dict[str, list[list[Any]]]


@pytest.fixture
def xlsx(tmp_path: Path) -> Callable[..., Path]:
    """Return a function that writes a workbook from {sheet: rows} and its path."""

    def make(sheets: Sheets, name: str = "kaart.xlsx") -> Path:
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for title, rows in sheets.items():
            ws = wb.create_sheet(title)
            for row in rows:
                ws.append(row)
        path = tmp_path / name
        wb.save(path)
        return path

    return make


@pytest.fixture
def problems() -> Callable[..., list[tuple[Any, ...]]]:
    """Return a function that reads a file and lists (sheet, row, column, value)."""

    def run(path: Path, **kwargs: Any) -> list[tuple[Any, ...]]:
        with pytest.raises(InputDataError) as info:
            skm.read(path, **kwargs)
        return [
            (r["sheet"], r["row"], r["column"], r["value"]) for r in info.value.records
        ]

    return run


@pytest.fixture
def full_map() -> skm.StakeholderMap:
    """A small Dutch map with every table filled and some awkward values."""
    return skm.StakeholderMap(
        name="Huis van het Kind Noord",
        description="Test: alle tabellen",
        language="nl",
        date=dt.date(2026, 3, 15),
        scale=skm.Scale(min=0, max=10, labels={0: "geen", 10: "zeer veel"}),
        stakeholders=[
            skm.Stakeholder(
                id="ocmw",
                name="OCMW Gent",
                short_name="OCMW",
                category="overheid",
                power=9,
                interest=7.5,
                attitude=1,
                legitimacy=8,
                urgency=3,
                proximity=6,
                engagement_current="neutral",
                engagement_desired="leading",
                participation="collaborate",
                tags=["armoede", "jeugd"],
                contact="An Peeters",
                notes="=Niet een formule",
                source="werkgroep",
                assessed_on=dt.date(2026, 2, 1),
            ),
            skm.Stakeholder(id="clb", name="CLB Gent", category="onderwijs", power=4),
            skm.Stakeholder(
                id="ouders", name="Oudergroep Één", parent="ocmw", attitude=-0.5
            ),
        ],
        relations=[
            skm.Relation(
                source="ocmw",
                target="clb",
                kind="funding",
                weight=8,
                channel="newsletter",
                frequency="monthly",
                notes="jaarlijks bedrag",
            ),
            skm.Relation(
                source="clb", target="ouders", kind="conflict", directed=False
            ),
        ],
        interests=[
            skm.Interest(id="armoede", name="Kinderarmoede", description="Aanpak"),
        ],
        stakes=[
            skm.Stake(
                stakeholder_id="ocmw", interest_id="armoede", position=2, importance=9
            )
        ],
        assessments=[
            skm.Assessment(
                stakeholder_id="clb",
                rater="Sara",
                date=dt.date(2026, 3, 1),
                power=5,
                confidence=0.8,
                rationale="workshop",
            )
        ],
        interactions=[
            skm.Interaction(
                stakeholder_id="ocmw",
                date=dt.date(2026, 3, 2),
                channel="meeting",
                direction="incoming",
                interest_id="armoede",
                sentiment=1,
            )
        ],
        communication=[
            skm.CommunicationItem(
                category="onderwijs", channel="email", frequency="quarterly"
            ),
            skm.CommunicationItem(
                stakeholder_id="ouders",
                channel="in_person",
                participation="involve",
                start=dt.date(2026, 4, 1),
            ),
        ],
        segments=[
            skm.Segment(
                name="Gezinnen in armoede",
                stakeholder_ids=["ocmw", "ouders"],
                categories=["welzijn"],
                tags=["armoede"],
                min_stakeholders=2,
            )
        ],
    )
