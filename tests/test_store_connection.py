"""pipeline/store/connection.py: which database, opening it for writing or read-only, and refusing another schema."""

from __future__ import annotations

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


