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

This module holds :func:`read` and :func:`write`, which choose the format; the
functions of each format live in :mod:`._sheets` (workbooks, CSV),
:mod:`._documents` (YAML, JSON), :mod:`._pandas` (DataFrames, JSON Schema) and
:mod:`.interop` (GraphML, GEXF, Kumu, node-link), with the checks they share in
:mod:`._args`. All of them are re-exported here.

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

from pathlib import Path
from typing import Any

from stakeholder_map import i18n
from stakeholder_map.io._args import PathLike, _check_read_args, _format, _unreadable
from stakeholder_map.io._documents import read_json, read_yaml, write_json, write_yaml
from stakeholder_map.io._limits import ReadLimits, check_file_size, using_limits
from stakeholder_map.io._pandas import from_dataframe, json_schema, to_dataframe
from stakeholder_map.io._pptx import read_pptx_ratings
from stakeholder_map.io._sheets import read_csv, read_excel, write_csv, write_excel
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
from stakeholder_map.models import StakeholderMap
from stakeholder_map.privacy import Profile, _redact_any

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
