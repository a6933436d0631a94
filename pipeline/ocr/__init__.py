"""Read pages with OCR: Tesseract reads each page's image; a copy of the PDF carries the text layer it wrote.

Only the pages that need it (pipeline/pdf/textlayer.py) are OCR'd. Each is rendered at the
resolution Tesseract needs, straightened and its rules erased (render.py), and read by Tesseract
(read.py), pages in parallel, one Tesseract per core (schedule.py), in the languages the page
shows (languages.py). The copy of the PDF with those pages' text is kept in a cache folder by the
original's sha256 (cache.py). The words Tesseract doubts are left out (words.py); the lines of the
OCR'd pages get back their sizes, bold and bullets (layout.py), and their tables the rules drawn
on the image (tables.py); a form's vote grid, the names set vertically over its columns, its row
labels and marks, are read from the copy's image (grid.py). settings.py holds the options the
ingest passes down; tesseract.py the program, its commands and its installation.

The public names below are loaded on first use, so that importing pipeline.ocr.settings (as the
`minutes` command and the ingest flow do) does not import the OCR machinery (numpy, Pillow,
pypdfium2). To replace one in a test, patch the module that defines it (e.g.
pipeline.ocr.tesseract.find_program).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.ocr.cache import OcrResult, ocr_pages
    from pipeline.ocr.grid import GridRegion, read_grids
    from pipeline.ocr.layout import restore_typography
    from pipeline.ocr.tables import scanned_rules
    from pipeline.ocr.tesseract import installed_languages, setup_ocr, unavailable_reason
    from pipeline.ocr.words import OcrWord, doubtful_words

_PUBLIC = {
    "OcrResult": "cache", "ocr_pages": "cache",
    "GridRegion": "grid", "read_grids": "grid",
    "restore_typography": "layout",
    "scanned_rules": "tables",
    "installed_languages": "tesseract", "setup_ocr": "tesseract", "unavailable_reason": "tesseract",
    "OcrWord": "words", "doubtful_words": "words",
}
__all__ = ["GridRegion", "OcrResult", "OcrWord", "doubtful_words", "installed_languages", "ocr_pages", "read_grids",
           "restore_typography", "scanned_rules", "setup_ocr", "unavailable_reason"]


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_PUBLIC[name]}"), name)
