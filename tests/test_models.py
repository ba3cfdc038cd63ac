"""One test per validation rule of the models."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

import stakeholder_map as skm
from stakeholder_map._types import slugify
from stakeholder_map.models import collect_problems, personal_data_fields


def test_id_derived_from_name() -> None:
    assert skm.Stakeholder(name="Huis van het Kind – Noord").id == (
        "huis_van_het_kind_noord"
    )
    assert skm.Stakeholder(name="X", id="own").id == "own"
    assert skm.Interest(name="Participatie van ouders").id == "participatie_van_ouders"


def test_slugify_without_letters_is_stable() -> None:
    assert slugify("–") == slugify("–")
    assert slugify("–").startswith("id_")


def test_only_name_required() -> None:
    s = skm.Stakeholder(name="A")
    assert s.power is None
    assert s.attitude is None
    assert s.tags == ()
    with pytest.raises(ValidationError, match="name"):
        skm.Stakeholder(id="a")  # type: ignore[call-arg]


def test_extra_fields_forbidden() -> None:
    with pytest.raises(ValidationError, match="powr"):
        skm.Stakeholder(name="A", powr=3)  # type: ignore[call-arg]


def test_frozen() -> None:
    s = skm.Stakeholder(name="A")
    with pytest.raises(ValidationError, match="frozen"):
        s.name = "B"  # type: ignore[misc]


@pytest.mark.parametrize("value", [-2.5, 2.1])
def test_attitude_range(value: float) -> None:
    with pytest.raises(ValidationError, match="attitude"):
        skm.Stakeholder(name="A", attitude=value)


def test_nan_score_rejected() -> None:
    with pytest.raises(ValidationError, match="power"):
        skm.Stakeholder(name="A", power=float("nan"))


def test_enums_accept_values() -> None:
    s = skm.Stakeholder(
        name="A",
        engagement_current="neutral",
        engagement_desired="leading",
        participation="involve",
    )
    assert s.engagement_current is skm.EngagementLevel.NEUTRAL
    assert s.participation is skm.ParticipationLevel.INVOLVE
    with pytest.raises(ValidationError, match="engagement_current"):
        skm.Stakeholder(name="A", engagement_current="asleep")


def test_relation_defaults_and_conflict_sign() -> None:
    r = skm.Relation(source="a", target="b")
    assert (r.kind, r.directed, r.sign, r.weight) == ("other", True, 1, None)
    assert skm.Relation(source="a", target="b", kind="conflict").sign == -1
    assert skm.Relation(source="a", target="b", kind="conflict", sign=1).sign == 1
    with pytest.raises(ValidationError, match="sign"):
        skm.Relation(source="a", target="b", sign=2)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="channel"):
        skm.Relation(source="a", target="b", channel="pigeon")


def test_relation_key() -> None:
    assert skm.Relation(source="a", target="b", kind="information").key == (
        "information"
    )
    r = skm.Relation(source="a", target="b", kind="information", channel="email")
    assert r.key == "information/email"


def test_assessment_confidence_range() -> None:
    with pytest.raises(ValidationError, match="confidence"):
        skm.Assessment(stakeholder_id="a", rater="r", confidence=1.5)


def test_scale() -> None:
    assert skm.Scale().midpoint == 3
    assert skm.StakeholderMap(scale=(0, 10)).scale == skm.Scale(min=0, max=10)
    with pytest.raises(ValidationError, match="below"):
        skm.Scale(min=5, max=1)
    with pytest.raises(ValidationError, match="outside the scale"):
        skm.Scale(labels={7: "x"})
    assert skm.Scale(labels={1: "laag", 5: "hoog"}).labels == {1: "laag", 5: "hoog"}


def test_collections_accept_lists_and_store_tuples(
    tiny_map: skm.StakeholderMap,
) -> None:
    assert isinstance(tiny_map.stakeholders, tuple)
    assert isinstance(tiny_map.relations, tuple)
    assert len(tiny_map) == 4
    assert [s.id for s in tiny_map] == ["a", "b", "c", "d"]


def test_get_unknown_suggests(tiny_map: skm.StakeholderMap) -> None:
    with pytest.raises(skm.exceptions.UnknownStakeholderError, match="'a'"):
        tiny_map.get("aa")
    with pytest.raises(KeyError):
        tiny_map.get("zzz")


def _problems(**kwargs: object) -> list[str]:
    with pytest.raises(ValidationError) as info:
        skm.StakeholderMap(**kwargs)  # type: ignore[arg-type]
    return str(info.value).splitlines()


def test_duplicate_ids() -> None:
    lines = _problems(stakeholders=[{"name": "A"}, {"name": "A"}])
    assert any("'a' is used more than once" in line for line in lines)


def test_unknown_relation_ends() -> None:
    lines = _problems(
        stakeholders=[{"name": "A"}],
        relations=[{"source": "a", "target": "x"}, {"source": "y", "target": "a"}],
    )
    assert any("`target` names unknown stakeholder 'x'" in line for line in lines)
    assert any("`source` names unknown stakeholder 'y'" in line for line in lines)


def test_self_relation_and_duplicate_relation() -> None:
    lines = _problems(
        stakeholders=[{"name": "A"}, {"name": "B"}],
        relations=[
            {"source": "a", "target": "a"},
            {"source": "a", "target": "b", "kind": "funding"},
            {"source": "a", "target": "b", "kind": "funding"},
        ],
    )
    assert any("to itself" in line for line in lines)
    assert any("repeats an earlier relation" in line for line in lines)


def test_parallel_relations_of_other_kind_or_channel_allowed() -> None:
    smap = skm.StakeholderMap(
        stakeholders=[{"name": "A"}, {"name": "B"}],
        relations=[
            {"source": "a", "target": "b", "kind": "funding"},
            {"source": "a", "target": "b", "kind": "information", "channel": "email"},
            {"source": "a", "target": "b", "kind": "information", "channel": "phone"},
        ],
    )
    assert len(smap.relations) == 3


def test_parent_off_the_map_is_kept_but_not_oneself() -> None:
    smap = skm.StakeholderMap(stakeholders=[{"name": "A", "parent": "Lokaal bestuur"}])
    assert smap.get("a").parent == "Lokaal bestuur"
    lines = _problems(stakeholders=[{"name": "A", "parent": "a"}])
    assert any("its own `parent`" in line for line in lines)


def test_scores_outside_scale_all_reported() -> None:
    lines = _problems(
        scale=(1, 5),
        stakeholders=[
            {"name": "A", "power": 6, "interest": 0},
            {"name": "B", "urgency": 9},
        ],
        relations=[{"source": "a", "target": "b", "weight": 7}],
        interests=[{"name": "T"}],
        stakes=[{"stakeholder_id": "a", "interest_id": "t", "importance": 8}],
        assessments=[{"stakeholder_id": "b", "rater": "r", "legitimacy": 0.5}],
    )
    assert lines[1].endswith("6 problem(s):")
    for text in (
        "`power`",
        "`interest`",
        "`urgency`",
        "`weight`",
        "`importance`",
        "`legitimacy`",
    ):
        assert any(text in line for line in lines), text


def test_scale_boundaries_are_inside() -> None:
    smap = skm.StakeholderMap(
        scale=(0, 10), stakeholders=[{"name": "A", "power": 0, "interest": 10}]
    )
    assert smap.get("a").interest == 10


def test_stakes_and_assessments_references() -> None:
    lines = _problems(
        stakeholders=[{"name": "A"}],
        interests=[{"name": "T"}, {"name": "T"}],
        stakes=[
            {"stakeholder_id": "z", "interest_id": "t"},
            {"stakeholder_id": "a", "interest_id": "q"},
            {"stakeholder_id": "a", "interest_id": "t"},
            {"stakeholder_id": "a", "interest_id": "t"},
        ],
        assessments=[
            {"stakeholder_id": "q", "rater": "r"},
            {"stakeholder_id": "a", "rater": "r", "date": dt.date(2026, 1, 1)},
            {"stakeholder_id": "a", "rater": "r", "date": dt.date(2026, 1, 1)},
        ],
    )
    text = "\n".join(lines)
    assert "Theme id 't' is used more than once" in text
    assert "unknown stakeholder 'z'" in text
    assert "unknown theme 'q'" in text
    assert "repeats the stance of 'a' on 't'" in text
    assert "unknown stakeholder 'q'" in text
    assert "repeats 'r''s scores for 'a'" in text


def test_collect_problems_positions() -> None:
    problems = collect_problems(
        stakeholders=[skm.Stakeholder(name="A")],
        relations=[skm.Relation(source="a", target="nope")],
    )
    (p,) = problems
    assert (p.collection, p.index, p.field, p.value, p.key) == (
        "relations",
        0,
        "target",
        "nope",
        "unknown_id",
    )


def test_personal_data_marked_in_schema() -> None:
    assert personal_data_fields() == ("contact", "notes")
    schema = skm.Stakeholder.model_json_schema()
    assert schema["properties"]["contact"]["personal_data"] is True
    for field, info in skm.StakeholderMap.model_fields.items():
        assert info.description, field
    for model in (
        skm.Stakeholder,
        skm.Relation,
        skm.Assessment,
        skm.Stake,
        skm.Interest,
        skm.Scale,
    ):
        for field, info in model.model_fields.items():
            assert info.description, f"{model.__name__}.{field}"


def test_model_copy_edits(tiny_map: skm.StakeholderMap) -> None:
    edited = tiny_map.model_copy(update={"name": "Other"})
    assert edited.name == "Other"
    assert tiny_map.name == "Tiny"


@given(
    power=st.floats(1, 5) | st.none(),
    interest=st.floats(1, 5) | st.none(),
    attitude=st.floats(-2, 2) | st.none(),
)
def test_valid_scores_always_accepted(
    power: float | None, interest: float | None, attitude: float | None
) -> None:
    smap = skm.StakeholderMap(
        stakeholders=[
            {"name": "A", "power": power, "interest": interest, "attitude": attitude}
        ]
    )
    assert smap.get("a").power == power


def test_duplicate_undated_assessment_says_so() -> None:
    lines = _problems(
        stakeholders=[{"name": "A"}],
        assessments=[
            {"stakeholder_id": "a", "rater": "r"},
            {"stakeholder_id": "a", "rater": "r"},
        ],
    )
    assert any("both without a date" in line for line in lines)
    assert not any("None" in line for line in lines)


# -- names an attribute may not have ---------------------------------------------


@pytest.mark.parametrize(
    ("model", "key", "fld"),
    [
        (skm.Stakeholder, "label", "name"),
        (skm.Relation, "van", "source"),
        (skm.Relation, "order", "order"),
        (skm.Relation, "key", "key"),
        (skm.Relation, "label", "label"),
        (skm.Relation, "relation_id", "relation_id"),
    ],
)
def test_the_keys_of_the_graph_files_are_reserved(
    model: type[skm.Stakeholder | skm.Relation], key: str, fld: str
) -> None:
    from stakeholder_map.models import _reserved_names

    assert _reserved_names(model)[key] == fld


def test_the_meta_keys_are_reserved_for_the_map_only() -> None:
    from stakeholder_map import i18n
    from stakeholder_map.models import _reserved_names

    reserved = _reserved_names(skm.StakeholderMap)
    for key, aliases in i18n.META_KEY_ALIASES.items():
        for alias in (key, *aliases):
            assert i18n.normalize(alias) in reserved
    for nl in i18n.META_KEYS_NL.values():
        assert i18n.normalize(nl) in reserved
    # Each model reserves its own keys only: a theme may have a "label".
    assert "label" not in _reserved_names(skm.Interest)
    assert skm.Interest(name="T", attributes={"label": "x"}).attributes == {
        "label": "x"
    }


def test_an_attribute_named_like_a_file_key_is_refused() -> None:
    with pytest.raises(ValidationError, match="has the name of the field `name`"):
        skm.Stakeholder(name="A", attributes={"Label": "x"})
