"""The parse child's deadline: extended on the child's request (OCR), and what it started dies with it."""

from __future__ import annotations

import errno
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.isolation import Limits, ParseTimeout, ParseTooLarge, call_by_name, extend_deadline, run_isolated


def sleep_after_asking(asked: float, slept: float) -> str:
    extend_deadline(asked)
    time.sleep(slept)
    return "done"


def refused_for_memory() -> None:
    raise OSError(errno.ENOMEM, "Cannot allocate memory", "/tmp/minutes-parse-x")


def start_program_and_hang(pid_file: str) -> None:
    """Start a long-running program (as tesseract would be), note its pid, then hang."""
    program = subprocess.Popen(["sleep", "300"])
    Path(pid_file).write_text(str(program.pid))
    time.sleep(300)


def test_a_child_that_asks_for_more_time_gets_it() -> None:
    assert run_isolated(sleep_after_asking, 3.0, 1.5, limits=Limits(timeout_seconds=1.0)) == "done"


def test_a_child_that_does_not_ask_is_stopped_at_the_limit() -> None:
    started = time.monotonic()
    with pytest.raises(ParseTimeout, match="too slow: parsing took more than 1 s"):
        run_isolated(sleep_after_asking, 0.0, 5.0, limits=Limits(timeout_seconds=1.0))
    assert time.monotonic() - started < 4


def test_the_extended_limit_is_still_a_limit() -> None:
    with pytest.raises(ParseTimeout, match="too slow: parsing took more than 2 s"):
        run_isolated(sleep_after_asking, 1.0, 10.0, limits=Limits(timeout_seconds=1.0))


def test_extend_deadline_outside_a_child_does_nothing() -> None:
    assert sleep_after_asking(100.0, 0.0) == "done"


def test_programs_the_child_started_are_stopped_with_it(tmp_path) -> None:
    pid_file = tmp_path / "pid"
    with pytest.raises(ParseTimeout):
        run_isolated(start_program_and_hang, str(pid_file), limits=Limits(timeout_seconds=2.0))
    pid = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _running(pid):
        time.sleep(0.1)
    assert not _running(pid)


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split()[2] != "Z"  # a zombie has ended
    except (FileNotFoundError, ProcessLookupError):  # (gone between the open and the read: ESRCH)
        return False


MAIN_SCRIPT = """
import sys
with open(sys.argv[1], "a") as runs:
    runs.write(__name__ + "\\n")
if __name__ == "__main__":
    from pipeline.isolation import call_by_name, run_isolated
    print(run_isolated(call_by_name, "os.path", "basename", "/a/b.pdf"))
"""


def test_a_child_does_not_run_the_main_script_again(tmp_path: Path) -> None:
    """Regression: each parse child ran the parent's main script again (`minutes`: the CLI's imports)."""
    script, runs = tmp_path / "main_script.py", tmp_path / "runs.txt"
    script.write_text(MAIN_SCRIPT)
    repo = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, str(script), str(runs)], cwd=repo, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(repo)}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "b.pdf"
    assert runs.read_text().split() == ["__main__"]  # not also "__mp_main__", run by the child


KILLED_PARENT_SCRIPT = """
from pipeline import isolation
isolation.PRELOAD[:] = []  # the parser is not needed here: start the forkserver in milliseconds
# No time limit: only the parent's death can stop the child and the program it started.
isolation.run_isolated(isolation.call_by_name, "subprocess", "run", ["sleep", "300"],
                       limits=isolation.Limits(timeout_seconds=None))
"""


def _descendants(pid: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parents[int(entry)] = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (FileNotFoundError, ProcessLookupError, IndexError):
                continue
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _command(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def test_nothing_outlives_a_parent_killed_by_sigkill(tmp_path: Path) -> None:
    """Regression: after `kill -9` of the ingest, the parse child, what it started and the forkserver ran on."""
    repo = Path(__file__).resolve().parent.parent
    parent = subprocess.Popen([sys.executable, "-c", KILLED_PARENT_SCRIPT], cwd=repo,
                              env={**os.environ, "PYTHONPATH": str(repo)})
    tree: set[int] = set()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            tree = _descendants(parent.pid)
            if any(_command(pid).startswith("sleep 300") for pid in tree):
                break
            time.sleep(0.05)
        else:
            pytest.fail("the child never started its program")
        assert len(tree) >= 3  # the forkserver, the parse child, its program
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_running(pid) for pid in tree):
            time.sleep(0.1)
        assert [_command(pid) for pid in tree if _running(pid)] == []
    finally:  # on failure, not left running
        parent.kill()
        for pid in tree:
            if _running(pid):
                os.kill(pid, 9)


def kill_the_forkserver_and_wait() -> None:
    """In a parse child: kill the process that forked it (the forkserver), as an outside kill would."""
    os.kill(os.getppid(), signal.SIGKILL)
    time.sleep(30)


def test_a_killed_forkserver_is_retried_not_blamed_on_the_file() -> None:
    # imported here: the parse children import this module to find their function, and Prefect is slow to import
    from flows import ingest
    from pipeline.ingest import summary

    with pytest.raises(ChildProcessError, match="^interrupted: ") as raised:
        run_isolated(kill_the_forkserver_and_wait, limits=Limits(timeout_seconds=20))
    assert ingest._is_transient(raised.value)  # parsed again at once, in the same run
    assert summary.failure_reason(raised.value).startswith(summary.NOT_THE_FILES_FAULT)  # and in the next, if it fails
    assert run_isolated(call_by_name, "os", "getpid") != os.getpid()  # a new forkserver forks the next child


def pdfminer_log_level() -> int:
    return logging.getLogger("pdfminer").getEffectiveLevel()


def test_pdfminer_warnings_stay_out_of_the_terminal() -> None:
    """A parse child keeps pdfminer's warnings to itself (they would pass --quiet on stderr)."""
    assert run_isolated(pdfminer_log_level) > logging.WARNING


def test_a_system_call_refused_for_memory_under_the_bound_is_too_large() -> None:
    """Under the bound, mkdtemp or open may fail with ENOMEM before Python raises MemoryError: the same cause."""
    with pytest.raises(ParseTooLarge, match="too large: parsing needed more than 64 MB"):
        run_isolated(refused_for_memory, limits=Limits(timeout_seconds=10.0, max_memory_mb=64))



def test_child_sys_path_leaves_out_the_working_folder() -> None:
    from pipeline.isolation import child_sys_path

    assert child_sys_path(["", "/data/project", "/usr/lib/python3"], "/data/project") == ["/usr/lib/python3"]
    repository = str(Path(__file__).resolve().parent.parent)  # run from the repository: its pipeline is ours
    assert child_sys_path(["", "/usr/lib/python3"], repository) == ["", "/usr/lib/python3"]


def test_a_pipeline_folder_in_the_working_folder_is_not_imported_by_the_children(tmp_path) -> None:
    """Regression: `minutes ingest` run from a folder holding a `pipeline/` of its own parsed with
    that code (Prefect puts the working folder on the import path)."""
    (tmp_path / "pipeline").mkdir()
    (tmp_path / "pipeline" / "__init__.py").write_text('raise ImportError("the wrong pipeline")\n')
    script = tmp_path / "scripts" / "run.py"
    script.parent.mkdir()
    script.write_text(
        "import os, sys\n"
        "from pipeline.isolation import call_by_name, run_isolated\n"
        "sys.path.insert(0, os.getcwd())  # as Prefect does\n"
        "print(run_isolated(call_by_name, 'pipeline.names', 'is_given_name', 'Ann'))\n"
    )
    repository = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=repository)
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert "wrong pipeline" not in done.stdout + done.stderr
