"""Network analysis of the partner network: influence, brokers, holes, key players.

Every function takes a :class:`~stakeholder_map.StakeholderMap` or any networkx
graph (directed or not; the node and edge attributes :func:`~stakeholder_map.to_graph`
writes) and returns a DataFrame indexed by ``stakeholder_id``, or a small result
object for a whole-network figure. Relations can be filtered by ``kinds`` and
``channels``; ``weight`` names the edge attribute holding tie strength (None for
unweighted). Parallel relations (several between the same two stakeholders, of
different kinds, channels or ids) are merged into one tie per ordered pair with
their weights summed; the counting measures (brokerage) count that tie once.
``df.attrs["parallel_relations"]`` says which. The hot paths run on rustworkx and
scipy.sparse (see ``_engine``).

One family of measures per module, as in networkx; this package re-exports them
all, so ``stakeholder_map.analysis.network`` stays the one address to import from:

- ``_shared``: the ``negative_ties`` choices and the helpers every measure uses
  (ids, the frame indexed by ``stakeholder_id``, warnings in the map's language);
- ``_centrality``: :func:`centrality`;
- ``_brokerage``: :func:`structural_holes` and :func:`brokerage`;
- ``_communities``: :func:`communities` and :func:`coalitions`;
- ``_positions``: :func:`influence_gap` and :func:`rowley`;
- ``_keyplayers``: :func:`fragmentation`, :func:`reach` and :func:`key_players`.

Layer: analysis. The modules import ``_shared`` and the analysis engine, never
each other's measures, and never matplotlib.
"""

from stakeholder_map.analysis.network._brokerage import (
    BROKERAGE_ROLES,
    brokerage,
    structural_holes,
)
from stakeholder_map.analysis.network._centrality import (
    _NORMALISATION as _NORMALISATION,
)
from stakeholder_map.analysis.network._centrality import CENTRALITY_MEASURES, centrality
from stakeholder_map.analysis.network._centrality import SELF_LOOPS as SELF_LOOPS
from stakeholder_map.analysis.network._centrality import (
    ZERO_WEIGHT_TIES as ZERO_WEIGHT_TIES,
)
from stakeholder_map.analysis.network._communities import _MUTUAL as _MUTUAL
from stakeholder_map.analysis.network._communities import _relocate as _relocate
from stakeholder_map.analysis.network._communities import _signed_ties as _signed_ties
from stakeholder_map.analysis.network._communities import coalitions, communities
from stakeholder_map.analysis.network._keyplayers import _BATCH_WORDS as _BATCH_WORDS
from stakeholder_map.analysis.network._keyplayers import _CRITERIA as _CRITERIA
from stakeholder_map.analysis.network._keyplayers import _DENSE_LIMIT as _DENSE_LIMIT
from stakeholder_map.analysis.network._keyplayers import _SEARCHES as _SEARCHES
from stakeholder_map.analysis.network._keyplayers import (
    EXHAUSTIVE_LIMIT as EXHAUSTIVE_LIMIT,
)
from stakeholder_map.analysis.network._keyplayers import (
    Fragmentation,
    Reach,
    fragmentation,
    key_players,
    reach,
)
from stakeholder_map.analysis.network._keyplayers import (
    _edges_by_target as _edges_by_target,
)
from stakeholder_map.analysis.network._keyplayers import _fragment as _fragment
from stakeholder_map.analysis.network._keyplayers import (
    _fragment_many as _fragment_many,
)
from stakeholder_map.analysis.network._keyplayers import _reach as _reach
from stakeholder_map.analysis.network._keyplayers import _reach_many as _reach_many
from stakeholder_map.analysis.network._positions import _GAP_MEASURES as _GAP_MEASURES
from stakeholder_map.analysis.network._positions import (
    _ROWLEY_CENTRALITIES as _ROWLEY_CENTRALITIES,
)
from stakeholder_map.analysis.network._positions import (
    GAP_FLAGS,
    ROWLEY_POSITIONS,
    influence_gap,
    rowley,
)
from stakeholder_map.analysis.network._shared import _NEGATIVE_TIES as _NEGATIVE_TIES
from stakeholder_map.analysis.network._shared import NEGATIVE_TIES as NEGATIVE_TIES
from stakeholder_map.analysis.network._shared import _as_ids as _as_ids
from stakeholder_map.analysis.network._shared import _base_frame as _base_frame
from stakeholder_map.analysis.network._shared import _check_ids as _check_ids
from stakeholder_map.analysis.network._shared import _kind_list as _kind_list
from stakeholder_map.analysis.network._shared import _language as _language
from stakeholder_map.analysis.network._shared import _warn as _warn
from stakeholder_map.analysis.network._shared import _warn_too_few as _warn_too_few

__all__ = [
    "BROKERAGE_ROLES",
    "CENTRALITY_MEASURES",
    "GAP_FLAGS",
    "ROWLEY_POSITIONS",
    "Fragmentation",
    "Reach",
    "brokerage",
    "centrality",
    "coalitions",
    "communities",
    "fragmentation",
    "influence_gap",
    "key_players",
    "reach",
    "rowley",
    "structural_holes",
]
