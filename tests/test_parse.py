"""pipeline.parse: one PDF -> a ParsedDocument; a PDF pdfminer cannot walk, a file rewritten while
it is read, reasons in the words promised."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging

import pdfplumber
import pytest

from pipeline import PARSER_VERSION, store
from pipeline.errors import UnreadablePDF
from pipeline.ingest import write as writer_module
from pipeline.parse import parse_pdf
from tests.pdf_builder import PdfBuilder, write_raw_pdf


def test_a_pdf_whose_page_tree_pdfminer_misses_is_repaired_and_read(tmp_path):
    good = PdfBuilder(tmp_path / "good.pdf").line("1. Opening", style="bold").line("The chair opened.").save()
    broken = tmp_path / "broken.pdf"
    # The cross-reference table numbered from 1, not 0, as some scanners write it: pdfminer finds
    # every object under the wrong number, and so no page.
    broken.write_bytes(good.read_bytes().replace(b"xref\n0 ", b"xref\n1 ", 1))
    with pdfplumber.open(broken) as pdf:
        assert not pdf.pages
    doc = parse_pdf(broken)
    assert doc.provenance.page_count == 1
    assert doc.provenance.sha256 == hashlib.sha256(broken.read_bytes()).hexdigest()
    assert "The chair opened." in doc.model_dump_json()


def test_a_pdf_without_pages_is_no_pages(tmp_path):
    empty = write_raw_pdf(tmp_path / "empty.pdf", [
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>",
    ])
    with pytest.raises(UnreadablePDF, match="^no pages"):
        parse_pdf(empty)


def test_the_hash_is_of_the_bytes_parsed_though_the_file_is_rewritten(tmp_path, monkeypatch):
    from pipeline import parse

    original = PdfBuilder(tmp_path / "a.pdf").line("1. Opening", style="bold").line("First version.").save()
    first_bytes = original.read_bytes()
    second = PdfBuilder(tmp_path / "b.pdf").line("1. Opening", style="bold").line("Second version.").save()
    read_layout = parse._layout_with_pages

    def rewritten_meanwhile(path, workdir):
        original.write_bytes(second.read_bytes())  # after minutes read the file, before it parses
        return read_layout(path, workdir)

    monkeypatch.setattr(parse, "_layout_with_pages", rewritten_meanwhile)
    doc = parse_pdf(original)
    assert doc.document_id == hashlib.sha256(first_bytes).hexdigest()
    assert doc.provenance.size_bytes == len(first_bytes) and "First version." in doc.model_dump_json()

    # The files row takes the hash of the bytes parsed, not the one taken before parsing.
    db = str(tmp_path / "m.duckdb")
    before = store.FileRecord(path=str(original), file_name="a.pdf", sha256="hash taken before", size_bytes=1,
                              status="loaded", last_seen_at=dt.datetime(2026, 1, 1), parser_version=PARSER_VERSION)
    writer = writer_module.Writer(db, {}, logging.getLogger("test"))
    writer.add_document(before, doc)
    writer.flush()
    with store.connect(db) as con:
        (record,) = store.file_records(con).values()
    assert record.sha256 == record.document_id == doc.document_id and record.size_bytes == len(first_bytes)

    # A copy of the bytes the first path held then is not "a duplicate" of a document that is not stored.
    copy = record.model_copy(update={"path": "/backup/a.pdf", "sha256": "bytes before the rewrite"})
    (settled,) = writer_module.settle_duplicates([(copy, record.path)], {record.path: record})
    assert settled.status == "skipped" and settled.reason.startswith("not parsed yet")


@pytest.mark.parametrize(("error", "expected"), [
    (MemoryError(), MemoryError),  # then "too large: parsing needed more than N MB of memory"
    (RecursionError("maximum recursion depth exceeded"), UnreadablePDF),
])
def test_exhausted_memory_or_stack_is_too_large_or_corrupt_however_wrapped(tmp_path, monkeypatch, error, expected):
    from pdfplumber.utils.exceptions import PdfminerException

    from pipeline import parse

    def wrapped(*args, **kwargs):
        raise PdfminerException(error) from error  # as pipeline.pdf.chars and pdfplumber wrap pdfminer's errors

    monkeypatch.setattr(parse, "extract_layout", wrapped)
    with pytest.raises(expected) as raised:
        parse._read_layout(tmp_path / "bomb.pdf")
    if expected is UnreadablePDF:
        assert raised.value.reason == "corrupt: objects nested too deeply to read"
