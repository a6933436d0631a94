"""Scans and broken text layers made from text PDFs, for the OCR tests and benchmarks/ocr_scans.py.

`scan_pdf` renders each page (pypdfium2, which ships with pdfplumber) to a grey image, turns
it by a slight angle and speckles it (Pillow), and saves an image-only PDF: what a scanner
makes of printed minutes. `garbled_pdf` shows the same page images but gives them a text
layer of glyph names (`/G48/G76...`), as a PDF whose fonts lost their character map reads.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

SPECKS_PER_MEGAPIXEL = 100


def page_images(pdf: Path, dpi: int = 200) -> list[Image.Image]:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in document]
    finally:
        document.close()


def scanned(image: Image.Image, rng: random.Random, max_skew: float = 1.5) -> Image.Image:
    """The page as a flatbed scanner leaves it: slightly turned, a little blurred, with dust."""
    image = image.rotate(rng.uniform(-max_skew, max_skew), resample=Image.BICUBIC, expand=True, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(0.5))
    pixels = image.load()
    width, height = image.size
    for _ in range(width * height * SPECKS_PER_MEGAPIXEL // 1_000_000):
        x, y = rng.randrange(width), rng.randrange(height)
        pixels[x, y] = rng.randrange(40, 160)  # a grain of dust
    return image


def scan_pdf(source: Path, target: Path, *, dpi: int = 200, max_skew: float = 1.5, seed: int = 7) -> Path:
    """An image-only PDF of `source`, one scanned picture per page."""
    rng = random.Random(seed)
    pages = [scanned(image, rng, max_skew) for image in page_images(source, dpi)]
    pages[0].save(target, save_all=True, append_images=pages[1:], resolution=dpi)
    return target


def glyph_names(word: str) -> str:
    """ "Minutes" -> "/G48/G76/G81/G88/G87/G72/G86": glyph indices instead of characters."""
    return "".join(f"/G{ord(char) - 29}" for char in word)


def garbled_pdf(source: Path, target: Path, *, dpi: int = 150) -> Path:
    """`source`'s pages as pictures under an invisible text layer of glyph names, word for word."""
    plumber = pdfplumber.open(source)
    c = canvas.Canvas(str(target))
    for page, image in zip(plumber.pages, page_images(source, dpi), strict=True):
        width, height = float(page.width), float(page.height)
        c.setPageSize((width, height))
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        c.drawImage(ImageReader(buffer), 0, 0, width=width, height=height)
        text = c.beginText()
        text.setTextRenderMode(3)  # invisible, like an OCR layer: only the picture shows
        text.setFont("Helvetica", 9)
        for word in page.extract_words():
            garbage = glyph_names(word["text"])
            # squeezed into the word's width, as the broken font's glyphs would be
            text.setHorizScale(100 * (word["x1"] - word["x0"]) / stringWidth(garbage, "Helvetica", 9))
            text.setTextOrigin(word["x0"], height - word["bottom"])
            text.textOut(garbage)
        c.drawText(text)
        c.showPage()
    plumber.close()
    c.save()
    return target
