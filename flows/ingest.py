"""The ingest flow: discover -> skip unchanged -> parse (one task per document) -> load -> summary.

Parsing never touches the database: each document is parsed in a child process with a
time limit and a memory bound, and a single writer loads the results in small batches, each
in a connection opened for a moment, one transaction per document. So the file is locked
briefly, a run killed half-way keeps every document it loaded (whole), and one ingest per
database runs at a time (store.IngestLock). Every file seen gets a `files` row: loaded,
skipped (unchanged, duplicate, not a PDF) or failed with a reason; no file stops the others.

Only the Prefect part is here (the flow, the parse task, the task runners); the steps it runs
are plain Python in pipeline/ingest/ (discover, plan, parse, write, summary).
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import queue
import time
from collections.abc import Iterator, Sequence
from typing import Any

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

from pipeline import store  # noqa: E402
from pipeline.display import shown  # noqa: E402
from pipeline.fingerprint import KnownDigest  # noqa: E402
from pipeline.ingest.parse import parse_file  # noqa: E402
from pipeline.ingest.plan import as_failed, known_digest, survey  # noqa: E402
from pipeline.ingest.summary import (  # noqa: E402
    FileOutcome,
    IngestSummary,
    failure_reason,
    progress_listener,
)
from pipeline.ingest.write import LOAD_WAIT_SECONDS, Writer, run_action, settle_duplicates  # noqa: E402
from pipeline.isolation import (  # noqa: E402
    DEFAULT_MAX_MEMORY_MB,
    DEFAULT_TIMEOUT_SECONDS,
    Limits,
    run_isolated,
)
from pipeline.ocr.settings import DEFAULT_OCR_LANGUAGES, DEFAULT_OCR_SETTINGS, OcrSettings  # noqa: E402
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
# OSErrors that say the file is not there or not ours to read: retrying will not help.
_PERMANENT_OS_ERRORS = (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError)
# One document for a parse task: (name for the logs, path to open, the sha256 planning found or None).
Job = tuple[str, str, KnownDigest | None]


# --------------------------------------------------------------------------- parse task


def parse_pdf(path: str, ocr: OcrSettings = DEFAULT_OCR_SETTINGS) -> ParsedDocument:
    """pipeline.parse.parse_pdf, imported on first use: the ingest process only orchestrates, so it
    never loads spaCy and the parser's rules; the parse processes have them preloaded."""
    return parse_file(path, ocr)


def _is_transient(exc: BaseException) -> bool:
    """Retry only I/O hiccups: an unreadable PDF or a parser error fails the same way again."""
    return isinstance(exc, OSError) and not isinstance(exc, _PERMANENT_OS_ERRORS)


def _parse_one(path: str, name: str, limits: Limits | None, ocr: OcrSettings,
               known: KnownDigest | None = None) -> ParsedDocument:
    """Parse one file; in a child process stopped at `limits` (None: in this process, no limits).

    `name` is the path as text (a file name need not be UTF-8), for the logs. Pages that need
    OCR are read as `ocr` says (in the same child, which asks for more time). `known` is the
    sha256 planning found: the child does not hash the file again. An I/O error is retried
    PARSE_RETRIES times.
    """
    retries = 0
    while True:
        try:
            return _parse_once(path, name, limits, ocr, known)
        except OSError as exc:
            retries += 1
            if retries > PARSE_RETRIES or not _is_transient(exc):
                raise
            get_run_logger().warning("retrying %s in %s s: %s", shown(name), PARSE_RETRY_DELAY_SECONDS, shown(exc))
            time.sleep(PARSE_RETRY_DELAY_SECONDS)


def _parse_once(path: str, name: str, limits: Limits | None, ocr: OcrSettings,
                known: KnownDigest | None) -> ParsedDocument:
    if limits is None or not PARSE_IN_CHILD:  # tests' stand-in parsers: they hash what they read
        return parse_pdf(path, ocr)
    if multiprocessing.current_process().daemon:
        # A daemonic process (a Dask worker under its nanny, by default) may not start children.
        get_run_logger().warning(
            "parsing %s without time and memory limits: this worker process is daemonic "
            "(start Dask workers with DASK_DISTRIBUTED__WORKER__DAEMON=False to keep them)", shown(name)
        )
        return parse_file(path, ocr, known)
    return run_isolated(parse_file, path, ocr, known, limits=limits)


@task(
    name="parse",
    task_run_name="parse {name}",
    # Parsing depends on the files' bytes and the parser code, not on the path arguments.
    cache_policy=NO_CACHE,
)
def parse_documents(jobs: list[Job], name: str, limits: Limits | None = None,
                    ocr: OcrSettings = DEFAULT_OCR_SETTINGS) -> list[ParsedDocument | Exception]:
    """Parse each (name, path, known sha256) job (see `_parse_one`); a file that fails gives its
    exception, in its place.

    `name` names the task run: the first file, and how many more.
    """
    results: list[ParsedDocument | Exception] = []
    for job_name, path, known in jobs:
        try:
            results.append(_parse_one(path, job_name, limits, ocr, known))
        except Exception as exc:  # noqa: BLE001 - this file fails, the others of the task go on
            results.append(exc)
    return results


def documents_per_task(documents: int, slots: int) -> int:
    """How many documents each parse task takes (see MAX_DOCUMENTS_PER_TASK)."""
    return max(1, min(MAX_DOCUMENTS_PER_TASK, documents // (slots * MIN_TASKS_PER_WORKER)))


def _task_name(jobs: Sequence[Job]) -> str:
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


def _parse_all(runner: TaskRunner, jobs: Sequence[Job], limits: Limits, ocr: OcrSettings,
               ahead: int, per_task: int = 1) -> Iterator[tuple[str, Any]]:
    """(key, ParsedDocument or the exception) for each (key, path, known) job, as their tasks finish.

    Each task parses `per_task` jobs. At most `ahead` tasks are in flight, and a finished future
    is dropped at once: memory and Prefect's load stay flat however many documents there are.
    """
    finished: queue.Queue[PrefectFuture[Any]] = queue.Queue()
    pending: dict[PrefectFuture[Any], list[Job]] = {}
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
        for (key, *_), result in zip(batch, results, strict=True):
            yield key, result
        submit_more()


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
    force: list[str] | None = None,
) -> IngestSummary:
    """Ingest every PDF under `paths` into the DuckDB file `db` and summarise what happened.

    Files already loaded with the same bytes and parser version are skipped ('unchanged');
    files that failed before with the same bytes and parser version are not parsed again
    unless `retry_failed`. Each document is parsed in a child process stopped after
    `timeout` seconds or `max_memory_mb` of memory, `workers` at a time, or on the Dask
    cluster at `dask_address` (its scheduler, e.g. tcp://10.0.0.5:8786). Another ingest into
    `db` is waited for up to `wait` seconds, then the run stops with DatabaseBusy. Pages that need OCR are read
    with OCR in `ocr_languages` unless `ocr` is False; OCR'd copies are kept in `ocr_cache`
    (default: the folder `<db>.ocr` beside the database). The PDFs under `force` are ingested
    too, and parsed again even if unchanged or failed before.
    """
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    runner = _parse_runner(workers, dask_address)
    logger = get_run_logger()
    ocr_settings = OcrSettings(enabled=ocr, languages=ocr_languages, cache_dir=ocr_cache or f"{db}.ocr")
    with store.IngestLock(db, wait=wait):
        summary = _ingest(
            logger, paths, db, retry_failed, Limits(timeout, max_memory_mb), wait, runner, workers, ocr_settings,
            force or [],
        )
    # The run's final state says how many files failed ("... 2 failed"), in Prefect's UI too; the
    # caller still gets the summary (Prefect returns a returned state's data).
    return Completed(message=summary.counts_line(), data=summary)  # type: ignore[return-value]


def _ingest(logger: Any, paths: list[str], db: str, retry_failed: bool, limits: Limits, wait: float,
            runner: TaskRunner, workers: int, ocr: OcrSettings, force: list[str]) -> IngestSummary:
    started = time.monotonic()
    planned = survey(paths, db, lambda: store.connect(db, wait=max(wait, LOAD_WAIT_SECONDS)),
                     retry_failed=retry_failed, force=force, timeout=limits.timeout_seconds, ocr_cache=ocr.cache_dir)
    records, plan, real_path = planned.records, planned.plan, planned.real_path
    logger.info("%d file(s) found, %d to parse", len(records), len(plan.to_parse))
    progress = progress_listener()
    if progress:
        progress.started(len(plan.to_parse))

    writer = Writer(db, plan.previous_document_ids, logger)
    writer.add_files(plan.settled)
    writer.add_moves(plan.moves)
    parse_started = time.monotonic()
    if plan.to_parse:
        jobs = [(key, str(real_path[key]), known_digest(record)) for key, record in plan.to_parse.items()]
        with runner:
            slots = _slots(runner, workers)
            per_task = documents_per_task(len(jobs), slots)
            for key, result in _parse_all(runner, jobs, limits, ocr, SUBMIT_AHEAD_PER_WORKER * slots, per_task):
                record, pages = plan.to_parse[key], 0
                if isinstance(result, BaseException):
                    record = as_failed(record, failure_reason(result))
                    writer.add_files([record])
                else:
                    pages = result.provenance.page_count
                    writer.add_document(record, result)
                if progress:
                    progress.parsed(record, pages)
    parse_seconds = time.monotonic() - parse_started
    writer.flush()
    outcome_of = {record.path: record for record in writer.done}
    writer.add_files(settle_duplicates(plan.duplicates, outcome_of))
    writer.flush()

    order = {record.path: index for index, record in enumerate(records)}
    final = sorted(writer.done, key=lambda record: order.get(record.path, len(order)))
    summary = IngestSummary(
        db=db,
        outcomes=[
            FileOutcome(r.path, run_action(r), r.reason, r.document_id, r.path in plan.failed_earlier)
            for r in final
        ],
        parsed=len(plan.to_parse),
        pages_parsed=writer.pages_parsed,
        seconds=time.monotonic() - started,
        run_started=started,
        parse_seconds=parse_seconds if plan.to_parse else 0.0,
        load_seconds=writer.load_seconds,
    )
    create_markdown_artifact(summary.to_markdown(), key=ARTIFACT_KEY, description=summary.counts_line())
    (logger.warning if summary.failed else logger.info)(summary.counts_line())
    logger.info(summary.timing_line())
    return summary
