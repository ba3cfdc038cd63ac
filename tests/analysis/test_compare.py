from __future__ import annotations

import math

import pandas as pd
import pytest

import stakeholder_map as skm
from stakeholder_map.analysis import MapComparison, compare_many
from stakeholder_map.exceptions import StakeholderMapWarning


def _house(
    name: str, rows: list[tuple[str, str, float | None, float | None]]
) -> skm.StakeholderMap:
    return skm.StakeholderMap(
        name=name,
        stakeholders=[
            skm.Stakeholder(id=sid, name=sid.upper(), category=cat, power=p, interest=i)
            for sid, cat, p, i in rows
        ],
    )


@pytest.fixture
def houses() -> dict[str, skm.StakeholderMap]:
    return {
        "Gent": _house(
            "Gent",
            [
                ("ocmw", "overheid", 5, 4),
                ("clb", "onderwijs", 2, 4),
                ("bib", "cultuur", 1, 1),
                ("speel", "cultuur", None, None),
            ],
        ),
        "Aalst": _house(
            "Aalst",
            [
                ("ocmw", "overheid", 4, 2),
                ("clb", "onderwijs", 2, 5),
                ("gemeente", "overheid", 5, 5),
            ],
        ),
        "Lier": _house(
            "Lier",
            [
                ("ocmw", "overheid", 5, 5),
                ("school", "onderwijs", 4, 4),
            ],
        ),
    }


def test_positions(houses: dict[str, skm.StakeholderMap]) -> None:
    cmp = compare_many(houses)
    assert isinstance(cmp, MapComparison)
    pos = cmp.positions
    assert pos.index.names == ["map", "stakeholder_id"]
    assert len(pos) == 9
    assert pos.loc[("Aalst", "ocmw"), "quadrant"] == "keep_satisfied"
    assert pd.isna(pos.loc[("Gent", "speel"), "quadrant"])
    assert cmp.maps == ["Gent", "Aalst", "Lier"]
    assert cmp.thresholds["Gent"] == {"power": 3.0, "interest": 3.0}
    assert cmp.scale == (1.0, 5.0)


def test_quadrants_per_category(houses: dict[str, skm.StakeholderMap]) -> None:
    q = compare_many(houses).quadrants
    assert q.index.name == "group"
    assert q.index.tolist() == ["overheid", "onderwijs", "cultuur"]
    # overheid: 3 manage_closely (ocmw Gent, gemeente, ocmw Lier), 1 keep_satisfied
    assert q.loc["overheid", "manage_closely"] == 0.75
    assert q.loc["overheid", "keep_satisfied"] == 0.25
    assert q.loc["overheid", "n"] == 4
    assert q.loc["overheid", "n_maps"] == 3
    assert q.loc["overheid", "typical"] == "manage_closely"
    # onderwijs: clb twice keep_informed, school manage_closely
    assert q.loc["onderwijs", "typical"] == "keep_informed"
    # cultuur: the unscored stakeholder counts for n_maps, not for the shares
    assert q.loc["cultuur", "n"] == 1
    assert q.loc["cultuur", "monitor"] == 1.0


def test_by_map_and_spread(houses: dict[str, skm.StakeholderMap]) -> None:
    cmp = compare_many(houses)
    assert cmp.by_map.loc["overheid"].tolist() == [
        "manage_closely",
        "manage_closely",  # Aalst: one each; ties go to the first in grid order
        "manage_closely",
    ]
    assert cmp.by_map.loc["cultuur", "Gent"] == "monitor"
    assert pd.isna(cmp.by_map.loc["cultuur", "Aalst"])
    spread = cmp.spread
    # overheid power: 5, 4, 5, 5 -> median 5, IQR 0.25
    assert spread.loc["overheid", "power_median"] == 5.0
    assert spread.loc["overheid", "power_iqr"] == pytest.approx(0.25)
    # medians per map 5, 4.5, 5 -> SD
    assert spread.loc["overheid", "power_between_sd"] == pytest.approx(
        pd.Series([5, 4.5, 5]).std()
    )
    assert math.isnan(spread.loc["cultuur", "power_between_sd"])


def test_common_and_unique(houses: dict[str, skm.StakeholderMap]) -> None:
    cmp = compare_many(houses)
    common = cmp.common
    assert common.index.tolist() == ["ocmw", "clb"]
    assert common.loc["ocmw", "n_maps"] == 3
    assert common.loc["ocmw", "share"] == 1.0
    assert common.loc["ocmw", "typical"] == "manage_closely"
    assert common.loc["ocmw", "agreement"] == pytest.approx(2 / 3)
    assert common.loc["clb", "maps"] == "Gent, Aalst"
    strict = compare_many(houses, min_share=1.0)
    assert strict.common.index.tolist() == ["ocmw"]
    unique = cmp.unique
    assert unique.index.tolist() == ["bib", "speel", "gemeente", "school"]
    assert unique.loc["gemeente", "map"] == "Aalst"


def test_match_by_name() -> None:
    a = _house("A", [("ocmw_gent", "overheid", 5, 5)])
    b = skm.StakeholderMap(
        stakeholders=[skm.Stakeholder(id="x1", name="OCMW_GENT", power=4, interest=4)]
    )
    assert compare_many({"A": a, "B": b}).common.empty
    by_name = compare_many({"A": a, "B": b}, match="name")
    assert by_name.common.index.tolist() == ["ocmw_gent"]


def test_summary(houses: dict[str, skm.StakeholderMap]) -> None:
    text = compare_many(houses).summary(lang="nl").splitlines()
    assert text[0] == "3 kaarten vergeleken: Gent, Aalst, Lier."
    assert text[1].startswith("- Typisch kwadrant per categorie: overheid: Nauw")
    assert text[2] == "- 2 actoren in minstens 50% van de kaarten: OCMW, CLB."
    assert "- Enkel in 'Aalst': GEMEENTE." in text
    assert str(compare_many(houses)).startswith("3 maps compared")


def test_group_by_other_field(houses: dict[str, skm.StakeholderMap]) -> None:
    cmp = compare_many(houses, by="parent")
    assert cmp.quadrants.index.tolist() == ["-"]


def test_errors_and_scale_warning(houses: dict[str, skm.StakeholderMap]) -> None:
    with pytest.raises(ValueError, match="at least two maps"):
        compare_many({"Gent": houses["Gent"]})
    with pytest.raises(ValueError, match="`by` must be one of"):
        compare_many(houses, by="sector")
    with pytest.raises(ValueError, match="`min_share` must lie"):
        compare_many(houses, min_share=0)
    ten = skm.StakeholderMap(
        scale=(0, 10),
        stakeholders=[skm.Stakeholder(id="ocmw", name="OCMW", power=10, interest=0)],
    )
    with pytest.warns(StakeholderMapWarning, match="different scales"):
        cmp = compare_many({"Gent": houses["Gent"], "Tien": ten})
    assert cmp.positions.loc[("Tien", "ocmw"), "power"] == 5.0
    assert cmp.positions.loc[("Tien", "ocmw"), "interest"] == 1.0


def test_example_maps(example_map: skm.StakeholderMap) -> None:
    other = skm.load_example("community_centre")
    cmp = compare_many({"Vlasbeke": example_map, "Riverside": other})
    assert cmp.common.empty
    assert len(cmp.unique) == len(example_map) + len(other)
