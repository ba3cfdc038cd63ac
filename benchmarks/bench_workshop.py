"""A live workshop under load: 40 participants rating every stakeholder at once.

Issue requirement: 40 simulated participants rate all stakeholders of the bundled
example concurrently against a real server (``stakeholder-map workshop serve`` in
a subprocess, uvicorn on 127.0.0.1), reporting ratings per second, p50/p95 latency
and the counts "acknowledged = stored = exported"; a second run kills the server
with SIGKILL halfway, restarts it on the same database and checks the same
equality.

Latency is reported in milliseconds and as a ratio against the baseline measured
in the same run against the same server: ``GET /healthz``, a request that does no
work, sent by as many clients at once as there are participants, so the ratio
says what checking and storing a rating (one SQLite commit) costs beyond the HTTP
round trip on this machine.

"Acknowledged" counts the PUTs the server answered with 200; "stored" the rows of
the ratings table (every rating is kept as history) and the latest rating per
participant and stakeholder; "exported" the assessments ``workshop export`` adds
to the map. Every acknowledged rating must be stored (after the kill too), and the
export must hold exactly the latest stored rating of each participant and
stakeholder. A PUT cut off by the kill may have been stored without being
acknowledged: it is resent after the restart, as the participant page does, and
counts once. The script exits with status 1 when an equality fails.

Run by hand (not part of the tests; needs the ``workshop`` extra and httpx)::

    python benchmarks/bench_workshop.py [--participants 40] [--runs both]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

import stakeholder_map as skm

CLI = [sys.executable, "-m", "stakeholder_map.cli"]
PARTICIPANTS = re.compile(r"^Deelnemers / participants: (http://\S+/)\s+code: (\S+)$")
FACILITATOR = re.compile(r"^Facilitator: http://\S+/facilitator\?token=(\S+)$")


def free_port() -> int:
    """Return a port that is free now (the server is restarted on the same one)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``stakeholder-map workshop serve`` in a subprocess."""

    def __init__(self, kaart: Path, db: Path, port: int) -> None:
        env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": ""}
        self.proc = subprocess.Popen(
            [
                *CLI,
                "workshop",
                "serve",
                str(kaart),
                "--db",
                str(db),
                "--port",
                str(port),
                "--lang",
                "nl",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            env=env,
        )
        assert self.proc.stdout is not None
        url = code = token = None
        deadline = time.monotonic() + 60
        while (url is None or token is None) and time.monotonic() < deadline:
            line = self.proc.stdout.readline().rstrip("\n")
            if not line and self.proc.poll() is not None:
                break
            if m := PARTICIPANTS.match(line):
                url, code = m.groups()
            if m := FACILITATOR.match(line):
                token = m.group(1)
        if url is None or code is None or token is None:
            self.proc.kill()
            msg = "the server printed no addresses"
            raise SystemExit(msg)
        self.url, self.code, self.token = url, code, token
        # Keep reading stdout so the server never blocks on a full pipe.
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)
        self.proc.wait(30)


def wait_until_up(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    msg = f"the server at {url} did not come back"
    raise SystemExit(msg)


class Participant(threading.Thread):
    """Joins, then rates every stakeholder once, in its own order."""

    def __init__(
        self, i: int, url: str, code: str, ids: list[str], start: threading.Event
    ) -> None:
        super().__init__(daemon=True)
        self.name = f"Deelnemer {i + 1}"
        self.url, self.code, self.start_event = url, code, start
        rng = random.Random(i)
        self.plan = [
            (
                sid,
                {
                    "power": rng.randint(2, 10) / 2,
                    "interest": rng.randint(2, 10) / 2,
                    "attitude": float(rng.randint(-2, 2)),
                    "confidence": rng.choice([None, 0.5, 1.0]),
                    "rationale": rng.choice(["", "beslist mee", "weinig contact"]),
                },
            )
            for sid in rng.sample(ids, len(ids))
        ]
        self.acked: list[tuple[str, dict[str, Any]]] = []
        self.latencies: list[float] = []
        self.resent = 0
        self.errors: list[str] = []

    def run(self) -> None:
        with httpx.Client(base_url=self.url, timeout=30) as client:
            r = self._send(
                client,
                "POST",
                "/api/join",
                None,
                {"name": self.name, "code": self.code},
            )
            headers = {"Authorization": f"Bearer {r.json()['token']}"}
            self.start_event.wait()
            for sid, body in self.plan:
                data = {k: v for k, v in body.items() if v not in (None, "")}
                t0 = time.perf_counter()
                r = self._send(client, "PUT", f"/api/ratings/{sid}", headers, data)
                self.latencies.append(time.perf_counter() - t0)
                if r.status_code == 200:
                    self.acked.append((sid, data))
                else:
                    self.errors.append(f"{sid}: {r.status_code} {r.text}")

    def _send(
        self,
        client: httpx.Client,
        method: str,
        path: str,
        headers: dict[str, str] | None,
        body: dict[str, Any],
    ) -> httpx.Response:
        """Send, resending after a dropped connection (the server was killed)."""
        while True:
            try:
                return client.request(method, path, headers=headers, json=body)
            except httpx.TransportError:
                self.resent += 1
                wait_until_up(self.url)


def stored(db: Path) -> tuple[int, dict[tuple[str, str], tuple[Any, ...]]]:
    """Return the number of rating rows and the latest rating per (rater, id)."""
    con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT p.name, r.stakeholder_id, r.power, r.interest, r.attitude"
            " FROM ratings r JOIN participants p ON p.id = r.participant_id"
            " ORDER BY r.id"
        ).fetchall()
    finally:
        con.close()
    latest = {(name, sid): (pw, it, at) for name, sid, pw, it, at in rows}
    return len(rows), latest


def exported(db: Path, out: Path, original: skm.StakeholderMap) -> dict[Any, Any]:
    done = subprocess.run(
        [*CLI, "workshop", "export", "--db", str(db), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    back = skm.read(out)
    new = back.assessments[len(original.assessments) :]
    return {(a.rater, a.stakeholder_id): (a.power, a.interest, a.attitude) for a in new}


def healthz_baseline(url: str, n_clients: int, n_each: int) -> list[float]:
    """Time ``GET /healthz`` from ``n_clients`` clients at once, ``n_each`` each."""
    out: list[float] = []
    lock = threading.Lock()
    go = threading.Barrier(n_clients)

    def client_run() -> None:
        times = []
        with httpx.Client(base_url=url, timeout=30) as client:
            client.get("/healthz")  # connect first, as the participants have
            go.wait()
            for _ in range(n_each):
                t0 = time.perf_counter()
                client.get("/healthz")
                times.append(time.perf_counter() - t0)
        with lock:
            out.extend(times)

    threads = [threading.Thread(target=client_run) for _ in range(n_clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def run(n_participants: int, *, kill: bool, folder: Path) -> bool:
    original = skm.load_example("huis_van_het_kind")
    kaart = skm.write(original, folder / "kaart.xlsx")
    ids = [s.id for s in original.stakeholders]
    db = folder / ("kill.sqlite" if kill else "plain.sqlite")
    port = free_port()
    server = Server(kaart, db, port)
    base = healthz_baseline(server.url, n_participants, len(ids))
    start = threading.Event()
    people = [
        Participant(i, server.url, server.code, ids, start)
        for i in range(n_participants)
    ]
    for p in people:
        p.start()
    time.sleep(0.5)  # everyone has joined (their join retries until then)
    total = n_participants * len(ids)
    t0 = time.perf_counter()
    start.set()
    killed_at = None
    if kill:
        while sum(len(p.acked) for p in people) < total // 2:
            time.sleep(0.005)
        killed_at = sum(len(p.acked) for p in people)
        server.kill()
        server = Server(kaart, db, port)  # resumes the workshop in the same file
    for p in people:
        p.join()
    elapsed = time.perf_counter() - t0
    server.stop()

    acked = {(p.name, sid): data for p in people for sid, data in p.acked}
    n_acked = sum(len(p.acked) for p in people)
    n_rows, latest = stored(db)
    exp = exported(db, folder / f"na-{db.stem}.xlsx", original)
    lat = [x for p in people for x in p.latencies]
    errors = [e for p in people for e in p.errors]
    missing = [
        key
        for key, data in acked.items()
        if latest.get(key) != (data["power"], data["interest"], data["attitude"])
    ]
    ok = (
        not errors
        and not missing
        and n_acked == total
        and len(acked) == len(latest)
        and exp == latest
    )
    title = "with SIGKILL halfway and restart" if kill else "uninterrupted"
    print(f"\n== {n_participants} participants x {len(ids)} stakeholders, {title}")
    print(
        f"ratings per second     {n_acked / elapsed:8.0f}  "
        f"({n_acked} in {elapsed:.2f} s)"
    )
    p50, p95, b50 = pct(lat, 50), pct(lat, 95), pct(base, 50)
    print(f"latency p50 / p95      {p50 * 1e3:8.1f} / {p95 * 1e3:.1f} ms")
    print(
        f"GET /healthz p50       {b50 * 1e3:8.1f} ms "
        "(baseline: same clients, same server)"
    )
    print(f"ratio p50 / baseline   {p50 / b50:8.1f}x   p95 / baseline {p95 / b50:.1f}x")
    if kill:
        resent = sum(p.resent for p in people)
        print(
            f"killed after           {killed_at} acknowledged; "
            f"{resent} request(s) resent"
        )
    print(
        f"acknowledged {n_acked} (distinct {len(acked)}) | stored rows {n_rows}, "
        f"latest {len(latest)} | exported {len(exp)}"
    )
    print(
        f"every acknowledged rating stored: {not missing}; exported = latest stored: "
        f"{exp == latest}; errors: {len(errors)}"
    )
    for e in errors[:5]:
        print("  ", e)
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--participants", type=int, default=40)
    parser.add_argument("--runs", choices=["plain", "kill", "both"], default="both")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        if args.runs in ("plain", "both"):
            ok &= run(args.participants, kill=False, folder=Path(tmp))
        if args.runs in ("kill", "both"):
            ok &= run(args.participants, kill=True, folder=Path(tmp))
    print("\nOK" if ok else "\nFAILED: see the counts above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
