"""One PDF file -> one validated ParsedDocument (no database)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from pipeline import PARSER_VERSION
from pipeline.errors import UnreadablePDF
from pipeline.fingerprint import sha256_file
from schemas import DocumentMeta, ParsedDocument, Provenance


def parse_pdf(path: str | Path) -> ParsedDocument:
    """Temporary skeleton: provenance and title only (the real parser replaces this)."""
    path = Path(path)
    sha = sha256_file(path)
    try:
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
            first = pdf.pages[0].extract_text() if pages else ""
    except Exception as exc:  # noqa: BLE001
        raise UnreadablePDF(f"corrupt: {exc}") from exc
    title = next((line.strip() for line in (first or "").splitlines() if line.strip()), None)
    return ParsedDocument(
        document_id=sha,
        provenance=Provenance(
            file_name=path.name, path=str(path.resolve()), sha256=sha,
            size_bytes=path.stat().st_size, page_count=pages, parser_version=PARSER_VERSION,
        ),
        meta=DocumentMeta(title=title),
    )
