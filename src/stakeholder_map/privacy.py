"""Share a stakeholder map with care: pseudonymise people and redact by profile.

Maps hold names of real people (contact persons, raters, colleagues) and notes about
them. :func:`pseudonymise` replaces names with stable codes or roles,
:func:`redact` applies a named sharing profile (``"internal"``, ``"cop"`` for a
community of practice, ``"public"``) and :func:`redaction_report` says in a few
lines what a profile removes. Every export of the library takes ``profile=``.

This module needs pydantic only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from stakeholder_map._types import slugify
from stakeholder_map.i18n import (
    PERSON_WORDS,
    PERSONAL_HEADER_WORDS,
    label,
    normalize,
    text,
)
from stakeholder_map.models import Stakeholder, StakeholderMap

__all__ = [
    "KEEPABLE_FIELDS",
    "PROFILES",
    "Profile",
    "is_personal_header",
    "pseudonymise",
    "redact",
    "redaction_report",
]

#: A sharing profile: "internal" (the team, nothing removed), "cop" (a Community
#: of Practice: no contacts or notes) or "public" (people pseudonymised too).
Profile = Literal["internal", "cop", "public"]
#: The sharing profiles, from least to most restrictive.
PROFILES: tuple[str, ...] = ("internal", "cop", "public")

#: Descriptive stakeholder fields that :func:`pseudonymise` may keep (``keep=``).
#: Scores and levels are always kept; ``id`` and ``name`` never are.
KEEPABLE_FIELDS: tuple[str, ...] = (
    "category",
    "short_name",
    "description",
    "tags",
    "source",
    "contact",
    "notes",
    "assessed_on",
)

_Which = Literal["all", "people"]

# Free-text fields per collection: they may mention people by name.
_FREE_TEXT: dict[str, tuple[str, ...]] = {
    "stakeholders": ("description", "notes", "source", "contact", "short_name"),
    "relations": ("notes",),
    "interests": ("description",),
    "stakes": ("notes",),
    "assessments": ("rationale",),
    "interactions": ("topic", "outcome", "notes"),
    "communication": ("message", "notes"),
    "segments": ("description",),
}
# Fields that hold the name of one person of our side or of a rater.
_PERSON_FIELDS: dict[str, tuple[str, ...]] = {
    "assessments": ("rater",),
    "interactions": ("by",),
    "communication": ("owner",),
}
# Fields marked as personal data in the models (``json_schema_extra``), per
# collection. ``by`` and ``owner`` are names of people and get codes instead.
_PERSONAL_DROP: dict[str, tuple[str, ...]] = {
    "stakeholders": ("contact", "notes"),
    "interactions": ("notes",),
}


def _check_profile(profile: str) -> None:
    if profile not in PROFILES:
        msg = f"`profile` must be one of {list(PROFILES)}, but {profile!r} was passed."
        raise ValueError(msg)


@dataclass
class _Log:
    """Counts of what was changed, keyed by i18n message keys."""

    counts: Counter[str] = field(default_factory=Counter)

    def add(self, key: str, n: int = 1) -> None:
        if n:
            self.counts[key] += n


def _hmac_code(salt: str, kind: str, value: str, length: int) -> str:
    digest = hmac.new(
        salt.encode("utf-8"), f"{kind}:{value}".encode(), hashlib.sha256
    ).digest()
    return base64.b32encode(digest).decode("ascii")[:length]


def is_personal_header(header: str) -> bool:
    """Say whether the header of one's own column names personal data.

    A header whose words include a contact, e-mail, phone or address word (in
    English or Dutch, see :data:`stakeholder_map.i18n.PERSONAL_HEADER_WORDS`),
    such as ``Contactpersoon``, ``E-mail directie`` or ``Tel.``.

    Parameters
    ----------
    header
        The column's header as written.

    Returns
    -------
    bool
        True when the column holds personal data.

    Examples
    --------
    >>> from stakeholder_map.privacy import is_personal_header
    >>> is_personal_header("E-mail directie"), is_personal_header("Regio")
    (True, False)
    """
    key = normalize(header)
    words = key.split("_")
    for word in PERSONAL_HEADER_WORDS:
        if "_" in word:
            if word in key:
                return True
        elif word in words or any(w.startswith(word) and len(word) > 3 for w in words):
            return True
    return False


def _is_person(s: Stakeholder) -> bool:
    words = {normalize(t) for t in s.tags}
    if s.category:
        words.add(normalize(s.category))
    return bool(words & PERSON_WORDS)


def _select(smap: StakeholderMap, which: _Which | Iterable[str]) -> list[Stakeholder]:
    if which == "all":
        return list(smap.stakeholders)
    if which == "people":
        return [s for s in smap.stakeholders if _is_person(s)]
    if isinstance(which, str):
        msg = (
            "`stakeholders` must be 'all', 'people' or a list of ids, but "
            f"{which!r} was passed."
        )
        raise ValueError(msg)
    wanted = list(which)
    unknown = [i for i in wanted if i not in set(smap.ids)]
    if unknown:
        from stakeholder_map.exceptions import UnknownStakeholderError

        raise UnknownStakeholderError(unknown[0], smap.ids)
    chosen = set(wanted)
    return [s for s in smap.stakeholders if s.id in chosen]


def _stakeholder_codes(
    smap: StakeholderMap,
    chosen: list[Stakeholder],
    *,
    style: str,
    salt: str | None,
    keep_category: bool,
) -> dict[str, str]:
    """Return ``{id: new display name}`` for the chosen stakeholders."""
    lang = str(smap.language)
    if salt is None:
        order = chosen
    else:
        order = sorted(chosen, key=lambda s: _hmac_code(salt, "s", s.id, 16))
    names: dict[str, str] = {}
    if style == "code":
        width = max(2, len(str(len(order))))
        if salt is None:
            for n, s in enumerate(order, start=1):
                names[s.id] = f"S{n:0{width}d}"
        else:
            length = 4
            while True:
                codes = {
                    s.id: f"S-{_hmac_code(salt, 's', s.id, length)}" for s in order
                }
                if len(set(codes.values())) == len(codes):
                    break
                length += 1
            names = codes
        return names
    per_group: Counter[str] = Counter()
    for s in order:
        group = (
            s.category if (keep_category and s.category) else label("stakeholder", lang)
        )
        per_group[group] += 1
        names[s.id] = f"{group} {per_group[group]}"
    return names


def _person_codes(smap: StakeholderMap, salt: str | None) -> dict[str, str]:
    """Return ``{person name: code}`` for raters, contacts ``by`` and owners."""
    people: list[str] = []
    for coll, fields in _PERSON_FIELDS.items():
        for item in getattr(smap, coll):
            for f in fields:
                value = getattr(item, f)
                if value and value not in people:
                    people.append(value)
    if salt is None:
        width = max(2, len(str(len(people))))
        return {p: f"P{n:0{width}d}" for n, p in enumerate(people, start=1)}
    length = 4
    while True:
        codes = {p: f"P-{_hmac_code(salt, 'p', p, length)}" for p in people}
        if len(set(codes.values())) == len(codes):
            return codes
        length += 1


def _scrubber(replacements: dict[str, str]) -> Callable[[str], str]:
    """Return a function replacing whole-word occurrences of names in free text."""
    items = sorted(
        ((k, v) for k, v in replacements.items() if k.strip()),
        key=lambda kv: -len(kv[0]),
    )
    if not items:
        return lambda s: s
    lookup = {k.casefold(): v for k, v in items}
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(k) for k, _ in items) + r")(?!\w)",
        re.IGNORECASE,
    )
    return lambda s: pattern.sub(lambda m: lookup[m.group(0).casefold()], s)


def _transform(
    smap: StakeholderMap,
    *,
    which: _Which | Iterable[str],
    keep: Iterable[str],
    salt: str | None,
    style: str,
    drop_free_text: bool,
    drop_description: bool,
) -> tuple[StakeholderMap, _Log]:
    keep_set = set(keep)
    bad = sorted(keep_set - set(KEEPABLE_FIELDS))
    if bad:
        msg = (
            f"`keep` may name only {list(KEEPABLE_FIELDS)}, but {bad} were passed. "
            "Scores are always kept; `id` and `name` are what gets replaced."
        )
        raise ValueError(msg)
    if style not in ("code", "role"):
        msg = f"`style` must be one of ['code', 'role'], but {style!r} was passed."
        raise ValueError(msg)
    log = _Log()
    chosen = _select(smap, which)
    chosen_ids = {s.id for s in chosen}
    new_names = _stakeholder_codes(
        smap, chosen, style=style, salt=salt, keep_category="category" in keep_set
    )
    # New ids from the new names; keep them clear of the ids that stay.
    taken = {i for i in smap.ids if i not in chosen_ids}
    id_map: dict[str, str] = {}
    for s in chosen:
        base = slugify(new_names[s.id])
        new_id, n = base, 1
        while new_id in taken:
            n += 1
            new_id = f"{base}_{n}"
        taken.add(new_id)
        id_map[s.id] = new_id
    person_map = _person_codes(smap, salt)

    replacements: dict[str, str] = {}
    for s in chosen:
        replacements[s.name] = new_names[s.id]
        if s.short_name:
            replacements[s.short_name] = new_names[s.id]
    replacements.update(person_map)
    scrub = _scrubber(replacements)

    data = smap.model_dump(mode="python")
    if drop_description and data.get("description"):
        data["description"] = None
        log.add("removed_map_description")
    elif data.get("description"):
        data["description"] = scrub(data["description"])

    def rid(value: str | None) -> str | None:
        return id_map.get(value, value) if value is not None else None

    kept_categories: set[str] = set()
    for rec in data["stakeholders"]:
        old_id = rec["id"]
        if old_id in chosen_ids:
            rec["id"] = id_map[old_id]
            rec["name"] = new_names[old_id]
            log.add("replaced_names")
            for f in KEEPABLE_FIELDS:
                if f in keep_set or rec.get(f) in (None, ()):
                    continue
                rec[f] = () if f == "tags" else None
                log.add(f"dropped_{f}")
        rec["parent"] = rid(rec.get("parent"))
        for f in _PERSONAL_DROP["stakeholders"]:
            if rec.get(f) is not None and f not in keep_set:
                rec[f] = None
                log.add(f"dropped_{f}")
        if rec.get("category"):
            kept_categories.add(rec["category"])
    for rec in data["relations"]:
        rec["source"], rec["target"] = rid(rec["source"]), rid(rec["target"])
    for coll in ("stakes", "assessments", "interactions", "communication"):
        for rec in data[coll]:
            if rec.get("stakeholder_id") is not None:
                rec["stakeholder_id"] = rid(rec["stakeholder_id"])
    for rec in data["segments"]:
        rec["stakeholder_ids"] = tuple(rid(i) for i in rec["stakeholder_ids"])
    # Communication items for a category that no longer shows cannot stay valid.
    before = len(data["communication"])
    data["communication"] = [
        rec
        for rec in data["communication"]
        if rec.get("category") is None or rec["category"] in kept_categories
    ]
    log.add("dropped_category_items", before - len(data["communication"]))

    for coll, fields in _PERSON_FIELDS.items():
        for rec in data[coll]:
            for f in fields:
                if rec.get(f):
                    rec[f] = person_map[rec[f]]
                    log.add(f"coded_{f}")
    for coll, fields in _PERSONAL_DROP.items():
        if coll == "stakeholders":
            continue
        for rec in data[coll]:
            for f in fields:
                if rec.get(f) is not None:
                    rec[f] = None
                    log.add(f"dropped_{f}")
    # The user's own columns: personal ones go, names in the others are replaced.
    own = [data["attributes"]]
    own += [rec["attributes"] for coll in _FREE_TEXT for rec in data[coll]]
    for attributes in own:
        for key in list(attributes):
            value = attributes[key]
            if is_personal_header(key):
                del attributes[key]
                log.add("dropped_personal_attributes")
            elif isinstance(value, str):
                attributes[key] = scrub(value)
            elif isinstance(value, tuple):
                attributes[key] = tuple(scrub(v) for v in value)
    for coll, fields in _FREE_TEXT.items():
        for rec in data[coll]:
            for f in fields:
                value = rec.get(f)
                if value is None:
                    continue
                if drop_free_text and not (coll == "stakeholders" and f in keep_set):
                    rec[f] = None
                    log.add(f"dropped_{f}")
                else:
                    rec[f] = scrub(value)
    return StakeholderMap.model_validate(data), log


def pseudonymise(
    smap: StakeholderMap,
    *,
    keep: Iterable[str] = ("category",),
    salt: str | None = None,
    stakeholders: _Which | Iterable[str] = "people",
    style: Literal["code", "role"] = "code",
) -> StakeholderMap:
    """Replace names of people with stable codes or roles.

    The chosen stakeholders get a new name and id (``"S01"``, or
    ``"<category> 1"`` with ``style="role"``), and their descriptive fields are
    dropped unless named in ``keep``; their scores always stay, so every analysis
    gives the same result. Raters, the colleagues who made a contact (``by``) and
    owners of planned communication become ``"P01"``, ``"P02"``, ... Relations,
    stakes, assessments, contacts, plans and segments follow the new ids. The
    fields marked as personal data (``contact``, ``notes``) are dropped, and
    whole-word mentions of a replaced name in the remaining free text are replaced
    by its code.

    Parameters
    ----------
    smap
        The stakeholder map.
    keep
        Descriptive fields of the chosen stakeholders to keep, among
        :data:`KEEPABLE_FIELDS`.
    salt
        A secret. Without it, codes follow the map's order (``S01``, ``S02``), so
        they change when stakeholders are added. With it, codes are keyed hashes of
        the ids (``S-7KQ2``): the same stakeholder gets the same code in every
        version of the map, and nobody without the salt can tell who is who. Keep
        the salt out of what you share.
    stakeholders
        Which stakeholders to pseudonymise: ``"people"`` (default: those whose
        category or a tag says they are a person, such as ``persoon``,
        ``person`` or ``individu``), ``"all"``, or a list of ids.
    style
        ``"code"`` for codes, ``"role"`` for the category and a number (e.g.
        ``"ouders 2"``; ``"Actor 3"`` without a category).

    Returns
    -------
    StakeholderMap
        A new, validated map; the input is not changed.

    Raises
    ------
    ValueError
        When ``keep`` names an unknown field or ``style`` is unknown.
    UnknownStakeholderError
        When ``stakeholders`` lists an unknown id.

    See Also
    --------
    redact : Apply a named sharing profile.

    Notes
    -----
    Pseudonymised data is still personal data under the GDPR (recital 26) as long
    as the codes can be linked back; only the full ``"public"`` profile of
    :func:`redact` aims at data that identifies nobody.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> anon = skm.privacy.pseudonymise(smap, stakeholders=["ocmw", "clb"])
    >>> anon.get("s01").name, anon.get("s02").name
    ('S01', 'S02')
    >>> anon.get("s01").power == smap.get("ocmw").power
    True
    >>> "ocmw" in anon.ids
    False
    """
    out, _ = _transform(
        smap,
        which=stakeholders,
        keep=keep,
        salt=salt,
        style=style,
        drop_free_text=False,
        drop_description=False,
    )
    return out


def _apply_profile(
    smap: StakeholderMap,
    profile: str,
    *,
    salt: str | None,
    people: Iterable[str] | None,
) -> tuple[StakeholderMap, _Log]:
    _check_profile(profile)
    if profile == "internal":
        return smap, _Log()
    which: _Which | Iterable[str]
    if profile == "cop":
        which = "people" if people is None else list(people)
        return _transform(
            smap,
            which=which,
            keep=("category",),
            salt=salt,
            style="code",
            drop_free_text=False,
            drop_description=False,
        )
    return _transform(
        smap,
        which="all",
        keep=("category",),
        salt=salt,
        style="role",
        drop_free_text=True,
        drop_description=True,
    )


def redact(
    smap: StakeholderMap,
    *,
    profile: Profile = "public",
    salt: str | None = None,
    people: Iterable[str] | None = None,
) -> StakeholderMap:
    """Drop or generalise sensitive fields according to a sharing profile.

    ``"internal"``
        For the team itself: nothing changes.
    ``"cop"``
        For a community of practice (e.g. other Huizen van het Kind): the fields
        marked as personal data (``contact``, ``notes`` of stakeholders and
        contacts) are dropped, stakeholders who are people are pseudonymised (see
        :func:`pseudonymise`), raters, ``by`` and owners become codes, and names
        mentioned in the remaining free text are replaced by their codes.
        Organisations keep their names.
    ``"public"``
        For anyone: every stakeholder becomes its category and a number
        (``"overheid 2"``), all free text (descriptions, notes, rationales, topics,
        outcomes, messages, sources) is dropped, and people become codes. Scores,
        categories, relations, themes, dates and levels stay, so every analysis
        still runs.

    Parameters
    ----------
    smap
        The stakeholder map.
    profile
        ``"internal"``, ``"cop"`` or ``"public"``.
    salt
        A secret for stable codes across versions (see :func:`pseudonymise`).
    people
        For ``"cop"``: ids of the stakeholders who are people; by default those
        whose category or a tag says so.

    Returns
    -------
    StakeholderMap
        A new, validated map (the same object for ``"internal"``).

    Raises
    ------
    ValueError
        When ``profile`` is unknown.

    See Also
    --------
    redaction_report : Say what a profile removes.
    pseudonymise : Replace names with codes or roles.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> public = skm.privacy.redact(smap, profile="public")
    >>> len(public) == len(smap), "ocmw" in public.ids
    (True, False)
    >>> all(s.contact is None and s.notes is None for s in public)
    True
    """
    out, _ = _apply_profile(smap, profile, salt=salt, people=people)
    return out


def redaction_report(
    smap: StakeholderMap,
    *,
    profile: Profile = "public",
    lang: str = "en",
    people: Iterable[str] | None = None,
) -> str:
    """Say in a few lines what a sharing profile removes from a map.

    Parameters
    ----------
    smap
        The stakeholder map, before redaction.
    profile
        ``"internal"``, ``"cop"`` or ``"public"``.
    lang
        ``"en"`` or ``"nl"``.
    people
        As in :func:`redact`.

    Returns
    -------
    str
        A heading line and one line per kind of change, with counts.

    See Also
    --------
    redact : Apply the profile.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> print(skm.privacy.redaction_report(smap, profile="internal"))
    Privacy profile 'internal': nothing removed.
    """
    _, log = _apply_profile(smap, profile, salt=None, people=people)
    if not log.counts:
        return text("privacy_nothing", lang, profile=profile)
    lines = [text("privacy_heading", lang, profile=profile)]
    for key in sorted(log.counts):
        lines.append(f"- {text('privacy_' + key, lang, n=log.counts[key])}")
    return "\n".join(lines)


def _redact_any(
    smap: StakeholderMap, profile: str, *, salt: str | None = None
) -> StakeholderMap:
    """Apply a profile; used by the exports (checks the profile name)."""
    out, _ = _apply_profile(smap, profile, salt=salt, people=None)
    return out
