"""write_report(..., interactive=True): the interactive network in HTML reports only."""

from __future__ import annotations

from pathlib import Path

import pytest

import stakeholder_map as skm


@pytest.mark.parametrize("name", ["r.html", "r.HTM"])
def test_html_report_gets_the_interactive_network(
    tmp_path: Path, tiny_map: skm.StakeholderMap, name: str
) -> None:
    pytest.importorskip("stakeholder_map.plotting")
    out = skm.export.write_report(tiny_map, tmp_path / name, interactive=True)
    page = out.read_text(encoding="utf-8")
    assert page.count("<iframe") == 1
    assert "sandbox=" in page
    plain = skm.export.write_report(tiny_map, tmp_path / "plain.html")
    assert "<iframe" not in plain.read_text(encoding="utf-8")
    assert "<script" not in plain.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "lang", "message"),
    [
        ("r.md", "en", "adds the interactive network to an HTML report only"),
        ("r.pptx", "en", "but 'r.pptx' was passed"),
        ("r.md", "nl", "alleen aan een HTML-rapport"),
    ],
)
def test_other_formats_refuse_it(
    tmp_path: Path, tiny_map: skm.StakeholderMap, name: str, lang: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        skm.export.write_report(tiny_map, tmp_path / name, lang=lang, interactive=True)
    assert list(tmp_path.iterdir()) == []
