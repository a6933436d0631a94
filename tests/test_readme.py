"""The README is a front page that stays true: two commands (CI runs the second one verbatim),
a tour whose every line the CLI accepts, links to a manual that holds the rest, and a small size.
The manual itself is checked in test_docs.py."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from pipeline.cli import EXIT_OK, build_parser, main

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text()
CI_RUN = (REPO / ".ci" / "run").read_text()
MAX_README_BYTES = 16 * 1024


def section(title: str) -> str:
    return README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def quickstart_commands() -> list[str]:
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section("Quickstart"), flags=re.DOTALL)]


def minutes_argv(command: str) -> list[str]:
    """The arguments after `.venv/bin/minutes` in one shell command (a `#` comment dropped)."""
    words = shlex.split(command, comments=True)
    assert words[0].endswith("minutes"), command
    return words[1:]


def tour_commands() -> list[str]:
    (block,) = re.findall(r"```sh\n(.*?)```", section("A tour"), flags=re.DOTALL)
    return [line for line in block.splitlines() if line.strip()]


def test_quickstart_is_exactly_two_one_line_commands() -> None:
    commands = quickstart_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)
    setup, tests = commands
    assert "minutes ingest samples" in setup and "minutes query" in setup
    assert "pytest" in tests and "ruff check" in tests


def test_ci_runs_the_readme_test_command() -> None:
    test_command = quickstart_commands()[1]
    assert test_command in CI_RUN.splitlines()
    assert "set -euo pipefail" in CI_RUN


def test_the_quickstart_query_runs_on_the_samples(samples_db, capsys) -> None:
    setup = quickstart_commands()[0]
    query = setup.split(" && ")[-1]
    argv = minutes_argv(query)
    assert argv[0] == "query"
    assert main([*argv, "--db", str(samples_db)]) == EXIT_OK
    assert "(8 rows)" in capsys.readouterr().out  # one row per sample


def test_the_tour_is_ten_lines_the_cli_accepts() -> None:
    commands = tour_commands()
    assert len(commands) == 10
    parser = build_parser()
    for command in commands:
        parser.parse_args(minutes_argv(command))  # exits (fails the test) on an unknown command or option


@pytest.mark.parametrize("index", [i for i, c in enumerate(tour_commands()) if minutes_argv(c)[0] == "query"])
def test_the_tour_queries_run_on_the_samples(index, samples_db, capsys) -> None:
    argv = minutes_argv(tour_commands()[index])
    assert main([*argv, "--db", str(samples_db)]) == EXIT_OK
    assert capsys.readouterr().out.strip()


def test_the_readme_is_a_front_page_that_links_every_page_of_the_manual() -> None:
    assert len(README.encode()) <= MAX_README_BYTES
    for page in sorted((REPO / "docs").glob("*.md")):
        assert f"](docs/{page.name}" in README, page.name
    assert "](CHANGELOG.md)" in README
