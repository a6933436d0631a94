"""Read pages with OCR: OCRmyPDF (Tesseract) writes a copy of the PDF whose chosen pages carry an OCR text layer.

Only the pages that need it (pipeline/textlayer.py) are OCR'd (`--pages`, `--force-ocr`: the
page is rasterised, straightened, turned upright and read again; a garbage text layer is
dropped). The other pages are copied unchanged (`--output-type pdf`: PDF/A conversion through
Ghostscript re-encodes fonts and changed the Khmer text of pages that were not OCR'd), so
the rest of the pipeline reads the copy exactly as it reads any PDF.

The copy is kept in a cache folder as `<sha256 of the original>.pdf`, with
`<sha256>.json` saying which pages were OCR'd, in which languages, and the confidence, so a
re-run does not OCR again. The confidence is Tesseract's own: the mean word confidence
(0-100) in the TSV output Tesseract writes beside its text layer. The same TSV tells which
words are doubtful: lines Tesseract itself barely believes, in blocks it barely believes
(what it makes of a photo, a logo, a stain); extraction leaves them out.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from pathlib import Path

import numpy
import pypdfium2 as pdfium
from PIL import Image

from pipeline.errors import UnreadablePDF
from pipeline.extract import DEFAULT_MARGIN_SHARE, Layout, Line
from pipeline.isolation import die_with_parent, extend_deadline
from pipeline.ocr_settings import DEFAULT_OCR_LANGUAGES, OcrSettings
from pipeline.rules import OCR_BULLET_MISREADS

# Tesseract's page segmentation "one uniform block of text", for pages where its automatic
# segmentation found (almost) nothing: on a page of Khmer only, that is all it reads.
BLOCK_SEGMENTATION = "6"
OCR_MIN_PAGE_CHARS = 20
OCR_PROGRAMS = ("ocrmypdf", "tesseract")
# Debian/Ubuntu packages that provide OCR_PROGRAMS and the default languages.
OCR_DEBIAN_PACKAGES = ("ocrmypdf", "tesseract-ocr", "tesseract-ocr-eng", "tesseract-ocr-khm")
INSTALL_HINT = "install ocrmypdf and tesseract"
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
# A line of OCR words whose mean confidence is below this, in a block (Tesseract's) whose mean is
# below it too, is not text: OCR reading shapes in a photo or a logo. Text lines score 85-97; a
# rare word in a good block (a name, a URL) may score less, and stays.
OCR_MIN_CONFIDENCE = 60.0
_CACHE_FORMAT = 2


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
    pages: tuple[int, ...]
    confidence: float | None  # mean Tesseract word confidence (0-100); None when no word was read
    # page -> words to leave out: (text, x0, top, x1, bottom), the box in fractions of the page
    doubtful: dict[int, list[tuple[str, float, float, float, float]]] = field(default_factory=dict)


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

    `workdir` holds the copy when `settings.cache_dir` is None. Raises UnreadablePDF when
    OCRmyPDF fails (the reason is its message) or runs out of time.
    """
    folder = Path(settings.cache_dir) if settings.cache_dir else workdir
    target, meta = folder / f"{sha256}.pdf", folder / f"{sha256}.json"
    cached = _from_cache(target, meta, pages, settings.languages)
    if cached is not None:
        return cached
    with tempfile.TemporaryDirectory(prefix="minutes-ocr-") as scratch:
        output, words = _ocr(path, pages, settings, Path(scratch))
        folder.mkdir(parents=True, exist_ok=True)
        _place(output, target)
    confidences = [word.confidence for page in pages for word in words.get(page, [])]
    confidence = round(sum(confidences) / len(confidences), 1) if confidences else None
    doubtful = {page: doubtful_words(words[page]) for page in pages if page in words}
    result = OcrResult(target, tuple(pages), confidence, {page: found for page, found in doubtful.items() if found})
    _write_meta(meta, result, settings.languages)
    return result


def _ocr(source: Path, pages: list[int], settings: OcrSettings, scratch: Path) -> tuple[Path, dict[int, list]]:
    """OCR `pages` with Tesseract's automatic page segmentation; pages where it found (almost)
    nothing, again as one block of text (Khmer is only found so). The copy and each page's words."""
    output = scratch / "ocr-auto.pdf"
    words = _run_ocrmypdf(source, output, pages, settings, None, scratch / "auto")
    empty = [page for page in pages if sum(len(word.text) for word in words.get(page, [])) < OCR_MIN_PAGE_CHARS]
    if empty:
        again = scratch / "ocr-block.pdf"
        words.update(_run_ocrmypdf(output, again, empty, settings, BLOCK_SEGMENTATION, scratch / "block"))
        output = again
    return output, words


def ocrmypdf_command(source: Path, output: Path, pages: list[int], settings: OcrSettings,
                     segmentation: str | None = None) -> list[str]:
    return [
        find_program("ocrmypdf") or "ocrmypdf",
        "--quiet", "--jobs", "1",  # documents are already parsed in parallel, one per core
        "--keep-temporary-files",  # Tesseract's TSV (word confidences) is read from them
        "--language", settings.languages,
        "--pages", ",".join(str(page) for page in pages),
        "--force-ocr", "--deskew", "--rotate-pages",
        *(["--tesseract-pagesegmode", segmentation] if segmentation else []),
        "--tesseract-config", "tsv",  # Tesseract also writes a TSV with each word's confidence
        "--tesseract-timeout", f"{settings.seconds_per_page:g}",
        "--pdf-renderer", "sandwich",
        "--output-type", "pdf",
        str(source), str(output),
    ]


def _run_ocrmypdf(source: Path, output: Path, pages: list[int], settings: OcrSettings, segmentation: str | None,
                  scratch: Path) -> dict[int, list[OcrWord]]:
    """Run OCRmyPDF once; each OCR'd page's words with their confidence (from Tesseract's TSV)."""
    extend_deadline(len(pages) * settings.seconds_per_page)  # in a parse child: OCR is slow
    scratch.mkdir(parents=True, exist_ok=True)
    # TMPDIR: OCRmyPDF's work folder (kept for the TSV) lands in our scratch folder and goes with it.
    # PYTHONHASHSEED: OCRmyPDF 14 keeps the languages in a set; a fixed seed fixes their order.
    env = dict(os.environ, TMPDIR=str(scratch), PYTHONHASHSEED="0")
    limit = len(pages) * settings.seconds_per_page
    try:
        result = subprocess.run(
            ocrmypdf_command(source, output, pages, settings, segmentation), env=env, capture_output=True,
            text=True, timeout=limit, preexec_fn=die_with_parent, check=False,
        )
    except subprocess.TimeoutExpired:
        raise UnreadablePDF(f"too slow: OCR of {len(pages)} page(s) took more than {limit:g} s") from None
    if result.returncode != 0 or not output.is_file():
        message = _last_message(result.stderr) or f"ocrmypdf exit status {result.returncode}"
        raise UnreadablePDF(f"OCR failed: {message}")
    return _tsv_words(scratch)


def _last_message(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


def _tsv_words(scratch: Path) -> dict[int, list[OcrWord]]:
    """Page -> words with their confidence (0-100) and box from Tesseract's TSV files
    (`000003_ocr_tess.tsv` is page 3; its level-1 row is the page image, the boxes' scale)."""
    words: dict[int, list[OcrWord]] = {}
    for tsv in sorted(scratch.glob("ocrmypdf.io.*/*.tsv")):
        page = int(tsv.name.split("_", 1)[0])
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
                    words.setdefault(page, []).append(OcrWord(text, confidence, box, line))
    return words


def doubtful_words(words: list[OcrWord]) -> list[tuple[str, float, float, float, float]]:
    """The words of lines whose mean confidence is below OCR_MIN_CONFIDENCE, in blocks whose mean is
    too, and stray marks: (text, x0, top, x1, bottom), across the word and down its line (where the
    text layer puts it)."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    blocks: dict[int, list[OcrWord]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
        blocks.setdefault(word.line[0], []).append(word)

    def believed(group: list[OcrWord]) -> bool:
        return sum(word.confidence for word in group) / len(group) >= OCR_MIN_CONFIDENCE

    weak_blocks = {block for block, group in blocks.items() if not believed(group)}
    doubtful = []
    for key, group in lines.items():
        weak_line = key[0] in weak_blocks and not believed(group)
        top, bottom = min(word.box[1] for word in group), max(word.box[3] for word in group)
        doubtful += [(word.text, *(round(v, 4) for v in (word.box[0], top, word.box[2], bottom)))
                     for i, word in enumerate(group) if weak_line or (i > 0 and _stray_mark(word))]
    return doubtful


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
            "confidence": result.confidence, "doubtful": {str(page): found for page, found in result.doubtful.items()}}
    partial = meta.with_name(f".{meta.name}.{os.getpid()}.part")
    partial.write_text(json.dumps(data) + "\n", encoding="utf-8")
    os.replace(partial, meta)


def _from_cache(target: Path, meta: Path, pages: list[int], languages: str) -> OcrResult | None:
    """The cached copy, if it was made for the same pages and languages."""
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not target.is_file() or data.get("format") != _CACHE_FORMAT:
        return None
    if data.get("pages") != list(pages) or data.get("languages") != languages:
        return None
    confidence = data.get("confidence")
    doubtful = {int(page): [tuple(word) for word in found] for page, found in (data.get("doubtful") or {}).items()}
    return OcrResult(target, tuple(pages), float(confidence) if confidence is not None else None, doubtful)


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
        lines = _drop_running_margins(lines, heights)
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


def _missing_parts(languages: str = DEFAULT_OCR_LANGUAGES) -> list[str]:
    missing = [name for name in OCR_PROGRAMS if find_program(name) is None]
    installed = installed_languages()
    return missing + [f"tesseract language {code}" for code in languages.split("+") if code not in installed]


def setup_ocr() -> tuple[bool, str]:
    """Install OCRmyPDF and Tesseract (eng, khm) with apt-get when running as root on Debian/Ubuntu.

    Returns (ready, what to tell the user): elsewhere, the command to run.
    """
    if not _missing_parts():
        return True, "OCR is ready: ocrmypdf and tesseract (eng, khm) are installed"
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
