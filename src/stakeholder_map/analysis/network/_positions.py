"""Positions that compare a network with the map: influence gap and Rowley.

Holds :func:`influence_gap` (assessed power against network influence) and
:func:`rowley` (density and centrality of a focal organisation, Rowley 1997).
Layer: analysis. May import networkx, numpy, pandas, the analysis engine and
helpers (``analysis._engine``, ``_common``), ``network._shared`` and the
foundation; never matplotlib.
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
from stakeholder_map.analysis._common import check_choice
from stakeholder_map.analysis.network._shared import (
    _as_ids,
    _base_frame,
    _check_ids,
    _kind_list,
    _language,
)
from stakeholder_map.exceptions import UnassessedWarning
from stakeholder_map.i18n import label, text

if TYPE_CHECKING:
    # Named under Raises/Warns: bound here so the API pages link them.
    from stakeholder_map.exceptions import (
        StakeholderMapWarning,  # noqa: F401
        UnknownStakeholderError,  # noqa: F401
    )
    from stakeholder_map.models import StakeholderMap


#: Rowley (1997) positions of a focal organisation.
ROWLEY_POSITIONS = ("compromiser", "commander", "subordinate", "solitarian")
#: Flags of :func:`influence_gap`.
GAP_FLAGS = ("hidden_broker", "consistent", "paper_tiger")

# ---------------------------------------------------------------------------------
# Influence gap
# ---------------------------------------------------------------------------------

_GAP_MEASURES = ("pagerank", "betweenness", "degree")


def influence_gap(
    data: StakeholderMap | nx.Graph,
    *,
    kinds: Iterable[str] | str | None = ("authority", "funding", "advice"),
    channels: Iterable[str] | str | None = None,
    weight: str | None = "weight",
    measure: str = "pagerank",
    min_gap: float = 0.5,
) -> pd.DataFrame:
    """Compare rated power with structural influence in the network.

    Rated power (the ``power`` score) and a structural measure are each turned
    into percentile ranks among the stakeholders analysed, so they share a 0..1
    scale; ``gap`` is structural minus rated. A stakeholder with ``gap >=
    min_gap`` is a *hidden broker* (more influence in the network than rated); one
    with ``gap <= -min_gap`` is a *paper tiger* (rated powerful, weakly placed).

    Parameters
    ----------
    data
        A stakeholder map or a networkx graph whose nodes have a ``power``
        attribute.
    kinds
        Relations that carry influence; authority, funding and advice by default.
        Relations point from the one who exerts influence (gives money, advice or
        orders) to the one who receives it. None keeps all. A hub of other
        kinds (information, collaboration) has little influence through these,
        so it can be flagged a paper tiger: the figure names the kinds counted,
        and ``kinds=None`` counts every relation.
    channels
        Keep only relations through these channels; None keeps all.
    weight
        Edge attribute with tie strength; None for unweighted.
    measure
        ``"pagerank"`` (default): PageRank on the reversed ties, so influence
        flows back to those whose ties reach influential others;
        ``"betweenness"``: raw betweenness; ``"degree"``: weighted out-degree.
    min_gap
        Smallest difference of percentile ranks that is flagged.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id`` with ``name``, ``power``, ``influence`` (the
        structural measure), ``power_pct``, ``influence_pct``, ``gap`` and
        ``flag`` (ordered categorical: ``hidden_broker``, ``consistent``,
        ``paper_tiger``), sorted by ``gap`` (largest first).

    Warns
    -----
    StakeholderMapWarning
        When stakeholders without a power score are left out; it names them.

    See Also
    --------
    centrality : The structural measures.

    Notes
    -----
    Percentile ranks use average ranks for ties (pandas ``rank(pct=True)``). The
    flags and the default ``min_gap`` are this library's convention; Schiffer &
    Hauck (2010) compare Net-Map influence towers with network position in the
    same spirit.

    References
    ----------
    .. [1] Schiffer, E., & Hauck, J. (2010). Net-Map: collecting social network
       data and facilitating network learning through participatory influence
       network mapping. *Field Methods* 22(3), 231-249.
    .. [2] Page, L., Brin, S., Motwani, R., & Winograd, T. (1999). The PageRank
       citation ranking: bringing order to the web. Stanford InfoLab.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.influence_gap(smap)  # warns: two stakeholders unscored
    >>> sorted(df["flag"].unique())
    ['consistent', 'hidden_broker', 'paper_tiger']
    """
    check_choice("measure", measure, _GAP_MEASURES)
    if not 0 < min_gap <= 1:
        msg = f"`min_gap` must lie in (0, 1], but {min_gap!r} was passed."
        raise ValueError(msg)
    G = _engine.as_graph(data, kinds=kinds, channels=channels)
    g = _engine.simple_digraph(G, weight=weight)
    if measure == "pagerank":
        score = _engine.pagerank(g, reverse=True)
        if score is None:  # pragma: no cover - converges for alpha < 1
            score = np.full(g.n, np.nan)
    elif measure == "betweenness":
        score = _engine.betweenness(g)
    else:
        score = np.bincount(g.src, weights=g.weight, minlength=g.n).astype(np.float64)
    df = _base_frame(G, g.nodes)
    power = [G.nodes[n].get("power") for n in g.nodes]
    df["power"] = pd.array(
        [math.nan if p is None else float(p) for p in power], dtype="float64"
    )
    df["influence"] = score
    missing = df["power"].isna()
    if missing.any():
        names = ", ".join(repr(n) for n in df.loc[missing, "name"])
        lang = _language(G)
        msg = text(
            "warn_unassessed",
            lang,
            count=int(missing.sum()),
            columns="`power`",
            analysis=label("analysis_influence_gap", lang),
            names=names,
        )
        left_out = [str(n) for n in df.loc[missing, "name"]]
        warnings.warn(UnassessedWarning(msg, names=left_out), stacklevel=2)
        df = df.loc[~missing].copy()
    df["power_pct"] = df["power"].rank(pct=True, method="average")
    df["influence_pct"] = df["influence"].rank(pct=True, method="average")
    df["gap"] = df["influence_pct"] - df["power_pct"]
    eps = 1e-12
    flags = np.where(
        df["gap"] >= min_gap - eps,
        "hidden_broker",
        np.where(df["gap"] <= -min_gap + eps, "paper_tiger", "consistent"),
    )
    df["flag"] = pd.Categorical(flags, categories=list(GAP_FLAGS), ordered=True)
    df = df.sort_values("gap", ascending=False, kind="stable")
    df.attrs = {
        "measure": measure,
        "min_gap": min_gap,
        "weight": weight,
        "kinds": _kind_list(kinds),
        "parallel_relations": _engine.PARALLEL_RELATIONS,
        "channels": _kind_list(channels),
        "convention": "percentile ranks (average ties); gap = influence_pct - "
        "power_pct; hidden_broker if gap >= min_gap, paper_tiger if gap <= -min_gap",
    }
    return df


# ---------------------------------------------------------------------------------
# Rowley's position of a focal organisation
# ---------------------------------------------------------------------------------

_ROWLEY_CENTRALITIES = ("degree", "betweenness", "closeness")


def rowley(
    data: StakeholderMap | nx.Graph,
    *,
    focal: Hashable | Iterable[Hashable],
    density_cut: float,
    centrality_cut: float,
    centrality: str = "degree",
    kinds: Iterable[str] | str | None = None,
    channels: Iterable[str] | str | None = None,
) -> pd.DataFrame:
    """Classify a focal organisation by network density and its own centrality.

    Rowley (1997) crosses the density of the stakeholder network with the focal
    organisation's centrality: *compromiser* (dense network, central focal),
    *commander* (sparse, central), *subordinate* (dense, peripheral) and
    *solitarian* (sparse, peripheral). A value equal to its cut counts as high.

    Parameters
    ----------
    data
        A stakeholder map or a networkx graph.
    focal
        Id of the focal organisation, or several ids.
    density_cut
        Density (0..1) from which the network counts as dense. Rowley gives no
        cut-off: choose one and state its source (e.g. the median density of
        comparable partnerships).
    centrality_cut
        Normalised centrality (0..1) from which the focal counts as central.
    centrality
        ``"degree"`` (default), ``"betweenness"`` or ``"closeness"``, each
        normalised as networkx does on the undirected network.
    kinds
        Keep only relations of these kinds; None keeps all.
    channels
        Keep only relations through these channels; None keeps all.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id`` (the focal ids) with ``name``, ``density``,
        ``centrality``, ``position`` (ordered categorical of compromiser,
        commander, subordinate, solitarian).

    Raises
    ------
    UnknownStakeholderError
        When ``focal`` names no stakeholder.

    See Also
    --------
    centrality : Centrality of every stakeholder.

    Notes
    -----
    Ties are read as undirected: density is the share of connected pairs,
    ``2 L / (n (n - 1))``.

    References
    ----------
    .. [1] Rowley, T. J. (1997). Moving beyond dyadic ties: a network theory of
       stakeholder influences. *Academy of Management Review* 22(4), 887-910.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> df = skm.analysis.rowley(
    ...     smap, focal="huis_van_het_kind", density_cut=0.2, centrality_cut=0.5
    ... )
    >>> df["position"].tolist()
    ['commander']
    """
    check_choice("centrality", centrality, _ROWLEY_CENTRALITIES)
    for name, value in (
        ("density_cut", density_cut),
        ("centrality_cut", centrality_cut),
    ):
        if not 0 <= value <= 1:
            msg = f"`{name}` must lie between 0 and 1, but {value!r} was passed."
            raise ValueError(msg)
    G = _engine.as_graph(data, kinds=kinds, channels=channels)
    ids = _check_ids(G, _as_ids(focal, G), "focal")
    g = _engine.simple_digraph(G, weight=None).symmetric()
    n = g.n
    density = g.m / (n * (n - 1)) if n > 1 else math.nan
    index = {node: i for i, node in enumerate(g.nodes)}
    if centrality == "degree":
        values = np.bincount(g.src, minlength=n) / (n - 1) if n > 1 else np.zeros(n)
    elif centrality == "betweenness":
        raw = _engine.betweenness(g) / 2
        values = raw / ((n - 1) * (n - 2) / 2) if n > 2 else raw
    else:
        dist_sum, count, _ = _engine.distance_sums(g)
        with np.errstate(divide="ignore", invalid="ignore"):
            values = np.where(
                dist_sum > 0, count / np.where(dist_sum > 0, dist_sum, 1), 0.0
            )
        values = values * count / (n - 1) if n > 1 else values
    df = _base_frame(G, ids)
    df["density"] = density
    df["centrality"] = [float(values[index[i]]) for i in ids]
    positions = []
    for c in df["centrality"]:
        dense = density >= density_cut
        central = c >= centrality_cut
        if central:
            positions.append("compromiser" if dense else "commander")
        else:
            positions.append("subordinate" if dense else "solitarian")
    df["position"] = pd.Categorical(
        positions, categories=list(ROWLEY_POSITIONS), ordered=True
    )
    df.attrs = {
        "centrality": centrality,
        "density_cut": density_cut,
        "centrality_cut": centrality_cut,
        "convention": "a value equal to its cut counts as high; ties undirected",
    }
    return df
