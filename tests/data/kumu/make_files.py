"""Write the Kumu-style test files in this folder, byte for byte the same each run.

Run from the repository root: ``python tests/data/kumu/make_files.py``. The maps
are made up (no real people or organisations); they follow the layouts that
Kumu's import documentation describes:

- ``vlasbeke_partnerschap.xlsx``: a Dutch family-support partnership of 40
  elements on two element sheets (``Organisaties``, ``Aanbod``) with free types,
  ``|``-separated tags, numbers (``Budget``, ``Plaatsen``), a connections sheet
  with free connection types, several names in one ``To`` cell, a connection to
  an element without a row, mixed strengths, and a sheet Kumu ignores;
- ``vlasbeke_verbindingen.xlsx``: a workbook with only a connections sheet;
- ``vlasbeke_elementen.csv`` and ``vlasbeke_verbindingen.csv``: the same kind of
  data as two CSV files, as Dutch Excel writes them (``;``);
- ``startup_ecosystem.xlsx``: an English startup-ecosystem map with an ``ID``
  column, two elements that share a label (different types), connection types
  such as ``Employee/Founder`` and ``Investor``, IDs on some connections and an
  exact repeat of a connection row;
- ``startup_ecosystem.json``: a project export of that map (``_id`` keys, fields
  under ``attributes``, ``maps`` and ``loops``), with ``reversed`` and ``mutual``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
_STAMP = (2026, 1, 1, 0, 0, 0)

ORGANISATIES = [
    # Label, Type, Description, Tags, Gemeente, Budget
    (
        "Huis van het Kind Vlasbeke",
        "Netwerk",
        "Trekt het partnerschap.",
        "coördinatie|netwerk",
        "Vlasbeke",
        85000,
    ),
    (
        "OCMW Vlasbeke",
        "Overheid",
        "Sociale dienst van de gemeente.",
        "armoede|welzijn",
        "Vlasbeke",
        1250000,
    ),
    (
        "Gemeente Vlasbeke",
        "Overheid",
        "Schepen van welzijn en jeugd.",
        "beleid",
        "Vlasbeke",
        2400000,
    ),
    (
        "Kind en Gezin",
        "Agentschap",
        "Consultatiebureau en preventie.",
        "preventie|jonge kinderen",
        "Vlasbeke",
        None,
    ),
    (
        "Opgroeien regie",
        "Agentschap",
        "Erkent en subsidieert.",
        "subsidie",
        "Brussel",
        None,
    ),
    (
        "CAW Oost-Vlaanderen",
        "Welzijn",
        "Algemeen welzijnswerk.",
        "welzijn|huisvesting",
        "Gent",
        640000,
    ),
    (
        "CLB Vlasbeke",
        "Onderwijs",
        "Centrum voor leerlingenbegeleiding.",
        "onderwijs|zorg",
        "Vlasbeke",
        310000,
    ),
    ("Basisschool De Regenboog", "Onderwijs", None, "onderwijs", "Vlasbeke", 45000),
    ("Basisschool Sint-Jozef", "Onderwijs", None, "onderwijs", "Oostdorp", 38000),
    (
        "Kinderopvang 't Kabouterhuis",
        "Kinderopvang",
        "Groepsopvang, 36 plaatsen.",
        "opvang|jonge kinderen",
        "Vlasbeke",
        120000,
    ),
    ("Kinderopvang Zonnetje", "Kinderopvang", None, "opvang", "Oostdorp", 90000),
    ("Onthaalouder An", "Kinderopvang", "Gezinsopvang.", "opvang", "Vlasbeke", None),
    ("Buurtwerk Vlasbeke-Noord", "Welzijn", None, "buurt|armoede", "Vlasbeke", 52000),
    (
        "Vereniging waar armen het woord nemen",
        "Vereniging",
        None,
        "armoede|participatie",
        "Vlasbeke",
        18000,
    ),
    ("Huisartsenkring Vlasbeke", "Zorg", None, "zorg|gezondheid", "Vlasbeke", None),
    (
        "Vroedvrouwenpraktijk Moeder & Kind",
        "Zorg",
        None,
        "zorg|jonge kinderen",
        "Vlasbeke",
        None,
    ),
    (
        "Bibliotheek Vlasbeke",
        "Cultuur",
        "Voorleesuurtjes en Boekstart.",
        "taal|cultuur",
        "Vlasbeke",
        75000,
    ),
    ("Academie Vlasbeke", "Cultuur", None, "cultuur", "Vlasbeke", None),
    ("Sportdienst Vlasbeke", "Overheid", None, "sport|vrije tijd", "Vlasbeke", 210000),
    ("Jeugdhuis De Klinker", "Jeugdwerk", None, "jeugd", "Vlasbeke", 26000),
    ("Chiro Vlasbeke", "Jeugdwerk", None, "jeugd|vrije tijd", "Vlasbeke", 4000),
    (
        "Centrum Geestelijke Gezondheidszorg",
        "Zorg",
        None,
        "zorg|psychisch welzijn",
        "Gent",
        None,
    ),
    ("Lokaal Opvanginitiatief", "Welzijn", None, "nieuwkomers", "Vlasbeke", 60000),
    (
        "Agentschap Integratie en Inburgering",
        "Agentschap",
        None,
        "nieuwkomers|taal",
        "Gent",
        None,
    ),
    ("Sociaal Verhuurkantoor", "Wonen", None, "huisvesting", "Oostdorp", None),
    (
        "Voedselbank Vlasbeke",
        "Vereniging",
        "Voedselpakketten, elke donderdag.",
        "armoede|voedsel",
        "Vlasbeke",
        9000,
    ),
    ("Ouderraad De Regenboog", "Ouders", None, "ouders|onderwijs", "Vlasbeke", None),
    ("Gezinsbond Vlasbeke", "Vereniging", None, "ouders|gezin", "Vlasbeke", 3500),
]

AANBOD = [
    # Label, Type, Tags, Doelgroep, Plaatsen
    ("Consultatiebureau Centrum", "Aanbod", "preventie", "0-3 jaar", 40),
    ("Consultatiebureau Noord", "Aanbod", "preventie", "0-3 jaar", 25),
    ("Opvoedingswinkel", "Aanbod", "opvoeding|ondersteuning", "ouders", None),
    ("Babykaffee", "Aanbod", "ontmoeting|jonge kinderen", "0-3 jaar", 15),
    ("Spelotheek", "Aanbod", "spel|ontmoeting", "0-12 jaar", None),
    ("Huiswerkbegeleiding", "Aanbod", "onderwijs", "6-12 jaar", 30),
    ("Taalstimulering thuis", "Aanbod", "taal|jonge kinderen", "2-4 jaar", 12),
    ("Boekstart", "Aanbod", "taal|cultuur", "0-3 jaar", None),
    ("Ouderavonden", "Aanbod", "opvoeding", "ouders", 60),
    ("Vrijetijdspas", "Aanbod", "armoede|vrije tijd", "gezinnen", None),
    ("Gezinscoaching", "Aanbod", "ondersteuning|armoede", "gezinnen", 18),
    ("Sportkampen", "Aanbod", "sport|vrije tijd", "6-12 jaar", 80),
]

VERBINDINGEN = [
    # From, To, Type, Strength, Description
    (
        "Opgroeien regie",
        "Huis van het Kind Vlasbeke",
        "Subsidie",
        5,
        "Werkingssubsidie",
    ),
    (
        "Gemeente Vlasbeke",
        "Huis van het Kind Vlasbeke|OCMW Vlasbeke|Sportdienst Vlasbeke",
        "Subsidie",
        4,
        None,
    ),
    (
        "Huis van het Kind Vlasbeke",
        "Kind en Gezin|CAW Oost-Vlaanderen|CLB Vlasbeke|Bibliotheek Vlasbeke",
        "Overleg",
        4,
        "Stuurgroep, vier keer per jaar",
    ),
    (
        "Kind en Gezin",
        "Consultatiebureau Centrum|Consultatiebureau Noord",
        "Organiseert",
        5,
        None,
    ),
    ("OCMW Vlasbeke", "Gezinscoaching", "Organiseert", 5, None),
    ("OCMW Vlasbeke", "Vrijetijdspas", "Organiseert", 4, None),
    ("OCMW Vlasbeke", "Voedselbank Vlasbeke", "Doorverwijzing", "sterk", None),
    ("OCMW Vlasbeke", "Sociaal Verhuurkantoor", "Doorverwijzing", 3, None),
    ("CAW Oost-Vlaanderen", "OCMW Vlasbeke", "Doorverwijzing", 3, None),
    (
        "CLB Vlasbeke",
        "Basisschool De Regenboog|Basisschool Sint-Jozef",
        "Begeleiding",
        4,
        None,
    ),
    ("CLB Vlasbeke", "Centrum Geestelijke Gezondheidszorg", "Doorverwijzing", 2, None),
    ("Basisschool De Regenboog", "Huiswerkbegeleiding", "Samenwerking", 3, None),
    (
        "Ouderraad De Regenboog",
        "Basisschool De Regenboog",
        "Inspraak",
        "wisselend",
        None,
    ),
    ("Bibliotheek Vlasbeke", "Boekstart", "Organiseert", 5, None),
    ("Bibliotheek Vlasbeke", "Taalstimulering thuis", "Samenwerking", 3, None),
    (
        "Huis van het Kind Vlasbeke",
        "Opvoedingswinkel|Babykaffee|Ouderavonden",
        "Coördineert",
        4,
        None,
    ),
    (
        "Kinderopvang 't Kabouterhuis",
        "Kind en Gezin",
        "Toezicht",
        2,
        "Kwaliteitsopvolging",
    ),
    ("Kinderopvang Zonnetje", "Kind en Gezin", "Toezicht", 2, None),
    ("Onthaalouder An", "Kind en Gezin", "Toezicht", 2, None),
    ("Buurtwerk Vlasbeke-Noord", "Spelotheek", "Organiseert", 4, None),
    (
        "Buurtwerk Vlasbeke-Noord",
        "Vereniging waar armen het woord nemen",
        "Samenwerking",
        4,
        None,
    ),
    (
        "Vereniging waar armen het woord nemen",
        "Huis van het Kind Vlasbeke",
        "Inspraak",
        3,
        "Ervaringsdeskundigen in de stuurgroep",
    ),
    (
        "Huisartsenkring Vlasbeke",
        "Vroedvrouwenpraktijk Moeder & Kind",
        "Doorverwijzing",
        3,
        None,
    ),
    (
        "Vroedvrouwenpraktijk Moeder & Kind",
        "Consultatiebureau Centrum",
        "Doorverwijzing",
        4,
        None,
    ),
    ("Sportdienst Vlasbeke", "Sportkampen", "Organiseert", 5, None),
    (
        "Sportdienst Vlasbeke",
        "Chiro Vlasbeke|Jeugdhuis De Klinker",
        "Subsidie",
        2,
        None,
    ),
    (
        "Lokaal Opvanginitiatief",
        "Agentschap Integratie en Inburgering",
        "Doorverwijzing",
        3,
        None,
    ),
    (
        "Agentschap Integratie en Inburgering",
        "Taalstimulering thuis",
        "Samenwerking",
        2,
        None,
    ),
    ("Gezinsbond Vlasbeke", "Ouderavonden", "Samenwerking", 3, None),
    ("Academie Vlasbeke", "Bibliotheek Vlasbeke", "Samenwerking", 2, None),
    # Named here only: Kumu creates the element, and so does read_kumu.
    ("Buurtwerk De Brug", "Huis van het Kind Vlasbeke", "Overleg", 2, None),
]

STARTUP_ELEMENTS = [
    # ID, Label, Type, Description, Tags, Region, Net Worth, Image
    (
        "p-ada",
        "Ada Moreau",
        "Person",
        "Serial founder.",
        "Founder|Engineer",
        "Bay Area",
        2.4e9,
        "https://example.org/img/ada.png",
    ),
    (
        "p-ben",
        "Ben Okafor",
        "Person",
        None,
        "Founder|Investor",
        "Bay Area",
        9.5e8,
        None,
    ),
    (
        "p-chen",
        "Chen Li",
        "Person",
        "Former CTO of Nimbus.",
        "Engineer",
        "Seattle",
        None,
        None,
    ),
    ("p-dana", "Dana Kowalski", "Person", None, "Investor", "New York", 3.1e8, None),
    ("p-eli", "Eli Haddad", "Person", None, "Founder", "Austin", None, None),
    (
        "c-nimbus",
        "Nimbus",
        "Company",
        "Payments start-up.",
        "Fintech|Payments",
        "Bay Area",
        None,
        "https://example.org/img/nimbus.png",
    ),
    ("c-orbit", "Orbit Labs", "Company", None, "AI", "Seattle", None, None),
    ("c-quill", "Quill", "Company", None, "Media", "New York", None, None),
    # Two elements share a label; their types (and IDs) tell them apart.
    (
        "c-north",
        "Northstar",
        "Company",
        "Logistics software.",
        "Logistics",
        "Austin",
        None,
        None,
    ),
    ("f-north", "Northstar", "Fund", "Seed fund.", "Venture", "Austin", 4.0e8, None),
    ("f-redwood", "Redwood Ventures", "Fund", None, "Venture", "Bay Area", 1.2e9, None),
    (
        "f-harbor",
        "Harbor Capital",
        "Fund",
        None,
        "Venture|Growth",
        "New York",
        None,
        None,
    ),
]

STARTUP_CONNECTIONS = [
    # ID, From, To, Type, Direction, Strength, Description
    ("k-1", "p-ada", "c-nimbus", "Employee/Founder", "directed", 5, "Co-founder"),
    ("k-2", "p-ben", "c-nimbus", "Employee/Founder", "directed", 5, "Co-founder"),
    ("k-3", "p-chen", "c-nimbus", "Employee/Founder", None, 4, "CTO 2015-2019"),
    ("k-4", "p-chen", "c-orbit", "Employee/Founder", None, 5, None),
    ("k-5", "p-eli", "c-north", "Employee/Founder", None, 5, None),
    ("k-6", "f-redwood", "c-nimbus", "Investor", None, "Strong", "Series A"),
    # Two funding rounds: the same row twice, no ID; Kumu draws both.
    (None, "f-north", "c-orbit", "Investor", None, 3, "Seed"),
    (None, "f-north", "c-orbit", "Investor", None, 3, "Seed"),
    (None, "f-harbor", "c-quill|c-north", "Investor", None, 2, None),
    (None, "p-dana", "f-harbor", "Employee/Founder", None, 4, "General partner"),
    (None, "p-ada", "p-ben", "Personal", "mutual", None, None),
    (None, "p-ada", "p-dana", "Advisor", "undirected", "It's complicated", None),
    (None, "p-ben", "f-north", "Investor", None, 2, "Limited partner"),
]


def _save_workbook(wb: openpyxl.Workbook, path: Path) -> None:
    """Save a workbook with fixed dates, so the bytes do not change between runs."""
    import datetime as dt

    stamp = dt.datetime(*_STAMP)
    wb.properties.created = stamp
    wb.properties.creator = "stakeholder_map tests"
    buffer = io.BytesIO()
    wb.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src:
        members = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*",
                    rb"\g<1>2026-01-01T00:00:00Z",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=_STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    path.write_bytes(out.getvalue())


def _sheet(wb: openpyxl.Workbook, title: str, headers: list[str], rows: list) -> None:
    ws = wb.create_sheet(title)
    ws.append(headers)
    for row in rows:
        ws.append(list(row))


def vlasbeke(folder: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    _sheet(
        wb,
        "Organisaties",
        ["Label", "Type", "Description", "Tags", "Gemeente", "Budget"],
        ORGANISATIES,
    )
    _sheet(wb, "Aanbod", ["Label", "Type", "Tags", "Doelgroep", "Plaatsen"], AANBOD)
    _sheet(
        wb,
        "Verbindingen",
        ["From", "To", "Type", "Strength", "Description"],
        VERBINDINGEN,
    )
    _sheet(wb, "Werknotities (ignore)", ["Wie", "Wat"], [("An", "nakijken")])
    _save_workbook(wb, folder / "vlasbeke_partnerschap.xlsx")

    wb = openpyxl.Workbook()
    wb.active.title = "Blad1"
    ws = wb.active
    ws.append(["From", "To", "Type"])
    for row in VERBINDINGEN[:12]:
        ws.append(list(row[:3]))
    _save_workbook(wb, folder / "vlasbeke_verbindingen.xlsx")

    for name, headers, rows in (
        (
            "vlasbeke_elementen.csv",
            ["Label", "Type", "Tags", "Gemeente", "Budget"],
            [(r[0], r[1], r[3], r[4], r[5]) for r in ORGANISATIES[:10]],
        ),
        (
            "vlasbeke_verbindingen.csv",
            ["From", "To", "Type", "Strength"],
            [r[:4] for r in VERBINDINGEN[:10]],
        ),
    ):
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
        (folder / name).write_bytes(out.getvalue().encode("utf-8-sig"))


def startup(folder: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    _sheet(
        wb,
        "Elements",
        ["ID", "Label", "Type", "Description", "Tags", "Region", "Net Worth", "Image"],
        STARTUP_ELEMENTS,
    )
    _sheet(
        wb,
        "Connections",
        ["ID", "From", "To", "Type", "Direction", "Strength", "Description"],
        STARTUP_CONNECTIONS,
    )
    _save_workbook(wb, folder / "startup_ecosystem.xlsx")

    elements = []
    for n, (kid, label, kind, desc, tags, region, worth, image) in enumerate(
        STARTUP_ELEMENTS, start=1
    ):
        attributes = {"label": label, "element type": kind, "tags": tags.split("|")}
        attributes.update(
            {
                k: v
                for k, v in (
                    ("description", desc),
                    ("region", region),
                    ("net worth", worth),
                    ("image", image),
                )
                if v is not None
            }
        )
        elements.append({"_id": f"elem-{n:04d}", "id": kid, "attributes": attributes})
    by_kid = {e["id"]: e["_id"] for e in elements}
    connections = []
    n = 0
    for _kid, source, targets, kind, direction, strength, desc in STARTUP_CONNECTIONS:
        for target in targets.split("|"):
            n += 1
            attributes = {"connection type": kind}
            if strength is not None:
                attributes["strength"] = strength
            if desc is not None:
                attributes["description"] = desc
            item = {
                "_id": f"conn-{n:04d}",
                "from": by_kid[source],
                "to": by_kid[target],
                "direction": direction or "directed",
                "reversed": False,
                "attributes": attributes,
            }
            connections.append(item)
    # Drawn from the company to its investor, then turned around in Kumu.
    connections.append(
        {
            "_id": "conn-0100",
            "from": by_kid["c-quill"],
            "to": by_kid["f-redwood"],
            "direction": "directed",
            "reversed": True,
            "attributes": {"connection type": "Investor", "description": "Seed"},
        }
    )
    project = {
        "elements": elements,
        "connections": connections,
        "loops": [],
        "maps": [
            {
                "_id": "map-0001",
                "name": "Ecosystem",
                "elements": [
                    {"element": e["_id"], "position": {"x": 100 * i, "y": 0}}
                    for i, e in enumerate(elements)
                ],
            }
        ],
    }
    text = json.dumps(project, ensure_ascii=False, indent=2) + "\n"
    (folder / "startup_ecosystem.json").write_text(text, encoding="utf-8")


def main(folder: Path = HERE) -> None:
    """Write every file into ``folder``."""
    vlasbeke(folder)
    startup(folder)


if __name__ == "__main__":
    main()
