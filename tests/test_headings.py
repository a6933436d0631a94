"""Headings of real minutes: which blocks head sections, at which level, and the title.

Layouts are built line by line (no PDF), so each test is cheap and states the typography it relies on.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.numerals import cjk_value
from pipeline.pdf.extract import Cell, Layout, Line, _join_touching, clean_text
from pipeline.structure import build_structure, numbering_of
from pipeline.structure.headings import _styled_heading

RIGHT = 520.0  # the right edge of running text in these layouts


class Page:
    """Lines set one under another, 14 points apart, on page 1 unless told."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.top = 60.0

    def add(self, text: str, *, x: float = 72, x1: float | None = None, size: float = 11, bold: bool = False,
            gap: float = 0, page: int = 1, cell: Cell | None = None) -> Page:
        self.top += gap
        width = x1 if x1 is not None else min(RIGHT, x + len(text) * size * 0.5)
        self.lines.append(Line(text=text, page=page, x0=x, x1=width, top=self.top, bottom=self.top + size,
                               size=size, bold=bold, italic=False, cell=cell))
        self.top += size + 3
        return self

    def body(self, *texts: str, x: float = 72) -> Page:
        """A paragraph of running text: full lines, the last one short."""
        for i, text in enumerate(texts):
            self.add(text, x=x, x1=RIGHT if i < len(texts) - 1 else None, gap=8 if i == 0 else 0)
        return self

    def outline(self) -> list[tuple[str, int, int | None]]:
        structure = build_structure(Layout(lines=self.lines, page_count=max(line.page for line in self.lines)))
        return [(s.heading, s.level, s.parent_no) for s in structure.sections]

    def structure(self):
        return build_structure(Layout(lines=self.lines, page_count=max(line.page for line in self.lines)))


FILLER = ("The members discussed the item at some length and agreed the way forward for the",
          "coming year with thanks to all who had helped.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3b. Treasurer's report", ("sub", "3b")),
        ("Min. 12/24 Apologies", ("minute", "12/24")),
        ("AGM-2006/4 The Accounts were presented", ("minute", "2006/4")),
        ("19.05.03 Apologies", ("decimal", "19.05.03")),
        ("(c) Club website", ("lower", "c")),
    ],
)
def test_numbering_of_sub_items_and_minute_references(text, expected):
    assert numbering_of(text) == expected


def test_spacing_accents_go_onto_their_letters_but_apostrophes_stay():
    assert clean_text("R´eunion du comit´e") == "Réunion du comité"
    assert clean_text("Gr¨unde f¨ur") == "Gründe für"
    assert clean_text("Espa˜na") == "España"
    assert clean_text("don´t") == "don´t"  # an apostrophe typed as an accent


def test_words_cut_by_a_change_of_font_are_joined():
    words = [{"text": "O", "x0": 10.0, "x1": 19.1}, {"text": "ffi", "x0": 19.1, "x1": 28.7},
             {"text": "cers", "x0": 28.699999, "x1": 51.0}, {"text": "elected", "x0": 54.3, "x1": 90.0}]
    assert [w["text"] for w in _join_touching(words)] == ["Officers", "elected"]


def test_numbered_heading_on_its_own_line_is_split_from_its_body():
    page = Page().add("Annual General Meeting", size=16, bold=True)
    page.add("1) Welcome", gap=10).add("The chair welcomed the members to the meeting.", x=93)
    page.add("2) Apologies for Absence", gap=10).add("John Smith, Jane Doe, Ann Other", x=93)
    page.add("3) Minutes of the last meeting", gap=10).add("These were accepted as a true record.", x=93)
    assert [h for h, _, _ in page.outline()] == ["1) Welcome", "2) Apologies for Absence",
                                                 "3) Minutes of the last meeting"]


def test_field_lines_and_date_lines_are_not_headings():
    page = Page().add("PLANNING COMMISSION MINUTES", size=14, bold=True)
    page.add("Monday, January 27, 2020, 7:00 p.m. City Council Chamber", size=10, bold=True)
    page.add("1. CALL TO ORDER", bold=True, gap=12).body(*FILLER, x=108)
    page.add("2. APPROVAL OF THE AGENDA", bold=True, gap=12)
    page.add("RESULT: APPROVED [UNANIMOUS]", x=108, bold=True, gap=8)
    page.add("MOTION BY: Mashack SECOND: Brown", x=108)
    page.add("3. ADJOURNMENT", bold=True, gap=12).body(*FILLER, x=108)
    structure = page.structure()
    assert structure.title == "PLANNING COMMISSION MINUTES"
    assert [s.heading for s in structure.sections] == ["1. CALL TO ORDER", "2. APPROVAL OF THE AGENDA",
                                                       "3. ADJOURNMENT"]


def test_numbers_restarting_further_in_nest_under_the_item_above():
    page = Page().add("Regular Meeting Minutes", size=16, bold=True)
    page.add("4. APPROVAL OF CONSENT CALENDAR", bold=True, gap=12)
    page.add("1. Planning Commission Minutes", x=108, bold=True, gap=8).body(*FILLER, x=144)
    page.add("2. Meeting Calendar 2020", x=108, bold=True, gap=8).body(*FILLER, x=144)
    page.add("5. SPECIAL PRESENTATIONS", bold=True, gap=12).body(*FILLER, x=108)
    assert page.outline() == [("4. APPROVAL OF CONSENT CALENDAR", 1, None),
                              ("1. Planning Commission Minutes", 2, 1), ("2. Meeting Calendar 2020", 2, 1),
                              ("5. SPECIAL PRESENTATIONS", 1, None)]


def test_minute_references_are_not_nesting():
    """ "19.05.01", "19.05.02": the minutes of meeting 19.05, one level, not three deep."""
    page = Page().add("Parish Council AGM", size=14, bold=True)
    for number, title in (("01", "Declaration of Acceptance of Office"), ("02", "Election of Chair"),
                          ("03", "Apologies")):
        page.add(f"19.05.{number} {title}", bold=True, gap=10).body(*FILLER)
    assert [(level, parent) for _, level, parent in page.outline()] == [(1, None)] * 3


def test_a_heading_never_nests_under_a_smaller_one():
    page = Page().add("Mitgliederversammlung", size=28, bold=True)
    page.add("Eröffnung", size=14, bold=True, gap=12).body(*FILLER)
    page.add("1. Begrüßung durch den Vorstand", size=18, bold=True, gap=12).body(*FILLER)
    page.add("1.1 Formalien", size=14, bold=True, gap=12).body(*FILLER)
    assert page.outline() == [("Eröffnung", 1, None), ("1. Begrüßung durch den Vorstand", 1, None),
                              ("1.1 Formalien", 2, 2)]


def test_continued_headings_and_the_title_repeated_on_a_later_page_open_no_section():
    page = Page().add("Board Minutes", size=16, bold=True)
    page.add("Public Comment", size=14, bold=True, gap=12).body(*FILLER)
    page.add("Board Minutes", size=16, bold=True, page=2)
    page.add("Public Comment - continued", size=14, page=2, gap=12).body(*FILLER)
    page.add("Adjournment", size=14, bold=True, page=2, gap=12).body(*FILLER)
    assert [h for h, _, _ in page.outline()] == ["Public Comment", "Adjournment"]


def test_table_of_figures_has_no_headings_and_ruled_text_is_running_text():
    page = Page().add("Workshop Report", size=16, bold=True)
    page.add("Budget", bold=True, gap=12)
    for row, (cost, other) in enumerate((("15.05", "0"), ("73.00", "NA"), ("26.40", "45")), start=1):
        page.add(cost, x=80, cell=Cell(1, row, 0)).add(other, x=300, cell=Cell(1, row, 1))
    # text with a rule drawn under each line is found as a table of one line per row
    texts = ["II. Respecto al segundo punto, el Presidente informó la ausencia",
             "de quejas en la Defensoría de las Audiencias en el periodo",
             "del 12 de junio al 4 de septiembre.", "III. Con la venia del Presidente, tomó la palabra el",
             "Maestro para señalar cinco aspectos."]
    for row, text in enumerate(texts, start=1):
        page.add(text, x1=RIGHT, cell=Cell(2, row, 0))
    assert [h for h, _, _ in page.outline()] == ["Budget"]


def test_plain_heading_set_out_left_of_indented_text_is_a_peer_of_the_bold_ones():
    page = Page().add("NeuroML Development Workshop", size=14, bold=True)
    page.add("Background", x=90, bold=True, gap=12).body(*FILLER, x=126)
    page.add("Descriptions of neuronal morphologies (Moderator: S. Crook)", x=90, gap=12).body(*FILLER, x=126)
    page.add("Implementation issues", x=90, gap=12).body(*FILLER, x=126)
    assert page.outline() == [("Background", 1, None),
                              ("Descriptions of neuronal morphologies (Moderator: S. Crook)", 1, None),
                              ("Implementation issues", 1, None)]


def test_title_leaves_out_its_date_and_venue_line():
    page = Page().add("CF meeting", bold=True, size=14).add("9-11 June 2020", bold=True, size=14)
    page.add("Discussion topic notes", size=16, gap=6)
    page.add("Standard names: general discussion", bold=True, gap=12).body(*FILLER)
    assert page.structure().title == "CF meeting: Discussion topic notes"


def test_lettered_sub_items_go_on_past_b_and_annexes_open_at_the_top():
    """ "C." after "A." and "B." is a letter, not the roman 100; an annex is never a sub-item."""
    page = Page().add("Annual General Meeting", size=16, bold=True)
    page.add("IV. Reports of the Board", bold=True, gap=12).body(*FILLER)
    for letter in "ABC":
        page.add(f"{letter}. Report number {letter}", bold=True, gap=10).body(*FILLER)
    page.add("V. Closing of the meeting", bold=True, gap=12).body(*FILLER)
    page.add("1. Attendance", bold=True, gap=12).add("1.1 Members", bold=True, gap=10).body(*FILLER)
    page.add("Annex A: Treasurer's report", bold=True, gap=12).body(*FILLER)
    assert [(h.split()[0], level) for h, level, _ in page.outline()] == [
        ("IV.", 1), ("A.", 2), ("B.", 2), ("C.", 2), ("V.", 1), ("1.", 2), ("1.1", 3), ("Annex", 1)]


def test_agenda_item_labels_head_sections_in_plain_type():
    page = Page().add("Protokoll der Mitgliederversammlung", size=16, bold=True)
    page.add("TOP 1 Begrüßung", gap=12).body(*FILLER)
    page.add("TOP 2: Kassenbericht", gap=12).body(*FILLER)
    page.add("Top 10 reasons were given by the members for the change.", gap=12)
    assert [h for h, _, _ in page.outline()] == ["TOP 1 Begrüßung", "TOP 2: Kassenbericht"]


def test_letter_closings_and_field_labels_in_other_languages_are_not_headings():
    page = Page().add("Acta de la sesión", size=16, bold=True)
    page.add("Lugar: Aguascalientes", gap=12).add("Anwesend:", bold=True)
    page.add("1. Bienvenida", bold=True, gap=12).body(*FILLER)
    page.add("ATENTAMENTE", bold=True, gap=12).add("C.c.p. Director General", bold=True, gap=6)
    page.add("ATTEST:", size=14, gap=12).add("Planning Commission Secretary", gap=6)
    assert [h for h, _, _ in page.outline()] == ["1. Bienvenida"]


@pytest.mark.parametrize("numbers", [("24/112", "24/113", "24/114"), ("Min. 12/24", "Min. 13/24", "Min. 14/24")])
def test_minute_numbers_in_sequence_head_sections_in_plain_type(numbers):
    page = Page().add("Parish Council Minutes", size=16, bold=True)
    for number, title in zip(numbers, ("Apologies", "Declarations of interest", "Planning"), strict=True):
        page.add(f"{number} {title}", gap=12).body(*FILLER)
    assert [h for h, _, _ in page.outline()] == [f"{n} {t}" for n, t in zip(
        numbers, ("Apologies", "Declarations of interest", "Planning"), strict=True)]


def test_double_spaced_text_keeps_its_paragraphs_whole():
    page = Page().add("Minutes", size=16, bold=True)
    page.add("1. Reports", bold=True, gap=20)
    for _ in range(2):
        for i, text in enumerate(FILLER * 4):
            page.add(text, x1=RIGHT if i < 7 else None, gap=24 if i == 0 else 5)  # lines 8 points apart
    (section,) = page.structure().sections
    assert section.heading == "1. Reports"
    assert len(section.blocks) == 2


def test_vote_counts_set_apart_are_results_but_labelled_parts_are_headings():
    page = Page().add("Annual General Meeting", size=16, bold=True)
    page.add("1. Rule change on game time", bold=True, gap=12).body(*FILLER)
    page.add("In Favour 18", bold=True, gap=12).add("Against 3 Abstain 1", bold=True)
    page.add("Day 1 Session 2", bold=True, gap=12).body(*FILLER)
    assert [h for h, _, _ in page.outline()] == ["1. Rule change on game time", "Day 1 Session 2"]


def _scanned(page: Page) -> Page:
    """The same lines read by OCR (sizes guessed from the image, weights from the strokes)."""
    page.lines = [replace(line, ocr=True) for line in page.lines]
    return page


def _club_minutes_with_agenda() -> Page:
    """A club's minutes: the agenda listed under a label right after the opening paragraph, then what
    happened at each item in numbered paragraphs of plain text."""
    page = Page().add("Protokoll der Mitgliederversammlung des Vereins", size=14, bold=True)
    page.body("Die Versammlungsleiterin eröffnete die Versammlung und stellte fest, dass sie beschlussfähig",
              "ist. Sie machte die in der Einladung angekündigte Tagesordnung bekannt:")
    page.add("Tagesordnung (gem. Einladung):")  # no gap: on the paragraph's next line
    for item in ("1. Begrüßung", "2. Abstimmung über Satzungsänderungen", "3. Sitzungsende"):
        page.add(item, gap=8 if item.startswith("1.") else 0)
    page.body("Anträge zur Tagesordnung wurden nicht gestellt.")
    page.body("1. Die Tagesordnung wurde per Handzeichen einstimmig angenommen.")
    page.body("2. Der Vorstand schlug zur Optimierung der Vereinsorganisation folgende",
              "Satzungsänderungen vor:")
    page.add("2.1 Es soll der Wortlaut in folgendem Paragraphen ergänzt werden:", gap=8).body(*FILLER)
    page.add("2.2 Es soll der Wortlaut in folgenden Paragraphen geändert werden:", gap=8).body(*FILLER)
    page.add("19 0 2 21", size=17, gap=8)  # a vote table's row of figures, its rules sizing it apart
    page.add("9 1 11 21", size=17, gap=8)
    page.body("3. Die Versammlung wurde um 19:11 Uhr durch die Versammlungsleiterin geschlossen.")
    page.add("Anwesenheitsliste:", bold=True, page=2)
    page.add("Madeleine Salzmann, Claudia Schmidtke, Anna Schultz", page=2, gap=8)
    return page


def test_an_agenda_listed_under_a_label_with_an_aside_heads_its_items_on_a_scan():
    outline = _scanned(_club_minutes_with_agenda()).outline()
    assert outline[:4] == [("Tagesordnung (gem. Einladung)", 1, None), ("1. Begrüßung", 2, 1),
                           ("2. Abstimmung über Satzungsänderungen", 2, 1), ("3. Sitzungsende", 2, 1)]


def test_what_is_recorded_after_the_agenda_list_stands_beside_it_and_the_attendance_list_is_an_annex():
    outline = _club_minutes_with_agenda().outline()
    assert outline[4:] == [
        ("2. Der Vorstand schlug zur Optimierung der Vereinsorganisation folgende Satzungsänderungen vor", 1, None),
        ("2.1 Es soll der Wortlaut in folgendem Paragraphen ergänzt werden:", 2, 5),
        ("2.2 Es soll der Wortlaut in folgenden Paragraphen geändert werden:", 2, 5),
        ("Anwesenheitsliste", 1, None)]


def test_a_numbered_list_going_on_after_sub_items_is_the_outline_not_a_list_in_their_text():
    page = Page().add("Protokoll", size=14, bold=True).add("Tagesordnung:", gap=12)
    for item in ("1. Begrüßung", "2. Finanzbericht", "2.1 Entlastung des Vorstands", "3. Vorstandswahl",
                 "3.1 Wahl des Vorstands", "3.2. Chorleiterwahl", "4. Abstimmung über Satzungsänderungen",
                 "5. Sonstiges", "6. Sitzungsende"):
        page.add(item, gap=8 if item.startswith("1.") else 0)
    page.body(*FILLER)
    assert [h for h, _, _ in page.outline()][-3:] == ["4. Abstimmung über Satzungsänderungen", "5. Sonstiges",
                                                      "6. Sitzungsende"]


@pytest.mark.parametrize("head", [["Ja Nein Enthaltung Summe"], ["For", "Against", "Abstain"]])
def test_a_vote_tables_head_row_heads_nothing(head):
    page = Page().add("Minutes", size=14, bold=True).add("1. Amendments to the constitution", bold=True, gap=12)
    page.body(*FILLER)
    if len(head) == 1:  # a scan whose table rules were not found: its head row read as a line, sized apart
        page.add(head[0], size=15, gap=8).add("9 1 11 21", size=15)
        page = _scanned(page)
    else:
        for column, name in enumerate(head):
            page.add(name, x=80 + 100 * column, cell=Cell(1, 1, column))
            page.top -= 14
    assert [h for h, _, _ in page.outline()] == ["1. Amendments to the constitution"]


@pytest.mark.parametrize("hand", [True, False])
def test_lines_of_a_list_signed_by_hand_head_nothing(hand):
    """OCR of handwriting: a few words in bits of a letter or two on a page with no running text, at the
    hand's size. Set in type, a page of few words (a table's title over its figures) keeps its heading."""
    page = Page().add("Minutes of the General Meeting", size=14, bold=True)
    page.add("1. Welcome", bold=True, gap=12).body(*FILLER)
    if hand:
        for text, size in (("Nome", 15), ("G u m a n .", 18), ("Anna", 13), ("Sc hmi tz Ma ra", 15), ("Ha nna h", 15)):
            page.add(text, size=size, page=2, gap=30)
    else:
        page.add("Budget Summary", size=15, page=2)
        for row, (item, cost) in enumerate((("Printing", "15.05"), ("Postage", "73.00"), ("Room hire", "26.40"))):
            page.add(item, x=80, page=2, cell=Cell(1, row + 1, 0)).add(cost, x=300, page=2, cell=Cell(1, row + 1, 1))
    headings = [h for h, _, _ in _scanned(page).outline()]
    assert headings == (["1. Welcome"] if hand else ["1. Welcome", "Budget Summary"])


def test_a_line_under_a_listed_item_does_not_end_the_agenda_list():
    page = Page().add("Minutes", size=14, bold=True).add("Agenda:", gap=12)
    page.add("1. Welcome and apologies", gap=8).add("2. Minutes of the last meeting")
    page.body("To approve the minutes of the meeting held on 4 March.")
    page.add("3. Any other business", gap=8)
    assert page.outline() == [("Agenda", 1, None), ("1. Welcome and apologies", 2, 1),
                              ("2. Minutes of the last meeting", 2, 1), ("3. Any other business", 2, 1)]


def test_a_letterheads_name_over_two_small_lines_opens_the_title():
    """The name broken over two lines set loosely in small print, a web address beside the logo, then
    the title proper, set larger than the text though an annex further on is set as large."""
    page = Page().add("Association genevoise", size=10).add("des amis du Salève", size=10, gap=5)
    page.add("www.amis-du-saleve.example", x=260, gap=2)
    page.add("Procès-verbal de l’Assemblée Générale du 16 mars 2025", x=118, size=14, bold=True, gap=20)
    page.add("1. Accueil", size=12, bold=True, gap=12).body(*FILLER)
    page.add("Statuts", size=14, bold=True, gap=12, page=2).body(*FILLER)
    structure = page.structure()
    assert structure.title == ("Association genevoise des amis du Salève: "
                               "Procès-verbal de l’Assemblée Générale du 16 mars 2025")
    assert [s.heading for s in structure.sections] == ["1. Accueil", "Statuts"]


def test_a_dateline_set_flush_right_over_the_title_is_not_the_title():
    page = Page().add("Gütersloh, Brauhaus, 09.05.2018", x=360, x1=520)
    page.add("Protokoll Mitgliederversammlung Makerspace GT", bold=True, gap=20)
    page.add("Anwesend: Philip Markus, Andre Siewert", gap=12)
    page.add("1. Kontoeröffnung", bold=True, gap=12).body(*FILLER)
    assert page.structure().title == "Protokoll Mitgliederversammlung Makerspace GT"


@pytest.mark.parametrize("bold", [True, False])
def test_items_numbered_by_year_month_and_item_are_peers(bold):
    """ "18.09.1 Apologies", "18.09.2 Register of Interests": the meeting's year and month, then the item."""
    page = Page().add("Milburn Parish Council - 4th September 2018", bold=True, size=12)
    for number, heading in enumerate(["Apologies", "Register of Interests", "Minutes", "Matters Arising"], 1):
        page.add(f"18.09.{number} {heading}", bold=bold, gap=10).body(*FILLER)
    assert page.outline() == [("18.09.1 Apologies", 1, None), ("18.09.2 Register of Interests", 1, None),
                              ("18.09.3 Minutes", 1, None), ("18.09.4 Matters Arising", 1, None)]


def test_an_attendance_heading_holds_no_numbered_items():
    page = Page().add("Procès-verbal de l’Assemblée Générale du 16 mars 2025", size=14, bold=True)
    page.add("Présences", size=12, bold=True, gap=12).body("Anne Martin, Paul Durand, Marie Roux = 3 votants.")
    page.add("1. Accueil", size=12, bold=True, gap=12).body(*FILLER)
    page.add("2. Rapport de la présidente", size=12, bold=True, gap=12).body(*FILLER)
    assert page.outline() == [("Présences", 1, None), ("1. Accueil", 1, None),
                              ("2. Rapport de la présidente", 1, None)]


@pytest.mark.parametrize(
    ("text", "one_line", "heading"),
    [
        ("Compte des recettes et dépenses 2024, budget 2025 ; rapport des vérificateurs", True,
         "Compte des recettes et dépenses 2024, budget 2025 ; rapport des vérificateurs"),
        ("1. CALL TO ORDER (7:09pm); 11 in person, 4 online", True, "1. CALL TO ORDER (7:09pm)"),
        ("FINANCE REPORT; the treasurer presented the accounts", False, "FINANCE REPORT"),
    ],
)
def test_a_styled_heading_runs_on_after_a_semicolon_unless_its_line_names_a_second_part(text, one_line, heading):
    assert _styled_heading(text, one_line) == heading


def _bulleted(page: Page, *texts: str) -> Page:
    for text in texts:
        page.add(text, x=68, gap=2)
        page.lines[-1] = replace(page.lines[-1], bullet="●")
    return page


def test_item_rows_label_topic_titles_and_action_header():
    """An item's table read as lines: "Agenda item: X Presenter: Y" heads the item by its topic; "Discussion:"
    is a leaf beside the short plain titles between its bulleted points; the action table's header row
    heads with its first cell."""
    page = Page()
    page.add("Parent Council Meeting", x=50, size=24, bold=True)
    page.add("Attendees: Dorian Grieves (chair), Roz Laing Jackson, Julie Wynn", x=50, gap=8)
    page.add("Minutes", x=280, size=14, bold=True, gap=8)
    for topic, titles in (("Senior Leadership Team", ["Festive Events"]), ("Financial Report", [])):
        page.add(f"Agenda item: {topic} Presenter: Helen Brown", x=50, gap=8)
        page.add("Discussion:", x=50, bold=True, gap=4)
        _bulleted(page, "Recording of meetings was discussed at length by all those present.")
        for title in titles:
            page.add(title, x=68, gap=2)
            _bulleted(page, "Festive festivities are in full swing with many people signed up.")
        page.add("Action items Person responsible Deadline", x=50, bold=True, gap=4)
        page.add("Send a poll to parents for school photos.", x=68)
    outline = page.outline()
    assert [heading for heading, _, _ in outline] == [
        "Senior Leadership Team", "Discussion", "Festive Events", "Action items", "Financial Report", "Discussion",
        "Action items"]
    assert outline[:3] == [("Senior Leadership Team", 1, None), ("Discussion", 2, 1), ("Festive Events", 2, 1)]
    assert outline[4] == ("Financial Report", 1, None)


def test_contents_entries_head_nothing():
    """A table of contents' entries end in their page: the items are taken up below, not there."""
    page = Page()
    page.add("PAC Meeting", size=18, bold=True).body("Attendance: eleven members and the executive.")
    page.add("Table of Contents", bold=True, size=9, gap=8)
    page.add("1. Call to order 1", bold=True, size=9)
    page.add("2. Treasurer report. 2", bold=True, size=9)
    page.add("1. Call to order", bold=True, size=14, gap=8).body(*FILLER)
    page.add("2. Treasurer report", bold=True, size=14, gap=8).body(*FILLER)
    assert page.outline() == [("Table of Contents", 1, None), ("1. Call to order", 1, None),
                              ("2. Treasurer report", 1, None)]


def test_contents_entries_whose_page_numbers_ocr_lost_head_nothing():
    """On a scan, the page numbers far right of a contents page may not be read: the entries set again as the
    document's headings on the pages after it are its entries still."""
    page = Page()
    page.add("Mitgliederversammlung", size=18, bold=True).add("Inhaltsverzeichnis", bold=True, size=13, gap=8)
    for entry in ("1 Anwesende Mitglieder", "Feststellung der Tagesordnungl", "3.1. Sonstiges"):  # as OCR read them
        page.add(entry, bold=True, size=10, gap=9)
    page.top = 60.0
    for heading in ("1 Anwesende Mitglieder", "2 Feststellung der Tagesordnung", "3.1 Sonstiges"):
        page.add(heading, bold=True, size=14, gap=8, page=2)
        for text in FILLER:
            page.add(text, page=2)
    assert page.outline() == [("Inhaltsverzeichnis", 1, None), ("1 Anwesende Mitglieder", 1, None),
                              ("2 Feststellung der Tagesordnung", 1, None), ("3.1 Sonstiges", 2, 3)]


def test_plain_items_going_on_numbering_the_bold_ones_head_too():
    """ "11) Junior Chess", "12) Any other business" flush under bold "8)" to "10)", their bold lost: items."""
    page = Page()
    page.add("Minutes of the Annual General Meeting", size=14, bold=True)
    for number in (8, 9, 10):
        page.add(f"{number}) Report number {number}", bold=True, gap=8).body(*FILLER, x=93)
    page.add("11) Junior Chess at the Club", gap=8).body(*FILLER)
    page.add("12) Any other business", gap=8).body(*FILLER)
    assert [heading for heading, _, _ in page.outline()][-2:] == ["11) Junior Chess at the Club",
                                                                  "12) Any other business"]


def test_minutes_numbered_after_a_listed_agenda_stand_at_the_top():
    """ "AGM-2006/3 ..." after the agenda listed as "1." > "a)": the record's own items, not the agenda's."""
    page = Page()
    page.add("Minutes of the Second Annual General Meeting", size=14, bold=True)
    page.add("Order of Business:", gap=8)
    page.add("1. Approval of the Agenda", x=90)
    page.add("2. Reports, from:", x=90)
    page.add("a) The Treasurer", x=108)
    page.add("b) The Secretary", x=108)
    page.add("3. Close", x=90)
    page.add("AGM-2006/1 Advisory Board Elections", x=90, gap=8).body(*FILLER, x=90)
    page.add("AGM-2006/2 Other Business", x=90, gap=8).body(*FILLER, x=90)
    outline = page.outline()
    assert [entry for entry in outline if entry[0].startswith("AGM")] == [
        ("AGM-2006/1 Advisory Board Elections", 1, None), ("AGM-2006/2 Other Business", 1, None)]


def test_items_run_on_into_their_text_in_sentence_case_head_their_items():
    page = Page().add("TOWNSHIP BOARD OF TRUSTEES MEETING", size=14, bold=True)
    page.add("Call to order: 5 p.m.", gap=10)
    page.add("Roll Call: Supervisor Ames, Treasurer Bell, Trustees Cole and Dunn present.", gap=8)
    page.add("Pledge of Allegiance", gap=8)
    page.add("Review of the August minutes; Linda made a motion and Sam seconded. 4 yea, 0 nay.", gap=8)
    page.add("Treasurer report: Summer taxes are coming in as expected this month.", gap=8)
    page.add("Clerk report; absent, nothing forwarded.", gap=8)
    page.add("Sexton's report. Weeds near the entry way will be taken care of next week.", gap=8)
    page.add("Jerry made a motion to adjourn the meeting. Linda seconded.", gap=8)
    assert page.outline() == [("Call to order", 1, None), ("Roll Call", 1, None), ("Pledge of Allegiance", 1, None),
                              ("Review of the August minutes", 1, None), ("Treasurer report", 1, None),
                              ("Clerk report", 1, None), ("Sexton's report", 1, None)]


def test_items_named_before_a_dash_head_their_items_and_lettered_sentences_do_not():
    page = Page().add("Township Board of Trustees Meeting - March 24, 2026", size=12, bold=True)
    page.add("ROLL CALL-Supervisor Ames, Trustee Bell and Clerk Cole- All present", gap=10)
    page.add("Approval of the Minutes-", bold=True, gap=8)
    page.add("Trustee Bell made a motion to approve the minutes, seconded by Trustee Dunn.", gap=4)
    page.add("Sheriff Report- No report was made", gap=8)
    page.add("Assessor's Report- none given", gap=8)
    page.add("New Business", bold=True, gap=8)
    page.add("A. After Board discussion, Trustee Bell made a motion to approve the levy.", x=90, gap=4)
    page.add("B. The history of the township will be distributed tonight.", x=90, gap=4)
    assert [(h, level) for h, level, _ in page.outline()] == [
        ("ROLL CALL", 1), ("Approval of the Minutes", 1), ("Sheriff Report", 1), ("Assessor's Report", 1),
        ("New Business", 1)]


def test_a_few_labelled_sentences_do_not_make_a_document_of_run_in_items():
    page = Page().add("Annual Report", size=16, bold=True)
    page.add("Workshop site: https://example.org/workshop", gap=10)
    page.add("Question from Mr. Lim: How are schools selected for the programme?", gap=8)
    page.add("Response: Ms. Chan explained that the selection is made by the centre.", gap=8)
    page.add("Mr. Heng shared that the project has finished its first year.", gap=8)
    assert page.outline() == []


def test_a_letterhead_name_and_address_over_the_minutes_line_is_not_the_title():
    page = Page().add("Association Zeste de Savoir", bold=True)
    page.add("48 rue Louis Macille").add("28700 Auneau").add("France")
    page.add("Procès-verbal de l’Assemblée Générale Ordinaire du 22 juin 2019", size=15, bold=True, gap=10)
    page.body(*FILLER)
    page.add("Bilan financier", bold=True, gap=10).body(*FILLER)
    assert page.structure().title == "Procès-verbal de l’Assemblée Générale Ordinaire du 22 juin 2019"


def test_a_result_in_bold_on_its_own_line_heads_nothing():
    """Regression (a fire district's minutes, rs7): "MOTION CARRIED..." set in bold under each motion was read as a
    heading, and cut the item it closed in two."""
    page = Page().add("Minutes of the Board", size=16, bold=True)
    page.add("Fire Chief's Report", bold=True, gap=8).body(*FILLER)
    page.body("MOTION by Commissioner Norris, 2nd by Alternate Hunsaker to approve the purchase.")
    page.add("MOTION CARRIED...", bold=True, gap=8).add("Maintenance Report", bold=True, gap=8).body(*FILLER)
    assert [heading for heading, _, _ in page.outline()] == ["Fire Chief's Report", "Maintenance Report"]


def test_a_numbered_paragraph_names_its_item_before_a_colon_or_a_dash():
    """Regression (a park's friends' AGM, rs8): "1. Agenda: Moved by ..." and "4. Election of Directors – Steve
    reported ..." headed nothing: the number's own stop was taken for the end of a first sentence."""
    page = Page().add("Minutes of the Annual General Meeting", size=16, bold=True)
    page.body("1. Agenda: Moved by Doug, seconded by Steve that the Agenda be adopted as circulated. Carried.")
    page.body("2. Election of Directors – Steve reported that all current Directors had agreed to serve again",
              "for the coming season.")
    page.body("3. The members who had served for many years were thanked: they had given their time.")
    assert [h for h, _, _ in page.outline()] == ["1. Agenda", "2. Election of Directors"]


def test_items_numbered_with_a_slash_and_a_long_item_line_with_its_stop():
    """Regression (a French village council, rs8): "1/", "A/" numbered nothing; "2/ Délibération pour le calcul de la
    longueur de la voie publique." in bold between "1/" and "3/" was taken for a sentence (its stop)."""
    assert numbering_of("3/ Délibération renouvellement") == ("arabic", "3")
    assert numbering_of("B/ Ecole de Couthenans") == ("upper", "B")
    assert numbering_of("24/112 Apologies") == ("minute", "24/112")
    page = Page().add("CR du conseil municipal", size=16, bold=True)
    page.add("1/ Délibération reversement taxe d’aménagement :", bold=True, gap=8).body("10 votes pour.")
    page.add("2/ Délibération pour le calcul de la longueur de la voie publique communale.", bold=True, gap=8)
    page.body("12 votes pour.")
    page.add("3/ Délibération programme de travaux en forêt :", bold=True, gap=8).body("12 votes pour.")
    assert [h for h, _, _ in page.outline()] == [
        "1/ Délibération reversement taxe d’aménagement", "2/ Délibération pour le calcul de la longueur de la voie "
        "publique communale.", "3/ Délibération programme de travaux en forêt"]


def test_a_form_row_filled_with_the_minutes_is_running_text():
    """Regression (a library society's AGM, a worn scan, rs8): under a form's rows (Title / Date / Place), the
    minutes sat in one cell of one row (the rules and numbers between their items lost): no heading was read."""
    page = Page().add("ANNUAL GENERAL MEETING MINUTES", size=16, bold=True)
    for row, (label, value) in enumerate((("Date", "10 September 2015"), ("Place", "The Cookhouse")), start=1):
        page.add(label, x=58, cell=Cell(1, row, 0)).add(value, x=208, cell=Cell(1, row, 2))
    for heading in ("Welcome", "Apologies for Absence"):
        page.add(heading, x=130, bold=True, gap=12, cell=Cell(1, 3, 1))
        for text in FILLER * 3:
            page.add(text, x=130, x1=RIGHT, cell=Cell(1, 3, 1))
    headings = [h for h, _, _ in page.outline()]
    assert "Welcome" in headings and "Apologies for Absence" in headings


def test_a_forms_field_labels_head_nothing():
    """Regression (a student society's EGM, rs9): the labels of the form over the minutes ("Date", "Location",
    "Attendees", in its first column) were read as the agenda's items."""
    page = Page().add("EGM Minutes", size=16, bold=True)
    for row, (label, value) in enumerate((("Date", "11 February 2026"), ("Location", "Room 2.04"),
                                          ("Attendees", "26 members")), start=1):
        page.add(label, x=58, cell=Cell(1, row, 0)).add(value, x=208, cell=Cell(1, row, 1))
    page.add("1. Apologies", bold=True, gap=12).body(*FILLER)
    assert [h for h, _, _ in page.outline()] == ["1. Apologies"]


def test_a_long_titled_item_with_a_dash_is_no_run_in_name():
    """The run-in name of a numbered paragraph ends at its colon or dash only when what follows runs on as prose
    ("Steve reported that ..."), not more of a long title ("2. Pension Reports – Quarter Ending March 31 ...")."""
    page = Page().add("Minutes of the Board", size=16, bold=True)
    page.body("1. Election of Directors – Steve reported that all current Directors had agreed to serve again.")
    page.body("2. Pension Payroll and Financial Reports – Quarter Ending March 31, 2012 and City Police Pension Funds")
    assert [h for h, _, _ in page.outline()][0] == "1. Election of Directors"
    assert [h for h, _, _ in page.outline()][1].endswith("Quarter Ending March 31, 2012 and City Police Pension Funds")


def test_danish_minutes_list_those_present_one_lettered_entry_a_block_and_number_items_with_a_stop():
    """A Danish association's general meeting (referat): "§1 Til stede:" over "(a) Alexander Scheurer;", one entry a
    block, the last "(c) Vivien Lewkowicz de Neergaard; og"; then "§2 Valg af stemmetæller." and "§3 Forslag til
    ændringer i vedtægterne.", items of the sequence on lines of their own, each with its stop."""
    page = Page().add("Referat af ordinær generalforsamling", size=14, bold=True)
    page.add("§1 Til stede:", gap=12)
    for entry in ("(a) Alexander Scheurer;", "(b) Maja Ling Han;", "(c) Vivien Lewkowicz de Neergaard; og",
                  "(d) Trine Dag."):
        page.add(entry, x=90, gap=6)
    page.add("§2 Valg af stemmetæller.", gap=12).add("Alexander Scheurer stiller op. Enstemmigt vedtaget.", x=90)
    page.add("§3 Forslag til ændringer i vedtægterne.", gap=12).add("Der er ingen forslag.", x=90)
    page.add("§4 Forslag til ændringer i vedtægterne.", gap=12)  # a line of its own, over the proposals
    page.add("De foreslåede ændringer blev gennemgået af bestyrelsen, som anbefalede dem alle til", x=90, gap=8,
             x1=RIGHT).add("generalforsamlingen. Enstemmigt vedtaget.", x=90)
    assert [h for h, _, _ in page.outline()] == ["§1 Til stede:", "§2 Valg af stemmetæller",
                                                 "§3 Forslag til ændringer i vedtægterne",
                                                 "§4 Forslag til ændringer i vedtægterne."]


def test_plain_items_that_fill_a_gap_of_several_numbers_between_styled_ones_are_headings():
    """A scan that made "§1" and "§5" bold (their strokes) but not "§2"-"§4" between them: the plain items number
    the gap exactly, so they are the outline's too."""
    page = Page().add("Minutes of the Annual General Meeting", size=14, bold=True)
    page.add("1. Apologies", bold=True, gap=12).body(*FILLER)
    for item in ("2. Minutes of the last meeting", "3. Matters arising", "4. Treasurer's report"):
        page.add(item, gap=12).body(*FILLER)
    page.add("5. Any other business", bold=True, gap=12).body(*FILLER)
    assert [h for h, _, _ in page.outline()] == ["1. Apologies", "2. Minutes of the last meeting",
                                                 "3. Matters arising", "4. Treasurer's report",
                                                 "5. Any other business"]


def test_a_long_item_of_the_sequence_on_its_line_ending_in_a_colon_heads_its_item_whole():
    """A college's board minutes (a real scan, rs11): "8. Report on NAAC visits and planning to submit SAR for NBA:"
    over its paragraph; and OCR's stray quote before an item's name run on into its text ("4. “Report on Training
    and placement: The Member Secretary presented ...")."""
    page = Page().add("Minutes of Meeting", size=14, bold=True)
    page.add("7. Approval of Budget:", gap=12).body(*FILLER)
    page.add("8. Report on NAAC visits and planning to submit SAR for NBA and the other bodies:", gap=12)
    page.body(*FILLER)
    page.add("9. “Report on Training and placement: The Member Secretary presented before the Board a summary of",
             gap=12, x1=RIGHT).add("campus placement till date, and the members discussed it at length.")
    assert [h for h, _, _ in page.outline()] == [
        "7. Approval of Budget:", "8. Report on NAAC visits and planning to submit SAR for NBA and the other bodies:",
        "9. “Report on Training and placement"]


def test_a_heading_in_capitals_loses_the_clock_time_its_line_goes_on_with():
    """Regression (a dog-training club's minutes, rs19): "ADJOURNMENT 7:36." is the item "ADJOURNMENT"; a date names
    which minutes, and a time after a joining word is part of the heading."""
    from pipeline.structure.headings import without_time_after_capitals

    assert without_time_after_capitals("ADJOURNMENT 7:36.") == "ADJOURNMENT"
    assert without_time_after_capitals("A. CALL TO ORDER 7:00 P.M.") == "A. CALL TO ORDER"
    assert without_time_after_capitals("MINUTES 11/30/2023") == "MINUTES 11/30/2023"
    assert without_time_after_capitals("MEETING AT 7:00") == "MEETING AT 7:00"
    assert without_time_after_capitals("Call to order 7:00 p.m.") == "Call to order 7:00 p.m."
    page = Page()
    page.add("KCTC MEMBERSHIP MEETING", size=14, bold=True)
    page.add("CALL TO ORDER:", bold=True, gap=8).body(*FILLER)
    page.add("ADJOURNMENT 7:36.", bold=True, gap=8).body(*FILLER)
    assert [heading for heading, _, _ in page.outline()] == ["CALL TO ORDER", "ADJOURNMENT"]


@pytest.mark.parametrize(("text", "numbering"), [
    ("十一、討論事項", ("cjk", "十一")), ("(一) 會務", ("cjk_paren", "一")),
    ("（二）監事：陳文屏", ("cjk_paren", "二")),
])
def test_chinese_numbering(text, numbering):
    """Chinese minutes number their items with Chinese numerals and an enumeration comma, or in brackets."""
    assert numbering_of(text) == numbering


def test_chinese_numerals_have_their_values():
    assert [cjk_value(n) for n in ("一", "九", "十", "十一", "二十", "二十三", "百", "一二")] == [
        1, 9, 10, 11, 20, 23, None, None]


def test_lines_of_accounts_and_results_with_their_counts_are_no_headings():
    """Regression (a society's AGM with its accounts, and a council's "Adopted 7-0" under each item, rs21): lines of
    the accounts ("Net: 1,567.55") and results with their count were read as headings."""
    page = Page().add("Society AGM Minutes", size=16, bold=True).add("Treasurer's Report", bold=True, gap=12)
    page.add("Revenues: 28,763.17", bold=True, gap=8)
    page.add("Net: 1,567.55", bold=True, gap=8).add("Adopted 7-0", bold=True, gap=8)
    page.add("Meeting opened 8.30 pm", bold=True, gap=8)
    assert [heading for heading, _, _ in page.outline()] == ["Treasurer's Report", "Meeting opened 8.30 pm"]
