"""Read and write stakeholder maps: Excel, CSV, YAML, JSON and pandas DataFrames.

:func:`read` and :func:`write` pick the format from the file's suffix
(``.xlsx``, ``.csv``, ``.yaml``/``.yml``, ``.json``); each format also has its own
pair of functions. Every reader returns a validated
:class:`~stakeholder_map.StakeholderMap` or raises one
:class:`~stakeholder_map.exceptions.InputDataError` that lists every problem of
the input at once, with the file, sheet, row, column and value of each, in English
or Dutch (``lang="nl"``).

Spreadsheets may be written in English or Dutch: sheet names (``stakeholders`` or
``actoren``, ``relations`` or ``relaties``, ...), column headers (``power`` or
``macht``, ...) and words in cells (``high``/``hoog``, ``newsletter``/
``nieuwsbrief``, ``yes``/``ja``) are recognised regardless of case and accents.

Writes are atomic: a file is written next to its target and then moved into
place, so a failed write never leaves a half-written file behind.

pandas, openpyxl and PyYAML are imported only when a function needs them.

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> smap = skm.load_example("huis_van_het_kind")
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = skm.io.write(smap, Path(tmp) / "kaart.xlsx")
...     skm.io.read(path) == smap
True
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stakeholder_map import i18n
from stakeholder_map.exceptions import InputDataError
from stakeholder_map.io._limits import ReadLimits, check_file_size, using_limits
from stakeholder_map.io._pptx import read_pptx_ratings
from stakeholder_map.io.interop import (
    _format_of,
    _read_interop,
    _write_interop,
    read_gexf,
    read_graphml,
    read_kumu,
    read_network_excel,
    read_node_link,
    write_gexf,
    write_graphml,
    write_kumu,
    write_network_excel,
    write_node_link,
)
from stakeholder_map.io.template import write_template
from stakeholder_map.models import Scale, StakeholderMap
from stakeholder_map.privacy import Profile, _redact_any

if TYPE_CHECKING:
    import datetime as dt

    import pandas as pd

__all__ = [
    "ReadLimits",
    "from_dataframe",
    "json_schema",
    "read",
    "read_csv",
    "read_excel",
    "read_gexf",
    "read_graphml",
    "read_json",
    "read_kumu",
    "read_network_excel",
    "read_node_link",
    "read_pptx_ratings",
    "read_yaml",
    "to_dataframe",
    "write",
    "write_csv",
    "write_excel",
    "write_gexf",
    "write_graphml",
    "write_json",
    "write_kumu",
    "write_network_excel",
    "write_node_link",
    "write_template",
    "write_yaml",
]

PathLike = str | os.PathLike[str]

_SUFFIXES = {
    ".xlsx": "excel",
    ".xlsm": "excel",
    ".csv": "csv",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
}


def _check(name: str, value: Any, choices: tuple[str, ...]) -> None:
    if value not in choices:
        msg = i18n.text(
            "bad_argument",
            "en",
            name=name,
            choices=list(choices),
            value=value,
        )
        raise ValueError(msg)


def _check_read_args(unknown_columns: str, lang: str | None) -> None:
    _check("unknown_columns", unknown_columns, ("keep", "ignore"))
    if lang is not None:
        _check("lang", lang, i18n.LANGUAGES)


def _format(path: Path, lang: str, *, reading: bool) -> str:
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        problem = i18n.text("unknown_suffix", lang, path=str(path))
        if reading:
            raise InputDataError(
                [{"file": path.name, "problem": problem}], source=path.name, lang=lang
            )
        raise ValueError(problem)
    return fmt


def _existing(path: PathLike, lang: str | None) -> Path:
    p = Path(path)
    if not p.is_file():
        lang = lang or "en"
        problem = i18n.text("file_not_found", lang, path=str(p))
        raise InputDataError(
            [{"file": p.name, "problem": problem}], source=p.name, lang=lang
        )
    return p


def _write_lang(smap: StakeholderMap, lang: str | None) -> str:
    out = str(smap.language.value) if lang is None else lang
    _check("lang", out, i18n.LANGUAGES)
    return out


# --------------------------------------------------------------------------------
# Dispatch
# --------------------------------------------------------------------------------


def read(
    path: PathLike,
    *,
    relations: PathLike | None = None,
    unknown_columns: str = "keep",
    lang: str | None = None,
    limits: ReadLimits | None = None,
    **kwargs: Any,
) -> StakeholderMap:
    """Read a stakeholder map from Excel, CSV, YAML or JSON, chosen by suffix.

    The suffix picks the reader: ``.xlsx`` :func:`read_excel`, ``.csv``
    :func:`read_csv`, ``.yaml``/``.yml`` :func:`read_yaml`, ``.json``
    :func:`read_json`. A workbook, CSV or JSON file laid out for Kumu (an
    ``Elements``/``Connections`` workbook, an elements or connections CSV, a
    blueprint or project export) is recognised by its content and read with
    :func:`read_kumu`. Every reader checks the whole input and reports every
    problem at once.

    Parameters
    ----------
    path
        The file to read.
    relations
        CSV only: the file with the relations. By default a file named
        ``relations.csv`` (or ``relaties.csv``) in the same folder is used when
        there is one.
    unknown_columns
        ``"error"`` (default) to report columns the reader does not know, with a
        suggestion for likely typos; ``"ignore"`` to skip them.
    lang
        Language of the error messages: ``"en"`` or ``"nl"``.
    limits
        The largest file, sheet, cell and nesting accepted; see
        :class:`ReadLimits`. None (default) uses ``ReadLimits()``.
    **kwargs
        Passed to the format's reader, e.g. ``scale=(0, 10)`` for a CSV file.

    Returns
    -------
    StakeholderMap
        The validated map.

    Raises
    ------
    InputDataError
        When the file is missing, unreadable, of an unknown format, or holds bad
        data. Its ``failures`` DataFrame lists every problem.
    ValueError
        When ``relations`` is given for a file that is not CSV, or an argument is
        not one of its allowed values.

    See Also
    --------
    write : The inverse: write a map in the format of the suffix.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.write(smap, Path(tmp) / "kaart.yaml")
    ...     skm.read(path) == smap
    True
    """
    _check_read_args(unknown_columns, lang)
    if limits is not None and not isinstance(limits, ReadLimits):
        msg = f"`limits` must be a ReadLimits, got {type(limits).__name__}."
        raise TypeError(msg)
    p = Path(path)
    try:
        with using_limits(limits):
            return _read_dispatch(
                p,
                relations=relations,
                unknown_columns=unknown_columns,
                lang=lang,
                **kwargs,
            )
    except (
        RecursionError,
        MemoryError,
        UnicodeDecodeError,
        TypeError,
        AttributeError,
        IndexError,
        KeyError,
        OverflowError,
        SyntaxError,  # xml.etree ParseError
        EOFError,
        OSError,
    ) as err:
        # A last line of defence: a parser's own exception from a broken or
        # hostile file becomes one InputDataError that names the file.
        raise _unreadable(p, err, lang or "en") from err


def _unreadable(path: Path, err: BaseException, lang: str) -> InputDataError:
    """Return the InputDataError for a file a parser failed on with ``err``."""
    detail = str(err)[:200] or type(err).__name__
    if isinstance(err, RecursionError):
        detail = "nested too deeply"
    elif isinstance(err, MemoryError):
        detail = "too large to read"
    problem = i18n.text(
        "file_unreadable",
        lang,
        kind=type(err).__name__,
        detail=detail,
        fmt=path.suffix.lstrip(".").upper() or "?",
    )
    return InputDataError(
        [{"file": path.name, "problem": problem}], source=path.name, lang=lang
    )


def _is_kumu(path: Path, fmt: str, lang: str) -> bool:
    """Say whether a plain .xlsx, .csv or .json file is laid out for Kumu.

    A workbook without a stakeholders sheet whose first row follows Kumu's rule
    (``Label`` in A1, or ``From`` and ``To`` in A1 and B1, each possibly after an
    ``ID`` column), a CSV file whose first row does, or JSON holding
    ``elements`` or ``connections`` and no ``stakeholders``.
    """
    from stakeholder_map.io import _kumufile

    if fmt == "excel":
        return _kumufile.looks_like_kumu_workbook(path, lang)
    if fmt == "csv":
        return _kumufile.looks_like_kumu_csv(path)
    if fmt == "json":
        return _kumufile.looks_like_kumu_json(path, lang)
    return False


def _read_dispatch(
    p: Path,
    *,
    relations: PathLike | None,
    unknown_columns: str,
    lang: str | None,
    **kwargs: Any,
) -> StakeholderMap:
    """Read ``p`` with the reader its suffix picks (the body of :func:`read`)."""
    check_file_size(p, lang or "en")
    interop = _format_of(p)
    if interop is not None:  # .graphml, .gexf, .kumu.json, ... (io.interop)
        return _read_interop(p, interop, lang=lang or "en")
    fmt = _format(p, lang or "en", reading=True)
    if relations is None and _is_kumu(p, fmt, lang or "en"):
        return read_kumu(p, lang=lang or "en")
    if relations is not None and fmt != "csv":
        raise ValueError(i18n.text("relations_csv_only", "en", path=str(p)))
    if fmt == "excel":
        return read_excel(p, unknown_columns=unknown_columns, lang=lang, **kwargs)
    if fmt == "csv":
        return read_csv(
            p,
            relations=relations,
            unknown_columns=unknown_columns,
            lang=lang,
            **kwargs,
        )
    if fmt == "yaml":
        return read_yaml(p, lang=lang, **kwargs)
    return read_json(p, lang=lang, **kwargs)


def write(
    smap: StakeholderMap,
    path: PathLike,
    *,
    lang: str | None = None,
    profile: Profile | None = None,
    **kwargs: Any,
) -> Path:
    """Write a stakeholder map as Excel, CSV, YAML or JSON, chosen by suffix.

    The suffix picks the writer: ``.xlsx`` :func:`write_excel`, ``.csv``
    :func:`write_csv`, ``.yaml``/``.yml`` :func:`write_yaml`, ``.json``
    :func:`write_json`. The write is atomic: an existing file is replaced only once
    the new one is complete.

    Parameters
    ----------
    smap
        The map to write.
    path
        The file to write.
    lang
        Language of sheet names, headers and words in Excel and CSV files:
        ``"en"`` or ``"nl"``. None (default) uses the map's ``language``.
        YAML and JSON always use the model's English field names.
    profile
        Privacy profile applied before writing: ``"internal"`` (nothing
        removed), ``"cop"`` or ``"public"``; see
        :func:`stakeholder_map.privacy.redact`. None (default) is
        ``"internal"``, except for Kumu files (``.kumu.xlsx``, ``.kumu.json``),
        which default to ``"cop"`` (no contacts or notes), as
        :func:`write_kumu` does: public Kumu projects are indexed by search
        engines.
    **kwargs
        Passed to the format's writer, e.g. ``relations=`` for CSV.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    ValueError
        When the suffix is not one of the known formats.

    See Also
    --------
    read : The inverse: read a map in the format of the suffix.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.write(smap, Path(tmp) / "kaart.xlsx", lang="nl")
    ...     path.name
    'kaart.xlsx'
    """
    p = Path(path)
    interop = _format_of(p)
    if interop is not None:  # .graphml, .gexf, .kumu.json, ... (io.interop)
        return _write_interop(smap, p, interop, lang=lang, profile=profile, **kwargs)
    smap = _redact_any(smap, profile or "internal")
    fmt = _format(p, "en", reading=False)
    if fmt == "excel":
        return write_excel(smap, p, lang=lang, **kwargs)
    if fmt == "csv":
        return write_csv(smap, p, lang=lang, **kwargs)
    if fmt == "yaml":
        return write_yaml(smap, p, **kwargs)
    return write_json(smap, p, **kwargs)


# --------------------------------------------------------------------------------
# Excel
# --------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------
# CSV
# --------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------
# YAML and JSON
# --------------------------------------------------------------------------------


def read_yaml(
    path: PathLike, *, lang: str | None = None, limits: ReadLimits | None = None
) -> StakeholderMap:
    r"""Read a stakeholder map from a YAML file.

    The file holds the map as :func:`write_yaml` writes it: the model's fields,
    with the stakeholders and other tables as lists of mappings.

    Parameters
    ----------
    path
        The YAML file.
    lang
        Language of the error messages: ``"en"`` or ``"nl"``.
    limits
        The largest file, sheet, cell and nesting accepted; see
        :class:`ReadLimits`. None (default) uses ``ReadLimits()``.

    Returns
    -------
    StakeholderMap
        The validated map.

    Raises
    ------
    InputDataError
        When the file is missing, is not valid YAML, does not hold a mapping, or
        holds bad data. The ``column`` of each problem is the path to the value,
        such as ``stakeholders[2].power``.

    See Also
    --------
    write_yaml : The inverse.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp) / "kaart.yaml"
    ...     _ = path.write_text(
    ...         "name: Demo\nstakeholders:\n- name: OCMW\n  power: 6\n",
    ...         encoding="utf-8",
    ...     )
    ...     skm.io.read_yaml(path)
    Traceback (most recent call last):
    ...
    stakeholder_map.exceptions.InputDataError: kaart.yaml has 1 problem:
      column 'stakeholders[0].power' (value 6.0): `power` must lie on the map's
    scale 1..5, but is 6.
    """
    _check_read_args("keep", lang)
    from stakeholder_map.io._text import read_yaml_file

    p = _existing(path, lang)
    with using_limits(limits):
        check_file_size(p, lang or "en")
        return read_yaml_file(p, lang=lang)


def write_yaml(smap: StakeholderMap, path: PathLike) -> Path:
    """Write a stakeholder map to a YAML file.

    The file holds ``smap.model_dump(mode="json", exclude_none=True)``, with
    unicode kept as is and the fields in the model's order. The write is atomic.

    Parameters
    ----------
    smap
        The map to write.
    path
        The YAML file to write.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    OSError
        When the folder does not exist or cannot be written to; an existing file
        is then left as it was.

    See Also
    --------
    read_yaml : The inverse: ``read_yaml(write_yaml(smap, path)) == smap``.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> smap = skm.StakeholderMap(
    ...     name="Demo", stakeholders=[skm.Stakeholder(name="Ouders", power=2)]
    ... )
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.io.write_yaml(smap, Path(tmp) / "kaart.yaml")
    ...     print(path.read_text(encoding="utf-8"))
    name: Demo
    scale:
      min: 1.0
      max: 5.0
    language: en
    stakeholders:
    - id: ouders
      name: Ouders
      tags: []
      power: 2.0
    relations: []
    ...
    """
    from stakeholder_map.io._text import write_yaml_file

    return write_yaml_file(smap, Path(path))


def read_json(
    path: PathLike, *, lang: str | None = None, limits: ReadLimits | None = None
) -> StakeholderMap:
    """Read a stakeholder map from a JSON file.

    Parameters
    ----------
    path
        The JSON file, as :func:`write_json` writes it.
    lang
        Language of the error messages: ``"en"`` or ``"nl"``.
    limits
        The largest file, sheet, cell and nesting accepted; see
        :class:`ReadLimits`. None (default) uses ``ReadLimits()``.

    Returns
    -------
    StakeholderMap
        The validated map.

    Raises
    ------
    InputDataError
        When the file is missing, is not valid JSON, does not hold an object, or
        holds bad data. The ``column`` of each problem is the path to the value.

    See Also
    --------
    write_json : The inverse.
    json_schema : The JSON Schema such files follow.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp) / "kaart.json"
    ...     _ = path.write_text('{"name": "Demo", "stakeholders": [{"name": "CLB"}]}')
    ...     skm.io.read_json(path).ids
    ('clb',)
    """
    _check_read_args("keep", lang)
    from stakeholder_map.io._text import read_json_file

    p = _existing(path, lang)
    with using_limits(limits):
        check_file_size(p, lang or "en")
        return read_json_file(p, lang=lang)


def write_json(smap: StakeholderMap, path: PathLike) -> Path:
    """Write a stakeholder map to a JSON file.

    The file holds ``smap.model_dump_json(indent=2, exclude_none=True)`` in UTF-8.
    The write is atomic.

    Parameters
    ----------
    smap
        The map to write.
    path
        The JSON file to write.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    OSError
        When the folder does not exist or cannot be written to; an existing file
        is then left as it was.

    See Also
    --------
    read_json : The inverse: ``read_json(write_json(smap, path)) == smap``.

    Examples
    --------
    >>> import json
    >>> import tempfile
    >>> from pathlib import Path
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.io.write_json(smap, Path(tmp) / "kaart.json")
    ...     data = json.loads(path.read_text(encoding="utf-8"))
    >>> data["stakeholders"][0]["id"] == smap.stakeholders[0].id
    True
    """
    from stakeholder_map.io._text import write_json_file

    return write_json_file(smap, Path(path))


# --------------------------------------------------------------------------------
# DataFrames and schema
# --------------------------------------------------------------------------------


def from_dataframe(
    df: pd.DataFrame,
    *,
    relations: pd.DataFrame | None = None,
    name: str = "Stakeholder map",
    scale: Scale | tuple[float, float] = (1, 5),
    unknown_columns: str = "keep",
    description: str | None = None,
    language: str | None = None,
    date: dt.date | None = None,
    tables: Mapping[str, pd.DataFrame] | None = None,
    lang: str | None = None,
) -> StakeholderMap:
    """Build a stakeholder map from DataFrames, one row per stakeholder.

    Columns are the :class:`~stakeholder_map.Stakeholder` field names (``id``,
    ``name``, ``power``, ...) or any of their English or Dutch aliases
    (``naam``, ``macht``, ...); an index with a name (such as ``stakeholder_id``,
    the index :func:`to_dataframe` writes) counts as a column. Cells are read as in
    :func:`read_excel`: words, decimal commas and missing values (NaN, None) are
    fine.

    Parameters
    ----------
    df
        The stakeholders.
    relations
        The relations, with ``source`` and ``target`` columns (ids or names).
    name
        The map's name.
    scale
        The map's scale as ``(min, max)`` or a :class:`~stakeholder_map.Scale`.
    unknown_columns
        ``"error"`` (default) or ``"ignore"``, for columns the reader does not
        know (such as analysis results joined to the frame).
    description
        What the map is for.
    language
        The map's language, ``"en"`` or ``"nl"``; by default guessed from the
        column names.
    date
        The map's date.
    tables
        More tables by name: ``interests``, ``stakes``, ``assessments``,
        ``interactions``, ``communication``, ``segments``.
    lang
        Language of the error messages: ``"en"`` or ``"nl"``.

    Returns
    -------
    StakeholderMap
        The validated map.

    Raises
    ------
    InputDataError
        Listing every problem at once. Rows are numbered as in a spreadsheet
        written from the frame: the header is row 1, the frame's first row is
        row 2. The ``sheet`` is the table's name.
    ValueError
        When ``scale``, ``tables`` or another argument is not valid.

    See Also
    --------
    to_dataframe : The inverse.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame(
    ...     {"naam": ["OCMW", "CLB"], "macht": ["hoog", 2], "belang": [4, "3,5"]}
    ... )
    >>> rel = pd.DataFrame({"van": ["OCMW"], "naar": ["CLB"], "soort": ["advies"]})
    >>> smap = skm.from_dataframe(df, relations=rel, name="Demo")
    >>> smap.get("ocmw").power, smap.relations[0].kind
    (5.0, <RelationKind.ADVICE: 'advice'>)
    >>> skm.to_dataframe(smap)[["name", "power", "interest"]]
                    name  power  interest
    stakeholder_id
    ocmw            OCMW    5.0       4.0
    clb              CLB    2.0       3.5
    """
    _check_read_args(unknown_columns, lang)
    if language is not None:
        _check("language", language, i18n.LANGUAGES)
    from stakeholder_map.io._frames import frame_to_map

    meta = {
        "name": name,
        "description": description,
        "language": language,
        "date": date,
    }
    return frame_to_map(
        df,
        relations=relations,
        tables=tables,
        meta=meta,
        scale=scale,
        unknown_columns=unknown_columns,
        lang=lang,
    )


def to_dataframe(smap: StakeholderMap, *, table: str = "stakeholders") -> pd.DataFrame:
    """Return one table of a map as a DataFrame: by default, the stakeholders.

    The stakeholders come one row per stakeholder, indexed by ``stakeholder_id``,
    with every other :class:`~stakeholder_map.Stakeholder` field as a column:
    scores as floats (NaN when not assessed), choices as categoricals (ordered
    for engagement, participation and frequency), tags joined by ``"; "``, dates
    as datetimes. Other tables keep a plain index and all their fields.

    Parameters
    ----------
    smap
        The map.
    table
        The table: ``"stakeholders"`` (default), ``"relations"``,
        ``"interests"``, ``"stakes"``, ``"assessments"``, ``"interactions"``,
        ``"communication"`` or ``"segments"``.

    Returns
    -------
    pandas.DataFrame
        The table.

    Raises
    ------
    ValueError
        When ``table`` is not a table of the map.

    See Also
    --------
    from_dataframe : The inverse.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.to_dataframe(smap)
    >>> df.index.name, df.loc["ocmw", "category"]
    ('stakeholder_id', 'overheid')
    >>> back = skm.from_dataframe(
    ...     df,
    ...     relations=skm.to_dataframe(smap, table="relations"),
    ...     name=smap.name,
    ...     scale=smap.scale,
    ... )
    >>> back.stakeholders == smap.stakeholders
    True
    """
    from stakeholder_map.io._frames import map_to_frame
    from stakeholder_map.io._tables import collections

    _check("table", table, tuple(collections()))
    return map_to_frame(smap, table)


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of a stakeholder map file (YAML or JSON).

    Every field's description is in the schema; fields holding personal data are
    marked ``"personal_data": true``. The schema is committed to the repository
    as ``schema/stakeholder_map.schema.json``.

    Returns
    -------
    dict
        ``StakeholderMap.model_json_schema()``.

    See Also
    --------
    read_json : Reads files that follow the schema.

    Examples
    --------
    >>> schema = skm.json_schema()
    >>> schema["title"], "stakeholders" in schema["properties"]
    ('StakeholderMap', True)
    """
    return StakeholderMap.model_json_schema()
