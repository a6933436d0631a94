"""Words OCR ran together in capitals, split into words: Tesseract reads a letterhead set in tight bold
capitals as one word ("SPECIAL PUBLIC MEETING OF THE BOARDOFEDUCATION", "AUDITORIUM,
EUGENEBRUCKEREDUCATIONCENTER", "4100 NORMALSTREET"), its own boxes holding no space to find.

pdf/textlayer.split_run_together splits a token the document writes elsewhere as words in that order;
this splits one into single words: the document's own words (any case, the token itself aside) and
the short words that join them (rules/glued.py), where exactly one such split uses every letter and
holds a letterhead's noun ("BOARD OF EDUCATION"; not "HEAD MASTER"). Failing that, the letterhead's
nouns (rules/glued.py: "STREET", "CENTER", "UNIFIED") are cut from the end of a token where a name at
least GLUED_MIN_NAME letters long stands before them, which the document need not write elsewhere
("EUGENEBRUCKER EDUCATION CENTER", "NORMAL STREET"). A token the document writes in lower case
elsewhere ("Workshop") is a word and stays whole; only OCR'd pages are read so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.rules import (
    GLUED_FUNCTION_WORDS,
    GLUED_LETTERHEAD_WORDS,
    GLUED_MIN_LETTERS,
    GLUED_MIN_NAME,
    GLUED_MIN_WORD,
)

if TYPE_CHECKING:
    from pipeline.pdf.extract import Layout, Line

_WORD = re.compile(r"[^\W\d_]+")
_EDGES = "()[]{}\"'“”‘’«».,:;!?*•"
_POSSESSIVE = re.compile(r"['’]s$", re.I)
_CAPS_TOKEN = re.compile(rf"(?<![\w'’])[A-Z]{{{GLUED_MIN_LETTERS},}}(?![\w'’])")
_FUNCTION = frozenset(GLUED_FUNCTION_WORDS)
_LETTERHEAD = frozenset(GLUED_LETTERHEAD_WORDS)
# Splits counted up to this many: two say the split is not unique.
_ENOUGH = 2


def split_glued_capitals(layout: Layout, pages: tuple[int, ...] | list[int]) -> Layout:
    """On OCR'd pages (`pages`), each token in capitals of GLUED_MIN_LETTERS or more that is no word of
    the document written as its split (module doc)."""
    pages = set(pages)
    if not pages:
        return layout
    words, lower = _document_words(layout.lines)
    lines = [_split_line(line, words, lower) if line.page in pages else line for line in layout.lines]
    return replace(layout, lines=lines)


def _document_words(lines: list[Line]) -> tuple[dict[str, int], set[str]]:
    """How often the document writes each word (case-folded), and the words it writes with small letters.
    Only whole words: not the pieces of a word broken at a line's end ("Superinten-" / "dent's") or
    joined by a hyphen, which are no words of their own."""
    counts: dict[str, int] = {}
    lower: set[str] = set()
    broken = False  # the line before ended in a hyphen: this line's first word is the rest of a word
    for line in lines:
        tokens = line.text.split()
        for at, token in enumerate(tokens):
            word = _POSSESSIVE.sub("", token.strip(_EDGES))
            if (at == 0 and broken) or token.endswith("-") or not _WORD.fullmatch(word):
                continue
            folded = word.casefold()
            counts[folded] = counts.get(folded, 0) + 1
            if not word.isupper():
                lower.add(folded)
        broken = bool(tokens) and tokens[-1].endswith("-")
    return counts, lower


def _split_line(line: Line, words: dict[str, int], lower: set[str]) -> Line:
    def split(match: re.Match) -> str:
        token = match.group()
        pieces = glued_words(token, words, lower)
        return " ".join(pieces) if pieces else token

    text = _CAPS_TOKEN.sub(split, line.text)
    return line if text == line.text else replace(line, text=text)


def glued_words(token: str, words: dict[str, int], lower: set[str]) -> list[str] | None:
    """The words `token` is run together from (module doc), in its capitals; None where it is a word
    or no split is sure. `words`: the document's words with their counts (the token's own occurrences
    among them), `lower`: those it writes with small letters."""
    folded = token.casefold()
    if folded in lower or folded in _LETTERHEAD:
        return None
    known = {word for word, count in words.items() if len(word) >= GLUED_MIN_WORD and word != folded} | _LETTERHEAD
    # a split names a body, a building or an address: a compound of two words ("HEADMASTER") is no letterhead's
    whole = [pieces for pieces in _splits(folded, known, 0, first=True) if _LETTERHEAD.intersection(pieces)]
    if len(whole) == 1:
        return _as_token(token, whole[0])
    if whole:
        return None
    for end in range(GLUED_MIN_NAME, len(folded) - 3):  # the shortest name before letterhead nouns
        tail = _splits(folded[end:], _LETTERHEAD, 0, first=True)
        if len(tail) == 1:
            return _as_token(token, [folded[:end], *tail[0]])
        if tail:
            return None
    return None


def _splits(text: str, known: set[str], at: int, first: bool) -> list[list[str]]:
    """Up to _ENOUGH ways to write text[at:] as known words, a function word only between two others."""
    found: list[list[str]] = []
    for end in range(len(text), at, -1):
        piece = text[at:end]
        is_function = piece in _FUNCTION
        if piece not in known and not is_function:
            continue
        if is_function and (first or end == len(text)):
            continue
        if end == len(text):
            found.append([piece])
        else:
            found.extend([piece, *rest] for rest in _splits(text, known, end, first=False))
        if len(found) >= _ENOUGH:
            return found[:_ENOUGH]
    return found


def _as_token(token: str, pieces: list[str]) -> list[str]:
    """The pieces cut from the token as it is written."""
    out, at = [], 0
    for piece in pieces:
        out.append(token[at:at + len(piece)])
        at += len(piece)
    return out
