"""A numbered stakeholder carries its place in the map in every figure and deck."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import pytest
from matplotlib.text import Text

import stakeholder_map as skm
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting import (
    plot_attitude_grid,
    plot_network,
    plot_onion,
    plot_power_interest,
    plot_salience,
    plot_stakeholder_cube,
)
from stakeholder_map.plotting._numbers import stakeholder_numbers
from stakeholder_map.plotting.labels import LabelPlacement

_ENTRY = re.compile(r"^(\d+)\. (.+)$")
_DECK_ENTRY = re.compile(r"(\d+)\u00a0(.+?)(?=\s+\d+\u00a0|$)")

# Small enough that most names become numbers, in every figure.
_FIGURES: dict[str, Callable[..., Any]] = {
    "grid": plot_power_interest,
    "salience": plot_salience,
    "onion": plot_onion,
    "network": plot_network,
    "attitude": plot_attitude_grid,
    "cube": plot_stakeholder_cube,
}


def _places(smap: skm.StakeholderMap) -> dict[str, int]:
    out = {s.name: k for k, s in enumerate(smap.stakeholders, start=1)}
    out.update({s.display_name: k for k, s in enumerate(smap.stakeholders, start=1)})
    return out


def _wrong(numbered: dict[str, int], smap: skm.StakeholderMap) -> dict[str, int]:
    """Return the names whose number is not their place in the map.

    A key may wrap a long name: its first line starts the stakeholder's name.
    """
    names = {
        k: (s.name, s.display_name) for k, s in enumerate(smap.stakeholders, start=1)
    }
    return {
        n: k
        for n, k in numbered.items()
        if not any(full.startswith(n) for full in names.get(k, ()))
    }


def _numbered(ax: Any) -> dict[str, int]:
    """Return name -> number for every numbered name the figure explains."""
    out: dict[str, int] = {}
    placements = [a for a in ax.get_children() if isinstance(a, LabelPlacement)]
    for placement in placements:
        for i, k in placement.numbers.items():
            # The label shows the number the key gives it.
            assert placement.texts[i].get_text() == str(k)
            out[placement.names[i]] = k
    if not placements or not out:
        # The salience diagram writes its own key of "number. name" lines.
        for t in ax.findobj(Text):
            m = _ENTRY.match(t.get_text())
            if m:
                out[m.group(2)] = int(m.group(1))
    return out


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, int]]:
    smap = skm.load_example("huis_van_het_kind")
    out = {}
    for name, plot in _FIGURES.items():
        fig, ax = plt.subplots(figsize=(3.2, 2.6))
        with warnings.catch_warnings():
            # Unscored stakeholders and names with no room at all are not the
            # point here: they have tests of their own.
            warnings.simplefilter("ignore", StakeholderMapWarning)
            plot(smap, ax=ax)
            fig.canvas.draw()
        out[name] = _numbered(ax)
        plt.close(fig)
    return out


def test_numbers_are_places_in_the_map(figures: dict[str, dict[str, int]]) -> None:
    smap = skm.load_example("huis_van_het_kind")
    for name, numbered in figures.items():
        assert numbered, name
        assert not _wrong(numbered, smap), name


def test_ocmw_has_one_number_in_four_figures(
    figures: dict[str, dict[str, int]],
) -> None:
    smap = skm.load_example("huis_van_het_kind")
    ocmw = smap.get("ocmw")
    # Figures label with the name or with the shorter display name.
    seen = {
        figure: n[name]
        for figure, n in figures.items()
        for name in (ocmw.name, ocmw.display_name)
        if name in n
    }
    assert len(seen) >= 4, seen
    assert set(seen.values()) == {7}  # its place in smap.stakeholders


def test_a_frame_numbers_by_its_rows_and_a_graph_by_its_nodes() -> None:
    import pandas as pd

    df = pd.DataFrame(index=["c", "a", "b"])
    assert stakeholder_numbers(df, ["b", "c"]) == [3, 1]
    smap = skm.load_example("huis_van_het_kind")
    G = skm.to_graph(smap)
    ids = [s.id for s in smap.stakeholders]
    assert stakeholder_numbers(G, ids[::-1]) == list(range(len(ids), 0, -1))
    # An id the data does not hold comes after all of them.
    assert stakeholder_numbers(df, ["x", "a", "y"]) == [4, 2, 5]


def test_the_deck_legend_uses_the_same_numbers(
    tmp_path: Path, figures: dict[str, dict[str, int]]
) -> None:
    pptx = pytest.importorskip("pptx")
    smap = skm.load_example("huis_van_het_kind")
    path = skm.export.to_pptx(smap, tmp_path / "d.pptx", views=["grid", "attitude"])
    prs = pptx.Presentation(str(path))
    entries: dict[str, int] = {}
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.name.startswith(("legend:", "legend_column:")):
                # Entries side by side in a line are set apart by spaces.
                for line in shape.text.splitlines():
                    for k, name in _DECK_ENTRY.findall(line):
                        entries[name.strip()] = int(k)
    assert entries
    places = _places(smap)
    assert all(places[n] == k for n, k in entries.items()), entries
    # A name numbered on a slide and in a figure has one number.
    for numbered in figures.values():
        shared = entries.keys() & numbered.keys()
        assert all(entries[n] == numbered[n] for n in shared)


def test_the_report_figures_use_the_same_numbers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from stakeholder_map.export import report

    smap = skm.load_example("huis_van_het_kind")
    seen: dict[str, dict[str, int]] = {}
    original = report._svg

    def spy(fig: Any, prefix: str) -> str:
        # The figure as it goes into the page: read its numbered names first.
        for k, ax in enumerate(fig.axes):
            numbered = _numbered(ax)
            if numbered:
                seen[f"{prefix}:{k}"] = numbered
        return original(fig, prefix)

    monkeypatch.setattr(report, "_svg", spy)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StakeholderMapWarning)
        report.to_html(smap)
    assert seen
    for where, numbered in seen.items():
        assert not _wrong(numbered, smap), where


def test_place_labels_shows_the_numbers_given() -> None:
    from matplotlib.figure import Figure

    ax = Figure(figsize=(4, 3)).add_subplot()
    ax.scatter([1, 2], [1, 2])
    names = ["OCMW", "Een heel lange naam van een organisatie die niet past"]
    placement = skm.plotting.place_labels(ax, [1, 2], [1, 2], names, numbers=[7, 12])
    assert placement.numbered == (1,)
    assert placement.texts[1].get_text() == "12"
    assert placement.key_entries == [f"12. {names[1]}"]


@pytest.mark.parametrize(
    ("numbers", "problem"),
    [([1], "has 1"), ([0, 2], "has 0"), ([1.5, 2], "has 1.5"), ([3, 3], "repeats")],
)
def test_place_labels_refuses_bad_numbers(numbers: list[float], problem: str) -> None:
    from matplotlib.figure import Figure

    ax = Figure().add_subplot()
    with pytest.raises(ValueError, match=f"`numbers` must hold 2 .*{problem}"):
        skm.plotting.place_labels(ax, [1, 2], [1, 2], ["A", "B"], numbers=numbers)
