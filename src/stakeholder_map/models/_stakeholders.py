"""The stakeholders and how they are scored: stakeholders, themes, stakes, assessments.

Holds :class:`Stakeholder`, :class:`Interest` (a theme), :class:`Stake` (what a
stakeholder has at stake in a theme), :class:`Assessment` (one rater's scores on one
date) and :func:`personal_data_fields`. Layer: models. May import pydantic, the
standard library and the foundation (``_types``, ``i18n``) and the modules of this
package below it (``_attributes``, ``_base``); never pandas, networkx or matplotlib.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field, model_validator

from stakeholder_map._types import (
    Attitude,
    AttributeValue,
    EngagementLevel,
    ParticipationLevel,
    Position,
    Score,
    StakeholderId,
)
from stakeholder_map.models._attributes import _attributes_field, _reserve_names
from stakeholder_map.models._base import _CONFIG, _PERSONAL, _derive_id, _Record


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


def _stakeholder_keys(out: dict[str, str]) -> None:
    # Keys the graph files use for themselves (GraphML/GEXF labels).
    out.setdefault("label", "name")


_reserve_names(Stakeholder, _stakeholder_keys)


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
