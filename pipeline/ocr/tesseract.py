"""The Tesseract program: where it is, its languages, the commands it is run with, installing it.

Every lookup of the program goes through `find_program` here (tests replace it to play a machine
without Tesseract).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from pipeline.errors import UnreadablePDF
from pipeline.ocr.settings import DEFAULT_OCR_LANGUAGES, OcrSettings

# Tesseract's page segmentation "one uniform block of text", for pages where its automatic
# segmentation found (almost) nothing: on a page of Khmer only, that is all it reads.
BLOCK_SEGMENTATION = "6"
AUTO_SEGMENTATION = "3"
OCR_PROGRAMS = ("tesseract",)
# Debian/Ubuntu packages that provide OCR_PROGRAMS and the languages: the default ones, and those
# of the other languages minutes come in (read when configured: --ocr-languages eng+deu+fra ...).
OCR_BASE_LANGUAGES = "eng+khm"  # needed for OCR to be ready; the others of DEFAULT_OCR_LANGUAGES are read if installed
# (Debian names a language's package with a hyphen: chi_tra -> tesseract-ocr-chi-tra)
OCR_DEBIAN_PACKAGES = ("tesseract-ocr",
                       *(f"tesseract-ocr-{lang.replace('_', '-')}" for lang in DEFAULT_OCR_LANGUAGES.split("+")))
INSTALL_HINT = "install tesseract"


def find_program(name: str) -> str | None:
    """Where a program is on PATH (tests replace this to play a machine without Tesseract)."""
    return shutil.which(name)


def unavailable_reason(settings: OcrSettings) -> str | None:
    """Why OCR cannot run here ("OCR is turned off", "install ..."), or None when it can."""
    if not settings.enabled:
        return "OCR is turned off (--no-ocr)"
    if any(find_program(name) is None for name in OCR_PROGRAMS):
        return INSTALL_HINT
    return None


def usable_languages(configured: str) -> list[str]:
    """The configured Tesseract languages ("eng+khm") that are installed, in the configured order."""
    installed = installed_languages()
    usable = [code for code in configured.split("+") if code and code in installed]
    if not usable:
        raise UnreadablePDF(f"OCR failed: Tesseract has none of the languages {configured} "
                            f"(install tesseract-ocr-{configured.split('+')[0]})")
    return usable


def installed_languages() -> set[str]:
    """Tesseract's installed languages (empty when Tesseract is not there)."""
    tesseract = find_program("tesseract")
    if tesseract is None:
        return set()
    result = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, check=False)
    return {line.strip() for line in result.stdout.splitlines()[1:] if line.strip()}


# What Tesseract writes of a page: a text-only PDF, its words with confidences (TSV), and its lines
# with their row metrics (hOCR: x-height, ascenders, descenders in fractions of a pixel, which the
# PDF gives only as a whole-point size). hOCR adds 0.04-0.07 CPU s (2-5%) to a page's reading.
PAGE_OUTPUTS = ("pdf", "tsv", "hocr")
STRIP_OUTPUTS = ("tsv",)  # the strip that tells the language: its words only


def tesseract_command(image: Path, base: Path, languages: str, segmentation: str, dpi: float,
                      outputs: tuple[str, ...] = PAGE_OUTPUTS) -> list[str]:
    """Tesseract writing a text-only PDF page (`base`.pdf), its words with confidences (`base`.tsv)
    and, among `outputs`, its lines' metrics (`base`.hocr)."""
    return [find_program("tesseract") or "tesseract", str(image), str(base), "-l", languages,
            "--psm", segmentation, "--dpi", f"{dpi:.0f}", "-c", "textonly_pdf=1", *outputs]


def pieces_command(image: Path, base: Path, characters: str, dpi: float) -> list[str]:
    """Tesseract reading an image of pieces laid out in lines (ocr/grid.py), in `characters` only, in
    English, its words with confidences written to `base`.tsv."""
    return [find_program("tesseract") or "tesseract", str(image), str(base), "-l", "eng", "--psm", "6",
            "--dpi", f"{dpi:.0f}", "-c", f"tessedit_char_whitelist={characters}", "tsv"]


def osd_command(image: Path, base: Path, dpi: float) -> list[str]:
    """Tesseract's orientation and script detection only, written to `base`.osd."""
    return [find_program("tesseract") or "tesseract", str(image), str(base), "--psm", "0", "--dpi", f"{dpi:.0f}"]


def last_message(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


def _missing_parts(languages: str = OCR_BASE_LANGUAGES) -> list[str]:
    missing = [name for name in OCR_PROGRAMS if find_program(name) is None]
    installed = installed_languages()
    return missing + [f"tesseract language {code}" for code in languages.split("+") if code not in installed]


def setup_ocr() -> tuple[bool, str]:
    """Install Tesseract and the languages minutes reads (DEFAULT_OCR_LANGUAGES) with apt-get when running as root
    on Debian/Ubuntu.

    Returns (ready, what to tell the user): elsewhere, the command to run.
    """
    if not _missing_parts(DEFAULT_OCR_LANGUAGES):  # (all the languages minutes reads, not only those it needs)
        return True, f"OCR is ready: tesseract ({', '.join(DEFAULT_OCR_LANGUAGES.split('+'))}) is installed"
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *OCR_DEBIAN_PACKAGES]
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        return False, (
            f"OCR is not installed ({', '.join(_missing_parts())}); scanned pages are recorded as 'needs OCR'. "
            f"To install it on Debian/Ubuntu run: sudo {' '.join(install)}"
        )
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (["apt-get", "update", "-qq"], install):
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            return False, f"{' '.join(command[:2])} failed: {last_message(result.stderr or result.stdout)}"
    missing = _missing_parts()
    if missing:
        return False, f"still missing after apt-get install: {', '.join(missing)}"
    return True, f"OCR installed: {' '.join(OCR_DEBIAN_PACKAGES)}"
