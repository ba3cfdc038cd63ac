"""The word tables of i18n, built from the data files in stakeholder_map/words/.

``tests/data/words_tables.json`` was dumped from the Python dicts of ``i18n.py``
before the words moved to the data files; the tables built from the files must
hold the same words with the same meanings.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from stakeholder_map import _words, i18n

FIXTURE = json.loads(
    (Path(__file__).parent / "data" / "words_tables.json").read_text(encoding="utf-8")
)

#: Tables of aliases: name -> (canonical name, aliases...). Each data file lists
#: its own language's aliases, so a merged tuple lists the English aliases before
#: the Dutch ones where the old dicts interleaved them (the first, canonical name
#: stays first). Whatever the order, every alias reads as the same field; only
#: which of two aliases of one field in a single sheet wins can differ.
ALIAS_TABLES = {"SHEET_ALIASES", "META_KEY_ALIASES", "META_HEADER_ALIASES"}


def _json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_json(v) for v in value]
    if isinstance(value, frozenset):
        return sorted(value)
    return value


def _check_aliases(got: dict[str, tuple[str, ...]], expected: dict[str, Any]) -> None:
    assert list(got) == list(expected)
    for key, aliases in expected.items():
        assert isinstance(got[key], tuple)
        assert got[key][0] == aliases[0], key
        assert set(got[key]) == set(aliases), key
        assert len(got[key]) == len(set(got[key])), f"{key} lists a word twice"


PUBLIC = sorted(name for name in FIXTURE if not name.startswith("_"))


@pytest.mark.parametrize("name", PUBLIC)
def test_table_holds_the_words_of_the_old_dicts(name: str) -> None:
    got = getattr(i18n, name)
    expected = FIXTURE[name]
    if name in ALIAS_TABLES:
        _check_aliases(got, expected)
    elif name == "COLUMN_ALIASES":
        assert list(got) == list(expected)
        for table, fields in expected.items():
            _check_aliases(got[table], fields)
    elif name == "PERSONAL_HEADER_WORDS":  # matched as a set of words
        assert isinstance(got, tuple)
        assert sorted(got) == sorted(expected)
    else:
        assert _json(got) == expected


def test_tables_keep_their_types() -> None:
    assert isinstance(i18n.SCORE_WORDS["hoog"], float)
    assert isinstance(i18n.FIVE_POINT_MARKERS, frozenset)
    assert isinstance(i18n.UNKNOWN_WORDS, frozenset)
    assert isinstance(i18n.PERSON_WORDS, frozenset)
    assert isinstance(i18n.BOOL_WORDS["ja"], bool)
    assert isinstance(i18n.COLUMN_ALIASES["stakeholders"]["power"], tuple)
    assert isinstance(i18n.ATTITUDE_WORDS_SHOWN["nl"], tuple)


def test_every_table_name_is_declared_in_i18n() -> None:
    assert set(_words.NAMES) <= set(i18n.__annotations__)
    assert set(_words.build()) == set(_words.NAMES)


def test_each_word_lives_in_one_language_file() -> None:
    docs = _words.documents()
    for table, fields in docs["en"]["columns"].items():
        for fld, words in fields.items():
            dutch = docs["nl"].get("columns", {}).get(table, {}).get(fld, [])
            assert not set(words) & set(dutch), (table, fld)


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NO_SUCH_WORDS"):
        _ = i18n.NO_SUCH_WORDS


def test_the_data_files_are_read_on_first_use_only() -> None:
    code = (
        "import sys, stakeholder_map as skm; "
        "skm.Stakeholder(name='A'); "
        "print('tomllib' in sys.modules); "
        "skm.i18n.SCORE_WORDS; "
        "print('tomllib' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "True"]
