"""Reading the PDF: a file's bytes -> a checked PDF -> a layout of lines (OCR'd where a page has no usable text).

Modules, in the order a document meets them:

    preflight       the file's first and last bytes: a PDF, or what it is instead ("a web page",
                    "encrypted: a password is needed"); failures explained in plain words
    extract         pdfplumber: pages -> `Line`s with their typography, in reading order, table cells
                    row by row, headers, footers and page numbers dropped -> `Layout`
    textlayer       each page's text layer judged: readable, or a page for OCR (`pipeline/ocr.py`)
    chars           pdfplumber's character dicts straight from pdfminer's interpreter (fast path)
    content_stream  a fast reader of page content streams, object for object pdfminer's (fast path)

The two fast paths lean on pdfminer internals, so they are used only on the pdfminer.six releases
they are tested on (`chars.TESTED_PDFMINER_VERSIONS`); other releases read pages with pdfminer's and
pdfplumber's own classes, slower, same results.

The names below are this package's public surface. They are loaded on first use, so that the
ingest process, which only needs `preflight` to look at files, does not import pdfplumber.
"""

from __future__ import annotations

import importlib
from typing import Any

# public name -> the module that defines it
_PUBLIC = {
    "Cell": "extract",
    "Layout": "extract",
    "Line": "extract",
    "clean_text": "extract",
    "extract_layout": "extract",
    "iter_pages": "extract",
    "PageSample": "textlayer",
    "pages_needing_ocr": "textlayer",
    "check_pdf": "preflight",
    "describe_bytes": "preflight",
    "explain_failure": "preflight",
}

__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_PUBLIC[name]}"), name)
