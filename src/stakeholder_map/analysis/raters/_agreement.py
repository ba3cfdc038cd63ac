"""How much the raters agree: Krippendorff's alpha and each rater's deviation.

Holds :func:`krippendorff_alpha` (for any reliability data matrix),
:func:`rater_agreement` (alpha per dimension of a map) and :func:`rater_deviation`
(each rater against the others' consensus). Layer: analysis. May import numpy,
pandas, the foundation (``_types``, ``_dates``, ``exceptions``, ``i18n``), the
analysis helpers (``analysis._common``) and the modules of this package before it in
``__init__``'s list; never matplotlib.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from stakeholder_map.analysis._common import check_choice
from stakeholder_map.analysis.raters._ratings import (
    LEVELS,
    METHODS,
    DateSelector,
    Level,
    Method,
    _ratings,
)
from stakeholder_map.analysis.raters._stats import _central

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

    from stakeholder_map.models import StakeholderMap


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
