"""Layout -> blocks -> section tree.

Lines are joined into blocks (paragraphs and list items); blocks that act as headings open
sections. A heading's level comes from its numbering depth and its typography: each heading
style seen nests under the styles seen before it, unless it returns to one of them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import groupby

from pipeline.names import is_given_name
from pipeline.pdf.extract import Cell, Layout, Line
from pipeline.rules import (
    AGENDA_COLUMN_NAMES,
    AGENDA_ITEM_LABELS,
    ANNEX_WORDS,
    BLOCK_START_MARKERS,
    BREAK_WORDS,
    CLOSING_WORDS,
    DATE_LINE_WORDS,
    EMPTY_FIGURES,
    HEADING_LABELS,
    HEADING_NUMBERING,
    HEADING_TAIL_STOPWORDS,
    HONORIFICS,
    MAX_FIELD_LABEL_WORDS,
    MAX_HEADING_WORDS,
    MEETING_WORDS,
    METADATA_LABELS,
    ORG_WORDS,
    OTHER_DATE_CUES,
    PEOPLE_TABLE_COLUMNS,
    SPEAKER_LEAD_INS,
    TIME_RANGE,
    TITLE_DETAIL_WORDS,
)

DEFAULT_PARAGRAPH_GAP = 0.4  # a vertical gap above this share of the font size starts a new block
LOOSE_SPACING_MARGIN = 0.2  # font sizes over the usual line gap of loosely set text that part paragraphs
LOOSE_SPACING_EVIDENCE = 10  # line gaps of the usual size needed to call the text loosely set
DEFAULT_LARGER_FONT = 0.6  # points above the body size that make text "larger"
RUN_IN_MAX_WORDS = 8  # a numbered paragraph longer than this has a run-in heading
CENTRED_TOLERANCE = 12.0  # points: lines whose middles are this close are centred alike
INDENT_STEP = 18.0  # points: numbered headings indented by this much more are a level deeper
FULL_LINE_SLACK = 5.0  # font sizes: a line ending this close to the right edge was filled (wrapped)
FULL_LINE_WORDS = 8  # ... and holds at least this many words
RULED_TEXT_SHARE = 0.8  # a "table" whose rows hold one line of one cell this often is ruled text
FIGURE_TABLE_SHARE = 0.6  # a table whose cells are figures this often has no headings
MUCH_LARGER = 1.2  # a line set this much larger than the text is a heading even with a full stop
FRAME_MIN_LINES = 5  # a "table" of one row whose cell holds this many lines is a frame around running text


@dataclass
class Block:
    """A paragraph or list item: consecutive lines that read as one unit."""

    lines: list[Line]
    is_item: bool = False  # a list item (bulleted or numbered)
    depth: int = 0  # list nesting, from indentation
    text_size: float | None = None  # the size of running text on its page, when the page has enough

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
        return all(line.bold for line in self.lines)

    @property
    def italic(self) -> bool:
        return all(line.italic for line in self.lines)

    @property
    def size(self) -> float:
        return max(line.size for line in self.lines)

    @property
    def cell(self) -> Cell | None:
        return self.lines[0].cell


@dataclass
class SectionDraft:
    """A section being built: its heading block and the blocks of its body."""

    section_no: int
    heading: str
    level: int
    kind: str
    page_first: int
    parent_no: int | None = None
    blocks: list[Block] = field(default_factory=list)

    @property
    def page_last(self) -> int:
        return max([self.page_first] + [b.page_last for b in self.blocks])

    @property
    def body(self) -> str:
        return "\n".join(("- " if b.is_item else "") + b.text for b in self.blocks)


@dataclass
class Structure:
    title: str | None
    title_blocks: list[Block]
    front: list[Block]  # blocks before the first heading (title block, metadata lines)
    sections: list[SectionDraft]
    body_size: float
    table_headers: dict[int, list[str]] = field(default_factory=dict)
    data_tables: set[int] = field(default_factory=set)  # tables of numbers, not of agenda items


# -- text helpers ---------------------------------------------------------------------------------

_HONORIFIC_RE = "|".join(re.escape(h.rstrip(".")) for h in HONORIFICS)
# "Mr. Smith", also in capitals ("DR. ALFONSO PEREZ", a signature block)
STARTS_WITH_HONORIFIC = re.compile(rf"^(?i:{_HONORIFIC_RE})\.?\s+[A-Z]")
# "Welcome by Dr. X, Head of ...": a presenter line, however it is set.
PRESENTER_LINE = re.compile(rf"\b(?:{'|'.join(SPEAKER_LEAD_INS)})\s*:?\s*(?:{_HONORIFIC_RE})\.?\s+[A-Z]", re.I)
NUMBERING = [(scheme, re.compile(rf"^\s*{pattern}")) for scheme, pattern in HEADING_NUMBERING]
LABEL = re.compile(rf"^(?P<label>{'|'.join(HEADING_LABELS)})\s+(?P<num>[0-9A-Za-z]{{1,3}})\s*[:.)\-–—]", re.I)
AGENDA_ITEM_LABEL = re.compile(
    rf"^(?:(?:{'|'.join(AGENDA_ITEM_LABELS)})\s+\d{{1,2}}[a-z]?\s*[:.)\-–—]|(?-i:TOP)\s+\d{{1,2}}[a-z]?\b)\s*\S",
    re.I)
ANNEX = re.compile(rf"^(?:{'|'.join(ANNEX_WORDS)})\b", re.I)
TIME_PREFIX = re.compile(rf"^\s*\(?{TIME_RANGE}\)?")
_CLOCK_TIME = re.compile(r"\d(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?|h\d{2}|uhr\b)", re.I)  # "7pm", "19h30", "11 Uhr"
TIME_OF_DAY = re.compile(r"^\s*\(?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)\)?\s*", re.I)
TALLY = re.compile(r"[A-Za-z][^,;:()\d]{0,80}?\s*(?:[-–—:=]\s*|\()\d{1,4}\)?\s*(?:[,;.]|$)")
TALLY_FIGURE = re.compile(r"(?:[-–—:=]\s*|\()\d")  # the figure of a TALLY: two are needed for two
URL = re.compile(r"https?://|www\.", re.I)
LEADING_CAPITALS = re.compile(r"^[\d.)\s]*[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]*)+\b")
BLOCK_START = re.compile(BLOCK_START_MARKERS, re.I)
BARE_NUMBER = re.compile(r"^\s*\(?(?:\d{1,3}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]?\s*$", re.I)  # "1.", "2.3", "(a)"
METADATA_LINE = re.compile(rf"^(?:{'|'.join(METADATA_LABELS)})\s*:", re.I)
_NAMES_A_MEETING = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, MEETING_WORDS))})(?!\w)", re.I)
_DATE_WORDS = "|".join(re.escape(w) for w in DATE_LINE_WORDS)
# Where a subtitle goes on to say when and where: "... held on Monday 7th October at 7.30pm".
_TITLE_DETAILS = re.compile(rf"(?:^|,?\s+)(?:{'|'.join(map(re.escape, TITLE_DETAIL_WORDS))})\b.*$", re.I | re.S)
_NAMES_A_BODY = re.compile(rf"\b(?:{'|'.join(map(re.escape, ORG_WORDS))})\b")
_OTHER_MEETING = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, OTHER_DATE_CUES))})(?!\w)", re.I)
ABBREVIATION_END = re.compile(r"\b\w+\.\w+\.$")  # "... Gütersloh e.V.", "... U.K.": not a sentence's end
# "Public Comment - continued": the section goes on after a page break, no new section
CONTINUED = re.compile(r"\s[-–—(]\s*(?:continued|cont(?:'|’)?d|suite|fortsetzung|continuación|continua|continuação"
                       r"|vervolg)\.?\)?$", re.I)
_MONTH_WORDS = "|".join(re.escape(w) for w in DATE_LINE_WORDS[DATE_LINE_WORDS.index("january"):])
# a date inside a line: "15 September 2021", "5th September 2024", "October 22, 2024", "14 de marzo de 2024"
DATE_IN_TEXT = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(?:{_MONTH_WORDS})\b(?:,?\s+(?:de\s+)?\d{{4}})?"
    rf"|(?:{_MONTH_WORDS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})", re.I)
CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?|uhr\b|h\d{2}\b)|\b\d{1,2}:\d{2}\b", re.I)
LABEL_LINE = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:$")  # "Summary:" alone on its line
FILLER_RULE = re.compile(r"\s*[-_.]{4,}\s*$")  # "04-09-2020 ---------------"
CLOSING = re.compile(rf"^(?:{'|'.join(re.escape(w) for w in CLOSING_WORDS)})(?:\W|$)", re.I)
BY_LINE = re.compile(r"^\w+(?:\s+\w+)?\s+by\s*:", re.I)  # "Supported by:", "Minutes taken by:"
ROMAN_I = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}
# "RESULT: APPROVED", "MOTION BY: Garcia": a capitalised label with its value on the same line.
FIELD_LINE = re.compile(rf"^[A-Z][A-Z'’/&.-]*(?:\s+[A-Z][A-Z'’/&.-]*){{0,{MAX_FIELD_LABEL_WORDS - 1}}}\s*:\s*\S")
# "Tuesday, October 22, 2024", "January 27, 2020, 7:00 p.m. ...", "5th September 2024", "le 14 mars 2024"
DATE_LINE = re.compile(
    rf"^(?:(?:le|am|el|il|op)\s+)?(?:(?:{_DATE_WORDS}),?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th|\.)?)?\s+(?:de\s+)?)?"
    rf"(?:{_DATE_WORDS})\b[\s,.]*(?:de\s+)?\d", re.I)


def join_lines(texts: list[str]) -> str:
    """Join wrapped lines; a line that ends in a hyphen joins the next without a space."""
    out = ""
    for text in texts:
        if not out:
            out = text
        elif out.endswith("-") and out[-2:-1].isalpha() and text[:1].islower():
            out += text
        else:
            out += " " + text
    return out


def numbering_of(text: str) -> tuple[str, str] | None:
    """The numbering scheme and number a text starts with ("decimal", "2.1"), if any."""
    for scheme, pattern in NUMBERING:
        match = pattern.match(text)
        if match:
            return scheme, match.group("num")
    return None


def _mostly_caps(text: str) -> bool:
    """Upper case throughout, or opening with upper-case words ("4. APPROVAL OF MINUTES from ...")."""
    letters = [c for c in text if c.isalpha() and c.isascii()]
    if len(letters) < 6:
        return False
    return sum(c.isupper() for c in letters) >= 0.6 * len(letters) or bool(LEADING_CAPITALS.match(text))


def _caps_words(text: str) -> bool:
    """Words in capitals ("NOTES"), not a code of letters and figures ("HR-02-65")."""
    chars = [c for c in text if not c.isspace()]
    return is_all_caps(text) and sum(c.isalpha() for c in chars) >= 0.6 * len(chars)


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters if c.isascii())


# -- blocks -------------------------------------------------------------------------------------


def _starts_new_block(block: Block, line: Line, item_x0: float | None, right: float,
                      paragraph_gap: float = DEFAULT_PARAGRAPH_GAP) -> bool:
    prev = block.lines[-1]
    if line.cell != prev.cell or line.bullet:
        return True
    if line.bold != prev.bold or line.italic != prev.italic:
        # a bold start that runs on, or the end of an aside in brackets: the same paragraph
        return not (line.cell is None and (_runs_on(block, line, right) or _open_bracket(prev.text)))
    if numbering_of(line.text) or LABEL.match(line.text) or TIME_PREFIX.match(line.text):
        return True
    if BLOCK_START.match(line.text) or METADATA_LINE.match(line.text):
        return True
    if LABEL_LINE.match(line.text) and (line.page != prev.page or not _wraps_into(prev, line, right)):
        return True
    if (_mostly_caps(prev.text) or _caps_words(prev.text)) and not _mostly_caps(line.text):
        return True  # an upper-case heading followed by its text
    if line.page == prev.page and line.top - prev.bottom > paragraph_gap * line.size:
        return True
    if line.cell is None and len(block.lines) == 1 and (numbering_of(prev.text) or AGENDA_ITEM_LABEL.match(prev.text)) \
            and _breaks_early(prev, line, right):
        return True  # "2) Apologies" on a line of its own, its text on the next: a heading and its body
    if item_x0 is not None:
        if line.x0 <= item_x0 + 2:
            # an item continues on lines indented past its marker, or flush with it when its text wraps
            return line.cell is not None or not _wraps_into(prev, line, right)
        return False
    return abs(line.size - prev.size) > DEFAULT_LARGER_FONT


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


def _open_bracket(text: str) -> bool:
    return text.count("(") > text.count(")")


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
    rights: dict[int, float] = {}  # each page's right edge of running text
    for line in lines:
        if line.cell is None:
            rights[line.page] = max(rights.get(line.page, 0.0), line.x1)
    gap = _paragraph_gap(lines)
    for line in lines:
        if not blocks or _starts_new_block(blocks[-1], line, item_x0, rights.get(line.page, line.x1), gap):
            is_item = bool(line.bullet) or bool(numbering_of(line.text) and not line.bold)
            blocks.append(Block([line], is_item=is_item))
            item_x0 = line.x0 if is_item else None
        else:
            blocks[-1].lines.append(line)
    _set_depths(blocks)
    return blocks


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


# -- headings -----------------------------------------------------------------------------------


def _agenda_column(layout: Layout, table: int) -> int:
    """The table column whose cells are agenda items: named so in the header, else the first
    column that is not a time column."""
    names = [n.lower().strip() for n in layout.table_headers.get(table, [])]
    for i, name in enumerate(names):
        if name in AGENDA_COLUMN_NAMES:
            return i
    if names and names[0] in {"time", "hour", "when"}:
        return 1
    return 0


def _is_styled(block: Block, body_size: float) -> bool:
    """Set apart by type: bold, larger than the text, or in capitals ("NOTES" alone on its line)."""
    body_size = block.text_size or body_size
    return block.bold or block.size >= body_size + DEFAULT_LARGER_FONT or _mostly_caps(block.text) \
        or (len(block.lines) == 1 and _caps_words(block.text) and len(block.text.split()) <= 3)


@dataclass
class _Page:
    """What the heading levels read of the document as a whole."""

    margin: float = 0.0  # the left edge of running text
    reference_depth: int = 0  # leading parts of decimal numbers that are a minute reference ("19.05.")


def _heading_style(block: Block, body_size: float, page: _Page | None = None) -> tuple:
    """What makes a heading look like its peers: numbering scheme and depth, indentation, label,
    typography."""
    page = page or _Page()
    text = block.text
    numbering = numbering_of(text)
    label = LABEL.match(text)
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
    return ("style", block.bold, is_all_caps(text), round(block.size), block.italic)


def _states_when(text: str) -> bool:
    """ "MINUTES FOR 15 September 2021", "To be held on Thursday, 5th September 2024, 7:45pm in ...":
    a line that gives the meeting's date (with little else, or with its time), not a heading."""
    date = DATE_IN_TEXT.search(text)
    if not date or LABEL.match(text):  # "Day 1 - 12 March 2024" heads the day's sessions
        return False
    rest = (text[:date.start()] + " " + text[date.end():]).split()
    return len(rest) <= 3 or bool(CLOCK_TIME.search(text))


def _run_in_heading(text: str) -> str:
    """The heading of a numbered paragraph that runs on into its text: "7 Quoracy: with 15 ..."."""
    long = len(text.split()) > RUN_IN_MAX_WORDS
    cut = len(text)
    for mark in (";", " : ", ": "):
        at = text.find(mark, 3)
        if at != -1 and (mark == ";" or long):
            cut = min(cut, at)
    sentence_end = _first_sentence_end(text)
    if sentence_end is not None and long:
        cut = min(cut, sentence_end)
    aside = re.search(r"\s\((?:[^()\s]+\s+){4,}[^()]*\)?", text)  # a long aside in brackets
    if aside and long:
        cut = min(cut, aside.start())
    return text[:cut].strip()


def _first_sentence_end(text: str) -> int | None:
    """Where the first sentence ends, not counting abbreviations such as "pro. tem." or "Mr."."""
    for match in re.finditer(r"\.\s+", text):
        word = re.search(r"(\w+)$", text[: match.start()])
        if word and (len(word.group(1)) > 4 or word.group(1)[:1].isdigit()):
            return match.start()
    return None


def _holds_tallies(text: str) -> bool:
    """ "Poll 1: Clear? Yes - 42, Partly - 17": results, not a heading."""
    if sum(c.isdigit() for c in text) < 2 or len(TALLY_FIGURE.findall(text)) < 2:
        return False  # each tally ends in its own figure after a dash, colon or bracket: a quick count first
    # the label is bounded so that a long block cannot make the search quadratic
    return len(TALLY.findall(text)) >= 2


def _looks_like_prose(text: str, larger: bool = False) -> bool:
    """Too long for a heading, or a sentence; a line set larger than the text may end in a full stop."""
    words = text.split()
    if larger or ABBREVIATION_END.search(text):
        return len(words) > MAX_HEADING_WORDS
    return len(words) > MAX_HEADING_WORDS or (text.endswith((".", ",")) and len(words) > 3)


def _numbering_family(text: str) -> str | None:
    numbering = numbering_of(text)
    if numbering is None:
        return None
    return "number" if numbering[0] in {"decimal", "arabic"} else numbering[0]


def _heading_text(block: Block, styled_schemes: set[str], body_size: float, in_sequence: set[int],
                  gap_fillers: frozenset[int] = frozenset(), lone: frozenset[int] = frozenset()) -> str | None:
    """The heading this block stands for, or None when it is body text."""
    text = block.text.strip()
    if not text or block.first.bullet or STARTS_WITH_HONORIFIC.match(text) or METADATA_LINE.match(text):
        return None
    if sum(c.isalpha() for c in text) < 2 or URL.search(text):
        return None  # a rule drawn with underscores, a lone number, a link
    if PRESENTER_LINE.search(text) or _holds_tallies(text):
        return None
    numbering = numbering_of(text)
    if CLOSING.match(text):
        return None  # "Atentamente", "Yours sincerely", "C.c.p. ...": a letter's closing
    if not numbering and text[:1].islower():
        return None  # a heading starts with a capital or a number: this is a fragment of a sentence
    if not numbering and (FIELD_LINE.match(text) or DATE_LINE.match(text) or CONTINUED.search(text)
                          or _states_when(text)):
        return None  # "RESULT: APPROVED", "MOTION BY: X"; "Tuesday, October 22, 2024, 5 p.m."
    styled = _is_styled(block, body_size)
    time = TIME_PREFIX.match(text)
    if time:
        if text[time.end():].strip()[:1].islower():
            return None  # "6.30 - 7.30 p.m. on Zoom": when and where, not an agenda item
        return text if styled or not _looks_like_prose(text) else _run_in_heading(text)
    much_larger = block.size >= (block.text_size or body_size) * MUCH_LARGER
    if styled and not _looks_like_prose(text, much_larger and len(block.lines) == 1) \
            and not text.endswith("?"):
        return text.split(";")[0].rstrip(":").strip()
    if styled and numbering and len(text.split()) <= 3 * MAX_HEADING_WORDS and not text.endswith((".", "?")):
        return text.rstrip(":").strip()  # a long agenda item set in bold: "(c) To discuss - Proposed ..."
    if styled and len(block.lines) <= 2 and len(text.split()) <= 2 * MAX_HEADING_WORDS \
            and not text.endswith((".", ",", ";", ":", "?")):
        return text  # a long agenda item set in bold over two lines
    if numbering and numbering[0] == "lower_roman":
        return None
    # Plain numbered paragraphs are headings unless the styled headings already use that
    # numbering, in which case they are list items.
    if numbering and (_numbering_family(text) not in styled_schemes or id(block) in gap_fillers) and (
            numbering[0] not in {"arabic", "decimal", "minute"} or id(block) in in_sequence):
        # only numbered items run in; a lettered item is a heading when it is short on its own
        heading = _run_in_heading(text) if numbering[0] in {"arabic", "decimal", "roman", "minute"} else text
        words = sum(c.isalpha() for c in heading.split(None, 1)[-1])
        return heading if not _looks_like_prose(heading) and len(heading.split()) >= 2 and words >= 3 else None
    if LABEL.match(text) and (block.italic or block.bold) and len(text.split()) <= MAX_HEADING_WORDS + 6:
        return text.rstrip(":").strip()
    if AGENDA_ITEM_LABEL.match(text) and not _looks_like_prose(text):
        return text.rstrip(":").strip()  # "TOP 3: Kassenbericht" in plain type
    if id(block) in lone:
        return text.rstrip(":").strip()
    return None


def _names_an_item(block: Block) -> bool:
    """The first block of a cell, set apart or short: the words of an agenda item, not its discussion."""
    return (block.bold or block.italic or len(block.lines) == 1) and not _looks_like_prose(block.text) \
        and sum(c.isalpha() for c in block.text) >= 2


def _table_heading(block: Block, agenda_col: int) -> str | None:
    """In a table, the agenda column's first text opens a section; labelled parts inside the
    discussion column open sub-sections."""
    text = block.text.strip().rstrip(":")
    if block.first.bullet or sum(c.isalpha() for c in text) < 2:
        return None  # no words: a time, a figure
    if block.cell.column == agenda_col:
        return text
    if (block.italic or block.bold) and not STARTS_WITH_HONORIFIC.match(text):
        if LABEL.match(text) or (numbering_of(text) or ("", ""))[0] == "decimal":
            return text
    if numbering_of(text) and is_all_caps(text) and len(block.lines) == 1 and not _looks_like_prose(text):
        return text  # "IV. OPEN SESSION": an agenda item in capitals, in a cell of the proceedings
    return None


def _kind_of(heading: str, in_table: bool) -> str:
    lowered = heading.lower()
    if len(lowered.split()) <= 4 and any(word in lowered.split() for word in BREAK_WORDS):
        return "break"
    if lowered.startswith("session"):
        return "session"
    if LABEL.match(heading) or numbering_of(heading) and numbering_of(heading)[0] == "decimal":
        return "part" if in_table else "heading"
    return "agenda_item" if in_table or TIME_PREFIX.match(heading) else "heading"


def _title_blocks(blocks: list[Block], body_size: float) -> tuple[list[Block], list[Block], list[Block]]:
    """The title: the first block of page 1 (set larger, bold or short), then the blocks right
    after it set larger than any heading that follows (a subtitle, not the first heading).
    Blocks above it set smaller than the text (the words of a letterhead's logo) are not it.
    Returns (the blocks above the title, the title's blocks, the date lines among and under them)."""
    above: list[Block] = []
    title: list[Block] = []
    dated: list[Block] = []
    for i, block in enumerate(blocks):
        text = _title_text(block)
        if block.page_first != 1 or block.cell is not None or METADATA_LINE.match(block.text):
            break
        if title and not text:
            dated.append(block)  # the date line under the title: metadata, not a heading
            continue
        if title and not dated and not numbering_of(text) and _names_this_meeting(block):
            title.append(block)  # "Minutes of the Parish Council Meeting held on ...", in the text's own style
            continue
        larger = block.size >= (block.text_size or body_size) + DEFAULT_LARGER_FONT
        if numbering_of(text) or _looks_like_prose(text, larger or len(block.lines) == 1) or block.first.bullet:
            break
        if not title and block.size <= body_size - DEFAULT_LARGER_FONT and _larger_follows(blocks[i + 1:], body_size):
            above.append(block)
            continue
        floor = max(_largest_heading_size(blocks[i + 1:]), body_size)
        if title and block.size <= floor + DEFAULT_LARGER_FONT and not _centred_under(title[0], block, body_size) \
                and not _title_runs_on(title[-1], block):
            if _set_like_title(title[0], block, body_size):
                dated.append(block)  # the place under the title, set like it: metadata, not a heading
                continue
            break
        if not title and not (larger or block.bold or len(text.split()) <= 12):
            break
        title.append(block)
    return above, title, dated


def _names_this_meeting(block: Block) -> bool:
    """A line under the title saying what meeting these are the minutes of ("Minutes of the Meeting
    of the Finance Committee", "REGULAR CITY COUNCIL MEETING MINUTES"): the title goes on, though the line
    is set no larger than the headings; or, set apart, the name of the body that meets. "Minutes of the
    previous meeting" is an agenda item, not this."""
    said = _TITLE_DETAILS.sub("", block.text)
    if len(block.lines) > 2 or len(said.split()) > 12 or _looks_like_prose(said) or _OTHER_MEETING.search(said) \
            or _CLOCK_TIME.search(said):
        return False  # a sentence ("Es versammelten sich heute, ... zur Mitgliederversammlung"), or times
    if _NAMES_A_MEETING.search(said):
        return True
    # "BOARD OF DIRECTORS MEETING" then "Greenfield Housing Cooperative" in bold: the body that meets
    return (block.bold or is_all_caps(said)) and len(said.split()) <= 8 and not said.rstrip().endswith(".") \
        and bool(_NAMES_A_BODY.search(said))


def _title_runs_on(title: Block, block: Block) -> bool:
    """A title in capitals that fills its line and goes on in capitals on the next, in the same size."""
    last, first = title.lines[-1], block.first
    return (is_all_caps(last.text) and is_all_caps(block.text) and abs(last.size - first.size) < DEFAULT_LARGER_FONT
            and len(last.text.split()) >= FULL_LINE_WORDS and first.top - last.bottom < last.size
            and last.page == first.page)


def _join_title(blocks: list[Block]) -> str | None:
    """The title lines joined with ": ", a title that runs on over two blocks with a space; filler
    rules ("-------") dropped."""
    title = ""
    for i, block in enumerate(blocks):
        text = FILLER_RULE.sub("", _title_text(block)).strip()
        if i:  # a subtitle's "held on Monday 7th October at 7.30pm" is the meeting's date and place
            text = _TITLE_DETAILS.sub("", text).strip(" ,-–") or text
        if text:
            joint = " " if i and _title_runs_on(blocks[i - 1], block) else ": "
            title = title + joint + text if title else text
    return title or None


def _title_text(block: Block) -> str:
    """A title block's text without its date and time lines, and from a "Supported by:" or other
    "Label:" line on."""
    kept: list[str] = []
    for line in block.lines:
        if METADATA_LINE.match(line.text) or BY_LINE.match(line.text):
            break
        if not (DATE_LINE.match(line.text) or TIME_OF_DAY.match(line.text) or TIME_PREFIX.match(line.text)):
            kept.append(line.text)
    return join_lines(kept)


def _centred_under(title: Block, block: Block, body_size: float) -> bool:
    """Set apart (bold or larger than the text) and centred under a centred title: a subtitle,
    whatever its size (on a scan, sizes are known to a point or two)."""
    if not (block.bold or block.size >= body_size + DEFAULT_LARGER_FONT):
        return False
    left, right = min(line.x0 for line in title.lines), max(line.x1 for line in title.lines)
    block_left, block_right = min(line.x0 for line in block.lines), max(line.x1 for line in block.lines)
    centred = abs((left + right) - (block_left + block_right)) / 2 <= CENTRED_TOLERANCE
    return centred and abs(block_left - left) > CENTRED_TOLERANCE  # not both set flush left


def _set_like_title(title: Block, block: Block, body_size: float) -> bool:
    """Centred under a title in capitals, in capitals, in the same weight and no larger than the title
    or the text, with figures or commas: a line of the title block's letterhead (the place, the
    address), not the first heading."""
    if not re.search(r"[\d,]", block.text):
        return False  # a place or an address has its figures or its commas ("4100 NORMAL STREET")
    if not (is_all_caps(title.text) and is_all_caps(block.text)) or block.bold != title.bold \
            or block.size > max(title.size, body_size) + DEFAULT_LARGER_FONT or numbering_of(block.text):
        return False
    left, right = min(line.x0 for line in title.lines), max(line.x1 for line in title.lines)
    block_left, block_right = min(line.x0 for line in block.lines), max(line.x1 for line in block.lines)
    # centred alike, and not merely flush left with the title (some line starts elsewhere)
    return abs((left + right) - (block_left + block_right)) / 2 <= CENTRED_TOLERANCE \
        and any(abs(line.x0 - left) > CENTRED_TOLERANCE for line in block.lines)


def _larger_follows(blocks: list[Block], body_size: float) -> bool:
    """Past more small print, the next block of page 1 is set larger than the text (a title)."""
    for block in blocks:
        if block.page_first != 1 or block.cell is not None:
            return False
        if block.size > body_size - DEFAULT_LARGER_FONT:
            return block.size >= body_size + DEFAULT_LARGER_FONT
    return False


def _largest_heading_size(blocks: list[Block]) -> float:
    sizes = [b.size for b in blocks if (b.bold or is_all_caps(b.text)) and not _looks_like_prose(b.text)]
    return max(sizes, default=0.0)


def build_structure(layout: Layout) -> Structure:
    body_size = layout.body_size
    blocks = build_blocks(_unframe_ruled_text(_unframe_page_frames(layout.lines)))
    _set_text_sizes(blocks, layout.lines)
    above, title_blocks, dated = _title_blocks(blocks, body_size)
    rest = blocks[len(above) + len(title_blocks) + len(dated):]
    styled_schemes = _styled_heading_schemes(rest, body_size)
    data_tables = _data_tables(rest)
    figure_tables = _figure_tables(rest) | _people_tables(rest, layout)
    in_sequence = _numbers_in_sequence(rest)
    gap_fillers = _styled_sequence_gaps(rest, body_size)
    page = _Page(margin=_left_margin(rest), reference_depth=_reference_depth(rest))
    lone = _lone_headings(rest, page.margin)
    captions = _signature_captions(rest)
    extents = _text_extents(blocks)
    name_lists = _name_lists(rest)
    title_texts = {b.text.strip().casefold() for b in title_blocks}
    sections: list[SectionDraft] = []
    front: list[Block] = above + title_blocks + dated
    styles: list[tuple] = []  # the open heading styles, outermost first
    sizes: list[float | None] = []  # the font size of each open style's heading, if set apart by type
    opened: list[Block] = []  # the heading block that opened each open style
    table_level: dict[int, int] = {}
    last_row: tuple | None = None
    numbered_rows: dict[tuple, str] = {}  # rows whose agenda cell is a bare number ("1."): the item is the next cell's
    for block in rest:
        heading = None
        cell = block.cell
        item_cell = False
        if cell is not None and (cell.table in data_tables or cell.table in figure_tables):
            pass  # a table of counts or of people: its rows are data, not sections
        elif cell is not None:
            row_key = (cell.table, cell.row)
            agenda_col = _agenda_column(layout, cell.table)
            if row_key != last_row and cell.column == agenda_col:
                heading = _table_heading(block, agenda_col)
                if heading:
                    last_row = row_key
                elif BARE_NUMBER.match(block.text):
                    numbered_rows[row_key] = block.text.strip()
            elif row_key in numbered_rows and cell.column == agenda_col + 1 and _names_an_item(block):
                # "1. | Welcome and apologies (bold) The Chair welcomed ...": the number's item, its first words
                heading, item_cell, last_row = f"{numbered_rows.pop(row_key)} {block.text.strip()}", True, row_key
            elif cell.column != agenda_col:
                heading = _table_heading(block, agenda_col)
        else:
            heading = _heading_text(block, styled_schemes, body_size, in_sequence, gap_fillers, lone)
            if heading and heading.casefold() in title_texts:
                heading = None  # the title again at the top of a later page: a running header
            if heading and _in_side_column(block, extents):
                heading = None
        if heading and (_breaks_off(heading) or id(block) in name_lists or _table_row_text(heading)
                        or _garbled(heading)):
            heading = None
        if heading is not None and id(block) in captions:
            heading = None
        if heading is None:
            (sections[-1].blocks if sections else front).append(block)
            continue
        style = _heading_style(block, body_size, page)
        if cell is not None and style[0] == "table-cell" \
                and (item_cell or cell.column == _agenda_column(layout, cell.table)):
            style = ("table-row", cell.table)
            if cell.table not in table_level:
                table_level[cell.table] = len(styles) + 1
            del styles[table_level[cell.table] - 1:]
            del sizes[len(styles):], opened[len(styles):]
        if ANNEX.match(heading):
            del styles[:], sizes[:], opened[:]  # an annex opens at the top level
        plain = id(block) in lone and not _is_styled(block, body_size)
        peer = _peer_of(block, opened) if plain and style not in styles else None
        if peer is not None:
            del styles[peer + 1:], sizes[peer + 1:], opened[peer + 1:]
            level = peer + 1  # a heading in plain type, set like an open heading: its peer
        elif cell is None and _is_label_heading(heading) and style not in styles:
            level = len(styles) + 1  # "Present", "Apologies:": a leaf, never the parent of what follows
        else:
            rank = block.size if cell is None and _is_styled(block, body_size) else None
            _open_style(styles, sizes, style, rank)
            del opened[len(styles) - 1:]
            opened.append(block)
            level = len(styles)
        parent = next((s.section_no for s in reversed(sections) if s.level < level), None)
        sections.append(
            SectionDraft(
                section_no=len(sections) + 1,
                heading=heading,
                level=level,
                kind=_kind_of(heading, cell is not None),
                page_first=block.page_first,
                parent_no=parent,
            )
        )
        if heading != block.text.strip().rstrip(":"):
            sections[-1].blocks.append(block)  # a run-in heading keeps its paragraph as body
    title = _join_title(title_blocks)
    return Structure(title=title, title_blocks=title_blocks, front=front, sections=sections, body_size=body_size,
                     table_headers=layout.table_headers, data_tables=data_tables)


NUMBER_CELL = re.compile(r"^\d{1,6}(?:[.,]\d+)?\s*%?$")
LABEL_HEADING = re.compile(rf"^(?:{'|'.join(METADATA_LABELS)})\s*:?$", re.I)


def _peer_of(block: Block, opened: list[Block]) -> int | None:
    """The open heading level whose heading starts at the same place as this block."""
    for at, other in enumerate(opened):
        if abs(other.first.x0 - block.first.x0) <= 2:
            return at
    return None


def _open_style(styles: list[tuple], sizes: list[float | None], style: tuple, size: float | None) -> None:
    """Make `style` the innermost open heading style: back to it when it is open, else nested in
    the open styles, except those set apart in a smaller type (a heading never nests under a smaller
    one; a plain numbered item has no rank by type)."""
    if style in styles:
        at = styles.index(style) + 1
        del styles[at:], sizes[at:]
        return
    while size is not None and sizes and sizes[-1] is not None and sizes[-1] < size - DEFAULT_LARGER_FONT:
        styles.pop()
        sizes.pop()
    styles.append(style)
    sizes.append(size)


def _is_label_heading(heading: str) -> bool:
    return bool(LABEL_HEADING.match(heading.strip()))


def _unframe_ruled_text(lines: list[Line]) -> list[Line]:
    """Text ruled line by line (an act with a rule under each line, a form) is found as a table whose
    rows hold one line in one cell: read it as running text."""
    filled: dict[int, dict[int, Counter[int]]] = {}  # table -> row -> lines per column
    for line in lines:
        if line.cell is not None:
            filled.setdefault(line.cell.table, {}).setdefault(line.cell.row, Counter())[line.cell.column] += 1
    ruled = {table for table, rows in filled.items()
             if len(rows) >= 4 and sum(len(cols) == 1 and sum(cols.values()) == 1 for cols in rows.values())
             >= RULED_TEXT_SHARE * len(rows)}
    if not ruled:
        return lines
    return [replace(line, cell=None) if line.cell is not None and line.cell.table in ruled else line
            for line in lines]


def _unframe_page_frames(lines: list[Line]) -> list[Line]:
    """A ruled "table" of a single row, one of whose cells holds a page of text, is a frame: a form's
    columns ruled beside the minutes (a vote grid, an action column), not rows of a table. Its lines
    are running text, read after the lines set above the frame on their page (the letterhead and
    title of a scan, which extraction puts after the table that starts higher up)."""
    rows: dict[int, set[int]] = {}
    filled: Counter[tuple[int, int, int]] = Counter()  # (table, row, column) -> lines
    for line in lines:
        if line.cell is not None:
            rows.setdefault(line.cell.table, set()).add(line.cell.row)
            filled[(line.cell.table, line.cell.row, line.cell.column)] += 1
    frames = {table for table, held in rows.items() if len(held) == 1
              and max(n for (t, _, _), n in filled.items() if t == table) >= FRAME_MIN_LINES}
    if not frames:
        return lines
    out: list[Line] = []
    for _, group in groupby(lines, key=lambda line: line.page):
        page = list(group)
        framed = [line for line in page if line.cell is not None and line.cell.table in frames]
        top = min((line.top for line in framed), default=None)
        above = [line for line in page if top is not None and line.cell is None and line.top < top]
        out.extend(above)
        for line in page:
            if framed and line is framed[0]:
                out.extend(_frame_text(framed, filled))
            elif not any(line is other for other in above + framed):
                out.append(line)
    return out


# Column names that never head the minutes themselves ("AGENDA" may: it stays).
FRAME_COLUMN_NAMES = frozenset(AGENDA_COLUMN_NAMES) - {"agenda", "session", "title"}


def _frame_text(framed: list[Line], filled: Counter[tuple[int, int, int]]) -> list[Line]:
    """A frame's lines as running text: the cell holding the text first, then the narrow cells
    beside it (the marks of a vote grid); the text cell's column name at its top (a form's
    "AGENDA ITEM" printed on every page) dropped."""
    def lines_in(line: Line) -> int:
        return filled[(line.cell.table, line.cell.row, line.cell.column)]

    ordered = sorted(framed, key=lambda line: -lines_in(line))  # stable: each cell keeps its order
    if ordered and ordered[0].text.strip().strip(":").lower() in FRAME_COLUMN_NAMES:
        ordered = ordered[1:]
    return [replace(line, cell=None) for line in ordered]


def _figure_tables(blocks: list[Block]) -> set[int]:
    """Tables whose cells, first column included, are mostly figures ("15.05", "NA"): a budget, a
    grid of results. Their cells are not agenda items."""
    cells: dict[int, list[str]] = {}
    for block in blocks:
        if block.cell is not None:
            cells.setdefault(block.cell.table, []).append(block.text.strip())
    return {table for table, texts in cells.items()
            if sum(bool(NUMBER_CELL.match(t)) or t.lower() in EMPTY_FIGURES for t in texts)
            >= FIGURE_TABLE_SHARE * len(texts)}


PEOPLE_TABLE_SHARE = 0.6  # a table whose agenda column opens with a person's name this often lists people


def people_table_columns(names: list[str]) -> dict[str, int] | None:
    """{"name": i, "role": j, "organization": k} of a table of the people present, from its column names
    ("Name | Organisation | Role"); None when no column names people or nothing else is said of them."""
    columns: dict[str, int] = {}
    for i, name in enumerate(names):
        key = name.lower().strip(" :")
        for kind, words in PEOPLE_TABLE_COLUMNS.items():
            if key in words and kind not in columns:
                columns[kind] = i
    return columns if "name" in columns and len(columns) >= 2 else None



def _people_tables(blocks: list[Block], layout: Layout) -> set[int]:
    """Tables whose columns are named for people (Name | Organisation | Role), or whose agenda column mostly
    opens with a person's name (a given name, then a capitalised word: "Andrei Garcia", "Michael Mashack
    Commissioner Present"): a roll call, not agenda items."""
    named = {t for t, names in layout.table_headers.items() if people_table_columns(names) is not None}
    cells: dict[int, list[str]] = {}
    for block in blocks:
        if block.cell is not None and block.cell.column == _agenda_column(layout, block.cell.table):
            cells.setdefault(block.cell.table, []).append(block.text.split())
    return named | {table for table, texts in cells.items() if len(texts) >= 3 and sum(
        len(words) >= 2 and is_given_name(words[0]) and words[1][:1].isupper() for words in texts)
        >= PEOPLE_TABLE_SHARE * len(texts)}


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


def _data_tables(blocks: list[Block]) -> set[int]:
    """Tables whose cells beyond the first column are mostly numbers (evaluation tables, grids)."""
    cells: dict[int, list[str]] = {}
    for block in blocks:
        if block.cell is not None and block.cell.column > 0:
            cells.setdefault(block.cell.table, []).append(block.text.strip())
    return {table for table, texts in cells.items()
            if texts and sum(bool(NUMBER_CELL.match(t)) for t in texts) >= 0.6 * len(texts)}


def _styled_heading_schemes(blocks: list[Block], body_size: float) -> set[str]:
    """The numbering schemes used by at least two headings set apart by type (bold, larger,
    capitals); plain paragraphs numbered the same way are list items, not headings."""
    counts: Counter[str] = Counter()
    for block in blocks:
        text = block.text
        if block.cell is not None or block.first.bullet or _looks_like_prose(text) or METADATA_LINE.match(text):
            continue
        if STARTS_WITH_HONORIFIC.match(text):
            continue
        if _is_styled(block, body_size):
            counts[_numbering_family(text) or "none"] += 1
    return {scheme for scheme, n in counts.items() if n >= 2}


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


def _text_extents(blocks: list[Block]) -> dict[int, tuple[float, float]]:
    """Each page's left and right edges of the text outside tables."""
    extents: dict[int, tuple[float, float]] = {}
    for block in blocks:
        for line in block.lines:
            if line.cell is None:
                left, right = extents.get(line.page, (line.x0, line.x1))
                extents[line.page] = (min(left, line.x0), max(right, line.x1))
    return extents


def _in_side_column(block: Block, extents: dict[int, tuple[float, float]]) -> bool:
    """Set in the right half of the page's text: a note in a column beside the minutes (a form's
    "ACTION AUTHORIZED BY BOARD" column, a stamp, a signature), not a heading of the minutes,
    which start at the left margin or are centred."""
    left, right = extents.get(block.page_first, (0.0, 0.0))
    return right - left > 0 and block.first.x0 > (left + right) / 2


def _breaks_off(heading: str) -> bool:
    """Ends in a lower-case word that never ends a heading ("... of", "... were", "... on"), or inside
    brackets: a line of a sentence broken over lines, set in bold or capitals (an approval stamp, a
    signature's caption)."""
    words = heading.split()
    if _open_bracket(heading):
        return True  # "ATTENDANCE AT THIS MEETING (Board": the aside goes on below
    return len(words) > 1 and words[-1].islower() and words[-1] in HEADING_TAIL_STOPWORDS


FIGURE = re.compile(r"^\(?\d{1,6}(?:[.,]\d+)?\s?%\)?$|^\d{1,6}[.,]\d{2}$")  # "37%", "1299.95"


def _table_row_text(heading: str) -> bool:
    """A row of a table read as a line (its rules not found on a scan): cells parted by a rule that
    OCR read as "|", or two or more percentages or amounts ("Creating Unit 86% 14% 0%")."""
    return " | " in f" {heading} " or sum(bool(FIGURE.match(word)) for word in heading.split()) >= 2


WORD_SHAPE = re.compile(r"^[^\W_](?:[\w'’&/.:,-]*[^\W_])?$")  # "Q&A", "2.1", "09:15", "Co-ordinator", "a"
WORD_EDGES = "()[]\"'“”‘’«».,:;!?%–—-*•£$€"
WORDS_MIN_SHARE_IN_HEADING = 0.6  # below this share of word-shaped tokens, a line is OCR's reading of a picture


def _garbled(heading: str) -> bool:
    """Mostly not words ("2% a i—t —_", "V| astling"): OCR reading a picture, a logo or a signature."""
    tokens = [core for core in (token.strip(WORD_EDGES) for token in heading.split()) if core]  # not dashes
    words = sum(bool(WORD_SHAPE.match(token)) for token in tokens)
    return bool(tokens) and words < WORDS_MIN_SHARE_IN_HEADING * len(tokens)


PERSON_NAME_MAX_WORDS = 4


def _is_name_line(text: str) -> bool:
    """A line that is a person's name and nothing else: a given name, then capitalised words or
    initials, the surname last ("Bianca Ambrosi", "ALAN D. BERSIN"); not "Milton Keynes A" (a team)."""
    words = [w for w in text.split() if w.strip(".,")]
    if not 2 <= len(words) <= PERSON_NAME_MAX_WORDS or not is_given_name(words[0]):
        return False
    return len(words[-1].strip(".,")) > 1 and all(w[:1].isupper() and w.strip(".,").isalpha() for w in words[1:])


def _name_lists(blocks: list[Block]) -> frozenset[int]:
    """ids of plain blocks that list people, a name a line: blocks of two or more name lines, and a
    name line next to such a block or under a label ("Anwesenheitsliste:", "Present:"). Those
    present or signing, set apart in a scan's guessed sizes, are not headings."""
    names = [not block.bold and all(_is_name_line(line.text) for line in block.lines) for block in blocks]
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if not names[i]:
            continue
        near = (i and names[i - 1] and len(blocks[i - 1].lines) > 1) \
            or (i + 1 < len(blocks) and names[i + 1] and len(blocks[i + 1].lines) > 1)
        under_label = i and blocks[i - 1].text.rstrip().endswith(":") and len(blocks[i - 1].text.split()) <= 3
        if len(block.lines) > 1 or near or under_label:
            found.add(id(block))
    return frozenset(found)


def _signature_captions(blocks: list[Block]) -> set[int]:
    """ids of the blocks next to a signature rule ("________"): "ATTEST:", "Commission Chair"."""
    rules = [i for i, block in enumerate(blocks) if block.text.lstrip().startswith("_____")]
    return {id(blocks[j]) for i in rules for j in (i - 1, i + 1)
            if 0 <= j < len(blocks) and not numbering_of(blocks[j].text) and len(blocks[j].text.split()) <= 8}


def _lone_headings(blocks: list[Block], margin: float) -> frozenset[int]:
    """ids of plain blocks that head what follows by their place alone: a short label ending in a
    colon over a list ("Summary:" then "1. ..."), or a short line set out to the left of the running
    text over an indented paragraph (a heading in plain type)."""
    found: set[int] = set()
    for block, after in zip(blocks, blocks[1:], strict=False):
        text = block.text.strip()
        if block.cell is not None or block.is_item or len(block.lines) > 2 or not text[:1].isupper():
            continue
        if METADATA_LINE.match(text) or STARTS_WITH_HONORIFIC.match(text) or numbering_of(text):
            continue
        if len(block.lines) == 1 and text.endswith(":") and len(text.split()) <= 3 and after.is_item:
            found.add(id(block))
        elif block.first.x0 < margin - INDENT_STEP / 2 and after.cell is None and after.first.x0 >= margin - 2 \
                and not after.is_item and len(after.lines) >= 2 and not numbering_of(after.text) \
                and not _looks_like_prose(text) and not text.endswith((":", ";", ".", ",")):
            found.add(id(block))
    return frozenset(found)


def _number_value(num: str) -> int | None:
    """The value of a single number or letter ("3", "b"); None for "2.1" or roman numerals."""
    if num.isdigit():
        return int(num)
    return ord(num.lower()) - ord("a") + 1 if len(num) == 1 and num.isalpha() else None


def _styled_sequence_gaps(blocks: list[Block], body_size: float) -> frozenset[int]:
    """ids of plain numbered blocks whose number fills the gap between the headings of the same
    numbering set apart by type just before and after them ("(a)" bold, "(b)" plain, "(c)" bold):
    headings whose bold was forgotten."""
    numbered: list[tuple[str, int, bool, Block]] = []
    for block in blocks:
        numbering = numbering_of(block.text)
        if not numbering or block.cell is not None or block.first.bullet:
            continue
        value = _number_value(numbering[1])
        if value is not None:
            numbered.append((_numbering_family(block.text) or "", value, _is_styled(block, body_size), block))
    gaps: set[int] = set()
    for i, (family, value, styled, block) in enumerate(numbered):
        if styled:
            continue
        before = next(((v, b) for f, v, st, b in reversed(numbered[:i]) if f == family and st), None)
        after = next(((v, b) for f, v, st, b in numbered[i + 1:] if f == family and st), None)
        if before and after and before[0] == value - 1 and after[0] == value + 1 \
                and min(abs(before[1].first.x0 - block.first.x0), abs(after[1].first.x0 - block.first.x0)) <= 3:
            gaps.add(id(block))  # set flush with one of them
    return frozenset(gaps)


def _numbers_in_sequence(blocks: list[Block]) -> set[int]:
    """ids of plain numbered blocks whose number has a neighbour (n-1 or n+1) at the same depth,
    so "12 November 2018" or "69 forms were returned" are not taken for numbered headings."""
    seen: dict[tuple, list[tuple[int, Block]]] = {}
    for block in blocks:
        numbering = numbering_of(block.text)
        if numbering and numbering[0] == "minute":  # "Min. 12/24", "24/112": the year on either side
            first, second = numbering[1].split("/")
            seen.setdefault(("minute-year-last", second), []).append((int(first), block))
            seen.setdefault(("minute-year-first", first), []).append((int(second), block))
            continue
        if not numbering or numbering[0] not in {"arabic", "decimal"}:
            continue
        parts = tuple(int(p) for p in numbering[1].split("."))
        seen.setdefault((len(parts), parts[:-1]), []).append((parts[-1], block))
    ids: set[int] = set()
    for entries in seen.values():
        numbers = {n for n, _ in entries}
        ids.update(id(block) for n, block in entries if n - 1 in numbers or n + 1 in numbers)
    return ids
