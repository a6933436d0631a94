"""Extraction: typography, margins, bullets, tables across pages, text clean-up."""

from pathlib import Path

from pipeline.extract import clean_text, extract_layout
from tests.pdf_builder import PdfBuilder

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "ccc-battambang-2018-11-12.pdf"


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


def test_characters_read_directly_equal_pdfplumbers_own(sample_pdf):
    """The fast character path builds exactly the dicts pdfplumber builds, on every bundled sample."""
    import pdfplumber

    from pipeline.extract import read_chars_directly

    def objects(path: Path, fast: bool) -> list[dict]:
        pages = []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page = read_chars_directly(page) if fast else page
                # Image streams compare by identity: leave them out, every other attribute counts.
                pages.append({kind: [{k: v for k, v in obj.items() if k != "stream"} for obj in objs]
                              for kind, objs in page.objects.items()})
                page.close()
        return pages

    for path in sorted(sample_pdf.parent.glob("*.pdf")):
        fast = objects(path, fast=True)
        assert sum(len(page.get("char", [])) for page in fast) > 100, path.name
        assert fast == objects(path, fast=False), path.name
