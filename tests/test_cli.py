"""The command line, run as users run it: in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import stakeholder_map as skm


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MPLBACKEND": "Agg", "COLUMNS": "120"}
    return subprocess.run(
        [sys.executable, "-m", "stakeholder_map.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def test_help() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("demo", "validate", "grid"):
        assert command in result.stdout


def test_demo_writes_grid_and_table(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = run("demo", "--out", str(out))
    assert result.returncode == 0, result.stderr
    for name in ("salience.png", "network.svg", "information_flow.png", "deck.pptx"):
        assert (out / name).exists(), name
    lines = result.stderr.splitlines()
    assert len(lines) == len(set(lines)), "each note is printed once"
    assert (out / "grid.png").stat().st_size > 10_000
    assert (out / "grid.svg").read_text(encoding="utf-8").startswith("<?xml")
    # a Dutch map's tables open in Dutch-locale Excel: semicolons, decimal commas
    table = pd.read_csv(
        out / "classification.csv", sep=";", decimal=",", index_col="stakeholder_id"
    )
    assert table.loc["ocmw", "quadrant"] == "manage_closely"
    assert table.loc["ocmw", "power"] == 5.0
    assert table.loc["ocmw", "label"] == "Nauw betrekken"
    assert "Nauw betrekken" in result.stdout
    assert str(out) in result.stdout


def test_demo_in_english(tmp_path: Path) -> None:
    result = run("demo", "--out", str(tmp_path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    table = pd.read_csv(tmp_path / "classification.csv", index_col="stakeholder_id")
    assert table.loc["ocmw", "label"] == "Manage closely"


def test_validate_ok(tmp_path: Path, tiny_map: skm.StakeholderMap) -> None:
    path = tmp_path / "kaart.yaml"
    skm.write(tiny_map, path)
    result = run("validate", str(path))
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout
    assert "4 stakeholders" in result.stdout


def test_validate_lists_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "stakeholders.csv"
    path.write_text(
        "naam,macht,belang\nOCMW,5,hoog\nCLB,veel te veel,2\nCAW,9,1\n",
        encoding="utf-8",
    )
    result = run("validate", str(path), "--lang", "nl")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "rij 3" in result.stderr
    assert "rij 4" in result.stderr
    assert "macht" in result.stderr


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nope.xlsx"))
    assert result.returncode == 1
    assert "nope.xlsx" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_grid(tmp_path: Path, tiny_map: skm.StakeholderMap, suffix: str) -> None:
    src = tmp_path / "kaart.json"
    skm.write(tiny_map, src)
    out = tmp_path / f"grid{suffix}"
    result = run(
        "grid", str(src), "-o", str(out), "--threshold", "4", "--theme", "print"
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000


def test_grid_rejects_unknown_suffix(
    tmp_path: Path, tiny_map: skm.StakeholderMap
) -> None:
    src = tmp_path / "kaart.json"
    skm.write(tiny_map, src)
    result = run("grid", str(src), "-o", str(tmp_path / "grid.gif"))
    assert result.returncode == 1
    assert ".png, .svg or .pdf" in result.stderr


def test_usage_error_exit_code() -> None:
    result = run("grid")
    assert result.returncode == 2


def test_template_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "werkblad.xlsx"
    result = run("template", str(out), "--raters", "3")
    assert result.returncode == 0, result.stderr
    assert run("validate", str(out)).returncode == 0
    result = run("template", str(tmp_path / "werkblad.csv"))
    assert result.returncode == 1
    assert ".xlsx" in result.stderr


def test_template_with_a_sheet_per_rater(tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "per_deelnemer.xlsx"
    result = run("template", str(out), "--raters", "2", "--rater-sheets", "-l", "nl")
    assert result.returncode == 0, result.stderr
    sheets = openpyxl.load_workbook(out).sheetnames
    assert "beoordeling Deelnemer 2" in sheets
    assert "beoordelingen" not in sheets
    assert run("validate", str(out)).returncode == 0
    result = run("template", str(tmp_path / "x.xlsx"), "--rater-sheets")
    assert result.returncode == 1
    assert "`--rater-sheets` needs `--raters N`" in result.stderr
    assert "Traceback" not in result.stderr


def test_compare_two_meetings(tmp_path: Path, example_map: skm.StakeholderMap) -> None:
    from stakeholder_map.analysis import snapshot

    before, after = tmp_path / "maart.yaml", tmp_path / "september.yaml"
    skm.write(snapshot(example_map, "2026-03-12"), before)
    skm.write(snapshot(example_map, "2026-09-24"), after)
    out = tmp_path / "verschil"
    result = run("compare", str(before), str(after), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Nauw betrekken" in result.stdout
    summary = (out / "summary.txt").read_text(encoding="utf-8")
    assert "Vrij CLB Vlasbeke" in summary
    assert (out / "movement.png").stat().st_size > 10_000
    table = pd.read_csv(out / "stakeholders.csv", sep=";", decimal=",")
    assert len(table) > 0


def test_views_and_network(tmp_path: Path, tiny_map: skm.StakeholderMap) -> None:
    src = tmp_path / "kaart.xlsx"
    skm.write(skm.load_example("huis_van_het_kind"), src)
    result = run("network", str(src), "-o", str(tmp_path / "net"), "-f", "png")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "net").iterdir())
    assert names == ["influence_gap.png", "information_flow.png", "network.png"]
    result = run("network", str(src), "-o", str(tmp_path / "x"), "--source", "nope")
    assert result.returncode == 1
    assert "nope" in result.stderr
    result = run("views", str(src), "-o", str(tmp_path / "views"), "-f", "svg")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "views" / "salience.svg").exists()
    result = run("views", str(src), "-o", str(tmp_path / "v"), "-f", "gif")
    assert result.returncode == 1
    assert "png, svg or pdf" in result.stderr


def test_report(tmp_path: Path, tiny_map: skm.StakeholderMap) -> None:
    src = tmp_path / "kaart.json"
    skm.write(tiny_map, src)
    for name in ("deck.pptx", "verslag.html", "verslag.md"):
        result = run(
            "report", str(src), "-o", str(tmp_path / name), "--profile", "public"
        )
        assert result.returncode == 0, result.stderr
        assert (tmp_path / name).stat().st_size > 1000
    result = run("report", str(src), "-o", str(tmp_path / "verslag.docx"))
    assert result.returncode == 1
    assert ".pptx, .html, .htm or .md" in result.stderr


def test_report_with_the_interactive_network(
    tmp_path: Path, tiny_map: skm.StakeholderMap
) -> None:
    src = tmp_path / "kaart.json"
    skm.write(tiny_map, src)
    page = tmp_path / "verslag.html"
    result = run("report", str(src), "-o", str(page), "--interactive")
    assert result.returncode == 0, result.stderr
    assert "<iframe" in page.read_text(encoding="utf-8")
    result = run(
        "report", str(src), "-o", str(tmp_path / "verslag.md"), "--interactive"
    )
    assert result.returncode == 1
    assert "`--interactive` needs an .html report" in result.stderr
    assert not (tmp_path / "verslag.md").exists()


def test_plan_and_status(tmp_path: Path) -> None:
    from stakeholder_map.datasets import example_path

    src = example_path("huis_van_het_kind")
    for name in ("plan.xlsx", "plan.csv", "plan.md"):
        result = run("plan", str(src), "-o", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
    table = pd.read_excel(tmp_path / "plan.xlsx", index_col=0)
    assert "Kanalen" in table.columns
    assert "Nauw betrekken" in (tmp_path / "plan.md").read_text(encoding="utf-8")
    result = run("status", str(src), "--today", "2026-10-15")
    assert result.returncode == 0, result.stderr
    assert "CLB" in result.stdout
    assert "Te weinig" in result.stdout
    result = run("status", str(src), "--today", "15 oktober")
    assert result.returncode == 1
    assert "2026-03-15" in result.stderr
    result = run("plan", str(src), "-o", str(tmp_path / "plan.docx"))
    assert result.returncode == 1


def test_unscored_stakeholders_noted_once_in_dutch(tmp_path: Path) -> None:
    result = run("views", str(_example_file()), "-o", str(tmp_path), "-f", "png")
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if "gescoord" in line]
    assert len(notes) == 1
    assert "Speel-o-theek De Knikker" in notes[0]
    assert "StakeholderMapWarning" not in result.stderr


def _example_file() -> Path:
    from stakeholder_map.datasets import example_path

    return example_path("huis_van_het_kind")


def _unscored_map(n: int = 26) -> skm.StakeholderMap:
    """A new map: names, power and interest, and nothing else yet."""
    people = [
        skm.Stakeholder(id=f"p{i}", name=f"Partner {i:02d}", power=3, interest=2)
        for i in range(n)
    ]
    return skm.StakeholderMap(name="Nieuw", language="nl", stakeholders=people)


def test_not_scored_note_counts_and_names_ten(tmp_path: Path) -> None:
    src = tmp_path / "nieuw.yaml"
    smap = _unscored_map()
    first = smap.stakeholders[0].model_copy(update={"attitude": 1})
    skm.write(
        smap.model_copy(update={"stakeholders": (first, *smap.stakeholders[1:])}), src
    )
    result = run("views", str(src), "-o", str(tmp_path / "v"), "-f", "svg")
    assert result.returncode == 0, result.stderr
    [note] = [line for line in result.stderr.splitlines() if "gescoord" in line]
    assert "25 actoren, waaronder Partner 01, " in note
    assert "Partner 10." in note
    assert "Partner 11" not in note
    assert note.endswith(f"`stakeholder-map validate {src}` noemt ze allemaal.")
    # Views nobody has the scores for are not written, and one line says why.
    assert not (tmp_path / "v" / "salience.svg").exists()
    assert (
        "Saillantie (Mitchell, Agle & Wood) weggelaten: nog geen enkele actor "
        "heeft een score voor legitimiteit en urgentie." in result.stderr.splitlines()
    )
    result = run("validate", str(src))
    assert result.returncode == 0, result.stderr
    assert "Partner 25" in result.stdout  # validate names all of them
    assert "Nog niet gescoord (legitimiteit): nog geen enkele actor" in result.stdout


_ENGLISH = ("Usage", "Try ", "Error", "option", "Possible", "Missing", "Invalid")
_USAGE_ERRORS = [
    ("grid", "kaart.xlsx", "-o", "grid.png", "--them", "print"),  # near misses
    ("grid", "kaart.xlsx", "-o", "grid.png", "--zzz"),
    ("grid", "kaart.xlsx"),
    ("grid", "kaart.xlsx", "-o"),
    ("grid", "kaart.xlsx", "-o", "grid.png", "--theme", "groot"),
    ("gridd",),
    ("grid", "kaart.xlsx", "-o", "grid.png", "extra"),
]


@pytest.mark.parametrize("args", _USAGE_ERRORS)
def test_usage_errors_are_all_dutch_with_lang_nl(args: tuple[str, ...]) -> None:
    result = run(*args, "--lang", "nl")
    assert result.returncode == 2
    assert "Fout:" in result.stderr
    for line in result.stderr.splitlines():
        assert not any(word in line for word in _ENGLISH), line


# French shares "option" and "Options" with English, so those are not tell-tales.
_ENGLISH_NOT_FRENCH = ("Usage", "Try ", "Error", "Possible", "Missing", "Invalid")


@pytest.mark.parametrize("args", _USAGE_ERRORS)
def test_usage_errors_are_all_french_with_lang_fr(args: tuple[str, ...]) -> None:
    result = run(*args, "--lang", "fr")
    assert result.returncode == 2
    assert "Erreur :" in result.stderr
    assert "Utilisation :" in result.stderr
    for line in result.stderr.splitlines():
        assert not any(word in line for word in _ENGLISH_NOT_FRENCH), line


def test_grid_in_french(tmp_path: Path) -> None:
    src = Path(skm.datasets.__file__).parent / "data" / "huis_van_het_kind.xlsx"
    out, table = tmp_path / "grille.png", tmp_path / "grille.csv"
    result = run("grid", str(src), "-o", str(out), "--table", str(table), "-l", "fr")
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000
    # the note on stakeholders without scores, in French
    assert result.stderr.startswith("Pas encore évalué, donc omis des figures")
    # French Excel reads semicolons and decimal commas, like Dutch Excel
    df = pd.read_csv(table, sep=";", decimal=",", index_col="stakeholder_id")
    assert df.loc["ocmw", "label"] == "Impliquer étroitement"
    assert df.loc["ocmw", "strategy"].startswith("Impliquer pleinement")
    result = run("grid", str(src), "-o", str(tmp_path / "grille.txt"), "-l", "fr")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "`--output` doit se terminer par .png, .svg ou .pdf, mais 'grille.txt' a "
        "été indiqué."
    )


def test_convert_to_kumu_leaves_contacts_out_by_default(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parent / "io"))
    import own_workbook as ow

    src = ow.write_workbook(tmp_path / "kaart.xlsx")
    out = tmp_path / "kaart.kumu.xlsx"
    result = run("convert", str(src), str(out))
    assert result.returncode == 0, result.stderr
    assert "privacyprofiel 'cop'" in result.stderr  # the file's language: Dutch
    back = skm.read(out)
    assert all(s.contact is None for s in back)
    assert [s.attributes.get("Regio") for s in back] == [
        s.attributes.get("Regio") for s in skm.read(src)
    ]
    kept = tmp_path / "intern.kumu.xlsx"
    result = run("convert", str(src), str(kept), "--profile", "internal")
    assert result.returncode == 0, result.stderr
    assert "privacy" not in result.stderr
    assert any(s.contact for s in skm.read(kept))


def test_convert_writes_a_kumu_view_of_the_grid(
    tmp_path: Path, tiny_map: skm.StakeholderMap
) -> None:
    src = tmp_path / "kaart.json"
    skm.write(tiny_map, src)
    out, view = tmp_path / "kaart.kumu.json", tmp_path / "raster.txt"
    result = run("convert", str(src), str(out), "--kumu-view", str(view))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(out), str(view)]
    assert view.read_text(encoding="utf-8") == skm.export.kumu_grid_view(tiny_map)
    # Without a Kumu output the view has no fields to read: refused, nothing written.
    other = tmp_path / "kaart.gexf"
    result = run(
        "convert", str(src), str(other), "--kumu-view", str(view), "--lang", "en"
    )
    assert result.returncode == 1
    assert "`--kumu-view` needs a Kumu output" in result.stderr
    assert "Traceback" not in result.stderr
    assert not other.exists()


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".yaml", ".csv"])
def test_convert_keeps_the_map(
    tmp_path: Path, tiny_map: skm.StakeholderMap, suffix: str
) -> None:
    src = tmp_path / "kaart.xlsx"
    skm.write(tiny_map, src)
    out = tmp_path / f"kaart{suffix}"
    result = run("convert", str(src), str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    back, original = skm.read(out), skm.read(src)
    assert back.stakeholders == original.stakeholders
    assert back.relations == original.relations


def test_convert_names_the_formats_it_writes(
    tmp_path: Path, tiny_map: skm.StakeholderMap
) -> None:
    src = tmp_path / "kaart.json"
    skm.write(tiny_map, src)
    result = run("convert", str(src), str(tmp_path / "kaart.pdf"), "--lang", "en")
    assert result.returncode == 1
    assert ".graphml or .gexf, but 'kaart.pdf' was passed" in result.stderr
    result = run("convert", str(src), str(tmp_path / "kaart.pdf"), "--lang", "nl")
    assert ".graphml of .gexf, maar 'kaart.pdf' werd opgegeven" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "kaart.pdf").exists()
