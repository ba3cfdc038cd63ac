"""`stakeholder-map workshop serve/export`, run as users run them: in a subprocess."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
pytest.importorskip("segno")
httpx = pytest.importorskip("httpx")

import stakeholder_map as skm  # noqa: E402
from stakeholder_map.cli import main  # noqa: E402

PARTICIPANTS = re.compile(
    r"^Deelnemers / participants: (http://127\.0\.0\.1:(\d+)/)   code: ([A-Z0-9]{6})$"
)
FACILITATOR = re.compile(r"^Facilitator: (http://\S+/facilitator\?token=(\S+))$")
CLI = [sys.executable, "-m", "stakeholder_map.cli"]


def _env() -> dict[str, str]:
    return {**os.environ, "COLUMNS": "120", "LANG": "C.UTF-8", "LC_ALL": ""}


class Served:
    """A `workshop serve` subprocess and the addresses it printed."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [*CLI, "workshop", "serve", *args, "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=_env(),
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.out: list[str] = []
        self.pump = threading.Thread(target=self._pump, daemon=True)
        self.pump.start()
        found: dict[str, re.Match[str]] = {}
        while len(found) < 2:
            try:
                line = self.lines.get(timeout=30)
            except queue.Empty:
                self.proc.kill()
                pytest.fail(f"serve printed no addresses: {self.out}")
            for key, pattern in (("p", PARTICIPANTS), ("f", FACILITATOR)):
                m = pattern.match(line)
                if m:
                    found[key] = m
        self.url, port, self.code = found["p"].groups()
        self.port = int(port)
        self.facilitator_url, self.token = found["f"].groups()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.out.append(line.rstrip("\n"))
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, part: str) -> str:
        """Return the first printed line containing ``part``."""
        for line in self.out:
            if part in line:
                return line
        while True:
            try:
                line = self.lines.get(timeout=30)
            except queue.Empty:
                pytest.fail(f"serve did not print {part!r}: {self.out}")
            if part in line:
                return line

    def stop(self, sig: int) -> int:
        """Send ``sig``, wait for the exit; keep stderr in ``self.err``."""
        self.proc.send_signal(sig)
        status = self.proc.wait(20)
        self.pump.join(10)
        assert self.proc.stdout is not None
        assert self.proc.stderr is not None
        self.err = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        return status


@pytest.fixture
def kaart(tmp_path: Path) -> Path:
    return skm.write(skm.load_example("huis_van_het_kind"), tmp_path / "kaart.xlsx")


def _join(client: httpx.Client, code: str, name: str) -> dict[str, str]:
    r = client.post("/api/join", json={"name": name, "code": code})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


RATINGS = {
    "An": [("ocmw", 5, 4, 1, 0.9, "beslist over het budget"), ("gemeente", 4, 5, 2)],
    "Bram": [("ocmw", 4, 3, 0), ("opgroeien", 3, 4, -1, 0.5)],
    "Chloé": [("ocmw", 2, 2, -2, None, "weinig contact"), ("gemeente", 5, 4, 1)],
}


def _rate(client: httpx.Client, headers: dict[str, str], row: tuple) -> None:
    sid, power, interest, attitude, *rest = row
    body = {"power": power, "interest": interest, "attitude": attitude}
    if rest and rest[0] is not None:
        body["confidence"] = rest[0]
    if len(rest) > 1:
        body["rationale"] = rest[1]
    r = client.put(f"/api/ratings/{sid}", json=body, headers=headers)
    assert r.status_code == 200, r.text


def test_serve_kill_resume_export(kaart: Path, tmp_path: Path) -> None:
    db = tmp_path / "workshop.sqlite"
    first = Served(str(kaart), "--db", str(db))
    try:
        assert first.port > 0
        assert first.facilitator_url == (f"{first.url}facilitator?token={first.token}")
        tokens = {}
        with httpx.Client(base_url=first.url, timeout=10) as client:
            assert client.get("/healthz").json() == {"ok": True}
            for name, rows in RATINGS.items():
                tokens[name] = _join(client, first.code, name)
                for row in rows:
                    _rate(client, tokens[name], row)
            # a later rating replaces the earlier one, both are kept in history
            _rate(client, tokens["Bram"], ("ocmw", 5, 5, 1))
            qr = client.get("/qr.svg", params={"token": first.token})
            assert qr.headers["content-type"].startswith("image/svg+xml")
            assert "<svg" in qr.text
            assert client.get("/qr.svg").status_code == 403
    finally:
        first.stop(signal.SIGKILL)  # no chance to clean up
    assert first.proc.returncode == -signal.SIGKILL

    second = Served(str(kaart), "--db", str(db))
    try:
        assert (second.code, second.token) == (first.code, first.token)
        assert second.wait_for("tot nu toe 3 deelnemer(s)")
        with httpx.Client(base_url=second.url, timeout=10) as client:
            auth = {"Authorization": f"Bearer {second.token}"}
            summary = client.get("/api/summary", headers=auth).json()
            assert summary["code"] == first.code
            assert summary["join_url"] == second.url
            by_id = {s["id"]: s for s in summary["stakeholders"]}
            assert by_id["ocmw"]["n"] == 3
            assert by_id["ocmw"]["power"] == 5.0  # median of 5, 5 (Bram's later), 2
            assert [p["rated"] for p in summary["participants"]] == [2, 2, 2]
            # the participants' tokens survive the restart
            own = client.get("/api/ratings", headers=tokens["An"]).json()["own"]
            assert {r["stakeholder_id"] for r in own} == {"ocmw", "gemeente"}

        out = tmp_path / "kaart-na-workshop.xlsx"
        done = subprocess.run(
            [*CLI, "workshop", "export", "--db", str(db), "-o", str(out)],
            capture_output=True,
            text=True,
            env=_env(),
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "6 beoordelingen van 3 deelnemer(s)" in done.stdout
    finally:
        assert second.stop(signal.SIGINT) == 0
    assert second.out[-1] == f"Gestopt. De beoordelingen staan in {db}."
    assert "Traceback" not in second.err

    original = skm.read(kaart)
    back = skm.read(out)
    assert back.stakeholders == original.stakeholders
    assert back.relations == original.relations
    new = [a for a in back.assessments if a not in original.assessments]
    assert len(back.assessments) == len(original.assessments) + 6
    got = {
        (a.rater, a.stakeholder_id): (
            a.power,
            a.interest,
            a.attitude,
            a.confidence,
            a.rationale,
        )
        for a in new
    }
    want = {}
    for name, rows in RATINGS.items():
        for sid, power, interest, attitude, *rest in rows:
            conf = rest[0] if rest else None
            why = rest[1] if len(rest) > 1 else None
            want[(name, sid)] = (power, interest, attitude, conf, why)
    want[("Bram", "ocmw")] = (5, 5, 1, None, None)
    assert got == want
    day = {a.date for a in new}
    assert len(day) == 1
    (when,) = day
    agg = skm.analysis.aggregate(back, by_date=when)
    assert agg.loc["ocmw", "n_raters"] == 3
    assert agg.loc["ocmw", "power"] == 5.0  # median of An 5, Bram 5, Chloé 2
    assert not skm.analysis.rater_agreement(back, by_date=when).empty
    prob = skm.analysis.quadrant_probability(back, by_date=when, n_boot=200)
    assert "ocmw" in prob.index


def test_sigterm_stops_cleanly(kaart: Path, tmp_path: Path) -> None:
    served = Served(str(kaart), "--db", str(tmp_path / "w.sqlite"), "--lang", "en")
    assert served.stop(signal.SIGTERM) == 0
    assert served.out[-1].startswith("Stopped. The ratings are kept in")
    assert "Traceback" not in served.err


def test_resume_without_map_file_and_refuse_another_map(
    kaart: Path, tmp_path: Path
) -> None:
    db = tmp_path / "w.sqlite"
    served = Served(str(kaart), "--db", str(db))
    code = served.code
    assert served.stop(signal.SIGTERM) == 0
    again = Served("--db", str(db))
    assert again.code == code
    assert again.stop(signal.SIGTERM) == 0
    other = skm.load_example("huis_van_het_kind")
    first_one = other.stakeholders[0]
    moved = first_one.model_copy(update={"name": first_one.name + " (nieuw)"})
    other = other.model_copy(update={"stakeholders": (moved, *other.stakeholders[1:])})
    changed = skm.write(other, tmp_path / "andere.yaml")
    result = _run_main(
        ["workshop", "serve", str(changed), "--db", str(db), "--lang", "en"]
    )
    assert result[0] == 1
    assert "already holds a workshop" in result[2]
    assert "another `--db` file" in result[2]


def _run_main(args: list[str]) -> tuple[int, str, str]:
    """Run the command line in this process; return status, stdout and stderr."""
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        pytest.raises(SystemExit) as exit_info,
    ):
        main(args)
    return int(exit_info.value.code or 0), out.getvalue(), err.getvalue()


def test_export_of_missing_db(tmp_path: Path) -> None:
    db = tmp_path / "nergens.sqlite"
    status, _out, err = _run_main(
        ["workshop", "export", "--db", str(db), "-o", str(tmp_path / "x.xlsx")]
    )
    assert status == 1
    assert "No workshop database at" in err or "Er is geen workshopdatabank" in err
    assert str(db) in err
    assert "Traceback" not in err
    assert not db.exists()  # not created by looking
    assert not (tmp_path / "x.xlsx").exists()


def test_export_of_a_file_that_is_no_workshop(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite"
    db.write_text("not a database at all", encoding="utf-8")
    status, _, err = _run_main(
        ["workshop", "export", "--db", str(db), "-o", "x.json", "--lang", "en"]
    )
    assert status == 1
    assert "is not a workshop database" in err
    assert db.read_text(encoding="utf-8") == "not a database at all"


def test_export_refuses_csv(tmp_path: Path) -> None:
    status, _, err = _run_main(
        ["workshop", "export", "--db", "w.sqlite", "-o", "x.csv", "--lang", "nl"]
    )
    assert status == 1
    assert "`--output` moet eindigen op .xlsx, .yaml, .yml of .json" in err


def test_serve_needs_a_map_for_a_new_db(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    status, _, err = _run_main(["workshop", "serve", "--db", str(db), "--lang", "en"])
    assert status == 1
    assert "holds no workshop yet: give the map to rate" in err
    assert not db.exists()


def test_serve_a_map_with_problems(tmp_path: Path) -> None:
    bad = tmp_path / "kaart.csv"
    bad.write_text("name,power\nOCMW,7\nCLB,-3\n", encoding="utf-8")
    db = tmp_path / "w.sqlite"
    status, _, err = _run_main(
        ["workshop", "serve", str(bad), "--db", str(db), "--lang", "en"]
    )
    assert status == 1
    assert "2 problems" in err
    assert "row 2" in err
    assert "row 3" in err
    assert "Traceback" not in err
    assert not db.exists()


def test_serve_port_in_use(kaart: Path, tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        status, _, err = _run_main(
            [
                "workshop",
                "serve",
                str(kaart),
                "--db",
                str(tmp_path / "w.sqlite"),
                "--port",
                str(port),
                "--lang",
                "en",
            ]
        )
    assert status == 1
    assert f"Cannot listen on 127.0.0.1:{port}" in err
    assert "--port 0" in err


@pytest.mark.parametrize("missing", ["starlette", "uvicorn", "segno"])
def test_serve_without_the_workshop_extra(
    missing: str, kaart: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # `import missing` fails
    db = tmp_path / "w.sqlite"
    status, out, err = _run_main(
        ["workshop", "serve", str(kaart), "--db", str(db), "--lang", "en"]
    )
    assert status == 1
    assert f"The workshop server needs {missing}." in err
    assert 'pip install "stakeholder-map[workshop]"' in err
    assert "Traceback" not in err + out
    assert not db.exists()


# -- the loop without a network: from-pptx, page, import -----------------------
def test_from_pptx_adds_the_moved_deck_to_the_map(kaart: Path, tmp_path: Path) -> None:
    pptx = pytest.importorskip("pptx")
    smap = skm.read(kaart)
    deck = skm.export.to_pptx(smap, tmp_path / "deck.pptx", views=["grid", "attitude"])
    # Drag OCMW's marker onto the exact place of another stakeholder's marker.
    prs = pptx.Presentation(str(deck))
    grid = next(
        s for s in prs.slides if any(x.name.startswith("quadrant:") for x in s.shapes)
    )
    shapes = {x.name: x for x in grid.shapes}
    ocmw = next(s for s in smap if s.id == "ocmw")
    target = next(
        s
        for s in smap
        if s.power is not None
        and s.interest is not None
        and (s.power, s.interest) != (ocmw.power, ocmw.interest)
    )

    def marker(sid: str) -> Any:
        return next(
            c for c in shapes[f"stakeholder:{sid}"].shapes if c.name == f"marker:{sid}"
        )

    group, there = shapes["stakeholder:ocmw"], marker(target.id)
    here = marker("ocmw")
    group.left = group.left + there.left - here.left
    group.top = group.top + there.top - here.top
    prs.save(str(deck))

    status, out, err = _run_main(
        [
            "workshop",
            "from-pptx",
            str(deck),
            "--rater",
            "Stuurgroep 12/3",
            "-o",
            str(kaart),
            "--date",
            "03/12/2026",
        ]
    )
    assert status == 0, err
    drawn = [s for s in smap if s.power is not None and s.interest is not None]
    assert f"{len(drawn)} beoordelingen door 'Stuurgroep 12/3'" in out
    back = skm.read(kaart)
    new = {
        a.stakeholder_id: a for a in back.assessments if a.rater == "Stuurgroep 12/3"
    }
    assert (new["ocmw"].power, new["ocmw"].interest) == (target.power, target.interest)
    assert new["ocmw"].date.isoformat() == "2026-12-03"
    others = [s for s in drawn if s.id != "ocmw"]
    assert all(
        (new[s.id].power, new[s.id].interest) == (s.power, s.interest) for s in others
    )
    assert back.stakeholders == smap.stakeholders


def test_from_pptx_without_a_map_or_with_a_bad_date(
    kaart: Path, tmp_path: Path
) -> None:
    deck = tmp_path / "deck.pptx"
    args = ["workshop", "from-pptx", str(deck), "--rater", "X", "--lang", "en"]
    status, _, err = _run_main([*args, "-o", str(tmp_path / "nieuw.xlsx")])
    assert status == 1
    assert "Give the map the deck was made from with `--map" in err
    assert not (tmp_path / "nieuw.xlsx").exists()
    status, _, err = _run_main([*args, "-o", str(kaart), "--date", "morgen"])
    assert status == 1
    assert "`--date` ('morgen')" in err
    status, _, err = _run_main([*args, "-o", str(kaart)])
    assert status == 1
    assert "No file at" in err
    assert "deck.pptx" in err
    assert "Traceback" not in err


def test_page_then_import_then_export(kaart: Path, tmp_path: Path) -> None:
    from stakeholder_map.workshop.store import map_fingerprint

    status, out, err = _run_main(
        ["workshop", "page", str(kaart), "-o", str(tmp_path / "rondje.html")]
    )
    assert status == 0, err
    html = (tmp_path / "rondje.html").read_text(encoding="utf-8")
    assert '<html lang="nl">' in html
    assert "<script src" not in html
    assert "workshop import" in out

    smap = skm.read(kaart)
    files = []
    for i, (name, rows) in enumerate(RATINGS.items()):
        ratings = []
        for sid, power, interest, attitude, *rest in rows:
            rating = {
                "stakeholder_id": sid,
                "power": power,
                "interest": interest,
                "attitude": attitude,
            }
            if rest and rest[0] is not None:
                rating["confidence"] = rest[0]
            ratings.append(rating)
        saved = {
            "format": "stakeholder_map.workshop_ratings",
            "version": 1,
            "map": {"name": smap.name, "fingerprint": map_fingerprint(smap)},
            "submission": f"s-{i}",
            "participant": name,
            "ratings": ratings,
        }
        path = tmp_path / f"rondje-{i}.json"
        path.write_text(json.dumps(saved), encoding="utf-8")
        files.append(str(path))

    db = tmp_path / "w.sqlite"
    # A new database needs the map; a bad file refuses all and leaves no database.
    bad = tmp_path / "kapot.json"
    bad.write_text("{", encoding="utf-8")
    status, _, err = _run_main(["workshop", "import", *files, "--db", str(db)])
    assert status == 1
    assert "--map" in err
    status, _, err = _run_main(
        ["workshop", "import", *files, str(bad), "--db", str(db), "--map", str(kaart)]
    )
    assert status == 1
    assert "kapot.json" in err
    assert not db.exists()

    status, out, err = _run_main(
        ["workshop", "import", *files, "--db", str(db), "--map", str(kaart)]
    )
    assert status == 0, err
    assert "rondje-0.json: 2 beoordeling(en) van 'An' geïmporteerd." in out
    assert "workshop export --db" in out
    # The same files again count once: refused, nothing doubled.
    status, _, err = _run_main(["workshop", "import", files[0], "--db", str(db)])
    assert status == 1

    out_map = tmp_path / "na.yaml"
    status, out, err = _run_main(
        ["workshop", "export", "--db", str(db), "-o", str(out_map)]
    )
    assert status == 0, err
    back = skm.read(out_map)
    new = [a for a in back.assessments if a not in smap.assessments]
    assert sorted((a.rater, a.stakeholder_id) for a in new) == sorted(
        (name, row[0]) for name, rows in RATINGS.items() for row in rows
    )


def test_the_listener_gives_connections_tcp_nodelay() -> None:
    """Without TCP_NODELAY each answer on a kept-alive connection waits ~40 ms."""
    import asyncio
    import socket

    from stakeholder_map.workshop.cli import _listen

    sock = _listen("127.0.0.1", 0)
    seen: list[int] = []

    async def main() -> None:
        def accepted(
            reader: asyncio.StreamReader, writer: asyncio.StreamWriter
        ) -> None:
            conn = writer.get_extra_info("socket")
            seen.append(conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(accepted, sock=sock)
        port = sock.getsockname()[1]
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        for _ in range(100):
            if seen:
                break
            await asyncio.sleep(0.01)
        writer.close()
        server.close()
        await server.wait_closed()

    asyncio.run(main())
    assert seen == [1]


def test_serve_lan_shows_the_network_address_and_listens_on_it(
    kaart: Path, tmp_path: Path
) -> None:
    from stakeholder_map.workshop.server import lan_address

    proc = subprocess.Popen(
        [
            *CLI,
            "workshop",
            "serve",
            str(kaart),
            "--db",
            str(tmp_path / "w.sqlite"),
            "--lan",
            "--port",
            "0",
            "--lang",
            "en",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=_env(),
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    try:
        first = proc.stdout.readline()
        m = re.match(
            r"^Deelnemers / participants: http://([\d.]+):(\d+)/   code: ", first
        )
        assert m, first
        host, port = m.group(1), int(m.group(2))
        assert host == lan_address()
        seen = []
        for line in proc.stdout:
            seen.append(line)
            if line.startswith("The ratings are saved"):
                break
        assert any("Phones on the same Wi-Fi can join" in line for line in seen)
        # bound to every interface: this computer and the network address answer
        for where in {"127.0.0.1", host}:
            r = httpx.get(f"http://{where}:{port}/healthz", timeout=10)
            assert r.json() == {"ok": True}
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(20)
        proc.stdout.close()
        err = proc.stderr.read()
        proc.stderr.close()
    assert "Traceback" not in err
