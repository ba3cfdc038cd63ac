"""Two maps compared: what changed between them, and how the stakeholders moved.

Holds :class:`MapDiff` (the tables of a diff), :func:`compare` and :func:`movement`,
with the rescaling and the classifications they compare on (also used by
:mod:`~stakeholder_map.analysis.compare`). One idea, so one module. Layer: analysis.
May import numpy, pandas, the foundation (``_types``, ``exceptions``, ``i18n``), the
analysis helpers (``analysis._common``, ``_views``), ``analysis.raters`` and the
modules of this package before it in ``__init__``'s list; never matplotlib.
"""

from __future__ import annotations

import datetime as dt
import math
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from stakeholder_map.analysis._common import (
    Threshold,
    check_choice,
    resolve_threshold,
    split_threshold,
)
from stakeholder_map.analysis._views import quiet
from stakeholder_map.analysis.raters import DIMENSIONS, METHODS, Method, _parse_date
from stakeholder_map.analysis.timeline._fields import (
    _CLASSES,
    _GRID_AXES,
    _OTHER_FIELDS,
    _QUADRANTS,
    _RELATION_FIELDS,
    _SALIENCE_AXES,
)
from stakeholder_map.analysis.timeline._snapshots import snapshot
from stakeholder_map.analysis.timeline._summary import _summary
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.i18n import MESSAGE_LANGUAGES, text

if TYPE_CHECKING:
    from stakeholder_map.models import Relation, StakeholderMap


def _rescaled(
    value: float | None, src: tuple[float, float], dst: tuple[float, float]
) -> float:
    if value is None:
        return math.nan
    if src == dst:
        return float(value)
    return dst[0] + (float(value) - src[0]) * (dst[1] - dst[0]) / (src[1] - src[0])


def _quadrants(
    smap: StakeholderMap, threshold: Threshold, scale: tuple[float, float]
) -> tuple[dict[str, str], dict[str, float]]:
    """Quadrant per stakeholder (scores rescaled to ``scale``) and the cuts used."""
    from stakeholder_map.analysis.grid import classify_quadrant
    from stakeholder_map.models import Scale

    src = (smap.scale.min, smap.scale.max)
    pts = {
        s.id: (_rescaled(s.power, src, scale), _rescaled(s.interest, src, scale))
        for s in smap.stakeholders
        if s.power is not None and s.interest is not None
    }
    rules = split_threshold(threshold, ("power", "interest"))
    target = Scale(min=scale[0], max=scale[1])
    cuts = {
        axis: resolve_threshold(rules[axis], [p[k] for p in pts.values()], target, axis)
        for k, axis in enumerate(("power", "interest"))
    }
    out = {
        sid: classify_quadrant(
            p,
            i,
            power_threshold=cuts["power"],
            interest_threshold=cuts["interest"],
            span=target.max - target.min,
        ).value
        for sid, (p, i) in pts.items()
    }
    return out, cuts


def _split_rules(
    threshold: Threshold,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Spread ``compare``'s threshold over the grid axes and the salience attributes.

    One rule applies to all four scores. A dict may name ``power``, ``interest``,
    ``legitimacy`` and ``urgency`` (the others keep ``"midpoint"``); a pair
    (power, interest) sets the grid, and legitimacy and urgency keep the midpoint.
    Power uses the same rule in both classifications.
    """
    if isinstance(threshold, str | int | float):
        every = dict.fromkeys((*_GRID_AXES, *_SALIENCE_AXES), threshold)
    elif isinstance(threshold, Mapping):
        every = split_threshold(threshold, (*_GRID_AXES, *_SALIENCE_AXES[1:]))
    else:
        every = {
            **split_threshold(threshold, _GRID_AXES),
            **dict.fromkeys(_SALIENCE_AXES[1:], "midpoint"),
        }
    return (
        {a: every[a] for a in _GRID_AXES},
        {a: every[a] for a in _SALIENCE_AXES},
    )


def _salience_classes(
    smap: StakeholderMap, rules: dict[str, Any], scale: tuple[float, float]
) -> tuple[dict[str, str], dict[str, float]]:
    """Salience class per stakeholder (scores rescaled to ``scale``) and the cuts.

    Stakeholders lacking power, legitimacy or urgency have no class; they are left
    out without a warning, as the diff reports them through its missing values.
    """
    from stakeholder_map.analysis.salience import salience

    src = (smap.scale.min, smap.scale.max)
    rows = {
        s.id: {a: _rescaled(getattr(s, a), src, scale) for a in _SALIENCE_AXES}
        for s in smap.stakeholders
        if all(getattr(s, a) is not None for a in _SALIENCE_AXES)
    }
    if not rows:
        return {}, {}
    frame = pd.DataFrame.from_dict(rows, orient="index")
    frame.index.name = "stakeholder_id"
    classes = quiet(salience, frame, threshold=rules, scale=scale)
    cuts = {a: float(c) for a, c in classes.attrs["thresholds"].items()}
    out = {
        str(sid): str(cls)
        for sid, cls in zip(classes.index, classes["salience_class"], strict=True)
    }
    return out, cuts


def _relation_key(r: Relation) -> tuple[str, str, str, str, str]:
    a, b = r.source, r.target
    if not r.directed and b < a:
        a, b = b, a
    return (a, b, str(r.kind), r.channel.value if r.channel else "", r.id or "")


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)


@dataclass(frozen=True)
class MapDiff:
    """What changed between two stakeholder maps; made by :func:`compare`.

    Attributes
    ----------
    stakeholders : pandas.DataFrame
        One row per stakeholder in either map, indexed by ``stakeholder_id``:
        ``name``, ``short_name`` (missing where there is none), ``status``
        (``"added"``, ``"removed"`` or ``"kept"``), per score ``d``:
        ``d_before``, ``d_after`` and ``d_change``; ``quadrant_before``,
        ``quadrant_after``, ``moved`` (quadrant changed); ``salience_before``,
        ``salience_after`` (the salience class of Mitchell, Agle & Wood, missing
        where power, legitimacy or urgency is), ``salience_moved`` (class
        changed); ``score_changed`` (some score moved by at least
        ``min_change``) and ``fields_changed`` (other fields that changed, e.g.
        ``"category"``).
    relations : pandas.DataFrame
        One row per relation that was added, removed or changed: ``source``,
        ``target``, ``kind``, ``channel``, ``status`` (``"added"``, ``"removed"``
        or ``"changed"``) and per compared field ``f`` (weight, sign, directed,
        frequency) ``f_before`` and ``f_after``.
    before_name, after_name : str
        Names of the two maps.
    before_date, after_date : datetime.date or None
        Dates of the two maps.
    thresholds : dict
        The grid thresholds used for each map, ``{"before": ..., "after": ...}``.
    salience_thresholds : dict
        The power, legitimacy and urgency thresholds of the salience classes, per
        map as in ``thresholds`` (empty for a map in which nobody has all three).
    min_change : float
        The smallest score change counted in ``score_changed`` and the summary.
    scale : tuple of float
        The scale the scores are expressed on (the earlier map's).
    language : str
        Language of :meth:`summary` when no ``lang`` is given: the later map's,
        ``"en"`` or ``"nl"``.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> diff = skm.compare(smap, smap)
    >>> diff.is_empty
    True
    >>> print(diff.summary(lang="nl"))
    Geen wijzigingen tussen 'Huis van het Kind Vlasbeke' en ...
    """

    stakeholders: pd.DataFrame
    relations: pd.DataFrame
    before_name: str
    after_name: str
    before_date: dt.date | None = None
    after_date: dt.date | None = None
    thresholds: dict[str, dict[str, float]] = field(default_factory=dict)
    salience_thresholds: dict[str, dict[str, float]] = field(default_factory=dict)
    min_change: float = 1.0
    scale: tuple[float, float] = (1.0, 5.0)
    language: str = "en"

    @property
    def added(self) -> list[str]:
        """List the ids of the stakeholders only in the later map.

        Returns
        -------
        list of str
            The ids, in the later map's order.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> skm.compare(smap).added
        []
        """
        df = self.stakeholders
        return df.index[df["status"] == "added"].tolist()

    @property
    def removed(self) -> list[str]:
        """List the ids of the stakeholders only in the earlier map.

        Returns
        -------
        list of str
            The ids, in the earlier map's order.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> skm.compare(smap).removed
        []
        """
        df = self.stakeholders
        return df.index[df["status"] == "removed"].tolist()

    @property
    def moved(self) -> pd.DataFrame:
        """Select the stakeholders that changed quadrant.

        Returns
        -------
        pandas.DataFrame
            The rows of :attr:`stakeholders` with ``moved`` true.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> moved = skm.compare(smap).moved
        >>> sorted(moved.index)
        ['clb', 'gemeente', 'oudergroep']
        """
        return self.stakeholders.loc[self.stakeholders["moved"]]

    @property
    def salience_moved(self) -> pd.DataFrame:
        """Select the stakeholders that changed salience class.

        The class (Mitchell, Agle & Wood 1997) comes from power, legitimacy and
        urgency, each present when at least its threshold (see :func:`compare`).
        Only stakeholders in both maps with all three scores on both sides can
        change class.

        Returns
        -------
        pandas.DataFrame
            The rows of :attr:`stakeholders` with ``salience_moved`` true; the
            classes are in ``salience_before`` and ``salience_after``.

        See Also
        --------
        stakeholder_map.analysis.salience : The classes of one map.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> urgent = tuple(
        ...     s.model_copy(update={"urgency": 5}) if s.id == "gemeenteraad" else s
        ...     for s in smap.stakeholders
        ... )
        >>> after = smap.model_copy(update={"stakeholders": urgent})
        >>> moves = skm.compare(smap, after).salience_moved
        >>> moves[["salience_before", "salience_after"]].astype(str).values.tolist()
        [['dominant', 'definitive']]
        """
        return self.stakeholders.loc[self.stakeholders["salience_moved"]]

    @property
    def is_empty(self) -> bool:
        """Tell whether nothing was added, removed, moved or changed.

        Returns
        -------
        bool
            True when the two maps hold the same stakeholders, scores, fields and
            relations.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> skm.compare(smap, smap).is_empty
        True
        """
        df = self.stakeholders
        changed = (
            (df["status"] != "kept").any()
            or df["moved"].any()
            or df["salience_moved"].any()
            or df["score_changed"].any()
            or (df["fields_changed"] != "").any()
        )
        return not changed and self.relations.empty

    def summary(self, *, lang: str | None = None, max_items: int = 8) -> str:
        """Describe the changes in a few lines of plain text.

        Parameters
        ----------
        lang
            ``"en"`` or ``"nl"``; None uses the later map's language.
        max_items
            At most this many stakeholders or relations are named per line; the
            rest are counted ("and 3 more").

        Returns
        -------
        str
            The text, one change per line.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> diff = skm.compare(smap)  # the map's last two meetings
        >>> lines = diff.summary(lang="nl").splitlines()
        >>> print(lines[0])
        Wat veranderde van 'Huis van het Kind Vlasbeke' (2026-03-12) naar ...
        >>> print(lines[1])
        - 3 actoren naar een ander kwadrant:
        """
        lang = lang or self.language
        check_choice("lang", lang, MESSAGE_LANGUAGES)
        return _summary(self, lang, max_items)

    def __str__(self) -> str:
        """Return the summary in the later map's language."""
        return self.summary()


def compare(
    before: StakeholderMap,
    after: StakeholderMap | None = None,
    /,
    *,
    dates: tuple[dt.date | str, dt.date | str] | None = None,
    threshold: Threshold = "midpoint",
    min_change: float = 1.0,
    method: Method = "median",
) -> MapDiff:
    """Compare two stakeholder maps: what changed since the last meeting.

    Stakeholders are matched by id. The diff lists stakeholders added and
    removed, quadrant moves on the power/interest grid, moves between salience
    classes (Mitchell, Agle & Wood), score changes and other changed fields, and
    relations added, removed or changed (a relation is identified by source,
    target, kind and channel). A stakeholder lacking power, legitimacy or urgency
    in a map has no salience class there, silently: it cannot change class.

    With one map, its dated assessments are the snapshots: the last two dates are
    compared (or the two ``dates`` given), each consolidated as in
    :func:`snapshot`.

    Parameters
    ----------
    before
        The earlier map (or a map with dated assessments, when ``after`` is None).
    after
        The later map.
    dates
        With one map: the two snapshot dates to compare. Default: the last two.
    threshold
        Threshold for each map: ``"midpoint"`` (default), ``"median"``,
        ``"mean"`` or a number (on the earlier map's scale). Given once, it holds
        for the grid and for the salience attributes; a pair sets the grid's power
        and interest; a dict may name ``power``, ``interest``, ``legitimacy`` and
        ``urgency``. Attributes not named keep ``"midpoint"``, and power uses one
        rule for both. Data-driven rules are resolved on each map separately.
    min_change
        The smallest score change (in points of the earlier map's scale) that
        counts as changed.
    method
        How snapshots consolidate their ratings, with one map.

    Returns
    -------
    MapDiff
        The tables and the text summary (``diff.summary(lang="nl")``).

    Raises
    ------
    ValueError
        With one map that holds fewer than two assessment dates.

    Warns
    -----
    StakeholderMapWarning
        When the maps use different scales: the later map's scores are rescaled
        linearly to the earlier map's scale.

    See Also
    --------
    movement : The grid positions before and after, for plotting.
    compare_many : Compare several Houses side by side.

    Notes
    -----
    Which stakeholders count as moved depends on the threshold rule; a score
    equal to the threshold counts as high (METHODS.md section 1), and an
    attribute equal to its threshold counts as present (METHODS.md section 3).

    References
    ----------
    .. [1] Mitchell, R. K., Agle, B. R., & Wood, D. J. (1997). Toward a theory of
       stakeholder identification and salience. *Academy of Management Review*,
       22(4), 853-886.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> diff = skm.compare(smap)  # the last two meetings in the map
    >>> sorted(diff.stakeholders["status"].unique())
    ['kept']
    """
    check_choice("method", method, METHODS)
    if after is None:
        days = sorted({a.date for a in before.assessments if a.date is not None})
        if dates is not None:
            d0, d1 = (_parse_date(d, "dates") for d in dates)
        elif len(days) >= 2:
            d0, d1 = days[-2], days[-1]
        else:
            msg = (
                "`compare` needs a second map, or a map whose assessments carry at "
                f"least two dates, but {before.name!r} has "
                f"{[d.isoformat() for d in days]}. Pass `after=` or add dated "
                "assessments."
            )
            raise ValueError(msg)
        before, after = (
            snapshot(before, d0, method=method),
            snapshot(before, d1, method=method),
        )
    elif dates is not None:
        msg = "`dates` is only used with one map; pass either `after` or `dates`."
        raise ValueError(msg)
    scale = (before.scale.min, before.scale.max)
    src = (after.scale.min, after.scale.max)
    if src != scale:
        msg = text(
            "warn_timeline_scales",
            str(before.language),
            scale=f"{scale[0]:g}..{scale[1]:g}",
            other=f"{src[0]:g}..{src[1]:g}",
        )
        warnings.warn(msg, StakeholderMapWarning, stacklevel=2)
    grid_rules, salience_rules = _split_rules(threshold)
    q0, cuts0 = _quadrants(before, grid_rules, scale)
    q1, cuts1 = _quadrants(after, grid_rules, scale)
    c0, scuts0 = _salience_classes(before, salience_rules, scale)
    c1, scuts1 = _salience_classes(after, salience_rules, scale)
    stakeholders = _stakeholder_diff(
        before, after, (q0, q1), (c0, c1), scale, min_change
    )
    relations = _relation_diff(before, after, scale)
    return MapDiff(
        stakeholders=stakeholders,
        relations=relations,
        before_name=before.name,
        after_name=after.name,
        before_date=before.date,
        after_date=after.date,
        thresholds={"before": cuts0, "after": cuts1},
        salience_thresholds={"before": scuts0, "after": scuts1},
        min_change=float(min_change),
        scale=scale,
        language=after.language.value,
    )


def _stakeholder_diff(
    before: StakeholderMap,
    after: StakeholderMap,
    quadrants: tuple[dict[str, str], dict[str, str]],
    classes: tuple[dict[str, str], dict[str, str]],
    scale: tuple[float, float],
    min_change: float,
) -> pd.DataFrame:
    q0, q1 = quadrants
    c0, c1 = classes
    b = {s.id: s for s in before.stakeholders}
    a = {s.id: s for s in after.stakeholders}
    ids = list(b) + [i for i in a if i not in b]
    src = (after.scale.min, after.scale.max)
    rows: list[dict[str, Any]] = []
    for sid in ids:
        s0, s1 = b.get(sid), a.get(sid)
        status = "kept" if s0 and s1 else ("removed" if s0 else "added")
        row: dict[str, Any] = {
            "stakeholder_id": sid,
            "name": (s1 or s0).name,  # type: ignore[union-attr]
            "short_name": (s1 or s0).short_name,  # type: ignore[union-attr]
            "status": status,
        }
        for d in DIMENSIONS:
            v0 = getattr(s0, d) if s0 else None
            v1 = getattr(s1, d) if s1 else None
            row[f"{d}_before"] = math.nan if v0 is None else float(v0)
            row[f"{d}_after"] = (
                math.nan
                if v1 is None
                else (float(v1) if d == "attitude" else _rescaled(v1, src, scale))
            )
            row[f"{d}_change"] = row[f"{d}_after"] - row[f"{d}_before"]
        row["quadrant_before"] = q0.get(sid)
        row["quadrant_after"] = q1.get(sid)
        row["moved"] = bool(
            status == "kept" and sid in q0 and sid in q1 and q0[sid] != q1[sid]
        )
        row["salience_before"] = c0.get(sid)
        row["salience_after"] = c1.get(sid)
        row["salience_moved"] = bool(
            status == "kept" and sid in c0 and sid in c1 and c0[sid] != c1[sid]
        )
        changes = [
            abs(row[f"{d}_change"])
            for d in DIMENSIONS
            if not math.isnan(row[f"{d}_change"])
        ]
        row["score_changed"] = bool(changes) and max(changes) >= min_change - 1e-12
        changed = []
        if s0 and s1:
            for f in _OTHER_FIELDS:
                if getattr(s0, f) != getattr(s1, f):
                    changed.append(f)
        row["fields_changed"] = ",".join(changed)
        rows.append(row)
    cols = ["stakeholder_id", "name", "short_name", "status"]
    for d in DIMENSIONS:
        cols += [f"{d}_before", f"{d}_after", f"{d}_change"]
    cols += [
        "quadrant_before",
        "quadrant_after",
        "moved",
        "salience_before",
        "salience_after",
        "salience_moved",
        "score_changed",
        "fields_changed",
    ]
    df = pd.DataFrame(rows, columns=cols).set_index("stakeholder_id")
    for c in ("quadrant_before", "quadrant_after"):
        df[c] = pd.Categorical(df[c], categories=_QUADRANTS, ordered=True)
    for c in ("salience_before", "salience_after"):
        df[c] = pd.Categorical(df[c], categories=_CLASSES, ordered=True)
    df["status"] = pd.Categorical(df["status"], categories=["kept", "added", "removed"])
    df["moved"] = df["moved"].astype(bool)
    df["salience_moved"] = df["salience_moved"].astype(bool)
    df["score_changed"] = df["score_changed"].astype(bool)
    return df


def _relation_diff(
    before: StakeholderMap, after: StakeholderMap, scale: tuple[float, float]
) -> pd.DataFrame:
    src = (after.scale.min, after.scale.max)
    r0 = {_relation_key(r): r for r in before.relations}
    r1 = {_relation_key(r): r for r in after.relations}
    rows = []
    for key in list(r0) + [k for k in r1 if k not in r0]:
        x, y = r0.get(key), r1.get(key)
        values = {}
        for f in _RELATION_FIELDS:
            v0 = _plain(getattr(x, f)) if x else None
            v1 = _plain(getattr(y, f)) if y else None
            if f == "weight" and v1 is not None:
                v1 = _rescaled(v1, src, scale)
            values[f"{f}_before"], values[f"{f}_after"] = v0, v1
        if x and y:
            if all(
                values[f"{f}_before"] == values[f"{f}_after"] for f in _RELATION_FIELDS
            ):
                continue
            status = "changed"
        else:
            status = "removed" if x else "added"
        rows.append(
            {
                "source": key[0],
                "target": key[1],
                "kind": key[2],
                "channel": key[3] or None,
                "status": status,
                **values,
            }
        )
    cols = ["source", "target", "kind", "channel", "status"]
    for f in _RELATION_FIELDS:
        cols += [f"{f}_before", f"{f}_after"]
    return pd.DataFrame(rows, columns=cols)


def movement(
    before: StakeholderMap | MapDiff,
    after: StakeholderMap | None = None,
    /,
    *,
    threshold: Threshold = "midpoint",
) -> pd.DataFrame:
    """Return each stakeholder's grid position before and after.

    Parameters
    ----------
    before
        The earlier map, a map with dated assessments (see :func:`compare`), or a
        :class:`MapDiff`.
    after
        The later map.
    threshold
        Grid threshold, as in :func:`compare`.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id`` (stakeholders placed on at least one of the
        two grids), with ``name``, ``short_name`` (missing where there is none;
        for labels), ``status``, ``power_before``,
        ``interest_before``, ``power_after``, ``interest_after``,
        ``quadrant_before``, ``quadrant_after`` and ``moved``. ``df.attrs`` holds
        the thresholds and the scale.

    See Also
    --------
    compare : The full diff.
    stakeholder_map.plotting.plot_movement : Arrows from old to new positions.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.movement(smap)
    >>> df.columns[:4].tolist()
    ['name', 'short_name', 'status', 'power_before']
    """
    diff = (
        before
        if isinstance(before, MapDiff)
        else compare(before, after, threshold=threshold)
    )
    df = diff.stakeholders
    placed = df[["power_before", "interest_before"]].notna().all(axis=1) | df[
        ["power_after", "interest_after"]
    ].notna().all(axis=1)
    cols = [
        "name",
        "short_name",
        "status",
        "power_before",
        "interest_before",
        "power_after",
        "interest_after",
        "quadrant_before",
        "quadrant_after",
        "moved",
    ]
    out = df.loc[placed, cols].copy()
    out.attrs = {"thresholds": diff.thresholds, "scale": diff.scale}
    return out
