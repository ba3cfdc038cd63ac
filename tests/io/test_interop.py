"""Interop formats: GraphML, GEXF, node-link, Kumu, nodes/edges; safety."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path

import networkx as nx
import openpyxl
import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import InputDataError, StakeholderMapWarning
from stakeholder_map.io._injection import neutralise, restore

FULL = ["a.graphml", "a.gexf", "a.nodelink.json"]
TWO_TABLE = ["a.kumu.json", "a.kumu.xlsx", "a.network.xlsx"]

XML_BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="d0" for="node" attr.name="name" attr.type="string"/>
<graph edgedefault="directed"><node id="a"><data key="d0">&lol3;</data></node></graph>
</graphml>
"""


@pytest.fixture
def tricky_map(tiny_map: skm.StakeholderMap) -> skm.StakeholderMap:
    """The tiny map with formula-like text, tags, a date and an undirected tie."""
    first = tiny_map.stakeholders[0].model_copy(
        update={
            "name": '=HYPERLINK("http://x","klik")',
            "description": "+32 9 123 45 67",
            "notes": "@team: '=not a formula'",
            "tags": ("armoede", "0-3 jaar"),
            "short_name": "-Alpha",
        }
    )
    return tiny_map.model_copy(
        update={"stakeholders": (first, *tiny_map.stakeholders[1:])}
    )


@pytest.mark.parametrize("name", FULL)
def test_full_round_trip_of_the_example(
    tmp_path: Path, example_map: skm.StakeholderMap, name: str
) -> None:
    path = skm.write(example_map, tmp_path / name)
    assert skm.read(path) == example_map


@pytest.mark.parametrize("name", FULL + TWO_TABLE)
def test_round_trip_keeps_tricky_text(
    tmp_path: Path, tricky_map: skm.StakeholderMap, name: str
) -> None:
    path = skm.write(tricky_map, tmp_path / name, profile="internal")
    back = skm.read(path)
    assert back.stakeholders == tricky_map.stakeholders
    assert back.relations == tricky_map.relations


@pytest.mark.parametrize("name", TWO_TABLE)
def test_two_table_formats_warn_about_what_they_leave_out(
    tmp_path: Path, example_map: skm.StakeholderMap, name: str
) -> None:
    with pytest.warns(StakeholderMapWarning, match="weggelaten: .*beoordelingen"):
        path = skm.write(example_map, tmp_path / name, profile="internal")
    back = skm.read(path)
    assert back.stakeholders == example_map.stakeholders
    assert back.relations == example_map.relations
    assert back.assessments == ()


def test_graphml_is_what_gephi_reads(
    tmp_path: Path, tiny_map: skm.StakeholderMap
) -> None:
    path = skm.io.write_graphml(tiny_map, tmp_path / "a.graphml")
    G = nx.read_graphml(path)
    assert G.nodes["a"]["label"] == "Alpha"
    assert G.nodes["a"]["power"] == 5.0
    assert G.number_of_edges() == 3


def test_gexf_has_labels_and_meta(tmp_path: Path, tiny_map: skm.StakeholderMap) -> None:
    path = skm.io.write_gexf(tiny_map, tmp_path / "a.gexf")
    G = nx.read_gexf(path)
    assert G.nodes["c"]["label"] == "Gamma"
    text = path.read_text(encoding="utf-8")
    assert "<description>stakeholder_map:" in text


def test_graphml_from_another_tool(tmp_path: Path) -> None:
    G = nx.Graph()
    G.add_node("ocmw", label="OCMW Gent")
    G.add_node("clb")
    G.add_edge("ocmw", "clb")
    path = tmp_path / "other.graphml"
    nx.write_graphml(G, path)
    smap = skm.read(path)
    assert [s.name for s in smap] == ["OCMW Gent", "clb"]
    assert smap.relations[0].directed is False


def test_graphml_attributes_of_ones_own_are_kept(tmp_path: Path) -> None:
    G = nx.DiGraph()
    G.add_node("a", colour="red", budget=1200)
    G.add_node("b")
    G.add_edge("a", "b", kind="doorverwijzing", since="2021-05-01")
    path = tmp_path / "other.graphml"
    nx.write_graphml(G, path)
    smap = skm.read(path)
    assert smap.get("a").attributes == {"colour": "red", "budget": 1200}
    relation = smap.relations[0]
    assert (relation.kind, relation.attributes) == (
        "doorverwijzing",
        {"since": dt.date(2021, 5, 1)},
    )


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_xml_bomb_is_refused(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"bomb{suffix}"
    path.write_text(XML_BOMB, encoding="utf-8")
    with pytest.raises(InputDataError, match="document type or entities"):
        skm.read(path)


def test_external_entity_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("geheim", encoding="utf-8")
    doc = XML_BOMB.replace(
        '<!ENTITY lol "lol">', f'<!ENTITY lol SYSTEM "file://{secret}">'
    )
    path = tmp_path / "xxe.graphml"
    path.write_text(doc, encoding="utf-8")
    with pytest.raises(InputDataError, match="refused"):
        skm.io.read_graphml(path, lang="en")


def test_xml_errors_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "bomb.graphml"
    path.write_text(XML_BOMB, encoding="utf-8")
    with pytest.raises(InputDataError, match="documenttype of entiteiten"):
        skm.io.read_graphml(path, lang="nl")


@pytest.mark.parametrize("name", ["broken.graphml", "broken.gexf"])
def test_broken_xml(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("<graphml><graph>", encoding="utf-8")
    with pytest.raises(InputDataError, match="cannot be read"):
        skm.read(path)


@pytest.mark.parametrize("name", FULL + TWO_TABLE)
def test_missing_file(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputDataError, match="No file at"):
        skm.read(tmp_path / name)


def test_node_link_accepts_edges_key(
    tmp_path: Path, tiny_map: skm.StakeholderMap
) -> None:
    data = nx.node_link_data(skm.to_graph(tiny_map), edges="edges")
    path = tmp_path / "d3.nodelink.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert skm.io.read_node_link(path) == tiny_map


def test_kumu_blueprint_layout(tmp_path: Path, tiny_map: skm.StakeholderMap) -> None:
    path = skm.io.write_kumu(tiny_map, tmp_path / "a.kumu.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["elements"][0] == {
        "id": "a",
        "label": "Alpha",
        "type": "overheid",
        "Power": 5.0,
        "Interest": 5.0,
        "Attitude": 2.0,
    }
    assert data["connections"][2] == {
        "from": "b",
        "to": "d",
        "type": "Collaboration",
        "direction": "undirected",
        "Sign": 1,
    }


def test_kumu_shared_names_stay_as_written(tmp_path: Path) -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            skm.Stakeholder(id="a", name="School"),
            skm.Stakeholder(id="b", name="School"),
        ],
        relations=[skm.Relation(source="a", target="b")],
    )
    path = skm.io.write_kumu(smap, tmp_path / "a.kumu.xlsx")
    wb = openpyxl.load_workbook(path)
    assert [c.value for c in wb["Elements"]["B"]] == ["Label", "School", "School"]
    assert [c.value for c in wb["Connections"][2]][:2] == ["a", "b"]
    assert skm.io.read_kumu(path) == smap.model_copy(update={"name": "a.kumu"})


def test_kumu_from_kumu_itself(tmp_path: Path) -> None:
    """A hand-made blueprint: labels only, nested attributes, extra keys."""
    blueprint = {
        "elements": [
            {"label": "OCMW", "type": "overheid", "attributes": {"power": 5}},
            {"label": "Ouders", "tags": ["ouders"], "image": "x.png"},
        ],
        "connections": [{"from": "OCMW", "to": "Ouders", "direction": "mutual"}],
    }
    path = tmp_path / "kumu.json"
    path.write_text(json.dumps(blueprint), encoding="utf-8")
    smap = skm.io.read_kumu(path)
    assert smap.ids == ("ocmw", "ouders")
    assert smap.get("ouders").attributes == {"image": "x.png"}
    assert smap.get("ocmw").power == 5
    assert smap.get("ouders").tags == ("ouders",)
    assert smap.relations[0].directed is False


def test_kumu_bad_rows_are_all_reported(tmp_path: Path) -> None:
    blueprint = {
        "elements": [{"label": "A", "attitude": 7}, {"label": "B", "power": "veel"}],
        "connections": [],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(blueprint), encoding="utf-8")
    with pytest.raises(InputDataError) as info:
        skm.io.read_kumu(path)
    failures = info.value.failures
    assert failures["column"].tolist() == ["attitude", "power"]
    assert failures["sheet"].tolist() == ["elements", "elements"]
    assert failures["row"].tolist() == [1, 2]


def test_kumu_json_without_elements(tmp_path: Path) -> None:
    path = tmp_path / "x.kumu.json"
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(InputDataError, match="elements"):
        skm.read(path)


def test_network_workbook_layout(tmp_path: Path, tiny_map: skm.StakeholderMap) -> None:
    path = skm.io.write_network_excel(tiny_map, tmp_path / "n.xlsx")
    wb = openpyxl.load_workbook(path)
    nodes = [[c.value for c in row] for row in wb["nodes"].iter_rows()]
    edges = [[c.value for c in row] for row in wb["edges"].iter_rows()]
    assert nodes[0][:3] == ["Id", "Label", "Category"]
    assert nodes[1][:3] == ["a", "Alpha", "overheid"]
    assert edges[0][:5] == ["Source", "Target", "Type", "Kind", "Weight"]
    assert edges[3][:4] == ["b", "d", "Undirected", "collaboration"]


def test_network_workbook_needs_a_nodes_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "blad1"
    path = tmp_path / "x.xlsx"
    wb.save(path)
    with pytest.raises(InputDataError, match="'nodes'"):
        skm.io.read_network_excel(path)


def test_kumu_rejects_other_suffix(
    tmp_path: Path, tiny_map: skm.StakeholderMap
) -> None:
    with pytest.raises(ValueError, match=r"\.json or \.xlsx"):
        skm.io.write_kumu(tiny_map, tmp_path / "a.csv")


def test_workbook_cells_that_look_like_formulas_are_text(
    tmp_path: Path, tricky_map: skm.StakeholderMap
) -> None:
    path = skm.io.write_kumu(tricky_map, tmp_path / "a.kumu.xlsx")
    ws = openpyxl.load_workbook(path)["Elements"]
    cell = ws["B2"]
    assert cell.value.startswith("=HYPERLINK")
    assert cell.data_type == "s"
    assert cell.quotePrefix is True
    assert "<f>" not in _sheet_xml(path, "xl/worksheets/sheet1.xml")


def _sheet_xml(path: Path, member: str) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read(member).decode("utf-8")


@pytest.mark.parametrize(
    "text",
    ["=1+1", "+32 9", "-Alpha", "@SUM(A1)", "\tx", "'quoted", "''", "'", "plain", ""],
)
def test_neutralise_and_restore_are_inverse(text: str) -> None:
    out = neutralise(text)
    assert not out.startswith(("=", "+", "-", "@", "\t"))
    assert restore(out) == text


def test_restore_leaves_hand_written_apostrophes() -> None:
    assert restore("'t Kabouterhuis") == "'t Kabouterhuis"


@pytest.mark.parametrize("number", ["-2", "-1,5", "+3", "-0.25", "-1e3"])
def test_numbers_stay_numbers(number: str) -> None:
    assert neutralise(number) == number
    assert restore(number) == number


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_csv_neutralises_formulas_and_reads_them_back(
    tmp_path: Path, tricky_map: skm.StakeholderMap, lang: str
) -> None:
    smap = tricky_map.model_copy(update={"interests": ()})
    path = skm.write(smap, tmp_path / "kaart.csv", lang=lang)
    text = path.read_text(encoding="utf-8-sig")
    sep = ";" if lang == "nl" else ","
    cells = [c.strip('"') for line in text.splitlines() for c in line.split(sep)]
    assert not [c for c in cells if c[:1] in ("=", "@", "+")]
    assert "'=HYPERLINK" in text
    assert "-2" in cells or "-1" in cells  # a negative attitude stays a number
    back = skm.read(path)
    assert back.stakeholders == smap.stakeholders
    assert back.relations == smap.relations


def test_xlsx_marks_formula_like_text_and_reads_it_back(
    tmp_path: Path, tricky_map: skm.StakeholderMap
) -> None:
    path = skm.write(tricky_map, tmp_path / "kaart.xlsx")
    assert "<f>" not in _sheet_xml(path, "xl/worksheets/sheet1.xml")
    assert skm.read(path) == tricky_map


def test_profile_public_applies_to_interop(
    tmp_path: Path, example_map: skm.StakeholderMap
) -> None:
    path = skm.write(example_map, tmp_path / "a.graphml", profile="public")
    text = path.read_text(encoding="utf-8")
    assert "OCMW Vlasbeke" not in text
    assert len(skm.read(path)) == len(example_map)


def test_dispatch_passes_lang_to_kumu(
    tmp_path: Path, example_map: skm.StakeholderMap
) -> None:
    with pytest.warns(StakeholderMapWarning, match="weggelaten"):
        skm.write(example_map, tmp_path / "a.kumu.json", lang="nl")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        skm.write(
            example_map.model_copy(
                update={
                    "assessments": (),
                    "stakes": (),
                    "interests": (),
                    "interactions": (),
                    "communication": (),
                    "segments": (),
                }
            ),
            tmp_path / "b.kumu.json",
        )
