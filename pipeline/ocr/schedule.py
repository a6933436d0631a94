"""Pages read in parallel: each page's steps driven, their Tesseract commands run one per core.

A page's work is a generator (pipeline/ocr/read.py) that yields the commands to run and is sent how
each ended; the scheduler runs as many at once as there are cores, each Tesseract on one thread
(OMP_THREAD_LIMIT=1: Tesseract's own threads cost more than they save on small images).
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium

from pipeline.errors import UnreadablePDF
from pipeline.isolation import die_with_parent
from pipeline.ocr.tesseract import last_message

if TYPE_CHECKING:
    from pipeline.ocr.read import PageRead


@dataclass(frozen=True)
class Run:
    """How a program the page's steps asked for ended."""

    returncode: int
    message: str


class PageFailed(Exception):
    pass


# A page's work: a generator that yields the commands to run (Tesseract) and is sent how each ended;
# it yields PLAN_READY when it is prepared and may have to wait for the language plan.
Steps = Generator[list[str], Run, "PageRead"]
PLAN_READY: list[str] = []


def cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class _Scheduler:
    """Drives each page's steps, running up to `workers` of the commands they yield at once (each
    Tesseract on one thread). The Python work of the pages (rendering, straightening, reading the
    results) is done while Tesseract runs: a page is prepared ahead, its command queued for the next
    free core. A command that runs longer than `seconds` is stopped; the page fails. `hold`: a page
    whose first command must end before the others start reading (they wait at PLAN_READY)."""

    def __init__(self, steps: dict[int, Steps], workers: int, seconds: float, hold: int | None) -> None:
        self.steps, self.workers, self.seconds, self.hold = steps, workers, seconds, hold
        self.env = dict(os.environ, OMP_THREAD_LIMIT="1")
        self.outcomes: dict[int, PageRead | Exception] = {}
        self.to_send: dict[int, Run | None] = {page: None for page in steps}  # pages to advance, and with what
        self.queued: dict[int, list[str]] = {}  # page -> its command waiting for a core (or PLAN_READY)
        self.running: dict[int, tuple[subprocess.Popen, float, Path]] = {}

    def run(self) -> dict[int, PageRead | Exception]:
        while self.to_send or self.queued or self.running:
            self._start_queued()
            waiting = sum(command is not PLAN_READY for command in self.queued.values())
            if self.to_send and waiting <= self.workers - len(self.running):  # keep one command ahead
                finished = [page for page, run in self.to_send.items() if run is not None]
                self._advance(finished[0] if finished else next(iter(self.to_send)))
                continue
            if self.running:
                time.sleep(0.005)
                self._collect()
            elif not self.to_send and self.queued:
                self._release()  # nothing left to hold them for
        return self.outcomes

    def _start_queued(self) -> None:
        for page in [page for page, command in self.queued.items() if command is not PLAN_READY]:
            if len(self.running) >= self.workers:
                return
            self.running[page] = _start(self.queued.pop(page), self.env)

    def _advance(self, page: int) -> None:
        sent = self.to_send.pop(page)
        while True:
            try:
                command = self.steps[page].send(sent)  # type: ignore[arg-type]
            except StopIteration as done:
                self.outcomes[page] = done.value
            except (PageFailed, UnreadablePDF, OSError, ValueError, pdfium.PdfiumError) as exc:
                self.outcomes[page] = exc
            else:
                if command is PLAN_READY and (self.hold is None or page == self.hold):
                    sent = None
                    continue
                self.queued[page] = command
                return
            if page == self.hold:  # it ended before its first command did
                self._release()
            return

    def _collect(self) -> None:
        for page, (process, started, log) in list(self.running.items()):
            if process.poll() is None and time.monotonic() - started <= self.seconds:
                continue
            if process.returncode is None:
                process.kill()
                process.wait()
                run = Run(-9, f"too slow: Tesseract took more than {self.seconds:g} s")
            else:
                run = Run(process.returncode, last_message(log.read_text(encoding="utf-8", errors="replace")))
            del self.running[page]
            self.to_send[page] = run
            if page == self.hold:
                self._release()

    def _release(self) -> None:
        """The held pages go on (the plan they wait for is made)."""
        self.hold = None
        for page in [page for page, command in self.queued.items() if command is PLAN_READY]:
            del self.queued[page]
            self.to_send[page] = None


def run_steps(steps: dict[int, Steps], workers: int, seconds: float,
              hold: int | None = None) -> dict[int, PageRead | Exception]:
    """Each page's outcome: its reading, or why it failed (see _Scheduler)."""
    return _Scheduler(steps, workers, seconds, hold).run()


def _start(command: list[str], env: dict[str, str]) -> tuple[subprocess.Popen, float, Path]:
    log = Path(command[2]).with_suffix(".log")  # beside Tesseract's output base
    with open(log, "wb") as stderr:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr,
                                   preexec_fn=die_with_parent)
    return process, time.monotonic(), log
