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

from stakeholder_map.plotting.attitude import plot_attitude_grid
from stakeholder_map.plotting.communication import (
    CHANNEL_PALETTE,
    REPRESENTATION_PALETTE,
    plot_channel_matrix,
    plot_engagement_status,
    plot_representation,
)
from stakeholder_map.plotting.compare import plot_compare_many
from stakeholder_map.plotting.engagement import plot_engagement_matrix
from stakeholder_map.plotting.flow import plot_information_flow
from stakeholder_map.plotting.grid import PowerInterestGrid, plot_power_interest
from stakeholder_map.plotting.interactive import (
    InteractiveNetwork,
    interactive_network,
)
from stakeholder_map.plotting.labels import (
    LabelPlacement,
    OverlapReport,
    label_overlaps,
    place_labels,
)
from stakeholder_map.plotting.network import (
    plot_influence_gap,
    plot_network,
    save_network_views,
)
from stakeholder_map.plotting.onion import plot_onion
from stakeholder_map.plotting.overview import plot_overview, save_views
from stakeholder_map.plotting.priority import plot_priority
from stakeholder_map.plotting.raters import plot_rater_agreement, plot_rating_spread
from stakeholder_map.plotting.salience import plot_salience, plot_stakeholder_cube
from stakeholder_map.plotting.support import plot_support_balance
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
    "InteractiveNetwork",
    "LabelPlacement",
    "OverlapReport",
    "PowerInterestGrid",
    "interactive_network",
    "label_overlaps",
    "place_labels",
    "plot_attitude_grid",
    "plot_channel_matrix",
    "plot_compare_many",
    "plot_engagement_matrix",
    "plot_engagement_status",
    "plot_history",
    "plot_influence_gap",
    "plot_information_flow",
    "plot_movement",
    "plot_network",
    "plot_onion",
    "plot_overview",
    "plot_power_interest",
    "plot_priority",
    "plot_rater_agreement",
    "plot_rating_spread",
    "plot_representation",
    "plot_salience",
    "plot_stakeholder_cube",
    "plot_support_balance",
    "save_network_views",
    "save_views",
    "theme",
    "theme_params",
]
