"""Several raters: consolidated scores, disagreement and agreement statistics.

In a workshop every participant rates the stakeholders; these functions turn the
map's :class:`~stakeholder_map.Assessment` records into one score per stakeholder
(with its spread), compare aggregate-then-classify with classify-then-vote, measure
agreement with Krippendorff's alpha and resample the raters to show how sure a
stakeholder's quadrant is (METHODS.md section 8).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from stakeholder_map import i18n
from stakeholder_map._dates import as_date
from stakeholder_map._types import Quadrant
from stakeholder_map.analysis._common import (
    Threshold,
    at_or_above,
    check_choice,
    resolve_threshold,
    split_threshold,
)
from stakeholder_map.exceptions import StakeholderMapWarning, warn_user

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

    from stakeholder_map.models import StakeholderMap

__all__ = [
    "aggregate",
    "classification_agreement",
    "consolidate",
    "krippendorff_alpha",
    "quadrant_probability",
    "rater_agreement",
    "rater_deviation",
]

#: Dimensions an assessment can score, in output order.
DIMENSIONS = ("power", "interest", "attitude", "legitimacy", "urgency", "proximity")
METHODS = ("median", "mean", "trimmed_mean")
LEVELS = ("nominal", "ordinal", "interval", "ratio")
#: The quadrants in the order of the probability columns.
QUADRANTS = tuple(q.value for q in Quadrant)
#: Attitude has its own scale, whatever the map's scale is.
ATTITUDE_SCALE = (-2.0, 2.0)

Method = Literal["median", "mean", "trimmed_mean"]
Level = Literal["nominal", "ordinal", "interval", "ratio"]
DateSelector = dt.date | str | None


# --------------------------------------------------------------------------------
# Ratings as a stakeholder x rater x dimension array
# --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ratings:
    """The selected assessments as an array ``values[stakeholder, rater, dim]``."""

    stakeholder_ids: list[str]
    raters: list[str]
    dimensions: list[str]
    values: NDArray[np.float64]
    dates: list[dt.date | None]


def _parse_date(value: dt.date | str, name: str = "by_date") -> dt.date:
    hint = " (or None for each rater's latest scores)" if name == "by_date" else ""
    return as_date(value, name=name, hint=hint)


def _check_dimensions(dimensions: Sequence[str] | str | None) -> list[str] | None:
    if dimensions is None:
        return None
    dims = [dimensions] if isinstance(dimensions, str) else list(dimensions)
    for d in dims:
        check_choice("dimensions", d, DIMENSIONS)
    if not dims:
        msg = f"`dimensions` must name at least one of {list(DIMENSIONS)}."
        raise ValueError(msg)
    return dims


def _ratings(
    smap: StakeholderMap,
    *,
    by_date: DateSelector = None,
    dimensions: Sequence[str] | str | None = None,
) -> _Ratings:
    """Collect the assessments into an array; the stakeholders are in map order.

    ``by_date=None`` keeps, field by field, each rater's latest score of each
    stakeholder (undated ones count as the oldest; on the same date the later
    row wins), so an update of one score keeps the rater's other scores; a date
    keeps only that date's assessments. Assessments without any score are
    skipped.
    """
    dims = _check_dimensions(dimensions)
    day = None if by_date is None else _parse_date(by_date)
    # (stakeholder, rater) -> dimension -> (date, value): per field, the latest
    # value the rater gave wins, so a later rating of interest alone keeps the
    # rater's earlier power score.
    chosen: dict[tuple[str, str], dict[str, tuple[dt.date, float]]] = {}
    order_raters: dict[str, None] = {}
    for a in smap.assessments:
        if day is not None and a.date != day:
            continue
        # A row without any score (e.g. a template row left empty) is no rating
        # and must not hide the rater's earlier scores.
        given = {d: v for d in DIMENSIONS if (v := getattr(a, d)) is not None}
        if not given:
            continue
        order_raters.setdefault(a.rater, None)
        fields = chosen.setdefault((a.stakeholder_id, a.rater), {})
        when = a.date or dt.date.min
        for d, v in given.items():
            old = fields.get(d)
            if old is None or when >= old[0]:
                fields[d] = (when, float(v))
    if dims is None:
        dims = [d for d in DIMENSIONS if any(d in f for f in chosen.values())]
    rated = {sid for sid, _ in chosen}
    ids = [sid for sid in smap.ids if sid in rated]
    raters = list(order_raters)
    row = {sid: i for i, sid in enumerate(ids)}
    col = {r: j for j, r in enumerate(raters)}
    values = np.full((len(ids), len(raters), len(dims)), np.nan)
    dates: list[dt.date | None] = []
    for (sid, rater), fields in chosen.items():
        latest = max(when for when, _ in fields.values())
        dates.append(None if latest == dt.date.min else latest)
        for k, d in enumerate(dims):
            if d in fields:
                values[row[sid], col[rater], k] = fields[d][1]
    return _Ratings(ids, raters, dims, values, dates)


def _dim_scale(smap: StakeholderMap, dim: str) -> tuple[float, float]:
    if dim == "attitude":
        return ATTITUDE_SCALE
    return (smap.scale.min, smap.scale.max)


# --------------------------------------------------------------------------------
# Vectorised statistics over the last axis, with NaN as "not rated"
# --------------------------------------------------------------------------------


def _sorted_and_count(
    x: NDArray[np.float64],
) -> tuple[NDArray[np.float64], NDArray[np.intp]]:
    """Sort along the last axis (NaN last) and count the non-missing values."""
    counts: NDArray[np.intp] = np.sum(~np.isnan(x), axis=-1)
    return np.sort(x, axis=-1), counts


def _pick(s: NDArray[np.float64], pos: NDArray[np.intp]) -> NDArray[np.float64]:
    pos = np.clip(pos, 0, max(s.shape[-1] - 1, 0))
    picked: NDArray[np.float64] = np.take_along_axis(s, pos[..., None], axis=-1)
    return picked[..., 0]


def _quantile(
    s: NDArray[np.float64], n: NDArray[np.intp], q: float
) -> NDArray[np.float64]:
    """Numpy's default (linear) quantile of sorted data with ``n`` valid values."""
    if s.shape[-1] == 0:
        return np.full(s.shape[:-1], np.nan)
    h = (np.maximum(n, 1) - 1) * q
    lo = np.floor(h).astype(np.intp)
    frac = h - lo
    lo_v = _pick(s, lo)
    hi_v = _pick(s, np.minimum(lo + 1, np.maximum(n - 1, 0)))
    out: NDArray[np.float64] = np.where(n > 0, lo_v + frac * (hi_v - lo_v), np.nan)
    return out


def _central(
    x: NDArray[np.float64], method: str, *, trim: float = 0.2
) -> NDArray[np.float64]:
    """Median, mean or trimmed mean over the last axis, ignoring NaN."""
    s, n = _sorted_and_count(x)
    if method == "median":
        return _quantile(s, n, 0.5)
    if method == "mean":
        k = np.zeros_like(n)
    else:
        # As scipy.stats.trim_mean: cut int(trim * n) values from each end.
        k = np.floor(trim * n + 1e-9).astype(n.dtype)
    rank = np.arange(s.shape[-1])
    keep = (rank >= k[..., None]) & (rank < (n - k)[..., None])
    total = np.where(keep, np.nan_to_num(s), 0.0).sum(axis=-1)
    kept = n - 2 * k
    out: NDArray[np.float64] = np.divide(
        total, kept, out=np.full(total.shape, np.nan), where=kept > 0
    )
    return out


def _spread(
    x: NDArray[np.float64],
) -> dict[str, NDArray[np.float64] | NDArray[np.intp]]:
    """Return the number of ratings, IQR (linear quantiles), sample SD and range."""
    s, n = _sorted_and_count(x)
    q1, q3 = _quantile(s, n, 0.25), _quantile(s, n, 0.75)
    total = np.nansum(x, axis=-1)
    mean = np.divide(total, n, out=np.full(total.shape, np.nan), where=n > 0)
    sq = np.nansum((x - mean[..., None]) ** 2, axis=-1)
    sd = np.sqrt(np.divide(sq, n - 1, out=np.full(sq.shape, np.nan), where=n > 1))
    high = np.where(n > 0, _pick(s, np.maximum(n - 1, 0)), np.nan)
    low = np.where(n > 0, _pick(s, np.zeros_like(n)), np.nan)
    return {
        "n": n,
        "q1": q1,
        "q3": q3,
        "iqr": q3 - q1,
        "sd": sd,
        "min": low,
        "max": high,
        "range": high - low,
    }


# --------------------------------------------------------------------------------
# aggregate / consolidate
# --------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------
# classification agreement
# --------------------------------------------------------------------------------


def _quadrant_codes(
    power: NDArray[np.float64],
    interest: NDArray[np.float64],
    tp: NDArray[np.float64] | float,
    ti: NDArray[np.float64] | float,
    span: float,
) -> NDArray[np.int64]:
    """Quadrant index in QUADRANTS order (score >= threshold is high); -1 if NaN.

    Ties within ``TIE_TOLERANCE * span`` count as high (see ``at_or_above``).
    """
    hp, hi = at_or_above(power, tp, span), at_or_above(interest, ti, span)
    code = np.where(hp, np.where(hi, 0, 1), np.where(hi, 2, 3))
    return np.where(np.isnan(power) | np.isnan(interest), -1, code).astype(np.int64)


def _thresholds(
    smap: StakeholderMap,
    threshold: Threshold,
    power: Sequence[float],
    interest: Sequence[float],
) -> tuple[dict[str, str], dict[str, float]]:
    rules = split_threshold(threshold, ("power", "interest"))
    cuts = {
        "power": resolve_threshold(rules["power"], list(power), smap.scale, "power"),
        "interest": resolve_threshold(
            rules["interest"], list(interest), smap.scale, "interest"
        ),
    }
    return {a: str(v) for a, v in rules.items()}, cuts


def classification_agreement(
    smap: StakeholderMap,
    *,
    threshold: Threshold = "midpoint",
    method: Method = "median",
    by_date: DateSelector = None,
) -> pd.DataFrame:
    """Compare aggregate-then-classify with classify-then-vote on the grid.

    *Aggregate-then-classify* places a stakeholder by its consolidated power and
    interest (see :func:`aggregate`). *Classify-then-vote* lets every rater who
    scored both place it in a quadrant and takes the quadrant most raters chose.
    The two can disagree, and a vote can end in a tie: both are flagged.

    Parameters
    ----------
    smap
        The stakeholder map; its assessments are used.
    threshold
        Where "high" starts, as in :func:`~stakeholder_map.analysis.power_interest`:
        ``"midpoint"`` (default), ``"median"``, ``"mean"`` or a number, once or per
        axis. Data-driven rules are resolved on the aggregated scores, and the same
        cut is used for every rater's vote.
    method
        Central value: ``"median"`` (default), ``"mean"`` or ``"trimmed_mean"``.
    by_date
        None: each rater's latest score, field by field; a date: only that
        date's.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id`` (stakeholders with at least one rating of
        both power and interest), with ``name``, ``power`` and ``interest`` (the
        aggregates), ``quadrant`` (aggregate-then-classify), ``vote`` (the
        plurality quadrant, missing when tied), ``vote_share`` (share of voters
        behind the most-chosen quadrant), ``n_votes``, one ``votes_<quadrant>``
        count per quadrant, and ``status``: ``"agree"``, ``"disagree"`` or
        ``"no_plurality"``. ``df.attrs`` holds the thresholds and the method.

    See Also
    --------
    aggregate : The consolidated scores.
    quadrant_probability : How sure each quadrant is when raters are resampled.

    Notes
    -----
    A score equal to the threshold counts as high (METHODS.md section 1),
    within ``1e-9`` times the scale's span, so a mean computed a rounding error
    below the threshold is high in both classifications. That the
    two procedures can disagree, and should both be shown, is METHODS.md section 8.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.classification_agreement(smap)
    >>> df.loc["ocmw", ["quadrant", "vote", "status"]].tolist()
    ['manage_closely', 'manage_closely', 'agree']
    """
    r = _ratings(smap, by_date=by_date, dimensions=["power", "interest"])
    agg = _aggregate_one(smap, r, method=method, trim=0.2, consensus=1.0)
    keep = (agg["power_n"] > 0) & (agg["interest_n"] > 0)
    power_v, interest_v = r.values[:, :, 0], r.values[:, :, 1]
    mask = keep.to_numpy()
    rules, cuts = _thresholds(
        smap,
        threshold,
        agg.loc[keep, "power"].tolist(),
        agg.loc[keep, "interest"].tolist(),
    )
    tp, ti = cuts["power"], cuts["interest"]
    span = smap.scale.max - smap.scale.min
    agg_code = _quadrant_codes(
        agg["power"].to_numpy(), agg["interest"].to_numpy(), tp, ti, span
    )[mask]
    votes = _quadrant_codes(power_v, interest_v, tp, ti, span)[mask]
    counts = np.stack([(votes == q).sum(axis=1) for q in range(4)], axis=1)
    n_votes = counts.sum(axis=1)
    top = counts.max(axis=1)
    winner = counts.argmax(axis=1)
    tied = (counts == top[:, None]).sum(axis=1) > 1
    out = agg.loc[keep, ["name", "power", "interest"]].copy()
    cats = list(QUADRANTS)
    out["quadrant"] = pd.Categorical(
        [cats[c] for c in agg_code], categories=cats, ordered=True
    )
    out["vote"] = pd.Categorical(
        [None if t else cats[w] for w, t in zip(winner, tied, strict=True)],
        categories=cats,
        ordered=True,
    )
    out["vote_share"] = np.divide(
        top, n_votes, where=n_votes > 0, out=np.full(len(top), np.nan)
    )
    out["n_votes"] = n_votes.astype("int64")
    for q, name in enumerate(cats):
        out[f"votes_{name}"] = counts[:, q].astype("int64")
    status = np.where(
        tied, "no_plurality", np.where(winner == agg_code, "agree", "disagree")
    )
    out["status"] = pd.Categorical(
        status, categories=["agree", "disagree", "no_plurality"]
    )
    out.attrs = {
        "threshold_rule": rules,
        "thresholds": cuts,
        "method": method,
        "convention": "high means score >= threshold (ties within 1e-9 x span)",
    }
    return out


# --------------------------------------------------------------------------------
# Krippendorff's alpha
# --------------------------------------------------------------------------------


def krippendorff_alpha(data: ArrayLike, *, level: Level = "nominal") -> float:
    """Compute Krippendorff's alpha for a reliability data matrix.

    Rows are observers (raters), columns are units (stakeholders); a missing rating
    is NaN (or None). Units with fewer than two ratings are not pairable and are
    left out, as Krippendorff prescribes.

    Parameters
    ----------
    data
        A 2-D array-like, observers x units, of numbers with NaN for missing.
        Nominal data may hold any numeric codes.
    level
        The metric: ``"nominal"``, ``"ordinal"``, ``"interval"`` or ``"ratio"``.

    Returns
    -------
    float
        Alpha: 1 is perfect agreement, 0 agreement at chance level; NaN when fewer
        than two pairable values exist or all values are equal (no variation).

    Raises
    ------
    ValueError
        When ``data`` is not 2-D or ``level`` is unknown; for ``"ratio"`` when a
        value is negative.

    See Also
    --------
    rater_agreement : Alpha per dimension for the raters of a map.

    Notes
    -----
    The coincidence-matrix formulation of Krippendorff (2011): with ``n_uc`` the
    number of ratings of value ``c`` in unit ``u`` and ``m_u`` the unit's number of
    ratings, ``o_ck = sum_u (n_uc n_uk - [c = k] n_uc) / (m_u - 1)``, the margins
    ``n_c = sum_k o_ck`` and ``n = sum_c n_c``; then
    ``alpha = 1 - (n - 1) sum o_ck d_ck / sum n_c n_k d_ck`` with the squared
    difference ``d_ck`` of the level: nominal ``[c != k]``; ordinal
    ``(sum_{g=c..k} n_g - (n_c + n_k) / 2)^2``; interval ``(c - k)^2``; ratio
    ``((c - k) / (c + k))^2``. Computed with numpy on the value counts, so it is
    linear in the number of ratings.

    References
    ----------
    .. [1] Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability.
       Annenberg School for Communication, University of Pennsylvania.

    Examples
    --------
    Krippendorff's (2011) example: 4 observers, 12 units, missing ratings.

    >>> nan = float("nan")
    >>> data = [
    ...     [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
    ...     [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
    ...     [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
    ...     [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],
    ... ]
    >>> round(skm.analysis.krippendorff_alpha(data, level="nominal"), 3)
    0.743
    >>> round(skm.analysis.krippendorff_alpha(data, level="interval"), 3)
    0.849
    """
    check_choice("level", level, LEVELS)
    x = np.asarray(data, dtype=np.float64)
    if x.ndim != 2:
        msg = (
            "`data` must be 2-D (observers x units), but an array of shape "
            f"{x.shape} was passed."
        )
        raise ValueError(msg)
    present = ~np.isnan(x)
    m_u = present.sum(axis=0)
    pairable = m_u >= 2
    x, present, m_u = x[:, pairable], present[:, pairable], m_u[pairable]
    if x.size == 0 or not present.any():
        return float("nan")
    values = np.unique(x[present])
    if level == "ratio" and (values < 0).any():
        msg = "`level='ratio'` needs values of at least 0, but negative ones exist."
        raise ValueError(msg)
    # counts[u, c]: how many observers gave unit u the value c
    codes = np.searchsorted(values, np.where(present, x, values[0]))
    n_units, n_values = x.shape[1], len(values)
    counts = np.zeros((n_units, n_values))
    unit_idx = np.broadcast_to(np.arange(n_units), x.shape)
    np.add.at(counts, (unit_idx[present], codes[present]), 1.0)
    w = 1.0 / (m_u - 1.0)
    coincidence = (counts * w[:, None]).T @ counts - np.diag(
        (counts * w[:, None]).sum(0)
    )
    n_c = coincidence.sum(axis=1)
    n = n_c.sum()
    delta = _delta(values, n_c, level)
    expected = (np.outer(n_c, n_c) * delta).sum()
    if n < 2 or expected == 0:
        return float("nan")
    observed = (coincidence * delta).sum()
    return float(1.0 - (n - 1.0) * observed / expected)


def _delta(
    values: NDArray[np.float64], n_c: NDArray[np.float64], level: str
) -> NDArray[np.float64]:
    """Return the squared difference between every pair of values, per metric."""
    c, k = values[:, None], values[None, :]
    if level == "nominal":
        nominal: NDArray[np.float64] = (c != k).astype(np.float64)
        return nominal
    if level == "interval":
        return np.asarray((c - k) ** 2, dtype=np.float64)
    if level == "ratio":
        total = c + k
        return np.divide(
            (c - k) ** 2, total**2, out=np.zeros((len(values),) * 2), where=total != 0
        )
    cum = np.concatenate([[0.0], np.cumsum(n_c)])
    i = np.arange(len(values))
    lo, hi = np.minimum.outer(i, i), np.maximum.outer(i, i)
    between = cum[hi + 1] - cum[lo]
    return np.asarray(
        (between - (n_c[:, None] + n_c[None, :]) / 2.0) ** 2, dtype=np.float64
    )


def rater_agreement(
    smap: StakeholderMap,
    *,
    level: Level = "ordinal",
    dimensions: Sequence[str] | str | None = None,
    by_date: DateSelector = None,
) -> pd.DataFrame:
    """Measure how well the raters agree, per dimension, with Krippendorff's alpha.

    The stakeholders are the units and the raters the observers; a rater who did
    not score a stakeholder is a missing value.

    Parameters
    ----------
    smap
        The stakeholder map; its assessments are used.
    level
        The level of measurement: ``"nominal"``, ``"ordinal"`` (default: workshop
        scores are ordered categories), ``"interval"`` or ``"ratio"``.
    dimensions
        The dimensions to measure; None: every dimension someone scored.
    by_date
        None: each rater's latest score, field by field; a date: only that
        date's.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``dimension``, with ``alpha``, ``level``, ``n_units``
        (stakeholders with at least two ratings), ``n_raters`` and ``n_values``
        (the pairable ratings). ``df.attrs["thresholds"]`` holds Krippendorff's
        guide values: 0.8 (reliable) and 0.667 (tentative conclusions).

    See Also
    --------
    krippendorff_alpha : The statistic on a raw data matrix.
    rater_deviation : Who rates systematically higher or lower.

    Notes
    -----
    Krippendorff (2011) advises relying on data with alpha >= 0.8 and drawing only
    tentative conclusions for 0.667 <= alpha < 0.8.

    References
    ----------
    .. [1] Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability.
       Annenberg School for Communication, University of Pennsylvania.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.rater_agreement(smap, dimensions=["power", "interest"])
    >>> df["alpha"].round(2).tolist()
    [0.57, 0.72]
    """
    check_choice("level", level, LEVELS)
    r = _ratings(smap, by_date=by_date, dimensions=dimensions)
    rows = []
    for k, dim in enumerate(r.dimensions):
        x = r.values[:, :, k]
        n_per_unit = (~np.isnan(x)).sum(axis=1)
        pairable = n_per_unit >= 2
        rows.append(
            {
                "dimension": dim,
                "alpha": krippendorff_alpha(x.T, level=level),
                "level": level,
                "n_units": int(pairable.sum()),
                "n_raters": int((~np.isnan(x[pairable])).any(axis=0).sum()),
                "n_values": int(n_per_unit[pairable].sum()),
            }
        )
    out = pd.DataFrame(
        rows, columns=["dimension", "alpha", "level", "n_units", "n_raters", "n_values"]
    ).set_index("dimension")
    out.attrs = {"thresholds": {"reliable": 0.8, "tentative": 0.667}}
    return out


def rater_deviation(
    smap: StakeholderMap,
    *,
    method: Method = "median",
    dimensions: Sequence[str] | str | None = None,
    by_date: DateSelector = None,
) -> pd.DataFrame:
    """Show who rates systematically higher or lower than the other raters.

    For each rater and dimension, the mean of the rater's score minus the
    consensus of the *other* raters on the same stakeholder (leave-one-out, so a
    rater does not pull the reference towards themself), over the stakeholders
    that rater and at least one other rater scored.

    Parameters
    ----------
    smap
        The stakeholder map; its assessments are used.
    method
        The consensus of the others: ``"median"`` (default), ``"mean"`` or
        ``"trimmed_mean"``.
    dimensions
        The dimensions to measure; None: every dimension someone scored.
    by_date
        None: each rater's latest score, field by field; a date: only that
        date's.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``rater`` (in order of first assessment), with ``n_rated`` and
        per dimension ``d``: ``d_bias`` (mean signed deviation: positive means the
        rater scores higher than the others) and ``d_abs_dev`` (mean absolute
        deviation).

    See Also
    --------
    rater_agreement : Krippendorff's alpha per dimension.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.rater_deviation(smap, dimensions="power")
    >>> df.index.name, int(df["n_rated"].min()) > 0
    ('rater', True)
    """
    check_choice("method", method, METHODS)
    r = _ratings(smap, by_date=by_date, dimensions=dimensions)
    index = pd.Index(r.raters, name="rater")
    out = pd.DataFrame(index=index)
    out["n_rated"] = (
        (~np.all(np.isnan(r.values), axis=-1)).sum(axis=0).astype("int64")
        if r.values.size
        else np.zeros(len(index), dtype="int64")
    )
    n_r = len(r.raters)
    for k, dim in enumerate(r.dimensions):
        x = r.values[:, :, k]
        bias = np.full(n_r, np.nan)
        absdev = np.full(n_r, np.nan)
        for j in range(n_r):
            others = np.delete(x, j, axis=1)
            ref = _central(others, method)
            dev = x[:, j] - ref
            ok = ~np.isnan(dev)
            if ok.any():
                bias[j] = float(dev[ok].mean())
                absdev[j] = float(np.abs(dev[ok]).mean())
        out[f"{dim}_bias"] = bias
        out[f"{dim}_abs_dev"] = absdev
    out.attrs = {"method": method, "reference": "leave-one-out consensus"}
    return out


# --------------------------------------------------------------------------------
# quadrant probability (bootstrap over raters)
# --------------------------------------------------------------------------------


def _resolve_vectorised(
    rule: str | float, values: NDArray[np.float64], midpoint: float
) -> NDArray[np.float64]:
    """Resolve a threshold rule per resample; ``values`` is (resamples, units)."""
    if not isinstance(rule, str):
        return np.full(values.shape[0], float(rule))
    if rule == "midpoint":
        return np.full(values.shape[0], midpoint)
    s, n = _sorted_and_count(values)
    if rule == "median":
        res = _quantile(s, n, 0.5)
    else:
        total = np.nansum(values, axis=-1)
        res = np.divide(total, n, out=np.full(total.shape, np.nan), where=n > 0)
    return np.where(np.isnan(res), midpoint, res)


def quadrant_probability(
    smap: StakeholderMap,
    *,
    n_boot: int = 1000,
    seed: int = 0,
    threshold: Threshold = "midpoint",
    method: Method = "median",
    by_date: DateSelector = None,
    borderline: float = 0.8,
    tolerance: float = 0.5,
) -> pd.DataFrame:
    """Estimate how sure each stakeholder's quadrant is, by resampling the raters.

    The raters are drawn with replacement ``n_boot`` times (a bootstrap over
    participants, so each rater's habits travel with them); each time every
    stakeholder is aggregated over the drawn raters and placed on the grid. The
    share of resamples in each quadrant estimates its probability. It also shows
    how the result moves with the threshold: a stakeholder whose consolidated
    score lies within ``tolerance`` of a threshold changes quadrant when the
    threshold moves that much.

    Parameters
    ----------
    smap
        The stakeholder map; its assessments are used.
    n_boot
        Number of resamples.
    seed
        Seed of the random generator (:func:`numpy.random.default_rng`); the same
        seed gives the same result.
    threshold
        Where "high" starts: ``"midpoint"`` (default), ``"median"``, ``"mean"`` or a
        number, once or per axis. Data-driven rules are recomputed in each
        resample.
    method
        Central value: ``"median"`` (default), ``"mean"`` or ``"trimmed_mean"``.
    by_date
        None: each rater's latest score, field by field; a date: only that
        date's.
    borderline
        A stakeholder is borderline when its most likely quadrant has a
        probability below this, or it is threshold-sensitive.
    tolerance
        How far the threshold may move, in points of a 1..5 scale (scaled to the
        map's scale), for the ``threshold_sensitive`` flag.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id`` (stakeholders with ratings of power and
        interest), with ``name``, ``power`` and ``interest`` (aggregates of all
        raters), ``quadrant`` (their quadrant), ``p_manage_closely``,
        ``p_keep_satisfied``, ``p_keep_informed``, ``p_monitor``, ``p_quadrant``
        (probability of ``quadrant``), ``most_likely``, ``power_margin`` and
        ``interest_margin`` (score minus threshold), ``threshold_sensitive`` and
        ``borderline``. ``df.attrs`` holds the thresholds, ``n_boot``, ``seed``,
        the number of raters who scored power and interest (``n_raters``) and
        the resamples left out per stakeholder (``n_missing``) when a resample drew
        none of its raters.

    Raises
    ------
    ValueError
        When ``n_boot`` is below 1 or ``borderline`` is not in 0..1.

    Warns
    -----
    StakeholderMapWarning
        When fewer than three raters scored power and interest: with one rater
        every probability is 0 or 100 %, with two the resampling has only three
        distinct outcomes per stakeholder.

    See Also
    --------
    classification_agreement : Aggregate-then-classify against the raters' vote.

    Notes
    -----
    Resampling raters, not single ratings, is this library's convention: it keeps
    the dependence between one person's scores. The computation is vectorised over
    resamples and stakeholders with numpy. A score equal to the threshold (within
    ``1e-9`` times the scale's span) counts as high.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.quadrant_probability(smap, n_boot=200)
    >>> float(df.loc["ocmw", "p_manage_closely"]) > 0.5
    True
    """
    if n_boot < 1:
        msg = f"`n_boot` must be at least 1, but {n_boot!r} was passed."
        raise ValueError(msg)
    if not 0 <= borderline <= 1:
        msg = f"`borderline` must lie in 0..1, but {borderline!r} was passed."
        raise ValueError(msg)
    check_choice("method", method, METHODS)
    r = _ratings(smap, by_date=by_date, dimensions=["power", "interest"])
    agg = _aggregate_one(smap, r, method=method, trim=0.2, consensus=1.0)
    keep = ((agg["power_n"] > 0) & (agg["interest_n"] > 0)).to_numpy()
    values = r.values[keep]
    agg = agg.loc[keep]
    rules, cuts = _thresholds(
        smap, threshold, agg["power"].tolist(), agg["interest"].tolist()
    )
    rule_map = split_threshold(threshold, ("power", "interest"))
    n_units, n_raters = values.shape[0], values.shape[1]
    # Raters who gave both power and interest to at least one stakeholder.
    n_scoring = int(np.isfinite(values).all(axis=2).any(axis=0).sum()) if n_units else 0
    if 0 < n_scoring < 3:
        lang = smap.language.value
        warn_user(StakeholderMapWarning(i18n.text("few_raters", lang, n=n_scoring)))
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, max(n_raters, 1), size=(n_boot, n_raters))
    # (units, resamples, drawn raters) for each axis
    central = []
    for k in range(2):
        sample = values[:, :, k][:, draws]
        central.append(_central(sample, method))
    power_b, interest_b = central
    tp = _resolve_vectorised(rule_map["power"], power_b.T, smap.scale.midpoint)
    ti = _resolve_vectorised(rule_map["interest"], interest_b.T, smap.scale.midpoint)
    span = smap.scale.max - smap.scale.min
    codes = _quadrant_codes(power_b, interest_b, tp[None, :], ti[None, :], span)
    valid = (codes >= 0).sum(axis=1)
    probs = np.stack(
        [
            np.divide(
                (codes == q).sum(axis=1),
                valid,
                out=np.full(n_units, np.nan),
                where=valid > 0,
            )
            for q in range(4)
        ],
        axis=1,
    )
    point = _quadrant_codes(
        agg["power"].to_numpy(),
        agg["interest"].to_numpy(),
        cuts["power"],
        cuts["interest"],
        span,
    )
    cats = list(QUADRANTS)
    out = agg[["name", "power", "interest"]].copy()
    out["quadrant"] = pd.Categorical(
        [cats[c] for c in point], categories=cats, ordered=True
    )
    for q, name in enumerate(cats):
        out[f"p_{name}"] = probs[:, q]
    out["p_quadrant"] = probs[np.arange(n_units), point] if n_units else []
    out["most_likely"] = pd.Categorical(
        [cats[c] for c in np.argmax(np.nan_to_num(probs, nan=-1.0), axis=1)]
        if n_units
        else [],
        categories=cats,
        ordered=True,
    )
    delta = tolerance * (smap.scale.max - smap.scale.min) / 4.0
    out["power_margin"] = out["power"] - cuts["power"]
    out["interest_margin"] = out["interest"] - cuts["interest"]
    sens = np.zeros(n_units, dtype=bool)
    for axis in ("power", "interest"):
        m = out[f"{axis}_margin"].to_numpy()
        sens |= (m >= -delta) & (m < delta)
    out["threshold_sensitive"] = sens
    top = np.nanmax(probs, axis=1) if n_units else np.array([])
    out["borderline"] = (top < borderline) | sens
    out.attrs = {
        "threshold_rule": rules,
        "thresholds": cuts,
        "n_boot": n_boot,
        "seed": seed,
        "method": method,
        "tolerance": delta,
        "borderline": borderline,
        "n_missing": dict(
            zip(out.index, (n_boot - valid).astype(int).tolist(), strict=True)
        ),
        "convention": "high means score >= threshold; raters resampled",
        "n_raters": n_scoring,
    }
    return out
