"""The ingest lock: one `minutes ingest` at a time per database."""

from __future__ import annotations

import fcntl
import os
import threading
import time
from typing import Any

from pipeline.store.errors import DatabaseBusy, StoreError

_RETRY_PAUSE_SECONDS = 0.2  # between two tries of a lock held by another process

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


