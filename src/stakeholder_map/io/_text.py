"""YAML and JSON: the map as pydantic dumps it, validated on the way back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from stakeholder_map import i18n
from stakeholder_map.exceptions import InputDataError
from stakeholder_map.io._atomic import atomic_write
from stakeholder_map.io._cells import field_kind
from stakeholder_map.io._parse import load_json, load_yaml, read_text_file
from stakeholder_map.io._tables import collections, translate_error
from stakeholder_map.io._wordsheet import add_word_rows
from stakeholder_map.models import Scale, StakeholderMap, collect_problems

__all__ = [
    "read_json_file",
    "read_yaml_file",
    "validate_document",
    "write_json_file",
    "write_yaml_file",
]


def _fail(path: Path, key: str, lang: str, /, **params: Any) -> InputDataError:
    problem = i18n.text(key, lang, **params)
    return InputDataError(
        [{"file": path.name, "problem": problem}], source=path.name, lang=lang
    )


def _found(data: Any) -> str:
    if isinstance(data, list):
        return f"a list of {len(data)} items"
    return f"{type(data).__name__} {data!r:.40}"


def _path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _kind_at(loc: tuple[Any, ...]) -> Any:
    models = collections()
    if len(loc) >= 3 and loc[0] in models and isinstance(loc[1], int):
        model = models[str(loc[0])]
        if loc[2] in model.model_fields:
            return field_kind(model, str(loc[2]))
    return None


def _cross_problems(data: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """Structured cross-object problems of a document whose rows are all valid."""
    parts = {
        coll: TypeAdapter(list[model]).validate_python(list(data.get(coll) or []))  # type: ignore[valid-type]
        for coll, model in collections().items()
    }
    scale = Scale.model_validate(data.get("scale", Scale()))
    out = []
    for p in collect_problems(scale=scale, **parts):  # type: ignore[arg-type]
        try:
            problem = i18n.text(p.key, lang, **p.params)
        except (KeyError, IndexError, ValueError):
            problem = p.problem
        out.append(
            {
                "column": _path((p.collection, p.index, p.field)),
                "value": p.value,
                "problem": problem,
            }
        )
    return out


def validate_document(
    data: Any, *, file: str | None, source: str | None, lang: str | None
) -> StakeholderMap:
    """Validate a parsed YAML/JSON document; every problem in one InputDataError.

    The ``column`` of a failure holds the path to the value, e.g.
    ``stakeholders[2].power``. With ``lang=None`` the messages are in the
    document's own ``language`` (English when it has none).
    """
    if lang is None:
        given = data.get("language") if isinstance(data, dict) else None
        lang = given if given in i18n.LANGUAGES else "en"
    if not isinstance(data, dict):
        problem = i18n.text("not_a_map", lang, found=_found(data))
        raise InputDataError(
            [{"file": file, "problem": problem}], source=source, lang=lang
        )
    rows = data.get("words")
    if not rows or not isinstance(rows, list | tuple):
        return _validate(data, file=file, source=source, lang=lang, failures=[])
    from stakeholder_map import vocabulary

    # The map's own words apply to this document only, as a words sheet does.
    with vocabulary.scope():
        failures = add_word_rows(rows, lang)
        return _validate(data, file=file, source=source, lang=lang, failures=failures)


def _validate(
    data: dict[str, Any],
    *,
    file: str | None,
    source: str | None,
    lang: str,
    failures: list[dict[str, Any]],
) -> StakeholderMap:
    try:
        smap = StakeholderMap.model_validate(data)
    except ValidationError as err:
        records: list[dict[str, Any]] = list(failures)
        for e in err.errors(include_url=False):
            loc = tuple(e["loc"])
            if not loc and e["type"] == "value_error":
                try:
                    records.extend(_cross_problems(data, lang))
                except ValidationError:
                    records.append({"problem": e["msg"]})
                continue
            value = None if e["type"] == "missing" else e.get("input")
            if isinstance(value, dict | list):
                value = None
            records.append(
                {
                    "column": _path(loc),
                    "value": value,
                    "problem": translate_error(
                        e, _kind_at(loc), lang=lang, scale=_scale_of(data)
                    ),
                }
            )
        for rec in records:
            rec["file"] = file
        raise InputDataError(records, source=source, lang=lang) from None
    if failures:
        for rec in failures:
            rec["file"] = file
        raise InputDataError(failures, source=source, lang=lang)
    return smap


def _scale_of(data: dict[str, Any]) -> Scale:
    try:
        return Scale.model_validate(data.get("scale", Scale()))
    except ValidationError:
        return Scale()


def _dump(smap: StakeholderMap) -> dict[str, Any]:
    data = smap.model_dump(mode="json", exclude_none=True)
    # Leave out empty attributes: most rows have none of the user's own.
    for rows in data.values():
        if isinstance(rows, list):
            for row in rows:
                if isinstance(row, dict) and not row.get("attributes", True):
                    del row["attributes"]
    if not data.get("attributes", True):
        del data["attributes"]
    return data


def read_json_file(path: Path, *, lang: str | None) -> StakeholderMap:
    """Read a JSON file; see :func:`stakeholder_map.io.read_json`."""
    doc_lang, lang = lang, lang or "en"
    text = read_text_file(path, lang)
    if not text.strip():
        raise _fail(path, "empty_file", lang)
    data = load_json(text, path, lang)
    return validate_document(data, file=path.name, source=path.name, lang=doc_lang)


def read_yaml_file(path: Path, *, lang: str | None) -> StakeholderMap:
    """Read a YAML file; see :func:`stakeholder_map.io.read_yaml`."""
    doc_lang, lang = lang, lang or "en"
    data = load_yaml(read_text_file(path, lang), path, lang)
    if data is None:
        raise _fail(path, "empty_file", lang)
    return validate_document(data, file=path.name, source=path.name, lang=doc_lang)


def _write_json(smap: StakeholderMap, tmp: Path) -> None:
    text = smap.model_dump_json(indent=2, exclude_none=True)
    tmp.write_text(text + "\n", encoding="utf-8")


def _write_yaml(smap: StakeholderMap, tmp: Path) -> None:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with tmp.open("w", encoding="utf-8") as f:
        yaml.dump(
            _dump(smap),
            f,
            Dumper=dumper,
            allow_unicode=True,
            sort_keys=False,
        )


def write_json_file(smap: StakeholderMap, path: Path) -> Path:
    """Write a JSON file; see :func:`stakeholder_map.io.write_json`."""
    return atomic_write(path, lambda tmp: _write_json(smap, tmp))


def write_yaml_file(smap: StakeholderMap, path: Path) -> Path:
    """Write a YAML file; see :func:`stakeholder_map.io.write_yaml`."""
    return atomic_write(path, lambda tmp: _write_yaml(smap, tmp))
