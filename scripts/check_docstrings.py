"""Validate the docstrings of every public name with numpydoc.

Walks ``__all__`` of the public modules (and the public methods and properties
that our classes define), runs :func:`numpydoc.validate.validate` on each and keeps
the checks configured in ``[tool.numpydoc_validation]`` of ``pyproject.toml``.

Run it by hand to see every problem at once::

    python scripts/check_docstrings.py            # exit 1 when a docstring fails

``tests/test_docstrings.py`` imports this file, so the same walk runs in CI.
"""

from __future__ import annotations

import dataclasses
import enum
import importlib
import inspect
import re
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from numpydoc.docscrape import get_doc_object
from numpydoc.validate import Validator, get_validation_checks, validate
from pydantic import BaseModel

ROOT = Path(__file__).resolve().parent.parent

PUBLIC_MODULES = (
    "stakeholder_map",
    "stakeholder_map.analysis",
    "stakeholder_map.plotting",
    "stakeholder_map.io",
    "stakeholder_map.export",
    "stakeholder_map.privacy",
    "stakeholder_map.datasets",
    "stakeholder_map.exceptions",
    "stakeholder_map.graph",
    "stakeholder_map.i18n",
    "stakeholder_map.vocabulary",
)


@dataclass(frozen=True)
class Problem:
    """One failed numpydoc check of one public name."""

    name: str
    code: str
    message: str
    where: str

    def __str__(self) -> str:
        return f"{self.where}: {self.name}: {self.code} {self.message}"


def _is_record(obj: Any) -> bool:
    """Pydantic models and dataclasses: their constructor takes their fields."""
    return inspect.isclass(obj) and (
        issubclass(obj, BaseModel) or dataclasses.is_dataclass(obj)
    )


class PublicValidator(Validator):  # type: ignore[misc]
    """numpydoc's validator, told the real constructor of our record classes.

    Three adaptations, none of which switches a check off:

    - A pydantic model is built from its fields (``Stakeholder(name=...)``), but
      with ``defer_build=True`` its signature reads ``(**data)`` until first use;
      the fields are taken as its parameters instead.
    - An enumeration is not called with ``EnumType.__call__``'s arguments
      (``names``, ``module``, ``qualname``, ...) but looked up by value; it has no
      parameters to document (its members are listed in its docstring).
    - A record (model or dataclass) may document a field under ``Parameters``
      (what you pass) or ``Attributes`` (what you read); every field must still be
      documented, in field order, and no unknown name may be.
    """

    def __init__(self, obj_name: str) -> None:
        obj = Validator._load_obj(obj_name)
        config = {"show_class_members": False}
        super().__init__(get_doc_object(obj, config=config))

    @property
    def signature_parameters(self) -> tuple[str, ...]:
        obj = self.obj
        if inspect.isclass(obj) and issubclass(obj, enum.Enum):
            return ()
        if inspect.isclass(obj) and issubclass(obj, BaseModel):
            return tuple(
                field.alias or name for name, field in obj.model_fields.items()
            )
        return tuple(super().signature_parameters)

    @property
    def doc_all_parameters(self) -> Any:
        if _is_record(self.obj):
            sections = ["Parameters", "Other Parameters", "Attributes"]
            return self._doc_parameters(sections)
        return super().doc_all_parameters


def configured_checks() -> tuple[set[str], re.Pattern[str] | None]:
    """Return the numpydoc checks and the exclusion pattern from pyproject.toml."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    section = config["tool"]["numpydoc_validation"]
    checks = get_validation_checks(set(section["checks"]))
    exclude = section.get("exclude", [])
    pattern = re.compile("|".join(f"(?:{e})" for e in exclude)) if exclude else None
    return checks, pattern


def _is_ours(obj: Any) -> bool:
    module = getattr(obj, "__module__", None) or ""
    return module == "stakeholder_map" or module.startswith("stakeholder_map.")


def _documentable(obj: Any) -> bool:
    """Functions and classes carry their own docstring; constants do not."""
    return (inspect.isfunction(obj) or inspect.isclass(obj)) and _is_ours(obj)


def _overrides_foreign(cls: type, attr: str) -> bool:
    """Whether ``attr`` overrides a method of a base class that is not ours.

    Such a method (``Artist.draw``, ``Artist.remove``) keeps its base class's
    contract, which is documented there.
    """
    return any(attr in vars(base) and not _is_ours(base) for base in cls.__mro__[1:])


def _members(cls: type) -> Iterator[tuple[str, Any]]:
    """Public methods and properties that the class itself defines."""
    for attr, raw in vars(cls).items():
        if attr.startswith("_") or _overrides_foreign(cls, attr):
            continue
        if isinstance(raw, staticmethod | classmethod):
            func = raw.__func__
        elif isinstance(raw, property):
            func = raw.fget
        elif inspect.isfunction(raw):
            func = raw
        else:
            continue
        if func is not None and _is_ours(func):
            yield attr, raw


def public_names() -> Iterator[tuple[str, str]]:
    """Yield ``(public name, importable path)`` for every documented public object.

    An object exported under several names (``skm.read`` and ``skm.io.read``) is
    checked once, under the first public name found. The importable path is
    where numpydoc loads it from (its defining module).
    """
    seen: set[int] = set()
    for module_name in PUBLIC_MODULES:
        module: ModuleType = importlib.import_module(module_name)
        for name in module.__all__:
            obj = getattr(module, name)
            if not _documentable(obj) or id(obj) in seen:
                continue
            seen.add(id(obj))
            public = f"{module_name}.{name}"
            importable = f"{obj.__module__}.{obj.__qualname__}"
            yield public, importable
            if inspect.isclass(obj):
                for attr, _raw in _members(obj):
                    yield f"{public}.{attr}", f"{importable}.{attr}"


def problems() -> list[Problem]:
    """Validate every public name and return the failures of the configured checks."""
    checks, exclude = configured_checks()
    found: list[Problem] = []
    for public, importable in public_names():
        if exclude is not None and exclude.search(public):
            continue
        result = validate(importable, validator_cls=PublicValidator)
        file = Path(result.get("file") or "?")
        if file.is_relative_to(ROOT):
            file = file.relative_to(ROOT)
        where = f"{file}:{result.get('file_line') or '?'}"
        found.extend(
            Problem(public, code, message, where)
            for code, message in result["errors"]
            if code in checks
        )
    return found


def main() -> int:
    """Print every problem; return 1 if there is any."""
    found = problems()
    for problem in found:
        print(problem)
    names = len({p.name for p in found})
    print(f"{len(found)} problem(s) in {names} public name(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
