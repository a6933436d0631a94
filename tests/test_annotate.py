"""Annotation rules: speakers, Q&A, feedback counts and metadata, on minutes built here."""

import datetime as dt

import pytest

from pipeline.annotate import parse_date, split_role_org
from pipeline.parse import parse_pdf
from tests.pdf_builder import PdfBuilder


def parse(tmp_path, lines, name="doc.pdf"):
    """Write (text, style) lines under a bold title and a heading; return the parsed document."""
    pdf = PdfBuilder(tmp_path / name)
    pdf.line("Minutes of the Test Meeting", style="bold", size=16)
    pdf.line("1. Discussion", style="bold", size=12)
    for text, style in lines:
        if style == "space":
            pdf.space()
        else:
            pdf.line(text, style=style)
    pdf.line("2. Closing", style="bold", size=12).line("The meeting closed.")
    return parse_pdf(pdf.save())


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        ("Head of Program of CCC", "Head of Program", "CCC"),
        ("Head of Communication and Member Development of CCC", "Head of Communication and Member Development", "CCC"),
        ("a Representative from Diakonia", "Representative", "Diakonia"),
        ("representative of CSOs in Battambang Province", "representative of CSOs in Battambang Province", None),
        ("Deputy Director General of Education, Ministry of Education, Youth and Sport (MoEYS)",
         "Deputy Director General of Education", "Ministry of Education, Youth and Sport (MoEYS)"),
        ("Network Coordinator, CEPN Secretariat", "Network Coordinator", "CEPN Secretariat"),
        ("Director of the Provincial Department of Social Affairs, Veterans and Youth Rehabilitation (DoSVY)",
         "Director", "Provincial Department of Social Affairs, Veterans and Youth Rehabilitation (DoSVY)"),
        ("Basic Education Advisor of Save the Children", "Basic Education Advisor", "Save the Children"),
        ("Treasurer", "Treasurer", None),
        ("Research and Policy Specialist yf CCC", "Research and Policy Specialist", "CCC"),  # "of" read by OCR
        ("Manager af Big Company", "Manager af Big Company", None),
    ],
)
def test_split_role_org(text, role, org):
    assert split_role_org(text) == (role, org)


def test_speakers_from_presenter_lines_prose_and_labels_once_per_person(tmp_path):
    doc = parse(tmp_path, [
        ("Welcome by Dr. El Sotheary, Head of Program of CCC", "bold"),
        ("She thanked the participants.", "regular"),
        ("Speaker: Dr. Heng Sokunthea, Deputy Director, Provincial Department of Social Affairs", "bold"),
        ("Ms. Chan Sophea, Program Manager of KAPE, explained that schools grew.", "regular"),
        ("Mr. Heng Vuthy from World Education shared that screening finished.", "regular"),
        ("The session was facilitated by Mr. Ry Sovanna.", "regular"),
        ("Later Dr. Sotheary thanked everyone again.", "regular"),
        ("Present: Ms. Kong Maly (VSO), Mr. Yim Sothea (CARE)", "regular"),
        ("Minutes taken by: Mr. Vann Sokheng, Communication Officer", "regular"),
    ])
    people = {s.name: s for s in doc.speakers}
    assert set(people) == {"El Sotheary", "Heng Sokunthea", "Chan Sophea", "Heng Vuthy", "Ry Sovanna"}
    assert (people["El Sotheary"].honorific, people["El Sotheary"].role, people["El Sotheary"].organization) == (
        "Dr.", "Head of Program", "CCC")
    assert people["Heng Sokunthea"].organization == "Provincial Department of Social Affairs"
    assert people["Chan Sophea"].role == "Program Manager"
    assert people["Heng Vuthy"].organization == "World Education"


def test_multiword_honorific_is_kept_apart_from_the_name(tmp_path):
    doc = parse(tmp_path, [("Chaired by: Lok Chumteav Tep Chanthou, Deputy Director General, Ministry of Health",
                            "bold")])
    (person,) = doc.speakers
    assert (person.honorific, person.name) == ("Lok Chumteav", "Tep Chanthou")
    assert person.organization == "Ministry of Health"


def test_qa_marker_pairs_bulleted_answers_and_nested_room_answers(tmp_path):
    doc = parse(tmp_path, [
        ("Q: How can we filter information?", "regular"),
        ("A: We need to see the sources.", "regular"),
        ("Q: how to better set security account?", "regular"),
        ("• Not to use unknown App,", "regular"),
        ("• Often change the password", "regular"),
        ("Q1: What mechanism do CSOs have?", "italic"),
        ("• Partnership agreement through ISAF.", "regular"),
        ("After reading the case, she asked participants:", "regular"),
        ("• Do you think there is any conflict?", "regular"),
    ])
    pdf_lines = [(q.question, q.answer) for q in doc.qa_pairs]
    assert pdf_lines[:3] == [
        ("How can we filter information?", "We need to see the sources."),
        ("how to better set security account?", "Not to use unknown App, Often change the password."),
        ("What mechanism do CSOs have?", "Partnership agreement through ISAF."),
    ]


def test_question_from_named_asker_with_response(tmp_path):
    doc = parse(tmp_path, [
        ("Question from Mr. Lim Chhay (Aide et Action): How are schools selected?", "regular"),
        ("Response: Ms. Chan Sophea explained that the office selects them.", "regular"),
    ])
    (qa,) = doc.qa_pairs
    assert qa.question == "How are schools selected?"
    assert qa.asker == "Mr. Lim Chhay (Aide et Action)"
    assert qa.answer.startswith("Ms. Chan Sophea explained")
    assert "Lim Chhay" in {s.name for s in doc.speakers}


def test_feedback_counts_take_their_prompt(tmp_path):
    doc = parse(tmp_path, [
        ("2.1: The three main points you have learned", "italic"),
        ("• Do No Harm (24 responses)", "regular"),
        ("• Privacy and security (1 response)", "regular"),
        ("Topics you propose for the next workshop", "regular"),
        ("• Communication (4)", "regular"),
        ("• Founded in (2019)", "regular"),
    ])
    got = [(f.question, f.label, f.count, f.unit) for f in doc.feedback_counts]
    assert got == [
        ("The three main points you have learned", "Do No Harm", 24, "responses"),
        ("The three main points you have learned", "Privacy and security", 1, "response"),
        ("Topics you propose for the next workshop", "Communication", 4, None),
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("12 November 2018 at President Hotel", dt.date(2018, 11, 12)),
        ("20th June 2019", dt.date(2019, 6, 20)),
        ("Thursday, 14 March 2019", dt.date(2019, 3, 14)),
        ("Monday, May 6, 2024", dt.date(2024, 5, 6)),
        ("2019-03-14", dt.date(2019, 3, 14)),
        ("06/03/2021", dt.date(2021, 3, 6)),
        ("Saturday 06/03/2021", dt.date(2021, 3, 6)),
        ("Monday 05/06/2024", dt.date(2024, 5, 6)),
        ("24 – 25 March 2025", dt.date(2025, 3, 24)),
        ("no date here", None),
    ],
)
def test_parse_date(text, date):
    assert parse_date(text) == date


def test_metadata_from_title_block_and_prose(tmp_path):
    pdf = PdfBuilder(tmp_path / "meta.pdf")
    pdf.line("Minute of Sub-National Workshop", style="bold", size=16)
    pdf.line("12 November 2018 at President Hotel, Battambang City")
    pdf.line("INTRODUCTION", style="bold", size=12)
    pdf.line("The Cooperation Committee for Cambodia (CCC) organized the workshop in Battambang.")
    pdf.line("There were 51 participants (20 female) from four provinces.")
    pdf.line("EVALUATION", style="bold", size=12)
    pdf.line("As the result, there were 26 respondents as below.")
    meta = parse_pdf(pdf.save()).meta
    assert meta.meeting_date == dt.date(2018, 11, 12)
    assert meta.venue == "President Hotel, Battambang City"
    assert (meta.organizer, meta.organizer_acronym) == ("Cooperation Committee for Cambodia", "CCC")
    assert (meta.participants_total, meta.participants_female, meta.respondents) == (51, 20, 26)


def test_labelled_metadata_lines(tmp_path):
    pdf = PdfBuilder(tmp_path / "labels.pdf")
    pdf.line("Minutes of Quarterly Meeting", style="bold", size=16)
    pdf.line("Date: Thursday, 20 June 2019", style="bold")
    pdf.line("Venue: Angkor Room, Sunway Hotel, Phnom Penh", style="bold")
    pdf.line("Organized by: Kratie Provincial NGO Network (KPNN) in cooperation with DoSVY", style="bold")
    pdf.line("Present: 27 participants (12 women) from 16 organizations", style="bold")
    pdf.line("1. Welcome", style="bold", size=12).line("Opened on 14 March 2019 minutes review.")
    meta = parse_pdf(pdf.save()).meta
    assert meta.meeting_date == dt.date(2019, 6, 20)
    assert meta.venue == "Angkor Room, Sunway Hotel, Phnom Penh"
    assert (meta.organizer, meta.organizer_acronym) == ("Kratie Provincial NGO Network", "KPNN")
    assert (meta.participants_total, meta.participants_female) == (27, 12)


def test_inline_polls_and_tallies_in_prose(tmp_path):
    doc = parse(tmp_path, [
        ("Poll 1: Was the draft guideline clear? Yes - 42, Partly - 17, No - 3", "bold"),
        ("Question 1: Are you satisfied with the services?", "italic"),
        ("Satisfied with services this year: 54 members; Not satisfied: 11; No answer: 4", "regular"),
        ("", "space"),
        ("Reasons given: late payment (5), interest rate too high (4).", "regular"),
    ])
    got = [(f.question, f.label, f.count) for f in doc.feedback_counts]
    assert got == [
        ("Was the draft guideline clear?", "Yes", 42), ("Was the draft guideline clear?", "Partly", 17),
        ("Was the draft guideline clear?", "No", 3),
        ("Are you satisfied with the services?", "Satisfied with services this year", 54),
        ("Are you satisfied with the services?", "Not satisfied", 11),
        ("Are you satisfied with the services?", "No answer", 4),
        ("Reasons given", "late payment", 5), ("Reasons given", "interest rate too high", 4),
    ]


def test_election_results_are_not_feedback_and_candidates_do_not_speak(tmp_path):
    doc = parse(tmp_path, [
        ("The vote was by secret ballot. The result was:", "regular"),
        ("• Mr. Ros Vuthy: 64 votes", "regular"),
        ("• Invalid ballots: 3", "regular"),
    ])
    assert doc.feedback_counts == []
    assert doc.speakers == []


@pytest.mark.parametrize(
    ("text", "total", "female"),
    [
        ("There were 51 participants (20 female) from four provinces.", 51, 20),
        ("34 participants, of whom 15 were women, attended.", 34, 15),
        ("63 people joined the call, 29 of them women.", 63, 29),
        ("Members present: 87 of 120 (52 women).", 87, 52),
        ("1. CALL TO ORDER (7:09pm); 11 in person, 4 online", 15, None),
        # (regression, a French village council, rs8: the title's year over the list's label was the count)
        ("CR du conseil municipal 24 février 2023\nPrésents : Jean-Pierre, Yves, Jacques.", None, None),
        # (regression, a guides' association's AGM, rs19: the count said present, not a range of a talk's audience)
        ("The talks were popular, each having 50-60 people attending. Thirty one (31) members were present.", 31, None),
        ("The talks were popular, each having 50-60 people attending.", None, None),
    ],
)
def test_attendance_phrasings(text, total, female):
    from pipeline.annotate.meta import _attendance

    assert _attendance(text) == (total, female)


@pytest.mark.parametrize(
    ("text", "respondents"),
    [
        ("As the result, there were 26 respondents as below.", 26),
        ("Flood response: 31 households. Later 69 forms were returned.", 69),
        ("47 participants completed the survey.", 47),
    ],
)
def test_respondent_phrasings(text, respondents):
    from pipeline.annotate.meta import _respondents

    assert _respondents(text) == respondents


def test_organizer_from_the_title():
    from pipeline.annotate.meta import _organizer_from_title

    assert _organizer_from_title("MINUTES OF THE AGM: PREK THNOT FARMERS' ASSOCIATION (PTFA)") == (
        "PREK THNOT FARMERS' ASSOCIATION", "PTFA")
    assert _organizer_from_title("No2ID Annual General Meeting: 2004") == ("No2ID", None)
    assert _organizer_from_title("Minutes of Quarterly Coordination Meeting") == (None, None)
    assert _organizer_from_title("MINUTES OF THE 68th ANNUAL GENERAL MEETING") == (None, None)  # which, not whose


def test_a_name_over_the_meetings_line_holds_it_but_not_an_author():
    """Regression (a park's friends' AGM and a Spanish association's assembly, rs8): a title part that is a name and
    nothing else, beside the part that says which meeting, is who holds it; an author's name under a report's
    title is not."""
    from pipeline.annotate.meta import _organizer_from_title

    assert _organizer_from_title("The Friends of Charleston Lake Park: 2023 Annual General Meeting: Minutes") == (
        "The Friends of Charleston Lake Park", None)
    assert _organizer_from_title("Acta de reunión: Asamblea General Ordinaria: Python Canarias") == (
        "Python Canarias", None)
    assert _organizer_from_title("Report on the 7 January workshop: Emma Rand: 02/03/2020") == (None, None)
    # (regressions, rs10: a label of one word is no name; a founding meeting's word is a meeting's)
    assert _organizer_from_title("Acta reunión 4 de septiembre: Reunión pre Asamblea: Detalles: reunión online") == (
        None, None)
    assert _organizer_from_title("Minutes: AGM: SRCF") == ("SRCF", None)
    assert _organizer_from_title("Protokoll der Gründungsversammlung des Vereins Rust Zürichsee") == (
        "Vereins Rust Zürichsee", None)


def test_speakers_without_honorifics(tmp_path):
    doc = parse(tmp_path, [
        ("Sai Kishore introduced the wish box to the members.", "regular"),
        ("", "space"),
        ("Mark Littlewood, the National Co-ordinator (pro. tem.) delivered an oral report.", "regular"),
        ("", "space"),
        ("A question was asked, from Albert Beale, regarding affiliations.", "regular"),
        ("", "space"),
        ("Mr. Heng Vuthy (World Education) attended. World Education shared its report.", "regular"),
        ("", "space"),
        ("Membership Fees: 1073.84", "regular"),
        ("", "space"),
        ("Users asked for better documentation.", "regular"),
    ])
    people = {s.name: s for s in doc.speakers}
    assert set(people) == {"Sai Kishore", "Mark Littlewood", "Albert Beale"}
    assert people["Mark Littlewood"].role == "National Co-ordinator (pro. tem.)"


def test_people_named_in_headings_give_that_item(tmp_path):
    pdf = PdfBuilder(tmp_path / "agm.pdf")
    pdf.line("PARENT COUNCIL MEETING MINUTES", style="bold", size=12)
    pdf.line("1. CALL TO ORDER (7:09pm)").line("The meeting was called to order.", x=80)
    pdf.line("2. ADMIN REPORT: Jacquie Lavoie (7:15pm)").line("Sports day is in June.", x=80)
    pdf.line("3. REPORTS OF OFFICERS (7:28pm)")
    pdf.line("a. Chair: Sarah Willson", x=90).line("b. Yearbook lead (Jasmine Thornburn)", x=90)
    pdf.line("4. Session 1: Effective Communication")
    people = {s.name: s.role for s in parse_pdf(pdf.save()).speakers}
    assert people == {"Jacquie Lavoie": "ADMIN", "Sarah Willson": "Chair", "Jasmine Thornburn": "Yearbook lead"}


def test_questions_asked_in_reported_speech(tmp_path):
    doc = parse(tmp_path, [
        ("A question was asked, from Albert Beale, regarding affiliations, to which he was referred to the list.",
         "regular"),
        ("", "space"),
        ("Asked if he had any interests, James mentioned UKCOD.", "regular"),
    ])
    assert [(q.question, q.answer) for q in doc.qa_pairs] == [
        ("A question was asked, from Albert Beale, regarding affiliations", "he was referred to the list"),
        ("Asked if he had any interests", "James mentioned UKCOD"),
    ]


def test_evaluation_tables_and_rating_grids_give_counts(tmp_path):
    cols = [60, 260, 360, 460]
    pdf = PdfBuilder(tmp_path / "tables.pdf")
    pdf.line("Workshop Report", style="bold", size=16)
    pdf.line("INTRODUCTION", style="bold", size=12).line("The workshop was held in March.")
    pdf.line("EVALUATION", style="bold", size=12)
    pdf.line("How useful was the workshop?")
    pdf.table_row([[("Item", "bold")], [("Number", "bold")], [("%", "bold")]], cols)
    pdf.table_row([[("Very useful", "regular")], [("24", "regular")], [("60%", "regular")]], cols)
    pdf.table_row([[("Useful", "regular")], [("16", "regular")], [("40%", "regular")]], cols)
    pdf.space(20).line("Rate the organisation of the workshop")
    pdf.table_row([[("", "bold")], [("Good", "bold")], [("Fair", "bold")], [("Poor", "bold")]], cols + [530])
    pdf.table_row([[("Venue", "regular")], [("10", "regular")], [("5", "regular")], [("1", "regular")]],
                  cols + [530])
    doc = parse_pdf(pdf.save())
    got = [(f.question, f.label, f.count) for f in doc.feedback_counts]
    assert got == [
        ("How useful was the workshop?", "Very useful", 24), ("How useful was the workshop?", "Useful", 16),
        ("Venue", "Good", 10), ("Venue", "Fair", 5), ("Venue", "Poor", 1),
    ]
    assert [s.heading for s in doc.sections] == ["INTRODUCTION", "EVALUATION"]


def test_three_column_agenda_table_with_a_presenter_column(tmp_path):
    cols = [60, 140, 360, 530]
    pdf = PdfBuilder(tmp_path / "agenda.pdf")
    pdf.line("Workshop Minutes", style="bold", size=16)
    pdf.line("INTRODUCTION", style="bold", size=12).line("The workshop was held in March.")
    pdf.line("AGENDA", style="bold", size=12)
    pdf.table_row([[("Time", "bold")], [("Session", "bold")], [("Presenter", "bold")]], cols)
    pdf.table_row([[("09:00", "regular")], [("Opening remarks", "regular")],
                   [("Mr. Sok Dara, Director of KAPE", "regular")]], cols)
    pdf.table_row([[("10:00", "regular")], [("Budget review", "regular")], [("Ms. Chan Nary", "regular")]], cols)
    doc = parse_pdf(pdf.save())
    assert [(s.heading, s.level) for s in doc.sections] == [
        ("INTRODUCTION", 1), ("AGENDA", 1), ("Opening remarks", 2), ("Budget review", 2)]
    assert {(s.name, s.role, s.organization) for s in doc.speakers} == {
        ("Sok Dara", "Director", "KAPE"), ("Chan Nary", None, None)}


def test_tallies_written_as_sentences():
    from pipeline.annotate import opinion_counts

    assert opinion_counts("Five participants said the room was too cold. 12 participants suggested more "
                          "practice; 63 participants joined online.") == [
        ("the room was too cold", 5, "participants"), ("more practice", 12, "participants")]


def test_an_attendance_label_is_no_speaker(tmp_path):
    """Regression (a park's friends' AGM, rs8): "In Attendance: ..." gave a speaker "In Attendance"."""
    doc = parse(tmp_path, [("In Attendance: Steve Page (Chair), Yolande Lapointe, Cliff Redman.", "regular"),
                           ("Steve welcomed everyone to the meeting.", "regular")])
    assert "In Attendance" not in {s.name for s in doc.speakers}
    assert "Steve Page" in {s.name for s in doc.speakers}


def test_the_person_a_meeting_was_chaired_by_is_its_chair(tmp_path):
    """Regression (a Scottish community council, rs8): "The Meeting was Chaired by Kenny Combe." gave no post."""
    doc = parse(tmp_path, [("Present: Kenny Combe, Margaret Carey, Paul Priestman.", "regular"),
                           ("The Meeting was Chaired by Kenny Combe.", "regular")])
    assert {s.name: s.role for s in doc.speakers}.get("Kenny Combe") == "Chair"


def test_a_poll_tallied_a_line_each(tmp_path):
    """Regression (a residents' association, rs8): a poll's options and counts set a line each ("Sunshine Acres = 13"),
    then its result, gave no counts."""
    doc = parse(tmp_path, [("Polled residents for who a $500.00 donation would go toward", "regular"),
                           ("Sunshine Acres = 13", "regular"), ("ASPCA =0", "regular"), ("Marine Corps =1", "regular"),
                           ("100 Club of Arizona =16", "regular"),
                           ("RESULTS: $500.00 to 100 Club of Arizona", "regular")])
    assert [(f.label, f.count) for f in doc.feedback_counts] == [
        ("Sunshine Acres", 13), ("ASPCA", 0), ("Marine Corps", 1), ("100 Club of Arizona", 16)]


def test_a_place_on_the_line_after_the_dates_and_not_who_presided(tmp_path):
    """Regression (a residents' association, rs8): "... on December 1, 2022 in the" / "Ballroom at 9:30 a.m. presided
    by President, Peggy Marcone" gave the venue "Ballroom at presided by President, Peggy Marcone"."""
    pdf = PdfBuilder(tmp_path / "venue.pdf")
    pdf.line("GENERAL MEETING MINUTES OF THE LPGRA", style="bold", size=16)
    pdf.line("I. CALL TO ORDER: Meeting was called to order on December 1, 2022 in the")
    pdf.line("Ballroom at 9:30 a.m. presided by President, Peggy Marcone")
    pdf.line("II. TREASURER'S REPORT", style="bold", size=12)
    pdf.line("The balance was reported.")
    assert parse_pdf(pdf.save()).meta.venue == "the Ballroom"


def test_a_months_name_ocr_misread_by_a_letter_between_a_day_and_a_year() -> None:
    from pipeline.annotate.dates import dates_in

    assert [d for _, d in dates_in('Newbiggin Parish Council - 3" Sentember 2019')] == [dt.date(2019, 9, 3)]
    assert [d for _, d in dates_in("Octobar 14, 2020")] == [dt.date(2020, 10, 14)]
    assert dates_in("the Augusta 2019 plan") == []  # no day: a name, not a month
    assert dates_in("on 3 Marsh 2019") == []  # a short month's name is too near other words to be mended
