"""
Salience: power, legitimacy and urgency
=======================================

Mitchell, Agle & Wood (1997) ask three questions about each stakeholder: do they
have power, is their claim legitimate, is it urgent? A score at or above the
threshold counts as yes. The answers place each stakeholder in one of seven
regions of a Venn diagram, from *dormant* (power only) to *definitive* (all three).
"""

# %%
import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt

import stakeholder_map as skm

smap = skm.load_example("huis_van_het_kind")

# %%
# The table: the three attributes as True/False, the class, its group (latent,
# expectant, definitive) and the salience (0-3).
sal = skm.analysis.salience(smap)
print(sal["salience_class"].value_counts().to_string())
definitive = sal[sal["salience_class"] == "definitive"]
print("Definitive:", ", ".join(definitive["name"]))

# %%
# Names are packed inside their region; where a region is too small, numbers
# with a key take their place.
fig, ax = plt.subplots(figsize=(11, 7), layout="constrained")
skm.plotting.plot_salience(smap, ax=ax)
ax.set_title("Saillantie (Mitchell, Agle & Wood 1997)")

# %%
out = Path(os.environ.get("SKM_EXAMPLES_OUT") or tempfile.mkdtemp(prefix="skm_"))
fig.savefig(out / "salience_venn.png", dpi=110)
print(f"Saved {out / 'salience_venn.png'}")
