"""The words Tesseract read (its TSV), which of them are doubtful, and its lines' metrics (its hOCR).

The TSV gives each word's confidence. Doubtful are lines Tesseract itself barely believes, in
blocks it barely believes (what it makes of a photo, a stamp, a signature), marks read from
specks, and letters set vertically; extraction leaves them out.
"""

from __future__ import annotations

import csv
import re
import statistics
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from pipeline.rules import MONTH_NAMES

# A line of OCR words whose mean confidence is below this, in a block (Tesseract's) whose mean is
# below it too, is not text: OCR reading shapes in a photo or a logo. Text lines score 85-97; a
# rare word in a good block (a name, a URL) may score less, and stays.
OCR_MIN_CONFIDENCE = 60.0
# A line of at most OCR_SHORT_LINE_CHARS characters read below OCR_MARK_CONFIDENCE is doubtful in any
# block: a signature read as "eet" (a rare word alone on its line, an acronym, scores 50-60).
OCR_SHORT_LINE_CHARS = 6
OCR_MARK_CONFIDENCE = 45.0
# In a doubted line, a word of letters read with at least this confidence stays; any word read below
# OCR_NOISE_CONFIDENCE goes (what Tesseract makes of a signature's strokes beside a name).
OCR_SURE_WORD_CONFIDENCE = 85.0
OCR_NOISE_CONFIDENCE = 30.0
# Letters set vertically (a vote grid's column of names): VERTICAL_MIN_STACK words of at most
# VERTICAL_MAX_CHARS one under another, less than VERTICAL_MAX_GAP of a letter's height apart; or a
# word VERTICAL_TALL_WORD times as tall as the page's words and as it is wide. Read across, they are noise.
VERTICAL_MIN_STACK = 4
VERTICAL_MAX_CHARS = 2
VERTICAL_MAX_GAP = 1.0
VERTICAL_TALL_WORD = 1.8
INITIALS_COLUMN_SHARE = 0.6  # of a stack that are two capitals ("KC"): a column of initials, not letters set vertically
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
# A day of the month whose ordinal is set raised ("7th", "2nd") reads as the day's figures and a mark or
# two ("7*", "5t*", "14\"", "2™4"), in a word Tesseract hardly believes. Beside a month's name it is
# the date's day, not a speck: kept.
_RAISED_ORDINAL_DAY = re.compile(r"\d{1,2}\D{0,3}\d?")
_MONTHS = {name for names in MONTH_NAMES.values() for name in names}
# A word of letters read below OCR_MIN_CONFIDENCE at a line's start or end, more than OCR_APART_GAP of the
# page's width from the line's next word, in the letterhead (the top OCR_LETTERHEAD_ZONE of the page), is a
# logo read as letters ("em" before "EAST PALO ALTO"), not the line's text. (Lower on the page such a word
# is more often a table's cell that Tesseract put on one line with the next cell.)
OCR_APART_GAP = 0.1
OCR_LETTERHEAD_ZONE = 0.2
# A surname in capitals that a signature crosses reads hardly believed ("RON OTTINGER", the second at 0):
# a word of capitals only, of OCR_CAPITALS_MIN letters or more, right after a sure one (_sure_word) of
# capitals, as tall as it (OCR_SAME_HEIGHT), is kept.
OCR_CAPITALS_MIN = 3
OCR_SAME_HEIGHT = 1.5
# A filler run closing a line ("... orden del día- - - - - -", a notarial record's, or a form's "______")
# reads as words of dashes Tesseract hardly believes ("==.", "---===---") and drags down the word it is glued
# to ("día-" at 0): the filler closing a line (OCR_FILLER_MIN_CHARS at least), and the word it is glued to, are
# left out of the line's (and its block's) confidence, and that word of letters is no noise. (Marks amid a
# line, what OCR makes of a chart's strokes, count.)
FILLER_MARKS = "-–—_=~.·…"
_FILLER_WORD = re.compile(rf"[{re.escape(FILLER_MARKS)}]+")
_WORD_BEFORE_FILLER = re.compile(rf"(?P<word>[^\W_]{{2,}}[,;:]?)(?P<filler>[{re.escape(FILLER_MARKS)}]+)")
OCR_FILLER_MIN_CHARS = 3
# A table's columns that Tesseract reads as one line ("Motion X 1. Resolution ... 2003   Adopt. See EXHIBIT C")
# leave the first word of a column hardly believed ("Adopt." at 26; a vote grid's "Xxx" beside "Ayes"): a word of
# letters set apart from the word before it by OCR_COLUMN_GAP times the space after it, with a sure word
# (_sure_word) right after it, begins a column's text and is no noise.
OCR_COLUMN_GAP = 3.0


@dataclass(frozen=True)
class OcrWord:
    """A word as Tesseract's TSV gives it; the box in fractions of the page (0..1 from the top left)."""

    text: str
    confidence: float
    box: tuple[float, float, float, float]  # x0, top, x1, bottom
    line: tuple[int, int, int]  # Tesseract's block, paragraph and line numbers


def tsv_words(tsv: Path) -> list[OcrWord]:
    """The words of Tesseract's TSV with their confidence (0-100) and box (its level-1 row is the page
    image, the boxes' scale)."""
    words: list[OcrWord] = []
    width = height = 0.0
    with open(tsv, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row.get("level") == "1":
                width, height = float(row["width"]), float(row["height"])
            text = (row.get("text") or "").strip()
            confidence = float(row.get("conf") or -1)
            if row.get("level") == "5" and text and confidence >= 0 and width and height:  # -1: not a word
                left, top = float(row["left"]), float(row["top"])
                box = (left / width, top / height, (left + float(row["width"])) / width,
                       (top + float(row["height"])) / height)
                line = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
                words.append(OcrWord(text, confidence, box, line))
    return words


@dataclass(frozen=True)
class OcrLine:
    """A line as Tesseract's hOCR gives it, in points on the page as read: its box, and the row
    metrics Tesseract found for it: the row's height (x-height + ascenders + descenders, the size
    its text-only PDF writes in whole points), the ascenders' rise above the x-height and the
    descenders' drop below the baseline."""

    box: tuple[float, float, float, float]  # x0, top, x1, bottom
    size: float
    ascenders: float
    descenders: float

    @property
    def x_height(self) -> float:
        return self.size - self.ascenders - self.descenders

    def as_list(self) -> list[float]:
        return [*self.box, self.size, self.ascenders, self.descenders]

    @classmethod
    def from_list(cls, values: list[float]) -> OcrLine:
        x0, top, x1, bottom, size, ascenders, descenders = values
        return cls((x0, top, x1, bottom), size, ascenders, descenders)


# The hOCR classes of a line of text: Tesseract 5 names a line set apart (a heading, a caption) otherwise.
_HOCR_LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}


def hocr_lines(hocr: Path, dpi: float) -> list[OcrLine]:
    """The lines of Tesseract's hOCR with their row metrics, in points (the page read at `dpi`);
    none from a file that is missing or not well formed (the sizes then come from the PDF alone)."""
    try:
        root = ElementTree.parse(hocr).getroot()
    except (OSError, ElementTree.ParseError):
        return []
    scale = 72 / dpi
    lines = []
    for element in root.iter():
        if element.get("class") not in _HOCR_LINE_CLASSES:
            continue
        fields = dict(part.strip().split(" ", 1) for part in (element.get("title") or "").split(";")
                      if " " in part.strip())
        try:
            box = tuple(float(value) * scale for value in fields["bbox"].split())
            metrics = [float(fields[name]) * scale for name in ("x_size", "x_ascenders", "x_descenders")]
        except (KeyError, ValueError):
            continue
        if len(box) == 4:
            x0, top, x1, bottom = (round(value, 3) for value in box)
            lines.append(OcrLine((x0, top, x1, bottom), *(round(value, 3) for value in metrics)))
    return lines


def doubtful_words(words: list[OcrWord]) -> list[tuple[str, float, float, float, float]]:
    """The words of lines whose mean confidence is below OCR_MIN_CONFIDENCE, in blocks whose mean is
    too, short lines hardly believed (OCR_MARK_CONFIDENCE), stray marks, and letters set vertically
    (a vote grid's names, read a letter or two at a time or as one tall word): (text, x0, top, x1,
    bottom), across the word and down its line (where the text layer puts it)."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    # Each line's closing filler ("... orden del día- ==."): where it begins, and whether a word is glued to it.
    closing = {key: _closing_filler(group) for key, group in lines.items()}
    # The words whose confidence tells how well a line (and its block) reads: those before its closing filler.
    text = {key: group[:closing[key][0]] if closing[key] else group for key, group in lines.items()}
    text = {key: kept or lines[key] for key, kept in text.items()}
    blocks: dict[int, list[OcrWord]] = {}
    for key, group in text.items():
        blocks.setdefault(key[0], []).extend(group)

    def believed(group: list[OcrWord]) -> bool:
        rated = [word for word in group if _rated(word)] or group
        return sum(word.confidence for word in rated) / len(rated) >= OCR_MIN_CONFIDENCE

    weak_blocks = {block for block, group in blocks.items() if not believed(group)}
    vertical = _vertical_letters(words)
    doubtful = []
    for key, group in lines.items():
        # A short line hardly believed is a mark even among good lines: a signature's stroke, a stamp's edge.
        mark = sum(len(word.text) for word in group) <= OCR_SHORT_LINE_CHARS and sum(
            word.confidence for word in group) / len(group) < OCR_MARK_CONFIDENCE
        weak_line = (key[0] in weak_blocks and not believed(text[key])) or mark
        before_filler = closing[key][0] if closing[key] and closing[key][1] else None
        noise = {i for i, word in enumerate(group) if _noise(word, i) and not _day_before_month(group, i)
                 and not _capitals_after_capitals(group, i) and i != before_filler and not _column_start(group, i)}
        noise |= _apart_at_ends(group, noise)
        # What is left of a line once its noise is out may be marks only ("| |": a signature's strokes).
        marks_only = all(not any(char.isalnum() for char in word.text)
                         for i, word in enumerate(group) if i not in noise)
        top, bottom = min(word.box[1] for word in group), max(word.box[3] for word in group)
        doubtful += [(word.text, *(round(v, 4) for v in (word.box[0], top, word.box[2], bottom)))
                     for i, word in enumerate(group)
                     if (weak_line and not _sure_word(word)) or marks_only or i in noise
                     or (i > 0 and _stray_mark(word)) or id(word) in vertical]
    return doubtful + [letter for word in words if id(word) in vertical for letter in _letters_down(word)]


def _filler(word: OcrWord) -> bool:
    """A word of filler marks only: dashes, dots, underscores (or what OCR makes of them, "=" and "~")."""
    return bool(_FILLER_WORD.fullmatch(word.text))


def _closing_filler(group: list[OcrWord]) -> tuple[int, bool] | None:
    """Where the filler closing a line begins ("orden del día- ==.", "siguiente: - - ---===---"), and whether
    it is glued to that word of letters ("día-", whose confidence is the filler's, not its letters'): the
    filler at the line's end, with the marks Tesseract hardly believes among it (what it makes of a long run
    of dashes), OCR_FILLER_MIN_CHARS of filler at least. None when the line ends otherwise."""
    filler, start, glued = 0, 0, False
    for position in range(len(group) - 1, -1, -1):
        word = group[position]
        letters = _WORD_BEFORE_FILLER.fullmatch(word.text)
        if letters:
            filler, start, glued = filler + len(letters["filler"]), position, True
            break
        if _filler(word):
            filler += len(word.text)
        elif not _noise(word, position):
            start = position + 1
            break
    return (start, glued) if start < len(group) and filler >= OCR_FILLER_MIN_CHARS else None


def _day_before_month(group: list[OcrWord], position: int) -> bool:
    """The word is a day's figures with its raised ordinal misread ("7*" before "May"), next to a month."""
    if not _RAISED_ORDINAL_DAY.fullmatch(group[position].text):
        return False
    beside = [group[k].text.strip(".,").lower() for k in (position - 1, position + 1) if 0 <= k < len(group)]
    return any(word in _MONTHS for word in beside)


def _capitals_after_capitals(group: list[OcrWord], position: int) -> bool:
    """A word of capitals only right after a sure word of capitals of its height: a name in capitals
    ("RON OTTINGER") that a signature crosses, not the signature's strokes."""
    word = group[position]
    if position == 0 or not re.fullmatch(rf"[A-Z]{{{OCR_CAPITALS_MIN},}}[.,]?", word.text):
        return False
    before = group[position - 1]
    heights = (word.box[3] - word.box[1], before.box[3] - before.box[1])
    return (_sure_word(before) and before.text.strip(".,").isupper() and before.text.strip(".,").isalpha()
            and max(heights) <= OCR_SAME_HEIGHT * min(heights))


def _column_start(group: list[OcrWord], position: int) -> bool:
    """The word begins a column's text that Tesseract read on one line with the column before it: letters,
    set apart from the word before it (OCR_COLUMN_GAP times the space after it), a sure word right after it."""
    if not 0 < position < len(group) - 1 or sum(char.isalpha() for char in group[position].text) < 2:
        return False
    before, word, after = group[position - 1], group[position], group[position + 1]
    space_after = after.box[0] - word.box[2]
    return _sure_word(after) and 0 < space_after and word.box[0] - before.box[2] >= OCR_COLUMN_GAP * space_after


def _apart_at_ends(group: list[OcrWord], noise: set[int]) -> set[int]:
    """The positions of doubted words of letters at a letterhead line's ends that stand apart from the
    rest of it (OCR_APART_GAP): a logo read as letters beside the letterhead."""
    kept = [i for i in range(len(group)) if i not in noise]
    found: set[int] = set()
    for first, second in ((kept[:1], kept[1:2]), (kept[-1:], kept[-2:-1])):
        if not first or not second:
            continue
        word, other = group[first[0]], group[second[0]]
        gap = max(other.box[0] - word.box[2], word.box[0] - other.box[2])
        if (word.confidence < OCR_MIN_CONFIDENCE and gap > OCR_APART_GAP and word.box[3] < OCR_LETTERHEAD_ZONE
                and word.text.isalpha() and len(word.text) >= 2):
            found.add(first[0])
    return found


def _sure_word(word: OcrWord) -> bool:
    """A word Tesseract is sure of (a name beside a signature), kept from a line it doubts."""
    return word.confidence >= OCR_SURE_WORD_CONFIDENCE and sum(char.isalpha() for char in word.text) >= 2


# A short label at a line's start ("Q5:" read as "QS:" and hardly believed) opens the line's text.
_LINE_LABEL = re.compile(r"[A-Z][A-Za-z\d]{0,2}:")
# A word with an apostrophe between letters (French and Italian elision, "l'association", "d'activité";
# a possessive, "Sheriff's") is often rated near 0 by Tesseract's LSTM though read exactly (on a French
# scan: 0 to 40 for words read right, beside 85-97 for the rest of the line): its confidence tells nothing,
# so it is neither noise nor counted in how well its line and block read.
_APOSTROPHE_WORD = re.compile(r"[(«\"]?[^\W\d_]+['’][^\W\d_]+[.,;:!?)»\"]*")


def _rated(word: OcrWord) -> bool:
    """Whether the word's confidence says how well it was read (see _APOSTROPHE_WORD)."""
    return not _APOSTROPHE_WORD.fullmatch(word.text)


def _noise(word: OcrWord, position: int) -> bool:
    """A word Tesseract hardly believes: a signature's or a stamp's strokes read as letters ("am", "ui")
    at the end of a good line. A mark or a short label at a line's start stays: it is often a bullet
    or a question's number."""
    if (position == 0 and _LINE_LABEL.fullmatch(word.text)) or not _rated(word):
        return False
    return word.confidence < OCR_NOISE_CONFIDENCE and (position > 0 or any(char.isalnum() for char in word.text))


def _letters_down(word: OcrWord) -> list[tuple[str, float, float, float, float]]:
    """A word read down a column is written in the text layer a letter at a time, one under another
    (bottom up or top down): each letter, in its share of the word's box, both ways."""
    x0, top, x1, bottom = word.box
    share = (bottom - top) / len(word.text)
    return [(char, round(x0, 4), round(top + at * share, 4), round(x1, 4), round(top + (at + 1) * share, 4))
            for i, char in enumerate(word.text) for at in {i, len(word.text) - 1 - i}]


def _vertical_letters(words: list[OcrWord]) -> set[int]:
    """ids of the words that are letters set one under another: a word far taller than the page's
    words (read down a column), or one of VERTICAL_MIN_STACK short words (VERTICAL_MAX_CHARS) stacked
    in one column, each within VERTICAL_MAX_GAP of its height below the one before."""
    if not words:
        return set()
    height = statistics.median(word.box[3] - word.box[1] for word in words)
    found = {id(word) for word in words if word.box[3] - word.box[1] > VERTICAL_TALL_WORD * max(
        height, word.box[2] - word.box[0])}
    short = sorted((word for word in words if len(word.text) <= VERTICAL_MAX_CHARS), key=lambda word: word.box[1])
    for word in short:
        stack = [word]
        for other in short:
            last = stack[-1]
            overlap = min(last.box[2], other.box[2]) - max(last.box[0], other.box[0])
            gap = other.box[1] - last.box[3]
            if other is not last and other.box[1] > last.box[1] and overlap > 0.3 * (last.box[2] - last.box[0]) and (
                    gap <= VERTICAL_MAX_GAP * (last.box[3] - last.box[1])):
                stack.append(other)
        if len(stack) >= VERTICAL_MIN_STACK and not _initials_column(stack):
            found |= {id(member) for member in stack}
    return found


def _initials_column(stack: list[OcrWord]) -> bool:
    """ "KC / CC / CH / HL": the initials a list of those present gives beside their names, one a line, two capitals
    each (most of them; OCR reads some in small letters): not a name set vertically, read a letter or two a row."""
    return sum(bool(_TWO_CAPITALS.fullmatch(word.text)) for word in stack) >= INITIALS_COLUMN_SHARE * len(stack)


def _stray_mark(word: OcrWord) -> bool:
    """A doubted word of no letter or digit after a line's start ("Feedback | ; |"): a speck or a
    rule read as a mark. (At a line's start it is often a bullet, which the parser wants.)"""
    return word.confidence < OCR_MIN_CONFIDENCE and not any(char.isalnum() for char in word.text)
