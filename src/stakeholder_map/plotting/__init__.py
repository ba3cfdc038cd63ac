"""Plots: the power/interest grid, themes for slides and print, overlap-free labels.

Every plot takes a :class:`~stakeholder_map.StakeholderMap` or the DataFrame of the
matching analysis, draws on one Axes and returns it; nothing is shown, saved or
printed, and importing changes no rcParams. Every label goes through
:func:`place_labels`, so no label overlaps another label, a marker or a title.

Examples
--------
>>> smap = skm.load_example("huis_van_het_kind")
>>> with skm.plotting.theme("slides"):
...     ax = skm.plotting.plot_power_interest(smap)
"""

from stakeholder_map.plotting.communication import (
    CHANNEL_PALETTE,
    REPRESENTATION_PALETTE,
    plot_channel_matrix,
    plot_engagement_status,
    plot_representation,
)
from stakeholder_map.plotting.compare import plot_compare_many
from stakeholder_map.plotting.grid import PowerInterestGrid, plot_power_interest
from stakeholder_map.plotting.labels import (
    LabelPlacement,
    OverlapReport,
    label_overlaps,
    place_labels,
)
from stakeholder_map.plotting.raters import plot_rater_agreement, plot_rating_spread
from stakeholder_map.plotting.themes import (
    ATTITUDE_PALETTE,
    CATEGORICAL_PALETTE,
    NOT_ASSESSED_COLOR,
    QUADRANT_PALETTE,
    theme,
    theme_params,
)
from stakeholder_map.plotting.timeline import plot_history, plot_movement

__all__ = [
    "ATTITUDE_PALETTE",
    "CATEGORICAL_PALETTE",
    "CHANNEL_PALETTE",
    "NOT_ASSESSED_COLOR",
    "QUADRANT_PALETTE",
    "REPRESENTATION_PALETTE",
    "LabelPlacement",
    "OverlapReport",
    "PowerInterestGrid",
    "label_overlaps",
    "place_labels",
    "plot_channel_matrix",
    "plot_compare_many",
    "plot_engagement_status",
    "plot_history",
    "plot_movement",
    "plot_power_interest",
    "plot_rater_agreement",
    "plot_rating_spread",
    "plot_representation",
    "theme",
    "theme_params",
]
