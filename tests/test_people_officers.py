"""Speakers of club minutes: the meeting's officers set as "Post: Name" lines, people named as the agent of a
verb-final passive, and capitalised words of German prose that name no one. Constructed text only."""

from __future__ import annotations

from pipeline.annotate.people import find_people
from pipeline.parse import parse_pdf
from pipeline.pdf.extract import Line
from pipeline.structure import Block, SectionDraft, Structure
from tests.pdf_builder import PdfBuilder


def _speakers(*texts: str) -> dict[str, str | None]:
    """name -> role of the speakers found in one section of one-line blocks (the layout rules are not under test)."""
    blocks = [Block([Line(text=t, x0=72.0, x1=500.0, top=100.0 + 14 * i, bottom=110.0 + 14 * i, size=11.0,
                          bold=False, italic=False, page=1)]) for i, t in enumerate(texts)]
    section = SectionDraft(section_no=1, heading="1. Begrüßung", level=1, kind="heading", page_first=1, blocks=blocks)
    structure = Structure(title=None, title_blocks=[], front=[], sections=[section], body_size=11.0)
    return {p.name: p.role for p in find_people([(section, b) for b in blocks], structure).people}


def test_the_chair_and_the_minute_taker_of_the_header_take_part():
    got = _speakers("Versammlungsleiterin: Antonia Haase", "Protokollführer: Jakob Schmitz",
                    "Die Versammlungsleiterin eröffnete um 18:15 Uhr die Mitgliederversammlung.")
    assert got == {"Antonia Haase": "Versammlungsleiterin", "Jakob Schmitz": "Protokollführer"}


def test_a_post_ocr_misread_is_still_the_chair_and_spelt_as_the_post():
    got = _speakers("Anwesend: 18 von 35 Mitgliedern Versammlunssleiterin: Madeleine Salzmann")
    assert got == {"Madeleine Salzmann": "Versammlungsleiterin"}


def test_pronouns_posts_labels_and_nouns_are_no_speakers():
    got = _speakers(
        "Versammlungsleiterin: Antonia Haase",
        "Sie begrüßte die Erschienenen und stellte fest, dass die Versammlung beschlussfähig ist.",
        "Erste Vorsitzende: Frau Bianca Ambrosi, geboren am 20.05.1994, wohnhaft in Berlin",
        "Stimmberechtigte Mitglieder: Gesine Buttler Eva Schulze Leander Schroer",
        "Zur Wahl stellte sich erneut Herr Adrian Emans.",
        "Thema Anwesenheitsregelung: Neue Regelung bezüglich der Wochenendproben",
        "Thema Chorfahrt: Neue Regelung bezüglich der Anreise",
        "Chorfahrt Vorstand informiert über die Chorfahrt nach Malchow",
        "Somit wurde die Satzung um folgenden Paragraphen ergänzt:",
    )
    assert got == {"Antonia Haase": "Versammlungsleiterin", "Bianca Ambrosi": "Vorsitzende"}  # a chair


def test_a_name_after_an_item_of_a_run_on_list_or_a_compound_post_acts():
    got = _speakers("Vorstand informiert über den Besuch und die Tagesplanung Adrian Emans informiert über die Proben",
                    "Die Finanzbeauftragte Madeleine Salzmann stellt den Bericht vor.")
    assert got == {"Adrian Emans": None, "Madeleine Salzmann": "Finanzbeauftragte"}


def test_agents_of_a_verb_final_passive_take_part_with_the_post_before_them():
    got = _speakers(
        "Er wurde von der Finanzbeauftragten Madeleine Salzmann vorgestellt.",
        "Die Kassenprüfung wurde von der vorübergehenden Rechnungsprüferin Sophie Losch durchgeführt.",
        "Die Leitung der Vorstandswahl wurde durch Hannah Neumaier und Claudia Schmidtke vorgenommen.",
        "Der Antrag wurde von der Versammlung angenommen. Die Einladung kam von Anna Berg per Post.",
    )
    assert got == {"Madeleine Salzmann": "Finanzbeauftragte", "Sophie Losch": "Rechnungsprüferin",
                   "Hannah Neumaier": None, "Claudia Schmidtke": None}


def test_people_after_a_long_lead_in_or_after_the_verb_of_a_verb_second_sentence_act():
    got = _speakers("Die Sitzung fand unter der Leitung von Anna Berg statt.",
                    "Anschließend berichtete die Kassenwartin Sophie Losch über die Kasse.",
                    "Sie dankte Tom Weber für die Arbeit.")  # whom she thanked does not speak
    assert got == {"Anna Berg": None, "Sophie Losch": "Kassenwartin"}


def test_a_post_in_apposition_before_a_long_clause_and_a_congratulation():
    got = _speakers("6.3 Adam McGreggor, Secretary (pro. tem.) gave an oral report detailing a continual rise in "
                    "Membership and supporters, the latter obviously more so, following on from events.",
                    "Mr. Heng Sovann, Chief of Sdok Sdam Council, congratulated the association for the good work.")
    assert got == {"Adam McGreggor": "Secretary (pro. tem.)", "Heng Sovann": "Chief"}


def test_people_who_would_like_to_say_something_or_follow_with_a_talk_speak():
    got = _speakers("Present: Members James Alexander, Simon Bansi, Dominic Watson, Micheal Page, David Phillips.",
                    "Dominic Watson and Micheal Page like to propose that we form a website steering group.",
                    "David Phillips would like to thank everyone. James Alexander would like a new board.",
                    "Simon Bansi followed with a presentation on the club's finances.")
    assert got == {"Dominic Watson": None, "Micheal Page": None, "David Phillips": None, "Simon Bansi": None}


def test_a_chair_appointed_in_a_passive_sentence_holds_the_post():
    got = _speakers("Anwesend: Philip Markus, Leon Farchau, Olaf Koenig",
                    "Als Versammlungsleiter wurde Leon Farchau bestimmt.")
    assert got == {"Leon Farchau": "Versammlungsleiter"}
    got = _speakers("Als Versammlungsleiter wird Jens Borgemeister vorgeschlagen. Dieser Vorschlag wird per "
                    "Akklamation angenommen.")  # proposed, then taken: he chairs
    assert got == {"Jens Borgemeister": "Versammlungsleiter"}
    # an officer elected for the year is not appointed to run the meeting
    assert _speakers("Anwesend: Philip Markus, Leon Farchau, Olaf Koenig",
                     "Als Vorsitzender wurde Leon Farchau gewählt.") == {}


def test_an_object_pronoun_before_the_verb_and_passed_on_are_speech():
    got = _speakers("Présents: David Viry, Sylvie Pellaton, Monika Zweygarth",
                    "David nous avertit que la subvention ne doit pas dépasser un certain pourcentage.",
                    "Sylvie nous rappelle que les randonnées sont gratuites.",
                    "L’assemblée donne décharge au comité.")
    assert set(got) == {"David Viry", "Sylvie Pellaton"}
    got = _speakers("Present: Katie Brady Patterson (joint P7 rep), Alan Bonnyman (Chair)",
                    "KBP passed on the fact that parents were impressed.")
    assert got == {"Katie Brady Patterson": "joint P7 rep", "Alan Bonnyman": "Chair"}  # the chair takes part


def test_a_noun_after_an_article_and_an_adjective_is_no_speaker():
    assert _speakers("Falls es im nächsten Jahr eine neue Challange gibt, werden wir uns wieder bewerben.") == {}


def test_what_a_person_is_doing_is_no_post_and_the_verb_after_it_is_theirs():
    got = _speakers("Present: Fiona Batista (PT), Kate Kitson (PT), Alan Bonnyman (Chair), Dorian Grieve",
                    "Fiona Batista, currently teaching P7s, introduced herself as PT.",
                    "Kate Kitson, currently working 3 days a week across the two P4 classes, introduced herself.",
                    "AB, DG passed on the praise of parents.")
    assert got == {"Fiona Batista": "PT", "Kate Kitson": "PT", "Alan Bonnyman": "Chair", "Dorian Grieve": None}


def test_the_chair_named_after_a_lead_in_and_the_post_said_in_office(tmp_path):
    """Regression (an Italian running club's verbale): "Presiede l'assemblea il presidente in carica Nicola D'Auria."
    named no speaker (the post stood between the lead-in and the name without a comma)."""
    pdf = PdfBuilder(tmp_path / "verbale.pdf", footer=None)
    pdf.line("VERBALE ASSEMBLEA ORDINARIA")
    pdf.line("In data 22/03/2008, alle ore 15.00 si è riunita l'assemblea dei soci.")
    pdf.line("Presiede l'assemblea il presidente in carica Nicola D'Auria.")
    pdf.line("Viene nominato segretario Donatello Cirillo, che si incarica di redigere il presente verbale.")
    document = parse_pdf(pdf.save())
    assert [(s.name, s.role) for s in document.speakers] == [("Nicola D'Auria", "presidente")]
    assert document.meta.venue is None  # ("in carica Nicola D'Auria" was read as where the assembly met)


def test_a_report_s_presenter_after_the_colon_of_its_line_when_the_heading_was_cut_there():
    """Regression (a fire district's minutes): "Maintenance Report: Capt. Jason Freeman" was made the heading
    "Maintenance Report", the line kept whole as its body's first; the presenter, a rank before his name and met in
    the staff list, was no speaker."""
    def line(text: str, i: int) -> Line:
        return Line(text=text, x0=72.0, x1=500.0, top=100.0 + 14 * i, bottom=110.0 + 14 * i, size=11.0, bold=False,
                    italic=False, page=1)

    staff = Block([line("Staff: Fire Chief Aaron Zent, District Clerk Jennifer Egbert, Capt. Jason Freeman", 0)])
    report = Block([line("Maintenance Report: Capt. Jason Freeman", 2), line("Replaced the air filter.", 3)])
    sections = [SectionDraft(section_no=1, heading="Attendance", level=1, kind="heading", page_first=1,
                             blocks=[staff]),
                SectionDraft(section_no=2, heading="Maintenance Report", level=1, kind="heading", page_first=1,
                             blocks=[report])]
    structure = Structure(title=None, title_blocks=[], front=[], sections=sections, body_size=11.0)
    people = find_people([(sections[0], staff), (sections[1], report)], structure).people
    assert "Jason Freeman" in {p.name for p in people}


def test_the_chair_after_presided_by_and_a_post_with_a_comma():
    """Regression (a residents' association's scanned minutes): "... at 9:30 a.m. presided by President, Peggy
    Marcone" named no speaker."""
    got = _speakers("Meeting was called to order on December 1, 2022 in the Ballroom at 9:30 a.m. presided by "
                    "President, Peggy Marcone")
    assert got == {"Peggy Marcone": "President"}
    assert _speakers("The report was written by Smith, Jones and Brown.") == {}


def test_a_compound_post_before_a_surname_and_the_post_one_speaks_as():
    """Regression (a German housing club's minutes): "Herr Oberbürgermeister Gotz bedankt sich" gave the speaker
    "Oberbürgermeister Gotz"; "Leni Koschek als Rechnungsprüferin erklärte" none."""
    got = _speakers("Herr Oberbürgermeister Gotz bedankt sich für die Einladung.",
                    "Leni Koschek als Rechnungsprüferin erklärte, dass sie die Konten geprüft hat.")
    assert got == {"Gotz": "Oberbürgermeister", "Leni Koschek": None}


def test_polish_speech_verbs_and_the_meeting_named_before_its_verb():
    """Regression (a Polish association's minutes): "Zofia Twaróg zauważyła, że ...", "Pan Granica przypomniał" were
    no speech; "Zebranie otworzył wiceprezes ..." made "Zebranie" (the meeting) a speaker."""
    got = _speakers("Zebranie otworzył wiceprezes Stowarzyszenia Józef Fert.",
                    "Zofia Twaróg zauważyła, że wymagana jest zgoda konserwatora zabytków.",
                    "Wojciech Sikora nadmienił, że wszelkie zmiany winny być zgłoszone zbiorczo.")
    assert got == {"Zofia Twaróg": None, "Wojciech Sikora": None}


def test_who_gave_a_report_named_as_a_noun_takes_part_with_the_post_before_them():
    """Regression (a German shooting club's annual meeting, rs14): "Verlesung des ... durch die 1. Geschäftsführerin
    X", the report and its reader in one noun phrase, named no speaker."""
    got = _speakers(
        "Punkt 2: Verlesung des Geschäftsberichts 2023 durch die 1. Geschäftsführerin Beatrix Kissel.",
        "Punkt 4: Es folgte der Bericht der Kassenprüfung durch die 1. Kassenprüferin Christiane Lichtinghagen und "
        "die 2. Kassenprüferin Verena Huber.",
        "Der Bericht wurde per Post durch die Geschäftsstelle versandt.",
    )
    assert got == {"Beatrix Kissel": "Geschäftsführerin", "Christiane Lichtinghagen": "Kassenprüferin",
                   "Verena Huber": "Kassenprüferin"}


def test_the_post_set_before_a_reporters_name_and_a_comma_is_theirs():
    """Regression (a town council's motions, rs19): "presented by the Public Works Foreman, Darren Jensen" gave the
    speaker and no post."""
    got = _speakers(
        "THAT the public works quarter report, presented by the Public Works Foreman, Darren Jensen, be accepted.",
        "THAT the Parks and Safety update, presented by the Parks Supervisor/Safety Officer, Chris Loov, be accepted.",
    )
    assert got == {"Darren Jensen": "Public Works Foreman", "Chris Loov": "Parks Supervisor/Safety Officer"}
