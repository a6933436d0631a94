"""Pages read in parallel: each page's steps driven, their Tesseract commands run one per core.

A page's work is a generator (pipeline/ocr/read.py) that yields the commands to run and is sent how
each ended; the scheduler runs as many at once as there are cores, each Tesseract on one thread
(OMP_THREAD_LIMIT=1: Tesseract's own threads cost more than they save on small images).
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Generator
from concurrent.futures import Future
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


# A page's work: a generator that yields the commands to run (Tesseract) and is sent how each ended,
# or work handed to a thread (a Future), and is sent the Future when it is done. Work that is no page's
# (the strip that tells the document's language) returns None.
Steps = Generator["list[str] | Future", "Run | Future | None", "PageRead | None"]
# The status a page is sent for a command stopped because it was begun on a guess that proved wrong.
SUPERSEDED = -15
# How a page whose Tesseract ran out of its time fails: a busy machine's, not the file's (ocr/cache.py keeps it not).
TOO_SLOW = "too slow"


def cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class _Scheduler:
    """Drives each page's steps, running up to `workers` of the commands they yield at once (each
    Tesseract on one thread). A page is begun (rendered, its image prepared in a thread: a Future) only
    when a core is free for it (_next_to_advance); a page whose command ended is advanced at once. A
    command that runs longer than `seconds` is stopped; the page fails.

    `hold`: the steps whose first command tells how the others are to be read (the document's
    language). The others do not wait for it: they begin on a guess, and when that command has ended,
    those of their commands that `stale` says are now wrong are stopped (or dropped from the queue)
    and their pages sent SUPERSEDED, to begin again; so are those that ended before it did (kept until
    then: a page read on a wrong guess is not taken). A core is never idle waiting for the guess to be
    checked. The held command is started at once, beside the others (every page's reading waits on its answer, so
    it is never queued behind a page), and takes a core from the pages not begun yet."""

    def __init__(self, steps: dict[int, Steps], workers: int, seconds: float, hold: int | None,
                 stale: Callable[[list[str]], bool] | None) -> None:
        self.steps, self.workers, self.seconds, self.hold, self.stale = steps, workers, seconds, hold, stale
        self.env = dict(os.environ, OMP_THREAD_LIMIT="1")
        self.outcomes: dict[int, PageRead | Exception | None] = {}
        self.to_send: dict[int, Run | None] = {page: None for page in steps}  # pages to advance, and with what
        self.queued: dict[int, list[str]] = {}  # page -> its command waiting for a core
        self.preparing: dict[int, Future] = {}  # page -> the work it handed to a thread
        self.running: dict[int, tuple[subprocess.Popen, float, Path]] = {}
        self.ended_on_guess: dict[int, tuple[list[str], Run]] = {}  # page -> its command and how it ended

    def run(self) -> dict[int, PageRead | Exception | None]:
        while self.to_send or self.queued or self.running or self.preparing or self.ended_on_guess:
            self._start_queued()
            for page in [page for page, work in self.preparing.items() if work.done()]:
                self.to_send[page] = self.preparing.pop(page)
            page = self._next_to_advance()
            if page is not None:
                self._advance(page)
                continue
            if self.running or self.preparing:
                time.sleep(0.005)
                self._collect()
        return self.outcomes

    def _next_to_advance(self) -> int | None:
        """A page whose command or preparation has ended (what it does next is short); else a page not begun yet
        when a core is free for it: each command running (the held one too), waiting, or image being prepared takes
        one; else the held steps, if not begun. (Pages prepared ahead of the cores took them from the first pages'
        Tesseract, which a short document's reading waits behind.)"""
        ended = [page for page, run in self.to_send.items() if run is not None]
        if ended:
            return ended[0]
        if self.to_send and len(self.running) + len(self.queued) + len(self.preparing) < self.workers:
            return next(iter(self.to_send))
        return self.hold if self.hold in self.to_send else None  # begun at once, whatever the cores do

    def _start_queued(self) -> None:
        for page in sorted(self.queued, key=lambda page: page != self.hold):
            if page != self.hold and self._busy() >= self.workers:
                return
            self.running[page] = _start(self.queued.pop(page), self.env)

    def _busy(self) -> int:
        """The cores the running commands take (the held one takes none)."""
        return len(self.running) - (self.hold in self.running)

    def _advance(self, page: int) -> None:
        sent = self.to_send.pop(page)
        try:
            command = self.steps[page].send(sent)  # type: ignore[arg-type]
        except StopIteration as done:
            self.outcomes[page] = done.value
        except (PageFailed, UnreadablePDF, OSError, ValueError, pdfium.PdfiumError) as exc:
            self.outcomes[page] = exc
        else:
            if isinstance(command, Future):
                self.preparing[page] = command
            else:
                self.queued[page] = command
            return
        if page == self.hold:  # it ended before its first command did
            self._release()

    def _collect(self) -> None:
        for page, (process, started, log) in list(self.running.items()):
            if page not in self.running:  # stopped as begun on a wrong guess, just now
                continue
            if process.poll() is None and time.monotonic() - started <= self.seconds:
                continue
            if process.returncode is None:
                process.kill()
                process.wait()
                run = Run(-9, f"{TOO_SLOW}: Tesseract took more than {self.seconds:g} s")
            else:
                run = Run(process.returncode, last_message(log.read_text(encoding="utf-8", errors="replace")))
            del self.running[page]
            if page == self.hold:
                self.to_send[page] = run
                self._advance(page)  # it learns what its command told (the plan), then the guesses are checked
                self._release()
            elif self.hold is not None and self.stale is not None:
                self.ended_on_guess[page] = (process.args, run)  # sent when the guess is checked
            else:
                self.to_send[page] = run

    def _release(self) -> None:
        """The held page's first command has ended: the others' commands begun on a wrong guess go."""
        self.hold = None
        stale, self.stale = self.stale, None
        for page, (command, run) in self.ended_on_guess.items():
            self.to_send[page] = Run(SUPERSEDED, "begun on a wrong guess") if stale and stale(command) else run
        self.ended_on_guess.clear()
        if stale is None:
            return
        for page, command in list(self.queued.items()):
            if stale(command):
                del self.queued[page]
                self.to_send[page] = Run(SUPERSEDED, "begun on a wrong guess")
        for page, (process, _, _) in list(self.running.items()):
            if stale(process.args):
                process.kill()
                process.wait()
                del self.running[page]
                self.to_send[page] = Run(SUPERSEDED, "begun on a wrong guess")


def run_steps(steps: dict[int, Steps], workers: int, seconds: float, hold: int | None = None,
              stale: Callable[[list[str]], bool] | None = None) -> dict[int, PageRead | Exception | None]:
    """Each page's outcome: its reading, or why it failed (see _Scheduler)."""
    return _Scheduler(steps, workers, seconds, hold, stale).run()


def _start(command: list[str], env: dict[str, str]) -> tuple[subprocess.Popen, float, Path]:
    log = Path(command[2]).with_suffix(".log")  # beside Tesseract's output base
    with open(log, "wb") as stderr:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr,
                                   preexec_fn=die_with_parent)
    return process, time.monotonic(), log
