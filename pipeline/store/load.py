"""Loading documents and files into the tables, one transaction per document, and the lookups ingest needs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import Enum
from typing import Any

import duckdb
from pydantic import BaseModel

from pipeline.corrections import apply_corrections
from pipeline.store import views as history
from pipeline.store.ddl import _PROVENANCE_EXCLUDE, CHILD_TABLES, TABLES, FileRecord, Table
from pipeline.store.errors import StoreError
from schemas import ParsedDocument


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables and the history views; refuse a database whose tables have other columns."""
    with transaction(con):
        for table in TABLES.values():
            con.execute(table.create_sql())
    for table in TABLES.values():
        found = [
            row[0]
            for row in con.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
                [table.name],
            ).fetchall()
        ]
        missing = table.column_names[len(found):]
        if missing and found == table.column_names[: len(found)] and _all_nullable(table, missing):
            _add_columns(con, table, missing)  # a database made before these columns were added
        elif found != table.column_names:
            raise StoreError(
                f"table {table.name} has columns {found}, expected {table.column_names}: "
                "the database was made by another version; ingest into a new file"
            )
    _ensure_history_views(con)


def _all_nullable(table: Table, names: Sequence[str]) -> bool:
    return all(column.nullable for column in table.columns if column.name in names)


def _add_columns(con: duckdb.DuckDBPyConnection, table: Table, names: Sequence[str]) -> None:
    """Add columns at the end of a table, NULL in the existing rows (DuckDB adds no CHECK to an existing table)."""
    with transaction(con):
        for column in table.columns:
            if column.name in names:
                con.execute(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {column.sql_type}")


def _ensure_history_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the views of pipeline/store/views.py, only when their SQL changed since the last time."""
    try:
        installed = con.execute(f"SELECT {history.VERSION_MACRO}()").fetchone()[0]
    except duckdb.Error:  # a database made before the views, or a new one
        installed = None
    if installed == history.VERSION:
        return
    with transaction(con):
        for statement in [*history.statements(), history.version_statement()]:
            con.execute(statement)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN ... COMMIT, or ROLLBACK on any error."""
    con.begin()
    try:
        yield con
    except BaseException:
        con.rollback()
        raise
    con.commit()




def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _value(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def document_row(doc: ParsedDocument, loaded_at: dt.datetime | None = None) -> dict[str, Any]:
    """The `documents` row of a parsed document, keyed by column name."""
    row: dict[str, Any] = {"document_id": doc.document_id}
    row.update({k: v for k, v in dict(doc.provenance).items() if k not in _PROVENANCE_EXCLUDE})
    row.update(dict(doc.meta))
    row["loaded_at"] = loaded_at or utcnow()
    return row


def child_rows(doc: ParsedDocument, table: str) -> list[dict[str, Any]]:
    """Rows of one child table (`sections`, ...) for a document."""
    records: list[BaseModel] = getattr(doc, table)
    return [{"document_id": doc.document_id, **dict(record)} for record in records]


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Bulk insert: one statement, each column passed as a typed list and unnested.

    Much faster than executemany (one round trip for all rows), and the explicit casts
    keep DuckDB from guessing a type from, say, a column that is NULL in every row.
    """
    if not rows:
        return
    spec = TABLES[table]
    names = ", ".join(spec.column_names)
    selects = ", ".join(f"unnest(?::{column.sql_type}[])" for column in spec.columns)
    params = [[_value(row[column.name]) for row in rows] for column in spec.columns]
    con.execute(f"INSERT INTO {table} ({names}) SELECT {selects}", params)


def _delete_document_rows(con: duckdb.DuckDBPyConnection, document_id: str) -> None:
    # Children first: they belong to the document row.
    for table in [*CHILD_TABLES, "documents"]:
        con.execute(f"DELETE FROM {table} WHERE document_id = ?", [document_id])


def load_document(
    con: duckdb.DuckDBPyConnection,
    doc: ParsedDocument,
    file_records: Sequence[FileRecord] = (),
    replaces: Sequence[str] = (),
) -> None:
    """Replace every row of `doc` (and record `file_records`) in one transaction.

    Delete-then-insert makes loading idempotent: loading the same document twice leaves
    the same rows, and a crash in the middle leaves the earlier version intact.
    `replaces`: documents these files held before (an older version of their bytes),
    deleted in the same transaction unless another file still points at them.
    """
    load_documents(con, [doc], file_records, replaces)


def load_documents(
    con: duckdb.DuckDBPyConnection,
    docs: Sequence[ParsedDocument],
    file_records: Sequence[FileRecord] = (),
    replaces: Sequence[str] = (),
) -> None:
    """load_document for several documents at once: one transaction, one statement per table.

    Each document is still whole or absent; if any row is rejected, nothing of the batch is
    written (the caller can then load the documents one by one to find the culprit).
    """
    ids = [doc.document_id for doc in docs]
    with transaction(con):
        for table in [*CHILD_TABLES, "documents"]:  # children first: they belong to the document row
            con.execute(f"DELETE FROM {table} WHERE list_contains(?, document_id)", [ids])
        loaded_at = utcnow()
        insert_rows(con, "documents", [document_row(doc, loaded_at) for doc in docs])
        for table in CHILD_TABLES:
            insert_rows(con, table, [row for doc in docs for row in child_rows(doc, table)])
        apply_corrections(con, ids)  # after every load: a re-parse keeps the archivist's fixes
        _upsert_files(con, file_records)
        _delete_unreferenced(con, [r for r in replaces if r not in set(ids)])


def record_files(
    con: duckdb.DuckDBPyConnection, file_records: Sequence[FileRecord], replaces: Sequence[str] = ()
) -> None:
    """Insert or replace `files` rows in one transaction (and drop the documents they replace)."""
    with transaction(con):
        _upsert_files(con, file_records)
        _delete_unreferenced(con, replaces)


def move_document(con: duckdb.DuckDBPyConnection, document_id: str, record: FileRecord, old_path: str) -> None:
    """A loaded file now lives at `record.path`: point its document there and forget the old path."""
    with transaction(con):
        con.execute(
            "UPDATE documents SET path = ?, file_name = ? WHERE document_id = ?",
            [record.path, record.file_name, document_id],
        )
        con.execute("DELETE FROM files WHERE path = ? AND document_id = ?", [old_path, document_id])
        _upsert_files(con, [record])


def _upsert_files(con: duckdb.DuckDBPyConnection, file_records: Sequence[FileRecord]) -> None:
    # Delete-then-insert rather than ON CONFLICT: DuckDB silently keeps the first of two rows
    # with the same key in one INSERT ... ON CONFLICT statement. Last record per path wins here.
    by_path = {record.path: record for record in file_records}
    if by_path:
        con.execute("DELETE FROM files WHERE list_contains(?, path)", [list(by_path)])
    rows = [dict(record, last_run_action=record.last_run_action or record.status) for record in by_path.values()]
    insert_rows(con, "files", rows)


def _delete_unreferenced(con: duckdb.DuckDBPyConnection, document_ids: Sequence[str]) -> list[str]:
    deleted = []
    for document_id in dict.fromkeys(document_ids):
        referenced = con.execute("SELECT count(*) FROM files WHERE document_id = ?", [document_id]).fetchone()[0]
        if not referenced:
            _delete_document_rows(con, document_id)
            deleted.append(document_id)
    return deleted


def delete_documents_if_unreferenced(
    con: duckdb.DuckDBPyConnection, document_ids: Sequence[str]
) -> list[str]:
    """Delete documents no `files` row points at any more (a file's older version); return their ids."""
    with transaction(con):
        return _delete_unreferenced(con, document_ids)


# --------------------------------------------------------------------------- lookups


def is_loaded(con: duckdb.DuckDBPyConnection, sha256: str, parser_version: str) -> bool:
    """True when the document with these bytes was loaded by this parser version."""
    return sha256 in loaded_documents(con, [sha256], parser_version)


def loaded_documents(con: duckdb.DuckDBPyConnection, document_ids: Sequence[str], parser_version: str) -> set[str]:
    """The ones among `document_ids` loaded by this parser version (one query for any number)."""
    rows = con.execute(
        "SELECT document_id FROM documents WHERE list_contains(?, document_id) AND parser_version = ?",
        [list(document_ids), parser_version],
    ).fetchall()
    return {document_id for (document_id,) in rows}


def document_paths(con: duckdb.DuckDBPyConnection, document_ids: Sequence[str]) -> dict[str, str]:
    """document_id -> the path it was loaded from."""
    rows = con.execute(
        "SELECT document_id, path FROM documents WHERE list_contains(?, document_id)", [list(document_ids)]
    ).fetchall()
    return dict(rows)


def file_records(con: duckdb.DuckDBPyConnection, paths: Sequence[str] | None = None) -> dict[str, FileRecord]:
    """The `files` rows, by path (all of them, or only those for `paths`)."""
    names = TABLES["files"].column_names
    select = f"SELECT {', '.join(names)} FROM files"
    if paths is None:
        result = con.execute(select)
    else:
        result = con.execute(f"{select} WHERE list_contains(?, path)", [list(paths)])
    records = [FileRecord(**dict(zip(names, row, strict=True))) for row in result.fetchall()]
    return {record.path: record for record in records}


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row count of every table."""
    return {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in TABLES}


