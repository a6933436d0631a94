"""Which database, and opening it for writing or read-only, waiting for a lock held by another process."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any

import duckdb

from pipeline.store.errors import DatabaseBusy, StoreError, error_line
from pipeline.store.load import ensure_schema
from pipeline.store.lock import _RETRY_PAUSE_SECONDS, _pid_text, ingest_lock_holder

DEFAULT_DB = "minutes.duckdb"
DB_ENV_VAR = "MINUTES_DB"




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


