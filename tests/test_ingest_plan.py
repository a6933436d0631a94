"""pipeline.ingest.plan: which files to parse, skip or retry, decided from the database and the
files' size, mtime and hash."""

from __future__ import annotations

import datetime as dt
import logging
import os
import time

import pytest

from flows.ingest import ingest_flow
from pipeline import PARSER_VERSION, store
from pipeline.ingest import plan as plan_module
from pipeline.ingest import write as writer_module
from pipeline.isolation import FORKSERVER_STOPPED
from tests.helpers import write


def test_a_storage_failure_is_retried_on_the_next_run(tmp_path, monkeypatch, document_factory) -> None:
    """A file that failed to be stored (a full disk) or whose parse was interrupted is parsed
    again by the next run; one whose bytes failed to parse is not."""
    import duckdb

    db = str(tmp_path / "m.duckdb")
    now = dt.datetime(2026, 1, 1)
    doc = document_factory(b"minutes", path="/disk.pdf")
    stored = store.FileRecord(path="/disk.pdf", file_name="disk.pdf", sha256=doc.document_id, status="loaded",
                              last_seen_at=now, parser_version=PARSER_VERSION)

    def disk_full(*args, **kwargs):
        raise duckdb.IOException("IO Error: could not write file: No space left on device")

    with monkeypatch.context() as full:
        full.setattr(store, "load_documents", disk_full)
        full.setattr(store, "load_document", disk_full)
        writer = writer_module.Writer(db, {}, logging.getLogger("test"))
        writer.add_document(stored, doc)
        writer.flush()
    with store.connect(db) as con:
        earlier = store.file_records(con)
    assert earlier["/disk.pdf"].status == "failed" and earlier["/disk.pdf"].reason.startswith("cannot store: ")

    others = {"/killed.pdf": FORKSERVER_STOPPED, "/broken.pdf": "corrupt: no /Root object"}
    earlier |= {path: store.FileRecord(path=path, file_name=path[1:], sha256=path, status="failed", reason=reason,
                                       last_seen_at=now, parser_version=PARSER_VERSION)
                for path, reason in others.items()}
    records = [record.model_copy(update={"status": "loaded", "reason": None}) for record in earlier.values()]
    plan = plan_module.make_plan(db, records, retry_failed=False, wait=0.0, earlier=earlier)
    assert sorted(plan.to_parse) == ["/disk.pdf", "/killed.pdf"]
    assert [r.path for r in plan.settled] == ["/broken.pdf"]


def test_hashing_a_huge_sparse_file_keeps_to_the_timeout(tmp_path) -> None:
    huge = tmp_path / "huge.pdf"
    with open(huge, "wb") as sparse:
        sparse.truncate(8 << 30)  # 8 GB of holes: no disk used, seconds to read
    started = time.monotonic()
    record = plan_module.fingerprint_file(huge, dt.datetime(2026, 1, 1), timeout=0.1)
    assert time.monotonic() - started < 1.5
    assert (record.status, record.reason) == ("failed", "too slow: reading the file took more than 0.1 s")


@pytest.fixture
def hashed(monkeypatch) -> list[str]:
    """The files ingest reads to hash them."""
    paths: list[str] = []
    real = plan_module.sha256_file

    def spy(path, *args):
        paths.append(str(path))
        return real(path, *args)

    monkeypatch.setattr(plan_module, "sha256_file", spy)
    return paths


def test_rerun_decides_unchanged_from_the_database_without_reading_files(
    prefect_harness, tmp_path, fake_parser, hashed
) -> None:
    fake_parser()
    folder = tmp_path / "in"
    for n in range(3):
        write(folder, f"{n}.pdf", f"document {n}".encode())
    db = str(tmp_path / "m.duckdb")
    ingest_flow(paths=[str(folder)], db=db)
    assert len(hashed) == 3
    hashed.clear()

    again = ingest_flow(paths=[str(folder)], db=db)
    assert (again.loaded, again.skipped) == (0, 3)
    assert hashed == []  # size and mtime as recorded: no file opened

    changed = write(folder, "1.pdf", b"document 1, revised")
    third = ingest_flow(paths=[str(folder)], db=db)
    assert hashed == [str(changed.resolve())]
    assert (third.loaded, third.skipped) == (1, 2)


def test_same_size_new_mtime_is_hashed_and_stays_unchanged_if_the_bytes_are(
    prefect_harness, tmp_path, fake_parser, hashed
) -> None:
    calls = fake_parser()
    path = write(tmp_path / "in", "a.pdf", b"same bytes")
    db = str(tmp_path / "m.duckdb")
    ingest_flow(paths=[str(path)], db=db)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    hashed.clear()
    summary = ingest_flow(paths=[str(path)], db=db)
    assert hashed == [str(path.resolve())]
    assert summary.outcomes[0].reason == "unchanged"
    assert len(calls) == 1
