"""The power/attitude grid: who can sway the outcome, and on which side they stand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stakeholder_map._types import AttitudeClass, Stance
from stakeholder_map.analysis._common import (
    ThresholdRule,
    at_or_above,
    drop_unassessed,
    resolve_threshold,
    stakeholder_frame,
)
from stakeholder_map.analysis._views import categorical, check_lang, stance_of
from stakeholder_map.i18n import text
from stakeholder_map.models import Scale

if TYPE_CHECKING:
    import pandas as pd

    from stakeholder_map.models import StakeholderMap

__all__ = ["attitude_grid", "classify_attitude"]

_CELLS: dict[tuple[bool, Stance], AttitudeClass] = {
    (True, Stance.SUPPORTIVE): AttitudeClass.KEY_ALLY,
    (True, Stance.NEUTRAL): AttitudeClass.KEY_NEUTRAL,
    (True, Stance.OPPOSED): AttitudeClass.KEY_OPPONENT,
    (False, Stance.SUPPORTIVE): AttitudeClass.ALLY,
    (False, Stance.NEUTRAL): AttitudeClass.BYSTANDER,
    (False, Stance.OPPOSED): AttitudeClass.CRITIC,
}


def classify_attitude(high_power: bool, attitude: float) -> AttitudeClass:
    """Return the power/attitude cell of one stakeholder.

    Parameters
    ----------
    high_power
        Whether power (or influence) is at or above the threshold.
    attitude
        Support on -2..+2; above 0 is supportive, 0 neutral, below 0 opposed.

    Returns
    -------
    AttitudeClass
        ``key_ally``, ``key_neutral`` or ``key_opponent`` with high power;
        ``ally``, ``bystander`` or ``critic`` with low power.

    See Also
    --------
    attitude_grid : Classify every stakeholder of a map.

    Examples
    --------
    >>> from stakeholder_map.analysis import classify_attitude
    >>> str(classify_attitude(True, -0.5)), str(classify_attitude(False, 0))
    ('key_opponent', 'bystander')
    """
    return _CELLS[(bool(high_power), stance_of(attitude))]


def attitude_grid(
    smap: StakeholderMap,
    *,
    threshold: ThresholdRule = "midpoint",
    influence: pd.Series | None = None,
    lang: str = "en",
) -> pd.DataFrame:
    """Place stakeholders on the power/attitude grid.

    Power (or another measure of influence) is cut into high and low; attitude
    into supportive (> 0), neutral (0) and opposed (< 0). The six cells, each
    with a strategy, are *key ally* (promote), *influential neutral* (persuade),
    *key opponent* (defend), *ally* (mobilise), *bystander* (inform) and
    *critic* (monitor).

    Parameters
    ----------
    smap
        The stakeholder map.
    threshold
        Where power becomes high: ``"midpoint"`` (the default), ``"median"``,
        ``"mean"`` or a number; a score equal to the threshold (within ``1e-9`` times
        the scale's span) counts as high.
    influence
        Optional scores indexed by ``stakeholder_id`` to use instead of power, e.g.
        a centrality from a network analysis. Having no declared scale, its
        ``"midpoint"`` is the middle of its observed range. Stakeholders it
        leaves out count as not assessed.
    lang
        Language of the ``strategy`` column, ``"en"`` or ``"nl"``.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id``, in map order, with columns ``name``,
        ``power`` (or ``influence``), ``attitude``, ``high_power`` (boolean),
        ``stance`` (supportive, neutral, opposed), ``attitude_class`` (ordered
        categorical of :class:`~stakeholder_map._types.AttitudeClass`) and
        ``strategy``. ``df.attrs`` holds ``axis`` (``"power"`` or
        ``"influence"``), ``threshold``, ``threshold_rule``, ``scale``,
        ``convention`` and ``source``.

    Raises
    ------
    TypeError
        When ``influence`` is not a pandas Series.

    Warns
    -----
    StakeholderMapWarning
        When stakeholders lack power (or influence) or attitude; they are left
        out and named.

    See Also
    --------
    classify_attitude : The rule for one stakeholder.
    stakeholder_map.plotting.plot_attitude_grid : Draw the grid.
    stakeholder_cube : Adds interest as a third dimension.

    Notes
    -----
    Bryson (2004) reviews maps that place stakeholders by their power and by their
    support for or opposition to a proposal (problem-frame stakeholder maps). The
    six cell names, the separate neutral band and the strategies are this
    library's convention; so is the inclusive threshold.

    References
    ----------
    .. [1] Bryson, J. M. (2004). What to do when stakeholders matter. *Public
       Management Review*, 6(1), 21-53.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> grid = skm.analysis.attitude_grid(smap, lang="nl")
    >>> str(grid.loc["ocmw", "attitude_class"])
    'key_ally'
    >>> grid.loc["ocmw", "strategy"].split(":")[0]
    'Inzetten'
    """
    import pandas as pd

    check_lang(lang)
    df = stakeholder_frame(smap)
    axis = "power"
    scale: Scale | None = smap.scale
    lo = 0.0
    if influence is not None:
        if not isinstance(influence, pd.Series):
            msg = (
                "`influence` must be a pandas Series indexed by stakeholder_id, but "
                f"{type(influence).__name__} was passed."
            )
            raise TypeError(msg)
        axis = "influence"
        df[axis] = influence.reindex(df.index).astype("float64")
        observed = df[axis].dropna()
        lo = float(observed.min()) if len(observed) else 0.0
        hi = float(observed.max()) if len(observed) else 1.0
        # A series has no declared scale: its observed range stands in for one.
        scale = Scale(min=lo, max=hi) if lo < hi else None
    df = drop_unassessed(
        df,
        (axis, "attitude"),
        analysis="power/attitude grid",
        lang=str(smap.language),
    )
    if scale is None and threshold == "midpoint":
        cut = lo  # every stakeholder has the same influence: all count as high
    else:
        cut = resolve_threshold(threshold, df[axis].tolist(), scale or smap.scale, axis)
    out = df[["name", axis, "attitude"]].copy()
    out["high_power"] = at_or_above(
        out[axis], cut, None if scale is None else scale.max - scale.min
    )
    out["stance"] = categorical((stance_of(a) for a in out["attitude"]), Stance)
    cells = [
        classify_attitude(h, a)
        for h, a in zip(out["high_power"], out["attitude"], strict=True)
    ]
    out["attitude_class"] = categorical(cells, AttitudeClass)
    out["strategy"] = [text(f"strategy_{c}", lang) for c in cells]
    out.attrs = {
        "axis": axis,
        "threshold_rule": str(threshold),
        "threshold": cut,
        "scale": (scale.min, scale.max) if scale else (lo, lo),
        "convention": f"high means {axis} >= threshold; supportive attitude > 0, "
        "neutral = 0, opposed < 0",
        "source": "after Bryson (2004); cell names are this library's",
    }
    return out
