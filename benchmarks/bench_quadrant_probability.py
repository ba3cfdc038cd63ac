"""Benchmark: quadrant_probability, vectorised, against a per-resample loop.

Target (issue 5): ``skm.analysis.quadrant_probability`` with 1,000 resamples on 200
stakeholders x 10 raters is at least 20x faster than a Python loop that, for each
resample, builds the resampled map and runs the analysis function on it
(``aggregate`` for the consolidated scores, then the grid classification). Both
are measured in this process. The loop baseline is timed on a few resamples and
scaled to 1,000 (its cost per resample is constant). A second, stronger baseline
is reported for information: a loop over resamples that is already vectorised over
stakeholders with numpy.

Run by hand: ``python benchmarks/bench_quadrant_probability.py``. Exits 1 when the
target is missed.
"""

from __future__ import annotations

import sys
import time

import numpy as np

import stakeholder_map as skm
from stakeholder_map.analysis import aggregate, quadrant_probability
from stakeholder_map.analysis.raters import _central, _quadrant_codes, _ratings

N_STAKEHOLDERS = 200
N_RATERS = 10
N_BOOT = 1000
LOOP_SAMPLE = 10
TARGET = 20.0


def make_map(seed: int = 0) -> skm.StakeholderMap:
    rng = np.random.default_rng(seed)
    stakeholders = [
        skm.Stakeholder(id=f"s{i}", name=f"Stakeholder {i}")
        for i in range(N_STAKEHOLDERS)
    ]
    truth = rng.uniform(1, 5, size=(N_STAKEHOLDERS, 2))
    assessments = []
    for i in range(N_STAKEHOLDERS):
        for r in range(N_RATERS):
            if rng.random() < 0.1:
                continue  # a missing rating
            p, q = np.clip(np.round(truth[i] + rng.normal(0, 0.8, 2)), 1, 5)
            assessments.append(
                skm.Assessment(
                    stakeholder_id=f"s{i}", rater=f"r{r}", power=p, interest=q
                )
            )
    return skm.StakeholderMap(
        name="bench", stakeholders=stakeholders, assessments=assessments
    )


def loop_over_analysis(smap: skm.StakeholderMap, n_boot: int, seed: int) -> None:
    """For each resample: build the resampled map, aggregate it, classify."""
    raters = sorted({a.rater for a in smap.assessments})
    by_rater = {r: [a for a in smap.assessments if a.rater == r] for r in raters}
    rng = np.random.default_rng(seed)
    counts: dict[str, list[int]] = {s: [0, 0, 0, 0] for s in smap.ids}
    for _ in range(n_boot):
        draw = rng.integers(0, len(raters), size=len(raters))
        resampled = [
            a.model_copy(update={"rater": f"{raters[r]}#{k}"})
            for k, r in enumerate(draw)
            for a in by_rater[raters[r]]
        ]
        sample = smap.model_copy(update={"assessments": tuple(resampled)})
        df = aggregate(sample, dimensions=["power", "interest"])
        for sid, p, i in zip(df.index, df["power"], df["interest"], strict=True):
            q = (0 if i >= 3 else 1) if p >= 3 else (2 if i >= 3 else 3)
            counts[sid][q] += 1


def loop_over_numpy(smap: skm.StakeholderMap, n_boot: int, seed: int) -> None:
    """For each resample: numpy medians over the drawn raters, then classify."""
    r = _ratings(smap, dimensions=["power", "interest"])
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(r.raters), size=(n_boot, len(r.raters)))
    counts = np.zeros((len(r.stakeholder_ids), 4))
    for b in range(n_boot):
        sample = r.values[:, draws[b], :]
        p = _central(sample[:, :, 0], "median")
        i = _central(sample[:, :, 1], "median")
        codes = _quadrant_codes(p, i, 3.0, 3.0)
        for q in range(4):
            counts[:, q] += codes == q


def best_of(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    smap = make_map()
    quadrant_probability(smap, n_boot=10)  # warm up imports and caches
    vectorised = best_of(lambda: quadrant_probability(smap, n_boot=N_BOOT), 5)
    per_resample = (
        best_of(lambda: loop_over_analysis(smap, LOOP_SAMPLE, 0), 2) / LOOP_SAMPLE
    )
    analysis_loop = per_resample * N_BOOT
    numpy_loop = best_of(lambda: loop_over_numpy(smap, N_BOOT, 0), 3)
    ratio = analysis_loop / vectorised
    print(
        f"quadrant_probability: {N_STAKEHOLDERS} stakeholders x {N_RATERS} raters, "
        f"{N_BOOT} resamples"
    )
    print(f"  vectorised (numpy)              {vectorised * 1000:9.1f} ms")
    print(
        f"  loop over the analysis function {analysis_loop * 1000:9.1f} ms "
        f"({per_resample * 1000:.1f} ms per resample, timed on {LOOP_SAMPLE})"
    )
    print(f"  loop over resamples with numpy  {numpy_loop * 1000:9.1f} ms (info)")
    print(f"  speed-up vs the analysis loop   {ratio:9.1f}x (target >= {TARGET:g}x)")
    print(f"  speed-up vs the numpy loop      {numpy_loop / vectorised:9.1f}x")
    return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
