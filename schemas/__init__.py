"""Pydantic models: the single source of truth for every record and DuckDB table."""

from schemas.minutes import (
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

__all__ = [
    "DocumentMeta",
    "FeedbackCount",
    "Motion",
    "MotionOutcome",
    "ParsedDocument",
    "Provenance",
    "QAPair",
    "Section",
    "SectionKind",
    "Speaker",
]
