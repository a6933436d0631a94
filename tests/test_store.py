"""DuckDB storage: DDL derived from the schemas, idempotent loads, one transaction per document."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import duckdb
import pytest

from pipeline import PARSER_VERSION, store
from schemas import DocumentMeta, ParsedDocument, Provenance

# The columns the scorer reads (../shared/eval/GOLD.md), kept here so the test runs on a clean clone.
GOLD_COLUMNS = {
    "documents": [
        "document_id", "file_name", "title", "meeting_date", "venue", "organizer",
        "participants_total", "participants_female", "respondents",
    ],
    "sections": ["document_id", "section_no", "parent_no", "level", "heading"],
    "speakers": ["document_id", "honorific", "name", "role", "organization"],
    "qa_pairs": ["document_id", "question", "answer"],
    "feedback_counts": ["document_id", "question", "label", "count"],
}
GOLD_MD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "GOLD.md"


@pytest.fixture
def con():
    connection = store.connect(":memory:")
    yield connection
    connection.close()


def columns(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, tuple[str, str]]:
    """column name -> (data type, is_nullable) as DuckDB reports them."""
    rows = con.execute(
        "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = ?",
        [table],
    ).fetchall()
    return {name: (data_type, nullable) for name, data_type, nullable in rows}


def test_every_model_field_is_a_column(con) -> None:
    documents = columns(con, "documents")
    for name in [*Provenance.model_fields, *DocumentMeta.model_fields]:
        if name != "sha256":  # stored as document_id
            assert name in documents
    for table, model in store.CHILD_TABLES.items():
        assert set(columns(con, table)) == {"document_id", *model.model_fields}
    assert set(columns(con, "files")) == set(store.FileRecord.model_fields)


def test_child_tables_follow_the_document_model() -> None:
    assert set(store.CHILD_TABLES) == {"sections", "speakers", "qa_pairs", "feedback_counts", "motions"}
    assert {store.ordinal_field(m) for m in store.CHILD_TABLES.values()} == {
        "section_no", "speaker_no", "qa_no", "feedback_no", "motion_no",
    }


def test_types_and_nullability_come_from_annotations(con) -> None:
    documents = columns(con, "documents")
    assert documents["meeting_date"] == ("DATE", "YES")
    assert documents["participants_total"] == ("BIGINT", "YES")
    assert documents["file_name"] == ("VARCHAR", "NO")
    assert documents["loaded_at"][0] == "TIMESTAMP"
    speakers = columns(con, "speakers")
    assert speakers["section_nos"] == ("BIGINT[]", "NO")
    assert speakers["role"] == ("VARCHAR", "YES")
    assert columns(con, "sections")["kind"] == ("VARCHAR", "NO")
    assert columns(con, "feedback_counts")["count"] == ("BIGINT", "NO")


def test_unsupported_annotation_fails_loudly() -> None:
    with pytest.raises(TypeError, match="no DuckDB type"):
        store.sql_type(dict)


def test_gold_contract_columns_exist(con) -> None:
    for table, names in GOLD_COLUMNS.items():
        assert set(names) <= set(columns(con, table)), table
    assert columns(con, "documents")["meeting_date"][0] == "DATE"


@pytest.mark.skipif(not GOLD_MD.is_file(), reason="shared eval folder not present")
def test_gold_md_columns_exist(con) -> None:
    rows = re.findall(r"^\| `(\w+)` \| (.+) \|$", GOLD_MD.read_text(), flags=re.MULTILINE)
    assert rows
    for table, cells in rows:
        for name in re.findall(r"`(\w+)`", cells):
            assert name in columns(con, table), f"{table}.{name}"


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


def test_schema_mismatch_is_refused(tmp_path) -> None:
    db = tmp_path / "old.duckdb"
    with duckdb.connect(str(db)) as raw:
        raw.execute("CREATE TABLE documents (document_id VARCHAR PRIMARY KEY, name VARCHAR)")
    with pytest.raises(store.StoreError, match="another version"):
        store.connect(db)


def test_connect_creates_file_and_is_reopenable(tmp_path, document_factory) -> None:
    db = tmp_path / "m.duckdb"
    with store.connect(db) as con:
        store.load_document(con, document_factory())
    with store.connect(db) as con:
        assert store.table_counts(con)["documents"] == 1


def test_read_only_connection_refuses_writes(tmp_path) -> None:
    db = tmp_path / "m.duckdb"
    store.connect(db).close()
    with store.connect_read_only(db) as con:
        with pytest.raises(duckdb.Error):
            con.execute("DROP TABLE documents")


def test_read_only_connect_to_missing_file_is_clear(tmp_path) -> None:
    with pytest.raises(store.StoreError, match="does not exist"):
        store.connect_read_only(tmp_path / "missing.duckdb")


def test_db_path_resolution(monkeypatch) -> None:
    monkeypatch.delenv(store.DB_ENV_VAR, raising=False)
    assert store.resolve_db_path(None) == "minutes.duckdb"
    monkeypatch.setenv(store.DB_ENV_VAR, "/data/env.duckdb")
    assert store.resolve_db_path(None) == "/data/env.duckdb"
    assert store.resolve_db_path("cli.duckdb") == "cli.duckdb"


def test_schema_sql_matches_the_created_tables(con) -> None:
    sql = store.schema_sql()
    for table in store.TABLES:
        assert f"CREATE TABLE IF NOT EXISTS {table} (" in sql
