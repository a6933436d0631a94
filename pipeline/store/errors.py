"""The store's errors, and the one-line form of a DuckDB error."""

from __future__ import annotations

from pipeline.errors import MinutesError


class StoreError(MinutesError):
    """The database cannot be opened or does not have the expected tables."""


class DatabaseBusy(StoreError):
    """Another process holds the database (an ingest writing, or a reader blocking a writer)."""



def error_line(exc: BaseException) -> str:
    """The first line of an error's message (DuckDB's messages can run to many lines)."""
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


