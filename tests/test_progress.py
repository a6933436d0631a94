"""pipeline.progress: the progress bar of `minutes ingest`, on a terminal only."""

from __future__ import annotations

import io

from pipeline import store
from pipeline.cli import EXIT_OK, main
from pipeline.progress import ingest_progress
from tests.helpers import write


def test_ingest_prints_no_progress_bar_when_stderr_is_not_a_terminal(
    prefect_harness, capsys, tmp_path, fake_parser
) -> None:
    fake_parser()
    for n in range(3):
        write(tmp_path / "in", f"{n}.pdf", f"bar {n}".encode())
    db = tmp_path / "m.duckdb"
    assert main(["ingest", str(tmp_path / "in"), "--db", str(db), "--workers", "2"]) == EXIT_OK
    captured = capsys.readouterr()
    assert "3 loaded" in captured.out and "took " in captured.out
    for text in (captured.out, captured.err):
        assert "\r" not in text and "\x1b[" not in text and "━" not in text  # no bar, no cursor moves


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_counts_documents_and_failures() -> None:
    terminal = _Terminal()
    with ingest_progress(terminal) as bar:
        assert bar is not None
        bar.started(2)
        record = store.FileRecord(path="/a.pdf", file_name="a.pdf", status="loaded",
                                  last_seen_at="2024-01-01T00:00:00", parser_version="x")
        bar.parsed(record, pages=3)
        bar.parsed(record.model_copy(update={"status": "failed"}), pages=0)
        bar.progress.refresh()
        shown = terminal.getvalue()
    assert "2/2" in shown and "1 failed" in shown
    with ingest_progress(io.StringIO()) as nothing, ingest_progress(_Terminal(), show=False) as hidden:
        assert nothing is None and hidden is None
