"""Helpers shared by the stakeholder views: stance, ranks, categoricals, warnings."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from stakeholder_map._types import Stance
from stakeholder_map.analysis._common import check_choice, tie_margin
from stakeholder_map.i18n import MESSAGE_LANGUAGES

if TYPE_CHECKING:
    import pandas as pd

T = TypeVar("T")

#: Decimals kept before comparing scores for ties, so float noise never splits one.
TIE_DECIMALS = 12


def check_lang(lang: str) -> None:
    """Raise a clear error unless ``lang`` is a language we have labels for."""
    check_choice("lang", lang, MESSAGE_LANGUAGES)


#: Width of the attitude scale (-2..+2), for the tie margin around neutral.
ATTITUDE_SPAN = 4.0


def stance_of(attitude: float) -> Stance:
    """Return the side of an attitude: > 0 supportive, 0 neutral, < 0 opposed.

    An attitude within the tie margin of 0 (``1e-9`` times the scale's span, as
    for thresholds) is neutral, so a mean of -0.3, 0.1 and 0.2 is.
    """
    margin = tie_margin(0.0, ATTITUDE_SPAN)
    if attitude > margin:
        return Stance.SUPPORTIVE
    if attitude < -margin:
        return Stance.OPPOSED
    return Stance.NEUTRAL


def categorical(
    values: Iterable[str | None], categories: type[StrEnum] | Sequence[str]
) -> pd.Categorical:
    """Return an ordered categorical whose categories are an enum's values."""
    import pandas as pd

    cats = [str(c) for c in categories]
    return pd.Categorical(
        [None if v is None else str(v) for v in values], categories=cats, ordered=True
    )


def min_rank(values: Sequence[float]) -> list[int]:
    """Rank values from the highest (rank 1); ties share the lowest rank number.

    ``[0.9, 0.5, 0.9, 0.1]`` ranks ``[1, 3, 1, 4]`` (competition ranking).
    """
    rounded = [round(v, TIE_DECIMALS) for v in values]
    ordered = sorted(rounded, reverse=True)
    first: dict[float, int] = {}
    for position, v in enumerate(ordered, start=1):
        first.setdefault(v, position)
    return [first[v] for v in rounded]


def forward_warnings(func: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """Call ``func`` and re-issue its warnings as if raised at our caller's caller.

    A view built on another analysis (e.g. participation on the grid) then warns
    at the line of the user's code, not inside this package.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = func(*args, **kwargs)
    for w in caught:
        warnings.warn(w.message, w.category, stacklevel=3)
    return result


def quiet(func: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """Call ``func`` with our own "left out" warnings silenced (for the summary)."""
    from stakeholder_map.exceptions import StakeholderMapWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        return func(*args, **kwargs)


def stakeholder_value(stakeholder: Any, name: str) -> Any:
    """Return a stakeholder's field or own attribute ``name``; None if it has none.

    Enumerations give their value and lists stay tuples, so the result can be
    grouped and coloured by.
    """
    if name != "attributes" and name in type(stakeholder).model_fields:
        value = getattr(stakeholder, name)
    else:
        value = stakeholder.attributes.get(name)
    return getattr(value, "value", value)


def own_columns(stakeholders: Iterable[Any]) -> list[str]:
    """Return the names of the stakeholders' own attributes, in order of appearance."""
    seen: dict[str, None] = {}
    for s in stakeholders:
        for key in s.attributes:
            seen.setdefault(key, None)
    return list(seen)


def add_map_columns(
    df: pd.DataFrame, smap: Any, names: Iterable[str | None]
) -> pd.DataFrame:
    """Add to an analysis frame the stakeholder columns a plot's roles name.

    ``hue``, ``size`` and ``label`` may name any field of the stakeholders
    (``category``, ``parent``, ...) or one of their own attributes (``Regio``):
    a name that is not yet a column of ``df`` is looked up on the map, row by
    row (by ``stakeholder_id``). Lists are joined by ``"; "``. Names the map
    does not know are left for the plot to report.
    """
    from stakeholder_map.models import Stakeholder

    by_id = {s.id: s for s in smap.stakeholders}
    own = set(own_columns(smap.stakeholders))
    fields = set(Stakeholder.model_fields)
    missing = [
        n
        for n in dict.fromkeys(n for n in names if n is not None)
        if n not in df.columns and (n in own or (n in fields and n != "attributes"))
    ]
    if not missing:
        return df
    df = df.copy()
    for name in missing:
        values = []
        for sid in df.index:
            s = by_id.get(sid)
            v = None if s is None else stakeholder_value(s, name)
            values.append("; ".join(v) if isinstance(v, tuple) else v)
        df[name] = values
    return df
