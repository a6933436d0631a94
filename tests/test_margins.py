"""Item numbers set apart left of a scanned line, read from the page image (pipeline/ocr/margins.py). Pages
are drawn here with Pillow, as a scanner gives a printed agenda back."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.ocr import grid as ocr_grid
from pipeline.ocr.margins import DARKNESS, _item_number, _looks_like_one, ink_left_of, with_margin_numbers
from pipeline.ocr.words import OcrWord
from pipeline.pdf.extract import Layout, Line
from tests.system_packages import require

DPI = 300
SIZE = 40  # pixels: letters of some 10 pt at 300 dpi
RULE = 100  # a column's rule drawn down the page
TEXT = 300  # where the lines' text starts


def _page() -> tuple[Image.Image, list[Line]]:
    """A column ruled at its left: "2." standing apart before its item, a line with nothing before it,
    a line written close to the rule, and one with a speck of the scan before it."""
    font = ImageFont.load_default(size=SIZE)
    image = Image.new("L", (1400, 700), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((RULE, 0, RULE + 3, image.height), fill=0)
    lines = []
    for y, number, text, x in ((100, "2.", "ADMINISTRATION", TEXT), (220, "", "Review of the budget.", TEXT),
                               (340, "", "Adoption of it.", RULE + 20), (460, "", "None", TEXT)):
        if number:
            draw.text((TEXT - 3 * SIZE, y), number, font=font, fill=0)
        draw.text((x, y), text, font=font, fill=0)
        x0, top, x1, bottom = draw.textbbox((x, y), text, font=font)
        scale = 72 / DPI
        lines.append(Line(text, 1, x0 * scale, x1 * scale, top * scale, bottom * scale, 10.0, False, False, ocr=True))
    draw.rectangle((TEXT - 2 * SIZE, 480, TEXT - 2 * SIZE + 2, 482), fill=0)  # a speck before "None"
    return image, lines


def test_the_ink_of_a_token_left_of_a_line_is_found_in_its_column_only() -> None:
    image, lines = _page()
    dark = numpy.asarray(image) < DARKNESS
    found = [ink_left_of(dark, line, lines, DPI) for line in lines]
    assert found[0] is not None and TEXT - 3 * SIZE - 2 <= found[0][0] and found[0][2] < TEXT
    assert found[1:] == [None, None, None]  # nothing; the column's rule; a speck


def test_a_line_of_another_column_bars_the_token() -> None:
    image, lines = _page()
    scale = 72 / DPI
    beside = Line("Motion", 1, (TEXT - 2 * SIZE) * scale, (TEXT - 10) * scale, lines[0].top, lines[0].bottom,
                  10.0, False, False, ocr=True)
    assert ink_left_of(numpy.asarray(image) < DARKNESS, lines[0], [*lines, beside], DPI) is None


def test_a_narrow_glyph_with_a_flag_is_a_one() -> None:
    one = numpy.zeros((40, 12), dtype=bool)
    one[:, 6:10] = True  # the stem
    one[2:8, 0:6] = True  # its flag out left at the top
    capital_i = numpy.zeros((40, 14), dtype=bool)
    capital_i[:, 5:9] = True
    capital_i[:3, :] = capital_i[-3:, :] = True  # serifs both ways
    capital_l = numpy.zeros((40, 26), dtype=bool)
    capital_l[:, :5] = True
    capital_l[-5:, :] = True
    assert _looks_like_one(one) and not _looks_like_one(capital_i) and not _looks_like_one(capital_l)


def test_only_an_item_number_read_surely_is_kept() -> None:
    wide = numpy.full((40, 30), 255, dtype=numpy.uint8)

    def read(text: str, confidence: float = 90.0) -> str:
        return _item_number([OcrWord(text, confidence, (0.0, 0.0, 1.0, 1.0), (1, 1, 1))], wide)

    assert [read("2."), read("(c)"), read("IV."), read("Cc."), read("b.", 30.0), read("SPECL"), read("t")] \
        == ["2.", "(c)", "IV.", "C.", "", "", ""]


@pytest.fixture(scope="module")
def tesseract() -> None:
    require("tesseract-ocr", "tesseract-ocr-eng")


def test_the_item_numbers_are_read_with_one_tesseract_call_and_kept(tesseract, tmp_path: Path, monkeypatch) -> None:
    image, lines = _page()
    pdf = tmp_path / "scan.pdf"
    image.save(pdf, "PDF", resolution=DPI)
    calls = []
    run = ocr_grid.subprocess.run
    monkeypatch.setattr(ocr_grid.subprocess, "run", lambda *args, **kwargs: calls.append(args) or run(*args, **kwargs))
    layout = Layout(lines=lines, page_count=1)
    read = with_margin_numbers(layout, pdf, (1,))
    assert [line.text for line in read.lines] == ["2. ADMINISTRATION", *[line.text for line in lines[1:]]]
    assert read.lines[0].x0 < lines[0].x0 and len(calls) == 1
    assert with_margin_numbers(layout, pdf, (1,)) == read and len(calls) == 1  # kept beside the copy
    assert with_margin_numbers(layout, pdf, ()) == layout  # no OCR'd page: nothing looked at


def test_an_item_whose_figure_ocr_lost_but_not_its_stop_gets_its_number_back(tesseract, tmp_path: Path) -> None:
    """A numbered list in a hanging indent (informal board minutes): Tesseract's page segmentation read
    ". Treasurer's Report - Joe" for "2. Treasurer's Report - Joe"; the line starts at the stop."""
    font = ImageFont.load_default(size=SIZE)
    image = Image.new("L", (1400, 300), 255)
    draw = ImageDraw.Draw(image)
    draw.text((TEXT - 2 * SIZE, 100), "2.", font=font, fill=0)
    draw.text((TEXT, 100), "Treasurer's Report - Joe", font=font, fill=0)
    stop_x0 = draw.textbbox((TEXT - 2 * SIZE, 100), "2.", font=font)[0] + draw.textlength("2", font=font)
    x0, top, x1, bottom = draw.textbbox((TEXT, 100), "Treasurer's Report - Joe", font=font)
    scale = 72 / DPI
    line = Line(". Treasurer's Report - Joe", 1, stop_x0 * scale, x1 * scale, top * scale, bottom * scale, 10.0,
                False, False, ocr=True)
    pdf = tmp_path / "scan.pdf"
    image.save(pdf, "PDF", resolution=DPI)
    read = with_margin_numbers(Layout(lines=[line], page_count=1), pdf, (1,))
    assert [line.text for line in read.lines] == ["2. Treasurer's Report - Joe"]
