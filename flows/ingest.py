"""The ingest flow: discover -> skip unchanged -> parse (one task per document) -> load -> summary.

Parsing never touches the database: each document is parsed in a child process with a
time limit and a memory bound, and a single writer loads the results in small batches, each
in a connection opened for a moment, one transaction per document. So the file is locked
briefly, a run killed half-way keeps every document it loaded (whole), and one ingest per
database runs at a time (store.IngestLock). Every file seen gets a `files` row: loaded,
skipped (unchanged, duplicate, not a PDF) or failed with a reason; no file stops the others.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import multiprocessing
import os
import queue
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

# Before prefect is imported: a temporary server started by this process must not phone home.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")  # nor Prefect's client, on a terminal (Prefect 3.9+)

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.futures import PrefectFuture  # noqa: E402
from prefect.settings import PREFECT_API_URL  # noqa: E402
from prefect.states import Completed  # noqa: E402
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner  # noqa: E402

from pipeline import PARSER_VERSION, store  # noqa: E402
from pipeline.display import shown  # noqa: E402
from pipeline.errors import UnreadablePDF  # noqa: E402
from pipeline.fingerprint import sha256_file  # noqa: E402
from pipeline.isolation import (  # noqa: E402
    DEFAULT_MAX_MEMORY_MB,
    DEFAULT_TIMEOUT_SECONDS,
    Limits,
    ParserError,
    call_by_name,
    run_isolated,
)
from pipeline.ocr_settings import DEFAULT_OCR_LANGUAGES, DEFAULT_OCR_SETTINGS, OcrSettings  # noqa: E402
from pipeline.preflight import describe_bytes, is_pdf_header, read_head, special_file_kind, text_path  # noqa: E402
from schemas import ParsedDocument  # noqa: E402

# Parsing is CPU-bound: one document at a time per core by default. Each runs in its own
# child process, so the threads that wait on them only orchestrate.
DEFAULT_MAX_WORKERS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 2
# Tasks submitted ahead of the free workers, per worker: enough that a worker never waits for
# the next task, few enough that a large batch neither floods Prefect's server with task runs
# nor keeps thousands of results (futures) in memory.
SUBMIT_AHEAD_PER_WORKER = 2
# Prefect's server spends ~70 ms of CPU on each task run (half a page's parse): a large run
# gives each task a few documents (each still parsed in its own child process), yet keeps at
# least this many tasks per worker, so that the workers finish together.
MAX_DOCUMENTS_PER_TASK = 5
MIN_TASKS_PER_WORKER = 8
PARSE_RETRIES = 2
PARSE_RETRY_DELAY_SECONDS = 1
ARTIFACT_KEY = "minutes-ingest-summary"
# Each document is parsed in a child process (see pipeline.isolation); tests of the flow's
# bookkeeping turn this off to swap in a fake parser.
PARSE_IN_CHILD = True
# The writer loads what has been parsed every few seconds or documents, in a short connection
# (opening the database costs ~0.1 s: not after every document).
LOAD_BATCH_SIZE = 20
LOAD_BATCH_SECONDS = 5.0
# How long a load waits for a reader (`minutes query`) to let go of the file: between
# batches only briefly (the documents wait for the next batch), at the end for longer.
LOAD_WAIT_SECONDS_BETWEEN = 1.0
LOAD_WAIT_SECONDS = store.DEFAULT_WRITE_WAIT_SECONDS
MAX_REASON_CHARS = 500

# Failures that are not the file's: the next run parses it again (without --retry-failed).
NOT_THE_FILES_FAULT = ("cannot store: ", "interrupted: ")

# OSErrors that say the file is not there or not ours to read: retrying will not help.
_PERMANENT_OS_ERRORS = (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError)


# --------------------------------------------------------------------------- discovery


def _is_pdf_name(name: str) -> bool:
    return name.lower().endswith(".pdf")


@dataclass
class Discovery:
    """What ingest found under the paths it was given."""

    pdfs: list[Path] = field(default_factory=list)  # *.pdf in folders, and every file named directly
    others: list[Path] = field(default_factory=list)  # other files in the folders: recorded as skipped
    unreadable_folders: dict[Path, str] = field(default_factory=dict)  # folder -> why it was not searched


def _walk(root: Path, found: Discovery) -> Iterator[tuple[Path, bool]]:
    """(file, named *.pdf) under `root`, following directory symlinks but never into a folder twice.

    Hidden files and folders (.git, .venv, .DS_Store, ...) are not searched.
    """
    seen_dirs: set[tuple[int, int]] = set()

    def unreadable(error: OSError) -> None:
        folder = Path(error.filename or root)
        found.unreadable_folders[folder] = f"cannot read folder: {error.strerror or error}"

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=unreadable):
        try:
            here = os.stat(dirpath)
        except OSError as error:
            unreadable(error)
            dirnames[:] = []
            continue
        if (here.st_dev, here.st_ino) in seen_dirs:  # a symlink loop or a second link to it
            dirnames[:] = []
            continue
        seen_dirs.add((here.st_dev, here.st_ino))
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name, _is_pdf_name(name)


def _absolute(path: Path) -> Path:
    """The real path; for a broken symlink, the link itself (its target does not exist)."""
    real = Path(os.path.realpath(path))
    return real if real.exists() or not path.is_symlink() else Path(os.path.abspath(path))


def discover(paths: Iterable[str | os.PathLike[str]]) -> Discovery:
    """Every file named by `paths`, as absolute real paths, each once, in a stable order.

    A directory is searched recursively: *.pdf in any case are PDFs, other files are listed
    apart. A file named directly is taken as a PDF, whatever its extension. A path that does
    not exist raises FileNotFoundError.
    """
    found = Discovery()
    pdfs: dict[Path, None] = {}  # ordered sets
    others: dict[Path, None] = {}
    for given in paths:
        # Absolute from the start: a folder that cannot be read is recorded by the path os.walk gives.
        path = Path(os.path.abspath(Path(given).expanduser()))
        if path.is_dir():
            candidates: Iterable[tuple[Path, bool]] = _walk(path, found)
        elif path.exists() or path.is_symlink():
            candidates = [(path, True)]
        else:
            raise FileNotFoundError(f"no such file or directory: {given}")
        for candidate, is_pdf in candidates:
            absolute = _absolute(candidate)
            (pdfs if is_pdf else others).setdefault(absolute, None)
    found.pdfs = list(pdfs)
    found.others = [path for path in others if path not in pdfs]
    return found


def without_own_files(found: Discovery, db: str, ocr_cache: str | None) -> Discovery:
    """`found` without the files minutes itself writes, wherever they are: the database, its WAL and
    lock, and the OCR cache (whose OCR'd copies would otherwise come back as second meetings)."""
    own = {os.path.realpath(name) for name in (db, f"{db}.wal", store.lock_path(db))}
    cache = os.path.realpath(ocr_cache) + os.sep if ocr_cache else None

    def ours(path: Path) -> bool:
        real = os.path.realpath(path)
        return real in own or (cache is not None and real.startswith(cache))

    return Discovery(
        pdfs=[path for path in found.pdfs if not ours(path)],
        others=[path for path in found.others if not ours(path)],
        unreadable_folders=found.unreadable_folders,
    )


def discover_pdfs(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Every PDF named by `paths` (see `discover`)."""
    return discover(paths).pdfs


# --------------------------------------------------------------------------- summary


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: store.FileStatus
    reason: str | None = None
    document_id: str | None = None
    failed_earlier: bool = False  # failed in an earlier run with the same bytes; not parsed again


@dataclass
class IngestSummary:
    """What one ingest run did to each file."""

    db: str
    outcomes: list[FileOutcome] = field(default_factory=list)
    parsed: int = 0  # documents parsed in this run (loaded or not)
    pages_parsed: int = 0  # pages of the documents parsed and loaded in this run
    seconds: float = 0.0  # the whole run, from discovery to the last load
    parse_seconds: float = 0.0  # from the first parse task submitted to the last one finished
    load_seconds: float = 0.0  # time the writer held the database

    def with_status(self, status: store.FileStatus) -> list[FileOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status == status]

    @property
    def loaded(self) -> int:
        return len(self.with_status("loaded"))

    @property
    def skipped(self) -> int:
        return len(self.with_status("skipped"))

    @property
    def failed(self) -> int:
        return len(self.with_status("failed"))

    @property
    def failures(self) -> dict[str, str]:
        """Failed file path -> reason."""
        return {outcome.path: outcome.reason or "" for outcome in self.with_status("failed")}

    def counts_line(self) -> str:
        return (
            f"{len(self.outcomes)} file(s) into {shown(self.db)}: "
            f"{self.loaded} loaded, {self.skipped} skipped, {self.failed} failed"
        )

    def timing_line(self) -> str:
        """How long the run took, and how fast it parsed."""
        if not self.parsed:
            return f"took {self.seconds:.1f} s, nothing to parse; the database was open {self.load_seconds:.1f} s"
        rate = f" ({self.pages_parsed / self.parse_seconds:.1f} pages/s)" if self.parse_seconds > 0 else ""
        return (
            f"took {self.seconds:.1f} s: {self.parsed} document(s) parsed, {self.pages_parsed} page(s) loaded "
            f"in {self.parse_seconds:.1f} s{rate}; the database was open {self.load_seconds:.1f} s"
        )

    def to_text(self) -> str:
        """The plain summary the CLI prints."""
        lines = [self.counts_line(), self.timing_line()]
        for outcome in self.with_status("failed"):
            note = " (failed earlier, not retried)" if outcome.failed_earlier else ""
            lines.append(f"failed: {shown(outcome.path)}: {shown(outcome.reason)}{note}")
        return "\n".join(lines)

    def to_markdown(self) -> str:
        """The run summary published as a Prefect artifact."""
        lines = [
            "# minutes ingest",
            "",
            f"Database `{shown(self.db)}`, parser {PARSER_VERSION}.",
            "",
            "| status | files |",
            "| --- | ---: |",
            f"| loaded | {self.loaded} |",
            f"| skipped | {self.skipped} |",
            f"| failed | {self.failed} |",
            "",
            self.timing_line(),
        ]
        if self.outcomes:
            lines += ["", "| file | status | reason |", "| --- | --- | --- |"]
            for outcome in self.outcomes:
                cells = [Path(outcome.path).name, outcome.status, outcome.reason or ""]
                lines.append("| " + " | ".join(_md_cell(cell) for cell in cells) + " |")
        return "\n".join(lines) + "\n"


class ProgressListener(Protocol):
    """Told how many documents a run will parse, then of each one parsed (its record says whether it
    failed), with its page count: the CLI's progress bar."""

    def started(self, to_parse: int) -> None: ...

    def parsed(self, record: store.FileRecord, pages: int) -> None: ...


_progress_listener: ProgressListener | None = None


@contextmanager
def reporting_progress_to(listener: ProgressListener) -> Iterator[None]:
    """Tell `listener` how the ingest runs started in this process proceed (within the block)."""
    global _progress_listener
    saved, _progress_listener = _progress_listener, listener
    try:
        yield
    finally:
        _progress_listener = saved


# Markdown's own characters in a table cell; `<` and `&` are escaped as HTML (an artifact renders HTML).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def _md_cell(text: str) -> str:
    """Text shown as it is in a markdown table cell: `<html>` in a reason stays visible, controls escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(shown(text), quote=False))


def _reason(exc: BaseException) -> str:
    """One line a person can act on, from whatever a parse raised."""
    if isinstance(exc, UnreadablePDF):
        text = exc.reason
    elif isinstance(exc, ChildProcessError):  # our own machinery died (pipeline.isolation)
        text = str(exc)
    elif isinstance(exc, OSError):
        text = f"cannot read file: {exc.strerror or exc}"
    elif isinstance(exc, ParserError):  # raised in the child process: already 'Type: message'
        text = str(exc)
    else:  # a parser bug or a validation error: name it so it can be reported
        text = f"{type(exc).__name__}: {exc}"
    return _clip(text)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_REASON_CHARS else text[: MAX_REASON_CHARS - 1] + "…"


# --------------------------------------------------------------------------- parse task


def parse_pdf(path: str, ocr: OcrSettings = DEFAULT_OCR_SETTINGS) -> ParsedDocument:
    """pipeline.parse.parse_pdf, imported on first use: the ingest process only orchestrates, so it
    never loads spaCy and the parser's rules; the parse processes have them preloaded."""
    from pipeline.parse import parse_pdf as parse

    return parse(path, ocr)


def _is_transient(exc: BaseException) -> bool:
    """Retry only I/O hiccups: an unreadable PDF or a parser error fails the same way again."""
    return isinstance(exc, OSError) and not isinstance(exc, _PERMANENT_OS_ERRORS)


def _parse_one(path: str, name: str, limits: Limits | None, ocr: OcrSettings) -> ParsedDocument:
    """Parse one file; in a child process stopped at `limits` (None: in this process, no limits).

    `name` is the path as text (a file name need not be UTF-8), for the logs. Pages that need
    OCR are read as `ocr` says (in the same child, which asks for more time). An I/O error
    is retried PARSE_RETRIES times.
    """
    retries = 0
    while True:
        try:
            return _parse_once(path, name, limits, ocr)
        except OSError as exc:
            retries += 1
            if retries > PARSE_RETRIES or not _is_transient(exc):
                raise
            get_run_logger().warning("retrying %s in %s s: %s", shown(name), PARSE_RETRY_DELAY_SECONDS, shown(exc))
            time.sleep(PARSE_RETRY_DELAY_SECONDS)


def _parse_once(path: str, name: str, limits: Limits | None, ocr: OcrSettings) -> ParsedDocument:
    if limits is None or not PARSE_IN_CHILD:
        return parse_pdf(path, ocr)
    if multiprocessing.current_process().daemon:
        # A daemonic process (a Dask worker under its nanny, by default) may not start children.
        get_run_logger().warning(
            "parsing %s without time and memory limits: this worker process is daemonic "
            "(start Dask workers with DASK_DISTRIBUTED__WORKER__DAEMON=False to keep them)", shown(name)
        )
        return parse_pdf(path, ocr)
    return run_isolated(call_by_name, "pipeline.parse", "parse_pdf", path, ocr, limits=limits)


@task(
    name="parse",
    task_run_name="parse {name}",
    # Parsing depends on the files' bytes and the parser code, not on the path arguments.
    cache_policy=NO_CACHE,
)
def parse_documents(jobs: list[tuple[str, str]], name: str, limits: Limits | None = None,
                    ocr: OcrSettings = DEFAULT_OCR_SETTINGS) -> list[ParsedDocument | Exception]:
    """Parse each (name, path) job (see `_parse_one`); a file that fails gives its exception, in its place.

    `name` names the task run: the first file, and how many more.
    """
    results: list[ParsedDocument | Exception] = []
    for job_name, path in jobs:
        try:
            results.append(_parse_one(path, job_name, limits, ocr))
        except Exception as exc:  # noqa: BLE001 - this file fails, the others of the task go on
            results.append(exc)
    return results


def documents_per_task(documents: int, slots: int) -> int:
    """How many documents each parse task takes (see MAX_DOCUMENTS_PER_TASK)."""
    return max(1, min(MAX_DOCUMENTS_PER_TASK, documents // (slots * MIN_TASKS_PER_WORKER)))


def _task_name(jobs: Sequence[tuple[str, str]]) -> str:
    first = shown(jobs[0][0])
    return first if len(jobs) == 1 else f"{first} and {len(jobs) - 1} more"


class ScaleOutError(ValueError):
    """Parsing on a Dask cluster is not possible with the current settings."""


def check_dask_settings() -> None:
    """Dask workers run Prefect tasks: they need the API of a real Prefect server, not this process's
    temporary one (each worker would start its own, and the UI would never see their task runs)."""
    if not PREFECT_API_URL.value():
        raise ScaleOutError(
            "parsing on a Dask cluster needs a Prefect server the workers can reach: "
            "run `prefect server start` and set PREFECT_API_URL here and on the workers"
        )


def _parse_runner(workers: int, dask_address: str | None) -> TaskRunner:
    """Where parse tasks run: threads here (each waits on a child process), or a Dask cluster."""
    if not dask_address:
        return ThreadPoolTaskRunner(max_workers=workers)
    check_dask_settings()
    from prefect_dask import DaskTaskRunner

    return DaskTaskRunner(address=dask_address)


def _slots(runner: TaskRunner, workers: int) -> int:
    """How many documents can be parsed at once: the Dask cluster's threads, or `workers`."""
    client = getattr(runner, "client", None)  # a DaskTaskRunner
    if client is not None:
        return max(1, sum(client.nthreads().values()))
    return workers


def _parse_all(runner: TaskRunner, jobs: Sequence[tuple[str, str]], limits: Limits, ocr: OcrSettings,
               ahead: int, per_task: int = 1) -> Iterator[tuple[str, Any]]:
    """(key, ParsedDocument or the exception) for each (key, path) job, as their tasks finish.

    Each task parses `per_task` jobs. At most `ahead` tasks are in flight, and a finished future
    is dropped at once: memory and Prefect's load stay flat however many documents there are.
    """
    finished: queue.Queue[PrefectFuture[Any]] = queue.Queue()
    pending: dict[PrefectFuture[Any], list[tuple[str, str]]] = {}
    batches = iter([list(jobs[i:i + per_task]) for i in range(0, len(jobs), per_task)])

    def submit_more() -> None:
        for batch in itertools.islice(batches, max(0, ahead - len(pending))):
            parameters = {"jobs": batch, "name": _task_name(batch), "limits": limits, "ocr": ocr}
            future = runner.submit(parse_documents, parameters=parameters)
            pending[future] = batch
            future.add_done_callback(finished.put)

    submit_more()
    while pending:
        future = finished.get()
        batch = pending.pop(future)
        results = future.result(raise_on_failure=False)
        if isinstance(results, BaseException):  # the task itself failed (e.g. its Dask worker died)
            results = [results] * len(batch)
        for (key, _), result in zip(batch, results, strict=True):
            yield key, result
        submit_more()


# --------------------------------------------------------------------------- flow steps


@dataclass
class _Plan:
    """What to do with each discovered file, decided before anything is parsed."""

    to_parse: dict[str, store.FileRecord] = field(default_factory=dict)  # path -> record to write
    settled: list[store.FileRecord] = field(default_factory=list)  # skipped or failed already
    duplicates: list[tuple[store.FileRecord, str]] = field(default_factory=list)  # record, first path
    moves: list[tuple[store.FileRecord, str]] = field(default_factory=list)  # record, path it moved from
    previous_document_ids: dict[str, str] = field(default_factory=dict)  # path -> earlier document
    failed_earlier: set[str] = field(default_factory=set)  # paths not parsed again


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _mtime(stat: os.stat_result) -> dt.datetime:
    return dt.datetime.fromtimestamp(stat.st_mtime, dt.timezone.utc).replace(tzinfo=None)


def _base_record(path: Path, now: dt.datetime) -> dict[str, Any]:
    return {
        "path": text_path(path), "file_name": text_path(path.name), "last_seen_at": now,
        "parser_version": PARSER_VERSION,
    }


def _fingerprint(path: Path, now: dt.datetime, earlier: store.FileRecord | None = None,
                 timeout: float | None = None) -> store.FileRecord:
    """A `files` record with size, mtime and sha256 filled in, or status 'failed' if unreadable
    (or if reading it takes more than `timeout` seconds, as its parse would).

    A file whose size and mtime are those recorded for its path by an earlier run keeps the
    recorded sha256 without being read (as rsync and make decide): a re-run opens no PDF.
    """
    base = _base_record(path, now)
    if path.is_symlink() and not path.exists():
        target = text_path(os.readlink(path))
        return store.FileRecord(**base, status="failed", reason=f"cannot read file: broken link to {target}")
    try:
        stat = path.stat()
        kind = special_file_kind(stat.st_mode)
        if kind:
            return store.FileRecord(**base, mtime=_mtime(stat), status="skipped", reason=f"not a regular file: {kind}")
        sha = earlier.sha256 if _same_stat(earlier, stat) else sha256_file(path, timeout)
    except TimeoutError as exc:
        return store.FileRecord(**base, size_bytes=stat.st_size, status="failed", reason=f"too slow: {exc}")
    except OSError as exc:
        return store.FileRecord(**base, status="failed", reason=_reason(exc))
    # status is provisional ('loaded' if the parse and load succeed); the plan decides.
    return store.FileRecord(**base, size_bytes=stat.st_size, mtime=_mtime(stat), sha256=sha, status="loaded")


def _same_stat(earlier: store.FileRecord | None, stat: os.stat_result) -> bool:
    """The path's size and mtime are what an earlier run recorded with its sha256."""
    return (
        earlier is not None and earlier.sha256 is not None
        and earlier.size_bytes == stat.st_size and earlier.mtime == _mtime(stat)
    )


def _not_a_pdf(path: Path, now: dt.datetime) -> store.FileRecord:
    """A file found in a folder whose name does not end in .pdf: skipped, saying what it is."""
    base = _base_record(path, now)
    try:
        stat = path.stat()
        kind = special_file_kind(stat.st_mode)
        if kind:
            reason = f"not a regular file: {kind}"
        elif stat.st_size == 0:
            reason = "not a PDF: empty file"
        else:
            head = read_head(path)
            reason = (
                "not named .pdf, though its bytes are a PDF: rename it, or name it on the command line"
                if is_pdf_header(head) else f"not a PDF: {describe_bytes(head)}"
            )
    except OSError as exc:
        return store.FileRecord(**base, status="skipped", reason=f"not a PDF; {_reason(exc)}")
    return store.FileRecord(**base, size_bytes=stat.st_size, mtime=_mtime(stat), status="skipped", reason=reason)


def _earlier_records(db: str, paths: Iterable[Path], wait: float) -> dict[str, store.FileRecord]:
    """What earlier runs recorded for these paths (one query)."""
    con = store.connect(db, wait=wait)
    try:
        return store.file_records(con, [text_path(path) for path in paths])
    finally:
        con.close()


def _plan(db: str, records: Sequence[store.FileRecord], retry_failed: bool, wait: float,
          earlier: dict[str, store.FileRecord]) -> _Plan:
    """Split files into those to parse and those settled now (unchanged, duplicate, failed before)."""
    plan = _Plan()
    first_path_of: dict[str, str] = {}  # sha256 -> first path with those bytes in this run
    con = store.connect(db, wait=wait)
    try:
        shas = [r.sha256 for r in records if r.sha256]
        known_paths = store.document_paths(con, shas)
        loaded = store.loaded_documents(con, shas, PARSER_VERSION)
        for record in records:
            previous = earlier.get(record.path)
            if previous and previous.document_id and previous.document_id != record.sha256:
                plan.previous_document_ids[record.path] = previous.document_id
            if record.sha256 is None or record.status != "loaded":
                plan.settled.append(record)
            elif record.sha256 in first_path_of:
                plan.duplicates.append((record, first_path_of[record.sha256]))
            elif record.sha256 in loaded:
                loaded_from = known_paths.get(record.sha256, record.path)
                if loaded_from == record.path:
                    plan.settled.append(_left_loaded(record, "unchanged"))
                elif os.path.lexists(loaded_from):
                    plan.settled.append(_skipped(record, f"duplicate of {loaded_from}"))
                else:
                    plan.moves.append((_left_loaded(record, f"unchanged, moved from {loaded_from}"), loaded_from))
            elif not retry_failed and _failed_before(previous, record):
                assert previous is not None
                plan.settled.append(record.model_copy(update={"status": "failed", "reason": previous.reason}))
                plan.failed_earlier.add(record.path)
            else:
                plan.to_parse[record.path] = record
            if record.sha256 is not None:
                first_path_of.setdefault(record.sha256, record.path)
    finally:
        con.close()
    return plan


def _skipped(record: store.FileRecord, reason: str) -> store.FileRecord:
    return record.model_copy(update={"status": "skipped", "reason": reason, "document_id": record.sha256})


def _left_loaded(record: store.FileRecord, reason: str) -> store.FileRecord:
    """A file whose document is loaded, left alone by this run: still loaded, skipped this time."""
    return record.model_copy(
        update={"status": "loaded", "last_run_action": "skipped", "reason": reason, "document_id": record.sha256}
    )


def _failed_before(previous: store.FileRecord | None, record: store.FileRecord) -> bool:
    """The same bytes already failed with this parser version: parsing again would fail again
    (unless the failure was not the file's: NOT_THE_FILES_FAULT)."""
    return (
        previous is not None
        and previous.status == "failed"
        and previous.sha256 == record.sha256
        and previous.parser_version == PARSER_VERSION
        and not (previous.reason or "").startswith(NOT_THE_FILES_FAULT)
    )


def _as_failed(record: store.FileRecord, reason: str) -> store.FileRecord:
    return record.model_copy(update={"status": "failed", "reason": reason, "document_id": None})


class _Writer:
    """The single writer: loads in small batches, each in a short-lived connection.

    Parsing never holds the database; every few seconds (or documents) the writer opens it,
    loads each pending document in its own transaction, records the other files, and closes
    it again. A run killed half-way keeps what it loaded; the next run skips those files.
    """

    def __init__(self, db: str, previous_document_ids: dict[str, str], logger: Any):
        self.db = db
        self.previous = previous_document_ids
        self.logger = logger
        self.documents: list[tuple[store.FileRecord, ParsedDocument]] = []
        self.files: list[store.FileRecord] = []
        self.moves: list[tuple[store.FileRecord, str]] = []
        self.done: list[store.FileRecord] = []
        self.pages_parsed = 0
        self.load_seconds = 0.0  # time spent with the database open
        self._last_flush = time.monotonic()

    def add_document(self, record: store.FileRecord, doc: ParsedDocument) -> None:
        first = self.pages_parsed == 0 and not self.documents
        self.documents.append((record, doc))
        self.pages_parsed += doc.provenance.page_count
        # The first document goes in at once: a reader sees the run has begun, a killed run keeps it.
        self._maybe_flush(now=first)

    def add_files(self, records: Iterable[store.FileRecord]) -> None:
        self.files.extend(records)
        self._maybe_flush()

    def add_moves(self, moves: Iterable[tuple[store.FileRecord, str]]) -> None:
        self.moves.extend(moves)
        self._maybe_flush()

    @property
    def pending(self) -> int:
        return len(self.documents) + len(self.files) + len(self.moves)

    def _maybe_flush(self, now: bool = False) -> None:
        due = now or time.monotonic() - self._last_flush >= LOAD_BATCH_SECONDS
        if self.pending >= LOAD_BATCH_SIZE or (due and self.pending):
            self.flush(final=False)

    def flush(self, final: bool = True) -> None:
        """Write what is pending. Busy (a long query holds the file): try at the next flush, or fail."""
        if not self.pending:
            return
        started = time.monotonic()
        try:
            con = store.connect(self.db, wait=LOAD_WAIT_SECONDS if final else LOAD_WAIT_SECONDS_BETWEEN)
        except store.DatabaseBusy:
            if final:
                raise
            self.logger.warning("database busy, loading later: %d file(s) pending", self.pending)
            return
        try:
            self._load_documents(con)
            if self.files:
                store.record_files(con, self.files, self._replaced(self.files))
                self._done(self.files)
                self.files = []
            while self.moves:
                record, old_path = self.moves[0]
                store.move_document(con, record.document_id or "", record, old_path)
                self._done([record])
                self.moves.pop(0)
        finally:
            con.close()
            self._last_flush = time.monotonic()
            self.load_seconds += self._last_flush - started

    def _load_documents(self, con: Any) -> None:
        """All pending documents in one transaction; if the database rejects a row, one by one."""
        if not self.documents:
            return
        loaded = [self._loaded(record, doc) for record, doc in self.documents]
        try:
            store.load_documents(con, [doc for _, doc in self.documents], loaded,
                                 self._replaced([record for record, _ in self.documents]))
        except Exception:  # noqa: BLE001 - find the document the database rejects; the others load
            while self.documents:
                record, doc = self.documents[0]
                self._load(con, record, doc)
                self.documents.pop(0)
            return
        self.documents = []
        self._done(loaded)

    @staticmethod
    def _loaded(record: store.FileRecord, doc: ParsedDocument) -> store.FileRecord:
        """The file's record once its document is stored: with the hash and size of the bytes parsed
        (the file may have been rewritten since it was hashed)."""
        update = {"status": "loaded", "reason": None, "document_id": doc.document_id, "sha256": doc.document_id,
                  "size_bytes": doc.provenance.size_bytes}
        return record.model_copy(update=update)

    def _load(self, con: Any, record: store.FileRecord, doc: ParsedDocument) -> None:
        loaded = self._loaded(record, doc)
        try:
            store.load_document(con, doc, [loaded], self._replaced([record]))
        except Exception as exc:  # noqa: BLE001 - a row the database rejects fails this file only
            failed = _as_failed(record, f"cannot store: {_reason(exc)}")
            store.record_files(con, [failed], self._replaced([record]))
            self._done([failed])
        else:
            self._done([loaded])

    def _replaced(self, records: Iterable[store.FileRecord]) -> list[str]:
        return [self.previous[r.path] for r in records if r.path in self.previous]

    def _done(self, records: Iterable[store.FileRecord]) -> None:
        for record in records:
            self.done.append(record)
            if record.status == "failed":
                self.logger.warning("failed %s: %s", shown(record.path), shown(record.reason))
            else:
                note = f" ({shown(record.reason)})" if record.reason else ""
                self.logger.info("%s %s%s", _action(record), shown(record.path), note)


def _action(record: store.FileRecord) -> store.FileStatus:
    """What this run did with the file."""
    return record.last_run_action or record.status


def _settle_duplicates(
    duplicates: Sequence[tuple[store.FileRecord, str]], outcome_of: dict[str, store.FileRecord]
) -> list[store.FileRecord]:
    """A second path with the same bytes ends as its first path did."""
    settled = []
    for record, first in duplicates:
        original = outcome_of.get(first)
        if original is not None and original.status == "failed":
            settled.append(_as_failed(record, f"duplicate of {first}, which failed: {original.reason}"))
        elif original is not None and original.document_id != record.sha256:
            # The first path was rewritten while it was read: these bytes are not stored; the next run parses them.
            note = f"not parsed yet: {first} changed while it was read; this file is parsed on the next run"
            settled.append(record.model_copy(update={"status": "skipped", "reason": note, "document_id": None}))
        else:
            settled.append(_skipped(record, f"duplicate of {first}"))
    return settled


@flow(name="ingest", task_runner=ThreadPoolTaskRunner(max_workers=DEFAULT_MAX_WORKERS))
def ingest_flow(
    paths: list[str],
    db: str,
    retry_failed: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT_SECONDS,
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB,
    wait: float = 0.0,
    workers: int = DEFAULT_MAX_WORKERS,
    dask_address: str | None = None,
    ocr: bool = True,
    ocr_languages: str = DEFAULT_OCR_LANGUAGES,
    ocr_cache: str | None = None,
) -> IngestSummary:
    """Ingest every PDF under `paths` into the DuckDB file `db` and summarise what happened.

    Files already loaded with the same bytes and parser version are skipped ('unchanged');
    files that failed before with the same bytes and parser version are not parsed again
    unless `retry_failed`. Each document is parsed in a child process stopped after
    `timeout` seconds or `max_memory_mb` of memory, `workers` at a time, or on the Dask
    cluster at `dask_address` (its scheduler, e.g. tcp://10.0.0.5:8786). Another ingest into
    `db` is waited for up to `wait` seconds, then the run stops with DatabaseBusy. Pages that need OCR are read
    with OCR in `ocr_languages` unless `ocr` is False; OCR'd copies are kept in `ocr_cache`
    (default: the folder `<db>.ocr` beside the database).
    """
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    runner = _parse_runner(workers, dask_address)
    logger = get_run_logger()
    ocr_settings = OcrSettings(enabled=ocr, languages=ocr_languages, cache_dir=ocr_cache or f"{db}.ocr")
    with store.IngestLock(db, wait=wait):
        summary = _ingest(
            logger, paths, db, retry_failed, Limits(timeout, max_memory_mb), wait, runner, workers, ocr_settings
        )
    # The run's final state says how many files failed ("... 2 failed"), in Prefect's UI too; the
    # caller still gets the summary (Prefect returns a returned state's data).
    return Completed(message=summary.counts_line(), data=summary)  # type: ignore[return-value]


def _ingest(logger: Any, paths: list[str], db: str, retry_failed: bool, limits: Limits, wait: float,
            runner: TaskRunner, workers: int, ocr: OcrSettings) -> IngestSummary:
    started = time.monotonic()
    now = _utcnow()
    found = without_own_files(discover(paths), db, ocr.cache_dir)
    earlier = _earlier_records(db, found.pdfs, wait=max(wait, LOAD_WAIT_SECONDS))
    records = [_fingerprint(path, now, earlier.get(text_path(path)), limits.timeout_seconds) for path in found.pdfs]
    records += [_not_a_pdf(path, now) for path in found.others]
    records += [
        store.FileRecord(**_base_record(folder, now), status="failed", reason=reason)
        for folder, reason in found.unreadable_folders.items()
    ]
    real_path = {text_path(path): path for path in [*found.pdfs, *found.others]}
    plan = _plan(db, records, retry_failed, wait=max(wait, LOAD_WAIT_SECONDS), earlier=earlier)
    logger.info("%d file(s) found, %d to parse", len(records), len(plan.to_parse))
    progress = _progress_listener
    if progress:
        progress.started(len(plan.to_parse))

    writer = _Writer(db, plan.previous_document_ids, logger)
    writer.add_files(plan.settled)
    writer.add_moves(plan.moves)
    parse_started = time.monotonic()
    if plan.to_parse:
        jobs = [(key, str(real_path[key])) for key in plan.to_parse]
        with runner:
            slots = _slots(runner, workers)
            per_task = documents_per_task(len(jobs), slots)
            for key, result in _parse_all(runner, jobs, limits, ocr, SUBMIT_AHEAD_PER_WORKER * slots, per_task):
                record, pages = plan.to_parse[key], 0
                if isinstance(result, BaseException):
                    record = _as_failed(record, _reason(result))
                    writer.add_files([record])
                else:
                    pages = result.provenance.page_count
                    writer.add_document(record, result)
                if progress:
                    progress.parsed(record, pages)
    parse_seconds = time.monotonic() - parse_started
    writer.flush()
    outcome_of = {record.path: record for record in writer.done}
    writer.add_files(_settle_duplicates(plan.duplicates, outcome_of))
    writer.flush()

    order = {record.path: index for index, record in enumerate(records)}
    final = sorted(writer.done, key=lambda record: order.get(record.path, len(order)))
    summary = IngestSummary(
        db=db,
        outcomes=[
            FileOutcome(r.path, _action(r), r.reason, r.document_id, r.path in plan.failed_earlier)
            for r in final
        ],
        parsed=len(plan.to_parse),
        pages_parsed=writer.pages_parsed,
        seconds=time.monotonic() - started,
        parse_seconds=parse_seconds if plan.to_parse else 0.0,
        load_seconds=writer.load_seconds,
    )
    create_markdown_artifact(summary.to_markdown(), key=ARTIFACT_KEY, description=summary.counts_line())
    (logger.warning if summary.failed else logger.info)(summary.counts_line())
    logger.info(summary.timing_line())
    return summary
