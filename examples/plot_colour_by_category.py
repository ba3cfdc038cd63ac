"""
Colour by sector and size by urgency
====================================

``hue`` and ``size`` name columns of the data, as in seaborn: colour the markers
by sector to see which sectors sit in which quadrant, and scale them by how
urgent each stakeholder's claim is. Any column works, also one you add yourself.
"""

# %%
import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt

import stakeholder_map as skm

smap = skm.load_example("huis_van_het_kind")

# %%
# The example has 13 categories: too many colours to tell apart. Group them into
# six sectors in a column of our own, and join the urgency and short names.
sectors = {
    "overheid": "beleid",
    "veiligheid": "beleid",
    "wonen": "beleid",
    "zorg": "zorg en welzijn",
    "welzijn": "zorg en welzijn",
    "onderwijs": "onderwijs en opvang",
    "kinderopvang": "onderwijs en opvang",
    "ouders": "ouders",
    "overleg": "overleg",
}
grid = skm.analysis.power_interest(smap, labels="nl")
grid = grid.join(skm.to_dataframe(smap)[["urgency"]])
grid["short_name"] = grid["short_name"].fillna(grid["name"])
grid["sector"] = grid["category"].map(sectors).fillna("vrije tijd en middenveld")
print(grid.groupby("sector")["label"].agg(lambda q: q.mode()[0]))

# %%
fig, ax = plt.subplots(figsize=(11, 7), layout="constrained")
skm.plotting.plot_power_interest(
    grid,
    ax=ax,
    labels="nl",
    hue="sector",
    size="urgency",
    sizes=(30, 300),
    label="short_name",
)
ax.set_title("Sectoren op het raster; grotere markers zijn dringender")

# %%
out = Path(os.environ.get("SKM_EXAMPLES_OUT") or tempfile.mkdtemp(prefix="skm_"))
fig.savefig(out / "colour_by_category.png", dpi=110)
print(f"Saved {out / 'colour_by_category.png'}")
