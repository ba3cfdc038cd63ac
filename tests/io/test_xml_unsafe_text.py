"""Control characters: kept by CSV, JSON and YAML, refused clearly by XML formats.

A map read from a CSV, JSON or YAML file can hold control characters (pasted
text brings form feeds and vertical tabs). XML cannot store them, so xlsx,
GraphML, GEXF and pptx writers refuse such a map with every place at once and
write nothing, where openpyxl, lxml and networkx crashed halfway.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import InputDataError, OutputDataError

MAP = {
    "name": "m",
    "language": "en",
    "stakeholders": [
        {"id": "a", "name": "A\x01b", "notes": "page\x0cbreak"},
        {"id": "b", "name": "B", "attributes": {"Regio": "No\x0bord"}},
    ],
    "relations": [
        {"source": "a", "target": "b", "kind": "information", "notes": "q\x02"}
    ],
}


@pytest.fixture
def smap(tmp_path: Path) -> skm.StakeholderMap:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(MAP), encoding="utf-8")
    return skm.read(path)


@pytest.mark.parametrize("name", ["m.csv", "m.json", "m.yaml", "m.kumu.json"])
def test_text_formats_keep_control_characters(
    smap: skm.StakeholderMap, tmp_path: Path, name: str
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Kumu says which tables it leaves out
        back = skm.read(skm.write(smap, tmp_path / name))
    assert back.get("a").name == "A\x01b"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("m.xlsx", "Excel"),
        ("m.graphml", "GraphML"),
        ("m.gexf", "GEXF"),
        ("m.kumu.xlsx", "Excel"),
        ("m.network.xlsx", "Excel"),
    ],
)
def test_xml_formats_refuse_with_every_place_and_write_nothing(
    smap: skm.StakeholderMap, tmp_path: Path, name: str, fmt: str
) -> None:
    out = tmp_path / name
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Kumu says which tables it leaves out
        with pytest.raises(OutputDataError) as info:
            skm.write(smap, out, profile="internal")  # Kumu would drop notes
    err = info.value
    assert isinstance(err, InputDataError)
    places = {rec["column"] for rec in err.records}
    assert {
        "stakeholders[0].name",
        "stakeholders[0].notes",
        "stakeholders[1].attributes.Regio",
        "relations[0].notes",
    } <= places
    assert fmt in str(err)
    assert "U+0001" in str(err)
    assert "U+000C" in str(err)
    assert "\\x01" in str(err)  # the value is shown with the character visible
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "in.json"]


def test_an_existing_file_is_left_untouched(
    smap: skm.StakeholderMap, tmp_path: Path
) -> None:
    out = skm.write(skm.load_example("huis_van_het_kind"), tmp_path / "m.xlsx")
    before = out.read_bytes()
    with pytest.raises(OutputDataError):
        skm.write(smap, out)
    assert out.read_bytes() == before


def test_message_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(dict(MAP, language="nl")), encoding="utf-8")
    with pytest.raises(OutputDataError, match="stuurteken U\\+0001"):
        skm.write(skm.read(path), tmp_path / "m.xlsx")


def test_many_places_are_counted_not_all_listed(tmp_path: Path) -> None:
    many = {
        "name": "m",
        "stakeholders": [{"id": f"s{i}", "name": f"S\x01{i}"} for i in range(80)],
    }
    path = tmp_path / "in.json"
    path.write_text(json.dumps(many), encoding="utf-8")
    with pytest.raises(OutputDataError) as info:
        skm.write(skm.read(path), tmp_path / "m.graphml")
    assert len(info.value.records) == 51
    assert "30 more" in str(info.value)


def test_pptx_deck_refuses_too(smap: skm.StakeholderMap, tmp_path: Path) -> None:
    pytest.importorskip("pptx")
    out = tmp_path / "deck.pptx"
    with pytest.raises(OutputDataError, match="PowerPoint"):
        skm.export.to_pptx(smap, out, lang="en")
    assert not out.exists()


def test_tab_newline_and_carriage_return_are_fine(tmp_path: Path) -> None:
    ok = {
        "name": "m",
        "stakeholders": [{"id": "a", "name": "A", "notes": "one\ttwo\nthree\r\nfour"}],
    }
    path = tmp_path / "in.json"
    path.write_text(json.dumps(ok), encoding="utf-8")
    back = skm.read(skm.write(skm.read(path), tmp_path / "m.graphml"))
    assert back.get("a").notes == "one\ttwo\nthree\r\nfour"
