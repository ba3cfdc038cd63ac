"""Render the README gallery from the Dutch example into ``docs/images/*.png``.

Each figure is drawn by the library's own plotting function from
``skm.load_example("huis_van_het_kind")`` with the notebook theme, at a moderate
resolution and reduced to a 256-colour palette (the figures are flat colours
and text, so nothing visible is lost), which keeps every PNG well under 250 kB.
The output is deterministic: the same library, matplotlib, Pillow and fonts give
byte-identical files, with no timestamp or software tag in them.

Run: ``python scripts/make_gallery.py`` (or ``--out DIR`` to write elsewhere).
"""

from __future__ import annotations

import argparse
import io
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from PIL import Image

import stakeholder_map as skm

ROOT = Path(__file__).resolve().parents[1]
DPI = 110
MAX_BYTES = 250_000
TODAY = "2026-09-30"  # fixed, so the engagement timeline never changes by itself

Draw = Callable[[skm.StakeholderMap, Any], Any]

#: file stem -> (figure size in inches, how to draw it on the Axes)
FIGURES: dict[str, tuple[tuple[float, float], Draw]] = {
    "grid": (
        (11, 7),
        lambda smap, ax: skm.plotting.plot_power_interest(
            smap, ax=ax, label="short_name"
        ),
    ),
    "salience": ((11, 7), lambda smap, ax: skm.plotting.plot_salience(smap, ax=ax)),
    "attitude": (
        (11, 7),
        lambda smap, ax: skm.plotting.plot_attitude_grid(smap, ax=ax),
    ),
    "priority": (
        (10, 7),
        lambda smap, ax: skm.plotting.plot_priority(smap, ax=ax, top=10),
    ),
    "support_balance": (
        (10, 5),
        lambda smap, ax: skm.plotting.plot_support_balance(smap, ax=ax),
    ),
    "onion": ((11, 7.5), lambda smap, ax: skm.plotting.plot_onion(smap, ax=ax)),
    "network": (
        (12, 8),
        lambda smap, ax: skm.plotting.plot_network(
            smap, ax=ax, size="pagerank", seed=1
        ),
    ),
    "information_flow": (
        (12, 8),
        lambda smap, ax: skm.plotting.plot_information_flow(
            smap, ax=ax, source="huis_van_het_kind"
        ),
    ),
    "rating_spread": (
        (11, 7),
        lambda smap, ax: skm.plotting.plot_rating_spread(
            smap, ax=ax, label="short_name"
        ),
    ),
    "movement": ((11, 7), lambda smap, ax: _movement(smap, ax)),
    "engagement_status": (
        (12, 8),
        lambda smap, ax: skm.plotting.plot_engagement_status(smap, ax=ax, today=TODAY),
    ),
}


def _movement(smap: skm.StakeholderMap, ax: Any) -> Any:
    """Draw the movement between the map's two workshops, with short names."""
    moves = skm.analysis.movement(smap)
    moves["short_name"] = skm.to_dataframe(smap)["short_name"]
    return skm.plotting.plot_movement(moves, ax=ax, lang="nl", label="short_name")


def render(out: Path, names: list[str] | None = None) -> list[Path]:
    """Draw the gallery figures into ``out`` and return the paths written."""
    smap = skm.load_example("huis_van_het_kind")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names or list(FIGURES):
        figsize, draw = FIGURES[name]
        with skm.plotting.theme("notebook"), warnings.catch_warnings():
            # Two stakeholders of the example are deliberately not scored yet;
            # the warning that leaves them out is expected here.
            warnings.simplefilter("ignore", skm.exceptions.StakeholderMapWarning)
            fig, ax = plt.subplots(figsize=figsize)
            draw(smap, ax)
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png", dpi=DPI)
        plt.close(fig)
        path = out / f"{name}.png"
        _save_palette_png(buffer, path)
        written.append(path)
    return written


def _save_palette_png(buffer: io.BytesIO, path: Path) -> None:
    """Save a rendered PNG with a 256-colour palette (median cut, no dithering)."""
    buffer.seek(0)
    with Image.open(buffer) as image:
        palette = image.convert("RGB").quantize(
            colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    palette.save(path, format="PNG", optimize=True)


def main(argv: list[str] | None = None) -> int:
    """Render the gallery; fail when a PNG is larger than ``MAX_BYTES``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("names", nargs="*", help=f"some of {list(FIGURES)}")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.names) - set(FIGURES))
    if unknown:
        parser.error(f"unknown figures {unknown}; choose from {list(FIGURES)}")
    too_large = []
    for path in render(args.out, args.names or None):
        size = path.stat().st_size
        print(
            f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
            f"  {size / 1000:.0f} kB"
        )
        if size > MAX_BYTES:
            too_large.append(path.name)
    if too_large:
        print(f"larger than {MAX_BYTES // 1000} kB: {too_large}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
