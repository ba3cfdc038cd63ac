"""How a map shows itself: the short repr and the HTML summary for notebooks."""

from __future__ import annotations

import html
import re
import subprocess
import sys

import pytest

import stakeholder_map as skm
from stakeholder_map._repr import MAX_ROWS, OPEN_ROWS, map_html, map_problems

EVIL = "<script>alert(1)</script>"


def _rows(page: str) -> list[list[str]]:
    """Cells of the stakeholder table, as text."""
    body = re.search(r"<tbody>(.*?)</tbody>", page, flags=re.DOTALL)
    assert body is not None
    return [
        [html.unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]
        for row in re.findall(r"<tr>(.*?)</tr>", body.group(1))
    ]


def _clean_map() -> skm.StakeholderMap:
    """Every stakeholder scored, with an attitude and a relation; no themes."""
    return skm.StakeholderMap(
        name="Clean",
        stakeholders=[
            skm.Stakeholder(id="a", name="A", power=5, interest=5, attitude=1),
            skm.Stakeholder(id="b", name="B", power=1, interest=1, attitude=-1),
        ],
        relations=[skm.Relation(source="a", target="b")],
    )


# --------------------------------------------------------------------------------
# repr and str
# --------------------------------------------------------------------------------


def test_repr_of_the_example_is_one_line_with_counts(
    example_map: skm.StakeholderMap,
) -> None:
    assert repr(example_map) == (
        "StakeholderMap(name='Huis van het Kind Vlasbeke', 38 stakeholders, "
        "94 relations, 4 themes, 82 stakes, 257 assessments, 70 interactions, "
        "15 planned items, 4 segments, scale 1-5, language 'nl', date 2026-09-24)"
    )
    assert str(example_map) == repr(example_map)


def test_repr_leaves_out_empty_collections_and_the_date() -> None:
    smap = skm.StakeholderMap(name="x", scale=(0, 10))
    assert repr(smap) == (
        "StakeholderMap(name='x', 0 stakeholders, 0 relations, scale 0-10, "
        "language 'en')"
    )


def test_repr_does_not_list_the_stakeholders(tiny_map: skm.StakeholderMap) -> None:
    text = repr(tiny_map)
    assert "4 stakeholders, 3 relations" in text
    assert "Alpha" not in text


def test_repr_and_html_do_not_load_the_heavy_layers_for_repr() -> None:
    code = (
        "import sys, stakeholder_map as skm; "
        "m = skm.StakeholderMap(name='x', stakeholders=[skm.Stakeholder(name='A')]); "
        "repr(m); str(m); "
        "print('pandas' in sys.modules, 'matplotlib' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "False"]


# --------------------------------------------------------------------------------
# HTML summary
# --------------------------------------------------------------------------------


def test_html_of_the_dutch_example(example_map: skm.StakeholderMap) -> None:
    page = example_map._repr_html_()
    assert page.startswith('<div class="skm-map" lang="nl">')
    assert "Huis van het Kind Vlasbeke" in page
    assert "Schaal: 1–5" in page
    assert "Datum: 2026-09-24" in page
    for count, word in [
        (38, "actoren"),
        (94, "relaties"),
        (257, "beoordelingen"),
        (4, "beoordelaars"),
        (2, "beoordelingsdata"),
        (70, "geregistreerde contacten"),
        (15, "geplande boodschappen"),
    ]:
        assert f"<b>{count}</b> {word}" in page
    assert "Nauw betrekken: <b>11</b>" in page
    assert "niet beoordeeld: <b>2</b>" in page
    # 38 rows are folded away, the problems are open
    assert "<details><summary>Actoren (38)</summary>" in page
    assert '<details class="skm-problems" open><summary>Na te kijken (2)' in page
    assert "<script" not in page


def test_html_table_rows_match_the_grid(example_map: skm.StakeholderMap) -> None:
    rows = _rows(example_map._repr_html_())
    assert len(rows) == len(example_map)
    by_name = {r[0]: r for r in rows}
    assert by_name["OCMW Vlasbeke"] == [
        "OCMW Vlasbeke",
        "overheid",
        "5",
        "4",
        "+1",
        "Nauw betrekken",
    ]
    unscored = next(s for s in example_map if s.power is None)
    assert by_name[unscored.name][2:] == ["", "", "", "niet beoordeeld"]


def test_html_in_english_is_open_for_a_short_table() -> None:
    smap = skm.load_example("community_centre")
    assert len(smap) <= OPEN_ROWS
    page = smap._repr_html_()
    assert "<details open><summary>Stakeholders (12)</summary>" in page
    assert "Manage closely: <b>3</b>" in page
    assert "<th>Power</th>" in page
    assert '<details class="skm-problems"' not in page  # nothing to check here


def test_html_neutral_attitude_has_no_sign(tiny_map: skm.StakeholderMap) -> None:
    rows = {r[0]: r for r in _rows(tiny_map._repr_html_())}
    assert rows["Gamma"][4] == "0"
    assert rows["Beta"][4] == "-1"
    assert rows["Delta"][4] == ""


def test_html_escapes_everything_from_the_map() -> None:
    smap = skm.StakeholderMap(
        name=f"Kaart {EVIL}",
        description='<img src="x" onerror="alert(2)">',
        stakeholders=[
            skm.Stakeholder(
                id="x", name=EVIL, category="<b>bold</b>", power=5, interest=5
            ),
            skm.Stakeholder(id="y", name="Y & Z", power=1, interest=1, attitude=0),
        ],
        relations=[skm.Relation(source="x", target="y")],
        interests=[skm.Interest(id="t", name="<i>thema</i>")],
    )
    page = map_html(smap)
    assert "<script" not in page
    assert "<img" not in page
    assert "<b>bold</b>" not in page
    assert "<i>thema</i>" not in page
    assert html.escape(EVIL) in page
    assert "Y &amp; Z" in page
    # the names reach the problem lines escaped too
    assert html.escape("<i>thema</i>") in page


def test_html_of_an_empty_map() -> None:
    page = skm.StakeholderMap(name="Leeg", language="nl")._repr_html_()
    assert "De kaart heeft nog geen actoren." in page
    assert "<table" not in page
    assert "<b>0</b> actoren · <b>0</b> relaties" in page


def test_html_cuts_long_tables() -> None:
    people = [
        skm.Stakeholder(id=f"s{i}", name=f"S{i}", power=3, interest=3)
        for i in range(MAX_ROWS + 5)
    ]
    smap = skm.StakeholderMap(name="Groot", stakeholders=people)
    page = smap._repr_html_()
    assert len(_rows(page)) == MAX_ROWS
    assert f"The first {MAX_ROWS} of {MAX_ROWS + 5} stakeholders are shown." in page


def test_ipython_shows_the_html(example_map: skm.StakeholderMap) -> None:
    formatters = pytest.importorskip("IPython.core.formatters")
    data, _ = formatters.DisplayFormatter().format(example_map)
    assert data["text/html"] == example_map._repr_html_()
    assert data["text/plain"] == repr(example_map)


# --------------------------------------------------------------------------------
# Points to check
# --------------------------------------------------------------------------------


def test_no_problems_in_a_clean_map() -> None:
    assert map_problems(_clean_map()) == []


def test_problems_of_the_example(example_map: skm.StakeholderMap) -> None:
    assert map_problems(example_map, lang="en") == [
        "2 stakeholders without power or interest, so not on the grid: "
        "Speel-o-theek De Knikker, Zelforganisatie van nieuwkomers Samen Thuis.",
        "2 target groups with fewer representatives than needed: Gezinnen in "
        "armoede, Vaders.",
    ]
    # by default in the map's language
    assert map_problems(example_map)[0].startswith("2 actoren zonder macht of belang")


def test_problem_not_scored_and_no_attitude() -> None:
    smap = _clean_map().model_copy(
        update={
            "stakeholders": (
                skm.Stakeholder(id="a", name="A", power=5, interest=5),
                skm.Stakeholder(id="b", name="B", power=1),
            )
        }
    )
    assert map_problems(smap) == [
        "1 stakeholder without power or interest, so not on the grid: B.",
        "1 stakeholder without an attitude: A.",
    ]


def test_problem_no_relations_only_when_the_map_has_relations() -> None:
    lonely = skm.Stakeholder(id="c", name="C", power=2, interest=2, attitude=0)
    smap = _clean_map()
    with_c = smap.model_copy(update={"stakeholders": (*smap.stakeholders, lonely)})
    assert map_problems(with_c) == ["1 stakeholder without any relation: C."]
    without_relations = with_c.model_copy(update={"relations": ()})
    assert map_problems(without_relations) == []


def test_problem_duplicate_names() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            skm.Stakeholder(id="ocmw", name="OCMW", power=5, interest=5, attitude=1),
            skm.Stakeholder(id="ocmw2", name="ocmw ", power=5, interest=4, attitude=1),
        ],
    )
    assert map_problems(smap, lang="nl") == [
        "De naam 'OCMW' staat bij 2 actoren (ocmw, ocmw2); gaat het om dezelfde?"
    ]


@pytest.mark.parametrize(
    ("n", "lang", "expected"),
    [
        (1, "en", "1 theme on which no stakeholder takes a stance: T0."),
        (2, "en", "2 themes on which no stakeholder takes a stance: T0, T1."),
        (2, "nl", "2 thema's waarover geen enkele actor een standpunt heeft: T0, T1."),
    ],
)
def test_problem_unused_themes(n: int, lang: str, expected: str) -> None:
    themes = [skm.Interest(id=f"t{i}", name=f"T{i}") for i in range(n)]
    taken = skm.Interest(id="taken", name="Taken")
    smap = _clean_map().model_copy(
        update={
            "interests": (*themes, taken),
            "stakes": (skm.Stake(stakeholder_id="a", interest_id="taken", position=1),),
        }
    )
    assert map_problems(smap, lang=lang) == [expected]


def test_problem_unrepresented_segments() -> None:
    smap = _clean_map().model_copy(
        update={
            "segments": (
                skm.Segment(name="Vaders", tags=["vader"]),
                skm.Segment(name="Met A", stakeholder_ids=["a"]),
                skm.Segment(
                    name="Twee nodig", stakeholder_ids=["b"], min_stakeholders=2
                ),
            )
        }
    )
    assert map_problems(smap) == [
        "2 target groups with fewer representatives than needed: Vaders, Twee nodig."
    ]


def test_long_name_lists_are_shortened() -> None:
    people = [skm.Stakeholder(id=f"s{i}", name=f"S{i}") for i in range(11)]
    smap = skm.StakeholderMap(stakeholders=people)
    (line,) = map_problems(smap)
    assert line == (
        "11 stakeholders without power or interest, so not on the grid: "
        "S0, S1, S2, S3, S4, S5, S6, S7, and 3 more."
    )


def test_html_when_nobody_is_scored() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[skm.Stakeholder(name="A"), skm.Stakeholder(name="B")]
    )
    page = smap._repr_html_()
    assert "not assessed: <b>2</b>" in page
    assert [r[-1] for r in _rows(page)] == ["not assessed", "not assessed"]
