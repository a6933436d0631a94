"""A page's layout with its characters as pdfplumber's dicts, made as pdfminer's interpreter shows them.

pdfminer makes an LTChar for every character (`PDFLayoutAnalyzer.render_char`), pdfplumber tags it
with its marked-content id and tag and later turns it into a dict (`Page.process_object`); for a
text page that is most of the time spent reading it. `DirectCharDevice.render_char` computes the
very same dict at once, with the same arithmetic in the same order (so every float is equal), and
puts it in the layout where the LTChar would have been; `pipeline.pdf.extract._char_object` passes
such dicts through where pdfplumber turns the layout's objects into dicts. What the direct path
does not cover takes pdfminer's and pdfplumber's own: vertical fonts and non-str font names per
character, layout analysis (`laparams`) and Unicode normalisation for the whole page.
tests/test_extract.py checks the objects are equal.

Both fast paths lean on pdfminer internals (`PDFPageInterpreter.stream_ids`, `LTLayoutContainer._objs`,
pdfplumber's `Page._layout`) that change between pdfminer releases: they are used only on the
pdfminer releases they are tested on (TESTED_PDFMINER_VERSIONS); any other release reads every
page with pdfminer's and pdfplumber's own classes, slower but with the same results.
"""

from __future__ import annotations

from typing import Any

import pdfminer
from pdfminer.layout import LTPage
from pdfminer.pdfcolor import PDFColorSpace
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFGraphicState, PDFPageInterpreter, PDFStackT
from pdfminer.psparser import PSLiteral
from pdfminer.utils import Matrix
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent
from pdfplumber.utils import resolve_all, resolve_and_decode
from pdfplumber.utils.exceptions import PdfminerException

from pipeline.pdf.content_stream import FastPageInterpreter

# The interpreter that runs a page's content stream into the device: pdfminer's, reading the stream
# with pipeline.pdf.content_stream's faster parser. Any replacement must call the device as pdfminer's
# does (render_string, or render_char with the same arguments in the same order, using the advance
# it returns; begin_tag/end_tag, paint_path, ...).
INTERPRETER: type[PDFPageInterpreter] = FastPageInterpreter

# The pdfminer.six releases the fast paths (this module, pipeline.pdf.content_stream) are tested on;
# pyproject.toml's pdfminer.six range holds them. Add a release here only after tests/test_extract.py
# and tests/test_content_stream.py pass on it.
TESTED_PDFMINER_VERSIONS = frozenset({"20260107"})


def fast_paths_tested(version: str | None = getattr(pdfminer, "__version__", None)) -> bool:
    """Whether this pdfminer release is one the fast paths are tested on."""
    return version in TESTED_PDFMINER_VERSIONS


# False: every page is read by pdfminer's and pdfplumber's own classes (tests set it to compare).
FAST_PATHS = fast_paths_tested()

_PLAIN_TYPES = frozenset({float, int, str, bool, type(None)})
_colorspace_names: dict[str, Any] = {}
_UNSEEN: Any = object()


def _colorspace_name(name: Any) -> Any:
    """pdfplumber's name for a colour space (`resolve_and_decode`), remembered for str names."""
    if type(name) is not str:
        return resolve_and_decode(name)
    if name not in _colorspace_names:
        _colorspace_names[name] = resolve_and_decode(name)
    return _colorspace_names[name]


def _resolved(value: Any) -> Any:
    """`value` as pdfplumber's resolve_all leaves it (plain values are left as they are)."""
    return value if type(value) in _PLAIN_TYPES else resolve_all(value)


def _as_color(value: Any) -> tuple:
    return value if isinstance(value, tuple) else (value,)


class _Font:
    """What a character's dict needs of its font, looked up once per page."""

    __slots__ = ("fontname", "descent", "glyphs")

    def __init__(self, font: PDFFont) -> None:
        self.fontname: str = font.fontname
        self.descent: float = font.get_descent()
        self.glyphs: dict[int, tuple[str | None, float]] = {}  # cid -> (text or None if unmapped, width)


class DirectCharDevice(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's device, but a character becomes its final dict instead of an LTChar."""

    def __init__(self, page: Page) -> None:
        super().__init__(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
        self.page_number = page.page_number
        # Page.process_object's page coordinates: top/bottom from the page's height and mediabox.
        self.page_height = page.height
        self.mediabox_x0, self.mediabox_top = page.mediabox[:2]
        self.initial_doctop = page.initial_doctop
        self.fonts: dict[PDFFont, _Font | None] = {}  # None: the font takes pdfminer's own path
        self.colors: tuple[PDFGraphicState | None, tuple, tuple] = (None, (), ())
        self.ncs: tuple[PDFColorSpace | None, Any] = (None, None)
        self.mcid: Any = None  # cur_mcid as Page.process_object resolves it

    def begin_tag(self, tag: PSLiteral, props: PDFStackT | None = None) -> None:
        super().begin_tag(tag, props)
        self.mcid = _resolved(self.cur_mcid)

    def end_tag(self) -> None:
        super().end_tag()
        self.mcid = _resolved(self.cur_mcid)

    def _font(self, font: PDFFont) -> _Font | None:
        plain = not font.is_vertical() and type(font.fontname) is str
        self.fonts[font] = _Font(font) if plain else None
        return self.fonts[font]

    @staticmethod
    def _glyph(font: PDFFont, cid: int) -> tuple[str | None, float]:
        """The character's text (None if the font does not map it) and width, as render_char finds them."""
        try:
            text: str | None = font.to_unichr(cid)
            assert isinstance(text, str), str(type(text))
        except PDFUnicodeNotDefined:
            text = None
        return text, font.char_width(cid)

    def tag_cur_item(self) -> None:
        """pdfplumber tags the last object after every char, image and path (also a path that made
        no object, which retags the one before): a char dict is tagged the same way."""
        objs = self.cur_item._objs
        if objs and type(objs[-1]) is dict:
            objs[-1]["mcid"] = self.mcid
            objs[-1]["tag"] = self.cur_tag
        else:
            super().tag_cur_item()

    def render_char(self, matrix: Matrix, font: PDFFont, fontsize: float, scaling: float, rise: float,  # type: ignore[override]
                    cid: int, ncs: PDFColorSpace, graphicstate: PDFGraphicState) -> float:
        """LTChar.__init__ + tag_cur_item + Page.process_object in one; returns the advance."""
        known = self.fonts.get(font, _UNSEEN)
        if known is _UNSEEN:
            known = self._font(font)
        if known is None:
            return super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
        glyph = known.glyphs.get(cid)
        if glyph is None:
            glyph = known.glyphs[cid] = self._glyph(font, cid)
        text, textwidth = glyph
        if text is None:
            text = self.handle_undefined_char(font, cid)

        # LTChar.__init__, horizontal: the box (0, descent + rise, adv, descent + rise + fontsize)
        # through the matrix (apply_matrix_rect: the corners, min and max in its order).
        adv = textwidth * fontsize * scaling
        descent = known.descent * fontsize
        bottom = descent + rise
        top = bottom + fontsize
        (a, b, c, d, e, f) = matrix
        left1, bottom1 = a * 0 + c * bottom + e, b * 0 + d * bottom + f
        right1, bottom2 = a * adv + c * bottom + e, b * adv + d * bottom + f
        right2, top1 = a * adv + c * top + e, b * adv + d * top + f
        left2, top2 = a * 0 + c * top + e, b * 0 + d * top + f
        x0 = min(left1, left2, right1, right2)
        y0 = min(bottom1, bottom2, top1, top2)
        x1 = max(left1, left2, right1, right2)
        y1 = max(bottom1, bottom2, top1, top2)
        if x1 < x0:
            (x0, x1) = (x1, x0)
        if y1 < y0:
            (y0, y1) = (y1, y0)
        height = y1 - y0

        if graphicstate is not self.colors[0]:
            self.colors = (graphicstate, _as_color(graphicstate.scolor), _as_color(graphicstate.ncolor))
        if ncs is not self.ncs[0]:
            self.ncs = (ncs, _colorspace_name(ncs.name))
        # Page.process_object: page coordinates, and x shifted by a mediabox that does not start at 0.
        char_top = (self.page_height - y1) + self.mediabox_top
        width = x1 - x0
        if self.mediabox_x0 != 0:
            x0 = x0 + self.mediabox_x0
            x1 = x1 + self.mediabox_x0
        self.cur_item._objs.append({
            "matrix": matrix,
            "fontname": known.fontname,
            "adv": adv,
            "upright": a * d * scaling > 0 and b * c <= 0,
            "x0": x0,
            "y0": y0,
            "x1": x1,
            "y1": y1,
            "width": width,
            "height": height,
            "size": height,
            "mcid": self.mcid,
            "tag": self.cur_tag,
            "object_type": "char",
            "page_number": self.page_number,
            "ncs": self.ncs[1],
            "text": text,
            "stroking_color": self.colors[1],
            "non_stroking_color": self.colors[2],
            "top": char_top,
            "bottom": (self.page_height - y0) + self.mediabox_top,
            "doctop": self.initial_doctop + char_top,
        })
        return adv


def reads_directly(page: Page) -> bool:
    """Pages the direct path reproduces: a tested pdfminer, no layout analysis, no Unicode normalisation."""
    return FAST_PATHS and page.pdf.laparams is None and page.pdf.unicode_norm is None


def direct_layout(page: Page) -> LTPage:
    """The page's layout as pdfplumber's `Page.layout` makes it, characters as dicts; kept on the page."""
    if hasattr(page, "_layout"):
        return page._layout
    device = DirectCharDevice(page)
    interpreter = INTERPRETER(page.pdf.rsrcmgr, device)
    try:
        interpreter.process_page(page.page_obj)
    except Exception as e:  # noqa: BLE001 - wrapped as pdfplumber wraps it
        raise PdfminerException(e) from e
    page._layout = device.get_result()
    return page._layout
