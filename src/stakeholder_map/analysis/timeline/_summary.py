"""The short text of a diff: what changed since the last meeting, in English or Dutch.

Holds ``_summary``, which :meth:`MapDiff.summary` calls. Layer: analysis. May import
numpy, pandas, the foundation (``_types``, ``exceptions``, ``i18n``), the analysis
helpers (``analysis._common``, ``_views``), ``analysis.raters`` and the modules of
this package before it in ``__init__``'s list; never matplotlib.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from stakeholder_map.analysis.raters import DIMENSIONS
from stakeholder_map.analysis.timeline._fields import _RELATION_FIELDS
from stakeholder_map.i18n import label, quadrant_label, text

if TYPE_CHECKING:
    from stakeholder_map.analysis.timeline._diff import MapDiff


def _names(items: Sequence[str], lang: str, max_items: int) -> str:
    shown = list(items[:max_items])
    rest = len(items) - len(shown)
    out = ", ".join(shown)
    if rest > 0:
        out += text("diff_more", lang, n=rest)
    return out


def _num(v: Any) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "-"
    return f"{v:g}" if isinstance(v, float | int) else str(v)


def _summary(diff: MapDiff, lang: str, max_items: int) -> str:
    df = diff.stakeholders
    if diff.is_empty:
        return text(
            "diff_nothing", lang, before=diff.before_name, after=diff.after_name
        )

    def when(d: dt.date | None) -> str:
        return f" ({d.isoformat()})" if d else ""

    lines = [
        text(
            "diff_heading",
            lang,
            before=diff.before_name,
            after=diff.after_name,
            before_date=when(diff.before_date),
            after_date=when(diff.after_date),
        )
    ]
    added = df.loc[df["status"] == "added", "name"].tolist()
    if added:
        lines.append(
            "- "
            + text(
                "diff_added", lang, n=len(added), names=_names(added, lang, max_items)
            )
        )
    removed = df.loc[df["status"] == "removed", "name"].tolist()
    if removed:
        lines.append(
            "- "
            + text(
                "diff_removed",
                lang,
                n=len(removed),
                names=_names(removed, lang, max_items),
            )
        )
    moved = df.loc[df["moved"]]
    if len(moved):
        lines.append("- " + text("diff_moved", lang, n=len(moved)))
        for _, row in moved.head(max_items).iterrows():
            lines.append(
                "  - "
                + text(
                    "diff_moved_item",
                    lang,
                    name=row["name"],
                    before=quadrant_label(row["quadrant_before"], lang),
                    after=quadrant_label(row["quadrant_after"], lang),
                    power=label("power", lang).lower(),
                    interest=label("interest", lang).lower(),
                    p0=_num(row["power_before"]),
                    p1=_num(row["power_after"]),
                    i0=_num(row["interest_before"]),
                    i1=_num(row["interest_after"]),
                )
            )
        if len(moved) > max_items:
            lines.append(
                "  " + text("diff_more", lang, n=len(moved) - max_items).strip(" ,")
            )
    reclassed = df.loc[df["salience_moved"]]
    if len(reclassed):
        lines.append("- " + text("diff_salience", lang, n=len(reclassed)))
        lines.extend(
            f"  - {row['name']}: {label(row['salience_before'], lang)} → "
            f"{label(row['salience_after'], lang)}"
            for _, row in reclassed.head(max_items).iterrows()
        )
        if len(reclassed) > max_items:
            lines.append(
                "  " + text("diff_more", lang, n=len(reclassed) - max_items).strip(" ,")
            )
    scored = df.loc[df["score_changed"] & ~df["moved"]]
    if len(scored):
        lines.append(
            "- " + text("diff_scores", lang, n=len(scored), min=diff.min_change)
        )
        for _, row in scored.head(max_items).iterrows():
            parts = []
            for d in DIMENSIONS:
                ch = row.get(f"{d}_change")
                if ch is not None and not math.isnan(ch) and abs(ch) >= diff.min_change:
                    parts.append(
                        f"{label(d, lang).lower()} {_num(row[f'{d}_before'])} → "
                        f"{_num(row[f'{d}_after'])}"
                    )
            lines.append(f"  - {row['name']}: " + ", ".join(parts))
        if len(scored) > max_items:
            lines.append(
                "  " + text("diff_more", lang, n=len(scored) - max_items).strip(" ,")
            )
    fields = df.loc[(df["status"] == "kept") & (df["fields_changed"] != "")]
    if len(fields):
        items = []
        for _, row in fields.iterrows():
            what = ", ".join(
                label(f, lang).lower() for f in row["fields_changed"].split(",")
            )
            items.append(f"{row['name']} ({what})")
        lines.append(
            "- "
            + text(
                "diff_fields", lang, n=len(fields), names=_names(items, lang, max_items)
            )
        )
    rel = diff.relations
    if len(rel):
        counts = rel["status"].value_counts()
        lines.append(
            "- "
            + text(
                "diff_relations",
                lang,
                added=int(counts.get("added", 0)),
                removed=int(counts.get("removed", 0)),
                changed=int(counts.get("changed", 0)),
            )
        )
        names = dict(zip(df.index, df["name"], strict=True))
        marks = {"added": "+", "removed": "−", "changed": "~"}
        for _, row in rel.head(max_items).iterrows():
            arrow = (
                "→"
                if row[
                    "directed_after"
                    if row["status"] != "removed"
                    else "directed_before"
                ]
                else "↔"
            )
            item = (
                f"  {marks[row['status']]} {names.get(row['source'], row['source'])} "
                f"{arrow} {names.get(row['target'], row['target'])} "
                f"({label(row['kind'], lang).lower()})"
            )
            if row["status"] == "changed":
                ch = [
                    f"{label(f, lang).lower()} {_num(row[f'{f}_before'])} → "
                    f"{_num(row[f'{f}_after'])}"
                    for f in _RELATION_FIELDS
                    if row[f"{f}_before"] != row[f"{f}_after"]
                ]
                item += ": " + ", ".join(ch)
            lines.append(item)
        if len(rel) > max_items:
            lines.append(
                "  " + text("diff_more", lang, n=len(rel) - max_items).strip(" ,")
            )
    return "\n".join(lines)
