"""History: the scores of each stakeholder over the dated snapshots of one or more maps.

Holds :func:`history`. Layer: analysis. May import numpy, pandas, the foundation
(``_types``, ``exceptions``, ``i18n``), the analysis helpers (``analysis._common``,
``_views``), ``analysis.raters`` and the modules of this package before it in
``__init__``'s list; never matplotlib.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Hashable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from stakeholder_map.analysis._common import (
    Threshold,
    at_or_above,
    check_choice,
    resolve_threshold,
    split_threshold,
)
from stakeholder_map.analysis.raters import (
    DIMENSIONS,
    METHODS,
    Method,
    _parse_date,
    aggregate,
)
from stakeholder_map.analysis.timeline._fields import _QUADRANTS
from stakeholder_map.exceptions import UnknownStakeholderError

if TYPE_CHECKING:
    from stakeholder_map.models import StakeholderMap


def history(
    smap: StakeholderMap | Mapping[Hashable, StakeholderMap],
    *,
    stakeholder_id: str | Sequence[str] | None = None,
    method: Method = "median",
    dimensions: Sequence[str] | None = None,
    threshold: Threshold = "midpoint",
) -> pd.DataFrame:
    """Return stakeholders' scores over time.

    From one map: per assessment date, the consolidated ratings of that date
    (see :func:`~stakeholder_map.analysis.aggregate`), plus the stakeholder's own
    scores at its ``assessed_on`` date when nobody rated it that day. From several
    maps (a dict such as ``{"2025-10-01": autumn, "2026-03-01": spring}``): each
    map's stakeholder scores under its key.

    Parameters
    ----------
    smap
        A map with dated assessments, or a mapping from a date (or a label) to a
        map, in time order.
    stakeholder_id
        One id or several; None: every stakeholder.
    method
        How ratings of one date are consolidated.
    dimensions
        The scores to report; default power, interest and attitude.
    threshold
        Grid threshold for the ``quadrant`` column, as in
        :func:`~stakeholder_map.analysis.power_interest`.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``(stakeholder_id, date)`` in time order, with ``name``,
        ``short_name``, the dimensions, ``n_raters`` (0 when the point comes
        from the stakeholder's own fields), ``source`` (``"assessments"`` or
        ``"stakeholder"``) and ``quadrant``.

    Raises
    ------
    UnknownStakeholderError
        When ``stakeholder_id`` names no stakeholder.

    See Also
    --------
    stakeholder_map.plotting.plot_history : Draw it.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> h = skm.analysis.history(smap, stakeholder_id="ocmw")
    >>> h.index.names
    FrozenList(['stakeholder_id', 'date'])
    """
    check_choice("method", method, METHODS)
    dims = list(dimensions) if dimensions else ["power", "interest", "attitude"]
    for d in dims:
        check_choice("dimensions", d, DIMENSIONS)
    if isinstance(smap, Mapping):
        frame, known = _history_of_maps(smap, dims)
        scale_of = next(iter(smap.values())).scale if smap else None
    else:
        frame, known = _history_of_map(smap, dims, method)
        scale_of = smap.scale
    if stakeholder_id is not None:
        wanted = (
            [stakeholder_id]
            if isinstance(stakeholder_id, str)
            else list(stakeholder_id)
        )
        for sid in wanted:
            if sid not in known:
                raise UnknownStakeholderError(sid, list(known))
        frame = frame.loc[frame["stakeholder_id"].isin(wanted)]
    frame = frame.sort_values(["stakeholder_id", "date"], kind="stable")
    if "power" in dims and "interest" in dims and scale_of is not None:
        rules = split_threshold(threshold, ("power", "interest"))
        cuts = {
            a: resolve_threshold(rules[a], frame[a].dropna().tolist(), scale_of, a)
            for a in ("power", "interest")
        }
        ok = frame["power"].notna() & frame["interest"].notna()
        span = scale_of.max - scale_of.min
        hp = at_or_above(frame["power"], cuts["power"], span)
        hi = at_or_above(frame["interest"], cuts["interest"], span)
        code = np.where(hp, np.where(hi, 0, 1), np.where(hi, 2, 3))
        frame["quadrant"] = pd.Categorical(
            [(_QUADRANTS[c] if k else None) for c, k in zip(code, ok, strict=True)],
            categories=_QUADRANTS,
            ordered=True,
        )
    out = frame.set_index(["stakeholder_id", "date"])
    out.attrs = {"method": method}
    return out


def _history_of_map(
    smap: StakeholderMap, dims: list[str], method: str
) -> tuple[pd.DataFrame, dict[str, str]]:
    names = {s.id: s.name for s in smap.stakeholders}
    short = {s.id: s.short_name for s in smap.stakeholders}
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, dt.date | None]] = set()
    if smap.assessments:
        agg = aggregate(
            smap,
            method=method,  # type: ignore[arg-type]
            by_date="each",
            dimensions=dims,
        )
        for row in agg.reset_index().to_dict("records"):
            sid, day = str(row["stakeholder_id"]), row["date"]
            when: dt.date | None = None if pd.isna(day) else day.date()
            seen.add((sid, when))
            rows.append(
                {
                    "stakeholder_id": sid,
                    "date": when,
                    "name": names[sid],
                    "short_name": short[sid],
                    **{d: row[d] for d in dims},
                    "n_raters": int(row["n_raters"]),
                    "source": "assessments",
                }
            )
    for s in smap.stakeholders:
        # Undated own scores are no point in time; dated ones fill in the dates
        # at which nobody rated the stakeholder.
        if s.assessed_on is None or (s.id, s.assessed_on) in seen:
            continue
        values = {d: getattr(s, d) for d in dims}
        if all(v is None for v in values.values()):
            continue
        rows.append(
            {
                "stakeholder_id": s.id,
                "date": s.assessed_on,
                "name": s.name,
                "short_name": s.short_name,
                **{d: math.nan if v is None else float(v) for d, v in values.items()},
                "n_raters": 0,
                "source": "stakeholder",
            }
        )
    return _history_frame(rows, dims, dates=True), names


def _history_of_maps(
    maps: Mapping[Hashable, StakeholderMap], dims: list[str]
) -> tuple[pd.DataFrame, dict[str, str]]:
    rows: list[dict[str, Any]] = []
    names: dict[str, str] = {}
    all_dates = True
    keys = []
    for key in maps:
        try:
            keys.append(
                _parse_date(key, "smap") if isinstance(key, str | dt.date) else key
            )
        except ValueError:
            keys.append(key)
        all_dates &= isinstance(keys[-1], dt.date)
    for key, m in zip(keys, maps.values(), strict=True):
        for s in m.stakeholders:
            names.setdefault(s.id, s.name)
            values = {d: getattr(s, d) for d in dims}
            rows.append(
                {
                    "stakeholder_id": s.id,
                    "date": key,
                    "name": s.name,
                    "short_name": s.short_name,
                    **{
                        d: math.nan if v is None else float(v)
                        for d, v in values.items()
                    },
                    "n_raters": 0,
                    "source": "stakeholder",
                }
            )
    frame = _history_frame(rows, dims, dates=all_dates)
    if not all_dates:
        order = {k: i for i, k in enumerate(keys)}
        frame["date"] = pd.Categorical(
            frame["date"], categories=list(order), ordered=True
        )
    return frame, names


def _history_frame(
    rows: list[dict[str, Any]], dims: list[str], *, dates: bool
) -> pd.DataFrame:
    cols = ["stakeholder_id", "date", "name", "short_name", *dims, "n_raters", "source"]
    frame = pd.DataFrame(rows, columns=cols)
    if dates:
        frame["date"] = pd.to_datetime(frame["date"])
    for d in dims:
        frame[d] = frame[d].astype("float64")
    frame["n_raters"] = frame["n_raters"].astype("int64")
    return frame
