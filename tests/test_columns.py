"""Columns side by side (pipeline/pdf/columns.py): read one after the other, not row by row across."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.pdf.columns import find_gutter
from pipeline.pdf.extract import extract_layout

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
