"""Texts users see, in their language, and the words accepted on input.

No other module hard-codes user-facing text. The sentences and labels users read
are written in English in :mod:`stakeholder_map._messages` and translated in gettext
catalogs (``locale/<lang>/LC_MESSAGES/stakeholder_map.po``); :func:`label` and
:func:`text` look them up by their stable keys. The column, sheet and value aliases
of the readers are built on first use from the data files
``stakeholder_map/words/*.toml`` (:mod:`stakeholder_map._words`); a coordinator adds
words with :mod:`stakeholder_map.vocabulary`.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stakeholder_map import _words

if TYPE_CHECKING:
    import gettext
    from types import ModuleType

__all__ = [
    "GRID_LABEL_SETS",
    "LANGUAGES",
    "MESSAGE_LANGUAGES",
    "PERSON_WORDS",
    "join_words",
    "label",
    "label_sets",
    "normalize",
    "quadrant_label",
    "quadrant_strategy",
    "text",
    "workshop_texts",
]

#: The languages of maps, input words and complete messages: English and Dutch.
LANGUAGES = ("en", "nl")


def normalize(value: object) -> str:
    """Normalise a header or a word for lookup.

    Lower-case, accents removed, and every run of spaces, hyphens, underscores,
    dots and slashes turned into one underscore.

    Parameters
    ----------
    value
        The text to normalise.

    Returns
    -------
    str
        The lookup key.

    Examples
    --------
    >>> from stakeholder_map.i18n import normalize
    >>> normalize("  Sociale   Média ")
    'sociale_media'
    """
    return _normalize_text(str(value))


@functools.lru_cache(maxsize=8192)
def _normalize_text(value: str) -> str:
    # Cached: the same headers, kind words and scores recur on every row.
    text_ = unicodedata.normalize("NFKD", value).encode("ascii", "ignore")
    out = []
    prev_sep = True
    for ch in text_.decode("ascii").strip().lower():
        if ch.isalnum():
            out.append(ch)
            prev_sep = False
        elif not prev_sep:
            out.append("_")
            prev_sep = True
    return "".join(out).strip("_")


# --------------------------------------------------------------------------------
# Power/interest grid label sets (METHODS.md section 2)
# --------------------------------------------------------------------------------

#: Quadrant titles per label set. ``en`` and ``nl`` are the defaults per language;
#: :func:`quadrant_label` takes those (and ``fr``) from the message catalogs.
GRID_LABEL_SETS: dict[str, dict[str, str]] = {
    "en": {
        "manage_closely": "Manage closely",
        "keep_satisfied": "Keep satisfied",
        "keep_informed": "Keep informed",
        "monitor": "Monitor",
    },
    "nl": {
        "manage_closely": "Nauw betrekken",
        "keep_satisfied": "Tevreden houden",
        "keep_informed": "Informeren",
        "monitor": "Monitoren",
    },
    "eden_ackermann": {
        "manage_closely": "Players",
        "keep_satisfied": "Context setters",
        "keep_informed": "Subjects",
        "monitor": "Crowd",
    },
    "johnson_scholes": {
        "manage_closely": "Key players",
        "keep_satisfied": "Keep satisfied",
        "keep_informed": "Keep informed",
        "monitor": "Minimal effort",
    },
}

#: Languages with a message catalog. French is partial: it covers the command
#: line's messages and the power/interest grid; its other messages are English.
MESSAGE_LANGUAGES = ("en", "nl", "fr")

_LOCALE_DIR = Path(__file__).parent / "locale"


@functools.lru_cache(maxsize=16)
def _catalog(lang: str) -> gettext.NullTranslations:
    """Return the compiled catalog of a language; English is the source itself."""
    # Only the languages we ship: gettext would also expand "nl_BE" to "nl", and
    # an unknown code must give English, as it always has.
    import gettext

    if lang == "en" or lang not in MESSAGE_LANGUAGES:
        return gettext.NullTranslations()
    return gettext.translation(
        "stakeholder_map", _LOCALE_DIR, languages=[lang], fallback=True
    )


def _source() -> ModuleType:
    """Return the English source texts, loaded on the first message asked for."""
    from stakeholder_map import _messages

    return _messages


def _translate(lang: str, key: str, message: str) -> str:
    """Return ``message`` (context ``key``) in ``lang``; English when untranslated."""
    if lang == "en":
        return message
    return _catalog(lang).pgettext(key, message)


def quadrant_label(quadrant: str, labels: str = "en") -> str:
    """Return a quadrant's title in a label set.

    A language code (``"en"``, ``"nl"``, ``"fr"``) gives the default titles in
    that language, from the message catalogs; the other built-in sets are the
    sources' own names, as :data:`GRID_LABEL_SETS` lists them.

    Parameters
    ----------
    quadrant
        The quadrant key, e.g. ``"manage_closely"``.
    labels
        The label set: ``"en"``, ``"nl"``, ``"fr"``, ``"eden_ackermann"`` or
        ``"johnson_scholes"``.

    Returns
    -------
    str
        The title.

    Examples
    --------
    >>> from stakeholder_map.i18n import quadrant_label
    >>> quadrant_label("keep_satisfied", "nl")
    'Tevreden houden'
    >>> quadrant_label("manage_closely", "fr")
    'Impliquer étroitement'
    """
    key = str(quadrant)
    if labels in MESSAGE_LANGUAGES:
        context = f"quadrant_title_{key}"
        return _translate(labels, context, _source().QUADRANT_TITLES[context])
    return GRID_LABEL_SETS[labels][key]


def quadrant_strategy(quadrant: str, labels: str = "en") -> str:
    """Return the recommended strategy for a quadrant, in the label set's language.

    The Eden & Ackermann and Johnson & Scholes sets use the English strategies.

    Parameters
    ----------
    quadrant
        The quadrant key.
    labels
        The label set.

    Returns
    -------
    str
        A one-sentence strategy.

    Examples
    --------
    >>> from stakeholder_map.i18n import quadrant_strategy
    >>> quadrant_strategy("monitor", "en")
    'Watch for changes; inform with minimal effort.'
    """
    key = f"strategy_{quadrant}"
    lang = labels if labels in MESSAGE_LANGUAGES else "en"
    return _translate(lang, key, _source().STRATEGIES[key])


def label_sets() -> tuple[str, ...]:
    """Return the names of the built-in quadrant label sets.

    They are the keys of :data:`GRID_LABEL_SETS` and every language of
    :data:`MESSAGE_LANGUAGES`.

    Returns
    -------
    tuple of str
        The names ``labels=`` accepts.

    Examples
    --------
    >>> from stakeholder_map.i18n import label_sets
    >>> label_sets()
    ('en', 'nl', 'eden_ackermann', 'johnson_scholes', 'fr')
    """
    return (
        *GRID_LABEL_SETS,
        *(x for x in MESSAGE_LANGUAGES if x not in GRID_LABEL_SETS),
    )


# --------------------------------------------------------------------------------
# Labels and messages: English in _messages.py, translations in locale/*.po
# --------------------------------------------------------------------------------


def label(key: str, lang: str = "en") -> str:
    """Return the display label of a field or enum value.

    Unknown keys come back unchanged, so a user's own category shows as typed.

    Parameters
    ----------
    key
        A field name or an enum value such as ``"newsletter"``.
    lang
        A language of :data:`MESSAGE_LANGUAGES`; other values give English, as
        does a label the language's catalog does not translate.

    Returns
    -------
    str
        The label.

    Examples
    --------
    >>> from stakeholder_map.i18n import label
    >>> label("power", "nl"), label("newsletter", "en")
    ('Macht', 'Newsletter')
    """
    key = str(key)
    english = _source().LABELS.get(key)
    if english is None:
        return key
    return _translate(lang, key, english)


def text(key: str, lang: str = "en", **params: Any) -> str:
    """Return a message in the language asked for, filled in with ``params``.

    Parameters
    ----------
    key
        The message key.
    lang
        A language of :data:`MESSAGE_LANGUAGES`; other values fall back to
        English, as does a message the language's catalog does not translate.
    **params
        Values for the message's placeholders. ``n`` also sets the plural suffix.

    Returns
    -------
    str
        The message.

    Raises
    ------
    KeyError
        When ``key`` is not a message.

    Examples
    --------
    >>> from stakeholder_map.i18n import text
    >>> text("not_a_date", "nl")
    'Verwacht een datum zoals 2026-03-15.'
    >>> text("cli_usage", "fr")
    'Utilisation :'
    """
    source = _source()
    template = _translate(lang, key, source.TEXTS[key])
    if "n" in params and "s" not in params:
        plural = _translate(lang, "plural_suffix", source.PLURAL_SUFFIX)
        params = {**params, "s": "" if params["n"] == 1 else plural}
    return template.format(**params)


def workshop_texts(lang: str) -> dict[str, str]:
    """Return the texts of the live workshop's pages in a language.

    The page's script fills in ``{n}`` and ``{total}`` itself.

    Parameters
    ----------
    lang
        A language of :data:`MESSAGE_LANGUAGES`; other values give English.

    Returns
    -------
    dict
        Text key -> text.

    Examples
    --------
    >>> from stakeholder_map.i18n import workshop_texts
    >>> workshop_texts("nl")["join"]
    'Meedoen'
    """
    return {
        key: _translate(lang, f"workshop:{key}", message)
        for key, message in _source().WORKSHOP.items()
    }


def join_words(words: Sequence[str], lang: str = "en") -> str:
    """Join words as a sentence lists them: ``"a, b and c"`` (``"a, b en c"``).

    Parameters
    ----------
    words
        The words, at least one.
    lang
        ``"en"`` or ``"nl"``.

    Returns
    -------
    str
        The words joined with commas and the language's "and" before the last.

    Examples
    --------
    >>> from stakeholder_map.i18n import join_words
    >>> join_words(["gezag", "financiering", "advies"], "nl")
    'gezag, financiering en advies'
    >>> join_words(["power"])
    'power'
    """
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} {text('and', lang)} {words[-1]}"


# --------------------------------------------------------------------------------
# Input words: sheet names, column headers and words in cells
# --------------------------------------------------------------------------------
# The words accepted on input live in the data files stakeholder_map/words/*.toml
# (one per language, plus common.toml for symbols), so that a coordinator can
# read them, and add words of their own with skm.vocabulary.extend or a `words`
# sheet. The tables below are built from those files on first use (module
# __getattr__), which keeps `import stakeholder_map` from reading them.

#: Accepted sheet names per table (normalised with :func:`normalize`).
SHEET_ALIASES: dict[str, tuple[str, ...]]
#: The sheet name written per language and table.
SHEET_NAMES: dict[str, dict[str, str]]
#: Accepted column headers per table: canonical field -> aliases (normalised).
COLUMN_ALIASES: dict[str, dict[str, tuple[str, ...]]]
#: Column headers written in Dutch (canonical field -> header).
COLUMN_HEADERS_NL: dict[str, str]
#: Dutch headers that differ per table (table -> field -> header).
COLUMN_HEADERS_NL_BY_TABLE: dict[str, dict[str, str]]
#: Words accepted for a 3-point ordinal score: fraction of the scale (0, .5, 1).
SCORE_WORDS: dict[str, float]
#: Five-point score words, as a fraction of the scale. A column that uses one of
#: the "very" words is read on five points (laag = 0.25), otherwise the
#: three-point words of SCORE_WORDS apply (laag = 0).
SCORE_WORDS_FIVE: dict[str, float]
#: The words that make a column five-point.
FIVE_POINT_MARKERS: frozenset[str]
#: Words accepted for attitude (and a stake's position), -2..+2.
ATTITUDE_WORDS: dict[str, float]
#: The attitude words shown in messages and suggested for typos, per language.
ATTITUDE_WORDS_BY_LANGUAGE: dict[str, tuple[str, ...]]
#: The attitude words a message shows (every word of ATTITUDE_WORDS is read).
ATTITUDE_WORDS_SHOWN: dict[str, tuple[str, ...]]
#: Words accepted per enum-valued field: normalised word -> enum value.
CHOICE_WORDS: dict[str, dict[str, str]]
#: Words accepted for booleans.
BOOL_WORDS: dict[str, bool]
#: Cells that say a score is not known: left empty and listed in a note.
UNKNOWN_WORDS: frozenset[str]
#: Categories or tags (normalised) that mark a stakeholder as an individual person.
PERSON_WORDS: frozenset[str]
#: Words that make the header of one's own column personal data (normalised,
#: matched as whole words or word beginnings): its values are dropped by the
#: "cop" and "public" sharing profiles (stakeholder_map.privacy).
PERSONAL_HEADER_WORDS: tuple[str, ...]
#: Keys of the ``meta`` sheet (key/value rows) and their aliases (normalised);
#: ``scale_label`` is followed by the scale point, e.g. ``scale_label_1``.
META_KEY_ALIASES: dict[str, tuple[str, ...]]
#: Headers of the ``meta`` sheet's two columns and their aliases (normalised).
META_HEADER_ALIASES: dict[str, tuple[str, ...]]
#: Dutch meta keys and headers written by the Excel writer.
META_KEYS_NL: dict[str, str]
#: Words accepted for a map's language.
LANGUAGE_WORDS: dict[str, str]
#: The sheet of one's own words: its names, written names, headers and kinds.
WORDS_SHEET: dict[str, Any]


def __getattr__(name: str) -> Any:
    """Build the word tables on first use; keep the workshop's former table readable.

    The word tables come from the data files (``WORKSHOP_TEXTS[lang][key]`` from
    the catalogs).
    """
    if name in _words.NAMES:
        for key, value in _words.build().items():
            globals().setdefault(key, value)
        return globals()[name]
    if name == "WORKSHOP_TEXTS":
        return {lang: workshop_texts(lang) for lang in LANGUAGES}
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
