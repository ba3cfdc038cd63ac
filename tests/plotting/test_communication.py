"""Plots of communication planning: artists, not pixels."""

from __future__ import annotations

import io
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.collections import PathCollection, PolyCollection
from matplotlib.colors import to_hex
from matplotlib.dates import date2num

import stakeholder_map as skm
from stakeholder_map.analysis import (
    channel_coverage,
    engagement_status,
    interaction_log,
    representation,
)
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting import label_overlaps
from stakeholder_map.plotting.communication import (
    CHANNEL_PALETTE,
    REPRESENTATION_PALETTE,
    plot_channel_matrix,
    plot_engagement_status,
    plot_representation,
)

TODAY = "2026-06-30"


@pytest.fixture
def smap() -> skm.StakeholderMap:
    return skm.StakeholderMap.model_validate(
        {
            "name": "Plot test",
            "language": "nl",
            "stakeholders": [
                {
                    "id": "a",
                    "name": "Alpha",
                    "category": "overheid",
                    "power": 5,
                    "interest": 5,
                },
                {
                    "id": "b",
                    "name": "Beta",
                    "short_name": "B",
                    "category": "zorg",
                    "power": 4,
                    "interest": 1,
                },
                {
                    "id": "c",
                    "name": "Gamma",
                    "category": "ouders",
                    "power": 1,
                    "interest": 4,
                    "tags": ["ouders"],
                },
                {
                    "id": "d",
                    "name": "Delta",
                    "category": "zorg",
                    "power": 2,
                    "interest": 2,
                },
            ],
            "interactions": [
                {
                    "stakeholder_id": "b",
                    "date": "2026-02-01",
                    "channel": "email",
                    "sentiment": -1,
                },
                {
                    "stakeholder_id": "a",
                    "date": "2026-05-01",
                    "channel": "meeting",
                    "sentiment": 2,
                },
                {"stakeholder_id": "a", "date": "2026-06-20", "channel": "phone"},
                {"stakeholder_id": "c", "date": "2026-04-05", "channel": "email"},
                {"stakeholder_id": "c", "date": "2026-06-15", "channel": "newsletter"},
            ],
            "segments": [
                {
                    "id": "ouders_seg",
                    "name": "Ouders",
                    "tags": ["ouders"],
                    "min_stakeholders": 2,
                },
                {"id": "vaders", "name": "Vaders", "tags": ["vaders"]},
                {"id": "zorg_seg", "name": "Zorg", "categories": ["zorg"]},
            ],
        }
    )


def _scatter(ax: Any, k: int = 0) -> PathCollection:
    colls = [c for c in ax.collections if isinstance(c, PathCollection)]
    return colls[k]


def _texts(ax: Any) -> list[str]:
    from stakeholder_map.plotting.labels import LabelPlacement

    out: list[str] = []
    for artist in ax.artists:
        if isinstance(artist, LabelPlacement):
            out += [t.get_text() for t in artist.texts if t.get_visible()]
    return out


def _saves(ax: Any) -> None:
    buf = io.BytesIO()
    ax.figure.savefig(buf, format="png")
    assert buf.getvalue()[:4] == b"\x89PNG"


# --------------------------------------------------------------------------------
# plot_engagement_status
# --------------------------------------------------------------------------------


def test_engagement_status_draws_contacts_bands_and_today(
    smap: skm.StakeholderMap,
) -> None:
    _, ax = plt.subplots()
    out = plot_engagement_status(smap, today=TODAY, period_days=180, ax=ax)
    assert out is ax
    # default rows: contacted in the period, or overdue with high power (b);
    # by quadrant: a (manage closely), b (keep satisfied), c (keep informed)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Gamma", "B", "Alpha"]
    dots = _scatter(ax)
    expected = {
        (date2num(np.datetime64("2026-05-01")), 2.0),
        (date2num(np.datetime64("2026-06-20")), 2.0),
        (date2num(np.datetime64("2026-02-01")), 1.0),
        (date2num(np.datetime64("2026-04-05")), 0.0),
        (date2num(np.datetime64("2026-06-15")), 0.0),
    }
    assert {tuple(map(float, xy)) for xy in dots.get_offsets()} == expected
    colors = {to_hex(c) for c in dots.get_facecolors()}
    assert colors == {
        CHANNEL_PALETTE[c].lower() for c in ("meeting", "phone", "email", "newsletter")
    }
    bands = [c for c in ax.collections if isinstance(c, PolyCollection)]
    # one plan band per row, plus the overdue band of b
    assert len(bands) == 4
    # b: quarterly, last contact 1 Feb -> due 3 May -> 58 days overdue
    assert _texts(ax) == ["+58 d"]
    today_x = date2num(np.datetime64(TODAY))
    assert any(list(line.get_xdata()) == [today_x, today_x] for line in ax.get_lines())
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[:4] == ["Overleg", "E-mail", "Nieuwsbrief", "Telefoon"]
    assert "Achterstallig" in legend
    assert legend[-1] == "vandaag (2026-06-30)"
    assert ax.get_legend().get_title().get_text() == "Kanaal"
    assert label_overlaps(ax).ok
    _saves(ax)


def test_engagement_status_kwargs_rows_and_language(smap: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_engagement_status(
        smap,
        today=TODAY,
        stakeholders=["d", "a"],
        lang="en",
        ax=ax,
        s=99,
        marker="D",
    )
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Alpha", "Delta"]
    dots = _scatter(ax)
    assert set(dots.get_sizes()) == {99}
    assert ax.get_xlabel() == "Date"
    with pytest.raises(ValueError, match=r"`stakeholders` must be ids.*\['zz'\]"):
        plot_engagement_status(smap, today=TODAY, stakeholders=["zz"], ax=ax)
    with pytest.raises(ValueError, match="`hue` must be one of"):
        plot_engagement_status(smap, today=TODAY, hue="mood", ax=ax)  # type: ignore[arg-type]


def test_engagement_status_by_sentiment(smap: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_engagement_status(smap, today=TODAY, hue="sentiment", ax=ax)
    dots = _scatter(ax)
    faces = [to_hex(c) for c in dots.get_facecolors()]
    palette = skm.plotting.ATTITUDE_PALETTE
    assert palette[2].lower() in faces
    assert palette[-1].lower() in faces
    assert "#ffffff" in faces  # no sentiment recorded
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[:5] == ["-2", "-1", "+0", "+1", "+2"]
    assert "niet beoordeeld" in legend


def test_engagement_status_from_frames(smap: skm.StakeholderMap) -> None:
    log = interaction_log(smap)
    status = engagement_status(smap, today=TODAY, period_days=180)
    _, ax = plt.subplots()
    plot_engagement_status(log, status=status, ax=ax)
    assert len(_scatter(ax).get_offsets()) == 5
    assert _texts(ax) == ["+58 d"]
    # without the status: contacts only, no bands
    _, ax2 = plt.subplots()
    plot_engagement_status(log, today=TODAY, ax=ax2)
    assert not [c for c in ax2.collections if isinstance(c, PolyCollection)]
    with pytest.raises(TypeError, match="`data` must be a StakeholderMap"):
        plot_engagement_status([1, 2], ax=ax2)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="columns \\['channel'"):
        plot_engagement_status(log.drop(columns="channel"), ax=ax2)


def test_engagement_status_warns_when_rows_are_left_out(
    smap: skm.StakeholderMap,
) -> None:
    _, ax = plt.subplots()
    # the map is Dutch, and so is the warning
    with pytest.warns(StakeholderMapWarning, match="1 actor\\(en\\) passen niet in"):
        plot_engagement_status(smap, today=TODAY, period_days=180, max_rows=2, ax=ax)
    assert len(ax.get_yticks()) == 2


# --------------------------------------------------------------------------------
# plot_channel_matrix
# --------------------------------------------------------------------------------


def test_channel_matrix_by_category(smap: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    out = plot_channel_matrix(smap, today=TODAY, ax=ax)
    assert out is ax
    cov = channel_coverage(smap, by="category", today=TODAY)
    used = ["meeting", "email", "newsletter", "phone"]
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks == [
        "Overleg",
        "E-mail",
        "Nieuwsbrief",
        "Telefoon",
        "Via slechts één kanaal",
        "Niet bereikt",
    ]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "overheid (1)",
        "zorg (2)",
        "ouders (1)",
    ]  # top to bottom
    dots = _scatter(ax, 0)
    assert len(dots.get_offsets()) == int((cov[used] > 0).to_numpy().sum())
    # zorg (row 1 from the bottom): email reaches 1 of 2
    assert [1.0, 1.0] in dots.get_offsets().tolist()
    squares = _scatter(ax, 1)
    assert len(squares.get_offsets()) == int(
        (cov[["n_single_channel", "n_unreached"]] > 0).to_numpy().sum()
    )
    assert sorted(_texts(ax)) == sorted(
        [str(v) for v in cov[used].to_numpy().ravel() if v]
        + [
            str(v)
            for v in cov[["n_single_channel", "n_unreached"]].to_numpy().ravel()
            if v
        ]
    )
    assert label_overlaps(ax).ok
    _saves(ax)


def test_channel_matrix_by_stakeholder_and_options(smap: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    plot_channel_matrix(
        smap,
        by="stakeholder",
        source="plan",
        channels=["website", "newsletter"],
        lang="en",
        ax=ax,
        linewidths=2.5,
    )
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks[:2] == ["Website", "Newsletter"]
    assert ticks[-2:] == ["One channel only", "Not reached"]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Alpha",
        "B",
        "Gamma",
        "Delta",
    ]
    dots = _scatter(ax, 0)
    # the default plan sends newsletters to c (keep informed) and d (monitor)
    assert sorted(map(tuple, dots.get_offsets().tolist())) == [(1.0, 0.0), (1.0, 1.0)]
    assert set(dots.get_linewidths()) == {2.5}
    assert _texts(ax) == []  # no counts per stakeholder
    with pytest.raises(ValueError, match="`channels` must be one of"):
        plot_channel_matrix(smap, channels=["pigeon"], ax=ax)


def test_channel_matrix_from_a_frame(smap: skm.StakeholderMap) -> None:
    cov = channel_coverage(smap, today=TODAY)
    _, ax = plt.subplots()
    plot_channel_matrix(cov, ax=ax)
    assert ax.get_yticklabels()[0].get_text() == "Alpha"
    assert ax.get_ylabel() == "Stakeholder"
    with pytest.raises(ValueError, match="are missing"):
        plot_channel_matrix(cov.drop(columns="unreached"), ax=ax)


# --------------------------------------------------------------------------------
# plot_representation
# --------------------------------------------------------------------------------


def test_representation_bars_ticks_and_labels(smap: skm.StakeholderMap) -> None:
    _, ax = plt.subplots()
    out = plot_representation(smap, today=TODAY, ax=ax, edgecolor="black")
    assert out is ax
    rep = representation(smap, today=TODAY)
    outer, inner = ax.containers[:2]
    assert [b.get_width() for b in outer] == rep["n_stakeholders"].tolist()
    assert [b.get_width() for b in inner] == rep["n_engaged"].tolist()
    assert to_hex(outer[0].get_edgecolor()) == "#000000"
    assert (
        to_hex(inner[1].get_facecolor())
        == REPRESENTATION_PALETTE[rep["status"].iloc[1]].lower()
    )
    ticks = _scatter(ax)
    assert ticks.get_offsets()[:, 0].tolist() == rep["min_stakeholders"].tolist()
    assert [t.get_text() for t in ax.get_yticklabels()] == rep["name"].tolist()
    problems = rep.loc[rep["status"] != "engaged"]
    assert len(_texts(ax)) == len(problems)
    assert "Ondervertegenwoordigd (1/2)" in _texts(ax)
    assert "Ontbreekt" in _texts(ax)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[0] == "Ontbreekt"
    assert legend[-1] == "Nodig"
    assert ax.get_xlabel() == "Aantal actoren"
    assert label_overlaps(ax).ok
    _saves(ax)


def test_representation_from_a_frame_in_english(smap: skm.StakeholderMap) -> None:
    rep = representation(smap, today=TODAY, categories=False)
    _, ax = plt.subplots()
    plot_representation(rep, ax=ax)
    assert len(ax.containers[0]) == 3
    assert "Missing" in _texts(ax)
    with pytest.raises(ValueError, match="are missing"):
        plot_representation(rep.drop(columns="status"), ax=ax)


# --------------------------------------------------------------------------------
# The Dutch example on a slide: nothing overlaps
# --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("plot", "kwargs"),
    [
        (plot_engagement_status, {"today": "2026-09-24"}),
        (plot_channel_matrix, {"today": "2026-09-24"}),
        (plot_channel_matrix, {"by": "stakeholder", "source": "both"}),
        (plot_representation, {"today": "2026-09-24"}),
    ],
)
def test_example_on_a_slide_has_no_overlaps(
    example_map: skm.StakeholderMap, plot: Any, kwargs: dict[str, Any]
) -> None:
    with skm.plotting.theme("slides"):
        _, ax = plt.subplots()
        plot(example_map, ax=ax, **kwargs)
        report = label_overlaps(ax)
    assert report.ok, report.details
