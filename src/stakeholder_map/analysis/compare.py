"""Comparing several maps side by side: the Community of Practice view.

Ten coordinators each map their own Huis van het Kind; :func:`compare_many` shows
which categories of partners sit in which quadrant across the Houses, how much
they vary, which stakeholders most Houses share and what one House has that the
others lack.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from stakeholder_map._types import Quadrant, slugify
from stakeholder_map.analysis._common import Threshold, check_choice
from stakeholder_map.analysis.timeline._diff import _quadrants, _rescaled
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.i18n import MESSAGE_LANGUAGES, label, quadrant_label, text

if TYPE_CHECKING:
    from stakeholder_map.models import StakeholderMap

__all__ = ["MapComparison", "compare_many"]

_QUADRANTS = [q.value for q in Quadrant]
_GROUP_FIELDS = ("category", "parent", "participation", "engagement_current")


@dataclass(frozen=True)
class MapComparison:
    """Several maps compared; made by :func:`compare_many`.

    Attributes
    ----------
    positions : pandas.DataFrame
        One row per stakeholder per map, indexed by ``(map, stakeholder_id)``:
        ``key`` (how stakeholders are matched across maps), ``name``,
        ``short_name``, ``group``
        (the ``by`` field; ``"-"`` when empty), ``power``, ``interest`` (on the
        first map's scale) and ``quadrant`` (on its own map's grid).
    quadrants : pandas.DataFrame
        Indexed by ``group``: the share of the group's stakeholders, over all
        maps, in each quadrant (one column per quadrant), ``n`` (stakeholders),
        ``n_maps`` (maps that have the group) and ``typical`` (the most common
        quadrant).
    by_map : pandas.DataFrame
        Indexed by ``group``, one column per map: the group's most common
        quadrant in that map (missing when the map lacks the group).
    spread : pandas.DataFrame
        Indexed by ``group``: ``power_median``, ``power_iqr``,
        ``interest_median``, ``interest_iqr`` over all its stakeholders, and
        ``power_between_sd`` and ``interest_between_sd``: the standard deviation of
        the maps' own medians (how much Houses differ).
    common : pandas.DataFrame
        Indexed by ``key``: stakeholders present in at least ``min_share`` of the
        maps, with ``name``, ``group``, ``n_maps``, ``share``, ``maps``,
        ``power_median``, ``interest_median``, ``typical`` (most common quadrant)
        and ``agreement`` (share of its maps that put it there).
    unique : pandas.DataFrame
        Indexed by ``key``: stakeholders found in one map only, with ``map``,
        ``name``, ``group`` and ``quadrant``.
    maps : list of str
        The map names, in the order given.
    by : str
        The field the stakeholders are grouped by.
    min_share : float
        The share of maps that makes a stakeholder common.
    thresholds : dict
        Map name -> the grid thresholds used for that map, on ``scale``.
    scale : tuple of float
        The scale of the scores (the first map's).

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> other = skm.load_example("community_centre")
    >>> cmp = skm.compare_many({"Gent": smap, "Centre": other})
    >>> cmp.maps
    ['Gent', 'Centre']
    """

    positions: pd.DataFrame
    quadrants: pd.DataFrame
    by_map: pd.DataFrame
    spread: pd.DataFrame
    common: pd.DataFrame
    unique: pd.DataFrame
    maps: list[str]
    by: str
    min_share: float = 0.5
    thresholds: dict[str, dict[str, float]] = field(default_factory=dict)
    scale: tuple[float, float] = (1.0, 5.0)

    def summary(self, *, lang: str = "en", max_items: int = 6) -> str:
        """Describe the comparison in a few lines of plain text.

        Parameters
        ----------
        lang
            ``"en"`` or ``"nl"``.
        max_items
            At most this many groups or stakeholders are named per line.

        Returns
        -------
        str
            The text.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> cmp = skm.compare_many({"A": smap, "B": smap})
        >>> print(cmp.summary(lang="nl").splitlines()[0])
        2 kaarten vergeleken: A, B.
        """
        check_choice("lang", lang, MESSAGE_LANGUAGES)
        lines = [
            text("compare_heading", lang, n=len(self.maps), names=", ".join(self.maps))
        ]
        q = self.quadrants
        if len(q):
            items = [
                f"{g}: {quadrant_label(row['typical'], lang)} "
                f"({row[row['typical']]:.0%})"
                for g, row in q.sort_values("n", ascending=False)
                .head(max_items)
                .iterrows()
            ]
            lines.append(
                "- "
                + text(
                    "compare_groups",
                    lang,
                    by=label(self.by, lang).lower(),
                    items="; ".join(items),
                )
            )
        if len(self.common):
            names = self.common["name"].head(max_items).tolist()
            more = len(self.common) - len(names)
            listed = ", ".join(names) + (
                text("diff_more", lang, n=more) if more > 0 else ""
            )
            lines.append(
                "- "
                + text(
                    "compare_common",
                    lang,
                    n=len(self.common),
                    share=self.min_share,
                    names=listed,
                )
            )
        if len(self.unique):
            per_map = self.unique.groupby("map", sort=False)["name"].apply(list)
            for name, items in per_map.items():
                shown = items[:max_items]
                more = len(items) - len(shown)
                listed = ", ".join(shown) + (
                    text("diff_more", lang, n=more) if more > 0 else ""
                )
                lines.append(
                    "- "
                    + text("compare_unique", lang, map=name, n=len(items), names=listed)
                )
        return "\n".join(lines)

    def __str__(self) -> str:
        """Return the English summary."""
        return self.summary()


def _group_value(s: Any, by: str) -> str:
    value = getattr(s, by)
    value = getattr(value, "value", value)
    return "-" if value in (None, "") else str(value)


def compare_many(
    maps: Mapping[str, StakeholderMap],
    *,
    by: str = "category",
    match: Literal["id", "name"] = "id",
    threshold: Threshold = "midpoint",
    min_share: float = 0.5,
) -> MapComparison:
    """Compare several stakeholder maps, e.g. the Houses of a Community of Practice.

    Each map's stakeholders are placed on its own power/interest grid; then the
    maps are set side by side by group (``by``, the category by default) and by
    stakeholder (matched by id or by name).

    Parameters
    ----------
    maps
        Named maps, e.g. ``{"Gent": gent, "Aalst": aalst}``; at least two.
    by
        The stakeholder field to group by: ``"category"`` (default), ``"parent"``,
        ``"participation"`` or ``"engagement_current"``.
    match
        How a stakeholder is recognised across maps: ``"id"`` (default) or
        ``"name"`` (names compared without case, accents or punctuation).
    threshold
        Grid threshold, resolved per map: ``"midpoint"`` (default), ``"median"``,
        ``"mean"`` or a number on the first map's scale, once or per axis.
    min_share
        A stakeholder is common when it appears in at least this share of the
        maps.

    Returns
    -------
    MapComparison
        Tables (``positions``, ``quadrants``, ``by_map``, ``spread``, ``common``,
        ``unique``) and a text summary.

    Raises
    ------
    ValueError
        When fewer than two maps are given or an option is not valid.

    Warns
    -----
    StakeholderMapWarning
        When the maps use different scales; scores are rescaled linearly to the
        first map's scale.

    See Also
    --------
    compare : Two maps of the same House over time.
    stakeholder_map.plotting.plot_compare_many : Small multiples of the grids.

    Notes
    -----
    Stakeholders without power or interest appear in ``positions`` without a
    quadrant and are left out of the quadrant shares. A score equal to the
    threshold counts as high (METHODS.md section 1).

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> cmp = skm.compare_many({"A": smap, "B": smap})
    >>> cmp.quadrants.loc["overheid", "typical"]
    'manage_closely'
    >>> int(cmp.common["n_maps"].min())
    2
    """
    check_choice("by", by, _GROUP_FIELDS)
    check_choice("match", match, ("id", "name"))
    if len(maps) < 2:
        msg = f"`maps` must hold at least two maps, but {len(maps)} was passed."
        raise ValueError(msg)
    if not 0 < min_share <= 1:
        msg = f"`min_share` must lie in (0, 1], but {min_share!r} was passed."
        raise ValueError(msg)
    names = [str(k) for k in maps]
    first = next(iter(maps.values()))
    scale = (first.scale.min, first.scale.max)
    if any((m.scale.min, m.scale.max) != scale for m in maps.values()):
        msg = text(
            "warn_compare_scales",
            str(first.language),
            scale=f"{scale[0]:g}..{scale[1]:g}",
        )
        warnings.warn(msg, StakeholderMapWarning, stacklevel=2)
    rows: list[dict[str, Any]] = []
    cuts: dict[str, dict[str, float]] = {}
    for name, smap in zip(names, maps.values(), strict=True):
        quad, cuts[name] = _quadrants(smap, threshold, scale)
        src = (smap.scale.min, smap.scale.max)
        for s in smap.stakeholders:
            rows.append(
                {
                    "map": name,
                    "stakeholder_id": s.id,
                    "key": s.id if match == "id" else slugify(s.name),
                    "name": s.name,
                    "short_name": s.short_name,
                    "group": _group_value(s, by),
                    "power": _rescaled(s.power, src, scale),
                    "interest": _rescaled(s.interest, src, scale),
                    "quadrant": quad.get(s.id),
                }
            )
    pos = pd.DataFrame(
        rows,
        columns=[
            "map",
            "stakeholder_id",
            "key",
            "name",
            "short_name",
            "group",
            "power",
            "interest",
            "quadrant",
        ],
    )
    pos["quadrant"] = pd.Categorical(
        pos["quadrant"], categories=_QUADRANTS, ordered=True
    )
    pos["map"] = pd.Categorical(pos["map"], categories=names, ordered=True)
    quadrants, by_map = _group_quadrants(pos, names)
    spread = _group_spread(pos)
    common, unique = _shared(pos, names, min_share)
    return MapComparison(
        positions=pos.set_index(["map", "stakeholder_id"]),
        quadrants=quadrants,
        by_map=by_map,
        spread=spread,
        common=common,
        unique=unique,
        maps=names,
        by=by,
        min_share=float(min_share),
        thresholds=cuts,
        scale=scale,
    )


def _modal(values: pd.Series) -> str | None:
    """Return the most common quadrant; ties go to the first in grid order."""
    counts = Counter(v for v in values if isinstance(v, str))
    if not counts:
        return None
    top = max(counts.values())
    return next(q for q in _QUADRANTS if counts.get(q, 0) == top)


def _group_quadrants(
    pos: pd.DataFrame, names: list[str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    placed = pos.dropna(subset=["quadrant"])
    groups = list(dict.fromkeys(pos["group"]))
    table = pd.crosstab(placed["group"], placed["quadrant"].astype(str))
    table = table.reindex(index=groups, columns=_QUADRANTS, fill_value=0)
    n = table.sum(axis=1)
    shares = table.div(n.where(n > 0, 1), axis=0).astype("float64")
    shares["n"] = n.astype("int64")
    shares["n_maps"] = (
        pos.groupby("group", sort=False, observed=True)["map"]
        .nunique()
        .reindex(groups)
        .astype("int64")
    )
    shares["typical"] = [
        _modal(placed.loc[placed["group"] == g, "quadrant"].astype(str)) for g in groups
    ]
    shares.index.name = "group"
    shares.columns.name = None
    by_map = pd.DataFrame(index=pd.Index(groups, name="group"))
    for name in names:
        sub = placed.loc[placed["map"] == name]
        by_map[name] = [
            _modal(sub.loc[sub["group"] == g, "quadrant"].astype(str)) for g in groups
        ]
    return shares, by_map


def _iqr(values: pd.Series) -> float:
    v = values.dropna().to_numpy()
    if v.size == 0:
        return math.nan
    q1, q3 = np.percentile(v, [25, 75])
    return float(q3 - q1)


def _group_spread(pos: pd.DataFrame) -> pd.DataFrame:
    groups = list(dict.fromkeys(pos["group"]))
    out = pd.DataFrame(index=pd.Index(groups, name="group"))
    grouped = pos.groupby("group", sort=False)
    for axis in ("power", "interest"):
        out[f"{axis}_median"] = grouped[axis].median().reindex(groups)
        out[f"{axis}_iqr"] = grouped[axis].apply(_iqr).reindex(groups)
        per_map = pos.groupby(["group", "map"], sort=False, observed=True)[
            axis
        ].median()
        out[f"{axis}_between_sd"] = (
            per_map.groupby(level="group", sort=False).std(ddof=1).reindex(groups)
        )
    out["n"] = grouped.size().reindex(groups).astype("int64")
    return out


def _shared(
    pos: pd.DataFrame, names: list[str], min_share: float
) -> tuple[pd.DataFrame, pd.DataFrame]:
    n_total = len(names)
    keys = list(dict.fromkeys(pos["key"]))
    common_rows = []
    unique_rows = []
    for key in keys:
        sub = pos.loc[pos["key"] == key]
        in_maps = [m for m in names if (sub["map"] == m).any()]
        first = sub.iloc[0]
        if len(in_maps) == 1:
            unique_rows.append(
                {
                    "key": key,
                    "map": in_maps[0],
                    "name": first["name"],
                    "group": first["group"],
                    "quadrant": first["quadrant"],
                }
            )
        share = len(in_maps) / n_total
        if share >= min_share - 1e-12 and len(in_maps) > 1:
            quads = sub["quadrant"].dropna().astype(str)
            typical = _modal(quads)
            agreement = (
                float((quads == typical).mean()) if typical is not None else math.nan
            )
            common_rows.append(
                {
                    "key": key,
                    "name": first["name"],
                    "group": Counter(sub["group"]).most_common(1)[0][0],
                    "n_maps": len(in_maps),
                    "share": share,
                    "maps": ", ".join(in_maps),
                    "power_median": float(sub["power"].median()),
                    "interest_median": float(sub["interest"].median()),
                    "typical": typical,
                    "agreement": agreement,
                }
            )
    common = pd.DataFrame(
        common_rows,
        columns=[
            "key",
            "name",
            "group",
            "n_maps",
            "share",
            "maps",
            "power_median",
            "interest_median",
            "typical",
            "agreement",
        ],
    ).set_index("key")
    common = common.sort_values(
        ["n_maps", "name"], ascending=[False, True], kind="stable"
    )
    unique = pd.DataFrame(
        unique_rows, columns=["key", "map", "name", "group", "quadrant"]
    ).set_index("key")
    return common, unique
