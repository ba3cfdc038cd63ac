"""A coordinator's own workbook, as people make them (issue "Real data in").

Sheet ``Stakeholders`` with a title block above the headers, the headers and words
of a real Dutch workbook (``MACHT``, ``Houding``, ``Regio``, ``Contactpersoon``,
``Opmerkingen``), and a sheet ``Relaties`` with ``Van, Naar, Soort``, including
the common referral tie ``doorverwijzing``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

HEADERS = [
    "Naam",
    "Type",
    "MACHT",
    "Belang",
    "Houding",
    "Regio",
    "Contactpersoon",
    "Opmerkingen",
]

ROWS: list[list[Any]] = [
    [
        "Huis van het Kind Noord",
        "netwerk",
        4,
        5,
        "trekker",
        "Noord",
        "An Peeters",
        "Coördinatie",
    ],
    ["OCMW", "overheid", 5, 4, "positief", "Stad", "Bart Claes", None],
    [
        "Consultatiebureau Kind & Gezin",
        "zorg",
        3,
        5,
        "enthousiast",
        "Noord",
        "Carla De Smet",
        "Wekelijks spreekuur",
    ],
    ["Kinderopvang Het Nest", "opvang", 2, 4, "afwachtend", "Zuid", None, None],
    [
        "Basisschool De Regenboog",
        "onderwijs",
        3,
        3,
        "kritisch",
        "Zuid",
        "Dirk Jans",
        "Wil eerst resultaten zien",
    ],
    ["CAW", "welzijn", 3, 4, "terughoudend", "Stad", "Els Wouters", None],
    ["CLB", "onderwijs", 2, 3, "neutraal", "Noord", None, "Nieuwe directeur"],
    ["Bibliotheek", "cultuur", 2, 2, "voor", "Stad", "Frank Maes", None],
    [
        "Oudergroep Samen Sterk",
        "ouders",
        1,
        5,
        "enthousiast",
        "Noord",
        "Greet Lemmens",
        "Vrijwilligers",
    ],
    [
        "Schepen van Jeugd",
        "overheid",
        5,
        3,
        "ambivalent",
        "Stad",
        None,
        "Verkiezingen 2026",
    ],
]

RELATIONS = [
    ["Van", "Naar", "Soort"],
    ["Consultatiebureau Kind & Gezin", "CAW", "doorverwijzing"],
    ["CAW", "OCMW", "doorverwijzing"],
    ["OCMW", "Huis van het Kind Noord", "financiering"],
    ["Huis van het Kind Noord", "Oudergroep Samen Sterk", "informatie"],
    ["CLB", "Basisschool De Regenboog", "samenwerking"],
    ["Kinderopvang Het Nest", "Consultatiebureau Kind & Gezin", "doorverwijzing"],
]

REGIONS = {row[0]: row[5] for row in ROWS}
CONTACTS = {row[0]: row[6] for row in ROWS}
NOTES = {row[0]: row[7] for row in ROWS}


def write_workbook(path: Path) -> Path:
    """Write the workbook with openpyxl, as Excel would save it."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Stakeholders"
    ws.append(["Stakeholderanalyse Huis van het Kind Noord"])
    ws.append(["Versie maart 2026"])
    ws.append([])
    ws.append(HEADERS)
    for row in ROWS:
        ws.append(row)
    rel = wb.create_sheet("Relaties")
    for row in RELATIONS:
        rel.append(row)
    wb.save(path)
    return path


def write_csv(path: Path) -> Path:
    """Write the stakeholders as Dutch Excel saves CSV: semicolons, cp1252, commas."""
    lines = [";".join(HEADERS)]
    for row in ROWS:
        cells = ["" if v is None else str(v) for v in row]
        cells[2] = f"{row[2]},0"  # a decimal comma, as text
        lines.append(";".join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path
