"""The shared label placement engine stays below plotting and export."""

from __future__ import annotations

import subprocess
import sys


def test_engine_imports_neither_matplotlib_nor_pptx() -> None:
    code = (
        "import sys; "
        "from stakeholder_map._placement import geometry, placer; "
        "print(sorted(m for m in ('matplotlib', 'pptx', 'stakeholder_map.plotting', "
        "'stakeholder_map.export') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
