"""Which views of a map have nothing to show yet, and the one line that says why.

A new map often has names and a few scores only. A view none of whose
stakeholders has the scores it needs (a salience diagram without legitimacy or
urgency) would be an empty drawing; the figure writers leave it out and say why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stakeholder_map.i18n import join_words, label, text

if TYPE_CHECKING:
    from stakeholder_map.models import StakeholderMap

#: The scores each view needs of a stakeholder to show it, by view name (the
#: names of ``save_views``, the report and the deck). These are the columns
#: the view's analysis leaves a stakeholder out for.
VIEW_NEEDS: dict[str, tuple[str, ...]] = {
    "grid": ("power", "interest"),
    "salience": ("power", "legitimacy", "urgency"),
    "attitude": ("power", "attitude"),
    "attitude_grid": ("power", "attitude"),
    "cube": ("power", "interest", "attitude"),
    "stakeholder_cube": ("power", "interest", "attitude"),
    "priority": ("power", "proximity", "urgency"),
    "engagement_matrix": ("engagement_current", "engagement_desired"),
    "onion": ("proximity",),
    # rated power against influence through the relations
    "influence": ("power",),
}
#: Views that draw relations: without any there is nothing to show.
RELATION_VIEWS = frozenset({"network", "influence"})


def _score_word(field: str, lang: str) -> str:
    if field.startswith("engagement_"):
        return text(f"score_{field}", lang)
    return label(field, lang).lower()


def empty_view_reason(smap: StakeholderMap, view: str, lang: str) -> str | None:
    """Return why ``view`` has nothing to show for ``smap``, or None if it has.

    The line starts with the view's title in ``lang`` and names the scores no
    stakeholder has yet (or, when each is there but never all together, all of
    them).
    """
    title = label(f"view_{view}", lang)
    if view in RELATION_VIEWS and not smap.relations:
        return text("view_left_out_relations", lang, view=title)
    needs = VIEW_NEEDS.get(view)
    if needs is None:
        return None
    people = list(smap.stakeholders)
    if any(all(getattr(s, f) is not None for f in needs) for s in people):
        return None
    nobody = [f for f in needs if all(getattr(s, f) is None for s in people)]
    if nobody:
        words = join_words([_score_word(f, lang) for f in nobody], lang)
        return text("view_left_out", lang, view=title, scores=words)
    words = join_words([_score_word(f, lang) for f in needs], lang)
    return text("view_left_out_together", lang, view=title, scores=words)
