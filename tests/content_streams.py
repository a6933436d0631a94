"""Read content streams with pdfminer's parser and with pipeline.pdf.content_stream's, comparably.

Used by tests/test_content_stream.py and benchmarks/content_stream_bench.py (--compare).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from pdfminer.layout import LTPage
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream, list_value, resolve1, stream_value
from pdfminer.psparser import LIT, PSEOF, PSKeyword, PSLiteral
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException

from pipeline.pdf.content_stream import FastPageInterpreter

LITERAL_FORM = LIT("Form")


def comparable(obj: Any) -> Any:
    """`obj` as plain data that compares equal only when the objects are the same: types included,
    keywords and names by identity (they are interned), streams by their dictionary and data."""
    if isinstance(obj, (PSKeyword, PSLiteral)):
        return type(obj).__name__, id(obj), obj.name
    if isinstance(obj, PDFStream):
        return "stream", comparable(obj.attrs), obj.rawdata, obj.data, obj.objid
    if isinstance(obj, list):
        return "list", [comparable(item) for item in obj]
    if isinstance(obj, dict):
        return "dict", [(type(key).__name__, key, comparable(value)) for key, value in obj.items()]
    return type(obj).__name__, obj


def read_all(parser_class: Callable[[Sequence[object]], Any], streams: Sequence[object]) -> tuple[list, str | None]:
    """Every (position, object) the parser gives, comparable, and how it stopped (None: at PSEOF)."""
    objects: list = []
    try:
        parser = parser_class(streams)
        while True:
            position, obj = parser.nextobject()
            objects.append((position, comparable(obj)))
    except PSEOF:
        return objects, None
    except Exception as exc:  # noqa: BLE001 - both parsers must fail alike on broken input
        return objects, repr(exc)


def hand_over_reason(parser: Any) -> str | None:
    """Why a ContentParser handed its streams to pdfminer's parser, once all its objects are read."""
    read_all(lambda streams: parser, [])
    return parser.reason


def _form_streams(resources: Any, seen: set[int]) -> Iterator[PDFStream]:
    """The Form XObjects a page (or form) can draw, and theirs, each once."""
    resources = resolve1(resources)
    xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
    if not isinstance(xobjects, dict):
        return
    for reference in xobjects.values():
        stream = resolve1(reference)
        if isinstance(stream, PDFStream) and resolve1(stream.get("Subtype")) is LITERAL_FORM and id(stream) not in seen:
            seen.add(id(stream))
            yield stream
            yield from _form_streams(stream.get("Resources"), seen)


def stream_sets(path: Path) -> Iterator[tuple[str, list[PDFStream]]]:
    """(where, streams) for each page's content streams and each Form XObject's stream of the PDF."""
    with open(path, "rb") as file:
        document = PDFDocument(PDFParser(file))
        seen: set[int] = set()
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            yield f"page {number}", [stream_value(s) for s in list_value(page.contents)]
            for form in _form_streams(page.resources, seen):
                yield f"page {number} form {form.objid}", [form]


def fast_layout(page: Page) -> LTPage:
    """pdfplumber's `Page.layout`, interpreted by FastPageInterpreter: sets the page's layout as it would.

    Call it before anything reads the page's objects (chars, extract_words, ...); they read `page.layout`.
    """
    if hasattr(page, "_layout"):
        return page._layout
    device = PDFPageAggregatorWithMarkedContent(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    interpreter = FastPageInterpreter(page.pdf.rsrcmgr, device)
    try:
        interpreter.process_page(page.page_obj)
    except Exception as exc:
        raise PdfminerException(exc) from exc
    page._layout = device.get_result()
    return page._layout
