"""Every reader error names its sheet, row, column and value; all come at once."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import InputDataError

Make = Callable[..., Path]
Problems = Callable[..., list[tuple[Any, ...]]]

STAKEHOLDERS = [
    ["id", "naam", "korte naam", "macht"],
    ["ocmw", "OCMW Gent", "OCMW", 4],
    ["clb", "CLB Gent", "CLB", 3],
]


def _error(path: Path, **kwargs: Any) -> InputDataError:
    kwargs.setdefault("lang", "en")  # the messages these tests read
    with pytest.raises(InputDataError) as info:
        skm.read(path, **kwargs)
    return info.value


def test_wrong_number_word(xlsx: Make, problems: Problems) -> None:
    path = xlsx({"actoren": [["naam", "macht"], ["Stad", "superveel"]]})
    assert problems(path) == [("actoren", 2, "macht", "superveel")]
    err = _error(path)
    assert "Expected a number on the scale 1..5 or one of the words" in str(err)
    assert "'low', 'medium', 'high'" in str(err)


def test_unknown_id_in_relations_with_suggestion(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": STAKEHOLDERS,
            "relaties": [["van", "naar"], ["ocmw", "clb"], ["ocmv", "clb"]],
        }
    )
    err = _error(path)
    assert [(r["sheet"], r["row"], r["column"], r["value"]) for r in err.records] == [
        ("relaties", 3, "van", "ocmv")
    ]
    assert "'ocmv', which is not a stakeholder of the map" in str(err)
    assert "Did you mean 'ocmw'?" in str(err)


def test_unknown_stakeholder_name_in_stakes(xlsx: Make, problems: Problems) -> None:
    path = xlsx(
        {
            "actoren": STAKEHOLDERS,
            "themas": [["naam"], ["Armoede"]],
            "standpunten": [
                ["actor", "thema", "positie"],
                ["OCMW Gent", "Armoede", "voor"],
                ["Kind en Gezin", "Armoede", "tegen"],
                ["CLB", "Onderwijs", "neutraal"],
            ],
        }
    )
    assert problems(path) == [
        ("standpunten", 3, "actor", "Kind en Gezin"),
        ("standpunten", 4, "thema", "Onderwijs"),
    ]


def test_ambiguous_name(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": [["id", "naam"], ["a", "Kinderopvang"], ["b", "kinderopvang"]],
            "relaties": [["van", "naar"], ["a", "b"], ["Kinderopvang", "a"]],
        }
    )
    err = _error(path)
    assert [(r["sheet"], r["row"], r["column"]) for r in err.records] == [
        ("relaties", 3, "van")
    ]
    assert "fits several stakeholders ('a', 'b')" in str(err)


def test_an_id_beats_a_name(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": [["id", "naam"], ["a", "b"], ["b", "Bee"]],
            "relaties": [["van", "naar"], ["a", "b"]],
        }
    )
    assert skm.read(path).relations[0].target == "b"


def test_columns_of_ones_own_are_kept(xlsx: Make) -> None:
    path = xlsx({"Actoren": [["Naam", "Machtt", "Quadrant"], ["Stad", 3, "x"]]})
    smap = skm.read(path)
    assert smap.get("stad").attributes == {"Machtt": 3, "Quadrant": "x"}


def test_missing_sheet(xlsx: Make) -> None:
    path = xlsx(
        {
            "Blad1": [["naam"], ["Stad"]],
            "Blad2": [["naam"], ["Dorp"]],
            "relaties": [["van", "naar"]],
        }
    )
    err = _error(path)
    assert len(err.records) == 1
    assert err.records[0]["file"] == "kaart.xlsx"
    assert "needs a sheet named 'stakeholders' / 'actoren'" in str(err)


def test_only_sheet_is_the_stakeholders_whatever_its_name(xlsx: Make) -> None:
    path = xlsx({"Blad1": [["naam"], ["Stad"]], "relaties": [["van", "naar"]]})
    assert skm.read(path).ids == ("stad",)


def test_out_of_range_attitude(xlsx: Make, problems: Problems) -> None:
    path = xlsx({"actoren": [["naam", "houding"], ["Stad", -3]]})
    assert problems(path) == [("actoren", 2, "houding", -3)]
    assert "Expected a value between -2 and 2." in str(_error(path))


def test_bad_date(xlsx: Make, problems: Problems) -> None:
    path = xlsx(
        {
            "actoren": [["naam", "beoordeeld op"], ["Stad", "31/02/2026"]],
            "beoordelingen": [
                ["actor", "beoordelaar", "datum"],
                ["Stad", "An", "gisteren"],
            ],
        }
    )
    assert problems(path) == [
        ("actoren", 2, "beoordeeld op", "31/02/2026"),
        ("beoordelingen", 2, "datum", "gisteren"),
    ]


def test_bad_channel_word(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": STAKEHOLDERS,
            "relaties": [["van", "naar", "kanaal"], ["ocmw", "clb", "postduif"]],
        }
    )
    err = _error(path)
    assert [(r["sheet"], r["row"], r["column"], r["value"]) for r in err.records] == [
        ("relaties", 2, "kanaal", "postduif")
    ]
    assert "Expected one of 'meeting', 'email', 'newsletter'" in str(err)
    nl = _error(path, lang="nl")
    assert "Verwacht een van 'Overleg', 'E-mail', 'Nieuwsbrief'" in str(nl)


def test_bad_boolean_sign_and_whole_number(xlsx: Make, problems: Problems) -> None:
    path = xlsx(
        {
            "actoren": STAKEHOLDERS,
            "relaties": [
                ["van", "naar", "gericht", "teken"],
                ["ocmw", "clb", "soms", 2],
            ],
            "doelgroepen": [["naam", "min_actoren"], ["Ouders", 1.5], ["Jongeren", 0]],
        }
    )
    assert problems(path) == [
        ("relaties", 2, "gericht", "soms"),
        ("relaties", 2, "teken", 2),
        ("doelgroepen", 2, "min_actoren", 1.5),
        ("doelgroepen", 3, "min_actoren", 0),
    ]


def test_communication_item_needs_one_target(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": STAKEHOLDERS,
            "communicatie": [["actor", "categorie", "kanaal"], [None, None, "mail"]],
        }
    )
    err = _error(path, lang="nl")
    assert [(r["sheet"], r["row"], r["column"]) for r in err.records] == [
        ("communicatie", 2, "actor")
    ]
    assert "Geef precies één van 'actor' en 'categorie'." in str(err)


def test_duplicate_ids_point_at_the_name_when_ids_are_derived(xlsx: Make) -> None:
    path = xlsx({"actoren": [["naam"], ["Stad"], ["Buurt"], ["stad"]]})
    err = _error(path)
    assert [(r["row"], r["column"], r["value"]) for r in err.records] == [
        (4, "naam", "stad")
    ]
    assert "The id 'stad' is used more than once" in str(err)


def test_duplicate_relation_and_self_relation(xlsx: Make, problems: Problems) -> None:
    path = xlsx(
        {
            "actoren": STAKEHOLDERS,
            "relaties": [
                ["van", "naar", "soort"],
                ["ocmw", "clb", "advies"],
                ["OCMW", "CLB", "advice"],
                ["clb", "clb", None],
            ],
        }
    )
    assert problems(path) == [
        ("relaties", 3, "soort", "advice"),
        ("relaties", 4, "naar", "clb"),
    ]


def test_duplicate_columns(xlsx: Make, problems: Problems) -> None:
    path = xlsx({"actoren": [["naam", "macht", "Name"], ["Stad", 3, "City"]]})
    assert problems(path) == [("actoren", 1, "Name", None)]


def test_unnamed_column_with_values(xlsx: Make, problems: Problems) -> None:
    path = xlsx({"actoren": [["naam", None, "macht"], ["Stad", "???", 3], ["Buurt"]]})
    assert problems(path) == [("actoren", 1, "B", None)]
    assert len(skm.read(path, unknown_columns="ignore")) == 2


def test_values_beyond_the_last_header(xlsx: Make, problems: Problems) -> None:
    path = xlsx({"actoren": [["naam"], ["Stad", None, "x"]]})
    assert problems(path) == [("actoren", 1, "C", None)]


def test_duplicate_sheets(xlsx: Make) -> None:
    path = xlsx({"actoren": [["naam"], ["A"]], "Stakeholders": [["name"], ["B"]]})
    err = _error(path)
    assert [r["sheet"] for r in err.records] == ["Stakeholders"]
    assert "Sheets 'actoren' and 'Stakeholders' both hold the stakeholders" in str(err)


def test_meta_problems(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": [["naam"], ["A"]],
            "meta": [
                ["veld", "waarde"],
                ["naaam", "X"],
                ["taal", "Frans"],
                ["datum", "morgen"],
                ["schaal_min", "een"],
                ["schaal_label_9", "heel veel"],
                ["naam", "Y"],
                ["naam", "Z"],
            ],
        }
    )
    err = _error(path)
    # 'naaam' is not a key of ours: it is kept as the map's own attribute.
    assert [(r["sheet"], r["row"], r["column"], r["value"]) for r in err.records] == [
        ("meta", 3, "waarde", "Frans"),
        ("meta", 4, "waarde", "morgen"),
        ("meta", 5, "waarde", "een"),
        ("meta", 8, "waarde", "Z"),
    ]
    text = str(err)
    assert "Expected one of 'en', 'nl'." in text


def test_meta_scale_order_and_labels(xlsx: Make, problems: Problems) -> None:
    order = xlsx(
        {
            "actoren": [["naam"], ["A"]],
            "meta": [["scale_min", 5], ["scale_max", 1]],
        }
    )
    assert problems(order) == [("meta", 2, None, 1)]
    labels = xlsx(
        {
            "actoren": [["naam"], ["A"]],
            "meta": [["scale_max", 10], ["scale_label_11", "x"]],
        },
        name="labels.xlsx",
    )
    assert problems(labels) == [("meta", 2, None, "x")]


def test_meta_unknown_keys_can_be_ignored(xlsx: Make) -> None:
    path = xlsx({"actoren": [["naam"], ["A"]], "meta": [["kleur", "blauw"]]})
    assert skm.read(path, unknown_columns="ignore").name == "kaart"


def test_many_problems_in_many_sheets_come_in_one_error(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": [
                ["id", "naam", "macht", "belang", "kleur"],
                ["ocmw", "OCMW", "hoog", 3, None],
                ["kdv", "Kinderopvang", "heel veel", 7, None],
                ["clb", "CLB", 2, 2, None],
            ],
            "relaties": [
                ["van", "naar", "kanaal", "gewicht"],
                ["ocmw", "kdv", "mail", 9],
                ["ocmw", "ocmv", "duif", 2],
            ],
            "beoordelingen": [
                ["actor", "beoordelaar", "datum"],
                ["clb", "An", "30/02/2026"],
            ],
            "meta": [["schaal_max", "tien"]],
        }
    )
    err = _error(path)
    got = [(r["sheet"], r["row"], r["column"], r["value"]) for r in err.records]
    assert got == [
        ("meta", 1, None, "tien"),
        ("actoren", 3, "macht", "heel veel"),
        ("actoren", 3, "belang", 7),
        ("relaties", 2, "gewicht", 9),
        ("relaties", 3, "naar", "ocmv"),
        ("relaties", 3, "kanaal", "duif"),
        ("beoordelingen", 2, "datum", "30/02/2026"),
    ]
    text = str(err)
    assert text.startswith("kaart.xlsx has 7 problems:\n")
    assert "  sheet 'relaties', row 3, column 'naar' (value 'ocmv'): " in text
    failures = err.failures
    assert list(failures.columns) == [
        "file",
        "sheet",
        "row",
        "column",
        "value",
        "problem",
    ]
    assert failures["file"].eq("kaart.xlsx").all()
    # the relation to the invalid row 'kdv' is not reported as unknown
    assert "'kdv', which is not" not in text


def test_messages_in_dutch(xlsx: Make) -> None:
    path = xlsx(
        {
            "actoren": [["naam", "macht", "kleur"], ["Stad", 8, 1]],
            "relaties": [["van", "naar"], ["Stad", "Buurt"]],
        }
    )
    text = str(_error(path, lang="nl"))
    assert text.startswith("kaart.xlsx bevat 2 fouten:\n")
    assert "(waarde 8): `macht` moet op de schaal 1..5 van de kaart liggen" in text
    assert "`naar` noemt 'Buurt', maar dat is geen actor van de kaart." in text


def test_not_a_zip_file(tmp_path: Path) -> None:
    path = tmp_path / "kaart.xlsx"
    path.write_text("naam;macht\nStad;3\n", encoding="utf-8")
    err = _error(path)
    assert err.records[0]["file"] == "kaart.xlsx"
    assert "The file cannot be read" in str(err)
    assert "kaart.xlsx has 1 problem" in str(err)


def test_a_zip_that_is_no_workbook(tmp_path: Path) -> None:
    path = tmp_path / "kaart.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    assert "The file cannot be read" in str(_error(path, lang="en"))
    assert "Het bestand kan niet gelezen worden" in str(_error(path, lang="nl"))


def test_empty_stakeholders_sheet(xlsx: Make, problems: Problems) -> None:
    path = xlsx({"actoren": []})
    assert problems(path) == [("actoren", None, "naam", None)]


@pytest.mark.parametrize(
    "member", ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml"]
)
def test_workbook_with_broken_xml(xlsx: Make, tmp_path: Path, member: str) -> None:
    good = xlsx({"actoren": [["naam"], ["A"]]})
    bad = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(
                item, data[: len(data) // 2] if item.filename == member else data
            )
    err = _error(bad)
    assert err.records[0]["file"] == "broken.xlsx"
    assert "The file cannot be read" in str(err)


def test_truncated_workbook(xlsx: Make, tmp_path: Path) -> None:
    data = xlsx({"actoren": [["naam"], ["A"]]}).read_bytes()
    bad = tmp_path / "half.xlsx"
    bad.write_bytes(data[: len(data) // 2])
    assert "The file cannot be read" in str(_error(bad))
