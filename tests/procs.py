"""Real processes for the tests that need them: a `minutes ingest` to kill, lock holders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


# Prefect's database in a Prefect home (its default PREFECT_API_DATABASE_CONNECTION_URL).
PREFECT_DB_NAME = "prefect.db"
_migrated_db: Path | None = None


def _base_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PREFECT_API_URL", None)
    env.pop("MINUTES_DB", None)
    env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    return env


def migrated_prefect_db() -> Path:
    """An empty Prefect database with every migration applied, made once per test session.

    A Prefect server started on a new home first creates its database and runs the migrations:
    seconds of CPU each time. Each child's home starts from a copy of this one instead, so its
    server starts as on any later day (the migrations find nothing to do).
    """
    global _migrated_db
    if _migrated_db is None or not _migrated_db.exists():
        # Under the session's throwaway Prefect home (tests/conftest.py), removed when the session ends.
        home = Path(tempfile.mkdtemp(prefix="migrated-", dir=os.environ.get("PREFECT_HOME")))
        subprocess.run(
            [sys.executable, "-m", "prefect", "server", "database", "upgrade", "--yes"],
            env={**_base_env(), "PREFECT_HOME": str(home)}, cwd=REPO, check=True,
            stdin=subprocess.DEVNULL, capture_output=True, timeout=300,
        )
        _migrated_db = home / PREFECT_DB_NAME
        assert _migrated_db.exists(), f"no {PREFECT_DB_NAME} in {home}"
    return _migrated_db


def prefect_home(folder: Path) -> Path:
    """A throwaway Prefect home in `folder` whose database is already migrated."""
    home = folder / "prefect-home"
    home.mkdir(exist_ok=True)
    if not (home / PREFECT_DB_NAME).exists():
        shutil.copyfile(migrated_prefect_db(), home / PREFECT_DB_NAME)
    return home


def subprocess_env(tmp_path: Path) -> dict[str, str]:
    """The environment for a child `minutes`: its own throwaway Prefect home, no analytics, no server URL."""
    env = _base_env()
    home = prefect_home(tmp_path)
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", PYTHONUNBUFFERED="1")
    # The child's temporary Prefect server gets 20 s to start by default: too little on a busy 2-core machine.
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def start_minutes(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    """`minutes ARGS...` in a new process, stdout and stderr merged, line by line."""
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", *args],
        cwd=REPO, env=subprocess_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def read_until(process: subprocess.Popen[str], marker: str, timeout: float) -> list[str]:
    """Lines of the process's output up to and including the first containing `marker`."""
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    lines: list[str] = []
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:  # the process ended
            break
        lines.append(line)
        if marker in line:
            return lines
    raise AssertionError(f"{marker!r} not seen within {timeout} s; output:\n{''.join(lines)}")


@contextmanager
def holding(tmp_path: Path, code: str, seconds: float = 60) -> Iterator[subprocess.Popen[str]]:
    """Run `code` in a Python process that prints 'ready' when it holds what it should, then sleeps.

    The process is killed when the block ends (or after `seconds`, whichever comes first).
    """
    script = textwrap.dedent(code) + f"\nprint('ready', flush=True)\nimport time\ntime.sleep({seconds})\n"
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=REPO, env=subprocess_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        read_until(process, "ready", timeout=60)
        yield process
    finally:
        process.kill()
        process.wait()
