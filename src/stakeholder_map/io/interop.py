"""Exchange maps with network tools: Gephi, Kumu, d3/networkx and spreadsheets.

GraphML and GEXF (Gephi, yEd, Cytoscape), node-link JSON (d3, networkx) and
Kumu's blueprint JSON and Elements/Connections workbook, each with a reader and a
writer, plus a plain nodes/edges workbook. :func:`stakeholder_map.io.read` and
:func:`stakeholder_map.io.write` pick them by suffix: ``.graphml``, ``.gexf``,
``.kumu.json``, ``.kumu.xlsx``, ``.nodelink.json`` and ``.network.xlsx``.

GraphML, GEXF and node-link files keep the whole map; the two-table formats keep
stakeholders and relations (a warning names what they leave out). Every writer
takes ``profile=`` (see :mod:`stakeholder_map.privacy`) and writes atomically. XML
is parsed safely: document type declarations and entities are refused.

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> smap = skm.load_example("huis_van_het_kind")
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = skm.io.write_graphml(smap, Path(tmp) / "kaart.graphml")
...     skm.io.read(path) == smap
True
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from stakeholder_map.io._graphfiles import (
    read_gexf_file,
    read_graphml_file,
    read_node_link_file,
    write_gexf_file,
    write_graphml_file,
    write_node_link_file,
)
from stakeholder_map.io._kumu import (
    KUMU,
    NETWORK,
    _warn_dropped,
    read_two_sheet_file,
    write_two_sheet_file,
)
from stakeholder_map.io._kumu_write import write_kumu_json, write_kumu_workbook
from stakeholder_map.io._kumufile import read_kumu_files
from stakeholder_map.privacy import Profile, _redact_any

if TYPE_CHECKING:
    from collections.abc import Sequence

    from stakeholder_map.models import StakeholderMap

__all__ = [
    "INTEROP_SUFFIXES",
    "read_gexf",
    "read_graphml",
    "read_kumu",
    "read_network_excel",
    "read_node_link",
    "write_gexf",
    "write_graphml",
    "write_kumu",
    "write_network_excel",
    "write_node_link",
]

PathLike = str | os.PathLike[str]

#: File name endings and the format they stand for, longest first.
INTEROP_SUFFIXES: dict[str, str] = {
    ".nodelink.json": "node_link",
    ".network.xlsx": "network_excel",
    ".kumu.json": "kumu",
    ".kumu.xlsx": "kumu",
    ".graphml": "graphml",
    ".gexf": "gexf",
}


def _format_of(path: PathLike) -> str | None:
    """Return the interop format a file name stands for, or None."""
    name = Path(path).name.lower()
    for suffix, fmt in INTEROP_SUFFIXES.items():
        if name.endswith(suffix):
            return fmt
    return None


def _check_lang(lang: str) -> None:
    if lang not in ("en", "nl"):
        msg = f"`lang` must be one of ['en', 'nl'], but {lang!r} was passed."
        raise ValueError(msg)


def write_graphml(
    smap: StakeholderMap, path: PathLike, *, profile: Profile = "internal"
) -> Path:
    """Write a map as GraphML, for Gephi, yEd or Cytoscape.

    Stakeholders are nodes (with ``label`` set to the name, which the tools
    show), relations are edges. Every field and every attribute of one's own
    gets a ``<key>`` with its ``attr.name`` and an ``attr.type`` that fits all
    its values (``boolean``, ``int``, ``long``, ``double`` or ``string``); the
    output is valid against the GraphML 1.0 schema. The rest of the map (and a
    table that types values written as text, such as lists) is one JSON graph
    attribute, so :func:`read_graphml` gives the same map back.

    Parameters
    ----------
    smap
        The stakeholder map.
    path
        The ``.graphml`` file to write (atomically).
    profile
        Privacy profile applied first: ``"internal"``, ``"cop"`` or ``"public"``.

    Returns
    -------
    pathlib.Path
        The path written.

    See Also
    --------
    read_graphml : The inverse.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.io.write_graphml(smap, Path(tmp) / "kaart.graphml")
    ...     skm.io.read_graphml(path) == smap
    True
    """
    return write_graphml_file(_redact_any(smap, profile), Path(path))


def read_graphml(path: PathLike, *, lang: str = "en") -> StakeholderMap:
    """Read a map from GraphML, safely.

    Inverts :func:`write_graphml`. GraphML from other tools (yEd, Gephi,
    networkx) works too: keys are read by their ``attr.name`` and ``attr.type``;
    a node's ``label`` (or yEd's node label) becomes its name, attributes named
    like a field fill it, and the others become the stakeholder's or relation's
    own attributes. yEd's drawing data is left aside.

    Parameters
    ----------
    path
        The file to read.
    lang
        Language of error messages, ``"en"`` or ``"nl"``.

    Returns
    -------
    StakeholderMap
        The validated map.

    Raises
    ------
    InputDataError
        When the file is missing, is not GraphML, declares a document type or
        entities (refused: no entity expansion), or does not make a valid map.

    See Also
    --------
    write_graphml : The inverse.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp) / "a.graphml"
    ...     _ = path.write_text(
    ...         '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
    ...         '<graph edgedefault="directed"><node id="ocmw"/><node id="clb"/>'
    ...         '<edge source="ocmw" target="clb"/></graph></graphml>'
    ...     )
    ...     skm.io.read_graphml(path).ids
    ('ocmw', 'clb')
    """
    _check_lang(lang)
    return read_graphml_file(Path(path), lang=lang)


def write_gexf(
    smap: StakeholderMap,
    path: PathLike,
    *,
    profile: Profile = "internal",
    version: str = "1.3",
) -> Path:
    """Write a map as GEXF, Gephi's own format (1.3 by default).

    Nodes carry the name as ``label``; edges carry the kind as ``label`` (and,
    in GEXF 1.3, as ``kind``, which lets Gephi keep parallel edges apart) and the
    weight as ``weight``. Every field and every attribute of one's own is
    declared in ``<attributes class="node">`` / ``class="edge"`` with its type
    (``boolean``, ``integer``, ``long``, ``double`` or ``string``) and given
    in ``<attvalues>``. The rest of the map travels in ``meta/description``,
    so :func:`read_gexf` gives the same map back.

    Parameters
    ----------
    smap
        The stakeholder map.
    path
        The ``.gexf`` file to write (atomically).
    profile
        Privacy profile applied first.
    version
        ``"1.3"`` (Gephi 0.9.3 and later) or ``"1.2draft"`` (older tools).

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    ValueError
        When ``version`` is neither ``"1.3"`` nor ``"1.2draft"``.

    See Also
    --------
    read_gexf : The inverse.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.io.write_gexf(smap, Path(tmp) / "kaart.gexf")
    ...     skm.io.read_gexf(path) == smap
    True
    """
    if version not in ("1.3", "1.2draft"):
        msg = (
            f"`version` must be one of ['1.3', '1.2draft'], but {version!r} was passed."
        )
        raise ValueError(msg)
    return write_gexf_file(_redact_any(smap, profile), Path(path), version=version)


def read_gexf(path: PathLike, *, lang: str = "en") -> StakeholderMap:
    """Read a map from GEXF 1.1draft, 1.2draft or 1.3, safely.

    Inverts :func:`write_gexf`. Files that Gephi wrote work too: a node's
    ``label`` is its name, attributes titled like a stakeholder or relation
    field (in any case) fill that field, and every other attribute becomes one
    of the stakeholder's (or relation's) own, typed by its declaration; an
    edge's ``weight``, ``kind`` and ``type`` (undirected) are kept. Drawing data
    (``viz:`` colour, position, size) is left aside.

    Parameters
    ----------
    path
        The file to read.
    lang
        Language of error messages.

    Returns
    -------
    StakeholderMap
        The validated map.

    Raises
    ------
    InputDataError
        As :func:`read_graphml`.

    See Also
    --------
    write_gexf : The inverse.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.io.write_gexf(smap, Path(tmp) / "kaart.gexf")
    ...     len(skm.io.read_gexf(path).relations)
    94
    """
    _check_lang(lang)
    return read_gexf_file(Path(path), lang=lang)


def write_node_link(
    smap: StakeholderMap, path: PathLike, *, profile: Profile = "internal"
) -> Path:
    """Write a map as node-link JSON (d3.js; networkx ``node_link_data``).

    Parameters
    ----------
    smap
        The stakeholder map.
    path
        The JSON file to write (atomically).
    profile
        Privacy profile applied first.

    Returns
    -------
    pathlib.Path
        The path written.

    See Also
    --------
    read_node_link : The inverse.

    Examples
    --------
    >>> import json, tempfile
    >>> from pathlib import Path
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.io.write_node_link(smap, Path(tmp) / "kaart.nodelink.json")
    ...     data = json.loads(path.read_text(encoding="utf-8"))
    ...     sorted(data)[:3], data["nodes"][0]["id"]
    (['directed', 'graph', 'links'], 'huis_van_het_kind')
    """
    return write_node_link_file(_redact_any(smap, profile), Path(path))


def read_node_link(path: PathLike, *, lang: str = "en") -> StakeholderMap:
    """Read a map from node-link JSON (``links`` or ``edges``).

    Parameters
    ----------
    path
        The file to read.
    lang
        Language of error messages.

    Returns
    -------
    StakeholderMap
        The validated map.

    Raises
    ------
    InputDataError
        When the file is missing or not node-link JSON, or its data does not make
        a valid map.

    See Also
    --------
    write_node_link : The inverse.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = skm.io.write_node_link(smap, Path(tmp) / "kaart.nodelink.json")
    ...     skm.io.read_node_link(path) == smap
    True
    """
    _check_lang(lang)
    return read_node_link_file(Path(path), lang=lang)


def write_kumu(
    smap: StakeholderMap,
    path: PathLike,
    *,
    profile: Profile = "cop",
    lang: str | None = None,
) -> Path:
    """Write a map for Kumu: a workbook (``.xlsx``) or a blueprint (``.json``).

    The workbook has an ``Elements`` and a ``Connections`` sheet, laid out as
    Kumu's import expects. Elements are the stakeholders: ``ID``, ``Label`` (the
    name), ``Type`` (the category), ``Description``, ``Tags`` (separated by
    ``|``), then our other fields under Title Case headers (Dutch ones for a
    Dutch map, such as ``Macht``) and the custom attributes under their own
    names. Connections are the relations: ``From`` and ``To`` hold the elements'
    IDs (Kumu matches them against the IDs once elements have them), ``Type`` is
    the kind, ``Direction`` is ``directed``, ``undirected`` or ``mutual``,
    ``Strength`` the weight and ``Description`` the notes.

    Kumu IDs have no underscores (Kumu's search cannot select elements whose ID
    has one): ``huis_van_het_kind`` becomes ``huis-van-het-kind``, and where an
    ID differs from our id, our id is kept in a ``Stakeholder ID`` (``Actor-ID``)
    or ``Relation ID`` (``Relatie-ID``) column, so :func:`read_kumu` gives the
    same ids back. Only stakeholders and relations fit: a
    :class:`~stakeholder_map.exceptions.StakeholderMapWarning` names the parts
    left out. Workbook cells that could run as a formula are marked as text.

    Parameters
    ----------
    smap
        The stakeholder map.
    path
        A ``.xlsx`` or ``.json`` file (atomically written).
    profile
        Privacy profile applied first. The default is ``"cop"``, which drops
        contacts and notes and pseudonymises people (see
        :func:`stakeholder_map.privacy.redact`): public Kumu projects are
        indexed by search engines. Pass ``"internal"`` to keep everything, for
        a private project.
    lang
        Language of the headers of our own fields, of the built-in relation
        kinds and of the warning; by default the map's ``language``.

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    ValueError
        When the suffix is neither ``.json`` nor ``.xlsx``.

    See Also
    --------
    read_kumu : The inverse (for stakeholders and relations).

    Notes
    -----
    A relation that is not directed is written ``undirected``; one whose custom
    attribute ``Mutual`` is true is written ``mutual`` (the attribute is how
    :func:`read_kumu` keeps Kumu's ``mutual`` apart from ``undirected``). A text
    holding ``|`` is split into several values by Kumu, as by :func:`read_kumu`.

    .. versionchanged:: 0.2
       IDs without underscores, ``From``/``To`` by ID, Title Case headers, and
       ``profile="cop"`` by default.

    Examples
    --------
    >>> import json, tempfile, warnings
    >>> from pathlib import Path
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     path = skm.io.write_kumu(smap, Path(tmp) / "kaart.kumu.json")
    ...     data = json.loads(path.read_text(encoding="utf-8"))
    >>> data["elements"][0]["id"], data["elements"][0]["Actor-ID"]
    ('huis-van-het-kind', 'huis_van_het_kind')
    >>> sorted(data["connections"][0])[:4]
    ['Frequentie', 'Teken', 'description', 'direction']
    >>> any("Contactpersoon" in e for e in data["elements"])  # profile "cop"
    False
    """
    lang = str(smap.language.value) if lang is None else lang
    _check_lang(lang)
    shared = _redact_any(smap, profile)
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in (".json", ".xlsx"):
        msg = f"`path` must end in .json or .xlsx for Kumu, but {p.name!r} was passed."
        raise ValueError(msg)
    _warn_dropped(shared, KUMU, lang)
    if suffix == ".json":
        return write_kumu_json(shared, p, lang=lang)
    return write_kumu_workbook(shared, p, lang=lang)


def read_kumu(
    path: PathLike | Sequence[PathLike], *, lang: str = "en"
) -> StakeholderMap:
    r"""Read a map from Kumu: a workbook, CSV files or a JSON blueprint or export.

    Follows Kumu's own import rules. Sheets (and CSV files) are found by their
    headers, whatever their names: ``Label`` makes a sheet of elements, ``From``
    and ``To`` one of connections; sheets named ``... (ignore)`` are skipped and
    two blank rows start a new table. An element is known by its ``ID`` or else
    by its ``Label`` and ``Type`` (rows that repeat one are one element, the
    later row winning). ``From`` and ``To`` hold IDs or labels, several of them
    separated by ``|`` (one connection each); a name without an element row
    becomes a stakeholder with that name, as Kumu creates it, and a note says
    which. Every connection row is a connection: exact repeats get an id from
    their row (``row-7``), so they stay parallel relations.

    Kumu's fields map onto ours: ``Label`` to the name, ``Type`` to the category
    (of a connection: the kind, kept as written), ``Description`` to the
    description (of a connection: the notes), ``Tags`` to the tags,
    ``Direction`` to ``directed`` (``mutual`` also sets the custom attribute
    ``Mutual``), ``Strength`` to the weight when it is a number on the scale.
    In JSON, ``"reversed": true`` turns a connection around. Our own fields are
    read from their English or Dutch headers (``Power``, ``Macht``; the map's
    ``language`` is Dutch when the Dutch ones are there); every other column is
    kept as a custom attribute, a cell with ``|`` as a list.

    Parameters
    ----------
    path
        The file to read, or several (for instance an elements CSV and a
        connections CSV): ``.xlsx``, ``.csv`` or ``.json``.
    lang
        Language of messages.

    Returns
    -------
    StakeholderMap
        The validated map, named after the (first) file.

    Raises
    ------
    InputDataError
        When a file is missing or unreadable, has no sheet with Kumu's headers,
        or its rows do not make a valid map; every problem is listed with its
        file, sheet, row and column.

    Warns
    -----
    InputNoteWarning
        When connections name elements without a row, which were created.

    See Also
    --------
    write_kumu : The inverse.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp) / "elements.csv"
    ...     _ = path.write_text(
    ...         "Label,Type,Tags,Budget\nOCMW,Overheid,armoede|zorg,1200\n"
    ...         "Kind en Gezin,Agentschap,,\n",
    ...         encoding="utf-8",
    ...     )
    ...     smap = skm.io.read_kumu(path)
    >>> smap.ids, smap.get("ocmw").tags, smap.get("ocmw").attributes
    (('ocmw', 'kind_en_gezin'), ('armoede', 'zorg'), {'Budget': 1200})
    """
    _check_lang(lang)
    paths = (
        [Path(path)] if isinstance(path, str | os.PathLike) else [Path(p) for p in path]
    )
    return read_kumu_files(paths, lang=lang)


def write_network_excel(
    smap: StakeholderMap,
    path: PathLike,
    *,
    profile: Profile = "internal",
    lang: str | None = None,
) -> Path:
    """Write a plain two-sheet workbook, ``nodes`` and ``edges``.

    The layout of Gephi's spreadsheet import and of most network tools: nodes
    with ``Id``, ``Label`` and ``Category`` and the other fields; edges with
    ``Source``, ``Target``, ``Type`` (Directed or Undirected), ``Kind``,
    ``Weight`` and the other fields. Only stakeholders and relations fit (a
    warning names what is left out); text that could run as a formula is marked
    as text.

    Parameters
    ----------
    smap
        The stakeholder map.
    path
        The ``.xlsx`` file to write (atomically).
    profile
        Privacy profile applied first.
    lang
        Language of the warning; by default the map's ``language``.

    Returns
    -------
    pathlib.Path
        The path written.

    See Also
    --------
    read_network_excel : The inverse.

    Examples
    --------
    >>> import tempfile, warnings
    >>> from pathlib import Path
    >>> import openpyxl
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     path = skm.io.write_network_excel(smap, Path(tmp) / "netwerk.xlsx")
    ...     openpyxl.load_workbook(path).sheetnames
    ['nodes', 'edges']
    """
    lang = str(smap.language.value) if lang is None else lang
    _check_lang(lang)
    return write_two_sheet_file(
        _redact_any(smap, profile), Path(path), spec=NETWORK, lang=lang
    )


def read_network_excel(path: PathLike, *, lang: str = "en") -> StakeholderMap:
    """Read a two-sheet ``nodes``/``edges`` workbook.

    Parameters
    ----------
    path
        The file to read.
    lang
        Language of messages.

    Returns
    -------
    StakeholderMap
        The validated map, named after the file.

    Raises
    ------
    InputDataError
        As :func:`read_kumu`.

    See Also
    --------
    write_network_excel : The inverse.

    Examples
    --------
    >>> import tempfile, warnings
    >>> from pathlib import Path
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     path = skm.io.write_network_excel(smap, Path(tmp) / "netwerk.xlsx")
    ...     skm.io.read_network_excel(path).relations == smap.relations
    True
    """
    _check_lang(lang)
    return read_two_sheet_file(Path(path), spec=NETWORK, lang=lang)


_READERS = {
    "graphml": read_graphml,
    "gexf": read_gexf,
    "node_link": read_node_link,
    "kumu": read_kumu,
    "network_excel": read_network_excel,
}
_WRITERS = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "node_link": write_node_link,
}


def _read_interop(path: Path, fmt: str, *, lang: str) -> StakeholderMap:
    """Read a file in one of the interop formats (used by ``io.read``)."""
    return _READERS[fmt](path, lang=lang)


def _write_interop(
    smap: StakeholderMap,
    path: Path,
    fmt: str,
    *,
    lang: str | None,
    profile: Profile | None = None,
) -> Path:
    """Write a file in one of the interop formats (used by ``io.write``).

    ``profile=None`` is each writer's default: ``"cop"`` for Kumu, else
    ``"internal"``.
    """
    if fmt == "kumu":
        return write_kumu(smap, path, profile=profile or "cop", lang=lang)
    profile = profile or "internal"
    if fmt == "network_excel":
        return write_network_excel(smap, path, profile=profile, lang=lang)
    return _WRITERS[fmt](smap, path, profile=profile)
