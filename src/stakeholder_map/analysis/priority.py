"""A Stakeholder-Circle-style priority index: who to attend to first."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING

from stakeholder_map.analysis._common import drop_unassessed, stakeholder_frame
from stakeholder_map.analysis._views import min_rank

if TYPE_CHECKING:
    import pandas as pd

    from stakeholder_map.models import StakeholderMap

__all__ = ["DEFAULT_PRIORITY_WEIGHTS", "priority"]

#: Bourne's published default weights for the three components (METHODS.md 5).
DEFAULT_PRIORITY_WEIGHTS: dict[str, float] = {
    "power": 4.0,
    "proximity": 2.0,
    "urgency": 5.0,
}
_COMPONENTS = tuple(DEFAULT_PRIORITY_WEIGHTS)


def _check_weights(weights: Mapping[str, float] | None) -> dict[str, float]:
    if weights is None:
        return dict(DEFAULT_PRIORITY_WEIGHTS)
    if not isinstance(weights, Mapping):
        msg = (
            "`weights` must be a dict with the keys "
            f"{list(_COMPONENTS)}, but {weights!r} was passed."
        )
        raise TypeError(msg)
    keys = set(weights)
    if keys != set(_COMPONENTS):
        missing = sorted(set(_COMPONENTS) - keys)
        extra = sorted(keys - set(_COMPONENTS))
        msg = (
            f"`weights` must have exactly the keys {list(_COMPONENTS)}, but "
            f"{missing} are missing and {extra} are unknown."
        )
        raise ValueError(msg)
    out: dict[str, float] = {}
    for k in _COMPONENTS:
        w = weights[k]
        if isinstance(w, bool) or not isinstance(w, int | float):
            msg = f"`weights[{k!r}]` must be a number, but {w!r} was passed."
            raise TypeError(msg)
        if not math.isfinite(w) or w < 0:
            msg = f"`weights[{k!r}]` must be a finite number >= 0, but is {w!r}."
            raise ValueError(msg)
        out[k] = float(w)
    if sum(out.values()) == 0:
        msg = "`weights` must not all be 0: at least one component must count."
        raise ValueError(msg)
    return out


def priority(
    smap: StakeholderMap,
    *,
    weights: Mapping[str, float] | None = None,
    top: int | None = None,
) -> pd.DataFrame:
    """Rank stakeholders by a weighted index of power, proximity and urgency.

    Each component is rescaled from the map's scale to 0..1, and the index is
    their weighted mean, so it lies in 0..1 too. Rank 1 is the highest index;
    stakeholders with the same index share the lowest rank number (1, 1, 3).

    Parameters
    ----------
    smap
        The stakeholder map.
    weights
        Weights of ``power``, ``proximity`` and ``urgency`` (all three keys,
        numbers >= 0, not all 0). Default ``{"power": 4, "proximity": 2,
        "urgency": 5}``, Bourne's published default weights.
    top
        Keep only the stakeholders ranked ``top`` or better; ties at the cut are
        all kept, so more than ``top`` rows may come back. None keeps all.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id`` and sorted by rank (map order within a
        tie), with columns ``name``, ``power``, ``proximity``, ``urgency`` (the
        scores), ``power_scaled``, ``proximity_scaled``, ``urgency_scaled``
        (0..1), ``priority`` (the index, 0..1) and ``rank``. ``df.attrs`` holds
        ``weights``, ``scale``, ``top`` and ``note``.

    Raises
    ------
    ValueError
        When ``weights`` lacks a key, has an unknown one or a negative value, or
        ``top`` is below 1.

    Warns
    -----
    StakeholderMapWarning
        When stakeholders lack one of the three scores; they are left out and
        named.

    See Also
    --------
    stakeholder_map.plotting.plot_priority : The ring of the top N.

    Notes
    -----
    The Stakeholder Circle (Bourne & Walker 2005) prioritises stakeholders by
    power, proximity and urgency with weights 4, 2 and 5. Bourne's own index
    formula is not public: this index is *in the style of* the Stakeholder
    Circle, not a reproduction of it.

    References
    ----------
    .. [1] Bourne, L., & Walker, D. H. T. (2005). Visualising and mapping
       stakeholder influence. *Management Decision*, 43(5), 649-660.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> top = skm.analysis.priority(smap, top=3)
    >>> top["rank"].tolist()[0]
    1
    >>> bool(top["priority"].between(0, 1).all())
    True
    """
    import pandas as pd

    w = _check_weights(weights)
    if top is not None and (
        isinstance(top, bool) or not isinstance(top, int) or top < 1
    ):
        msg = f"`top` must be a whole number >= 1 or None, but {top!r} was passed."
        raise ValueError(msg)
    df = stakeholder_frame(smap)
    df = drop_unassessed(
        df, _COMPONENTS, analysis="priority index", lang=str(smap.language)
    )
    out = df[["name", *_COMPONENTS]].copy()
    lo, span = smap.scale.min, smap.scale.max - smap.scale.min
    total = sum(w.values())
    out["priority"] = 0.0
    for k in _COMPONENTS:
        out[f"{k}_scaled"] = (out[k] - lo) / span
        out["priority"] += w[k] * out[f"{k}_scaled"] / total
    out["rank"] = pd.Series(min_rank(out["priority"].tolist()), index=out.index)
    out = out[
        [
            "name",
            *_COMPONENTS,
            *(f"{k}_scaled" for k in _COMPONENTS),
            "priority",
            "rank",
        ]
    ]
    out = out.sort_values("rank", kind="stable")
    if top is not None:
        out = out[out["rank"] <= top]
    out["rank"] = out["rank"].astype("int64")
    out.attrs = {
        "weights": w,
        "scale": (smap.scale.min, smap.scale.max),
        "top": top,
        "note": "Stakeholder-Circle-style index (weighted mean of rescaled power, "
        "proximity and urgency); not Bourne's proprietary index",
    }
    return out
