"""The documentation site: complete API reference, runnable examples, generated pages.

Building the site itself (``mkdocs build --strict``) is a CI step of its own; these
tests are the fast checks that keep the pages honest between builds.
"""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import inspect
import re
import sys
import warnings
from pathlib import Path
from types import ModuleType
from typing import Any

import matplotlib.pyplot as plt
import pytest
import yaml

import stakeholder_map as skm

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
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


def _load(name: str) -> ModuleType:
    path = DOCS / "hooks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"docs_hooks_{name}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


roles = _load("griffe_roles")
generate = _load("generate")


def _pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if "hooks" not in p.parts)


def _nav_files(items: Any) -> list[str]:
    if isinstance(items, str):
        return [items]
    if isinstance(items, list):
        return [f for item in items for f in _nav_files(item)]
    if isinstance(items, dict):
        return [f for value in items.values() for f in _nav_files(value)]
    return []


def _mkdocs_config() -> dict[str, Any]:
    # mkdocs.yml may hold !!python tags in other projects; ours is plain YAML.
    config: dict[str, Any] = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    return config


# -- the API reference is complete -----------------------------------------------


def _public_objects() -> dict[int, str]:
    """Every public name of the public modules, by identity."""
    found: dict[int, str] = {}
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            obj = getattr(module, name)
            if inspect.ismodule(obj) or name == "__version__":
                continue
            found.setdefault(id(obj), f"{module_name}.{name}")
    return found


def test_every_public_name_is_on_an_api_page() -> None:
    documented = {id(roles._import(path)) for path in roles.documented_paths()}
    missing = sorted(
        name for key, name in _public_objects().items() if key not in documented
    )
    assert not missing, (
        "Add these public names to a page of docs/api/ (a `::: path` line):\n"
        + "\n".join(missing)
    )


def test_every_api_directive_names_a_public_object() -> None:
    public = _public_objects()
    paths = roles.documented_paths()
    assert len(paths) == len(set(paths)), "an object is documented twice"
    stray = [p for p in paths if id(roles._import(p)) not in public]
    assert not stray


def test_every_page_is_in_the_navigation() -> None:
    nav = set(_nav_files(_mkdocs_config()["nav"]))
    pages = {str(p.relative_to(DOCS)) for p in _pages()}
    assert pages == nav


def test_the_site_stays_offline() -> None:
    config = _mkdocs_config()
    assert config["theme"]["font"] is False
    plugins = [next(iter(p)) if isinstance(p, dict) else p for p in config["plugins"]]
    assert "social" not in plugins
    assert config["strict"] is True


# -- roles become links ----------------------------------------------------------


@pytest.fixture(scope="module")
def index() -> Any:
    return roles._Index(roles.documented_paths())


@pytest.mark.parametrize(
    ("text", "owner", "expected"),
    [
        (
            ":func:`place_labels`",
            "stakeholder_map.plotting.grid.plot_power_interest",
            "[`place_labels()`][stakeholder_map.plotting.place_labels]",
        ),
        (
            ":class:`~stakeholder_map.Scale`",
            "stakeholder_map.models.StakeholderMap",
            "[`Scale`][stakeholder_map.Scale]",
        ),
        (
            ":meth:`MapDiff.summary`",
            "stakeholder_map.analysis.timeline.compare",
            "[`MapDiff.summary()`][stakeholder_map.analysis.MapDiff.summary]",
        ),
        (
            ":class:`~matplotlib.text.Text`",
            "stakeholder_map.plotting.labels.place_labels",
            "`Text`",
        ),
        (":func:`_parse`", "stakeholder_map.io._text.read_csv", "`_parse()`"),
    ],
)
def test_roles_become_links_or_code(
    text: str, owner: str, expected: str, index: Any
) -> None:
    assert roles.rewrite(text, owner, index) == expected


def test_see_also_and_references_become_lists(index: Any) -> None:
    text = (
        "Summary.\n\nSee Also\n--------\nwrite : The inverse.\n"
        "networkx.pagerank : PageRank, with a description\n    on two lines.\n\n"
        "References\n----------\n.. [1] Burt, R. S. (1992).\n   Structural Holes.\n"
        "\nNotes\n-----\nAs in [1]_.\n"
    )
    out = roles.rewrite_sections(text, "stakeholder_map.io.read", index)
    assert "- [`write`][stakeholder_map.io.write]: The inverse." in out
    assert "- `networkx.pagerank`: PageRank, with a description on two lines." in out
    assert "- [1] Burt, R. S. (1992). Structural Holes." in out
    assert "As in [1]." in out


# -- generated pages -------------------------------------------------------------


def test_the_cli_reference_lists_every_command_and_option() -> None:
    import typer

    from stakeholder_map.cli import app

    text = generate.cli_reference()
    root: Any = typer.main.get_command(app)
    commands = [(name, command) for name, command in root.commands.items()]
    for name, group in root.commands.items():  # e.g. `workshop serve`
        commands += [
            (f"{name} {n}", c) for n, c in getattr(group, "commands", {}).items()
        ]
    assert "workshop serve" in dict(commands)
    for name, command in commands:
        assert f"## {name} {{#{name.replace(' ', '-')}}}" in text
        for param in command.params:
            if param.param_type_name == "option":
                assert f"`{param.opts[-1]}" in text or param.opts[-1] in text


def test_the_spreadsheet_reference_holds_the_dutch_names() -> None:
    sheets = generate.sheets_reference()
    columns = generate.columns_reference()
    words = generate.words_reference()
    assert "`actoren`" in sheets
    assert "`relaties`" in sheets
    assert "| `power` | `macht` |" in columns
    assert "| `interest` | `belang` |" in columns
    assert "`hoog`" in words
    assert "`nieuwsbrief`" in words


def test_every_marker_is_known() -> None:
    for page in _pages():
        for name in generate.MARKER.findall(page.read_text(encoding="utf-8")):
            assert name in generate.GENERATORS, f"{page}: unknown marker {name!r}"
    with pytest.raises(KeyError, match="Unknown generated section"):
        generate.fill("<!-- generated: nothing -->")


# -- examples in the pages run -----------------------------------------------------

FENCE = re.compile(r"```python\n(.*?)```", re.DOTALL)


def _examples(page: Path) -> str:
    blocks = FENCE.findall(page.read_text(encoding="utf-8"))
    return "\n".join(b for b in blocks if b.lstrip().startswith(">>>"))


PAGES_WITH_EXAMPLES = [p for p in _pages() if _examples(p)]


def test_the_guide_has_examples() -> None:
    names = {p.name for p in PAGES_WITH_EXAMPLES}
    assert {"getting-started.md", "grid.md", "network.md"} <= names


@pytest.mark.parametrize(
    "page", PAGES_WITH_EXAMPLES, ids=[p.stem for p in PAGES_WITH_EXAMPLES]
)
def test_the_examples_of_a_page_run(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # examples that write files write them here
    parser = doctest.DocTestParser()
    test = parser.get_doctest(
        _examples(page),
        {"skm": skm, "plt": plt},
        page.name,
        str(page),
        0,
    )
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    runner = doctest.DocTestRunner(optionflags=flags)
    output: list[str] = []
    with warnings.catch_warnings():
        # As in the docstrings (see conftest.py): the example map deliberately
        # holds stakeholders that are not scored yet, and the pages say so.
        warnings.simplefilter("ignore", skm.exceptions.StakeholderMapWarning)
        runner.run(test, out=output.append)
    assert runner.failures == 0, "".join(output)


def test_the_griffe_extension_on_the_package() -> None:
    import griffe

    extensions = griffe.Extensions(roles.SphinxRoles())
    pkg = griffe.load(
        "stakeholder_map", search_paths=[ROOT / "src"], extensions=extensions
    )
    # `#:` comments document the constants.
    assert pkg["privacy.PROFILES"].docstring.value.startswith("The sharing profiles")
    # Pydantic models get the constructor pydantic builds from their fields.
    init = pkg["models.Stakeholder"].members["__init__"]
    names = [p.name for p in init.parameters]
    assert names[:3] == ["self", "id", "name"]
    assert "power" in names
    # No Sphinx role is left in any docstring.
    place = pkg["plotting.labels.place_labels"].docstring.value
    assert ":func:" not in place
    assert ":class:" not in place
