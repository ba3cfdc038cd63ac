"""CSV files: delimiters, encodings, the relations file next to them, round trips."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import InputDataError, StakeholderMapWarning

Problems = Callable[..., list[tuple[Any, ...]]]


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_dutch_excel_export_semicolons_bom_and_decimal_comma(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "actoren.csv",
        "Naam;Macht;Belang;Houding\r\nOCMW Gent;3,5;hoog;eerder tegen\r\n"
        "Kinderopvang Één;laag;2;\r\n",
        encoding="utf-8-sig",
    )
    smap = skm.read(path)
    assert smap.ids == ("ocmw_gent", "kinderopvang_een")
    assert [(s.power, s.interest, s.attitude) for s in smap] == [
        (3.5, 5, -1),
        (1, 2, None),
    ]
    assert (smap.name, smap.language) == ("actoren", "nl")


def test_comma_and_tab_delimiters(tmp_path: Path) -> None:
    comma = _write(tmp_path / "a.csv", 'name,power,tags\n"Council, city",4,"a; b"\n')
    smap = skm.read(comma)
    assert (smap.stakeholders[0].name, smap.stakeholders[0].tags) == (
        "Council, city",
        ("a", "b"),
    )
    tab = _write(tmp_path / "b.csv", "name\tpower\nCouncil\t4\n")
    assert skm.read(tab).stakeholders[0].power == 4
    assert smap.language == "en"


def test_windows_1252_file_from_old_excel(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", "naam;macht\nCafé Één;2\n", encoding="cp1252")
    assert skm.read(path).stakeholders[0].name == "Café Één"


def test_text_stays_text(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", "id,name,notes\n007,NA,null\n")
    s = skm.read(path).stakeholders[0]
    assert (s.id, s.name, s.notes) == ("007", "NA", "null")


def test_relations_csv_is_found_next_to_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "actoren.csv", "id;naam\na;A\nb;B\n")
    _write(tmp_path / "Relaties.csv", "van;naar;soort\nA;b;advies\n")
    smap = skm.read(path)
    assert [(r.source, r.target, r.kind) for r in smap.relations] == [
        ("a", "b", "advice")
    ]


def test_relations_csv_is_preferred_and_explicit_path_wins(tmp_path: Path) -> None:
    path = _write(tmp_path / "stakeholders.csv", "id,name\na,A\nb,B\n")
    _write(tmp_path / "relations.csv", "source,target\na,b\n")
    _write(tmp_path / "relaties.csv", "van,naar\nb,a\n")
    other = _write(tmp_path / "links.csv", "source,target,kind\nb,a,conflict\n")
    assert skm.read(path).relations[0].source == "a"
    rel = skm.read(path, relations=other).relations[0]
    assert (rel.source, rel.kind, rel.sign) == ("b", "conflict", -1)


def test_a_relations_file_is_not_its_own_relations(tmp_path: Path) -> None:
    path = _write(tmp_path / "relations.csv", "name\nA\n")
    assert skm.read(path).relations == ()


def test_no_relations_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", "name\nA\n")
    assert skm.read(path).relations == ()


def test_missing_explicit_relations_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", "name\nA\n")
    with pytest.raises(InputDataError, match=r"No file at .*nope\.csv"):
        skm.read(path, relations=tmp_path / "nope.csv")


def test_rows_are_numbered_as_excel_shows_them(
    tmp_path: Path, problems: Problems
) -> None:
    path = _write(
        tmp_path / "a.csv",
        'name,power,notes\nA,1,"two\nlines"\n\nB,9,\n,,\nC,x,\n',
    )
    assert problems(path) == [("a", 4, "power", "9"), ("a", 6, "power", "x")]


def test_ragged_rows_and_leading_blank_lines(
    tmp_path: Path, problems: Problems
) -> None:
    path = _write(tmp_path / "a.csv", "\n\nname,power\nA,1,extra\nB\nC,7\n")
    assert problems(path) == [("a", 3, "3", None), ("a", 6, "power", "7")]
    ok = _write(tmp_path / "b.csv", "\nname,power\nA,1\nB\n")
    assert [s.power for s in skm.read(ok)] == [1, None]


def test_problems_in_both_files_come_at_once(
    tmp_path: Path, problems: Problems
) -> None:
    path = _write(tmp_path / "actoren.csv", "naam;macht\nA;hoog\nB;supersterk\n")
    _write(tmp_path / "relaties.csv", "van;naar;gewicht\nA;B;2\nA;C;6\n")
    assert problems(path) == [
        ("actoren", 3, "macht", "supersterk"),
        ("relaties", 3, "naar", "C"),
        ("relaties", 3, "gewicht", "6"),
    ]
    with pytest.raises(InputDataError) as info:
        skm.read(path, lang="nl")
    assert {r["file"] for r in info.value.records} == {"actoren.csv", "relaties.csv"}
    assert str(info.value).startswith("actoren.csv bevat 3 fouten:")


def test_empty_files(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", "")
    with pytest.raises(InputDataError, match="The file is empty"):
        skm.read(path)
    blank = _write(tmp_path / "b.csv", ";;\n\n")
    with pytest.raises(InputDataError, match="Het bestand is leeg"):
        skm.read(blank, lang="nl")
    only_header = _write(tmp_path / "c.csv", "name,power\n")
    assert len(skm.read(only_header)) == 0


def test_name_and_scale_arguments(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", "name,power\nA,gemiddeld\nB,8\n")
    smap = skm.read(path, name="Kaart", scale=(0, 10))
    assert (smap.name, smap.scale.max) == ("Kaart", 10)
    assert [s.power for s in smap] == [5, 8]
    with pytest.raises(ValueError, match="`scale` must be"):
        skm.io.read_csv(path, scale=(5, 1))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_round_trip_of_stakeholders_and_relations(
    tmp_path: Path, full_map: skm.StakeholderMap, lang: str
) -> None:
    smap = _on_default_scale(full_map)
    with pytest.warns(StakeholderMapWarning, match="(themes|thema's)"):
        path = skm.io.write_csv(smap, tmp_path / "kaart.csv", lang=lang)
    rel_name = "relations.csv" if lang == "en" else "relaties.csv"
    assert (tmp_path / rel_name).is_file()
    back = skm.read(path)
    assert back.stakeholders == smap.stakeholders
    assert back.relations == smap.relations
    assert back.language == lang
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("id;naam;korte_naam" if lang == "nl" else "id,name,short")


def _on_default_scale(smap: skm.StakeholderMap) -> skm.StakeholderMap:
    """The same map on the 1..5 scale (scores above 5 become 5)."""
    data = smap.model_dump()
    data["scale"] = {"min": 1, "max": 5}
    scores = ("power", "interest", "legitimacy", "urgency", "proximity", "weight")
    for table in ("stakeholders", "relations", "stakes", "assessments"):
        for row in data[table]:
            for key in (*scores, "importance"):
                if row.get(key) is not None:
                    row[key] = min(row[key], 5)
    return skm.StakeholderMap.model_validate(data)


def test_dutch_csv_has_decimal_commas_and_labels(tmp_path: Path) -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            skm.Stakeholder(name="A", power=2.5, engagement_current="supportive"),
            skm.Stakeholder(name="B"),
        ],
        relations=[skm.Relation(source="a", target="b", directed=False)],
    )
    path = skm.io.write_csv(smap, tmp_path / "a.csv", lang="nl")
    text = path.read_text(encoding="utf-8-sig")
    assert "a;A;;;;;;2,5;" in text
    assert "Steunend" in text
    rel = (tmp_path / "relaties.csv").read_text(encoding="utf-8-sig")
    assert "van;naar;soort" in rel
    assert "a;b;Andere;;nee;1" in rel
    assert skm.read(path).stakeholders == smap.stakeholders


def test_scale_warning_and_explicit_relations_path(tmp_path: Path) -> None:
    smap = skm.StakeholderMap(
        scale=(0, 10),
        stakeholders=[skm.Stakeholder(name="A", power=8), skm.Stakeholder(name="B")],
        relations=[skm.Relation(source="a", target="b")],
    )
    with pytest.warns(StakeholderMapWarning, match=r"scale=\(0, 10\)"):
        skm.write(smap, tmp_path / "a.csv", relations=tmp_path / "links.csv")
    back = skm.read(tmp_path / "a.csv", relations=tmp_path / "links.csv", scale=(0, 10))
    assert back.stakeholders == smap.stakeholders
    assert back.relations == smap.relations
    with pytest.raises(ValueError, match="another file"):
        skm.io.write_csv(smap, tmp_path / "a.csv", relations=tmp_path / "a.csv")


def test_plain_map_writes_without_warnings(tmp_path: Path) -> None:
    smap = skm.StakeholderMap(stakeholders=[skm.Stakeholder(name="A")])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        skm.write(smap, tmp_path / "a.csv")
    assert (
        (tmp_path / "relations.csv")
        .read_text(encoding="utf-8-sig")
        .startswith("source,target")
    )


def test_awkward_floats_and_formula_like_text_round_trip(tmp_path: Path) -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            skm.Stakeholder(
                id="a",
                name="=SUM(A1)",
                short_name="'t Hof",
                power=1.1 + 2.2,
                interest=1 / 3 + 1,
                notes="-",
            ),
            skm.Stakeholder(id="b", name="-1", attitude=-1.75, tags=["+", "@x"]),
        ]
    )
    for lang in ("en", "nl"):
        path = skm.io.write_csv(smap, tmp_path / f"{lang}.csv", lang=lang)
        assert skm.read(path).stakeholders == smap.stakeholders


def test_a_workbook_named_csv(tmp_path: Path) -> None:
    smap = skm.StakeholderMap(stakeholders=[skm.Stakeholder(name="A")])
    path = skm.write(smap, tmp_path / "kaart.xlsx").rename(tmp_path / "kaart.csv")
    with pytest.raises(InputDataError, match=r"give it the suffix \.xlsx"):
        skm.read(path)
    with pytest.raises(InputDataError, match=r"geef het de extensie \.xlsx"):
        skm.read(path, lang="nl")


def test_utf16_unicode_text_from_excel(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", "naam\tmacht\r\nÉén\t4\r\n", encoding="utf-16")
    assert [(s.name, s.power) for s in skm.read(path)] == [("Één", 4)]


def test_nul_bytes_make_the_file_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"name\nA\x00B\n")
    with pytest.raises(InputDataError, match="cannot be read: NUL bytes"):
        skm.read(path)
