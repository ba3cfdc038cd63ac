"""Import cost of ``import stakeholder_map`` against ``from pydantic import BaseModel``.

Target (foundation issue): the package import costs no more than twice the import of
pydantic's ``BaseModel``, measured in fresh processes in the same run, and loads
neither pandas, networkx nor matplotlib. Run: ``python benchmarks/bench_import.py``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 9
TARGET = 2.0


def _time(statement: str) -> float:
    code = (
        "import time; t = time.perf_counter(); "
        f"{statement}; print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip())


def main() -> int:
    _time("import stakeholder_map")  # warm the file cache
    base, ours = [], []
    for _ in range(RUNS):
        base.append(_time("from pydantic import BaseModel"))
        ours.append(_time("import stakeholder_map"))
    b, o = statistics.median(base), statistics.median(ours)
    heavy = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, stakeholder_map; "
            "print(sorted(m for m in ('pandas', 'networkx', 'matplotlib') "
            "if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ratio = o / b
    print(f"from pydantic import BaseModel  median {b * 1000:7.1f} ms ({RUNS} runs)")
    print(f"import stakeholder_map          median {o * 1000:7.1f} ms ({RUNS} runs)")
    print(f"ratio {ratio:.2f} (target <= {TARGET}); heavy modules loaded: {heavy}")
    return 0 if ratio <= TARGET and heavy == "[]" else 1


if __name__ == "__main__":
    t0 = time.perf_counter()
    rc = main()
    print(f"benchmark took {time.perf_counter() - t0:.1f} s")
    sys.exit(rc)
