"""Parallel parsing, fast re-runs and the progress display of `minutes ingest`."""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import threading
from pathlib import Path

import pytest

from flows import ingest
from flows.ingest import ingest_flow
from pipeline import PARSER_VERSION, store
from pipeline.cli import EXIT_OK, main
from pipeline.errors import UnreadablePDF
from pipeline.ingest import plan
from pipeline.ingest import write as writer_module
from pipeline.progress import ingest_progress
from schemas import ParsedDocument


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return folder / name


@pytest.fixture
def fake_parser(monkeypatch, document_factory):
    """parse_pdf built from the bytes, in the task's thread (a closure cannot cross to a child)."""
    calls: list[str] = []

    def parse(path: str, ocr: object = None) -> ParsedDocument:
        calls.append(path)
        return document_factory(Path(path).read_bytes(), path=path)

    monkeypatch.setattr(ingest, "parse_pdf", parse)
    monkeypatch.setattr(ingest, "PARSE_IN_CHILD", False)
    return calls


@pytest.fixture
def hashed(monkeypatch) -> list[str]:
    """The files ingest reads to hash them."""
    paths: list[str] = []
    real = plan.sha256_file

    def spy(path, *args):
        paths.append(str(path))
        return real(path, *args)

    monkeypatch.setattr(plan, "sha256_file", spy)
    return paths


def test_rerun_decides_unchanged_from_the_database_without_reading_files(
    prefect_harness, tmp_path, fake_parser, hashed
) -> None:
    folder = tmp_path / "in"
    for n in range(3):
        write(folder, f"{n}.pdf", f"document {n}".encode())
    db = str(tmp_path / "m.duckdb")
    ingest_flow(paths=[str(folder)], db=db)
    assert len(hashed) == 3
    hashed.clear()

    again = ingest_flow(paths=[str(folder)], db=db)
    assert (again.loaded, again.skipped) == (0, 3)
    assert hashed == []  # size and mtime as recorded: no file opened

    changed = write(folder, "1.pdf", b"document 1, revised")
    third = ingest_flow(paths=[str(folder)], db=db)
    assert hashed == [str(changed.resolve())]
    assert (third.loaded, third.skipped) == (1, 2)


def test_same_size_new_mtime_is_hashed_and_stays_unchanged_if_the_bytes_are(
    prefect_harness, tmp_path, fake_parser, hashed
) -> None:
    path = write(tmp_path / "in", "a.pdf", b"same bytes")
    db = str(tmp_path / "m.duckdb")
    ingest_flow(paths=[str(path)], db=db)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    hashed.clear()
    summary = ingest_flow(paths=[str(path)], db=db)
    assert hashed == [str(path.resolve())]
    assert summary.outcomes[0].reason == "unchanged"
    assert len(fake_parser) == 1


def test_documents_are_parsed_at_the_same_time(prefect_harness, tmp_path, monkeypatch, document_factory) -> None:
    # Each parse waits until the other one has started: with one worker at a time this breaks.
    both_started = threading.Barrier(2, timeout=60)

    def parse(path: str, ocr: object = None) -> ParsedDocument:
        both_started.wait()
        return document_factory(Path(path).read_bytes(), path=path)

    monkeypatch.setattr(ingest, "parse_pdf", parse)
    monkeypatch.setattr(ingest, "PARSE_IN_CHILD", False)
    write(tmp_path / "in", "a.pdf", b"one")
    write(tmp_path / "in", "b.pdf", b"two")
    summary = ingest_flow(paths=[str(tmp_path / "in")], db=str(tmp_path / "m.duckdb"), workers=2)
    assert (summary.loaded, summary.failed) == (2, 0), summary.failures


def test_parse_tasks_in_flight_are_bounded(prefect_harness, tmp_path, fake_parser, monkeypatch) -> None:
    in_flight, most = [0], [0]
    real_parse_all = ingest._parse_all

    def counting_parse_all(runner, jobs, limits, ocr, ahead, per_task):
        submit = runner.submit

        def counted_submit(*args, **kwargs):
            in_flight[0] += 1
            most[0] = max(most[0], in_flight[0])
            return submit(*args, **kwargs)

        runner.submit = counted_submit
        for item in real_parse_all(runner, jobs, limits, ocr, ahead, per_task):
            in_flight[0] -= 1
            yield item

    monkeypatch.setattr(ingest, "_parse_all", counting_parse_all)
    for n in range(12):
        write(tmp_path / "in", f"{n}.pdf", f"doc {n}".encode())
    summary = ingest_flow(paths=[str(tmp_path / "in")], db=str(tmp_path / "m.duckdb"), workers=1)
    assert summary.loaded == 12
    assert most[0] == ingest.SUBMIT_AHEAD_PER_WORKER * 1


def test_documents_per_task_grows_with_the_run_but_every_worker_keeps_many_tasks() -> None:
    assert ingest.documents_per_task(8, slots=2) == 1  # a small run: one task per document
    assert ingest.documents_per_task(40, slots=2) == 2
    assert ingest.documents_per_task(200, slots=2) == ingest.MAX_DOCUMENTS_PER_TASK
    assert ingest.documents_per_task(0, slots=2) == 1


def test_a_large_run_parses_several_documents_per_task_and_a_failure_stays_with_its_file(
    prefect_harness, tmp_path, monkeypatch, document_factory
) -> None:
    tasks: list[list[str]] = []
    real_task = ingest.parse_documents

    def parse(path: str, ocr: object = None) -> ParsedDocument:
        data = Path(path).read_bytes()
        if data.startswith(b"BAD"):
            raise UnreadablePDF("not a PDF")
        return document_factory(data, path=path)

    def counted(jobs, name, limits=None, ocr=ingest.DEFAULT_OCR_SETTINGS):
        tasks.append([Path(path).name for _, path, *_ in jobs])
        return real_task.fn(jobs, name, limits, ocr)

    monkeypatch.setattr(ingest, "parse_pdf", parse)
    monkeypatch.setattr(ingest, "PARSE_IN_CHILD", False)
    monkeypatch.setattr(ingest, "parse_documents", real_task.with_options(name="parse"))
    monkeypatch.setattr(ingest.parse_documents, "fn", counted)
    for n in range(40):
        write(tmp_path / "in", f"{n:02d}.pdf", b"BAD" if n == 7 else f"doc {n}".encode())
    summary = ingest_flow(paths=[str(tmp_path / "in")], db=str(tmp_path / "m.duckdb"), workers=1)
    assert (summary.loaded, summary.failed) == (39, 1)
    assert list(summary.failures.values()) == ["not a PDF"]
    assert len(tasks) == 40 // ingest.documents_per_task(40, slots=1)  # 8 tasks of 5
    assert sorted(name for task in tasks for name in task) == [f"{n:02d}.pdf" for n in range(40)]


def test_summary_says_how_long_and_how_fast(prefect_harness, tmp_path, fake_parser) -> None:
    write(tmp_path / "in", "a.pdf", b"timed")
    summary = ingest_flow(paths=[str(tmp_path / "in")], db=str(tmp_path / "m.duckdb"))
    assert summary.parsed == 1 and summary.pages_parsed == 4  # the factory's document has 4 pages
    assert summary.seconds >= summary.parse_seconds > 0
    assert summary.timing_line().startswith("took ")
    assert "pages/s" in summary.to_text()


# --------------------------------------------------------------------------- progress


def test_ingest_prints_no_progress_bar_when_stderr_is_not_a_terminal(
    prefect_harness, capsys, tmp_path, fake_parser
) -> None:
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


def test_workers_must_be_one_or_more(capsys, tmp_path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["ingest", str(tmp_path), "--workers", "0"])
    assert exit_info.value.code == 2
    assert "must be 1 or more" in capsys.readouterr().err


def test_a_document_the_database_rejects_fails_alone_when_loaded_in_a_batch(
    prefect_harness, tmp_path, monkeypatch, document_factory
) -> None:
    def parse(path: str, ocr: object = None) -> ParsedDocument:
        doc = document_factory(Path(path).read_bytes(), path=path)
        if path.endswith("b.pdf"):  # two sections with one key: the database refuses the rows
            doc = doc.model_copy(update={"sections": [doc.sections[0], doc.sections[0]]})
        return doc

    monkeypatch.setattr(ingest, "parse_pdf", parse)
    monkeypatch.setattr(ingest, "PARSE_IN_CHILD", False)
    monkeypatch.setattr(writer_module, "LOAD_BATCH_SECONDS", 3600.0)  # all three in one batch
    for name in ("a.pdf", "b.pdf", "c.pdf"):
        write(tmp_path / "in", name, name.encode())
    db = tmp_path / "m.duckdb"
    summary = ingest_flow(paths=[str(tmp_path / "in")], db=str(db))
    assert (summary.loaded, summary.failed) == (2, 1)
    (reason,) = summary.failures.values()
    assert reason.startswith("cannot store: ")
    with store.connect(db) as con:
        assert store.table_counts(con)["documents"] == 2


def test_the_first_document_is_loaded_at_once_the_next_ones_in_batches(tmp_path, document_factory) -> None:
    db = str(tmp_path / "m.duckdb")
    store.connect(db).close()
    writer = writer_module.Writer(db, {}, logger=logging.getLogger("test"))
    records = []
    for n in range(3):
        data = f"document {n}".encode()
        doc = document_factory(data, path=str(tmp_path / f"{n}.pdf"))
        record = store.FileRecord(path=str(tmp_path / f"{n}.pdf"), file_name=f"{n}.pdf", status="loaded",
                                  sha256=doc.document_id, parser_version=PARSER_VERSION,
                                  last_seen_at=dt.datetime(2026, 11, 30))
        records.append(record)
        writer.add_document(record, doc)
        if n == 0:
            assert [r.path for r in writer.done] == [record.path]  # in the database already
    assert len(writer.done) == 1 and writer.pending == 2  # the others wait for the batch
    writer.flush()
    assert [r.path for r in writer.done] == [r.path for r in records]
