"""Tables: ruled text and page frames read as running text, the agenda column and its headings,
tables of figures and of people (data, not sections)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from itertools import groupby

from pipeline.names import is_given_name
from pipeline.pdf.extract import Cell, Layout, Line
from pipeline.rules import (
    AGENDA_COLUMN_NAMES,
    EMPTY_FIGURES,
    MAX_HEADING_WORDS,
    METADATA_LABELS,
    MOTION_TABLE_COLUMNS,
    OCR_RULE_MARK_WORD,
    OCR_RULE_MARKS,
    PEOPLE_TABLE_COLUMNS,
)
from pipeline.rules.patterns import words_re
from pipeline.structure.blocks import Block
from pipeline.structure.text import LABEL, STARTS_WITH_HONORIFIC, URL, _looks_like_prose, is_all_caps, numbering_of

RULED_TEXT_SHARE = 0.8  # a "table" whose rows hold one line of one cell this often is ruled text
FIGURE_TABLE_SHARE = 0.6  # a table whose cells are figures this often has no headings
FRAME_MIN_LINES = 5  # a "table" of one row whose cell holds this many lines is a frame around running text
FRAME_ROW_MIN_LINES = 2 * FRAME_MIN_LINES  # ... and a row of a longer table, its only cell filled with this many


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
    if URL.search(text):
        return None  # "Go to www.menti.com and use the code ...": a link or a screenshot's words, as outside tables
    if block.cell.column == agenda_col:
        return None if _FORM_FIELD.fullmatch(text) else text  # "Date | 11 February" / "Location | ...": a form's field
    if (block.italic or block.bold) and not STARTS_WITH_HONORIFIC.match(text):
        if LABEL.match(text) or (numbering_of(text) or ("", ""))[0] == "decimal":
            return text
    if numbering_of(text) and is_all_caps(text) and len(block.lines) == 1 and not _looks_like_prose(text):
        return text  # "IV. OPEN SESSION": an agenda item in capitals, in a cell of the proceedings
    return None


# The labels of a form's fields, in its first column: where and when, not items of the agenda ("Title of Meeting").
_FORM_FIELD = re.compile(rf"(?:{words_re(METADATA_LABELS)}|title\s+of\s+(?:the\s+)?meeting)", re.I)
HEAD_ROW_MIN_REPEATS = 3  # a row of the table's column names, printed again this often: its head
HEAD_ROW_MIN_PAIRED = 2  # ... seen with another repeated cell of the head beside it in this many rows
HEAD_CELL_MAX_WORDS = 3


def _cell_key(text: str) -> str:
    """A cell's words alone, in lower case: OCR reads a rule beside "Topic" as "' Topic" or "_ Topic"."""
    return " ".join(re.findall(r"[^\W\d_]+", text.casefold()))


def _repeated_head_cells(blocks: list[Block]) -> frozenset[int]:
    """ids of table cells that repeat the table's head ("Topic | Detailed Discussion") where a scan
    prints it again on each page or over each session, but that was not read as the header row (a
    worn copy's rules and specks): short cells whose words come back in HEAD_ROW_MIN_REPEATS rows of
    the table, in HEAD_ROW_MIN_PAIRED of them beside another such cell. Each is a column's name, not
    an agenda item."""
    rows: dict[tuple[int, int], dict[int, str]] = {}
    cells: list[tuple[Block, str]] = []
    for block in blocks:
        cell = block.cell
        key = _cell_key(block.text) if cell is not None else ""
        if key and len(key.split()) <= HEAD_CELL_MAX_WORDS:
            rows.setdefault((cell.table, cell.row), {}).setdefault(cell.column, key)
            cells.append((block, key))
    counts = Counter((table, column, key) for (table, _), by_column in rows.items()
                     for column, key in by_column.items())
    repeated = {found for found, n in counts.items() if n >= HEAD_ROW_MIN_REPEATS}
    paired: Counter[tuple[int, int, str]] = Counter()
    for (table, _), by_column in rows.items():
        heads = [(table, column, key) for column, key in by_column.items() if (table, column, key) in repeated]
        if len(heads) >= 2:
            paired.update(heads)
    heads = {found for found, n in paired.items() if n >= HEAD_ROW_MIN_PAIRED}
    return frozenset(id(block) for block, key in cells
                     if (block.cell.table, block.cell.column, key) in heads)


NUMBER_CELL = re.compile(r"^\d{1,6}(?:[.,]\d+)?\s*%?$")
RULE_MARK_WORD = re.compile(OCR_RULE_MARK_WORD)


def _without_rule_marks(lines: list[Line]) -> list[Line]:
    """The lines of table cells without the rules OCR read as words ("| Session 3: Communication",
    "Session 4: Do No Harm | and Conflict", "Lunch break |"); a line of such marks alone is dropped.
    A cell's text never holds a bar of its own: its rules are the cell's edges."""
    out = []
    for line in lines:
        if line.cell is None or not any(RULE_MARK_WORD.match(word) for word in line.text.split()):
            out.append(line)
            continue
        text = " ".join(word for word in line.text.split() if not RULE_MARK_WORD.match(word))
        if text:
            out.append(replace(line, text=text))
    return out


def _join_split_cell_headings(blocks: list[Block]) -> list[Block]:
    """Bold blocks one after the other in one table cell, short and not ending a sentence, are one
    heading that OCR's line spacing broke in two ("Session 3: Communication" / "Need Assessment", the
    rule read beside them standing the lines apart)."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if last is not None and block.cell is not None and block.cell == last.cell and last.bold and block.bold \
                and not last.is_item and not block.is_item and not last.text.rstrip().endswith((".", ":", ";")) \
                and len(last.text.split()) + len(block.text.split()) <= MAX_HEADING_WORDS:
            out[-1] = replace(last, lines=last.lines + block.lines)
        else:
            out.append(block)
    return out


def _lines_per_cell(lines: list[Line]) -> dict[int, dict[int, Counter[int]]]:
    """table -> row -> how many lines each column's cell holds."""
    filled: dict[int, dict[int, Counter[int]]] = {}
    for line in lines:
        if line.cell is not None:
            filled.setdefault(line.cell.table, {}).setdefault(line.cell.row, Counter())[line.cell.column] += 1
    return filled


def _out_of_cells(lines: list[Line], unframed: Callable[[Cell], bool]) -> list[Line]:
    """`lines` with those whose cell `unframed` (a predicate of the cell) says is no table's as running text."""
    return [replace(line, cell=None) if line.cell is not None and unframed(line.cell) else line for line in lines]


def _unframe_ruled_text(lines: list[Line]) -> list[Line]:
    """Text ruled line by line (an act with a rule under each line, a form) is found as a table whose
    rows hold one line in one cell: read it as running text."""
    ruled = {table for table, rows in _lines_per_cell(lines).items()
             if len(rows) >= 4 and sum(len(cols) == 1 and sum(cols.values()) == 1 for cols in rows.values())
             >= RULED_TEXT_SHARE * len(rows)}
    return _out_of_cells(lines, lambda cell: cell.table in ruled) if ruled else lines


def _unframe_text_rows(lines: list[Line]) -> list[Line]:
    """A row of a table with one cell filled, and filled with a page's text (FRAME_ROW_MIN_LINES), is a frame around
    the minutes under a form's rows (a scan that lost the rules and numbers between their items): running text."""
    framed = {(table, row) for table, rows in _lines_per_cell(lines).items() for row, columns in rows.items()
              if len(columns) == 1 and sum(columns.values()) >= FRAME_ROW_MIN_LINES}
    return _out_of_cells(lines, lambda cell: (cell.table, cell.row) in framed) if framed else lines


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


def _cell_text(block: Block) -> str | None:
    """A cell's text without the rules OCR read into it; None when that leaves no letter or digit
    (a rule read alone: "|", ",")."""
    text = block.text.strip(OCR_RULE_MARKS)
    return text if any(char.isalnum() for char in text) else None


def _figure_tables(blocks: list[Block]) -> set[int]:
    """Tables whose cells, first column included, are mostly figures ("15.05", "NA"): a budget, a
    grid of results. Their cells are not agenda items."""
    cells: dict[int, list[str]] = {}
    for block in blocks:
        if block.cell is not None and (text := _cell_text(block)) is not None:
            cells.setdefault(block.cell.table, []).append(text)
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


def motion_table_columns(header: list[str]) -> dict[str, int]:
    """The columns of a table of motions, {"text": 0, "mover": 1, "seconder": 2, "outcome": 3} (MOTION_TABLE_COLUMNS),
    or {} when the table has no column of the motions' words and of their movers or seconders."""
    columns: dict[str, int] = {}
    for column, name in enumerate(header):
        name = " ".join(name.lower().replace("|", " ").split()).strip(" :.")
        kind = next((kind for kind, names in MOTION_TABLE_COLUMNS.items() if name in names), None)
        if kind and kind not in columns:
            columns[kind] = column
    return columns if "text" in columns and ("mover" in columns or "seconder" in columns) else {}


def _motion_tables(blocks: list[Block], layout: Layout) -> set[int]:
    """Tables of motions, a row per motion with its mover and seconder (motion_table_columns of the header, or of the
    first row): their first column is the motions' words, not agenda items."""
    first_rows: dict[int, dict[int, str]] = {}
    tops: dict[int, int] = {}
    for block in blocks:
        if block.cell is not None:
            table, row = block.cell.table, block.cell.row
            if row < tops.get(table, row + 1):
                tops[table], first_rows[table] = row, {}
            if row == tops[table]:
                first_rows[table][block.cell.column] = block.text
    named = {table for table, names in layout.table_headers.items() if motion_table_columns(names)}
    return named | {table for table, cells in first_rows.items() if motion_table_columns(row_as_list(cells))}


def row_as_list(cells: dict[int, str]) -> list[str]:
    """A row's cells by column ({0: "Motion", 2: "Status"}) as a list, a column without a cell empty."""
    return [cells.get(column, "") for column in range(max(cells, default=-1) + 1)]


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


REPEATED_ITEM_SHARE = 0.6  # a table whose agenda column says the same this often is a listing, not an agenda


def _repeated_item_tables(blocks: list[Block], layout: Layout) -> set[int]:
    """Tables whose agenda column says the same word in most rows ("attribute", "attribute", ...: a
    listing of code or a form OCR found rules around): agenda items differ from row to row."""
    cells: dict[int, Counter[str]] = {}
    for block in blocks:
        if block.cell is not None and block.cell.column == _agenda_column(layout, block.cell.table):
            cells.setdefault(block.cell.table, Counter())[block.text.strip().casefold()] += 1
    return {table for table, texts in cells.items() if texts.total() >= 3
            and texts.most_common(1)[0][1] >= REPEATED_ITEM_SHARE * texts.total()}


def _data_tables(blocks: list[Block]) -> set[int]:
    """Tables whose cells beyond the first column are mostly numbers (evaluation tables, grids)."""
    cells: dict[int, list[str]] = {}
    for block in blocks:
        if block.cell is not None and block.cell.column > 0 and (text := _cell_text(block)) is not None:
            cells.setdefault(block.cell.table, []).append(text)
    return {table for table, texts in cells.items()
            if texts and sum(bool(NUMBER_CELL.match(t)) for t in texts) >= 0.6 * len(texts)}


FIGURE = re.compile(r"^\(?\d{1,6}(?:[.,]\d+)?\s?%\)?$|^\d{1,6}[.,]\d{2}$")  # "37%", "1299.95"


def _table_row_text(heading: str) -> bool:
    """A row of a table read as a line (its rules not found on a scan): cells parted by a rule that
    OCR read as "|", or two or more percentages or amounts ("Creating Unit 86% 14% 0%")."""
    return " | " in f" {heading} " or sum(bool(FIGURE.match(word)) for word in heading.split()) >= 2
