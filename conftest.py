"""Doctest set-up for every module and the README: ``skm`` and a quiet backend."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import matplotlib
import pytest

matplotlib.use("Agg")


@pytest.fixture(autouse=True)
def _doctest_setup(
    request: pytest.FixtureRequest, doctest_namespace: dict[str, object]
) -> Iterator[None]:
    import matplotlib.pyplot as plt

    import stakeholder_map as skm

    doctest_namespace["skm"] = skm
    if isinstance(request.node, pytest.DoctestItem):
        # Documentation examples use the bundled map, which deliberately holds
        # stakeholders that are not scored yet; the warning about them is part of
        # normal use, not a failure of the example. Tests assert it explicitly.
        warnings.simplefilter("ignore", skm.exceptions.StakeholderMapWarning)
    yield
    # Examples that draw on ``plt.gca()`` must not inherit another's figure.
    plt.close("all")
