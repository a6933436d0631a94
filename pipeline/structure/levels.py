"""Heading levels: what makes a heading look like its peers (its style), the open styles a
new heading nests under or returns to, the left margin and minute references."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.numerals import TIME_OF_DAY, TIME_PREFIX
from pipeline.rules import CONTENTS_HEADINGS, ITEM_PART_LABELS, METADATA_LABELS, MINUTES_HEADINGS
from pipeline.structure.blocks import Block
from pipeline.structure.text import DEFAULT_LARGER_FONT, LABEL, LABELLED_TOPIC, is_all_caps, numbering_of

INDENT_STEP = 18.0  # points: numbered headings indented by this much more are a level deeper


@dataclass
class _Page:
    """What the heading levels read of the document as a whole."""

    margin: float = 0.0  # the left edge of running text
    reference_depth: int = 0  # leading parts of decimal numbers that are a minute reference ("19.05.")
    letters: dict[int, str] = field(default_factory=dict)  # ids of blocks numbered by a capital read in context
    edges: dict[int, float] = field(default_factory=dict)  # each page's left edge of text (_page_edges)
    run_ins: frozenset[int] = frozenset()  # ids of blocks heading an item run on into its text: one style


def _heading_style(block: Block, body_size: float, page: _Page | None = None) -> tuple:
    """What makes a heading look like its peers: numbering scheme and depth, indentation, label,
    typography."""
    page = page or _Page()
    text = block.text
    numbering = ("upper", page.letters[id(block)]) if id(block) in page.letters else numbering_of(text)
    label = LABEL.match(text)
    if id(block) in page.run_ins:
        return ("run-in",)  # "Roll Call: ...", "Pledge of Allegiance", "Treasurer report; ...": peers however set
    if block.cell is not None:
        return ("table-cell", label.group("label").lower() if label else None, block.italic)
    if TIME_PREFIX.match(text) or TIME_OF_DAY.match(text):
        return ("time", block.bold, round(block.size))
    if numbering:
        scheme, num = numbering
        depth = num.count(".") + 1 if scheme in {"decimal", "arabic"} else 1
        if scheme == "decimal" and depth > page.reference_depth:
            depth -= page.reference_depth
        if scheme not in {"decimal", "arabic"}:
            return (scheme, depth)
        # "1." indented under "4.": numbers restart a level deeper
        indent = int((block.first.x0 - page.margin + INDENT_STEP / 3) // INDENT_STEP)
        return ("number", depth, indent)
    if label:
        return ("label", label.group("label").lower())
    if LABELLED_TOPIC.match(text):
        return ("label", "topic")  # "Agenda item: X": set like the other items, whatever its type
    return ("style", block.bold, is_all_caps(text), round(block.size), block.italic)


_LEAF_LABELS = METADATA_LABELS + MINUTES_HEADINGS + CONTENTS_HEADINGS
LABEL_HEADING = re.compile(rf"^(?:{'|'.join(map(re.escape, _LEAF_LABELS))})\s*:?$", re.I)


def _peer_of(block: Block, opened: list[Block], page: _Page | None = None) -> int | None:
    """The open heading level whose heading starts at the same place as this block: on scanned pages,
    the same place from the left edge of the text of its page (a sheet lies a few points further left
    or right on the scanner than the next)."""
    edges = page.edges if page else {}
    for at, other in enumerate(opened):
        shift = 0.0
        if block.first.ocr and other.first.ocr and block.page_first in edges and other.page_first in edges:
            shift = edges[block.page_first] - edges[other.page_first]
        if abs(other.first.x0 + shift - block.first.x0) <= 2:
            return at
    return None


def _page_edges(blocks: list[Block]) -> dict[int, float]:
    """Each page's left edge of text outside tables: where its furthest-left line starts."""
    edges: dict[int, float] = {}
    for block in blocks:
        if block.cell is None:
            edges[block.page_first] = min(edges.get(block.page_first, block.first.x0), block.first.x0)
    return edges


def _open_style(styles: list[tuple], sizes: list[float | None], style: tuple, size: float | None) -> None:
    """Make `style` the innermost open heading style: back to it when it is open, else nested in
    the open styles, except those set apart in a smaller type (a heading never nests under a smaller
    one; a plain numbered item has no rank by type)."""
    if style in styles:
        at = _innermost(styles, style) + 1  # a list restarted inside an item of its own style goes on there
        del styles[at:], sizes[at:]
        return
    cut = _shallower_number_cut(styles, style)
    if cut is not None:
        del styles[cut:], sizes[cut:]
    while size is not None and sizes and sizes[-1] is not None and sizes[-1] < size - DEFAULT_LARGER_FONT:
        styles.pop()
        sizes.pop()
    styles.append(style)
    sizes.append(size)


def _innermost(styles: list[tuple], style: tuple) -> int:
    """Where the innermost open heading of `style` stands among the open styles."""
    return len(styles) - 1 - styles[::-1].index(style)


# The first number of an item's list that starts afresh. Not "I." or "A.": a document's parts, which a
# second meeting or session in one file numbers afresh at the top ("I. OPEN SESSION" again after "II.").
_FIRST_NUMBERS = frozenset({"1", "a"})


def _restarts_inside(style: tuple, heading: str, styles: list[tuple], opened: list[Block]) -> bool:
    """A list numbered afresh ("1.", "a.") in the style of an open heading that has an item of another
    numbering open under it: a list of that item, a level deeper, not its style's next peer. Board
    minutes number their agenda "D. > 2. > a. > 1. > a." (Consent items > Business > Procurement >
    Contracts to be let > each bid), all set at one indent on a form: "1. Contracts" after "a. Procurement"
    is in it, not the peer of "2. Business", and so is "a. Bid" after "1. Contracts"."""
    numbering = numbering_of(heading)
    if numbering is None or numbering[1] not in _FIRST_NUMBERS or style not in styles:
        return False
    at = _innermost(styles, style)
    if at >= len(opened) or at == len(styles) - 1:
        return False
    open_numbering = numbering_of(opened[at].text)
    if open_numbering is None or open_numbering[0] != numbering[0]:
        return False
    return any(other[0] != style[0] and other[0] in _OUTLINE_NUMBERED for other in styles[at + 1:])


_OUTLINE_NUMBERED = frozenset({"roman", "upper", "lower", "lower_roman", "number"})


def _shallower_number_cut(styles: list[tuple], style: tuple) -> int | None:
    """Where a number shallower than the open ones closes them: "7" after "6.1", "6.4" under an
    unnumbered "Reports were made" (a scan that lost its "6") is the peer of that heading, which held
    the place of "6", not a sub-item of "6.4". None when a number of its own depth is open (it
    returns to that one) or no deeper number is. Under a shallower number ("2" then "2.1.1", now
    "2.2"), it stays inside that number."""
    if style[0] != "number" or any(s[0] == "number" and s[1] == style[1] for s in styles):
        return None
    deeper = next((at for at, s in enumerate(styles) if s[0] == "number" and s[1] > style[1]), None)
    if deeper is None:
        return None
    return deeper - 1 if deeper and styles[deeper - 1][0] != "number" else deeper


# Sizes OCR measured this close (a share of the larger) are one size: Tesseract sizes lines in whole
# points, scaled page by page, so one heading style reads 14.3 here and 15.9 there.
OCR_SAME_SIZE = 0.1


def _open_peer_style(style: tuple, styles: list[tuple], block: Block) -> tuple:
    """The open heading style an OCR'd heading is set in, its size read a point or so apart (else
    `style` itself): "Applicants" read at 15 after "Advertising" at 16 is its peer, not nested in it."""
    if not block.first.ocr or style[0] != "style" or style in styles:
        return style
    for other in styles:
        if other[0] == "style" and other[1:3] == style[1:3] and other[4:] == style[4:] \
                and abs(other[3] - style[3]) <= OCR_SAME_SIZE * max(other[3], style[3]):
            return other
    return style


ITEM_PART_LABEL = re.compile(rf"^(?:{'|'.join(map(re.escape, ITEM_PART_LABELS))})\s*:$", re.I)


def _is_label_heading(heading: str, text: str = "") -> bool:
    """ "Present", "Minutes", or an item's part labelled with its colon ("Discussion:" in `text`, the
    heading's block): a leaf, beside what follows it."""
    return bool(LABEL_HEADING.match(heading.strip()) or ITEM_PART_LABEL.match(text.strip()))


def _left_margin(blocks: list[Block]) -> float:
    """The left edge most running text starts at: the paragraphs', line by line."""
    edges: Counter[int] = Counter()
    for block in blocks:
        if block.cell is None and not block.is_item:
            edges[round(block.first.x0)] += len(block.lines)
    if not edges:
        return min((b.first.x0 for b in blocks), default=0.0)
    return float(edges.most_common(1)[0][0])


def _reference_depth(blocks: list[Block]) -> int:
    """How many leading parts all decimal numbers share when no heading carries that prefix alone:
    "19.05.01", "19.05.02", ... number minutes of meeting 19.05, they are not nested three deep."""
    numbers = [n[1].split(".") for b in blocks if (n := numbering_of(b.text)) and n[0] == "decimal"]
    if len(numbers) < 3:
        return 0
    shared = 0
    while all(len(parts) > shared + 1 for parts in numbers) and len({parts[shared] for parts in numbers}) == 1:
        shared += 1
    if not shared:
        return 0
    prefix = numbers[0][:shared]
    for block in blocks:
        numbering = numbering_of(block.text)
        if numbering and numbering[0] in {"arabic", "decimal"} and numbering[1].split(".") == prefix[:len(
                numbering[1].split("."))]:
            return 0  # "2." then "2.1", "2.2": nested, not a reference
    return shared
