"""Tables for people: the communication frames with translated headers and values.

Holds :func:`display_table` and :func:`markdown_table`, which turn the keys in
a plan, status, log or coverage frame into the words of one language. Layer:
analysis. May import pandas (inside functions), the foundation (``i18n``) and
``communication._shared``; never matplotlib.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from stakeholder_map.analysis._common import check_choice
from stakeholder_map.analysis.communication._shared import _NO_CATEGORY
from stakeholder_map.i18n import MESSAGE_LANGUAGES, label, quadrant_label

if TYPE_CHECKING:
    import pandas as pd


# --------------------------------------------------------------------------------
# Tables for people: translated headers and values
# --------------------------------------------------------------------------------

#: Columns whose values are keys with a label in :mod:`stakeholder_map.i18n`.
_KEY_COLUMNS = (
    "attitude_group",
    "participation",
    "frequency",
    "planned_frequency",
    "service",
    "sentiment_trend",
    "status",
    "kind",
    "channel",
    "direction",
    "source",
)
_INDEX_LABELS = {
    "stakeholder_id": "stakeholder",
    "segment_id": "segment",
    "category": "category",
}


def display_table(df: pd.DataFrame, *, lang: str = "nl") -> pd.DataFrame:
    """Translate a communication table's headers and values for people.

    Turns the keys in a frame from :func:`communication_plan`,
    :func:`engagement_status`, :func:`channel_coverage`,
    :func:`representation` or :func:`interaction_log` into labels (Dutch by
    default), booleans into yes/no, datetimes into dates and floats to two
    decimals, so the table can go straight to Excel, CSV or a slide. The frame
    passed in is not changed.

    Parameters
    ----------
    df
        A frame from one of the functions above.
    lang
        ``"nl"`` (default) or ``"en"``.

    Returns
    -------
    pandas.DataFrame
        The same rows, with translated column names and values. The index
        keeps its values (ids); its name is translated.

    See Also
    --------
    markdown_table : The same table as Markdown text.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> plan = skm.analysis.communication_plan(smap)
    >>> table = skm.analysis.display_table(plan[["participation", "channels"]])
    >>> table.columns.tolist()
    ['Participatie', 'Kanalen']
    >>> table.loc["huis_van_het_kind"].tolist()
    ['Samenwerken', 'Overleg, Persoonlijk contact']
    >>> # plan.to_excel("plan.xlsx") would now write Dutch headers and values
    """
    import pandas as pd

    check_choice("lang", lang, MESSAGE_LANGUAGES)
    out = df.copy()
    out.attrs = {}
    for col in out.columns:
        series = out[col]
        if col == "quadrant":
            out[col] = series.map(
                lambda v: v if not isinstance(v, str) else quadrant_label(v, lang),
                na_action="ignore",
            ).astype(object)
        elif col in _KEY_COLUMNS:
            out[col] = series.astype(object).map(
                lambda v: label(v, lang), na_action="ignore"
            )
        elif col == "channels":
            out[col] = series.map(
                lambda v: ", ".join(label(c, lang) for c in v.split(", ") if c),
                na_action="ignore",
            )
        elif pd.api.types.is_bool_dtype(series):
            out[col] = series.map(
                lambda v: label("yes" if v else "no", lang), na_action="ignore"
            ).astype(object)
        elif pd.api.types.is_datetime64_any_dtype(series):
            out[col] = series.dt.date.astype(object).where(series.notna(), None)
        elif pd.api.types.is_float_dtype(series):
            out[col] = series.round(2)
    out.columns = pd.Index([label(str(c), lang) for c in out.columns])
    if out.index.name in _INDEX_LABELS:
        if out.index.name == "category":
            out.index = pd.Index(
                [label(v, lang) if v == _NO_CATEGORY else v for v in out.index],
                dtype=object,
            )
        out.index.name = label(_INDEX_LABELS[str(df.index.name)], lang)
    return out


def markdown_table(df: pd.DataFrame, *, lang: str = "nl") -> str:
    """Render a communication table as a Markdown pipe table.

    The table is first translated by :func:`display_table`; the index becomes
    the first column. No extra package is needed.

    Parameters
    ----------
    df
        A frame from :func:`communication_plan`, :func:`engagement_status`,
        :func:`channel_coverage`, :func:`representation` or
        :func:`interaction_log`.
    lang
        ``"nl"`` (default) or ``"en"``.

    Returns
    -------
    str
        The Markdown text, one line per row, ending in a newline.

    See Also
    --------
    display_table : The translated table as a DataFrame.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> plan = skm.analysis.communication_plan(smap)
    >>> md = skm.analysis.markdown_table(plan.loc[["ocmw"], ["name", "frequency"]])
    >>> print(md)
    | Actor | Naam | Frequentie |
    | --- | --- | --- |
    | ocmw | OCMW Vlasbeke | Maandelijks |
    <BLANKLINE>
    """
    table = display_table(df, lang=lang)
    head = [str(table.index.name or ""), *map(str, table.columns)]

    def cell(v: Any) -> str:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return ""
        return str(v).replace("|", "\\|").replace("\n", " ")

    lines = [
        "| " + " | ".join(head) + " |",
        "| " + " | ".join("---" for _ in head) + " |",
    ]
    for idx, row in zip(table.index, table.itertuples(index=False), strict=True):
        lines.append("| " + " | ".join(cell(v) for v in (idx, *row)) + " |")
    return "\n".join(lines) + "\n"
