"""pipeline/ingest/summary.py: the run's summary as text and as the Markdown artifact, escaped."""

from __future__ import annotations

from pipeline.ingest import summary


def test_markdown_cells_show_their_text_as_written() -> None:
    assert summary._md_cell("a|b <i>c</i> *d* `e` [f](g)\nh & i") == \
        r"a\|b &lt;i&gt;c&lt;/i&gt; \*d\* \`e\` \[f\](g)\\nh &amp; i"  # the newline shown as an escape
