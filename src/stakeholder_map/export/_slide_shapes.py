"""The slide deck's units and shapes: inches to EMU, colours, text boxes, rectangles.

Also the deck's theme sizes, its text-size estimate (the measure the label engine
is given for slides) and the wrapper that knows a presentation's layouts. It may
import python-pptx (lazily, inside functions) and the plotting themes' palette,
nothing above the export layer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pptx.dml.color import RGBColor
    from pptx.presentation import Presentation
    from pptx.slide import Slide, SlideLayout
    from pptx.util import Length


def _quadrant_colours() -> dict[str, str]:
    """Return the figures' quadrant colours as hex without '#', so slides match."""
    from stakeholder_map.plotting.themes import QUADRANT_PALETTE

    return {str(k): str(v).lstrip("#").upper() for k, v in QUADRANT_PALETTE.items()}


_INK = "1A1A1A"  # text on the light quadrant panels: contrast > 12:1
_EMU_PER_INCH = 914400
# Average width of a character of the default sans-serif font, in ems. A little
# generous, so the estimated box contains the real text.
_CHAR_EM = 0.56
_WRAP_AT = 22


@dataclass(frozen=True)
class _Sizes:
    """Font sizes (points) and marker size (inches) of a theme."""

    title: float
    label: float
    quadrant: float
    axis: float
    table: float
    marker: float
    rows_per_slide: int


_THEMES: dict[str, _Sizes] = {
    "slides": _Sizes(32, 14, 20, 18, 14, 0.24, 8),
    "notebook": _Sizes(28, 12, 16, 14, 12, 0.2, 11),
    "print": _Sizes(28, 11, 14, 13, 11, 0.18, 12),
}


def _emu(inches: float) -> Length:
    from pptx.util import Emu

    return Emu(round(inches * _EMU_PER_INCH))


def _rgb(hex_colour: str) -> RGBColor:
    from pptx.dml.color import RGBColor

    colour: RGBColor = RGBColor.from_string(hex_colour)  # type: ignore[no-untyped-call]
    return colour


def _tint(hex_colour: str, amount: float) -> str:
    """Mix a colour with white: amount 0 keeps it, 1 gives white."""
    rgb = [int(hex_colour[i : i + 2], 16) for i in (0, 2, 4)]
    mixed = [round(c + (255 - c) * amount) for c in rgb]
    return "".join(f"{c:02X}" for c in mixed)


def _shade(hex_colour: str, amount: float) -> str:
    """Mix a colour with black: amount 0 keeps it, 1 gives black."""
    rgb = [int(hex_colour[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(c * (1 - amount)):02X}" for c in rgb)


def _text_size(lines: Sequence[str], points: float) -> tuple[float, float]:
    """Estimate the width and height (inches) of a text block."""
    em = points / 72
    width = max(len(line) for line in lines) * _CHAR_EM * em + 0.08
    height = len(lines) * 1.2 * em + 0.04
    return width, height


Box = tuple[float, float, float, float]  # left, top, right, bottom (inches)


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _find_layout(prs: Presentation, *, subtitle: bool) -> SlideLayout:
    from pptx.enum.shapes import PP_PLACEHOLDER

    title_types = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}
    other = {
        PP_PLACEHOLDER.DATE,
        PP_PLACEHOLDER.FOOTER,
        PP_PLACEHOLDER.SLIDE_NUMBER,
    }
    fallback = None
    for layout in prs.slide_layouts:
        placeholders: Any = layout.placeholders
        types = {p.placeholder_format.type for p in placeholders}
        if not types & title_types:
            continue
        fallback = fallback or layout
        rest = types - title_types - other
        if subtitle and rest == {PP_PLACEHOLDER.SUBTITLE}:
            return layout
        if not subtitle and not rest:
            return layout
    return fallback if fallback is not None else prs.slide_layouts[0]


@dataclass
class _Deck:
    prs: Presentation
    sizes: _Sizes
    default_template: bool
    width: float
    height: float

    def slide(self, title: str, *, subtitle: str | None = None) -> Slide:
        from pptx.util import Pt

        layout = _find_layout(self.prs, subtitle=subtitle is not None)
        slide = self.prs.slides.add_slide(layout)
        title_shape = slide.shapes.title
        if title_shape is None:
            box = slide.shapes.add_textbox(
                _emu(0.5), _emu(0.25), _emu(self.width - 1), _emu(0.9)
            )
            box.text_frame.text = title
            box.text_frame.paragraphs[0].runs[0].font.size = Pt(self.sizes.title)
        else:
            title_shape.text = title
            if self.default_template and subtitle is None:
                title_shape.left, title_shape.top = _emu(0.5), _emu(0.2)
                title_shape.width, title_shape.height = (
                    _emu(self.width - 1),
                    _emu(1.0),
                )
                title_shape.text_frame.paragraphs[0].runs[0].font.size = Pt(
                    self.sizes.title
                )
        if subtitle is not None:
            from pptx.enum.shapes import PP_PLACEHOLDER

            for ph in slide.placeholders:
                if ph.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE:
                    ph.text = subtitle
                    break
            else:
                box = slide.shapes.add_textbox(
                    _emu(0.8), _emu(self.height * 0.6), _emu(self.width - 1.6), _emu(1)
                )
                box.text_frame.text = subtitle
            if self.default_template and title_shape is not None:
                # The built-in template is 4:3: place its placeholders for 16:9.
                # Setting one coordinate of an inherited position zeroes the
                # others, so set all four.
                w = _emu(self.width - 1.6)
                title_shape.left, title_shape.top = _emu(0.8), _emu(2.1)
                title_shape.width, title_shape.height = w, _emu(1.6)
                for ph in slide.placeholders:
                    if ph.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE:
                        ph.left, ph.top, ph.width, ph.height = (
                            _emu(0.8),
                            _emu(3.9),
                            w,
                            _emu(1.5),
                        )
        out: Slide = slide
        return out


def _notes(slide: Slide, lines: Sequence[str]) -> None:
    frame = slide.notes_slide.notes_text_frame
    assert frame is not None  # every notes slide has a body placeholder
    frame.text = "\n".join(lines)


def _add_text(
    shapes: Any,
    box: Box,
    lines: Sequence[str],
    *,
    points: float,
    colour: str | None = None,
    bold: bool = False,
    align: str = "left",
    name: str | None = None,
    top: bool = False,
) -> Any:
    from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
    from pptx.util import Pt

    tb = shapes.add_textbox(
        _emu(box[0]), _emu(box[1]), _emu(box[2] - box[0]), _emu(box[3] - box[1])
    )
    if name:
        tb.name = name
    tf = tb.text_frame
    tf.word_wrap = False
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.margin_left = tf.margin_right = tf.margin_top = tf.margin_bottom = 0
    tf.vertical_anchor = MSO_ANCHOR.TOP if top else MSO_ANCHOR.MIDDLE
    for k, line in enumerate(lines):
        para = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        para.alignment = {
            "left": PP_ALIGN.LEFT,
            "right": PP_ALIGN.RIGHT,
            "center": PP_ALIGN.CENTER,
        }[align]
        run = para.add_run()
        run.text = line
        run.font.size = Pt(points)
        run.font.bold = bold
        if colour is not None:
            run.font.color.rgb = _rgb(colour)
    return tb


def _rect(
    shapes: Any, box: Box, *, fill: str, line: str | None = None, name: str = ""
) -> Any:
    from pptx.enum.shapes import MSO_SHAPE

    shape = shapes.add_shape(
        MSO_SHAPE.RECTANGLE,
        _emu(box[0]),
        _emu(box[1]),
        _emu(box[2] - box[0]),
        _emu(box[3] - box[1]),
    )
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(fill)
    if line is None:
        shape.line.fill.background()
    else:
        shape.line.color.rgb = _rgb(line)
    shape.shadow.inherit = False
    if name:
        shape.name = name
    return shape
