"""Communication planning: who hears what, through which channel, how often.

:func:`communication_plan` turns the map into a plan from configurable rules merged
with the items the team planned; :func:`engagement_status` holds the contact log
against that plan; :func:`channel_coverage` and :func:`representation` show which
stakeholders and target groups the channels and contacts reach.

One family per module, as in networkx; this package re-exports them all, so
``stakeholder_map.analysis.communication`` stays the one address to import from:

- ``_shared``: :data:`FREQUENCY_DAYS`, the enum keys and the small helpers;
- ``_plan``: :func:`communication_plan` and its rules;
- ``_status``: :func:`interaction_log`, :func:`engagement_status` and
  :func:`needs_attention`;
- ``_coverage``: :func:`channel_coverage` and :func:`representation`;
- ``_tables``: :func:`display_table` and :func:`markdown_table`.

Layer: analysis. ``_status`` and ``_coverage`` build on the plan records of
``_plan``; every module may use ``_shared``; none imports matplotlib.
"""

from stakeholder_map.analysis.communication._coverage import (
    REPRESENTATION_STATUS,
    channel_coverage,
    representation,
)
from stakeholder_map.analysis.communication._coverage import _members as _members
from stakeholder_map.analysis.communication._coverage import (
    _segment_index as _segment_index,
)
from stakeholder_map.analysis.communication._plan import _PLAN_FIELDS as _PLAN_FIELDS
from stakeholder_map.analysis.communication._plan import _RULE_FIELDS as _RULE_FIELDS
from stakeholder_map.analysis.communication._plan import _SOURCES as _SOURCES
from stakeholder_map.analysis.communication._plan import (
    ATTITUDE_GROUPS,
    DEFAULT_RULES,
    communication_plan,
)
from stakeholder_map.analysis.communication._plan import (
    _attitude_group as _attitude_group,
)
from stakeholder_map.analysis.communication._plan import _check_rule as _check_rule
from stakeholder_map.analysis.communication._plan import _check_rules as _check_rules
from stakeholder_map.analysis.communication._plan import _key_message as _key_message
from stakeholder_map.analysis.communication._plan import _merge_items as _merge_items
from stakeholder_map.analysis.communication._plan import _plan_records as _plan_records
from stakeholder_map.analysis.communication._plan import _quadrants as _quadrants
from stakeholder_map.analysis.communication._plan import _strategy as _strategy
from stakeholder_map.analysis.communication._shared import _CHANNELS as _CHANNELS
from stakeholder_map.analysis.communication._shared import _FREQUENCIES as _FREQUENCIES
from stakeholder_map.analysis.communication._shared import _LEVELS as _LEVELS
from stakeholder_map.analysis.communication._shared import _NO_CATEGORY as _NO_CATEGORY
from stakeholder_map.analysis.communication._shared import _QUADRANTS as _QUADRANTS
from stakeholder_map.analysis.communication._shared import FREQUENCY_DAYS
from stakeholder_map.analysis.communication._shared import _as_date as _as_date
from stakeholder_map.analysis.communication._shared import _categorical as _categorical
from stakeholder_map.analysis.communication._shared import (
    _frequency_rank as _frequency_rank,
)
from stakeholder_map.analysis.communication._shared import _index as _index
from stakeholder_map.analysis.communication._shared import _unique as _unique
from stakeholder_map.analysis.communication._status import _OVER as _OVER
from stakeholder_map.analysis.communication._status import (
    _STABLE_SLOPE as _STABLE_SLOPE,
)
from stakeholder_map.analysis.communication._status import _TRENDS as _TRENDS
from stakeholder_map.analysis.communication._status import _UNDER as _UNDER
from stakeholder_map.analysis.communication._status import (
    SERVICE_LEVELS,
    engagement_status,
    interaction_log,
    needs_attention,
)
from stakeholder_map.analysis.communication._status import (
    _channel_items as _channel_items,
)
from stakeholder_map.analysis.communication._status import _date_series as _date_series
from stakeholder_map.analysis.communication._status import _due as _due
from stakeholder_map.analysis.communication._status import (
    _items_by_channel as _items_by_channel,
)
from stakeholder_map.analysis.communication._status import _service as _service
from stakeholder_map.analysis.communication._status import (
    _slope_per_30_days as _slope_per_30_days,
)
from stakeholder_map.analysis.communication._status import (
    _status_by_channel as _status_by_channel,
)
from stakeholder_map.analysis.communication._status import (
    _status_by_stakeholder as _status_by_stakeholder,
)
from stakeholder_map.analysis.communication._status import _trend as _trend
from stakeholder_map.analysis.communication._tables import (
    _INDEX_LABELS as _INDEX_LABELS,
)
from stakeholder_map.analysis.communication._tables import _KEY_COLUMNS as _KEY_COLUMNS
from stakeholder_map.analysis.communication._tables import display_table, markdown_table

__all__ = [
    "ATTITUDE_GROUPS",
    "DEFAULT_RULES",
    "FREQUENCY_DAYS",
    "REPRESENTATION_STATUS",
    "SERVICE_LEVELS",
    "channel_coverage",
    "communication_plan",
    "display_table",
    "engagement_status",
    "interaction_log",
    "markdown_table",
    "needs_attention",
    "representation",
]
