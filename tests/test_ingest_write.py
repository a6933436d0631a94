"""pipeline.ingest.write: the single writer, loading the first document at once and the next ones in batches."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from flows import ingest
from flows.ingest import ingest_flow
from pipeline import PARSER_VERSION, store
from pipeline.ingest import write as writer_module
from schemas import ParsedDocument
from tests.helpers import write


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
