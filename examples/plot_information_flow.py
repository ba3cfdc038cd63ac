"""
How information spreads from the Huis van het Kind
==================================================

Follow the information and collaboration relations outward from the coordination:
each ring is one step further. Partners that are the only way information reaches
others are single points of failure: if they drop out, someone is cut off.
"""

# %%
import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt

import stakeholder_map as skm

smap = skm.load_example("huis_van_het_kind")
source = "huis_van_het_kind"

# %%
# The table: steps from the source, the channel of the last step and, per
# carrier, how many receivers depend on it alone.
flow = skm.analysis.information_flow(smap, source=source)
print(f"Reached: {flow.attrs['n_reached']} of {len(flow)}")
print("Not reached:", ", ".join(flow.attrs["unreached"]))
risky = flow[flow["single_point_of_failure"]].sort_values("cuts_off", ascending=False)
print(risky[["name", "steps", "cuts_off"]].to_string())

# %%
fig, ax = plt.subplots(figsize=(12, 8), layout="constrained")
skm.plotting.plot_information_flow(smap, source=source, ax=ax)
ax.set_title("Informatiestroom vanuit het Huis van het Kind")

# %%
out = Path(os.environ.get("SKM_EXAMPLES_OUT") or tempfile.mkdtemp(prefix="skm_"))
fig.savefig(out / "information_flow.png", dpi=110)
print(f"Saved {out / 'information_flow.png'}")
