"""The ratings of a map as a stakeholder x rater x dimension array, and their names.

Holds the dimensions an assessment scores (:data:`DIMENSIONS`), the aggregation
methods and measurement levels, and ``_ratings``, which gathers a map's assessments
(up to a date) into one array. Layer: analysis. May import numpy, pandas, the
foundation (``_types``, ``_dates``, ``exceptions``, ``i18n``), the analysis helpers
(``analysis._common``) and the modules of this package before it in ``__init__``'s
list; never matplotlib.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from stakeholder_map._dates import as_date
from stakeholder_map._types import Quadrant
from stakeholder_map.analysis._common import check_choice

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from stakeholder_map.models import StakeholderMap


#: Dimensions an assessment can score, in output order.
DIMENSIONS = ("power", "interest", "attitude", "legitimacy", "urgency", "proximity")
METHODS = ("median", "mean", "trimmed_mean")
LEVELS = ("nominal", "ordinal", "interval", "ratio")
#: The quadrants in the order of the probability columns.
QUADRANTS = tuple(q.value for q in Quadrant)
#: Attitude has its own scale, whatever the map's scale is.
ATTITUDE_SCALE = (-2.0, 2.0)

Method = Literal["median", "mean", "trimmed_mean"]
Level = Literal["nominal", "ordinal", "interval", "ratio"]
DateSelector = dt.date | str | None


@dataclass(frozen=True)
class _Ratings:
    """The selected assessments as an array ``values[stakeholder, rater, dim]``."""

    stakeholder_ids: list[str]
    raters: list[str]
    dimensions: list[str]
    values: NDArray[np.float64]
    dates: list[dt.date | None]


def _parse_date(value: dt.date | str, name: str = "by_date") -> dt.date:
    hint = " (or None for each rater's latest scores)" if name == "by_date" else ""
    return as_date(value, name=name, hint=hint)


def _check_dimensions(dimensions: Sequence[str] | str | None) -> list[str] | None:
    if dimensions is None:
        return None
    dims = [dimensions] if isinstance(dimensions, str) else list(dimensions)
    for d in dims:
        check_choice("dimensions", d, DIMENSIONS)
    if not dims:
        msg = f"`dimensions` must name at least one of {list(DIMENSIONS)}."
        raise ValueError(msg)
    return dims


def _ratings(
    smap: StakeholderMap,
    *,
    by_date: DateSelector = None,
    dimensions: Sequence[str] | str | None = None,
) -> _Ratings:
    """Collect the assessments into an array; the stakeholders are in map order.

    ``by_date=None`` keeps, field by field, each rater's latest score of each
    stakeholder (undated ones count as the oldest; on the same date the later
    row wins), so an update of one score keeps the rater's other scores; a date
    keeps only that date's assessments. Assessments without any score are
    skipped.
    """
    dims = _check_dimensions(dimensions)
    day = None if by_date is None else _parse_date(by_date)
    # (stakeholder, rater) -> dimension -> (date, value): per field, the latest
    # value the rater gave wins, so a later rating of interest alone keeps the
    # rater's earlier power score.
    chosen: dict[tuple[str, str], dict[str, tuple[dt.date, float]]] = {}
    order_raters: dict[str, None] = {}
    for a in smap.assessments:
        if day is not None and a.date != day:
            continue
        # A row without any score (e.g. a template row left empty) is no rating
        # and must not hide the rater's earlier scores.
        given = {d: v for d in DIMENSIONS if (v := getattr(a, d)) is not None}
        if not given:
            continue
        order_raters.setdefault(a.rater, None)
        fields = chosen.setdefault((a.stakeholder_id, a.rater), {})
        when = a.date or dt.date.min
        for d, v in given.items():
            old = fields.get(d)
            if old is None or when >= old[0]:
                fields[d] = (when, float(v))
    if dims is None:
        dims = [d for d in DIMENSIONS if any(d in f for f in chosen.values())]
    rated = {sid for sid, _ in chosen}
    ids = [sid for sid in smap.ids if sid in rated]
    raters = list(order_raters)
    row = {sid: i for i, sid in enumerate(ids)}
    col = {r: j for j, r in enumerate(raters)}
    values = np.full((len(ids), len(raters), len(dims)), np.nan)
    dates: list[dt.date | None] = []
    for (sid, rater), fields in chosen.items():
        latest = max(when for when, _ in fields.values())
        dates.append(None if latest == dt.date.min else latest)
        for k, d in enumerate(dims):
            if d in fields:
                values[row[sid], col[rater], k] = fields[d][1]
    return _Ratings(ids, raters, dims, values, dates)


def _dim_scale(smap: StakeholderMap, dim: str) -> tuple[float, float]:
    if dim == "attitude":
        return ATTITUDE_SCALE
    return (smap.scale.min, smap.scale.max)
