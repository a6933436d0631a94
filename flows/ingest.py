"""The ingest flow: discover -> skip unchanged -> parse (one task per document) -> load -> summary.

Parsing never touches the database; only the load step opens it, after every parse has
finished, so the file is locked for as short a time as possible and has one writer.
A file that cannot be read or parsed becomes a `files` row with status 'failed' and a
reason; it never stops the other files.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Before prefect is imported: a temporary server started by this process must not phone home.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402

from pipeline import PARSER_VERSION, store  # noqa: E402
from pipeline.errors import UnreadablePDF  # noqa: E402
from pipeline.fingerprint import sha256_file  # noqa: E402
from pipeline.parse import parse_pdf  # noqa: E402
from schemas import ParsedDocument  # noqa: E402

# Parsing is CPU-bound and these machines have 2 cores; the bound also keeps a large batch
# from flooding Prefect's temporary server with task runs.
DEFAULT_MAX_WORKERS = 2
PARSE_RETRIES = 2
PARSE_RETRY_DELAY_SECONDS = 1
ARTIFACT_KEY = "minutes-ingest-summary"
MAX_REASON_CHARS = 500

# OSErrors that say the file is not there or not ours to read: retrying will not help.
_PERMANENT_OS_ERRORS = (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError)


# --------------------------------------------------------------------------- discovery


def _is_pdf_name(name: str) -> bool:
    return name.lower().endswith(".pdf")


def _walk_pdfs(root: Path) -> Iterator[Path]:
    """PDFs under `root`, following directory symlinks but never into the same directory twice.

    Hidden directories (.git, .venv, ...) are not searched.
    """
    seen_dirs: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        here = os.stat(dirpath)
        if (here.st_dev, here.st_ino) in seen_dirs:  # a symlink loop or a second link to it
            dirnames[:] = []
            continue
        seen_dirs.add((here.st_dev, here.st_ino))
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        for name in sorted(filenames):
            if _is_pdf_name(name):
                yield Path(dirpath) / name


def discover_pdfs(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Every PDF named by `paths`, as absolute real paths, each once, in a stable order.

    A directory is searched recursively for *.pdf in any case; a file is taken as given,
    whatever its extension. A path that does not exist raises FileNotFoundError.
    """
    found: dict[Path, None] = {}  # an ordered set
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            candidates: Iterable[Path] = _walk_pdfs(path)
        elif path.exists() or path.is_symlink():
            candidates = [path]
        else:
            raise FileNotFoundError(f"no such file or directory: {given}")
        for candidate in candidates:
            found.setdefault(Path(os.path.realpath(candidate)), None)
    return list(found)


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
            f"{len(self.outcomes)} file(s) into {self.db}: "
            f"{self.loaded} loaded, {self.skipped} skipped, {self.failed} failed"
        )

    def to_text(self) -> str:
        """The plain summary the CLI prints."""
        lines = [self.counts_line()]
        for outcome in self.with_status("failed"):
            note = " (failed earlier, not retried)" if outcome.failed_earlier else ""
            lines.append(f"failed: {outcome.path}: {outcome.reason}{note}")
        return "\n".join(lines)

    def to_markdown(self) -> str:
        """The run summary published as a Prefect artifact."""
        lines = [
            "# minutes ingest",
            "",
            f"Database `{self.db}`, parser {PARSER_VERSION}.",
            "",
            "| status | files |",
            "| --- | ---: |",
            f"| loaded | {self.loaded} |",
            f"| skipped | {self.skipped} |",
            f"| failed | {self.failed} |",
        ]
        if self.outcomes:
            lines += ["", "| file | status | reason |", "| --- | --- | --- |"]
            for outcome in self.outcomes:
                cells = [Path(outcome.path).name, outcome.status, outcome.reason or ""]
                lines.append("| " + " | ".join(_md_cell(cell) for cell in cells) + " |")
        return "\n".join(lines) + "\n"


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _reason(exc: BaseException) -> str:
    """One line a person can act on, from whatever a parse raised."""
    if isinstance(exc, UnreadablePDF):
        text = exc.reason
    elif isinstance(exc, OSError):
        text = f"cannot read file: {exc.strerror or exc}"
    else:  # a parser bug or a validation error: name it so it can be reported
        text = f"{type(exc).__name__}: {exc}"
    text = " ".join(text.split())
    return text if len(text) <= MAX_REASON_CHARS else text[: MAX_REASON_CHARS - 1] + "…"


# --------------------------------------------------------------------------- parse task


def _is_transient(_task: Any, _task_run: Any, state: Any) -> bool:
    """Retry only I/O hiccups: an unreadable PDF or a parser error fails the same way again."""
    exc = state.result(raise_on_failure=False)
    return isinstance(exc, OSError) and not isinstance(exc, _PERMANENT_OS_ERRORS)


@task(
    name="parse",
    task_run_name="parse {path}",
    retries=PARSE_RETRIES,
    retry_delay_seconds=PARSE_RETRY_DELAY_SECONDS,
    retry_condition_fn=_is_transient,
    # Parsing depends on the file's bytes and the parser code, not on the path argument.
    cache_policy=NO_CACHE,
)
def parse_document(path: str) -> ParsedDocument:
    return parse_pdf(path)


# --------------------------------------------------------------------------- flow steps


@dataclass
class _Plan:
    """What to do with each discovered file, decided before anything is parsed."""

    to_parse: dict[str, store.FileRecord] = field(default_factory=dict)  # path -> record to write
    settled: list[store.FileRecord] = field(default_factory=list)  # skipped or failed already
    previous_document_ids: dict[str, str] = field(default_factory=dict)  # path -> earlier document
    failed_earlier: set[str] = field(default_factory=set)  # paths not parsed again


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _fingerprint(path: Path, now: dt.datetime) -> store.FileRecord:
    """A `files` record with size, mtime and sha256 filled in, or status 'failed' if unreadable."""
    base: dict[str, Any] = {
        "path": str(path), "file_name": path.name, "last_seen_at": now, "parser_version": PARSER_VERSION,
    }
    try:
        stat = path.stat()
        sha = sha256_file(path)
    except OSError as exc:
        return store.FileRecord(**base, status="failed", reason=_reason(exc))
    mtime = dt.datetime.fromtimestamp(stat.st_mtime, dt.timezone.utc).replace(tzinfo=None)
    # status is provisional ('loaded' if the parse and load succeed); the plan decides.
    return store.FileRecord(**base, size_bytes=stat.st_size, mtime=mtime, sha256=sha, status="loaded")


def _plan(db: str, records: Sequence[store.FileRecord], retry_failed: bool) -> _Plan:
    """Split files into those to parse and those settled now (unchanged, duplicate, failed before)."""
    plan = _Plan()
    first_path_of: dict[str, str] = {}  # sha256 -> first path with those bytes in this run
    con = store.connect(db)
    try:
        earlier = store.file_records(con, [record.path for record in records])
        for record in records:
            previous = earlier.get(record.path)
            if previous and previous.document_id and previous.document_id != record.sha256:
                plan.previous_document_ids[record.path] = previous.document_id
            if record.sha256 is None:
                plan.settled.append(record)
            elif record.sha256 in first_path_of:
                plan.settled.append(_skipped(record, f"duplicate of {first_path_of[record.sha256]}"))
            elif store.is_loaded(con, record.sha256, PARSER_VERSION):
                plan.settled.append(_skipped(record, "unchanged"))
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


def _failed_before(previous: store.FileRecord | None, record: store.FileRecord) -> bool:
    """The same bytes already failed with this parser version: parsing again would fail again."""
    return (
        previous is not None
        and previous.status == "failed"
        and previous.sha256 == record.sha256
        and previous.parser_version == PARSER_VERSION
    )


def _load(
    db: str,
    parsed: Sequence[tuple[store.FileRecord, ParsedDocument]],
    settled: Sequence[store.FileRecord],
    previous_document_ids: dict[str, str],
) -> list[store.FileRecord]:
    """The single writer: one transaction per document, then the other files' rows."""
    final: list[store.FileRecord] = []
    con = store.connect(db)
    try:
        for record, doc in parsed:
            loaded = record.model_copy(
                update={"status": "loaded", "reason": None, "document_id": doc.document_id}
            )
            try:
                store.load_document(con, doc, [loaded])
            except Exception as exc:  # noqa: BLE001 - a row the database rejects fails this file only
                failed = _as_failed(record, f"cannot store: {_reason(exc)}")
                store.record_files(con, [failed])
                final.append(failed)
            else:
                final.append(loaded)
        store.record_files(con, settled)
        final.extend(settled)
        # A path whose bytes changed now points at a new document; drop the old one if nothing else does.
        store.delete_documents_if_unreferenced(con, list(previous_document_ids.values()))
    finally:
        con.close()
    return final


def _as_failed(record: store.FileRecord, reason: str) -> store.FileRecord:
    return record.model_copy(update={"status": "failed", "reason": reason, "document_id": None})


@flow(name="ingest", task_runner=ThreadPoolTaskRunner(max_workers=DEFAULT_MAX_WORKERS))
def ingest_flow(paths: list[str], db: str, retry_failed: bool = False) -> IngestSummary:
    """Ingest every PDF under `paths` into the DuckDB file `db` and summarise what happened.

    Files already loaded with the same bytes and parser version are skipped ('unchanged');
    files that failed before with the same bytes and parser version are not parsed again
    unless `retry_failed`.
    """
    logger = get_run_logger()
    now = _utcnow()
    records = [_fingerprint(path, now) for path in discover_pdfs(paths)]
    plan = _plan(db, records, retry_failed)
    logger.info("%d file(s) found, %d to parse", len(records), len(plan.to_parse))

    futures = {path: parse_document.submit(path) for path in plan.to_parse}
    parsed: list[tuple[store.FileRecord, ParsedDocument]] = []
    settled = list(plan.settled)
    for path, future in futures.items():
        result = future.result(raise_on_failure=False)
        if isinstance(result, BaseException):
            settled.append(_as_failed(plan.to_parse[path], _reason(result)))
        else:
            parsed.append((plan.to_parse[path], result))

    final = _load(db, parsed, settled, plan.previous_document_ids)
    order = {str(path): index for index, path in enumerate(record.path for record in records)}
    final.sort(key=lambda record: order.get(record.path, len(order)))
    summary = IngestSummary(
        db=db,
        outcomes=[
            FileOutcome(r.path, r.status, r.reason, r.document_id, r.path in plan.failed_earlier)
            for r in final
        ],
    )
    create_markdown_artifact(summary.to_markdown(), key=ARTIFACT_KEY, description=summary.counts_line())
    logger.info(summary.counts_line())
    return summary
