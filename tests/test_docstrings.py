"""Every public name passes numpydoc validation with the checks of pyproject.toml.

The walk over the public names and the validator live in
``scripts/check_docstrings.py`` (run it by hand to list every problem at once).
"""

from __future__ import annotations

import importlib.util
import sys
from enum import StrEnum
from pathlib import Path
from types import ModuleType

import pytest
from pydantic import BaseModel, Field

ROOT = Path(__file__).resolve().parents[1]


def _load_checker() -> ModuleType:
    path = ROOT / "scripts" / "check_docstrings.py"
    spec = importlib.util.spec_from_file_location("check_docstrings", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


checker = _load_checker()


# Objects with known docstring faults, to prove the checks bite. -----------------


def undocumented_parameter(data: int, *, extra: int = 0) -> int:
    """Return the data.

    Parameters
    ----------
    data
        The data.

    Returns
    -------
    int
        The data.

    Examples
    --------
    >>> undocumented_parameter(1)
    1
    """
    return data + extra


def no_examples(data: int) -> int:
    """Return the data.

    Parameters
    ----------
    data
        The data.

    Returns
    -------
    int
        The data.
    """
    return data


class Colour(StrEnum):
    """Colours of a test.

    Examples
    --------
    >>> Colour("red").name
    'RED'
    """

    RED = "red"


class Record(BaseModel):
    """A record with one documented field of two.

    Parameters
    ----------
    name
        The name.

    Examples
    --------
    >>> Record(name="a").size
    0
    """

    name: str = Field(description="The name.")
    size: int = Field(default=0, description="The size.")


def _codes(obj: object) -> set[str]:
    """The configured checks that fail for an object of this module."""
    checks, _ = checker.configured_checks()
    name = f"{__name__}.{obj.__qualname__}"  # type: ignore[attr-defined]
    result = checker.validate(name, validator_cls=checker.PublicValidator)
    return {code for code, _ in result["errors"]} & checks


# The real test -------------------------------------------------------------------


def test_every_public_name_passes_numpydoc_validation() -> None:
    problems = checker.problems()
    listing = "\n".join(str(p) for p in problems)
    assert not problems, (
        f"{len(problems)} numpydoc problem(s); run `python scripts/check_docstrings.py`"
        f" and fix them:\n{listing}"
    )


def test_the_walk_covers_every_public_module_and_member() -> None:
    names = dict(checker.public_names())
    expected = [
        "stakeholder_map.StakeholderMap",
        "stakeholder_map.StakeholderMap.get",
        "stakeholder_map.StakeholderMap.ids",  # a property
        "stakeholder_map.Quadrant",
        "stakeholder_map.read",
        "stakeholder_map.analysis.power_interest",
        "stakeholder_map.analysis.MapDiff.summary",
        "stakeholder_map.plotting.plot_power_interest",
        "stakeholder_map.plotting.PowerInterestGrid.draw",
        "stakeholder_map.io.read_excel",
        "stakeholder_map.export.to_pptx",
        "stakeholder_map.privacy.redact",
        "stakeholder_map.exceptions.InputDataError",
        "stakeholder_map.i18n.text",
    ]
    missing = [name for name in expected if name not in names]
    assert not missing
    # Re-exports are checked once, under their first public name.
    assert "stakeholder_map.io.read" not in names
    # Overrides of matplotlib's Artist protocol keep matplotlib's contract.
    assert "stakeholder_map.plotting.LabelPlacement.draw" not in names
    assert "stakeholder_map.plotting.LabelPlacement.update_placement" in names
    # Constants carry no docstring of their own.
    assert "stakeholder_map.plotting.QUADRANT_PALETTE" not in names
    assert len(names) > 150


def test_the_configured_checks_are_those_of_pyproject() -> None:
    checks, exclude = checker.configured_checks()
    assert "EX01" in checks  # examples are required
    assert "PR01" in checks
    assert "ES01" not in checks  # switched off in pyproject.toml
    assert "PR04" not in checks  # types live in the annotations
    assert exclude is not None
    assert exclude.search("stakeholder_map._types")


@pytest.mark.parametrize(
    ("obj", "code"),
    [(undocumented_parameter, "PR01"), (no_examples, "EX01"), (Record, "PR01")],
)
def test_the_checks_catch_a_faulty_docstring(obj: object, code: str) -> None:
    assert code in _codes(obj)


def test_an_enum_has_no_constructor_parameters_to_document() -> None:
    assert _codes(Colour) == set()


def test_a_model_field_may_be_documented_as_an_attribute() -> None:
    class Documented(BaseModel):
        """A record whose fields are documented as attributes.

        Attributes
        ----------
        name
            The name.
        size
            The size.

        Examples
        --------
        >>> Documented(name="a").size
        0
        """

        name: str
        size: int = 0

    validator = checker.PublicValidator.__new__(checker.PublicValidator)
    doc = checker.get_doc_object(Documented, config={"show_class_members": False})
    checker.Validator.__init__(validator, doc)
    assert validator.signature_parameters == ("name", "size")
    assert list(validator.doc_all_parameters) == ["name", "size"]
    assert validator.parameter_mismatches == []
