"""The workshop's store: one SQLite file in WAL mode holding map, people and ratings.

Every rating is committed (``synchronous=FULL``) before :meth:`WorkshopStore.rate`
returns, so a killed server loses nothing it acknowledged, and opening the same
file again resumes the workshop. Ratings are never updated in place: a later
rating of the same stakeholder by the same participant is a new row, and the
latest row counts.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import sqlite3
import statistics
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stakeholder_map.exceptions import StakeholderMapError

if TYPE_CHECKING:
    from stakeholder_map.models import StakeholderMap

__all__ = ["WorkshopError", "WorkshopStore", "map_fingerprint"]

#: Letters of join codes: no 0/O or 1/I/L, which are misread when said aloud.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_CODE_LENGTH = 6
_MAX_NAME = 80
_MAX_RATIONALE = 300

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS participants (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    token TEXT NOT NULL UNIQUE,
    joined TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS ratings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    stakeholder_id TEXT NOT NULL,
    power REAL NOT NULL,
    interest REAL NOT NULL,
    attitude REAL NOT NULL,
    confidence REAL,
    rationale TEXT,
    created TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ratings_latest
    ON ratings (participant_id, stakeholder_id, id);
"""


class WorkshopError(StakeholderMapError, ValueError):
    """A request the workshop refuses; ``status`` is the HTTP status to answer.

    Parameters
    ----------
    message
        What was wrong and how to fix it.
    status
        The HTTP status code (4xx).

    Examples
    --------
    >>> from stakeholder_map.workshop import WorkshopError
    >>> WorkshopError("`power` is missing.", status=422).status
    422
    """

    def __init__(self, message: str, *, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def map_fingerprint(smap: StakeholderMap) -> str:
    """Return the SHA-256 of the map's JSON: the identity an offline page carries.

    Parameters
    ----------
    smap
        The map.

    Returns
    -------
    str
        64 hexadecimal digits; any change to the map changes them.

    Examples
    --------
    >>> from stakeholder_map.workshop.store import map_fingerprint
    >>> len(map_fingerprint(skm.load_example("huis_van_het_kind")))
    64
    """
    import hashlib

    return hashlib.sha256(smap.model_dump_json().encode("utf-8")).hexdigest()


_FILE_FORMAT = "stakeholder_map.workshop_ratings"
_RATING_KEYS = {
    "stakeholder_id",
    "power",
    "interest",
    "attitude",
    "confidence",
    "rationale",
}


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


class WorkshopStore:
    """One workshop kept in a SQLite file: the map, the participants, their ratings.

    Parameters
    ----------
    path
        The SQLite file. If it already holds a workshop, that workshop resumes
        and ``smap`` may be omitted.
    smap
        The map to rate; needed only to start a new workshop.
    date
        The workshop date (default: today), used as the assessments' date.

    Raises
    ------
    WorkshopError
        If ``path`` holds no workshop and no ``smap`` was given, or if ``smap``
        differs from the map the file was started with.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from stakeholder_map.workshop import WorkshopStore
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> db = pathlib.Path(tempfile.mkdtemp()) / "w.sqlite"
    >>> store = WorkshopStore(db, smap=smap)
    >>> pid, token = store.join("An", store.code)
    >>> store.rate(token, "ocmw", power=5, interest=4, attitude=1)["power"]
    5.0
    >>> store.close()
    """

    def __init__(
        self,
        path: str | Path,
        *,
        smap: StakeholderMap | None = None,
        date: dt.date | None = None,
    ) -> None:
        from stakeholder_map.models import StakeholderMap

        self.path = Path(path)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        if "map" in meta:
            stored = StakeholderMap.model_validate_json(meta["map"])
            if smap is not None and smap != stored:
                msg = (
                    f"{str(self.path)!r} already holds a workshop on the map "
                    f"{stored.name!r}, and `smap` differs from it. Use another "
                    "`--db` file to start a new workshop."
                )
                raise WorkshopError(msg)
            self.smap = stored
        elif smap is None:
            msg = (
                f"{str(self.path)!r} holds no workshop yet: pass the map (`smap`) "
                "to start one."
            )
            raise WorkshopError(msg)
        else:
            self.smap = smap
            meta = {
                "map": smap.model_dump_json(),
                "code": "".join(
                    secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH)
                ),
                "facilitator_token": secrets.token_urlsafe(24),
                "date": (date or dt.date.today()).isoformat(),
                "revealed": "0",
                "closed": "0",
            }
            with self._lock:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany(
                    "INSERT INTO meta VALUES (?, ?)", list(meta.items())
                )
                self._db.execute("COMMIT")
        self.code: str = meta["code"]
        self.facilitator_token: str = meta["facilitator_token"]
        self.date = dt.date.fromisoformat(meta["date"])
        self._ids = {s.id for s in self.smap.stakeholders}

    # -- state -----------------------------------------------------------------
    def _meta(self, key: str) -> str:
        row = self._db.execute(
            "SELECT value FROM meta WHERE key = ?", (key,)
        ).fetchone()
        return str(row[0])

    def _set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))

    @property
    def revealed(self) -> bool:
        """Whether participants see the combined grid."""
        return self._meta("revealed") == "1"

    @revealed.setter
    def revealed(self, value: bool) -> None:
        self._set_meta("revealed", "1" if value else "0")

    @property
    def closed(self) -> bool:
        """Whether the round is closed (no more ratings accepted)."""
        return self._meta("closed") == "1"

    @closed.setter
    def closed(self, value: bool) -> None:
        self._set_meta("closed", "1" if value else "0")

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    # -- people ----------------------------------------------------------------
    def join(self, name: str, code: str) -> tuple[int, str]:
        """Add a participant and return their id and their secret token.

        Parameters
        ----------
        name
            The participant's name, as it will appear as ``rater``.
        code
            The workshop's join code (case and spaces ignored).

        Returns
        -------
        tuple of (int, str)
            The participant id and a ``secrets.token_urlsafe`` token.

        Raises
        ------
        WorkshopError
            Wrong code (403), empty or too long name (422).
        """
        if not isinstance(name, str) or not name.strip():
            msg = "`name` must be a non-empty text."
            raise WorkshopError(msg, status=422)
        name = " ".join(name.split())
        if len(name) > _MAX_NAME:
            msg = f"`name` may have at most {_MAX_NAME} characters, not {len(name)}."
            raise WorkshopError(msg, status=422)
        given = "".join(str(code).split()).upper() if isinstance(code, str) else ""
        if not secrets.compare_digest(given.encode(), self.code.encode()):
            msg = "The join `code` is wrong: ask the facilitator for the code."
            raise WorkshopError(msg, status=403)
        token = secrets.token_urlsafe(24)
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO participants (name, token, joined) VALUES (?, ?, ?)",
                (name, token, _now()),
            )
        return int(cur.lastrowid or 0), token

    def participant(self, token: str) -> tuple[int, str]:
        """Return ``(id, name)`` of the participant holding ``token``.

        Raises
        ------
        WorkshopError
            401 if no participant holds the token.
        """
        row = self._db.execute(
            "SELECT id, name FROM participants WHERE token = ?", (token,)
        ).fetchone()
        if row is None:
            msg = "The token is unknown: join the workshop again."
            raise WorkshopError(msg, status=401)
        return int(row[0]), str(row[1])

    def is_facilitator(self, token: str) -> bool:
        """Say whether ``token`` is the facilitator's."""
        return secrets.compare_digest(token.encode(), self.facilitator_token.encode())

    # -- ratings ---------------------------------------------------------------
    def _check_score(self, name: str, value: Any, low: float, high: float) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            msg = (
                f"`{name}` must be a number between {low:g} and {high:g}, "
                f"not {value!r}."
            )
            raise WorkshopError(msg, status=422)
        if not (low <= float(value) <= high):
            msg = (
                f"`{name}` must lie between {low:g} and {high:g} (the map's scale), "
                f"but {value!r} was sent."
            )
            raise WorkshopError(msg, status=422)
        return float(value)

    def rate(
        self,
        token: str,
        stakeholder_id: str,
        *,
        power: Any,
        interest: Any,
        attitude: Any,
        confidence: Any = None,
        rationale: Any = None,
    ) -> dict[str, Any]:
        """Store one rating (committed before returning) and return it.

        Parameters
        ----------
        token
            The participant's token.
        stakeholder_id
            The stakeholder rated.
        power, interest
            Scores on the map's scale.
        attitude
            -2 .. +2.
        confidence
            Optional, 0 .. 1.
        rationale
            Optional one line of text.

        Returns
        -------
        dict
            The stored rating.

        Raises
        ------
        WorkshopError
            Unknown token (401), unknown stakeholder (404), closed round (409),
            values off their scale (422).
        """
        pid, name = self.participant(token)
        if stakeholder_id not in self._ids:
            msg = f"There is no stakeholder with id {stakeholder_id!r} on this map."
            raise WorkshopError(msg, status=404)
        low, high = self.smap.scale.min, self.smap.scale.max
        row: dict[str, Any] = {
            "stakeholder_id": stakeholder_id,
            "rater": name,
            "power": self._check_score("power", power, low, high),
            "interest": self._check_score("interest", interest, low, high),
            "attitude": self._check_score("attitude", attitude, -2, 2),
            "confidence": None
            if confidence is None
            else self._check_score("confidence", confidence, 0, 1),
            "rationale": None,
        }
        if rationale is not None:
            if not isinstance(rationale, str):
                msg = f"`rationale` must be text, not {rationale!r}."
                raise WorkshopError(msg, status=422)
            text = " ".join(rationale.split())
            if len(text) > _MAX_RATIONALE:
                msg = (
                    f"`rationale` may have at most {_MAX_RATIONALE} characters, "
                    f"not {len(text)}."
                )
                raise WorkshopError(msg, status=422)
            row["rationale"] = text or None
        if self.closed:
            msg = "The facilitator has closed this round: ratings are no longer taken."
            raise WorkshopError(msg, status=409)
        with self._lock:
            self._db.execute(
                "INSERT INTO ratings (participant_id, stakeholder_id, power, interest,"
                " attitude, confidence, rationale, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    pid,
                    stakeholder_id,
                    row["power"],
                    row["interest"],
                    row["attitude"],
                    row["confidence"],
                    row["rationale"],
                    _now(),
                ),
            )
        return row

    # -- offline pages -----------------------------------------------------------
    def _read_file(
        self, path: Path, seen: set[str], lang: str
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Check one saved ratings file; return its content and its problems."""
        from stakeholder_map.i18n import text

        problems: list[dict[str, Any]] = []

        def problem(where: str | None, value: Any, key: str, **params: Any) -> None:
            problems.append(
                {
                    "file": path.name,
                    "column": where,
                    "value": value,
                    "problem": text(f"ws_import_{key}", lang, **params),
                }
            )

        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as err:
            problem(None, None, "no_json", err=err)
            return {}, problems
        if not isinstance(data, dict) or data.get("format") != _FILE_FORMAT:
            given = data.get("format") if isinstance(data, dict) else None
            problem("format", given, "not_ratings")
            return {}, problems
        ident = data.get("map")
        if not isinstance(ident, dict) or ident.get("fingerprint") != map_fingerprint(
            self.smap
        ):
            name = ident.get("name") if isinstance(ident, dict) else None
            problem("map.fingerprint", name, "wrong_map", name=self.smap.name)
        sub = data.get("submission")
        if not isinstance(sub, str) or not sub.strip():
            problem("submission", sub, "no_submission")
        elif sub in seen or self._imported(sub):
            problem("submission", sub, "again")
        else:
            seen.add(sub)
        name = data.get("participant")
        if not isinstance(name, str) or not name.strip():
            problem("participant", name, "no_name")
        elif len(" ".join(name.split())) > _MAX_NAME:
            problem("participant", name, "long_name", n=_MAX_NAME)
        ratings = data.get("ratings")
        if not isinstance(ratings, list):
            problem("ratings", None, "no_list")
            ratings = []
        low, high = self.smap.scale.min, self.smap.scale.max
        limits = {
            "power": (low, high),
            "interest": (low, high),
            "attitude": (-2, 2),
            "confidence": (0, 1),
        }
        rows = []
        for i, r in enumerate(ratings):
            where = f"ratings[{i}]"
            if not isinstance(r, dict):
                problem(where, r, "no_object")
                continue
            for key in sorted(set(r) - _RATING_KEYS):
                problem(f"{where}.{key}", r[key], "unknown_field", field=key)
            sid = r.get("stakeholder_id")
            if sid not in self._ids:
                problem(
                    f"{where}.stakeholder_id", sid, "unknown_id", name=self.smap.name
                )
            row: dict[str, Any] = {"stakeholder_id": sid}
            for key, (lo, hi) in limits.items():
                value = r.get(key)
                if value is None and key == "confidence":
                    row[key] = None
                    continue
                try:
                    row[key] = self._check_score(key, value, lo, hi)
                except WorkshopError:
                    problem(
                        f"{where}.{key}", value, "off_scale", field=key, lo=lo, hi=hi
                    )
            note = r.get("rationale")
            if note is not None and not isinstance(note, str):
                problem(f"{where}.rationale", note, "rationale_text")
                note = None
            elif note and len(" ".join(note.split())) > _MAX_RATIONALE:
                problem(f"{where}.rationale", None, "long_rationale", n=_MAX_RATIONALE)
            row["rationale"] = (" ".join(note.split()) or None) if note else None
            rows.append(row)
        return {"submission": sub, "participant": name, "ratings": rows}, problems

    def _imported(self, submission: str) -> bool:
        key = f"imported:{submission}"
        row = self._db.execute("SELECT 1 FROM meta WHERE key = ?", (key,)).fetchone()
        return row is not None

    def import_ratings(
        self, *paths: str | Path, lang: str | None = None
    ) -> list[dict[str, Any]]:
        """Import ratings files saved by the offline page, all or nothing.

        Each file becomes one participant (its name as ``rater``) with its
        ratings, as if they had rated on the served page. Every file is
        checked first: JSON, format, the map's fingerprint (a file for another
        workshop, or another version of the map, is refused), participant name,
        stakeholder ids, values on their scale, unknown fields, and whether the
        same file was imported before. Only if all files are clean are they
        written, in one transaction. A closed round does not stop an import: it
        is the facilitator's own act.

        Parameters
        ----------
        *paths
            The ``.json`` files.
        lang
            Language of the messages, ``"en"`` or ``"nl"``; default the map's.

        Returns
        -------
        list of dict
            Per file: ``file``, ``participant_id``, ``participant`` and ``n``
            (ratings imported).

        Raises
        ------
        InputDataError
            Listing every problem of every file, each with file, JSON path
            (``column``) and value; nothing is written.

        See Also
        --------
        stakeholder_map.workshop.write_workshop_page : Writes the offline page.

        Examples
        --------
        >>> import json, tempfile, pathlib
        >>> from stakeholder_map.workshop import WorkshopStore
        >>> from stakeholder_map.workshop.store import map_fingerprint
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> tmp = pathlib.Path(tempfile.mkdtemp())
        >>> store = WorkshopStore(tmp / "w.sqlite", smap=smap)
        >>> saved = {
        ...     "format": "stakeholder_map.workshop_ratings",
        ...     "version": 1,
        ...     "map": {"name": smap.name, "fingerprint": map_fingerprint(smap)},
        ...     "submission": "a1",
        ...     "participant": "An",
        ...     "ratings": [
        ...         {"stakeholder_id": "ocmw", "power": 5, "interest": 4, "attitude": 1}
        ...     ],
        ... }
        >>> _ = (tmp / "an.json").write_text(json.dumps(saved), encoding="utf-8")
        >>> store.import_ratings(tmp / "an.json")[0]["n"]
        1
        >>> store.close()
        """
        from stakeholder_map.exceptions import InputDataError
        from stakeholder_map.i18n import text

        language = lang or self.smap.language or "en"
        files = [Path(p) for p in paths]
        seen: set[str] = set()
        problems: list[dict[str, Any]] = []
        contents = []
        for path in files:
            content, found = self._read_file(path, seen, language)
            problems += found
            contents.append(content)
        if not files:
            problems.append({"problem": text("ws_import_no_files", language)})
        if problems:
            source = (
                files[0].name
                if len(files) == 1
                else text("ws_import_files", language, n=len(files))
            )
            raise InputDataError(problems, source=source, lang=language)
        out = []
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for path, content in zip(files, contents, strict=True):
                    name = " ".join(content["participant"].split())
                    cur = self._db.execute(
                        "INSERT INTO participants (name, token, joined)"
                        " VALUES (?, ?, ?)",
                        (name, secrets.token_urlsafe(24), _now()),
                    )
                    pid = int(cur.lastrowid or 0)
                    self._db.executemany(
                        "INSERT INTO ratings (participant_id, stakeholder_id, power,"
                        " interest, attitude, confidence, rationale, created)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [
                            (
                                pid,
                                r["stakeholder_id"],
                                r["power"],
                                r["interest"],
                                r["attitude"],
                                r["confidence"],
                                r["rationale"],
                                _now(),
                            )
                            for r in content["ratings"]
                        ],
                    )
                    self._db.execute(
                        "INSERT INTO meta VALUES (?, ?)",
                        (f"imported:{content['submission']}", path.name),
                    )
                    out.append(
                        {
                            "file": path.name,
                            "participant_id": pid,
                            "participant": name,
                            "n": len(content["ratings"]),
                        }
                    )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return out

    def latest(self, participant_id: int | None = None) -> list[dict[str, Any]]:
        """Return the latest rating of each participant for each stakeholder.

        Parameters
        ----------
        participant_id
            Only this participant's ratings; default all.

        Returns
        -------
        list of dict
            Keys ``participant_id``, ``rater``, ``stakeholder_id``, ``power``,
            ``interest``, ``attitude``, ``confidence``, ``rationale``.
        """
        sql = (
            "SELECT r.participant_id, p.name, r.stakeholder_id, r.power, r.interest,"
            " r.attitude, r.confidence, r.rationale FROM ratings r"
            " JOIN participants p ON p.id = r.participant_id"
            " WHERE r.id IN (SELECT MAX(id) FROM ratings"
            " GROUP BY participant_id, stakeholder_id)"
        )
        args: tuple[Any, ...] = ()
        if participant_id is not None:
            sql += " AND r.participant_id = ?"
            args = (participant_id,)
        keys = (
            "participant_id",
            "rater",
            "stakeholder_id",
            "power",
            "interest",
            "attitude",
            "confidence",
            "rationale",
        )
        rows = self._db.execute(sql + " ORDER BY r.id", args).fetchall()
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def history_count(self) -> int:
        """Return how many rating rows are stored, earlier versions included."""
        return int(self._db.execute("SELECT COUNT(*) FROM ratings").fetchone()[0])

    def participants(self) -> list[dict[str, Any]]:
        """Return every participant with how many stakeholders they rated."""
        rows = self._db.execute(
            "SELECT p.id, p.name, COUNT(DISTINCT r.stakeholder_id) FROM participants p"
            " LEFT JOIN ratings r ON r.participant_id = p.id"
            " GROUP BY p.id ORDER BY p.id"
        ).fetchall()
        return [{"id": int(i), "name": str(n), "rated": int(c)} for i, n, c in rows]

    # -- results ---------------------------------------------------------------
    def summary(self) -> list[dict[str, Any]]:
        """Return per stakeholder the median, IQR, n and quadrant of the ratings.

        Quadrants use the scale's midpoint; a median equal to it counts as high.
        Rows are sorted by disagreement (largest IQR of power plus interest
        first); unrated stakeholders come last with ``n`` 0.
        """
        by_id: dict[str, list[dict[str, Any]]] = {i: [] for i in self._ids}
        for r in self.latest():
            by_id[r["stakeholder_id"]].append(r)
        mid = self.smap.scale.midpoint
        out = []
        for s in self.smap.stakeholders:
            rows = by_id[s.id]
            entry: dict[str, Any] = {
                "id": s.id,
                "name": s.name,
                "short_name": s.display_name,
                "n": len(rows),
            }
            for dim in ("power", "interest", "attitude"):
                vals = sorted(float(r[dim]) for r in rows)
                entry[dim] = _median(vals)
                q1, q3 = _quartiles(vals)
                entry[f"{dim}_q1"], entry[f"{dim}_q3"] = q1, q3
                entry[f"{dim}_iqr"] = None if q1 is None or q3 is None else q3 - q1
            if rows:
                from stakeholder_map.analysis._common import at_or_above

                span = self.smap.scale.max - self.smap.scale.min
                hp = bool(at_or_above(entry["power"], mid, span))
                hi = bool(at_or_above(entry["interest"], mid, span))
                entry["quadrant"] = (
                    ("manage_closely" if hi else "keep_satisfied")
                    if hp
                    else ("keep_informed" if hi else "monitor")
                )
            else:
                entry["quadrant"] = None
            out.append(entry)
        out.sort(
            key=lambda e: (
                e["n"] == 0,
                -((e["power_iqr"] or 0) + (e["interest_iqr"] or 0)),
            )
        )
        return out

    def to_map(self) -> StakeholderMap:
        """Return the map with every participant's latest rating as an Assessment.

        Returns
        -------
        StakeholderMap
            The original map plus one :class:`~stakeholder_map.Assessment` per
            participant and stakeholder (rater = name, date = workshop date).
        """
        from stakeholder_map.models import StakeholderMap

        data = json.loads(self.smap.model_dump_json())
        extra = [
            {
                "stakeholder_id": r["stakeholder_id"],
                "rater": r["rater"],
                "date": self.date.isoformat(),
                "power": r["power"],
                "interest": r["interest"],
                "attitude": r["attitude"],
                "confidence": r["confidence"],
                "rationale": r["rationale"],
            }
            for r in self.latest()
        ]
        data["assessments"] = [*data.get("assessments", []), *extra]
        return StakeholderMap.model_validate(data)


def _median(vals: list[float]) -> float | None:
    return float(statistics.median(vals)) if vals else None


def _quartiles(vals: list[float]) -> tuple[float | None, float | None]:
    if not vals:
        return None, None
    if len(vals) == 1:
        return vals[0], vals[0]
    q = statistics.quantiles(vals, n=4, method="inclusive")
    return float(q[0]), float(q[2])
