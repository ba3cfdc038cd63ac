"""Warnings of the public plots, issued at the line of the user's code.

A plot calls analyses, the label placer and other plots, each of which may warn
(stakeholders left out, labels without room). Wrapped in :func:`warns_at_caller`,
a plot re-issues every one of them as if raised where the user called it, so the
message points at their notebook cell, not inside this package.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from stakeholder_map.analysis._views import forward_warnings

__all__ = ["warns_at_caller"]

P = ParamSpec("P")
T = TypeVar("T")


def warns_at_caller(func: Callable[P, T]) -> Callable[P, T]:
    """Wrap a public plot so its warnings point at the caller's line.

    The wrapper calls ``func`` through
    :func:`~stakeholder_map.analysis._views.forward_warnings`, which records the
    warnings and re-issues them two frames up: past the wrapper, at the caller.
    Name, docstring and signature stay those of ``func``.
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        return forward_warnings(func, *args, **kwargs)

    return wrapper
