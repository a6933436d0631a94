"""Columns side by side (pipeline/pdf/columns.py): read one after the other, not row by row across."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from pipeline.parse import parse_pdf
from pipeline.pdf.columns import find_gutter, find_side_heads
from pipeline.pdf.extract import extract_layout
from tests.scans import scan_pdf

MAIN = ["COMPTE RENDU du CONSEIL MUNICIPAL", "Ouverture de la séance",
        "Le quorum est atteint, Monsieur le Maire déclare la séance ouverte.",
        "Nomination du secrétaire", "Monsieur le Maire propose la candidature de Michel Martin.",
        "Vote : à l'unanimité", "Questions diverses", "Aucune question n'est posée.",
        "La séance est levée à vingt heures."]
MARGIN = ["Nombre de membres", "en exercice : 11", "présents : 8", "Date de la convocation :",
          "17 septembre 2021", "Objet :", "Compte rendu"]


def register_page(path: Path, boxed: bool) -> Path:
    """A council register's page: a narrow margin column of counts and dates beside the text, its
    lines at heights of their own (some level with the text's, some not); boxed, or not."""
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 10)
    for n, text in enumerate(MAIN):
        page.drawString(180, 760 - 24 * n, text)
    for n, text in enumerate(MARGIN):
        page.drawString(45, 760 - 24 * n - (0 if n % 2 else 9), text)  # every other line level with the text's
    if boxed:
        page.rect(38, 60, 130, 720)  # most of the page high, as a register's frames are
        page.rect(172, 60, 390, 720)
    page.save()
    return path


def test_a_margin_column_is_read_after_the_text_beside_it(tmp_path):
    for boxed in (False, True):
        lines = extract_layout(register_page(tmp_path / f"register-{boxed}.pdf", boxed)).lines
        assert [line.text for line in lines] == MAIN + MARGIN, boxed
        assert all(line.cell is None for line in lines), "boxes around columns are no table"


def test_a_forms_labels_and_their_values_stay_one_line(tmp_path):
    path = tmp_path / "form.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 10)
    rows = [("Present:", "Denis Juvin, Catherine Martel"), ("Absent:", "Valérie Upphoff"),
            ("Moved by:", "Catherine Martel"), ("Seconded by:", "Michel Martin"), ("Vote:", "8 for, 0 against"),
            ("Outcome:", "carried"), ("Next meeting:", "12 October"), ("Venue:", "Town hall")]
    for n, (label, value) in enumerate(rows):
        page.drawString(60, 760 - 16 * n, label)
        page.drawString(200, 760 - 16 * n, value)
    page.save()
    assert [line.text for line in extract_layout(path).lines] == [f"{label} {value}" for label, value in rows]


def word(x0: float, x1: float, top: float) -> dict:
    return {"x0": x0, "x1": x1, "top": top, "bottom": top + 10, "text": "w"}


def test_no_gutter_in_running_text_or_too_few_rows():
    prose = [[word(60, 100 + 7 * (n % 5), 100 + 14 * n), word(110 + 7 * (n % 5), 500, 100 + 14 * n)]
             for n in range(20)]
    assert find_gutter(prose, 595) is None
    few = [[word(40, 120, 100 + 14 * n)] for n in range(3)] + [[word(180, 500, 300 + 14 * n)] for n in range(3)]
    assert find_gutter(few, 595) is None


def test_a_margin_columns_lines_repeated_on_every_page_are_dropped_as_running_heads(tmp_path):
    path = tmp_path / "register.pdf"
    document = canvas.Canvas(str(path), pagesize=A4)
    for page_no in (1, 2):
        document.setFont("Helvetica", 10)
        for n, text in enumerate(MAIN):
            document.drawString(180, 760 - 24 * n, f"{text} ({page_no})")
        margin = ["Objet :", "Compte rendu", "conseil municipal du", f"{page_no}/2"]
        if page_no == 1:
            margin += ["Nombre de membres", "en exercice : 11", "présents : 8"]
        for n, text in enumerate(margin):
            document.drawString(45, 751 - 48 * n, text)
        document.showPage()
    document.save()
    texts = [line.text for line in extract_layout(path).lines]
    assert not {"Objet :", "Compte rendu", "conseil municipal du", "1/2", "2/2"} & set(texts)
    assert texts[len(MAIN):len(MAIN) + 3] == ["Nombre de membres", "en exercice : 11", "présents : 8"]  # after page 1


def test_a_sidebar_under_a_letterhead_across_the_page_is_read_after_the_text(tmp_path):
    """Regression (a library board's minutes): a letterhead and title across the page over a sidebar of trustees
    beside the minutes; the head's rows crossed the gutter, no column was found, and the names were read between
    the minutes' lines."""
    head = ["Approved by the Library Board on April 16, 2015", "900 Clark Avenue West, Vaughan, Ontario",
            "Tel. (905) 653-7323 * Fax (905) 709-1530 * Website: www.example.org",
            "The Library offers welcoming destinations that educate, excite and empower our community.",
            "MINUTES OF LIBRARY BOARD MEETING", "Thursday, March 19, 2015 - 7:00 p.m. - Dufferin Clark Library"]
    text = ["Present: D. Sandhu (Chair), M. Ahmed, L. Axmith", "Regrets: M. Ferri", "1. CALL TO ORDER",
            "As there was a quorum the Chair called the meeting to order.", "2. DISCLOSURES OF INTEREST",
            "There were no disclosures of interest.", "3. ADOPTION OF AGENDA", "MOTION CARRIED."]
    # (its posts repeated on the one page: no running head, which repeats on several)
    sidebar = ["Devender Sandhu", "Chair", "Mubarak Ahmed", "Trustee", "Lynne Axmith", "Trustee", "Mario Ferri"]
    path = tmp_path / "board.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 10)
    for n, line in enumerate(head):
        page.drawString(60 + 20 * (n % 3), 800 - 16 * n, line)
    for n, line in enumerate(text):
        page.drawString(170, 690 - 26 * n, line)
    page.setFont("Helvetica", 8)
    for n, line in enumerate(sidebar):
        page.drawString(50, 680 - 26 * n, line)  # at heights of their own, between the text's
    page.showPage()
    page.setFont("Helvetica", 10)
    page.drawString(170, 760, "4. ADJOURNMENT")
    page.save()
    assert [line.text for line in extract_layout(path).lines] == head + text + sidebar + ["4. ADJOURNMENT"]


def test_a_lists_bullets_set_apart_from_their_items_are_no_column():
    """Regression (an AGM's list of elected members): each bullet a row of its own, a little below its item's."""
    items = [[{**word(90, 500, 100 + 14 * n), "text": "Ordinary Members: Mark and James"}] for n in range(12)]
    bullets = [[{**word(72, 76, 103 + 14 * n), "text": "•"}] for n in range(8, 12)]
    assert find_gutter(items[:8] + [row for pair in zip(items[8:], bullets, strict=True) for row in pair], 595) is None


SIDE_HEADS = [
    ("CALL TO ORDER", "Chair Linda Marsh called the regular meeting of the Board of Trustees of the Fernwood Public "
                      "Library to order at 6:30 p.m. in the Community Room."),
    ("ROLL CALL", "Present: Linda Marsh, Robert Quinlan, Susan Ortega, Peter Haldane. Absent: Mary Doyle."),
    ("APPROVAL OF MINUTES", "Robert Quinlan moved to approve the minutes of the March 12, 2019 meeting as presented. "
                            "Susan Ortega seconded. Motion carried 4-0."),
    ("DIRECTOR'S REPORT", "Director Karen Pike reported that circulation rose by eight percent over the winter and "
                          "that the new roof will be installed in June."),
    ("NEW BUSINESS", "Susan Ortega moved to adopt the revised meeting room policy. Peter Haldane seconded. "
                     "Motion carried unanimously."),
    ("ADJOURNMENT", "The meeting was adjourned at 7:45 p.m."),
]


def side_heads_page(path: Path) -> Path:
    """Minutes set with side heads, as many a town's or a library board's are: each item's label in a column at
    the left, beside the first line of its text, a long label wrapped onto a second line."""
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 14)
    page.drawCentredString(298, 790, "Fernwood Public Library Board of Trustees")
    page.setFont("Helvetica", 12)
    page.drawCentredString(298, 772, "Minutes of the Regular Meeting, April 9, 2019")
    top = 740
    for label, text in SIDE_HEADS:
        page.setFont("Helvetica-Bold", 10)
        for n, part in enumerate(simpleSplit(label, "Helvetica-Bold", 10, 90)):
            page.drawString(60, top - 13 * n, part)
        page.setFont("Helvetica", 10)
        lines = simpleSplit(text, "Helvetica", 10, 340)
        for n, part in enumerate(lines):
            page.drawString(200, top - 13 * n, part)
        top -= 13 * len(lines) + 14
    page.save()
    return path


def test_side_heads_are_lines_of_their_own_read_before_their_text(tmp_path):
    """Regression (a town council's and a library board's real scans, rs19): each label was run into the line of text
    beside it ("APPROVAL OF Robert Quinlan moved ..."), so no item was a heading and movers were read as "OF Robert
    Quinlan"; a wrapped label's second line ran into its text's second line."""
    lines = [line.text for line in extract_layout(side_heads_page(tmp_path / "side-heads.pdf")).lines]
    labels = [label for label, _ in SIDE_HEADS]
    assert [text for text in lines if text in labels] == labels  # "APPROVAL OF MINUTES" joined again, too
    for label, text in SIDE_HEADS:
        assert lines[lines.index(label) + 1] == simpleSplit(text, "Helvetica", 10, 340)[0]


def test_side_heads_are_the_sections_of_a_scan_too(tmp_path):
    document = parse_pdf(scan_pdf(side_heads_page(tmp_path / "side-heads.pdf"), tmp_path / "scan.pdf"))
    assert [section.heading for section in document.sections] == [label for label, _ in SIDE_HEADS]
    assert [(motion.moved_by, motion.seconded_by) for motion in document.motions] == [
        ("Robert Quinlan", "Susan Ortega"), ("Susan Ortega", "Peter Haldane")]


def test_a_numbered_list_with_hanging_lines_has_no_side_heads():
    """An item's number set apart from its text, the text's further lines under the text: numbers are no labels."""
    rows = []
    for n in range(6):
        number = {**word(60, 72, 100 + 40 * n), "text": f"{n + 1}."}
        rows.append([number, {**word(90, 500, 100 + 40 * n), "text": "Item"}])
        rows.append([{**word(90, 480, 114 + 40 * n), "text": "goes on"}])
    assert find_side_heads(rows, 595) is None
