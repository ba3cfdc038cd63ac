"""The map: :class:`StakeholderMap`, the single source of truth, and how it shows.

Holds :class:`StakeholderMap` (its collections, the cross-object validation, the
lookups), the freezing of the dicts it holds and :func:`register_display`, through
which a display from a layer above registers itself. Layer: models. May import
pydantic, the standard library and the foundation (``_types``, ``i18n``) and every
other module of this package; never pandas, networkx or matplotlib.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any, Self

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from stakeholder_map import i18n
from stakeholder_map._types import EMPTY, AttributeValue, FrozenDict, Language
from stakeholder_map.models._attributes import _clean_attributes, _reserve_names
from stakeholder_map.models._base import _CONFIG, KINDS_READY, _ready
from stakeholder_map.models._communication import (
    CommunicationItem,
    Interaction,
    Segment,
)
from stakeholder_map.models._relations import (
    BUILTIN_KINDS,
    OWN_KIND_DEFAULTS,
    Relation,
    RelationKindSpec,
    _apply_kinds,
)
from stakeholder_map.models._rules import collect_problems
from stakeholder_map.models._scale import Scale
from stakeholder_map.models._stakeholders import (
    Assessment,
    Interest,
    Stake,
    Stakeholder,
)


def _word_text(value: Any) -> Any:
    """Return a cell of a words row as text: ``1.0`` is ``"1"``, True ``"true"``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)
    return value


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


def _map_keys(out: dict[str, str]) -> None:
    # The meta sheet's keys.
    for key, aliases in i18n.META_KEY_ALIASES.items():
        for alias in (key, *aliases):
            out.setdefault(i18n.normalize(alias), key)
    for key, nl in i18n.META_KEYS_NL.items():
        out.setdefault(i18n.normalize(nl), key)


_reserve_names(StakeholderMap, _map_keys)


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
