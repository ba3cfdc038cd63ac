"""The bundled example maps: loading, errors, and what the examples promise."""

from __future__ import annotations

import statistics
import subprocess
import sys
from collections import Counter, defaultdict

import pytest

import stakeholder_map as skm
from stakeholder_map._types import Channel, RelationKind
from stakeholder_map.exceptions import StakeholderMapWarning

HVHK_IDS = (
    "huis_van_het_kind",
    "stuurgroep",
    "werkgroep_ouderparticipatie",
    "lokaal_overleg_kinderopvang",
    "gemeente",
    "gemeenteraad",
    "ocmw",
    "ocmw_sociale_dienst",
    "opgroeien",
    "consultatiebureau",
    "huisartsen",
    "wijkgezondheidscentrum",
    "vroedvrouwen",
    "kraamafdeling",
    "kinderopvang_stad",
    "kinderopvang_prive",
    "onthaalouders",
    "basisscholen",
    "clb",
    "ouderraad",
    "caw",
    "ckg",
    "inloopteam",
    "buurtwerk",
    "bibliotheek",
    "speelotheek",
    "jeugdwerk",
    "armoedeorganisatie",
    "gezinsbond",
    "bewonersvereniging",
    "zelforganisatie_nieuwkomers",
    "politie",
    "woonmaatschappij",
    "lokale_pers",
    "oudergroep",
    "ouders",
    "kwetsbare_gezinnen",
    "anderstalige_ouders",
)

CC_IDS = (
    "project_team",
    "city_council",
    "community_foundation",
    "residents_association",
    "youth_club",
    "older_peoples_group",
    "neighbours",
    "primary_school",
    "building_contractor",
    "health_centre",
    "local_businesses",
    "faith_group",
)

QUADRANTS = ["keep_informed", "keep_satisfied", "manage_closely", "monitor"]


@pytest.fixture(scope="module")
def hvhk() -> skm.StakeholderMap:
    return skm.load_example("huis_van_het_kind")


@pytest.fixture(scope="module")
def cc() -> skm.StakeholderMap:
    return skm.load_example("community_centre")


def _quadrants(smap: skm.StakeholderMap) -> Counter[str]:
    from stakeholder_map.analysis import power_interest

    if all(s.power is not None and s.interest is not None for s in smap):
        df = power_interest(smap)
    else:
        with pytest.warns(StakeholderMapWarning, match="left out|weggelaten"):
            df = power_interest(smap)
    return Counter(df["quadrant"].astype(str))


def _latest_assessments(
    smap: skm.StakeholderMap,
) -> dict[str, list[skm.Assessment]]:
    by_id: dict[str, list[skm.Assessment]] = defaultdict(list)
    for a in smap.assessments:
        by_id[a.stakeholder_id].append(a)
    out = {}
    for sid, rows in by_id.items():
        latest = max(a.date for a in rows if a.date is not None)
        out[sid] = [a for a in rows if a.date == latest]
    return out


# ---------------------------------------------------------------------------------
# The functions
# ---------------------------------------------------------------------------------


def test_list_examples() -> None:
    assert skm.list_examples() == ["community_centre", "huis_van_het_kind"]
    assert skm.datasets.list_examples() == skm.list_examples()


@pytest.mark.parametrize("name", ["huis_van_het_kind", "community_centre"])
def test_examples_load_and_validate(name: str) -> None:
    smap = skm.load_example(name)
    assert isinstance(smap, skm.StakeholderMap)
    again = skm.StakeholderMap.model_validate(smap.model_dump(mode="json"))
    assert again == smap


def test_load_returns_equal_but_separate_maps() -> None:
    a = skm.load_example("huis_van_het_kind")
    b = skm.load_example("huis_van_het_kind")
    assert a == b
    assert a is not b


@pytest.mark.parametrize(
    "name", ["Huis-van-het-Kind", " huis_van_het_kind ", "huis_van_het_kind.yaml"]
)
def test_load_forgives_case_hyphens_and_suffix(name: str) -> None:
    assert skm.load_example(name).ids == HVHK_IDS


def test_unknown_name_suggests_the_closest() -> None:
    with pytest.raises(ValueError, match="Did you mean 'huis_van_het_kind'") as info:
        skm.load_example("huis_van_kind")
    assert "['community_centre', 'huis_van_het_kind']" in str(info.value)
    assert "'huis_van_kind' was passed" in str(info.value)


def test_unknown_name_without_close_match() -> None:
    with pytest.raises(ValueError, match="must be one of") as info:
        skm.load_example("zzz")
    assert "Did you mean" not in str(info.value)


def test_name_must_be_text() -> None:
    with pytest.raises(TypeError, match="`name` must be one of"):
        skm.load_example(3)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["huis_van_het_kind", "community_centre"])
@pytest.mark.parametrize("suffix", [".yaml", "yaml", ".YAML"])
def test_example_path(name: str, suffix: str) -> None:
    path = skm.datasets.example_path(name, suffix=suffix)
    assert path.is_file()
    assert path.name == f"{name}.yaml"
    assert path.parent.name == "data"


def test_example_path_unknown_suffix() -> None:
    with pytest.raises(ValueError, match=r"`suffix` must be one of \['.yaml'"):
        skm.datasets.example_path("community_centre", suffix=".parquet")


def test_example_path_unknown_name() -> None:
    with pytest.raises(ValueError, match="Did you mean 'community_centre'"):
        skm.datasets.example_path("community_center")


def test_import_does_not_load_yaml() -> None:
    code = (
        "import sys, stakeholder_map as skm; "
        "assert 'yaml' not in sys.modules; "
        "skm.list_examples(); skm.datasets.example_path('community_centre'); "
        "assert 'yaml' not in sys.modules; "
        "skm.load_example('community_centre'); assert 'yaml' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# ---------------------------------------------------------------------------------
# The Dutch example: Huis van het Kind
# ---------------------------------------------------------------------------------


def test_hvhk_ids_are_stable(hvhk: skm.StakeholderMap) -> None:
    assert hvhk.ids == HVHK_IDS
    assert len(set(hvhk.ids)) == len(hvhk.ids)


def test_hvhk_meta(hvhk: skm.StakeholderMap) -> None:
    assert hvhk.language == skm.Language.NL
    assert (hvhk.scale.min, hvhk.scale.max) == (1, 5)
    assert hvhk.name == "Huis van het Kind Vlasbeke"


def test_hvhk_counts(hvhk: skm.StakeholderMap) -> None:
    assert len(hvhk) >= 28
    assert len(hvhk.relations) >= 45
    assert {r.kind for r in hvhk.relations} == {*RelationKind, "doorverwijzing"}
    assert hvhk.relation_kinds["doorverwijzing"].information is True
    assert {s.attributes["Regio"] for s in hvhk} == {
        "Centrum",
        "Noord",
        "Zuid",
        "Stad",
        "Vlaanderen",
    }
    channels = {r.channel for r in hvhk.relations if r.channel is not None}
    assert len(channels) >= 5
    assert channels >= set(Channel) - {Channel.OTHER}
    assert 3 <= len(hvhk.interests) <= 5
    assert len({a.rater for a in hvhk.assessments}) >= 3
    assert len({a.date for a in hvhk.assessments}) >= 2


def test_hvhk_themes(hvhk: skm.StakeholderMap) -> None:
    assert [t.id for t in hvhk.interests] == [
        "participatie_ouders",
        "communicatie_burgers",
        "communicatie_partners",
        "stakeholdermanagement",
    ]
    assert all(t.description for t in hvhk.interests)


def test_hvhk_all_quadrants_populated(hvhk: skm.StakeholderMap) -> None:
    counts = _quadrants(hvhk)
    assert sorted(counts) == QUADRANTS
    assert min(counts.values()) >= 3


def test_hvhk_promises_of_other_doctests(hvhk: skm.StakeholderMap) -> None:
    from stakeholder_map.analysis import power_interest

    ocmw = hvhk.get("ocmw")
    assert ocmw.category == "overheid"
    assert ocmw.power == 5
    assert ocmw.interest is not None
    assert ocmw.interest >= 4
    with pytest.warns(StakeholderMapWarning):
        df = power_interest(hvhk, labels="nl")
    assert df.loc["ocmw", ["quadrant", "label"]].tolist() == [
        "manage_closely",
        "Nauw betrekken",
    ]


def test_hvhk_structure(hvhk: skm.StakeholderMap) -> None:
    assert hvhk.get("ocmw_sociale_dienst").parent == "ocmw"
    categories = {s.category for s in hvhk}
    assert {"overheid", "zorg", "onderwijs", "kinderopvang", "welzijn"} <= categories
    assert {"middenveld", "ouders", "cultuur", "overleg"} <= categories
    assert all(c == c.lower() for c in categories if c)
    forums = {s.id for s in hvhk if s.category == "overleg"}
    members = {r.target for r in hvhk.relations if r.kind == RelationKind.MEMBERSHIP}
    assert {"stuurgroep", "werkgroep_ouderparticipatie"} <= forums & members


def test_hvhk_unassessed_stakeholders(hvhk: skm.StakeholderMap) -> None:
    missing = [s.id for s in hvhk if s.power is None or s.interest is None]
    assert 1 <= len(missing) <= 2
    assert not any(a.stakeholder_id in missing for a in hvhk.assessments)


def test_hvhk_stakeholders_are_described(hvhk: skm.StakeholderMap) -> None:
    for s in hvhk:
        assert s.name
        assert s.category
        assert s.description
        assert s.tags
        assert s.source
    assessed = [s for s in hvhk if s.power is not None]
    for s in assessed:
        fields = (s.attitude, s.legitimacy, s.urgency, s.proximity, s.assessed_on)
        assert None not in fields, s.id
        assert s.engagement_current is not None
        assert s.engagement_desired is not None
    assert sum(s.engagement_current != s.engagement_desired for s in hvhk) >= 10
    assert sum(s.participation is not None for s in hvhk) >= len(assessed)


def test_hvhk_attitudes_and_long_names(hvhk: skm.StakeholderMap) -> None:
    attitudes = [s.attitude for s in hvhk if s.attitude is not None]
    assert sum(a < 0 for a in attitudes) >= 3
    assert sum(a == 0 for a in attitudes) >= 3
    assert sum(len(s.name) > 35 for s in hvhk) >= 3


def test_hvhk_contacts_are_roles_or_fictional(hvhk: skm.StakeholderMap) -> None:
    for s in hvhk:
        if s.contact and "@" in s.contact:
            assert "example.org" in s.contact, s.id


def test_hvhk_relations(hvhk: skm.StakeholderMap) -> None:
    kinds = Counter(r.kind for r in hvhk.relations)
    assert kinds[RelationKind.CONFLICT] >= 2
    assert sum(not r.directed for r in hvhk.relations) >= 5
    assert all(r.weight is not None and 1 <= r.weight <= 5 for r in hvhk.relations)
    assert all(r.frequency is not None for r in hvhk.relations)
    assert all(r.sign == -1 for r in hvhk.relations if r.kind == "conflict")


def _reach(smap: skm.StakeholderMap, start: str, *, without: str = "") -> set[str]:
    """Stakeholders reached from ``start`` over relations with a channel."""
    adj: dict[str, set[str]] = defaultdict(set)
    for r in smap.relations:
        if r.channel is None or r.kind == RelationKind.CONFLICT:
            continue
        adj[r.source].add(r.target)
        if not r.directed:
            adj[r.target].add(r.source)
    seen, todo = {start}, [start]
    while todo:
        for nxt in adj[todo.pop()] - seen - {without}:
            seen.add(nxt)
            todo.append(nxt)
    return seen


def test_hvhk_information_flow(hvhk: skm.StakeholderMap) -> None:
    reached = _reach(hvhk, "huis_van_het_kind")
    assert set(hvhk.ids) - reached == {"gezinsbond", "bewonersvereniging"}
    # parents are reached through several partners ...
    assert "ouders" in reached
    # ... but some only through one intermediary: single points of failure
    cut_off = reached - _reach(hvhk, "huis_van_het_kind", without="buurtwerk")
    assert cut_off == {
        "buurtwerk",
        "anderstalige_ouders",
        "jeugdwerk",
        "zelforganisatie_nieuwkomers",
    }
    cut_off = reached - _reach(hvhk, "huis_van_het_kind", without="vroedvrouwen")
    assert cut_off == {"vroedvrouwen", "kraamafdeling"}


def test_hvhk_stakes(hvhk: skm.StakeholderMap) -> None:
    per = Counter(k.stakeholder_id for k in hvhk.stakes)
    assert sum(2 <= n <= 4 for n in per.values()) >= 0.75 * len(hvhk)
    assert {k.interest_id for k in hvhk.stakes} == {t.id for t in hvhk.interests}
    assert any(k.position is not None and k.position < 0 for k in hvhk.stakes)
    assert all(k.importance is not None for k in hvhk.stakes)


def test_hvhk_assessments_cover_the_assessed(hvhk: skm.StakeholderMap) -> None:
    assessed = {s.id for s in hvhk if s.power is not None}
    dates = sorted({a.date for a in hvhk.assessments if a.date is not None})
    first, last = dates[0], dates[-1]
    on_first = {a.stakeholder_id for a in hvhk.assessments if a.date == first}
    on_last = {a.stakeholder_id for a in hvhk.assessments if a.date == last}
    assert on_first == assessed
    assert len(on_last) >= 0.75 * len(assessed)
    assert len({a.rater for a in hvhk.assessments if a.date == last}) >= 4
    assert sum(a.rationale is not None for a in hvhk.assessments) >= 10


@pytest.mark.parametrize("name", ["huis_van_het_kind", "community_centre"])
def test_scores_are_median_of_latest_assessments(name: str) -> None:
    smap = skm.load_example(name)
    latest = _latest_assessments(smap)
    for s in smap:
        if s.id not in latest:
            continue
        assert s.assessed_on == latest[s.id][0].date, s.id
        for field in ("power", "interest", "attitude"):
            median = statistics.median(getattr(a, field) for a in latest[s.id])
            assert abs(getattr(s, field) - median) <= 0.5, (s.id, field)


def test_hvhk_raters_disagree_and_scores_move(hvhk: skm.StakeholderMap) -> None:
    latest = _latest_assessments(hvhk)
    contested = {
        sid
        for sid, rows in latest.items()
        for field in ("power", "interest", "attitude")
        if max(getattr(a, field) for a in rows) - min(getattr(a, field) for a in rows)
        >= 3
    }
    assert {"armoedeorganisatie", "basisscholen", "ouders"} <= contested

    def median(sid: str, date: str, field: str) -> float:
        rows = [
            getattr(a, field)
            for a in hvhk.assessments
            if a.stakeholder_id == sid and str(a.date) == date
        ]
        return statistics.median(rows)

    first, last = "2026-03-12", "2026-09-24"
    # clb and gemeente became more interested, oudergroep more powerful: all three
    # moved into "manage closely"
    assert (median("clb", first, "interest"), median("clb", last, "interest")) == (2, 3)
    assert median("gemeente", first, "interest") == 2
    assert median("oudergroep", first, "power") == 2
    assert median("armoedeorganisatie", first, "attitude") == -2
    assert median("armoedeorganisatie", last, "attitude") == -1


# ---------------------------------------------------------------------------------
# The English example: community centre
# ---------------------------------------------------------------------------------


def test_cc_example(cc: skm.StakeholderMap) -> None:
    assert cc.ids == CC_IDS
    assert cc.language == skm.Language.EN
    assert 10 <= len(cc) <= 12
    assert len(cc.interests) == 2
    assert len(cc.relations) >= 15
    assert len(cc.stakes) >= 10
    assert len({a.rater for a in cc.assessments}) == 3
    assert len({a.date for a in cc.assessments}) == 2
    assert sorted(_quadrants(cc)) == QUADRANTS
