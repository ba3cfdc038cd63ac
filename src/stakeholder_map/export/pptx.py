"""Workshop slides: a 16:9 PowerPoint deck whose grids are made of editable shapes.

:func:`to_pptx` writes a title slide, the power/interest and power/attitude grids
as native shapes (a facilitator can drag every stakeholder during the session),
the classification as
tables and other views as high-resolution pictures, each with speaker notes holding
the data behind the slide. It needs the ``pptx`` extra (python-pptx), imported only
when a deck is written.

This module holds the deck as a whole (which views, in which order, the table and
picture slides); the grid slides are in :mod:`._slide_grids`, their labels in
:mod:`._slide_labels` and the shapes and units in :mod:`._slide_shapes`. It may
import the analyses, the plotting functions (for the picture slides, lazily) and
those modules.
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from stakeholder_map._empty_views import empty_view_reason
from stakeholder_map.export._slide_grids import (
    _attitude_frame,
    _attitude_slide,
    _grid_slide,
)
from stakeholder_map.export._slide_shapes import (
    _EMU_PER_INCH,
    _THEMES,
    _add_text,
    _Deck,
    _emu,
    _notes,
)
from stakeholder_map.i18n import MESSAGE_LANGUAGES, label, text
from stakeholder_map.io._atomic import atomic_write
from stakeholder_map.privacy import Profile, _redact_any, redaction_report

if TYPE_CHECKING:
    import pandas as pd
    from pptx.presentation import Presentation
    from pptx.slide import Slide

    from stakeholder_map.analysis._common import Threshold
    from stakeholder_map.models import StakeholderMap

__all__ = ["available_views", "to_pptx"]


# Views drawn as pictures by a plotting function, if this version has it.
_IMAGE_VIEWS: dict[str, str] = {
    "salience": "plot_salience",
    "cube": "plot_stakeholder_cube",
    "priority": "plot_priority",
    "engagement": "plot_engagement_status",
    "network": "plot_network",
    "influence": "plot_influence_gap",
    "movement": "plot_movement",
    "history": "plot_history",
    "representation": "plot_representation",
}
_NATIVE_VIEWS = ("grid", "table", "attitude")


def available_views() -> tuple[str, ...]:
    """Return the views :func:`to_pptx` can put on slides in this installation.

    ``"grid"``, ``"table"`` and ``"attitude"`` are drawn as native shapes; the
    others are pictures from the plotting functions that are installed.

    Returns
    -------
    tuple of str
        The view names.

    See Also
    --------
    to_pptx : Write the deck.

    Examples
    --------
    >>> views = skm.export.available_views()
    >>> views[:3]
    ('grid', 'table', 'attitude')
    """
    try:
        import stakeholder_map.plotting as plotting
    except ModuleNotFoundError as err:  # a build without the plotting layer
        if err.name != "stakeholder_map.plotting":
            raise
        return _NATIVE_VIEWS
    extra = tuple(v for v, fn in _IMAGE_VIEWS.items() if hasattr(plotting, fn))
    return _NATIVE_VIEWS + extra


def _legend_slide(deck: _Deck, entries: Sequence[str], *, lang: str) -> Slide:
    """List the numbered names of a crowded grid in columns on a slide."""
    sizes = deck.sizes
    slide = deck.slide(label("other_labels", lang))
    top, bottom = 1.35, deck.height - 0.4
    per_column = max(1, int((bottom - top) / (1.25 * sizes.table / 72)))
    columns = max(1, math.ceil(len(entries) / per_column))
    width = (deck.width - 1.0) / columns
    for c in range(columns):
        chunk = entries[c * per_column : (c + 1) * per_column]
        if not chunk:
            break
        left = 0.5 + c * width
        _add_text(
            slide.shapes,
            (left, top, left + width - 0.1, bottom),
            chunk,
            points=sizes.table if columns <= 3 else max(10.0, sizes.table - 3),
            name=f"legend_column:{c}",
            top=True,
        )
    _notes(slide, list(entries))
    return slide


def _table_slides(
    deck: _Deck, df: pd.DataFrame, *, lang: str, label_set: str
) -> list[Slide]:
    from pptx.util import Pt

    from stakeholder_map.export._tables import classification, sort_classification

    sizes = deck.sizes
    rows = sort_classification(df)
    table_text = classification(rows, lang)
    headers = table_text.headers
    per = sizes.rows_per_slide
    pages = max(1, math.ceil(len(rows) / per))
    width = deck.width - 1.0
    # Column shares: names and strategies get the room.
    shares = [0.25, 0.12, 0.085, 0.085, 0.15, 0.31]
    slides = []
    for page in range(pages):
        chunk = rows.iloc[page * per : (page + 1) * per]
        title = label("table", lang)
        if pages > 1:
            title = text(
                "slide_table_page", lang, title=title, page=page + 1, pages=pages
            )
        slide = deck.slide(title)
        row_h = sizes.table / 72 * 2.6
        shape = slide.shapes.add_table(
            len(chunk) + 1,
            len(headers),
            _emu(0.5),
            _emu(1.35),
            _emu(width),
            _emu(row_h * (len(chunk) + 1)),
        )
        shape.name = "classification_table"
        table = shape.table
        for c, share in enumerate(shares):
            table.columns[c].width = _emu(width * share)
        cells = [headers, *table_text.rows[page * per : (page + 1) * per]]
        for r_i, values in enumerate(cells):
            for c_i, value in enumerate(values):
                cell = table.cell(r_i, c_i)
                cell.text = value
                for para in cell.text_frame.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(sizes.table)
        notes = [text("notes_table", lang), ""]
        notes += [
            f"{r['name']} [{sid}]: {r['category'] or '-'}; "
            f"{label('power', lang).lower()} {r['power']:g}, "
            f"{label('interest', lang).lower()} {r['interest']:g}; "
            f"{r['label']} ({r['quadrant']})"
            for sid, r in chunk.iterrows()
        ]
        _notes(slide, notes)
        slides.append(slide)
    return slides


def _image_slide(
    deck: _Deck, smap: StakeholderMap, view: str, *, lang: str, theme: str
) -> Slide:
    import matplotlib.pyplot as plt

    import stakeholder_map.plotting as plotting

    function = _IMAGE_VIEWS[view]
    plot = getattr(plotting, function)
    slide = deck.slide(label(f"view_{view}", lang))
    box_w, box_h = deck.width - 1.0, deck.height - 1.6
    # Drawn at three quarters of the room and scaled up to fill it: the text of
    # the figure grows by a third, to the sizes of the slide's own text.
    fig = plt.figure(figsize=(box_w * 0.75, box_h * 0.75))
    buffer = io.BytesIO()
    try:
        ax = fig.add_subplot()
        with plotting.theme(cast("Any", theme)):  # checked by to_pptx
            if view == "grid":
                plot(smap, ax=ax, lang=lang)
            else:
                plot(smap, ax=ax)
            fig.savefig(buffer, format="png", dpi=200, bbox_inches="tight")
    finally:
        plt.close(fig)
    buffer.seek(0)
    pic = slide.shapes.add_picture(buffer, _emu(0.5), _emu(1.35), height=_emu(box_h))
    if pic.width > _emu(box_w):  # keep the aspect ratio inside the box
        ratio = _emu(box_w) / pic.width
        pic.width, pic.height = _emu(box_w), _emu(pic.height * ratio / _EMU_PER_INCH)
    pic.left = _emu((deck.width - pic.width / _EMU_PER_INCH) / 2)
    pic.top = _emu(1.35 + (box_h - pic.height / _EMU_PER_INCH) / 2)
    pic.name = f"view:{view}"
    # The text alternative a screen reader reads (PowerPoint's "Alt Text"),
    # built from the data the figure shows; python-pptx leaves "image.png".
    from stakeholder_map.export._describe import describe

    about = describe(smap, view, lang=lang)
    cast("Any", pic._element).nvPicPr.cNvPr.set("descr", about.alt)
    _notes(
        slide,
        [text("notes_view", lang, function=f"skm.plotting.{function}"), "", about.alt],
    )
    return slide


def _check_views(views: Sequence[str], lang: str) -> tuple[str, ...]:
    available = available_views()
    chosen = (views,) if isinstance(views, str) else tuple(views)
    for view in chosen:
        if view not in available:
            hint = ""
            if view in _IMAGE_VIEWS:
                hint = text(
                    "view_needs_plot",
                    lang,
                    view=view,
                    function=f"skm.plotting.{_IMAGE_VIEWS[view]}",
                )
            msg = text(
                "unknown_view", lang, available=list(available), view=view, hint=hint
            )
            raise ValueError(msg)
    return chosen


def _remove_slides(prs: Presentation) -> None:
    """Drop the template's own slides, keeping its masters and layouts."""
    sld_ids = prs.slides._sldIdLst  # python-pptx has no public delete
    for sld_id in list(sld_ids):
        prs.part.drop_rel(sld_id.rId)
        sld_ids.remove(sld_id)


def to_pptx(
    smap: StakeholderMap,
    path: str | os.PathLike[str],
    *,
    views: Sequence[str] = ("grid", "table"),
    lang: str = "nl",
    theme: str = "slides",
    profile: Profile = "internal",
    template: str | os.PathLike[str] | None = None,
    threshold: Threshold = "midpoint",
    labels: str | None = None,
    title: str | None = None,
) -> Path:
    """Write a 16:9 slide deck for a workshop.

    The deck opens with a title slide (the map's name, the number of stakeholders,
    the date and the privacy profile). The ``"grid"`` view is the power/interest
    grid made of native, editable shapes: four quadrant rectangles with their
    titles, and per stakeholder one group of a marker and its label (named
    ``stakeholder:<id>``), which a facilitator can drag during the session.
    Markers with the same scores are spread around their point so each can be
    grabbed. The ``"attitude"`` view is the power/attitude grid drawn the same
    way: six cell rectangles (``attitude_cell:<class>``: key ally, influential
    neutral, key opponent above the power threshold; ally, bystander, critic
    below it), opponents left, neutral stakeholders in the middle column and
    supporters right, markers coloured by attitude. The ``"table"`` view lists
    the classification, split over slides when it is long. Other views
    (``"network"``, ``"salience"``, ... when their plotting functions are
    installed) are pictures at 200 dpi. Every slide has
    speaker notes with the data behind it. A view no stakeholder has the
    scores for (salience on a map without legitimacy or urgency) gets no slide;
    the title slide's notes say why in one line, and an
    :class:`~stakeholder_map.exceptions.EmptyViewWarning` says the same.

    Fonts are sized for a projector (``theme="slides"``: labels 14 pt, quadrant
    titles 20 pt); quadrant colours are Okabe & Ito's colour-blind-safe set; the
    grid sits on its own white panel, so it reads well on light and dark
    templates, and text outside it takes the template's text colour.

    Parameters
    ----------
    smap
        The stakeholder map.
    path
        Where to write the ``.pptx``. The file is written to a temporary file
        first and then moved into place, so a failure never leaves half a deck.
    views
        The slides after the title slide, in order: see :func:`available_views`.
    lang
        Language of titles, labels and notes: ``"nl"`` or ``"en"``.
    theme
        ``"slides"`` (large fonts, the default), ``"notebook"`` or ``"print"``.
    profile
        Privacy profile applied before anything is written: ``"internal"``,
        ``"cop"`` or ``"public"`` (see :func:`stakeholder_map.privacy.redact`).
        The title slide's notes say what it removed.
    template
        A ``.pptx`` whose slide size, masters and layouts are used (its own
        slides are dropped). Layouts are picked by their placeholders: a title
        and a subtitle for the title slide, a title only for the others.
    threshold
        Where "high" starts on the grid, as in
        :func:`stakeholder_map.analysis.power_interest`; the power/attitude grid
        uses its power part.
    labels
        The quadrant label set; by default the one of ``lang``.
    title
        Title of the deck; by default the map's name.

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    ImportError
        When python-pptx is not installed (``pip install 'stakeholder-map[pptx]'``).
    ValueError
        When a view, theme, profile or label set is unknown.

    See Also
    --------
    stakeholder_map.analysis.power_interest : The numbers behind the grid.
    stakeholder_map.analysis.attitude_grid : The cells of the power/attitude grid.
    to_html : The same content as an offline report.

    Notes
    -----
    The grid is the power/interest grid of Johnson & Scholes, adapted from
    Mendelow (1981); a score equal to the threshold counts as high. The
    power/attitude grid follows Bryson (2004); its six cell names are this
    library's, only an attitude of exactly 0 is neutral, and the neutral column
    is drawn from -0.5 to 0.5 so its labels have room. Pictures are PNG because
    python-pptx cannot embed SVG.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = skm.export.to_pptx(smap, pathlib.Path(tmp) / "deck.pptx")
    ...     out.name, out.stat().st_size > 20_000
    ('deck.pptx', True)
    """
    from stakeholder_map.analysis._common import check_choice

    check_choice("lang", lang, MESSAGE_LANGUAGES)
    check_choice("theme", theme, tuple(_THEMES))
    chosen = _check_views(views, lang)
    try:
        from pptx import Presentation as new_presentation
    except ImportError as err:  # pragma: no cover - depends on the installation
        raise ImportError(text("pptx_missing", lang)) from err
    import warnings

    from stakeholder_map.analysis import power_interest

    report = redaction_report(smap, profile=profile, lang=lang)
    shared = _redact_any(smap, profile)
    from stakeholder_map.io._xmltext import refuse_xml_unsafe_text

    refuse_xml_unsafe_text(shared, Path(path), "PowerPoint", lang=lang)
    label_set = labels or lang
    with warnings.catch_warnings():
        # Stakeholders without scores are named in the grid's notes instead.
        from stakeholder_map.exceptions import StakeholderMapWarning

        warnings.simplefilter("ignore", StakeholderMapWarning)
        df = power_interest(shared, threshold=threshold, labels=label_set)
    df["display_name"] = [shared.get(str(i)).display_name for i in df.index]
    left_out = [s.name for s in shared if s.power is None or s.interest is None]

    if template is not None:
        prs = new_presentation(os.fspath(template))
        _remove_slides(prs)
    else:
        prs = new_presentation()
        prs.slide_width, prs.slide_height = _emu(13.333), _emu(7.5)
    slide_width, slide_height = prs.slide_width, prs.slide_height
    assert slide_width is not None
    assert slide_height is not None
    deck = _Deck(
        prs=prs,
        sizes=_THEMES[theme],
        default_template=template is None,
        width=slide_width / _EMU_PER_INCH,
        height=slide_height / _EMU_PER_INCH,
    )
    subtitle = [text("deck_subtitle", lang, n=len(shared))]
    if shared.date is not None:
        subtitle[0] += f" \u00b7 {shared.date.isoformat()}"
    if profile != "internal":
        subtitle.append(text("deck_privacy", lang, profile=profile))
    first = deck.slide(title or shared.name, subtitle="\n".join(subtitle))
    # A view no stakeholder has the scores for gets no slide: an empty drawing
    # says nothing. One line per view, in the title slide's notes, says why.
    from stakeholder_map.exceptions import EmptyViewWarning

    empty = {v: empty_view_reason(shared, v, lang) for v in chosen}
    reasons = [r for r in empty.values() if r is not None]
    for view, reason in empty.items():
        if reason is not None:
            warnings.warn(EmptyViewWarning(reason, view=view), stacklevel=2)
    _notes(first, [*report.splitlines(), *([""] if reasons else []), *reasons])
    for view in chosen:
        if empty[view] is not None:
            continue
        if view == "grid":
            overflow = _grid_slide(
                deck, df, shared, lang=lang, label_set=label_set, left_out=left_out
            )
            if overflow:
                _legend_slide(deck, overflow, lang=lang)
        elif view == "table":
            _table_slides(deck, df, lang=lang, label_set=label_set)
        elif view == "attitude":
            overflow = _attitude_slide(
                deck,
                _attitude_frame(shared, threshold=threshold, lang=lang),
                shared,
                lang=lang,
                left_out=[
                    s.name for s in shared if s.power is None or s.attitude is None
                ],
            )
            if overflow:
                _legend_slide(deck, overflow, lang=lang)
        else:
            _image_slide(deck, shared, view, lang=lang, theme=theme)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    return atomic_write(out, lambda tmp: _save(prs, tmp))


def _save(prs: Presentation, path: Path) -> None:
    prs.save(str(path))
