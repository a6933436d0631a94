"""People: the per-document roster, name references read back to it, and the given-name signal.

Constructed text only; no PDF is built, so these run in milliseconds.
"""

from __future__ import annotations

from pipeline.annotate.people import PeopleIndex, PersonFound, _roster_refs
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


def test_references_in_text_and_the_index_reads_names_back_to_the_roster():
    roster = _roster("Michael Mashack (Commissioner), Helen Brown, Bob Colenutt")
    text = "Then Bob explained the plan. HB noted it. Commissioner Mashack agreed. Milburn Parish Council met."
    refs = [(text[s:e], name) for s, e, name, _ in _roster_refs(text, roster)]
    assert refs == [("Bob", "Bob Colenutt"), ("HB", "Helen Brown"), ("Mashack", "Michael Mashack")]
    index = PeopleIndex(roster)
    index.add(PersonFound(honorific=None, name="Mashack"))
    index.add(PersonFound(honorific=None, name="Michael Mashack"))
    assert [(p.name, p.role) for p in index.people] == [("Michael Mashack", "Commissioner")]


def test_cues_that_make_a_listed_person_a_speaker():
    from pipeline.annotate.people import (
        _bracket_opener,
        _coordinated_speaker_follows,
        _post_before,
        _posts_speaking,
        _signed_report,
    )

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
    from pipeline.annotate.people import split_role_org

    assert split_role_org("Jefa de la Sección de Radio de la UAA") == ("Jefa de la Sección de Radio", "UAA")
    assert split_role_org("a Representative from Diakonia") == ("Representative", "Diakonia")


def test_a_post_in_brackets_or_after_an_article_is_a_role() -> None:
    from pipeline.annotate.people import _appositive

    assert _appositive(" (President).")[:2] == ("President", None)
    assert _appositive(" (Versammlungsleiter)")[:2] == ("Versammlungsleiter", None)
    assert _appositive(" (Oxfam Novib)")[:2] == (None, "Oxfam Novib")
    assert _appositive(", a Representative from Diakonia, said that")[:2] == ("Representative", "Diakonia")


def test_clause_like_roles_are_rejected() -> None:
    from pipeline.annotate.people import plausible_role

    assert plausible_role("seconded and") is None
    assert plausible_role("some communities worry about mission creep") is None
    assert plausible_role("Treasurer") == "Treasurer"
    assert plausible_role("head of the finance team") == "head of the finance team"
    index = PeopleIndex()
    assert index.add(PersonFound(honorific=None, name="Ann Lee", role="seconded and")).role is None


def test_a_post_set_as_a_label_before_a_name_is_the_role() -> None:
    from pipeline.annotate.people import _post_before

    assert _post_before("Versammlungsleiterin: ") == ("Versammlungsleiterin", None)
    assert _post_before("closed by presiding officer - ")[0] is None  # not at the start of a line
    assert _post_before("Moderator - ") == ("Moderator", None)
    assert _post_before("AYES: ") == (None, None)


def test_a_post_before_a_surname_names_who_acts_at_the_meeting() -> None:
    """Board minutes name people by post and surname: "President Ottinger called ...", "by member X"."""
    from pipeline.annotate.people import _posts_before_names

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
