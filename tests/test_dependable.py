"""Dependable on any machine (issue 13): a database file DuckDB 1.x clients open, no readable PDF lost."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber
import pytest

from flows import ingest
from pipeline import PARSER_VERSION, store
from pipeline.errors import UnreadablePDF
from pipeline.ingest import discover, summary, write
from pipeline.ingest import plan as plan_module
from pipeline.isolation import FORKSERVER_STOPPED, Limits, call_by_name, run_isolated
from pipeline.parse import parse_pdf
from tests.pdf_builder import PdfBuilder, write_raw_pdf

# A DuckDB 1.x release (the duckdb CLI and the drivers of DBeaver and R are 1.x), installed once
# into a cache that outlives the test session (about 8 s from the registry the first time).
DUCKDB_1X = "1.5.2"
CACHE = Path(tempfile.gettempdir()) / ".cache" / "minutes-tests" / f"duckdb-{DUCKDB_1X}"

COUNT_IN_1X = """
import sys, duckdb
assert duckdb.__version__ == sys.argv[2], duckdb.__version__
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("SELECT count(*) FROM documents").fetchone()[0])
print(con.execute("SELECT count(*) FROM speakers").fetchone()[0])
print(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_type = 'VIEW'").fetchone()[0])
"""


@pytest.fixture(scope="session")
def duckdb_1x() -> Path:
    """A folder holding duckdb==DUCKDB_1X, to put on PYTHONPATH."""
    if not (CACHE / "duckdb").is_dir():
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=f"duckdb-{DUCKDB_1X}-", dir=CACHE.parent))
        result = subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(partial),
             f"duckdb=={DUCKDB_1X}"],
            capture_output=True, text=True, check=False, timeout=300,
        )
        assert result.returncode == 0, f"cannot install duckdb=={DUCKDB_1X}: {result.stderr[-500:]}"
        if not (CACHE / "duckdb").is_dir():  # another session may have won the race
            shutil.rmtree(CACHE, ignore_errors=True)
            partial.rename(CACHE)
    return CACHE


def test_a_duckdb_1x_client_opens_the_database(samples_db, duckdb_1x):
    with store.connect_read_only(samples_db) as con:
        documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        speakers = con.execute("SELECT count(*) FROM speakers").fetchone()[0]
        views = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_type = 'VIEW'").fetchone()[0]
    env = dict(os.environ, PYTHONPATH=str(duckdb_1x))
    result = subprocess.run([sys.executable, "-c", COUNT_IN_1X, str(samples_db), DUCKDB_1X],
                            capture_output=True, text=True, env=env, check=False, timeout=60)
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.split() == [str(documents), str(speakers), str(views)]
    assert documents > 0 and views > 0


# -- a PDF pdfminer cannot walk ------------------------------------------------------------------


def test_a_pdf_whose_page_tree_pdfminer_misses_is_repaired_and_read(tmp_path):
    good = PdfBuilder(tmp_path / "good.pdf").line("1. Opening", style="bold").line("The chair opened.").save()
    broken = tmp_path / "broken.pdf"
    # The cross-reference table numbered from 1, not 0, as some scanners write it: pdfminer finds
    # every object under the wrong number, and so no page.
    broken.write_bytes(good.read_bytes().replace(b"xref\n0 ", b"xref\n1 ", 1))
    with pdfplumber.open(broken) as pdf:
        assert not pdf.pages
    doc = parse_pdf(broken)
    assert doc.provenance.page_count == 1
    assert doc.provenance.sha256 == hashlib.sha256(broken.read_bytes()).hexdigest()
    assert "The chair opened." in doc.model_dump_json()


def test_a_pdf_without_pages_is_no_pages(tmp_path):
    empty = write_raw_pdf(tmp_path / "empty.pdf", [
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>",
    ])
    with pytest.raises(UnreadablePDF, match="^no pages"):
        parse_pdf(empty)


# -- files.status stays true of the file ----------------------------------------------------------


def test_a_database_made_before_last_run_action_gets_the_column(tmp_path):
    db = tmp_path / "old.duckdb"
    with store.connect(db) as con:
        con.execute("ALTER TABLE files DROP COLUMN last_run_action")
        con.execute("INSERT INTO files (path, file_name, status, last_seen_at, parser_version) "
                    "VALUES ('/a.pdf', 'a.pdf', 'loaded', now()::TIMESTAMP, 'v')")
    with store.connect(db) as con:
        (record,) = store.file_records(con).values()
    assert (record.status, record.last_run_action) == ("loaded", None)


# -- failures that are not the file's are retried -------------------------------------------------


def kill_the_forkserver_and_wait() -> None:
    """In a parse child: kill the process that forked it (the forkserver), as an outside kill would."""
    os.kill(os.getppid(), signal.SIGKILL)
    time.sleep(30)


def test_a_killed_forkserver_is_retried_not_blamed_on_the_file() -> None:
    with pytest.raises(ChildProcessError, match="^interrupted: ") as raised:
        run_isolated(kill_the_forkserver_and_wait, limits=Limits(timeout_seconds=20))
    assert ingest._is_transient(raised.value)  # parsed again at once, in the same run
    assert summary.failure_reason(raised.value).startswith(summary.NOT_THE_FILES_FAULT)  # and in the next, if it fails
    assert run_isolated(call_by_name, "os", "getpid") != os.getpid()  # a new forkserver forks the next child


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
        writer = write.Writer(db, {}, logging.getLogger("test"))
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


def test_minutes_own_files_are_never_ingested(tmp_path, monkeypatch) -> None:
    """`cd inbox && minutes ingest .`: the database, its WAL and lock and the OCR cache are in the inbox."""
    inbox = tmp_path / "inbox"
    for name in ["a.pdf", "minutes.duckdb", "minutes.duckdb.wal", "minutes.duckdb.minutes-lock",
                 "minutes.duckdb.ocr/0f.pdf", "notes.txt"]:
        (inbox / name).parent.mkdir(parents=True, exist_ok=True)
        (inbox / name).write_bytes(b"%PDF-1.4")
    monkeypatch.chdir(inbox)
    found = discover.without_own_files(discover.discover(["."]), "minutes.duckdb", "minutes.duckdb.ocr")
    assert [path.name for path in found.pdfs] == ["a.pdf"]
    assert [path.name for path in found.others] == ["notes.txt"]


# -- a file rewritten during a run ----------------------------------------------------------------


def test_the_hash_is_of_the_bytes_parsed_though_the_file_is_rewritten(tmp_path, monkeypatch):
    from pipeline import parse

    original = PdfBuilder(tmp_path / "a.pdf").line("1. Opening", style="bold").line("First version.").save()
    first_bytes = original.read_bytes()
    second = PdfBuilder(tmp_path / "b.pdf").line("1. Opening", style="bold").line("Second version.").save()
    read_layout = parse._layout_with_pages

    def rewritten_meanwhile(path, workdir):
        original.write_bytes(second.read_bytes())  # after minutes read the file, before it parses
        return read_layout(path, workdir)

    monkeypatch.setattr(parse, "_layout_with_pages", rewritten_meanwhile)
    doc = parse_pdf(original)
    assert doc.document_id == hashlib.sha256(first_bytes).hexdigest()
    assert doc.provenance.size_bytes == len(first_bytes) and "First version." in doc.model_dump_json()

    # The files row takes the hash of the bytes parsed, not the one taken before parsing.
    db = str(tmp_path / "m.duckdb")
    before = store.FileRecord(path=str(original), file_name="a.pdf", sha256="hash taken before", size_bytes=1,
                              status="loaded", last_seen_at=dt.datetime(2026, 1, 1), parser_version=PARSER_VERSION)
    writer = write.Writer(db, {}, logging.getLogger("test"))
    writer.add_document(before, doc)
    writer.flush()
    with store.connect(db) as con:
        (record,) = store.file_records(con).values()
    assert record.sha256 == record.document_id == doc.document_id and record.size_bytes == len(first_bytes)

    # A copy of the bytes the first path held then is not "a duplicate" of a document that is not stored.
    copy = record.model_copy(update={"path": "/backup/a.pdf", "sha256": "bytes before the rewrite"})
    (settled,) = write.settle_duplicates([(copy, record.path)], {record.path: record})
    assert settled.status == "skipped" and settled.reason.startswith("not parsed yet")


# -- reasons in the words promised ---------------------------------------------------------------


@pytest.mark.parametrize(("error", "expected"), [
    (MemoryError(), MemoryError),  # then "too large: parsing needed more than N MB of memory"
    (RecursionError("maximum recursion depth exceeded"), UnreadablePDF),
])
def test_exhausted_memory_or_stack_is_too_large_or_corrupt_however_wrapped(tmp_path, monkeypatch, error, expected):
    from pdfplumber.utils.exceptions import PdfminerException

    from pipeline import parse

    def wrapped(*args, **kwargs):
        raise PdfminerException(error) from error  # as pipeline.pdf.chars and pdfplumber wrap pdfminer's errors

    monkeypatch.setattr(parse, "extract_layout", wrapped)
    with pytest.raises(expected) as raised:
        parse._read_layout(tmp_path / "bomb.pdf")
    if expected is UnreadablePDF:
        assert raised.value.reason == "corrupt: objects nested too deeply to read"


def pdfminer_log_level() -> int:
    return logging.getLogger("pdfminer").getEffectiveLevel()


def test_pdfminer_warnings_stay_out_of_the_terminal() -> None:
    """A parse child keeps pdfminer's warnings to itself (they would pass --quiet on stderr)."""
    assert run_isolated(pdfminer_log_level) > logging.WARNING


# -- Prefect's temporary server killed mid-run -----------------------------------------------------


def test_a_killed_prefect_server_stops_the_run_in_one_line(monkeypatch, capsys) -> None:
    import threading

    from flows.api_server import TemporaryServer
    from pipeline import cli

    server, told, died = TemporaryServer(), [], threading.Event()
    server.process = subprocess.Popen(["sleep", "30"])
    server.watch(lambda what: (told.append(what), died.set()))
    server.process.kill()
    assert died.wait(5) and told == ["Prefect's temporary server stopped during the run (exit status -9)"]

    server.process, told[:] = subprocess.Popen(["sleep", "30"]), []
    server.watch(lambda what: told.append(what))
    server.stop()  # stopped by minutes itself: not a death
    time.sleep(0.2)
    assert told == []

    def exit_now(status: int) -> None:
        raise SystemExit(status)

    monkeypatch.setattr(cli.os, "_exit", exit_now)
    with pytest.raises(SystemExit) as exited:
        cli._prefect_server_died("Prefect's temporary server stopped during the run (exit status -9)")
    assert exited.value.code == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "the documents loaded so far are kept" in err


def test_hashing_a_huge_sparse_file_keeps_to_the_timeout(tmp_path) -> None:
    huge = tmp_path / "huge.pdf"
    with open(huge, "wb") as sparse:
        sparse.truncate(8 << 30)  # 8 GB of holes: no disk used, seconds to read
    started = time.monotonic()
    record = plan_module.fingerprint_file(huge, dt.datetime(2026, 1, 1), timeout=0.1)
    assert time.monotonic() - started < 1.5
    assert (record.status, record.reason) == ("failed", "too slow: reading the file took more than 0.1 s")
