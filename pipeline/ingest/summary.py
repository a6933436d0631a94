"""The run's summary (counts, timings, the Markdown artifact's table) and the progress listener's protocol."""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from pipeline import PARSER_VERSION, store
from pipeline.display import shown
from pipeline.errors import UnreadablePDF
from pipeline.isolation import (
    ParserError,
)

MAX_REASON_CHARS = 500

# Failures that are not the file's: the next run parses it again (without --retry-failed).
NOT_THE_FILES_FAULT = ("cannot store: ", "interrupted: ")




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
    run_started: float = 0.0  # time.monotonic() when the run began (after Prefect had started)
    # Set by the CLI: from the command's start to the summary, and the part of it before the run
    # (Python's imports, Prefect's start, the parse processes' warm-up): what the user waited.
    wall_seconds: float | None = None
    startup_seconds: float = 0.0
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

    def took(self) -> str:
        """'took 25.1 s (12.3 s starting Prefect)' from the command's start, once the CLI has timed it;
        else the run's own time (the artifact, written before the run ends)."""
        if self.wall_seconds is None:
            return f"took {self.seconds:.1f} s"
        return f"took {self.wall_seconds:.1f} s ({self.startup_seconds:.1f} s of it starting Prefect)"

    def timing_line(self) -> str:
        """How long the run took, and how fast it parsed."""
        if not self.parsed:
            return f"{self.took()}, nothing to parse; the database was open {self.load_seconds:.1f} s"
        rate = f" ({self.pages_parsed / self.parse_seconds:.1f} pages/s)" if self.parse_seconds > 0 else ""
        return (
            f"{self.took()}: {self.parsed} document(s) parsed, {self.pages_parsed} page(s) loaded "
            f"in {self.parse_seconds:.1f} s{rate}; the database was open {self.load_seconds:.1f} s"
        )

    def timed_from(self, command_started: float, now: float) -> IngestSummary:
        """This summary with the wall time of the command that started at `command_started`
        (time.monotonic(), as `run_started`)."""
        return dataclasses.replace(self, wall_seconds=now - command_started,
                                   startup_seconds=max(0.0, self.run_started - command_started))

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


def progress_listener() -> ProgressListener | None:
    """The listener of the innermost `reporting_progress_to` block, if any."""
    return _progress_listener


# Markdown's own characters in a table cell; `<` and `&` are escaped as HTML (an artifact renders HTML).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def _md_cell(text: str) -> str:
    """Text shown as it is in a markdown table cell: `<html>` in a reason stays visible, controls escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(shown(text), quote=False))


def failure_reason(exc: BaseException) -> str:
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


