"""One table with every classic view per stakeholder."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from stakeholder_map.analysis._common import (
    Threshold,
    ThresholdRule,
    stakeholder_frame,
)
from stakeholder_map.analysis._views import check_lang, quiet
from stakeholder_map.analysis.attitude import attitude_grid
from stakeholder_map.analysis.engagement import engagement_gap, participation
from stakeholder_map.analysis.grid import power_interest
from stakeholder_map.analysis.priority import priority
from stakeholder_map.analysis.salience import salience, stakeholder_cube
from stakeholder_map.analysis.support import blockers, support_swing

if TYPE_CHECKING:
    import pandas as pd

    from stakeholder_map.models import StakeholderMap

__all__ = ["summary"]

_AXES = ("power", "interest", "legitimacy", "urgency")


def _rules(threshold: Threshold) -> dict[str, ThresholdRule]:
    if isinstance(threshold, str | int | float):
        return dict.fromkeys(_AXES, threshold)
    if isinstance(threshold, Mapping):
        unknown = sorted(set(threshold) - set(_AXES))
        if unknown:
            msg = (
                f"`threshold` keys must be among {list(_AXES)}, but {unknown} were "
                "passed."
            )
            raise ValueError(msg)
        return {a: threshold.get(a, "midpoint") for a in _AXES}
    msg = (
        "`threshold` must be one rule or a dict per axis "
        f"{list(_AXES)}, but {threshold!r} was passed."
    )
    raise ValueError(msg)


def summary(
    smap: StakeholderMap,
    *,
    threshold: Threshold = "midpoint",
    lang: str = "en",
) -> pd.DataFrame:
    """Join every stakeholder view into one table, one row per stakeholder.

    The scores, the power/interest quadrant, the salience class, the stakeholder
    cube type, the power/attitude cell, the priority index and rank, the
    engagement gap, the recommended and recorded participation, the stance and
    swing, and whether the stakeholder is a blocker. Every stakeholder of the map
    has a row; a view that leaves a stakeholder out (for lack of a score) leaves
    its columns missing, without a warning.

    Parameters
    ----------
    smap
        The stakeholder map.
    threshold
        One threshold rule for every axis (``"midpoint"``, ``"median"``,
        ``"mean"`` or a number) or a dict over ``power``, ``interest``,
        ``legitimacy`` and ``urgency`` (axes left out use ``"midpoint"``).
    lang
        Language of the text columns (reasons, strategies), ``"en"`` or ``"nl"``.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id``, in map order, with columns ``name``,
        ``category``, ``power``, ``interest``, ``attitude``, ``legitimacy``,
        ``urgency``, ``proximity``, ``quadrant``, ``salience_class``,
        ``salience_group``, ``salience``, ``cube_type``, ``attitude_class``,
        ``priority``, ``priority_rank``, ``engagement_current``,
        ``engagement_desired``, ``engagement_gap``, ``engagement_direction``,
        ``participation_recommended``, ``participation_recorded``,
        ``participation_status``, ``stance``, ``swing``, ``blocker`` and
        ``blocker_rank``. Integer columns are nullable (``Int64``), ``blocker``
        is a nullable boolean.

    Raises
    ------
    ValueError
        When ``threshold`` is a pair or names an unknown axis.

    See Also
    --------
    salience : Mitchell, Agle & Wood's salience classes.
    stakeholder_cube : Murray-Webster & Simon's eight types.
    attitude_grid : The power/attitude grid.
    priority : The priority index and rank.
    engagement_gap : Current against desired engagement.
    participation : The recommended participation level.
    support_swing : Who could tip the balance of support.
    blockers : Powerful opponents.

    Notes
    -----
    Each column follows its own view's source and convention; see the function
    that computes it.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> table = skm.analysis.summary(smap, lang="nl")
    >>> len(table) == len(smap)
    True
    >>> table.loc["ocmw", ["quadrant", "salience_class", "cube_type"]].tolist()
    ['manage_closely', 'definitive', 'saviour']
    """
    import pandas as pd

    check_lang(lang)
    rules = _rules(threshold)
    pi = {a: rules[a] for a in ("power", "interest")}
    base = stakeholder_frame(smap)
    out = base[
        [
            "name",
            "category",
            "power",
            "interest",
            "attitude",
            "legitimacy",
            "urgency",
            "proximity",
        ]
    ].copy()
    index = out.index

    def take(df: pd.DataFrame, columns: Mapping[str, str]) -> None:
        for src, dst in columns.items():
            out[dst] = df[src].reindex(index)

    take(quiet(power_interest, smap, threshold=pi), {"quadrant": "quadrant"})
    take(
        quiet(
            salience,
            smap,
            threshold={a: rules[a] for a in ("power", "legitimacy", "urgency")},
        ),
        {
            "salience_class": "salience_class",
            "group": "salience_group",
            "salience": "salience",
        },
    )
    take(
        quiet(stakeholder_cube, smap, threshold=pi, lang=lang),
        {"cube_type": "cube_type"},
    )
    take(
        quiet(attitude_grid, smap, threshold=rules["power"], lang=lang),
        {"attitude_class": "attitude_class"},
    )
    take(
        quiet(priority, smap),
        {"priority": "priority", "rank": "priority_rank"},
    )
    take(
        quiet(engagement_gap, smap),
        {
            "current": "engagement_current",
            "desired": "engagement_desired",
            "gap": "engagement_gap",
            "direction": "engagement_direction",
        },
    )
    take(
        quiet(participation, smap, threshold=pi),
        {
            "recommended": "participation_recommended",
            "recorded": "participation_recorded",
            "status": "participation_status",
        },
    )
    take(quiet(support_swing, smap), {"stance": "stance", "swing": "swing"})
    blk = quiet(blockers, smap, threshold=rules["power"], lang=lang)
    assessed = base["power"].notna() & base["attitude"].notna()
    out["blocker"] = pd.array(
        [
            bool(i in blk.index) if a else None
            for i, a in zip(index, assessed, strict=True)
        ],
        dtype="boolean",
    )
    out["blocker_rank"] = blk["rank"].reindex(index)
    for col in ("salience", "priority_rank", "engagement_gap", "blocker_rank"):
        out[col] = out[col].astype("Int64")
    out.attrs = {
        "thresholds": {str(a): str(r) for a, r in rules.items()},
        "lang": lang,
    }
    return out
