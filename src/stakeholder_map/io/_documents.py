"""YAML and JSON maps: ``read_yaml``, ``write_yaml``, ``read_json``, ``write_json``.

The public front of the text formats, with their documentation; the work is done
by :mod:`._text`. It may import that module, :mod:`._args` and the models
(re-exported by :mod:`stakeholder_map.io`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from stakeholder_map.io._args import PathLike, _check_read_args, _existing
from stakeholder_map.io._limits import ReadLimits, check_file_size, using_limits
from stakeholder_map.models import StakeholderMap

if TYPE_CHECKING:
    pass


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
