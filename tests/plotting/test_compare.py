from __future__ import annotations

import io

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

import stakeholder_map as skm
from stakeholder_map.analysis import compare_many
from stakeholder_map.plotting import CATEGORICAL_PALETTE, label_overlaps
from stakeholder_map.plotting.compare import plot_compare_many


def _house(name: str, rows: list[tuple[str, str, float, float]]) -> skm.StakeholderMap:
    return skm.StakeholderMap(
        name=name,
        language="nl",
        stakeholders=[
            skm.Stakeholder(id=i, name=i.title(), category=c, power=p, interest=q)
            for i, c, p, q in rows
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
            ],
        ),
        "Aalst": _house(
            "Aalst", [("ocmw", "overheid", 4, 2), ("clb", "onderwijs", 2, 5)]
        ),
        "Lier": _house(
            "Lier", [("ocmw", "overheid", 5, 5), ("school", "onderwijs", 4, 4)]
        ),
    }


def test_small_multiples(houses: dict[str, skm.StakeholderMap]) -> None:
    fig = plot_compare_many(houses)
    assert isinstance(fig, Figure)
    axes = [ax for ax in fig.axes if ax.get_visible()]
    assert [ax.get_title() for ax in axes] == ["Gent", "Aalst", "Lier"]
    markers = [ax.collections[-1] for ax in axes]
    np.testing.assert_allclose(markers[1].get_offsets(), [[2, 4], [5, 2]])
    # the same category has the same colour in every panel
    ocmw = {to_hex(m.get_facecolors()[0]) for m in markers}
    assert len(ocmw) == 1
    # only what one House has is named: bib in Gent, school in Lier
    named = [
        {t.get_text() for t in ax.texts if t.get_visible() and not t.get_gid()}
        for ax in axes
    ]
    assert named == [{"Bib"}, set(), {"School"}]
    legend = fig.legends[0]
    assert legend.get_title().get_text() == "Categorie"
    assert [t.get_text() for t in legend.get_texts()] == [
        "onderwijs",
        "overheid",
        "cultuur",
    ]
    for ax in axes:
        assert label_overlaps(ax).total == 0
    fig.savefig(io.BytesIO(), format="png")


def test_options(houses: dict[str, skm.StakeholderMap]) -> None:
    cmp = compare_many(houses)
    fig = plot_compare_many(cmp, label="all", ncols=2, max_groups=1, lang="en")
    axes = fig.axes
    assert sum(ax.get_visible() for ax in axes) == 3
    assert not axes[3].get_visible()  # 2 x 2 grid, one panel empty
    assert axes[0].get_xlabel() == "Interest"
    texts = [t.get_text() for t in fig.legends[0].get_texts()]
    assert texts == ["onderwijs", "Other"]
    named = {t.get_text() for t in axes[0].texts if t.get_visible() and not t.get_gid()}
    assert named == {"Ocmw", "Clb", "Bib"}
    colours = {to_hex(c) for c in axes[0].collections[-1].get_facecolors()}
    assert to_hex(CATEGORICAL_PALETTE[0]) in colours
    fig = plot_compare_many(houses, label=None, figsize=(9, 3))
    assert tuple(fig.get_size_inches()) == (9, 3)
    assert not [t for t in fig.axes[0].texts if not t.get_gid()]
    with pytest.raises(ValueError, match="`label` must be one of"):
        plot_compare_many(houses, label="some")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="`max_groups` must be at least 1"):
        plot_compare_many(houses, max_groups=0)
    plt.close("all")


def test_example_maps(example_map: skm.StakeholderMap) -> None:
    other = skm.load_example("community_centre")
    fig = plot_compare_many({"Vlasbeke": example_map, "Riverside": other}, label=None)
    assert len(fig.axes) == 2
    scored = [s for s in example_map if s.power is not None and s.interest is not None]
    assert len(fig.axes[0].collections[-1].get_offsets()) == len(scored)
