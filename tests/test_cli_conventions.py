"""The conventional CLI: --version, SQL from stdin or a file, format shortcuts, tables, schema,
show by a unique part of a file name and as JSON."""

from __future__ import annotations

import json
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
