"""Planning: fingerprint each discovered file, then decide what to parse, skip, move or settle,
before anything is parsed."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from pipeline import PARSER_VERSION, store
from pipeline.fingerprint import KnownDigest, mtime_of, sha256_file
from pipeline.ingest.discover import discover, without_own_files
from pipeline.ingest.summary import NOT_THE_FILES_FAULT, failure_reason
from pipeline.pdf.preflight import describe_bytes, is_pdf_header, read_head, special_file_kind, text_path


@dataclass
class Plan:
    """What to do with each discovered file, decided before anything is parsed."""

    to_parse: dict[str, store.FileRecord] = field(default_factory=dict)  # path -> record to write
    settled: list[store.FileRecord] = field(default_factory=list)  # skipped or failed already
    duplicates: list[tuple[store.FileRecord, str]] = field(default_factory=list)  # record, first path
    moves: list[tuple[store.FileRecord, str]] = field(default_factory=list)  # record, path it moved from
    previous_document_ids: dict[str, str] = field(default_factory=dict)  # path -> earlier document
    failed_earlier: set[str] = field(default_factory=set)  # paths not parsed again
    why_parse: dict[str, str] = field(default_factory=dict)  # path -> why it is parsed: 'new', 'changed', ...
    retried: set[str] = field(default_factory=set)  # paths parsed again though they failed before


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
    Pass no `earlier` to hash it whatever its size and mtime (`--force`).
    """
    base = base_record(path, now)
    if path.is_symlink() and not path.exists():
        target = text_path(os.readlink(path))
        return store.FileRecord(**base, status="failed", reason=f"cannot read file: broken link to {target}")
    try:
        stat = path.stat()
        kind = special_file_kind(stat.st_mode)
        if kind:
            reason = f"not a regular file: {kind}"
            return store.FileRecord(**base, mtime=mtime_of(stat), status="skipped", reason=reason)
        sha = earlier.sha256 if _same_stat(earlier, stat) else sha256_file(path, timeout)
    except TimeoutError as exc:
        return store.FileRecord(**base, size_bytes=stat.st_size, status="failed", reason=f"too slow: {exc}")
    except OSError as exc:
        return store.FileRecord(**base, status="failed", reason=failure_reason(exc))
    # status is provisional ('loaded' if the parse and load succeed); the plan decides.
    return store.FileRecord(**base, size_bytes=stat.st_size, mtime=mtime_of(stat), sha256=sha, status="loaded")


def _same_stat(earlier: store.FileRecord | None, stat: os.stat_result) -> bool:
    """The path's size and mtime are what an earlier run recorded with its sha256."""
    return (
        earlier is not None and earlier.sha256 is not None
        and earlier.size_bytes == stat.st_size and earlier.mtime == mtime_of(stat)
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
    return store.FileRecord(**base, size_bytes=stat.st_size, mtime=mtime_of(stat), status="skipped", reason=reason)


def earlier_records(db: str, paths: Iterable[Path], wait: float) -> dict[str, store.FileRecord]:
    """What earlier runs recorded for these paths (one query)."""
    con = store.connect(db, wait=wait)
    try:
        return recorded_files(con, paths)
    finally:
        con.close()


def recorded_files(con: duckdb.DuckDBPyConnection | None, paths: Iterable[Path]) -> dict[str, store.FileRecord]:
    """What earlier runs recorded for these paths, read through `con` (None: a database not made yet)."""
    return store.file_records(con, [text_path(path) for path in paths]) if con is not None else {}


def make_plan(db: str, records: Sequence[store.FileRecord], retry_failed: bool, wait: float,
              earlier: dict[str, store.FileRecord], forced: Iterable[str] = ()) -> Plan:
    """Split files into those to parse and those settled now (unchanged, duplicate, failed before)."""
    con = store.connect(db, wait=wait)
    try:
        return plan_files(con, records, retry_failed, earlier, forced)
    finally:
        con.close()


def plan_files(con: duckdb.DuckDBPyConnection | None, records: Sequence[store.FileRecord], retry_failed: bool,
               earlier: dict[str, store.FileRecord], forced: Iterable[str] = ()) -> Plan:
    """`make_plan` with the database read through `con` (read-only will do: `--dry-run`; None: none yet).

    A `forced` path is parsed even if its bytes are loaded or failed before; other paths with
    the same bytes in this run are its duplicates (the bytes are parsed once).
    """
    plan, forced = Plan(), set(forced)
    first_path_of: dict[str, str] = {}  # sha256 -> first path with those bytes in this run
    shas = [r.sha256 for r in records if r.sha256]
    known_paths = store.document_paths(con, shas) if con is not None else {}
    loaded = store.loaded_documents(con, shas, PARSER_VERSION) if con is not None else set()
    # Forced files first, then files at the path their document was loaded from: a copy of their
    # bytes elsewhere is then their duplicate, not the reverse.
    def first_of_its_bytes(record: store.FileRecord) -> tuple[bool, bool]:
        return record.path not in forced, known_paths.get(record.sha256 or "") != record.path

    for record in sorted(records, key=first_of_its_bytes):
        previous = earlier.get(record.path)
        if previous and previous.document_id and previous.document_id != record.sha256:
            plan.previous_document_ids[record.path] = previous.document_id
        if record.sha256 is None or record.status != "loaded":
            plan.settled.append(record)
        elif record.sha256 in first_path_of:
            plan.duplicates.append((record, first_path_of[record.sha256]))
        elif record.path in forced:
            plan.to_parse[record.path] = record
            plan.why_parse[record.path] = "forced (--force)"
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
            plan.why_parse[record.path] = _why_parse(previous, record)
            if previous is not None and previous.status == "failed" and previous.sha256 == record.sha256:
                plan.retried.add(record.path)
        if record.sha256 is not None:
            first_path_of.setdefault(record.sha256, record.path)
    return plan


def _why_parse(previous: store.FileRecord | None, record: store.FileRecord) -> str:
    """Why a file not forced is parsed, in words (`--dry-run` shows it)."""
    if previous is None or previous.sha256 is None:
        return "new"
    if previous.sha256 != record.sha256:
        return "changed since the last run"
    if previous.status == "failed":
        return f"failed before: {previous.reason}"
    if previous.parser_version != PARSER_VERSION:
        return f"parsed by parser {previous.parser_version}, now {PARSER_VERSION}"
    return "not loaded yet"


def known_digest(record: store.FileRecord) -> KnownDigest | None:
    """The sha256 planning found for a file to parse, for the parse to use if the file is unchanged."""
    if record.sha256 is None or record.size_bytes is None or record.mtime is None:
        return None
    return KnownDigest(record.sha256, record.size_bytes, record.mtime)


@dataclass
class Survey:
    """A run decided before anything is parsed: every file's record, the plan, and the real paths."""

    records: list[store.FileRecord]
    plan: Plan
    real_path: dict[str, Path]  # text path -> the path to open (a file name need not be UTF-8)


def survey(paths: Sequence[str], db: str, open_db: Callable[[], duckdb.DuckDBPyConnection | None], *,
           retry_failed: bool = False, force: Sequence[str] = (), timeout: float | None = None,
           ocr_cache: str | None = None) -> Survey:
    """Discover, fingerprint and plan: what `ingest` will do with each file under `paths` and `force`.

    `open_db` gives a short connection (read-write for a run, read-only for `--dry-run`, None when
    the database does not exist yet); it is opened twice, never while files are hashed.
    """
    now = store.utcnow()
    found = without_own_files(discover([*paths, *force]), db, ocr_cache)
    forced = {text_path(path) for path in without_own_files(discover(force), db, ocr_cache).pdfs} if force else set()
    earlier = _with_db(open_db, lambda con: recorded_files(con, found.pdfs))
    records = [
        fingerprint_file(path, now, None if text_path(path) in forced else earlier.get(text_path(path)), timeout)
        for path in found.pdfs
    ]
    records += [not_a_pdf(path, now) for path in found.others]
    records += [
        store.FileRecord(**base_record(folder, now), status="failed", reason=reason)
        for folder, reason in found.unreadable_folders.items()
    ]
    plan = _with_db(open_db, lambda con: plan_files(con, records, retry_failed, earlier, forced))
    return Survey(records, plan, {text_path(path): path for path in [*found.pdfs, *found.others]})


def _with_db(open_db: Callable[[], duckdb.DuckDBPyConnection | None],
             use: Callable[[duckdb.DuckDBPyConnection | None], Any]) -> Any:
    con = open_db()
    try:
        return use(con)
    finally:
        if con is not None:
            con.close()


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


