"""`minutes export`: every table and history view to a file per table."""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline.store import views as history
from pipeline.store.ddl import TABLES

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
