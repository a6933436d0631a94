"""Vote tables: "Ja | Nein | Enthaltung | Summe" with a row of counts under it, the tally of a motion; and tables
of motions, a row per motion: "Motion Text | Moved by | Seconded by | Status" (MOTION_TABLE_COLUMNS).

Club minutes set a vote out as a table after the motion: statute changes ("§7 Absatz 2 von: „...“ zu: „...“")
then one row of counts per change, labelled with the paragraph it changes; or a table without labels
right before or after the sentence that records the decision ("Hiermit wurde der Vorstand ... entlastet").
A row labelled with a paragraph is the motion that sets that paragraph out (its text as written there);
a row that names something else is that motion; a row without label gives its counts to the decision
beside the table. Rows of candidates, and tables under an election, are elections, not motions.
Changes set out as old and new wording and decided together after them ("Aufgrund der
Abstimmungsergebnisse wurden die ... Satzungsänderungen angenommen") are motions with that outcome.
Which columns are a vote's sides: `votes.vote_columns`; the words are data in pipeline/rules/motions.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.annotate.common import words_re
from pipeline.annotate.motions import MotionDraft, may_decide
from pipeline.annotate.posts import HONORIFIC_PREFIX
from pipeline.annotate.votes import outcome_of, side_of, vote_columns, vote_rows
from pipeline.numerals import without_numbering
from pipeline.rules import (
    AMENDMENT_ANNOUNCING,
    AMENDMENT_FROM_TO,
    AMENDMENT_NOUNS,
    CANDIDATE_WORDS,
    ELECTION_WORDS,
    MOTION_NOUNS,
    NO_PERSON_CELLS,
    PARAGRAPH_REFERENCE,
    PROPOSING_WORDS,
)
from pipeline.structure import Block, Structure
from pipeline.structure.tables import motion_table_columns, row_as_list

# The order of a vote table's columns when its header lost one of them (a header cell read as a heading).
_SIDES_IN_ORDER = ("for", "against", "abstain", "total")
_NUMBER = re.compile(r"\d{1,4}")
_REFERENCE = re.compile(PARAGRAPH_REFERENCE, re.I)
LABEL_MAX_WORDS = 12  # a row's label written before the table is a short line
AMENDMENT_MAX_UNITS = 4  # the paragraph's heading or line and what it sets out after it
DECISION_AFTER_MAX_UNITS = 30  # the decision on changes set out comes at most this many lines after them
REFERENCE_LINE_MAX_WORDS = 6  # "88 Absatz 4" on its own line before 'von: „...“ zu: „...“'
LABEL_MIN_WORDS = 2  # a row named by one word ("Ja", "Total") names no motion
ELECTION_LOOKBACK = 3  # lines before a table that tell it is an election's
PROPOSAL_LOOKBACK = 3  # paragraphs before a vote set out down a table where the proposal it counts is sought
_PROPOSING = re.compile(rf"(?<!\w)(?:{words_re(PROPOSING_WORDS)})(?!\w)", re.I)
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Þ])")
_QUOTE = r"\s*:?\s*(?:,,|[„“”\"«»‚'])"  # OCR reads a low quote („) as two commas
_FROM_TO = re.compile("|".join(rf"\b{re.escape(old)}{_QUOTE}.+?\b{re.escape(new)}{_QUOTE}"
                               for old, new in AMENDMENT_FROM_TO), re.I | re.S)
_ELECTION = re.compile(rf"(?<!\w)(?:{words_re(ELECTION_WORDS + CANDIDATE_WORDS)})", re.I)
_ITEM_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*[.)]\s")  # "2. Statutes": an item's heading, not a paragraph's number
_ANNOUNCING = re.compile(rf"\b(?:{words_re(AMENDMENT_ANNOUNCING)})\s*:\s*$", re.I)
_DECISION_NOUN = re.compile(rf"\b(?:{words_re(MOTION_NOUNS + AMENDMENT_NOUNS)})\b", re.I)


@dataclass
class _Flow:
    """A heading or block in reading order, with its table cell if it is one."""

    text: str
    table: int | None = None
    row: int | None = None
    column: int | None = None
    section_no: int | None = None
    page: int = 1


def _flow(structure: Structure) -> list[_Flow]:
    """Front blocks, then each heading and its blocks: what the reader reads, in order."""
    out = []
    for block in structure.front:
        out.append(_cell_flow(block, None))
    for section in structure.sections:
        out.append(_Flow(section.heading, section_no=section.section_no, page=section.page_first))
        out.extend(_cell_flow(block, section.section_no) for block in section.blocks)
    return out


def _cell_flow(block: Block, section_no: int | None) -> _Flow:
    cell = block.cell
    return _Flow(block.text, cell.table if cell else None, cell.row if cell else None, cell.column if cell else None,
                 section_no, block.page_first)


def _counts(order: list[str], numbers: list[int]) -> dict[str, int] | None:
    """The row's numbers as the vote's sides; None when they do not fit the header (or do not add up)."""
    if len(numbers) == len(order):
        sides = order
    elif len(numbers) == len(_SIDES_IN_ORDER) and set(order) <= set(_SIDES_IN_ORDER):
        sides = list(_SIDES_IN_ORDER)
    else:
        return None
    counts = dict(zip(sides, numbers, strict=True))
    total = counts.pop("total", None)
    if total is not None and sum(counts.values()) != total:
        return None
    return counts if counts else None


def _reference(text: str) -> tuple[str, ...] | None:
    """The numbers of a paragraph reference ("§4 Abs. 2", "§ 4 Absatz 2", "Article 4.2") as a key."""
    match = _REFERENCE.search(text)
    return tuple(re.findall(r"\d+", match.group(0))) if match else None


def _amendment_text(flow: list[_Flow], before: int, key: tuple[str, ...]) -> str | None:
    """Where the paragraph the row names is set out before the table: that line and what follows it."""
    for start in range(before):
        unit = flow[start]
        if unit.table is not None or _reference(unit.text) != key:
            continue
        parts = [unit.text]
        for following in flow[start + 1:min(before, start + AMENDMENT_MAX_UNITS)]:
            if following.table is not None or _reference(following.text) or may_decide(following.text):
                break
            parts.append(following.text)
        return " ".join(parts)
    return None


def _label_before(flow: list[_Flow], first: int) -> str | None:
    """A short line just before the table that names its row (the label column set apart from it)."""
    while first > 0 and side_of(flow[first - 1].text):  # a cell of the header read apart from it ("Ja")
        first -= 1
    if first == 0:
        return None
    text = flow[first - 1].text.strip()
    if flow[first - 1].table is not None or text.endswith(":") or len(text.split()) > LABEL_MAX_WORDS \
            or re.search(r"[.!?]$", text):
        return None
    return text


def _is_candidate(label: str, header: list[str]) -> bool:
    head = (header[0] if header else "").lower()
    return bool(HONORIFIC_PREFIX.match(label)) or any(head.startswith(word) for word in CANDIDATE_WORDS)


def _in_election(flow: list[_Flow], first: int) -> bool:
    """The table stands in an election: its item's heading or the lines just before it speak of one."""
    section_no = flow[first].section_no
    heading = next((u.text for u in flow if u.section_no == section_no and u.table is None), "")
    return any(_ELECTION.search(u.text) for u in flow[max(0, first - ELECTION_LOOKBACK):first]
               if u.section_no == section_no) or bool(_ELECTION.search(heading))


def _decision_beside(flow: list[_Flow], first: int, last: int, motions: list[MotionDraft]) -> MotionDraft | None:
    """A motion without counts read from the line right after the table, or else right before it."""
    for index in (last + 1, first - 1):
        if 0 <= index < len(flow) and flow[index].table is None:
            text = " ".join(flow[index].text.split()).rstrip(" .")
            # (a short decision's text has its item's heading before it: "Protokoll: Das Protokoll wird genehmigt")
            found = next((m for m in motions if m.votes_for is None and m.votes_against is None
                          and (" ".join(m.text.split())[:60] in text or text[:60] in " ".join(m.text.split()))), None)
            if found is not None:
                return found
    return None


def _amendments(flow: list[_Flow]) -> list[tuple[int, MotionDraft]]:
    """Changes set out as old and new wording ('§7 Absatz 2 von: „...“ zu: „...“', or its two lines 'Von „...“' and
    'Zu „...“') or announced on the line before ("Es soll der Wortlaut ... ergänzt werden:"), with where each was
    read."""
    found = []
    taken = -1  # the new wording's line of an old wording read with it
    for index, unit in enumerate(flow):
        if unit.table is not None or index == taken:
            continue
        before = flow[index - 1] if index else None
        after = flow[index + 1] if index + 1 < len(flow) else None
        announced = before is not None and before.table is None and bool(_ANNOUNCING.search(before.text))
        split = after is not None and after.table is None and any(
            re.match(rf"\s*{re.escape(old)}{_QUOTE}", unit.text, re.I)
            and re.match(rf"\s*{re.escape(new)}{_QUOTE}", after.text, re.I) for old, new in AMENDMENT_FROM_TO)
        if not (_FROM_TO.search(unit.text) or announced or split) or _ANNOUNCING.search(unit.text):
            continue
        text = f"{unit.text} {after.text}" if split and after is not None else unit.text
        taken = index + 1 if split else taken
        if before is not None and not announced and before.table is None \
                and len(before.text.split()) <= REFERENCE_LINE_MAX_WORDS and re.search(r"\d", before.text) \
                and not re.search(r"[.:;]$", before.text.strip()) and not _ITEM_NUMBER.match(before.text):
            text = f"{before.text} {text}"  # the paragraph it changes, on the line before
        found.append((index, MotionDraft(text=" ".join(text.split()), section_no=unit.section_no, page=unit.page)))
    return found


def _decided(flow: list[_Flow], after: int) -> str | None:
    """The outcome of the decision on changes set out before `after`: a line naming them and their outcome
    ("Aufgrund der Abstimmungsergebnisse wurden die ... Satzungsänderungen angenommen")."""
    for unit in flow[after + 1:after + 1 + DECISION_AFTER_MAX_UNITS]:
        if unit.table is None and _DECISION_NOUN.search(unit.text):
            outcome = outcome_of(unit.text)
            if outcome:
                return outcome
    return None


def add_amendments(flow: list[_Flow], motions: list[MotionDraft]) -> None:
    """Changes set out and decided together: each is a motion, with the outcome of the decision after them."""
    found = _amendments(flow)
    if not found:
        return
    outcome = _decided(flow, found[-1][0])
    if outcome is None:
        return
    for _, motion in found:
        if any(motion.text in m.text or m.text in motion.text for m in motions):
            continue
        motion.outcome = outcome
        motions.append(motion)


def add_table_votes(structure: Structure, motions: list[MotionDraft]) -> list[MotionDraft]:
    """`motions` (read from the text) with the changes set out and the vote tables' counts added."""
    flow = _flow(structure)
    add_amendments(flow, motions)
    tables: dict[int, list[int]] = {}
    for index, unit in enumerate(flow):
        if unit.table is not None:
            tables.setdefault(unit.table, []).append(index)
    counted: list[MotionDraft] = []
    for table, indexes in tables.items():
        rows = _rows(flow, indexes)
        down = vote_rows([structure.table_headers.get(table, []), *(row_as_list(row) for row in rows.values())])
        if down is not None:  # "Ja | 73" / "Nein | 1" / "Enthaltungen | -"
            motion = _motion_voted_down(flow, indexes[0], indexes[-1], motions)
            if motion is not None and motion.votes_for is None and motion.votes_against is None:
                motion.votes_for, motion.votes_against = down.get("for"), down.get("against", 0)
                motion.votes_abstain = down.get("abstain")
                if motion.outcome is None and motion.votes_for != motion.votes_against:
                    motion.outcome = "carried" if motion.votes_for > motion.votes_against else "defeated"
            continue
        header = _header(structure.table_headers.get(table, []), rows, vote_columns)
        kinds = vote_columns(header)
        if not kinds:
            add_table_motions(flow, indexes, structure.table_headers.get(table, []), motions)
            continue
        order = [kinds[c] for c in sorted(kinds)]
        first, last = indexes[0], indexes[-1]
        for row_no in sorted(rows):
            cells = rows[row_no]
            numbers = [int(v) for c, v in sorted(cells.items()) if _NUMBER.fullmatch(v.strip())]
            label = " ".join(v for c, v in sorted(cells.items()) if not _NUMBER.fullmatch(v.strip())
                             and c not in kinds).strip()
            counts = _counts(order, numbers)
            if counts is None:
                continue
            if not label and len(rows) == 1:
                label = _label_before(flow, first) or ""
            if label and _is_candidate(label, header):
                continue  # an election of officers
            motion = _motion_for(flow, first, last, label, motions)
            if motion is None:
                continue
            if motion.votes_for is None and motion.votes_against is None:
                motion.votes_for, motion.votes_against = counts.get("for"), counts.get("against")
                motion.votes_abstain = counts.get("abstain")
                counted.append(motion)
            if motion.outcome is None and motion.votes_for is not None and motion.votes_against is not None \
                    and motion.votes_for != motion.votes_against:
                motion.outcome = "carried" if motion.votes_for > motion.votes_against else "defeated"
    return [m for m in motions if not _told_again(m, counted)]


def _rows(flow: list[_Flow], indexes: list[int]) -> dict[int, dict[int, str]]:
    """A table's cells (`indexes` into `flow`) by row and column."""
    rows: dict[int, dict[int, str]] = {}
    for index in indexes:
        row = rows.setdefault(flow[index].row or 0, {})
        column = flow[index].column or 0
        row[column] = " ".join(filter(None, [row.get(column), flow[index].text]))
    return rows


def _header(header: list[str], rows: dict[int, dict[int, str]], columns_of: Callable[[list[str]], dict]) -> list[str]:
    """The table's `header`; or, where `columns_of` finds none of its columns there, its first row, read as the header
    (a header row the extraction took for the table's first): taken out of `rows`."""
    if columns_of(header) or not rows:
        return header
    return row_as_list(rows.pop(min(rows)))


def add_table_motions(flow: list[_Flow], indexes: list[int], header: list[str], motions: list[MotionDraft]) -> None:
    """Each row of a table of motions (motion_table_columns of its `header`, or of its first row) as a motion with
    its mover, seconder and outcome, unless the text read it already."""
    rows = _rows(flow, indexes)
    columns = motion_table_columns(_header(header, rows, motion_table_columns))
    if not columns:
        return
    first = flow[indexes[0]]
    in_rows: list[MotionDraft] = []
    for row_no in sorted(rows):
        cells = {kind: " ".join(rows[row_no].get(column, "").replace("|", " ").split()) for kind, column in
                 columns.items()}
        text = cells["text"].strip(" .")
        if len(text.split()) < LABEL_MIN_WORDS:
            continue
        known = next((m for m in motions if m.text.strip(" .") == text), None)  # its cell read as a sentence
        motion = known or MotionDraft(text=text, section_no=first.section_no, page=first.page)
        # what the row's cells say, over what the sentence reader made of the text alone
        motion.moved_by = _person_cell(cells.get("mover", "")) or motion.moved_by
        motion.seconded_by = _person_cell(cells.get("seconder", "")) or motion.seconded_by
        motion.outcome = outcome_of(cells.get("outcome", "")) or motion.outcome
        in_rows.append(motion)
    # in the rows' order, where the first of them the sentence reader found stands (else after the others)
    at = min((k for k, m in enumerate(motions) if any(m is r for r in in_rows)), default=len(motions))
    motions[:] = [m for m in motions[:at] if not any(m is r for r in in_rows)] + in_rows + [
        m for m in motions[at:] if not any(m is r for r in in_rows)]


def _person_cell(text: str) -> str | None:
    """A mover's or seconder's cell: the name, or None where it names no one ("Not recorded", NO_PERSON_CELLS)."""
    text = text.strip(" .,;")
    return None if not text or text.lower() in NO_PERSON_CELLS else text


def _told_again(motion: MotionDraft, counted: list[MotionDraft]) -> bool:
    """A motion without counts whose words are the start of one a table counted: the result line after the table
    ("The amendment was carried") read as a motion of its label ("Article 7.2")."""
    if motion in counted or motion.votes_for is not None or motion.votes_against is not None:
        return False
    own = motion.text.split(": ", 1)[-1]  # without the item's heading a short text was given ("Amendments: ...")
    return any(other.text.startswith(own) and motion.outcome in (None, other.outcome) for other in counted)


def _motion_voted_down(flow: list[_Flow], first: int, last: int, motions: list[MotionDraft]) -> MotionDraft | None:
    """The motion a vote set out down a table counts (not an election's): the proposal set out before it (from the
    sentence that proposes, "Diese stellt den Antrag, ..."), the decision beside it recorded again (dropped, its
    outcome kept) if any; else that decision."""
    if _in_election(flow, first):
        return None
    decision = _decision_beside(flow, first, last, motions)
    proposal = _proposal_before(flow, first)
    if proposal is None and decision is None:  # "Aufnahme Neumitglieder" over the names, then the vote: the item
        proposal = _item_before(flow, first)
    if proposal is None:
        return decision
    known = next((m for m in motions if m.text and " ".join(m.text.split())[:60] in proposal), None)
    motion = known or MotionDraft(text=proposal, section_no=flow[first].section_no, page=flow[first].page)
    if known is None:  # in reading order: before the first motion of a later item
        motions.insert(next((at for at, m in enumerate(motions) if (m.section_no or 0) > (motion.section_no or 0)),
                            len(motions)), motion)
    if decision is not None and decision is not motion:
        motion.outcome = motion.outcome or decision.outcome
        motions.remove(decision)
    return motion


def _item_before(flow: list[_Flow], first: int) -> str | None:
    """The item a vote in a table right under its heading and one paragraph decides: "Heading: paragraph"."""
    section_no = flow[first].section_no
    if first < 2 or flow[first - 1].section_no != section_no or flow[first - 1].table is not None \
            or flow[first - 2].section_no != section_no or flow[first - 2].table is not None:
        return None
    if any(unit.section_no == section_no and unit.table is None for unit in flow[:first - 2]):
        return None  # more than a heading and a paragraph before it
    return f"{without_numbering(flow[first - 2].text)}: {' '.join(flow[first - 1].text.split())}"


def _proposal_before(flow: list[_Flow], first: int) -> str | None:
    """The proposal set out in the paragraphs before a table in its item: the nearest that proposes ("Die Kommission
    schlägt vor, ..."), from the sentence that does; or the one right before it under a heading that names a
    proposal ("Antrag 1")."""
    section_no = flow[first].section_no
    heading = next((at for at, unit in enumerate(flow) if unit.section_no == section_no and unit.table is None), None)
    for index in range(first - 1, max(-1, first - 1 - PROPOSAL_LOOKBACK), -1):
        if index == heading or flow[index].table is not None or flow[index].section_no != section_no:
            break
        text = " ".join(flow[index].text.split())
        if _PROPOSING.search(text):
            sentences = _SENTENCE_START.split(text)
            return " ".join(sentences[next(at for at, part in enumerate(sentences) if _PROPOSING.search(part)):])
        if index == first - 1 and heading is not None and _PROPOSING.search(flow[heading].text):
            return text
    return None


def _motion_for(flow: list[_Flow], first: int, last: int, label: str,
                motions: list[MotionDraft]) -> MotionDraft | None:
    """The motion a row counts: the paragraph it names, set out before the table, or the decision beside it."""
    if not label:
        return _decision_beside(flow, first, last, motions)
    key = _reference(label)
    if key is None:  # "Entlastung des Vorstands | 20 | 0 | 1": what the row names, or the decision beside it
        beside = _decision_beside(flow, first, last, motions)
        if beside is not None or _in_election(flow, first) or len(label.split()) < LABEL_MIN_WORDS:
            return beside
        motion = MotionDraft(text=label, section_no=flow[first].section_no, page=flow[first].page)
        motions.append(motion)
        return motion
    text = _amendment_text(flow, first, key)
    if text is None:
        return None
    text = " ".join(text.split())
    known = next((m for m in motions if len(m.text) > 20 and m.text in text), None)
    if known is not None:  # set out and decided already ("Es soll eingefügt werden: „...“")
        known.text = text
        return known
    motion = MotionDraft(text=text, section_no=flow[first].section_no, page=flow[first].page)
    motions.append(motion)
    return motion
