"""Extract the messages, update every language's catalog and compile it.

The English source of every sentence users read is ``src/stakeholder_map/_messages.py``
(calls ``_T(key, english)``). This script, built on Babel, keeps the gettext
catalogs in step with it:

1. **extract** the calls into the template ``locale/stakeholder_map.pot``
   (the key becomes the ``msgctxt``, the English text the ``msgid``);
2. **update** each ``locale/<lang>/LC_MESSAGES/stakeholder_map.po`` from the
   template: new messages arrive untranslated, a changed English text keeps its old
   translation marked ``fuzzy`` (not used until a translator checks it), removed
   messages become obsolete (``#~``);
3. **compile** each ``.po`` into the ``.mo`` that ships in the wheel.

Run it by hand after editing ``_messages.py`` or a ``.po`` file::

    python scripts/catalogs.py             # extract, update and compile
    python scripts/catalogs.py --add fr    # start the catalog of a new language
    python scripts/catalogs.py --check     # change nothing; exit 1 if out of date

``tests/test_catalogs.py`` imports this file and fails when a catalog is stale.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "stakeholder_map"
SOURCE = PACKAGE / "_messages.py"
LOCALE = PACKAGE / "locale"
DOMAIN = "stakeholder_map"
TEMPLATE = LOCALE / f"{DOMAIN}.pot"
#: ``_T(key, message)``: argument 1 is the context, argument 2 the message.
KEYWORDS = {"_T": ((1, "c"), 2)}
HEADER = """\
# Messages of stakeholder_map: the sentences and labels users read.
# Edit the msgstr lines; then run `python scripts/catalogs.py` (see
# docs/guide/translations.md). The English source is src/stakeholder_map/_messages.py.
#"""
#: Header lines that change on every run and say nothing about the messages.
_DATE_LINES = ('"POT-Creation-Date:', '"PO-Revision-Date:')


def template() -> Catalog:
    """Return the template extracted from the English source."""
    catalog = Catalog(
        header_comment=HEADER,
        project="stakeholder-map",
        copyright_holder="the stakeholder_map authors",
        fuzzy=False,
    )
    rel = SOURCE.relative_to(ROOT).as_posix()
    found = extract_from_file(
        "python",
        str(SOURCE),
        keywords=KEYWORDS,
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
    )
    for lineno, message, comments, context in found:
        catalog.add(
            message,
            locations=[(rel, lineno)],
            auto_comments=comments,
            context=context,
        )
    return catalog


def languages() -> list[str]:
    """Return the languages that have a catalog, sorted."""
    return sorted(
        p.parent.parent.name for p in LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po")
    )


def po_path(lang: str) -> Path:
    """Return the path of a language's ``.po`` file."""
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(path: Path) -> Catalog:
    """Read a ``.po`` or ``.pot`` file."""
    with path.open("rb") as f:
        return read_po(f, abort_invalid=True)


def po_bytes(catalog: Catalog) -> bytes:
    """Return a catalog as the text of a ``.po`` file."""
    buf = io.BytesIO()
    write_po(buf, catalog, width=88, include_previous=True, include_lineno=False)
    return buf.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    """Return a catalog compiled to a ``.mo`` file; fuzzy entries are left out."""
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    return buf.getvalue()


def _without_dates(data: bytes) -> list[bytes]:
    marks = tuple(m.encode() for m in _DATE_LINES)
    return [line for line in data.splitlines() if not line.startswith(marks)]


def _write(path: Path, data: bytes, *, check: bool) -> bool:
    """Write ``data`` unless only the dates differ; return whether it changed."""
    old = path.read_bytes() if path.exists() else b""
    if _without_dates(old) == _without_dates(data):
        return False
    if not check:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return True


def updated(lang: str, pot: Catalog) -> Catalog:
    """Return a language's catalog merged with the template."""
    path = po_path(lang)
    if path.exists():
        catalog = read_catalog(path)
    else:
        catalog = Catalog(
            locale=lang, header_comment=HEADER, project=pot.project, fuzzy=False
        )
    catalog.update(pot, update_header_comment=False)
    catalog.fuzzy = False
    return catalog


def run(*, check: bool = False, add: str | None = None) -> list[Path]:
    """Extract, update and compile; return the files that changed (or would).

    Parameters
    ----------
    check
        Change nothing; only report what is out of date.
    add
        A language code whose catalog is started from the template.

    Returns
    -------
    list of Path
        The ``.pot``, ``.po`` and ``.mo`` files that differ from what the source
        gives.
    """
    pot = template()
    changed = []
    if _write(TEMPLATE, po_bytes(pot), check=check):
        changed.append(TEMPLATE)
    langs = languages()
    if add is not None and add not in langs:
        langs.append(add)
    for lang in langs:
        catalog = updated(lang, pot)
        path = po_path(lang)
        if _write(path, po_bytes(catalog), check=check):
            changed.append(path)
        # Compile what the .po file says (its dates included), so the .mo can be
        # checked against the .po byte for byte.
        compiled = mo_bytes(read_catalog(path) if path.exists() else catalog)
        mo = path.with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != compiled:
            if not check:
                mo.write_bytes(compiled)
            changed.append(mo)
    return changed


def untranslated(catalog: Catalog) -> Iterator[tuple[str | None, str]]:
    """Yield ``(context, msgid)`` of every message without a usable translation."""
    for message in catalog:
        if not message.id:
            continue
        if not message.string or message.fuzzy:
            yield message.context, str(message.id)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing")
    parser.add_argument("--add", metavar="LANG", help="start a new language")
    args = parser.parse_args(argv)
    changed = run(check=args.check, add=args.add)
    verb = "out of date" if args.check else "written"
    for path in changed:
        print(f"{path.relative_to(ROOT)}: {verb}")
    for lang in languages():
        missing = list(untranslated(read_catalog(po_path(lang))))
        if missing:
            print(f"{lang}: {len(missing)} message(s) without a translation")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
