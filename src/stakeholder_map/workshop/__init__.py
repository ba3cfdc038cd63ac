"""Live workshops: participants rate stakeholders in a browser, ratings join the map.

:class:`WorkshopStore` keeps a workshop in one SQLite file (WAL mode, every rating
committed before it is acknowledged); :func:`create_app` serves it as a Starlette
app (the ``workshop`` extra); :func:`write_workshop_page` writes the participant
page as one HTML file for a workshop without a network, whose saved ratings
:meth:`WorkshopStore.import_ratings` reads in. Submodules load lazily, so
``import stakeholder_map`` never imports starlette.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stakeholder_map.workshop.app import create_app
    from stakeholder_map.workshop.page import write_workshop_page
    from stakeholder_map.workshop.store import WorkshopError, WorkshopStore

__all__ = ["WorkshopError", "WorkshopStore", "create_app", "write_workshop_page"]

_WHERE = {
    "WorkshopStore": "stakeholder_map.workshop.store",
    "WorkshopError": "stakeholder_map.workshop.store",
    "create_app": "stakeholder_map.workshop.app",
    "write_workshop_page": "stakeholder_map.workshop.page",
}


def __getattr__(name: str) -> Any:
    import importlib

    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
