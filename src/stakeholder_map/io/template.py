"""The workshop kit: an Excel workbook to fill in during a stakeholder workshop.

:func:`write_template` writes the sheets :func:`stakeholder_map.io.read` reads
(stakeholders, relations, themes, stances, assessments and ``meta``) with headers
in Dutch or English, drop-down lists for every choice, score cells limited to the
scale, an instruction sheet and, optionally, the stakeholders and the workshop's
participants filled in. What comes back from the workshop reads with
``skm.read(path)`` as it is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stakeholder_map import i18n
from stakeholder_map._dates import as_date
from stakeholder_map._types import (
    Channel,
    EngagementLevel,
    Frequency,
    ParticipationLevel,
    RelationKind,
)
from stakeholder_map.io._atomic import atomic_write
from stakeholder_map.io._excel import rater_of_sheet as _rater_of_sheet
from stakeholder_map.io._headers import header
from stakeholder_map.io._meta import meta_rows, scale_from_arg
from stakeholder_map.io._wordsheet import words_rows
from stakeholder_map.models import Scale, Stakeholder, StakeholderMap

if TYPE_CHECKING:
    import os

__all__ = ["write_template"]

#: Columns of each sheet in the template, in order (model field names).
TEMPLATE_COLUMNS: dict[str, tuple[str, ...]] = {
    "stakeholders": (
        "name",
        "short_name",
        "category",
        "description",
        "power",
        "interest",
        "attitude",
        "legitimacy",
        "urgency",
        "proximity",
        "engagement_current",
        "engagement_desired",
        "participation",
        "notes",
    ),
    "relations": (
        "source",
        "target",
        "kind",
        "weight",
        "directed",
        "channel",
        "frequency",
        "notes",
    ),
    "interests": ("name", "description"),
    "stakes": ("stakeholder_id", "interest_id", "position", "importance", "notes"),
    "assessments": (
        "stakeholder_id",
        "rater",
        "date",
        "power",
        "interest",
        "attitude",
        "legitimacy",
        "urgency",
        "proximity",
        "confidence",
        "rationale",
    ),
}

_SCORES = ("power", "interest", "legitimacy", "urgency", "proximity", "importance")
_CHOICES: dict[str, tuple[str, ...]] = {
    "kind": tuple(k.value for k in RelationKind),
    "channel": tuple(c.value for c in Channel),
    "frequency": tuple(f.value for f in Frequency),
    "engagement_current": tuple(e.value for e in EngagementLevel),
    "engagement_desired": tuple(e.value for e in EngagementLevel),
    "participation": tuple(p.value for p in ParticipationLevel),
}
#: Name columns whose drop-down lists the stakeholders (or themes) of the sheet.
_REFERENCES = {
    "source": "stakeholders",
    "target": "stakeholders",
    "stakeholder_id": "stakeholders",
    "interest_id": "interests",
}
#: Stakeholder fields filled in from ``stakeholders``: who they are, no scores.
_GIVEN = ("name", "short_name", "category", "description")
#: Characters Excel does not allow in a sheet's name, and its longest name.
_FORBIDDEN_IN_SHEET = re.compile(r"[\[\]:*?/\\]")
_MAX_SHEET_TITLE = 31
_HEADER_FILL = "DDEBF7"
_PREFILLED_FILL = "F2F2F2"
_MIN_ROWS = 200


@dataclass
class _Lists:
    """The hidden sheet of drop-down values: one column per list."""

    title: str
    columns: list[tuple[str, list[str]]] = field(default_factory=list)

    def add(self, key: str, values: Sequence[str]) -> str:
        """Add a list and return its range as a formula for data validation."""
        from openpyxl.utils import get_column_letter, quote_sheetname

        for k, (name, vals) in enumerate(self.columns):
            if name == key:
                col = get_column_letter(k + 1)
                return f"{quote_sheetname(self.title)}!${col}$2:${col}${len(vals) + 1}"
        self.columns.append((key, list(values)))
        col = get_column_letter(len(self.columns))
        return (
            f"{quote_sheetname(self.title)}!${col}$2:${col}${max(len(values), 1) + 1}"
        )


def _rater_names(raters: int | Sequence[str] | None, lang: str) -> list[str]:
    if raters is None:
        return []
    if isinstance(raters, bool):
        msg = f"`raters` must be a number or a list of names, not {raters!r}."
        raise TypeError(msg)
    if isinstance(raters, int):
        if raters < 1:
            msg = f"`raters` must be at least 1, but {raters!r} was passed."
            raise ValueError(msg)
        return [i18n.text("tpl_participant", lang, n=k + 1) for k in range(raters)]
    if isinstance(raters, str):
        msg = (
            "`raters` must be a number or a list of names, but the text "
            f"{raters!r} was passed. Pass [{raters!r}] for one participant."
        )
        raise TypeError(msg)
    names = [str(r).strip() for r in raters]
    if any(not n for n in names) or len(set(names)) != len(names):
        msg = f"`raters` must hold distinct, non-empty names, but {names!r} was passed."
        raise ValueError(msg)
    return names


def _stakeholder_rows(
    stakeholders: StakeholderMap | Iterable[str | Stakeholder] | None,
) -> list[Stakeholder]:
    if stakeholders is None:
        return []
    if isinstance(stakeholders, StakeholderMap):
        return list(stakeholders.stakeholders)
    if isinstance(stakeholders, str):
        msg = (
            "`stakeholders` must be a map or a list of names or Stakeholders, but "
            f"the text {stakeholders!r} was passed."
        )
        raise TypeError(msg)
    out = [
        s
        if isinstance(s, Stakeholder)
        else Stakeholder.model_validate({"name": str(s)})
        for s in stakeholders
    ]
    names = [s.name for s in out]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        msg = f"`stakeholders` holds the same name more than once: {dupes}."
        raise ValueError(msg)
    return out


def _cell_value(s: Stakeholder, fld: str, lang: str) -> Any:
    value = getattr(s, fld)
    if value is None:
        return None
    if fld in _CHOICES:
        return i18n.label(str(value.value), lang)
    return value


def write_template(
    path: str | os.PathLike[str],
    *,
    lang: str = "nl",
    stakeholders: StakeholderMap | Iterable[str | Stakeholder] | None = None,
    raters: int | Sequence[str] | None = None,
    rater_sheets: bool = False,
    name: str | None = None,
    date: dt.date | str | None = None,
    scale: tuple[float, float] | Scale | None = None,
    rows: int = _MIN_ROWS,
) -> Path:
    """Write an Excel workbook to fill in during a stakeholder workshop.

    The workbook has the sheets :func:`~stakeholder_map.io.read` reads, with the
    headers it expects in Dutch or English: stakeholders (``actoren``),
    relations (``relaties``), themes (``themas``), stances (``standpunten``),
    assessments (``beoordelingen``) and ``meta`` (name, language, date, scale),
    plus an instruction sheet. Every choice column has a drop-down list (relation
    kind, channel, frequency, engagement and participation levels, yes/no, and the
    names of the stakeholders and themes, so relations and ratings name them
    exactly); category suggests common categories but accepts others; every score
    cell accepts only numbers on the scale (attitude -2..+2). Filled in and
    saved, the workbook reads back with ``skm.read(path)`` as it is.

    With ``raters``, each participant gets rows of their own in the assessments
    sheet: one per stakeholder, with the participant's name and the stakeholder
    filled in (filter the sheet on your name). Rows left empty are no ratings:
    the analyses skip them. With ``rater_sheets=True`` as well, each participant
    gets a sheet of their own instead, named after them ("beoordeling An",
    English "assessment An"), with the same columns, drop-down lists and score
    limits and a row per stakeholder; the reader takes the rater from the
    sheet's name.

    Parameters
    ----------
    path
        The workbook to write (``.xlsx``); an existing file is replaced
        atomically.
    lang
        Language of sheet names, headers, lists and instructions: ``"nl"``
        (default) or ``"en"``.
    stakeholders
        Stakeholders to fill in: a map (its stakeholders' names, short names,
        categories and descriptions, not their scores) or a list of names or
        :class:`~stakeholder_map.Stakeholder` objects.
    raters
        The participants: a number (named "Deelnemer 1", ...) or their names.
    rater_sheets
        One rating sheet per participant instead of their rows in the one
        assessments sheet (needs ``raters``). Sheet names keep to Excel's rules
        (at most 31 characters, no brackets, colon, asterisk, question mark or
        slash, unique); when a name had to be shortened or changed, the sheet's
        rater column holds the full name, which the reader then takes instead.
    name
        Name of the map; default the stakeholders' map's name or the file name.
    date
        Date of the workshop: written in ``meta`` and in the participants' rows.
    scale
        The rating scale ``(min, max)``; default the map's scale or 1..5.
    rows
        Rows per sheet that get drop-down lists and checks (at least the rows
        filled in plus 100).

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    ValueError
        When ``lang``, ``raters``, ``scale`` or ``path`` is not valid, or
        ``rater_sheets`` is asked for without ``raters``.
    TypeError
        When ``raters`` or ``stakeholders`` has the wrong type.

    See Also
    --------
    stakeholder_map.io.read : Read the filled-in workbook.
    stakeholder_map.analysis.aggregate : Consolidate the participants' ratings.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> import openpyxl
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.io.write_template(
    ...         Path(tmp) / "workshop.xlsx", stakeholders=smap, raters=3
    ...     )
    ...     back = skm.read(path)
    >>> len(back) == len(smap), sorted({a.rater for a in back.assessments})
    (True, ['Deelnemer 1', 'Deelnemer 2', 'Deelnemer 3'])

    One sheet per participant:

    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.io.write_template(
    ...         Path(tmp) / "workshop.xlsx",
    ...         stakeholders=smap,
    ...         raters=["An", "Bo"],
    ...         rater_sheets=True,
    ...     )
    ...     back = skm.read(path)
    ...     sheets = openpyxl.load_workbook(path).sheetnames
    >>> [s for s in sheets if s.startswith("beoordeling")]
    ['beoordeling An', 'beoordeling Bo']
    >>> sorted({a.rater for a in back.assessments})
    ['An', 'Bo']
    """
    if lang not in i18n.LANGUAGES:
        msg = f"`lang` must be one of {list(i18n.LANGUAGES)}, but {lang!r} was passed."
        raise ValueError(msg)
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        msg = (
            f"`path` must end in .xlsx (an Excel workbook), but {str(path)!r} was "
            "passed."
        )
        raise ValueError(msg)
    people = _stakeholder_rows(stakeholders)
    names = _rater_names(raters, lang)
    if rater_sheets and not names:
        msg = (
            "`rater_sheets=True` needs `raters`: the participants' names or their "
            "number, e.g. raters=['An', 'Bo'] or raters=5."
        )
        raise ValueError(msg)
    base = stakeholders if isinstance(stakeholders, StakeholderMap) else None
    sc = scale_from_arg(
        scale if scale is not None else (base.scale if base else Scale())
    )
    day = None if date is None else as_date(date, name="date")
    title = name or (base.name if base else target.stem)
    n_rows = max(int(rows), len(people) + 100, len(people) * len(names) + 100)
    wb = _workbook(
        lang=lang,
        people=people,
        raters=names,
        rater_sheets=bool(rater_sheets),
        title=title,
        day=day,
        scale=sc,
        n_rows=n_rows,
        file=target.name,
    )
    return atomic_write(target, lambda tmp: wb.save(tmp))


def _workbook(
    *,
    lang: str,
    people: list[Stakeholder],
    raters: list[str],
    rater_sheets: bool,
    title: str,
    day: dt.date | None,
    scale: Scale,
    n_rows: int,
    file: str,
) -> Any:
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = openpyxl.Workbook()
    guide = wb.active
    guide.title = i18n.text("tpl_guide_sheet", lang)
    sheet_names = i18n.SHEET_NAMES[lang]
    lists = _Lists(i18n.text("tpl_lists_sheet", lang))
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor=_HEADER_FILL)
    given_fill = PatternFill("solid", fgColor=_PREFILLED_FILL)
    categories = _categories(people, lang)
    per_rater = (
        _rater_sheets(raters, lang, taken=[guide.title, lists.title])
        if rater_sheets
        else []
    )
    sheets: list[tuple[str, str, list[list[Any]]]] = []
    for table, columns in TEMPLATE_COLUMNS.items():
        if table == "assessments" and per_rater:
            for sheet_title, rater in per_rater:
                # The sheet's name says who rated; the rater column holds the
                # name only when the sheet's name could not spell it exactly.
                named = rater if _rater_of_sheet(sheet_title) != rater else None
                rows = _rater_rows(columns, people=people, rater=named, day=day)
                sheets.append((table, sheet_title, rows))
            continue
        rows = _body(table, columns, people=people, raters=raters, day=day, lang=lang)
        sheets.append((table, sheet_names[table], rows))
    for table, sheet_title, body in sheets:
        columns = TEMPLATE_COLUMNS[table]
        ws = wb.create_sheet(sheet_title)
        heads = [header(table, fld, lang) for fld in columns]
        for c, text in enumerate(heads, start=1):
            cell = ws.cell(row=1, column=c, value=text)
            cell.font = bold
            cell.fill = head_fill
            ws.column_dimensions[cell.column_letter].width = max(12, len(text) + 4)
        ws.freeze_panes = "A2"
        for r, values in enumerate(body, start=2):
            for c, value in enumerate(values, start=1):
                if value is not None:
                    cell = ws.cell(row=r, column=c, value=value)
                    cell.fill = given_fill
                    if isinstance(value, dt.date):
                        cell.number_format = "yyyy-mm-dd"
        for fld in ("name", "description", "notes", "rationale"):
            if fld in columns:
                letter = ws.cell(row=1, column=columns.index(fld) + 1).column_letter
                ws.column_dimensions[letter].width = 36 if fld == "name" else 44
        _validate(
            ws,
            table,
            columns,
            lang=lang,
            lists=lists,
            sheet_names=sheet_names,
            categories=categories,
            raters=raters,
            scale=scale,
            n_rows=n_rows,
        )
    meta = wb.create_sheet(sheet_names["meta"])
    for r, row in enumerate(
        meta_rows(title, None, lang, day, scale, lang=lang), start=1
    ):
        for c, value in enumerate(row, start=1):
            cell = meta.cell(row=r, column=c, value=value)
            if r == 1:
                cell.font = bold
                cell.fill = head_fill
    meta.column_dimensions["A"].width = 16
    meta.column_dimensions["B"].width = 40
    _words_sheet(wb, lang=lang, lists=lists, bold=bold, fill=head_fill)
    _guide(
        guide,
        lang=lang,
        sheet_names=sheet_names,
        scale=scale,
        title=title,
        file=file,
        raters=raters,
        rater_sheets=[t for t, _ in per_rater],
    )
    guide.column_dimensions["A"].width = 110
    for row in guide.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    hidden = wb.create_sheet(lists.title)
    for c, (key, values) in enumerate(lists.columns, start=1):
        hidden.cell(row=1, column=c, value=key)
        for r, value in enumerate(values, start=2):
            hidden.cell(row=r, column=c, value=value)
    hidden.sheet_state = "hidden"
    wb.active = 0
    return wb


def _rater_sheets(
    raters: list[str], lang: str, *, taken: Sequence[str]
) -> list[tuple[str, str]]:
    """Name one sheet per rater, "beoordeling An": (sheet name, rater) pairs.

    Excel allows at most 31 characters, no brackets, colon, asterisk, question
    mark or (back)slash, no apostrophe at either end, and only names that differ
    in more than case.
    """
    used = {t.casefold() for t in taken}
    out = []
    for k, rater in enumerate(raters, start=1):
        clean = " ".join(_FORBIDDEN_IN_SHEET.sub("-", rater).split()) or str(k)
        base = i18n.text("tpl_rater_sheet", lang, name=clean)
        title = _sheet_title(base)
        n = 2
        while title.casefold() in used or _rater_of_sheet(title) is None:
            title = _sheet_title(base, suffix=f" ({n})")
            n += 1
        used.add(title.casefold())
        out.append((title, rater))
    return out


def _sheet_title(base: str, *, suffix: str = "") -> str:
    room = _MAX_SHEET_TITLE - len(suffix)
    return base[:room].rstrip(" '") + suffix


def _categories(people: list[Stakeholder], lang: str) -> list[str]:
    given = [s.category for s in people if s.category]
    suggested = [c.strip() for c in i18n.text("tpl_categories", lang).split(",")]
    return list(dict.fromkeys([*given, *suggested]))


def _body(
    table: str,
    columns: tuple[str, ...],
    *,
    people: list[Stakeholder],
    raters: list[str],
    day: dt.date | None,
    lang: str,
) -> list[list[Any]]:
    if table == "stakeholders":
        # Who they are, not how they were scored: the workshop rates afresh.
        return [
            [_cell_value(s, fld, lang) if fld in _GIVEN else None for fld in columns]
            for s in people
        ]
    if table == "assessments" and raters and people:
        return [
            row
            for rater in raters
            for row in _rater_rows(columns, people=people, rater=rater, day=day)
        ]
    return []


def _rater_rows(
    columns: tuple[str, ...],
    *,
    people: list[Stakeholder],
    rater: str | None,
    day: dt.date | None,
) -> list[list[Any]]:
    """One rater's assessment rows: a stakeholder each, the scores left empty."""
    out = []
    for s in people:
        given: dict[str, Any] = {"stakeholder_id": s.name, "rater": rater, "date": day}
        out.append([given.get(fld) for fld in columns])
    return out


def _validate(
    ws: Any,
    table: str,
    columns: tuple[str, ...],
    *,
    lang: str,
    lists: _Lists,
    sheet_names: dict[str, str],
    categories: list[str],
    raters: list[str],
    scale: Scale,
    n_rows: int,
) -> None:
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    last = n_rows + 1

    def add(fld: str, dv: DataValidation) -> None:
        col = get_column_letter(columns.index(fld) + 1)
        dv.add(f"{col}2:{col}{last}")
        dv.showInputMessage = True
        dv.showErrorMessage = True
        ws.add_data_validation(dv)

    def choice(fld: str, formula: str, *, strict: bool = True) -> None:
        dv = DataValidation(type="list", formula1=formula, allow_blank=True)
        dv.errorStyle = "stop" if strict else "warning"
        dv.errorTitle = i18n.text("tpl_choice_title", lang)
        dv.error = i18n.text("tpl_choice_error" if strict else "tpl_choice_warn", lang)
        dv.promptTitle = i18n.label(fld, lang)
        dv.prompt = i18n.text("tpl_choice_prompt", lang)
        add(fld, dv)

    def number(fld: str, lo: float, hi: float) -> None:
        dv = DataValidation(
            type="decimal",
            operator="between",
            formula1=f"{lo:g}",
            formula2=f"{hi:g}",
            allow_blank=True,
        )
        dv.errorTitle = i18n.text("tpl_number_title", lang)
        dv.error = i18n.text("tpl_number_error", lang, lo=lo, hi=hi)
        dv.promptTitle = i18n.label(fld, lang)
        dv.prompt = i18n.text(
            "tpl_attitude_prompt"
            if fld in ("attitude", "position")
            else "tpl_score_prompt",
            lang,
            lo=lo,
            hi=hi,
        )
        add(fld, dv)

    for fld in columns:
        if fld in _SCORES or fld == "weight":
            number(fld, scale.min, scale.max)
        elif fld in ("attitude", "position"):
            number(fld, -2, 2)
        elif fld == "confidence":
            number(fld, 0, 1)
        elif fld in _CHOICES:
            labels = [i18n.label(v, lang) for v in _CHOICES[fld]]
            choice(fld, lists.add(fld, labels))
        elif fld == "directed":
            choice(fld, lists.add(fld, i18n.text("tpl_yes_no", lang).split(",")))
        elif fld == "category":
            choice(fld, lists.add(fld, categories), strict=False)
        elif fld == "rater" and raters:
            choice(fld, lists.add(fld, raters), strict=False)
        elif fld in _REFERENCES:
            # The names typed on the stakeholders (or themes) sheet, so a
            # relation or a rating names them exactly as the reader expects.
            ref = sheet_names[_REFERENCES[fld]]
            formula = f"{quote_sheetname(ref)}!$A$2:$A${last}"
            choice(fld, formula)
        elif fld == "date":
            dv = DataValidation(
                type="date",
                operator="between",
                formula1="DATE(2000,1,1)",
                formula2="DATE(2100,12,31)",
                allow_blank=True,
            )
            dv.errorTitle = i18n.text("tpl_date_title", lang)
            dv.error = i18n.text("not_a_date", lang)
            add(fld, dv)


def _words_sheet(wb: Any, *, lang: str, lists: _Lists, bold: Any, fill: Any) -> None:
    """Add the empty sheet of one's own words, its kind of word a drop-down list."""
    from openpyxl.worksheet.datavalidation import DataValidation

    ws = wb.create_sheet(i18n.WORDS_SHEET["written"][lang])
    for c, text in enumerate(words_rows((), lang)[0], start=1):
        cell = ws.cell(row=1, column=c, value=text)
        cell.font = bold
        cell.fill = fill
        ws.column_dimensions[cell.column_letter].width = 24
    ws.freeze_panes = "A2"
    kinds = list(i18n.WORDS_SHEET["kinds_shown"][lang].values())
    dv = DataValidation(
        type="list", formula1=lists.add("words_kind", kinds), allow_blank=True
    )
    dv.errorTitle = i18n.text("tpl_choice_title", lang)
    dv.error = i18n.text("tpl_choice_error", lang)
    dv.add(f"A2:A{_MIN_ROWS + 1}")
    dv.showErrorMessage = True
    ws.add_data_validation(dv)


def _guide(
    ws: Any,
    *,
    lang: str,
    sheet_names: dict[str, str],
    scale: Scale,
    title: str,
    file: str,
    raters: list[str],
    rater_sheets: list[str],
) -> None:
    from openpyxl.styles import Font

    params = {
        "title": title,
        "file": file,
        "lo": scale.min,
        "hi": scale.max,
        "rater_sheets": ", ".join(f"'{t}'" for t in rater_sheets),
        "rater_sheet": i18n.text("tpl_rater_sheet", lang, name="..."),
        **{f"sheet_{k}": v for k, v in sheet_names.items()},
        "sheet_words": i18n.WORDS_SHEET["written"][lang],
    }
    guide_raters = "tpl_guide_raters"
    if rater_sheets:
        guide_raters = "tpl_guide_rater_sheets"
    elif not raters:
        guide_raters = "tpl_guide_assessments"
    keys = [
        "tpl_guide_title",
        "tpl_guide_read",
        "tpl_guide_stakeholders",
        "tpl_guide_scores",
        "tpl_guide_relations",
        "tpl_guide_themes",
        guide_raters,
        "tpl_guide_meta",
        "tpl_guide_words",
        "tpl_guide_lists",
        "tpl_guide_keep",
    ]
    for r, key in enumerate(keys, start=1):
        cell = ws.cell(row=r, column=1, value=i18n.text(key, lang, **params))
        if r == 1:
            cell.font = Font(bold=True, size=14)
