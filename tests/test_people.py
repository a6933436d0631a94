"""People: the per-document roster, name references read back to it, and the given-name signal.

Constructed text only; no PDF is built, so these run in milliseconds.
"""

from __future__ import annotations

import pytest

from pipeline.annotate.people import PeopleIndex, SpeakerDraft
from pipeline.annotate.references import _posts_before_names, _posts_speaking, _roster_refs
from pipeline.annotate.roster import Roster, build_roster, mentioned_names, read_list
from pipeline.names import is_given_name


def _roster(*lists: str) -> Roster:
    roster = Roster()
    for text in lists:
        read_list(text, roster)
    return roster


def test_given_names_from_the_list_and_not_labels_or_places():
    assert all(is_given_name(w) for w in ("Sarah", "Anne-Marie", "José", "Maryse", "Leon"))
    assert not any(is_given_name(w) for w in ("Members", "Treasurer", "Reap", "Present", "X"))


def test_attendance_list_gives_names_posts_and_bodies():
    roster = _roster("Alan Bonnyman (Chair), Helen Brown\n(Head Teacher), Kirsty Chambers (PT), "
                     "Paddy Morrison (Afty), Marc Neuhaus (ab 12:40 Uhr), Jock Coats (M)")
    got = {e.name: (e.role, e.organization) for e in roster.entries}
    assert got == {"Alan Bonnyman": ("Chair", None), "Helen Brown": ("Head Teacher", None),
                   "Kirsty Chambers": ("PT", None), "Paddy Morrison": (None, "Afty"),
                   "Marc Neuhaus": (None, None), "Jock Coats": (None, None)}
    assert roster.resolve("Alan Bonnyman").chairs and not roster.resolve("Helen Brown").chairs


def test_roll_call_and_posts_written_before_names():
    roster = _roster("Andrei Garcia\nCommissioner\nLate\nRobert Allen Fisk\nCommissioner\nPresent",
                     "Councillors D Richardson (Chair) N Cresswell, R Healey and\nP Moran Clerk J Connelly",
                     "David VIRY (président) ; Maryse NAFTI, Monika ZWEYGARTH (membres)")
    got = {e.name: e.role for e in roster.entries}
    assert got["Andrei Garcia"] == "Commissioner" and got["Robert Allen Fisk"] == "Commissioner"
    assert got["D Richardson"] == "Chair" and got["J Connelly"] == "Clerk" and got["N Cresswell"] == "Councillor"
    assert got["David Viry"] == "président" and "Maryse Nafti" in got
    # a post after a stop is the next heading's, not the last name's
    assert _roster("Rita Boxleitner, and Kathy Deacon. BOARD MEMBER ITEMS").resolve("Kathy Deacon").role is None


def test_short_references_resolve_only_when_one_person_fits():
    roster = _roster("Anne-Marie Rigby, Helen Brown, Stephen Frame, Robert Allen Fisk, Bob Colenutt, "
                     "John Bloxsom, Jock Coats, Bob Price")
    assert roster.resolve("AMR").name == "Anne-Marie Rigby"
    assert roster.resolve("HB").name == "Helen Brown"
    assert roster.resolve("Allen Fisk").name == "Robert Allen Fisk"
    assert roster.resolve("Colenutt").name == "Bob Colenutt"
    assert roster.resolve("Jock Coates").name == "Jock Coats"  # a near spelling of the listed name
    assert roster.resolve("S. Frame").name == "Stephen Frame"
    assert roster.resolve("Bob") is None  # two Bobs: neither
    assert roster.resolve("Zed") is None


def test_listed_people_win_over_names_met_in_prose():
    roster = _roster("Leon Farchau, Martin Teuber, Philip Markus")
    roster.add("Leon Brown")  # met in prose only
    assert roster.resolve("Leon").name == "Leon Farchau"


def test_names_in_prose_begin_with_a_given_name():
    assert mentioned_names("Sue Brownill asked when. Lloyd Chapman’s talk. Members Present: Siem Reap")[:2] == [
        "Sue Brownill", "Lloyd Chapman"]
    assert "Members Present" not in mentioned_names("Members Present: all")


def test_attendance_label_lists_and_section_lists_build_the_roster():
    roster = build_roster(
        [("1. CALL TO ORDER AND ROLL CALL", ["Juan Mendez", "Alternate", "Present"]),
         ("2. Election of Chair", ["Ofelia Bello was elected."])],
        ["Present: Members", "James Alexander, Alan Heath, Colin Solloway", "In the chair : James Alexander",
         "Anwesende Mitglieder", "Leon Farchau, Martin Teuber"])
    got = {e.name: e.role for e in roster.entries if e.listed}
    assert got == {"Juan Mendez": "Alternate", "James Alexander": "Chair", "Alan Heath": None,
                   "Colin Solloway": None, "Leon Farchau": None, "Martin Teuber": None}


def test_a_roll_call_run_on_after_its_heading_lists_people_not_the_heading():
    roster = build_roster([("Roll Call", ["Roll Call: Supervisor Glasscock, Treasurer Lee present."])], [])
    assert "Roll Call" not in {e.name for e in roster.entries}


def test_references_in_text_and_the_index_reads_names_back_to_the_roster():
    roster = _roster("Michael Mashack (Commissioner), Helen Brown, Bob Colenutt")
    text = "Then Bob explained the plan. HB noted it. Commissioner Mashack agreed. Milburn Parish Council met."
    refs = [(text[s:e], name) for s, e, name, _ in _roster_refs(text, roster)]
    assert refs == [("Bob", "Bob Colenutt"), ("HB", "Helen Brown"), ("Mashack", "Michael Mashack")]
    index = PeopleIndex(roster)
    index.add(SpeakerDraft(honorific=None, name="Mashack"))
    index.add(SpeakerDraft(honorific=None, name="Michael Mashack"))
    assert [(p.name, p.role) for p in index.people] == [("Michael Mashack", "Commissioner")]


def test_cues_that_make_a_listed_person_a_speaker():
    from pipeline.annotate.people import _coordinated_speaker_follows, _signed_report
    from pipeline.annotate.posts import _post_before
    from pipeline.annotate.references import _bracket_opener

    roster = _roster("Alan Heath (Treasurer), Dorian Grieve (Secretary & P5 rep), Colin Solloway")
    assert [e.name for e in _posts_speaking("Then the Treasurer presented the accounts.", roster)] == ["Alan Heath"]
    assert _posts_speaking("The Treasurer's report was accepted.", roster) == []
    signed = _signed_report("Alan Heath (Treasurer) 5/9/2024", roster)
    assert (signed.name, signed.role) == ("Alan Heath", "Treasurer")
    assert _signed_report("Colin Solloway. September 2024.", roster).name == "Colin Solloway"
    assert _signed_report("Nobody Here. September 2024.", roster) is None
    assert _bracket_opener("○ (N Galbraith, WHOI) Roy Lowry has introduced")[2:] == ("N Galbraith", "WHOI")
    assert _bracket_opener("(Budget Committee) approved") is None
    assert _coordinated_speaker_follows(" and Susannah Cowtan led the teaching")
    assert _coordinated_speaker_follows(" y la Maestra Hermosillo, explicaron que")
    assert not _coordinated_speaker_follows(" and Susannah Cowtan were present")
    assert _post_before("El Rector de la Universidad Autónoma, ") == ("Rector", "Universidad Autónoma")
    assert _post_before("The report, ") == (None, None)


def test_a_post_beside_the_name_wins_over_the_lists_label():
    roster = Roster()
    read_list("Mr. Matt Alexander, President.", roster, "Chair")
    read_list("Sarah Willson", roster, "Chair")
    assert {e.name: e.role for e in roster.entries} == {"Matt Alexander": "President", "Sarah Willson": "Chair"}


def test_glued_words_and_a_plural_post_in_a_list():
    roster = _roster("CommissionersMr.MattAlexander, Mr.Kevine Boggess, Ms. AlidaFisher")
    assert {e.name: e.role for e in roster.entries} == {
        "Matt Alexander": "Commissioner", "Kevine Boggess": "Commissioner", "Alida Fisher": "Commissioner"}
    chair = build_roster([], ["The Board met at 5:01 p.m. Presiding: Mr.MattAlexander, President."])
    assert [(e.name, e.role, e.chairs) for e in chair.entries] == [("Matt Alexander", "President", True)]


def test_a_place_after_a_preposition_is_not_a_speaker_though_a_verb_follows() -> None:
    """odin: "Lloyd Chapman's talk on modelling in French Polynesia noted ..." named a place as a speaker."""
    from pipeline.nlp import bare_names, load_bare_name_matcher, load_nlp

    nlp = load_nlp()
    doc = nlp("Lloyd Chapman's talk on COVID-19 modelling in French Polynesia noted the benefit. Julia Mayer noted it.")
    names = [span.text for _, span in bare_names(doc, load_bare_name_matcher(nlp))]
    assert "French Polynesia" not in names
    assert {"Lloyd Chapman", "Julia Mayer"} <= set(names)


def test_acronym_after_the_last_of_is_the_organisation() -> None:
    from pipeline.annotate.posts import split_role_org

    assert split_role_org("Jefa de la Sección de Radio de la UAA") == ("Jefa de la Sección de Radio", "UAA")
    assert split_role_org("a Representative from Diakonia") == ("Representative", "Diakonia")


def test_a_post_in_brackets_or_after_an_article_is_a_role() -> None:
    from pipeline.annotate.posts import _appositive

    assert _appositive(" (President).")[:2] == ("President", None)
    assert _appositive(" (Versammlungsleiter)")[:2] == ("Versammlungsleiter", None)
    assert _appositive(" (Oxfam Novib)")[:2] == (None, "Oxfam Novib")
    assert _appositive(", a Representative from Diakonia, said that")[:2] == ("Representative", "Diakonia")


def test_clause_like_roles_are_rejected() -> None:
    from pipeline.annotate.posts import plausible_role

    assert plausible_role("seconded and") is None
    assert plausible_role("some communities worry about mission creep") is None
    assert plausible_role("Treasurer") == "Treasurer"
    assert plausible_role("head of the finance team") == "head of the finance team"
    index = PeopleIndex()
    assert index.add(SpeakerDraft(honorific=None, name="Ann Lee", role="seconded and")).role is None


def test_a_post_set_as_a_label_before_a_name_is_the_role() -> None:
    from pipeline.annotate.posts import _post_before

    assert _post_before("Versammlungsleiterin: ") == ("Versammlungsleiterin", None)
    assert _post_before("closed by presiding officer - ")[0] is None  # not at the start of a line
    assert _post_before("Moderator - ") == ("Moderator", None)
    assert _post_before("AYES: ") == (None, None)


def test_a_council_roll_call_with_posts_of_several_words_and_full_stops():
    roster = _roster("Present: Mayor Linda Torres, Councilmember Derek Fox. Absent: Councilmember Sam Ortiz. "
                     "Staff present: City Manager Paul Becker, Assistant City Manager Pat Heisinger.",
                     "In attendance: Cllr S Okafor, Mrs J Pritchard (Town Clerk), Town Clerk J Smith")
    got = {e.name: e.role for e in roster.entries}
    assert got == {"Linda Torres": "Mayor", "Derek Fox": "Councilmember", "Sam Ortiz": "Councilmember",
                   "Paul Becker": "City Manager", "Pat Heisinger": "Assistant City Manager", "S Okafor": "Cllr",
                   "J Pritchard": "Town Clerk", "J Smith": "Town Clerk"}


def test_a_bracketed_note_of_a_body_and_a_post_is_split():
    roster = _roster("Participants: Maria Lopez (TU Delft, coordinator), Jan de Boer (Treasurer; Enexis)")
    got = {e.name: (e.role, e.organization) for e in roster.entries}
    assert got == {"Maria Lopez": ("coordinator", "TU Delft"), "Jan de Boer": ("Treasurer", "Enexis")}


def test_a_lone_capital_in_a_list_is_an_initial_not_the_article():
    roster = _roster("Present: Councillors J Baker (Chairman), R Singh, A Marsh and E Wood")
    assert [e.name for e in roster.entries] == ["J Baker", "R Singh", "A Marsh", "E Wood"]


def test_a_post_of_two_titles_and_a_post_before_a_listed_surname():
    roster = _roster("Present: Chair Dana Whitaker, Vice Chair Luis Moreno. "
                     "Staff present: Associate Planner Tim Reyes")
    index = PeopleIndex(roster)
    person = index.add(SpeakerDraft(honorific=None, name="Associate Planner Reyes"))
    assert (person.name, person.role) == ("Tim Reyes", "Associate Planner")
    assert {e.name: e.role for e in roster.entries}["Luis Moreno"] == "Vice Chair"


def test_of_the_body_after_a_name_is_the_organisation(tmp_path):
    from pipeline.parse import parse_pdf
    from tests.pdf_builder import PdfBuilder
    pdf = PdfBuilder(tmp_path / "of.pdf")
    pdf.line("Workshop Report", style="bold", size=16).line("1. Water", style="bold", size=12)
    pdf.line("Ms. Amina Yusuf of the Water Resources Institute presented results from the trials.")
    speakers = parse_pdf(pdf.save()).speakers
    assert [(s.name, s.organization) for s in speakers] == [("Amina Yusuf", "Water Resources Institute")]


def test_initials_in_brackets_are_a_short_form_and_the_post_follows():
    roster = _roster("Attendees: Sarah Johnson (SJ) - Chair; Mike Peters (MP) - Treasurer; Olu Adebayo (OA)")
    assert {e.name: e.role for e in roster.entries} == {"Sarah Johnson": "Chair", "Mike Peters": "Treasurer",
                                                       "Olu Adebayo": None}
def test_posts_in_six_languages_with_modifiers_and_compounds() -> None:
    from pipeline.annotate.posts import starts_with_post

    posts = ("Visiting Professor", "Acting Chair", "Président-fondateur sortant", "nouveau trésorier",
             "stellvertretende Vorsitzende", "Schriftführerin", "Kassenprüferin", "Tesoureira", "vogal",
             "segretaria", "consigliere", "penningmeester", "secretaris", "Vocal", "Cllr", "Vice-Chair")
    assert all(starts_with_post(p) for p in posts), [p for p in posts if not starts_with_post(p)]
    assert not any(starts_with_post(p) for p in ("Visiting hours", "New business", "the report", "Madrid"))


def test_role_and_body_split_keeps_generic_bodies_and_fields_in_the_role() -> None:
    from pipeline.annotate.posts import split_role_org

    assert split_role_org("Secretario del Consejo Ciudadano") == ("Secretario", "Consejo Ciudadano")
    assert split_role_org("Visiting Professor at LSE") == ("Visiting Professor", "LSE")
    assert split_role_org("directeur de l'Office du Tourisme") == ("directeur", "Office du Tourisme")
    # the meeting's own body, lower case or bare, is part of the post as written
    assert split_role_org("presidente dell'associazione") == ("presidente dell'associazione", None)
    assert split_role_org("président du conseil d'administration") == ("président du conseil d'administration", None)
    assert split_role_org("President of Board") == ("President of Board", None)
    # a field of work is no body
    assert split_role_org("Directora General de Difusión y Vinculación") == (
        "Directora General de Difusión y Vinculación", None)
    assert split_role_org("Head of Research") == ("Head of Research", None)


def test_when_a_post_was_held_is_cut_from_it() -> None:
    from pipeline.annotate.posts import plausible_role

    assert plausible_role("Kassenwart seit November gegenseitig") == "Kassenwart"
    assert plausible_role("trésorière jusqu'à mai") == "trésorière"
    assert plausible_role("Head of Sales") == "Head of Sales"


def test_posts_written_before_a_name_in_several_languages() -> None:
    from pipeline.annotate.posts import _post_before

    assert _post_before("Presiede il Presidente, ") == ("Presidente", None)
    assert _post_before("Der Vorsitzende ") == ("Vorsitzende", None)
    assert _post_before("A reunião foi presidida pelo Presidente da Direção, ") == ("Presidente da Direção", None)
    assert _post_before("Funge da segretario il ") == ("segretario", None)
    assert _post_before("Presidente: Dr. Juan Pérez Secretaria: ") == ("Secretaria", None)
    assert _post_before("At the request of the Chair, ") == ("Chair", None)
    assert _post_before("He thanked the members ") == (None, None)  # a plural names no post
    assert _post_before("At the meeting ") == (None, None)


def test_a_line_opened_by_a_name_and_a_colon_says_what_the_person_is() -> None:
    from pipeline.annotate.posts import _labelled_post

    assert _labelled_post("", ": a founder of Stand.org.uk, where he works") == ("founder", "Stand.org.uk")
    assert _labelled_post("8.3.1 ", ": a computer security consultant, familiar with") == (
        "computer security consultant", None)
    assert _labelled_post("", ": we think the list is fine") == (None, None)  # speech, not a post
    assert _labelled_post("Then ", ": a founder") == (None, None)  # not at the start of the line


def test_signature_block_gives_each_name_the_post_under_or_over_it() -> None:
    from types import SimpleNamespace

    from pipeline.annotate.posts import _posts_in_line
    from pipeline.annotate.references import _signature_posts

    def block(*lines: str) -> SimpleNamespace:
        return SimpleNamespace(lines=[SimpleNamespace(text=t) for t in lines])

    roster = _roster("David VIRY, Maryse NAFTI, Monika ZWEYGARTH, Jean Dupont, Marie Durand")
    roster.add("David Viry Monika")  # a run of names met in prose is nobody
    assert _signature_posts(block("David Viry Monika Zweygarth Maryse Nafti",
                                  "Président-fondateur sortant et Présidente Membre du comité"), roster) == [
        ("David Viry", "Président-fondateur sortant et"), ("Monika Zweygarth", "Présidente"),
        ("Maryse Nafti", "Membre du comité")]
    assert _signature_posts(block("Le Président La Secrétaire", "Jean Dupont Marie Durand"), roster) == [
        ("Jean Dupont", "Président"), ("Marie Durand", "Secrétaire")]
    assert _signature_posts(block("Jean Dupont", "Treasurer"), roster) == [("Jean Dupont", "Treasurer")]
    assert _signature_posts(block("Jean Dupont Marie Durand", "The meeting closed at nine."), roster) == []
    assert _posts_in_line("Chairman Vice Chairman Secretary", 3) == ["Chairman", "Vice Chairman", "Secretary"]


def test_roll_calls_with_initials_two_word_titles_and_posts_after_names() -> None:
    roster = _roster("Cllr A Smith (Chair), Cllr B Jones, Mrs C Brown (Clerk)",
                     "Mayor John Smith, Vice Mayor Ann Lee, Council Member Eva Green",
                     "Présents : M. Jean Dupont, président ; Maryse Nafti, trésorière ; Paul Roy, membres",
                     "Anna Müller (Schriftführerin), Otto Weber (Volkshochschule Bonn)")
    got = {e.name: (e.role, e.organization) for e in roster.entries}
    assert got["A Smith"] == ("Chair", None) and got["B Jones"] == ("Cllr", None) and got["C Brown"] == ("Clerk", None)
    assert got["Ann Lee"] == ("Vice Mayor", None) and got["Eva Green"] == ("Council Member", None)
    assert got["Jean Dupont"] == ("président", None) and got["Maryse Nafti"] == ("trésorière", None)
    assert got["Paul Roy"] == (None, None)  # "membres" says what the list is
    assert got["Anna Müller"] == ("Schriftführerin", None) and got["Otto Weber"] == (None, "Volkshochschule Bonn")


def test_initials_in_brackets_after_a_listed_name_are_no_post() -> None:
    roster = _roster("Helen Brown (HB), Kirsty Chambers (PT), Anne-Marie Rigby (AMR)")
    assert {e.name: e.role for e in roster.entries} == {"Helen Brown": None, "Kirsty Chambers": "PT",
                                                        "Anne-Marie Rigby": None}


def test_initials_in_brackets_before_a_listed_name_are_not_the_post_of_the_name_before() -> None:
    """Regression (a society's committee minutes, OCR'd: "(CW) Charlotte Wringe - Chair (AB) Adam Birtles - Secretary"
    read as one paragraph): the next person's initials were the chair's post."""
    roster = _roster("(CW) Charlotte Wringe - Chair (AB) Adam Birtles - Secretary (AH) Ash Holland - Secretary")
    got = {e.name: e.role for e in roster.entries}
    assert got["Charlotte Wringe"] == "Chair" and got["Adam Birtles"] == "Secretary"


def test_a_chair_label_is_the_post_of_the_names_before_the_next_label() -> None:
    roster = build_roster([], ["Chair: John Smith Minutes: Jane Doe"])
    assert {e.name: e.role for e in roster.entries} == {"John Smith": "Chair", "Jane Doe": None}


def test_a_body_goes_with_its_own_post_and_a_roll_call_post_wins_over_a_title() -> None:
    roster = _roster("David Viry (président)", "Juan Mendez Alternate Present")
    index = PeopleIndex(roster)
    index.add(SpeakerDraft(honorific=None, name="David Viry"))
    index.add(SpeakerDraft(honorific=None, name="David", role="président-fondateur", organization="AGAS"))
    assert (index.people[0].role, index.people[0].organization) == ("président", None)
    index.add(SpeakerDraft(honorific=None, name="Mendez", role="Commissioner"))
    assert index.find("Juan Mendez").role == "Alternate"


def test_appositions_describe_a_person_given_anywhere() -> None:
    from pipeline.annotate.posts import _appositive, _described, _trim_post_tail

    assert _appositive(" (UW/JISAO) to Everyone")[:2] == (None, "UW/JISAO")
    assert _described(" (BODC) to Everyone", None, "BODC")
    assert not _described(" (PT), Victoria", None, "PT")  # a list's short mark, not a body
    assert _described(", Kassenwart seit November", "Kassenwart", None)
    assert not _described(", Alice, Carol", "Alice, Carol", None)
    assert _trim_post_tail("Juan Pérez Secretaria") == "Juan Pérez"
    assert _trim_post_tail("Anna Secretaria") == "Anna Secretaria"


def test_posts_set_as_labels_give_the_person_after_them_that_post() -> None:
    roster = build_roster([], ["Chairman: Cllr J Smith Clerk: Mrs J Bloggs",
                               "Councillors: A Green, B White and C Black",
                               "Present: 23 members. Chair: Sarah Willson. Minutes: Tom Hill.",
                               "Treasurer: John reported that Bob Price paid."])
    got = {e.name: e.role for e in roster.entries if e.listed}
    assert got == {"J Smith": "Chairman", "J Bloggs": "Clerk", "A Green": "Councillor", "B White": "Councillor",
                   "C Black": "Councillor", "Sarah Willson": "Chair", "Tom Hill": None}
    assert roster.resolve("Sarah Willson").chairs


def test_signature_posts_above_the_names_in_the_block_before_and_in_capitals() -> None:
    from types import SimpleNamespace

    from pipeline.annotate.references import _signature_posts

    roster = _roster("Dr. Alfonso Pérez Romo, Arturo Ricardo Silva Ibarra")
    block = SimpleNamespace(lines=[SimpleNamespace(text="DR. ALFONSO PÉREZ ROMO M.S.C. ARTURO RICARDO SILVA IBARRA")])
    assert _signature_posts(block, roster, "EL PRESIDENTE EL SECRETARIO") == [
        ("Alfonso Pérez Romo", "PRESIDENTE"), ("Arturo Ricardo Silva Ibarra", "SECRETARIO")]


def test_posts_before_names_in_lists_and_attendance_said_in_a_sentence() -> None:
    roster = build_roster([], ["Sono presenti: il Presidente Mario Rossi, il Segretario Luca Bianchi, Anna Verdi.",
                               "Anwesend: Vorsitzende Anna Schmidt, Kassenwart Otto Weber, Schriftführerin Eva Klein",
                               "Present: Dean Smith, Ann Lee, Frau Eva Roth, M Armstrong"])
    got = {e.name: e.role for e in roster.entries if e.listed}
    assert got == {"Mario Rossi": "Presidente", "Luca Bianchi": "Segretario", "Anna Verdi": None,
                   "Anna Schmidt": "Vorsitzende", "Otto Weber": "Kassenwart", "Eva Klein": "Schriftführerin",
                   "Dean Smith": None, "Ann Lee": None, "Eva Roth": None,
                   "M Armstrong": None}  # "Dean" is a given name here, "M" an initial
def test_a_post_before_a_surname_names_who_acts_at_the_meeting() -> None:
    """Board minutes name people by post and surname: "President Ottinger called ...", "by member X"."""
    from pipeline.annotate.references import _posts_before_names

    def found(text: str, roster: Roster | None = None) -> list[tuple[str, str]]:
        return [(name, post) for _, _, name, post in _posts_before_names(text, roster or Roster())]

    assert found("President Ottinger called the meeting to order at 6:30 p.m.") == [("Ottinger", "President")]
    assert found("Motion by member Zimmerman to approve the staff recommendation.") == [("Zimmerman", "Member")]
    assert found("Seconded by Commissioner De Beck.") == [("De Beck", "Commissioner")]
    assert found("All members were present except member Zimmerman.") == []  # named, not acting
    assert found("The Vice President Report was accepted.") == []
    assert found("President Ottinger adjourned the meeting.", _roster("Ron Ottinger (President)")) == [
        ("Ron Ottinger", "President")]


def test_an_adverb_before_a_verb_and_its_pronoun_is_not_a_speaker_and_camel_case_surnames_are_names() -> None:
    from pipeline.annotate.people import _pronoun_subject_follows
    from pipeline.nlp import bare_names, load_bare_name_matcher, load_nlp

    assert _pronoun_subject_follows(" gab sie die Tagesordnung bekannt")
    assert not _pronoun_subject_follows(" gab die Tagesordnung bekannt")
    nlp = load_nlp()
    doc = nlp("Anne SawyerKnoll reported that the Board had approved the list.")
    assert "Anne SawyerKnoll" in [span.text for _, span in bare_names(doc, load_bare_name_matcher(nlp))]


def test_a_table_of_the_people_present_gives_each_their_post_and_body(tmp_path):
    from pipeline.parse import parse_pdf
    from tests.pdf_builder import PdfBuilder
    pdf = PdfBuilder(tmp_path / "attendance_table.pdf")
    pdf.line("Advisory Group Minutes", style="bold", size=15).line("Attendance", style="bold")
    cols = [60, 230, 400, 530]
    pdf.table_row([[("Name", "bold")], [("Organisation", "bold")], [("Role", "bold")]], cols)
    pdf.table_row([[("Anna Kowalski", "regular")], [("Fisheries Department", "regular")], [("Chair", "regular")]], cols)
    pdf.table_row([[("Robert McLeod", "regular")], [("Fishers Co-op", "regular")], [("Member", "regular")]], cols)
    pdf.space(10).line("1. Stock assessment", style="bold")
    pdf.line("Robert McLeod asked whether the quota could be reviewed. Anna Kowalski responded that it could.")
    doc = parse_pdf(pdf.save())
    got = {s.name: (s.role, s.organization) for s in doc.speakers}
    assert got == {"Anna Kowalski": ("Chair", "Fisheries Department"), "Robert McLeod": ("Member", "Fishers Co-op")}
    assert [s.heading for s in doc.sections] == ["Attendance", "1. Stock assessment"]


def test_a_post_read_as_both_post_and_body_is_the_post():
    index = PeopleIndex(_roster("In attendance: Mrs J Pritchard (Town Clerk)"))
    person = index.add(SpeakerDraft(honorific=None, name="J Pritchard", role="Town Clerk", organization="Town Clerk"))
    assert (person.role, person.organization) == ("Town Clerk", None)


def test_a_list_inside_a_sentence_and_the_post_that_then_speaks():
    roster = build_roster([], ["En Madrid, a 4 de septiembre de 2020, se reúne la Junta con la asistencia de: "
                               "D. Luis García (Presidente), Dña. Carmen López (Secretaria), "
                               "D. Pedro Ruiz (Tesorero)."])
    assert {e.name: e.role for e in roster.entries} == {
        "Luis García": "Presidente", "Carmen López": "Secretaria", "Pedro Ruiz": "Tesorero"}
    said = "El Tesorero informa de un saldo de 3.200 euros."
    assert [e.name for e in _posts_speaking(said, roster)] == ["Pedro Ruiz"]


def test_a_name_ends_at_its_sentence_and_monsieur_is_no_initial():
    roster = build_roster([], ["Président de séance : M. Jacques Morel. Secrétaire de séance : Mme Claire Petit."])
    assert {e.name: e.role for e in roster.entries}["Jacques Morel"] == "Président de séance"


def test_a_word_opening_a_question_ends_the_name_before_it() -> None:
    """OCR lost the colon of "Question from Ms. Chan Sophea: Is it possible ...?"."""
    from pipeline.annotate.posts import _trim_post_tail

    assert _trim_post_tail("Chan Sophea Is") == "Chan Sophea"
    assert _trim_post_tail("Juan Pérez Secretaria") == "Juan Pérez"
    assert _trim_post_tail("Is") == "Is" and _trim_post_tail("Will Hart") == "Will Hart"


def test_a_body_s_acronym_read_in_lower_case_is_split_from_the_role_as_the_document_spells_it() -> None:
    from pipeline.annotate.people import _body_in_lower_case

    known = {"CCC", "World Education"}
    assert _body_in_lower_case("Head of Communication of ccc", known) == ("Head of Communication", "CCC")
    assert _body_in_lower_case("Head of Communication of staff", known) == ("Head of Communication of staff", None)
    assert _body_in_lower_case("Head of Communication", known) == ("Head of Communication", None)


def test_of_two_posts_written_for_one_person_the_fuller_that_extends_the_other_wins():
    index = PeopleIndex()
    index.add(SpeakerDraft(honorific=None, name="Ron Ottinger", role="President"))
    index.add(SpeakerDraft(honorific=None, name="Ron Ottinger", role="President of Board"))
    index.add(SpeakerDraft(honorific=None, name="Ann Lee", role="President"))
    index.add(SpeakerDraft(honorific=None, name="Ann Lee", role="Vice President", organization="Rotary Club"))
    index.add(SpeakerDraft(honorific=None, name="Sin Putheary", role="Head of Communication", organization="CCC"))
    index.add(SpeakerDraft(honorific=None, name="Sin Putheary", role="Head"))
    index.add(SpeakerDraft(honorific=None, name="Keo Malis", role="Field Coordinator", organization="RLDO"))
    index.add(SpeakerDraft(honorific=None, name="Keo Malis", role="Field Coordinator of Rural Development Trust"))
    got = {p.name: (p.role, p.organization) for p in index.people}
    assert got == {"Ron Ottinger": ("President of Board", None), "Ann Lee": ("President", None),
                   "Sin Putheary": ("Head of Communication", "CCC"), "Keo Malis": ("Field Coordinator", "RLDO")}


def test_a_one_letter_honorific_is_written_in_capitals():
    from pipeline.annotate.people import _split_honorific
    assert _split_honorific("m. Joanne Reid") == (None, "Joanne Reid")  # "... cost £0.4m. Joanne Reid said"
    assert _split_honorific("M. Dupont") == ("M.", "Dupont")
    assert _split_honorific("mr. Smith") == ("mr.", "Smith")


def test_names_listed_before_one_verb_all_speak_and_a_name_is_no_post():
    from pipeline.annotate.people import _coordinated_speaker_follows
    from pipeline.annotate.posts import _appositive
    assert _coordinated_speaker_follows(", Joanne Pastula, Karen Burger, and Nina Poanessa addressed the Board")
    assert not _coordinated_speaker_follows(", Joanne Pastula, Karen Burger, and Nina Poanessa were recognized")
    assert _appositive(", Joanne Pastula, and Nina Poanessa addressed the Board")[:2] == (None, None)
    assert _appositive(", Head of Programme, CCC, said")[:2] == ("Head of Programme", "CCC")


def test_places_the_document_names_as_such_are_no_speakers():
    from pipeline.annotate.people import _a_place, places_named
    places = places_named(["Teams came from Kratie, Stung Treng and Mondulkiri provinces.",
                           "The district of Snuol and Siem Reap Province reported."])
    assert places == {"kratie", "stung treng", "mondulkiri", "snuol", "siem reap"}
    assert _a_place(SpeakerDraft(honorific=None, name="Stung Treng"), places)
    assert _a_place(SpeakerDraft(honorific=None, name="Battambang Province"), places)
    assert not _a_place(SpeakerDraft(honorific="Mr.", name="Kratie"), places)  # "Mr. Kratie" is a person
    assert not _a_place(SpeakerDraft(honorific=None, name="Sok Lina"), places)


def test_a_posts_word_cut_by_a_line_or_ocr_is_mended_and_others_are_not():
    from pipeline.annotate.posts import mend_post_words
    assert mend_post_words("Superinten-dent of Public Education") == "Superintendent of Public Education"
    assert mend_post_words("Deputy Super- intendent") == "Deputy Superintendent"
    assert mend_post_words("Secre tary") == "Secretary"
    assert mend_post_words("VicePresident") == "Vice President"
    assert mend_post_words("Head of Pro- gram") == "Head of Program"
    for kept in ("Co-Chair", "National Co-ordinator", "Co ordinator", "Vice-President", "Vice President",
                 "Board Action Officer", "Fund Raising Officer"):
        assert mend_post_words(kept) == kept


def test_a_second_note_after_a_name_is_of_a_name_ocr_lost():
    roster = _roster('Present: Mr. Chan Sophal (President), Ms. Kong Sreyneang (Secretary), Ms" *~-**=ra (Treasurer), '
                     "Mr. Sao Kimhong (Board member).")
    got = {e.name: e.role for e in roster.entries}
    assert got == {"Chan Sophal": "President", "Kong Sreyneang": "Secretary", "Sao Kimhong": "Board member"}


def _heading_person(heading: str):
    """(name, role) of the person _person_in_heading finds in `heading`."""
    from pipeline.annotate.people import _person_in_heading
    from pipeline.structure import SectionDraft

    found = _person_in_heading(SectionDraft(section_no=1, heading=heading, level=1, kind="heading", page_first=1,
                                            blocks=[]))
    return found and (found.name, found.role)


def test_a_heading_names_its_giver_before_a_time_note_ocr_left_unclosed():
    person = _heading_person
    assert person("5. ADMIN REPORT: Jacquie Lavoie (7:15p =") == ("Jacquie Lavoie", "ADMIN")
    assert person("5. ADMIN REPORT: Jacquie Lavoie (7:15pm)") == ("Jacquie Lavoie", "ADMIN")
    assert person("5. ADMIN REPORT: Jacquie Lavoie (see annex)") is None


def test_a_heading_names_its_giver_after_a_dash_by_a_given_name_alone():
    """Informal board minutes: "2. Treasurer’s Report - Joe", "3. Trails Report– Jeff"."""
    person = _heading_person
    assert person("2. Treasurer’s Report - Joe") == ("Joe", "Treasurer")
    assert person("3. Trails Report– Jeff Moss") == ("Jeff Moss", "Trails")
    assert person("4. Treasurer’s Report - Draft") is None  # one word, and no given name


def test_a_roll_call_read_across_its_columns_pairs_each_name_with_the_post_under_it():
    roster = build_roster([("1. ROLL CALL", [])], ["Attendee Name Title Status",
                                                   "Javanni Brown Ofelia Bello Juan Mendez",
                                                   "Commissioner Commissioner Alternate", "Present Present Present"])
    got = {e.name: e.role for e in roster.entries if e.listed}
    assert got == {"Javanni Brown": "Commissioner", "Ofelia Bello": "Commissioner", "Juan Mendez": "Alternate"}
    # five words over two posts, or a post among the names: no columns
    for names in ("Javanni Brown Ofelia Bello Juan", "Javanni Brown Member Bello"):
        entry = build_roster([], [names, "Commissioner Alternate"]).resolve("Javanni Brown")
        assert entry is None or not entry.listed


def test_signatures_side_by_side_over_their_posts_in_brackets():
    """Regression (a German housing club's minutes): "Thomas Feldt Eva-Maria Döllel" over "(1. Vorsitzender)
    (Schriftführerin)" gave the one person "Thomas Feldt Eva-Maria"."""
    roster = build_roster([], ["Thomas Feldt Eva-Maria Döllel", "(1. Vorsitzender) (Schriftführerin)"])
    assert {e.name: e.role for e in roster.entries if e.listed} == {"Thomas Feldt": "1. Vorsitzender",
                                                                    "Eva-Maria Döllel": "Schriftführerin"}


def test_an_l_ocr_read_as_a_mark_in_a_name_is_mended():
    index = PeopleIndex()
    index.add(SpeakerDraft(honorific=None, name="Chery! Ward", role="Recording Secretary"))
    index.add(SpeakerDraft(honorific=None, name="Wi|son Baker"))
    index.add(SpeakerDraft(honorific=None, name="Ann Lee"))
    assert [p.name for p in index.people] == ["Cheryl Ward", "Wilson Baker", "Ann Lee"]


def test_a_post_before_a_surname_with_its_particle_names_who_acts():
    from pipeline.annotate.references import _posts_before_names
    found = [(name, post) for _, _, name, post in _posts_before_names(
        "Vice President de Beck called the meeting to order. Member van Dijk was absent.", Roster())]
    assert found == [("de Beck", "Vice President")]


def test_a_list_announced_as_having_spoken_names_each_speaker():
    from types import SimpleNamespace

    from pipeline.annotate.spoken_lists import listed_names, spoken_lists
    one, two = object(), object()

    def blocks(*texts, section=one):
        return [(section, SimpleNamespace(text=t)) for t in texts]

    def names(located):
        return [name for _, _, name in spoken_lists(located)]

    # the list after the sentence's colon, the names wrapped over lines, then prose after the list's stop
    assert names(blocks("The following individuals addressed the Board in public hearings regarding the budget: "
                        "Alice Rogow, Leslie\nOchs, and Carol Ann Maurer. The Board directed staff to report.")) \
        == ["Alice Rogow", "Leslie Ochs", "Carol Ann Maurer"]
    # the list in a later block of the same section (an action column read in between), not in another section
    between = "The Board directed staff to withdraw the recommendations."
    listed = "Rita Boxleitner, Dorene Dias, Judy Fohr, and Matt Bell."
    lead = "Prior to the vote, the following individuals addressed the Board in public hearings:"
    assert names(blocks(lead, between, listed)) == ["Rita Boxleitner", "Dorene Dias", "Judy Fohr", "Matt Bell"]
    assert names(blocks(lead) + blocks(listed, section=two)) == []
    # what an item says after a name is no part of it; an honorific is kept apart
    assert listed_names("Brenda Lesane regarding items D3b8, D3b10, 11; Dr. Willa Ramsey regarding item D5c.") \
        == [(None, "Brenda Lesane"), ("Dr.", "Willa Ramsey")]
    assert names(blocks("Speakers: Ann Lee, Bob Price and Sam Hill.")) == ["Ann Lee", "Bob Price", "Sam Hill"]
    assert names(blocks("The following individuals addressed the Board: Ann Lee and Bob Price.")) == [
        "Ann Lee", "Bob Price"]
    # a list that is not of people who spoke, and items that are no names
    assert names(blocks("The following items were presented: Annual Plan, Budget Review, Staff Report.")) == []
    assert names(blocks("The following individuals were recognized: Ann Lee, Bob Price.")) == []
    assert listed_names("Program Officer, Patrick Henry High School, D4e") == []


def test_a_post_opening_the_sentence_before_a_name_and_a_sentence_is_no_body():
    from pipeline.annotate.posts import _post_before
    from pipeline.annotate.roster import Roster, read_affiliations
    assert _post_before("City Clerk, ") == ("City Clerk", None)
    assert _post_before("The motion passed. Executive Director, ") == ("Executive Director", None)
    assert _post_before("Patrick Henry High School, ") == (None, None)
    roster = Roster()
    read_affiliations("Gladys Woodard Roby administered the Oath of Office to Ann Lee.", roster)
    read_affiliations("Pam Chidgey, Administrative Assistant, Patrick Henry High School, reported", roster)
    assert [(e.name, e.organization) for e in roster.entries] == []
    read_affiliations("Padraig Gleeson and Angus Silver, University College London, UK", roster)
    assert [(e.name, e.organization) for e in roster.entries] == [("Padraig Gleeson", "University College London"),
                                                                 ("Angus Silver", "University College London")]
    read_affiliations("Lyle Graham Centre National de la Recherche Scientifique, Paris, France", roster)
    assert roster.resolve("Lyle Graham").organization == "Centre National de la Recherche Scientifique"


def test_a_stamps_words_read_into_a_name_are_no_part_of_it():
    from pipeline.annotate.motions import without_stamp_text
    from pipeline.annotate.references import _posts_before_names
    assert without_stamp_text("Sa ROVED") is None  # what is left is no name
    assert without_stamp_text("Mark Sanchez APPRO") == "Mark Sanchez"
    assert without_stamp_text("David VIRY") == "David VIRY"  # a surname set in capitals
    roster = Roster()
    assert roster.add("Sa ROVED") is None and roster.add("Ann ADOPTED Lee").name == "Ann Lee"
    assert _posts_before_names("It was seconded by Commissioner Sa ROVED", roster) == []
    record = SpeakerDraft(honorific=None, name="Heng Sokunthea", role="Deputy Director APPROVE",
                          organization="Veterans and Youth Rehabilitation APPROVE").to_record(1)
    assert (record.role, record.organization) == ("Deputy Director", "Veterans and Youth Rehabilitation")
    assert SpeakerDraft(honorific=None, name="Ann Lee", organization="CCC").to_record(1).organization == "CCC"
    assert [n for _, _, n, _ in _posts_before_names("It was seconded by Commissioner Sanchez.", roster)] == ["Sanchez"]


def test_a_speaker_without_post_takes_the_one_post_written_before_their_name():
    from pipeline.annotate.people import add_posts_written_before
    index = PeopleIndex()
    for name, role in (("Braun", None), ("Frances Zimmerman", None), ("Lopez", "President"), ("Ann Lee", None)):
        index.add(SpeakerDraft(honorific=None, name=name, role=role))
    add_posts_written_before(index, ["Excuse member Braun from the special meeting held August 30, 2000.",
                                     "Member Zimmerman arrived at 4:20 p.m. Vice President Lopez adjourned.",
                                     "Commissioner Lee moved; Trustee Lee seconded. Trustees Braun and Lopez left."])
    assert {p.name: p.role for p in index.people} == {"Braun": "Member", "Frances Zimmerman": "Member",
                                                      "Lopez": "President", "Ann Lee": None}


def test_a_list_of_names_each_with_its_post_and_a_label_that_governs_its_list_only():
    from types import SimpleNamespace

    from pipeline.annotate.movers import fuller_name
    from pipeline.annotate.people import _is_speaking
    from pipeline.annotate.roster import read_name_post_items
    roster = Roster()
    assert read_name_post_items("Robert Gray, Superintendent; Linda Park, Assistant Superintendent of Business "
                                "Services; and Tom Ruiz, Director of Special Education. Superintendent Gray presented "
                                "the budget.", roster) == 3
    assert {e.name: e.role for e in roster.entries} == {
        "Robert Gray": "Superintendent", "Linda Park": "Assistant Superintendent of Business Services",
        "Tom Ruiz": "Director of Special Education"}
    assert read_name_post_items("Ann Lee, Bob Price; Sam Hill, Treasurer", Roster()) == 0  # not each a name and post
    roll_call = Roster()  # a roll call written a name and its post a line each: each post stays with its name
    assert read_name_post_items("Mike Hartigan, President\nSuzanne Whyte, Vice President\nNancy Lewis, Board Member",
                                roll_call) == 3
    assert {e.name: e.role for e in roll_call.entries} == {
        "Mike Hartigan": "President", "Suzanne Whyte": "Vice President", "Nancy Lewis": "Board Member"}
    block = SimpleNamespace(bold=False)
    listed = "Present: Mr. Adams, Mrs. Baker, Dr. Clark"
    assert not _is_speaking(block, listed, listed.index("Dr."), "")
    said = "Present: Mr. Adams, Mrs. Baker. Dr. Clark reported on the audit."
    assert _is_speaking(block, said, said.index("Dr."), " reported on the audit.")
    assert _is_speaking(block, listed + "\nDr. Clark, Superintendent, introduced",
                        len(listed) + 1, " introduced the principals")
    assert fuller_name("Adams", ["The meeting was called to order by Board President Adams."]) is None
    assert fuller_name("Adams", ["Present: John Adams, Jane Doe", "Adams moved"]) == "John Adams"


def test_a_roll_call_line_does_not_run_on_into_the_sentence_under_it(tmp_path):
    from pipeline.annotate.posts import _appositive, plausible_role
    from pipeline.annotate.roster import build_roster
    lines = ["Board Members Present: President Ann Able, Vice President Bob Baker, Clerk Carl Cole, Member Dan Dole",
             "Able called the meeting to order. Cole moved to approve the agenda, seconded by Dole."]
    roster = build_roster([], [" ".join(lines)], [lines])
    assert {e.name: e.role for e in roster.entries} == {"Ann Able": "President", "Bob Baker": "Vice President",
                                                         "Carl Cole": "Clerk", "Dan Dole": "Member"}
    # a list wrapped over lines goes on
    wrapped = ["Present: Ann Able, Bob Baker, Carl Cole, Dan", "Dole, Eve Ford"]
    assert "Dan Dole" in {e.name for e in build_roster([], [" ".join(wrapped)], [wrapped]).entries}
    assert _appositive(", Clerk Carl Cole, Member Dan Dole Able called the meeting")[:2] == (None, None)
    assert plausible_role("Trustee ALSO PRESENT") == "Trustee" and plausible_role("Head of CCC") == "Head of CCC"
    # the roll call's label is no person
    from pipeline.parse import parse_pdf
    from tests.pdf_builder import PdfBuilder
    pdf = PdfBuilder(tmp_path / "roll.pdf")
    pdf.line("Board Minutes", style="bold", size=16).line("1. Call to Order", style="bold", size=12)
    pdf.line("Roll Call: Trustee Ann Able, present; Trustee Bob Baker, present.")
    pdf.line("Trustee Able moved and Trustee Baker seconded the motion to approve the minutes.")
    assert sorted(s.name for s in parse_pdf(pdf.save()).speakers) == ["Ann Able", "Bob Baker"]


def test_an_item_named_in_a_heading_and_a_listed_name_before_the_verb_are_no_post():
    from pipeline.annotate.people import _person_in_heading
    from pipeline.annotate.posts import _appositive
    from pipeline.structure import SectionDraft

    def heading(text):
        return SectionDraft(section_no=1, heading=text, level=1, kind="heading", page_first=1)

    assert _person_in_heading(heading("G. SUPERINTENDENT'S REPORT: New Matters")) is None
    assert _person_in_heading(heading("5. ADMIN REPORT: Jacquie Lavoie (7:15pm)")).name == "Jacquie Lavoie"
    assert _appositive(", Paul Clopton addressed the Board in public hearings.")[:2] == (None, None)


def test_a_list_of_names_whose_given_names_are_unknown_gives_no_post():
    """ "Ann Cole, Yuvette Robinson, Lynn Stringfellow, and ... addressed": the list's second name is no post of
    the first, though "Yuvette" is no known given name, because a later part of the list is a person's name."""
    from pipeline.annotate.posts import _appositive

    after = ", Yuvette Robinson, Lynn Stringfellow, and Dan Frank addressed the Board in public hearings."
    assert _appositive(after)[:2] == (None, None)
    assert _appositive(", Finance Director, spoke.")[0] == "Finance Director"


def test_a_roll_call_opened_in_its_heading_and_names_and_posts_after_commas():
    from pipeline.annotate.roster import read_affiliations, read_name_post_items
    roster = build_roster([("ROLL CALL Present: Mike Hartigan, President",
                            ["Suzanne Whyte, Vice President\nNancy Lewis, Board Member"])], [])
    assert {e.name: e.role for e in roster.entries} == {
        "Mike Hartigan": "President", "Suzanne Whyte": "Vice President", "Nancy Lewis": "Board Member"}
    assert build_roster([("6. Chair Report: Bryan Dar Santos", ["Jennifer Baker will fill the role."])],
                        []).entries == []  # an item's presenter, no list
    staff = Roster()  # names and posts alike set apart by commas, after a lead-in; "Ill": OCR's "III"
    assert read_name_post_items("Also present were, Cynthia Eliason, Supervising Planner, Dennis Brighton, Planner "
                                "Ill and Latisha Jackson, Recording Secretary.", staff) == 3
    assert {e.name: e.role for e in staff.entries} == {
        "Cynthia Eliason": "Supervising Planner", "Dennis Brighton": "Planner III",
        "Latisha Jackson": "Recording Secretary"}
    assert read_name_post_items("Ann Lee, Bob Price, Sam Hill, Treasurer", Roster()) == 0  # not name, post twice
    posted = Roster()  # a post named after its body is a post, not the body the person comes from
    read_affiliations("Catherine Atkin, Board Member", posted)
    assert all(e.organization is None for e in posted.entries)


def test_posts_of_members_listed_by_surname_and_a_body_spoken_for():
    from pipeline.annotate.posts import _appositive
    roster = Roster()
    read_list("Present: Chair Anderson, Vice-Chair Miller, Board Members Iverson, Irons and Lynch.", roster)
    assert roster.surname_posts == {"Anderson": "Chair", "Miller": "Vice-Chair"}
    index = PeopleIndex(roster)
    assert index.add(SpeakerDraft(honorific=None, name="Miller", role="Board Member")).role == "Vice-Chair"
    assert index.add(SpeakerDraft(honorific=None, name="Irons", role="Board Member")).role == "Board Member"
    role, org, rest = _appositive(" spoke on behalf of the Alameda Architecture Preservation Society (AAPS). The")
    assert (role, org) == (None, "Alameda Architecture Preservation Society (AAPS)") and rest.startswith(" spoke")
    assert _appositive(" spoke about the budget.")[:2] == (None, None)


def test_a_name_broken_over_a_line_is_no_turn_label():
    from pipeline.annotate.turns import _name_broken_at_line
    assert _name_broken_at_line("Counsel to Interview Stein & Lubin LLP and the Law Offices of Craig\n")
    assert not _name_broken_at_line("We agreed on the date.\n")


def test_initialled_names_short_first_names_and_a_list_going_on_after_and():
    roster = build_roster([], ["Present\nCouncillors D Richardson (Chair), R. Healey and\nP Moran Clerk Mrs J Todd "
                               "Eden District Councillor A Armstrong and\nCouncillor A Connell plus ten guests"])
    posts = {e.name: e.role for e in roster.entries if e.listed}
    assert posts["J Todd"] == "Clerk" and posts["A Connell"] == "Councillor"  # one surname after an initial
    listed = build_roster([], ["Anwesend: Leon Farchau, Alexander Raschupkin, Olaf Koenig"])
    assert listed.resolve("Alex").name == "Alexander Raschupkin"  # a first name's short form
    assert build_roster([], ["Present: Leonard Manefeld, Olaf Koenig"]).resolve("Lee") is None  # a surname, likely


def test_a_speaker_label_after_an_items_words_and_no_adjective_or_web_address_speaks():
    from types import SimpleNamespace

    from pipeline.annotate.movers import add_movers
    from pipeline.annotate.people import _is_speaking
    block = SimpleNamespace(bold=False)
    line = "Agenda item: Financial Report Presenter: Susan and Dorian"
    assert _is_speaking(block, line, line.index("Susan"), " and Dorian", bare=True)
    assert _is_speaking(block, line, line.index("Dorian"), "", bare=True)
    assert not _is_speaking(block, "Reports from Susan and Dorian", 13, " and Dorian", bare=True)
    index = PeopleIndex(Roster())
    motion = SimpleNamespace(moved_by="Owen Blacker", seconded_by="Stand.org.uk", roles={}, section_no=1, page=1)
    add_movers(index, [motion])
    assert [p.name for p in index.people] == ["Owen Blacker"]  # a web address seconds, no person


def test_a_post_said_before_a_list_label_a_body_after_of_and_the_post_said_with_a_modifier():
    roster = build_roster([], ["Board Member Chan was absent. Board staff in attendance: Secretary Valeska. Successor "
                               "Agency consultant in attendance: David Doezema of Keyser Marston Associates."])
    entry = roster.resolve("David Doezema")
    assert (entry.role, entry.organization) == ("Successor Agency consultant", "Keyser Marston Associates")
    from pipeline.annotate.roster import _sentences_of
    assert _sentences_of("Present: Prof. Bo Li, Mrs. Ann Lee. Staff: Eva Stone.") == [
        "Present: Prof. Bo Li, Mrs. Ann Lee.", "Staff: Eva Stone."]  # not cut after an honorific
    staff = build_roster([], ["Absent: Ann Lee. Also present was General Manager Dana Banke and Deputy Clerk Eva "
                              "Stone."])
    assert [e.name for e in _posts_speaking("The General Manager reported that the carts were leased.", staff)] \
        == ["Dana Banke"]
    listed = build_roster([], ["Present: Tom Ruiz (Clerk)."])
    assert _posts_speaking("The Deputy Clerk said the minutes were late.", listed) == []  # not the Clerk
    assert [e.name for e in _posts_speaking("The Clerk said the minutes were late.", listed)] == ["Tom Ruiz"]


def test_a_post_served_as_a_relative_clause_that_speaks_and_a_title_holding_a_body_word():
    from pipeline.annotate.people import _listed_and_speaks_in_clause
    from pipeline.annotate.posts import _appositive
    role, org, rest = _appositive(" was in attendance as the new liaison for the Friends. He gave his background.")
    assert (role, org) == ("liaison", "Friends") and rest.startswith(" was")
    assert _appositive(" said that as a member of the public he objected")[:2] == (None, None)
    text = "The Chair welcomed new Board Member Nancy Lewis, who gave her background."
    roster = build_roster([("ROLL CALL", ["Nancy Lewis, Board Member\nGail Wetzork, Board Member"])], [])
    assert _listed_and_speaks_in_clause("Nancy Lewis", ", who gave her background.", roster)
    roster.add("Donna Harrison")  # named in prose only: what she said elsewhere is reported, not said here
    assert not _listed_and_speaks_in_clause("Donna Harrison", ", who said she would come.", roster)
    assert [ref[2] for ref in _roster_refs(text, roster)] == ["Nancy Lewis"]  # "Board" of the post, no body
    assert _roster_refs("The Wetzork Library Board met.", roster) == []


def test_a_list_of_a_line_each_gives_officers_their_posts_and_members_none():
    roster = _roster("° Ana Lima, Présidente\nWilly Konguem, Trésorier\nDavid Roux, Vice-Secrétaire\n"
                     "Mehdi Benharrats\ne Corentin Hatte (parti avant le vote)")
    got = {e.name: e.role for e in roster.entries}
    assert got == {"Ana Lima": "Présidente", "Willy Konguem": "Trésorier", "David Roux": "Vice-Secrétaire",
                   "Mehdi Benharrats": None, "Corentin Hatte": None}


def test_a_post_read_after_a_name_stops_at_the_next_listed_persons_name():
    index = PeopleIndex(_roster("Willy Konguem, Trésorier\nDavid Roux, Secrétaire\nAna Lima, Vice-Trésorière"))
    index.add(SpeakerDraft(honorific=None, name="Willy Konguem", role="Trésorier David Roux, Secrétaire",
                           organization="Vice-Trésorière Ana Lima"))
    assert (index.people[0].role, index.people[0].organization) == ("Trésorier", None)


def test_a_post_before_a_double_surname_names_all_of_it() -> None:
    """Regression (a village board's minutes, rs7): "Trustee Price-Bush" was the speaker "Price"."""
    found = _posts_before_names("Trustee Price-Bush asked about the budget.", Roster())
    assert [(name, post) for _, _, name, post in found] == [("Price-Bush", "Trustee")]


def test_a_list_set_a_name_a_line_is_read_and_its_given_names_resolve():
    """A Norwegian hackerspace's referat: "Tilstede:" over a name a line, at the end of the minutes; prose before it
    ran names together ("av: Jens Chr. Brynhildsen Jon Nordby Thomas Winther"), which makes no listed person."""
    names = ["Håvard Espeland", "Torfinn Ingolfsen", "Thomas Winther", "Jon Nordby", "Odin H. Omdal"]
    blocks = ["Styret består av: Jon Nordby Thomas", "Jon sier at han er villig.", "Tilstede:", " ".join(names)]
    roster = build_roster([], blocks, [[blocks[0]], [blocks[1]], ["Tilstede:"], names])
    assert [e.name for e in roster.entries if e.listed] == names
    assert roster.resolve("Jon").name == "Jon Nordby" and not roster.ambiguous("Jon")


def test_a_list_of_first_names_ends_at_its_stop_not_in_the_next_sentences_word():
    """A Dutch study association's notulen: "Aanwezig: Max, Stijn, Philip, Stefan. Tijden 1140 - 1300" made a
    "Stefan Tijden" of the last name and the next sentence's first word ("times")."""
    roster = Roster()
    read_list("Max, Stijn, Philip, Stefan. Tijden 1140 - 1300", roster)
    assert [e.name for e in roster.entries] == []
    read_list("Jane Doe, John Smith. Regrets: Ann Lee", roster)
    assert [e.name for e in roster.entries] == ["Jane Doe", "John Smith", "Ann Lee"]


def test_a_heading_that_names_a_place_or_a_body_after_its_dash_names_no_giver():
    """Regression (a library board's minutes): "8.3 Project Update – Pleasant Ridge Library" made a speaker."""
    assert _heading_person("8.3 Project Update – Pleasant Ridge Library") is None
    assert _heading_person("8.4 Report – Budget & Finance Committee") is None
    assert _heading_person("3. Trails Report– Jeff Moss") == ("Jeff Moss", "Trails")


def test_an_initialled_name_takes_the_full_name_written_elsewhere():
    """Regression (a library board's minutes): "Present: U. Di Federico" and a sidebar "Ugo Di Federico" were two
    people, and the speaker kept the initial."""
    roster = Roster()
    roster.add("U. Di Federico", listed=True)
    roster.add("Ugo Di Federico")
    assert [(e.name, e.listed) for e in roster.entries] == [("Ugo Di Federico", True)]
    assert roster.resolve("U. Di Federico").name == "Ugo Di Federico"


def test_a_block_of_a_name_over_a_post_gives_the_person_the_post():
    """Regression (a library board's sidebar of its members, "Devender Sandhu" over "Chair", "Mubarak Ahmed" over
    "Trustee"): the posts were nobody's."""
    roster = build_roster([], ["Devender Sandhu\nChair", "Mubarak Ahmed\nTrustee", "Motion Carried\nTreasurer",
                               "Budget Review\nAnnual Report"])
    got = {e.name: e.role for e in roster.entries}
    assert got["Devender Sandhu"] == "Chair" and got["Mubarak Ahmed"] == "Trustee"
    assert "Motion Carried" not in got and "Budget Review" not in got


def test_who_presides_is_named_after_the_post_set_between_the_lead_in_and_the_name():
    """Regression (an Italian club's scanned verbale): "Presiede la riunione il Presidente del Consiglio Direttivo,
    Sig./Sig.ra Alessandro Crescenzi, il quale ..." named no speaker."""
    from types import SimpleNamespace

    from pipeline.annotate.people import _is_speaking

    block = SimpleNamespace(bold=False)
    text = ("Presiede la riunione il Presidente del Consiglio Direttivo, Sig./Sig.ra Alessandro Crescenzi, il quale "
            "verificata la presenza dei consiglieri dichiara la riunione validamente costituita.")
    start = text.index("Alessandro")
    assert _is_speaking(block, text, start, text[start + len("Alessandro Crescenzi"):])
    text = "Preside la reunión el Presidente, D. Juan Pérez, que abre la sesión."
    assert _is_speaking(block, text, text.index("Juan"), text[text.index("Juan") + len("Juan Pérez"):])
    text = "Present: the President of the Club, Mr. Tom Hill, and others."
    assert not _is_speaking(block, text, text.index("Tom"), text[text.index("Tom") + len("Tom Hill"):])


def test_a_turns_label_is_named_as_the_attendance_list_names_its_person():
    """Regression (a Norwegian hackerspace's general meeting, notes kept as turns): "Jon:" spoke, and the list of those
    present named "Jon Nordby"; the speaker was "Jon". A label no listed person's first name stays as written."""
    from pipeline.annotate.people import add_turn_speakers
    from pipeline.annotate.turns import Turn

    roster = _roster("Tilstede: Jon Nordby, Alexander Alemayhu, Håvard Espeland")
    index = PeopleIndex(roster)
    add_turn_speakers(index, [Turn("Jon", 1, 1, ["Foreslår at vi kjøper en laserkutter i år."]),
                              Turn("Alex", 1, 1, ["Mener at budsjettet holder for det."]),
                              Turn("Thon", 1, 1, ["Spør hvor den skal stå i lokalet."])])
    assert [person.name for person in index.people] == ["Jon Nordby", "Alexander Alemayhu", "Thon"]


@pytest.mark.parametrize(
    ("sections", "officers"),
    [
        ([("1. Valg av ordstyrer", ["Frode Hagerup ble valgt til ordstyrer"])], {"Frode Hagerup": "ordstyrer"}),
        ([("Protokoll", ["4/ Till ordförande för mötet valdes Jan Jacobson. 5/ Till sekreterare valdes Robert Berg."])],
         {"Jan Jacobson": "ordförande"}),
        ([("§3 Valg af dirigent. Mathias Grymer stiller op som dir kept.", [])], {"Mathias Grymer": "dirigent"}),
        ([("Valg av møteleder og referent", ["Håkon Bogen valgt til referent\nHåvard Espeland valgt til møteleder"])],
         {"Håkon Bogen": "referent", "Håvard Espeland": "møteleder"}),
        ([("2. Kokouksen järjestäytyminen", ["Sihteeriksi kutsuttiin Virpi Launonen.",
                                             "Kokouksen puheenjohtajaksi valittiin Tuukka Forsell."])],
         {"Virpi Launonen": "Sihteeri", "Tuukka Forsell": "puheenjohtaja"}),
        ([("13. Valinta", ["Puheenjohtajaksi valittiin Rebekka Pilppula."])], {}),  # the board's, for the year
        ([("5. Val av ordförande", ["Anna Lind valdes till ordförande för ett år."])], {}),  # the association's
        # (a housing co-op's general meeting, rs23: "föreslogs som stämmoordförande", "Beslutades att välja X som ...")
        ([("2. Val av stämmoordförande", ["Lars-Åke Henriksson föreslogs som stämmoordförande."])],
         {"Lars-Åke Henriksson": "stämmoordförande"}),
        ([("2. Val av stämmoordförande", ["Beslutades att välja Lars-Åke Henriksson som stämmoordförande."])],
         {"Lars-Åke Henriksson": "stämmoordförande"}),
        # (the person after the verb: "wird X als Protokollführerin bestimmt", not the sentence's first words)
        ([("4. Wahl der Protokollführerin", ["Auf Antrag von Jonas Bieri Lüthy wird Rahel Lüthy als "
                                             "Protokollführerin der Gründungsversammlung bestimmt."])],
         {"Rahel Lüthy": "Protokollführerin"}),
    ],
)
def test_the_meeting_s_officers_chosen_at_its_start_hold_their_posts(sections, officers):
    """Regression (Norwegian, Swedish and Danish annual meetings): the chair chosen for the meeting ("ble valgt til
    ordstyrer", "Till ordförande för mötet valdes", "§3 Valg af dirigent." over the name) was no speaker."""
    from pipeline.annotate.roster import read_meeting_officers

    roster = Roster()
    read_meeting_officers(sections, roster)
    assert {e.name: e.role for e in roster.entries} == officers


def test_a_list_of_posts_each_before_its_persons_name_inside_a_paragraph():
    """Regression (a homeowners' association's board minutes, rs22): "Present were: President, Mary Ann Bryant;
    Treasurer, Jim Wallace; Secretary, ..." mid-paragraph, over two lines, gave each person the post of the next."""
    roster = build_roster([], ["A regular meeting of the Falls Creek Ranch Association occurred on December 14, 2011. "
                               "Present were: President, Mary Ann Bryant; Treasurer, Jim Wallace;\nSecretary, Becca "
                               "Steinbach, At Large, Kelly Lupton."])
    assert {e.name: e.role for e in roster.entries if e.listed} == {
        "Mary Ann Bryant": "President", "Jim Wallace": "Treasurer", "Becca Steinbach": "Secretary",
        "Kelly Lupton": "At Large"}


def test_two_people_of_one_surname_listed_together_are_two():
    """Regression (a fair-trade network's AGM, rs22): "Rachel & Jeremy Hicks (Fareham); Charles & Sarah Hirom" listed
    only Jeremy Hicks and Sarah Hirom, so "Rachel read her report" and "Charles presented the accounts" named no one."""
    roster = _roster("Present: Daphne Bright (chair), Rachel & Jeremy Hicks (Fareham); Charles and Sarah Hirom "
                     "(Gosport); Smith & Jones Ltd")
    assert [e.name for e in roster.entries if e.listed] == ["Daphne Bright", "Rachel Hicks", "Jeremy Hicks",
                                                             "Charles Hirom", "Sarah Hirom"]
    assert roster.resolve("Rachel").name == "Rachel Hicks"


def test_a_post_with_its_article_before_the_name_is_no_name():
    """Regression (a French association's AGM, rs20): "La Trésorière, Marie-Carmel Detournay, présente le Bilan" made a
    speaker "La Trésorière" whose post was "Marie-Carmel Detournay"."""
    index = PeopleIndex(_roster("Présents : Marie-Carmel Detournay, Andrée Defois"))
    index.add(SpeakerDraft(None, "La Trésorière", role="Marie-Carmel Detournay"))
    assert [(person.name, person.role) for person in index.people] == [("Marie-Carmel Detournay", "Trésorière")]


def test_a_street_address_after_a_name_is_no_post():
    """Regression (a city council's real scan, rs23): the public who spoke are written "Garry Coulter, 2403 Augusta
    Street"; each address was the speaker's post."""
    from pipeline.annotate.posts import plausible_role

    assert [plausible_role(text) for text in ("2403 Augusta Street", "112 E. Tallulah Drive", "2nd Vice President")] \
        == [None, None, "2nd Vice President"]


def test_a_meeting_chaired_by_a_name_of_four_words_in_spanish():
    """Regression (a Mexican foundation's assembly, rs23): "Esta Asamblea es presidida por Luis Alberto Saavedra Nieto"
    named no one: "presidida por" was no lead-in of a bare name."""
    from pipeline.nlp import bare_names, load_bare_name_matcher, load_nlp

    nlp = load_nlp()
    for text in ("Esta Asamblea es presidida por Luis Alberto Saavedra Nieto, Director.",
                 "La sesión fue presidida por Luis Alberto Saavedra Nieto."):
        doc = nlp(text)
        assert [span.text for _, span in bare_names(doc, load_bare_name_matcher(nlp))] == [
            "Luis Alberto Saavedra Nieto"], text


def test_the_body_after_a_speakers_street_address_is_theirs():
    """Regression (a city council's real scan, rs23): "Sherry Barrett, 5 Calhoun Hill Way, Upstate Forever, spoke ..."
    gave no body (the address stood where a post does); with nothing after the address, the person still speaks."""
    from pipeline.annotate.posts import _appositive

    assert _appositive(", 5 Calhoun Hill Way, Upstate Forever, spoke in support of Item 15d")[:2] == (
        None, "Upstate Forever")
    assert _appositive(", 12 Main Street, President of the Rotary Club, spoke")[:2] == ("President", "Rotary Club")
    role, org, rest = _appositive(", 125 Norlin Drive, spoke in support of Item 15d")
    assert (org, rest.lstrip(" ,").split()[0]) == (None, "spoke")


def test_a_ministers_title_is_an_honorific():
    """Regression (a city council's real scan, rs23): "Pastor Vincent Royal, Springfield Baptist Church, spoke ..." gave
    a speaker named "Pastor Vincent Royal"."""
    from pipeline.annotate.common import located_blocks
    from pipeline.annotate.people import find_people
    from pipeline.pdf.extract import Line
    from pipeline.structure import Block, SectionDraft, Structure

    block = Block([Line(text="Pastor Vincent Royal, Springfield Baptist Church, spoke in support of Item 15d.",
                        x0=72, x1=500, top=100, bottom=110, size=11, bold=False, italic=False, page=1)])
    structure = Structure(title=None, title_blocks=[], front=[], body_size=11.0, sections=[
        SectionDraft(section_no=1, heading="7. CITIZENS", level=1, kind="heading", page_first=1, blocks=[block])])
    assert [(p.honorific, p.name) for p in find_people(located_blocks(structure), structure).people] == [
        ("Pastor", "Vincent Royal")]


def test_initials_after_a_name_say_where_it_begins():
    """Regression (a ratepayers' AGM, "Present:" and "Apologies:" in two columns read as one list): "Bev and Hank"
    ran into "Chris Clews (CC)", whose initials became the post of "Hank Chris Clews"; "CC opened the meeting" then
    named no one."""
    roster = _roster("Stephen Thomas (ST) Bev and Hank\nChris Clews (CC)\nDavid Mahon (DM)")
    assert {e.name: e.role for e in roster.entries if e.listed} == {"Stephen Thomas": None, "Chris Clews": None,
                                                                    "David Mahon": None}
    assert roster.resolve("CC").name == "Chris Clews"


def test_a_post_after_a_name_ends_where_the_next_person_joins():
    """Regression (a parish council's "Present:" sentence): "Mrs Susan Ryding, Clerk and Mr Richard Nolan, Assistant
    Clerk" gave her the post "Clerk and Mr" and the body "Assistant Clerk"."""
    from pipeline.annotate.posts import _appositive

    assert _appositive(", Clerk and Mr Richard Nolan, Assistant Clerk")[:2] == ("Clerk", None)
    assert _appositive(", Chair and Treasurer, opened the meeting")[:2] == ("Chair and Treasurer", None)


def test_a_signature_s_strokes_read_by_ocr_around_the_signed_name():
    """Regression (a parish council's minutes, scanned): "Chairman: _Jane © Ritchie", the chairman signing, named no
    one."""
    roster = build_roster([], ["Chairman: _Jane © Ritchie"])
    assert [(e.name, e.role) for e in roster.entries] == [("Jane Ritchie", "Chairman")]


def test_a_listed_first_name_misspelt_by_a_letter_is_that_person():
    """"Chistina nevner ..." (OCR lost a letter) is the listed Christina Lewis; a short name one letter off another
    ("Jan" for "Jon") and a real given name are not read so."""
    roster = _roster("Christina Lewis, Jon Nordby, Martin Stensgård")
    assert roster.resolve("Chistina").name == "Christina Lewis"
    assert roster.resolve("Christinas").name == "Christina Lewis"
    assert roster.resolve("Jan") is None
    assert roster.resolve("Martina") is None  # a given name of its own


def test_a_post_written_short_in_a_note_after_the_name():
    roster = _roster("(13 personen) Edwin Wisse (Logius)(vz), Marian van Ansem (Min BZK), Lizzy Wellink (secr.)")
    assert {e.name: (e.role, e.organization) for e in roster.entries} == {
        "Edwin Wisse": ("voorzitter", "Logius"), "Marian van Ansem": (None, "Min BZK"),
        "Lizzy Wellink": ("secretaris", None)}


def test_an_item_about_committee_members_is_no_list_of_them():
    """"Set the number of committee members": the label is what the item is about; its table's cells ("Status",
    "Set the total ...") are no names. A heading that is the label ("Committee members") heads the list."""
    cells = ["Motion Text", "Moved by", "Seconded by", "Status", "Set the total number of members to 10", "Accepted"]
    assert build_roster([("Set the number of committee members", cells)], cells).entries == []
    listed = build_roster([("Committee members", ["Ann Able", "Ben Baker"])], ["Ann Able", "Ben Baker"])
    assert [e.name for e in listed.entries] == ["Ann Able", "Ben Baker"]
