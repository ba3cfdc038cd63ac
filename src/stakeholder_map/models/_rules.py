"""The rules that span several objects of a map, checked all at once.

Holds :func:`collect_problems` (unique ids, known references, scores inside the
scale, the communication records' references) and :class:`MapProblem`, one
violation. :class:`StakeholderMap` and the readers both call it. Layer: models. May
import pydantic, the standard library and the foundation (``_types``, ``i18n``) and
the record modules of this package (everything but ``_map``); never pandas, networkx
or matplotlib.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from stakeholder_map import i18n
from stakeholder_map.models._base import ASSESSMENT_SCORES, STAKEHOLDER_SCORES
from stakeholder_map.models._communication import (
    CommunicationItem,
    Interaction,
    Segment,
)
from stakeholder_map.models._relations import Relation, RelationKindSpec
from stakeholder_map.models._scale import Scale
from stakeholder_map.models._stakeholders import (
    Assessment,
    Interest,
    Stake,
    Stakeholder,
)

if TYPE_CHECKING:
    from stakeholder_map.models._map import StakeholderMap


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
