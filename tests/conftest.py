"""Shared fixtures: a non-interactive backend, closed figures, small maps."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import os
from collections.abc import Iterator

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from hypothesis import settings

import stakeholder_map as skm

# The property tests run the same examples on every run, so a submission's CI
# does not pass or fail by chance; `HYPOTHESIS_PROFILE=explore` draws new
# random examples on each run (use it after a change to the readers, writers or
# methods, and before a release).
settings.register_profile("default", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


@pytest.fixture
def tiny_map() -> skm.StakeholderMap:
    """Four stakeholders, one per quadrant, and three relations."""
    return skm.StakeholderMap(
        name="Tiny",
        stakeholders=[
            skm.Stakeholder(
                id="a",
                name="Alpha",
                category="overheid",
                power=5,
                interest=5,
                attitude=2,
            ),
            skm.Stakeholder(
                id="b", name="Beta", category="zorg", power=4, interest=1, attitude=-1
            ),
            skm.Stakeholder(
                id="c", name="Gamma", category="ouders", power=1, interest=4, attitude=0
            ),
            skm.Stakeholder(id="d", name="Delta", category="zorg", power=2, interest=2),
        ],
        relations=[
            skm.Relation(source="a", target="b", kind="funding", weight=4),
            skm.Relation(
                source="a", target="c", kind="information", channel="newsletter"
            ),
            skm.Relation(source="b", target="d", kind="collaboration", directed=False),
        ],
    )


@pytest.fixture
def tiny_frame(tiny_map: skm.StakeholderMap) -> pd.DataFrame:
    return skm.to_dataframe(tiny_map)


@pytest.fixture
def example_map() -> skm.StakeholderMap:
    return skm.load_example("huis_van_het_kind")
