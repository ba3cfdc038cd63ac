"""Exports for the workshop and for sharing: slide decks, reports, privacy.

:func:`to_pptx` writes a 16:9 deck whose power/interest grid is made of editable
shapes. Every export takes ``profile=`` (see :mod:`stakeholder_map.privacy`). The
heavy libraries (python-pptx, matplotlib) load only when a file is written.

Examples
--------
>>> "grid" in skm.export.available_views()
True
"""

from stakeholder_map.export.pptx import available_views, to_pptx

__all__ = ["available_views", "to_pptx"]
