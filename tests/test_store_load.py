"""pipeline/store/load.py: idempotent loads, one transaction per document, the files table and lookups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from pipeline import PARSER_VERSION, store
from schemas import ParsedDocument


@pytest.fixture
def con():
    connection = store.connect(":memory:")
    yield connection
    connection.close()



def test_load_writes_every_table(con, document_factory) -> None:
    doc = document_factory(sections=3)
    store.load_document(con, doc)
    counts = store.table_counts(con)
    assert counts == {
        "documents": 1, "sections": 3, "speakers": 2, "qa_pairs": 1, "feedback_counts": 2, "motions": 0,
        "files": 0, "corrections": 0,
    }


def test_loaded_values_round_trip(con, document_factory) -> None:
    doc = document_factory()
    store.load_document(con, doc)
    row = con.execute(
        "SELECT file_name, meeting_date, participants_total, parser_version FROM documents"
    ).fetchone()
    assert row == (doc.provenance.file_name, dt.date(2018, 11, 12), 51, PARSER_VERSION)
    assert con.execute("SELECT kind FROM sections WHERE section_no = 2").fetchone() == ("agenda_item",)
    assert con.execute("SELECT section_nos, pages FROM speakers WHERE speaker_no = 1").fetchone() == (
        [1], [1, 2],
    )
    assert con.execute("SELECT answer FROM qa_pairs").fetchone() == ("Soon.",)


def test_loading_twice_leaves_identical_counts(con, document_factory) -> None:
    doc = document_factory()
    store.load_document(con, doc)
    first = store.table_counts(con)
    store.load_document(con, doc)
    assert store.table_counts(con) == first


def test_reload_replaces_earlier_rows(con, document_factory) -> None:
    store.load_document(con, document_factory(sections=3))
    store.load_document(con, document_factory(sections=1))
    assert con.execute("SELECT count(*) FROM sections").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)


def test_other_documents_are_untouched(con, document_factory) -> None:
    store.load_document(con, document_factory(b"one"))
    store.load_document(con, document_factory(b"two", sections=2))
    store.load_document(con, document_factory(b"one", sections=1))
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (2,)
    assert con.execute("SELECT count(*) FROM sections").fetchone() == (3,)


def test_failed_load_rolls_back_to_the_earlier_version(con, document_factory, monkeypatch) -> None:
    store.load_document(con, document_factory(sections=3))
    before = store.table_counts(con)
    real_insert = store.insert_rows

    def failing_insert(con_, table, rows):
        if table == "qa_pairs":
            raise RuntimeError("disk full")
        real_insert(con_, table, rows)

    monkeypatch.setattr(store.load, "insert_rows", failing_insert)  # load_document calls its module's own
    with pytest.raises(RuntimeError):
        store.load_document(con, document_factory(sections=1))
    assert store.table_counts(con) == before


def test_document_without_child_records_loads(con, document_factory) -> None:
    doc = document_factory()
    empty = doc.model_copy(update={"sections": [], "speakers": [], "qa_pairs": [], "feedback_counts": []})
    store.load_document(con, ParsedDocument.model_validate(empty.model_dump()))
    assert store.table_counts(con)["documents"] == 1
    assert store.table_counts(con)["sections"] == 0


def test_is_loaded_depends_on_parser_version(con, document_factory) -> None:
    doc = document_factory()
    assert not store.is_loaded(con, doc.document_id, PARSER_VERSION)
    store.load_document(con, doc)
    assert store.is_loaded(con, doc.document_id, PARSER_VERSION)
    assert not store.is_loaded(con, doc.document_id, "another-version")


def file_record(path: str, status: str = "failed", **fields) -> store.FileRecord:
    return store.FileRecord(
        path=path, file_name=Path(path).name, status=status, last_seen_at=dt.datetime(2024, 1, 1),
        parser_version=PARSER_VERSION, **fields,
    )


def test_files_rows_are_replaced_by_path(con) -> None:
    store.record_files(con, [file_record("/a/x.pdf", reason="corrupt")])
    store.record_files(con, [file_record("/a/x.pdf", status="skipped", reason="unchanged")])
    records = store.file_records(con)
    assert list(records) == ["/a/x.pdf"]
    assert records["/a/x.pdf"].status == "skipped"


def test_file_status_is_checked(con) -> None:
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO files (path, file_name, status, last_seen_at, parser_version) "
                    "VALUES ('/x.pdf', 'x.pdf', 'lost', now(), '0')")


def test_load_records_files_in_the_same_transaction(con, document_factory) -> None:
    doc = document_factory()
    record = file_record(doc.provenance.path, status="loaded", sha256=doc.document_id,
                         document_id=doc.document_id)
    store.load_document(con, doc, [record])
    assert store.file_records(con)[doc.provenance.path].document_id == doc.document_id


def test_unreferenced_old_versions_are_deleted(con, document_factory) -> None:
    old, new = document_factory(b"v1"), document_factory(b"v2")
    store.load_document(con, old)
    store.load_document(con, new, [file_record("/archive/a.pdf", status="loaded", document_id=new.document_id)])
    assert store.delete_documents_if_unreferenced(con, [old.document_id, new.document_id]) == [old.document_id]
    assert con.execute("SELECT document_id FROM documents").fetchall() == [(new.document_id,)]
    assert con.execute("SELECT count(DISTINCT document_id) FROM sections").fetchone() == (1,)


def test_a_database_made_before_last_run_action_gets_the_column(tmp_path):
    db = tmp_path / "old.duckdb"
    with store.connect(db) as con:
        con.execute("ALTER TABLE files DROP COLUMN last_run_action")
        con.execute("INSERT INTO files (path, file_name, status, last_seen_at, parser_version) "
                    "VALUES ('/a.pdf', 'a.pdf', 'loaded', now()::TIMESTAMP, 'v')")
    with store.connect(db) as con:
        (record,) = store.file_records(con).values()
    assert (record.status, record.last_run_action) == ("loaded", None)
