"""plot_overview and save_views: one slide, and every view written to files."""

from __future__ import annotations

import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting import label_overlaps
from stakeholder_map.plotting.overview import VIEWS, plot_overview, save_views


def test_overview_has_three_views(example_map: skm.StakeholderMap) -> None:
    with pytest.warns(StakeholderMapWarning):
        fig = plot_overview(example_map, lang="en")
    assert fig.get_size_inches().round(2).tolist() == [13.33, 7.5]
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    assert titles == [
        "Power and interest",
        "Salience (Mitchell, Agle & Wood)",
        "Support, weighted by power",
    ]
    assert fig.get_suptitle() == example_map.name
    for ax in fig.axes:
        report = label_overlaps(ax)
        assert report.ok, (ax.get_title(loc="left"), report.details)
    plt.close(fig)


def test_save_views_writes_every_view(
    example_map: skm.StakeholderMap, tmp_path: Path
) -> None:
    before = plt.get_fignums()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        paths = save_views(
            example_map,
            tmp_path / "out",
            formats=["png", "svg"],
            dpi=40,
            style="notebook",
        )
    names = [*VIEWS, "overview"]
    assert [p.name for p in paths] == [
        f"{n}.{ext}" for n in names for ext in ("png", "svg")
    ]
    for path in paths:
        assert path.exists()
        assert path.stat().st_size > 1000
    assert paths[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in paths[1].read_bytes()[:500]
    assert plt.get_fignums() == before  # every figure was closed


def test_save_views_subset_and_titles(
    example_map: skm.StakeholderMap, tmp_path: Path
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        paths = save_views(example_map, tmp_path, formats=["svg"], views=["onion"])
    assert [p.name for p in paths] == ["onion.svg"]
    assert "Uiendiagram" in paths[0].read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"formats": ["gif"]}, "`formats` must be one of"),
        ({"views": ["grid"]}, "`views` must be one of"),
        ({"style": "poster"}, "`style` must be one of"),
        ({"lang": "de"}, "`lang` must be one of"),
    ],
)
def test_save_views_errors(
    example_map: skm.StakeholderMap,
    tmp_path: Path,
    kwargs: dict[str, object],
    match: str,
) -> None:
    with pytest.raises(ValueError, match=match):
        save_views(example_map, tmp_path, **kwargs)  # type: ignore[arg-type]
    assert not list(tmp_path.iterdir())


def test_demo_views_name_every_stakeholder(
    example_map: skm.StakeholderMap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What `stakeholder-map demo` writes: no name may be left out, silently or
    # with a warning; each stakeholder gets its name or a number in the key.
    from stakeholder_map.plotting import LabelPlacement, save_network_views

    figures: list[object] = []
    monkeypatch.setattr(plt, "close", figures.append)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        save_views(example_map, tmp_path, formats=["svg"], lang="nl")
        save_network_views(example_map, tmp_path, formats=["svg"], lang="nl")
    assert not [w for w in caught if "found no room" in str(w.message)]
    assert len(figures) == len(VIEWS) + 1 + 3
    for fig in figures:
        for ax in fig.axes:  # type: ignore[attr-defined]
            for placement in ax.get_children():
                if isinstance(placement, LabelPlacement):
                    left_out = [placement.names[i] for i in placement.omitted]
                    assert not left_out, (ax.get_title(loc="left"), left_out)
                    report = label_overlaps(ax)
                    assert report.ok, (ax.get_title(loc="left"), report.details)


def test_save_views_leaves_out_views_with_nothing_to_show(
    tiny_map: skm.StakeholderMap, tmp_path: Path
) -> None:
    from stakeholder_map.exceptions import EmptyViewWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        paths = save_views(tiny_map, tmp_path, formats=["svg"], dpi=40)
    names = [p.stem for p in paths]
    # Nobody on the tiny map has legitimacy, urgency, proximity or engagement.
    for empty in ("salience", "priority", "onion", "engagement_matrix"):
        assert empty not in names
        assert not (tmp_path / f"{empty}.svg").exists()
    assert {"attitude_grid", "stakeholder_cube", "overview"} <= set(names)
    lines = [str(w.message) for w in caught if w.category is EmptyViewWarning]
    assert len(lines) == 4
    assert lines[0] == (
        "Saillantie (Mitchell, Agle & Wood) weggelaten: nog geen enkele actor "
        "heeft een score voor legitimiteit en urgentie."
    )


def test_overview_says_why_salience_is_missing(tiny_map: skm.StakeholderMap) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        fig = plot_overview(tiny_map, lang="en")
    ax = fig.axes[1]
    assert not ax.patches  # no empty Venn circles
    [note] = [t for t in ax.texts if t.get_gid() == "salience_left_out"]
    assert "no stakeholder has a score for legitimacy and urgency" in note.get_text()
    plt.close(fig)
