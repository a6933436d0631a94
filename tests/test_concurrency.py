"""One writer at a time: a second ingest says the database is busy (or waits), a query waits
briefly for an ingest then says one is running, an ingest waits for a reader. The other side
is always a real process (DuckDB's lock is per process), a cheap one without Prefect.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from pipeline import store
from pipeline.cli import EXIT_BUSY, EXIT_ERROR, EXIT_OK, main
from tests.bad_inputs import minutes_pdf
from tests.procs import holding


def one_line_error(err: str) -> str:
    assert err.startswith("minutes: "), err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    return err


@pytest.fixture
def db(tmp_path, document_factory) -> Path:
    path = tmp_path / "m.duckdb"
    with store.connect(path) as con:
        store.load_document(con, document_factory(b"one", path="/archive/one.pdf"))
    return path


def hold_ingest_lock(db: Path) -> str:
    return f"from pipeline.store import IngestLock\nlock = IngestLock({str(db)!r}).__enter__()"


def hold_write_connection(db: Path) -> str:
    return f"import duckdb\ncon = duckdb.connect({str(db)!r})"


def test_a_second_ingest_exits_busy_at_once(capsys, tmp_path, db) -> None:
    pdf = minutes_pdf(tmp_path / "in" / "a.pdf")
    with holding(tmp_path, hold_ingest_lock(db)) as other:
        started = time.monotonic()
        assert main(["ingest", str(pdf), "--db", str(db), "--wait", "0"]) == EXIT_BUSY
        assert time.monotonic() - started < 5
    err = one_line_error(capsys.readouterr().err)
    assert f"database busy: `minutes ingest` (pid {other.pid}) is already running on {db}" in err
    with store.connect(db) as con:  # untouched
        assert store.table_counts(con)["files"] == 0


def test_a_second_ingest_with_wait_runs_once_the_first_is_done(prefect_harness, capsys, tmp_path, db) -> None:
    pdf = minutes_pdf(tmp_path / "in" / "a.pdf")
    with holding(tmp_path, hold_ingest_lock(db), seconds=1.5):
        assert main(["ingest", str(pdf), "--db", str(db), "--wait", "60", "--quiet"]) == EXIT_OK
    assert "1 loaded" in capsys.readouterr().out


def test_query_retries_then_says_an_ingest_is_running(capsys, tmp_path, db) -> None:
    code = hold_ingest_lock(db) + "\n" + hold_write_connection(db)
    with holding(tmp_path, code) as ingest:
        started = time.monotonic()
        assert main(["query", "SELECT count(*) FROM documents", "--db", str(db), "--wait", "1"]) == EXIT_BUSY
        waited = time.monotonic() - started
    assert 1 <= waited < 10
    err = one_line_error(capsys.readouterr().err)
    assert f"database busy: `minutes ingest` (pid {ingest.pid}) is writing to {db}" in err


def test_query_names_another_holder_that_is_not_an_ingest(capsys, tmp_path, db) -> None:
    with holding(tmp_path, hold_write_connection(db)) as other:
        assert main(["query", "SELECT 1", "--db", str(db), "--wait", "0"]) == EXIT_BUSY
    err = one_line_error(capsys.readouterr().err)
    assert f"database busy: another process (pid {other.pid}) has {db} open" in err


def test_query_waits_out_a_short_write(capsys, tmp_path, db) -> None:
    with holding(tmp_path, hold_write_connection(db), seconds=1.5):
        assert main(["query", "SELECT count(*) AS n FROM documents", "--db", str(db), "--wait", "30"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[2].strip() == "1"


def test_ingest_waits_for_a_reader_to_finish(prefect_harness, capsys, tmp_path, db) -> None:
    pdf = minutes_pdf(tmp_path / "in" / "a.pdf")
    reader = f"import duckdb\ncon = duckdb.connect({str(db)!r}, read_only=True)"
    with holding(tmp_path, reader, seconds=2):
        assert main(["ingest", str(pdf), "--db", str(db), "--quiet"]) == EXIT_OK
    assert "1 loaded" in capsys.readouterr().out
    with store.connect(db) as con:
        assert store.table_counts(con)["documents"] == 2


def test_a_held_database_is_never_damaged(tmp_path, db) -> None:
    before = None
    with store.connect(db) as con:
        before = store.table_counts(con)
    with holding(tmp_path, hold_write_connection(db)):
        with pytest.raises(store.DatabaseBusy):
            store.connect(db, wait=0.3)
    with store.connect(db) as con:
        assert store.table_counts(con) == before


# --------------------------------------------------------------------------- read-only queries


@pytest.mark.parametrize(
    "sql",
    [
        "COPY documents TO 'out.csv'",
        "COPY (SELECT * FROM documents) TO 'out.parquet' (FORMAT parquet)",
        "EXPORT DATABASE 'dump'",
        "ATTACH 'other.duckdb' AS other",
        "DETACH other",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET threads = 1",
        "PRAGMA enable_profiling",
        "CALL pragma_version()",
        "CHECKPOINT",
        "VACUUM",
        "UPDATE files SET reason = 'x'",
        "CREATE TABLE y AS SELECT 1",
        "CREATE SECRET s (TYPE s3)",
    ],
)
def test_query_refuses_statements_that_write_or_reach_outside(capsys, tmp_path, monkeypatch, db, sql) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["query", sql, "--db", str(db)]) == EXIT_ERROR
    err = one_line_error(capsys.readouterr().err)
    assert "refusing to run this" in err and sql.split()[0].upper() in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.duckdb"]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
    ],
)
def test_query_selects_cannot_read_other_files(capsys, db, sql) -> None:
    assert main(["query", sql, "--db", str(db)]) == EXIT_ERROR
    err = one_line_error(capsys.readouterr().err)
    assert "SQL error" in err and "disabled by configuration" in err


def test_query_still_reads_the_database(capsys, db) -> None:
    assert main(["query", "SUMMARIZE documents", "--db", str(db), "--format", "json"]) == EXIT_OK
    assert "document_id" in capsys.readouterr().out
