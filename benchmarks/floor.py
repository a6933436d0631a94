"""The extractor's floor the benchmarks measure against: raw pdfplumber, every page's words.

No side effects on import: benchmarks/parse_cpu.py imports it in processes that read another
checkout's code through PYTHONPATH.
"""

from __future__ import annotations

from pathlib import Path


def extract_words(path: Path) -> None:
    """pdfplumber's `extract_words` on every page of `path`, each page closed after use."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.close()
