"""
Communication plan and contact log
==================================

The plan says who hears what, through which channel and how often; the log says
which contacts really happened. Held against each other they show who is
overdue. Each row of the timeline is a stakeholder: a marker per contact, a
light band for the time it covers under the plan, a shaded band when the next
contact is overdue.
"""

# %%
import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt

import stakeholder_map as skm

smap = skm.load_example("huis_van_het_kind")
today = "2026-09-30"  # a fixed date, so the example gives the same result every day

# %%
# The plan: strategy, IAP2 participation level, channels, rhythm and message per
# stakeholder, from the map's planned items and default rules per quadrant.
# ``display_table`` translates headers and values for people.
plan = skm.analysis.communication_plan(smap, lang="nl")
print(skm.analysis.display_table(plan[["channels", "frequency"]].head(5)))

# %%
# Plan against log: who to contact first.
status = skm.analysis.engagement_status(smap, today=today)
print(f"Engaged this year: {status.attrs['coverage']:.0%} of the stakeholders")
first = skm.analysis.needs_attention(status).head(5)
print(first[["planned_frequency", "last_contact", "days_overdue"]].to_string())

# %%
fig, ax = plt.subplots(figsize=(12, 8), layout="constrained")
skm.plotting.plot_engagement_status(smap, ax=ax, status=status, today=today)

# %%
out = Path(os.environ.get("SKM_EXAMPLES_OUT") or tempfile.mkdtemp(prefix="skm_"))
fig.savefig(out / "communication_timeline.png", dpi=110)
print(f"Saved {out / 'communication_timeline.png'}")
