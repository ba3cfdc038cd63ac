"""
The partner network, sized by influence
=======================================

Who holds the network together? Node size shows PageRank (influence through the
relations), colour the sector, and the Net-Map influence tower beside each node
the power the group rated (Schiffer & Hauck 2010). Compare the two: a large node
with a low tower has more influence than the group thinks.
"""

# %%
import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt

import stakeholder_map as skm

smap = skm.load_example("huis_van_het_kind")

# %%
# The measures behind the sizes, as a table: the five most influential partners.
metrics = skm.analysis.centrality(smap, measures=["degree", "betweenness", "pagerank"])
top = metrics.sort_values("pagerank", ascending=False).head(5)
print(top[["name", "degree", "pagerank"]].round(3).to_string())

# %%
# The layout is deterministic for a given ``seed``. ``metrics`` may hold any
# analysis result whose columns ``size``, ``color`` and ``tower`` name.
fig, ax = plt.subplots(figsize=(12, 8), layout="constrained")
skm.plotting.plot_network(
    smap, ax=ax, size="pagerank", tower="power", metrics=metrics, seed=1
)
ax.set_title("Partnernetwerk: grootte = PageRank, torentje = ingeschatte macht")

# %%
out = Path(os.environ.get("SKM_EXAMPLES_OUT") or tempfile.mkdtemp(prefix="skm_"))
fig.savefig(out / "network_influence.png", dpi=110)
print(f"Saved {out / 'network_influence.png'}")
