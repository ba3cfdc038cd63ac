"""The HTML and Markdown reports: offline, escaped, complete, in two languages."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import stakeholder_map as skm

EVIL = "<script>alert(1)</script>"


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Collector:
    parser = _Collector()
    parser.feed(page)
    return parser


@pytest.fixture
def evil_map(tiny_map: skm.StakeholderMap) -> skm.StakeholderMap:
    first = tiny_map.stakeholders[0].model_copy(
        update={"name": EVIL, "category": "[klik](http://evil.example)"}
    )
    return tiny_map.model_copy(
        update={
            "stakeholders": (first, *tiny_map.stakeholders[1:]),
            "description": "Kaart & *notities* | <b>vet</b>",
        }
    )


def _external_references(page: str) -> list[str]:
    """Everything in the page that would load something from elsewhere."""
    found = []
    for tag, attrs in _parse(page).tags:
        if tag in {"script", "link", "iframe", "object", "embed", "img", "base"}:
            found.append(tag)
        for name, value in attrs.items():
            loads = name in {"src", "href", "xlink:href", "action", "srcset", "poster"}
            if loads and value and not value.startswith("#"):
                found.append(f"{tag} {name}={value}")
    found += re.findall(r"@import|url\(\s*['\"]?(?!#)[^)]*\)", page)
    return found


def test_html_has_no_external_references(example_map: skm.StakeholderMap) -> None:
    pytest.importorskip("stakeholder_map.plotting")
    page = skm.export.to_html(example_map, views=["grid"])
    assert "<svg" in page
    assert _external_references(page) == []


def test_html_escapes_user_text(evil_map: skm.StakeholderMap) -> None:
    page = skm.export.to_html(evil_map, views=[])
    parsed = _parse(page)
    assert "script" not in [tag for tag, _ in parsed.tags]
    assert "b" not in [tag for tag, _ in parsed.tags]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert EVIL in "".join(parsed.text)  # shown as text, in the table
    assert _external_references(page) == []


def test_html_sections_and_table_in_dutch(example_map: skm.StakeholderMap) -> None:
    page = skm.export.to_html(example_map, views=[])
    headings = re.findall(r"<h2>(.*?)</h2>", page)
    assert headings == [
        "Samenvatting",
        "Tabellen",
        "Wat veranderde",
        "Methoden en bronnen",
        "Privacy",
    ]
    assert page.count("<tr>") == 36 + 1  # 36 scored stakeholders and the header
    assert "<li>Nauw betrekken: " in page
    assert "Speel-o-theek De Knikker" in page  # not scored: named in the summary
    assert "Johnson &amp; Scholes" in page
    assert '<html lang="nl">' in page


def test_changes_between_snapshots(example_map: skm.StakeholderMap) -> None:
    page = skm.export.to_html(example_map, views=[], lang="en")
    section = page.split("<h2>What changed</h2>", 1)[1].split("<h2>", 1)[0]
    assert "Compared with 2026-03-12:" in section
    assert "<li>Vrij CLB Vlasbeke: Keep satisfied -&gt; Manage closely</li>" in section


def test_changes_since_a_previous_map(tiny_map: skm.StakeholderMap) -> None:
    data = tiny_map.model_dump()
    data["date"] = "2026-01-01"
    data["stakeholders"] = data["stakeholders"][:3]
    data["stakeholders"][1]["interest"] = 5
    data["relations"] = data["relations"][:1]
    before = skm.StakeholderMap.model_validate(data)
    md = skm.export.to_markdown(tiny_map, views=[], previous=before, lang="en")
    section = md.split("## What changed", 1)[1].split("## ", 1)[0]
    assert "Compared with 2026-01-01:" in section
    assert "New: Delta." in section
    assert "- Beta: Manage closely -&gt; Keep satisfied" in section


def test_no_changes_section_without_snapshots(tiny_map: skm.StakeholderMap) -> None:
    page = skm.export.to_html(tiny_map, views=[])
    assert "Wat veranderde" not in page


def test_markdown_escapes_user_text(evil_map: skm.StakeholderMap) -> None:
    md = skm.export.to_markdown(evil_map, views=[])
    assert "<script>" not in md
    assert "<b>" not in md
    assert "](http" not in md  # the category is no link
    assert "\\[klik\\]\\(http://evil.example)" in md
    assert "Kaart & \\*notities\\* | &lt;b&gt;vet&lt;/b&gt;" in md
    table = [line for line in md.splitlines() if line.startswith("|")]
    assert len(table) == 2 + 4
    assert all(line.count(" | ") == 5 for line in table if "---" not in line)


def test_markdown_figures_are_embedded(example_map: skm.StakeholderMap) -> None:
    pytest.importorskip("stakeholder_map.plotting")
    md = skm.export.to_markdown(example_map, views=["grid"], lang="en")
    assert "](data:image/svg+xml;base64," in md
    assert "## Views" in md


def test_figure_ids_are_unique_across_figures(example_map: skm.StakeholderMap) -> None:
    plotting = pytest.importorskip("stakeholder_map.plotting")
    if not hasattr(plotting, "plot_movement"):
        pytest.skip("needs plot_movement")
    page = skm.export.to_html(example_map, views=["grid", "movement"])
    grid, movement = re.findall(r"<svg.*?</svg>", page, flags=re.DOTALL)
    grid_ids = set(re.findall(r'\bid="([^"]+)"', grid))
    movement_ids = set(re.findall(r'\bid="([^"]+)"', movement))
    assert grid_ids
    assert not grid_ids & movement_ids
    # Every reference points into its own figure.
    assert set(re.findall(r'href="#([^"]+)"', grid)) <= grid_ids
    assert set(re.findall(r'href="#([^"]+)"', movement)) <= movement_ids


def test_writes_the_file_atomically(
    tmp_path: Path, tiny_map: skm.StakeholderMap
) -> None:
    path = tmp_path / "sub" / "rapport.html"
    page = skm.export.to_html(tiny_map, path, views=[])
    assert path.read_text(encoding="utf-8") == page
    md_path = tmp_path / "rapport.md"
    md = skm.export.to_markdown(tiny_map, md_path, views=[])
    assert md_path.read_text(encoding="utf-8") == md
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.md", "sub"]


def test_public_profile_in_report(example_map: skm.StakeholderMap) -> None:
    page = skm.export.to_html(example_map, views=[], profile="public", lang="en")
    assert "OCMW Vlasbeke" not in page
    privacy = page.split("<h2>Privacy</h2>", 1)[1]
    assert "Privacy profile &#x27;public&#x27; removed or replaced:" in privacy


def test_unknown_view(tiny_map: skm.StakeholderMap) -> None:
    with pytest.raises(ValueError, match="`views` mag enkel"):
        skm.export.to_html(tiny_map, views=["bogus"])
    with pytest.raises(ValueError, match="`lang` must be one of"):
        skm.export.to_markdown(tiny_map, lang="de", views=[])


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("r.html", b"<!DOCTYPE html>"),
        ("r.md", b"# Stakeholderanalyse"),
        ("r.pptx", b"PK"),
    ],
)
def test_write_report_by_suffix(
    tmp_path: Path, tiny_map: skm.StakeholderMap, name: str, start: bytes
) -> None:
    if name.endswith(".pptx"):
        pytest.importorskip("pptx")
    out = skm.export.write_report(tiny_map, tmp_path / name)
    assert out == tmp_path / name
    assert out.read_bytes().startswith(start)


def test_write_report_rejects_other_suffix(
    tmp_path: Path, tiny_map: skm.StakeholderMap
) -> None:
    with pytest.raises(ValueError, match=r"\.pptx, \.html, \.htm or \.md"):
        skm.export.write_report(tiny_map, tmp_path / "r.docx")


def test_default_views_show_movement_since_previous(
    tiny_map: skm.StakeholderMap,
) -> None:
    plotting = pytest.importorskip("stakeholder_map.plotting")
    if not hasattr(plotting, "plot_movement"):
        pytest.skip("needs plot_movement")
    data = tiny_map.model_dump()
    data["stakeholders"][1]["interest"] = 5
    before = skm.StakeholderMap.model_validate(data)
    with_previous = skm.export.to_html(tiny_map, previous=before)
    alone = skm.export.to_html(tiny_map)
    assert with_previous.count("<svg") == alone.count("<svg") + 1
    assert "Verschuivingen tussen momentopnames" in with_previous
    assert "Verschuivingen tussen momentopnames" not in alone


def test_views_with_nothing_to_show_are_left_out_with_a_line(
    tiny_map: skm.StakeholderMap,
) -> None:
    page = skm.export.to_html(tiny_map, views=["grid", "salience"])
    assert page.count("<figure ") == 1  # the grid only: nobody has legitimacy
    assert (
        "<p>Saillantie (Mitchell, Agle &amp; Wood) weggelaten: nog geen enkele "
        "actor heeft een score voor legitimiteit en urgentie.</p>"
    ) in page
    md = skm.export.to_markdown(tiny_map, lang="en", views=["salience"])
    assert "data:image/svg+xml" not in md
    assert "no stakeholder has a score for legitimacy and urgency yet." in md


@pytest.mark.filterwarnings("ignore::stakeholder_map.exceptions.StakeholderMapWarning")
def test_figures_have_text_alternatives_and_their_data(
    example_map: skm.StakeholderMap,
) -> None:
    page = skm.export.to_html(example_map, views=["grid", "network"])
    svg = re.search(r"<svg[^>]*>", page)
    assert svg is not None
    assert 'role="img"' in svg.group(0)
    assert 'aria-labelledby="skm-grid-title skm-grid-desc"' in svg.group(0)
    assert '<title id="skm-grid-title">Macht-belangrooster</title>' in page
    grid = skm.analysis.power_interest(example_map, labels="nl")
    n_close = int((grid["quadrant"] == "manage_closely").sum())
    desc = re.search(r'<desc id="skm-grid-desc">(.*?)</desc>', page)
    assert desc is not None
    assert f"Nauw betrekken: {n_close} (OCMW," in desc.group(1)
    caption = re.search(r'<figcaption id="skm-grid-caption">(.*?)</figcaption>', page)
    assert caption is not None
    assert caption.group(1) == desc.group(1)
    # The table of the figure's data, one click away.
    details = re.findall(r"<details><summary>(.*?)</summary><table>(.*?)</table>", page)
    assert len(details) == 2
    assert details[0][0] == "De gegevens van deze figuur"
    assert details[0][1].count("<tr>") == len(grid) + 1
    assert "<td>OCMW Vlasbeke</td><td>5</td>" in details[0][1]
    md = skm.export.to_markdown(example_map, views=["grid"])
    assert f"![Macht-belangrooster. Macht-belangrooster, {len(grid)} actoren." in md
