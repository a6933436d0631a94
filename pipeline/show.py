"""One stored document as a text tree, for `minutes show`: metadata, then the section tree with
each section's pages, speakers, questions and answers, feedback tallies and motions under it."""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb

from pipeline.corrections import corrected_marks, list_corrections
from pipeline.display import shown
from pipeline.errors import MinutesError

MAX_TEXT_CHARS = 200  # questions and answers longer than this are cut (the full text is in the database)


class DocumentNotFound(MinutesError):
    """No stored document, or more than one, matches what was asked for."""


@dataclass
class Node:
    text: str
    children: list[Node] = field(default_factory=list)


def find_document(con: duckdb.DuckDBPyConnection, doc: str) -> str:
    """The document_id that `doc` names: a document_id prefix, a file name, or a path (as ingested)."""
    doc = doc.strip()
    if not doc:
        raise DocumentNotFound("name a document: a document_id prefix, a file name or a path")
    paths = [os.path.abspath(doc), os.path.realpath(doc)]  # ingest stores paths with links resolved
    id_prefix = doc.lower() if re.fullmatch(r"[0-9a-fA-F]{4,64}", doc) else None
    rows = con.execute(
        """
        SELECT DISTINCT d.document_id, d.file_name FROM documents d
        LEFT JOIN files f ON f.document_id = d.document_id
        WHERE starts_with(d.document_id, coalesce(?, '-'))
           OR d.file_name = ? OR f.file_name = ? OR list_contains(?, d.path) OR list_contains(?, f.path)
        ORDER BY d.file_name
        """,
        [id_prefix, doc, doc, paths, paths],
    ).fetchall()
    if not rows:  # then a part of the file name, if only one document's has it
        rows = con.execute(
            "SELECT document_id, file_name FROM documents WHERE contains(lower(file_name), ?) ORDER BY file_name",
            [doc.lower()],
        ).fetchall()
    if not rows:
        raise DocumentNotFound(f"no stored document matches {doc!r} (give a document_id prefix, a file name or a path)")
    if len(rows) > 1:
        names = ", ".join(f"{name} ({document_id[:12]})" for document_id, name in rows[:5])
        raise DocumentNotFound(
            f"{doc!r} matches {len(rows)} documents: {names}; give more of the name or of the document_id"
        )
    return rows[0][0]


def _records(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    cursor = con.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _pages(first: int, last: int) -> str:
    return f"p. {first}" if first == last else f"pp. {first}-{last}"


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TEXT_CHARS else text[: MAX_TEXT_CHARS - 1] + "…"


def _speaker_text(speaker: dict[str, Any]) -> str:
    name = " ".join(part for part in (speaker["honorific"], speaker["name"]) if part)
    about = ", ".join(part for part in (speaker["role"], speaker["organization"]) if part)
    pages = ", ".join(str(p) for p in speaker["pages"])
    return f"speaker: {name}" + (f" ({about})" if about else "") + (f" [p. {pages}]" if pages else "")


def _qa_node(qa: dict[str, Any]) -> Node:
    asker = f" ({qa['asker']})" if qa["asker"] else ""
    node = Node(f"Q{qa['qa_no']}{asker} [p. {qa['page']}]: {_cut(qa['question'])}")
    answerer = f" ({qa['answerer']})" if qa["answerer"] else ""
    answer = _cut(qa["answer"]) if qa["answer"] is not None else "(no answer recorded)"
    node.children.append(Node(f"A{answerer}: {answer}"))
    return node


def _feedback_nodes(tallies: list[dict[str, Any]]) -> list[Node]:
    """One node per prompt, its tallies under it, in document order."""
    by_prompt: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for tally in tallies:
        by_prompt[tally["question"]].append(tally)
    nodes = []
    for prompt, rows in by_prompt.items():
        node = Node(f"feedback: {prompt or '(no prompt)'} [p. {rows[0]['page']}]")
        for row in rows:
            unit = f" {row['unit']}" if row["unit"] else ""
            node.children.append(Node(f"{row['label']}: {row['count']}{unit}"))
        nodes.append(node)
    return nodes


def _motion_node(motion: dict[str, Any]) -> Node:
    """ "motion 2 [p. 3]: that the accounts be adopted" with who moved it and how it went under it."""
    node = Node(f"motion {motion['motion_no']} [p. {motion['page']}]: {_cut(motion['text'])}")
    people = [f"moved by {motion['moved_by']}" if motion["moved_by"] else "",
              f"seconded by {motion['seconded_by']}" if motion["seconded_by"] else ""]
    counts = [f"{label} {motion[key]}" for label, key in (("for", "votes_for"), ("against", "votes_against"),
                                                          ("abstain", "votes_abstain")) if motion[key] is not None]
    result = (motion["outcome"] or "outcome not recorded") + (f" ({', '.join(counts)})" if counts else "")
    node.children.append(Node("; ".join(part for part in [*people, result] if part)))
    return node


def _metadata_lines(
    doc: dict[str, Any], file_status: str | None, contents: str, corrected: set[str] = frozenset()
) -> list[str]:
    organizer = doc["organizer"] or ""
    if doc["organizer_acronym"] and doc["organizer_acronym"] != organizer:
        organizer = f"{organizer} ({doc['organizer_acronym']})" if organizer else doc["organizer_acronym"]
    attendance = []
    if doc["participants_total"] is not None:
        attendance.append(f"{doc['participants_total']} participants")
    if doc["participants_female"] is not None:
        attendance.append(f"{doc['participants_female']} women")
    if doc["respondents"] is not None:
        attendance.append(f"{doc['respondents']} respondents")
    fields = [
        ("document", doc["document_id"]),
        ("title", doc["title"]),
        ("date", doc["meeting_date"].isoformat() if doc["meeting_date"] else None),
        ("venue", doc["venue"]),
        ("organizer", organizer or None),
        ("attendance", ", ".join(attendance) or None),
        ("pages", f"{doc['page_count']} (parser {doc['parser_version']}, loaded {doc['loaded_at']:%Y-%m-%d %H:%M})"),
        ("path", doc["path"]),
        ("status", file_status),
        ("contents", contents),
    ]
    width = max(len(label) for label, _ in fields)
    return [f"  {label.ljust(width)}  {value if value is not None else '-'}{_mark(label, corrected)}"
            for label, value in fields]


# `show`'s labels -> the document fields behind them, to mark a corrected value.
_LABEL_FIELDS = {"title": ("title",), "date": ("meeting_date",), "venue": ("venue",),
                 "organizer": ("organizer", "organizer_acronym"),
                 "attendance": ("participants_total", "participants_female", "respondents")}


def _mark(label: str, corrected: set[str]) -> str:
    return " (corrected)" if corrected.intersection(_LABEL_FIELDS.get(label, ())) else ""


def document_tree(con: duckdb.DuckDBPyConnection, document_id: str) -> str:
    """The text `minutes show` prints for one document."""
    (doc,) = _records(con, "SELECT * FROM documents WHERE document_id = ?", [document_id])
    status = con.execute(
        "SELECT status FROM files WHERE document_id = ? AND path = ?", [document_id, doc["path"]]
    ).fetchone()
    where = "WHERE document_id = ?"
    sections = _records(con, f"SELECT * FROM sections {where} ORDER BY section_no", [document_id])
    speakers = _records(con, f"SELECT * FROM speakers {where} ORDER BY speaker_no", [document_id])
    qa_pairs = _records(con, f"SELECT * FROM qa_pairs {where} ORDER BY qa_no", [document_id])
    tallies = _records(con, f"SELECT * FROM feedback_counts {where} ORDER BY feedback_no", [document_id])
    motions = _records(con, f"SELECT * FROM motions {where} ORDER BY motion_no", [document_id])

    nodes = {s["section_no"]: Node(f"{s['section_no']}. {s['heading']} [{_pages(s['page_first'], s['page_last'])}]")
             for s in sections}
    unplaced = Node("outside any section")
    corrected_fields, corrected_names = corrected_marks(con, document_id)
    for speaker in speakers:
        placed = [nodes[n] for n in speaker["section_nos"] if n in nodes]
        mark = " (corrected)" if speaker["name"] in corrected_names else ""
        for node in placed or [unplaced]:
            node.children.append(Node(_speaker_text(speaker) + mark))
    for qa in qa_pairs:
        nodes.get(qa["section_no"], unplaced).children.append(_qa_node(qa))
    tallies_by_section: dict[int | None, list[dict[str, Any]]] = defaultdict(list)
    for tally in tallies:
        key = tally["section_no"] if tally["section_no"] in nodes else None
        tallies_by_section[key].append(tally)
    for section_no, rows in tallies_by_section.items():
        (nodes[section_no] if section_no is not None else unplaced).children.extend(_feedback_nodes(rows))
    for motion in motions:
        nodes.get(motion["section_no"], unplaced).children.append(_motion_node(motion))

    roots = []
    # Nested last, so a section's subsections come after its own speakers, questions and tallies.
    for section in sections:
        node = nodes[section["section_no"]]
        parent = nodes.get(section["parent_no"]) if section["parent_no"] is not None else None
        (parent.children if parent else roots).append(node)
    if unplaced.children:
        roots.append(unplaced)

    counts = (f"{len(sections)} sections, {len(speakers)} speakers, {len(qa_pairs)} questions, {len(tallies)} tallies"
              + (f", {len(motions)} motions" if motions else ""))
    metadata = _metadata_lines(doc, status[0] if status else None, counts, corrected_fields)
    lines = [doc["file_name"], *metadata, *_render(roots)]
    # Each line escaped as a whole: a newline or ESC inside stored text cannot forge a line or reach the terminal.
    return "\n".join(shown(line) for line in lines)


def document_json(con: duckdb.DuckDBPyConnection, document_id: str) -> str:
    """What `minutes show --json` prints: the documents row, its records and its corrections."""
    where = "WHERE document_id = ?"
    (doc,) = _records(con, f"SELECT * FROM documents {where}", [document_id])
    record_tables = {"sections": "section_no", "speakers": "speaker_no", "qa_pairs": "qa_no",
                     "feedback_counts": "feedback_no", "motions": "motion_no"}
    out: dict[str, Any] = {"document": doc}
    for table, order in record_tables.items():
        rows = _records(con, f"SELECT * EXCLUDE (document_id) FROM {table} {where} ORDER BY {order}", [document_id])
        out[table] = rows
    out["corrections"] = [c.model_dump(exclude={"document_id"}) for c in list_corrections(con, [document_id])]
    return json.dumps(out, indent=2, ensure_ascii=False, default=str)


def _render(nodes: list[Node], prefix: str = "") -> list[str]:
    lines = []
    for i, node in enumerate(nodes):
        last = i == len(nodes) - 1
        lines.append(f"{prefix}{'└── ' if last else '├── '}{node.text}")
        lines.extend(_render(node.children, prefix + ("    " if last else "│   ")))
    return lines
