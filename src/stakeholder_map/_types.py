"""Constrained types and enumerations shared by the models and the analyses.

Every enumeration is a :class:`enum.StrEnum` whose values are stable snake_case keys;
the texts users see for them (English and Dutch) live in :mod:`stakeholder_map.i18n`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from enum import StrEnum
from typing import Annotated, Any, Literal, NoReturn, Self, TypeAlias

from pydantic import Field, StringConstraints

__all__ = [
    "Attitude",
    "AttitudeClass",
    "AttributeValue",
    "Channel",
    "Direction",
    "EngagementLevel",
    "Frequency",
    "FrozenDict",
    "Language",
    "ParticipationLevel",
    "Position",
    "Quadrant",
    "RelationKind",
    "SalienceClass",
    "SalienceGroup",
    "Score",
    "Sign",
    "StakeholderId",
    "StakeholderType",
    "Stance",
    "slugify",
]

StakeholderId = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
]
"""A stable key for a stakeholder (or an interest): non-empty text."""

Score = Annotated[float, Field(allow_inf_nan=False)]
"""A rating on the map's declared scale; the map checks the range."""

Attitude = Annotated[float, Field(ge=-2, le=2, allow_inf_nan=False)]
"""Support for the work: -2 strongly opposed, 0 neutral, +2 strongly supportive."""

Position = Attitude
"""A stance on one theme: -2 strongly against .. +2 strongly in favour."""

Sign = Literal[1, -1]
"""The sign of a relation: +1 positive, -1 negative (e.g. conflict)."""


class FrozenDict(dict[Any, Any]):
    """A dict that cannot change: what a frozen model holds in its dict fields.

    ``attributes`` and ``Scale.labels`` would otherwise be the only mutable part
    of a frozen map, and the graph a map is turned into is built once and
    reused. It is still a ``dict`` (``isinstance``, ``==``, JSON, YAML and
    ``model_dump`` see a plain one); only the methods that change it raise.

    Examples
    --------
    >>> from stakeholder_map._types import FrozenDict
    >>> d = FrozenDict({"Regio": "Noord"})
    >>> d == {"Regio": "Noord"}
    True
    >>> d["Regio"] = "Zuid"
    Traceback (most recent call last):
    TypeError: A stakeholder map is frozen: use model_copy(update=...) to change it.
    """

    __slots__ = ()

    def _frozen(self, *args: Any, **kwargs: Any) -> NoReturn:
        msg = "A stakeholder map is frozen: use model_copy(update=...) to change it."
        raise TypeError(msg)

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _frozen
    __ior__ = _frozen

    def __reduce__(self) -> tuple[type[Self], tuple[dict[Any, Any]]]:
        """Pickle (and deep-copy) as the class called on a plain dict."""
        return (type(self), (dict(self),))

    def __copy__(self) -> Self:
        """Return itself: it cannot change."""
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        """Return itself when its values cannot change either."""
        if all(isinstance(v, _IMMUTABLE) for v in self.values()):
            return self
        return type(self)({k: _deepcopy(v, memo) for k, v in self.items()})


_IMMUTABLE = (bool, int, float, str, dt.date, tuple, type(None))


def _deepcopy(value: Any, memo: dict[int, Any]) -> Any:
    import copy

    return copy.deepcopy(value, memo)


#: The one empty FrozenDict, the default of every ``attributes`` field.
EMPTY = FrozenDict()


AttributeValue: TypeAlias = (
    bool
    | int
    | Annotated[float, Field(allow_inf_nan=False)]
    | dt.date
    | str
    | tuple[str, ...]
)
"""The value of a user's own attribute (a custom column): yes/no, a number, a date,
a text or a list of texts."""


class Language(StrEnum):
    """Languages in which labels and messages are available.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> smap.language
    <Language.NL: 'nl'>
    >>> [lang.value for lang in skm.Language]
    ['en', 'nl']
    """

    EN = "en"
    NL = "nl"


class Quadrant(StrEnum):
    """Quadrants of the power/interest grid (keys are stable across label sets).

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> grid = skm.analysis.power_interest(smap)
    >>> grid.loc["ocmw", "quadrant"] == skm.Quadrant.MANAGE_CLOSELY
    True
    >>> [q.value for q in skm.Quadrant]
    ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor']
    """

    MANAGE_CLOSELY = "manage_closely"
    KEEP_SATISFIED = "keep_satisfied"
    KEEP_INFORMED = "keep_informed"
    MONITOR = "monitor"


class EngagementLevel(StrEnum):
    """Ordered engagement levels of the PMBOK engagement assessment matrix.

    The members are listed from least to most engaged: unaware, resistant,
    neutral, supportive, leading.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> ocmw = smap.get("ocmw")
    >>> ocmw.engagement_current.value, ocmw.engagement_desired.value
    ('supportive', 'leading')
    >>> list(skm.EngagementLevel).index(skm.EngagementLevel.LEADING)
    4
    """

    UNAWARE = "unaware"
    RESISTANT = "resistant"
    NEUTRAL = "neutral"
    SUPPORTIVE = "supportive"
    LEADING = "leading"


class ParticipationLevel(StrEnum):
    """Ordered levels of the IAP2 spectrum of public participation.

    From least to most say for the public: inform, consult, involve, collaborate,
    empower.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> smap.get("ocmw").participation
    <ParticipationLevel.COLLABORATE: 'collaborate'>
    >>> [level.value for level in skm.ParticipationLevel][:3]
    ['inform', 'consult', 'involve']
    """

    INFORM = "inform"
    CONSULT = "consult"
    INVOLVE = "involve"
    COLLABORATE = "collaborate"
    EMPOWER = "empower"


class RelationKind(StrEnum):
    """What a relation between two stakeholders is about.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> relation = smap.relations[0]
    >>> relation.source, relation.target, relation.kind
    ('opgroeien', 'huis_van_het_kind', <RelationKind.FUNDING: 'funding'>)
    >>> skm.RelationKind("conflict") is skm.RelationKind.CONFLICT
    True
    """

    AUTHORITY = "authority"
    FUNDING = "funding"
    INFORMATION = "information"
    ADVICE = "advice"
    COLLABORATION = "collaboration"
    CONFLICT = "conflict"
    MEMBERSHIP = "membership"
    OTHER = "other"


class Channel(StrEnum):
    """The channel through which a relation or a contact runs.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> smap.interactions[0].channel
    <Channel.MEETING: 'meeting'>
    >>> skm.Channel("social_media").name
    'SOCIAL_MEDIA'
    """

    MEETING = "meeting"
    EMAIL = "email"
    NEWSLETTER = "newsletter"
    PHONE = "phone"
    SOCIAL_MEDIA = "social_media"
    WEBSITE = "website"
    IN_PERSON = "in_person"
    OTHER = "other"


class Direction(StrEnum):
    """Who started a contact: we did (outgoing), they did (incoming), or both.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> smap.interactions[0].direction
    <Direction.MUTUAL: 'mutual'>
    >>> [d.value for d in skm.Direction]
    ['outgoing', 'incoming', 'mutual']
    """

    OUTGOING = "outgoing"
    INCOMING = "incoming"
    MUTUAL = "mutual"


class Frequency(StrEnum):
    """How often a relation is active or a contact is planned (ordered).

    From most to least often: daily, weekly, biweekly, monthly, quarterly,
    yearly; ``ad_hoc`` (no fixed rhythm) comes last.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> smap.relations[0].frequency
    <Frequency.YEARLY: 'yearly'>
    >>> skm.Frequency("monthly") is skm.Frequency.MONTHLY
    True
    """

    DAILY = "daily"
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"
    AD_HOC = "ad_hoc"


class SalienceClass(StrEnum):
    """Classes of Mitchell, Agle & Wood (1997) from power, legitimacy, urgency."""

    DORMANT = "dormant"
    DISCRETIONARY = "discretionary"
    DEMANDING = "demanding"
    DOMINANT = "dominant"
    DANGEROUS = "dangerous"
    DEPENDENT = "dependent"
    DEFINITIVE = "definitive"
    NON_STAKEHOLDER = "non_stakeholder"


class SalienceGroup(StrEnum):
    """Groups of salience classes (Mitchell, Agle & Wood 1997), by attribute count."""

    LATENT = "latent"
    EXPECTANT = "expectant"
    DEFINITIVE = "definitive"
    NONE = "none"


class StakeholderType(StrEnum):
    """Types of the three-dimensional grid of Murray-Webster & Simon (2006)."""

    SAVIOUR = "saviour"
    FRIEND = "friend"
    SABOTEUR = "saboteur"
    IRRITANT = "irritant"
    SLEEPING_GIANT = "sleeping_giant"
    ACQUAINTANCE = "acquaintance"
    TIME_BOMB = "time_bomb"
    TRIPWIRE = "tripwire"


class AttitudeClass(StrEnum):
    """Cells of the power/attitude grid: power high/low x attitude +, 0 or -."""

    KEY_ALLY = "key_ally"
    KEY_NEUTRAL = "key_neutral"
    KEY_OPPONENT = "key_opponent"
    ALLY = "ally"
    BYSTANDER = "bystander"
    CRITIC = "critic"


class Stance(StrEnum):
    """Which side of the work a stakeholder is on: attitude > 0, = 0 or < 0."""

    SUPPORTIVE = "supportive"
    NEUTRAL = "neutral"
    OPPOSED = "opposed"


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Turn a name into a stable, readable identifier.

    Accents are removed, letters are lower-cased and every run of other characters
    becomes one underscore. A name with no letters or digits at all gets a short
    hash, so the identifier is still stable.

    Parameters
    ----------
    text
        The name to turn into an identifier.

    Returns
    -------
    str
        The identifier.

    Examples
    --------
    >>> from stakeholder_map._types import slugify
    >>> slugify("Consultatiebureau Kind & Gezin – Noord")
    'consultatiebureau_kind_gezin_noord'
    """
    ascii_text = (
        unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    )
    slug = _NON_ALNUM.sub("_", ascii_text.lower()).strip("_")
    if slug:
        return slug
    digest = hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"id_{digest[:8]}"
