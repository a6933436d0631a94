"""A page as Tesseract reads it: rendered at the resolution it needs, straightened, rules erased.

Also the page image the OCR'd copy shows (a JPEG) and the uncompressed file Tesseract is given.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import numpy
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageFilter

# Tesseract reads best with capitals ~20-30 px high: 9-12 pt type at 300 dpi. A page whose scan is
# coarser is rendered at the scan's resolution (more pixels add no detail), but not below OCR_MIN_DPI.
OCR_DPI = 300
OCR_MIN_DPI = 200
# A page whose shorter side is longer than any sheet minutes are printed on (A3's is 11.7 in) and that one picture
# fills is a photograph placed at the camera's nominal resolution (a phone's 96 dpi makes a page 29 in wide):
# its sheet is taken to be PHOTO_SHEET_INCHES across the shorter side, so the type is read at its real size
# (at 200 dpi of the 29-in page, the letters were 80 px high and Tesseract read nothing).
LARGEST_SHEET_INCHES = 12.0
PHOTO_SHEET_INCHES = 8.5
# The copy's page image: the downstream readers of the image (bold strokes, table rules) use <= 150 dpi.
COPY_IMAGE_DPI = 200
COPY_JPEG_QUALITY = 80
# Paper in shadow (a photograph's, a page curling away from the scanner's glass) is evened out before anything
# is read off the page: the paper's lightness is taken over windows of EVEN_WINDOW_INCHES (the lightest pixels of
# each, where letters are not) and each pixel is divided by it. Done where the paper is darker than
# EVEN_PAPER_LIGHTNESS over EVEN_DARK_SHARE of the page (a page's pictures cover less; grey paper all over is evened
# too): there, every threshold after (the rules' darkness, Tesseract's own) took the shadow for ink, and the rule
# eraser whitened lines of text as rules.
EVEN_PAPER_LIGHTNESS = 200
EVEN_DARK_SHARE = 0.3
EVEN_WINDOW_INCHES = 0.35
# Skew: tried at DESKEW_DPI from -DESKEW_MAX_DEGREES to +DESKEW_MAX_DEGREES by DESKEW_STEP, then by
# quarter steps around the best, down to DESKEW_FINE_STEP; turned when at least DESKEW_MIN_DEGREES.
DESKEW_DPI = 75
DESKEW_MAX_DEGREES = 5.0
DESKEW_STEP = 1.0
DESKEW_FINE_STEP = 0.1
DESKEW_MIN_DEGREES = 0.15
DESKEW_DARKNESS = 160
# Bilinear: turned to the nearest pixel instead (a sixth of the time), pages read worse (a dev scan's sections
# 1.0 -> 0.8, a held-out parish council's speakers 0.91 -> 0.55).
DESKEW_RESAMPLING = Image.Resampling.BILINEAR
# Rules (table lines, underlines) are erased from the image Tesseract reads (not from the copy's
# image, where extraction finds tables by them): runs of dark pixels at least this long, across
# (RULE_ERASE_ACROSS_INCHES) or down (RULE_ERASE_DOWN_INCHES: longer than a tall letter's stem).
# Tesseract reads an underlined heading as garbage, and a grid's lines as letters ("|", "}", "]").
RULE_ERASE_ACROSS_INCHES = 0.3
RULE_ERASE_DOWN_INCHES = 0.4
RULE_ERASE_DARKNESS = 160
RULE_ERASE_DPI = 150
RULE_HALO_LIGHTNESS = 230
# Headings set in white on a dark bar (a template's section bars) are turned black on white first: to the rule
# eraser the bar is a stack of rules, and erasing it took the heading's letters with it. A bar: rows dark over
# at least BAR_MIN_ROW_SHARE of the page's width, BAR_MIN_INCHES to BAR_MAX_INCHES tall, whose columns are dark
# over BAR_MIN_COLUMN_SHARE of its rows for at least BAR_MIN_WIDTH_INCHES, with light letters in it (pixels
# lighter than BAR_LETTER_LIGHTNESS, BAR_LETTERS_SHARE of it; black type on a grey fill has none).
BAR_MIN_ROW_SHARE = 0.3
BAR_MIN_INCHES = 0.12
BAR_MAX_INCHES = 0.6
BAR_MIN_COLUMN_SHARE = 0.4
BAR_MIN_WIDTH_INCHES = 1.0
BAR_LETTER_LIGHTNESS = 200
BAR_LETTERS_SHARE = (0.01, 0.5)


def page_image(document: pdfium.PdfDocument, page: int) -> tuple[Image.Image, Image.Image, float]:
    """The page as a grey image at the resolution to read it at, straightened; and a coarse copy
    (RULE_ERASE_DPI) that the skew and the rules are found on."""
    image, dpi = rendered(document, page)
    return (*straightened(image, dpi), dpi)


def rendered(document: pdfium.PdfDocument, page: int, at_most: float | None = None) -> tuple[Image.Image, float]:
    """The page as a grey image at the resolution to read it at, or at `at_most` dpi where that is
    coarser (a strip of it is read to tell its language); and that resolution. (pdfium is not
    thread-safe: this is done in one thread; what follows, straightening and cleaning, may be done
    in others.)"""
    pdf_page = document[page - 1]
    try:
        pictures = _page_pictures(pdf_page)
        sheet = sheet_scale(pdf_page, pictures)
        dpi = reading_dpi(pictures, sheet)
        scale = min(1.0, at_most / dpi) if at_most else 1.0
        image = _scan_as_is(pdf_page, dpi * sheet, scale) or pdf_page.render(
            scale=dpi * sheet * scale / 72, grayscale=True).to_pil().convert("L")
    finally:
        pdf_page.close()
    return evened(image, dpi * scale), dpi * scale


def evened(image: Image.Image, dpi: float) -> Image.Image:
    """The page with paper in shadow made as light as the rest (EVEN_PAPER_LIGHTNESS ...); else the page as it is."""
    paper = _paper_lightness(image, max(1, round(dpi * EVEN_WINDOW_INCHES / 3)))
    if (paper < EVEN_PAPER_LIGHTNESS).mean() < EVEN_DARK_SHARE:
        return image
    smooth = Image.fromarray(paper).filter(ImageFilter.BoxBlur(2)).resize(image.size, Image.Resampling.BILINEAR)
    lighter = numpy.asarray(image, dtype=numpy.float32) * 255 / numpy.maximum(numpy.asarray(smooth, numpy.float32), 1)
    return Image.fromarray(numpy.clip(lighter, 0, 255).astype(numpy.uint8))


def _paper_lightness(image: Image.Image, block: int) -> numpy.ndarray:
    """The paper's lightness around each `block` of pixels: the lightest pixel within a block of it (a letter's
    ink covers no block of three so wide; the paper shows between)."""
    grey = numpy.asarray(image)
    rows, columns = grey.shape[0] // block, grey.shape[1] // block
    if not rows or not columns:
        return numpy.full((1, 1), 255, dtype=numpy.uint8)
    lightest = grey[:rows * block, :columns * block].reshape(rows, block, columns, block).max(axis=(1, 3))
    wide = numpy.pad(lightest, 1, mode="edge")
    return numpy.max([wide[dy:dy + rows, dx:dx + columns] for dy in range(3) for dx in range(3)], axis=0)


def straightened(image: Image.Image, dpi: float) -> tuple[Image.Image, Image.Image]:
    """The page image straightened, and a coarse copy of it (RULE_ERASE_DPI) that the skew and the
    rules are found on."""
    step = max(1, int(dpi // RULE_ERASE_DPI))
    coarse = image.resize((image.width // step, image.height // step), Image.Resampling.BOX) if step > 1 else image
    angle = deskew_angle(coarse, dpi / step)
    if abs(angle) >= DESKEW_MIN_DEGREES:
        image = image.rotate(angle, resample=DESKEW_RESAMPLING, fillcolor=255)
        coarse = coarse.rotate(angle, resample=DESKEW_RESAMPLING, fillcolor=255) if step > 1 else image
    return image, coarse


def _scan_as_is(pdf_page: pdfium.PdfPage, dpi: float, scale: float = 1.0) -> Image.Image | None:
    """A page that is one JPEG filling it upright, at the resolution to read it at: the JPEG itself,
    decoded straight to grey (a fifth of the time rendering the page takes), `scale`d (libjpeg
    decodes at a half, a quarter, an eighth of the size itself); else None."""
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
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        reduced = 1  # libjpeg decodes at a half, a quarter or an eighth of the size itself
        while reduced < 8 and 2 * reduced * scale <= 1 + 1e-9:
            reduced *= 2
        image.draft("L", (image.width // reduced, image.height // reduced))  # and to grey
        image = image.convert("L")
        if abs(image.width - size[0]) <= 1 and abs(image.height - size[1]) <= 1:
            return image  # (a pixel more where an odd size was halved)
        return image.resize(size, Image.Resampling.BOX)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def reading_dpi(pictures: list[tuple[int, float]], sheet: float) -> float:
    """OCR_DPI, or the resolution of the scan filling the page (`pictures`, _page_pictures) when that is coarser (not
    below OCR_MIN_DPI); on the sheet the page stands for (`sheet`, sheet_scale)."""
    finest = max((pixels_wide / (inches_wide * sheet) for pixels_wide, inches_wide in pictures), default=0.0)
    return float(OCR_DPI) if not finest else float(min(OCR_DPI, max(OCR_MIN_DPI, round(finest))))


def sheet_scale(pdf_page: pdfium.PdfPage, pictures: list[tuple[int, float]]) -> float:
    """The size of the sheet the page stands for over the page's: 1, or for a photograph (`pictures`, _page_pictures)
    on a page larger than any sheet (LARGEST_SHEET_INCHES), PHOTO_SHEET_INCHES over its shorter side."""
    shorter = min(pdf_page.get_size()) / 72
    if shorter <= LARGEST_SHEET_INCHES or not pictures:
        return 1.0
    return PHOTO_SHEET_INCHES / shorter


def _page_pictures(pdf_page: pdfium.PdfPage) -> list[tuple[int, float]]:
    """(pixels, inches) across each picture covering at least half the page (its scan, not a picture on it)."""
    width, height = pdf_page.get_size()
    pictures = []
    for obj in pdf_page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if (right - left) * (top - bottom) >= 0.5 * width * height and right > left:
            pictures.append((obj.get_px_size()[0], (right - left) / 72))
    return pictures


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
    coarse_grey = numpy.asarray(coarse)
    dark = coarse_grey < RULE_ERASE_DARKNESS
    resolution = dpi / step
    bars = dark_bars(coarse_grey, dark, resolution)
    if bars:
        image = _bars_turned(image, bars, step)
        dark = dark.copy()
        for top, bottom, left, right in bars:
            dark[top:bottom, left:right] = ~dark[top:bottom, left:right]
    across = _long_runs(widened(dark), round(RULE_ERASE_ACROSS_INCHES * resolution))
    down = _long_runs(numpy.ascontiguousarray(widened(dark.T)), round(RULE_ERASE_DOWN_INCHES * resolution)).T
    rules = across | down
    if not rules.any():
        return image
    grey = numpy.array(image)
    # Only the bands of rows the rules cross are looked at (the work is the page's size, the rules a small part).
    for top, last in inked_runs(rules.any(axis=1)):
        first, end = top * step, min(grey.shape[0], (last + 1) * step)
        band = grey[first:end]
        # A scanned column rule's blurred edge (grey, lighter than RULE_ERASE_DARKNESS) goes with it: left, it
        # is a faint line that Tesseract reads as "|" or lets swallow the text beside it. (Not an underline's:
        # the descenders it runs through would thin, "p", "g", "y" read as "n", "a", "v".)
        edge = _widened_across(_full_size(down[top:last + 1], step, band.shape))
        dark = band < RULE_ERASE_DARKNESS
        band[(_full_size(rules[top:last + 1], step, band.shape) & dark)
             | (edge & ~dark & (band < RULE_HALO_LIGHTNESS))] = 255
    return Image.fromarray(grey)


def dark_bars(grey: numpy.ndarray, dark: numpy.ndarray, resolution: float) -> list[tuple[int, int, int, int]]:
    """(top, bottom, left, right) pixels, ends excluded, of the dark bars with light letters on a page's `grey`
    pixels at `resolution` dots per inch, `dark` those darker than RULE_ERASE_DARKNESS (BAR_MIN_ROW_SHARE ...)."""
    bars = []
    for top, last in inked_runs(dark.mean(axis=1) >= BAR_MIN_ROW_SHARE):
        if not BAR_MIN_INCHES * resolution <= last + 1 - top <= BAR_MAX_INCHES * resolution:
            continue
        columns = inked_runs(dark[top:last + 1].mean(axis=0) >= BAR_MIN_COLUMN_SHARE)
        left, right = max(columns, key=lambda run: run[1] - run[0], default=(0, -1))
        if right + 1 - left < BAR_MIN_WIDTH_INCHES * resolution:
            continue
        letters = float((grey[top:last + 1, left:right + 1] >= BAR_LETTER_LIGHTNESS).mean())
        if BAR_LETTERS_SHARE[0] <= letters <= BAR_LETTERS_SHARE[1]:
            bars.append((top, last + 1, left, right + 1))
    return bars


def _bars_turned(image: Image.Image, bars: list[tuple[int, int, int, int]], step: int) -> Image.Image:
    """The page with its dark bars (found on a copy `step` times coarser) turned light, their letters dark."""
    grey = numpy.array(image)
    for top, bottom, left, right in bars:
        grey[top * step:bottom * step, left * step:right * step] = 255 - grey[top * step:bottom * step,
                                                                               left * step:right * step]
    return Image.fromarray(grey)


def _widened_across(mask: numpy.ndarray) -> numpy.ndarray:
    """Set where the pixel or the one left or right of it is (widened() along the rows)."""
    wide = mask.copy()
    wide[:, 1:] |= mask[:, :-1]
    wide[:, :-1] |= mask[:, 1:]
    return wide


def _full_size(mask: numpy.ndarray, step: int, shape: tuple[int, ...]) -> numpy.ndarray:
    """A mask found on the coarse copy, at the page image's resolution (`shape`: the image's, or a band's of it)."""
    if step == 1:
        return mask
    full = numpy.zeros(shape[:2], dtype=bool)
    height, width = min(shape[0], mask.shape[0] * step), min(shape[1], mask.shape[1] * step)
    full[:height, :width] = numpy.repeat(numpy.repeat(mask, step, axis=0), step, axis=1)[:height, :width]
    return full


def widened(dark: numpy.ndarray) -> numpy.ndarray:
    """Dark where the pixel or the one above or below it is (the row, for a column of rows): a rule
    that steps a row stays one run."""
    wide = dark.copy()
    wide[1:] |= dark[:-1]
    wide[:-1] |= dark[1:]
    return wide


def inked_runs(inked: numpy.ndarray) -> list[tuple[int, int]]:
    """(first, last) index of each run of True in a row of flags (the inked rows of a strip)."""
    changes = numpy.flatnonzero(numpy.diff(numpy.concatenate(([0], inked.astype(numpy.int8), [0]))))
    return [(int(first), int(end) - 1) for first, end in zip(changes[::2], changes[1::2], strict=True)]


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


def save_pnm(image: Image.Image, path: Path) -> Path:
    """Uncompressed (PGM): Tesseract reads it at once; compressing would cost as much as reading."""
    image.save(path, format="PPM")
    return path


def densest_strip(image: Image.Image, dpi: float, share: float) -> Image.Image:
    """The band of `share` of the page's height holding the most ink (lines of its text), straightened
    and its rules erased. The band is found on the page as it is, and only it (with room for its lines'
    slant) is straightened: a small part of the work of straightening the page."""
    angle = deskew_angle(image, dpi)
    ink = (numpy.asarray(image) < DESKEW_DARKNESS).sum(axis=1)
    band = max(1, round(image.height * share))
    if band >= image.height:
        top, band = 0, image.height
    else:
        top = int(numpy.argmax(numpy.convolve(ink, numpy.ones(band, dtype=numpy.int64), mode="valid")))
    if abs(angle) < DESKEW_MIN_DEGREES:
        return without_rules(image.crop((0, top, image.width, top + band)), dpi)
    room = math.ceil(image.width * math.tan(math.radians(abs(angle))) / 2) + 1
    above, below = max(0, top - room), min(image.height, top + band + room)
    wide = image.crop((0, above, image.width, below)).rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    return without_rules(wide, dpi).crop((0, top - above, image.width, top - above + band))


def copy_jpeg(image: Image.Image, dpi: float) -> bytes:
    """The page image for the copy: at COPY_IMAGE_DPI at most, as JPEG."""
    scale = COPY_IMAGE_DPI / dpi
    if scale < 1:
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.BOX)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=COPY_JPEG_QUALITY)
    return buffer.getvalue()
