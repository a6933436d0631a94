"""Build a folder of awkward inputs for ingest: broken files, odd names, odd folders, odd PDFs.

`build_bad_inputs(folder)` writes them and returns what each should become, so a test can
check every file is accounted for with the right status and a reason of the right kind.
"""

from __future__ import annotations

import io
import os
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from tests.pdf_builder import PdfBuilder


@dataclass(frozen=True)
class Expected:
    status: str  # loaded, skipped, failed
    reason: str | None = None  # how the reason starts; None: no reason to check


def minutes_pdf(path: Path, title: str = "Minutes of the Commune Council Meeting", pages: int = 1,
                encrypt: object | None = None) -> Path:
    """A small but real minutes PDF (title, date, a numbered section or more); makes its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = PdfBuilder(path)
    if encrypt is not None:
        pdf._canvas.setEncrypt(encrypt)
    pdf.line(title, style="bold", size=16)
    pdf.line("Date: 12 November 2018, Battambang")
    for n in range(1, pages + 1):
        pdf.line(f"{n}. Agenda item {n}", style="bold", size=12, gap=8)
        pdf.line(f"Ms. Dara Sok, Chair, opened item {n} and thanked the participants.")
        pdf.line("The council discussed the budget and the road repairs in detail.")
        if n < pages:
            pdf.page_break()
    return pdf.save()


def dense_pdf(path: Path) -> Path:
    """One page packed with tiny text: about 150 lines of 200 characters, in paragraphs of 8 lines."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 3.5)
    words = random.Random(7).choices(["council", "budget", "road", "water", "school", "meeting", "agreed"], k=6000)
    line, y, lines = [], A4[1] - 20, 0
    for word in words:
        line.append(word)
        if len(" ".join(line)) > 190:
            c.drawString(10, y, " ".join(line) + ("." if lines % 8 == 7 else ""))
            lines += 1
            line, y = [], y - (7.5 if lines % 8 == 0 else 4.5)
            if y < 20:
                break
    c.save()
    return path


def image_only_pdf(path: Path, pages: int = 2) -> Path:
    """A 'scan': each page is one picture, no text layer."""
    picture = Image.new("L", (200, 280), color=255)
    for x in range(20, 180, 4):
        for y in range(20, 260, 6):
            picture.putpixel((x, y), 0)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 40, 40, width=A4[0] - 80, height=A4[1] - 80)
        c.showPage()
    c.save()
    return path


def long_pdf(path: Path, pages: int = 300) -> Path:
    """Many short pages: one heading and two lines each."""
    return minutes_pdf(path, title="Minutes of the Annual Assembly", pages=pages)


def encrypted_pdf(path: Path, user_password: str) -> Path:
    from reportlab.lib.pdfencrypt import StandardEncryption

    return minutes_pdf(path, encrypt=StandardEncryption(user_password, ownerPassword="owner-secret"))


def build_bad_inputs(folder: Path, *, long_pages: int = 300) -> dict[str, Expected]:
    """Write the awkward inputs under `folder`; return relative path -> what ingest should make of it.

    Relative paths are those of the files as found (symlinks are resolved by ingest, so a
    link's entry names its target).
    """
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, Expected] = {}

    def put(name: str, data: bytes, outcome: Expected) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[name] = outcome
        return path

    good = minutes_pdf(folder / "good.pdf")
    expected["good.pdf"] = Expected("loaded")
    good_bytes = good.read_bytes()

    put("empty.pdf", b"", Expected("failed", "empty file"))
    put("random.pdf", random.Random(42).randbytes(8192), Expected("failed", "not a PDF"))
    put("page.pdf", b"<!DOCTYPE html>\n<html><head><title>Minutes</title></head><body>404</body></html>\n",
        Expected("failed", "not a PDF: the file starts with <html>"))
    put("notes.pdf", b"Minutes, typed as plain text.\n", Expected("failed", "not a PDF: a text file"))
    put("truncated.pdf", good_bytes[: len(good_bytes) // 2], Expected("failed", "corrupt"))
    put("header-only.pdf", b"%PDF-1.7\n", Expected("failed", "corrupt"))

    encrypted_pdf(folder / "encrypted-empty-password.pdf", "")
    expected["encrypted-empty-password.pdf"] = Expected("loaded")
    encrypted_pdf(folder / "encrypted.pdf", "secret")
    expected["encrypted.pdf"] = Expected("failed", "encrypted: a password is needed")

    image_only_pdf(folder / "scanned.pdf")
    expected["scanned.pdf"] = Expected("failed", "needs OCR: OCR is turned off")  # ingested with --no-ocr
    long_pdf(folder / "long.pdf", pages=long_pages)
    expected["long.pdf"] = Expected("loaded")
    dense_pdf(folder / "dense.pdf")
    expected["dense.pdf"] = Expected("loaded")

    minutes_pdf(folder / "UPPER CASE.PDF", title="Minutes of the Water Committee")
    expected["UPPER CASE.PDF"] = Expected("loaded")
    minutes_pdf(folder / "procès-verbal réunion 会议 №3.pdf", title="Minutes of the School Board")
    expected["procès-verbal réunion 会议 №3.pdf"] = Expected("loaded")
    # A name that is not UTF-8 (Latin-1 'é'): fine on Linux, and must still be stored.
    latin1 = os.fsdecode(str(folder).encode() + b"/caf\xe9.pdf")
    minutes_pdf(Path(latin1), title="Minutes of the Market Committee")
    expected["caf\\xe9.pdf"] = Expected("loaded")

    # A folder named like a file, holding a PDF.
    minutes_pdf(folder / "archive.pdf" / "inner.pdf", title="Minutes of the Health Committee")
    expected["archive.pdf/inner.pdf"] = Expected("loaded")

    # The same bytes twice (a copy) and the same file twice (a link, a symlink loop).
    put("copies/good copy.pdf", good_bytes, Expected("skipped", "duplicate of"))
    (folder / "copies" / "link to good.pdf").symlink_to(good)
    (folder / "copies" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "dangling.pdf").symlink_to(folder / "gone.pdf")
    expected["dangling.pdf"] = Expected("failed", "cannot read file")

    # Not PDFs by name: recorded as skipped, with what they are.
    put("bundle.zip", b"PK\x03\x04" + bytes(60), Expected("skipped", "not a PDF: a zip archive"))
    put("readme.txt", b"Scans go in this folder.\n", Expected("skipped", "not a PDF"))
    os.mkfifo(folder / "pipe.pdf")
    expected["pipe.pdf"] = Expected("skipped", "not a regular file")
    return expected
