"""The committed JSON Schema matches the models."""

from __future__ import annotations

import json
from pathlib import Path

import stakeholder_map as skm
from stakeholder_map.io._schema import main, schema_text

COMMITTED = (
    Path(__file__).resolve().parents[1] / "schema" / "stakeholder_map.schema.json"
)
HOW = (
    "schema/stakeholder_map.schema.json is stale: the models changed. Regenerate it "
    "from the repository root with `python -m stakeholder_map.io._schema` and commit "
    "it (and note the change in CHANGELOG.md)."
)


def test_committed_schema_is_up_to_date() -> None:
    assert COMMITTED.is_file(), HOW
    assert COMMITTED.read_text(encoding="utf-8") == schema_text(), HOW


def test_schema_text_is_the_json_schema() -> None:
    assert json.loads(schema_text()) == skm.json_schema()
    assert schema_text().endswith("}\n")


def test_main_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "schema.json"
    assert main([str(target)]) == 0
    assert target.read_text(encoding="utf-8") == schema_text()
