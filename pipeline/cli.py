"""The `minutes` command: ingest PDFs into DuckDB, parse one PDF to JSON, query the database,
show one document as a tree, export every table and view to files, write an HTML report.

Exit status: 0 success, 1 `ingest` ran but some file failed, 2 an error (bad arguments,
unreadable PDF, unknown database, refused or failed SQL), 3 the database is busy (another
ingest is running, or another process holds the file) for longer than --wait SECONDS, which
means the same for every command. Errors are one line on stderr;
set MINUTES_DEBUG=1 to get the traceback as well.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import math
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The user's wait starts here (before the imports, which take seconds with Prefect's): the ingest
# summary reports the time from this moment, not only the run's.
COMMAND_STARTED = time.monotonic()

# Before anything imports prefect: a temporary server started by this process must not phone home.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")  # nor Prefect's client, on a terminal (Prefect 3.9+)

import duckdb  # noqa: E402

from pipeline import PARSER_VERSION, store  # noqa: E402
from pipeline import commands as analyst_commands  # noqa: E402
from pipeline.display import shown  # noqa: E402
from pipeline.errors import MinutesError, UnreadablePDF  # noqa: E402
from pipeline.isolation import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_SECONDS, start_forkserver  # noqa: E402
from pipeline.ocr.settings import DEFAULT_OCR_LANGUAGES, OcrSettings  # noqa: E402
from pipeline.tabular import WRITERS, format_table  # noqa: E402

if TYPE_CHECKING:  # flows import pipeline; the commands that run a flow import flows when they run
    from flows.api_server import TemporaryServer

EXIT_OK, EXIT_FAILED_FILES, EXIT_ERROR, EXIT_BUSY = 0, 1, 2, 3
FORMATS = ("table", "csv", "json", "nl")  # nl: one JSON object per line
# Statements `minutes query` runs; everything else (DROP, INSERT, COPY, ATTACH, SET, ...) is refused.
READ_STATEMENTS = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
DEFAULT_QUERY_TIMEOUT_SECONDS = 300.0
DEFAULT_MAX_ROWS = 1000  # of `minutes query`'s table; csv and json stream every row
FETCH_BATCH_ROWS = 1000
INTERRUPT_WAIT_SECONDS = 5.0
DEFAULT_DEPLOYMENT_NAME = "scheduled"  # `minutes serve` registers 'ingest/scheduled'
DEFAULT_TIMEZONE = "UTC"  # of --cron, as Prefect's schedules default to


class CommandError(MinutesError):
    """A user mistake the CLI reports in one line."""


# --------------------------------------------------------------------------- ingest


def _check_paths_exist(paths: Sequence[str]) -> None:
    missing = [p for p in paths if not os.path.exists(p) and not os.path.islink(p)]
    if missing:
        raise CommandError(f"no such file or directory: {', '.join(missing)}")


def _ingest_db(args: argparse.Namespace) -> str:
    """The database an ingest writes to: a file (DuckDB's in-memory database would keep nothing)."""
    db = store.absolute_db_path(args.db)
    if db.lower().startswith(":memory:"):
        raise CommandError(f"--db {db} keeps nothing once ingest ends: name a database file")
    return db


def cmd_ingest(args: argparse.Namespace) -> int:
    if not args.paths and not args.force:
        raise CommandError("give the PDF files or folders to ingest (PATH, or --force PATH)")
    _check_paths_exist([*args.paths, *args.force])
    db = _ingest_db(args)
    if args.dry_run:
        return _dry_run(args, db)
    # Before Prefect starts (seconds): one ingest per database, and fail here, in one line,
    # if the file is held by another process or was made by another version.
    with store.IngestLock(db, wait=args.wait):
        store.connect(db, wait=args.wait).close()
        _prepare_prefect_env()
        if not args.quiet:  # the next seconds are Prefect's: say so, or the terminal looks stuck
            print("starting Prefect...", file=sys.stderr, flush=True)
        server = None
        if not args.dask_address:  # parsing here: both boot while this process imports Prefect
            from flows.api_server import start_temporary_server  # flows import pipeline, not the reverse

            server = start_temporary_server()
            start_forkserver()
        try:
            summary = _run_ingest_flow(args, db, server)
        finally:
            if server is not None:
                server.stop()
    summary = summary.timed_from(COMMAND_STARTED, time.monotonic())
    print(summary.to_text())
    if any(outcome.failed_earlier for outcome in summary.outcomes):
        print("(files that failed earlier with the same bytes are not parsed again: use --retry-failed)")
    return EXIT_FAILED_FILES if summary.failed else EXIT_OK


def _dry_run(args: argparse.Namespace, db: str) -> int:
    """What `ingest` would do with each file, decided as a run decides it: the database only read,
    nothing written, Prefect not started."""
    from pipeline.ingest.dry_run import dry_run_text
    from pipeline.ingest.plan import survey

    exists = os.path.exists(db)

    def open_db() -> duckdb.DuckDBPyConnection | None:
        return store.connect_read_only(db, wait=args.wait) if exists else None

    try:
        planned = survey(args.paths, db, open_db, retry_failed=args.retry_failed, force=args.force,
                         timeout=args.timeout or None, ocr_cache=args.ocr_cache or f"{db}.ocr")
    except duckdb.Error as exc:
        raise CommandError(f"cannot read {db}: {store.error_line(exc)}") from exc
    print(dry_run_text(planned, db))
    return EXIT_OK


def flow_arguments(args: argparse.Namespace, db: str) -> dict[str, Any]:
    """The ingest flow's arguments from the options `ingest` and `serve` share (`_add_run_options`)."""
    arguments: dict[str, Any] = {
        "paths": [str(p) for p in args.paths], "db": db, "retry_failed": args.retry_failed,
        "timeout": args.timeout or None, "max_memory_mb": args.max_memory or None, "wait": args.wait,
        "dask_address": args.dask_address, "ocr": not args.no_ocr, "ocr_languages": args.ocr_languages,
        "ocr_cache": args.ocr_cache,
    }
    if args.workers:  # else the flow's default: the cores of the machine the run is on
        arguments["workers"] = args.workers
    return arguments


def _run_ingest_flow(args: argparse.Namespace, db: str, server: TemporaryServer | None) -> Any:
    """The ingest flow (against `server` if given), with a progress bar on stderr when it is a terminal
    (and not --quiet)."""
    from flows.api_server import flows_use
    from flows.ingest import ScaleOutError, check_dask_settings, ingest_flow  # imports prefect: only when ingesting
    from pipeline.ingest.summary import reporting_progress_to
    from pipeline.progress import ingest_progress

    if args.dask_address:
        try:
            check_dask_settings()
        except ScaleOutError as exc:
            raise CommandError(str(exc)) from exc
    if args.quiet:
        _silence_prefect_console()
    with flows_use(server, on_death=_prefect_server_died), ingest_progress(sys.stderr, show=not args.quiet) as bar:
        with reporting_progress_to(bar) if bar else contextlib.nullcontext():
            return ingest_flow(**flow_arguments(args, db), force=[str(p) for p in args.force])


def _prefect_server_died(what: str) -> None:
    """Prefect can no longer record the run (its client would retry for minutes): say so in one line
    and exit now. Each load is a transaction: what was loaded is kept, the next run parses the rest;
    the parse processes stop with this one."""
    print(f"minutes: {what}: stopped; the documents loaded so far are kept, ingest again for the rest",
          file=sys.stderr, flush=True)
    os._exit(EXIT_ERROR)


def _prepare_prefect_env() -> None:
    # An empty PREFECT_API_URL is not "no server": Prefect would try to use it. Unset means
    # Prefect starts its temporary local server for this process.
    if os.environ.get("PREFECT_API_URL", None) == "":
        del os.environ["PREFECT_API_URL"]


def _silence_prefect_console() -> None:
    """Keep Prefect's log lines off the terminal; they still reach the Prefect API (the UI).

    For the rest of the process: the temporary server says it stops when the process exits.
    """
    from prefect.logging.handlers import PrefectConsoleHandler

    for handler in logging.getLogger().handlers:
        if isinstance(handler, PrefectConsoleHandler):
            handler.setLevel(logging.CRITICAL + 1)


# --------------------------------------------------------------------------- serve


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the ingest flow as a Prefect deployment with a cron schedule, until stopped."""
    _check_paths_exist(args.paths)
    _prepare_prefect_env()
    from flows.serve import api_url, check_server, cron_schedule, deployment_parameters, schedule_text, serve_ingest

    schedule = cron_schedule(args.cron, args.timezone)
    url = api_url()
    check_server(url)
    db = _ingest_db(args)
    # Fail now, not at the first scheduled run, if the file is not a database of this version.
    store.connect(db, wait=args.wait).close()
    parameters = deployment_parameters(flow_arguments(args, db))
    when = schedule_text(args.cron, args.timezone)
    print(
        f"minutes: serving 'ingest/{args.name}' on {url}: {when} ingests "
        f"{', '.join(parameters['paths'])} into {parameters['db']}; the schedule stays active when this stops",
        flush=True,
    )
    serve_ingest(args.name, schedule, parameters, description=f"minutes ingest into {parameters['db']}, {when}")
    return EXIT_OK


# --------------------------------------------------------------------------- parse


def cmd_parse(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise CommandError(f"no such file: {path}")
    from pipeline.parse import parse_pdf

    ocr = OcrSettings(enabled=not args.no_ocr, languages=args.ocr_languages, cache_dir=args.ocr_cache)
    try:
        doc = parse_pdf(path, ocr)
    except UnreadablePDF as exc:
        raise CommandError(f"cannot read {path}: {exc.reason}") from exc
    print(doc.model_dump_json(indent=2))
    return EXIT_OK


def cmd_setup_ocr(args: argparse.Namespace) -> int:
    from pipeline.ocr import setup_ocr  # the OCR machinery: only for this command

    ready, message = setup_ocr()
    print(message)
    return EXIT_OK if ready else EXIT_ERROR


def _add_ocr_options(command: argparse.ArgumentParser, cache_help: str) -> None:
    command.add_argument(
        "--ocr-languages", default=DEFAULT_OCR_LANGUAGES, metavar="LANGS",
        help=f"Tesseract languages for pages read by OCR (default: {DEFAULT_OCR_LANGUAGES})",
    )
    command.add_argument("--no-ocr", action="store_true", help="do not OCR scanned or garbled pages")
    command.add_argument("--ocr-cache", metavar="DIR", help=cache_help)


# --------------------------------------------------------------------------- query


def check_read_only(sql: str) -> None:
    """Refuse anything but a single SELECT/EXPLAIN, before the database is even opened."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise CommandError(f"SQL error: {store.error_line(exc)}") from exc
    if len(statements) != 1:
        raise CommandError(f"give exactly one SQL statement, not {len(statements)}")
    kind = statements[0].type
    if kind not in READ_STATEMENTS:
        words = statements[0].query.split()
        name = words[0].upper() if words and words[0].isalpha() else kind.name
        raise CommandError(
            f"refusing to run this {name} statement: `minutes query` only reads (SELECT, WITH, DESCRIBE, SHOW, "
            "SUMMARIZE, EXPLAIN); the database changes only through `minutes ingest` (and `minutes correct`)"
        )


def read_sql(sql: str) -> str:
    """The SQL argument as given, or read from stdin (`-`) or from an existing `.sql` file."""
    if sql == "-":
        return sys.stdin.read()
    if sql.endswith(".sql") and Path(sql).is_file():
        return Path(sql).read_text(encoding="utf-8")
    return sql


def cmd_query(args: argparse.Namespace) -> int:
    args.sql = read_sql(args.sql)
    check_read_only(args.sql)
    con = store.connect_read_only(args.db, wait=args.wait)
    try:
        _run_interruptibly(con, lambda: _query_and_write(con, args), args.timeout or None)
    finally:
        with contextlib.suppress(duckdb.Error):  # busy if a stopped query's output is still stuck in a pipe
            con.close()
    return EXIT_OK


def _query_and_write(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> None:
    try:
        cursor = con.execute(args.sql)
        columns = [d[0] for d in cursor.description or []]
        WRITERS[args.format](columns, _batches(cursor), args.max_rows, not args.no_headers)
    except duckdb.InterruptException:
        raise
    except duckdb.Error as exc:
        raise CommandError(f"SQL error: {store.error_line(exc)}{duckdb_hint(exc)}") from exc


def _batches(cursor: duckdb.DuckDBPyConnection) -> Iterator[list[tuple[Any, ...]]]:
    """The result a batch at a time: DuckDB streams it, so a large result is never held whole."""
    while batch := cursor.fetchmany(FETCH_BATCH_ROWS):
        yield batch


def _run_interruptibly(con: duckdb.DuckDBPyConnection, work: Callable[[], None], timeout: float | None) -> None:
    """`work()` (which runs a query on `con`) in a thread, stopped by DuckDB's interrupt() on Ctrl-C or
    after `timeout` seconds.

    The main thread only waits, so Ctrl-C always reaches it, however long DuckDB holds the worker
    thread in native code.
    """
    errors: list[BaseException] = []
    done = threading.Event()  # waited on, not Thread.join: a join cut short by Ctrl-C marks a live thread dead

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            errors.append(exc)
        finally:
            done.set()

    threading.Thread(target=run, name="minutes-query", daemon=True).start()
    try:
        finished = done.wait(timeout)
    except KeyboardInterrupt:
        _interrupt(con, done)
        raise
    if not finished:
        _interrupt(con, done)
        raise CommandError(f"query stopped: it ran longer than --timeout {timeout:g} s")
    if errors:
        raise errors[0]


def _interrupt(con: duckdb.DuckDBPyConnection, done: threading.Event) -> None:
    con.interrupt()
    done.wait(INTERRUPT_WAIT_SECONDS)  # a worker blocked writing to a stalled pipe is left behind (daemon)


def duckdb_hint(exc: BaseException) -> str:
    """DuckDB's own suggestion, which it puts on a later line than the error: 'Did you mean "speakers"?'."""
    hint = re.search(r"Did you mean [^\n]*\?", str(exc))
    return f" ({hint.group()})" if hint and hint.group() not in store.error_line(exc) else ""



# --------------------------------------------------------------------------- show, export, report


def cmd_show(args: argparse.Namespace) -> int:
    from pipeline.show import document_json, document_tree, find_document

    con = store.connect_read_only(args.db, wait=args.wait)
    try:
        print((document_json if args.json else document_tree)(con, find_document(con, args.doc)))
    finally:
        con.close()
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CommandError(f"{out} is a file: give a folder to write the {args.format} files into")
    existing = [path.name for path in store.export_paths(out, args.format) if os.path.lexists(path)]
    if existing and not args.force:
        raise CommandError(
            f"{out} already holds {', '.join(existing[:3])}{' ...' if len(existing) > 3 else ''}: "
            "pass --force to overwrite, or give another folder"
        )
    # Opened before the folder is made: a missing database leaves nothing behind.
    con = store.connect_read_only(args.db, wait=args.wait, write_files=True)
    try:
        out.mkdir(parents=True, exist_ok=True)
        written = store.export(con, out.resolve(), args.format)
    except duckdb.Error as exc:
        raise CommandError(f"cannot export to {out}: {store.error_line(exc)}") from exc
    except OSError as exc:
        raise CommandError(f"cannot export to {out}: {exc.strerror or exc}") from exc
    finally:
        con.close()
    print(f"{len(written)} {args.format} files in {out.resolve()}:")
    print(format_table(["file", "rows"], [[path.name, rows] for path, rows in written.items()]))
    return EXIT_OK


def _check_report_target(out: Path, db: str, force: bool) -> None:
    """Refuse to write the report over the database, or over any existing file that is not a
    minutes report, unless --force (and never over the database)."""
    from pipeline.report import GENERATOR_TAG

    if not os.path.lexists(out):
        return
    if db != ":memory:" and os.path.exists(db) and os.path.exists(out) and os.path.samefile(out, db):
        raise CommandError(f"refusing to write the report to {out}: it is the database")
    if force:
        return
    try:
        with open(out, "rb") as handle:
            is_report = GENERATOR_TAG.encode() in handle.read(4096)
    except OSError:
        is_report = False
    if not is_report:
        raise CommandError(f"refusing to replace {out}: it is not a minutes report (pass --force to replace it)")


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline.report import build_report

    _check_report_target(Path(args.out), store.resolve_db_path(args.db), args.force)
    con = store.connect_read_only(args.db, wait=args.wait)
    try:
        html = build_report(con, db_name=store.resolve_db_path(args.db))
    finally:
        con.close()
    out = Path(args.out)
    try:
        out.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}") from exc
    print(f"report written to {out} ({len(html.encode()) // 1024 + 1} KB)")
    return EXIT_OK


# --------------------------------------------------------------------------- main


def _non_negative(kind: Callable[[str], Any]) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not math.isfinite(value):  # "inf" and "nan" parse as floats: every parse would fail
            raise argparse.ArgumentTypeError(f"must be a finite number: {text!r} (0 for no limit)")
        if value < 0:
            raise argparse.ArgumentTypeError(f"must be 0 or more: {text!r}")
        return value

    return parse


def _add_run_options(command: argparse.ArgumentParser, db_help: str, paths_required: bool = True) -> None:
    """What to ingest and how to parse it: one set of options for `ingest` (now) and `serve` (on a
    schedule), read back by `flow_arguments`."""
    command.add_argument("paths", nargs="+" if paths_required else "*", metavar="PATH",
                         help="a PDF file or a folder of PDFs")
    command.add_argument("--db", metavar="FILE", help=db_help)
    command.add_argument("--retry-failed", action="store_true", help="parse again files that failed before")
    command.add_argument(
        "--timeout", type=_non_negative(float), default=DEFAULT_TIMEOUT_SECONDS, metavar="SECONDS",
        help=f"stop parsing a document after this long, 0 for no limit (default: {DEFAULT_TIMEOUT_SECONDS:g})",
    )
    command.add_argument(
        "--max-memory", type=_non_negative(int), default=DEFAULT_MAX_MEMORY_MB, metavar="MB",
        help=f"memory bound of each document's parse, 0 for none (default: {DEFAULT_MAX_MEMORY_MB})",
    )
    analyst_commands.add_wait_option(command, _non_negative(float))
    _add_ocr_options(command, "folder of OCR'd copies, kept for re-runs (default: the database's name + .ocr)")
    command.add_argument(
        "--workers", type=_positive_int, default=None, metavar="N",
        help="documents parsed at once, each in its own process (default: the number of cores)",
    )
    command.add_argument(
        "--dask-address", metavar="ADDR",
        help="parse on the Dask cluster whose scheduler is at ADDR (e.g. tcp://10.0.0.5:8786); needs PREFECT_API_URL",
    )


def _positive_int(text: str) -> int:
    value = _non_negative(int)(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text!r}")
    return value


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("minutes")
    except PackageNotFoundError:  # run from a checkout without installing
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minutes", description="Turn PDF minutes of meetings into structured records in DuckDB."
    )
    parser.add_argument("--version", action="version", version=f"minutes {_version()} (parser {PARSER_VERSION})")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    db_help = f"DuckDB file (default: ${store.DB_ENV_VAR} or {store.DEFAULT_DB})"

    ingest = commands.add_parser("ingest", help="parse PDF files or folders into the database")
    _add_run_options(ingest, db_help, paths_required=False)
    ingest.add_argument("--force", action="append", default=[], metavar="PATH",
                        help="parse the PDFs of PATH (a file or folder) again even if unchanged or failed before; "
                        "may be repeated")
    ingest.add_argument("--dry-run", action="store_true",
                        help="list what would be parsed, skipped or retried, and why; write nothing, start no Prefect")
    ingest.add_argument("--quiet", action="store_true", help="no Prefect log lines, only the summary")
    ingest.set_defaults(handler=cmd_ingest)

    serve = commands.add_parser("serve", help="ingest on a cron schedule, as a Prefect deployment (needs a server)")
    _add_run_options(serve, db_help)
    serve.add_argument("--cron", required=True, metavar="EXPR", help="when to ingest, e.g. '0 2 * * *' (02:00 daily)")
    serve.add_argument(
        "--timezone", default=DEFAULT_TIMEZONE, metavar="TZ",
        help=f"time zone of --cron, an IANA name such as Asia/Phnom_Penh (default: {DEFAULT_TIMEZONE})",
    )
    serve.add_argument(
        "--name", default=DEFAULT_DEPLOYMENT_NAME,
        help=f"deployment name: its runs are 'ingest/NAME' (default: {DEFAULT_DEPLOYMENT_NAME})",
    )
    serve.set_defaults(handler=cmd_serve)

    parse = commands.add_parser("parse", help="parse one PDF and print it as JSON (no database)")
    parse.add_argument("file", metavar="FILE", help="a PDF file")
    _add_ocr_options(parse, "folder of OCR'd copies, kept for re-runs (default: none kept)")
    parse.set_defaults(handler=cmd_parse)

    setup = commands.add_parser("setup-ocr", help="install Tesseract and its languages (Debian/Ubuntu, as root)")
    setup.set_defaults(handler=cmd_setup_ocr)

    query = commands.add_parser("query", help="run one read-only SQL query against the database")
    query.add_argument("sql", metavar="SQL", help="a SELECT (or EXPLAIN) statement; - reads it from stdin, "
                       "a FILE.sql from that file")
    query.add_argument("--format", choices=FORMATS, default="table",
                       help="output format, nl for one JSON object per line (default: table)")
    for shortcut in ("csv", "json", "nl"):
        query.add_argument(f"--{shortcut}", dest="format", action="store_const", const=shortcut,
                           help=f"short for --format {shortcut}")
    query.add_argument("--no-headers", action="store_true", help="rows only: no header line (table, csv)")
    query.add_argument(
        "--timeout", type=_non_negative(float), default=DEFAULT_QUERY_TIMEOUT_SECONDS, metavar="SECONDS",
        help=f"stop the query after this long, 0 for no limit (default: {DEFAULT_QUERY_TIMEOUT_SECONDS:g})",
    )
    query.add_argument(
        "--max-rows", type=_non_negative(int), default=DEFAULT_MAX_ROWS, metavar="N",
        help=f"rows of the table format, 0 for all; csv and json give all (default: {DEFAULT_MAX_ROWS})",
    )
    show = commands.add_parser("show", help="print one stored document as a tree")
    show.add_argument("doc", metavar="DOC", help="a document_id prefix, a file name (or a unique part of it) or a path")
    show.add_argument("--json", action="store_true", help="the document and all its records as JSON")
    export = commands.add_parser("export", help="write every table and view to files in a folder")
    export.add_argument("--format", choices=tuple(store.EXPORT_FORMATS), default="parquet",
                        help="file format (default: parquet)")
    export.add_argument("out", metavar="OUT", help="the folder to write into (made if missing)")
    export.add_argument("--force", action="store_true", help="overwrite files of the same names in OUT")
    report = commands.add_parser("report", help="write a self-contained HTML report with charts")
    report.add_argument("--out", metavar="FILE", default="report.html", help="HTML file (default: report.html)")
    report.add_argument(
        "--force", action="store_true", help="replace --out even if it is not a minutes report (never the database)"
    )
    # The reading commands share how they find and wait for the database.
    for command, handler in ((query, cmd_query), (show, cmd_show), (export, cmd_export), (report, cmd_report)):
        command.add_argument("--db", metavar="FILE", help=db_help)
        analyst_commands.add_wait_option(command, _non_negative(float))
        command.set_defaults(handler=handler)
    analyst_commands.add_commands(commands, db_help, _non_negative(float))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print("minutes: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader stopped early (`minutes show DOC | head`): nothing went wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the one place errors become a one-line message
        if os.environ.get("MINUTES_DEBUG"):
            raise
        message = str(exc) if isinstance(exc, MinutesError) else f"{type(exc).__name__}: {exc}"
        print(f"minutes: {shown(' '.join(message.split()))}", file=sys.stderr)
        return EXIT_BUSY if isinstance(exc, store.DatabaseBusy) else EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
