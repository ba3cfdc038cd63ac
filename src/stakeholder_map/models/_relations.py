"""Relations between stakeholders and their kinds.

Holds :class:`Relation`, :class:`RelationKindSpec` (a map's declaration of a kind),
:func:`relation_kind` (a word to a built-in kind or the user's own), the defaults of
each kind (:data:`BUILTIN_KINDS`) and ``_apply_kinds``, which fills a relation's
direction and sign from its kind. Layer: models. May import pydantic, the standard
library and the foundation (``_types``, ``i18n``) and the modules of this package
below it (``_attributes``, ``_base``); never pandas, networkx or matplotlib.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from stakeholder_map import i18n
from stakeholder_map._types import (
    AttributeValue,
    Channel,
    Frequency,
    RelationKind,
    Score,
    Sign,
    StakeholderId,
)
from stakeholder_map.models._attributes import _attributes_field, _reserve_names
from stakeholder_map.models._base import _CONFIG, RELATIONS_READY, _Record


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


def _relation_keys(out: dict[str, str]) -> None:
    # Keys the graph files use for themselves (GraphML/GEXF labels, the edge's
    # position and key in a multigraph).
    out.setdefault("van", "source")
    for key in ("order", "key", "label", "relation_id"):
        out.setdefault(key, key)


_reserve_names(Relation, _relation_keys)


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
