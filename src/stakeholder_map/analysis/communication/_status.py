"""The contact log and the engagement status against the plan.

Holds :func:`interaction_log` (the contacts as a table),
:func:`engagement_status` (contacts, sentiment trend and due dates per
stakeholder and per channel, with :data:`SERVICE_LEVELS`) and
:func:`needs_attention` (whom to contact first). Layer: analysis. May import
pandas (inside functions), the foundation (``_types``, ``_dates``, ``i18n``),
``communication._shared`` and ``communication._plan``; never matplotlib.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stakeholder_map._types import Direction
from stakeholder_map.analysis._common import Threshold, check_choice
from stakeholder_map.analysis.communication._plan import _plan_records
from stakeholder_map.analysis.communication._shared import (
    _CHANNELS,
    _FREQUENCIES,
    _QUADRANTS,
    FREQUENCY_DAYS,
    _as_date,
    _categorical,
    _frequency_rank,
    _index,
)

if TYPE_CHECKING:
    import pandas as pd

    from stakeholder_map.models import (
        CommunicationItem,
        Interaction,
        Stakeholder,
        StakeholderMap,
    )


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
_TRENDS = ("worsening", "stable", "improving")
#: Sentiment slopes (points per 30 days) smaller than this count as stable.
_STABLE_SLOPE = 0.1
#: Under-served below this share of the expected contacts (when at least one
#: is expected); over-served above this multiple of them (and of one contact).
_UNDER, _OVER = 0.5, 2.0

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
