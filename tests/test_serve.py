"""`minutes serve`: the ingest flow as a scheduled Prefect deployment, on a real Prefect server.

The server (`prefect server start`) and `minutes serve` run as subprocesses on 127.0.0.1 with
their own throwaway Prefect homes; this test process talks to the server only inside
`temporary_settings`, so the other tests keep their temporary server.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from pipeline import store
from pipeline.cli import EXIT_ERROR, main
from tests.procs import REPO, subprocess_env

SERVER_START_SECONDS = 120  # ~12 s on an idle machine; 55 s seen with both cores busy
SERVE_START_SECONDS = 90
RUN_SECONDS = 90
STOP_SECONDS = 30
CRON = "0 2 * * *"
TIMEZONE = "Asia/Phnom_Penh"
DEPLOYMENT = "nightly-test"

T = TypeVar("T")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _log_tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""


def _stop(process: subprocess.Popen[bytes], seconds: float = STOP_SECONDS) -> None:
    """Stop a process started in its own session, and everything it started."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(process.pid, signal.SIGKILL)  # children left behind (uvicorn, a flow run)
    except ProcessLookupError:
        pass
    process.wait()


@contextmanager
def _started(args: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        process = subprocess.Popen(
            args, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        yield process
    finally:
        _stop(process)


def _wait_for(
    what: str, check: Callable[[], T | None], seconds: float, process: subprocess.Popen[bytes], log: Path
) -> T:
    """Poll `check` until it returns something; fail early, with the log, if `process` ends."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = check()
        if result is not None:
            return result
        if process.poll() is not None:
            raise AssertionError(f"{what}: the process ended ({process.returncode}); log:\n{_log_tail(log)}")
        time.sleep(0.2)  # each check is one local HTTP request or file read: cheap
    raise AssertionError(f"{what}: not within {seconds} s; log:\n{_log_tail(log)}")


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `prefect server start` on a free port; yields its API URL."""
    home = tmp_path_factory.mktemp("prefect-server")
    url = f"http://127.0.0.1:{_free_port()}/api"
    port = url.rsplit(":", 1)[1].split("/")[0]
    args = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", port]
    log = home / "server.log"
    with _started(args, subprocess_env(home), log) as server:

        def healthy() -> bool | None:
            try:
                return httpx.get(f"{url}/health", timeout=2).status_code == 200 or None
            except httpx.HTTPError:
                return None

        _wait_for("Prefect server health", healthy, SERVER_START_SECONDS, server, log)
        yield url


@contextmanager
def _client(url: str) -> Iterator[Any]:
    """A Prefect client for `url`, for this block only (the session's settings stay as they were)."""
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: url}), get_client(sync_client=True) as client:
        yield client


def _deployment(client: Any, name: str) -> Any | None:
    from prefect.exceptions import ObjectNotFound

    try:
        return client.read_deployment_by_name(name)
    except ObjectNotFound:
        return None


def test_serve_schedules_runs_ingest_and_a_restart_keeps_the_schedule(
    prefect_server: str, tmp_path: Path, sample_pdf: Path
) -> None:
    folder = tmp_path / "minutes"
    folder.mkdir()
    shutil.copy(sample_pdf, folder / sample_pdf.name)
    db = tmp_path / "served.duckdb"
    env = subprocess_env(tmp_path)
    env["PREFECT_API_URL"] = prefect_server
    env["PREFECT_RUNNER_POLL_FREQUENCY"] = "1"  # pick up the triggered run at once (default: every 10 s)

    def serve(cron: str, log: Path) -> Any:
        args = [
            sys.executable, "-m", "pipeline.cli", "serve", str(folder), "--cron", cron, "--timezone", TIMEZONE,
            "--db", str(db), "--name", DEPLOYMENT, "--timeout", "60", "--workers", "1", "--no-ocr",
        ]
        return _started(args, env, log)

    log = tmp_path / "serve.log"
    with serve(CRON, log) as process, _client(prefect_server) as client:
        deployment = _wait_for(
            "deployment registered", lambda: _deployment(client, f"ingest/{DEPLOYMENT}"), SERVE_START_SECONDS,
            process, log,
        )
        (schedule,) = deployment.schedules
        assert (schedule.schedule.cron, schedule.schedule.timezone) == (CRON, TIMEZONE)
        assert schedule.active and not deployment.paused
        assert deployment.parameters["paths"] == [str(folder)]
        assert deployment.parameters["db"] == str(db)
        assert deployment.parameters["timeout"] == 60
        # The parse options `ingest` takes, passed on to every run; the time zone named with the schedule.
        assert (deployment.parameters["workers"], deployment.parameters["ocr"]) == (1, False)
        assert f"cron '{CRON}' in {TIMEZONE} (next run " in deployment.description
        assert f"cron '{CRON}' in {TIMEZONE} (next run " in log.read_text()

        run = client.create_flow_run_from_deployment(deployment.id)

        def final_state() -> Any | None:
            state = client.read_flow_run(run.id).state
            return state if state is not None and state.is_final() else None

        state = _wait_for("triggered run finished", final_state, RUN_SECONDS, process, log)
        assert state.is_completed(), f"{state}\n{_log_tail(log)}"

        # The run has ended, so it no longer holds the database.
        con = store.connect_read_only(str(db))
        try:
            documents = con.execute("SELECT file_name FROM documents").fetchall()
            files = con.execute("SELECT path, status FROM files").fetchall()
        finally:
            con.close()
        assert documents == [(sample_pdf.name,)]
        assert files == [(str(folder / sample_pdf.name), "loaded")]

        # An operator stops the service (systemd sends SIGTERM): the schedule stays on.
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=STOP_SECONDS) == 0, _log_tail(log)
        stopped = client.read_deployment(deployment.id)
        (schedule,) = stopped.schedules
        assert schedule.active and not stopped.paused, "stopping `minutes serve` paused the schedule"

    # ... and starts it again with a new time: the same deployment, one schedule, still on.
    new_cron = "30 6 * * 1-5"
    log = tmp_path / "serve-again.log"
    with serve(new_cron, log) as process, _client(prefect_server) as client:

        def rescheduled() -> Any | None:
            again = client.read_deployment(deployment.id)
            return again if [s.schedule.cron for s in again.schedules] == [new_cron] else None

        again = _wait_for("schedule updated", rescheduled, SERVE_START_SECONDS, process, log)
        assert again.schedules[0].active and not again.paused


def test_serve_without_a_server_says_how_to_start_one(tmp_path: Path) -> None:
    db = tmp_path / "never.duckdb"
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "serve", str(REPO / "samples"), "--cron", CRON, "--db", str(db)],
        cwd=REPO, env=subprocess_env(tmp_path), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == EXIT_ERROR
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("minutes: scheduled runs need a Prefect server")
    assert "prefect server start" in line and "PREFECT_API_URL" in line
    assert not db.exists()


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--cron", "0 2 * *"], "minutes: invalid cron expression '0 2 * *': give five fields"),
        (["--cron", "61 * * * *"], "minutes: invalid cron expression '61 * * * *'"),
        (["--cron", CRON, "--timezone", "Mars/Olympus"], "minutes: unknown time zone 'Mars/Olympus'"),
    ],
)
def test_serve_refuses_a_bad_schedule_in_one_line(
    option: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", str(REPO / "samples"), "--db", str(tmp_path / "x.duckdb"), *option]) == EXIT_ERROR
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(message)


def test_serve_refuses_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", str(tmp_path / "nowhere"), "--cron", CRON]) == EXIT_ERROR
    assert "no such file or directory" in capsys.readouterr().err
