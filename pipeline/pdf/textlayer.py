"""Judge each page's text layer: readable, or a page to read with OCR (a scan, or garbage text);
mend what OCR runs together, and roman numbers it reads with look-alikes.

A PDF's text layer can be missing (a scan), or decode to garbage: unmapped glyphs that
pdfminer prints as `(cid:12)`, glyph names (`/G74/G97`), replacement or private-use
characters (Khmer that lost its shaping), or text that is mostly not words of the expected
scripts. Pages are judged one by one, so a report with one scanned annex has just that page
read with OCR. Every threshold is data in pipeline/rules/pdf.py.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.numerals import roman, roman_value
from pipeline.rules import (
    AGENDA_ITEM_LABELS,
    GARBAGE_CHARS_PATTERNS,
    GARBAGE_MAX_SHARE,
    GLYPH_NAME_PATTERN,
    INVISIBLE_TEXT_RENDER_MODE,
    JUDGE_MIN_TEXT_CHARS,
    LANGUAGE_SCRIPTS,
    OCR_ITEM_STOP_SHAPES,
    OCR_LAYER_REDONE,
    OCR_ROMAN_I_LOOKALIKES,
    OCR_ROMAN_I_SHAPES,
    OUTLINE_TEXT_MIN_CURVES,
    SCAN_MAX_TEXT_CHARS,
    SCAN_MIN_IMAGE_SHARE,
    SCAN_MIN_IMAGE_SHARE_NO_TEXT,
    SCAN_MIN_IMAGE_WIDTH_NO_TEXT,
    SCRIPT_LETTERS,
    WORDS_MIN_SHARE,
)
from pipeline.rules.patterns import words_re

if TYPE_CHECKING:  # pipeline.pdf.extract imports this module
    from pipeline.pdf.extract import Layout, Line

_GARBAGE_CHARS = re.compile("|".join(GARBAGE_CHARS_PATTERNS))
_GLYPH_NAMES = re.compile(f"(?:{GLYPH_NAME_PATTERN})+")
# (with Chinese and Japanese text's full-width marks: "一、時間：", "（一）", "「」")
_PUNCTUATION = string.punctuation + "“”‘’–—•·…«»©®°§¶" + "、。，：；！？（）「」『』【】《》〈〉・～〔〕＂＇"


@dataclass(frozen=True)
class PageSample:
    """What a page's text layer holds, as pdfplumber reads it (words before any cleaning)."""

    page: int  # 1-based
    words: tuple[str, ...]
    image_share: float  # share of the page's area covered by images (0..1)
    widest_image: float = 0.0  # share of the page's width its widest image spans (0..1)
    curves: int = 0  # curves drawn on a page with no text (its letters may be outlines); 0 where it has text


def page_sample(page_no: int, words: list[dict], page) -> PageSample:
    """The sample of one pdfplumber page, from the words extraction already read."""
    curves = 0 if words else len(page.curves)  # counted only where they may be the text
    return PageSample(page_no, tuple(word["text"] for word in words), _image_share(page), _widest_image(page), curves)


def _widest_image(page) -> float:
    width = float(page.width)
    if width <= 0:
        return 0.0
    spans = [min(float(image["x1"]), width) - max(float(image["x0"]), 0.0) for image in page.images]
    return min(max(spans, default=0.0) / width, 1.0)


def _image_share(page) -> float:
    area = float(page.width) * float(page.height)
    if area <= 0:
        return 0.0
    covered = 0.0
    for image in page.images:
        width = min(float(image["x1"]), float(page.width)) - max(float(image["x0"]), 0.0)
        height = min(float(image["bottom"]), float(page.height)) - max(float(image["top"]), 0.0)
        covered += max(width, 0.0) * max(height, 0.0)
    return min(covered / area, 1.0)


def letter_class(languages: str) -> re.Pattern[str] | None:
    """A pattern of one letter of the scripts `languages` ("eng+khm") are written in; None: any letter."""
    scripts = {LANGUAGE_SCRIPTS.get(code) for code in languages.split("+") if code}
    if not scripts or None in scripts:
        return None  # a language we know no script for: any letter counts
    return re.compile("[" + "".join(SCRIPT_LETTERS[script] for script in sorted(scripts)) + "]")


def _is_letter(char: str, letters: re.Pattern[str] | None) -> bool:
    return bool(letters.match(char)) if letters else char.isalpha()


def _is_word(token: str, letters: re.Pattern[str] | None) -> bool:
    """Letters of the expected scripts and digits, with punctuation between them."""
    core = token.strip(_PUNCTUATION)
    return bool(core) and all(
        _is_letter(char, letters) or char.isdigit() or char in _PUNCTUATION for char in core
    )


def judge_page(sample: PageSample, languages: str) -> str | None:
    """Why this page needs OCR ("no text layer", "garbled text layer ..."), or None if it reads fine."""
    text_chars = sum(len(word) for word in sample.words)
    if text_chars < SCAN_MAX_TEXT_CHARS and sample.image_share >= SCAN_MIN_IMAGE_SHARE:
        return "no text layer"
    if not text_chars and sample.image_share >= SCAN_MIN_IMAGE_SHARE_NO_TEXT \
            and sample.widest_image >= SCAN_MIN_IMAGE_WIDTH_NO_TEXT:
        return "no text layer"
    if not text_chars and sample.curves >= OUTLINE_TEXT_MIN_CURVES:
        return f"text drawn as outlines ({sample.curves} curves, no text)"
    if not text_chars:
        return None  # a blank page
    garbage = word_chars = 0
    letters = letter_class(languages)
    for token in sample.words:
        if _GLYPH_NAMES.fullmatch(token):
            garbage += len(token)
            continue
        rest = _GARBAGE_CHARS.sub("", token)
        garbage += len(token) - len(rest)
        if rest and _is_word(rest, letters):
            word_chars += len(rest)
    if garbage >= GARBAGE_MAX_SHARE * text_chars and garbage >= SCAN_MAX_TEXT_CHARS:
        return f"garbled text layer ({garbage / text_chars:.0%} unmapped glyphs)"
    if text_chars >= JUDGE_MIN_TEXT_CHARS and word_chars < WORDS_MIN_SHARE * text_chars:
        return f"text layer is not words ({word_chars / text_chars:.0%} words of {languages})"
    return None


def pages_needing_ocr(samples: list[PageSample], languages: str, source: Path | None = None) -> dict[int, str]:
    """Page number -> why it needs OCR, for every page that does. A page pdfplumber reads as blank (no text, no
    image) is looked at again with pdfium in `source`: pdfminer misses some pages' scans (a photocopied annex of
    a scanned file), which pdfium renders. A scan whose text is another program's OCR layer is read again
    (OCR_LAYER_REDONE; parse reads the layer as it is where OCR cannot run)."""
    verdicts = {sample.page: judge_page(sample, languages) for sample in samples}
    blank = [sample.page for sample in samples if not sample.words and not sample.image_share and not sample.curves]
    layered = [sample.page for sample in samples
               if sample.words and sample.image_share >= SCAN_MIN_IMAGE_SHARE and verdicts[sample.page] is None]
    if source is not None and (blank or layered):
        scanned, invisible = _scans_and_invisible_text(source, blank + layered)
        for page in blank:
            if page in scanned:
                verdicts[page] = "no text layer (its scan found by pdfium)"
        for page in layered:
            if page in invisible:
                verdicts[page] = OCR_LAYER_REDONE
    return {page: reason for page, reason in verdicts.items() if reason}


def _scans_and_invisible_text(source: Path, pages: list[int]) -> tuple[set[int], set[int]]:
    """Those of `pages` that pdfium finds an image on, covering SCAN_MIN_IMAGE_SHARE of the page; and those whose
    text is all invisible (INVISIBLE_TEXT_RENDER_MODE)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    scanned: set[int] = set()
    invisible: set[int] = set()
    try:
        document = pdfium.PdfDocument(str(source))
    except (pdfium.PdfiumError, OSError, ValueError):
        return scanned, invisible  # (what pdfplumber read stands)
    try:
        for page_no in pages:
            page = document[page_no - 1]
            width, height = page.get_size()
            covered, modes = 0.0, set()
            for obj in page.get_objects(max_depth=2):
                if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                    left, bottom, right, top = obj.get_bounds()
                    across, down = min(right, width) - max(left, 0.0), min(top, height) - max(bottom, 0.0)
                    covered += max(0.0, across) * max(0.0, down)
                elif obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
                    modes.add(pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw))
            if width * height and covered / (width * height) >= SCAN_MIN_IMAGE_SHARE:
                scanned.add(page_no)
            if modes == {INVISIBLE_TEXT_RENDER_MODE}:
                invisible.add(page_no)
            page.close()
    except (pdfium.PdfiumError, IndexError, ValueError):
        pass
    finally:
        document.close()
    return scanned, invisible


# -- words OCR ran together ---------------------------------------------------------------------

RUN_TOGETHER_MIN_LETTERS = 6  # a word in capitals at least this long may be words OCR ran together
RUN_TOGETHER_MAX_WORDS = 4  # ... of at most this many words
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CAPS_RUN = re.compile(rf"(?<![\w'’])[^\W\d_a-zß-ÿ]{{{RUN_TOGETHER_MIN_LETTERS},}}(?![\w'’])")


def split_run_together(layout: Layout, pages: tuple[int, ...] | list[int]) -> Layout:
    """On OCR'd pages, a word in capitals that the document writes elsewhere as separate words in the
    same order ("UNIFIEDSCHOOLDISTRICT", "Unified School District" in the text) is those words: OCR
    lost the narrow spaces of a letterhead set in small capitals. Only the document's own words
    split it, so a real word ("OVERVIEW") is never cut."""
    pages = set(pages)
    if not pages:
        return layout
    apart = _words_apart(layout.lines)
    lines = [_split_line(line, apart) if line.page in pages else line for line in layout.lines]
    return replace(layout, lines=lines)


def _words_apart(lines: list[Line]) -> dict[str, str]:
    """Runs of 2 to RUN_TOGETHER_MAX_WORDS consecutive words of the document, keyed by their letters
    run together in lower case: {"sandiego": "San Diego"}; a run that the document also writes as
    one word is no key."""
    singles: set[str] = set()
    runs: dict[str, str] = {}
    for line in lines:
        words = _WORD.findall(line.text)
        # words written otherwise than as a long run of capitals ("SawyerKnoll" keeps "SAWYERKNOLL" whole)
        singles.update(word.lower() for word in words if not _CAPS_RUN.fullmatch(word))
        for n in range(2, RUN_TOGETHER_MAX_WORDS + 1):
            for i in range(len(words) - n + 1):
                runs.setdefault("".join(words[i:i + n]).lower(), " ".join(words[i:i + n]))
    return {key: value for key, value in runs.items() if key not in singles or not key.isalpha()}


def _split_line(line: Line, apart: dict[str, str]) -> Line:
    def split(match: re.Match) -> str:
        spaced = apart.get(match.group().lower())
        return spaced.upper() if spaced else match.group()

    text = _CAPS_RUN.sub(split, line.text)
    return line if text == line.text else replace(line, text=text)


# -- roman numbers read with look-alikes ----------------------------------------------------------

_LOOKALIKE = re.escape(OCR_ROMAN_I_LOOKALIKES)
# A line that opens with 2-5 characters of a roman number, at least one of them a look-alike and one
# a true numeral, then a full stop and a capital, or the number alone on its line: "Il. CLOSED
# SESSION", "Vl. ADJOURNMENT", "Il." (its heading read as a line of its own, in another size).
_ROMAN_WITH_LOOKALIKES = re.compile(rf"^(?=[IVX{_LOOKALIKE}]*[{_LOOKALIKE}])(?=[IVX{_LOOKALIKE}]*[IVX])"
                                    rf"[IVX{_LOOKALIKE}]{{2,5}}(?=\.\s+[A-Z]|\.\s*$)")


def mend_roman_numbers(layout: Layout, pages: tuple[int, ...] | list[int]) -> Layout:
    """On OCR'd pages, a heading's roman number read with an l, 1 or | for an I ("Il.") is
    written with the I; a number with no true numeral in it ("ll.", "11.") is left as read."""
    pages = set(pages)

    def mended(line: Line) -> Line:
        if line.page not in pages:
            return line
        text = _ROMAN_WITH_LOOKALIKES.sub(lambda m: re.sub(f"[{_LOOKALIKE}]", "I", m.group()), line.text)
        return line if text == line.text else replace(line, text=text)

    lines = mend_roman_outline([mended(line) for line in layout.lines], pages)
    return replace(layout, lines=mend_outline_start(lines, pages))


# A heading numbered in roman: "IV. ADJOURNMENT" (the number, a full stop, a word in capitals).
_ROMAN_HEADING = re.compile(r"^(X{0,3}(?:IX|IV|V?I{0,3}))\.\s+[A-Z][A-Z'’]+\b")
# A number OCR read with no true numeral left, before a word in capitals: "Til. SWEARING", "L OPEN".
# Without the full stop only one letter ("L OPEN SESSION"): "It WAS MOVED" is a word.
_SHAPES = re.escape(OCR_ROMAN_I_SHAPES)
_NUMBER_READ_AS_LETTERS = re.compile(rf"^([{_SHAPES}VX]{{1,4}}(?=\.)|[{_SHAPES}])\.?\s+(?=[A-Z][A-Z'’]+\b)")


def mend_roman_outline(lines: list[Line], pages: set[int]) -> list[Line]:
    """On OCR'd pages, a heading whose roman number OCR read as letters ("Til. SWEARING IN
    CEREMONY" between "II. PLEDGE" and "IV. ADJOURNMENT") gets the number the roman headings
    around it leave: the one before is N-1 and the one after N+1 (at the outline's start, the one
    after is II; at its end, the one before at least II); its letters must be that number with
    I-shaped letters (OCR_ROMAN_I_SHAPES) for its I's. Nowhere else is a word taken for a number."""
    numbered = [(i, roman_value(match.group(1))) for i, line in enumerate(lines)
                if line.page in pages and (match := _ROMAN_HEADING.match(line.text)) and match.group(1)]
    mended = list(lines)
    for i, line in enumerate(lines):
        match = _NUMBER_READ_AS_LETTERS.match(line.text) if line.page in pages else None
        if match is None or _ROMAN_HEADING.match(line.text):
            continue
        before = next((value for at, value in reversed(numbered) if at < i), None)
        after = next((value for at, value in numbered if at > i), None)
        number = _number_between(before, after)
        if number and _reads_as(match.group(1), roman(number)):
            mended[i] = replace(line, text=f"{roman(number)}. {line.text[match.end():]}")
    return mended


# Any number of an outline at the start of a line ("IV.", "B.", "12.", "c)").
_OUTLINE_NUMBER = re.compile(r"^(?:[IVX]{1,5}|[A-Za-z]|\d{1,2})[.)]\s")


def mend_outline_start(lines: list[Line], pages: set[int]) -> list[Line]:
    """On OCR'd pages, the outline's first heading whose "I." OCR read as one I-shaped letter ("L OPEN
    SESSION", "l. OPEN SESSION"), no outline number before it and "A." the next one after: the first
    roman heading, whose first item is A."""
    mended = list(lines)
    for i, line in enumerate(lines):
        if line.page not in pages:
            continue
        match = _NUMBER_READ_AS_LETTERS.match(line.text)
        if match is None or _ROMAN_HEADING.match(line.text) or not _reads_as(match.group(1), "I"):
            if _OUTLINE_NUMBER.match(line.text):
                return mended  # the outline began
            continue
        after = next((other.text for other in lines[i + 1:] if _OUTLINE_NUMBER.match(other.text)), "")
        if after.startswith("A. "):
            mended[i] = replace(line, text=f"I. {line.text[match.end():]}")
        return mended
    return mended


def _number_between(before: int | None, after: int | None) -> int | None:
    if before is not None and after is not None:
        return before + 1 if after == before + 2 else None
    if after is not None:
        return 1 if after == 2 else None
    if before is not None:
        return before + 1 if before >= 2 else None
    return None


def _reads_as(letters: str, numeral: str) -> bool:
    """Whether OCR's letters are the numeral with I-shaped letters for its I's, one for one."""
    pairs = zip(letters, numeral, strict=False)
    return len(letters) == len(numeral) and all(
        read == true or (true == "I" and read in OCR_ROMAN_I_SHAPES) for read, true in pairs)



# An item lettered in capitals: "B. *Draft Minutes ..." (the letter, its full stop, the item's text)
_LETTERED_ITEM = re.compile(r"^([A-Z])\.\s+\S")
# The letter with its stop misread: "Cz *Library ...", "Dz. *Financial ..."
_LETTER_STOP_MISREAD = re.compile(rf"^([A-Z])[{re.escape(OCR_ITEM_STOP_SHAPES)}]\.?\s+(?=\S)")
LETTER_ALIGN_POINTS = 6.0  # the items of one list start at the same left edge, within this


def mend_item_letters(layout: Layout, pages: tuple[int, ...] | list[int]) -> Layout:
    """On OCR'd pages, an item's letter whose full stop OCR read as a letter or mark ("Cz *Library
    Services Report" between "B. *Draft Minutes" and "Dz. *Financial Report", "E. *Bills") is written with
    its stop, when it is the letter after the item lettered last at the same left edge (a mended one
    counts): nowhere else is a word ("Oz", "Iz") taken for an item's letter."""
    pages = set(pages)
    lines = list(layout.lines)
    last: tuple[str, float] | None = None  # the last item's letter and left edge
    for i, line in enumerate(lines):
        if line.page not in pages:
            continue
        if (found := _LETTERED_ITEM.match(line.text)) is not None:
            last = (found.group(1), line.x0)
            continue
        misread = _LETTER_STOP_MISREAD.match(line.text)
        if misread is None or last is None or abs(line.x0 - last[1]) > LETTER_ALIGN_POINTS \
                or ord(misread.group(1)) != ord(last[0]) + 1:
            continue
        lines[i] = replace(line, text=f"{misread.group(1)}. {line.text[misread.end():]}")
        last = (misread.group(1), line.x0)
    return replace(layout, lines=lines)


# -- section signs read as an 8 ---------------------------------------------------------------------

# "§2 Valg af stemmetæller." read "82 Valg af ...": an 8, then the item's figures, then a capital.
_SIGN_READ_AS_EIGHT = re.compile(r"^8(\d{1,2})\s+(?=[A-ZÀ-Þ])")
SECTION_SIGN_MIN_ITEMS = 3  # items of one list whose sign OCR read as an 8, their numbers counting up


def mend_section_signs(layout: Layout, pages: tuple[int, ...] | list[int]) -> Layout:
    """On OCR'd pages, items numbered with a section sign ("§2 Valg af referent", as Danish, German and Swiss
    minutes number their items) that OCR read as an 8 ("82 Valg af ..."): where SECTION_SIGN_MIN_ITEMS or more
    such lines in a row count up, by no more than 2 from one to the next (an item OCR lost), "81", "82", ...
    "810" are "§1", "§2", ... "§10". Figures that do not count up ("81 members", "82 Main Street") are left."""
    pages = set(pages)
    found = [(i, int(match.group(1))) for i, line in enumerate(layout.lines)
             if line.page in pages and (match := _SIGN_READ_AS_EIGHT.match(line.text))]
    runs: list[list[tuple[int, int]]] = []
    for item in found:
        if runs and 0 <= item[1] - runs[-1][-1][1] <= 2:
            runs[-1].append(item)
        else:
            runs.append([item])
    lines = list(layout.lines)
    for run in runs:
        if len(run) >= SECTION_SIGN_MIN_ITEMS:
            for i, _ in run:
                lines[i] = replace(lines[i], text="§" + lines[i].text[1:])
    return replace(layout, lines=lines)


# "TOP7 : Wahlen" for "TOP 7: Wahlen": OCR lost the narrow space between an item's label and its figure.
_LABEL_GLUED_TO_FIGURE = re.compile(rf"^(?P<label>(?i:{words_re(AGENDA_ITEM_LABELS)}))(?=\d{{1,2}}[a-z]?\s*[:.)])")


def mend_glued_labels(layout: Layout, pages: tuple[int, ...] | list[int]) -> Layout:
    """On OCR'd pages, an item's label run into its figure ("TOP7 : Wahlen", "Punkt3. Verschiedenes") is set apart
    from it again, as the minutes write it."""
    pages = set(pages)
    lines = [replace(line, text=_LABEL_GLUED_TO_FIGURE.sub(r"\g<label> ", line.text, count=1))
             if line.page in pages else line for line in layout.lines]
    return replace(layout, lines=lines)
