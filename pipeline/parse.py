"""One PDF file -> one validated ParsedDocument: extract -> structure -> annotate -> validate."""

from __future__ import annotations

from pathlib import Path

from pipeline import PARSER_VERSION
from pipeline.annotate import annotate
from pipeline.errors import UnreadablePDF
from pipeline.extract import extract_layout
from pipeline.fingerprint import sha256_file
from pipeline.structure import build_structure
from pipeline.validate import build_document
from schemas import ParsedDocument, Provenance


def parse_pdf(path: str | Path) -> ParsedDocument:
    """Parse one minutes PDF; raises UnreadablePDF with a plain reason when it cannot be read."""
    path = Path(path)
    sha = sha256_file(path)
    layout = extract_layout(path)
    if layout.page_count and not layout.lines:
        raise UnreadablePDF("no text layer: the pages are images, OCR is needed")
    provenance = Provenance(
        file_name=path.name,
        path=str(path.resolve()),
        sha256=sha,
        size_bytes=path.stat().st_size,
        page_count=layout.page_count,
        parser_version=PARSER_VERSION,
    )
    structure = build_structure(layout)
    return build_document(provenance, structure, annotate(structure))
