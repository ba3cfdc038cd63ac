"""
A workshop with several raters: where do they disagree?
=======================================================

Four people scored every stakeholder. Each stakeholder sits at the median of
their scores; whiskers show the middle half of the ratings (first to third
quartile) and a thick ring marks a stakeholder without consensus (IQR above 1
point). Those are the ones to talk about in the workshop.
"""

# %%
import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt

import stakeholder_map as skm

smap = skm.load_example("huis_van_het_kind")

# %%
# One row per stakeholder: median, number of raters, quartiles, IQR, consensus.
agg = skm.analysis.aggregate(smap, dimensions=["power", "interest"])
print(f"Raters: {agg.attrs['raters']}")
print(agg.loc[~agg["consensus"], ["name", "power_iqr", "interest_iqr"]].to_string())

# %%
# How well do the raters agree overall? Krippendorff's alpha per dimension, with
# 0.667 and 0.8 as guide values (Krippendorff 2011).
print(skm.analysis.rater_agreement(smap)[["alpha", "n_units"]].round(2))

# %%
fig, ax = plt.subplots(figsize=(11, 7), layout="constrained")
skm.plotting.plot_rating_spread(smap, ax=ax, label="short_name")
ax.set_title("Waar zijn de deelnemers het oneens?")

# %%
out = Path(os.environ.get("SKM_EXAMPLES_OUT") or tempfile.mkdtemp(prefix="skm_"))
fig.savefig(out / "rating_spread.png", dpi=110)
print(f"Saved {out / 'rating_spread.png'}")
