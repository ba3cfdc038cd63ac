"""The communication plan: rules per quadrant or category, merged with planned items.

Holds :func:`communication_plan`, its :data:`DEFAULT_RULES` and
:data:`ATTITUDE_GROUPS`, and the checks and merges that build one plan record
per stakeholder (``_plan_records``, which the status and the coverage reuse).
Layer: analysis. May import pandas (inside functions), the foundation
(``_types``, ``_dates``, ``i18n``), the analysis helpers (``analysis._common``),
the grid and salience classifications and ``communication._shared``; never
matplotlib.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from stakeholder_map.analysis._common import (
    Threshold,
    check_choice,
    resolve_threshold,
    split_threshold,
)
from stakeholder_map.analysis.communication._shared import (
    _CHANNELS,
    _FREQUENCIES,
    _LEVELS,
    _QUADRANTS,
    _categorical,
    _frequency_rank,
    _index,
    _unique,
)
from stakeholder_map.analysis.grid import classify_quadrant
from stakeholder_map.analysis.salience import classify_cube
from stakeholder_map.i18n import MESSAGE_LANGUAGES, join_words, quadrant_strategy
from stakeholder_map.i18n import text as i18n_text

if TYPE_CHECKING:
    import pandas as pd

    from stakeholder_map.models import CommunicationItem, Stake, StakeholderMap


#: Default rules per power/interest quadrant (and for stakeholders without
#: scores). The IAP2 levels follow METHODS.md section 6; channels and frequencies
#: are this library's convention.
DEFAULT_RULES: dict[str, dict[str, Any]] = {
    "manage_closely": {
        "participation": "collaborate",
        "channels": ("meeting", "in_person"),
        "frequency": "monthly",
    },
    "keep_satisfied": {
        "participation": "consult",
        "channels": ("meeting", "email"),
        "frequency": "quarterly",
    },
    "keep_informed": {
        "participation": "involve",
        "channels": ("email", "newsletter"),
        "frequency": "monthly",
    },
    "monitor": {
        "participation": "inform",
        "channels": ("newsletter",),
        "frequency": "quarterly",
    },
    "not_assessed": {
        "participation": "inform",
        "channels": ("newsletter",),
        "frequency": "quarterly",
    },
}

#: Attitude groups: backer (attitude > 0), neutral (0) and blocker (< 0).
ATTITUDE_GROUPS = ("backer", "neutral", "blocker")

_RULE_FIELDS = ("participation", "channels", "frequency", "message")
_PLAN_FIELDS = ("participation", "channels", "frequency", "key_message")
_SOURCES = ("rules", "plan+rules", "plan")


def _attitude_group(attitude: float | None) -> str | None:
    if attitude is None:
        return None
    if attitude > 0:
        return "backer"
    if attitude < 0:
        return "blocker"
    return "neutral"


def _check_rule(key: str, rule: Mapping[str, Any]) -> dict[str, Any]:
    """Validate one rule and normalise its values to enum keys."""
    where = f"rules[{key!r}]"
    if not isinstance(rule, Mapping):
        msg = (
            f"`{where}` must be a dict with some of the keys {list(_RULE_FIELDS)}, "
            f"but {rule!r} was passed."
        )
        raise TypeError(msg)
    unknown = sorted(set(map(str, rule)) - set(_RULE_FIELDS))
    if unknown:
        msg = f"`{where}` may only set {list(_RULE_FIELDS)}, but {unknown} were passed."
        raise ValueError(msg)
    out: dict[str, Any] = {}
    if rule.get("participation") is not None:
        check_choice(f"{where}['participation']", str(rule["participation"]), _LEVELS)
        out["participation"] = str(rule["participation"])
    if rule.get("frequency") is not None:
        check_choice(f"{where}['frequency']", str(rule["frequency"]), _FREQUENCIES)
        out["frequency"] = str(rule["frequency"])
    if rule.get("channels") is not None:
        raw = rule["channels"]
        items = [raw] if isinstance(raw, str) else list(raw)
        for c in items:
            check_choice(f"{where}['channels']", str(c), _CHANNELS)
        out["channels"] = tuple(_unique(str(c) for c in items))
    if rule.get("message") is not None:
        out["message"] = str(rule["message"])
    return out


def _check_rules(
    rules: Mapping[str, Mapping[str, Any]] | None, categories: set[str]
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Split user rules into quadrant rules and category rules, validated."""
    by_quadrant = {k: dict(v) for k, v in DEFAULT_RULES.items()}
    by_category: dict[str, dict[str, Any]] = {}
    for key, rule in (rules or {}).items():
        key = str(key)
        checked = _check_rule(key, rule)
        if key in by_quadrant:
            by_quadrant[key] = {**by_quadrant[key], **checked}
        elif key in categories:
            by_category[key] = checked
        else:
            msg = (
                f"`rules` keys must be quadrants {[*_QUADRANTS, 'not_assessed']} or "
                f"categories of the map {sorted(categories)}, but {key!r} was "
                "passed."
            )
            raise ValueError(msg)
    return by_quadrant, by_category


def _merge_items(items: Sequence[CommunicationItem]) -> dict[str, Any]:
    """Combine the planned items for one target into the plan fields they set."""
    out: dict[str, Any] = {}
    channels = _unique(i.channel.value for i in items if i.channel is not None)
    if channels:
        out["channels"] = tuple(channels)
    freqs = [i.frequency.value for i in items if i.frequency is not None]
    if freqs:
        # several items: the most frequent one sets the rhythm of contact
        out["frequency"] = min(freqs, key=_frequency_rank)
    levels = [i.participation.value for i in items if i.participation is not None]
    if levels:
        out["participation"] = max(levels, key=_LEVELS.index)
    messages = _unique(i.message for i in items)
    if messages:
        out["key_message"] = " / ".join(messages)
    owners = _unique(i.owner for i in items)
    if owners:
        out["owner"] = ", ".join(owners)
    starts = [i.start for i in items if i.start is not None]
    if starts:
        out["start"] = min(starts)
    return out


def _key_message(
    stakes: Sequence[Stake], lang: str, themes: dict[str, str]
) -> str | None:
    """Build a key message from one stakeholder's themes and stances."""
    ordered = sorted(
        stakes, key=lambda k: (-(k.importance or 0), -abs(k.position or 0))
    )
    groups: dict[str, list[str]] = {"concern": [], "support": [], "neutral": []}
    for k in ordered:
        pos = k.position or 0
        group = "concern" if pos < 0 else "support" if pos > 0 else "neutral"
        if len(groups[group]) < 2:
            groups[group].append(themes.get(k.interest_id, k.interest_id))
    parts = [
        i18n_text(f"message_{g}", lang, themes=join_words(names, lang))
        for g, names in groups.items()
        if names
    ]
    return " ".join(parts) or None


def _quadrants(smap: StakeholderMap, threshold: Threshold) -> dict[str, str | None]:
    rules = split_threshold(threshold, ("power", "interest"))
    scored = [
        s for s in smap.stakeholders if s.power is not None and s.interest is not None
    ]
    cuts = {
        axis: resolve_threshold(
            rules[axis], [getattr(s, axis) for s in scored], smap.scale, axis
        )
        for axis in ("power", "interest")
    }
    out: dict[str, str | None] = dict.fromkeys(smap.ids)
    for s in scored:
        out[s.id] = classify_quadrant(
            s.power,  # type: ignore[arg-type]
            s.interest,  # type: ignore[arg-type]
            power_threshold=cuts["power"],
            interest_threshold=cuts["interest"],
            span=smap.scale.max - smap.scale.min,
        ).value
    return out


def _plan_records(
    smap: StakeholderMap,
    *,
    rules: Mapping[str, Mapping[str, Any]] | None,
    threshold: Threshold,
    lang: str,
    texts: bool = True,
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Return the merged plan per stakeholder id and the rules used.

    The plan has channels as tuples; the rules are those per quadrant and per
    category after the user's rules were merged over the defaults.
    """
    categories = {s.category for s in smap.stakeholders if s.category is not None}
    by_quadrant, by_category = _check_rules(rules, categories)
    quadrants = _quadrants(smap, threshold)
    themes = {t.id: t.name for t in smap.interests}
    stakes_by_id: dict[str, list[Stake]] = defaultdict(list)
    for k in smap.stakes:
        stakes_by_id[k.stakeholder_id].append(k)
    items_by_id: dict[str, list[CommunicationItem]] = defaultdict(list)
    items_by_cat: dict[str, list[CommunicationItem]] = defaultdict(list)
    for item in smap.communication:
        if item.stakeholder_id is not None:
            items_by_id[item.stakeholder_id].append(item)
        elif item.category is not None:
            items_by_cat[item.category].append(item)
    plan: dict[str, dict[str, Any]] = {}
    for s in smap.stakeholders:
        quadrant = quadrants[s.id]
        group = _attitude_group(s.attitude)
        base = by_quadrant[quadrant or "not_assessed"]
        rec: dict[str, Any] = {
            "quadrant": quadrant,
            "attitude_group": group,
            "strategy": _strategy(quadrant, s.attitude, lang) if texts else None,
            "participation": base["participation"],
            "channels": tuple(base["channels"]),
            "frequency": base["frequency"],
            "key_message": base.get("message")
            or (_key_message(stakes_by_id[s.id], lang, themes) if texts else None),
            "owner": None,
            "start": None,
        }
        cat_rule = by_category.get(s.category or "", {})
        rec.update({k: v for k, v in cat_rule.items() if k != "message"})
        if "message" in cat_rule:
            rec["key_message"] = cat_rule["message"]
        from_plan: set[str] = set()
        for items in (items_by_cat.get(s.category or "", []), items_by_id[s.id]):
            merged = _merge_items(items)
            rec.update(merged)
            from_plan.update(k for k in merged if k in _PLAN_FIELDS)
        rec["source"] = (
            "rules"
            if not from_plan
            else "plan"
            if from_plan >= set(_PLAN_FIELDS)
            else "plan+rules"
        )
        plan[s.id] = rec
    return plan, {**by_quadrant, **by_category}


def _strategy(quadrant: str | None, attitude: float | None, lang: str) -> str:
    """Strategy text: the Murray-Webster & Simon type, else the quadrant's."""
    if quadrant is None:
        return i18n_text("strategy_not_assessed", lang)
    if attitude is not None:
        kind = classify_cube(
            quadrant in ("manage_closely", "keep_satisfied"),
            quadrant in ("manage_closely", "keep_informed"),
            attitude,
        )
        if kind is not None:
            return i18n_text(f"strategy_{kind.value}", lang)
    return quadrant_strategy(quadrant, lang)


def communication_plan(
    smap: StakeholderMap,
    *,
    rules: Mapping[str, Mapping[str, Any]] | None = None,
    lang: str = "nl",
    threshold: Threshold = "midpoint",
) -> pd.DataFrame:
    """Make a communication plan: strategy, IAP2 level, channels, rhythm, message.

    Every stakeholder gets a strategy from its power/interest quadrant and its
    attitude, a participation level on the IAP2 spectrum, the channels and
    frequency of contact, and a key message built from the themes it holds a
    stance on. The channels, frequency and level come from rules; the items the
    team planned (``smap.communication``) win over the rules.

    Parameters
    ----------
    smap
        The stakeholder map.
    rules
        Rules that override :data:`DEFAULT_RULES`, keyed by quadrant
        (``"manage_closely"``, ..., or ``"not_assessed"`` for stakeholders
        without power or interest) or by a stakeholder category of the map. Each
        rule is a dict with some of ``participation`` (an IAP2 level),
        ``channels`` (a channel or a list of them), ``frequency`` and
        ``message``; a rule changes only the fields it names.
    lang
        Language of the ``strategy`` and ``key_message`` texts: ``"nl"``
        (default) or ``"en"``.
    threshold
        The grid's threshold, as in
        :func:`~stakeholder_map.analysis.power_interest`.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``stakeholder_id``, in map order, with columns ``name``,
        ``category``, ``quadrant`` (ordered categorical; missing without power
        or interest), ``attitude_group`` (``backer``, ``neutral`` or
        ``blocker``; missing without attitude), ``strategy``, ``participation``
        (ordered categorical of :class:`~stakeholder_map.ParticipationLevel`),
        ``channels`` (channel keys joined by ``", "``), ``frequency`` (ordered
        categorical of :class:`~stakeholder_map.Frequency`), ``key_message``,
        ``owner``, ``start`` (datetime; when planned contacts begin) and
        ``source`` (``rules``, ``plan+rules`` or ``plan``: where
        participation, channels, frequency and key message came from).
        ``df.attrs`` holds ``rules`` (the quadrant rules used), ``precedence``,
        ``lang`` and ``source``.

    Raises
    ------
    ValueError
        When a rule names an unknown quadrant or category, field, level, channel
        or frequency.

    See Also
    --------
    engagement_status : The contact log held against this plan.
    display_table : Translated headers and values, for Excel, CSV or Markdown.
    stakeholder_map.analysis.power_interest : The quadrants used here.

    Notes
    -----
    Precedence, from weakest to strongest: the default rule of the quadrant, a
    user rule for the quadrant, a user rule for the category, planned items for
    the category, planned items for the stakeholder. Each level changes only
    the fields it sets. Several planned items for one stakeholder combine: their
    channels are listed in order, the most frequent rhythm wins, the highest
    participation level wins, messages and owners are joined and the earliest
    ``start`` given is the plan's start.

    The strategy names the type of Murray-Webster & Simon's (2006) power x
    interest x attitude cube for backers (attitude > 0) and blockers
    (attitude < 0), and the quadrant's strategy otherwise (attitude 0 has no
    type in the source). The quadrant-to-IAP2 mapping is METHODS.md's
    convention (manage closely -> collaborate, keep satisfied -> consult, keep
    informed -> involve, monitor -> inform); the default channels and
    frequencies are this library's. The key message names up to two themes
    each that the stakeholder opposes, supports or is neutral about, most
    important first.

    References
    ----------
    .. [1] Murray-Webster, R., & Simon, P. (2006). Making sense of stakeholder
       mapping. *PM World Today*, VIII(11).
    .. [2] International Association for Public Participation (2018). *IAP2
       Spectrum of Public Participation*.
    .. [3] Johnson, G., & Scholes, K. *Exploring Corporate Strategy*. Prentice
       Hall.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> plan = skm.analysis.communication_plan(smap)
    >>> plan.loc["ocmw", ["quadrant", "participation", "frequency"]].tolist()
    ['manage_closely', 'collaborate', 'monthly']
    >>> plan.loc["ocmw", "source"]
    'plan+rules'
    >>> rules = {"monitor": {"channels": ["website"], "frequency": "yearly"}}
    >>> custom = skm.analysis.communication_plan(smap, rules=rules, lang="en")
    >>> custom.loc[["jeugdwerk", "bewonersvereniging"], "channels"].tolist()
    ['website', 'in_person']
    """
    import pandas as pd

    check_choice("lang", lang, MESSAGE_LANGUAGES)
    plan, used_rules = _plan_records(smap, rules=rules, threshold=threshold, lang=lang)
    ids = list(smap.ids)
    index = _index(ids)
    recs = [plan[i] for i in ids]

    def col(field: str) -> pd.Series:
        return pd.Series([r[field] for r in recs], index=index, dtype=object)

    out = pd.DataFrame(
        {
            "name": pd.Series([s.name for s in smap], index=index, dtype=object),
            "category": pd.Series(
                [s.category for s in smap], index=index, dtype=object
            ),
            "quadrant": _categorical((r["quadrant"] for r in recs), _QUADRANTS),
            "attitude_group": _categorical(
                (r["attitude_group"] for r in recs), ATTITUDE_GROUPS
            ),
            "strategy": col("strategy"),
            "participation": _categorical((r["participation"] for r in recs), _LEVELS),
            "channels": pd.Series(
                [", ".join(r["channels"]) for r in recs], index=index, dtype=object
            ),
            "frequency": _categorical((r["frequency"] for r in recs), _FREQUENCIES),
            "key_message": col("key_message"),
            "owner": col("owner"),
            "start": pd.to_datetime(pd.Series([r["start"] for r in recs], index=index)),
            "source": col("source"),
        },
        index=index,
    )
    out.attrs = {
        "rules": {
            key: {f: (list(v) if isinstance(v, tuple) else v) for f, v in r.items()}
            for key, r in used_rules.items()
        },
        "precedence": [
            "default rule for the quadrant",
            "rule for the quadrant",
            "rule for the category",
            "planned items for the category",
            "planned items for the stakeholder",
        ],
        "lang": lang,
        "source": "Murray-Webster & Simon (2006); IAP2 Spectrum (2018); "
        "channels and frequencies are this library's convention",
    }
    return out
