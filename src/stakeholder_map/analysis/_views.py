"""Helpers shared by the stakeholder views: stance, ranks, categoricals, warnings."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from stakeholder_map._types import Stance
from stakeholder_map.analysis._common import check_choice
from stakeholder_map.i18n import LANGUAGES

if TYPE_CHECKING:
    import pandas as pd

T = TypeVar("T")

#: Decimals kept before comparing scores for ties, so float noise never splits one.
TIE_DECIMALS = 12


def check_lang(lang: str) -> None:
    """Raise a clear error unless ``lang`` is a language we have labels for."""
    check_choice("lang", lang, LANGUAGES)


def stance_of(attitude: float) -> Stance:
    """Return the side of an attitude: > 0 supportive, 0 neutral, < 0 opposed."""
    if attitude > 0:
        return Stance.SUPPORTIVE
    if attitude < 0:
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
