"""
The power/interest grid
=======================

The classic stakeholder map: interest on the x-axis, power on the y-axis and four
quadrants, each with its own strategy. Names are placed so that none overlaps
another name or a marker.
"""

# %%
import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt

import stakeholder_map as skm

smap = skm.load_example("huis_van_het_kind")

# %%
# The numbers behind the plot: one row per stakeholder, with its quadrant and the
# strategy that goes with it. The thresholds used are recorded in ``attrs``.
grid = skm.analysis.power_interest(smap, labels="nl")
print(grid["label"].value_counts())
print(grid.attrs["thresholds"])

# %%
# Draw it. The marker colour shows the attitude (-2 .. +2); white markers are
# stakeholders whose attitude nobody has assessed yet. Short names keep a slide
# readable.
fig, ax = plt.subplots(figsize=(11, 7), layout="constrained")
skm.plotting.plot_power_interest(smap, ax=ax, label="short_name")
ax.set_title(smap.name)

# %%
# Save the figure into ``$SKM_EXAMPLES_OUT`` when it is set, else a new temporary
# folder.
out = Path(os.environ.get("SKM_EXAMPLES_OUT") or tempfile.mkdtemp(prefix="skm_"))
fig.savefig(out / "basic_grid.png", dpi=110)
print(f"Saved {out / 'basic_grid.png'}")
