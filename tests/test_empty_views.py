"""Views with nothing to show are named, with the scores they lack."""

from __future__ import annotations

import stakeholder_map as skm
from stakeholder_map._empty_views import empty_view_reason


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
