"""Atomic file writes: a temporary file in the same folder, then ``os.replace``."""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

__all__ = ["atomic_write"]


def atomic_write(path: Path, write: Callable[[Path], None]) -> Path:
    """Write a file so that readers see the old file or the new one, never half.

    ``write`` fills a temporary file next to ``path`` (same folder, so the final
    :func:`os.replace` is atomic). On any failure the temporary file is removed and
    an existing ``path`` is left untouched. A replaced file keeps its permissions;
    a new one gets the usual permissions (``0o666`` minus the umask).
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    os.close(fd)
    done = False
    try:
        write(tmp)
        with tmp.open("rb+") as f:
            os.fsync(f.fileno())
        if path.exists():
            shutil.copymode(path, tmp)
        tmp.replace(path)
        done = True
    finally:
        if not done:
            tmp.unlink(missing_ok=True)
    return path
