"""How pages that need OCR are read: the settings the ingest passes down to the parse children.

Kept apart from the rest of pipeline.ocr (whose package loads it lazily) so that the processes
that only pass them on (the `minutes` command, the ingest flow) do not import the OCR machinery
with them (pdfplumber, numpy, Pillow: tens of MB and a second of start-up in each).
"""

from __future__ import annotations

from dataclasses import dataclass

# Tesseract languages tried, those installed (`minutes setup-ocr` installs them all; eng and khm
# are the ones OCR needs to be ready). Each page is read only in those of the script it
# shows, and, within the script, in the one its words are (pipeline.ocr.languages.LanguagePlan).
DEFAULT_OCR_LANGUAGES = ("eng+khm+deu+fra+spa+por+ita+nld+swe+dan+nor+fin+pol+ces+hrv+slv+slk+hun+ron+tur+rus"
                         "+chi_tra+chi_sim+jpn+kor")
# What one page may take (rasterise, deskew, orientation, Tesseract): ~4-9 s on an idle core.
DEFAULT_OCR_SECONDS_PER_PAGE = 60.0


@dataclass(frozen=True)
class OcrSettings:
    """How pages that need OCR are read. `cache_dir` None: a temporary folder, gone after the parse."""

    enabled: bool = True
    languages: str = DEFAULT_OCR_LANGUAGES
    cache_dir: str | None = None
    seconds_per_page: float = DEFAULT_OCR_SECONDS_PER_PAGE


DEFAULT_OCR_SETTINGS = OcrSettings()
