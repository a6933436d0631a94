"""Table rules drawn on a scanned page's image, found as pdfplumber edges."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy
import pypdfium2 as pdfium

from pipeline.ocr.render import inked_runs

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
    return [(int(row), first, last + 1) for row in numpy.flatnonzero(marked.sum(axis=1) >= min_length)
            for first, last in inked_runs(marked[row]) if last + 1 - first >= min_length]


def _edge(orientation: str, at: float, start: int, end: int, scale: float) -> dict:
    """A pdfplumber edge, in points, for a rule found on the page image."""
    if orientation == "h":
        x0, x1, top, bottom = start / scale, end / scale, at / scale, at / scale
    else:
        x0, x1, top, bottom = at / scale, at / scale, start / scale, end / scale
    return {"object_type": "line", "orientation": orientation, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "width": x1 - x0, "height": bottom - top}
