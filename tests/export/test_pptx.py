"""The slide deck: native grid shapes, tables, notes, templates, atomic writing."""

from __future__ import annotations

import itertools
import math
import zipfile
from pathlib import Path

import pytest

pptx = pytest.importorskip("pptx")

from pptx import Presentation  # noqa: E402
from pptx.enum.shapes import MSO_SHAPE, MSO_SHAPE_TYPE  # noqa: E402

import stakeholder_map as skm  # noqa: E402
from stakeholder_map.export._slide_labels import _place_labels, _spread  # noqa: E402

EMU = 914400


def _box(shape: object) -> tuple[float, float, float, float]:
    left, top = shape.left / EMU, shape.top / EMU  # type: ignore[attr-defined]
    return (
        left,
        top,
        left + shape.width / EMU,  # type: ignore[attr-defined]
        top + shape.height / EMU,  # type: ignore[attr-defined]
    )


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _shape(shapes: object, name: str) -> object:
    found = [s for s in shapes if s.name == name]  # type: ignore[attr-defined]
    assert len(found) == 1, name
    return found[0]


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Presentation:
    smap = skm.load_example("huis_van_het_kind")
    path = tmp_path_factory.mktemp("deck") / "deck.pptx"
    out = skm.export.to_pptx(smap, path)
    assert out == path
    return Presentation(str(path))


def test_deck_is_16_9_with_title_grid_and_tables(deck: Presentation) -> None:
    assert round(deck.slide_width / deck.slide_height, 3) == round(16 / 9, 3)
    titles = [s.shapes.title.text for s in deck.slides]
    assert titles[0] == "Huis van het Kind Vlasbeke"
    assert titles[1] == "Macht-belangrooster"
    # The grid's numbered names fit in its title bands (no slide of their own).
    # Then 36 scored stakeholders, 8 rows per slide with the slides theme.
    assert titles[2:] == [f"Indeling ({k}/5)" for k in range(1, 6)]
    subtitle = deck.slides[0].placeholders[1].text
    assert subtitle == "38 actoren \u00b7 2026-09-24"


def test_grid_has_one_movable_group_per_stakeholder(deck: Presentation) -> None:
    smap = skm.load_example("huis_van_het_kind")
    scored = [s for s in smap if s.power is not None and s.interest is not None]
    slide = deck.slides[1]
    groups = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP]
    assert sorted(g.name for g in groups) == sorted(
        f"stakeholder:{s.id}" for s in scored
    )
    for s in scored:
        group = _shape(slide.shapes, f"stakeholder:{s.id}")
        marker = _shape(group.shapes, f"marker:{s.id}")
        assert marker.auto_shape_type == MSO_SHAPE.OVAL
        label = _shape(group.shapes, f"label:{s.id}")
        text = " ".join(p.text for p in label.text_frame.paragraphs)
        # A crowded label is a number that the legend explains.
        assert text == s.display_name or text.isdigit()


def test_quadrants_are_rectangles_with_dutch_titles(deck: Presentation) -> None:
    slide = deck.slides[1]
    titles = {}
    for q in skm.Quadrant:
        rect = _shape(slide.shapes, f"quadrant:{q.value}")
        assert rect.auto_shape_type == MSO_SHAPE.RECTANGLE
        titles[q.value] = _shape(slide.shapes, f"quadrant_title:{q.value}").text
    assert titles == {
        "manage_closely": "Nauw betrekken",
        "keep_satisfied": "Tevreden houden",
        "keep_informed": "Informeren",
        "monitor": "Monitoren",
    }
    assert _shape(slide.shapes, "axis:power").rotation == 270
    assert _shape(slide.shapes, "axis:interest").text == "Belang \u2192"


def test_every_marker_lies_in_its_quadrant(deck: Presentation) -> None:
    smap = skm.load_example("huis_van_het_kind")
    with pytest.warns(skm.exceptions.StakeholderMapWarning, match="weggelaten"):
        df = skm.analysis.power_interest(smap, labels="nl")
    slide = deck.slides[1]
    rects = {
        q.value: _box(_shape(slide.shapes, f"quadrant:{q.value}")) for q in skm.Quadrant
    }
    for sid, q in df["quadrant"].items():
        group = _shape(slide.shapes, f"stakeholder:{sid}")
        m = _box(_shape(group.shapes, f"marker:{sid}"))
        cx, cy = (m[0] + m[2]) / 2, (m[1] + m[3]) / 2
        r = rects[str(q)]
        assert r[0] < cx < r[2], sid
        assert r[1] < cy < r[3], sid


def test_labels_overlap_no_label_and_no_marker(deck: Presentation) -> None:
    slide = deck.slides[1]
    groups = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP]
    labels, markers = [], []
    for g in groups:
        sid = g.name.split(":", 1)[1]
        labels.append(_box(_shape(g.shapes, f"label:{sid}")))
        markers.append(_box(_shape(g.shapes, f"marker:{sid}")))
    titles = [
        _box(_shape(slide.shapes, f"quadrant_title:{q.value}")) for q in skm.Quadrant
    ] + [_box(s) for s in slide.shapes if s.name.startswith("legend:")]
    pairs = sum(_overlap(a, b) > 0 for a, b in itertools.combinations(labels, 2))
    covered = sum(_overlap(a, b) > 0 for a in labels for b in [*markers, *titles])
    # Markers are circles: two touch when their centres are closer than a diameter.
    marker_pairs = sum(
        math.dist(
            ((a[0] + a[2]) / 2, (a[1] + a[3]) / 2),
            ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2),
        )
        < (a[2] - a[0])
        for a, b in itertools.combinations(markers, 2)
    )
    assert (pairs, covered, marker_pairs) == (0, 0, 0)


def test_label_font_is_large_enough_for_a_projector(deck: Presentation) -> None:
    slide = deck.slides[1]
    group = _shape(slide.shapes, "stakeholder:ocmw")
    run = _shape(group.shapes, "label:ocmw").text_frame.paragraphs[0].runs[0]
    assert run.font.size.pt == 14
    title = _shape(slide.shapes, "quadrant_title:monitor")
    assert title.text_frame.paragraphs[0].runs[0].font.size.pt == 20


def test_grid_notes_hold_the_data(deck: Presentation) -> None:
    notes = deck.slides[1].notes_slide.notes_text_frame.text
    assert "macht >= 3, belang >= 3" in notes
    assert "OCMW Vlasbeke [ocmw]: macht 5, belang 4 -> Nauw betrekken" in notes
    assert "Speel-o-theek De Knikker" in notes  # not scored: named in the notes
    assert "Markeringen met dezelfde scores" in notes


def test_tables_split_and_list_everyone_once(deck: Presentation) -> None:
    names = []
    for slide in list(deck.slides)[2:]:
        table = _shape(slide.shapes, "classification_table").table
        header = [table.cell(0, c).text for c in range(6)]
        assert header == [
            "Naam",
            "Categorie",
            "Macht",
            "Belang",
            "Kwadrant",
            "Strategie",
        ]
        names += [table.cell(r, 0).text for r in range(1, len(table.rows))]
        assert "Actoren gesorteerd" in slide.notes_slide.notes_text_frame.text
    assert len(names) == len(set(names)) == 36
    assert names[0] == "OCMW Vlasbeke"  # manage closely, highest power first


def test_english_and_print_theme(tmp_path: Path, tiny_map: skm.StakeholderMap) -> None:
    path = skm.export.to_pptx(
        tiny_map, tmp_path / "d.pptx", lang="en", theme="print", views=["grid"]
    )
    prs = Presentation(str(path))
    assert [s.shapes.title.text for s in prs.slides] == ["Tiny", "Power/interest grid"]
    slide = prs.slides[1]
    assert _shape(slide.shapes, "quadrant_title:manage_closely").text == (
        "Manage closely"
    )
    run = _shape(_shape(slide.shapes, "stakeholder:a").shapes, "label:a")
    assert run.text_frame.paragraphs[0].runs[0].font.size.pt == 11


def test_label_set_and_threshold(tmp_path: Path, tiny_map: skm.StakeholderMap) -> None:
    path = skm.export.to_pptx(
        tiny_map,
        tmp_path / "d.pptx",
        lang="en",
        views=["grid"],
        labels="eden_ackermann",
        threshold=4.5,
    )
    slide = Presentation(str(path)).slides[1]
    assert _shape(slide.shapes, "quadrant_title:manage_closely").text == "Players"
    assert "power >= 4.5, interest >= 4.5" in slide.notes_slide.notes_text_frame.text


def test_template_layouts_and_size_are_used(
    tmp_path: Path, tiny_map: skm.StakeholderMap
) -> None:
    template = Presentation()  # 4:3, with a slide of its own
    template.slides.add_slide(template.slide_layouts[6])
    template_path = tmp_path / "huisstijl.pptx"
    template.save(str(template_path))
    path = skm.export.to_pptx(
        tiny_map, tmp_path / "d.pptx", template=template_path, views=["grid"]
    )
    prs = Presentation(str(path))
    assert (prs.slide_width, prs.slide_height) == (
        template.slide_width,
        template.slide_height,
    )
    assert [s.slide_layout.name for s in prs.slides] == ["Title Slide", "Title Only"]
    # The grid fits the template's 4:3 slide.
    panel = _box(_shape(prs.slides[1].shapes, "grid_panel"))
    assert panel[2] <= prs.slide_width / EMU


def test_profile_public_is_applied(
    tmp_path: Path, example_map: skm.StakeholderMap
) -> None:
    path = skm.export.to_pptx(example_map, tmp_path / "d.pptx", profile="public")
    prs = Presentation(str(path))
    assert "Privacyprofiel: public" in prs.slides[0].placeholders[1].text
    notes = prs.slides[0].notes_slide.notes_text_frame.text
    assert notes.startswith("Privacyprofiel 'public' verwijderde of verving:")
    with zipfile.ZipFile(path) as archive:
        xml = " ".join(
            archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
        )
    for s in example_map:
        assert s.name not in xml, s.name


def test_write_is_atomic(
    tmp_path: Path, tiny_map: skm.StakeholderMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "deck.pptx"
    path.write_bytes(b"old deck")

    def broken_save(self: object, file: object) -> None:
        msg = "disk full"
        raise OSError(msg)

    monkeypatch.setattr("pptx.presentation.Presentation.save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        skm.export.to_pptx(tiny_map, path)
    assert path.read_bytes() == b"old deck"
    monkeypatch.undo()
    skm.export.to_pptx(tiny_map, path)
    assert zipfile.is_zipfile(path)
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]


def test_bad_arguments(tmp_path: Path, tiny_map: skm.StakeholderMap) -> None:
    with pytest.raises(ValueError, match=r"`views` mag enkel \['grid', 'table'"):
        skm.export.to_pptx(tiny_map, tmp_path / "d.pptx", views=["bogus"])
    with pytest.raises(ValueError, match="`theme` must be one of"):
        skm.export.to_pptx(tiny_map, tmp_path / "d.pptx", theme="dark")
    with pytest.raises(ValueError, match="`profile` must be one of"):
        skm.export.to_pptx(tiny_map, tmp_path / "d.pptx", profile="open")  # type: ignore[arg-type]
    assert not (tmp_path / "d.pptx").exists()


def test_spread_separates_stacked_markers_and_nudges_to_high_side() -> None:
    points = [(5.0, 3.0)] * 5 + [(2.0, 2.0)]
    out, stacks = _spread(points, marker=0.24, cut=(5.0, 4.0))
    assert stacks == [[0, 1, 2, 3, 4]]
    for a, b in itertools.combinations(out[:5], 2):
        assert math.dist(a, b) >= 0.24
    # On the interest threshold (x = 5): the whole ring moves to the high side.
    assert all(x > 5.0 + 0.12 for x, _ in out[:5])
    assert out[5] == (2.0, 2.0)


def test_place_labels_avoids_markers_and_each_other() -> None:
    anchors = [(1.0 + 0.3 * k, 1.0) for k in range(6)]
    names = [f"Label {k}" for k in range(6)]
    placed = _place_labels(
        names,
        anchors,
        numbers=range(1, 7),
        priority=[0.0] * 6,
        points=12,
        marker=0.2,
        area=(0, 0, 4, 3),
    )
    boxes = [lab.box for lab in placed]
    assert all(box is not None for box in boxes)
    half = 0.1
    markers = [(x - half, y - half, x + half, y + half) for x, y in anchors]
    assert all(_overlap(a, b) == 0 for a, b in itertools.combinations(boxes, 2))
    assert all(_overlap(a, m) == 0 for a in boxes for m in markers)
    assert all(min(b[0], b[1]) >= 0 and b[2] <= 4 and b[3] <= 3 for b in boxes)
    assert {lab.status for lab in placed} <= {"direct", "moved"}
    # A label away from its marker has a leader that starts at the marker.
    for lab, (x, y) in zip(placed, anchors, strict=True):
        assert (lab.leader is None) == (lab.status == "direct")
        if lab.leader is not None:
            assert math.dist(lab.leader[:2], (x, y)) < 2 * half


def test_place_labels_numbers_labels_without_room() -> None:
    # Ten long labels around one point in a small area cannot all fit.
    placed = _place_labels(
        ["Organisatie met een lange naam"] * 10,
        [(1.0, 1.0)] * 10,
        numbers=range(1, 11),
        priority=[0.0] * 10,
        points=12,
        marker=0.2,
        area=(0, 0, 2, 2),
    )
    numbered = [lab for lab in placed if lab.status == "numbered"]
    assert numbered
    assert all(lab.lines[0].isdigit() for lab in numbered)


def test_names_stay_in_their_region() -> None:
    # A marker just above a threshold at y = 1: its name may not hang below it.
    regions = [(0.0, 0.0, 4.0, 1.0)]
    placed = _place_labels(
        ["Gemeente"],
        [(2.0, 0.86)],
        numbers=[1],
        priority=[0.0],
        points=14,
        marker=0.24,
        area=(0, 0, 4, 2),
        regions=regions,
    )
    box = placed[0].box
    assert placed[0].status in {"direct", "moved"}
    assert box is not None
    assert box[3] <= 1.0 + 1e-9


def test_crowded_labels_are_numbered_with_a_legend(deck: Presentation) -> None:
    slide = deck.slides[1]
    legend = " ".join(
        s.text
        for page in list(deck.slides)[1:3]
        for s in page.shapes
        if s.name.startswith(("legend:", "legend_column:"))
    )
    numbered = {}
    for g in slide.shapes:
        if g.shape_type == MSO_SHAPE_TYPE.GROUP:
            sid = g.name.split(":", 1)[1]
            text = _shape(g.shapes, f"label:{sid}").text
            if text.isdigit():
                numbered[int(text)] = sid
    smap = skm.load_example("huis_van_het_kind")
    for n, sid in numbered.items():
        assert f"{n}\u00a0{smap.get(sid).display_name}" in legend
    # The number is the stakeholder's place in the map, as in the figures.
    place = {s.id: k for k, s in enumerate(smap.stakeholders, start=1)}
    assert numbered
    assert all(n == place[sid] for n, sid in numbered.items())


def test_very_crowded_grid_gets_a_legend_slide(tmp_path: Path) -> None:
    # 100 stakeholders on 25 positions: most labels become numbers.
    stakeholders = [
        skm.Stakeholder(
            id=f"s{i}",
            name=f"Organisatie nummer {i}",
            power=1 + i % 5,
            interest=1 + (i // 5) % 5,
        )
        for i in range(100)
    ]
    smap = skm.StakeholderMap(name="Druk", stakeholders=stakeholders)
    path = skm.export.to_pptx(smap, tmp_path / "d.pptx", views=["grid"], lang="en")
    prs = Presentation(str(path))
    assert [s.shapes.title.text for s in prs.slides][1:] == [
        "Power/interest grid",
        "Numbered labels",
    ]
    legend = " ".join(
        s.text for s in prs.slides[2].shapes if s.name.startswith("legend_column:")
    )
    grid = prs.slides[1]
    labels = []
    for g in grid.shapes:
        if g.shape_type == MSO_SHAPE_TYPE.GROUP:
            sid = g.name.split(":", 1)[1]
            label = _shape(g.shapes, f"label:{sid}")
            labels.append(_box(label))
            if label.text.isdigit():
                name = smap.get(sid).display_name
                assert f"{label.text}\u00a0{name}" in legend
    assert sum(_overlap(a, b) > 0 for a, b in itertools.combinations(labels, 2)) == 0


def test_other_views_are_pictures_with_notes(
    tmp_path: Path, example_map: skm.StakeholderMap
) -> None:
    native = ("grid", "table", "attitude")
    views = [v for v in skm.export.available_views() if v not in native]
    if not views:
        pytest.skip("no plotting functions for picture views in this build")
    view = views[0]
    # The example holds two stakeholders that are not scored yet: views say so.
    with pytest.warns(skm.exceptions.StakeholderMapWarning, match="weggelaten"):
        path = skm.export.to_pptx(example_map, tmp_path / "d.pptx", views=[view])
    slide = Presentation(str(path)).slides[1]
    pic = _shape(slide.shapes, f"view:{view}")
    assert pic.shape_type == MSO_SHAPE_TYPE.PICTURE
    assert pic.image.content_type == "image/png"
    left, top, right, bottom = _box(pic)
    assert left >= 0.4
    assert right <= 13.333 - 0.4
    assert top >= 1.3
    assert bottom <= 7.5 - 0.2
    assert "skm.plotting.plot_" in slide.notes_slide.notes_text_frame.text


# --------------------------------------------------------------------------------
# The power/attitude grid as native shapes
# --------------------------------------------------------------------------------

ATTITUDE_CELLS = {
    "key_ally": "Sleutelbondgenoot",
    "key_neutral": "Invloedrijke twijfelaar",
    "key_opponent": "Invloedrijke tegenstander",
    "ally": "Bondgenoot",
    "bystander": "Toeschouwer",
    "critic": "Criticus",
}


@pytest.fixture(scope="module")
def attitude_deck(tmp_path_factory: pytest.TempPathFactory) -> Presentation:
    smap = skm.load_example("huis_van_het_kind")
    path = tmp_path_factory.mktemp("deck") / "attitude.pptx"
    skm.export.to_pptx(smap, path, views=["attitude"])
    return Presentation(str(path))


def _attitude_frame() -> object:
    smap = skm.load_example("huis_van_het_kind")
    with pytest.warns(skm.exceptions.StakeholderMapWarning, match="weggelaten"):
        return skm.analysis.attitude_grid(smap, lang="nl")


def test_attitude_is_a_native_view() -> None:
    views = skm.export.available_views()
    assert views[:3] == ("grid", "table", "attitude")
    assert views.count("attitude") == 1


def test_attitude_grid_has_one_movable_marker_per_assessed_stakeholder(
    attitude_deck: Presentation,
) -> None:
    df = _attitude_frame()
    smap = skm.load_example("huis_van_het_kind")
    slide = attitude_deck.slides[1]
    assert slide.shapes.title.text == "Macht-houdingrooster"
    assert not [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    groups = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP]
    assert sorted(g.name for g in groups) == sorted(
        f"stakeholder:{i}" for i in df.index
    )
    # The two stakeholders without an attitude are left out (38 on the map).
    assert len(groups) == len(df) == 36
    for sid in df.index:
        group = _shape(slide.shapes, f"stakeholder:{sid}")
        assert _shape(group.shapes, f"marker:{sid}").auto_shape_type == MSO_SHAPE.OVAL
        label = _shape(group.shapes, f"label:{sid}")
        text = " ".join(p.text for p in label.text_frame.paragraphs)
        # A crowded label is a number that the legend explains.
        assert text == smap.get(sid).display_name or text.isdigit()


def test_attitude_cells_are_rectangles_with_dutch_titles(
    attitude_deck: Presentation,
) -> None:
    slide = attitude_deck.slides[1]
    rects = {}
    for key, title in ATTITUDE_CELLS.items():
        rect = _shape(slide.shapes, f"attitude_cell:{key}")
        assert rect.auto_shape_type == MSO_SHAPE.RECTANGLE
        rects[key] = _box(rect)
        assert _shape(slide.shapes, f"attitude_cell_title:{key}").text == title
    # Opponents left, neutral in the middle, allies right; the powerful on top.
    assert rects["key_opponent"][2] <= rects["key_neutral"][0] + 1e-6
    assert rects["key_neutral"][2] <= rects["key_ally"][0] + 1e-6
    assert rects["key_ally"][3] <= rects["ally"][1] + 1e-6
    assert not [s for s in slide.shapes if s.name.startswith("quadrant:")]
    assert _shape(slide.shapes, "axis:attitude").text == "Houding \u2192"
    assert _shape(slide.shapes, "axis:power").rotation == 270
    assert _shape(slide.shapes, "axis_end:attitude:Sterk voor").text == "Sterk voor"


def test_attitude_titles_do_not_overlap(attitude_deck: Presentation) -> None:
    slide = attitude_deck.slides[1]
    titles = [
        _box(_shape(slide.shapes, f"attitude_cell_title:{k}")) for k in ATTITUDE_CELLS
    ]
    assert sum(_overlap(a, b) > 0 for a, b in itertools.combinations(titles, 2)) == 0


def test_every_attitude_marker_lies_in_its_cell(attitude_deck: Presentation) -> None:
    df = _attitude_frame()
    slide = attitude_deck.slides[1]
    for sid, cls in df["attitude_class"].items():
        m = _box(
            _shape(_shape(slide.shapes, f"stakeholder:{sid}").shapes, f"marker:{sid}")
        )
        cx, cy = (m[0] + m[2]) / 2, (m[1] + m[3]) / 2
        r = _box(_shape(slide.shapes, f"attitude_cell:{cls}"))
        assert r[0] < cx < r[2], sid
        assert r[1] < cy < r[3], sid


def test_attitude_markers_are_coloured_by_attitude(attitude_deck: Presentation) -> None:
    slide = attitude_deck.slides[1]

    def colour(sid: str) -> str:
        group = _shape(slide.shapes, f"stakeholder:{sid}")
        return str(_shape(group.shapes, f"marker:{sid}").fill.fore_color.rgb)

    # bewonersvereniging -2, huisartsen -1, gemeenteraad 0, ocmw +1, oudergroep +2
    sids = ["bewonersvereniging", "huisartsen", "gemeenteraad", "ocmw", "oudergroep"]
    assert len({colour(s) for s in sids}) == 5
    assert colour("ocmw") == colour("gemeente")  # both +1


def test_attitude_labels_overlap_no_label_title_or_marker(
    attitude_deck: Presentation,
) -> None:
    slide = attitude_deck.slides[1]
    labels, markers = [], []
    for g in slide.shapes:
        if g.shape_type == MSO_SHAPE_TYPE.GROUP:
            sid = g.name.split(":", 1)[1]
            labels.append(_box(_shape(g.shapes, f"label:{sid}")))
            markers.append(_box(_shape(g.shapes, f"marker:{sid}")))
    titles = [
        _box(s)
        for s in slide.shapes
        if s.name.startswith(("attitude_cell_title:", "legend:"))
    ]
    pairs = sum(_overlap(a, b) > 0 for a, b in itertools.combinations(labels, 2))
    covered = sum(_overlap(a, b) > 0 for a in labels for b in [*markers, *titles])
    marker_pairs = sum(
        math.dist(
            ((a[0] + a[2]) / 2, (a[1] + a[3]) / 2),
            ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2),
        )
        < (a[2] - a[0])
        for a, b in itertools.combinations(markers, 2)
    )
    assert (pairs, covered, marker_pairs) == (0, 0, 0)


def test_attitude_notes_hold_the_data(attitude_deck: Presentation) -> None:
    notes = attitude_deck.slides[1].notes_slide.notes_text_frame.text
    assert notes.startswith("Macht-houdingrooster (naar Bryson 2004;")
    assert "Hoge macht betekent macht >= 3 (regel: midpoint)" in notes
    assert "OCMW Vlasbeke [ocmw]: macht 5, houding +1 -> Sleutelbondgenoot" in notes
    assert (
        "Gemeenteraad [gemeenteraad]: macht 4, houding 0 -> Invloedrijke twijfelaar"
        in notes
    )
    assert "[bewonersvereniging]: macht 2, houding -2 -> Criticus" in notes
    assert "Niet in het rooster (geen macht of houding): Speel-o-theek" in notes


def test_attitude_numbered_labels_are_explained(attitude_deck: Presentation) -> None:
    smap = skm.load_example("huis_van_het_kind")
    slides = list(attitude_deck.slides)
    grid = slides[1]
    explained = " ".join(
        s.text
        for slide in slides[1:]
        for s in slide.shapes
        if s.name.startswith(("legend:", "legend_column:"))
    )
    numbered = {}
    for g in grid.shapes:
        if g.shape_type == MSO_SHAPE_TYPE.GROUP:
            sid = g.name.split(":", 1)[1]
            text = _shape(g.shapes, f"label:{sid}").text
            if text.isdigit():
                numbered[int(text)] = sid
    for n, sid in numbered.items():
        assert f"{n}\u00a0{smap.get(sid).display_name}" in explained
    # The number is the stakeholder's place in the map, as in the figures.
    place = {s.id: k for k, s in enumerate(smap.stakeholders, start=1)}
    assert numbered
    assert all(n == place[sid] for n, sid in numbered.items())


def test_attitude_english_threshold_and_tiny_map(tmp_path: Path) -> None:
    stakeholders = [
        skm.Stakeholder(id="a", name="Alpha", power=5, interest=3, attitude=2),
        skm.Stakeholder(id="b", name="Beta", power=4, interest=3, attitude=0),
        skm.Stakeholder(id="c", name="Gamma", power=2, interest=3, attitude=-1),
        skm.Stakeholder(id="d", name="Delta", power=4, interest=3),
    ]
    smap = skm.StakeholderMap(name="Tiny", stakeholders=stakeholders)
    path = skm.export.to_pptx(
        smap,
        tmp_path / "d.pptx",
        lang="en",
        views=["attitude"],
        threshold={"power": 4.5},
    )
    slide = Presentation(str(path)).slides[1]
    assert slide.shapes.title.text == "Power/attitude grid"
    names = sorted(s.name for s in slide.shapes if s.name.startswith("stakeholder:"))
    assert names == ["stakeholder:a", "stakeholder:b", "stakeholder:c"]
    assert _shape(slide.shapes, "attitude_cell_title:key_neutral").text == (
        "Influential neutral"
    )
    notes = slide.notes_slide.notes_text_frame.text
    assert "High power means power >= 4.5" in notes
    # Power 4 is below 4.5: Beta is a bystander, not an influential neutral.
    assert "Beta [b]: power 4, attitude 0 -> Bystander" in notes
    assert "Not on the grid (no power or attitude score): Delta." in notes
    for sid in "abc":
        label = _shape(
            _shape(slide.shapes, f"stakeholder:{sid}").shapes, f"label:{sid}"
        )
        assert label.text_frame.paragraphs[0].runs[0].font.size.pt == 14


def test_views_with_nothing_to_show_get_no_slide(
    tmp_path: Path, tiny_map: skm.StakeholderMap
) -> None:
    from stakeholder_map.exceptions import EmptyViewWarning

    with pytest.warns(EmptyViewWarning, match="Saillantie"):
        out = skm.export.to_pptx(
            tiny_map, tmp_path / "deck.pptx", views=["grid", "salience", "network"]
        )
    prs = Presentation(str(out))
    titles = [s.shapes.title.text for s in prs.slides]
    assert len(prs.slides) == 3  # title, grid, network: no empty Venn
    assert not any(t.startswith("Saillantie") for t in titles)
    notes = prs.slides[0].notes_slide.notes_text_frame.text
    assert notes.splitlines()[-1] == (
        "Saillantie (Mitchell, Agle & Wood) weggelaten: nog geen enkele actor "
        "heeft een score voor legitimiteit en urgentie."
    )


@pytest.mark.filterwarnings("ignore::stakeholder_map.exceptions.StakeholderMapWarning")
def test_pictures_have_alt_text_from_their_data(
    tmp_path: Path, example_map: skm.StakeholderMap
) -> None:
    out = skm.export.to_pptx(
        example_map, tmp_path / "deck.pptx", views=["salience", "network"]
    )
    prs = Presentation(str(out))
    pictures = [
        s
        for slide in prs.slides
        for s in slide.shapes
        if s.shape_type == MSO_SHAPE_TYPE.PICTURE
    ]
    assert len(pictures) == 2
    descr = [p._element.nvPicPr.cNvPr.get("descr") for p in pictures]
    sal = skm.analysis.salience(example_map)
    n_def = int((sal["salience_class"] == "definitive").sum())
    assert descr[0].startswith("Saillantie (Mitchell, Agle & Wood), ")
    assert f"Doorslaggevend: {n_def} (" in descr[0]
    assert descr[1].startswith(
        f"Netwerk van relaties: {len(example_map.stakeholders)} actoren, "
        f"{len(example_map.relations)} relaties."
    )
    assert "image.png" not in descr


def test_long_names_break_between_words_only(tmp_path: Path) -> None:
    names = [
        "Sociale huisvestingsmaatschappij",
        "Centrum voor Algemeen Welzijnswerk Oost-Vlaanderen",
        "Stedelijke Basisschool De Regenboog",
        "Kinderopvangvoorzieningencoördinatiepunt",
    ]
    people = [
        skm.Stakeholder(id=f"s{i}", name=n, power=2 + i % 3, interest=4 - i % 2)
        for i, n in enumerate(names)
    ]
    smap = skm.StakeholderMap(name="Lange namen", stakeholders=people)
    prs = Presentation(str(skm.export.to_pptx(smap, tmp_path / "d.pptx")))
    grid = prs.slides[1]
    words = {w for n in names for part in n.split() for w in (part, *part.split("-"))}
    for i in range(len(names)):
        group = _shape(grid.shapes, f"stakeholder:s{i}")
        lines = [
            p.text for p in _shape(group.shapes, f"label:s{i}").text_frame.paragraphs
        ]
        if lines == [lines[0]] and lines[0].isdigit():
            continue  # numbered: the name is in the legend
        for line in lines:
            for word in line.split():
                assert word in words or word.rstrip("-") in words, (lines, word)
