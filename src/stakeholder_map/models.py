"""Domain models: stakeholders, themes, stakes, relations, assessments and the map.

Communication planning adds three more: :class:`Interaction` (a logged contact),
:class:`CommunicationItem` (a planned message/channel/frequency) and
:class:`Segment` (a target group for the representation audit).

The models are frozen pydantic v2 models with ``extra="forbid"``: a typo in a field
name is an error, and a map, once validated, never changes (edit it with
``smap.model_copy(update=...)``). :class:`StakeholderMap` checks every rule that spans
several objects (unique ids, known references, scores inside the declared scale) and
reports all violations at once.

This module imports pydantic only: no pandas, networkx or matplotlib.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

if TYPE_CHECKING:
    from pydantic.config import JsonDict

from stakeholder_map import i18n
from stakeholder_map._types import (
    EMPTY,
    Attitude,
    AttributeValue,
    Channel,
    Direction,
    EngagementLevel,
    Frequency,
    FrozenDict,
    Language,
    ParticipationLevel,
    Position,
    RelationKind,
    Score,
    Sign,
    StakeholderId,
    slugify,
)

__all__ = [
    "Assessment",
    "CommunicationItem",
    "Interaction",
    "Interest",
    "MapProblem",
    "Relation",
    "RelationKindSpec",
    "Scale",
    "Segment",
    "Stake",
    "Stakeholder",
    "StakeholderMap",
    "personal_data_fields",
    "register_display",
]

_CONFIG = ConfigDict(
    extra="forbid",
    frozen=True,
    str_strip_whitespace=True,
    use_enum_values=False,
    validate_default=False,
    # Build validators on first use, not at import: keeps `import` fast.
    defer_build=True,
)

_PERSONAL: JsonDict = {"personal_data": True}

#: Validation context keys of the readers (``model_validate(..., context=...)``).
#: A reader that has already applied a per-row rule to a whole column, once per
#: distinct value, sets the rule's key so that each row skips it; the rule itself
#: stays here and the reader calls these same functions.
#:
#: - ``ATTRIBUTES_READY``: every row's ``attributes`` is in its stored form
#:   (:func:`_attribute_value` applied, names checked with :func:`_attribute_name`).
#: - ``RELATIONS_READY``: every relation row's ``kind`` is :func:`relation_kind` of
#:   the cell (also when empty), a conflict without a sign has sign -1, and ``id``
#:   is stripped text or absent.
#: - ``KINDS_READY``: the map's relations already carry the defaults and spellings
#:   :func:`_apply_kinds` would give them.
#: - ``IDS_READY``: every row has a non-empty ``id``, so ``_id_from_name`` has
#:   nothing to derive. No hook reads this key; it only names the promise for
#:   :data:`READY_HOOKS`.
ATTRIBUTES_READY = "stakeholder_map.attributes_ready"
RELATIONS_READY = "stakeholder_map.relations_ready"
KINDS_READY = "stakeholder_map.kinds_ready"
IDS_READY = "stakeholder_map.ids_ready"

#: The hooks (validators, by name) that each key above turns into the identity:
#: under the key they return their input as it is, so validating without them
#: gives the same objects. The readers validate whole tables so, which saves a
#: Python call per row (:func:`stakeholder_map.io._tables._bulk_validator`).
READY_HOOKS: dict[str, tuple[str, ...]] = {
    ATTRIBUTES_READY: ("_attributes",),
    RELATIONS_READY: ("_kind_and_sign",),
    KINDS_READY: ("_kind_defaults",),
    IDS_READY: ("_id_from_name",),
}


def _ready(info: ValidationInfo, key: str) -> bool:
    ctx = info.context
    return ctx is not None and type(ctx) is dict and ctx.get(key) is True


#: Score fields of a stakeholder that live on the map's scale.
STAKEHOLDER_SCORES = ("power", "interest", "legitimacy", "urgency", "proximity")
#: Score fields of an assessment that live on the map's scale.
ASSESSMENT_SCORES = STAKEHOLDER_SCORES


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _attribute_value(value: Any) -> Any:
    """Bring one attribute value into its stored form; None when it is empty.

    Text is stripped, and a text that is an ISO date (``2026-03-15``) becomes that
    date, so dates survive formats without a date type (JSON, CSV); a date-time at
    midnight becomes its date and any other date-time its ISO text; a list or set
    becomes a tuple of texts; a NumPy number becomes a Python number; NaN is empty.
    """
    if value is None:
        return None
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool | int | str | dt.date):
        if isinstance(value, str):
            value = value.strip()
            if not value:
                return None
            if _ISO_DATE.match(value):
                try:
                    return dt.date.fromisoformat(value)
                except ValueError:
                    return value
        if isinstance(value, dt.datetime):
            if value.time() == dt.time() and value.tzinfo is None:
                return value.date()
            return value.isoformat(sep=" ")
        return value
    if isinstance(value, float):
        return None if value != value else value
    if isinstance(value, list | tuple | set | frozenset):
        items = [_attribute_item(v) for v in value]
        out = tuple(v for v in items if v)
        return out or None
    return value  # left to pydantic, which names the type it cannot store


def _attribute_item(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


@functools.cache
def _reserved_names(model: type[BaseModel]) -> dict[str, str]:
    """Normalised names an attribute of this model may not have, and their field.

    A field's own name and the header written for it in Dutch: a column with such
    a header would be read back as the field, not as the attribute.
    """
    out: dict[str, str] = {}
    for fld in model.model_fields:
        if fld == "attributes":
            continue
        out[i18n.normalize(fld)] = fld
        nl = i18n.COLUMN_HEADERS_NL.get(fld)
        if nl:
            out.setdefault(i18n.normalize(nl), fld)
    # Keys the graph files use for themselves (GraphML/GEXF labels, the edge's
    # position and key in a multigraph).
    if model is Stakeholder:
        out.setdefault("label", "name")
    if model is Relation:
        out.setdefault("van", "source")
        for key in ("order", "key", "label", "relation_id"):
            out.setdefault(key, key)
    if model is StakeholderMap:  # the meta sheet's keys
        for key, aliases in i18n.META_KEY_ALIASES.items():
            for alias in (key, *aliases):
                out.setdefault(i18n.normalize(alias), key)
        for key, nl in i18n.META_KEYS_NL.items():
            out.setdefault(i18n.normalize(nl), key)
    out["attributes"] = "attributes"
    return out


@functools.lru_cache(maxsize=4096)
def _attribute_name(model: type[BaseModel], key: Any) -> str:
    """Return an attribute's name as stored, or raise when it cannot be one.

    Cached: a table's rows share their headers.
    """
    name = str(key).strip() if key is not None else ""
    if not name:
        msg = "An attribute needs a name, but one has an empty name."
        raise ValueError(msg)
    fld = _reserved_names(model).get(i18n.normalize(name))
    if fld is not None:
        msg = (
            f"The attribute {name!r} has the name of the field `{fld}`: give the "
            f"value as `{fld}`, or rename the attribute."
        )
        raise ValueError(msg)
    return name


def _word_text(value: Any) -> Any:
    """Return a cell of a words row as text: ``1.0`` is ``"1"``, True ``"true"``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)
    return value


def _clean_attributes(model: type[BaseModel], value: Any) -> Any:
    if value is None:
        return {}
    if not isinstance(value, dict):
        return value  # pydantic reports the type
    out: dict[str, Any] = {}
    for key, raw in value.items():
        name = _attribute_name(model, key)
        if name in out:
            msg = f"The attribute {name!r} is given twice."
            raise ValueError(msg)
        cleaned = _attribute_value(raw)
        if cleaned is not None:
            out[name] = cleaned
    return out


_ATTRIBUTES_DESCRIPTION = (
    "The user's own attributes (custom columns), keyed by the header as written: "
    "yes/no, numbers, dates (ISO text in JSON), texts or lists of texts."
)


def _attributes_field() -> Any:
    return Field(default_factory=_empty_attributes, description=_ATTRIBUTES_DESCRIPTION)


def _empty_attributes() -> FrozenDict:
    return EMPTY


class _Record(BaseModel):
    """A row of one of the map's tables: it may carry the user's own attributes."""

    model_config = _CONFIG

    @field_validator("attributes", mode="before", check_fields=False)
    @classmethod
    def _attributes(cls, value: Any, info: ValidationInfo) -> Any:
        if _ready(info, ATTRIBUTES_READY):
            return value
        return _clean_attributes(cls, value)


def _derive_id(data: Any) -> Any:
    """Fill in a missing ``id`` from the ``name`` (before validation)."""
    if isinstance(data, dict) and not data.get("id") and data.get("name"):
        name = data["name"]
        if isinstance(name, str) and name.strip():
            data = {**data, "id": slugify(name)}
    return data


class Scale(BaseModel):
    """The rating scale of a map: power, interest and the other scores live on it.

    Parameters
    ----------
    min
        The lowest point of the scale.
    max
        The highest point of the scale.
    labels
        Optional names of scale points, e.g. ``{1: "very low", 5: "very high"}``.

    Examples
    --------
    >>> scale = skm.Scale(min=0, max=10)
    >>> scale.midpoint
    5.0
    >>> skm.StakeholderMap(name="x", scale=(1, 10)).scale.max
    10.0
    """

    model_config = _CONFIG

    min: float = Field(default=1.0, allow_inf_nan=False, description="Lowest point.")
    max: float = Field(default=5.0, allow_inf_nan=False, description="Highest point.")
    labels: dict[int, str] | None = Field(
        default=None,
        description="Optional names of scale points, keyed by the point.",
    )

    @model_validator(mode="before")
    @classmethod
    def _from_pair(cls, data: Any) -> Any:
        if isinstance(data, list | tuple) and len(data) == 2:
            return {"min": data[0], "max": data[1]}
        return data

    @model_validator(mode="after")
    def _check_order(self) -> Self:
        if not self.min < self.max:
            msg = f"`min` must be below `max`, but the scale is {self.min}..{self.max}."
            raise ValueError(msg)
        for point in self.labels or {}:
            if not self.min <= point <= self.max:
                msg = (
                    f"Scale label point {point} lies outside the scale "
                    f"{self.min:g}..{self.max:g}."
                )
                raise ValueError(msg)
        return self

    @property
    def midpoint(self) -> float:
        """The middle of the scale, ``(min + max) / 2``.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> smap.scale.midpoint
        3.0
        """
        return (self.min + self.max) / 2

    def contains(self, value: float) -> bool:
        """Say whether ``value`` lies on the scale (ends included).

        Parameters
        ----------
        value
            The score to check.

        Returns
        -------
        bool
            True when ``min <= value <= max``.

        Examples
        --------
        >>> skm.Scale().contains(5), skm.Scale().contains(5.5)
        (True, False)
        """
        return self.min <= value <= self.max

    def rescale(self, value: float) -> float:
        """Map a score on this scale to 0..1.

        Parameters
        ----------
        value
            A score on the scale.

        Returns
        -------
        float
            ``(value - min) / (max - min)``.

        Examples
        --------
        >>> skm.Scale().rescale(4)
        0.75
        """
        return (value - self.min) / (self.max - self.min)


class Stakeholder(_Record):
    """A person, group or organisation that affects or is affected by the work.

    Only ``name`` is required: the ``id`` is derived from the name when it is not
    given, and every score may stay ``None`` (not assessed). Scores live on the map's
    :class:`Scale`; ``attitude`` runs from -2 (strongly opposed) to +2 (strongly
    supportive).

    Parameters
    ----------
    id
        Stable key used by relations, stakes, assessments and graph nodes;
        derived from ``name`` (lower case, accents removed) when not given.
    name
        Display name used in tables and plots.
    short_name
        Short label for crowded plots, e.g. ``"CLB"``.
    category
        Group the stakeholder belongs to, e.g. ``"overheid"``, ``"zorg"``,
        ``"onderwijs"``, ``"ouders"``.
    parent
        The organisation this stakeholder is a unit of: the id of a stakeholder
        of the map, or the name of an umbrella organisation that is not on the
        map (``"Lokaal bestuur"``, ``"GO!"``), kept as written.
    description
        What they are or do.
    tags
        Free keywords.
    power
        Ability to influence the outcome, on the map's scale.
    interest
        How much the outcome matters to them, on the map's scale.
    attitude
        Support for the work: -2 strongly opposed, 0 neutral, +2 strongly
        supportive.
    legitimacy
        Legitimacy of their claim (Mitchell, Agle & Wood 1997), on the scale.
    urgency
        Urgency of their claim (Mitchell, Agle & Wood 1997), on the scale.
    proximity
        Closeness to the work (Bourne's Stakeholder Circle), on the scale.
    engagement_current
        Current engagement level (PMBOK engagement assessment matrix).
    engagement_desired
        Desired engagement level (PMBOK engagement assessment matrix).
    participation
        Recorded participation level (IAP2 spectrum).
    contact
        Contact person or address. Personal data: removed by
        :func:`stakeholder_map.privacy.redact`.
    notes
        Free notes; may mention people. Personal data.
    source
        Where the information comes from.
    assessed_on
        Date the scores were assessed.
    attributes
        The user's own attributes (custom columns such as ``"Regio"`` or
        ``"Budget"``), keyed by the header as written: yes/no, numbers, dates,
        texts or lists of texts. A name of a field (or its Dutch header) is not
        allowed.

    Examples
    --------
    >>> s = skm.Stakeholder(name="OCMW Gent", category="overheid", power=5, interest=4)
    >>> s.id
    'ocmw_gent'
    >>> s.power, s.attitude
    (5.0, None)
    >>> skm.Stakeholder(name="CLB", attributes={"Regio": "Noord"}).attributes
    {'Regio': 'Noord'}
    """

    model_config = _CONFIG

    id: StakeholderId = Field(
        description="Stable key used by relations, stakes, assessments and graph "
        "nodes; derived from the name when not given."
    )
    name: str = Field(min_length=1, description="Display name used in tables/plots.")
    short_name: str | None = Field(
        default=None, description="Short label for crowded plots, e.g. 'CLB'."
    )
    category: str | None = Field(
        default=None,
        description="Group the stakeholder belongs to, e.g. 'overheid', 'zorg', "
        "'onderwijs', 'ouders'.",
    )
    parent: StakeholderId | None = Field(
        default=None,
        description="The organisation this stakeholder is a unit of: a stakeholder "
        "id, or the name of an umbrella organisation that is not on the map.",
    )
    description: str | None = Field(default=None, description="What they are/do.")
    tags: tuple[str, ...] = Field(default=(), description="Free keywords.")
    power: Score | None = Field(
        default=None, description="Ability to influence the outcome (map's scale)."
    )
    interest: Score | None = Field(
        default=None, description="How much the outcome matters to them (scale)."
    )
    attitude: Attitude | None = Field(
        default=None,
        description="Support: -2 strongly opposed, 0 neutral, +2 strongly supportive.",
    )
    legitimacy: Score | None = Field(
        default=None, description="Legitimacy of their claim (Mitchell et al.)."
    )
    urgency: Score | None = Field(
        default=None, description="Urgency of their claim (Mitchell et al.)."
    )
    proximity: Score | None = Field(
        default=None, description="Closeness to the work (Bourne's Stakeholder Circle)."
    )
    engagement_current: EngagementLevel | None = Field(
        default=None, description="Current engagement level (PMBOK)."
    )
    engagement_desired: EngagementLevel | None = Field(
        default=None, description="Desired engagement level (PMBOK)."
    )
    participation: ParticipationLevel | None = Field(
        default=None, description="Recorded participation level (IAP2 spectrum)."
    )
    contact: str | None = Field(
        default=None,
        description="Contact person or address. Personal data.",
        json_schema_extra=_PERSONAL,
    )
    notes: str | None = Field(
        default=None,
        description="Free notes; may mention people. Personal data.",
        json_schema_extra=_PERSONAL,
    )
    source: str | None = Field(
        default=None, description="Where the information comes from."
    )
    assessed_on: dt.date | None = Field(
        default=None, description="Date the scores were assessed."
    )
    attributes: dict[str, AttributeValue] = _attributes_field()

    @model_validator(mode="before")
    @classmethod
    def _id_from_name(cls, data: Any) -> Any:
        return _derive_id(data)

    @property
    def display_name(self) -> str:
        """The short name when there is one, else the name.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> smap.get("ocmw").display_name
        'OCMW'
        """
        return self.short_name or self.name


class Interest(_Record):
    """A theme or issue at stake, e.g. "participatie van ouders".

    Parameters
    ----------
    id
        Stable key used by stakes; derived from ``name`` when not given.
    name
        Display name of the theme.
    description
        What is at stake.
    attributes
        The user's own attributes (custom columns), keyed by the header as
        written.

    Examples
    --------
    >>> skm.Interest(name="Participatie van ouders").id
    'participatie_van_ouders'
    """

    model_config = _CONFIG

    id: StakeholderId = Field(
        description="Stable key used by stakes; derived from the name when not given."
    )
    name: str = Field(min_length=1, description="Display name of the theme.")
    description: str | None = Field(default=None, description="What is at stake.")
    attributes: dict[str, AttributeValue] = _attributes_field()

    @model_validator(mode="before")
    @classmethod
    def _id_from_name(cls, data: Any) -> Any:
        return _derive_id(data)


class Stake(_Record):
    """One stakeholder's stance on one theme.

    Parameters
    ----------
    stakeholder_id
        The stakeholder.
    interest_id
        The theme (an :class:`Interest` id).
    position
        Stance on the theme: -2 strongly against .. +2 strongly in favour.
    importance
        How much the theme matters to them, on the map's scale.
    notes
        Free notes.
    attributes
        The user's own attributes (custom columns), keyed by the header as
        written.

    Examples
    --------
    >>> skm.Stake(stakeholder_id="ocmw", interest_id="participatie", position=1)
    Stake(stakeholder_id='ocmw', interest_id='participatie', position=1.0, ...)
    """

    model_config = _CONFIG

    stakeholder_id: StakeholderId = Field(description="The stakeholder.")
    interest_id: StakeholderId = Field(description="The theme (an Interest id).")
    position: Position | None = Field(
        default=None, description="Stance: -2 strongly against .. +2 strongly for."
    )
    importance: Score | None = Field(
        default=None, description="How much the theme matters to them (scale)."
    )
    notes: str | None = Field(default=None, description="Free notes.")
    attributes: dict[str, AttributeValue] = _attributes_field()


@functools.cache
def _builtin_kind_words() -> dict[str, RelationKind]:
    """Every accepted word of a built-in relation kind (normalised) -> the kind."""
    out: dict[str, RelationKind] = {}
    for word, value in i18n.CHOICE_WORDS.get("kind", {}).items():
        out[i18n.normalize(word)] = RelationKind(value)
    for kind in RelationKind:
        for lang in i18n.LANGUAGES:
            out.setdefault(i18n.normalize(i18n.label(kind.value, lang)), kind)
        out[kind.value] = kind
    return out


_KIND_BY_VALUE: dict[str, RelationKind] = {k.value: k for k in RelationKind}


def relation_kind(value: object) -> str:
    """Return the kind of a relation as stored: a built-in kind or the user's own.

    A word of one of the built-in kinds (its key, its English or Dutch name or a
    synonym such as ``"subsidie"``; case, accents and spaces do not matter)
    becomes that :class:`RelationKind`; any other word is the user's own kind,
    kept as written (stripped). An empty value is ``"other"``.

    Parameters
    ----------
    value
        The kind as given.

    Returns
    -------
    str
        A :class:`RelationKind` member or the text as written.

    Examples
    --------
    >>> from stakeholder_map.models import relation_kind
    >>> relation_kind("Financiering"), relation_kind("doorverwijzing")
    (<RelationKind.FUNDING: 'funding'>, 'doorverwijzing')
    """
    if isinstance(value, RelationKind):
        return value
    text_ = "" if value is None else str(value).strip()
    if not text_:
        return RelationKind.OTHER

    return _builtin_kind_words().get(i18n.normalize(text_), text_)


#: What the built-in kinds mean, unless the map declares otherwise: whether
#: relations of the kind are directed, their sign, and whether information flows
#: along them (:func:`stakeholder_map.analysis.information_flow`).
BUILTIN_KINDS: dict[str, dict[str, Any]] = {
    RelationKind.AUTHORITY: {"directed": True, "sign": 1, "information": False},
    RelationKind.FUNDING: {"directed": True, "sign": 1, "information": False},
    RelationKind.INFORMATION: {"directed": True, "sign": 1, "information": True},
    RelationKind.ADVICE: {"directed": True, "sign": 1, "information": False},
    RelationKind.COLLABORATION: {"directed": True, "sign": 1, "information": True},
    RelationKind.CONFLICT: {"directed": True, "sign": -1, "information": False},
    RelationKind.MEMBERSHIP: {"directed": True, "sign": 1, "information": False},
    RelationKind.OTHER: {"directed": True, "sign": 1, "information": False},
}
#: The defaults of a kind of the user's own that the map does not declare.
OWN_KIND_DEFAULTS: dict[str, Any] = {"directed": True, "sign": 1, "information": False}


class Relation(_Record):
    """A typed, weighted and (by default) directed tie between two stakeholders.

    ``kind`` is one of the built-in :class:`RelationKind` s (given by its key,
    its English or Dutch name or a synonym) or any word of the user's own, such
    as ``"doorverwijzing"`` (referral), kept as written; see
    :func:`relation_kind`. ``sign`` is +1 unless given, except for
    ``kind="conflict"``, where it defaults to -1; a map's ``kinds`` may declare
    the defaults of other kinds (:class:`RelationKindSpec`). An undirected
    relation (``directed=False``) is stored once and read in both directions by
    the analyses.

    Several relations may join the same two stakeholders when they differ in
    kind, channel or ``id``; an exact repeat is an error of the map.

    Parameters
    ----------
    source
        Id of the stakeholder the relation starts at.
    target
        Id of the stakeholder it points to.
    kind
        What the relation is about: a built-in :class:`RelationKind` or the
        user's own word; ``"other"`` when not given.
    weight
        Strength of the relation on the map's scale.
    directed
        False for a mutual relation.
    sign
        +1 for a positive tie, -1 for a negative one (e.g. conflict).
    channel
        Channel the relation runs through (a :class:`Channel`).
    frequency
        How often the relation is active (a :class:`Frequency`).
    notes
        Free notes.
    id
        Optional key that tells parallel relations of the same kind and channel
        apart (e.g. the ``ID`` of a Kumu connection).
    attributes
        The user's own attributes (custom columns), keyed by the header as
        written.

    Examples
    --------
    >>> r = skm.Relation(source="gemeente", target="ocmw", kind="funding", weight=4)
    >>> r.kind, r.sign, r.directed
    (<RelationKind.FUNDING: 'funding'>, 1, True)
    >>> skm.Relation(source="a", target="b", kind="conflict").sign
    -1
    >>> skm.Relation(source="cb", target="caw", kind="doorverwijzing").kind
    'doorverwijzing'
    """

    model_config = _CONFIG

    source: StakeholderId = Field(description="Id of the stakeholder it starts at.")
    target: StakeholderId = Field(description="Id of the stakeholder it points to.")
    kind: str = Field(
        default=RelationKind.OTHER,
        max_length=200,
        description="What the relation is about: a built-in kind (authority, "
        "funding, information, advice, collaboration, conflict, membership, "
        "other) or the user's own word, kept as written.",
    )
    weight: Score | None = Field(
        default=None, description="Strength of the relation on the map's scale."
    )
    directed: bool = Field(default=True, description="False for a mutual relation.")
    sign: Sign = Field(default=1, description="+1 positive, -1 negative.")
    channel: Channel | None = Field(
        default=None, description="Channel the relation runs through."
    )
    frequency: Frequency | None = Field(
        default=None, description="How often the relation is active."
    )
    notes: str | None = Field(default=None, description="Free notes.")
    id: str | None = Field(
        default=None,
        max_length=200,
        description="Key that tells parallel relations of the same kind and "
        "channel apart.",
    )
    attributes: dict[str, AttributeValue] = _attributes_field()

    @model_validator(mode="before")
    @classmethod
    def _kind_and_sign(cls, data: Any, info: ValidationInfo) -> Any:
        ctx = info.context  # `_ready`, inlined: this runs once per relation
        if not isinstance(data, dict) or (ctx and ctx.get(RELATIONS_READY) is True):
            return data
        given = data.get("kind")
        kind = relation_kind(given)
        conflict = kind == RelationKind.CONFLICT and data.get("sign") is None
        rid = data.get("id")
        clean_id = None if rid is None else str(rid).strip() or None
        # Copy only when something changes: most rows arrive as they are stored.
        if kind is not given or conflict or clean_id != rid:
            data = {**data, "kind": kind}
            if conflict:
                data["sign"] = -1
            if rid is not None:
                data["id"] = clean_id
        return data

    @field_validator("kind", mode="after")
    @classmethod
    def _builtin_kind(cls, value: str) -> str:
        # pydantic stores a str subclass as plain text: give back the enum member
        # (the before-validator has already turned every word of a built-in kind
        # into its member, so the stored value is looked up as it is)
        return _KIND_BY_VALUE.get(value, value)

    @property
    def key(self) -> str:
        """The key that tells parallel relations apart: kind, channel and id.

        ``kind``, ``kind/channel`` or either followed by ``#id``.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> smap.relations[0].key
        'funding'
        >>> skm.Relation(
        ...     source="a", target="b", kind="information", channel="email"
        ... ).key
        'information/email'
        """
        out = str(self.kind) if self.channel is None else f"{self.kind}/{self.channel}"
        return out if self.id is None else f"{out}#{self.id}"


class RelationKindSpec(BaseModel):
    """What a kind of relation means: the map's declaration of one kind.

    One row of the ``kinds`` (Dutch ``soorten``) sheet. A kind of the user's own
    (``"doorverwijzing"``) is directed, positive and carries no information
    unless declared otherwise; a built-in kind may be declared too, to change
    its defaults (see :data:`BUILTIN_KINDS`). A relation that gives ``directed``
    or ``sign`` itself keeps its own value.

    Parameters
    ----------
    name
        The kind, as the relations name it (built-in words map to the built-in
        kind, as in :func:`relation_kind`).
    label
        How figures and reports name the kind; the name when not given.
    directed
        Whether relations of this kind are directed.
    sign
        +1 for a positive tie, -1 for a negative one.
    information
        Whether information flows along relations of this kind
        (:func:`stakeholder_map.analysis.information_flow`).
    description
        What the kind means.

    Examples
    --------
    >>> spec = skm.RelationKindSpec(name="doorverwijzing", information=True)
    >>> spec.name, spec.information, spec.directed
    ('doorverwijzing', True, None)
    """

    model_config = _CONFIG

    name: str = Field(min_length=1, max_length=200, description="The kind.")
    label: str | None = Field(default=None, description="How figures name it.")
    directed: bool | None = Field(
        default=None, description="Whether relations of this kind are directed."
    )
    sign: Sign | None = Field(default=None, description="+1 positive, -1 negative.")
    information: bool | None = Field(
        default=None, description="Whether information flows along it."
    )
    description: str | None = Field(default=None, description="What it means.")

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip():
            return relation_kind(value)
        return value


class Assessment(_Record):
    """One rater's scores for one stakeholder on one date (e.g. in a workshop).

    Parameters
    ----------
    stakeholder_id
        The stakeholder rated.
    rater
        Who gave the scores.
    date
        When they were given.
    power
        Power, on the map's scale.
    interest
        Interest, on the map's scale.
    attitude
        Attitude, -2 .. +2.
    legitimacy
        Legitimacy, on the map's scale.
    urgency
        Urgency, on the map's scale.
    proximity
        Proximity, on the map's scale.
    confidence
        The rater's confidence in these scores, 0 .. 1.
    rationale
        Why these scores.
    attributes
        The user's own attributes (custom columns), keyed by the header as
        written.

    Examples
    --------
    >>> a = skm.Assessment(stakeholder_id="ocmw", rater="An", power=4, interest=5)
    >>> a.rater, a.power
    ('An', 4.0)
    """

    model_config = _CONFIG

    stakeholder_id: StakeholderId = Field(description="The stakeholder rated.")
    rater: str = Field(min_length=1, description="Who gave the scores.")
    date: dt.date | None = Field(default=None, description="When they were given.")
    power: Score | None = Field(default=None, description="Power (scale).")
    interest: Score | None = Field(default=None, description="Interest (scale).")
    attitude: Attitude | None = Field(default=None, description="Attitude -2..+2.")
    legitimacy: Score | None = Field(default=None, description="Legitimacy (scale).")
    urgency: Score | None = Field(default=None, description="Urgency (scale).")
    proximity: Score | None = Field(default=None, description="Proximity (scale).")
    confidence: float | None = Field(
        default=None, ge=0, le=1, description="Rater's confidence, 0..1."
    )
    rationale: str | None = Field(default=None, description="Why these scores.")
    attributes: dict[str, AttributeValue] = _attributes_field()


class Interaction(_Record):
    """A dated contact with a stakeholder, as logged by the team.

    One row of the ``interactions`` (Dutch ``contacten``) sheet: when it happened,
    through which channel, who started it, what it was about, who from our side
    took part, how it went and how the stakeholder felt about it (``sentiment``,
    -2 very negative .. +2 very positive, like ``attitude``).

    Parameters
    ----------
    stakeholder_id
        The stakeholder contacted.
    date
        When the contact took place.
    channel
        Channel of the contact (meeting, email, ...).
    direction
        Who started it: ``"outgoing"`` (we, the default), ``"incoming"`` (they)
        or ``"mutual"``.
    topic
        What it was about.
    interest_id
        The theme discussed (an :class:`Interest` id).
    by
        Who from our side took part. Personal data.
    outcome
        What came out of it (agreements, next steps).
    sentiment
        How the stakeholder felt: -2 very negative .. +2 very positive.
    notes
        Free notes; may mention people. Personal data.
    attributes
        The user's own attributes (custom columns), keyed by the header as
        written.

    Examples
    --------
    >>> i = skm.Interaction(
    ...     stakeholder_id="ocmw", date="2026-03-02", channel="meeting", sentiment=1
    ... )
    >>> i.date
    datetime.date(2026, 3, 2)
    >>> i.channel.value, i.direction.value, i.sentiment
    ('meeting', 'outgoing', 1.0)
    """

    model_config = _CONFIG

    stakeholder_id: StakeholderId = Field(description="The stakeholder contacted.")
    date: dt.date = Field(description="When the contact took place.")
    channel: Channel | None = Field(
        default=None, description="Channel of the contact (meeting, email, ...)."
    )
    direction: Direction = Field(
        default=Direction.OUTGOING,
        description="Who started it: outgoing (we), incoming (they) or mutual.",
    )
    topic: str | None = Field(default=None, description="What it was about.")
    interest_id: StakeholderId | None = Field(
        default=None, description="The theme discussed (an Interest id)."
    )
    by: str | None = Field(
        default=None,
        description="Who from our side took part. Personal data.",
        json_schema_extra=_PERSONAL,
    )
    outcome: str | None = Field(
        default=None, description="What came out of it (agreements, next steps)."
    )
    sentiment: Attitude | None = Field(
        default=None,
        description="How the stakeholder felt: -2 very negative .. +2 very positive.",
    )
    notes: str | None = Field(
        default=None,
        description="Free notes; may mention people. Personal data.",
        json_schema_extra=_PERSONAL,
    )
    attributes: dict[str, AttributeValue] = _attributes_field()


class CommunicationItem(_Record):
    """A planned message: what to tell a stakeholder, how, how often, by whom.

    One row of the ``communication`` (Dutch ``communicatie``) sheet. An item is
    for one stakeholder (``stakeholder_id``) or for every stakeholder of a
    ``category``; give exactly one of the two. Planned items beat the default
    rules of :func:`stakeholder_map.analysis.communication_plan`, and an item for
    a stakeholder beats one for its category.

    Parameters
    ----------
    stakeholder_id
        The stakeholder the item is for.
    category
        A stakeholder category the item is for (instead of one id).
    channel
        Channel to use.
    frequency
        How often to make contact through it.
    message
        The key message.
    participation
        Intended participation level (IAP2 spectrum).
    owner
        Who on our side carries it out. Personal data.
    start
        Date from which contacts are due.
    notes
        Free notes.
    attributes
        The user's own attributes (custom columns), keyed by the header as
        written.

    Examples
    --------
    >>> item = skm.CommunicationItem(
    ...     stakeholder_id="oudergroep", channel="in_person", frequency="monthly"
    ... )
    >>> item.channel, item.frequency
    (<Channel.IN_PERSON: 'in_person'>, <Frequency.MONTHLY: 'monthly'>)
    >>> skm.CommunicationItem(channel="email")
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error ...
    A communication item needs exactly one of ...
    ...
    """

    model_config = _CONFIG

    stakeholder_id: StakeholderId | None = Field(
        default=None, description="The stakeholder the item is for."
    )
    category: str | None = Field(
        default=None,
        description="A stakeholder category the item is for (instead of one id).",
    )
    channel: Channel | None = Field(default=None, description="Channel to use.")
    frequency: Frequency | None = Field(
        default=None, description="How often to make contact through it."
    )
    message: str | None = Field(default=None, description="The key message.")
    participation: ParticipationLevel | None = Field(
        default=None, description="Intended participation level (IAP2 spectrum)."
    )
    owner: str | None = Field(
        default=None,
        description="Who on our side carries it out. Personal data.",
        json_schema_extra=_PERSONAL,
    )
    start: dt.date | None = Field(
        default=None, description="Date from which contacts are due."
    )
    notes: str | None = Field(default=None, description="Free notes.")
    attributes: dict[str, AttributeValue] = _attributes_field()

    @model_validator(mode="after")
    def _one_target(self) -> Self:
        if (self.stakeholder_id is None) == (self.category is None):
            msg = (
                "A communication item needs exactly one of `stakeholder_id` and "
                f"`category`, but got stakeholder_id={self.stakeholder_id!r} and "
                f"category={self.category!r}."
            )
            raise ValueError(msg)
        return self


class Segment(_Record):
    """A target group whose voice the work needs, e.g. parents of young children.

    Used by :func:`stakeholder_map.analysis.representation`. A stakeholder
    represents a segment when it is listed in ``stakeholder_ids``, when its
    category is one of ``categories``, or when it carries one of ``tags``. A
    segment that no stakeholder represents is not an error: it is exactly what
    the representation audit is meant to show.

    Parameters
    ----------
    id
        Stable key of the segment; derived from ``name`` when not given.
    name
        Display name of the target group.
    description
        Who belongs to it.
    stakeholder_ids
        Stakeholders that speak for this group.
    categories
        Stakeholder categories that speak for this group.
    tags
        Stakeholder tags that mark its representatives.
    min_stakeholders
        Number of representatives the group needs to count as represented
        (at least 1).
    attributes
        The user's own attributes (custom columns), keyed by the header as
        written.

    Examples
    --------
    >>> seg = skm.Segment(name="Gezinnen in armoede", tags=["armoede"])
    >>> seg.id, seg.min_stakeholders
    ('gezinnen_in_armoede', 1)
    """

    model_config = _CONFIG

    id: StakeholderId = Field(
        description="Stable key of the segment; derived from the name when not given."
    )
    name: str = Field(min_length=1, description="Display name of the target group.")
    description: str | None = Field(default=None, description="Who belongs to it.")
    stakeholder_ids: tuple[StakeholderId, ...] = Field(
        default=(), description="Stakeholders that speak for this group."
    )
    categories: tuple[str, ...] = Field(
        default=(), description="Stakeholder categories that speak for this group."
    )
    tags: tuple[str, ...] = Field(
        default=(), description="Stakeholder tags that mark its representatives."
    )
    min_stakeholders: int = Field(
        default=1,
        ge=1,
        description="Representatives the group needs to count as represented.",
    )
    attributes: dict[str, AttributeValue] = _attributes_field()

    @model_validator(mode="before")
    @classmethod
    def _id_from_name(cls, data: Any) -> Any:
        return _derive_id(data)


class MapProblem(NamedTuple):
    """One violated rule in a map: where it is and what is wrong."""

    collection: str
    """``stakeholders``, ``relations``, ``interests``, ``stakes``, ``assessments``,
    ``interactions``, ``communication`` or ``segments``."""
    index: int  # type: ignore[assignment]
    """Position of the offending object in its collection (0-based)."""
    field: str
    """The field that holds the problem."""
    value: Any
    """The offending value."""
    problem: str
    """What is wrong, in English."""
    key: str
    """Message key in :mod:`stakeholder_map.i18n`, for translation."""
    params: dict[str, Any]
    """Values the message is built from."""


class StakeholderMap(BaseModel):
    """A validated stakeholder map: the single source of truth for every analysis.

    Collections accept lists or tuples and are stored as tuples. The map checks, at
    once, every rule that spans objects: unique stakeholder and theme ids; relations,
    stakes, assessments and parents that name known ids; no relation from a
    stakeholder to itself; no duplicate relation, stake or assessment; and every
    score inside the declared :class:`Scale`. All violations are raised together in
    one :class:`pydantic.ValidationError`.

    Parameters
    ----------
    name
        Title of the map.
    description
        What the map is for.
    scale
        The rating scale: a :class:`Scale` or a pair such as ``(1, 5)``
        (the default) or ``(0, 10)``.
    language
        Language of the map's texts, ``"en"`` (default) or ``"nl"``; plots and
        reports use it unless told otherwise.
    date
        Date of the map (a snapshot date when comparing maps over time).
    stakeholders
        The :class:`Stakeholder` objects.
    relations
        :class:`Relation` objects between stakeholders.
    kinds
        Declarations of relation kinds (:class:`RelationKindSpec`): whether
        relations of a kind are directed, their sign, whether information flows
        along them. Optional; the user's own kinds need none.
    interests
        Themes or issues at stake (:class:`Interest`).
    stakes
        Stakeholders' stances on themes (:class:`Stake`).
    assessments
        Scores given by individual raters (:class:`Assessment`).
    interactions
        Logged contacts with stakeholders (:class:`Interaction`).
    communication
        Planned communication, the communication plan (:class:`CommunicationItem`).
    segments
        Target groups for the representation audit (:class:`Segment`).
    attributes
        The map's own attributes of the user's (keys of their own in the
        ``meta`` sheet), keyed as written.
    words
        Words of one's own the map was read with, from a ``woorden``/``words``
        sheet: ``(kind, word, meaning)`` rows such as ``("scores", "heel veel",
        "1")``. A reader applies them to that file only; the workbook writer
        writes them back as that sheet. See :mod:`stakeholder_map.vocabulary`.

    Examples
    --------
    >>> smap = skm.StakeholderMap(
    ...     name="Demo",
    ...     stakeholders=[
    ...         skm.Stakeholder(id="a", name="A", power=5, interest=2),
    ...         skm.Stakeholder(id="b", name="B", power=1, interest=4),
    ...     ],
    ...     relations=[skm.Relation(source="a", target="b", kind="information")],
    ... )
    >>> smap.ids
    ('a', 'b')
    >>> smap.get("b").name
    'B'
    """

    model_config = _CONFIG

    name: str = Field(default="Stakeholder map", description="Title of the map.")
    description: str | None = Field(default=None, description="What the map is for.")
    scale: Scale = Field(default_factory=Scale, description="The rating scale.")
    language: Language = Field(
        default=Language.EN, description="Language of the map's texts (en or nl)."
    )
    date: dt.date | None = Field(default=None, description="Date of the map.")
    stakeholders: tuple[Stakeholder, ...] = Field(
        default=(), description="The stakeholders."
    )
    relations: tuple[Relation, ...] = Field(
        default=(), description="Relations between stakeholders."
    )
    kinds: tuple[RelationKindSpec, ...] = Field(
        default=(), description="Declarations of relation kinds."
    )
    interests: tuple[Interest, ...] = Field(
        default=(), description="Themes or issues at stake."
    )
    stakes: tuple[Stake, ...] = Field(
        default=(), description="Stakeholders' stances on themes."
    )
    assessments: tuple[Assessment, ...] = Field(
        default=(), description="Scores given by individual raters."
    )
    interactions: tuple[Interaction, ...] = Field(
        default=(), description="Logged contacts with stakeholders."
    )
    communication: tuple[CommunicationItem, ...] = Field(
        default=(), description="Planned communication (the communication plan)."
    )
    segments: tuple[Segment, ...] = Field(
        default=(), description="Target groups for the representation audit."
    )
    attributes: dict[str, AttributeValue] = Field(
        default_factory=dict,
        description="The map's own attributes (keys of the user's own in the meta "
        "sheet), keyed as written.",
    )
    words: tuple[tuple[str, str, str], ...] = Field(
        default=(),
        description="Words of one's own that the map was read with (its words "
        "sheet): (kind of word, word, meaning) as written; see "
        "stakeholder_map.vocabulary.",
    )

    @field_validator("attributes", mode="before")
    @classmethod
    def _attributes(cls, value: Any) -> Any:
        return _clean_attributes(cls, value)

    @field_validator("words", mode="before")
    @classmethod
    def _words(cls, value: Any) -> Any:
        # A YAML or JSON map may give a meaning as a number or yes/no (1, true).
        if not isinstance(value, list | tuple):
            return value
        return [
            [_word_text(cell) for cell in row] if isinstance(row, list | tuple) else row
            for row in value
        ]

    @model_validator(mode="before")
    @classmethod
    def _kind_defaults(cls, data: Any, info: ValidationInfo) -> Any:
        """Give relations the defaults their kind declares, one spelling per kind."""
        if not isinstance(data, dict) or _ready(info, KINDS_READY):
            return data
        relations = data.get("relations")
        if not relations or not isinstance(relations, list | tuple):
            return data
        return {**data, "relations": _apply_kinds(relations, data.get("kinds") or ())}

    @model_validator(mode="after")
    def _check_references(self) -> Self:
        problems = collect_problems(self)
        if problems:
            lines = [f"- {p.problem}" for p in problems]
            head = f"The stakeholder map has {len(problems)} problem(s):"
            raise ValueError("\n".join([head, *lines]))
        _freeze(self)
        return self

    @property
    def ids(self) -> tuple[str, ...]:
        """The stakeholder ids, in order.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> smap.ids[:3]
        ('huis_van_het_kind', 'stuurgroep', 'werkgroep_ouderparticipatie')
        """
        return tuple(s.id for s in self.stakeholders)

    def get(self, stakeholder_id: str) -> Stakeholder:
        """Return the stakeholder with this id.

        Parameters
        ----------
        stakeholder_id
            The id to look up.

        Returns
        -------
        Stakeholder
            The stakeholder.

        Raises
        ------
        UnknownStakeholderError
            When no stakeholder has this id.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> smap.get("ocmw").category
        'overheid'
        """
        for s in self.stakeholders:
            if s.id == stakeholder_id:
                return s
        from stakeholder_map.exceptions import UnknownStakeholderError

        raise UnknownStakeholderError(stakeholder_id, self.ids)

    @property
    def relation_kinds(self) -> dict[str, RelationKindSpec]:
        """Every kind the map's relations use or its ``kinds`` declare, resolved.

        Each kind's declaration with its defaults filled in: a declared value
        first, then the built-in meaning (:data:`BUILTIN_KINDS`), then the
        defaults of a kind of the user's own (directed, positive, no
        information). Kinds are listed in the order they first appear.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> kinds = smap.relation_kinds
        >>> kinds["information"].information, kinds["doorverwijzing"].label
        (True, 'Doorverwijzing')
        """
        declared = {str(k.name): k for k in self.kinds}
        names = list(dict.fromkeys([*(str(r.kind) for r in self.relations), *declared]))
        out: dict[str, RelationKindSpec] = {}
        for name in names:
            base = BUILTIN_KINDS.get(name, OWN_KIND_DEFAULTS)
            spec = declared.get(name)
            given = spec.model_dump(exclude_none=True) if spec is not None else {}
            out[name] = RelationKindSpec.model_construct(
                name=name,
                label=given.get("label"),
                directed=given.get("directed", base["directed"]),
                sign=given.get("sign", base["sign"]),
                information=given.get("information", base["information"]),
                description=given.get("description"),
            )
        return out

    def __len__(self) -> int:
        """Return the number of stakeholders."""
        return len(self.stakeholders)

    def __iter__(self) -> Iterator[Stakeholder]:  # type: ignore[override]
        """Iterate over the stakeholders."""
        return iter(self.stakeholders)

    def __repr__(self) -> str:
        """Return one line with the name and the counts, not every field."""
        show = _DISPLAY.get("text")
        return super().__repr__() if show is None else show(self)

    def __str__(self) -> str:
        """Return the same line as ``repr``."""
        return self.__repr__()

    def _repr_html_(self) -> str | None:
        """Return the compact HTML summary that Jupyter shows.

        ``None`` (Jupyter then shows the ``repr``) if no HTML display is
        registered, which :mod:`stakeholder_map` does on import.
        """
        show = _DISPLAY.get("html")
        return None if show is None else show(self)


def _freeze(smap: StakeholderMap) -> None:
    """Make the dicts a map holds (own attributes, scale labels) immutable.

    With them the whole map is frozen, so what is computed from it (its graph)
    can be kept. A record's ``attributes`` are swapped for an equal
    :class:`~stakeholder_map._types.FrozenDict` in place: the record is frozen,
    and the value does not change.
    """
    labels = smap.scale.labels
    if labels is not None and type(labels) is not FrozenDict:
        smap.scale.__dict__["labels"] = FrozenDict(labels)
    for name in _RECORD_FIELDS:
        for record in getattr(smap, name):
            attrs = record.__dict__.get("attributes")
            if attrs is not None and type(attrs) is not FrozenDict:
                record.__dict__["attributes"] = FrozenDict(attrs) if attrs else EMPTY


#: The map's collections whose records may carry their own ``attributes``.
_RECORD_FIELDS = (
    "stakeholders",
    "relations",
    "interests",
    "stakes",
    "assessments",
    "interactions",
    "communication",
    "segments",
)

#: How a map shows itself: ``"text"`` for ``repr`` and ``"html"`` for Jupyter.
#: The display module (``stakeholder_map._repr``, a layer above the analyses it
#: calls) registers its functions here when it is imported, as pandas registers
#: its formatters, so that this module never imports the layers above it.
_DISPLAY: dict[str, Callable[[StakeholderMap], str]] = {}


def register_display(kind: str, func: Callable[[StakeholderMap], str]) -> None:
    """Register how maps show themselves in a console or a notebook.

    Parameters
    ----------
    kind
        ``"text"`` (``repr`` and ``str``) or ``"html"`` (``_repr_html_``).
    func
        Takes the map and returns the text or the HTML fragment; replaces the
        one registered before.

    Raises
    ------
    ValueError
        If `kind` is neither ``"text"`` nor ``"html"``.

    Examples
    --------
    >>> from stakeholder_map._repr import map_html
    >>> from stakeholder_map.models import register_display
    >>> register_display("html", map_html)  # what importing the package does
    """
    if kind not in ("text", "html"):
        msg = f"`kind` must be one of ['text', 'html'], but {kind!r} was passed."
        raise ValueError(msg)
    _DISPLAY[kind] = func


def _apply_kinds(relations: Iterable[Any], kinds: Iterable[Any]) -> list[Any]:
    """Fill each relation's ``directed`` and ``sign`` from its kind's declaration.

    Only where the relation does not give them itself. Kinds of the user's own
    that differ only in case, accents or spacing (``Doorverwijzing``,
    ``doorverwijzing``) take the spelling of the declaration, else of their first
    use, so they are one kind.
    """
    spelling: dict[str, str] = {}
    declared: dict[str, dict[str, Any]] = {}
    for k in kinds:
        spec = k.model_dump() if isinstance(k, BaseModel) else k
        if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
            continue
        name = relation_kind(spec["name"])
        spelling.setdefault(i18n.normalize(name), name)
        declared[name] = spec
    out: list[Any] = []
    for r in relations:
        if isinstance(r, Relation):
            kind, given = r.kind, r.model_fields_set
        elif isinstance(r, dict):
            kind = relation_kind(r.get("kind"))
            given = {f for f, v in r.items() if v is not None}
        else:
            out.append(r)
            continue
        if not isinstance(kind, RelationKind):
            kind = spelling.setdefault(i18n.normalize(kind), kind)
        update: dict[str, Any] = {}
        if isinstance(r, dict) or kind != r.kind:
            update["kind"] = kind
        spec = declared.get(kind)
        if spec is not None:
            for fld in ("directed", "sign"):
                if spec.get(fld) is not None and fld not in given:
                    update[fld] = spec[fld]
        if not update:
            out.append(r)
        elif isinstance(r, Relation):
            out.append(r.model_copy(update=update))
        else:
            out.append({**r, **update})
    return out


def _fmt(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else repr(value)


def collect_problems(
    smap: StakeholderMap | None = None,
    *,
    scale: Scale | None = None,
    stakeholders: Iterable[Stakeholder] = (),
    relations: Iterable[Relation] = (),
    kinds: Iterable[RelationKindSpec] = (),
    interests: Iterable[Interest] = (),
    stakes: Iterable[Stake] = (),
    assessments: Iterable[Assessment] = (),
    interactions: Iterable[Interaction] = (),
    communication: Iterable[CommunicationItem] = (),
    segments: Iterable[Segment] = (),
) -> list[MapProblem]:
    """Check every cross-object rule and return all violations.

    Used by :class:`StakeholderMap` and by the readers, which translate the
    positions into spreadsheet rows. Pass a map, or its parts as keywords.
    """
    if smap is not None:
        scale = smap.scale
        stakeholders, relations = smap.stakeholders, smap.relations
        kinds = smap.kinds
        interests, stakes, assessments = smap.interests, smap.stakes, smap.assessments
        interactions, communication = smap.interactions, smap.communication
        segments = smap.segments
    scale = scale or Scale()
    stakeholders, relations = list(stakeholders), list(relations)
    interests, stakes, assessments = list(interests), list(stakes), list(assessments)
    problems: list[MapProblem] = []

    def add(
        coll: str, i: int, fld: str, value: Any, key: str, text: str, /, **params: Any
    ) -> None:
        problems.append(MapProblem(coll, i, fld, value, text, key, params))

    ids = [s.id for s in stakeholders]
    known = set(ids)
    counts = Counter(ids)
    seen: set[str] = set()
    lo, hi = scale.min, scale.max
    rng = f"{lo:g}..{hi:g}"
    # Each loop below names every violation of its collection; a whole-column
    # check first skips the loop of a collection that has none (most maps).
    clean = len(known) == len(ids) and _on_scale(
        stakeholders, STAKEHOLDER_SCORES, lo, hi
    )
    if clean:
        parents = attrgetter("parent", "id")
        clean = not any(p == i for p, i in map(parents, stakeholders))
    for i, s in enumerate(() if clean else stakeholders):
        if counts[s.id] > 1 and s.id in seen:
            add(
                "stakeholders",
                i,
                "id",
                s.id,
                "duplicate_id",
                f"Stakeholder id {s.id!r} is used more than once; every stakeholder "
                "needs its own id.",
                id=s.id,
            )
        seen.add(s.id)
        for f in STAKEHOLDER_SCORES:
            v = getattr(s, f)
            if v is not None and not lo <= v <= hi:
                add(
                    "stakeholders",
                    i,
                    f,
                    v,
                    "out_of_scale",
                    f"Stakeholder {s.id!r}: `{f}` must lie on the map's scale {rng}, "
                    f"but is {_fmt(v)}.",
                    id=s.id,
                    field=f,
                    value=v,
                    scale=rng,
                )
        if s.parent == s.id:
            add(
                "stakeholders",
                i,
                "parent",
                s.parent,
                "self_parent",
                f"Stakeholder {s.id!r} cannot be its own `parent`.",
                id=s.id,
            )

    seen_rel: set[tuple[str, str, str, str | None, str | None]] = set()
    keys = list(map(attrgetter("source", "target", "kind", "channel", "id"), relations))
    sources, targets = list(map(itemgetter(0), keys)), list(map(itemgetter(1), keys))
    clean = (
        len(set(keys)) == len(keys)
        and known.issuperset(sources)
        and known.issuperset(targets)
        and not any(map(operator.eq, sources, targets))
        and _on_scale(relations, ("weight",), lo, hi)
    )
    for i, r in enumerate(() if clean else relations):
        for f in ("source", "target"):
            v = getattr(r, f)
            if v not in known:
                add(
                    "relations",
                    i,
                    f,
                    v,
                    "unknown_id",
                    f"Relation {i + 1}: `{f}` names unknown stakeholder {v!r}.",
                    id=v,
                    field=f,
                )
        if r.source == r.target:
            add(
                "relations",
                i,
                "target",
                r.target,
                "self_relation",
                f"Relation {i + 1} goes from {r.source!r} to itself.",
                id=r.source,
            )
        key = (r.source, r.target, str(r.kind), r.channel, r.id)
        if key in seen_rel:
            add(
                "relations",
                i,
                "kind",
                str(r.kind),
                "duplicate_relation",
                f"Relation {i + 1} ({r.source!r} -> {r.target!r}, {r.kind}) "
                "repeats an earlier relation with the same kind, channel and id; "
                "give parallel relations a different kind, channel or id.",
                source=r.source,
                target=r.target,
                kind=str(r.kind),
            )
        seen_rel.add(key)
        if r.weight is not None and not lo <= r.weight <= hi:
            add(
                "relations",
                i,
                "weight",
                r.weight,
                "out_of_scale",
                f"Relation {i + 1}: `weight` must lie on the map's scale {rng}, "
                f"but is {_fmt(r.weight)}.",
                id=f"{r.source}->{r.target}",
                field="weight",
                value=r.weight,
                scale=rng,
            )

    seen_kinds: set[str] = set()
    for i, spec in enumerate(kinds):
        kind_key = i18n.normalize(spec.name)
        if kind_key in seen_kinds:
            add(
                "kinds",
                i,
                "name",
                spec.name,
                "duplicate_kind",
                f"The relation kind {spec.name!r} is declared more than once.",
                kind=spec.name,
            )
        seen_kinds.add(kind_key)

    interest_ids = [t.id for t in interests]
    known_interests = set(interest_ids)
    tcounts = Counter(interest_ids)
    seen = set()
    for i, t in enumerate(interests):
        if tcounts[t.id] > 1 and t.id in seen:
            add(
                "interests",
                i,
                "id",
                t.id,
                "duplicate_id",
                f"Theme id {t.id!r} is used more than once.",
                id=t.id,
            )
        seen.add(t.id)

    seen_stake: set[tuple[str, str]] = set()
    for i, k in enumerate(stakes):
        if k.stakeholder_id not in known:
            add(
                "stakes",
                i,
                "stakeholder_id",
                k.stakeholder_id,
                "unknown_id",
                f"Stake {i + 1}: `stakeholder_id` names unknown stakeholder "
                f"{k.stakeholder_id!r}.",
                id=k.stakeholder_id,
                field="stakeholder_id",
            )
        if k.interest_id not in known_interests:
            add(
                "stakes",
                i,
                "interest_id",
                k.interest_id,
                "unknown_interest",
                f"Stake {i + 1}: `interest_id` names unknown theme {k.interest_id!r}.",
                id=k.interest_id,
            )
        pair = (k.stakeholder_id, k.interest_id)
        if pair in seen_stake:
            add(
                "stakes",
                i,
                "interest_id",
                k.interest_id,
                "duplicate_stake",
                f"Stake {i + 1} repeats the stance of {k.stakeholder_id!r} on "
                f"{k.interest_id!r}.",
                id=k.stakeholder_id,
                interest=k.interest_id,
            )
        seen_stake.add(pair)
        if k.importance is not None and not lo <= k.importance <= hi:
            add(
                "stakes",
                i,
                "importance",
                k.importance,
                "out_of_scale",
                f"Stake {i + 1}: `importance` must lie on the map's scale {rng}, "
                f"but is {_fmt(k.importance)}.",
                id=k.stakeholder_id,
                field="importance",
                value=k.importance,
                scale=rng,
            )

    seen_ass: set[tuple[str, str, dt.date | None]] = set()
    for i, a in enumerate(assessments):
        if a.stakeholder_id not in known:
            add(
                "assessments",
                i,
                "stakeholder_id",
                a.stakeholder_id,
                "unknown_id",
                f"Assessment {i + 1}: `stakeholder_id` names unknown stakeholder "
                f"{a.stakeholder_id!r}.",
                id=a.stakeholder_id,
                field="stakeholder_id",
            )
        trio = (a.stakeholder_id, a.rater, a.date)
        if trio in seen_ass:
            add(
                "assessments",
                i,
                "rater",
                a.rater,
                "duplicate_assessment" if a.date else "duplicate_assessment_undated",
                f"Assessment {i + 1} repeats {a.rater!r}'s scores for "
                f"{a.stakeholder_id!r} "
                + (f"on {a.date}." if a.date else "(both without a date)."),
                id=a.stakeholder_id,
                rater=a.rater,
                date=str(a.date),
            )
        seen_ass.add(trio)
        for f in ASSESSMENT_SCORES:
            v = getattr(a, f)
            if v is not None and not lo <= v <= hi:
                add(
                    "assessments",
                    i,
                    f,
                    v,
                    "out_of_scale",
                    f"Assessment {i + 1} ({a.rater!r} on {a.stakeholder_id!r}): "
                    f"`{f}` must lie on the map's scale {rng}, but is {_fmt(v)}.",
                    id=a.stakeholder_id,
                    field=f,
                    value=v,
                    scale=rng,
                )
    _check_communication(
        add,
        known=known,
        known_interests=known_interests,
        categories={s.category for s in stakeholders if s.category is not None},
        interactions=list(interactions),
        communication=list(communication),
        segments=list(segments),
    )
    return problems


def _on_scale(rows: Sequence[Any], fields: Sequence[str], lo: float, hi: float) -> bool:
    """Say whether every given score of these fields lies on ``lo..hi``."""
    get: Callable[[Any], Any] = attrgetter(*fields)
    values: list[float]
    if len(fields) == 1:
        values = [v for v in map(get, rows) if v is not None]
    else:
        values = [v for vals in map(get, rows) for v in vals if v is not None]
    if not values:
        return True
    total = sum(values)  # NaN (only from a model built without validation)
    return total == total and lo <= min(values) and max(values) <= hi


def _check_communication(
    add: Any,
    *,
    known: set[str],
    known_interests: set[str],
    categories: set[str | None],
    interactions: list[Interaction],
    communication: list[CommunicationItem],
    segments: list[Segment],
) -> None:
    """Check the references of interactions, planned items and segments."""
    for i, c in enumerate(interactions):
        if c.stakeholder_id not in known:
            add(
                "interactions",
                i,
                "stakeholder_id",
                c.stakeholder_id,
                "unknown_id",
                f"Interaction {i + 1}: `stakeholder_id` names unknown stakeholder "
                f"{c.stakeholder_id!r}.",
                id=c.stakeholder_id,
                field="stakeholder_id",
            )
        if c.interest_id is not None and c.interest_id not in known_interests:
            add(
                "interactions",
                i,
                "interest_id",
                c.interest_id,
                "unknown_interest",
                f"Interaction {i + 1}: `interest_id` names unknown theme "
                f"{c.interest_id!r}.",
                id=c.interest_id,
            )
    for i, item in enumerate(communication):
        if item.stakeholder_id is not None and item.stakeholder_id not in known:
            add(
                "communication",
                i,
                "stakeholder_id",
                item.stakeholder_id,
                "unknown_id",
                f"Communication item {i + 1}: `stakeholder_id` names unknown "
                f"stakeholder {item.stakeholder_id!r}.",
                id=item.stakeholder_id,
                field="stakeholder_id",
            )
        if item.category is not None and item.category not in categories:
            add(
                "communication",
                i,
                "category",
                item.category,
                "unknown_category",
                f"Communication item {i + 1}: `category` {item.category!r} is not "
                "the category of any stakeholder.",
                category=item.category,
                known=sorted(c for c in categories if c is not None),
            )
    seg_counts = Counter(g.id for g in segments)
    seen: set[str] = set()
    for i, g in enumerate(segments):
        if seg_counts[g.id] > 1 and g.id in seen:
            add(
                "segments",
                i,
                "id",
                g.id,
                "duplicate_id",
                f"Segment id {g.id!r} is used more than once.",
                id=g.id,
            )
        seen.add(g.id)
        for sid in g.stakeholder_ids:
            if sid not in known:
                add(
                    "segments",
                    i,
                    "stakeholder_ids",
                    sid,
                    "unknown_id",
                    f"Segment {g.id!r}: `stakeholder_ids` names unknown "
                    f"stakeholder {sid!r}.",
                    id=sid,
                    field="stakeholder_ids",
                )


def personal_data_fields(model: type[BaseModel] = Stakeholder) -> tuple[str, ...]:
    """Return the fields of a model that are marked as personal data.

    Parameters
    ----------
    model
        The model class to inspect.

    Returns
    -------
    tuple of str
        Field names whose schema carries ``personal_data: true``.

    Examples
    --------
    >>> from stakeholder_map.models import personal_data_fields
    >>> personal_data_fields()
    ('contact', 'notes')
    """
    out = []
    for name, info in model.model_fields.items():
        extra = info.json_schema_extra
        if isinstance(extra, dict) and extra.get("personal_data"):
            out.append(name)
    return tuple(out)
