"""Themes restore rcParams, importing changes none, palettes are keyed and safe."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import pytest
from matplotlib.colors import to_rgb

import stakeholder_map as skm
from stakeholder_map.plotting import (
    ATTITUDE_PALETTE,
    CATEGORICAL_PALETTE,
    QUADRANT_PALETTE,
    theme,
    theme_params,
)


def test_import_changes_no_rcparams() -> None:
    code = (
        "import matplotlib as mpl; before = dict(mpl.rcParams); "
        "import stakeholder_map.plotting; "
        "print([k for k, v in mpl.rcParams.items() if before[k] != v])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


_PLOTTING = Path(skm.__file__).parent / "plotting"


def test_importing_plotting_does_not_load_pyplot() -> None:
    # pyplot costs about 0.8 s and picks a backend: it loads only when a plot
    # needs plt.gca() or makes a figure.
    code = (
        "import sys; import stakeholder_map as skm; import stakeholder_map.plotting; "
        "skm.plotting.plot_network; "
        "print(sorted(m for m in sys.modules if m.startswith('matplotlib.pyplot')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("module", sorted(p.stem for p in _PLOTTING.glob("*.py")))
def test_no_pyplot_at_module_level(module: str) -> None:
    # pyplot (and its backend machinery) loads only inside functions that need
    # plt.gca(); importing the plotting layer must not pull it in.
    path = _PLOTTING / f"{module}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    assert "matplotlib.pyplot" not in names


@pytest.mark.parametrize("name", ["notebook", "slides", "print"])
def test_theme_restores_rcparams(name: str) -> None:
    before = dict(mpl.rcParams)
    with theme(name):
        assert mpl.rcParams["figure.figsize"] == list(
            theme_params(name)["figure.figsize"]
        )
        assert mpl.rcParams["figure.constrained_layout.use"] is True
    assert dict(mpl.rcParams) == before


def test_theme_restores_rcparams_after_an_error() -> None:
    before = dict(mpl.rcParams)

    def fail_inside_theme() -> None:
        with theme("slides"):
            msg = "boom"
            raise RuntimeError(msg)

    with pytest.raises(RuntimeError, match="boom"):
        fail_inside_theme()
    assert dict(mpl.rcParams) == before


def test_slides_theme_is_16_9_with_large_fonts() -> None:
    with theme("slides"):
        fig, _ = plt.subplots()
        width, height = fig.get_size_inches()
        assert width / height == pytest.approx(16 / 9, rel=1e-3)
        assert mpl.rcParams["font.size"] >= 18
        assert mpl.rcParams["savefig.dpi"] >= 200
    with theme("print"):
        assert mpl.rcParams["savefig.dpi"] == 300
        assert mpl.rcParams["font.size"] < 10


def test_rc_overrides_the_theme() -> None:
    with theme("slides", rc={"font.size": 30}):
        assert mpl.rcParams["font.size"] == 30


def test_unknown_theme_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"`name` must be one of .*'posters'"):
        theme_params("posters")  # type: ignore[arg-type]


def test_theme_params_returns_a_copy() -> None:
    params = theme_params("slides")
    params["font.size"] = 1
    assert theme_params("slides")["font.size"] != 1


def test_attitude_palette_covers_the_scale_and_is_distinct() -> None:
    assert sorted(ATTITUDE_PALETTE) == [-2, -1, 0, 1, 2]
    colours = {to_rgb(c) for c in ATTITUDE_PALETTE.values()}
    assert len(colours) == 5
    # Diverging: the ends are dark, the middle is light.
    lum = {k: sum(to_rgb(c)) / 3 for k, c in ATTITUDE_PALETTE.items()}
    assert lum[0] > lum[-2]
    assert lum[0] > lum[2]


def test_quadrant_palette_is_keyed_by_the_enum() -> None:
    assert set(QUADRANT_PALETTE) == {q.value for q in skm.Quadrant}
    assert len(set(QUADRANT_PALETTE.values())) == 4
    assert len(set(CATEGORICAL_PALETTE)) == len(CATEGORICAL_PALETTE)


def test_palettes_are_read_only() -> None:
    with pytest.raises(TypeError):
        ATTITUDE_PALETTE[0] = "red"  # type: ignore[index]
