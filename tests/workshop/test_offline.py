"""The workshop without a network: the single page and importing its saved files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import InputDataError
from stakeholder_map.workshop import WorkshopStore, write_workshop_page
from stakeholder_map.workshop.store import map_fingerprint

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def smap() -> skm.StakeholderMap:
    """The example map with one stakeholder named like an attack."""
    data = json.loads(skm.load_example("huis_van_het_kind").model_dump_json())
    for s in data["stakeholders"]:
        if s["id"] == "clb":
            s["name"], s["short_name"] = XSS, XSS
    return skm.StakeholderMap.model_validate(data)


def _saved(smap: skm.StakeholderMap, **change: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "stakeholder_map.workshop_ratings",
        "version": 1,
        "map": {"name": smap.name, "fingerprint": map_fingerprint(smap)},
        "submission": "s-1",
        "participant": "An",
        "saved": "2026-03-12T10:00:00Z",
        "ratings": [
            {"stakeholder_id": "ocmw", "power": 5, "interest": 4.5, "attitude": 1},
            {
                "stakeholder_id": "gemeente",
                "power": 3,
                "interest": 3.5,
                "attitude": -2,
                "confidence": 0.75,
                "rationale": "  raad   beslist ",
            },
        ],
    }
    data.update(change)
    return data


def _write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path: Path, smap: skm.StakeholderMap) -> Any:
    s = WorkshopStore(tmp_path / "w.sqlite", smap=smap)
    yield s
    s.close()


# -- the page, without a browser ---------------------------------------------------
def test_page_is_one_file_without_external_resources(
    tmp_path: Path, smap: skm.StakeholderMap
) -> None:
    page = write_workshop_page(smap, tmp_path / "rondje.html")
    html = page.read_text(encoding="utf-8")
    assert '<html lang="nl">' in html
    assert "<script src" not in html
    assert '<link rel="stylesheet"' not in html
    assert "http://" not in html
    assert "https://" not in html
    assert "Content-Security-Policy" in html
    # The attack name is in the data block only, with < and > escaped.
    assert XSS not in html
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html
    assert map_fingerprint(smap) in html
    english = write_workshop_page(smap, tmp_path / "round.html", lang="en")
    assert '<html lang="en">' in english.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="'fr'"):
        write_workshop_page(smap, tmp_path / "x.html", lang="fr")


# -- importing saved files ---------------------------------------------------------
def test_import_adds_a_participant_with_checked_ratings(
    tmp_path: Path, store: WorkshopStore, smap: skm.StakeholderMap
) -> None:
    done = store.import_ratings(_write(tmp_path / "an.json", _saved(smap)))
    assert done == [
        {"file": "an.json", "participant_id": 1, "participant": "An", "n": 2}
    ]
    rated = {a.stakeholder_id: a for a in store.to_map().assessments if a.rater == "An"}
    assert (rated["ocmw"].power, rated["ocmw"].interest) == (5.0, 4.5)
    assert rated["gemeente"].attitude == -2
    assert rated["gemeente"].confidence == 0.75
    assert rated["gemeente"].rationale == "raad beslist"
    assert rated["ocmw"].date == store.date


def test_the_same_file_counts_once(
    tmp_path: Path, store: WorkshopStore, smap: skm.StakeholderMap
) -> None:
    path = _write(tmp_path / "an.json", _saved(smap))
    store.import_ratings(path)
    # The map is Dutch, so are the messages by default.
    with pytest.raises(InputDataError, match="al geïmporteerd"):
        store.import_ratings(path)
    with pytest.raises(InputDataError, match="imported already"):
        store.import_ratings(path, path, lang="en")
    assert len(store.participants()) == 1


def test_bad_files_are_refused_all_at_once_and_nothing_is_written(
    tmp_path: Path, store: WorkshopStore, smap: skm.StakeholderMap
) -> None:
    good = _write(tmp_path / "good.json", _saved(smap, submission="g"))
    scale = _saved(smap, submission="b")
    scale["ratings"][0]["power"] = 7
    scale["ratings"][1]["attitude"] = "veel"
    scale["ratings"].append(
        {"stakeholder_id": "nobody", "power": 1, "interest": 1, "attitude": 0, "x": 1}
    )
    bad = _write(tmp_path / "bad.json", scale)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ', encoding="utf-8")
    other = _write(
        tmp_path / "other.json",
        _saved(smap, submission="o", map={"name": "Ander", "fingerprint": "0" * 64}),
    )
    foreign = _write(tmp_path / "foreign.json", {"some": "thing"})
    with pytest.raises(InputDataError) as info:
        store.import_ratings(good, bad, broken, other, foreign, lang="en")
    where = {(r["file"], r["column"]) for r in info.value.records}
    assert where == {
        ("bad.json", "ratings[0].power"),
        ("bad.json", "ratings[1].attitude"),
        ("bad.json", "ratings[2].stakeholder_id"),
        ("bad.json", "ratings[2].x"),
        ("broken.json", None),
        ("other.json", "map.fingerprint"),
        ("foreign.json", "format"),
    }
    message = str(info.value)
    assert message.startswith("5 files has 7 problems")
    assert "between 1 and 5" in message
    assert "another map" in message
    assert "no readable JSON" in message
    # One transaction: the good file was not written either.
    assert store.participants() == []
    assert store.history_count() == 0
    store.import_ratings(good)
    assert len(store.participants()) == 1


def test_a_changed_map_refuses_the_old_pages_files(
    tmp_path: Path, smap: skm.StakeholderMap
) -> None:
    changed = smap.model_copy(update={"name": smap.name + " (v2)"})
    other = WorkshopStore(tmp_path / "v2.sqlite", smap=changed)
    try:
        with pytest.raises(InputDataError, match="another version"):
            other.import_ratings(_write(tmp_path / "an.json", _saved(smap)), lang="en")
    finally:
        other.close()


# -- in a real browser -------------------------------------------------------------
@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed")
def test_offline_page_in_a_browser_saves_a_file_that_imports(
    tmp_path: Path, store: WorkshopStore, smap: skm.StakeholderMap
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    page_file = write_workshop_page(smap, tmp_path / "rondje.html")
    alerts: list[str] = []
    errors: list[str] = []
    requests: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page(viewport={"width": 1000, "height": 900})
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("dialog", lambda d: (alerts.append(d.message), d.dismiss()))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_file.as_uri())
        page.wait_for_selector("#join:not([hidden])")
        assert page.locator("#code").is_hidden()  # no join code offline
        assert page.locator("#join-button").inner_text() == "Meedoen"
        page.fill("#name", "  Els   Peeters ")
        page.click("#join-button")
        page.wait_for_selector("#rate:not([hidden])")
        assert page.locator("#progress").inner_text() == "0 van 38"
        assert page.locator('.chip[data-id="clb"]').inner_text() == XSS
        assert page.locator("img").count() == 0
        # Drag: high interest, high power.
        chip = page.locator('.chip[data-id="ocmw"]')
        chip.scroll_into_view_if_needed()
        chip.hover()
        box = page.locator("#grid").bounding_box()
        assert box is not None
        page.mouse.down()
        page.mouse.move(
            box["x"] + 0.9 * box["width"], box["y"] + 0.1 * box["height"], steps=5
        )
        page.mouse.up()
        page.wait_for_selector('#grid .chip[data-id="ocmw"]')
        # Keyboard: the first arrow places at the centre, the next moves a step.
        page.focus('#tray .chip[data-id="gemeente"]')
        page.keyboard.press("ArrowUp")
        page.wait_for_selector('#grid .chip[data-id="gemeente"]')
        page.keyboard.press("ArrowRight")
        page.wait_for_selector('#grid .chip[aria-label*="Belang 3.5"]')
        page.click('#attitude button[aria-label="Houding 2"]')
        page.wait_for_selector('#attitude button[aria-pressed="true"]')
        page.select_option("#confidence", "0.75")
        page.fill("#rationale", "raad beslist")
        page.click("#save")
        page.wait_for_function(
            "document.querySelector('#rationale').value === 'raad beslist'"
        )
        # The XSS stakeholder, placed with the keyboard, stays text.
        page.focus('#tray .chip[data-id="clb"]')
        page.keyboard.press("ArrowDown")
        page.wait_for_selector('#grid .chip[data-id="clb"]')
        assert page.locator("#progress").inner_text() == "3 van 38"
        # A reload (or a crashed tab restored) keeps the participant's work.
        page.reload()
        page.wait_for_selector("#rate:not([hidden])")
        assert page.locator("#progress").inner_text() == "3 van 38"
        with page.expect_download() as info:
            page.click("#download")
        download = info.value
        saved = tmp_path / "rondje-els.json"
        download.save_as(str(saved))
        assert download.suggested_filename == "ratings-Els-Peeters.json"
        assert "3" in page.locator("#status").inner_text()
        assert page.locator("img").count() == 0
        # The next participant, in a new tab, starts afresh.
        fresh = browser.new_page()
        fresh.goto(page_file.as_uri())
        fresh.wait_for_selector("#join:not([hidden])")
        assert fresh.locator("#rate").is_hidden()
        browser.close()
    assert alerts == []
    assert errors == []
    # Nothing but the page itself (and the download's blob) was asked for.
    assert {u.split(":", 1)[0] for u in requests} <= {"file", "blob", "data"}

    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["participant"] == "Els Peeters"
    assert data["map"]["fingerprint"] == map_fingerprint(smap)
    store.import_ratings(saved)
    rated = {
        a.stakeholder_id: a
        for a in store.to_map().assessments
        if a.rater == "Els Peeters"
    }
    assert sorted(rated) == ["clb", "gemeente", "ocmw"]
    assert rated["ocmw"].power > 4
    assert rated["ocmw"].interest > 4
    gem = rated["gemeente"]
    assert (gem.power, gem.interest, gem.attitude) == (3.0, 3.5, 2.0)
    assert (gem.confidence, gem.rationale) == (0.75, "raad beslist")
    # the first arrow places at the centre; ArrowDown there is one step down
    assert (rated["clb"].power, rated["clb"].interest) == (3.0, 3.0)
