"""The offline interactive network: inline library, escaped data, counts, files."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import stakeholder_map as skm
from stakeholder_map.plotting import InteractiveNetwork, interactive_network
from stakeholder_map.plotting.interactive import (
    _NODE_RADIUS,
    VIS_NETWORK_VERSION,
    _vis_js,
    label_boxes,
)
from stakeholder_map.plotting.themes import CATEGORICAL_PALETTE

STATIC = Path(skm.__file__).parent / "_static" / "vis-network"
EVIL = "<script>alert(1)</script>"


def _data(page: str) -> dict[str, Any]:
    """The JSON block of a page, parsed as the browser would."""
    found = re.search(
        r'<script type="application/json" id="skm-data">(.*?)</script>',
        page,
        flags=re.DOTALL,
    )
    assert found is not None
    parsed: dict[str, Any] = json.loads(found.group(1))
    return parsed


def _srcdoc(page: str) -> str:
    """The page inside the first iframe of ``page``."""
    found = re.search(r'srcdoc="([^"]*)"', page)
    assert found is not None
    return html.unescape(found.group(1))


def _overlapping_pairs(boxes: np.ndarray) -> list[tuple[int, int]]:
    out = []
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            a, b = boxes[i], boxes[j]
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                out.append((i, j))
    return out


@pytest.fixture(scope="module")
def example_view() -> InteractiveNetwork:
    return interactive_network(skm.load_example("huis_van_het_kind"))


@pytest.fixture(scope="module")
def example_page(example_view: InteractiveNetwork) -> str:
    return example_view.to_html()


@pytest.fixture
def evil_map() -> skm.StakeholderMap:
    return skm.StakeholderMap(
        name=f"Kaart {EVIL}",
        stakeholders=[
            skm.Stakeholder(
                id="x", name=EVIL, category="<b>cat</b>", power=5, interest=5
            ),
            skm.Stakeholder(id="y", name="</script><!-- \u2028 &", power=1, interest=2),
        ],
        relations=[skm.Relation(source="x", target="y", kind="information")],
    )


# --------------------------------------------------------------------------------
# The page: offline, self-contained, right counts
# --------------------------------------------------------------------------------


def test_page_holds_the_library_inline(example_page: str) -> None:
    assert _vis_js() in example_page
    assert f"vis-network {VIS_NETWORK_VERSION}" in example_page
    assert example_page.startswith("<!DOCTYPE html>")
    assert '<html lang="nl">' in example_page


def test_page_loads_nothing_from_anywhere(example_page: str) -> None:
    tags = re.findall(r"<(?:script|link|img|iframe|object|embed)\b[^>]*>", example_page)
    assert tags  # the scripts are there
    for tag in tags:
        assert not re.search(r"\b(?:src|href)\s*=", tag), tag
    assert "<link" not in example_page
    assert "@import" not in example_page
    assert not re.search(r"url\(\s*['\"]?https?:", example_page)


def test_node_and_edge_counts_match_the_map(
    example_view: InteractiveNetwork, example_page: str
) -> None:
    smap = skm.load_example("huis_van_het_kind")
    data = _data(example_page)
    assert len(data["nodes"]) == len(smap.stakeholders) == len(example_view.nodes)
    assert len(data["edges"]) == len(smap.relations) == len(example_view.edges)
    assert {n["id"] for n in data["nodes"]} == set(smap.ids)
    pairs = sorted((e["from"], e["to"], e["kind"]) for e in data["edges"])
    assert pairs == sorted((r.source, r.target, str(r.kind)) for r in smap.relations)


def test_page_is_deterministic(example_page: str) -> None:
    again = interactive_network(skm.load_example("huis_van_het_kind")).to_html()
    assert again == example_page


def test_options_turn_physics_off_unless_asked(tiny_map: skm.StakeholderMap) -> None:
    off = _data(interactive_network(tiny_map).to_html())["options"]
    assert off["physics"] == {"enabled": False}
    assert off["height"] == "600px"
    on = _data(interactive_network(tiny_map, physics=True, height=450).to_html())
    assert on["options"]["physics"]["enabled"] is True
    assert on["options"]["height"] == "450px"


# --------------------------------------------------------------------------------
# Escaping
# --------------------------------------------------------------------------------


def test_names_cannot_break_out_of_the_data_block(evil_map: skm.StakeholderMap) -> None:
    page = interactive_network(evil_map).to_html()
    assert EVIL not in page
    assert "<b>cat</b>" not in page
    # only our own three script elements are closed
    assert page.lower().count("</script") == 3
    assert page.count("<!--") == 0
    data = _data(page)
    nodes = {n["id"]: n for n in data["nodes"]}
    # the browser gets the original text back, shown as text by vis-network
    assert nodes["x"]["title"].split("\n")[0] == EVIL
    assert nodes["y"]["title"].split("\n")[0] == "</script><!-- \u2028 &"
    assert "\u2028" not in page.split('id="skm-data">')[1]


def test_title_and_legend_are_escaped(evil_map: skm.StakeholderMap) -> None:
    page = interactive_network(evil_map).to_html()
    assert f"<title>Partner network: Kaart {html.escape(EVIL)}</title>" in page
    assert f"<span>{html.escape('<b>cat</b>')}</span>" in page


def test_notebook_frame_escapes_the_whole_page(evil_map: skm.StakeholderMap) -> None:
    view = interactive_network(evil_map)
    frame = view._repr_html_()
    assert frame.startswith("<iframe srcdoc=")
    assert 'sandbox="allow-scripts"' in frame
    assert "<script" not in frame
    assert _srcdoc(frame) == view.to_html()


def test_ipython_shows_the_frame(tiny_map: skm.StakeholderMap) -> None:
    formatters = pytest.importorskip("IPython.core.formatters")
    view = interactive_network(tiny_map)
    data, _ = formatters.DisplayFormatter().format(view)
    assert data["text/html"].startswith("<iframe srcdoc=")
    assert data["text/plain"] == (
        "InteractiveNetwork(title='Partner network: Tiny', 4 nodes, 3 edges)"
    )


# --------------------------------------------------------------------------------
# Nodes, edges, legend
# --------------------------------------------------------------------------------


def test_nodes_coloured_by_category_like_plot_network(
    tiny_map: skm.StakeholderMap,
) -> None:
    view = interactive_network(tiny_map)
    faces = {n["id"]: n["color"]["background"] for n in view.nodes}
    # categories in order of first appearance: overheid, zorg, ouders
    assert faces == {
        "a": CATEGORICAL_PALETTE[0],
        "b": CATEGORICAL_PALETTE[1],
        "c": CATEGORICAL_PALETTE[2],
        "d": CATEGORICAL_PALETTE[1],
    }
    legend = view.to_html()
    assert "Node colour: Category" in legend


def test_numeric_colour_and_missing_values(tiny_map: skm.StakeholderMap) -> None:
    view = interactive_network(tiny_map, color="attitude")
    faces = {n["id"]: n["color"]["background"] for n in view.nodes}
    assert faces["d"] == "#ffffff"  # no attitude
    assert len({faces["a"], faces["b"], faces["c"]}) == 3
    assert all(re.fullmatch(r"#[0-9a-f]{6}", f) for f in faces.values())
    page = view.to_html()
    assert "Node colour: Attitude" in page
    assert "<span>no value</span>" in page


def test_one_colour_without_color(tiny_map: skm.StakeholderMap) -> None:
    view = interactive_network(tiny_map, color=None)
    assert len({n["color"]["background"] for n in view.nodes}) == 1
    assert "Node colour" not in view.to_html()


def test_size_by_a_measure(example_map: skm.StakeholderMap) -> None:
    view = interactive_network(example_map, size="betweenness")
    sizes = [n["size"] for n in view.nodes]
    assert min(sizes) == pytest.approx(_NODE_RADIUS[0])
    assert max(sizes) == pytest.approx(_NODE_RADIUS[1])
    hub = max(view.nodes, key=lambda n: n["size"])
    assert "Tussenpositie: " in hub["title"]
    assert "Grootte van de bol: Tussenpositie" in view.to_html()
    equal = interactive_network(example_map)
    assert len({n["size"] for n in equal.nodes}) == 1


def test_size_and_colour_from_metrics(tiny_map: skm.StakeholderMap) -> None:
    metrics = pd.DataFrame(
        {"score": [1.0, 2.0, 3.0, 4.0]},
        index=pd.Index(["a", "b", "c", "d"], name="stakeholder_id"),
    )
    view = interactive_network(tiny_map, size="score", color="score", metrics=metrics)
    sizes = {n["id"]: n["size"] for n in view.nodes}
    assert sizes["a"] < sizes["b"] < sizes["c"] < sizes["d"]
    assert "Score: 4" in next(n for n in view.nodes if n["id"] == "d")["title"]


def test_unknown_column_is_explained(tiny_map: skm.StakeholderMap) -> None:
    with pytest.raises(ValueError, match=r"`color` must be a column .* 'sector'"):
        interactive_network(tiny_map, color="sector")


def test_tooltip_in_dutch(example_view: InteractiveNetwork) -> None:
    ocmw = next(n for n in example_view.nodes if n["id"] == "ocmw")
    assert ocmw["title"].splitlines() == [
        "OCMW Vlasbeke",
        "Categorie: overheid",
        "Macht 5 · Belang 4 · Houding +1",
        "Kwadrant: Nauw betrekken",
    ]


def test_language_can_be_chosen(tiny_map: skm.StakeholderMap) -> None:
    page = interactive_network(tiny_map, lang="nl").to_html()
    assert "<h2>Relatie</h2>" in page
    assert '<html lang="nl">' in page
    with pytest.raises(ValueError, match="`lang` must be one of"):
        interactive_network(tiny_map, lang="de")


def test_edges_styled_by_kind_with_arrows(tiny_map: skm.StakeholderMap) -> None:
    view = interactive_network(tiny_map)
    edges = {(e["from"], e["to"]): e for e in view.edges}
    funding = edges[("a", "b")]
    assert funding["arrows"]["to"]["enabled"] is True
    assert funding["color"]["color"] == "#E69F00"
    assert funding["dashes"] is False
    assert funding["title"] == "Alpha → Beta\nFunding · Weight 4"
    mutual = edges[("b", "d")]
    assert mutual["arrows"]["to"]["enabled"] is False
    assert mutual["title"].startswith("Beta ↔ Delta\nCollaboration")
    info = edges[("a", "c")]
    assert info["title"].endswith("Information · Newsletter")
    # a weighted tie is drawn thicker than an unweighted one
    assert funding["width"] > info["width"]


def test_dashed_kinds_and_the_legend() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[skm.Stakeholder(id=i, name=i.upper()) for i in "abc"],
        relations=[
            skm.Relation(source="a", target="b", kind="authority"),
            skm.Relation(source="b", target="c", kind="membership"),
        ],
    )
    view = interactive_network(smap)
    dashes = {e["kind"]: e["dashes"] for e in view.edges}
    assert dashes == {"authority": [8, 5], "membership": [2, 4]}
    page = view.to_html()
    assert "border-top:3px dashed #1a1a1a" in page
    assert "border-top:3px dotted #999999" in page


def test_parallel_relations_bend_apart() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            skm.Stakeholder(id="a", name="A"),
            skm.Stakeholder(id="b", name="B"),
        ],
        relations=[
            skm.Relation(source="a", target="b", kind="funding"),
            skm.Relation(source="a", target="b", kind="information"),
            skm.Relation(source="b", target="a", kind="advice"),
        ],
    )
    smooth = [e["smooth"] for e in interactive_network(smap).edges]
    assert smooth[1] == {"enabled": False}  # the middle one of three is straight
    edges = interactive_network(smap).edges
    assert all(edges[i]["smooth"]["enabled"] for i in (0, 2))

    def side(e: dict[str, Any]) -> int:
        """+1 or -1: the side of the line a -> b the edge bends to."""
        clockwise = 1 if e["smooth"]["type"] == "curvedCW" else -1
        return clockwise * (1 if e["from"] < e["to"] else -1)

    assert side(edges[0]) == -side(edges[2])
    single = skm.StakeholderMap(
        stakeholders=smap.stakeholders, relations=smap.relations[:1]
    )
    assert interactive_network(single).edges[0]["smooth"] == {"enabled": False}


def test_kinds_and_channels_filter_the_edges(example_map: skm.StakeholderMap) -> None:
    view = interactive_network(example_map, kinds=["information"])
    n_info = sum(r.kind == "information" for r in example_map.relations)
    assert len(view.edges) == n_info
    assert {e["kind"] for e in view.edges} == {"information"}
    assert len(view.nodes) == len(example_map)
    by_channel = interactive_network(example_map, channels="newsletter")
    assert len(by_channel.edges) == sum(
        r.channel == "newsletter" for r in example_map.relations
    )


def test_a_graph_is_accepted(example_map: skm.StakeholderMap) -> None:
    view = interactive_network(skm.to_graph(example_map))
    assert len(view.nodes) == len(example_map)
    assert view.title == "Netwerk van partners: Huis van het Kind Vlasbeke"
    assert interactive_network(example_map, title="Eigen titel").title == "Eigen titel"


def test_an_empty_map_gives_an_empty_page() -> None:
    view = interactive_network(skm.StakeholderMap(name="Leeg"))
    data = _data(view.to_html())
    assert data["nodes"] == []
    assert data["edges"] == []


# --------------------------------------------------------------------------------
# Layout: deterministic, no label on another label or dot
# --------------------------------------------------------------------------------


def test_no_label_overlaps_in_the_example(example_view: InteractiveNetwork) -> None:
    assert _overlapping_pairs(label_boxes(example_view.nodes)) == []


@pytest.mark.parametrize("layout", ["spring", "circular", "shell"])
def test_no_label_overlaps_on_a_crowded_random_map(layout: str) -> None:
    rng = np.random.default_rng(3)
    words = ["Gemeente", "OCMW", "Huis van het Kind", "Consultatiebureau", "CLB"]
    people = [
        skm.Stakeholder(id=f"s{i}", name=f"{rng.choice(words)} {i}") for i in range(80)
    ]
    ties = {tuple(int(v) for v in rng.choice(80, 2, replace=False)) for _ in range(160)}
    relations = [skm.Relation(source=f"s{a}", target=f"s{b}") for a, b in ties]
    smap = skm.StakeholderMap(stakeholders=people, relations=relations)
    view = interactive_network(smap, layout=layout, size="degree")
    assert _overlapping_pairs(label_boxes(view.nodes)) == []


def test_long_names_wrap(tiny_map: skm.StakeholderMap) -> None:
    long = "Kraamafdeling Algemeen Ziekenhuis Vlasbeke en omliggende gemeenten"
    smap = tiny_map.model_copy(
        update={
            "stakeholders": (
                tiny_map.stakeholders[0].model_copy(update={"name": long}),
                *tiny_map.stakeholders[1:],
            )
        }
    )
    node = interactive_network(smap).nodes[0]
    lines = node["label"].split("\n")
    assert len(lines) == 3
    assert lines[-1].endswith("…")
    assert node["title"].splitlines()[0] == long  # the tooltip has the full name


def test_label_boxes_sit_under_the_dot() -> None:
    (box,) = label_boxes([{"x": 10, "y": 20, "size": 5, "label": "ab\ncd"}])
    left, top, right, bottom = box.tolist()
    assert (left + right) / 2 == pytest.approx(10)
    assert top == pytest.approx(20 - 5 - 1)
    assert bottom > 20 + 5 + 2 * 14


def test_positions_follow_the_seed_and_pos(
    tiny_map: skm.StakeholderMap, example_map: skm.StakeholderMap
) -> None:
    def xy(view: InteractiveNetwork) -> list[tuple[float, float]]:
        return [(n["x"], n["y"]) for n in view.nodes]

    a = interactive_network(example_map, layout="spring", seed=1)
    b = interactive_network(example_map, layout="spring", seed=1)
    c = interactive_network(example_map, layout="spring", seed=2)
    assert xy(a) == xy(b)
    assert xy(a) != xy(c)
    pos = {"a": (0, 0), "b": (1, 0), "c": (0, 1), "d": (1, 1)}
    fixed = {
        n["id"]: (n["x"], n["y"]) for n in interactive_network(tiny_map, pos=pos).nodes
    }
    assert fixed["a"][0] < fixed["b"][0]
    assert fixed["c"][1] < fixed["a"][1]  # y grows downwards on the page


@pytest.mark.parametrize("height", ["tall", 50, "80vh", True])
def test_bad_height(tiny_map: skm.StakeholderMap, height: Any) -> None:
    with pytest.raises(ValueError, match="`height` must be a number of pixels"):
        interactive_network(tiny_map, height=height)


@pytest.mark.parametrize(
    ("height", "pixels"), [(480, 480), ("480px", 480), ("720", 720)]
)
def test_height_in_pixels(
    tiny_map: skm.StakeholderMap, height: int | str, pixels: int
) -> None:
    view = interactive_network(tiny_map, height=height)
    assert view.height == pixels
    assert f'style="height:{pixels}px"' in view.to_html()
    assert f"height:{pixels + 64}px" in view._repr_html_()


def test_bad_layout(tiny_map: skm.StakeholderMap) -> None:
    with pytest.raises(ValueError, match="`layout` must be one of"):
        interactive_network(tiny_map, layout="sprnig")


# --------------------------------------------------------------------------------
# Saving
# --------------------------------------------------------------------------------


def test_save_writes_the_page(tmp_path: Path, tiny_map: skm.StakeholderMap) -> None:
    view = interactive_network(tiny_map)
    out = view.save(tmp_path / "sub" / "netwerk.html")
    assert out == tmp_path / "sub" / "netwerk.html"
    assert out.read_text(encoding="utf-8") == view.to_html()
    assert [p.name for p in out.parent.iterdir()] == ["netwerk.html"]


def test_save_is_atomic(
    tmp_path: Path, tiny_map: skm.StakeholderMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "netwerk.html"
    out.write_text("old", encoding="utf-8")

    def broken(self: Path, *args: Any, **kwargs: Any) -> int:
        msg = "disk full"
        raise OSError(msg)

    monkeypatch.setattr(Path, "write_text", broken)
    with pytest.raises(OSError, match="disk full"):
        interactive_network(tiny_map).save(out)
    monkeypatch.undo()
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["netwerk.html"]


# --------------------------------------------------------------------------------
# The bundled asset
# --------------------------------------------------------------------------------


def test_bundled_library_and_its_licences() -> None:
    script = (STATIC / "vis-network.min.js").read_text(encoding="utf-8")
    assert f"@version {VIS_NETWORK_VERSION}" in script
    assert "sourceMappingURL" not in script
    assert "</script" not in script.lower()
    assert "<!--" not in script
    assert "Permission is hereby granted" in (STATIC / "LICENSE-MIT").read_text()
    assert "Apache License" in (STATIC / "LICENSE-APACHE-2.0").read_text()
    notes = (STATIC / "README.md").read_text(encoding="utf-8")
    assert f"vis-network {VIS_NETWORK_VERSION}" in notes


# --------------------------------------------------------------------------------
# The HTML report can carry the view
# --------------------------------------------------------------------------------


def test_report_holds_the_view_only_when_asked(tiny_map: skm.StakeholderMap) -> None:
    plain = skm.export.to_html(tiny_map, views=[])
    assert "<script" not in plain
    assert "<iframe" not in plain
    page = skm.export.to_html(tiny_map, views=[], interactive=True, lang="en")
    assert page.count("<iframe srcdoc=") == 1
    assert "<figcaption>Partner network to explore (drag, zoom, point)" in page
    assert "<script" not in page  # the scripts live inside the escaped srcdoc
    inner = _srcdoc(page)
    assert len(_data(inner)["nodes"]) == len(tiny_map)


def test_report_view_respects_the_privacy_profile(
    example_map: skm.StakeholderMap,
) -> None:
    page = skm.export.to_html(example_map, views=[], interactive=True, profile="public")
    inner = _srcdoc(page)
    titles = " ".join(n["title"] for n in _data(inner)["nodes"])
    shared = skm.privacy.redact(example_map, profile="public")
    assert {n["id"] for n in _data(inner)["nodes"]} == set(shared.ids)
    for s in example_map:
        if s.category == "persoon":
            assert s.name not in titles


def test_markdown_report_has_no_view(tiny_map: skm.StakeholderMap) -> None:
    md = skm.export.to_markdown(tiny_map, views=[])
    assert "iframe" not in md


def test_fields_nobody_filled_give_one_colour_and_size() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[skm.Stakeholder(name="A"), skm.Stakeholder(name="B")]
    )
    view = interactive_network(smap, size="power")  # color="category" by default
    assert len({n["color"]["background"] for n in view.nodes}) == 1
    assert len({n["size"] for n in view.nodes}) == 1
    page = view.to_html()
    assert "Node colour" not in page
