"""Real data in, nothing lost: the spreadsheets people keep, as they keep them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import own_workbook as ow
import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import InputDataError, InputNoteWarning

Make = Callable[..., Path]


def _records(err: InputDataError) -> list[tuple[Any, ...]]:
    return [(r["sheet"], r["row"], r["column"], r["value"]) for r in err.records]


def _error(path: Path, **kwargs: Any) -> InputDataError:
    with pytest.raises(InputDataError) as info:
        skm.read(path, **kwargs)
    return info.value


# --------------------------------------------------------------------------------
# The coordinator's own workbook (the case of the issue)
# --------------------------------------------------------------------------------


@pytest.fixture
def own(tmp_path: Path) -> skm.StakeholderMap:
    return skm.read(ow.write_workbook(tmp_path / "kaart.xlsx"))


def test_own_workbook_reads_as_it_is(own: skm.StakeholderMap) -> None:
    assert len(own) == len(ow.ROWS)
    assert own.language == "nl"
    assert own.name == "Stakeholderanalyse Huis van het Kind Noord"
    assert own.description == "Versie maart 2026"
    for s in own:
        assert s.attributes == {"Regio": ow.REGIONS[s.name]}
        assert s.contact == ow.CONTACTS[s.name]
        assert s.notes == ow.NOTES[s.name]
    ocmw = own.get("ocmw")
    assert (ocmw.category, ocmw.power, ocmw.interest) == ("overheid", 5.0, 4.0)


def test_own_workbook_keeps_the_referral_kind(own: skm.StakeholderMap) -> None:
    kinds = [r.kind for r in own.relations]
    assert kinds.count("doorverwijzing") == 3
    assert skm.RelationKind.FUNDING in kinds  # "financiering" is a built-in kind
    assert own.relation_kinds["doorverwijzing"].directed is True


def test_own_workbook_attitude_words(own: skm.StakeholderMap) -> None:
    by_name = {s.name: s.attitude for s in own}
    assert by_name["Basisschool De Regenboog"] < 0  # kritisch
    assert by_name["CAW"] < 0  # terughoudend
    assert by_name["Consultatiebureau Kind & Gezin"] > 0  # enthousiast
    assert by_name["Kinderopvang Het Nest"] == 0  # afwachtend
    assert by_name["Schepen van Jeugd"] == 0  # ambivalent
    assert by_name["Huis van het Kind Noord"] == 2  # trekker


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_own_columns_survive_a_round_trip(
    own: skm.StakeholderMap, tmp_path: Path, suffix: str
) -> None:
    path = skm.write(own, tmp_path / f"terug{suffix}")
    back = skm.read(path)
    for s in back:
        assert s.attributes == {"Regio": ow.REGIONS[s.name]}
        assert (s.contact, s.notes) == (ow.CONTACTS[s.name], ow.NOTES[s.name])
    assert [r.kind for r in back.relations] == [r.kind for r in own.relations]


def test_dutch_excel_csv_reads_to_the_same_scores(
    own: skm.StakeholderMap, tmp_path: Path
) -> None:
    path = ow.write_csv(tmp_path / "actoren.csv")  # semicolons, cp1252, "5,0"
    csv_map = skm.read(path)
    for a, b in zip(own, csv_map, strict=True):
        assert (a.id, a.power, a.interest, a.attitude) == (
            b.id,
            b.power,
            b.interest,
            b.attitude,
        )
        assert a.attributes == b.attributes
        assert a.notes == b.notes  # "Coördinatie" decoded from Windows-1252


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"], ids=str.upper
)
def test_csv_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "actoren.csv"
    path.write_bytes(
        "Naam;Macht;Regio\r\nCréche Zonnetje;3,5;Zuid\r\n".encode(encoding)
    )
    smap = skm.read(path)
    s = smap.stakeholders[0]
    assert (s.name, s.power, s.attributes) == (
        "Créche Zonnetje",
        3.5,
        {"Regio": "Zuid"},
    )


def test_grid_colours_one_per_region(own: skm.StakeholderMap) -> None:
    import matplotlib.pyplot as plt

    from stakeholder_map.plotting import label_overlaps

    _fig, ax = plt.subplots(figsize=(10, 5.6))
    skm.plotting.plot_power_interest(own, hue="Regio", ax=ax, legend=True)
    colours = {tuple(c) for c in ax.collections[0].get_facecolors()}
    assert len(colours) == len(set(ow.REGIONS.values()))
    legend_texts = {t.get_text() for t in ax.get_legend().get_texts()}
    assert set(ow.REGIONS.values()) <= legend_texts
    assert label_overlaps(ax).ok


# --------------------------------------------------------------------------------
# Columns of one's own
# --------------------------------------------------------------------------------


def test_own_columns_are_typed(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": [
                ["naam", "Budget", "Sinds", "Trekker", "Thema's", "Tel"],
                ["A", 1200, dt.datetime(2021, 5, 1), True, "taal; armoede", "0470"],
                ["B", 3.5, None, False, "taal", None],
            ]
        }
    )
    a, b = skm.read(path).stakeholders
    assert a.attributes == {
        "Budget": 1200,
        "Sinds": dt.date(2021, 5, 1),
        "Trekker": True,
        "Thema's": ("taal", "armoede"),
        "Tel": "0470",
    }
    assert b.attributes == {"Budget": 3.5, "Trekker": False, "Thema's": "taal"}


def test_csv_cells_are_typed_without_guessing(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        "naam;Budget;Telefoon;Postcode;Sinds;Akkoord;Bedrag\n"
        "A;3,5;0470 12 34 56;9000;15/03/2026;ja;1.000\n"
        "B;12;0470123456;0900;2026-03-15;nee;2,5\n",
        encoding="utf-8",
    )
    a, b = skm.read(path).stakeholders
    assert a.attributes == {
        "Budget": 3.5,
        "Telefoon": "0470 12 34 56",
        "Postcode": 9000,
        "Sinds": dt.date(2026, 3, 15),
        "Akkoord": True,
        "Bedrag": "1.000",  # a thousands separator or a decimal: left as typed
    }
    assert b.attributes["Telefoon"] == "0470123456"  # a leading zero stays text
    assert b.attributes["Postcode"] == "0900"
    assert b.attributes["Akkoord"] is False


def test_second_name_column_is_kept_as_own(xlsx: Make) -> None:
    path = xlsx({"actoren": [["Organisatie", "Naam"], ["Stad Gent", "OCMW"]]})
    s = skm.read(path).stakeholders[0]
    assert (s.name, s.attributes) == ("OCMW", {"Organisatie": "Stad Gent"})


def test_ignore_drops_own_columns_on_request(xlsx: Make) -> None:
    path = xlsx({"actoren": [["naam", "Regio"], ["A", "Noord"]]})
    assert skm.read(path, unknown_columns="ignore").stakeholders[0].attributes == {}
    with pytest.raises(ValueError, match="`unknown_columns` must be one of"):
        skm.read(path, unknown_columns="error")


def test_a_field_name_is_not_an_attribute() -> None:
    with pytest.raises(ValueError, match="has the name of the field `power`"):
        skm.Stakeholder(name="A", attributes={"Macht": 3})


def test_relations_and_the_map_keep_own_columns_too(xlsx: Make, tmp_path: Path) -> None:
    path = xlsx(
        {
            "actoren": [["naam"], ["A"], ["B"]],
            "relaties": [["van", "naar", "Sinds"], ["A", "B", 2019]],
            "meta": [["veld", "waarde"], ["naam", "Kaart"], ["Trekker", "An"]],
        }
    )
    smap = skm.read(path)
    assert smap.relations[0].attributes == {"Sinds": 2019}
    assert smap.attributes == {"Trekker": "An"}
    back = skm.read(skm.write(smap, tmp_path / "terug.xlsx"))
    assert back == smap


def test_dataframe_round_trip_of_own_columns() -> None:
    smap = skm.load_example("huis_van_het_kind")
    df = skm.to_dataframe(smap)
    assert df.loc["ocmw", "Regio"] == "Stad"
    rel = skm.to_dataframe(smap, table="relations")
    back = skm.from_dataframe(df, relations=rel, name=smap.name, language="nl")
    assert [s.attributes for s in back] == [s.attributes for s in smap]
    assert [r.kind for r in back.relations] == [r.kind for r in smap.relations]


# --------------------------------------------------------------------------------
# Headers and sheets as people make them
# --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Macht (1-5)", "power"),
        ("Naam organisatie", "name"),
        ("Partner", "name"),
        ("Houding t.o.v. HvhK", "attitude"),
        ("BELANG", "interest"),
        ("  Korte   naam ", "short_name"),
        ("Moederorganisatie", "parent"),
        ("Naam contactpersoon", "contact"),
    ],
)
def test_headers_match_by_their_words(xlsx: Make, header: str, field: str) -> None:
    value: Any = {"power": 4, "attitude": "kritisch", "interest": 5}.get(field, "X")
    first = "naam" if field not in ("name",) else "id"
    path = xlsx({"actoren": [[first, header], ["ocmw", value]]})
    s = skm.read(path).stakeholders[0]
    assert s.attributes == {}
    assert getattr(s, field) is not None


def test_a_header_with_two_fields_is_one_clear_error(xlsx: Make) -> None:
    path = xlsx({"actoren": [["naam", "Macht belang"], ["A", 3]]})
    err = _error(path, lang="en")
    assert _records(err) == [("actoren", 1, "Macht belang", None)]
    assert "could mean 'power' / 'interest'" in str(err)
    assert "kan 'macht' / 'belang' betekenen" in str(_error(path))


def test_header_row_below_a_title_block(xlsx: Make) -> None:
    path = xlsx(
        {
            "Blad1": [
                ["Partners Huis van het Kind"],
                [None],
                ["Naam", "Macht", "Belang"],
                ["OCMW", 9, 4],
            ]
        }
    )
    err = _error(path, lang="en")
    assert _records(err) == [("Blad1", 4, "Macht", 9)]  # rows as Excel numbers them


def test_unnamed_sheets_are_told_apart_by_their_headers(xlsx: Make) -> None:
    path = xlsx(
        {
            "Blad1": [["Naam", "Macht"], ["A", 3], ["B", 4]],
            "Blad2": [["Van", "Naar", "Soort"], ["A", "B", "doorverwijzing"]],
        }
    )
    smap = skm.read(path)
    assert (len(smap), smap.relations[0].kind) == (2, "doorverwijzing")


# --------------------------------------------------------------------------------
# Scores and attitudes
# --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("sterk tegen", -2),
        ("tegenstander", -2),
        ("kritisch", -1),
        ("terughoudend", -1),
        ("sceptisch", -1),
        ("neutraal", 0),
        ("afwachtend", 0),
        ("ambivalent", 0),
        ("positief", 1),
        ("voorstander", 1),
        ("steunend", 1),
        ("enthousiast", 2),
        ("trekker", 2),
        ("--", -2),
        ("-", -1),
        ("0", 0),
        ("+", 1),
        ("++", 2),
        ("critical", -1),
        ("enthusiastic", 2),
    ],
)
def test_attitude_words(xlsx: Make, word: str, value: int) -> None:
    path = xlsx({"actoren": [["naam", "houding"], ["A", word]]})
    assert skm.read(path).stakeholders[0].attitude == value


def test_unknown_attitude_word_suggests_from_the_language(xlsx: Make) -> None:
    path = xlsx({"actoren": [["naam", "houding"], ["A", "entousiast"]]})
    err = _error(path)
    assert "Bedoelde u 'enthousiast'?" in str(err)
    assert "'kritisch'" in str(err)


def test_question_mark_is_left_unscored_and_noted(xlsx: Make) -> None:
    path = xlsx(
        {"actoren": [["naam", "houding", "macht"], ["A", "?", 3], ["B", 1, "?"]]}
    )
    with pytest.warns(InputNoteWarning) as caught:
        smap = skm.read(path)
    assert [(s.attitude, s.power) for s in smap] == [(None, 3.0), (1.0, None)]
    notes = " ".join(str(w.message) for w in caught)
    assert "'houding'" in notes
    assert "'macht'" in notes


def test_attitude_on_one_to_five_is_read_whole(xlsx: Make) -> None:
    rows = [["naam", "houding"], ["A", 1], ["B", 2], ["C", 3], ["D", 5]]
    with pytest.warns(InputNoteWarning, match="1..5"):
        smap = skm.read(xlsx({"actoren": rows}))
    assert [s.attitude for s in smap] == [-2.0, -1.0, 0.0, 2.0]


def test_attitude_mixing_scales_is_refused_whole(xlsx: Make) -> None:
    rows = [["naam", "houding"], ["A", -1], ["B", 4], ["C", 0]]
    err = _error(xlsx({"actoren": rows}), lang="en")
    assert _records(err) == [("actoren", 1, "houding", None)]  # one error, the column
    assert "mixes attitudes on -2..+2 with values above 2 (4)" in str(err)


def test_attitude_scale_declared_in_meta(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": [["naam", "houding"], ["A", 1], ["B", 2], ["C", 0]],
            "meta": [["veld", "waarde"], ["houdingsschaal", "0..4"]],
        }
    )
    assert [s.attitude for s in skm.read(path)] == [-1.0, 0.0, -2.0]


def test_five_point_score_words(xlsx: Make) -> None:
    rows = [["naam", "macht"], ["A", "zeer laag"], ["B", "laag"], ["C", "zeer hoog"]]
    assert [s.power for s in skm.read(xlsx({"actoren": rows}))] == [1.0, 2.0, 5.0]
    three = [["naam", "macht"], ["A", "laag"], ["B", "hoog"]]
    assert [s.power for s in skm.read(xlsx({"actoren": three}))] == [1.0, 5.0]


# --------------------------------------------------------------------------------
# Relation kinds of one's own, parallel relations, parents off the map
# --------------------------------------------------------------------------------


def test_kinds_sheet_declares_own_kinds(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": [["naam"], ["CB"], ["CAW"], ["OCMW"]],
            "relaties": [
                ["van", "naar", "soort"],
                ["CB", "CAW", "Doorverwijzing"],
                ["CAW", "OCMW", "doorverwijzing"],
                ["OCMW", "CB", "rivaliteit"],
            ],
            "soorten": [
                ["soort", "gericht", "teken", "informatie"],
                ["doorverwijzing", "ja", None, "ja"],
                ["rivaliteit", "nee", -1, "nee"],
            ],
        }
    )
    smap = skm.read(path)
    # one spelling per kind, the declaration's
    assert [r.kind for r in smap.relations] == [
        "doorverwijzing",
        "doorverwijzing",
        "rivaliteit",
    ]
    rival = smap.relations[2]
    assert (rival.directed, rival.sign) == (False, -1)
    flow = skm.analysis.information_flow(smap, source="cb")
    assert bool(flow.loc["ocmw", "reached"])  # along the declared referrals


def test_parallel_relations_differ_by_kind_channel_or_id(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": [["naam"], ["A"], ["B"]],
            "relaties": [
                ["van", "naar", "soort", "kanaal", "id"],
                ["A", "B", "doorverwijzing", None, None],
                ["A", "B", "informatie", "mail", None],
                ["A", "B", "informatie", "overleg", None],
                ["A", "B", "informatie", "overleg", "r2"],
            ],
        }
    )
    assert len(skm.read(path).relations) == 4
    repeat = xlsx(
        {
            "actoren": [["naam"], ["A"], ["B"]],
            "relaties": [["van", "naar", "soort"], ["A", "B", "x"], ["A", "B", "x"]],
        },
        name="repeat.xlsx",
    )
    err = _error(repeat, lang="en")
    assert _records(err) == [("relaties", 3, "soort", "x")]
    assert "repeats an earlier one with the same kind, channel and id" in str(err)


def test_parent_off_the_map_is_kept_by_name(xlsx: Make) -> None:
    rows = [["naam", "Moederorganisatie"]]
    rows += [[f"School {i}", "GO!"] for i in range(19)]
    rows += [["Stad", None], ["OCMW", "Stad"]]
    smap = skm.read(xlsx({"actoren": rows}))
    assert {s.parent for s in smap.stakeholders[:19]} == {"GO!"}
    assert smap.get("ocmw").parent == "stad"  # a parent that is a row links to it


# --------------------------------------------------------------------------------
# Cells a workbook cannot give a value for
# --------------------------------------------------------------------------------


def _patch_sheet(path: Path, replace: dict[str, str]) -> None:
    """Rewrite cells of the first sheet's XML, as Excel stores them."""
    import zipfile

    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                for old, new in replace.items():
                    assert old in text, old
                    text = text.replace(old, new)
                data = text.encode("utf-8")
            dst.writestr(item, data)
    tmp.replace(path)


def test_error_values_and_unreadable_cells_name_their_cell(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": [
                ["naam", "macht", "Budget"],
                ["A", 1, 2],
                ["B", 3, 4],
                ["C", 5, 6],
            ]
        }
    )
    _patch_sheet(
        path,
        {
            '<c r="B2" t="n"><v>1</v></c>': '<c r="B2" t="e"><v>#DIV/0!</v></c>',
            '<c r="C3" t="n"><v>4</v></c>': '<c r="C3" t="e"><v>#N/A</v></c>',
            '<c r="B4" t="n"><v>5</v></c>': '<c r="B4" t="n"><v>vijf</v></c>',
        },
    )
    err = _error(path, lang="en")
    assert _records(err) == [
        ("actoren", 2, "macht", "#DIV/0!"),
        ("actoren", 3, "Budget", "#N/A"),
        ("actoren", 4, "macht", "vijf"),
    ]
    text = str(err)
    assert "Excel's error value #DIV/0!" in text
    assert "stored as a number but holds 'vijf'" in text


# --------------------------------------------------------------------------------
# Messages in the workbook's language
# --------------------------------------------------------------------------------


def test_dutch_workbook_gets_dutch_messages(xlsx: Make) -> None:
    path = xlsx({"Partners": [["Naam", "Macht"], ["A", 9]]})
    assert str(_error(path)).startswith("kaart.xlsx bevat 1 fout:")
    assert str(_error(path, lang="en")).startswith("kaart.xlsx has 1 problem:")
    english = xlsx({"Stakeholders": [["Name", "Power"], ["A", 9]]}, name="en.xlsx")
    assert str(_error(english)).startswith("en.xlsx has 1 problem:")


@pytest.mark.filterwarnings("ignore::stakeholder_map.exceptions.UnassessedWarning")
def test_network_analyses_state_how_parallel_relations_combine() -> None:
    smap = skm.load_example("huis_van_het_kind")
    summed = "merged into one tie per ordered pair, weights summed"
    once = "merged into one tie per ordered pair"
    results = {
        "centrality": skm.analysis.centrality(smap),
        "structural_holes": skm.analysis.structural_holes(smap),
        "communities": skm.analysis.communities(smap),
        "influence_gap": skm.analysis.influence_gap(smap),
        "brokerage": skm.analysis.brokerage(smap, group="category"),
        "information_flow": skm.analysis.information_flow(
            smap, source="huis_van_het_kind"
        ),
    }
    stated = {name: df.attrs["parallel_relations"] for name, df in results.items()}
    assert stated == {
        "centrality": summed,
        "structural_holes": summed,
        "communities": summed,
        "influence_gap": summed,
        "brokerage": once,
        "information_flow": once,
    }


def _cli(*args: str) -> Any:
    import os
    import subprocess
    import sys

    env = {**os.environ, "MPLBACKEND": "Agg", "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "stakeholder_map.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_cli_grid_colours_by_an_own_column(tmp_path: Path) -> None:
    src = ow.write_workbook(tmp_path / "kaart.xlsx")
    out = tmp_path / "grid.svg"
    result = _cli("grid", str(src), "-o", str(out), "--hue", "regio")
    assert result.returncode == 0, result.stderr
    svg = out.read_text(encoding="utf-8")
    for region in {r for r in ow.REGIONS.values() if r}:  # named in the legend
        assert f"<!-- {region} -->" in svg, region


def test_cli_grid_hue_names_the_columns_in_the_files_language(tmp_path: Path) -> None:
    src = ow.write_workbook(tmp_path / "kaart.xlsx")
    result = _cli("grid", str(src), "-o", str(tmp_path / "g.png"), "--hue", "Regoi")
    assert result.returncode == 1
    assert "geen kolom 'Regoi'" in result.stderr
    assert "Bedoelde u 'Regio'?" in result.stderr
    assert "engagement_current" in result.stderr  # fields listed by their names
    assert "engagement," not in result.stderr
    assert "Traceback" not in result.stderr
