"""The hostile-file corpus: every file gives what ``manifest.yaml`` says.

The files (``tests/data/hostile/files``, made by ``make_corpus.py``) are read in
two subprocesses, each under ``RLIMIT_AS`` (1 GB) and ``RLIMIT_CPU``, with a wall
timeout, so a reader that stops refusing a bomb fails these tests instead of
taking the machine down. Each child reads its share of the files with
``skm.read`` and runs ``stakeholder-map validate`` on each error file (in
process, ``stakeholder_map.cli.main``), and reports what it got as JSON.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

CORPUS = Path(__file__).parents[1] / "data" / "hostile"
MANIFEST: list[dict[str, Any]] = yaml.safe_load(
    (CORPUS / "manifest.yaml").read_text("utf-8")
)
MEMORY_LIMIT = 1 << 30  # RLIMIT_AS of each child, in bytes
CPU_LIMIT = 60  # RLIMIT_CPU of each child, in seconds
WALL_TIMEOUT = 120  # seconds

_CHILD = r"""
import contextlib, io, json, resource, sys, time, traceback, warnings
import stakeholder_map as skm
from stakeholder_map.cli import main
from stakeholder_map.exceptions import StakeholderMapError

warnings.simplefilter("ignore")
out = {}
for path in sys.argv[1:]:
    t0 = time.process_time()
    got = {}
    try:
        smap = skm.read(path)
        got.update(outcome="ok", stakeholders=len(smap.stakeholders),
                   relations=len(smap.relations),
                   names=[s.name for s in smap.stakeholders])
    except StakeholderMapError as err:
        got.update(outcome="error", error=type(err).__name__, message=str(err))
    except BaseException as err:
        got.update(outcome="foreign", error=type(err).__name__,
                   message=traceback.format_exc())
    if got["outcome"] != "ok":
        stdout, stderr = io.StringIO(), io.StringIO()
        code = 0
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                main(["validate", path])
            except SystemExit as exc:
                code = exc.code
            except BaseException:
                code = "raised"
                traceback.print_exc()
        got.update(cli_code=code, cli_stderr=stderr.getvalue())
    got["cpu"] = time.process_time() - t0
    out[path] = got
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"files": out, "maxrss": usage.ru_maxrss * 1024}))
"""


def _limit() -> None:  # runs in the child before it starts
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT, CPU_LIMIT))


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    """Read every corpus file in two limited subprocesses."""
    paths = [str(CORPUS / "files" / e["file"]) for e in MANIFEST]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    children = []
    start = time.monotonic()
    for share in (paths[0::2], paths[1::2]):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, *share],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            preexec_fn=_limit,  # no threads run in this process at this point
        )
        children.append(child)
    files: dict[str, Any] = {}
    maxrss = []
    for child in children:
        left = max(WALL_TIMEOUT - (time.monotonic() - start), 1)
        try:
            stdout, stderr = child.communicate(timeout=left)
        except subprocess.TimeoutExpired:
            for c in children:
                c.kill()
                c.communicate()
            pytest.fail(f"reading the corpus took over {WALL_TIMEOUT} s")
        assert child.returncode == 0, (
            f"a child reading the corpus died (status {child.returncode}; a negative "
            f"status is a signal: the memory or CPU limit): {stderr[-2000:]}"
        )
        report = json.loads(stdout)
        files.update(report["files"])
        maxrss.append(report["maxrss"])
    return {"files": files, "maxrss": maxrss}


def test_corpus_is_large_and_small() -> None:
    files = sorted(p.name for p in (CORPUS / "files").iterdir())
    assert files == sorted(e["file"] for e in MANIFEST)
    assert len(files) >= 150
    total = sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file())
    assert total < 3 * 1024 * 1024
    suffixes = {"".join(Path(f).suffixes[-2:]) for f in files} | {
        Path(f).suffix for f in files
    }
    for suffix in (".xlsx", ".xlsm", ".csv", ".yaml", ".json", ".graphml", ".gexf"):
        assert suffix in suffixes
    for suffix in (".nodelink.json", ".kumu.json", ".kumu.xlsx", ".network.xlsx"):
        assert suffix in suffixes


def test_reads_stay_within_memory(results: dict[str, Any]) -> None:
    # The children ran under RLIMIT_AS; their peak resident size stays far below.
    assert max(results["maxrss"]) < MEMORY_LIMIT


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_corpus_file(results: dict[str, Any], entry: dict[str, Any]) -> None:
    got = results["files"][str(CORPUS / "files" / entry["file"])]
    assert got["outcome"] != "foreign", got["message"]
    if entry["expect"] == "ok":
        assert got["outcome"] == "ok", got.get("message")
        assert got["stakeholders"] == entry["stakeholders"]
        assert got["relations"] == entry["relations"]
        for name in entry.get("names", []):
            assert name in got["names"]  # hostile text is kept as it is
        return
    assert got["outcome"] == "error", "a broken file was read in silence"
    assert got["error"] == entry["error"]
    assert entry["fragment"] in got["message"]
    assert got["cli_code"] not in (0, 70, "raised"), got["cli_stderr"]
    assert "Traceback" not in got["cli_stderr"]


def test_corpus_is_what_the_script_makes(tmp_path: Path) -> None:
    # Regenerating gives the same manifest (the files are checked above).
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_corpus", CORPUS / "make_corpus.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.HERE = tmp_path
    module.OUT = tmp_path / "files"
    module.main()
    assert (tmp_path / "manifest.yaml").read_text("utf-8") == (
        CORPUS / "manifest.yaml"
    ).read_text("utf-8")
    for entry in MANIFEST[::10]:
        name = entry["file"]
        assert (tmp_path / "files" / name).read_bytes() == (
            CORPUS / "files" / name
        ).read_bytes()
