"""The Kumu view of the power/interest grid selects what our grid classifies.

The view is checked as Kumu reads it (docs.kumu.io, *Selectors*: chained
``[field op value]`` is AND, a comma is OR, ``[!field]`` is "no value"; later
rules win, *Decorations cascade*), against the fields of the Kumu workbook that
:func:`stakeholder_map.io.write_kumu` writes for the same map.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import openpyxl
import pytest

import stakeholder_map as skm
from stakeholder_map.export.kumu import _slug
from stakeholder_map.plotting.themes import QUADRANT_PALETTE

RULE = re.compile(
    r"/\* elements: (?P<legend>[^*]+?) \*/\n(?P<selector>[^{]+?) \{\n"
    r"  color: (?P<color>#[0-9A-F]{6});\n\}",
)
CONDITION = re.compile(
    r"\[(?P<neg>!?)(?P<field>[\w-]+)(?: (?P<op>>=|<) (?P<v>[\d.]+))?\]"
)


def settings(view: str) -> dict[str, str]:
    """Return the ``@settings`` block as a dict."""
    block = view.split("@settings {\n", 1)[1].split("\n}", 1)[0]
    pairs = (line.strip().rstrip(";").split(": ", 1) for line in block.splitlines())
    return {k: v.strip('"') for k, v in pairs}


def matches(selector: str, element: dict[str, float | None]) -> bool:
    """Evaluate the subset of Kumu's selector language the view uses."""
    for part in selector.split(", "):
        assert part.startswith("element"), part
        conditions = CONDITION.findall(part)
        assert "".join(f"[{c[0]}{c[1]}" for c in conditions)  # parsed something
        rest = CONDITION.sub("", part[len("element") :])
        assert rest == "", f"unparsed selector text: {rest!r}"
        ok = True
        for neg, field, op, value in conditions:
            got = element.get(field)
            if neg:
                ok &= got is None
            elif got is None:
                ok = False
            elif op == ">=":
                ok &= got >= float(value)
            else:
                ok &= got < float(value)
        if ok:
            return True
    return False


def kumu_elements(path: Path) -> dict[str, dict[str, float | None]]:
    """Return the Kumu workbook's elements by label: field slug -> number."""
    sheet = openpyxl.load_workbook(path)["Elements"]
    rows = list(sheet.iter_rows(values_only=True))
    heads = [_slug(str(h)) for h in rows[0]]
    out = {}
    for row in rows[1:]:
        cells = dict(zip(heads, row, strict=True))
        out[str(cells["label"])] = {
            k: (float(v) if isinstance(v, int | float) else None)
            for k, v in cells.items()
        }
    return out


def colours_in_kumu(view: str, workbook: Path) -> dict[str, str]:
    """Return each element's colour after the cascade of the view's rules."""
    rules = [m.groupdict() for m in RULE.finditer(view)]
    assert len(rules) == 5
    out = {}
    for name, element in kumu_elements(workbook).items():
        colour = None
        for rule in rules:
            if matches(rule["selector"], element):
                colour = rule["color"]
        assert colour is not None, name
        out[name] = colour
    return out


def expected_colours(smap: skm.StakeholderMap, threshold: object) -> dict[str, str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        grid = skm.analysis.power_interest(smap, threshold=threshold)  # type: ignore[arg-type]
    placed = {
        row.name: QUADRANT_PALETTE[str(row.quadrant)].upper()
        for row in grid.itertuples()
    }
    return {s.name: placed.get(s.name, "#DDDDDD") for s in smap.stakeholders}


def scored_map(
    scores: list[tuple[float | None, float | None]], scale: tuple[float, float] = (1, 5)
) -> skm.StakeholderMap:
    return skm.StakeholderMap(
        name="Raster",
        language="en",
        scale=scale,
        stakeholders=[
            skm.Stakeholder(id=f"s{i}", name=f"Partner {i}", power=p, interest=q)
            for i, (p, q) in enumerate(scores)
        ],
    )


# Scores on, just below and just above the thresholds, and unassessed ones.
EDGES = [
    (3, 3),
    (3, 2.999),
    (2.999, 3),
    (1, 1),
    (5, 5),
    (2.5, 4.5),
    (4.5, 2.5),
    (None, 4),
    (4, None),
    (1.4, 1.8),
    (1.8, 1.4),
    (2.2, 2.2),
]


@pytest.mark.parametrize("threshold", ["midpoint", "mean", "median", 2.2, (4, "mean")])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_view_colours_every_element_as_the_grid_classifies_it(
    tmp_path: Path, threshold: object, lang: str
) -> None:
    smap = scored_map(EDGES)
    path = tmp_path / "kaart.kumu.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        skm.io.write_kumu(smap, path, lang=lang)
    view = skm.export.kumu_grid_view(smap, threshold=threshold, lang=lang)  # type: ignore[arg-type]
    assert colours_in_kumu(view, path) == expected_colours(smap, threshold)


def test_the_example_in_kumu_looks_like_the_grid(tmp_path: Path) -> None:
    smap = skm.load_example("huis_van_het_kind")
    path = tmp_path / "kaart.kumu.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        skm.io.write_kumu(smap, path)
    view = skm.export.kumu_grid_view(smap)
    assert colours_in_kumu(view, path) == expected_colours(smap, "midpoint")
    # The fields the layout reads are columns of the workbook.
    found = settings(view)
    columns = set(next(iter(kumu_elements(path).values())))
    assert {found["layout-x"], found["layout-y"]} <= columns
    assert (found["layout-x"], found["layout-y"]) == ("belang", "macht")
    # Dutch legend, with the grid's quadrant titles; the unplaced are counted.
    legends = [m["legend"] for m in RULE.finditer(view)]
    assert legends[:4] == [skm.i18n.quadrant_label(q.value, "nl") for q in skm.Quadrant]
    unplaced = sum(s.power is None or s.interest is None for s in smap.stakeholders)
    assert unplaced > 0
    assert f"(Kumu tekent ze grijs): {unplaced}." in " ".join(view.split())


def test_bounds_and_guides_follow_the_scale_and_the_thresholds() -> None:
    smap = scored_map([(0, 10), (10, 0)], scale=(0, 10))
    found = settings(skm.export.kumu_grid_view(smap, threshold=(7, 4)))
    assert found["layout"] == "scatter"
    assert found["layout-x-multiplier"] == found["layout-y-multiplier"] == "100"
    assert (found["layout-bounds-xmin"], found["layout-bounds-xmax"]) == ("0", "1000")
    assert (found["layout-bounds-ymin"], found["layout-bounds-ymax"]) == ("0", "1000")
    # Interest runs across (x), power up (y); guides at the edges and the cuts.
    assert found["layout-guides"] == "x(0) x(400) x(1000) y(0) y(700) y(1000)"


def test_a_map_name_cannot_end_the_comment() -> None:
    smap = scored_map([(4, 4)]).model_copy(update={"name": "A */ element { }"})
    view = skm.export.kumu_grid_view(smap)
    head = view.split("*/", 1)[0]
    assert "A * / element" in " ".join(head.split())
    assert settings(view)["layout"] == "scatter"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="`lang` must be one of"):
        skm.export.kumu_grid_view(scored_map([(4, 4)]), lang="xx")


def test_write_kumu_grid_view_writes_the_view(tmp_path: Path) -> None:
    smap = scored_map(EDGES)
    path = skm.export.write_kumu_grid_view(smap, tmp_path / "raster.txt", lang="nl")
    assert path.read_text(encoding="utf-8") == skm.export.kumu_grid_view(
        smap, lang="nl"
    )


def test_a_score_equal_to_a_computed_mean_is_high_in_kumu_too(tmp_path: Path) -> None:
    # The mean of 1.0, 1.4 and 1.8 is 1.4 up to a rounding error; the grid counts
    # 1.4 as high (analysis.power_interest), and so must the view.
    smap = scored_map([(1.0, 1.0), (1.4, 1.4), (1.8, 1.8)])
    path = tmp_path / "kaart.kumu.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        skm.io.write_kumu(smap, path)
    colours = colours_in_kumu(skm.export.kumu_grid_view(smap, threshold="mean"), path)
    assert colours == expected_colours(smap, "mean")
    assert colours["Partner 1"] == QUADRANT_PALETTE["manage_closely"].upper()
