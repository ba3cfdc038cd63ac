"""Texts users see, in English and Dutch, and the words accepted on input.

No other module hard-codes user-facing text: labels of quadrants and levels, axis
titles, messages and the column, sheet and value aliases of the readers all live
here. Keys are the stable enum values; :func:`label` and :func:`text` look them up.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from typing import Any

from stakeholder_map import _words

__all__ = [
    "GRID_LABEL_SETS",
    "LANGUAGES",
    "PERSON_WORDS",
    "join_words",
    "label",
    "normalize",
    "quadrant_label",
    "quadrant_strategy",
    "text",
]

#: The languages of labels and messages: English and Dutch.
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

#: Quadrant titles per label set. ``en`` and ``nl`` are the defaults per language.
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

_STRATEGIES: dict[str, dict[str, str]] = {
    "en": {
        "manage_closely": "Involve fully: consult and collaborate on decisions.",
        "keep_satisfied": "Meet their needs and consult on what matters to them.",
        "keep_informed": "Keep them informed and listen to their concerns.",
        "monitor": "Watch for changes; inform with minimal effort.",
    },
    "nl": {
        "manage_closely": "Volwaardig betrekken: samen overleggen en beslissen.",
        "keep_satisfied": "Tevreden houden en raadplegen over wat hen raakt.",
        "keep_informed": "Goed informeren en luisteren naar hun bezorgdheden.",
        "monitor": "Opvolgen en met weinig inspanning informeren.",
    },
}


def quadrant_label(quadrant: str, labels: str = "en") -> str:
    """Return a quadrant's title in a label set.

    Parameters
    ----------
    quadrant
        The quadrant key, e.g. ``"manage_closely"``.
    labels
        The label set: ``"en"``, ``"nl"``, ``"eden_ackermann"`` or
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
    """
    return GRID_LABEL_SETS[labels][str(quadrant)]


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
    lang = "nl" if labels == "nl" else "en"
    return _STRATEGIES[lang][str(quadrant)]


# --------------------------------------------------------------------------------
# Labels of fields and enum values
# --------------------------------------------------------------------------------

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        # fields and axes
        "power": "Power",
        "interest": "Interest",
        "attitude": "Attitude",
        "legitimacy": "Legitimacy",
        "urgency": "Urgency",
        "proximity": "Proximity",
        "category": "Category",
        "name": "Name",
        "quadrant": "Quadrant",
        "strategy": "Strategy",
        "stakeholder": "Stakeholder",
        "stakeholders": "stakeholders",
        "relations": "relations",
        "interests": "themes",
        "stakes": "stakes",
        "assessments": "assessments",
        "not_assessed": "not assessed",
        "other_labels": "Numbered labels",
        # attitude bands
        "attitude_-2": "Strongly opposed",
        "attitude_-1": "Opposed",
        "attitude_0": "Neutral",
        "attitude_1": "Supportive",
        "attitude_2": "Strongly supportive",
        # engagement
        "unaware": "Unaware",
        "resistant": "Resistant",
        "neutral": "Neutral",
        "supportive": "Supportive",
        "leading": "Leading",
        # IAP2
        "inform": "Inform",
        "consult": "Consult",
        "involve": "Involve",
        "collaborate": "Collaborate",
        "empower": "Empower",
        # relation kinds
        "authority": "Authority",
        "funding": "Funding",
        "information": "Information",
        "advice": "Advice",
        "collaboration": "Collaboration",
        "conflict": "Conflict",
        "membership": "Membership",
        "other": "Other",
        # channels
        "meeting": "Meeting",
        "email": "Email",
        "newsletter": "Newsletter",
        "phone": "Phone",
        "social_media": "Social media",
        "website": "Website",
        "in_person": "In person",
        # frequencies
        "daily": "Daily",
        "weekly": "Weekly",
        "biweekly": "Every two weeks",
        "monthly": "Monthly",
        "quarterly": "Quarterly",
        "yearly": "Yearly",
        "ad_hoc": "Ad hoc",
    },
    "nl": {
        "power": "Macht",
        "interest": "Belang",
        "attitude": "Houding",
        "legitimacy": "Legitimiteit",
        "urgency": "Urgentie",
        "proximity": "Nabijheid",
        "category": "Categorie",
        "name": "Naam",
        "quadrant": "Kwadrant",
        "strategy": "Strategie",
        "stakeholder": "Actor",
        "stakeholders": "actoren",
        "relations": "relaties",
        "interests": "thema's",
        "stakes": "standpunten",
        "assessments": "beoordelingen",
        "not_assessed": "niet beoordeeld",
        "other_labels": "Genummerde labels",
        "attitude_-2": "Sterk tegen",
        "attitude_-1": "Eerder tegen",
        "attitude_0": "Neutraal",
        "attitude_1": "Eerder voor",
        "attitude_2": "Sterk voor",
        "unaware": "Onwetend",
        "resistant": "Weerstand",
        "neutral": "Neutraal",
        "supportive": "Steunend",
        "leading": "Trekkend",
        "inform": "Informeren",
        "consult": "Raadplegen",
        "involve": "Betrekken",
        "collaborate": "Samenwerken",
        "empower": "Meebeslissen",
        "authority": "Gezag",
        "funding": "Financiering",
        "information": "Informatie",
        "advice": "Advies",
        "collaboration": "Samenwerking",
        "conflict": "Conflict",
        "membership": "Lidmaatschap",
        "other": "Andere",
        "meeting": "Overleg",
        "email": "E-mail",
        "newsletter": "Nieuwsbrief",
        "phone": "Telefoon",
        "social_media": "Sociale media",
        "website": "Website",
        "in_person": "Persoonlijk contact",
        "daily": "Dagelijks",
        "weekly": "Wekelijks",
        "biweekly": "Tweewekelijks",
        "monthly": "Maandelijks",
        "quarterly": "Per kwartaal",
        "yearly": "Jaarlijks",
        "ad_hoc": "Ad hoc",
    },
}


def label(key: str, lang: str = "en") -> str:
    """Return the display label of a field or enum value.

    Unknown keys come back unchanged, so a user's own category shows as typed.

    Parameters
    ----------
    key
        A field name or an enum value such as ``"newsletter"``.
    lang
        ``"en"`` or ``"nl"``.

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
    return _LABELS.get(lang, _LABELS["en"]).get(str(key), str(key))


# --------------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------------

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "the_input": "The input",
        "problems_heading": "{where} has {n} problem{s}:",
        "where_file": "file {file!r}",
        "where_sheet": "sheet {sheet!r}",
        "where_row": "row {row}",
        "where_column": "column {column!r}",
        "value": "value",
        # cross-object rules (keys of models.MapProblem)
        "duplicate_id": "The id {id!r} is used more than once; give each its own id.",
        "out_of_scale": "`{field}` must lie on the map's scale {scale}, but is "
        "{value:g}.",
        "unknown_id": "`{field}` names {id!r}, which is not a stakeholder of the map."
        " Use an id or a name from the stakeholders sheet.",
        "unknown_interest": "{id!r} is not a theme of the map. Use an id or a name "
        "from the themes sheet.",
        "self_relation": "A relation cannot go from {id!r} to itself.",
        # reading a deck back (io.read_pptx_ratings)
        "pptx_view_power_interest": "power/interest grid",
        "pptx_view_power_attitude": "power/attitude grid",
        "pptx_slide": "slide {n} ({title})",
        # importing the offline page's files (WorkshopStore.import_ratings)
        "ws_import_no_json": "This is no readable JSON file ({err}).",
        "ws_import_not_ratings": "This is not a ratings file saved by the offline "
        "workshop page (write_workshop_page).",
        "ws_import_wrong_map": "The ratings are for another map than this "
        "workshop's ({name!r}), or for another version of it. Import them into "
        "the workshop of the map the page was written from.",
        "ws_import_no_submission": "The file has no submission id: save it again "
        "from the page.",
        "ws_import_again": "These ratings were imported already; each file counts "
        "once.",
        "ws_import_no_name": "`participant` must be a non-empty name.",
        "ws_import_long_name": "`participant` may have at most {n} characters.",
        "ws_import_no_list": "`ratings` must be a list.",
        "ws_import_no_object": "Each rating must be an object.",
        "ws_import_unknown_field": "Unknown field {field!r}: a rating holds "
        "stakeholder_id, power, interest, attitude, confidence and rationale.",
        "ws_import_unknown_id": "This is not a stakeholder of the map {name!r}.",
        "ws_import_off_scale": "`{field}` must be a number between {lo:g} and {hi:g}.",
        "ws_import_rationale_text": "`rationale` must be text.",
        "ws_import_long_rationale": "`rationale` may have at most {n} characters.",
        "ws_import_no_files": "Give at least one ratings file.",
        "ws_import_files": "{n} files",
        "pptx_view_unknown": "a grid",
        "pptx_broken_grid": "The grid's record in the alt text of its white panel "
        "is damaged. Restore the panel's alt text (or write the deck again with "
        "to_pptx and move the stakeholders there).",
        "pptx_view_twice": "This grid is also on slide {other}: a copied slide "
        "cannot be told from the original. Delete one of the two slides.",
        "pptx_broken_marker": "The record in the alt text of the marker {shape!r} "
        "is damaged. Restore its alt text, or delete the marker and move the "
        "original one.",
        "pptx_marker_twice": "{id!r} has more than one marker on this slide (a "
        "copied shape?). Delete the copies so one marker is left.",
        "pptx_slides": "slides {a} and {b}",
        "pptx_off_grid": "The marker of {id!r} lies outside the grid. Drag it back "
        "onto the grid's white panel (its edge counts as the scale's end), or undo "
        "the move, and save the deck again.",
        "pptx_unknown_id": "The deck has a stakeholder {id!r} the map does not have. "
        "Read the deck with the map it was written from (with profile "
        "'internal', so the ids are the map's).",
        "pptx_power_conflict": "The power of {id!r} was moved on both grids, to "
        "{a:g} and to {b:g}. Put its marker at the same height on both slides, or "
        "undo one of the moves.",
        "pptx_unreadable": "This is not a PowerPoint file python-pptx can open "
        "({err}). Give the .pptx file written by to_pptx.",
        "pptx_no_grid": "This deck has no grid written by stakeholder_map's to_pptx "
        "(no shape carries its grid record). Write the deck with to_pptx (view "
        "'grid' and/or 'attitude'), move the stakeholders, and read that deck.",
        "self_parent": "{id!r} cannot be its own parent.",
        "duplicate_relation": "This relation ({source!r} -> {target!r}, {kind}) "
        "repeats an earlier one with the same kind, channel and id. Remove the "
        "repeat, or give parallel relations a different kind, channel or id.",
        "duplicate_stake": "The stance of {id!r} on {interest!r} is given twice.",
        "duplicate_assessment": "{rater!r} rated {id!r} twice on {date}.",
        "duplicate_assessment_undated": "{rater!r} rated {id!r} twice, both "
        "times without a date. Add the dates or remove one of the rows.",
        "unknown_category": "No stakeholder has the category {category!r}. Use one "
        "of {known}, or name a stakeholder instead.",
        # cell-level problems
        "required": "A value is required here.",
        "not_a_number": "Expected a number on the scale {scale} or one of the words "
        "{words}.",
        "not_a_date": "Expected a date such as 2026-03-15.",
        "not_a_bool": "Expected yes/no, true/false or 1/0.",
        "not_a_sign": "Expected +1 or -1.",
        "bad_choice": "Expected one of {choices}.",
        "out_of_range": "Expected a value between {lo} and {hi}.",
        "invalid": "{detail}",
        "unknown_column": "Unknown column {column!r}.{hint} Rename it, or pass "
        "`unknown_columns='ignore'` to skip it.",
        "did_you_mean": " Did you mean {suggestion!r}?",
        "few_raters": "quadrant_probability: only {n} rater(s) scored power and "
        "interest. With fewer than three raters the resampling is coarse (one rater "
        "gives 0 or 100 % for everyone): read the probabilities as a rough guide.",
        "missing_column": "The sheet needs a column {column!r} (or one of its "
        "aliases: {aliases}).",
        "missing_sheet": "The workbook needs a sheet named {names}.",
        "empty_file": "The file is empty.",
        "unreadable": "The file cannot be read: {detail}",
        "unknown_suffix": "Cannot tell the format of {path!r}: use .xlsx, .csv, "
        ".yaml, .yml or .json.",
        "file_not_found": "No file at {path!r}.",
        "file_unreadable": "The file cannot be read ({kind}): {detail}. Check that "
        "it is a complete, unencrypted {fmt} file saved by the program that made "
        "it, or save it again from that program.",
        "cli_unexpected": "Unexpected error ({kind}); this is a bug in "
        "stakeholder-map, please report it with the file that caused it.",
        "ambiguous_name": "The name {name!r} fits several stakeholders ({ids}); "
        "use the id instead.",
        # command line
        "file_ok": "{path}: OK - {n_stakeholders} stakeholders, {n_relations} "
        "relations, {n_interests} themes, {n_assessments} assessments.",
        "demo_written": "Written to {out}:",
        "left_out": "Not scored yet, so left out of the figures that need the "
        "missing scores: {names}.",
        "eigenvector_acyclic": "`{measure}`: eigenvector centrality is not defined "
        "for this network: it has no cycles (its largest eigenvalue is 0), so every "
        "score would be 0. The `{measure}` column is NaN; use `pagerank` instead.",
        "eigenvector_not_unique": "`{measure}`: eigenvector centrality is not "
        "defined for this network: several of its strongly connected parts (groups "
        "that all reach each other) are equally strong, so no single ranking "
        "follows. The `{measure}` column is NaN; compute it per part or use "
        "`pagerank` instead.",
        "eigenvector_not_converged": "`{measure}`: eigenvector centrality could "
        "not be computed for this network: neither the power iteration nor the "
        "eigensolver converged. The `{measure}` column is NaN; use `pagerank` "
        "instead.",
        "too_few_nodes": "`{measure}` is not defined for a network of fewer than "
        "{needed} stakeholders (this one has {n}): {why}. The `{measure}` column is "
        "NaN.",
        "why_degree_centrality": "it divides the degree by the number of others, "
        "n - 1 = 0",
        "why_betweenness_norm": "it divides by the number of pairs of others, "
        "which is 0",
        "why_closeness": "there is no one else to be close to",
        "only_negative_ties": "`{measure}`: every relation selected is a negative "
        "tie (sign -1, e.g. conflict), and `negative_ties='exclude'` leaves those "
        "out, so the network has no ties. Pass `negative_ties='include'` to count "
        "them as ties.",
        "modularity_undefined": "`modularity` is not defined for a network without "
        "ties of positive weight; it is NaN and every stakeholder is a community of "
        "its own.",
        # Words of one's own (stakeholder_map.vocabulary, the words sheet)
        "words_problems": "The words could not be added ({n} problem{s}):",
        "words_not_a_mapping": "Expected a mapping of kinds of words to words, "
        "such as {{'columns': {{'power': ['zeggenschap']}}}}, but got a {found}.",
        "words_unknown_section": "{section!r} is no kind of word. Kinds of words: "
        "{known}.{hint}",
        "words_unknown_table": "No table {table!r} has columns. Tables: {known}.{hint}",
        "words_shape": "`{section}` takes {shape}, but got {found!r}.",
        "words_shape_grouped": "a mapping of each meaning to its words, e.g. {example}",
        "words_shape_words": "a mapping of each word to its meaning, e.g. {example}",
        "words_shape_list": "a list of words, e.g. {example}",
        "words_not_a_word": "A word must be a text with a letter or digit, but got "
        "{value!r}.",
        "words_bad_meaning": "{word!r} cannot mean {meaning!r}: give {expected}.",
        "words_expected_sheets": "a table such as 'stakeholders', or a sheet name "
        "it has, such as 'actoren'",
        "words_expected_columns": "a column such as 'power', or a header it has, "
        "such as 'macht'",
        "words_expected_scores": "a fraction of the scale from 0 (lowest) to 1 "
        "(highest), or a score word such as 'hoog'",
        "words_expected_attitudes": "a number from -2 (strongly opposed) to 2 "
        "(strongly supportive), or an attitude word such as 'voor'",
        "words_expected_choice": "one of {choices}, or a word for one of them",
        "words_expected_booleans": "yes or no (true or false), or a word such as 'ja'",
        "words_expected_unknown": "nothing (leave the meaning empty)",
        "words_conflict": "{word!r} already means {old}, so it cannot also mean "
        "{new}. Choose another word, or leave this one out.",
        "words_means_sheet": "the sheet of the table `{table}`",
        "words_means_column": "the column `{field}` of the table `{table}`",
        "words_means_score": "the score at {value} of the scale",
        "words_means_attitude": "the attitude {value}",
        "words_means_choice": "`{field}` {value!r}",
        "words_means_yes": "yes",
        "words_means_no": "no",
        "words_means_unknown": "'not known'",
        "words_sheet_kind": "Say what kind of word this is: one of {known}.{hint}",
        "words_sheet_no_word": "The row has no word: give the word, or clear the row.",
        "words_sheet_headers": "The sheet of words needs the columns {columns} "
        "(one row per word), but its first row holds {found}.",
        "tpl_guide_words": "Sheet '{sheet_words}' (optional): words of your own "
        "that this workbook uses, one row per word: its kind (column, score, "
        "attitude, ...), the word, and what it means, e.g. column | zeggenschap | "
        "power, or score | heel veel | high. Leave it empty if the usual words "
        "do.",
    },
    "nl": {
        "the_input": "De invoer",
        "problems_heading": "{where} bevat {n} fout{s}:",
        "where_file": "bestand {file!r}",
        "where_sheet": "blad {sheet!r}",
        "where_row": "rij {row}",
        "where_column": "kolom {column!r}",
        "value": "waarde",
        "duplicate_id": "De id {id!r} komt meer dan eens voor; geef elk een eigen id.",
        "out_of_scale": "`{field}` moet op de schaal {scale} van de kaart liggen, "
        "maar is {value:g}.",
        "unknown_id": "`{field}` noemt {id!r}, maar dat is geen actor van de kaart. "
        "Gebruik een id of naam uit het blad met actoren.",
        "unknown_interest": "{id!r} is geen thema van de kaart. Gebruik een id of "
        "naam uit het blad met thema's.",
        "self_relation": "Een relatie kan niet van {id!r} naar zichzelf gaan.",
        "pptx_view_power_interest": "macht/belang-rooster",
        "pptx_view_power_attitude": "macht/houding-rooster",
        "pptx_slide": "dia {n} ({title})",
        "ws_import_no_json": "Dit is geen leesbaar JSON-bestand ({err}).",
        "ws_import_not_ratings": "Dit is geen scorebestand van de offline "
        "workshoppagina (write_workshop_page).",
        "ws_import_wrong_map": "De scores horen bij een andere kaart dan die van "
        "deze workshop ({name!r}), of bij een andere versie ervan. Importeer ze in "
        "de workshop van de kaart waaruit de pagina gemaakt is.",
        "ws_import_no_submission": "Het bestand heeft geen inzendings-id: bewaar "
        "het opnieuw vanuit de pagina.",
        "ws_import_again": "Deze scores zijn al geïmporteerd; elk bestand telt één "
        "keer.",
        "ws_import_no_name": "`participant` moet een naam zijn, niet leeg.",
        "ws_import_long_name": "`participant` mag hoogstens {n} tekens hebben.",
        "ws_import_no_list": "`ratings` moet een lijst zijn.",
        "ws_import_no_object": "Elke score moet een object zijn.",
        "ws_import_unknown_field": "Onbekend veld {field!r}: een score bevat "
        "stakeholder_id, power, interest, attitude, confidence en rationale.",
        "ws_import_unknown_id": "Dit is geen stakeholder van de kaart {name!r}.",
        "ws_import_off_scale": "`{field}` moet een getal tussen {lo:g} en {hi:g} zijn.",
        "ws_import_rationale_text": "`rationale` moet tekst zijn.",
        "ws_import_long_rationale": "`rationale` mag hoogstens {n} tekens hebben.",
        "ws_import_no_files": "Geef minstens één scorebestand.",
        "ws_import_files": "{n} bestanden",
        "pptx_view_unknown": "een rooster",
        "pptx_broken_grid": "De gegevens van het rooster in de alternatieve tekst "
        "van het witte vlak zijn beschadigd. Herstel die tekst (of maak de "
        "presentatie opnieuw met to_pptx en verplaats de stakeholders daar).",
        "pptx_view_twice": "Dit rooster staat ook op dia {other}: een gekopieerde "
        "dia is niet van het origineel te onderscheiden. Verwijder een van beide.",
        "pptx_broken_marker": "De gegevens in de alternatieve tekst van het "
        "bolletje {shape!r} zijn beschadigd. Herstel die tekst, of verwijder het "
        "bolletje en verplaats het originele.",
        "pptx_marker_twice": "{id!r} heeft meer dan één bolletje op deze dia (een "
        "gekopieerde vorm?). Verwijder de kopieën zodat er één overblijft.",
        "pptx_slides": "dia's {a} en {b}",
        "pptx_off_grid": "Het bolletje van {id!r} ligt buiten het rooster. Sleep "
        "het terug op het witte vlak van het rooster (de rand telt als het einde "
        "van de schaal), of maak de verplaatsing ongedaan, en bewaar de "
        "presentatie opnieuw.",
        "pptx_unknown_id": "De presentatie heeft een stakeholder {id!r} die niet "
        "op de kaart staat. Lees de presentatie met de kaart waaruit ze gemaakt is "
        "(met profiel 'internal', zodat de id's die van de kaart zijn).",
        "pptx_power_conflict": "De macht van {id!r} is op beide roosters verplaatst, "
        "naar {a:g} en naar {b:g}. Zet het bolletje op beide dia's even hoog, of "
        "maak een van de verplaatsingen ongedaan.",
        "pptx_unreadable": "Dit is geen PowerPoint-bestand dat python-pptx kan "
        "openen ({err}). Geef het .pptx-bestand dat to_pptx schreef.",
        "pptx_no_grid": "Deze presentatie heeft geen rooster van stakeholder_map's "
        "to_pptx (geen vorm draagt de gegevens van het rooster). Maak de "
        "presentatie met to_pptx (weergave 'grid' en/of 'attitude'), verplaats de "
        "stakeholders en lees die presentatie.",
        "self_parent": "{id!r} kan niet zijn eigen moederorganisatie zijn.",
        "duplicate_relation": "Deze relatie ({source!r} -> {target!r}, {kind}) "
        "herhaalt een eerdere met dezelfde soort, hetzelfde kanaal en dezelfde id. "
        "Verwijder de herhaling, of geef parallelle relaties een andere soort, "
        "een ander kanaal of een eigen id.",
        "duplicate_stake": "Het standpunt van {id!r} over {interest!r} staat er "
        "twee keer.",
        "duplicate_assessment": "{rater!r} beoordeelde {id!r} twee keer op {date}.",
        "duplicate_assessment_undated": "{rater!r} beoordeelde {id!r} twee keer, "
        "beide keren zonder datum. Vul de datums in of verwijder een van de rijen.",
        "unknown_category": "Geen enkele actor heeft de categorie {category!r}. "
        "Gebruik een van {known}, of noem een actor.",
        "required": "Hier is een waarde nodig.",
        "not_a_number": "Verwacht een getal op de schaal {scale} of een van de "
        "woorden {words}.",
        "not_a_date": "Verwacht een datum zoals 2026-03-15.",
        "not_a_bool": "Verwacht ja/nee, waar/onwaar of 1/0.",
        "not_a_sign": "Verwacht +1 of -1.",
        "bad_choice": "Verwacht een van {choices}.",
        "out_of_range": "Verwacht een waarde tussen {lo} en {hi}.",
        "invalid": "{detail}",
        "unknown_column": "Onbekende kolom {column!r}.{hint} Geef ze een andere "
        "naam, of geef `unknown_columns='ignore'` mee om ze over te slaan.",
        "did_you_mean": " Bedoelde u {suggestion!r}?",
        "few_raters": "quadrant_probability: slechts {n} beoordelaar(s) gaf (gaven) "
        "een score voor macht en belang. Met minder dan drie beoordelaars is de "
        "herbemonstering grof (met één beoordelaar krijgt iedereen 0 of 100 %): lees "
        "de kansen als een ruwe aanwijzing.",
        "missing_column": "Het blad heeft een kolom {column!r} nodig (of een van de "
        "alternatieven: {aliases}).",
        "missing_sheet": "De werkmap heeft een blad nodig met de naam {names}.",
        "empty_file": "Het bestand is leeg.",
        "unreadable": "Het bestand kan niet gelezen worden: {detail}",
        "unknown_suffix": "Het formaat van {path!r} is onbekend: gebruik .xlsx, "
        ".csv, .yaml, .yml of .json.",
        "file_not_found": "Er is geen bestand {path!r}.",
        "file_unreadable": "Het bestand kan niet gelezen worden ({kind}): {detail}. "
        "Controleer dat het een volledig, niet-versleuteld {fmt}-bestand is, of "
        "sla het opnieuw op vanuit het programma dat het maakte.",
        "cli_unexpected": "Onverwachte fout ({kind}); dit is een fout in "
        "stakeholder-map, meld ze met het bestand dat ze veroorzaakte.",
        "ambiguous_name": "De naam {name!r} past bij meerdere actoren ({ids}); "
        "gebruik de id.",
        "file_ok": "{path}: OK - {n_stakeholders} actoren, {n_relations} relaties, "
        "{n_interests} thema's, {n_assessments} beoordelingen.",
        "demo_written": "Geschreven naar {out}:",
        "left_out": "Nog niet gescoord, dus weggelaten uit de figuren die die "
        "scores nodig hebben: {names}.",
        "eigenvector_acyclic": "`{measure}`: eigenvectorcentraliteit is niet "
        "gedefinieerd voor dit netwerk: het heeft geen kringen (de grootste "
        "eigenwaarde is 0), dus elke score zou 0 zijn. De kolom `{measure}` is NaN; "
        "gebruik `pagerank`.",
        "eigenvector_not_unique": "`{measure}`: eigenvectorcentraliteit is niet "
        "gedefinieerd voor dit netwerk: meerdere sterk samenhangende delen (groepen "
        "die elkaar allemaal bereiken) zijn even sterk, dus er volgt geen eenduidige "
        "rangorde. De kolom `{measure}` is NaN; bereken ze per "
        "deel of gebruik `pagerank`.",
        "eigenvector_not_converged": "`{measure}`: eigenvectorcentraliteit kon "
        "niet berekend worden voor dit netwerk: noch de machtsiteratie noch de "
        "eigenwaardenoplosser convergeerde. De kolom `{measure}` is NaN; gebruik "
        "`pagerank`.",
        "too_few_nodes": "`{measure}` is niet gedefinieerd voor een netwerk van "
        "minder dan {needed} actoren (dit netwerk heeft er {n}): {why}. De kolom "
        "`{measure}` is NaN.",
        "why_degree_centrality": "de graad wordt gedeeld door het aantal anderen, "
        "n - 1 = 0",
        "why_betweenness_norm": "er wordt gedeeld door het aantal paren van "
        "anderen, en dat is 0",
        "why_closeness": "er is niemand anders om dichtbij te zijn",
        "only_negative_ties": "`{measure}`: elke gekozen relatie is een negatieve "
        "band (teken -1, bv. conflict), en `negative_ties='exclude'` laat die weg, "
        "dus het netwerk heeft geen banden. Geef `negative_ties='include'` om ze als "
        "banden te tellen.",
        "modularity_undefined": "`modularity` is niet gedefinieerd voor een netwerk "
        "zonder banden met een positief gewicht; ze is NaN en elke actor is een "
        "gemeenschap op zich.",
        "words_problems": "De woorden konden niet worden toegevoegd (aantal "
        "problemen: {n}):",
        "words_not_a_mapping": "Verwacht een mapping van soorten woorden naar "
        "woorden, zoals {{'columns': {{'power': ['zeggenschap']}}}}, maar kreeg een "
        "{found}.",
        "words_unknown_section": "{section!r} is geen soort woord. Soorten "
        "woorden: {known}.{hint}",
        "words_unknown_table": "Geen tabel {table!r} heeft kolommen. Tabellen: "
        "{known}.{hint}",
        "words_shape": "`{section}` vraagt {shape}, maar kreeg {found!r}.",
        "words_shape_grouped": "een mapping van elke betekenis naar haar woorden, "
        "bv. {example}",
        "words_shape_words": "een mapping van elk woord naar zijn betekenis, bv. "
        "{example}",
        "words_shape_list": "een lijst van woorden, bv. {example}",
        "words_not_a_word": "Een woord moet een tekst met een letter of cijfer "
        "zijn, maar kreeg {value!r}.",
        "words_bad_meaning": "{word!r} kan niet {meaning!r} betekenen: geef "
        "{expected}.",
        "words_expected_sheets": "een tabel zoals 'stakeholders', of een bladnaam "
        "die ze al heeft, zoals 'actoren'",
        "words_expected_columns": "een kolom zoals 'power', of een kop die ze al "
        "heeft, zoals 'macht'",
        "words_expected_scores": "een deel van de schaal van 0 (laagste) tot 1 "
        "(hoogste), of een scorewoord zoals 'hoog'",
        "words_expected_attitudes": "een getal van -2 (sterk tegen) tot 2 (sterk "
        "voor), of een houdingswoord zoals 'voor'",
        "words_expected_choice": "een van {choices}, of een woord voor een ervan",
        "words_expected_booleans": "ja of nee (true of false), of een woord zoals 'ja'",
        "words_expected_unknown": "niets (laat de betekenis leeg)",
        "words_conflict": "{word!r} betekent al {old}, dus het kan niet ook {new} "
        "betekenen. Kies een ander woord, of laat dit weg.",
        "words_means_sheet": "het blad van de tabel `{table}`",
        "words_means_column": "de kolom `{field}` van de tabel `{table}`",
        "words_means_score": "de score op {value} van de schaal",
        "words_means_attitude": "de houding {value}",
        "words_means_choice": "`{field}` {value!r}",
        "words_means_yes": "ja",
        "words_means_no": "nee",
        "words_means_unknown": "'niet gekend'",
        "words_sheet_kind": "Zeg welke soort woord dit is: een van {known}.{hint}",
        "words_sheet_no_word": "De rij heeft geen woord: geef het woord, of maak "
        "de rij leeg.",
        "words_sheet_headers": "Het blad met woorden vraagt de kolommen {columns} "
        "(één rij per woord), maar de eerste rij bevat {found}.",
        "tpl_guide_words": "Blad '{sheet_words}' (niet verplicht): eigen woorden "
        "die deze werkmap gebruikt, één rij per woord: de soort (kolom, score, "
        "houding, ...), het woord en wat het betekent, bv. kolom | zeggenschap | "
        "macht, of score | heel veel | hoog. Laat het leeg als de gewone woorden "
        "volstaan.",
    },
}


def text(key: str, lang: str = "en", **params: Any) -> str:
    """Return a message in English or Dutch, filled in with ``params``.

    Parameters
    ----------
    key
        The message key.
    lang
        ``"en"`` or ``"nl"``; other values fall back to English.
    **params
        Values for the message's placeholders. ``n`` also sets the plural suffix.

    Returns
    -------
    str
        The message.

    Examples
    --------
    >>> from stakeholder_map.i18n import text
    >>> text("not_a_date", "nl")
    'Verwacht een datum zoals 2026-03-15.'
    """
    table = _TEXTS.get(lang, _TEXTS["en"])
    template = table.get(key) or _TEXTS["en"][key]
    if "n" in params and "s" not in params:
        plural = {"en": "s", "nl": "en"}.get(lang, "s")
        params = {**params, "s": "" if params["n"] == 1 else plural}
    return template.format(**params)


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
# Stakeholder views: salience, cube, attitude grid, priority, engagement, support
# --------------------------------------------------------------------------------

_LABELS["en"].update(
    {
        # Mitchell, Agle & Wood (1997) classes and groups
        "dormant": "Dormant",
        "discretionary": "Discretionary",
        "demanding": "Demanding",
        "dominant": "Dominant",
        "dangerous": "Dangerous",
        "dependent": "Dependent",
        "definitive": "Definitive",
        "non_stakeholder": "Non-stakeholder",
        "latent": "Latent",
        "expectant": "Expectant",
        "none": "None",
        "salience": "Salience",
        # Murray-Webster & Simon (2006) types
        "saviour": "Saviour",
        "friend": "Friend",
        "saboteur": "Saboteur",
        "irritant": "Irritant",
        "sleeping_giant": "Sleeping giant",
        "acquaintance": "Acquaintance",
        "time_bomb": "Time bomb",
        "tripwire": "Tripwire",
        "backers": "Backers",
        "blockers": "Blockers",
        "active": "Active (high interest)",
        "passive": "Passive (low interest)",
        # power/attitude grid
        "key_ally": "Key ally",
        "key_neutral": "Influential neutral",
        "key_opponent": "Key opponent",
        "ally": "Ally",
        "bystander": "Bystander",
        "critic": "Critic",
        "opposed": "Opposed",
        # priority, engagement, participation, support
        "priority": "Priority",
        "rank": "Rank",
        "raise": "Raise engagement",
        "lower": "Lower engagement",
        "maintain": "Maintain",
        "under": "Less than recommended",
        "over": "More than recommended",
        "match": "As recommended",
        "engagement_current": "Current",
        "engagement_desired": "Desired",
        "mark_current": "C",
        "mark_desired": "D",
        "participation": "Participation",
        "support": "Support",
        "opposition": "Opposition",
        "overall": "Overall",
        "power_share": "Share of power",
        "influence": "Influence",
        # titles of the views (save_views, plot_overview)
        "view_power_interest": "Power and interest",
        "view_salience": "Salience (Mitchell, Agle & Wood)",
        "view_attitude_grid": "Power and attitude",
        "view_stakeholder_cube": "Stakeholder cube (Murray-Webster & Simon)",
        "view_priority": "Priority (in the style of the Stakeholder Circle)",
        "view_engagement_matrix": "Engagement assessment matrix",
        "view_support_balance": "Support, weighted by power",
        "view_onion": "Onion diagram",
    }
)
_LABELS["nl"].update(
    {
        "dormant": "Slapend",
        "discretionary": "Vrijblijvend",
        "demanding": "Veeleisend",
        "dominant": "Dominant",
        "dangerous": "Gevaarlijk",
        "dependent": "Afhankelijk",
        "definitive": "Doorslaggevend",
        "non_stakeholder": "Geen stakeholder",
        "latent": "Latent",
        "expectant": "Verwachtend",
        "none": "Geen",
        "salience": "Saillantie",
        "saviour": "Redder",
        "friend": "Vriend",
        "saboteur": "Saboteur",
        "irritant": "Lastpak",
        "sleeping_giant": "Slapende reus",
        "acquaintance": "Kennis",
        "time_bomb": "Tijdbom",
        "tripwire": "Struikeldraad",
        "backers": "Voorstanders",
        "blockers": "Tegenstanders",
        "active": "Actief (veel belang)",
        "passive": "Passief (weinig belang)",
        "key_ally": "Sleutelbondgenoot",
        "key_neutral": "Invloedrijke twijfelaar",
        "key_opponent": "Invloedrijke tegenstander",
        "ally": "Bondgenoot",
        "bystander": "Toeschouwer",
        "critic": "Criticus",
        "opposed": "Tegen",
        "priority": "Prioriteit",
        "rank": "Rang",
        "raise": "Betrokkenheid verhogen",
        "lower": "Betrokkenheid verlagen",
        "maintain": "Behouden",
        "under": "Minder dan aanbevolen",
        "over": "Meer dan aanbevolen",
        "match": "Zoals aanbevolen",
        "engagement_current": "Huidig",
        "engagement_desired": "Gewenst",
        "mark_current": "H",
        "mark_desired": "G",
        "participation": "Participatie",
        "support": "Steun",
        "opposition": "Tegenstand",
        "overall": "Algemeen",
        "power_share": "Aandeel van de macht",
        "influence": "Invloed",
        "view_power_interest": "Macht en belang",
        "view_salience": "Saillantie (Mitchell, Agle & Wood)",
        "view_attitude_grid": "Macht en houding",
        "view_stakeholder_cube": "Stakeholderkubus (Murray-Webster & Simon)",
        "view_priority": "Prioriteit (naar de Stakeholder Circle)",
        "view_engagement_matrix": "Betrokkenheidsmatrix",
        "view_support_balance": "Draagvlak, gewogen naar macht",
        "view_onion": "Uiendiagram",
    }
)
_TEXTS["en"].update(
    {
        "neutral_attitude": "neutral attitude",
        "blocker_opposed": "High power ({power:g} >= {threshold:g}) and opposed "
        "(attitude {attitude:+g}).",
        "blocker_neutral": "High power ({power:g} >= {threshold:g}) and neutral "
        "(attitude 0): could still turn against the work.",
        "strategy_key_ally": "Promote: give them a visible role and use their "
        "influence.",
        "strategy_key_neutral": "Persuade: win them over before opponents do.",
        "strategy_key_opponent": "Defend: engage early, address their concerns and "
        "manage the risk.",
        "strategy_ally": "Mobilise: bring them together and amplify their voice.",
        "strategy_bystander": "Inform: keep them informed at little cost.",
        "strategy_critic": "Monitor: listen to their concerns and watch for "
        "coalitions.",
        "top_n": "top {n}",
        "ring_caption": "Arc width: power · depth: urgency · colour: proximity",
        "priority_entry": "{rank}. {name} ({value:.2f})",
        "net_balance": "net {value:+.0f}%",
    }
)
_TEXTS["nl"].update(
    {
        "neutral_attitude": "neutrale houding",
        "blocker_opposed": "Veel macht ({power:g} >= {threshold:g}) en tegen "
        "(houding {attitude:+g}).",
        "blocker_neutral": "Veel macht ({power:g} >= {threshold:g}) en neutraal "
        "(houding 0): kan zich nog tegen het werk keren.",
        "strategy_key_ally": "Inzetten: geef hen een zichtbare rol en benut hun "
        "invloed.",
        "strategy_key_neutral": "Overtuigen: win hen voor je voor tegenstanders "
        "dat doen.",
        "strategy_key_opponent": "Verdedigen: betrek hen vroeg, pak hun bezwaren "
        "aan en beheers het risico.",
        "strategy_ally": "Mobiliseren: breng hen samen en versterk hun stem.",
        "strategy_bystander": "Informeren: hou hen met weinig inspanning op de hoogte.",
        "strategy_critic": "Opvolgen: luister naar hun bezwaren en let op coalities.",
        "top_n": "top {n}",
        "ring_caption": "Boogbreedte: macht · diepte: urgentie · kleur: nabijheid",
        "priority_entry": "{rank}. {name} ({value:.2f})",
        "net_balance": "netto {value:+.0f}%",
    }
)


# Communication planning (analysis/plotting communication.py): labels and texts
_LABELS["en"].update(
    {
        "outgoing": "Outgoing",
        "incoming": "Incoming",
        "mutual": "Mutual",
        "backer": "Backer",
        "blocker": "Blocker",
        "not_assessed_quadrant": "Not assessed",
        "rules": "Default rules",
        "plan": "Plan",
        "plan+rules": "Plan and default rules",
        "under_served": "Under-served",
        "never_contacted": "Never contacted",
        "on_track": "On track",
        "over_served": "Over-served",
        "no_plan": "No plan",
        "improving": "Improving",
        "stable": "Stable",
        "worsening": "Worsening",
        "missing": "Missing",
        "under_represented": "Under-represented",
        "not_engaged": "Not engaged",
        "engaged": "Engaged",
        "segment": "Target group",
        "no_category": "No category",
        "attitude_group": "Attitude",
        "channels": "Channels",
        "channel": "Channel",
        "frequency": "Frequency",
        "key_message": "Key message",
        "owner": "Owner",
        "source": "Source",
        "start": "Start",
        "planned_frequency": "Planned frequency",
        "interval_days": "Interval (days)",
        "counted_from": "Counted from",
        "contacts": "Contacts",
        "expected": "Expected contacts",
        "last_contact": "Last contact",
        "days_since_last": "Days since last contact",
        "due": "Next contact due",
        "overdue": "Overdue",
        "days_overdue": "Days overdue",
        "service": "Contact level",
        "sentiment": "Sentiment",
        "sentiment_mean": "Mean sentiment",
        "sentiment_last": "Last sentiment",
        "sentiment_slope": "Sentiment change per 30 days",
        "sentiment_trend": "Sentiment trend",
        "planned": "Planned",
        "n_channels": "Channels used",
        "single_channel": "One channel only",
        "unreached": "Not reached",
        "n_stakeholders": "Stakeholders",
        "n_single_channel": "Reached by one channel only",
        "n_unreached": "Not reached",
        "n_engaged": "Engaged",
        "min_stakeholders": "Needed",
        "share": "Share of the map",
        "status": "Status",
        "members": "Representatives",
        "kind": "Kind",
        "date": "Date",
        "direction": "Direction",
        "topic": "Topic",
        "interest_id": "Theme",
        "by": "By",
        "outcome": "Outcome",
        "yes": "yes",
        "no": "no",
        "today": "today",
        "contact_window": "Planned contact interval",
        "overdue_band": "Overdue",
        "number_of_stakeholders": "Number of stakeholders",
        "engaged_in_period": "Engaged in the period",
        "needed": "Needed",
        "days_short": "{n} d",
    }
)
_LABELS["nl"].update(
    {
        "outgoing": "Uitgaand",
        "incoming": "Inkomend",
        "mutual": "Wederzijds",
        "backer": "Medestander",
        "blocker": "Tegenstander",
        "not_assessed_quadrant": "Niet beoordeeld",
        "rules": "Standaardregels",
        "plan": "Plan",
        "plan+rules": "Plan en standaardregels",
        "under_served": "Te weinig contact",
        "never_contacted": "Nooit gecontacteerd",
        "on_track": "Op schema",
        "over_served": "Meer dan gepland",
        "no_plan": "Geen plan",
        "improving": "Verbetert",
        "stable": "Stabiel",
        "worsening": "Verslechtert",
        "missing": "Ontbreekt",
        "under_represented": "Ondervertegenwoordigd",
        "not_engaged": "Niet bereikt",
        "engaged": "Bereikt",
        "segment": "Doelgroep",
        "no_category": "Geen categorie",
        "attitude_group": "Houding",
        "channels": "Kanalen",
        "channel": "Kanaal",
        "frequency": "Frequentie",
        "key_message": "Kernboodschap",
        "owner": "Verantwoordelijke",
        "source": "Bron",
        "start": "Start",
        "planned_frequency": "Geplande frequentie",
        "interval_days": "Interval (dagen)",
        "counted_from": "Geteld vanaf",
        "contacts": "Contacten",
        "expected": "Verwachte contacten",
        "last_contact": "Laatste contact",
        "days_since_last": "Dagen sinds laatste contact",
        "due": "Volgend contact gepland",
        "overdue": "Achterstallig",
        "days_overdue": "Dagen achterstallig",
        "service": "Contactniveau",
        "sentiment": "Sentiment",
        "sentiment_mean": "Gemiddeld sentiment",
        "sentiment_last": "Laatste sentiment",
        "sentiment_slope": "Verandering sentiment per 30 dagen",
        "sentiment_trend": "Trend sentiment",
        "planned": "Gepland",
        "n_channels": "Aantal kanalen",
        "single_channel": "Slechts één kanaal",
        "unreached": "Niet bereikt",
        "n_stakeholders": "Actoren",
        "n_single_channel": "Via slechts één kanaal",
        "n_unreached": "Niet bereikt",
        "n_engaged": "Bereikt",
        "min_stakeholders": "Nodig",
        "share": "Aandeel van de kaart",
        "status": "Status",
        "members": "Vertegenwoordigers",
        "kind": "Soort",
        "date": "Datum",
        "direction": "Richting",
        "topic": "Onderwerp",
        "interest_id": "Thema",
        "by": "Door",
        "outcome": "Resultaat",
        "yes": "ja",
        "no": "nee",
        "today": "vandaag",
        "contact_window": "Gepland contactinterval",
        "overdue_band": "Achterstallig",
        "number_of_stakeholders": "Aantal actoren",
        "engaged_in_period": "Bereikt in de periode",
        "needed": "Nodig",
        "days_short": "{n} d",
    }
)
_TEXTS["en"].update(
    {
        "strategy_not_assessed": "Assess power and interest first; until then, inform.",
        "strategy_saviour": "Saviour: keep them close and build on their support.",
        "strategy_saboteur": "Saboteur: engage early and in person; deal with "
        "their objections.",
        "strategy_sleeping_giant": "Sleeping giant: wake them up and turn their "
        "support into action.",
        "strategy_time_bomb": "Time bomb: understand their objections and defuse "
        "them before they act.",
        "strategy_friend": "Friend: use them as a sounding board and ambassador.",
        "strategy_irritant": "Irritant: listen, put things right and keep them "
        "informed.",
        "strategy_acquaintance": "Acquaintance: keep them informed with little effort.",
        "strategy_tripwire": "Tripwire: know their concerns so the work does not "
        "trip over them.",
        "message_concern": "Address their concerns about {themes}.",
        "message_support": "Show progress on {themes}.",
        "message_neutral": "Keep them up to date on {themes}.",
        "and": "and",
        "or": "or",
    }
)
_TEXTS["nl"].update(
    {
        "strategy_not_assessed": "Beoordeel eerst macht en belang; informeer tot dan.",
        "strategy_saviour": "Redder: dichtbij houden en bouwen op hun steun.",
        "strategy_saboteur": "Saboteur: vroeg en persoonlijk betrekken; ga in op "
        "hun bezwaren.",
        "strategy_sleeping_giant": "Slapende reus: wakker maken en hun steun "
        "omzetten in actie.",
        "strategy_time_bomb": "Tijdbom: begrijp hun bezwaren en ontmijn ze voor ze "
        "in actie komen.",
        "strategy_friend": "Vriend: zet hen in als klankbord en ambassadeur.",
        "strategy_irritant": "Lastpak: luisteren, rechtzetten en goed informeren.",
        "strategy_acquaintance": "Kennis: met weinig inspanning op de hoogte houden.",
        "strategy_tripwire": "Struikeldraad: ken hun bezorgdheden, zodat het werk "
        "er niet over struikelt.",
        "message_concern": "Ga in op hun bezorgdheden over {themes}.",
        "message_support": "Toon de vooruitgang rond {themes}.",
        "message_neutral": "Houd hen op de hoogte over {themes}.",
        "and": "en",
        "or": "of",
    }
)


# --------------------------------------------------------------------------------
# Exports: privacy profiles, slide decks and reports
# --------------------------------------------------------------------------------

_LABELS["en"].update(
    {
        "low": "low",
        "high": "high",
        "grid": "Power/interest grid",
        "table": "Classification",
        "network": "Network",
        "view_grid": "Power/interest grid",
        "view_salience": "Salience (Mitchell, Agle & Wood)",
        "view_attitude": "Power/attitude grid",
        "view_cube": "Stakeholder cube",
        "view_priority": "Priority",
        "view_engagement": "Engagement: current and desired",
        "view_network": "Network of relations",
        "view_influence": "Influence gap",
        "view_movement": "Movement between snapshots",
        "view_history": "History of the scores",
        "view_representation": "Representation of target groups",
        "notes": "Notes",
    }
)
_LABELS["nl"].update(
    {
        "low": "laag",
        "high": "hoog",
        "grid": "Macht-belangrooster",
        "table": "Indeling",
        "network": "Netwerk",
        "view_grid": "Macht-belangrooster",
        "view_salience": "Saillantie (Mitchell, Agle & Wood)",
        "view_attitude": "Macht-houdingrooster",
        "view_cube": "Stakeholderkubus",
        "view_priority": "Prioriteit",
        "view_engagement": "Betrokkenheid: huidig en gewenst",
        "view_network": "Netwerk van relaties",
        "view_influence": "Invloedskloof",
        "view_movement": "Verschuivingen tussen momentopnames",
        "view_history": "Verloop van de scores",
        "view_representation": "Vertegenwoordiging van doelgroepen",
        "notes": "Notities",
    }
)
_TEXTS["en"].update(
    {
        "privacy_nothing": "Privacy profile {profile!r}: nothing removed.",
        "privacy_heading": "Privacy profile {profile!r} removed or replaced:",
        "privacy_replaced_names": "names of stakeholders replaced by codes or "
        "roles: {n}",
        "privacy_removed_map_description": "description of the map removed",
        "privacy_dropped_category_items": "planned items for a hidden category "
        "removed: {n}",
        "privacy_coded_rater": "names of raters replaced by codes: {n}",
        "privacy_coded_by": "names of colleagues who made a contact replaced by "
        "codes: {n}",
        "privacy_coded_owner": "names of owners of planned communication replaced "
        "by codes: {n}",
        "privacy_dropped_category": "categories removed: {n}",
        "privacy_dropped_short_name": "short names removed: {n}",
        "privacy_dropped_description": "descriptions removed: {n}",
        "privacy_dropped_tags": "tag lists removed: {n}",
        "privacy_dropped_source": "sources removed: {n}",
        "privacy_dropped_contact": "contact details removed: {n}",
        "privacy_dropped_personal_attributes": "values of one's own personal "
        "columns (contact, e-mail, phone, address) removed: {n}",
        "privacy_dropped_notes": "notes removed: {n}",
        "privacy_dropped_assessed_on": "assessment dates removed: {n}",
        "privacy_dropped_rationale": "rationales of ratings removed: {n}",
        "privacy_dropped_topic": "topics of contacts removed: {n}",
        "privacy_dropped_outcome": "outcomes of contacts removed: {n}",
        "privacy_dropped_message": "planned messages removed: {n}",
        "deck_subtitle": "{n} stakeholders",
        "deck_privacy": "Privacy profile: {profile}",
        "slide_table_page": "{title} ({page}/{pages})",
        "notes_grid": "Power/interest grid (Johnson & Scholes' adaptation of "
        "Mendelow 1981). High means a score >= the threshold: power >= {power:g}, "
        "interest >= {interest:g} (rule: {rule}). Every marker is a shape: drag it "
        "to a new place during the session.",
        "notes_stacked": "Markers with the same scores are spread around their "
        "point so that each can be grabbed: {names}.",
        "notes_left_out": "Not on the grid (no power or interest score): {names}.",
        "notes_attitude": "Power/attitude grid (after Bryson 2004; the six cell "
        "names are this library's). High power means power >= {power:g} (rule: "
        "{rule}); an attitude above 0 is supportive, 0 neutral, below 0 opposed. "
        "Every marker is a shape: drag it to a new place during the session.",
        "notes_attitude_left_out": "Not on the grid (no power or attitude score): "
        "{names}.",
        "notes_table": "Stakeholders sorted by quadrant, then by power and interest "
        "(highest first). Strategy per quadrant as in the grid's label set.",
        "notes_view": "Figure made with {function}.",
        "unknown_view": "`views` may hold only {available}, but {view!r} was "
        "passed.{hint}",
        "view_needs_plot": " The view {view!r} needs {function}, which this version "
        "does not have yet.",
        "report_interactive_html_only": "`interactive=True` adds the interactive "
        "network to an HTML report only, but {name!r} was passed. Write a .html "
        "file, or leave `interactive` off.",
        "pptx_missing": "Writing slides needs python-pptx: pip install "
        "'stakeholder-map[pptx]'.",
        "report_title": "Stakeholder analysis: {name}",
        "report_summary": "Summary",
        "report_summary_text": "{n_stakeholders} stakeholders, {n_relations} "
        "relations and {n_interests} themes, on a scale of {scale}.",
        "report_quadrant_count": "{label}: {n}",
        "report_views": "Views",
        "report_tables": "Tables",
        "report_changes": "What changed",
        "report_changes_since": "Compared with {previous}:",
        "report_added": "New: {names}.",
        "report_removed": "No longer on the map: {names}.",
        "report_moved": "{name}: {before} -> {after}",
        "report_no_changes": "No stakeholder changed quadrant.",
        "report_methods": "Methods and sources",
        "report_privacy": "Privacy",
        "report_footer": "Made with stakeholder_map {version}; no data left this "
        "computer to make it.",
        "method_grid": "Power/interest grid: the adaptation by Johnson & Scholes "
        "(Exploring Corporate Strategy) of Mendelow's (1981) power/dynamism "
        "matrix; quadrant names after PMBOK/Mind Tools, Eden & Ackermann (1998) "
        "call them players, context setters, subjects and crowd. A score equal to "
        "the threshold counts as high; thresholds used: power {power:g}, interest "
        "{interest:g}.",
        "method_view": "{title}: see the documentation of {function}.",
        "xml_refused": "the XML declares a document type or entities ({detail}); "
        "they are refused, because expanding them can exhaust the computer's "
        "memory. Export the file again without a DTD.",
        "two_table_drops": "{format} files hold stakeholders and relations only; "
        "left out: {dropped}. Use .xlsx, .json, .yaml or .graphml to keep them.",
        "two_table_ignored": "Columns that are no stakeholder or relation field "
        "were left out of the {format} file: {columns}.",
        "kumu_no_elements": "A Kumu blueprint is JSON with a list under "
        '"elements" or "connections" (a project export may hold them under '
        '"project"); this file has neither.',
        "kumu_not_an_object": "Each item of the list under {table!r} must be an "
        'object with fields such as "label" or "from" and "to".',
        "kumu_no_tables": "No sheet has Kumu's headers: `Label` for elements, "
        "`From` and `To` for connections (an `ID` column may come first). Kumu "
        "finds sheets by these headers, whatever their names.",
        "kumu_ambiguous_label": "{label!r} is the label of several elements "
        "(ids {ids}), so it does not say which one is meant. Give the elements an "
        "`ID` column and use the IDs in `From` and `To`, as Kumu asks.",
        "kumu_created": "{n} element(s) named in `From` or `To` have no row of "
        "their own; as Kumu does, they were created with that label as their "
        "name: {names}.",
    }
)
_TEXTS["nl"].update(
    {
        "privacy_nothing": "Privacyprofiel {profile!r}: niets verwijderd.",
        "privacy_heading": "Privacyprofiel {profile!r} verwijderde of verving:",
        "privacy_replaced_names": "namen van actoren vervangen door codes of "
        "rollen: {n}",
        "privacy_removed_map_description": "beschrijving van de kaart verwijderd",
        "privacy_dropped_category_items": "geplande acties voor een verborgen "
        "categorie verwijderd: {n}",
        "privacy_coded_rater": "namen van beoordelaars vervangen door codes: {n}",
        "privacy_coded_by": "namen van collega's die een contact hadden vervangen "
        "door codes: {n}",
        "privacy_coded_owner": "namen van verantwoordelijken voor geplande "
        "communicatie vervangen door codes: {n}",
        "privacy_dropped_category": "categorieën verwijderd: {n}",
        "privacy_dropped_short_name": "korte namen verwijderd: {n}",
        "privacy_dropped_description": "beschrijvingen verwijderd: {n}",
        "privacy_dropped_tags": "lijsten met trefwoorden verwijderd: {n}",
        "privacy_dropped_source": "bronnen verwijderd: {n}",
        "privacy_dropped_contact": "contactgegevens verwijderd: {n}",
        "privacy_dropped_personal_attributes": "waarden van eigen persoonlijke "
        "kolommen (contact, e-mail, telefoon, adres) verwijderd: {n}",
        "privacy_dropped_notes": "notities verwijderd: {n}",
        "privacy_dropped_assessed_on": "beoordelingsdata verwijderd: {n}",
        "privacy_dropped_rationale": "motiveringen van scores verwijderd: {n}",
        "privacy_dropped_topic": "onderwerpen van contacten verwijderd: {n}",
        "privacy_dropped_outcome": "resultaten van contacten verwijderd: {n}",
        "privacy_dropped_message": "geplande boodschappen verwijderd: {n}",
        "deck_subtitle": "{n} actoren",
        "deck_privacy": "Privacyprofiel: {profile}",
        "slide_table_page": "{title} ({page}/{pages})",
        "notes_grid": "Macht-belangrooster (de bewerking door Johnson & Scholes van "
        "Mendelow 1981). Hoog betekent een score >= de drempel: macht >= "
        "{power:g}, belang >= {interest:g} (regel: {rule}). Elke markering is een "
        "vorm: sleep ze tijdens de sessie naar een nieuwe plaats.",
        "notes_stacked": "Markeringen met dezelfde scores staan rond hun punt "
        "verspreid zodat je elk kan vastnemen: {names}.",
        "notes_left_out": "Niet in het rooster (geen macht of belang): {names}.",
        "notes_attitude": "Macht-houdingrooster (naar Bryson 2004; de zes "
        "celnamen zijn die van deze bibliotheek). Hoge macht betekent macht >= "
        "{power:g} (regel: {rule}); een houding boven 0 is voor, 0 neutraal, onder "
        "0 tegen. Elke markering is een vorm: sleep ze tijdens de sessie naar een "
        "nieuwe plaats.",
        "notes_attitude_left_out": "Niet in het rooster (geen macht of houding): "
        "{names}.",
        "notes_table": "Actoren gesorteerd per kwadrant, dan op macht en belang "
        "(hoogste eerst). Strategie per kwadrant zoals in de labelset van het "
        "rooster.",
        "notes_view": "Figuur gemaakt met {function}.",
        "unknown_view": "`views` mag enkel {available} bevatten, maar {view!r} werd "
        "meegegeven.{hint}",
        "view_needs_plot": " Het overzicht {view!r} vraagt {function}, dat deze "
        "versie nog niet heeft.",
        "report_interactive_html_only": "`interactive=True` voegt het interactieve "
        "netwerk alleen aan een HTML-rapport toe, maar {name!r} werd meegegeven. "
        "Schrijf een .html-bestand of laat `interactive` uit.",
        "pptx_missing": "Dia's schrijven vraagt python-pptx: pip install "
        "'stakeholder-map[pptx]'.",
        "report_title": "Stakeholderanalyse: {name}",
        "report_summary": "Samenvatting",
        "report_summary_text": "{n_stakeholders} actoren, {n_relations} relaties "
        "en {n_interests} thema's, op een schaal van {scale}.",
        "report_quadrant_count": "{label}: {n}",
        "report_views": "Overzichten",
        "report_tables": "Tabellen",
        "report_changes": "Wat veranderde",
        "report_changes_since": "Vergeleken met {previous}:",
        "report_added": "Nieuw: {names}.",
        "report_removed": "Niet meer op de kaart: {names}.",
        "report_moved": "{name}: {before} -> {after}",
        "report_no_changes": "Geen enkele actor veranderde van kwadrant.",
        "report_methods": "Methoden en bronnen",
        "report_privacy": "Privacy",
        "report_footer": "Gemaakt met stakeholder_map {version}; er verliet geen "
        "data deze computer om het te maken.",
        "method_grid": "Macht-belangrooster: de bewerking door Johnson & Scholes "
        "(Exploring Corporate Strategy) van de macht/dynamiek-matrix van Mendelow "
        "(1981); kwadrantnamen naar PMBOK/Mind Tools, Eden & Ackermann (1998) "
        "noemen ze players, context setters, subjects en crowd. Een score gelijk "
        "aan de drempel telt als hoog; gebruikte drempels: macht {power:g}, belang "
        "{interest:g}.",
        "method_view": "{title}: zie de documentatie van {function}.",
        "xml_refused": "de XML declareert een documenttype of entiteiten "
        "({detail}); die worden geweigerd, omdat ze uitvouwen het geheugen van de "
        "computer kan uitputten. Exporteer het bestand opnieuw zonder DTD.",
        "two_table_drops": "{format}-bestanden bevatten enkel actoren en relaties; "
        "weggelaten: {dropped}. Gebruik .xlsx, .json, .yaml of .graphml om ze te "
        "bewaren.",
        "two_table_ignored": "Kolommen die geen veld van een actor of relatie zijn, "
        "werden weggelaten uit het {format}-bestand: {columns}.",
        "kumu_no_elements": "Een Kumu-blueprint is JSON met een lijst onder "
        '"elements" of "connections" (een projectexport kan ze onder "project" '
        "hebben); dit bestand heeft geen van beide.",
        "kumu_not_an_object": "Elk item van de lijst onder {table!r} moet een "
        'object zijn met velden zoals "label" of "from" en "to".',
        "kumu_no_tables": "Geen enkel blad heeft de kolomkoppen van Kumu: "
        "`Label` voor elementen, `From` en `To` voor verbindingen (een kolom `ID` "
        "mag ervoor staan). Kumu vindt bladen aan deze koppen, hoe ze ook heten.",
        "kumu_ambiguous_label": "{label!r} is het label van meerdere elementen "
        "(ids {ids}), dus het zegt niet welk bedoeld is. Geef de elementen een "
        "kolom `ID` en gebruik de ID's in `From` en `To`, zoals Kumu vraagt.",
        "kumu_created": "{n} element(en) genoemd in `From` of `To` hebben geen "
        "eigen rij; zoals Kumu doet, werden ze aangemaakt met dat label als naam: "
        "{names}.",
    }
)

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
    """Build the word tables from the data files on first use."""
    if name in _words.NAMES:
        for key, value in _words.build().items():
            globals().setdefault(key, value)
        return globals()[name]
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


_LABELS["en"].update(
    {
        "outgoing": "Outgoing",
        "incoming": "Incoming",
        "mutual": "Mutual",
        "interactions": "contacts",
        "communication": "communication plan",
        "segments": "target groups",
    }
)
_LABELS["nl"].update(
    {
        "outgoing": "Uitgaand",
        "incoming": "Inkomend",
        "mutual": "Wederzijds",
        "interactions": "contacten",
        "communication": "communicatieplan",
        "segments": "doelgroepen",
    }
)
_TEXTS["en"].update(
    {
        "duplicate_column": "Columns {first!r} and {second!r} both hold `{field}`; "
        "keep one of them.",
        "unnamed_column": "This column holds values but has no header; give it a "
        "header or clear it.",
        "duplicate_sheet": "Sheets {first!r} and {second!r} both hold the {table}; "
        "keep one of them.",
        "ignored_sheet": "Sheet {sheet!r} is not read: its name is not one of the "
        "known sheets.{hint}",
        "unknown_meta_key": "Unknown key {name!r}.{hint} Known keys: {keys}.",
        "duplicate_meta_key": "The key {name!r} is given more than once.",
        "not_a_map": "Expected a stakeholder map (a mapping with keys such as "
        "'name' and 'stakeholders'), but found {found}.",
        "unknown_field": "Unknown field {field!r}.{hint}",
        "too_long": "Expected at most {max} characters.",
        "not_a_whole_number": "Expected a whole number of at least {lo}.",
        "not_a_plain_number": "Expected a number.",
        "bad_scale": "The scale's minimum ({lo}) must be below its maximum ({hi}).",
        "scale_label_outside": "Scale label point {point} lies outside the scale "
        "{scale}.",
        "score_words": "'low', 'medium', 'high'",
        "one_target": "Give exactly one of {first!r} and {second!r}.",
        "csv_drops": "A CSV file keeps only the stakeholders and relations: the "
        "{dropped} are not written. Write .xlsx, .yaml or .json to keep them.",
        "csv_scale": "A CSV file does not keep the map's scale {scale}; read it back "
        "with `scale=({lo}, {hi})`.",
        "workbook_not_csv": "This is an Excel workbook, not a CSV file: give it the "
        "suffix .xlsx.",
        "relations_csv_only": "`relations` applies to CSV files only, but {path!r} "
        "is not a CSV file.",
        "bad_argument": "`{name}` must be one of {choices}, but got {value!r}.",
        # Read limits (io.ReadLimits) and broken structure (issue 11)
        "over_limit": "{what} is {found}, over the limit of {limit}. If the file "
        "is genuine, raise the limit: skm.read(path, "
        "limits=skm.io.ReadLimits({name}=...)).",
        "limit_max_file_bytes": "The file's size in bytes",
        "limit_max_rows": "The number of rows",
        "limit_max_columns": "The number of columns",
        "limit_max_cell_chars": "The length of this cell in characters",
        "limit_max_depth": "The nesting depth of lists and mappings",
        "limit_max_unzipped_bytes": "The workbook's unzipped size in bytes",
        "limit_max_zip_ratio": "The compression ratio of the workbook part {part}",
        "yaml_line": "line {line}",
        "duplicate_key": "The key {field!r} appears twice in the same mapping{where}; "
        "keep one of them.",
        "undeclared_node": "The edge {source!r} -> {target!r} names the node "
        "{node!r}, which is not declared as a node; add the node or remove the "
        "edge.",
        "node_without_id": "nodes[{index}] has no 'id'; give every node an id.",
        "xml_unsafe_text": "Holds the control character {char}, which {format} "
        "cannot store (a file in XML has no way to). Remove it, or write CSV, JSON "
        "or YAML, which keep it.",
        "xml_unsafe_more": "... and {n} more texts with control characters.",
        "long_number": "A number of {digits} digits, more than a number "
        "in a map can have. Correct the value (a score is 1 to 5) or remove it.",
        "node_link_shape": "Expected node-link JSON: an object with a list 'nodes' "
        "(and a list 'links' or 'edges') of objects, but {where} is {kind}. Save "
        "the file again with networkx.node_link_data or the tool that made it.",
        "node_link_file": "the file",
        "json_object": "an object",
        "json_list": "a list",
        "json_text": "a text",
        "json_number": "a number",
        "json_other": "{value}",
        "json_missing": "missing",
        "ole2_workbook": "This is not an .xlsx workbook but an encrypted "
        "(password-protected) workbook or an old Excel 97-2003 .xls file. Open it "
        "in Excel, remove the password (File > Info > Protect Workbook) and save "
        "it as an Excel Workbook (.xlsx).",
        "wrong_encoding": "The file is in encoding {encoding}; save it as UTF-8.",
        "bad_cell_uncached": "The cell holds the formula {value} but no stored "
        "value: open and save the file in Excel so the values are stored.",
    }
)
_TEXTS["nl"].update(
    {
        "duplicate_column": "De kolommen {first!r} en {second!r} bevatten allebei "
        "`{field}`; hou er één van over.",
        "unnamed_column": "Deze kolom bevat waarden maar heeft geen kop; geef ze een "
        "kop of maak ze leeg.",
        "duplicate_sheet": "De bladen {first!r} en {second!r} bevatten allebei de "
        "{table}; hou er één van over.",
        "ignored_sheet": "Blad {sheet!r} wordt niet gelezen: de naam is geen van de "
        "gekende bladen.{hint}",
        "unknown_meta_key": "Onbekende sleutel {name!r}.{hint} Gekende sleutels: "
        "{keys}.",
        "duplicate_meta_key": "De sleutel {name!r} staat er meer dan eens.",
        "not_a_map": "Verwacht een actorenkaart (met sleutels zoals 'name' en "
        "'stakeholders'), maar vond {found}.",
        "unknown_field": "Onbekend veld {field!r}.{hint}",
        "too_long": "Verwacht hoogstens {max} tekens.",
        "not_a_whole_number": "Verwacht een geheel getal van minstens {lo}.",
        "not_a_plain_number": "Verwacht een getal.",
        "bad_scale": "Het minimum van de schaal ({lo}) moet onder het maximum ({hi}) "
        "liggen.",
        "scale_label_outside": "Schaallabel {point} ligt buiten de schaal {scale}.",
        "score_words": "'laag', 'gemiddeld', 'hoog'",
        "one_target": "Geef precies één van {first!r} en {second!r}.",
        "csv_drops": "Een CSV-bestand bewaart enkel de actoren en relaties: de "
        "{dropped} worden niet geschreven. Schrijf .xlsx, .yaml of .json om ze te "
        "bewaren.",
        "csv_scale": "Een CSV-bestand bewaart de schaal {scale} van de kaart niet; "
        "lees het terug met `scale=({lo}, {hi})`.",
        "workbook_not_csv": "Dit is een Excel-werkmap, geen CSV-bestand: geef het de "
        "extensie .xlsx.",
        "relations_csv_only": "`relations` geldt enkel voor CSV-bestanden, maar "
        "{path!r} is geen CSV-bestand.",
        "bad_argument": "`{name}` moet een van {choices} zijn, maar {value!r} werd "
        "meegegeven.",
        "over_limit": "{what} is {found}, boven de limiet van {limit}. Is het "
        "bestand echt, verhoog dan de limiet: skm.read(pad, "
        "limits=skm.io.ReadLimits({name}=...)).",
        "limit_max_file_bytes": "De grootte van het bestand in bytes",
        "limit_max_rows": "Het aantal rijen",
        "limit_max_columns": "Het aantal kolommen",
        "limit_max_cell_chars": "De lengte van deze cel in tekens",
        "limit_max_depth": "De nestingsdiepte van lijsten en mappings",
        "limit_max_unzipped_bytes": "De uitgepakte grootte van de werkmap in bytes",
        "limit_max_zip_ratio": "De compressieverhouding van het werkmapdeel {part}",
        "yaml_line": "regel {line}",
        "duplicate_key": "De sleutel {field!r} staat twee keer in dezelfde "
        "mapping{where}; hou er één van over.",
        "undeclared_node": "De verbinding {source!r} -> {target!r} noemt de knoop "
        "{node!r}, die niet als knoop gedeclareerd is; voeg de knoop toe of "
        "verwijder de verbinding.",
        "node_without_id": "nodes[{index}] heeft geen 'id'; geef elke knoop een id.",
        "xml_unsafe_text": "Bevat het stuurteken {char}, dat {format} niet kan "
        "bewaren (een XML-bestand kan dat niet). Verwijder het, of schrijf CSV, "
        "JSON of YAML, die het bewaren.",
        "xml_unsafe_more": "... en nog {n} teksten met stuurtekens.",
        "long_number": "Een getal van {digits} cijfers, meer dan een "
        "getal in een kaart kan hebben. Verbeter de waarde (een score is 1 tot 5) "
        "of verwijder ze.",
        "node_link_shape": "Verwacht node-link-JSON: een object met een lijst "
        "'nodes' (en een lijst 'links' of 'edges') van objecten, maar {where} is "
        "{kind}. Sla het bestand opnieuw op met networkx.node_link_data of het "
        "programma dat het maakte.",
        "node_link_file": "het bestand",
        "json_object": "een object",
        "json_list": "een lijst",
        "json_text": "een tekst",
        "json_number": "een getal",
        "json_other": "{value}",
        "json_missing": "afwezig",
        "ole2_workbook": "Dit is geen .xlsx-werkmap maar een versleutelde (met "
        "wachtwoord beveiligde) werkmap of een oud Excel 97-2003 .xls-bestand. Open "
        "het in Excel, verwijder het wachtwoord (Bestand > Info > Werkmap "
        "beveiligen) en sla het op als Excel-werkmap (.xlsx).",
        "wrong_encoding": "Het bestand is in de codering {encoding}; sla het op als "
        "UTF-8.",
        "bad_cell_uncached": "De cel bevat de formule {value} maar geen opgeslagen "
        "waarde: open het bestand in Excel en sla het op, zodat de waarden bewaard "
        "worden.",
    }
)


# --------------------------------------------------------------------------------
# Several raters, change over time, comparing maps, workshop template (issue 5)
# --------------------------------------------------------------------------------

_RATERS_TIMELINE_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "weight": "Weight",
        "sign": "Sign",
        "directed": "Directed",
        "frequency": "Frequency",
        "kind": "Kind",
        "channel": "Channel",
        "short_name": "Short name",
        "parent": "Part of",
        "engagement_current": "Current engagement",
        "engagement_desired": "Desired engagement",
        "participation": "Participation",
        "agree": "Agree",
        "disagree": "Disagree",
        "no_plurality": "No plurality",
        "added": "Added",
        "removed": "Removed",
        "kept": "Kept",
        "moved": "Moved quadrant",
        "stayed": "Same quadrant",
        "contested": "Contested (no consensus)",
        "consensus": "Consensus",
        "borderline": "Borderline",
        "alpha": "Krippendorff's alpha",
        "reliable": "Reliable (0.8)",
        "tentative": "Tentative (0.667)",
        "date": "Date",
        "before": "Before",
        "after": "After",
        "dimension": "Dimension",
        "rater": "Rater",
        "raters": "raters",
        "score": "Score",
        "spread_iqr": "Spread: middle half of the ratings (IQR)",
        "spread_range": "Spread: lowest to highest rating",
        "n_maps": "Number of maps",
        "share": "Share",
    },
    "nl": {
        "weight": "Gewicht",
        "sign": "Teken",
        "directed": "Gericht",
        "frequency": "Frequentie",
        "kind": "Soort",
        "channel": "Kanaal",
        "short_name": "Korte naam",
        "parent": "Onderdeel van",
        "engagement_current": "Huidige betrokkenheid",
        "engagement_desired": "Gewenste betrokkenheid",
        "participation": "Participatie",
        "agree": "Eens",
        "disagree": "Oneens",
        "no_plurality": "Geen meerderheid",
        "added": "Nieuw",
        "removed": "Verdwenen",
        "kept": "Gebleven",
        "moved": "Ander kwadrant",
        "stayed": "Zelfde kwadrant",
        "contested": "Betwist (geen consensus)",
        "consensus": "Consensus",
        "borderline": "Twijfelgeval",
        "alpha": "Krippendorffs alfa",
        "reliable": "Betrouwbaar (0,8)",
        "tentative": "Voorlopig (0,667)",
        "date": "Datum",
        "before": "Vroeger",
        "after": "Nu",
        "dimension": "Dimensie",
        "rater": "Beoordelaar",
        "raters": "beoordelaars",
        "score": "Score",
        "spread_iqr": "Spreiding: middelste helft van de scores (IKA)",
        "spread_range": "Spreiding: laagste tot hoogste score",
        "n_maps": "Aantal kaarten",
        "share": "Aandeel",
    },
}

_RATERS_TIMELINE_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "diff_heading": "What changed from {before!r}{before_date} to "
        "{after!r}{after_date}:",
        "diff_nothing": "No changes between {before!r} and {after!r}.",
        "diff_added": "{n} stakeholder{s} added: {names}.",
        "diff_removed": "{n} stakeholder{s} removed: {names}.",
        "diff_moved": "{n} stakeholder{s} moved to another quadrant:",
        "diff_salience": "{n} stakeholder{s} changed salience class:",
        "diff_moved_item": "{name}: {before} → {after} ({power} {p0} → {p1}, "
        "{interest} {i0} → {i1})",
        "diff_scores": "{n} stakeholder{s} with a score change of at least {min:g}:",
        "diff_fields": "{n} stakeholder{s} with other changes: {names}.",
        "diff_relations": "Relations: {added} added, {removed} removed, "
        "{changed} changed.",
        "diff_more": ", and {n} more",
        "compare_heading": "{n} maps compared: {names}.",
        "compare_groups": "Typical quadrant per {by}: {items}.",
        "compare_common": "{n} stakeholder{s} in at least {share:.0%} of the maps: "
        "{names}.",
        "compare_unique": "Only in {map!r}: {names}.",
        # workshop template (io.write_template)
        "tpl_participant": "Participant {n}",
        "tpl_guide_sheet": "How to",
        "tpl_lists_sheet": "lists",
        "tpl_categories": "government, health care, welfare, education, childcare, "
        "parents, civil society, culture, leisure, partnership",
        "tpl_choice_title": "Choose from the list",
        "tpl_choice_error": "Choose a value from the list (click the arrow next to "
        "the cell).",
        "tpl_choice_warn": "This value is not in the list. Keep it only if you mean a "
        "new one.",
        "tpl_choice_prompt": "Choose from the list.",
        "tpl_number_title": "Number on the scale",
        "tpl_number_error": "Enter a number from {lo:g} to {hi:g}.",
        "tpl_score_prompt": "{lo:g} = low ... {hi:g} = high",
        "tpl_attitude_prompt": "-2 strongly opposed ... 0 neutral ... +2 strongly "
        "supportive",
        "tpl_yes_no": "yes,no",
        "tpl_date_title": "Date",
        "tpl_guide_title": "Stakeholder map workshop: {title}",
        "tpl_guide_read": "Fill in this workbook during the workshop, save it, and "
        'read it with stakeholder_map: skm.read("{file}").',
        "tpl_guide_stakeholders": "Sheet '{sheet_stakeholders}': one row per "
        "stakeholder (organisation, group or person). Only the name is required; "
        "leave any other cell empty when you do not know.",
        "tpl_guide_scores": "Scores (power, interest, legitimacy, urgency, "
        "proximity) run from {lo:g} (low) to {hi:g} (high); attitude from -2 "
        "(strongly opposed) to +2 (strongly supportive).",
        "tpl_guide_relations": "Sheet '{sheet_relations}': who works with, funds, "
        "informs or advises whom. Choose both stakeholders from the list.",
        "tpl_guide_themes": "Sheets '{sheet_interests}' and '{sheet_stakes}': the "
        "themes at stake and where each stakeholder stands on them.",
        "tpl_guide_assessments": "Sheet '{sheet_assessments}': every participant "
        "gives their own scores; put your name under rater. The scores are combined "
        "afterwards, so no single voice decides.",
        "tpl_guide_raters": "Sheet '{sheet_assessments}': every participant has "
        "rows of their own, one per stakeholder. Filter the rater column on your "
        "name and fill in your scores; leave a row empty when you do not know.",
        "tpl_rater_sheet": "assessment {name}",
        "tpl_guide_rater_sheets": "Sheets {rater_sheets}: one per participant, "
        "with a row per stakeholder. Fill in your own sheet; leave a row empty "
        "when you do not know. The sheet's name says who rated, so the rater "
        "column may stay empty. For one more participant, copy a sheet, name the "
        "copy '{rater_sheet}' with their name instead of the dots, and empty its "
        "rater column.",
        "tpl_guide_meta": "Sheet '{sheet_meta}': the name of the map, its language, "
        "the date and the scale. Do not change the scale once scores are filled in.",
        "tpl_guide_lists": "Cells with a list: click the cell and choose. Score "
        "cells only accept numbers on the scale.",
        "tpl_guide_keep": "Keep the sheet names and the column headers as they are.",
    },
    "nl": {
        "diff_heading": "Wat veranderde van {before!r}{before_date} naar "
        "{after!r}{after_date}:",
        "diff_nothing": "Geen wijzigingen tussen {before!r} en {after!r}.",
        "diff_added": "{n} nieuwe actor{s}: {names}.",
        "diff_removed": "{n} actor{s} verdwenen: {names}.",
        "diff_moved": "{n} actor{s} naar een ander kwadrant:",
        "diff_salience": "{n} actor{s} in een andere saillantieklasse:",
        "diff_moved_item": "{name}: {before} → {after} ({power} {p0} → {p1}, "
        "{interest} {i0} → {i1})",
        "diff_scores": "{n} actor{s} met een scorewijziging van minstens {min:g}:",
        "diff_fields": "{n} actor{s} met andere wijzigingen: {names}.",
        "diff_relations": "Relaties: {added} nieuw, {removed} verdwenen, "
        "{changed} gewijzigd.",
        "diff_more": ", en nog {n}",
        "compare_heading": "{n} kaarten vergeleken: {names}.",
        "compare_groups": "Typisch kwadrant per {by}: {items}.",
        "compare_common": "{n} actor{s} in minstens {share:.0%} van de kaarten: "
        "{names}.",
        "compare_unique": "Enkel in {map!r}: {names}.",
        "tpl_participant": "Deelnemer {n}",
        "tpl_guide_sheet": "Uitleg",
        "tpl_lists_sheet": "keuzelijsten",
        "tpl_categories": "overheid, zorg, welzijn, onderwijs, kinderopvang, ouders, "
        "middenveld, cultuur, vrije tijd, overleg",
        "tpl_choice_title": "Kies uit de lijst",
        "tpl_choice_error": "Kies een waarde uit de lijst (klik op het pijltje naast "
        "de cel).",
        "tpl_choice_warn": "Deze waarde staat niet in de lijst. Behoud ze alleen als "
        "u een nieuwe bedoelt.",
        "tpl_choice_prompt": "Kies uit de lijst.",
        "tpl_number_title": "Getal op de schaal",
        "tpl_number_error": "Geef een getal van {lo:g} tot {hi:g}.",
        "tpl_score_prompt": "{lo:g} = laag ... {hi:g} = hoog",
        "tpl_attitude_prompt": "-2 sterk tegen ... 0 neutraal ... +2 sterk voor",
        "tpl_yes_no": "ja,nee",
        "tpl_date_title": "Datum",
        "tpl_guide_title": "Workshop stakeholderkaart: {title}",
        "tpl_guide_read": "Vul deze werkmap in tijdens de workshop, bewaar ze en lees "
        'ze in met stakeholder_map: skm.read("{file}").',
        "tpl_guide_stakeholders": "Blad '{sheet_stakeholders}': één rij per actor "
        "(organisatie, groep of persoon). Alleen de naam is verplicht; laat een cel "
        "leeg als u het niet weet.",
        "tpl_guide_scores": "Scores (macht, belang, legitimiteit, urgentie, "
        "nabijheid) gaan van {lo:g} (laag) tot {hi:g} (hoog); houding van -2 (sterk "
        "tegen) tot +2 (sterk voor).",
        "tpl_guide_relations": "Blad '{sheet_relations}': wie werkt samen met wie, "
        "wie financiert, informeert of adviseert wie. Kies beide actoren uit de "
        "lijst.",
        "tpl_guide_themes": "Bladen '{sheet_interests}' en '{sheet_stakes}': de "
        "thema's die op tafel liggen en hoe elke actor erover denkt.",
        "tpl_guide_assessments": "Blad '{sheet_assessments}': elke deelnemer geeft "
        "eigen scores; vul uw naam in bij beoordelaar. De scores worden nadien "
        "samengevoegd, zodat niet één stem beslist.",
        "tpl_guide_raters": "Blad '{sheet_assessments}': elke deelnemer heeft eigen "
        "rijen, één per actor. Filter de kolom beoordelaar op uw naam en vul uw "
        "scores in; laat een rij leeg als u het niet weet.",
        "tpl_rater_sheet": "beoordeling {name}",
        "tpl_guide_rater_sheets": "Bladen {rater_sheets}: één per deelnemer, met "
        "een rij per actor. Vul uw eigen blad in; laat een rij leeg als u het niet "
        "weet. De naam van het blad zegt wie beoordeelde, dus de kolom "
        "beoordelaar mag leeg blijven. Voor een extra deelnemer: kopieer een blad, "
        "noem de kopie '{rater_sheet}' met de naam van de deelnemer in plaats van "
        "de puntjes en maak de kolom beoordelaar leeg.",
        "tpl_guide_meta": "Blad '{sheet_meta}': de naam van de kaart, de taal, de "
        "datum en de schaal. Wijzig de schaal niet meer zodra er scores ingevuld "
        "zijn.",
        "tpl_guide_lists": "Cellen met een keuzelijst: klik in de cel en kies. "
        "Scorecellen aanvaarden alleen getallen op de schaal.",
        "tpl_guide_keep": "Laat de bladnamen en de kolomkoppen zoals ze zijn.",
    },
}

for _lang in LANGUAGES:
    for _key, _value in _RATERS_TIMELINE_LABELS[_lang].items():
        _LABELS[_lang].setdefault(_key, _value)
    for _key, _value in _RATERS_TIMELINE_TEXTS[_lang].items():
        _TEXTS[_lang].setdefault(_key, _value)


# --------------------------------------------------------------------------------
# Partner network: relations, information flow, influence gap, brokerage, Rowley
# --------------------------------------------------------------------------------

_NETWORK_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "relation_kind": "Relation",
        "mutual": "mutual",
        "net_pagerank": "PageRank",
        "net_betweenness": "Betweenness",
        "net_degree": "Number of ties",
        "net_closeness": "Closeness",
        "net_harmonic": "Harmonic closeness",
        "net_eigenvector": "Eigenvector centrality",
        "net_constraint": "Constraint (Burt)",
        "net_effective_size": "Effective size (Burt)",
        "net_community": "Community",
        "net_coalition": "Coalition",
        "net_tower": "Influence tower",
        "flow_source": "Source",
        "flow_one_path": "Reached by one path only",
        "flow_several_paths": "Reached by several paths",
        "flow_unreached": "Not reached",
        "flow_spof": "Single point of failure",
        "flow_legend": "Information flow",
        "gap_hidden_broker": "Hidden broker",
        "gap_consistent": "As rated",
        "gap_paper_tiger": "Paper tiger",
        "gap_rated": "Rated power (percentile)",
        "gap_structural": "Influence in the network (percentile)",
        "gap_structural_kinds": "Influence through {kinds} relations (percentile)",
        "gap_structural_all": "Influence through all relations (percentile)",
        "gap_band": "Within the gap",
        "broker_coordinator": "Coordinator",
        "broker_itinerant": "Itinerant",
        "broker_representative": "Representative",
        "broker_gatekeeper": "Gatekeeper",
        "broker_liaison": "Liaison",
        "rowley_compromiser": "Compromiser",
        "rowley_commander": "Commander",
        "rowley_subordinate": "Subordinate",
        "rowley_solitarian": "Solitarian",
    },
    "nl": {
        "relation_kind": "Relatie",
        "mutual": "wederzijds",
        "net_pagerank": "PageRank",
        "net_betweenness": "Tussenpositie",
        "net_degree": "Aantal relaties",
        "net_closeness": "Nabijheid",
        "net_harmonic": "Harmonische nabijheid",
        "net_eigenvector": "Eigenvectorcentraliteit",
        "net_constraint": "Beperking (Burt)",
        "net_effective_size": "Effectieve omvang (Burt)",
        "net_community": "Cluster",
        "net_coalition": "Coalitie",
        "net_tower": "Invloedstoren",
        "flow_source": "Bron",
        "flow_one_path": "Via één weg bereikt",
        "flow_several_paths": "Via meerdere wegen bereikt",
        "flow_unreached": "Niet bereikt",
        "flow_spof": "Kwetsbare schakel",
        "flow_legend": "Informatiedoorstroming",
        "gap_hidden_broker": "Verborgen makelaar",
        "gap_consistent": "Zoals ingeschat",
        "gap_paper_tiger": "Papieren tijger",
        "gap_rated": "Ingeschatte macht (percentiel)",
        "gap_structural": "Invloed in het netwerk (percentiel)",
        "gap_structural_kinds": "Invloed via relaties van {kinds} (percentiel)",
        "gap_structural_all": "Invloed via alle relaties (percentiel)",
        "gap_band": "Binnen de marge",
        "broker_coordinator": "Coördinator",
        "broker_itinerant": "Consulent",
        "broker_representative": "Vertegenwoordiger",
        "broker_gatekeeper": "Poortwachter",
        "broker_liaison": "Verbindingspersoon",
        "rowley_compromiser": "Bemiddelaar",
        "rowley_commander": "Bevelhebber",
        "rowley_subordinate": "Ondergeschikte",
        "rowley_solitarian": "Eenling",
    },
}

_NETWORK_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "flow_step_one": "1 step",
        "flow_steps": "{n} steps",
        "flow_title": "Information from {source}",
        "network_title": "Partner network",
        "gap_title": "Rated power and influence in the network",
        "tower_title": "Tower: {field}",
    },
    "nl": {
        "flow_step_one": "1 stap",
        "flow_steps": "{n} stappen",
        "flow_title": "Informatie vanuit {source}",
        "network_title": "Netwerk van partners",
        "gap_title": "Ingeschatte macht en invloed in het netwerk",
        "tower_title": "Toren: {field}",
    },
}

for _lang in LANGUAGES:
    for _key, _value in _NETWORK_LABELS[_lang].items():
        _LABELS[_lang].setdefault(_key, _value)
    for _key, _value in _NETWORK_TEXTS[_lang].items():
        _TEXTS[_lang].setdefault(_key, _value)


# --------------------------------------------------------------------------------
# Notebook display of a map and the interactive network view
# --------------------------------------------------------------------------------

_DISPLAY_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "repr_scale": "Scale",
        "repr_language": "Language",
        "repr_date": "Date",
        "repr_counts": "Contents",
        "repr_quadrants": "Power/interest grid",
        "repr_stakeholders": "Stakeholders ({n})",
        "repr_problems": "Points to check ({n})",
        "repr_n_stakeholders": "stakeholders",
        "repr_n_relations": "relations",
        "repr_n_interests": "themes",
        "repr_n_stakes": "stances on themes",
        "repr_n_assessments": "ratings",
        "repr_n_raters": "raters",
        "repr_n_dates": "rating dates",
        "repr_n_interactions": "logged contacts",
        "repr_n_communication": "planned messages",
        "repr_n_segments": "target groups",
        "inet_hint": "Drag a node to move it, scroll to zoom, point at a node or "
        "a line for details.",
        "inet_noscript": "This network view needs JavaScript; it loads nothing from "
        "the internet.",
        "inet_size": "Node size",
        "inet_color": "Node colour",
        "inet_missing": "no value",
        "view_interactive": "Partner network to explore (drag, zoom, point)",
    },
    "nl": {
        "repr_scale": "Schaal",
        "repr_language": "Taal",
        "repr_date": "Datum",
        "repr_counts": "Inhoud",
        "repr_quadrants": "Macht/belang-rooster",
        "repr_stakeholders": "Actoren ({n})",
        "repr_problems": "Na te kijken ({n})",
        "repr_n_stakeholders": "actoren",
        "repr_n_relations": "relaties",
        "repr_n_interests": "thema's",
        "repr_n_stakes": "standpunten over thema's",
        "repr_n_assessments": "beoordelingen",
        "repr_n_raters": "beoordelaars",
        "repr_n_dates": "beoordelingsdata",
        "repr_n_interactions": "geregistreerde contacten",
        "repr_n_communication": "geplande boodschappen",
        "repr_n_segments": "doelgroepen",
        "inet_hint": "Sleep een bol om hem te verplaatsen, scroll om te zoomen, "
        "wijs een bol of lijn aan voor details.",
        "inet_noscript": "Deze netwerkweergave heeft JavaScript nodig; ze laadt "
        "niets van het internet.",
        "inet_size": "Grootte van de bol",
        "inet_color": "Kleur van de bol",
        "inet_missing": "geen waarde",
        "view_interactive": "Netwerk van partners om te verkennen (slepen, zoomen, "
        "aanwijzen)",
    },
}

_DISPLAY_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "repr_not_scored": "{n} stakeholder{s} without power or interest, so not "
        "on the grid: {names}.",
        "repr_no_attitude": "{n} stakeholder{s} without an attitude: {names}.",
        "repr_no_relations": "{n} stakeholder{s} without any relation: {names}.",
        "repr_duplicate_names": "The name {name!r} is used by {n} stakeholders "
        "({ids}); is it the same one?",
        "repr_unused_themes": "{n} theme{s} on which no stakeholder takes a "
        "stance: {names}.",
        "repr_unrepresented": "{n} target group{s} with fewer representatives "
        "than needed: {names}.",
        "repr_rows_shown": "The first {shown} of {n} stakeholders are shown.",
        "repr_no_stakeholders": "The map has no stakeholders yet.",
        "inet_edge": "{source} → {target}",
        "inet_edge_mutual": "{source} ↔ {target}",
    },
    "nl": {
        "repr_not_scored": "{n} actor{s} zonder macht of belang, dus niet in het "
        "rooster: {names}.",
        "repr_no_attitude": "{n} actor{s} zonder houding: {names}.",
        "repr_no_relations": "{n} actor{s} zonder enige relatie: {names}.",
        "repr_duplicate_names": "De naam {name!r} staat bij {n} actoren ({ids}); "
        "gaat het om dezelfde?",
        "repr_unused_themes": "{n} thema{s} waarover geen enkele actor een "
        "standpunt heeft: {names}.",
        "repr_unrepresented": "{n} doelgroep{s} met minder vertegenwoordigers dan "
        "nodig: {names}.",
        "repr_rows_shown": "De eerste {shown} van {n} actoren worden getoond.",
        "repr_no_stakeholders": "De kaart heeft nog geen actoren.",
        "inet_edge": "{source} → {target}",
        "inet_edge_mutual": "{source} ↔ {target}",
    },
}

for _lang in LANGUAGES:
    for _key, _value in _DISPLAY_LABELS[_lang].items():
        _LABELS[_lang].setdefault(_key, _value)
    for _key, _value in _DISPLAY_TEXTS[_lang].items():
        _TEXTS[_lang].setdefault(_key, _value)


# --------------------------------------------------------------------------------
# The spreadsheets people keep: own columns, own relation kinds, words (issue 15)
# --------------------------------------------------------------------------------

_TEXTS["en"].update(
    {
        "bad_cell_error": "The cell holds Excel's error value {value}: its formula "
        "failed. Correct the formula, or type the value, or clear the cell.",
        "bad_cell_unreadable": "The cell is stored as a number but holds {value!r}. "
        "Type the value again in Excel (or clear the cell) and save.",
        "ambiguous_column": "The header {column!r} could mean {fields}. Rename the "
        "column to one of them, or to a name of your own to keep it as your own "
        "column.",
        "attitude_mixed_scale": "The column mixes attitudes on -2..+2 with values "
        "above 2 ({values}). Use -2..+2 (or the words {words}) or 1..5 throughout, "
        "or declare the scale in the meta sheet (`attitude_scale`: 1..5).",
        "attitude_outside_scale": "The column's attitudes are read on the declared "
        "scale {scale}, but this value lies outside it.",
        "note_attitude_scale": "{where}: the attitudes lie on 1..5 and were read "
        "as such (1 = strongly opposed, 3 = neutral, 5 = strongly supportive).",
        "note_unknown_scores": "{where}: {count} cell(s) say the value is not "
        "known ({words}) and were left empty: {rows}.",
        "bad_attitude_scale": "Expected a scale such as 1..5 or -2..2.",
        "duplicate_kind": "The relation kind {kind!r} is declared more than once; "
        "keep one row for it.",
        "cli_kept_columns": "Columns of your own kept with the {table}: {columns}.",
        "cli_own_kinds": "Relation kinds of your own: {kinds}.",
        "cli_unknown_stakeholder": "`{option}`: no stakeholder has the id, name or "
        "short name {name!r}.",
        "cli_usage": "Usage:",
        "cli_try_help": "Try '{command}' for help.",
        "cli_error": "Error: {message}",
        "cli_unknown_hue": "`--hue`: the stakeholders have no column {name!r}. "
        "Columns to colour by: {columns}.",
        "cli_bad_suffix": "`{option}` must end in {listed}, but {name!r} was passed.",
        "cli_interactive_html": "`--interactive` needs an .html report, but "
        "{name!r} was passed.",
        "cli_rater_sheets_need_raters": "`--rater-sheets` needs `--raters N`: the "
        "number of participants.",
        "cli_converted_profile": "Written with the privacy profile {profile!r}: "
        "contacts and notes are left out (and with 'public', people are "
        "pseudonymised). Pass --profile internal to keep everything.",
    }
)
_TEXTS["nl"].update(
    {
        "bad_cell_error": "De cel bevat de Excel-foutwaarde {value}: de formule "
        "faalde. Verbeter de formule, typ de waarde in, of maak de cel leeg.",
        "bad_cell_unreadable": "De cel is als getal opgeslagen maar bevat {value!r}. "
        "Typ de waarde opnieuw in Excel (of maak de cel leeg) en bewaar.",
        "ambiguous_column": "De kop {column!r} kan {fields} betekenen. Geef de kolom "
        "de naam van een van beide, of een eigen naam om ze als eigen kolom te "
        "bewaren.",
        "attitude_mixed_scale": "De kolom mengt houdingen op -2..+2 met waarden "
        "boven 2 ({values}). Gebruik overal -2..+2 (of de woorden {words}) of "
        "overal 1..5, of geef de schaal op in het blad meta (`houdingsschaal`: "
        "1..5).",
        "attitude_outside_scale": "De houdingen van de kolom worden gelezen op de "
        "opgegeven schaal {scale}, maar deze waarde ligt erbuiten.",
        "note_attitude_scale": "{where}: de houdingen liggen op 1..5 en zijn zo "
        "gelezen (1 = sterk tegen, 3 = neutraal, 5 = sterk voor).",
        "note_unknown_scores": "{where}: {count} cel(len) zeggen dat de waarde "
        "niet gekend is ({words}) en zijn leeg gelaten: {rows}.",
        "bad_attitude_scale": "Verwacht een schaal zoals 1..5 of -2..2.",
        "duplicate_kind": "De relatiesoort {kind!r} staat er meer dan eens; hou er "
        "één rij voor over.",
        "cli_kept_columns": "Eigen kolommen bewaard bij de {table}: {columns}.",
        "cli_own_kinds": "Eigen relatiesoorten: {kinds}.",
        "cli_unknown_stakeholder": "`{option}`: geen enkele actor heeft de id, naam "
        "of korte naam {name!r}.",
        "cli_usage": "Gebruik:",
        "cli_try_help": "Probeer '{command}' voor hulp.",
        "cli_error": "Fout: {message}",
        "cli_unknown_hue": "`--hue`: de actoren hebben geen kolom {name!r}. "
        "Kolommen om op te kleuren: {columns}.",
        "cli_bad_suffix": "`{option}` moet eindigen op {listed}, maar {name!r} "
        "werd opgegeven.",
        "cli_interactive_html": "`--interactive` vraagt een .html-rapport, maar "
        "{name!r} werd opgegeven.",
        "cli_rater_sheets_need_raters": "`--rater-sheets` vraagt `--raters N`: het "
        "aantal deelnemers.",
        "cli_converted_profile": "Geschreven met het privacyprofiel {profile!r}: "
        "contactgegevens en notities zijn weggelaten (en met 'public' zijn "
        "personen gepseudonimiseerd). Geef --profile internal om alles te houden.",
    }
)
_TEXTS["en"].update(
    {
        "kumu_view_title": "Power/interest grid of {name!r} for Kumu, written by "
        "stakeholder_map.",
        "kumu_view_paste": "Import the map written by `stakeholder-map convert` "
        "(or write_kumu) into Kumu, open the view's Advanced Editor and paste this "
        "text in place of what it holds.",
        "kumu_view_unplaced": "Elements without a power or interest score, so "
        "without a place on the grid (Kumu draws them grey): {count}.",
        "cli_kumu_view_needs_kumu": "`--kumu-view` needs a Kumu output "
        "(.kumu.xlsx or .kumu.json), but {name!r} was passed.",
    }
)
_TEXTS["nl"].update(
    {
        "kumu_view_title": "Macht/belang-raster van {name!r} voor Kumu, geschreven "
        "door stakeholder_map.",
        "kumu_view_paste": "Importeer de kaart die `stakeholder-map convert` (of "
        "write_kumu) schreef in Kumu, open de Advanced Editor van de weergave en "
        "plak deze tekst in de plaats van wat er staat.",
        "kumu_view_unplaced": "Elementen zonder score voor macht of belang, dus "
        "zonder plaats op het raster (Kumu tekent ze grijs): {count}.",
        "cli_kumu_view_needs_kumu": "`--kumu-view` vraagt een uitvoer voor Kumu "
        "(.kumu.xlsx of .kumu.json), maar {name!r} werd opgegeven.",
    }
)
_LABELS["en"].update({"kinds": "relation kinds"})
_LABELS["nl"].update({"kinds": "relatiesoorten"})

#: Texts of the live workshop's pages (served to the browser by ``/api/texts``).
#: ``{n}`` and ``{total}`` are filled in by the page's script.
WORKSHOP_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Stakeholder workshop",
        "facilitator_title": "Workshop: facilitator",
        "join_heading": "Join the workshop",
        "name": "Your name",
        "code": "Join code",
        "join": "Join",
        "language": "Language",
        "tray": "Not yet placed",
        "grid": "Power/interest grid: drag a stakeholder here, or select it "
        "and use the arrow keys",
        "power": "Power",
        "interest": "Interest",
        "attitude": "Attitude",
        "attitude_value": "Attitude {n}",
        "confidence": "How sure are you?",
        "confidence_none": "not said",
        "rationale": "Why? (one line, optional)",
        "save": "Save",
        "saved": "Saved",
        "selected": "Selected: {n}",
        "progress": "{n} of {total}",
        "waiting": "Your own ratings are shown; the facilitator will reveal the "
        "combined grid.",
        "combined": "Combined grid (median of everyone)",
        "closed": "The round is closed.",
        "participants": "Participants",
        "disagreement": "Most disagreement first",
        "alpha": "Krippendorff's alpha (power and interest): {n}",
        "alpha_none": "Krippendorff's alpha: needs two raters",
        "reveal": "Show the combined grid to participants",
        "close_round": "Close the round",
        "stakeholder": "Stakeholder",
        "n": "n",
        "median": "Median power / interest",
        "iqr": "IQR power / interest",
        "quadrant": "Quadrant",
        "error": "Something went wrong: {n}",
        "download": "Save my ratings as a file",
        "offline_note": "This page works without a network. When you are done, "
        "save your ratings as a file and give it to the facilitator.",
        "downloaded": "{n} ratings saved as a file: give it to the facilitator.",
        "out_of_range": "{name} must lie between {lo} and {hi}.",
    },
    "nl": {
        "title": "Stakeholderworkshop",
        "facilitator_title": "Workshop: begeleider",
        "join_heading": "Doe mee aan de workshop",
        "name": "Je naam",
        "code": "Deelnamecode",
        "join": "Meedoen",
        "language": "Taal",
        "tray": "Nog niet geplaatst",
        "grid": "Macht/belang-rooster: sleep een stakeholder hierheen, of kies "
        "hem en gebruik de pijltjestoetsen",
        "power": "Macht",
        "interest": "Belang",
        "attitude": "Houding",
        "attitude_value": "Houding {n}",
        "confidence": "Hoe zeker ben je?",
        "confidence_none": "niet gezegd",
        "rationale": "Waarom? (één regel, niet verplicht)",
        "save": "Bewaren",
        "saved": "Bewaard",
        "selected": "Gekozen: {n}",
        "progress": "{n} van {total}",
        "waiting": "Je ziet je eigen scores; de begeleider toont straks het "
        "gezamenlijke rooster.",
        "combined": "Gezamenlijk rooster (mediaan van iedereen)",
        "closed": "De ronde is afgesloten.",
        "participants": "Deelnemers",
        "disagreement": "Meeste onenigheid eerst",
        "alpha": "Krippendorffs alfa (macht en belang): {n}",
        "alpha_none": "Krippendorffs alfa: vraagt twee beoordelaars",
        "reveal": "Toon het gezamenlijke rooster aan de deelnemers",
        "close_round": "Sluit de ronde af",
        "stakeholder": "Stakeholder",
        "n": "n",
        "median": "Mediaan macht / belang",
        "iqr": "IKA macht / belang",
        "quadrant": "Kwadrant",
        "error": "Er ging iets mis: {n}",
        "download": "Mijn scores als bestand bewaren",
        "offline_note": "Deze pagina werkt zonder netwerk. Ben je klaar, bewaar je "
        "scores dan als bestand en geef het aan de begeleider.",
        "downloaded": "{n} scores als bestand bewaard: geef het aan de begeleider.",
        "out_of_range": "{name} moet tussen {lo} en {hi} liggen.",
    },
}


# Views with nothing to show, and the command line's note on unscored stakeholders.
_TEXTS["en"].update(
    {
        "score_engagement_current": "current engagement",
        "score_engagement_desired": "desired engagement",
        "view_left_out": "{view} left out: no stakeholder has a score for "
        "{scores} yet.",
        "view_left_out_together": "{view} left out: no stakeholder has scores for "
        "{scores} together yet.",
        "view_left_out_relations": "{view} left out: the map has no relations yet.",
        "left_out_count": "Not scored yet, so left out of the figures that need "
        "the missing scores: {n} stakeholder{s}, among them {names}.",
        "left_out_rest": "`stakeholder-map validate {file}` lists all of them.",
        "cli_not_scored": "Not scored yet ({score}): {names}.",
        "cli_not_scored_anyone": "Not scored yet ({score}): no stakeholder has "
        "this score yet.",
    }
)
_TEXTS["nl"].update(
    {
        "score_engagement_current": "huidige betrokkenheid",
        "score_engagement_desired": "gewenste betrokkenheid",
        "view_left_out": "{view} weggelaten: nog geen enkele actor heeft een score "
        "voor {scores}.",
        "view_left_out_together": "{view} weggelaten: nog geen enkele actor heeft "
        "tegelijk een score voor {scores}.",
        "view_left_out_relations": "{view} weggelaten: de kaart heeft nog geen "
        "relaties.",
        "left_out_count": "Nog niet gescoord, dus weggelaten uit de figuren die die "
        "scores nodig hebben: {n} actor{s}, waaronder {names}.",
        "left_out_rest": "`stakeholder-map validate {file}` noemt ze allemaal.",
        "cli_not_scored": "Nog niet gescoord ({score}): {names}.",
        "cli_not_scored_anyone": "Nog niet gescoord ({score}): nog geen enkele "
        "actor heeft deze score.",
    }
)
# Text alternatives of figures (alt texts, SVG titles, the data behind a figure).
_TEXTS["en"].update(
    {
        "alt_figure": "{title}, {n} stakeholder{s}. {parts}.",
        "alt_and_more": "and {n} more",
        "alt_ranked": "{title}, {n} stakeholder{s}, highest first: {top}.",
        "alt_network": "{title}: {n} stakeholder{s}, {relations} relations. Most "
        "relations: {top}.",
        "alt_alone": "Without relations: {n} ({names}).",
        "alt_plain": "{title}, {n} stakeholder{s}.",
        "alt_class": "Class",
        "alt_relations": "Relations",
        "figure_data": "The data of this figure",
    }
)
_TEXTS["nl"].update(
    {
        "alt_figure": "{title}, {n} actor{s}. {parts}.",
        "alt_and_more": "en {n} andere",
        "alt_ranked": "{title}, {n} actor{s}, hoogste eerst: {top}.",
        "alt_network": "{title}: {n} actor{s}, {relations} relaties. Meeste "
        "relaties: {top}.",
        "alt_alone": "Zonder relaties: {n} ({names}).",
        "alt_plain": "{title}, {n} actor{s}.",
        "alt_class": "Klasse",
        "alt_relations": "Relaties",
        "figure_data": "De gegevens van deze figuur",
    }
)
# The facilitator page's join address and QR code.
WORKSHOP_TEXTS["en"].update(
    {
        "join_at": "Join at",
        "qr_alt": "QR code of {url}: scan it with a phone camera to join",
    }
)
WORKSHOP_TEXTS["nl"].update(
    {
        "join_at": "Doe mee op",
        "qr_alt": "QR-code van {url}: scan hem met de camera van een gsm om mee "
        "te doen",
    }
)
# `stakeholder-map workshop serve` and `workshop export`.
_TEXTS["en"].update(
    {
        "ws_participants": "Deelnemers / participants: {url}   code: {code}",
        "ws_facilitator": "Facilitator: {url}",
        "ws_stop_hint": "The ratings are saved in {db} as they come in. Press "
        "Ctrl-C to stop; `serve` with the same `--db` resumes the workshop.",
        "ws_resumed": "Resuming the workshop in {db}: {n} participant{s} so far.",
        "ws_lan_note": "Phones on the same Wi-Fi can join. Anyone on this network "
        "can open the address; the join code keeps others out, and the "
        "facilitator address must stay secret.",
        "ws_no_network": "No local network found: only this computer can reach {url}.",
        "ws_stopped": "Stopped. The ratings are kept in {db}.",
        "ws_missing_extra": "The workshop server needs {missing}. Install it with: "
        'pip install "stakeholder-map[workshop]"',
        "ws_no_db": "No workshop database at {db!r}. Check the path, or start a "
        "workshop with `stakeholder-map workshop serve MAP --db {db}`.",
        "ws_not_a_workshop": "{db!r} is not a workshop database ({detail}). Pass "
        "the `--db` file that `stakeholder-map workshop serve` made.",
        "ws_need_map": "{db!r} holds no workshop yet: give the map to rate, e.g. "
        "`stakeholder-map workshop serve kaart.xlsx --db {db}`.",
        "ws_other_map": "{db!r} already holds a workshop on the map {stored!r}, "
        "and {file!r} differs from it (stakeholders, scores or other cells "
        "changed). Leave out the map file to resume that workshop, or use "
        "another `--db` file to start a new one.",
        "ws_port_taken": "Cannot listen on {host}:{port} ({detail}). Another "
        "program may use the port: choose another with `--port`, or `--port 0` "
        "for a free one.",
        "ws_export_suffix": "`--output` must end in .xlsx, .yaml, .yml or .json, "
        "which hold the ratings as assessments, but {name!r} was passed. (A CSV "
        "file holds only stakeholders and relations, so the ratings would be "
        "lost.)",
        "ws_exported": "{path}: {n} assessment{s} from {raters} participant(s) "
        "added to the map {name!r}.",
        "ws_pptx_need_map": "There is no map at {output!r} to add the ratings "
        "to. Give the map the deck was made from with `--map kaart.xlsx`, or let "
        "`--output` name that map.",
        "ws_pptx_no_rater": "`--rater` is empty: say who placed the stakeholders, "
        'e.g. --rater "Stuurgroep 12/3".',
        "ws_pptx_read": "{path}: {n} assessment{s} by {rater!r} read from {deck}.",
        "ws_page_suffix": "`--output` must end in .html, but {name!r} was passed.",
        "ws_page_written": "{path}: the offline page of the map {name!r}. Send it "
        "to the participants; import the files they save with `stakeholder-map "
        "workshop import FILES --db workshop.sqlite`.",
        "ws_import_need_map": "{db!r} holds no workshop yet: give the map of the "
        "page with `--map kaart.xlsx`, or import into the `--db` file of a "
        "workshop that `serve` started.",
        "ws_imported": "{file}: {n} rating(s) of {participant!r} imported.",
        "ws_import_next": "Write them into the map with `stakeholder-map workshop "
        "export --db {db} -o kaart-na-workshop.xlsx`.",
    }
)
_TEXTS["nl"].update(
    {
        "ws_participants": "Deelnemers / participants: {url}   code: {code}",
        "ws_facilitator": "Facilitator: {url}",
        "ws_stop_hint": "De beoordelingen worden meteen bewaard in {db}. Druk "
        "Ctrl-C om te stoppen; `serve` met dezelfde `--db` zet de workshop voort.",
        "ws_resumed": "De workshop in {db} gaat verder: tot nu toe {n} deelnemer(s).",
        "ws_lan_note": "Gsm's op dezelfde wifi kunnen meedoen. Iedereen op dit "
        "netwerk kan het adres openen; de code houdt anderen buiten, en het "
        "adres van de facilitator moet geheim blijven.",
        "ws_no_network": "Geen lokaal netwerk gevonden: alleen deze computer kan "
        "{url} bereiken.",
        "ws_stopped": "Gestopt. De beoordelingen staan in {db}.",
        "ws_missing_extra": "De workshopserver heeft {missing} nodig. Installeer "
        'met: pip install "stakeholder-map[workshop]"',
        "ws_no_db": "Er is geen workshopdatabank {db!r}. Controleer het pad, of "
        "start een workshop met `stakeholder-map workshop serve KAART --db {db}`.",
        "ws_not_a_workshop": "{db!r} is geen workshopdatabank ({detail}). Geef het "
        "`--db`-bestand dat `stakeholder-map workshop serve` maakte.",
        "ws_need_map": "{db!r} bevat nog geen workshop: geef de kaart die "
        "beoordeeld wordt, bv. `stakeholder-map workshop serve kaart.xlsx "
        "--db {db}`.",
        "ws_other_map": "{db!r} bevat al een workshop over de kaart {stored!r}, en "
        "{file!r} verschilt ervan (actoren, scores of andere cellen zijn "
        "gewijzigd). Laat het kaartbestand weg om die workshop voort te zetten, "
        "of gebruik een ander `--db`-bestand voor een nieuwe.",
        "ws_port_taken": "Kan niet luisteren op {host}:{port} ({detail}). Een "
        "ander programma gebruikt de poort misschien: kies een andere met "
        "`--port`, of `--port 0` voor een vrije.",
        "ws_export_suffix": "`--output` moet eindigen op .xlsx, .yaml, .yml of "
        ".json, die de beoordelingen bewaren, maar {name!r} werd gegeven. (Een "
        "CSV-bestand bevat alleen actoren en relaties, dus de beoordelingen "
        "zouden verloren gaan.)",
        "ws_exported": "{path}: {n} beoordeling{s} van {raters} deelnemer(s) "
        "toegevoegd aan de kaart {name!r}.",
        "ws_pptx_need_map": "Er is geen kaart {output!r} om de beoordelingen aan "
        "toe te voegen. Geef de kaart waarvan de presentatie gemaakt is met "
        "`--map kaart.xlsx`, of noem die kaart in `--output`.",
        "ws_pptx_no_rater": "`--rater` is leeg: zeg wie de actoren plaatste, bv. "
        '--rater "Stuurgroep 12/3".',
        "ws_pptx_read": "{path}: {n} beoordeling{s} door {rater!r} gelezen uit {deck}.",
        "ws_page_suffix": "`--output` moet eindigen op .html, maar {name!r} werd "
        "gegeven.",
        "ws_page_written": "{path}: de offline pagina van de kaart {name!r}. "
        "Stuur ze naar de deelnemers; importeer de bestanden die ze bewaren met "
        "`stakeholder-map workshop import BESTANDEN --db workshop.sqlite`.",
        "ws_import_need_map": "{db!r} bevat nog geen workshop: geef de kaart van "
        "de pagina met `--map kaart.xlsx`, of importeer in het `--db`-bestand "
        "van een workshop die `serve` startte.",
        "ws_imported": "{file}: {n} beoordeling(en) van {participant!r} geïmporteerd.",
        "ws_import_next": "Zet ze in de kaart met `stakeholder-map workshop "
        "export --db {db} -o kaart-na-workshop.xlsx`.",
    }
)
