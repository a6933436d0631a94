"""Structure: blocks, headings, levels and parents."""

from dataclasses import replace

import pytest

from pipeline.pdf.extract import extract_layout
from pipeline.structure import build_structure, join_lines, numbering_of, outline_letters
from pipeline.structure.blocks import build_blocks
from tests.pdf_builder import PdfBuilder


def outline(path):
    structure = build_structure(extract_layout(path))
    return structure, [(s.heading, s.level, s.parent_no) for s in structure.sections]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.1 KAPE: schools", ("decimal", "2.1")),
        ("2.1: The three main points", ("decimal", "2.1")),
        ("1. Background", ("arabic", "1")),
        ("7 Quoracy: with 15 members", ("arabic", "7")),
        ("IV. Reports of the Board", ("roman", "IV")),
        ("B. Financial report", ("upper", "B")),
        ("a) Chair report", ("lower", "a")),
        ("Background", None),
    ],
)
def test_numbering_of(text, expected):
    assert numbering_of(text) == expected


def test_wrapped_lines_join_and_hyphenated_words_stay_whole():
    assert join_lines(["Should be longer (6", "responses)"]) == "Should be longer (6 responses)"
    assert join_lines(["multi-", "stakeholder work"]) == "multi-stakeholder work"


def test_a_word_broken_at_a_lines_end_is_one_word_again_a_compound_keeps_its_hyphen():
    assert join_lines(["Inga mot-", "sättningar. Mötet beslutar"]) == "Inga motsättningar. Mötet beslutar"
    assert join_lines(["för vidare re-", "videring"]) == "för vidare revidering"
    assert join_lines(["the IT-", "department"]) == "the IT-department"
    assert join_lines(["Ziemi Chrześcijańsko-", "Patriotycznego"]) == "Ziemi Chrześcijańsko-Patriotycznego"
    assert join_lines(["Schützen-", "und Bürgerverein"]) == "Schützen- und Bürgerverein"


def test_title_then_numbered_bold_headings_nest_by_depth(tmp_path):
    pdf = PdfBuilder(tmp_path / "numbered.pdf")
    pdf.line("Minutes of Quarterly Meeting", style="bold", size=16).line("Quarter 2, 2019", style="bold", size=13)
    pdf.line("Date: Thursday, 20 June 2019", style="bold").space()
    pdf.line("1. Welcome and introduction", style="bold", size=12).line("The chair opened the meeting.")
    pdf.line("2. Updates from members", style="bold", size=12).line("Members shared updates.")
    pdf.line("2.1 KAPE: New schools", style="bold").line("KAPE supports six schools.")
    pdf.line("1. A numbered list item in plain text that is not a heading.", x=80)
    pdf.line("2.2 World Education: Inclusion", style="bold").line("Screening was finished.")
    pdf.line("3. Any other business", style="bold", size=12).line("None.")
    structure, sections = outline(pdf.save())
    assert structure.title == "Minutes of Quarterly Meeting: Quarter 2, 2019"
    assert sections == [
        ("1. Welcome and introduction", 1, None),
        ("2. Updates from members", 1, None),
        ("2.1 KAPE: New schools", 2, 2),
        ("2.2 World Education: Inclusion", 2, 2),
        ("3. Any other business", 1, None),
    ]


def test_small_print_above_the_title_is_not_the_title(tmp_path):
    """A letterhead's logo words (read by OCR from a scan) stand above the title, set small."""
    pdf = PdfBuilder(tmp_path / "logo.pdf")
    pdf.line("at Imperial College London Disease Analysis", style="bold", size=7).space(40)
    pdf.line("Odin-Monty 2025 Workshop Report", size=24).space()
    pdf.line("Held on 24-25 March 2025").line("The report of the workshop and what was said at it.")
    pdf.line("Executive Summary", style="bold", size=14).line("The workshop brought together 75 participants.")
    structure, sections = outline(pdf.save())
    assert structure.title == "Odin-Monty 2025 Workshop Report"
    assert sections == [("Executive Summary", 1, None)]


def test_a_bold_line_centred_under_a_centred_title_is_its_subtitle_whatever_its_size(tmp_path):
    """On a scan sizes are known to a point or two: a subtitle may measure as large as the headings."""
    pdf = PdfBuilder(tmp_path / "centred.pdf")
    pdf.line("Minutes of Quarterly Coordination Meeting", style="bold", size=16, x=150)
    pdf.line("Quarter 2, 2019", style="bold", size=13, x=265).space()
    pdf.line("Date: Thursday, 20 June 2019")
    pdf.line("1. Welcome and introduction", style="bold", size=13).line("The chair opened the meeting.")
    pdf.line("2. Updates from members", style="bold", size=13).line("Members shared updates.")
    structure, sections = outline(pdf.save())
    assert structure.title == "Minutes of Quarterly Coordination Meeting: Quarter 2, 2019"
    assert [heading for heading, _, _ in sections] == ["1. Welcome and introduction", "2. Updates from members"]


def test_a_subtitle_wider_than_the_title_is_its_subtitle_too(tmp_path):
    pdf = PdfBuilder(tmp_path / "wide.pdf")
    pdf.line("Minutes of Online Consultation Meeting", style="bold", size=16, x=160)
    pdf.line("Draft Provincial Guideline on Referral and Case Management", style="bold", size=13, x=120)
    pdf.line("Date: Thursday, 3 September 2020").space()
    pdf.line("1. Background", style="bold", size=13).line("The network met online.")
    pdf.line("2. Discussion", style="bold", size=13).line("Members discussed the draft.")
    structure, _ = outline(pdf.save())
    assert structure.title == ("Minutes of Online Consultation Meeting: "
                               "Draft Provincial Guideline on Referral and Case Management")


def test_a_line_naming_the_meeting_under_the_body_s_name_goes_on_with_the_title(tmp_path):
    """A council's name set large, then "Minutes of the Meeting of ..." in the headings' size, flush left."""
    pdf = PdfBuilder(tmp_path / "council.pdf")
    pdf.line("ASHBY TOWN COUNCIL", style="bold", size=14)
    pdf.line("Minutes of the Meeting of the Finance Committee", style="bold")
    pdf.line("held on Tuesday 12th March 2019 at 7.00pm in the Council Chamber").space()
    pdf.line("Minutes of the previous meeting", style="bold").line("The minutes were approved.")
    pdf.line("Budget monitoring", style="bold").line("The Clerk presented the report.")
    structure, sections = outline(pdf.save())
    assert structure.title == "ASHBY TOWN COUNCIL: Minutes of the Meeting of the Finance Committee"
    assert [heading for heading, _, _ in sections] == ["Minutes of the previous meeting", "Budget monitoring"]


def test_a_plain_line_naming_the_meeting_joins_the_title_without_when_and_where(tmp_path):
    pdf = PdfBuilder(tmp_path / "parish.pdf")
    pdf.line("WESTBURY PARISH COUNCIL", style="bold", size=14)
    pdf.line("Minutes of the Parish Council Meeting held on Monday 7th October 2019 at 7.30pm")
    pdf.line("in the Village Hall").space()
    pdf.line("Es versammelten sich heute, am 25. Februar 2023, 13 Personen zur Mitgliederversammlung.").space()
    pdf.line("19/101 Apologies for absence", style="bold").line("Apologies were received.")
    structure, _ = outline(pdf.save())
    assert structure.title == "WESTBURY PARISH COUNCIL: Minutes of the Parish Council Meeting"


def test_the_body_that_meets_set_apart_under_the_title_is_part_of_it(tmp_path):
    pdf = PdfBuilder(tmp_path / "coop.pdf")
    pdf.line("BOARD OF DIRECTORS MEETING", style="bold", size=14)
    pdf.line("Greenfield Housing Cooperative", style="bold").line("June 14, 2016").space()
    pdf.line("I. CALL TO ORDER").line("The President called the meeting to order.")
    pdf.line("II. REPORTS").line("The Treasurer reported.")
    structure, sections = outline(pdf.save())
    assert structure.title == "BOARD OF DIRECTORS MEETING: Greenfield Housing Cooperative"
    assert [heading for heading, _, _ in sections] == ["I. CALL TO ORDER", "II. REPORTS"]


def test_time_stamped_agenda_lines_nest_under_their_heading(tmp_path):
    pdf = PdfBuilder(tmp_path / "agenda.pdf")
    pdf.line("Minutes of Online Consultation", style="bold", size=16)
    pdf.line("1. Background", style="bold", size=12).line("Some background text for the meeting.")
    pdf.line("2. Proceedings", style="bold", size=12)
    pdf.line("08:30 - 09:00 Joining the call", style="bold", size=12).line("The room was opened.")
    pdf.line("09:00 - 09:15 Opening remarks", style="bold", size=12).line("The chair welcomed all.")
    pdf.line("3. Next steps", style="bold", size=12).line("The draft will be revised.")
    _, sections = outline(pdf.save())
    assert [(h, level) for h, level, _ in sections] == [
        ("1. Background", 1), ("2. Proceedings", 1), ("08:30 - 09:00 Joining the call", 2),
        ("09:00 - 09:15 Opening remarks", 2), ("3. Next steps", 1)]
    assert sections[2][2] == 2 and sections[3][2] == 2


def test_plain_numbered_paragraphs_have_run_in_headings(tmp_path):
    pdf = PdfBuilder(tmp_path / "plain.pdf")
    pdf.line("Association Annual General Meeting").line("2004").space()
    pdf.line("1 Attendance : A list of members attending is available, on request, from the Secretary")
    pdf.line("2 Apologies : Apologies were received from two members of the association")
    pdf.line("3 Quoracy: with over 15 members present, the meeting was deemed quorate today.")
    _, sections = outline(pdf.save())
    assert [h for h, _, _ in sections] == ["1 Attendance", "2 Apologies", "3 Quoracy"]


def test_table_agenda_column_rows_are_sections_under_the_preceding_heading(tmp_path):
    cols = [60, 180, 530]
    pdf = PdfBuilder(tmp_path / "table.pdf")
    pdf.line("Workshop Minutes", style="bold", size=16)
    pdf.line("INTRODUCTION", style="bold", size=12).line("The workshop was held.")
    pdf.line("DETAILED DISCUSSION", style="bold", size=12)
    pdf.table_row([[("Topic", "bold")], [("Detailed Discussion", "bold")]], cols)
    pdf.table_row([[("Session 1: Effective", "bold"), ("Communication", "bold")],
                   [("Ms. Sin Putheary, Head of Communication of CCC", "bold"), ("She presented.", "regular")]], cols)
    pdf.table_row([[("Coffee break", "regular")], [("All", "regular")]], cols)
    pdf.table_row([[("Evaluation", "bold")],
                   [("Results below.", "regular"), ("Part 1: Comments", "italic"), ("Good (3 responses)", "regular")]],
                  cols)
    structure, sections = outline(pdf.save())
    assert sections == [
        ("INTRODUCTION", 1, None),
        ("DETAILED DISCUSSION", 1, None),
        ("Session 1: Effective Communication", 2, 2),
        ("Coffee break", 2, 2),
        ("Evaluation", 2, 2),
        ("Part 1: Comments", 3, 5),
    ]
    assert [s.kind for s in structure.sections] == ["heading", "heading", "session", "break", "agenda_item", "part"]


# -- scans: frames, side columns, signatures (layouts built line by line, no PDF) -------------------

from pipeline.pdf.extract import Cell, Layout, Line  # noqa: E402


def _line(text, top, *, x=72.0, x1=None, size=10.0, bold=False, page=1, cell=None):
    return Line(text=text, page=page, x0=x, x1=x1 if x1 is not None else x + len(text) * size * 0.5, top=top,
                bottom=top + size, size=size, bold=bold, italic=False, cell=cell)


def _sections(lines):
    structure = build_structure(Layout(lines=lines, page_count=max(line.page for line in lines)))
    return structure, [(s.heading, s.level) for s in structure.sections]


def test_a_one_row_table_holding_the_minutes_is_a_frame_read_after_the_letterhead():
    """A scanned form: a vote grid and the agenda ruled as one tall row; the letterhead above the
    column rules comes out after the table's lines, and a side column of actions beside it."""
    frame = Cell(1, 1, 4)
    lines = [
        _line("XX X", 134, x=84, cell=Cell(1, 1, 1)),
        _line("AGENDA ITEM", 118, x=257, cell=frame),
        _line("I. OPEN SESSION", 183, x=147, bold=True, cell=frame),
        _line("II. PUBLIC HEARING: MATTERS TO BE CONSIDERED IN", 206, x=147, x1=455, bold=True, cell=frame),
        _line("CLOSED SESSION", 218, x=170, bold=True, cell=frame),
        _line("None", 242, x=170, cell=frame),
        _line("III. CLOSED SESSION", 266, x=147, bold=True, cell=frame),
        _line("Closed session to consider the appointment of public employees.", 290, x=170, cell=frame),
        _line("IV. ADJOURNMENT", 360, x=147, bold=True, cell=frame),
        _line("SPECIAL PUBLIC MEETING OF THE BOARD OF EDUCATION", 44, x=197, x1=444, size=8),  # OCR's sizes
        _line("UNIFIED SCHOOL DISTRICT", 56, x=238, x1=402, size=8),
        _line("AUDITORIUM, EDUCATION CENTER", 68, x=250, x1=391),
        _line("4100 NORMAL STREET", 80, x=275, x1=366),
        _line("ACTION AUTHORIZED", 112, x=479, x1=582, bold=True),
        _line("President Smith called the meeting to order.", 183, x=481, x1=584),
        _line("These minutes of a meeting of", 647, x=152, bold=True),
        _line("the Board of Education were approved.", 660, x=152),
    ]
    structure, sections = _sections(lines)
    assert structure.title == "SPECIAL PUBLIC MEETING OF THE BOARD OF EDUCATION UNIFIED SCHOOL DISTRICT"
    assert sections == [("I. OPEN SESSION", 1), ("II. PUBLIC HEARING: MATTERS TO BE CONSIDERED IN CLOSED SESSION", 1),
                        ("III. CLOSED SESSION", 1), ("IV. ADJOURNMENT", 1)]
    front = [block.text for block in structure.front]
    assert "AUDITORIUM, EDUCATION CENTER 4100 NORMAL STREET" in front  # the place: metadata, not a heading
    assert "AGENDA ITEM" not in " ".join(front)  # the frame's column name is no text of the minutes


def test_a_table_of_many_rows_stays_a_table():
    lines = [_line(f"Topic {n}", 100 + 40 * n, cell=Cell(1, n, 0)) for n in range(1, 4)]
    lines += [_line(f"Discussion line {k} of topic {n}.", 100 + 40 * n + 12 * k, x=200, cell=Cell(1, n, 1))
              for n in range(1, 4) for k in range(3)]
    _, sections = _sections(lines)
    assert [heading for heading, _ in sections] == ["Topic 1", "Topic 2", "Topic 3"]


def test_lines_broken_off_a_sentence_and_names_alone_are_not_headings():
    lines = [
        _line("Minutes of the Board", 40, size=16, bold=True),
        _line("1. Reports", 100, bold=True),
        _line("The reports were received and discussed by the members present at the meeting.", 114, x1=520),
        _line("ATTENDANCE AT THIS REGULAR MEETING (Board", 140),
        _line("These minutes of a meeting of", 170, bold=True),
        _line("the Board were approved by the board and signed.", 183),
        _line("2. Attendance list:", 220, bold=True),
        _line("Bianca Ambrosi", 240, size=14),
        _line("Madeleine Salzmann", 258, size=14),
        _line("Milton Keynes A", 290, bold=True),
        _line("The team finished third in the league this season with seven wins.", 304, x1=520),
    ]
    _, sections = _sections(lines)
    assert [heading for heading, _ in sections] == ["1. Reports", "2. Attendance list", "Milton Keynes A"]


def test_capitals_run_together_by_ocr_split_only_into_words_the_document_writes_apart():
    from pipeline.pdf.textlayer import split_run_together

    lines = [_line("SAN DIEGO UNIFIEDSCHOOLDISTRICT", 40), _line("SANDIEGO, CA 92103 OVERVIEW", 52),
             _line("JO ANNE SAWYERKNOLL", 64),
             _line("The minutes of San Diego Unified School District were approved; SawyerKnoll reported.", 80),
             _line("SAN DIEGO UNIFIEDSCHOOLDISTRICT", 104, page=2)]
    layout = split_run_together(Layout(lines=lines, page_count=2), [1])
    assert [line.text for line in layout.lines[:3]] == [
        "SAN DIEGO UNIFIED SCHOOL DISTRICT", "SAN DIEGO, CA 92103 OVERVIEW", "JO ANNE SAWYERKNOLL"]
    assert layout.lines[-1].text == "SAN DIEGO UNIFIEDSCHOOLDISTRICT"  # a page read from its text layer: as it is


def test_roman_numbers_ocr_read_with_lookalikes_are_mended_on_ocr_pages_only():
    from pipeline.pdf.textlayer import mend_roman_numbers

    lines = [_line("I. OPEN SESSION", 40), _line("Il. CLOSED SESSION", 60), _line("lV. REPORTS", 80),
             _line("Vl. ADJOURNMENT", 100), _line("ll. not a number", 120), _line("Il.", 130),
             _line("Il. Was ist", 140, page=2)]
    layout = mend_roman_numbers(Layout(lines=lines, page_count=2), [1])
    assert [line.text for line in layout.lines] == [
        "I. OPEN SESSION", "II. CLOSED SESSION", "IV. REPORTS", "VI. ADJOURNMENT", "ll. not a number",
        "II.",  # a number read as a line of its own
        "Il. Was ist"]  # page 2 was read from its text layer: as it is


def test_a_roll_call_table_rows_of_figures_and_garbled_lines_are_not_sections():
    lines = [_line("Minutes of the Commission", 40, size=16, bold=True),
             _line("1. CALL TO ORDER AND ROLL CALL", 80, bold=True)]
    for n, name in enumerate(["Andrei Garcia", "Michael Mashack Commissioner", "Ofelia Bello", "Juan Mendez"]):
        lines += [_line(name, 100 + 14 * n, cell=Cell(1, n + 1, 0)), _line("Present", 100 + 14 * n, x=300,
                                                                            cell=Cell(1, n + 1, 1))]
    lines += [_line("2. SURVEY RESULTS", 180, bold=True),
              _line("CREATING UNIT TESTS 86% 14% 0%", 200), _line("TOTAL | 1299.95", 214),
              _line("2% A I—T —_", 226),  # OCR's reading of a chart
              _line("3. ADJOURNMENT", 240, bold=True)]
    _, sections = _sections(lines)
    assert [heading for heading, _ in sections] == [
        "1. CALL TO ORDER AND ROLL CALL", "2. SURVEY RESULTS", "3. ADJOURNMENT"]


def test_a_table_whose_item_column_holds_only_numbers_takes_the_item_from_the_next_cell(tmp_path):
    pdf = PdfBuilder(tmp_path / "numbered_table.pdf")
    pdf.line("Partnership Board - Minutes", style="bold", size=15).space(10)
    cols = [60, 110, 430, 530]
    pdf.table_row([[("Item", "bold")], [("Discussion", "bold")], [("Action", "bold")]], cols)
    pdf.table_row([[("1.", "regular")], [("Welcome and apologies", "bold"), ("The Chair welcomed members.", "regular")],
                   [("", "regular")]], cols)
    pdf.table_row([[("2.", "regular")], [("Finance report", "bold"), ("Mark Tully presented the report.", "regular")],
                   [("MT to circulate", "regular")]], cols)
    structure, sections = outline(pdf.save())
    assert [heading for heading, _, _ in sections] == ["1. Welcome and apologies", "2. Finance report"]


def test_items_taken_up_after_the_agenda_list_are_not_nested_in_it(tmp_path):
    pdf = PdfBuilder(tmp_path / "agenda_first.pdf")
    pdf.line("Verbale dell'assemblea dei soci", style="bold", size=15).space()
    pdf.line("Ordine del giorno:").line("1. Approvazione del bilancio 2023").line("2. Varie ed eventuali").space()
    pdf.line("Punto 1 - Approvazione del bilancio 2023", style="bold").line("Il tesoriere illustra il bilancio.")
    pdf.line("Punto 2 - Varie ed eventuali", style="bold").line("Nessuna.")
    _, sections = outline(pdf.save())
    levels = {heading: level for heading, level, _ in sections}
    assert levels["Punto 1 - Approvazione del bilancio 2023"] == levels["Ordine del giorno"] == 1
    assert levels["Punto 2 - Varie ed eventuali"] == 1



def test_a_number_shallower_than_the_open_ones_returns_to_the_heading_that_held_its_place():
    """A scan lost "6" of "6 Reports were made" (bold): 6.1, 6.2 nest under the bold heading, and
    "7" after them is its peer, not a sub-item of 6.2; under a shallower number "2.1.1" then "2.2"
    stay inside "2"."""
    lines = [
        _line("Annual General Meeting 2004", 40, size=16, bold=True),
        _line("Reports were made:", 100, bold=True),
        _line("6.1 Treasurer's report", 114, x=90), _line("6.2 Secretary's report", 128, x=90),
        _line("7 Ratification of the constitution", 142, x=80), _line("8 Elections", 156, x=80),
        _line("8.1 For Chair", 170, x=90), _line("8.1.1 Nominations made", 184, x=100),
        _line("8.1.2 Ballot held", 191, x=100), _line("8.2 For Vice-Chair", 198, x=90),
    ]
    _, sections = _sections(lines)
    assert sections == [("Reports were made", 1), ("6.1 Treasurer's report", 2), ("6.2 Secretary's report", 2),
                        ("7 Ratification of the constitution", 1), ("8 Elections", 1), ("8.1 For Chair", 2),
                        ("8.1.1 Nominations made", 3), ("8.1.2 Ballot held", 3), ("8.2 For Vice-Chair", 2)]


def test_scanned_tables_of_figures_read_with_rules_as_bars_of_one_word_again_and_links_head_nothing():
    figures = ["travel", "15.05", "| 19.60", "73.00 |", "NA |", "|", ",", "1186.95"]
    lines = [_line("1. Budget", 80, bold=True)]
    lines += [_line(text, 100 + 12 * n, x=250, cell=Cell(1, n + 1, 0)) for n, text in enumerate(figures)]
    lines += [_line("2. Outlook", 220, bold=True),
              _line("Go to www.menti.com and use the code 1217 2566", 240, x=230, cell=Cell(2, 1, 0)),
              _line("3. Any other business", 300, bold=True)]
    for n, name in enumerate(["long_name", "units", "_FillValue", "actual_range"]):  # a listing OCR found ruled
        lines += [_line("attribute", 320 + 12 * n, x=116, cell=Cell(3, n + 1, 0)),
                  _line(name, 320 + 12 * n, x=240, cell=Cell(3, n + 1, 1))]
    _, sections = _sections(lines)
    assert [heading for heading, _ in sections] == ["1. Budget", "2. Outlook", "3. Any other business"]


def test_a_logo_read_by_ocr_is_not_the_title_nor_a_date_with_full_stops_for_commas():
    logo = [_line("| NeuroML]|", 60, x=148, size=15.4, bold=True),
            _line("Emerging Standards for Computational Neuroscience", 100, x=212),
            _line("NeuroML Development Workshop: Biophysical Single Cell Modelling", 124, x=129, size=11.5),
            _line("Background", 170, bold=True),
            _line("The complexity of problems in neuroscience requires that research from many groups is shared.", 184),
            _line("Future plans", 220, bold=True),
            _line("The next meeting will be held in the autumn and will look at networks of cells in detail.", 234)]
    structure, sections = _sections(logo)
    assert structure.title == ("Emerging Standards for Computational Neuroscience: NeuroML Development Workshop: "
                               "Biophysical Single Cell Modelling")
    assert [heading for heading, _ in sections] == ["Background", "Future plans"]
    dated = [_line("MINUTES", 60, x=280, bold=True), _line("REGULAR MEETING", 72, x=262, bold=True),
             _line("BOARD OF EDUCATION", 84, x=258, bold=True),
             _line("TUESDAY. OCTOBER 22. 2024 — 5:00 P.M.", 96, x=230, bold=True),
             _line("The Board of Education met in Regular Session on Tuesday at 5:01 p.m. with all present.", 140),
             _line("Public Comment", 170, bold=True),
             _line("Speakers addressed the Board on school closures and on the new superintendent.", 184)]
    structure, _ = _sections(dated)
    assert structure.title == "MINUTES REGULAR MEETING BOARD OF EDUCATION"


def test_rules_ocr_reads_into_table_cells_neither_break_nor_make_headings():
    """A topic | discussion table on a scan: the column rule read as "|", "_" or "f" beside the topics,
    and a topic's lines set apart by the marks beside them."""
    lines = [_line("Workshop Report", 40, size=16, bold=True), _line("DETAILED DISCUSSION", 70, bold=True)]
    lines += [_line("| Session 3: Communication", 100, x=70, bold=True, cell=Cell(1, 1, 0)),
              _line("| Need Assessment _", 118, x=70, bold=True, cell=Cell(1, 1, 0)),
              _line("He distributed the questionnaire of communication need assessment to all.", 100, x=205,
                    cell=Cell(1, 1, 1)),
              _line("Session 4: Do No Harm | and Conflict", 160, x=70, bold=True, cell=Cell(1, 2, 0)),
              _line("She presented the project and its goals to the participants.", 160, x=205, cell=Cell(1, 2, 1)),
              _line("|", 200, x=195, cell=Cell(1, 3, 0)), _line("f", 260, x=195, cell=Cell(1, 3, 0)),
              _line("Clean water had been brought up and discussed for a solution.", 200, x=205, cell=Cell(1, 3, 1))]
    _, sections = _sections(lines)
    assert [heading for heading, _ in sections] == [
        "DETAILED DISCUSSION", "Session 3: Communication Need Assessment", "Session 4: Do No Harm and Conflict"]


def test_a_numbered_item_between_bold_ones_that_lost_its_bold_is_its_whole_line():
    item = "2. Lecture du rapport du Président (incluant le rapport de l’AG du 28 février 2023)"
    lines = [_line("Procès-verbal de l’Assemblée Générale", 40, size=16, bold=True),
             _line("1. Présences", 80, bold=True),
             _line("David Viry, Maryse Nafti et Monika Zweygarth sont présents ce soir-là.", 94),
             _line(item, 116, x1=480),
             _line("Maryse donne lecture au rapport du Président pour l’année 2023, disponible en ligne.", 136),
             _line("3. Compte d’exploitation, bilan et budget", 160, bold=True),
             _line("L'exercice 2023 annonce une perte de CHF 610 malgré une subvention de la ville.", 174)]
    _, sections = _sections(lines)
    assert [heading for heading, _ in sections] == ["1. Présences", item, "3. Compte d’exploitation, bilan et budget"]


def test_ocr_d_headings_of_one_style_read_a_point_apart_are_peers_but_text_sizes_are_exact():
    def scanned(text, top, size, bold=True):
        return replace(_line(text, top, size=size, bold=bold), ocr=True)

    def paragraph(top):
        return scanned("The workshop was advertised widely and many people applied for a place.", top, 10, False)

    lines = [scanned("Workshop report", 40, 20), scanned("Advertising", 80, 15.9), paragraph(100),
             scanned("Applicants", 130, 14.7), paragraph(150), scanned("Surveys", 180, 16.3), paragraph(200),
             scanned("Experience before and after", 230, 12.6), paragraph(250)]
    _, sections = _sections(lines)
    assert sections == [("Advertising", 1), ("Applicants", 1), ("Surveys", 1), ("Experience before and after", 2)]
    _, sections = _sections([replace(line, ocr=False) for line in lines])
    assert sections[1] == ("Applicants", 2)  # a text PDF's sizes are what the typesetter set


def test_an_ocr_d_line_in_plain_capitals_set_smaller_than_the_text_heads_nothing():
    def scanned(text, top, size, bold=False):
        return replace(_line(text, top, size=size, bold=bold), ocr=True)

    lines = [scanned("Mitgliederversammlung", 40, 20, True),
             scanned("Die Versammlung wurde um 11 Uhr vom Vorstand eröffnet und war beschlussfähig.", 64, 12),
             scanned("Ausblicke für das Jahr", 80, 14, True),
             scanned("Es wurden mögliche Ziele für das Jahr vorgestellt und um weitere Vorschläge gebeten.", 100, 12),
             scanned("DRRM", 120, 9.5),
             scanned("Lange Nacht der Kunst, am 20. Mai, und eine Aufräumparty mit einer Inventarliste.", 140, 12)]
    _, sections = _sections(lines)
    assert [heading for heading, _ in sections] == ["Ausblicke für das Jahr"]
    _, sections = _sections([replace(line, ocr=False) for line in lines])
    assert "DRRM" in [heading for heading, _ in sections]  # a text PDF's small capitals: as they are read


def test_a_heading_that_ends_a_page_does_not_run_into_the_indented_paragraph_opening_the_next():
    def para(top, page, n=3):
        return [_line("The discussion dealt with the parts of the language that describe the cells and", top + 12 * k,
                      x=126, x1=520, page=page) for k in range(n)]

    lines = [_line("Workshop report", 40, size=16, bold=True), *para(80, 1), _line("Introduction", 130, x=90),
             *para(150, 1), _line("Spatial descriptions of cells (Moderator: P. Gleeson)", 700, x=90, x1=330),
             *para(60, 2, 4)]
    _, sections = _sections(lines)
    assert [heading for heading, _ in sections] == [
        "Introduction", "Spatial descriptions of cells (Moderator: P. Gleeson)"]


def test_a_plain_heading_set_out_left_is_told_by_its_own_page_s_margin_not_by_a_column_away():
    """A scanned page sits 8 points further right than the first: its heading, set out left of its
    indented text, is told by that page's margin; a vote grid's label far left of a column is not one."""
    def para(top, page, x, n):
        return [_line("The discussion dealt with the parts of the language that describe the cells and", top + 12 * k,
                      x=x, x1=520 if k < n - 1 else 300, page=page) for k in range(n)]

    lines = [_line("Workshop report", 40, size=16, bold=True), *para(80, 1, 126, 12),
             *para(200, 2, 134, 8), _line("Implementation issues", 320, x=118, page=2), *para(340, 2, 134, 8),
             _line("Present", 460, x=39, page=2), *para(480, 2, 481, 3)]
    _, sections = _sections(lines)
    assert [heading for heading, _ in sections] == ["Implementation issues"]


def test_an_outline_takes_its_levels_from_its_numbering_styles_and_tells_letter_i_from_roman_one(tmp_path):
    pdf = PdfBuilder(tmp_path / "outline.pdf")
    pdf.line("Minutes of the Board of Education", style="bold", size=16).space()
    pdf.line("I. OPEN SESSION", style="bold").line("The President called the meeting to order.")
    pdf.line("A. PLEDGE OF ALLEGIANCE", style="bold").line("All stood.")
    pdf.line("E. ACTION ITEMS", style="bold").space()
    pdf.line("2. BUSINESS OPERATIONS", style="bold").space()
    pdf.line("a. Review of the district budget", x=90).line("Staff presented the budget.", x=90)
    pdf.line("b. Public hearing on the budget", x=90).line("Two speakers addressed the Board.", x=90)
    pdf.line("F. SUPERINTENDENT'S REPORT", style="bold").line("The report was received.")
    pdf.line("I. ADJOURNMENT", style="bold").line("The meeting was adjourned at 7 p.m.")
    _, sections = outline(pdf.save())
    assert [(heading.split(".")[0], level) for heading, level, _ in sections] == [
        ("I", 1), ("A", 2), ("E", 2), ("2", 3), ("a", 4), ("b", 4), ("F", 2), ("I", 2)]


def test_letters_past_h_continue_an_outline_and_return_to_its_level(tmp_path):
    pdf = PdfBuilder(tmp_path / "letters.pdf")
    pdf.line("Minutes of the Board of Education", style="bold", size=16).space()
    pdf.line("I. OPEN SESSION", style="bold").line("The President called the meeting to order.")
    pdf.line("C. RECOGNITIONS", style="bold").space()
    pdf.line("1. Classified Employees Week", style="bold").line("The Board recognized three employees.")
    pdf.line("N. ADJOURNMENT", style="bold").line("The meeting was adjourned at 5 p.m.")
    _, sections = outline(pdf.save())
    assert [(heading, level) for heading, level, _ in sections] == [
        ("I. OPEN SESSION", 1), ("C. RECOGNITIONS", 2), ("1. Classified Employees Week", 3), ("N. ADJOURNMENT", 2)]


def test_a_numbered_heading_repeated_atop_the_next_page_continues_its_item_under_its_repeat(tmp_path):
    """The repeats are headings the reader sees (gold lists them as optional), at the levels of the
    items they repeat; what the next page sets under them is theirs."""
    pdf = PdfBuilder(tmp_path / "repeated.pdf")
    pdf.line("Minutes of the Board of Education", style="bold", size=16).space()
    pdf.line("E. ACTION ITEMS", style="bold").space()
    pdf.line("10. HUMAN RESOURCES", style="bold").space()
    pdf.line("a. Reduction of classified services", x=90).line("The Board discussed the reductions.", x=90)
    pdf.page_break()
    pdf.line("E. ACTION ITEMS", style="bold").space()
    pdf.line("10. HUMAN RESOURCES", style="bold").space()
    pdf.line("b. Reduction of supervisor services", x=90).line("The Board discussed the reductions.", x=90)
    structure, sections = outline(pdf.save())
    assert sections == [("E. ACTION ITEMS", 1, None), ("10. HUMAN RESOURCES", 2, 1),
                        ("a. Reduction of classified services", 3, 2),
                        ("E. ACTION ITEMS", 1, None), ("10. HUMAN RESOURCES", 2, 4),
                        ("b. Reduction of supervisor services", 3, 5)]
    assert structure.sections[2].body == "The Board discussed the reductions."  # the repeats are no text of it


def test_a_bold_aside_in_brackets_under_an_item_is_part_of_its_heading(tmp_path):
    pdf = PdfBuilder(tmp_path / "aside.pdf")
    pdf.line("Minutes of the Board of Education", style="bold", size=16).space()
    pdf.line("1. BUDGET", style="bold").space()
    pdf.line("a. Review of the proposed budget", x=72).space()
    pdf.line("b. PUBLIC HEARING on the proposed budget", x=72).line("(Time certain: 4:00 p.m.)", style="bold", x=90)
    pdf.line("Two speakers addressed the Board in the hearing.", x=90)
    _, sections = outline(pdf.save())
    assert [heading for heading, _, _ in sections] == [
        "1. BUDGET", "a. Review of the proposed budget",
        "b. PUBLIC HEARING on the proposed budget (Time certain: 4:00 p.m.)"]


def test_a_numbered_item_titled_in_title_case_heads_a_section_with_its_full_stop(tmp_path):
    pdf = PdfBuilder(tmp_path / "titled.pdf")
    pdf.line("Minutes of the Board of Education", style="bold", size=16).space()
    pdf.line("C. RECOGNITIONS AND PRESENTATIONS", style="bold").space()
    pdf.line("1. Resolution in the Matter of the Recognition of Classified School Employees Week.", x=72).space()
    pdf.line("The Board recognized two employees of the year.", x=90).space()
    pdf.line("a. The committee agreed that the budget should be sent to the members.", x=72)
    pdf.line("D. ADJOURNMENT", style="bold").line("The meeting was adjourned at 5 p.m.")
    _, sections = outline(pdf.save())
    assert [heading for heading, _, _ in sections] == [
        "C. RECOGNITIONS AND PRESENTATIONS",
        "1. Resolution in the Matter of the Recognition of Classified School Employees Week.", "D. ADJOURNMENT"]


def test_an_item_wrapped_in_a_forms_agenda_column_is_one_block_though_the_action_column_reaches_further():
    def line(text, x0, x1, bottom):
        return Line(text=text, x0=x0, x1=x1, top=bottom - 10, bottom=bottom, size=10, bold=False, italic=False, page=1)

    blocks = build_blocks([
        line("c. Resolution in the Matter of the Reduction of Classified Supervisor", 146, 425, 475),
        line("Services for the 2003-04 School Year. (Paraeducators Unit)", 170, 400, 486),
        line("A paragraph of running text in the agenda column fills it to its right edge.", 146, 440, 520),
        line("Approve the recommendation of the superintendent", 482, 580, 540),
    ])
    assert [block.text for block in blocks][0] == ("c. Resolution in the Matter of the Reduction of Classified "
                                                   "Supervisor Services for the 2003-04 School Year. "
                                                   "(Paraeducators Unit)")


def test_a_tables_head_printed_again_over_its_sessions_heads_no_section_where_it_was_not_read_as_its_head():
    lines, top, row = [], 100, 0
    for head_mark, item in (("Topic", "Session 1: Communication"), ("' Topic", "Coffee break"),
                            ("_ Topic", "Session 2: Do No Harm"), ("Topic |", "Session 3: Evaluation")):
        row += 1
        lines += [_line(head_mark, top, cell=Cell(1, row, 0)), _line("Detailed Discussion", top, x=200,
                                                                      cell=Cell(1, row, 1))]
        row += 1
        lines += [_line(item, top + 20, cell=Cell(1, row, 0)),
                  _line("The participants discussed the matter at length.", top + 20, x=200, cell=Cell(1, row, 1))]
        top += 60
    _, sections = _sections(lines)
    assert [heading for heading, _ in sections] == [
        "Session 1: Communication", "Coffee break", "Session 2: Do No Harm", "Session 3: Evaluation"]


@pytest.mark.parametrize(
    ("headings", "letters"),
    [
        (["I. OPEN SESSION", "A. PLEDGE", "E. ACTION ITEMS", "10. OFFICE", "I. ADJOURNMENT"], {4: "I"}),
        (["I. OPEN SESSION", "C. RECOGNITIONS", "N. ADJOURNMENT"], {2: "N"}),
        (["I. OPEN", "II. CLOSED", "A. PLEDGE", "B. REPORT", "I. ADJOURNMENT"], {}),  # "III." read as "I."
        (["I. OPEN", "II. CLOSED", "A. PLEDGE", "H. REPORT", "I. ADJOURNMENT"], {4: "I"}),
        (["I. OPEN", "II. CLOSED", "III. VOTE", "IV. REPORT", "V. ADJOURNMENT"], {}),
        (["J. Smith reported.", "K. Jones agreed."], {}),
    ],
)
def test_capitals_are_letters_where_the_outline_leads_to_them(headings, letters):
    assert outline_letters(headings) == letters


def test_a_numbered_heading_that_wrapped_keeps_its_rest_hung_under_it_in_another_weight():
    def line(text, x0, x1, bottom, bold=False):
        return Line(text=text, x0=x0, x1=x1, top=bottom - 10, bottom=bottom, size=10, bold=bold, italic=False, page=1)

    blocks = build_blocks([
        line("10. OFFICE OF THE SUPERINTENDENT--Human Resource", 146, 420, 290, bold=True),
        line("Services", 170, 210, 303),
        line("1. MINUTES", 146, 200, 340, bold=True),
        line("The minutes of the last meeting were approved as read by all.", 170, 440, 353),
    ])
    assert [block.text for block in blocks] == [
        "10. OFFICE OF THE SUPERINTENDENT--Human Resource Services", "1. MINUTES",
        "The minutes of the last meeting were approved as read by all."]


def test_a_roman_number_ocr_read_as_letters_is_mended_only_where_the_outline_leaves_it():
    from pipeline.pdf.textlayer import mend_roman_outline

    def texts(*lines: str) -> list[str]:
        return [line.text for line in mend_roman_outline([_line(text, 40 + 20 * n) for n, text in enumerate(lines)],
                                                         {1})]

    assert texts("I. OPEN SESSION", "II. PLEDGE", "Til. SWEARING IN", "IV. ADJOURNMENT") == [
        "I. OPEN SESSION", "II. PLEDGE", "III. SWEARING IN", "IV. ADJOURNMENT"]
    assert texts("L OPEN SESSION", "II. PLEDGE") == ["I. OPEN SESSION", "II. PLEDGE"]
    assert texts("II. PLEDGE", "Til. SWEARING IN") == ["II. PLEDGE", "III. SWEARING IN"]  # the outline's end
    # no roman heading around it, one that leaves two numbers, letters not the number, a word: as read
    assert texts("L OPEN SESSION", "A. PLEDGE") == ["L OPEN SESSION", "A. PLEDGE"]
    assert texts("I. OPEN", "Til. SWEARING", "V. ADJOURNMENT") == ["I. OPEN", "Til. SWEARING", "V. ADJOURNMENT"]
    assert texts("II. PLEDGE", "Tea. BREAK", "IV. END") == ["II. PLEDGE", "Tea. BREAK", "IV. END"]
    assert texts("I. OPEN", "It WAS MOVED", "III. END") == ["I. OPEN", "It WAS MOVED", "III. END"]
    assert mend_roman_outline([_line("I. OPEN", 40), _line("Til. SWEARING", 60), _line("III. END", 80)], {2})[
        1].text == "Til. SWEARING"  # read from the text layer


def test_the_first_heading_whose_i_ocr_read_as_a_letter_is_mended_where_a_follows_it():
    from pipeline.pdf.textlayer import mend_outline_start

    def texts(*lines: str, pages=frozenset({1})) -> list[str]:
        return [line.text for line in mend_outline_start([_line(text, 40 + 20 * n) for n, text in enumerate(lines)],
                                                         set(pages))]

    assert texts("MINUTES", "L OPEN SESSION", "A. PLEDGE", "C. ADJOURNMENT")[1] == "I. OPEN SESSION"
    assert texts("l. OPEN SESSION", "A. PLEDGE")[0] == "I. OPEN SESSION"
    # not the outline's first number, no "A." next, a word, a text layer: as read
    assert texts("A. PLEDGE", "L OPEN SESSION", "B. REPORT")[1] == "L OPEN SESSION"
    assert texts("L OPEN SESSION", "B. REPORT")[0] == "L OPEN SESSION"
    assert texts("It WAS MOVED", "A. PLEDGE")[0] == "It WAS MOVED"
    assert texts("L OPEN SESSION", "A. PLEDGE", pages={2})[0] == "L OPEN SESSION"


def _scanned(text, top, *, x=146.0, x1=None, bold=False, page=1):
    return replace(_line(text, top, x=x, x1=x1, bold=bold, page=page), ocr=True)


def test_a_roman_heading_plain_for_its_aside_continues_or_opens_the_styled_roman_ones():
    """OCR weighs a line whole: "III. OPEN SESSION (3:00 p.m., Auditorium)" reads plain, and so does the
    last line of a bold heading that ends in its aside."""
    lines = [_scanned("I. Public Hearing: Matters to be Considered in Closed", 40, x1=440, bold=True),
             _scanned("Session. (1:30 p.m., Auditorium)", 53, x=170),
             _scanned("Several people addressed the Board in public hearings regarding discipline.", 80, x=170, x1=470),
             _scanned("II. CLOSED SESSION (Room 2249)", 110, bold=True),
             _scanned("Closed session to discuss employment of principals and of vice principals.", 130, x=170, x1=470),
             _scanned("III. OPEN SESSION (3:00 p.m., Auditorium)", 160),
             _scanned("A. PLEDGE OF ALLEGIANCE", 190, bold=True),
             _scanned("B. REPORT ON CLOSED SESSION", 220, bold=True),
             _scanned("IV. Public Hearing on the Budget of the Year (4:00 p.m., Auditorium)", 250)]
    _, sections = _sections(lines)
    assert sections == [("I. Public Hearing: Matters to be Considered in Closed Session. (1:30 p.m., Auditorium)", 1),
                        ("II. CLOSED SESSION (Room 2249)", 1), ("III. OPEN SESSION (3:00 p.m., Auditorium)", 1),
                        ("A. PLEDGE OF ALLEGIANCE", 2), ("B. REPORT ON CLOSED SESSION", 2)]  # IV: not after III
    _, sections = _sections([replace(line, ocr=False) for line in lines])
    assert sections[0] == ("I. Public Hearing", 1)  # a text PDF's weights are as set: a plain item's run-in heading


def test_a_lettered_heading_ocr_read_without_its_stop_takes_its_place_between_the_letters_around_it():
    lines = [_scanned("I. OPEN SESSION", 40, bold=True), _scanned("A. PLEDGE OF ALLEGIANCE", 70, bold=True),
             _scanned("E ACTION/INFORMATION ITEMS", 100, bold=True),
             _scanned("2. ADMINISTRATION--Finance", 130, bold=True),
             _scanned("Adopt the budget of the district for the coming year as presented.", 150, x=170),
             _scanned("A MOTION TO ADJOURN", 180, bold=True), _scanned("J. ADJOURNMENT", 210, bold=True)]
    _, sections = _sections(lines)
    assert [(h, lvl) for h, lvl in sections if h[:2] in ("E.", "E ", "J.", "A ")] == [
        ("E. ACTION/INFORMATION ITEMS", 2), ("A MOTION TO ADJOURN", 4), ("J. ADJOURNMENT", 2)]


def test_short_numbered_lines_with_no_text_between_them_are_a_list_not_sections():
    """A list of schools under a lettered item, some of whose numbers OCR lost or set apart; numbered
    items with text of their own between them stay sections."""
    schools = [_scanned("1. Angier Elementary School and Barnes and Noble.", 100, x=160),
               _scanned("2. Audubon Elementary School and Military Sealift Command.", 114, x=160),
               _scanned("Barnard Elementary School and SeaWorld Adventure Park.", 128, x=183),
               _scanned("4. Correia Junior High School and Naval Health Research Center.", 142, x=160),
               _scanned("5.", 156, x=160), _scanned("Crown Point Elementary School and COSTCO.", 156, x=183),
               _scanned("6. Curie Elementary School and Hyatt Regency La Jolla.", 170, x=160)]
    lines = [_scanned("II. SUPERINTENDENT'S SPECIAL REPORT", 40, x=160, bold=True),
             _scanned("a. Recognition Of New Partners In Education", 70, x=160), *schools,
             _scanned("C. ADJOURNMENT", 200, x=160, bold=True)]
    _, sections = _sections(lines)
    assert [heading for heading, _ in sections] == [
        "II. SUPERINTENDENT'S SPECIAL REPORT", "a. Recognition Of New Partners In Education", "C. ADJOURNMENT"]
    items = [_scanned("1. Board Policy Analyst Assignments.", 100, x=160),  # its action in the column beside
             _scanned("None.", 100, x=480),
             _scanned("2. Resolution in Support of Student Health.", 140, x=160),
             _scanned("Adopt.", 140, x=480),
             _scanned("3. Monthly Report on Board Policy Tracking System.", 180, x=160),
             _scanned("See EXHIBIT F1.", 180, x=480)]
    _, sections = _sections([*lines[:2], *items])
    assert len(sections) == 5


def test_an_open_heading_printed_again_atop_the_next_page_continues_it_and_continued_is_no_part_of_a_heading():
    lines = [_line("II. SUPERINTENDENT'S SPECIAL REPORT", 40, bold=True),
             _line("The Superintendent reported on the partners of the schools in the district.", 60),
             _line("SUPERINTENDENT'S SPECIAL REPORT", 40, bold=True, page=2),
             _line("a. Recognition of new partners to the Partnerships in Education Program. (continued)", 60,
                   page=2),
             _line("The following schools and partners were recognized at the meeting tonight.", 80, page=2),
             _line("III. ADJOURNMENT", 110, bold=True, page=2)]
    _, sections = _sections(lines)
    assert sections == [("II. SUPERINTENDENT'S SPECIAL REPORT", 1), ("SUPERINTENDENT'S SPECIAL REPORT", 1),
                        ("a. Recognition of new partners to the Partnerships in Education Program.", 2),
                        ("III. ADJOURNMENT", 1)]


def test_a_plain_label_heading_on_a_scanned_page_lying_further_right_is_the_peer_of_the_one_before():
    """A sheet lies a few points further right on the scanner than the one before: "Summary:" at 81 on
    page 2 is set as "Notes:" at 76 on page 1, each at its page's left edge."""
    def page(label, x, page_no):
        return [_scanned(label, 40, x=x, page=page_no),
                _scanned("1. The members asked how other domains could be involved in the work.", 60, x=x + 20,
                         page=page_no),
                _scanned("2. The members asked whether to include large sets of new names.", 74, x=x + 20,
                         page=page_no)]

    lines = [replace(_scanned("Meeting notes", 0, x=76), size=16, bottom=16, bold=True), _scanned("NOTES", 20, x=76),
             *page("Mathew Biddle:", 76, 1)[:2], *page("Summary:", 81, 2)]
    _, sections = _sections(lines)
    assert sections == [("NOTES", 1), ("Mathew Biddle", 1), ("Summary", 1)]
    _, sections = _sections([replace(line, ocr=False) for line in lines])
    assert sections == [("NOTES", 1), ("Mathew Biddle", 1), ("Summary", 2)]  # a text PDF's places are exact


def test_a_heading_number_read_as_a_line_of_its_own_is_joined_to_its_heading_and_its_size_ranks_nothing():
    """OCR reads "CLOSED SESSION (Room 2249)", set larger than its number, before "II." on its line;
    "1. APPROVAL OF MINUTES" underlined reads larger than the numbered items before it."""
    lines = [_scanned("I. Public Hearing: Matters to be Considered in Closed Session.", 40, x1=440, bold=True),
             _scanned("(1:30 p.m., Auditorium)", 53, x=170),  # the bold heading's aside, all its last line
             _scanned("Several people addressed the Board in public hearings regarding discipline.", 80, x=170,
                      x1=470),
             replace(_scanned("CLOSED SESSION (Room 2249)", 110, x=170, bold=True), size=14, top=106),
             _scanned("II.", 110, bold=True),
             _scanned("Closed session to discuss employment of principals and of vice principals.", 130, x=170,
                      x1=470),
             _scanned("A. CONSENT ITEMS", 160, bold=True),
             _scanned("1. Report on bid opening for the reroofing project at Miller School", 180, x1=440, bold=True),
             _scanned("Approve.", 180, x=480),
             _scanned("B. CONSENT ITEMS CONTINUED", 210, bold=True),
             replace(_scanned("1. APPROVAL OF MINUTES", 234, bold=True), size=13, top=221)]
    _, sections = _sections(lines)
    assert sections == [("I. Public Hearing: Matters to be Considered in Closed Session. (1:30 p.m., Auditorium)", 1),
                        ("II. CLOSED SESSION (Room 2249)", 1), ("A. CONSENT ITEMS", 2),
                        ("1. Report on bid opening for the reroofing project at Miller School", 3),
                        ("B. CONSENT ITEMS CONTINUED", 2), ("1. APPROVAL OF MINUTES", 3)]


def test_a_scanned_headings_rest_hung_under_it_with_its_aside_is_part_of_it():
    """On a scan OCR sizes a numbered heading's line apart from its rest: "II. Public Hearing: ... in Closed" /
    "Session (1:30 p.m., Auditorium)" hung under its text is one heading, not two."""
    first = "II. Public Hearing: Matters to be Considered in Closed"
    heading = replace(_line(first, 100, size=12.0, bold=True), ocr=True)
    rest = replace(_line("Session (1:30 p.m., Auditorium)", 112, x=96.0, size=10.0, bold=True), ocr=True)
    body = replace(_line("The Board heard the speakers below.", 130), ocr=True)
    blocks = build_blocks([heading, rest, body])
    assert [line.text for line in blocks[0].lines] == [heading.text, rest.text]
    # a new numbered heading flush with the first is not its rest, nor is a line without a closing aside
    other = replace(_line("III. CLOSED SESSION (Room 2249)", 112, size=10.0, bold=True), ocr=True)
    plain = replace(_line("Session two", 112, x=96.0, size=10.0, bold=True), ocr=True)
    assert len(build_blocks([heading, other])) == 2
    assert len(build_blocks([heading, plain])) == 2


def test_an_agenda_list_taken_up_under_labelled_headings_numbered_as_listed_is_the_agendas_text():
    """ "Tagesordnung Versammlung:" lists "1. X", "2. Y"; the minutes then take them up as "Punkt 1. X",
    "Punkt 2. Z" (worded otherwise): the labelled headings are the sections, at the agenda's level."""
    lines = [_line("Protokoll der Mitgliederversammlung", 40, size=16, bold=True),
             _line("Anwesend: Philip Markus, Andre Siewert, Leon Farchau", 60),
             _line("Tagesordnung Versammlung:", 80, bold=True), _line("1. Kontoeröffnung", 94, x=90),
             _line("2. Vereinsanmeldung", 108, x=90),
             _line("Die Anwesenden berieten über die Punkte 1 bis 2 mit folgenden Ergebnissen:", 130),
             _line("Punkt 1. Kontoeröffnung", 150),
             _line("Ein Konto wird eröffnet, sobald der Verein eingetragen ist.", 164),
             _line("Punkt 2. Stand der Anmeldung beim Notar", 184), _line("Der Termin steht fest.", 198)]
    _, sections = _sections(lines)
    assert sections == [("Tagesordnung Versammlung", 1), ("Punkt 1. Kontoeröffnung", 1),
                        ("Punkt 2. Stand der Anmeldung beim Notar", 1)]


def test_an_agenda_list_taken_up_under_bare_numbers_stays():
    lines = [_line("Protokoll der Mitgliederversammlung", 40, size=16, bold=True),
             _line("Tagesordnung:", 80), _line("1. Begrüßung", 94, x=90), _line("2. Sonstiges", 108, x=90),
             _line("Die Tagesordnung wurde einstimmig angenommen und wie folgt behandelt.", 130),
             _line("2. Sonstiges", 150, bold=True), _line("Es gab keine weiteren Themen.", 164)]
    _, sections = _sections(lines)
    assert ("1. Begrüßung", 2) in sections


def test_a_letterheads_web_address_is_not_in_the_title_and_presences_is_a_leaf():
    lines = [_line("Association des amis", 40, size=10), _line("www.example.org", 54, size=11),
             _line("Procès-verbal de l'Assemblée Générale du 16 mars 2025", 80, size=14, bold=True),
             _line("Présences", 110, size=12, bold=True),
             _line("Anne Dupont, Marc Martin et Léa Blanc sont présents à la séance.", 124, size=11),
             _line("1. Accueil", 150, size=12, bold=True), _line("La présidente ouvre la séance.", 164, size=11),
             _line("2. Rapport de la présidente", 184, size=12, bold=True),
             _line("Le rapport annuel est approuvé à l'unanimité.", 198, size=11)]
    structure, sections = _sections(lines)
    # the association's name in small print opens the title (as the gold of such letterheads has it); the web
    # address under it is not part of it
    assert structure.title == "Association des amis: Procès-verbal de l'Assemblée Générale du 16 mars 2025"
    assert sections == [("Présences", 1), ("1. Accueil", 1), ("2. Rapport de la présidente", 1)]


def test_the_items_of_an_agenda_a_paragraph_announces_head_sections_in_full():
    """A notarial record: the opening paragraph ends "... el siguiente orden del día" (its line filled
    out with dashes, the space of "del día" lost), then items worded as sentences, one with an aside
    its author left open."""
    lines = [_line("ACTA DE SESIÓN DEL CONSEJO", 40, size=14, bold=True),
             _line("En la ciudad de Aguascalientes, siendo las once horas, se reúnen los miembros del", 70),
             _line("Consejo y se declara instalada la sesión, proponiéndose el siguiente orden deldía- - - - -", 82),
             _line("1. Bienvenida a cargo del Presidente del Consejo, a los integrantes y a los invitados.", 100, x=90),
             _line("2. Informe sobre quejas interpuestas (Art. 26, Sección b, de los Criterios.", 112, x=90),
             _line("3. Asuntos generales.- - - - - - - - -", 124, x=90),
             _line("Sometida a votación la propuesta del orden del día, se aprueba por unanimidad.", 140),
             _line("I. Como primer punto, el Presidente dio la bienvenida a los asistentes a la reunión.", 156)]
    _, sections = _sections(lines)
    assert sections == [
        ("1. Bienvenida a cargo del Presidente del Consejo, a los integrantes y a los invitados", 1),
        ("2. Informe sobre quejas interpuestas (Art. 26, Sección b, de los Criterios", 1),
        ("3. Asuntos generales", 1)]


def test_a_bold_bulleted_label_alone_on_its_line_heads_the_paragraphs_under_it():
    def bulleted(text, top, bold):
        return replace(_line(text, top, bold=bold), bullet="-")

    lines = [_line("PANORAMA DEL ESTADO DE LAS PRODUCCIONES", 40, size=14, bold=True),
             _line("Una introducción breve al informe que sigue, en texto corrido.", 60),
             bulleted("Objetivo:", 80, True), _line("Presentar el estado actual de la programación.", 94),
             bulleted("Antecedentes generales:", 114, True),
             bulleted("Sin considerar la contingencia, hay sesenta programas.", 128, False),
             bulleted("Nota:", 142, False)]
    _, sections = _sections(lines)
    assert [heading for heading, _ in sections] == ["Objetivo", "Antecedentes generales"]


def test_a_list_a_sentence_leads_into_after_running_text_is_in_the_items_text():
    """Past the last item's text, "Die nächste Versammlung ... Dann zu besprechende Punkte:" and a short
    list numbered afresh: the next meeting's points, in the text, not items of this one."""
    lines = [_line("Protokoll der Mitgliederversammlung", 40, size=16, bold=True),
             _line("8. Kooperation mit dem Nachbarverein", 70, bold=True),
             _line("Der Nachbarverein bietet eine Kooperation an; beide Vereine behalten dabei ihren", 84),
             _line("vollen Status und können Geräte, Kontakte und Räume miteinander teilen.", 98),
             _line("Die nächste Versammlung ist am 18. Mai angesetzt. Dann zu besprechende Punkte:", 118),
             _line("1. Reinigung der Arbeitstische", 132, x=90), _line("2. Bericht zur Vereinsanmeldung", 146, x=90),
             _line("3. Beratung über die Ideenliste", 160, x=90), _line("4. Sonstiges", 174, x=90),
             _line("Die Versammlung wurde gegen 20.30 Uhr geschlossen.", 194)]
    _, sections = _sections(lines)
    assert sections == [("8. Kooperation mit dem Nachbarverein", 1)]


def test_an_agenda_items_own_points_under_it_do_not_end_the_list_taken_up_by_labels():
    """ "2. Spenden:" with "- wer sammelt?" set under its text: the list goes on to "3." and "4.", and every item is
    taken up under "Punkt N." later, so none of the listed items heads a section."""
    lines = [_line("Protokoll der Mitgliederversammlung", 40, size=16, bold=True),
             _line("Tagesordnung:", 80), _line("1. Kontoeröffnung", 94, x=90), _line("2. Spenden:", 108, x=90),
             _line("- wer sammelt, wie wird gesammelt?", 122, x=104), _line("3. Urkunde", 140, x=90),
             _line("4. Website", 154, x=90),
             _line("Die Anwesenden berieten über die Punkte mit folgenden Ergebnissen:", 180),
             _line("Punkt 1. Kontoeröffnung", 200), _line("Das Konto ist eröffnet.", 214),
             _line("Punkt 2. Spenden", 234), _line("Das Formular wird vorgestellt.", 248),
             _line("Punkt 3. Urkunde", 268), _line("Ein Entwurf folgt.", 282),
             _line("Punkt 4. Website", 302), _line("Projekte werden beschrieben.", 316)]
    _, sections = _sections(lines)
    assert [heading for heading, _ in sections] == ["Tagesordnung", "Punkt 1. Kontoeröffnung", "Punkt 2. Spenden",
                                                    "Punkt 3. Urkunde", "Punkt 4. Website"]
    assert {level for _, level in sections} == {1}


def test_a_short_numbered_item_set_in_bold_with_its_stop_is_a_heading():
    lines = [_line("PAC Meeting", 40, size=16, bold=True),
             _line("1. Call to order 7:04PM.", 80, size=12, bold=True),
             _line("2. Approve minutes for the November meeting.", 100, size=12, bold=True),
             _line("Minutes circulated before the meeting; motion to approve by Ann, seconded by Tom & passed.", 116),
             _line("3. Committee reports: Eva", 140, size=12, bold=True), _line("The concert is on June 4th.", 156),
             _line("4. The treasurer reported that the accounts were circulated to members before the meeting "
                   "and approved.", 180, size=12, bold=True)]
    _, sections = _sections(lines)
    assert [heading for heading, _ in sections] == ["1. Call to order 7:04PM.",
                                                    "2. Approve minutes for the November meeting.",
                                                    "3. Committee reports: Eva"]


def test_a_list_numbered_afresh_under_a_lettered_item_is_a_level_deeper_at_any_indent():
    """Board minutes number "D. > 2. > a. > 1. > a.", all at one indent on a scan: "1. Contracts" after
    "a. Procurement" is a list of it, not the peer of "2. BUSINESS"; "a. Bid" after "1. Contracts" is
    in that; "2. Contracts" goes on the innermost list of numbers."""
    lines = [_scanned("C. RECOGNITIONS", 40, bold=True),
             _scanned("D. CONSENT ITEMS", 60, bold=True),
             _scanned("2. BUSINESS OPERATIONS", 80, bold=True),
             _scanned("a. Procurement and Distribution Department", 100),
             _scanned("1. Contracts Proposed To Be Let:", 120),
             _scanned("a. Bid No. 23-104, Marquees.", 140),
             _scanned("2. Contracts Proposed To Be Renewed:", 160),
             _scanned("E. ADJOURNMENT", 180, bold=True)]
    _, sections = _sections(lines)
    assert [level for _, level in sections] == [1, 1, 2, 3, 4, 5, 4, 1]


def test_a_heading_whose_letter_ocr_lost_takes_it_from_its_repeat_atop_the_next_page():
    lines = [_scanned("B. REPORT ON CLOSED SESSION", 40, bold=True),
             _scanned("C. RECOGNITIONS AND PRESENTATIONS", 60, bold=True),
             _scanned("The President presented the resolution.", 80, x=170),
             _scanned("CONSENT ITEMS", 40, x=170, bold=True, page=2),
             _scanned("1. APPROVAL OF MINUTES", 60, bold=True, page=2),
             _scanned("D. CONSENT ITEMS", 40, bold=True, page=3),
             _scanned("2. BUSINESS OPERATIONS", 60, bold=True, page=3)]
    _, sections = _sections(lines)
    assert sections == [("B. REPORT ON CLOSED SESSION", 1), ("C. RECOGNITIONS AND PRESENTATIONS", 1),
                        ("CONSENT ITEMS", 1), ("1. APPROVAL OF MINUTES", 2), ("D. CONSENT ITEMS", 1),
                        ("2. BUSINESS OPERATIONS", 2)]


@pytest.mark.parametrize(("text", "name"), [
    ("a. Bid No. 12-108, Purchase of Bond Paper. Apparent low bidder is Paper Inc. Payment by purchase order.",
     "a. Bid No. 12-108, Purchase of Bond Paper."),
    ("Bid No. 23-104. Marquees. Apparent low bidders are Sign Ad Corporation.", "Bid No. 23-104. Marquees."),
    ("Contract No. 12-64 - Taco Pockets with Tasty Foods Inc. Payment by agreement.",
     "Contract No. 12-64 - Taco Pockets with Tasty Foods Inc. Payment by agreement."),
    ("Contrato núm. 7/2023, suministro de papel. Adjudicado a Papelera S.A.",
     "Contrato núm. 7/2023, suministro de papel."),
    ("Ratify purchase orders in excess of $59,600. Approved by the Board.",
     "Ratify purchase orders in excess of $59,600. Approved by the Board."),
])
def test_an_item_naming_its_bid_or_contract_is_named_by_its_first_sentence(text, name):
    from pipeline.structure.text import item_name
    assert item_name(text) == name


@pytest.mark.parametrize(("heading", "fragments"), [
    ("Ha nn ah", True), ("& .V e rs it r en d", True), ("By", True), ("A M E", True),
    ("Q & A", False), ("AG", False), ("5:30 p.m.", False), ("Approbation du PV de la AG", False),
])
def test_bits_of_a_letter_or_two_that_ocr_reads_in_handwriting_are_no_heading(heading, fragments):
    from pipeline.structure.headings import _ocr_fragments
    assert _ocr_fragments(heading) is fragments


def test_a_scanned_line_of_handwriting_bits_heads_no_section_where_a_typed_heading_does():
    lines = [_scanned("1. Welcome", 40, bold=True),
             _scanned("The members discussed the budget of the club for the coming year.", 60),
             replace(_scanned("Ha nn ah", 80, bold=True), size=22.0, bottom=102.0),
             _scanned("The members discussed the budget of the club for the coming year.", 120),
             _scanned("2. Budget", 140, bold=True),
             _scanned("The members discussed the budget of the club for the coming year.", 160)]
    _, sections = _sections(lines)
    assert sections == [("1. Welcome", 1), ("2. Budget", 1)]


def test_names_labelling_turn_after_turn_of_a_discussion_head_no_sections():
    """ "Adrian:" / "Mad:" (Madeleine, as the document writes her) over what each said, again and again:
    turns of one discussion, not sections."""
    texts = ["Versammlungsleiterin: Madeleine Weber"]
    for name in ("Adrian:", "Mad:", "Adrian:", "Sophie:", "Mad:", "Adrian:"):
        texts += [name, "wir sollten das Geld für die Chorfahrt zurücklegen und später entscheiden"]
    lines = [replace(_line(text, 40 + 17 * n, x=80.0), bullet="-") if text.startswith("wir")
             else _line(text, 40 + 17 * n) for n, text in enumerate(texts)]  # each turn's points, dashed
    _, sections = _sections(lines)
    assert not {"Adrian", "Mad", "Sophie"} & {heading for heading, _ in sections}
    # named once each, people's parts of notes are no turns: judged as any heading
    from pipeline.structure.blocks import build_blocks
    from pipeline.structure.headings import _turn_labels
    once = build_blocks([_line(text, 40 + 30 * n) for n, text in enumerate(
        ["Adrian Weber:", "- the domains", "Sophie Martin:", "- the names", "Mad:", "- the budget"])])
    assert _turn_labels(once) == frozenset()


def test_an_items_label_alone_on_its_line_heads_the_item_with_the_title_under_it():
    """Regression (a German club's Jahreshauptversammlung): "Punkt 6:" on a line of its own, "Bericht der
    Sportschützen:" under it, then what happened; the items were headed by their titles alone, "Punkt 6" lost."""
    lines = [_line("Protokoll der Jahreshauptversammlung", 40, size=16, bold=True),
             _line("Punkt 5: Entlastung des 1. Schatzmeisters: Auf Antrag der Kassenprüferin wurde entlastet.", 70),
             _line("Punkt 6:", 90), _line("Bericht der Sportschützen:", 104),
             _line("Der Bericht wurde durch die 1. Jugendwartin Verena Huber verlesen.", 118),
             _line("Punkt 7:", 138), _line("Bericht Jugendwart:", 152),
             _line("Der Jugendwart berichtete über das vergangene Jahr und die Pläne.", 166),
             # the item's first sentence under its label, wrapping on: no title
             _line("Punkt 8:", 186), _line("Herr Kampmann erläuterte, dass die Schützen einen Verein als Rahmen", 200),
             _line("brauchen, und stellte die Satzung vor.", 214)]
    _, sections = _sections(lines)
    headings = [heading for heading, _ in sections]
    assert headings[:2] == ["Punkt 6: Bericht der Sportschützen", "Punkt 7: Bericht Jugendwart"], headings
    assert not any(heading.startswith("Punkt 8: Herr") for heading in headings)


def test_chinese_words_are_counted_two_characters_each():
    from pipeline.structure.text import word_count

    assert [word_count(text) for text in ("報告事項", "十一、討論事項", "Annual report 年度報告")] == [2, 3, 4]
