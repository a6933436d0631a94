"""`minutes search`: BM25 over section bodies, questions and answers, with document, page and snippet."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline import store
from pipeline.cli import EXIT_OK, main
from pipeline.search import rank, snippet, tokens
from schemas import QAPair, Section


def test_search_ranks_passages_and_quotes_them(tmp_path: Path, document_factory, capsys) -> None:
    doc = document_factory(b"search me", path="/a/council.pdf")
    doc = doc.model_copy(update={
        "sections": [
            Section(section_no=1, level=1, heading="Water supply", body="The wells are dry. Water trucks come weekly; "
                    "water fees were discussed.", page_first=2, page_last=3),
            Section(section_no=2, level=1, heading="Budget", body="Roads and schools. The water tower is painted.",
                    page_first=4, page_last=4),
            Section(section_no=3, level=1, heading="Closing", body="Thanks to all.", page_first=5, page_last=5),
        ],
        "qa_pairs": [QAPair(qa_no=1, question="Who pays the fees for water?", answer="The commune.",
                            section_no=1, page=3)],
        "speakers": [], "feedback_counts": [],
    })
    db = tmp_path / "s.duckdb"
    with store.connect(db) as con:
        store.load_document(con, doc)
    assert main(["search", "water", "fee", "--db", str(db), "--format", "json"]) == EXIT_OK
    hits = json.loads(capsys.readouterr().out)
    # Both words before one of them; the closing section has neither.
    assert {(h["kind"], h["page"]) for h in hits[:2]} == {("section 1", "2-3"), ("question 1", "3")}
    assert [(h["kind"], h["page"]) for h in hits[2:]] == [("section 2", "4")]
    section = next(h for h in hits if h["kind"] == "section 1")
    assert "[Water]" in section["snippet"] and "[fees]" in section["snippet"]
    assert all(h["file_name"] == "council.pdf" for h in hits)

    assert main(["search", "nothing-like-this", "--db", str(db)]) == EXIT_OK
    assert "no passage" in capsys.readouterr().out
    assert main(["search", "budget", "--db", str(db)]) == EXIT_OK
    assert capsys.readouterr().out.startswith("1. council.pdf, p. 4, section 2 (Budget)")


def test_bm25_prefers_rarer_words_and_shorter_passages() -> None:
    from pipeline.search import Passage

    def passage(n: int, text: str) -> Passage:
        return Passage("d", "f.pdf", "section", n, "", "1", text, tuple(tokens(text)))

    passages = [passage(1, "meeting meeting agenda"), passage(2, "meeting quorum"),
                passage(3, "meeting " + "words " * 30 + "quorum"), passage(4, "meeting")]
    assert [h.passage.number for h in rank(passages, "meeting quorum")][:2] == [2, 3]
    assert snippet("x " * 200 + "the quorum was met", ["quorum"]).startswith("…")
    empty = Passage("d", "f.pdf", "section", 5, "Treasurer's report", "2", "", tuple(tokens("Treasurer's report") * 2))
    assert rank([*passages, empty], "report")[0].snippet == "Treasurer's [report]"  # only the heading has it
