"""The packages split from big modules: every name stays at the old address.

``stakeholder_map.models`` and four analysis modules became packages of one idea
per module (see docs/code-organisation.md). Code, notebooks and pickles import
from the package, so each public name a room defines must be the package's own;
each room says what it holds and what it may import, and the package's docstring
lists every room.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pickle
import pkgutil
from pathlib import Path
from types import ModuleType

import pytest

import stakeholder_map as skm

PACKAGES = (
    "stakeholder_map.models",
    "stakeholder_map.analysis.network",
    "stakeholder_map.analysis.communication",
    "stakeholder_map.analysis.timeline",
    "stakeholder_map.analysis.raters",
)
#: A room above this size holds more than one idea; split it along them.
MAX_LINES = 800


def _rooms(package: str) -> list[ModuleType]:
    pkg = importlib.import_module(package)
    return [
        importlib.import_module(f"{package}.{info.name}")
        for info in pkgutil.iter_modules(pkg.__path__)
    ]


def _defined(module: ModuleType) -> list[str]:
    """Return the names a module defines at its top level (not the ones it imports)."""
    assert module.__file__ is not None
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [
                n.id
                for t in node.targets
                for n in ast.walk(t)
                if isinstance(n, ast.Name)
            ]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("package", PACKAGES)
def test_every_public_name_of_a_room_is_the_packages(package: str) -> None:
    pkg = importlib.import_module(package)
    rooms = _rooms(package)
    assert len(rooms) >= 4
    missing = [
        f"{room.__name__}.{name}"
        for room in rooms
        for name in _defined(room)
        if not name.startswith("_")
        and getattr(pkg, name, None) is not getattr(room, name)
    ]
    assert missing == [], f"re-export these from {package}"
    # And the package defines nothing itself: its public names live in the rooms.
    assert [n for n in _defined(pkg) if n != "__all__"] == []
    homes = {
        getattr(pkg, n).__module__
        for n in pkg.__all__
        if inspect.isfunction(getattr(pkg, n)) or inspect.isclass(getattr(pkg, n))
    }
    assert homes <= {room.__name__ for room in rooms}


@pytest.mark.parametrize("package", PACKAGES)
def test_each_room_says_what_it_holds_and_may_import(package: str) -> None:
    pkg = importlib.import_module(package)
    assert pkg.__doc__ is not None
    for room in _rooms(package):
        short = room.__name__.rpartition(".")[2]
        assert f"``{short}``" in pkg.__doc__, f"{package} does not list {short}"
        doc = " ".join((room.__doc__ or "").split())
        assert "Layer: " in doc, room.__name__
        assert "May import" in doc or "may import" in doc, room.__name__
        assert room.__file__ is not None
        lines = Path(room.__file__).read_text(encoding="utf-8").count("\n")
        assert lines <= MAX_LINES, f"{room.__name__} has {lines} lines"


def test_the_old_addresses_of_private_helpers_still_import() -> None:
    # Names other modules, benchmarks and tests import from the old modules.
    from stakeholder_map.analysis.communication import _as_date, _service
    from stakeholder_map.analysis.network import _as_ids, _fragment, _fragment_many
    from stakeholder_map.analysis.raters import _central, _parse_date, _ratings
    from stakeholder_map.analysis.timeline import _quadrants, _rescaled
    from stakeholder_map.models import (
        _DISPLAY,
        READY_HOOKS,
        RelationKind,
        _attribute_name,
        _attribute_value,
        _reserved_names,
        collect_problems,
    )

    helpers = (_as_date, _service, _as_ids, _fragment, _fragment_many, _central)
    helpers += (_parse_date, _ratings, _quadrants, _rescaled, _attribute_name)
    helpers += (_attribute_value, _reserved_names, collect_problems)
    assert all(callable(f) for f in helpers)
    assert set(_DISPLAY) <= {"text", "html"}
    assert RelationKind.FUNDING == "funding"
    assert "_attributes" in READY_HOOKS["stakeholder_map.attributes_ready"]


def test_a_map_and_a_result_pickle_through_their_new_modules(
    example_map: skm.StakeholderMap,
) -> None:
    back = pickle.loads(pickle.dumps(example_map))
    assert back == example_map
    assert type(back) is skm.StakeholderMap
    first = example_map.stakeholders[0].id
    frag = skm.analysis.fragmentation(example_map, removed=[first])
    assert pickle.loads(pickle.dumps(frag)) == frag
