"""Board and council minutes as city clerks write them: run-in item names, lettered items under numbered
ones ("1-A.", "2-B"), consent items with their outcome, letterheads set as a stack of centred lines, a
resolution adopting the minutes printed before them. Layouts are built line by line (no PDF)."""

from __future__ import annotations

import re

import pytest

from pipeline.annotate.meta import _organizer_from_title, find_meta
from pipeline.pdf.extract import Layout, Line
from pipeline.pdf.textlayer import mend_glued_labels, mend_item_letters, mend_section_signs
from pipeline.rules import MARGIN_ITEM_NUMBER
from pipeline.structure import build_structure, numbering_of

RIGHT = 520.0
FILLER = ("The members discussed the item at some length and agreed the way forward for the",
          "coming year with thanks to all who had helped.")


def _line(text: str, top: float, *, x: float = 72.0, x1: float | None = None, size: float = 11.0,
          bold: bool = False, page: int = 1, ocr: bool = False) -> Line:
    return Line(text=text, page=page, x0=x, x1=x1 if x1 is not None else min(RIGHT, x + len(text) * size * 0.5),
                top=top, bottom=top + size, size=size, bold=bold, italic=False, ocr=ocr)


class Lines:
    """Lines set one under another, 14 points apart (more with `gap`)."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.top = 60.0
        self.page = 1

    def add(self, text: str, *, gap: float = 0, centred: bool = False, **kwargs) -> Lines:
        self.top += gap
        if centred:  # centred on the page's middle, 300 pt
            width = len(text) * kwargs.get("size", 11.0) * 0.5
            kwargs.update(x=300 - width / 2, x1=300 + width / 2)
        self.lines.append(_line(text, self.top, page=self.page, **kwargs))
        self.top += kwargs.get("size", 11.0) + 3
        return self

    def body(self, *texts: str, x: float = 72.0) -> Lines:
        for i, text in enumerate(texts):
            self.add(text, x=x, x1=RIGHT if i < len(texts) - 1 else None, gap=8 if i == 0 else 0)
        return self

    def new_page(self) -> Lines:
        self.page += 1
        self.top = 60.0
        return self

    def structure(self):
        return build_structure(Layout(lines=self.lines, page_count=self.page))

    def outline(self) -> list[str]:
        return [section.heading for section in self.structure().sections]


def test_an_items_name_run_on_into_what_happened_heads_the_item():
    page = Lines().add("MINUTES OF THE REGULAR MEETING", size=14, bold=True)
    page.add("1. The meeting was called to order at 5:02 p.m.", gap=12)
    page.add("2. ROLL CALL: Members Avonnet Peeler, Michael Rich, Michael Robles-Wong, Roberto Rocha", gap=10,
             x1=RIGHT)
    page.add("3. MINUTES: The minutes of the regular meeting of October 12, 2005 were presented for", gap=10,
             x1=RIGHT)
    page.add("approval and carried by a 5-0 vote.")
    page.add("4. REGULAR AGENDA ITEMS", gap=10).body(*FILLER)
    page.add("5. ORAL COMMUNICATIONS", gap=10).body(*FILLER)
    page.add("6. ADJOURNMENT: The meeting was adjourned at 7:27 p.m.", gap=10)
    assert page.outline() == ["2. ROLL CALL", "3. MINUTES", "4. REGULAR AGENDA ITEMS", "5. ORAL COMMUNICATIONS",
                              "6. ADJOURNMENT"]


def test_a_heading_run_into_the_list_of_those_present_and_a_bold_line_whole():
    page = Lines().add("Minutes of the Library Board", size=14, bold=True)
    page.add("ROLL CALL Present: Mike Hartigan, President", gap=12)
    page.add("Suzanne Whyte, Vice President", x=300)
    page.add("1. Roll Call: Present: Chair Anderson, Vice-Chair Miller, Board Members Iverson,", gap=12, x1=RIGHT)
    page.add("Irons and Lynch.", x=108)
    page.add("2.1 KAPE: New Generation School and secondary school reform", bold=True, gap=12).body(*FILLER)
    page.add("2.2 SCHOOLS: the heads reported on the year just ended", bold=True, gap=12).body(*FILLER)
    assert page.outline()[:3] == ["ROLL CALL", "1. Roll Call",
                                  "2.1 KAPE: New Generation School and secondary school reform"]


@pytest.mark.parametrize(("text", "expected"), [
    ("1-A. Roll Call", ("sub", "1-A")),
    ("2-B Approval of Outside Advertising Campaign", ("sub", "2-B")),
    ("3b. Treasurer's report", ("sub", "3b")),
    ("3b Treasurer's report", None),  # "3b" with no stop is no item's number
    ("12-AB Sheet", None),
])
def test_an_item_lettered_under_its_number(text, expected):
    assert numbering_of(text) == expected


def test_item_numbers_read_in_the_margin_include_a_letter_under_a_number():
    assert all(re.match(MARGIN_ITEM_NUMBER, token) for token in ("1-A.", "2-B", "2.", "(b)", "IV."))
    assert not any(re.match(MARGIN_ITEM_NUMBER, token) for token in ("1-", "-A", "12-AB"))


def test_lettered_items_under_their_numbers_and_a_long_titled_item_run_on():
    page = Lines().add("ALAMEDA GOLF COMMISSION", size=14, bold=True)
    page.add("1. CALL TO ORDER", gap=12).body(*FILLER, x=108)
    page.add("1-A. Roll Call", x=90, gap=10).body(*FILLER, x=108)
    page.add("2. AGENDA ITEMS:", gap=12)
    page.add("2-A Endorsement of the Miracle League. (Action Item)", x=90, gap=10).body(*FILLER, x=108)
    page.add("2-B Pension Payroll and Financial Reports – Quarter Ending March 31, 2012 and City of Alameda", x=90,
             gap=10, x1=RIGHT)
    page.add("Police & Fire Pension Funds Financial Reports from Fred Marsh, Controller. Member Soderlund", x=108,
             x1=RIGHT)
    page.add("moved to accept the report, which was seconded by Member Follrath.", x=108)
    page.add("3. ADJOURNMENT", gap=12).body(*FILLER, x=108)
    assert page.outline() == [
        "1. CALL TO ORDER", "1-A. Roll Call", "2. AGENDA ITEMS", "2-A Endorsement of the Miracle League. (Action Item)",
        "2-B Pension Payroll and Financial Reports – Quarter Ending March 31, 2012 and City of Alameda Police & Fire "
        "Pension Funds Financial Reports from Fred Marsh, Controller", "3. ADJOURNMENT"]


def test_a_consent_items_outcome_is_not_its_name_and_a_misread_letter_is_mended():
    page = Lines().add("Minutes of the Library Board", size=14, bold=True)
    page.add("CONSENT CALENDAR", gap=12).add("An asterisk indicates items so accepted or approved.", gap=4)
    items = ["A. *Report from the Library Director for the Month of October 2010. Accepted.",
             "B. *Draft Minutes of the Regular Meeting of September 8, 2010. Approved.",
             "Cz *Library Services Report for the Month of August 2010. Accepted.",
             "Dz. *Financial Report for September 2010. Accepted."]
    for item in items:
        page.add(item, gap=4, ocr=True)
    page.add("NEW BUSINESS", gap=12).body(*FILLER)
    layout = mend_item_letters(Layout(lines=page.lines, page_count=1), [1])
    assert [line.text.split()[0] for line in layout.lines[3:7]] == ["A.", "B.", "C.", "D."]
    headings = [s.heading for s in build_structure(layout).sections]
    assert headings[1:5] == [
        "A. *Report from the Library Director for the Month of October 2010.",
        "B. *Draft Minutes of the Regular Meeting of September 8, 2010.",
        "C. *Library Services Report for the Month of August 2010.",
        "D. *Financial Report for September 2010."]
    # a word that starts like a misread letter is left alone where no item lettered before it leads to it
    alone = mend_item_letters(Layout(lines=[_line("Oz. Wizard of", 60)], page_count=1), [1])
    assert alone.lines[0].text == "Oz. Wizard of"


def test_a_letterhead_set_as_one_stack_of_centred_lines():
    page = Lines()
    for text in ("MINUTES OF HISTORICAL ADVISORY BOARD", "REGULAR MEETING OF THURSDAY, MAY 3, 2007",
                 "COUNCIL CHAMBERS, CITY HALL", "2263 SANTA CLARA AVENUE 7:00 PM"):
        page.add(text, centred=True, bold=True, size=12.5, gap=0)
    page.add("Chair Anderson called the meeting to order at 7:03 pm.", gap=12)
    page.add("1. MINUTES", gap=12).body(*FILLER).add("2. REPORTS", gap=12).body(*FILLER)
    structure = page.structure()
    assert structure.title == "MINUTES OF HISTORICAL ADVISORY BOARD: REGULAR MEETING OF THURSDAY, MAY 3, 2007"
    assert find_meta(structure).venue == "COUNCIL CHAMBERS, CITY HALL, 2263 SANTA CLARA AVENUE"


def test_a_resolution_adopting_the_minutes_printed_before_them_is_a_cover():
    page = Lines().add("RESOLUTION NO. 13-05", centred=True, size=18)
    page.add("RESOLUTION OF THE OVERSIGHT BOARD ADOPTING MINUTES OF THE SPECIAL MEETING", gap=6)
    page.add("WHEREAS, it is necessary for said Board to adopt minutes of public meetings;", gap=12)
    page.add("PASSED AND ADOPTED this day of March, 2013, by the following vote:", gap=12)
    page.new_page().add("Exhibit A", x=480)
    page.add("MINUTES", centred=True, bold=True, size=13, gap=6)
    for text in ("City of Alameda", "Successor Agency Oversight Board", "Special Meeting",
                 "Tuesday, February 26, 2013, 6:00 p.m.", "City Hall, 2263 Santa Clara Avenue", "Conference Room 360"):
        page.add(text, centred=True)
    page.add("1. CALL TO ORDER & ROLL CALL", gap=12).body(*FILLER)
    page.add("2. ADJOURNMENT", gap=12).body(*FILLER)
    structure = page.structure()
    assert structure.title == "MINUTES: City of Alameda: Successor Agency Oversight Board: Special Meeting"
    assert [s.heading for s in structure.sections] == ["1. CALL TO ORDER & ROLL CALL", "2. ADJOURNMENT"]
    meta = find_meta(structure)
    assert meta.venue == "City Hall, 2263 Santa Clara Avenue, Conference Room 360"
    assert meta.organizer == "City of Alameda Successor Agency Oversight Board"


def test_a_place_named_over_its_body_in_the_title_is_part_of_the_organizer():
    assert _organizer_from_title("MINUTES: City of Alameda: Successor Agency Oversight Board")[0] == \
        "City of Alameda Successor Agency Oversight Board"
    assert _organizer_from_title("MINUTES OF THE REGULAR MEETING: OF THE: PENSION BOARD OF THE CITY OF ALAMEDA")[0] \
        == "PENSION BOARD OF THE CITY OF ALAMEDA"


def test_the_lead_line_of_a_list_of_those_present_heads_it():
    page = Lines().add("Protokoll vid bildandet av Sveriges Skaldjurs Sällskap", size=14)
    page.add("1. Mötet beslutar att sällskapet skall bildas.", gap=12).add("2. Stadgarna antas.", gap=6)
    page.add("Närvarande medlemmar utöver styrelsen;", gap=12)
    for name in ("Annette Kopperud", "Mirsad Hasani", "Per Johansson", "Johan Goksör"):
        page.add(name)
    page.add("Present Observers:", gap=12)
    for name in ("Alan Heath", "Baird McClellan", "Dominic Bartram"):
        page.add(name)
    headings = [(s.heading, s.level) for s in page.structure().sections]
    assert ("Närvarande medlemmar utöver styrelsen;", 1) in headings
    assert not any(heading.startswith("Present") for heading, _ in headings)  # a label of the list, no lead


def test_an_unnumbered_name_in_capitals_run_on_into_what_happened_heads_the_item():
    """A township clerk's report items: "CLERK: Trustee X acknowledged ...", but not a record's label
    ("ACTION: Motion by ...") nor a memo's header ("RE: ...") nor the label of who is there ("STAFF ATTENDING:")."""
    page = Lines().add("TOWNSHIP BOARD OF TRUSTEES MEETING", size=14, bold=True)
    page.add("CLERK: Trustee Liccar acknowledged the years of service of the late Supervisor to the community",
             gap=12, x1=RIGHT)
    page.add("and thanked him for his leadership.")
    page.add("ACTION: Motion by Trustee Elton, seconded by Trustee Hodge, to approve the report as presented",
             gap=10, x1=RIGHT)
    page.add("by the Clerk. Motion carried.")
    page.add("RE: the letter of the county about the road works received on the first day of the month", gap=10,
             x1=RIGHT)
    page.add("was read out.")
    page.add("OLD BUSINESS: Trustee Hodge reported that the roof of the town hall has been repaired at last.",
             gap=10, x1=RIGHT)
    page.add("The bills were paid.")
    page.add("STAFF ATTENDING: Library Director Sandra Whitmer and the Assistant to the Director Jackie Davis",
             gap=10, x1=RIGHT)  # who is there: a list's label, no item
    page.add("and the Head of Public Services.")
    assert page.outline() == ["CLERK:", "OLD BUSINESS:"]
    assert "Trustee Liccar acknowledged" in page.structure().sections[0].body  # what happened stays its text


def test_a_lettered_record_of_a_vote_heads_nothing():
    """Regression (a Maine school board's real scan, rs22): "B. VOTED: (2) To approve ..." headed a section "B.
    VOTED"."""
    page = Lines().add("RSU No. 5 Board of Directors Meeting", size=14, bold=True)
    page.add("IX. UNFINISHED BUSINESS:", gap=12, bold=True)
    page.add("A. Update on Fields: the Athletic Director shared information regarding the costs of the fields",
             gap=12, x1=RIGHT)
    page.add("and the turf.")
    page.add("B. VOTED: (2) To approve completing soil testing at Freeport High School at the request of and",
             gap=12, x1=RIGHT)
    page.add("payment by the Tri-Town Track and Field committee. (Pike — Parker) (11 — 0)")
    assert "B. VOTED" not in page.outline()


def test_an_items_name_in_capitals_before_a_dash_or_a_sentence_heads_the_item():
    """Regression (a township board's real scan, rs21): "SUPERVISOR — Supervisor X reported ...", "TRUSTEE GRADY In
    his absence, ...", "CLERK — Clerk Y reported the following:" and "OLD BUSINESS — None" / "NEW BUSINESS — None" on
    lines one under another were no sections, or one."""
    page = Lines().add("TOWNSHIP BOARD OF TRUSTEES MEETING", size=14, bold=True)
    page.add("SUPERVISOR — Supervisor Liccar reported on the Intermodal Relations Committee as follows, and", gap=12,
             x1=RIGHT)
    page.add("asked the board to watch the project closely.")
    page.add("CLERK — Clerk Holubek reported the following:", gap=12)
    page.add("TRUSTEE GRADY In his absence, Supervisor Liccar reported all fund balances. See the list", gap=12,
             x1=RIGHT)
    page.add("attached.")
    page.add("OLD BUSINESS — None", gap=12)
    page.add("NEW BUSINESS — None")
    page.add("CITIZENS TO ADDRESS THE BOARD — None")
    page.add("NASA Administrator Jones said a few words.", gap=12)  # one word in capitals: no item's name
    assert page.outline() == ["SUPERVISOR", "CLERK", "TRUSTEE GRADY", "OLD BUSINESS", "NEW BUSINESS",
                              "CITIZENS TO ADDRESS THE BOARD"]


@pytest.mark.parametrize("rows", [
    ("President Smith X", "Trustee Jones X", "Trustee Brown A", "Trustee Lee X"),
    ("SMITH X", "JONES X", "BROWN A"),
    ("Smith X Jones X Brown A", "Lee X Ortiz X Hall A"),
    ("PRESIDENT SMITH", "X", "TRUSTEE JONES", "X", "TRUSTEE BROWN", "A"),
])
def test_a_roll_call_grid_of_names_and_marks_heads_nothing(rows):
    page = Lines().add("VILLAGE OF MONEE", centred=True, bold=True, size=14)
    page.add("1. CALL TO ORDER", gap=12).body(*FILLER).add("2. ROLL CALL", gap=12)
    page.add("Present Absent", x=300, gap=6)
    for row in rows:
        page.add(row, gap=6, bold=True)
    page.add("3. MINUTES", gap=12).body(*FILLER)
    assert page.outline() == ["1. CALL TO ORDER", "2. ROLL CALL", "3. MINUTES"]


def test_a_list_of_teams_lettered_a_is_no_roll_call():
    """Names then "A" alone, none marked present: teams ("Milton Keynes A"), not a roll call's grid."""
    from pipeline.structure.blocks import Block
    from pipeline.structure.headings import _roll_call_grid
    blocks = [Block([_line(text, 60.0 + 20 * i)]) for i, text in enumerate(("Milton Keynes A", "Bedford A"))]
    assert _roll_call_grid(blocks) == frozenset()
    blocks.append(Block([_line("Luton X", 120.0)]))
    assert len(_roll_call_grid(blocks)) == 3


def test_section_signs_ocr_read_as_an_eight_are_signs_where_the_items_count_up():
    """A Danish general meeting's items "§1 Til stede:" ... "§10 Eventuelt." on a scan, read "81 Til stede:",
    "82 Valg af ...", "810 Eventuelt."; an 8 before figures that do not count up is left as read."""
    items = ["88 Til stede:", "89 Valg af stemmetæller.", "810 Valg af dirigent.", "812 Formandens beretning.",
             "812 Indkomne forslag.", "813 Eventuelt."]  # (an item OCR lost, a number written twice)
    page = Lines()
    for item in items:
        page.add(item, gap=6, ocr=True).add("Enstemmigt vedtaget.", x=90, ocr=True)
    page.add("81 Members and 12 guests attended.", gap=6, ocr=True)
    layout = mend_section_signs(Layout(lines=page.lines, page_count=1), [1])
    assert [line.text for line in layout.lines if line.x0 == 72.0] == [
        "§8 Til stede:", "§9 Valg af stemmetæller.", "§10 Valg af dirigent.", "§12 Formandens beretning.",
        "§12 Indkomne forslag.", "§13 Eventuelt.", "81 Members and 12 guests attended."]
    two = mend_section_signs(Layout(lines=page.lines[:4], page_count=1), [1])  # two items: no list to tell by
    assert [line.text for line in two.lines] == [line.text for line in page.lines[:4]]


def test_an_items_label_ocr_ran_into_its_figure_is_set_apart():
    """Regression (a German association's scanned Protokoll): "TOP 7: Wahlen" was read "TOP7 : Wahlen", which names
    another item than the minutes' "TOP 7"."""
    page = Lines().add("TOP7 : Wahlen", ocr=True).add("Punkt3. Verschiedenes", ocr=True)
    page.add("Topics for the next meeting", ocr=True).add("Item12) Budget", ocr=True)
    layout = mend_glued_labels(Layout(lines=page.lines, page_count=1), [1])
    assert [line.text for line in layout.lines] == ["TOP 7 : Wahlen", "Punkt 3. Verschiedenes",
                                                    "Topics for the next meeting", "Item 12) Budget"]
