"""Layers point downwards, and the package's imports form no circle.

The import graph is drawn from the source with :mod:`ast`: every ``import`` and
``from ... import`` of ``stakeholder_map`` modules, at module level and inside
functions alike, plus ``importlib.import_module("stakeholder_map....")`` with a
literal name. Left out on purpose: imports under ``if TYPE_CHECKING:`` (they never
run; annotations may name any layer) and the names a package loads lazily through
a computed string (the root ``__getattr__``). ``from pkg import name`` points at
``pkg.name`` when that is a module, else at ``pkg`` itself; the implicit import of
a module's parent packages is not an arrow.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "stakeholder_map"
PKG = "stakeholder_map"

#: The house, bottom up. A module may import modules of its own layer or of a
#: layer below, never one above; the most specific prefix decides a module's
#: layer (``workshop.cli`` is command line, the rest of ``workshop`` is not).
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Foundation: types, words and errors every layer uses; standard library and
    # pydantic's types only.
    (
        "foundation",
        ("_types", "_dates", "_version", "i18n", "_messages", "_words", "exceptions"),
    ),
    # Label placement in abstract units (boxes, anchors, obstacles, a measuring
    # function passed in): numpy only, used by the figures and the slide deck.
    ("placement", ("_placement",)),
    # The validated data: pydantic models and their invariants (no pandas,
    # networkx or matplotlib). Shows itself through a display registered from above.
    ("models", ("models",)),
    # Data in and out, and map-to-map operations: readers and writers, the
    # NetworkX graph, privacy profiles, the bundled examples.
    ("data", ("io", "graph", "privacy", "datasets", "vocabulary")),
    # Pure analyses: maps and graphs to DataFrames; no matplotlib. The
    # "which view is empty" rules sit here as they are analyses of the map.
    ("analysis", ("analysis", "_empty_views")),
    # Display in consoles and notebooks (repr, Jupyter's HTML), which calls the
    # analyses; registered with models when the package is imported.
    ("display", ("_repr",)),
    # Figures: matplotlib and the interactive network, on top of the analyses.
    ("plotting", ("plotting",)),
    # Products built from figures and tables: report, slide deck, live workshop.
    ("export", ("export", "workshop")),
    # The command line and the helpers its modules share.
    ("cli", ("cli", "_cli_base", "workshop.cli")),
    # The package root: re-exports from every layer (lazily) and imports the
    # display so that it registers itself.
    ("root", ("",)),
)


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(SRC.rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join([PKG, *parts])] = path
    return out


MODULES = _modules()


def layer(module: str) -> int:
    """Return the rank of a module's layer (its most specific prefix)."""
    rel = module.removeprefix(PKG).removeprefix(".")
    best, rank = -1, -1
    for i, (_name, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            hit = prefix == "" or rel == prefix or rel.startswith(prefix + ".")
            if hit and len(prefix) > best:
                best, rank = len(prefix), i
    return rank


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _called(func: ast.expr) -> str:
    """Return the name a call calls (``f`` of ``f()`` and of ``m.f()``)."""
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _resolve(name: str) -> str | None:
    """Return the module of ours that an imported name is, or lives in."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _targets(module: str, path: Path) -> Iterator[tuple[str, int]]:
    """Yield (imported module of ours, line) for every import the module runs."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def visit(node: ast.AST) -> Iterator[tuple[str, int]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for sub in child.orelse:
                    yield from visit_node(sub)
                continue
            yield from visit_node(child)

    def visit_node(node: ast.AST) -> Iterator[tuple[str, int]]:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            subs = [f"{origin}.{a.name}" for a in node.names]
            subs = [s for s in subs if s in MODULES]
            if len(subs) < len(node.names):
                yield origin, node.lineno
            for sub in subs:
                yield sub, node.lineno
        elif (
            isinstance(node, ast.Call)
            and _called(node.func) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.args[0].value, node.lineno
        yield from visit(node)

    tree = ast.parse(path.read_text(encoding="utf-8"))
    for name, line in visit(tree):
        if name == PKG or name.startswith(PKG + "."):
            target = _resolve(name)
            if target is not None and target != module:
                yield target, line


def import_graph() -> dict[str, dict[str, int]]:
    """Return module -> {imported module: first line} over ``src/``."""
    graph: dict[str, dict[str, int]] = {}
    for module, path in MODULES.items():
        edges: dict[str, int] = {}
        for target, line in _targets(module, path):
            edges.setdefault(target, line)
        graph[module] = edges
    return graph


GRAPH = import_graph()


def _cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """Return the strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, {}):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            strong(v)
    return out


def test_every_module_has_a_layer() -> None:
    # "root" catches everything, so look for modules that only it catches.
    unplaced = [m for m in MODULES if m != PKG and layer(m) == len(LAYERS) - 1]
    assert unplaced == [], "give these modules a layer in LAYERS"


def test_the_graph_sees_real_imports() -> None:
    assert len(MODULES) > 50
    assert "stakeholder_map.models" in GRAPH["stakeholder_map.graph"]
    # function-level imports count: as_graph imports graph.to_graph inside
    assert "stakeholder_map.graph" in GRAPH["stakeholder_map.analysis._engine"]


def test_no_import_cycles() -> None:
    cycles = _cycles(GRAPH)
    detail = [
        [
            f"{a} -> {b} (line {line})"
            for a in comp
            for b, line in GRAPH[a].items()
            if b in comp
        ]
        for comp in cycles
    ]
    assert detail == []


def test_no_import_points_upwards() -> None:
    upwards = [
        f"{a} ({LAYERS[layer(a)][0]}) imports {b} ({LAYERS[layer(b)][0]}), line {line}"
        for a, edges in GRAPH.items()
        for b, line in edges.items()
        if layer(b) > layer(a)
    ]
    assert upwards == []


def test_the_checks_catch_a_cycle_and_an_upward_import() -> None:
    graph = {"a": {"b": 1}, "b": {"c": 1}, "c": {"a": 1}, "d": {}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert layer("stakeholder_map.models") < layer("stakeholder_map._repr")
    assert layer("stakeholder_map.workshop.cli") > layer("stakeholder_map.workshop")


# --------------------------------------------------------------------------------
# Third-party libraries per layer, and the import budget
# --------------------------------------------------------------------------------


def _third_party(path: Path) -> set[str]:
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
        for name in _third_party(f):
            if name.split(".")[0] in banned or any(
                name == b or name.startswith(b + ".") for b in banned
            ):
                out.append(f"{f.relative_to(SRC)} imports {name}")
    return out


def test_models_import_neither_networkx_nor_matplotlib() -> None:
    files = _files("models") + _files("_types.py")
    assert _offenders(files, ("networkx", "matplotlib", "pandas")) == []
    files = _files("exceptions.py") + _files("i18n.py")
    assert _offenders(files, ("networkx", "matplotlib")) == []


def test_io_and_analysis_do_not_import_matplotlib() -> None:
    files = _files("analysis") + _files("io") + _files("graph.py") + _files("_repr.py")
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


def test_the_display_is_registered_without_the_analyses() -> None:
    code = (
        "import sys, stakeholder_map as skm; "
        "from stakeholder_map.models import _DISPLAY; "
        "print(sorted(_DISPLAY), 'stakeholder_map.analysis' in sys.modules, "
        "'html' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["['html',", "'text']", "False", "False"]
