"""read/write pick the format by suffix; arguments are checked; imports stay light."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import InputDataError

OURS = [
    "from_dataframe",
    "json_schema",
    "read",
    "read_csv",
    "read_excel",
    "read_json",
    "read_yaml",
    "to_dataframe",
    "write",
    "write_csv",
    "write_excel",
    "write_json",
    "write_yaml",
]


@pytest.mark.parametrize("suffix", [".xlsx", ".XLSX", ".csv", ".yaml", ".yml", ".json"])
def test_round_trip_by_suffix(tmp_path: Path, suffix: str) -> None:
    smap = skm.StakeholderMap(
        name="kaart", stakeholders=[skm.Stakeholder(name="A", power=2)]
    )
    path = skm.write(smap, tmp_path / f"kaart{suffix}")
    assert path == tmp_path / f"kaart{suffix}"
    assert skm.read(str(path)) == smap


def test_unknown_suffix(tmp_path: Path) -> None:
    path = tmp_path / "kaart.txt"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(InputDataError, match=r"Cannot tell the format of .*kaart\.txt"):
        skm.read(path)
    with pytest.raises(ValueError, match=r"use \.xlsx, \.csv"):
        skm.write(skm.StakeholderMap(), tmp_path / "kaart.txt")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".yaml", ".json"])
def test_missing_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"nope{suffix}"
    with pytest.raises(InputDataError, match="No file at"):
        skm.read(path)
    with pytest.raises(InputDataError, match="Er is geen bestand"):
        skm.read(path, lang="nl")


def test_relations_only_for_csv(tmp_path: Path) -> None:
    path = skm.write(skm.StakeholderMap(), tmp_path / "kaart.json")
    with pytest.raises(ValueError, match="applies to CSV files only"):
        skm.read(path, relations=tmp_path / "r.csv")


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"unknown_columns": "warn"}, "`unknown_columns` must be one of"),
        ({"lang": "fr"}, "`lang` must be one of"),
    ],
)
def test_bad_arguments(tmp_path: Path, kwargs: dict[str, str], match: str) -> None:
    path = skm.write(skm.StakeholderMap(), tmp_path / "kaart.xlsx")
    with pytest.raises(ValueError, match=match):
        skm.read(path, **kwargs)
    with pytest.raises(ValueError, match="`lang` must be one of"):
        skm.write(skm.StakeholderMap(), tmp_path / "k.xlsx", lang="fr")


def test_write_uses_the_map_language(tmp_path: Path) -> None:
    import openpyxl

    smap = skm.StakeholderMap(language="nl", stakeholders=[skm.Stakeholder(name="A")])
    path = skm.write(smap, tmp_path / "kaart.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [
        "actoren",
        "relaties",
        "soorten",
        "themas",
        "standpunten",
        "beoordelingen",
        "contacten",
        "communicatie",
        "doelgroepen",
        "meta",
    ]
    assert [c.value for c in wb["actoren"][1]][:4] == [
        "id",
        "naam",
        "korte_naam",
        "categorie",
    ]
    assert [c.value for c in wb["relaties"][1]][:3] == ["van", "naar", "soort"]
    assert wb["actoren"].freeze_panes == "A2"
    assert wb["actoren"]["A1"].font.b
    en = skm.write(smap, tmp_path / "en.xlsx", lang="en")
    assert openpyxl.load_workbook(en).sheetnames[0] == "stakeholders"
    assert skm.read(en) == smap


@pytest.mark.parametrize("name", OURS)
def test_public_functions_are_documented_and_keyword_only(name: str) -> None:
    func = getattr(skm.io, name)
    params = list(inspect.signature(func).parameters.values())
    # writers take the map and the path, as in skm.write(smap, path)
    n = 2 if name.startswith("write") else 1
    assert all(p.kind is p.POSITIONAL_OR_KEYWORD for p in params[:n])
    assert all(p.kind in (p.KEYWORD_ONLY, p.VAR_KEYWORD) for p in params[n:]), (
        f"{name}: only the first {n} parameter(s) may be positional"
    )
    doc = inspect.getdoc(func) or ""
    for section in ("Returns", "Examples"):
        assert f"{section}\n-------" in doc, f"{name} lacks {section}"
    if params:
        assert "Parameters\n----------" in doc


def test_importing_io_loads_no_heavy_modules() -> None:
    code = (
        "import sys, stakeholder_map as skm; skm.read; skm.io.json_schema(); "
        "print([m for m in ('pandas', 'openpyxl', 'yaml') if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_json_schema_is_the_model_schema() -> None:
    assert skm.json_schema() == skm.StakeholderMap.model_json_schema()
    assert skm.json_schema()["properties"]["stakeholders"]["type"] == "array"
