"""The reader rules for hostile and broken files (issue 11).

Limits (``ReadLimits``), broken structure that is reported instead of repaired,
encodings, and the place of each problem in its message.
"""

from __future__ import annotations

import contextlib
import json
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import InputDataError
from stakeholder_map.io import ReadLimits

SMALL_MAP = {"name": "m", "stakeholders": [{"id": "a", "name": "A"}]}


def _error(path: Path, **kwargs: Any) -> InputDataError:
    with pytest.raises(InputDataError) as info:
        skm.read(path, **kwargs)
    return info.value


def _peak_mb(call: Callable[[], object]) -> float:
    """Return the peak of memory allocated by Python during ``call``, in MB."""
    tracemalloc.start()
    with contextlib.suppress(InputDataError):
        call()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


# ---------------------------------------------------------------------------------
# The limits themselves
# ---------------------------------------------------------------------------------


def test_defaults_and_exported_names() -> None:
    limits = ReadLimits()
    assert limits.max_file_bytes == 200 * 1024 * 1024
    assert limits.max_cell_chars == 32_767
    assert skm.io.ReadLimits is ReadLimits
    assert "ReadLimits" in skm.io.__all__


@pytest.mark.parametrize("bad", [0, -1])
def test_limits_must_be_positive(bad: int) -> None:
    with pytest.raises(ValueError, match="max_rows"):
        ReadLimits(max_rows=bad)


def test_limits_must_be_numbers() -> None:
    with pytest.raises(TypeError, match="max_depth"):
        ReadLimits(max_depth="100")  # type: ignore[arg-type]


def test_limits_must_be_a_read_limits(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps(SMALL_MAP), encoding="utf-8")
    with pytest.raises(TypeError, match="ReadLimits"):
        skm.read(path, limits={"max_rows": 3})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "name",
    [
        "kaart.xlsx",
        "kaart.csv",
        "kaart.json",
        "kaart.yaml",
        "kaart.graphml",
        "kaart.gexf",
        "kaart.kumu.json",
    ],
)
def test_bundled_example_reads_with_default_limits(tmp_path: Path, name: str) -> None:
    import warnings

    smap = skm.load_example("huis_van_het_kind")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # formats that drop tables say so
        path = skm.write(smap, tmp_path / name)
    assert skm.read(path, limits=ReadLimits()).ids


@pytest.mark.parametrize(
    "name", ["kaart.xlsx", "kaart.csv", "kaart.json", "kaart.yaml", "kaart.graphml"]
)
def test_file_size_refused_before_reading(tmp_path: Path, name: str) -> None:
    import warnings

    smap = skm.load_example("huis_van_het_kind")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # CSV drops tables and says so
        path = skm.write(smap, tmp_path / name)
    size = path.stat().st_size
    err = _error(path, limits=ReadLimits(max_file_bytes=100))
    text = str(err)
    assert "max_file_bytes" in text
    assert f"{size:,}" in text
    assert "limits=skm.io.ReadLimits(" in text


def test_format_readers_take_limits(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps(SMALL_MAP), encoding="utf-8")
    with pytest.raises(InputDataError, match="max_file_bytes"):
        skm.io.read_json(path, limits=ReadLimits(max_file_bytes=10))
    assert skm.io.read_json(path).ids == ("a",)  # the limit ended with the call


def test_limit_message_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps(SMALL_MAP), encoding="utf-8")
    err = _error(path, limits=ReadLimits(max_file_bytes=10), lang="nl")
    assert "boven de limiet" in str(err)


# ---------------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------------


def test_csv_too_many_rows(tmp_path: Path) -> None:
    path = tmp_path / "actoren.csv"
    path.write_text("name\n" + "".join(f"S{i}\n" for i in range(10)), "utf-8")
    err = _error(path, limits=ReadLimits(max_rows=5))
    assert "max_rows" in str(err)
    assert "11" in str(err)


def test_csv_too_many_columns_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "actoren.csv"
    path.write_text("name" + ",x" * 2000 + "\nA\n", "utf-8")
    err = _error(path)
    assert "max_columns" in str(err)
    assert "2,001" in str(err)


def test_csv_enormous_field_names_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "actoren.csv"
    path.write_text("name,description\nA,short\nB," + "x" * 40_000 + "\n", "utf-8")
    err = _error(path)
    rec = err.records[0]
    assert (rec["row"], rec["column"]) == (3, "2")
    assert "max_cell_chars" in rec["problem"]
    assert "40,000" in rec["problem"]


def test_csv_long_quoted_cell_of_short_lines_is_found(tmp_path: Path) -> None:
    # No line is long, but the quoted cell spans them all.
    cell = "\n".join(["y" * 50] * 1_000)
    path = tmp_path / "actoren.csv"
    path.write_text(f'name,description\nA,short\nB,"{cell}"\n', "utf-8")
    rec = _error(path, limits=ReadLimits(max_cell_chars=10_000)).records[0]
    assert (rec["row"], rec["column"]) == (3, "2")
    assert "max_cell_chars" in rec["problem"]


def test_csv_enormous_field_in_ragged_file(tmp_path: Path) -> None:
    # A ragged file goes to the csv module, whose own field limit is 131,072.
    path = tmp_path / "actoren.csv"
    text = "name,description\nA\nB," + "x" * 200_000 + "\n"
    path.write_text(text, "utf-8")
    err = _error(path)
    assert "max_cell_chars" in str(err)


def test_csv_raised_cell_limit_lets_long_cells_through(tmp_path: Path) -> None:
    path = tmp_path / "actoren.csv"
    path.write_text("name,notes\nA\nB," + "x" * 200_000 + "\n", "utf-8")
    smap = skm.read(path, limits=ReadLimits(max_cell_chars=300_000))
    assert len(smap.stakeholders) == 2


# ---------------------------------------------------------------------------------
# JSON and YAML: depth, duplicate keys
# ---------------------------------------------------------------------------------


def _deep_json(depth: int) -> str:
    inner = "[" * depth + "]" * depth
    return json.dumps(SMALL_MAP)[:-1] + ', "attributes": {"x": ' + inner + "}}"


def test_json_depth_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(_deep_json(150), encoding="utf-8")
    err = _error(path)
    assert "max_depth" in str(err)
    assert "deep.json" in str(err)


def test_json_depth_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(_deep_json(10), encoding="utf-8")
    assert "max_depth" in str(_error(path, limits=ReadLimits(max_depth=5)))


def test_brackets_inside_json_strings_do_not_count(tmp_path: Path) -> None:
    data = {"name": "[" * 500 + '\\"{', "stakeholders": [{"id": "a", "name": "A"}]}
    path = tmp_path / "m.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert skm.read(path).name.startswith("[[[")


def test_yaml_block_depth_refused(tmp_path: Path) -> None:
    lines = ["name: m", "stakeholders:", "- name: A", "  attributes:"]
    lines += ["  " * (i + 2) + f"k{i}:" for i in range(150)]
    lines.append("  " * 152 + "v")
    path = tmp_path / "deep.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = _error(path)
    assert "max_depth" in str(err)


def test_yaml_flow_depth_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("name: m\nx: " + "[" * 150 + "]" * 150 + "\n", encoding="utf-8")
    assert "max_depth" in str(_error(path))


def test_json_duplicate_key_names_key_and_path(tmp_path: Path) -> None:
    path = tmp_path / "dup.json"
    text = (
        '{"name": "m", "stakeholders": [{"id": "a", "name": "A"},'
        ' {"id": "b", "name": "B", "power": 2, "power": 5}]}'
    )
    path.write_text(text, encoding="utf-8")
    err = _error(path)
    rec = err.records[0]
    assert rec["column"] == "stakeholders[1]"
    assert "'power'" in rec["problem"]


def test_json_duplicate_top_level_key(tmp_path: Path) -> None:
    path = tmp_path / "dup.json"
    path.write_text('{"name": "m", "name": "n"}', encoding="utf-8")
    assert "'name'" in str(_error(path))


def test_kumu_and_node_link_refuse_duplicate_keys(tmp_path: Path) -> None:
    path = tmp_path / "dup.kumu.json"
    path.write_text('{"elements": [{"label": "A", "label": "B"}]}', "utf-8")
    assert "elements[0]" in str(_error(path))


def test_yaml_duplicate_key_names_key_and_line(tmp_path: Path) -> None:
    path = tmp_path / "dup.yaml"
    path.write_text(
        "name: m\nstakeholders:\n- name: A\n  power: 2\n  power: 5\n", "utf-8"
    )
    err = _error(path)
    assert "'power'" in str(err)
    assert "line 5" in str(err)
    err_nl = _error(path, lang="nl")
    assert "regel 5" in str(err_nl)


def test_yaml_merge_keys_are_not_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "merge.yaml"
    path.write_text(
        "name: m\nstakeholders:\n- &s {id: a, name: A}\n- {<<: *s, id: b, name: B}\n",
        "utf-8",
    )
    assert skm.read(path).ids == ("a", "b")


# ---------------------------------------------------------------------------------
# Graph files: undeclared nodes and nodes without ids
# ---------------------------------------------------------------------------------

GRAPHML = """<?xml version="1.0" encoding="{enc}"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="d0">{name}</data></node>
    <node id="b"><data key="d0">B</data></node>
    <edge source="a" target="{target}"/>
  </graph>
</graphml>
"""


def test_graphml_edge_to_undeclared_node(tmp_path: Path) -> None:
    path = tmp_path / "g.graphml"
    path.write_text(GRAPHML.format(enc="UTF-8", name="A", target="ghost"), "utf-8")
    err = _error(path)
    assert "'ghost'" in str(err)
    assert "not declared" in str(err)


def test_graphml_in_its_declared_encoding(tmp_path: Path) -> None:
    path = tmp_path / "g.graphml"
    text = GRAPHML.format(enc="windows-1252", name="Caf\u00e9", target="b")
    path.write_bytes(text.encode("cp1252"))
    smap = skm.read(path)
    assert smap.stakeholders[0].name == "Caf\u00e9"


def test_gexf_edge_to_undeclared_node(tmp_path: Path) -> None:
    path = tmp_path / "g.gexf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gexf xmlns="http://gexf.net/1.2" version="1.2"><graph defaultedgetype='
        '"directed"><nodes><node id="a" label="A"/></nodes><edges>'
        '<edge id="0" source="a" target="nobody"/></edges></graph></gexf>',
        "utf-8",
    )
    assert "'nobody'" in str(_error(path))


def test_node_link_link_to_undeclared_node(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    data = {
        "directed": True,
        "multigraph": True,
        "graph": {},
        "nodes": [{"id": "a", "name": "A"}],
        "links": [{"source": "a", "target": "zz"}],
    }
    path.write_text(json.dumps(data), "utf-8")
    err = skm.io.read_node_link  # the suffix .json is read as a map; call directly
    with pytest.raises(InputDataError) as info:
        err(path)
    assert info.value.records[0]["column"] == "links[0]"
    assert "'zz'" in str(info.value)


def test_node_link_node_without_id(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    data = {"nodes": [{"id": "a", "name": "A"}, {"name": "B"}], "links": []}
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(InputDataError, match=r"nodes\[1\] has no 'id'"):
        skm.io.read_node_link(path)


# ---------------------------------------------------------------------------------
# Workbooks: zip bombs, the sparse corner, formulas, encrypted files, cell places
# ---------------------------------------------------------------------------------


def _workbook(tmp_path: Path, name: str = "kaart.xlsx") -> Path:
    return skm.write(skm.load_example("huis_van_het_kind"), tmp_path / name)


def _add_part(path: Path, name: str, data: bytes) -> None:
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)


def test_zip_ratio_bomb_refused_before_unzipping(tmp_path: Path) -> None:
    path = _workbook(tmp_path)
    _add_part(path, "xl/media/padding.bin", b"\0" * (20 * 1024 * 1024))
    err = _error(path)
    assert "max_zip_ratio" in str(err)
    assert "xl/media/padding.bin" in str(err)
    assert _peak_mb(lambda: skm.read(path)) < 50


def test_unzipped_total_refused(tmp_path: Path) -> None:
    path = _workbook(tmp_path)
    err = _error(path, limits=ReadLimits(max_unzipped_bytes=10_000))
    assert "max_unzipped_bytes" in str(err)


def test_shared_strings_inflation_refused(tmp_path: Path) -> None:
    path = tmp_path / "kaart.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "stakeholders"
    ws.append(["name"])
    ws.append(["A"])
    wb.save(path)
    # Rewrite the workbook with a shared-strings part of 30 MB of one string.
    big = (
        '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main">' + "<si><t>aaaaaaaa</t></si>" * 1_500_000 + "</sst>"
    ).encode()
    out = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            if item.filename != "xl/sharedStrings.xml":
                dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/sharedStrings.xml", big, compress_type=zipfile.ZIP_DEFLATED)
    err = _error(out)
    assert "xl/sharedStrings.xml" in str(err)


def _sparse_corner(tmp_path: Path, cell: str, *, value: Any = "x") -> Path:
    path = tmp_path / "corner.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "stakeholders"
    ws.append(["name"])
    ws.append(["A"])
    if value is None:
        from openpyxl.styles import Font

        ws[cell].font = Font(bold=True)  # formatted, no value
    else:
        ws[cell] = value
    wb.save(path)
    return path


def test_sparse_corner_refused_quickly_and_small(tmp_path: Path) -> None:
    path = _sparse_corner(tmp_path, "XFD1048576")
    err = _error(path)
    rec = err.records[0]
    assert (rec["sheet"], rec["row"]) == ("stakeholders", 1_048_576)
    assert "max_rows" in rec["problem"]
    assert _peak_mb(lambda: skm.read(path)) < 200


def _sheet_without_dimension(tmp_path: Path, n_rows: int) -> Path:
    """A workbook whose sheet has ``n_rows`` rows and no <dimension> element."""
    base = tmp_path / "base.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Partners"
    wb.active.append(["name"])
    wb.save(base)
    rows = "".join(
        f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>{"name" if i == 1 else f"S{i}"}'
        "</t></is></c></row>"
        for i in range(1, n_rows + 1)
    )
    xml = (
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>'
    )
    out = tmp_path / "rows.xlsx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = xml.encode()
            dst.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
    return out


def test_too_many_rows_refused_before_openpyxl_parses_the_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # openpyxl parses a whole sheet without <dimension> when it opens the
    # workbook (a minute for two million rows): the rows are counted first.
    path = _sheet_without_dimension(tmp_path, 25_000)  # 1.5 MB of sheet XML

    def not_reached(*args: Any, **kwargs: Any) -> None:
        msg = "openpyxl opened a workbook over the row limit"
        raise AssertionError(msg)

    monkeypatch.setattr(openpyxl, "load_workbook", not_reached)
    rec = _error(path, limits=ReadLimits(max_rows=20_000)).records[0]
    assert rec["sheet"] == "Partners"
    assert "max_rows" in rec["problem"]
    assert "25,000" in rec["problem"]


def test_rows_under_the_limit_are_counted_and_read(tmp_path: Path) -> None:
    path = _sheet_without_dimension(tmp_path, 25_000)
    smap = skm.read(path, limits=ReadLimits(max_rows=25_001))
    assert len(smap.stakeholders) == 24_999  # the first row holds the header
    assert smap.stakeholders[-1].name == "S25000"


def test_value_beyond_last_column_is_refused_with_its_place(tmp_path: Path) -> None:
    path = _sparse_corner(tmp_path, "XFD2")
    rec = _error(path).records[0]
    assert (rec["sheet"], rec["row"], rec["column"]) == ("stakeholders", 2, "XFD")
    assert "max_columns" in rec["problem"]
    assert "16,384" in rec["problem"]


def test_formatted_empty_corner_does_not_stop_a_real_workbook(tmp_path: Path) -> None:
    path = _sparse_corner(tmp_path, "XFD1048576", value=None)
    assert [s.name for s in skm.read(path).stakeholders] == ["A"]


def test_long_cell_in_workbook_names_its_place(tmp_path: Path) -> None:
    # openpyxl itself cuts cells at Excel's 32,767 characters: test a lower limit.
    path = _sparse_corner(tmp_path, "B2", value="y" * 5_000)
    rec = _error(path, limits=ReadLimits(max_cell_chars=1_000)).records[0]
    assert (rec["sheet"], rec["row"], rec["column"]) == ("stakeholders", 2, "B")
    assert "max_cell_chars" in rec["problem"]


def test_formula_without_stored_value(tmp_path: Path) -> None:
    path = tmp_path / "f.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "stakeholders"
    ws.append(["name", "power"])
    ws.append(["A", "=2+1"])  # openpyxl stores formulas without their value
    wb.save(path)
    rec = _error(path).records[0]
    assert (rec["sheet"], rec["row"], rec["column"]) == ("stakeholders", 2, "power")
    assert rec["value"] == "=2+1"
    assert "open and save the file in Excel" in rec["problem"]
    rec_nl = _error(path, lang="nl").records[0]
    assert "sla het op" in rec_nl["problem"]


def test_error_value_and_text_in_number_cell_have_places(tmp_path: Path) -> None:
    path = tmp_path / "e.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "stakeholders"
    ws.append(["name", "power", "interest"])
    ws.append(["A", "#DIV/0!", 3])
    wb.save(path)
    # Make C2 a number cell that holds text, as a broken exporter writes it.
    out = tmp_path / "e2.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b'<c r="C2" t="n"><v>3</v>', b'<c r="C2" t="n"><v>drie</v>'
                )
                assert b"drie" in data
            dst.writestr(item, data)
    err = _error(out)
    places = {(r["sheet"], r["row"], r["column"], r["value"]) for r in err.records}
    assert ("stakeholders", 2, "power", "#DIV/0!") in places
    assert ("stakeholders", 2, "interest", "drie") in places


@pytest.mark.parametrize("name", ["locked.xlsx", "old.xlsm"])
def test_encrypted_workbook_says_so(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    err = _error(path)
    assert "password" in str(err)
    assert ".xlsx" in str(err)
    assert "wachtwoord" in str(_error(path, lang="nl"))


def test_network_workbook_checks_the_zip_too(tmp_path: Path) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the network workbook drops tables
        path = skm.io.write_network_excel(
            skm.load_example("huis_van_het_kind"), tmp_path / "net.xlsx"
        )
    _add_part(path, "xl/media/padding.bin", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(InputDataError, match="max_zip_ratio"):
        skm.io.read_network_excel(path)


# ---------------------------------------------------------------------------------
# Encodings
# ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"], ids=str
)
@pytest.mark.parametrize("suffix", [".json", ".yaml", ".csv"])
def test_text_formats_read_the_usual_encodings(
    tmp_path: Path, encoding: str, suffix: str
) -> None:
    name = "Caf\u00e9 \u20ac"  # the euro sign is 0x80 in Windows-1252
    texts = {
        ".json": json.dumps(
            {"name": "m", "stakeholders": [{"name": name}]}, ensure_ascii=False
        ),
        ".yaml": f"name: m\nstakeholders:\n- name: {name}\n",
        ".csv": f"name\n{name}\n",
    }
    path = tmp_path / f"actoren{suffix}"
    path.write_bytes(texts[suffix].encode(encoding))
    assert skm.read(path).stakeholders[0].name == name


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ('{"name": "m"}'.encode("utf-32"), "UTF-32"),
        ('{"name": "m"}'.encode("utf-16-le"), "UTF-16 (no BOM)"),
        (b'{"name": "\x81\x8d"}', "neither UTF-8 nor Windows-1252"),
    ],
)
def test_other_encodings_are_named(tmp_path: Path, data: bytes, named: str) -> None:
    for suffix in (".json", ".yaml"):
        path = tmp_path / f"m{suffix}"
        path.write_bytes(data)
        text = str(_error(path))
        assert named in text
        assert "save it as UTF-8" in text


# ---------------------------------------------------------------------------------
# Places inside JSON
# ---------------------------------------------------------------------------------


def test_json_value_errors_name_the_json_path(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    data = {
        "name": "m",
        "stakeholders": [
            {"id": "a", "name": "A"},
            {"id": "b", "name": "B", "power": "x"},
        ],
    }
    path.write_text(json.dumps(data), "utf-8")
    assert _error(path).records[0]["column"] == "stakeholders[1].power"


def test_kumu_errors_name_the_element(tmp_path: Path) -> None:
    path = tmp_path / "k.kumu.json"
    data = {"elements": [{"label": "A"}, {"label": "B", "attributes": {"power": "x"}}]}
    path.write_text(json.dumps(data), "utf-8")
    rec = _error(path).records[0]
    assert rec["sheet"] == "elements"
    assert rec["row"] == 2
