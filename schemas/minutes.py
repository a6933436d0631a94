"""The parsed minutes document: the one definition of every record the pipeline produces.

Validation is strict: a count must already be a non-negative int and a date a date; a
string such as "12" or "2018-11-12" given where those are expected is rejected, not
coerced. JSON round-trips through `model_dump_json` / `model_validate_json` (in JSON
mode pydantic reads ISO dates from strings, which is the only place it should).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

NonNegativeInt = Annotated[int, Field(ge=0)]
PageNo = Annotated[int, Field(ge=1, description="1-based page number in the PDF")]
Ordinal = Annotated[int, Field(ge=1, description="1-based position within the document")]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class Record(BaseModel):
    """Base of every record: strict types, no unknown fields, immutable."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class SectionKind(str, Enum):
    HEADING = "heading"  # a document heading: INTRODUCTION, 1. Apologies
    AGENDA_ITEM = "agenda_item"  # a row of an agenda table, a time-stamped agenda line
    SESSION = "session"  # "Session 3: ..."
    BREAK = "break"  # coffee, lunch, tea break
    PART = "part"  # a sub-heading inside a section body: "Part 2: ...", "2.1: ..."


class Provenance(Record):
    file_name: str
    path: str
    sha256: Sha256
    size_bytes: NonNegativeInt
    page_count: NonNegativeInt
    parser_version: str
    ocr_pages: list[PageNo] = Field(default_factory=list, description="pages whose text was read by OCR")
    ocr_confidence: Annotated[float, Field(ge=0, le=100)] | None = Field(
        default=None, description="mean Tesseract word confidence (0-100) over the OCR'd pages"
    )
    unread_pages: list[PageNo] = Field(
        default_factory=list, description="pages that need OCR but were not read (OCR off or not installed)"
    )


class DocumentMeta(Record):
    title: str | None = None
    meeting_date: dt.date | None = None
    venue: str | None = None
    organizer: str | None = None
    organizer_acronym: str | None = None
    participants_total: NonNegativeInt | None = None
    participants_female: NonNegativeInt | None = None
    respondents: NonNegativeInt | None = None

    @model_validator(mode="after")
    def _female_within_total(self) -> DocumentMeta:
        total, female = self.participants_total, self.participants_female
        if total is not None and female is not None and female > total:
            raise ValueError(f"participants_female ({female}) exceeds participants_total ({total})")
        return self


class Section(Record):
    section_no: Ordinal
    parent_no: Ordinal | None = None
    level: Annotated[int, Field(ge=1)]
    heading: Annotated[str, Field(min_length=1)]
    kind: SectionKind = SectionKind.HEADING
    body: str = ""
    page_first: PageNo
    page_last: PageNo

    @model_validator(mode="after")
    def _pages_in_order(self) -> Section:
        if self.page_last < self.page_first:
            raise ValueError(f"page_last ({self.page_last}) is before page_first ({self.page_first})")
        if self.parent_no is not None and self.parent_no >= self.section_no:
            raise ValueError(f"parent_no ({self.parent_no}) must come before section_no ({self.section_no})")
        return self


class Speaker(Record):
    speaker_no: Ordinal
    honorific: str | None = None
    name: Annotated[str, Field(min_length=1)]
    role: str | None = None
    organization: str | None = None
    section_nos: list[Ordinal] = Field(default_factory=list, description="sections the person appears in")
    pages: list[PageNo] = Field(default_factory=list, description="pages the person appears on")


class QAPair(Record):
    qa_no: Ordinal
    question: Annotated[str, Field(min_length=1)]
    answer: str | None = None  # None: the minutes record no answer
    asker: str | None = None
    answerer: str | None = None
    section_no: Ordinal | None = None
    page: PageNo


class FeedbackCount(Record):
    feedback_no: Ordinal
    question: str | None = None  # the prompt the tally answers
    label: Annotated[str, Field(min_length=1)]
    count: NonNegativeInt
    unit: str | None = None  # "responses", "participants", ...
    section_no: Ordinal | None = None
    page: PageNo


class MotionOutcome(str, Enum):
    CARRIED = "carried"  # passed, adopted, approved, agreed
    DEFEATED = "defeated"  # failed, lost, rejected
    WITHDRAWN = "withdrawn"
    DEFERRED = "deferred"  # tabled, postponed


class Motion(Record):
    """A motion or resolution put to the meeting for a decision, with its mover, seconder and vote."""

    motion_no: Ordinal
    text: Annotated[str, Field(min_length=1, description="what was proposed, as written")]
    moved_by: str | None = None  # a person, without honorific
    seconded_by: str | None = None
    outcome: MotionOutcome | None = None  # None: the minutes do not say
    votes_for: NonNegativeInt | None = None  # None: no count given
    votes_against: NonNegativeInt | None = None
    votes_abstain: NonNegativeInt | None = None
    section_no: Ordinal | None = None
    page: PageNo


class ParsedDocument(Record):
    """Everything parsed from one minutes PDF."""

    document_id: Sha256  # sha256 of the file's bytes
    provenance: Provenance
    meta: DocumentMeta
    sections: list[Section] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)
    qa_pairs: list[QAPair] = Field(default_factory=list)
    feedback_counts: list[FeedbackCount] = Field(default_factory=list)
    motions: list[Motion] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> ParsedDocument:
        if self.document_id != self.provenance.sha256:
            raise ValueError("document_id must equal provenance.sha256")
        section_nos = {s.section_no for s in self.sections}
        if len(section_nos) != len(self.sections):
            raise ValueError("section_no values must be unique")
        for s in self.sections:
            if s.parent_no is not None and s.parent_no not in section_nos:
                raise ValueError(f"section {s.section_no} has unknown parent_no {s.parent_no}")
        for record in [*self.qa_pairs, *self.feedback_counts, *self.motions]:
            if record.section_no is not None and record.section_no not in section_nos:
                raise ValueError(f"{type(record).__name__} refers to unknown section_no {record.section_no}")
        return self
