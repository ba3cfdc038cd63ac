"""Label placement: stakeholder_map's placer against adjustText on one figure.

Run by hand: ``python benchmarks/bench_labels.py [--runs 9] [--seed 0]``.

Both place the names of 100 random stakeholders on the same 16:9 figure (13.33 x
7.5 in, a power/interest grid with its quadrant titles), once with the ``slides``
theme's fonts and markers (15 pt labels: crowded, most names end up numbered) and
once with matplotlib's defaults (10 pt), as in PERF_NOTES.md. Each method runs in
a fresh figure, several times, alternating, in one process; the table shows the
median time of the labelling call (creating the texts included) and the overlaps
left, counted for both with the same measure,
:func:`stakeholder_map.plotting.label_overlaps` (renderer bounding boxes). Times
are CPU time of this process (``time.process_time``): the machines are shared,
and wall time drifts with the other users' load more than CPU time does.

Requirement: ours takes under a tenth of adjustText's time and leaves no overlap.
The script exits with status 1 when that is not met. adjustText is imported here
only; it is not a dependency of stakeholder_map.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np

import stakeholder_map as skm
from stakeholder_map.plotting import PowerInterestGrid, label_overlaps, place_labels

N = 100
WORDS = [
    *("Gemeente", "OCMW", "Huis", "Kind", "Gezin", "Consultatiebureau"),
    *("Huisartsenkring", "School", "Ouders", "Jeugdwerk", "Bibliotheek", "CLB"),
    *("Buurtwerk", "Kinderopvang", "Speel-o-theek", "Welzijn", "Zorg", "Dienst"),
    *("Inloopteam", "Opvoedingsondersteuning", "Vroedvrouwen", "Kraamafdeling"),
    *("Politie", "Woonmaatschappij", "Gezinsbond", "Oudergroep", "Vlasbeke"),
    *("Noord", "Zuid", "Centrum", "De", "Wiege"),
]
LINK = ("van", "en", "voor", "de", "het")


def random_names(rng: np.random.Generator, n: int) -> list[str]:
    """Names like a real map's: mostly one or two words, one in twenty very long."""
    names = []
    for _ in range(n):
        k = int(rng.choice([1, 2, 3, 4, 8], p=[0.45, 0.25, 0.15, 0.10, 0.05]))
        words = [str(w) for w in rng.choice(WORDS, size=k)]
        if k >= 3:
            words.insert(1, str(rng.choice(LINK)))
        names.append(" ".join(words))
    return names


def make_axes(seed: int) -> tuple[Any, Any, Any, list[Any], np.ndarray, list[str]]:
    """Return a slide figure with the grid and 100 markers, and their names."""
    rng = np.random.default_rng(seed)
    xy = rng.uniform(1, 5, size=(N, 2))
    names = random_names(rng, N)
    # A fixed layout (no layout engine), so both methods see the same axes.
    fig = plt.figure(figsize=(13.333, 7.5), layout="none")
    ax = fig.add_axes((0.06, 0.1, 0.66, 0.86))
    grid = PowerInterestGrid()
    grid.draw(ax)
    coll = ax.scatter(xy[:, 0], xy[:, 1], zorder=3, edgecolors="#333333")
    return fig, ax, coll, grid.titles(ax), xy, names


def run_ours(seed: int) -> tuple[float, skm.plotting.OverlapReport, str]:
    fig, ax, coll, titles, xy, names = make_axes(seed)
    t0 = time.process_time()
    placement = place_labels(
        ax, xy[:, 0], xy[:, 1], names, sizes=coll.get_sizes(), avoid=titles
    )
    elapsed = time.process_time() - t0
    report = label_overlaps(ax)
    counts = (
        f"{len(placement.direct)} direct, {len(placement.moved)} moved, "
        f"{len(placement.numbered)} numbered, {len(placement.omitted)} omitted"
    )
    plt.close(fig)
    return elapsed, report, counts


def run_adjusttext(seed: int) -> tuple[float, skm.plotting.OverlapReport, str]:
    from adjustText import adjust_text

    fig, ax, _, titles, xy, names = make_axes(seed)
    fontsize = matplotlib.font_manager.FontProperties(size="small").get_size_in_points()
    t0 = time.process_time()
    texts = [
        ax.text(x, y, name, fontsize=fontsize, ha="center", va="center")
        for (x, y), name in zip(xy, names, strict=True)
    ]
    adjust_text(
        texts,
        x=xy[:, 0],
        y=xy[:, 1],
        objects=titles,
        ax=ax,
        arrowprops={"arrowstyle": "-", "color": "#4d4d4d", "lw": 0.6},
    )
    elapsed = time.process_time() - t0
    report = label_overlaps(ax, labels=texts, avoid=titles)
    plt.close(fig)
    return elapsed, report, f"{len(texts)} labels moved freely"


def interleaved(
    seed: int, runs: int
) -> dict[str, tuple[float, list[skm.plotting.OverlapReport], str]]:
    """Run both methods on seeds seed..seed+runs-1, alternating between them.

    Fresh names per run keep matplotlib's text cache cold for both; alternating
    spreads any drift of the shared machine's speed over both methods.
    """
    results: dict[str, list[tuple[float, skm.plotting.OverlapReport, str]]] = {
        "stakeholder_map": [],
        "adjustText": [],
    }
    for k in range(runs):
        first, second = (run_ours, run_adjusttext)[:: 1 if k % 2 == 0 else -1]
        for fn in (first, second):
            name = "stakeholder_map" if fn is run_ours else "adjustText"
            results[name].append(fn(seed + k))
    return {
        name: (
            statistics.median(r[0] for r in res),
            [r[1] for r in res],
            res[0][2],
        )
        for name, res in results.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--theme",
        nargs="+",
        choices=["slides", "notebook", "print", "none"],
        default=["slides", "none"],
        help="rcParams for fonts and markers, one table each (the figure is 16:9 "
        "in every case); 'none' keeps matplotlib's defaults (10 pt text, 6 pt "
        "markers)",
    )
    args = parser.parse_args(argv)

    import contextlib

    import adjustText

    print(
        f"{N} random stakeholders on a 16:9 figure (13.33 x 7.5 in); median CPU time "
        f"of {args.runs} runs (seeds {args.seed}..{args.seed + args.runs - 1}), "
        "overlaps of the worst run; "
        f"adjustText {adjustText.__version__}, matplotlib {matplotlib.__version__}"
    )
    header = (
        f"{'theme':<10}{'method':<17}{'CPU s':>8}{'lab-lab':>9}{'lab-mark':>10}"
        f"{'lab-title':>11}{'outside':>9}{'leader':>8}{'total':>7}"
    )
    print(header)
    print("-" * len(header))
    all_ok = True
    notes = []
    for theme_name in args.theme:
        context = (
            contextlib.nullcontext()
            if theme_name == "none"
            else skm.plotting.theme(theme_name)
        )
        with context:
            # Warm up fonts and caches once, outside the timings.
            run_ours(args.seed + 1000)
            both = interleaved(args.seed, args.runs)
        ours, theirs = both["stakeholder_map"], both["adjustText"]
        for name, (elapsed, reps, _) in both.items():
            # Worst run of each method, column by column.
            cols = [
                max(getattr(r, f) for r in reps)
                for f in (
                    "label_label",
                    "label_marker",
                    "label_avoid",
                    "outside",
                    "leader_label",
                    "total",
                )
            ]
            print(
                f"{theme_name:<10}{name:<17}{elapsed:>8.3f}"
                + "".join(
                    f"{c:>{w}}" for c, w in zip(cols, (9, 10, 11, 9, 8, 7), strict=True)
                )
            )
        ratio = ours[0] / theirs[0]
        ok = ratio < 0.1 and all(r.total == 0 for r in ours[1])
        all_ok = all_ok and ok
        notes.append(
            f"{theme_name}: time ratio ours / adjustText = {ratio:.3f} "
            f"(1/{1 / ratio:.0f}), {'met' if ok else 'NOT met'}; "
            f"ours on seed {args.seed}: {ours[2]}"
        )
    print("-" * len(header))
    print(
        "lab-mark counts (label, marker) pairs; leader counts our leader lines "
        "crossing other labels (adjustText's arrows are not measured)."
    )
    print("\n".join(notes))
    print(
        "requirement (under 1/10 of adjustText's time, zero overlaps):",
        "met" if all_ok else "NOT met",
    )
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
