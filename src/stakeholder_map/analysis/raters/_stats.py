"""Vectorised statistics over the raters, with NaN as "not rated".

Holds the sorted counts, quantiles, central values (median, mean, trimmed mean) and
spreads that every rater measure computes along the last axis. Layer: analysis. May
import numpy, pandas, the foundation (``_types``, ``_dates``, ``exceptions``,
``i18n``), the analysis helpers (``analysis._common``) and the modules of this
package before it in ``__init__``'s list; never matplotlib.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray


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
