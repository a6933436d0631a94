"""The title of board minutes as clerks set it: what is set over the head (a court-style caption, a stamp, a
letterhead's contact line) is not the title; the body's name and the meeting line are. Layouts are built line by
line (no PDF)."""

from __future__ import annotations

from test_board_minutes import FILLER, Lines


def _items(page: Lines) -> Lines:
    return page.add("1. CALL TO ORDER", gap=12).body(*FILLER).add("2. ROLL CALL", gap=12).body(*FILLER)


def test_a_court_style_caption_over_the_minutes_is_not_their_title() -> None:
    page = Lines().add("STATE OF ILLINOIS )").add(") SS", x=200).add("COUNTY OF WILL )")
    page.add("VILLAGE OF RIVERDALE", centred=True, bold=True, size=13, gap=12)
    page.add("Regular Meeting of the Board of Trustees", centred=True, bold=True).add("June 4, 2019", centred=True)
    structure = _items(page).structure()
    assert structure.title == "VILLAGE OF RIVERDALE: Regular Meeting of the Board of Trustees"
    assert [s.heading for s in structure.sections] == ["1. CALL TO ORDER", "2. ROLL CALL"]


def test_a_caption_whose_brackets_ocr_lost_and_a_long_minutes_title_held_on_a_date() -> None:
    page = Lines().add("STATE OF ILLINOIS").add("SS", x=200, gap=4).add("COUNTY OF WILL", gap=4)
    page.add("MINUTES OF THE REGULAR MEETING OF THE PRESIDENT AND BOARD OF TRUSTEES OF THE VILLAGE OF PARK FOREST, "
             "COOK AND WILL COUNTIES, ILLINOIS, HELD ON TUESDAY, JUNE 4, 2019 AT 7:00 P.M.", gap=16)
    structure = _items(page).structure()
    assert structure.title == ("MINUTES OF THE REGULAR MEETING OF THE PRESIDENT AND BOARD OF TRUSTEES OF THE VILLAGE "
                               "OF PARK FOREST, COOK AND WILL COUNTIES, ILLINOIS")
    assert [s.heading for s in structure.sections] == ["1. CALL TO ORDER", "2. ROLL CALL"]


def test_a_stack_of_jurisdictions_with_no_marks_over_the_minutes_is_not_their_title() -> None:
    """Regression (a township board's real scan, rs21): "State of Illinois" / "County of Will" / "Town of Crete" at the
    left over "Crete Township Board of Trustees Meeting" were the title, and the organizer; a town's name alone heads
    the title still."""
    page = Lines().add("State of Illinois").add("County of Will").add("Town of Crete")
    page.add("Crete Township Board of Trustees Meeting", x=165, gap=14).add("January 10, 2018", x=200)
    assert _items(page).structure().title == "Crete Township Board of Trustees Meeting"
    page = Lines().add("Town of Milton", centred=True, bold=True, size=14)
    page.add("Regular Meeting of the Board of Selectmen", centred=True, bold=True, size=12)
    assert _items(page).structure().title == "Town of Milton: Regular Meeting of the Board of Selectmen"


def test_a_stamp_over_the_title_or_run_into_it_is_not_the_title() -> None:
    for stamp in ("DRAFT", "COPY", "UNAPPROVED - SUBJECT TO APPROVAL"):
        page = Lines().add(stamp, x=460, bold=True, size=14)
        page.add("Town of Milton", centred=True, bold=True, size=14, gap=6)
        page.add("Regular Meeting of the Board of Selectmen", centred=True, bold=True, size=12)
        assert _items(page).structure().title == "Town of Milton: Regular Meeting of the Board of Selectmen", stamp
    page = Lines().add("DRAFT MINUTES OF THE REGULAR MEETING OF THE BOARD OF EDUCATION", centred=True, bold=True)
    assert _items(page).structure().title == "MINUTES OF THE REGULAR MEETING OF THE BOARD OF EDUCATION"


def test_a_letterheads_address_and_telephone_line_is_not_the_title() -> None:
    page = Lines().add("CEDAR VALLEY WATER DISTRICT", centred=True, bold=True, size=14)
    page.add("P.O. Box 44 - Springfield, Illinois 62701 - Phone 217-555-1234", centred=True)
    page.add("REGULAR MEETING OF THE BOARD OF DIRECTORS", centred=True, bold=True, size=12, gap=10)
    page.add("March 12, 2021", centred=True)
    structure = _items(page).structure()
    assert structure.title == "CEDAR VALLEY WATER DISTRICT: REGULAR MEETING OF THE BOARD OF DIRECTORS"
    assert [s.heading for s in structure.sections] == ["1. CALL TO ORDER", "2. ROLL CALL"]


def test_a_city_named_over_its_meeting_still_heads_the_title() -> None:
    page = Lines().add("CITY OF ALAMEDA", centred=True, bold=True, size=14)
    page.add("Regular Meeting of the City Council", centred=True, bold=True)
    assert _items(page).structure().title == "CITY OF ALAMEDA: Regular Meeting of the City Council"


def test_a_note_of_approval_and_a_letterheads_motto_over_the_title_are_not_it() -> None:
    """Regression (a library board's minutes): "Approved by the Library Board on April 16, 2015" over the letterhead
    was the title, and its date the meeting's; then the letterhead's street line over its telephone line, and its
    motto, a sentence, stood before "MINUTES OF LIBRARY BOARD MEETING"."""
    page = Lines().add("Approved by the Vaughan Public Library Board on April 16, 2015", x=300)
    page.add("900 Clark Avenue West, Vaughan, Ontario L4J 8C1", centred=True, bold=True, gap=10)
    page.add("Tel. (905) 653-7323 * Fax (905) 709-1530", centred=True, bold=True)
    page.add("Vaughan Public Libraries offers welcoming destinations that educate and empower our community.",
             centred=True, bold=True, gap=10)
    page.add("MINUTES OF LIBRARY BOARD MEETING", centred=True, bold=True, size=14, gap=12)
    page.add("Thursday, March 19, 2015 - 7:00 p.m.", centred=True, bold=True)
    structure = _items(page).structure()
    assert structure.title == "MINUTES OF LIBRARY BOARD MEETING"
    assert [s.heading for s in structure.sections] == ["1. CALL TO ORDER", "2. ROLL CALL"]


def test_a_list_of_initials_and_surnames_is_no_lettered_item() -> None:
    """Regression (a library board's minutes): the last line of "Present:", "C. Rizzuto, R. Savage, G. Thompson", and
    "A. Dowiat Vine, Director of Planning" were items C and A."""
    from pipeline.numerals import numbering_of

    assert numbering_of("C. Rizzuto, R. Savage, G. Thompson") is None
    assert numbering_of("A. Dowiat Vine, Director of Planning & Communication") is None
    assert numbering_of("C. Finance, Budget and Audit") == ("upper", "C")
    assert numbering_of("A. Call to Order") == ("upper", "A")


def test_a_title_set_large_under_a_letterhead_of_names_and_posts_is_the_title() -> None:
    """Regression (a city licensing board's scanned minutes): a letterhead of the commissioners' names and posts, in
    columns OCR read as "Commissioners: ..." lines, stopped the search for the title; "Voting Agenda, May 7, 2020",
    set large and bold under it, was none."""
    page = Lines().add("City of Boston Commissioners:", x=146).add("Mayor Martin J. Walsh Kathleen M. Joyce, Chairman",
                                                                   x=147)
    page.add("Licensing Board Keeana S. Saxon", x=147).add("Liam P. Curran", x=381, size=9.8)
    page.add("Executive Secretary:", x=345, size=9.8).add("Lesley Delaney Hawkins", x=382, size=9.8)
    page.add("Voting Agenda, May 7, 2020", bold=True, size=14.2, gap=30).add("(all members present)", bold=True)
    structure = _items(page).structure()
    assert structure.title == "Voting Agenda, May 7, 2020"
    assert [s.heading for s in structure.sections] == ["1. CALL TO ORDER", "2. ROLL CALL"]


def test_a_dateline_set_left_over_a_bold_title_ending_in_a_stop() -> None:
    """Regression (a Polish association's minutes): "Włodawa, 02.10.2015 r." over the bold "Protokół z walnego zebrania
    członków Stowarzyszenia ... we Włodawie." was the title; the title, broken at a compound's hyphen, ran on."""
    page = Lines().add("Włodawa, 02.10.2015 r.")
    page.add("Protokół z walnego zebrania członków Stowarzyszenia Chrześcijańsko-", bold=True, x=82)
    page.add("Patriotycznego Ziemi Włodawskiej we Włodawie.", bold=True, x=150)
    structure = _items(page).structure()
    assert structure.title == ("Protokół z walnego zebrania członków Stowarzyszenia Chrześcijańsko-Patriotycznego "
                               "Ziemi Włodawskiej we Włodawie.")


def test_a_title_going_on_in_lower_case_in_a_size_ocr_read_apart() -> None:
    """Regression (a French parents' association's founding minutes, scanned): "Compte rendu de l'assemblée" (read
    19.2 pt) over "constitutive de l'association Les / enfants de Simone" (16.5 pt) lost its second part."""
    page = Lines().add("Compte rendu de l’assemblée", bold=True, size=19.2, x=180)
    page.add("constitutive de l’association Les", bold=True, size=16.5, x=180, gap=2)
    page.add("enfants de Simone", bold=True, size=16.5, x=180)
    structure = _items(page).structure()
    assert structure.title == "Compte rendu de l’assemblée constitutive de l’association Les enfants de Simone"


def test_a_title_naming_the_minutes_under_a_ministrys_letterhead_and_its_side_column() -> None:
    """The letterhead names no meeting nor minutes; the first short line that opens with a minutes word is the title.
    The meeting's own date and place are read from their labels without a colon, over the letter's own date."""
    from pipeline.annotate.meta import find_meta

    page = Lines().add("Logius", x=334).add("Ministerie van Binnenlandse Zaken en", x=334)
    page.add("Koninkrijksrelaties", x=334)
    page.add("Contactpersoon", x=474, gap=40, size=7).add("Edwin Wisse (vz.)", x=474, size=7)
    page.add("Datum", x=474, bold=True, size=7, gap=10).add("13-6-2024", x=474, size=9)
    page.add("Verslag Technisch Overleg CloudEvents", x=203, gap=20)
    page.add("Vergaderdatum en tijd 6 juni 2024", x=90, gap=10).add("Vergaderplaats Zaal Blauw 0.002", x=88, gap=10)
    page.add("1. Opening en mededelingen", gap=20, bold=True).body(*FILLER)
    structure = page.structure()
    assert structure.title == "Verslag Technisch Overleg CloudEvents"
    meta = find_meta(structure)
    assert (str(meta.meeting_date), meta.venue) == ("2024-06-06", "Zaal Blauw 0.002")


def test_a_bold_title_naming_the_minutes_over_three_lines_under_a_logos_garbage() -> None:
    """Set large and bold, the title naming the body and the date wraps to three lines; what OCR read off the logo
    over it is not the title."""
    page = Lines().add("N Associazione Sportiva Federazione", x=117, bold=True, size=18)
    page.add("Arcotorre scacchi", x=208, bold=True, size=19, gap=4).add("Chieri", x=284, gap=20)
    page.add("Verbale del Consiglio Direttivo dell'Associazione Sportiva", x=109, bold=True, size=15.6, gap=20)
    page.add("Dilettantistica Arcotorre Scacchi: 15", x=234, bold=True, size=15.6)
    page.add("novembre 2024", x=234, bold=True, size=15.6)
    page.add("1. Approvazione del modello organizzativo", gap=20).body(*FILLER)
    assert page.structure().title.startswith(
        "Verbale del Consiglio Direttivo dell'Associazione Sportiva Dilettantistica Arcotorre Scacchi")


def test_a_plain_block_opening_with_a_minutes_word_and_its_details_is_not_taken_for_the_title() -> None:
    page = Lines().add("Schützen- und Bürgerverein", x=62).add("„Die Schimmelhäuer“", x=62, gap=2)
    page.add("Kaltenbach - Bellingroth 1925 e.V.", x=62, size=18, gap=2)
    page.add("Protokoll der Jahreshauptversammlung", x=62, gap=90).add("Datum 15.03.2024", x=62)
    page.add("Beginn 19:00 Uhr", x=62).add("Ende 20:35 Uhr", x=62)
    page.add("Punkt 1:", x=62, gap=50).body(*FILLER)
    assert not page.structure().title.startswith("Protokoll der Jahreshauptversammlung Datum")
