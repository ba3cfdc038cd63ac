"""plot_salience and plot_stakeholder_cube: artists, regions and overlaps."""

from __future__ import annotations

import io
import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from matplotlib.patches import Circle

import stakeholder_map as skm
from stakeholder_map._types import SalienceClass
from stakeholder_map.analysis import salience, stakeholder_cube
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting import LabelPlacement, label_overlaps, theme
from stakeholder_map.plotting.salience import (
    plot_salience,
    plot_stakeholder_cube,
    salience_region,
)


def _quiet(func, *args, **kwargs):  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        return func(*args, **kwargs)


def _placements(ax: plt.Axes) -> list[LabelPlacement]:
    return [a for a in ax.get_children() if isinstance(a, LabelPlacement)]


def _placement(ax: plt.Axes) -> LabelPlacement:
    found = _placements(ax)
    assert len(found) == 1
    return found[0]


def _corners_in_data(ax: plt.Axes, text: plt.Text) -> np.ndarray:
    renderer = ax.get_figure().canvas.get_renderer()
    box = text.get_window_extent(renderer)
    corners = [(box.x0, box.y0), (box.x0, box.y1), (box.x1, box.y0), (box.x1, box.y1)]
    return ax.transData.inverted().transform(corners)


def _check_regions(ax: plt.Axes, classes: pd.Series) -> None:
    """Every shown name or number lies wholly in its stakeholder's region."""
    ax.get_figure().draw_without_rendering()
    texts = [t for p in _placements(ax) for t in p.texts]
    assert all(p.omitted == () for p in _placements(ax))
    assert len(texts) == len(classes)
    # Texts come back in groups; match them to stakeholders by their anchors.
    regions = {}
    for p in _placements(ax):
        for x, y, text in zip(p._x, p._y, p.texts, strict=True):
            regions[id(text)] = salience_region(x, y)
    assert sorted(regions.values()) == sorted(classes)
    for text in texts:
        for x, y in _corners_in_data(ax, text):
            assert salience_region(x, y) == regions[id(text)], text.get_text()


def _key_entries(ax: plt.Axes) -> list[str]:
    return [t.get_text() for t in ax.texts if t.get_gid() == "salience:key"]


@pytest.mark.parametrize("style", ["notebook", "slides"])
def test_names_in_their_regions_without_overlap(
    example_map: skm.StakeholderMap, style: str
) -> None:
    with theme(style):
        fig, ax = plt.subplots()
        out = _quiet(plot_salience, example_map, ax=ax)
    assert out is ax
    df = _quiet(salience, example_map)
    _check_regions(ax, df["salience_class"].astype(str))
    report = label_overlaps(ax)
    assert report.ok, report.details
    # Every stakeholder is on the diagram: by name, or by number and in the key.
    shown = {t.get_text() for p in _placements(ax) for t in p.texts}
    keyed = " ".join(_key_entries(ax))
    short = {s.id: s.display_name for s in example_map}
    for sid in df.index:
        assert short[sid] in shown or short[sid].split()[0] in keyed
    fig.savefig(io.BytesIO(), format="png")


def test_class_and_attribute_names(example_map: skm.StakeholderMap) -> None:
    with theme("notebook"):
        _fig, ax = plt.subplots()
        _quiet(plot_salience, example_map, ax=ax, lang="en")
    gids = {t.get_gid(): t.get_text() for t in ax.texts if t.get_gid()}
    assert gids["salience-attribute:power"] == "Power"
    assert gids["salience-attribute:legitimacy"] == "Legitimacy"
    assert gids["salience-class:definitive"] == "Definitive"
    assert gids["salience-class:non_stakeholder"] == "Non-stakeholder"
    # every class is named, also where nobody falls
    assert {g for g in gids if g.startswith("salience-class:")} == {
        f"salience-class:{c.value}" for c in SalienceClass
    }
    circles = [p for p in ax.patches if isinstance(p, Circle)]
    assert [c.get_gid() for c in circles] == [
        "salience:power",
        "salience:legitimacy",
        "salience:urgency",
    ]


def test_class_names_sit_in_their_regions(example_map: skm.StakeholderMap) -> None:
    with theme("notebook"):
        fig, ax = plt.subplots()
        _quiet(plot_salience, example_map, ax=ax)
    fig.draw_without_rendering()
    for text in ax.texts:
        gid = text.get_gid() or ""
        if (
            gid.startswith("salience-class:")
            and gid != "salience-class:non_stakeholder"
        ):
            x, y = text.get_position()
            assert salience_region(x, y) == gid.split(":")[1]


def test_counts_instead_of_names(example_map: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    _quiet(plot_salience, example_map, ax=ax, label=None, lang="en")
    df = _quiet(salience, example_map)
    counts = df["salience_class"].astype(str).value_counts()
    texts = {t.get_gid(): t.get_text() for t in ax.texts}
    assert texts["salience-class:definitive"] == f"Definitive\n{counts['definitive']}"
    assert texts["salience-class:dormant"] == "Dormant\n0"
    assert not [a for a in ax.get_children() if isinstance(a, LabelPlacement)]


def test_small_map_by_hand() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            {"id": "a", "name": "Alpha", "power": 5, "legitimacy": 5, "urgency": 5},
            {"id": "b", "name": "Beta", "power": 5, "legitimacy": 1, "urgency": 1},
            {"id": "c", "name": "Gamma", "power": 1, "legitimacy": 1, "urgency": 1},
        ]
    )
    _fig, ax = plt.subplots()
    plot_salience(smap, ax=ax)
    placement = _placement(ax)
    assert [t.get_text() for t in placement.texts] == ["Alpha", "Beta", "Gamma"]
    assert placement.status == ("direct", "direct", "direct")
    _check_regions(ax, salience(smap)["salience_class"].astype(str))
    assert _key_entries(ax) == []


def _crowd(n: int) -> plt.Axes:
    names = [f"Organisatie nummer {i}" for i in range(n)]
    smap = skm.StakeholderMap(
        stakeholders=[
            {"name": n, "power": 1, "legitimacy": 5, "urgency": 5} for n in names
        ]
    )
    with theme("notebook"):
        _fig, ax = plt.subplots()
        plot_salience(smap, ax=ax, label="name")
    return ax


def test_numbers_and_key_when_crowded() -> None:
    ax = _crowd(12)
    numbers = [
        t.get_text() for p in _placements(ax) for t in p.texts if t.get_text().isdigit()
    ]
    assert sorted(numbers, key=int) == [str(k) for k in range(1, 13)]
    assert _key_entries(ax)[:2] == [
        "1. Organisatie nummer 0",
        "2. Organisatie nummer 1",
    ]
    _check_regions(ax, pd.Series(["dependent"] * 12))
    assert label_overlaps(ax).ok


def test_a_region_too_full_shows_its_count() -> None:
    ax = _crowd(60)
    assert not _placements(ax)
    titles = {t.get_gid(): t.get_text() for t in ax.texts}
    assert titles["salience-class:dependent"] == "Dependent (60)"
    entries = _key_entries(ax)
    assert entries[0] == "Dependent (60):"
    assert (
        entries[1:]
        == [f"– Organisatie nummer {i}" for i in range(60)][: len(entries) - 1]
    )
    assert len(entries) == 61
    assert label_overlaps(ax).ok


def test_from_a_frame_of_booleans() -> None:
    frame = pd.DataFrame(
        {
            "name": ["A", "B"],
            "power": [True, False],
            "legitimacy": [True, True],
            "urgency": [False, True],
        },
        index=pd.Index(["a", "b"], name="stakeholder_id"),
    )
    _fig, ax = plt.subplots()
    plot_salience(salience(frame), ax=ax, label="name")
    _check_regions(ax, pd.Series(["dominant", "dependent"]))


def test_kwargs_reach_the_circles(example_map: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    _quiet(plot_salience, example_map, ax=ax, alpha=0.3, label=None)
    circles = [p for p in ax.patches if isinstance(p, Circle)]
    assert {c.get_alpha() for c in circles} == {0.3}


def test_draws_on_the_current_axes(example_map: skm.StakeholderMap) -> None:
    fig, ax = plt.subplots()
    assert _quiet(plot_salience, example_map, label=None) is ax
    assert plt.get_fignums() == [fig.number]


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"label": "nope"}, ValueError, "`label` must be a column"),
        ({"lang": "de"}, ValueError, "`lang` must be one of"),
    ],
)
def test_errors(
    tiny_map: skm.StakeholderMap, kwargs: dict[str, object], error: type, match: str
) -> None:
    smap = tiny_map.model_copy(
        update={
            "stakeholders": tuple(
                s.model_copy(update={"legitimacy": 3, "urgency": 3, "power": s.power})
                for s in tiny_map.stakeholders
            )
        }
    )
    with pytest.raises(error, match=match):
        plot_salience(smap, **kwargs)
    with pytest.raises(TypeError, match="StakeholderMap or the DataFrame"):
        plot_salience([1, 2])  # type: ignore[arg-type]


def test_salience_region_truth() -> None:
    assert salience_region(0, 0) == "definitive"
    assert salience_region(-1.2, 0.5) == "dormant"
    assert salience_region(1.2, 0.5) == "discretionary"
    assert salience_region(0, -1.3) == "demanding"
    assert salience_region(2.0, -1.5) == "non_stakeholder"


# --------------------------------------------------------------------------------
# the stakeholder cube
# --------------------------------------------------------------------------------


def test_cube_grids_and_types(example_map: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    assert _quiet(plot_stakeholder_cube, example_map, ax=ax, lang="nl") is ax
    cells = {
        p.get_gid() for p in ax.patches if (p.get_gid() or "").startswith("cube-cell:")
    }
    assert cells == {
        *(
            f"cube-cell:{t}"
            for t in (
                "saviour",
                "friend",
                "saboteur",
                "irritant",
                "sleeping_giant",
                "acquaintance",
                "time_bomb",
                "tripwire",
            )
        ),
        "cube-cell:neutral",
    }
    titles = {t.get_gid(): t.get_text() for t in ax.texts if t.get_gid()}
    assert titles["cube-title:saviour"] == "Redder"
    assert titles["cube-title:time_bomb"] == "Tijdbom"
    assert titles["cube-panel:opposed"] == "Tegenstanders"
    assert titles["cube-panel:supportive"] == "Voorstanders"
    report = label_overlaps(ax)
    assert report.ok, report.details


def test_cube_markers_sit_in_their_cells(example_map: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    _quiet(plot_stakeholder_cube, example_map, ax=ax)
    cube = _quiet(stakeholder_cube, example_map)
    markers = next(
        c
        for c in ax.collections
        if isinstance(c, PathCollection) and c.get_gid() == "cube:stakeholders"
    )
    xy = markers.get_offsets()
    assert len(xy) == len(cube)
    cells = {
        p.get_gid().split(":")[1]: p.get_bbox()
        for p in ax.patches
        if (p.get_gid() or "").startswith("cube-cell:")
    }
    for (x, y), kind in zip(xy, cube["cube_type"], strict=True):
        key = "neutral" if pd.isna(kind) else str(kind)
        assert cells[key].contains(x, y), (key, x, y)


def test_cube_without_labels_and_kwargs(tiny_map: skm.StakeholderMap) -> None:
    _fig, ax = plt.subplots()
    _quiet(plot_stakeholder_cube, tiny_map, ax=ax, label=None, marker="s")
    assert not [a for a in ax.get_children() if isinstance(a, LabelPlacement)]
    markers = next(c for c in ax.collections if c.get_gid() == "cube:stakeholders")
    assert len(markers.get_offsets()) == 3


@pytest.mark.parametrize("seed", [1, 2])
def test_random_maps_keep_names_in_their_regions(seed: int) -> None:
    rng = np.random.default_rng(seed)
    words = ["Gemeente", "OCMW", "Kind", "Gezin", "School", "Ouders", "CLB", "Zorg"]
    people = [
        {
            "id": f"s{i}",
            "name": " ".join(rng.choice(words, size=int(rng.integers(1, 4)))),
            "power": int(rng.integers(1, 6)),
            "legitimacy": int(rng.integers(1, 6)),
            "urgency": int(rng.integers(1, 6)),
        }
        for i in range(40)
    ]
    smap = skm.StakeholderMap(stakeholders=people)
    with theme("notebook"):
        _fig, ax = plt.subplots()
        plot_salience(smap, ax=ax, label="name")
    ax.get_figure().draw_without_rendering()
    # Everyone is on the diagram (name or number) or listed under a full region.
    shown = sum(len(p.texts) for p in _placements(ax))
    listed = [t for t in _key_entries(ax) if t.startswith("–")]
    assert shown + len(listed) == len(smap)
    for p in _placements(ax):
        assert p.omitted == ()
        for x, y, text in zip(p._x, p._y, p.texts, strict=True):
            region = salience_region(x, y)
            for cx, cy in _corners_in_data(ax, text):
                assert salience_region(cx, cy) == region, text.get_text()
    report = label_overlaps(ax)
    assert report.ok, report.details


def test_one_word_per_cube_type_in_each_language() -> None:
    from stakeholder_map._types import StakeholderType
    from stakeholder_map.i18n import label, text

    for lang in ("en", "nl"):
        for kind in StakeholderType:
            name = label(kind.value, lang)
            strategy = text(f"strategy_{kind.value}", lang)
            assert strategy.startswith(f"{name}: "), (lang, name, strategy)
