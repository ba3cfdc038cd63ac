"""Text that XML cannot hold: refused before an xlsx, GraphML, GEXF or pptx is written.

XML 1.0 has no way to store the control characters U+0000..U+001F other than
tab, line feed and carriage return, nor U+FFFE, U+FFFF and lone surrogates; an
xlsx, GraphML, GEXF and pptx file are XML. A map read from CSV, JSON or YAML can
hold them (those formats store them, so nothing is lost there). Writing such a
map to an XML format is refused with every place at once, before a file is
touched, instead of crashing halfway in openpyxl, lxml or networkx.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stakeholder_map import i18n
from stakeholder_map.exceptions import OutputDataError
from stakeholder_map.models import StakeholderMap

__all__ = ["refuse_xml_unsafe_text"]

#: Characters XML 1.0 cannot hold (https://www.w3.org/TR/xml/#charsets).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

#: Most places listed in one error; the rest are counted.
_MAX_LISTED = 50


def _texts(value: Any, place: str) -> Iterator[tuple[str, str]]:
    """Yield (JSON path, text) for every string in a dumped model, keys included."""
    stack: list[tuple[Any, str]] = [(value, place)]
    while stack:
        node, where = stack.pop()
        if isinstance(node, str):
            yield where, node
        elif isinstance(node, dict):
            for key, item in reversed(list(node.items())):
                if isinstance(key, str) and _NOT_XML.search(key):
                    yield where, key
                stack.append((item, f"{where}.{key}" if where else str(key)))
        elif isinstance(node, (list, tuple)):
            items = reversed(list(enumerate(node)))
            stack.extend((item, f"{where}[{i}]") for i, item in items)


def _char_name(text: str) -> str:
    found = _NOT_XML.search(text)
    return f"U+{ord(found.group()):04X}" if found else ""


def refuse_xml_unsafe_text(
    smap: StakeholderMap, path: Path, fmt: str, *, lang: str | None = None
) -> None:
    """Raise :class:`OutputDataError` if any text of ``smap`` cannot be stored in XML.

    ``fmt`` names the format in the message (``"Excel"``, ``"GraphML"``, ...).
    Called before the file is opened, so nothing is written when it raises.
    """
    lang = lang or str(smap.language.value)
    records: list[dict[str, Any]] = []
    n_found = 0
    for where, text in _texts(smap.model_dump(mode="python"), ""):
        if not _NOT_XML.search(text):
            continue
        n_found += 1
        if len(records) < _MAX_LISTED:
            # The message shows the value with repr(), which spells the
            # character out (``'A\\x01b'``).
            records.append(
                {
                    "file": path.name,
                    "column": where,
                    "value": text if len(text) <= 60 else text[:57] + "...",
                    "problem": i18n.text(
                        "xml_unsafe_text", lang, char=_char_name(text), format=fmt
                    ),
                }
            )
    if not records:
        return
    if n_found > len(records):
        more = i18n.text("xml_unsafe_more", lang, n=n_found - len(records))
        records.append({"file": path.name, "problem": more})
    raise OutputDataError(records, source=path.name, lang=lang)
