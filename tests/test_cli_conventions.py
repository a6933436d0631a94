"""The conventional CLI: --version, SQL from stdin or a file, format shortcuts, tables, schema,
show by a unique part of a file name and as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import PARSER_VERSION, store
from pipeline.cli import EXIT_ERROR, EXIT_OK, main
from pipeline.commands import relation_descriptions
from pipeline.store import views as history
from tests.procs import REPO, subprocess_env


@pytest.fixture
def db(tmp_path: Path, document_factory) -> Path:
    path = tmp_path / "c.duckdb"
    with store.connect(path) as con:
        store.load_document(con, document_factory(b"one", path="/archive/council-2018-minutes.pdf"))
        store.load_document(con, document_factory(b"two", path="/archive/board-2019-minutes.pdf", sections=1))
    return path


def test_sql_from_stdin_as_json_lines(tmp_path: Path, db: Path) -> None:
    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], input=stdin, cwd=REPO,
                              env=subprocess_env(tmp_path), capture_output=True, text=True, timeout=60)

    result = run("query", "-", "--nl", "--db", str(db),
                 stdin="SELECT file_name, participants_total FROM documents ORDER BY file_name\n")
    assert result.returncode == EXIT_OK, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [{"file_name": "board-2019-minutes.pdf", "participants_total": 51},
                     {"file_name": "council-2018-minutes.pdf", "participants_total": 51}]


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == EXIT_OK and f"(parser {PARSER_VERSION})" in capsys.readouterr().out


def test_query_from_a_file_csv_without_headers(tmp_path: Path, db: Path, capsys) -> None:
    sql = tmp_path / "q.sql"
    sql.write_text("SELECT file_name, meeting_date FROM documents ORDER BY file_name")
    assert main(["query", str(sql), "--csv", "--no-headers", "--db", str(db)]) == EXIT_OK
    assert capsys.readouterr().out == "board-2019-minutes.pdf,2018-11-12\ncouncil-2018-minutes.pdf,2018-11-12\n"
    assert main(["query", "SELECT list(name ORDER BY name) AS names FROM speakers WHERE speaker_no = 1",
                 "--csv", "--db", str(db)]) == EXIT_OK
    assert capsys.readouterr().out == 'names\n"[""Dara Sok"", ""Dara Sok""]"\n'  # JSON, not a Python repr
    assert main(["query", "SELECT 1 AS n", "--no-headers", "--db", str(db)]) == EXIT_OK
    assert capsys.readouterr().out.split() == ["1"]
    assert main(["query", "SELECT * FROM speaker", "--db", str(db)]) == EXIT_ERROR
    assert 'Did you mean "speakers"?' in capsys.readouterr().err  # DuckDB's hint kept
    for allowed in ("DESCRIBE speakers", "SHOW TABLES", "SUMMARIZE documents"):
        assert main(["query", allowed, "--db", str(db)]) == EXIT_OK
    assert main(["query", "DROP TABLE files", "--db", str(db)]) == EXIT_ERROR
    assert "DESCRIBE, SHOW, SUMMARIZE" in capsys.readouterr().err


def test_tables_and_schema_describe_every_table_and_view(db: Path, capsys) -> None:
    described = relation_descriptions()
    assert set(described) == {*store.TABLES, *history.VIEW_NAMES} and all(described.values())
    assert main(["tables", "--db", str(db)]) == EXIT_OK
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split()[1:3] for line in out.splitlines()[2:-1]}
    assert rows["corrections"] == ["table", "0"] and rows["documents"] == ["table", "2"]
    assert rows["people"][0] == "view" and rows["duplicates"] == ["view", "0"]
    assert f"({len(described)} rows)" in out
    assert main(["schema", "corrections", "--db", str(db)]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("corrections: an archivist's fixes") and ["created_at", "TIMESTAMP", "no"] in [
        line.split() for line in out.splitlines()]
    assert main(["schema", "nope", "--db", str(db)]) == EXIT_ERROR
    assert "minutes tables" in capsys.readouterr().err


def test_show_by_a_unique_part_of_the_file_name_and_as_json(db: Path, capsys) -> None:
    assert main(["show", "COUNCIL", "--db", str(db), "--json"]) == EXIT_OK
    shown = json.loads(capsys.readouterr().out)
    assert shown["document"]["file_name"] == "council-2018-minutes.pdf"
    assert [s["section_no"] for s in shown["sections"]] == [1, 2, 3] and shown["corrections"] == []
    assert main(["show", "minutes", "--db", str(db)]) == EXIT_ERROR  # both names contain it
    assert "matches 2 documents" in capsys.readouterr().err


# --------------------------------------------------------------------------- ingest --dry-run, --force

# Runs `minutes` and says on stderr whether Prefect was imported: a dry run must not start it.
_RUN_AND_REPORT_PREFECT = (
    "import sys\nfrom pipeline.cli import main\nstatus = main(sys.argv[1:])\n"
    "print('prefect imported' if 'prefect' in sys.modules else 'no prefect', file=sys.stderr)\nsys.exit(status)"
)


def _archive_with_history(tmp_path: Path, document_factory) -> tuple[Path, Path]:
    """in/: a.pdf loaded before, b.pdf failed before, c.pdf new, a-copy.pdf (a's bytes), notes.txt."""
    import hashlib

    from pipeline.fingerprint import mtime_of

    folder = tmp_path / "in"
    folder.mkdir()
    data = {"a.pdf": b"%PDF-1.4 a", "b.pdf": b"%PDF-1.4 b", "c.pdf": b"%PDF-1.4 c", "a-copy.pdf": b"%PDF-1.4 a"}
    for name, content in data.items():
        (folder / name).write_bytes(content)
    (folder / "notes.txt").write_text("not minutes")

    def record(name: str, **status) -> store.FileRecord:
        stat = (folder / name).stat()
        return store.FileRecord(path=str(folder / name), file_name=name, size_bytes=stat.st_size,
                                mtime=mtime_of(stat), sha256=hashlib.sha256(data[name]).hexdigest(),
                                last_seen_at=store.utcnow(), parser_version=PARSER_VERSION, **status)

    db = tmp_path / "d.duckdb"
    doc = document_factory(data["a.pdf"], path=str(folder / "a.pdf"))
    with store.connect(db) as con:
        store.load_document(con, doc, [record("a.pdf", status="loaded", document_id=doc.document_id)])
        store.record_files(con, [record("b.pdf", status="failed", reason="encrypted: a password is needed")])
    return folder, db


def test_ingest_dry_run_lists_what_would_be_parsed_skipped_and_retried_and_writes_nothing(
    tmp_path: Path, document_factory
) -> None:
    folder, db = _archive_with_history(tmp_path, document_factory)
    before = db.read_bytes()
    # No Prefect home is made for it (subprocess_env's): nothing here may need one.
    env = {name: value for name, value in os.environ.items() if name not in ("PREFECT_API_URL", "MINUTES_DB")}
    env["PYTHONPATH"] = str(REPO)

    def dry_run(*args: str) -> tuple[list[list[str]], str]:
        result = subprocess.run(
            [sys.executable, "-c", _RUN_AND_REPORT_PREFECT, "ingest", "--dry-run", *args],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
        )
        assert result.returncode == EXIT_OK, result.stderr
        assert result.stderr.strip() == "no prefect"
        *rows, counts = result.stdout.splitlines()
        return [row.split(None, 2) for row in rows], counts

    rows, counts = dry_run("in", "--db", str(db))
    assert rows == [
        ["skip", "in/a-copy.pdf", f"duplicate of {folder / 'a.pdf'}"],
        ["skip", "in/a.pdf", "unchanged"],
        ["skip", "in/b.pdf", "failed before with the same bytes (encrypted: a password is needed); "
                             "--retry-failed parses it again"],
        ["parse", "in/c.pdf", "new"],
        ["skip", "in/notes.txt", "not a PDF: a text file"],
    ]
    assert counts == f"dry run, nothing written: 5 file(s) into {db}: 1 to parse, 4 to skip, 0 moved, 0 cannot be read"

    # --force parses a.pdf again (its copy is then the duplicate); --retry-failed retries b.pdf.
    rows, counts = dry_run("in", "--db", str(db), "--retry-failed", "--force", "in/a.pdf")
    assert rows[:4] == [
        ["skip", "in/a-copy.pdf", f"duplicate of {folder / 'a.pdf'}"],
        ["parse", "in/a.pdf", "forced (--force)"],
        ["retry", "in/b.pdf", "failed before: encrypted: a password is needed"],
        ["parse", "in/c.pdf", "new"],
    ]
    assert "3 to parse (1 retried), 2 to skip" in counts

    # --force alone names what to ingest; a database not made yet stays unmade.
    rows, _ = dry_run("--force", "in/c.pdf", "--db", str(tmp_path / "new.duckdb"))
    assert rows == [["parse", "in/c.pdf", "forced (--force)"]]
    assert not (tmp_path / "new.duckdb").exists()

    assert db.read_bytes() == before  # read, never written
    # No lock file, no WAL beside it.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("d.duckdb")) == ["d.duckdb"]


def test_ingest_needs_a_path_or_force(capsys) -> None:
    assert main(["ingest", "--dry-run"]) == EXIT_ERROR
    assert "give the PDF files or folders to ingest (PATH, or --force PATH)" in capsys.readouterr().err


def test_wait_means_the_same_for_every_command() -> None:
    """One help text, unit and default for --wait, wherever a command opens the database."""
    from pipeline.cli import build_parser
    from pipeline.commands import DEFAULT_WAIT_SECONDS, WAIT_HELP

    commands = build_parser()._subparsers._group_actions[0].choices  # noqa: SLF001 - argparse keeps them there
    waits = {name: [a for a in command._actions if "--wait" in a.option_strings]  # noqa: SLF001
             for name, command in commands.items()}
    with_wait = {name for name, found in waits.items() if found}
    assert with_wait >= {"ingest", "serve", "query", "show", "export", "report", "correct", "tables", "schema"}
    for name in with_wait:
        (wait,) = waits[name]
        assert (wait.help, wait.metavar, wait.default) == (WAIT_HELP, "SECONDS", DEFAULT_WAIT_SECONDS), name
