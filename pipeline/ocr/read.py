"""Reading one page: the Tesseract passes it takes, in which languages, and what each pass gave.

Languages are chosen per page (page_steps): a first pass in the languages of the first script
configured; a page that reads badly is checked with Tesseract's orientation and script detection
and read again upright and in the languages of the script it shows (no Khmer model on a page with
no Khmer); a page whose words are another configured language's (its common words, rules
LANGUAGE_COMMON_WORDS) is read again in that language. Where the first script has several
languages, a strip of the first page, read first and on its own (language_strip_steps), tells the
document's. Tesseract writes a text-only PDF, a TSV of words with their confidence and an hOCR of
its lines with their row metrics at once.
"""

from __future__ import annotations

from collections.abc import Generator
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from pipeline.isolation import extend_deadline
from pipeline.ocr.languages import LANGUAGE_STRIP_DPI, LANGUAGE_STRIP_MIN_HITS, LANGUAGE_STRIP_SHARE, LanguagePlan
from pipeline.ocr.render import OCR_DPI, copy_jpeg, densest_strip, rendered, save_pnm, straightened, without_rules
from pipeline.ocr.schedule import SUPERSEDED, PageFailed, Run, Steps, cores, run_steps
from pipeline.ocr.tesseract import (
    AUTO_SEGMENTATION,
    BLOCK_SEGMENTATION,
    PAGE_OUTPUTS,
    STRIP_OUTPUTS,
    osd_command,
    tesseract_command,
)
from pipeline.ocr.words import OcrLine, OcrWord, hocr_lines, tsv_words

OCR_MIN_PAGE_CHARS = 20
# The steps' key of the strip that tells the document's language (pages count from 1).
LANGUAGE_STRIP = 0
# The output base of a page's first pass (the one begun on a guess of its language).
FIRST_PASS = "first"
# A page where less than DOUBTFUL_PAGE_SHARE of the letters read are in words read with at least
# DOUBTFUL_WORD_CONFIDENCE (or nearly nothing read) is checked with Tesseract's orientation and
# script detection (OSD), at OSD_DPI (it needs no finer image).
DOUBTFUL_WORD_CONFIDENCE = 75.0
DOUBTFUL_PAGE_SHARE = 0.5
OSD_DPI = 150
# OSD's confidence in a page's orientation before the page is turned (OCRmyPDF's default).
OSD_MIN_ORIENTATION_CONFIDENCE = 14.0
OSD_MIN_SCRIPT_CONFIDENCE = 1.0


@dataclass
class _Pass:
    """One Tesseract reading of a page: its words, the text-only PDF page it wrote, its lines' metrics."""

    languages: str
    words: list[OcrWord]
    text_pdf: Path
    lines: list[OcrLine] = field(default_factory=list)

    @property
    def chars(self) -> int:
        return sum(len(word.text) for word in self.words)

    @property
    def confidence(self) -> float:
        return sum(word.confidence for word in self.words) / len(self.words) if self.words else 0.0

    def doubtful(self) -> bool:
        """Read badly: (nearly) nothing, or too little of it in words Tesseract believes (a page of
        another script, or upside down; a page of text with a signature on it is not)."""
        believed = sum(len(word.text) for word in self.words if word.confidence >= DOUBTFUL_WORD_CONFIDENCE)
        return self.chars < OCR_MIN_PAGE_CHARS or believed < DOUBTFUL_PAGE_SHARE * self.chars


@dataclass
class PageRead:
    page: int
    words: list[OcrWord] = field(default_factory=list)
    languages: str = ""
    text_pdf: Path | None = None
    image: Image.Image | None = None  # the page as read: straightened and upright
    dpi: float = OCR_DPI
    error: str | None = None
    copy: bytes | None = None  # the image as the copy's page shows it (JPEG), made while Tesseract ran
    lines: list[OcrLine] = field(default_factory=list)  # Tesseract's lines with their row metrics


def read_pages(source: Path, pages: list[int], plan: LanguagePlan, seconds_per_page: float,
               scratch: Path) -> list[PageRead]:
    """Read `pages` of `source` with Tesseract, as many at once as there are cores."""
    extend_deadline(len(pages) * seconds_per_page)  # in a parse child: OCR is slow
    document = pdfium.PdfDocument(str(source))
    try:
        # Where the first script has several languages, a strip of the first page tells which, read
        # first. The pages begin meanwhile in the first language, the likeliest; those begun in it
        # when the strip tells another are stopped and begun again in that one.
        hold = LANGUAGE_STRIP if plan.to_choose() else None

        def stale(command: list[str]) -> bool:
            return Path(command[2]).name == FIRST_PASS and command[command.index("-l") + 1] != plan.first()

        # Pages are rendered in this thread (pdfium is not thread-safe), straightened and cleaned in
        # others: as many as there are cores at the start, when no Tesseract runs yet (the strip is read beside them).
        with ThreadPoolExecutor(max_workers=cores(), thread_name_prefix="ocr-page") as pool:
            steps = {page: page_steps(document, page, plan, scratch / f"page-{page}", pool=pool) for page in pages}
            if hold is not None:  # second: the first page is rendered and handed to a thread to straighten,
                # then the strip is cut while it is, and its Tesseract starts at once; the other pages follow
                first, *rest = steps.items()
                strip = language_strip_steps(document, pages[0], plan, scratch / "strip")
                steps = dict([first, (LANGUAGE_STRIP, strip), *rest])
            outcomes = run_steps(steps, cores(), seconds_per_page, hold, stale)
    finally:
        document.close()
    return [outcomes[page] if isinstance(outcomes[page], PageRead) else PageRead(page, error=str(outcomes[page]))
            for page in pages]


def language_strip_steps(document: pdfium.PdfDocument, page: int, plan: LanguagePlan, folder: Path) -> Steps:
    """Tell the document's language (plan.found) from the densest strip of `page` (some five lines),
    read as one block: words enough to count common words by, at a sixth of a page's cost (most of it
    Tesseract's start). The page is rendered for it on its own at LANGUAGE_STRIP_DPI (a quarter of the
    pixels: straightened in a few hundredths of a second, here), so the strip is read at once, not
    after the page's own preparation. A strip that cannot be read leaves the first language."""
    folder.mkdir(parents=True, exist_ok=True)
    image, dpi = rendered(document, page, at_most=LANGUAGE_STRIP_DPI)
    strip_file = save_pnm(densest_strip(image, dpi, LANGUAGE_STRIP_SHARE), folder / "strip.pgm")
    strip = yield from _tesseract(strip_file, folder / "strip", plan.first(), BLOCK_SEGMENTATION, dpi, STRIP_OUTPUTS)
    plan.found = plan.other_language(strip.words, plan.first(), LANGUAGE_STRIP_MIN_HITS) or plan.first()


def page_steps(document: pdfium.PdfDocument, page: int, plan: LanguagePlan, folder: Path,
               pool: Executor | None = None) -> Steps:
    """Read one page: render and straighten it, read it in the document's language (the first
    configured until told); if it reads badly, detect its orientation and script and read it again
    upright, in the script's languages; in another language of its script if its words are that
    language's; as one block if nothing was read. `pool`: threads to straighten and clean the page
    image in, and to make the copy's JPEG in while Tesseract reads it."""
    folder.mkdir(parents=True, exist_ok=True)
    image, dpi = rendered(document, page)
    if pool is None:
        image, image_file = _prepared(image, dpi, folder)
    else:
        done = yield pool.submit(_prepared, image, dpi, folder)
        image, image_file = done.result()
    # Submitted as the page's command is queued (yielded next), so not on the way to Tesseract.
    copy = pool.submit(copy_jpeg, image, dpi) if pool is not None else None
    best = yield from _first_pass(image_file, folder, plan, dpi)
    turned = False
    if best.doubtful():
        osd = yield from _detect_orientation_and_script(image, dpi, folder)
        turn = int(osd.get("Rotate", "0")) if float(osd.get("Orientation confidence", "0")) >= (
            OSD_MIN_ORIENTATION_CONFIDENCE) else 0
        script = osd.get("Script") if float(osd.get("Script confidence", "0")) >= OSD_MIN_SCRIPT_CONFIDENCE else None
        languages = (plan.for_script(script) if script else None) or best.languages
        if turn % 360:
            turned = True
            image = image.rotate(-turn, expand=True, fillcolor=255)  # OSD's "Rotate" is clockwise
            image_file = save_pnm(without_rules(image, dpi), folder / "page.pgm")
        if turn % 360 or languages != best.languages:
            again = yield from _tesseract(image_file, folder / "again", languages, AUTO_SEGMENTATION, dpi)
            if turn % 360 or again.confidence > best.confidence:
                best = again
    other = plan.other_language(best.words, best.languages)
    if other:
        best = yield from _tesseract(image_file, folder / "language", other, AUTO_SEGMENTATION, dpi)
        plan.found = other  # the document's next pages start in it
    if best.chars < OCR_MIN_PAGE_CHARS:
        block = yield from _tesseract(image_file, folder / "block", best.languages, BLOCK_SEGMENTATION, dpi)
        best = block if block.chars > best.chars else best
    return PageRead(page, best.words, best.languages, best.text_pdf, image, dpi,
                    copy=None if turned or copy is None else copy.result(), lines=best.lines)


def _prepared(image: Image.Image, dpi: float, folder: Path) -> tuple[Image.Image, Path]:
    """The page image straightened, and the file of the image Tesseract reads (rules erased)."""
    image, coarse = straightened(image, dpi)
    return image, save_pnm(without_rules(image, dpi, coarse), folder / "page.pgm")


def _first_pass(image_file: Path, folder: Path, plan: LanguagePlan, dpi: float) -> Generator[list[str], Run, _Pass]:
    """The page read in the document's language; begun again when it was begun on the first
    language and the strip of the first page has since told another (SUPERSEDED)."""
    while True:
        try:
            return (yield from _tesseract(image_file, folder / FIRST_PASS, plan.first(), AUTO_SEGMENTATION, dpi))
        except _Superseded:
            continue


class _Superseded(Exception):
    """The command was stopped: begun on a guess that proved wrong."""


def _tesseract(image: Path, base: Path, languages: str, segmentation: str, dpi: float,
               outputs: tuple[str, ...] = PAGE_OUTPUTS) -> Generator[list[str], Run, _Pass]:
    run = yield tesseract_command(image, base, languages, segmentation, dpi, outputs)
    if run.returncode == SUPERSEDED:
        raise _Superseded(run.message)
    pdf, tsv = base.with_suffix(".pdf"), base.with_suffix(".tsv")
    if run.returncode != 0 or not tsv.is_file() or ("pdf" in outputs and not pdf.is_file()):
        raise PageFailed(run.message or f"tesseract exit status {run.returncode}")
    lines = hocr_lines(base.with_suffix(".hocr"), dpi) if "hocr" in outputs else []
    return _Pass(languages, tsv_words(tsv), pdf, lines)


def _detect_orientation_and_script(image: Image.Image, dpi: float,
                                   folder: Path) -> Generator[list[str], Run, dict[str, str]]:
    """Tesseract's OSD on a coarser copy of the page: {"Rotate": "90", "Script": "Khmer", ...};
    empty when it could not tell (too few letters)."""
    scale = OSD_DPI / dpi
    small = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))),
                         Image.Resampling.BILINEAR) if scale < 1 else image
    small_file = save_pnm(small, folder / "osd.pgm")
    run = yield osd_command(small_file, folder / "osd", min(dpi, OSD_DPI))
    found = folder / "osd.osd"
    if run.returncode != 0 or not found.is_file():
        return {}
    pairs = (line.split(":", 1) for line in found.read_text(encoding="utf-8", errors="replace").splitlines())
    return {key.strip(): value.strip() for key, value in (pair for pair in pairs if len(pair) == 2)}
