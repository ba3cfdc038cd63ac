"""Read one rater's scores back from a deck written by ``to_pptx``.

:func:`~stakeholder_map.export.to_pptx` records, in the alternative text
(``descr``) of two kinds of shapes, what is needed to turn a marker's position
back into scores; shape names and alt text survive PowerPoint's saving:

* the white panel under a grid (``grid_panel``): which view the slide shows,
  which score each axis carries, two points of each axis's linear map from
  slide position (EMU) to score, and the range each score is clipped to;
* each stakeholder's marker (``marker:<id>``): the scores it was drawn for and
  the centre it was drawn at, in EMU (markers with the same scores are spread
  around their point, so the centre is not always the scores' own position).

This module holds both the writer's and the reader's side of that record, so
the layers stay in order: ``export`` imports it, ``io`` never imports ``export``.
python-pptx is imported only by :func:`read_pptx_ratings`.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stakeholder_map.exceptions import InputDataError
from stakeholder_map.i18n import text

if TYPE_CHECKING:
    from collections.abc import Iterator

    from stakeholder_map.models import StakeholderMap

__all__ = ["grid_record", "marker_record", "read_pptx_ratings"]

_GRID_TAG = "stakeholder_map:grid "
_MARKER_TAG = "stakeholder_map:marker "
#: A move smaller than this (in scale points) counts as no move: it would
#: vanish when rounding to a tenth, and it keeps a nudged marker's own scores.
_STILL = 0.05


def grid_record(
    *,
    view: str,
    x: str,
    y: str,
    xmap: tuple[float, float, float, float],
    ymap: tuple[float, float, float, float],
    xclip: tuple[float, float],
    yclip: tuple[float, float],
    panel: tuple[int, int, int, int],
) -> str:
    """Return the alt text of a grid's panel (used by ``to_pptx``).

    ``xmap`` and ``ymap`` are ``(emu0, value0, emu1, value1)``: two points of
    the axis's linear map from slide position to score; ``panel`` is the
    grid's (left, top, right, bottom) in EMU: a marker outside it is off the grid.
    """
    data = {
        "view": view,
        "x": x,
        "y": y,
        "xmap": list(xmap),
        "ymap": list(ymap),
        "xclip": list(xclip),
        "yclip": list(yclip),
        "panel": list(panel),
    }
    return _GRID_TAG + json.dumps(data, separators=(",", ":"))


def marker_record(
    stakeholder_id: str, *, x: float, y: float, at: tuple[int, int]
) -> str:
    """Return the alt text of a marker (used by ``to_pptx``).

    ``x`` and ``y`` are the scores drawn, ``at`` the centre drawn at (EMU).
    """
    data = {"id": stakeholder_id, "x": x, "y": y, "at": list(at)}
    return _MARKER_TAG + json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def _descr(shape: Any) -> str:
    c_nv_pr = shape._element.find(".//{*}cNvPr")
    return "" if c_nv_pr is None else str(c_nv_pr.get("descr", ""))


def _walk(shapes: Any, transform: tuple[float, float, float, float]) -> Iterator[Any]:
    """Yield ``(shape, transform)`` for every shape, groups opened.

    ``transform`` maps a shape's own coordinates to slide EMU: ``(ox, sx, oy,
    sy)`` with ``slide = o + s * own``. PowerPoint moves a group by changing the
    group's offset only, and scales it through its child extents, so the
    children's positions pass through every enclosing group's transform.
    """
    ox, sx, oy, sy = transform
    for shape in shapes:
        yield shape, transform
        if shape.shape_type is not None and int(shape.shape_type) == 6:  # GROUP
            xfrm = shape._element.grpSpPr.find("{*}xfrm")
            if xfrm is None:
                yield from _walk(shape.shapes, transform)
                continue
            off, ext = xfrm.find("{*}off"), xfrm.find("{*}ext")
            ch_off, ch_ext = xfrm.find("{*}chOff"), xfrm.find("{*}chExt")
            gx, gy = int(off.get("x")), int(off.get("y"))
            gw, gh = int(ext.get("cx")), int(ext.get("cy"))
            cx, cy = int(ch_off.get("x")), int(ch_off.get("y"))
            cw, ch = int(ch_ext.get("cx")) or 1, int(ch_ext.get("cy")) or 1
            kx, ky = gw / cw, gh / ch
            inner = (
                ox + sx * (gx - cx * kx),
                sx * kx,
                oy + sy * (gy - cy * ky),
                sy * ky,
            )
            yield from _walk(shape.shapes, inner)


def _value(emu: float, axis: list[float]) -> float:
    e0, v0, e1, v1 = axis
    return v0 + (emu - e0) * (v1 - v0) / (e1 - e0)


def _read_slides(
    prs: Any, name: str, lang: str
) -> tuple[dict[str, dict[str, dict[str, Any]]], list[dict[str, Any]]]:
    """Return per view the read markers by id, and the problems found."""
    views: dict[str, dict[str, dict[str, Any]]] = {}
    first: dict[str, int] = {}
    problems: list[dict[str, Any]] = []
    for number, slide in enumerate(prs.slides, start=1):

        def problem(sid: str | None, key: str, **params: Any) -> None:
            where = text("pptx_slide", lang, n=number, title=title)  # noqa: B023
            problems.append(
                {
                    "file": name,
                    "sheet": where,
                    "column": sid,
                    "problem": text(key, lang, **params),
                }
            )

        grids: list[str] = []
        markers = []
        for shape, tf in _walk(slide.shapes, (0.0, 1.0, 0.0, 1.0)):
            descr = _descr(shape)
            if descr.startswith(_GRID_TAG):
                grids.append(descr[len(_GRID_TAG) :])
            elif descr.startswith(_MARKER_TAG):
                markers.append((shape, tf, descr[len(_MARKER_TAG) :]))
        if not grids:
            continue
        title = text("pptx_view_unknown", lang)
        try:
            grid = json.loads(grids[0])
            view = str(grid["view"])
            title = text(f"pptx_view_{view}", lang)
            xmap, ymap = list(grid["xmap"]), list(grid["ymap"])
            xlo, xhi = grid["xclip"]
            ylo, yhi = grid["yclip"]
            left, top, right, bottom = grid["panel"]
            axes = (str(grid["x"]), str(grid["y"]))
        except (ValueError, KeyError, TypeError):
            problem(None, "pptx_broken_grid")
            continue
        if view in first:
            problem(None, "pptx_view_twice", other=first[view])
            continue
        first[view] = number
        found = views.setdefault(view, {})
        seen: set[str] = set()
        for shape, (ox, sx, oy, sy), raw in markers:
            try:
                rec = json.loads(raw)
                sid = str(rec["id"])
                ax, ay = (float(v) for v in rec["at"])
                own = (float(rec["x"]), float(rec["y"]))
            except (ValueError, KeyError, TypeError):
                problem(shape.name, "pptx_broken_marker", shape=shape.name)
                continue
            if sid in seen:
                problem(sid, "pptx_marker_twice", id=sid)
                continue
            seen.add(sid)
            cx = ox + sx * (shape.left + shape.width / 2)
            cy = oy + sy * (shape.top + shape.height / 2)
            if not (left <= cx <= right and top <= cy <= bottom):
                problem(sid, "pptx_off_grid", id=sid)
                continue
            x, y = _value(cx, xmap), _value(cy, ymap)
            dx = abs(x - _value(ax, xmap))
            dy = abs(y - _value(ay, ymap))
            found[sid] = {
                "slide": number,
                "x": own[0] if dx < _STILL else _clip(x, xlo, xhi),
                "y": own[1] if dy < _STILL else _clip(y, ylo, yhi),
                "x_moved": dx >= _STILL,
                "y_moved": dy >= _STILL,
                "x_name": axes[0],
                "y_name": axes[1],
            }
    return views, problems


def _clip(v: float, lo: float, hi: float) -> float:
    return round(min(hi, max(lo, v)), 1)


def read_pptx_ratings(
    path: str | os.PathLike[str],
    smap: StakeholderMap,
    *,
    rater: str,
    date: dt.date | None = None,
    lang: str | None = None,
) -> StakeholderMap:
    """Read the stakeholders' positions on a deck back as one rater's scores.

    The deck is one written by :func:`~stakeholder_map.export.to_pptx`, after
    someone dragged its stakeholders in PowerPoint. Each stakeholder's marker
    on the power/interest grid gives power and interest; its marker on the
    power/attitude grid (``views=[..., "attitude"]``) gives attitude. A marker
    nobody moved reads back to the scores it was drawn for; a moved one reads
    its position, rounded to a tenth of a scale point and kept on the scale
    (the grid's margins count as its ends). A marker moved within what rounding
    hides (under 0.05 point) counts as not moved, so only what was moved changes.

    Power is on both grids: it comes from the grid where it was moved. Moved
    differently on both, it is refused. Labels and leader lines do not count:
    the marker (the round dot) does; dragging the stakeholder's group moves it.

    Parameters
    ----------
    path
        The ``.pptx`` file.
    smap
        The map the deck was written from.
    rater
        Who placed the stakeholders, e.g. ``"Stuurgroep 12/3"``: the new
        assessments' rater.
    date
        The assessments' date; default today.
    lang
        Language of the messages, ``"en"`` or ``"nl"``; default the map's.

    Returns
    -------
    StakeholderMap
        ``smap`` with one new :class:`~stakeholder_map.Assessment` per
        stakeholder on the deck's grids (stakeholders the deck left out have
        none). Power and interest are ``None`` for a stakeholder only on the
        attitude grid, attitude for one not on it.

    Raises
    ------
    InputDataError
        If the file is no readable deck, has no grid written by ``to_pptx``, a
        marker lies outside its grid, names a stakeholder the map does not have,
        or power was moved to different places on the two grids; also if a
        marker or a grid slide was copied, or a record in alt text damaged.
        Every problem is listed at once, with slide and stakeholder.

    See Also
    --------
    stakeholder_map.export.to_pptx : Writes the deck.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> from stakeholder_map.export import to_pptx
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> deck = to_pptx(smap, Path(tempfile.mkdtemp()) / "deck.pptx", views=["grid"])
    >>> rated = skm.io.read_pptx_ratings(deck, smap, rater="Stuurgroep 12/3")
    >>> new = [a for a in rated.assessments if a.rater == "Stuurgroep 12/3"]
    >>> new[0].power == smap.get(new[0].stakeholder_id).power
    True
    """
    from stakeholder_map.models import StakeholderMap

    lang = lang or smap.language or "en"
    file = Path(path)
    try:
        from pptx import Presentation
    except ImportError as err:  # pragma: no cover - depends on the environment
        msg = "Reading a deck needs python-pptx: pip install 'stakeholder-map[pptx]'."
        raise ImportError(msg) from err
    try:
        prs = Presentation(os.fspath(file))
    except Exception as err:  # python-pptx raises zipfile, KeyError, lxml errors
        raise InputDataError(
            [{"file": file.name, "problem": text("pptx_unreadable", lang, err=err)}],
            source=file.name,
            lang=lang,
        ) from err
    views, problems = _read_slides(prs, file.name, lang)
    if not views:
        raise InputDataError(
            [{"file": file.name, "problem": text("pptx_no_grid", lang)}],
            source=file.name,
            lang=lang,
        )
    known = {s.id for s in smap.stakeholders}
    pi = views.get("power_interest", {})
    att = views.get("power_attitude", {})
    rows: dict[str, dict[str, Any]] = {}
    for view, found in (("power_interest", pi), ("power_attitude", att)):
        for sid, rec in found.items():
            if sid not in known:
                title = text(f"pptx_view_{view}", lang)
                problems.append(
                    {
                        "file": file.name,
                        "sheet": text("pptx_slide", lang, n=rec["slide"], title=title),
                        "column": sid,
                        "problem": text("pptx_unknown_id", lang, id=sid),
                    }
                )
                continue
            rows.setdefault(sid, {})
    for sid, row in rows.items():
        a, b = pi.get(sid), att.get(sid)
        if a is not None:
            row["interest"] = a["x"]
            row["power"] = a["y"]
        if b is not None:
            row["attitude"] = b["x"]
            if b["y_name"] == "power" and b["y_moved"]:
                if a is None or not a["y_moved"]:
                    row["power"] = b["y"]
                elif not math.isclose(a["y"], b["y"], abs_tol=0.1 + 1e-9):
                    problems.append(
                        {
                            "file": file.name,
                            "sheet": text(
                                "pptx_slides", lang, a=a["slide"], b=b["slide"]
                            ),
                            "column": sid,
                            "problem": text(
                                "pptx_power_conflict",
                                lang,
                                id=sid,
                                a=a["y"],
                                b=b["y"],
                            ),
                        }
                    )
    if problems:
        raise InputDataError(problems, source=file.name, lang=lang)
    day = date or dt.date.today()
    data = json.loads(smap.model_dump_json())
    data["assessments"] = [
        *data.get("assessments", []),
        *(
            {"stakeholder_id": sid, "rater": rater, "date": day.isoformat(), **row}
            for sid, row in rows.items()
        ),
    ]
    return StakeholderMap.model_validate(data)
