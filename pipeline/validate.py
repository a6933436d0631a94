"""Structure + annotations -> a validated ParsedDocument (the schemas are the contract)."""

from __future__ import annotations

from pipeline.annotate import Annotations
from pipeline.structure import Structure
from schemas import (
    DocumentMeta,
    FeedbackCount,
    Motion,
    MotionOutcome,
    ParsedDocument,
    Provenance,
    QAPair,
    Section,
    SectionKind,
    Speaker,
)


def _clean(text: str | None) -> str | None:
    text = " ".join((text or "").split()).strip(" ,;")
    return text or None


def build_document(provenance: Provenance, structure: Structure, found: Annotations) -> ParsedDocument:
    meta = found.meta
    sections = [
        Section(
            section_no=s.section_no,
            parent_no=s.parent_no,
            level=s.level,
            heading=s.heading,
            kind=SectionKind(s.kind),
            body=s.body,
            page_first=s.page_first,
            page_last=s.page_last,
        )
        for s in structure.sections
    ]
    speakers = [
        Speaker(
            speaker_no=i,
            honorific=_clean(p.honorific),
            name=p.name,
            role=_clean(p.role),
            organization=_clean(p.organization),
            section_nos=sorted(p.section_nos),
            pages=sorted(p.pages),
        )
        for i, p in enumerate(found.speakers, start=1)
    ]
    qa_pairs = [
        QAPair(qa_no=i, question=q.question, answer=_clean(q.answer), asker=_clean(q.asker),
               answerer=_clean(q.answerer), section_no=q.section_no, page=q.page)
        for i, q in enumerate(found.qa_pairs, start=1)
    ]
    feedback = [
        FeedbackCount(feedback_no=i, question=_clean(c.question), label=c.label, count=c.count, unit=c.unit,
                      section_no=c.section_no, page=c.page)
        for i, c in enumerate(found.feedback, start=1)
    ]
    motions = [
        Motion(motion_no=i, text=_clean(m.text) or m.text, moved_by=_clean(m.moved_by),
               seconded_by=_clean(m.seconded_by), outcome=MotionOutcome(m.outcome) if m.outcome else None,
               votes_for=m.votes_for, votes_against=m.votes_against, votes_abstain=m.votes_abstain,
               section_no=m.section_no, page=m.page)
        for i, m in enumerate(found.motions, start=1)
    ]
    return ParsedDocument(
        document_id=provenance.sha256,
        provenance=provenance,
        meta=DocumentMeta(
            title=_clean(structure.title),
            meeting_date=meta.meeting_date,
            venue=_clean(meta.venue),
            organizer=_clean(meta.organizer),
            organizer_acronym=meta.organizer_acronym,
            participants_total=meta.participants_total,
            participants_female=meta.participants_female,
            respondents=meta.respondents,
        ),
        sections=sections,
        speakers=speakers,
        qa_pairs=qa_pairs,
        feedback_counts=feedback,
        motions=motions,
    )
