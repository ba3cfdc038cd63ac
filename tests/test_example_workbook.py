"""The bundled example workbook matches the bundled example map."""

from __future__ import annotations

import stakeholder_map as skm
from stakeholder_map.datasets import example_path


def test_workbook_reads_back_as_the_example() -> None:
    path = example_path("huis_van_het_kind", suffix=".xlsx")
    assert path.exists(), "run `python scripts/build_example_workbook.py`"
    assert skm.read(path) == skm.load_example("huis_van_het_kind"), (
        "The example workbook is stale: run `python scripts/build_example_workbook.py`."
    )


def test_workbook_is_in_dutch() -> None:
    import openpyxl

    wb = openpyxl.load_workbook(example_path("huis_van_het_kind", suffix=".xlsx"))
    assert wb.sheetnames[:4] == ["actoren", "relaties", "soorten", "themas"]
    headers = [c.value for c in wb["actoren"][1]]
    assert {"naam", "categorie", "macht", "belang", "houding", "Regio"} <= set(headers)
    assert next(c.value for c in wb["soorten"][2]) == "doorverwijzing"
