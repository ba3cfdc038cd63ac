"""Salience and the stakeholder cube: two typologies of attributes had or lacked.

Mitchell, Agle & Wood (1997) classify by power, legitimacy and urgency;
Murray-Webster & Simon (2006) by power, interest and attitude.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stakeholder_map._types import SalienceClass, SalienceGroup, StakeholderType, Stance
from stakeholder_map.analysis._common import (
    Threshold,
    at_or_above,
    drop_unassessed,
    resolve_threshold,
    split_threshold,
    stakeholder_frame,
)
from stakeholder_map.analysis._views import categorical, check_lang, stance_of
from stakeholder_map.i18n import text
from stakeholder_map.models import Scale, StakeholderMap

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "SALIENCE_ATTRIBUTES",
    "classify_cube",
    "classify_salience",
    "salience",
    "stakeholder_cube",
]

#: The three attributes of Mitchell, Agle & Wood, in the order of their table.
SALIENCE_ATTRIBUTES = ("power", "legitimacy", "urgency")

# METHODS.md section 3: (power, legitimacy, urgency) present -> class.
_SALIENCE_TABLE: dict[tuple[bool, bool, bool], SalienceClass] = {
    (True, False, False): SalienceClass.DORMANT,
    (False, True, False): SalienceClass.DISCRETIONARY,
    (False, False, True): SalienceClass.DEMANDING,
    (True, True, False): SalienceClass.DOMINANT,
    (True, False, True): SalienceClass.DANGEROUS,
    (False, True, True): SalienceClass.DEPENDENT,
    (True, True, True): SalienceClass.DEFINITIVE,
    (False, False, False): SalienceClass.NON_STAKEHOLDER,
}
_GROUPS = {
    0: SalienceGroup.NONE,
    1: SalienceGroup.LATENT,
    2: SalienceGroup.EXPECTANT,
    3: SalienceGroup.DEFINITIVE,
}

# METHODS.md section 4: (high power, high interest, backer) -> type.
_CUBE_TABLE: dict[tuple[bool, bool, bool], StakeholderType] = {
    (True, True, True): StakeholderType.SAVIOUR,
    (False, True, True): StakeholderType.FRIEND,
    (True, True, False): StakeholderType.SABOTEUR,
    (False, True, False): StakeholderType.IRRITANT,
    (True, False, True): StakeholderType.SLEEPING_GIANT,
    (False, False, True): StakeholderType.ACQUAINTANCE,
    (True, False, False): StakeholderType.TIME_BOMB,
    (False, False, False): StakeholderType.TRIPWIRE,
}


def classify_salience(
    power: bool, legitimacy: bool, urgency: bool
) -> tuple[SalienceClass, SalienceGroup, int]:
    """Return the salience class, group and salience of one stakeholder.

    Parameters
    ----------
    power, legitimacy, urgency
        Whether the stakeholder has each attribute.

    Returns
    -------
    tuple
        The :class:`~stakeholder_map._types.SalienceClass`, its
        :class:`~stakeholder_map._types.SalienceGroup` and the number of attributes
        present (0-3), which Mitchell, Agle & Wood call salience.

    See Also
    --------
    salience : Classify every stakeholder of a map.

    Examples
    --------
    >>> from stakeholder_map.analysis import classify_salience
    >>> cls, group, n = classify_salience(True, False, True)
    >>> str(cls), str(group), n
    ('dangerous', 'expectant', 2)
    """
    key = (bool(power), bool(legitimacy), bool(urgency))
    n = sum(key)
    return _SALIENCE_TABLE[key], _GROUPS[n], n


def classify_cube(
    high_power: bool, high_interest: bool, attitude: float
) -> StakeholderType | None:
    """Return the Murray-Webster & Simon type of one stakeholder.

    Parameters
    ----------
    high_power, high_interest
        Whether power and interest are high (interest high means *active*).
    attitude
        Support on -2..+2: above 0 is a *backer*, below 0 a *blocker*.

    Returns
    -------
    StakeholderType or None
        The type; None for a neutral attitude (0), which has no type in the source.

    See Also
    --------
    stakeholder_cube : Classify every stakeholder of a map.

    Examples
    --------
    >>> from stakeholder_map.analysis import classify_cube
    >>> str(classify_cube(True, False, -1))
    'time_bomb'
    >>> classify_cube(True, True, 0) is None
    True
    """
    stance = stance_of(attitude)
    if stance is Stance.NEUTRAL:
        return None
    return _CUBE_TABLE[
        (bool(high_power), bool(high_interest), stance is Stance.SUPPORTIVE)
    ]


def _frame_attributes(
    df: pd.DataFrame, rules: dict[str, object], scale: Scale | None
) -> tuple[pd.DataFrame, dict[str, float | None]]:
    """Turn a frame's attribute columns into booleans (numbers via thresholds)."""
    import pandas as pd
    from pandas.api.types import is_bool_dtype, is_numeric_dtype

    missing = [c for c in SALIENCE_ATTRIBUTES if c not in df.columns]
    if missing:
        msg = (
            f"`data` must have the columns {list(SALIENCE_ATTRIBUTES)}, but "
            f"{missing} are missing. Available: {list(df.columns)}."
        )
        raise ValueError(msg)
    out = pd.DataFrame(index=df.index.copy())
    out.index.name = "stakeholder_id"
    if "name" in df.columns:
        out["name"] = df["name"]
    else:
        out["name"] = [str(i) for i in df.index]
    cuts: dict[str, float | None] = {}
    for col in SALIENCE_ATTRIBUTES:
        values = df[col]
        if values.isna().any():
            bad = [str(i) for i in values.index[values.isna()]]
            msg = f"Column `{col}` of `data` has missing values (ids {bad})."
            raise ValueError(msg)
        if is_bool_dtype(values):
            out[col] = values.astype(bool)
            cuts[col] = None
        elif is_numeric_dtype(values):
            rule = rules[col]
            if scale is None and rule == "midpoint":
                msg = (
                    f"Column `{col}` of `data` holds scores, and the threshold rule "
                    "'midpoint' needs the rating scale: pass `scale=(min, max)`, a "
                    "number or 'median' as `threshold`, or booleans."
                )
                raise ValueError(msg)
            cut = resolve_threshold(
                rule,  # type: ignore[arg-type]
                values.astype(float).tolist(),
                scale or Scale(),
                col,
            )
            span = None if scale is None else scale.max - scale.min
            out[col] = at_or_above(values.astype(float), cut, span)
            cuts[col] = cut
        else:
            msg = (
                f"Column `{col}` of `data` must hold booleans or scores, but it has "
                f"dtype {values.dtype}."
            )
            raise TypeError(msg)
    return out, cuts


def salience(
    data: StakeholderMap | pd.DataFrame,
    *,
    threshold: Threshold = "midpoint",
    scale: tuple[float, float] | None = None,
) -> pd.DataFrame:
    """Classify stakeholders by salience (Mitchell, Agle & Wood 1997).

    A stakeholder has *power*, *legitimacy* and *urgency* or lacks them. The
    combination gives one of eight classes: dormant, discretionary and demanding
    (one attribute: *latent*), dominant, dangerous and dependent (two:
    *expectant*), definitive (all three) and non_stakeholder (none). Salience, the
    priority managers give a stakeholder's claims, is the number of attributes.

    Parameters
    ----------
    data
        A stakeholder map, whose ``power``, ``legitimacy`` and ``urgency`` scores
        are compared with the threshold; or a DataFrame indexed by
        ``stakeholder_id`` with those three columns as booleans (used as they are)
        or as scores, and optionally ``name``.
    threshold
        Where an attribute becomes present: ``"midpoint"`` of the scale (the
        default), ``"median"`` or ``"mean"`` of the stakeholders analysed, or a
        number; a score equal to the threshold (within ``1e-9`` times the
        scale's span, for rounding) counts as present. Give a dict
        such as ``{"urgency": 4}`` to set an attribute on its own (the others
        keep ``"midpoint"``), or a triple in the order power, legitimacy, urgency.
    scale
        The rating scale ``(min, max)`` of score columns in a DataFrame, needed by
        the ``"midpoint"`` rule; a map brings its own. When None, a DataFrame's
        ``attrs["scale"]`` is used if present.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id``, in input order, with columns ``name``;
        ``power``, ``legitimacy`` and ``urgency`` (booleans: the attribute is
        present); ``salience_class`` (ordered categorical of
        :class:`~stakeholder_map._types.SalienceClass`); ``group`` (latent,
        expectant, definitive or none) and ``salience`` (0-3). ``df.attrs`` holds
        ``thresholds`` (None for boolean input), ``threshold_rule``, ``scale``,
        ``convention`` and ``source``.

    Raises
    ------
    ValueError
        When a DataFrame lacks a column or has missing values, or a threshold
        rule is unknown.

    Warns
    -----
    StakeholderMapWarning
        When stakeholders of a map lack one of the three scores; they are left
        out and named.

    See Also
    --------
    classify_salience : The table for one stakeholder.
    stakeholder_map.plotting.plot_salience : The three-circle Venn diagram.

    Notes
    -----
    Mitchell, Agle & Wood treat the attributes as present or absent; scoring them
    on the map's scale and cutting at a threshold (inclusive, the midpoint by
    default) is this library's convention, stated in ``df.attrs``.

    References
    ----------
    .. [1] Mitchell, R. K., Agle, B. R., & Wood, D. J. (1997). Toward a theory of
       stakeholder identification and salience. *Academy of Management Review*,
       22(4), 853-886.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.salience(smap)
    >>> df.loc["ocmw", ["salience_class", "group"]].tolist()
    ['definitive', 'definitive']
    >>> df["salience_class"].value_counts()["non_stakeholder"].item()
    1
    >>> df.attrs["thresholds"]
    {'power': 3.0, 'legitimacy': 3.0, 'urgency': 3.0}
    """
    import pandas as pd

    rules = split_threshold(threshold, SALIENCE_ATTRIBUTES)
    if isinstance(data, StakeholderMap):
        df = stakeholder_frame(data)
        df = drop_unassessed(
            df,
            SALIENCE_ATTRIBUTES,
            analysis="salience analysis",
            lang=str(data.language),
        )
        cuts: dict[str, float | None] = {}
        out = df[["name"]].copy()
        for col in SALIENCE_ATTRIBUTES:
            cut = resolve_threshold(rules[col], df[col].tolist(), data.scale, col)
            out[col] = at_or_above(df[col], cut, data.scale.max - data.scale.min)
            cuts[col] = cut
        scale_pair: tuple[float, float] | None = (data.scale.min, data.scale.max)
    elif isinstance(data, pd.DataFrame):
        scale_pair = scale if scale is not None else data.attrs.get("scale")
        scale_obj = None if scale_pair is None else Scale.model_validate(scale_pair)
        out, cuts = _frame_attributes(data, rules, scale_obj)
    else:
        msg = (
            "`data` must be a StakeholderMap or a DataFrame, but "
            f"{type(data).__name__} was passed."
        )
        raise TypeError(msg)

    results = [
        classify_salience(p, lg, u)
        for p, lg, u in zip(
            out["power"], out["legitimacy"], out["urgency"], strict=True
        )
    ]
    out["salience_class"] = categorical((r[0] for r in results), SalienceClass)
    out["group"] = categorical((r[1] for r in results), SalienceGroup)
    out["salience"] = pd.Series([r[2] for r in results], index=out.index, dtype="int64")
    out.attrs = {
        "threshold_rule": {a: str(r) for a, r in rules.items()},
        "thresholds": cuts,
        "scale": scale_pair,
        "convention": "present means score >= threshold",
        "source": "Mitchell, Agle & Wood (1997)",
    }
    return out


def stakeholder_cube(
    smap: StakeholderMap,
    *,
    threshold: Threshold = "midpoint",
    lang: str = "en",
) -> pd.DataFrame:
    """Classify stakeholders on the three-dimensional grid of Murray-Webster & Simon.

    Power (high or low), interest (*active* when high, *passive* when low) and
    attitude (*backer* above 0, *blocker* below 0) give eight types: saviour,
    friend, saboteur, irritant, sleeping giant, acquaintance, time bomb and
    tripwire. A neutral attitude (exactly 0) has no type in the source; such
    stakeholders get None and the reason.

    Parameters
    ----------
    smap
        The stakeholder map.
    threshold
        Where power and interest become high: ``"midpoint"`` of the scale (the
        default), ``"median"``, ``"mean"`` or a number, once or per axis as a pair
        or a dict ``{"power": ..., "interest": ...}``. A score equal to the
        threshold (within ``1e-9`` times the scale's span) counts as high.
    lang
        Language of the ``reason`` column, ``"en"`` or ``"nl"``.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id``, in map order, with columns ``name``,
        ``power``, ``interest``, ``attitude`` (the scores), ``high_power``,
        ``high_interest`` (booleans), ``stance`` (supportive, neutral or opposed),
        ``cube_type`` (ordered categorical of
        :class:`~stakeholder_map._types.StakeholderType`, missing for a neutral
        attitude) and ``reason`` (why there is no type, else None). ``df.attrs``
        holds ``thresholds``, ``threshold_rule``, ``scale``, ``convention`` and
        ``source``.

    Warns
    -----
    StakeholderMapWarning
        When stakeholders lack power, interest or attitude; they are left out and
        named.

    See Also
    --------
    classify_cube : The table for one stakeholder.
    stakeholder_map.plotting.plot_stakeholder_cube : Backers and blockers side by
        side.

    References
    ----------
    .. [1] Murray-Webster, R., & Simon, P. (2006). Making sense of stakeholder
       mapping. *PM World Today*, VIII(11).

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> cube = skm.analysis.stakeholder_cube(smap)
    >>> str(cube.loc["ocmw", "cube_type"])
    'saviour'
    """
    import pandas as pd

    check_lang(lang)
    rules = split_threshold(threshold, ("power", "interest"))
    df = stakeholder_frame(smap)
    df = drop_unassessed(
        df,
        ("power", "interest", "attitude"),
        analysis="stakeholder cube",
        lang=str(smap.language),
    )
    cuts = {
        axis: resolve_threshold(rules[axis], df[axis].tolist(), smap.scale, axis)
        for axis in ("power", "interest")
    }
    out = df[["name", "power", "interest", "attitude"]].copy()
    span = smap.scale.max - smap.scale.min
    out["high_power"] = at_or_above(out["power"], cuts["power"], span)
    out["high_interest"] = at_or_above(out["interest"], cuts["interest"], span)
    out["stance"] = categorical((stance_of(a) for a in out["attitude"]), Stance)
    types = [
        classify_cube(p, i, a)
        for p, i, a in zip(
            out["high_power"], out["high_interest"], out["attitude"], strict=True
        )
    ]
    out["cube_type"] = categorical(types, StakeholderType)
    out["reason"] = pd.Series(
        [None if t is not None else text("neutral_attitude", lang) for t in types],
        index=out.index,
        dtype=object,
    )
    out.attrs = {
        "threshold_rule": {a: str(r) for a, r in rules.items()},
        "thresholds": cuts,
        "scale": (smap.scale.min, smap.scale.max),
        "convention": "high means score >= threshold; backer attitude > 0, "
        "blocker attitude < 0, no type for attitude 0",
        "source": "Murray-Webster & Simon (2006)",
    }
    return out
