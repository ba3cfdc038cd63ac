"""Privacy: pseudonymise, redact by profile, and the report of what was removed."""

from __future__ import annotations

import datetime as dt
import html
import re
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import stakeholder_map as skm
from stakeholder_map.exceptions import UnknownStakeholderError
from stakeholder_map.privacy import pseudonymise, redact, redaction_report

PEOPLE_NAMES = ["Marleen Vercauteren", "Jozef De Smedt"]
RATER_NAMES = ["Annelies Wouters", "Koen Janssens"]
CONTACTS = ["marleen@example.org", "+32 470 12 34 56", "jozef.desmedt@example.be"]


@pytest.fixture
def private_map() -> skm.StakeholderMap:
    """A map with people among the stakeholders and names in every corner."""
    return skm.StakeholderMap(
        name="Huis van het Kind Testdorp",
        description="Kaart opgemaakt met Marleen Vercauteren.",
        language="nl",
        stakeholders=[
            skm.Stakeholder(
                id="ocmw",
                name="OCMW Testdorp",
                short_name="OCMW",
                category="overheid",
                power=5,
                interest=4,
                contact="marleen@example.org",
                notes="Marleen Vercauteren is trekker.",
                description="Sociaal huis",
            ),
            skm.Stakeholder(
                id="marleen_vercauteren",
                name="Marleen Vercauteren",
                category="persoon",
                power=3,
                interest=5,
                contact="+32 470 12 34 56",
                tags=("schepen",),
            ),
            skm.Stakeholder(
                id="jozef",
                name="Jozef De Smedt",
                category="ouders",
                tags=("persoon",),
                power=1,
                interest=4,
                contact="jozef.desmedt@example.be",
                parent="ocmw",
            ),
            skm.Stakeholder(id="clb", name="CLB Testdorp", category="onderwijs"),
        ],
        relations=[
            skm.Relation(
                source="marleen_vercauteren",
                target="ocmw",
                kind="authority",
                notes="Jozef De Smedt zit erbij",
            ),
            skm.Relation(source="jozef", target="clb", kind="information"),
        ],
        interests=[skm.Interest(id="armoede", name="Kinderarmoede")],
        stakes=[
            skm.Stake(stakeholder_id="jozef", interest_id="armoede", position=2),
        ],
        assessments=[
            skm.Assessment(
                stakeholder_id="ocmw",
                rater="Annelies Wouters",
                power=5,
                rationale="Volgens Koen Janssens beslist zij alles.",
            ),
            skm.Assessment(stakeholder_id="jozef", rater="Koen Janssens", power=2),
        ],
        interactions=[
            skm.Interaction(
                stakeholder_id="marleen_vercauteren",
                date=dt.date(2026, 3, 2),
                by="Annelies Wouters",
                topic="Overleg met Marleen Vercauteren",
                notes="belde Jozef De Smedt",
            )
        ],
        communication=[
            skm.CommunicationItem(
                stakeholder_id="jozef", owner="Koen Janssens", message="Uitnodiging"
            ),
            skm.CommunicationItem(category="ouders", channel="newsletter"),
        ],
        segments=[skm.Segment(name="Ouders", stakeholder_ids=("jozef",))],
    )


def _all_text(smap: skm.StakeholderMap) -> str:
    return smap.model_dump_json()


def test_internal_changes_nothing(private_map: skm.StakeholderMap) -> None:
    assert redact(private_map, profile="internal") is private_map
    report = redaction_report(private_map, profile="internal", lang="nl")
    assert report == "Privacyprofiel 'internal': niets verwijderd."


def test_unknown_profile(private_map: skm.StakeholderMap) -> None:
    with pytest.raises(ValueError, match=r"`profile` must be one of .*'secret'"):
        redact(private_map, profile="secret")  # type: ignore[arg-type]


def test_public_leaves_no_name_or_contact(private_map: skm.StakeholderMap) -> None:
    public = redact(private_map, profile="public")
    dump = _all_text(public)
    secrets = [s.name for s in private_map] + ["OCMW", "Sociaal huis"]
    for secret in [*secrets, *RATER_NAMES, *CONTACTS, "Marleen", "Jozef", "Koen"]:
        assert secret not in dump, secret
    assert not set(private_map.ids) & set(public.ids)


def test_public_keeps_what_analyses_need(private_map: skm.StakeholderMap) -> None:
    public = redact(private_map, profile="public")
    assert [s.power for s in public] == [s.power for s in private_map]
    assert [s.category for s in public] == [s.category for s in private_map]
    assert [s.name for s in public] == [
        "overheid 1",
        "persoon 1",
        "ouders 1",
        "onderwijs 1",
    ]
    assert [(r.source, r.target) for r in public.relations] == [
        ("persoon_1", "overheid_1"),
        ("ouders_1", "onderwijs_1"),
    ]
    assert public.get("ouders_1").parent == "overheid_1"
    assert public.segments[0].stakeholder_ids == ("ouders_1",)
    assert [a.rater for a in public.assessments] == ["P01", "P02"]
    assert public.interactions[0].by == "P01"
    assert public.communication[0].owner == "P02"
    assert public.communication[0].message is None
    # The category item stays: the category is kept.
    assert public.communication[1].category == "ouders"
    assert public.interests[0].name == "Kinderarmoede"
    assert public.description is None
    assert public.name == private_map.name


def test_cop_pseudonymises_people_only(private_map: skm.StakeholderMap) -> None:
    cop = redact(private_map, profile="cop")
    names = [s.name for s in cop]
    assert names == ["OCMW Testdorp", "S01", "S02", "CLB Testdorp"]
    assert cop.get("ocmw").contact is None
    assert cop.get("ocmw").notes is None
    # Organisations keep their description; names in free text become codes.
    assert cop.get("ocmw").description == "Sociaal huis"
    assert cop.relations[0].notes == "S02 zit erbij"
    assert cop.assessments[0].rationale == "Volgens P02 beslist zij alles."
    assert cop.interactions[0].topic == "Overleg met S01"
    assert cop.interactions[0].notes is None
    assert cop.description == "Kaart opgemaakt met S01."
    dump = _all_text(cop)
    for secret in [*PEOPLE_NAMES, *RATER_NAMES, *CONTACTS]:
        assert secret not in dump, secret


def test_cop_with_explicit_people(private_map: skm.StakeholderMap) -> None:
    cop = redact(private_map, profile="cop", people=["clb"])
    assert [s.name for s in cop] == [
        "OCMW Testdorp",
        "Marleen Vercauteren",
        "Jozef De Smedt",
        "S01",
    ]


def test_report_lists_removals(private_map: skm.StakeholderMap) -> None:
    report = redaction_report(private_map, profile="public", lang="en")
    lines = report.splitlines()
    assert lines[0] == "Privacy profile 'public' removed or replaced:"
    assert "- contact details removed: 3" in lines
    assert "- names of stakeholders replaced by codes or roles: 4" in lines
    assert "- names of raters replaced by codes: 2" in lines
    assert "- description of the map removed" in lines
    nl = redaction_report(private_map, profile="public", lang="nl")
    assert "- contactgegevens verwijderd: 3" in nl.splitlines()


def test_pseudonymise_defaults_to_people(private_map: skm.StakeholderMap) -> None:
    out = pseudonymise(private_map)
    assert [s.id for s in out] == ["ocmw", "s01", "s02", "clb"]
    assert out.get("s01").category == "persoon"
    assert out.get("s01").tags == ()
    assert out.get("s01").contact is None
    # Personal-data fields go for everyone, not only for the people.
    assert out.get("ocmw").contact is None


def test_pseudonymise_keep_and_role(private_map: skm.StakeholderMap) -> None:
    out = pseudonymise(private_map, stakeholders="all", keep=("tags",), style="role")
    # Without the category, the role is the generic word in the map's language.
    assert [s.name for s in out] == ["Actor 1", "Actor 2", "Actor 3", "Actor 4"]
    assert out.get("actor_2").tags == ("schepen",)
    assert all(s.category is None for s in out)
    # The category-wide item cannot stay once categories are gone.
    assert [c.category for c in out.communication] == [None]
    report_lines = [s.name for s in out]
    assert "Actor 4" in report_lines


def test_salted_codes_are_stable_across_versions(
    private_map: skm.StakeholderMap,
) -> None:
    a = pseudonymise(private_map, stakeholders="all", salt="geheim")
    smaller = private_map.model_copy(
        update={"stakeholders": private_map.stakeholders[1:], "relations": ()}
    )
    smaller = skm.StakeholderMap.model_validate(
        {
            **smaller.model_dump(),
            "stakeholders": [
                {**s.model_dump(), "parent": None} for s in smaller.stakeholders
            ],
            "assessments": [],
            "stakes": [],
            "interactions": [],
            "communication": [],
            "segments": [],
        }
    )
    b = pseudonymise(smaller, stakeholders="all", salt="geheim")
    codes_a = {s.power: s.name for s in a if s.power is not None}
    codes_b = {s.power: s.name for s in b if s.power is not None}
    assert codes_a[3] == codes_b[3]
    assert codes_a[1] == codes_b[1]
    assert all(name.startswith("S-") and len(name) == 6 for name in codes_a.values())
    other_salt = pseudonymise(private_map, stakeholders="all", salt="ander")
    assert [s.name for s in other_salt] != [s.name for s in a]


def test_pseudonymise_checks_arguments(private_map: skm.StakeholderMap) -> None:
    with pytest.raises(ValueError, match=r"`keep` may name only .*'name'"):
        pseudonymise(private_map, keep=("name",))
    with pytest.raises(ValueError, match="`style` must be one of"):
        pseudonymise(private_map, style="alias")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="`stakeholders` must be 'all', 'people'"):
        pseudonymise(private_map, stakeholders="everyone")  # type: ignore[arg-type]
    with pytest.raises(UnknownStakeholderError, match="Did you mean 'ocmw'"):
        pseudonymise(private_map, stakeholders=["ocmv"])


def test_new_ids_do_not_clash_with_kept_ids() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            skm.Stakeholder(id="s01", name="Organisatie S01"),
            skm.Stakeholder(id="p", name="Piet", category="persoon"),
        ]
    )
    out = pseudonymise(smap)
    assert out.ids == ("s01", "s01_2")
    assert out.get("s01_2").name == "S01"


def test_name_scrubbing_is_whole_word() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            skm.Stakeholder(id="an", name="An", category="persoon"),
            skm.Stakeholder(id="x", name="X", description="Analyse door An en an."),
        ]
    )
    out = pseudonymise(smap)
    assert out.get("x").description == "Analyse door S01 en S01."


# --------------------------------------------------------------------------------
# No original name or contact survives in any export under the "public" profile
# --------------------------------------------------------------------------------


def _export_pptx(smap: skm.StakeholderMap, path: Path) -> Path:
    pytest.importorskip("pptx")
    return skm.export.to_pptx(smap, path.with_suffix(".pptx"), profile="public")


def _export_file(suffix: str) -> Callable[[skm.StakeholderMap, Path], Path]:
    def export(smap: skm.StakeholderMap, path: Path) -> Path:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", skm.exceptions.StakeholderMapWarning)
            return skm.write(smap, path.with_name(f"out{suffix}"), profile="public")

    return export


def _export_report(kind: str) -> Callable[[skm.StakeholderMap, Path], Path]:
    def export(smap: skm.StakeholderMap, path: Path) -> Path:
        out = path.with_name(f"rapport.{kind}")
        writer = skm.export.to_html if kind == "html" else skm.export.to_markdown
        writer(smap, out, profile="public")
        return out

    return export


EXPORTERS: dict[str, Callable[[skm.StakeholderMap, Path], Path]] = {
    "pptx": _export_pptx,
    "html": _export_report("html"),
    "md": _export_report("md"),
    **{
        suffix: _export_file(suffix)
        for suffix in (
            ".xlsx",
            ".csv",
            ".yaml",
            ".json",
            ".graphml",
            ".gexf",
            ".nodelink.json",
            ".kumu.json",
            ".kumu.xlsx",
            ".network.xlsx",
        )
    },
}


def _file_text(path: Path) -> str:
    """All text of a file, unpacking zip containers (pptx, xlsx) and CSV pairs."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return " ".join(
                archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
            )
    texts = [p.read_text(encoding="utf-8-sig") for p in path.parent.iterdir()]
    return " ".join(texts)


def _secrets(smap: skm.StakeholderMap) -> list[str]:
    """Names, short names and contacts that must not be shared publicly.

    Words the public profile keeps on purpose (categories, theme and segment
    names, the map's name) are not secrets, even when a short name equals one.
    """
    kept = {c.casefold() for c in [s.category or "" for s in smap]}
    kept |= {t.name.casefold() for t in smap.interests}
    kept |= {g.name.casefold() for g in smap.segments}
    out = []
    for s in smap:
        for value in (s.name, s.short_name, s.contact):
            if value and value.casefold() not in kept and value not in smap.name:
                out.append(value)
    out += sorted({a.rater for a in smap.assessments})
    return out


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
@pytest.mark.parametrize("which", ["example", "private"])
def test_public_profile_leaks_nothing_in_any_export(
    tmp_path: Path,
    fmt: str,
    which: str,
    private_map: skm.StakeholderMap,
) -> None:
    smap = skm.load_example("huis_van_het_kind") if which == "example" else private_map
    path = EXPORTERS[fmt](smap, tmp_path / "out")
    text = _file_text(path)
    leaks = [
        s
        for s in _secrets(smap)
        if any(
            re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text, re.IGNORECASE)
            for form in {s, html.escape(s), html.escape(s, quote=False)}
        )
    ]
    assert leaks == []
