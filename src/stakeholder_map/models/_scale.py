"""The rating scale of a map (:class:`Scale`).

Layer: models. May import pydantic, the standard library and the foundation
(``_types``, ``i18n``) and the modules of this package below it (``_attributes``,
``_base``); never pandas, networkx or matplotlib.
"""

from __future__ import annotations

from typing import Any, Self

from pydantic import BaseModel, Field, model_validator

from stakeholder_map.models._base import _CONFIG


class Scale(BaseModel):
    """The rating scale of a map: power, interest and the other scores live on it.

    Parameters
    ----------
    min
        The lowest point of the scale.
    max
        The highest point of the scale.
    labels
        Optional names of scale points, e.g. ``{1: "very low", 5: "very high"}``.

    Examples
    --------
    >>> scale = skm.Scale(min=0, max=10)
    >>> scale.midpoint
    5.0
    >>> skm.StakeholderMap(name="x", scale=(1, 10)).scale.max
    10.0
    """

    model_config = _CONFIG

    min: float = Field(default=1.0, allow_inf_nan=False, description="Lowest point.")
    max: float = Field(default=5.0, allow_inf_nan=False, description="Highest point.")
    labels: dict[int, str] | None = Field(
        default=None,
        description="Optional names of scale points, keyed by the point.",
    )

    @model_validator(mode="before")
    @classmethod
    def _from_pair(cls, data: Any) -> Any:
        if isinstance(data, list | tuple) and len(data) == 2:
            return {"min": data[0], "max": data[1]}
        return data

    @model_validator(mode="after")
    def _check_order(self) -> Self:
        if not self.min < self.max:
            msg = f"`min` must be below `max`, but the scale is {self.min}..{self.max}."
            raise ValueError(msg)
        for point in self.labels or {}:
            if not self.min <= point <= self.max:
                msg = (
                    f"Scale label point {point} lies outside the scale "
                    f"{self.min:g}..{self.max:g}."
                )
                raise ValueError(msg)
        return self

    @property
    def midpoint(self) -> float:
        """The middle of the scale, ``(min + max) / 2``.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> smap.scale.midpoint
        3.0
        """
        return (self.min + self.max) / 2

    def contains(self, value: float) -> bool:
        """Say whether ``value`` lies on the scale (ends included).

        Parameters
        ----------
        value
            The score to check.

        Returns
        -------
        bool
            True when ``min <= value <= max``.

        Examples
        --------
        >>> skm.Scale().contains(5), skm.Scale().contains(5.5)
        (True, False)
        """
        return self.min <= value <= self.max

    def rescale(self, value: float) -> float:
        """Map a score on this scale to 0..1.

        Parameters
        ----------
        value
            A score on the scale.

        Returns
        -------
        float
            ``(value - min) / (max - min)``.

        Examples
        --------
        >>> skm.Scale().rescale(4)
        0.75
        """
        return (value - self.min) / (self.max - self.min)
