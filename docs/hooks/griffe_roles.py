"""Griffe extension: Sphinx roles become links, pydantic models get a signature.

The docstrings are numpydoc with Sphinx roles (``:func:`place_labels```,
``:class:`~stakeholder_map.Scale```), which mkdocstrings would show as raw text.
This extension rewrites each role into a Markdown cross-reference to the place the
object is documented in the API reference (``docs/api/*.md``), or into plain code
when the target is not documented there (matplotlib, networkx, private helpers).
Targets are resolved by identity on the imported objects, so ``place_labels``,
``skm.plotting.place_labels`` and ``stakeholder_map.plotting.labels.place_labels``
all point at the one documented entry.

Module constants are documented by the ``#:`` comment above them, which is read
as their docstring.

Griffe reads the source without running it, so it does not know that a pydantic
model is built from its fields (``Stakeholder(name=..., power=...)``). The
extension gives each model an ``__init__`` with one keyword-only parameter per
field, so the site shows the real signature and the types of the documented
parameters.
"""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path
from typing import Any

import griffe

API_DIR = Path(__file__).resolve().parent.parent / "api"
DIRECTIVE = re.compile(r"^:::\s+(\S+)\s*$", re.MULTILINE)
ROLE = re.compile(
    r":(?:py:)?(?P<role>func|meth|class|attr|data|mod|exc|obj)"
    r":`(?P<target>[^`]+)`"
)


def _import(path: str) -> Any:
    """Return the object at a dotted path, or raise ``LookupError``."""
    parts = path.split(".")
    for split in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for attr in parts[split:]:
            try:
                obj = inspect.getattr_static(obj, attr)
            except AttributeError:
                try:
                    obj = getattr(obj, attr)
                except AttributeError as err:
                    raise LookupError(path) from err
        return obj
    raise LookupError(path)


def _key(obj: Any) -> int:
    """Identity of an object, looking through static/class methods and properties."""
    if isinstance(obj, staticmethod | classmethod):
        obj = obj.__func__
    if isinstance(obj, property) and obj.fget is not None:
        obj = obj.fget
    return id(obj)


def documented_paths(api_dir: Path = API_DIR) -> list[str]:
    """Return the dotted paths rendered by ``::: path`` lines of the API pages."""
    paths: list[str] = []
    for page in sorted(api_dir.glob("*.md")):
        paths.extend(DIRECTIVE.findall(page.read_text(encoding="utf-8")))
    return paths


class _Index:
    """Where each documented object (and each member of a class) is rendered."""

    def __init__(self, paths: list[str]) -> None:
        self.by_id: dict[int, str] = {}
        self.by_name: dict[str, set[str]] = {}
        self.keep: list[Any] = []  # keep the objects alive: ids stay unique
        for path in paths:
            obj = _import(path)
            self._add(obj, path)
            if inspect.isclass(obj):
                for attr, member in vars(obj).items():
                    if not attr.startswith("_"):
                        self._add(member, f"{path}.{attr}")

    def _add(self, obj: Any, path: str) -> None:
        self.keep.append(obj)
        if callable(obj) or isinstance(obj, property | staticmethod | classmethod):
            self.by_id.setdefault(_key(obj), path)
        name = path.rsplit(".", 2)
        self.by_name.setdefault(name[-1], set()).add(path)
        if len(name) == 3 and inspect.isclass(_safe_import(".".join(name[:2]))):
            self.by_name.setdefault(".".join(name[-2:]), set()).add(path)

    def resolve(self, target: str, owner: str) -> str | None:
        """Return the documented path of ``target`` as written in ``owner``."""
        candidates = [target]
        if not target.startswith("stakeholder_map"):
            # Relative to the owner: its class, its module, the packages above.
            parts = owner.split(".")
            candidates += [
                ".".join([*parts[:i], target]) for i in range(len(parts), 0, -1)
            ]
        for candidate in candidates:
            obj = _safe_import(candidate)
            if obj is not None and _key(obj) in self.by_id:
                return self.by_id[_key(obj)]
        matches = self.by_name.get(target, set())
        if len(matches) == 1:
            return next(iter(matches))
        return None


def _safe_import(path: str) -> Any:
    try:
        return _import(path)
    except (LookupError, ValueError):
        return None


def rewrite(text: str, owner: str, index: _Index) -> str:
    """Replace every Sphinx role in ``text`` by a link or by inline code."""

    def replace(match: re.Match[str]) -> str:
        role, target = match["role"], match["target"].strip()
        short = target.startswith("~")
        target = target.lstrip("~").lstrip(".")
        shown = target.rsplit(".", 1)[-1] if short else target
        if role in {"func", "meth"}:
            shown += "()"
        path = index.resolve(target, owner)
        if path is None:
            return f"`{shown}`"
        return f"[`{shown}`][{path}]"

    return ROLE.sub(replace, text)


SECTION_RULE = re.compile(r"^-{3,}\s*$")
CITATION = re.compile(r"\[(\w+)\]_")


def _sections(lines: list[str]) -> list[tuple[str | None, list[str]]]:
    """Split numpydoc lines into (title, body lines); the summary has no title."""
    out: list[tuple[str | None, list[str]]] = [(None, [])]
    i = 0
    while i < len(lines):
        line = lines[i]
        underline = lines[i + 1] if i + 1 < len(lines) else ""
        if line.strip() and not line.startswith(" ") and SECTION_RULE.match(underline):
            out.append((line.strip(), []))
            i += 2
            continue
        out[-1][1].append(line)
        i += 1
    return out


def _entries(body: list[str], start: re.Pattern[str]) -> list[str]:
    """Join each entry of a section body with its indented continuation lines."""
    entries: list[str] = []
    for line in body:
        if not line.strip():
            continue
        if start.match(line) or not entries:
            entries.append(line.strip())
        else:
            entries[-1] += " " + line.strip()
    return entries


def _see_also(body: list[str], owner: str, index: _Index) -> list[str]:
    """Render ``name : description`` entries as a Markdown list of links."""
    items = []
    for entry in _entries(body, re.compile(r"^\S")):
        names, _, description = entry.partition(" : ")
        links = []
        for name in (n.strip() for n in names.split(",") if n.strip()):
            path = index.resolve(name, owner)
            links.append(f"[`{name}`][{path}]" if path else f"`{name}`")
        item = ", ".join(links)
        items.append(f"- {item}: {description.strip()}" if description else f"- {item}")
    return [*items, ""]


def _references(body: list[str]) -> list[str]:
    """Render ``.. [1] text`` citations as a Markdown list."""
    items = []
    for entry in _entries(body, re.compile(r"^\.\. \[")):
        items.append("- " + re.sub(r"^\.\. \[(\w+)\]\s*", r"[\1] ", entry))
    return [*items, ""]


def rewrite_sections(text: str, owner: str, index: _Index) -> str:
    """Turn numpydoc's See Also and References sections into Markdown lists."""
    if "See Also" not in text and "References" not in text and "]_" not in text:
        return text
    out: list[str] = []
    for title, body in _sections(text.splitlines()):
        if title is not None:
            out += [title, "-" * len(title)]
        if title == "See Also":
            body = _see_also(body, owner, index)
        elif title == "References":
            body = _references(body)
        out += body
    return CITATION.sub(r"[\1]", "\n".join(out))


def add_comment_docstring(attr: griffe.Attribute) -> None:
    """Use the ``#:`` comment above a module constant as its docstring.

    The constants document themselves with Sphinx's ``#:`` comments, which griffe
    does not read.
    """
    if attr.docstring is not None or attr.lineno is None:
        return
    lines = attr.module.lines
    comment: list[str] = []
    i = attr.lineno - 2
    while i >= 0 and lines[i].strip().startswith("#:"):
        comment.insert(0, lines[i].strip()[2:].strip())
        i -= 1
    if comment:
        attr.docstring = griffe.Docstring("\n".join(comment), lineno=i + 2, parent=attr)


def _field_default(field: Any) -> str | None:
    """Return the default of a pydantic field as source text (None: required)."""
    if field.is_required():
        return None
    if field.default_factory is not None:
        return f"{field.default_factory.__name__}()"
    return repr(field.default)


def add_model_signature(cls: griffe.Class) -> None:
    """Give a pydantic model class the ``__init__`` pydantic builds at run time."""
    from pydantic import BaseModel

    runtime = _safe_import(cls.path)
    if not (inspect.isclass(runtime) and issubclass(runtime, BaseModel)):
        return
    if "__init__" in cls.members:
        return
    parameters = [griffe.Parameter("self", kind=griffe.ParameterKind.positional_only)]
    for name, field in runtime.model_fields.items():
        member = cls.members.get(name)
        annotation = member.annotation if member is not None else None
        parameters.append(
            griffe.Parameter(
                field.alias or name,
                annotation=annotation,
                kind=griffe.ParameterKind.keyword_only,
                default=_field_default(field),
            )
        )
    init = griffe.Function(
        "__init__", parameters=griffe.Parameters(*parameters), returns="None"
    )
    cls.set_member("__init__", init)


class SphinxRoles(griffe.Extension):
    """Rewrite Sphinx roles in every docstring; give pydantic models a signature."""

    def __init__(self) -> None:
        super().__init__()
        self._index: _Index | None = None

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Rewrite the docstrings of ``pkg`` and of everything inside it.

        Parameters
        ----------
        pkg
            The package griffe has just loaded.
        **kwargs
            Other arguments of the event, unused.
        """
        if self._index is None:
            self._index = _Index(documented_paths())
        self._walk(pkg, self._index)

    def _walk(self, obj: griffe.Object, index: _Index) -> None:
        if isinstance(obj, griffe.Class):
            add_model_signature(obj)
        if isinstance(obj, griffe.Attribute):
            add_comment_docstring(obj)
        if obj.docstring is not None:
            value = rewrite_sections(obj.docstring.value, obj.path, index)
            obj.docstring.value = rewrite(value, obj.path, index)
        for member in obj.members.values():
            if not member.is_alias:
                self._walk(member, index)  # type: ignore[arg-type]
