"""Run every gallery script in ``examples/`` as a user would, in a fresh process."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

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


GALLERY = EXAMPLES.parent / "scripts" / "make_gallery.py"


def _gallery_module() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_gallery", GALLERY)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gallery_images_are_committed_and_small() -> None:
    gallery = _gallery_module()
    images = EXAMPLES.parent / "docs" / "images"
    for name in gallery.FIGURES:
        path = images / f"{name}.png"
        assert path.is_file(), f"run scripts/make_gallery.py: {path} is missing"
        assert path.stat().st_size < gallery.MAX_BYTES


def test_gallery_is_deterministic(tmp_path: Path) -> None:
    gallery = _gallery_module()
    first = gallery.render(tmp_path / "a", ["grid", "movement"])
    second = gallery.render(tmp_path / "b", ["grid", "movement"])
    assert [p.name for p in first] == ["grid.png", "movement.png"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
        assert a.read_bytes().startswith(b"\x89PNG")


def test_gallery_rejects_unknown_names(capsys: pytest.CaptureFixture[str]) -> None:
    gallery = _gallery_module()
    with pytest.raises(SystemExit):
        gallery.main(["--out", "unused", "grdi"])
    assert "grdi" in capsys.readouterr().err
