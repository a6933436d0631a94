"""pipeline.pdf.content_stream reads content streams object for object as pdfminer does, only faster."""

from __future__ import annotations

import random
from pathlib import Path

import pdfplumber
import pytest
from pdfminer.pdfinterp import PDFContentParser
from pdfminer.pdftypes import PDFStream
from pdfminer.psparser import KWD, LIT, PSEOF
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.pdf.content_stream import DEFAULT_BATCH_SIZE, ContentParser, FastPageInterpreter
from tests.content_streams import fast_layout, hand_over_reason, read_all, stream_sets

REPO = Path(__file__).resolve().parent.parent
SAMPLES = sorted((REPO / "samples").glob("*.pdf"))


def streams_of(*datas: bytes) -> list[PDFStream]:
    return [PDFStream({}, data) for data in datas]


def assert_same_objects(*datas: bytes, fast: bool, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
    """Both parsers give the same objects; `fast`: ContentParser read them itself (no hand-over)."""
    ours = read_all(lambda streams: ContentParser(streams, batch_size), streams_of(*datas))
    assert ours == read_all(PDFContentParser, streams_of(*datas))
    reason = hand_over_reason(ContentParser(streams_of(*datas), batch_size)) if datas else None
    assert (reason is None) == fast, reason


# -- real PDFs ------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_same_objects_as_pdfminer_on_every_sample_page(path):
    read = 0
    for where, streams in stream_sets(path):
        ours = read_all(ContentParser, streams)
        assert ours == read_all(PDFContentParser, streams), where
        assert ours[1] is None, where
        assert hand_over_reason(ContentParser(streams)) is None, where  # the fast path, not pdfminer's
        small_batches = read_all(lambda streams: ContentParser(streams, batch_size=7), streams)
        assert small_batches == ours, where
        read += len(ours[0])
    assert read > 1000


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_same_chars_with_fast_interpreter(path):
    with pdfplumber.open(path) as plain, pdfplumber.open(path) as fast:
        for plain_page, fast_page in zip(plain.pages, fast.pages, strict=True):
            fast_layout(fast_page)
            assert fast_page.chars, plain_page.page_number
            for kind in ("chars", "rects", "lines", "curves"):
                assert getattr(fast_page, kind) == getattr(plain_page, kind), (plain_page.page_number, kind)
            assert len(fast_page.images) == len(plain_page.images)


def _pdf_with_form_and_inline_image(path: Path) -> Path:
    """A page that draws text directly, through a Form XObject, and an inline image."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.beginForm("letterhead")
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(72, 780, "Commune Council (letterhead form)")
    pdf.endForm()
    pdf.doForm("letterhead")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 700, "Minutes of the meeting (page text)")
    pdf.drawInlineImage(Image.new("RGB", (4, 4), (200, 30, 30)), 72, 600, 40, 40)
    pdf.save()
    return path


def test_forms_and_inline_images_read_alike(tmp_path, monkeypatch):
    path = _pdf_with_form_and_inline_image(tmp_path / "form.pdf")
    interpreters: list[type] = []
    original_execute = FastPageInterpreter.execute

    def spying_execute(self, streams):
        interpreters.append(type(self))
        original_execute(self, streams)

    monkeypatch.setattr(FastPageInterpreter, "execute", spying_execute)
    with pdfplumber.open(path) as plain, pdfplumber.open(path) as fast:
        fast_layout(fast.pages[0])
        assert fast.pages[0].chars == plain.pages[0].chars
        assert len(fast.pages[0].images) == len(plain.pages[0].images) == 1
    assert {c["text"] for c in plain.pages[0].chars} >= set("letterhead")
    assert interpreters == [FastPageInterpreter, FastPageInterpreter]  # the page, then its form
    sets = dict(stream_sets(path))
    assert len(sets) == 2
    for where, streams in sets.items():
        assert read_all(ContentParser, streams) == read_all(PDFContentParser, streams), where
    page_objects = read_all(ContentParser, sets["page 1"])[0]
    assert any(obj[0] == "stream" for _, obj in page_objects)  # the inline image


# -- constructed input ---------------------------------------------------------------------------

READ_FAST = {
    "numbers": [b"1 -2 +3 0.5 -.5 .25 1. -0 007 --3 +-4 - + . -. 1.2.3 5-3 12e3 1..5"],
    "keywords": [b"BT ET T* ' \" q Q re f* true false null d0 a#b x\x00y ] } ) \x80\xff"],
    "names": [b"/Name /A#20B /#41#42 /A#4G /A# /# /Caf\xc3\xa9 /Bad\xff /a/b /c[1] /d%x\n/e"],
    "literal strings": [b"(plain) (a\\nb\\r\\t\\b\\f\\(\\)\\\\) (\\101\\60\\0061\\7) (\\q\\\nline) (a\\\rb) ()"],
    "nested parentheses": [b"(a (b) c) (((x))) (a \\( (b) \\) c) Tj"],
    "hex strings": [b"<48656C6C6F> <48 65 6c\n6C 6F> <414> <> <41>> <4G> x"],
    "arrays and dictionaries": [b"[1 [2 (three) [/Four]] <</A 1 /B [2 3] /C <</D (e)>>>>] TJ /P <</MCID 0>> BDC"],
    "unbalanced closers": [b"] ] >> } [1 2 >> 3] << /A 1 ] >> { 1 2 } }"],
    "comments": [b"% a comment\n1 2 m % another (not a string\r3 4 l%end"],
    "white space and NUL": [b"\x00\x00 1\t2\x0c3\x0b4\r\n5 \x00 6\x00 BT"],
    "keywords and numbers run together": [b"1 0 0 1 72 712 Tm[(A)-250(B)]TJ/F1 12 Tf(x)'1 2(y)\""],
    "inline image": [b"q BI /W 2 /H 2 /BPC 8 /CS /G /D [1 0] ID \x00\xffEE\xffEIX\xff EI Q"],
    "inline image, ASCII85": [b"BI /W 1 /H 1 /F /A85 ID 9jqo^~>\nEI 1 2 m"],
    "inline image, filter array, CRLF before EI": [b"BI /W 1 /H 1 /F [/AHx] ID 00ff\r\nEI Q"],
    "streams split between tokens": [b"q 1 0 0 1 0 0 cm", b"BT /F1 12 Tf", b"(text) Tj ET", b"Q"],
    "a keyword cut by the stream end": [b"B", b"T 1 2 Td E", b"T"],
    "an array across streams": [b"[(a) 1", b"(b)] TJ"],
    "empty streams": [b"", b"1 2 m", b"", b"  "],
    "an array left open at the end": [b"1 2 m [3 4 (x)"],
    "an image dictionary left open at the end": [b"1 2 m BI /W 1"],
}

READ_BY_PDFMINER = {
    "an unterminated string": [b"1 2 (open"],
    "an unterminated hex string": [b"1 2 <414"],
    "a string across streams": [b"(part", b" two) Tj"],
    "a name cut by the stream end": [b"/A#4", b"1 Tf"],
    "a bare slash at the stream end": [b"/", b"Name Tf"],
    "a '>' at the stream end": [b"<</A 1>", b"> 2"],
    "an octal escape above 255": [b"(\\400) Tj"],
    "backslash CR LF in a string": [b"(a\\\r\nb) Tj"],
    "an odd dictionary": [b"<</A 1 /B>> 2"],
    "BI inside an array": [b"[BI /W 1 ID x EI]"],
    "ID without BI": [b"1 ID 2 EI 3"],
    "an odd inline image dictionary": [b"BI /W ID xy EI 1"],
    "inline data without EI": [b"BI /W 1 ID xyz"],
    "NUL bytes ending a stream": [b"1 2 m\x00\x00"],
}


@pytest.mark.parametrize("datas", READ_FAST.values(), ids=READ_FAST.keys())
def test_constructed_input_read_fast_and_alike(datas):
    assert_same_objects(*datas, fast=True)


@pytest.mark.parametrize("datas", READ_BY_PDFMINER.values(), ids=READ_BY_PDFMINER.keys())
@pytest.mark.parametrize("batch_size", [DEFAULT_BATCH_SIZE, 1], ids=["one batch", "batches of 1"])
def test_input_pdfminer_reads_its_own_way_is_handed_to_it(datas, batch_size):
    """pdfminer reads it from the start, or from after the objects already given (batches of 1)."""
    assert_same_objects(*datas, fast=False, batch_size=batch_size)


def test_a_page_is_read_a_batch_at_a_time():
    parser = ContentParser(streams_of(b"1 0 0 RG\n" + b"10 20 m 30 40 l S\n" * 5000), batch_size=50)
    read = 0
    while read < 12000:
        parser.nextobject()
        read += 1
        assert len(parser._reader.objects) <= 50
    assert read_all(lambda streams: parser, [])[0][-1][1] == ("PSKeyword", id(KWD(b"S")), b"S")
    assert parser.reason is None


def test_objects_are_the_expected_values():
    """Spot checks of what both parsers give (the comparisons above would pass if both were wrong)."""
    data = b"-.5 1. --3 /A#20B (a\\(b\\)\\101) <41 4> [1 /X] <</K (v)>> BI /W 1 ID \x01 EI "
    assert read_all(ContentParser, streams_of(data)) == read_all(PDFContentParser, streams_of(data))
    objects = [obj for _, obj in read_all(ContentParser, streams_of(data))[0]]
    assert objects == [
        ("float", -0.5), ("float", 1.0), ("int", -3), ("PSLiteral", id(LIT("A B")), "A B"),
        ("bytes", b"a(b)A"), ("bytes", b"A\x04"), ("list", [("int", 1), ("PSLiteral", id(LIT("X")), "X")]),
        ("dict", [("str", "K", ("bytes", b"v"))]),
        ("stream", ("dict", [("str", "W", ("int", 1))]), b"\x01 ", None, None),
        ("PSKeyword", id(KWD(b"EI")), b"EI"),
    ]


def test_positions_are_offsets_in_their_stream():
    positions = [position for position, _ in read_all(ContentParser, streams_of(b"1 2 m", b"  [3 4] TJ"))[0]]
    assert positions == [0, 2, 4, 2, 8]


def test_undecodable_stream_fails_as_in_pdfminer():
    def streams() -> list[PDFStream]:
        return [PDFStream({}, b"1 2 m\n"), PDFStream({"Filter": LIT("NoSuchFilter")}, b"3 4 l")]

    ours = read_all(ContentParser, streams())
    assert ours == read_all(PDFContentParser, streams())
    assert [obj for _, obj in ours[0]] == [("int", 1), ("int", 2), ("PSKeyword", id(KWD(b"m")), b"m")]
    assert "NoSuchFilter" in ours[1]


def test_no_streams_is_an_empty_page():
    with pytest.raises(PSEOF):
        ContentParser([])


FUZZ_PIECES = [
    b" ", b"\n", b"\r", b"\t", b"\x00", b"1", b"-", b"+", b".", b"5", b"BT", b"Tj", b"true", b"(", b")", b"\\",
    b"\\n", b"\\12", b"\\\n", b"<", b">", b"<<", b">>", b"[", b"]", b"{", b"}", b"/", b"/Name", b"#", b"#20",
    b"%", b"% c\n", b"A", b"f", b"'", b"\x80", b"BI", b"ID", b"EI", b" BI /W 1 /H 1 ID xyz EI ", b"/F /A85",
    b"~>", b"E", b"I",
]


def test_random_token_soup_reads_alike():
    """Seeded random mixes of the tricky pieces, in one to three streams: never a different object."""
    rng = random.Random(20261130)
    fast = 0
    for _ in range(600):
        datas = [b"".join(rng.choice(FUZZ_PIECES) for _ in range(rng.randint(0, 25)))
                 for _ in range(rng.choice((1, 1, 2, 3)))]
        expected = read_all(PDFContentParser, streams_of(*datas))
        assert read_all(ContentParser, streams_of(*datas)) == expected, datas
        assert read_all(lambda streams: ContentParser(streams, batch_size=2), streams_of(*datas)) == expected, datas
        fast += hand_over_reason(ContentParser(streams_of(*datas))) is None
    assert fast > 200  # most are read by ContentParser itself
