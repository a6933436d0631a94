"""`minutes ingest --dry-run`: what a run would do with each file, decided exactly as a run decides
(`plan.survey`), with the database only read and nothing written."""

from __future__ import annotations

import os
from dataclasses import dataclass

from pipeline.display import shown
from pipeline.ingest.plan import Survey

# What a run would do with a file, in the order the listing gives them.
ACTIONS = ("parse", "retry", "move", "skip", "fail")


@dataclass(frozen=True)
class Intent:
    """What the run would do with one file, and why."""

    action: str  # one of ACTIONS
    path: str
    why: str


def intents(planned: Survey) -> list[Intent]:
    """One Intent per file found, in the order they were found."""
    plan = planned.plan
    found: dict[str, Intent] = {}
    for path in plan.to_parse:
        found[path] = Intent("retry" if path in plan.retried else "parse", path, plan.why_parse.get(path, ""))
    for record in plan.settled:
        if record.path in plan.failed_earlier:
            why = f"failed before with the same bytes ({record.reason}); --retry-failed parses it again"
            found[record.path] = Intent("skip", record.path, why)
        else:
            action = "fail" if record.status == "failed" else "skip"
            found[record.path] = Intent(action, record.path, record.reason or "")
    for record, first in plan.duplicates:
        found[record.path] = Intent("skip", record.path, f"duplicate of {first}")
    for record, _ in plan.moves:
        found[record.path] = Intent("move", record.path, record.reason or "")
    order = {record.path: index for index, record in enumerate(planned.records)}
    return sorted(found.values(), key=lambda intent: order.get(intent.path, len(order)))


def _as_given(path: str) -> str:
    """A path under the current folder as a relative one (shorter to read), others as they are."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def dry_run_text(planned: Survey, db: str) -> str:
    """One line per file (action, file, why), then the counts."""
    listed = intents(planned)
    width = max((len(_as_given(intent.path)) for intent in listed), default=0)
    lines = [
        f"{intent.action:<5}  {shown(_as_given(intent.path)).ljust(width)}  {shown(intent.why)}".rstrip()
        for intent in listed
    ]
    count = {action: sum(intent.action == action for intent in listed) for action in ACTIONS}
    retried = f" ({count['retry']} retried)" if count["retry"] else ""
    lines.append(
        f"dry run, nothing written: {len(listed)} file(s) into {shown(db)}: "
        f"{count['parse'] + count['retry']} to parse{retried}, {count['skip']} to skip, "
        f"{count['move']} moved, {count['fail']} cannot be read"
    )
    return "\n".join(lines)
