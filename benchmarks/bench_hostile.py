"""Refusing hostile files: time and peak memory, against reading the bundled example.

Issue 11: a file made to exhaust memory or time (a zip bomb, a sheet whose used
range is the whole grid, JSON nested a million deep, a 5000-digit number) must be
refused with one clear error, quickly and in little memory. For each kind of bomb
this script builds a small file, then reads it in a fresh subprocess (so one
read's memory does not hide the next's) and reports the CPU time, the peak memory
Python allocated (tracemalloc) and the process's peak resident size, each as a
ratio against reading the bundled example ``huis_van_het_kind`` (as .xlsx) in the
same subprocess. The child also runs under ``RLIMIT_AS`` of 2 GB and a CPU-time
limit, so a reader that stops refusing a bomb fails here instead of taking the
machine down. The script exits with status 1 when a bomb is not refused with a
``StakeholderMapError``; the ratios are printed, not asserted.

Run by hand (not part of the tests)::

    python benchmarks/bench_hostile.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import signal
import statistics
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import stakeholder_map as skm

_SST = '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def _small_workbook(folder: Path, name: str) -> Path:
    return skm.write(skm.load_example("huis_van_het_kind"), folder / name)


def _rewrite(path: Path, out: Path, parts: dict[str, bytes]) -> Path:
    """Copy the workbook at ``path`` to ``out``, replacing or adding ``parts``."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            if item.filename not in parts:
                dst.writestr(item, src.read(item.filename))
        for name, data in parts.items():
            dst.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out


def zip_ratio(folder: Path) -> Path:
    """An xlsx with a 200 MB part of zeros (about 200 KB zipped)."""
    base = _small_workbook(folder, "base.xlsx")
    return _rewrite(
        base, folder / "ratio.xlsx", {"xl/media/pad.bin": b"\0" * (200 << 20)}
    )


def shared_strings(folder: Path) -> Path:
    """An xlsx whose shared-strings table holds 5 million strings."""
    base = _small_workbook(folder, "base.xlsx")
    sst = (_SST + "<si><t>aaaaaaaa</t></si>" * 5_000_000 + "</sst>").encode()
    return _rewrite(base, folder / "sst.xlsx", {"xl/sharedStrings.xml": sst})


def sparse_corner(folder: Path) -> Path:
    """An xlsx with one value in XFD1048576, the grid's last cell."""
    import openpyxl

    path = folder / "corner.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "stakeholders"
    ws.append(["name"])
    ws.append(["A"])
    ws["XFD1048576"] = "x"
    wb.save(path)
    return path


def huge_sheet(folder: Path) -> Path:
    """An xlsx whose stakeholders sheet holds 2 million rows of one short cell."""
    base = _small_workbook(folder, "base.xlsx")
    with zipfile.ZipFile(base) as archive:
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    sheet = next(
        part.split('Target="')[1].split('"')[0]
        for part in rels.split("<Relationship ")[1:]
        if "worksheet" in part
    )
    sheet = sheet.lstrip("/")
    sheet = sheet if sheet.startswith("xl/") else "xl/" + sheet
    rows = "".join(
        f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>s</t></is></c></row>'
        for i in range(1, 2_000_001)
    )
    xml = (
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>'
    ).encode()
    return _rewrite(base, folder / "rows.xlsx", {sheet: xml})


def deep_json(folder: Path) -> Path:
    """JSON nested a million lists deep."""
    path = folder / "deep.json"
    path.write_text("[" * 1_000_000 + "]" * 1_000_000, "utf-8")
    return path


def deep_yaml(folder: Path) -> Path:
    """YAML flow lists nested a million deep."""
    path = folder / "deep.yaml"
    path.write_text("a: " + "[" * 1_000_000 + "]" * 1_000_000 + "\n", "utf-8")
    return path


def long_integer(folder: Path) -> Path:
    """JSON whose power is a 5000-digit integer (Python refuses over 4300 digits)."""
    path = folder / "digits.json"
    text = json.dumps({"name": "m", "stakeholders": [{"name": "A", "power": 0}]})
    path.write_text(text.replace('"power": 0', '"power": ' + "9" * 5000), "utf-8")
    return path


def wide_csv(folder: Path) -> Path:
    """A CSV with 1 million columns in its header."""
    path = folder / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(1_000_000)) + "\n", "utf-8")
    return path


def long_cell_csv(folder: Path) -> Path:
    """A CSV whose one cell holds 50 million characters."""
    path = folder / "cell.csv"
    path.write_text("name\n" + "a" * 50_000_000 + "\n", "utf-8")
    return path


BOMBS: dict[str, Callable[[Path], Path]] = {
    "xlsx zip ratio (200 MB of zeros)": zip_ratio,
    "xlsx shared strings (5M)": shared_strings,
    "xlsx sparse corner XFD1048576": sparse_corner,
    "xlsx huge sheet (2M rows)": huge_sheet,
    "json nested 1M deep": deep_json,
    "yaml nested 1M deep": deep_yaml,
    "json 5000-digit integer": long_integer,
    "csv 1M columns": wide_csv,
    "csv 50M-character cell": long_cell_csv,
}

#: Run in the child: time and memory of reading the example, then of the bomb.
_CHILD = r"""
import json, resource, sys, time, tracemalloc, warnings
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
resource.setrlimit(resource.RLIMIT_CPU, (60, 60))
import stakeholder_map as skm
from stakeholder_map.exceptions import StakeholderMapError
warnings.simplefilter("ignore")

def measure(path):
    tracemalloc.start()
    t0 = time.process_time()
    try:
        skm.read(path)
        outcome = "read"
    except StakeholderMapError as err:
        outcome = "refused: " + str(err).splitlines()[-1][:90]
    cpu = time.process_time() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"cpu": cpu, "peak": peak, "rss": rss, "outcome": outcome}

example, bomb = sys.argv[1], sys.argv[2]
measure(example)  # warm the imports up
print(json.dumps({"example": measure(example), "bomb": measure(bomb)}))
"""


def run_child(example: Path, bomb: Path) -> dict[str, dict[str, object]]:
    """Measure the example and the bomb in one fresh, limited subprocess."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(example), str(bomb)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or [f"exit {done.returncode}"]
        if done.returncode == -signal.SIGXCPU or done.returncode == -signal.SIGKILL:
            tail = ["CPU-time or memory limit hit"]
        return {"bomb": {"outcome": "NOT REFUSED: " + tail[0]}}
    result: dict[str, dict[str, object]] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per bomb (median)")
    args = parser.parse_args(argv)
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        example = _small_workbook(folder, "example.xlsx")
        print(
            f"baseline: reading the bundled example ({example.stat().st_size:,} B xlsx)"
        )
        print(
            f"{'bomb':36} {'file':>10} {'CPU':>9} {'tracemalloc':>11} {'RSS':>9}"
            "  outcome"
        )
        for n, (label, make) in enumerate(BOMBS.items()):
            sub = folder / f"bomb{n}"
            sub.mkdir(parents=True)
            bomb = make(sub)
            runs = [run_child(example, bomb) for _ in range(args.repeat)]
            good = [r for r in runs if "example" in r]
            outcome = str(runs[-1]["bomb"]["outcome"])
            if not good or not outcome.startswith("refused"):
                failed = True
                print(f"{label:36} {bomb.stat().st_size:>10,}  {outcome}")
                continue
            cells = []
            for key in ("cpu", "peak", "rss"):
                ratios = [
                    float(r["bomb"][key]) / max(float(r["example"][key]), 1e-9)  # type: ignore[arg-type]
                    for r in good
                ]
                cells.append(f"{statistics.median(ratios):8.1f}x")
            print(
                f"{label:36} {bomb.stat().st_size:>10,} {cells[0]:>9} {cells[1]:>11}"
                f" {cells[2]:>9}  {outcome[9:60]}"
            )
    print(
        "ratios: bomb / example, median of runs; RSS: the process's peak resident "
        "size after the bomb over that after the example"
    )
    print(
        "every bomb refused with a StakeholderMapError:",
        "FAILED" if failed else "OK",
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
