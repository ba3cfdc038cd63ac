"""Communication planning: who hears what, through which channel, how often.

:func:`communication_plan` turns the map into a plan from configurable rules merged
with the items the team planned; :func:`engagement_status` holds the contact log
against that plan; :func:`channel_coverage` and :func:`representation` show which
stakeholders and target groups the channels and contacts reach.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stakeholder_map._dates import as_date
from stakeholder_map._types import (
    Channel,
    Direction,
    Frequency,
    ParticipationLevel,
    Quadrant,
)
from stakeholder_map.analysis._common import (
    Threshold,
    check_choice,
    resolve_threshold,
    split_threshold,
)
from stakeholder_map.analysis.grid import classify_quadrant
from stakeholder_map.analysis.salience import classify_cube
from stakeholder_map.i18n import (
    MESSAGE_LANGUAGES,
    join_words,
    label,
    quadrant_label,
    quadrant_strategy,
)
from stakeholder_map.i18n import text as i18n_text

if TYPE_CHECKING:
    import pandas as pd

    from stakeholder_map.models import (
        CommunicationItem,
        Interaction,
        Segment,
        Stake,
        Stakeholder,
        StakeholderMap,
    )

__all__ = [
    "ATTITUDE_GROUPS",
    "DEFAULT_RULES",
    "FREQUENCY_DAYS",
    "REPRESENTATION_STATUS",
    "SERVICE_LEVELS",
    "channel_coverage",
    "communication_plan",
    "display_table",
    "engagement_status",
    "interaction_log",
    "markdown_table",
    "needs_attention",
    "representation",
]

#: Days between contacts for each planned frequency (ad hoc has no interval).
#: A month counts as 30 days, a quarter as 91 and a year as 365.
FREQUENCY_DAYS: dict[str, int | None] = {
    "daily": 1,
    "weekly": 7,
    "biweekly": 14,
    "monthly": 30,
    "quarterly": 91,
    "yearly": 365,
    "ad_hoc": None,
}

#: Default rules per power/interest quadrant (and for stakeholders without
#: scores). The IAP2 levels follow METHODS.md section 6; channels and frequencies
#: are this library's convention.
DEFAULT_RULES: dict[str, dict[str, Any]] = {
    "manage_closely": {
        "participation": "collaborate",
        "channels": ("meeting", "in_person"),
        "frequency": "monthly",
    },
    "keep_satisfied": {
        "participation": "consult",
        "channels": ("meeting", "email"),
        "frequency": "quarterly",
    },
    "keep_informed": {
        "participation": "involve",
        "channels": ("email", "newsletter"),
        "frequency": "monthly",
    },
    "monitor": {
        "participation": "inform",
        "channels": ("newsletter",),
        "frequency": "quarterly",
    },
    "not_assessed": {
        "participation": "inform",
        "channels": ("newsletter",),
        "frequency": "quarterly",
    },
}

#: Attitude groups: backer (attitude > 0), neutral (0) and blocker (< 0).
ATTITUDE_GROUPS = ("backer", "neutral", "blocker")
#: Contact levels of :func:`engagement_status`, from too little to too much:
#: too few contacts, enough but the next one is late, on track, more than
#: planned; ``no_plan`` when the plan has no rhythm (ad hoc).
SERVICE_LEVELS = (
    "never_contacted",
    "under_served",
    "overdue",
    "on_track",
    "over_served",
    "no_plan",
)
#: Statuses of :func:`representation`, from worst to best.
REPRESENTATION_STATUS = ("missing", "under_represented", "not_engaged", "engaged")

_RULE_FIELDS = ("participation", "channels", "frequency", "message")
_PLAN_FIELDS = ("participation", "channels", "frequency", "key_message")
_TRENDS = ("worsening", "stable", "improving")
_SOURCES = ("rules", "plan+rules", "plan")
_NO_CATEGORY = "no_category"
#: Sentiment slopes (points per 30 days) smaller than this count as stable.
_STABLE_SLOPE = 0.1
#: Under-served below this share of the expected contacts (when at least one
#: is expected); over-served above this multiple of them (and of one contact).
_UNDER, _OVER = 0.5, 2.0

_CHANNELS = [c.value for c in Channel]
_FREQUENCIES = [f.value for f in Frequency]
_LEVELS = [p.value for p in ParticipationLevel]
_QUADRANTS = [q.value for q in Quadrant]


# --------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------


def _categorical(values: Iterable[str | None], categories: Sequence[str]) -> Any:
    import pandas as pd

    return pd.Categorical(
        [None if v is None else str(v) for v in values],
        categories=list(categories),
        ordered=True,
    )


def _index(ids: Sequence[str], name: str = "stakeholder_id") -> pd.Index:
    import pandas as pd

    return pd.Index(list(ids), name=name, dtype=object)


def _as_date(value: dt.date | str | None, name: str = "today") -> dt.date:
    return dt.date.today() if value is None else as_date(value, name=name)


def _frequency_rank(freq: str) -> float:
    days = FREQUENCY_DAYS[freq]
    return math.inf if days is None else days


def _attitude_group(attitude: float | None) -> str | None:
    if attitude is None:
        return None
    if attitude > 0:
        return "backer"
    if attitude < 0:
        return "blocker"
    return "neutral"


def _unique(values: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for v in values:
        if v is not None and v not in out:
            out.append(v)
    return out


def _check_rule(key: str, rule: Mapping[str, Any]) -> dict[str, Any]:
    """Validate one rule and normalise its values to enum keys."""
    where = f"rules[{key!r}]"
    if not isinstance(rule, Mapping):
        msg = (
            f"`{where}` must be a dict with some of the keys {list(_RULE_FIELDS)}, "
            f"but {rule!r} was passed."
        )
        raise TypeError(msg)
    unknown = sorted(set(map(str, rule)) - set(_RULE_FIELDS))
    if unknown:
        msg = f"`{where}` may only set {list(_RULE_FIELDS)}, but {unknown} were passed."
        raise ValueError(msg)
    out: dict[str, Any] = {}
    if rule.get("participation") is not None:
        check_choice(f"{where}['participation']", str(rule["participation"]), _LEVELS)
        out["participation"] = str(rule["participation"])
    if rule.get("frequency") is not None:
        check_choice(f"{where}['frequency']", str(rule["frequency"]), _FREQUENCIES)
        out["frequency"] = str(rule["frequency"])
    if rule.get("channels") is not None:
        raw = rule["channels"]
        items = [raw] if isinstance(raw, str) else list(raw)
        for c in items:
            check_choice(f"{where}['channels']", str(c), _CHANNELS)
        out["channels"] = tuple(_unique(str(c) for c in items))
    if rule.get("message") is not None:
        out["message"] = str(rule["message"])
    return out


def _check_rules(
    rules: Mapping[str, Mapping[str, Any]] | None, categories: set[str]
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Split user rules into quadrant rules and category rules, validated."""
    by_quadrant = {k: dict(v) for k, v in DEFAULT_RULES.items()}
    by_category: dict[str, dict[str, Any]] = {}
    for key, rule in (rules or {}).items():
        key = str(key)
        checked = _check_rule(key, rule)
        if key in by_quadrant:
            by_quadrant[key] = {**by_quadrant[key], **checked}
        elif key in categories:
            by_category[key] = checked
        else:
            msg = (
                f"`rules` keys must be quadrants {[*_QUADRANTS, 'not_assessed']} or "
                f"categories of the map {sorted(categories)}, but {key!r} was "
                "passed."
            )
            raise ValueError(msg)
    return by_quadrant, by_category


def _merge_items(items: Sequence[CommunicationItem]) -> dict[str, Any]:
    """Combine the planned items for one target into the plan fields they set."""
    out: dict[str, Any] = {}
    channels = _unique(i.channel.value for i in items if i.channel is not None)
    if channels:
        out["channels"] = tuple(channels)
    freqs = [i.frequency.value for i in items if i.frequency is not None]
    if freqs:
        # several items: the most frequent one sets the rhythm of contact
        out["frequency"] = min(freqs, key=_frequency_rank)
    levels = [i.participation.value for i in items if i.participation is not None]
    if levels:
        out["participation"] = max(levels, key=_LEVELS.index)
    messages = _unique(i.message for i in items)
    if messages:
        out["key_message"] = " / ".join(messages)
    owners = _unique(i.owner for i in items)
    if owners:
        out["owner"] = ", ".join(owners)
    starts = [i.start for i in items if i.start is not None]
    if starts:
        out["start"] = min(starts)
    return out


def _key_message(
    stakes: Sequence[Stake], lang: str, themes: dict[str, str]
) -> str | None:
    """Build a key message from one stakeholder's themes and stances."""
    ordered = sorted(
        stakes, key=lambda k: (-(k.importance or 0), -abs(k.position or 0))
    )
    groups: dict[str, list[str]] = {"concern": [], "support": [], "neutral": []}
    for k in ordered:
        pos = k.position or 0
        group = "concern" if pos < 0 else "support" if pos > 0 else "neutral"
        if len(groups[group]) < 2:
            groups[group].append(themes.get(k.interest_id, k.interest_id))
    parts = [
        i18n_text(f"message_{g}", lang, themes=join_words(names, lang))
        for g, names in groups.items()
        if names
    ]
    return " ".join(parts) or None


def _quadrants(smap: StakeholderMap, threshold: Threshold) -> dict[str, str | None]:
    rules = split_threshold(threshold, ("power", "interest"))
    scored = [
        s for s in smap.stakeholders if s.power is not None and s.interest is not None
    ]
    cuts = {
        axis: resolve_threshold(
            rules[axis], [getattr(s, axis) for s in scored], smap.scale, axis
        )
        for axis in ("power", "interest")
    }
    out: dict[str, str | None] = dict.fromkeys(smap.ids)
    for s in scored:
        out[s.id] = classify_quadrant(
            s.power,  # type: ignore[arg-type]
            s.interest,  # type: ignore[arg-type]
            power_threshold=cuts["power"],
            interest_threshold=cuts["interest"],
            span=smap.scale.max - smap.scale.min,
        ).value
    return out


def _plan_records(
    smap: StakeholderMap,
    *,
    rules: Mapping[str, Mapping[str, Any]] | None,
    threshold: Threshold,
    lang: str,
    texts: bool = True,
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Return the merged plan per stakeholder id and the rules used.

    The plan has channels as tuples; the rules are those per quadrant and per
    category after the user's rules were merged over the defaults.
    """
    categories = {s.category for s in smap.stakeholders if s.category is not None}
    by_quadrant, by_category = _check_rules(rules, categories)
    quadrants = _quadrants(smap, threshold)
    themes = {t.id: t.name for t in smap.interests}
    stakes_by_id: dict[str, list[Stake]] = defaultdict(list)
    for k in smap.stakes:
        stakes_by_id[k.stakeholder_id].append(k)
    items_by_id: dict[str, list[CommunicationItem]] = defaultdict(list)
    items_by_cat: dict[str, list[CommunicationItem]] = defaultdict(list)
    for item in smap.communication:
        if item.stakeholder_id is not None:
            items_by_id[item.stakeholder_id].append(item)
        elif item.category is not None:
            items_by_cat[item.category].append(item)
    plan: dict[str, dict[str, Any]] = {}
    for s in smap.stakeholders:
        quadrant = quadrants[s.id]
        group = _attitude_group(s.attitude)
        base = by_quadrant[quadrant or "not_assessed"]
        rec: dict[str, Any] = {
            "quadrant": quadrant,
            "attitude_group": group,
            "strategy": _strategy(quadrant, s.attitude, lang) if texts else None,
            "participation": base["participation"],
            "channels": tuple(base["channels"]),
            "frequency": base["frequency"],
            "key_message": base.get("message")
            or (_key_message(stakes_by_id[s.id], lang, themes) if texts else None),
            "owner": None,
            "start": None,
        }
        cat_rule = by_category.get(s.category or "", {})
        rec.update({k: v for k, v in cat_rule.items() if k != "message"})
        if "message" in cat_rule:
            rec["key_message"] = cat_rule["message"]
        from_plan: set[str] = set()
        for items in (items_by_cat.get(s.category or "", []), items_by_id[s.id]):
            merged = _merge_items(items)
            rec.update(merged)
            from_plan.update(k for k in merged if k in _PLAN_FIELDS)
        rec["source"] = (
            "rules"
            if not from_plan
            else "plan"
            if from_plan >= set(_PLAN_FIELDS)
            else "plan+rules"
        )
        plan[s.id] = rec
    return plan, {**by_quadrant, **by_category}


def _strategy(quadrant: str | None, attitude: float | None, lang: str) -> str:
    """Strategy text: the Murray-Webster & Simon type, else the quadrant's."""
    if quadrant is None:
        return i18n_text("strategy_not_assessed", lang)
    if attitude is not None:
        kind = classify_cube(
            quadrant in ("manage_closely", "keep_satisfied"),
            quadrant in ("manage_closely", "keep_informed"),
            attitude,
        )
        if kind is not None:
            return i18n_text(f"strategy_{kind.value}", lang)
    return quadrant_strategy(quadrant, lang)


# --------------------------------------------------------------------------------
# communication_plan
# --------------------------------------------------------------------------------


def communication_plan(
    smap: StakeholderMap,
    *,
    rules: Mapping[str, Mapping[str, Any]] | None = None,
    lang: str = "nl",
    threshold: Threshold = "midpoint",
) -> pd.DataFrame:
    """Make a communication plan: strategy, IAP2 level, channels, rhythm, message.

    Every stakeholder gets a strategy from its power/interest quadrant and its
    attitude, a participation level on the IAP2 spectrum, the channels and
    frequency of contact, and a key message built from the themes it holds a
    stance on. The channels, frequency and level come from rules; the items the
    team planned (``smap.communication``) win over the rules.

    Parameters
    ----------
    smap
        The stakeholder map.
    rules
        Rules that override :data:`DEFAULT_RULES`, keyed by quadrant
        (``"manage_closely"``, ..., or ``"not_assessed"`` for stakeholders
        without power or interest) or by a stakeholder category of the map. Each
        rule is a dict with some of ``participation`` (an IAP2 level),
        ``channels`` (a channel or a list of them), ``frequency`` and
        ``message``; a rule changes only the fields it names.
    lang
        Language of the ``strategy`` and ``key_message`` texts: ``"nl"``
        (default) or ``"en"``.
    threshold
        The grid's threshold, as in
        :func:`~stakeholder_map.analysis.power_interest`.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id``, in map order, with columns ``name``,
        ``category``, ``quadrant`` (ordered categorical; missing without power
        or interest), ``attitude_group`` (``backer``, ``neutral`` or
        ``blocker``; missing without attitude), ``strategy``, ``participation``
        (ordered categorical of :class:`~stakeholder_map.ParticipationLevel`),
        ``channels`` (channel keys joined by ``", "``), ``frequency`` (ordered
        categorical of :class:`~stakeholder_map.Frequency`), ``key_message``,
        ``owner``, ``start`` (datetime; when planned contacts begin) and
        ``source`` (``rules``, ``plan+rules`` or ``plan``: where
        participation, channels, frequency and key message came from).
        ``df.attrs`` holds ``rules`` (the quadrant rules used), ``precedence``,
        ``lang`` and ``source``.

    Raises
    ------
    ValueError
        When a rule names an unknown quadrant or category, field, level, channel
        or frequency.

    See Also
    --------
    engagement_status : The contact log held against this plan.
    display_table : Translated headers and values, for Excel, CSV or Markdown.
    stakeholder_map.analysis.power_interest : The quadrants used here.

    Notes
    -----
    Precedence, from weakest to strongest: the default rule of the quadrant, a
    user rule for the quadrant, a user rule for the category, planned items for
    the category, planned items for the stakeholder. Each level changes only
    the fields it sets. Several planned items for one stakeholder combine: their
    channels are listed in order, the most frequent rhythm wins, the highest
    participation level wins, messages and owners are joined and the earliest
    ``start`` given is the plan's start.

    The strategy names the type of Murray-Webster & Simon's (2006) power x
    interest x attitude cube for backers (attitude > 0) and blockers
    (attitude < 0), and the quadrant's strategy otherwise (attitude 0 has no
    type in the source). The quadrant-to-IAP2 mapping is METHODS.md's
    convention (manage closely -> collaborate, keep satisfied -> consult, keep
    informed -> involve, monitor -> inform); the default channels and
    frequencies are this library's. The key message names up to two themes
    each that the stakeholder opposes, supports or is neutral about, most
    important first.

    References
    ----------
    .. [1] Murray-Webster, R., & Simon, P. (2006). Making sense of stakeholder
       mapping. *PM World Today*, VIII(11).
    .. [2] International Association for Public Participation (2018). *IAP2
       Spectrum of Public Participation*.
    .. [3] Johnson, G., & Scholes, K. *Exploring Corporate Strategy*. Prentice
       Hall.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> plan = skm.analysis.communication_plan(smap)
    >>> plan.loc["ocmw", ["quadrant", "participation", "frequency"]].tolist()
    ['manage_closely', 'collaborate', 'monthly']
    >>> plan.loc["ocmw", "source"]
    'plan+rules'
    >>> rules = {"monitor": {"channels": ["website"], "frequency": "yearly"}}
    >>> custom = skm.analysis.communication_plan(smap, rules=rules, lang="en")
    >>> custom.loc[["jeugdwerk", "bewonersvereniging"], "channels"].tolist()
    ['website', 'in_person']
    """
    import pandas as pd

    check_choice("lang", lang, MESSAGE_LANGUAGES)
    plan, used_rules = _plan_records(smap, rules=rules, threshold=threshold, lang=lang)
    ids = list(smap.ids)
    index = _index(ids)
    recs = [plan[i] for i in ids]

    def col(field: str) -> pd.Series:
        return pd.Series([r[field] for r in recs], index=index, dtype=object)

    out = pd.DataFrame(
        {
            "name": pd.Series([s.name for s in smap], index=index, dtype=object),
            "category": pd.Series(
                [s.category for s in smap], index=index, dtype=object
            ),
            "quadrant": _categorical((r["quadrant"] for r in recs), _QUADRANTS),
            "attitude_group": _categorical(
                (r["attitude_group"] for r in recs), ATTITUDE_GROUPS
            ),
            "strategy": col("strategy"),
            "participation": _categorical((r["participation"] for r in recs), _LEVELS),
            "channels": pd.Series(
                [", ".join(r["channels"]) for r in recs], index=index, dtype=object
            ),
            "frequency": _categorical((r["frequency"] for r in recs), _FREQUENCIES),
            "key_message": col("key_message"),
            "owner": col("owner"),
            "start": pd.to_datetime(pd.Series([r["start"] for r in recs], index=index)),
            "source": col("source"),
        },
        index=index,
    )
    out.attrs = {
        "rules": {
            key: {f: (list(v) if isinstance(v, tuple) else v) for f, v in r.items()}
            for key, r in used_rules.items()
        },
        "precedence": [
            "default rule for the quadrant",
            "rule for the quadrant",
            "rule for the category",
            "planned items for the category",
            "planned items for the stakeholder",
        ],
        "lang": lang,
        "source": "Murray-Webster & Simon (2006); IAP2 Spectrum (2018); "
        "channels and frequencies are this library's convention",
    }
    return out


# --------------------------------------------------------------------------------
# The contact log and the status against the plan
# --------------------------------------------------------------------------------


def interaction_log(
    smap: StakeholderMap,
    *,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
) -> pd.DataFrame:
    """Return the logged contacts as a table, oldest first.

    Parameters
    ----------
    smap
        The stakeholder map.
    since, until
        Keep only contacts on or after ``since`` and on or before ``until``
        (dates or ISO text); None keeps all.

    Returns
    -------
    pandas.DataFrame
        One row per contact, indexed by ``stakeholder_id`` (an id repeats for
        every contact), sorted by date (ties keep the log's order), with
        columns ``name``, ``category``, ``date`` (datetime), ``channel`` and
        ``direction`` (ordered categoricals), ``topic``, ``interest_id``,
        ``by``, ``outcome`` and ``sentiment`` (float, -2..+2).

    See Also
    --------
    engagement_status : The log held against the communication plan.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> log = skm.analysis.interaction_log(smap, since="2026-01-01")
    >>> log["date"].is_monotonic_increasing
    True
    >>> log.columns[:4].tolist()
    ['name', 'category', 'date', 'channel']
    """
    import pandas as pd

    lo = None if since is None else _as_date(since, "since")
    hi = None if until is None else _as_date(until, "until")
    names = {s.id: s for s in smap.stakeholders}
    rows = [
        i
        for i in smap.interactions
        if (lo is None or i.date >= lo) and (hi is None or i.date <= hi)
    ]
    rows = sorted(rows, key=lambda i: i.date)
    index = _index([i.stakeholder_id for i in rows])

    def col(values: Iterable[Any]) -> pd.Series:
        return pd.Series(list(values), index=index, dtype=object)

    return pd.DataFrame(
        {
            "name": col(names[i.stakeholder_id].name for i in rows),
            "category": col(names[i.stakeholder_id].category for i in rows),
            "date": pd.to_datetime(
                pd.Series([i.date for i in rows], index=index, dtype=object)
            ).astype("datetime64[ns]"),
            "channel": _categorical(
                (None if i.channel is None else i.channel.value for i in rows),
                _CHANNELS,
            ),
            "direction": _categorical(
                (i.direction.value for i in rows), [d.value for d in Direction]
            ),
            "topic": col(i.topic for i in rows),
            "interest_id": col(i.interest_id for i in rows),
            "by": col(i.by for i in rows),
            "outcome": col(i.outcome for i in rows),
            "sentiment": pd.Series(
                [math.nan if i.sentiment is None else i.sentiment for i in rows],
                index=index,
                dtype="float64",
            ),
        },
        index=index,
    )


def _slope_per_30_days(points: Sequence[tuple[dt.date, float]]) -> float:
    """Least-squares slope of sentiment against time, in points per 30 days."""
    if len({d for d, _ in points}) < 2:
        return math.nan
    x0 = points[0][0]
    xs = [(d - x0).days for d, _ in points]
    ys = [v for _, v in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return 30 * sxy / sxx


def _trend(slope: float) -> str | None:
    if math.isnan(slope):
        return None
    if slope >= _STABLE_SLOPE:
        return "improving"
    if slope <= -_STABLE_SLOPE:
        return "worsening"
    return "stable"


def _due(
    last: dt.date | None,
    start: dt.date | None,
    period_start: dt.date,
    interval: int | None,
) -> dt.date | None:
    """Return the date by which the next contact is due (None without interval).

    Counted from the last contact or the plan's start, whichever is later; when
    there is neither, from the start of the period.
    """
    if interval is None:
        return None
    anchors = [d for d in (last, start) if d is not None]
    anchor = max(anchors) if anchors else period_start
    return anchor + dt.timedelta(days=interval)


def _service(overdue: bool, contacts: int, expected: float) -> str:
    """Contact level: the count against the plan first, then the next due date.

    Too few contacts is ``under_served`` whether or not the next one is late;
    enough contacts with the next one late is ``overdue`` (never "on track" or
    "over-served", which would hide the late contact).
    """
    if math.isnan(expected):
        return "no_plan"
    if expected >= 1 and contacts < _UNDER * expected:
        return "under_served"
    if overdue:
        return "overdue"
    if contacts > _OVER * max(expected, 1.0):
        return "over_served"
    return "on_track"


def engagement_status(
    smap: StakeholderMap,
    *,
    today: dt.date | str | None = None,
    period_days: int = 365,
    by: Literal["stakeholder", "channel"] = "stakeholder",
    grace_days: int = 0,
    rules: Mapping[str, Mapping[str, Any]] | None = None,
    threshold: Threshold = "midpoint",
) -> pd.DataFrame:
    """Hold the contact log against the communication plan.

    For every stakeholder: how many contacts the plan expected in the period
    and how many were logged over the same days, when the last contact was,
    whether the next one is overdue, one contact level that sums this up
    (under-served, overdue, on track, over-served) and how its sentiment
    moves. ``df.attrs["coverage"]`` is the share of stakeholders engaged at
    least once in the period.

    Parameters
    ----------
    smap
        The stakeholder map, with its ``interactions`` (the log) and
        ``communication`` (planned items).
    today
        The reference date (a date or ISO text); None means the current date.
        Contacts after it are ignored.
    period_days
        Length of the period looked back on, in days: contacts from
        ``today - period_days`` up to and including ``today`` count.
    by
        ``"stakeholder"`` (one row each) or ``"channel"`` (one row per
        stakeholder and channel that is planned or used in the period).
    grace_days
        Days of slack before a contact counts as overdue.
    rules, threshold
        Passed to :func:`communication_plan`, which gives the planned
        frequency and channels.

    Returns
    -------
    pandas.DataFrame
        With ``by="stakeholder"``: indexed by ``stakeholder_id``, in map order,
        with columns ``name``, ``category``, ``quadrant``,
        ``planned_frequency``, ``interval_days`` (days between planned
        contacts; missing for ad hoc), ``counted_from`` (the first day
        counted: the start of the period, or the plan's ``start`` when that
        is later), ``contacts`` (contacts logged from ``counted_from`` up to
        and including ``today``, through any channel and in either
        direction), ``expected`` (planned contacts over the same days, not
        rounded; missing for ad hoc), ``last_contact`` (the last one up to
        ``today``, also from before the period), ``days_since_last``,
        ``due`` (when the next contact is due), ``overdue``,
        ``days_overdue`` (0 for a stakeholder never contacted), ``service``
        (ordered categorical: ``never_contacted``, ``under_served``,
        ``overdue``, ``on_track``, ``over_served`` or ``no_plan``; see
        Notes), ``engaged`` (at least one contact in the whole period, also
        before the plan's start) and, over the contacts of
        the whole period that carry a sentiment, ``sentiment_mean``,
        ``sentiment_last``, ``sentiment_slope`` (points per 30 days, least
        squares) and ``sentiment_trend`` (``worsening``, ``stable`` or
        ``improving``).

        With ``by="channel"``: indexed by ``stakeholder_id`` (repeated), with
        ``name``, ``category``, ``channel``, ``planned`` (the plan lists the
        channel), ``frequency`` (from a planned item for that channel, else
        missing), ``interval_days``, ``contacts``, ``last_contact``, ``due``,
        ``overdue`` and ``days_overdue``.

        ``df.attrs`` holds ``today``, ``period_start``, ``period_days``,
        ``coverage`` (share of stakeholders with a contact in the period),
        ``n_engaged``, ``n_stakeholders``, ``n_overdue`` (rows that are
        overdue), ``n_under_served`` (``by="stakeholder"`` only) and
        ``convention``.

    Raises
    ------
    ValueError
        When ``today`` is not a date, ``by`` is unknown or ``period_days`` or
        ``grace_days`` is negative.

    See Also
    --------
    communication_plan : The plan the log is held against.
    interaction_log : The log as a table.
    stakeholder_map.plotting.plot_engagement_status : Timeline with plan bands.

    Notes
    -----
    Conventions of this library (the sources give no rule):

    - **Rhythm.** A planned frequency becomes an interval of
      :data:`FREQUENCY_DAYS` days (a month is 30 days, a quarter 91). A
      stakeholder has one rhythm, that of :func:`communication_plan` (with
      several planned items the most frequent one), and every contact with
      it counts towards it, whatever the channel or direction.
      ``by="channel"`` holds each channel against its own planned items.
    - **Expected contacts.** ``expected = (today - counted_from) /
      interval_days``, in days, where ``counted_from`` is the later of the
      period's start (``today - period_days``) and the plan's ``start``;
      ``contacts`` counts the logged contacts from ``counted_from`` up to
      ``today``, so both cover the same days. A period shorter than the
      interval expects less than one contact; a plan that starts after
      ``today`` expects none yet.
    - **Due and overdue.** The next contact is due ``interval_days`` after
      the last contact or the plan's ``start``, whichever is later, and after
      the start of the period when there is neither (so how late a
      stakeholder who was never contacted is depends on ``period_days``). It
      is overdue when ``today`` is more than ``grace_days`` past the due date.
    - **Contact level** (``service``), the first rule that holds:
      ``no_plan`` when the plan has no interval (ad hoc); ``never_contacted``
      when the log has no contact with the stakeholder at all (it needs a
      first contact, not a count of days late); ``under_served``
      when at least one contact was expected (``expected >= 1``) and
      ``contacts < 0.5 * expected``, overdue or not; ``overdue`` when there
      were enough contacts but the next one is overdue; ``over_served`` when
      ``contacts > 2 * max(expected, 1)`` (so always more than two);
      ``on_track`` otherwise.
    - **Sentiment.** A slope within +-0.1 points per 30 days counts as
      stable.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> status = skm.analysis.engagement_status(smap, today="2026-06-30")
    >>> status.loc["ocmw", ["planned_frequency", "service"]].tolist()
    ['monthly', 'on_track']
    >>> round(status.attrs["coverage"], 2)
    0.5

    Enough contacts, but the next one is late: overdue, not under-served.

    >>> later = skm.analysis.engagement_status(smap, today="2026-10-15")
    >>> row = later.loc["oudergroep"]
    >>> int(row["contacts"]), float(round(row["expected"], 1)), int(row["days_overdue"])
    (9, 7.6, 7)
    >>> row["service"]
    'overdue'
    """
    check_choice("by", by, ("stakeholder", "channel"))
    for name, value in (("period_days", period_days), ("grace_days", grace_days)):
        if value < 0:
            msg = f"`{name}` must be 0 or more days, but {value!r} was passed."
            raise ValueError(msg)
    ref = _as_date(today)
    start = ref - dt.timedelta(days=period_days)
    plan, _ = _plan_records(
        smap, rules=rules, threshold=threshold, lang="en", texts=False
    )
    log: dict[str, list[Interaction]] = defaultdict(list)
    for i in sorted(smap.interactions, key=lambda i: i.date):
        if i.date <= ref:
            log[i.stakeholder_id].append(i)
    if by == "channel":
        out = _status_by_channel(smap, plan, log, ref, start, grace_days)
    else:
        out = _status_by_stakeholder(smap, plan, log, ref, start, grace_days)
    engaged = sum(any(i.date >= start for i in log[s.id]) for s in smap.stakeholders)
    n = len(smap.stakeholders)
    out.attrs = {
        "today": ref.isoformat(),
        "period_start": start.isoformat(),
        "period_days": period_days,
        "coverage": engaged / n if n else math.nan,
        "n_engaged": engaged,
        "n_stakeholders": n,
        "n_overdue": int(out["overdue"].sum()),
        "convention": "contacts and expected counted from counted_from = "
        "max(period start, plan start) to today; expected = days / interval; due "
        "= max(last contact, plan start) + interval (period start + interval "
        "without either); overdue when today > due + grace_days; service: "
        "no_plan without an interval, else never_contacted without any contact "
        "(days_overdue 0), else under_served when expected >= 1 and contacts < "
        "0.5 x expected, else "
        "overdue when overdue, else over_served when contacts > 2 x max(expected,"
        " 1), else on_track",
    }
    if by == "stakeholder":
        out.attrs["n_under_served"] = int((out["service"] == "under_served").sum())
    return out


def _date_series(values: Sequence[dt.date | None], index: pd.Index) -> pd.Series:
    import pandas as pd

    return pd.to_datetime(pd.Series(list(values), index=index, dtype=object)).astype(
        "datetime64[ns]"
    )


def _status_by_stakeholder(
    smap: StakeholderMap,
    plan: dict[str, dict[str, Any]],
    log: dict[str, list[Interaction]],
    ref: dt.date,
    start: dt.date,
    grace: int,
) -> pd.DataFrame:
    import pandas as pd

    rows: list[dict[str, Any]] = []
    for s in smap.stakeholders:
        rec = plan[s.id]
        freq = rec["frequency"]
        interval = FREQUENCY_DAYS[freq]
        contacts_all = log[s.id]
        in_period = [i for i in contacts_all if i.date >= start]
        last = contacts_all[-1].date if contacts_all else None
        plan_start = rec["start"]
        # contacts and expected contacts are counted over the same days: from
        # the start of the period, or of the plan when that is later
        counted_from = max(start, plan_start) if plan_start else start
        counted = sum(i.date >= counted_from for i in in_period)
        window = max((ref - counted_from).days, 0)
        expected = math.nan if interval is None else window / interval
        due = _due(last, plan_start, start, interval)
        overdue = due is not None and (ref - due).days > grace
        never = last is None and interval is not None
        points = [(i.date, i.sentiment) for i in in_period if i.sentiment is not None]
        slope = _slope_per_30_days(points)
        rows.append(
            {
                "quadrant": rec["quadrant"],
                "planned_frequency": freq,
                "interval_days": interval,
                "counted_from": counted_from,
                "contacts": counted,
                "expected": expected,
                "last_contact": last,
                "days_since_last": None if last is None else (ref - last).days,
                "due": due,
                "overdue": overdue,
                # never contacted: no contact to be late on, so no days overdue
                "days_overdue": (ref - due).days
                if overdue and due and not never
                else 0,
                "service": "never_contacted"
                if never
                else _service(overdue, counted, expected),
                "engaged": bool(in_period),
                "sentiment_mean": (
                    sum(v for _, v in points) / len(points) if points else math.nan
                ),
                "sentiment_last": points[-1][1] if points else math.nan,
                "sentiment_slope": slope,
                "sentiment_trend": _trend(slope),
            }
        )
    index = _index(list(smap.ids))
    return pd.DataFrame(
        {
            "name": pd.Series([s.name for s in smap], index=index, dtype=object),
            "category": pd.Series(
                [s.category for s in smap], index=index, dtype=object
            ),
            "quadrant": _categorical((r["quadrant"] for r in rows), _QUADRANTS),
            "planned_frequency": _categorical(
                (r["planned_frequency"] for r in rows), _FREQUENCIES
            ),
            "interval_days": pd.array(
                [r["interval_days"] for r in rows], dtype="Int64"
            ),
            "counted_from": _date_series([r["counted_from"] for r in rows], index),
            "contacts": pd.Series(
                [r["contacts"] for r in rows], index=index, dtype="int64"
            ),
            "expected": pd.Series(
                [r["expected"] for r in rows], index=index, dtype="float64"
            ),
            "last_contact": _date_series([r["last_contact"] for r in rows], index),
            "days_since_last": pd.array(
                [r["days_since_last"] for r in rows], dtype="Int64"
            ),
            "due": _date_series([r["due"] for r in rows], index),
            "overdue": pd.Series(
                [r["overdue"] for r in rows], index=index, dtype="bool"
            ),
            "days_overdue": pd.Series(
                [r["days_overdue"] for r in rows], index=index, dtype="int64"
            ),
            "service": _categorical((r["service"] for r in rows), SERVICE_LEVELS),
            "engaged": pd.Series(
                [r["engaged"] for r in rows], index=index, dtype="bool"
            ),
            **{
                k: pd.Series([r[k] for r in rows], index=index, dtype="float64")
                for k in ("sentiment_mean", "sentiment_last", "sentiment_slope")
            },
            "sentiment_trend": _categorical(
                (r["sentiment_trend"] for r in rows), _TRENDS
            ),
        },
        index=index,
    )


def _items_by_channel(
    smap: StakeholderMap,
) -> dict[tuple[str, str, str], list[CommunicationItem]]:
    """Planned items with a channel, keyed by ("id" or "category", target, channel)."""
    out: dict[tuple[str, str, str], list[CommunicationItem]] = defaultdict(list)
    for i in smap.communication:
        if i.channel is None:
            continue
        if i.stakeholder_id is not None:
            out["id", i.stakeholder_id, i.channel.value].append(i)
        elif i.category is not None:
            out["category", i.category, i.channel.value].append(i)
    return out


def _channel_items(
    items: dict[tuple[str, str, str], list[CommunicationItem]],
    stakeholder: Stakeholder,
    channel: str,
) -> list[CommunicationItem]:
    """Planned items for this stakeholder and channel; else its category's."""
    own = items.get(("id", stakeholder.id, channel), [])
    if own or stakeholder.category is None:
        return own
    return items.get(("category", stakeholder.category, channel), [])


def _status_by_channel(
    smap: StakeholderMap,
    plan: dict[str, dict[str, Any]],
    log: dict[str, list[Interaction]],
    ref: dt.date,
    start: dt.date,
    grace: int,
) -> pd.DataFrame:
    import pandas as pd

    rows: list[dict[str, Any]] = []
    planned_items = _items_by_channel(smap)
    for s in smap.stakeholders:
        planned = set(plan[s.id]["channels"])
        by_channel: dict[str, list[Interaction]] = defaultdict(list)
        for i in log[s.id]:
            by_channel["other" if i.channel is None else i.channel.value].append(i)
        used = {c for c, items in by_channel.items() if items[-1].date >= start}
        for channel in (c for c in _CHANNELS if c in planned | used):
            # a per-channel rhythm exists only where a planned item sets it
            items = (
                _channel_items(planned_items, s, channel) if channel in planned else []
            )
            freqs = [i.frequency.value for i in items if i.frequency is not None]
            freq = min(freqs, key=_frequency_rank) if freqs else None
            interval = None if freq is None else FREQUENCY_DAYS[freq]
            starts = [i.start for i in items if i.start is not None]
            contacts = by_channel.get(channel, [])
            last = contacts[-1].date if contacts else None
            due = _due(last, min(starts) if starts else None, start, interval)
            overdue = due is not None and (ref - due).days > grace
            rows.append(
                {
                    "id": s.id,
                    "name": s.name,
                    "category": s.category,
                    "channel": channel,
                    "planned": channel in planned,
                    "frequency": freq,
                    "interval_days": interval,
                    "contacts": sum(i.date >= start for i in contacts),
                    "last_contact": last,
                    "due": due,
                    "overdue": overdue,
                    "days_overdue": (ref - due).days if overdue and due else 0,
                }
            )
    index = _index([r["id"] for r in rows])

    def col(key: str, dtype: str = "object") -> pd.Series:
        return pd.Series([r[key] for r in rows], index=index, dtype=dtype)

    return pd.DataFrame(
        {
            "name": col("name"),
            "category": col("category"),
            "channel": _categorical((r["channel"] for r in rows), _CHANNELS),
            "planned": col("planned", "bool"),
            "frequency": _categorical((r["frequency"] for r in rows), _FREQUENCIES),
            "interval_days": pd.array([r["interval_days"] for r in rows], "Int64"),
            "contacts": col("contacts", "int64"),
            "last_contact": _date_series([r["last_contact"] for r in rows], index),
            "due": _date_series([r["due"] for r in rows], index),
            "overdue": col("overdue", "bool"),
            "days_overdue": col("days_overdue", "int64"),
        },
        index=index,
    )


# --------------------------------------------------------------------------------
# Channels and representation
# --------------------------------------------------------------------------------


def channel_coverage(
    smap: StakeholderMap,
    *,
    by: Literal["stakeholder", "category"] = "stakeholder",
    source: Literal["log", "plan", "both"] = "log",
    today: dt.date | str | None = None,
    period_days: int | None = None,
    rules: Mapping[str, Mapping[str, Any]] | None = None,
) -> pd.DataFrame:
    """Show which channels reach which stakeholders and categories.

    A channel reaches a stakeholder when a contact through it was logged
    (``source="log"``), when the communication plan lists it (``"plan"``), or
    either (``"both"``). Stakeholders that only one channel reaches hang on a
    single thread; those that none reaches are not reached at all.

    Parameters
    ----------
    smap
        The stakeholder map.
    by
        ``"stakeholder"`` (one row each) or ``"category"`` (one row per
        stakeholder category, counting stakeholders).
    source
        What counts as reaching: ``"log"`` (default: logged contacts in either
        direction; a contact without a channel counts as ``other``),
        ``"plan"`` (the channels of :func:`communication_plan`, rules
        included) or ``"both"``.
    today, period_days
        Count only contacts from ``today - period_days`` up to ``today``. With
        ``period_days=None`` (default) every logged contact up to ``today``
        counts; ``today=None`` means the current date.
    rules
        Passed to :func:`communication_plan` when the plan is used.

    Returns
    -------
    pandas.DataFrame
        With ``by="stakeholder"``: indexed by ``stakeholder_id``, in map order,
        with columns ``name``, ``category``, one boolean column per channel
        (all :class:`~stakeholder_map.Channel` keys, in enum order),
        ``n_channels``, ``single_channel`` and ``unreached``.

        With ``by="category"``: indexed by ``category`` in order of first
        appearance (stakeholders without one under ``"no_category"``, last),
        with one column per channel counting the stakeholders it reaches, and
        ``n_stakeholders``, ``n_single_channel`` and ``n_unreached``.

        ``df.attrs`` holds ``source``, ``channels``, ``n_single_channel``,
        ``n_unreached``, ``single_channel`` (ids), ``unreached`` (ids) and
        ``period`` (first and last date counted, or None).

    See Also
    --------
    engagement_status : Planned vs logged contacts per stakeholder.
    stakeholder_map.plotting.plot_channel_matrix : The matrix as a figure.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> cov = skm.analysis.channel_coverage(smap, today="2026-06-30")
    >>> [channel for channel in cov.attrs["channels"] if cov.loc["ocmw", channel]]
    ['meeting', 'email']
    >>> cov.attrs["n_single_channel"], cov.attrs["n_unreached"]
    (13, 19)
    >>> by_cat = skm.analysis.channel_coverage(smap, by="category", source="plan")
    >>> int(by_cat["n_unreached"].sum())
    0
    """
    import pandas as pd

    check_choice("by", by, ("stakeholder", "category"))
    check_choice("source", source, ("log", "plan", "both"))
    if period_days is not None and period_days < 0:
        msg = f"`period_days` must be 0 or more days, but {period_days!r} was passed."
        raise ValueError(msg)
    ref = _as_date(today)
    lo = None if period_days is None else ref - dt.timedelta(days=period_days)
    reach: dict[str, set[str]] = {s.id: set() for s in smap.stakeholders}
    if source in ("log", "both"):
        for i in smap.interactions:
            if i.date <= ref and (lo is None or i.date >= lo):
                reach[i.stakeholder_id].add(
                    "other" if i.channel is None else i.channel.value
                )
    if source in ("plan", "both"):
        plan, _ = _plan_records(
            smap, rules=rules, threshold="midpoint", lang="en", texts=False
        )
        for sid, rec in plan.items():
            reach[sid].update(rec["channels"])
    ids = list(smap.ids)
    n_channels = [len(reach[i]) for i in ids]
    single = [i for i, n in zip(ids, n_channels, strict=True) if n == 1]
    unreached = [i for i, n in zip(ids, n_channels, strict=True) if n == 0]
    attrs: dict[Any, Any] = {
        "source": source,
        "channels": list(_CHANNELS),
        "n_single_channel": len(single),
        "n_unreached": len(unreached),
        "single_channel": single,
        "unreached": unreached,
        "period": None if lo is None else (lo.isoformat(), ref.isoformat()),
    }
    index = _index(ids)
    wide = pd.DataFrame(
        {c: [c in reach[i] for i in ids] for c in _CHANNELS}, index=index, dtype=bool
    )
    if by == "stakeholder":
        out = pd.concat(
            [
                pd.DataFrame(
                    {
                        "name": [s.name for s in smap],
                        "category": [s.category for s in smap],
                    },
                    index=index,
                    dtype=object,
                ),
                wide,
            ],
            axis=1,
        )
        out["n_channels"] = pd.Series(n_channels, index=index, dtype="int64")
        out["single_channel"] = out["n_channels"] == 1
        out["unreached"] = out["n_channels"] == 0
    else:
        cats = [s.category or _NO_CATEGORY for s in smap]
        order = _unique(c for c in cats if c != _NO_CATEGORY)
        if _NO_CATEGORY in cats:
            order.append(_NO_CATEGORY)
        wide["n_stakeholders"] = 1
        wide["n_single_channel"] = pd.Series(
            [n == 1 for n in n_channels], index=index
        ).astype("int64")
        wide["n_unreached"] = pd.Series(
            [n == 0 for n in n_channels], index=index
        ).astype("int64")
        grouped = wide.astype("int64").groupby(pd.Series(cats, index=index)).sum()
        out = grouped.reindex(pd.Index(order, name="category", dtype=object))
        out = out.astype("int64")
    out.attrs = attrs
    return out


def _members(
    segment: Segment,
    stakeholders: Sequence[Stakeholder],
    index: tuple[dict[str | None, set[str]], dict[str, set[str]]],
) -> list[Stakeholder]:
    """Stakeholders in a segment (by id, category or tag), in map order."""
    by_category, by_tag = index
    chosen = set(segment.stakeholder_ids)
    for category in segment.categories:
        chosen |= by_category.get(category, set())
    for tag in segment.tags:
        chosen |= by_tag.get(tag, set())
    return [s for s in stakeholders if s.id in chosen]


def _segment_index(
    stakeholders: Sequence[Stakeholder],
) -> tuple[dict[str | None, set[str]], dict[str, set[str]]]:
    """Stakeholder ids per category and per tag, built once per call."""
    by_category: dict[str | None, set[str]] = {}
    by_tag: dict[str, set[str]] = {}
    for s in stakeholders:
        by_category.setdefault(s.category, set()).add(s.id)
        for tag in s.tags:
            by_tag.setdefault(tag, set()).add(s.id)
    return by_category, by_tag


def representation(
    smap: StakeholderMap,
    *,
    segments: Sequence[Segment | Mapping[str, Any]] | None = None,
    categories: bool = True,
    today: dt.date | str | None = None,
    period_days: int = 365,
) -> pd.DataFrame:
    """Audit which target groups are represented on the map and engaged.

    A target group (segment) is represented by the stakeholders listed in it,
    those of its categories and those carrying its tags; it is engaged when at
    least one representative had a logged contact in the period. Groups that
    nobody represents, or fewer than they need, are the gaps to close: the
    parents' own voice in a Huis van het Kind, families in poverty, language
    groups.

    Parameters
    ----------
    smap
        The stakeholder map.
    segments
        The target groups to audit: :class:`~stakeholder_map.Segment` objects
        or dicts with their fields. None (default) audits the map's own
        ``segments``.
    categories
        Also audit every stakeholder category of the map as a group (skipped
        where a segment already has the category as its id).
    today, period_days
        Contacts from ``today - period_days`` up to ``today`` count as
        engagement; ``today=None`` means the current date.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``segment_id`` (a group, not a stakeholder, is the unit
        here), segments first and then categories, with columns ``name``,
        ``kind`` (``segment`` or ``category``), ``n_stakeholders`` (its
        representatives on the map), ``n_engaged`` (representatives with a
        contact in the period), ``min_stakeholders`` (how many it needs),
        ``share`` (representatives as a share of all stakeholders),
        ``status`` and ``members`` (the representatives' ids, joined by
        ``", "``). ``status`` is an ordered categorical: ``missing`` (nobody),
        ``under_represented`` (fewer than ``min_stakeholders``),
        ``not_engaged`` (enough, but none contacted in the period) or
        ``engaged``. ``df.attrs`` holds ``today``, ``period_start``,
        ``n_missing``, ``n_under_represented``, ``n_not_engaged`` and
        ``convention``.

    Raises
    ------
    UnknownStakeholderError
        When a segment passed in names an unknown stakeholder.

    See Also
    --------
    channel_coverage : Which channels reach which stakeholders.
    stakeholder_map.plotting.plot_representation : The audit as a bar chart.

    Notes
    -----
    Reed et al. (2009) and Bryson (2004) stress that stakeholder analysis
    should ask who is missing, not only who is there. The status rules and the
    default ``min_stakeholders=1`` are this library's convention.

    References
    ----------
    .. [1] Reed, M. S., et al. (2009). Who's in and why? A typology of
       stakeholder analysis methods for natural resource management. *Journal
       of Environmental Management*, 90(5), 1933-1949.
    .. [2] Bryson, J. M. (2004). What to do when stakeholders matter. *Public
       Management Review*, 6(1), 21-53.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> rep = skm.analysis.representation(smap, today="2026-06-30")
    >>> rep.loc["ouders_jonge_kinderen", "members"]
    'ouderraad, oudergroep, ouders'
    >>> rep.loc[["gezinnen_in_armoede", "vaders"], "status"].tolist()
    ['under_represented', 'missing']
    """
    import pandas as pd

    from stakeholder_map.exceptions import UnknownStakeholderError
    from stakeholder_map.models import Segment as SegmentModel

    if period_days < 0:
        msg = f"`period_days` must be 0 or more days, but {period_days!r} was passed."
        raise ValueError(msg)
    ref = _as_date(today)
    start = ref - dt.timedelta(days=period_days)
    if segments is None:
        chosen = list(smap.segments)
    else:
        chosen = [
            g if isinstance(g, SegmentModel) else SegmentModel.model_validate(g)
            for g in segments
        ]
        known = set(smap.ids)
        for g in chosen:
            for sid in g.stakeholder_ids:
                if sid not in known:
                    raise UnknownStakeholderError(sid, smap.ids)
    groups = _segment_index(smap.stakeholders)
    rows: list[tuple[str, str, str, list[Stakeholder], int]] = [
        (
            g.id,
            g.name,
            "segment",
            _members(g, smap.stakeholders, groups),
            g.min_stakeholders,
        )
        for g in chosen
    ]
    if categories:
        taken = {g.id for g in chosen}
        for cat in _unique(s.category for s in smap.stakeholders):
            if cat not in taken:
                ids = groups[0].get(cat, set())
                members = [s for s in smap.stakeholders if s.id in ids]
                rows.append((cat, cat, "category", members, 1))
    contacted = {i.stakeholder_id for i in smap.interactions if start <= i.date <= ref}
    n_all = len(smap.stakeholders)
    records: list[dict[str, Any]] = []
    for _sid, name, kind, members, need in rows:
        n = len(members)
        n_engaged = sum(s.id in contacted for s in members)
        status = (
            "missing"
            if n == 0
            else "under_represented"
            if n < need
            else "not_engaged"
            if n_engaged == 0
            else "engaged"
        )
        records.append(
            {
                "name": name,
                "kind": kind,
                "n_stakeholders": n,
                "n_engaged": n_engaged,
                "min_stakeholders": need,
                "share": n / n_all if n_all else math.nan,
                "status": status,
                "members": ", ".join(s.id for s in members),
            }
        )
    index = _index([r[0] for r in rows], name="segment_id")
    out = pd.DataFrame(
        {
            "name": pd.Series([r["name"] for r in records], index=index, dtype=object),
            "kind": pd.Series([r["kind"] for r in records], index=index, dtype=object),
            **{
                k: pd.Series([r[k] for r in records], index=index, dtype="int64")
                for k in ("n_stakeholders", "n_engaged", "min_stakeholders")
            },
            "share": pd.Series(
                [r["share"] for r in records], index=index, dtype="float64"
            ),
            "status": _categorical(
                (r["status"] for r in records), REPRESENTATION_STATUS
            ),
            "members": pd.Series(
                [r["members"] for r in records], index=index, dtype=object
            ),
        },
        index=index,
    )
    counts = out["status"].value_counts()
    out.attrs = {
        "today": ref.isoformat(),
        "period_start": start.isoformat(),
        "n_missing": int(counts.get("missing", 0)),
        "n_under_represented": int(counts.get("under_represented", 0)),
        "n_not_engaged": int(counts.get("not_engaged", 0)),
        "convention": "missing: no representative; under_represented: fewer than "
        "min_stakeholders; not_engaged: none contacted in the period",
    }
    return out


# --------------------------------------------------------------------------------
# Tables for people: translated headers and values
# --------------------------------------------------------------------------------

#: Columns whose values are keys with a label in :mod:`stakeholder_map.i18n`.
_KEY_COLUMNS = (
    "attitude_group",
    "participation",
    "frequency",
    "planned_frequency",
    "service",
    "sentiment_trend",
    "status",
    "kind",
    "channel",
    "direction",
    "source",
)
_INDEX_LABELS = {
    "stakeholder_id": "stakeholder",
    "segment_id": "segment",
    "category": "category",
}


def display_table(df: pd.DataFrame, *, lang: str = "nl") -> pd.DataFrame:
    """Translate a communication table's headers and values for people.

    Turns the keys in a frame from :func:`communication_plan`,
    :func:`engagement_status`, :func:`channel_coverage`,
    :func:`representation` or :func:`interaction_log` into labels (Dutch by
    default), booleans into yes/no, datetimes into dates and floats to two
    decimals, so the table can go straight to Excel, CSV or a slide. The frame
    passed in is not changed.

    Parameters
    ----------
    df
        A frame from one of the functions above.
    lang
        ``"nl"`` (default) or ``"en"``.

    Returns
    -------
    pandas.DataFrame
        The same rows, with translated column names and values. The index
        keeps its values (ids); its name is translated.

    See Also
    --------
    markdown_table : The same table as Markdown text.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> plan = skm.analysis.communication_plan(smap)
    >>> table = skm.analysis.display_table(plan[["participation", "channels"]])
    >>> table.columns.tolist()
    ['Participatie', 'Kanalen']
    >>> table.loc["huis_van_het_kind"].tolist()
    ['Samenwerken', 'Overleg, Persoonlijk contact']
    >>> # plan.to_excel("plan.xlsx") would now write Dutch headers and values
    """
    import pandas as pd

    check_choice("lang", lang, MESSAGE_LANGUAGES)
    out = df.copy()
    out.attrs = {}
    for col in out.columns:
        series = out[col]
        if col == "quadrant":
            out[col] = series.map(
                lambda v: v if not isinstance(v, str) else quadrant_label(v, lang),
                na_action="ignore",
            ).astype(object)
        elif col in _KEY_COLUMNS:
            out[col] = series.astype(object).map(
                lambda v: label(v, lang), na_action="ignore"
            )
        elif col == "channels":
            out[col] = series.map(
                lambda v: ", ".join(label(c, lang) for c in v.split(", ") if c),
                na_action="ignore",
            )
        elif pd.api.types.is_bool_dtype(series):
            out[col] = series.map(
                lambda v: label("yes" if v else "no", lang), na_action="ignore"
            ).astype(object)
        elif pd.api.types.is_datetime64_any_dtype(series):
            out[col] = series.dt.date.astype(object).where(series.notna(), None)
        elif pd.api.types.is_float_dtype(series):
            out[col] = series.round(2)
    out.columns = pd.Index([label(str(c), lang) for c in out.columns])
    if out.index.name in _INDEX_LABELS:
        if out.index.name == "category":
            out.index = pd.Index(
                [label(v, lang) if v == _NO_CATEGORY else v for v in out.index],
                dtype=object,
            )
        out.index.name = label(_INDEX_LABELS[str(df.index.name)], lang)
    return out


def markdown_table(df: pd.DataFrame, *, lang: str = "nl") -> str:
    """Render a communication table as a Markdown pipe table.

    The table is first translated by :func:`display_table`; the index becomes
    the first column. No extra package is needed.

    Parameters
    ----------
    df
        A frame from :func:`communication_plan`, :func:`engagement_status`,
        :func:`channel_coverage`, :func:`representation` or
        :func:`interaction_log`.
    lang
        ``"nl"`` (default) or ``"en"``.

    Returns
    -------
    str
        The Markdown text, one line per row, ending in a newline.

    See Also
    --------
    display_table : The translated table as a DataFrame.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> plan = skm.analysis.communication_plan(smap)
    >>> md = skm.analysis.markdown_table(plan.loc[["ocmw"], ["name", "frequency"]])
    >>> print(md)
    | Actor | Naam | Frequentie |
    | --- | --- | --- |
    | ocmw | OCMW Vlasbeke | Maandelijks |
    <BLANKLINE>
    """
    table = display_table(df, lang=lang)
    head = [str(table.index.name or ""), *map(str, table.columns)]

    def cell(v: Any) -> str:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return ""
        return str(v).replace("|", "\\|").replace("\n", " ")

    lines = [
        "| " + " | ".join(head) + " |",
        "| " + " | ".join("---" for _ in head) + " |",
    ]
    for idx, row in zip(table.index, table.itertuples(index=False), strict=True):
        lines.append("| " + " | ".join(cell(v) for v in (idx, *row)) + " |")
    return "\n".join(lines) + "\n"


def needs_attention(status: pd.DataFrame) -> pd.DataFrame:
    """Pick the stakeholders to contact first from an engagement status.

    Keeps the overdue and under-served stakeholders of
    :func:`engagement_status` (``by="stakeholder"``), most powerful quadrant
    first and, within a quadrant, longest overdue first: the list for a
    team meeting or the ``stakeholder-map status`` command.

    Parameters
    ----------
    status
        The DataFrame of :func:`engagement_status`.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id``, with the columns ``name``,
        ``quadrant``, ``planned_frequency``, ``last_contact``,
        ``days_overdue``, ``contacts``, ``expected`` and ``service``; the
        ``attrs`` of ``status``.

    Raises
    ------
    ValueError
        When ``status`` lacks a column of :func:`engagement_status`.

    See Also
    --------
    engagement_status : The full status.
    display_table : Translate the list for print or Excel.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> status = skm.analysis.engagement_status(smap, today="2026-09-24")
    >>> todo = skm.analysis.needs_attention(status)
    >>> todo.index[:3].tolist()
    ['clb', 'ocmw_sociale_dienst', 'gemeente']
    >>> int(todo.loc["clb", "days_overdue"])
    203
    """
    columns = [
        "name",
        "quadrant",
        "planned_frequency",
        "last_contact",
        "days_overdue",
        "contacts",
        "expected",
        "service",
    ]
    missing = [c for c in [*columns, "overdue"] if c not in status.columns]
    if missing:
        msg = (
            "`status` must be the DataFrame of skm.analysis.engagement_status "
            f"(by='stakeholder'), but the columns {missing} are missing."
        )
        raise ValueError(msg)
    keep = status["overdue"] | status["service"].isin(
        ["under_served", "never_contacted"]
    )
    out = status.loc[keep, columns]
    rank = {q: i for i, q in enumerate(_QUADRANTS)}
    order = sorted(
        range(len(out)),
        key=lambda k: (
            rank.get(str(out["quadrant"].iloc[k]), len(rank)),
            str(out["service"].iloc[k]) != "never_contacted",
            -int(out["days_overdue"].iloc[k]),
        ),
    )
    out = out.iloc[order].copy()
    out.attrs = dict(status.attrs)
    return out
