"""Lines -> blocks: paragraphs and list items, their list depths and their page's text size."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property

from pipeline.numerals import TIME_PREFIX
from pipeline.pdf.extract import Cell, Line
from pipeline.rules import AGENDA_ITEM_LABELS, BLOCK_START_MARKERS
from pipeline.rules.patterns import words_re
from pipeline.structure.text import (
    AGENDA_ITEM_LABEL,
    DEFAULT_LARGER_FONT,
    FULL_LINE_SLACK,
    FULL_LINE_WORDS,
    LABEL,
    METADATA_LINE,
    _caps_words,
    _mostly_caps,
    _open_bracket,
    is_all_caps,
    join_lines,
    numbering_of,
)

DEFAULT_PARAGRAPH_GAP = 0.4  # a vertical gap above this share of the font size starts a new block
LOOSE_SPACING_MARGIN = 0.2  # font sizes over the usual line gap of loosely set text that part paragraphs
LOOSE_SPACING_EVIDENCE = 10  # line gaps of the usual size needed to call the text loosely set


@dataclass
class Block:
    """A paragraph or list item: consecutive lines that read as one unit."""

    lines: list[Line]
    is_item: bool = False  # a list item (bulleted or numbered)
    depth: int = 0  # list nesting, from indentation
    text_size: float | None = None  # the size of running text on its page, when the page has enough
    stacked: bool = False  # a line of a letterhead set as a stack of centred lines (structure/title.py)

    @cached_property
    def text(self) -> str:
        """The joined text; read many times by the heading and annotation rules, so computed once
        (blocks are complete before anything reads it)."""
        return join_lines([line.text for line in self.lines])

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def page_first(self) -> int:
        return self.lines[0].page

    @property
    def page_last(self) -> int:
        return self.lines[-1].page

    @property
    def bold(self) -> bool:
        """Every line bold; on a scan, the last line may end in an aside in brackets set in plain type
        ("Session. (1:30 p.m., Auditorium)"): OCR weighs a line whole, and the aside, longer than the
        bold words before it, made it plain."""
        return all(line.bold for line in self.lines) or (
            len(self.lines) > 1 and all(line.bold for line in self.lines[:-1]) and _bold_before_aside(self.lines[-1]))

    @property
    def italic(self) -> bool:
        return all(line.italic for line in self.lines)

    @property
    def size(self) -> float:
        return max(line.size for line in self.lines)

    @property
    def cell(self) -> Cell | None:
        return self.lines[0].cell


_CLOSING_ASIDE = re.compile(r"\s\([^()]+\)\s*$")  # "(3:00 p.m., Auditorium)" closing a line


def _bold_before_aside(line: Line) -> bool:
    """An OCR'd line weighed plain whose closing aside in brackets is longer than the words before it,
    or the whole line: its weight is the aside's, the words before it may be bold (the block tells)."""
    aside = _CLOSING_ASIDE.search(f" {line.text}")
    return line.ocr and aside is not None and len(line.text[:max(aside.start() - 1, 0)].strip()) < len(
        aside.group().strip())


BLOCK_START = re.compile(BLOCK_START_MARKERS, re.I)
# A heading's rest hung under its text, before the aside that closes it, is at most this many words.
HUNG_REST_WORDS = 3
# "Summary:" alone on its line, or with an aside in brackets ("Tagesordnung (gem. Einladung):")
# An item named in capitals before a spaced dash, what came of it after ("NEW BUSINESS — None"); (before a colon,
# the lines of a vote's record are so too: "MOTION BY: Garcia" / "SECOND: Allen Fisk", one block).
CAPS_LABEL_OPENS = re.compile(r"^[A-Z][A-Z'’&/-]+(?:\s+[A-Z][A-Z'’&/-]+){0,5}\s+[—–-]\s+\S")
LABEL_LINE = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}(?:\s+\([^()]{1,40}\))?\s*:$")


def _starts_new_block(block: Block, line: Line, item_x0: float | None, right: float,
                      paragraph_gap: float = DEFAULT_PARAGRAPH_GAP) -> bool:
    prev = block.lines[-1]
    if line.cell != prev.cell or line.bullet:
        return True
    if line.page == prev.page and (line.x0 > prev.x1 and line.top < prev.bottom or line.bottom <= prev.top):
        return True  # beside the line before or above it: another column's text (a form's action column)
    if line.bold != prev.bold or line.italic != prev.italic:
        # a bold start that runs on, or the end of an aside in brackets: the same paragraph
        return not (line.cell is None and (_runs_on(block, line, right) or _open_bracket(prev.text)
                                           or _aside_under_item(block, line, item_x0, paragraph_gap)
                                           or _hung_wrap(block, line, right, paragraph_gap)))
    if numbering_of(line.text) or LABEL.match(line.text) or TIME_PREFIX.match(line.text):
        return True
    if BLOCK_START.match(line.text) or METADATA_LINE.match(line.text):
        return True
    if LABEL_LINE.match(line.text) and (line.page != prev.page or not _wraps_into(prev, line, right)):
        return True
    if (_mostly_caps(prev.text) or _caps_words(prev.text)) and not _mostly_caps(line.text):
        return True  # an upper-case heading followed by its text
    if CAPS_LABEL_OPENS.match(line.text) and prev.x1 + _first_word_width(line) + 2 * line.size < right:
        return True  # "OLD BUSINESS — None" / "NEW BUSINESS — None": each line an item named in capitals
    if line.page == prev.page and line.top - prev.bottom > paragraph_gap * line.size:
        return True
    if line.page != prev.page and line.x0 > prev.x0 + line.size and prev.x1 < right - 2 * line.size:
        return True  # the page ended a short line; the next page opens an indented paragraph
    if line.cell is None and len(block.lines) == 1 and (numbering_of(prev.text) or AGENDA_ITEM_LABEL.match(prev.text)) \
            and _breaks_early(prev, line, right):
        return True  # "2) Apologies" on a line of its own, its text on the next: a heading and its body
    if _rest_with_aside(block, line, paragraph_gap):
        return False
    if item_x0 is not None:
        if line.x0 <= item_x0 + 2:
            # an item continues on lines indented past its marker, or flush with it when its text wraps
            return line.cell is not None or not _wraps_into(prev, line, right)
        return False
    return abs(line.size - prev.size) > DEFAULT_LARGER_FONT


def _aside_under_item(block: Block, line: Line, item_x0: float | None, paragraph_gap: float) -> bool:
    """An aside in brackets set in another weight right under a block's first line, flush with it or
    hung under an item's text ("b. PUBLIC HEARING on the Budget" / "(Time certain: 4:00 p.m.)" in
    bold): the line's own, not a heading."""
    prev = block.lines[-1]
    text = line.text.strip()
    start = prev.x0 if item_x0 is None else item_x0
    return len(block.lines) == 1 and line.x0 >= start - 2 and line.page == prev.page \
        and text.startswith("(") and text.endswith(")") and line.top - prev.bottom <= paragraph_gap * line.size


def _hung_wrap(block: Block, line: Line, right: float, paragraph_gap: float) -> bool:
    """A numbered heading's line that had to wrap (the next line's first word would not fit after it,
    and it ends in no stop), its rest hung under its text in another weight: "10. OFFICE OF THE
    SUPERINTENDENT--Human Resource" / "Services". Not the text under a short heading ("1. MINUTES")."""
    prev = block.lines[-1]
    if len(block.lines) != 1 or not numbering_of(prev.text) or line.page != prev.page or line.x0 <= prev.x0 + 2:
        return False
    if prev.text.rstrip().endswith((".", ":", ";", "?", "!")) or line.top - prev.bottom > paragraph_gap * line.size:
        return False
    return prev.x1 + _first_word_width(line) + 2 * line.size >= right


def _rest_with_aside(block: Block, line: Line, paragraph_gap: float) -> bool:
    """A numbered heading's last word or two hung under its text with the aside that closes it, on a
    scan: "II. Public Hearing: Matters to be Considered in Closed" / "Session (1:30 p.m., Auditorium)".
    OCR sizes the numbered line apart from its rest, so the sizes do not tell it from a new heading."""
    prev = block.lines[-1]
    aside = _CLOSING_ASIDE.search(f" {line.text}")
    return (len(block.lines) == 1 and line.ocr and prev.ocr and line.bold and prev.bold and aside is not None
            and bool(numbering_of(prev.text)) and line.page == prev.page and line.x0 > prev.x0 + 2
            and not prev.text.rstrip().endswith((".", ":", ";", "?", "!"))
            and line.top - prev.bottom <= paragraph_gap * line.size
            and 1 <= len(f" {line.text}"[:aside.start()].split()) <= HUNG_REST_WORDS)


def _runs_on(block: Block, line: Line, right: float) -> bool:
    """A paragraph that opens in bold and runs on in plain type: its first line is filled to the edge
    and the plain text goes on in lower case."""
    prev = block.lines[-1]
    if block.is_item or not prev.bold or line.bold or prev.x1 < right - 2 * prev.size \
            or len(prev.text.split()) < FULL_LINE_WORDS:
        return False
    if prev.text.rstrip().endswith((".", ":", ";", "?", "!")):
        return False
    return line.text[:1].islower()


def _first_word_width(line: Line) -> float:
    """About how wide the line's first word is set (half an em a character)."""
    return len(line.text.split(" ", 1)[0]) * line.size * 0.5


def _breaks_early(prev: Line, line: Line, right: float) -> bool:
    """The line above ends well short of the right edge though the next line's first word would
    fit there, without closing punctuation, and the next line starts a sentence: a deliberate break."""
    if prev.text.rstrip().endswith((".", ",", ";", ":", "-", "–")) or not line.text[:1].isupper():
        return False
    if is_all_caps(prev.text) and is_all_caps(line.text) and line.x0 > prev.x0 + line.size / 2:
        return False  # a heading in capitals wrapped in a narrow column, hung under its text
    return prev.x1 + _first_word_width(line) + 2 * line.size < right


def _wraps_into(prev: Line, line: Line, right: float) -> bool:
    """The line above was filled to the right edge and runs on into this one (a filled line holds
    a good many words; on a page of short lines the right edge says little)."""
    if prev.x1 < right - FULL_LINE_SLACK * prev.size or len(prev.text.split()) < FULL_LINE_WORDS:
        return False
    return line.text[:1].islower() or not prev.text.rstrip().endswith((".", ":", ";", "!", "?"))


def build_blocks(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    item_x0: float | None = None
    right_edge = _column_right_edges(lines)
    gap = _paragraph_gap(lines)
    for line in lines:
        if not blocks or _starts_new_block(blocks[-1], line, item_x0, right_edge(line), gap):
            is_item = bool(line.bullet) or bool(numbering_of(line.text) and not line.bold)
            blocks.append(Block([line], is_item=is_item))
            item_x0 = line.x0 if is_item else None
        else:
            blocks[-1].lines.append(line)
    blocks = _with_labels_joined(_with_numbers_joined(blocks))
    _set_depths(blocks)
    return blocks


# An item's label and number alone on a line ("Punkt 6:", "TOP 3", "Item 4."), its title on the line under it.
_ITEM_LABEL_ALONE = re.compile(rf"^\s*(?i:{words_re(AGENDA_ITEM_LABELS)})\s*\d{{1,2}}[a-z]?\s*[:.)]?\s*$")
LABELLED_TITLE_MAX_WORDS = 12


def _a_title(text: str) -> bool:
    """A title under its item's label: a few words closed by a colon ("Bericht der Sportschützen:"), or words with no
    comma or stop (not the item's first sentence, "Herr Kampmann erläuterte, dass ...", wrapping on)."""
    words = text.split()
    if text.rstrip().endswith(":"):
        return len(words) <= LABELLED_TITLE_MAX_WORDS
    return len(words) <= LABELLED_TITLE_MAX_WORDS // 2 and not re.search(r"[,.;]", text)


def _with_labels_joined(blocks: list[Block]) -> list[Block]:
    """"Punkt 6:" over "Bericht der Sportschützen:": an item's label alone on its line is joined to the title on the
    line under it, a short line (not the item's first sentence, which says what happened); the lines after the title
    are a block of their own."""
    joined: list[Block] = []
    skip = -1
    for i, block in enumerate(blocks):
        if i == skip:
            continue
        under = blocks[i + 1] if i + 1 < len(blocks) else None
        title = under.first if under is not None else None
        if title is None or len(block.lines) != 1 or not _ITEM_LABEL_ALONE.match(block.text) \
                or title.page != block.first.page or title.cell is not None \
                or not _a_title(title.text) or _ITEM_LABEL_ALONE.match(title.text):
            joined.append(block)
            continue
        first = replace(block.first, text=f"{block.text.strip()} {title.text.strip()}", x1=max(block.first.x1,
                        title.x1), bottom=title.bottom, bold=block.first.bold or title.bold)
        joined.append(Block([first], is_item=block.is_item, text_size=block.text_size))
        if len(under.lines) > 1:
            joined.append(Block(under.lines[1:], text_size=under.text_size))
        skip = i + 1
    return joined


NUMBER_GAP = 4.0  # font sizes: an item's number stands at most this far left of its text
# An item's number alone: "II.", "B.", "12.", "c)"
_NUMBER_ALONE = re.compile(r"^\s*(?:[IVX]{1,5}|[A-Za-z]|\d{1,2})[.)]\s*$")


def _with_numbers_joined(blocks: list[Block]) -> list[Block]:
    """An item's number that OCR read as a line of its own ("II." set in another size than "CLOSED
    SESSION (Room 2249)" beside it, read after it) is joined to the text on its line to its right."""
    joined: list[Block] = []
    skip = -1
    for i, block in enumerate(blocks):
        if i == skip:
            continue
        text = next((other for other in (blocks[i + 1] if i + 1 < len(blocks) else None,
                                         joined[-1] if joined else None)
                     if other is not None and _numbers(block, other)), None)
        if text is None:
            joined.append(block)
            continue
        first = replace(text.first, text=f"{block.text.strip()} {text.first.text}", x0=block.first.x0)
        merged = Block([first, *text.lines[1:]], is_item=bool(not first.bold), text_size=text.text_size)
        if text is (joined[-1] if joined else None):
            joined[-1] = merged
        else:
            joined.append(merged)
            skip = i + 1
    return joined


def _numbers(number: Block, text: Block) -> bool:
    """Whether `number` is an item's number alone on a line, set left of `text`'s first line, on its line."""
    line, first = number.first, text.first
    return len(number.lines) == 1 and line.cell is None and first.cell is None and line.page == first.page \
        and bool(_NUMBER_ALONE.match(line.text)) and not _NUMBER_ALONE.match(first.text) \
        and line.x1 <= first.x0 <= line.x1 + NUMBER_GAP * first.size \
        and abs(line.bottom - first.bottom) <= 0.5 * min(line.size, first.size)


def _column_right_edges(lines: list[Line]) -> Callable[[Line], float]:
    """The right edge of running text a line could have reached: the furthest right that the lines
    of its page starting left of its end go. On a form, the agenda column's lines end where that
    column does, not where the action column beside it (which starts right of them) ends."""
    by_page: dict[int, tuple[list[float], list[float]]] = {}
    for page in {line.page for line in lines}:
        spans = sorted((line.x0, line.x1) for line in lines if line.page == page and line.cell is None)
        reach, furthest = [], 0.0
        for _, x1 in spans:
            furthest = max(furthest, x1)
            reach.append(furthest)
        by_page[page] = ([x0 for x0, _ in spans], reach)

    def right_edge(line: Line) -> float:
        starts, reach = by_page[line.page]
        before = bisect_left(starts, line.x1)
        return max(reach[before - 1], line.x1) if before else line.x1

    return right_edge


def _paragraph_gap(lines: list[Line]) -> float:
    """The gap (in font sizes) above which a line starts a new block: the default, or in text set
    loosely (one and a half or double spacing), a little more than its usual gap between lines."""
    gaps: Counter[float] = Counter()
    for prev, line in zip(lines, lines[1:], strict=False):
        if prev.page == line.page and prev.cell is None and line.cell is None and abs(prev.x0 - line.x0) < 3:
            gap = (line.top - prev.bottom) / line.size
            if 0 <= gap < 2:
                gaps[round(gap * 20) / 20] += 1
    if not gaps:
        return DEFAULT_PARAGRAPH_GAP
    usual, count = gaps.most_common(1)[0]
    if usual < DEFAULT_PARAGRAPH_GAP or count < LOOSE_SPACING_EVIDENCE:
        return DEFAULT_PARAGRAPH_GAP
    return usual + LOOSE_SPACING_MARGIN


def _set_depths(blocks: list[Block]) -> None:
    """List nesting from indentation: deeper markers within one run of items nest further."""
    run: list[float] = []
    for block in blocks:
        if not block.is_item:
            run = []
            continue
        x0 = block.first.x0
        while run and x0 < run[-1] - 2:
            run.pop()
        if not run or x0 > run[-1] + 2:
            run.append(x0)
        block.depth = len(run) - 1


PAGE_TEXT_CHARS = 1500  # a page with this much running text has its own body size


def _set_text_sizes(blocks: list[Block], lines: list[Line]) -> None:
    """Each block's page's running-text size: minutes followed by annexes set smaller (or scanned)
    would otherwise have all their text taken for headings."""
    by_page: dict[int, Counter[float]] = {}
    for line in lines:
        if line.cell is None:
            by_page.setdefault(line.page, Counter())[round(line.size, 1)] += len(line.text)
    sizes = {page: counts.most_common(1)[0][0] for page, counts in by_page.items()
             if sum(counts.values()) >= PAGE_TEXT_CHARS}
    for block in blocks:
        block.text_size = sizes.get(block.page_first)
