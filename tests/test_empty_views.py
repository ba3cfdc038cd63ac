"""Views with nothing to show are named, with the scores they lack."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import stakeholder_map as skm
from stakeholder_map._empty_views import empty_view_reason
from stakeholder_map.exceptions import EmptyViewWarning


def test_salience_without_legitimacy_or_urgency(tiny_map: skm.StakeholderMap) -> None:
    assert empty_view_reason(tiny_map, "salience", "nl") == (
        "Saillantie (Mitchell, Agle & Wood) weggelaten: nog geen enkele actor "
        "heeft een score voor legitimiteit en urgentie."
    )
    assert "legitimacy and urgency" in str(
        empty_view_reason(tiny_map, "salience", "en")
    )


def test_scores_there_but_never_together(tiny_map: skm.StakeholderMap) -> None:
    a, b, *rest = tiny_map.stakeholders
    smap = tiny_map.model_copy(
        update={
            "stakeholders": (
                a.model_copy(update={"legitimacy": 4}),
                b.model_copy(update={"urgency": 3}),
                *rest,
            )
        }
    )
    reason = empty_view_reason(smap, "salience", "en")
    assert reason is not None
    assert "power, legitimacy and urgency together" in reason
    scored = a.model_copy(update={"legitimacy": 4, "urgency": 2})
    smap = tiny_map.model_copy(update={"stakeholders": (scored, b, *rest)})
    assert empty_view_reason(smap, "salience", "en") is None


def test_views_with_their_scores_are_kept(example_map: skm.StakeholderMap) -> None:
    for view in ("grid", "salience", "priority", "onion", "network", "cube"):
        assert empty_view_reason(example_map, view, "nl") is None, view


def test_network_without_relations(tiny_map: skm.StakeholderMap) -> None:
    bare = tiny_map.model_copy(update={"relations": ()})
    assert empty_view_reason(bare, "network", "nl") == (
        "Netwerk van relaties weggelaten: de kaart heeft nog geen relaties."
    )
    assert empty_view_reason(tiny_map, "network", "nl") is None


def _without_power(smap: skm.StakeholderMap) -> skm.StakeholderMap:
    return smap.model_copy(
        update={
            "stakeholders": tuple(
                s.model_copy(update={"power": None}) for s in smap.stakeholders
            )
        }
    )


def test_influence_gap_needs_power_and_relations(
    example_map: skm.StakeholderMap,
) -> None:
    assert empty_view_reason(example_map, "influence", "en") is None
    assert empty_view_reason(_without_power(example_map), "influence", "nl") == (
        "Invloedskloof weggelaten: nog geen enkele actor heeft een score voor macht."
    )
    bare = example_map.model_copy(update={"relations": ()})
    assert "relations" in str(empty_view_reason(bare, "influence", "en"))


def test_network_views_leave_an_empty_influence_gap_out(
    example_map: skm.StakeholderMap, tmp_path: Path
) -> None:
    # A map read from Kumu has relations but no scores: the network and the
    # flow are drawn, the influence gap is named as left out (it crashed).
    smap = _without_power(example_map)
    with pytest.warns(EmptyViewWarning, match="Invloedskloof weggelaten"):
        paths = skm.plotting.save_network_views(smap, tmp_path, formats=["png"])
    assert [p.name for p in paths] == ["network.png", "information_flow.png"]


def test_influence_gap_of_no_scored_stakeholder_draws_an_empty_axes(
    example_map: skm.StakeholderMap,
) -> None:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", skm.exceptions.StakeholderMapWarning)
            skm.plotting.plot_influence_gap(_without_power(example_map), ax=ax)
        assert not [t for t in ax.texts if t.get_visible() and t.get_text()]
    finally:
        plt.close(fig)
