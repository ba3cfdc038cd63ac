"""
Custom thresholds and label sets
================================

Where does "high power" start? By default at the middle of the scale (3 on 1..5),
and a score equal to the threshold counts as high. In a House where almost every
partner scores high, the median of the map separates them better. The quadrant
titles can follow Dutch, PMBOK, Eden & Ackermann or Johnson & Scholes wording.
"""

# %%
import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt

import stakeholder_map as skm

smap = skm.load_example("huis_van_het_kind")

# %%
# Classify with two rules and count who changes quadrant.
midpoint = skm.analysis.power_interest(smap, labels="nl")
median = skm.analysis.power_interest(smap, threshold="median", labels="eden_ackermann")
print("midpoint:", midpoint.attrs["thresholds"], "median:", median.attrs["thresholds"])
moved = midpoint["quadrant"].astype(str) != median["quadrant"].astype(str)
print(f"{int(moved.sum())} stakeholders change quadrant; where they land:")
print(median.loc[moved, "label"].value_counts())

# %%
# Side by side: the same map on both grids. A threshold can also be a number, or a
# pair ``(power_rule, interest_rule)``.
fig, (left, right) = plt.subplots(1, 2, figsize=(16, 7), layout="constrained")
for ax, rule, labels in [(left, "midpoint", "nl"), (right, "median", "eden_ackermann")]:
    skm.plotting.plot_power_interest(
        smap, ax=ax, threshold=rule, labels=labels, label="short_name", legend=False
    )
    ax.set_title(f"threshold={rule!r}, labels={labels!r}")

# %%
out = Path(os.environ.get("SKM_EXAMPLES_OUT") or tempfile.mkdtemp(prefix="skm_"))
fig.savefig(out / "custom_thresholds.png", dpi=110)
print(f"Saved {out / 'custom_thresholds.png'}")
