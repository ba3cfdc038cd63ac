"""Markdown escaping of the report: only what would be markup, checked by a parser."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

import stakeholder_map as skm

#: Texts that would turn into markup if written as they are, and plain ones.
TEXTS = [
    "# Kop",
    "Huis #",
    "1. eerste",
    "2026) tweede",
    "- streep",
    "+ plus",
    "---",
    "> citaat",
    "*nadruk* en **vet**",
    "_nadruk_ en __vet__",
    "snake_case_naam",
    "`code`",
    "~~weg~~",
    "[link](http://evil.example)",
    "![beeld](http://evil.example/a.png)",
    "[x]: http://evil.example",
    "<b>vet</b> <script>alert(1)</script>",
    "&lt;b&gt; en &amp; en &#60;",
    "Johnson & Scholes",
    "a | b",
    "eindigt op \\",
    "\\*geen nadruk\\*",
    "C:\\Kaarten\\oud",
    "2026-09-24, v2.1 (online)",
]

_BLOCKS = {"h1", "h2", "p", "li", "th", "td"}
_ALLOWED = _BLOCKS | {"em", "ul", "table", "thead", "tbody", "tr", "hr"}


class _Blocks(HTMLParser):
    """The text of each block element of rendered HTML, and every tag seen."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.blocks: list[tuple[str, str]] = []
        self._open: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag in _BLOCKS:
            self._open.append((tag, []))

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS and self._open:
            name, parts = self._open.pop()
            self.blocks.append((name, "".join(parts)))

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1][1].append(data)


def _render(md: str) -> _Blocks:
    markdown_it = pytest.importorskip("markdown_it")
    renderer = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    parser = _Blocks()
    parser.feed(renderer.render(md))
    return parser


def _map(value: str) -> skm.StakeholderMap:
    return skm.StakeholderMap(
        name="Kaart",
        description=value,
        stakeholders=[
            skm.Stakeholder(id="a", name=value, category=value, power=5, interest=5),
            skm.Stakeholder(id="b", name="Beta", power=1, interest=1),
            skm.Stakeholder(id="c", name=f"Niet gescoord {value}"),
        ],
    )


def test_dates_hyphens_and_dots_stay_as_typed() -> None:
    smap = skm.StakeholderMap(
        name="Huis van het Kind Noord-West v2.1",
        description="Overleg op 2026-09-24 (online), e-mail info@huis.be; 3+ "
        "partners; Johnson & Scholes; C:\\Kaarten.",
        date="2026-09-24",
        stakeholders=[
            skm.Stakeholder(
                name="O.C.M.W. (Noord-West)",
                category="zorg-welzijn",
                power=4.5,
                interest=3,
            ),
            skm.Stakeholder(name="Kind & Gezin", power=2, interest=4),
        ],
    )
    md = skm.export.to_markdown(smap, views=[], lang="en")
    assert md.splitlines()[0] == (
        "# Stakeholder analysis: Huis van het Kind Noord-West v2.1"
    )
    assert "\n2026-09-24" in md or " 2026-09-24*" in md  # the subtitle's date
    assert (
        "\nOverleg op 2026-09-24 (online), e-mail info@huis.be; 3+ partners; "
        "Johnson & Scholes; C:\\Kaarten.\n"
    ) in md
    assert "| O.C.M.W. (Noord-West) | zorg-welzijn | 4.5 | 3 |" in md
    assert "| Kind & Gezin |" in md
    for typed in ("\\-", "\\.", "\\(", "\\+", "&amp;"):
        assert typed not in md, typed


@pytest.mark.parametrize("value", TEXTS)
def test_user_text_renders_as_typed_and_nothing_else(value: str) -> None:
    md = skm.export.to_markdown(_map(value), views=[], title=value)
    page = _render(md)
    assert page.tags <= _ALLOWED, md
    blocks = page.blocks
    assert blocks[0] == ("h1", value)  # the title
    summary = blocks.index(("h2", "Samenvatting"))
    assert blocks[summary + 1] == ("p", value)  # the description
    cells = [text for tag, text in blocks if tag == "td"]
    assert cells[:2] == [value, value]  # name and category in the table
    left_out = f"Niet in het rooster (geen macht of belang): Niet gescoord {value}."
    assert ("p", left_out) in blocks  # a paragraph that does not start with it


def test_table_keeps_its_columns_with_a_pipe_in_a_cell() -> None:
    md = skm.export.to_markdown(_map("a | b"), views=[])
    assert "| a \\| b | a \\| b |" in md
    page = _render(md)
    header = [text for tag, text in page.blocks if tag == "th"]
    assert len(header) == 6
    assert len([1 for tag, _ in page.blocks if tag == "td"]) == 2 * len(header)


def test_line_breaks_do_not_start_new_blocks() -> None:
    md = skm.export.to_markdown(
        _map("eerste regel\n# geen kop\n\n- geen lijst"), views=[]
    )
    page = _render(md)
    assert ("p", "eerste regel # geen kop - geen lijst") in page.blocks
    assert [text for tag, text in page.blocks if tag == "h1"] == [
        "Stakeholderanalyse: Kaart"
    ]
