"""Structure: blocks, headings, levels and parents."""

import pytest

from pipeline.extract import extract_layout
from pipeline.structure import build_structure, join_lines, numbering_of
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
