"""Run one document's parse in a child process, with a time limit and a memory bound.

A thread cannot be stopped, a process can: a PDF that sends pdfminer into a loop for
minutes, or makes it allocate without end, costs one child process, which is killed and
reported, never the ingest run. Each document gets a fresh child, forked from a
"forkserver" that has already imported the parser, so starting one costs milliseconds and
whatever memory a document took is given back when its child exits.

The time limit can grow while a child runs: before slow work whose length it can tell (OCR of
N pages), the child asks for more time with `extend_deadline(seconds)`, a message through the
same pipe that carries its answer. The child leads its own process group, so the programs it
starts (tesseract) are stopped with it.

Nothing outlives the parent: each child holds the read end of a "lifeline" pipe whose write end
only the parent holds, and a thread of the child kills the child's whole process group when the
pipe reaches EOF (the parent ended, even by SIGKILL) or when the deadline, which the child keeps
too, has passed by CHILD_GRACE_SECONDS (the parent normally stops it first, and says why). With
every child gone, the forkserver sees its last client leave and exits.
"""

from __future__ import annotations

import ctypes
import errno
import importlib
import logging
import multiprocessing
import os
import resource
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing import spawn
from multiprocessing.connection import Connection
from typing import Any

from pipeline.errors import MinutesError, UnreadablePDF

DEFAULT_TIMEOUT_SECONDS = 120.0
DEFAULT_MAX_MEMORY_MB = 2048
# Imported once by the forkserver, so every child starts with the parser loaded.
PRELOAD = ["pipeline.parse", "pipeline.isolation_warmup"]
_PR_SET_PDEATHSIG = 1
CHILD_NAME = "minutes-parse"
# The child stops itself this long after its deadline, if the parent has not (the parent's reason wins).
CHILD_GRACE_SECONDS = 5.0


@dataclass(frozen=True)
class Limits:
    """`None` turns a limit off."""

    timeout_seconds: float | None = DEFAULT_TIMEOUT_SECONDS
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB


# The pipe to the parent, in a parse child only (see extend_deadline).
_parent_pipe: Connection | None = None
# In a parse child: when it stops itself (time.monotonic()), or None for no time limit.
_own_deadline: float | None = None


def extend_deadline(seconds: float) -> None:
    """In a parse child: ask the parent to allow `seconds` more before it stops this child.

    Elsewhere (a parse in the calling process) there is no deadline and this does nothing.
    """
    global _own_deadline
    if _parent_pipe is not None and seconds > 0:
        if _own_deadline is not None:
            _own_deadline += seconds
        _parent_pipe.send(("extend", float(seconds)))


class ParseTimeout(UnreadablePDF):
    """The parse ran past the time limit and was stopped."""


class ParseTooLarge(UnreadablePDF):
    """The parse needed more memory than the bound."""


class ParseCrashed(UnreadablePDF):
    """The child process died without an answer (a crash in native code, or killed)."""


# Raised as a ChildProcessError (an OSError, retried as I/O hiccups are; multiprocessing starts a new
# forkserver for the next child) when the forkserver was killed under a parse.
FORKSERVER_STOPPED = "interrupted: the process that starts the parser's processes was killed"


class ParserError(MinutesError):
    """The parser raised an unexpected error in the child; the text is 'Type: message'."""


def _without_main(preparation_data: Callable[[str], dict[str, Any]]) -> Callable[[str], dict[str, Any]]:
    """multiprocessing's preparation data, minus the parent's __main__ for parse children.

    A forkserver child first runs the parent's main script or module again (for functions
    defined there): under `minutes` that imports the CLI, under a Prefect worker all of
    Prefect, 0.1 s to seconds of CPU per document. A parse child runs only this module's
    code, so it needs no __main__. (Preloading "__main__" in the forkserver is the documented
    cure, but it has no effect before Python 3.14: CPython issue gh-126631.)
    """

    def without_main(name: str) -> dict[str, Any]:
        data = preparation_data(name)
        if name == CHILD_NAME:
            data.pop("init_main_from_path", None)
            data.pop("init_main_from_name", None)
        if "sys_path" in data:
            data["sys_path"] = child_sys_path(data["sys_path"], os.getcwd())
        return data

    without_main.wrapped = preparation_data  # type: ignore[attr-defined]
    return without_main


def child_sys_path(sys_path: list[str], cwd: str) -> list[str]:
    """The parent's import path for the forkserver and the parse children, without the working
    folder (Prefect puts it first): run from a folder that holds a `pipeline/` of its own (an old
    checkout, a data project's scripts), the children would import that instead of this package.
    Kept when this package is the one there (run from the repository)."""
    own_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return [entry for entry in sys_path
            if os.path.abspath(entry or cwd) != os.path.abspath(cwd) or os.path.abspath(cwd) == own_root]


if not hasattr(spawn.get_preparation_data, "wrapped"):  # once, even if this module is reloaded
    spawn.get_preparation_data = _without_main(spawn.get_preparation_data)

_context_lock = threading.Lock()
_context: Any = None


def _mp_context() -> Any:
    global _context
    with _context_lock:
        if _context is None:
            if "forkserver" in multiprocessing.get_all_start_methods():
                _context = multiprocessing.get_context("forkserver")
                _context.set_forkserver_preload(PRELOAD)
            else:  # pragma: no cover - not Linux
                _context = multiprocessing.get_context("spawn")
        return _context


def start_forkserver() -> None:
    """Start the process that forks the parse children now: it imports the parser (seconds of
    CPU), which can then overlap other start-up work instead of delaying the first parse."""
    if _mp_context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def run_isolated(function: Callable[..., Any], *args: Any, limits: Limits = Limits()) -> Any:
    """`function(*args)` in a child process; its result, or its error raised here.

    `function` and `args` must be picklable: `function` a function of an importable module (the
    child does not run the main script, see _without_main). Raises ParseTimeout, ParseTooLarge
    or ParseCrashed when the child is stopped or dies; an OSError or UnreadablePDF raised in the
    child is raised again here as such; any other error becomes ParserError.
    """
    context = _mp_context()
    receiver, sender = context.Pipe(duplex=False)
    lifeline, lifeline_end = context.Pipe(duplex=False)  # nothing is ever sent: its EOF is the parent's end
    child = context.Process(
        target=_child_main, args=(sender, lifeline, function, args, limits), daemon=True, name=CHILD_NAME
    )
    try:
        child.start()
        sender.close()  # the child holds the only write end: its exit makes recv() see EOF
        lifeline.close()  # ... and the only read end of the lifeline, whose write end only this process holds
        outcome = _await_outcome(receiver, child, limits)
    finally:
        if child.is_alive():
            _kill_group(child.pid)
        child.join()
        receiver.close()
        lifeline_end.close()
        child.close()
    kind, payload = outcome
    if kind == "ok":
        return payload
    raise _rebuild_error(payload, limits)


def _await_outcome(receiver: Connection, child: Any, limits: Limits) -> tuple[str, Any]:
    """The child's answer; ("extend", seconds) messages on the way move the deadline."""
    allowed = limits.timeout_seconds
    deadline = None if allowed is None else time.monotonic() + allowed
    while True:
        remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
        if not receiver.poll(remaining):
            raise ParseTimeout(f"too slow: parsing took more than {allowed:g} s and was stopped")
        try:
            message = receiver.recv()
        except EOFError:
            child.join(5)
            if _forkserver_stopped():  # killed from outside: not the file's fault, parse it again
                raise ChildProcessError(FORKSERVER_STOPPED) from None
            raise ParseCrashed(_crash_reason(child.exitcode, limits)) from None
        if message[0] != "extend":
            return message
        if deadline is not None and allowed is not None:
            deadline += message[1]
            allowed += message[1]


def _forkserver_stopped() -> bool:
    """Whether the forkserver died (it stays a zombie until multiprocessing starts another one)."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if pid is None:
        return False
    try:
        with open(f"/proc/{pid}/stat") as stat:
            state = stat.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return not os.path.isdir("/proc/self")  # no /proc at all: cannot tell
    return state in ("Z", "X")


def _kill_group(pid: int | None) -> None:
    """Kill the child and the programs it started (it leads its own process group)."""
    if pid is None:
        return
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        try:
            os.kill(pid, signal.SIGKILL)  # it had not made its group yet
        except ProcessLookupError:
            pass


def call_by_name(module: str, name: str, *args: Any) -> Any:
    """`module.name(*args)`, imported where it runs: run_isolated(call_by_name, "pipeline.parse",
    "parse_pdf", path) keeps the parser (spaCy, pdfplumber) out of the calling process."""
    return getattr(importlib.import_module(module), name)(*args)


def _crash_reason(exitcode: int | None, limits: Limits) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        text = f"crashed: the parser process was stopped by {name}"
        if limits.max_memory_mb and -exitcode in (signal.SIGKILL, signal.SIGSEGV, signal.SIGABRT):
            text += f" (perhaps out of memory: the bound is {limits.max_memory_mb} MB)"
        return text
    return f"crashed: the parser process exited with status {exitcode} without an answer"


def _rebuild_error(payload: tuple, limits: Limits) -> BaseException:
    kind = payload[0]
    if kind == "unreadable":
        return UnreadablePDF(payload[1])
    if kind == "memory":
        return ParseTooLarge(f"too large: parsing needed more than {limits.max_memory_mb} MB of memory")
    if kind == "oserror":
        _, errno, strerror, filename = payload
        return OSError(errno, strerror, filename) if errno is not None else OSError(strerror)
    _, type_name, message = payload
    return ParserError(f"{type_name}: {message}" if message else type_name)


# --------------------------------------------------------------------------- in the child


def _find_prctl() -> Callable[..., int] | None:
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        return None


# Looked up once, here: as a subprocess's preexec_fn, die_with_parent runs just after a fork of a
# process that may have threads, where loading a library could deadlock.
_prctl = _find_prctl()


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent goes (the forkserver, as when ingest is killed;
    or the parse child, for the programs it starts; or ingest, for its Prefect server)."""
    if _prctl is not None:
        _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _limit_memory(max_memory_mb: int | None) -> None:
    if not max_memory_mb:
        return
    limit = max_memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _stop_with_parent_or_deadline(lifeline: Connection) -> None:
    """In a parse child: kill this process group when the parent is gone or the deadline has passed.

    The parent may die by SIGKILL, leaving nobody to enforce the time limit; the forkserver
    does not notice (each child holds its "alive" pipe), so the child watches for itself.
    """

    def watch() -> None:
        while True:
            remaining = None if _own_deadline is None else _own_deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                break
            if lifeline.poll(remaining):  # EOF: the parent's end of the lifeline is closed
                break
        os.killpg(0, signal.SIGKILL)  # this child and the programs it started (tesseract)

    threading.Thread(target=watch, name="minutes-lifeline", daemon=True).start()


def _child_main(sender: Connection, lifeline: Connection, function: Callable[..., Any], args: tuple,
                limits: Limits) -> None:
    global _parent_pipe, _own_deadline
    die_with_parent()
    os.setpgid(0, 0)  # its own process group: killing the group stops the programs it starts too
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _parent_pipe = sender
    if limits.timeout_seconds is not None:
        _own_deadline = time.monotonic() + limits.timeout_seconds + CHILD_GRACE_SECONDS
    _stop_with_parent_or_deadline(lifeline)
    # pdfminer's warnings on a broken file would reach the terminal through Python's last-resort
    # handler, past --quiet and the progress bar; the file's reason says what matters.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    outcome: tuple[str, Any]
    try:
        _limit_memory(limits.max_memory_mb)
        outcome = ("ok", function(*args))
    except MemoryError:
        outcome = ("error", ("memory",))
    except UnreadablePDF as exc:
        outcome = ("error", ("unreadable", exc.reason))
    except OSError as exc:
        if exc.errno == errno.ENOMEM and limits.max_memory_mb is not None:
            outcome = ("error", ("memory",))  # a system call refused under the memory bound: the bound was hit
        else:
            outcome = ("error", ("oserror", exc.errno, exc.strerror or str(exc), exc.filename and str(exc.filename)))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which decides
        outcome = ("error", ("other", type(exc).__name__, " ".join(str(exc).split())))
    try:
        sender.send(outcome)
    except MemoryError:
        sender.send(("error", ("memory",)))
    except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
        sender.send(("error", ("other", type(exc).__name__, f"cannot send the result back: {exc}")))
    finally:
        sender.close()
    os._exit(0)  # skip atexit handlers and finalizers inherited from the forkserver
