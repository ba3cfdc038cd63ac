"""Write the bundled Dutch example as an Excel workbook users can copy.

The YAML file is the source; the workbook is generated from it with the library's
own writer, and ``tests/test_example_workbook.py`` fails when the two drift apart.
Run: ``python scripts/build_example_workbook.py``.
"""

from __future__ import annotations

import stakeholder_map as skm
from stakeholder_map.datasets import example_path


def main() -> None:
    smap = skm.load_example("huis_van_het_kind")
    target = example_path("huis_van_het_kind", suffix=".yaml").with_suffix(".xlsx")
    skm.write(smap, target, lang="nl")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
