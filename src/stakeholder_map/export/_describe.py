"""Text alternatives of the figures, built from the data they show.

Every figure of the deck and the report gets a description a screen reader can
read out (who is where, how many per class) and the table of its data, so
nobody needs to see the figure to follow it.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from stakeholder_map.i18n import label, text

if TYPE_CHECKING:
    import pandas as pd

    from stakeholder_map.models import StakeholderMap

#: Names given per class in a description; the rest are counted.
_NAMES = 3


@dataclass
class FigureText:
    """A figure's text alternative and the table of its data."""

    alt: str
    headers: list[str]
    rows: list[list[str]]


def _number(value: Any, lang: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    if value != value:  # NaN
        return ""
    out = (
        f"{value:.2f}".rstrip("0").rstrip(".")
        if isinstance(value, float)
        else str(value)
    )
    return out.replace(".", ",") if lang == "nl" else out


def _names(names: list[str], lang: str) -> str:
    shown = ", ".join(names[:_NAMES])
    rest = len(names) - _NAMES
    if rest > 0:
        shown += " " + text("alt_and_more", lang, n=rest)
    return shown


def _by_class(
    title: str,
    df: pd.DataFrame,
    column: str,
    classes: list[str],
    lang: str,
    display: Callable[[str], str],
    scores: list[str],
) -> FigureText:
    parts = []
    for cls in classes:
        members = df[df[column].astype(str) == cls]
        if len(members):
            names = [str(n) for n in members["_shown"]]
            parts.append(f"{display(cls)}: {len(members)} ({_names(names, lang)})")
    alt = text("alt_figure", lang, title=title, n=len(df), parts="; ".join(parts))
    headers = [
        label("name", lang),
        *(label(s, lang) for s in scores),
        text("alt_class", lang),
    ]
    rows = [
        [
            str(r["name"]),
            *(_number(r[s], lang) for s in scores),
            display(str(r[column])),
        ]
        for _, r in df.iterrows()
    ]
    return FigureText(alt, headers, rows)


def describe(
    smap: StakeholderMap,
    view: str,
    *,
    lang: str,
    threshold: Any = "midpoint",
    labels: str | None = None,
) -> FigureText:
    """Describe the figure of ``view`` from the data behind it, in ``lang``."""
    import stakeholder_map.analysis as analysis
    from stakeholder_map.exceptions import StakeholderMapWarning

    title = label(f"view_{view}", lang)
    shown = {s.id: s.display_name for s in smap.stakeholders}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        if view == "grid":
            from stakeholder_map._types import Quadrant

            df = analysis.power_interest(
                smap, threshold=threshold, labels=labels or lang
            )
            df = df.sort_values(["power", "interest"], ascending=False, kind="stable")
            df["_shown"] = [shown[str(i)] for i in df.index]
            names = dict(zip(df["quadrant"].astype(str), df["label"], strict=True))
            return _by_class(
                title,
                df,
                "quadrant",
                [q.value for q in Quadrant],
                lang,
                lambda q: str(names[q]),
                ["power", "interest"],
            )
        classed: dict[str, tuple[Any, str, list[str], dict[str, Any]]] = {
            "salience": (analysis.salience, "salience_class", [], {}),
            "attitude": (
                analysis.attitude_grid,
                "attitude_class",
                ["power", "attitude"],
                {"lang": lang},
            ),
            "cube": (
                analysis.stakeholder_cube,
                "cube_type",
                ["power", "interest", "attitude"],
                {"lang": lang},
            ),
        }
        if view in classed:
            func, column, scores, kws = classed[view]
            df = func(smap, **kws)
            df["_shown"] = [shown[str(i)] for i in df.index]
            order = (
                list(dict.fromkeys(str(c) for c in df[column].cat.categories))
                if hasattr(df[column], "cat")
                else list(dict.fromkeys(df[column].astype(str)))
            )
            return _by_class(
                title, df, column, order, lang, lambda c: label(c, lang), scores
            )
        if view == "priority":
            df = analysis.priority(smap).sort_values("rank", kind="stable")
            top = [
                f"{r['rank']}. {shown[str(i)]} ({_number(float(r['priority']), lang)})"
                for i, r in df.head(5).iterrows()
            ]
            alt = text("alt_ranked", lang, title=title, n=len(df), top="; ".join(top))
            headers = [
                label("rank", lang),
                label("name", lang),
                label("priority", lang),
            ]
            rows = [
                [str(r["rank"]), str(r["name"]), _number(float(r["priority"]), lang)]
                for _, r in df.iterrows()
            ]
            return FigureText(alt, headers, rows)
        if view in ("network", "influence"):
            return _network(smap, title, lang, shown)
    alt = text("alt_plain", lang, title=title, n=len(smap.stakeholders))
    return FigureText(alt, [], [])


def _network(
    smap: StakeholderMap, title: str, lang: str, shown: dict[str, str]
) -> FigureText:
    counts = dict.fromkeys(shown, 0)
    for r in smap.relations:
        counts[r.source] += 1
        counts[r.target] += 1
    ranked = sorted(counts, key=lambda k: -counts[k])
    top = [f"{shown[k]} ({counts[k]})" for k in ranked[:5] if counts[k]]
    alone = [shown[k] for k in ranked if not counts[k]]
    alt = text(
        "alt_network",
        lang,
        title=title,
        n=len(shown),
        relations=len(smap.relations),
        top=", ".join(top),
    )
    if alone:
        alt += " " + text("alt_alone", lang, n=len(alone), names=_names(alone, lang))
    headers = [label("name", lang), text("alt_relations", lang)]
    names = {s.id: s.name for s in smap.stakeholders}
    rows = [[names[k], str(counts[k])] for k in ranked]
    return FigureText(alt, headers, rows)
