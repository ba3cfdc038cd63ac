"""Analyses: pure functions that return DataFrames indexed by ``stakeholder_id``.

Nothing here draws, prints or writes files; the matching plots live in
:mod:`stakeholder_map.plotting`.

Examples
--------
>>> smap = skm.load_example("huis_van_het_kind")
>>> sorted(skm.analysis.power_interest(smap)["quadrant"].unique())
['keep_informed', 'keep_satisfied', 'manage_closely', 'monitor']
"""

from stakeholder_map.analysis.grid import classify_quadrant, power_interest

__all__ = ["classify_quadrant", "power_interest"]
