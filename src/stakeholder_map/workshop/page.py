"""The workshop without a network: one self-contained participant page.

:func:`write_workshop_page` writes the served participant page (the same
``index.html``, ``participant.js``, ``common.js`` and ``workshop.css``) into one
HTML file with everything inlined and the map's stakeholders in a JSON block.
``common.js`` then answers the page's API calls from memory instead of over the
network, and the participant saves their ratings as a small JSON file (a
download), which :meth:`~stakeholder_map.workshop.WorkshopStore.import_ratings`
reads into a workshop. Only the standard library is used: no starlette needed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stakeholder_map.models import StakeholderMap

__all__ = ["write_workshop_page"]

_QUADRANTS = ("manage_closely", "keep_satisfied", "keep_informed", "monitor")


def workshop_texts() -> dict[str, dict[str, str]]:
    """Return the pages' texts per language, quadrant names included."""
    from stakeholder_map.i18n import WORKSHOP_TEXTS, quadrant_label

    return {
        lang: {
            **table,
            **{f"quadrant_{q}": quadrant_label(q, lang) for q in _QUADRANTS},
        }
        for lang, table in WORKSHOP_TEXTS.items()
    }


def _script_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` in it."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _sha256(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def write_workshop_page(
    smap: StakeholderMap,
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
) -> Path:
    """Write the participant page as one HTML file that works without a network.

    The page is the served participant view (join with a name, drag or use the
    arrow keys to place each stakeholder on the power/interest grid, attitude,
    confidence, a line of rationale) with its scripts and styles inlined and no
    external resource at all; a Content-Security-Policy allows only its own two
    scripts. At the end the participant saves the ratings as a JSON file
    holding the map's fingerprint (so another workshop refuses it), their name
    and the scale-checked ratings. Every text is put in as text, never as HTML.

    Parameters
    ----------
    smap
        The map to rate.
    path
        The ``.html`` file to write (written atomically).
    lang
        ``"nl"`` or ``"en"``; default the map's language, else English. The
        participant can switch on the page.

    Returns
    -------
    pathlib.Path
        The file written.

    See Also
    --------
    stakeholder_map.workshop.WorkshopStore.import_ratings : Reads the saved files.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from stakeholder_map.workshop import write_workshop_page
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> page = write_workshop_page(smap, pathlib.Path(tempfile.mkdtemp()) / "p.html")
    >>> html = page.read_text(encoding="utf-8")
    >>> "<script src" in html, "http" in html.split("<body>")[1]
    (False, False)
    """
    from stakeholder_map.io._atomic import atomic_write
    from stakeholder_map.workshop.store import map_fingerprint

    language = lang or smap.language or "en"
    if language not in ("en", "nl"):
        msg = f"`lang` must be 'en' or 'nl', not {language!r}."
        raise ValueError(msg)
    static = resources.files("stakeholder_map.workshop") / "static"
    html = (static / "index.html").read_text(encoding="utf-8")
    css = (static / "workshop.css").read_text(encoding="utf-8")
    scripts = [
        (static / name).read_text(encoding="utf-8")
        for name in ("common.js", "participant.js")
    ]
    data = {
        "map": {"name": smap.name, "fingerprint": map_fingerprint(smap)},
        "info": {
            "name": smap.name,
            "language": language,
            "scale": [smap.scale.min, smap.scale.max],
            "revealed": False,
            "closed": False,
        },
        "texts": workshop_texts(),
        "stakeholders": [
            {
                "id": s.id,
                "name": s.name,
                "short_name": s.short_name,
                "category": s.category,
            }
            for s in smap.stakeholders
        ],
    }
    csp = (
        "default-src 'none'; script-src "
        + " ".join(_sha256(code) for code in scripts)
        + f"; style-src {_sha256(css)}; img-src data:; base-uri 'none'; "
        "form-action 'none'"
    )
    head = (
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        f"<style>{css}</style>"
    )
    html = html.replace('<html lang="nl">', f'<html lang="{language}">')
    html = html.replace('<link rel="stylesheet" href="/static/workshop.css">', head)
    for name in ("common.js", "participant.js"):
        html = html.replace(f'<script src="/static/{name}" defer></script>\n', "")
    body = (
        f'<script type="application/json" id="ws-data">{_script_json(data)}</script>\n'
        + "".join(f"<script>{code}</script>\n" for code in scripts)
    )
    html = html.replace("</body>", body + "</body>")
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)

    def write(tmp: Path) -> None:
        tmp.write_text(html, encoding="utf-8")

    return atomic_write(out, write)
