"""Exports: GraphML round trip and the slide deck, against plain baselines.

1. GraphML: ``skm.write`` + ``skm.read`` of a map with 2,000 stakeholders and 6,000
   relations, against networkx's own ``write_graphml`` + ``read_graphml`` of the
   same graph (``skm.to_graph``), which skips our safe parsing and validation.
   Target: at most 3x the baseline.
2. Slides: ``skm.export.to_pptx(views=["grid"])`` for 100 stakeholders on a 1..5
   scale, against python-pptx writing the same shapes (a group of a marker and
   a label per stakeholder, four rectangles) with no layout at all. Target: at
   most 5x the baseline, and no label overlapping another label or a marker.

3. One conversion per map: the report of the bundled example (``to_html`` with
   the interactive network), the three network figures of the example
   (``save_network_views``) and the network analyses of a map with 5,000
   stakeholders and 15,000 relations (centrality without the path measures,
   structural holes, the influence gap, information flow, communities), each
   against one ``skm.to_graph`` of the same map (the baseline). Each is timed
   twice: as it runs now (a map's graph and engine view built once, from a cold
   cache on every run) and with every call converting the map afresh (the cache
   bypassed, as before). No target: the ratios are reported.

Both sides run in this process, alternately; medians of several runs are compared
(CPU time). Exits with status 1 when a target is missed. Run by hand::

    python benchmarks/bench_export.py [--only graphml|pptx|conversion]
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import random
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import networkx as nx

import stakeholder_map as skm

KINDS = ["information", "advice", "collaboration", "funding", "authority"]


def make_map(n: int, m: int, *, seed: int = 0) -> skm.StakeholderMap:
    rng = random.Random(seed)
    stakeholders = [
        skm.Stakeholder(
            id=f"s{i}",
            name=f"Organisatie {i} {rng.choice(['Noord', 'Zuid', 'Centrum'])}",
            category=rng.choice(["overheid", "zorg", "onderwijs", "ouders"]),
            power=rng.randint(1, 5),
            interest=rng.randint(1, 5),
            attitude=rng.randint(-2, 2),
            tags=("netwerk",),
        )
        for i in range(n)
    ]
    pairs: set[tuple[int, int, str]] = set()
    while len(pairs) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            pairs.add((a, b, rng.choice(KINDS)))
    relations = [
        skm.Relation(source=f"s{a}", target=f"s{b}", kind=k, weight=rng.randint(1, 5))
        for a, b, k in sorted(pairs)
    ]
    return skm.StakeholderMap(
        name="Benchmark", stakeholders=stakeholders, relations=relations
    )


def count_overlaps(path: Path) -> tuple[int, int]:
    """Count overlapping label pairs and labels on a marker on the grid slide."""
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    def box(shape: object) -> tuple[float, float, float, float]:
        left, top = shape.left, shape.top  # type: ignore[attr-defined]
        return (left, top, left + shape.width, top + shape.height)  # type: ignore[attr-defined]

    def overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
        return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])

    slide = Presentation(str(path)).slides[1]
    labels, markers = [], []
    for group in slide.shapes:
        if group.shape_type != MSO_SHAPE_TYPE.GROUP:
            continue
        for shape in group.shapes:
            if shape.name.startswith("label:"):
                labels.append(box(shape))
            elif shape.name.startswith("marker:"):
                markers.append(box(shape))
    pairs = sum(overlap(a, b) for a, b in itertools.combinations(labels, 2))
    covered = sum(overlap(a, m) for a in labels for m in markers)
    return pairs, covered


def median_cpu(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def bench_graphml(tmp: Path) -> bool:
    smap = make_map(2000, 6000)
    G = skm.to_graph(smap)
    for _, data in G.nodes(data=True):
        data["tags"] = ";".join(data.get("tags", []))
    G.graph = {"name": smap.name}
    ours_path, base_path = tmp / "ours.graphml", tmp / "base.graphml"

    def ours() -> None:
        skm.write(smap, ours_path)
        assert skm.read(ours_path) == smap

    def baseline() -> None:
        nx.write_graphml(G, base_path)
        nx.read_graphml(base_path, force_multigraph=True)

    ours()
    baseline()
    t_ours = median_cpu(ours, 5)
    t_base = median_cpu(baseline, 5)
    ratio = t_ours / t_base
    print(
        f"GraphML 2,000/6,000: skm {t_ours:.2f} s, networkx {t_base:.2f} s, "
        f"ratio {ratio:.2f} (target <= 3)"
    )
    return ratio <= 3


def bench_pptx(tmp: Path) -> bool:
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches, Pt

    smap = make_map(100, 0, seed=1)
    ours_path, base_path = tmp / "ours.pptx", tmp / "base.pptx"

    def ours() -> None:
        skm.export.to_pptx(smap, ours_path, views=["grid"])

    def baseline() -> None:
        # The same shapes as the deck's grid (a group per stakeholder holding a
        # marker and a label, four quadrant rectangles), placed without any
        # layout: what python-pptx itself costs.
        prs = Presentation()
        prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
        prs.slides.add_slide(prs.slide_layouts[0])
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = "Grid"
        for k in range(4):
            slide.shapes.add_shape(
                MSO_SHAPE.RECTANGLE,
                Inches(1 + 6 * (k % 2)),
                Inches(1.4 + 3 * (k // 2)),
                Inches(6),
                Inches(3),
            )
        for i, s in enumerate(smap):
            x, y = 1 + (s.interest or 0) * 2, 7 - (s.power or 0) * 1.2
            group = slide.shapes.add_group_shape()
            group.shapes.add_shape(
                MSO_SHAPE.OVAL, Inches(x), Inches(y), Inches(0.24), Inches(0.24)
            )
            box = group.shapes.add_textbox(
                Inches(x + 0.3), Inches(y), Inches(1.5), Inches(0.3)
            )
            run = box.text_frame.paragraphs[0].add_run()
            run.text = f"{s.name} {i}"
            run.font.size = Pt(14)
        prs.save(str(base_path))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ours()
    baseline()
    t_ours = median_cpu(ours, 3)
    t_base = median_cpu(baseline, 3)
    ratio = t_ours / t_base
    pairs, covered = count_overlaps(ours_path)
    print(
        f"Deck with 100 stakeholders: skm {t_ours:.2f} s, plain python-pptx "
        f"{t_base:.2f} s, ratio {ratio:.1f} (target <= 5); overlapping label "
        f"pairs {pairs}, labels on a marker {covered} (target 0)"
    )
    return ratio <= 5 and pairs == 0 and covered == 0


@contextlib.contextmanager
def converting_afresh() -> Iterator[None]:
    """Bypass the per-map graph cache: every call converts the map again."""
    from stakeholder_map.analysis import _engine

    if not hasattr(_engine, "map_graph"):  # a version without the cache
        yield
        return
    cached = _engine.map_graph

    def afresh(
        smap: skm.StakeholderMap, *, kinds: object = None, channels: object = None
    ) -> nx.Graph:
        return skm.to_graph(
            smap,
            kinds=_engine._as_list(kinds),  # type: ignore[arg-type]
            channels=_engine._as_list(channels),  # type: ignore[arg-type]
        )

    _engine.map_graph = afresh  # type: ignore[assignment]
    try:
        yield
    finally:
        _engine.map_graph = cached


def cold(fn: Callable[[], object]) -> Callable[[], object]:
    """Run ``fn`` on an empty cache, as the first call on a map does."""
    from stakeholder_map.analysis import _engine

    def run() -> object:
        getattr(_engine, "clear_cache", lambda: None)()
        return fn()

    return run


def network_analyses(smap: skm.StakeholderMap) -> None:
    a = skm.analysis
    source = smap.stakeholders[0].id
    a.centrality(smap, measures=["degree", "eigenvector", "pagerank"])
    a.structural_holes(smap)
    a.influence_gap(smap)
    a.information_flow(smap, source=source)
    a.communities(smap)


def bench_conversion(tmp: Path) -> bool:
    import matplotlib

    matplotlib.use("Agg")
    from stakeholder_map.analysis import _engine

    example = skm.load_example("huis_van_het_kind")
    big = make_map(5000, 15000, seed=2)
    cases: list[tuple[str, skm.StakeholderMap, Callable[[], object], int]] = [
        (
            "report of the example (to_html, interactive)",
            example,
            lambda: skm.export.to_html(example, interactive=True),
            3,
        ),
        (
            "network views of the example (3 SVGs)",
            example,
            lambda: skm.plotting.save_network_views(example, tmp, formats=["svg"]),
            3,
        ),
        (
            "network analyses of 5,000/15,000",
            big,
            lambda: network_analyses(big),
            7,
        ),
    ]
    print(
        "\nOne conversion per map"
        + ("" if hasattr(_engine, "map_graph") else " (no cache in this version)")
    )
    print(f"{'workload':<48}{'to_graph':>9}{'afresh':>9}{'once':>9}{'speed-up':>10}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, smap, fn, runs in cases:
            fn()  # warm the imports and matplotlib's font cache
            t_base = median_cpu(lambda smap=smap: skm.to_graph(smap), 21)
            with converting_afresh():
                t_afresh = median_cpu(cold(fn), runs)
            t_once = median_cpu(cold(fn), runs)
            print(
                f"{name:<48}{1.0:>9.2f}{t_afresh / t_base:>9.2f}"
                f"{t_once / t_base:>9.2f}{t_afresh / t_once:>9.2f}x"
                f"   (to_graph {t_base * 1000:.1f} ms)"
            )
    return True


PARTS: dict[str, Callable[[Path], bool]] = {
    "graphml": bench_graphml,
    "pptx": bench_pptx,
    "conversion": bench_conversion,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(PARTS), default=None)
    args = parser.parse_args()
    parts = [PARTS[args.only]] if args.only else list(PARTS.values())
    with tempfile.TemporaryDirectory() as tmp:
        ok = [part(Path(tmp)) for part in parts]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
