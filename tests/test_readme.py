"""The README stays true: CI runs its test command, it documents every CLI command and option,
and its copy of the table DDL is current."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from pipeline.cli import build_parser
from pipeline.store import schema_sql

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text()
CI_RUN = (REPO / ".ci" / "run").read_text()


def quickstart_commands() -> list[str]:
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)]


def subcommands() -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def test_quickstart_is_exactly_two_one_line_commands() -> None:
    commands = quickstart_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)
    setup, tests = commands
    assert "minutes ingest samples" in setup and "minutes query" in setup
    assert "pytest" in tests


def test_ci_runs_the_readme_test_command() -> None:
    test_command = quickstart_commands()[1]
    assert test_command in CI_RUN.splitlines()
    assert "set -euo pipefail" in CI_RUN


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_subcommand_and_option_is_documented(name: str) -> None:
    assert f"minutes {name}" in README
    for action in subcommands()[name]._actions:
        for option in action.option_strings:
            if option not in ("-h", "--help"):
                assert option in README, f"{name} {option}"
        for choice in action.choices or []:
            assert str(choice) in README, f"{name} {action.dest}={choice}"


def test_readme_schema_is_current() -> None:
    assert schema_sql() in README, "regenerate the README's DDL block from pipeline.store.schema_sql()"
