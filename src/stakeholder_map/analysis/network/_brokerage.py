"""Brokers: Burt's structural holes and Gould & Fernandez's brokerage roles.

Holds :func:`structural_holes` (effective size, efficiency, constraint) and
:func:`brokerage` (the five roles of a go-between). Layer: analysis. May import
networkx, numpy, pandas, the analysis engine and helpers (``analysis._engine``,
``_common``, ``_views``), ``network._shared`` and the foundation; never
matplotlib.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Hashable, Iterable
from typing import TYPE_CHECKING

import networkx as nx
import numpy as np
import pandas as pd

from stakeholder_map.analysis import _engine
from stakeholder_map.analysis.network._shared import _base_frame, _kind_list, _language
from stakeholder_map.exceptions import StakeholderMapWarning
from stakeholder_map.i18n import text

if TYPE_CHECKING:
    from stakeholder_map.models import StakeholderMap


#: Gould & Fernandez (1989) brokerage roles, in column order.
BROKERAGE_ROLES = (
    "coordinator",
    "itinerant",
    "representative",
    "gatekeeper",
    "liaison",
)


# ---------------------------------------------------------------------------------
# Structural holes
# ---------------------------------------------------------------------------------


def structural_holes(
    data: StakeholderMap | nx.Graph,
    *,
    kinds: Iterable[str] | str | None = None,
    channels: Iterable[str] | str | None = None,
    weight: str | None = "weight",
) -> pd.DataFrame:
    """Compute Burt's constraint, effective size and efficiency.

    A stakeholder whose contacts are not tied to each other spans *structural
    holes*: low constraint, an effective size close to the number of contacts.
    Ties count in both directions (Burt's mutual weights), so the measures are
    correct for directed and weighted graphs.

    Parameters
    ----------
    data
        A stakeholder map or a networkx graph.
    kinds
        Keep only relations of these kinds; None keeps all.
    channels
        Keep only relations through these channels; None keeps all.
    weight
        Edge attribute with tie strength (an edge without it counts as 1); None
        for unweighted.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id`` with ``name``, ``contacts`` (number of
        distinct neighbours, in or out), ``effective_size``, ``efficiency``
        (effective size / contacts) and ``constraint``. Isolates get NaN.

    See Also
    --------
    networkx.constraint : Burt's constraint in NetworkX (same values).
    networkx.effective_size : Effective size in NetworkX (wrong for directed or
        weighted graphs when called without ``nodes``).
    brokerage : Who brokers between which groups.

    Notes
    -----
    With mutual weights ``s_ij = a_ij + a_ji``, ``p_ij = s_ij / sum_k s_ik`` and
    ``m_jq = s_jq / max_k s_jk`` (Burt 1992; Borgatti 1997):
    constraint ``C_i = sum_j (p_ij + sum_q p_iq p_qj)^2`` and effective size
    ``ES_i = sum_j [1 - sum_q p_iq m_jq]``, over the contacts ``j`` of ``i``.
    networkx 3.6's ``effective_size(G)`` with the default ``nodes=None`` is wrong
    for directed or weighted graphs (upstream PR #8906) and builds a dense
    ``n x n`` matrix; this function uses sparse products restricted to existing
    ties. Parallel relations are merged with their weights summed.

    References
    ----------
    .. [1] Burt, R. S. (1992). *Structural Holes: The Social Structure of
       Competition*. Harvard University Press.
    .. [2] Borgatti, S. P. (1997). Structural holes: unpacking Burt's redundancy
       measures. *Connections* 20(1), 35-38.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.structural_holes(smap)
    >>> df["constraint"].idxmin()
    'huis_van_het_kind'
    >>> bool((df["effective_size"] <= df["contacts"]).all())
    True
    """
    G = _engine.as_graph(data, kinds=kinds, channels=channels)
    g = _engine.simple_digraph(G, weight=weight)
    constraint, effective, contacts = _engine.burt(g)
    df = _base_frame(G, g.nodes)
    df["contacts"] = contacts
    df["effective_size"] = effective
    with np.errstate(divide="ignore", invalid="ignore"):
        df["efficiency"] = np.where(
            contacts > 0, effective / np.maximum(contacts, 1), np.nan
        )
    df["constraint"] = constraint
    df.attrs = {
        "weight": weight,
        "kinds": _kind_list(kinds),
        "parallel_relations": _engine.PARALLEL_RELATIONS,
        "channels": _kind_list(channels),
        "convention": "ties read both ways (mutual weights a_ij + a_ji); isolates NaN",
    }
    return df


# ---------------------------------------------------------------------------------
# Brokerage
# ---------------------------------------------------------------------------------


def brokerage(
    data: StakeholderMap | nx.Graph,
    *,
    group: str = "category",
    kinds: Iterable[str] | str | None = None,
    channels: Iterable[str] | str | None = None,
) -> pd.DataFrame:
    """Count Gould & Fernandez brokerage roles per stakeholder.

    ``v`` brokers the ordered pair ``(a, b)`` when ``a -> v``, ``v -> b``,
    ``a != b`` and there is no tie ``a -> b`` (a reverse tie ``b -> a`` does not
    cancel it). The role depends on the groups of ``a``, ``v`` and ``b``:
    coordinator (all in one group), itinerant (``a`` and ``b`` share a group that
    ``v`` is not in), representative (``a`` and ``v`` share one, ``b`` is outside),
    gatekeeper (``v`` and ``b`` share one, ``a`` is outside) and liaison (three
    groups).

    Parameters
    ----------
    data
        A stakeholder map or a networkx graph.
    group
        Stakeholder field (node attribute) holding the group, ``"category"`` by
        default.
    kinds
        Keep only relations of these kinds; None keeps all.
    channels
        Keep only relations through these channels; None keeps all.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id`` with ``name``, ``group``, the counts of
        ordered pairs ``coordinator``, ``itinerant``, ``representative``,
        ``gatekeeper``, ``liaison`` and their ``total``.

    Warns
    -----
    StakeholderMapWarning
        When some stakeholders have no group; each then counts as a group of its
        own (named by its id).

    See Also
    --------
    structural_holes : Burt's measures of brokerage opportunity.

    Notes
    -----
    Undirected graphs and mutual relations count as ties both ways. Parallel
    relations between a pair count once.

    References
    ----------
    .. [1] Gould, R. V., & Fernandez, R. M. (1989). Structures of mediation: a
       formal approach to brokerage in transaction networks. *Sociological
       Methodology* 19, 89-126.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.brokerage(smap, kinds="information")
    >>> int(df.loc["huis_van_het_kind", "total"]) > 0
    True
    >>> list(df.columns[2:])
    ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison', 'total']
    """
    G = _engine.as_graph(data, kinds=kinds, channels=channels)
    g = _engine.simple_digraph(G, weight=None)
    groups: list[Hashable] = []
    missing = []
    for node in g.nodes:
        value = G.nodes[node].get(group)
        if value is None or (isinstance(value, float) and math.isnan(value)):
            missing.append(node)
            value = ("__own__", node)
        groups.append(value)
    if missing:
        msg = text(
            "warn_brokerage_no_group",
            _language(G),
            count=len(missing),
            group=group,
            missing=repr(missing),
        )
        warnings.warn(msg, StakeholderMapWarning, stacklevel=2)
    succ = [set(s) for s in g.successors()]
    pred: list[list[int]] = [[] for _ in range(g.n)]
    for u, v in zip(g.src.tolist(), g.dst.tolist(), strict=True):
        pred[v].append(u)
    counts = np.zeros((g.n, len(BROKERAGE_ROLES)), dtype=np.int64)
    for v in range(g.n):
        gv = groups[v]
        for a in pred[v]:
            ga = groups[a]
            sa = succ[a]
            for b in succ[v]:
                if b == a or b in sa:
                    continue
                gb = groups[b]
                if ga == gv == gb:
                    role = 0
                elif ga == gb:
                    role = 1
                elif ga == gv:
                    role = 2
                elif gv == gb:
                    role = 3
                else:
                    role = 4
                counts[v, role] += 1
    df = _base_frame(G, g.nodes)
    df["group"] = [G.nodes[n].get(group) for n in g.nodes]
    for i, role_name in enumerate(BROKERAGE_ROLES):
        df[role_name] = counts[:, i]
    df["total"] = counts.sum(axis=1)
    df.attrs = {
        "group": group,
        "kinds": _kind_list(kinds),
        "parallel_relations": _engine.PARALLEL_RELATIONS_UNWEIGHTED,
        "channels": _kind_list(channels),
        "convention": "ordered pairs (a, b) with a->v->b and no a->b; "
        "undirected ties count both ways",
    }
    return df
