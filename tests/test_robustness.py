"""Bad inputs: every file ingest sees is accounted for, with a status and a reason in plain words.

The awkward inputs are built by tests/bad_inputs.py; the real-world corpus in
../shared/robustness (a PDF library's own test files) is used when it is there.
"""

from __future__ import annotations

import contextlib
import io
import os
import time
from pathlib import Path

import pytest

from flows import ingest
from flows.ingest import ingest_flow
from pipeline import store
from pipeline.cli import EXIT_FAILED_FILES, main
from pipeline.errors import UnreadablePDF
from pipeline.ingest.discover import discover
from pipeline.isolation import Limits, ParseCrashed, ParserError, ParseTimeout, ParseTooLarge, run_isolated
from pipeline.parse import parse_pdf
from pipeline.pdf.preflight import check_pdf, describe_bytes, explain_failure
from tests.bad_inputs import build_bad_inputs, minutes_pdf

SHARED_ROBUSTNESS = Path(__file__).resolve().parents[2] / "shared" / "robustness"
# Reasons must be plain words, never a stack trace or a bare exception class.
NOT_A_REASON = ("Traceback", "PdfminerException", "\n")


def files_by_path(db: Path) -> dict[str, store.FileRecord]:
    with store.connect(db) as con:
        return store.file_records(con)


def assert_plain_reason(record: store.FileRecord) -> None:
    assert record.reason and record.reason.strip(), record
    assert not any(marker in record.reason for marker in NOT_A_REASON), record.reason


@pytest.fixture(scope="module")
def bad_run(prefect_harness, tmp_path_factory):
    """One `minutes ingest` (in-process) of the bad inputs, plus ../shared/robustness if present."""
    root = tmp_path_factory.mktemp("robust")
    expected = build_bad_inputs(root / "bad")
    paths = [str(root / "bad")]
    if SHARED_ROBUSTNESS.is_dir():
        paths.append(str(SHARED_ROBUSTNESS))
    db = root / "m.duckdb"
    out = io.StringIO()
    started = time.monotonic()
    with contextlib.redirect_stdout(out):
        # --no-ocr: the scan is recorded as needing OCR at once (tests/test_ocr.py reads scans)
        status = main(["ingest", *paths, "--db", str(db), "--quiet", "--no-ocr"])
    return root / "bad", expected, db, status, out.getvalue(), time.monotonic() - started


def test_every_bad_input_has_the_expected_status_and_reason(bad_run) -> None:
    folder, expected, db, _, _, _ = bad_run
    files = files_by_path(db)
    real_folder = str(folder.resolve())
    for name, outcome in expected.items():
        record = files.get(f"{real_folder}/{name}")
        assert record is not None, f"{name} is not accounted for"
        assert record.status == outcome.status, (name, record.status, record.reason)
        if outcome.reason:
            assert record.reason and record.reason.startswith(outcome.reason), (name, record.reason)
        if record.status != "loaded":
            assert_plain_reason(record)


def test_bad_inputs_do_not_stop_the_good_ones(bad_run) -> None:
    folder, expected, db, status, out, _ = bad_run
    assert status == EXIT_FAILED_FILES
    loaded = {name for name, outcome in expected.items() if outcome.status == "loaded"}
    with store.connect(db) as con:
        names = {name for (name,) in con.execute("SELECT file_name FROM documents").fetchall()}
        pages = dict(con.execute("SELECT file_name, page_count FROM documents").fetchall())
    assert {Path(name).name for name in loaded} <= names
    assert pages["long.pdf"] == 300
    for name, outcome in expected.items():
        if outcome.status == "failed":
            assert Path(name).name in out  # each failure is listed in the printed summary


def test_each_file_seen_once_despite_links_loops_and_copies(bad_run) -> None:
    folder, _, db, _, _, _ = bad_run
    files = files_by_path(db)
    real_folder = str(folder.resolve())
    mine = [path for path in files if path.startswith(real_folder + "/")]
    assert not any("link to good" in path or "/loop/" in path for path in mine)
    good = files[f"{real_folder}/good.pdf"]
    copy = files[f"{real_folder}/copies/good copy.pdf"]
    assert copy.document_id == good.document_id
    with store.connect(db) as con:
        same = con.execute("SELECT count(*) FROM documents WHERE document_id = ?", [good.document_id]).fetchone()
    assert same == (1,)


@pytest.mark.skipif(not SHARED_ROBUSTNESS.is_dir(), reason="../shared/robustness is not there")
def test_the_robustness_corpus_is_accounted_for(bad_run) -> None:
    _, _, db, _, _, elapsed = bad_run
    files = files_by_path(db)
    on_disk = [
        Path(dirpath) / name
        for dirpath, _, names in os.walk(SHARED_ROBUSTNESS)
        for name in names
        if not name.startswith(".")
    ]
    assert len(on_disk) > 50
    for path in on_disk:
        record = files.get(str(path.resolve()))
        assert record is not None, f"{path} is not accounted for"
        if record.status != "loaded":
            assert_plain_reason(record)
    corpus = str((SHARED_ROBUSTNESS / "pdfplumber-tests").resolve())
    by_name = {Path(path).name: record for path, record in files.items() if path.startswith(corpus + "/")}
    assert by_name["password-example.pdf"].reason == "encrypted: a password is needed"
    assert by_name["empty.pdf"].reason.endswith("empty file: 0 bytes")
    assert by_name["issue-948.zip"].status == "skipped"
    assert sum(record.status == "loaded" for record in by_name.values()) >= 40
    assert elapsed < 240


# --------------------------------------------------------------------------- limits


def test_a_parse_past_the_time_limit_is_stopped_and_recorded(prefect_harness, tmp_path) -> None:
    pdf = minutes_pdf(tmp_path / "in" / "slow.pdf")
    db = tmp_path / "m.duckdb"
    summary = ingest_flow(paths=[str(pdf)], db=str(db), timeout=0.001)
    assert summary.failed == 1
    assert summary.failures[str(pdf.resolve())].startswith("too slow: parsing took more than 0.001 s")
    # Not retried: the same bytes would be as slow; --retry-failed with a sane limit loads it.
    summary = ingest_flow(paths=[str(pdf)], db=str(db), retry_failed=True)
    assert summary.loaded == 1


def test_a_parse_past_the_memory_bound_is_recorded(prefect_harness, tmp_path) -> None:
    pdf = minutes_pdf(tmp_path / "big.pdf")
    summary = ingest_flow(paths=[str(pdf)], db=str(tmp_path / "m.duckdb"), max_memory_mb=64)
    reason = summary.failures[str(pdf.resolve())]
    assert reason.startswith(("too large: parsing needed more than 64 MB", "crashed:")), reason


def test_run_isolated_kills_a_child_that_runs_too_long() -> None:
    started = time.monotonic()
    with pytest.raises(ParseTimeout, match="too slow"):
        run_isolated(time.sleep, 60, limits=Limits(timeout_seconds=0.5))
    assert time.monotonic() - started < 10


def test_run_isolated_bounds_memory() -> None:
    with pytest.raises(ParseTooLarge, match="too large: parsing needed more than 256 MB"):
        run_isolated(bytearray, 2 * 1024**3, limits=Limits(max_memory_mb=256))
    assert len(run_isolated(bytearray, 10 * 1024**2, limits=Limits(max_memory_mb=1024))) == 10 * 1024**2


def test_run_isolated_reports_a_crash_and_passes_errors_back(tmp_path) -> None:
    with pytest.raises(ParseCrashed, match="crashed: the parser process was stopped by SIGABRT"):
        run_isolated(os.abort)
    with pytest.raises(FileNotFoundError):
        run_isolated(parse_pdf, str(tmp_path / "nope.pdf"))
    with pytest.raises(ParserError, match="ValueError: invalid literal"):
        run_isolated(int, "x")
    (tmp_path / "x.pdf").write_bytes(b"<html>")
    with pytest.raises(UnreadablePDF, match="not a PDF"):
        run_isolated(parse_pdf, str(tmp_path / "x.pdf"))


def test_parse_in_a_child_gives_the_same_document(sample_pdf) -> None:
    assert run_isolated(parse_pdf, str(sample_pdf)).model_dump() == parse_pdf(sample_pdf).model_dump()


# --------------------------------------------------------------------------- reasons


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"<!DOCTYPE html><html>", "the file starts with <html> (a web page)"),
        (b"\xef\xbb\xbf  <html lang='en'>", "the file starts with <html> (a web page)"),
        (b"PK\x03\x04rest", "a zip archive (or a .docx, .xlsx, .odt file)"),
        (b"\x89PNG\r\n\x1a\n....", "a PNG image"),
        (b"\xff\xd8\xff\xe0JFIF", "a JPEG image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc, .xls, .ppt)"),
        (b"Agenda\n1. Welcome", "a text file"),
        (bytes(range(256)) * 4, "the file starts with binary data (random bytes or a damaged file)"),
    ],
)
def test_describe_bytes(head: bytes, expected: str) -> None:
    assert describe_bytes(head) == expected


def test_check_pdf_accepts_junk_before_the_header(tmp_path) -> None:
    pdf = minutes_pdf(tmp_path / "a.pdf")
    shifted = tmp_path / "b.pdf"
    shifted.write_bytes(b"\r\n\x00junk" + pdf.read_bytes())
    check_pdf(shifted)
    (tmp_path / "c.pdf").write_bytes(b"")
    with pytest.raises(UnreadablePDF, match="^empty file: 0 bytes$"):
        check_pdf(tmp_path / "c.pdf")


def test_explain_failure_unwraps_pdfminer_errors(tmp_path) -> None:
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    pdf = minutes_pdf(tmp_path / "a.pdf")
    wrapped = UnreadablePDF("corrupt: PdfminerException")
    wrapped.__cause__ = PdfminerException(PDFSyntaxError("No /Root object!"))
    assert explain_failure(pdf, wrapped) == "corrupt: PDFSyntaxError: No /Root object!"
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(pdf.read_bytes()[:700])
    assert explain_failure(cut, wrapped).startswith("corrupt: the file is truncated")


# --------------------------------------------------------------------------- discovery and identity


def test_discovery_lists_other_files_apart_and_ignores_hidden_ones(tmp_path) -> None:
    minutes_pdf(tmp_path / "a.pdf")
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    (tmp_path / "report.pdf").mkdir()  # a folder named like a file is searched, not read
    minutes_pdf(tmp_path / "report.pdf" / "b.PDF")
    (tmp_path / "broken.pdf").symlink_to(tmp_path / "missing.pdf")
    found = discover([tmp_path])
    assert [p.name for p in found.pdfs] == ["a.pdf", "broken.pdf", "b.PDF"]
    assert found.pdfs[1] == tmp_path / "broken.pdf"  # a broken link is named as itself
    assert [p.name for p in found.others] == ["notes.txt"]


def test_a_pdf_not_named_pdf_is_skipped_with_a_hint(prefect_harness, tmp_path) -> None:
    minutes_pdf(tmp_path / "in" / "scan.bin")
    summary = ingest_flow(paths=[str(tmp_path / "in")], db=str(tmp_path / "m.duckdb"))
    (outcome,) = summary.outcomes
    assert outcome.status == "skipped"
    assert outcome.reason.startswith("not named .pdf, though its bytes are a PDF")


def test_a_moved_file_is_not_duplicated(prefect_harness, tmp_path) -> None:
    pdf = minutes_pdf(tmp_path / "in" / "a.pdf")
    db = tmp_path / "m.duckdb"
    ingest_flow(paths=[str(tmp_path / "in")], db=str(db))
    (tmp_path / "in" / "2018").mkdir()
    moved = pdf.rename(tmp_path / "in" / "2018" / "a.pdf")

    summary = ingest_flow(paths=[str(tmp_path / "in")], db=str(db))

    assert [(o.status, o.reason) for o in summary.outcomes] == [
        ("skipped", f"unchanged, moved from {pdf.resolve()}")
    ]
    with store.connect(db) as con:
        assert con.execute("SELECT path FROM documents").fetchall() == [(str(moved.resolve()),)]
        assert [r.path for r in store.file_records(con).values()] == [str(moved.resolve())]
    again = ingest_flow(paths=[str(tmp_path / "in")], db=str(db))
    assert [(o.status, o.reason) for o in again.outcomes] == [("skipped", "unchanged")]


def test_a_file_replaced_by_a_broken_one_drops_its_old_records(prefect_harness, tmp_path) -> None:
    pdf = minutes_pdf(tmp_path / "in" / "a.pdf")
    db = tmp_path / "m.duckdb"
    ingest_flow(paths=[str(pdf)], db=str(db))
    pdf.write_bytes(b"<html>oops</html>")
    summary = ingest_flow(paths=[str(pdf)], db=str(db))
    assert summary.failed == 1
    with store.connect(db) as con:
        counts = store.table_counts(con)
    assert counts["documents"] == counts["sections"] == 0
    assert counts["files"] == 1


def test_parse_in_process_when_isolation_is_off(prefect_harness, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ingest, "PARSE_IN_CHILD", False)
    pdf = minutes_pdf(tmp_path / "in" / "a.pdf")
    assert ingest_flow(paths=[str(pdf)], db=str(tmp_path / "m.duckdb")).loaded == 1
