"""Prefect's temporary server for one `minutes ingest`: started early, used, stopped; clear when it fails."""

from __future__ import annotations

import socket
import subprocess
import time

import pytest
from prefect import flow
from prefect.client.orchestration import get_client
from prefect.settings import PREFECT_API_URL, temporary_settings

from flows import api_server
from flows.api_server import ServerError, TemporaryServer, flows_use
from tests.procs import prefect_home


@flow(name="probe")
def probe() -> str:
    return "ran"


def test_flows_run_against_the_temporary_server_and_it_stops(monkeypatch, tmp_path) -> None:
    # The free port it chose is taken before the server binds it (another program was quicker):
    # it starts again on another port.
    taken = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    ports = iter([taken.getsockname()[1]])
    real_free_port = api_server._free_port
    monkeypatch.setattr(api_server, "_free_port", lambda: next(ports, None) or real_free_port())
    # Its own Prefect home, with a database already migrated (as on any start but the first).
    monkeypatch.setenv("PREFECT_HOME", str(prefect_home(tmp_path)))
    server = TemporaryServer(timeout=120).start()
    try:
        assert server.port == taken.getsockname()[1]
        # No server configured (the session's test harness, if started earlier, set one).
        with temporary_settings(restore_defaults={PREFECT_API_URL}), flows_use(server):
            assert server.port != taken.getsockname()[1]
            assert probe() == "ran"
            with get_client(sync_client=True) as client:
                assert str(client.api_url).rstrip("/") == server.api_url
                assert [run.name for run in client.read_flow_runs()] != []
        process = server.process
        assert process is not None and process.poll() is None
    finally:
        server.stop()
        taken.close()
    assert process.poll() is not None and server.process is None


def test_a_server_that_does_not_answer_in_time_is_a_clear_error_and_is_stopped() -> None:
    server = TemporaryServer(timeout=0.2).start()
    process = server.process
    with pytest.raises(ServerError, match="did not answer within 0 s.*STARTUP_TIMEOUT_SECONDS"):
        server.wait_ready()
    assert process is not None and process.poll() is not None


def test_a_server_that_exits_says_why(monkeypatch) -> None:
    monkeypatch.setenv("PREFECT_SERVER_DATABASE_CONNECTION_URL", "nosuchdriver://nowhere")
    server = TemporaryServer(timeout=120).start()
    try:
        with pytest.raises(ServerError, match="exited with status 1: .*nosuchdriver"):
            server.wait_ready()
    finally:
        server.stop()


def test_a_killed_prefect_server_stops_the_run_in_one_line(monkeypatch, capsys) -> None:
    import threading

    from flows.api_server import TemporaryServer
    from pipeline import cli

    server, told, died = TemporaryServer(), [], threading.Event()
    server.process = subprocess.Popen(["sleep", "30"])
    server.watch(lambda what: (told.append(what), died.set()))
    server.process.kill()
    assert died.wait(5) and told == ["Prefect's temporary server stopped during the run (exit status -9)"]

    server.process, told[:] = subprocess.Popen(["sleep", "30"]), []
    server.watch(lambda what: told.append(what))
    server.stop()  # stopped by minutes itself: not a death
    time.sleep(0.2)
    assert told == []

    def exit_now(status: int) -> None:
        raise SystemExit(status)

    monkeypatch.setattr(cli.os, "_exit", exit_now)
    with pytest.raises(SystemExit) as exited:
        cli._prefect_server_died("Prefect's temporary server stopped during the run (exit status -9)")
    assert exited.value.code == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "the documents loaded so far are kept" in err
