"""Small example maps that ship with the package, so every example runs offline.

:func:`load_example` returns a validated :class:`~stakeholder_map.StakeholderMap`,
:func:`list_examples` names the bundled maps and :func:`example_path` gives the file,
e.g. to open it in an editor or to try a reader on it.
"""

from __future__ import annotations

import difflib
import functools
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from stakeholder_map.models import StakeholderMap

__all__ = ["example_path", "list_examples", "load_example"]

#: Suffix of the file every example is loaded from.
_SOURCE_SUFFIX = ".yaml"


def _data_dir() -> Traversable:
    return resources.files(__name__) / "data"


def _files() -> dict[str, list[str]]:
    """Map each example name to the suffixes it is bundled in."""
    out: dict[str, list[str]] = {}
    for entry in _data_dir().iterdir():
        name = entry.name
        if not entry.is_file() or name.startswith((".", "_")) or "." not in name:
            continue
        stem, _, ext = name.partition(".")
        out.setdefault(stem, []).append(f".{ext}")
    return {
        stem: sorted(suffixes)
        for stem, suffixes in out.items()
        if _SOURCE_SUFFIX in suffixes
    }


def _check_name(name: str) -> str:
    """Return the example's canonical name, or raise a ValueError that helps."""
    available = sorted(_files())
    if not isinstance(name, str):
        msg = f"`name` must be one of {available}, but {name!r} was passed."
        raise TypeError(msg)
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    key = key.removesuffix(_SOURCE_SUFFIX)
    if key in available:
        return key
    close = difflib.get_close_matches(key, available, n=1, cutoff=0.5)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    msg = f"`name` must be one of {available}, but {name!r} was passed.{hint}"
    raise ValueError(msg)


def list_examples() -> list[str]:
    """Return the names of the bundled example maps.

    Returns
    -------
    list of str
        The names, sorted; each one can be passed to :func:`load_example`.

    See Also
    --------
    load_example : Load one of them.

    Examples
    --------
    >>> skm.list_examples()
    ['community_centre', 'huis_van_het_kind']
    """
    return sorted(_files())


def example_path(name: str, *, suffix: str = ".yaml") -> Path:
    """Return the path of a bundled example file.

    Parameters
    ----------
    name
        The example, one of :func:`list_examples`.
    suffix
        The file format: ``".yaml"`` (every example has one) or another suffix the
        example is bundled in, such as ``".xlsx"``. The leading dot is optional.

    Returns
    -------
    pathlib.Path
        The file inside the installed package. Read it, but do not change it: copy
        it first.

    Raises
    ------
    ValueError
        When there is no such example, or it is not bundled with that suffix.

    See Also
    --------
    load_example : Load the example as a map.

    Examples
    --------
    >>> path = skm.datasets.example_path("huis_van_het_kind")
    >>> path.name
    'huis_van_het_kind.yaml'
    >>> path.is_file()
    True
    """
    key = _check_name(name)
    ext = suffix if suffix.startswith(".") else f".{suffix}"
    ext = ext.lower()
    suffixes = _files()[key]
    if ext not in suffixes:
        msg = (
            f"`suffix` must be one of {suffixes} for the example {key!r}, but "
            f"{suffix!r} was passed."
        )
        raise ValueError(msg)
    entry = _data_dir() / f"{key}{ext}"
    if not isinstance(entry, Path):  # pragma: no cover - e.g. a zipped install
        msg = (
            f"The example {key!r} is not a file on disk (the package is installed "
            "as an archive); use `load_example` instead."
        )
        raise TypeError(msg)
    return entry


def load_example(name: str) -> StakeholderMap:
    """Load a bundled example map.

    The examples are fictional but realistic, and need no network:

    ``"huis_van_het_kind"``
        A Flemish *Huis van het Kind* (local family-support partnership) in the
        fictional city of Vlasbeke, in Dutch: 38 stakeholders (two not yet
        scored), 94 relations, four themes from a community of practice
        (participation of parents, communication with citizens and with partners,
        stakeholder management), stakes, and 257 assessments by four raters in two
        workshops.
    ``"community_centre"``
        A small English map of a community centre refurbishment: 12 stakeholders,
        23 relations, two themes and assessments by three raters on two dates.

    Parameters
    ----------
    name
        The example, one of :func:`list_examples`. Case, hyphens and a ``.yaml``
        suffix are forgiven.

    Returns
    -------
    StakeholderMap
        The validated map.

    Raises
    ------
    ValueError
        When there is no such example; the message lists the available ones and
        suggests the closest name.

    See Also
    --------
    list_examples : The available names.
    example_path : The file behind an example.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> smap.name, smap.language.value, len(smap)
    ('Huis van het Kind Vlasbeke', 'nl', 38)
    >>> smap.get("ocmw").category
    'overheid'
    >>> sorted({a.rater for a in smap.assessments})
    ['Coördinator', 'Ouder', 'Partner CAW', 'Stafmedewerker']
    >>> len(skm.load_example("community_centre"))
    12
    """
    from stakeholder_map.models import StakeholderMap

    return StakeholderMap.model_validate(_read(_check_name(name)))


@functools.cache
def _read(key: str) -> dict[str, Any]:
    """Parse an example once; validation builds a new map from it on every call."""
    import yaml

    text = (_data_dir() / f"{key}{_SOURCE_SUFFIX}").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data: dict[str, Any] = yaml.load(text, Loader=loader)
    return data
