"""Extraction: typography, margins, bullets, tables across pages, text clean-up."""

from collections import Counter
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfminer.layout import LTContainer
from pdfminer.pdftypes import PDFObjRef, PDFStream
from pdfplumber.utils.exceptions import PdfminerException

from pipeline.pdf import chars
from pipeline.pdf.extract import clean_text, extract_layout, read_chars_directly
from tests.pdf_builder import PdfBuilder, write_raw_pdf

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "ccc-battambang-2018-11-12.pdf"
CORPUS = Path(__file__).parent / "fixtures" / "corpus"
ROBUSTNESS = Path(__file__).resolve().parents[2] / "shared" / "robustness" / "pdfplumber-tests"
# Small files of a PDF library's own tests with what minutes rarely have: marked content and
# structure trees, a rotated page, figures, another producer's fonts.
ROBUSTNESS_FILES = ["mcid_example.pdf", "figure_structure.pdf", "word365_structure.pdf", "2023-06-20-PV.pdf",
                    "nics-background-checks-2015-11-rotated.pdf", "issue-1054-example.pdf", "pdffill-demo.pdf"]


def test_fonts_give_bold_italic_and_size(tmp_path):
    pdf = PdfBuilder(tmp_path / "fonts.pdf")
    pdf.line("Big Title", style="bold", size=16).line("Plain text here").line("Leaning words", style="italic")
    layout = extract_layout(pdf.save())
    by_text = {line.text: line for line in layout.lines}
    assert by_text["Big Title"].bold and by_text["Big Title"].size == 16
    assert not by_text["Plain text here"].bold and not by_text["Plain text here"].italic
    assert by_text["Leaning words"].italic


def test_page_numbers_and_running_headers_are_dropped(tmp_path):
    pdf = PdfBuilder(tmp_path / "margins.pdf", footer="Page {n} of 3")
    for n in range(3):
        pdf.line("Network Newsletter", size=8, x=60).space(30).line(f"Body text of page {n + 1}")
        if n < 2:
            pdf.page_break()
    layout = extract_layout(pdf.save())
    texts = [line.text for line in layout.lines]
    assert texts == ["Body text of page 1", "Body text of page 2", "Body text of page 3"]


def test_a_title_repeated_as_every_pages_header_is_kept_aside_as_the_running_head(tmp_path):
    pdf = PdfBuilder(tmp_path / "header-title.pdf", footer="Page {n} of 2")
    for n in range(2):
        pdf.line("2020 Hilltown Rowing Club Annual General Meeting Minutes", x=60).space(30)
        pdf.line(f"Body text of page {n + 1}")
        if n < 1:
            pdf.page_break()
    layout = extract_layout(pdf.save())
    assert [line.text for line in layout.lines] == ["Body text of page 1", "Body text of page 2"]
    assert layout.running_head == ["2020 Hilltown Rowing Club Annual General Meeting Minutes"]


def test_bullet_glyphs_become_list_items(tmp_path):
    pdf = PdfBuilder(tmp_path / "bullets.pdf")
    pdf.line("• First point").line("◦ Second point").line("•Glued point").line("Not a list item")
    layout = extract_layout(pdf.save())
    assert [(bool(line.bullet), line.text) for line in layout.lines] == [
        (True, "First point"), (True, "Second point"), (True, "Glued point"), (False, "Not a list item")]


def test_cid_bullets_and_khmer_text_from_the_sample():
    layout = extract_layout(SAMPLE)
    assert any(line.bullet == "(cid:127)" and line.text == "To visit and promote CCC members and non-members"
               for line in layout.lines)
    assert any("រយៈពេល" in line.text for line in layout.lines)
    assert not any("(cid:" in line.text for line in layout.lines)


def test_table_row_continued_on_next_page_keeps_its_row_and_header_is_dropped(tmp_path):
    cols = [60, 180, 530]
    pdf = PdfBuilder(tmp_path / "table.pdf")
    pdf.line("DETAILED DISCUSSION", style="bold", size=12)
    pdf.table_row([[("Topic", "bold")], [("Detailed Discussion", "bold")]], cols)
    pdf.table_row([[("Opening", "regular")], [("Welcome by Dr. A B", "bold"), ("Start of text", "regular")]], cols,
                  close_bottom=False)
    pdf.page_break()
    pdf.table_row([[("Topic", "bold")], [("Detailed Discussion", "bold")]], cols)
    pdf.table_row([[], [("Rest of the opening text", "regular")]], cols)
    pdf.table_row([[("Session 1: Money", "bold")], [("Talk about money", "regular")]], cols)
    layout = extract_layout(pdf.save())
    cells = {line.text: line.cell for line in layout.lines if line.cell}
    assert "Topic" not in cells and "Detailed Discussion" not in cells
    assert cells["Rest of the opening text"].row == cells["Opening"].row
    assert cells["Rest of the opening text"].column == 1
    assert cells["Session 1: Money"].row == cells["Opening"].row + 1


def test_a_first_row_repeated_on_the_next_page_is_the_header_though_not_bold(tmp_path):
    """On a scan the header row is in no bold font: that it repeats where the table goes on says it is the header."""
    cols = [60, 180, 530]
    pdf = PdfBuilder(tmp_path / "table.pdf")
    pdf.table_row([[("Topic", "regular")], [("Detailed Discussion", "regular")]], cols)
    pdf.table_row([[("Opening", "regular")], [("Start of text", "regular")]], cols, close_bottom=False)
    pdf.page_break()
    pdf.table_row([[("Topic", "regular")], [("Detailed Discussion", "regular")]], cols)
    pdf.table_row([[], [("Rest of the opening text", "regular")]], cols)
    pdf.table_row([[("Session 1: Money", "regular")], [("Talk about money", "regular")]], cols)
    layout = extract_layout(pdf.save())
    cells = {line.text: line.cell for line in layout.lines if line.cell}
    assert "Topic" not in cells and "Detailed Discussion" not in cells  # on both pages
    assert layout.table_headers == {1: ["Topic", "Detailed Discussion"]}
    assert cells["Rest of the opening text"].row == cells["Opening"].row  # the row goes on after the header


def test_a_first_row_that_does_not_repeat_is_data(tmp_path):
    cols = [60, 180, 530]
    pdf = PdfBuilder(tmp_path / "table.pdf")
    pdf.table_row([[("Opening", "regular")], [("Start of text", "regular")]], cols, close_bottom=False)
    pdf.page_break()
    pdf.table_row([[("Session 1: Money", "regular")], [("Talk about money", "regular")]], cols)
    layout = extract_layout(pdf.save())
    assert {line.text for line in layout.lines if line.cell} >= {"Opening", "Session 1: Money"}
    assert layout.table_headers == {}


def test_clean_text_undoes_ligatures_and_zero_width_characters():
    assert clean_text("e\ufb03cient\u200b  work\u00ad") == "efficient work"


def test_letter_spaced_text_is_joined_into_words(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "spaced.pdf"
    page = canvas.Canvas(str(path))
    text = page.beginText(60, 700)
    text.setFont("Helvetica", 11)
    text.setCharSpace(3.5)
    text.textLine("Minutes of the Annual Meeting")
    page.drawText(text)
    page.save()
    assert [line.text for line in extract_layout(path).lines] == ["Minutes of the Annual Meeting"]


# -- characters read straight from the interpreter (pipeline/pdf/chars.py) ------------------------------


def _comparable(value: Any) -> Any:
    """Image streams and object references compare by identity: compare their number and contents."""
    if isinstance(value, PDFStream):
        return ("stream", value.objid, _comparable(value.attrs), value.rawdata)
    if isinstance(value, PDFObjRef):
        return ("ref", value.objid)
    if isinstance(value, dict):
        return {key: _comparable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_comparable(item) for item in value)
    return value


def _layout_kinds(objs: list) -> Counter:
    """What the layout holds, by type, figures included: dicts are characters made directly."""
    kinds: Counter = Counter()
    for obj in objs:
        kinds[type(obj).__name__] += 1
        if isinstance(obj, LTContainer):
            kinds += _layout_kinds(obj._objs)
    return kinds


def _read(path: Path, fast: bool, **settings: Any) -> tuple[list[dict], Counter]:
    """Every page's objects (pdfplumber's own, or read directly), and the layouts' object types."""
    pages, kinds = [], Counter()
    with pdfplumber.open(path, **settings) as pdf:
        for page in pdf.pages:
            page = read_chars_directly(page) if fast else page
            pages.append(_comparable(page.objects))
            kinds += _layout_kinds(page.layout._objs)
            page.close()
    return pages, kinds


def _assert_same_objects(path: Path, **settings: Any) -> tuple[list[dict], Counter]:
    """Every key and value equal (floats exactly), also the types and the order of the keys."""
    fast, kinds = _read(path, fast=True, **settings)
    own, own_kinds = _read(path, fast=False, **settings)
    assert fast == own, path.name
    assert [[list(obj) for obj in page.get("char", [])] for page in fast] == \
        [[list(obj) for obj in page.get("char", [])] for page in own], path.name
    assert [[[type(v) for v in obj.values()] for obj in page.get("char", [])] for page in fast] == \
        [[[type(v) for v in obj.values()] for obj in page.get("char", [])] for page in own], path.name
    assert "dict" not in own_kinds
    return fast, kinds


def test_characters_read_directly_equal_pdfplumbers_own(sample_pdf):
    """The direct character path gives exactly pdfplumber's objects, on every bundled PDF."""
    for path in sorted(sample_pdf.parent.glob("*.pdf")) + sorted(CORPUS.glob("*.pdf")):
        fast, kinds = _assert_same_objects(path)
        assert sum(len(page.get("char", [])) for page in fast) > 100, path.name
        assert kinds["dict"] > 100, path.name  # the characters did come the direct way


@pytest.mark.skipif(not ROBUSTNESS.is_dir(), reason="../shared/robustness is not there")
@pytest.mark.parametrize("name", ROBUSTNESS_FILES)
def test_characters_read_directly_equal_pdfplumbers_own_on_other_producers(name):
    _, kinds = _assert_same_objects(ROBUSTNESS / name)
    assert kinds["dict"] > 10


# Text that minutes rarely have, hand-written: odd matrices, spacing, rise, colours, marked content
# (also pdfplumber's quirk: a painted path that makes no object retags the character before it),
# a Type3 font, CID fonts without a ToUnicode map (unmapped cids), a vertical font and a font
# whose name is a string (both take pdfminer's own path), text in a Form XObject.
ODD_CONTENT = b"""
BT /F1 12 Tf 72 700 Td (Plain text) Tj ET
BT /F1 12 Tf 2 Tc 150 Tz 3 Tw 72 680 Td (Spaced and scaled words) Tj ET
BT /F1 12 Tf 5 Ts 72 660 Td (Risen) Tj -4 Ts (lowered) Tj ET
BT /F1 12 Tf 0.866 0.5 -0.5 0.866 200 500 Tm (Rotated) Tj ET
BT /F1 12 Tf -1 0 0 1 400 600 Tm (Mirrored) Tj ET
BT /F1 12 Tf 0 1 -1 0 300 300 Tm (Turned) Tj ET
BT /F1 12 Tf 1 0 0.3 1 72 640 Tm (Slanted) Tj ET
BT /F1 12 Tf 72 620 Td [(Ke) -250 (rned) 500 ( text)] TJ ET
q 2 0 0 1.5 10 -20 cm BT /F1 9 Tf 36 400 Td (Scaled by the matrix) Tj ET Q
/P <</MCID 3>> BDC BT /F1 12 Tf 72 580 Td (Tagged) Tj ET EMC
/Span BMC BT /F1 12 Tf 72 560 Td (Tag without id) Tj ET EMC
/P <</MCID 7>> BDC S EMC
1 0 0 rg 0 0 1 RG BT /F1 12 Tf 72 540 Td (Red) Tj ET
0.5 g BT /F1 12 Tf 72 520 Td (Grey) Tj ET
0 1 1 0 k BT /F1 12 Tf 72 500 Td (Cyan) Tj ET
0 g BT /T3 10 Tf 72 480 Td (ABC) Tj ET
BT /V 12 Tf 500 300 Td <004100420043> Tj ET
BT /H 12 Tf 72 460 Td <004100420043> Tj ET
BT /B 12 Tf 72 440 Td (Odd name) Tj ET
72 300 100 50 re S
q 1 0 0 1 0 0 cm /Fm1 Do Q
"""
ODD_FORM = b"BT /F1 12 Tf 10 10 Td (In a form) Tj ET /P <</MCID 9>> BDC BT /F1 8 Tf 10 30 Td (Tagged) Tj ET EMC"
_DESCRIPTOR = "/Type /FontDescriptor /Flags 32 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200"
_CID_FONT = "/Type /Font /Subtype /Type0 /BaseFont /Dummy /DescendantFonts [14 0 R] /Encoding "


def _odd_pdf(path: Path) -> Path:
    """Three pages of ODD_CONTENT: plain, with a mediabox not at 0,0, and rotated."""
    return write_raw_pdf(path, [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 6 0 R /Contents 12 0 R >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [100 50 712 842] /Resources 6 0 R /Contents 12 0 R >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Rotate 90 /Resources 6 0 R /Contents 12 0 R >>",
        "<< /Font << /F1 7 0 R /T3 8 0 R /V 9 0 R /H 10 0 R /B 11 0 R >> /XObject << /Fm1 13 0 R >> >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 800 800] /FontMatrix [0.002 0 0 0.002 0 0]"
        " /CharProcs << /blob 17 0 R /C 17 0 R >> /Encoding << /Type /Encoding /Differences [65 /blob /C] >>"
        " /FirstChar 65 /LastChar 67 /Widths [400 300 350] /Resources << >> >>",
        f"<< {_CID_FONT}/Identity-V >>",
        f"<< {_CID_FONT}/Identity-H >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /OddName /FirstChar 32 /LastChar 126 /FontDescriptor 15 0 R >>",
        ("", ODD_CONTENT),
        ("/Type /XObject /Subtype /Form /BBox [0 0 300 300] /Matrix [0.8 0.2 -0.2 0.8 50 100]"
         " /Resources << /Font << /F1 7 0 R >> >>", ODD_FORM),
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Dummy /CIDSystemInfo << /Registry (Adobe)"
        " /Ordering (Identity) /Supplement 0 >> /FontDescriptor 16 0 R /DW 1000 /W [65 [500 600]] >>",
        f"<< {_DESCRIPTOR} /FontName (Odd Name) >>",
        f"<< {_DESCRIPTOR} /FontName /Dummy >>",
        ("", b"400 0 0 0 400 400 d1 0 0 400 400 re f"),
    ])


def test_odd_text_read_directly_equals_pdfplumbers_own(tmp_path):
    fast, kinds = _assert_same_objects(_odd_pdf(tmp_path / "odd.pdf"))
    assert len(fast) == 3 and kinds["dict"] > 3 * 150
    # Only the vertical font's and the string-named font's characters were made by pdfminer.
    assert kinds["LTChar"] == 3 * (3 + len("Odd name"))
    page = fast[0]["char"]
    assert {c["upright"] for c in page} == {True, False}
    assert {(c["mcid"], c["tag"]) for c in page} >= {(3, "P"), (None, "Span"), (7, "P"), (9, "P"), (None, None)}
    assert {c["ncs"] for c in page} >= {"DeviceGray", "DeviceRGB", "DeviceCMYK"}
    assert {c["text"] for c in page} >= {"(cid:65)", "(cid:67)"}
    assert {c["fontname"] for c in page} == {"Helvetica", "unknown", "Dummy", "Odd Name"}  # unknown: Type3
    # pdfminer places the second page's text 100 left and 50 down (its mediabox starts there), pdfplumber back.
    assert [(c["x0"], c["top"]) for c in fast[1]["char"]] == [pytest.approx((c["x0"], c["top"])) for c in page]


@pytest.mark.parametrize("settings", [{"unicode_norm": "NFKC"}, {"laparams": {}}])
def test_settings_the_direct_path_does_not_cover_take_pdfplumbers_own(tmp_path, settings):
    path = _odd_pdf(tmp_path / "odd.pdf")
    fast, kinds = _read(path, fast=True, **settings)
    own, _ = _read(path, fast=False, **settings)
    assert kinds["dict"] == 0 and kinds["LTChar"] > 3 * 150
    # The characters in any order: with laparams, pdfminer groups text boxes (and so orders the
    # characters in them) differently from one run to the next.
    assert [sorted(map(repr, page["char"])) for page in fast] == [sorted(map(repr, page["char"])) for page in own]


def test_the_page_is_interpreted_by_the_interpreter_named_in_chars(tmp_path, monkeypatch):
    pdf_path = PdfBuilder(tmp_path / "one.pdf").line("One line").save()
    used = []

    class Counting(chars.INTERPRETER):  # type: ignore[misc, valid-type]
        def process_page(self, page):
            used.append(page)
            super().process_page(page)

    class Failing(chars.INTERPRETER):  # type: ignore[misc, valid-type]
        def process_page(self, page):
            raise ValueError("bad content stream")

    monkeypatch.setattr(chars, "INTERPRETER", Counting)
    with pdfplumber.open(pdf_path) as pdf:
        assert "One line" in read_chars_directly(pdf.pages[0]).extract_text()
    assert len(used) == 1
    monkeypatch.setattr(chars, "INTERPRETER", Failing)
    with pdfplumber.open(pdf_path) as pdf, pytest.raises(PdfminerException, match="bad content stream"):
        read_chars_directly(pdf.pages[0])


def test_an_untested_pdfminer_release_reads_with_its_own_classes_and_the_same_result(monkeypatch):
    """On a pdfminer release the fast paths are not tested on, pages are read by pdfminer's and
    pdfplumber's own classes (the fast interpreter is never run), with the same lines."""
    assert chars.fast_paths_tested("20260107")
    assert not chars.fast_paths_tested("20250506") and not chars.fast_paths_tested(None)
    fast = extract_layout(SAMPLE)

    class Unused(chars.INTERPRETER):  # type: ignore[misc, valid-type]
        def process_page(self, page):
            raise AssertionError("the fast path ran")

    monkeypatch.setattr(chars, "FAST_PATHS", False)
    monkeypatch.setattr(chars, "INTERPRETER", Unused)
    own = extract_layout(SAMPLE)
    assert own.lines and own == fast
    _, kinds = _read(SAMPLE, fast=True)
    assert kinds["dict"] == 0 and kinds["LTChar"] > 100


def _overlapping_words_pdf(path: Path, font: str) -> Path:
    """One line as an OCR engine's text layer writes it: word by word, each stretched over the box it
    measured; the box of "REGULAR" (a skewed letterhead) reaches over "PUBLIC MEETING" beside it."""
    widths = " ".join(["500"] * (126 - 32 + 1))
    content = (b"BT 3 Tr /F1 10 Tf 250 Tz 100 700 Td (REGULAR) Tj ET "
               b"BT 3 Tr /F1 10 Tf 100 Tz 160 700 Td (PUBLIC) Tj ET "
               b"BT 3 Tr /F1 10 Tf 100 Tz 200 700 Td (MEETING) Tj ET")
    return write_raw_pdf(path, [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >>"
        " /Contents 5 0 R >>",
        f"<< /Type /Font /Subtype /Type1 /BaseFont /{font} /FirstChar 32 /LastChar 126 /Widths [{widths}]"
        " /FontDescriptor 6 0 R >>",
        ("", content),
        f"<< {_DESCRIPTOR} /FontName /{font} >>",
    ])


def test_ocr_text_layer_words_overlapping_stay_whole(tmp_path):
    """Regression (San Diego board minutes, a skewed letterhead): an OCR'd page's words are read in the
    order they were written, not interleaved by position ("REGPUUBLILC MAEETRING")."""
    ocr = extract_layout(_overlapping_words_pdf(tmp_path / "ocr.pdf", "GlyphLessFont"))
    assert [line.text for line in ocr.lines] == ["REGULAR PUBLIC MEETING"]
    typeset = extract_layout(_overlapping_words_pdf(tmp_path / "typeset.pdf", "Helvetica"))
    assert "REGULAR" not in typeset.lines[0].text  # a typeset page's characters are read by position


def _ocr_layer_pdf(path: Path, content: bytes) -> Path:
    """A page of an OCR engine's text layer (invisible text in its glyph-less font) drawn by `content`."""
    widths = " ".join(["500"] * (126 - 32 + 1))
    return write_raw_pdf(path, [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >>"
        " /Contents 5 0 R >>",
        f"<< /Type /Font /Subtype /Type1 /BaseFont /GlyphLessFont /FirstChar 32 /LastChar 126 /Widths [{widths}]"
        " /FontDescriptor 6 0 R >>",
        ("", content),
        f"<< {_DESCRIPTOR} /FontName /GlyphLessFont >>",
    ])


def _ocr_line_pdf(path: Path, words: list[tuple[float, bytes]]) -> Path:
    """One row of an OCR engine's text layer: each word at its x, on the same baseline."""
    return _ocr_layer_pdf(path, b" ".join(b"BT 3 Tr /F1 10 Tf %d 700 Td (%s) Tj ET" % (x, text) for x, text in words))


def test_an_ocr_pages_stray_mark_far_from_the_words_is_left_out(tmp_path):
    """Regression (San Diego board minutes): a hole punch read as "(" at the page's edge joined the
    signature's name line ("RON OTTINGER ("), and the role under the name was lost."""
    layout = extract_layout(_ocr_line_pdf(tmp_path / "ocr.pdf", [(100, b"RON"), (125, b"OTTINGER"), (520, b"\\(")]))
    assert [line.text for line in layout.lines] == ["RON OTTINGER"]
    near = extract_layout(_ocr_line_pdf(tmp_path / "near.pdf", [(100, b"Item"), (125, b"4"), (140, b"\\(")]))
    assert [line.text for line in near.lines] == ["Item 4 ("]


def test_an_ink_signatures_long_strokes_are_no_table_rules(tmp_path):
    # A pen's downstrokes are Bézier segments whose control points stand in a row: pdfplumber makes
    # straight vertical edges of them, and they cut the running text they cross into "cells".
    pdf = PdfBuilder(tmp_path / "ink.pdf", footer=None)
    sentences = [f"Line {n} of the minutes runs right across the page from one margin to the other." for n in range(8)]
    for sentence in sentences:
        pdf.line(sentence)
    ink = pdf._canvas.beginPath()
    for x, top, bottom in ((150, 790, 690), (250, 770, 700), (350, 785, 660), (420, 760, 680)):
        ink.moveTo(x, top)
        ink.curveTo(x, top - 30, x, bottom + 30, x, bottom)
        ink.curveTo(x + 3, bottom + 10, x + 5, bottom + 20, x + 4, bottom + 40)
    pdf._canvas.drawPath(ink, stroke=1, fill=0)
    layout = extract_layout(pdf.save())
    assert [line.text for line in layout.lines] == sentences
    assert all(line.cell is None for line in layout.lines)


def test_a_table_in_a_rounded_box_keeps_its_straight_rules(tmp_path):
    pdf = PdfBuilder(tmp_path / "rounded.pdf", footer=None)
    pdf.line("Attendance")
    pdf._canvas.roundRect(60, 700, 400, 60, 8, stroke=1, fill=0)  # sides straight, corners Bézier
    pdf._canvas.line(260, 700, 260, 760)
    pdf._canvas.line(60, 730, 460, 730)
    for y, left, right in ((740, "Members", "12"), (710, "Guests", "3")):
        pdf._canvas.drawString(70, y, left)
        pdf._canvas.drawString(270, y, right)
    layout = extract_layout(pdf.save())
    cells = {line.text: line.cell for line in layout.lines if line.cell}
    assert cells["Members"].row == cells["12"].row and cells["12"].column == 1
    assert cells["Guests"].row == cells["Members"].row + 1


@pytest.mark.parametrize("glyph", ["→", "⇒", "•"])
def test_an_arrow_opening_a_line_marks_an_entry_as_a_bullet_does(glyph):
    """Notes mark a result or a vote with an arrow ("→ Abstimmung: ..."): an entry of its own."""
    from pipeline.pdf.extract import _bullet_of
    assert _bullet_of({"text": glyph, "fontname": "ArialMT"}) == glyph
    assert _bullet_of({"text": "Abstimmung:", "fontname": "ArialMT"}) is None


def _slanted_ocr_pdf(path: Path, rows: list[tuple[float, list[bytes]]], slope: float) -> Path:
    """Rows of an OCR engine's text layer on a scan whose lines slant (`slope` points up per point across):
    each word written at its place along its row, its text matrix turned with the row's baseline."""
    words = []
    for y, texts in rows:
        x = 72.0
        for text in texts:
            at = y + slope * (x - 72)
            words.append(b"BT 3 Tr /F1 10 Tf 1 %.4f %.4f 1 %.2f %.2f Tm (%s) Tj ET" % (slope, -slope, x, at, text))
            x += 6 * len(text) + 5
    return _ocr_layer_pdf(path, b" ".join(words))


def test_an_ocr_layers_slanted_lines_stay_whole_and_their_words_too(tmp_path):
    """Regression (a real photocopy of an Indian college's board minutes, rs11): Tesseract writes each word with its
    row's slant. The words' sizes, computed through the turned matrix, differ in their last digits from letter to
    letter, and every letter became a word ("R e p o r t"); and the words of a row, a few points higher at its end
    than at its start, fell into several lines that interleaved with the next row's."""
    rows = [(700.0, [b"Report", b"on", b"Training", b"and", b"placement", b"of", b"the", b"students", b"this",
                     b"year"]),
            (686.0, [b"The", b"Member", b"Secretary", b"presented", b"before", b"the", b"Board", b"a", b"summary"])]
    layout = extract_layout(_slanted_ocr_pdf(tmp_path / "slanted.pdf", rows, 0.025))
    assert [line.text for line in layout.lines] == [b" ".join(words).decode() for _, words in rows]


def test_initials_in_brackets_read_as_a_line_of_their_own_join_the_line_beside_them():
    """Regression (a society's committee minutes, scanned: "● (CW) Charlotte Wringe - Chair"): Tesseract read the
    bracketed initials, taller than the letters, apart; they came out a line above the name."""
    from pipeline.pdf.extract import _group_written_lines

    def word(text, x0, top, bottom):
        return {"text": text, "x0": x0, "x1": x0 + 10 * len(text), "top": top, "bottom": bottom}

    words = [word("(CW)", 110, 355.0, 372.6), word("(AB)", 110, 370.0, 387.6),
             word("Charlotte", 146, 358.0, 370.6), word("Wringe", 230, 358.0, 370.6),
             word("Adam", 146, 373.0, 385.6), word("Birtles", 200, 373.0, 385.6),
             word("STAMP", 146, 402.0, 415.0), word("(1)", 110, 400.0, 417.6)]  # a lone word beside: apart
    lines = [" ".join(w["text"] for w in line) for line in _group_written_lines(words, 3.0)]
    assert lines == ["(CW) Charlotte Wringe", "(AB) Adam Birtles", "(1)", "STAMP"]


def test_spaces_between_chinese_characters_are_the_pdfs_not_the_writers():
    """Regression (a Chinese society's minutes, text layer and scan, rs20): words broke at each change of font and OCR
    boxed characters apart ("中 民國 天文學會", "2009 年 04 月"); Chinese is written without spaces. Korean keeps its
    spaces, and so does Latin text beside Chinese."""
    assert clean_text("中 民國 天文學會第 23 屆 2009 年 04 月") == "中民國天文學會第23屆2009年04月"
    assert clean_text("研討會 (Millimeter Astronomy)") == "研討會 (Millimeter Astronomy)"
    assert clean_text("회의 안건") == "회의 안건"
