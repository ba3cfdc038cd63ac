import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

import warnings

with warnings.catch_warnings():
    # starlette >= 1.x prefers `httpx2` for its test client; plain httpx still works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

import stakeholder_map as skm
from stakeholder_map.workshop import WorkshopError, WorkshopStore, create_app

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture
def smap():
    return skm.load_example("huis_van_het_kind")


@pytest.fixture
def store(tmp_path, smap):
    s = WorkshopStore(tmp_path / "w.sqlite", smap=smap)
    yield s
    s.close()


@pytest.fixture
def client(store):
    return TestClient(create_app(store))


def _join(client, store, name="An"):
    r = client.post("/api/join", json={"name": name, "code": store.code})
    assert r.status_code == 200
    return {"Authorization": f"Bearer {r.json()['token']}"}


def test_code_and_tokens_are_random(tmp_path, smap):
    a = WorkshopStore(tmp_path / "a.sqlite", smap=smap)
    b = WorkshopStore(tmp_path / "b.sqlite", smap=smap)
    assert len(a.code) == 6
    assert (a.code, a.facilitator_token) != (b.code, b.facilitator_token)
    assert a.join("x", a.code)[1] != a.join("x", a.code)[1]


def test_wal_and_resume(tmp_path, smap):
    path = tmp_path / "w.sqlite"
    s = WorkshopStore(path, smap=smap)
    _, token = s.join("An", s.code)
    s.rate(token, "ocmw", power=5, interest=4, attitude=1)
    mode = s._db.execute("PRAGMA journal_mode").fetchone()[0]
    s.close()
    assert mode == "wal"
    again = WorkshopStore(path)
    assert again.code == s.code
    assert [r["power"] for r in again.latest()] == [5.0]
    assert again.participant(token)[1] == "An"
    again.close()


def test_new_db_needs_map_and_same_map(tmp_path, smap):
    with pytest.raises(WorkshopError, match="holds no workshop"):
        WorkshopStore(tmp_path / "x.sqlite")
    WorkshopStore(tmp_path / "y.sqlite", smap=smap).close()
    other = smap.model_copy(update={"name": "Ander"})
    with pytest.raises(WorkshopError, match="differs"):
        WorkshopStore(tmp_path / "y.sqlite", smap=other)


def test_later_rating_replaces_but_history_kept(store):
    _, token = store.join("An", store.code)
    store.rate(token, "ocmw", power=2, interest=2, attitude=0)
    store.rate(token, "ocmw", power=4, interest=5, attitude=-1, rationale="  x  y ")
    assert store.history_count() == 2
    (latest,) = store.latest()
    assert (latest["power"], latest["interest"], latest["rationale"]) == (4, 5, "x y")


def test_to_map_gives_assessments_for_raters(store, smap, tmp_path):
    _, a = store.join("An", store.code)
    _, b = store.join("Bert", store.code)
    store.rate(a, "ocmw", power=5, interest=4, attitude=1, confidence=0.8)
    store.rate(b, "ocmw", power=3, interest=2, attitude=-2)
    out = store.to_map()
    new = [x for x in out.assessments if x.rater in {"An", "Bert"}]
    assert len(out.assessments) == len(smap.assessments) + 2
    assert {(x.rater, x.power, x.confidence, x.date) for x in new} == {
        ("An", 5.0, 0.8, store.date),
        ("Bert", 3.0, None, store.date),
    }
    path = skm.io.write(out, tmp_path / "na.xlsx")
    back = skm.read(path)
    assert len(back.assessments) == len(out.assessments)
    agg = skm.analysis.aggregate(back)
    assert "ocmw" in agg.index


def test_join_errors(client, store):
    assert (
        client.post("/api/join", json={"name": "An", "code": "WRONG1"}).status_code
        == 403
    )
    r = client.post("/api/join", json={"name": " ", "code": store.code})
    assert r.status_code == 422
    assert "name" in r.json()["error"]
    assert client.post("/api/join", content=b"[1]").status_code == 400
    assert client.post("/api/join", content=b"{nope").status_code == 400
    big = {"name": "x" * 10_000, "code": store.code}
    assert client.post("/api/join", json=big).status_code == 413
    # the code is not case sensitive and spaces are ignored
    code = store.code.lower()
    ok = client.post(
        "/api/join", json={"name": "An", "code": f" {code[:3]} {code[3:]}"}
    )
    assert ok.status_code == 200


def test_healthz_and_csp(client):
    r = client.get("/healthz")
    assert r.json() == {"ok": True}
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp


def test_stakeholders_need_token(client, store, smap):
    assert client.get("/api/stakeholders").status_code == 401
    bad = {"Authorization": "Bearer nope"}
    assert client.get("/api/stakeholders", headers=bad).status_code == 401
    rows = client.get("/api/stakeholders", headers=_join(client, store)).json()
    assert [r["id"] for r in rows] == [s.id for s in smap.stakeholders]
    assert set(rows[0]) == {"id", "name", "short_name", "category"}


def test_put_rating_and_errors(client, store):
    h = _join(client, store)
    r = client.put(
        "/api/ratings/ocmw", headers=h, json={"power": 5, "interest": 1, "attitude": 2}
    )
    assert r.status_code == 200
    assert r.json()["power"] == 5.0
    cases = [
        ({"power": 6, "interest": 1, "attitude": 0}, 422, "power"),
        ({"power": 3, "interest": 0.5, "attitude": 0}, 422, "interest"),
        ({"power": 3, "interest": 3, "attitude": 3}, 422, "attitude"),
        ({"power": 3, "interest": 3}, 422, "attitude"),
        ({"power": "hoog", "interest": 3, "attitude": 0}, 422, "power"),
        ({"power": True, "interest": 3, "attitude": 0}, 422, "power"),
        (
            {"power": 3, "interest": 3, "attitude": 0, "confidence": 2},
            422,
            "confidence",
        ),
        ({"power": 3, "interest": 3, "attitude": 0, "rationale": 5}, 422, "rationale"),
        ({"power": 3, "interest": 3, "attitude": 0, "extra": 1}, 422, "extra"),
    ]
    for body, status, word in cases:
        r = client.put("/api/ratings/ocmw", headers=h, json=body)
        assert r.status_code == status, body
        assert word in r.json()["error"], body
    r = client.put(
        "/api/ratings/nobody",
        headers=h,
        json={"power": 3, "interest": 3, "attitude": 0},
    )
    assert r.status_code == 404
    assert "nobody" in r.json()["error"]
    r = client.put("/api/ratings/ocmw", json={"power": 3, "interest": 3, "attitude": 0})
    assert r.status_code == 401
    assert store.history_count() == 1


def test_participant_sees_only_own_until_revealed(client, store):
    a, b = _join(client, store, "An"), _join(client, store, "Bert")
    body = {"power": 4, "interest": 4, "attitude": 0}
    client.put("/api/ratings/ocmw", headers=a, json=body)
    client.put("/api/ratings/ocmw", headers=b, json={**body, "power": 2})
    mine = client.get("/api/ratings", headers=a).json()
    assert [r["power"] for r in mine["own"]] == [4.0]
    assert mine["summary"] is None
    fac = {"Authorization": f"Bearer {store.facilitator_token}"}
    assert (
        client.post("/api/state", headers=a, json={"revealed": True}).status_code == 403
    )
    assert client.post("/api/state", headers=fac, json={"revealed": True}).json()[
        "revealed"
    ]
    shown = client.get("/api/ratings", headers=a).json()
    assert shown["summary"][0]["id"] == "ocmw"
    assert shown["summary"][0]["n"] == 2


def test_summary_facilitator_only(client, store):
    a, b = _join(client, store, "An"), _join(client, store, XSS)
    assert client.get("/api/summary", headers=a).status_code == 403
    assert client.get("/api/summary").status_code == 401
    for h, p in ((a, 5), (b, 1)):
        client.put(
            "/api/ratings/ocmw",
            headers=h,
            json={"power": p, "interest": 5, "attitude": 0},
        )
        client.put(
            "/api/ratings/gemeente",
            headers=h,
            json={"power": 4, "interest": 4, "attitude": 0},
        )
    fac = {"Authorization": f"Bearer {store.facilitator_token}"}
    s = client.get("/api/summary", headers=fac).json()
    first, second = s["stakeholders"][:2]
    assert first["id"] == "ocmw"  # most disagreement first
    assert (first["n"], first["power"], first["power_iqr"], first["quadrant"]) == (
        2,
        3.0,
        2.0,
        "manage_closely",
    )
    assert (second["id"], second["power_iqr"]) == ("gemeente", 0.0)
    assert s["stakeholders"][-1]["n"] == 0
    assert {p["name"]: p["rated"] for p in s["participants"]} == {"An": 2, XSS: 2}
    assert s["alpha"] is not None
    assert s["alpha"] < 1


def test_closed_round_refuses_ratings(client, store):
    a = _join(client, store)
    fac = {"Authorization": f"Bearer {store.facilitator_token}"}
    client.post("/api/state", headers=fac, json={"closed": True})
    r = client.put(
        "/api/ratings/ocmw", headers=a, json={"power": 3, "interest": 3, "attitude": 0}
    )
    assert r.status_code == 409
    assert (
        client.post("/api/state", headers=fac, json={"closed": "ja"}).status_code == 422
    )


def test_facilitator_cannot_rate_and_unknown_paths_are_json(client, store):
    fac = {"Authorization": f"Bearer {store.facilitator_token}"}
    r = client.put(
        "/api/ratings/ocmw",
        headers=fac,
        json={"power": 3, "interest": 3, "attitude": 0},
    )
    assert r.status_code == 403
    assert client.get("/api/nope").json() == {"error": "Not found."}
    assert client.delete("/api/join").status_code == 405


def test_import_does_not_load_starlette():
    import subprocess
    import sys

    code = (
        "import sys, stakeholder_map, stakeholder_map.workshop; "
        "print('starlette' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
