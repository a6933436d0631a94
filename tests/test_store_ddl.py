"""pipeline/store/ddl.py: tables and columns derived from the schemas, the DDL as text."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from pipeline import store
from schemas import DocumentMeta, Provenance

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



def test_schema_sql_matches_the_created_tables(con) -> None:
    sql = store.schema_sql()
    for table in store.TABLES:
        assert f"CREATE TABLE IF NOT EXISTS {table} (" in sql
