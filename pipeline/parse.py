"""One PDF file -> one validated ParsedDocument: extract -> structure -> annotate -> validate."""

from __future__ import annotations

import traceback
from pathlib import Path

from pipeline import PARSER_VERSION
from pipeline.annotate import annotate
from pipeline.errors import UnreadablePDF
from pipeline.extract import Layout, extract_layout
from pipeline.fingerprint import sha256_file
from pipeline.preflight import check_pdf, explain_failure, text_path
from pipeline.structure import build_structure
from pipeline.validate import build_document
from schemas import ParsedDocument, Provenance

# Code whose exceptions mean "this file is broken", not "the parser has a bug".
_PDF_LIBRARIES = ("pdfminer", "pdfplumber", "pypdfium2")


def parse_pdf(path: str | Path) -> ParsedDocument:
    """Parse one minutes PDF; raises UnreadablePDF with a plain reason when it cannot be read."""
    path = Path(path)
    check_pdf(path)  # empty, or not a PDF at all: say so before pdfminer tries
    sha = sha256_file(path)
    layout = _read_layout(path)
    if not layout.page_count:
        raise UnreadablePDF("no pages: the PDF holds no page")
    if not layout.lines:
        raise UnreadablePDF("no text layer: the pages are images, OCR is needed")
    provenance = Provenance(
        file_name=text_path(path.name),
        path=text_path(path.resolve()),
        sha256=sha,
        size_bytes=path.stat().st_size,
        page_count=layout.page_count,
        parser_version=PARSER_VERSION,
    )
    structure = build_structure(layout)
    return build_document(provenance, structure, annotate(structure))


def _read_layout(path: Path) -> Layout:
    """extract_layout, with the PDF library's own errors turned into a plain reason."""
    try:
        return extract_layout(path)
    except UnreadablePDF as exc:
        raise UnreadablePDF(explain_failure(path, exc)) from exc
    except (OSError, MemoryError):
        raise
    except Exception as exc:
        if _raised_by_pdf_library(exc):
            raise UnreadablePDF(explain_failure(path, exc)) from exc
        raise


def _raised_by_pdf_library(exc: BaseException) -> bool:
    frames = traceback.extract_tb(exc.__traceback__)
    return bool(frames) and any(f"/{name}/" in frames[-1].filename for name in _PDF_LIBRARIES)
