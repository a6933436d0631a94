"""The progress bar `minutes ingest` shows on a terminal (rich, which ships with Prefect).

Only when stderr is a terminal: piped or redirected output (cron, CI, a log file) gets the plain
summary alone, with no bar and no control characters.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn
from rich.text import Text

from pipeline import store


class ProgressBar:
    """Documents parsed of those to parse, pages per second, failures so far, time left."""

    def __init__(self, progress: Progress):
        self.progress = progress
        self.task: Any = None
        self.pages = 0
        self.failed = 0

    def started(self, to_parse: int) -> None:
        self.task = self.progress.add_task("parsing", total=to_parse, rate="", failed="")

    def parsed(self, record: store.FileRecord, pages: int) -> None:
        self.pages += pages
        self.failed += record.status == "failed"
        elapsed = self.progress.tasks[0].elapsed or 0.0
        rate = f"{self.pages / elapsed:.1f} pages/s" if elapsed > 0 else ""
        failed = f"{self.failed} failed" if self.failed else ""
        self.progress.update(self.task, advance=1, rate=rate, failed=failed)


def clock(seconds: float) -> str:
    """0:05, 12:40, 1:02:03: minutes and seconds, hours only when there are some."""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def time_text(elapsed: float | None, left: float | None, finished: bool = False) -> str:
    """'elapsed 0:05, about 0:01 left' (the estimate only once there is one)."""
    text = f"elapsed {clock(elapsed or 0.0)}"
    if left is not None and not finished:
        text += f", about {clock(left)} left"
    return text


class ElapsedAndLeftColumn(ProgressColumn):
    """The bar's clock in words: 'elapsed 0:05, about 0:01 left'."""

    def render(self, task: Task) -> Text:
        return Text(time_text(task.elapsed, task.time_remaining, task.finished), style="progress.elapsed")


@contextmanager
def ingest_progress(stream: IO[str], show: bool = True) -> Iterator[ProgressBar | None]:
    """A ProgressBar drawn on `stream` while the block runs, if `show` and `stream` is a terminal; else None."""
    if not (show and stream.isatty()):
        yield None
        return
    console = Console(file=stream)
    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TextColumn("[red]{task.fields[failed]}"), ElapsedAndLeftColumn(),
        console=console, transient=True,
    )
    with progress, _prefect_logs_through(console):
        yield ProgressBar(progress)


@contextmanager
def _prefect_logs_through(console: Console) -> Iterator[None]:
    """Prefect's log lines print above the bar instead of through it."""
    from prefect.logging.handlers import PrefectConsoleHandler

    handlers = [h for h in logging.getLogger().handlers if isinstance(h, PrefectConsoleHandler)]
    saved = [handler.console for handler in handlers]
    for handler in handlers:
        handler.console = console
    try:
        yield
    finally:
        for handler, original in zip(handlers, saved, strict=True):
            handler.console = original
