"""Planning: fingerprint each discovered file, then decide what to parse, skip, move or settle,
before anything is parsed."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline import PARSER_VERSION, store
from pipeline.fingerprint import sha256_file
from pipeline.ingest.summary import NOT_THE_FILES_FAULT, failure_reason
from pipeline.preflight import describe_bytes, is_pdf_header, read_head, special_file_kind, text_path


@dataclass
class Plan:
    """What to do with each discovered file, decided before anything is parsed."""

    to_parse: dict[str, store.FileRecord] = field(default_factory=dict)  # path -> record to write
    settled: list[store.FileRecord] = field(default_factory=list)  # skipped or failed already
    duplicates: list[tuple[store.FileRecord, str]] = field(default_factory=list)  # record, first path
    moves: list[tuple[store.FileRecord, str]] = field(default_factory=list)  # record, path it moved from
    previous_document_ids: dict[str, str] = field(default_factory=dict)  # path -> earlier document
    failed_earlier: set[str] = field(default_factory=set)  # paths not parsed again



def _mtime(stat: os.stat_result) -> dt.datetime:
    return dt.datetime.fromtimestamp(stat.st_mtime, dt.timezone.utc).replace(tzinfo=None)


def base_record(path: Path, now: dt.datetime) -> dict[str, Any]:
    return {
        "path": text_path(path), "file_name": text_path(path.name), "last_seen_at": now,
        "parser_version": PARSER_VERSION,
    }


def fingerprint_file(path: Path, now: dt.datetime, earlier: store.FileRecord | None = None,
                 timeout: float | None = None) -> store.FileRecord:
    """A `files` record with size, mtime and sha256 filled in, or status 'failed' if unreadable
    (or if reading it takes more than `timeout` seconds, as its parse would).

    A file whose size and mtime are those recorded for its path by an earlier run keeps the
    recorded sha256 without being read (as rsync and make decide): a re-run opens no PDF.
    """
    base = base_record(path, now)
    if path.is_symlink() and not path.exists():
        target = text_path(os.readlink(path))
        return store.FileRecord(**base, status="failed", reason=f"cannot read file: broken link to {target}")
    try:
        stat = path.stat()
        kind = special_file_kind(stat.st_mode)
        if kind:
            return store.FileRecord(**base, mtime=_mtime(stat), status="skipped", reason=f"not a regular file: {kind}")
        sha = earlier.sha256 if _same_stat(earlier, stat) else sha256_file(path, timeout)
    except TimeoutError as exc:
        return store.FileRecord(**base, size_bytes=stat.st_size, status="failed", reason=f"too slow: {exc}")
    except OSError as exc:
        return store.FileRecord(**base, status="failed", reason=failure_reason(exc))
    # status is provisional ('loaded' if the parse and load succeed); the plan decides.
    return store.FileRecord(**base, size_bytes=stat.st_size, mtime=_mtime(stat), sha256=sha, status="loaded")


def _same_stat(earlier: store.FileRecord | None, stat: os.stat_result) -> bool:
    """The path's size and mtime are what an earlier run recorded with its sha256."""
    return (
        earlier is not None and earlier.sha256 is not None
        and earlier.size_bytes == stat.st_size and earlier.mtime == _mtime(stat)
    )


def not_a_pdf(path: Path, now: dt.datetime) -> store.FileRecord:
    """A file found in a folder whose name does not end in .pdf: skipped, saying what it is."""
    base = base_record(path, now)
    try:
        stat = path.stat()
        kind = special_file_kind(stat.st_mode)
        if kind:
            reason = f"not a regular file: {kind}"
        elif stat.st_size == 0:
            reason = "not a PDF: empty file"
        else:
            head = read_head(path)
            reason = (
                "not named .pdf, though its bytes are a PDF: rename it, or name it on the command line"
                if is_pdf_header(head) else f"not a PDF: {describe_bytes(head)}"
            )
    except OSError as exc:
        return store.FileRecord(**base, status="skipped", reason=f"not a PDF; {failure_reason(exc)}")
    return store.FileRecord(**base, size_bytes=stat.st_size, mtime=_mtime(stat), status="skipped", reason=reason)


def earlier_records(db: str, paths: Iterable[Path], wait: float) -> dict[str, store.FileRecord]:
    """What earlier runs recorded for these paths (one query)."""
    con = store.connect(db, wait=wait)
    try:
        return store.file_records(con, [text_path(path) for path in paths])
    finally:
        con.close()


def make_plan(db: str, records: Sequence[store.FileRecord], retry_failed: bool, wait: float,
          earlier: dict[str, store.FileRecord]) -> Plan:
    """Split files into those to parse and those settled now (unchanged, duplicate, failed before)."""
    plan = Plan()
    first_path_of: dict[str, str] = {}  # sha256 -> first path with those bytes in this run
    con = store.connect(db, wait=wait)
    try:
        shas = [r.sha256 for r in records if r.sha256]
        known_paths = store.document_paths(con, shas)
        loaded = store.loaded_documents(con, shas, PARSER_VERSION)
        for record in records:
            previous = earlier.get(record.path)
            if previous and previous.document_id and previous.document_id != record.sha256:
                plan.previous_document_ids[record.path] = previous.document_id
            if record.sha256 is None or record.status != "loaded":
                plan.settled.append(record)
            elif record.sha256 in first_path_of:
                plan.duplicates.append((record, first_path_of[record.sha256]))
            elif record.sha256 in loaded:
                loaded_from = known_paths.get(record.sha256, record.path)
                if loaded_from == record.path:
                    plan.settled.append(_left_loaded(record, "unchanged"))
                elif os.path.lexists(loaded_from):
                    plan.settled.append(skipped_record(record, f"duplicate of {loaded_from}"))
                else:
                    plan.moves.append((_left_loaded(record, f"unchanged, moved from {loaded_from}"), loaded_from))
            elif not retry_failed and _failed_before(previous, record):
                assert previous is not None
                plan.settled.append(record.model_copy(update={"status": "failed", "reason": previous.reason}))
                plan.failed_earlier.add(record.path)
            else:
                plan.to_parse[record.path] = record
            if record.sha256 is not None:
                first_path_of.setdefault(record.sha256, record.path)
    finally:
        con.close()
    return plan


def skipped_record(record: store.FileRecord, reason: str) -> store.FileRecord:
    return record.model_copy(update={"status": "skipped", "reason": reason, "document_id": record.sha256})


def _left_loaded(record: store.FileRecord, reason: str) -> store.FileRecord:
    """A file whose document is loaded, left alone by this run: still loaded, skipped this time."""
    return record.model_copy(
        update={"status": "loaded", "last_run_action": "skipped", "reason": reason, "document_id": record.sha256}
    )


def _failed_before(previous: store.FileRecord | None, record: store.FileRecord) -> bool:
    """The same bytes already failed with this parser version: parsing again would fail again
    (unless the failure was not the file's: NOT_THE_FILES_FAULT)."""
    return (
        previous is not None
        and previous.status == "failed"
        and previous.sha256 == record.sha256
        and previous.parser_version == PARSER_VERSION
        and not (previous.reason or "").startswith(NOT_THE_FILES_FAULT)
    )


def as_failed(record: store.FileRecord, reason: str) -> store.FileRecord:
    return record.model_copy(update={"status": "failed", "reason": reason, "document_id": None})


