"""Layout -> blocks -> section tree.

Lines are joined into blocks (paragraphs and list items); blocks that act as headings open
sections. A heading's level comes from its numbering depth and its typography: each heading
style seen nests under the styles seen before it, unless it returns to one of them.

The steps, in the order `build_structure` runs them: `tables` (ruled text and frames read as text),
`blocks` (lines -> blocks), `title`, `headings` (which blocks head a section), `levels` (how deep);
`text` holds the helpers and patterns they share.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.pdf.extract import Layout
from pipeline.rules import AGENDA_LIST_HEADINGS, ANNEX_WORDS, ATTENDANCE_LIST_HEADINGS
from pipeline.structure.blocks import Block, _set_text_sizes, build_blocks
from pipeline.structure.forms import GridVote, head_parts, read_form, signatories, voted_on
from pipeline.structure.headings import (
    CONTINUED,
    _agenda_taken_up_by_label,
    _announced_agenda_items,
    _announced_item_heading,
    _attendance_lead_line,
    _breaks_off,
    _contents_entries,
    _form_item,
    _garbled,
    _heading_text,
    _in_side_column,
    _is_styled,
    _kind_of,
    _letters_from_repeats,
    _letters_without_stop,
    _list_titles,
    _lone_headings,
    _name_lists,
    _number_lists,
    _numbered_lead_in,
    _numbers_in_sequence,
    _ocr_fragments,
    _roll_call_grid,
    _signature_captions,
    _sized_apart_without_text,
    _styled_heading_schemes,
    _styled_sequence_gaps,
    _text_extents,
    _turn_labels,
    _under_lead_in,
    _vote_table_head,
    _without_column_names,
    join_signature_rows,
    sentence_run_ins,
    split_attendance_leads,
    split_run_in_items,
    without_time_after_capitals,
)
from pipeline.structure.levels import (
    _heading_style,
    _is_label_heading,
    _left_margin,
    _open_peer_style,
    _open_style,
    _Page,
    _page_edges,
    _peer_of,
    _reference_depth,
    _restarts_inside,
)
from pipeline.structure.tables import (
    _agenda_column,
    _data_tables,
    _figure_tables,
    _join_split_cell_headings,
    _motion_tables,
    _names_an_item,
    _people_tables,
    _repeated_head_cells,
    _repeated_item_tables,
    _table_heading,
    _table_row_text,
    _unframe_page_frames,
    _unframe_ruled_text,
    _unframe_text_rows,
    _without_rule_marks,
    people_table_columns,
)
from pipeline.structure.text import AGENDA_ITEM_LABEL, join_lines, numbering_of, outline_letters
from pipeline.structure.title import (
    _join_title,
    _title_blocks,
    named_title_further_down,
    running_title,
    split_cover_resolution,
    split_title_stack,
    title_further_down,
)
from schemas import Section, SectionKind

__all__ = ["AGENDA_ITEM_LABEL", "Block", "SectionDraft", "Structure", "build_structure", "join_lines", "numbering_of",
           "people_table_columns"]


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

    def to_record(self) -> Section:
        return Section(section_no=self.section_no, parent_no=self.parent_no, level=self.level, heading=self.heading,
                       kind=SectionKind(self.kind), body=self.body, page_first=self.page_first,
                       page_last=self.page_last)


@dataclass
class Structure:
    title: str | None
    title_blocks: list[Block]
    front: list[Block]  # blocks before the first heading (title block, metadata lines)
    sections: list[SectionDraft]
    body_size: float
    table_headers: dict[int, list[str]] = field(default_factory=dict)
    data_tables: set[int] = field(default_factory=set)  # tables of numbers, not of agenda items
    grid_votes: list[GridVote] = field(default_factory=list)  # votes a form's grid records (structure/forms.py)
    place: str | None = None  # the address lines of a form's letterhead, read as one
    signatories: list[tuple[str, str]] = field(default_factory=list)  # (name, post) signing a form's minutes
    cover: list[Block] = field(default_factory=list)  # a resolution adopting the minutes, printed before them


_ATTENDANCE_LIST = "|".join(map(re.escape, ATTENDANCE_LIST_HEADINGS))
ANNEX = re.compile(rf"^(?:{'|'.join(ANNEX_WORDS)})\b|^(?:{_ATTENDANCE_LIST})\s*:?\s*$", re.I)
# "Agenda:", "Tagesordnung (gem. Einladung):", "Tagesordnung Versammlung:": the heading of the list of items,
# a word or two naming which list or an aside in brackets at most (no number: "Agenda item 3" is an item)
_AGENDA_LIST = re.compile(rf"^(?:{'|'.join(map(re.escape, AGENDA_LIST_HEADINGS))})(?:\s+[^\W\d_]+){{0,2}}"
                          rf"\s*(?:\([^()]{{1,40}}\))?\s*:?\s*$", re.I)
AGENDA_LIST_MIN_ITEMS = 2  # items listed one after another under the agenda heading that make its list
# Numbering styles of an outline ("I.", "A.", "1.", "a."): each keeps the level it first opened at.
OUTLINE_SCHEMES = frozenset({"roman", "upper", "lower", "lower_roman", "number", "sub"})
BARE_NUMBER = re.compile(r"^\s*\(?(?:\d{1,3}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]?\s*$", re.I)  # "1.", "2.3", "(a)"


def _on_one_line(number: Block, item: Block) -> bool:
    """A bare number and the item it numbers start on one line; an "f" far down the cell is a rule
    OCR read as a letter, not item (f)."""
    return abs(number.first.bottom - item.first.bottom) <= max(number.first.size, item.first.size)


def _repeated_open_section(heading: str, sections: list[SectionDraft], page_top: bool) -> SectionDraft | None:
    """The open section (the last section or one of its parents) whose heading this one repeats,
    numbered or at the top of a page, "(continued)" or not: a form or an agenda that repeats its open
    items at the top of each page ("II. SUPERINTENDENT'S REPORT", whose number OCR lost on one of them),
    the item continued. Two numbers that differ are two items ("3. GENERAL FUND, ...", "4. GENERAL FUND, ...")."""
    if not sections or not (numbering_of(heading) or page_top):
        return None
    number, wanted = _compared(heading)
    by_no = {s.section_no: s for s in sections}
    open_section: SectionDraft | None = sections[-1]
    while open_section is not None:
        other_number, other = _compared(open_section.heading)
        if other == wanted and (number == other_number or not number or not other_number):
            return open_section
        open_section = by_no.get(open_section.parent_no) if open_section.parent_no is not None else None
    return None


def _lead_in_heading(block: Block, after: Block, in_sequence: set[int],
                     heading_of: Callable[[Block], str | None]) -> str | None:
    """A numbered sentence leading into the headed parts that follow it ("2. Der Vorstand schlug folgende
    Satzungsänderungen vor:" over "2.1 Es soll ...", or over "Änderung §4 Abs. 2" in bold): their heading.
    `heading_of`: the heading a block outside tables stands for (_heading_text as the document reads it)."""
    lead_in = _numbered_lead_in(block, in_sequence)
    if lead_in is None or after.cell is not None or not _under_lead_in(block, after):
        return None
    return lead_in if heading_of(after) is not None else None


def _top_number(heading: str) -> int | None:
    """The first part of a heading's arabic or decimal number: 3 for "3." and for "3.2"."""
    numbering = numbering_of(heading)
    if numbering is None or numbering[0] not in {"arabic", "decimal"}:
        return None
    return int(numbering[1].split(".")[0])


def _goes_on_listing(heading: str, last: int | None) -> bool:
    """A heading numbered as the list's last item or the next one: the listing goes on. Items taken up
    after the list number afresh ("2.1" after "5. Sitzungsende"), or not at all."""
    top = _top_number(heading)
    return top is not None and last is not None and top in (last, last + 1)


def _sub_number(style: tuple, styles: list[tuple]) -> bool:
    """ "3.1" under an open "3.": a sub-item of a numbered item, in its numbering."""
    return style[0] == "number" and any(other[0] == "number" and other[1] < style[1] for other in styles)


NUMBERED_HEADING = re.compile(r"^\s*\(?(\d{1,2}(?:\.\d{1,2})*|[A-Za-z]|[IVXivx]{1,5})[.):]\s+(?=\S)")


def _compared(heading: str) -> tuple[str, str]:
    """A heading's number (OCR may miss it on one of its repeats) and its words as compared with its
    repeat: without "(continued)", its spacing and case."""
    numbered = NUMBERED_HEADING.match(heading)
    words = " ".join(CONTINUED.sub("", heading[numbered.end() if numbered else 0:]).split()).casefold()
    return (numbered.group(1) if numbered else ""), words


def build_structure(layout: Layout) -> Structure:
    body_size = layout.body_size
    form = read_form(_unframe_ruled_text(_unframe_text_rows(_unframe_page_frames(layout.lines))), layout.grids)
    blocks = split_attendance_leads(_join_split_cell_headings(build_blocks(_without_rule_marks(form.lines))))
    blocks = split_run_in_items(blocks)  # "... obligated." / "Dam Report: ..." joined over a page break
    cover, blocks = split_cover_resolution(blocks)  # a resolution adopting the minutes, printed before them
    blocks = split_title_stack(blocks)
    _set_text_sizes(blocks, layout.lines)
    if form.head:  # a form's letterhead: the title, then the place and date, one line each
        title_lines, under, place = head_parts(form.head)
        above, title_blocks, dated = [], [Block([line]) for line in title_lines], [Block([line]) for line in under]
        rest = blocks
    else:
        first_page = blocks[0].page_first if cover and blocks else 1
        above, title_blocks, dated = _title_blocks(blocks, body_size, first_page)
        further = title_further_down(blocks, body_size, first_page) if not title_blocks else \
            named_title_further_down(blocks, title_blocks, first_page)
        if further is not None:
            above, title_blocks, dated = blocks[:further], [blocks[further]], []
        rest = blocks[len(above) + len(title_blocks) + len(dated):]
        place = None
    rest = join_signature_rows(rest)  # posts over the signatories' names: a caption, one block
    styled_schemes = _styled_heading_schemes(rest, body_size)
    data_tables = _data_tables(rest)
    figure_tables = _figure_tables(rest) | _people_tables(rest, layout) | _repeated_item_tables(rest, layout) \
        | _motion_tables(rest, layout)
    in_sequence = _numbers_in_sequence(rest)
    head_cells = _repeated_head_cells(rest)
    letters = {id(rest[at]): letter for at, letter in outline_letters([b.text for b in rest]).items()}
    stopless = _letters_without_stop(rest, letters)  # "E ACTION/INFORMATION ITEMS" between "A." and "J."
    letters.update(stopless)
    letters.update(_letters_from_repeats(rest, letters))  # "CONSENT ITEMS", printed "D. CONSENT ITEMS" on its next page
    gap_fillers = _styled_sequence_gaps(rest, body_size, letters)
    run_ins = sentence_run_ins(rest)  # "Call to order: 5 p.m.", "Treasurer report; ...", "ROLL CALL-Supervisor X"
    page = _Page(margin=_left_margin(rest), reference_depth=_reference_depth(rest), letters=letters,
                 edges=_page_edges(rest), run_ins=frozenset(run_ins))
    lone = _lone_headings(rest, page.margin)
    list_titles = _list_titles(rest)
    contents = _contents_entries(rest)  # a table of contents' entries: the items' pages, no items
    captions = _signature_captions(rest)
    turn_labels = _turn_labels(rest)  # "Adrian:" over what Adrian said, turn after turn
    hand_sized = _sized_apart_without_text(rest, body_size)  # a list signed by hand, read by OCR
    extents = _text_extents(blocks)
    name_lists = _name_lists(rest) | _roll_call_grid(rest)  # (a roll call's grid of names and marks: a list too)
    announced_items = _announced_agenda_items(rest)  # "... el siguiente orden del día:" then "1. ...", "2. ..."
    listed = _number_lists(rest, body_size) - announced_items
    announced = _agenda_taken_up_by_label(rest, _AGENDA_LIST)  # listed, then taken up under "Punkt 1." ...
    title_texts = {b.text.strip().casefold() for b in title_blocks}

    def heading_of(block: Block) -> str | None:
        if id(block) in announced_items:
            return _announced_item_heading(block)
        if id(block) in run_ins:
            return run_ins[id(block)]
        heading = _heading_text(block, styled_schemes, body_size, in_sequence, gap_fillers, lone, letters)
        return without_time_after_capitals(_without_column_names(heading)) if heading else heading

    sections: list[SectionDraft] = []
    front: list[Block] = above + title_blocks + dated
    styles: list[tuple] = []  # the open heading styles, outermost first
    sizes: list[float | None] = []  # the font size of each open style's heading, if set apart by type
    opened: list[Block] = []  # the heading block that opened each open style
    table_level: dict[int, int] = {}
    outline_levels: dict[tuple, int] = {}  # the level each numbering style first opened at
    last_row: tuple | None = None
    agenda_at: int | None = None  # the level of an open "Agenda:" heading, whose items are a list
    agenda_listed = 0  # items listed under it so far, one after another with no text between
    agenda_done = False  # text came after its list: the items are taken up from here on
    agenda_last: int | None = None  # the number of the last item listed ("3" for "3.2")
    # rows whose agenda cell is a bare number ("1."): the item is the next cell's, on the number's line
    numbered_rows: dict[tuple, Block] = {}
    previous_page = 0
    for at, block in enumerate(rest):
        heading = None
        cell = block.cell
        item_cell = False
        if cell is not None and (cell.table in data_tables or cell.table in figure_tables or id(block) in head_cells):
            pass  # a table of counts or of people: its rows are data, not sections; its head printed again
        elif cell is not None:
            row_key = (cell.table, cell.row)
            agenda_col = _agenda_column(layout, cell.table)
            if row_key != last_row and cell.column == agenda_col:
                heading = _table_heading(block, agenda_col)
                if heading:
                    last_row = row_key
                elif BARE_NUMBER.match(block.text):
                    numbered_rows[row_key] = block
            elif row_key in numbered_rows and cell.column == agenda_col + 1 and _names_an_item(block) \
                    and _on_one_line(numbered_rows[row_key], block):
                # "1. | Welcome and apologies (bold) The Chair welcomed ...": the number's item, its first words
                number = numbered_rows.pop(row_key).text.strip()
                heading, item_cell, last_row = f"{number} {block.text.strip()}", True, row_key
            elif cell.column != agenda_col:
                heading = _table_heading(block, agenda_col)
        else:
            heading = heading_of(block)
            if heading is None and at + 1 < len(rest):
                heading = _lead_in_heading(block, rest[at + 1], in_sequence, heading_of)
            if heading is None and form.head and id(block) not in listed:
                heading = _form_item(block, ("upper", letters[id(block)]) if id(block) in letters
                                     else numbering_of(block.text), voted=voted_on(block, form.votes))
            if heading and heading.casefold() in title_texts:
                heading = None  # the title again at the top of a later page: a running header
            if heading and _in_side_column(block, extents):
                heading = None
        # an announced agenda item is its whole text, an aside its author left open included
        breaks_off = heading is not None and _breaks_off(heading) and id(block) not in announced_items
        if heading and (breaks_off or id(block) in name_lists or id(block) in listed or id(block) in announced
                        or id(block) in contents
                        or _table_row_text(heading) or _vote_table_head(heading) or _garbled(heading)
                        or block.first.ocr and _ocr_fragments(heading)):
            heading = None
        if heading is not None and (id(block) in captions or id(block) in hand_sized or id(block) in turn_labels):
            heading = None
        if heading is not None and at == 0 and not title_blocks and (numbering_of(block.text) or ("",))[0] == "minute":
            heading = None  # "AGM-2007/04: Minutes of the ... AGM" atop the first page: the paper's reference
        page_top = block.page_first != previous_page
        previous_page = block.page_last
        repeated = _repeated_open_section(heading, sections, page_top) if heading is not None else None
        if repeated is not None:
            # "E. ACTION/INFORMATION ITEMS" again atop the next page: the item goes on. The repeat is a
            # heading the reader sees, at the level of the one it repeats, and what the page sets under
            # it is its own; the styles opened inside the item stay known for their level.
            del styles[repeated.level:], sizes[repeated.level:], opened[repeated.level:]
            sections.append(SectionDraft(section_no=len(sections) + 1, heading=heading, level=repeated.level,
                                         kind=repeated.kind, page_first=block.page_first,
                                         parent_no=repeated.parent_no))
            continue
        if heading is None:
            (sections[-1].blocks if sections else front).append(block)
            if id(block) in announced and agenda_at is not None:
                agenda_listed += 1  # an item of the agenda's list, as text of its heading
            agenda_done = agenda_done or (agenda_at is not None and agenda_listed >= AGENDA_LIST_MIN_ITEMS)
            continue
        read = heading
        if id(block) in stopless and heading.startswith(f"{stopless[id(block)]} "):
            heading = f"{stopless[id(block)]}.{heading[1:]}"
        if numbering_of(heading) and CONTINUED.search(heading):
            heading = CONTINUED.sub("", heading).rstrip()  # an item continued whose start headed nothing
        style = _open_peer_style(_heading_style(block, body_size, page), styles, block)
        if cell is not None and style[0] == "table-cell" \
                and (item_cell or cell.column == _agenda_column(layout, cell.table)):
            style = ("table-row", cell.table)
            if cell.table not in table_level:
                table_level[cell.table] = len(styles) + 1
            del styles[table_level[cell.table] - 1:]
            del sizes[len(styles):], opened[len(styles):]
        if ANNEX.match(heading) or (style[0] == "minute" and style not in styles and cell is None) \
                or (cell is None and _attendance_lead_line(heading) and _attendance_lead_line(block.text)):
            # (and the list of those present, led into by its line: "Närvarande medlemmar utöver styrelsen;")
            # an annex opens at the top level; so does the first minute ("AGM-2006/3", "Min. 12/24"), however
            # deep the agenda listed before it went: minutes are numbered in the record's own outline
            del styles[:], sizes[:], opened[:]
        if agenda_done and _goes_on_listing(heading, agenda_last):
            agenda_done = False  # "3. AOB" after "2. Minutes" and a line of its own: the list goes on
        if agenda_at is not None and (agenda_done or style not in styles and len(styles) > agenda_at
                                      and not _sub_number(style, styles)):
            # "Punto 1 - X" in bold after the plain items listed under "Ordine del giorno": the item taken
            # up, not a sub-item of the last one listed; the list closes. Or the list ended in text
            # ("Anträge zur Tagesordnung wurden nicht gestellt.", "1. Die Tagesordnung wurde angenommen."):
            # what is numbered after it records the items taken up, numbered as they were listed, at the
            # agenda heading's level, not inside its list
            del styles[agenda_at - 1:], sizes[agenda_at - 1:], opened[agenda_at - 1:]
            for listed_style in [s for s, opened_at in outline_levels.items() if opened_at >= agenda_at]:
                del outline_levels[listed_style]
            agenda_at, agenda_listed, agenda_done = None, 0, False
        # a list's title is placed by the points under it, not by where it starts
        plain = id(block) in lone and id(block) not in list_titles and not _is_styled(block, body_size)
        peer = _peer_of(block, opened, page) if plain and style not in styles else None
        if peer is not None:
            del styles[peer + 1:], sizes[peer + 1:], opened[peer + 1:]
            level = peer + 1  # a heading in plain type, set like an open heading: its peer
        elif cell is None and _is_label_heading(heading, block.text) and style not in styles:
            level = len(styles) + 1  # "Present", "Apologies:": a leaf, never the parent of what follows
        else:
            rank = block.size if cell is None and _is_styled(block, body_size) else None
            if block.first.ocr and style[0] in OUTLINE_SCHEMES and (not block.bold or style in outline_levels):
                rank = None  # a plain numbered item on a scan, or one whose numbering came before: its size
                # is a guess (an underline swells it), its numbering ranks it
            back = outline_levels.get(style)
            if _restarts_inside(style, heading, styles, opened):
                styles.append(style)  # "1." under "a." under "2.": a list of the lettered item, a level deeper
                sizes.append(rank)
            elif back is not None and back <= len(styles) and style not in styles:
                # "F." after "2." > "b.": a numbering seen before returns to the level it opened at
                del styles[back - 1:], sizes[back - 1:]
                styles.append(style)
                sizes.append(rank)
            else:
                _open_style(styles, sizes, style, rank)
            del opened[len(styles) - 1:]
            opened.append(block)
            level = len(styles)
            if style[0] in OUTLINE_SCHEMES:
                outline_levels.setdefault(style, level)
        if _AGENDA_LIST.match(heading):
            agenda_at, agenda_listed, agenda_done = level, 0, False
        elif agenda_at is not None and level > agenda_at:
            agenda_listed += 1
            agenda_last = _top_number(heading) or agenda_last
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
        if read != block.text.strip().rstrip(":"):
            sections[-1].blocks.append(block)  # a run-in heading keeps its paragraph as body
    if form.signature:  # a form's signature block closes the minutes: its lines head nothing
        (sections[-1].blocks if sections else front).extend(build_blocks(form.signature))
    # a form's letterhead sets each part of the title on a line of its own
    title = ": ".join(b.text.strip() for b in title_blocks) or None if form.head else _join_title(title_blocks)
    title = title or running_title(layout.running_head)
    return Structure(title=title, title_blocks=title_blocks, front=front, sections=sections, body_size=body_size,
                     table_headers=layout.table_headers, data_tables=data_tables, grid_votes=form.votes, place=place,
                     signatories=signatories(form.signature), cover=cover)
