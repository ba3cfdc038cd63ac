from __future__ import annotations

import io

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.collections import LineCollection, PatchCollection, PathCollection
from matplotlib.colors import to_hex

import stakeholder_map as skm
from stakeholder_map.analysis import aggregate, rater_agreement
from stakeholder_map.plotting import label_overlaps, theme
from stakeholder_map.plotting.raters import (
    CONTESTED_COLOR,
    plot_rater_agreement,
    plot_rating_spread,
)


@pytest.fixture
def workshop() -> skm.StakeholderMap:
    """Three stakeholders rated by four people; 'clb' is contested."""
    ratings = {
        "ocmw": [(5, 4), (5, 4), (4, 5), (5, 4)],
        "clb": [(1, 5), (5, 1), (2, 4), (4, 2)],
        "pers": [(1, 1), (1, 2), (2, 1), (1, 1)],
    }
    return skm.StakeholderMap(
        name="Workshop",
        language="nl",
        stakeholders=[
            skm.Stakeholder(id="ocmw", name="OCMW"),
            skm.Stakeholder(id="clb", name="CLB"),
            skm.Stakeholder(id="pers", name="Lokale pers"),
        ],
        assessments=[
            skm.Assessment(stakeholder_id=sid, rater=r, power=p, interest=i)
            for sid, rows in ratings.items()
            for r, (p, i) in zip("ABCD", rows, strict=True)
        ],
    )


def _markers(ax: plt.Axes) -> PathCollection:
    return [c for c in ax.collections if isinstance(c, PathCollection)][-1]


def test_spread_whiskers(workshop: skm.StakeholderMap) -> None:
    fig, ax = plt.subplots()
    out = plot_rating_spread(workshop, ax=ax)
    assert out is ax
    df = aggregate(workshop)
    markers = _markers(ax)
    np.testing.assert_allclose(
        markers.get_offsets(), df[["interest", "power"]].to_numpy()
    )
    spread = next(c for c in ax.collections if c.get_gid() == "spread")
    assert isinstance(spread, LineCollection)
    segs = spread.get_segments()
    assert len(segs) == 2 * len(df)
    # clb: interest quartiles 1.75 .. 4.25 at power 3; power 1.75 .. 4.25
    np.testing.assert_allclose(segs[2], [[1.75, 3.0], [4.25, 3.0]])
    np.testing.assert_allclose(segs[3], [[3.0, 1.75], [3.0, 4.25]])
    edges = [to_hex(c) for c in markers.get_edgecolors()]
    assert edges[1] == CONTESTED_COLOR.lower()
    assert edges[0] != CONTESTED_COLOR.lower()
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Betwist (geen consensus)" in legend
    assert ax.get_xlabel() == "Belang"
    visible = {t.get_text() for t in ax.texts if t.get_visible()}
    assert {"OCMW", "CLB", "Lokale pers"} <= visible
    assert label_overlaps(ax).total == 0
    fig.savefig(io.BytesIO(), format="png")


def test_spread_range_and_ellipse(workshop: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_rating_spread(workshop, ax=ax, spread="range", lang="en")
    segs = next(c for c in ax.collections if c.get_gid() == "spread").get_segments()
    np.testing.assert_allclose(segs[2], [[1.0, 3.0], [5.0, 3.0]])
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Spread: lowest to highest rating" in legend
    _, ax = plt.subplots()
    plot_rating_spread(workshop, ax=ax, kind="ellipse", spread_kws={"alpha": 0.2})
    ellipses = next(c for c in ax.collections if c.get_gid() == "spread")
    assert isinstance(ellipses, PatchCollection)
    assert len(ellipses.get_paths()) == 3
    assert ellipses.get_alpha() == 0.2


def test_spread_from_a_frame_and_kwargs(workshop: skm.StakeholderMap) -> None:
    df = aggregate(workshop)
    _, ax = plt.subplots()
    plot_rating_spread(df, ax=ax, label=None, legend=False, marker="s")
    assert ax.get_legend() is None
    assert not [t for t in ax.texts if not str(t.get_gid()).startswith("quadrant")]
    assert len(_markers(ax).get_offsets()) == 3
    with pytest.raises(ValueError, match=r"columns .* are missing"):
        plot_rating_spread(df[["power", "interest"]], ax=ax)
    with pytest.raises(TypeError, match="must be a StakeholderMap"):
        plot_rating_spread([1, 2], ax=ax)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="`spread` must be one of"):
        plot_rating_spread(workshop, ax=ax, spread="sd")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="`kind` must be one of"):
        plot_rating_spread(workshop, ax=ax, kind="box")  # type: ignore[arg-type]


def test_spread_example_is_overlap_free(example_map: skm.StakeholderMap) -> None:
    with theme("slides"):
        _, ax = plt.subplots()
        plot_rating_spread(example_map, ax=ax)
    report = label_overlaps(ax)
    assert report.n_labels > 20
    assert report.total == 0, report.details


def test_rater_agreement_bars(workshop: skm.StakeholderMap) -> None:
    fig, ax = plt.subplots()
    out = plot_rater_agreement(workshop, ax=ax, lang="en")
    assert out is ax
    df = rater_agreement(workshop)
    widths = [p.get_width() for p in ax.patches]
    np.testing.assert_allclose(widths, df["alpha"].to_numpy())
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Power", "Interest"]
    lines = [t.get_text() for t in ax.get_legend().get_texts()]
    assert lines == ["Reliable (0.8)", "Tentative (0.667)"]
    values = sorted(t.get_text() for t in ax.texts if t.get_visible())
    assert values == sorted(f"{a:.2f}" for a in df["alpha"])
    assert label_overlaps(ax).total == 0
    fig.savefig(io.BytesIO(), format="png")


def test_rater_agreement_colours_and_dutch(workshop: skm.StakeholderMap) -> None:
    import pandas as pd

    frame = pd.DataFrame(
        {"alpha": [0.9, 0.7, 0.2, float("nan")]},
        index=pd.Index(["power", "interest", "attitude", "urgency"], name="dimension"),
    )
    _, ax = plt.subplots()
    plot_rater_agreement(frame, ax=ax, lang="nl")
    colors = [to_hex(p.get_facecolor()) for p in ax.patches]
    assert colors == ["#009e73", "#e69f00", "#d55e00", "#cccccc"]
    texts = {t.get_text() for t in ax.texts if t.get_visible()}
    assert {"0,90", "0,70", "0,20", "–"} <= texts
    assert ax.get_xlabel() == "Krippendorffs alfa"
    with pytest.raises(ValueError, match="`alpha` column"):
        plot_rater_agreement(frame.rename(columns={"alpha": "a"}), ax=ax)


@pytest.mark.parametrize(
    ("style", "spread", "kind"),
    [
        ("slides", "iqr", "whiskers"),
        ("notebook", "iqr", "whiskers"),
        ("slides", "range", "whiskers"),
        ("notebook", "iqr", "ellipse"),
    ],
)
def test_spread_labels_keep_off_whiskers_and_ellipses(
    example_map: skm.StakeholderMap, style: str, spread: str, kind: str
) -> None:
    with theme(style):
        _, ax = plt.subplots()
        plot_rating_spread(example_map, ax=ax, spread=spread, kind=kind)  # type: ignore[arg-type]
    (spread_artist,) = [a for a in ax.collections if a.get_gid() == "spread"]
    report = label_overlaps(ax, avoid=[spread_artist])
    assert report.n_labels > 20
    assert report.label_avoid == 0, report.details
    assert label_overlaps(ax).total == 0
    placement = next(
        a for a in ax.get_children() if isinstance(a, skm.plotting.LabelPlacement)
    )
    assert not placement.omitted
