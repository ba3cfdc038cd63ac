"""Several raters: consolidated scores, disagreement and agreement statistics.

In a workshop every participant rates the stakeholders; these functions turn the
map's :class:`~stakeholder_map.Assessment` records into one score per stakeholder
(with its spread), compare aggregate-then-classify with classify-then-vote, measure
agreement with Krippendorff's alpha and resample the raters to show how sure a
stakeholder's quadrant is (METHODS.md section 8).

One idea per module, as in networkx; this package re-exports them all, so
``stakeholder_map.analysis.raters`` stays the one address to import from. Each
module imports only those before it in this list:

- ``_ratings``: the assessments as a stakeholder x rater x dimension array, and
  the names of dimensions, methods and levels;
- ``_stats``: vectorised statistics with NaN as "not rated";
- ``_aggregate``: :func:`aggregate` and :func:`consolidate`;
- ``_agreement``: :func:`krippendorff_alpha`, :func:`rater_agreement` and
  :func:`rater_deviation`;
- ``_quadrants``: :func:`classification_agreement` and
  :func:`quadrant_probability`.

Layer: analysis; never imports matplotlib.
"""

from stakeholder_map.analysis.raters._aggregate import _aggregate_one as _aggregate_one
from stakeholder_map.analysis.raters._aggregate import _consensus_cut as _consensus_cut
from stakeholder_map.analysis.raters._aggregate import aggregate, consolidate
from stakeholder_map.analysis.raters._agreement import _delta as _delta
from stakeholder_map.analysis.raters._agreement import (
    krippendorff_alpha,
    rater_agreement,
    rater_deviation,
)
from stakeholder_map.analysis.raters._quadrants import (
    _quadrant_codes as _quadrant_codes,
)
from stakeholder_map.analysis.raters._quadrants import (
    _resolve_vectorised as _resolve_vectorised,
)
from stakeholder_map.analysis.raters._quadrants import _thresholds as _thresholds
from stakeholder_map.analysis.raters._quadrants import (
    classification_agreement,
    quadrant_probability,
)
from stakeholder_map.analysis.raters._ratings import ATTITUDE_SCALE as ATTITUDE_SCALE
from stakeholder_map.analysis.raters._ratings import DIMENSIONS as DIMENSIONS
from stakeholder_map.analysis.raters._ratings import LEVELS as LEVELS
from stakeholder_map.analysis.raters._ratings import METHODS as METHODS
from stakeholder_map.analysis.raters._ratings import QUADRANTS as QUADRANTS
from stakeholder_map.analysis.raters._ratings import DateSelector as DateSelector
from stakeholder_map.analysis.raters._ratings import Level as Level
from stakeholder_map.analysis.raters._ratings import Method as Method
from stakeholder_map.analysis.raters._ratings import (
    _check_dimensions as _check_dimensions,
)
from stakeholder_map.analysis.raters._ratings import _dim_scale as _dim_scale
from stakeholder_map.analysis.raters._ratings import _parse_date as _parse_date
from stakeholder_map.analysis.raters._ratings import _Ratings as _Ratings
from stakeholder_map.analysis.raters._ratings import _ratings as _ratings
from stakeholder_map.analysis.raters._stats import _central as _central
from stakeholder_map.analysis.raters._stats import _pick as _pick
from stakeholder_map.analysis.raters._stats import _quantile as _quantile
from stakeholder_map.analysis.raters._stats import (
    _sorted_and_count as _sorted_and_count,
)
from stakeholder_map.analysis.raters._stats import _spread as _spread

__all__ = [
    "aggregate",
    "classification_agreement",
    "consolidate",
    "krippendorff_alpha",
    "quadrant_probability",
    "rater_agreement",
    "rater_deviation",
]
