"""The public names are pinned: adding or removing one is a deliberate change."""

from __future__ import annotations

import pytest

import stakeholder_map as skm

EXPECTED = [
    "Assessment",
    "Channel",
    "CommunicationItem",
    "Direction",
    "EngagementLevel",
    "Frequency",
    "Interaction",
    "Interest",
    "Language",
    "ParticipationLevel",
    "Quadrant",
    "Relation",
    "RelationKindSpec",
    "RelationKind",
    "Scale",
    "Segment",
    "Stake",
    "Stakeholder",
    "StakeholderMap",
    "__version__",
    "analysis",
    "compare",
    "compare_many",
    "consolidate",
    "datasets",
    "exceptions",
    "export",
    "from_dataframe",
    "from_graph",
    "graph",
    "i18n",
    "io",
    "json_schema",
    "list_examples",
    "load_example",
    "plotting",
    "privacy",
    "read",
    "to_dataframe",
    "to_graph",
    "vocabulary",
    "write",
]


def test_all_is_pinned() -> None:
    assert sorted(skm.__all__) == sorted(EXPECTED)


@pytest.mark.parametrize("name", EXPECTED)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(skm, name) is not None


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        skm.nope  # noqa: B018


def test_dir_lists_lazy_names() -> None:
    assert {"read", "plotting", "load_example"} <= set(dir(skm))
