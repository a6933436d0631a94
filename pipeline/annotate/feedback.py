"""Feedback tallies: evaluation tables, counted lists and counted opinions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.annotate.common import Located, clean_text, section_no_of, split_outside_parens, table_rows, words_re
from pipeline.annotate.posts import HONORIFIC_PREFIX
from pipeline.annotate.votes import vote_columns, vote_rows
from pipeline.rules import (
    ATTENDANCE_LABELS,
    COUNT_UNITS,
    NON_FEEDBACK_WORDS,
    NUMBER_WORDS,
    OPINION_VERBS,
    PARTICIPANT_WORDS,
    VOTE_WORDS,
)
from pipeline.structure import Block, SectionDraft, Structure
from pipeline.structure.tables import row_as_list
from schemas import FeedbackCount


@dataclass
class FeedbackDraft:
    """A tally as found (label, count, the prompt it answers), made a `FeedbackCount` once numbered."""

    question: str | None
    label: str
    count: int
    unit: str | None
    section_no: int | None
    page: int

    def to_record(self, feedback_no: int) -> FeedbackCount:
        return FeedbackCount(feedback_no=feedback_no, question=clean_text(self.question), label=self.label,
                             count=self.count, unit=self.unit, section_no=self.section_no, page=self.page)


_UNITS = words_re(COUNT_UNITS)
_COUNT_PATTERNS = (
    re.compile(rf"^(?P<label>.+?)\s*\(\s*(?P<n>\d{{1,4}})\s*(?P<unit>{_UNITS})?\s*\)\s*[.;,]?$", re.I),
    re.compile(rf"^(?P<label>.+?)(?P<before>\s*)(?P<sep>[-–—:=])(?P<after>\s*)(?P<n>\d{{1,4}})\s*(?P<unit>{_UNITS})?\s*"
               rf"[.;,]?$", re.I),
)
# "1 So wie bisher, 2 Nichts, 6 Spendenempfehlung": the count written first.
_COUNT_FIRST = re.compile(r"^(?P<n>\d{1,4})\s+(?P<label>(?=.*[^\W\d_]).+)$")
# "Excellent 22, Good 15": the count written last, without a dash or brackets (only as one of several).
_COUNT_LAST = re.compile(r"^(?P<label>[^\W\d_][^\d]*?)\s+(?P<n>\d{1,4})$")
_BEFORE_COUNT = re.compile(r"[,;]\s*(?=\d{1,4}\s+\S)")
_VOTE_LABELS = re.compile(rf"^(?:{words_re(VOTE_WORDS)})$", re.I)


# "Present: 12 members, 3 guests" counts people at the meeting, not answers.
_ATTENDANCE_PROMPT = re.compile(rf"\b(?:{words_re(ATTENDANCE_LABELS + ('apologies', 'absent', 'quorum'))})\b", re.I)
_PEOPLE_WORDS = PARTICIPANT_WORDS + COUNT_UNITS + ("guests", "visitors", "councillors")
_PEOPLE_LABEL = re.compile(rf"^(?:{words_re(_PEOPLE_WORDS)})\b", re.I)


def _short_label(label: str) -> bool:
    """An option's name: a few words, one sentence, its brackets closed."""
    return len(label.split()) <= 10 and not re.search(r"[.!?]\s", label) and label.count("(") == label.count(")")


def _option_label(label: str) -> bool:
    return _short_label(label) and not _PEOPLE_LABEL.match(label)


def _written_as_code(match: re.Match) -> bool:
    """ "HR-02-63", "COVID-19" (a dash inside a word), "Time: 1030 - 1530" (a range) and "released at 15:15"
    (a clock time) are not tallies."""
    sep = match.groupdict().get("sep")
    if sep == ":":
        return not match.group("before") and not match.group("after") and len(match.group("n")) == 2 \
            and re.search(r"(?<![\d.])(?:[01]?\d|2[0-3])$", match.group("label")) is not None
    if sep not in {"-", "–", "—"}:
        return False
    return (not match.group("before") and not match.group("after")) or match.group("label")[-1:].isdigit()


def _count_of(text: str) -> tuple[str, int, str | None] | None:
    for pattern in _COUNT_PATTERNS:
        match = pattern.match(text.strip())
        if match and not _written_as_code(match):
            label = match.group("label").strip(" -–:,")
            count = int(match.group("n"))
            unit = (match.group("unit") or "").lower() or None
            if not label or (unit is None and 1900 <= count <= 2100):
                return None
            return label, count, unit
    return None


def _prompt_text(text: str) -> str:
    """A prompt without its numbering or label: "2.1: The three main ..." -> "The three main ..."."""
    text = re.sub(r"^\s*(?:(?:part|question|poll|q)\s*)?\d+(?:\.\d+)*\s*[:.)]\s*", "", text, flags=re.I)
    return text.strip().rstrip(":").strip()


def inline_counts(text: str) -> tuple[str | None, list[tuple[str, int, str | None]]]:
    """Several tallies in one line: "Poll 1: Clear? Yes - 42, Partly - 17, No - 3" or
    "Reasons: late payment (5), rate too high (4)". Returns (prompt written before them, counts)."""
    text = text.strip().rstrip(".")
    candidates = []
    if "?" in text:
        cut = text.rindex("?") + 1
        candidates.append((text[:cut], text[cut:]))
    if ":" in text:
        cut = text.index(":")
        candidates.append((text[:cut], text[cut + 1:]))
    candidates.append((None, text))
    for prompt, tail in candidates:
        separator = ";" if ";" in tail else ","
        segments = [seg.strip() for seg in split_outside_parens(tail, separator)]
        segments = [re.sub(r"^and\s+", "", seg) for seg in segments if seg]
        counts = [_count_of(seg) for seg in segments]
        if len(counts) >= 2 and all(counts):
            return prompt, counts  # type: ignore[return-value]
        if prompt:
            prompt = re.split(r"(?<=[.!?])\s+", prompt)[-1]  # "40 returned the form. Overall rating: ..."
        if prompt and len(prompt.split()) <= 8 and not _ATTENDANCE_PROMPT.search(prompt):
            first = [_COUNT_FIRST.match(seg.strip()) for seg in _BEFORE_COUNT.split(tail.strip())]
            if len(first) >= 2 and all(m and _option_label(m.group("label")) for m in first):
                return prompt, [(m.group("label").strip(" ,;"), int(m.group("n")), None) for m in first]  # type: ignore
            last = [_COUNT_LAST.match(seg) for seg in segments]  # "Excellent 22, Good 15, Fair 3"
            if len(last) >= 2 and all(m and _option_label(m.group("label")) for m in last):
                return prompt, [(m.group("label"), int(m.group("n")), None) for m in last]  # type: ignore
    return None, []


def _not_feedback_context(*texts: str | None) -> bool:
    """Elections, motions and money are tallied too, but they are not participants' feedback."""
    words = set(re.findall(r"[a-z]+", " ".join(t or "" for t in texts).lower()))
    return bool(words & set(NON_FEEDBACK_WORDS))


def _as_count(text: str | None) -> int | None:
    text = (text or "").strip()
    return int(text) if re.fullmatch(r"\d{1,6}", text) else None


def table_counts(rows: dict[int, dict[int, str]], header: list[str]) -> list[tuple[str | None, str, int, str | None]]:
    """(question, label, count, unit) from an evaluation table (Item | Number | %) or a rating grid
    (prompts as rows, ratings as columns). Percentage columns are left out."""
    columns = sorted({c for row in rows.values() for c in row if c > 0})
    names = {c: (header[c] if c < len(header) else "") for c in columns}
    count_columns = [
        c for c in columns
        if "%" not in names[c] and "percent" not in names[c].lower()
        and any(_as_count(row.get(c)) is not None for row in rows.values())
    ]
    out = []
    for row in (rows[r] for r in sorted(rows)):
        first = (row.get(0) or "").strip()
        if not first or first.lower() in {"total", "totals", "sum"}:
            continue
        for c in count_columns:
            count = _as_count(row.get(c))
            if count is None:
                continue
            if len(count_columns) == 1:
                out.append((None, first, count, names[c].lower() or None))
            else:
                out.append((first, names[c] or f"column {c + 1}", count, None))
    return out


_NUMBER_WORD = words_re(NUMBER_WORDS)
_COUNTED_OPINION = re.compile(
    rf"\b(?P<n>\d{{1,4}}|{_NUMBER_WORD})\s+(?:of\s+the\s+)?(?P<unit>participants|members|people|respondents|persons)"
    rf"\s+(?:also\s+)?(?P<verb>{words_re(OPINION_VERBS)})\s+(?:that\s+)?(?P<label>[^.;]+)", re.I)


def opinion_counts(text: str) -> list[tuple[str, int, str]]:
    """(label, count, unit) from sentences such as "Five participants said the room was cold"."""
    out = []
    for match in _COUNTED_OPINION.finditer(text):
        number = match.group("n").lower()
        count = int(number) if number.isdigit() else NUMBER_WORDS[number]
        out.append((match.group("label").strip(" ,"), count, match.group("unit").lower()))
    return out


def _counts_a_line(block: Block, going_on: bool) -> tuple[str | None, list[tuple[str, int, str | None]]]:
    """A block's lines that are each an option and its count ("Marine Corps =1"), two or more one after another (or
    any the block opens with when the block before was such a tally, `going_on`); and the line before them, the
    question, when the block has one."""
    found = [_count_of(line.text) for line in block.lines]
    found = [c if c is not None and _option_label(c[0]) else None for c in found]
    start = 0 if going_on and found and found[0] else next(
        (i for i in range(len(found) - 1) if found[i] and found[i + 1]), None)
    if start is None:
        return None, []
    end = next((i for i in range(start, len(found)) if found[i] is None), len(found))
    prompt = block.lines[start - 1].text if start else None
    return prompt, found[start:end]  # type: ignore[return-value]


def find_feedback(located: Located, structure: Structure) -> list[FeedbackDraft]:
    counts: list[FeedbackDraft] = []
    prompt: str | None = None
    prompt_section: SectionDraft | None = None
    tables_done: set[int] = set()
    tallying = False  # the last block was a tally of a line each

    def add(label: str, count: int, unit: str | None, section: SectionDraft | None, block: Block,
            question: str | None = None) -> None:
        context = question or prompt
        if HONORIFIC_PREFIX.match(label) or _VOTE_LABELS.match(label.strip()) \
                or _not_feedback_context(section.heading if section else None, context):
            return
        counts.append(FeedbackDraft(context, label, count, unit, section_no_of(section), block.page_first))

    for section, block in located:
        if section is not prompt_section:
            prompt, prompt_section = (_prompt_text(section.heading) if section else None), section
        table = block.cell.table if block.cell is not None else None
        if table in structure.data_tables:
            if table not in tables_done:
                tables_done.add(table)
                header = structure.table_headers.get(table, [])
                rows = table_rows(located, table)
                if vote_columns(header) or vote_rows([header, *(row_as_list(row) for row in rows.values())]):
                    continue  # a vote table ("Ja | Nein | Enthaltung | Summe", or down it): a motion's counts
                for question, label, count, unit in table_counts(rows, header):
                    add(label, count, unit, section, block, question)
            continue
        found = _count_of(block.text) if block.is_item else None
        if found:
            add(*found, section, block)
            continue
        question, lines = _counts_a_line(block, tallying)  # "Sunshine Acres = 13" / "ASPCA =0" / ...: a line each
        tallying = bool(lines)  # (the lines after it, set apart as blocks of their own, go on with it)
        if question:
            prompt = _prompt_text(question)
        if lines:
            for label, count, unit in lines:
                add(label, count, unit, section, block)
            continue
        written_prompt, several = inline_counts(block.text)
        if several:
            if written_prompt:
                prompt = _prompt_text(written_prompt)
            for label, count, unit in several:
                add(label, count, unit, section, block)
        elif not block.first.bullet:
            for label, count, unit in opinion_counts(block.text):
                add(label, count, unit, section, block)
            prompt = _prompt_text(block.text)
    return counts


