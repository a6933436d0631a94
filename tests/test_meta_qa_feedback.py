"""Document metadata, questions and answers, feedback tallies: the phrasings of minutes from many
origins and languages, on text and small PDFs built here."""

import datetime as dt

import pytest

from pipeline.annotate import inline_counts, parse_date
from pipeline.annotate.dates import _meeting_date
from pipeline.annotate.feedback import _count_of
from pipeline.annotate.meta import (
    _attendance,
    _held_at,
    _listed_attendance,
    _met_at,
    _name_a_line_attendance,
    _online_venue,
    _organizer_from_title,
    _place_before_date,
    _place_line,
    _respondents,
    _roll_call_attendance,
    _venue_by_date,
)
from pipeline.parse import parse_pdf
from tests.pdf_builder import PdfBuilder


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Procès-verbal de l’Assemblée Générale du 14 mars 2024", dt.date(2024, 3, 14)),
        ("siendo las once horas del 4 de septiembre de 2020", dt.date(2020, 9, 4)),
        ("Es versammelten sich heute, am 25. Februar 2023 um 11:00 Uhr", dt.date(2023, 2, 25)),
        ("Verbale della riunione del 14 marzo 2024", dt.date(2024, 3, 14)),
        ("Notulen van de vergadering van 2 mei 2023", dt.date(2023, 5, 2)),
        ("Ata da reunião de 4 de setembro de 2020", dt.date(2020, 9, 4)),
        ("Milburn Parish Council A.G.M. - 7 th May 2019", dt.date(2019, 5, 7)),
        ("REGULAR MEETING TUESDAY, OCTOBER 22,2024–5:00P.M.", dt.date(2024, 10, 22)),
        ("Workshop March 9-10, 2009, London, UK", dt.date(2009, 3, 9)),
        ("CONSEJO CIUDADANO. 04-09-2020 ----", dt.date(2020, 9, 4)),
        ("Le groupe a fait 73 courses en mars", None),
        # read by OCR, the ordinal's raised letters become marks
        ('OCLT AGM Minutes 14" September 2020', dt.date(2020, 9, 14)),
        ("Milburn Parish Council A.G.M. - 7* May 2019", dt.date(2019, 5, 7)),
        ("Next Meeting Tuesday, 2™4 July 2019", dt.date(2019, 7, 2)),
        ('11%" March 2020', dt.date(2020, 3, 11)),  # (a committee's minutes, read by OCR)
        ("21 марта 2018 года", dt.date(2018, 3, 21)),  # Russian: the month in the genitive
        ("Fri Sep 15 13:16:05 CEST 2023", dt.date(2023, 9, 15)),  # a timestamp under a generated title
        ("held on the 5t* March 2019", dt.date(2019, 3, 5)),
        ("Milburn Parish Council A.G.M. - 7t May 2019", dt.date(2019, 5, 7)),
        ("June 3O, 2OO2 6:30 p.m.", dt.date(2002, 6, 30)),  # figures read as letters
        ("held on l9 March 2O24 in Oslo", dt.date(2024, 3, 19)),
        ("April8,2002 10:00 a.m.", dt.date(2002, 4, 8)),  # OCR lost the space after the month
        ("Code SUMMAR2 2002", None),  # no month read inside a word
    ],
)
def test_dates_in_other_languages_and_spellings(text, date):
    assert parse_date(text) == date


def test_the_meeting_date_is_not_an_approval_or_an_earlier_meeting():
    head = "Minutes of the Board\nApproved on 3 June 2024\nThe meeting was held on 14 May 2024"
    assert _meeting_date(None, {}, head, head) == dt.date(2024, 5, 14)
    assert _meeting_date("AGM 14 th September 2020", {}, "Minutes of 1 April 2019", "") == dt.date(2020, 9, 14)
    # a day and month without a year take the year written in the first lines
    assert _meeting_date(None, {}, "Rapport 2024\nSéance du 14 mars", "") == dt.date(2024, 3, 14)


def test_the_meeting_date_is_not_a_laws_or_a_birth():
    """Regression (a French association's founding minutes): the letterhead's "loi du 1° juillet 1901" was the
    meeting's date."""
    head = ("Friends Of OpenPGP\nassociation déclarée par application de la loi du 1° juillet 1901 et du décret du"
            " 16 août 1901.\nProcès-verbal de l'assemblée générale constitutive du 20 mars 2023.")
    assert _meeting_date(None, {}, head, head) == dt.date(2023, 3, 20)
    head = "Present: Jane Doe, born on 12 May 1980, in Paris.\nMeeting of 3 June 2024"
    assert _meeting_date(None, {}, head, head) == dt.date(2024, 6, 3)


@pytest.mark.parametrize(
    ("title", "organizer"),
    [
        ("AGM24-A: Annual General Meeting of the Milton Keynes Chess Club", "Milton Keynes Chess Club"),
        ("Milburn Parish Council A.G.M. - 7 th May 2019", "Milburn Parish Council"),
        ("HYNDLAND PRIMARY SCHOOL PARENT COUNCIL ANNUAL GENERAL MEETING (ONLINE)",
         "HYNDLAND PRIMARY SCHOOL PARENT COUNCIL"),
        ("Mitgliederversammlung des Makerspace Gütersloh e.V.", "Makerspace Gütersloh e.V."),
        ("EAST PALO ALTO: PLANNING COMMISSION REGULAR MEETING MINUTES", "EAST PALO ALTO PLANNING COMMISSION"),
        ("ACTA DE SESIÓN DEL CONSEJO CIUDADANO DE RADIO", "CONSEJO CIUDADANO DE RADIO"),
        ("Report on 07.01.2020 RForwards workshop, York, UK", "RForwards"),
        ("OCLT AGM Minutes 14 th September 2020", "OCLT"),
        ("2020 RLCA Annual General Meeting Minutes", "RLCA"),  # the year is the meeting's
        ("TOWN of BIG LAKE", "TOWN of BIG LAKE"),
        ("Suffolk’s Libraries IPS", "Suffolk’s Libraries IPS"),
        ("Annual General Meeting: 2021", None),
        ("Minutes of Quarterly Coordination Meeting", None),
        ("Regional Workshop on Climate-Smart Agriculture", None),  # the kind of event, not who holds it
    ],
)
def test_organizer_is_an_organisation_named_in_the_title(title, organizer):
    assert _organizer_from_title(title)[0] == organizer


@pytest.mark.parametrize(
    ("title", "organizer"),
    [
        ("Association genevoise des amis du Salève: Procès-verbal de l’Assemblée Générale", "Association genevoise "
         "des amis du Salève"),
        ("Asociación vecinal del barrio de San Blas: Acta de la asamblea", "Asociación vecinal del barrio de San Blas"),
        ("Club house rules: minutes", None),  # an organisation word, but of no one, nowhere
    ],
)
def test_a_name_capitalised_on_its_first_word_only(title, organizer):
    assert _organizer_from_title(title)[0] == organizer


def test_an_acronym_in_brackets_must_fit_the_name():
    assert _organizer_from_title("Association Genevoise des Amis du Salève (AGAS): Procès-verbal") == (
        "Association Genevoise des Amis du Salève", "AGAS")
    assert _organizer_from_title("Tenants Forum Annual Meeting (ONLINE)") == ("Tenants Forum", None)


def test_minutes_titled_only_in_their_page_header_by_an_acronym_the_body_spells_out(tmp_path):
    pdf = PdfBuilder(tmp_path / "rlca-style.pdf")
    for page in range(2):
        pdf.line("2020 HRC Annual General Meeting Minutes", x=60).space(30)
        if page == 0:
            pdf.line("Richard opened the 2020 HRC Annual General Meeting on July 8, 2020 and welcomed everyone.")
            pdf.line("Richard moved to approve the minutes of the 2019 AGM titled \"Hilltown Rowing Club")
            pdf.line("(HRC), Annual General Meeting, July 13, 2019\". Seconded by Laurie Kerr. Carried.")
            pdf.page_break()
        else:
            pdf.line("Richard moved that we adjourn the meeting.")
    meta = parse_pdf(pdf.save()).meta
    assert meta.title == "2020 HRC Annual General Meeting Minutes"
    assert (meta.organizer, meta.organizer_acronym) == ("Hilltown Rowing Club", "HRC")


def test_an_associations_quoted_name_on_the_line_under_its_kind_is_the_organizer():
    """Regression (a Swiss karate club's founding minutes, rs20): "Gründungsprotokoll" / "des Vereins" / "\"Karate
    Bennwil\"" on lines of their own; the organizer was "Vorstands", from "Mitglieder des Vorstands" in the text."""
    assert _organizer_from_title('Gründungsprotokoll: des Vereins: "Karate Bennwil"', whole_title=False)[0] == \
        "Karate Bennwil"


def test_an_organizer_found_longer_in_the_text_does_not_take_the_meetings_date():
    """A Norwegian hackerspace's referat titled "Generalforsamling i Bitraf 30.04.2014": the text writes the date
    after the name too, and it is no more of the name; a name the title cuts at its line's end is still made whole."""
    from pipeline.annotate.meta import _longer_mention

    assert _longer_mention("Bitraf", "Referat fra Bitraf 30.04.2014 ble godkjent.") == "Bitraf"
    assert _longer_mention("Milton Keynes", "the Milton Keynes Chess Club met") == "Milton Keynes Chess Club"


def test_a_forms_organization_field_names_the_organizer(tmp_path):
    """A template's head of fields in two columns (a water co-operative's board minutes): "Type: Board Meeting
    Organization: Water Co-operative" over "Status: APPROVED"; the name does not run on into the next field."""
    pdf = PdfBuilder(tmp_path / "form.pdf")
    pdf.line("WATER CO-OPERATIVE", size=9).line("Board Meeting Minutes", style="bold", size=18)
    pdf.line("Date: May 18, 2026").line("Type: Board Meeting      Organization: Water Co-operative")
    pdf.line("Status: APPROVED").line("1. CALL TO ORDER", style="bold", size=13)
    pdf.line("The meeting was called to order by the board.")
    meta = parse_pdf(pdf.save()).meta
    assert meta.organizer == "Water Co-operative"
    assert _organizer_from_title("The governing body: minutes") == (None, None)


def test_venue_after_the_date_on_its_line_or_the_next():
    assert _venue_by_date(["Saturday 6 March 2021 – Meeting hall of Wat Chambak, Kong Pisei District"]) == (
        "Meeting hall of Wat Chambak, Kong Pisei District")
    assert _venue_by_date(["January 27, 2020, 7:00 p.m. EPA Government Center, East Palo Alto, CA 94303"]) == (
        "EPA Government Center, East Palo Alto, CA 94303")
    assert _venue_by_date(["Procès-verbal de l’AG du 14 mars 2024",
                           "Espace de quartier Soubeyran, Rue Soubeyran 10, 1203 Genève, 19 :00h"]) == (
        "Espace de quartier Soubeyran, Rue Soubeyran 10, 1203 Genève")
    assert _venue_by_date(["Minutes of 3 May 2024", "6.30 – 7.30 p.m. on Zoom"]) is None
    assert _venue_by_date(["Procès-verbal de l’AG du 14 mars 2024 À G"]) is None  # a logo's letter, not a place


@pytest.mark.parametrize(
    ("lines", "venue"),
    [
        (["Gütersloh, Brauhaus, 09.05.2018", "Protokoll Mitgliederversammlung"], "Gütersloh, Brauhaus"),
        (["Genève, le 16 mars 2025"], "Genève"),
        (["Berlin, den 3. Mai 2019, 19:00 Uhr"], "Berlin"),
        (["Minutes of the meeting, 3 May 2019"], None),  # a meeting word: the title, not a place
        (["Protokoll vom 09.05.2018"], None),
        (["The committee met as agreed, and closed on 3 May 2019 with thanks."], None),
    ],
)
def test_the_place_of_a_dateline(lines, venue):
    assert _place_before_date(lines) == venue


def test_an_address_set_on_lines_of_a_letterhead_after_or_before_the_date():
    title = "EAST PALO ALTO: PLANNING COMMISSION REGULAR MEETING MINUTES"
    after = ["EAST PALO ALTO", "PLANNING COMMISSION", "REGULAR MEETING MINUTES", "January 27, 2020, 7:00 p.m.",
             "EPA Government Center", "City Council Chamber", "East Palo Alto, CA 94303", "1. CALL TO ORDER"]
    assert _venue_by_date(after, title) == "EPA Government Center, City Council Chamber, East Palo Alto, CA 94303"
    title = "SPECIAL MEETING OF THE BOARD OF EDUCATION SAN DIEGO UNIFIED SCHOOL DISTRICT"
    before = ["SPECIAL MEETING OF THE BOARD OF EDUCATION", "SAN DIEGO UNIFIED SCHOOL DISTRICT",
              "AUDITORIUM, EUGENE BRUCKER EDUCATION CENTER", "4100 NORMAL STREET", "SAN DIEGO, CA 92103",
              "June 30, 2002 6:30 p.m.", "ACTION AUTHORIZED", "ATTENDANCE AT THIS PUBLIC MEETING"]
    assert _venue_by_date(before, title) == (
        "AUDITORIUM, EUGENE BRUCKER EDUCATION CENTER, 4100 NORMAL STREET, SAN DIEGO, CA 92103")
    # lines with no figure are no address: names of those present
    assert _venue_by_date(["Minutes of 3 May 2024", "Jane Smith", "Tom Brown", "Apologies"]) is None


def test_venue_held_in_and_online():
    assert _held_at("To be held on Thursday, 5th September 2024, 7:45pm in the Berrill Cafe, at The Open "
                    "University") == "the Berrill Cafe, at The Open University"
    assert _online_venue("OCLT AGM\n6.30 – 7.30 p.m. on Zoom") == "Zoom"
    assert _online_venue("ANNUAL GENERAL MEETING (ONLINE)") == "ONLINE"
    assert _online_venue("am 25. Februar 2023 per Videokonferenz unter https://example.org/room 13 Personen") == (
        "Videokonferenz unter https://example.org/room")
    assert _online_venue("En la ciudad de Aguascalientes, se reúnen bajo la modalidad de videoconferencia") == (
        "Aguascalientes, videoconferencia")
    assert _online_venue("We discussed the new online shop.") is None
    assert _online_venue("Vía Google Meet, siendo las 18:00h de la fecha arriba indicada") == "Google Meet"  # (accent)
    assert _online_venue("per Videokonferenz unter httos://example.org/room 13 Personen") == (
        "Videokonferenz unter httos://example.org/room")  # the scheme as OCR misread it


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Marc FOUCAULT (membres) = 10 votants. En moyenne, 15 participants sont venus.", 10),
        ("um 11:00 Uhr per Videokonferenz 13 Personen zur ordentlichen Mitgliederversammlung", 13),
        ("There were 40 attendees and 4 tutors.", 40),
        ("Asistieron 12 personas.", 12),
    ],
)
def test_attendance_in_other_words(text, total):
    assert _attendance(text)[0] == total


def test_respondents_of_the_evaluation_not_of_a_survey_before_the_event():
    text = ("Number of people completing pre-workshop survey: 38\n"
            "Number of people completing post-workshop survey: 35")
    assert _respondents(text) == 35


def test_a_french_council_register_its_head_its_mayor_and_his_proposals(tmp_path):
    """Regression (a French commune's compte rendu, rs6): the place after "s'est réuni au nombre prescrit par la
    loi" (no place), names parted by dashes, "Monsieur Denis JUVIN - Maire", and what "Monsieur le Maire
    propose" before each "Vote : à l'unanimité"."""
    pdf = PdfBuilder(tmp_path / "cr.pdf")
    pdf.line("COMPTE RENDU du CONSEIL MUNICIPAL", style="bold", size=14)
    pdf.line("Séance du 24 septembre 2021", style="bold", size=12)
    pdf.line("L'an deux mille vingt et un le vingt-quatre septembre, le Conseil Municipal de la commune,")
    pdf.line("régulièrement convoqué, s'est réuni au nombre prescrit par la loi, dans la salle du château,")
    pdf.line("sous la présidence de Monsieur Denis JUVIN - Maire")
    pdf.line("Présents : Denis JUVIN - Catherine MARTEL - Patricia MICHOT - Muriel NIGGEL")
    pdf.line("- Alessandra STURANI - Jean-Pierre PLUS - Michel VAILLIES - Philippe VINÇON")
    pdf.line("Nomination du secrétaire", style="bold")
    pdf.line("Monsieur le Maire propose la candidature de Michel VAILLIES, en qualité de secrétaire.")
    pdf.line("Vote : à l'unanimité")
    pdf.line("Contrat d'assurance", style="bold")
    pdf.line("Le maire propose au conseil municipal que la commune charge le Centre de Gestion de négocier")
    pdf.line("un contrat groupe. Vote : à l'unanimité")
    document = parse_pdf(pdf.save())
    assert (document.meta.venue, document.meta.participants_total) == ("la salle du château", 8)
    assert [(s.name, s.role) for s in document.speakers if s.role] == [("Denis Juvin", "Maire")]
    assert [(m.text.split(",")[0], m.moved_by, m.outcome) for m in document.motions] == [
        ("Monsieur le Maire propose la candidature de Michel VAILLIES", "Denis Juvin", "carried"),
        ("Le maire propose au conseil municipal que la commune charge le Centre de Gestion de négocier un contrat"
         " groupe", "Denis Juvin", "carried")]


def test_attendance_under_a_label_alone_counts_its_groups(tmp_path):
    """Regression (a fire district's minutes, rs7): "Attendance:" alone, then "Commissioners: ..." and "Staff: ...";
    the count came from "48 participants" of a training course further on."""
    pdf = PdfBuilder(tmp_path / "attendance.pdf")
    pdf.line("ROCK CREEK FIRE PROTECTION DISTRICT", style="bold", size=16)
    pdf.line("Meeting Minutes September 12, 2019", style="bold")
    pdf.line("Attendance:", style="bold")
    pdf.line("Commissioners: Marvin Norris, Alternate Todd Ballard, Alternate Dee Hunsaker")
    pdf.line("Staff: Fire Chief Aaron Zent, District Clerk Jennifer Egbert, Gary Sabin, Capt.")
    pdf.line("Jason Freeman, Brent Black")
    pdf.line("Apologies: Josh Russel")
    pdf.line("Reports", style="bold")
    pdf.line("We had over 1200 hours of training during the Academy with 48 participants.")
    assert parse_pdf(pdf.save()).meta.participants_total == 8


def test_the_last_name_of_a_list_after_a_comma_and_and_counts():
    """Regression (a village hall charity's AGM, rs20): "..., G Reeve, and P Keymer." counted five of six: "and P
    Keymer" opened with a small letter, no name."""
    from pipeline.annotate.meta import _count_listed

    assert _count_listed("M Reeve (Chair), G Phillips (Treasurer), P Sewell, J Trollope, G Reeve, and P\nKeymer.") == 6


def test_labels_in_french_inclusive_writing_are_labels(tmp_path):
    """Regression (a poetry house's board meeting, rs21): "Présent.es : ..." was no label of those present, so nobody
    was counted, the list was taken for the venue, and "Durée de la réunion : 1h30" headed a section."""
    pdf = PdfBuilder(tmp_path / "inclusive.pdf")
    pdf.line("Conseil d'administration du 10 octobre 2022", style="bold", size=16)
    pdf.line("Date : 10 octobre 2022 à 18h")
    pdf.line("Présent.es : Charlotte, Candice, Stéphanie, Anaël, Quentin, Lucie, Anne-Marie")
    pdf.line("Excusé·es : Lauriane, Pauline")
    pdf.line("Durée de la réunion : 1h30", style="bold")
    pdf.line("1. Programme de 2023", style="bold")
    pdf.line("Le programme est présenté par Quentin.")
    document = parse_pdf(pdf.save())
    assert (document.meta.participants_total, document.meta.venue) == (7, None)
    assert [section.heading for section in document.sections] == ["1. Programme de 2023"]


def test_a_paragraph_of_names_under_the_title_with_no_label_counts_those_present(tmp_path):
    """Regression (a dog-training club's membership meeting, rs19): the attendees, set under the title with no label,
    were not counted; a title-cased list of agenda items is no list of people."""
    pdf = PdfBuilder(tmp_path / "names.pdf")
    pdf.line("KCTC MEMBERSHIP MEETING 1-21-2024", style="bold", size=14)
    pdf.line("Dan Mullaney, Amy Sandhagen, Sharon Harerza, Pam Lewis, Dan Goldberg, Claire Schmalz, Amy")
    pdf.line("Rusenko, Emil Pohodich, Bill Tullock")
    pdf.line("CALL TO ORDER:", style="bold")
    pdf.line("President Dan Mullaney called the meeting to order at 7:04 PM.")
    assert parse_pdf(pdf.save()).meta.participants_total == 9
    pdf = PdfBuilder(tmp_path / "items.pdf")
    pdf.line("BOARD MEETING 1-21-2024", style="bold", size=14)
    pdf.line("Welcome Address, Minutes Approval, Treasurer Report, Public Comment, Old Business, New Business")
    pdf.line("CALL TO ORDER:", style="bold")
    pdf.line("The president called the meeting to order at 7:04 PM.")
    assert parse_pdf(pdf.save()).meta.participants_total is None


def test_a_venue_runs_on_to_the_building_on_the_next_line(tmp_path):
    """Regression (a township's minutes, rs7): "met at the Big Lake Town" / "Hall located in ..." gave "the Big Lake
    Town"."""
    pdf = PdfBuilder(tmp_path / "venue.pdf")
    pdf.line("TOWN of BIG LAKE", style="bold", size=16)
    pdf.line("On Wednesday, January 25, 2017 the Big Lake Board of Supervisors met at the Big Lake Town")
    pdf.line("Hall located in the Lions Park Community Center.")
    pdf.line("Chairman Hofer called the meeting to order at 7:00 p.m.")
    assert parse_pdf(pdf.save()).meta.venue == "the Big Lake Town Hall located in the Lions Park Community Center"


def test_metadata_of_french_minutes(tmp_path):
    pdf = PdfBuilder(tmp_path / "pv.pdf")
    pdf.line("Association des Amis du Parc (AAP)", style="bold", size=16)
    pdf.line("Procès-verbal de l’Assemblée Générale du 14 mars 2024", style="bold", size=14)
    pdf.line("Salle communale, Rue du Lac 3, 1200 Genève, 19 :00h")
    pdf.line("1. Présences", style="bold", size=12)
    pdf.line("Anne Martin (présidente), Paul Roux, Léa Blanc (membres) = 3 votants.")
    pdf.line("2. Rapport du comité (AG du 28 février 2023)", style="bold", size=12)
    pdf.line("En 2023, 15 participants sont venus en moyenne.")
    meta = parse_pdf(pdf.save()).meta
    assert meta.meeting_date == dt.date(2024, 3, 14)
    assert meta.venue == "Salle communale, Rue du Lac 3, 1200 Genève"
    assert (meta.organizer, meta.organizer_acronym) == ("Association des Amis du Parc", "AAP")
    assert meta.participants_total == 3


def _qa(tmp_path, *paragraphs, items=False):
    pdf = PdfBuilder(tmp_path / "qa.pdf")
    pdf.line("Minutes of the Parent Council", style="bold", size=16)
    pdf.line("1. Discussion", style="bold", size=12)
    for text in paragraphs:
        pdf.line(f"• {text}" if items else text)
        pdf.space()
    pdf.line("2. Closing", style="bold", size=12).line("The meeting closed.")
    return [(q.question, q.answer) for q in parse_pdf(pdf.save()).qa_pairs]


def test_questions_reported_in_prose(tmp_path):
    # the question as written, with who asked; a short answerer ("PM") stays in the answer as written, a long one
    # ("Ms. Keo Malis from RLDO") does not
    got = _qa(tmp_path,
              "AMR asked if the restrictions have affected trips. PM said that the summer was quieter.",
              "KBP asked FB how parents should get in touch. They should email HB.",
              "AW asked if there were plans for a shelter; AB outlined the reasons plans had failed.",
              "Sue asked when we are likely to have a response and John explained that it is delegated.")
    assert got == [
        ("AMR asked if the restrictions have affected trips", "PM said that the summer was quieter."),
        ("KBP asked FB how parents should get in touch", "They should email HB."),
        ("AW asked if there were plans for a shelter", "AB outlined the reasons plans had failed."),
        ("Sue asked when we are likely to have a response", "John explained that it is delegated"),
    ]


def test_questions_asked_with_an_object_or_in_a_participle(tmp_path):
    # "questioned the cost", "queried the invoice": what was asked is the verb's object; "When asked about ...,
    # Ms Green said ...": the answer in the same sentence, by someone named in up to three words
    got = _qa(tmp_path,
              "Trustee Smith questioned the cost of the repairs. Supervisor Jones stated that the cost was $5,000.",
              "Councillor Hart queried the invoice from Smith Ltd; the Clerk confirmed that it had been paid.",
              "When asked about the timetable, Ms Green said the work would finish in June.",
              "Asked whether the grant had been received, the Treasurer said it had.",
              "The board questioned nothing further and moved on.")
    assert got == [
        ("Trustee Smith questioned the cost of the repairs", "Supervisor Jones stated that the cost was $5,000."),
        ("Councillor Hart queried the invoice from Smith Ltd", "the Clerk confirmed that it had been paid"),
        ("When asked about the timetable", "Ms Green said the work would finish in June"),
        ("Asked whether the grant had been received", "the Treasurer said it had"),
    ]


def test_questions_reported_in_other_languages(tmp_path):
    got = _qa(tmp_path,
              "David demande si quelqu’un voudrait intégrer le comité. Maryse se présente.",
              "Leon fragt, ob die Kasse geprüft wurde. Tim antwortet, dass sie geprüft wurde.",
              "La consejera pregunta si habrá presupuesto. El director responde que sí.")
    assert [q for q, _ in got] == ["David demande si quelqu’un voudrait intégrer le comité",
                                   "Leon fragt, ob die Kasse geprüft wurde",
                                   "La consejera pregunta si habrá presupuesto"]
    assert [a for _, a in got] == ["Maryse se présente.", "Tim antwortet, dass sie geprüft wurde.",
                                   "El director responde que sí."]


def test_a_thread_of_signed_items(tmp_path):
    got = _qa(tmp_path,
              "(M. Lee, Scripps): Should there be thousands of names? Applies to chemistry too.",
              "(N Galbraith, WHOI) A mechanism was added in version 1.8.",
              "Carolina Berys - does CF go to meetings? (other than by presenters)",
              "Alison Pamment - not actively, but we should.",
              items=True)
    assert got == [
        ("Should there be thousands of names?", "A mechanism was added in version 1.8."),
        ("does CF go to meetings? (other than by presenters)", "not actively, but we should."),
    ]


def test_option_tallies_written_count_first():
    assert inline_counts("Das Ergebnis der Abstimmung: 1 So wie bisher, 0 Nichts, 6 Nichts, für lange Zeiten "
                         "Spendenempfehlung, 1 5€ Pauschalbetrag") == (
        "Das Ergebnis der Abstimmung",
        [("So wie bisher", 1, None), ("Nichts", 0, None), ("Nichts, für lange Zeiten Spendenempfehlung", 6, None),
         ("5€ Pauschalbetrag", 1, None)])
    # a sentence about members with numbers in it is not a list of options
    assert inline_counts("Membership: 120 members at the end of 2020 (68 women). 9 new members joined and 4 left "
                         "(2 moved away, 2 passed away).") == (None, [])


@pytest.mark.parametrize("text", ["HR-02-63", "COVID-19", "Time: 1030 - 1530", "they will be released at 15:15."])
def test_codes_and_ranges_are_not_tallies(text):
    assert _count_of(text) is None


def test_a_vote_on_a_motion_is_not_feedback(tmp_path):
    pdf = PdfBuilder(tmp_path / "vote.pdf")
    pdf.line("Protokoll der Mitgliederversammlung", style="bold", size=16)
    pdf.line("1. Entlastung des Vorstands", style="bold", size=12)
    pdf.line("Ergebnis: 9 dafür, 0 dagegen, 2 Enthaltungen")
    pdf.line("2. Umfrage", style="bold", size=12)
    pdf.line("Ergebnis: 4 Exkursion, 6 Aufräumparty")
    got = [(f.label, f.count) for f in parse_pdf(pdf.save()).feedback_counts]
    assert got == [("Exkursion", 4), ("Aufräumparty", 6)]


def test_a_vote_in_czech_is_not_feedback(tmp_path):
    """Regression (a Czech student association's minutes, scanned): "Z aktivních členů: 26 pro, 0 proti" was read
    as a feedback tally."""
    pdf = PdfBuilder(tmp_path / "hlasovani.pdf")
    pdf.line("Zápis z valné hromady", style="bold", size=16)
    pdf.line("Volba výboru", style="bold", size=12)
    pdf.line("Z aktivních členů: 26 pro, 0 proti, 25 se zdrželo")
    assert parse_pdf(pdf.save()).feedback_counts == []


def test_a_letterhead_naming_an_organisation_is_the_organiser():
    assert _organizer_from_title("Hilltown Parish Council: Minutes of the Annual Parish Meeting") == (
        "Hilltown Parish Council", None)
    assert _organizer_from_title("Minutes of the Annual Parish Meeting held on 3 May 2024") == (None, None)


def test_labels_on_one_line_and_venues_after_a_lead_in():
    from pipeline.annotate.meta import _head_labels, _venue_after_lead_in

    assert _head_labels(["Date: 14 May 2024   Time: 7pm   Venue: Village Hall, High Street"]) == {
        "date": "14 May 2024", "time": "7pm", "venue": "Village Hall, High Street"}
    assert _head_labels(["Lieu : Salle du Conseil", "Ort: Raum 2, Berlin"]) == {"venue": "Salle du Conseil"}
    assert _venue_after_lead_in("Il giorno 14 marzo 2024 alle ore 18:00 presso la sede dell'Associazione, in Via "
                                "Roma 1, Milano, si è riunito il Consiglio") == (
        "la sede dell'Associazione, in Via Roma 1, Milano")


def test_question_and_answer_labels_in_other_languages(tmp_path):
    got = _qa(tmp_path, "Frage: Wann wird der Laser repariert?", "Antwort: Im März.",
              "Councillor Hill asked about the state of the footpath. The Clerk confirmed it will be repaired.")
    assert got == [("Wann wird der Laser repariert?", "Im März."),
                   ("Councillor Hill asked about the state of the footpath",
                    "The Clerk confirmed it will be repaired.")]


def test_attendance_as_a_labelled_number():
    assert _attendance("Present: 12\nApologies: 3") == (12, None)
    assert _attendance("Présents : 9 membres") == (9, None)
    assert _attendance("Present: 1. John Smith 2. Ann Lee") == (None, None)


def test_a_question_paragraph_then_its_answer(tmp_path):
    pdf = PdfBuilder(tmp_path / "q.pdf")
    pdf.line("Minutes of the Village Meeting", style="bold", size=16)
    pdf.line("1. Questions from the public", style="bold", size=12)
    pdf.line("When will the bus shelter be repaired?").space()
    pdf.line("The Clerk said the repair is booked for June.").space()
    pdf.line("2. Finance", style="bold", size=12)
    pdf.line("In response to a question from Cllr Hill about the reserves, the Treasurer said they stand at 5,000.")
    got = [(q.question, q.answer) for q in parse_pdf(pdf.save()).qa_pairs]
    assert got == [("When will the bus shelter be repaired?", "The Clerk said the repair is booked for June."),
                   ("the reserves", "the Treasurer said they stand at 5,000")]


def test_women_among_participants_in_other_languages_and_labels_above_their_values():
    from pipeline.annotate.meta import _head_labels

    assert _attendance("Erschienen sind 14 Mitglieder, davon 6 Frauen.") == (14, 6)
    assert _attendance("34 participants, dont 15 femmes.") == (34, 15)
    assert _head_labels(["Venue", "Village Hall, Hilltown", "Date:", "14 May 2024"]) == {
        "venue": "Village Hall, Hilltown", "date": "14 May 2024"}


@pytest.mark.parametrize(
    ("title", "organizer"),
    [
        ("ATA DA REUNIÃO ORDINÁRIA DO CONSELHO MUNICIPAL DE SAÚDE", "CONSELHO MUNICIPAL DE SAÚDE"),
        ("Notulen van de algemene ledenvergadering van Vereniging Dorpsbelang", "Vereniging Dorpsbelang"),
        ("Notulen ALV Tennisclub De Kaai", "Tennisclub De Kaai"),
    ],
)
def test_organizer_in_portuguese_and_dutch_titles(title, organizer):
    assert _organizer_from_title(title)[0] == organizer


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("siendo las once horas del día cuatro de septiembre de dos mil veinte, se reúnen", dt.date(2020, 9, 4)),
        ("Aos catorze dias do mês de março de dois mil e vinte e quatro, às 14h", dt.date(2024, 3, 14)),
        ("il giorno quattordici marzo duemilaventiquattro alle ore 18", dt.date(2024, 3, 14)),
        ("we met on one of the March days", None),
    ],
)
def test_dates_written_in_words(text, date):
    from pipeline.annotate.dates import words_date

    assert words_date(text) == date
    assert _meeting_date(None, {}, text, "") == date


def test_people_counted_at_the_meeting_are_not_options():
    assert inline_counts("Present: 12 members, 3 guests") == (None, [])
    assert inline_counts("Turnout: 40 members, 2 visitors") == (None, [])


def test_venue_inside_a_sentence_of_the_first_lines():
    from pipeline.annotate.meta import _venue_noun_phrase

    line = "The meeting took place on 3 March 2023 in the Committee Room, Town Hall. 40 attendees."
    assert _venue_by_date([line]) == "the Committee Room, Town Hall"
    assert _venue_noun_phrase("Aos catorze dias do mês de março, às 19h, na sede da associação, reuniram-se 25 "
                              "associados.") == "sede da associação"
    assert _attendance("In attendance: the Clerk and 3 members of the public") == (None, None)


def test_q_and_a_with_the_asker_and_answerer_in_brackets(tmp_path):
    """Workshop reports write "Q (Mr. X, Org): ..." and "A (Prof. Y): ..." on lines of their own."""
    pdf = PdfBuilder(tmp_path / "qa.pdf")
    pdf.line("Workshop Report", style="bold", size=16).line("1. Soil health", style="bold", size=12)
    pdf.line("Presented by Prof. Mphatso Banda (Lilongwe University).")
    pdf.line("Q (Mr. Daniel Kiprop, KALRO): How were farmers compensated during the transition?")
    pdf.line("A (Prof. Banda): Through input vouchers provided by the government.")
    doc = parse_pdf(pdf.save())
    assert [(q.question, q.answer, q.asker) for q in doc.qa_pairs] == [
        ("How were farmers compensated during the transition?",
         "Through input vouchers provided by the government.", "Mr. Daniel Kiprop, KALRO")]
    assert "Daniel Kiprop" in [s.name for s in doc.speakers]


def test_several_counts_written_after_their_labels_in_one_line():
    assert inline_counts("40 participants returned the form. Overall rating: Excellent 22, Good 15, Fair 3.") == (
        "Overall rating", [("Excellent", 22, None), ("Good", 15, None), ("Fair", 3, None)])
    assert inline_counts("The meeting was held in Room 3, Building 7") == (None, [])


def test_a_venue_phrase_ends_at_the_next_known_label_not_at_its_own_last_word():
    from pipeline.annotate.meta import _venue_noun_phrase
    assert _venue_noun_phrase("Minutes of the meeting held at 7.30pm in the Village Hall\nPresent: Cllr A Smith") \
        == "Village Hall"


def test_a_room_after_the_date_in_lower_case_is_the_venue():
    from pipeline.annotate.meta import _venue_by_date
    assert _venue_by_date(["Le samedi 23 mars 2019 à 14h, salle polyvalente, 12 rue des Lilas, Paris"]) \
        == "salle polyvalente, 12 rue des Lilas, Paris"
    assert _venue_by_date(["Le 14 mars 2024, les membres se sont réunis en assemblée"]) is None


def _located(*texts: str):
    """One section of one-line blocks, built directly (the layout rules are not under test here)."""
    from pipeline.pdf.extract import Line
    from pipeline.structure import Block, SectionDraft

    blocks = [Block([Line(text=t, x0=72.0, x1=500.0, top=100.0 + 14 * i, bottom=110.0 + 14 * i, size=11.0,
                          bold=False, italic=False, page=1)]) for i, t in enumerate(texts)]
    section = SectionDraft(section_no=1, heading="Session 5", level=1, kind="heading", page_first=1, blocks=blocks)
    return [(section, block) for block in blocks]


def test_q_and_a_read_by_ocr_marks_between_them_and_a_misread_number():
    from pipeline.annotate.qa import find_qa_pairs

    located = _located("Q: How can we filter the information?", "|", "| _ | _", "A: We see the sources.",
                       "QS: How to improve the engagement?", "A: We already have a MoU.",
                       "What is the area of the conflict? ™@ The fisheries around the bay",  # a bullet line run in
                       "Why was the bus late again? — The driver was ill.")  # a dash is no bullet
    assert [(q.question, q.answer) for q in find_qa_pairs(located)] == [
        ("How can we filter the information?", "We see the sources."),
        ("How to improve the engagement?", "We already have a MoU."),
        ("What is the area of the conflict?", "The fisheries around the bay")]


def test_a_survey_question_answered_by_tallies_is_no_question_put_in_the_meeting():
    from pipeline.annotate.qa import find_qa_pairs

    located = _located("Question 1: Are you satisfied with the services this year?",
                       "Satisfied: 54 members; Not satisfied: 11; No answer: 4",
                       "Question 2: Which service was the most useful?", "Collective selling of paddy: 41",
                       "Savings and credit: 38", "Question 3: Who keeps the keys?", "A: The Treasurer.",
                       "Q: What is left?", "A: Reserves: 500; grants: 200")
    assert [(q.question, q.answer) for q in find_qa_pairs(located)] == [
        ("Who keeps the keys?", "The Treasurer."), ("What is left?", "Reserves: 500; grants: 200")]


def test_an_answer_run_on_without_its_stop_and_a_question_raised_from_someone():
    from pipeline.annotate.qa import find_qa_pairs

    located = _located("TR asked about the results of the survey MK replied that most families have wifi.",
                       "PL raised a question from Maria about the book club code. HN said that she would send it.",
                       "OB asked whether the Chair said anything about the fees.")
    # the third asks and is not answered: "said" inside the question is no reply, so no pair is made of it
    assert [(q.question, q.answer) for q in find_qa_pairs(located)] == [
        ("TR asked about the results of the survey", "MK replied that most families have wifi"),
        ("PL raised a question from Maria about the book club code", "HN said that she would send it.")]


def test_a_reported_question_with_no_answer_recorded_is_no_pair():
    from pipeline.annotate.qa import find_qa_pairs

    located = _located("Member Irons asked where the Board's purview begins and ends.",
                       "Ms. Krase asked if staff works with the guidelines. She feels the drawing is mislabeled.",
                       "KBP asked FB how parents should get in touch. They should email HB.")
    assert [(q.question, q.answer) for q in find_qa_pairs(located)] == [
        ("KBP asked FB how parents should get in touch", "They should email HB.")]


def test_no_venue_from_an_attendance_list_going_on_or_a_month_after_held_in():
    assert _venue_by_date(["MINUTES FOR 21 OCTOBER 2020", "Present: Ann Gray (Head), Tom",
                           "Reid (Chair), Eva Bell (Treasurer)"]) is None
    assert _held_at("The AGM will be held in September 2020 instead of June to suit the budget.") is None
    assert _held_at("held on 5 May 2024 in the Village Hall") == "the Village Hall"


@pytest.mark.parametrize(("lines", "total"), [
    (["Attendees: Dorian Grieves (chair), Roz Laing Jackson (P5), Julie Wynn (Deputy head), Sam Freer (P1 & Secretary)",
      "Apologies: Rina Semba (P4)"], 4),
    (["Attendance:", "Executive (Bryan Dar Santos, Fiona Lo & Jennifer Baker)", "PAC members (11)",
      "Non-member guest (1)", "*********"], 15),
    (["Present", "Councillors D Richardson (Chair), R. Healey and", "P Moran Clerk Mrs J Todd plus ten guests",
      "21.01.01 Election of Chair"], 14),
    (["In the Chair: James Alexander", "Present: Members: James Alexander, Simon Banisi, Dominic", "Bartram",
      "Present Observers:", "Claire Church", "1) Apologies for Absence"], 4),
    (["Anwesend:", "Philip Markus, Andre Siewert", "Als Gast: Felix Kupferschmidt",
      "Als Versammlungsleiter wurde Leon Farchau bestimmt."], 3),
    (["Present: the members of the board"], None),
    # the posts after the names are no people (a parish council's "Present:" sentence)
    (["Present: Miss Jane Ritchie, Mr Andrew Landau, Mr David Dent, Mrs Sally Sahin and Mrs Victoria",
      "Whitehead, Councillors, Mrs Susan Ryding, Clerk and Mr Richard Nolan, Assistant Clerk",
      "Also present: County Councillor Yvonne Peacock", "1. Apologies"], 8),
])
def test_participants_counted_from_the_list_of_those_present(lines, total):
    assert _listed_attendance(lines) == total


def test_a_building_on_a_line_of_its_own_under_the_title_is_the_venue():
    lines = ["Parent Council Meeting 26.11.25", "7pm-9pm", "Hyndland Primary School", "Attendees: A, B"]
    assert _place_line(lines, "Parent Council Meeting 26.11.25") == "Hyndland Primary School"
    assert _place_line(["Annual Report of the School", "The school year went well."], "x") is None
    assert _meeting_date("Parent Council Meeting 26.11.25", {}, "", "") == dt.date(2025, 11, 26)


def test_any_count_of_people_is_read_where_told():
    """ "13 Personen" before the first heading is the meeting's count; "over 50 people" signed up for an event,
    further on, is not, when only the first lines are to hold such a count."""
    front = "Es versammelten sich heute 13 Personen zur ordentlichen Mitgliederversammlung."
    body = "Festive events: there have been over 50 people who have signed up for the decorations."
    assert _attendance(f"{front}\n{body}", any_count_in=front) == (13, None)
    assert _attendance(f"Minutes\n{body}", any_count_in="Minutes") == (None, None)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Roll Call: Supervisor Ames, Treasurer Bell, Trustees Cole and Dunn present. Clerk Fisher absent.", 4),
        ("ROLL CALL-Supervisor Ames, Trustee Bell, , Trustee Cole, Road Commissioner\nTrainor and Clerk Straub- All "
         "present\nTrustee Myers - Not present", 5),
        ("ROLL CALL-Supervisor Ames, Trustee Bell, Trustee Cole (absent)", 2),
        ("The summer gathering was attended by less than 40 people.", None),
    ],
)
def test_a_roll_call_counts_those_called_present(text, total):
    assert _roll_call_attendance(text) == total


def test_a_list_of_those_present_a_name_a_line_counts_its_names_not_the_proxies():
    lines = ["Le 22 juin 2019, les membres se sont réunis.", "Etaient présentes les personnes suivantes :",
             "Arnaud Calmettes, Président", "+ Willy Konguem, Trésorier", "Konguem", "Corentin Hatte (parti tôt)",
             "Procurations :", "Geoffrey Royer a donné procuration à Arnaud Calmettes"]
    assert _name_a_line_attendance(lines) == 4


def test_the_place_a_sentence_says_the_members_met_in_comes_before_a_letterhead_address():
    text = ("Association Zeste\n48 rue Louis Macille\nLe 22 juin 2019 à 15h, les membres se sont réunis en Assemblée\n"
            "Générale ordinaire (AGO) dans les locaux de l’entreprise beNext, 12 rue Vivienne 75002 Paris.")
    assert _met_at(text) == "les locaux de l’entreprise beNext, 12 rue Vivienne 75002 Paris"
    assert _met_at("The Board met at 7 p.m. at the Town Hall.") == "the Town Hall"
    assert _met_at("The Board met its targets this year.") is None
    assert _met_at("Es versammelten sich heute, am 5. Januar 2013, 15:00 Uhr im Coworking Space in Berlin\n"
                   "die in der Anwesenheitsliste eingetragenen 9 Personen.") == "Coworking Space in Berlin"


def test_minutes_titled_with_a_bare_name_are_that_body_s():
    assert _organizer_from_title("Protokoll: OpenTechSchool") == ("OpenTechSchool", None)
    assert _organizer_from_title("Minutes: Tuesday 5 March 2024") == (None, None)


def test_the_date_of_minutes_put_to_the_vote_is_not_the_meeting_s():
    head = ("Meeting was called to order by the Supervisor at 6:00 PM\n"
            "Trustee Hulke made a motion to approve the October 28, 2025 Board Meeting minutes.\n"
            "The Township Board met on November 25, 2025 in the hall.")
    assert _meeting_date(None, {}, head, head) == dt.date(2025, 11, 25)


def test_an_association_named_after_its_kind_in_the_minutes_is_the_organizer():
    """Regression (a French association's founding minutes, its name in no title word): "les fondateurs de
    l'association Friends Of OpenPGP (foopgp) se sont réunis" names the body."""
    from pipeline.annotate.meta import _organizer

    text = ("Friends Of OpenPGP (foopgp)\nLe Lundi 20 mars 2023 à 13 heures, les fondateurs de l'association "
            "Friends Of OpenPGP (foopgp) se sont réunis en assemblée générale constitutive.")
    assert _organizer(text, text, "Friends Of OpenPGP (foopgp)", [])[0] == "Friends Of OpenPGP"
    assert _organizer("", "L'association a été fondée en 2020.", None, [])[0] is None


def test_an_organizer_cut_from_a_title_at_its_date_loses_the_dates_day():
    """Regression (an Italian club's scanned verbale, "VERBALE CONSIGLIO DIRETTIVO DEL 17/12/2024"): the organizer was
    "CONSIGLIO DIRETTIVO DEL 17"."""
    from pipeline.annotate.meta import _clean_org, _organizer

    assert _clean_org("CONSIGLIO DIRETTIVO DEL 17") == "CONSIGLIO DIRETTIVO"
    assert _clean_org("Ward 3") == "Ward 3"
    text = "VERBALE CONSIGLIO DIRETTIVO DEL 17/12/2024\nIl giorno 17/12/2024 si è riunito il Consiglio Direttivo"
    assert _organizer(text, text, "VERBALE CONSIGLIO DIRETTIVO DEL 17/12/2024", [])[0] == "CONSIGLIO DIRETTIVO"


@pytest.mark.parametrize(
    ("lines", "count"),
    [
        (["Anwesende Gründungsmitglieder: Stefan Schindler", "Sebastian Wicki", "Gäste: keine"], 2),
        (["Närvarande", "Gunnar Jonsson, styrelsen", "Per-Åke Jansson, styrelsen", "Tommy Åberg, hus 1",
          "Ordförande hälsade alla välkomna."], 3),
        (["Sont présents :", "Jean-Jacques BRUCKER, demeurant au 20 Boulevard Victor Anfossi.",
          "Marcelle-Christianne FONTANA-BRUCKER, demeurant au 75 Impasse Serre des Isnards."], 2),
        (["Aanwezig: Max, Stijn, Philip, Stefan."], 4),
        # the list ends where its names do, not in the table after it
        (["Present:", "Tinka Gammel, Dana Roberson, Betsy Frederick, Barbara Pollock", "Proxies", "TOPIC PRESENTER",
          "Call to Order (quorum = majority of Board) Tinka Gammel"], 4),
        # (regression, a Colombian school's directive team, rs19: names of four words, a stamp read into one, and
        # more names than a list runs lines under its label)
        (["Participantes", "Jefferson Jhoan Soto G.", "Ruby Vélez Corrales", "Adriana Patricia Valbuena Bulla",
          "María Stella López Pérez", "Mauricio Rojas Henao", "Sandra Milena Piedrahita Toloza APPROVED)",
          "Carmen Ligia Mosquera Jaramillo", "Martha Belén Ocampo Hincapié", "Zulma Constanza López",
          "Luz Bibiana Giraldo", "Objetivos de la Reunión"], 10),
    ],
)
def test_those_present_listed_a_name_a_line_and_in_other_languages_are_counted(lines, count):
    """Regression (held-out minutes in German, Swedish, French and Dutch): their lists of those present, a name a
    line or under a label not known, were not counted."""
    assert _listed_attendance(lines) == count


@pytest.mark.parametrize(
    ("lines", "count"),
    [
        (["§1 Til stede:", "§1 Til stede:", "(a) Alexander Scheurer;", "(b) Maja Ling Han;", "(c) Maria Bich Pham;",
          "(d) Mathias Grymer;", "(e) Niels Gustav Westphal Serup;", "(f) Oleksandr Shturmov;", "(g) Simon Rotendahl;",
          "(h) Trine Dag; og", "(i) Troels Kamp Leskes.", "§2 Valg af stemmetæller."], 9),
        (["Asistencia: Sara, Diego, Lucía, Marina, Javi, Jimena", "Orden del día:"], 6),
        (["Present:", "1. Call To Order", "2. Approval of Minutes"], None),  # the agenda, not names
    ],
)
def test_a_lettered_list_of_those_present_under_a_numbered_label_is_counted(lines, count):
    """Regression (a Danish general assembly's minutes, "§1 Til stede:" then "(a) Alexander Scheurer;" ..., and a
    Spanish "Asistencia:"): the label was not read behind its paragraph number, and a lettered item ended the list."""
    assert _listed_attendance(lines) == count


def test_names_a_sentence_says_were_in_attendance_are_counted():
    """Regression (a students' society's minutes): "Daniel, Braden, ... and Sri were / in attendance" gave no count."""
    from pipeline.annotate.meta import _named_as_present

    text = "1.2. Attendance to be taken\nDaniel, Braden, Shanette, Cate, Innes, Tristan and Sri were\nin attendance"
    assert _named_as_present(text) == 7
    assert _named_as_present("Bob Smith and Ann Lee attended.") == 2
    assert _named_as_present("The Treasurer said that Bob and Jim attended the meeting.") is None  # mid-sentence


@pytest.mark.parametrize(
    ("title", "organizer"),
    [
        ("Gemensamt husrådsmöte BRF Doktor Lindh 2020-10-14: Anteckningar", "BRF Doktor Lindh"),
        ("Protokoll från Stenålderns samfällighetsförenings årsstämma 2024", "Stenålderns samfällighetsförening"),
        ("Referat af ordinær generalforsamling: Kantineforening ved Datalogisk Institut",
         "Kantineforening ved Datalogisk Institut"),
        ("Protokoll der Beiratssitzung vom 3. Mai 2021", None),
    ],
)
def test_compound_meeting_and_organisation_words_of_nordic_titles(title, organizer):
    """Regression (Swedish and Danish minutes): a meeting word built as a compound ("husrådsmöte"), an organisation's
    ("samfällighetsförening", in the genitive before the meeting's word) were not known as such."""
    assert _organizer_from_title(title)[0] == organizer


def test_a_place_said_after_a_lead_in_runs_on_past_where_it_lies_and_not_into_the_next_sentence():
    """Regression (an Italian running club's verbale, a real scan): "In data 22/03/2008, alle ore 15.00 presso
    l'abitazione del socio X, sita in Corso Garibaldi n.53 in Caposele, si è riunita ..." gave the line after the
    date's ("ARS Amatori Running Sele, per discutere ..."); "in carica" of the next sentence was a place."""
    from pipeline.annotate.meta import _met_at, _venue_after_lead_in, _venue_by_date

    lines = ["VERBALE ASSEMBLEA ORDINARIA",
             "In data 22/03/2008, alle ore 15.00 presso l'abitazione del socio Alessandro Russomanno, sita in Corso",
             "Garibaldi n.53 in Caposele, si è riunita in seduta ordinaria l'assemblea dei soci dell'associazione",
             "ARS Amatori Running Sele, per discutere e deliberare sul seguente ordine del giorno:"]
    assert _venue_by_date(lines, lines[0]) is None
    assert _venue_after_lead_in("\n".join(lines)) == (
        "l'abitazione del socio Alessandro Russomanno, sita in Corso Garibaldi n.53 in Caposele")
    assert _met_at("Alle ore 15 si è riunita l'assemblea dei soci.\nPresiede il presidente in carica Nicola "
                   "D'Auria.") is None


def test_a_count_of_any_one_word_in_attendance():
    """Regression (a residents' association's scanned minutes): "A. 35 Residence in attendance" (so spelt) gave no
    count."""
    assert _attendance("II. ATTENDANCE:\nA. 35 Residence in attendance") == (35, None)
    assert _attendance("The 2 of us went to the fair in June.") == (None, None)


def test_a_place_in_brackets_after_the_date_and_time():
    """Regression (a women-in-science network's board minutes): "Saturday, December 17, 2005, 10:00 AM (Betsy
    Frederick’s home, Albuquerque)" gave no venue."""
    from pipeline.annotate.meta import _venue_by_date

    lines = ["NMNWSE Board Meeting", "Saturday, December 17, 2005, 10:00 AM (Betsy Frederick’s home, Albuquerque)",
             "Present:"]
    assert _venue_by_date(lines, lines[0]) == "Betsy Frederick’s home, Albuquerque"


def test_questions_reported_in_the_present_tense_and_in_swedish(tmp_path):
    """Regression (a conservation commission's minutes, a student society's EGM, a Swedish AGM): "Mr. Rogers asks
    how ...", "Christer frågar om ..." were no questions."""
    got = _qa(tmp_path, "Mr. Rogers asks how the equipment will get to the back yard. Mr. Smith replies that they "
                        "will use a small excavator.",
              "Christer frågar om vi får in fakturor. Kassören svarar att alla fakturor kommer via mejl.")
    assert got == [("Mr. Rogers asks how the equipment will get to the back yard",
                    "Mr. Smith replies that they will use a small excavator."),
                   ("Christer frågar om vi får in fakturor", "Kassören svarar att alla fakturor kommer via mejl.")]


def test_a_company_named_by_its_legal_form_and_a_day_and_month_whose_year_comes_later():
    """Regression (a Finnish company's AGM minutes, a real scan): "Koha-Suomi Oy:n osakkeenomistajat kutsutaan ...
    tiistaina 15.6. klo 12" named no organizer, and the meeting's date was another one of the text (31.3.2020), not
    "15.6.2018" of the signatures."""
    from pipeline.annotate.meta import _organizer

    front = "Yhtiökokouskutsu\nKoha-Suomi Oy:n osakkeenomistajat kutsutaan varsinaiseen yhtiökokoukseen"
    assert _organizer(front, front, "Yhtiökokouskutsu", [])[0] == "Koha-Suomi Oy"
    assert _organizer("Minutes\nThe meeting opened.", "Minutes", "Minutes", [])[0] is None
    head = "Yhtiökokouskutsu\nvarsinaiseen yhtiökokoukseen, joka pidetään tiistaina 15.6. klo 12 alkaen"
    text = f"{head}\nValtuutus on voimassa 31.3.2020 asti.\nMikkelissä 15.6.2018"
    assert _meeting_date("Yhtiökokouskutsu", {}, head, text) == dt.date(2018, 6, 15)
