"""The message catalogs: complete in Dutch, in step with the source, compiled.

The English source is ``src/stakeholder_map/_messages.py``; ``scripts/catalogs.py``
extracts it and updates and compiles every language's catalog. These tests fail
when someone forgot to run it, or left a message without its Dutch.
"""

from __future__ import annotations

import importlib.util
import json
import re
import string
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from stakeholder_map import _messages, i18n

ROOT = Path(__file__).resolve().parent.parent
#: The en/nl output of every message and label on main before the catalogs
#: (commit a0369c3), with the parameters it was rendered with.
BEFORE = json.loads(
    (ROOT / "tests" / "data" / "i18n_messages_before.json").read_text(encoding="utf-8")
)


def _script() -> ModuleType:
    path = ROOT / "scripts" / "catalogs.py"
    spec = importlib.util.spec_from_file_location("catalogs_script", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


catalogs = _script()


# --------------------------------------------------------------------------------
# The runtime renders exactly what the Python tables rendered
# --------------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(BEFORE["text"]))
def test_text_renders_as_before(key: str) -> None:
    entry = BEFORE["text"][key]
    for lang in ("en", "nl", "xx"):
        got = [i18n.text(key, lang, **params) for params in entry["params"]]
        assert got == entry[lang], (key, lang)


def test_label_renders_as_before() -> None:
    for key, by_lang in BEFORE["label"].items():
        for lang, expected in by_lang.items():
            assert i18n.label(key, lang) == expected, (key, lang)


def test_workshop_texts_render_as_before() -> None:
    assert BEFORE["workshop"] == i18n.WORKSHOP_TEXTS
    for lang in ("en", "nl"):
        assert i18n.workshop_texts(lang) == BEFORE["workshop"][lang]


def test_quadrant_titles_and_strategies_render_as_before() -> None:
    for labels, titles in BEFORE["quadrant_label"].items():
        for q, expected in titles.items():
            assert i18n.quadrant_label(q, labels) == expected
            assert (
                i18n.quadrant_strategy(q, labels)
                == (BEFORE["quadrant_strategy"][labels][q])
            )
    assert BEFORE["join_words"] == {
        lang: i18n.join_words(["a", "b", "c"], lang) for lang in ("en", "nl")
    }


def test_the_language_label_sets_agree_with_the_catalogs() -> None:
    # GRID_LABEL_SETS keeps its en and nl entries for code that reads the dict.
    for lang in ("en", "nl"):
        titles = {q: i18n.quadrant_label(q, lang) for q in i18n.GRID_LABEL_SETS[lang]}
        assert titles == i18n.GRID_LABEL_SETS[lang]
    assert set(i18n.label_sets()) == {*i18n.GRID_LABEL_SETS, "fr"}


def test_unknown_keys_and_languages() -> None:
    with pytest.raises(KeyError):
        i18n.text("no such message", "nl")
    assert i18n.label("Buurtwerk", "fr") == "Buurtwerk"
    # A region code we ship no catalog for is English, as before (no "nl" fallback).
    assert i18n.text("cli_usage", "nl_BE") == "Usage:"
    assert i18n.label("power", "de") == "Power"


def test_french_falls_back_to_english_never_to_a_key() -> None:
    fr = catalogs.read_catalog(catalogs.po_path("fr"))
    untranslated = {ctx for ctx, _ in catalogs.untranslated(fr)}
    key = next(k for k in sorted(_messages.TEXTS) if k in untranslated)
    params = dict.fromkeys(_fields(_messages.TEXTS[key]), "x")
    assert i18n.text(key, "fr", **params) == i18n.text(key, "en", **params)
    assert i18n.text("problems_heading", "fr", where="Le fichier", n=2) == (
        "Le fichier a 2 problèmes :"
    )


def test_message_keys_are_unique_across_tables() -> None:
    # Texts and labels share the catalog's contexts, so a key may name only one.
    assert not set(_messages.TEXTS) & set(_messages.LABELS)
    contexts = [ctx for ctx, _ in _extracted()]
    assert len(contexts) == len(set(contexts))


# --------------------------------------------------------------------------------
# The catalogs
# --------------------------------------------------------------------------------


def _extracted() -> list[tuple[str, str]]:
    return [(m.context, str(m.id)) for m in catalogs.template() if m.id]


def _fields(message: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(message) if field}


def _placeholders(message: str) -> set[str]:
    # ``{s}`` is the plural ending text() adds; a language may do without it.
    return _fields(message) - {"s"}


def test_the_catalog_languages() -> None:
    assert catalogs.languages() == sorted(i18n.MESSAGE_LANGUAGES[1:])


def test_every_message_has_its_dutch() -> None:
    nl = catalogs.read_catalog(catalogs.po_path("nl"))
    missing = list(catalogs.untranslated(nl))
    assert missing == [], (
        f"{len(missing)} message(s) without Dutch (or marked fuzzy) in "
        "locale/nl/LC_MESSAGES/stakeholder_map.po; translate them"
    )


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_the_catalog_is_in_step_with_the_source(lang: str) -> None:
    po = catalogs.read_catalog(catalogs.po_path(lang))
    pot = catalogs.read_catalog(catalogs.TEMPLATE)
    source = sorted(_extracted())
    assert sorted((m.context, str(m.id)) for m in pot if m.id) == source, (
        "the template is stale: run `python scripts/catalogs.py`"
    )
    assert sorted((m.context, str(m.id)) for m in po if m.id) == source, (
        f"the {lang} catalog is stale: run `python scripts/catalogs.py`"
    )


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_the_compiled_catalog_is_fresh(lang: str) -> None:
    path = catalogs.po_path(lang)
    compiled = path.with_suffix(".mo").read_bytes()
    assert compiled == catalogs.mo_bytes(catalogs.read_catalog(path)), (
        f"{path.with_suffix('.mo').name} of {lang} is stale: "
        "run `python scripts/catalogs.py`"
    )


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_translations_keep_the_placeholders(lang: str) -> None:
    po = catalogs.read_catalog(catalogs.po_path(lang))
    wrong = [
        (m.context, sorted(_fields(str(m.id))), sorted(_fields(str(m.string))))
        for m in po
        if m.id
        and m.string
        and not m.fuzzy  # not used until a translator checks it
        and (
            _placeholders(str(m.id)) != _placeholders(str(m.string))
            or ("s" in _fields(str(m.string)) and "n" not in _fields(str(m.id)))
        )
    ]
    assert wrong == []


def test_the_check_finds_nothing_to_do() -> None:
    assert catalogs.run(check=True) == []


def test_a_changed_message_is_caught(tmp_path: Path) -> None:
    # The checks above must be able to fail: a catalog missing a message, with a
    # wrong placeholder and an empty translation is reported by each rule.
    po = catalogs.read_catalog(catalogs.po_path("nl"))
    message = po.get("Usage:", context="cli_usage")
    assert message is not None
    po.delete("Usage:", context="cli_usage")
    assert sorted((m.context, str(m.id)) for m in po if m.id) != sorted(_extracted())
    po.add("{name} is {value}", "{naam} is {value}", context="test")
    po.add("Empty", "", context="test_empty")
    bad = [
        m.context
        for m in po
        if m.string and _placeholders(m.id) != _placeholders(m.string)
    ]
    assert bad == ["test"]
    assert ("test_empty", "Empty") in set(catalogs.untranslated(po))
    assert (
        catalogs.mo_bytes(po) != catalogs.po_path("nl").with_suffix(".mo").read_bytes()
    )


def test_messages_are_pure_source() -> None:
    # Babel extracts only literal strings: no f-string or name may hide a message.
    source = (ROOT / "src" / "stakeholder_map" / "_messages.py").read_text("utf-8")
    calls = len(re.findall(r"\b_T\(", source)) - 2  # the definition and docstring
    assert calls == len(_extracted())


# --------------------------------------------------------------------------------
# French: the command line and the grid
# --------------------------------------------------------------------------------

_CLI_FILES = ("cli.py", "_cli_base.py", "workshop/cli.py")
#: What the power/interest grid shows besides the messages its code names.
_GRID_KEYS = {
    "power",
    "interest",
    "attitude",
    "category",
    "quadrant",
    "strategy",
    "not_assessed",
    "other_labels",
    *(f"attitude_{band}" for band in (-2, -1, 0, 1, 2)),
    *_messages.QUADRANT_TITLES,
    *_messages.STRATEGIES,
}


def _keys_named_in(*files: str) -> set[str]:
    import ast

    known = {*_messages.TEXTS, *_messages.LABELS}
    keys = set()
    for name in files:
        tree = ast.parse((ROOT / "src" / "stakeholder_map" / name).read_text("utf-8"))
        keys |= {
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and node.value in known
        }
    return keys


def test_french_covers_the_command_line_and_the_grid() -> None:
    keys = _keys_named_in(*_CLI_FILES, "plotting/grid.py")
    # messages whose key is built or looked up by a helper of the command line
    keys |= {k for k in _messages.TEXTS if k.startswith(("cli_", "ws_", "click_"))}
    keys |= _GRID_KEYS | {"plural_suffix", "and", "or"}
    assert {"cli_usage", "click_no_such_option", "ws_no_db", "power"} <= keys
    fr = catalogs.read_catalog(catalogs.po_path("fr"))
    missing = sorted(keys & {ctx for ctx, _ in catalogs.untranslated(fr)})
    assert missing == [], "translate these in locale/fr/LC_MESSAGES/stakeholder_map.po"


def test_the_grid_in_french() -> None:
    from matplotlib.figure import Figure

    from stakeholder_map.plotting import PowerInterestGrid

    grid = PowerInterestGrid((1, 5), labels="fr")
    assert grid.lang == "fr"
    assert grid.quadrant_titles == {
        "manage_closely": "Impliquer étroitement",
        "keep_satisfied": "Garder satisfait",
        "keep_informed": "Tenir informé",
        "monitor": "Surveiller",
    }
    ax = grid.draw(Figure().add_subplot())
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Intérêt", "Pouvoir")
    # a method's own label set stays as the source names it
    assert (
        PowerInterestGrid(labels="eden_ackermann", lang="fr").quadrant_titles["monitor"]
        == "Crowd"
    )


# --------------------------------------------------------------------------------
# Warnings speak the map's language
# --------------------------------------------------------------------------------


def _map(language: str) -> Any:
    import stakeholder_map as skm

    return skm.StakeholderMap(
        language=language,
        stakeholders=[
            {"id": "a", "name": "A", "power": 5, "interest": 4, "attitude": 1},
            {"id": "b", "name": "B", "attitude": -2},
            {"id": "c", "name": "C", "power": 3, "interest": 2},
        ],
    )


def test_an_unassessed_warning_in_dutch_and_in_english() -> None:
    from stakeholder_map.analysis import power_interest
    from stakeholder_map.exceptions import UnassessedWarning

    with pytest.warns(UnassessedWarning) as caught:
        power_interest(_map("nl"))
    assert str(caught[0].message) == (
        "1 actor(en) zonder `power` of `interest` weggelaten uit het "
        "macht/belang-rooster: 'B'. Geef ze een score om ze mee te nemen."
    )
    with pytest.warns(UnassessedWarning) as caught:
        power_interest(_map("en"))
    assert str(caught[0].message) == (  # as before the catalogs, word for word
        "1 stakeholder(s) without `power` or `interest` are left out of the "
        "power/interest grid: 'B'. Score them to include them."
    )
    assert caught[0].message.names == ("B",)  # type: ignore[union-attr]


def test_more_warnings_in_dutch() -> None:
    import stakeholder_map as skm
    from stakeholder_map.analysis import compare, support_balance
    from stakeholder_map.exceptions import StakeholderMapWarning

    with pytest.warns(StakeholderMapWarning, match="Actoren weggelaten uit de "):
        support_balance(_map("nl"))
    with pytest.warns(StakeholderMapWarning, match=r"zonder `attitude`: 'C'"):
        support_balance(_map("nl"))
    wide = skm.StakeholderMap(scale=(0, 10), stakeholders=[{"id": "a", "name": "A"}])
    with pytest.warns(StakeholderMapWarning) as caught:
        compare(_map("nl"), wide)
    assert str(caught[0].message) == (
        "De kaarten gebruiken verschillende schalen (1..5 en 0..10); de scores van "
        "de latere kaart zijn omgerekend naar 1..5."
    )


def test_a_figure_warning_in_french() -> None:
    import matplotlib.pyplot as plt

    from stakeholder_map.exceptions import StakeholderMapWarning
    from stakeholder_map.plotting.labels import place_labels

    _, ax = plt.subplots(figsize=(1, 1))
    ax.scatter([0.5, 0.5], [0.5, 0.5])
    names = ["Un nom bien trop long pour une si petite figure"] * 2
    with pytest.warns(StakeholderMapWarning, match="sans place, omise"):
        place_labels(ax, [0.5] * 2, [0.5] * 2, names, number_fallback=False, lang="fr")
