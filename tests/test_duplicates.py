"""Likely duplicates: the same meeting loaded twice (other bytes) is marked and counted once by the views."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline import store
from schemas import ParsedDocument, Section


def _with_text(doc: ParsedDocument, text: str, **meta: object) -> ParsedDocument:
    sections = [Section(section_no=1, level=1, heading="Opening", body=text, page_first=1, page_last=1)]
    return doc.model_copy(update={
        "sections": sections, "qa_pairs": [], "feedback_counts": [],
        "speakers": [s.model_copy(update={"section_nos": [1]}) for s in doc.speakers],
        "meta": doc.meta.model_copy(update=meta),
    })


MINUTES = ("The council opened the meeting and agreed the budget for roads, schools and the health centre; "
           "members asked about the water supply and the market fees, and the chair answered each question.")


def test_copies_of_one_meeting_are_marked_and_counted_once(tmp_path: Path, document_factory) -> None:
    original = _with_text(document_factory(b"text version", path="/a/minutes.pdf"), MINUTES)
    # A re-export: other bytes, a word or two read differently.
    reexport = _with_text(document_factory(b"re-export", path="/a/minutes-copy.pdf"),
                          MINUTES.replace("health centre", "health center"))
    # Same date and organiser, but another meeting's words.
    other = _with_text(document_factory(b"other meeting", path="/a/other.pdf"),
                       "A training on bookkeeping for the commune clerks, with exercises and a test.")
    undated = _with_text(document_factory(b"undated copy", path="/a/undated.pdf"), MINUTES, meeting_date=None)
    undated_again = _with_text(document_factory(b"undated again", path="/a/undated-2.pdf"), MINUTES,
                               meeting_date=None)
    db = tmp_path / "d.duckdb"
    with store.connect(db) as con:
        for doc in (original, reexport, other, undated, undated_again):
            store.load_document(con, doc)
    with store.connect_read_only(db) as con:
        rows = con.execute("SELECT document_id, duplicate_of, similarity FROM duplicates").fetchall()
        assert sorted((a, b) for a, b, _ in rows) == sorted([
            (reexport.document_id, original.document_id),  # an undated copy is not compared with dated ones
            (undated_again.document_id, undated.document_id)])
        assert min(similarity for _, _, similarity in rows) < 1
        assert all(similarity >= 0.7 for _, _, similarity in rows)
        assert con.execute("SELECT count(*) FROM attendance").fetchone()[0] == 3
        assert con.execute("SELECT count(*) FROM meetings").fetchone()[0] == 3
        workshops = con.execute("SELECT workshops FROM people WHERE person_key = 'dara sok'").fetchone()[0]
        assert workshops == 3  # the original, the other meeting and the undated copy; not the re-export
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 5  # nothing deleted


def test_a_copy_read_by_ocr_defers_to_the_text_version(tmp_path: Path, document_factory) -> None:
    scan = _with_text(document_factory(b"scan", path="/a/scan.pdf"), MINUTES.replace("budget", "budqet"))
    scan = scan.model_copy(update={"provenance": scan.provenance.model_copy(update={"ocr_pages": [1, 2]})})
    text = _with_text(document_factory(b"text", path="/a/text.pdf"), MINUTES, meeting_date=dt.date(2018, 11, 12))
    db = tmp_path / "d.duckdb"
    with store.connect(db) as con:
        store.load_document(con, scan)  # loaded first, but read by OCR
        store.load_document(con, text)
    with store.connect_read_only(db) as con:
        assert con.execute("SELECT document_id, duplicate_of FROM duplicates").fetchall() == [
            (scan.document_id, text.document_id)]
