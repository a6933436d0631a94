"""How `minutes query` (and the analyst's commands) print rows: an aligned table, CSV, JSON or one JSON
object per line, a batch at a time, every cell escaped for the terminal."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from pipeline.display import shown

MAX_CELL_CHARS = 60


def _cell_text(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    # Newlines and tabs would break the alignment; leading spaces (indentation) are kept; other
    # control characters (ESC sequences) and bidi overrides are shown escaped, never sent raw.
    text = shown(re.sub(r"[ \t]*[\r\n\t]+[ \t]*", " ", str(value)))
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """An aligned plain-text table: numbers right-aligned, long text cut at MAX_CELL_CHARS."""
    cells = [[_cell_text(value) for value in row] for row in rows]
    widths = [max([len(shown(name)), *(len(row[i]) for row in cells)]) for i, name in enumerate(columns)]
    right = [
        bool(rows) and all(_is_number(row[i]) or row[i] is None for row in rows) for i in range(len(columns))
    ]

    def line(values: Sequence[str]) -> str:
        padded = [v.rjust(w) if r else v.ljust(w) for v, w, r in zip(values, widths, right, strict=True)]
        return "  ".join(padded).rstrip()

    out = [line([shown(name) for name in columns]), "  ".join("-" * w for w in widths)]
    out += [line(row) for row in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


Batches = Iterable[Sequence[Sequence[Any]]]


def _write_table(columns: Sequence[str], batches: Batches, max_rows: int, headers: bool = True) -> None:
    """At most `max_rows` rows (0: all), and a note when the result had more; rows only without `headers`."""
    rows: list[Sequence[Any]] = []
    for batch in batches:
        rows.extend(batch)
        if max_rows and len(rows) > max_rows:
            break
    cut = bool(max_rows) and len(rows) > max_rows
    text = format_table(columns, rows[:max_rows] if cut else rows)
    print(text if headers else "\n".join(text.splitlines()[2:-1]))  # no header, rule or row count
    if cut:
        print(f"(cut at --max-rows {max_rows}: the result has more rows; use --format csv or json for all of them)")


def csv_cell(value: Any) -> Any:
    """NULL as an empty cell; a list or struct as JSON (`["a", "b"]`), never a Python repr."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _write_csv(columns: Sequence[str], batches: Batches, max_rows: int, headers: bool = True) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    if headers:
        writer.writerow(columns)
    for batch in batches:
        writer.writerows([[csv_cell(v) for v in row] for row in batch])


def _write_json(columns: Sequence[str], batches: Batches, max_rows: int, headers: bool = True) -> None:
    """The array json.dumps(records, indent=2) would print, written a record at a time."""
    separator = "[\n"
    for batch in batches:
        for row in batch:
            record = json.dumps(dict(zip(columns, row, strict=True)), indent=2, ensure_ascii=False, default=str)
            sys.stdout.write(separator + "  " + record.replace("\n", "\n  "))
            separator = ",\n"
    print("[]" if separator == "[\n" else "\n]")


def _write_nl(columns: Sequence[str], batches: Batches, max_rows: int, headers: bool = True) -> None:
    for batch in batches:
        for row in batch:
            print(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=str))


WRITERS: dict[str, Callable[[Sequence[str], Batches, int, bool], None]] = {
    "table": _write_table,
    "csv": _write_csv,
    "json": _write_json,
    "nl": _write_nl,
}

