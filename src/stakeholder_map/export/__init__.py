"""Exports for the workshop and for sharing: slide decks, reports, privacy.

:func:`to_pptx` writes a 16:9 deck whose power/interest and power/attitude grids
are made of editable shapes; :func:`to_html` and :func:`to_markdown` build a
self-contained report; :func:`kumu_grid_view` draws the power/interest grid in
Kumu. Every export takes ``profile=`` (see
:mod:`stakeholder_map.privacy`). The
heavy libraries (python-pptx, matplotlib) load only when a file is written.

Examples
--------
>>> "grid" in skm.export.available_views()
True
"""

from stakeholder_map.export.kumu import kumu_grid_view, write_kumu_grid_view
from stakeholder_map.export.pptx import available_views, to_pptx
from stakeholder_map.export.report import (
    REPORT_VIEWS,
    to_html,
    to_markdown,
    write_report,
)

__all__ = [
    "REPORT_VIEWS",
    "available_views",
    "kumu_grid_view",
    "to_html",
    "to_markdown",
    "to_pptx",
    "write_kumu_grid_view",
    "write_report",
]
