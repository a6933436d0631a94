"""Corrections as data: an archivist's fixes, kept in the `corrections` table and applied to a
document's rows after every load, so a re-parse (new bytes elsewhere, a new parser version)
keeps them.

A correction is keyed by (document_id, record, key):

    record 'document', action 'set'     key: a DocumentMeta field (meeting_date, organizer, ...);
                                        value: the new value ('' clears it)
    record 'speaker',  action 'rename'  key: the speaker's name as parsed; value: the right name
    record 'speaker',  action 'drop'    key: a name that is not a speaker (a false speaker)
    record 'speaker',  action 'merge'   key: a name; value: the name of the same person in the
                                        same document, which keeps the union of sections and pages

Speakers are matched by name, not by speaker_no: a new parser version may number them
differently but still find the same name. Renames and merges carry over to the asker and
answerer of the document's questions. Each application records in `status` whether it
found its record ('applied') or not ('no match'), or was invalid on the new rows ('rejected',
left out: a correction never stops a document from loading), so a stale correction shows.

This module must not import pipeline.store (store imports it to create the table).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Literal

import duckdb
from pydantic import BaseModel, ValidationError

from pipeline.errors import MinutesError
from schemas import DocumentMeta

RecordKind = Literal["document", "speaker"]
Action = Literal["set", "rename", "drop", "merge"]
Status = Literal["applied", "no match", "rejected"]
ACTIONS_BY_RECORD: dict[str, tuple[str, ...]] = {"document": ("set",), "speaker": ("rename", "drop", "merge")}
# The document fields a correction may set: every DocumentMeta field, so a new field is correctable too.
DOCUMENT_FIELDS: tuple[str, ...] = tuple(DocumentMeta.model_fields)


class CorrectionError(MinutesError):
    """A correction that cannot be stored: unknown field, bad value, unknown speaker."""


class Correction(BaseModel):
    """One row of the `corrections` table."""

    document_id: str  # the document (sha256) it corrects
    record: RecordKind  # what kind of record it corrects
    key: str  # document: the field; speaker: the name as parsed
    action: Action
    value: str | None = None  # the new value, the new name, or the name to merge into; None for drop
    note: str | None = None  # why, in the archivist's words
    created_at: dt.datetime  # UTC, naive
    status: Status | None = None  # what the last application found (rejected: invalid on the new parse)


CORRECTION_KEY = ("document_id", "record", "key")


# --------------------------------------------------------------------------- values


def document_value(field: str, text: str) -> Any:
    """The typed value of `text` for a DocumentMeta field; '' clears it. Raises CorrectionError."""
    if field not in DOCUMENT_FIELDS:
        raise CorrectionError(f"cannot set {field!r}: choose one of {', '.join(DOCUMENT_FIELDS)}")
    text = text.strip()
    if not text:
        return None
    try:
        meta = DocumentMeta.model_validate_json(_json_object(field, text))
    except ValidationError as exc:
        reason = exc.errors()[0]["msg"]
        raise CorrectionError(f"bad value {text!r} for {field}: {reason}") from None
    return getattr(meta, field)


def _json_object(field: str, text: str) -> str:
    import json

    annotation = str(DocumentMeta.model_fields[field].annotation)
    value: Any = text
    if "int" in annotation and text.lstrip("-").isdigit():
        value = int(text)  # JSON mode reads dates from strings, but not ints
    return json.dumps({field: value})


def _stored_value(correction: Correction) -> Any:
    if correction.record == "document" and correction.value is not None:
        return document_value(correction.key, correction.value)
    return correction.value


# --------------------------------------------------------------------------- reading and writing


def _has_table(con: duckdb.DuckDBPyConnection) -> bool:
    """False in a database made before corrections existed (opened read-only, so not upgraded)."""
    return bool(con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
        "AND table_name = 'corrections'"
    ).fetchone()[0])


def list_corrections(con: duckdb.DuckDBPyConnection, document_ids: Sequence[str] | None = None) -> list[Correction]:
    """Stored corrections (of `document_ids`, or all), oldest first."""
    if not _has_table(con):
        return []
    names = list(Correction.model_fields)
    sql = f"SELECT {', '.join(names)} FROM corrections"
    params: list[Any] = []
    if document_ids is not None:
        sql += " WHERE list_contains(?, document_id)"
        params.append(list(document_ids))
    rows = con.execute(sql + " ORDER BY created_at, document_id, record, key", params).fetchall()
    return [Correction(**dict(zip(names, row, strict=True))) for row in rows]


def add_correction(con: duckdb.DuckDBPyConnection, correction: Correction) -> Correction:
    """Store `correction` (replacing one with the same key) and apply it to the document now.

    Runs in the caller's transaction. Returns the correction with its status.
    """
    _check(correction)
    previous = con.execute(
        "SELECT value FROM corrections WHERE document_id = ? AND record = ? AND key = ?",
        [correction.document_id, correction.record, correction.key],
    ).fetchone()
    con.execute(
        "DELETE FROM corrections WHERE document_id = ? AND record = ? AND key = ?",
        [correction.document_id, correction.record, correction.key],
    )
    # A replaced rename/merge already changed the rows: match its result as well as the parsed name.
    also = [previous[0]] if previous and previous[0] else []
    status = _apply_one(con, correction, also_names=also)
    stored = correction.model_copy(update={"status": status})
    names = list(Correction.model_fields)
    con.execute(
        f"INSERT INTO corrections ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        [getattr(stored, name) for name in names],
    )
    return stored


def _check(correction: Correction) -> None:
    if correction.action not in ACTIONS_BY_RECORD[correction.record]:
        raise CorrectionError(f"a {correction.record} correction cannot {correction.action}")
    if correction.record == "document":
        document_value(correction.key, correction.value or "")
    elif correction.action in ("rename", "merge") and not (correction.value or "").strip():
        raise CorrectionError(f"{correction.action} needs the new name")


# --------------------------------------------------------------------------- applying


def apply_corrections(con: duckdb.DuckDBPyConnection, document_ids: Sequence[str]) -> None:
    """Apply every stored correction of these documents to their freshly loaded rows (in the caller's
    transaction), recording in each correction whether it found its record."""
    for correction in list_corrections(con, document_ids):
        try:
            status = _apply_one(con, correction)
        except CorrectionError:  # e.g. more women than the new parse's total: never block a load
            status = "rejected"
        con.execute(
            "UPDATE corrections SET status = ? WHERE document_id = ? AND record = ? AND key = ?",
            [status, correction.document_id, correction.record, correction.key],
        )


def _apply_one(con: duckdb.DuckDBPyConnection, correction: Correction, also_names: Sequence[str] = ()) -> Status:
    if correction.record == "document":
        return _set_document_field(con, correction)
    names = [correction.key, *also_names]
    if correction.action == "rename":
        return _rename_speaker(con, correction.document_id, names, correction.value or "")
    if correction.action == "drop":
        return _drop_speaker(con, correction.document_id, names)
    return _merge_speaker(con, correction.document_id, names, correction.value or "")


def _set_document_field(con: duckdb.DuckDBPyConnection, correction: Correction) -> Status:
    row = con.execute(
        f"SELECT {', '.join(DOCUMENT_FIELDS)} FROM documents WHERE document_id = ?", [correction.document_id]
    ).fetchone()
    if row is None:
        return "no match"
    meta = dict(zip(DOCUMENT_FIELDS, row, strict=True))
    meta[correction.key] = _stored_value(correction)
    try:
        DocumentMeta(**meta)  # e.g. women must not exceed the total
    except ValidationError as exc:
        raise CorrectionError(f"{correction.key}: {exc.errors()[0]['msg']}") from None
    # The field name is one of DOCUMENT_FIELDS (checked), never user text.
    con.execute(
        f"UPDATE documents SET {correction.key} = ? WHERE document_id = ?",
        [meta[correction.key], correction.document_id],
    )
    return "applied"


# A speaker is named by its name, or its honorific and name ("Dr. Sok Chenda").
_SPEAKER_NAMED = "(name = ? OR concat_ws(' ', honorific, name) = ?)"


def _speaker_rows(con: duckdb.DuckDBPyConnection, document_id: str, name: str) -> list[tuple[int, str]]:
    return con.execute(
        f"SELECT speaker_no, name FROM speakers WHERE document_id = ? AND {_SPEAKER_NAMED} ORDER BY speaker_no",
        [document_id, name, name],
    ).fetchall()


def _first_match(con: duckdb.DuckDBPyConnection, document_id: str, names: Sequence[str]) -> list[tuple[int, str]]:
    for name in names:
        rows = _speaker_rows(con, document_id, name)
        if rows:
            return rows
    return []


def _rewrite_qa_names(con: duckdb.DuckDBPyConnection, document_id: str, old: str, new: str) -> None:
    """Askers and answerers are free text ("Mr. Sok (MoEYS)"): replace the name inside it."""
    for column in ("asker", "answerer"):
        con.execute(
            f"UPDATE qa_pairs SET {column} = replace({column}, ?, ?) WHERE document_id = ? AND contains({column}, ?)",
            [old, new, document_id, old],
        )


def _rename_speaker(con: duckdb.DuckDBPyConnection, document_id: str, names: Sequence[str], new: str) -> Status:
    rows = _first_match(con, document_id, names)
    if not rows:
        return "no match"
    for speaker_no, old in rows:
        con.execute("UPDATE speakers SET name = ? WHERE document_id = ? AND speaker_no = ?",
                    [new, document_id, speaker_no])
        _rewrite_qa_names(con, document_id, old, new)
    return "applied"


def _drop_speaker(con: duckdb.DuckDBPyConnection, document_id: str, names: Sequence[str]) -> Status:
    rows = _first_match(con, document_id, names)
    for speaker_no, _ in rows:
        con.execute("DELETE FROM speakers WHERE document_id = ? AND speaker_no = ?", [document_id, speaker_no])
    return "applied" if rows else "no match"


def _merge_speaker(con: duckdb.DuckDBPyConnection, document_id: str, names: Sequence[str], into: str) -> Status:
    sources = _first_match(con, document_id, names[:1])
    targets = _speaker_rows(con, document_id, into)
    if not sources or not targets:
        return "no match"
    target_no = targets[0][0]
    for speaker_no, old in sources:
        if speaker_no == target_no:
            continue
        con.execute(
            """UPDATE speakers SET
                   section_nos = list_sort(list_distinct(list_concat(speakers.section_nos, src.section_nos))),
                   pages = list_sort(list_distinct(list_concat(speakers.pages, src.pages)))
               FROM (SELECT section_nos, pages FROM speakers WHERE document_id = ? AND speaker_no = ?) src
               WHERE speakers.document_id = ? AND speakers.speaker_no = ?""",
            [document_id, speaker_no, document_id, target_no],
        )
        con.execute("DELETE FROM speakers WHERE document_id = ? AND speaker_no = ?", [document_id, speaker_no])
        _rewrite_qa_names(con, document_id, old, targets[0][1])
    return "applied"


# --------------------------------------------------------------------------- for show


def corrected_marks(con: duckdb.DuckDBPyConnection, document_id: str) -> tuple[set[str], set[str]]:
    """(document fields, speaker names as they now read) that applied corrections changed."""
    fields, speakers = set(), set()
    for correction in list_corrections(con, [document_id]):
        if correction.status != "applied":
            continue
        if correction.record == "document":
            fields.add(correction.key)
        elif correction.value:
            speakers.add(correction.value)
    return fields, speakers
