"""Strict parsing of text files: encodings, nesting depth and duplicate keys.

Every JSON and YAML reader goes through here, so a file that a lenient parser
would silently "repair" (a key given twice keeps only its last value) is refused
with one InputDataError that says where.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from stakeholder_map import i18n
from stakeholder_map.exceptions import InputDataError
from stakeholder_map.io._limits import (
    active_limits,
    check_depth,
    check_file_size,
    limit_error,
)

__all__ = ["decode_text", "load_json", "load_yaml", "read_text_file"]


def _fail(path: Path, key: str, lang: str, /, **params: Any) -> InputDataError:
    problem = i18n.text(key, lang, **params)
    return InputDataError(
        [{"file": path.name, "problem": problem}], source=path.name, lang=lang
    )


def decode_text(data: bytes, path: Path, lang: str) -> str:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252.

    Any other encoding that can be recognised (UTF-32, UTF-16 without a BOM) is
    named in the error, which asks for the file to be saved as UTF-8.
    """
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise _fail(path, "wrong_encoding", lang, encoding="UTF-32")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data[2:].decode("utf-16-le" if data[0] == 0xFF else "utf-16-be")
        except UnicodeDecodeError as err:
            raise _fail(path, "wrong_encoding", lang, encoding="UTF-16?") from err
    head = data[:4096]
    if len(head) >= 4 and head.count(0) * 3 >= len(head):
        # Every other byte NUL: UTF-16 saved without its byte order mark.
        raise _fail(path, "wrong_encoding", lang, encoding="UTF-16 (no BOM)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as err:
        raise _fail(
            path,
            "wrong_encoding",
            lang,
            encoding="? (neither UTF-8 nor Windows-1252)",
        ) from err


def read_text_file(path: Path, lang: str) -> str:
    """Read and decode a text file, refusing one over ``max_file_bytes`` first."""
    if not path.is_file():
        raise _fail(path, "file_not_found", lang, path=str(path))
    check_file_size(path, lang)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise _fail(path, "unreadable", lang, detail=str(err)) from err
    return decode_text(data, path, lang)


def _json_path(parts: list[Any]) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _where_is(doc: Any, target: int) -> str | None:
    """Return the JSON path of the container with ``id`` ``target`` in ``doc``."""
    stack: list[tuple[Any, list[Any]]] = [(doc, [])]
    while stack:
        node, parts = stack.pop()
        if id(node) == target:
            return _json_path(parts)
        if isinstance(node, dict):
            stack.extend((v, [*parts, k]) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, [*parts, i]) for i, v in enumerate(node))
    return None


class _LongNumber(str):
    """An integer in JSON text with more digits than Python converts."""

    __slots__ = ()


def _parse_int(digits: str) -> int | _LongNumber:
    import sys

    if len(digits.lstrip("-")) > sys.get_int_max_str_digits():
        return _LongNumber(digits)
    return int(digits)


def _find_long_number(doc: Any) -> tuple[str, int] | None:
    """Return the JSON path and the digit count of the first over-long integer."""
    stack: list[tuple[Any, list[Any]]] = [(doc, [])]
    while stack:
        node, parts = stack.pop()
        if isinstance(node, _LongNumber):
            return _json_path(parts), len(node.lstrip("-"))
        if isinstance(node, dict):
            stack.extend((v, [*parts, k]) for k, v in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((v, [*parts, i]) for i, v in reversed(list(enumerate(node))))
    return None


def load_json(text: str, path: Path, lang: str) -> Any:
    """Parse JSON text: depth checked first, duplicate keys refused with their path."""
    check_depth(text, path, lang)
    duplicates: list[tuple[int, str]] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                duplicates.append((id(out), key))
            out[key] = value
        return out

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_int=_parse_int)
    except ValueError as err:  # JSONDecodeError
        raise _fail(path, "unreadable", lang, detail=str(err)) from err
    long_number = _find_long_number(data)
    if long_number is not None:
        place, digits = long_number
        problem = i18n.text("long_number", lang, digits=f"{digits:,}")
        raise InputDataError(
            [{"file": path.name, "column": place or None, "problem": problem}],
            source=path.name,
            lang=lang,
        )
    if duplicates:
        records = []
        for target, key in duplicates:
            where = _where_is(data, target)
            records.append(
                {
                    "file": path.name,
                    "column": where or None,
                    "problem": i18n.text(
                        "duplicate_key",
                        lang,
                        field=key,
                        where=f" ({where})" if where else "",
                    ),
                }
            )
        raise InputDataError(records, source=path.name, lang=lang)
    return data


def _yaml_loader() -> type:
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class StrictLoader(base):  # type: ignore[misc,valid-type]
        """A safe loader that refuses a mapping key given twice."""

        duplicates: list[tuple[Any, int]]
        long_numbers: list[tuple[int, int]]

        def construct_yaml_int(self, node: Any) -> Any:
            import sys

            digits = str(node.value).replace("_", "").lstrip("+-")
            if len(digits) > sys.get_int_max_str_digits():
                self.long_numbers.append((node.start_mark.line + 1, len(digits)))
                return 0
            return super().construct_yaml_int(node)

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=deep)
                try:
                    if key in seen:
                        self.duplicates.append((key, key_node.start_mark.line + 1))
                    seen.add(key)
                except TypeError:  # an unhashable key: the constructor reports it
                    pass
            return super().construct_mapping(node, deep=deep)

    StrictLoader.add_constructor(
        "tag:yaml.org,2002:int", StrictLoader.construct_yaml_int
    )
    return StrictLoader


def _node_depth(root: Any, limit: int) -> int:
    """Return the nesting depth of a YAML node tree, stopping past ``limit``."""
    import yaml

    deepest = 0
    seen: set[int] = set()
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen or not isinstance(node, yaml.CollectionNode):
            continue
        seen.add(id(node))
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend(((key, depth + 1), (value, depth + 1)))
        else:
            stack.extend((item, depth + 1) for item in node.value)
    return deepest


#: How deep libyaml (the C parser) lets flow collections nest.
_LIBYAML_DEPTH = 1000


def _unreadable_yaml(path: Path, err: Exception, lang: str) -> InputDataError:
    limit = active_limits().max_depth
    if "maximum nesting depth" in str(err) and limit < _LIBYAML_DEPTH:
        # libyaml stops a deep flow collection before our own depth check
        # sees the node tree: it is the same limit, said the same way.
        return limit_error(path, "max_depth", f"> {limit}", lang)
    return _fail(path, "unreadable", lang, detail=" ".join(str(err).split()))


def load_yaml(text: str, path: Path, lang: str) -> Any:
    """Parse YAML safely: depth checked before constructing, duplicate keys refused."""
    import yaml

    loader = _yaml_loader()(text)
    loader.duplicates = []
    loader.long_numbers = []
    try:
        try:
            node = loader.get_single_node()
        except (yaml.YAMLError, ValueError) as err:
            raise _unreadable_yaml(path, err, lang) from err
        if node is None:
            return None
        limit = active_limits().max_depth
        if _node_depth(node, limit) > limit:
            raise limit_error(path, "max_depth", f"> {limit}", lang)
        try:
            data = loader.construct_document(node)
        except (yaml.YAMLError, ValueError) as err:  # a scalar its tag refuses
            raise _unreadable_yaml(path, err, lang) from err
    finally:
        loader.dispose()
    if loader.long_numbers:
        records = [
            {
                "file": path.name,
                "row": line,
                "problem": i18n.text("long_number", lang, digits=f"{digits:,}"),
            }
            for line, digits in loader.long_numbers
        ]
        raise InputDataError(records, source=path.name, lang=lang)
    if loader.duplicates:
        records = [
            {
                "file": path.name,
                "row": line,
                "problem": i18n.text(
                    "duplicate_key",
                    lang,
                    field=key,
                    where=" (" + i18n.text("yaml_line", lang, line=line) + ")",
                ),
            }
            for key, line in loader.duplicates
        ]
        raise InputDataError(records, source=path.name, lang=lang)
    return data
