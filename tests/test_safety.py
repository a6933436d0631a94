"""Issue 14: nothing leaks, nothing is clobbered, nothing outlives the command (the kill test is in
test_isolation.py)."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from pipeline import store
from pipeline.cli import EXIT_ERROR, EXIT_OK, main
from pipeline.display import shown
from pipeline.ingest.discover import discover
from pipeline.ingest.summary import FileOutcome, IngestSummary
from pipeline.pdf.preflight import describe_bytes
from pipeline.report import GENERATOR_TAG
from pipeline.tabular import format_table

SECRET = "hunter2 the private key of somebody else"
ENDLESS_QUERY = "SELECT count(*) FROM range(10000000000000) a, range(1000) b"


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "m.duckdb"
    store.connect(path).close()
    return path


# --------------------------------------------------------------------------- 1. no file contents in reasons


@pytest.mark.parametrize("head", [SECRET.encode(), SECRET.encode("utf-16"), b"\xef\xbb\xbf" + SECRET.encode()])
def test_a_text_file_is_named_as_such_never_quoted(head: bytes) -> None:
    description = describe_bytes(head)
    assert description == "a text file"
    assert "hunter2" not in description


# --------------------------------------------------------------------------- 2. escaped output


def test_shown_escapes_controls_and_bidi_overrides_only() -> None:
    assert shown("a\x1b[2Jb\nc\rd\u202ee\u2067f") == "a\\x1b[2Jb\\nc\\rd\\u202ee\\u2067f"
    assert shown("Phnom Penh – ស្វាគមន៍ «ok» ü") == "Phnom Penh – ស្វាគមន៍ «ok» ü"


def test_query_table_escapes_what_it_shows_and_the_stored_text_is_kept(capsys, db) -> None:
    assert "\x1b" not in format_table(["x\x1b]0;t\x07"], [["\x1b[31mred\u202e"]])
    sql = "SELECT chr(27) || '[2J' || chr(8238) AS t"
    assert main(["query", sql, "--db", str(db)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "\\x1b[2J\\u202e" in out
    assert main(["query", sql, "--db", str(db), "--format", "json"]) == EXIT_OK
    assert "\\u001b[2J\u202e" in capsys.readouterr().out  # data formats give the value itself


def test_summary_lines_cannot_be_forged_by_a_file_name() -> None:
    forged = "/in/a.pdf: ok\nloaded: /in/b.pdf\x1b[1A.pdf"
    summary = IngestSummary(db="/m.duckdb", outcomes=[FileOutcome(forged, "failed", "corrupt: \x1b]0;x\x07")])
    text = summary.to_text()
    assert len(text.splitlines()) == 3
    assert "\x1b" not in text and "\x07" not in text
    assert "\x1b" not in summary.to_markdown()


def test_error_lines_are_escaped(capsys, tmp_path) -> None:
    assert main(["show", "x", "--db", str(tmp_path / "no\x1b[2Jne.duckdb")]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "\x1b" not in err and "no\\x1b[2Jne.duckdb" in err


# --------------------------------------------------------------------------- 3. nothing clobbered


# The ingest lock's own tests are in test_store_lock.py.


def test_report_refuses_the_database_and_other_files(capsys, db, tmp_path) -> None:
    before = db.read_bytes()
    for force in ([], ["--force"]):
        assert main(["report", "--out", str(db), "--db", str(db), *force]) == EXIT_ERROR
        assert "it is the database" in capsys.readouterr().err
    assert db.read_bytes() == before
    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    assert main(["report", "--out", str(notes), "--db", str(db)]) == EXIT_ERROR
    assert "not a minutes report" in capsys.readouterr().err
    assert notes.read_text() == "mine"
    report = tmp_path / "report.html"
    assert main(["report", "--out", str(report), "--db", str(db)]) == EXIT_OK
    assert GENERATOR_TAG in report.read_text()
    assert main(["report", "--out", str(report), "--db", str(db)]) == EXIT_OK  # our own report: replaced
    assert main(["report", "--out", str(notes), "--db", str(db), "--force"]) == EXIT_OK


def test_export_refuses_to_overwrite_unless_forced(capsys, db, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "documents.csv").write_text("mine")
    assert main(["export", str(out), "--format", "csv", "--db", str(db)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "documents.csv" in err and "--force" in err
    assert (out / "documents.csv").read_text() == "mine"
    assert main(["export", str(out), "--format", "csv", "--db", str(db), "--force"]) == EXIT_OK
    assert (out / "documents.csv").read_text() != "mine"


# --------------------------------------------------------------------------- 5. bounded queries


def test_query_stops_at_its_timeout(capsys, db) -> None:
    assert main(["query", ENDLESS_QUERY, "--db", str(db), "--timeout", "0.3"]) == EXIT_ERROR
    assert "query stopped: it ran longer than --timeout 0.3 s" in capsys.readouterr().err


def test_ctrl_c_interrupts_a_running_query(capsys, db) -> None:
    timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    try:
        assert main(["query", ENDLESS_QUERY, "--db", str(db), "--timeout", "20"]) == 130
    finally:
        timer.cancel()
    assert "interrupted" in capsys.readouterr().err


def test_table_output_is_cut_with_a_note_and_csv_gives_every_row(capsys, db) -> None:
    sql = "SELECT * FROM range(2500) r"
    assert main(["query", sql, "--db", str(db), "--max-rows", "5"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "(5 rows)" in out and "cut at --max-rows 5" in out
    assert main(["query", sql, "--db", str(db), "--format", "csv"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[-1] == "2499"


# --------------------------------------------------------------------------- 6. one database, one lock


# The lock shared by every name of a database file: test_store_lock.py.


# --------------------------------------------------------------------------- 7. absolute paths


def test_an_unreadable_folder_given_relatively_is_recorded_absolutely(tmp_path, monkeypatch) -> None:
    locked = tmp_path / "in" / "locked-dir"
    locked.mkdir(parents=True)
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # as for a folder without read permission
        if os.path.basename(os.fspath(path)) == "locked-dir":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(os, "scandir", scandir)
    found = discover(["in"])
    assert list(found.unreadable_folders) == [locked]
