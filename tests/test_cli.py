"""The `minutes` command, called in-process through main(argv)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import shutil
import signal
import threading
from pathlib import Path

import duckdb
import pytest

from pipeline import store
from pipeline.cli import EXIT_ERROR, EXIT_FAILED_FILES, EXIT_OK, main
from pipeline.tabular import format_table
from schemas import ParsedDocument


@pytest.fixture
def db(tmp_path, document_factory) -> Path:
    """A database with two documents, closed so read-only connections can open it."""
    path = tmp_path / "m.duckdb"
    with store.connect(path) as con:
        store.load_document(con, document_factory(b"one", path="/archive/one.pdf"))
        store.load_document(con, document_factory(b"two", path="/archive/two.pdf", sections=1))
    return path


def assert_one_line_error(err: str) -> None:
    assert err.startswith("minutes: ")
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


# --------------------------------------------------------------------------- parse


def test_parse_prints_json_that_round_trips(capsys, sample_pdf) -> None:
    assert main(["parse", str(sample_pdf)]) == EXIT_OK
    out = capsys.readouterr().out
    doc = ParsedDocument.model_validate_json(out)
    assert doc.provenance.file_name == sample_pdf.name
    assert json.loads(out)["document_id"] == doc.document_id


def test_parse_unreadable_file_is_a_clear_error(capsys, tmp_path) -> None:
    bad = tmp_path / "x.pdf"
    bad.write_bytes(os.urandom(2048))
    assert main(["parse", str(bad)]) == EXIT_ERROR
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_one_line_error(captured.err)
    assert "x.pdf" in captured.err


def test_parse_missing_file(capsys, tmp_path) -> None:
    assert main(["parse", str(tmp_path / "nope.pdf")]) == EXIT_ERROR
    assert_one_line_error(capsys.readouterr().err)


# --------------------------------------------------------------------------- query


def test_query_prints_an_aligned_table(capsys, db) -> None:
    sql = "SELECT file_name, participants_total FROM documents ORDER BY file_name"
    assert main(["query", sql, "--db", str(db)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["file_name", "participants_total"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[2].split() == ["one.pdf", "51"] and lines[3].split() == ["two.pdf", "51"]
    assert lines[-1] == "(2 rows)"
    assert len({len(line) for line in lines[:4]}) == 1  # aligned


def test_query_csv_and_json(capsys, db) -> None:
    sql = "SELECT file_name, meeting_date, venue FROM documents ORDER BY file_name"
    assert main(["query", sql, "--db", str(db), "--format", "csv"]) == EXIT_OK
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["file_name", "meeting_date", "venue"]
    assert rows[1] == ["one.pdf", "2018-11-12", "Battambang"]

    assert main(["query", sql, "--db", str(db), "--format", "json"]) == EXIT_OK
    records = json.loads(capsys.readouterr().out)
    assert records[1] == {"file_name": "two.pdf", "meeting_date": "2018-11-12", "venue": "Battambang"}


def test_query_uses_minutes_db_env(capsys, db, monkeypatch) -> None:
    monkeypatch.setenv("MINUTES_DB", str(db))
    assert main(["query", "SELECT count(*) AS n FROM documents"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[2].strip() == "2"


@pytest.mark.parametrize(
    "sql",
    [
        "DROP TABLE documents",
        "INSERT INTO documents (document_id) VALUES ('x')",
        "DELETE FROM sections",
        "COPY documents TO 'out.csv'",
        "SELECT 1; DROP TABLE documents",
    ],
)
def test_query_refuses_writes(capsys, db, sql) -> None:
    assert main(["query", sql, "--db", str(db)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert_one_line_error(err)
    with store.connect_read_only(db) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (2,)


def test_query_refusal_names_the_statement(capsys, db) -> None:
    main(["query", "DROP TABLE documents", "--db", str(db)])
    assert "refusing" in capsys.readouterr().err


def test_query_sql_error_is_one_line(capsys, db) -> None:
    assert main(["query", "SELECT nope FROM documents", "--db", str(db)]) == EXIT_ERROR
    assert_one_line_error(capsys.readouterr().err)


def test_query_missing_database(capsys, tmp_path) -> None:
    assert main(["query", "SELECT 1", "--db", str(tmp_path / "none.duckdb")]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert_one_line_error(err)
    assert "does not exist" in err
    assert not (tmp_path / "none.duckdb").exists()


def test_format_table_handles_nulls_lists_and_long_text() -> None:
    text = format_table(["a", "b", "c"], [(None, [1, 2], "x" * 200), (3, [], "line\nbreak")])
    lines = text.splitlines()
    assert "NULL" in lines[2] and "[1, 2]" in lines[2] and "…" in lines[2]
    assert "line break" in lines[3]
    assert lines[-1] == "(2 rows)"


def test_usage_error_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["query"])
    assert exit_info.value.code == 2


# --------------------------------------------------------------------------- ingest


def test_ingest_exit_status_1_when_a_file_failed(prefect_harness, capsys, tmp_path, sample_pdf) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sample_pdf, folder / sample_pdf.name)
    (folder / "x.pdf").write_bytes(os.urandom(1024))
    db = tmp_path / "m.duckdb"

    assert main(["ingest", str(folder), "--db", str(db)]) == EXIT_FAILED_FILES
    out = capsys.readouterr().out
    assert "1 loaded" in out and "1 failed" in out and "x.pdf" in out

    (folder / "x.pdf").unlink()
    assert main(["ingest", str(folder), "--db", str(db), "--quiet"]) == EXIT_OK
    assert "1 skipped" in capsys.readouterr().out


def test_ingest_missing_path_is_a_clear_error(capsys, tmp_path) -> None:
    assert main(["ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "m.duckdb")]) == EXIT_ERROR
    assert_one_line_error(capsys.readouterr().err)


def test_ingest_logs_one_line_per_file_unless_quiet(prefect_harness, capsys, tmp_path) -> None:
    import logging

    from prefect.logging.handlers import PrefectConsoleHandler

    from tests.bad_inputs import minutes_pdf

    # Prefect's console handlers print through a rich Console bound to the stream they were
    # made with (perhaps a capture of an earlier test); point them here for this test.
    console = io.StringIO()
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, PrefectConsoleHandler)]
    assert handlers
    saved = [(h.console.file, h.level) for h in handlers]
    for handler in handlers:
        handler.console.file = console
        handler.setLevel(logging.NOTSET)  # an earlier --quiet run silenced them for the process
    try:
        folder = tmp_path / "in"
        minutes_pdf(folder / "a.pdf")
        (folder / "b.pdf").write_bytes(b"<html>")
        db = tmp_path / "m.duckdb"
        assert main(["ingest", str(folder), "--db", str(db)]) == EXIT_FAILED_FILES
        loud = console.getvalue()
        console.seek(0)
        console.truncate()
        (folder / "c.pdf").write_bytes(b"")
        assert main(["ingest", str(folder), "--db", str(db), "--quiet"]) == EXIT_FAILED_FILES
        quiet = console.getvalue()
    finally:
        for handler, (stream, level) in zip(handlers, saved, strict=True):
            handler.console.file = stream
            handler.setLevel(level)
    per_file = [line for line in loud.splitlines() if " - loaded " in line or " - failed " in line]
    assert len(per_file) == 2 and "| INFO " in per_file[0] and "| WARNING " in per_file[1]  # b.pdf failed
    assert "b.pdf: not a PDF: the file starts with <html>" in per_file[1]
    assert quiet == ""
    assert "c.pdf: empty file: 0 bytes" in capsys.readouterr().out  # the summary still lists failures


@pytest.mark.parametrize("option", ["--timeout", "--max-memory", "--wait"])
def test_ingest_limits_must_be_numbers_of_zero_or_more(capsys, tmp_path, option) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["ingest", str(tmp_path), option, "-1"])
    assert exit_info.value.code == 2
    assert "must be 0 or more" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["inf", "nan", "Infinity"])
def test_ingest_limits_must_be_finite(capsys, tmp_path, value) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["ingest", str(tmp_path), "--timeout", value])
    assert exit_info.value.code == 2
    assert "must be a finite number" in capsys.readouterr().err


def test_ingest_into_an_in_memory_database_is_refused(capsys, tmp_path) -> None:
    assert main(["ingest", str(tmp_path), "--db", ":memory:"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "keeps nothing" in err and len(err.strip().splitlines()) == 1


# --------------------------------------------------------------------------- export


@pytest.mark.parametrize("fmt", ["parquet", "csv", "json"])
def test_export_writes_every_table_and_view(capsys, db, tmp_path, fmt) -> None:
    from pipeline.store import views as history

    out = tmp_path / "out" / "nested"
    assert main(["export", str(out), "--format", fmt, "--db", str(db)]) == EXIT_OK
    names = [*store.TABLES, *history.VIEW_NAMES]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}.{fmt}" for name in names)
    printed = capsys.readouterr().out
    with store.connect_read_only(db) as con:
        expected = {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in names}
    reader = {"parquet": "read_parquet", "csv": "read_csv", "json": "read_json"}[fmt]
    with duckdb.connect() as files:
        for name, rows in expected.items():
            path = out / f"{name}.{fmt}"
            if rows:  # an empty CSV or JSON file has no rows to infer columns from
                assert files.execute(f"SELECT count(*) FROM {reader}(?)", [str(path)]).fetchone()[0] == rows, name
            assert re.search(rf"^{re.escape(path.name)}\s+{rows}$", printed, flags=re.MULTILINE), name
    assert printed.startswith(f"{len(names)} {fmt} files in {out}:")


def test_export_round_trips_values(db, tmp_path) -> None:
    out = tmp_path / "pq"
    assert main(["export", str(out), "--db", str(db)]) == EXIT_OK
    with store.connect_read_only(db) as con:
        original = con.execute("SELECT * FROM speakers ORDER BY document_id, speaker_no").fetchall()
    with duckdb.connect() as con:
        copied = con.execute("SELECT * FROM read_parquet(?) ORDER BY document_id, speaker_no",
                             [str(out / "speakers.parquet")]).fetchall()
    assert copied == original  # lists and NULLs included


def test_export_errors_are_one_line_and_leave_nothing(capsys, db, tmp_path) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    cases = [
        (["export", str(a_file), "--db", str(db)], "is a file"),
        (["export", str(tmp_path / "new"), "--db", str(tmp_path / "missing.duckdb")], "does not exist"),
        (["export", str(tmp_path / "x"), "--format", "xlsx", "--db", str(db)], "invalid choice"),
    ]
    for args, message in cases:
        with contextlib.suppress(SystemExit):  # argparse exits for a bad choice
            assert main(args) == EXIT_ERROR
        err = capsys.readouterr().err
        assert message in err
    assert not (tmp_path / "new").exists() and not (tmp_path / "x").exists()


def test_query_still_cannot_write_files(capsys, db, tmp_path) -> None:
    target = tmp_path / "leak.csv"
    assert main(["query", f"SELECT * FROM read_csv('{target}')", "--db", str(db)]) == EXIT_ERROR
    assert not target.exists()


# --------------------------------------------------------------------------- ingest on a terminal


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


_CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def test_ingest_on_a_terminal_says_starting_prefect_times_from_the_start_and_logs_above_the_bar(
    prefect_harness, capsys, tmp_path, monkeypatch, document_factory
) -> None:
    import logging
    import sys
    import time

    from prefect.logging.handlers import PrefectConsoleHandler

    from flows import ingest as flow_module
    from pipeline import cli

    monkeypatch.setattr(flow_module, "parse_pdf", lambda path, ocr=None: document_factory(
        Path(path).read_bytes(), path=path))
    monkeypatch.setattr(flow_module, "PARSE_IN_CHILD", False)  # a closure cannot cross to a child process
    for handler in logging.getLogger().handlers:
        if isinstance(handler, PrefectConsoleHandler):  # an earlier --quiet run silenced them for the process
            monkeypatch.setattr(handler, "level", logging.NOTSET)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.pdf").write_bytes(f"doc {n}".encode())

    started = time.monotonic()
    monkeypatch.setattr(cli, "COMMAND_STARTED", started)  # as if the command started now
    assert main(["ingest", str(folder), "--db", str(tmp_path / "m.duckdb")]) == EXIT_OK
    waited = time.monotonic() - started

    took, before_run = map(float, re.search(  # type: ignore[union-attr]
        r"took ([\d.]+) s \(([\d.]+) s of it starting Prefect\)", capsys.readouterr().out).groups())
    assert waited - 1.0 <= took <= waited + 0.05  # the whole wait, not only the run's
    assert 0.0 <= before_run <= took
    shown = terminal.getvalue()
    assert shown.startswith("starting Prefect...\n")
    plain = _CONTROL.sub("", shown)
    assert re.search(r"parsing .* 3/3 .*elapsed 0:\d\d", plain)
    # Every Prefect line starts a line of its own: printed above the bar, never into it.
    logs = [segment for segment in re.split(r"[\r\n]", plain) if "Flow run '" in segment]
    assert logs and all(re.match(r"\d\d:\d\d:\d\d\.\d{3} \| (INFO|WARNING) ", line) for line in logs), logs


def test_the_bars_clock_reads_elapsed_and_about_what_is_left() -> None:
    from pipeline.progress import time_text

    assert time_text(5.4, 1.2) == "elapsed 0:05, about 0:01 left"
    assert time_text(3725, None) == "elapsed 1:02:05"  # no estimate yet
    assert time_text(65, 0.0, finished=True) == "elapsed 1:05"


ENDLESS_QUERY = "SELECT count(*) FROM range(10000000000000) a, range(1000) b"


def test_error_lines_are_escaped(capsys, tmp_path) -> None:
    assert main(["show", "x", "--db", str(tmp_path / "no\x1b[2Jne.duckdb")]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "\x1b" not in err and "no\\x1b[2Jne.duckdb" in err


def test_export_refuses_to_overwrite_unless_forced(capsys, empty_db, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "documents.csv").write_text("mine")
    assert main(["export", str(out), "--format", "csv", "--db", str(empty_db)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "documents.csv" in err and "--force" in err
    assert (out / "documents.csv").read_text() == "mine"
    assert main(["export", str(out), "--format", "csv", "--db", str(empty_db), "--force"]) == EXIT_OK
    assert (out / "documents.csv").read_text() != "mine"


def test_query_stops_at_its_timeout(capsys, empty_db) -> None:
    assert main(["query", ENDLESS_QUERY, "--db", str(empty_db), "--timeout", "0.3"]) == EXIT_ERROR
    assert "query stopped: it ran longer than --timeout 0.3 s" in capsys.readouterr().err


def test_ctrl_c_interrupts_a_running_query(capsys, empty_db) -> None:
    # Ctrl-C as a terminal delivers it, to Python's own handler: not one an earlier test in this process left behind
    # (a run of the whole suite once swallowed the signal and the query ran to its timeout)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    try:
        assert main(["query", ENDLESS_QUERY, "--db", str(empty_db), "--timeout", "20"]) == 130
    finally:
        timer.cancel()
        signal.signal(signal.SIGINT, previous)
    assert "interrupted" in capsys.readouterr().err


def test_workers_must_be_one_or_more(capsys, tmp_path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["ingest", str(tmp_path), "--workers", "0"])
    assert exit_info.value.code == 2
    assert "must be 1 or more" in capsys.readouterr().err
