"""`minutes show DOC`: one stored document as a tree, found by id prefix, file name or path."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import store
from pipeline.cli import EXIT_ERROR, EXIT_OK, main
from pipeline.show import DocumentNotFound, document_tree, find_document
from schemas import FeedbackCount, QAPair, Speaker


@pytest.fixture
def db(tmp_path, document_factory) -> Path:
    """Two documents; the first with a speaker, a question and tallies outside any section."""
    first = document_factory(b"one", path="/archive/one.pdf")
    first = first.model_copy(update={
        "speakers": [*first.speakers[:1],
                     Speaker(speaker_no=2, honorific="Mr.", name="Vanna Chea", section_nos=[2, 3], pages=[2, 3]),
                     Speaker(speaker_no=3, name="Nobody Placed")],
        "qa_pairs": [*first.qa_pairs,
                     QAPair(qa_no=2, question="Where? " + "x" * 400, asker="Ms. Dara Sok", page=3, section_no=3),
                     QAPair(qa_no=3, question="Loose question?", page=4)],
        "feedback_counts": [*first.feedback_counts,
                            FeedbackCount(feedback_no=3, question="Next topics", label="Budgets", count=4,
                                          unit="responses", section_no=2, page=3)],
    })
    path = tmp_path / "m.duckdb"
    with store.connect(path) as con:
        for doc, file_path in ((first, "/archive/one.pdf"),
                               (document_factory(b"two", path="/archive/two.pdf", sections=1), "/archive/two.pdf")):
            store.load_document(con, doc, [store.FileRecord(
                path=file_path, file_name=Path(file_path).name, status="loaded", document_id=doc.document_id,
                last_seen_at=store.utcnow(), parser_version="x")])
    return path


def show(db: Path, doc: str, capsys) -> str:
    assert main(["show", doc, "--db", str(db)]) == EXIT_OK
    return capsys.readouterr().out


def test_tree_nests_sections_and_puts_records_under_them(db, capsys) -> None:
    out = show(db, "one.pdf", capsys)
    lines = out.splitlines()
    assert lines[0] == "one.pdf"
    assert "  title       Sub-National Workshop" in lines
    assert "  organizer   Commune Council (CCC)" in lines
    assert "  attendance  51 participants, 20 women, 26 respondents" in lines
    assert "  status      loaded" in lines
    assert "  contents    3 sections, 3 speakers, 3 questions, 3 tallies" in lines
    tree_start = next(i for i, line in enumerate(lines) if line.startswith("  contents")) + 1
    tree = "\n".join([lines[0], *lines[tree_start:]]) + "\n"
    # Section 1 holds its speaker and question, then its subsections 2 and 3.
    assert tree == """\
one.pdf
├── 1. Heading 1 [pp. 1-2]
│   ├── speaker: Ms. Dara Sok (Chair, CCC) [p. 1, 2]
│   ├── Q1 [p. 2]: When?
│   │   └── A: Soon.
│   ├── 2. Heading 2 [pp. 2-3]
│   │   ├── speaker: Mr. Vanna Chea [p. 2, 3]
│   │   └── feedback: Next topics [p. 3]
│   │       └── Budgets: 4 responses
│   └── 3. Heading 3 [pp. 3-4]
│       ├── speaker: Mr. Vanna Chea [p. 2, 3]
│       └── Q2 (Ms. Dara Sok) [p. 3]: Where? %s…
│           └── A: (no answer recorded)
└── outside any section
    ├── speaker: Nobody Placed
    ├── Q3 [p. 4]: Loose question?
    │   └── A: (no answer recorded)
    └── feedback: Was it useful? [p. 3]
        ├── Yes: 24
        └── No: 2
""" % ("x" * 192)


def test_feedback_without_a_section_goes_outside(tmp_path, document_factory, capsys) -> None:
    doc = document_factory(sections=1)  # the factory's tallies have no section_no
    with store.connect(tmp_path / "d.duckdb") as con:
        store.load_document(con, doc)
        text = document_tree(con, doc.document_id)
    outside = text.split("└── outside any section", 1)[1]
    assert "feedback: Was it useful?" in outside and "Yes: 24" in outside
    assert "  status      -" in text  # no files row for it


def test_document_is_found_by_id_prefix_file_name_or_path(db, tmp_path) -> None:
    with store.connect_read_only(db) as con:
        ids = {name: con.execute("SELECT document_id FROM documents WHERE file_name = ?", [name]).fetchone()[0]
               for name in ("one.pdf", "two.pdf")}
        assert find_document(con, "one.pdf") == ids["one.pdf"]
        assert find_document(con, "/archive/two.pdf") == ids["two.pdf"]
        assert find_document(con, ids["two.pdf"][:6].upper()) == ids["two.pdf"]
        assert find_document(con, ids["one.pdf"]) == ids["one.pdf"]
        with pytest.raises(DocumentNotFound, match="no stored document matches 'three.pdf'"):
            find_document(con, "three.pdf")
        with pytest.raises(DocumentNotFound, match="no stored document"):
            find_document(con, ids["one.pdf"][:3])  # too short to be taken for an id
        with pytest.raises(DocumentNotFound, match="name a document"):
            find_document(con, "  ")


def test_a_name_matching_several_documents_lists_them(tmp_path, document_factory) -> None:
    db = tmp_path / "same.duckdb"
    with store.connect(db) as con:  # two versions of minutes.pdf from two folders
        store.load_document(con, document_factory(b"a", path="/2019/minutes.pdf"))
        store.load_document(con, document_factory(b"b", path="/2020/minutes.pdf"))
    with store.connect_read_only(db) as con, pytest.raises(DocumentNotFound, match="matches 2 documents"):
        find_document(con, "minutes.pdf")


def test_show_errors_are_one_line(db, tmp_path, capsys) -> None:
    for args in (["show", "nope.pdf", "--db", str(db)], ["show", "one.pdf", "--db", str(tmp_path / "missing.duckdb")]):
        assert main(args) == EXIT_ERROR
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.startswith("minutes: ") and len(captured.err.strip().splitlines()) == 1


def test_show_on_a_sample(samples_db, capsys) -> None:
    out = show(samples_db, "ccc-battambang-2018-11-12.pdf", capsys)
    assert "  date        2018-11-12" in out
    assert "Session 2: Communication Dissemination [pp. 2-3]" in out
    assert "feedback: Topics you propose for the next workshop/meeting [p. 6]" in out
