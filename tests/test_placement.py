"""The shared label placement engine stays below plotting and export."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def test_engine_imports_neither_matplotlib_nor_pptx() -> None:
    code = (
        "import sys; "
        "from stakeholder_map._placement import geometry, placer; "
        "print(sorted(m for m in ('matplotlib', 'pptx', 'stakeholder_map.plotting', "
        "'stakeholder_map.export') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


# -- one engine, two outputs: the same maps on a figure and on a slide ---------------


def _crowded_map() -> object:
    """40 stakeholders with seeded names of varied length; every eighth ties."""
    import numpy as np
    from tests.plotting.conftest import random_names

    import stakeholder_map as skm

    rng = np.random.default_rng(7)
    people: list[skm.Stakeholder] = []
    for i, name in enumerate(random_names(rng, 40)):
        if i % 8 == 0 and i:  # the same position as the one before
            power, interest = people[-1].power, people[-1].interest
        else:
            power, interest = (round(float(v), 1) for v in rng.uniform(1, 5, size=2))
        people.append(
            skm.Stakeholder(id=f"s{i}", name=name, power=power, interest=interest)
        )
    return skm.StakeholderMap(name="crowded", stakeholders=people)


def _maps() -> dict[str, object]:
    import stakeholder_map as skm

    return {"example": skm.load_example("huis_van_het_kind"), "crowded": _crowded_map()}


def _figure_status(smap: object) -> dict[str, int]:
    import warnings

    import matplotlib.pyplot as plt

    import stakeholder_map as skm

    with skm.plotting.theme("slides"), warnings.catch_warnings():
        warnings.simplefilter("ignore", skm.exceptions.StakeholderMapWarning)
        fig, ax = plt.subplots()
        skm.plotting.plot_power_interest(smap, ax=ax)  # type: ignore[arg-type]
        fig.canvas.draw()
    report = skm.plotting.label_overlaps(ax)
    assert report.total == 0, "\n".join(report.details)
    (placement,) = (
        a for a in ax.get_children() if isinstance(a, skm.plotting.LabelPlacement)
    )
    return {s: placement.status.count(s) for s in ("direct", "moved", "numbered")}


def _slide_status(smap: object, path: object) -> dict[str, int]:
    import itertools
    import math
    import warnings

    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    import stakeholder_map as skm

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", skm.exceptions.StakeholderMapWarning)
        skm.export.to_pptx(smap, path, views=["grid"])  # type: ignore[arg-type]
    slide = Presentation(str(path)).slides[1]
    emu = 914400

    def box(shape: object) -> tuple[float, float, float, float]:
        x, y = shape.left / emu, shape.top / emu  # type: ignore[attr-defined]
        w, h = shape.width / emu, shape.height / emu  # type: ignore[attr-defined]
        return (x, y, x + w, y + h)

    labels, markers, texts, leaders = [], [], [], 0
    for group in slide.shapes:
        if group.shape_type != MSO_SHAPE_TYPE.GROUP:
            continue
        sid = group.name.split(":", 1)[1]
        parts = {s.name: s for s in group.shapes}
        assert f"label:{sid}" in parts, f"{sid} has neither a name nor a number"
        labels.append(box(parts[f"label:{sid}"]))
        texts.append(parts[f"label:{sid}"].text)
        markers.append(box(parts[f"marker:{sid}"]))
        leaders += f"leader:{sid}" in parts
    fixed = [
        box(s)
        for s in slide.shapes
        if s.name.startswith(("quadrant_title:", "legend:"))
    ]

    def overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
        return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])

    def on_circle(a: tuple[float, ...], m: tuple[float, ...]) -> bool:
        cx, cy, r = (m[0] + m[2]) / 2, (m[1] + m[3]) / 2, (m[2] - m[0]) / 2
        dx = max(a[0] - cx, 0, cx - a[2])
        dy = max(a[1] - cy, 0, cy - a[3])
        return math.hypot(dx, dy) < r

    assert not [p for p in itertools.combinations(labels, 2) if overlap(*p)]
    assert not [(a, m) for a in labels for m in markers if on_circle(a, m)]
    assert not [(a, t) for a in labels for t in fixed if overlap(a, t)]
    numbered = sum(t.isdigit() for t in texts)
    return {"named": len(texts) - numbered, "numbered": numbered, "leaders": leaders}


@pytest.mark.parametrize("name", ["example", "crowded"])
def test_figure_and_slide_have_no_overlaps_and_omit_nobody(
    name: str, tmp_path: Path
) -> None:
    pytest.importorskip("pptx")
    import warnings

    import stakeholder_map as skm

    smap = _maps()[name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", skm.exceptions.StakeholderMapWarning)
        n = len(skm.analysis.power_interest(smap))  # type: ignore[arg-type]
    figure = _figure_status(smap)
    slide = _slide_status(smap, tmp_path / "d.pptx")
    # Everyone is named or numbered in both; nobody is left out.
    assert sum(figure.values()) == n
    assert slide["named"] + slide["numbered"] == n
    # The canvases differ (the figure's key takes room), so the counts do too,
    # but both name most stakeholders on a sparse map and number some on a
    # crowded one.
    assert slide["named"] >= n // 2
    assert figure["direct"] + figure["moved"] >= n // 5
    assert slide["numbered"] >= 1
    assert figure["numbered"] >= 1


def test_trades_turn_numbers_into_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The last pass of the engine lifts one or two labels out of the way of a
    # numbered name; on the example's grid slide it names four more partners.
    pytest.importorskip("pptx")
    from stakeholder_map._placement.placer import Placer

    smap = _maps()["example"]
    traded = _slide_status(smap, tmp_path / "a.pptx")
    monkeypatch.setattr(Placer, "_trade", lambda self, todo, choices: None)
    plain = _slide_status(smap, tmp_path / "b.pptx")
    assert traded["numbered"] < plain["numbered"]
    assert traded["named"] + traded["numbered"] == plain["named"] + plain["numbered"]


def test_legend_entries_are_packed_widest_first() -> None:
    pytest.importorskip("pptx")
    from stakeholder_map.export._slide_labels import _pack_bands
    from stakeholder_map.export._slide_shapes import _text_size

    long1, long2 = "1\u00a0" + "a" * 30, "2\u00a0" + "b" * 30
    short1, short2 = "3\u00a0cc", "4\u00a0dd"
    pt = 12.0
    width = _text_size([long1 + "   " + short1], pt)[0] + 0.01
    # One line per band, each holding one long and one short entry: in their
    # order the two long ones would meet on one line and not fit.
    height = 1.2 * pt / 72 + 0.05
    slots = [(0.0, 0.0, width, height), (0.0, 1.0, width, 1.0 + height)]
    out = _pack_bands([long1, long2, short1, short2], slots, pt)
    assert out is not None
    texts = [line for _, lines, _ in out for line in lines]
    assert sorted(e for t in texts for e in t.split("   ")) == sorted(
        [long1, long2, short1, short2]
    )
    for (x0, y0, x1, y1), (box, _, _) in zip(slots, out, strict=True):
        assert x0 - 1e-9 <= box[0]
        assert box[2] <= x1 + 1e-9
        assert y0 - 1e-9 <= box[1]
        assert box[3] <= y1 + 1e-9
    # Too little room: None, so the names go on a slide of their own.
    assert _pack_bands([long1, long2, short1, short2], slots[:1], pt) is None
