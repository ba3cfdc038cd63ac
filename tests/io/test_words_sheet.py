"""A workbook's own words (a woorden/words sheet): read first, for that file only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import stakeholder_map as skm
from stakeholder_map import i18n
from stakeholder_map.exceptions import InputDataError

ACTOREN = [
    ["naam", "zeggenschap", "belang", "houding"],
    ["OCMW", "heel veel", 3, "fan"],
    ["CLB", 2, "wat", "voor"],
]
RELATIES = [["van", "naar", "soort"], ["OCMW", "CLB", "doorverwijzing"]]
WOORDEN = [
    ["Soort", "Woord", "Betekenis"],
    ["kolom", "zeggenschap", "macht"],
    ["score", "heel veel", 1],
    ["score", "wat", "laag"],
    ["houding", "fan", "sterk voor"],
    ["relatiesoort", "doorverwijzing", "advies"],
]


@pytest.fixture(autouse=True)
def _fresh_words() -> Iterator[None]:
    skm.vocabulary.reset()
    yield
    skm.vocabulary.reset()


def _workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def test_the_words_sheet_makes_the_workbook_readable(tmp_path: Path) -> None:
    plain = _workbook(tmp_path / "zonder.xlsx", {"actoren": ACTOREN})
    with pytest.raises(InputDataError) as info:
        skm.read(plain)
    # "zeggenschap" is a column of one's own (no power), "fan" and "wat" no words
    assert info.value.failures["value"].tolist() == ["fan", "wat"]
    path = _workbook(
        tmp_path / "kaart.xlsx",
        {"woorden": WOORDEN, "actoren": ACTOREN, "relaties": RELATIES},
    )
    smap = skm.read(path)
    assert [(s.power, s.interest, s.attitude) for s in smap.stakeholders] == [
        (5, 3, 2),
        (2, 1, 1),
    ]
    assert smap.relations[0].kind == skm.RelationKind.ADVICE
    assert smap.words == (
        ("columns", "zeggenschap", "macht"),
        ("scores", "heel veel", "1"),
        ("scores", "wat", "laag"),
        ("attitudes", "fan", "sterk voor"),
        ("kinds", "doorverwijzing", "advies"),
    )


def test_the_sheet_is_read_first_wherever_it_stands(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "kaart.xlsx",
        {"actoren": ACTOREN, "relaties": RELATIES, "Woorden": WOORDEN},
    )
    assert skm.read(path).stakeholders[0].power == 5


def test_the_words_apply_to_that_workbook_only(tmp_path: Path) -> None:
    skm.vocabulary.extend({"booleans": {"jawel": True}})
    before = {name: repr(getattr(i18n, name)) for name in ("SCORE_WORDS", "BOOL_WORDS")}
    path = _workbook(tmp_path / "kaart.xlsx", {"woorden": WOORDEN, "actoren": ACTOREN})
    skm.read(path)
    after = {name: repr(getattr(i18n, name)) for name in ("SCORE_WORDS", "BOOL_WORDS")}
    assert after == before
    assert "zeggenschap" not in i18n.COLUMN_ALIASES["stakeholders"]["power"]
    other = _workbook(tmp_path / "ander.xlsx", {"actoren": ACTOREN})
    with pytest.raises(InputDataError):
        skm.read(other)


def test_an_english_words_sheet(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "map.xlsx",
        {
            "stakeholders": [["name", "clout"], ["Council", "very much"]],
            "words": [
                ["kind", "word", "meaning"],
                ["column", "clout", "power"],
                ["score", "very much", "high"],
            ],
        },
    )
    assert skm.read(path).stakeholders[0].power == 5


def test_every_bad_row_is_reported_with_sheet_row_and_column(tmp_path: Path) -> None:
    rows = [
        *WOORDEN,
        ["scoor", "iets", 1],
        ["score", None, 1],
        ["score", "hoog", 0],
        ["kolom", "nog iets", "machtt"],
        [None, None, None],
        ["kolom", "naam", "macht"],
    ]
    path = _workbook(tmp_path / "kaart.xlsx", {"woorden": rows, "actoren": ACTOREN})
    with pytest.raises(InputDataError) as info:
        skm.read(path)
    failures = info.value.failures
    assert failures[["sheet", "row", "column"]].values.tolist() == [
        ["woorden", 7, "Soort"],
        ["woorden", 8, "Woord"],
        ["woorden", 9, "Woord"],
        ["woorden", 10, "Betekenis"],
        ["woorden", 12, "Woord"],
    ]
    assert [rec["value"] for rec in info.value.records] == [
        "scoor",
        None,
        "hoog",
        "machtt",
        "naam",
    ]
    problems = failures["problem"].tolist()
    assert problems[0].startswith("Zeg welke soort woord dit is: een van 'kolom'")
    assert problems[0].endswith("Bedoelde u 'score'?")
    assert problems[1].startswith("De rij heeft geen woord")
    assert "'hoog' betekent al de score op 1 van de schaal" in problems[2]
    assert "'nog iets' kan niet 'machtt' betekenen" in problems[3]
    assert "'naam' betekent al de kolom `name`" in problems[4]
    assert set(failures["file"]) == {"kaart.xlsx"}


def test_a_words_sheet_without_its_columns(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "kaart.xlsx",
        {"woorden": [["woord", "uitleg"], ["x", "y"]], "actoren": [["naam"], ["A"]]},
    )
    with pytest.raises(InputDataError, match="vraagt de kolommen 'soort', 'woord'"):
        skm.read(path)


def test_an_empty_words_sheet_is_no_problem(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "kaart.xlsx",
        {"woorden": [], "actoren": [["naam", "macht"], ["A", 3]]},
    )
    smap = skm.read(path)
    assert smap.words == ()


def test_the_words_sheet_is_written_back(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "kaart.xlsx",
        {"woorden": WOORDEN, "actoren": ACTOREN, "relaties": RELATIES},
    )
    smap = skm.read(path)
    out = skm.write(smap, tmp_path / "terug.xlsx", lang="nl")
    wb = openpyxl.load_workbook(out)
    assert "woorden" in wb.sheetnames
    assert [list(r) for r in wb["woorden"].values] == [
        ["soort", "woord", "betekenis"],
        ["kolom", "zeggenschap", "macht"],
        ["score", "heel veel", "1"],
        ["score", "wat", "laag"],
        ["houding", "fan", "sterk voor"],
        ["relatiesoort", "doorverwijzing", "advies"],
    ]
    assert skm.read(out) == smap
    english = skm.write(smap, tmp_path / "back.xlsx", lang="en")
    assert list(openpyxl.load_workbook(english)["words"].values)[1] == (
        "column",
        "zeggenschap",
        "macht",
    )
    assert skm.read(english) == smap


def test_a_map_without_words_writes_no_words_sheet(tmp_path: Path) -> None:
    smap = skm.StakeholderMap(stakeholders=[skm.Stakeholder(name="A")])
    out = skm.write(smap, tmp_path / "kaart.xlsx", lang="nl")
    assert "woorden" not in openpyxl.load_workbook(out).sheetnames


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_yaml_and_json_keep_the_words_and_apply_them(
    tmp_path: Path, suffix: str
) -> None:
    path = _workbook(
        tmp_path / "kaart.xlsx",
        {"woorden": WOORDEN, "actoren": ACTOREN, "relaties": RELATIES},
    )
    smap = skm.read(path)
    out = skm.write(smap, tmp_path / f"kaart{suffix}")
    assert skm.read(out) == smap
    # a relation kind is a word the map itself reads: the document's words apply
    text = out.read_text(encoding="utf-8").replace('"advice"', '"doorverwijzing"')
    text = text.replace("kind: advice", "kind: doorverwijzing")
    out.write_text(text, encoding="utf-8")
    assert skm.read(out).relations[0].kind == skm.RelationKind.ADVICE
    assert relation_kind_now("doorverwijzing") == "doorverwijzing"


def relation_kind_now(word: str) -> str:
    from stakeholder_map.models import relation_kind

    return relation_kind(word)


def test_a_bad_words_row_in_yaml(tmp_path: Path) -> None:
    path = tmp_path / "kaart.yaml"
    path.write_text(
        "name: kaart\nstakeholders:\n- name: A\nwords:\n"
        "- [scores, hoog, 0]\n- [kolom, x, power]\n",
        encoding="utf-8",
    )
    with pytest.raises(InputDataError) as info:
        skm.read(path)
    failures = info.value.failures
    assert failures["column"].tolist() == ["words[0]", "words[1]"]
    assert "'hoog' already means the score at 1" in failures["problem"][0]
    assert "'kolom' is no kind of word" in failures["problem"][1]


def test_the_template_offers_an_empty_words_sheet(tmp_path: Path) -> None:
    from stakeholder_map.io.template import write_template

    path = write_template(tmp_path / "leeg.xlsx")
    wb = openpyxl.load_workbook(path)
    assert [c.value for c in wb["woorden"][1]] == ["soort", "woord", "betekenis"]
    (validation,) = wb["woorden"].data_validations.dataValidation
    assert "A2" in str(validation.sqref)
    guide = " ".join(str(c.value) for c in wb["Uitleg"]["A"])
    assert "Blad 'woorden' (niet verplicht)" in guide
    assert skm.read(path).words == ()
