"""The stakeholder views: analysis speed on a large map, plot speed on a slide.

Run by hand: ``python benchmarks/bench_views.py [--n 5000] [--runs 5]``.

Part 1 builds a random map of ``--n`` stakeholders with every score, engagement
levels, four themes and two stakes per stakeholder, and times each view's
analysis against :func:`~stakeholder_map.analysis.power_interest` on the same map,
in this process (the baseline). ``summary`` runs nine analyses, so the
requirement is that it takes at most 15 times the grid's time; every other view
at most 3 times.

Part 2 draws each view of the bundled Dutch example on a 16:9 slide and times it
against :func:`~stakeholder_map.plotting.plot_power_interest` on the same figure
size (the baseline), and counts label overlaps with the renderer's boxes. The
requirement: every view at most 4 times the grid's time, and no overlaps.

Times are the median CPU time (``time.process_time``) of several runs, as the
machines are shared. The script exits with status 1 when a requirement is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np

import stakeholder_map as skm
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.plotting import label_overlaps, theme

LEVELS = ["unaware", "resistant", "neutral", "supportive", "leading"]
IAP2 = ["inform", "consult", "involve", "collaborate", "empower"]


def big_map(n: int, seed: int = 0) -> skm.StakeholderMap:
    """A map of ``n`` scored stakeholders, four themes and 2n stakes."""
    rng = np.random.default_rng(seed)
    scores = rng.integers(1, 6, size=(n, 6))
    people = [
        {
            "id": f"s{i}",
            "name": f"Stakeholder {i}",
            "category": f"cat{i % 7}",
            "power": int(scores[i, 0]),
            "interest": int(scores[i, 1]),
            "legitimacy": int(scores[i, 2]),
            "urgency": int(scores[i, 3]),
            "proximity": int(scores[i, 4]),
            "attitude": int(scores[i, 5]) - 3,
            "engagement_current": LEVELS[int(rng.integers(0, 5))],
            "engagement_desired": LEVELS[int(rng.integers(0, 5))],
            "participation": IAP2[int(rng.integers(0, 5))],
        }
        for i in range(n)
    ]
    themes = [{"id": f"t{k}", "name": f"Theme {k}"} for k in range(4)]
    stakes = [
        {
            "stakeholder_id": f"s{i}",
            "interest_id": f"t{k}",
            "position": int(rng.integers(-2, 3)),
        }
        for i in range(n)
        for k in rng.choice(4, size=2, replace=False)
    ]
    return skm.StakeholderMap(stakeholders=people, interests=themes, stakes=stakes)


def cpu(func: Callable[[], Any], runs: int) -> float:
    """Median CPU seconds of ``runs`` calls."""
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        func()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def part_analysis(n: int, runs: int) -> bool:
    smap = big_map(n)
    a = skm.analysis
    base = cpu(lambda: a.power_interest(smap), runs)
    views: dict[str, tuple[Callable[[], Any], float]] = {
        "salience": (lambda: a.salience(smap), 3),
        "stakeholder_cube": (lambda: a.stakeholder_cube(smap), 3),
        "attitude_grid": (lambda: a.attitude_grid(smap), 3),
        "priority": (lambda: a.priority(smap), 3),
        "engagement_gap": (lambda: a.engagement_gap(smap), 3),
        "participation": (lambda: a.participation(smap), 3),
        "support_balance": (lambda: a.support_balance(smap), 3),
        "support_swing": (lambda: a.support_swing(smap), 3),
        "blockers": (lambda: a.blockers(smap), 3),
        "onion_rings": (lambda: a.onion_rings(smap), 3),
        "summary": (lambda: a.summary(smap), 15),
    }
    print(f"Analyses on {n} stakeholders, {len(smap.stakes)} stakes")
    print(f"{'view':<18}{'seconds':>9}{'x grid':>9}{'limit':>7}  ok")
    print(f"{'power_interest':<18}{base:>9.3f}{1.0:>9.2f}{'':>7}  (baseline)")
    ok = True
    for name, (func, limit) in views.items():
        t = cpu(func, runs)
        ratio = t / base
        met = ratio <= limit
        ok &= met
        print(f"{name:<18}{t:>9.3f}{ratio:>9.2f}{limit:>7g}  {'yes' if met else 'NO'}")
    return ok


def part_plots(runs: int) -> bool:
    smap = skm.load_example("huis_van_het_kind")
    p = skm.plotting

    def timed(draw: Callable[[Any], Any]) -> tuple[float, int]:
        times, overlaps = [], 0
        for _ in range(runs):
            with theme("slides"):
                fig, ax = plt.subplots()
                t0 = time.process_time()
                draw(ax)
                times.append(time.process_time() - t0)
                overlaps = label_overlaps(ax).total
            plt.close(fig)
        return statistics.median(times), overlaps

    base, base_overlaps = timed(lambda ax: p.plot_power_interest(smap, ax=ax))
    views: dict[str, Callable[[Any], Any]] = {
        "salience": lambda ax: p.plot_salience(smap, ax=ax),
        "salience (counts)": lambda ax: p.plot_salience(smap, ax=ax, label=None),
        "attitude_grid": lambda ax: p.plot_attitude_grid(smap, ax=ax),
        "stakeholder_cube": lambda ax: p.plot_stakeholder_cube(smap, ax=ax),
        "priority": lambda ax: p.plot_priority(smap, ax=ax),
        "engagement_matrix": lambda ax: p.plot_engagement_matrix(smap, ax=ax),
        "support_balance": lambda ax: p.plot_support_balance(smap, ax=ax),
        "onion": lambda ax: p.plot_onion(smap, ax=ax),
    }
    print(f"\nPlots of the Dutch example ({len(smap)} stakeholders) on a 16:9 slide")
    print(f"{'view':<20}{'seconds':>9}{'x grid':>9}{'overlaps':>10}  ok")
    print(
        f"{'power_interest':<20}{base:>9.3f}{1.0:>9.2f}{base_overlaps:>10}  (baseline)"
    )
    ok = True
    for name, draw in views.items():
        t, overlaps = timed(draw)
        ratio = t / base
        met = ratio <= 4 and overlaps == 0
        ok &= met
        print(
            f"{name:<20}{t:>9.3f}{ratio:>9.2f}{overlaps:>10}  {'yes' if met else 'NO'}"
        )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    warnings.simplefilter("ignore", StakeholderMapWarning)
    ok_analysis = part_analysis(args.n, args.runs)
    ok_plots = part_plots(max(args.runs // 2, 1))
    ok = ok_analysis and ok_plots
    print("\nrequirements:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
