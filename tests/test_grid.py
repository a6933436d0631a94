"""A form's vote grid read from the page image (pipeline/ocr/grid.py): the members' names set vertically
over its narrow columns, its row labels and its marks. Grids are drawn here with Pillow, as a scanner
gives a printed form back."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.ocr import grid as ocr_grid
from pipeline.ocr.grid import GridRegion, find_columns, label_boxes, read_grids
from tests.system_packages import require

DPI = 300
LETTER = 36  # pixels: a capital of some 9 pt at 300 dpi
COLUMN = 52  # a member's column, between its rules
PITCH = 50  # from one row of the grid (or one stacked letter) to the next
LEFT = 260  # the first column's left rule (the row labels stand left of it)
TOP = 60  # the box over the names
NAMES_BOTTOM = 560  # the rule under the names
ROWS = ("Motion", "Second", "Ayes", "Nays", "Abstain")
ROWS_TOP = 620


def _grid(names: list[str], marked: dict[str, list[int]]) -> Image.Image:
    """A page's top left: a column per name ("" a line left blank), the name's capitals one under
    another, the rows under them marked with X in the columns listed per row."""
    font = ImageFont.load_default(size=LETTER)
    image = Image.new("L", (LEFT + len(names) * (COLUMN + 4) + 200, ROWS_TOP + PITCH * len(ROWS) + 100), 255)
    draw = ImageDraw.Draw(image)
    right = LEFT + len(names) * (COLUMN + 4)
    for i in range(len(names) + 1):
        x = LEFT + i * (COLUMN + 4)
        draw.rectangle((x, TOP, x + 3, image.height - 20), fill=0)
    draw.rectangle((LEFT, TOP, right, TOP + 3), fill=0)
    draw.rectangle((40, NAMES_BOTTOM, right + 150, NAMES_BOTTOM + 3), fill=0)
    for i, name in enumerate(names):
        for n, letter in enumerate(name):
            x = LEFT + i * (COLUMN + 4) + 4 + COLUMN // 2
            draw.text((x, TOP + 20 + n * PITCH), letter, font=font, fill=0, anchor="mt")
    for r, label in enumerate(ROWS):
        y = ROWS_TOP + r * PITCH
        draw.text((60, y), label, font=font, fill=0, anchor="lt")
        for i in marked.get(label, []):
            draw.text((LEFT + i * (COLUMN + 4) + 4 + COLUMN // 2, y), "X", font=font, fill=0, anchor="mt")
    return image


NAMES = ["BRAUN", "DE BECK", "LOPEZ"]
MARKS = {"Motion": [2], "Second": [1], "Ayes": [0, 1, 2]}


def test_the_columns_their_stacked_letters_and_marks_are_found_by_the_rules() -> None:
    dark = numpy.asarray(_grid(NAMES, MARKS)) < 160
    columns = find_columns(dark, DPI, ROWS_TOP - 10)
    assert len(columns) == 3
    assert [len(column.letters) for column in columns] == [5, 6, 5]
    assert [column.spaces for column in columns] == [set(), {2}, set()]  # "DE BECK": a line left blank
    row = {label: ROWS_TOP + r * PITCH + LETTER / 2 for r, label in enumerate(ROWS)}
    for i, column in enumerate(columns):
        wanted = sorted(row[label] for label, marked in MARKS.items() if i in marked)
        assert column.marks == pytest.approx(wanted, abs=LETTER / 2)
    assert len(label_boxes(dark[:, :columns[0].x0], ROWS_TOP - 10, LETTER)) == 2  # Motion, Second: who moved


def test_no_grid_without_narrow_ruled_columns() -> None:
    dark = numpy.zeros((400, 600), dtype=bool)
    dark[20:400, 100:104] = True  # one rule: no column
    assert find_columns(dark, DPI, 300) == []


@pytest.fixture(scope="module")
def tesseract() -> None:
    require("tesseract-ocr", "tesseract-ocr-eng")


def _pdf(image: Image.Image, path: Path) -> Path:
    image.save(path, "PDF", resolution=DPI)
    return path


def _region(image: Image.Image) -> GridRegion:
    scale = 72 / DPI
    return GridRegion(left=40 * scale, right=image.width * scale, names_bottom=(ROWS_TOP - 10) * scale,
                      bottom=image.height * scale)


def test_the_names_labels_and_marks_are_read_with_one_tesseract_call(tesseract, tmp_path, monkeypatch) -> None:
    image = _grid(NAMES, MARKS)
    pdf = _pdf(image, tmp_path / "grid.pdf")
    calls = []
    run = ocr_grid.subprocess.run
    monkeypatch.setattr(ocr_grid.subprocess, "run", lambda *args, **kwargs: calls.append(args) or run(*args, **kwargs))
    grids = read_grids(pdf, {1: _region(image), 2: _region(image)})  # page 2 is not there: left out
    assert list(grids) == [1] and len(calls) == 1
    grid = grids[1]
    assert [column.name for column in grid.columns] == NAMES
    assert [text for _, text in grid.rows] == ["Motion", "Second"]  # the labels that tell who moved and seconded
    motion_y = next(y for y, text in grid.rows if text == "Motion")
    assert [column.name for column in grid.columns if any(abs(mark - motion_y) < 5 for mark in column.marks)] \
        == ["LOPEZ"]
    # kept beside the OCR'd copy: read again from there, for the same regions only
    assert read_grids(pdf, {1: _region(image), 2: _region(image)}) == grids and len(calls) == 1
    read_grids(pdf, {1: _region(image)})
    assert len(calls) == 2


def test_a_name_not_read_whole_is_left_empty(tesseract, tmp_path) -> None:
    # a column whose letters were never printed, and one whose letters are blots no reader can tell
    image = _grid(["BRAUN", "", "LOPEZ"], MARKS)
    draw = ImageDraw.Draw(image)
    x = LEFT + 2 * (COLUMN + 4) + 12
    for n in range(5):
        draw.ellipse((x, TOP + 20 + n * PITCH, x + 30, TOP + 20 + n * PITCH + 30), fill=0)
    grid = read_grids(_pdf(image, tmp_path / "grid.pdf"), {1: _region(image)})[1]
    assert [column.name for column in grid.columns] == ["BRAUN", "", ""]


def test_pages_whose_columns_line_up_are_read_once(tesseract, tmp_path) -> None:
    first, second = _grid(NAMES, MARKS), _grid(NAMES, {})
    pdf = tmp_path / "grid.pdf"
    first.save(pdf, "PDF", resolution=DPI, save_all=True, append_images=[second])
    lines = []
    laid_out = ocr_grid.laid_out

    def spy(pieces, height):
        lines.append(len(pieces))
        return laid_out(pieces, height)

    ocr_grid.laid_out, original = spy, ocr_grid.laid_out
    try:
        grids = read_grids(pdf, {1: _region(first), 2: _region(second)})
    finally:
        ocr_grid.laid_out = original
    assert [column.name for column in grids[2].columns] == NAMES
    assert lines == [len(NAMES) + 2 * 2]  # the names once; each page's Motion and Second labels


def test_the_labels_read_are_the_first_two_rows_of_each_vote() -> None:
    """Two votes of five rows each, the second further down: their Motion and Second labels."""
    dark = numpy.zeros((1000, 300), dtype=bool)
    dark[:, 290:294] = True  # the first column's rule
    tops = [100 + 40 * r for r in range(5)] + [400 + 40 * r for r in range(5)]
    for top in tops:
        dark[top:top + 25, 20:200] = True
    boxes = label_boxes(dark, 90, 25)
    assert [box[1] for box in boxes] == [100, 140, 400, 440]
