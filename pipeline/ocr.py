"""Read pages with OCR: Tesseract reads each page's image; a copy of the PDF carries the text layer it wrote.

Only the pages that need it (pipeline/textlayer.py) are OCR'd. Each is rendered at the
resolution Tesseract needs (OCR_DPI, less when the page's own image is coarser), straightened
(deskew_angle), and read by Tesseract, pages in parallel: one Tesseract per core, each on one
thread (OMP_THREAD_LIMIT=1: Tesseract's own threads cost more than they save on small images).
Languages are chosen per page (_page_steps): a first pass in the languages of the first
script configured; a page that reads badly is checked with Tesseract's orientation and script
detection and read again upright and in the languages of the script it shows (no Khmer model
on a page with no Khmer); a page whose words are another configured language's (its common
words, rules LANGUAGE_COMMON_WORDS) is read again in that language. Tesseract writes a
text-only PDF and a TSV of words with their confidence at once; the copy's page is the
straightened image with that text laid over it, the other pages are copied unchanged, so the
rest of the pipeline reads the copy exactly as it reads any PDF.

The copy is kept in a cache folder as `<sha256 of the original>.pdf`, with `<sha256>.json`
saying which pages were OCR'd, in which languages, which failed and why, and the confidence,
so a re-run does not OCR again. A page whose OCR fails (Tesseract's error, too slow) is
recorded and left blank in the copy; the others are read. The confidence is Tesseract's own:
the mean word confidence (0-100). The same TSV tells which words are doubtful: lines
Tesseract itself barely believes, in blocks it barely believes (what it makes of a photo, a
stamp, a signature); extraction leaves them out.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import shutil
import statistics
import subprocess
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Generator
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from pathlib import Path

import numpy
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from pipeline.errors import UnreadablePDF
from pipeline.extract import DEFAULT_MARGIN_SHARE, Layout, Line
from pipeline.isolation import die_with_parent, extend_deadline
from pipeline.ocr_settings import DEFAULT_OCR_LANGUAGES, OcrSettings
from pipeline.rules import LANGUAGE_COMMON_WORDS, LANGUAGE_SCRIPTS, OCR_BULLET_MISREADS, OSD_SCRIPTS

# Tesseract's page segmentation "one uniform block of text", for pages where its automatic
# segmentation found (almost) nothing: on a page of Khmer only, that is all it reads.
BLOCK_SEGMENTATION = "6"
AUTO_SEGMENTATION = "3"
OCR_MIN_PAGE_CHARS = 20
OCR_PROGRAMS = ("tesseract",)
# Debian/Ubuntu packages that provide OCR_PROGRAMS and the languages: the default ones, and those
# of the other languages minutes come in (read when configured: --ocr-languages eng+deu+fra ...).
OCR_BASE_LANGUAGES = "eng+khm"  # needed for OCR to be ready; the others of DEFAULT_OCR_LANGUAGES are read if installed
OCR_DEBIAN_PACKAGES = ("tesseract-ocr", *(f"tesseract-ocr-{lang}" for lang in DEFAULT_OCR_LANGUAGES.split("+")))
INSTALL_HINT = "install tesseract"
# Tesseract reads best with capitals ~20-30 px high: 9-12 pt type at 300 dpi. A page whose scan is
# coarser is rendered at the scan's resolution (more pixels add no detail), but not below OCR_MIN_DPI.
OCR_DPI = 300
OCR_MIN_DPI = 200
# The copy's page image: the downstream readers of the image (bold strokes, table rules) use <= 150 dpi.
COPY_IMAGE_DPI = 200
COPY_JPEG_QUALITY = 80
# Skew: tried at DESKEW_DPI from -DESKEW_MAX_DEGREES to +DESKEW_MAX_DEGREES by DESKEW_STEP, then by
# quarter steps around the best, down to DESKEW_FINE_STEP; turned when at least DESKEW_MIN_DEGREES.
DESKEW_DPI = 75
DESKEW_MAX_DEGREES = 5.0
DESKEW_STEP = 1.0
DESKEW_FINE_STEP = 0.1
DESKEW_MIN_DEGREES = 0.15
DESKEW_DARKNESS = 160
# Rules (table lines, underlines) are erased from the image Tesseract reads (not from the copy's
# image, where extraction finds tables by them): runs of dark pixels at least this long, across
# (RULE_ERASE_ACROSS_INCHES) or down (RULE_ERASE_DOWN_INCHES: longer than a tall letter's stem).
# Tesseract reads an underlined heading as garbage, and a grid's lines as letters ("|", "}", "]").
RULE_ERASE_ACROSS_INCHES = 0.3
RULE_ERASE_DOWN_INCHES = 0.4
RULE_ERASE_DARKNESS = 160
RULE_ERASE_DPI = 150
# A page where less than DOUBTFUL_PAGE_SHARE of the letters read are in words read with at least
# DOUBTFUL_WORD_CONFIDENCE (or nearly nothing read) is checked with Tesseract's orientation and
# script detection (OSD), at OSD_DPI (it needs no finer image).
DOUBTFUL_WORD_CONFIDENCE = 75.0
DOUBTFUL_PAGE_SHARE = 0.5
OSD_DPI = 150
# OSD's confidence in a page's orientation before the page is turned (OCRmyPDF's default).
OSD_MIN_ORIENTATION_CONFIDENCE = 14.0
OSD_MIN_SCRIPT_CONFIDENCE = 1.0
# A page is read again in another configured language of its script when that language has at
# least LANGUAGE_MIN_HITS of its common words on the page, LANGUAGE_MARGIN times those of the first.
LANGUAGE_MIN_HITS = 8
LANGUAGE_MARGIN = 2.0
# Where several languages of the first script are installed, the document's language is told from
# the strip of LANGUAGE_STRIP_SHARE of its first page's height that holds the most ink (some five
# lines): LANGUAGE_STRIP_MIN_HITS common words of another language there are enough.
LANGUAGE_STRIP_SHARE = 0.08
LANGUAGE_STRIP_MIN_HITS = 4
# An OCR text layer's font size is the line's height in whole points, which is a point or two more
# or less with the line's ascenders and descenders: sizes within this share of the body size are it.
OCR_SIZE_JITTER = 0.15
# Line pitch / font size of running text as typeset (single spacing).
TYPICAL_LINE_SPACING = 1.2
# Line pitches up to this times the narrowest quarter's are steps within a paragraph (_paragraph_pitch).
PITCH_CLUSTER = 1.15
# Bold strokes are thicker: on scans of the samples the mean width of the strokes (runs of dark
# pixels across a line, at OCR_INK_DPI) of bold lines is 1.34-2.2 times that of the page's body
# lines, of regular ones at most 1.26 times (darkness alone takes lines full of capitals for bold).
OCR_BOLD_STROKE_RATIO = 1.3
OCR_INK_DPI = 150
OCR_INK_DARKNESS = 128
# Table rules on a scan: runs of RULE_MIN_SHARE of the page of pixels darker than RULE_DARKNESS, or
# of steps of RULE_STEP grey levels (the edge of a shaded cell); runs within RULE_JOIN_PX of each
# other are one rule, unless they make a band thicker than RULE_MAX_THICKNESS (a filled area).
OCR_RULES_DPI = 100
RULE_DARKNESS = 160
RULE_STEP = 24
RULE_MIN_SHARE = 0.05
RULE_JOIN_PX = 3
RULE_MAX_THICKNESS = 8
# A rule stands clear of ink: RULE_CLEARANCE pixels beside it, at most this share is dark (type has its letters there).
RULE_CLEARANCE = 3
RULE_MAX_INK_BESIDE = 0.2
# Running headers and footers read by OCR are this similar from page to page (difflib ratio).
OCR_MARGIN_SIMILARITY = 0.85
# A scanned table's header row, or a form's head, printed at the top of each page: lines in the top
# PAGE_HEAD_SHARE of a page, at the same height (within PAGE_HEAD_SLACK of the page's height).
PAGE_HEAD_SHARE = 0.25
PAGE_HEAD_SLACK = 0.03
# A line of OCR words whose mean confidence is below this, in a block (Tesseract's) whose mean is
# below it too, is not text: OCR reading shapes in a photo or a logo. Text lines score 85-97; a
# rare word in a good block (a name, a URL) may score less, and stays.
OCR_MIN_CONFIDENCE = 60.0
# A line of at most OCR_SHORT_LINE_CHARS characters read below OCR_MARK_CONFIDENCE is doubtful in any
# block: a signature read as "eet" (a rare word alone on its line, an acronym, scores 50-60).
OCR_SHORT_LINE_CHARS = 6
OCR_MARK_CONFIDENCE = 45.0
# In a doubted line, a word of letters read with at least this confidence stays; any word read below
# OCR_NOISE_CONFIDENCE goes (what Tesseract makes of a signature's strokes beside a name).
OCR_SURE_WORD_CONFIDENCE = 85.0
OCR_NOISE_CONFIDENCE = 30.0
# Letters set vertically (a vote grid's column of names): VERTICAL_MIN_STACK words of at most
# VERTICAL_MAX_CHARS one under another, less than VERTICAL_MAX_GAP of a letter's height apart; or a
# word VERTICAL_TALL_WORD times as tall as the page's words and as it is wide. Read across, they are noise.
VERTICAL_MIN_STACK = 4
VERTICAL_MAX_CHARS = 2
VERTICAL_MAX_GAP = 1.0
VERTICAL_TALL_WORD = 1.8
_CACHE_FORMAT = 3


@dataclass(frozen=True)
class OcrWord:
    """A word as Tesseract's TSV gives it; the box in fractions of the page (0..1 from the top left)."""

    text: str
    confidence: float
    box: tuple[float, float, float, float]  # x0, top, x1, bottom
    line: tuple[int, int, int]  # Tesseract's block, paragraph and line numbers


@dataclass(frozen=True)
class OcrResult:
    pdf: Path  # the copy whose `pages` carry an OCR text layer
    pages: tuple[int, ...]  # the pages read by OCR (not those whose OCR failed)
    confidence: float | None  # mean Tesseract word confidence (0-100); None when no word was read
    # page -> words to leave out: (text, x0, top, x1, bottom), the box in fractions of the page
    doubtful: dict[int, list[tuple[str, float, float, float, float]]] = field(default_factory=dict)
    languages: dict[int, str] = field(default_factory=dict)  # page -> the Tesseract languages it was read in
    failed: dict[int, str] = field(default_factory=dict)  # page -> why its OCR failed (blank in the copy)


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


def ocr_pages(path: Path, sha256: str, pages: list[int], settings: OcrSettings, workdir: Path) -> OcrResult:
    """A copy of `path` with `pages` (1-based) read by OCR: from the cache, or made now and cached.

    `workdir` holds the copy when `settings.cache_dir` is None. A page whose OCR fails is listed
    in the result's `failed`; raises UnreadablePDF when every page fails (the reason is Tesseract's).
    """
    folder = Path(settings.cache_dir) if settings.cache_dir else workdir
    target, meta = folder / f"{sha256}.pdf", folder / f"{sha256}.json"
    cached = _from_cache(target, meta, pages, settings.languages)
    if cached is not None:
        return cached
    plan = _LanguagePlan(usable_languages(settings.languages))
    with tempfile.TemporaryDirectory(prefix="minutes-ocr-") as scratch:
        reads = read_pages(path, pages, plan, settings.seconds_per_page, Path(scratch))
        failed = {read.page: read.error for read in reads if read.error}
        if len(failed) == len(pages):
            raise UnreadablePDF(f"OCR failed: {failed[pages[0]]}")
        output = Path(scratch) / "ocr.pdf"
        _assemble(path, reads, output)
        folder.mkdir(parents=True, exist_ok=True)
        _place(output, target)
    done = [read for read in reads if not read.error]
    confidences = [word.confidence for read in done for word in read.words]
    confidence = round(sum(confidences) / len(confidences), 1) if confidences else None
    doubtful = {read.page: doubtful_words(read.words) for read in done}
    result = OcrResult(target, tuple(read.page for read in done), confidence,
                       {page: found for page, found in doubtful.items() if found},
                       {read.page: read.languages for read in done}, failed)
    _write_meta(meta, result, settings.languages)
    return result


def usable_languages(configured: str) -> list[str]:
    """The configured Tesseract languages ("eng+khm") that are installed, in the configured order."""
    installed = installed_languages()
    usable = [code for code in configured.split("+") if code and code in installed]
    if not usable:
        raise UnreadablePDF(f"OCR failed: Tesseract has none of the languages {configured} "
                            f"(install tesseract-ocr-{configured.split('+')[0]})")
    return usable


@dataclass
class _LanguagePlan:
    """Which languages to read a page in: the first configured one, or the one this document's pages
    were found to be in (`found`); those of another script where a page shows that script."""

    languages: list[str]
    found: str | None = None

    def first(self) -> str:
        return self.found or self.languages[0]

    def to_choose(self) -> bool:
        """Whether the first script has several languages here, so a page's language must be told."""
        script = LANGUAGE_SCRIPTS.get(self.languages[0])
        return self.found is None and sum(LANGUAGE_SCRIPTS.get(code) == script for code in self.languages) > 1

    def for_script(self, script: str) -> str | None:
        """The configured languages written in `script` (OSD's name: "Latin", "Khmer"), with the
        first language after them when it is of another script (documents mix in English)."""
        codes = [code for code in self.languages if LANGUAGE_SCRIPTS.get(code) == OSD_SCRIPTS.get(script)]
        if not codes:
            return None
        if LANGUAGE_SCRIPTS.get(self.languages[0]) != OSD_SCRIPTS.get(script):
            codes.append(self.languages[0])
        return "+".join(codes)

    def other_language(self, words: list[OcrWord], languages: str, min_hits: int = LANGUAGE_MIN_HITS) -> str | None:
        """Another configured language of the same script whose common words the page is made of."""
        if "+" in languages:
            return None  # read in a script's languages together already
        script = LANGUAGE_SCRIPTS.get(languages)
        tokens = [word.text.lower().strip(".,;:()\"'") for word in words]
        hits = {code: sum(token in LANGUAGE_COMMON_WORDS.get(code, ()) for token in tokens)
                for code in self.languages if LANGUAGE_SCRIPTS.get(code) == script}
        best = max(hits, key=lambda code: hits[code], default=languages)
        if best != languages and hits[best] >= min_hits and hits[best] >= LANGUAGE_MARGIN * hits.get(languages, 0):
            return best
        return None


@dataclass
class _Pass:
    """One Tesseract reading of a page: its words, and the text-only PDF page it wrote."""

    languages: str
    words: list[OcrWord]
    text_pdf: Path

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
class _PageRead:
    page: int
    words: list[OcrWord] = field(default_factory=list)
    languages: str = ""
    text_pdf: Path | None = None
    image: Image.Image | None = None  # the page as read: straightened and upright
    dpi: float = OCR_DPI
    error: str | None = None
    copy: bytes | None = None  # the image as the copy's page shows it (JPEG), made while Tesseract ran


@dataclass(frozen=True)
class _Run:
    """How a program the page's steps asked for ended."""

    returncode: int
    message: str


class _PageFailed(Exception):
    pass


# A page's work: a generator that yields the commands to run (Tesseract) and is sent how each ended;
# it yields PLAN_READY when it is prepared and may have to wait for the language plan.
_Steps = Generator[list[str], _Run, _PageRead]
PLAN_READY: list[str] = []


def read_pages(source: Path, pages: list[int], plan: _LanguagePlan, seconds_per_page: float,
               scratch: Path) -> list[_PageRead]:
    """Read `pages` of `source` with Tesseract, as many at once as there are cores."""
    extend_deadline(len(pages) * seconds_per_page)  # in a parse child: OCR is slow
    document = pdfium.PdfDocument(str(source))
    try:
        # Where the first script has several languages, the first page tells which (a strip of it is
        # read first); the other pages start once it has, in that language.
        hold = pages[0] if plan.to_choose() else None
        steps = {page: _page_steps(document, page, plan, scratch / f"page-{page}", tell=page == hold)
                 for page in pages}
        outcomes = run_steps(steps, _cores(), seconds_per_page, hold)
    finally:
        document.close()
    return [outcomes[page] if isinstance(outcomes[page], _PageRead) else _PageRead(page, error=str(outcomes[page]))
            for page in pages]


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class _Scheduler:
    """Drives each page's steps, running up to `workers` of the commands they yield at once (each
    Tesseract on one thread). The Python work of the pages (rendering, straightening, reading the
    results) is done while Tesseract runs: a page is prepared ahead, its command queued for the next
    free core. A command that runs longer than `seconds` is stopped; the page fails. `hold`: a page
    whose first command must end before the others start reading (they wait at PLAN_READY)."""

    def __init__(self, steps: dict[int, _Steps], workers: int, seconds: float, hold: int | None) -> None:
        self.steps, self.workers, self.seconds, self.hold = steps, workers, seconds, hold
        self.env = dict(os.environ, OMP_THREAD_LIMIT="1")
        self.outcomes: dict[int, _PageRead | Exception] = {}
        self.to_send: dict[int, _Run | None] = {page: None for page in steps}  # pages to advance, and with what
        self.queued: dict[int, list[str]] = {}  # page -> its command waiting for a core (or PLAN_READY)
        self.running: dict[int, tuple[subprocess.Popen, float, Path]] = {}

    def run(self) -> dict[int, _PageRead | Exception]:
        while self.to_send or self.queued or self.running:
            self._start_queued()
            waiting = sum(command is not PLAN_READY for command in self.queued.values())
            if self.to_send and waiting <= self.workers - len(self.running):  # keep one command ahead
                finished = [page for page, run in self.to_send.items() if run is not None]
                self._advance(finished[0] if finished else next(iter(self.to_send)))
                continue
            if self.running:
                time.sleep(0.005)
                self._collect()
            elif not self.to_send and self.queued:
                self._release()  # nothing left to hold them for
        return self.outcomes

    def _start_queued(self) -> None:
        for page in [page for page, command in self.queued.items() if command is not PLAN_READY]:
            if len(self.running) >= self.workers:
                return
            self.running[page] = _start(self.queued.pop(page), self.env)

    def _advance(self, page: int) -> None:
        sent = self.to_send.pop(page)
        while True:
            try:
                command = self.steps[page].send(sent)  # type: ignore[arg-type]
            except StopIteration as done:
                self.outcomes[page] = done.value
            except (_PageFailed, UnreadablePDF, OSError, ValueError, pdfium.PdfiumError) as exc:
                self.outcomes[page] = exc
            else:
                if command is PLAN_READY and (self.hold is None or page == self.hold):
                    sent = None
                    continue
                self.queued[page] = command
                return
            if page == self.hold:  # it ended before its first command did
                self._release()
            return

    def _collect(self) -> None:
        for page, (process, started, log) in list(self.running.items()):
            if process.poll() is None and time.monotonic() - started <= self.seconds:
                continue
            if process.returncode is None:
                process.kill()
                process.wait()
                run = _Run(-9, f"too slow: Tesseract took more than {self.seconds:g} s")
            else:
                run = _Run(process.returncode, _last_message(log.read_text(encoding="utf-8", errors="replace")))
            del self.running[page]
            self.to_send[page] = run
            if page == self.hold:
                self._release()

    def _release(self) -> None:
        """The held pages go on (the plan they wait for is made)."""
        self.hold = None
        for page in [page for page, command in self.queued.items() if command is PLAN_READY]:
            del self.queued[page]
            self.to_send[page] = None


def run_steps(steps: dict[int, _Steps], workers: int, seconds: float,
              hold: int | None = None) -> dict[int, _PageRead | Exception]:
    """Each page's outcome: its reading, or why it failed (see _Scheduler)."""
    return _Scheduler(steps, workers, seconds, hold).run()


def _start(command: list[str], env: dict[str, str]) -> tuple[subprocess.Popen, float, Path]:
    log = Path(command[2]).with_suffix(".log")  # beside Tesseract's output base
    with open(log, "wb") as stderr:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr,
                                   preexec_fn=die_with_parent)
    return process, time.monotonic(), log


def _page_steps(document: pdfium.PdfDocument, page: int, plan: _LanguagePlan, folder: Path,
                tell: bool = False) -> _Steps:
    """Read one page: render and straighten it, read it in the first language; if it reads badly,
    detect its orientation and script and read it again upright, in the script's languages; in
    another language of its script if its words are that language's; as one block if nothing was read.
    `tell`: first read a strip of the page to tell the document's language (plan.found)."""
    folder.mkdir(parents=True, exist_ok=True)
    image, coarse, dpi = _page_image(document, page)
    reading = without_rules(image, dpi, coarse)
    copy = _copy_jpeg(image, dpi)
    yield PLAN_READY
    if tell:
        strip = yield from _tesseract(_save_pnm(_densest_strip(reading), folder / "strip.pgm"), folder / "strip",
                                      plan.first(), AUTO_SEGMENTATION, dpi)
        plan.found = plan.other_language(strip.words, plan.first(), LANGUAGE_STRIP_MIN_HITS) or plan.first()
    image_file = _save_pnm(reading, folder / "page.pgm")
    best = yield from _tesseract(image_file, folder / "first", plan.first(), AUTO_SEGMENTATION, dpi)
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
            image_file = _save_pnm(without_rules(image, dpi), folder / "page.pgm")
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
    return _PageRead(page, best.words, best.languages, best.text_pdf, image, dpi,
                     copy=None if turned else copy)


def _densest_strip(image: Image.Image) -> Image.Image:
    """The band of LANGUAGE_STRIP_SHARE of the page's height holding the most ink: lines of its text."""
    ink = (numpy.asarray(image) < DESKEW_DARKNESS).sum(axis=1)
    band = max(1, round(image.height * LANGUAGE_STRIP_SHARE))
    if band >= image.height:
        return image
    totals = numpy.convolve(ink, numpy.ones(band, dtype=numpy.int64), mode="valid")
    top = int(numpy.argmax(totals))
    return image.crop((0, top, image.width, top + band))


def tesseract_command(image: Path, base: Path, languages: str, segmentation: str, dpi: float) -> list[str]:
    """Tesseract writing a text-only PDF page (`base`.pdf) and its words with confidences (`base`.tsv)."""
    return [find_program("tesseract") or "tesseract", str(image), str(base), "-l", languages,
            "--psm", segmentation, "--dpi", f"{dpi:.0f}", "-c", "textonly_pdf=1", "pdf", "tsv"]


def _tesseract(image: Path, base: Path, languages: str, segmentation: str,
               dpi: float) -> Generator[list[str], _Run, _Pass]:
    run = yield tesseract_command(image, base, languages, segmentation, dpi)
    pdf, tsv = base.with_suffix(".pdf"), base.with_suffix(".tsv")
    if run.returncode != 0 or not pdf.is_file() or not tsv.is_file():
        raise _PageFailed(run.message or f"tesseract exit status {run.returncode}")
    return _Pass(languages, tsv_words(tsv), pdf)


def _detect_orientation_and_script(image: Image.Image, dpi: float,
                                   folder: Path) -> Generator[list[str], _Run, dict[str, str]]:
    """Tesseract's OSD on a coarser copy of the page: {"Rotate": "90", "Script": "Khmer", ...};
    empty when it could not tell (too few letters)."""
    scale = OSD_DPI / dpi
    small = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))),
                         Image.Resampling.BILINEAR) if scale < 1 else image
    small_file = _save_pnm(small, folder / "osd.pgm")
    tesseract = find_program("tesseract") or "tesseract"
    run = yield [tesseract, str(small_file), str(folder / "osd"), "--psm", "0", "--dpi", f"{min(dpi, OSD_DPI):.0f}"]
    found = folder / "osd.osd"
    if run.returncode != 0 or not found.is_file():
        return {}
    pairs = (line.split(":", 1) for line in found.read_text(encoding="utf-8", errors="replace").splitlines())
    return {key.strip(): value.strip() for key, value in (pair for pair in pairs if len(pair) == 2)}


def _page_image(document: pdfium.PdfDocument, page: int) -> tuple[Image.Image, Image.Image, float]:
    """The page as a grey image at the resolution to read it at, straightened; and a coarse copy
    (RULE_ERASE_DPI) that the skew and the rules are found on."""
    pdf_page = document[page - 1]
    try:
        dpi = reading_dpi(pdf_page)
        image = _scan_as_is(pdf_page, dpi) or pdf_page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        pdf_page.close()
    step = max(1, int(dpi // RULE_ERASE_DPI))
    coarse = image.resize((image.width // step, image.height // step), Image.Resampling.BOX) if step > 1 else image
    angle = deskew_angle(coarse, dpi / step)
    if abs(angle) >= DESKEW_MIN_DEGREES:
        image = image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
        coarse = coarse.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    return image, coarse, dpi


def _scan_as_is(pdf_page: pdfium.PdfPage, dpi: float) -> Image.Image | None:
    """A page that is one JPEG filling it upright, at the resolution to read it at: the JPEG itself,
    decoded straight to grey (a fifth of the time rendering the page takes); else None."""
    if pdf_page.get_rotation() or [round(v) for v in pdf_page.get_mediabox()[:2]] != [0, 0]:
        return None
    pictures = list(pdf_page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=1))
    if len(pictures) != 1 or pictures[0].get_filters() != ["DCTDecode"]:
        return None
    picture = pictures[0]
    width, height = pdf_page.get_size()
    a, b, c, d, e, f = picture.get_matrix().get()
    if b or c or a <= 0 or d <= 0 or abs(e) > 1 or abs(f) > 1 or abs(a - width) > 1 or abs(d - height) > 1:
        return None  # turned, flipped or not filling the page
    if abs(picture.get_px_size()[0] / (width / 72) - dpi) > 1:
        return None  # not at the resolution to read at
    try:
        image = Image.open(io.BytesIO(bytes(picture.get_data(decode_simple=False))))
        image.draft("L", image.size)  # libjpeg decodes to grey itself
        return image.convert("L")
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def reading_dpi(pdf_page: pdfium.PdfPage) -> float:
    """OCR_DPI, or the resolution of the scan filling the page when that is coarser (not below OCR_MIN_DPI)."""
    width, height = pdf_page.get_size()
    finest = 0.0
    for obj in pdf_page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if (right - left) * (top - bottom) < 0.5 * width * height or right <= left:
            continue  # a picture on the page, not its scan
        pixels_wide, _ = obj.get_px_size()
        finest = max(finest, pixels_wide / ((right - left) / 72))
    return float(OCR_DPI) if not finest else float(min(OCR_DPI, max(OCR_MIN_DPI, round(finest))))


def deskew_angle(image: Image.Image, dpi: float) -> float:
    """The angle (degrees, counter-clockwise) that makes the page's lines of text level: the one at
    which the rows of ink, on a coarse copy, are most sharply apart (lines and gaps between them).
    Each angle is tried by shearing the ink's coordinates, not by turning the image."""
    scale = DESKEW_DPI / dpi
    small = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))),
                         Image.Resampling.BOX)
    rows, columns = numpy.nonzero(numpy.asarray(small) < DESKEW_DARKNESS)
    if not len(rows):
        return 0.0
    columns = columns.astype(numpy.float64) - small.width / 2
    reach = int(small.width * math.tan(math.radians(DESKEW_MAX_DEGREES))) + 2

    def sharpness(angle: float) -> float:
        level = numpy.rint(rows - columns * math.tan(math.radians(angle))).astype(numpy.int64) + reach
        profile = numpy.bincount(level, minlength=small.height + 2 * reach).astype(numpy.float64)
        return float(numpy.square(numpy.diff(profile)).sum())

    best, step = 0.0, DESKEW_STEP
    tried = numpy.arange(-DESKEW_MAX_DEGREES, DESKEW_MAX_DEGREES + 1e-9, step)
    while True:  # the best angle of a coarse range, then of a finer one around it
        best = float(max(tried, key=sharpness))
        if step <= DESKEW_FINE_STEP + 1e-9:
            break
        step = max(step / 4, DESKEW_FINE_STEP)
        tried = numpy.arange(best - 2 * step, best + 2 * step + 1e-9, step)
    return round(best, 2) if sharpness(best) > sharpness(0.0) else 0.0


def without_rules(image: Image.Image, dpi: float, coarse: Image.Image | None = None) -> Image.Image:
    """The page with its rules and underlines whitened: runs of dark pixels longer than any letter,
    allowing a pixel of slant (a scanned rule steps from one row of pixels to the next). Found on a
    `coarse` copy at RULE_ERASE_DPI (as sure, and a quarter of the work), whitened at full resolution."""
    step = max(1, int(dpi // RULE_ERASE_DPI))
    if coarse is None:
        coarse = image.resize((image.width // step, image.height // step), Image.Resampling.BOX) if step > 1 else image
    dark = numpy.asarray(coarse) < RULE_ERASE_DARKNESS
    resolution = dpi / step
    across = _long_runs(_widened(dark), round(RULE_ERASE_ACROSS_INCHES * resolution))
    down = _long_runs(numpy.ascontiguousarray(_widened(dark.T)), round(RULE_ERASE_DOWN_INCHES * resolution)).T
    rules = across | down
    if not rules.any():
        return image
    grey = numpy.array(image)
    if step > 1:
        rules = numpy.repeat(numpy.repeat(rules, step, axis=0), step, axis=1)
        rules = numpy.pad(rules, ((0, grey.shape[0] - rules.shape[0]), (0, grey.shape[1] - rules.shape[1])))
    grey[rules & (grey < RULE_ERASE_DARKNESS)] = 255
    return Image.fromarray(grey)


def _widened(dark: numpy.ndarray) -> numpy.ndarray:
    """Dark where the pixel or the one above or below it is: a rule that steps a row stays one run."""
    wide = dark.copy()
    wide[1:] |= dark[:-1]
    wide[:-1] |= dark[1:]
    return wide


def _long_runs(dark: numpy.ndarray, length: int) -> numpy.ndarray:
    """The pixels of runs of at least `length` dark pixels along each row: those covered by a window
    of `length` that is all dark (windows found with a running sum, then spread over their pixels)."""
    height, width = dark.shape
    if length < 1 or width < length:
        return numpy.zeros_like(dark)
    total = numpy.zeros((height, width + 1), dtype=numpy.int32)
    numpy.cumsum(dark, axis=1, dtype=numpy.int32, out=total[:, 1:])
    full = (total[:, length:] - total[:, :-length]) == length  # the window starting at each column
    # A pixel is covered when a full window starts at most length-1 before it: a running sum over
    # the windows padded with length-1 empty ones on each side.
    starts = numpy.zeros((height, width + length), dtype=numpy.int32)
    numpy.cumsum(full, axis=1, dtype=numpy.int32, out=starts[:, length:length + full.shape[1]])
    starts[:, length + full.shape[1]:] = starts[:, length + full.shape[1] - 1:length + full.shape[1]]
    return (starts[:, length:length + width] - starts[:, :width]) > 0


def _save_pnm(image: Image.Image, path: Path) -> Path:
    """Uncompressed (PGM): Tesseract reads it at once; compressing would cost as much as reading."""
    image.save(path, format="PPM")
    return path


def _assemble(source: Path, reads: list[_PageRead], output: Path) -> None:
    """The copy: `source` with each read page replaced by its image (as read) and the text Tesseract
    wrote over it; a page whose OCR failed is left blank (its garbage text layer is not read)."""
    document = pdfium.PdfDocument(str(source))
    texts = []
    try:
        for read in reads:
            index = read.page - 1
            if read.image is not None:
                width, height = read.image.width * 72 / read.dpi, read.image.height * 72 / read.dpi
            else:
                width, height = document.get_page_size(index)
            document.del_page(index)
            page = document.new_page(width, height, index)
            if read.error is None and read.image is not None and read.text_pdf is not None:
                _draw_image(document, page, read.copy or _copy_jpeg(read.image, read.dpi), width, height)
                text = pdfium.PdfDocument(str(read.text_pdf))
                texts.append(text)
                text_width, text_height = text.get_page_size(0)
                layer = text.page_as_xobject(0, document).as_pageobject()
                layer.transform(pdfium.PdfMatrix().scale(width / text_width, height / text_height))
                page.insert_obj(layer)
            page.gen_content()
            page.close()
        document.save(str(output))
    finally:
        document.close()
        for text in texts:
            text.close()


def _copy_jpeg(image: Image.Image, dpi: float) -> bytes:
    """The page image for the copy: at COPY_IMAGE_DPI at most, as JPEG."""
    scale = COPY_IMAGE_DPI / dpi
    if scale < 1:
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.BOX)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=COPY_JPEG_QUALITY)
    return buffer.getvalue()


def _draw_image(document: pdfium.PdfDocument, page: pdfium.PdfPage, jpeg: bytes, width: float, height: float) -> None:
    buffer = io.BytesIO(jpeg)
    picture = pdfium.PdfImage.new(document)
    picture.load_jpeg(buffer, pages=[page], inline=True)
    picture.set_matrix(pdfium.PdfMatrix(width, 0, 0, height, 0, 0))
    page.insert_obj(picture)


def _last_message(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


def tsv_words(tsv: Path) -> list[OcrWord]:
    """The words of Tesseract's TSV with their confidence (0-100) and box (its level-1 row is the page
    image, the boxes' scale)."""
    words: list[OcrWord] = []
    width = height = 0.0
    with open(tsv, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row.get("level") == "1":
                width, height = float(row["width"]), float(row["height"])
            text = (row.get("text") or "").strip()
            confidence = float(row.get("conf") or -1)
            if row.get("level") == "5" and text and confidence >= 0 and width and height:  # -1: not a word
                left, top = float(row["left"]), float(row["top"])
                box = (left / width, top / height, (left + float(row["width"])) / width,
                       (top + float(row["height"])) / height)
                line = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
                words.append(OcrWord(text, confidence, box, line))
    return words


def doubtful_words(words: list[OcrWord]) -> list[tuple[str, float, float, float, float]]:
    """The words of lines whose mean confidence is below OCR_MIN_CONFIDENCE, in blocks whose mean is
    too, short lines hardly believed (OCR_MARK_CONFIDENCE), stray marks, and letters set vertically
    (a vote grid's names, read a letter or two at a time or as one tall word): (text, x0, top, x1,
    bottom), across the word and down its line (where the text layer puts it)."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    blocks: dict[int, list[OcrWord]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
        blocks.setdefault(word.line[0], []).append(word)

    def believed(group: list[OcrWord]) -> bool:
        return sum(word.confidence for word in group) / len(group) >= OCR_MIN_CONFIDENCE

    weak_blocks = {block for block, group in blocks.items() if not believed(group)}
    vertical = _vertical_letters(words)
    doubtful = []
    for key, group in lines.items():
        # A short line hardly believed is a mark even among good lines: a signature's stroke, a stamp's edge.
        mark = sum(len(word.text) for word in group) <= OCR_SHORT_LINE_CHARS and sum(
            word.confidence for word in group) / len(group) < OCR_MARK_CONFIDENCE
        weak_line = (key[0] in weak_blocks and not believed(group)) or mark
        noise = {i for i, word in enumerate(group) if _noise(word, i)}
        # What is left of a line once its noise is out may be marks only ("| |": a signature's strokes).
        marks_only = all(not any(char.isalnum() for char in word.text)
                         for i, word in enumerate(group) if i not in noise)
        top, bottom = min(word.box[1] for word in group), max(word.box[3] for word in group)
        doubtful += [(word.text, *(round(v, 4) for v in (word.box[0], top, word.box[2], bottom)))
                     for i, word in enumerate(group)
                     if (weak_line and not _sure_word(word)) or marks_only or i in noise
                     or (i > 0 and _stray_mark(word)) or id(word) in vertical]
    return doubtful + [letter for word in words if id(word) in vertical for letter in _letters_down(word)]


def _sure_word(word: OcrWord) -> bool:
    """A word Tesseract is sure of (a name beside a signature), kept from a line it doubts."""
    return word.confidence >= OCR_SURE_WORD_CONFIDENCE and sum(char.isalpha() for char in word.text) >= 2


def _noise(word: OcrWord, position: int) -> bool:
    """A word Tesseract hardly believes: a signature's or a stamp's strokes read as letters ("am", "ui")
    at the end of a good line. A mark at a line's start stays: it is often a bullet."""
    return word.confidence < OCR_NOISE_CONFIDENCE and (position > 0 or any(char.isalnum() for char in word.text))


def _letters_down(word: OcrWord) -> list[tuple[str, float, float, float, float]]:
    """A word read down a column is written in the text layer a letter at a time, one under another
    (bottom up or top down): each letter, in its share of the word's box, both ways."""
    x0, top, x1, bottom = word.box
    share = (bottom - top) / len(word.text)
    return [(char, round(x0, 4), round(top + at * share, 4), round(x1, 4), round(top + (at + 1) * share, 4))
            for i, char in enumerate(word.text) for at in {i, len(word.text) - 1 - i}]


def _vertical_letters(words: list[OcrWord]) -> set[int]:
    """ids of the words that are letters set one under another: a word far taller than the page's
    words (read down a column), or one of VERTICAL_MIN_STACK short words (VERTICAL_MAX_CHARS) stacked
    in one column, each within VERTICAL_MAX_GAP of its height below the one before."""
    if not words:
        return set()
    height = statistics.median(word.box[3] - word.box[1] for word in words)
    found = {id(word) for word in words if word.box[3] - word.box[1] > VERTICAL_TALL_WORD * max(
        height, word.box[2] - word.box[0])}
    short = sorted((word for word in words if len(word.text) <= VERTICAL_MAX_CHARS), key=lambda word: word.box[1])
    for word in short:
        stack = [word]
        for other in short:
            last = stack[-1]
            overlap = min(last.box[2], other.box[2]) - max(last.box[0], other.box[0])
            gap = other.box[1] - last.box[3]
            if other is not last and other.box[1] > last.box[1] and overlap > 0.3 * (last.box[2] - last.box[0]) and (
                    gap <= VERTICAL_MAX_GAP * (last.box[3] - last.box[1])):
                stack.append(other)
        if len(stack) >= VERTICAL_MIN_STACK:
            found |= {id(member) for member in stack}
    return found


def _stray_mark(word: OcrWord) -> bool:
    """A doubted word of no letter or digit after a line's start ("Feedback | ; |"): a speck or a
    rule read as a mark. (At a line's start it is often a bullet, which the parser wants.)"""
    return word.confidence < OCR_MIN_CONFIDENCE and not any(char.isalnum() for char in word.text)


def _place(output: Path, target: Path) -> None:
    """Move the copy into the cache whole: a reader never sees half a file."""
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    shutil.move(str(output), partial)
    os.replace(partial, target)


def _write_meta(meta: Path, result: OcrResult, languages: str) -> None:
    data = {"format": _CACHE_FORMAT, "pages": list(result.pages), "languages": languages,
            "confidence": result.confidence, "doubtful": {str(page): found for page, found in result.doubtful.items()},
            "page_languages": {str(page): codes for page, codes in result.languages.items()},
            "failed": {str(page): reason for page, reason in result.failed.items()}}
    partial = meta.with_name(f".{meta.name}.{os.getpid()}.part")
    partial.write_text(json.dumps(data) + "\n", encoding="utf-8")
    os.replace(partial, meta)


def _from_cache(target: Path, meta: Path, pages: list[int], languages: str) -> OcrResult | None:
    """The cached copy, if it was made for the same pages and languages."""
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not target.is_file() or data.get("format") != _CACHE_FORMAT or data.get("languages") != languages:
        return None
    failed = {int(page): reason for page, reason in (data.get("failed") or {}).items()}
    if sorted([*data.get("pages", []), *failed]) != sorted(pages):
        return None
    confidence = data.get("confidence")
    doubtful = {int(page): [tuple(word) for word in found] for page, found in (data.get("doubtful") or {}).items()}
    read_in = {int(page): codes for page, codes in (data.get("page_languages") or {}).items()}
    return OcrResult(target, tuple(data["pages"]), float(confidence) if confidence is not None else None, doubtful,
                     read_in, failed)


def restore_typography(layout: Layout, pdf: Path, pages: tuple[int, ...]) -> Layout:
    """Give the lines of OCR'd pages the font size and weight the parser reads headings by.

    Tesseract's text layer sizes each line by the height of its letters (a point more or
    less with ascenders and descenders) and knows no bold. Here, per OCR'd page: sizes within
    OCR_SIZE_JITTER of the page's most common size are that size; all sizes are scaled so the
    body size is the line pitch / TYPICAL_LINE_SPACING (what the typesetter used), each line
    reaching up from its baseline by its size; a line whose strokes are OCR_BOLD_STROKE_RATIO
    times as wide as those of the page's body lines is bold. Last, sizes within OCR_SIZE_JITTER of the
    document's body size are that size: pages measured a point apart are set alike.
    """
    lines = list(layout.lines)
    document = pdfium.PdfDocument(str(pdf))
    try:
        heights = {page: document[page - 1].get_size()[1] for page in pages}
        lines = _drop_repeated_page_heads(_drop_running_margins(lines, heights), heights)
        for page in pages:
            at = [i for i, line in enumerate(lines) if line.page == page]
            if at:
                image = document[page - 1].render(scale=OCR_INK_DPI / 72, grayscale=True).to_pil().convert("L")
                for i, line in zip(at, _page_typography([lines[i] for i in at], image), strict=True):
                    lines[i] = line
    finally:
        document.close()
    restored = replace(layout, lines=lines)
    return replace(restored, lines=_snap_to_body(restored.lines, restored.body_size, set(pages)))


def _snap_to_body(lines: list[Line], body: float, pages: set[int]) -> list[Line]:
    """OCR'd lines whose size is within OCR_SIZE_JITTER of the document's body size get that size."""
    return [replace(line, size=body, top=line.bottom - body)
            if line.page in pages and line.size != body and abs(line.size - body) <= OCR_SIZE_JITTER * body
            else line for line in lines]


def _drop_running_margins(lines: list[Line], heights: dict[int, float]) -> list[Line]:
    """Running headers and footers of OCR'd pages: extraction drops those that repeat exactly,
    but OCR reads them a little differently on each page ("5th", "Sth"). Drop the margin lines
    that nearly repeat on another OCR'd page."""

    def in_margin(line: Line) -> bool:
        height = heights.get(line.page)
        return height is not None and line.cell is None and (
            line.bottom < height * DEFAULT_MARGIN_SHARE or line.top > height * (1 - DEFAULT_MARGIN_SHARE))

    margin = [(i, line.page, line.text.lower()) for i, line in enumerate(lines) if in_margin(line)]
    running = {
        i for i, page, text in margin
        if any(page != other_page and SequenceMatcher(None, text, other).ratio() >= OCR_MARGIN_SIMILARITY
               for _, other_page, other in margin)
    }
    return [line for i, line in enumerate(lines) if i not in running]


def _drop_repeated_page_heads(lines: list[Line], heights: dict[int, float]) -> list[Line]:
    """A table's header cells and a form's head, printed at the top of every scanned page: lines in
    the top PAGE_HEAD_SHARE of a page that nearly repeat (OCR_MARGIN_SIMILARITY) at the same height
    (within PAGE_HEAD_SLACK of the page) on an earlier OCR'd page. The first stays: it may be the
    title or the date; the repeats would come back as sections."""
    seen: list[tuple[int, float, str]] = []
    kept = []
    for line in sorted(lines, key=lambda line: line.page):
        height = heights.get(line.page)
        text = line.text.lower()
        if height is None or line.top > height * PAGE_HEAD_SHARE or sum(char.isalpha() for char in text) < 4:
            kept.append(line)
            continue
        at = line.top / height
        if not any(page != line.page and abs(top - at) <= PAGE_HEAD_SLACK
                   and SequenceMatcher(None, text, other).ratio() >= OCR_MARGIN_SIMILARITY
                   for page, top, other in seen):
            kept.append(line)
        seen.append((line.page, at, text))
    order = {id(line): i for i, line in enumerate(lines)}
    return sorted(kept, key=lambda line: order[id(line)])


def _page_typography(lines: list[Line], image: Image.Image) -> list[Line]:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    ocr_body = weights.most_common(1)[0][0]
    # Lines in a row of running text, or of one table cell (a page may be all table).
    pitches = [(b.bottom - a.bottom, len(a.text) + len(b.text)) for a, b in zip(lines, lines[1:], strict=False)
               if a.cell == b.cell and 0.8 * ocr_body < b.bottom - a.bottom < 2.2 * ocr_body]
    body = _paragraph_pitch(pitches) / TYPICAL_LINE_SPACING if len(pitches) >= 3 else ocr_body
    strokes = [_stroke_width(line, image) for line in lines]
    body_strokes = [stroke for line, stroke in zip(lines, strokes, strict=True)
                    if abs(line.size - ocr_body) <= OCR_SIZE_JITTER * ocr_body]
    body_stroke = statistics.median(body_strokes) if body_strokes else 0.0
    restored = []
    for line, stroke in zip(lines, strokes, strict=True):
        size = body if abs(line.size - ocr_body) <= OCR_SIZE_JITTER * ocr_body else line.size * body / ocr_body
        size = round(size, 1)
        bold = body_stroke > 0 and stroke >= OCR_BOLD_STROKE_RATIO * body_stroke
        restored.append(_as_list_item(replace(line, size=size, top=line.bottom - size, bold=bold)))
    return restored


def _paragraph_pitch(pitches: list[tuple[float, int]]) -> float:
    """The pitch of lines within a paragraph, from (pitch, characters of the two lines): the most
    common one (to half a point) among the narrowest (up to PITCH_CLUSTER times the lower
    quartile), not the wider steps between paragraphs and list items, which may be as many.
    Weighted by characters: the short lines of words in a picture are spaced as they come."""
    ordered = sorted(pitches)
    total, seen = sum(weight for _, weight in ordered), 0
    quartile = ordered[-1][0]
    for pitch, weight in ordered:
        seen += weight
        if seen >= total / 4:
            quartile = pitch
            break
    steps: Counter[float] = Counter()
    for pitch, weight in ordered:
        if pitch <= quartile * PITCH_CLUSTER:
            steps[round(pitch * 2) / 2] += weight
    common = steps.most_common(1)[0][0]
    return statistics.median(pitch for pitch, _ in ordered if round(pitch * 2) / 2 == common)


def _as_list_item(line: Line) -> Line:
    """ "+ Yes, always - 14": a bullet as Tesseract reads it is the line's bullet again."""
    mark, _, rest = line.text.partition(" ")
    if line.bullet or not rest or not (mark in OCR_BULLET_MISREADS or _stray_letter(mark, rest)):
        return line
    return replace(line, bullet="•", text=rest)


def _stray_letter(mark: str, rest: str) -> bool:
    """ "ម Yes": a lone letter of another script before Latin text is an arrow or a tick that
    Tesseract read as a letter of one of its languages (Khmer, with eng+khm)."""
    return (len(mark) <= 2 and _is_latin_letter(rest[0])
            and all(unicodedata.category(char)[0] in "LM" and not _is_latin_letter(char) for char in mark))


def _is_latin_letter(char: str) -> bool:
    return char.isalpha() and "LATIN" in unicodedata.name(char, "")


def _stroke_width(line: Line, image: Image.Image) -> float:
    """The mean width, in pixels, of the runs of dark pixels across the line's box on the page image."""
    scale = OCR_INK_DPI / 72
    box = (int(line.x0 * scale), int(line.top * scale), int(line.x1 * scale) + 1, int(line.bottom * scale) + 1)
    if box[2] <= box[0] or box[3] <= box[1]:
        return 0.0
    dark = numpy.asarray(image.crop(box)) < OCR_INK_DARKNESS
    runs = int((numpy.diff(dark.astype(numpy.int8), axis=1) == 1).sum() + dark[:, 0].sum())
    return float(dark.sum()) / runs if runs else 0.0


def scanned_rules(pdf: Path, pages: tuple[int, ...]) -> dict[int, list[dict]]:
    """Table rules drawn on the images of OCR'd pages, as pdfplumber edges (page -> edges).

    A scan keeps its tables' rules only as pixels; extraction finds ruled tables by their
    edges. A rule is a straight run, at least RULE_MIN_SHARE of the page long, across or down,
    of dark pixels (a ruled line) or of a sharp step in darkness (the edge of a shaded header
    row, which often has no line of its own). The runs one rule leaves on neighbouring rows
    (its thickness, what deskewing leaves of its slant, a line broken by the scan) are joined
    into one edge, so its ends are the rule's ends: extraction closes rows at the ends of
    vertical rules, and a rule found in pieces would cut rows in two.
    """
    scale = OCR_RULES_DPI / 72
    found: dict[int, list[dict]] = {}
    document = pdfium.PdfDocument(str(pdf))
    try:
        for page in pages:
            image = document[page - 1].render(scale=scale, grayscale=True).to_pil().convert("L")
            found[page] = _rules_in_image(numpy.asarray(image, dtype=numpy.int16), scale)
    finally:
        document.close()
    return found


def _rules_in_image(grey: numpy.ndarray, scale: float) -> list[dict]:
    """The horizontal and vertical rules of a grey page image (0 black .. 255 white), in points."""
    edges = []
    for orientation, image in (("h", grey), ("v", grey.T)):  # vertical rules: rows of the turned image
        dark = image < RULE_DARKNESS
        # The edge of a shaded area: not dark itself, and the other side at least RULE_STEP lighter.
        above, below = image[:-2], image[2:]
        step = numpy.zeros_like(dark)
        step[1:-1] = ((above >= RULE_DARKNESS) & (below - above >= RULE_STEP)) | (
            (below >= RULE_DARKNESS) & (above - below >= RULE_STEP))
        marked = dark | step
        marked = marked | numpy.roll(marked, 1, axis=0) | numpy.roll(marked, 1, axis=1)  # slack for slant
        for band in _join_runs(_runs(marked, image.shape[1] * RULE_MIN_SHARE)):
            if _stands_clear(band, dark):
                edges += [_edge(orientation, at, band.start, band.end, scale) for at in band.rules()]
    return edges


def _stands_clear(band: _Band, dark: numpy.ndarray) -> bool:
    """A rule has (mostly) no ink just beside it; the run a line of bold type leaves along its
    letters' feet has the letters beside it."""
    sides = (band.first - RULE_CLEARANCE, band.last + RULE_CLEARANCE)
    return all(not 0 <= row < dark.shape[0] or dark[row, band.start:band.end].mean() <= RULE_MAX_INK_BESIDE
               for row in sides)


def _join_runs(runs: list[tuple[int, int, int]]) -> list[_Band]:
    """The runs of one rule on neighbouring rows (its thickness, its slant, a line broken by the
    scan) joined: runs on rows at most RULE_JOIN_PX apart whose extents meet within RULE_JOIN_PX."""
    done: list[_Band] = []
    open_bands: list[_Band] = []
    for row, start, end in sorted(runs):
        done += [band for band in open_bands if row - band.last > RULE_JOIN_PX]
        open_bands = [band for band in open_bands if row - band.last <= RULE_JOIN_PX]
        meets = [b for b in open_bands if start <= b.end + RULE_JOIN_PX and end >= b.start - RULE_JOIN_PX]
        joined = _Band(min([row, *(b.first for b in meets)]), row, min([start, *(b.start for b in meets)]),
                       max([end, *(b.end for b in meets)]), [row, *(r for b in meets for r in b.rows)])
        open_bands = [b for b in open_bands if all(b is not m for m in meets)] + [joined]  # may join two pieces
    return done + open_bands


@dataclass
class _Band:
    """Runs of marked pixels on neighbouring rows that make one rule."""

    first: int
    last: int
    start: int
    end: int
    rows: list[int]

    def rules(self) -> list[float]:
        """Where the band's rules run: its mean row, or the top and bottom of a filled area."""
        if self.last - self.first > RULE_MAX_THICKNESS:
            return [float(self.first), float(self.last)]
        return [sum(self.rows) / len(self.rows)]


def _runs(marked: numpy.ndarray, min_length: float) -> list[tuple[int, int, int]]:
    """(row, start, end) of each run of marked pixels at least `min_length` long, row by row."""
    runs = []
    for row in numpy.flatnonzero(marked.sum(axis=1) >= min_length):
        padded = numpy.concatenate(([0], marked[row].astype(numpy.int8), [0]))
        changes = numpy.flatnonzero(numpy.diff(padded))
        for start, end in zip(changes[::2], changes[1::2], strict=True):
            if end - start >= min_length:
                runs.append((int(row), int(start), int(end)))
    return runs


def _edge(orientation: str, at: float, start: int, end: int, scale: float) -> dict:
    """A pdfplumber edge, in points, for a rule found on the page image."""
    if orientation == "h":
        x0, x1, top, bottom = start / scale, end / scale, at / scale, at / scale
    else:
        x0, x1, top, bottom = at / scale, at / scale, start / scale, end / scale
    return {"object_type": "line", "orientation": orientation, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "width": x1 - x0, "height": bottom - top}


# --------------------------------------------------------------------------- installing


def installed_languages() -> set[str]:
    """Tesseract's installed languages (empty when Tesseract is not there)."""
    tesseract = find_program("tesseract")
    if tesseract is None:
        return set()
    result = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, check=False)
    return {line.strip() for line in result.stdout.splitlines()[1:] if line.strip()}


def _missing_parts(languages: str = OCR_BASE_LANGUAGES) -> list[str]:
    missing = [name for name in OCR_PROGRAMS if find_program(name) is None]
    installed = installed_languages()
    return missing + [f"tesseract language {code}" for code in languages.split("+") if code not in installed]


def setup_ocr() -> tuple[bool, str]:
    """Install Tesseract (eng, khm) with apt-get when running as root on Debian/Ubuntu.

    Returns (ready, what to tell the user): elsewhere, the command to run.
    """
    if not _missing_parts():
        return True, "OCR is ready: tesseract (eng, khm) is installed"
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
            return False, f"{' '.join(command[:2])} failed: {_last_message(result.stderr or result.stdout)}"
    missing = _missing_parts()
    if missing:
        return False, f"still missing after apt-get install: {', '.join(missing)}"
    return True, f"OCR installed: {' '.join(OCR_DEBIAN_PACKAGES)}"
