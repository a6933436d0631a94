"""Corrections as data: stored in the database, applied after every load, listed, shown as corrected."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import store
from pipeline.cli import EXIT_ERROR, EXIT_OK, main
from schemas import ParsedDocument, QAPair, Speaker
from tests.procs import REPO, subprocess_env


def _load(db: Path, doc: ParsedDocument, parser_version: str = "1") -> None:
    doc = doc.model_copy(update={"provenance": doc.provenance.model_copy(update={"parser_version": parser_version})})
    record = store.FileRecord(path=doc.provenance.path, file_name=doc.provenance.file_name, status="loaded",
                              document_id=doc.document_id, sha256=doc.document_id, last_seen_at=store.utcnow(),
                              parser_version=parser_version)
    with store.connect(db) as con:
        store.load_document(con, doc, [record])


@pytest.fixture
def doc(document_factory) -> ParsedDocument:
    doc = document_factory(b"corrections", path="/archive/one.pdf")
    return doc.model_copy(update={
        "speakers": [*doc.speakers, Speaker(speaker_no=3, name="D. Sok", section_nos=[2], pages=[3]),
                     Speaker(speaker_no=4, name="Minutes Taker")],
        "qa_pairs": [QAPair(qa_no=1, question="When?", asker="Ms. Dara Sok (CCC)", page=2)],
    })


def _speakers(db: Path, document_id: str) -> dict[str, tuple[list[int], list[int]]]:
    with store.connect_read_only(db) as con:
        rows = con.execute("SELECT name, section_nos, pages FROM speakers WHERE document_id = ?",
                           [document_id]).fetchall()
    return {name: (sections, pages) for name, sections, pages in rows}


def test_cli_corrections_survive_a_reparse_and_show_marks_them(tmp_path, doc, capsys) -> None:
    db = tmp_path / "m.duckdb"
    _load(db, doc)
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "correct", "one.pdf", "--db", str(db),
         "--set", "meeting_date=2019-01-02", "--set", "organizer=Commune Committee",
         "--rename-speaker", "Dara Sok=Dara Sokha", "--drop-speaker", "Minutes Taker", "--note", "checked"],
        cwd=REPO, env=subprocess_env(tmp_path), capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout.count("applied") == 4

    _load(db, doc, parser_version="2")  # a new parser version parses the same bytes again
    with store.connect_read_only(db) as con:
        date, organizer, version = con.execute(
            "SELECT meeting_date, organizer, parser_version FROM documents").fetchone()
        asker = con.execute("SELECT asker FROM qa_pairs").fetchone()[0]
        statuses = {row[0] for row in con.execute("SELECT status FROM corrections").fetchall()}
    assert (date, organizer, version) == (dt.date(2019, 1, 2), "Commune Committee", "2")
    assert asker == "Ms. Dara Sokha (CCC)"
    assert statuses == {"applied"}
    assert set(_speakers(db, doc.document_id)) == {"Dara Sokha", "Vanna Chea", "D. Sok"}

    assert main(["show", "one.pdf", "--db", str(db)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "2019-01-02 (corrected)" in out and "speaker: Ms. Dara Sokha (Chair, CCC) [p. 1, 2] (corrected)" in out
    assert "venue" in out and "Battambang (corrected)" not in out
    assert main(["corrections", "--db", str(db)]) == EXIT_OK
    listing = capsys.readouterr().out
    assert "meeting_date" in listing and "checked" in listing and "(4 rows)" in listing


def test_merge_combines_sections_and_a_bad_value_stores_nothing(tmp_path, doc, capsys) -> None:
    db = tmp_path / "m.duckdb"
    _load(db, doc)
    assert main(["correct", doc.document_id[:8], "--db", str(db), "--merge-speaker", "D. Sok=Dara Sok"]) == EXIT_OK
    speakers = _speakers(db, doc.document_id)
    assert "D. Sok" not in speakers and speakers["Dara Sok"] == ([1, 2], [1, 2, 3])
    capsys.readouterr()

    assert main(["correct", "one.pdf", "--db", str(db), "--set", "meeting_date=12 Nov",
                 "--drop-speaker", "Vanna Chea"]) == EXIT_ERROR
    assert "bad value '12 Nov' for meeting_date" in capsys.readouterr().err
    assert main(["correct", "one.pdf", "--db", str(db), "--set", "participants_female=99"]) == EXIT_ERROR
    assert "exceeds participants_total" in capsys.readouterr().err
    assert "Vanna Chea" in _speakers(db, doc.document_id)  # all or nothing
    with store.connect_read_only(db) as con:
        assert con.execute("SELECT count(*) FROM corrections").fetchone()[0] == 1


def test_a_correction_whose_record_is_gone_says_no_match(tmp_path, doc) -> None:
    db = tmp_path / "m.duckdb"
    _load(db, doc)
    assert main(["correct", "one.pdf", "--db", str(db), "--drop-speaker", "Vanna Chea"]) == EXIT_OK
    without = doc.model_copy(update={"speakers": doc.speakers[:1]})  # the new parser no longer finds her
    _load(db, without, parser_version="2")
    with store.connect_read_only(db) as con:
        assert con.execute("SELECT status FROM corrections").fetchone()[0] == "no match"

    assert main(["correct", "one.pdf", "--db", str(db), "--set", "participants_female=40"]) == EXIT_OK
    fewer = without.model_copy(update={"meta": without.meta.model_copy(update={"participants_total": 30})})
    _load(db, fewer, parser_version="3")  # 40 women of 30: the correction is left out, the load goes on
    with store.connect_read_only(db) as con:
        assert con.execute("SELECT participants_total, participants_female FROM documents").fetchone() == (30, 20)
        assert con.execute("SELECT status FROM corrections WHERE key = 'participants_female'").fetchone()[0] == \
            "rejected"
