"""Every plot warns at the line of the user's code, never inside the package."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting import PowerInterestGrid

P = skm.plotting
#: Crowded small Axes where names may not be numbered: some are left out, warned.
CROWDED: dict[str, Any] = {"label_kws": {"number_fallback": False, "fontsize": 14}}


def _small_ax() -> Any:
    return plt.figure(figsize=(2.5, 2)).add_subplot()


def _annotate(smap: skm.StakeholderMap) -> Any:
    df = skm.analysis.power_interest(smap)
    grid = PowerInterestGrid()
    ax = grid.draw(_small_ax())
    return grid.annotate(df, ax=ax, number_fallback=False, fontsize=14)


# name -> a call, each on the example map (whose two unscored stakeholders are
# left out of the score-based views) or on a crowded Axes.
CASES: dict[str, Callable[[skm.StakeholderMap], Any]] = {
    "power_interest": lambda m: P.plot_power_interest(m),
    "power_interest_crowded": lambda m: P.plot_power_interest(
        m, ax=_small_ax(), **CROWDED
    ),
    "grid_annotate": _annotate,
    "salience": lambda m: P.plot_salience(m),
    "stakeholder_cube": lambda m: P.plot_stakeholder_cube(m),
    "attitude_grid": lambda m: P.plot_attitude_grid(m),
    "priority": lambda m: P.plot_priority(m),
    "support_balance": lambda m: P.plot_support_balance(m),
    "onion": lambda m: P.plot_onion(m),
    "overview": lambda m: P.plot_overview(m),
    "influence_gap": lambda m: P.plot_influence_gap(m),
    "network": lambda m: P.plot_network(m, ax=_small_ax(), **CROWDED),
    "information_flow": lambda m: P.plot_information_flow(
        m, source="huis_van_het_kind", ax=_small_ax(), **CROWDED
    ),
    "movement": lambda m: P.plot_movement(
        m, ax=_small_ax(), label_which="all", **CROWDED
    ),
    "rating_spread": lambda m: P.plot_rating_spread(m, ax=_small_ax(), **CROWDED),
}


@pytest.mark.parametrize("name", list(CASES))
def test_plots_warn_at_the_callers_line(
    name: str, example_map: skm.StakeholderMap
) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        CASES[name](example_map)
    ours = [w for w in caught if issubclass(w.category, StakeholderMapWarning)]
    assert ours, f"{name} should warn here"
    where = {(Path(w.filename).name, w.lineno) for w in ours}
    assert {f for f, _ in where} == {Path(__file__).name}, where


def test_save_views_warn_at_the_callers_line(
    example_map: skm.StakeholderMap, tmp_path: Path
) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        P.save_views(example_map, tmp_path, formats=["svg"], views=["onion"])
    assert caught
    assert {Path(w.filename).name for w in caught} == {Path(__file__).name}
