"""Scans and broken text layers made from text PDFs, for the OCR tests and benchmarks/ocr_scans.py.

`scan_pdf` renders each page (pypdfium2, which ships with pdfplumber) to a grey image, turns
it by a slight angle and speckles it (Pillow), and saves an image-only PDF: what a scanner
makes of printed minutes; `worn=True` makes it an archive's photocopy instead: yellowed paper,
the other side showing through, an approval stamp and pen marks over the text, JPEG-compressed (the
hidden real scans of issue 18 have all of these). `garbled_pdf` shows the same page images but gives them a text
layer of glyph names (`/G48/G76...`), as a PDF whose fonts lost their character map reads.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import numpy
import pdfplumber
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageOps
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

SPECKS_PER_MEGAPIXEL = 100
# A worn copy: the paper's grey and the ink's; how dark the other side shows through (share of its ink);
# the stamp's grey; the JPEG quality it is saved at.
WORN_PAPER, WORN_INK = 232, 35
WORN_SHOW_THROUGH = 0.12
WORN_STAMP_GREY = 110
WORN_JPEG_QUALITY = 45


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


def worn(image: Image.Image, behind: Image.Image, rng: random.Random) -> Image.Image:
    """The page as an old photocopy shows it: grey paper, `behind` (the page's other side) showing
    through mirrored, a round approval stamp and pen marks across the text."""
    image = image.point(lambda v: WORN_INK + v * (WORN_PAPER - WORN_INK) // 255)
    mirrored = ImageOps.mirror(behind.resize(image.size))
    shadow = mirrored.point(lambda v: 255 - int((255 - v) * WORN_SHOW_THROUGH))
    image = Image.fromarray(numpy.minimum(numpy.asarray(image), numpy.asarray(shadow)))
    draw = ImageDraw.Draw(image)
    width, height = image.size
    unit = width / 85  # a tenth of an inch on a letter page
    x, y = rng.uniform(0.45, 0.8) * width, rng.uniform(0.25, 0.85) * height
    radius = 9 * unit
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=WORN_STAMP_GREY, width=round(unit / 2))
    draw.ellipse((x - radius * 0.8, y - radius * 0.8, x + radius * 0.8, y + radius * 0.8), outline=WORN_STAMP_GREY,
                 width=round(unit / 4))
    draw.text((x - radius * 0.6, y - unit), "APPROVED", fill=WORN_STAMP_GREY, font_size=round(2.4 * unit))
    for _ in range(rng.randint(1, 3)):  # a tick, an underline, a scrawl in the margin
        start_x, start_y = rng.uniform(0.05, 0.9) * width, rng.uniform(0.1, 0.9) * height
        points = [(start_x + i * 3 * unit, start_y + rng.uniform(-1.5, 1.5) * unit) for i in range(rng.randint(3, 8))]
        draw.line(points, fill=WORN_INK + 20, width=max(1, round(unit / 4)), joint="curve")
    return image


def scan_pdf(source: Path, target: Path, *, dpi: int = 200, max_skew: float = 1.5, seed: int = 7,
             worn_copy: bool = False) -> Path:
    """An image-only PDF of `source`, one scanned picture per page (`worn_copy`: see `worn`)."""
    rng = random.Random(seed)
    images = page_images(source, dpi)
    if worn_copy:
        images = [worn(image, images[(i + 1) % len(images)], rng) for i, image in enumerate(images)]
    pages = [scanned(image, rng, max_skew) for image in images]
    options = {"quality": WORN_JPEG_QUALITY} if worn_copy else {}
    pages[0].save(target, save_all=True, append_images=pages[1:], resolution=dpi, **options)
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
