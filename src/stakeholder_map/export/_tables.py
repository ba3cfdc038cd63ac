"""The tables the report and the slide deck share: the quadrant classification.

Both :mod:`~stakeholder_map.export.report` and :mod:`~stakeholder_map.export.pptx`
build the classification table from here, so that neither imports the other's
helpers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from stakeholder_map._types import Quadrant
from stakeholder_map.i18n import label

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Table", "classification", "fmt", "sort_classification"]


@dataclass
class Table:
    """A table of a report or deck: header texts, cell texts, numeric columns."""

    headers: list[str]
    rows: list[list[str]]
    numeric: set[int] = field(default_factory=set)


def fmt(value: Any) -> str:
    """Return a cell's text: empty for None and NaN, ``%g`` for floats."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return f"{value:g}"
    return str(value)


def sort_classification(df: pd.DataFrame) -> pd.DataFrame:
    """Order a grid table for reading: by quadrant, then most power and interest."""
    order = {q.value: k for k, q in enumerate(Quadrant)}
    return df.assign(_q=[order[str(q)] for q in df["quadrant"]]).sort_values(
        ["_q", "power", "interest", "name"], ascending=[True, False, False, True]
    )


def classification(rows: pd.DataFrame, lang: str) -> Table:
    """Build the classification table from rows sorted by `sort_classification`."""
    headers = [
        label("name", lang),
        label("category", lang),
        label("power", lang),
        label("interest", lang),
        label("quadrant", lang),
        label("strategy", lang),
    ]
    body = [
        [
            fmt(r["name"]),
            fmt(r["category"]),
            fmt(r["power"]),
            fmt(r["interest"]),
            fmt(r["label"]),
            fmt(r["strategy"]),
        ]
        for _, r in rows.iterrows()
    ]
    return Table(headers, body, numeric={2, 3})
