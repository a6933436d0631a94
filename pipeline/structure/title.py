"""The title: the first blocks of page 1 set apart, the subtitle lines that go on naming the
meeting, and the date and place lines under them (metadata, not headings)."""

from __future__ import annotations

import re

from pipeline.numerals import TIME_OF_DAY, TIME_PREFIX
from pipeline.rules import (
    CAPTION_HIGHER_JURISDICTIONS,
    CAPTION_JURISDICTIONS,
    CAPTION_MARKS,
    CONTACT_LABELS,
    HEAD_STAMP_WORDS,
    MEETING_WORDS,
    MINUTES_TITLE_WORDS,
    ORG_WORDS,
    OTHER_DATE_CUES,
    POST_OFFICE_BOX,
    RECITAL_WORDS,
    RESOLUTION_TITLE_WORDS,
    ROOM_NOUNS,
    STREET_WORDS,
    TITLE_DETAIL_WORDS,
    VENUE_NOUNS,
)
from pipeline.structure.blocks import Block
from pipeline.structure.headings import _garbled
from pipeline.structure.text import (
    DATE_LINE,
    DEFAULT_LARGER_FONT,
    FULL_LINE_WORDS,
    METADATA_LINE,
    _looks_like_prose,
    is_all_caps,
    is_approval_note,
    join_lines,
    numbering_of,
)

CENTRED_TOLERANCE = 12.0  # points: lines whose middles are this close are centred alike
_CLOCK_TIME = re.compile(r"\d(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?|h\d{2}|uhr\b)", re.I)  # "7pm", "19h30", "11 Uhr"
_NAMES_A_MEETING = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, MEETING_WORDS))})(?!\w)", re.I)
# Where a subtitle goes on to say when and where: "... held on Monday 7th October at 7.30pm".
_TITLE_DETAILS = re.compile(rf"(?:^|,?\s+)(?:{'|'.join(map(re.escape, TITLE_DETAIL_WORDS))})\b.*$", re.I | re.S)
_NAMES_A_BODY = re.compile(rf"\b(?:{'|'.join(map(re.escape, ORG_WORDS))})\b")
_OTHER_MEETING = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, OTHER_DATE_CUES))})(?!\w)", re.I)
FILLER_RULE = re.compile(r"\s*[-_.]{4,}\s*$")  # "04-09-2020 ---------------"
BY_LINE = re.compile(r"^\w+(?:\s+\w+)?\s+by\s*:", re.I)  # "Supported by:", "Minutes taken by:"
# "Gütersloh, Brauhaus, 09.05.2018", "Genève, le 16 mars 2025": a place, a comma, then the date
# (the year may be followed by the word for it: "Włodawa, 02.10.2015 r.", "г. Ульяновск 21 марта 2018 года")
_DATELINE = re.compile(r"^[^\d:;]{2,60},\s*(?:\w+\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s+\w+\.?\s+\d{4})"
                       r"(?:\s*(?:r\.|roku|г\.|года))?$")
# A letterhead's line of web and mail addresses only ("www.saleve.xyz", "info@club.de | www.club.de")
_ADDRESSES_ONLY = re.compile(r"^(?:\s*(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[\s|•·,;/]*)+$", re.I)

# Set over the head of the minutes, never their title (the words: pipeline/rules/meta.py):
# "STATE OF ILLINOIS )" / ") SS" / "COUNTY OF WILL )": the lines of a court-style caption (OCR may lose a bracket)
_MARK = "|".join(map(re.escape, CAPTION_MARKS))
_CAPTION_LINE = re.compile(
    rf"^\s*(?:(?:{'|'.join(map(re.escape, CAPTION_JURISDICTIONS))})\s+[^\W\d_][\w .'’-]{{1,40}}?|(?:{_MARK}))\s*"
    rf"(?:(?:{_MARK})\s*)*(?:\bS\.?\s*S\b\.?)?\s*$|^\s*(?:(?:{_MARK})\s*)*\bS\.?\s*S\b\.?\s*(?:(?:{_MARK})\s*)*$", re.I)
_CAPTION_MARKED = re.compile(rf"(?:{_MARK})|\bS\.?\s*S\b\.?\s*$", re.I)  # its brackets, its "SS"
CAPTION_MAX_BLOCKS = 4
# "DRAFT", "COPY", "UNAPPROVED - SUBJECT TO APPROVAL": a stamp's words alone
_STAMP = re.compile(rf"^\W*(?:(?:{'|'.join(map(re.escape, HEAD_STAMP_WORDS))})(?!\w)\W*)+$", re.I)
# "DRAFT MINUTES OF THE REGULAR MEETING ...", "Minutes of the Board Meeting (Draft)": a stamp's word run into the title
_STAMP_WORD = "|".join(map(re.escape, HEAD_STAMP_WORDS))
_STAMPED_TITLE = re.compile(rf"^\W*(?:{_STAMP_WORD})\s*[-–—:]?\s+"
                            rf"(?=(?:{'|'.join(map(re.escape, MINUTES_TITLE_WORDS))})\b)"
                            rf"|\s*(?:[-–—]\s*|\(\s*)(?:{_STAMP_WORD})\s*\)?\s*$", re.I)
# a letterhead's contact line: a telephone number, a ZIP code after its city, a post office box
_PHONE = re.compile(r"(?:\(\d{3}\)\s*|(?<![\d-])\d{3}[.\s-])\d{3}[.\s-]\d{4}(?![\d-])")
_CONTACT = re.compile(
    rf"(?:^|[\s,;|•·-])(?:{'|'.join(map(re.escape, CONTACT_LABELS))})\.?\s*:?\s*\+?[\d(]"
    r"|,\s*(?-i:[A-Z])[A-Za-z.]*(?:\s+[A-Za-z.]+)?,?\s+\d{5}(?:-\d{4})?(?!\d)"
    rf"|(?:^|\s)(?:{'|'.join(map(re.escape, POST_OFFICE_BOX))})\s*\d", re.I)


def is_caption(blocks: list[Block], at: int) -> bool:
    """The block at `at` is a line or more of a court-style caption ("STATE OF ILLINOIS )", ") SS", "COUNTY OF WILL
    )"): its lines, and those of the blocks after it that go on with the caption, name jurisdictions or hold only its
    marks, and the run has a bracket or "SS" somewhere (a bare "CITY OF ALAMEDA" heads a title)."""
    run = []
    for block in blocks[at:at + CAPTION_MAX_BLOCKS]:
        if block.page_first != blocks[at].page_first or not _caption_lines(block):
            break
        run.append(block)
    lines = [line.text for block in run for line in block.lines]
    marked = any(_CAPTION_MARKED.search(text) for text in lines)
    # (or, with no marks, a stack of them from the state or county down: "State of Illinois" / "County of Will" /
    # "Town of Crete" over "Crete Township Board of Trustees Meeting")
    stacked = len(lines) >= CAPTION_STACK_MIN_LINES and bool(_HIGHER_JURISDICTION.match(lines[0]))
    return bool(run) and (marked or stacked)


CAPTION_STACK_MIN_LINES = 2
_HIGHER_JURISDICTION = re.compile(rf"^\s*(?:{'|'.join(map(re.escape, CAPTION_HIGHER_JURISDICTIONS))})\s", re.I)


def _caption_lines(block: Block) -> bool:
    return all(_CAPTION_LINE.match(line.text) for line in block.lines)


_JURISDICTION = re.compile(rf"^\s*(?:{'|'.join(map(re.escape, CAPTION_JURISDICTIONS))})\s", re.I)
CAPTION_JURISDICTIONS_MAX = 2  # "STATE OF ILLINOIS" and "COUNTY OF WILL"; a third ("VILLAGE OF ...") heads the title


def _caption_goes_on(above: list[Block], before: Block | None) -> bool:
    """The block before is a caption's, set aside, and the caption does not yet name both its jurisdictions: the
    next "COUNTY OF WILL" is the caption's too, though OCR lost its bracket."""
    run = []
    for block in reversed(above):
        if not _caption_lines(block):
            break
        run.append(block)
    named = sum(bool(_JURISDICTION.match(line.text)) for block in run for line in block.lines)
    return bool(run) and run[0] is before and named < CAPTION_JURISDICTIONS_MAX


def is_stamp(block: Block) -> bool:
    """ "DRAFT", "COPY": a stamp over the minutes, on a line of its own."""
    return len(block.lines) == 1 and bool(_STAMP.match(block.text))


def is_contact_line(block: Block) -> bool:
    """A letterhead's address and numbers: each line has a telephone number, a ZIP code or a post office box
    ("1250 Main Street, Springfield, IL 62701 (217) 555-1234", "P.O. Box 44 - Phone 217-555-1234"), or is the street
    address over such a line ("900 Clark Avenue West, Vaughan, Ontario L4J 8C1" / "Tel. (905) 653-7323")."""
    numbers = [bool(_PHONE.search(line.text) or _CONTACT.search(line.text)) for line in block.lines]
    return all(number or _street_address(line.text) and any(numbers)
               for number, line in zip(numbers, block.lines, strict=True))


def _set_over_the_head(blocks: list[Block], at: int, after_caption: bool) -> bool:
    """A caption (or, `after_caption`, the rest of one), a stamp or a letterhead's contact line: set over the minutes'
    head, never its title."""
    block = blocks[at]
    return len(block.lines) <= 3 and (is_caption(blocks, at) or after_caption and _caption_lines(block)
                                      or is_stamp(block) or is_contact_line(block))


COVER_MAX_PAGES = 3  # a resolution adopting the minutes, printed before them, fills a page or two
MINUTES_TITLE_MAX_WORDS = 12
# A title naming the minutes further down (under a letterhead) takes two lines; set in bold, three (naming the body
# and the date: "... Arcotorre Scacchi: 15" / "novembre 2024"); a plain block of more is the title with its details
# ("Datum 15.03.2024" / "Beginn 19:00 Uhr" / ...).
NAMED_TITLE_MAX_LINES = 2
NAMED_TITLE_BOLD_MAX_LINES = 3
_RESOLUTION_TITLE = re.compile(rf"^(?:{'|'.join(map(re.escape, RESOLUTION_TITLE_WORDS))})\b", re.I)
_RECITAL = re.compile(rf"^\W*(?:{'|'.join(map(re.escape, RECITAL_WORDS))})\b", re.I)
_MINUTES_TITLE = re.compile(rf"^(?:{'|'.join(map(re.escape, MINUTES_TITLE_WORDS))})\b", re.I)


def running_title(running_head: list[str]) -> str | None:
    """The title of minutes whose body has none, printed as every page's header instead: the first of
    the first page's running head lines (Layout.running_head) that names a meeting or opens with a
    minutes word ("2020 RLCA Annual General Meeting Minutes"; not "Page 1" or "DRAFT")."""
    for text in map(str.strip, running_head):
        names_a_meeting = _NAMES_A_MEETING.search(text) or _MINUTES_TITLE.match(text)
        if names_a_meeting and len(text.split()) <= MINUTES_TITLE_MAX_WORDS:
            return text
    return None


def split_cover_resolution(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """(the cover, the minutes): a resolution that adopts the minutes printed before them ("RESOLUTION NO.
    13-05 ... ADOPTING MINUTES OF THE SPECIAL MEETING", "WHEREAS, ...", signed), then on a later page the
    minutes under their own title ("MINUTES" / "City of Alameda" / ...). The minutes' title, date and place
    are their own, not the resolution's; its recitals are not sections of the minutes. No cover: ([], blocks)."""
    if not blocks or blocks[0].cell is not None or not _RESOLUTION_TITLE.match(blocks[0].text.strip()):
        return [], blocks
    first = blocks[0].page_first
    for at, block in enumerate(blocks):
        if block.page_first > first + COVER_MAX_PAGES:
            break
        if block.page_first > first and _starts_its_page(blocks, at) and _MINUTES_TITLE.match(block.text.strip()) \
                and len(block.text.split()) <= MINUTES_TITLE_MAX_WORDS:
            cover = blocks[:at]
            recited = any(_RECITAL.match(line.text) for b in cover for line in b.lines)
            return (cover, blocks[at:]) if recited else ([], blocks)
    return [], blocks


COVER_PAGE_LEAD_BLOCKS = 3  # the minutes' title is among the first blocks of its page (after "Exhibit A")


def _starts_its_page(blocks: list[Block], at: int) -> bool:
    page = blocks[at].page_first
    before = [b for b in blocks[max(0, at - COVER_PAGE_LEAD_BLOCKS):at] if b.page_first == page]
    return len(before) < COVER_PAGE_LEAD_BLOCKS


TITLE_STACK_MIN_LINES = 3
STACK_LINE_MAX_WORDS = 10
TITLE_STACK_BLOCKS = 2  # the title's stack is among the first blocks of page 1


def split_title_stack(blocks: list[Block]) -> list[Block]:
    """A letterhead set as one stack of centred lines in capitals or bold ("MINUTES OF HISTORICAL ADVISORY
    BOARD" / "REGULAR MEETING OF THURSDAY, MAY 3, 2007" / "COUNCIL CHAMBERS, CITY HALL" / "2263 SANTA CLARA
    AVENUE 7:00 PM"), read as one paragraph: a block per line, each a part of the title, its date or
    its place (_title_blocks tells which)."""
    out: list[Block] = []
    for at, block in enumerate(blocks):
        if at < TITLE_STACK_BLOCKS and block.cell is None and _centred_stack(block):
            out += [Block([line], text_size=block.text_size, stacked=True) for line in block.lines]
        else:
            out.append(block)
    return out


def _centred_stack(block: Block) -> bool:
    lines = block.lines
    if len(lines) < TITLE_STACK_MIN_LINES or block.first.bullet or any(line.page != block.page_first for line in lines):
        return False
    if any(len(line.text.split()) > STACK_LINE_MAX_WORDS for line in lines):
        return False  # a paragraph's lines, not a letterhead's
    middles = [(line.x0 + line.x1) / 2 for line in lines]
    centred = max(middles) - min(middles) <= 2 * CENTRED_TOLERANCE
    return centred and max(line.x0 for line in lines) - min(line.x0 for line in lines) > CENTRED_TOLERANCE


# "2263 SANTA CLARA AVENUE, ALAMEDA": a street address; "COUNCIL CHAMBERS, CITY HALL", "CONFERENCE ROOM 391": a room
_ADDRESS_LINE = re.compile(rf"^\d{{1,5}}[A-Za-z]?\s+(?:\S+\s+){{0,4}}(?:{'|'.join(map(re.escape, STREET_WORDS))})\b",
                           re.I)
_ROOM_LINE = re.compile(rf"^(?:\S+\s+){{0,5}}(?:{'|'.join(map(re.escape, ROOM_NOUNS))})(?:\s+[\w-]{{1,6}})?$", re.I)


def _place_of_meeting(text: str) -> bool:
    """A line of its own that names where the meeting sat: a room or hall, or a street address."""
    parts = [part.strip() for part in text.strip().rstrip(".").split(",")]
    if any(_ADDRESS_LINE.match(part) for part in parts):
        return True  # "2263 SANTA CLARA AVENUE, ALAMEDA", "City Hall, 2263 Santa Clara Avenue"
    # the room's own name may be a meeting's word ("CONFERENCE ROOM 391", "Sitzungssaal"); not what comes before it
    return any(_ROOM_LINE.match(part) and not _NAMES_A_MEETING.search(" ".join(part.split()[:-3])) for part in parts)


def _only_details(text: str) -> bool:
    """ "HELD 3:30 P.M., APRIL 30, 2012": a line that only says when (and where) the meeting was held."""
    found = _TITLE_DETAILS.search(text)
    return found is not None and found.start() == 0


def _title_blocks(blocks: list[Block], body_size: float, first_page: int = 1
                  ) -> tuple[list[Block], list[Block], list[Block]]:
    """The title: the first block of page 1 (set larger, bold or short), then the blocks right
    after it set larger than any heading that follows (a subtitle, not the first heading).
    Blocks above it set smaller than the text (the words of a letterhead's logo) are not it.
    Returns (the blocks above the title, the title's blocks, the date lines among and under them)."""
    above: list[Block] = []
    title: list[Block] = []
    dated: list[Block] = []
    for i, block in enumerate(blocks):
        text = _title_text(block)
        if block.page_first != first_page or block.cell is not None or METADATA_LINE.match(block.text):
            break
        if _set_over_the_head(blocks, i, _caption_goes_on(above, blocks[i - 1] if i else None)) \
                or not title and is_approval_note(text):
            above.append(block)  # "STATE OF ILLINOIS )", "DRAFT", "Approved by the Board on ...": not the title
            continue
        if title and (not text or _ADDRESSES_ONLY.match(text)):
            dated.append(block)  # the date line or the web address under the title: metadata, not a heading
            continue
        if title and len(block.lines) == 1 and (_only_details(text) or _place_of_meeting(text)):
            dated.append(block)  # "HELD 3:30 P.M., APRIL 30, 2012", "ALAMEDA CITY HALL": when and where, not the title
            continue
        if title and not dated and block.stacked and not numbering_of(text) and not _looks_like_prose(text):
            title.append(block)  # "City of Alameda" / "Successor Agency Oversight Board": centred lines of the title
            continue
        if title and not dated and not numbering_of(text) and _names_this_meeting(block):
            title.append(block)  # "Minutes of the Parish Council Meeting held on ...", in the text's own style
            continue
        larger = block.size >= (block.text_size or body_size) + DEFAULT_LARGER_FONT
        if not title and len(block.lines) <= MINUTES_TITLE_MAX_LINES and _minutes_title(text):
            title.append(block)  # "MINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES OF THE VILLAGE OF ...", long
            continue
        if not title and _a_sentence(text) and _minutes_title_ahead(blocks[i + 1:i + 1 + TITLE_LOOKAHEAD_BLOCKS],
                                                                   first_page):
            above.append(block)  # a letterhead's motto over "MINUTES OF LIBRARY BOARD MEETING": not the minutes' prose
            continue
        # (a bold "Protokół z walnego zebrania ... we Włodawie." may end in a stop)
        stop_allowed = larger or len(block.lines) == 1 or block.bold and bool(_MINUTES_TITLE.match(text))
        if numbering_of(text) or _looks_like_prose(text, stop_allowed) or block.first.bullet:
            break
        if not title and (block.size <= body_size - DEFAULT_LARGER_FONT or _web_address(block)) \
                and _larger_follows(blocks[i + 1:], body_size):
            above.append(block)  # a letterhead's small print, its web address: not the title under it
            continue
        if not title and _is_dateline(block, blocks):
            above.append(block)  # "Gütersloh, Brauhaus, 09.05.2018" set flush right over the title
            continue
        if not title and _garbled(text):
            above.append(block)  # "| NeuroML]|": OCR's reading of a logo above the title
            continue
        floor = max(_largest_heading_size(blocks[i + 1:]), body_size)
        if title and block.size <= floor + DEFAULT_LARGER_FONT and not _centred_under(title[0], block, body_size) \
                and not _title_runs_on(title[-1], block) and not (larger and _small_print(title, body_size)):
            if _set_like_title(title[0], block, body_size):
                dated.append(block)  # the place under the title, set like it: metadata, not a heading
                continue
            break
        if not title and not (larger or block.bold or len(text.split()) <= 12):
            break
        title.append(block)
    return _under_letterhead(blocks, above, title, dated)


TITLE_FURTHER_BLOCKS = 6  # the blocks of a letterhead (names and posts, an address) a title may be set under
TITLE_FURTHER_LARGER = 2.0  # points above the body that such a title is set


def title_further_down(blocks: list[Block], body_size: float, first_page: int = 1) -> int | None:
    """Where no title opens page 1 (a letterhead of names and posts in columns, read as "Commissioners: ..." lines):
    the one block of its first ones set clearly larger and bold, short and no sentence ("Voting Agenda, May 7,
    2020"), before any numbered item."""
    found = []
    for at, block in enumerate(blocks[:TITLE_FURTHER_BLOCKS]):
        text = _title_text(block)
        if block.page_first != first_page or block.cell is not None or numbering_of(text):
            break
        if block.bold and block.size >= body_size + TITLE_FURTHER_LARGER and len(block.lines) <= 2 \
                and len(text.split()) <= MINUTES_TITLE_MAX_WORDS and not _looks_like_prose(text):
            found.append(at)
    return found[0] if len(found) == 1 else None


NAMED_TITLE_FURTHER_BLOCKS = 16  # the blocks of a letterhead and its side column a title naming the minutes may follow


def named_title_further_down(blocks: list[Block], title: list[Block], first_page: int = 1) -> int | None:
    """Where the title found names no meeting nor minutes (a ministry's letterhead: "Logius" / "Ministerie van
    Binnenlandse Zaken en"), the first of page 1's first blocks that opens with a minutes word, short and no sentence
    ("Verslag Technisch Overleg CloudEvents"), before any numbered item."""
    if any(_NAMES_A_MEETING.search(block.text) or _MINUTES_TITLE.match(block.text) for block in title):
        return None
    for at, block in enumerate(blocks[:NAMED_TITLE_FURTHER_BLOCKS]):
        text = _title_text(block)
        if block.page_first != first_page or block.cell is not None or numbering_of(text):
            return None
        if _MINUTES_TITLE.match(text) and len(block.lines) <= _title_lines_allowed(block) \
                and len(text.split()) <= MINUTES_TITLE_MAX_WORDS and not _looks_like_prose(text) \
                and not text.endswith("."):
            return at
    return None


def _title_lines_allowed(block: Block) -> int:
    return NAMED_TITLE_BOLD_MAX_LINES if block.bold else NAMED_TITLE_MAX_LINES


def _under_letterhead(blocks: list[Block], above: list[Block], title: list[Block], dated: list[Block]
                      ) -> tuple[list[Block], list[Block], list[Block]]:
    """An organisation's letterhead (its name, then its street address: "Association X" / "48 rue Louis Macille" /
    "28700 Auneau") read as the title and its place, over the line that names these minutes ("Procès-verbal de
    l'Assemblée Générale Ordinaire du 22 juin 2019", "Minutes of the Board of Trustees Meeting"): the letterhead
    stands above the title, and that line is the title."""
    start = len(above) + len(title)
    end = start  # the address's blocks: "48 rue Louis Macille", "28700 Auneau", "France"
    while end < len(blocks) and end - start < LETTERHEAD_MORE_BLOCKS and _address_part(blocks[end]):
        end += 1
    if not title or end >= len(blocks) or not any(_street_address(line.text) for b in blocks[start:end]
                                                 for line in b.lines):
        return above, title, dated
    named = blocks[end]
    text = named.text.strip()
    if named.page_first != title[0].page_first or named.cell is not None \
            or len(named.lines) > _title_lines_allowed(named) or numbering_of(text) \
            or len(text.split()) > MINUTES_TITLE_MAX_WORDS or not _MINUTES_TITLE.match(text):
        return above, title, dated
    return above + title + blocks[start:end], [named], []


LETTERHEAD_MORE_BLOCKS = 3
ADDRESS_LINE_MAX_WORDS = 5
ADDRESS_MAX_LINES = 4


def _address_part(block: Block) -> bool:
    """A block of a letterhead's address: short lines (the street, the postcode and town, the country)."""
    # ("48 rue Louis Macille" reads as numbered 48)
    return block.cell is None and len(block.lines) <= ADDRESS_MAX_LINES \
        and (not numbering_of(block.text) or _street_address(block.first.text)) \
        and all(_address_line(line.text) for line in block.lines)


def _address_line(text: str) -> bool:
    return len(text.split()) <= ADDRESS_LINE_MAX_WORDS and not _NAMES_A_MEETING.search(text) \
        and not _MINUTES_TITLE.match(text.strip()) and not DATE_LINE.match(text)


def _street_address(text: str) -> bool:
    return any(_ADDRESS_LINE.match(part.strip()) for part in text.split(","))


MINUTES_TITLE_LONGEST = 30  # words: "Minutes of the regular meeting of the President and Board of Trustees of ..."
TITLE_LOOKAHEAD_BLOCKS = 3  # a letterhead's lines of prose (its motto) the title may be set under
SENTENCE_MIN_WORDS = 6
MINUTES_TITLE_MAX_LINES = 4  # with when and where it was held; more is a paragraph that opens the minutes


def _minutes_title(text: str) -> bool:
    """A title that says whose minutes of which meeting these are, at any length a clerk writes it ("MINUTES OF THE
    REGULAR MEETING OF THE BOARD OF TRUSTEES OF THE VILLAGE OF MONEE, WILL COUNTY, ILLINOIS, HELD ON JUNE 4, 2019"):
    "Minutes" first, a meeting named before when it was held, no sentence's end."""
    said = _TITLE_DETAILS.sub("", text).strip(" ,")
    return bool(_MINUTES_TITLE.match(text.strip())) and bool(_NAMES_A_MEETING.search(said)) \
        and len(said.split()) <= MINUTES_TITLE_LONGEST and not said.endswith(".") and not _OTHER_MEETING.search(said)


def _a_sentence(text: str) -> bool:
    """Words enough for a sentence, and its stop (a letterhead's motto: "X offers welcoming destinations that ...")."""
    return len(text.split()) >= SENTENCE_MIN_WORDS and text.rstrip().endswith(".")


def _minutes_title_ahead(blocks: list[Block], page: int) -> bool:
    """A minutes title ("MINUTES OF LIBRARY BOARD MEETING") among `blocks`, on `page`, before any numbered item."""
    for block in blocks:
        if block.page_first != page or numbering_of(block.text):
            return False
        if len(block.lines) <= MINUTES_TITLE_MAX_LINES and _minutes_title(_title_text(block)):
            return True
    return False


def _is_dateline(block: Block, blocks: list[Block]) -> bool:
    """A letter's dateline: a line of a place, a comma and the date, set in the right half of the
    text's width on page 1 (where a title starting there would not be centred on it), or over a title set bold
    ("Włodawa, 02.10.2015 r." over "Protokół z walnego zebrania ...")."""
    if len(block.lines) != 1 or not _DATELINE.match(block.text.strip()):
        return False
    page = [line for b in blocks if b.page_first == 1 for line in b.lines]
    left, right = min(line.x0 for line in page), max(line.x1 for line in page)
    after = next((b for b in blocks[blocks.index(block) + 1:]), None) if block in blocks else None
    over_bold = after is not None and after.bold and not block.bold and not numbering_of(after.text)
    return block.first.x0 > (left + right) / 2 or over_bold


def _small_print(title: list[Block], body_size: float) -> bool:
    """The title so far is set smaller than the text: a letterhead's name, over the title proper
    (the first block set larger than the text), whatever size the headings further on reach."""
    return all(block.size <= (block.text_size or body_size) - DEFAULT_LARGER_FONT for block in title)


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
    """A title in capitals that fills its line and goes on in capitals on the next, in the same size;
    or a name broken over two lines that goes on in lower case ("Association genevoise" / "des amis du
    Salève", a letterhead set with wide leading), flush left under it in the same type (in a size OCR may read
    up to TITLE_RUN_ON_SIZE_SHARE apart: "Compte rendu de l'assemblée" / "constitutive de l'association ...")."""
    last, first = title.lines[-1], block.first
    if last.page != first.page or first.top - last.bottom >= last.size:
        return False
    if is_all_caps(last.text) and is_all_caps(block.text):
        return len(last.text.split()) >= FULL_LINE_WORDS and abs(last.size - first.size) < DEFAULT_LARGER_FONT
    return first.text[:1].islower() and len(block.lines) <= MINUTES_TITLE_MAX_LINES and abs(first.x0 - last.x0) <= 2 \
        and abs(last.size - first.size) <= TITLE_RUN_ON_SIZE_SHARE * max(last.size, first.size) \
        and first.bold == last.bold and not re.search(r"[.:;,]$", last.text.strip())


TITLE_RUN_ON_SIZE_SHARE = 0.15


def _join_title(blocks: list[Block]) -> str | None:
    """The title lines joined with ": ", a title that runs on over two blocks with a space; filler
    rules ("-------") dropped."""
    title = ""
    for i, block in enumerate(blocks):
        text = _STAMPED_TITLE.sub("", FILLER_RULE.sub("", _title_text(block))).strip()
        if i or _minutes_title(text):  # "... held on Monday 7th October at 7.30pm": the meeting's date and place
            text = _TITLE_DETAILS.sub("", text).strip(" ,-–") or text
        if text:
            joint = " " if i and _title_runs_on(blocks[i - 1], block) else ": "
            title = title + joint + text if title else text
    return title or None


def _title_text(block: Block) -> str:
    """A title block's text without its date and time lines, and from a "Supported by:" or other
    "Label:" line on."""
    kept: list[str] = []
    dated = False
    for line in block.lines:
        if METADATA_LINE.match(line.text) or BY_LINE.match(line.text):
            break
        if dated and _PLACE_LINE.search(line.text.strip()):
            continue  # "L’Ecole Bilingue Library" under the date: where the meeting sat, not its title
        if DATE_LINE.match(line.text):
            dated = True
        elif not (TIME_OF_DAY.match(line.text) or TIME_PREFIX.match(line.text)):
            kept.append(line.text)
    return join_lines(kept)


PLACE_LINE_MAX_WORDS = 6
# a short line that ends in a building or a room: "Hyndland Primary School", "Village Hall"
_PLACE_LINE = re.compile(rf"^(?:\S+\s+){{0,{PLACE_LINE_MAX_WORDS - 1}}}"
                         rf"(?:{'|'.join(map(re.escape, VENUE_NOUNS))})$", re.I)


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


def _web_address(block: Block) -> bool:
    """A line of web or mail addresses alone ("www.saleve.xyz"): a letterhead's, never a title."""
    return len(block.lines) == 1 and bool(_ADDRESSES_ONLY.match(block.text.strip()))


def _largest_heading_size(blocks: list[Block]) -> float:
    sizes = [b.size for b in blocks if (b.bold or is_all_caps(b.text)) and not _looks_like_prose(b.text)]
    return max(sizes, default=0.0)
