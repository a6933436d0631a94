"""Columns of text side by side on a page: the gutter between them, and the order to read them in.

Rows of words are grouped by their height on the page; where a page holds two columns (a boxed
margin column of a French council's register, a club magazine's two columns), a row holds the words
of both, and the line read from it runs one column's text into the other's. A gutter is a band down
the page that no row's words cover, with rows of text on both sides; it is a gutter between columns,
not the space between a form's labels and their values, when each side also holds rows of its own
(a label has its value beside it, on its row; a column's lines fall where they fall).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import numpy

from pipeline.rules import (
    COLUMN_GUTTER_HEIGHTS,
    COLUMN_MAX_CROSSING_ROWS,
    COLUMN_MAX_HEAD_ROWS,
    COLUMN_MIN_OWN_ROWS,
    COLUMN_SIDEBAR_SHARE,
    SIDE_HEAD_MAX_WORDS,
    SIDE_HEAD_MIN_LABELS,
    SIDE_HEAD_MIN_LETTERS,
)


@dataclass(frozen=True)
class Gutter:
    """The x (points) between the columns (0: left, 1: right), and which of them is a margin column
    beside the text (None: both are text). The margin column is read after the text; else the left first.
    `top`: where the columns start (above it, rows across the page: a letterhead, the title)."""

    x: float
    margin: int | None = None
    top: float = 0.0

    @property
    def first(self) -> int:
        return 1 if self.margin == 0 else 0


def find_gutter(rows: list[list[dict]], page_width: float) -> Gutter | None:
    """The widest gutter between two columns of `rows` (words grouped into rows, top to bottom), or None; the columns
    may start below a head of rows across the page (COLUMN_MAX_HEAD_ROWS: a letterhead, the title)."""
    covered = _rows_covered(rows, page_width)  # (once: below each head, the rows under it are counted again)
    for head in range(min(COLUMN_MAX_HEAD_ROWS, len(rows) // 2) + 1):
        gutter = _gutter_of(rows[head:], covered[head:].sum(axis=0, dtype=numpy.int32))
        if gutter is not None:
            return Gutter(gutter.x, gutter.margin, min(word["top"] for word in rows[head]) if head else 0.0)
    return None


def _gutter_of(rows: list[list[dict]], cover: numpy.ndarray) -> Gutter | None:
    """The widest gutter between two columns of all of `rows`, `cover` how many of them have a word over each point
    across the page; or None."""
    words = [word for row in rows for word in row]
    if len(rows) < 2 * COLUMN_MIN_OWN_ROWS or not words:
        return None
    height = statistics.median(word["bottom"] - word["top"] for word in words)
    best: tuple[float, float] | None = None
    for band in _open_bands(cover, COLUMN_MAX_CROSSING_ROWS):
        start, end = _emptiest_run(cover, *band)
        if end - start < COLUMN_GUTTER_HEIGHTS * height or not cover[:start].any() or not cover[end:].any():
            continue
        x = (start + end) / 2
        if _own_rows(rows, x) and (best is None or end - start > best[1] - best[0]):
            best = (start, end)
    if best is None:
        return None
    x = (best[0] + best[1]) / 2
    return Gutter(x, _margin_column(rows, x))


def find_side_heads(rows: list[list[dict]], page_width: float) -> Gutter | None:
    """Where the text column begins on a page of side heads (short labels in a column at the left, each
    beside the first line of its text: "CALL TO ORDER   The meeting was called to order ..."), or None. Unlike
    a margin column's, the labels have few rows of their own (a label stands beside its text), so find_gutter
    takes them for a form; the text column has many (a paragraph's further lines)."""
    covered = _rows_covered(rows, page_width)
    for head in range(min(COLUMN_MAX_HEAD_ROWS, len(rows) // 2) + 1):
        below = rows[head:]
        cover = covered[head:].sum(axis=0, dtype=numpy.int32)
        words = [word for row in below for word in row]
        height = statistics.median(word["bottom"] - word["top"] for word in words) if words else 0.0
        for band in _open_bands(cover, COLUMN_MAX_CROSSING_ROWS):
            start, end = _emptiest_run(cover, *band)
            if end - start >= COLUMN_GUTTER_HEIGHTS * height and _labels_beside_text(below, (start + end) / 2, height):
                return Gutter((start + end) / 2, None, min(word["top"] for word in rows[head]) if head else 0.0)
    return None


def _labels_beside_text(rows: list[list[dict]], x: float, height: float) -> bool:
    """Rows left of `x` are side heads: SIDE_HEAD_MIN_LABELS labels (a few words, with letters: not a list's
    numbers) set at one left edge, each with text beside it; the text has COLUMN_MIN_OWN_ROWS rows of its own."""
    labels: list[list[dict]] = []
    text_only = 0
    for row in rows:
        left, right = _sides(row, x)
        if len(left) + len(right) < len(row):
            return False  # a word across the band: no column
        if left and right:
            labels.append(left)
        text_only += bool(right) and not left
    named = [label for label in labels if len(label) <= SIDE_HEAD_MAX_WORDS
             and sum(char.isalpha() for word in label for char in word["text"]) >= SIDE_HEAD_MIN_LETTERS]
    if len(named) < SIDE_HEAD_MIN_LABELS or len(named) < len(labels) / 2 or text_only < COLUMN_MIN_OWN_ROWS:
        return False
    edge = min(label[0]["x0"] for label in named)
    return sum(label[0]["x0"] - edge <= 2 * height for label in named) >= SIDE_HEAD_MIN_LABELS


def label_and_text(row: list[dict], heads: Gutter) -> tuple[list[dict], list[dict]]:
    """A row's side head and its text (find_side_heads); a row above the side heads is all text."""
    if min(word["top"] for word in row) < heads.top:
        return [], row
    return _sides(row, heads.x)


def split_at(row: list[dict], gutter: Gutter) -> list[list[dict]]:
    """A row's words in each column; the row whole where a word crosses the gutter, or above the columns."""
    if min(word["top"] for word in row) < gutter.top:
        return [row]
    sides = _sides(row, gutter.x)
    if len(sides[0]) + len(sides[1]) < len(row):
        return [row]
    return [side for side in sides if side]


def column_of(x0: float, x1: float, top: float, gutter: Gutter) -> int | None:
    """0 for the left column, 1 for the right, None for what spans the gutter or is above the columns (a title)."""
    if top < gutter.top:
        return None
    if x1 <= gutter.x:
        return 0
    if x0 >= gutter.x:
        return 1
    return None


def reading_key(top: float, column: int | None, gutter: Gutter, spans: list[float]) -> tuple[int, int, float]:
    """Sort key: the band between spanning rows (`spans`, their tops), then the column in reading
    order, then the height on the page."""
    band = sum(1 for span in spans if span <= top)
    order = 0 if column is None else (0 if column == gutter.first else 1)
    return band, order, top


def _rows_covered(rows: list[list[dict]], page_width: float) -> numpy.ndarray:
    """For each row, the points across the page that a word of it is over."""
    width = max(1, int(page_width) + 2)
    covered = numpy.zeros((len(rows), width), dtype=bool)
    for at, row in enumerate(rows):
        for word in row:
            covered[at, max(0, int(word["x0"])):max(0, min(width, int(word["x1"]) + 1))] = True
    return covered


def _open_bands(cover: numpy.ndarray, crossing: int) -> list[tuple[int, int]]:
    """(start, end) of each run of points covered by at most `crossing` rows."""
    open_ = numpy.concatenate(([0], (cover <= crossing).astype(numpy.int8), [0]))
    edges = numpy.flatnonzero(numpy.diff(open_))
    return [(int(start), int(end)) for start, end in zip(edges[::2], edges[1::2], strict=True)]


def _emptiest_run(cover: numpy.ndarray, start: int, end: int) -> tuple[int, int]:
    """The widest run of a band's points that the fewest rows cover (a column's own short lines may
    reach into a band the rows crossing it leave open)."""
    band = cover[start:end]
    runs = _open_bands(band, int(band.min()))
    first, last = max(runs, key=lambda run: run[1] - run[0])
    return start + first, start + last


def _sides(row: list[dict], x: float) -> tuple[list[dict], list[dict]]:
    """A row's words wholly left of `x`, and wholly right of it (a word across `x` is in neither)."""
    return [w for w in row if w["x1"] <= x], [w for w in row if w["x0"] >= x]


def _own_rows(rows: list[list[dict]], x: float) -> bool:
    """Each side of `x` holds COLUMN_MIN_OWN_ROWS rows of words with no words on the other side (a list's bullets,
    each a row of its own beside its item's, are no column)."""
    left = right = 0
    for row in rows:
        on_left, on_right = (any(_is_word(word) for word in words) for words in _sides(row, x))
        left += on_left and not on_right
        right += on_right and not on_left
    return left >= COLUMN_MIN_OWN_ROWS and right >= COLUMN_MIN_OWN_ROWS


def _is_word(word: dict) -> bool:
    return sum(char.isalnum() for char in word["text"]) >= 2


def _margin_column(rows: list[list[dict]], x: float) -> int | None:
    """The column whose lines are under COLUMN_SIDEBAR_SHARE of the other's width (a register's
    margin of dates and counts beside its text), if one is."""
    widths: tuple[list[float], list[float]] = ([], [])
    for row in rows:
        for side, words in enumerate(_sides(row, x)):
            if words:
                widths[side].append(max(w["x1"] for w in words) - min(w["x0"] for w in words))
    left, right = (statistics.median(side) if side else 0.0 for side in widths)
    if left < COLUMN_SIDEBAR_SHARE * right:
        return 0
    return 1 if right < COLUMN_SIDEBAR_SHARE * left else None
