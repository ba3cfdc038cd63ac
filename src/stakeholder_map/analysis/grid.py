"""The power/interest grid (Mendelow 1981, as adapted by Johnson & Scholes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stakeholder_map._types import Quadrant
from stakeholder_map.analysis._common import (
    Threshold,
    at_or_above,
    check_choice,
    drop_unassessed,
    resolve_threshold,
    split_threshold,
    stakeholder_frame,
)
from stakeholder_map.i18n import label_sets, quadrant_label, quadrant_strategy

if TYPE_CHECKING:
    import pandas as pd

    from stakeholder_map.models import StakeholderMap

__all__ = ["classify_quadrant", "power_interest"]


def classify_quadrant(
    power: float,
    interest: float,
    *,
    power_threshold: float,
    interest_threshold: float,
    span: float | None = None,
) -> Quadrant:
    """Return the quadrant of one stakeholder; a score equal to a threshold is high.

    Parameters
    ----------
    power, interest
        The stakeholder's scores.
    power_threshold, interest_threshold
        The cut points; ``score >= threshold`` counts as high.
    span
        The width of the rating scale (``max - min``). A score less than
        ``1e-9 * span`` below a threshold counts as equal to it, so as high: a
        threshold computed as a mean lands a rounding error off the exact value.
        Without ``span`` the tolerance is relative to ``max(1, |threshold|)``.

    Returns
    -------
    Quadrant
        The quadrant key.

    Examples
    --------
    >>> from stakeholder_map.analysis import classify_quadrant
    >>> classify_quadrant(3, 2, power_threshold=3, interest_threshold=3)
    <Quadrant.KEEP_SATISFIED: 'keep_satisfied'>
    """
    high_power = bool(at_or_above(power, power_threshold, span))
    high_interest = bool(at_or_above(interest, interest_threshold, span))
    if high_power:
        return Quadrant.MANAGE_CLOSELY if high_interest else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if high_interest else Quadrant.MONITOR


def power_interest(
    smap: StakeholderMap,
    *,
    threshold: Threshold = "midpoint",
    labels: str = "en",
) -> pd.DataFrame:
    """Classify stakeholders on the power/interest grid.

    Each stakeholder with both a power and an interest score falls in one of four
    quadrants: *manage closely* (high power, high interest), *keep satisfied* (high
    power, low interest), *keep informed* (low power, high interest) and *monitor*
    (low, low). A score equal to the threshold counts as high; "equal" allows for
    floating-point rounding, a difference of less than ``1e-9`` times the scale's
    span (so with ``threshold="mean"`` and powers 1.0, 1.4, 1.8 the stakeholder at
    1.4, the mean, is high).

    Parameters
    ----------
    smap
        The stakeholder map.
    threshold
        Where "high" starts: ``"midpoint"`` (the middle of the map's scale, the
        default), ``"median"`` or ``"mean"`` (over the stakeholders analysed) or a
        number. Give a pair ``(power_rule, interest_rule)`` or a dict
        ``{"power": ..., "interest": ...}`` to set each axis on its own.
    labels
        The label set for ``label`` and ``strategy``: ``"en"`` (PMBOK/Mind Tools
        wording), ``"nl"`` (Dutch), ``"eden_ackermann"`` (players, context setters,
        subjects, crowd) or ``"johnson_scholes"`` (key players ... minimal effort).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id``, in map order, with columns ``name``,
        ``short_name`` (None when not set), ``category``, ``power``,
        ``interest``, ``attitude``, ``quadrant`` (an ordered categorical of the
        :class:`~stakeholder_map.Quadrant` keys),
        ``label`` (the quadrant's title in the label set) and ``strategy``. The
        rule and threshold values used are in ``df.attrs``: ``threshold_rule``,
        ``thresholds`` (per axis), ``scale``, ``labels`` and ``convention``.

    Warns
    -----
    StakeholderMapWarning
        When stakeholders without power or interest are left out; it names them.

    See Also
    --------
    stakeholder_map.plotting.plot_power_interest : Draw the grid.

    Notes
    -----
    Mendelow's (1981) original matrix crossed power with *dynamism*; the power x
    interest grid is the adaptation by Johnson & Scholes (*Exploring Corporate
    Strategy*). Eden & Ackermann (1998) name the quadrants players, context
    setters, subjects and crowd. The threshold convention (inclusive; midpoint of
    the scale by default) is this library's, as stated in ``df.attrs``.

    References
    ----------
    .. [1] Mendelow, A. (1981). Environmental scanning: the impact of the
       stakeholder concept. *ICIS 1981 Proceedings*.
    .. [2] Johnson, G., & Scholes, K. *Exploring Corporate Strategy*. Prentice Hall.
    .. [3] Eden, C., & Ackermann, F. (1998). *Making Strategy: The Journey of
       Strategic Management*. Sage.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.power_interest(smap, labels="nl")
    >>> df.loc["ocmw", ["quadrant", "label"]].tolist()
    ['manage_closely', 'Nauw betrekken']
    >>> df.attrs["thresholds"]
    {'power': 3.0, 'interest': 3.0}
    """
    import pandas as pd

    check_choice("labels", labels, label_sets())
    rules = split_threshold(threshold, ("power", "interest"))
    df = stakeholder_frame(smap)
    df = drop_unassessed(
        df,
        ("power", "interest"),
        analysis="power/interest grid",
        lang=str(smap.language),
    )
    cuts = {
        axis: resolve_threshold(rules[axis], df[axis].tolist(), smap.scale, axis)
        for axis in ("power", "interest")
    }
    quadrants = [
        classify_quadrant(
            p,
            i,
            power_threshold=cuts["power"],
            interest_threshold=cuts["interest"],
            span=smap.scale.max - smap.scale.min,
        ).value
        for p, i in zip(df["power"], df["interest"], strict=True)
    ]
    out = df[["name", "short_name", "category", "power", "interest", "attitude"]].copy()
    out["quadrant"] = pd.Categorical(
        quadrants, categories=[q.value for q in Quadrant], ordered=True
    )
    out["label"] = [quadrant_label(q, labels) for q in quadrants]
    out["strategy"] = [quadrant_strategy(q, labels) for q in quadrants]
    out.attrs = {
        "threshold_rule": {a: str(r) for a, r in rules.items()},
        "thresholds": cuts,
        "scale": (smap.scale.min, smap.scale.max),
        "labels": labels,
        "convention": "high means score >= threshold (ties within 1e-9 x span)",
    }
    return out
