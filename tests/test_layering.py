"""Layers point downwards: models <- io/graph <- analysis <- plotting."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "stakeholder_map"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(*parts: str) -> list[Path]:
    target = SRC.joinpath(*parts)
    return sorted(target.rglob("*.py")) if target.is_dir() else [target]


def _offenders(files: list[Path], banned: tuple[str, ...]) -> list[str]:
    out = []
    for f in files:
        for name in _imports(f):
            if name.split(".")[0] in banned or any(
                name == b or name.startswith(b + ".") for b in banned
            ):
                out.append(f"{f.relative_to(SRC)} imports {name}")
    return out


def test_models_import_neither_networkx_nor_matplotlib() -> None:
    files = _files("models.py") + _files("_types.py")
    assert _offenders(files, ("networkx", "matplotlib", "pandas")) == []
    files = _files("exceptions.py") + _files("i18n.py")
    assert _offenders(files, ("networkx", "matplotlib")) == []


def test_io_and_analysis_do_not_import_matplotlib() -> None:
    files = _files("analysis") + _files("io") + _files("graph.py")
    assert _offenders(files, ("matplotlib", "stakeholder_map.plotting")) == []


def test_analysis_files_exist() -> None:
    assert _files("analysis"), "the layering test must look at real files"


@pytest.mark.parametrize(
    "heavy", ["pandas", "networkx", "matplotlib", "openpyxl", "yaml", "numpy", "scipy"]
)
def test_import_is_light(heavy: str) -> None:
    code = (
        "import sys, stakeholder_map as skm; "
        "skm.Stakeholder(name='A'); "
        f"print({heavy!r} in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False", f"import stakeholder_map loads {heavy}"


def test_submodules_load_lazily() -> None:
    code = (
        "import sys, stakeholder_map as skm; "
        "skm.analysis; "
        "print('matplotlib' in sys.modules, 'pandas' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "True"]
