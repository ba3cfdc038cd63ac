"""Run every gallery script in ``examples/`` as a user would, in a fresh process."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))
MAX_LINES = 60


def test_examples_exist() -> None:
    assert SCRIPTS, f"no example scripts found in {EXAMPLES}"


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_example_is_a_short_gallery_script(script: Path) -> None:
    text = script.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert len(lines) <= MAX_LINES, f"{script.name} has {len(lines)} lines"
    assert script.stem.startswith("plot_")
    title = ast.get_docstring(ast.parse(text))
    assert title, f"{script.name} needs a docstring title"
    first, underline = title.splitlines()[:2]
    assert set(underline) == {"="}
    assert len(underline) == len(first)
    assert "# %%" in text
    assert 'skm.load_example("' in text
    assert "plt.show()" not in text


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_example_runs(script: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "MPLBACKEND": "Agg", "SKM_EXAMPLES_OUT": str(out)}
    result = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    written = sorted(p.name for p in out.iterdir())
    assert written, f"{script.name} saved nothing into $SKM_EXAMPLES_OUT"
    assert [p.name for p in tmp_path.iterdir()] == ["out"], "wrote into the cwd"
