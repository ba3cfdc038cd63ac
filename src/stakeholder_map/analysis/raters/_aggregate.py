"""One score per stakeholder from several raters: the consolidated scores.

Holds :func:`aggregate` (the consolidated score, its spread and whether the raters
agree) and :func:`consolidate` (the map with those scores). Layer: analysis. May
import numpy, pandas, the foundation (``_types``, ``_dates``, ``exceptions``,
``i18n``), the analysis helpers (``analysis._common``) and the modules of this
package before it in ``__init__``'s list; never matplotlib.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from stakeholder_map.analysis._common import check_choice
from stakeholder_map.analysis.raters._ratings import (
    DIMENSIONS,
    METHODS,
    DateSelector,
    Method,
    _dim_scale,
    _parse_date,
    _Ratings,
    _ratings,
)
from stakeholder_map.analysis.raters._stats import _central, _spread

if TYPE_CHECKING:
    from stakeholder_map.models import StakeholderMap


def _consensus_cut(smap: StakeholderMap, dim: str, consensus: float) -> float:
    lo, hi = _dim_scale(smap, dim)
    return consensus * (hi - lo) / 4.0


def _aggregate_one(
    smap: StakeholderMap,
    r: _Ratings,
    *,
    method: str,
    trim: float,
    consensus: float,
) -> pd.DataFrame:
    names = {s.id: s.name for s in smap.stakeholders}
    index = pd.Index(r.stakeholder_ids, name="stakeholder_id")
    out = pd.DataFrame({"name": [names[i] for i in r.stakeholder_ids]}, index=index)
    rated_any = ~np.all(np.isnan(r.values), axis=-1)
    out["n_raters"] = rated_any.sum(axis=1).astype("int64")
    agreed = np.ones(len(index), dtype=bool)
    for k, dim in enumerate(r.dimensions):
        x = r.values[:, :, k]
        sp = _spread(x)
        cut = _consensus_cut(smap, dim, consensus)
        ok = (sp["n"] >= 2) & (sp["iqr"] <= cut + 1e-12)
        out[dim] = _central(x, method, trim=trim)
        out[f"{dim}_n"] = sp["n"].astype("int64")
        out[f"{dim}_q1"] = sp["q1"]
        out[f"{dim}_q3"] = sp["q3"]
        out[f"{dim}_iqr"] = sp["iqr"]
        out[f"{dim}_sd"] = sp["sd"]
        out[f"{dim}_min"] = sp["min"]
        out[f"{dim}_max"] = sp["max"]
        out[f"{dim}_range"] = sp["range"]
        out[f"{dim}_consensus"] = ok
        agreed &= ok | (sp["n"] == 0)
    has_any = out["n_raters"].to_numpy() >= 2
    out["consensus"] = agreed & has_any
    return out


def aggregate(
    smap: StakeholderMap,
    *,
    method: Method = "median",
    by_date: DateSelector | Literal["each"] = None,
    dimensions: Sequence[str] | str | None = None,
    consensus: float = 1.0,
    trim: float = 0.2,
) -> pd.DataFrame:
    """Consolidate several raters' scores into one score per stakeholder.

    For every stakeholder that has assessments and every scored dimension, the
    central value of the raters' scores with the number of ratings and their spread
    (interquartile range, standard deviation and range). A dimension is in
    consensus when at least two raters scored it and the IQR is at most
    ``consensus`` points on a 5-point scale (scaled to the dimension's scale).

    Parameters
    ----------
    smap
        The stakeholder map; its ``assessments`` are aggregated.
    method
        ``"median"`` (default), ``"mean"`` or ``"trimmed_mean"`` (``trim`` of the
        ratings cut from each end, as :func:`scipy.stats.trim_mean`).
    by_date
        Which assessments count. None (default): each rater's latest score of
        each stakeholder, field by field, so a later rating of interest alone
        keeps that rater's earlier power (undated ones count as the oldest; one
        without any score is skipped). A date (or ISO text): only the
        assessments of that date. ``"each"``: every date on its own; the
        result is then indexed by ``(stakeholder_id, date)``.
    dimensions
        The dimensions to aggregate, among power, interest, attitude, legitimacy,
        urgency and proximity. None: every dimension someone scored.
    consensus
        The largest IQR that counts as consensus, in points of a 1..5 scale. It is
        scaled by ``(max - min) / 4`` for other scales (attitude runs -2..2).
    trim
        Share of the ratings cut from each end by ``"trimmed_mean"``.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id`` (map order; only stakeholders with
        assessments), with ``name``, ``n_raters`` (raters who scored anything) and
        per dimension ``d``: ``d`` (the central value), ``d_n`` (ratings),
        ``d_q1`` and ``d_q3`` (quartiles), ``d_iqr``, ``d_sd`` (sample SD,
        ``ddof=1``), ``d_min``, ``d_max``, ``d_range`` and ``d_consensus``; then
        ``consensus`` (every scored dimension in consensus). ``df.attrs`` holds the
        ``method``, the ``raters``, the ``consensus_iqr`` used per dimension and
        the ``by_date`` selection and the map's ``scale``.

    Raises
    ------
    ValueError
        When ``method``, ``dimensions`` or ``by_date`` is not valid.

    See Also
    --------
    consolidate : A map whose stakeholder scores are these aggregates.
    classification_agreement : Aggregate-then-classify against classify-then-vote.

    Notes
    -----
    The median is the default because one loud outlier cannot move it (METHODS.md
    section 8). IQR uses numpy's default linear quantiles. The consensus rule
    (IQR <= 1 on a 5-point scale) is a common Delphi convention and this library's
    default; it needs at least two ratings.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.aggregate(smap, dimensions=["power", "interest"])
    >>> row = df.loc["gemeenteraad"]
    >>> float(row["power"]), int(row["power_n"]), float(row["power_iqr"])
    (3.5, 4, 1.25)
    >>> bool(row["power_consensus"]), bool(row["interest_consensus"])
    (False, True)
    """
    check_choice("method", method, METHODS)
    if not 0 <= trim < 0.5:
        msg = f"`trim` must be at least 0 and below 0.5, but {trim!r} was passed."
        raise ValueError(msg)
    if by_date == "each":
        dates = sorted(
            {a.date for a in smap.assessments},
            key=lambda d: (d is not None, d or dt.date.min),
        )
        frames = []
        for day in dates:
            if day is None:
                undated = smap.model_copy(
                    update={"assessments": [a for a in smap.assessments if not a.date]}
                )
                r = _ratings(undated, dimensions=dimensions)
            else:
                r = _ratings(smap, by_date=day, dimensions=dimensions)
            df = _aggregate_one(smap, r, method=method, trim=trim, consensus=consensus)
            stamps = pd.Series([day] * len(df), index=df.index, dtype=object)
            df.insert(0, "date", pd.to_datetime(stamps))
            frames.append(df)
        if frames:
            out = pd.concat(frames).reset_index().set_index(["stakeholder_id", "date"])
        else:
            empty = _ratings(smap.model_copy(update={"assessments": ()}))
            out = _aggregate_one(smap, empty, method=method, trim=trim, consensus=1)
            out.insert(0, "date", pd.Series([], dtype="datetime64[ns]"))
            out = out.reset_index().set_index(["stakeholder_id", "date"])
        r = _ratings(smap, dimensions=dimensions)
    else:
        r = _ratings(smap, by_date=by_date, dimensions=dimensions)
        out = _aggregate_one(smap, r, method=method, trim=trim, consensus=consensus)
    out.attrs = {
        "method": method,
        "raters": list(r.raters),
        "consensus_iqr": {d: _consensus_cut(smap, d, consensus) for d in r.dimensions},
        "by_date": None if by_date is None else str(by_date),
        "scale": (smap.scale.min, smap.scale.max),
    }
    return out


def consolidate(
    smap: StakeholderMap,
    *,
    method: Method = "median",
    by_date: DateSelector = None,
    dimensions: Sequence[str] | str | None = None,
    trim: float = 0.2,
) -> StakeholderMap:
    """Return a map whose stakeholder scores are the raters' aggregates.

    Every stakeholder with assessments gets the central value of its ratings (see
    :func:`aggregate`) for each dimension someone scored; other scores and
    stakeholders stay as they are. The assessments are kept, so the spread can
    still be shown.

    Parameters
    ----------
    smap
        The stakeholder map.
    method
        ``"median"`` (default), ``"mean"`` or ``"trimmed_mean"``.
    by_date
        None: each rater's latest score, field by field; a date: only that
        date's.
    dimensions
        The dimensions to consolidate; None: every dimension someone scored.
    trim
        Share cut from each end by ``"trimmed_mean"``.

    Returns
    -------
    StakeholderMap
        A new map; the input map is not changed.

    See Also
    --------
    aggregate : The consolidated scores with their spread, as a DataFrame.

    Notes
    -----
    When the selected assessments are dated, each consolidated stakeholder's
    ``assessed_on`` becomes the latest date among its ratings.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> merged = skm.consolidate(smap)
    >>> merged.get("gemeenteraad").power
    3.5
    >>> len(merged.assessments) == len(smap.assessments)
    True
    """
    df = aggregate(
        smap, method=method, by_date=by_date, dimensions=dimensions, trim=trim
    )
    dims = [d for d in DIMENSIONS if d in df.columns]
    day = None if by_date is None else _parse_date(by_date)
    latest: dict[str, dt.date] = {}
    for a in smap.assessments:
        if a.date is not None and (day is None or a.date == day):
            latest[a.stakeholder_id] = max(a.date, latest.get(a.stakeholder_id, a.date))
    table: dict[Hashable, dict[Hashable, Any]] = df[dims].to_dict("index")
    stakeholders = []
    for s in smap.stakeholders:
        if s.id not in table:
            stakeholders.append(s)
            continue
        update: dict[str, object] = {}
        for d in dims:
            value = float(table[s.id][d])
            if not math.isnan(value):
                update[d] = value
        if s.id in latest:
            update["assessed_on"] = latest[s.id]
        stakeholders.append(s.model_copy(update=update))
    return smap.model_copy(update={"stakeholders": tuple(stakeholders)})
