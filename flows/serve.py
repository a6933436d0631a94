"""Scheduled runs: the ingest flow served as a Prefect deployment with a cron schedule.

`serve_ingest` registers the deployment `ingest/NAME` on the Prefect server at
PREFECT_API_URL and runs, in this process, every flow run the server schedules for it (or
that someone triggers with `prefect deployment run 'ingest/NAME'`), each in a subprocess.
Only a real server (`prefect server start`) creates runs from a schedule: the temporary
server Prefect starts without PREFECT_API_URL lives and dies with one process, so it is
refused. Stopping this process leaves the schedule active (Prefect pauses it by default):
the runs it schedules meanwhile wait, and start when the process is back.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

# Before prefect is imported: never phone home.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from prefect.client.schemas.schedules import CronSchedule  # noqa: E402
from prefect.schedules import Cron, Schedule  # noqa: E402
from prefect.settings import PREFECT_API_URL  # noqa: E402
from prefect.types.entrypoint import EntrypointType  # noqa: E402
from pydantic import ValidationError  # noqa: E402

from pipeline.errors import MinutesError  # noqa: E402

# Runs of the deployment this process executes at once: two ingests of one database would
# only wait for each other's lock.
RUNS_AT_ONCE = 1
NO_SERVER_MESSAGE = (
    "scheduled runs need a Prefect server: start one with `prefect server start` and set "
    "PREFECT_API_URL (e.g. export PREFECT_API_URL=http://127.0.0.1:4200/api)"
)


class ServeError(MinutesError):
    """Why the deployment cannot be served, in one line."""


def cron_schedule(cron: str, timezone: str) -> Schedule:
    """The schedule for `cron` in `timezone`, checked as the Prefect server checks it."""
    try:
        CronSchedule(cron=cron)
    except ValidationError:
        raise ServeError(
            f"invalid cron expression {cron!r}: give five fields, minute (0-59) hour (0-23) day-of-month "
            "(1-31) month (1-12) day-of-week (0-6, 0 = Sunday), e.g. '0 2 * * *' for 02:00 every day"
        ) from None
    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValidationError:
        raise ServeError(f"unknown time zone {timezone!r}: give an IANA name, e.g. UTC or Asia/Phnom_Penh") from None
    return Cron(cron, timezone=timezone)


def api_url() -> str:
    """The Prefect server this process talks to (environment or Prefect profile), or ServeError."""
    url = PREFECT_API_URL.value()
    if not url:
        raise ServeError(NO_SERVER_MESSAGE)
    return url


def check_server(url: str) -> None:
    """Fail now, in one line, if the server does not answer (rather than in Prefect's retries)."""
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        problem = client.api_healthcheck()
    if problem is not None:
        raise ServeError(f"cannot reach the Prefect server at {url}: {problem}; is `prefect server start` running?")


def deployment_parameters(arguments: dict[str, Any]) -> dict[str, Any]:
    """The ingest flow's arguments for every run (those `minutes ingest` would pass, see
    pipeline.cli.flow_arguments); paths absolute, as runs start in another directory."""
    parameters = dict(arguments)
    parameters["paths"] = [os.path.abspath(path) for path in arguments["paths"]]
    parameters["db"] = os.path.abspath(arguments["db"])
    if arguments.get("ocr_cache"):
        parameters["ocr_cache"] = os.path.abspath(arguments["ocr_cache"])
    return parameters


def next_run(cron: str, timezone: str) -> dt.datetime | None:
    """When `cron` in `timezone` next falls due, in that zone, as the Prefect server computes it."""
    import asyncio

    from prefect.server.schemas.schedules import CronSchedule as ServerCronSchedule

    try:
        dates = asyncio.run(ServerCronSchedule(cron=cron, timezone=timezone).get_dates(n=1))
    except Exception:  # noqa: BLE001 - only a courtesy in the message
        return None
    return dates[0] if dates else None


def schedule_text(cron: str, timezone: str) -> str:
    """The schedule as an operator checks it: "cron '0 2 * * *' in Asia/Phnom_Penh (next run
    2026-12-07 02:00 Asia/Phnom_Penh, 2026-12-06 19:00 UTC)"; the time zone is always named."""
    text = f"cron '{cron}' in {timezone}"
    when = next_run(cron, timezone)
    if when is None:
        return text
    local = f"{when:%Y-%m-%d %H:%M} {timezone}"
    utc = when.astimezone(dt.timezone.utc)
    return f"{text} (next run {local})" if timezone == "UTC" else f"{text} (next run {local}, {utc:%Y-%m-%d %H:%M} UTC)"


def serve_ingest(
    name: str, schedule: Schedule, parameters: dict[str, Any], *, description: str | None = None
) -> None:
    """Register `ingest/name` with `schedule` and run its flow runs until stopped (Ctrl-C, SIGTERM)."""
    from flows.ingest import ingest_flow  # loads the parser (seconds): only once the checks have passed

    ingest_flow.serve(
        name=name,
        schedules=[schedule],
        parameters=parameters,
        description=description,
        tags=["minutes"],
        pause_on_shutdown=False,  # a restart (or a stop for maintenance) must not switch the schedule off
        limit=RUNS_AT_ONCE,
        # The runs import flows.ingest as a module: they do not depend on this process's directory.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
