"""skm.vocabulary: a coordinator's own words, checked, applied to reads, undone."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import stakeholder_map as skm
from stakeholder_map import i18n
from stakeholder_map.exceptions import VocabularyError
from stakeholder_map.models import relation_kind


@pytest.fixture(autouse=True)
def _fresh_words() -> Iterator[None]:
    skm.vocabulary.reset()
    yield
    skm.vocabulary.reset()


def _frame(**columns: Any) -> pd.DataFrame:
    return pd.DataFrame({"name": ["OCMW", "CLB"], **columns})


def _problems(words: Any, lang: str = "en") -> list[str]:
    with pytest.raises(VocabularyError) as info:
        skm.vocabulary.extend(words, lang=lang)
    return info.value.problems


# --------------------------------------------------------------------------------
# Words take effect on later reads
# --------------------------------------------------------------------------------


def test_a_column_word_reads_as_the_field_in_every_table_that_has_it() -> None:
    df = _frame(zeggenschap=[5, 1], belang=[2, 4])
    before = skm.from_dataframe(df, unknown_columns="ignore")
    assert [s.power for s in before.stakeholders] == [None, None]
    skm.vocabulary.extend({"columns": {"power": ["zeggenschap"]}})
    smap = skm.from_dataframe(df)
    assert [s.power for s in smap.stakeholders] == [5, 1]
    assert "zeggenschap" in i18n.COLUMN_ALIASES["assessments"]["power"]


def test_a_column_word_for_one_table_and_by_a_header_it_has() -> None:
    skm.vocabulary.extend({"columns": {"relations": {"soort": ["aard relatie"]}}})
    assert "aard_relatie" in i18n.COLUMN_ALIASES["relations"]["kind"]
    assert "aard_relatie" not in i18n.COLUMN_ALIASES["stakeholders"]["category"]
    skm.vocabulary.extend({"columns": {"macht": "gewicht in de schaal"}})
    assert "gewicht_in_de_schaal" in i18n.COLUMN_ALIASES["stakeholders"]["power"]


def test_a_score_word_reads_on_the_map_scale() -> None:
    df = _frame(power=["heel veel", "wat"], interest=[3, 3])
    skm.vocabulary.extend({"scores": {"heel veel": 1, "wat": "laag"}})
    smap = skm.from_dataframe(df)
    assert [s.power for s in smap.stakeholders] == [5, 1]
    # a word given by a five-point word makes its column five-point
    skm.vocabulary.extend({"scores": {"super hoog": "zeer hoog"}})
    assert "super_hoog" in i18n.FIVE_POINT_MARKERS
    assert i18n.SCORE_WORDS_FIVE["wat"] == i18n.SCORE_WORDS_FIVE["laag"] == 0.25
    df = _frame(power=["super hoog", "wat"], interest=[3, 3])
    assert [s.power for s in skm.from_dataframe(df).stakeholders] == [5, 2]


def test_attitude_kind_channel_and_yes_no_words() -> None:
    skm.vocabulary.extend(
        {
            "attitudes": {"fan": 2, "fel tegen": "sterk tegen", "+-": 0},
            "kinds": {"doorverwijzing": "advice"},
            "channels": {"whatsapp": "sociale media"},
            "frequencies": {"om de twee maanden": "monthly"},
            "engagement": {"slapend": "unaware"},
            "participation": {"meedenken": "consult"},
            "directions": {"van ons": "outgoing"},
            "booleans": {"jawel": True, "neen": "nee"},
            "unknown": ["geen idee"],
        }
    )
    assert i18n.ATTITUDE_WORDS["fan"] == 2
    assert i18n.ATTITUDE_WORDS["fel_tegen"] == -2
    assert i18n.ATTITUDE_WORDS["+-"] == 0
    assert relation_kind("Doorverwijzing") == skm.RelationKind.ADVICE
    assert i18n.CHOICE_WORDS["channel"]["whatsapp"] == "social_media"
    assert i18n.BOOL_WORDS["jawel"] is True
    assert i18n.BOOL_WORDS["neen"] is False
    assert "geen_idee" in i18n.UNKNOWN_WORDS
    df = pd.DataFrame(
        {
            "name": ["A", "B"],
            "attitude": ["fan", "fel tegen"],
            "engagement_current": ["slapend", None],
        }
    )
    smap = skm.from_dataframe(df)
    assert [s.attitude for s in smap.stakeholders] == [2, -2]
    assert smap.stakeholders[0].engagement_current == skm.EngagementLevel.UNAWARE


def test_a_word_the_tables_already_have_with_that_meaning_is_fine() -> None:
    aliases = i18n.COLUMN_ALIASES["stakeholders"]["power"]
    skm.vocabulary.extend({"columns": {"power": ["Macht"]}, "scores": {"hoog": 1}})
    assert i18n.COLUMN_ALIASES["stakeholders"]["power"] == aliases


def test_a_sheet_name_finds_its_table(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    for title in ("partnerlijst", "oude lijst"):
        ws = wb.create_sheet(title)
        ws.append(["naam", "macht"])
        ws.append(["OCMW", 4])
    wb.remove(wb["Sheet"])
    path = tmp_path / "kaart.xlsx"
    wb.save(path)
    with pytest.raises(skm.exceptions.InputDataError, match="stakeholders"):
        skm.read(path)  # two sheets could be the stakeholders: neither is taken
    skm.vocabulary.extend({"sheets": {"actoren": "Partnerlijst"}})
    with pytest.warns(skm.exceptions.InputNoteWarning, match="oude lijst"):
        smap = skm.read(path)
    assert [s.power for s in smap.stakeholders] == [4]


# --------------------------------------------------------------------------------
# Errors: every problem at once, nothing added, in English and Dutch
# --------------------------------------------------------------------------------


def test_unknown_kind_of_word() -> None:
    (problem,) = _problems({"colums": {"power": ["x"]}})
    assert "'colums' is no kind of word" in problem
    assert "Did you mean 'columns'?" in problem


def test_unknown_table_and_field() -> None:
    problems = _problems(
        {"columns": {"stakeholderz": {"power": ["x"]}, "powr": ["zeggenschap"]}}
    )
    assert "No table 'stakeholderz'" in problems[0]
    assert "Did you mean 'stakeholders'?" in problems[0]
    assert "'zeggenschap' cannot mean 'powr'" in problems[1]
    assert "Did you mean 'power'?" in problems[1]


def test_a_word_that_means_something_else_names_both_meanings() -> None:
    problems = _problems(
        {
            "columns": {"power": ["naam"]},
            "sheets": {"relations": ["actoren"]},
            "scores": {"hoog": 0},
            "attitudes": {"voor": -1},
            "kinds": {"geld": "advice"},
            "booleans": {"ja": False},
            "unknown": ["hoog"],
        }
    )
    assert problems == [
        "columns: 'naam' already means the column `name` of the table "
        "`stakeholders`, so it cannot also mean the column `power` of the table "
        "`stakeholders`. Choose another word, or leave this one out.",
        "sheets: 'actoren' already means the sheet of the table `stakeholders`, so "
        "it cannot also mean the sheet of the table `relations`. Choose another "
        "word, or leave this one out.",
        "scores: 'hoog' already means the score at 1 of the scale, so it cannot "
        "also mean the score at 0 of the scale. Choose another word, or leave this "
        "one out.",
        "attitudes: 'voor' already means the attitude +1, so it cannot also mean "
        "the attitude -1. Choose another word, or leave this one out.",
        "kinds: 'geld' already means `kind` 'funding', so it cannot also mean "
        "`kind` 'advice'. Choose another word, or leave this one out.",
        "booleans: 'ja' already means yes, so it cannot also mean no. Choose "
        "another word, or leave this one out.",
        "unknown: 'hoog' already means the score at 1 of the scale, so it cannot "
        "also mean 'not known'. Choose another word, or leave this one out.",
    ]


def test_a_sheet_name_cannot_be_the_name_of_the_words_sheet() -> None:
    (problem,) = _problems({"sheets": {"stakeholders": ["Woorden"]}})
    assert "'Woorden' already means the sheet of the table `words`" in problem


def test_two_new_words_that_clash_with_each_other() -> None:
    (problem,) = _problems(
        {"columns": {"power": ["zeggenschap"], "interest": ["zeggenschap"]}}
    )
    assert "'zeggenschap' already means the column `power`" in problem


def test_meanings_that_are_none() -> None:
    problems = _problems(
        {
            "scores": {"heel veel": 5, "iets": "een beetje", "niks": None},
            "attitudes": {"fan": 3},
            "channels": {"sms": "tekstbericht"},
            "booleans": {"misschien": 2},
        }
    )
    assert "'heel veel' cannot mean 5: give a fraction of the scale" in problems[0]
    assert "'iets' cannot mean 'een beetje'" in problems[1]
    assert "'niks' cannot mean None" in problems[2]
    assert "'fan' cannot mean 3: give a number from -2" in problems[3]
    assert "give one of 'meeting', 'email'" in problems[4]
    assert "'misschien' cannot mean 2: give yes or no" in problems[5]


def test_malformed_mappings() -> None:
    assert "but got a list" in _problems(["columns"])[0]  # type: ignore[arg-type]
    problems = _problems(
        {
            "scores": ["heel veel"],
            "columns": {"power": 5},
            "unknown": 3,
            "booleans": {"": True, 7.5: True},
        }
    )
    assert problems[0].startswith("`scores` takes a mapping of each word")
    assert problems[1].startswith("`columns` takes a mapping of each meaning")
    assert problems[2].startswith("`unknown` takes a list of words")
    assert "must be a text with a letter or digit, but got ''" in problems[3]
    assert len(problems) == 4  # 7.5 is a word ("7_5"), a true one


def test_nothing_is_added_when_one_word_fails() -> None:
    with pytest.raises(VocabularyError, match=r"1 problem\)"):
        skm.vocabulary.extend({"scores": {"heel veel": 1, "hoog": 0}})
    assert "heel_veel" not in i18n.SCORE_WORDS


def test_messages_in_dutch() -> None:
    with pytest.raises(VocabularyError) as info:
        skm.vocabulary.extend({"scores": {"hoog": 0}, "kolommen": {}}, lang="nl")
    assert str(info.value) == (
        "De woorden konden niet worden toegevoegd (aantal problemen: 2):\n"
        "  'kolommen' is geen soort woord. Soorten woorden: 'sheets', 'columns', "
        "'scores', 'attitudes', 'kinds', 'channels', 'frequencies', 'engagement', "
        "'participation', 'directions', 'booleans', 'unknown'.\n"
        "  scores: 'hoog' betekent al de score op 1 van de schaal, dus het kan niet "
        "ook de score op 0 van de schaal betekenen. Kies een ander woord, of laat "
        "dit weg."
    )
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, skm.exceptions.StakeholderMapError)


# --------------------------------------------------------------------------------
# Undoing: reset() and extended()
# --------------------------------------------------------------------------------


def test_reset_undoes_every_extension_and_the_caches() -> None:
    df = _frame(zeggenschap=[5, 1])
    kind_before = relation_kind("doorverwijzing")
    skm.vocabulary.extend(
        {
            "columns": {"power": ["zeggenschap"]},
            "kinds": {"doorverwijzing": "advice"},
            "unknown": ["geen idee"],
            "scores": {"super hoog": "zeer hoog"},
        }
    )
    assert skm.from_dataframe(df).stakeholders[0].power == 5
    assert relation_kind("doorverwijzing") == "advice"
    tables = i18n.COLUMN_ALIASES
    skm.vocabulary.reset()
    assert i18n.COLUMN_ALIASES is tables  # changed in place: references stay good
    assert "zeggenschap" not in i18n.COLUMN_ALIASES["stakeholders"]["power"]
    assert "geen_idee" not in i18n.UNKNOWN_WORDS
    assert "super_hoog" not in i18n.FIVE_POINT_MARKERS
    assert relation_kind("doorverwijzing") == kind_before == "doorverwijzing"
    smap = skm.from_dataframe(df, unknown_columns="ignore")
    assert smap.stakeholders[0].power is None


def test_extended_applies_inside_the_block_only() -> None:
    skm.vocabulary.extend({"booleans": {"jawel": True}})
    with skm.vocabulary.extended({"channels": {"whatsapp": "social_media"}}):
        assert "whatsapp" in i18n.CHOICE_WORDS["channel"]
        assert "jawel" in i18n.BOOL_WORDS
    assert "whatsapp" not in i18n.CHOICE_WORDS["channel"]
    assert "jawel" in i18n.BOOL_WORDS  # what was there before the block stays


def test_extended_undoes_its_words_when_the_block_fails() -> None:
    with (
        pytest.raises(RuntimeError),
        skm.vocabulary.extended({"booleans": {"jawel": True}}),
    ):
        raise RuntimeError
    assert "jawel" not in i18n.BOOL_WORDS
    with (
        pytest.raises(VocabularyError),
        skm.vocabulary.extended({"booleans": {"ja": False}}),
    ):
        pass  # pragma: no cover - extended raises before the block


def test_extensions_wait_for_a_scope_in_another_thread() -> None:
    inside = threading.Event()
    release = threading.Event()
    done: list[bool] = []

    def read_with_own_words() -> None:
        with skm.vocabulary.extended({"booleans": {"jawel": True}}):
            inside.set()
            release.wait(5)

    def extend_meanwhile() -> None:
        skm.vocabulary.extend({"booleans": {"welja": True}})
        done.append("jawel" in i18n.BOOL_WORDS)

    reader = threading.Thread(target=read_with_own_words)
    reader.start()
    inside.wait(5)
    other = threading.Thread(target=extend_meanwhile)
    other.start()
    other.join(0.2)
    assert done == []  # waits for the scope to end
    release.set()
    reader.join(5)
    other.join(5)
    assert done == [False]
    assert "welja" in i18n.BOOL_WORDS
