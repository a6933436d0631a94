"""DuckDB storage: tables derived from the pydantic models in `schemas/`, one transaction per document.

The column lists are never written by hand: `table_columns` reads each model's fields
and maps their annotations to DuckDB types, so a field added to a schema becomes a
column here without touching this module.

    documents        document_id + Provenance (without sha256, which *is* document_id)
                     + DocumentMeta, flattened + loaded_at
    sections, speakers, qa_pairs, feedback_counts, motions
                     document_id + the record's fields; key (document_id, <record>_no)
    files            one row per file path ingest has seen, whatever became of it
    corrections      an archivist's fixes, applied after every load (pipeline/corrections.py)

The views across workshops (people, topics, feedback, attendance, decisions, Q&A search) are defined
in `pipeline/history.py` and created here with the tables.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import re
import threading
import time
import types
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import duckdb
from pydantic import BaseModel

from pipeline import history
from pipeline.corrections import CORRECTION_KEY, Correction, apply_corrections
from pipeline.errors import MinutesError
from schemas import DocumentMeta, ParsedDocument, Provenance

DEFAULT_DB = "minutes.duckdb"
DB_ENV_VAR = "MINUTES_DB"

FileStatus = Literal["loaded", "skipped", "failed"]


class StoreError(MinutesError):
    """The database cannot be opened or does not have the expected tables."""


class DatabaseBusy(StoreError):
    """Another process holds the database (an ingest writing, or a reader blocking a writer)."""


class FileRecord(BaseModel):
    """What ingest knows about one file path: the `files` table, so every file is accounted for."""

    path: str  # absolute path, the key
    file_name: str
    size_bytes: int | None = None
    mtime: dt.datetime | None = None  # UTC, naive
    sha256: str | None = None  # None when the file could not even be read
    status: FileStatus  # what is true of the file: its document is loaded, it is skipped, it failed
    reason: str | None = None  # why it was skipped or failed (for a loaded file the latest run left alone: why)
    document_id: str | None = None  # the document these bytes produced, when loaded or skipped
    last_seen_at: dt.datetime  # UTC, naive
    parser_version: str
    # What the latest run did with it (a loaded file left alone is 'skipped'); None: as `status`.
    last_run_action: FileStatus | None = None


# --------------------------------------------------------------------------- DDL from models


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    nullable: bool
    allowed: tuple[str, ...] = ()  # enum/literal values, enforced with a CHECK

    def ddl(self) -> str:
        text = f"{self.name} {self.sql_type}" + ("" if self.nullable else " NOT NULL")
        if self.allowed:
            values = ", ".join("'" + value.replace("'", "''") + "'" for value in self.allowed)
            text += f" CHECK ({self.name} IN ({values}))"
        return text


_SCALAR_TYPES: dict[type, str] = {
    bool: "BOOLEAN",  # before int: bool is a subclass of int
    int: "BIGINT",
    float: "DOUBLE",
    str: "VARCHAR",
    dt.datetime: "TIMESTAMP",  # before date: datetime is a subclass of date
    dt.date: "DATE",
}


def _strip_annotated(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def _split_optional(annotation: Any) -> tuple[Any, bool]:
    """`X | None` -> (X, True); anything else -> (annotation, False)."""
    annotation = _strip_annotated(annotation)
    if get_origin(annotation) in (Union, types.UnionType):
        args = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(args) == 1 and len(args) < len(get_args(annotation)):
            return _strip_annotated(args[0]), True
    return annotation, False


def sql_type(annotation: Any) -> tuple[str, tuple[str, ...]]:
    """DuckDB type of a (non-optional) annotation, plus its allowed values for enums and literals."""
    annotation = _strip_annotated(annotation)
    origin = get_origin(annotation)
    if origin is list:
        (item,) = get_args(annotation)
        item_type, _ = sql_type(item)
        return f"{item_type}[]", ()
    if origin is Literal:
        return "VARCHAR", tuple(str(value) for value in get_args(annotation))
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "VARCHAR", tuple(str(member.value) for member in annotation)
    for python_type, name in _SCALAR_TYPES.items():
        if isinstance(annotation, type) and issubclass(annotation, python_type):
            return name, ()
    raise TypeError(f"no DuckDB type for annotation {annotation!r}: extend store._SCALAR_TYPES")


def model_columns(model: type[BaseModel], exclude: Sequence[str] = ()) -> list[Column]:
    """One column per field of `model`, in declaration order."""
    columns = []
    for name, field in model.model_fields.items():
        if name in exclude:
            continue
        inner, nullable = _split_optional(field.annotation)
        type_name, allowed = sql_type(inner)
        columns.append(Column(name, type_name, nullable, allowed))
    return columns


def _child_tables() -> dict[str, type[BaseModel]]:
    """The list-of-record fields of ParsedDocument: each becomes a table named after the field."""
    tables = {}
    for name, field in ParsedDocument.model_fields.items():
        annotation = _strip_annotated(field.annotation)
        if get_origin(annotation) is list:
            (item,) = get_args(annotation)
            item = _strip_annotated(item)
            if isinstance(item, type) and issubclass(item, BaseModel):
                tables[name] = item
    return tables


CHILD_TABLES: dict[str, type[BaseModel]] = _child_tables()

_DOCUMENT_ID = Column("document_id", "VARCHAR", nullable=False)
_LOADED_AT = Column("loaded_at", "TIMESTAMP", nullable=False)
# Provenance.sha256 is not stored twice: the schema guarantees document_id == provenance.sha256.
_PROVENANCE_EXCLUDE = ("sha256",)


def ordinal_field(model: type[BaseModel]) -> str:
    """A record's key within its document: by convention its first field, `<record>_no`."""
    first = next(iter(model.model_fields))
    if not first.endswith("_no"):
        raise TypeError(f"{model.__name__}: first field {first!r} is not an ordinal (*_no)")
    return first


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]

    def create_sql(self) -> str:
        lines = [column.ddl() for column in self.columns]
        lines.append(f"PRIMARY KEY ({', '.join(self.primary_key)})")
        body = ",\n    ".join(lines)
        return f"CREATE TABLE IF NOT EXISTS {self.name} (\n    {body}\n)"


def _build_tables() -> dict[str, Table]:
    tables = {
        "documents": Table(
            "documents",
            (
                _DOCUMENT_ID,
                *model_columns(Provenance, exclude=_PROVENANCE_EXCLUDE),
                *model_columns(DocumentMeta),
                _LOADED_AT,
            ),
            ("document_id",),
        )
    }
    for name, model in CHILD_TABLES.items():
        key = ("document_id", ordinal_field(model))
        tables[name] = Table(name, (_DOCUMENT_ID, *model_columns(model)), key)
    tables["files"] = Table("files", tuple(model_columns(FileRecord)), ("path",))
    tables["corrections"] = Table("corrections", tuple(model_columns(Correction)), CORRECTION_KEY)
    return tables


TABLES: dict[str, Table] = _build_tables()


def schema_sql() -> str:
    """The whole DDL, as run by `ensure_schema` (also handy for the README)."""
    return ";\n\n".join(table.create_sql() for table in TABLES.values()) + ";\n"


# --------------------------------------------------------------------------- connections


def resolve_db_path(db: str | os.PathLike[str] | None = None) -> str:
    """`--db` wins, then $MINUTES_DB, then ./minutes.duckdb."""
    return str(db or os.environ.get(DB_ENV_VAR) or DEFAULT_DB)


def absolute_db_path(db: str | os.PathLike[str] | None = None) -> str:
    """`resolve_db_path`, absolute (":memory:" as it is): the path an ingest records and reports."""
    path = resolve_db_path(db)
    return path if path == ":memory:" else os.path.abspath(path)


# How long to wait for a lock held by another process before saying the database is busy.
DEFAULT_WRITE_WAIT_SECONDS = 60.0
DEFAULT_READ_WAIT_SECONDS = 10.0
_RETRY_PAUSE_SECONDS = 0.2


def connect(db: str | os.PathLike[str] | None = None, *, wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """A read-write connection with the schema in place. Hold it briefly: it locks the file.

    While another process has the file open (even read-only), DuckDB refuses; retry for up
    to `wait` seconds, then raise DatabaseBusy.
    """
    path = resolve_db_path(db)
    con = _open(path, read_only=False, wait=wait)
    try:
        ensure_schema(con)
    except BaseException:
        con.close()
        raise
    return con


def connect_read_only(
    db: str | os.PathLike[str] | None = None, *, wait: float = 0.0, write_files: bool = False
) -> duckdb.DuckDBPyConnection:
    """A read-only connection for queries; fails clearly when the file does not exist.

    No file outside the database can be read or written through it (unless `write_files`,
    for `minutes export`'s COPY ... TO), and no extension installed or loaded. While an
    ingest is writing, retry for up to `wait` seconds.
    """
    path = resolve_db_path(db)
    if path != ":memory:" and not Path(path).is_file():
        raise StoreError(f"database {path} does not exist: run `minutes ingest` first or pass --db")
    config = dict(_READ_ONLY_CONFIG, enable_external_access=write_files)
    return _open(path, read_only=True, wait=wait, config=config)


# The storage format of new database files: the one DuckDB 1.2 to 1.5 read (the duckdb CLI, DBeaver's
# driver, R's duckdb), not DuckDB 2's own, which 1.x clients refuse. A file already in another
# format keeps it (DuckDB ignores the setting for an existing file).
STORAGE_VERSION = "v1.2.0"
_WRITE_CONFIG = {"storage_compatibility_version": STORAGE_VERSION}

_READ_ONLY_CONFIG = {
    "enable_external_access": False,  # no COPY ... TO, ATTACH, read_csv('/etc/...'), httpfs
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
}


def _open(
    path: str, *, read_only: bool, wait: float, config: dict[str, Any] | None = None
) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + max(wait, 0.0)
    config = config or ({} if read_only else _WRITE_CONFIG)
    mode = "read-only" if read_only else "for writing"
    while True:
        try:
            return duckdb.connect(path, read_only=read_only, config=config)
        except duckdb.Error as exc:
            if not is_lock_conflict(exc):
                raise StoreError(f"cannot open database {path} {mode}: {error_line(exc)}") from exc
            if time.monotonic() >= deadline:
                raise DatabaseBusy(busy_message(path, exc)) from exc
        time.sleep(_RETRY_PAUSE_SECONDS)


def is_lock_conflict(exc: BaseException) -> bool:
    return "Could not set lock on file" in str(exc) or "Conflicting lock" in str(exc)


def busy_message(path: str, exc: BaseException | None = None) -> str:
    """Who holds the database, in words: `minutes ingest` (from the ingest lock file) or another process."""
    holder = re.search(r"PID (\d+)", str(exc)) if exc else None
    holder_pid = int(holder.group(1)) if holder else None
    ingest_pid = ingest_lock_holder(path)
    if ingest_pid is not None and holder_pid in (None, ingest_pid):
        who = f"`minutes ingest`{_pid_text(ingest_pid)}"
        return f"database busy: {who} is writing to {path}; try again when it has finished"
    who = f"another process (pid {holder_pid})" if holder_pid else "another process"
    return f"database busy: {who} has {path} open; try again when it has finished"


# --------------------------------------------------------------------------- the ingest lock


LOCK_SUFFIX = ".minutes-lock"  # a name no other tool uses: `--db poetry` must not touch poetry.lock


def lock_path(db: str) -> str:
    """The ingest lock file of `db`, beside the real file: a symlinked name shares it."""
    return os.path.realpath(db) + LOCK_SUFFIX


class NotOurLockFile(StoreError):
    """The lock file's name is taken by a file that is not a minutes lock: it is left untouched."""


class IngestLock:
    """One `minutes ingest` at a time per database: an exclusive flock on `<real db>.minutes-lock`,
    and one on the database file itself when it exists (a hard-linked name has another lock file,
    but the same file).

    The kernel drops the locks when the process ends, however it ends (even SIGKILL), so a
    stale lock cannot block the next run. The file holds the holder's pid, for messages; a file
    of that name holding anything else is not ours and is refused, never truncated.
    Re-entrant within a process (the CLI takes it before starting Prefect, the flow again).
    """

    _held: dict[str, tuple[Any, Any, int]] = {}  # lock path -> (lock file, db file, depth), this process
    _guard = threading.Lock()

    def __init__(self, db: str, wait: float = 0.0):
        self.db = db
        self.wait = wait
        self._key = lock_path(db) if db != ":memory:" else None

    def __enter__(self) -> IngestLock:
        if self._key is None:
            return self
        with self._guard:
            if self._key in self._held:
                handle, db_file, depth = self._held[self._key]
                self._held[self._key] = (handle, db_file, depth + 1)
                return self
        # Appending never truncates; a lock file that is not ours is refused before anything is written.
        handle = open(self._key, "a+")  # noqa: SIM115 - held until __exit__
        db_file = None
        try:
            # At least a moment: `ingest_lock_holder` takes a shared lock for an instant to look.
            deadline = time.monotonic() + max(self.wait, 1.0)
            self._flock_until(handle, deadline)
            _check_ours(handle, self._key)
            db_file = _open_existing(self.db)
            if db_file is not None:
                self._flock_until(db_file, deadline)
        except BaseException:
            for opened in (db_file, handle):
                if opened is not None:
                    opened.close()
            raise
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        with self._guard:
            self._held[self._key] = (handle, db_file, 1)
        return self

    def _flock_until(self, handle: Any, deadline: float) -> None:
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    pid = ingest_lock_holder(self.db)
                    raise DatabaseBusy(
                        f"database busy: `minutes ingest`{_pid_text(pid)} is already running on {self.db}; "
                        "try again when it has finished (or pass --wait SECONDS)"
                    ) from None
                time.sleep(_RETRY_PAUSE_SECONDS)

    def __exit__(self, *exc_info: object) -> None:
        if self._key is None:
            return
        with self._guard:
            handle, db_file, depth = self._held[self._key]
            if depth > 1:
                self._held[self._key] = (handle, db_file, depth - 1)
                return
            del self._held[self._key]
        handle.truncate(0)
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        handle.close()
        if db_file is not None:
            # After every connection of this run is closed: closing any descriptor of the file drops
            # this process's fcntl locks on it, DuckDB's included.
            db_file.close()


def _check_ours(handle: Any, path: str) -> None:
    """Refuse a lock file holding anything but a pid (or nothing): some other tool's file."""
    handle.seek(0)
    text = handle.read(64)
    if text.strip() and not text.strip().isdigit():
        raise NotOurLockFile(f"{path} exists and is not a minutes lock file: move it away, it is left as it is")


def _open_existing(db: str) -> Any:
    """The database file opened for reading, to flock it (a flock is on the file, whatever its name)."""
    try:
        return open(db, "rb")  # noqa: SIM115 - held until IngestLock.__exit__
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        return None


def _pid_text(pid: int | None) -> str:
    return f" (pid {pid})" if pid else ""


def ingest_lock_holder(db: str) -> int | None:
    """The pid of the `minutes ingest` holding `db`'s ingest lock, if one does."""
    try:
        with open(lock_path(db)) as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:  # held: the file names the holder
                text = handle.read().strip()
                return int(text) if text.isdigit() else 0  # held, pid not written yet
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
            return None
    except OSError:
        return None


def error_line(exc: BaseException) -> str:
    """The first line of an error's message (DuckDB's messages can run to many lines)."""
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


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
    """(Re)create the views of pipeline/history.py, only when their SQL changed since the last time."""
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


# --------------------------------------------------------------------------- rows


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _value(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def document_row(doc: ParsedDocument, loaded_at: dt.datetime | None = None) -> dict[str, Any]:
    """The `documents` row of a parsed document, keyed by column name."""
    row: dict[str, Any] = {"document_id": doc.document_id}
    row.update({k: v for k, v in dict(doc.provenance).items() if k not in _PROVENANCE_EXCLUDE})
    row.update(dict(doc.meta))
    row["loaded_at"] = loaded_at or _utcnow()
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
        loaded_at = _utcnow()
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


# --------------------------------------------------------------------------- export

EXPORT_FORMATS: dict[str, str] = {  # --format -> DuckDB's COPY options (JSON: one array per file)
    "parquet": "FORMAT parquet",
    "csv": "FORMAT csv, HEADER true",
    "json": "FORMAT json, ARRAY true",
}


def export_paths(out_dir: Path, fmt: str) -> list[Path]:
    """The files `export` writes: one per table and history view."""
    return [out_dir / f"{name}.{fmt}" for name in [*TABLES, *history.VIEW_NAMES]]


def export(con: duckdb.DuckDBPyConnection, out_dir: Path, fmt: str) -> dict[Path, int]:
    """Write every table and history view to `out_dir/<name>.<fmt>`; return each file's row count.

    `con` must allow writing files (`connect_read_only(..., write_files=True)`).
    """
    written = {}
    for target in export_paths(out_dir, fmt):
        name = target.name.removesuffix(f".{fmt}")
        literal = "'" + str(target).replace("'", "''") + "'"
        con.execute(f"COPY (SELECT * FROM {name}) TO {literal} ({EXPORT_FORMATS[fmt]})")
        written[target] = con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
    return written
