"""plot_onion: rings, dots in their rings, names without overlaps."""

from __future__ import annotations

import io
import math
import warnings

import matplotlib.pyplot as plt
import pytest
from matplotlib.colors import to_hex

import stakeholder_map as skm
from stakeholder_map.analysis import onion_rings
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting import ATTITUDE_PALETTE, label_overlaps, theme
from stakeholder_map.plotting.onion import plot_onion


def _quiet(func, *args, **kwargs):  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        return func(*args, **kwargs)


def _dots(ax: plt.Axes) -> list[tuple[float, float]]:
    return [
        tuple(xy)
        for c in ax.collections
        if c.get_gid() == "onion:stakeholders"
        for xy in c.get_offsets()
    ]


def test_rings_by_proximity(tiny_map: skm.StakeholderMap) -> None:
    smap = skm.StakeholderMap(
        name="Het werk",
        stakeholders=[
            {"id": "a", "name": "A", "proximity": 5, "attitude": 2},
            {"id": "b", "name": "B", "proximity": 3.4, "attitude": -1},
            {"id": "c", "name": "C", "proximity": 1},
        ],
    )
    rings = onion_rings(smap)
    assert rings["ring"].tolist() == [0, 2, 4]
    assert rings.attrs["rings"][0] == "Proximity 5"
    _fig, ax = plt.subplots()
    assert plot_onion(smap, ax=ax) is ax
    radii = sorted(round(math.hypot(x, y), 6) for x, y in _dots(ax))
    # core radius 1.35, rings 1 wide, dots at mid-ring
    assert radii == pytest.approx([1.85, 3.85, 5.85])
    rings_drawn = [
        p for p in ax.patches if (p.get_gid() or "").startswith("onion-ring:")
    ]
    assert len(rings_drawn) == 5
    titles = {t.get_gid(): t.get_text() for t in ax.texts if t.get_gid()}
    assert titles["onion:centre"] == "Het werk"
    assert titles["onion-ring-title:4"] == "Proximity 1"
    colors = [to_hex(c) for c in ax.collections[0].get_facecolors()]
    assert colors[:2] == [ATTITUDE_PALETTE[2], ATTITUDE_PALETTE[-1]]
    assert label_overlaps(ax).ok


def test_rings_by_category(tiny_map: skm.StakeholderMap) -> None:
    rings = onion_rings(tiny_map, by="category", order=["zorg"], lang="nl")
    assert rings["ring"].tolist() == [1, 0, 2, 0]
    assert rings.attrs["rings"] == ["zorg", "overheid", "ouders"]
    _fig, ax = plt.subplots()
    plot_onion(tiny_map, ax=ax, by="category", hue="category", centre="HvhK")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["overheid", "zorg", "ouders"]


def test_example_without_overlaps(example_map: skm.StakeholderMap) -> None:
    with theme("slides"):
        fig, ax = plt.subplots()
        _quiet(plot_onion, example_map, ax=ax)
    report = label_overlaps(ax)
    assert report.ok, report.details
    rings = _quiet(onion_rings, example_map)
    assert len(_dots(ax)) == len(rings)
    centre = next(t for t in ax.texts if t.get_gid() == "onion:centre")
    fig.draw_without_rendering()
    box = centre.get_window_extent(fig.canvas.get_renderer())
    core = next(p for p in ax.patches if p.get_gid() == "onion:core")
    assert core.get_window_extent().contains(box.x0, box.y0)
    assert core.get_window_extent().contains(box.x1, box.y1)
    fig.savefig(io.BytesIO(), format="png")


def test_many_categories_get_shapes(tiny_map: skm.StakeholderMap) -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            {"name": f"S{i}", "proximity": 3, "category": f"cat{i}"} for i in range(10)
        ]
    )
    _fig, ax = plt.subplots()
    plot_onion(smap, ax=ax, hue="category", label=None)
    groups = [c for c in ax.collections if c.get_gid() == "onion:stakeholders"]
    assert len(groups) == 2  # eight colours in circles, then squares
    assert len(_dots(ax)) == 10


def test_errors(tiny_map: skm.StakeholderMap) -> None:
    with pytest.raises(ValueError, match="`by` must be one of"):
        onion_rings(tiny_map, by="power")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="`hue` must be 'attitude', a stakeholder"):
        _quiet(plot_onion, tiny_map, hue="Regio")
    with pytest.warns(StakeholderMapWarning, match="onion diagram"):
        onion_rings(tiny_map)


def test_a_fine_scale_uses_five_bands() -> None:
    smap = skm.StakeholderMap(
        scale=(0, 100),
        stakeholders=[{"name": "A", "proximity": 100}, {"name": "B", "proximity": 10}],
    )
    rings = onion_rings(smap)
    assert rings["ring"].tolist() == [0, 4]
    assert rings.attrs["rings"][0] == "Proximity 80-100"


def test_centre_breaks_between_words_only() -> None:
    from stakeholder_map.plotting import plot_onion

    people = [skm.Stakeholder(id="a", name="A", proximity=3)]
    name = "Huis van het Kind Gent-Noord Kinderopvangvoorzieningen"
    smap = skm.StakeholderMap(name=name, stakeholders=people)
    fig, ax = plt.subplots()
    plot_onion(smap, ax=ax)
    [centre] = [t for t in ax.texts if t.get_gid() == "onion:centre"]
    lines = centre.get_text().split("\n")
    assert "Kinderopvangvoorzieningen" in lines
    assert " ".join(lines).replace("- ", "-") == name
    plt.close(fig)
