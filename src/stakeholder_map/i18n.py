"""Texts users see, in their language, and the words accepted on input.

No other module hard-codes user-facing text. The sentences and labels users read
are written in English in :mod:`stakeholder_map._messages` and translated in gettext
catalogs (``locale/<lang>/LC_MESSAGES/stakeholder_map.po``); :func:`label` and
:func:`text` look them up by their stable keys. The column, sheet and value aliases
of the readers live here as Python tables.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> dict[str, dict[str, str]]:
    """Keep the workshop's former table readable: ``WORKSHOP_TEXTS[lang][key]``."""
    if name == "WORKSHOP_TEXTS":
        return {lang: workshop_texts(lang) for lang in LANGUAGES}
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


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
# Exports: privacy profiles, slide decks and reports
# --------------------------------------------------------------------------------

#: Categories or tags (normalised) that mark a stakeholder as an individual person.
PERSON_WORDS: frozenset[str] = frozenset(
    {
        "person",
        "persoon",
        "individual",
        "individu",
        "private_person",
        "prive_persoon",
        "natural_person",
        "natuurlijke_persoon",
        "contact_person",
        "contactpersoon",
    }
)

# --------------------------------------------------------------------------------
# Input aliases: sheet names, column headers and words in cells
# --------------------------------------------------------------------------------

#: Accepted sheet names per table (normalised with :func:`normalize`).
SHEET_ALIASES: dict[str, tuple[str, ...]] = {
    "stakeholders": ("stakeholders", "actoren", "stakeholder", "actor", "partners"),
    "relations": ("relations", "relaties", "relatie", "relation", "connections"),
    "interests": ("interests", "themas", "thema", "themes", "theme", "interesses"),
    "stakes": ("stakes", "standpunten", "standpunt", "stake", "positions"),
    "assessments": (
        "assessments",
        "beoordelingen",
        "beoordeling",
        "assessment",
        "ratings",
        "scores",
    ),
    "meta": ("meta", "kaart", "map", "info"),
}

#: The sheet name written per table and language.
SHEET_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "stakeholders": "stakeholders",
        "relations": "relations",
        "interests": "interests",
        "stakes": "stakes",
        "assessments": "assessments",
        "meta": "meta",
    },
    "nl": {
        "stakeholders": "actoren",
        "relations": "relaties",
        "interests": "themas",
        "stakes": "standpunten",
        "assessments": "beoordelingen",
        "meta": "meta",
    },
}

_SHARED_COLUMNS: dict[str, tuple[str, ...]] = {
    "power": ("power", "macht", "invloed", "influence"),
    "interest": ("interest", "belang", "interesse", "betrokkenheid"),
    "attitude": ("attitude", "houding", "support", "steun", "standpunt_algemeen"),
    "legitimacy": ("legitimacy", "legitimiteit"),
    "urgency": ("urgency", "urgentie"),
    "proximity": ("proximity", "nabijheid"),
    "notes": ("notes", "notities", "opmerkingen", "opmerking", "nota"),
}

#: Accepted column headers per table: canonical field -> aliases (normalised).
COLUMN_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "stakeholders": {
        "id": ("id", "stakeholder_id", "code", "sleutel"),
        "name": ("name", "naam", "stakeholder", "actor", "organisatie", "organisation"),
        "short_name": ("short_name", "korte_naam", "afkorting", "label", "short"),
        "category": ("category", "categorie", "type", "sector", "group", "groep"),
        "parent": ("parent", "moeder", "moederorganisatie", "onderdeel_van", "part_of"),
        "description": ("description", "omschrijving", "beschrijving"),
        "tags": ("tags", "trefwoorden", "labels"),
        **{
            k: v
            for k, v in _SHARED_COLUMNS.items()
            if k
            in ("power", "interest", "attitude", "legitimacy", "urgency", "proximity")
        },
        "engagement_current": (
            "engagement_current",
            "huidige_betrokkenheid",
            "betrokkenheid_nu",
            "current_engagement",
        ),
        "engagement_desired": (
            "engagement_desired",
            "gewenste_betrokkenheid",
            "betrokkenheid_gewenst",
            "desired_engagement",
        ),
        "participation": (
            "participation",
            "participatie",
            "participatieniveau",
            "participation_level",
        ),
        "contact": ("contact", "contactpersoon", "contact_person"),
        "notes": _SHARED_COLUMNS["notes"],
        "source": ("source", "bron"),
        "assessed_on": ("assessed_on", "beoordeeld_op", "datum", "date"),
    },
    "relations": {
        "source": ("source", "van", "from", "bron"),
        "target": ("target", "naar", "to", "doel"),
        "kind": ("kind", "soort", "type", "aard"),
        "weight": ("weight", "gewicht", "sterkte", "strength"),
        "directed": ("directed", "gericht"),
        "sign": ("sign", "teken"),
        "channel": ("channel", "kanaal"),
        "frequency": ("frequency", "frequentie"),
        "notes": _SHARED_COLUMNS["notes"],
    },
    "interests": {
        "id": ("id", "interest_id", "thema_id", "code"),
        "name": ("name", "naam", "thema", "theme", "interest"),
        "description": ("description", "omschrijving", "beschrijving"),
    },
    "stakes": {
        "stakeholder_id": ("stakeholder_id", "stakeholder", "actor", "naam", "name"),
        "interest_id": ("interest_id", "interest", "thema", "theme"),
        "position": ("position", "positie", "standpunt", "houding"),
        "importance": ("importance", "belang", "gewicht", "importantie"),
        "notes": _SHARED_COLUMNS["notes"],
    },
    "assessments": {
        "stakeholder_id": ("stakeholder_id", "stakeholder", "actor", "naam", "name"),
        "rater": ("rater", "beoordelaar", "deelnemer", "participant"),
        "date": ("date", "datum"),
        **{
            k: v
            for k, v in _SHARED_COLUMNS.items()
            if k
            in ("power", "interest", "attitude", "legitimacy", "urgency", "proximity")
        },
        "confidence": ("confidence", "zekerheid", "vertrouwen"),
        "rationale": ("rationale", "motivering", "toelichting", "reden"),
    },
}

#: Column headers written per language (canonical field -> header).
COLUMN_HEADERS_NL: dict[str, str] = {
    "id": "id",
    "name": "naam",
    "short_name": "korte_naam",
    "category": "categorie",
    "parent": "onderdeel_van",
    "description": "omschrijving",
    "tags": "trefwoorden",
    "power": "macht",
    "interest": "belang",
    "attitude": "houding",
    "legitimacy": "legitimiteit",
    "urgency": "urgentie",
    "proximity": "nabijheid",
    "engagement_current": "huidige_betrokkenheid",
    "engagement_desired": "gewenste_betrokkenheid",
    "participation": "participatie",
    "contact": "contactpersoon",
    "notes": "opmerkingen",
    "source": "bron",
    "assessed_on": "beoordeeld_op",
    "target": "naar",
    "kind": "soort",
    "weight": "gewicht",
    "directed": "gericht",
    "sign": "teken",
    "channel": "kanaal",
    "frequency": "frequentie",
    "stakeholder_id": "actor",
    "interest_id": "thema",
    "position": "positie",
    "importance": "importantie",
    "rater": "beoordelaar",
    "date": "datum",
    "confidence": "zekerheid",
    "rationale": "motivering",
}

#: Words accepted for a 3-point ordinal score: fraction of the scale (0, .5, 1).
SCORE_WORDS: dict[str, float] = {
    "low": 0.0,
    "laag": 0.0,
    "l": 0.0,
    "weinig": 0.0,
    "medium": 0.5,
    "mid": 0.5,
    "middle": 0.5,
    "moderate": 0.5,
    "gemiddeld": 0.5,
    "middel": 0.5,
    "matig": 0.5,
    "m": 0.5,
    "high": 1.0,
    "hoog": 1.0,
    "h": 1.0,
    "veel": 1.0,
}

#: Words accepted for attitude (and a stake's position), -2..+2.
ATTITUDE_WORDS: dict[str, float] = {
    "strongly_opposed": -2,
    "very_negative": -2,
    "sterk_tegen": -2,
    "zeer_negatief": -2,
    "opposed": -1,
    "negative": -1,
    "against": -1,
    "tegen": -1,
    "eerder_tegen": -1,
    "negatief": -1,
    "neutral": 0,
    "neutraal": 0,
    "supportive": 1,
    "positive": 1,
    "for": 1,
    "voor": 1,
    "eerder_voor": 1,
    "positief": 1,
    "steunend": 1,
    "strongly_supportive": 2,
    "very_positive": 2,
    "sterk_voor": 2,
    "zeer_positief": 2,
}

#: Words accepted per enum-valued field: normalised word -> enum value.
CHOICE_WORDS: dict[str, dict[str, str]] = {
    "kind": {
        "gezag": "authority",
        "hierarchie": "authority",
        "zeggenschap": "authority",
        "financiering": "funding",
        "subsidie": "funding",
        "geld": "funding",
        "informatie": "information",
        "info": "information",
        "advies": "advice",
        "samenwerking": "collaboration",
        "overleg": "collaboration",
        "partnerschap": "collaboration",
        "conflict": "conflict",
        "spanning": "conflict",
        "lidmaatschap": "membership",
        "lid": "membership",
        "andere": "other",
        "overig": "other",
        "overige": "other",
    },
    "channel": {
        "overleg": "meeting",
        "vergadering": "meeting",
        "e_mail": "email",
        "mail": "email",
        "nieuwsbrief": "newsletter",
        "telefoon": "phone",
        "telefonisch": "phone",
        "sociale_media": "social_media",
        "social": "social_media",
        "facebook": "social_media",
        "site": "website",
        "webpagina": "website",
        "persoonlijk": "in_person",
        "persoonlijk_contact": "in_person",
        "face_to_face": "in_person",
        "huisbezoek": "in_person",
        "andere": "other",
        "overig": "other",
    },
    "frequency": {
        "dagelijks": "daily",
        "wekelijks": "weekly",
        "tweewekelijks": "biweekly",
        "maandelijks": "monthly",
        "per_kwartaal": "quarterly",
        "driemaandelijks": "quarterly",
        "kwartaal": "quarterly",
        "jaarlijks": "yearly",
        "annual": "yearly",
        "adhoc": "ad_hoc",
        "af_en_toe": "ad_hoc",
        "occasionally": "ad_hoc",
    },
    "engagement": {
        "onwetend": "unaware",
        "onbewust": "unaware",
        "niet_op_de_hoogte": "unaware",
        "weerstand": "resistant",
        "tegenwerkend": "resistant",
        "neutraal": "neutral",
        "steunend": "supportive",
        "ondersteunend": "supportive",
        "trekkend": "leading",
        "leidend": "leading",
    },
    "participation": {
        "informeren": "inform",
        "raadplegen": "consult",
        "consulteren": "consult",
        "adviseren": "involve",
        "betrekken": "involve",
        "samenwerken": "collaborate",
        "coproduceren": "collaborate",
        "meebeslissen": "empower",
        "meebeslissing": "empower",
        "zelf_beslissen": "empower",
    },
}

#: Words accepted for booleans.
BOOL_WORDS: dict[str, bool] = {
    "true": True,
    "yes": True,
    "y": True,
    "ja": True,
    "j": True,
    "waar": True,
    "1": True,
    "x": True,
    "false": False,
    "no": False,
    "n": False,
    "nee": False,
    "onwaar": False,
    "0": False,
}


# --------------------------------------------------------------------------------
# Readers and writers (stakeholder_map.io): more sheets, meta keys and messages
# --------------------------------------------------------------------------------

SHEET_ALIASES.update(
    {
        "interactions": (
            "interactions",
            "contacten",
            "interaction",
            "contactmomenten",
            "logboek",
        ),
        "communication": (
            "communication",
            "communicatie",
            "communicatieplan",
            "communication_plan",
        ),
        "segments": ("segments", "doelgroepen", "doelgroep", "segment", "groups"),
    }
)
SHEET_NAMES["en"].update(
    {
        "interactions": "interactions",
        "communication": "communication",
        "segments": "segments",
    }
)
SHEET_NAMES["nl"].update(
    {
        "interactions": "contacten",
        "communication": "communicatie",
        "segments": "doelgroepen",
    }
)

_STAKEHOLDER_REF = ("stakeholder_id", "stakeholder", "actor", "naam", "name")
COLUMN_ALIASES.update(
    {
        "interactions": {
            "stakeholder_id": _STAKEHOLDER_REF,
            "date": ("date", "datum"),
            "channel": ("channel", "kanaal"),
            "direction": ("direction", "richting"),
            "topic": ("topic", "onderwerp"),
            "interest_id": ("interest_id", "interest", "thema", "theme"),
            "by": ("by", "door", "wie", "medewerker"),
            "outcome": ("outcome", "resultaat", "uitkomst", "afspraken"),
            "sentiment": ("sentiment", "sfeer", "gevoel"),
            "notes": _SHARED_COLUMNS["notes"],
        },
        "communication": {
            "stakeholder_id": _STAKEHOLDER_REF,
            "category": ("category", "categorie", "groep", "group"),
            "channel": ("channel", "kanaal"),
            "frequency": ("frequency", "frequentie"),
            "message": ("message", "boodschap", "kernboodschap"),
            "participation": ("participation", "participatie", "participatieniveau"),
            "owner": ("owner", "verantwoordelijke", "eigenaar", "trekker"),
            "start": ("start", "vanaf", "startdatum", "begin"),
            "notes": _SHARED_COLUMNS["notes"],
        },
        "segments": {
            "id": ("id", "segment_id", "doelgroep_id", "code"),
            "name": ("name", "naam", "doelgroep", "segment"),
            "description": ("description", "omschrijving", "beschrijving"),
            "stakeholder_ids": (
                "stakeholder_ids",
                "stakeholders",
                "actoren",
                "vertegenwoordigers",
            ),
            "categories": ("categories", "categorieen"),
            "tags": ("tags", "trefwoorden", "labels"),
            "min_stakeholders": ("min_stakeholders", "min_actoren", "minimum"),
        },
    }
)
COLUMN_HEADERS_NL.update(
    {
        "direction": "richting",
        "topic": "onderwerp",
        "by": "door",
        "outcome": "resultaat",
        "sentiment": "sfeer",
        "message": "boodschap",
        "owner": "verantwoordelijke",
        "start": "vanaf",
        "stakeholder_ids": "actoren",
        "categories": "categorieen",
        "min_stakeholders": "min_actoren",
    }
)

#: Dutch headers that differ per table (table -> field -> header).
COLUMN_HEADERS_NL_BY_TABLE: dict[str, dict[str, str]] = {
    "relations": {"source": "van"},
}

CHOICE_WORDS["direction"] = {
    "uitgaand": "outgoing",
    "door_ons": "outgoing",
    "wij": "outgoing",
    "inkomend": "incoming",
    "door_hen": "incoming",
    "zij": "incoming",
    "wederzijds": "mutual",
    "beide": "mutual",
    "samen": "mutual",
}

#: Keys of the ``meta`` sheet (key/value rows) and their aliases (normalised).
META_KEY_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "naam", "titel", "title"),
    "description": ("description", "omschrijving", "beschrijving"),
    "language": ("language", "taal"),
    "date": ("date", "datum"),
    "scale_min": ("scale_min", "schaal_min", "minimum", "min"),
    "scale_max": ("scale_max", "schaal_max", "maximum", "max"),
    # followed by the scale point, e.g. ``scale_label_1``
    "scale_label": ("scale_label", "schaal_label", "label"),
}

#: Headers of the ``meta`` sheet's two columns and their aliases (normalised).
META_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "key": ("key", "veld", "sleutel", "field", "eigenschap"),
    "value": ("value", "waarde"),
}

#: Dutch meta keys and headers written by the Excel writer.
META_KEYS_NL: dict[str, str] = {
    "name": "naam",
    "description": "omschrijving",
    "language": "taal",
    "date": "datum",
    "scale_min": "schaal_min",
    "scale_max": "schaal_max",
    "scale_label": "schaal_label",
    "key": "veld",
    "value": "waarde",
}

#: Words accepted for a map's language.
LANGUAGE_WORDS: dict[str, str] = {
    "en": "en",
    "english": "en",
    "engels": "en",
    "nl": "nl",
    "dutch": "nl",
    "nederlands": "nl",
    "vlaams": "nl",
}


# --------------------------------------------------------------------------------
# The spreadsheets people keep: own columns, own relation kinds, words (issue 15)
# --------------------------------------------------------------------------------

SHEET_ALIASES["kinds"] = (
    "kinds",
    "soorten",
    "relatiesoorten",
    "soorten_relaties",
    "relation_kinds",
    "kind",
    "soort",
)
SHEET_NAMES["en"]["kinds"] = "kinds"
SHEET_NAMES["nl"]["kinds"] = "soorten"

COLUMN_ALIASES["kinds"] = {
    "name": ("name", "soort", "kind", "naam", "relatiesoort", "type"),
    "label": ("label", "weergave", "benaming", "display_name"),
    "directed": ("directed", "gericht"),
    "sign": ("sign", "teken"),
    "information": (
        "information",
        "informatie",
        "informatiestroom",
        "information_flow",
        "info",
    ),
    "description": ("description", "omschrijving", "beschrijving", "betekenis"),
}
COLUMN_HEADERS_NL_BY_TABLE["kinds"] = {
    "name": "soort",
    "label": "weergave",
    "information": "informatie",
}
COLUMN_HEADERS_NL_BY_TABLE["relations"]["id"] = "id"

# More names people give their columns (matched whole, or as words in a header
# such as "Naam organisatie" or "Macht (1-5)"; see stakeholder_map.io._headers).
COLUMN_ALIASES["stakeholders"]["name"] += (
    "partner",
    "partnerorganisatie",
    "naam_organisatie",
    "naam_partner",
    "organisatienaam",
    "organization",
    "organisation_name",
    "stakeholder_name",
)
COLUMN_ALIASES["stakeholders"]["category"] += ("soort", "soort_organisatie", "kind")
COLUMN_ALIASES["stakeholders"]["contact"] += (
    "naam_contactpersoon",
    "contact_persoon",
    "aanspreekpunt",
)
COLUMN_ALIASES["stakeholders"]["parent"] += ("koepel", "koepelorganisatie", "umbrella")
COLUMN_ALIASES["stakeholders"]["short_name"] += ("korte_naam", "afk", "acroniem")
COLUMN_ALIASES["relations"]["id"] = ("id", "relatie_id", "relation_id", "nr")
COLUMN_ALIASES["relations"]["kind"] += ("soort_relatie", "relatietype", "relatiesoort")

#: Five-point score words, as a fraction of the scale. A column that uses one of
#: the "very" words is read on five points (laag = 0.25), otherwise the
#: three-point words of SCORE_WORDS apply (laag = 0).
SCORE_WORDS_FIVE: dict[str, float] = {
    "zeer_laag": 0.0,
    "heel_laag": 0.0,
    "very_low": 0.0,
    "laag": 0.25,
    "low": 0.25,
    "gemiddeld": 0.5,
    "middel": 0.5,
    "matig": 0.5,
    "medium": 0.5,
    "moderate": 0.5,
    "hoog": 0.75,
    "high": 0.75,
    "zeer_hoog": 1.0,
    "heel_hoog": 1.0,
    "very_high": 1.0,
}
#: The words that make a column five-point.
FIVE_POINT_MARKERS = frozenset(
    {"zeer_laag", "heel_laag", "very_low", "zeer_hoog", "heel_hoog", "very_high"}
)

ATTITUDE_WORDS.update(
    {
        "tegenstander": -2,
        "opponent": -2,
        "kritisch": -1,
        "critical": -1,
        "terughoudend": -1,
        "reluctant": -1,
        "hesitant": -1,
        "sceptisch": -1,
        "skeptisch": -1,
        "sceptical": -1,
        "skeptical": -1,
        "afwachtend": 0,
        "wait_and_see": 0,
        "ambivalent": 0,
        "voorstander": 1,
        "supporter": 1,
        "proponent": 1,
        "enthousiast": 2,
        "enthusiastic": 2,
        "trekker": 2,
        "champion": 2,
        "--": -2,
        "-": -1,
        "0": 0,
        "+": 1,
        "++": 2,
    }
)
#: Cells that say a score is not known: left empty and listed in a note.
UNKNOWN_WORDS = frozenset(
    {"?", "??", "onbekend", "unknown", "weet_niet", "nvt", "n_v_t", "n_a", "na"}
)

#: The attitude words shown in messages and suggested for typos, per language.
ATTITUDE_WORDS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": (
        "strongly opposed",
        "opposed",
        "opponent",
        "critical",
        "reluctant",
        "sceptical",
        "neutral",
        "wait and see",
        "ambivalent",
        "positive",
        "supportive",
        "supporter",
        "enthusiastic",
        "champion",
        "strongly supportive",
    ),
    "nl": (
        "sterk tegen",
        "tegen",
        "tegenstander",
        "kritisch",
        "terughoudend",
        "sceptisch",
        "neutraal",
        "afwachtend",
        "ambivalent",
        "positief",
        "voor",
        "voorstander",
        "steunend",
        "enthousiast",
        "trekker",
        "sterk voor",
    ),
}

#: Words that make the header of one's own column personal data (normalised,
#: matched as whole words or word beginnings): its values are dropped by the
#: "cop" and "public" sharing profiles (stakeholder_map.privacy).
PERSONAL_HEADER_WORDS: tuple[str, ...] = (
    "contact",
    "contactpersoon",
    "aanspreekpunt",
    "email",
    "e_mail",
    "mail",
    "telefoon",
    "tel",
    "phone",
    "gsm",
    "mobiel",
    "mobile",
    "adres",
    "address",
    "postadres",
    "persoon",
    "person",
    "verantwoordelijke",
    "geboortedatum",
    "birth",
    "rijksregisternummer",
    "iban",
)

#: The attitude words a message shows (every word of ATTITUDE_WORDS is read).
ATTITUDE_WORDS_SHOWN: dict[str, tuple[str, ...]] = {
    "en": (
        "strongly opposed",
        "opposed",
        "critical",
        "neutral",
        "supportive",
        "enthusiastic",
        "strongly supportive",
    ),
    "nl": (
        "sterk tegen",
        "tegen",
        "kritisch",
        "neutraal",
        "voor",
        "enthousiast",
        "sterk voor",
    ),
}

META_KEY_ALIASES["attitude_scale"] = (
    "attitude_scale",
    "houdingsschaal",
    "schaal_houding",
    "houding_schaal",
)
META_KEYS_NL["attitude_scale"] = "houdingsschaal"
