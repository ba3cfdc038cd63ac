"""Kumu's files, case by case as Kumu's import documentation describes them.

One test per documented case, then the writer's layout, then the realistic files
in ``tests/data/kumu`` (made by ``tests/data/kumu/make_files.py``).
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import (
    InputDataError,
    InputNoteWarning,
    StakeholderMapWarning,
)

DATA = Path(__file__).parents[1] / "data" / "kumu"


def _workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def _blueprint(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _pairs(smap: skm.StakeholderMap) -> list[tuple[str, str]]:
    return [(r.source, r.target) for r in smap.relations]


# --------------------------------------------------------------------------------
# Reading: the documented cases
# --------------------------------------------------------------------------------


def test_connection_type_is_free_text_kept_as_written(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "m.xlsx",
        {
            "Elements": [["Label"], ["Barack"], ["Michelle"], ["Ed"], ["NSA"]],
            "Connections": [
                ["From", "To", "Type"],
                ["Barack", "Michelle", "Personal"],
                ["Ed", "NSA", "Contractor"],
                ["Ed", "Barack", "Employee/Founder"],
            ],
        },
    )
    smap = skm.io.read_kumu(path)
    assert [r.kind for r in smap.relations] == [
        "Personal",
        "Contractor",
        "Employee/Founder",
    ]


def test_exact_repeats_of_a_connection_are_each_a_connection(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "m.xlsx",
        {
            "Elements": [["Label"], ["Oahu"], ["Waimea Bay"]],
            "Connections": [
                ["From", "To"],
                ["Oahu", "Waimea Bay"],
                ["Oahu", "Waimea Bay"],
                ["Oahu", "Waimea Bay"],
            ],
        },
    )
    smap = skm.io.read_kumu(path)
    assert _pairs(smap) == [("oahu", "waimea_bay")] * 3
    assert [r.id for r in smap.relations] == [None, "row-3", "row-4"]
    back = skm.io.read_kumu(
        skm.io.write_kumu(smap, tmp_path / "back.xlsx", profile="internal")
    )
    assert back.relations == smap.relations


def test_connections_told_apart_by_their_id(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "m.xlsx",
        {
            "Elements": [["Label"], ["Oahu"], ["Pipeline"]],
            "Connections": [
                ["ID", "From", "To"],
                ["Connection-1", "Oahu", "Pipeline"],
                ["Connection-2", "Oahu", "Pipeline"],
            ],
        },
    )
    smap = skm.io.read_kumu(path)
    assert [r.id for r in smap.relations] == ["Connection-1", "Connection-2"]


def test_an_element_is_its_label_and_type(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "m.xlsx",
        {
            "Elements": [
                ["Label", "Type", "Height"],
                ["Waimea Bay", "Double overhead", 6],
                ["Pipeline", "Head high", 2],
                ["Pipeline", "Double overhead", 5],
                ["Pipeline", "Head high", 3],  # the same element again: later wins
            ],
        },
    )
    smap = skm.io.read_kumu(path)
    assert [(s.id, s.name, s.category) for s in smap] == [
        ("waimea_bay", "Waimea Bay", "Double overhead"),
        ("pipeline_head_high", "Pipeline", "Head high"),
        ("pipeline_double_overhead", "Pipeline", "Double overhead"),
    ]
    assert smap.get("pipeline_head_high").attributes == {"Height": 3}


def test_an_id_column_identifies_elements(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "m.xlsx",
        {
            "Elements": [
                ["ID", "Label", "Type"],
                ["Wave-1", "Waimea Bay", "Double overhead"],
                ["Wave-2", "Pipeline", "Head high"],
                ["Wave-2", "Pipeline", "Double overhead"],
                ["Wave-3", "Sunset Beach", "Head high"],
            ],
            "Connections": [["From", "To"], ["Wave-1", "Wave-2"]],
        },
    )
    smap = skm.io.read_kumu(path)
    assert smap.ids == ("Wave-1", "Wave-2", "Wave-3")
    assert smap.get("Wave-2").category == "Double overhead"
    assert _pairs(smap) == [("Wave-1", "Wave-2")]


def test_elements_with_ids_may_share_a_label(tmp_path: Path) -> None:
    path = _blueprint(
        tmp_path / "m.json",
        {
            "elements": [{"id": "e1", "label": "A"}, {"id": "e2", "label": "A"}],
            "connections": [{"id": "c1", "from": "e1", "to": "e2"}],
        },
    )
    smap = skm.io.read_kumu(path)
    assert [(s.id, s.name) for s in smap] == [("e1", "A"), ("e2", "A")]
    assert [(r.source, r.target, r.id) for r in smap.relations] == [("e1", "e2", "c1")]


def test_a_label_typed_as_a_number_is_still_a_label(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "m.xlsx",
        {
            "Elements": [["Label", "Type"], [2021, 7], ["Plan", "Doc"]],
            "Connections": [["From", "To", "Type"], [2021, "Plan", 3]],
        },
    )
    smap = skm.io.read_kumu(path)
    assert [(s.id, s.name, s.category) for s in smap] == [
        ("2021", "2021", "7"),
        ("plan", "Plan", "Doc"),
    ]
    assert smap.relations[0].kind == "3"


def test_a_shared_label_in_from_or_to_is_a_clear_error(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "m.xlsx",
        {
            "Elements": [
                ["Label", "Type"],
                ["Pipeline", "Head high"],
                ["Pipeline", "Double overhead"],
                ["Oahu", "Island"],
            ],
            "Connections": [["From", "To"], ["Oahu", "Pipeline"]],
        },
    )
    with pytest.raises(InputDataError, match="label of several elements") as info:
        skm.io.read_kumu(path)
    failure = info.value.failures.iloc[0]
    assert (failure["file"], failure["sheet"], failure["row"], failure["column"]) == (
        "m.xlsx",
        "Connections",
        2,
        "To",
    )
    with pytest.raises(InputDataError, match="label van meerdere elementen"):
        skm.io.read_kumu(path, lang="nl")


def test_several_labels_in_to_and_from_make_one_connection_each(
    tmp_path: Path,
) -> None:
    path = _workbook(
        tmp_path / "m.xlsx",
        {
            "Elements": [["Label"], ["A"], ["B"], ["C"], ["D"]],
            "Connections": [
                ["From", "To", "Type"],
                ["A", "B | C|D", "Knows"],
                ["B|C", "D", "Knows"],
            ],
        },
    )
    smap = skm.io.read_kumu(path)
    assert _pairs(smap) == [("a", "b"), ("a", "c"), ("a", "d"), ("b", "d"), ("c", "d")]


def test_a_connection_to_an_element_without_a_row_creates_it(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "m.xlsx",
        {
            "Elements": [["Label"], ["OCMW"]],
            "Connections": [["From", "To"], ["OCMW", "Buurtwerk"], ["CAW", "OCMW"]],
        },
    )
    with pytest.warns(InputNoteWarning, match="'Buurtwerk', 'CAW'"):
        smap = skm.io.read_kumu(path)
    assert [(s.id, s.name) for s in smap] == [
        ("ocmw", "OCMW"),
        ("buurtwerk", "Buurtwerk"),
        ("caw", "CAW"),
    ]
    with pytest.warns(InputNoteWarning, match="werden ze aangemaakt"):
        skm.io.read_kumu(path, lang="nl")


def test_a_workbook_with_only_connections(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "m.xlsx",
        {"Sheet1": [["From", "To", "Type"], ["Ouders", "CLB", "vraagt hulp"]]},
    )
    with pytest.warns(InputNoteWarning, match="2 element"):
        smap = skm.read(path)
    assert smap.ids == ("ouders", "clb")
    assert smap.relations[0].kind == "vraagt hulp"


def test_reversed_turns_a_connection_around(tmp_path: Path) -> None:
    path = _blueprint(
        tmp_path / "m.json",
        {
            "elements": [{"label": "A"}, {"label": "B"}],
            "connections": [
                {"from": "A", "to": "B", "reversed": True},
                {"from": "A", "to": "B", "reversed": False, "type": "x"},
            ],
        },
    )
    assert _pairs(skm.io.read_kumu(path)) == [("b", "a"), ("a", "b")]


@pytest.mark.parametrize("suffix", [".xlsx", ".json"])
def test_direction_directed_undirected_and_mutual(tmp_path: Path, suffix: str) -> None:
    path = _blueprint(
        tmp_path / "m.json",
        {
            "elements": [{"label": "A"}, {"label": "B"}],
            "connections": [
                {"from": "A", "to": "B", "type": "d", "direction": "directed"},
                {"from": "A", "to": "B", "type": "u", "direction": "undirected"},
                {"from": "A", "to": "B", "type": "m", "direction": "mutual"},
                {"from": "A", "to": "B", "type": "none"},
            ],
        },
    )
    smap = skm.io.read_kumu(path)
    assert [(r.directed, r.attributes) for r in smap.relations] == [
        (True, {}),
        (False, {}),
        (False, {"Mutual": True}),
        (True, {}),
    ]
    written = skm.io.write_kumu(smap, tmp_path / f"out{suffix}", profile="internal")
    if suffix == ".xlsx":
        ws = openpyxl.load_workbook(written)["Connections"]
        column = [c.value for c in ws[1]].index("Direction")
        directions = [row[column].value for row in ws.iter_rows(min_row=2)]
        assert directions == ["directed", "undirected", "mutual", "directed"]
    assert skm.io.read_kumu(written).relations == smap.relations


def test_every_other_column_is_kept(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "m.xlsx",
        {
            "Elements": [
                [
                    "Label",
                    "Type",
                    "Description",
                    "Tags",
                    "Region",
                    "Net Worth",
                    "Image",
                ],
                [
                    "Jeff",
                    "Person",
                    "Co-founder",
                    "Founder|Male|Runner",
                    "West",
                    1.5e6,
                    "http://x/j.png",
                ],
                ["Kumu", "Company", None, "Mapping|Technology", None, None, None],
            ],
            "Connections": [
                ["From", "To", "Type", "Description", "Tags", "Label", "Since"],
                ["Jeff", "Kumu", "Founder", "Started it", "core|staff", "CEO", 2011],
            ],
        },
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing dropped, so nothing to warn of
        smap = skm.io.read_kumu(path)
    jeff = smap.get("jeff")
    assert (jeff.name, jeff.category, jeff.description, jeff.tags) == (
        "Jeff",
        "Person",
        "Co-founder",
        ("Founder", "Male", "Runner"),
    )
    assert jeff.attributes == {
        "Region": "West",
        "Net Worth": 1.5e6,
        "Image": "http://x/j.png",
    }
    relation = smap.relations[0]
    assert (relation.kind, relation.notes) == ("Founder", "Started it")
    assert relation.attributes == {
        "Tags": ("core", "staff"),
        "Label (Kumu)": "CEO",  # `label` is a name our relations keep for files
        "Since": 2011,
    }
    written = skm.io.write_kumu(smap, tmp_path / "back.xlsx", profile="internal")
    back = skm.io.read_kumu(written)
    assert _sheet_rows(tmp_path / "back.xlsx", "Connections")[0][-3:] == [
        "Tags",
        "Label",
        "Since",
    ]
    assert back.relations == smap.relations


def test_strength_is_the_weight_when_it_is_a_number(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "m.xlsx",
        {
            "Elements": [["Label"], ["A"], ["B"]],
            "Connections": [
                ["From", "To", "Type", "Strength"],
                ["A", "B", "x", 4],
                ["A", "B", "y", "Strong"],
                ["A", "B", "z", 40],
            ],
        },
    )
    smap = skm.io.read_kumu(path)
    assert [(r.weight, r.attributes) for r in smap.relations] == [
        (4.0, {}),
        (None, {"Strength": "Strong"}),
        (None, {"Strength": 40}),
    ]


def test_sheets_are_found_by_their_headers(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "m.xlsx",
        {
            "People": [["Label", "Type", "Age"], ["An", "Person", 34]],
            "Organisations": [["ID", "Label", "Budget"], ["org-1", "OCMW", 1000]],
            "Links": [["From", "To"], ["An", "org-1"]],
            "Scratch (ignore)": [["Label"], ["not an element"]],
            "Notes": [["Who", "What"], ["An", "call back"]],
        },
    )
    smap = skm.read(path)
    assert [(s.id, s.attributes) for s in smap] == [
        ("an", {"Age": 34}),
        ("org-1", {"Budget": 1000}),
    ]
    assert _pairs(smap) == [("an", "org-1")]


def test_two_blank_rows_start_a_new_table(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "m.xlsx",
        {
            "Sheet1": [
                ["Label", "Type"],
                ["A", "x"],
                ["B", "y"],
                [None],
                [None],
                ["From", "To"],
                ["A", "B"],
            ]
        },
    )
    smap = skm.io.read_kumu(path)
    assert smap.ids == ("a", "b")
    assert _pairs(smap) == [("a", "b")]


def test_csv_files_are_told_apart_by_their_headers(tmp_path: Path) -> None:
    elements = tmp_path / "e.csv"
    elements.write_text("Label,Type,Budget\nOCMW,Overheid,12.5\nCLB,Onderwijs,\n")
    connections = tmp_path / "c.csv"
    connections.write_text("From;To;Type\nOCMW;CLB|Ouders;overleg\n")
    with pytest.warns(InputNoteWarning, match="'Ouders'"):
        smap = skm.io.read_kumu([connections, elements])
    assert [(s.id, s.attributes) for s in smap] == [
        ("ocmw", {"Budget": 12.5}),
        ("clb", {}),
        ("ouders", {}),
    ]
    assert _pairs(smap) == [("ocmw", "clb"), ("ocmw", "ouders")]
    assert skm.read(elements).ids == ("ocmw", "clb")


def test_project_export_with_ids_and_nested_attributes(tmp_path: Path) -> None:
    path = _blueprint(
        tmp_path / "project.json",
        {
            "elements": [
                {"_id": "e9x", "attributes": {"label": "A", "element type": "Org"}},
                {"_id": "e7y", "attributes": {"label": "B", "tags": ["t1", "t2"]}},
            ],
            "connections": [
                {
                    "_id": "c1z",
                    "from": "e9x",
                    "to": "e7y",
                    "direction": "directed",
                    "reversed": False,
                    "attributes": {"connection type": "Funds", "strength": 3},
                }
            ],
            "loops": [],
            "maps": [{"name": "Main", "elements": []}],
        },
    )
    smap = skm.read(path)
    assert [(s.id, s.category, s.tags) for s in smap] == [
        ("a", "Org", ()),
        ("b", None, ("t1", "t2")),
    ]
    relation = smap.relations[0]
    assert (relation.source, relation.target, relation.kind, relation.weight) == (
        "a",
        "b",
        "Funds",
        3.0,
    )


def test_read_recognises_a_kumu_workbook_by_its_content(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "map.xlsx",
        {"Elements": [["Label"], ["A"], ["B"]], "Connections": [["From", "To"]]},
    )
    assert skm.read(path).ids == ("a", "b")


def test_read_still_reads_our_own_workbook(
    tmp_path: Path, tiny_map: skm.StakeholderMap
) -> None:
    path = skm.write(tiny_map, tmp_path / "kaart.xlsx")
    assert skm.read(path) == tiny_map


def test_bad_cells_are_reported_with_file_sheet_row_and_column(
    tmp_path: Path,
) -> None:
    path = _workbook(
        tmp_path / "m.xlsx",
        {
            "Elements": [["Label", "Power"], ["A", 9], ["B", "veel"]],
            "Connections": [["From", "To", "Direction"], ["A", "B", "sideways"]],
        },
    )
    with pytest.raises(InputDataError) as info:
        skm.io.read_kumu(path)
    failures = info.value.failures
    assert failures[["sheet", "row", "column"]].values.tolist() == [
        ["Elements", 2, "Power"],
        ["Elements", 3, "Power"],
        ["Connections", 2, "Direction"],
    ]
    assert set(failures["file"]) == {"m.xlsx"}
    with pytest.raises(InputDataError, match="schaal"):
        skm.io.read_kumu(path, lang="nl")


def test_a_file_without_kumu_headers(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "m.kumu.xlsx", {"Blad1": [["Naam", "Macht"]]})
    with pytest.raises(InputDataError, match="`Label` for elements"):
        skm.io.read_kumu(path)
    with pytest.raises(InputDataError, match="kolomkoppen van Kumu"):
        skm.io.read_kumu(path, lang="nl")


# --------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------


def _sheet_rows(path: Path, title: str) -> list[list[Any]]:
    ws = openpyxl.load_workbook(path)[title]
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_writer_ids_have_no_underscores_and_from_to_use_them(
    tmp_path: Path, example_map: skm.StakeholderMap
) -> None:
    with pytest.warns(StakeholderMapWarning, match="weggelaten"):
        path = skm.io.write_kumu(example_map, tmp_path / "k.xlsx", profile="internal")
    elements = _sheet_rows(path, "Elements")
    connections = _sheet_rows(path, "Connections")
    head = elements[0]
    assert head[:5] == ["ID", "Label", "Type", "Description", "Tags"]
    kumu_ids = [row[0] for row in elements[1:]]
    assert not [i for i in kumu_ids if "_" in i]
    ends = {v for row in connections[1:] for v in row[:2]}
    assert ends <= set(kumu_ids)
    ours = [row[head.index("Actor-ID")] for row in elements[1:]]
    assert "huis_van_het_kind" in ours
    back = skm.io.read_kumu(path)
    assert back.ids == example_map.ids


def test_writer_keeps_shared_names_and_tags_as_kumu_writes_them(
    tmp_path: Path,
) -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            skm.Stakeholder(id="school_a", name="School", tags=["onderwijs", "zorg"]),
            skm.Stakeholder(id="school_b", name="School"),
        ],
        relations=[skm.Relation(source="school_a", target="school_b", notes="Buren")],
    )
    path = skm.io.write_kumu(smap, tmp_path / "k.xlsx")
    elements = _sheet_rows(path, "Elements")
    assert elements[0] == ["ID", "Label", "Tags", "Stakeholder ID"]
    assert elements[1] == ["school-a", "School", "onderwijs|zorg", "school_a"]
    connections = _sheet_rows(path, "Connections")
    assert connections[0][:5] == ["From", "To", "Type", "Direction", "Description"]
    assert connections[1][:5] == ["school-a", "school-b", "Other", "directed", "Buren"]


@pytest.mark.parametrize("suffix", [".xlsx", ".json"])
def test_attributes_named_like_kumu_fields_survive(tmp_path: Path, suffix: str) -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            skm.Stakeholder(
                id="a", name="A", attributes={"Type": "vzw", "Element Type": "x"}
            ),
            skm.Stakeholder(id="b", name="B", category="school"),
        ],
        relations=[
            skm.Relation(
                source="a",
                target="b",
                attributes={"Type": "formeel", "Strength": 3, "From": 2020},
            )
        ],
    )
    path = skm.io.write_kumu(smap, tmp_path / f"k{suffix}", profile="internal")
    back = skm.io.read_kumu(path)
    assert (back.stakeholders, back.relations) == (smap.stakeholders, smap.relations)


def test_writer_uses_dutch_headers_for_a_dutch_map(tmp_path: Path) -> None:
    smap = skm.StakeholderMap(
        language="nl",
        stakeholders=[
            skm.Stakeholder(id="ocmw", name="OCMW", power=4, short_name="O"),
            skm.Stakeholder(id="clb", name="CLB", interest=3),
        ],
        relations=[
            skm.Relation(source="ocmw", target="clb", kind="funding", channel="email")
        ],
    )
    path = skm.io.write_kumu(smap, tmp_path / "k.xlsx")
    assert _sheet_rows(path, "Elements")[0] == [
        "ID",
        "Label",
        "Korte naam",
        "Macht",
        "Belang",
    ]
    connections = _sheet_rows(path, "Connections")
    assert connections[0] == ["From", "To", "Type", "Direction", "Teken", "Kanaal"]
    assert connections[1][2] == "Financiering"
    back = skm.io.read_kumu(path)
    assert (back.stakeholders, back.relations) == (smap.stakeholders, smap.relations)
    assert back.language == "nl"  # so the next workbook is Dutch too


def test_kumu_export_drops_contacts_by_default(
    tmp_path: Path, example_map: skm.StakeholderMap
) -> None:
    assert any(s.contact for s in example_map)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        default = skm.write(example_map, tmp_path / "a.kumu.json")
        internal = skm.write(example_map, tmp_path / "b.kumu.json", profile="internal")
    assert "@" not in default.read_text(encoding="utf-8")
    assert "@" in internal.read_text(encoding="utf-8")
    assert not any(s.contact or s.notes for s in skm.read(default))


# --------------------------------------------------------------------------------
# Realistic files
# --------------------------------------------------------------------------------


def test_flemish_partnership_workbook() -> None:
    with pytest.warns(InputNoteWarning, match="'Buurtwerk De Brug'"):
        smap = skm.read(DATA / "vlasbeke_partnerschap.xlsx")
    assert len(smap) == 41  # 40 rows on two element sheets, one created
    ocmw = smap.get("ocmw_vlasbeke")
    assert (ocmw.category, ocmw.tags) == ("Overheid", ("armoede", "welzijn"))
    assert ocmw.attributes == {"Gemeente": "Vlasbeke", "Budget": 1250000}
    assert smap.get("babykaffee").attributes == {
        "Doelgroep": "0-3 jaar",
        "Plaatsen": 15,
    }
    kinds = {str(r.kind) for r in smap.relations}
    # "Subsidie" is a word of the built-in kind funding; the others are kept.
    assert {"funding", "Doorverwijzing", "Organiseert", "Toezicht"} <= kinds
    from_hvhk = [
        r.target for r in smap.relations if r.source == "huis_van_het_kind_vlasbeke"
    ]
    assert len(from_hvhk) == 7  # two multi-label To cells
    texts = {r.attributes.get("Strength") for r in smap.relations} - {None}
    assert texts == {"sterk", "wisselend"}
    assert "werknotities" not in " ".join(smap.ids)


def test_flemish_connections_only_workbook() -> None:
    with pytest.warns(InputNoteWarning, match="19 element"):
        smap = skm.read(DATA / "vlasbeke_verbindingen.xlsx")
    assert len(smap.relations) == 19
    assert all(s.name for s in smap)


def test_flemish_csv_pair() -> None:
    with pytest.warns(InputNoteWarning):
        smap = skm.io.read_kumu(
            [DATA / "vlasbeke_elementen.csv", DATA / "vlasbeke_verbindingen.csv"]
        )
    assert smap.get("ocmw_vlasbeke").attributes["Budget"] == 1250000
    assert (
        smap.get("kinderopvang_t_kabouterhuis").name == "Kinderopvang 't Kabouterhuis"
    )


def test_startup_workbook_and_project_export_agree() -> None:
    sheet = skm.read(DATA / "startup_ecosystem.xlsx")
    export = skm.read(DATA / "startup_ecosystem.json")
    assert sheet.ids == export.ids
    assert [s.name for s in sheet if s.name == "Northstar"] == ["Northstar"] * 2
    assert (sheet.get("c-north").category, sheet.get("f-north").category) == (
        "Company",
        "Fund",
    )
    assert sheet.get("p-ada").attributes["Net Worth"] == 2.4e9
    assert export.get("p-ada").attributes["net worth"] == 2.4e9
    founders = [r for r in sheet.relations if r.kind == "Employee/Founder"]
    assert len(founders) == 6
    seed = [
        r for r in sheet.relations if (r.source, r.target) == ("f-north", "c-orbit")
    ]
    assert len(seed) == 2
    assert seed[0].id != seed[1].id
    mutual = [r for r in export.relations if r.attributes.get("Mutual")]
    assert [(r.source, r.target, r.directed) for r in mutual] == [
        ("p-ada", "p-ben", False)
    ]
    assert ("f-redwood", "c-quill") in _pairs(export)  # reversed in Kumu


@pytest.mark.parametrize(
    "name",
    ["vlasbeke_partnerschap.xlsx", "startup_ecosystem.xlsx", "startup_ecosystem.json"],
)
def test_realistic_files_survive_a_round_trip(tmp_path: Path, name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputNoteWarning)
        smap = skm.read(DATA / name)
    for suffix in (".kumu.xlsx", ".kumu.json"):
        back = skm.read(skm.write(smap, tmp_path / f"m{suffix}", profile="internal"))
        assert back.stakeholders == smap.stakeholders
        assert back.relations == smap.relations


def test_the_files_are_made_by_the_script(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_files", DATA / "make_files.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(tmp_path)
    for made in sorted(tmp_path.iterdir()):
        assert made.read_bytes() == (DATA / made.name).read_bytes(), made.name


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_header_given_twice_is_named_not_half_read(tmp_path: Path, lang: str) -> None:
    # Two columns "Region" would leave one value out: the file is refused with
    # the place of the second header. "Region" and "region" are two columns of
    # one's own, as in our own workbooks, and both are kept.
    path = _workbook(
        tmp_path / "kaart.xlsx",
        {
            "Elements": [
                ["Label", "Region", "Type", "Region"],
                ["A", "Noord", "x", "Zuid"],
            ],
            "Connections": [["From", "To", "Region", "Region"], ["A", "B", 1, 2]],
        },
    )
    with pytest.raises(InputDataError) as info:
        skm.io.read_kumu(path, lang=lang)
    places = [(r["sheet"], r["row"], r["column"]) for r in info.value.records]
    assert places == [("Elements", 1, "Region"), ("Connections", 1, "Region")]
    assert ("allebei" if lang == "nl" else "both hold") in str(info.value)
    cased = _workbook(
        tmp_path / "twee.xlsx",
        {
            "Elements": [["Label", "Region", "region"], ["A", "Noord", "Zuid"]],
            "Connections": [["From", "To"]],
        },
    )
    (a,) = skm.io.read_kumu(cased, lang=lang).stakeholders
    assert dict(a.attributes) == {"Region": "Noord", "region": "Zuid"}


def test_a_list_of_one_item_stays_a_list(tmp_path: Path) -> None:
    smap = skm.StakeholderMap(
        name="Kaart",
        stakeholders=[
            skm.Stakeholder(id="a", name="A", attributes={"Thema": ("armoede",)}),
            skm.Stakeholder(
                id="b", name="B", attributes={"Thema": ("armoede", "taal")}
            ),
        ],
    )
    for suffix in (".kumu.xlsx", ".kumu.json"):
        path = skm.io.write_kumu(smap, tmp_path / f"kaart{suffix}", profile="internal")
        back = skm.io.read_kumu(path)
        assert [s.attributes["Thema"] for s in back] == [
            ("armoede",),
            ("armoede", "taal"),
        ]
    assert _sheet_rows(tmp_path / "kaart.kumu.xlsx", "Elements")[1][-1] == "armoede|"


def test_cli_draws_the_network_of_a_kumu_workbook_without_scores(
    tmp_path: Path,
) -> None:
    import os
    import subprocess
    import sys

    src = Path(__file__).parent.parent / "data" / "kumu" / "vlasbeke_partnerschap.xlsx"
    args = ["-o", str(tmp_path), "--lang", "nl"]
    result = subprocess.run(
        [sys.executable, "-m", "stakeholder_map.cli", "network", str(src), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "MPLBACKEND": "Agg"},
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "network.png").exists()
    assert not (tmp_path / "influence_gap.png").exists()
    notes = result.stderr.splitlines()
    assert any(n.startswith("Invloedskloof weggelaten") for n in notes), notes
    assert any("'Buurtwerk De Brug'" in n for n in notes), notes
    assert not any("Warning:" in n for n in notes), notes  # notes, not warnings
