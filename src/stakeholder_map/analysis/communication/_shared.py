"""What the communication tables share: frequencies, enum keys and small helpers.

Holds :data:`FREQUENCY_DAYS`, the channel, frequency, participation and
quadrant keys in their enum order, and the helpers that build the index, the
ordered categoricals and the reference date. Layer: analysis. May import
pandas (inside functions) and the foundation (``_types``, ``_dates``); never
another module of this package, nor matplotlib.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from stakeholder_map._dates import as_date
from stakeholder_map._types import Channel, Frequency, ParticipationLevel, Quadrant

if TYPE_CHECKING:
    import pandas as pd


#: Days between contacts for each planned frequency (ad hoc has no interval).
#: A month counts as 30 days, a quarter as 91 and a year as 365.
FREQUENCY_DAYS: dict[str, int | None] = {
    "daily": 1,
    "weekly": 7,
    "biweekly": 14,
    "monthly": 30,
    "quarterly": 91,
    "yearly": 365,
    "ad_hoc": None,
}
_NO_CATEGORY = "no_category"

_CHANNELS = [c.value for c in Channel]
_FREQUENCIES = [f.value for f in Frequency]
_LEVELS = [p.value for p in ParticipationLevel]
_QUADRANTS = [q.value for q in Quadrant]


def _categorical(values: Iterable[str | None], categories: Sequence[str]) -> Any:
    import pandas as pd

    return pd.Categorical(
        [None if v is None else str(v) for v in values],
        categories=list(categories),
        ordered=True,
    )


def _index(ids: Sequence[str], name: str = "stakeholder_id") -> pd.Index:
    import pandas as pd

    return pd.Index(list(ids), name=name, dtype=object)


def _as_date(value: dt.date | str | None, name: str = "today") -> dt.date:
    return dt.date.today() if value is None else as_date(value, name=name)


def _frequency_rank(freq: str) -> float:
    days = FREQUENCY_DAYS[freq]
    return math.inf if days is None else days


def _unique(values: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for v in values:
        if v is not None and v not in out:
            out.append(v)
    return out
