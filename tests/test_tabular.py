"""pipeline.tabular: query results as an aligned table, escaped and cut at --max-rows."""

from __future__ import annotations

from pipeline.cli import EXIT_OK, main
from pipeline.tabular import format_table


def test_query_table_escapes_what_it_shows_and_the_stored_text_is_kept(capsys, empty_db) -> None:
    assert "\x1b" not in format_table(["x\x1b]0;t\x07"], [["\x1b[31mred\u202e"]])
    sql = "SELECT chr(27) || '[2J' || chr(8238) AS t"
    assert main(["query", sql, "--db", str(empty_db)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "\\x1b[2J\\u202e" in out
    assert main(["query", sql, "--db", str(empty_db), "--format", "json"]) == EXIT_OK
    assert "\\u001b[2J\u202e" in capsys.readouterr().out  # data formats give the value itself


def test_table_output_is_cut_with_a_note_and_csv_gives_every_row(capsys, empty_db) -> None:
    sql = "SELECT * FROM range(2500) r"
    assert main(["query", sql, "--db", str(empty_db), "--max-rows", "5"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "(5 rows)" in out and "cut at --max-rows 5" in out
    assert main(["query", sql, "--db", str(empty_db), "--format", "csv"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[-1] == "2499"
