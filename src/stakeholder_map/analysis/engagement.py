"""Engagement (PMBOK assessment matrix) and participation (IAP2 spectrum) views."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING

from stakeholder_map._types import EngagementLevel, ParticipationLevel, Quadrant
from stakeholder_map.analysis._common import Threshold
from stakeholder_map.analysis._views import categorical, forward_warnings
from stakeholder_map.analysis.grid import power_interest
from stakeholder_map.exceptions import UnassessedWarning
from stakeholder_map.i18n import text

if TYPE_CHECKING:
    import pandas as pd

    from stakeholder_map.models import StakeholderMap

__all__ = [
    "DEFAULT_PARTICIPATION",
    "GAP_DIRECTIONS",
    "PARTICIPATION_STATUS",
    "engagement_gap",
    "participation",
]

#: Direction of action for an engagement gap: above 0 raise, below 0 lower.
GAP_DIRECTIONS = ("raise", "maintain", "lower")
#: Recorded participation compared with the recommendation.
PARTICIPATION_STATUS = ("under", "match", "over")

#: Recommended IAP2 level per quadrant (METHODS.md section 6; our convention).
DEFAULT_PARTICIPATION: dict[Quadrant, ParticipationLevel] = {
    Quadrant.MANAGE_CLOSELY: ParticipationLevel.COLLABORATE,
    Quadrant.KEEP_SATISFIED: ParticipationLevel.CONSULT,
    Quadrant.KEEP_INFORMED: ParticipationLevel.INVOLVE,
    Quadrant.MONITOR: ParticipationLevel.INFORM,
}

_ENGAGEMENT = list(EngagementLevel)
_PARTICIPATION = list(ParticipationLevel)


def engagement_gap(smap: StakeholderMap) -> pd.DataFrame:
    """Compare each stakeholder's current and desired engagement level.

    The PMBOK engagement assessment matrix orders the levels unaware < resistant <
    neutral < supportive < leading and marks where each stakeholder is (C) and
    where the work needs them (D). The gap counts the steps between the two.

    Parameters
    ----------
    smap
        The stakeholder map.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id``, in map order, with columns ``name``,
        ``current`` and ``desired`` (ordered categoricals of
        :class:`~stakeholder_map.EngagementLevel`), ``gap`` (steps from current to
        desired: positive means engagement must rise) and ``direction``
        (``raise``, ``maintain`` or ``lower``). ``df.attrs`` holds ``levels``,
        ``convention`` and ``source``.

    Warns
    -----
    StakeholderMapWarning
        When stakeholders lack a current or desired level; they are left out and
        named.

    See Also
    --------
    participation : The recommended IAP2 participation level.
    stakeholder_map.plotting.plot_engagement_matrix : The matrix with C and D
        marks.

    Notes
    -----
    ``gap = index(desired) - index(current)`` is this library's convention; PMI
    defines the levels and the C/D marks, not a number.

    References
    ----------
    .. [1] Project Management Institute (2017). *A Guide to the Project
       Management Body of Knowledge (PMBOK Guide)*, 6th ed., section 13.2.2.5.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> gaps = skm.analysis.engagement_gap(smap)
    >>> gaps.loc["speelotheek", ["current", "desired", "direction"]].tolist()
    ['unaware', 'supportive', 'raise']
    >>> gaps.loc["speelotheek", "gap"].item()
    3
    """
    import pandas as pd

    rows = [
        s
        for s in smap.stakeholders
        if s.engagement_current is not None and s.engagement_desired is not None
    ]
    kept = {s.id for s in rows}
    left_out = [s.name for s in smap.stakeholders if s.id not in kept]
    if left_out:
        names = ", ".join(repr(n) for n in left_out)
        msg = text(
            "warn_engagement_unassessed",
            str(smap.language),
            count=len(left_out),
            names=names,
        )
        warnings.warn(UnassessedWarning(msg, names=left_out), stacklevel=2)
    index = pd.Index([s.id for s in rows], name="stakeholder_id", dtype=object)
    gaps = [
        _ENGAGEMENT.index(s.engagement_desired)  # type: ignore[arg-type]
        - _ENGAGEMENT.index(s.engagement_current)  # type: ignore[arg-type]
        for s in rows
    ]
    out = pd.DataFrame(
        {
            "name": pd.Series([s.name for s in rows], index=index, dtype=object),
            "current": categorical(
                (s.engagement_current for s in rows), EngagementLevel
            ),
            "desired": categorical(
                (s.engagement_desired for s in rows), EngagementLevel
            ),
            "gap": pd.Series(gaps, index=index, dtype="int64"),
            "direction": categorical(
                ("raise" if g > 0 else "lower" if g < 0 else "maintain" for g in gaps),
                GAP_DIRECTIONS,
            ),
        },
        index=index,
    )
    out.attrs = {
        "levels": [str(v) for v in EngagementLevel],
        "convention": "gap = index(desired) - index(current)",
        "source": "PMBOK Guide 6th ed. 13.2.2.5",
    }
    return out


def _check_mapping(
    mapping: Mapping[str, str] | None,
) -> dict[Quadrant, ParticipationLevel]:
    out = dict(DEFAULT_PARTICIPATION)
    if mapping is None:
        return out
    quadrants = [q.value for q in Quadrant]
    levels = [p.value for p in ParticipationLevel]
    for key, value in mapping.items():
        if str(key) not in quadrants:
            msg = (
                f"`mapping` keys must be quadrants {quadrants}, but {key!r} was passed."
            )
            raise ValueError(msg)
        if str(value) not in levels:
            msg = (
                f"`mapping[{str(key)!r}]` must be an IAP2 level {levels}, but "
                f"{value!r} was passed."
            )
            raise ValueError(msg)
        out[Quadrant(str(key))] = ParticipationLevel(str(value))
    return out


def participation(
    smap: StakeholderMap,
    *,
    mapping: Mapping[str, str] | None = None,
    threshold: Threshold = "midpoint",
) -> pd.DataFrame:
    """Recommend an IAP2 participation level per stakeholder from the grid.

    Each stakeholder's power/interest quadrant gives a recommended level on the
    IAP2 spectrum (inform < consult < involve < collaborate < empower); it is set
    beside the level the map records, and the difference is flagged.

    Parameters
    ----------
    smap
        The stakeholder map.
    mapping
        Recommended level per quadrant, overriding the defaults for the quadrants
        it names: manage_closely -> collaborate, keep_satisfied -> consult,
        keep_informed -> involve, monitor -> inform.
    threshold
        The grid's threshold, as in
        :func:`~stakeholder_map.analysis.power_interest`.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id``, in map order, with columns ``name``,
        ``quadrant``, ``recommended`` and ``recorded`` (ordered categoricals of
        :class:`~stakeholder_map.ParticipationLevel`; ``recorded`` is missing when
        the map has none), ``difference`` (steps from recommended to recorded:
        negative means less participation than recommended; nullable integer),
        ``status`` (``under``, ``match`` or ``over``; missing when not recorded)
        and ``mismatch`` (nullable boolean). ``df.attrs`` holds ``mapping``,
        ``thresholds``, ``convention`` and ``source``.

    Raises
    ------
    ValueError
        When ``mapping`` names an unknown quadrant or level.

    Warns
    -----
    StakeholderMapWarning
        When stakeholders lack power or interest; they are left out and named.

    See Also
    --------
    engagement_gap : Current vs desired engagement.
    stakeholder_map.analysis.power_interest : The quadrants used here.

    Notes
    -----
    The quadrant-to-level mapping is this library's convention (METHODS.md): the
    IAP2 spectrum describes the levels, not which stakeholders deserve which.

    References
    ----------
    .. [1] International Association for Public Participation (2018). *IAP2
       Spectrum of Public Participation*.
    .. [2] Arnstein, S. R. (1969). A ladder of citizen participation. *Journal of
       the American Institute of Planners*, 35(4), 216-224.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.participation(smap)
    >>> df.loc["huisartsen", ["recommended", "recorded", "status"]].tolist()
    ['consult', 'inform', 'under']
    """
    import pandas as pd

    levels = _check_mapping(mapping)
    grid = forward_warnings(power_interest, smap, threshold=threshold)
    recorded = {s.id: s.participation for s in smap.stakeholders}
    rec = [levels[Quadrant(q)] for q in grid["quadrant"]]
    got = [recorded[i] for i in grid.index]
    diff = [
        None if g is None else _PARTICIPATION.index(g) - _PARTICIPATION.index(r)
        for r, g in zip(rec, got, strict=True)
    ]
    out = grid[["name", "quadrant"]].copy()
    out["recommended"] = categorical(rec, ParticipationLevel)
    out["recorded"] = categorical(got, ParticipationLevel)
    out["difference"] = pd.array(diff, dtype="Int64")
    out["status"] = categorical(
        (
            None if d is None else "under" if d < 0 else "over" if d > 0 else "match"
            for d in diff
        ),
        PARTICIPATION_STATUS,
    )
    out["mismatch"] = pd.array(
        [None if d is None else d != 0 for d in diff], dtype="boolean"
    )
    out.attrs = {
        "mapping": {str(q): str(p) for q, p in levels.items()},
        "thresholds": grid.attrs["thresholds"],
        "convention": "difference = index(recorded) - index(recommended)",
        "source": "IAP2 Spectrum (2018); quadrant mapping is this library's",
    }
    return out
