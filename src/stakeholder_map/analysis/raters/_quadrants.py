"""How sure a stakeholder's quadrant is when several raters score it.

Holds :func:`classification_agreement` (aggregate-then-classify against
classify-then-vote) and :func:`quadrant_probability` (the quadrant's share over
bootstrap samples of the raters). Layer: analysis. May import numpy, pandas, the
foundation (``_types``, ``_dates``, ``exceptions``, ``i18n``), the analysis helpers
(``analysis._common``) and the modules of this package before it in ``__init__``'s
list; never matplotlib.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from stakeholder_map import i18n
from stakeholder_map.analysis._common import (
    Threshold,
    at_or_above,
    check_choice,
    resolve_threshold,
    split_threshold,
)
from stakeholder_map.analysis.raters._aggregate import _aggregate_one
from stakeholder_map.analysis.raters._ratings import (
    METHODS,
    QUADRANTS,
    DateSelector,
    Method,
    _ratings,
)
from stakeholder_map.analysis.raters._stats import (
    _central,
    _quantile,
    _sorted_and_count,
)
from stakeholder_map.exceptions import StakeholderMapWarning, warn_user

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from stakeholder_map.models import StakeholderMap


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
