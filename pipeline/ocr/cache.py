"""The OCR'd copy of a PDF: made from the pages read, kept in the cache folder, found there again.

The copy is kept as `<sha256 of the original>.pdf`, with `<sha256>.json` saying which pages were
OCR'd, in which languages, which failed and why, the confidence (Tesseract's mean word
confidence, 0-100) and Tesseract's lines with their row metrics, so a re-run does not OCR again.
A page whose OCR fails is recorded and left blank in the copy; the others are read. The copy's
page is the straightened image with the text Tesseract wrote laid over it; the other pages are
copied unchanged.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium

from pipeline.errors import UnreadablePDF
from pipeline.ocr.languages import LanguagePlan
from pipeline.ocr.read import PageRead, read_pages
from pipeline.ocr.render import copy_jpeg
from pipeline.ocr.schedule import TOO_SLOW
from pipeline.ocr.settings import OcrSettings
from pipeline.ocr.tesseract import usable_languages
from pipeline.ocr.words import OcrLine, doubtful_words

# 4: the doubtful word lists changed (issue 18); 5: Tesseract's lines and their metrics kept; 6: rules erased with
# their grey fringe; 7: filler marks left out of a line's confidence; 8: words with an apostrophe not
# judged by their confidence; 9-11: a column rule's grey edge erased with it (not an underline's); 12: a column of
# initials beside a list's names is no name set vertically; 13: headings in white on dark bars turned dark on
# white before the rules are erased; 14: a photograph on a page larger than any sheet read at its sheet's size;
# 15: paper in shadow evened out; 16: Russian, Polish, Finnish and Czech read (their common words tell the
# document's language). Made again.
_CACHE_FORMAT = 16


@dataclass(frozen=True)
class OcrResult:
    pdf: Path  # the copy whose `pages` carry an OCR text layer
    pages: tuple[int, ...]  # the pages read by OCR (not those whose OCR failed)
    confidence: float | None  # mean Tesseract word confidence (0-100); None when no word was read
    # page -> words to leave out: (text, x0, top, x1, bottom), the box in fractions of the page
    doubtful: dict[int, list[tuple[str, float, float, float, float]]] = field(default_factory=dict)
    languages: dict[int, str] = field(default_factory=dict)  # page -> the Tesseract languages it was read in
    failed: dict[int, str] = field(default_factory=dict)  # page -> why its OCR failed (blank in the copy)
    lines: dict[int, list[OcrLine]] = field(default_factory=dict)  # page -> Tesseract's lines, their metrics


def ocr_pages(path: Path, sha256: str, pages: list[int], settings: OcrSettings, workdir: Path) -> OcrResult:
    """A copy of `path` with `pages` (1-based) read by OCR: from the cache, or made now and cached.

    `workdir` holds the copy when `settings.cache_dir` is None. A page whose OCR fails is listed
    in the result's `failed`; raises UnreadablePDF when every page fails (the reason is Tesseract's).
    A result with a page that ran out of time is not cached: the time was a busy machine's, not the file's.
    """
    folder = Path(settings.cache_dir) if settings.cache_dir else workdir
    target, meta = folder / f"{sha256}.pdf", folder / f"{sha256}.json"
    installed = _installed_of(settings.languages)
    cached = _from_cache(target, meta, pages, settings.languages, installed)
    if cached is not None:
        return cached
    plan = LanguagePlan(installed.split("+") if installed else usable_languages(settings.languages))  # (raises)
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
                       {read.page: read.languages for read in done}, failed,
                       {read.page: read.lines for read in done if read.lines})
    if not any(reason.startswith(TOO_SLOW) for reason in failed.values()):
        _write_meta(meta, result, settings.languages, installed)  # (a page out of time is read again next run)
    return result


def _installed_of(languages: str) -> str | None:
    """Those of the configured `languages` Tesseract has ("eng+deu"); None without Tesseract (a cached copy is then
    what there is)."""
    try:
        return "+".join(usable_languages(languages))
    except UnreadablePDF:
        return None


def _assemble(source: Path, reads: list[PageRead], output: Path) -> None:
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
                _draw_image(document, page, read.copy or copy_jpeg(read.image, read.dpi), width, height)
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


def _draw_image(document: pdfium.PdfDocument, page: pdfium.PdfPage, jpeg: bytes, width: float, height: float) -> None:
    buffer = io.BytesIO(jpeg)
    picture = pdfium.PdfImage.new(document)
    picture.load_jpeg(buffer, pages=[page], inline=True)
    picture.set_matrix(pdfium.PdfMatrix(width, 0, 0, height, 0, 0))
    page.insert_obj(picture)


def _place(output: Path, target: Path) -> None:
    """Move the copy into the cache whole: a reader never sees half a file."""
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    shutil.move(str(output), partial)
    os.replace(partial, target)


def _write_meta(meta: Path, result: OcrResult, languages: str, installed: str | None) -> None:
    data = {"format": _CACHE_FORMAT, "pages": list(result.pages), "languages": languages, "installed": installed,
            "confidence": result.confidence, "doubtful": {str(page): found for page, found in result.doubtful.items()},
            "page_languages": {str(page): codes for page, codes in result.languages.items()},
            "failed": {str(page): reason for page, reason in result.failed.items()},
            "lines": {str(page): [line.as_list() for line in lines] for page, lines in result.lines.items()}}
    _write_whole(meta, data)


def _write_whole(path: Path, data: dict) -> None:
    """`data` as JSON at `path`, written whole: a reader never sees half a file."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        partial.write_text(json.dumps(data) + "\n", encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


def kept_beside(path: Path, key: dict, name: str) -> object | None:
    """What `keep_beside` kept as `name` at `path` (beside an OCR'd copy) for `key`; None when nothing
    was kept there, or for another key."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get(name) if isinstance(data, dict) and data.get("key") == key else None


def keep_beside(path: Path, key: dict, name: str, value: object) -> None:
    """Keep `value`, read from an OCR'd copy, at `path` beside it for `key` (the same reading asked
    again finds it); a folder that cannot be written is no error: it is read again next time."""
    try:
        _write_whole(path, {"key": key, name: value})
    except OSError:
        pass


def _from_cache(target: Path, meta: Path, pages: list[int], languages: str, installed: str | None) -> OcrResult | None:
    """The cached copy, if it was made for the same pages and languages, with the same of them installed (a
    language installed since, "swe", reads again the pages read without it)."""
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not target.is_file() or data.get("format") != _CACHE_FORMAT or data.get("languages") != languages:
        return None
    if installed is not None and data.get("installed", installed) != installed:
        return None
    failed = {int(page): reason for page, reason in (data.get("failed") or {}).items()}
    if sorted([*data.get("pages", []), *failed]) != sorted(pages):
        return None
    confidence = data.get("confidence")
    doubtful = {int(page): [tuple(word) for word in found] for page, found in (data.get("doubtful") or {}).items()}
    read_in = {int(page): codes for page, codes in (data.get("page_languages") or {}).items()}
    lines = {int(page): [OcrLine.from_list(line) for line in found]
             for page, found in (data.get("lines") or {}).items()}
    return OcrResult(target, tuple(data["pages"]), float(confidence) if confidence is not None else None, doubtful,
                     read_in, failed, lines)
