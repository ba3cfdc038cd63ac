"""Snapshots held in one map: the dates of its assessments and the map on one date.

Holds :func:`snapshot_dates` and :func:`snapshot`, which consolidates the
assessments up to a date into the stakeholders' scores. Layer: analysis. May import
numpy, pandas, the foundation (``_types``, ``exceptions``, ``i18n``), the analysis
helpers (``analysis._common``, ``_views``), ``analysis.raters`` and the modules of
this package before it in ``__init__``'s list; never matplotlib.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from stakeholder_map.analysis.raters import Method, _parse_date, consolidate

if TYPE_CHECKING:
    from stakeholder_map.models import StakeholderMap


def snapshot_dates(smap: StakeholderMap) -> list[dt.date]:
    """List the dates at which the map holds a snapshot, oldest first.

    A snapshot date is a date of at least one assessment or a stakeholder's
    ``assessed_on`` date.

    Parameters
    ----------
    smap
        The stakeholder map.

    Returns
    -------
    list of datetime.date
        The distinct dates, sorted.

    See Also
    --------
    snapshot : The map as it stood on one of these dates.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> len(skm.analysis.snapshot_dates(smap)) >= 2
    True
    """
    days = {a.date for a in smap.assessments if a.date is not None}
    days |= {s.assessed_on for s in smap.stakeholders if s.assessed_on is not None}
    return sorted(days)


def snapshot(
    smap: StakeholderMap,
    date: dt.date | str,
    *,
    method: Method = "median",
) -> StakeholderMap:
    """Return the map as it stood on a date, from its dated ratings.

    Every stakeholder rated on or before ``date`` gets the central value (see
    :func:`~stakeholder_map.analysis.aggregate`) of the ratings of the last
    meeting, up to ``date``, at which it was rated; so a stakeholder nobody rated
    today keeps its previous consolidated position. Stakeholders never rated by
    then keep their own scores. The map's ``date`` becomes ``date`` and only the
    assessments used are kept.

    Parameters
    ----------
    smap
        The stakeholder map with dated assessments.
    date
        The date of the snapshot (a date or ISO text).
    method
        ``"median"`` (default), ``"mean"`` or ``"trimmed_mean"``.

    Returns
    -------
    StakeholderMap
        A new map.

    Raises
    ------
    ValueError
        When no assessment carries this date; the message lists the dates that do.

    See Also
    --------
    snapshot_dates : The dates available.
    compare : Compare two snapshots.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> first = skm.analysis.snapshot_dates(smap)[0]
    >>> skm.analysis.snapshot(smap, first).date == first
    True
    """
    day = _parse_date(date, "date")
    have = sorted({a.date for a in smap.assessments if a.date is not None})
    if day not in have:
        msg = (
            f"`date` must be a date of the map's assessments, but {day.isoformat()!r} "
            f"was passed. Available: {[d.isoformat() for d in have]}."
        )
        raise ValueError(msg)
    last: dict[str, dt.date] = {}
    for a in smap.assessments:
        if a.date is not None and a.date <= day:
            last[a.stakeholder_id] = max(a.date, last.get(a.stakeholder_id, a.date))
    kept = tuple(
        a
        for a in smap.assessments
        if a.date is not None and last.get(a.stakeholder_id) == a.date
    )
    used = smap.model_copy(update={"assessments": kept})
    merged = consolidate(used, method=method)
    return merged.model_copy(update={"date": day})
