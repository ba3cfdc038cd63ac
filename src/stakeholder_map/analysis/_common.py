"""Helpers shared by the analyses: thresholds, input checks, frames from maps."""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from stakeholder_map.exceptions import UnassessedWarning
from stakeholder_map.i18n import label, normalize, text

if TYPE_CHECKING:
    import pandas as pd

    from stakeholder_map.models import Scale, StakeholderMap

ThresholdRule = str | float | int
Threshold = ThresholdRule | Sequence[ThresholdRule] | Mapping[str, ThresholdRule]

THRESHOLD_RULES = ("midpoint", "median", "mean")

#: Ties on a threshold: a score less than this fraction of the scale's span below
#: the threshold counts as equal to it, so as high (METHODS.md section 1).
TIE_TOLERANCE = 1e-9


def tie_margin(threshold: Any, span: float | None = None) -> Any:
    """Return how far below ``threshold`` a score still ties with it.

    ``TIE_TOLERANCE * span``, with ``span`` the width of the rating scale
    (``max - min``); without a span (or with a span of 0) the margin is relative
    to ``max(1, |threshold|)``.
    """
    if span is not None and span != 0:
        return TIE_TOLERANCE * abs(float(span))
    if isinstance(threshold, int | float):
        return TIE_TOLERANCE * max(1.0, abs(float(threshold)))
    import numpy as np

    return TIE_TOLERANCE * np.maximum(1.0, np.abs(threshold))


def at_or_above(score: Any, threshold: Any, span: float | None = None) -> Any:
    """Return whether ``score`` is at or above ``threshold``, ties counting as high.

    The one comparison of a score with a threshold that every view uses. Means and
    medians computed in floating point land a rounding error off the exact value
    (the mean of 1.0, 1.4 and 1.8 is computed as 1.4000000000000001; the mean of
    1.8, 3.3, 3.3 and 3.6 as 2.9999999999999996), so a score is high when
    ``score >= threshold - 1e-9 * span`` (see :func:`tie_margin`). Works on
    numbers, NumPy arrays and pandas Series alike; NaN is never high.

    Examples
    --------
    >>> from stakeholder_map.analysis._common import at_or_above
    >>> at_or_above(1.4, (1.0 + 1.4 + 1.8) / 3, span=4.0)
    True
    >>> at_or_above(1.39, 1.4, span=4.0)
    False
    """
    return score >= threshold - tie_margin(threshold, span)


def on_threshold(score: Any, threshold: Any, span: float | None = None) -> Any:
    """Return whether ``score`` ties with ``threshold``, within the tie margin.

    The plots use it to move markers that sit on a threshold line to its high
    side, as :func:`at_or_above` counts them.

    Examples
    --------
    >>> from stakeholder_map.analysis._common import on_threshold
    >>> on_threshold(1.4, (1.0 + 1.4 + 1.8) / 3, span=4.0)
    True
    """
    return abs(score - threshold) <= tie_margin(threshold, span)


def node_index(nodes: Iterable[Any], name: str = "stakeholder_id") -> pd.Index:
    """Return an index of graph nodes, one label per node, whatever the node keys.

    pandas turns a list of tuples into a MultiIndex; graph nodes are single
    labels, so tuple keys (``("ocmw", 2026)``) stay one label each.
    """
    import pandas as pd

    return pd.Index(list(nodes), name=name, dtype=object, tupleize_cols=False)


def check_choice(name: str, value: Any, choices: Iterable[Any]) -> None:
    """Raise a clear ValueError when ``value`` is not one of ``choices``."""
    options = list(choices)
    if value not in options:
        msg = f"`{name}` must be one of {options}, but {value!r} was passed."
        raise ValueError(msg)


def resolve_threshold(
    rule: ThresholdRule, values: Sequence[float], scale: Scale, axis: str
) -> float:
    """Turn a threshold rule into a number (METHODS.md section 1).

    ``"midpoint"`` is the middle of the scale, ``"median"`` and ``"mean"`` are taken
    over ``values`` (the stakeholders analysed); a number is used as it is.
    """
    if isinstance(rule, bool):
        msg = f"The threshold for `{axis}` must be a rule or a number, not {rule!r}."
        raise TypeError(msg)
    if isinstance(rule, int | float):
        value = float(rule)
        if not math.isfinite(value):
            msg = f"The threshold for `{axis}` must be finite, but {rule!r} was passed."
            raise ValueError(msg)
        return value
    check_choice(f"threshold ({axis})", rule, THRESHOLD_RULES)
    if rule == "midpoint":
        return scale.midpoint
    if not values:
        return scale.midpoint
    import statistics

    if rule == "median":
        return float(statistics.median(values))
    return float(statistics.fmean(values))


def split_threshold(threshold: Threshold, axes: Sequence[str]) -> dict[str, Any]:
    """Spread a threshold given once, per axis as a pair, or as a dict over axes."""
    if isinstance(threshold, str | int | float):
        return dict.fromkeys(axes, threshold)
    if isinstance(threshold, Mapping):
        unknown = set(threshold) - set(axes)
        if unknown:
            msg = (
                f"`threshold` keys must be among {list(axes)}, but "
                f"{sorted(unknown)} were passed."
            )
            raise ValueError(msg)
        return {a: threshold.get(a, "midpoint") for a in axes}
    items = list(threshold)
    if len(items) != len(axes):
        msg = (
            f"`threshold` must be one rule or {len(axes)} (one per axis: "
            f"{list(axes)}), but {len(items)} were passed."
        )
        raise ValueError(msg)
    return dict(zip(axes, items, strict=True))


def stakeholder_frame(smap: StakeholderMap) -> pd.DataFrame:
    """Return one row per stakeholder with the scalar fields, indexed by id."""
    import pandas as pd

    fields = [
        "name",
        "short_name",
        "category",
        "power",
        "interest",
        "attitude",
        "legitimacy",
        "urgency",
        "proximity",
    ]
    data = {f: [getattr(s, f) for s in smap.stakeholders] for f in fields}
    index = pd.Index([s.id for s in smap.stakeholders], name="stakeholder_id")
    df = pd.DataFrame(data, index=index)
    for f in ("power", "interest", "attitude", "legitimacy", "urgency", "proximity"):
        df[f] = df[f].astype("float64")
    return df


def drop_unassessed(
    df: pd.DataFrame, columns: Sequence[str], *, analysis: str, lang: str = "en"
) -> pd.DataFrame:
    """Leave out rows missing any of ``columns``, warning with their names.

    ``analysis`` names the analysis in English ("power/interest grid"); the
    warning is said in ``lang``, the map's language.
    """
    missing = df[list(columns)].isna().any(axis=1)
    if missing.any():
        names = ", ".join(f"{n!r}" for n in df.loc[missing, "name"].tolist())
        cols = f" {text('or', lang)} ".join(f"`{c}`" for c in columns)
        key = "analysis_" + normalize(analysis)
        name = label(key, lang)
        msg = text(
            "warn_unassessed",
            lang,
            count=int(missing.sum()),
            columns=cols,
            analysis=analysis if name == key else name,
            names=names,
        )
        left_out = [str(n) for n in df.loc[missing, "name"].tolist()]
        warnings.warn(UnassessedWarning(msg, names=left_out), stacklevel=3)
    return df.loc[~missing].copy()
