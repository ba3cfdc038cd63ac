"""Speed of the notebook display and of the interactive network view.

1. ``smap._repr_html_()`` on a map of 5,000 stakeholders, 15,000 relations, 40
   themes and 20 target groups. Baseline: ``skm.analysis.power_interest`` on the
   same map, which the summary runs once. Target: the whole summary (counts,
   quadrants, table, points to check) costs at most ``DISPLAY_TARGET`` times the
   analysis, so showing a map never feels slower than classifying it.
2. ``interactive_network(smap).to_html()`` on the Huis van het Kind example and on
   a random map of 150 stakeholders. Baseline: ``plot_network`` with the same
   layout plus ``savefig`` to PNG at 100 dpi (the static figure of the same
   network). Target: the interactive page costs at most ``NETWORK_TARGET`` times
   the static figure.

Run: ``python benchmarks/bench_interactive.py``; it exits 1 when a target is
missed. Best of ``RUNS`` runs each, measured in one process.
"""

from __future__ import annotations

import io
import random
import sys
import time
import warnings
from collections.abc import Callable

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

import stakeholder_map as skm
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting import interactive_network, plot_network

RUNS = 3
DISPLAY_TARGET = 3.0
NETWORK_TARGET = 1.0


def _best(func: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(RUNS):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def _big_map(n: int, n_relations: int, seed: int = 0) -> skm.StakeholderMap:
    rng = random.Random(seed)
    cats = [f"cat{k}" for k in range(12)]
    people = [
        skm.Stakeholder(
            id=f"s{i}",
            name=f"Stakeholder {i}",
            category=rng.choice(cats),
            power=rng.randint(1, 5) if rng.random() > 0.02 else None,
            interest=rng.randint(1, 5),
            attitude=rng.randint(-2, 2) if rng.random() > 0.1 else None,
        )
        for i in range(n)
    ]
    kinds = [k.value for k in skm.RelationKind]
    pairs: set[tuple[int, int, str]] = set()
    while len(pairs) < n_relations:
        a, b = rng.sample(range(n), 2)
        pairs.add((a, b, rng.choice(kinds)))
    relations = [
        skm.Relation(source=f"s{a}", target=f"s{b}", kind=k) for a, b, k in pairs
    ]
    themes = [skm.Interest(id=f"t{k}", name=f"Thema {k}") for k in range(40)]
    stakes = [
        skm.Stake(stakeholder_id=f"s{i}", interest_id=f"t{i % 30}", position=1)
        for i in range(0, n, 3)
    ]
    segments = [
        skm.Segment(name=f"Groep {k}", categories=[cats[k % 12]]) for k in range(20)
    ]
    return skm.StakeholderMap(
        name="Groot",
        stakeholders=people,
        relations=relations,
        interests=themes,
        stakes=stakes,
        segments=segments,
    )


def _static(smap: skm.StakeholderMap) -> None:
    fig, ax = plt.subplots(figsize=(10, 6.5))
    plot_network(smap, ax=ax, layout="kamada_kawai")
    fig.savefig(io.BytesIO(), format="png", dpi=100)
    plt.close(fig)


def main() -> int:
    """Print the timings and ratios; return 1 when a target is missed."""
    warnings.simplefilter("ignore", StakeholderMapWarning)
    failed = False

    big = _big_map(5_000, 15_000)
    big._repr_html_()  # imports and first use out of the way
    base = _best(lambda: skm.analysis.power_interest(big))
    ours = _best(big._repr_html_)
    ratio = ours / base
    ok = ratio <= DISPLAY_TARGET
    failed |= not ok
    print(
        f"display of 5,000 stakeholders: {ours * 1000:.0f} ms, power_interest "
        f"{base * 1000:.0f} ms, ratio {ratio:.2f} (target <= {DISPLAY_TARGET}) "
        f"{'OK' if ok else 'MISSED'}"
    )

    maps = {
        "huis_van_het_kind (38)": skm.load_example("huis_van_het_kind"),
        "random (150)": _big_map(150, 450, seed=1),
    }
    for label, smap in maps.items():
        _static(smap)
        interactive_network(smap).to_html()
        base = _best(lambda smap=smap: _static(smap))
        ours = _best(lambda smap=smap: interactive_network(smap).to_html())
        size = len(interactive_network(smap).to_html().encode("utf-8")) / 1024
        ratio = ours / base
        ok = ratio <= NETWORK_TARGET
        failed |= not ok
        print(
            f"interactive network, {label}: {ours * 1000:.0f} ms ({size:.0f} kB), "
            f"static figure {base * 1000:.0f} ms, ratio {ratio:.2f} "
            f"(target <= {NETWORK_TARGET}) {'OK' if ok else 'MISSED'}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
