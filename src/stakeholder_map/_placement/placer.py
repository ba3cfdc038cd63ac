"""The greedy candidate-position solver behind every label placement.

Everything here is in display units (pixels for a figure, points for a slide; y
grows upwards) and knows nothing of matplotlib or python-pptx: the caller passes
marker positions, obstacles and a function that measures a text. Each
label tries positions on rings around its marker (8 right next to it, 16 per ring
further out), scored by ring, direction, leader crossings and ambiguity; every
candidate of a label is tested against every nearby obstacle in one vectorised call.
A label that finds no room gets its number placed instead; a number that finds no
room may evict one placed label, which is then placed again elsewhere.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from stakeholder_map._placement import geometry as geo

Array = geo.Array
Status = Literal["direct", "moved", "numbered", "omitted"]

# Directions in degrees, in order of preference: right and left of the marker read
# best (names run left to right), then the diagonals, then above and below (after
# Imhof's cartographic order, adapted to horizontal names).
_DIRS_NEAR = (0.0, 180.0, 45.0, 135.0, -45.0, -135.0, 90.0, -90.0)
_DIRS_FAR: tuple[float, ...] = (0.0, 180.0, 22.5, 157.5, -22.5, -157.5, 45.0, 135.0)
_DIRS_FAR += (-45.0, -135.0, 67.5, 112.5, -67.5, -112.5, 90.0, -90.0)
# Numbers are small: they may thread through narrower gaps on a finer grid.
_DIRS_FINE = tuple(float(a) for a in sorted(range(-165, 181, 15), key=abs))
# Score weights: one ring further out costs more than any choice within a ring.
W_LEVEL = 100.0
W_WRAPPED = 30.0
W_CROSSING = 40.0
W_AMBIGUOUS = 60.0
# Leaving its own region (a quadrant) costs more than one ring: a label moves
# further out, with a leader, before it seems to belong to the next quadrant.
W_REGION = 150.0
_SIN_22_5 = math.sin(math.radians(22.5))


@dataclass
class Choice:
    """Where one label went (display units)."""

    status: Status
    text: str
    box: Array | None = None
    leader: Array | None = None
    align: str = "center"


@dataclass(frozen=True)
class Candidate:
    """The best free position for one text of one label."""

    score: float
    box: Array
    leader: Array | None


@lru_cache(maxsize=64)
def _template(n_far: int, fine: bool) -> tuple[Array, Array, Array, Array, Array]:
    """Return level, cos, sin, (sx, sy) and preference arrays for rings 0..n_far."""
    far = _DIRS_FINE if fine else _DIRS_FAR
    angles = [*_DIRS_NEAR] + [*far] * n_far
    level = np.asarray(
        [0] * len(_DIRS_NEAR) + [k for k in range(1, n_far + 1) for _ in far]
    )
    pref = np.asarray(
        [*range(len(_DIRS_NEAR))] + [*range(len(far))] * n_far, dtype=float
    )
    theta = np.radians(np.asarray(angles))
    cos, sin = np.cos(theta), np.sin(theta)
    # sx, sy shift the box so the side or corner facing the marker touches the ring:
    # a label to the right starts at the ring, one to the upper right has its
    # lower-left corner on it.
    sx = np.clip(cos / _SIN_22_5, -1.0, 1.0)
    sy = np.clip(sin / _SIN_22_5, -1.0, 1.0)
    packed = np.stack([cos, sin, sx, sy, pref])
    return level, packed[0], packed[1], packed[2:4], packed[4]


def wrap_text(text: str, width: int | None) -> list[str]:
    """Wrap a name at ``width`` characters without breaking words."""
    if width is None or len(text) <= width:
        return [text]
    return textwrap.wrap(text, width, break_long_words=False) or [text]


class Placer:
    """Place labels one by one; see the module docstring.

    Parameters are in display units: ``anchors`` (n, 2) marker centres, ``radii`` (n,)
    marker radii, ``fixed`` (k, 4) boxes to avoid, ``circles`` (m, 3) every marker
    on the Axes, ``inner`` the Axes box shrunk by the padding. ``lines`` (s, 4)
    are segments of lines to avoid (arrows, whiskers, outlines), each
    ``line_pad`` (s,) wide on either side; ``areas`` are polygons ((k, 2)
    vertices) no label may sit inside. ``regions`` (n, 4) are the boxes the
    labels belong in (their marker's quadrant; a row of NaN for none): a name
    stays inside its region or is numbered; a number prefers its region
    (leaving it costs ``W_REGION``) but leaves it rather than go missing.
    """

    def __init__(
        self,
        *,
        anchors: Array,
        radii: Array,
        fixed: Array,
        circles: Array,
        inner: tuple[float, float, float, float],
        pad: float,
        gap: float,
        step: float,
        max_dist: float,
        measure: Callable[[str], tuple[float, float]],
        em: float = 0.0,
        lines: Array | None = None,
        line_pad: Array | None = None,
        areas: Sequence[Array] = (),
        regions: Array | None = None,
    ) -> None:
        self.anchors = anchors
        self.radii = radii
        self.fixed = fixed
        self.circles = circles
        self.inner = inner
        self.pad = pad
        self.gap = gap
        self.step = step
        self.max_dist = max_dist
        self.measure = measure
        self.em = em
        self.lines = np.empty((0, 4)) if lines is None else lines
        self.line_pad = (
            np.zeros(len(self.lines)) if line_pad is None else np.asarray(line_pad)
        ) + pad / 2
        self.line_boxes = _seg_boxes(self.lines)
        self.areas = [a for a in areas if len(a) >= 3]
        self.area_boxes = np.asarray(
            [[*a.min(axis=0), *a.max(axis=0)] for a in self.areas], dtype=float
        ).reshape(-1, 4)
        self._screened: dict[tuple[bool, bool], list[bool]] = {}
        n = len(anchors)
        self.regions = (
            np.full((n, 4), np.nan) if regions is None else np.asarray(regions, float)
        )
        self.boxes = np.zeros((n, 4))
        self.has_box = np.zeros(n, dtype=bool)
        self.leaders = np.zeros((n, 4))
        self.has_leader = np.zeros(n, dtype=bool)
        self._grid_boxes: Array | None = None
        self._cache: tuple[Array, Array, Array] | None = None
        self._variant_cache: dict[int, list[tuple[str, float]]] = {}

    # -- one label -----------------------------------------------------------------

    def best(
        self,
        i: int,
        w: float,
        h: float,
        *,
        max_dist: float,
        penalty: float = 0.0,
        fine: bool = False,
        boxes_only: bool = False,
        skip_near: bool = False,
        in_region: bool = False,
    ) -> Candidate | None:
        """Return the best free position for a w x h box of label ``i``, or None.

        With ``boxes_only``, return any position where the box itself is free
        (leaders not checked): a quick test of whether a label can fit at all.
        With ``skip_near``, the ring right next to the marker is not tried (it
        was, and things only got more crowded since). With ``in_region``, only
        positions inside the label's region count.

        The ring right next to the marker is tried first (it is cheap and usually
        enough), then all further rings at once: a ring further out always scores
        worse, so the first group with a free position holds the best one.
        """
        step = self.step
        n_far = max(int(max_dist // step), 0)
        level, cos, sin, sxy, pref = _template(n_far, fine)
        per_ring = len(_DIRS_FINE if fine else _DIRS_FAR)
        near = len(_DIRS_NEAR)
        found: Candidate | None = None
        for lo, hi in ((0, 0), (1, n_far)):
            if lo > n_far:
                break
            if lo == 0 and skip_near:
                continue
            start = 0 if lo == 0 else near + (lo - 1) * per_ring
            stop = near + min(hi, n_far) * per_ring
            sel = slice(start, stop)
            got = self._best_in(
                i,
                w,
                h,
                level[sel],
                cos[sel],
                sin[sel],
                sxy[:, sel],
                pref[sel],
                penalty,
                boxes_only,
                in_region,
            )
            if got is not None and (found is None or got.score < found.score):
                found = got
            # A ring further out scores at least W_LEVEL more: it can only win
            # over a place right next to the marker that leaves its region.
            if found is not None and (boxes_only or found.score - penalty < W_LEVEL):
                return found
        return found

    def _best_in(
        self,
        i: int,
        w: float,
        h: float,
        level: Array,
        cos: Array,
        sin: Array,
        sxy: Array,
        pref: Array,
        penalty: float,
        boxes_only: bool = False,
        in_region: bool = False,
    ) -> Candidate | None:
        """Return the best free position among the given candidates, or None."""
        px, py = self.anchors[i]
        r = float(self.radii[i])
        rad = r + self.gap + level * self.step
        cx = px + rad * cos + w / 2 * sxy[0]
        cy = py + rad * sin + h / 2 * sxy[1]
        boxes = np.column_stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2])
        inner = self.inner
        valid = (
            (boxes[:, 0] >= inner[0])
            & (boxes[:, 1] >= inner[1])
            & (boxes[:, 2] <= inner[2])
            & (boxes[:, 3] <= inner[3])
        )
        if in_region:
            valid &= ~self.outside_region(i, boxes)
        if not valid.any():
            return None
        pad = self.pad
        # Keep the indices of candidates still free; each test only looks at those.
        idx = np.flatnonzero(valid)
        cand = boxes[idx]
        ux0, uy0 = cand[:, 0].min() - pad, cand[:, 1].min() - pad
        ux1, uy1 = cand[:, 2].max() + pad, cand[:, 3].max() + pad
        # Only obstacles near the candidates can collide with them.
        union = np.asarray([[min(ux0, px), min(uy0, py), max(ux1, px), max(uy1, py)]])
        obst, lines, line_boxes = self._obstacles()
        if len(obst):
            obst = obst[geo.boxes_overlap(obst, union)[:, 0]]
            if len(obst):
                idx = idx[~geo.boxes_overlap(cand, obst, pad).any(axis=1)]
                cand = boxes[idx]
        c = self.circles
        near_c = c[
            (c[:, 0] + c[:, 2] > union[0, 0])
            & (c[:, 0] - c[:, 2] < union[0, 2])
            & (c[:, 1] + c[:, 2] > union[0, 1])
            & (c[:, 1] - c[:, 2] < union[0, 3])
        ]
        if len(near_c) and len(idx):
            idx = idx[~geo.boxes_hit_circles(cand, near_c, pad).any(axis=1)]
            cand = boxes[idx]
        if len(idx):
            idx = idx[~self.hits_shapes(cand)]
            cand = boxes[idx]
        # A quick "could it fit" test may ignore leaders: fewer constraints.
        if len(lines) and len(idx) and not boxes_only:
            lines = lines[geo.boxes_overlap(line_boxes, union)[:, 0]]
            if len(lines):
                idx = idx[~geo.segments_hit_boxes(lines, cand, pad / 2).any(axis=0)]
        if not len(idx):
            return None
        if boxes_only:
            return Candidate(0.0, boxes[idx[0]], None)
        others = near_c[np.hypot(near_c[:, 0] - px, near_c[:, 1] - py) > r / 2]
        score = level[idx] * W_LEVEL + pref[idx] + penalty
        score += W_REGION * self.outside_region(i, boxes[idx])
        order = np.argsort(score, kind="stable")
        idx, score = idx[order], score[order]
        near = level[idx] == 0
        if near.any():
            # A label right next to a marker must be nearer to its own marker than
            # to any other, or readers attach it to the wrong one.
            nb = boxes[idx[near]]
            if len(others):
                own = geo.box_circle_gap(nb, np.asarray([[px, py, r]]))[:, 0]
                other = geo.box_circle_gap(nb, others).min(axis=1)
                score[near] += W_AMBIGUOUS * (other < own)
            k = int(np.argmin(np.where(near, score, np.inf)))
            return Candidate(float(score[k]), boxes[idx[k]], None)
        # Further out, a leader is needed: check leaders batch by batch in score
        # order and stop at the first batch with a clear one.
        for start in range(0, len(idx), 24):
            sel = idx[start : start + 24]
            sc = score[start : start + 24].copy()
            lead = self._leaders(px, py, r, boxes[sel])
            bad = np.zeros(len(sel), dtype=bool)
            if len(obst):
                bad |= geo.segments_hit_boxes(lead, obst, pad / 2).any(axis=1)
            if len(others):
                bad |= (geo.segments_circle_gap(lead, others) < pad / 2).any(axis=1)
            if bad.all():
                continue
            if len(lines):
                sc += W_CROSSING * geo.segments_cross(lead, lines).sum(axis=1)
            k = int(np.argmin(np.where(bad, np.inf, sc)))
            return Candidate(float(sc[k]), boxes[sel[k]], lead[k])
        return None

    def outside_region(self, i: int, boxes: Array) -> NDArray[np.bool_]:
        """Return which boxes leave label ``i``'s region (none without one)."""
        x0, y0, x1, y1 = self.regions[i]
        if np.isnan(x0):
            return np.zeros(len(boxes), dtype=bool)
        eps = 1e-9
        return np.asarray(
            (boxes[:, 0] < x0 - eps)
            | (boxes[:, 1] < y0 - eps)
            | (boxes[:, 2] > x1 + eps)
            | (boxes[:, 3] > y1 + eps)
        )

    def hits_shapes(self, boxes: Array) -> NDArray[np.bool_]:
        """Return which boxes a fixed line crosses or a fixed area holds.

        A line reaches half its width plus half the padding to either side.
        """
        hit = np.zeros(len(boxes), dtype=bool)
        if not len(boxes) or not (len(self.lines) or self.areas):
            return hit
        union = np.asarray(
            [[*boxes[:, :2].min(axis=0), *boxes[:, 2:].max(axis=0)]], dtype=float
        )
        if len(self.lines):
            near = geo.boxes_overlap(
                self.line_boxes, union, float(self.line_pad.max())
            )[:, 0]
            if near.any():
                hit |= geo.segments_hit_boxes(
                    self.lines[near], boxes, self.line_pad[near]
                ).any(axis=0)
        if self.areas:
            near_areas = np.flatnonzero(geo.boxes_overlap(self.area_boxes, union)[:, 0])
            centres = (boxes[:, :2] + boxes[:, 2:]) / 2
            for k in near_areas.tolist():
                # A box clear of the outline is wholly inside or wholly outside:
                # its centre tells which.
                sel = ~hit & geo.boxes_overlap(boxes, self.area_boxes[k : k + 1])[:, 0]
                if sel.any():
                    hit[sel] = geo.points_in_polygon(centres[sel], self.areas[k])
        return hit

    def _leaders(self, px: float, py: float, r: float, boxes: Array) -> Array:
        """Return leader segments from the marker's edge to the nearest box point."""
        qx = np.clip(px, boxes[:, 0], boxes[:, 2])
        qy = np.clip(py, boxes[:, 1], boxes[:, 3])
        vx, vy = qx - px, qy - py
        d = np.maximum(np.hypot(vx, vy), 1e-9)
        ux, uy = vx / d, vy / d
        lgap = self.gap / 2
        return np.column_stack(
            [px + ux * (r + lgap), py + uy * (r + lgap), qx - ux * lgap, qy - uy * lgap]
        )

    def _obstacles(self) -> tuple[Array, Array, Array]:
        """Return the boxes (fixed and placed), the leaders and their boxes."""
        if self._cache is None:
            lines = self.leaders[self.has_leader]
            self._cache = (
                np.concatenate([self.fixed, self.boxes[self.has_box]]),
                lines,
                _seg_boxes(lines),
            )
        return self._cache

    def commit(self, i: int, cand: Candidate) -> None:
        """Record label ``i``'s box and leader as obstacles for later labels."""
        self.boxes[i] = cand.box
        self.has_box[i] = True
        if cand.leader is not None:
            self.leaders[i] = cand.leader
            self.has_leader[i] = True
        self._cache = None

    def release(self, i: int) -> None:
        """Forget label ``i``'s box and leader."""
        self.has_box[i] = False
        self.has_leader[i] = False
        self._cache = None

    # -- all labels ----------------------------------------------------------------

    def run(
        self,
        names: Sequence[str],
        order: Sequence[int],
        finite: Sequence[bool],
        *,
        wrap: int | None,
        max_lines: int,
        max_width: float,
        number_fallback: bool,
        number_size: tuple[float, float],
    ) -> list[Choice]:
        """Place every label in ``order``; return one Choice per label.

        A last pass gives a numbered label its name right next to its marker
        where one or two placed labels are in the way and can go elsewhere
        without being numbered themselves (see :meth:`_trade`).
        """
        self.names = list(names)
        self.wrap = wrap
        self.max_lines = max_lines
        self.max_width = max_width * (self.inner[2] - self.inner[0])
        self.number_fallback = number_fallback
        self.number_size = number_size
        choices = [Choice("omitted", name) for name in names]
        todo = [i for i in order if finite[i]]
        if not number_fallback:
            for dist in (0.0, self.max_dist):
                for i in todo:
                    if choices[i].status == "omitted":
                        self._place_text(i, choices, max_dist=dist)
            return choices
        # Every label first holds a spot for its number: right next to its marker,
        # else further away with a leader. A held number then becomes the name
        # where the name fits: first right next to the marker (for everyone, so
        # leaders do not fragment the free space early), then with a leader. A
        # name never takes the last spot of another label's number.
        self._numbers_near(todo, choices)
        for i in todo:
            if choices[i].status == "omitted":
                self._place_number(i, choices, max_dist=self.max_dist)
        self._repair(order, finite, choices)
        for i in todo:
            if choices[i].status == "omitted":
                self._place_anywhere(i, choices)
        for dist in (0.0, self.max_dist):
            for i in todo:
                if choices[i].status == "numbered" and self._variants(i):
                    old_choice = choices[i]
                    old = Candidate(0.0, self.boxes[i].copy(), self._leader_of(i))
                    self.release(i)
                    if not self._place_text(
                        i, choices, max_dist=dist, skip_near=dist > 0
                    ):
                        self.commit(i, old)
                        choices[i] = old_choice
        self._trade(todo, choices)
        return choices

    def _trade(self, todo: Sequence[int], choices: list[Choice]) -> None:
        """Turn numbers into names by moving the labels in their way.

        For a numbered label, in ``todo`` order, try the spots right next to its
        marker where its name would be clear of markers, fixed boxes, lines and
        the edge and inside its region, but one or two placed labels are in the
        way. Lift those labels and the number, put the name there and place the
        lifted labels again (name first, else number). Keep the result when no
        lifted label that had its name lost it, none went missing and none sits
        nearer to another marker than to its own; undo otherwise. Every kept
        trade numbers one label fewer.
        """
        for i in todo:
            if choices[i].status != "numbered":
                continue
            for text, _penalty in self._variants(i):
                w, h = self.measure(text)
                spots = [
                    box
                    for box in self._free_spots(i, w, h)
                    if not self.outside_region(i, box[None, :])[0]
                    and not self._ambiguous(i, box)
                ]
                if any(self._swap(i, text, box, choices) for box in spots):
                    break

    def _ambiguous(self, i: int, box: Array) -> bool:
        """Say whether ``box`` lies nearer to another marker than to ``i``'s own."""
        px, py = self.anchors[i]
        r = float(self.radii[i])
        c = self.circles
        others = c[np.hypot(c[:, 0] - px, c[:, 1] - py) > r / 2]
        if not len(others):
            return False
        one = box[None, :]
        own = geo.box_circle_gap(one, np.asarray([[px, py, r]]))[0, 0]
        return bool(geo.box_circle_gap(one, others).min() < own)

    def _swap(self, i: int, text: str, box: Array, choices: list[Choice]) -> bool:
        """Put label ``i``'s name at ``box``, moving one or two labels; undo on loss."""
        blockers = [j for j in self._blockers(box) if j != i]
        if not blockers or len(blockers) > 2:
            return False
        saved = [
            (j, choices[j], Candidate(0.0, self.boxes[j].copy(), self._leader_of(j)))
            for j in (i, *blockers)
        ]
        for j, _, _ in saved:
            self.release(j)
        cand = Candidate(0.0, box, None)
        self.commit(i, cand)
        choices[i] = self._choice(i, "direct", text, cand)
        ok = True
        for j, before, _ in saved[1:]:
            placed = self._place(j, choices)
            now = choices[j]
            if (
                not placed
                or (before.status != "numbered" and now.status == "numbered")
                or (
                    now.status == "direct"
                    and now.box is not None
                    and self._ambiguous(j, now.box)
                )
            ):
                ok = False
                break
        if ok:
            return True
        for j, _, _ in saved:
            self.release(j)
        for j, choice, old in saved:
            self.commit(j, old)
            choices[j] = choice
        return False

    def _numbers_near(self, todo: Sequence[int], choices: list[Choice]) -> None:
        """Put every label's number right next to its marker where there is room.

        The same as :meth:`_place_number` at ring 0 for each label in turn, but
        the tests against markers and fixed boxes run for all labels at once;
        only the test against the numbers placed before is done label by label.
        """
        if not len(todo):
            return
        w, h = self.number_size
        _, cos, sin, sxy, pref = _template(0, True)
        ids = np.asarray(todo)
        pts = self.anchors[ids]
        rad = (self.radii[ids] + self.gap)[:, None]
        cx = pts[:, :1] + rad * cos[None, :] + w / 2 * sxy[0][None, :]
        cy = pts[:, 1:] + rad * sin[None, :] + h / 2 * sxy[1][None, :]
        boxes = np.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], axis=-1)
        flat = boxes.reshape(-1, 4)
        x0, y0, x1, y1 = self.inner
        ok = (
            (flat[:, 0] >= x0)
            & (flat[:, 1] >= y0)
            & (flat[:, 2] <= x1)
            & (flat[:, 3] <= y1)
        )
        if len(self.fixed):
            ok &= ~geo.boxes_overlap(flat, self.fixed, self.pad).any(axis=1)
        ok[ok] = ~self.hits_shapes(flat[ok])
        score = np.tile(pref, len(ids))
        per = len(cos)
        for row, i in enumerate(ids.tolist()):
            part = slice(row * per, (row + 1) * per)
            score[part] += W_REGION * self.outside_region(i, flat[part])
        if len(self.circles):
            gap = geo.box_circle_gap(flat, self.circles)
            ok &= (gap >= self.pad).all(axis=1)
            # Nearer to another marker than to its own: ambiguous (see _best_in).
            own = self.gap  # every ring-0 position keeps this gap to its marker
            centre = np.repeat(pts, len(cos), axis=0)
            same = (
                np.hypot(
                    self.circles[None, :, 0] - centre[:, :1],
                    self.circles[None, :, 1] - centre[:, 1:],
                )
                <= np.repeat(self.radii[ids], len(cos))[:, None] / 2
            )
            other = np.where(same, np.inf, gap).min(axis=1)
            score = score + W_AMBIGUOUS * (other < own)
        placed = self.boxes[self.has_box]
        if len(placed):
            ok &= ~geo.boxes_overlap(flat, placed, self.pad).any(axis=1)
        # Which candidate boxes exclude which: taking one blocks its conflicts, so
        # the greedy pass below needs no geometry per label.
        live = np.flatnonzero(ok)
        conflict = geo.boxes_overlap(flat[live], flat[live], self.pad)
        where = np.full(len(flat), -1)
        where[live] = np.arange(len(live))
        blocked = np.zeros(len(live), dtype=bool)
        for row, i in enumerate(ids):
            cols = where[row * per : (row + 1) * per]
            free = cols >= 0
            free[free] = ~blocked[cols[free]]
            if not free.any():
                continue
            k = int(
                np.argmin(np.where(free, score[row * per : (row + 1) * per], np.inf))
            )
            blocked |= conflict[cols[k]]
            cand = Candidate(float(score[row * per + k]), flat[row * per + k], None)
            self.commit(int(i), cand)
            choices[int(i)] = self._choice(int(i), "numbered", "", cand)

    def _leader_of(self, i: int) -> Array | None:
        return self.leaders[i].copy() if self.has_leader[i] else None

    def _variants(self, i: int) -> list[tuple[str, float]]:
        """Return the texts to try for label ``i`` (with their penalty), cached."""
        cached = self._variant_cache.get(i)
        if cached is None:
            cached = self._variant_cache[i] = self._make_variants(i)
        return cached

    def _make_variants(self, i: int) -> list[tuple[str, float]]:
        name = self.names[i]
        lines = wrap_text(name, self.wrap)
        if len(lines) > self.max_lines and self.number_fallback:
            return []  # a long name: numbered straight away
        out = [(name, 0.0)]
        if len(lines) > 1:
            out.append(("\n".join(lines), W_WRAPPED))
        return out

    def _place_text(
        self,
        i: int,
        choices: list[Choice],
        *,
        max_dist: float,
        skip_near: bool = False,
    ) -> bool:
        """Place label ``i``'s name within ``max_dist`` of its marker, if it fits.

        A name stays inside its region: outside it, it would seem to belong to
        the next quadrant, so the label keeps its number instead.
        """
        variants = self._variants(i)
        found: Candidate | None = None
        found_text = ""
        for text, penalty in variants:
            # Measuring a text costs more than testing its positions: first test
            # a box no bigger than the text can be; where even that finds no
            # room (common in crowded plots), the text cannot fit either.
            kind = (max_dist > 0, penalty > 0)  # ring 0 or further; wrapped or not
            lower = self._lower_bound(text)
            if penalty == 0.0 and len(variants) > 1 and lower[0] > self.max_width:
                continue  # surely too wide on one line: use the wrapped name
            if self._screening(kind):
                fits = self.best(
                    i,
                    *lower,
                    max_dist=max_dist,
                    boxes_only=True,
                    skip_near=skip_near,
                    in_region=True,
                )
                self._screened.setdefault(kind, []).append(fits is not None)
                if fits is None:
                    continue
            w, h = self.measure(text)
            if penalty == 0.0 and len(variants) > 1 and w > self.max_width:
                continue  # a very wide single line: use the wrapped name
            got = self.best(
                i,
                w,
                h,
                max_dist=max_dist,
                penalty=penalty,
                skip_near=skip_near,
                in_region=True,
            )
            if got is not None and (found is None or got.score < found.score):
                found, found_text = got, text
            if found is not None and found.leader is None:
                break  # right next to the marker: nothing beats it
        if found is None:
            return False
        self.commit(i, found)
        status: Status = "moved" if found.leader is not None else "direct"
        choices[i] = self._choice(i, status, found_text, found)
        return True

    def _screening(self, kind: tuple[bool, bool]) -> bool:
        """Say whether to test a lower-bound box before measuring a text.

        Screening pays off where most texts do not fit; once most screened texts
        of a kind (ring 0 or further, one line or wrapped) turned out to fit (a
        sparse plot), it only costs time and stops for that kind.
        """
        if not self.em:
            return False
        seen = self._screened.get(kind, [])
        return len(seen) < 20 or sum(seen) < 0.7 * len(seen)

    def _lower_bound(self, text: str) -> tuple[float, float]:
        """Return a box that fits inside the rendered text, in display units.

        Names in DejaVu Sans (matplotlib's default) are at least 0.34 em per
        character wide, less 0.3 em of side bearings: "illi" is the narrowest
        case, 9 % wider than this bound. A condensed font may be narrower; the
        bound only decides which texts are worth measuring, so such a font can
        cost a name (it gets its number), never an overlap.
        """
        lines = text.split("\n")
        chars = max(len(line) for line in lines)
        width = max(0.0, self.em * (0.34 * chars - 0.3))
        height = self.em * 0.9 * len(lines)
        return width, height

    def _place_number(self, i: int, choices: list[Choice], *, max_dist: float) -> bool:
        """Place label ``i``'s number within ``max_dist`` of its marker, if it fits."""
        w, h = self.number_size
        found = self.best(i, w, h, max_dist=max_dist, fine=True)
        if found is None:
            return False
        self.commit(i, found)
        choices[i] = self._choice(i, "numbered", "", found)
        return True

    def _place_anywhere(
        self, i: int, choices: list[Choice], *, evict: bool = True
    ) -> bool:
        """Place label ``i``'s number at the nearest free spot of the whole Axes.

        The last resort for a marker hemmed in by others: a grid of number-sized
        boxes over the Axes, the nearest free one wins. Its leader keeps clear of
        labels; it may pass over other markers only when nothing else is left.
        """
        boxes = self._grid()
        if not len(boxes):
            return False
        px, py = self.anchors[i]
        # Nearest spots first: the 300 closest usually hold the answer.
        d2 = (boxes[:, 0] + boxes[:, 2] - 2 * px) ** 2
        d2 += (boxes[:, 1] + boxes[:, 3] - 2 * py) ** 2
        boxes = boxes[np.argsort(d2, kind="stable")]
        for part in (boxes[:300], boxes[300:]):
            if len(part) and self._anywhere_in(i, part, choices, evict=evict):
                return True
        return False

    def _anywhere_in(
        self, i: int, boxes: Array, choices: list[Choice], *, evict: bool
    ) -> bool:
        pad = self.pad
        obst, lines, _ = self._obstacles()
        placed = self.boxes[self.has_box]
        ok = np.ones(len(boxes), dtype=bool)
        if len(placed):
            ok &= ~geo.boxes_overlap(boxes, placed, pad).any(axis=1)
        if len(lines):
            ok &= ~geo.segments_hit_boxes(lines, boxes, pad / 2).any(axis=0)
        if not ok.any():
            return False
        px, py = self.anchors[i]
        r = float(self.radii[i])
        boxes = boxes[ok]
        dist = geo.box_circle_gap(boxes, np.asarray([[px, py, r]]))[:, 0]
        boxes = boxes[np.argsort(dist, kind="stable")][:300]
        lead = self._leaders(px, py, r, boxes)
        good = np.ones(len(boxes), dtype=bool)
        if len(obst):
            good &= ~geo.segments_hit_boxes(lead, obst, pad / 2).any(axis=1)
        c = self.circles
        others = c[np.hypot(c[:, 0] - px, c[:, 1] - py) > r / 2]
        clear = good.copy()
        if len(others):
            clear &= (geo.segments_circle_gap(lead, others) >= 0).all(axis=1)
        for mask in (clear, good):
            if mask.any():
                k = int(np.flatnonzero(mask)[0])
                cand = Candidate(0.0, boxes[k], lead[k])
                self.commit(i, cand)
                choices[i] = self._choice(i, "numbered", "", cand)
                return True
        if not evict:
            return False
        # Hemmed in by labels: lift the one or two whose boxes the leader would
        # cross, and place them again elsewhere.
        for k in range(min(len(boxes), 40)):
            hit = (
                self.has_box
                & geo.segments_hit_boxes(lead[k : k + 1], self.boxes, pad / 2)[0]
            )
            blockers = [int(j) for j in np.flatnonzero(hit)]
            if len(blockers) <= 2 and self._evict(
                i, boxes[k], blockers, choices, leader=lead[k]
            ):
                return True
        return False

    def _grid(self) -> Array:
        """Return number-sized boxes over the Axes that no marker or fixed box hits."""
        if self._grid_boxes is None:
            w, h = self.number_size
            x0, y0, x1, y1 = self.inner
            xs = np.arange(x0 + w / 2, x1 - w / 2 + 1e-9, max(w / 2, 1.0))
            ys = np.arange(y0 + h / 2, y1 - h / 2 + 1e-9, max(h / 2, 1.0))
            cx, cy = (a.ravel() for a in np.meshgrid(xs, ys))
            boxes = np.column_stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2])
            ok = np.ones(len(boxes), dtype=bool)
            if len(self.fixed) and len(boxes):
                ok &= ~geo.boxes_overlap(boxes, self.fixed, self.pad).any(axis=1)
            if len(self.circles) and len(boxes):
                hit = geo.boxes_hit_circles(boxes, self.circles, self.pad)
                ok &= ~hit.any(axis=1)
            ok[ok] = ~self.hits_shapes(boxes[ok])
            self._grid_boxes = boxes[ok]
        return self._grid_boxes

    def _place(self, i: int, choices: list[Choice]) -> bool:
        """Place label ``i``: its name, else its number; return success."""
        if self._place_text(i, choices, max_dist=self.max_dist):
            return True
        return self.number_fallback and self._place_number(
            i, choices, max_dist=self.max_dist
        )

    def _choice(self, i: int, status: Status, text: str, cand: Candidate) -> Choice:
        box = cand.box
        dx = (box[0] + box[2]) / 2 - self.anchors[i][0]
        r = self.radii[i]
        align = "left" if dx > r else "right" if dx < -r else "center"
        return Choice(status, text, box, cand.leader, align)

    def _repair(
        self, order: Sequence[int], finite: Sequence[bool], choices: list[Choice]
    ) -> None:
        """Give each omitted label a number by moving placed labels elsewhere.

        For an omitted label, take its number positions right next to the marker
        that are free of markers, fixed obstacles and the Axes edge; where one
        placed label is in the way, lift it, place the number, and place the
        lifted label again. If it finds no new place, undo. (The last resort,
        :meth:`_place_anywhere`, may lift two.)
        """
        w, h = self.number_size
        for limit in (1,):  # one blocker; more is the last resort's job
            for i in order:
                if not finite[i] or choices[i].status != "omitted":
                    continue
                for box in self._free_spots(i, w, h):
                    blockers = self._blockers(box)
                    if len(blockers) <= limit and self._evict(
                        i, box, blockers, choices
                    ):
                        break

    def _evict(
        self,
        i: int,
        box: Array,
        blockers: list[int],
        choices: list[Choice],
        *,
        leader: Array | None = None,
    ) -> bool:
        """Put ``i``'s number at ``box`` after lifting ``blockers``; undo on failure."""
        saved = [
            (j, choices[j], Candidate(0.0, self.boxes[j].copy(), self._leader_of(j)))
            for j in blockers
        ]
        for j in blockers:
            self.release(j)
        cand = Candidate(0.0, box, leader)
        self.commit(i, cand)
        choices[i] = self._choice(i, "numbered", "", cand)
        placed: list[int] = []
        for j in blockers:
            if not (
                self._place(j, choices) or self._place_anywhere(j, choices, evict=False)
            ):
                break
            placed.append(j)
        else:
            return True
        for j in [*placed, i]:
            self.release(j)
        choices[i] = Choice("omitted", self.names[i])
        for j, choice, old in saved:
            self.commit(j, old)
            choices[j] = choice
        return False

    def _free_spots(self, i: int, w: float, h: float) -> list[Array]:
        """Return number boxes next to marker ``i`` that only labels block."""
        out: list[tuple[float, Array]] = []
        px, py = self.anchors[i]
        r = float(self.radii[i])
        _, cos, sin, sxy, pref = _template(0, True)
        rad = r + self.gap
        cx = px + rad * cos + w / 2 * sxy[0]
        cy = py + rad * sin + h / 2 * sxy[1]
        boxes = np.column_stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2])
        inner = self.inner
        ok = (
            (boxes[:, 0] >= inner[0])
            & (boxes[:, 1] >= inner[1])
            & (boxes[:, 2] <= inner[2])
            & (boxes[:, 3] <= inner[3])
        )
        if len(self.fixed):
            ok &= ~geo.boxes_overlap(boxes, self.fixed, self.pad).any(axis=1)
        if len(self.circles):
            ok &= ~geo.boxes_hit_circles(boxes, self.circles, self.pad).any(axis=1)
        ok[ok] = ~self.hits_shapes(boxes[ok])
        out = [(float(pref[k]), boxes[k]) for k in np.flatnonzero(ok)]
        return [b for _, b in sorted(out, key=lambda item: item[0])]

    def _blockers(self, box: Array) -> list[int]:
        """Labels whose box or leader is in the way of ``box``."""
        one = box[None, :]
        hit = self.has_box & geo.boxes_overlap(self.boxes, one, self.pad)[:, 0]
        if self.has_leader.any():
            lead = geo.segments_hit_boxes(self.leaders, one, self.pad / 2)[:, 0]
            hit |= self.has_leader & lead
        return [int(j) for j in np.flatnonzero(hit)]


def _seg_boxes(seg: Array) -> Array:
    """Bounding boxes of segments."""
    return np.column_stack(
        [
            np.minimum(seg[:, 0], seg[:, 2]),
            np.minimum(seg[:, 1], seg[:, 3]),
            np.maximum(seg[:, 0], seg[:, 2]),
            np.maximum(seg[:, 1], seg[:, 3]),
        ]
    )
