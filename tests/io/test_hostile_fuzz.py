"""Random bytes and random JSON/YAML trees: every reader raises only our errors.

Whatever a file holds, a reader returns a map or raises a
:class:`~stakeholder_map.exceptions.StakeholderMapError`; no parser's own
exception (``KeyError``, ``BadZipFile``, ``ExpatError``, ...) escapes.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import stakeholder_map as skm
from stakeholder_map.exceptions import StakeholderMapError

#: Every suffix :func:`skm.read` knows, and the format reader each one stands for.
READERS: dict[str, Callable[..., Any]] = {
    ".xlsx": skm.io.read_excel,
    ".xlsm": skm.io.read_excel,
    ".csv": skm.io.read_csv,
    ".yaml": skm.io.read_yaml,
    ".yml": skm.io.read_yaml,
    ".json": skm.io.read_json,
    ".graphml": skm.io.read_graphml,
    ".gexf": skm.io.read_gexf,
    ".nodelink.json": skm.io.read_node_link,
    ".kumu.json": skm.io.read_kumu,
    ".kumu.xlsx": skm.io.read_kumu,
    ".network.xlsx": skm.io.read_network_excel,
}

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

_KEYS = st.sampled_from(
    [
        "name",
        "id",
        "stakeholders",
        "relations",
        "interests",
        "power",
        "interest",
        "source",
        "target",
        "kind",
        "nodes",
        "links",
        "elements",
        "connections",
        "label",
        "from",
        "to",
        "attributes",
        "scale",
        "language",
        "graph",
        "directed",
        "multigraph",
        "type",
        "",
    ]
) | st.text(max_size=8)

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)

TREES = st.recursive(
    _SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(_KEYS, children, max_size=5)
    ),
    max_leaves=25,
)


def _read_each(path_stem: Path, data: bytes, suffixes: list[str]) -> None:
    """Write ``data`` under each suffix and read it with read() and its reader."""
    for suffix in suffixes:
        path = path_stem.with_name(path_stem.name + suffix)
        path.write_bytes(data)
        for reader in (skm.read, READERS[suffix]):
            with warnings.catch_warnings():
                # Valid but odd input may warn; the warning is not the subject here.
                warnings.simplefilter("ignore")
                with contextlib.suppress(StakeholderMapError):
                    reader(path)


def _zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@FUZZ
@given(data=st.binary(max_size=300))
def test_random_bytes_under_every_suffix(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _read_each(Path(tmp) / "f", data, list(READERS))


@FUZZ
@given(tree=TREES)
def test_random_json_trees(tree: Any) -> None:
    data = json.dumps(tree).encode()
    with tempfile.TemporaryDirectory() as tmp:
        _read_each(Path(tmp) / "f", data, [".json", ".nodelink.json", ".kumu.json"])


@FUZZ
@given(tree=TREES)
def test_random_yaml_trees(tree: Any) -> None:
    data = yaml.safe_dump(tree, allow_unicode=True).encode()
    with tempfile.TemporaryDirectory() as tmp:
        _read_each(Path(tmp) / "f", data, [".yaml", ".yml"])


_XLSX_PARTS = st.sampled_from(
    [
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "_rels/.rels",
        "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml",
        "xl/styles.xml",
    ]
)


@FUZZ
@given(members=st.dictionaries(_XLSX_PARTS, st.binary(max_size=80), max_size=7))
def test_random_zip_parts_as_workbooks(members: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _read_each(
            Path(tmp) / "f",
            _zip_of(members),
            [".xlsx", ".xlsm", ".kumu.xlsx", ".network.xlsx"],
        )


@pytest.mark.parametrize("suffix", list(READERS))
def test_every_suffix_is_a_format_read_knows(tmp_path: Path, suffix: str) -> None:
    # The table above must stay in step with the suffixes read() dispatches on.
    path = tmp_path / f"f{suffix}"
    path.write_bytes(b"")
    with pytest.raises(StakeholderMapError) as info:
        skm.read(path)
    assert "unknown" not in str(info.value).lower()


# ---------------------------------------------------------------------------------
# What the fuzzing found, pinned
# ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "column", "fragment"),
    [
        ([], None, "the file is a list"),
        ("x", None, "the file is a text"),
        ({}, "nodes", "'nodes' is missing"),
        ({"nodes": None}, "nodes", "'nodes' is null"),
        ({"nodes": 3}, "nodes", "'nodes' is a number"),
        ({"nodes": [], "links": {}}, "links", "'links' is an object"),
        ({"nodes": [{"id": "a"}, 5]}, "nodes[1]", "'nodes[1]' is a number"),
        ({"nodes": [{"id": "a"}], "edges": ["a"]}, "edges[0]", "is a text"),
    ],
)
def test_node_link_of_the_wrong_shape_names_the_place(
    tmp_path: Path, data: Any, column: str | None, fragment: str
) -> None:
    path = tmp_path / "g.nodelink.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(StakeholderMapError) as info:
        skm.io.read_node_link(path)
    rec = info.value.records[0]  # type: ignore[attr-defined]
    assert rec["column"] == column
    assert fragment in rec["problem"]
    assert "node_link_data" in rec["problem"]
    path.write_text("[]", "utf-8")
    with pytest.raises(StakeholderMapError, match="het bestand is een lijst"):
        skm.io.read_node_link(path, lang="nl")


@pytest.mark.parametrize("suffix", [".kumu.xlsx", ".network.xlsx"])
def test_two_sheet_workbook_with_broken_xml_is_one_clear_error(
    tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"net{suffix}"
    path.write_bytes(_zip_of({"[Content_Types].xml": b"<Types"}))
    reader = READERS[suffix]
    with pytest.raises(StakeholderMapError, match=r"cannot be read") as info:
        reader(path)
    assert path.name in str(info.value)


def test_two_sheet_workbook_keeps_the_sheet_limits(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "net.network.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "nodes"
    ws.append(["id", "label"])
    ws.append(["a", "A"])
    ws["XFD1048576"] = "x"  # the sparse corner: 16,384 x 1,048,576 declared
    wb.save(path)
    with pytest.raises(StakeholderMapError, match="max_rows") as info:
        skm.io.read_network_excel(path)
    rec = info.value.records[0]  # type: ignore[attr-defined]
    assert (rec["sheet"], rec["row"]) == ("nodes", 1_048_576)


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ('{"name": "m", "stakeholders": [{"name": "A", "power": %s}]}',
         "stakeholders[0].power"),
        ("[1, -%s]", "[1]"),
        ("%s", None),
    ],
)  # fmt: skip
def test_json_integer_of_5000_digits_names_its_place(
    tmp_path: Path, text: str, column: str | None
) -> None:
    path = tmp_path / "m.json"
    path.write_text(text % ("9" * 5000), "utf-8")
    with pytest.raises(StakeholderMapError) as info:
        skm.read(path)
    rec = info.value.records[0]  # type: ignore[attr-defined]
    assert rec["column"] == column
    assert "5,000 digits" in rec["problem"]
    assert "set_int_max_str_digits" not in str(info.value)
    with pytest.raises(StakeholderMapError, match="getal van 5,000 cijfers"):
        skm.read(path, lang="nl")


def test_json_integer_at_the_digit_limit_is_read(tmp_path: Path) -> None:
    import sys

    digits = "1" * sys.get_int_max_str_digits()
    path = tmp_path / "m.nodelink.json"
    text = json.dumps({"nodes": [{"id": "a", "n": 0}], "links": []})
    path.write_text(text.replace('"n": 0', f'"n": {digits}'), "utf-8")
    graph_value = skm.io.read_node_link(path).stakeholders[0].attributes.get("n")
    assert graph_value == int(digits)
