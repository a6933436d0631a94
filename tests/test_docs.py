"""The manual in docs/ stays true: the generated references match the code, the cookbook's
queries run on the samples and print what is shown, and every link lands somewhere."""

from __future__ import annotations

import argparse
import os
import re
import shlex
from pathlib import Path

import pytest

from pipeline import docs, store
from pipeline.cli import EXIT_OK, build_parser, main
from pipeline.store import views as history

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"


def page(name: str) -> str:
    return (DOCS / name).read_text()


# --------------------------------------------------------------------------- generated references


@pytest.mark.parametrize("name", sorted(docs.pages()))
def test_generated_page_is_current(name: str) -> None:
    current, fresh = docs.render_page(name)
    assert current == fresh, f"docs/{name} is out of date: run `{docs.REGENERATE_COMMAND}`"


@pytest.mark.parametrize("name", sorted(docs.subcommands(build_parser())))
def test_every_command_option_and_choice_is_in_the_cli_reference(name: str) -> None:
    reference = page("cli.md")
    assert f"## `minutes {name}`" in reference
    subparser, _ = docs.subcommands(build_parser())[name]
    for action in subparser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        for option in action.option_strings:
            assert f"`{option}" in reference, f"{name} {option}"
        for choice in action.choices or []:
            assert str(choice) in reference, f"{name} {action.dest}={choice}"
        if action.help and action.help != argparse.SUPPRESS:
            assert action.help.replace("|", "\\|") in reference, f"{name} {action.dest}: help text"


def _toy_parser(*commands: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="minutes")
    sub = parser.add_subparsers(dest="command")
    for name in commands:
        command = sub.add_parser(name, help=f"do {name}")
        command.add_argument("items", nargs="+", metavar="ITEM", help="what to work on")
        command.add_argument("--format", choices=("a", "b|c"), help="how")
        command.add_argument("--when", required=True, metavar="EXPR", help="when")
    return parser


def test_a_new_command_gets_its_own_section_and_a_removed_one_is_an_error() -> None:
    text = "# CLI\n\n" + docs.fenced("cli:synopsis", "old") + "\n\n" + docs.fenced("cli:one", "old") + "\n"
    filled = docs.fill_blocks(text, docs.cli_blocks(_toy_parser("one", "two")), docs._new_command_section)
    assert docs.block_keys(filled) == ["cli:synopsis", "cli:one", "cli:two"]
    assert "## `minutes two`\n\n<!-- BEGIN GENERATED cli:two -->" in filled
    assert "minutes two ITEM... [--format a|b|c] --when EXPR" in filled
    assert "| `--format a\\|b\\|c` | how |" in filled
    assert "old" not in filled
    assert docs.fill_blocks(filled, docs.cli_blocks(_toy_parser("one", "two")), docs._new_command_section) == filled
    with pytest.raises(docs.StaleBlock, match="cli:two"):
        docs.fill_blocks(filled, docs.cli_blocks(_toy_parser("one")), docs._new_command_section)


def test_a_new_table_goes_before_the_ddl() -> None:
    text = "# Schema\n\n## `a`\n\n" + docs.fenced("schema:a", "old") + "\n\n## The DDL\n\n" + docs.fenced(
        "schema:ddl", "old") + "\n"
    blocks = {"schema:a": "A", "schema:b": "B", "schema:ddl": "DDL"}
    filled = docs.fill_blocks(text, blocks, docs._new_table_section, before=docs.SCHEMA_DDL_HEADING)
    assert docs.block_keys(filled) == ["schema:a", "schema:b", "schema:ddl"]
    new_section = "## `b`\n\n<!-- BEGIN GENERATED schema:b -->\nB\n<!-- END GENERATED schema:b -->"
    assert f"\n\n{new_section}\n\n## The DDL\n" in filled
    assert docs.fill_blocks(filled, blocks, docs._new_table_section, before=docs.SCHEMA_DDL_HEADING) == filled


def test_the_schema_reference_names_every_table_and_column_and_holds_the_ddl() -> None:
    reference = page("schema.md")
    assert store.schema_sql().rstrip() in reference
    for name, table in store.TABLES.items():
        section = reference.split(f"## `{name}`\n", 1)[1].split("\n## ", 1)[0]
        for column in table.columns:
            assert f"| `{column.name}` | `{column.sql_type}` |" in section, f"{name}.{column.name}"


def test_column_notes_name_only_real_columns() -> None:
    columns = {column.name for table in store.TABLES.values() for column in table.columns}
    assert set(docs.COLUMN_NOTES) <= columns


def test_field_notes_read_descriptions_and_line_comments() -> None:
    from pydantic import BaseModel, Field

    class Toy(BaseModel):
        described: int = Field(description="from pydantic")
        commented: str = ""  # from the comment
        bare: int = 0

    assert docs.field_notes(Toy) == {"described": "from pydantic", "commented": "from the comment", "bare": ""}


# --------------------------------------------------------------------------- the SQL cookbook


def cookbook_queries() -> list[tuple[str, str | None]]:
    """(SQL, shown output or None): each ```sql block, with the ```text block right after it, if any."""
    found = re.findall(r"```sql\n(.*?)```(\s*```text\n(.*?)```)?", page("sql.md"), flags=re.DOTALL)
    return [(sql, shown if block else None) for sql, block, shown in found]


def test_the_cookbook_documents_every_view_and_macro() -> None:
    cookbook = page("sql.md")
    for name in [*history.VIEW_NAMES, *history.MACRO_NAMES]:
        assert f"`{name}" in cookbook, name
    assert sum(shown is not None for _, shown in cookbook_queries()) >= 8


# The outputs shown follow the parser: after a parsing change, rewrite them with
# `MINUTES_REGENERATE_FIXTURES=1 .venv/bin/python -m pytest tests/test_docs.py -k cookbook`, as the
# regression fixtures are (tests/test_regressions.py fails while the flag is set).
REGENERATE = os.environ.get("MINUTES_REGENERATE_FIXTURES") == "1"


@pytest.mark.parametrize("index", range(len(cookbook_queries())))
def test_cookbook_query_runs_and_prints_what_is_shown(index, samples_db, capsys) -> None:
    sql, shown = cookbook_queries()[index]
    assert main(["query", sql, "--db", str(samples_db)]) == EXIT_OK, sql
    out = capsys.readouterr().out
    if shown is not None and REGENERATE:
        text = page("sql.md")
        at = text.index(f"```sql\n{sql}```")
        block = text.index(f"```text\n{shown}```", at)
        (DOCS / "sql.md").write_text(text[:block] + f"```text\n{out}```" + text[block + len(shown) + 11:])
    elif shown is not None:
        assert out == shown, sql


# --------------------------------------------------------------------------- links


def anchor(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(text: str) -> set[str]:
    without_code = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
    return {anchor(h) for h in re.findall(r"^#{1,6} (.+)$", without_code, flags=re.MULTILINE)}


MARKDOWN = sorted([REPO / "README.md", REPO / "CHANGELOG.md", *DOCS.glob("*.md")])


@pytest.mark.parametrize("source", MARKDOWN, ids=lambda p: str(p.relative_to(REPO)))
def test_every_relative_link_lands_on_a_file_and_heading(source: Path) -> None:
    text = re.sub(r"```.*?```", "", source.read_text(), flags=re.DOTALL)
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, fragment = target.partition("#")
        resolved = (source.parent / path).resolve() if path else source
        assert resolved.exists(), f"{source.name}: {target}"
        if fragment and resolved.suffix == ".md":
            assert fragment in anchors(resolved.read_text()), f"{source.name}: {target}"


# --------------------------------------------------------------------------- operations, and commands anywhere


def product_source() -> str:
    return "\n".join(path.read_text() for package in ("pipeline", "flows") for path in (REPO / package).rglob("*.py"))


def test_every_failure_reason_in_operations_is_one_the_code_gives() -> None:
    failures = page("operations.md").split("\n## Failures\n", 1)[1].split("\n## ", 1)[0]
    reasons = re.findall(r"^\| `([^`]+)` \|", failures, flags=re.MULTILINE)
    assert len(reasons) >= 15
    source = product_source()
    for reason in reasons:
        # The reason's fixed words; `...`, `N`, `X` and the page list stand for what varies.
        pieces = [p.strip() for p in re.split(r"\.\.\.|\bN\b|\bX\b|[():]|\bpages\b", reason)]
        for piece in [p for p in pieces if len(p) >= 4 and p not in ("Type", "message")]:
            assert piece in source, f"failure reason {reason!r}: {piece!r} is not in pipeline/ or flows/"


def test_every_environment_variable_named_in_the_manual_exists() -> None:
    import prefect.settings

    text = "\n".join(path.read_text() for path in MARKDOWN)
    source = product_source()
    for name in sorted(set(re.findall(r"\b(PREFECT_[A-Z_]+|MINUTES_[A-Z_]+)\b", text))):
        if name.startswith("PREFECT_"):
            assert hasattr(prefect.settings, name), f"{name} is not a Prefect setting"
        else:
            assert name in source or name in (REPO / "tests").joinpath("test_regressions.py").read_text(), name


def minutes_commands(text: str) -> list[list[str]]:
    """The arguments of every `minutes` command in the ```sh and ```ini blocks of a page."""
    commands = []
    for block in re.findall(r"```(?:sh|ini)\n(.*?)```", text, flags=re.DOTALL):
        for line in block.replace("\\\n", " ").splitlines():
            words = shlex.split(line.split("=", 1)[1] if line.startswith("ExecStart=") else line, comments=True)
            starts = [i for i, word in enumerate(words) if word.rsplit("/", 1)[-1] == "minutes"]
            if starts:
                argv = words[starts[0] + 1:]
                ends = [i for i, word in enumerate(argv) if word in ("&&", "||", "|", ";")]
                commands.append(argv[: ends[0]] if ends else argv)
    return commands


@pytest.mark.parametrize("source", MARKDOWN, ids=lambda p: str(p.relative_to(REPO)))
def test_every_minutes_command_shown_is_one_the_cli_accepts(source: Path) -> None:
    parser = build_parser()
    for argv in minutes_commands(source.read_text()):
        parser.parse_args(argv)  # exits (fails the test) on an unknown command or option


# --------------------------------------------------------------------------- the architecture walk


def code_modules() -> list[str]:
    """Every module of the product's packages, as a path from the repository root (packages' __init__ aside)."""
    return sorted(
        str(path.relative_to(REPO))
        for package in ("pipeline", "flows", "schemas")
        for path in (REPO / package).rglob("*.py")
        if path.name != "__init__.py"
    )


def test_the_architecture_walk_names_every_module_and_only_real_paths() -> None:
    walk = page("architecture.md")
    missing = [module for module in code_modules() if f"`{module}`" not in walk]
    assert not missing, f"docs/architecture.md does not name: {missing}"
    for named in re.findall(r"`((?:pipeline|flows|schemas|samples|tests)/[\w./-]*)`", walk):
        assert (REPO / named).exists(), f"docs/architecture.md names {named}, which does not exist"
