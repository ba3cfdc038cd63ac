"""``stakeholder-map workshop serve`` and ``stakeholder-map workshop export``.

``serve`` runs a live workshop from a map file, keeping everything in one SQLite
file (``--db``); ``export`` writes the map back with every participant's latest
rating as an assessment. The helpers it shares with :mod:`stakeholder_map.cli`
(messages without traceback, the ``--lang`` rule, reading a map) live in
``stakeholder_map._cli_base``, which both import; starlette, uvicorn and segno
load only for ``serve``.
"""

from __future__ import annotations

import importlib
import socket
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from stakeholder_map import _cli_base as _cli
from stakeholder_map.i18n import text

if TYPE_CHECKING:
    from types import FrameType

    from stakeholder_map.models import StakeholderMap

__all__ = ["workshop_app"]


class Lang(StrEnum):
    """Languages of the workshop commands' messages."""

    nl = "nl"
    en = "en"
    fr = "fr"


workshop_app = typer.Typer(
    name="workshop",
    help=(
        "Run a live workshop: participants rate the stakeholders on their phones, "
        "the ratings join the map as assessments."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        "-l",
        help="Language of messages (default: the map's language, else the "
        "system's). The pages let each participant choose.",
        show_default=False,
    ),
]
DbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        help="The workshop's SQLite file. `serve` creates it, or resumes the "
        "workshop it holds.",
        show_default=False,
    ),
]

#: What `serve` needs beyond the core package: (module, pip name).
_EXTRA = (("starlette", "starlette"), ("uvicorn", "uvicorn"), ("segno", "segno"))
_EXPORT_SUFFIXES = (".xlsx", ".yaml", ".yml", ".json")


def _base_lang(lang: Lang | None) -> _cli.Lang | None:
    """Return ``lang`` as the command line's shared ``Lang`` (or None)."""
    return None if lang is None else _cli.Lang(lang.value)


def _check_extra(lang: str) -> None:
    """Stop with the install command when starlette, uvicorn or segno is missing."""
    missing = []
    for module, name in _EXTRA:
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(name)
    if missing:
        raise _cli.UserError(text("ws_missing_extra", lang, missing=", ".join(missing)))


def _map_and_stored(
    db: Path, file: Path | None, given: _cli.Lang | None, need: str
) -> tuple[StakeholderMap | None, StakeholderMap | None, str]:
    """Return the map read from ``file``, the map ``db`` holds and the language.

    One of them is needed (``need`` names the message when both are missing);
    when both are there they must be the same map.
    """
    smap = _cli.read_map(file, given) if file is not None else None
    stored = _stored_map(db, _cli.command_lang(given, smap))
    code = _cli.command_lang(given, smap or stored)
    if stored is None and smap is None:
        raise _cli.UserError(text(need, code, db=str(db)))
    if stored is not None and smap is not None and smap != stored:
        raise _cli.UserError(
            text("ws_other_map", code, db=str(db), stored=stored.name, file=str(file))
        )
    return smap, stored, code


def _stored_map(db: Path, lang: str) -> StakeholderMap | None:
    """Return the map a workshop file holds; None if ``db`` is absent or empty.

    The file is opened read-only, so a file that is no workshop stays untouched.
    """
    import sqlite3

    from stakeholder_map.models import StakeholderMap

    if not db.exists() or (db.is_file() and db.stat().st_size == 0):
        return None
    try:
        con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'map'").fetchone()
        finally:
            con.close()
    except sqlite3.Error as err:
        raise _cli.UserError(
            text("ws_not_a_workshop", lang, db=str(db), detail=str(err))
        ) from None
    if row is None:
        detail = "no map in its meta table"
        raise _cli.UserError(text("ws_not_a_workshop", lang, db=str(db), detail=detail))
    return StakeholderMap.model_validate_json(row[0])


@workshop_app.command()
def serve(
    db: DbOption,
    file: Annotated[
        Path | None,
        typer.Argument(
            help="The map to rate (.xlsx, .csv, .yaml/.yml or .json); may be left "
            "out to resume the workshop in `--db`.",
            show_default=False,
        ),
    ] = None,
    port: Annotated[
        int,
        typer.Option(min=0, max=65535, help="The port; 0 picks a free one."),
    ] = 8765,
    lan: Annotated[
        bool,
        typer.Option(
            "--lan",
            help="Listen on the local network, so phones on the same Wi-Fi can "
            "join (default: this computer only, 127.0.0.1).",
        ),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Serve a live workshop; print the addresses, the join code and a QR code.

    Participants open the first address (or scan the QR code), type the code
    and their name, and place the stakeholders on the grid. The facilitator
    address shows the combined grid. Every rating is saved in `--db` as it comes
    in; Ctrl-C stops, and `serve` on the same `--db` resumes.
    """
    given = _base_lang(lang)
    with _cli.user_errors():
        code = _cli.command_lang(given)
        _check_extra(code)
        smap, stored, code = _map_and_stored(db, file, given, "ws_need_map")
        db.parent.mkdir(parents=True, exist_ok=True)
        _serve(db, smap if stored is None else None, port=port, lan=lan, lang=code)


def _listen(host: str, port: int) -> socket.socket:
    """Return a TCP socket bound to ``host:port``, for uvicorn to listen on.

    ``proto=IPPROTO_TCP`` matters: asyncio sets ``TCP_NODELAY`` on accepted
    connections only when the listener says it is TCP, and without it every
    answer on a kept-alive connection waits some 40 ms for the client's delayed
    ACK (Nagle's algorithm).
    """
    import os

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    if os.name != "nt":  # on Windows the option lets two servers share a port
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def _serve(
    db: Path, smap: StakeholderMap | None, *, port: int, lan: bool, lang: str
) -> None:
    """Open the store, bind, serve until Ctrl-C or SIGTERM, then close the store."""
    import signal
    import sys

    import uvicorn

    from stakeholder_map.workshop.qr import join_url, qr_terminal
    from stakeholder_map.workshop.server import lan_address, make_server
    from stakeholder_map.workshop.store import WorkshopStore

    host = "0.0.0.0" if lan else "127.0.0.1"  # --lan asks for it
    try:
        sock = _listen(host, port)
    except OSError as err:
        raise _cli.UserError(
            text("ws_port_taken", lang, host=host, port=port, detail=err.strerror)
        ) from None
    real_port = int(sock.getsockname()[1])
    shown = lan_address() if lan else "127.0.0.1"
    url = join_url(shown, real_port)
    store = WorkshopStore(db, smap=smap)
    resumed = smap is None

    def announce() -> None:
        typer.echo(text("ws_participants", lang, url=url, code=store.code))
        facilitator = f"{url}facilitator?token={store.facilitator_token}"
        typer.echo(text("ws_facilitator", lang, url=facilitator))
        qr_terminal(join_url(shown, real_port, store.code), sys.stdout)
        if resumed:
            n = len(store.participants())
            typer.echo(text("ws_resumed", lang, db=str(db), n=n))
        if lan:
            typer.echo(text("ws_lan_note", lang))
            if shown == "127.0.0.1":
                typer.echo(text("ws_no_network", lang, url=url), err=True)
        typer.echo(text("ws_stop_hint", lang, db=str(db)))

    class AnnouncingServer(uvicorn.Server):
        """A uvicorn server that prints the addresses once it listens."""

        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if self.started and not self.should_exit:
                announce()

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    config = make_server(store, host=host, port=real_port, join_url=url).config
    server = AnnouncingServer(config)
    previous = signal.signal(signal.SIGTERM, stop)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        sock.close()
        store.close()
    typer.echo(text("ws_stopped", lang, db=str(db)))


@workshop_app.command("export")
def export(
    db: DbOption,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="The map to write, with the ratings as assessments: .xlsx, "
            ".yaml/.yml or .json.",
            show_default=False,
        ),
    ],
    lang: LangOption = None,
) -> None:
    """Write the workshop's map with every participant's latest rating.

    Each rating becomes an assessment: rater = the participant's name, date =
    the workshop date, with confidence and rationale when given. Read the file
    back with `stakeholder_map.read` to aggregate the ratings and measure the
    raters' agreement. Works while `serve` still runs.
    """
    from stakeholder_map.io import write
    from stakeholder_map.workshop.store import WorkshopStore

    given = _base_lang(lang)
    with _cli.user_errors():
        code = _cli.command_lang(given)
        if output.suffix.lower() not in _EXPORT_SUFFIXES:
            raise _cli.UserError(text("ws_export_suffix", code, name=output.name))
        stored = _stored_map(db, code)
        if stored is None:
            raise _cli.UserError(text("ws_no_db", code, db=str(db)))
        code = _cli.command_lang(given, stored)
        store = WorkshopStore(db)
        try:
            smap = store.to_map()
            raters = len({r["participant_id"] for r in store.latest()})
        finally:
            store.close()
        output.parent.mkdir(parents=True, exist_ok=True)
        path = write(smap, output, lang=None if lang is None else _cli.data_lang(code))
        n = len(smap.assessments) - len(stored.assessments)
        typer.echo(
            text(
                "ws_exported", code, path=str(path), n=n, raters=raters, name=smap.name
            )
        )


def _check_suffix(output: Path, lang: str) -> None:
    """Refuse an output whose format cannot hold the ratings as assessments."""
    if output.suffix.lower() not in _EXPORT_SUFFIXES:
        raise _cli.UserError(text("ws_export_suffix", lang, name=output.name))


@workshop_app.command("from-pptx")
def from_pptx(
    deck: Annotated[
        Path,
        typer.Argument(
            help="A deck written by `stakeholder-map report -o deck.pptx` (or "
            "`to_pptx`), after the stakeholders were moved in PowerPoint.",
            show_default=False,
        ),
    ],
    rater: Annotated[
        str,
        typer.Option(
            "--rater",
            help='Who placed the stakeholders, e.g. "Stuurgroep 12/3": the new '
            "assessments' rater.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="The map to write with the new assessments: .xlsx, .yaml/.yml "
            "or .json. It may be the map the deck was made from.",
            show_default=False,
        ),
    ],
    map_file: Annotated[
        Path | None,
        typer.Option(
            "--map",
            help="The map the deck was made from (default: the `--output` file, "
            "which must then exist).",
            show_default=False,
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            help="The assessments' date, e.g. 2026-12-03 or 03/12/2026 "
            "(default: today).",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Read a deck whose stakeholders were moved in PowerPoint as one rater's scores.

    Power and interest come from each stakeholder's place on the power/interest
    grid, attitude from the power/attitude grid. A stakeholder nobody moved
    keeps its scores; one moved off the grid is refused with its slide. The
    map is written with one new assessment per stakeholder on the deck.
    """
    from stakeholder_map.io import read_pptx_ratings, write
    from stakeholder_map.io._cells import parse_date

    given = _base_lang(lang)
    with _cli.user_errors():
        code = _cli.command_lang(given)
        _check_suffix(output, code)
        day = None
        if date is not None:
            day = parse_date(date)
            if day is None:
                msg = f"`--date` ({date!r}): " + text("not_a_date", code)
                raise _cli.UserError(msg)
        source = map_file if map_file is not None else output
        if map_file is None and not output.exists():
            raise _cli.UserError(text("ws_pptx_need_map", code, output=str(output)))
        smap = _cli.read_map(source, given)
        code = _cli.command_lang(given, smap)
        if not deck.exists():
            raise _cli.UserError(text("file_not_found", code, path=str(deck)))
        if not rater.strip():
            raise _cli.UserError(text("ws_pptx_no_rater", code))
        rated = read_pptx_ratings(
            deck, smap, rater=rater.strip(), date=day, lang=_cli.data_lang(code)
        )
        output.parent.mkdir(parents=True, exist_ok=True)
        path = write(
            rated, output, lang=None if lang is None else _cli.data_lang(lang.value)
        )
        n = len(rated.assessments) - len(smap.assessments)
        typer.echo(
            text(
                "ws_pptx_read",
                code,
                path=str(path),
                n=n,
                rater=rater.strip(),
                deck=deck.name,
            )
        )


@workshop_app.command("page")
def page(
    file: Annotated[
        Path,
        typer.Argument(
            help="The map to rate (.xlsx, .csv, .yaml/.yml or .json).",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="The .html page to write.",
            show_default=False,
        ),
    ],
    lang: LangOption = None,
) -> None:
    """Write the participant page as one offline HTML file for remote participants.

    Send the file to participants: they open it in a browser (no network or
    server needed), place the stakeholders and save their ratings as a small
    JSON file, which `stakeholder-map workshop import` brings into the workshop.
    """
    from stakeholder_map.workshop.page import write_workshop_page

    given = _base_lang(lang)
    with _cli.user_errors():
        code = _cli.command_lang(given)
        if output.suffix.lower() not in (".html", ".htm"):
            raise _cli.UserError(text("ws_page_suffix", code, name=output.name))
        smap = _cli.read_map(file, given)
        code = _cli.command_lang(given, smap)
        output.parent.mkdir(parents=True, exist_ok=True)
        path = write_workshop_page(smap, output, lang=_cli.data_lang(code))
        typer.echo(text("ws_page_written", code, path=str(path), name=smap.name))


@workshop_app.command("import")
def import_(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="The ratings files the offline page saved (.json).",
            show_default=False,
        ),
    ],
    db: DbOption,
    map_file: Annotated[
        Path | None,
        typer.Option(
            "--map",
            help="The map of the page, to start `--db` when it holds no workshop yet.",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Bring the ratings saved by offline pages into a workshop database.

    Every file is checked first (the map it was made for, names, stakeholders,
    values on the scale, a file imported twice); only if all are clean are they
    added, each as one participant. Then `export` writes them into the map.
    """
    from stakeholder_map.workshop.store import WorkshopStore

    given = _base_lang(lang)
    with _cli.user_errors():
        code = _cli.command_lang(given)
        smap, stored, code = _map_and_stored(db, map_file, given, "ws_import_need_map")
        missing = [f for f in files if not f.exists()]
        if missing:
            raise _cli.UserError(text("file_not_found", code, path=str(missing[0])))
        db.parent.mkdir(parents=True, exist_ok=True)
        store = WorkshopStore(db, smap=smap if stored is None else None)
        try:
            done = store.import_ratings(*files, lang=_cli.data_lang(code))
        except BaseException:
            store.close()
            if stored is None:  # a database made for this import alone
                for extra in ("", "-wal", "-shm"):
                    Path(f"{db}{extra}").unlink(missing_ok=True)
            raise
        store.close()
        for row in done:
            typer.echo(
                text(
                    "ws_imported",
                    code,
                    file=Path(row["file"]).name,
                    n=row["n"],
                    participant=row["participant"],
                )
            )
        typer.echo(text("ws_import_next", code, db=str(db)))
