"""Speed of the communication analyses on a large synthetic map.

A map with 5,000 stakeholders, 50,000 logged contacts, 20,000 stances, 1,000 planned
items and 30 target groups. Baseline: validating that map
(``StakeholderMap.model_validate``), measured in the same process. Target: each
analysis takes at most ``TARGET`` times the validation, so planning never costs more
than reading the map did. Run: ``python benchmarks/bench_communication.py``; it
exits 1 when a target is missed.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from collections.abc import Callable
from typing import Any

import stakeholder_map as skm
from stakeholder_map.analysis import (
    channel_coverage,
    communication_plan,
    engagement_status,
    representation,
)

N_STAKEHOLDERS = 5_000
N_INTERACTIONS = 50_000
N_STAKES = 20_000
N_ITEMS = 1_000
N_SEGMENTS = 30
RUNS = 3
TARGET = 1.0
TODAY = dt.date(2026, 9, 24)


def _data(seed: int = 0) -> dict[str, Any]:
    rng = random.Random(seed)
    channels = [c.value for c in skm.Channel]
    freqs = [f.value for f in skm.Frequency]
    cats = [f"cat{k}" for k in range(20)]
    people = [
        {
            "id": f"s{i}",
            "name": f"Stakeholder {i}",
            "category": rng.choice(cats),
            "power": rng.randint(1, 5),
            "interest": rng.randint(1, 5),
            "attitude": rng.randint(-2, 2),
            "tags": [f"t{rng.randrange(50)}"],
        }
        for i in range(N_STAKEHOLDERS)
    ]
    themes = [{"id": f"th{k}", "name": f"Thema {k}"} for k in range(40)]
    pairs = rng.sample(
        [(i, k) for i in range(N_STAKEHOLDERS) for k in range(40)], N_STAKES
    )
    stakes = [
        {
            "stakeholder_id": f"s{i}",
            "interest_id": f"th{k}",
            "position": rng.randint(-2, 2),
            "importance": rng.randint(1, 5),
        }
        for i, k in pairs
    ]
    start = TODAY - dt.timedelta(days=500)
    log = [
        {
            "stakeholder_id": f"s{rng.randrange(N_STAKEHOLDERS)}",
            "date": (start + dt.timedelta(days=rng.randrange(520))).isoformat(),
            "channel": rng.choice(channels),
            "sentiment": rng.randint(-2, 2),
        }
        for _ in range(N_INTERACTIONS)
    ]
    items = [
        {
            "stakeholder_id": f"s{rng.randrange(N_STAKEHOLDERS)}",
            "channel": rng.choice(channels),
            "frequency": rng.choice(freqs),
        }
        for _ in range(N_ITEMS - 20)
    ] + [{"category": c, "channel": "newsletter", "frequency": "monthly"} for c in cats]
    segments = [
        {
            "id": f"seg{k}",
            "name": f"Doelgroep {k}",
            "tags": [f"t{k}"],
            "min_stakeholders": rng.randint(1, 150),
        }
        for k in range(N_SEGMENTS)
    ]
    return {
        "name": "Benchmark",
        "stakeholders": people,
        "interests": themes,
        "stakes": stakes,
        "interactions": log,
        "communication": items,
        "segments": segments,
    }


def _best(func: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        func()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> int:
    data = _data()
    smap = skm.StakeholderMap.model_validate(data)
    base = _best(lambda: skm.StakeholderMap.model_validate(data))
    cases: dict[str, Callable[[], object]] = {
        "communication_plan": lambda: communication_plan(smap),
        "engagement_status": lambda: engagement_status(smap, today=TODAY),
        "engagement_status(by=channel)": lambda: engagement_status(
            smap, today=TODAY, by="channel"
        ),
        "channel_coverage(source=both)": lambda: channel_coverage(
            smap, source="both", today=TODAY
        ),
        "representation": lambda: representation(smap, today=TODAY),
    }
    print(f"baseline: validate the map  {base:7.3f} s")
    failed = False
    for name, func in cases.items():
        t = _best(func)
        ratio = t / base
        ok = ratio <= TARGET
        failed |= not ok
        print(f"{name:32s} {t:7.3f} s  {ratio:5.2f} x  {'ok' if ok else 'MISSED'}")
    print(f"target: each at most {TARGET:g} x the baseline")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
