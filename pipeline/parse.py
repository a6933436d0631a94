"""One PDF file -> one validated ParsedDocument: extract -> structure -> annotate -> validate."""

from __future__ import annotations

import dataclasses
import tempfile
import traceback
from pathlib import Path

import pypdfium2

from pipeline import PARSER_VERSION
from pipeline.annotate import annotate
from pipeline.errors import UnreadablePDF
from pipeline.fingerprint import KnownDigest, copy_with_sha256
from pipeline.ocr import (
    GridRegion,
    OcrResult,
    ocr_pages,
    read_grids,
    restore_typography,
    scanned_rules,
    unavailable_reason,
)
from pipeline.ocr.margins import with_margin_numbers
from pipeline.ocr.settings import DEFAULT_OCR_SETTINGS, OcrSettings
from pipeline.pdf.extract import Layout, extract_layout
from pipeline.pdf.glued import split_glued_capitals
from pipeline.pdf.preflight import check_pdf, exception_causes, explain_failure, text_path
from pipeline.pdf.textlayer import (
    mend_glued_labels,
    mend_item_letters,
    mend_roman_numbers,
    mend_section_signs,
    pages_needing_ocr,
    split_run_together,
)
from pipeline.rules import OCR_LAYER_REDONE
from pipeline.structure import build_structure
from pipeline.structure.forms import grid_regions
from pipeline.validate import build_document
from schemas import ParsedDocument, Provenance

# Code whose exceptions mean "this file is broken", not "the parser has a bug".
_PDF_LIBRARIES = ("pdfminer", "pdfplumber", "pypdfium2")


def parse_pdf(path: str | Path, ocr: OcrSettings = DEFAULT_OCR_SETTINGS,
              known: KnownDigest | None = None) -> ParsedDocument:
    """Parse one minutes PDF; raises UnreadablePDF with a plain reason when it cannot be read.

    Pages that are scans or whose text layer is garbage are read with OCR (see `ocr`). `known`:
    the file's sha256 as ingest's planning computed it, used if the file is unchanged since
    (each file is hashed once per run).
    """
    path = Path(path)
    check_pdf(path)  # empty, or not a PDF at all: say so before pdfminer tries
    with tempfile.TemporaryDirectory(prefix="minutes-parse-") as workdir:
        # The file is read once, into a copy that is hashed and parsed: the document's identity is
        # the hash of the bytes parsed, even if the file is rewritten while it is parsed.
        source = Path(workdir) / "source.pdf"
        sha, size = copy_with_sha256(path, source, known)
        source, layout = _layout_with_pages(source, Path(workdir))
        needs = pages_needing_ocr(layout.page_samples, ocr.languages, source)
        layout, result, unread = _with_ocr(source, sha, layout, needs, ocr, Path(workdir))
    if not layout.lines:
        raise UnreadablePDF("no text: no page holds text or a scan of text")
    provenance = Provenance(
        file_name=text_path(path.name),
        path=text_path(path.resolve()),
        sha256=sha,
        size_bytes=size,
        page_count=layout.page_count,
        parser_version=PARSER_VERSION,
        ocr_pages=list(result.pages) if result else [],
        ocr_confidence=result.confidence if result else None,
        unread_pages=unread,
    )
    structure = build_structure(layout)
    return build_document(provenance, structure, annotate(structure))


def _layout_with_pages(path: Path, workdir: Path) -> tuple[Path, Layout]:
    """The file to read and its layout. Where pdfminer finds no page but pdfium does (a broken page
    tree or cross-reference table, which pdfium repairs as it reads), pdfium's rewrite of the file is
    read instead; "no pages" only for a file that has none."""
    layout = _read_layout(path)
    if layout.page_count:
        return path, layout
    repaired = _rewritten_by_pdfium(path, workdir / "repaired.pdf")
    if repaired is not None:
        layout = _read_layout(repaired)
        if layout.page_count:
            return repaired, layout
    raise UnreadablePDF("no pages: the PDF holds no page")


def _rewritten_by_pdfium(path: Path, target: Path) -> Path | None:
    """The PDF as pdfium reads and saves it, or None if pdfium finds no page either."""
    try:
        document = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError:
        return None
    try:
        if len(document) == 0:
            return None
        document.save(target)
    finally:
        document.close()
    return target


def _with_ocr(path: Path, sha: str, layout: Layout, needs: dict[int, str], settings: OcrSettings,
              workdir: Path) -> tuple[Layout, OcrResult | None, list[int]]:
    """The layout to parse: read again from the OCR'd copy when pages need OCR and it can run.

    Without OCR, the pages that need it are left out (their text is garbage or absent) and
    listed as unread; with nothing else to read, the file fails as "needs OCR: ...". Another program's OCR
    layer (OCR_LAYER_REDONE) is read as it is where OCR cannot run, or fails on every page.
    """
    problem = unavailable_reason(settings) if needs else None
    if problem:  # another program's OCR layer is read as it is
        needs = {page: reason for page, reason in needs.items() if reason != OCR_LAYER_REDONE}
    if not needs:
        return layout, None, []
    pages = sorted(needs)
    if problem:
        readable = dataclasses.replace(layout, lines=[line for line in layout.lines if line.page not in needs])
        if not readable.lines:
            raise UnreadablePDF(f"needs OCR: {problem} ({_describe(needs)})")
        return readable, None, pages
    try:
        result = ocr_pages(path, sha, pages, settings, workdir)
    except UnreadablePDF:
        if set(needs.values()) == {OCR_LAYER_REDONE}:
            return layout, None, []  # the other program's layer is what there is
        raise
    read = restore_typography(_read_layout(result.pdf, scanned_rules(result.pdf, result.pages), result.doubtful),
                              result.pdf, result.pages, result.lines)
    read = split_run_together(read, result.pages)  # "UNIFIEDSCHOOLDISTRICT": words the document writes apart
    read = split_glued_capitals(read, result.pages)  # "BOARDOFEDUCATION": the document's words, a letterhead's
    read = mend_roman_numbers(read, result.pages)  # "Il. CLOSED SESSION"
    read = mend_item_letters(read, result.pages)  # "Cz *Library Services Report" after "B. *Draft Minutes"
    read = mend_section_signs(read, result.pages)  # "82 Valg af referent" for "§2 Valg af referent"
    read = mend_glued_labels(read, result.pages)  # "TOP7 : Wahlen" for "TOP 7: Wahlen"
    read = _with_grids(read, result)
    read = with_margin_numbers(read, result.pdf, result.pages)  # "2." standing alone left of an item
    if not read.lines:
        raise UnreadablePDF(f"no text: OCR read no text on {_describe(needs)}")
    return read, result, sorted(result.failed)  # pages whose OCR failed: recorded as unread


def _with_grids(layout: Layout, result: OcrResult) -> Layout:
    """A form's vote grid on OCR'd pages (structure/forms.py) read from the page images (ocr/grid.py):
    the members' names set vertically over its columns, which OCR reads as noise, and its marks."""
    regions = {page: GridRegion(*region) for page, region in grid_regions(layout.lines).items()
               if page in result.pages}
    if not regions:
        return layout
    return dataclasses.replace(layout, grids=read_grids(result.pdf, regions))


def _describe(needs: dict[int, str]) -> str:
    """ "pages 1-3, 5: no text layer" — the pages and the first page's reason."""
    pages = sorted(needs)
    runs: list[list[int]] = []
    for page in pages:
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    numbers = ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)
    return f"page{'s' if len(pages) > 1 else ''} {numbers}: {needs[pages[0]]}"


def _read_layout(path: Path, rules: dict[int, list[dict]] | None = None,
                 doubtful: dict[int, list[tuple]] | None = None) -> Layout:
    """extract_layout, with the PDF library's own errors turned into a plain reason."""
    try:
        return extract_layout(path, rules=rules, doubtful=doubtful)
    except UnreadablePDF as exc:
        _raise_if_exhausted(exc)
        raise UnreadablePDF(explain_failure(path, exc)) from exc
    except (OSError, MemoryError):
        raise
    except Exception as exc:
        _raise_if_exhausted(exc)
        if _raised_by_pdf_library(exc):
            raise UnreadablePDF(explain_failure(path, exc)) from exc
        raise


def _raise_if_exhausted(exc: BaseException) -> None:
    """A PDF that exhausts memory (a decompression bomb) or the stack (objects nested without end),
    however the PDF library wrapped the error: "too large" (as a MemoryError) or "corrupt"."""
    causes = exception_causes(exc)
    if any(isinstance(cause, MemoryError) for cause in causes):
        raise MemoryError("the PDF needs more memory than allowed") from exc
    if any(isinstance(cause, RecursionError) for cause in causes):
        raise UnreadablePDF("corrupt: objects nested too deeply to read") from exc


def _raised_by_pdf_library(exc: BaseException) -> bool:
    frames = traceback.extract_tb(exc.__traceback__)
    return bool(frames) and any(f"/{name}/" in frames[-1].filename for name in _PDF_LIBRARIES)
