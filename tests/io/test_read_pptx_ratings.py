"""Reading a deck back: moved markers become one rater's assessments."""

from __future__ import annotations

import copy
import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pptx")

from pptx import Presentation

import stakeholder_map as skm
from stakeholder_map.exceptions import InputDataError

RATER = "Stuurgroep 12/3"
DAY = dt.date(2026, 3, 12)


@pytest.fixture(scope="module")
def smap() -> skm.StakeholderMap:
    return skm.load_example("huis_van_het_kind")


@pytest.fixture
def deck(tmp_path: Path, smap: skm.StakeholderMap) -> Path:
    return skm.export.to_pptx(smap, tmp_path / "deck.pptx", views=["grid", "attitude"])


def _slide(prs: Any, title: str) -> Any:
    """The grid slide: quadrant cells, or the attitude grid's cells."""
    kind = "quadrant:" if title == "Macht/belang-rooster" else "attitude_cell:"
    return next(s for s in prs.slides if any(x.name.startswith(kind) for x in s.shapes))


def _by_name(slide: Any, name: str) -> Any:
    for shape in slide.shapes:
        if shape.name == name:
            return shape
        if shape.shape_type == 6:
            for child in shape.shapes:
                if child.name == name:
                    return child
    raise KeyError(name)


def _centre(shape: Any) -> tuple[int, int]:
    # Only for markers in groups nobody moved: their coordinates are the slide's.
    return shape.left + shape.width // 2, shape.top + shape.height // 2


def _move_group(slide: Any, sid: str, to: tuple[int, int]) -> None:
    """Drag a stakeholder's group as PowerPoint does: only the group's offset."""
    group = _by_name(slide, f"stakeholder:{sid}")
    x, y = _centre(_by_name(slide, f"marker:{sid}"))
    group.left, group.top = group.left + to[0] - x, group.top + to[1] - y


def _unique(
    smap: skm.StakeholderMap, *, attitude: bool = False
) -> list[skm.Stakeholder]:
    """Stakeholders drawn at their own point: scores shared by nobody, off the cut.

    On the power/interest grid (``attitude=False``) or the power/attitude grid.
    """
    x = "attitude" if attitude else "interest"
    pairs = Counter((s.power, getattr(s, x)) for s in smap)
    mid = smap.scale.midpoint
    return [
        s
        for s in smap
        if s.power is not None
        and s.interest is not None
        and s.attitude is not None
        and pairs[(s.power, getattr(s, x))] == 1
        and mid not in (s.power, s.interest)
    ]


def _new(rated: skm.StakeholderMap) -> dict[str, skm.Assessment]:
    return {a.stakeholder_id: a for a in rated.assessments if a.rater == RATER}


def test_unmoved_deck_reads_back_every_drawn_stakeholder_unchanged(
    deck: Path, smap: skm.StakeholderMap
) -> None:
    rated = skm.io.read_pptx_ratings(deck, smap, rater=RATER, date=DAY)
    new = _new(rated)
    drawn = [s for s in smap if s.power is not None and s.interest is not None]
    assert sorted(new) == sorted(s.id for s in drawn)
    for s in drawn:
        a = new[s.id]
        assert (a.power, a.interest, a.attitude) == (s.power, s.interest, s.attitude)
        assert a.date == DAY
    # Nothing else of the map changed.
    assert rated.stakeholders == smap.stakeholders
    assert len(rated.assessments) == len(smap.assessments) + len(drawn)


def test_moved_markers_read_their_new_place(
    deck: Path, smap: skm.StakeholderMap, tmp_path: Path
) -> None:
    a, b, c = _unique(smap)[:3]
    prs = Presentation(str(deck))
    grid = _slide(prs, "Macht/belang-rooster")
    # A goes exactly onto B's marker, and C halfway between A's and B's old place.
    pa, pb = (
        _centre(_by_name(grid, f"marker:{a.id}")),
        _centre(_by_name(grid, f"marker:{b.id}")),
    )
    _move_group(grid, a.id, pb)
    # Moving only the marker inside its group (a double click in PowerPoint).
    marker = _by_name(grid, f"marker:{c.id}")
    x, y = _centre(marker)
    half = ((pa[0] + pb[0]) // 2, (pa[1] + pb[1]) // 2)
    marker.left, marker.top = marker.left + half[0] - x, marker.top + half[1] - y
    moved = tmp_path / "moved.pptx"
    prs.save(str(moved))

    new = _new(skm.io.read_pptx_ratings(moved, smap, rater=RATER))
    assert (new[a.id].power, new[a.id].interest) == (b.power, b.interest)
    assert new[a.id].attitude == a.attitude  # not moved on the attitude grid
    assert new[c.id].power == pytest.approx(round((a.power + b.power) / 2, 1))
    assert new[c.id].interest == pytest.approx(round((a.interest + b.interest) / 2, 1))
    for s in smap:
        if s.id not in (a.id, c.id) and s.id in new:
            assert (new[s.id].power, new[s.id].interest) == (s.power, s.interest)


def test_attitude_comes_from_the_attitude_grid(
    deck: Path, smap: skm.StakeholderMap, tmp_path: Path
) -> None:
    people = _unique(smap, attitude=True)
    a = people[0]
    b = next(s for s in people if s.attitude != a.attitude and s.power != a.power)
    prs = Presentation(str(deck))
    slide = _slide(prs, "Macht/houding-rooster")
    pa = _centre(_by_name(slide, f"marker:{a.id}"))
    pb = _centre(_by_name(slide, f"marker:{b.id}"))
    # Sideways only: attitude changes, power stays.
    _move_group(slide, a.id, (pb[0], pa[1]))
    moved = tmp_path / "moved.pptx"
    prs.save(str(moved))
    new = _new(skm.io.read_pptx_ratings(moved, smap, rater=RATER))
    assert new[a.id].attitude == b.attitude
    assert (new[a.id].power, new[a.id].interest) == (a.power, a.interest)


def test_power_moved_only_on_the_attitude_grid_is_taken(
    deck: Path, smap: skm.StakeholderMap, tmp_path: Path
) -> None:
    people = _unique(smap, attitude=True)
    a = people[0]
    b = next(s for s in people if s.power != a.power)
    prs = Presentation(str(deck))
    slide = _slide(prs, "Macht/houding-rooster")
    pa = _centre(_by_name(slide, f"marker:{a.id}"))
    pb = _centre(_by_name(slide, f"marker:{b.id}"))
    _move_group(slide, a.id, (pa[0], pb[1]))
    moved = tmp_path / "moved.pptx"
    prs.save(str(moved))
    new = _new(skm.io.read_pptx_ratings(moved, smap, rater=RATER))
    assert new[a.id].power == b.power
    assert new[a.id].attitude == a.attitude


def test_power_moved_apart_on_both_grids_is_refused(
    deck: Path, smap: skm.StakeholderMap, tmp_path: Path
) -> None:
    a = _unique(smap)[0]
    b = next(s for s in _unique(smap) if s.power != a.power)
    c = next(
        s for s in _unique(smap, attitude=True) if s.power not in (a.power, b.power)
    )
    prs = Presentation(str(deck))
    grid = _slide(prs, "Macht/belang-rooster")
    att = _slide(prs, "Macht/houding-rooster")
    pa = _centre(_by_name(grid, f"marker:{a.id}"))
    _move_group(grid, a.id, (pa[0], _centre(_by_name(grid, f"marker:{b.id}"))[1]))
    pa = _centre(_by_name(att, f"marker:{a.id}"))
    _move_group(att, a.id, (pa[0], _centre(_by_name(att, f"marker:{c.id}"))[1]))
    moved = tmp_path / "moved.pptx"
    prs.save(str(moved))
    with pytest.raises(InputDataError) as info:
        skm.io.read_pptx_ratings(moved, smap, rater=RATER, lang="en")
    assert len(info.value.records) == 1
    message = str(info.value)
    assert "moved.pptx" in message
    assert a.id in message
    assert f"{b.power:g}" in message
    assert f"{c.power:g}" in message


def test_markers_off_the_grid_are_refused_all_at_once(
    deck: Path, smap: skm.StakeholderMap, tmp_path: Path
) -> None:
    a, b = _unique(smap)[:2]
    prs = Presentation(str(deck))
    grid = _slide(prs, "Macht/belang-rooster")
    slides = list(prs.slides)
    number = slides.index(grid) + 1
    _move_group(grid, a.id, (100_000, 3_000_000))  # left of the grid, by the axis
    _move_group(grid, b.id, (6_000_000, 6_900_000))  # under the grid
    moved = tmp_path / "moved.pptx"
    prs.save(str(moved))
    with pytest.raises(InputDataError) as info:
        skm.io.read_pptx_ratings(moved, smap, rater=RATER)
    records = info.value.records
    assert sorted(r["column"] for r in records) == sorted([a.id, b.id])
    assert all(r["sheet"] == f"dia {number} (macht/belang-rooster)" for r in records)
    assert all("Sleep het terug" in r["problem"] for r in records)
    assert all(r["file"] == "moved.pptx" for r in records)


def test_a_marker_in_the_grids_margin_stays_on_the_scale(
    deck: Path, smap: skm.StakeholderMap, tmp_path: Path
) -> None:
    a = _unique(smap)[0]
    prs = Presentation(str(deck))
    grid = _slide(prs, "Macht/belang-rooster")
    panel = _by_name(grid, "grid_panel")
    corner = (panel.left + panel.width - 20_000, panel.top + 20_000)
    _move_group(grid, a.id, corner)
    moved = tmp_path / "moved.pptx"
    prs.save(str(moved))
    new = _new(skm.io.read_pptx_ratings(moved, smap, rater=RATER))
    assert (new[a.id].power, new[a.id].interest) == (smap.scale.max, smap.scale.max)


def test_a_deck_not_written_by_to_pptx_is_refused(
    tmp_path: Path, smap: skm.StakeholderMap
) -> None:
    plain = tmp_path / "plain.pptx"
    Presentation().save(str(plain))
    with pytest.raises(InputDataError, match="to_pptx") as info:
        skm.io.read_pptx_ratings(plain, smap, rater=RATER, lang="en")
    assert "plain.pptx" in str(info.value)
    text = tmp_path / "notes.pptx"
    text.write_text("not a deck", encoding="utf-8")
    with pytest.raises(InputDataError, match=r"notes\.pptx"):
        skm.io.read_pptx_ratings(text, smap, rater=RATER)


def test_a_deck_of_another_map_names_the_unknown_stakeholders(
    deck: Path, smap: skm.StakeholderMap
) -> None:
    a = _unique(smap)[0]
    other = skm.StakeholderMap.model_validate(
        {
            "name": smap.name,
            "scale": smap.scale.model_dump(),
            "stakeholders": [s.model_dump() for s in smap.stakeholders if s.id != a.id],
        }
    )
    with pytest.raises(InputDataError) as info:
        skm.io.read_pptx_ratings(deck, other, rater=RATER, lang="en")
    assert [r["column"] for r in info.value.records] == [a.id, a.id]
    assert "does not have" in str(info.value)


def test_copied_markers_slides_and_damaged_records_are_named(
    deck: Path, smap: skm.StakeholderMap, tmp_path: Path
) -> None:
    a, b = _unique(smap)[:2]
    prs = Presentation(str(deck))
    grid = _slide(prs, "Macht/belang-rooster")
    number = list(prs.slides).index(grid) + 1
    # A copied stakeholder (Ctrl+D in PowerPoint) ...
    group = _by_name(grid, f"stakeholder:{a.id}")
    grid.shapes._spTree.append(copy.deepcopy(group._element))
    # ... a damaged marker record ...
    marker = _by_name(grid, f"marker:{b.id}")
    c_nv_pr = marker._element.nvSpPr.cNvPr
    c_nv_pr.set("descr", c_nv_pr.get("descr")[:-5])
    # ... and a copy of the whole grid slide.
    extra = prs.slides.add_slide(prs.slide_layouts[6])
    for shape in grid.shapes:
        extra.shapes._spTree.append(copy.deepcopy(shape._element))
    moved = tmp_path / "copied.pptx"
    prs.save(str(moved))
    with pytest.raises(InputDataError) as info:
        skm.io.read_pptx_ratings(moved, smap, rater=RATER, lang="en")
    found = sorted(
        (r["sheet"].split(" (")[0], str(r["column"]), r["problem"].split(".")[0])
        for r in info.value.records
    )
    assert found == sorted(
        [
            (
                f"slide {number}",
                a.id,
                f"{a.id!r} has more than one marker on this slide (a copied shape?)",
            ),
            (
                f"slide {number}",
                f"marker:{b.id}",
                f"The record in the alt text of the marker 'marker:{b.id}' is damaged",
            ),
            (
                f"slide {len(prs.slides)}",
                "None",
                f"This grid is also on slide {number}: a copied slide cannot be "
                "told from the original",
            ),
        ]
    )
    assert f"also on slide {number}" in str(info.value)
