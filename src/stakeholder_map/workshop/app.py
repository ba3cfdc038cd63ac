"""The workshop's web app: a JSON API under ``/api`` and two pages (Starlette).

Endpoints
---------
``GET /healthz``
    ``{"ok": true}``.
``POST /api/join``
    ``{"name", "code"}`` -> ``{"participant_id", "token"}``.
``GET /api/stakeholders``
    ``[{"id", "name", "short_name", "category"}]`` (participant token).
``PUT /api/ratings/{stakeholder_id}``
    ``{"power", "interest", "attitude", "confidence"?, "rationale"?}`` with
    ``Authorization: Bearer <token>`` -> the stored rating.
``GET /api/ratings``
    The caller's own latest ratings; all ratings once the facilitator revealed.
``GET /api/summary``
    Facilitator token only: per stakeholder median, IQR, n and quadrant.
``POST /api/state``
    Facilitator token only: ``{"revealed"?, "closed"?}``.
``GET /qr.svg?token=<facilitator token>``
    The QR code of the participants' address with the join code filled in, as
    SVG, for the facilitator page.

Every error is a 4xx JSON ``{"error": message}``; a Content-Security-Policy
forbids inline script and other origins.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from stakeholder_map.workshop.store import WorkshopError, WorkshopStore

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

__all__ = ["create_app"]

#: Largest request body accepted, in bytes.
MAX_BODY = 8_192

_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


class _SecurityHeaders:
    """ASGI middleware adding the CSP and related headers to every response."""

    _HEADERS = (
        (b"content-security-policy", _CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"cache-control", b"no-store"),
    )

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self._HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


_QUADRANTS = ("manage_closely", "keep_satisfied", "keep_informed", "monitor")


def _error(message: str, status: int) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def _body(request: Request) -> dict[str, Any]:
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
        msg = f"The request body may have at most {MAX_BODY} bytes."
        raise WorkshopError(msg, status=413)
    raw = b""
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY:
            msg = f"The request body may have at most {MAX_BODY} bytes."
            raise WorkshopError(msg, status=413)
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as err:
        msg = "The request body must be a JSON object."
        raise WorkshopError(msg, status=400) from err
    if not isinstance(data, dict):
        msg = "The request body must be a JSON object."
        raise WorkshopError(msg, status=400)
    return data


def _token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        msg = "Send `Authorization: Bearer <token>` (the token you got on joining)."
        raise WorkshopError(msg, status=401)
    return token.strip()


def create_app(store: WorkshopStore, *, join_url: str | None = None) -> Starlette:
    """Build the Starlette app serving one workshop.

    Parameters
    ----------
    store
        The workshop's store.
    join_url
        The participants' address as phones reach it (e.g. on the local network),
        shown and drawn as a QR code on the facilitator page; default the address
        the facilitator's browser used.

    Returns
    -------
    starlette.applications.Starlette
        The ASGI app; run it with uvicorn.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from stakeholder_map.workshop import WorkshopStore, create_app
    >>> db = pathlib.Path(tempfile.mkdtemp()) / "w.sqlite"
    >>> store = WorkshopStore(db, smap=skm.load_example("huis_van_het_kind"))
    >>> app = create_app(store)
    >>> [route.path for route in app.routes][:3]
    ['/', '/facilitator', '/healthz']
    >>> store.close()
    """

    def facilitator(request: Request) -> None:
        token = _token(request)
        if not store.is_facilitator(token):
            msg = "Only the facilitator may do this."
            raise WorkshopError(msg, status=403)

    def participant(request: Request) -> tuple[int, str] | None:
        token = _token(request)
        if store.is_facilitator(token):
            return None
        return store.participant(token)

    def handle(
        fn: Callable[[Request], Awaitable[Any]],
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                return JSONResponse(await fn(request))
            except WorkshopError as err:
                return _error(str(err), err.status)

        return endpoint

    async def healthz(request: Request) -> dict[str, Any]:
        return {"ok": True}

    async def info(request: Request) -> dict[str, Any]:
        smap = store.smap
        return {
            "name": smap.name,
            "language": smap.language or "en",
            "scale": [smap.scale.min, smap.scale.max],
            "revealed": store.revealed,
            "closed": store.closed,
        }

    async def texts(request: Request) -> dict[str, Any]:
        from stakeholder_map.workshop.page import workshop_texts

        return workshop_texts()

    async def join(request: Request) -> dict[str, Any]:
        data = await _body(request)
        pid, token = store.join(data.get("name", ""), data.get("code", ""))
        return {"participant_id": pid, "token": token}

    async def stakeholders(request: Request) -> list[dict[str, Any]]:
        participant(request)
        return [
            {
                "id": s.id,
                "name": s.name,
                "short_name": s.short_name,
                "category": s.category,
            }
            for s in store.smap.stakeholders
        ]

    async def rate(request: Request) -> dict[str, Any]:
        who = participant(request)
        if who is None:
            msg = "The facilitator token cannot rate: join as a participant."
            raise WorkshopError(msg, status=403)
        data = await _body(request)
        unknown = sorted(
            set(data) - {"power", "interest", "attitude", "confidence", "rationale"}
        )
        if unknown:
            msg = (
                f"Unknown fields {unknown}: send power, interest, attitude, "
                "confidence and rationale only."
            )
            raise WorkshopError(msg, status=422)
        for key in ("power", "interest", "attitude"):
            if key not in data:
                msg = f"`{key}` is missing."
                raise WorkshopError(msg, status=422)
        return store.rate(
            _token(request),
            request.path_params["stakeholder_id"],
            power=data["power"],
            interest=data["interest"],
            attitude=data["attitude"],
            confidence=data.get("confidence"),
            rationale=data.get("rationale"),
        )

    async def ratings(request: Request) -> dict[str, Any]:
        who = participant(request)
        if who is None or store.revealed:
            return {
                "revealed": store.revealed,
                "own": [] if who is None else store.latest(who[0]),
                "summary": store.summary(),
            }
        return {"revealed": False, "own": store.latest(who[0]), "summary": None}

    async def summary(request: Request) -> dict[str, Any]:
        facilitator(request)
        rows = store.summary()
        return {
            "stakeholders": rows,
            "participants": store.participants(),
            "alpha": _alpha(store),
            "revealed": store.revealed,
            "closed": store.closed,
            "n_stakeholders": len(store.smap.stakeholders),
            "join_url": participants_url(request),
            "code": store.code,
        }

    def participants_url(request: Request) -> str:
        return join_url or str(request.base_url)

    async def qr(request: Request) -> Response:
        from stakeholder_map.workshop.qr import qr_svg

        given = request.query_params.get("token", "")
        if not store.is_facilitator(given):
            return _error("Only the facilitator may see the QR code.", 403)
        url = f"{participants_url(request)}?code={store.code}"
        return Response(qr_svg(url), media_type="image/svg+xml")

    async def state(request: Request) -> dict[str, Any]:
        facilitator(request)
        data = await _body(request)
        for key in ("revealed", "closed"):
            if key in data:
                if not isinstance(data[key], bool):
                    msg = f"`{key}` must be true or false, not {data[key]!r}."
                    raise WorkshopError(msg, status=422)
                setattr(store, key, data[key])
        return {"revealed": store.revealed, "closed": store.closed}

    static = resources.files("stakeholder_map.workshop") / "static"

    async def page(request: Request) -> Response:
        name = (
            "facilitator.html" if request.url.path == "/facilitator" else "index.html"
        )
        return Response((static / name).read_bytes(), media_type="text/html")

    async def not_found(request: Request, exc: Exception) -> Response:
        return _error("Not found.", 404)

    async def not_allowed(request: Request, exc: Exception) -> Response:
        return _error("Method not allowed.", 405)

    routes = [
        Route("/", page),
        Route("/facilitator", page),
        Route("/healthz", handle(healthz)),
        Route("/api/info", handle(info)),
        Route("/api/texts", handle(texts)),
        Route("/api/join", handle(join), methods=["POST"]),
        Route("/api/stakeholders", handle(stakeholders)),
        Route("/api/ratings/{stakeholder_id:str}", handle(rate), methods=["PUT"]),
        Route("/api/ratings", handle(ratings)),
        Route("/api/summary", handle(summary)),
        Route("/api/state", handle(state), methods=["POST"]),
        Route("/qr.svg", qr),
        Mount("/static", StaticFiles(directory=str(static)), name="static"),
    ]
    return Starlette(
        routes=routes,
        exception_handlers={404: not_found, 405: not_allowed},
        middleware=[Middleware(_SecurityHeaders)],
    )


def _alpha(store: WorkshopStore) -> float | None:
    """Krippendorff's alpha (interval) of the latest power and interest ratings."""
    rows = store.latest()
    if len({r["participant_id"] for r in rows}) < 2:
        return None
    import math

    from stakeholder_map.analysis.raters import krippendorff_alpha

    raters = sorted({r["participant_id"] for r in rows})
    units = [(s.id, d) for s in store.smap.stakeholders for d in ("power", "interest")]
    col = {u: i for i, u in enumerate(units)}
    data = [[math.nan] * len(units) for _ in raters]
    ri = {p: i for i, p in enumerate(raters)}
    for r in rows:
        for d in ("power", "interest"):
            data[ri[r["participant_id"]]][col[(r["stakeholder_id"], d)]] = r[d]
    try:
        value = krippendorff_alpha(data, level="interval")
    except (ValueError, ZeroDivisionError):
        return None
    return None if math.isnan(value) else round(float(value), 3)
