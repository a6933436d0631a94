"""pipeline/store/lock.py: the ingest lock is ours alone, refuses a file that is not a minutes lock,
and is shared by every name of the same database file (issue 14, items 3 and 6)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline import store


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "m.duckdb"
    store.connect(path).close()
    return path


def test_the_ingest_lock_is_ours_and_leaves_other_files_alone(tmp_path) -> None:
    poetry_lock = tmp_path / "poetry.lock"
    poetry_lock.write_text("# other people's lock file\n")
    with store.IngestLock(str(tmp_path / "poetry")):
        assert Path(store.lock_path(str(tmp_path / "poetry"))).name == "poetry.minutes-lock"
    assert poetry_lock.read_text() == "# other people's lock file\n"


def test_a_lock_file_that_is_not_ours_is_refused_untouched(tmp_path) -> None:
    taken = tmp_path / "m.duckdb.minutes-lock"
    taken.write_text("somebody's notes\n")
    with pytest.raises(store.NotOurLockFile, match="not a minutes lock file"):
        store.IngestLock(str(tmp_path / "m.duckdb")).__enter__()
    assert taken.read_text() == "somebody's notes\n"


def test_a_symlinked_or_hard_linked_name_shares_the_lock(tmp_path, db) -> None:
    symlink, hardlink = tmp_path / "link.duckdb", tmp_path / "hard.duckdb"
    symlink.symlink_to(db)
    os.link(db, hardlink)
    assert store.lock_path(str(symlink)) == store.lock_path(str(db))
    with store.IngestLock(str(db)):
        assert store.ingest_lock_holder(str(symlink)) == os.getpid()
        with pytest.raises(store.DatabaseBusy):
            store.IngestLock(str(hardlink)).__enter__()
