"""Onion rings: stakeholders in layers around the work, by proximity or category."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stakeholder_map.analysis._common import (
    check_choice,
    drop_unassessed,
    stakeholder_frame,
)
from stakeholder_map.analysis._views import check_lang
from stakeholder_map.i18n import label

if TYPE_CHECKING:
    import pandas as pd

    from stakeholder_map.models import StakeholderMap

__all__ = ["onion_rings"]

_BY = ("proximity", "category")
_BINS = 5  # rings for a scale too fine to give each point its own ring


def onion_rings(
    smap: StakeholderMap,
    *,
    by: Literal["proximity", "category"] = "proximity",
    order: Sequence[str] | None = None,
    lang: str = "en",
) -> pd.DataFrame:
    """Put every stakeholder in a ring of an onion diagram, innermost first.

    By ``proximity``, the closest stakeholders form the core ring: each point of
    a scale of at most ten whole points gets its own ring (a score is rounded
    half up to its point); a finer scale is cut into five equal bands. By
    ``category``, each category is a ring, in the order given or in order of
    first appearance in the map; stakeholders without a category go in an
    outer ring of their own.

    Parameters
    ----------
    smap
        The stakeholder map.
    by
        ``"proximity"`` (default) or ``"category"``.
    order
        For ``by="category"``: the categories from the core outwards. Categories
        it leaves out follow, in map order.
    lang
        Language of ``ring_label``, ``"en"`` or ``"nl"``.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id``, in map order, with columns ``name``,
        ``category``, ``proximity``, ``attitude``, ``ring`` (0 for the core,
        counting outwards) and ``ring_label``. ``df.attrs`` holds ``by``, ``rings`` (the
        ring labels from the core outwards) and ``scale``.

    Raises
    ------
    ValueError
        When ``by`` or ``lang`` is unknown.

    Warns
    -----
    StakeholderMapWarning
        With ``by="proximity"``, when stakeholders have no proximity; they are
        left out and named.

    See Also
    --------
    stakeholder_map.plotting.plot_onion : The onion diagram.

    Notes
    -----
    Onion diagrams place the stakeholders of a system in layers around it
    (Alexander 2005); proximity as the layer follows Bourne's Stakeholder Circle.
    The rounding and banding rules are this library's.

    References
    ----------
    .. [1] Alexander, I. F. (2005). A taxonomy of stakeholders: human roles in
       system development. *International Journal of Technology and Human
       Interaction*, 1(1), 23-59.
    .. [2] Bourne, L., & Walker, D. H. T. (2005). Visualising and mapping
       stakeholder influence. *Management Decision*, 43(5), 649-660.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> rings = skm.analysis.onion_rings(smap, lang="nl")
    >>> rings.loc["huis_van_het_kind", "ring_label"]
    'Nabijheid 5'
    >>> rings.attrs["rings"][-1]
    'Nabijheid 1'
    """
    check_choice("by", by, _BY)
    check_lang(lang)
    df = stakeholder_frame(smap)
    lo, hi = smap.scale.min, smap.scale.max
    if by == "proximity":
        df = drop_unassessed(
            df, ("proximity",), analysis="onion diagram", lang=str(smap.language)
        )
        whole = float(lo).is_integer() and float(hi).is_integer() and hi - lo <= 10
        if whole:
            points = [hi - k for k in range(int(hi - lo) + 1)]
            point = [math.floor(p + 0.5) for p in df["proximity"]]
            ring = [points.index(min(max(p, lo), hi)) for p in point]
            names = [f"{label('proximity', lang)} {p:g}" for p in points]
        else:
            width = (hi - lo) / _BINS
            ring = [min(int((hi - p) // width), _BINS - 1) for p in df["proximity"]]
            word = label("proximity", lang)
            names = [
                f"{word} {hi - (k + 1) * width:g}-{hi - k * width:g}"
                for k in range(_BINS)
            ]
    else:
        seen = [c for c in dict.fromkeys(df["category"]) if isinstance(c, str)]
        first = [c for c in (order or []) if c in seen]
        cats = first + [c for c in seen if c not in first]
        missing = df["category"].isna() | ~df["category"].isin(cats)
        names = [label(c, lang) for c in cats]
        if missing.any():
            names.append(label("not_assessed", lang))
        ring = [
            len(cats) if m else cats.index(c)
            for c, m in zip(df["category"], missing, strict=True)
        ]
    out = df[["name", "category", "proximity", "attitude"]].copy()
    out["ring"] = [int(r) for r in ring]
    out["ring"] = out["ring"].astype("int64")
    out["ring_label"] = [names[r] for r in out["ring"]]
    out.attrs = {"by": by, "rings": names, "scale": (lo, hi)}
    return out
