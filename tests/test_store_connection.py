"""pipeline/store/connection.py: which database, opening it for writing or read-only, and refusing another schema."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
import pytest

from pipeline import store


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


# A DuckDB 1.x release (the duckdb CLI and the drivers of DBeaver and R are 1.x), installed once
# into a cache that outlives the test session (about 8 s from the registry the first time).
DUCKDB_1X = "1.5.2"


CACHE = Path(tempfile.gettempdir()) / ".cache" / "minutes-tests" / f"duckdb-{DUCKDB_1X}"


COUNT_IN_1X = """
import sys, duckdb
assert duckdb.__version__ == sys.argv[2], duckdb.__version__
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("SELECT count(*) FROM documents").fetchone()[0])
print(con.execute("SELECT count(*) FROM speakers").fetchone()[0])
print(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_type = 'VIEW'").fetchone()[0])
"""


@pytest.fixture(scope="session")
def duckdb_1x() -> Path:
    """A folder holding duckdb==DUCKDB_1X, to put on PYTHONPATH."""
    if not (CACHE / "duckdb").is_dir():
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=f"duckdb-{DUCKDB_1X}-", dir=CACHE.parent))
        result = subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(partial),
             f"duckdb=={DUCKDB_1X}"],
            capture_output=True, text=True, check=False, timeout=300,
        )
        assert result.returncode == 0, f"cannot install duckdb=={DUCKDB_1X}: {result.stderr[-500:]}"
        if not (CACHE / "duckdb").is_dir():  # another session may have won the race
            shutil.rmtree(CACHE, ignore_errors=True)
            partial.rename(CACHE)
    return CACHE


def test_a_duckdb_1x_client_opens_the_database(samples_db, duckdb_1x):
    with store.connect_read_only(samples_db) as con:
        documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        speakers = con.execute("SELECT count(*) FROM speakers").fetchone()[0]
        views = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_type = 'VIEW'").fetchone()[0]
    env = dict(os.environ, PYTHONPATH=str(duckdb_1x))
    result = subprocess.run([sys.executable, "-c", COUNT_IN_1X, str(samples_db), DUCKDB_1X],
                            capture_output=True, text=True, env=env, check=False, timeout=60)
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.split() == [str(documents), str(speakers), str(views)]
    assert documents > 0 and views > 0
