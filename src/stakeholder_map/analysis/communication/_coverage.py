"""Whom the channels and contacts reach: channel coverage and representation.

Holds :func:`channel_coverage` (stakeholders per channel, by quadrant or
category) and :func:`representation` (are the target groups in the map and
contacted, with :data:`REPRESENTATION_STATUS`). Layer: analysis. May import
pandas (inside functions), the foundation (``_types``, ``_dates``, ``i18n``),
``communication._shared`` and ``communication._plan``; never matplotlib.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stakeholder_map.analysis._common import check_choice
from stakeholder_map.analysis.communication._plan import _plan_records
from stakeholder_map.analysis.communication._shared import (
    _CHANNELS,
    _NO_CATEGORY,
    _as_date,
    _categorical,
    _index,
    _unique,
)

if TYPE_CHECKING:
    import pandas as pd

    from stakeholder_map.models import Segment, Stakeholder, StakeholderMap


#: Statuses of :func:`representation`, from worst to best.
REPRESENTATION_STATUS = ("missing", "under_represented", "not_engaged", "engaged")

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
