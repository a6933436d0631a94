"""OCR: which pages need it, reading them with Tesseract, the cache, and life without Tesseract.

The OCR'd documents are built here: a one-page minutes PDF, its scan (rendered, turned,
speckled) and a copy whose text layer is glyph names. Each real OCR run reads one page.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy
import pdfplumber
import pytest
from PIL import Image

from pipeline.errors import UnreadablePDF
from pipeline.ocr import cache as ocr_cache
from pipeline.ocr import languages as ocr_languages
from pipeline.ocr import layout as ocr_layout
from pipeline.ocr import read as ocr_read
from pipeline.ocr import render as ocr_render
from pipeline.ocr import schedule as ocr_schedule
from pipeline.ocr import tables as ocr_tables
from pipeline.ocr import tesseract as ocr_tesseract
from pipeline.ocr import words as ocr_words
from pipeline.ocr.settings import DEFAULT_OCR_LANGUAGES, OcrSettings
from pipeline.parse import parse_pdf
from pipeline.pdf.extract import Line, extract_layout
from pipeline.pdf.textlayer import PageSample, judge_page, page_sample, pages_needing_ocr
from tests.pdf_builder import PdfBuilder, write_raw_pdf
from tests.scans import garbled_pdf, glyph_names, scan_pdf
from tests.system_packages import require

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PROSE = ("The committee reviewed the budget for the coming year and agreed to publish the report "
         "in the provincial office before the end of the month.").split()


def sample(words: list[str], image_share: float = 0.0, widest_image: float | None = None) -> PageSample:
    return PageSample(1, tuple(words), image_share, image_share if widest_image is None else widest_image)


# --------------------------------------------------------------------------- which pages need OCR


def test_a_scan_set_on_a_larger_page_needs_ocr_but_photos_do_not() -> None:
    """A letter-size scan on a 599 x 1224 pt page spans 90% of its width and covers 54% of it; two photos laid
    out on a report's page cover 42% of it and span 65% of its width."""
    assert judge_page(sample([], 0.54, widest_image=0.9), "eng") == "no text layer"
    assert judge_page(sample([], 0.42, widest_image=0.65), "eng") is None


def test_a_page_of_text_drawn_as_outlines_needs_ocr(tmp_path) -> None:
    """A parish council's minutes printed to PDF with every letter a filled path: no text, no image, a
    thousand curves a page. Read like a scan; a page with a few curves and no text is a blank or a drawing."""
    curve = "{x} {y} m {x} {y2} {x2} {y2} {x2} {y} c f\n"
    drawing = "".join(curve.format(x=50 + 6 * (i % 80), y=700 - 12 * (i // 80), x2=54 + 6 * (i % 80),
                                   y2=708 - 12 * (i // 80)) for i in range(400)).encode()
    pdf = write_raw_pdf(tmp_path / "outlines.pdf", [
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>", ("", drawing)])
    with pdfplumber.open(pdf) as document:
        outlined = page_sample(1, [], document.pages[0])
    assert outlined.curves == 400
    assert judge_page(outlined, "eng") == "text drawn as outlines (400 curves, no text)"
    assert judge_page(PageSample(1, (), 0.0, 0.0, curves=12), "eng") is None
    assert judge_page(PageSample(1, tuple(PROSE), 0.0, 0.0), "eng") is None


@pytest.mark.parametrize(
    ("words", "image_share", "verdict"),
    [
        (PROSE, 0.0, None),
        ([], 1.0, "no text layer"),  # a scan
        (["Page", "3"], 0.95, "no text layer"),  # a scan with a typed page number
        ([], 0.4, None),  # a page of photos: nothing to read
        (["Photo", "1"], 0.54, None),  # a page of photos with a caption: nothing to read
        ([], 0.2, None),  # a small picture alone on a page
        ([], 0.0, None),  # a blank page
        ([glyph_names(w) for w in PROSE], 1.0, "garbled text layer"),
        ([f"(cid:{i % 90 + 3})" * len(w) for i, w in enumerate(PROSE)], 0.0, "garbled text layer"),
        (["\ue001\ue00f\ue020" * 2 for _ in PROSE], 0.0, "garbled text layer"),  # Khmer that lost its shaping
        (["".join(f"/{char}" for char in w) for w in PROSE], 1.0, "garbled text layer"),  # glyphs named by letter
        (["\ufffd" + w for w in PROSE], 0.0, None),  # a stray replacement character per word is not enough
        (["ÃƒÂ©" + "¤¦¬" * 2 for _ in PROSE], 0.0, "text layer is not words"),  # mojibake
        (["\u0421\u043e\u0432\u0435\u0442" for _ in PROSE], 0.0, "text layer is not words"),  # not eng+khm
        (["ការប្រជុំ", "បានពិភាក្សា", *PROSE], 0.0, None),  # Khmer and English words
        ([*PROSE, "(cid:127)", "Item", "(cid:127)", "Item"], 0.0, None),  # bullets from a symbol font
    ],
)
def test_judge_page(words, image_share, verdict) -> None:
    got = judge_page(sample(words, image_share), "eng+khm")
    assert (got or "").startswith(verdict or "") and (got is None) == (verdict is None), got


def test_languages_decide_the_expected_scripts() -> None:
    cyrillic = sample(["\u0421\u043e\u0432\u0435\u0442"] * 30)
    assert judge_page(cyrillic, "eng") is not None
    assert judge_page(cyrillic, DEFAULT_OCR_LANGUAGES) is None  # Russian is among the defaults: its text is words
    assert judge_page(cyrillic, "bul") is None  # a language without a known script: any letter counts


def test_a_text_layer_of_chinese_is_words() -> None:
    """Regression (an astronomical society's council minutes in Chinese, a born-digital PDF, rs20): no configured
    language was written in Han characters, and the full-width marks between them ("一、時間：", "（一）") were no
    punctuation, so a perfect text layer was judged garbage and read by OCR in English."""
    chinese = sample(["一、時", "間：2009年04月16日", "二、地", "點：電話會議", "(一)理事：呂聖元、周翊、張桂蘭"] * 8)
    assert judge_page(chinese, DEFAULT_OCR_LANGUAGES) is None
    assert judge_page(chinese, "eng") is not None
    plan = ocr_languages.LanguagePlan(DEFAULT_OCR_LANGUAGES.split("+"))
    assert plan.for_script("Han") == "chi_tra+chi_sim+eng"  # a scan OSD finds Han on
    assert {"tesseract-ocr-chi-tra", "tesseract-ocr-jpn", "tesseract-ocr-kor"} <= set(ocr_tesseract.OCR_DEBIAN_PACKAGES)


def test_a_page_of_cyrillic_is_read_in_russian() -> None:
    """Regression (a Russian company's founders' minutes, a real scan): a page OSD found Cyrillic on had no
    language to be read in, and came out as Latin garbage."""
    plan = ocr_languages.LanguagePlan(DEFAULT_OCR_LANGUAGES.split("+"))
    assert plan.for_script("Cyrillic") == "rus+eng"
    assert "tesseract-ocr-rus" in ocr_tesseract.OCR_DEBIAN_PACKAGES


def test_a_page_pdfplumber_reads_as_blank_is_looked_at_again_with_pdfium(tmp_path) -> None:
    """Regression (a music parents' association's real scan, rs10): pdfminer saw neither text nor image on the
    last two pages (a photocopied resolution), so they were taken for blank and never read; pdfium renders a scan
    on them. Each page's verdict is pdfplumber's, unless pdfium finds the scan pdfplumber missed."""
    scan = scan_pdf(SAMPLES / "ccc-battambang-2018-11-12.pdf", tmp_path / "scan.pdf")
    blank_to_pdfplumber = [PageSample(1, (), 0.0), PageSample(2, ("Minutes",) * 30, 0.0)]
    assert pages_needing_ocr(blank_to_pdfplumber, "eng+khm", scan) == {1: "no text layer (its scan found by pdfium)"}
    assert pages_needing_ocr(blank_to_pdfplumber, "eng+khm") == {}


@pytest.mark.parametrize("name", ["ccc-battambang-2018-11-12.pdf", "odin_monty_workshop_2025-03_report.pdf"])
def test_no_page_of_the_samples_needs_ocr(name) -> None:
    """Khmer that pdfplumber reads correctly, bullets from symbol fonts, photo pages: all left alone."""
    layout = extract_layout(SAMPLES / name)
    assert pages_needing_ocr(layout.page_samples, "eng+khm") == {}


# --------------------------------------------------------------------------- documents


def minutes_page(path: Path) -> Path:
    """One page of minutes with speakers, a question and answer, and a tally."""
    pdf = PdfBuilder(path, footer=None)
    pdf.line("Minutes of the Water Committee Meeting", style="bold", size=16)
    pdf.line("Date: 14 March 2019", size=12).line("Venue: Commune Hall, Battambang", size=12).space()
    pdf.line("1. Opening remarks", style="bold", size=13)
    pdf.line("Ms. Chan Sophea, Chair of the Water Committee, opened the meeting and welcomed", size=12)
    pdf.line("the members. Mr. Heng Vuthy, Treasurer, presented the accounts for the year.", size=12).space()
    pdf.line("2. Questions and answers", style="bold", size=13)
    pdf.line("Q: When will the new well in the village be finished?", size=12)
    pdf.line("A: The contractor expects to finish the work before the rainy season.", size=12).space()
    pdf.line("3. Feedback", style="bold", size=13)
    pdf.line("Topics you propose for the next meeting", size=12)
    pdf.line("- Water quality (14 responses)", size=12).line("- Maintenance of the pumps (5 responses)", size=12)
    return pdf.save()


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("ocr-docs")
    text = minutes_page(folder / "minutes.pdf")
    return {
        "text": text,
        "scan": scan_pdf(text, folder / "minutes-scan.pdf", max_skew=1.2),
        "garbled": garbled_pdf(text, folder / "minutes-garbled.pdf"),
    }


def records(doc) -> dict:
    return {
        "speakers": sorted((s.name, s.role) for s in doc.speakers),
        "qa": [(q.question, q.answer) for q in doc.qa_pairs],
        "feedback": [(f.label, f.count) for f in doc.feedback_counts],
        "sections": [s.heading for s in doc.sections],
        "date": doc.meta.meeting_date,
    }


@pytest.fixture(scope="module")
def tesseract() -> None:
    require("tesseract-ocr", "tesseract-ocr-eng", "tesseract-ocr-khm")


def test_a_scan_is_read_with_ocr_like_its_text_version(tesseract, documents, tmp_path) -> None:
    expected = records(parse_pdf(documents["text"]))
    assert expected["speakers"] and expected["qa"] and expected["feedback"]  # the page is worth reading
    doc = parse_pdf(documents["scan"], OcrSettings(cache_dir=str(tmp_path / "cache")))
    assert doc.provenance.ocr_pages == [1] and doc.provenance.unread_pages == []
    assert doc.provenance.ocr_confidence is not None and doc.provenance.ocr_confidence > 70
    assert records(doc) == expected
    cached = sorted(p.name for p in (tmp_path / "cache").iterdir())
    assert cached == [f"{doc.document_id}.json", f"{doc.document_id}.pdf"]


def test_a_scan_is_read_with_ocr_in_the_parse_child(tesseract, documents, tmp_path) -> None:
    """As ingest parses: in a child process with a time limit, which OCR extends by the page."""
    from pipeline.isolation import Limits, call_by_name, run_isolated

    settings = OcrSettings(cache_dir=str(tmp_path / "cache"))
    doc = run_isolated(call_by_name, "pipeline.parse", "parse_pdf", str(documents["scan"]), settings,
                       limits=Limits(timeout_seconds=30.0))
    assert doc.provenance.ocr_pages == [1] and doc.provenance.ocr_confidence is not None
    assert records(doc) == records(parse_pdf(documents["text"]))
    assert (tmp_path / "cache" / f"{doc.document_id}.json").is_file()  # the child filled the cache


def test_a_garbled_text_layer_is_detected_and_read_with_ocr(tesseract, documents, tmp_path, monkeypatch) -> None:
    layout = extract_layout(documents["garbled"])
    assert "/G" in layout.page_samples[0].words[0]  # pdfplumber reads the glyph names
    assert pages_needing_ocr(layout.page_samples, "eng+khm")[1].startswith("garbled text layer")
    settings = OcrSettings(cache_dir=str(tmp_path / "cache"))
    doc = parse_pdf(documents["garbled"], settings)
    assert doc.provenance.ocr_pages == [1]
    assert records(doc) == records(parse_pdf(documents["text"]))

    # A second parse takes the OCR'd copy from the cache: Tesseract does not run again.
    def no_ocr(*args, **kwargs):
        raise AssertionError("OCR ran again despite the cache")

    monkeypatch.setattr(ocr_cache, "read_pages", no_ocr)
    assert parse_pdf(documents["garbled"], settings) == doc
    # Other languages are another OCR: the cache entry does not serve them.
    with pytest.raises(AssertionError, match="OCR ran again"):
        parse_pdf(documents["garbled"], OcrSettings(languages="eng", cache_dir=settings.cache_dir))


def _scan_with_text(path: Path, render_mode: int) -> Path:
    """A page that is one picture (a scan) with a line of text over it, drawn in `render_mode` (3: invisible, as an
    OCR program writes its layer; 0: filled, as a form printed over a picture)."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument.new()
    page = document.new_page(612, 792)
    picture = pdfium.PdfImage.new(document)
    picture.set_bitmap(pdfium.PdfBitmap.from_pil(Image.new("RGB", (306, 396), (250, 250, 250))))
    picture.set_matrix(pdfium.PdfMatrix(612, 0, 0, 792, 0, 0))
    page.insert_obj(picture)
    text = pdfium_c.FPDFPageObj_NewTextObj(document.raw, b"Helvetica", 12.0)
    words = "Minutes of the board meeting held on the third of March with the members present"
    encoded = (words + "\0").encode("utf-16-le")
    pdfium_c.FPDFText_SetText(text, ctypes.cast(ctypes.create_string_buffer(encoded, len(encoded)),
                                                ctypes.POINTER(ctypes.c_ushort)))
    pdfium_c.FPDFTextObj_SetTextRenderMode(text, render_mode)
    pdfium_c.FPDFPageObj_Transform(text, 1, 0, 0, 1, 72, 700)
    pdfium_c.FPDFPage_InsertObject(page.raw, text)
    page.gen_content()
    document.save(str(path))
    return path


def test_a_scan_with_another_programs_ocr_layer_is_read_again(tmp_path) -> None:
    """A scanner's "searchable PDF": its invisible text is another OCR's, read again here; text printed over a
    picture is the page's own."""
    from pipeline.rules import OCR_LAYER_REDONE

    for mode, wanted in ((3, {1: OCR_LAYER_REDONE}), (0, {})):
        pdf = _scan_with_text(tmp_path / f"mode-{mode}.pdf", mode)
        layout = extract_layout(pdf)
        assert "board" in layout.page_samples[0].words and layout.page_samples[0].image_share > 0.9
        assert pages_needing_ocr(layout.page_samples, "eng+khm", pdf) == wanted


def test_without_tesseract_another_programs_ocr_layer_is_read_as_it_is(no_tesseract, tmp_path) -> None:
    doc = parse_pdf(_scan_with_text(tmp_path / "layered.pdf", 3))
    assert doc.provenance.ocr_pages == [] and doc.provenance.unread_pages == []
    assert doc.meta.title and "board meeting" in doc.meta.title.lower()


def test_tesseract_writes_the_text_layer_and_the_word_confidences_at_once() -> None:
    block = ocr_tesseract.BLOCK_SEGMENTATION
    command = ocr_tesseract.tesseract_command(Path("p.pgm"), Path("out"), "khm+eng", block, 300)
    assert command[command.index("-l") + 1] == "khm+eng" and command[command.index("--psm") + 1] == "6"
    assert "textonly_pdf=1" in command and command[-3:] == ["pdf", "tsv", "hocr"]
    strip = ocr_tesseract.tesseract_command(Path("s.pgm"), Path("s"), "eng", block, 150, ocr_tesseract.STRIP_OUTPUTS)
    assert strip[-1:] == ["tsv"] and "pdf" not in strip


def _fake_tesseract(base: Path, words: list[tuple[str, int]]) -> None:
    """What Tesseract writes: a text-only PDF page and a TSV of `words` (text, confidence), one a line."""
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "1\t1\t0\t0\t0\t0\t0\t0\t1000\t1000\t-1\t"]
    rows += [f"5\t1\t1\t1\t{i + 1}\t1\t100\t{100 + 30 * i}\t200\t20\t{conf}\t{text}"
             for i, (text, conf) in enumerate(words)]
    base.with_suffix(".tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    base.with_suffix(".pdf").write_bytes(b"%PDF-1.4 stand-in")


def test_a_page_is_read_again_in_the_script_it_shows_and_as_one_block_if_still_empty(documents, tmp_path) -> None:
    """A page of Khmer read in English gives doubtful scraps: OSD names its script, it is read again in
    khm(+eng), and, Tesseract's segmentation finding nothing, as one block. No Khmer model on the first try."""
    import pypdfium2 as pdfium

    plan = ocr_languages.LanguagePlan(["eng", "khm"])
    document = pdfium.PdfDocument(str(documents["text"]))
    steps = ocr_read.page_steps(document, 1, plan, tmp_path)
    commands = []
    run = None
    try:
        while True:
            command = steps.send(run)
            commands.append(command)
            base = Path(command[2])
            if command[command.index("--psm") + 1] == "0":
                base.with_suffix(".osd").write_text("Rotate: 0\nOrientation confidence: 3.1\nScript: Khmer\n"
                                                    "Script confidence: 4.2\n", encoding="utf-8")
            elif command[command.index("-l") + 1] == "eng":
                _fake_tesseract(base, [("ffi", 30), ("Sr", 20)])
            elif command[command.index("--psm") + 1] == ocr_tesseract.AUTO_SEGMENTATION:
                _fake_tesseract(base, [("ការ", 80)])
            else:
                _fake_tesseract(base, [("ការប្រជុំ", 85), ("គណៈកម្មាធិការ", 82), ("ឃុំ", 80)])
            run = ocr_schedule.Run(0, "")
    except StopIteration as done:
        read = done.value
    finally:
        document.close()
    languages = [command[command.index("-l") + 1] if "-l" in command else "osd" for command in commands]
    assert languages == ["eng", "osd", "khm+eng", "khm+eng"]
    assert commands[-1][commands[-1].index("--psm") + 1] == ocr_tesseract.BLOCK_SEGMENTATION
    assert read.languages == "khm+eng" and [word.text for word in read.words][0] == "ការប្រជុំ"


def test_the_language_of_a_script_is_told_by_its_common_words() -> None:
    plan = ocr_languages.LanguagePlan(["eng", "khm", "deu", "fra"])
    german = "Die Versammlung wurde um 14 Uhr durch die Leiterin mit der Tagesordnung und dem Protokoll eröffnet"
    words = [ocr_word(text, 90) for text in german.split()]
    assert plan.to_choose() and plan.other_language(words, "eng", 4) == "deu"
    assert plan.other_language(words, "deu", 4) is None and plan.other_language(words[:3], "eng", 4) is None
    assert plan.for_script("Khmer") == "khm+eng" and plan.for_script("Cyrillic") is None
    # A page of the first script that reads badly is read again in the document's language only.
    assert plan.for_script("Latin") == "eng"
    plan.found = "deu"
    assert plan.for_script("Latin") == "deu" and plan.for_script("Khmer") == "khm+eng"
    assert not ocr_languages.LanguagePlan(["eng", "khm"]).to_choose()


def test_the_strip_of_the_first_page_tells_the_documents_language(documents, tmp_path) -> None:
    """The strip is rendered on its own at LANGUAGE_STRIP_DPI (not after the page's full preparation):
    a band of lines read as one block in the first language; common words of another make it the plan's."""
    import pypdfium2 as pdfium

    plan = ocr_languages.LanguagePlan(["eng", "khm", "deu"])
    document = pdfium.PdfDocument(str(documents["scan"]))
    try:
        steps = ocr_read.language_strip_steps(document, 1, plan, tmp_path)
        command = steps.send(None)
        page_width = document.get_page_size(0)[0]
    finally:
        document.close()
    assert command[command.index("-l") + 1] == "eng" and command[command.index("--dpi") + 1] == "150"
    assert command[command.index("--psm") + 1] == ocr_tesseract.BLOCK_SEGMENTATION
    strip = numpy.asarray(Image.open(command[1]))
    assert abs(strip.shape[1] - page_width * 150 / 72) <= 2 and strip.shape[0] < strip.shape[1] / 5
    assert (strip < 128).mean() > 0.01  # lines of text, not the margin
    german = "Die Sitzung wurde mit der Tagesordnung und dem Protokoll der letzten Versammlung eröffnet"
    _fake_tesseract(Path(command[2]), [(word, 90) for word in german.split()])
    with pytest.raises(StopIteration):
        steps.send(ocr_schedule.Run(0, ""))
    assert plan.found == "deu"


def test_a_page_that_is_one_jpeg_is_decoded_at_the_size_asked(tmp_path) -> None:
    """At its own resolution for reading; halved (by libjpeg, as it decodes) for the language strip."""
    import pypdfium2 as pdfium

    image = Image.new("L", (1275, 1650), 255)  # a letter page at 150 dpi, saved at 300: 4.25 x 5.5 in
    image.paste(0, (100, 200, 1100, 230))
    pdf = tmp_path / "scan.pdf"
    image.save(pdf, resolution=300)
    document = pdfium.PdfDocument(str(pdf))
    try:
        full, full_dpi = ocr_render.rendered(document, 1)
        half, half_dpi = ocr_render.rendered(document, 1, at_most=150)
        page = document[0]
        assert ocr_render._scan_as_is(page, 300, 0.5) is not None  # the JPEG itself, not pdfium's rendering
        page.close()
    finally:
        document.close()
    assert (full.size, full_dpi) == ((1275, 1650), 300) and half_dpi == 150
    assert abs(half.width - 638) <= 1 and abs(half.height - 825) <= 1
    assert numpy.asarray(half)[100:115, 50:550].mean() < 40


def test_a_phone_photo_placed_at_its_nominal_96_dpi_is_read_at_the_size_of_its_sheet(tmp_path) -> None:
    """Regression (a real verbale, photographed: a page 29 in wide): it was rendered at 200 dpi of that page, its
    letters 80 px high, and Tesseract read nothing. The sheet is taken to be PHOTO_SHEET_INCHES across."""
    import pypdfium2 as pdfium

    pdfs = {}
    for name, pixels, resolution in (("photo", (2785, 3918), 96), ("scan", (1654, 2339), 200)):
        pdfs[name] = tmp_path / f"{name}.pdf"
        Image.new("L", pixels, 255).save(pdfs[name], resolution=resolution)
    sizes = {}
    for name, pdf in pdfs.items():
        document = pdfium.PdfDocument(str(pdf))
        try:
            image, dpi = ocr_render.rendered(document, 1)
        finally:
            document.close()
        sizes[name] = (round(image.width * 72 / dpi), dpi)
    assert sizes["photo"] == (round(ocr_render.PHOTO_SHEET_INCHES * 72), 300)  # a sheet, at the reading resolution
    assert sizes["scan"] == (595, 200)  # an A4 scan at 200 dpi: as it is


def test_paper_in_shadow_is_evened_so_its_lines_of_text_are_not_erased_as_rules(tmp_path) -> None:
    """Regression (a real verbale photographed under a lamp): the paper's shadow was darker than the rules' darkness,
    so each line of text in it read as a long dark run and was whitened with its letters."""
    import pypdfium2 as pdfium

    grey = numpy.full((1100, 850), 250, dtype=numpy.uint8)
    grey[:800] = numpy.linspace(100, 250, 800, dtype=numpy.uint8)[:, None]  # shadow over the top two thirds
    letters = [(top, left) for top in range(100, 1000, 60) for left in range(80, 760, 14)]  # strokes 4 px wide
    for top, left in letters:
        grey[top:top + 22, left:left + 4] = grey[top, left] // 4
    pdf = tmp_path / "photo.pdf"
    Image.fromarray(grey).save(pdf, resolution=100)
    document = pdfium.PdfDocument(str(pdf))
    try:
        image, coarse, dpi = ocr_render.page_image(document, 1)
    finally:
        document.close()
    read = numpy.asarray(ocr_render.without_rules(image, dpi, coarse))
    scale = image.width / 850
    kept = [read[round((top + 11) * scale), round((left + 2) * scale)] < 128 for top, left in letters]
    assert all(kept)  # every stroke still ink, in the shadow as out of it
    assert numpy.percentile(read[:int(600 * scale)], 50) > 200  # and the shadowed paper light


def test_pages_begun_on_a_wrong_guess_of_the_language_are_begun_again(tmp_path) -> None:
    """The first page's strip tells the document's language; the other pages do not wait for it, they
    begin in the first language, and a command in a language found wrong is stopped and run again,
    also one that ended before the strip did."""
    import sys

    program = tmp_path / "fake_tesseract.py"  # sleeps as long as it is told; its output base is argv[1]
    program.write_text("import sys, time\ntime.sleep(float(sys.argv[-1]))\n", encoding="utf-8")
    found: dict[str, str] = {}
    sent: dict[int, list[int | None]] = {1: [], 2: [], 3: []}

    def command(base: str, language: str, seconds: float) -> list[str]:
        return [sys.executable, str(program), str(tmp_path / base), "-l", language, str(seconds)]

    def first_page():
        run = yield command("strip", "eng", 0.3)
        sent[1].append(run.returncode)
        found["language"] = "deu"  # the strip was German
        run = yield command("p1", "deu", 0.0)
        sent[1].append(run.returncode)
        return "page 1"

    def second_page():
        run = yield command("p2", "eng", 30.0)  # begun in the first language, the likeliest
        sent[2].append(run.returncode)
        run = yield command("p2", found.get("language", "eng"), 0.0)
        sent[2].append(run.returncode)
        return "page 2"

    def third_page():
        run = yield command("p3", "eng", 0.0)  # done before the strip is
        sent[3].append(run.returncode)
        run = yield command("p3", found.get("language", "eng"), 0.0)
        sent[3].append(run.returncode)
        return "page 3"

    def stale(cmd: list[str]) -> bool:
        return cmd[cmd.index("-l") + 1] != found.get("language", "eng")

    started = time.monotonic()
    outcomes = ocr_schedule.run_steps({1: first_page(), 2: second_page(), 3: third_page()}, 3, 60.0, hold=1,
                                      stale=stale)
    assert outcomes == {1: "page 1", 2: "page 2", 3: "page 3"}
    assert sent == {1: [0, 0], 2: [ocr_schedule.SUPERSEDED, 0], 3: [ocr_schedule.SUPERSEDED, 0]}
    assert time.monotonic() - started < 10  # the 30 s guess was stopped


def test_the_language_strip_is_read_beside_the_pages_not_before_them(tmp_path) -> None:
    """The held command (the strip that tells the language) takes no core of its own: with one core, the first
    page's Tesseract starts while the strip's runs, not after it (it had waited, and every page with it)."""
    import sys

    program = tmp_path / "fake_tesseract.py"  # records when it ran: argv[1] is its output base
    program.write_text("import sys, time\nstart = time.monotonic()\ntime.sleep(0.5)\n"
                       "open(sys.argv[1] + '.ran', 'w').write(f'{start} {time.monotonic()}')\n", encoding="utf-8")

    def steps(base: str):
        yield [sys.executable, str(program), str(tmp_path / base), "-l", "eng"]
        return base

    outcomes = ocr_schedule.run_steps({1: steps("p1"), 0: steps("strip"), 2: steps("p2")}, 1, 60.0, hold=0,
                                      stale=lambda command: False)
    assert outcomes == {1: "p1", 0: "strip", 2: "p2"}
    ran = {base: [float(t) for t in (tmp_path / f"{base}.ran").read_text().split()] for base in ("p1", "strip", "p2")}
    assert ran["p1"][0] < ran["strip"][1] and ran["strip"][0] < ran["p1"][1]  # side by side
    assert ran["p2"][0] >= ran["p1"][1] - 0.05  # the pages still one at a time on the one core


def test_a_page_is_begun_only_when_a_core_is_free_for_it(tmp_path) -> None:
    """With two cores and two pages' Tesseract running, the third page is not prepared yet: its preparation had
    taken CPU from the first pages' Tesseract, which a short document's reading waits behind."""
    import sys
    from concurrent.futures import ThreadPoolExecutor

    program = tmp_path / "fake_tesseract.py"  # records when it ran: argv[1] is its output base
    program.write_text("import sys, time\nstart = time.monotonic()\ntime.sleep(0.5)\n"
                       "open(sys.argv[1] + '.ran', 'w').write(f'{start} {time.monotonic()}')\n", encoding="utf-8")
    prepared: dict[str, float] = {}

    def steps(base: str, pool: ThreadPoolExecutor):
        yield pool.submit(lambda: prepared.setdefault(base, time.monotonic()))
        yield [sys.executable, str(program), str(tmp_path / base), "-l", "eng"]
        return base

    with ThreadPoolExecutor(max_workers=3) as pool:
        outcomes = ocr_schedule.run_steps({page: steps(f"p{page}", pool) for page in (1, 2, 3)}, 2, 60.0)
    assert outcomes == {1: "p1", 2: "p2", 3: "p3"}
    ran = {base: [float(t) for t in (tmp_path / f"{base}.ran").read_text().split()] for base in ("p1", "p2")}
    assert prepared["p3"] >= min(ran["p1"][1], ran["p2"][1]) - 0.05


def _two_pages_and_a_blank_layer(documents, tmp_path: Path) -> Path:
    """A PDF of a text page and a garbled one (two.pdf), and a blank text-only page (text-only.pdf) for a page's
    reading to stand for Tesseract's."""
    import pypdfium2 as pdfium

    two = tmp_path / "two.pdf"
    document = pdfium.PdfDocument(str(documents["text"]))
    document.import_pages(pdfium.PdfDocument(str(documents["garbled"])))
    document.save(str(two))
    blank = pdfium.PdfDocument.new()
    blank.new_page(595, 842)
    blank.save(str(tmp_path / "text-only.pdf"))
    return two


def test_a_page_whose_ocr_fails_is_recorded_and_the_others_are_read(documents, tmp_path, monkeypatch) -> None:
    """The failed page is left blank in the copy (its garbage is not read) and listed, also from the cache."""
    two = _two_pages_and_a_blank_layer(documents, tmp_path)
    image = Image.new("L", (1240, 1754), 255)

    def one_fails(source, pages, plan, seconds, scratch):
        return [ocr_read.PageRead(1, error="tesseract: out of memory"),
                ocr_read.PageRead(2, [ocr_word("Minutes", 91.0)], "eng", tmp_path / "text-only.pdf", image, 150,
                                  lines=[ocr_words.OcrLine((72.0, 100.0, 300.0, 112.5), 12.48, 3.36, 2.4)])]

    monkeypatch.setattr(ocr_cache, "read_pages", one_fails)
    settings = OcrSettings(cache_dir=str(tmp_path / "cache"))
    result = ocr_cache.ocr_pages(two, "1" * 64, [1, 2], settings, tmp_path)
    assert result.pages == (2,) and result.failed == {1: "tesseract: out of memory"} and result.confidence == 91.0
    assert result.lines[2][0].x_height == pytest.approx(6.72)
    meta = tmp_path / "cache" / f"{'1' * 64}.json"
    installed = ocr_cache._installed_of(settings.languages)
    assert ocr_cache._from_cache(result.pdf, meta, [1, 2], settings.languages, installed) == result
    # a language installed since the copy was made: its pages are read again
    assert ocr_cache._from_cache(result.pdf, meta, [1, 2], settings.languages, "eng+swe+new") is None
    assert ocr_cache._from_cache(result.pdf, meta, [1, 2], settings.languages, None) == result  # no Tesseract
    assert extract_layout(result.pdf).lines == []  # page 1 blank, page 2 only the (empty) text layer


def test_a_page_that_ran_out_of_time_is_not_cached_so_the_next_run_reads_it(documents, tmp_path, monkeypatch) -> None:
    """Regression (a measuring run of eight ingests at once on two cores): a page whose Tesseract was stopped after
    its 60 s was cached as failed, and every later run left it unread. The time was the machine's, not the file's."""
    two = _two_pages_and_a_blank_layer(documents, tmp_path)
    calls = []

    def busy_then_quiet(source, pages, plan, seconds, scratch):
        calls.append(pages)
        first = ocr_read.PageRead(1, error=f"{ocr_schedule.TOO_SLOW}: Tesseract took more than 60 s") \
            if len(calls) == 1 else ocr_read.PageRead(1, [ocr_word("Agenda", 90.0)], "eng", tmp_path / "text-only.pdf",
                                                    Image.new("L", (1240, 1754), 255), 150)
        return [first, ocr_read.PageRead(2, [ocr_word("Minutes", 91.0)], "eng", tmp_path / "text-only.pdf",
                                         Image.new("L", (1240, 1754), 255), 150)]

    monkeypatch.setattr(ocr_cache, "read_pages", busy_then_quiet)
    settings = OcrSettings(cache_dir=str(tmp_path / "cache"))
    assert ocr_cache.ocr_pages(two, "2" * 64, [1, 2], settings, tmp_path).pages == (2,)
    assert ocr_cache.ocr_pages(two, "2" * 64, [1, 2], settings, tmp_path).pages == (1, 2)  # read again, not cached
    assert len(calls) == 2


def test_word_confidences_come_from_tesseracts_tsv(tmp_path) -> None:
    tsv = tmp_path / "page.tsv"
    tsv.write_text(
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t5\t5\t20\t10\t96.5\tMinutes\n"
        "5\t1\t1\t1\t1\t2\t30\t5\t20\t10\t41\t\"of\n"
        "5\t1\t1\t1\t1\t3\t55\t5\t20\t10\t-1\t \n",
        encoding="utf-8",
    )
    words = ocr_words.tsv_words(tsv)
    assert [(word.text, word.confidence) for word in words] == [("Minutes", 96.5), ('"of', 41.0)]
    assert words[0].box == (0.05, 0.05, 0.25, 0.15) and words[0].line == (1, 1, 1)  # in fractions of the page


def test_line_metrics_come_from_tesseracts_hocr(tmp_path) -> None:
    """Each line's box and row metrics (pixels at the page's dpi) in points; a line without metrics,
    or a file that is not hOCR, gives none."""
    hocr = tmp_path / "page.hocr"
    hocr.write_text(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
        "<div class='ocr_page' title='bbox 0 0 1700 2200'><p class='ocr_par'>"
        "<span class='ocr_header' title=\"bbox 200 300 800 340; baseline 0 -8; x_size 36; x_descenders 8;"
        " x_ascenders 9\"><span class='ocrx_word' title='bbox 200 300 400 340'>Public &amp; Comment</span></span>"
        "<span class='ocr_line' title=\"bbox 200 360 1500 392; baseline -0.001 -7; x_size 31.45; "
        "x_descenders 7.86; x_ascenders 7.86\"><span class='ocrx_word'>text</span></span>"
        "<span class='ocr_line' title='bbox 200 400 300 420'><span class='ocrx_word'>odd</span></span>"
        "</p></div></body></html>\n", encoding="utf-8")
    lines = ocr_words.hocr_lines(hocr, 200)
    assert [line.box for line in lines] == [(72.0, 108.0, 288.0, 122.4), (72.0, 129.6, 540.0, 141.12)]
    assert lines[0].size == pytest.approx(12.96) and lines[0].x_height == pytest.approx(19 * 0.36)
    assert lines[1].x_height == pytest.approx(15.73 * 0.36, abs=0.01)
    assert ocr_words.OcrLine.from_list(lines[1].as_list()) == lines[1]
    (tmp_path / "broken.hocr").write_text("<html><body><span class='ocr_line'", encoding="utf-8")
    assert ocr_words.hocr_lines(tmp_path / "broken.hocr", 200) == []
    assert ocr_words.hocr_lines(tmp_path / "missing.hocr", 200) == []


def test_rules_and_underlines_are_erased_before_reading_but_letters_stay() -> None:
    grey = numpy.full((300, 400), 255, dtype=numpy.uint8)
    grey[100:103, 20:380] = 0  # an underline (3 px thick, 1.2 in at 300 dpi)
    grey[150, 30:300] = 0  # a scanned rule stepping down a row halfway
    grey[151, 300:390] = 0
    grey[10:290, 200:202] = 0  # a column rule
    grey[40:70, 50:53] = 0  # the stem of a letter: 0.1 in
    grey[40:43, 50:70] = 0  # and its bar
    out = numpy.asarray(ocr_render.without_rules(Image.fromarray(grey), 300))
    assert out[100:103, 20:380].min() == 255 and out[150:152, 30:390].min() == 255 and out[:, 200:202].min() == 255
    assert (out[40:70, 50:53] == 0).all() and (out[40:43, 50:70] == 0).all()


def test_a_scanned_rules_grey_edge_is_erased_with_it() -> None:
    """Regression (a French council's boxed margin column, rs6): the grey edge left beside an erased
    frame line was read as "|" and made Tesseract lose the heading next to it."""
    grey = numpy.full((300, 400), 255, dtype=numpy.uint8)
    grey[10:290, 200:202] = 40  # a frame line ...
    grey[10:290, 199] = grey[10:290, 202] = 180  # ... blurred by the scanner: lighter than a rule's ink
    grey[100:103, 20:190] = 40  # an underline, with its blurred edge
    grey[99, 20:190] = grey[103, 20:190] = 200
    grey[40:70, 50:53] = 180  # a grey letter's stem away from any rule stays
    grey[90:110, 100:103] = 0  # a descender the underline runs through: its ink beside the rule stays
    out = numpy.asarray(ocr_render.without_rules(Image.fromarray(grey), 300))
    assert out[:, 199:203].min() == 255 and out[100:103, 20:100].min() == 255
    assert (out[40:70, 50:53] == 180).all()
    assert (out[90:98, 100:103] == 0).all() and (out[106:110, 100:103] == 0).all()


def test_a_heading_in_white_on_a_dark_bar_is_turned_black_on_white_not_erased() -> None:
    """Regression (a water co-operative's board minutes, rs11): its section headings are white letters on dark
    bars across the page. The rule eraser took each bar for a stack of rules and whitened it, letters and all:
    "2. RESIGNATIONS" lost its stop, "1. CALL TO ORDER" was never read. The bar is turned first; grey shading under
    black type (no light letters) is not turned."""
    grey = numpy.full((600, 1200), 255, dtype=numpy.uint8)
    grey[100:180, 60:1140] = 40  # a bar 0.27 in tall, 3.6 in wide at 300 dpi
    for left in range(100, 700, 40):  # its white letters
        grey[120:160, left:left + 8] = 250
        grey[120:128, left:left + 28] = 250
    grey[300:380, 60:1140] = 150  # a grey fill under black type
    for left in range(100, 700, 40):
        grey[320:360, left:left + 8] = 0
    out = numpy.asarray(ocr_render.without_rules(Image.fromarray(grey), 300))
    assert out[120:160, 100:108].max() <= 5 and out[140:160, 120:130].min() >= 210  # the letters dark, bar light
    assert out[330, 80] != 255 - 150  # black type on grey: not turned


def test_a_skewed_page_is_straightened() -> None:
    image = Image.new("L", (425, 550), 255)  # a page at 50 dpi
    for top in range(50, 500, 20):  # lines of "text": dashes of ink along a baseline
        for left in range(40, 380, 12):
            image.paste(0, (left, top, left + 9, top + 7))
    assert abs(ocr_render.deskew_angle(image.rotate(-1.5, fillcolor=255), 50) - 1.5) <= 0.2
    assert ocr_render.deskew_angle(image, 50) == 0.0


def test_letters_set_vertically_are_doubtful() -> None:
    """A vote grid's member names, set a letter under another: Tesseract reads a tall word or a stack of letters."""
    words = [ocr_word("Minutes", 96), ocr_word("of", 95, x0=0.2), ocr_word("the", 95, x0=0.3)]
    words += [ocr_words.OcrWord(letter, 80.0, (0.05, 0.30 + 0.025 * i, 0.06, 0.32 + 0.025 * i), (3, 1, i + 1))
              for i, letter in enumerate("BRAUN")]
    words.append(ocr_words.OcrWord("ZIMMERMAN", 40.0, (0.08, 0.30, 0.09, 0.52), (4, 1, 1)))
    doubtful = {text for text, *_ in ocr_words.doubtful_words(words)}
    assert doubtful >= set("BRAUN") | {"ZIMMERMAN", "Z", "I", "M"} and not doubtful & {"Minutes", "of", "the"}


def test_a_column_of_initials_beside_a_list_of_names_is_kept() -> None:
    """Regression (a Scottish community council, rs8): "Kenny Combe KC / Catherine Chisholm CC / ..." lost its
    initials, a stack of short words one under another, as a name set vertically; the minutes go on to use them."""
    words = []
    for i, (name, initials) in enumerate([("Combe", "KC"), ("Chisholm", "CC"), ("Hamilton", "CH"), ("Laing", "HL"),
                                          ("Weatherston", "RW")]):
        top = 0.14 + 0.0176 * i
        words.append(ocr_words.OcrWord(name, 95.0, (0.15, top, 0.3, top + 0.0172), (2, 1, i + 1)))
        words.append(ocr_words.OcrWord(initials, 90.0, (0.43, top, 0.45, top + 0.0172), (3, 1, i + 1)))
    assert not {text for text, *_ in ocr_words.doubtful_words(words)}


def ocr_word(text: str, confidence: float, line: tuple[int, int, int] = (1, 1, 1),
             x0: float = 0.1) -> ocr_words.OcrWord:
    return ocr_words.OcrWord(text, confidence, (x0, 0.1 * line[2], x0 + 0.05, 0.1 * line[2] + 0.02), line)


def ocr_line(text: str, page: int, top: float, size: float) -> Line:
    return Line(text=text, page=page, x0=70, x1=300, top=top, bottom=top + size, size=size, bold=False, italic=False)


def test_a_line_underlined_from_end_to_end_is_emphasised_as_bold() -> None:
    """Regression (a French council's minutes, rs6): headings underlined in colour, not bold, were read
    as text. A rule under the whole line marks it; the gaps between words keep a line of text from it."""
    scale = ocr_layout.OCR_INK_DPI / 72
    image = Image.new("L", (round(612 * scale), round(200 * scale)), 255)
    heading, text = ocr_line("Ouverture de la séance", 1, 40, 11), ocr_line("Le quorum est atteint", 1, 100, 11)
    for line in (heading, text):
        for left in range(70, 300, 30):  # letters, with the gaps between words
            image.paste(0, (round(left * scale), round(line.top * scale), round((left + 24) * scale),
                            round(line.bottom * scale)))
    image.paste(150, (round(70 * scale), round(53 * scale), round(300 * scale), round(54 * scale)))  # a grey rule
    assert ocr_layout._underlined(heading, image) and not ocr_layout._underlined(text, image)
    sentence = ocr_line("The motion to adjourn was carried.", 1, 40, 11)  # a clerk underlines a motion
    assert not ocr_layout._underlined(sentence, image)


def test_ocr_line_sizes_follow_the_line_pitch_and_jitter_is_ignored() -> None:
    """Tesseract sizes lines 10 or 11 by their descenders; a 16 is a heading. Baselines 13.2 apart,
    a wider step after a paragraph -> body 11."""
    sizes = [16, 10, 11, 10, 10, 11, 10]
    baselines = [76 + 13.2 * n + (4 if n > 3 else 0) for n in range(len(sizes))]
    lines = [ocr_line(f"line {n}", 1, baselines[n] - size, size) for n, size in enumerate(sizes)]
    blank = Image.new("L", (1300, 1800), 255)
    restored = ocr_layout._page_typography(lines, [ocr_layout._stroke_width(line, blank) for line in lines])
    assert [line.size for line in restored] == [17.6, 11, 11, 11, 11, 11, 11]
    assert all(line.bottom - line.top == line.size for line in restored)


@pytest.mark.parametrize(("text", "bullet", "rest"), [
    ("+ Yes, always - 14", "•", "Yes, always - 14"),
    ("¢ Send the draft one week before (14)", "•", "Send the draft one week before (14)"),
    ("Plus one more", None, "Plus one more"),
])
def test_bullets_as_tesseract_reads_them_are_bullets(text, bullet, rest) -> None:
    line = ocr_layout._as_list_item(ocr_line(text, 1, 100, 11))
    assert (line.bullet, line.text) == (bullet, rest)


def _measured(text: str, top: float, x_height: float, ascenders: float, bold: bool = False,
              page: int = 1) -> tuple[Line, ocr_words.OcrLine]:
    """An OCR'd line at the body size (11.7) and Tesseract's row for it (descenders 2.5)."""
    line = Line(text=text, page=page, x0=70, x1=400, top=top, bottom=top + 11.7, size=11.7, bold=bold, italic=False,
                ocr=True)
    return line, ocr_words.OcrLine((70, top + 1, 400, top + 12), x_height + ascenders + 2.5, ascenders, 2.5)


def _raised(measured: list[tuple[Line, ocr_words.OcrLine]]) -> dict[str, float]:
    lines = [line for line, _ in measured]
    rows: dict[int, list[ocr_words.OcrLine]] = {}
    for line, row in measured:
        rows.setdefault(line.page, []).append(row)
    return {line.text: line.size for line in ocr_layout._raised_by_row_metrics(lines, 11.7, rows)}


def test_headings_ocr_set_at_the_body_size_are_raised_by_tesseracts_row_metrics() -> None:
    """Tesseract's whole points put a 14 pt heading at the body size; its row's x-height and ascender
    line, over the body lines' (6.0 and 8.4; one reads a pixel less), raise it, and a heading a pixel
    apart to the same size. A line a pixel up stays; so does one measured past belief (a stamp)."""
    body = [_measured(f"Running text of the minutes, line {n}, as long as a line of text.", 100 + 14 * n,
                      5.64 if n == 3 else 6.0, 2.4) for n in range(10)]
    headings = [_measured("Public Comment", 300, 7.0, 2.8, bold=True),
                _measured("Consent Calendar", 330, 6.9, 2.9, bold=True),
                _measured("Students:", 360, 6.36, 2.52, bold=True),
                _measured("APPROVED", 390, 12.0, 5.0)]
    sizes = _raised(body + headings)
    assert sizes["Public Comment"] == sizes["Consent Calendar"] == pytest.approx(13.6, abs=0.1)
    assert sizes["Students:"] == sizes["APPROVED"] == 11.7
    assert all(sizes[line.text] == 11.7 for line, _ in body)


def test_a_numbered_series_is_raised_all_or_none() -> None:
    """One numbered heading measured up (a pixel's noise) stays with its series at the body size;
    where most of a series measured up, the whole series is raised alike."""
    body = [_measured(f"Running text of the minutes, line {n}, as long as a line of text.", 100 + 14 * n, 6.0, 2.4)
            for n in range(10)]
    one_up = [_measured("1. Background", 300, 7.0, 2.8, bold=True),
              _measured("2. Objectives", 330, 6.0, 2.4, bold=True),
              _measured("3. Participants", 360, 6.0, 2.4, bold=True)]
    assert {text: size for text, size in _raised(body + one_up).items() if text[0].isdigit()} == {
        "1. Background": 11.7, "2. Objectives": 11.7, "3. Participants": 11.7}
    most_up = [_measured("1. Background", 300, 7.0, 2.8, bold=True),
               _measured("2. Objectives", 330, 7.0, 2.9, bold=True),
               _measured("3. Participants", 360, 6.0, 2.4, bold=True)]
    sizes = _raised(body + most_up)
    assert sizes["1. Background"] == sizes["2. Objectives"] == sizes["3. Participants"] > 13


def test_a_text_line_is_measured_by_the_row_under_most_of_it() -> None:
    """A line of the text layer that joins two of Tesseract's rows (a stamp beside its end) is measured
    by the row across most of its width; by none where none covers half of it."""
    line = Line(text="other team in that division. APPROVED)", page=1, x0=130, x1=390, top=383, bottom=406,
                size=11.7, bold=False, italic=False, ocr=True)
    text = ocr_words.OcrLine((130, 385, 270, 395), 11.1, 2.9, 2.5)
    stamp = ocr_words.OcrLine((290, 384, 410, 410), 21.0, 5.9, 3.2)
    assert ocr_layout._row_of(line, [stamp, text]) == text
    assert ocr_layout._row_of(line, [stamp]) is None


def test_a_page_all_in_bold_or_of_one_heading_is_told_bold_by_the_documents_body_strokes() -> None:
    """Bold is told against a page's body lines; a page of a heading alone, or whose body is all in
    bold (strokes 1.3 times the document's body lines' or more), is told against the document's."""
    text = "A paragraph set in bold on a page of its own, as a summary is."
    all_bold = [ocr_line(text, 2, 100 + 14 * n, 11) for n in range(8)]
    assert not any(line.bold for line in ocr_layout._page_typography(all_bold, [2.0] * 8))
    assert all(line.bold for line in ocr_layout._page_typography(all_bold, [2.0] * 8, 1.4))
    heading = [ocr_line("Participant Feedback", 6, 100, 14)]
    assert ocr_layout._page_typography(heading, [2.0], 1.4)[0].bold
    plain = [ocr_line("Session Highlights", 3, 86, 11)] + [ocr_line(text, 3, 100 + 14 * n, 11) for n in range(8)]
    told = ocr_layout._page_typography(plain, [2.0] + [1.5] * 8, 1.4)
    assert [line.bold for line in told] == [True] + [False] * 8


def test_running_headers_read_differently_on_each_page_are_dropped() -> None:
    lines = [
        ocr_line("Farmers' Association - Minutes of the 5th Annual Meeting", 1, 30, 9),
        ocr_line("Welcome by the chair", 1, 300, 9),
        ocr_line("Farmers' Association -- Minutes of the Sth Annual Meeting", 2, 32, 9),
        ocr_line("Reports and accounts", 2, 300, 9),
    ]
    kept = ocr_layout._drop_running_margins(lines, {1: 842.0, 2: 842.0})
    assert [line.text for line in kept] == ["Welcome by the chair", "Reports and accounts"]
    # the first page's reading is kept aside: the title of minutes whose body has none (Layout.running_head)
    assert ocr_layout._dropped_from_first_top(lines, kept, {1: 842.0, 2: 842.0}) == [
        "Farmers' Association - Minutes of the 5th Annual Meeting"]


def test_a_letterhead_footer_set_above_the_margin_on_every_page_is_dropped() -> None:
    """A parish council's footer (the clerk, her address, her telephone) at 85-89% of each page: a running footer,
    its address no speaker; the last lines of a page's text at another height, or once, stay."""
    footer = ["Parish Clerk : Cathy Fleet", "Westfield Farm Cottage, Fenway, Steeple Aston, Bicester, OX25 4SS",
              "Tel: 01869 347000"]
    body = [" ".join(PROSE)] * 4
    lines = [ocr_line(text, 1, 100 + 14 * n, 12) for n, text in enumerate(body)]
    lines += [ocr_line("Motion carried", 1, 690, 12)]  # the page's own text, at one height on both pages
    lines += [ocr_line(text, 1, 717 + 11 * n, 8) for n, text in enumerate(footer)]
    lines += [ocr_line(text, 2, 100 + 14 * n, 12) for n, text in enumerate(body)]
    lines += [ocr_line("Motion carried", 2, 690, 12)]
    lines += [ocr_line(text.replace("Fleet", "Fleel"), 2, 718 + 11 * n, 8) for n, text in enumerate(footer)]
    kept = ocr_layout._drop_running_margins(lines, {1: 842.0, 2: 842.0})
    assert [line.text for line in kept] == [*body, "Motion carried", *body, "Motion carried"]


def test_a_footer_read_larger_than_the_text_on_three_pages_is_dropped() -> None:
    """Regression (a French parents' association's minutes, scanned): its footer "Deborah CAMP 1", "... 2", "... 3"
    at 90% of each page, read larger than the text, stayed and came back as headings. Its page number tells it from a
    page's own closing line at one height on three pages ("MOTION CARRIED.", which stays)."""
    body = [" ".join(PROSE)] * 4
    lines = []
    for page in (1, 2, 3):
        lines += [ocr_line(text, page, 100 + 14 * n, 13) for n, text in enumerate(body)]
        lines += [ocr_line("MOTION CARRIED.", page, 700, 13)]
        lines += [ocr_line(f"Deborah CAMP {page}", page, 755, 20)]
    kept = ocr_layout._drop_running_margins(lines, {1: 842.0, 2: 842.0, 3: 842.0})
    assert [line.text for line in kept] == [*body, "MOTION CARRIED."] * 3
    # a motion's record at the foot of one page, in its margin, and higher up on the next: the text, twice
    record = [ocr_line("SECONDED BY: R. Cinelli", 1, 790, 13), ocr_line("SECONDED BY: R. Cinelli", 2, 700, 13)]
    assert ocr_layout._drop_running_margins(record, {1: 842.0, 2: 842.0}) == record


def test_table_rules_on_a_page_image_make_a_table(tmp_path) -> None:
    """A ruled table survives as pixels only; its rules, found on the image, give back its cells."""
    pdf = PdfBuilder(tmp_path / "table.pdf", footer=None)
    pdf.line("Minutes of the Workshop", style="bold", size=16).space(20)
    columns = [60, 200, 530]
    pdf.table_row([[("Topic", "bold")], [("Detailed discussion", "bold")]], columns)
    pdf.table_row([[("Opening", "regular")], [("The chair welcomed the participants.", "regular")]], columns)
    pdf.table_row([[("Session 1", "regular")], [("Effective communication in the commune.", "regular")]], columns)
    # Words in place but no vector rules: the page image under a text layer, as after OCR.
    image_only = garbled_pdf(pdf.save(), tmp_path / "table-image.pdf")
    assert not any(line.cell for line in extract_layout(image_only).lines)
    rules = ocr_tables.scanned_rules(image_only, (1,))
    cells = {(line.cell.row, line.cell.column) for line in extract_layout(image_only, rules=rules).lines if line.cell}
    assert cells == {(row, column) for row in (1, 2, 3) for column in (0, 1)}  # three rows of two cells


# --------------------------------------------------------------------------- without Tesseract


@pytest.fixture
def no_tesseract(monkeypatch) -> None:
    """This machine as one without Tesseract: the program lookup finds nothing."""
    monkeypatch.setattr(ocr_tesseract, "find_program", lambda name: None)


def test_without_tesseract_a_scan_needs_ocr(no_tesseract, documents) -> None:
    with pytest.raises(UnreadablePDF, match=r"^needs OCR: install tesseract \(page 1: no text layer\)"):
        parse_pdf(documents["scan"])
    with pytest.raises(UnreadablePDF, match=r"^needs OCR: install tesseract \(page 1: garbled"):
        parse_pdf(documents["garbled"])


def test_with_ocr_off_a_scan_needs_ocr(documents) -> None:
    with pytest.raises(UnreadablePDF, match=r"^needs OCR: OCR is turned off \(--no-ocr\)"):
        parse_pdf(documents["scan"], OcrSettings(enabled=False))


def test_without_tesseract_the_readable_pages_load_and_the_others_are_listed(no_tesseract, tmp_path) -> None:
    pdf = PdfBuilder(tmp_path / "two.pdf", footer=None)
    pdf.line("Minutes of the Board Meeting", style="bold", size=16).line("1. Welcome", style="bold", size=13)
    pdf.line("Mr. Heng Vuthy, Treasurer, presented the accounts.").page_break()
    for start in range(0, len(PROSE), 5):
        pdf.line(" ".join(glyph_names(word) for word in PROSE[start:start + 5]), size=8)
    doc = parse_pdf(pdf.save())
    assert doc.provenance.unread_pages == [2] and doc.provenance.ocr_pages == []
    assert not any("/G" in section.heading + section.body for section in doc.sections)


def test_setup_ocr_says_what_to_run_where_it_cannot_install(no_tesseract, monkeypatch) -> None:
    monkeypatch.setattr(ocr_tesseract.os, "geteuid", lambda: 1000)
    ready, message = ocr_tesseract.setup_ocr()
    assert not ready
    assert "apt-get install" in message and "tesseract-ocr-khm" in message and "tesseract-ocr-eng" in message


def test_ingest_without_tesseract_records_needs_ocr_and_finishes(
        no_tesseract, prefect_harness, documents, tmp_path, monkeypatch) -> None:
    from flows import ingest
    from pipeline import store

    monkeypatch.setattr(ingest, "PARSE_IN_CHILD", False)  # the patched lookup lives in this process
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("text", "scan", "garbled"):
        (folder / documents[name].name).write_bytes(documents[name].read_bytes())
    db = tmp_path / "m.duckdb"
    summary = ingest.ingest_flow(paths=[str(folder)], db=str(db))
    assert summary.loaded == 1 and summary.failed == 2
    assert all(reason.startswith("needs OCR: install tesseract") for reason in summary.failures.values())
    with store.connect(db) as con:
        rows = con.execute("SELECT file_name, ocr_pages, unread_pages FROM documents").fetchall()
    assert rows == [("minutes.pdf", [], [])]
    assert not (tmp_path / "m.duckdb.ocr").exists() or not any((tmp_path / "m.duckdb.ocr").iterdir())
    assert json.dumps(summary.failures)  # reasons are plain text


# --------------------------------------------------------------------------- scans: rules, doubtful words, type


def ruled_page() -> numpy.ndarray:
    """A page image (1 px = 1 pt) of a table as a scanner leaves it: a grey header row with no
    rule under it, a column rule turned by a pixel half-way down, one broken by a speck of white,
    and a line of bold type whose letters' feet make a long dark run."""
    page = numpy.full((800, 1000), 255, dtype=numpy.int16)
    page[202:240, 100:902] = 200  # the shaded header row
    page[200:202, 100:902] = 0  # top rule
    page[700:702, 100:902] = 0  # bottom rule
    page[200:450, 100:102] = 0
    page[450:702, 101:103] = 0  # the left rule, one pixel further right below y=450
    page[200:702, 400:402] = 0
    page[200:702, 900:902] = 0
    page[500:502, 900:902] = 255  # a break in the right rule
    for x in range(420, 880, 9):  # bold letters a pixel apart: two stems and a foot serif each
        page[398:410, x:x + 2] = page[398:410, x + 5:x + 7] = 30
        page[409:411, x:x + 8] = 30
    return page


def test_rules_on_a_scanned_page_are_found_whole() -> None:
    edges = ocr_tables._rules_in_image(ruled_page(), scale=1.0)
    verticals = sorted((round(e["x0"]), round(e["top"]), round(e["bottom"])) for e in edges if e["orientation"] == "v")
    horizontals = sorted(round(e["top"]) for e in edges if e["orientation"] == "h")
    # One rule per column, each from the top rule to the bottom one: no end half-way that would cut a row.
    assert [x for x, _, _ in verticals] == pytest.approx([101, 401, 901], abs=1.5)
    assert all(top <= 200 and bottom >= 701 for _, top, bottom in verticals)
    # The top and bottom rules and the lower edge of the shaded header row; not the bold type.
    assert len(horizontals) == 3
    assert horizontals == pytest.approx([201, 240, 701], abs=1.5)


@pytest.mark.parametrize(("text", "bullet", "rest"), [
    ("ម Yes", "•", "Yes"),  # an arrow read as a Khmer letter
    ("ការប្រជុំ Meeting of the board", None, "ការប្រជុំ Meeting of the board"),  # a Khmer word
    ("À la carte lunch", None, "À la carte lunch"),
])
def test_a_lone_letter_of_another_script_before_latin_text_is_a_bullet(text, bullet, rest) -> None:
    line = ocr_layout._as_list_item(ocr_line(text, 1, 100, 11))
    assert (line.bullet, line.text) == (bullet, rest)


def test_words_tesseract_barely_believes_are_doubtful() -> None:
    words = [
        ocr_word("Minutes", 96, (1, 1, 1)), ocr_word("of", 95, (1, 1, 1)), ocr_word("Meeting", 96, (1, 1, 1)),
        ocr_word("|", 20, (1, 1, 1), x0=0.8),  # a speck after the words
        ocr_word("¢", 40, (1, 1, 2)), ocr_word("Water", 95, (1, 1, 2)),  # a bullet as Tesseract reads it
        ocr_word("ccc", 55, (1, 1, 3)),  # a rare word in a good block
        ocr_word("“aivivatits", 0, (2, 1, 1)), ocr_word("ទី", 60, (2, 1, 1)),  # a photo
        ocr_word("wa", 22, (2, 1, 2)), ocr_word("XxX", 74, (2, 1, 3)), ocr_word("(", 90, (2, 1, 3)),
    ]
    doubtful = ocr_words.doubtful_words(words)
    assert [text for text, *_ in doubtful] == ["|", "“aivivatits", "ទី", "wa"]
    text, x0, top, x1, bottom = doubtful[0]
    assert (x0, x1) == (0.8, 0.85) and (top, bottom) == (0.1, 0.12)  # across the word, down its line


def test_a_word_before_a_lines_filler_stays() -> None:
    """A notarial record fills a line's end with dashes ("... orden del día- - - - -"): Tesseract reads them as
    marks it hardly believes ("==.", "===nnnn") and hardly believes the word they are glued to ("día-")."""
    words = [ocr_word("el", 97, (1, 1, 1)), ocr_word("siguiente", 96, (1, 1, 1)), ocr_word("orden", 96, (1, 1, 1)),
             ocr_word("del", 50, (1, 1, 2)), ocr_word("día-", 0, (1, 1, 2)), ocr_word("==.", 0, (1, 1, 2)),
             ocr_word("7.", 95, (2, 1, 3)), ocr_word("Asuntos", 92, (2, 1, 3)), ocr_word("generales..-", 19, (2, 1, 3)),
             ocr_word("-", 19, (2, 1, 3)), ocr_word("===", 18, (2, 1, 3)), ocr_word("====nnnn", 0, (2, 1, 3)),
             ocr_word("Ward", 95, (3, 1, 4)), ocr_word("am-", 10, (3, 1, 4)),  # a stroke after a name: noise still
             ocr_word("Note", 95, (3, 1, 5)), ocr_word("xq--", 10, (3, 1, 5)), ocr_word("ok", 95, (3, 1, 5)),
             # a chart read as words: its marks amid a line, or two of them at its end, are no filler
             ocr_word("Advertising", 95, (4, 1, 6)), ocr_word("AC", 45, (4, 1, 6)), ocr_word("—_", 20, (4, 1, 6)),
             ocr_word("15.05)", 25, (4, 1, 7)), ocr_word("=", 10, (4, 1, 7)), ocr_word("NA", 40, (4, 1, 7))]
    doubtful = {text for text, *_ in ocr_words.doubtful_words(words)}
    assert doubtful == {"==.", "-", "===", "====nnnn", "am-", "xq--", "AC", "—_", "15.05)", "=", "NA"}


def test_words_with_an_apostrophe_are_not_judged_by_their_confidence() -> None:
    """Tesseract rates words with an apostrophe between letters near 0 though it read them right (a French
    scan: "d'activité" 0, "l'organisme" 13): they stay, and do not sink their line; a stroke read as letters
    without one is noise still."""
    words = [ocr_word("Rapport", 95, (1, 1, 1)), ocr_word("d'activité", 0, (1, 1, 1)), ocr_word("et", 96, (1, 1, 1)),
             ocr_word("de", 93, (1, 1, 2)), ocr_word("l'organisme", 13, (1, 1, 2)), ocr_word("Sheriff's", 5, (1, 1, 2)),
             ocr_word("Report", 95, (1, 1, 2)), ocr_word("am", 10, (1, 1, 2))]
    doubtful = {text for text, *_ in ocr_words.doubtful_words(words)}
    assert doubtful == {"am"}


def test_a_columns_first_word_read_on_one_line_with_the_column_before_stays() -> None:
    """A table's columns read as one line: the first word of the next column is hardly believed; a signature's
    strokes after a name, apart from it but with no sure word after them, are noise still."""
    words = [ocr_word("Resolution", 93, (1, 1, 1), x0=0.27), ocr_word("2003", 91, (1, 1, 1), x0=0.33),
             ocr_word("Adopt.", 26, (1, 1, 1), x0=0.52), ocr_word("See", 97, (1, 1, 1), x0=0.58),
             ocr_word("EXHIBIT", 93, (1, 1, 1), x0=0.64),
             ocr_word("Ayes", 97, (1, 1, 2), x0=0.05), ocr_word("Xxx", 17, (1, 1, 2), x0=0.2),
             ocr_word("xx", 88, (1, 1, 2), x0=0.26),
             ocr_word("Stefan", 96, (1, 1, 3)), ocr_word("Behrendt", 96, (1, 1, 3), x0=0.16),
             ocr_word("ui", 9, (1, 1, 3), x0=0.5), ocr_word("PA", 12, (1, 1, 3), x0=0.56)]
    doubtful = {text for text, *_ in ocr_words.doubtful_words(words)}
    assert doubtful == {"ui", "PA"}


def test_doubtful_words_are_left_out_of_the_page(tmp_path) -> None:
    pdf = PdfBuilder(tmp_path / "ocr.pdf", footer=None)
    pdf.line("Minutes of the Water Committee", size=16).line("TMPERLIAL woes ©", size=11)
    pdf.line("The committee met on 14 March 2019.", size=11)
    path = pdf.save()
    import pdfplumber

    with pdfplumber.open(path) as plumber:
        page = plumber.pages[0]
        width, height = float(page.width), float(page.height)
        junk = [(w["text"], w["x0"] / width, w["top"] / height, w["x1"] / width, w["bottom"] / height)
                for w in page.extract_words() if w["text"] in {"TMPERLIAL", "woes"}]
    layout = extract_layout(path, doubtful={1: junk})
    assert [line.text for line in layout.lines] == ["Minutes of the Water Committee", "©",
                                                    "The committee met on 14 March 2019."]


def test_bold_lines_are_told_by_the_width_of_their_strokes() -> None:
    """Bold strokes are wider; a line of capitals has more ink, but strokes as thin as the text's."""
    image = Image.new("L", (1300, 600), 255)
    scale = ocr_layout.OCR_INK_DPI / 72
    stems = {0: (2, 12), 1: (2, 12), 2: (5, 12), 3: (2, 20), 4: (2, 12)}  # line -> (stem width, stem height) in px
    lines = []
    for n, (stem, tall) in stems.items():
        top = 60 + 20 * n
        line = ocr_line(f"line {n}", 1, top, 11)
        lines.append(line)
        bottom = int(line.bottom * scale)
        for x in range(int(line.x0 * scale), int(line.x1 * scale) - stem, 9):
            image.paste(0, (x, bottom - tall, x + stem, bottom))
    restored = ocr_layout._page_typography(lines, [ocr_layout._stroke_width(line, image) for line in lines])
    assert [line.bold for line in restored] == [False, False, True, False, False]


def test_bold_is_told_against_the_stroke_of_most_characters_not_of_most_lines() -> None:
    """A column of short field lines with bold labels outnumbers the paragraph's lines: the heading in
    bold is still told from the paragraph's text."""
    image = Image.new("L", (1300, 600), 255)
    scale = ocr_layout.OCR_INK_DPI / 72
    texts = [("1. Election of Chair", 3)] + [("x" * 80, 2)] * 3 + [("MOTION BY: Lee", 3)] * 6
    lines = []
    for n, (text, stem) in enumerate(texts):
        line = ocr_line(text, 1, 60 + 20 * n, 11)
        lines.append(line)
        bottom = int(line.bottom * scale)
        for x in range(int(line.x0 * scale), int(line.x1 * scale) - stem, 9):
            image.paste(0, (x, bottom - 12, x + stem, bottom))
    restored = ocr_layout._page_typography(lines, [ocr_layout._stroke_width(line, image) for line in lines])
    assert restored[0].bold and not any(line.bold for line in restored[1:4])


def test_a_table_head_printed_on_every_scanned_page_is_kept_once() -> None:
    lines = [
        ocr_line("June 30, 2002", 1, 100, 10), ocr_line("ACTION AUTHORIZED BY BOARD", 1, 113, 10),
        ocr_line("President Ottinger called the meeting to order", 1, 183, 10),
        ocr_line("June 30, 2002", 2, 101, 10), ocr_line("ACTION AUTHORIZED BY BOARO", 2, 110, 10),
        ocr_line("President Ottinger adjourned the meeting", 2, 504, 10),
        ocr_line("June 30, 2002", 2, 600, 10),  # lower down the page: text, not its head
        ocr_line("ACTION", 3, 112, 10),  # the head read in part
        ocr_line("ACTIONS TAKEN", 3, 140, 10),  # not the head's first words
    ]
    kept = ocr_layout._drop_repeated_page_heads(lines, {1: 792.0, 2: 792.0, 3: 792.0})
    assert [(line.page, line.text) for line in kept] == [
        (1, "June 30, 2002"), (1, "ACTION AUTHORIZED BY BOARD"), (1, "President Ottinger called the meeting to order"),
        (2, "President Ottinger adjourned the meeting"), (2, "June 30, 2002"), (3, "ACTIONS TAKEN")]


def test_a_page_head_read_in_part_is_dropped_where_its_words_stand_in_the_head() -> None:
    """ "Gütersloh e.V." under the logo's noise is the head "Makerspace Gütersloh e.V. —— sr 1" again;
    "School District" at the left margin, the end of a wrapped heading, is not the title's end."""
    def at(text: str, page: int, top: float, x0: float, x1: float) -> Line:
        return Line(text=text, page=page, x0=x0, x1=x1, top=top, bottom=top + 12, size=12, bold=False, italic=False)

    lines = [at("Makerspace Gütersloh e.V. —— sr 1", 1, 100, 85, 516),
             at("SAN FRANCISCO UNIFIED SCHOOL DISTRICT", 1, 140, 230, 470),
             at("Gütersloh e.V.", 2, 101, 250, 380), at("School District", 2, 141, 74, 170),
             at("Makerspace", 3, 100, 86, 190)]
    kept = ocr_layout._drop_repeated_page_heads(lines, {1: 792.0, 2: 792.0, 3: 792.0})
    assert [(line.page, line.text) for line in kept] == [
        (1, "Makerspace Gütersloh e.V. —— sr 1"), (1, "SAN FRANCISCO UNIFIED SCHOOL DISTRICT"), (2, "School District")]


def test_a_contents_entry_and_the_heading_it_points_to_at_its_height_on_the_next_page_both_stay() -> None:
    lines = [ocr_line("1 Anwesende Mitglieder", 2, 98, 10), ocr_line("1 Anwesende Mitglieder", 3, 76, 10)]
    kept = ocr_layout._drop_repeated_page_heads(lines, {2: 850.0, 3: 857.0})
    assert [(line.page, line.text) for line in kept] == [(2, "1 Anwesende Mitglieder"), (3, "1 Anwesende Mitglieder")]


def test_names_beside_signatures_stay_and_the_strokes_go() -> None:
    """An attendance list signed beside each name: the block reads poorly, its names well."""
    words = [ocr_word("Anwesenheitsliste:", 91, (1, 1, 1)), ocr_word("DAL", 54, (1, 1, 1)),
             ocr_word("‚", 23, (1, 1, 1)), ocr_word("|", 93, (1, 1, 2)), ocr_word("|", 94, (1, 1, 2)),
             ocr_word("5", 22, (1, 1, 2)),
             ocr_word("Bianca", 93, (1, 1, 3)), ocr_word("Ambrosi", 91, (1, 1, 3)), ocr_word("g", 0, (1, 1, 3)),
             ocr_word("PA", 12, (1, 1, 3)), ocr_word("Stefan", 96, (1, 1, 4)), ocr_word("Behrendt", 96, (1, 1, 4)),
             ocr_word("ui", 9, (1, 1, 4))]
    doubtful = {text for text, *_ in ocr_words.doubtful_words(words)}
    assert [word.text for word in words if word.text not in doubtful] == [
        "Anwesenheitsliste:", "Bianca", "Ambrosi", "Stefan", "Behrendt"]


def test_a_raised_ordinal_a_capitals_surname_and_a_question_label_stay_a_logo_beside_a_letterhead_goes() -> None:
    """What OCR makes of "7th May" ("7*", barely believed), of "RON OTTINGER" crossed by a signature,
    of "Q5:" ("QS:"), and of a logo's shapes left of a letterhead ("em      EAST PALO ALTO")."""
    words = [ocr_word("Council", 96, (1, 1, 1)), ocr_word("7*", 28, (1, 1, 1), x0=0.2),
             ocr_word("May", 96, (1, 1, 1), x0=0.26), ocr_word("2019", 96, (1, 1, 1), x0=0.32),
             ocr_word("Officer", 97, (2, 1, 2)), ocr_word("RON", 93, (2, 1, 2), x0=0.6),
             ocr_word("OTTINGER", 0, (2, 1, 2), x0=0.66), ocr_word("Ward", 95, (2, 1, 3)),
             ocr_word("Xkqw", 10, (2, 1, 3), x0=0.16),  # a signature's strokes after a name: noise still
             ocr_word("QS:", 18, (3, 1, 4)), ocr_word("How", 97, (3, 1, 4), x0=0.16),
             ocr_word("to", 97, (3, 1, 4), x0=0.22), ocr_word("improve", 93, (3, 1, 4), x0=0.28),
             ocr_word("em", 54, (4, 1, 1)), ocr_word("EAST", 95, (4, 1, 1), x0=0.49),
             ocr_word("PALO", 95, (4, 1, 1), x0=0.56),
             ocr_word("Topic", 39, (5, 1, 6)), ocr_word("Discussion", 95, (5, 1, 6), x0=0.4)]  # a table's cells
    doubtful = {text for text, *_ in ocr_words.doubtful_words(words)}
    assert doubtful == {"Xkqw", "em"}


@pytest.mark.parametrize(("text", "language"), [
    ("Mötet beslutar att föreningen skall bildas och att styrelsen har rätt att teckna firman. Stadgarna antas "
     "efter diskussion. Medlemsavgiften skall vara 250 kr per år.", "swe"),
    ("Bestyrelsen har drøftet regnskabet, og det blev vedtaget af alle. Formanden orienterede om hvad der er sket "
     "efter sidste møde, og næstformanden havde ikke bemærkninger til referatet.", "dan"),
    ("Styret har behandlet regnskapet, og det ble vedtatt av alle. Leder orienterte om hva som har skjedd etter "
     "forrige møte, og nestleder hadde ikke merknader til referatet.", "nor"),
    ("The minutes of the last meeting were approved and the board agreed that the budget for the year will be "
     "presented at the next meeting by the treasurer, who has not yet received it.", None),
    ("Die Versammlung wurde um 14 Uhr durch die Leiterin mit der Tagesordnung und dem Protokoll eröffnet, das "
     "einstimmig genehmigt wurde; der Vorstand wird den Bericht bei der nächsten Sitzung vorlegen.", "deu"),
])
def test_nordic_pages_are_told_apart_from_each_other_and_from_english_and_german(text, language) -> None:
    """Danish and Norwegian share most common words: each page goes to its own language, and the
    Nordic words take neither an English nor a German page."""
    plan = ocr_languages.LanguagePlan(["eng", "khm", "deu", "fra", "nld", "swe", "dan", "nor"])
    words = [ocr_word(text, 90) for text in text.split()]
    assert plan.other_language(words, "eng") == language


def test_the_test_setup_installs_every_language_minutes_reads() -> None:
    """Regression (a Swedish association's scan, rs9): Swedish, Danish and Norwegian were read by default but the
    test setup did not install them, so this machine read Swedish as English ("ordforande" for "ordförande")."""
    from tests.system_packages import DEBIAN_PACKAGES

    assert set(ocr_tesseract.OCR_DEBIAN_PACKAGES) <= set(DEBIAN_PACKAGES)


def test_pages_whose_type_ocr_measures_alike_are_sized_alike_though_one_is_set_wider() -> None:
    """Regression (a Danish association's scanned minutes, rs11): a page of list entries set apart showed a wider
    line pitch than the next page of paragraphs, so its lines came out a third larger, every one of them a
    "heading" to the outline. OCR measures the type alike on both: the document's pitch sizes both."""
    listed = [ocr_line(" ".join(PROSE[:4]), 1, 100 + 16 * n, 10) for n in range(12)]  # entries 16 pt apart
    prose = [ocr_line(" ".join(PROSE), 2, 100 + 12 * n, 10) for n in range(30)]  # paragraphs 12 pt apart
    body = ocr_layout._document_body({1: listed, 2: prose})
    assert body is not None and body[1] == pytest.approx(10.0)
    sized = [ocr_layout._page_typography(lines, [1.5] * len(lines), 1.5, body) for lines in (listed, prose)]
    assert {line.size for page in sized for line in page} == {10.0}
    assert {line.size for line in ocr_layout._page_typography(listed, [1.5] * 12, 1.5)} == {13.3}  # on its own


def test_where_bold_outweighs_the_regular_type_the_thinner_strokes_are_the_regular_ones() -> None:
    """Regression (a library board's scanned minutes, its MOTION / MOVED BY / SECONDED BY blocks in bold): the median
    stroke of the page's lines was the bold's, and no heading was bold."""
    regular = [(2.0 + 0.05 * (n % 5), 60) for n in range(8)]
    bold = [(3.2 + 0.05 * (n % 7), 40) for n in range(20)]
    assert ocr_layout._weighted_median(regular + bold) >= 3.2
    assert ocr_layout._regular_stroke(regular + bold) < 2.3
    # the regular type the larger part, or no two groups: the median, as before
    assert ocr_layout._regular_stroke(regular * 3 + bold) == ocr_layout._weighted_median(regular * 3 + bold)
    even = [(2.0 + 0.02 * n, 50) for n in range(30)]
    assert ocr_layout._regular_stroke(even) == ocr_layout._weighted_median(even)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("pol", "Decyzja walnego zebrania jednoglosnie przyjeto w poczet stowarzyszenia siedmiu czlonkow oraz "
                "zarzad zostal wybrany przez zebranie i nie bylo glosow przeciw do tej uchwaly"),
        ("fin", "Kokouksen puheenjohtajaksi valittiin Tuukka Forsell ja kokous todettiin lailliseksi koska kutsu oli "
                "toimitettu ajoissa mutta esitys hallituksen paatos oli etta yhtiokokous hyvaksyy"),
        ("ces", "Valna hromada spolku se konala v Brne a zapis vyhotovil clen vyboru ktery uvedl ze hlasovani "
                "probehlo online protoze schuze nebyla usnasenischopna jako pro clenu jsou navrzeny zmeny"),
        # (a course's meeting record in Croatian, rs21: read as Polish, "održavanja" came out "odrżavanja")
        ("hrv", "Osnovni zadatak jest osmisliti i dizajnirati sustav odnosno aplikaciju za evidentiranje sportske "
                "opreme koja ce olaksati poslove vezane uz evidenciju i nadgledanje opreme kao i stavki koje su u "
                "trgovini te se iz toga vidi sto je potrebno"),
        ("slv", "Predsednik je ugotovil da je zbor sklepcen in clani so soglasno sprejeli sklep ki ga je predlagal "
                "odbor ter tudi potrdili zapisnik seje kot je bil predlozen"),
        ("hun", "Az elnok megallapitotta hogy a kozgyules hatarozatkepes es a tagok egyhanguan elfogadtak a "
                "jegyzokonyv hitelesitoit mint ahogy az eloterjesztes volt es nem volt ellenvetes"),
        ("ron", "Presedintele a constatat ca sedinta este statutara si membrii au aprobat cu unanimitate de voturi "
                "ordinea de zi care a fost propusa pentru aceasta sedinta din luna mai"),
        ("tur", "Yonetim kurulu toplantisi baskan tarafindan acildi ve gundem maddeleri oybirligi ile kabul edildi "
                "bu karar uyeler icin bir yil gecerli olarak uygulanacak"),
    ],
)
def test_a_page_of_another_latin_language_is_told_by_its_common_words(code: str, text: str) -> None:
    """Regression (Polish, Finnish and Czech minutes, scanned): read in another Latin language's model, "Włodawa"
    came out "Wiodawa" and "zarządu" "zarzadu"; these languages are among the defaults, told by their words."""
    plan = ocr_languages.LanguagePlan(DEFAULT_OCR_LANGUAGES.split("+"))
    words = [ocr_word(word, 90) for word in text.split()]
    assert plan.other_language(words, "eng", 4) == code
    assert f"tesseract-ocr-{code}" in ocr_tesseract.OCR_DEBIAN_PACKAGES
