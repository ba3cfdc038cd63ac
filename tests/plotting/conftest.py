"""Fixtures for the plotting tests: random maps with realistic, seed-varied names."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")  # before pyplot is imported anywhere in these tests

from collections.abc import Callable

import numpy as np
import pytest

import stakeholder_map as skm

WORDS = (
    *("Gemeente", "OCMW", "Huis", "Kind", "Gezin", "Consultatiebureau"),
    *("Huisartsenkring", "School", "Ouders", "Jeugdwerk", "Bibliotheek", "CLB"),
    *("Buurtwerk", "Kinderopvang", "Speel-o-theek", "Welzijn", "Zorg", "Dienst"),
    *("Inloopteam", "Opvoedingsondersteuning", "Vroedvrouwen", "Kraamafdeling"),
    *("Politie", "Woonmaatschappij", "Gezinsbond", "Oudergroep", "Vlasbeke"),
    *("Noord", "Zuid", "Centrum", "De", "Wiege"),
)
LINK = ("van", "en", "voor", "de", "het")


def random_names(rng: np.random.Generator, n: int) -> list[str]:
    """Mostly one or two words, some three or four, one in twenty very long."""
    names = []
    for _ in range(n):
        k = int(rng.choice([1, 2, 3, 4, 8], p=[0.45, 0.25, 0.15, 0.10, 0.05]))
        words = [str(w) for w in rng.choice(WORDS, size=k)]
        if k >= 3:
            words.insert(1, str(rng.choice(LINK)))
        names.append(" ".join(words))
    return names


def make_random_map(
    seed: int, n: int = 100, *, integer: bool = False
) -> skm.StakeholderMap:
    """A map of ``n`` stakeholders with random scores, attitudes and names."""
    rng = np.random.default_rng(seed)
    names = random_names(rng, n)
    people = []
    for i, name in enumerate(names):
        if integer:
            power, interest = (int(v) for v in rng.integers(1, 6, size=2))
        else:
            power, interest = (round(float(v), 2) for v in rng.uniform(1, 5, size=2))
        attitude = None if rng.random() < 0.1 else int(rng.integers(-2, 3))
        people.append(
            skm.Stakeholder(
                id=f"s{i}",
                name=name,
                power=power,
                interest=interest,
                attitude=attitude,
            )
        )
    return skm.StakeholderMap(name=f"random {seed}", stakeholders=people)


@pytest.fixture
def random_map() -> Callable[..., skm.StakeholderMap]:
    """Factory: ``random_map(seed, n=100, integer=False)``."""
    return make_random_map


@pytest.fixture
def example_or_skip() -> skm.StakeholderMap:
    """The bundled Dutch example map; skipped while the datasets are not there."""
    try:
        return skm.load_example("huis_van_het_kind")
    except (AttributeError, ImportError, FileNotFoundError, KeyError) as err:
        pytest.skip(f"load_example('huis_van_het_kind') is not available yet: {err}")
