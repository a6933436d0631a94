"""pipeline/ingest/summary.py: the run's summary as text and as the Markdown artifact, escaped."""

from __future__ import annotations

from flows.ingest import ingest_flow
from pipeline.ingest import summary
from pipeline.ingest.summary import FileOutcome, IngestSummary
from tests.helpers import write


def test_markdown_cells_show_their_text_as_written() -> None:
    assert summary._md_cell("a|b <i>c</i> *d* `e` [f](g)\nh & i") == \
        r"a\|b &lt;i&gt;c&lt;/i&gt; \*d\* \`e\` \[f\](g)\\nh &amp; i"  # the newline shown as an escape


def test_summary_lines_cannot_be_forged_by_a_file_name() -> None:
    forged = "/in/a.pdf: ok\nloaded: /in/b.pdf\x1b[1A.pdf"
    summary = IngestSummary(db="/m.duckdb", outcomes=[FileOutcome(forged, "failed", "corrupt: \x1b]0;x\x07")])
    text = summary.to_text()
    assert len(text.splitlines()) == 3
    assert "\x1b" not in text and "\x07" not in text
    assert "\x1b" not in summary.to_markdown()


def test_summary_says_how_long_and_how_fast(prefect_harness, tmp_path, fake_parser) -> None:
    fake_parser()
    write(tmp_path / "in", "a.pdf", b"timed")
    summary = ingest_flow(paths=[str(tmp_path / "in")], db=str(tmp_path / "m.duckdb"))
    assert summary.parsed == 1 and summary.pages_parsed == 4  # the factory's document has 4 pages
    assert summary.seconds >= summary.parse_seconds > 0
    assert summary.timing_line().startswith("took ")
    assert "pages/s" in summary.to_text()
