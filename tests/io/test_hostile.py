"""Broken and hostile files end in one InputDataError, and the CLI never crashes."""

from pathlib import Path

import pytest

import stakeholder_map as skm
from stakeholder_map.cli import main
from stakeholder_map.exceptions import InputDataError


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("deep.json", _nested(100_000)),
        ("deep.kumu.json", '{"elements": ' + _nested(100_000) + "}"),
        ("kumu_numbers.kumu.json", '{"elements": [1, 2, 3]}'),
        ("nodelink_str.json", '"just a string"'),
    ],
)
def test_hostile_json_gives_input_data_error(
    tmp_path: Path, name: str, content: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputDataError, match=name.replace(".", r"\.")):
        skm.read(path)


def test_non_utf8_json_is_named(tmp_path: Path) -> None:
    path = tmp_path / "latin.json"
    # 0x81 and 0x8D are undefined in Windows-1252 too: no encoding we read fits.
    path.write_bytes(b'{"name": "caf\x81\x8d"}')
    with pytest.raises(InputDataError, match=r"latin\.json") as info:
        skm.read(path)
    assert "save it as UTF-8" in str(info.value)


def test_cli_validate_exits_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "deep.json"
    path.write_text(_nested(100_000), encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["validate", str(path)])
    assert exc.value.code == 1
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("bigint.yaml", "name: x\nstakeholders:\n- name: " + "9" * 5000 + "\n"),
        ("bigint.json", '{"name": "x", "n": ' + "9" * 5000 + "}"),
        ("badtime.yaml", "name: x\ndate: !!timestamp 2026-13-45\n"),
    ],
)
def test_values_a_parser_refuses_are_one_clear_error(
    tmp_path: Path, name: str, text: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputDataError) as info:
        skm.read(path)
    assert name in str(info.value)
