"""
A figure for a workshop slide, as PNG and SVG
=============================================

``theme("slides")`` makes a 16:9 figure (13.33 x 7.5 inches) with fonts and
markers that stay readable on a projector, and saves it at 200 dpi. The theme
is a context manager: matplotlib's settings are restored when the block ends.
PNG goes on a PowerPoint slide; SVG stays sharp in a web page or Inkscape.
"""

# %%
import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt

import stakeholder_map as skm

smap = skm.load_example("huis_van_het_kind")
out = Path(os.environ.get("SKM_EXAMPLES_OUT") or tempfile.mkdtemp(prefix="skm_"))

# %%
# Make and save the figure inside the ``with`` block, so the theme's sizes and
# its resolution apply to both files.
with skm.plotting.theme("slides"):
    fig, ax = plt.subplots()
    skm.plotting.plot_power_interest(smap, ax=ax, label="short_name")
    ax.set_title(f"{smap.name}: wie betrekken we hoe?")
    fig.savefig(out / "grid_slide.png")
    fig.savefig(out / "grid_slide.svg")

# %%
for path in sorted(out.glob("grid_slide.*")):
    print(f"{path.name}: {path.stat().st_size / 1000:.0f} kB")
print(f"Saved in {out}")
