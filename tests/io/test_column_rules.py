"""The readers apply the models' per-row rules once per column: same result.

``skm.read`` brings whole columns into their stored form (relation kinds, signs,
ids, the user's own attributes) and tells the models so through the validation
context, so that each row skips the Python rule; the map's cross-object checks
skip the loop of a collection with no violation. These tests hold the readers to
what the models give row by row, and the checks to what the full loops find.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import stakeholder_map as skm
from stakeholder_map.io._attributes import attribute_columns, stored_column
from stakeholder_map.io._bulk import (
    _adapter,
    _bulk_validator,
    _ready_relations,
    _row_dicts,
)
from stakeholder_map.io._cells import clean_column, per_distinct
from stakeholder_map.models import (
    ATTRIBUTES_READY,
    IDS_READY,
    RELATIONS_READY,
    Relation,
    RelationKind,
    Stakeholder,
    _attribute_value,
    _clean_attributes,
    collect_problems,
)

CELLS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.floats(-5, 5, allow_nan=False),
    st.sampled_from(["a", " a ", "2026-03-15", "1; 2", "", "ja", "3,5"]),
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 1, 1)),
)


@given(st.lists(CELLS, max_size=30))
@example([0.0, -0.0])  # equal in Python, but "0.0" and "-0.0" as text
def test_per_distinct_is_the_rule_per_cell(cells: list[object]) -> None:
    rule = repr  # tells 1, 1.0 and True apart
    assert per_distinct(cells, rule) == [None if c is None else rule(c) for c in cells]


def test_per_distinct_asks_each_distinct_cell_once() -> None:
    asked: list[object] = []
    out = per_distinct(
        ["a", "b", "a", None, 1, True, 1], lambda v: asked.append(v) or v
    )
    assert asked == ["a", "b", 1, True]
    assert out == ["a", "b", "a", None, 1, True, 1]


def test_per_distinct_tells_minus_zero_apart() -> None:
    assert per_distinct([0.0, -0.0, 0.0], repr) == ["0.0", "-0.0", "0.0"]


def test_per_distinct_takes_unhashable_cells() -> None:
    assert per_distinct([["a"], ["a"]], len) == [1, 1]


def test_per_distinct_asks_each_text_once_in_order() -> None:
    asked: list[object] = []
    out = per_distinct(["b", "a", None, "b", "a"], lambda v: asked.append(v) or v * 2)
    assert asked == ["b", "a"]
    assert out == ["bb", "aa", None, "bb", "aa"]


@given(st.lists(st.sampled_from(["", "a", " a", "a ", "\xa0b", "b\t", "c"])))
def test_clean_text_columns_blank_and_strip_every_cell(cells: list[str]) -> None:
    out, text = clean_column(cells, text_only=True)
    assert out == [c.strip() or None for c in cells]
    assert text


TEXT = st.text(alphabet="ab1;, -/'.05:", max_size=12)


@settings(max_examples=300)
@given(st.lists(st.one_of(st.none(), TEXT), min_size=1, max_size=20))
def test_stored_attributes_are_what_the_model_stores(cells: list[str | None]) -> None:
    cells = [None if c is None or not c.strip() else c.strip() for c in cells]
    for infer in ("text", "sheet", "python"):
        typed = attribute_columns(cells, infer=infer)
        ours = stored_column(typed)
        model = [None if v is None else _attribute_value(v) for v in typed]
        assert ours == model
        assert [type(v) for v in ours] == [type(v) for v in model]


def test_ready_attributes_skip_only_the_rule_they_replace() -> None:
    row = {"id": "a", "name": "A", "attributes": {"Regio": " Noord "}}
    assert Stakeholder.model_validate(row).attributes == {"Regio": "Noord"}
    assert _clean_attributes(Stakeholder, {" Regio ": 1}) == {"Regio": 1}


KINDS = st.sampled_from(
    [
        None,
        "funding",
        "Financiering",
        "conflict",
        "Conflict",
        "doorverwijzing",
        "Doorverwijzing",
        " doorverwijzing ",
        "Dóórverwijzing",
        "Employee/Founder",
        7,
    ]
)


@settings(max_examples=200)
@given(
    st.lists(
        st.tuples(
            KINDS,
            st.sampled_from([None, 1, -1]),
            st.sampled_from([None, "x", " x ", 5, "  "]),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_ready_relations_are_what_the_model_stores(
    rows: list[tuple[object, int | None, object]],
) -> None:
    n = len(rows)
    values = {
        "source": [f"s{i}" for i in range(n)],
        "target": ["t"] * n,
        "kind": [k for k, _, _ in rows],
        "sign": [s for _, s, _ in rows],
        "id": [i for _, _, i in rows],
    }
    ready = _ready_relations(values, n)
    fast = [
        Relation.model_validate(d, context={RELATIONS_READY: True})
        for d in _row_dicts(list(ready), list(ready.values()), n)
    ]
    slow = [
        Relation.model_validate(d)
        for d in _row_dicts(list(values), list(values.values()), n)
    ]
    # The map gives kinds of the user's own one spelling: the first one used.
    smap = skm.StakeholderMap(
        stakeholders=[
            skm.Stakeholder(id=sid, name=sid) for sid in [*values["source"], "t"]
        ],
        relations=slow,
    )
    assert fast == list(smap.relations)
    assert all(isinstance(r.kind, RelationKind) or type(r.kind) is str for r in fast)
    assert values["kind"] == [k for k, _, _ in rows]  # the cells stay as given


def test_row_dicts_leave_out_empty_cells() -> None:
    dicts = _row_dicts(["a", "b", "c"], [[1, 2], [None, 3], [None, None]], 2)
    assert dicts == [{"a": 1}, {"a": 2, "b": 3}]
    assert _row_dicts([], [], 2) == [{}, {}]
    assert _row_dicts(["a"], [[None, 1]], 2) == [{}, {"a": 1}]
    many = [f"c{i}" for i in range(70)]  # more keys than a generated display
    assert _row_dicts(many, [[i] for i in range(70)], 1) == [
        {f"c{i}": i for i in range(70)}
    ]
    with pytest.raises(ValueError, match="2 cells"):
        _row_dicts(["a", "b"], [[1, 2], [3]], 2)


@pytest.mark.parametrize(
    ("model", "keys", "rows"),
    [
        (
            Relation,
            (RELATIONS_READY,),
            [
                {"source": "a", "target": "b", "kind": RelationKind.FUNDING},
                {"source": "a", "target": "c", "kind": "doorverwijzing", "sign": -1},
                {"source": "b", "target": "c", "kind": RelationKind.CONFLICT},
            ],
        ),
        (
            Stakeholder,
            (ATTRIBUTES_READY,),
            [
                {"id": "a", "name": "A", "attributes": {"Regio": "Noord"}},
                {"name": "B C", "power": 3.0, "tags": ("x",)},
            ],
        ),
        (
            Stakeholder,
            (ATTRIBUTES_READY, IDS_READY),
            [
                {"id": "a", "name": "A", "attributes": {"Regio": "Noord"}},
                {"id": "b c", "name": "B C", "power": 3.0},
            ],
        ),
    ],
)
def test_bulk_validation_leaves_out_only_the_ready_hooks(
    model: type[Relation | Stakeholder],
    keys: tuple[str, ...],
    rows: list[dict[str, object]],
) -> None:
    context = dict.fromkeys(keys, True)
    fast = _bulk_validator(model, frozenset(context))
    assert fast != _adapter(model).validate_python  # the hook is left out
    ours = fast(rows, context=context)
    full = _adapter(model).validate_python(rows, context=context)
    assert ours == full
    assert [type(o) for o in ours] == [model] * len(rows)
    assert [o.model_fields_set for o in ours] == [o.model_fields_set for o in full]
    assert [type(getattr(o, "kind", None)) for o in ours] == [
        type(getattr(o, "kind", None)) for o in full
    ]
    # Every other rule stays: a bad row still fails as the model fails it.
    bad = [{**rows[0], "weight" if model is Relation else "power": "many"}]
    with pytest.raises(ValidationError) as ours_err:
        fast(bad, context=context)
    with pytest.raises(ValidationError) as full_err:
        _adapter(model).validate_python(bad, context=context)
    assert ours_err.value.errors() == full_err.value.errors()


def test_bulk_validation_without_ready_keys_is_the_adapter() -> None:
    assert _bulk_validator(Relation, frozenset()) == _adapter(Relation).validate_python


def _problems(**parts: object) -> list[str]:
    return [p.key for p in collect_problems(**parts)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("stakeholders", "relations", "expected"),
    [
        ([("a", {}), ("a", {})], [], ["duplicate_id"]),
        ([("a", {"power": 9})], [], ["out_of_scale"]),
        ([("a", {"power": float("nan")})], [], ["out_of_scale"]),
        ([("a", {"power": 3, "interest": float("nan")})], [], ["out_of_scale"]),
        ([("a", {"parent": "a"})], [], ["self_parent"]),
        ([("a", {}), ("b", {})], [("a", "x", {})], ["unknown_id"]),
        ([("a", {})], [("a", "a", {})], ["self_relation"]),
        (
            [("a", {}), ("b", {})],
            [("a", "b", {}), ("a", "b", {})],
            ["duplicate_relation"],
        ),
        ([("a", {}), ("b", {})], [("a", "b", {"weight": 0})], ["out_of_scale"]),
        (
            [("a", {}), ("b", {})],
            [("a", "b", {"weight": 3}), ("b", "a", {"weight": float("nan")})],
            ["out_of_scale"],
        ),
        ([("a", {}), ("b", {})], [("a", "b", {}), ("b", "a", {})], []),
    ],
)
def test_cross_checks_find_every_violation(
    stakeholders: list[tuple[str, dict[str, object]]],
    relations: list[tuple[str, str, dict[str, object]]],
    expected: list[str],
) -> None:
    # Built without validation, as a faulty caller could: the checks must see it.
    people = [Stakeholder.model_construct(id=i, name=i, **kw) for i, kw in stakeholders]
    ties = [
        Relation.model_construct(source=s, target=t, **kw) for s, t, kw in relations
    ]
    assert _problems(stakeholders=people, relations=ties) == expected


def test_the_reader_matches_one_model_per_row(tmp_path: Path) -> None:
    (tmp_path / "stakeholders.csv").write_text(
        "id;name;power;Regio;Budget;Start\n"
        "a;A;3;Noord;1500;2026-03-15\n"
        "b;B;4; Zuid ;;15/03/2026\n"
        "c;C;2;;2,5;\n",
        encoding="utf-8",
    )
    (tmp_path / "relations.csv").write_text(
        "source;target;kind;id\n"
        "a;b;Doorverwijzing; r1 \n"
        "b;c;doorverwijzing;\n"
        "c;a;conflict;\n"
        "a;c;;\n",
        encoding="utf-8",
    )
    smap = skm.read(tmp_path / "stakeholders.csv")
    assert [s.attributes for s in smap.stakeholders] == [
        {"Regio": "Noord", "Budget": 1500, "Start": dt.date(2026, 3, 15)},
        {"Regio": "Zuid", "Start": dt.date(2026, 3, 15)},
        {"Budget": 2.5},
    ]
    assert [(str(r.kind), r.sign, r.id) for r in smap.relations] == [
        ("Doorverwijzing", 1, "r1"),
        ("Doorverwijzing", 1, None),
        ("conflict", -1, None),
        ("other", 1, None),
    ]
    rebuilt = skm.StakeholderMap(
        name=smap.name,
        stakeholders=[Stakeholder.model_validate(s.model_dump()) for s in smap],
        relations=[Relation.model_validate(r.model_dump()) for r in smap.relations],
    )
    assert rebuilt.stakeholders == smap.stakeholders
    assert rebuilt.relations == smap.relations


@pytest.mark.parametrize("ids", [["a", "b"], ["a", ""]])
def test_the_reader_derives_only_the_missing_ids(
    tmp_path: Path, ids: list[str]
) -> None:
    # An id column with every cell filled skips `_id_from_name` (IDS_READY);
    # one blank cell keeps it, and that row's id comes from its name.
    path = tmp_path / "stakeholders.csv"
    rows = "".join(f"{i};Naam {n}\n" for i, n in zip(ids, "AB", strict=True))
    path.write_text("id;name\n" + rows, encoding="utf-8")
    assert skm.read(path).ids == ("a", ids[1] or "naam_b")
