"""DuckDB storage: tables derived from the pydantic models in `schemas/`, one transaction per document.

The column lists are never written by hand (`ddl.py` reads each model's fields), so a field
added to a schema becomes a column without touching this package.

    documents        document_id + Provenance (without sha256, which *is* document_id)
                     + DocumentMeta, flattened + loaded_at
    sections, speakers, qa_pairs, feedback_counts, motions
                     document_id + the record's fields; key (document_id, <record>_no)
    files            one row per file path ingest has seen, whatever became of it
    corrections      an archivist's fixes, applied after every load (pipeline/corrections.py)

The views across workshops (people, topics, feedback, attendance, decisions, Q&A search) are defined
in `views.py` and created with the tables.

Modules, in the order a document meets them: `connection` (which database, opening it), `lock` (the
ingest lock), `ddl` (tables from the models), `load` (schema check, rows, lookups), `views` (history
views), `export`; `errors` holds the errors. Callers use this package's names, listed in `__all__`.
"""


from pipeline.store import views
from pipeline.store.connection import (
    DB_ENV_VAR,
    DEFAULT_DB,
    DEFAULT_READ_WAIT_SECONDS,
    DEFAULT_WRITE_WAIT_SECONDS,
    STORAGE_VERSION,
    absolute_db_path,
    busy_message,
    connect,
    connect_read_only,
    is_lock_conflict,
    resolve_db_path,
)
from pipeline.store.ddl import (
    CHILD_TABLES,
    TABLES,
    Column,
    FileRecord,
    FileStatus,
    Table,
    model_columns,
    ordinal_field,
    schema_sql,
    sql_type,
)
from pipeline.store.errors import (
    DatabaseBusy,
    StoreError,
    error_line,
)
from pipeline.store.export import (
    EXPORT_FORMATS,
    export,
    export_paths,
)
from pipeline.store.load import (
    child_rows,
    delete_documents_if_unreferenced,
    document_paths,
    document_row,
    ensure_schema,
    file_records,
    insert_rows,
    is_loaded,
    load_document,
    load_documents,
    loaded_documents,
    move_document,
    record_files,
    table_counts,
    transaction,
    utcnow,
)
from pipeline.store.lock import (
    LOCK_SUFFIX,
    IngestLock,
    NotOurLockFile,
    ingest_lock_holder,
    lock_path,
)

__all__ = [
    "CHILD_TABLES",
    "Column",
    "DB_ENV_VAR",
    "DEFAULT_DB",
    "DEFAULT_READ_WAIT_SECONDS",
    "DEFAULT_WRITE_WAIT_SECONDS",
    "DatabaseBusy",
    "EXPORT_FORMATS",
    "FileRecord",
    "FileStatus",
    "IngestLock",
    "LOCK_SUFFIX",
    "NotOurLockFile",
    "STORAGE_VERSION",
    "StoreError",
    "TABLES",
    "Table",
    "absolute_db_path",
    "busy_message",
    "child_rows",
    "connect",
    "connect_read_only",
    "delete_documents_if_unreferenced",
    "document_paths",
    "document_row",
    "ensure_schema",
    "error_line",
    "export",
    "export_paths",
    "file_records",
    "ingest_lock_holder",
    "insert_rows",
    "is_loaded",
    "is_lock_conflict",
    "load_document",
    "load_documents",
    "loaded_documents",
    "lock_path",
    "model_columns",
    "move_document",
    "ordinal_field",
    "record_files",
    "resolve_db_path",
    "schema_sql",
    "sql_type",
    "table_counts",
    "transaction",
    "utcnow",
    "views",
]
