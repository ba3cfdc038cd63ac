"""pandas DataFrames: one frame per table, the stakeholders indexed by id."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any

from stakeholder_map.io._cells import field_kind
from stakeholder_map.io._meta import scale_from_arg
from stakeholder_map.io._tables import (
    ORDERED_ENUMS,
    RawTable,
    build_map,
    collections,
    guess_language,
    table_rows,
)
from stakeholder_map.models import StakeholderMap

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["frame_to_map", "map_to_frame"]


def _raw(df: pd.DataFrame, table: str) -> RawTable:
    if any(n is not None for n in df.index.names):
        df = df.reset_index()
    headers: list[Any] = list(df.columns)
    columns = [df.iloc[:, i].tolist() for i in range(df.shape[1])]
    return RawTable(
        table=table,
        headers=headers,
        columns=columns,
        rows=list(range(2, 2 + len(df))),
        sheet=table,
        file=None,
        header_row=1,
        column_names=[str(h) for h in headers],
    )


def frame_to_map(
    df: pd.DataFrame,
    *,
    relations: pd.DataFrame | None,
    tables: Mapping[str, pd.DataFrame] | None,
    meta: dict[str, Any],
    scale: Any,
    unknown_columns: str,
    lang: str | None,
) -> StakeholderMap:
    """Build a map from frames; see :func:`stakeholder_map.io.from_dataframe`."""
    frames: dict[str, pd.DataFrame] = {"stakeholders": df}
    if relations is not None:
        frames["relations"] = relations
    known = collections()
    for name, frame in (tables or {}).items():
        if name not in known or name == "stakeholders":
            choices = [t for t in known if t != "stakeholders"]
            msg = f"`tables` keys must be among {choices}, but got {name!r}."
            raise ValueError(msg)
        if name in frames:
            msg = f"The {name} are given twice: as an argument and in `tables`."
            raise ValueError(msg)
        frames[name] = frame
    raw = {name: _raw(frame, name) for name, frame in frames.items()}
    meta = dict(meta)
    guessed = guess_language(raw)
    if meta.get("language") is None:
        meta["language"] = guessed
    return build_map(
        raw,
        meta=meta,
        scale=scale_from_arg(scale),
        lang=lang or str(meta["language"]),
        unknown_columns=unknown_columns,
        source=None,
    )


def map_to_frame(smap: StakeholderMap, table: str) -> pd.DataFrame:
    """Lay out one table as a frame; see :func:`stakeholder_map.io.to_dataframe`."""
    import pandas as pd

    model = collections()[table]
    fields, headers, rows = table_rows(smap, table, lang="en", target="frame")
    data: dict[str, Any] = {}
    for i, (fld, head) in enumerate(zip(fields, headers, strict=True)):
        values = [row[i] for row in rows]
        if fld == "attributes":  # the user's own column, its values as they are
            data[head] = pd.Series(values, dtype=object).to_numpy()
            continue
        kind = field_kind(model, fld)
        data[fld] = _column(values, kind.name, kind.enum, pd)
    index = None
    if table == "stakeholders":
        index = pd.Index(data.pop("id"), name="stakeholder_id")
    return pd.DataFrame(data, index=index)


def _column(values: list[Any], kind: str, enum: type[Enum] | None, pd: Any) -> Any:
    if kind in ("score", "number"):
        return pd.Series(values, dtype="float64").to_numpy()
    if kind in ("int", "sign"):
        dtype = "Int64" if any(v is None for v in values) else "int64"
        return pd.array(values, dtype=dtype)
    if kind == "bool":
        dtype = "boolean" if any(v is None for v in values) else "bool"
        return pd.array(values, dtype=dtype)
    if kind == "choice" and enum is not None:
        categories = [str(m.value) for m in enum]
        return pd.Categorical(
            values, categories=categories, ordered=enum in ORDERED_ENUMS
        )
    if kind == "date":
        # via ISO text, so the resolution is pandas' default for parsed dates
        iso = [None if v is None else v.isoformat() for v in values]
        return pd.to_datetime(pd.Series(iso, dtype=object)).to_numpy()
    return values  # text: pandas picks its string dtype
