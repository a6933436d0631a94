"""PDF -> layout: lines with their typography, in reading order, table cells placed row by row.

Page headers, footers and page numbers are dropped; a table row continued on the next page
keeps its row; a repeated table header row is dropped. Each page is closed after use, so
memory does not grow with the page count.
"""

from __future__ import annotations

import re
import statistics
import types
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.page import FilteredPage, Page
from pdfplumber.utils import curve_to_edges, extract_words

from pipeline.errors import UnreadablePDF
from pipeline.pdf.chars import direct_layout, reads_directly
from pipeline.pdf.columns import Gutter, column_of, find_gutter, find_side_heads, label_and_text, reading_key, split_at
from pipeline.pdf.textlayer import PageSample, page_sample
from pipeline.rules import (
    BULLET_FONTS,
    BULLET_GLYPHS,
    CJK_MARKS,
    COLUMN_FRAME_HEIGHT_SHARE,
    COLUMN_FRAME_MIN_WIDTH_SHARE,
    OCR_TEXT_LAYER_FONT,
    PAGE_NUMBER_PATTERNS,
    SCRIPT_LETTERS,
)

DEFAULT_LINE_TOLERANCE = 3.0  # points: words whose tops differ less share a line
DEFAULT_MARGIN_SHARE = 0.08  # top/bottom share of the page where headers and footers live
DEFAULT_MAX_HEADER_ROW_WORDS = 6
# A table's first row read again at the top of its next page is its header row; OCR reads the
# copies a little differently, so "again" is this similar (difflib ratio).
DEFAULT_REPEATED_ROW_SIMILARITY = 0.85
SPACED_LETTER_GAP_FACTOR = 1.6  # in letter-spaced text, a gap this much wider than usual is a space
# A gap between letters wider than this share of the font size is a space. pdfplumber's default is a
# fixed 3 points, which is exactly the width of a space in 12-point Times: producers that draw no
# space characters ("Cityand Countyof SanFrancisco") had their words run together.
WORD_GAP_RATIO = 0.2
SIZE_DIGITS = 2  # a character's font size is compared to this many decimals
# OCR'd lines side by side at one height are one line when their letters' heights are this share of each other's
SIDE_BY_SIDE_HEIGHT_SLACK = 0.15
_BRACKETED_WORD = re.compile(r"\W?[(\[][\w.]{1,6}[)\]]")  # "(CW)", "●(a)", "[1]": a mark or initials in brackets
WRITTEN_LINE_HEIGHT_RATIO = 2.0  # the words of one written line are at most this many times as high as each other
TOUCHING_GAP = 0.3  # points: words this close were cut only by a change of font ("O ffi cers")
# On an OCR'd page, a lone punctuation mark further than this many of its own heights from any other
# word on its row is a speck, a hole punch or a pen tick read as "(" or "|", not text.
STRAY_MARK_GAP_HEIGHTS = 4.0
# A side head's key is this much above the text beside it, whose first line may stand a little higher.
SIDE_HEAD_AHEAD = 3.0


@dataclass(frozen=True)
class Cell:
    """Where a line sits in a table: `table` counts tables in the document, `row` across pages."""

    table: int
    row: int
    column: int


@dataclass(frozen=True)
class Line:
    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool
    bullet: str | None = None  # the glyph that marked the line as a list item
    cell: Cell | None = None
    ocr: bool = False  # read by OCR: its size is known to a point or two, its weight from its strokes


@dataclass(frozen=True)
class GridColumn:
    """A member's column of a form's vote grid, read from the page image (pipeline/ocr/grid.py): its
    edges (points), the name set vertically over it ("" if not read), and where it is marked under
    the name (the middle of each mark, points from the page's top)."""

    x0: float
    x1: float
    name: str = ""
    marks: tuple[float, ...] = ()


@dataclass(frozen=True)
class FormGrid:
    """A form's vote grid on one page, read from the page image: its member columns, and its row
    labels as read there (the middle of each, points from the page's top; OCR of the page may have
    missed some, and its text layer stands a few points off the image)."""

    columns: tuple[GridColumn, ...]
    rows: tuple[tuple[float, str], ...] = ()


@dataclass
class Layout:
    lines: list[Line]
    page_count: int
    table_headers: dict[int, list[str]] = field(default_factory=dict)  # table -> column names
    page_samples: list[PageSample] = field(default_factory=list)  # each page's text, to judge it (textlayer)
    grids: dict[int, FormGrid] = field(default_factory=dict)  # a form's vote grid read on the page image, per page
    # The first page's top-margin lines dropped as running headers: a title repeated on every page
    # ("2020 RLCA Annual General Meeting Minutes") is the document's title where its body has none.
    running_head: list[str] = field(default_factory=list)

    @property
    def body_size(self) -> float:
        """The most common font size, weighted by text length: the size of running text."""
        weights: Counter[float] = Counter()
        for line in self.lines:
            weights[round(line.size, 1)] += len(line.text)
        return weights.most_common(1)[0][0] if weights else 10.0


# -- words and lines --------------------------------------------------------------------------

_CID = re.compile(r"\(cid:\d+\)")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st"}


# Spacing accents set beside their letter instead of on it ("Re´union", "R´eunion"): the accent
# and the combining mark it stands for, and the letters each can sit on.
_SPACING_ACCENTS = {"\u00b4": ("\u0301", "aeiouyAEIOUY"), "`": ("\u0300", "aeiouAEIOU"),
                    "\u00a8": ("\u0308", "aeiouyAEIOUY"), "\u02c6": ("\u0302", "aeiouAEIOU"),
                    "\u02dc": ("\u0303", "anoANO"), "\u02c7": ("\u030c", "cszrenCSZREN"),
                    "\u00b8": ("\u0327", "cC")}
_SPLIT_ACCENT = re.compile(rf"(\w?)( ?)([{''.join(_SPACING_ACCENTS)}])( ?)(\w?)")


def _place_accent(match: re.Match) -> str:
    """Put a spacing accent on the letter it belongs to: the following one when it can carry it (the
    order TeX draws them), else a lower-case one before it at the end of a word ("cafe´"); otherwise
    leave the text alone (an apostrophe typed as an accent: "don´t", "you´re")."""
    before, space_before, accent, space_after, after = match.groups()
    mark, letters = _SPACING_ACCENTS[accent]
    if after and not space_after and after in letters and (after.islower() or not before.isalpha()):
        return before + space_before + unicodedata.normalize("NFC", after + mark)
    if before and before in letters and before.islower() and not space_before and (space_after or not after):
        return unicodedata.normalize("NFC", before + mark) + space_after + after
    return match.group(0)


# Chinese and Japanese are written without spaces: a space between their characters (or between one and a figure,
# "2009 年 04 月") is where the PDF's words or OCR's boxes broke, not the writer's ("中 民國 天文學會").
_CJK = SCRIPT_LETTERS["japanese"] + CJK_MARKS
_CJK_CHAR = re.compile(f"[{_CJK}]")
_SPACE_IN_CJK = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}\\d])|(?<=\\d) (?=[{_CJK}])")


def clean_text(text: str) -> str:
    """Undo PDF text artifacts: ligatures, zero-width characters, accents beside their letters,
    doubled spaces."""
    for lig, plain in _LIGATURES.items():
        text = text.replace(lig, plain)
    text = _ZERO_WIDTH.sub("", text)
    if any(accent in text for accent in _SPACING_ACCENTS):
        text = _SPLIT_ACCENT.sub(_place_accent, text)
    text = " ".join(text.split())
    return _SPACE_IN_CJK.sub("", text) if _CJK_CHAR.search(text) else text


def _join_touching(words: list[dict]) -> list[dict]:
    """Words that touch were cut only by a change of font (a ligature from another font: "O ffi cers"):
    one word again, when letters meet letters."""
    joined = [words[0]]
    for word in words[1:]:
        prev = joined[-1]
        if abs(word["x0"] - prev["x1"]) <= TOUCHING_GAP and prev["text"][-1:].isalpha() and word["text"][:1].isalpha():
            joined[-1] = dict(prev, text=prev["text"] + word["text"], x1=word["x1"])
        else:
            joined.append(word)
    return joined


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return any(mark in name for mark in ("bold", "black", "heavy", "semibold", ",b"))


def _is_italic(fontname: str) -> bool:
    name = fontname.lower()
    return "italic" in name or "oblique" in name


def _bullet_of(word: dict) -> str | None:
    """The bullet glyph if this word is one on its own."""
    text = word["text"]
    if _CID.fullmatch(text) or text in BULLET_GLYPHS:
        return text
    if len(text) == 1 and ("\ue000" <= text <= "\uf8ff"):
        return text  # private-use glyph from a symbol font
    if len(text) == 1 and any(font in word["fontname"].lower() for font in BULLET_FONTS):
        return text
    return None


def _group_lines(words: list[dict], tolerance: float) -> list[list[dict]]:
    """Words -> lines: sort by top, then cut where the top jumps, then order by x."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(word["top"] - lines[-1][0]["top"]) <= tolerance:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _group_written_lines(words: list[dict], tolerance: float) -> list[list[dict]]:
    """An OCR text layer's words, in the order the engine wrote them, -> its lines: a line goes on while each word
    is right of the one before and on its row (their middles less than half a word's height apart), however the
    row slants across a curved or skewed scan; then lines side by side at one height (their median tops and bottoms
    within `tolerance`, their letters as high: not a stamp's beside a line) are one, as _group_lines makes them."""
    written: list[list[dict]] = []
    for word in words:
        last = written[-1][-1] if written else None
        heights = sorted((word["bottom"] - word["top"], last["bottom"] - last["top"])) if last else (0.0, 0.0)
        if last is not None and word["x0"] >= last["x0"] and abs(_middle(word) - _middle(last)) <= 0.5 * heights[1] \
                and heights[1] <= WRITTEN_LINE_HEIGHT_RATIO * heights[0]:  # (not a pen mark's tall "word" after it)
            written[-1].append(word)
        else:
            written.append([word])
    rows: list[tuple[float, float, list[dict]]] = []
    for line in sorted(written, key=lambda line: (round(_median_of(line, "top")), line[0]["x0"])):
        top, bottom = _median_of(line, "top"), _median_of(line, "bottom")
        if rows and abs(top - rows[-1][0]) <= tolerance and abs(bottom - rows[-1][1]) <= tolerance \
                and (abs((bottom - top) - (rows[-1][1] - rows[-1][0])) <= SIDE_BY_SIDE_HEIGHT_SLACK * (bottom - top)
                     or _bracketed(line) and len(rows[-1][2]) > 1 or _bracketed(rows[-1][2]) and len(line) > 1):
            rows[-1][2].extend(line)
        else:
            rows.append((top, bottom, list(line)))
    return [sorted(line, key=lambda w: w["x0"]) for _, _, line in rows]


def _bracketed(words: list[dict]) -> bool:
    """ "(CW)" read as a line of its own before "Charlotte Wringe - Chair": a bracket is taller than the letters
    (and joins a line of words beside it, not another lone word, a stamp's)."""
    return len(words) == 1 and bool(_BRACKETED_WORD.fullmatch(words[0]["text"]))


def _middle(word: dict) -> float:
    return (word["top"] + word["bottom"]) / 2


def _median_of(words: list[dict], edge: str) -> float:
    return statistics.median(word[edge] for word in words)


def _split_glued_bullet(words: list[dict]) -> list[dict]:
    """ "•First" extracted as one word -> "•" and "First"."""
    first = words[0]["text"]
    cid = _CID.match(first)
    if cid and cid.end() < len(first):
        return [dict(words[0], text=cid.group()), dict(words[0], text=first[cid.end():])] + words[1:]
    if len(first) > 1 and first[0] in BULLET_GLYPHS and first[0] not in "-–—*o·§" and first[1].isalnum():
        return [dict(words[0], text=first[0]), dict(words[0], text=first[1:])] + words[1:]
    return words


def _join_spaced_letters(words: list[dict]) -> list[dict]:
    """Letter-spaced text ("M i n u t e s") comes out one letter per word: join the letters whose
    gap is the typical (smallest) one, keeping the wider gaps as spaces."""
    if len(words) < 4 or sum(len(w["text"]) == 1 for w in words) < 0.6 * len(words):
        return words
    gaps = [b["x0"] - a["x1"] for a, b in zip(words, words[1:], strict=False)]
    letter_gap = statistics.median(gaps)
    joined = [dict(words[0])]
    for gap, word in zip(gaps, words[1:], strict=True):
        if gap <= letter_gap * SPACED_LETTER_GAP_FACTOR + 0.5:
            joined[-1]["text"] += word["text"]
            joined[-1]["x1"] = word["x1"]
        else:
            joined.append(dict(word))
    return joined


def _make_line(words: list[dict], page_no: int, cell: Cell | None) -> Line | None:
    words = _split_glued_bullet(_join_spaced_letters(_join_touching(words)))
    bullet = _bullet_of(words[0]) if len(words) > 1 or _CID.fullmatch(words[0]["text"]) else None
    if bullet == "§" and words[1]["text"][:1].isdigit():
        bullet = None  # "§ 1 Mötets öppnande": a paragraph's number (Nordic minutes number their items so)
    content = words[1:] if bullet else words
    text = clean_text(" ".join(_CID.sub("", w["text"]) for w in content))
    if not text and not bullet:
        return None
    styled = [w for w in content if w["text"].strip()] or words
    sizes = [w["size"] for w in styled]
    chars = sum(len(w["text"]) for w in styled)
    bold_chars = sum(len(w["text"]) for w in styled if _is_bold(w["fontname"]))
    italic_chars = sum(len(w["text"]) for w in styled if _is_italic(w["fontname"]))
    return Line(
        text=text,
        page=page_no,
        x0=min(w["x0"] for w in words),
        x1=max(w["x1"] for w in words),
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        size=round(statistics.median(sizes), 1),
        bold=bold_chars >= 0.8 * chars,
        italic=italic_chars >= 0.8 * chars,
        bullet=bullet,
        cell=cell,
    )


# -- headers and footers ------------------------------------------------------------------------


def _is_page_number(text: str) -> bool:
    return any(re.fullmatch(p, text, re.IGNORECASE) for p in PAGE_NUMBER_PATTERNS)


def _margin_key(text: str) -> str:
    """Header/footer text with its numbers blanked, so "Page 3" and "Page 4" compare equal."""
    return re.sub(r"\d+", "#", text.lower())


def _drop_running_margins(pages: list[list[Line]], heights: list[float], share: float,
                          margin_column: list[Line] | None = None) -> tuple[list[list[Line]], list[str]]:
    """Drop lines in the top/bottom margins, or in a margin column beside the text, that are page
    numbers or repeat on several pages; with the text of those dropped from the first page's top."""
    beside = {id(line) for line in margin_column or []}

    def in_margin(line: Line) -> bool:
        height = heights[line.page - 1]
        return line.cell is None and (line.bottom < height * share or line.top > height * (1 - share)
                                      or id(line) in beside)

    # (on several pages: a margin column's "Trustee" under each trustee's name, on one page, runs on no page)
    seen = Counter(key for page in pages for key in {_margin_key(line.text) for line in page if in_margin(line)})
    repeated = {key for key, n in seen.items() if n >= 2 and len(pages) >= 2}

    def running(line: Line) -> bool:
        return in_margin(line) and (_is_page_number(line.text) or _margin_key(line.text) in repeated)

    head = [line.text for line in pages[0] if running(line) and line.bottom < heights[0] * share
            and not _is_page_number(line.text)] if pages else []
    return [[line for line in page if not running(line)] for page in pages], head


# -- tables -----------------------------------------------------------------------------------


@dataclass
class _TableState:
    """What the previous page's last table was, to join rows that run across pages."""

    count: int = 0
    row: int = 0
    columns: int = 0
    header: list[str] | None = None
    headers: dict[int, list[str]] = field(default_factory=dict)  # every table's column names
    first_row: list[str] | None = None  # the current table's first row, until it is known to be data or header
    # table -> its first row, known as the header only when it repeated on the next page (so already
    # yielded as a row of data): extract_layout drops it
    late_header_rows: dict[int, int] = field(default_factory=dict)
    open_at_page_end: bool = False


def _cell_index(x: float, top: float, rows: list) -> tuple[int, int] | None:
    for r, row in enumerate(rows):
        for c, bbox in enumerate(row.cells):
            if bbox and bbox[0] - 1 <= x <= bbox[2] + 1 and bbox[1] - 1 <= top <= bbox[3] + 1:
                return r, c
    return None


def _table_lines(page, table, page_no: int, state: _TableState, words: list[dict],
                 page_words: list[dict], tolerance: float) -> list[Line]:
    """Lines of one table, cell by cell, row by row, without its header row."""
    rows = table.rows
    ncols = max(len(row.cells) for row in rows)
    by_cell: dict[tuple[int, int], list[dict]] = {}
    for word in words:
        where = _cell_index((word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2, rows)
        if where:
            by_cell.setdefault(where, []).append(word)
    cell_texts = [
        [" ".join(w["text"] for w in by_cell.get((r, c), [])) for c in range(len(row.cells))]
        for r, row in enumerate(rows)
    ]
    continues = state.open_at_page_end and state.columns == ncols and _starts_page(page, table, page_words)
    if not continues:
        state.count += 1
        state.row = 0
        state.header = None
        state.first_row = cell_texts[0] if cell_texts else None
    if state.header is None and cell_texts and _looks_like_header(cell_texts, by_cell):
        state.header = cell_texts[0]
        state.headers[state.count] = [clean_text(text) for text in cell_texts[0]]
    elif state.header is None and continues and state.first_row and _same_row(cell_texts[0], state.first_row):
        # The first row repeats at the top of the next page: a header row not set apart in type (a scan).
        state.header = cell_texts[0]
        state.headers[state.count] = [clean_text(text) for text in state.first_row]
        state.late_header_rows[state.count] = 1
    lines: list[Line] = []
    first_data_row = True
    for r in range(len(rows)):
        if state.header is not None and _same_row(cell_texts[r], state.header):
            continue  # the header row, also where it repeats after a page break
        first_is_empty = not cell_texts[r][0].strip()
        # A row whose first cell is empty right after a page break continues the previous row.
        if not (continues and first_data_row and first_is_empty and state.row):
            state.row += 1
        first_data_row = False
        for c in range(len(rows[r].cells)):
            cell = Cell(state.count, state.row, c)
            for group in _group_lines(by_cell.get((r, c), []), tolerance):
                line = _make_line(group, page_no, cell)
                if line:
                    lines.append(line)
    state.columns = ncols
    return lines


def _same_row(row: list[str], other: list[str]) -> bool:
    """The same cells, allowing for OCR reading a few letters differently."""
    if row == other:
        return True
    if len(row) != len(other) or not any(text.strip() for text in row):
        return False
    matcher = SequenceMatcher(None, " | ".join(row).lower(), " | ".join(other).lower())
    # The quick upper bounds first: most rows are nothing like the header, and cells can be long.
    return all(ratio() >= DEFAULT_REPEATED_ROW_SIMILARITY
               for ratio in (matcher.real_quick_ratio, matcher.quick_ratio, matcher.ratio))


def _looks_like_header(rows: list[list[str]], by_cell: dict) -> bool:
    """The first row names the columns: short cells, set in bold, or words over rows of numbers."""
    first = rows[0]
    filled = [t for t in first if t.strip()]
    if len(filled) < 2 or any(len(t.split()) > DEFAULT_MAX_HEADER_ROW_WORDS for t in filled):
        return False
    words = [w for (r, _), ws in by_cell.items() if r == 0 for w in ws]
    if words and all(_is_bold(w["fontname"]) for w in words):
        return True
    numbers_below = [t for row in rows[1:] for t in row[1:] if re.fullmatch(r"\d+(?:[.,]\d+)?\s*%?", t.strip())]
    return not any(re.search(r"\d", t) for t in first[1:]) and len(numbers_below) >= max(2, len(rows) - 1)


def _starts_page(page, table, page_words: list[dict]) -> bool:
    """True when nothing but the top margin stands above the table on its page."""
    margin = page.height * DEFAULT_MARGIN_SHARE
    return all(w["bottom"] < margin for w in page_words if w["bottom"] < table.bbox[1])


def _find_tables(page, rules: list[dict] | None = None) -> list:
    """Ruled tables, also a last row left open at the page break (no bottom rule).

    The ends of vertical rules are added as horizontal rules, which closes such rows.
    Single-cell boxes and page borders are frames, not tables: their text is read as running text.
    `rules`: edges found on the page's image (a scan, pipeline.ocr.scanned_rules), as pdfplumber edges.
    """
    page, strokes = _without_curved_paths(page)
    rules = [*(rules or []), *strokes]
    verticals = [e for e in [*page.edges, *rules] if e["orientation"] == "v"]
    ends = sorted({round(e["top"], 1) for e in verticals} | {round(e["bottom"], 1) for e in verticals})
    tables = page.find_tables({
        "explicit_horizontal_lines": [*ends, *(e for e in rules if e["orientation"] == "h")],
        "explicit_vertical_lines": [e for e in rules if e["orientation"] == "v"],
    })
    tables = [t for t in tables if max(len(r.cells) for r in t.rows) >= 2 and not _is_page_frame(page, t)]
    return sorted(tables, key=lambda t: t.bbox[1])


def _without_curved_paths(page) -> tuple[Any, list[dict]]:
    """The page without its paths drawn with Bézier segments (a signature, a logo, an ink stroke), and
    the straight segments of those paths as edges. pdfplumber makes an edge of every pair of a curve's
    points, and a pen's long downstroke, its control points in a row, reads as a column rule: an ink
    signature made a 19-column "table" of a whole page of running text. Table rules are drawn with
    straight segments, which a rounded box's sides still are."""
    curves = page.curves
    curved = [c for c in curves if any(step[0] in _BEZIER_OPERATORS for step in c.get("path") or ())]
    if not curved:
        return page, []
    filtered = FilteredPage(page, lambda obj: True)
    filtered._objects = {**page.objects, "curve": [c for c in curves if not any(c is d for d in curved)]}
    return filtered, [edge for curve in curved for edge in _straight_segments(curve)]


_BEZIER_OPERATORS = frozenset("cvy")  # PDF path operators that draw a Bézier segment


def _straight_segments(curve: dict) -> list[dict]:
    """The edges of a path's straight segments ("l", and "h" closing a subpath), as pdfplumber's."""
    edges, start, here = [], None, None
    for step in curve["path"]:
        op, points = step[0], step[1:]
        if op == "m":
            start = here = points[0]
        elif op in ("l", "h") and here is not None:
            end = points[0] if op == "l" else start
            edges.extend(curve_to_edges({**curve, "pts": [here, end]}))
            here = end
        elif points:
            here = points[-1]
    return [edge for edge in edges if edge["orientation"]]


def _is_page_frame(page, table) -> bool:
    """A border drawn around the whole page is not a table; nor are boxes drawn side by side around
    a page's columns (a council register's margin column and its text): a row of them most of the page
    high, each holding text a column's width (a form's grid of votes has narrow columns; the sliver
    between two boxes holds nothing)."""
    x0, top, x1, bottom = table.bbox
    for row in table.rows:
        narrow = [cell for cell in row.cells
                  if cell is not None and cell[2] - cell[0] < COLUMN_FRAME_MIN_WIDTH_SHARE * float(page.width)]
        if row.bbox[3] - row.bbox[1] >= COLUMN_FRAME_HEIGHT_SHARE * float(page.height) and not any(
                cell[0] <= (char["x0"] + char["x1"]) / 2 <= cell[2] and cell[1] <= char["top"] <= cell[3]
                for cell in narrow for char in page.chars):
            return True
    return (x1 - x0) >= 0.9 * float(page.width) and (bottom - top) >= 0.9 * float(page.height)


# -- characters -----------------------------------------------------------------------------------
# pdfplumber turns every pdfminer object into a dict through a generic path (a regex on the class
# name, a recursive resolve of every attribute), after pdfminer made an LTChar of every character:
# for a text page, that costs as much as reading the PDF itself. pipeline/pdf/chars.py makes the
# characters' dicts straight from the interpreter instead; `_char_object` passes them through, and
# everything else (other objects, the characters pdfminer still makes) takes pdfplumber's own path.
# tests/test_extract.py checks the objects are equal on every sample.


def _char_object(page: Page, obj: Any) -> dict[str, Any]:
    """pdfplumber's Page.process_object, for a character dict made by pipeline.pdf.chars: itself."""
    return obj if type(obj) is dict else Page.process_object(page, obj)


def read_chars_directly(page: Page) -> Page:
    """Make this page read its layout now, characters as finished dicts (pipeline.pdf.chars), unless
    pdfplumber was opened with settings only its own path covers (layout analysis, normalisation)."""
    if reads_directly(page):
        direct_layout(page)
        page.process_object = types.MethodType(_char_object, page)  # type: ignore[method-assign]
    return page


# -- pages --------------------------------------------------------------------------------------


def _page_lines(page, page_no: int, state: _TableState, tolerance: float,
                samples: list[PageSample] | None = None, rules: list[dict] | None = None,
                doubtful: list[tuple] | None = None, margin_column: list[Line] | None = None) -> list[Line]:
    # Words break where the font or its size changes; a size computed through a slanted text matrix (an OCR layer's
    # words on a skewed line) differs from letter to letter in its last digits, which cut "Report" into "R e p o r t".
    chars = [char if (size := round(char["size"], SIZE_DIGITS)) == char["size"] else dict(char, size=size)
             for char in page.chars]
    ocr_layer = _is_ocr_text_layer(page)
    words = extract_words(chars, extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=ocr_layer,
                          x_tolerance_ratio=WORD_GAP_RATIO)
    if samples is not None:
        samples.append(page_sample(page_no, words, page))
    if doubtful:
        words = _without_doubtful(words, doubtful, float(page.width), float(page.height))
    if ocr_layer:
        words = _without_stray_marks(words)
    tables = _find_tables(page, rules)
    items: list[tuple[float, float, float, list[Line]]] = []  # top, x0, x1, lines
    loose = words
    for table in tables:
        x0, top, x1, bottom = table.bbox
        # Words in no cell (above a column whose rules start lower down: a scan's letterhead) are running text.
        inside = [w for w in loose if x0 - 1 <= (w["x0"] + w["x1"]) / 2 <= x1 + 1 and top - 1 <= w["top"] <= bottom
                  and _cell_index((w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2, table.rows)]
        loose = [w for w in loose if w not in inside]
        items.append((top, x0, x1, _table_lines(page, table, page_no, state, inside, words, tolerance)))
    rows = _group_written_lines(loose, tolerance) if ocr_layer else _group_lines(loose, tolerance)
    gutter = find_gutter(rows, float(page.width))
    side_heads = find_side_heads(rows, float(page.width)) if gutter is None else None
    if side_heads is not None:
        items.extend(_side_head_items(rows, side_heads, page_no))
    groups = [] if side_heads is not None else rows if gutter is None else [
        part for row in rows for part in split_at(row, gutter)]
    for group in groups:
        line = _make_line(group, page_no, None)
        if line:
            items.append((line.top, line.x0, line.x1, [line]))
            if margin_column is not None and gutter and gutter.margin == column_of(line.x0, line.x1, line.top, gutter):
                margin_column.append(line)
    items.sort(key=_reading_order(items, gutter))
    lines = _attach_lone_bullets([line for *_, group in items for line in group])
    content = [line for line in lines if line.top < page.height * (1 - DEFAULT_MARGIN_SHARE)]
    state.open_at_page_end = bool(content) and content[-1].cell is not None
    return lines


_Item = tuple[float, float, float, list[Line]]  # a page's piece to read: top, x0, x1, its lines


def _side_head_items(rows: list[list[dict]], heads: Gutter, page_no: int) -> list[_Item]:
    """The lines of a page of side heads: each label a line of its own, read just before the text beside it;
    a label wrapped onto the rows under it is one line (it goes on while the text beside it does: no blank
    row, and the text's line before ran to the column's end)."""
    parts = [label_and_text(row, heads) for row in rows]
    text_end = max((word["x1"] for _, text in parts for word in text), default=0.0)
    items: list[_Item] = []
    label: list[dict] = []
    before: tuple[list[dict], list[dict]] | None = None
    for left, text in parts:
        if left:
            if label and before is not None and _label_goes_on(before, left, text_end):
                label.extend(left)
            else:
                _add_label(items, label, page_no)
                label = list(left)
        elif text:
            _add_label(items, label, page_no)
            label = []
        if text and (line := _make_line(text, page_no, None)):
            items.append((line.top, line.x0, line.x1, [line]))
        before = (left, text)
    _add_label(items, label, page_no)
    return items


def _label_goes_on(before: tuple[list[dict], list[dict]], left: list[dict], text_end: float) -> bool:
    """The row's label goes on from the label of the row `before` (its label and its text)."""
    above, beside = before
    height = max(word["bottom"] - word["top"] for word in left)
    close = min(word["top"] for word in left) - max(word["bottom"] for word in above) <= 0.8 * height
    return close and (not beside or max(word["x1"] for word in beside) >= text_end - 6 * height)


def _add_label(items: list[_Item], words: list[dict], page_no: int) -> None:
    """A side head's line, keyed just above the text beside it (their tops differ by a hair: a label is read first)."""
    if words and (line := _make_line(words, page_no, None)):
        items.append((line.top - SIDE_HEAD_AHEAD, line.x0, line.x1, [line]))


def _reading_order(items: list[tuple[float, float, float, list[Line]]], gutter: Gutter | None):
    """Top to bottom; with columns, each column in turn between the rows that span both."""
    if gutter is None:
        return lambda item: item[0]
    spans = sorted(top for top, x0, x1, _ in items if column_of(x0, x1, top, gutter) is None)
    return lambda item: reading_key(item[0], column_of(item[1], item[2], item[0], gutter), gutter, spans)


def _is_ocr_text_layer(page) -> bool:
    """The page's text is an OCR engine's invisible layer: its words are written in reading order, each
    stretched over the box the engine measured. Those boxes can overlap ("REGULAR" drawn across "PUBLIC
    MEETING" in a skewed letterhead), and characters sorted by position would interleave the words
    ("REGPUUBLILC MAEETRING"), so such a page's words are read in the order they were written."""
    return bool(page.chars) and all(char.get("fontname", "").endswith(OCR_TEXT_LAYER_FONT) for char in page.chars)


def _without_doubtful(words: list[dict], doubtful: list[tuple], width: float, height: float) -> list[dict]:
    """Leave out the words OCR doubted (pipeline.ocr.doubtful_words): the same text, centred in
    the doubted word's box (in fractions of the page, give or take half its line's height)."""

    def doubted(word: dict) -> bool:
        x, y = (word["x0"] + word["x1"]) / 2 / width, (word["top"] + word["bottom"]) / 2 / height
        for text, x0, top, x1, bottom in doubtful:
            slack = (bottom - top) / 2
            if text == word["text"] and x0 - slack <= x <= x1 + slack and top - slack <= y <= bottom + slack:
                return True
        return False

    return [word for word in words if not doubted(word)]


def _without_stray_marks(words: list[dict]) -> list[dict]:
    """Leave out the lone punctuation marks with no word near them on their row (STRAY_MARK_GAP_HEIGHTS)."""

    def stray(mark: dict) -> bool:
        if len(mark["text"]) != 1 or mark["text"].isalnum():
            return False
        reach = STRAY_MARK_GAP_HEIGHTS * (mark["bottom"] - mark["top"])
        return not any(word is not mark and word["top"] < mark["bottom"] and mark["top"] < word["bottom"]
                       and word["x0"] - reach < mark["x1"] and mark["x0"] < word["x1"] + reach for word in words)

    return [word for word in words if not stray(word)]


def _attach_lone_bullets(lines: list[Line]) -> list[Line]:
    """A bullet glyph set a little lower than its text ends up on a line of its own: give it to
    the text line beside it."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and _is_lone_bullet(prev) and prev.cell == line.cell and line.x0 > prev.x1 \
                and abs(line.top - prev.top) <= line.size and not line.bullet:
            out[-1] = replace(line, bullet=prev.text, x0=prev.x0)
        elif out and _is_lone_bullet(line) and prev is not None and prev.cell == line.cell \
                and prev.x0 > line.x1 and abs(line.top - prev.top) <= prev.size and not prev.bullet:
            out[-1] = replace(prev, bullet=line.text, x0=line.x0)  # the glyph sorted after its text
        else:
            out.append(line)
    return out


def _is_lone_bullet(line: Line) -> bool:
    return line.text in BULLET_GLYPHS or bool(line.bullet and not line.text)


def iter_pages(path: str | Path, tolerance: float = DEFAULT_LINE_TOLERANCE,
               state: _TableState | None = None,
               samples: list[PageSample] | None = None,
               rules: dict[int, list[dict]] | None = None,
               doubtful: dict[int, list[tuple]] | None = None,
               margin_column: list[Line] | None = None) -> Iterator[tuple[list[Line], float]]:
    """Yield each page's lines with the page height; pages are closed as soon as they are read.
    What is learnt of tables on the way (column names, header rows) is put into `state`, each page's
    text sample into `samples`; `rules` adds table rules found on page images (page -> pdfplumber edges),
    `doubtful` the words OCR doubted, to leave out (page -> pipeline.ocr.OcrResult.doubtful); the lines
    of a margin column beside the text (pipeline/pdf/columns.py) are added to `margin_column`."""
    state = state if state is not None else _TableState()
    try:
        pdf = pdfplumber.open(path)
    except PDFPasswordIncorrect as exc:
        raise UnreadablePDF("encrypted: a password is needed") from exc
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types for broken files
        raise UnreadablePDF(f"corrupt: {type(exc).__name__}: {exc}".rstrip(": ")) from exc
    with pdf:
        for page_no, page in enumerate(pdf.pages, start=1):
            try:
                page_rules, page_doubts = (rules or {}).get(page_no), (doubtful or {}).get(page_no)
                yield (
                    _page_lines(read_chars_directly(page), page_no, state, tolerance, samples, page_rules, page_doubts,
                                margin_column),
                    float(page.height),
                )
            finally:
                page.close()


def extract_layout(path: str | Path, *, tolerance: float = DEFAULT_LINE_TOLERANCE,
                   margin_share: float = DEFAULT_MARGIN_SHARE, rules: dict[int, list[dict]] | None = None,
                   doubtful: dict[int, list[tuple]] | None = None) -> Layout:
    pages, heights = [], []
    tables = _TableState()
    samples: list[PageSample] = []
    margin_column: list[Line] = []
    for lines, height in iter_pages(path, tolerance, tables, samples, rules, doubtful, margin_column):
        pages.append(lines)
        heights.append(height)
    pages, running_head = _drop_running_margins(pages, heights, margin_share, margin_column)
    lines = [line for page in pages for line in page
             if not (line.cell and tables.late_header_rows.get(line.cell.table) == line.cell.row)]
    return Layout(lines=lines, page_count=len(pages), table_headers=tables.headers, page_samples=samples,
                  running_head=running_head)
