"""The ingest flow end to end, against the session's temporary Prefect server and a temp DuckDB file.

Most tests swap the parser for a fake one built from the file's bytes, so they test the flow's
behaviour (skips, failures, retries) and not parsing, which is being rewritten.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from flows import ingest
from flows.ingest import ingest_flow
from pipeline import store
from pipeline.errors import UnreadablePDF
from pipeline.ingest.discover import discover_pdfs
from schemas import ParsedDocument
from tests.helpers import write

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_NAMES = sorted(p.name for p in SAMPLES.glob("*.pdf"))


def db_state(db: Path) -> tuple[dict[str, int], dict[str, store.FileRecord]]:
    with store.connect(db) as con:
        return store.table_counts(con), store.file_records(con)


def query(db: Path, sql: str) -> list[tuple]:
    with store.connect(db) as con:
        return con.execute(sql).fetchall()




# --------------------------------------------------------------------------- real parser


@pytest.fixture(scope="module")
def samples_ingested_twice(prefect_harness, tmp_path_factory):
    db = tmp_path_factory.mktemp("samples") / "minutes.duckdb"
    first = ingest_flow(paths=[str(SAMPLES)], db=str(db))
    after_first = db_state(db)
    second = ingest_flow(paths=[str(SAMPLES)], db=str(db))
    return db, first, after_first, second, db_state(db)


def test_samples_load_end_to_end(samples_ingested_twice) -> None:
    db, first, (counts, files), _, _ = samples_ingested_twice
    assert (first.loaded, first.skipped, first.failed) == (len(SAMPLE_NAMES), 0, 0)
    assert counts["documents"] == len(SAMPLE_NAMES)
    assert sorted(name for (name,) in query(db, "SELECT file_name FROM documents")) == SAMPLE_NAMES
    assert {record.status for record in files.values()} == {"loaded"}
    assert all(record.document_id and record.sha256 == record.document_id for record in files.values())


def test_reingest_skips_and_leaves_identical_counts(samples_ingested_twice) -> None:
    _, _, (counts_first, _), second, (counts_second, files) = samples_ingested_twice
    assert counts_second == counts_first
    assert (second.loaded, second.skipped, second.failed) == (0, len(SAMPLE_NAMES), 0)
    # The files are still loaded; what the second run did with them is their last_run_action.
    assert {(r.status, r.last_run_action, r.reason) for r in files.values()} == {("loaded", "skipped", "unchanged")}


def test_broken_files_fail_while_the_good_one_loads(prefect_harness, tmp_path, sample_pdf) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sample_pdf, folder / sample_pdf.name)
    (folder / "x.pdf").write_bytes(os.urandom(4096))
    (folder / "empty.pdf").write_bytes(b"")
    # A link that points a .pdf name at someone's private file: its words must appear nowhere.
    secret = "hunter2 is the password of someone else"
    (tmp_path / "private.txt").write_text(secret)
    (folder / "link.pdf").symlink_to(tmp_path / "private.txt")
    db = tmp_path / "m.duckdb"

    summary = ingest_flow(paths=[str(folder)], db=str(db))

    assert (summary.loaded, summary.failed) == (1, 3)
    assert {Path(p).name for p in summary.failures} == {"x.pdf", "empty.pdf", "private.txt"}
    assert summary.failures[str(tmp_path / "private.txt")] == "not a PDF: a text file"
    assert "hunter2" not in summary.to_text() + summary.to_markdown()
    with store.connect_read_only(db) as con:
        from pipeline.report import build_report

        assert "hunter2" not in build_report(con)
        for table in store.TABLES:
            assert "hunter2" not in str(con.execute(f"SELECT * FROM {table}").fetchall())
    assert all(reason.strip() for reason in summary.failures.values())
    counts, files = db_state(db)
    assert counts["documents"] == 1
    by_name = {Path(path).name: record for path, record in files.items()}
    assert by_name[sample_pdf.name].status == "loaded"
    for name in ("x.pdf", "empty.pdf", "private.txt"):
        assert by_name[name].status == "failed"
        assert by_name[name].reason
        assert by_name[name].document_id is None


# --------------------------------------------------------------------------- fake parser




def test_failed_file_is_not_parsed_again_unless_asked(prefect_harness, tmp_path, fake_parser) -> None:
    calls = fake_parser()
    bad = write(tmp_path / "in", "bad.pdf", b"BAD bytes")
    db = str(tmp_path / "m.duckdb")

    first = ingest_flow(paths=[str(bad)], db=db)
    second = ingest_flow(paths=[str(bad)], db=db)
    assert first.failed == second.failed == 1
    assert len(calls) == 1
    assert second.outcomes[0].failed_earlier
    assert second.failures == first.failures

    third = ingest_flow(paths=[str(bad)], db=db, retry_failed=True)
    assert len(calls) == 2
    assert third.failed == 1 and not third.outcomes[0].failed_earlier


def test_transient_os_error_is_retried(prefect_harness, tmp_path, fake_parser) -> None:
    calls = fake_parser(fail_with=[OSError(5, "Input/output error")])
    good = write(tmp_path / "in", "a.pdf", b"v1")
    summary = ingest_flow(paths=[str(good)], db=str(tmp_path / "m.duckdb"))
    assert summary.loaded == 1
    assert len(calls) == 2


def test_unreadable_pdf_is_not_retried(prefect_harness, tmp_path, fake_parser) -> None:
    calls = fake_parser()
    bad = write(tmp_path / "in", "a.pdf", b"BAD")
    summary = ingest_flow(paths=[str(bad)], db=str(tmp_path / "m.duckdb"))
    assert summary.failures == {str(bad.resolve()): "not a PDF"}
    assert len(calls) == 1


def test_parser_error_fails_only_that_file(prefect_harness, tmp_path, fake_parser) -> None:
    calls = fake_parser(fail_with=[ValueError("heading rule exploded")])
    write(tmp_path / "in", "a.pdf", b"one")
    write(tmp_path / "in", "b.pdf", b"two")
    summary = ingest_flow(paths=[str(tmp_path / "in")], db=str(tmp_path / "m.duckdb"))
    assert (summary.loaded, summary.failed) == (1, 1)
    assert "ValueError: heading rule exploded" in next(iter(summary.failures.values()))
    assert len(calls) == 2  # not retried


def test_changed_file_replaces_its_old_document(prefect_harness, tmp_path, fake_parser) -> None:
    fake_parser()
    path = write(tmp_path / "in", "a.pdf", b"version 1")
    db = tmp_path / "m.duckdb"
    ingest_flow(paths=[str(path)], db=str(db))
    path.write_bytes(b"version 2")
    summary = ingest_flow(paths=[str(path)], db=str(db))
    assert summary.loaded == 1
    counts, files = db_state(db)
    assert counts["documents"] == 1
    assert query(db, "SELECT document_id FROM documents") == [(files[str(path.resolve())].document_id,)]
    assert query(db, "SELECT count(DISTINCT document_id) FROM sections") == [(1,)]


def test_same_bytes_at_two_paths_are_parsed_once(prefect_harness, tmp_path, fake_parser) -> None:
    calls = fake_parser()
    write(tmp_path / "in", "a.pdf", b"same")
    write(tmp_path / "in" / "copy", "b.PDF", b"same")
    summary = ingest_flow(paths=[str(tmp_path / "in")], db=str(tmp_path / "m.duckdb"))
    assert (summary.loaded, summary.skipped) == (1, 1)
    assert summary.with_status("skipped")[0].reason.startswith("duplicate of ")
    assert len(calls) == 1


def test_summary_artifact_is_published(prefect_harness, tmp_path, fake_parser) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    fake_parser()
    write(tmp_path / "in", "a.pdf", b"artifact")
    ingest_flow(paths=[str(tmp_path / "in")], db=str(tmp_path / "m.duckdb"))
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[ingest.ARTIFACT_KEY]))
        )
    assert artifacts
    assert artifacts[-1].type == "markdown"
    assert "| loaded |" in artifacts[-1].data


def test_failures_show_in_prefect(prefect_harness, tmp_path, fake_parser, caplog) -> None:
    """A failed file is a WARNING, the run's final state says how many failed, the artifact shows
    the reason as written (a `<html>` in it is escaped, not swallowed as markup)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    fake_parser(fail_with=[UnreadablePDF("not a PDF: the file starts with <html> (a web page)")])
    write(tmp_path / "in", "a.pdf", b"web page")
    state = ingest_flow(paths=[str(tmp_path / "in")], db=str(tmp_path / "m.duckdb"), return_state=True)
    assert state.is_completed() and state.message.endswith("0 loaded, 0 skipped, 1 failed")
    assert state.result().failed == 1
    assert any(r.levelname == "WARNING" and "failed" in r.getMessage() and "<html>" in r.getMessage()
               for r in caplog.records)
    with get_client(sync_client=True) as client:
        (artifact, *_) = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[ingest.ARTIFACT_KEY])), sort="CREATED_DESC"
        )
    assert "starts with &lt;html&gt; (a web page)" in artifact.data


# --------------------------------------------------------------------------- discovery


def test_discovery_is_recursive_and_case_insensitive(tmp_path) -> None:
    write(tmp_path / "a", "one.pdf", b"1")
    write(tmp_path / "a" / "b", "two.PDF", b"2")
    write(tmp_path / "a", "notes.txt", b"3")
    write(tmp_path / "a" / ".hidden", "three.pdf", b"4")
    found = discover_pdfs([tmp_path / "a"])
    assert sorted(p.name for p in found) == ["one.pdf", "two.PDF"]
    assert all(p.is_absolute() for p in found)


def test_discovery_lists_each_file_once(tmp_path) -> None:
    one = write(tmp_path / "a", "one.pdf", b"1")
    (tmp_path / "a" / "link.pdf").symlink_to(one)
    found = discover_pdfs([tmp_path / "a", one, str(one)])
    assert found == [one.resolve()]


def test_discovery_survives_symlink_loops(tmp_path) -> None:
    write(tmp_path / "a", "one.pdf", b"1")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "a" / "sub").mkdir()
    (tmp_path / "a" / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    assert [p.name for p in discover_pdfs([tmp_path / "a"])] == ["one.pdf"]


def test_discovery_takes_named_files_as_given(tmp_path) -> None:
    named = write(tmp_path, "scan.bin", b"x")
    assert discover_pdfs([named]) == [named.resolve()]


def test_discovery_rejects_missing_paths(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        discover_pdfs([tmp_path / "nope"])


# --------------------------------------------------------------------------- --force, one hash per file


def test_force_parses_again_what_is_unchanged_or_failed_before(prefect_harness, tmp_path, fake_parser) -> None:
    calls = fake_parser()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"doc a")
    (folder / "b.pdf").write_bytes(b"BAD b")
    db = tmp_path / "m.duckdb"
    first = ingest_flow(paths=[str(folder)], db=str(db))
    assert (first.loaded, first.failed) == (1, 1)

    calls.clear()
    forced = ingest_flow(paths=[str(folder)], db=str(db), force=[str(folder / "a.pdf")])
    assert calls == [str(folder / "a.pdf")]  # b.pdf failed before: not retried unless forced
    assert {Path(o.path).name: o.status for o in forced.outcomes} == {"a.pdf": "loaded", "b.pdf": "failed"}

    calls.clear()
    ingest_flow(paths=[], db=str(db), force=[str(folder)])  # a folder: every PDF in it
    assert sorted(Path(path).name for path in calls) == ["a.pdf", "b.pdf"]
    counts, files = db_state(db)
    assert counts["documents"] == 1
    assert {Path(p).name: r.last_run_action for p, r in files.items()} == {"a.pdf": "loaded", "b.pdf": "failed"}


def test_the_plans_sha256_reaches_the_parse_so_each_file_is_hashed_once(
    prefect_harness, tmp_path, monkeypatch, document_factory
) -> None:
    import hashlib

    from pipeline.ingest import plan

    hashed: list[str] = []
    real_sha256_file = plan.sha256_file

    def counted_sha256_file(path, *args):
        hashed.append(Path(path).name)
        return real_sha256_file(path, *args)

    monkeypatch.setattr(plan, "sha256_file", counted_sha256_file)
    handed: dict[str, object] = {}

    def child(function, path, ocr, known, limits):  # run_isolated, in this process
        handed[Path(path).name] = known
        return document_factory(Path(path).read_bytes(), path=path)

    monkeypatch.setattr(ingest, "run_isolated", child)
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.pdf", "b.pdf"):
        (folder / name).write_bytes(f"doc {name}".encode())
    assert ingest_flow(paths=[str(folder)], db=str(tmp_path / "m.duckdb")).loaded == 2
    assert sorted(hashed) == ["a.pdf", "b.pdf"]  # once each, in planning
    for name, known in handed.items():
        stat = (folder / name).stat()
        assert known.sha256 == hashlib.sha256(f"doc {name}".encode()).hexdigest()
        assert known.size_bytes == stat.st_size and known.holds_for(folder / name)


def test_the_parse_trusts_a_known_sha256_only_while_the_file_is_unchanged(tmp_path, sample_pdf) -> None:
    import hashlib

    from pipeline.fingerprint import KnownDigest, copy_with_sha256, mtime_of
    from pipeline.parse import parse_pdf

    pdf = tmp_path / sample_pdf.name
    shutil.copy(sample_pdf, pdf)
    real = hashlib.sha256(pdf.read_bytes()).hexdigest()
    stat = pdf.stat()
    # A digest no hash of these bytes gives: seen in the result only if the parse did not hash them.
    planned = KnownDigest("0" * 64, stat.st_size, mtime_of(stat))
    assert parse_pdf(pdf, known=planned).document_id == "0" * 64

    os.utime(pdf, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # rewritten since it was planned
    assert copy_with_sha256(pdf, tmp_path / "copy.pdf", planned) == (real, stat.st_size)
    assert (tmp_path / "copy.pdf").read_bytes() == pdf.read_bytes()
    assert copy_with_sha256(pdf, tmp_path / "copy2.pdf") == (real, stat.st_size)


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
    fake_parser()
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
