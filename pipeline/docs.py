"""The generated parts of the manual: the CLI reference from the argparse parser, the tables from the schemas.

    python -m pipeline.docs           # rewrite the generated blocks of docs/cli.md and docs/schema.md
    python -m pipeline.docs --check   # exit 1, naming the pages, when a generated block is out of date

Each page mixes prose written by hand with blocks written here, fenced by
`<!-- BEGIN GENERATED key -->` and `<!-- END GENERATED key -->` (as cog does for sqlite-utils):
only the blocks are rewritten. A command or table that has no block yet gets a new section at the
end of its page; a block whose command or table is gone is an error, so its prose goes with it.
tests/test_docs.py fails while a page differs from what this module writes.
"""

from __future__ import annotations

import argparse
import inspect
import io
import re
import sys
import tokenize
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

DOCS_DIR = Path(__file__).resolve().parent.parent / "docs"
REGENERATE_COMMAND = "python -m pipeline.docs"

_BLOCK = re.compile(
    r"<!-- BEGIN GENERATED (?P<key>[\w:-]+) -->\n(?P<body>.*?)<!-- END GENERATED (?P=key) -->", re.DOTALL
)


class StaleBlock(ValueError):
    """A page holds a generated block for something the code no longer has."""


# --------------------------------------------------------------------------- blocks in pages


def fenced(key: str, body: str) -> str:
    return f"<!-- BEGIN GENERATED {key} -->\n{body.rstrip()}\n<!-- END GENERATED {key} -->"


def fill_blocks(text: str, blocks: dict[str, str], new_section: Callable[[str, str], str],
                before: str | None = None) -> str:
    """`text` with every generated block rewritten; blocks missing from it added as new sections,
    before the line `before` where the page has it, else at the end."""
    seen: set[str] = set()

    def rewrite(match: re.Match[str]) -> str:
        key = match["key"]
        if key not in blocks:
            raise StaleBlock(f"generated block {key!r} names nothing in the code any more: remove it and its prose")
        seen.add(key)
        return fenced(key, blocks[key])

    text = _BLOCK.sub(rewrite, text)
    sections = [new_section(key, fenced(key, body)).strip("\n") for key, body in blocks.items() if key not in seen]
    if not sections:
        return text
    added = "\n\n".join(sections)
    if before and f"\n{before}\n" in text:
        cut = text.index(f"\n{before}\n") + 1
        return text[:cut].rstrip("\n") + "\n\n" + added + "\n\n" + text[cut:]
    return text.rstrip("\n") + "\n\n" + added + "\n"


def block_keys(text: str) -> list[str]:
    return [match["key"] for match in _BLOCK.finditer(text)]


# --------------------------------------------------------------------------- CLI reference


def subcommands(parser: argparse.ArgumentParser) -> dict[str, tuple[argparse.ArgumentParser, str]]:
    """Each subcommand's parser and its one-line help, in the order the parser lists them."""
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
    return {name: (sub, helps.get(name, "")) for name, sub in action.choices.items()}


def _arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions if not isinstance(a, argparse._HelpAction)]


def _value(action: argparse.Action) -> str:
    """How an option's value is written: its choices, else its metavar."""
    if action.choices:
        return "|".join(str(choice) for choice in action.choices)
    return str(action.metavar or action.dest.upper())


def argument_form(action: argparse.Action) -> str:
    """`PATH...`, `--db FILE`, `--format table|csv|json`, `--quiet`."""
    if not action.option_strings:
        return _value(action) + ("..." if action.nargs in ("+", "*") else "")
    option = max(action.option_strings, key=len)
    return option if action.nargs == 0 else f"{option} {_value(action)}"


def synopsis(name: str, parser: argparse.ArgumentParser) -> str:
    """One line: `minutes NAME POSITIONAL... [--option VALUE] ...`, required options unbracketed."""
    parts = [f"minutes {name}"]
    arguments = _arguments(parser)
    for action in [a for a in arguments if not a.option_strings] + [a for a in arguments if a.option_strings]:
        form = argument_form(action)
        optional = action.option_strings and not action.required
        parts.append(f"[{form}]" if optional else form)
    return " ".join(parts)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def command_block(name: str, parser: argparse.ArgumentParser, summary: str) -> str:
    lines = [f"{summary[:1].upper()}{summary[1:]}." if summary else "", "", "```text", synopsis(name, parser), "```"]
    arguments = _arguments(parser)
    if arguments:
        lines += ["", "| argument | meaning |", "| --- | --- |"]
        for action in arguments:
            form = argument_form(action)
            aliases = [o for o in action.option_strings if o != max(action.option_strings, key=len)]
            shown = f"`{_cell(form)}`" + "".join(f", `{alias}`" for alias in aliases)
            meaning = (action.help or "") + (" (required)" if action.required and action.option_strings else "")
            lines.append(f"| {shown} | {_cell(meaning)} |")
    else:
        lines += ["", "No arguments."]
    return "\n".join(lines).lstrip("\n")


def cli_blocks(parser: argparse.ArgumentParser) -> dict[str, str]:
    commands = subcommands(parser)
    overview = ["```text", *(synopsis(name, sub) for name, (sub, _) in commands.items()), "```"]
    blocks = {"cli:synopsis": "\n".join(overview)}
    for name, (sub, summary) in commands.items():
        blocks[f"cli:{name}"] = command_block(name, sub, summary)
    return blocks


def _new_command_section(key: str, block: str) -> str:
    return f"## `minutes {key.split(':', 1)[1]}`\n\n{block}"


# --------------------------------------------------------------------------- schema reference


def field_notes(model: type[BaseModel]) -> dict[str, str]:
    """Each field's description: pydantic's `description=`, else the comment at the end of its line."""
    comments: dict[str, str] = {}
    try:
        source = inspect.getsource(model)
    except (OSError, TypeError):
        source = ""
    field_line = re.compile(r"^\s+(\w+)\s*:")
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            match = field_line.match(token.line)
            if match and match[1] in model.model_fields:
                comments.setdefault(match[1], token.string.lstrip("# ").strip())
    return {name: field.description or comments.get(name, "") for name, field in model.model_fields.items()}


def _table_models(table: str) -> list[type[BaseModel]]:
    """The models whose fields a table's columns come from (see pipeline.store)."""
    from pipeline import store
    from schemas import DocumentMeta, Provenance

    if table in store.CHILD_TABLES:
        return [store.CHILD_TABLES[table]]
    from pipeline.corrections import Correction

    models = {"documents": [Provenance, DocumentMeta], "files": [store.FileRecord], "corrections": [Correction]}
    return models.get(table, [])


# What a column holds, for fields whose model says nothing (tests/test_docs.py checks every key is a column).
COLUMN_NOTES = {
    "document_id": "sha256 of the file's bytes: the document's identity",
    "loaded_at": "when the document was loaded (UTC)",
    "file_name": "the file's name",
    "path": "the absolute path the file was read from",
    "size_bytes": "the file's size",
    "page_count": "pages in the PDF",
    "parser_version": "`pipeline.PARSER_VERSION` of the parse (another version is parsed again)",
    "title": "the meeting's title",
    "meeting_date": "the (first) day of the meeting",
    "venue": "where it was held, as written",
    "organizer": "the organising body, as written",
    "organizer_acronym": "its acronym, when the minutes give one",
    "participants_total": "participants, as counted in the minutes",
    "participants_female": "of them women, where recorded",
    "respondents": "people who answered the feedback form",
    "section_no": "sections: the section's own 1-based number; other records: the section they are in",
    "parent_no": "the enclosing section",
    "level": "depth in the section tree, 1 at the top",
    "heading": "the heading as written",
    "kind": "what opened the section",
    "body": "the section's text, without its sub-sections",
    "page_first": "first page of the section",
    "page_last": "last page of the section",
    "speaker_no": "1-based, in order of first appearance",
    "honorific": "Mr, Ms, Dr, H.E., Lok Chumteav, ...",
    "name": "the name without honorific",
    "role": "from the appositive (`Name, Role of Org`)",
    "organization": "from the appositive (`Name (Org)`, `Name from Org`)",
    "qa_no": "1-based, in document order",
    "question": "the question (for feedback: the prompt the tally answers)",
    "asker": "who asked, as written",
    "answerer": "who answered, as written",
    "page": "the page it is on",
    "feedback_no": "1-based, in document order",
    "label": "the answer or option counted",
    "count": "how many chose it",
    "status": "what ingest did with the file",
}


def table_block(table: str) -> str:
    from pipeline import store

    models = _table_models(table)
    notes: dict[str, tuple[str, str]] = {}
    for model in models:
        for name, note in field_notes(model).items():
            notes.setdefault(name, (model.__name__, note))
    spec = store.TABLES[table]
    origin = ", ".join(f"`{model.__name__}`" for model in models) or "the store"
    lines = [
        f"Columns from {origin}; key ({', '.join(spec.primary_key)}).",
        "",
        "| column | type | null | from | meaning |",
        "| --- | --- | --- | --- | --- |",
    ]
    for column in spec.columns:
        model_name, note = notes.get(column.name, ("", ""))
        note = note or COLUMN_NOTES.get(column.name, "")
        if column.allowed:
            note = (note + "; " if note else "") + "one of " + ", ".join(f"`{v}`" for v in column.allowed)
        source = f"`{model_name}.{column.name}`" if model_name else "store"
        null = "yes" if column.nullable else "no"
        lines.append(f"| `{column.name}` | `{column.sql_type}` | {null} | {source} | {_cell(note)} |")
    return "\n".join(lines)


def schema_blocks() -> dict[str, str]:
    from pipeline import store

    blocks = {f"schema:{table}": table_block(table) for table in store.TABLES}
    blocks["schema:ddl"] = f"```sql\n{store.schema_sql().rstrip()}\n```"
    return blocks


SCHEMA_DDL_HEADING = "## The DDL"


def _new_table_section(key: str, block: str) -> str:
    return f"## `{key.split(':', 1)[1]}`\n\n{block}"


# --------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class Page:
    blocks: Callable[[], dict[str, str]]  # key -> generated text
    new_section: Callable[[str, str], str]  # how a block with no place yet becomes a section
    before: str | None = None  # new sections go before this line, if the page has it


def pages() -> dict[str, Page]:
    from pipeline.cli import build_parser

    return {
        "cli.md": Page(lambda: cli_blocks(build_parser()), _new_command_section),
        "schema.md": Page(schema_blocks, _new_table_section, before=SCHEMA_DDL_HEADING),
    }


def render_page(name: str, docs_dir: Path = DOCS_DIR) -> tuple[str, str]:
    """(the page as it is, the page as this module writes it)."""
    page = pages()[name]
    current = (docs_dir / name).read_text()
    return current, fill_blocks(current, page.blocks(), page.new_section, page.before)


def outdated_pages(docs_dir: Path = DOCS_DIR) -> list[str]:
    outdated = []
    for name in pages():
        current, fresh = render_page(name, docs_dir)
        if current != fresh:
            outdated.append(name)
    return outdated


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=REGENERATE_COMMAND, description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a page is out of date")
    args = parser.parse_args(argv)
    stale = []
    for name in pages():
        current, fresh = render_page(name)
        if current != fresh:
            stale.append(name)
            if not args.check:
                (DOCS_DIR / name).write_text(fresh)
    verb = "out of date" if args.check else "rewritten"
    for name in stale:
        print(f"docs/{name}: {verb}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
