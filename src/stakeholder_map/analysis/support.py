"""Support for the work (*draagvlak*), weighed by power.

Support and opposition overall and per theme, the stakeholders whose move would
tip the balance, and the powerful who may block.
"""

from __future__ import annotations

import difflib
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING

from stakeholder_map._types import Stance
from stakeholder_map.analysis._common import (
    ThresholdRule,
    at_or_above,
    drop_unassessed,
    resolve_threshold,
    stakeholder_frame,
)
from stakeholder_map.analysis._views import categorical, check_lang, min_rank, stance_of
from stakeholder_map.exceptions import UnassessedWarning
from stakeholder_map.i18n import label, text

if TYPE_CHECKING:
    import pandas as pd

    from stakeholder_map.models import StakeholderMap

__all__ = ["OVERALL", "blockers", "support_balance", "support_swing"]

#: Key of the row computed from each stakeholder's overall attitude.
OVERALL = "overall"


def _theme_ids(smap: StakeholderMap, interest: str | Sequence[str] | None) -> list[str]:
    known = [OVERALL, *(t.id for t in smap.interests)]
    if interest is None:
        return known
    wanted = [interest] if isinstance(interest, str) else list(interest)
    for theme in wanted:
        if theme not in known:
            close = difflib.get_close_matches(str(theme), known, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            msg = (
                f"`interest` must name a theme of the map or {OVERALL!r}, but "
                f"{theme!r} was passed.{hint} Available: {known}."
            )
            raise ValueError(msg)
    return wanted


def _positions(
    smap: StakeholderMap, themes: Sequence[str]
) -> dict[str, dict[str, float]]:
    """Return theme -> stakeholder id -> position (attitude for ``overall``).

    Stakeholders without power, and, for ``overall``, without attitude, are left
    out with one warning that names them.
    """
    power = {s.id: s.power for s in smap.stakeholders}
    names = {s.id: s.name for s in smap.stakeholders}
    out: dict[str, dict[str, float]] = {}
    no_power: set[str] = set()
    no_attitude: list[str] = []
    for theme in themes:
        if theme == OVERALL:
            raw = {s.id: s.attitude for s in smap.stakeholders}
            no_attitude = [i for i, a in raw.items() if a is None]
        else:
            raw = {
                k.stakeholder_id: k.position
                for k in smap.stakes
                if k.interest_id == theme and k.position is not None
            }
        kept: dict[str, float] = {}
        for sid, pos in raw.items():
            if pos is None:
                continue
            if power[sid] is None:
                no_power.add(sid)
                continue
            kept[sid] = pos
        out[theme] = kept
    lang = str(smap.language)
    problems = []
    if no_power:
        listed = ", ".join(repr(names[i]) for i in smap.ids if i in no_power)
        problems.append(text("warn_support_without", lang, field="power", names=listed))
    if no_attitude:
        listed = ", ".join(repr(names[i]) for i in no_attitude)
        problems.append(
            text("warn_support_without", lang, field="attitude", names=listed)
        )
    if problems:
        msg = text("warn_support_unassessed", lang, problems="; ".join(problems))
        left_ids = no_power | set(no_attitude)
        left_out = [names[i] for i in smap.ids if i in left_ids]
        warnings.warn(UnassessedWarning(msg, names=left_out), stacklevel=3)
    return out


def _weights(smap: StakeholderMap) -> dict[str, float]:
    """Power rescaled to 0..1 on the map's scale, the weight of each stance.

    Rescaling (as :func:`blockers` and the priority index do) makes the balance
    the same on every scale: raw scores would let the scale's origin decide, so
    three stakeholders at the lowest power of a 1..5 scale would outweigh one at
    its top, but not on 0..4. A power at the scale minimum weighs 0.
    """
    lo, hi = float(smap.scale.min), float(smap.scale.max)
    return {
        s.id: (float(s.power) - lo) / (hi - lo)
        for s in smap.stakeholders
        if s.power is not None
    }


def _tally(
    power: dict[str, float], positions: dict[str, float]
) -> tuple[dict[Stance, float], dict[Stance, int], float]:
    """Sum power and count stakeholders per stance."""
    sums = dict.fromkeys(Stance, 0.0)
    counts = dict.fromkeys(Stance, 0)
    for sid, p in positions.items():
        sums[stance_of(p)] += power[sid]
        counts[stance_of(p)] += 1
    return sums, counts, sum(sums.values())


def _swings(power: dict[str, float], positions: dict[str, float]) -> dict[str, float]:
    """Change in net support if each stakeholder switched camp (see support_swing)."""
    total = sum(power[i] for i in positions)
    if total == 0:
        return dict.fromkeys(positions, 0.0)
    factor = {Stance.SUPPORTIVE: -2.0, Stance.NEUTRAL: 1.0, Stance.OPPOSED: 2.0}
    return {i: factor[stance_of(p)] * power[i] / total for i, p in positions.items()}


def support_balance(
    smap: StakeholderMap,
    *,
    interest: str | Sequence[str] | None = None,
    lang: str = "en",
) -> pd.DataFrame:
    """Weigh support against opposition by power, overall and per theme.

    The *draagvlak* view: how much of the power around the work supports it, is
    neutral or opposes it. ``overall`` uses each stakeholder's attitude; every
    theme uses the positions of the map's stakes on it. A stakeholder counts as
    supportive above 0, neutral at 0 and opposed below 0, with its power,
    rescaled to 0..1 on the map's scale, as weight.

    Parameters
    ----------
    smap
        The stakeholder map.
    interest
        The theme id, or ids, to weigh; ``"overall"`` is the attitude row. None
        (the default) gives ``overall`` and every theme of the map.
    lang
        Language of the ``name`` of the ``overall`` row, ``"en"`` or ``"nl"``.

    Returns
    -------
    pandas.DataFrame
        One row per theme, indexed by ``theme`` (``overall`` first, then the
        themes in map order). Unlike the per-stakeholder views, the rows are
        themes: the balance is a property of the whole set. Columns: ``name``;
        ``n``, ``n_supportive``, ``n_neutral``, ``n_opposed`` (counts);
        ``support``, ``neutral``, ``opposition`` and ``total`` (sums of power
        rescaled to 0..1, so the result is the same on every scale);
        ``support_share``, ``neutral_share`` and ``opposition_share`` (of
        ``total``); ``net`` (support share minus opposition share, -1..1);
        ``weighted_attitude`` (power-weighted mean position, -2..2) and
        ``key_mover`` (id of the stakeholder whose switch would change ``net``
        most; see :func:`support_swing`). Shares are NaN for a theme nobody took
        a stance on. ``df.attrs`` holds ``convention``.

    Raises
    ------
    ValueError
        When ``interest`` names no theme of the map.

    Warns
    -----
    StakeholderMapWarning
        When stakeholders lack power, or attitude for ``overall``; they are left
        out and named.

    See Also
    --------
    support_swing : Per stakeholder: how far a switch would move the balance.
    blockers : Powerful stakeholders who are neutral or opposed.
    stakeholder_map.plotting.plot_support_balance : The force-field chart.

    Notes
    -----
    Weighing stances by power follows the power x support/opposition maps that
    Bryson (2004) reviews; the shares, ``net`` and ``weighted_attitude`` are this
    library's summaries. Importance of a theme to a stakeholder is not used as a
    weight. Power is rescaled to 0..1, ``(power - min) / (max - min)``, as in
    :func:`blockers` and :func:`~stakeholder_map.analysis.priority`, so the
    verdict does not depend on where the scale starts (on raw 1..5 scores three
    stakeholders of power 1 would outweigh one of power 5; on 0..4 they would
    not). A stakeholder at the scale minimum therefore weighs 0: without power,
    its stance does not move the balance. It is still counted in ``n``.

    References
    ----------
    .. [1] Bryson, J. M. (2004). What to do when stakeholders matter. *Public
       Management Review*, 6(1), 21-53.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> bal = skm.analysis.support_balance(smap)
    >>> bal.loc["overall", ["support_share", "opposition_share"]].round(2).tolist()
    [0.67, 0.07]
    >>> bal.index.tolist()[:2]
    ['overall', 'participatie_ouders']
    """
    import pandas as pd

    check_lang(lang)
    themes = _theme_ids(smap, interest)
    positions = _positions(smap, themes)
    power = _weights(smap)
    theme_names = {t.id: t.name for t in smap.interests}
    rows = []
    for theme in themes:
        pos = positions[theme]
        sums, counts, total = _tally(power, pos)

        def share(x: float, total: float = total) -> float:
            return x / total if total > 0 else float("nan")

        swings = _swings(power, pos)
        mover = max(swings, key=lambda i: abs(swings[i]), default=None)
        weighted = (
            sum(power[i] * p for i, p in pos.items()) / total
            if total > 0
            else float("nan")
        )
        rows.append(
            {
                "theme": theme,
                "name": label(OVERALL, lang)
                if theme == OVERALL
                else theme_names[theme],
                "n": len(pos),
                "n_supportive": counts[Stance.SUPPORTIVE],
                "n_neutral": counts[Stance.NEUTRAL],
                "n_opposed": counts[Stance.OPPOSED],
                "support": sums[Stance.SUPPORTIVE],
                "neutral": sums[Stance.NEUTRAL],
                "opposition": sums[Stance.OPPOSED],
                "total": total,
                "support_share": share(sums[Stance.SUPPORTIVE]),
                "neutral_share": share(sums[Stance.NEUTRAL]),
                "opposition_share": share(sums[Stance.OPPOSED]),
                "net": share(sums[Stance.SUPPORTIVE] - sums[Stance.OPPOSED]),
                "weighted_attitude": weighted,
                "key_mover": mover,
            }
        )
    out = pd.DataFrame(rows).set_index("theme")
    for col in ("n", "n_supportive", "n_neutral", "n_opposed"):
        out[col] = out[col].astype("int64")
    out["key_mover"] = pd.Series(
        [r["key_mover"] for r in rows], index=out.index, dtype=object
    )
    out.attrs = {
        "convention": "supportive position > 0, neutral = 0, opposed < 0; weight "
        "= power rescaled to 0..1 on the scale; net = support_share - opposition_share",
    }
    return out


def support_swing(
    smap: StakeholderMap,
    *,
    interest: str = OVERALL,
) -> pd.DataFrame:
    """Show how far each stakeholder's switch of camp would move the balance.

    For the chosen theme, every stakeholder with a stance gets a *swing*: the
    change in ``net`` (support share minus opposition share of power, see
    :func:`support_balance`) if it switched camp: an opponent becoming a
    supporter gains twice its power share, a neutral one becoming a supporter
    gains its share once, and a supporter turning against loses twice its share.
    The largest swings are the stakeholders whose move would change the balance
    most.

    Parameters
    ----------
    smap
        The stakeholder map.
    interest
        The theme id, or ``"overall"`` (the default) for the attitude.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id`` and sorted by rank (map order within a
        tie), with columns ``name``, ``power``, ``position`` (attitude for
        ``overall``), ``stance``, ``power_share``, ``swing`` (-2..2 times the
        power share), ``pivotal`` (True when the switch would change the sign of
        ``net``, i.e. which camp holds more power) and ``rank`` (1 = the largest
        absolute swing; ties share the lowest rank). ``df.attrs`` holds
        ``theme``, ``net`` and ``convention``.

    Raises
    ------
    ValueError
        When ``interest`` names no theme of the map.

    Warns
    -----
    StakeholderMapWarning
        When stakeholders lack power, or attitude for ``overall``; they are left
        out and named.

    See Also
    --------
    support_balance : The balance per theme.

    Notes
    -----
    The swing is this library's measure. For a neutral stakeholder the move
    considered is towards support.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> swing = skm.analysis.support_swing(smap)
    >>> swing.index[:3].tolist()
    ['gemeente', 'ocmw', 'opgroeien']
    >>> round(float(swing.loc["huisartsen", "swing"]), 3)
    0.069
    """
    import pandas as pd

    theme = _theme_ids(smap, interest)[0]
    pos = _positions(smap, [theme])[theme]
    by_id = {s.id: s for s in smap.stakeholders}
    ids = [i for i in smap.ids if i in pos]
    raw = {i: float(by_id[i].power) for i in ids}  # type: ignore[arg-type]
    weights = _weights(smap)
    power = {i: weights[i] for i in ids}
    sums, _, total = _tally(power, pos)
    swings = _swings(power, pos)
    net = (
        (sums[Stance.SUPPORTIVE] - sums[Stance.OPPOSED]) / total
        if total > 0
        else float("nan")
    )

    def sign(x: float) -> int:
        return (x > 1e-12) - (x < -1e-12)

    index = pd.Index(ids, name="stakeholder_id", dtype=object)
    out = pd.DataFrame(
        {
            "name": [by_id[i].name for i in ids],
            "power": [raw[i] for i in ids],
            "position": [float(pos[i]) for i in ids],
            "stance": categorical((stance_of(pos[i]) for i in ids), Stance),
            "power_share": [
                power[i] / total if total > 0 else float("nan") for i in ids
            ],
            "swing": [swings[i] for i in ids],
            "pivotal": [sign(net + swings[i]) != sign(net) for i in ids],
            "rank": min_rank([abs(swings[i]) for i in ids]),
        },
        index=index,
    )
    out["rank"] = out["rank"].astype("int64")
    out = out.sort_values("rank", kind="stable")
    out.attrs = {
        "theme": theme,
        "net": net,
        "convention": "swing = change in net support share if the stakeholder "
        "switched camp (neutral: towards support)",
    }
    return out


def blockers(
    smap: StakeholderMap,
    *,
    threshold: ThresholdRule = "midpoint",
    lang: str = "en",
) -> pd.DataFrame:
    """List the powerful stakeholders who are neutral or opposed, ranked.

    A stakeholder whose power is at or above the threshold and whose attitude is
    0 or below could stop or slow the work. They are ranked by a blocking score
    that grows with power and with opposition: rescaled power (0..1) times
    ``(1 - attitude) / 3``, which is 1/3 for a neutral and 1 for a strongly
    opposed stakeholder.

    Parameters
    ----------
    smap
        The stakeholder map.
    threshold
        Where power becomes high: ``"midpoint"`` (the default), ``"median"``,
        ``"mean"`` or a number; a score equal to the threshold counts as high.
    lang
        Language of the ``reason`` column, ``"en"`` or ``"nl"``.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id`` and sorted by rank (map order within a
        tie), only the blockers, with columns ``name``, ``power``, ``interest``,
        ``attitude``, ``stance`` (neutral or opposed), ``blocking_score``
        (0..1), ``rank`` (1 = the strongest blocker; ties share the lowest rank)
        and ``reason``. ``df.attrs`` holds ``threshold``, ``threshold_rule`` and
        ``convention``.

    Warns
    -----
    StakeholderMapWarning
        When stakeholders lack power or attitude; they are left out and named.

    See Also
    --------
    stakeholder_cube : Saboteurs and time bombs are the opposed blockers.
    support_swing : Who would move the balance most.

    Notes
    -----
    The selection (high power and attitude <= 0) and the score are this
    library's convention.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> blk = skm.analysis.blockers(smap)
    >>> blk.index[0]
    'huisartsen'
    >>> blk.loc["huisartsen", "reason"]
    'High power (3 >= 3) and opposed (attitude -1).'
    """
    import pandas as pd

    check_lang(lang)
    df = stakeholder_frame(smap)
    df = drop_unassessed(
        df, ("power", "attitude"), analysis="blocker list", lang=str(smap.language)
    )
    cut = resolve_threshold(threshold, df["power"].tolist(), smap.scale, "power")
    strong: pd.Series = at_or_above(df["power"], cut, smap.scale.max - smap.scale.min)
    out = df.loc[
        strong & (df["attitude"].map(stance_of) != Stance.SUPPORTIVE),
        ["name", "power", "interest", "attitude"],
    ].copy()
    out["stance"] = categorical((stance_of(a) for a in out["attitude"]), Stance)
    scaled = (out["power"] - smap.scale.min) / (smap.scale.max - smap.scale.min)
    out["blocking_score"] = scaled * (1 - out["attitude"]) / 3
    out["rank"] = pd.Series(
        min_rank(out["blocking_score"].tolist()), index=out.index, dtype="int64"
    )
    out["reason"] = [
        text(
            "blocker_opposed" if stance_of(a) == Stance.OPPOSED else "blocker_neutral",
            lang,
            power=p,
            threshold=cut,
            attitude=a,
        )
        for p, a in zip(out["power"], out["attitude"], strict=True)
    ]
    out = out.sort_values("rank", kind="stable")
    out.attrs = {
        "threshold_rule": str(threshold),
        "threshold": cut,
        "convention": "blocker: power >= threshold and attitude <= 0; "
        "blocking_score = rescaled power * (1 - attitude) / 3",
    }
    return out
