"""The parse as the ingest calls it in a child process: a plain function, importable without the parser.

`run_isolated(parse_file, path, ocr, known)` sends the child a reference to this function (not a dotted
string); the child imports the parser (spaCy, pdfplumber) when it runs it, already loaded in a
forkserver warmed up by pipeline/isolation_warmup.py, so the ingest process never loads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.fingerprint import KnownDigest
    from pipeline.ocr.settings import OcrSettings
    from schemas import ParsedDocument


def parse_file(path: str, ocr: OcrSettings, known: KnownDigest | None = None) -> ParsedDocument:
    """pipeline.parse.parse_pdf, imported on first use; `known` is the sha256 planning computed
    (so the file is not hashed twice)."""
    from pipeline.parse import parse_pdf

    return parse_pdf(path, ocr, known)
