"""Minutes kept on a form: a vote grid at the left, the agenda column, an action column at the right.

Such a page reads in three columns side by side, and extraction (or OCR) gives them back as lines
that cross the columns ("Motion Approve and adopt", the grid's row label and the action column's
first words on one baseline) or that follow each other column by column. Here, for a document whose
left edge holds a vote grid (rules/forms.py): the grid's labels, marks and the letters of names set
vertically leave the text and are read as votes; a grid label run into the action column's text is
cut from it; the form's head printed on each page (letterhead, date, page number, column heads) is
kept on page 1 only, without the column heads; each paragraph of the action column is read after
the paragraph of the agenda column it stands beside, so it belongs to that item.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from pipeline.pdf.extract import FormGrid, GridColumn, Line
from pipeline.rules import (
    FORM_ADDRESS_PATTERNS,
    FORM_COLUMN_HEADS,
    FORM_HEAD_SIMILARITY,
    FORM_HEAD_TIME,
    FORM_ITEM_NUMBER,
    FORM_LOST_NUMBER,
    FORM_PAGE_NUMBER,
    GRID_COUNTED_ROWS,
    GRID_MARKS,
    GRID_MAX_CELL_CHARS,
    GRID_MIN_VOTE_ROWS,
    GRID_ROW_LABELS,
    GRID_VOTE_ROWS,
    POST_WORDS,
    SIGNATURE_CAPTIONS,
    VENUE_NOUNS,
)
from pipeline.structure.blocks import Block
from pipeline.structure.text import DATE_LINE, item_name, join_lines

# Lines of one column start within this many points of each other (OCR's boxes are a point or two off).
COLUMN_SLACK = 8.0
# A column's head is printed in the top share of the page (the lowest line seen stands for its height).
FORM_HEAD_SHARE = 0.3
# Lines more than this share of their size apart (bottom to top) are separate paragraphs.
PARAGRAPH_GAP = 0.6
# The action column starts right of the page's middle, at an x this many of its lines share.
ACTION_COLUMN_MIN_LINES = 3
# Vote rows stand under each other; OCR may miss a row's label ("Second"), so rows this many type
# sizes apart still belong to one vote.
ROW_GAP = 2.5
# The grid's labels stand this far left of the text columns, at least (points).
GRID_MIN_WIDTH = 60.0
# Pieces of one line read by OCR stand on baselines this share of their size apart, at most.
BASELINE_SLACK = 0.3
# A scanned page lies up to this far off the others (points).
PAGE_SHIFT = 40.0
# A "line" narrower than this share of its letters' size per letter is letters stacked in a narrow
# column (a name set vertically), not a line of text.
STACKED_WIDTH = 0.25
# The names over the grid's columns are looked for up to this far right of the grid's marks (points):
# the columns of members marked in no row.
GRID_NAMES_REACH = 80.0
# A mark stands in a column up to this far outside its rules (OCR's boxes are a point or two off).
MARK_SLACK = 2.0
# The grid's member columns are alike in width: one this many times as wide as another is two (a rule
# the image did not show).
GRID_COLUMN_WIDTH_SPREAD = 1.5
# A mark on the image stands in a row up to this share of the rows' pitch from the row's middle; a
# row's label read by OCR up to ROW_INDEX_SHARE of it (OCR's boxes are a point or two off); steps
# between OCR's labels over ROW_STEP_SLACK times the least are over a row whose label it missed.
MARK_ROW_SHARE = 0.3
ROW_INDEX_SHARE = 0.35
ROW_STEP_SLACK = 1.5
# The marks of one vote typed off their rows' labels are off by as much, to this share of the pitch.
TYPED_OFF_SPREAD = 0.15
# How wide a grid label is, per letter, as a share of the font size (to cut it from the text run into it).
LABEL_CHAR_WIDTH = 0.55


@dataclass(frozen=True)
class GridVote:
    """One vote read from the grid: where its rows stand, the members marked in each row ("for",
    "against", "abstain": how many), and where the Motion and Second rows are marked (x)."""

    page: int
    top: float
    bottom: float
    counts: dict[str, int] = field(default_factory=dict)
    marks: dict[str, list[float]] = field(default_factory=dict)
    action: str = ""  # the action column's text beside the vote: what was moved
    action_top: float | None = None  # where that text starts on the page
    item: str = ""  # the agenda item beside the vote, without its number: what a bare "Adopt." adopts
    mover: str | None = None  # the member whose column the Motion row marks, as the grid names them
    seconder: str | None = None  # the member whose column the Second row marks


@dataclass
class FormReading:
    """A document read as a form: its lines in reading order (without the grid and the head), the
    head of page 1 (letterhead and date), the votes of the grid."""

    lines: list[Line]
    head: list[Line] = field(default_factory=list)
    votes: list[GridVote] = field(default_factory=list)
    signature: list[Line] = field(default_factory=list)  # the signature block under the form, last page


@dataclass(frozen=True)
class _Geometry:
    label_x: float  # where the grid's row labels start
    grid_right: float  # where the grid's marks end
    action_left: float | None  # where the action column starts


def read_form(lines: list[Line], grids: dict[int, FormGrid] | None = None) -> FormReading:
    """The lines of a form's pages in reading order, without the grid, the head of page 1, and the
    votes the grid records. `grids`: per page, the grid as read on the page image (its member
    columns, the names set over them and their marks: pipeline/ocr/grid.py), which names the
    votes' mover and seconder, and counts the votes where the rows are known (the X's OCR missed).
    A document without a vote grid comes back as it is."""
    form = _form_pages(lines)
    if form is None:
        return FormReading(lines)
    # the form's rules frame the columns, which are no table's cells
    geometries = {page: geometry for page, (_, geometry) in form.items()}
    pages = {page: [replace(piece, cell=None) for line in page_lines for piece in _cut_label(line, geometry)]
             for page, (page_lines, geometry) in form.items()}
    boundaries = _head_boundaries([line for page_lines in pages.values() for line in page_lines])
    first = min(pages)
    reading = FormReading([])
    for page, page_lines in pages.items():
        geometry = geometries[page]
        grid = [line for line in page_lines if _in_grid(line, geometry)]
        in_grid = {id(line) for line in grid}
        action = [line for line in page_lines if geometry.action_left is not None
                  and line.x0 >= geometry.action_left - COLUMN_SLACK and id(line) not in in_grid]
        rest = [line for line in page_lines if id(line) not in in_grid and not _column_head(line)]
        agenda = [line for line in rest if geometry.action_left is not None
                  and geometry.grid_right < line.x0 < geometry.action_left - COLUMN_SLACK]
        reading.votes.extend(_with_item(_with_action(vote, action), agenda)
                             for vote in _grid_votes(page, grid, (grids or {}).get(page)))
        boundary = boundaries.get(page)
        head = [line for line in rest if boundary is not None and line.bottom <= boundary]
        body = [line for line in rest if boundary is None or line.bottom > boundary]
        if page == first:  # the letterhead: title, venue, date; not the letters of names set over the grid
            reading.head = _rows([line for line in head if line.x1 > geometry.grid_right + COLUMN_SLACK
                                  and not re.fullmatch(FORM_PAGE_NUMBER, f" {line.text.strip()}")])
        if page == max(pages):
            signature = _signature_block(body, geometry, max((line.bottom for line in grid), default=0.0))
            reading.signature = signature
            signed = {id(line) for line in signature}
            body = [line for line in body if id(line) not in signed]
        reading.lines.extend(_beside_agenda(body, geometry.action_left))
    return reading


def grid_regions(lines: list[Line]) -> dict[int, tuple[float, float, float, float]]:
    """Per page of a form whose grid has row labels on it: where the grid stands, (left, right,
    names_bottom, bottom) in points: right of the row labels' left edge, up to GRID_NAMES_REACH right
    of the grid's marks (a column no one was marked in); its names above the first row label, its
    rows down to the last. Empty for a document that is no form."""
    regions = {}
    for page, (page_lines, page_geometry) in (_form_pages(lines) or {}).items():
        labels = [line for line in page_lines if _row_label(line) and line.x0 <= page_geometry.label_x + COLUMN_SLACK]
        if not labels:
            continue
        right = page_geometry.grid_right + GRID_NAMES_REACH
        if page_geometry.action_left is not None:
            right = min(right, page_geometry.action_left)
        regions[page] = (page_geometry.label_x - COLUMN_SLACK, right, min(line.top for line in labels),
                         max(line.bottom for line in labels) + max(line.size for line in labels))
    return regions


# -- the form's geometry ------------------------------------------------------------------------

def _form_pages(lines: list[Line]) -> dict[int, tuple[list[Line], _Geometry]] | None:
    """Per page of a form, its lines and its columns (each scanned page sits a little differently on
    the glass: its columns are its own); None for a document that is no form."""
    geometry = _form_geometry(lines)
    if geometry is None:
        return None
    by_page: dict[int, list[Line]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    return {page: (page_lines, _page_geometry(page_lines, geometry)) for page, page_lines in by_page.items()}


def _row_label(line: Line) -> str | None:
    """What the grid row a line's first word labels records ("Ayes" -> "for"), if it labels one."""
    word = line.text.split(maxsplit=1)[0].strip(".:;,*()[]'\"").casefold() if line.text.strip() else ""
    return GRID_ROW_LABELS.get(word)


def _form_geometry(lines: list[Line]) -> _Geometry | None:
    """Where the grid, its labels and the action column are, if the document is a form: a "Motion"
    row label at the left edge with vote rows under it (Second, Ayes, Nays, Abstain), or the form's
    column heads ("AGENDA ITEM", "ACTION AUTHORIZED BY BOARD") printed side by side as running text."""
    labels = [line for line in lines if _row_label(line)]
    label_x = min((line.x0 for line in labels), default=None)
    labels = [line for line in labels if label_x is not None and line.x0 <= label_x + COLUMN_SLACK]
    voted = any(_vote_rows_under(line, labels) for line in labels if _row_label(line) == "mover")
    if not voted and not labels or not _text_right_of(lines, label_x):
        return None
    marks = [line for line in lines if _is_marks(line) and line.x0 > label_x]
    label_only = [line.x1 for line in labels if len(line.text.split()) == 1]
    grid_right = max([line.x1 for line in marks] + label_only, default=label_x)
    geometry = _Geometry(label_x=label_x, grid_right=grid_right, action_left=_action_left(lines, grid_right))
    if not voted and (geometry.action_left is None or not _column_heads_right_of(lines, label_x)):
        return None  # a "Present" row alone makes a form only with its columns and their heads
    return geometry


def _page_geometry(lines: list[Line], document: _Geometry) -> _Geometry:
    """The form's columns on one page, where the page shows them; the document's elsewhere."""
    labels = [line for line in lines if _row_label(line) and line.x0 <= document.label_x + GRID_MIN_WIDTH / 2]
    label_x = min((line.x0 for line in labels), default=document.label_x)
    marks = [line.x1 for line in lines if _is_marks(line) and label_x < line.x0 < document.grid_right + COLUMN_SLACK]
    grid_right = max(marks + [line.x1 for line in labels if len(line.text.split()) == 1], default=document.grid_right)
    action_left = document.action_left
    if action_left is not None:  # the page's action column, where it is near the document's
        near = [line for line in lines if abs(line.x0 - action_left) <= PAGE_SHIFT]
        action_left = (_action_left(near, grid_right, 2) if near else None) or action_left
    return _Geometry(label_x=label_x, grid_right=grid_right, action_left=action_left)


def _text_right_of(lines: list[Line], label_x: float) -> bool:
    """Whether the text is set in columns right of the labels (a form), not at their margin (a vote
    written out in running minutes: "Motion: X / Second: Y / Ayes: ...")."""
    starts = Counter(round(line.x0 / 4) * 4 for line in lines
                     if len(line.text) > GRID_MAX_CELL_CHARS and not _row_label(line))
    return bool(starts) and starts.most_common(1)[0][0] >= label_x + GRID_MIN_WIDTH


def _column_heads_right_of(lines: list[Line], label_x: float) -> bool:
    """Whether a column head of the form ("AGENDA ITEM") is printed at the top of a page, well right
    of the grid's labels (a list's "Present:" at the text's margin is no grid's label)."""
    depth = _head_depth(lines)
    return any(line.top <= depth and line.x0 > label_x + GRID_MIN_WIDTH and _column_head(line) for line in lines)


def _head_depth(lines: list[Line]) -> float:
    """How far down a form's head may reach: the top FORM_HEAD_SHARE of the page (the lowest line
    seen stands for its height), or down to the grid's first row label on a short page."""
    first_label = min((line.top for line in lines if _row_label(line)), default=0.0)
    return max(max(line.bottom for line in lines) * FORM_HEAD_SHARE, first_label)


def _vote_rows_under(motion: Line, labels: list[Line]) -> bool:
    """Whether GRID_MIN_VOTE_ROWS kinds of vote row (the Motion row included) stand right under it."""
    kinds = {"mover"}
    bottom = motion.bottom
    for line in sorted((line for line in labels if line.page == motion.page and line.top > motion.top),
                       key=lambda line: line.top):
        kind = _row_label(line)
        if kind not in GRID_VOTE_ROWS or kind == "mover" or line.top - bottom > ROW_GAP * motion.size:
            break
        kinds.add(kind)
        bottom = line.bottom
    return len(kinds) >= GRID_MIN_VOTE_ROWS


def _is_marks(line: Line) -> bool:
    text = line.text.replace(" ", "")
    return bool(text) and all(char in GRID_MARKS for char in text)


def _action_left(lines: list[Line], grid_right: float, min_lines: int = ACTION_COLUMN_MIN_LINES) -> float | None:
    """Where the action column starts: right of the page's middle, where most lines there start
    (at least `min_lines` of them)."""
    middle = (grid_right + max(line.x1 for line in lines)) / 2
    starts = Counter(round(line.x0 / 4) * 4 for line in lines if line.x0 > middle)
    if not starts:
        return None
    common, count = starts.most_common(1)[0]
    near = [line.x0 for line in lines if line.x0 > middle and abs(line.x0 - common) <= COLUMN_SLACK]
    return min(near) if count >= min_lines else None


def _in_grid(line: Line, geometry: _Geometry) -> bool:
    """A row label, marks, or a few letters of a name set vertically: the grid, not text."""
    letters = len(line.text.replace(" ", ""))
    if line.x0 < geometry.label_x - COLUMN_SLACK:
        return False
    if line.x1 - line.x0 < letters * line.size * STACKED_WIDTH and line.x1 <= geometry.grid_right + PAGE_SHIFT:
        return True  # letters stacked in a narrow column: a name set vertically over the grid
    if line.x1 > geometry.grid_right + COLUMN_SLACK:
        return False
    return bool(_row_label(line) and len(line.text.split()) == 1) or letters <= GRID_MAX_CELL_CHARS


def _cut_label(line: Line, geometry: _Geometry) -> list[Line]:
    """ "Motion Approve and adopt": a grid label on the baseline of the action column's line is
    read with it as one line; cut it into the label and the action column's text."""
    words = line.text.split(maxsplit=1)
    if (geometry.action_left is None or len(words) < 2 or not _row_label(line)
            or line.x0 > geometry.label_x + COLUMN_SLACK or line.x1 < geometry.action_left + COLUMN_SLACK):
        return [line]
    label_end = min(line.x0 + len(words[0]) * LABEL_CHAR_WIDTH * line.size, geometry.grid_right)
    return [replace(line, text=words[0], x1=label_end),
            replace(line, text=words[1], x0=geometry.action_left)]


# -- the head printed on each page ------------------------------------------------------------

def _column_head(line: Line) -> bool:
    text = " ".join(line.text.casefold().split()).strip(" .:")
    return any(SequenceMatcher(None, text, head).ratio() >= FORM_HEAD_SIMILARITY for head in FORM_COLUMN_HEADS)


def _head_boundaries(lines: list[Line]) -> dict[int, float]:
    """Per page, the bottom of the form's head: its column heads ("AGENDA ITEM", "ACTION AUTHORIZED
    BY BOARD") printed in the top FORM_HEAD_SHARE of the page. A page on which OCR read none of them
    (or dropped them as a repeat) has the same form: the highest bottom seen elsewhere, less a line."""
    depth = _head_depth(lines)
    bottoms: dict[int, float] = {}
    for line in lines:
        if line.top <= depth and _column_head(line):
            bottoms[line.page] = max(bottoms.get(line.page, 0.0), line.bottom)
    if not bottoms:
        return {}
    fallback = min(bottoms.values()) - statistics.median(line.size for line in lines)
    return {page: bottoms.get(page, fallback) for page in {line.page for line in lines}}


def _rows(lines: list[Line]) -> list[Line]:
    """The head's lines top down, those OCR read in pieces at one height ("December 5," and "2000
    4:00 p.m.") joined left to right."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: line.bottom):  # OCR's boxes differ in height: baselines agree
        if rows and abs(line.bottom - rows[-1][0].bottom) <= BASELINE_SLACK * min(line.size, rows[-1][0].size):
            rows[-1].append(line)
        else:
            rows.append([line])
    joined = []
    for row in rows:
        row.sort(key=lambda line: line.x0)
        joined.append(replace(row[0], text=" ".join(line.text.strip() for line in row),
                              x1=max(line.x1 for line in row), bottom=max(line.bottom for line in row)))
    return joined


def head_parts(head: list[Line]) -> tuple[list[Line], list[Line], str | None]:
    """A form's letterhead as (the title's lines, the lines under them, the place): the title runs down to the
    first line of the address or the date; the address lines are read as one ("AUDITORIUM, EDUCATION
    CENTER, 4100 NORMAL STREET, SAN DIEGO, CA 92103"); a page number beside a title line is not of it."""
    title: list[Line] = []
    place: list[Line] = []
    rest: list[Line] = []
    for line in head:
        if rest or DATE_LINE.match(line.text) or re.search(FORM_HEAD_TIME, line.text):
            rest.append(line)
        elif place or _names_a_place(line.text):
            place.append(line)
        else:
            title.append(replace(line, text=re.sub(FORM_PAGE_NUMBER, "", line.text.strip())))
    joined = ", ".join(line.text.strip(" ,") for line in place) or None
    if joined:
        rest.insert(0, replace(place[0], text=joined, x0=min(line.x0 for line in place),
                               x1=max(line.x1 for line in place), bottom=place[-1].bottom))
    return title, rest, joined


def _names_a_place(text: str) -> bool:
    """A room or building named first or last ("AUDITORIUM, ...", "... EXECUTIVE OFFICE"), or an address."""
    words = [word.strip(",.;:").casefold() for word in text.split()]
    return bool(words) and (words[0] in VENUE_NOUNS or words[-1] in VENUE_NOUNS
                            or any(re.search(pattern, text.strip()) for pattern in FORM_ADDRESS_PATTERNS))


# -- the signature block ------------------------------------------------------------------------

def _signature_block(lines: list[Line], geometry: _Geometry, grid_bottom: float) -> list[Line]:
    """The signatures under the form's columns on its last page: from the first line of text under
    the grid that starts left of the grid's right edge (where the grid's columns have ended) down."""
    starts = [line.top for line in lines if line.top > grid_bottom and line.x0 < geometry.grid_right
              and len(line.text.replace(" ", "")) > GRID_MAX_CELL_CHARS]
    if not starts:
        return []
    top = min(starts)
    return [line for line in lines if line.top >= top - 1]


def signatories(lines: list[Line]) -> list[tuple[str, str]]:
    """(name, post) of each signatory: a name over a post in one column of the block ("JO ANNE
    SMITH" over "General Counsel"). OCR runs the two columns' lines together ("JO ANNE SMITH
    Superintendent of Public Education"): such a line is cut where its capitals start or end."""
    columns: dict[int, list[str]] = {}
    left = min((line.x0 for line in lines), default=0.0)
    right = min((line.x0 for line in lines if line.x0 > left + GRID_MIN_WIDTH * 2), default=None)
    for line in sorted(lines, key=lambda line: line.top):
        if not any(char.isalpha() for char in line.text):
            continue  # a signature's stroke read as a mark ("("): it stands between a name and its post
        pieces = _cut_at_capitals(line.text) if right is not None and line.x0 < right < line.x1 - COLUMN_SLACK \
            else [line.text]
        column = 1 if right is not None and line.x0 >= right - COLUMN_SLACK else 0
        for i, piece in enumerate(pieces):
            columns.setdefault(min(column + i, 1), []).append(piece.strip(" .,"))
    pairs: list[tuple[str, str]] = []
    for texts in columns.values():
        for name, post in zip(texts, texts[1:], strict=False):
            if _signatory_name(name) and _post_line(post):
                pairs.append((name, post))
    return pairs


def _cut_at_capitals(text: str) -> list[str]:
    """ "JO ANNE SMITH Superintendent of Education" -> the name, the post; one cut, or none."""
    words = text.split()
    caps = [word.isupper() and sum(char.isalpha() for char in word) > 1 for word in words]
    cuts = [i for i in range(1, len(words)) if caps[i] != caps[i - 1]]
    if len(cuts) != 1:
        return [text]
    return [" ".join(words[:cuts[0]]), " ".join(words[cuts[0]:])]


def _is_caption(text: str) -> bool:
    folded = text.casefold()
    return any(folded.startswith(caption) for caption in SIGNATURE_CAPTIONS)


def _signatory_name(text: str) -> bool:
    """Two to four words, each a capitalised word or initial, no digits, no caption ("Approved:")."""
    words = text.split()
    return 2 <= len(words) <= 4 and not _is_caption(text) and not any(char.isdigit() for char in text) \
        and all(word[:1].isupper() for word in words) and not _post_line(text)


def _post_line(text: str) -> bool:
    """A post: a few words, one of them a post's word ("General Counsel", "President of Board")."""
    words = [word.strip(",.").casefold() for word in text.split()]
    return 1 <= len(words) <= 6 and not _is_caption(text) and any(word in POST_WORDS for word in words)


# -- reading order ------------------------------------------------------------------------------

def _beside_agenda(lines: list[Line], action_left: float | None) -> list[Line]:
    """The page's agenda column in its order, each paragraph of the action column read after the
    agenda paragraph that starts at or above it (the item it records the action on)."""
    if action_left is None:
        return lines
    agenda = [line for line in lines if line.x0 < action_left - COLUMN_SLACK]
    action = sorted((line for line in lines if line.x0 >= action_left - COLUMN_SLACK), key=lambda line: line.top)
    out: list[Line] = []
    pending = _paragraphs(action)
    for i, line in enumerate(agenda):
        starts = i == 0 or line.top - agenda[i - 1].bottom > PARAGRAPH_GAP * line.size or line.top < agenda[i - 1].top
        while starts and pending and pending[0][0].top + PARAGRAPH_GAP * line.size < line.top:
            out.extend(pending.pop(0))
        out.append(line)
    for paragraph in pending:
        out.extend(paragraph)
    return out


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    paragraphs: list[list[Line]] = []
    for line in lines:
        if paragraphs and line.top - paragraphs[-1][-1].bottom <= PARAGRAPH_GAP * line.size:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return paragraphs


# -- votes --------------------------------------------------------------------------------------

def _beside(vote: GridVote, lines: list[Line]) -> list[list[Line]]:
    """The paragraphs of a column's `lines` (in reading order) that stand beside the vote's rows."""
    middle = (vote.top + vote.bottom) / 2  # a paragraph that starts lower is the next vote's
    return [paragraph for paragraph in _paragraphs(lines)
            if paragraph[0].top <= middle and paragraph[-1].bottom > vote.top]


def _with_action(vote: GridVote, action: list[Line]) -> GridVote:
    """The vote with the text of the action column's paragraphs that stand beside its rows."""
    beside = _beside(vote, sorted(action, key=lambda line: line.top))
    return replace(vote, action=join_lines([line.text for paragraph in beside for line in paragraph]),
                   action_top=beside[0][0].top if beside else None)


def _with_item(vote: GridVote, agenda: list[Line]) -> GridVote:
    """The vote with the agenda item it stands beside: the agenda column's paragraph beside its rows,
    where that paragraph opens with an item's number or letter ("c. Adoption of the 2001-2002
    District Budget."), read without it; a remark beside the vote ("Member X stated ...") is none."""
    beside = _beside(vote, _in_rows(agenda))
    if not beside:
        return vote
    text = join_lines([line.text.strip() for line in beside[0]])
    number = _ITEM_NUMBER.match(text) or _LOST_NUMBER.match(text)
    item = item_name(text[number.end():].strip()) if number else ""
    return replace(vote, item=item) if item else vote


_ITEM_NUMBER = re.compile(FORM_ITEM_NUMBER)
_LOST_NUMBER = re.compile(FORM_LOST_NUMBER)
VOTED_ITEM_CHARS = 30  # an item's block is the one beside a vote when it opens with the vote's item thus far


def voted_on(block: Block, votes: list[GridVote]) -> bool:
    """Whether the grid records a vote beside this agenda item: a vote on its page whose item
    (_with_item) the block's text opens with, past its number."""
    text = " ".join(block.text.split())
    number = _ITEM_NUMBER.match(text) or _LOST_NUMBER.match(text)
    if number is None:
        return False
    opening = text[number.end():][:VOTED_ITEM_CHARS].casefold()
    return any(vote.page == block.page_first and vote.item
               and " ".join(vote.item.split())[:VOTED_ITEM_CHARS].casefold() == opening for vote in votes)


def _in_rows(lines: list[Line]) -> list[Line]:
    """Lines top down, those on one baseline ("3." OCR read apart from its item's text) left to right."""
    ordered: list[Line] = []
    for line in sorted(lines, key=lambda line: line.bottom):
        at = len(ordered)
        while at and abs(ordered[at - 1].bottom - line.bottom) <= BASELINE_SLACK * line.size \
                and ordered[at - 1].x0 > line.x0:
            at -= 1
        ordered.insert(at, line)
    return ordered


def _grid_votes(page: int, grid: list[Line], image: FormGrid | None) -> list[GridVote]:
    """The votes of a page's grid: a Motion row and the vote rows under it, each row's marks those
    on its baseline. Counts only where the vote's rows hold marks at all (a blank grid says nothing)."""
    labels = sorted((line for line in grid if _row_label(line) and not _is_marks(line)), key=lambda line: line.top)
    marks = [line for line in grid if _is_marks(line)]
    votes: list[GridVote] = []
    rows: list[Line] = []
    for line in labels + [None]:
        kind = _row_label(line) if line is not None else None
        if rows and (kind not in GRID_VOTE_ROWS or kind == "mover" or line.top - rows[-1].bottom > ROW_GAP * line.size):
            votes.extend(_vote_of(page, rows, marks, image))
            rows = []
        if kind == "mover":
            rows = [line]
        elif rows and kind in GRID_VOTE_ROWS:
            rows.append(line)
    return votes


def _vote_of(page: int, rows: list[Line], marks: list[Line], image: FormGrid | None) -> list[GridVote]:
    kinds = {_row_label(row) for row in rows}
    if len(kinds) < GRID_MIN_VOTE_ROWS:
        return []
    marked = {_row_label(row): _marks_on(row, marks) for row in rows}
    columns = list(image.columns) if image is not None else []
    named = _marked_on_image(rows[0], image) if image is not None else {}
    # no count where the grid holds no mark, or none in the Ayes row (no motion passes without a vote
    # for it: OCR missed the marks); the image's marks count, where its rows are known with confidence
    counts = {kind: len(xs) for kind, xs in marked.items() if kind in GRID_COUNTED_ROWS} \
        if marked.get("for") else {}
    if image is not None:
        counts = _counted_on_image(rows, marked, image) or counts
    return [GridVote(page=page, top=rows[0].top, bottom=rows[-1].bottom, counts=counts,
                     marks={kind: xs for kind, xs in marked.items() if kind in ("mover", "seconder") and xs},
                     mover=_member_marked(marked.get("mover", []), columns) or named.get("mover"),
                     seconder=_member_marked(marked.get("seconder", []), columns) or named.get("seconder"))]


def _counted_on_image(rows: list[Line], marked: dict[str, list[float]], image: FormGrid) -> dict[str, int]:
    """The members marked in each of the vote's Ayes, Nays and Abstain rows as the page image shows
    them (OCR may miss an X, or read two as one). The rows are ruled at one pitch from the Motion
    row: where the image's "Motion" and "Second" labels stand (else where OCR read the vote's
    labels), each row OCR read a label of is the nth under the Motion row, and each mark stands in
    the row nearest it, once moved by as much as the marks OCR read were typed off their rows'
    labels. Nothing where the rows are not known with confidence: a row OCR read
    between two of the pitch's, a mark of the vote between two rows or in a row whose label no one
    read, a member marked in two of the counted rows, columns of unlike width (a rule not seen:
    two members in one), a mark OCR read that the image does not show in its row, or no mark in
    the Ayes row."""
    columns = image.columns
    widths = [column.x1 - column.x0 for column in columns]
    if not columns or max(widths) > GRID_COLUMN_WIDTH_SPREAD * min(widths):
        return {}
    ruled = _ruled_rows(rows, image)
    if ruled is None:
        return {}
    origin, pitch, kinds = ruled
    typed_off = _typed_off(marked, columns, origin, pitch, kinds)
    if typed_off is None:
        return {}
    origin += typed_off
    seen: dict[str, set[int]] = {kind: set() for kind in kinds.values()}  # the columns marked in each row
    for n, column in enumerate(columns):
        for mark in column.marks:
            at = (mark - origin) / pitch
            if not -0.5 <= at <= max(kinds) + 0.5:
                continue  # another vote's
            if abs(at - round(at)) > MARK_ROW_SHARE or round(at) not in kinds:
                return {}  # between two rows, or in one whose label was not read
            seen[kinds[round(at)]].add(n)
    for kind, xs in marked.items():  # what OCR read, the image shows
        for x in xs:
            if not any(column.x0 - MARK_SLACK <= x <= column.x1 + MARK_SLACK and n in seen.get(kind, ())
                       for n, column in enumerate(columns)):
                return {}
    counted = {kind: members for kind, members in seen.items() if kind in GRID_COUNTED_ROWS}
    voters = [n for members in counted.values() for n in members]
    if not counted.get("for") or len(voters) != len(set(voters)):
        return {}
    return {kind: len(members) for kind, members in counted.items()}


def _typed_off(marked: dict[str, list[float]], columns: tuple[GridColumn, ...], origin: float, pitch: float,
               kinds: dict[int, str]) -> float | None:
    """How far under (or over) their rows' labels the X's were typed: a form's marks may stand a third
    of a row lower than its labels all through a vote. Told by the marks OCR read on a row's line
    (each the image's mark in its column nearest the row); none where OCR read none, None where
    they disagree."""
    rows = {kind: origin + n * pitch for n, kind in kinds.items()}
    offsets = []
    for kind, xs in marked.items():
        for x in xs if kind in rows else ():
            near = [mark - rows[kind] for column in columns if column.x0 - MARK_SLACK <= x <= column.x1 + MARK_SLACK
                    for mark in column.marks if abs(mark - rows[kind]) < pitch / 2]
            if near:
                offsets.append(min(near, key=abs))
    if not offsets:
        return 0.0
    if max(offsets) - min(offsets) > TYPED_OFF_SPREAD * pitch:
        return None
    return statistics.median(offsets)


def _ruled_rows(rows: list[Line], image: FormGrid) -> tuple[float, float, dict[int, str]] | None:
    """The vote's Motion row's middle and the rows' pitch on the image, and the kind of each row
    (0 the Motion row, n the nth under it) as OCR's labels and the image's say; None where a row
    stands between two of the pitch's or two kinds are told for one row."""
    middles = [(row.top + row.bottom) / 2 for row in rows]
    steps = [b - a for a, b in zip(middles, middles[1:], strict=False)]
    if not steps or min(steps) <= 0:
        return None
    pitch = statistics.median(step for step in steps if step <= ROW_STEP_SLACK * min(steps))
    origin = middles[0]
    read = _image_labels(image)
    motion = _image_motion_row(rows[0], read)
    labelled: list[tuple[float, str | None]] = list(zip(middles, map(_row_label, rows), strict=True))
    if motion is not None:
        origin = read[motion][0]
        if motion + 1 < len(read) and read[motion + 1][1] == "seconder" \
                and abs(read[motion + 1][0] - origin - pitch) <= MARK_ROW_SHARE * pitch:
            pitch = read[motion + 1][0] - origin  # the image's own, where OCR's boxes stand a point or two off
            labelled.append((middles[0] + pitch, "seconder"))  # in OCR's frame, as the others
    kinds: dict[int, str] = {}
    for middle, kind in labelled:
        at = (middle - middles[0]) / pitch
        if kind is None or abs(at - round(at)) > ROW_INDEX_SHARE or kinds.get(round(at), kind) != kind:
            return None
        kinds[round(at)] = kind
    if len(set(kinds.values())) != len(kinds) or kinds.get(0) != "mover":
        return None
    return origin, pitch, kinds


def _member_marked(xs: list[float], columns: list[GridColumn]) -> str | None:
    """The name over the one column a row's marks (as OCR read them) stand in; None where the row
    marks none or several, or the column's name was not read: never a guess."""
    if len(xs) != 1:
        return None
    named = [column.name for column in columns if column.x0 - MARK_SLACK <= xs[0] <= column.x1 + MARK_SLACK]
    return named[0] if len(named) == 1 and named[0] else None


def _marked_on_image(motion: Line, image: FormGrid) -> dict[str, str]:
    """The names over the one column each of the Motion and Second rows is marked in, as the page
    image shows them (OCR may miss a mark, or a row's label): the image's "Motion" label nearest the
    vote's Motion row (the text layer stands a few points off the image), the row under it if its
    label reads "Second"; a column marked within half a row of a row's middle."""
    rows = _image_labels(image)
    at = _image_motion_row(motion, rows)
    if at is None:
        return {}
    found = {"mover": rows[at][0]}
    if at + 1 < len(rows) and rows[at + 1][1] == "seconder":
        found["seconder"] = rows[at + 1][0]
    half = (rows[at + 1][0] - rows[at][0]) / 2 if at + 1 < len(rows) else motion.size / 2
    named = {}
    for kind, y in found.items():
        marked = [column for column in image.columns if any(abs(mark - y) < half for mark in column.marks)]
        if len(marked) == 1 and marked[0].name:
            named[kind] = marked[0].name
    return named


def _image_labels(image: FormGrid) -> list[tuple[float, str | None]]:
    """The row labels read on the image, top down: where each stands, what its row records."""
    return sorted((y, GRID_ROW_LABELS.get(text.strip(".:;,'\"").casefold())) for y, text in image.rows)


def _image_motion_row(motion: Line, labels: list[tuple[float, str | None]]) -> int | None:
    """Which of the image's labels is the vote's "Motion": the nearest OCR's Motion row, within a
    few rows of it (the text layer stands a few points off the image)."""
    middle = (motion.top + motion.bottom) / 2
    near = [i for i, (y, kind) in enumerate(labels) if kind == "mover" and abs(y - middle) <= ROW_GAP * motion.size]
    return min(near, key=lambda i: abs(labels[i][0] - middle)) if near else None


def _marks_on(row: Line, marks: list[Line]) -> list[float]:
    """Where the row is marked: each mark's x, one per grid column (OCR may read a mark twice,
    "xX", in one narrow column: marks closer than half the type size are one)."""
    middle = (row.top + row.bottom) / 2
    xs: list[float] = []
    for line in marks:
        if abs((line.top + line.bottom) / 2 - middle) > line.size * PARAGRAPH_GAP:
            continue
        text = line.text.replace(" ", "")
        step = (line.x1 - line.x0) / len(text)
        xs.extend(line.x0 + (i + 0.5) * step for i, _ in enumerate(text))
    columns: list[float] = []
    for x in sorted(xs):
        if not columns or x - columns[-1] > row.size / 2:
            columns.append(x)
    return columns
