"""Run a workshop's app on uvicorn, on 127.0.0.1 unless asked for the local network."""

from __future__ import annotations

import socket
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uvicorn

    from stakeholder_map.workshop.store import WorkshopStore

__all__ = ["lan_address", "make_server", "start_in_thread"]


def make_server(
    store: WorkshopStore,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    join_url: str | None = None,
) -> uvicorn.Server:
    """Return a uvicorn server (not yet started) for ``store``'s workshop.

    Parameters
    ----------
    store
        The workshop's store.
    host
        The address to bind; ``"0.0.0.0"`` lets phones on the same network join.
    port
        The port; 0 picks a free one.
    join_url
        The participants' address shown on the facilitator page (see
        :func:`~stakeholder_map.workshop.create_app`).

    Returns
    -------
    uvicorn.Server
        Call ``.run()`` to serve until interrupted.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from stakeholder_map.workshop import WorkshopStore
    >>> from stakeholder_map.workshop.server import make_server
    >>> db = pathlib.Path(tempfile.mkdtemp()) / "w.sqlite"
    >>> store = WorkshopStore(db, smap=skm.load_example("huis_van_het_kind"))
    >>> make_server(store, port=0).config.host
    '127.0.0.1'
    >>> store.close()
    """
    import uvicorn

    from stakeholder_map.workshop.app import create_app

    config = uvicorn.Config(
        create_app(store, join_url=join_url),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
    )
    return uvicorn.Server(config)


def start_in_thread(
    store: WorkshopStore, *, host: str = "127.0.0.1", port: int = 0
) -> tuple[uvicorn.Server, threading.Thread, int]:
    """Serve ``store`` from a background thread; return server, thread and port.

    The call returns once the server listens. Stop it with
    ``server.should_exit = True; thread.join()``.

    Parameters
    ----------
    store
        The workshop's store.
    host
        The address to bind.
    port
        The port; 0 picks a free one.

    Returns
    -------
    tuple
        The server, its thread and the port it listens on.

    Examples
    --------
    Served from a thread, the doctest runner trips over uvicorn, so this example
    is not run here; ``tests/workshop/test_browser.py`` runs it.

    >>> from stakeholder_map.workshop.server import start_in_thread
    >>> server, thread, port = start_in_thread(store)  # doctest: +SKIP
    >>> server.should_exit = True  # doctest: +SKIP
    >>> thread.join()  # doctest: +SKIP
    """
    import time

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    server = make_server(store, host=host, port=sock.getsockname()[1])
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, daemon=True
    )
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            msg = "The workshop server did not start."
            raise RuntimeError(msg)
        time.sleep(0.01)
    return server, thread, int(sock.getsockname()[1])


def lan_address(fallback: str = "127.0.0.1") -> str:
    """Return this machine's address on the local network (no packets are sent).

    Parameters
    ----------
    fallback
        What to return when no network is up.

    Returns
    -------
    str
        An IPv4 address.

    Examples
    --------
    >>> from stakeholder_map.workshop.server import lan_address
    >>> lan_address().count(".")
    3
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 1))
            return str(s.getsockname()[0])
        except OSError:
            return fallback
