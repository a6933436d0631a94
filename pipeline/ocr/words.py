"""The words Tesseract read (its TSV), and which of them are doubtful.

The TSV gives each word's confidence. Doubtful are lines Tesseract itself barely believes, in
blocks it barely believes (what it makes of a photo, a stamp, a signature), marks read from
specks, and letters set vertically; extraction leaves them out.
"""

from __future__ import annotations

import csv
import statistics
from dataclasses import dataclass
from pathlib import Path

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


def doubtful_words(words: list[OcrWord]) -> list[tuple[str, float, float, float, float]]:
    """The words of lines whose mean confidence is below OCR_MIN_CONFIDENCE, in blocks whose mean is
    too, short lines hardly believed (OCR_MARK_CONFIDENCE), stray marks, and letters set vertically
    (a vote grid's names, read a letter or two at a time or as one tall word): (text, x0, top, x1,
    bottom), across the word and down its line (where the text layer puts it)."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    blocks: dict[int, list[OcrWord]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
        blocks.setdefault(word.line[0], []).append(word)

    def believed(group: list[OcrWord]) -> bool:
        return sum(word.confidence for word in group) / len(group) >= OCR_MIN_CONFIDENCE

    weak_blocks = {block for block, group in blocks.items() if not believed(group)}
    vertical = _vertical_letters(words)
    doubtful = []
    for key, group in lines.items():
        # A short line hardly believed is a mark even among good lines: a signature's stroke, a stamp's edge.
        mark = sum(len(word.text) for word in group) <= OCR_SHORT_LINE_CHARS and sum(
            word.confidence for word in group) / len(group) < OCR_MARK_CONFIDENCE
        weak_line = (key[0] in weak_blocks and not believed(group)) or mark
        noise = {i for i, word in enumerate(group) if _noise(word, i)}
        # What is left of a line once its noise is out may be marks only ("| |": a signature's strokes).
        marks_only = all(not any(char.isalnum() for char in word.text)
                         for i, word in enumerate(group) if i not in noise)
        top, bottom = min(word.box[1] for word in group), max(word.box[3] for word in group)
        doubtful += [(word.text, *(round(v, 4) for v in (word.box[0], top, word.box[2], bottom)))
                     for i, word in enumerate(group)
                     if (weak_line and not _sure_word(word)) or marks_only or i in noise
                     or (i > 0 and _stray_mark(word)) or id(word) in vertical]
    return doubtful + [letter for word in words if id(word) in vertical for letter in _letters_down(word)]


def _sure_word(word: OcrWord) -> bool:
    """A word Tesseract is sure of (a name beside a signature), kept from a line it doubts."""
    return word.confidence >= OCR_SURE_WORD_CONFIDENCE and sum(char.isalpha() for char in word.text) >= 2


def _noise(word: OcrWord, position: int) -> bool:
    """A word Tesseract hardly believes: a signature's or a stamp's strokes read as letters ("am", "ui")
    at the end of a good line. A mark at a line's start stays: it is often a bullet."""
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
        if len(stack) >= VERTICAL_MIN_STACK:
            found |= {id(member) for member in stack}
    return found


def _stray_mark(word: OcrWord) -> bool:
    """A doubted word of no letter or digit after a line's start ("Feedback | ; |"): a speck or a
    rule read as a mark. (At a line's start it is often a bullet, which the parser wants.)"""
    return word.confidence < OCR_MIN_CONFIDENCE and not any(char.isalnum() for char in word.text)
