"""
What moved since the last meeting
=================================

The example map holds the ratings of two workshops (March and September). Compare
them: who changed quadrant, whose scores changed, who is new. Arrows on the grid
run from the old to the new position; a bold coloured arrow means a new quadrant,
and a new strategy for that stakeholder.
"""

# %%
import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt

import stakeholder_map as skm

smap = skm.load_example("huis_van_het_kind")

# %%
# With one map, its two latest rating dates are compared. Two maps work too:
# ``skm.compare(old_map, new_map)``, e.g. last year's workbook and this year's.
print(skm.analysis.snapshot_dates(smap))
diff = skm.compare(smap)
print(diff.summary(lang="nl"))

# %%
# The table behind the summary, one row per stakeholder.
moved = diff.stakeholders[diff.stakeholders["moved"]]
print(moved[["quadrant_before", "quadrant_after", "interest_change"]].to_string())

# %%
# The positions behind the arrows; add the short names for the labels.
moves = skm.analysis.movement(diff)
moves["short_name"] = skm.to_dataframe(smap)["short_name"]
fig, ax = plt.subplots(figsize=(11, 7), layout="constrained")
skm.plotting.plot_movement(moves, ax=ax, lang="nl", label="short_name")
ax.set_title("Wat verschoof sinds maart?")

# %%
out = Path(os.environ.get("SKM_EXAMPLES_OUT") or tempfile.mkdtemp(prefix="skm_"))
fig.savefig(out / "movement.png", dpi=110)
print(f"Saved {out / 'movement.png'}")
