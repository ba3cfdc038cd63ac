"""QR codes of a workshop's join address, for the terminal and the facilitator page.

The codes are made by `segno <https://segno.readthedocs.io>`_ (the ``workshop``
extra), which implements ISO/IEC 18004; error correction level M restores up to
15 % of a code, enough for a projector or a phone held at an angle.
"""

from __future__ import annotations

import io
from typing import TextIO
from urllib.parse import quote

__all__ = ["join_url", "qr_svg", "qr_terminal"]


def join_url(host: str, port: int, code: str | None = None) -> str:
    """Return the participants' address, with the join code filled in if given.

    Parameters
    ----------
    host
        The address phones reach the server on, e.g. ``"192.168.1.20"``.
    port
        The port the server listens on.
    code
        The workshop's join code; the participant page fills it in from
        ``?code=``, so a scanned QR code only asks for a name.

    Returns
    -------
    str
        An ``http://`` address ending in ``/`` or ``/?code=...``.

    Examples
    --------
    >>> from stakeholder_map.workshop.qr import join_url
    >>> join_url("127.0.0.1", 8765)
    'http://127.0.0.1:8765/'
    >>> join_url("192.168.1.20", 8765, "K7P2QX")
    'http://192.168.1.20:8765/?code=K7P2QX'
    """
    base = f"http://{host}:{port}/"
    return base if code is None else f"{base}?code={quote(code)}"


def qr_svg(url: str, *, title: str | None = None) -> str:
    """Return the QR code of ``url`` as a standalone SVG document.

    Parameters
    ----------
    url
        The text to encode.
    title
        The SVG's ``<title>`` (its text alternative), default the URL.

    Returns
    -------
    str
        An SVG document (no XML declaration), black on white, with a quiet zone
        of four modules as the standard asks.

    Examples
    --------
    >>> from stakeholder_map.workshop.qr import qr_svg
    >>> svg = qr_svg("http://127.0.0.1:8765/")
    >>> svg.startswith("<svg") and "<title>http://127.0.0.1:8765/</title>" in svg
    True
    """
    import segno

    buf = io.BytesIO()
    segno.make(url, error="m").save(
        buf,
        kind="svg",
        scale=8,
        border=4,
        dark="#000",
        light="#fff",
        xmldecl=False,
        title=title or url,
        svgns=True,
    )
    return buf.getvalue().decode("utf-8")


def qr_terminal(url: str, out: TextIO) -> None:
    """Draw the QR code of ``url`` in a terminal with Unicode half blocks.

    Falls back to segno's default drawing (ANSI colours) when ``out`` cannot
    encode the half blocks.

    Parameters
    ----------
    url
        The text to encode.
    out
        The stream to draw on, e.g. ``sys.stdout``.

    Examples
    --------
    >>> import io
    >>> from stakeholder_map.workshop.qr import qr_terminal
    >>> buf = io.StringIO()
    >>> qr_terminal("http://127.0.0.1:8765/", buf)
    >>> len(buf.getvalue().splitlines()) > 10
    True
    """
    import segno

    code = segno.make(url, error="m")
    drawn = io.StringIO()
    code.terminal(out=drawn, compact=True, border=2)
    text = drawn.getvalue()
    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        code.terminal(out=out, border=2)
        return
    out.write(text)
    out.flush()
