"""DDL from the models: tables derived from the pydantic models in `schemas/`.

The column lists are never written by hand: `model_columns` reads each model's fields
and maps their annotations to DuckDB types, so a field added to a schema becomes a
column here without touching this module.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from pipeline.corrections import CORRECTION_KEY, Correction
from schemas import DocumentMeta, ParsedDocument, Provenance

FileStatus = Literal["loaded", "skipped", "failed"]

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


