"""Write the committed JSON Schema of a map file (``schema/...schema.json``).

Regenerate it from the repository root after changing a model::

    python -m stakeholder_map.io._schema

``tests/test_schema.py`` fails while the committed file is stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from stakeholder_map.models import StakeholderMap

__all__ = ["DEFAULT_PATH", "main", "schema_text"]

#: Where the schema lives, relative to the repository root.
DEFAULT_PATH = Path("schema") / "stakeholder_map.schema.json"


def schema_text() -> str:
    """Return the schema as committed: indent 2, sorted keys, trailing newline."""
    schema = StakeholderMap.model_json_schema()
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the schema to the path given (default: ``schema/...`` under the cwd)."""
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else DEFAULT_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_text(), encoding="utf-8")
    print(f"Wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
