"""Analyses: pure functions that return DataFrames indexed by ``stakeholder_id``.

Nothing here draws, prints or writes files; the matching plots live in
:mod:`stakeholder_map.plotting`.

Examples
--------
>>> smap = skm.load_example("huis_van_het_kind")
>>> sorted(skm.analysis.power_interest(smap)["quadrant"].unique())
['keep_informed', 'keep_satisfied', 'manage_closely', 'monitor']
"""

from stakeholder_map.analysis.attitude import attitude_grid, classify_attitude
from stakeholder_map.analysis.communication import (
    channel_coverage,
    communication_plan,
    display_table,
    engagement_status,
    interaction_log,
    markdown_table,
    needs_attention,
    representation,
)
from stakeholder_map.analysis.compare import MapComparison, compare_many
from stakeholder_map.analysis.engagement import engagement_gap, participation
from stakeholder_map.analysis.flow import Affiliation, affiliation, information_flow
from stakeholder_map.analysis.grid import classify_quadrant, power_interest
from stakeholder_map.analysis.network import (
    Fragmentation,
    Reach,
    brokerage,
    centrality,
    coalitions,
    communities,
    fragmentation,
    influence_gap,
    key_players,
    reach,
    rowley,
    structural_holes,
)
from stakeholder_map.analysis.onion import onion_rings
from stakeholder_map.analysis.priority import priority
from stakeholder_map.analysis.raters import (
    aggregate,
    classification_agreement,
    consolidate,
    krippendorff_alpha,
    quadrant_probability,
    rater_agreement,
    rater_deviation,
)
from stakeholder_map.analysis.salience import (
    classify_cube,
    classify_salience,
    salience,
    stakeholder_cube,
)
from stakeholder_map.analysis.summary import summary
from stakeholder_map.analysis.support import blockers, support_balance, support_swing
from stakeholder_map.analysis.timeline import (
    MapDiff,
    compare,
    history,
    movement,
    snapshot,
    snapshot_dates,
)

__all__ = [
    "Affiliation",
    "Fragmentation",
    "MapComparison",
    "MapDiff",
    "Reach",
    "affiliation",
    "aggregate",
    "attitude_grid",
    "blockers",
    "brokerage",
    "centrality",
    "channel_coverage",
    "classification_agreement",
    "classify_attitude",
    "classify_cube",
    "classify_quadrant",
    "classify_salience",
    "coalitions",
    "communication_plan",
    "communities",
    "compare",
    "compare_many",
    "consolidate",
    "display_table",
    "engagement_gap",
    "engagement_status",
    "fragmentation",
    "history",
    "influence_gap",
    "information_flow",
    "interaction_log",
    "key_players",
    "krippendorff_alpha",
    "markdown_table",
    "movement",
    "needs_attention",
    "onion_rings",
    "participation",
    "power_interest",
    "priority",
    "quadrant_probability",
    "rater_agreement",
    "rater_deviation",
    "reach",
    "representation",
    "rowley",
    "salience",
    "snapshot",
    "snapshot_dates",
    "stakeholder_cube",
    "structural_holes",
    "summary",
    "support_balance",
    "support_swing",
]
