"""
A slide deck for the workshop
=============================

``skm.export.to_pptx`` writes a 16:9 PowerPoint deck: a title slide, the
power/interest grid as native shapes (every stakeholder is a marker and label you
can drag during the session), the classification table and pictures of other
views, each slide with speaker notes holding the data behind it. A privacy
profile removes what should not leave the team. Needs the ``pptx`` extra:
``pip install "stakeholder-map[pptx]"``.
"""

# %%
import os
import tempfile
from pathlib import Path

from pptx import Presentation

import stakeholder_map as skm

smap = skm.load_example("huis_van_het_kind")
out = Path(os.environ.get("SKM_EXAMPLES_OUT") or tempfile.mkdtemp(prefix="skm_"))

# %%
# The views this installation can put on slides.
print(skm.export.available_views())

# %%
# A deck for partners of the community of practice (profile "cop"): contact
# details and notes are dropped and people get codes; organisations keep names.
deck = skm.export.to_pptx(
    smap,
    out / "workshop.pptx",
    views=["grid", "table", "network", "movement"],
    lang="nl",
    profile="cop",
)

# %%
# What is in it: the title of every slide.
for number, slide in enumerate(Presentation(deck).slides, start=1):
    title = slide.shapes.title.text if slide.shapes.title is not None else ""
    print(number, title)
print(f"Saved {deck} ({deck.stat().st_size / 1000:.0f} kB)")
