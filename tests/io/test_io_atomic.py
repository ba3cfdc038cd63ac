"""Writes are atomic: a failed write leaves the old file and no temporary file."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

import stakeholder_map as skm
from stakeholder_map.io import _excel, _text
from stakeholder_map.io._atomic import atomic_write


class Boom(RuntimeError):
    pass


def _half_then_fail(path: Path, *_: Any, **__: Any) -> None:
    with Path(path).open("wb") as f:
        f.write(b"half a file")
    raise Boom


@pytest.fixture
def smap() -> skm.StakeholderMap:
    return skm.StakeholderMap(
        name="Oud", stakeholders=[skm.Stakeholder(name="A", power=2)]
    )


@pytest.mark.parametrize("suffix", [".xlsx", ".json", ".yaml", ".csv"])
def test_failed_write_keeps_the_old_file(
    tmp_path: Path, smap: skm.StakeholderMap, suffix: str, monkeypatch: Any
) -> None:
    target = skm.write(smap, tmp_path / f"kaart{suffix}")
    before = target.read_bytes()
    if suffix == ".xlsx":
        monkeypatch.setattr(_excel, "_save", lambda wb, path: _half_then_fail(path))
    elif suffix == ".json":
        monkeypatch.setattr(_text, "_write_json", lambda m, path: _half_then_fail(path))
    elif suffix == ".yaml":
        import yaml

        def dump(data: Any, stream: Any, **kwargs: Any) -> None:
            stream.write("name: half")
            raise Boom

        monkeypatch.setattr(yaml, "dump", dump)
    else:
        import csv

        class Writer:
            def __init__(self, f: Any, **kwargs: Any) -> None:
                self.f = f

            def writerow(self, row: Any) -> None:
                self.f.write("half,")

            def writerows(self, rows: Any) -> None:
                raise Boom

        monkeypatch.setattr(csv, "writer", Writer)
    new = smap.model_copy(update={"name": "Nieuw"})
    with pytest.raises(Boom):
        skm.write(new, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [target.name] + (["relations.csv"] if suffix == ".csv" else [])
    )
    monkeypatch.undo()
    assert skm.read(target).name == ("kaart" if suffix == ".csv" else "Oud")


def test_atomic_write_replaces_and_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    atomic_write(target, lambda p: p.write_text("new", encoding="utf-8"))
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = atomic_write(tmp_path / "b.txt", lambda p: p.write_text("x"))
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_missing_folder_raises_and_leaves_nothing(
    tmp_path: Path, smap: skm.StakeholderMap
) -> None:
    with pytest.raises(FileNotFoundError):
        skm.write(smap, tmp_path / "nope" / "kaart.json")
    assert list(tmp_path.iterdir()) == []
