"""Communication records: logged contacts, planned items and target groups.

Holds :class:`Interaction` (a dated contact), :class:`CommunicationItem` (a planned
message, channel and frequency) and :class:`Segment` (a target group for the
representation audit). Layer: models. May import pydantic, the standard library and
the foundation (``_types``, ``i18n``) and the modules of this package below it
(``_attributes``, ``_base``); never pandas, networkx or matplotlib.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Self

from pydantic import Field, model_validator

from stakeholder_map._types import (
    Attitude,
    AttributeValue,
    Channel,
    Direction,
    Frequency,
    ParticipationLevel,
    StakeholderId,
)
from stakeholder_map.models._attributes import _attributes_field
from stakeholder_map.models._base import _CONFIG, _PERSONAL, _derive_id, _Record


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
