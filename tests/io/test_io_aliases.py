"""The words tables: every header and label the writers use reads back the same."""

from __future__ import annotations

import pytest

from stakeholder_map import i18n
from stakeholder_map.io._cells import choice_words, field_kind, lookup_key
from stakeholder_map.io._headers import names as header_names
from stakeholder_map.io._tables import collections, header

TABLES = list(collections())


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_written_headers_read_back(table: str, lang: str) -> None:
    fields = tuple(collections()[table].model_fields)
    aliases = header_names(table, fields)
    for fld in fields:
        if fld != "attributes":
            assert aliases[lookup_key(header(table, fld, lang))][0] == fld


@pytest.mark.parametrize("table", TABLES)
def test_every_table_has_sheet_names(table: str) -> None:
    for lang in ("en", "nl"):
        name = i18n.SHEET_NAMES[lang][table]
        assert lookup_key(name) in {lookup_key(a) for a in i18n.SHEET_ALIASES[table]}


def test_sheet_aliases_do_not_clash() -> None:
    seen: dict[str, str] = {}
    for table, names in i18n.SHEET_ALIASES.items():
        for name in (table, *names):
            key = lookup_key(name)
            assert seen.setdefault(key, table) == table, key


@pytest.mark.parametrize("table", TABLES)
def test_column_aliases_do_not_clash(table: str) -> None:
    seen: dict[str, str] = {}
    for fld, names in i18n.COLUMN_ALIASES.get(table, {}).items():
        for name in names:
            key = lookup_key(name)
            assert seen.setdefault(key, fld) == fld, (table, key)


def test_choice_labels_read_back_to_their_value() -> None:
    for table, model in collections().items():
        for fld in model.model_fields:
            kind = field_kind(model, fld)
            if kind.name != "choice" or kind.enum is None:
                continue
            words = choice_words(kind.enum)
            for member in kind.enum:
                for lang in ("en", "nl"):
                    label = i18n.label(str(member.value), lang)
                    assert words[lookup_key(label)] == member.value, (table, label)


def test_every_field_has_a_known_kind() -> None:
    for model in collections().values():
        for fld in model.model_fields:
            if fld != "attributes":  # the user's own columns, typed by the reader
                assert field_kind(model, fld).name != "raw", (model.__name__, fld)
