"""Maps and pandas: ``from_dataframe``, ``to_dataframe``; and ``json_schema``.

The public front of the DataFrame conversions and of the map's JSON Schema; the
work is done by :mod:`._frames` and :mod:`._schema`. pandas is imported only when a
function needs it. It may import those modules, :mod:`._args` and the models
(re-exported by :mod:`stakeholder_map.io`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from stakeholder_map import i18n
from stakeholder_map.io._args import _check, _check_read_args
from stakeholder_map.models import Scale, StakeholderMap

if TYPE_CHECKING:
    import datetime as dt

    import pandas as pd


def from_dataframe(
    df: pd.DataFrame,
    *,
    relations: pd.DataFrame | None = None,
    name: str = "Stakeholder map",
    scale: Scale | tuple[float, float] = (1, 5),
    unknown_columns: str = "keep",
    description: str | None = None,
    language: str | None = None,
    date: dt.date | None = None,
    tables: Mapping[str, pd.DataFrame] | None = None,
    lang: str | None = None,
) -> StakeholderMap:
    """Build a stakeholder map from DataFrames, one row per stakeholder.

    Columns are the :class:`~stakeholder_map.Stakeholder` field names (``id``,
    ``name``, ``power``, ...) or any of their English or Dutch aliases
    (``naam``, ``macht``, ...); an index with a name (such as ``stakeholder_id``,
    the index :func:`to_dataframe` writes) counts as a column. Cells are read as in
    :func:`read_excel`: words, decimal commas and missing values (NaN, None) are
    fine.

    Parameters
    ----------
    df
        The stakeholders.
    relations
        The relations, with ``source`` and ``target`` columns (ids or names).
    name
        The map's name.
    scale
        The map's scale as ``(min, max)`` or a :class:`~stakeholder_map.Scale`.
    unknown_columns
        ``"error"`` (default) or ``"ignore"``, for columns the reader does not
        know (such as analysis results joined to the frame).
    description
        What the map is for.
    language
        The map's language, ``"en"`` or ``"nl"``; by default guessed from the
        column names.
    date
        The map's date.
    tables
        More tables by name: ``interests``, ``stakes``, ``assessments``,
        ``interactions``, ``communication``, ``segments``.
    lang
        Language of the error messages: ``"en"`` or ``"nl"``.

    Returns
    -------
    StakeholderMap
        The validated map.

    Raises
    ------
    InputDataError
        Listing every problem at once. Rows are numbered as in a spreadsheet
        written from the frame: the header is row 1, the frame's first row is
        row 2. The ``sheet`` is the table's name.
    ValueError
        When ``scale``, ``tables`` or another argument is not valid.

    See Also
    --------
    to_dataframe : The inverse.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame(
    ...     {"naam": ["OCMW", "CLB"], "macht": ["hoog", 2], "belang": [4, "3,5"]}
    ... )
    >>> rel = pd.DataFrame({"van": ["OCMW"], "naar": ["CLB"], "soort": ["advies"]})
    >>> smap = skm.from_dataframe(df, relations=rel, name="Demo")
    >>> smap.get("ocmw").power, smap.relations[0].kind
    (5.0, <RelationKind.ADVICE: 'advice'>)
    >>> skm.to_dataframe(smap)[["name", "power", "interest"]]
                    name  power  interest
    stakeholder_id
    ocmw            OCMW    5.0       4.0
    clb              CLB    2.0       3.5
    """
    _check_read_args(unknown_columns, lang)
    if language is not None:
        _check("language", language, i18n.LANGUAGES)
    from stakeholder_map.io._frames import frame_to_map

    meta = {
        "name": name,
        "description": description,
        "language": language,
        "date": date,
    }
    return frame_to_map(
        df,
        relations=relations,
        tables=tables,
        meta=meta,
        scale=scale,
        unknown_columns=unknown_columns,
        lang=lang,
    )


def to_dataframe(smap: StakeholderMap, *, table: str = "stakeholders") -> pd.DataFrame:
    """Return one table of a map as a DataFrame: by default, the stakeholders.

    The stakeholders come one row per stakeholder, indexed by ``stakeholder_id``,
    with every other :class:`~stakeholder_map.Stakeholder` field as a column:
    scores as floats (NaN when not assessed), choices as categoricals (ordered
    for engagement, participation and frequency), tags joined by ``"; "``, dates
    as datetimes. Other tables keep a plain index and all their fields.

    Parameters
    ----------
    smap
        The map.
    table
        The table: ``"stakeholders"`` (default), ``"relations"``,
        ``"interests"``, ``"stakes"``, ``"assessments"``, ``"interactions"``,
        ``"communication"`` or ``"segments"``.

    Returns
    -------
    pandas.DataFrame
        The table.

    Raises
    ------
    ValueError
        When ``table`` is not a table of the map.

    See Also
    --------
    from_dataframe : The inverse.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.to_dataframe(smap)
    >>> df.index.name, df.loc["ocmw", "category"]
    ('stakeholder_id', 'overheid')
    >>> back = skm.from_dataframe(
    ...     df,
    ...     relations=skm.to_dataframe(smap, table="relations"),
    ...     name=smap.name,
    ...     scale=smap.scale,
    ... )
    >>> back.stakeholders == smap.stakeholders
    True
    """
    from stakeholder_map.io._frames import map_to_frame
    from stakeholder_map.io._tables import collections

    _check("table", table, tuple(collections()))
    return map_to_frame(smap, table)


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of a stakeholder map file (YAML or JSON).

    Every field's description is in the schema; fields holding personal data are
    marked ``"personal_data": true``. The schema is committed to the repository
    as ``schema/stakeholder_map.schema.json``.

    Returns
    -------
    dict
        ``StakeholderMap.model_json_schema()``.

    See Also
    --------
    read_json : Reads files that follow the schema.

    Examples
    --------
    >>> schema = skm.json_schema()
    >>> schema["title"], "stakeholders" in schema["properties"]
    ('StakeholderMap', True)
    """
    return StakeholderMap.model_json_schema()
