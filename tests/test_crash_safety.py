"""A real `minutes ingest` killed with SIGKILL half-way leaves every document whole or absent,
and the next run completes the rest with the same rows as a run that was never interrupted.
While it runs, a second ingest is refused as busy and a query either reads or says busy.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import psutil
import pytest

from flows.ingest import ingest_flow
from pipeline import store
from pipeline.cli import EXIT_BUSY, EXIT_OK, main
from tests.bad_inputs import minutes_pdf
from tests.procs import read_until, start_minutes

DOCUMENTS = 8
PAGES = 30  # each document takes a moment to parse, so the kill lands mid-run


def build_corpus(folder: Path) -> None:
    for n in range(DOCUMENTS):
        minutes_pdf(folder / f"meeting-{n:02}.pdf", title=f"Minutes of Council Meeting No. {n}", pages=PAGES)


def per_document_counts(db: Path) -> dict[str, dict[str, int]]:
    """document_id -> rows in each child table."""
    counts: dict[str, dict[str, int]] = {}
    with store.connect(db) as con:
        ids = [row[0] for row in con.execute("SELECT document_id FROM documents").fetchall()]
        for document_id in ids:
            counts[document_id] = {
                table: con.execute(f"SELECT count(*) FROM {table} WHERE document_id = ?", [document_id]).fetchone()[0]
                for table in store.CHILD_TABLES
            }
    return counts


def consistent(db: Path, reference: dict[str, dict[str, int]]) -> int:
    """Check every stored document is whole and every loaded file has its document; return how many."""
    stored = per_document_counts(db)
    for document_id, counts in stored.items():
        assert counts == reference[document_id], f"document {document_id[:12]} is partly loaded"
    with store.connect(db) as con:
        files = store.file_records(con)
        orphans = con.execute(
            "SELECT count(*) FROM sections WHERE document_id NOT IN (SELECT document_id FROM documents)"
        ).fetchone()[0]
    assert orphans == 0
    for record in files.values():
        if record.status == "loaded":
            assert record.document_id in stored
    return len(stored)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "in"
    build_corpus(folder)
    return folder


@pytest.fixture(scope="module")
def reference(prefect_harness, corpus, tmp_path_factory):
    """An uninterrupted run: the rows every interrupted run must end up with."""
    db = tmp_path_factory.mktemp("reference") / "ref.duckdb"
    summary = ingest_flow(paths=[str(corpus)], db=str(db))
    assert summary.loaded == DOCUMENTS
    with store.connect(db) as con:
        counts = store.table_counts(con)
    return per_document_counts(db), counts


def test_sigkill_mid_run_then_rerun_matches_an_uninterrupted_run(
    prefect_harness, capsys, corpus, reference, tmp_path
) -> None:
    per_document, table_counts = reference
    db = tmp_path / "m.duckdb"
    ingest = start_minutes(tmp_path, "ingest", str(corpus), "--db", str(db))
    try:
        read_until(ingest, " to parse", timeout=180)  # it holds the ingest lock and is parsing

        # While it runs: a second writer that will not wait (`--wait 0`) is refused at once, as busy ...
        assert main(["ingest", str(corpus), "--db", str(db), "--wait", "0"]) == EXIT_BUSY
        assert f"`minutes ingest` (pid {ingest.pid}) is already running" in capsys.readouterr().err
        # ... and a reader gets in between batches, or says the ingest holds the file.
        status = main(["query", "SELECT count(*) FROM documents", "--db", str(db), "--wait", "2"])
        err = capsys.readouterr().err
        assert status == EXIT_OK or (status == EXIT_BUSY and "`minutes ingest`" in err), err

        read_until(ingest, " - loaded ", timeout=120)  # the first batch is in
        helpers = psutil.Process(ingest.pid).children()  # its Prefect server and the parse forkserver
        commands = [" ".join(helper.cmdline()) for helper in helpers]
        os.kill(ingest.pid, signal.SIGKILL)
    finally:
        ingest.kill()
        ingest.wait(30)
    assert ingest.returncode == -signal.SIGKILL
    # Regression: its temporary Prefect server outlived a killed ingest. Nothing it started is left.
    assert any("prefect.server" in command for command in commands), commands
    _, alive = psutil.wait_procs(helpers, timeout=30)
    assert not alive, commands

    loaded_before_rerun = consistent(db, per_document)
    assert 0 < loaded_before_rerun < DOCUMENTS, "the kill should land mid-run"

    summary = ingest_flow(paths=[str(corpus)], db=str(db))
    assert (summary.loaded, summary.failed) == (DOCUMENTS - loaded_before_rerun, 0)
    assert summary.skipped == loaded_before_rerun
    assert consistent(db, per_document) == DOCUMENTS
    with store.connect(db) as con:
        assert store.table_counts(con) == table_counts
        assert {r.status for r in store.file_records(con).values()} <= {"loaded", "skipped"}
