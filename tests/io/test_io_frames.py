"""from_dataframe and to_dataframe invert each other."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import InputDataError


def test_to_dataframe_layout(full_map: skm.StakeholderMap) -> None:
    df = skm.to_dataframe(full_map)
    assert df.index.name == "stakeholder_id"
    assert list(df.index) == ["ocmw", "clb", "ouders"]
    expected = [
        f for f in skm.Stakeholder.model_fields if f not in ("id", "attributes")
    ]
    assert list(df.columns) == expected
    assert df["power"].dtype == "float64"
    assert np.isnan(df.loc["ouders", "power"])
    assert df.loc["ocmw", "tags"] == "armoede; jeugd"
    assert pd.isna(df.loc["clb", "tags"])
    level = df["engagement_desired"]
    assert isinstance(level.dtype, pd.CategoricalDtype)
    assert level.cat.ordered
    assert list(level.cat.categories) == [m.value for m in skm.EngagementLevel]
    assert level["ocmw"] == "leading"
    assert pd.api.types.is_datetime64_any_dtype(df["assessed_on"])
    assert df.loc["ocmw", "assessed_on"] == pd.Timestamp(2026, 2, 1)
    assert pd.isna(df.loc["clb", "assessed_on"])


def test_other_tables(full_map: skm.StakeholderMap) -> None:
    rel = skm.to_dataframe(full_map, table="relations")
    assert list(rel.columns) == [
        f for f in skm.Relation.model_fields if f != "attributes"
    ]
    assert rel["sign"].tolist() == [1, -1]
    assert rel["directed"].dtype == bool
    assert not isinstance(rel["kind"].dtype, pd.CategoricalDtype) or not (
        rel["kind"].cat.ordered
    )
    assert rel["frequency"].cat.ordered
    seg = skm.to_dataframe(full_map, table="segments")
    assert seg.loc[0, "stakeholder_ids"] == "ocmw; ouders"
    assert seg["min_stakeholders"].tolist() == [2]
    with pytest.raises(ValueError, match="`table` must be one of"):
        skm.to_dataframe(full_map, table="quadrants")


def test_from_dataframe_inverts_to_dataframe(full_map: skm.StakeholderMap) -> None:
    tables = {
        t: skm.to_dataframe(full_map, table=t)
        for t in (
            "interests",
            "stakes",
            "assessments",
            "interactions",
            "communication",
            "segments",
        )
    }
    back = skm.from_dataframe(
        skm.to_dataframe(full_map),
        relations=skm.to_dataframe(full_map, table="relations"),
        tables=tables,
        name=full_map.name,
        description=full_map.description,
        language="nl",
        date=full_map.date,
        scale=full_map.scale,
    )
    assert back == full_map


def test_to_dataframe_inverts_from_dataframe() -> None:
    df = pd.DataFrame(
        {
            "name": ["Stad", "CLB"],
            "power": [4.0, np.nan],
            "tags": ["a; b", None],
            "engagement_current": pd.Categorical(
                ["neutral", None],
                categories=[m.value for m in skm.EngagementLevel],
                ordered=True,
            ),
            "assessed_on": pd.to_datetime(["2026-01-02", None]),
        },
        index=pd.Index(["stad", "clb"], name="stakeholder_id"),
    )
    out = skm.to_dataframe(skm.from_dataframe(df))
    pd.testing.assert_frame_equal(out[df.columns], df, check_dtype=False)
    assert out["power"].dtype == "float64"


def test_aliases_words_and_an_id_index() -> None:
    df = pd.DataFrame(
        {"Naam": ["OCMW", "CLB"], "Macht": ["hoog", "2,5"], "Houding": ["voor", 0]},
        index=pd.Index(["o", "c"], name="id"),
    )
    rel = pd.DataFrame({"Van": ["OCMW"], "Naar": ["c"], "Soort": ["Advies"]})
    smap = skm.from_dataframe(df, relations=rel, name="Demo", scale=(1, 5))
    assert smap.ids == ("o", "c")
    assert [(s.power, s.attitude) for s in smap] == [(5, 1), (2.5, 0)]
    assert (smap.relations[0].source, smap.relations[0].kind) == ("o", "advice")
    assert smap.language == "nl"


def test_unnamed_index_is_ignored() -> None:
    df = pd.DataFrame({"name": ["A"], "power": [3]}, index=[10])
    smap = skm.from_dataframe(df)
    assert (smap.ids, smap.name, smap.language) == (("a",), "Stakeholder map", "en")


def test_numpy_and_pandas_missing_values() -> None:
    df = pd.DataFrame(
        {
            "name": pd.array(["A", "B"], dtype="string"),
            "power": pd.array([3, None], dtype="Int64"),
            "interest": [np.float32(2.5), np.nan],
            "assessed_on": [pd.NaT, pd.Timestamp("2026-05-01")],
        }
    )
    a, b = skm.from_dataframe(df)
    assert (a.power, a.interest, a.assessed_on) == (3, 2.5, None)
    assert (b.power, b.interest, b.assessed_on) == (None, None, dt.date(2026, 5, 1))


def test_rows_are_numbered_as_in_a_written_sheet() -> None:
    df = pd.DataFrame({"name": ["A", "B", "C"], "power": [1, 9, "x"], "quadrant": 1})
    with pytest.raises(InputDataError) as info:
        skm.from_dataframe(df)
    got = [(r["sheet"], r["row"], r["column"], r["value"]) for r in info.value.records]
    assert got == [
        ("stakeholders", 3, "power", 9),
        ("stakeholders", 4, "power", "x"),
    ]
    assert str(info.value).startswith("The input has 2 problems:")
    smap = skm.from_dataframe(df.iloc[:1], unknown_columns="ignore")
    assert smap.ids == ("a",)
    assert smap.get("a").attributes == {}
    assert skm.from_dataframe(df.iloc[:1]).get("a").attributes == {"quadrant": 1}


def test_bad_arguments() -> None:
    df = pd.DataFrame({"name": ["A"]})
    with pytest.raises(ValueError, match="`tables` keys must be among"):
        skm.from_dataframe(df, tables={"quadrants": df})
    with pytest.raises(ValueError, match="given twice"):
        skm.from_dataframe(df, relations=df, tables={"relations": df})
    with pytest.raises(ValueError, match="`scale` must be"):
        skm.from_dataframe(df, scale=(3, 3))
    with pytest.raises(ValueError, match="`language` must be one of"):
        skm.from_dataframe(df, language="fr")
    with pytest.raises(ValueError, match="`unknown_columns` must be one of"):
        skm.from_dataframe(df, unknown_columns="warn")


def test_empty_map_to_frame() -> None:
    df = skm.to_dataframe(skm.StakeholderMap())
    assert df.empty
    assert df.index.name == "stakeholder_id"
    assert "power" in df.columns
