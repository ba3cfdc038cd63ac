"""Reading a date given as a date, a datetime or ISO text, with one clear error."""

from __future__ import annotations

import datetime as dt

__all__ = ["as_date"]


def as_date(value: dt.date | str, *, name: str, hint: str = "") -> dt.date:
    """Return ``value`` as a date; ISO text such as ``"2026-03-15"`` is accepted.

    ``name`` is the parameter the value came from and ``hint`` an optional
    remark for the message, e.g. ``" (or None for each rater's latest scores)"``.

    Examples
    --------
    >>> from stakeholder_map._dates import as_date
    >>> as_date("2026-03-15", name="date")
    datetime.date(2026, 3, 15)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as err:
        msg = (
            f"`{name}` must be a date such as '2026-03-15'{hint}, but {value!r} "
            "was passed."
        )
        raise ValueError(msg) from err
