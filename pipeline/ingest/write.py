"""The single writer: loads parsed documents and file records in small batches, each in a short connection."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import Any

from pipeline import store
from pipeline.display import shown
from pipeline.ingest.plan import as_failed, skipped_record
from pipeline.ingest.summary import failure_reason
from schemas import ParsedDocument

# The writer loads what has been parsed every few seconds or documents, in a short connection
# (opening the database costs ~0.1 s: not after every document).
LOAD_BATCH_SIZE = 20
LOAD_BATCH_SECONDS = 5.0
# How long a load waits for a reader (`minutes query`) to let go of the file: between
# batches only briefly (the documents wait for the next batch), at the end for longer.
LOAD_WAIT_SECONDS_BETWEEN = 1.0
LOAD_WAIT_SECONDS = store.DEFAULT_WRITE_WAIT_SECONDS


class Writer:
    """The single writer: loads in small batches, each in a short-lived connection.

    Parsing never holds the database; every few seconds (or documents) the writer opens it,
    loads each pending document in its own transaction, records the other files, and closes
    it again. A run killed half-way keeps what it loaded; the next run skips those files.
    """

    def __init__(self, db: str, previous_document_ids: dict[str, str], logger: Any):
        self.db = db
        self.previous = previous_document_ids
        self.logger = logger
        self.documents: list[tuple[store.FileRecord, ParsedDocument]] = []
        self.files: list[store.FileRecord] = []
        self.moves: list[tuple[store.FileRecord, str]] = []
        self.done: list[store.FileRecord] = []
        self.pages_parsed = 0
        self.load_seconds = 0.0  # time spent with the database open
        self._last_flush = time.monotonic()

    def add_document(self, record: store.FileRecord, doc: ParsedDocument) -> None:
        first = self.pages_parsed == 0 and not self.documents
        self.documents.append((record, doc))
        self.pages_parsed += doc.provenance.page_count
        # The first document goes in at once: a reader sees the run has begun, a killed run keeps it.
        self._maybe_flush(now=first)

    def add_files(self, records: Iterable[store.FileRecord]) -> None:
        self.files.extend(records)
        self._maybe_flush()

    def add_moves(self, moves: Iterable[tuple[store.FileRecord, str]]) -> None:
        self.moves.extend(moves)
        self._maybe_flush()

    @property
    def pending(self) -> int:
        return len(self.documents) + len(self.files) + len(self.moves)

    def _maybe_flush(self, now: bool = False) -> None:
        due = now or time.monotonic() - self._last_flush >= LOAD_BATCH_SECONDS
        if self.pending >= LOAD_BATCH_SIZE or (due and self.pending):
            self.flush(final=False)

    def flush(self, final: bool = True) -> None:
        """Write what is pending. Busy (a long query holds the file): try at the next flush, or fail."""
        if not self.pending:
            return
        started = time.monotonic()
        try:
            con = store.connect(self.db, wait=LOAD_WAIT_SECONDS if final else LOAD_WAIT_SECONDS_BETWEEN)
        except store.DatabaseBusy:
            if final:
                raise
            self.logger.warning("database busy, loading later: %d file(s) pending", self.pending)
            return
        try:
            self._load_documents(con)
            if self.files:
                store.record_files(con, self.files, self._replaced(self.files))
                self._done(self.files)
                self.files = []
            while self.moves:
                record, old_path = self.moves[0]
                store.move_document(con, record.document_id or "", record, old_path)
                self._done([record])
                self.moves.pop(0)
        finally:
            con.close()
            self._last_flush = time.monotonic()
            self.load_seconds += self._last_flush - started

    def _load_documents(self, con: Any) -> None:
        """All pending documents in one transaction; if the database rejects a row, one by one."""
        if not self.documents:
            return
        loaded = [self._loaded(record, doc) for record, doc in self.documents]
        try:
            store.load_documents(con, [doc for _, doc in self.documents], loaded,
                                 self._replaced([record for record, _ in self.documents]))
        except Exception:  # noqa: BLE001 - find the document the database rejects; the others load
            while self.documents:
                record, doc = self.documents[0]
                self._load(con, record, doc)
                self.documents.pop(0)
            return
        self.documents = []
        self._done(loaded)

    @staticmethod
    def _loaded(record: store.FileRecord, doc: ParsedDocument) -> store.FileRecord:
        """The file's record once its document is stored: with the hash and size of the bytes parsed
        (the file may have been rewritten since it was hashed)."""
        update = {"status": "loaded", "reason": None, "document_id": doc.document_id, "sha256": doc.document_id,
                  "size_bytes": doc.provenance.size_bytes}
        return record.model_copy(update=update)

    def _load(self, con: Any, record: store.FileRecord, doc: ParsedDocument) -> None:
        loaded = self._loaded(record, doc)
        try:
            store.load_document(con, doc, [loaded], self._replaced([record]))
        except Exception as exc:  # noqa: BLE001 - a row the database rejects fails this file only
            failed = as_failed(record, f"cannot store: {failure_reason(exc)}")
            store.record_files(con, [failed], self._replaced([record]))
            self._done([failed])
        else:
            self._done([loaded])

    def _replaced(self, records: Iterable[store.FileRecord]) -> list[str]:
        return [self.previous[r.path] for r in records if r.path in self.previous]

    def _done(self, records: Iterable[store.FileRecord]) -> None:
        for record in records:
            self.done.append(record)
            if record.status == "failed":
                self.logger.warning("failed %s: %s", shown(record.path), shown(record.reason))
            else:
                note = f" ({shown(record.reason)})" if record.reason else ""
                self.logger.info("%s %s%s", run_action(record), shown(record.path), note)


def run_action(record: store.FileRecord) -> store.FileStatus:
    """What this run did with the file."""
    return record.last_run_action or record.status


def settle_duplicates(
    duplicates: Sequence[tuple[store.FileRecord, str]], outcome_of: dict[str, store.FileRecord]
) -> list[store.FileRecord]:
    """A second path with the same bytes ends as its first path did."""
    settled = []
    for record, first in duplicates:
        original = outcome_of.get(first)
        if original is not None and original.status == "failed":
            settled.append(as_failed(record, f"duplicate of {first}, which failed: {original.reason}"))
        elif original is not None and original.document_id != record.sha256:
            # The first path was rewritten while it was read: these bytes are not stored; the next run parses them.
            note = f"not parsed yet: {first} changed while it was read; this file is parsed on the next run"
            settled.append(record.model_copy(update={"status": "skipped", "reason": note, "document_id": None}))
        else:
            settled.append(skipped_record(record, f"duplicate of {first}"))
    return settled


