"""Prefect's API for one `minutes ingest`: the server in PREFECT_API_URL, or a temporary local one.

Without PREFECT_API_URL, Prefect starts a temporary server itself, but only once the flow is
called: after this process has imported Prefect and the server's own code (~4 s), and then
it waits ~8 s more for the server to boot. `TemporaryServer` starts the very same server
(uvicorn serving `prefect.server.api.server:create_app`, ephemeral: no UI, only the services
Prefect runs in its temporary server) first thing, before Prefect is imported, so that it
boots on the other core while this process imports and plans; the flow then runs against it
as against any server.
It is stopped when the run ends, and dies with this process if that is killed.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from pipeline.errors import MinutesError
from pipeline.isolation import die_with_parent

# Its first start on a machine creates Prefect's database (migrations): far longer than the
# ~8 s of later starts on a busy machine. PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS overrides.
DEFAULT_STARTUP_TIMEOUT_SECONDS = 180.0
STOP_TIMEOUT_SECONDS = 10.0
_POLL_SECONDS = 0.1
_PORT_RETRIES = 3
# As Prefect starts its temporary server (prefect.server.api.server.SubprocessASGIServer), but
# without automations (the triggers and actions services): they belong on a lasting server (set
# PREFECT_API_URL), not on one that lives for one run, and they cost ~1.2 s of its ~10 s of CPU.
_SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1",
               "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false"}


class ServerError(MinutesError):
    """Prefect's temporary server did not start."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _prefect_parent_folder() -> str:
    """The folder holding the prefect package, found without importing it (seconds)."""
    spec = importlib.util.find_spec("prefect")
    if spec is None or spec.origin is None:
        raise ServerError("Prefect is not installed")
    return str(Path(spec.origin).parent.parent)


def startup_timeout() -> float:
    value = os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS")
    return float(value) if value else DEFAULT_STARTUP_TIMEOUT_SECONDS


class TemporaryServer:
    """A Prefect API server on 127.0.0.1, from start() to stop()."""

    def __init__(self, timeout: float | None = None):
        self.timeout = startup_timeout() if timeout is None else timeout
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self._output: IO[bytes] | None = None  # what the server prints: shown if it fails to start

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> TemporaryServer:
        """Launch the server and return at once; `wait_ready()` waits for it to answer."""
        self.port = _free_port()
        self._output = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", _prefect_parent_folder(),
             "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1",
             "--port", str(self.port), "--log-level", "error", "--lifespan", "on"],
            env={**os.environ, **_SERVER_ENV}, stdin=subprocess.DEVNULL, stdout=self._output,
            stderr=subprocess.STDOUT, preexec_fn=die_with_parent,  # noqa: PLW1509 - one prctl call, fork-safe
        )
        return self

    def wait_ready(self) -> str:
        """Wait until the server answers its health check; its API URL. Raises ServerError."""
        assert self.process is not None, "start() first"
        deadline = time.monotonic() + self.timeout
        port_retries = 0
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                if self._port_was_taken() and port_retries < _PORT_RETRIES:
                    port_retries += 1  # another program took the free port before the server bound it
                    self.stop()
                    self.start()
                    continue
                raise ServerError(f"Prefect's temporary server exited with status {self.process.returncode}: "
                                  f"{self._last_output_line() or 'no message'}")
            if self._healthy():
                return self.api_url
            time.sleep(_POLL_SECONDS)
        self.stop()
        raise ServerError(
            f"Prefect's temporary server did not answer within {self.timeout:.0f} s (a busy machine? "
            "set PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, or run `prefect server start` "
            "and set PREFECT_API_URL)"
        )

    def _printed(self) -> str:
        if self._output is None:
            return ""
        self._output.seek(0)
        return self._output.read().decode(errors="replace")

    def _last_output_line(self) -> str:
        """The server's last word (the error, after a traceback)."""
        lines = self._printed().strip().splitlines()
        return lines[-1].strip() if lines else ""

    def _port_was_taken(self) -> bool:
        return "address already in use" in self._printed().lower()

    def _healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as response:  # noqa: S310 - our URL
                return response.status == 200
        except (OSError, urllib.error.URLError):
            return False

    def watch(self, on_death: Callable[[str], None]) -> None:
        """From now on, call `on_death(what happened)` (in a background thread) if the server exits
        before stop(): killed, or crashed."""
        process = self.process
        assert process is not None, "start() first"

        def wait_for_exit() -> None:
            process.wait()
            if self.process is process:  # not stopped by stop()
                on_death(f"Prefect's temporary server stopped during the run (exit status {process.returncode})")

        threading.Thread(target=wait_for_exit, name="prefect-server-watch", daemon=True).start()

    def stop(self) -> None:
        """Stop the server (SIGTERM: it finishes writing its database), killing it if it hangs."""
        process, self.process = self.process, None  # first: a watcher then knows this exit is wanted
        if process is not None:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(STOP_TIMEOUT_SECONDS)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        if self._output is not None:
            self._output.close()
            self._output = None



def _server_configured() -> bool:
    """PREFECT_API_URL names a server: in the environment, or in Prefect's settings if already loaded
    (a profile, or a test harness); reading those otherwise would mean importing Prefect first."""
    if os.environ.get("PREFECT_API_URL"):
        return True
    settings = sys.modules.get("prefect.settings")
    return bool(settings and settings.PREFECT_API_URL.value())


def start_temporary_server() -> TemporaryServer | None:
    """Start Prefect's temporary server now, unless PREFECT_API_URL names a server to use."""
    return None if _server_configured() else TemporaryServer().start()


@contextmanager
def flows_use(server: TemporaryServer | None, on_death: Callable[[str], None] | None = None) -> Iterator[None]:
    """Run the flows called in this block against `server` (once it answers); `on_death` is told
    if the server dies before the block ends (see TemporaryServer.watch).

    If Prefect's settings name a server after all (PREFECT_API_URL in a Prefect profile),
    that one is used and `server` is stopped. Logs and events Prefect still holds are sent
    before the block ends, while the server is up.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_UI_URL, temporary_settings

    if server is None or PREFECT_API_URL.value():
        if server is not None:
            server.stop()
        yield
        return
    # What a flow run imports first (~1.5 s), and what it imports later on the way (fastapi's
    # encoder for the parameters, ~0.2 s; the task engine): while the server boots.
    import fastapi.encoders  # noqa: F401
    import prefect.flow_engine  # noqa: F401
    import prefect.task_engine  # noqa: F401

    # No UI URL: this server has none, so Prefect's "View at http://..." links would lead nowhere.
    with temporary_settings(updates={PREFECT_API_URL: server.wait_ready(), PREFECT_UI_URL: ""}):
        if on_death is not None:
            server.watch(on_death)
        try:
            yield
        finally:
            _send_pending_logs_and_events()


def _send_pending_logs_and_events() -> None:
    """Prefect sends logs and events in the background, in batches: send the rest now (as its test harness does)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=STOP_TIMEOUT_SECONDS)
    EventsWorker.drain_all(timeout=STOP_TIMEOUT_SECONDS)
