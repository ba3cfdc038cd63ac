"""Workbooks and CSV: ``read_excel``, ``write_excel``, ``read_csv``, ``write_csv``.

The public front of the spreadsheet formats, with their documentation; the work is
done by :mod:`._excel` and :mod:`._csv`. It may import those modules,
:mod:`._args` and the models (re-exported by :mod:`stakeholder_map.io`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from stakeholder_map.io._args import PathLike, _check_read_args, _existing, _write_lang
from stakeholder_map.io._limits import ReadLimits, check_file_size, using_limits
from stakeholder_map.models import Scale, StakeholderMap

if TYPE_CHECKING:
    pass


def read_excel(
    path: PathLike,
    *,
    unknown_columns: str = "keep",
    lang: str | None = None,
    limits: ReadLimits | None = None,
) -> StakeholderMap:
    """Read a stakeholder map from an Excel workbook (.xlsx).

    One sheet per table; only the stakeholders sheet is required. Sheet names and
    column headers may be English or Dutch, in any case and with or without
    accents:

    ==============  ===============  ==========================================
    sheet           Dutch            holds
    ==============  ===============  ==========================================
    stakeholders    actoren          one row per stakeholder (``name`` needed)
    relations       relaties         ``source`` → ``target`` (van → naar)
    interests       themas           themes (``name``)
    stakes          standpunten      a stakeholder's position on a theme
    assessments     beoordelingen    one rater's scores for a stakeholder
    interactions    contacten        logged contacts
    communication   communicatie     the communication plan
    segments        doelgroepen      target groups
    meta            meta             key/value rows: name, description,
                                     language, date, scale_min, scale_max,
                                     scale_label_<point>
    ==============  ===============  ==========================================

    Cells are read leniently: scores take numbers (also stored as text, with a
    decimal comma: ``"3,5"``) or the words low/medium/high (laag/gemiddeld/hoog)
    for the scale's minimum, midpoint and maximum; attitudes take words such as
    "supportive" or "eerder tegen"; choices (relation kind, channel, frequency,
    engagement and participation levels) take their values or their English or
    Dutch labels; yes/no also ja/nee; dates are date cells, ISO text or day-first
    text (15/03/2026). Empty cells and empty rows are skipped. Tags split on ``;``
    (or ``,`` when there is no ``;``). Relations, stakes, assessments and the
    other tables may name a stakeholder by id, name or short name. A stakeholder
    without an id gets one derived from its name.

    Parameters
    ----------
    path
        The workbook.
    unknown_columns
        ``"error"`` (default) or ``"ignore"``: what to do with columns (and meta
        keys) the reader does not know, and with filled columns without a header.
    lang
        Language of the error messages: ``"en"`` or ``"nl"``.
    limits
        The largest file, sheet, cell and nesting accepted; see
        :class:`ReadLimits`. None (default) uses ``ReadLimits()``.

    Returns
    -------
    StakeholderMap
        The validated map. Without a ``meta`` sheet its name is the file's stem,
        its scale 1..5 and its language guessed from the sheet names and headers.

    Raises
    ------
    InputDataError
        Listing every problem of the workbook at once: unreadable file, missing
        stakeholders sheet, unknown or missing columns, cells that cannot be read,
        unknown or ambiguous references, scores outside the scale, duplicates.
        Rows are numbered as Excel shows them (the header is row 1).

    See Also
    --------
    write_excel : The inverse.

    Notes
    -----
    Ratings may also come one sheet per rater, as
    :func:`~stakeholder_map.io.write_template` writes them with
    ``rater_sheets=True``: a sheet named like the assessments sheet followed by
    the rater's name (``beoordeling An``, ``Assessment - Bo``, ``scores_Cas``)
    is read as assessments whose rater is that name wherever the rater column is
    absent or empty; its problems name that sheet. Any number of such sheets may
    sit next to the assessments sheet.

    Sheets with other names are ignored (with a warning when the name is close to
    a known one, such as ``relaites``). Formulas are read as the values Excel last
    computed.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.io.write_excel(smap, Path(tmp) / "kaart.xlsx")
    ...     skm.io.read_excel(path) == smap
    True
    """
    _check_read_args(unknown_columns, lang)
    from stakeholder_map.io._excel import read_excel_file

    p = _existing(path, lang)
    with using_limits(limits):
        check_file_size(p, lang or "en")
        return read_excel_file(p, unknown_columns=unknown_columns, lang=lang)


def write_excel(
    smap: StakeholderMap, path: PathLike, *, lang: str | None = None
) -> Path:
    """Write a stakeholder map to an Excel workbook (.xlsx).

    Writes one sheet per table (also the empty ones, so the workbook is a template
    to fill in) and a ``meta`` sheet with the map's name, description, language,
    date and scale. Headers are bold and frozen. Choices are written as their
    values in English and as their labels in Dutch (``Nieuwsbrief``). The write
    is atomic.

    Parameters
    ----------
    smap
        The map to write.
    path
        The workbook to write.
    lang
        Language of sheet names, headers and choice labels: ``"en"`` or ``"nl"``.
        None (default) uses the map's ``language``.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    ValueError
        When ``lang`` is not ``"en"`` or ``"nl"``.

    See Also
    --------
    read_excel : The inverse: ``read_excel(write_excel(smap, path)) == smap``.

    Notes
    -----
    Excel keeps numbers to about 15 significant digits and dates from 1900 on;
    within those limits the round trip is lossless. Empty text reads back as a
    missing value.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.io.write_excel(smap, Path(tmp) / "kaart.xlsx", lang="nl")
    ...     import openpyxl
    ...
    ...     openpyxl.load_workbook(path).sheetnames[:3]
    ['actoren', 'relaties', 'soorten']
    """
    from stakeholder_map.io._excel import write_excel_file

    return write_excel_file(smap, Path(path), lang=_write_lang(smap, lang))


def read_csv(
    path: PathLike,
    *,
    relations: PathLike | None = None,
    name: str | None = None,
    scale: Scale | tuple[float, float] | None = None,
    unknown_columns: str = "keep",
    lang: str | None = None,
    limits: ReadLimits | None = None,
) -> StakeholderMap:
    r"""Read a stakeholder map from a CSV file (and its relations file).

    The file holds the stakeholder table, with headers as in the stakeholders
    sheet of :func:`read_excel` and cells read the same way. The relations come
    from ``relations`` or, when it is not given, from a file named
    ``relations.csv`` (or ``relaties.csv``) in the same folder, if there is one.
    The delimiter (``,``, ``;`` as in Dutch Excel exports, or a tab) is detected
    from the header line; a UTF-8 byte order mark is skipped, UTF-16 with a byte
    order mark (Excel's "Unicode text") is understood, and other files that are
    not UTF-8 are read as Windows-1252 (older Excel versions). A workbook saved
    under a .csv name is recognised and reported.

    Parameters
    ----------
    path
        The stakeholder table.
    relations
        The relations table; by default ``relations.csv`` next to ``path``.
    name
        The map's name; by default the file's stem.
    scale
        The map's scale as ``(min, max)``; by default 1..5.
    unknown_columns
        ``"error"`` (default) or ``"ignore"``.
    lang
        Language of the error messages: ``"en"`` or ``"nl"``.
    limits
        The largest file, sheet, cell and nesting accepted; see
        :class:`ReadLimits`. None (default) uses ``ReadLimits()``.

    Returns
    -------
    StakeholderMap
        The validated map; its language is guessed from the headers.

    Raises
    ------
    InputDataError
        Listing every problem of both files at once. Rows are numbered as a
        spreadsheet shows them (the header is row 1); the ``sheet`` of a problem
        is the file's stem, as Excel names the sheet of an opened CSV file.
    ValueError
        When ``scale`` is not a valid scale.

    See Also
    --------
    write_csv : The inverse, for the stakeholders and relations.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp) / "actoren.csv"
    ...     _ = path.write_text(
    ...         "naam;macht;belang\nOCMW;hoog;4\nCLB;3,5;laag\n", encoding="utf-8"
    ...     )
    ...     smap = skm.io.read_csv(path)
    >>> [(s.id, s.power, s.interest) for s in smap]
    [('ocmw', 5.0, 4.0), ('clb', 3.5, 1.0)]
    >>> smap.language
    <Language.NL: 'nl'>

    Every problem is reported at once, here in Dutch:

    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp) / "actoren.csv"
    ...     _ = path.write_text("naam;macht\nOCMW;veel te veel\nCLB;7\n")
    ...     skm.io.read_csv(path, lang="nl")
    Traceback (most recent call last):
    ...
    stakeholder_map.exceptions.InputDataError: actoren.csv bevat 2 fouten:
      blad 'actoren', rij 2, kolom 'macht' (waarde 'veel te veel'): Verwacht een
    getal op de schaal 1..5 of een van de woorden 'laag', 'gemiddeld', 'hoog'.
      blad 'actoren', rij 3, kolom 'macht' (waarde '7'): `macht` moet op de schaal
    1..5 van de kaart liggen, maar is 7.
    """
    _check_read_args(unknown_columns, lang)
    from stakeholder_map.io._csv import read_csv_file

    p = _existing(path, lang)
    with using_limits(limits):
        check_file_size(p, lang or "en")
        return read_csv_file(
            p,
            relations=None if relations is None else Path(relations),
            name=name,
            scale=scale,
            unknown_columns=unknown_columns,
            lang=lang,
        )


def write_csv(
    smap: StakeholderMap,
    path: PathLike,
    *,
    relations: PathLike | None = None,
    lang: str | None = None,
) -> Path:
    """Write the stakeholder table to a CSV file and the relations next to it.

    The relations go to ``relations`` or, by default, to ``relations.csv``
    (``relaties.csv`` in Dutch) in the same folder, so that :func:`read_csv`
    finds them. English files use ``,`` and a decimal point; Dutch files use ``;``
    and a decimal comma, as Dutch Excel expects. Files are UTF-8 with a byte order
    mark, so Excel shows accents correctly. Each file is written atomically.

    Parameters
    ----------
    smap
        The map to write.
    path
        The stakeholder table to write.
    relations
        The relations table to write; by default ``relations.csv`` next to
        ``path``.
    lang
        Language of headers and words: ``"en"`` or ``"nl"``. None (default) uses
        the map's ``language``.

    Returns
    -------
    pathlib.Path
        The stakeholder table written.

    Raises
    ------
    ValueError
        When ``relations`` is the same file as ``path``, or ``lang`` is unknown.

    Warns
    -----
    StakeholderMapWarning
        When the map has themes, stakes, assessments or other tables, which a CSV
        pair cannot hold, or a scale other than 1..5.

    See Also
    --------
    read_csv : The inverse, for the stakeholders and relations.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> smap = skm.StakeholderMap(
    ...     name="Demo",
    ...     stakeholders=[
    ...         skm.Stakeholder(name="OCMW", power=5, interest=3.5),
    ...         skm.Stakeholder(name="CLB", power=2, tags=["onderwijs", "zorg"]),
    ...     ],
    ...     relations=[skm.Relation(source="ocmw", target="clb", kind="funding")],
    ... )
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.io.write_csv(smap, Path(tmp) / "actoren.csv", lang="nl")
    ...     print(path.read_text(encoding="utf-8-sig").splitlines()[1][:40])
    ...     back = skm.io.read_csv(path, name="Demo")
    ocmw;OCMW;;;;;;5;3,5;;;;;;;;;;;
    >>> back.stakeholders == smap.stakeholders, back.relations == smap.relations
    (True, True)
    """
    from stakeholder_map.io._csv import write_csv_file

    return write_csv_file(
        smap,
        Path(path),
        relations=None if relations is None else Path(relations),
        lang=_write_lang(smap, lang),
    )
