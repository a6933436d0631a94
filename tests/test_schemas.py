"""Strict validation of the schema models (what the store relies on)."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from schemas import DocumentMeta, FeedbackCount, ParsedDocument


def feedback(**fields: object) -> FeedbackCount:
    return FeedbackCount(**{"feedback_no": 1, "label": "Yes", "count": 3, "page": 1, **fields})


def test_count_given_as_string_is_rejected() -> None:
    with pytest.raises(ValidationError):
        feedback(count="12")


def test_negative_count_is_rejected() -> None:
    with pytest.raises(ValidationError):
        feedback(count=-1)


def test_valid_count_is_accepted() -> None:
    assert feedback(count=0).count == 0


def test_date_string_is_rejected_in_python_mode() -> None:
    with pytest.raises(ValidationError):
        DocumentMeta(meeting_date="2018-11-12")


def test_date_string_is_accepted_from_json() -> None:
    meta = DocumentMeta.model_validate_json('{"meeting_date": "2018-11-12"}')
    assert meta.meeting_date == dt.date(2018, 11, 12)


def test_female_above_total_is_rejected() -> None:
    with pytest.raises(ValidationError, match="exceeds"):
        DocumentMeta(participants_total=10, participants_female=11)


def test_unknown_field_is_rejected() -> None:
    with pytest.raises(ValidationError):
        DocumentMeta(title="x", chair="someone")


def test_json_round_trip_is_equal(document_factory) -> None:
    doc = document_factory()
    assert ParsedDocument.model_validate_json(doc.model_dump_json()) == doc


def test_document_id_must_match_provenance(document_factory) -> None:
    doc = document_factory()
    data = doc.model_dump()
    data["document_id"] = "0" * 64
    with pytest.raises(ValidationError, match="document_id"):
        ParsedDocument.model_validate(data)
