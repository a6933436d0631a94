"""Item numbers set apart left of an agenda item's text, read from the page image.

On scanned minutes Tesseract often reads nothing for a short token standing alone a few letters
left of a line ("2.", "a.", "J." before "ADMINISTRATION--Finance"): too little ink to make a word
of. Without it the outline (structure/levels.py) cannot place the heading. Here, on the OCR'd
pages, each line whose page image shows ink left of its first word, within the line's height and
a few letters from it, in the same column (no rule between, nothing taller than the line: not a
grid's rule or a letter set vertically, not a speck), and where OCR gave no word, has that ink
cut out; all such pieces of the document are laid on one small image (as ocr/grid.py lays a
grid's letters) and read by one Tesseract call in the characters of item numbers. A word read
with good confidence that is an item number is set in front of its line. The words read are kept
beside the OCR'd copy (in the OCR cache), so a re-run reads no image; a document with no such ink
calls no Tesseract.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import numpy
import pypdfium2 as pdfium

from pipeline.ocr.cache import keep_beside, kept_beside
from pipeline.ocr.grid import band_words, laid_out
from pipeline.ocr.render import inked_runs
from pipeline.ocr.tesseract import find_program
from pipeline.ocr.words import OcrWord
from pipeline.pdf.extract import Layout, Line
from pipeline.rules import MARGIN_ITEM_NUMBER, MARGIN_NUMBER_CHARS

# Letters of 10 pt are some 28 px high at this resolution: enough to read a token, and a page renders quickly.
MARGIN_DPI = 200
DARKNESS = 160
# The ink looked for ends at least this share of the line's height before its first word and
# starts at most MAX_GAP_HEIGHTS heights before it (a gap of a few letters); it is at most
# MAX_WIDTH_HEIGHTS heights wide ("IV.", "(12)"; a word is wider).
MIN_GAP_HEIGHTS = 0.25
# An item's text holds at least this many letters.
ITEM_MIN_LETTERS = 4
MAX_GAP_HEIGHTS = 3.0
MAX_WIDTH_HEIGHTS = 1.8
# Pieces of ink this share of the height apart are one token ("2" and its ".").
JOIN_HEIGHTS = 0.45
# The token's ink: at least this share of the line's height tall (a lower-case "a"; less is a speck),
# at most this share (more reaches out of the line: a rule, a column of letters set vertically).
MIN_INK_HEIGHTS = 0.35
MAX_INK_HEIGHTS = 1.3
# A pixel column dark over this share of the rows looked at (the line's and some above and below)
# is a rule, or its edge.
RULE_EDGE_SHARE = 0.5
# Rows above and below the line looked at, as a share of its height: ink reaching there is taller than the line.
REACH_HEIGHTS = 0.6
# Only a word read this surely is kept.
MIN_CONFIDENCE = 50.0
# A "1" read as "l", "L", "I" or "|" (a digit among letters): a narrow glyph (less wide than this share of
# its height; "L" is wide, its foot stretched right) whose top reaches out left of its stem (the one's flag)
# more than right (a capital I's serifs reach out both ways) is a one.
_READ_FOR_ONE = "lLI|"
# Capitals shaped as their small letter, which Tesseract may read twice over, both cases ("Cc." for "C.").
_SAME_SHAPES = "COSVWXZ"
ONE_MAX_WIDTH = 0.5
ONE_TOP_SHARE = 0.25  # the top of a glyph: this share of its rows
STEM_SHARE = 0.7  # the stem: the glyph's pixel columns inked over this share of the most inked one's rows
# Tesseract's page segmentation may drop the figure of an item number set in a hanging indent and keep its stop
# (". Treasurer's Report - Joe" for "2. Treasurer's Report - Joe"): on such a line the token is looked for up to
# this share of the line's height right of the stop's left edge (the stop read with it, as in "2.").
STOP_WIDTH_HEIGHTS = 0.3
_LONE_STOP = re.compile(r"^[.,]\s+(?=\S)")
# A line this short over the token is the token misread.
MISREAD_MAX_CHARS = 2
_MARGINS_FORMAT = 4  # the words kept beside the OCR'd copy: read again when this changes
_ITEM_NUMBER = re.compile(MARGIN_ITEM_NUMBER)


@dataclasses.dataclass(frozen=True)
class _Piece:
    page: int
    line: int  # index of the line in the layout
    box: tuple[int, int, int, int]  # x0, top, x1, bottom of the ink, pixels of the page rendered at MARGIN_DPI
    stop: bool = False  # the line opens with the token's stop (_LONE_STOP): the token may be read without it


def with_margin_numbers(layout: Layout, pdf: Path, pages: tuple[int, ...]) -> Layout:
    """`layout` with the item numbers standing left of its lines on `pages` of the OCR'd copy `pdf`
    that OCR did not read set in front of those lines."""
    candidates = {page: [n for n, line in enumerate(layout.lines) if line.page == page and _may_have_number(line)]
                  for page in pages}
    candidates = {page: lines for page, lines in candidates.items() if lines}
    if not candidates or find_program("tesseract") is None:
        return layout
    pieces, images = _find_pieces(layout.lines, pdf, candidates)
    if not pieces:
        return layout
    kept = pdf.with_name(f"{pdf.stem}.margins.json")
    key = {"format": _MARGINS_FORMAT, "pieces": [[piece.line, *piece.box] for piece in pieces]}
    words = _from_file(kept, key)
    if words is None:
        words = _read(pieces, images)
        keep_beside(kept, key, "words", words)
    lines = list(layout.lines)
    misread: set[int] = set()
    for piece, word in zip(pieces, words, strict=True):
        if word:
            line = lines[piece.line]
            lines[piece.line] = dataclasses.replace(line, text=f"{word} {_LONE_STOP.sub('', line.text)}",
                                                    x0=min(line.x0, piece.box[0] * 72 / MARGIN_DPI))
            misread |= _lines_over(layout.lines, piece)
    return dataclasses.replace(layout, lines=[line for n, line in enumerate(lines) if n not in misread])


def _lines_over(lines: list[Line], piece: _Piece) -> set[int]:
    """The lines of a letter or two read over the token's ink (the token misread)."""
    x0, top, x1, bottom = (value * 72 / MARGIN_DPI for value in piece.box)
    return {n for n, line in enumerate(lines) if n != piece.line and line.page == piece.page and _misread(line)
            and line.x0 < x1 and line.x1 > x0 and line.top < bottom and line.bottom > top}


def _may_have_number(line: Line) -> bool:
    """A line read by OCR that holds some words (not a grid's marks or a name's letters set vertically,
    not "p.m.") and does not start with an item number already."""
    first = line.text.split(maxsplit=1)[0] if line.text.strip() else ""
    return (line.ocr and sum(char.isalpha() for char in line.text) >= ITEM_MIN_LETTERS
            and not _ITEM_NUMBER.match(first))


def _find_pieces(lines: list[Line], pdf: Path, candidates: dict[int, list[int]]
                 ) -> tuple[list[_Piece], dict[int, numpy.ndarray]]:
    pieces: list[_Piece] = []
    images: dict[int, numpy.ndarray] = {}
    document = pdfium.PdfDocument(str(pdf))
    try:
        for page, indexes in sorted(candidates.items()):
            if not 1 <= page <= len(document):
                continue
            bitmap = document[page - 1].render(scale=MARGIN_DPI / 72, grayscale=True)
            image = numpy.asarray(bitmap.to_pil().convert("L"))
            others = [line for line in lines if line.page == page]
            dark = image < DARKNESS
            found = [_Piece(page, n, box, bool(_LONE_STOP.match(lines[n].text))) for n in indexes
                     if (box := ink_left_of(dark, lines[n], others, MARGIN_DPI)) is not None]
            if found:
                images[page] = image
                pieces += found
    finally:
        document.close()
    return pieces, images


def ink_left_of(dark: numpy.ndarray, line: Line, others: list[Line], dpi: float) -> tuple[int, int, int, int] | None:
    """The box (pixels) of a token of ink standing left of `line`'s first word on the page's
    `dark` pixels, in the same column, within the line's height and a few letters from it, where
    no other line's word stands (with the stop of a line that opens with a stop alone); None if there is none."""
    scale = dpi / 72
    height = (line.bottom - line.top) * scale
    if height < 4:
        return None
    top, bottom = round(line.top * scale), round(line.bottom * scale)
    stop = STOP_WIDTH_HEIGHTS if _LONE_STOP.match(line.text) else -MIN_GAP_HEIGHTS
    right = round(line.x0 * scale + stop * height)
    left = round(line.x0 * scale - (MAX_GAP_HEIGHTS + MAX_WIDTH_HEIGHTS) * height)
    for other in others:  # a word OCR read on the row: the token would be between it and the line
        if (other is not line and other.x1 <= line.x0 and other.bottom > line.top and other.top < line.bottom
                and not _misread(other)):
            left = max(left, round(other.x1 * scale) + 1)
    left = max(0, left)
    if right - left < 2 or bottom > dark.shape[0]:
        return None
    reach = round(REACH_HEIGHTS * height)
    upper, lower = max(0, top - reach), min(dark.shape[0], bottom + reach)
    # a rule drawn down the page (a column's edge) close left of the token: only what is right of it
    ruled = numpy.flatnonzero(dark[upper:lower, left:right].mean(axis=0) >= RULE_EDGE_SHARE)
    if ruled.size:
        left += int(ruled[-1]) + 1
    if right - left < 2:
        return None
    strip = dark[top:bottom, left:right]
    inked = numpy.flatnonzero(strip.any(axis=0))
    if inked.size == 0:
        return None
    # the token: the run of inked pixel columns nearest the line, pieces a little apart joined
    x1 = int(inked[-1])
    x0 = x1
    for x in inked[::-1]:
        if x0 - int(x) > JOIN_HEIGHTS * height:
            break
        x0 = int(x)
    if (x1 - x0 + 1) > MAX_WIDTH_HEIGHTS * height or right - (left + x1) > MAX_GAP_HEIGHTS * height:
        return None
    around = dark[upper:lower, left + x0:left + x1 + 1]
    runs = inked_runs(around.any(axis=1))
    band = (top - upper, bottom - upper)
    touching = [run for run in runs if run[1] >= band[0] and run[0] < band[1]]
    if not touching:
        return None
    ink_top, ink_bottom = touching[0][0], touching[-1][1]
    if ink_top == 0 or ink_bottom == around.shape[0] - 1:  # reaches out of the line: taller than it
        return None
    if not MIN_INK_HEIGHTS * height <= ink_bottom - ink_top + 1 <= MAX_INK_HEIGHTS * height:
        return None
    return left + x0, upper + ink_top, left + x1, upper + ink_bottom


def _misread(line: Line) -> bool:
    """A line of a letter or two, read where an item number stands ("N" for "2."): no word that bars
    the token; when the token is read, it goes."""
    return len(line.text.strip()) <= MISREAD_MAX_CHARS and " " not in line.text.strip()


def _read(pieces: list[_Piece], images: dict[int, numpy.ndarray]) -> list[str]:
    """The item number read on each piece ("" where none was read surely), one Tesseract call."""
    crops = [images[piece.page][piece.box[1]:piece.box[3] + 1, piece.box[0]:piece.box[2] + 1] for piece in pieces]
    height = round(float(numpy.median([crop.shape[0] for crop in crops])))
    image, bands = laid_out([[(crop, False)] for crop in crops], height)
    read = band_words(image, bands, MARGIN_NUMBER_CHARS, MARGIN_DPI)
    return [_item_number(words, crop, piece.stop) for words, crop, piece in zip(read, crops, pieces, strict=True)]


def _item_number(words: list[OcrWord], crop: numpy.ndarray, stop: bool = False) -> str:
    """The word read on a piece if it is an item number read surely; a narrow "l." is "1."; `stop`: the piece
    holds the stop its line opened with, read or not ("2" is "2.")."""
    if len(words) != 1 or words[0].confidence < MIN_CONFIDENCE:
        return ""
    text = words[0].text.rstrip(".") + "." if stop else words[0].text
    if text[:1] in _READ_FOR_ONE and _looks_like_one(crop < DARKNESS):
        text = "1" + text[1:]
    if len(text) == 3 and text[0] in _SAME_SHAPES and text[1] == text[0].lower():  # "Cc." read for "C."
        text = text[0] + text[2]
    return text if _ITEM_NUMBER.match(text) else ""


def _looks_like_one(dark: numpy.ndarray) -> bool:
    """Whether the first glyph of a piece (its first run of inked pixel columns) is narrow with a
    flag out left of its stem at the top: a "1", not an "I" or "L"."""
    runs = inked_runs(dark.any(axis=0))
    if not runs:
        return False
    glyph = dark[:, runs[0][0]:runs[0][1] + 1]
    rows = numpy.flatnonzero(glyph.any(axis=1))
    glyph = glyph[rows[0]:rows[-1] + 1]
    if glyph.shape[1] >= ONE_MAX_WIDTH * glyph.shape[0]:
        return False
    ink = glyph.sum(axis=0)
    stem = numpy.flatnonzero(ink >= STEM_SHARE * ink.max())
    top = glyph[:max(1, round(ONE_TOP_SHARE * glyph.shape[0]))]
    left, right = int(top[:, :stem[0]].sum()), int(top[:, stem[-1] + 1:].sum())
    return left > 2 * right + 1


def _from_file(path: Path, key: dict) -> list[str] | None:
    words = kept_beside(path, key, "words")
    if not isinstance(words, list):
        return None
    return words if len(words) == len(key["pieces"]) and all(isinstance(w, str) for w in words) else None
