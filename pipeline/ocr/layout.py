"""The lines of OCR'd pages made like a text PDF's: sizes, bold, bullets; running heads dropped."""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import replace
from difflib import SequenceMatcher
from pathlib import Path

import numpy
import pypdfium2 as pdfium
from PIL import Image

from pipeline.numerals import TIME_OF_DAY, TIME_PREFIX, numbering_of
from pipeline.ocr.words import OcrLine
from pipeline.pdf.extract import DEFAULT_MARGIN_SHARE, Layout, Line, _margin_key
from pipeline.rules import OCR_BULLET_MISREADS

# An OCR text layer's font size is the line's height in whole points, which is a point or two more
# or less with the line's ascenders and descenders: sizes within this share of the body size are it.
OCR_SIZE_JITTER = 0.15
# Line pitch / font size of running text as typeset (single spacing).
TYPICAL_LINE_SPACING = 1.2
# Line pitches up to this times the narrowest quarter's are steps within a paragraph (_paragraph_pitch).
PITCH_CLUSTER = 1.15
# Bold strokes are thicker: on scans of the samples the mean width of the strokes (runs of dark
# pixels across a line, at OCR_INK_DPI) of bold lines is 1.34-2.2 times that of the page's body
# lines, of regular ones at most 1.26 times (darkness alone takes lines full of capitals for bold).
OCR_BOLD_STROKE_RATIO = 1.3
# A page with fewer characters than this at its body size tells bold by the document's body strokes.
PAGE_BODY_CHARS = 300
# Minutes whose motions and labels, set in bold, outweigh their prose: where the lines' strokes fall in two groups
# OCR_BOLD_STROKE_RATIO apart, the thicker holding most characters and the thinner at least REGULAR_MIN_SHARE, the
# thinner is the regular type (the median of all was the bold's, and no line was bold).
REGULAR_MIN_SHARE = 0.2
OCR_INK_DPI = 150
OCR_INK_DARKNESS = 128
# A line underlined from end to end is emphasised as a bold one is (typed minutes underline their
# headings): just under its baseline (OCR_UNDERLINE_BAND, in its sizes, from its bottom), a row of
# pixels darker than OCR_UNDERLINE_DARKNESS (a rule in colour is lighter than type) runs under at
# least OCR_UNDERLINE_SHARE of it. Letters never do: a row through them has the gaps between words. A heading
# is a few words with no stop after them: an underlined sentence (a motion, as some clerks mark them) is not one.
OCR_UNDERLINE_BAND = (-0.15, 0.35)
OCR_UNDERLINED_HEADING_MAX_WORDS = 10
OCR_UNDERLINE_DARKNESS = 200
OCR_UNDERLINE_SHARE = 0.95
# Running headers and footers read by OCR are this similar from page to page (difflib ratio).
OCR_MARGIN_SIMILARITY = 0.85
# A scanned table's header row, or a form's head, printed at the top of each page: lines in the top
# PAGE_HEAD_SHARE of a page, at the same height (within PAGE_HEAD_SLACK of the page's height).
PAGE_HEAD_SHARE = 0.25
PAGE_HEAD_SLACK = 0.03
# A head read in part stands where its words stand in the whole head, within this share of its width.
PAGE_HEAD_PART_SLACK = 0.15
# A letterhead's footer (the clerk's name, address and telephone) printed in the bottom PAGE_FOOT_SHARE of every
# page, above the usual margin: lines that nearly repeat at the same height (PAGE_HEAD_SLACK) on another OCR'd page.
PAGE_FOOT_SHARE = 0.2
# ... in any size when it repeats so, numbered, on this many other pages ("Deborah CAMP 1", "Deborah CAMP 2", ...
# OCR sized larger than the text): its page's number tells it from a page's own closing words ("MOTION CARRIED."
# may stand at one height on three pages).
FOOT_ANY_SIZE_OTHER_PAGES = 2
# A line's letter size from Tesseract's row metrics (hOCR): the mean of its x-height and of its
# ascender line's height (x-height + ascenders) over those of the body lines of its page (of the
# document where its page has fewer than ROW_REFERENCE_CHARS characters at the body size). The
# x-height alone takes a Helvetica line for a size up from a Times one (17% larger); the ascender
# line alone is a guess where Tesseract found no descender. Each is measured in whole pixels, so
# body lines read up to 7% apart; a line set at the body size from OCR's whole points is read as
# larger where its letters measure ROW_HEADING_STEP times the body's or more: a heading a size or two up.
ROW_REFERENCE_CHARS = 500
# A line OCR's whole points set at the body size (within OCR_SIZE_JITTER) whose row measures more
# than ROW_MOST times the body's is not what the text layer wrote there (a mark, a stamp): left as it is.
ROW_MOST = 1.6
ROW_TRIM = 0.12
ROW_HEADING_STEP = 1.12
# Raised sizes within this share of a more common one are that one: a heading style measured a pixel apart.
ROW_SIZE_JITTER = 0.05


def restore_typography(layout: Layout, pdf: Path, pages: tuple[int, ...],
                       rows: dict[int, list[OcrLine]] | None = None) -> Layout:
    """Give the lines of OCR'd pages the font size and weight the parser reads headings by.

    Tesseract's text layer sizes each line by the height of its letters (a point more or
    less with ascenders and descenders) and knows no bold. Here, per OCR'd page: sizes within
    OCR_SIZE_JITTER of the page's most common size are that size; all sizes are scaled so the
    body size is the line pitch / TYPICAL_LINE_SPACING (what the typesetter used), each line
    reaching up from its baseline by its size; a line whose strokes are OCR_BOLD_STROKE_RATIO
    times as wide as those of the page's body lines is bold. Last, sizes within OCR_SIZE_JITTER of the
    document's body size are that size: pages measured a point apart are set alike; and a line at the
    body size whose letters Tesseract's row metrics (`rows`: page -> its hOCR lines) measure larger
    than the body's is set larger (_raised_by_row_metrics).
    """
    lines = list(layout.lines)
    document = pdfium.PdfDocument(str(pdf))
    try:
        heights = {page: document[page - 1].get_size()[1] for page in pages}
        kept = _drop_running_margins(lines, heights)
        running_head = layout.running_head + _dropped_from_first_top(lines, kept, heights)
        lines = _drop_repeated_page_heads(kept, heights)
        on_page = {page: [i for i, line in enumerate(lines) if line.page == page] for page in pages}
        on_page = {page: at for page, at in on_page.items() if at}
        strokes: dict[int, list[float]] = {}
        for page, at in on_page.items():
            image = document[page - 1].render(scale=OCR_INK_DPI / 72, grayscale=True).to_pil().convert("L")
            strokes[page] = [_stroke_width(lines[i], image) for i in at]
            for i in at:
                if _underlined(lines[i], image):
                    lines[i] = replace(lines[i], bold=True)  # kept bold by _page_typography
        # A page of a heading or two, or all in bold, has no body lines of its own to tell bold by.
        document_stroke = _regular_stroke([pair for page, at in on_page.items()
                                           for pair in _body_strokes([lines[i] for i in at], strokes[page])])
        document_body = _document_body({page: [lines[i] for i in at] for page, at in on_page.items()})
        for page, at in on_page.items():
            for i, line in zip(at, _page_typography([lines[i] for i in at], strokes[page], document_stroke,
                                                    document_body), strict=True):
                lines[i] = line
    finally:
        document.close()
    restored = replace(layout, lines=lines, running_head=running_head)
    snapped = _snap_to_body(restored.lines, restored.body_size, set(pages))
    return replace(restored, lines=_raised_by_row_metrics(snapped, restored.body_size, rows or {}))


def _raised_by_row_metrics(lines: list[Line], body: float, rows: dict[int, list[OcrLine]]) -> list[Line]:
    """OCR'd lines set at the body size whose letters Tesseract measured ROW_HEADING_STEP times the
    body's or more are set that much larger (the sizes of a style, a pixel apart, as one)."""
    measured = {i: (line, row) for i, line in enumerate(lines) if line.ocr and line.size == body
                and (row := _row_of(line, rows.get(line.page, []))) is not None}
    document = _row_reference(list(measured.values()))
    if document is None:
        return lines
    references = {}
    for page in {line.page for line, _ in measured.values()}:
        own = [(line, row) for line, row in measured.values() if line.page == page]
        references[page] = _row_reference(own) if sum(len(line.text) for line, _ in own) >= ROW_REFERENCE_CHARS \
            else document
    ratios: dict[int, float] = {}
    for i, (line, row) in measured.items():
        x_height, ascender = references.get(line.page) or document
        ratios[i] = (row.x_height / x_height + (row.x_height + row.ascenders) / ascender) / 2
    raised = {i: round(body * ratio, 1) for i, ratio in ratios.items() if ROW_HEADING_STEP <= ratio <= ROW_MOST}
    raised = _series_alike(raised, {i: lines[i] for i in ratios})
    sizes = _one_size_each(list(raised.values()))
    sized = list(lines)
    for i, size in raised.items():
        sized[i] = replace(lines[i], size=sizes[size], top=lines[i].bottom - sizes[size])
    return sized


def _series_alike(raised: dict[int, float], candidates: dict[int, Line]) -> dict[int, float]:
    """Lines that open with an outline number or a time of day, in one weight, are a series set
    alike, ranked by their numbers: raised all (at the median of the raised ones' sizes) where most
    of the series measured larger, else none (one item measured a pixel up is no heading of its own)."""
    series: dict[tuple[str, bool], list[int]] = {}
    for i, line in candidates.items():
        opening = _series_opening(line.text)
        if opening:
            series.setdefault((opening, line.bold), []).append(i)
    kept = dict(raised)
    for members in series.values():
        up = [raised[i] for i in members if i in raised]
        for i in members:
            kept.pop(i, None)
            if 2 * len(up) > len(members):
                kept[i] = statistics.median(up)
    return kept


def _series_opening(text: str) -> str | None:
    """The kind of outline number or time of day a line opens with ("decimal", "time"), if any."""
    if TIME_PREFIX.match(text) or TIME_OF_DAY.match(text):
        return "time"
    numbering = numbering_of(text)
    return numbering[0] if numbering else None


def _row_reference(measured: list[tuple[Line, OcrLine]]) -> tuple[float, float] | None:
    """The x-height and ascender line of the characters of `measured` lines; None with none."""
    x_height = _trimmed_mean([(row.x_height, len(line.text)) for line, row in measured])
    ascender = _trimmed_mean([(row.x_height + row.ascenders, len(line.text)) for line, row in measured])
    return (x_height, ascender) if x_height > 0 and ascender > 0 else None


def _trimmed_mean(values: list[tuple[float, int]]) -> float:
    """The mean of (value, weight) pairs within ROW_TRIM of their weighted median: Tesseract measures
    in whole pixels, so the median of body lines jumps a pixel (6%) where they read 16 and 17 alike."""
    median = _weighted_median(values)
    kept = [(value, weight) for value, weight in values if abs(value - median) <= ROW_TRIM * median]
    total = sum(weight for _, weight in kept)
    return sum(value * weight for value, weight in kept) / total if total else 0.0


def _row_of(line: Line, rows: list[OcrLine]) -> OcrLine | None:
    """Tesseract's line that a line of the text layer was written from: of those over half its
    height, the one across most of its width, at least half of it (a line of the text layer may join
    two of Tesseract's, a stamp's letters beside a line's end: the line's own letters are measured)."""
    best, most = None, 0.5 * (line.x1 - line.x0)
    for row in rows:
        x0, top, x1, bottom = row.box
        down = min(line.bottom, bottom) - max(line.top, top)
        across = min(line.x1, x1) - max(line.x0, x0)
        if down > 0.5 * min(line.bottom - line.top, bottom - top) and across >= most:
            best, most = row, across
    return best


def _one_size_each(sizes: list[float]) -> dict[float, float]:
    """Sizes within ROW_SIZE_JITTER of a more common one are that one (the most common first): the
    lines of one heading style, measured a pixel apart, are one size, and sizes do not chain."""
    common: dict[float, float] = {}
    for size, _ in Counter(sizes).most_common():
        common[size] = next((centre for centre in dict.fromkeys(common.values())
                             if abs(size - centre) <= ROW_SIZE_JITTER * centre), size)
    return common


def _snap_to_body(lines: list[Line], body: float, pages: set[int]) -> list[Line]:
    """OCR'd lines whose size is within OCR_SIZE_JITTER of the document's body size get that size."""
    return [replace(line, size=body, top=line.bottom - body)
            if line.page in pages and line.size != body and abs(line.size - body) <= OCR_SIZE_JITTER * body
            else line for line in lines]


def _drop_running_margins(lines: list[Line], heights: dict[int, float]) -> list[Line]:
    """Running headers and footers of OCR'd pages: extraction drops those that repeat exactly,
    but OCR reads them a little differently on each page ("5th", "Sth"). Drop the margin lines
    that nearly repeat on another OCR'd page; and the lines of a footer set higher, in the bottom
    PAGE_FOOT_SHARE in type smaller than the page's text, that nearly repeat at the same height (not the
    page's own text: "Motion carried" may close two pages at one height)."""
    bodies = {page: _ocr_body(on_page) for page in heights if (on_page := [x for x in lines if x.page == page])}

    def place(line: Line) -> tuple[bool, bool, float] | None:
        """(in the margin proper, set small, height on the page) of a line in the margin or the foot; None
        elsewhere."""
        height = heights.get(line.page)
        if height is None or line.cell is not None:
            return None
        margin = line.bottom < height * DEFAULT_MARGIN_SHARE or line.top > height * (1 - DEFAULT_MARGIN_SHARE)
        foot = line.top > height * (1 - PAGE_FOOT_SHARE)
        small = line.size < (1 - OCR_SIZE_JITTER) * bodies[line.page]
        return (margin, small, line.top / height) if margin or foot else None

    edges = [(i, line.page, line.text.lower(), *where) for i, line in enumerate(lines)
             if (where := place(line)) is not None]

    def repeats_on(page: int, text: str, margin: bool, at: float, numbered: bool = False) -> set[int]:
        """The other pages the line repeats on: among margin and small foot lines, or, `numbered`, among the foot's
        lines of any size that differ from it only in their page number."""
        return {other_page for _, other_page, other, other_margin, other_small, other_at in edges
                if page != other_page and (numbered or other_margin or other_small)
                and (margin or abs(at - other_at) <= PAGE_HEAD_SLACK)
                and SequenceMatcher(None, text, other).ratio() >= OCR_MARGIN_SIMILARITY
                and (not numbered or text != other and _page_numbered(text) == _page_numbered(other))}

    running = {
        i for i, page, text, margin, small, at in edges
        if (margin or small) and repeats_on(page, text, margin, at)
        or len(repeats_on(page, text, margin, at, numbered=True)) >= FOOT_ANY_SIZE_OTHER_PAGES
    }
    return [line for i, line in enumerate(lines) if i not in running]


def _page_numbered(text: str) -> str | None:
    """A footer's text with its page number blanked ("deborah camp 2" -> "deborah camp #"); None without a number."""
    return _margin_key(text) if re.search(r"\d", text) else None


def _dropped_from_first_top(lines: list[Line], kept: list[Line], heights: dict[int, float]) -> list[str]:
    """The text of the lines dropped from the top margin of the first page, when OCR read it (Layout.running_head)."""
    if 1 not in heights:
        return []
    left = {id(line) for line in kept}
    return [line.text for line in lines if line.page == 1 and id(line) not in left
            and line.bottom < heights[1] * DEFAULT_MARGIN_SHARE]


def _drop_repeated_page_heads(lines: list[Line], heights: dict[int, float]) -> list[Line]:
    """A table's header cells and a form's head, printed at the top of every scanned page: lines in
    the top PAGE_HEAD_SHARE of a page that nearly repeat (OCR_MARGIN_SIMILARITY) at the same height
    (within PAGE_HEAD_SLACK of the page) on an earlier OCR'd page. The first stays: it may be the
    title or the date; the repeats would come back as sections. A repeat OCR read only in part (some
    of the earlier head's words in a row: "ACTION" under "ACTION AUTHORIZED BY BOARD", or "Gütersloh
    e.V." once the logo's noise and a doubted word are out of "Makerspace Gütersloh e.V. —— sr 1") is
    one too, if set where those words stand in the head (not "School District" at the left margin,
    the end of a wrapped heading, at the height of a title centred on "... UNIFIED SCHOOL
    DISTRICT"). A numbered line is an item, not a page's head ("1 Anwesende Mitglieder" on a contents
    page, then its heading at that height on the next page)."""
    seen: list[tuple[int, float, Line]] = []
    kept = []
    for line in sorted(lines, key=lambda line: line.page):
        height = heights.get(line.page)
        if height is None or line.top > height * PAGE_HEAD_SHARE or sum(char.isalpha() for char in line.text) < 4:
            kept.append(line)
            continue
        at = line.top / height
        if numbering_of(line.text) or not any(page != line.page and abs(top - at) <= PAGE_HEAD_SLACK
                                              and _repeats(line, head) for page, top, head in seen):
            kept.append(line)
        seen.append((line.page, at, line))
    order = {id(line): i for i, line in enumerate(lines)}
    return sorted(kept, key=lambda line: order[id(line)])


def _repeats(line: Line, head: Line) -> bool:
    """Whether a line is `head` read again: nearly the same, or some of its words in a row, set
    where they stand in the head (their share of its characters before them, across its width,
    within PAGE_HEAD_PART_SLACK of that width)."""
    text, other = line.text.lower(), head.text.lower()
    if SequenceMatcher(None, text, other).ratio() >= OCR_MARGIN_SIMILARITY:
        return True
    part = f" {other} ".find(f" {text} ")
    if part < 0:
        return False
    width = head.x1 - head.x0
    return abs(line.x0 - (head.x0 + width * part / len(other))) <= PAGE_HEAD_PART_SLACK * width


def _body_strokes(lines: list[Line], strokes: list[float]) -> list[tuple[float, int]]:
    """(stroke, characters) of a page's lines at its most common OCR size."""
    ocr_body = _ocr_body(lines)
    return [(stroke, len(line.text)) for line, stroke in zip(lines, strokes, strict=True)
            if abs(line.size - ocr_body) <= OCR_SIZE_JITTER * ocr_body]


def _ocr_body(lines: list[Line]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0]


def _pitches(lines: list[Line], ocr_body: float) -> list[tuple[float, int]]:
    """(pitch, characters of the two lines) of lines in a row of running text, or of one table cell (a page may be
    all table)."""
    return [(b.bottom - a.bottom, len(a.text) + len(b.text)) for a, b in zip(lines, lines[1:], strict=False)
            if a.cell == b.cell and 0.8 * ocr_body < b.bottom - a.bottom < 2.2 * ocr_body]


def _document_body(pages: dict[int, list[Line]]) -> tuple[float, float] | None:
    """(OCR's body size, the body size told by the line pitch) of the document's OCR'd pages taken together: type
    that OCR measures alike on every page is one size, though a page of list entries set apart or of short
    paragraphs shows a wider pitch than its neighbours."""
    bodies = {page: _ocr_body(lines) for page, lines in pages.items() if lines}
    if len(bodies) < 2:
        return None
    ocr_body = _weighted_median([(bodies[page], sum(len(line.text) for line in pages[page])) for page in bodies])
    pitches = [pitch for page, body in bodies.items() if abs(body - ocr_body) <= OCR_SIZE_JITTER * ocr_body
               for pitch in _pitches(pages[page], body)]
    return (ocr_body, _paragraph_pitch(pitches) / TYPICAL_LINE_SPACING) if len(pitches) >= 3 else None


def _page_typography(lines: list[Line], strokes: list[float], document_stroke: float = 0.0,
                     document_body: tuple[float, float] | None = None) -> list[Line]:
    """A page's lines sized by its line pitch (the document's, `document_body`, where OCR measures its type as the
    document's) and told bold by their strokes (_stroke_width on the page image): against the page's body lines',
    or `document_stroke` where the page has fewer than PAGE_BODY_CHARS characters at its body size."""
    ocr_body = _ocr_body(lines)
    pitches = _pitches(lines, ocr_body)
    body = _paragraph_pitch(pitches) / TYPICAL_LINE_SPACING if len(pitches) >= 3 else ocr_body
    if document_body is not None and abs(ocr_body - document_body[0]) <= OCR_SIZE_JITTER * document_body[0]:
        body = document_body[1]
    body_strokes = _body_strokes(lines, strokes)
    body_stroke = _regular_stroke(body_strokes)
    if document_stroke > 0 and (sum(weight for _, weight in body_strokes) < PAGE_BODY_CHARS
                                or body_stroke >= OCR_BOLD_STROKE_RATIO * document_stroke):
        body_stroke = document_stroke
    restored = []
    for line, stroke in zip(lines, strokes, strict=True):
        size = body if abs(line.size - ocr_body) <= OCR_SIZE_JITTER * ocr_body else line.size * body / ocr_body
        size = round(size, 1)
        bold = line.bold or body_stroke > 0 and stroke >= OCR_BOLD_STROKE_RATIO * body_stroke
        restored.append(_as_list_item(replace(line, size=size, top=line.bottom - size, bold=bold, ocr=True)))
    return restored


def _regular_stroke(strokes: list[tuple[float, int]]) -> float:
    """The stroke of the regular type among (stroke, characters) of lines: their weighted median, or that of the thinner
    of two groups where bold outweighs the regular (REGULAR_MIN_SHARE). The groups are split where they are most apart
    (the split of the sorted strokes with the largest spread between the groups' means, as Otsu's threshold)."""
    median = _weighted_median(strokes)
    ordered = sorted(stroke for stroke in strokes if stroke[0] > 0)
    total = sum(weight for _, weight in ordered)
    best, split = 0.0, 0
    below = below_sum = 0.0
    whole_sum = sum(stroke * weight for stroke, weight in ordered)
    for k in range(1, len(ordered)):
        below += ordered[k - 1][1]
        below_sum += ordered[k - 1][0] * ordered[k - 1][1]
        above = total - below
        spread = below * above * (below_sum / below - (whole_sum - below_sum) / above) ** 2
        if spread > best:
            best, split = spread, k
    if not split:
        return median
    thin, thick = _weighted_median(ordered[:split]), _weighted_median(ordered[split:])
    thin_share = sum(weight for _, weight in ordered[:split]) / total
    if REGULAR_MIN_SHARE <= thin_share < 0.5 and thick >= OCR_BOLD_STROKE_RATIO * thin:
        return thin
    return median


def _weighted_median(values: list[tuple[float, int]]) -> float:
    """The median of (value, weight) pairs: the stroke of the page's text is that of most of its
    characters, not of most of its lines (a column of short field lines, "MOTION BY: Garcia", with
    their labels in bold, outnumbers the lines of the paragraphs). 0 with none."""
    total, seen = sum(weight for _, weight in values), 0
    for value, weight in sorted(values):
        seen += weight
        if seen * 2 >= total:
            return value
    return 0.0


def _paragraph_pitch(pitches: list[tuple[float, int]]) -> float:
    """The pitch of lines within a paragraph, from (pitch, characters of the two lines): the most
    common one (to half a point) among the narrowest (up to PITCH_CLUSTER times the lower
    quartile), not the wider steps between paragraphs and list items, which may be as many.
    Weighted by characters: the short lines of words in a picture are spaced as they come."""
    ordered = sorted(pitches)
    total, seen = sum(weight for _, weight in ordered), 0
    quartile = ordered[-1][0]
    for pitch, weight in ordered:
        seen += weight
        if seen >= total / 4:
            quartile = pitch
            break
    steps: Counter[float] = Counter()
    for pitch, weight in ordered:
        if pitch <= quartile * PITCH_CLUSTER:
            steps[round(pitch * 2) / 2] += weight
    common = steps.most_common(1)[0][0]
    return statistics.median(pitch for pitch, _ in ordered if round(pitch * 2) / 2 == common)


def _as_list_item(line: Line) -> Line:
    """ "+ Yes, always - 14": a bullet as Tesseract reads it is the line's bullet again."""
    mark, _, rest = line.text.partition(" ")
    if line.bullet or not rest or not (mark in OCR_BULLET_MISREADS or _stray_letter(mark, rest)):
        return line
    return replace(line, bullet="•", text=rest)


def _stray_letter(mark: str, rest: str) -> bool:
    """ "ម Yes": a lone letter of another script before Latin text is an arrow or a tick that
    Tesseract read as a letter of one of its languages (Khmer, with eng+khm)."""
    return (len(mark) <= 2 and _is_latin_letter(rest[0])
            and all(unicodedata.category(char)[0] in "LM" and not _is_latin_letter(char) for char in mark))


def _is_latin_letter(char: str) -> bool:
    return char.isalpha() and "LATIN" in unicodedata.name(char, "")


def _underlined(line: Line, image: Image.Image) -> bool:
    """A rule runs under the whole line, just below its baseline (OCR_UNDERLINE_BAND), and the line reads as
    a heading: a few words, no stop after them."""
    if len(line.text.split()) > OCR_UNDERLINED_HEADING_MAX_WORDS or line.text.rstrip().endswith((".", ",", ";")):
        return False
    scale = OCR_INK_DPI / 72
    top, bottom = (line.bottom + share * line.size for share in OCR_UNDERLINE_BAND)
    box = (int(line.x0 * scale), int(top * scale), int(line.x1 * scale) + 1, int(bottom * scale) + 1)
    if box[2] - box[0] < 2 or box[3] - box[1] < 2:
        return False
    dark = numpy.asarray(image.crop(box)) < OCR_UNDERLINE_DARKNESS
    return bool(((dark[:-1] | dark[1:]).mean(axis=1) >= OCR_UNDERLINE_SHARE).any())  # a rule may step a row


def _stroke_width(line: Line, image: Image.Image) -> float:
    """The mean width, in pixels, of the runs of dark pixels across the line's box on the page image."""
    scale = OCR_INK_DPI / 72
    box = (int(line.x0 * scale), int(line.top * scale), int(line.x1 * scale) + 1, int(line.bottom * scale) + 1)
    if box[2] <= box[0] or box[3] <= box[1]:
        return 0.0
    dark = numpy.asarray(image.crop(box)) < OCR_INK_DARKNESS
    runs = int((numpy.diff(dark.astype(numpy.int8), axis=1) == 1).sum() + dark[:, 0].sum())
    return float(dark.sum()) / runs if runs else 0.0
