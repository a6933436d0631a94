"""The analyst's commands of `minutes`: correct, corrections, search, tables, schema.

Kept apart from pipeline/cli.py (which only registers them) so each stays small; they report
errors the same way (a MinutesError becomes one line on stderr, exit status 2).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline import store
from pipeline.corrections import DOCUMENT_FIELDS, Correction, add_correction, list_corrections
from pipeline.errors import MinutesError

EXIT_OK = 0


class UsageError(MinutesError):
    """A command given the wrong arguments, said in one line."""


# --------------------------------------------------------------------------- correct, corrections


def _pair(text: str, option: str) -> tuple[str, str]:
    """'OLD=NEW' -> ('OLD', 'NEW')."""
    left, sep, right = text.partition("=")
    if not sep or not left.strip():
        raise UsageError(f"{option} takes OLD=NEW, not {text!r}")
    return left.strip(), right.strip()


def requested_corrections(args: argparse.Namespace, document_id: str) -> list[Correction]:
    """The corrections `minutes correct` was asked for, in the order of the options' kinds."""
    now = store.utcnow()

    def make(record: str, key: str, action: str, value: str | None) -> Correction:
        return Correction(document_id=document_id, record=record, key=key, action=action, value=value,
                          note=args.note, created_at=now)

    wanted = [make("document", field, "set", value) for field, value in (_pair(i, "--set") for i in args.set)]
    wanted += [make("speaker", old, "rename", new) for old, new in (_pair(i, "--rename-speaker") for i in args.rename)]
    wanted += [make("speaker", name.strip(), "drop", None) for name in args.drop]
    wanted += [make("speaker", name, "merge", into) for name, into in (_pair(i, "--merge-speaker") for i in args.merge)]
    return wanted


def cmd_correct(args: argparse.Namespace) -> int:
    from pipeline.show import find_document
    from pipeline.tabular import format_table

    if args.list:
        return _print_corrections(args)
    if not args.doc:
        raise UsageError("name the document to correct (or give --list)")
    db = _existing_db(args.db)
    con = store.connect(db, wait=args.wait)
    try:
        document_id = find_document(con, args.doc)
        wanted = requested_corrections(args, document_id)
        if not wanted:
            raise UsageError("nothing to correct: give --set, --rename-speaker, --drop-speaker or --merge-speaker")
        with store.transaction(con):  # all or nothing
            stored = [add_correction(con, correction) for correction in wanted]
    finally:
        con.close()
    print(format_table(["document", "record", "key", "action", "value", "status"],
                       [[c.document_id[:12], c.record, c.key, c.action, c.value, c.status] for c in stored]))
    return EXIT_OK


def _print_corrections(args: argparse.Namespace) -> int:
    from pipeline.show import find_document
    from pipeline.tabular import format_table

    con = store.connect_read_only(args.db, wait=args.wait)
    try:
        ids = [find_document(con, args.doc)] if args.doc else None
        rows = list_corrections(con, ids)
        names = dict(con.execute("SELECT document_id, file_name FROM documents").fetchall())
    finally:
        con.close()
    print(format_table(
        ["file_name", "record", "key", "action", "value", "status", "note", "created_at"],
        [[names.get(c.document_id, c.document_id[:12]), c.record, c.key, c.action, c.value, c.status, c.note,
          c.created_at.replace(microsecond=0)] for c in rows],
    ))
    return EXIT_OK


def _existing_db(db: str | None) -> str:
    path = store.resolve_db_path(db)
    if not Path(path).is_file():
        raise store.StoreError(f"database {path} does not exist: run `minutes ingest` first or pass --db")
    return path


# --------------------------------------------------------------------------- search


def cmd_search(args: argparse.Namespace) -> int:
    from pipeline.cli import WRITERS
    from pipeline.search import search

    words = " ".join(args.words)
    con = store.connect_read_only(args.db, wait=args.wait)
    try:
        hits = search(con, words, limit=args.limit)
    finally:
        con.close()
    columns = ["score", "file_name", "page", "kind", "heading", "snippet"]
    rows = [[hit.score, hit.passage.file_name, hit.passage.pages, f"{hit.passage.kind} {hit.passage.number}",
             hit.passage.heading, hit.snippet] for hit in hits]
    if args.format == "table":
        _print_hits(columns, rows)
    else:
        WRITERS[args.format](columns, [rows], 0, True)  # one batch, every row
    return EXIT_OK


def _print_hits(columns: list[str], rows: list[list[Any]]) -> None:
    """Snippets are too long for a table cell: one block per hit."""
    if not rows:
        print("no passage has these words")
    for n, (score, file_name, page, kind, heading, text) in enumerate(rows, 1):
        where = f"p. {page}" if "-" not in page else f"pp. {page}"
        print(f"{n}. {file_name}, {where}, {kind}{f' ({heading})' if heading else ''}  score {score}")
        print(f"   {text}")


# --------------------------------------------------------------------------- tables, schema

# One line per table (the views describe themselves in pipeline/store/views.py's docstring).
TABLE_DESCRIPTIONS = {
    "documents": "one row per document: provenance and the meeting's metadata",
    "sections": "the section tree: headings, bodies and pages",
    "speakers": "people who speak or present, per document",
    "qa_pairs": "questions and their answers, per document",
    "feedback_counts": "tallies of feedback forms and polls",
    "motions": "motions and resolutions: text, mover, seconder, outcome and votes",
    "files": "every file path ingest has seen, and what became of it",
    "corrections": "an archivist's fixes, applied after every load",
}


def relation_descriptions() -> dict[str, str]:
    """Every table and view of the database, with one line saying what it holds."""
    from pipeline.store import views as history

    described = dict(TABLE_DESCRIPTIONS)
    lines = (history.__doc__ or "").splitlines()
    for i, line in enumerate(lines):
        match = re.match(r"\s{4}(\w+)(?:\(\w+\))?\s{2,}(\S.*)", line)
        if match and match[1] in history.VIEW_NAMES:
            text = match[2]
            for more in lines[i + 1:]:  # a description may go on, indented, on the next lines
                if not re.match(r"\s{20,}\S", more):
                    break
                text += " " + more.strip()
            described[match[1]] = text
    return {name: described.get(name, "") for name in [*store.TABLES, *history.VIEW_NAMES]}


def cmd_tables(args: argparse.Namespace) -> int:
    from pipeline.tabular import format_table

    con = store.connect_read_only(args.db, wait=args.wait)
    try:
        kinds = dict(con.execute(
            "SELECT table_name, CASE table_type WHEN 'VIEW' THEN 'view' ELSE 'table' END "
            "FROM information_schema.tables WHERE table_schema = current_schema()").fetchall())
        rows = [[name, kinds[name], con.execute(f"SELECT count(*) FROM {name}").fetchone()[0], text]
                for name, text in relation_descriptions().items() if name in kinds]
    finally:
        con.close()
    # Not format_table: it cuts cells at 60 characters, and the descriptions are the point here.
    table = format_table(["name", "kind", "rows"], [row[:3] for row in rows]).splitlines()
    width = max(len(line) for line in table[:-1])
    print(f"{table[0].ljust(width)}  description")
    print(f"{table[1].ljust(width)}  -----------")
    for line, row in zip(table[2:-1], rows, strict=True):
        print(f"{line.ljust(width)}  {row[3]}")
    print(table[-1])
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from pipeline.tabular import format_table

    described = relation_descriptions()
    if args.table and args.table not in described:
        raise UsageError(f"no table or view {args.table!r}: `minutes tables` lists them")
    con = store.connect_read_only(args.db, wait=args.wait)
    try:
        for name in [args.table] if args.table else list(described):
            columns = con.execute(
                "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position", [name]
            ).fetchall()
            if not columns:
                continue
            print(f"{name}: {described[name]}")
            print(format_table(["column", "type", "null"], [[c, t, n.lower()] for c, t, n in columns]))
            print()
    finally:
        con.close()
    return EXIT_OK


# --------------------------------------------------------------------------- registration


# One meaning of --wait for every command: how long to wait for a busy database.
DEFAULT_WAIT_SECONDS = store.DEFAULT_READ_WAIT_SECONDS
WAIT_HELP = (
    "if the database is busy (an ingest writing to it, or another process holding the file), keep trying "
    f"this long, then exit with status 3 (default: {DEFAULT_WAIT_SECONDS:g})"
)


def add_wait_option(command: argparse.ArgumentParser, wait_type: Callable[[str], Any]) -> None:
    """`--wait SECONDS`, the same for every command that opens the database."""
    command.add_argument("--wait", type=wait_type, default=DEFAULT_WAIT_SECONDS, metavar="SECONDS", help=WAIT_HELP)


def _db_options(command: argparse.ArgumentParser, db_help: str, wait_type: Callable[[str], Any]) -> None:
    command.add_argument("--db", metavar="FILE", help=db_help)
    add_wait_option(command, wait_type)


def add_commands(commands: Any, db_help: str, wait_type: Callable[[str], Any]) -> None:
    """Register this module's commands on `minutes`'s subparsers."""
    correct = commands.add_parser(
        "correct", help="record a correction to a document (kept across re-parses), or list them"
    )
    correct.add_argument("doc", nargs="?", metavar="DOC", help="a document_id prefix, a file name or a path")
    correct.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                         help=f"set a document field ({', '.join(DOCUMENT_FIELDS)}); an empty VALUE clears it")
    correct.add_argument("--rename-speaker", dest="rename", action="append", default=[], metavar="OLD=NEW",
                         help="rename a speaker (and the questions they asked or answered)")
    correct.add_argument("--drop-speaker", dest="drop", action="append", default=[], metavar="NAME",
                         help="drop a false speaker")
    correct.add_argument("--merge-speaker", dest="merge", action="append", default=[], metavar="NAME=INTO",
                         help="merge speaker NAME into INTO (the same person): sections and pages are combined")
    correct.add_argument("--note", metavar="TEXT", help="why: kept with the correction")
    correct.add_argument("--list", action="store_true", help="list the corrections (of DOC, or all) instead")
    _db_options(correct, db_help, wait_type)
    correct.set_defaults(handler=cmd_correct)

    corrections = commands.add_parser("corrections", help="list the stored corrections (same as correct --list)")
    corrections.add_argument("doc", nargs="?", metavar="DOC", help="only this document's")
    _db_options(corrections, db_help, wait_type)
    corrections.set_defaults(handler=_print_corrections)

    search = commands.add_parser("search", help="full-text search of section bodies, questions and answers")
    search.add_argument("words", nargs="+", metavar="WORD", help="what to look for (any of the words, ranked)")
    search.add_argument("--limit", type=int, default=10, metavar="N", help="at most N passages (default: 10)")
    search.add_argument("--format", choices=("table", "csv", "json"), default="table",
                        help="output format (default: table)")
    _db_options(search, db_help, wait_type)
    search.set_defaults(handler=cmd_search)

    tables = commands.add_parser("tables", help="list the tables and views, with row counts and what each holds")
    _db_options(tables, db_help, wait_type)
    tables.set_defaults(handler=cmd_tables)

    schema = commands.add_parser("schema", help="the columns of a table or view (or of all)")
    schema.add_argument("table", nargs="?", metavar="TABLE", help="a table or view (default: all)")
    _db_options(schema, db_help, wait_type)
    schema.set_defaults(handler=cmd_schema)

