"""End to end in a real browser: Playwright drives the system Chromium."""

import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api")

import stakeholder_map as skm  # noqa: E402
from stakeholder_map.workshop import WorkshopStore  # noqa: E402
from stakeholder_map.workshop.server import start_in_thread  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed")
XSS = "<img src=x onerror=alert(1)>"
DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"


@pytest.fixture
def served(tmp_path):
    smap = skm.load_example("huis_van_het_kind")
    store = WorkshopStore(tmp_path / "w.sqlite", smap=smap)
    server, thread, port = start_in_thread(store)
    yield store, f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    store.close()


def _drag(page, stakeholder_id, fx, fy):
    chip = page.locator(f'.chip[data-id="{stakeholder_id}"]')
    chip.scroll_into_view_if_needed()
    chip.hover()
    box = page.locator("#grid").bounding_box()
    page.mouse.down()
    page.mouse.move(
        box["x"] + fx * box["width"], box["y"] + fy * box["height"], steps=5
    )
    page.mouse.up()


def test_two_participants_and_facilitator(served, tmp_path):
    store, url = served
    alerts = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        phone = browser.new_page(viewport={"width": 360, "height": 780})
        laptop = browser.new_page(viewport={"width": 1200, "height": 900})
        errors = []
        for page in (phone, laptop):
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            page.on("dialog", lambda d: (alerts.append(d.message), d.dismiss()))
        for page, name in ((phone, "An"), (laptop, XSS)):
            page.goto(url + "/")
            page.fill("#name", name)
            page.fill("#code", store.code.lower())
            page.click("#join-button")
            page.wait_for_selector("#rate:not([hidden])")
        # Dutch map, Dutch page
        assert phone.locator("#progress").inner_text() == "0 van 38"
        _drag(phone, "ocmw", 0.9, 0.1)  # high interest, high power
        phone.wait_for_selector('#grid .chip[data-id="ocmw"]', timeout=5000)
        _drag(laptop, "ocmw", 0.1, 0.9)  # low interest, low power
        laptop.wait_for_selector('#grid .chip[data-id="ocmw"]')
        # keyboard only: focus a tray chip, arrows place and move it
        laptop.focus('#tray .chip[data-id="gemeente"]')
        laptop.keyboard.press("ArrowUp")
        laptop.wait_for_selector('#grid .chip[data-id="gemeente"]')
        laptop.keyboard.press("ArrowRight")
        laptop.wait_for_selector('#grid .chip[aria-label*="Belang 3.5"]')
        laptop.click('#attitude button[aria-label="Houding 2"]')
        laptop.wait_for_selector('#attitude button[aria-pressed="true"]')
        assert phone.locator("#progress").inner_text() == "1 van 38"

        mine = {r["rater"]: r for r in store.latest() if r["stakeholder_id"] == "ocmw"}
        assert mine["An"]["power"] > 4
        assert mine["An"]["interest"] > 4
        assert mine[XSS]["power"] < 2
        assert mine[XSS]["interest"] < 2
        gem = next(r for r in store.latest() if r["stakeholder_id"] == "gemeente")
        # the first arrow places it at the centre (3, 3); a step is 1/8 of 1..5
        assert (gem["power"], gem["interest"], gem["attitude"]) == (3.0, 3.5, 2.0)

        fac = browser.new_page(viewport={"width": 1200, "height": 900})
        fac.on("dialog", lambda d: (alerts.append(d.message), d.dismiss()))
        fac.goto(f"{url}/facilitator?token={store.facilitator_token}")
        fac.wait_for_selector('#rows tr[data-id="ocmw"]')
        names = fac.locator("#participants li").all_inner_texts()
        assert names == ["An: 1 van 38", f"{XSS}: 2 van 38"]
        first = fac.locator("#rows tr").first.locator("td").all_inner_texts()
        assert first[:2] == [store.smap.get("ocmw").name, "2"]
        assert fac.locator("img:not(#qr)").count() == 0  # the XSS name stayed text
        # the dots carry short names, and every label stays inside the grid
        grid_box = fac.locator("#grid").bounding_box()
        labels = fac.locator("#grid .dot-label")
        assert labels.count() == 2
        assert "OCMW" in labels.all_inner_texts()
        for i in range(labels.count()):
            box = labels.nth(i).bounding_box()
            assert box is not None
            assert grid_box is not None
            assert box["x"] >= grid_box["x"]
            assert box["x"] + box["width"] <= grid_box["x"] + grid_box["width"]
        # the join address, the code and a QR code that loaded
        fac.wait_for_selector("#join:not([hidden])")
        assert fac.locator("#join-code").inner_text() == store.code
        assert fac.locator("#join-url").inner_text() == f"{url}/"
        fac.wait_for_function("document.querySelector('#qr').naturalWidth > 0")
        assert "QR" in (fac.locator("#qr").get_attribute("alt") or "")
        fac.check("#reveal")
        phone.wait_for_selector("#grid .dot", timeout=5000)
        if os.environ.get("SKM_WORKSHOP_SCREENSHOTS") == "1":
            DOCS_IMG.mkdir(parents=True, exist_ok=True)
            phone.screenshot(
                path=str(DOCS_IMG / "workshop-participant.png"), full_page=True
            )
            fac.screenshot(
                path=str(DOCS_IMG / "workshop-facilitator.png"), full_page=True
            )
        browser.close()
    assert alerts == []
    assert errors == []
    out = skm.io.write(store.to_map(), tmp_path / "na.xlsx")
    back = skm.read(out)
    assert {a.rater for a in back.assessments} >= {"An", XSS}
