"""YAML and JSON: pydantic's dump out, one error listing every problem in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

import stakeholder_map as skm
from stakeholder_map.exceptions import InputDataError


def _error(path: Path, lang: str = "en") -> InputDataError:
    with pytest.raises(InputDataError) as info:
        skm.read(path, lang=lang)
    return info.value


@pytest.mark.parametrize("suffix", [".json", ".yaml", ".yml"])
def test_round_trip(tmp_path: Path, full_map: skm.StakeholderMap, suffix: str) -> None:
    path = skm.write(full_map, tmp_path / f"kaart{suffix}")
    assert skm.read(path) == full_map


def test_yaml_is_readable_and_keeps_unicode(
    tmp_path: Path, full_map: skm.StakeholderMap
) -> None:
    path = skm.io.write_yaml(full_map, tmp_path / "kaart.yaml")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("name: Huis van het Kind Noord\n")
    assert "Oudergroep Één" in text
    assert "date: '2026-03-15'" in text
    assert "null" not in text
    data = yaml.safe_load(text)
    dumped = full_map.model_dump(mode="json", exclude_none=True)
    for rows in dumped.values():  # empty attributes are left out of the file
        for row in rows if isinstance(rows, list) else ():
            if row.get("attributes") == {}:
                del row["attributes"]
    dumped.pop("attributes")
    assert data == dumped


def test_json_matches_the_model_dump(
    tmp_path: Path, full_map: skm.StakeholderMap
) -> None:
    path = skm.io.write_json(full_map, tmp_path / "kaart.json")
    text = path.read_text(encoding="utf-8")
    assert json.loads(text) == full_map.model_dump(mode="json", exclude_none=True)
    assert "Één" in text
    assert text.endswith("}\n")


def test_hand_written_yaml_with_dates_and_scale_pairs(tmp_path: Path) -> None:
    path = tmp_path / "kaart.yaml"
    path.write_text(
        "name: Kaart\nscale: [0, 10]\ndate: 2026-03-15\nstakeholders:\n"
        "  - name: Stad\n    power: 8\n    tags: [a, b]\n",
        encoding="utf-8",
    )
    smap = skm.read(path)
    assert (smap.scale.max, str(smap.date), smap.stakeholders[0].tags) == (
        10,
        "2026-03-15",
        ("a", "b"),
    )


def test_json_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "kaart.json"
    path.write_bytes(b'\xef\xbb\xbf{"name": "X"}')
    assert skm.read(path).name == "X"


def test_field_problems_name_their_path(tmp_path: Path) -> None:
    path = tmp_path / "kaart.json"
    data = {
        "name": "X",
        "stakeholders": [
            {"name": "A", "power": "veel"},
            {"id": "b"},
            {"name": "C", "attitude": 5, "colour": "red"},
        ],
        "relations": [{"source": "a", "target": "c", "channel": "pigeon"}],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    err = _error(path)
    got = [(r["column"], r["value"]) for r in err.records]
    assert got == [
        ("stakeholders[0].power", "veel"),
        ("stakeholders[1].name", None),
        ("stakeholders[2].attitude", 5),
        ("stakeholders[2].colour", "red"),
        ("relations[0].channel", "pigeon"),
    ]
    problems = [r["problem"] for r in err.records]
    assert problems[1] == "A value is required here."
    assert problems[2] == "Expected a value between -2 and 2."
    assert problems[3].startswith("Unknown field 'colour'.")
    assert problems[4].startswith("Expected one of 'meeting', 'email'")
    assert {r["file"] for r in err.records} == {"kaart.json"}


def test_cross_object_problems_name_their_path(tmp_path: Path) -> None:
    path = tmp_path / "kaart.yaml"
    path.write_text(
        "stakeholders:\n- {id: a, name: A, power: 9}\n- {id: a, name: B}\n"
        "relations:\n- {source: a, target: zz}\n",
        encoding="utf-8",
    )
    err = _error(path, lang="nl")
    assert [(r["column"], r["value"]) for r in err.records] == [
        ("stakeholders[0].power", 9),
        ("stakeholders[1].id", "a"),
        ("relations[0].target", "zz"),
    ]
    assert "`power` moet op de schaal 1..5 van de kaart liggen, maar is 9." in str(err)
    assert str(err).startswith("kaart.yaml bevat 3 fouten:")


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("bad.yaml", "name: [unclosed\n", "The file cannot be read"),
        ("bad.json", '{"name": "x",}', "The file cannot be read"),
        ("list.json", "[1, 2]", "but found a list of 2 items"),
        ("scalar.yaml", "just text\n", "but found str 'just text'"),
        ("empty.yaml", "", "The file is empty"),
        ("empty.json", "  \n", "The file is empty"),
    ],
)
def test_malformed_files(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    err = _error(path)
    assert message in str(err)
    assert err.records[0]["file"] == name


def test_malformed_yaml_in_dutch_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "kaart.yaml"
    path.write_text("name: ok\nstakeholders:\n  - name: [\n", encoding="utf-8")
    text = str(_error(path, lang="nl"))
    assert "Het bestand kan niet gelezen worden" in text
    assert "line 4" in text


def test_undecodable_json(tmp_path: Path) -> None:
    path = tmp_path / "kaart.json"
    # 0x81 is neither UTF-8 nor Windows-1252 (which is read: see test_hostile_rules)
    path.write_bytes(b'{"name": "\x81"}')
    assert "save it as UTF-8" in str(_error(path))
