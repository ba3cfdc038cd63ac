"""
Reading a workbook, and fixing what is wrong
============================================

``skm.read`` checks the whole workbook and reports every problem at once, with
the sheet, row and column as Excel numbers them, in Dutch with ``lang="nl"``.
The problems are also a table: ``err.failures``. Here we save the example map as
a workbook, type three mistakes into it, read it, fix the cells and read again.
"""

# %%
import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
import openpyxl

import stakeholder_map as skm

smap = skm.load_example("huis_van_het_kind")
out = Path(os.environ.get("SKM_EXAMPLES_OUT") or tempfile.mkdtemp(prefix="skm_"))
path = skm.write(smap, out / "kaart.xlsx")  # Dutch sheets: actoren, relaties, ...

# %%
# Three typing mistakes: a score off the 1..5 scale, a word that is not a score
# (laag/gemiddeld/hoog are fine) and a relation to a misspelt name.
wb = openpyxl.load_workbook(path)
actors, relations = wb["actoren"], wb["relaties"]
col = {cell.value: cell.column_letter for cell in actors[1]}
power, interest = f"{col['macht']}8", f"{col['belang']}9"
original = actors[power].value, actors[interest].value, relations["B2"].value
actors[power], actors[interest] = 7, "vijf"
relations["B2"] = "Stuurgroep Huis van het Kynd"
wb.save(path)

# %%
try:
    skm.read(path, lang="nl")
except skm.exceptions.InputDataError as err:
    print(err)
    print(err.failures[["sheet", "row", "column", "value"]])

# %%
# Fix the cells (in Excel, or here with openpyxl) and read again.
actors[power], actors[interest], relations["B2"] = original
wb.save(path)
fixed = skm.read(path, lang="nl")
print(f"{len(fixed)} actoren; the same map as before: {fixed == smap}")

# %%
fig, ax = plt.subplots(figsize=(11, 7), layout="constrained")
skm.plotting.plot_power_interest(fixed, ax=ax, label="short_name")
fig.savefig(out / "read_excel.png", dpi=110)
print(f"Saved {out / 'read_excel.png'}")
