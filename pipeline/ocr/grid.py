"""A form's vote grid read from the page image: the names set vertically over it, its marks, its rows.

A board's minutes kept on a form (structure/forms.py) rule a narrow column per member at the left,
the member's name set over it one upright capital per line (B/R/A/U/N), the rows Present / Motion
/ Second / Ayes ... marked with X under it. Tesseract reads such stacked letters as noise (they are
left out, ocr/words.py), and may miss a mark or a row's label. Here, on the pages structure/forms.py
finds a grid on, the columns are found by their rules on the OCR'd copy's page image; each column's
letters are cut apart at the blank rows between them and laid side by side, every column a line of
one small image, with the labels of each vote's first two rows (Motion, Second), and that image is
read by one Tesseract call, in letters only. A line left blank between two letters ("D E / / B E C K")
is a space. Pages whose columns line up with a page read before (the form is the same on every page)
take its names without reading them again. Each column's marks are found on the image. The result is
kept beside the OCR'd copy (in the OCR cache), so a re-run reads no image.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import astuple, dataclass, field
from pathlib import Path

import numpy
import pypdfium2 as pdfium
from PIL import Image

from pipeline.ocr.cache import keep_beside, kept_beside
from pipeline.ocr.render import inked_runs, save_pnm, widened
from pipeline.ocr.tesseract import find_program, pieces_command
from pipeline.ocr.words import OcrWord, tsv_words
from pipeline.pdf.extract import FormGrid, GridColumn
from pipeline.rules import GRID_LETTERS

# The part of the page searched is rendered at this resolution: capitals of 9-12 pt are 35-50 px high.
GRID_DPI = 300
GRID_DARKNESS = 160
# A column's rule is a run of dark pixels at least this long (longer than any letter's stem) reaching
# down to the grid's first row; a pixel of slant per column of pixels is allowed.
RULE_MIN_INCHES = 0.5
# A pixel column dark over this share of the column's height is the edge of its rule.
RULE_EDGE_SHARE = 0.5
# A row of a column with fewer dark pixels than this holds no letter (a speck of the scan).
LETTER_MIN_PIXELS = 2
# Ink at a column's edge this narrow, apart from the letter, is a rule's edge.
SLIVER_INCHES = 0.012
# A member's column is this wide between its rules (a capital and a little room).
COLUMN_MIN_INCHES = 0.06
COLUMN_MAX_INCHES = 0.45
# The grid has at least this many member columns side by side.
GRID_MIN_COLUMNS = 2
# A row of pixels dark across this share of the grid's width is a rule drawn across it (the box's
# top, the line under the names): no letter.
ACROSS_RULE_SHARE = 0.85
# Runs of dark rows at most this share of a letter's height apart are one letter (a broken stroke);
# a run less than MIN_LETTER_SHARE of the median letter's height is a speck.
LETTER_JOIN_SHARE = 0.12
MIN_LETTER_SHARE = 0.4
# A run of rows n letters tall, less this share of one, is n letters set touching.
TOUCHING_SLACK = 0.3
# A mark under the names is at most this many letters tall (no rule down the column).
MARK_MAX_HEIGHT = 2.0
# A row label is at most this many letters tall (with its descenders).
LABEL_MAX_HEIGHT = 2.0
# The labels read of each vote's rows: the first two (Motion, Second) tell the rows that name members.
# Rows up to VOTE_ROWS_PITCH times the grid's usual pitch apart are one vote's.
LABELS_READ = 2
VOTE_ROWS_PITCH = 1.25
# Between two letters of a name, a gap this many letter heights more than the usual gap is a space;
# LETTERS_END lines left blank end the name (what follows is no part of it).
SPACE_EXTRA = 0.6
LETTERS_END = 2.0
# Laid side by side: a letter's room after it (share of the letter height), a space's, a line's.
LETTER_SPACING = 0.25
WORD_SPACING = 1.1
LINE_SPACING = 1.0
# Pages' columns line up when each edge, from the grid's first rule, is this close (inches).
SAME_COLUMN_INCHES = 0.05
GRID_TESSERACT_SECONDS = 30.0
_GRID_FORMAT = 1  # the grids kept beside the OCR'd copy: read again when this changes
# Read with the row labels, in both cases: a capital I read as "l" (names are capitals only).
_AS_CAPITAL = {"l": "I"}


@dataclass(frozen=True)
class GridRegion:
    """Where on a page a vote grid stands (points): between `left` and `right`; its names above
    `names_bottom` (the grid's first row label), its rows down to `bottom` (its last row label)."""

    left: float
    right: float
    names_bottom: float
    bottom: float


@dataclass
class _Column:
    x0: int  # the inside of the column, in pixels of the rendered region
    x1: int
    letters: list[tuple[int, int]]  # rows (top, bottom) of each letter, top down
    spaces: set[int]  # indexes of the letters a space comes before
    marks: list[float] = field(default_factory=list)  # the middle row of each mark under the name


@dataclass
class _PageGrid:
    page: int
    origin: float  # the region's left edge on the page (points)
    columns: list[_Column]
    labels: list[tuple[int, int, int, int]]  # the row labels' boxes (x0, top, x1, bottom), pixels
    image: numpy.ndarray  # the region rendered, grey (its top is the page's)


def read_grids(pdf: Path, regions: dict[int, GridRegion]) -> dict[int, FormGrid]:
    """The grid of each page in `regions`: its member columns with the names set over them and
    where each is marked, and its row labels, all read by one Tesseract call. A page whose columns
    are not found is left out; a name not read whole is "". Kept beside the OCR'd copy `pdf` (in
    the OCR cache: a re-run reads it from there) for the same regions."""
    kept = pdf.with_name(f"{pdf.stem}.grid.json")
    key = {"format": _GRID_FORMAT, "regions": {str(page): [round(value, 1) for value in astuple(region)]
                                               for page, region in sorted(regions.items())}}
    found = _from_file(kept, key)
    if found is not None:
        return found
    grids = _read_grids(pdf, regions)
    _to_file(kept, key, grids)
    return grids


def _from_file(path: Path, key: dict) -> dict[int, FormGrid] | None:
    kept = kept_beside(path, key, "grids")
    if kept is None:
        return None
    try:
        return {int(page): FormGrid(
            tuple(GridColumn(x0, x1, name, tuple(marks)) for x0, x1, name, marks in grid["columns"]),
            tuple((y, text) for y, text in grid["rows"])) for page, grid in kept.items()}
    except (AttributeError, KeyError, TypeError, ValueError):  # not a file this wrote: read the image again
        return None


def _to_file(path: Path, key: dict, grids: dict[int, FormGrid]) -> None:
    keep_beside(path, key, "grids", {str(page): {"columns": [[c.x0, c.x1, c.name, list(c.marks)] for c in grid.columns],
                                                 "rows": [list(row) for row in grid.rows]}
                                     for page, grid in grids.items()})


def _read_grids(pdf: Path, regions: dict[int, GridRegion]) -> dict[int, FormGrid]:
    grids = _page_grids(pdf, regions)
    if not grids:
        return {}
    read_from: dict[int, int] = {}  # page -> the page whose names it takes
    for grid in grids:
        same = next((other for other in grids if other.page in read_from.values() and _line_up(grid, other)), None)
        read_from[grid.page] = same.page if same is not None else grid.page
    named = [(grid, column) for grid in grids if read_from[grid.page] == grid.page for column in grid.columns]
    labels = [(grid, box) for grid in grids for box in grid.labels]
    names, label_texts = _read(named, labels)
    by_page: dict[int, list[str]] = {}
    for (grid, _), name in zip(named, names, strict=True):
        by_page.setdefault(grid.page, []).append(name)
    scale = 72 / GRID_DPI
    rows: dict[int, list[tuple[float, str]]] = {}
    for (grid, (_, top, _, bottom)), text in zip(labels, label_texts, strict=True):
        rows.setdefault(grid.page, []).append((round((top + bottom) / 2 * scale, 1), text))
    return {grid.page: FormGrid(
        columns=tuple(GridColumn(grid.origin + column.x0 * scale, grid.origin + column.x1 * scale, name,
                                 tuple(round(y * scale, 1) for y in column.marks))
                      for column, name in zip(grid.columns, by_page[read_from[grid.page]], strict=True)),
        rows=tuple(rows.get(grid.page, [])))
        for grid in grids}


# -- the columns on the image ------------------------------------------------------------------

def _page_grids(pdf: Path, regions: dict[int, GridRegion]) -> list[_PageGrid]:
    grids = []
    document = pdfium.PdfDocument(str(pdf))
    try:
        for page, region in sorted(regions.items()):
            if not 1 <= page <= len(document) or region.right <= region.left or region.names_bottom <= 0:
                continue
            image = _render_region(document[page - 1], region)
            names_bottom = round(region.names_bottom * GRID_DPI / 72)
            dark = image < GRID_DARKNESS
            columns = find_columns(dark, GRID_DPI, names_bottom)
            if columns:
                labels = label_boxes(dark[:, :columns[0].x0], names_bottom, _letter_height(columns))
                grids.append(_PageGrid(page, region.left, columns, labels, image))
    finally:
        document.close()
    return grids


def _render_region(pdf_page: pdfium.PdfPage, region: GridRegion) -> numpy.ndarray:
    width, height = pdf_page.get_size()
    left, right = max(0.0, region.left), min(width, region.right)
    bottom = min(height, max(region.bottom, region.names_bottom))
    crop = (left, height - bottom, width - right, 0)  # pdfium crops from the left, bottom, right, top
    bitmap = pdf_page.render(scale=GRID_DPI / 72, grayscale=True, crop=crop)
    return numpy.asarray(bitmap.to_pil().convert("L"))


def find_columns(dark: numpy.ndarray, dpi: float, names_bottom: int) -> list[_Column]:
    """The member columns of a grid whose rules reach down to row `names_bottom` (the grid's first
    row), with the rows of the letters set in each above it and the marks in each under it: the
    narrow columns side by side that are the most; none when fewer than GRID_MIN_COLUMNS."""
    rules = _vertical_rules(dark[:names_bottom], round(RULE_MIN_INCHES * dpi))
    best: list[tuple[int, int, int]] = []  # (inside left, inside right, top of the rules)
    run: list[tuple[int, int, int]] = []
    for (_left0, left1, left_top), (right0, _, right_top) in zip(rules, rules[1:], strict=False):
        width = right0 - left1 - 1
        if COLUMN_MIN_INCHES * dpi <= width <= COLUMN_MAX_INCHES * dpi:
            run.append((left1 + 1, right0 - 1, max(left_top, right_top)))
            best = max(best, run, key=len)
        else:
            run = []
    if len(best) < GRID_MIN_COLUMNS:
        return []
    top = min(column[2] for column in best)
    across = _across_rules(dark, best[0][0], best[-1][1])
    columns = []
    for x0, x1, _ in best:
        x0, x1 = _inside(dark[top:names_bottom], x0, x1)
        letters, spaces = _letters(dark[:names_bottom, x0:x1 + 1], across[:names_bottom], top)
        columns.append(_Column(x0, x1, letters, spaces))
    height = _letter_height(columns)
    for column in columns:
        ends = [bottom for _, bottom in column.letters]
        start = max(ends) + 1 if ends else names_bottom
        column.marks = _marks(dark[:, column.x0:column.x1 + 1], across, start, height)
    return columns


def _vertical_rules(dark: numpy.ndarray, length: int) -> list[tuple[int, int, int]]:
    """The vertical rules reaching the bottom row: (first x, last x, top) of each, left to right.
    A rule's pixel columns are merged; its top is where its run of dark pixels (allowing a pixel
    of slant) upward from the bottom ends."""
    height = dark.shape[0]
    wide = dark.copy()
    wide[:, 1:] |= dark[:, :-1]
    wide[:, :-1] |= dark[:, 1:]
    # the length of the dark run ending at the bottom row, per pixel column
    light = ~wide[::-1]
    ends = numpy.where(light.any(axis=0), light.argmax(axis=0), height)
    is_rule = ends >= length
    rules: list[tuple[int, int, int]] = []
    for x in numpy.flatnonzero(is_rule):
        top = height - int(ends[x])
        if rules and x == rules[-1][1] + 1:
            rules[-1] = (rules[-1][0], int(x), min(rules[-1][2], top))
        else:
            rules.append((int(x), int(x), top))
    # the widening made each rule a pixel wider on both sides
    return [(x0 + 1, x1 - 1, top) if x1 - x0 >= 2 else (x0, x1, top) for x0, x1, top in rules]


def _letter_height(columns: list[_Column]) -> float:
    """The median height of the names' letters (pixels); an eighth of an inch with none."""
    return float(numpy.median([b - a + 1 for column in columns for a, b in column.letters] or [GRID_DPI / 8]))


def label_boxes(dark: numpy.ndarray, names_bottom: int, height: float) -> list[tuple[int, int, int, int]]:
    """The boxes (x0, top, x1, bottom) of the row labels left of the grid's columns that tell a
    vote's Motion and Second rows, from a little over `names_bottom` down: runs of inked rows about
    a letter's height (with its descenders), the first LABELS_READ of each vote's rows (rows set
    at the grid's pitch; the rows of the next vote stand further down)."""
    start = max(0, names_bottom - round(height))
    ruled = numpy.flatnonzero(dark[names_bottom:].mean(axis=0) >= RULE_EDGE_SHARE)  # the first column's rule
    end = int(ruled[0]) - round(SLIVER_INCHES * GRID_DPI) if ruled.size else dark.shape[1]
    if end <= 0:
        return []
    strip = dark[start:, :end]
    inked = strip.sum(axis=1) >= LETTER_MIN_PIXELS
    boxes = []
    for first, last in inked_runs(inked):
        if MIN_LETTER_SHARE * height <= last + 1 - first <= LABEL_MAX_HEIGHT * height:
            xs = numpy.flatnonzero(strip[first:last + 1].any(axis=0))
            boxes.append((int(xs[0]), start + first, int(xs[-1]), start + last))
    return _first_of_each_vote(boxes)


def _first_of_each_vote(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    steps = [b[1] - a[1] for a, b in zip(boxes, boxes[1:], strict=False)]
    if not steps:
        return boxes
    pitch = float(numpy.median(steps))
    kept, in_vote = [boxes[0]], 1
    for step, box in zip(steps, boxes[1:], strict=True):
        in_vote = in_vote + 1 if step <= VOTE_ROWS_PITCH * pitch else 1
        if in_vote <= LABELS_READ:
            kept.append(box)
    return kept


def _inside(dark: numpy.ndarray, x0: int, x1: int) -> tuple[int, int]:
    """The column without the edges of its rules (grey at a scan's resolution, so not found as
    rule): pixel columns at either side dark down most of the way."""
    while x1 - x0 > 2 and dark[:, x0].mean() >= RULE_EDGE_SHARE:
        x0 += 1
    while x1 - x0 > 2 and dark[:, x1].mean() >= RULE_EDGE_SHARE:
        x1 -= 1
    return x0, x1


def _across_rules(dark: numpy.ndarray, x0: int, x1: int) -> numpy.ndarray:
    """Per row: whether a rule is drawn across the grid's columns there (or a pixel above or below)."""
    return widened(dark[:, x0:x1 + 1].mean(axis=1) >= ACROSS_RULE_SHARE)


def _letters(column: numpy.ndarray, across: numpy.ndarray, top: int) -> tuple[list[tuple[int, int]], set[int]]:
    """The rows of the letters in a column, top down from its rules' top to the first rule drawn
    across the grid under them; and the letters a space comes before."""
    # a row dark across the column is a rule drawn across it, even where the rule dips (a scan)
    across = across | widened(column.mean(axis=1) >= ACROSS_RULE_SHARE)
    edge = min(max(1, round(SLIVER_INCHES * GRID_DPI)), column.shape[1] // 4)
    inked = (column[:, edge:-edge].sum(axis=1) >= LETTER_MIN_PIXELS) & ~across  # not a sliver of a rule
    runs = [[top + first, top + last] for first, last in inked_runs(inked[top:])]
    # stop at the first rule across the grid under the first letter
    if runs:
        below = numpy.flatnonzero(across[runs[0][0]:]) + runs[0][0]
        if below.size:
            runs = [run for run in runs if run[1] < below[0]]
    if not runs:
        return [], set()
    height = float(numpy.median([bottom - top_ + 1 for top_, bottom in runs]))
    joined: list[list[int]] = []
    for run in runs:
        if joined and run[0] - joined[-1][1] - 1 <= LETTER_JOIN_SHARE * height:
            joined[-1][1] = run[1]
        else:
            joined.append(run)
    height = float(numpy.median([bottom - top_ + 1 for top_, bottom in joined]))
    ink = column.sum(axis=1)
    letters = [piece for a, b in joined if b - a + 1 >= MIN_LETTER_SHARE * height
               for piece in _split_touching(a, b, height, ink)]
    if not letters:
        return [], set()
    gaps = [b[0] - a[1] - 1 for a, b in zip(letters, letters[1:], strict=False)]
    usual = float(numpy.median(gaps)) if gaps else 0.0
    kept, spaces = [letters[0]], set()
    for gap, letter in zip(gaps, letters[1:], strict=True):
        if gap >= usual + LETTERS_END * (height + usual):
            break
        if gap > usual + SPACE_EXTRA * height:
            spaces.add(len(kept))
        kept.append(letter)
    return kept, spaces


def _split_touching(top: int, bottom: int, height: float, ink: numpy.ndarray) -> list[tuple[int, int]]:
    """A run of rows as tall as two letters or more is letters set touching ("L" on "O"): cut where
    the fewest pixels are dark near each letter's expected end."""
    count = int((bottom - top + 1) / height + TOUCHING_SLACK)
    if count < 2:
        return [(top, bottom)]
    pieces, start = [], top
    for n in range(1, count):
        near = round(top + n * (bottom - top + 1) / count)
        low, high = max(start + 1, near - round(height / 4)), min(bottom - 1, near + round(height / 4))
        cut = low + int(numpy.argmin(ink[low:high + 1])) if high > low else near
        pieces.append((start, cut - 1))
        start = cut + 1
    pieces.append((start, bottom))
    return pieces


def _marks(column: numpy.ndarray, across: numpy.ndarray, start: int, height: float) -> list[float]:
    """The middle rows of the marks in a column from row `start` down: runs of inked rows (rules
    drawn across left out) about a letter's height, not specks."""
    edge = min(max(1, round(SLIVER_INCHES * GRID_DPI)), column.shape[1] // 4)
    inked = (column[start:, edge:-edge].sum(axis=1) >= LETTER_MIN_PIXELS) & ~across[start:]
    return [start + (first + last) / 2 for first, last in inked_runs(inked)
            if MIN_LETTER_SHARE * height <= last + 1 - first <= MARK_MAX_HEIGHT * height]


def _line_up(grid: _PageGrid, other: _PageGrid) -> bool:
    """Whether two pages' grids have the same columns (measured from each one's first rule: a scanned
    page lies a little differently on the glass)."""
    if len(grid.columns) != len(other.columns):
        return False
    slack = SAME_COLUMN_INCHES * GRID_DPI
    start, other_start = grid.columns[0].x0, other.columns[0].x0
    return all(abs((a.x0 - start) - (b.x0 - other_start)) <= slack and abs((a.x1 - start) - (b.x1 - other_start))
               <= slack for a, b in zip(grid.columns, other.columns, strict=True))


# -- reading the letters -----------------------------------------------------------------------

def laid_out(pieces: list[list[tuple[numpy.ndarray, bool]]], height: int) -> tuple[Image.Image, list[tuple[int, int]]]:
    """One image of lines of pieces (grey images) set side by side, each with whether a space comes
    before it, for letters `height` pixels high; and the rows (top, bottom) of each line."""
    margin = height
    width = max((sum(letter.shape[1] + round(height * LETTER_SPACING) + (round(height * WORD_SPACING) if space else 0)
                     for letter, space in line) for line in pieces), default=1)
    line_height = max((letter.shape[0] for line in pieces for letter, _ in line), default=height)
    pitch = line_height + round(LINE_SPACING * height)
    canvas = numpy.full((2 * margin + pitch * len(pieces), 2 * margin + width), 255, dtype=numpy.uint8)
    bands = []
    for n, line in enumerate(pieces):
        y, x = margin + n * pitch, margin
        for letter, space in line:
            x += round(height * WORD_SPACING) if space else 0
            bottom = y + line_height  # letters stand on the line's baseline
            canvas[bottom - letter.shape[0]:bottom, x:x + letter.shape[1]] = numpy.minimum(
                canvas[bottom - letter.shape[0]:bottom, x:x + letter.shape[1]], letter)
            x += letter.shape[1] + round(height * LETTER_SPACING)
        bands.append((y, y + line_height))
    return Image.fromarray(canvas), bands


def _letter_image(cell: numpy.ndarray) -> numpy.ndarray:
    """A letter cut from its column: its inked pixel columns, without a sliver of a rule's edge
    apart from it at either side (Tesseract reads one as "I")."""
    spans = inked_runs((cell < GRID_DARKNESS).any(axis=0))
    sliver = max(1, round(SLIVER_INCHES * GRID_DPI))
    if len(spans) > 1 and spans[0][0] == 0 and spans[0][1] - spans[0][0] < sliver:
        spans.pop(0)
    if len(spans) > 1 and spans[-1][1] == cell.shape[1] - 1 and spans[-1][1] - spans[-1][0] < sliver:
        spans.pop()
    return cell[:, spans[0][0]:spans[-1][1] + 1] if spans else cell


def _read(columns: list[tuple[_PageGrid, _Column]],
          labels: list[tuple[_PageGrid, tuple[int, int, int, int]]]) -> tuple[list[str], list[str]]:
    """The name of each column and the text of each row label, read by one Tesseract call, each
    a line of one image: a column's letters side by side, a label as it is. A name is "" where its
    letters were not all read (a letter missed, two read as one) or the column holds none."""
    readable = [(grid, column) for grid, column in columns if len(column.letters) >= 2]
    if not readable and not labels or find_program("tesseract") is None:
        return [""] * len(columns), [""] * len(labels)
    height = round(_letter_height([column for _, column in readable]))
    lines = [[(_letter_image(grid.image[top:bottom + 1, column.x0:column.x1 + 1]), i in column.spaces)
              for i, (top, bottom) in enumerate(column.letters)] for grid, column in readable]
    lines += [[(grid.image[top:bottom + 1, x0:x1 + 1], False)] for grid, (x0, top, x1, bottom) in labels]
    image, bands = laid_out(lines, height)
    texts = _tesseract_lines(image, bands)
    read = {id(column): _name(text, column) for (_, column), text in zip(readable, texts, strict=False)}
    return [read.get(id(column), "") for _, column in columns], texts[len(readable):]


def _name(text: str, column: _Column) -> str:
    """The name read, if it has as many letters as the column shows, with a space where the column
    leaves a line blank ("DE BECK": Tesseract may not see the gap laid side by side); else ""."""
    letters = [_AS_CAPITAL.get(char, char).upper() for char in text if char.isalpha() or char in _AS_CAPITAL]
    if len(letters) != len(column.letters):
        return ""
    return "".join(f" {char}" if i in column.spaces else char for i, char in enumerate(letters))


def _tesseract_lines(image: Image.Image, bands: list[tuple[int, int]]) -> list[str]:
    """The text Tesseract reads on each band of rows of `image` ("" where it read nothing)."""
    return [" ".join(word.text for word in line) for line in band_words(image, bands, GRID_LETTERS, GRID_DPI)]


def band_words(image: Image.Image, bands: list[tuple[int, int]], letters: str, dpi: int) -> list[list[OcrWord]]:
    """The words Tesseract reads, in `letters` only, on each band of rows of `image` (pieces laid
    out by `laid_out`), left to right, with their confidence: one call for the whole image."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory(prefix="minutes-grid-") as scratch:
        picture = save_pnm(image, Path(scratch) / "pieces.pgm")
        base = Path(scratch) / "pieces"
        command = pieces_command(picture, base, letters, dpi)
        try:
            done = subprocess.run(command, capture_output=True, env=env, timeout=GRID_TESSERACT_SECONDS, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return [[] for _ in bands]
        tsv = base.with_suffix(".tsv")
        if done.returncode != 0 or not tsv.is_file():
            return [[] for _ in bands]
        words = tsv_words(tsv)
    lines: list[list[OcrWord]] = [[] for _ in bands]
    for word in words:
        middle = (word.box[1] + word.box[3]) / 2 * image.height
        for n, (top, bottom) in enumerate(bands):
            if top - 1 <= middle <= bottom + 1:
                lines[n].append(word)
    return [sorted(line, key=lambda word: word.box[0]) for line in lines]
