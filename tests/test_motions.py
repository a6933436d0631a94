"""Motions, resolutions and votes: one test per form on constructed text, plus the table, view, show and report."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import store
from pipeline.annotate.motions import find_motions
from pipeline.annotate.movers import add_movers, fuller_name
from pipeline.annotate.people import PeopleIndex, SpeakerDraft
from pipeline.annotate.votes import outcome_of, vote_counts
from pipeline.pdf.extract import Line
from pipeline.report import decisions_table
from pipeline.show import document_tree
from pipeline.structure import Block, SectionDraft, Structure
from schemas import Motion, MotionOutcome


def _structure(*sections: tuple[str, list[str]]) -> Structure:
    """Sections of one-line blocks, built directly (the layout rules are not under test here)."""
    drafts = []
    for no, (heading, texts) in enumerate(sections, start=1):
        blocks = [Block([Line(text=t, x0=72.0, x1=500.0, top=100.0 + 14 * i, bottom=110.0 + 14 * i, size=11.0,
                              bold=False, italic=False, page=1)]) for i, t in enumerate(texts)]
        drafts.append(SectionDraft(section_no=no, heading=heading, level=1, kind="heading", page_first=1,
                                   blocks=blocks))
    return Structure(title=None, title_blocks=[], front=[], sections=drafts, body_size=11.0)


def motions_of(*sections: tuple[str, list[str]]):
    return find_motions(_structure(*sections))


def one(*sections: tuple[str, list[str]]):
    found = motions_of(*sections)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def test_moved_by_seconded_by_that_carried() -> None:
    m = one(("5. Accounts", ["Moved by Cllr Jane Smith, seconded by Mr. Tom Brown, that the accounts for 2020 "
                             "be adopted. Carried."]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == (
        "that the accounts for 2020 be adopted", "Jane Smith", "Tom Brown", "carried")


def test_upon_the_proposition_of_x_seconded_by_y_it_was_resolved_that() -> None:
    """Regression (a village hall charity's AGM, rs20): British minutes name mover and seconder as "upon the
    proposition of", after what was laid before the meeting; no mover was read."""
    motion = one(("2. Accounts", ["The audited accounts for the year ended 31st March 2018 were tabled and, upon the "
                                  "proposition of J Trollope, seconded by P Sewell, it was resolved unanimously “That "
                                  "the Accounts for the year be approved.”"]))
    assert (motion.moved_by, motion.seconded_by, motion.outcome) == ("J Trollope", "P Sewell", "carried")
    assert motion.text.startswith("That the Accounts for the year be approved")


@pytest.mark.parametrize(("sentence", "mover"), [
    ("Auf Antrag von Jonas Bieri Lüthy wird die Traktandenliste einstimmig genehmigt.", "Jonas Bieri Lüthy"),
    ("Auf Antrag von Jonas Bieri Lüthy wird Rahel Lüthy als Protokollführerin bestimmt.", "Jonas Bieri Lüthy"),
    ("Sur proposition de Marie Dupont, le budget 2024 est adopté à l'unanimité.", "Marie Dupont"),
])
def test_a_decision_taken_on_someones_motion(sentence: str, mover: str) -> None:
    """Regression (a Swiss club's founding minutes, rs20): "Auf Antrag von X wird ... genehmigt" named no mover, and
    "... als Protokollführerin bestimmt", no outcome word, took the outcome of the next item's decision."""
    found = motions_of(("2. Traktanden", [sentence]), ("5. Statuten", ["Die Statuten werden einstimmig angenommen."]))
    assert [(m.moved_by, m.outcome) for m in found] == [(mover, "carried"), (None, "carried")]


def test_a_forms_printed_choice_of_outcomes_tells_none() -> None:
    """Regression (a society's AGM kept on a form, rs21): "Approved/Defeated" printed after each motion, the one that
    held marked in bold, read as defeated."""
    assert outcome_of("Moved by: Mona Trick, Seconded by: Keith Mychaluk, Approved/Defeated") is None
    assert outcome_of("Carried / Defeated. The motion was carried.") == "carried"


def test_voted_with_mover_and_seconder_in_brackets_and_the_count_after() -> None:
    """Regression (a Maine school board's real scan, rs22): "VOTED: (1) To approve ... (Pike — Brown) (11 — 0)", the
    names and the count a sentence after what was voted; no motion was read."""
    found = motions_of(("V. MINUTES", ["VOTED: (1) To approve the Minutes of April 27, 2016. (Pike — Brown) (11 — 0)"]),
                       ("IX. UNFINISHED BUSINESS", ["B. VOTED: (2) To approve completing soil testing at the high "
                                                    "school. (Pike — Parker) (11 0)"]))  # (OCR lost the dash)
    assert [(m.text, m.moved_by, m.seconded_by, m.outcome, m.votes_for, m.votes_against) for m in found] == [
        ("To approve the Minutes of April 27, 2016", "Pike", "Brown", "carried", 11, 0),
        ("To approve completing soil testing at the high school", "Pike", "Parker", "carried", 11, 0)]


@pytest.mark.parametrize("put", [
    "Es wird beantragt, den Punkt Mitgliedsbeiträge im nichtöffentlichen Teil zu behandeln.",
    "Der Vorstand stimmt darüber ab, ob dieser Punkt im öffentlichen Teil behandelt werden kann.",
    "Es wird darüber abgestimmt, ob eine Lösung mit Fernzugriff gewünscht ist.",
])
def test_a_german_proposal_put_without_a_mover_is_settled_by_the_result_after_it(put: str) -> None:
    """Regression (a hackerspace's board minutes, rs22): "Es wird beantragt, ..." and "... stimmt darüber ab, ob ..."
    were no motions; "Der Antrag wird einstimmig angenommen." after them made one of its own words."""
    motion = one(("TOP 6. Mitgliedsbeiträge", [put, "Der Antrag wird einstimmig angenommen."]))
    assert (motion.text.split()[0], motion.outcome) == (put.split(", ", 1)[1].split()[0], "carried")


def test_a_bodys_proposal_carried_on_a_show_of_hands() -> None:
    """Regression (a parish's annual church meeting, rs22): "The PCC proposed that ... This resolution was carried on a
    show of hands." read "carried on" as going on (no outcome), and the second such proposal, which holds "a resolution
    passed", was no motion."""
    found = motions_of(("(a) Elected members", ["The PCC proposed that the number of members should be reduced "
                                                "to 12. This resolution was carried on a show of hands."]),
                       ("(b) Readers", ["The PCC proposed that a resolution passed at the APCM in 1999 should be "
                                        "rescinded. This resolution was also carried on a show of hands."]))
    assert [(m.text.split()[:3], m.outcome) for m in found] == [(["that", "the", "number"], "carried"),
                                                               (["that", "a", "resolution"], "carried")]
    assert outcome_of("The work on the hall was carried on until June.") is None


def test_reports_moved_for_approval_are_the_item_set_out_before() -> None:
    """Regression (a city pension board's real scan, rs20): "4-A. Financial Reports ... was presented by X." then "The
    reports were moved for approval by Member Y and seconded by Member Z. Passed 3-0": "were" was no passive form, and
    "The reports" only points back at the item."""
    motion = one(("4. AGENDA ITEMS", ["4-A. Pension Payroll and Financial Reports for the Quarter was presented by "
                                      "Fred Marsh, Finance Director.",
                                      "The reports were moved for approval by Member Soderlund and seconded by Member "
                                      "Elzig. Passed 3-0"]))
    assert motion.text.startswith("4-A. Pension Payroll and Financial Reports")
    assert (motion.moved_by, motion.seconded_by, motion.outcome, motion.votes_for) == (
        "Soderlund", "Elzig", "carried", 3)


def test_a_motion_made_after_its_items_name_and_a_dash_carried_by_its_roll_call() -> None:
    """Regression (a township board's real scan, rs21): "TOWN FUND BILLS — Motion to approve ... was made by Trustee
    Hodge, seconded by Trustee Elton. Roll call was taken as follows: Trustee Hodge — yes, ..." was no motion, and a
    roll call whose votes follow an em dash counted none."""
    motion = one(("APPROVAL OF BILLS", ["TOWN FUND BILLS — Motion to approve the Town Fund Bills as submitted was made "
                                        "by Trustee Hodge, seconded by Trustee Elton. Roll call was taken as follows: "
                                        "Trustee Hodge — yes, Trustee Elton — yes, Supervisor Liccar — yes."]))
    assert (motion.moved_by, motion.seconded_by, motion.outcome, motion.votes_for, motion.votes_against) == (
        "Hodge", "Elton", "carried", 3, 0)
    assert "Motion to approve the Town Fund Bills" in motion.text


def test_motion_with_m_s_initials() -> None:
    m = one(("Budget", ["MOTION: to adopt the 2024 budget as presented M/S Garcia/Lopez. Passed."]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == ("to adopt the 2024 budget as presented", "Garcia",
                                                              "Lopez", "carried")


def test_motion_to_with_mover_and_seconder_in_brackets() -> None:
    m = one(("Agenda", ["Motion to approve the agenda (Jess/Leah) - passed"]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == ("Motion to approve the agenda", "Jess", "Leah",
                                                              "carried")


def test_motion_by_and_seconded_without_outcome_is_kept_with_null_outcome() -> None:
    m = one(("3. APPROVAL OF AGENDA", ["Motion to approve by Jess, Krista Barclay seconded."]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == ("Motion to approve", "Jess", "Krista Barclay", None)


def test_roll_call_ayes_noes() -> None:
    m = one(("Rezoning", ["Councillor Dean moved that the rezoning be approved. Ayes: 5, Noes: 2. Motion carried."]))
    assert (m.moved_by, m.votes_for, m.votes_against, m.outcome) == ("Dean", 5, 2, "carried")


def test_result_record_lines_with_dashed_tally_attach_to_the_prose_motion() -> None:
    m = one(("Election of Chair", [
        "Commissioner Allen Fisk made a motion, seconded by Commissioner Mendez, to postpone the election to "
        "July, and set motion failed to gather a majority vote as reflected:",
        "RESULT: FAILED [4-2-1-1]",
        "MOTION BY: Allen Fisk SECOND: Mendez",
    ]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == ("to postpone the election to July", "Allen Fisk",
                                                              "Mendez", "defeated")
    assert (m.votes_for, m.votes_against, m.votes_abstain) == (4, 2, 1)


def test_result_record_under_an_item_heading_takes_the_heading_as_text() -> None:
    m = one(("2. APPROVAL OF THE AGENDA", ["RESULT: APPROVED [UNANIMOUS]", "MOTION BY: Mashack SECOND: Brown"]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == ("APPROVAL OF THE AGENDA", "Mashack", "Brown",
                                                              "carried")


def test_all_in_favour_and_unanimous_settle_an_open_motion() -> None:
    m = one(("Fees", ["It was moved by Ann Lee and seconded by Bo Ray that fees stay the same.",
                      "All in favour."]))
    assert m.outcome == "carried"
    m = one(("Fees", ["Ann Lee moved to keep the fees. The motion was carried unanimously."]))
    assert (m.moved_by, m.outcome) == ("Ann Lee", "carried")


def test_resolved_that() -> None:
    m = one(("Policy", ["RESOLVED that the Data Protection Policy be adopted."]))
    assert m.outcome == "carried" and "Data Protection Policy be adopted" in m.text and m.moved_by is None


def test_numbered_resolution_with_mover_then_text_then_carried() -> None:
    m = one(("Resolutions", ["Resolution 2024-17, moved by Ann Lee, seconded by Bo Ray:",
                             "That the playground be resurfaced.", "Carried."]))
    assert (m.moved_by, m.seconded_by, m.outcome) == ("Ann Lee", "Bo Ray", "carried")
    assert "playground be resurfaced" in m.text


def test_put_to_the_vote_with_for_against_abstained() -> None:
    m = one(("VI. Motion to increase the annual membership fee", [
        "The motion was put to the vote by raise of hands. Result: For: 71, Against: 9, Abstained: 7. "
        "The motion was adopted."]))
    assert (m.votes_for, m.votes_against, m.votes_abstain, m.outcome) == (71, 9, 7, "carried")
    assert "increase the annual membership fee" in m.text


def test_french_adopte_a_l_unanimite_and_il_est_resolu() -> None:
    m = one(("7. Divers", ["Bernard MULLER propose que David soit nommé membre d’honneur.",
                           "Vote à la main levée: La proposition est adoptée à l’unanimité."]))
    assert (m.text, m.moved_by, m.outcome) == ("que David soit nommé membre d’honneur", "Bernard MULLER", "carried")
    m = one(("Résolutions", ["IL EST RÉSOLU que le budget 2024 soit adopté."]))
    assert m.outcome == "carried" and "budget 2024" in m.text


def test_german_abstimmung_and_einstimmig_angenommen() -> None:
    m = one(("6. Entlastungen", ["Per Mentimeter wurde über die Entlastung des Vorstands abgestimmt. "
                                 "Abstimmung: 12 Ja, 0 Nein, 2 Enthaltungen."]))
    assert (m.text, m.votes_for, m.votes_against, m.votes_abstain, m.outcome) == (
        "die Entlastung des Vorstands", 12, 0, 2, "carried")
    m = one(("1. Tagesordnung", ["Die Tagesordnung wurde per Handzeichen einstimmig angenommen."]))
    assert m.outcome == "carried"


def test_spanish_portuguese_italian_dutch_results() -> None:
    assert one(("Orden del día", ["Sometida a votación la propuesta del orden del día, se aprueba por "
                                  "unanimidad."])).outcome == "carried"
    m = one(("Contas", ["O relatório de contas foi aprovado com 30 votos a favor, 2 contra e 1 abstenção."]))
    assert (m.outcome, m.votes_for, m.votes_against) == ("carried", 30, 2)
    assert one(("Bilancio", ["Il bilancio è approvato all’unanimità."])).outcome == "carried"
    assert one(("Begroting", ["Het voorstel is met algemene stemmen aangenomen."])).outcome == "carried"


def test_a_sentence_that_only_mentions_a_vote_makes_no_motion() -> None:
    assert motions_of(("Next steps", [
        "Members will vote on the new logo at the next meeting.",
        "The club representatives will vote for this change at the League AGM.",
        "The minutes were circulated and the treasurer carried out an inventory.",
        "The vote was by secret ballot.",
    ])) == []


def test_elections_are_not_motions() -> None:
    assert motions_of(("Elections", ["Maryse est élue à l’unanimité.", "Ms. Lim was elected unanimously."])) == []


def test_nordic_elections_are_not_motions() -> None:
    """A Danish association's general meeting: "§3 Valg af dirigent." then who stood and "Enstemmigt vedtaget."."""
    assert motions_of(("§3 Valg af dirigent", ["Mathias Grymer stiller op som dirigent. Enstemmigt vedtaget."]),
                      ("Sak 4", ["Kari Nordmann ble valgt som leder, enstemmig vedtatt."])) == []


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("The minutes of the Regular Meeting of January 30, 2012 was moved for approval by Member Soderlund and seconded "
     "by Member Brock-Cohn. Passed 3-0",
     ("The minutes of the Regular Meeting of January 30, 2012", "Soderlund", "Brock-Cohn", 3, 0)),
    ("Member Soderlund moved to accept the report, which was seconded by Member Follrath. Passed 4-0",
     ("Reports: to accept the report", "Soderlund", "Follrath", 4, 0)),
    ("The notice from the Director was accepted with regrets on a motion from Member Soderlund and seconded by Member "
     "Follrath. Passed 4-0", ("Reports: The notice from the Director", "Soderlund", "Follrath", 4, 0)),
    ("Chair Robles-Wong asked for a motion to adjourn, which was provided by Member Rocha, Member Peeler seconded, "
     "and carried by a 3-0 vote.", ("to adjourn", "Rocha", "Peeler", 3, 0)),
])
def test_board_minutes_passive_and_relative_mover_forms(paragraph, expected) -> None:
    """How a board's clerk writes who moved and seconded: the passive, "which was seconded by", "on a motion from"."""
    m = one(("Reports", [paragraph]))
    assert (m.text, m.moved_by, m.seconded_by, m.votes_for, m.votes_against) == expected
    assert m.outcome == "carried"


def test_a_motion_asked_for_then_so_moved_seconded_and_carried() -> None:
    m = one(("3. Consent Calendar", ["There were no comments, so the Chair asked for a motion to accept the Consent "
                                     "Calendar as presented.", "Member Wetzork so moved; Member Atkin seconded the "
                                     "motion which carried by a 5-0 vote."]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome, m.votes_for) == (
        "to accept the Consent Calendar as presented", "Wetzork", "Atkin", "carried", 5)
    m = one(("4. Action Items", ["Chair Anderson entertained a motion to deny the Certificate of Approval.",
                                 "Board Member Lynch seconded the motion", "Ayes: 4; Noes: 1 (Irons) Motion carries"]))
    assert (m.text, m.moved_by, m.seconded_by, m.votes_for, m.votes_against) == (
        "to deny the Certificate of Approval", None, "Lynch", 4, 1)


def test_mover_and_seconder_in_brackets_after_their_labels() -> None:
    m = one(("2. Minutes", ["Motion (Lynch)/Second (Anderson) to accept minutes of March 1, 2007",
                            "Ayes: 3; Noes: 0; Motion Carries"]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome, m.votes_for, m.votes_against) == (
        "to accept minutes of March 1, 2007", "Lynch", "Anderson", "carried", 3, 0)


def test_a_dashed_tally_before_the_word_vote_counts() -> None:
    """"carried by a 5-0 vote": the tally stands before "vote", not after "carried"."""
    assert vote_counts("Member Smith seconded and carried by a 5-0 vote.") == {"for": 5, "against": 0}
    assert vote_counts("approved by a 4-1-2 vote") == {"for": 4, "against": 1, "abstain": 2}
    assert vote_counts("in the 2005-06 vote count") == {}  # a span of years is no tally
    assert vote_counts("Passed 4-0") == {"for": 4, "against": 0}


def test_vote_counts_need_a_second_kind_for_ambiguous_words() -> None:
    assert vote_counts("elected for 3 years") == {}
    assert vote_counts("For 11 Against 6 abstain 4") == {"for": 11, "against": 6, "abstain": 4}
    assert vote_counts("adopted by 7 ayes") == {"for": 7}
    assert vote_counts("9 Ja-Stimmen, keine Nein-Stimme und 2 Enthaltungen") == {"for": 9, "against": 0, "abstain": 2}


def test_movers_become_speakers_under_the_fuller_name_the_document_gives() -> None:
    found = motions_of(("Minutes", ["Motion to approve the minutes by Stina, seconded by Leah Lim."]))
    speakers = PeopleIndex()
    speakers.add(SpeakerDraft(honorific="Ms.", name="Stina Martinez"))
    people = add_movers(speakers, found)
    assert found[0].moved_by == "Stina Martinez"
    assert [p.name for p in people] == ["Stina Martinez", "Leah Lim"]


def test_a_movers_item_letter_and_post_are_no_part_of_the_name() -> None:
    found = motions_of(("New Business", ["B. Supervisor McMahon moved to approve the date. Trustee Wallace seconded."]))
    found[0].moved_by = "B. Supervisor McMahon"  # as a run-in item's letter leaves it
    people = add_movers(PeopleIndex(), found)
    assert found[0].moved_by == "McMahon"
    assert ("McMahon", "Supervisor") in [(p.name, p.role) for p in people]


@pytest.fixture
def db_with_motions(tmp_path, document_factory) -> Path:
    doc = document_factory(b"m", path="/archive/m.pdf")
    doc = doc.model_copy(update={"motions": [
        Motion(motion_no=1, text="that the accounts be adopted", moved_by=doc.speakers[0].name, seconded_by="Bo Ray",
               outcome=MotionOutcome.CARRIED, votes_for=71, votes_against=9, votes_abstain=7, section_no=1, page=1),
        Motion(motion_no=2, text="to adjourn", page=2),
    ]})
    path = tmp_path / "m.duckdb"
    with store.connect(path) as con:
        store.load_document(con, doc)
    return path


def test_motions_table_view_people_and_show(db_with_motions, document_factory) -> None:
    with store.connect_read_only(db_with_motions) as con:
        assert con.execute("SELECT count(*) FROM motions").fetchone()[0] == 2
        row = con.execute("SELECT motion, outcome, votes FROM decisions ORDER BY motion_no").fetchall()
        assert row == [("that the accounts be adopted", "carried", "71-9-7"), ("to adjourn", None, None)]
        moved = con.execute("SELECT max(motions_moved) FROM people").fetchone()[0]
        assert moved == 1
        document_id = con.execute("SELECT document_id FROM documents").fetchone()[0]
        tree = document_tree(con, document_id)
    assert "motion 1 [p. 1]: that the accounts be adopted" in tree
    assert "seconded by Bo Ray; carried (for 71, against 9, abstain 7)" in tree
    assert "motion 2 [p. 2]: to adjourn" in tree and "outcome not recorded" in tree
    assert "motions" in store.TABLES and "decisions" in store.views.VIEW_NAMES  # export writes both
    outcome = store.TABLES["motions"].create_sql()
    assert "CHECK (outcome IN ('carried', 'defeated', 'withdrawn', 'deferred'))" in outcome


def test_report_decisions_table() -> None:
    html = decisions_table([{"meeting_date": None, "organizer": "PTFA", "file_name": "x.pdf",
                             "motion": "to raise the fee <now>", "moved_by": "Ann", "seconded_by": "Bo",
                             "outcome": "defeated", "votes": "1-9-9"}])
    assert "to raise the fee &lt;now&gt;" in html and "Ann / Bo" in html and "defeated" in html
    assert "No motion" in decisions_table([])


def test_a_bare_surname_takes_the_one_fuller_name_the_text_writes() -> None:
    texts = ["Commissioners present: Michael Mashack, Juan Mendez", "MOTION BY: Mashack SECOND: Mendez AYES: Mashack"]
    assert fuller_name("Mashack", texts) == "Michael Mashack"
    assert fuller_name("Smith", ["Ann Smith and Bob Smith attended."]) is None  # two people: left as written
    # a signature block in capitals writes the full name; words in capitals before a name are no first name
    assert fuller_name("Ottinger", ["Board Action Officer RON OTTINGER President of Board"]) == "Ron Ottinger"
    assert fuller_name("Ottinger", ["APPROVED BY THE BOARD OTTINGER"]) is None
    # a label run into the post before the surname is no first name; a signature OCR read without its space is one
    assert fuller_name("McMahon", ["ROLL CALL-Supervisor McMahon, Trustee Hulke", "MikeMcMahon"]) == "Mike McMahon"
    assert fuller_name("Hulke", ["Signed:", "McMahon Jerome Hulke"]) == "Jerome Hulke"
    # a post before the surname is no first name, capitals after it no surname
    assert fuller_name("Braun", ["President Braun DT called the meeting to order."]) is None
    # a nickname written in brackets inside the full name
    assert fuller_name("Manu", ["Présents : Daniel PFUND, Emmanuelle (Manu) PRIVAT, Monika ZWEYGARTH"]) == \
        "Emmanuelle Privat"


def test_council_forms_proposed_seconded_resolved_and_moved_seconded_records() -> None:
    m = one(("Minutes", ["Proposed by Cllr Smith, seconded by Cllr Jones, and RESOLVED that the minutes be approved."]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == ("that the minutes be approved", "Smith", "Jones",
                                                              "carried")
    m = one(("7. Grants", ["Resolution: That the grant of $500 be approved.",
                           "Moved: Cr Smith Seconded: Cr Jones CARRIED"]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == ("That the grant of $500 be approved", "Smith", "Jones",
                                                              "carried")


def test_words_that_only_look_like_outcomes_make_nothing() -> None:
    assert motions_of(("Items", ["The committee discussed the carried-over budget.", "Two members passed away.",
                                 "The chair thanked everyone for their unanimous support."])) == []


def test_agreed_labels_decisions_in_other_languages_and_dashed_results() -> None:
    m = one(("Budget", ["AGREED: that the budget for 2025 be set at £5,000."]))
    assert (m.outcome, m.moved_by) == ("carried", None) and "budget for 2025" in m.text
    assert one(("Acta", ["Se acuerda que la próxima sesión sea el 5 de mayo."])).outcome == "carried"
    m = one(("Fees", ["Moved by Ann Lee, seconded by Bo Ray, that the fee be raised. Carried 5-2."]))
    assert (m.votes_for, m.votes_against, m.outcome) == (5, 2, "carried")
    m = one(("Report", ["Cllr Dean moved the adoption of the annual report. Carried."]))
    assert (m.text, m.moved_by) == ("the adoption of the annual report", "Dean")


def test_resolved_in_prose_about_a_problem_is_not_a_decision() -> None:
    texts = ["The printer issue was resolved by the technician.", "Resolved issues are listed."]
    assert motions_of(("IT", texts)) == []


def test_majority_and_colon_tallies_and_results_after_an_election_list() -> None:
    m = one(("Comptes", ["Les comptes sont approuvés par 25 voix pour, 2 contre et 3 abstentions."]))
    assert (m.votes_for, m.votes_against, m.votes_abstain, m.outcome) == (25, 2, 3, "carried")
    m = one(("Protokoll", ["Der Antrag wird mit 10:2 Stimmen angenommen."]))
    assert (m.votes_for, m.votes_against, m.outcome) == (10, 2, "carried")
    m = one(("Notulen", ["Besluit: het voorstel wordt aangenomen met 12 stemmen voor, 2 tegen en 1 onthouding."]))
    assert (m.votes_for, m.votes_against, m.votes_abstain) == (12, 2, 1)
    assert motions_of(("8.3 Candidates", ["The following candidates were elected:",
                                          "Chair: Simon Davies: unanimously"])) == []


def test_a_mover_new_to_the_speakers_gets_the_post_written_before_the_name() -> None:
    found = motions_of(("Item", ["Commissioner Allen Fisk made a motion, seconded by Commissioner Mendez, to "
                                 "continue this item. Motion approved."]))
    people = add_movers(PeopleIndex(), found, ["Present: Commissioners Allen Fisk, Juan Mendez"])
    assert [(p.name, p.role) for p in people] == [("Allen Fisk", "Commissioner"), ("Juan Mendez", "Commissioner")]
    assert found[0].seconded_by == "Juan Mendez"


def test_proposed_and_seconded_after_the_text_takes_the_line_before() -> None:
    m = one(("Hall", ["That the hall hire fee be increased to £25.",
                      "Proposed Cllr Smith, seconded Cllr Jones, all in favour."]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == ("That the hall hire fee be increased to £25", "Smith",
                                                              "Jones", "carried")


def test_motion_by_second_by_with_a_roll_call_vote() -> None:
    """The US council form: "Motion by X, second by Y, to ...", the vote a roll call of names."""
    m = one(("5a. Resolution 2019-14", ["Motion by Fox, second by Chen, to adopt Resolution 2019-14.",
                                         "Ayes: Torres, Chen, Walsh, Fox. Nays: None. Motion carried."]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == ("to adopt Resolution 2019-14", "Fox", "Chen",
                                                              "carried")
    assert (m.votes_for, m.votes_against) == (4, 0)


def test_a_roll_call_counts_the_names_listed() -> None:
    assert vote_counts("Ayes: Torres, Chen and Walsh. Noes: Fox. Abstain: None.") == {
        "for": 3, "against": 1, "abstain": 0}
    assert vote_counts("For: the proposal as amended") == {}  # "for" alone is no roll call
    # the voters named in brackets, their count read by OCR as a bar or lost
    assert vote_counts("adopted by 6 ayes and | nay (Boggess).") == {"for": 6, "against": 1}
    assert vote_counts("adopted by 5 ayes and nays (Boggess, Weissman-Ward)") == {"for": 5, "against": 2}


def test_a_roll_call_by_sides_with_dashes_or_nothing_after_the_side() -> None:
    """A library board's form: each side on a line of its own, a dash (OCR's "~") or nothing after it, the names up to
    the next side; the roll call is the motion's record, not a motion; a voter glued to the next side is no
    "Warren Nays"."""
    m = one(("4. Approval of the agenda", [
        "MOTION: Trustee Lezon moved to approve the agenda as amended. Trustee Warren seconded.",
        "Roll call vote:", "Ayes — Trustees DuRocher, Lezon, Picha, Richardson and Warren",
        "Nays — None", "Abstain ~ Trustee Stull", "Absent - Trustee Ruzicka", "Motion carried"]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == ("to approve the agenda as amended", "Lezon", "Warren",
                                                              "carried")
    assert (m.votes_for, m.votes_against, m.votes_abstain) == (5, 0, 1)
    assert vote_counts("Ayes Trustees DuRocher, Lezon, Picha, and Stull Nays None Absent - Trustee Warren") == {
        "for": 4, "against": 0}
    assert vote_counts("9 Ja-Stimmen, keine Nein-Stimme und 2 Enthaltungen") == {"for": 9, "against": 0, "abstain": 2}
    assert fuller_name("Warren", ["Ayes — Trustees DuRocher, Lezon, Warren Nays — None"]) is None


def test_a_roll_call_written_voter_by_voter() -> None:
    """The township form: each voter then their vote; "present" counts for no side."""
    m = one(("Reports", ["Trustee Liccar made a motion to donate $100 to the Boosters Fund. The motion was seconded "
                         "by Trustee Elton. Roll call vote as follows: Trustee Elton, yes; Trustee Hodge, no; Trustee "
                         "Liccar, yes; Supervisor Most, present. MOTION CARRIED."]))
    assert (m.moved_by, m.seconded_by, m.outcome) == ("Liccar", "Elton", "carried")
    assert (m.votes_for, m.votes_against, m.votes_abstain) == (2, 1, None)
    # every voter is named, so a side no one took counts none
    assert vote_counts("Roll call: Smith - aye, Jones - aye, Brown - abstain.") == {"for": 2, "against": 0,
                                                                                    "abstain": 1}
    assert vote_counts("Thank you, yes.") == {}  # one voter is no roll call


def test_a_record_line_with_the_motion_s_words_after_the_seconder() -> None:
    m = one(("Item 3 Treasurer's Report", ["Moved: Michelle Ong   Seconded: Dave Brennan   That the financial "
                                           "statements be accepted. Carried"]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == (
        "That the financial statements be accepted", "Michelle Ong", "Dave Brennan", "carried")


def test_the_decision_first_then_its_proposer_and_seconder() -> None:
    m = one(("19/105 Finance", ["Payments totalling £1,246.50 were approved, proposed Cllr Singh, seconded "
                                "Cllr Wood. All in favour."]))
    assert (m.moved_by, m.seconded_by, m.outcome) == ("Singh", "Wood", "carried")
    assert "Payments totalling £1,246.50 were approved" in m.text


def test_an_action_label_before_a_whole_motion_is_not_its_result() -> None:
    m = one(("1. CUP-2021-03", ["Staff presented the report. ACTION: Motion by Commissioner Delgado, seconded by "
                                "Vice Chair Moreno, to approve CUP-2021-03. Vote: 4-1 (Ayes: Whitaker, Moreno, "
                                "Delgado, Patel; Noes: Olsen). Motion carried."]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == ("to approve CUP-2021-03", "Delgado", "Moreno",
                                                              "carried")
    assert (m.votes_for, m.votes_against) == (4, 1)


def test_a_record_of_proposer_and_seconder_after_a_sentence() -> None:
    m = one(("1 Minutes of last meeting", ["Agreed as accurate. Proposed: OA, Seconded: TF."]))
    assert (m.moved_by, m.seconded_by) == ("OA", "TF")


def test_a_seconder_named_after_the_text_of_the_motion() -> None:
    m = one(("II. APPROVAL OF MINUTES", ["Kevin Lee moved to approve the May minutes; Janet Ruiz seconded. "
                                         "The motion passed unanimously."]))
    assert m.text.endswith("to approve the May minutes")  # the item's heading before a short text
    assert (m.moved_by, m.seconded_by, m.outcome) == ("Kevin Lee", "Janet Ruiz", "carried")


def test_a_result_that_refers_back_to_an_amendment_takes_its_wording_and_a_count_in_words() -> None:
    agenda, m = motions_of(("Beschlüsse", [
        "Die Tagesordnung wurde per Handzeichen einstimmig angenommen.",
        "§9, Absatz 2: Folgender Passus wurde geändert von: „Das Vermögen fällt an die Universität, es gemäß § 2 zu "
        "verwenden.“ zu: „Das Vermögen fällt an die Universität, es zur Förderung von Kunst und Kultur zu "
        "benutzen.“ Die Änderung schrieb das Finanzamt vor, um den Antrag auf Gemeinnützigkeit bewilligen zu "
        "können; der Vorstand hat sie in seiner Sitzung besprochen und den Wortlaut mit dem Finanzamt abgestimmt.",
        "Die Satzungsänderung wurde mit drei Ja-Stimmen und somit einstimmig angenommen."]))
    assert agenda.votes_for is None  # the count is the amendment's, not the agenda's decided before it
    assert m.text.startswith("§9, Absatz 2: Folgender Passus") and (m.outcome, m.votes_for) == ("carried", 3)


def test_a_post_in_lower_case_before_the_mover() -> None:
    m = one(("V. Report on closed session", ["Motion by member Zimmerman to approve the staff recommendation to "
                                             "reassign the following employees."]))
    assert (m.text, m.moved_by) == ("to approve the staff recommendation to reassign the following employees",
                                    "Zimmerman")


def test_a_surname_written_alone_may_open_with_its_particle() -> None:
    m = one(("Items", ["Motion by de Beck to reduce the proposed cuts by half. The motion failed."]))
    assert (m.moved_by, m.outcome) == ("de Beck", "defeated")
    m = one(("Items", ["Moved by van Dijk, seconded by Ann Lee, that the accounts be adopted. Carried."]))
    assert (m.moved_by, m.seconded_by) == ("van Dijk", "Ann Lee")


def test_two_capitals_ocr_read_after_a_movers_name_are_no_part_of_it() -> None:
    m = one(("Items", ["Commissioner Allen Fisk made a motion to postpone the election.",
                       "RESULT: FAILED [2-4]", "MOTION BY: Allen Fisk SY", "SECOND: John Smith II"]))
    assert (m.moved_by, m.seconded_by) == ("Allen Fisk", "John Smith II")


def test_a_motion_put_first_and_the_boards_act_after_it_and_the_californian_m_s_c():
    m = one(("Contracts", ["On a motion by Trustee Smith, seconded by Jones, the Board voted 5-0 to approve the "
                           "contract with Acme."]))
    assert (m.moved_by, m.seconded_by, m.outcome, m.votes_for, m.votes_against) == ("Smith", "Jones", "carried", 5, 0)
    m = one(("Budget", ["Upon motion of Mr. Smith, seconded by Mrs. Jones, the Board approved the budget."]))
    assert (m.moved_by, m.seconded_by, m.outcome) == ("Smith", "Jones", "carried")
    m = one(("Minutes", ["M/S/C (Smith/Jones) to approve the minutes of May 5."]))
    assert (m.moved_by, m.seconded_by, m.outcome, m.text) == ("Smith", "Jones", "carried",
                                                              "to approve the minutes of May 5")
    m = one(("Minutes", ["M/S Lee/Kim to table the item. Motion failed 2-3."]))
    assert (m.moved_by, m.seconded_by, m.outcome) == ("Lee", "Kim", "defeated")


def test_the_motion_named_as_the_subject_of_its_outcome_after_a_clause():
    m = one(("f. Reductions", ["Motion by Zimmerman to remove the caseworker positions from proposed reductions.",
                               "Following discussion by Board members and staff regarding state funding at the "
                               "present time, the above motion was withdrawn."]))
    assert (m.moved_by, m.outcome) == ("Zimmerman", "withdrawn")


def test_a_seconder_named_in_a_sentence_of_their_own():
    m = one(("Resolutions", ["Mr. Able made a motion to adopt Resolution 23-05. Mrs. Baker seconded the motion. "
                             "The motion passed 4-1 with Mr. Cole voting no."]))
    assert (m.moved_by, m.seconded_by, m.outcome, m.votes_for, m.votes_against) == ("Able", "Baker", "carried", 4, 1)


def test_an_item_moved_to_another_section_is_moved_by_no_one():
    from pipeline.annotate.motions import clean_person
    assert clean_person("ITEM") is None and clean_person("Commissioner Mendez") == "Mendez"


def test_decision_as_a_paragraph_of_its_own_without_a_motion_named() -> None:
    m = one(("2. Procès-verbal", ["Le procès-verbal de la dernière séance est approuvé."]))
    assert (m.text, m.outcome) == ("Le procès-verbal de la dernière séance est approuvé", "carried")
    assert one(("Accounts", ["The accounts for 2024 were approved by the meeting."])).outcome == "carried"
    assert motions_of(("Budget", ["Le budget 2025 n'est pas approuvé."])) == []
    assert motions_of(("Rapport", ["Monika présente le rapport. Le rapport est approuvé par le comité de "
                                   "rédaction lors de sa séance de janvier, puis imprimé."])) == []


def test_the_meeting_as_the_subject_of_its_decision() -> None:
    m = one(("8. Statuts", ["Les membres acceptent les statuts révisés comme discuté."]))
    assert (m.text, m.outcome) == ("Les membres acceptent les statuts révisés comme discuté", "carried")
    assert one(("5. Décharge", ["L’assemblée donne décharge au comité."])).outcome == "carried"


def test_decision_on_the_proposal_just_made_takes_its_mover() -> None:
    m = one(("7. Fiscalité", ["Anna propose de demander une exonération fiscale pour l’association.",
                              "Les membres sont d’accord pour qu’une demande d’exonération fiscale soit soumise "
                              "à l’autorité fiscale."]))
    assert (m.moved_by, m.outcome) == ("Anna", "carried")
    assert m.text.startswith("Les membres sont d’accord pour qu’une demande")
    m = one(("8. Adhésion", ["Manu propose de ne pas demander de démissions du tout.",
                             "Les membres sont d’accord avec ce principe."]))
    assert (m.text, m.moved_by, m.outcome) == ("de ne pas demander de démissions du tout", "Manu", "carried")


def test_question_put_to_a_show_of_hands_with_its_count_and_sum() -> None:
    m = one(("Cotisation", ["Vote à la main levée : Est-ce que les membres seraient prêts à cotiser 20 CHF ? "
                            "Maryse compte 10 oui, 5 non et 2 abstentions = 17 votes."]))
    assert m.text.startswith("Vote à la main levée : Est-ce que")
    assert (m.votes_for, m.votes_against, m.votes_abstain, m.outcome) == (10, 5, 2, "carried")


def test_article_of_a_statute_is_no_decision() -> None:
    assert motions_of(("IV - Assemblée générale", ["Article 7: Les votes se font à la majorité des voix.",
                                                   "Article 8: Le comité est élu pour un an."])) == []


def test_proposal_by_its_author_settled_by_a_later_tally() -> None:
    m = one(("(c) Rule change", ["Proposal to change the League rules for the timing of games - By Colin Solloway.",
                                 "TO: All moves in 80 minutes plus a 10 second increment.",
                                 "In Favour 18 Against 3 Abstain 1"]))
    assert (m.text, m.moved_by, m.outcome, m.votes_for, m.votes_against, m.votes_abstain) == (
        "Proposal to change the League rules for the timing of games", "Colin Solloway", "carried", 18, 3, 1)


def test_a_vote_pointing_back_at_this_change_settles_the_proposal_set_out_before_it() -> None:
    wording = [f"{n}. Old rule {n}: the lost minutes are deducted from the clock of the player late." for n in range(8)]
    m = one(("Proposed rule change 6", ["Leighton Buzzard are proposing the following change to the League rules:",
                                        *wording, "Our vote for supporting this change For 1 Against 9 Abstain 9"]))
    assert (m.text, m.outcome, m.votes_for, m.votes_against, m.votes_abstain) == (
        "Leighton Buzzard are proposing the following change to the League rules", "defeated", 1, 9, 9)


def test_a_tally_broken_over_two_lines_and_a_bar_read_for_one() -> None:
    m = one(("(c) Rule change", ["Proposal to change the League rules for the timing of games - By Colin Solloway.",
                                 "The setting up of the clocks would be simpler. In Favour 18", "Against 3 Abstain 1"]))
    assert (m.votes_for, m.votes_against, m.votes_abstain, m.outcome) == (18, 3, 1, "carried")
    assert vote_counts("Our vote for supporting this change For | Against 9 Abstain 9") == {
        "for": 1, "against": 9, "abstain": 9}


def test_an_outcome_word_after_an_english_article_is_an_adjective() -> None:
    assert outcome_of("or the lost minutes are to be deducted from the time of the home team") is None
    assert outcome_of("Der Antrag, die angenommen wurde") == "carried"
    assert outcome_of("The motion was lost.") == "defeated"


def _lines_block(*lines: tuple[str, float]) -> Block:
    """One block of lines, each (text, right edge): a list of short lines or a paragraph's full ones."""
    return Block([Line(text=t, x0=72.0, x1=x1, top=100.0 + 14 * i, bottom=110.0 + 14 * i, size=11.0, bold=False,
                       italic=False, page=1) for i, (t, x1) in enumerate(lines)])


def test_decisions_listed_a_line_each_without_stops_and_a_dashed_outcome():
    block = _lines_block(("Keyholders to be reviewed at Easter", 300.0), ("Cup final to be held on 25 May", 280.0),
                         ("Bylaw changes", 160.0), ("Bylaw 4 carried", 170.0), ("Bylaw 9 carried", 170.0),
                         ("Recommended to keep the fee at £20 for members – passed", 430.0))
    section = SectionDraft(section_no=1, heading="7. Any other business", level=1, kind="heading", page_first=1,
                           blocks=[block])
    found = find_motions(Structure(title=None, title_blocks=[], front=[], sections=[section], body_size=11.0))
    assert [(m.text, m.outcome) for m in found] == [
        ("Bylaw 4", "carried"), ("Bylaw 9", "carried"),
        ("Recommended to keep the fee at £20 for members – passed", "carried")]


def test_a_motion_made_then_carried_in_the_next_sentence():
    motion = one(("5. Treasurer's report", ["The bank will charge a fee from October.",
                                            "A motion was made for the treasurer to move the account. And was "
                                            "carried."]))
    assert (motion.text, motion.outcome) == ("A motion was made for the treasurer to move the account", "carried")


def test_a_vote_put_on_a_line_of_its_own_takes_the_tally_on_the_next_and_enthalten_counts_abstentions():
    found = motions_of(("Finanzen", ["Abstimmung: kleiner Geldpool für kleine Sachen", "Ja: 19 Nein: 0 Enthalten: 3"]))
    assert [(m.text, m.votes_for, m.votes_against, m.votes_abstain) for m in found] == [
        ("Abstimmung: kleiner Geldpool für kleine Sachen", 19, 0, 3)]


def test_a_motion_after_what_it_is_about_with_its_mover_seconder_and_result() -> None:
    m = one(("2. Approve minutes", ["June AGM minutes circulated prior to meeting; motion to approve by Peter, "
                                    "seconded by Anne Dar Santos & passed."]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == (
        "June AGM minutes circulated prior to meeting; motion to approve", "Peter", "Anne Dar Santos", "carried")


def test_a_paper_presented_and_adopted_is_a_decision_even_as_an_items_line() -> None:
    m = one(("AGM-2006/5 Accounts presented, and duly Adopted", []))
    assert (m.text, m.outcome) == ("AGM-2006/5 Accounts presented, and duly Adopted", "carried")
    assert one(("Minutes", ["The minutes were read and approved."])).outcome == "carried"


def test_what_a_proposal_asks_for_and_a_name_are_no_outcomes() -> None:
    assert outcome_of("Mr. Secretary to move that the minutes of the previous AGM be Ratified") is None
    assert outcome_of("que le procès-verbal soit approuvé") is None
    assert outcome_of("this does not include Fell Lane, Cotlands and the Back Lane") is None
    assert outcome_of("Motion Carried Unanimously") == "carried"
    assert outcome_of("Accounts presented, and duly Adopted") == "carried"


def test_two_counts_then_the_word_for_votes() -> None:
    assert vote_counts("Nach längerer Diskussion wurde per Abstimmung mit 5 zu 1 Stimmen eine Frist angenommen.") == {
        "for": 5, "against": 1}
    assert vote_counts("carried by 12 to 3 votes") == {"for": 12, "against": 3}


def test_a_short_resolution_keeps_the_sentence_it_was_resolved_in() -> None:
    m = one(("Village Green", ["After much debate, there was a positive response to the proposal and the Councillors "
                               "resolved to proceed with the takeover."]))
    assert m.text.startswith("After much debate") and m.outcome == "carried"


def test_an_outcome_joined_to_another_verb_does_not_decide_the_motion_noun() -> None:
    assert motions_of(("Finanzen", ["Madeleine: Hängt immer von Ausgaben ab, bzw vom Antrag, der an der HU gestellt "
                                    "wird und genehmigt wird oder nicht."])) == []


def test_each_vote_named_takes_the_tally_after_it() -> None:
    found = motions_of(("Finanzen", ["Abstimmung: kleiner Geldpool für kleine Sachen", "Ja: 19 Nein: 0 Enthalten: 3",
                                     "Abstimmung: Restgeld für Matthias angewendet", "Ja: 11 Nein: 5 Enthalten: 6"]))
    assert [(m.text, m.votes_for, m.votes_against, m.votes_abstain) for m in found] == [
        ("Abstimmung: kleiner Geldpool für kleine Sachen", 19, 0, 3),
        ("Abstimmung: Restgeld für Matthias angewendet", 11, 5, 6)]


def test_a_short_motion_takes_the_sentence_before_it_for_context() -> None:
    m = one(("Roll call", ["3. MINUTES: The minutes of the regular meeting of October 12, 2005 were presented for "
                           "board approval. Member Smith moved to accept, Member Rich seconded, and carried by a 5-0 "
                           "vote."]))
    assert m.text.startswith("MINUTES: The minutes of the regular meeting") and m.text.endswith("to accept")
    assert (m.moved_by, m.seconded_by, m.votes_for, m.votes_against) == ("Smith", "Rich", 5, 0)
    # an initial's stop ends no sentence
    m = one(("Agenda items", ["Notice of the death of Ernest L. Servente, Fire Chief, was accepted with regrets on a "
                              "motion from Member Soderlund and seconded by Member Follrath. Passed 4-0"]))
    assert m.text.startswith("Notice of the death of Ernest L. Servente") and m.moved_by == "Soderlund"


def test_motion_and_second_named_together_and_a_resolutions_number() -> None:
    m = one(("4. NEW BUSINESS", ["RESOLUTION NO. 13- 05", "Motion and second (Ortiz and Biggs) to adopt the "
                                 "resolution. Motion passed unanimously (6-0-1)."]))
    assert (m.moved_by, m.seconded_by, m.outcome, m.votes_for, m.votes_against, m.votes_abstain) == (
        "Ortiz", "Biggs", "carried", 6, 0, 1)
    assert m.text.endswith("to adopt the resolution")


def test_a_tables_row_written_out_is_no_tally() -> None:
    assert vote_counts("Both teams Played 8, Won 5, Drew 0, Lost 3, For 22, Against 18, Points 10") == {}
    assert vote_counts("Ayes 5, Noes 2, Absent 1, Recused 1, Vacant 1") == {"for": 5, "against": 2}


def test_a_short_motion_outside_an_items_paragraph_keeps_its_heading() -> None:
    m = one(("Approval of the minutes", ["There was no correction from the members. The minutes was approved on the "
                                         "proposal of Mr. Touch Vanna, seconded by Mr. Nhem Sarun."]))
    assert m.text == "Approval of the minutes: The minutes" and m.moved_by == "Touch Vanna"


def test_a_grid_votes_minutes_take_the_meetings_listed_beside_them() -> None:
    from pipeline.annotate.grid import add_grid_votes
    from pipeline.structure.forms import GridVote

    def block(text: str, top: float) -> Block:
        return Block([Line(text=text, x0=300.0, x1=500.0, top=top, bottom=top + 10, size=11.0, bold=False,
                           italic=False, page=2)])
    structure = _structure()
    structure.sections = [SectionDraft(section_no=1, heading="1. APPROVAL OF MINUTES", level=1, kind="heading",
                                       page_first=2, blocks=[block("Approve and adopt", 352.0),
                                                             block("minutes. Regular Meeting, February 26, 2002",
                                                                   364.0)])]
    structure.grid_votes = [GridVote(page=2, top=350.0, bottom=400.0, counts={"for": 5, "against": 0},
                                     action="Approve and adopt minutes.", action_top=352.0)]
    (m,) = add_grid_votes(structure, [], [])
    assert (m.text, m.outcome, m.votes_for) == ("Approve and adopt minutes. Regular Meeting, February 26, 2002",
                                                "carried", 5)


def test_swedish_votes_for_and_against() -> None:
    assert vote_counts("Förslaget antogs med 12 röster för och 3 emot.") == {"for": 12, "against": 3}
    assert vote_counts("Mötet beslutade för 2024 att ...") == {}


def test_a_decision_after_discussing_the_sentence_before_takes_it() -> None:
    m = one(("Punkt 2", ["Es bestand Uneinigkeit über die Frist für eine Antwort. Nach längerer Diskussion wurde per "
                         "Abstimmung mit 5 zu 1 Stimmen eine Frist von 2 Tagen angenommen."]))
    assert m.text.startswith("Es bestand Uneinigkeit über die Frist") and (m.votes_for, m.votes_against) == (5, 1)
    m = one(("Correspondence", ["An e-mail has been received regarding the lighting of a Beacon. The Councillors "
                                "resolved to take part in this commemoration."]))
    assert m.text.startswith("An e-mail has been received") and m.outcome == "carried"


# -- forms of board minutes never tuned for ----------------------------------------------------------------------

def test_a_motion_made_mid_sentence_after_what_the_mover_did() -> None:
    m = one(("Bills", ["Trustee Smith reviewed the bills and made a motion to approve them as presented. Trustee "
                       "Jones seconded the motion. Voice vote: all were in agreement."]))
    assert (m.moved_by, m.seconded_by, m.outcome) == ("Smith", "Jones", "carried")
    assert m.text.endswith("to approve them as presented")


@pytest.mark.parametrize("result, counts", [
    ("All in favor. Motion carried.", (None, None, None)),
    ("Roll call: all ayes.", (None, None, None)),
    ("Approved (4).", (4, None, None)),
    ("Approved 4-0.", (4, 0, None)),
    ("Yes-4 No-0.", (4, 0, None)),
    ("Ayes 5, Nays 0.", (5, 0, None)),
    ("Vote: 3 yes, 1 no, 1 abstain.", (3, 1, 1)),
    ("Motion passed unanimously.", (None, None, None)),
])
def test_board_minutes_outcomes_settle_the_motion_just_made(result: str, counts: tuple) -> None:
    m = one(("Treasurer's report", ["Director Ward made the motion to accept the treasurer's report. Director Ruiz "
                                    "seconded the motion.", result]))
    assert (m.moved_by, m.seconded_by, m.outcome) == ("Ward", "Ruiz", "carried")
    assert (m.votes_for, m.votes_against, m.votes_abstain) == counts


def test_a_tally_of_yes_and_no_alone_is_no_decision() -> None:
    assert motions_of(("Survey", ["Would you come again? Yes 42, No 3, Partly 17."])) == []


@pytest.mark.parametrize("line, text", [
    ("M/S/C Jones/Smith (unanimously approved) to approve the minutes of June 4.", "to approve the minutes of June 4"),
    ("MSC (Jones/Smith) to approve the minutes of June 4.", "to approve the minutes of June 4"),
    ("M/S Jones/Smith to approve the minutes of June 4; carried.", "to approve the minutes of June 4"),
    ("Moved/Seconded: Jones/Smith to approve the minutes of June 4. Carried.", "to approve the minutes of June 4"),
    ("Approval of the minutes of June 4. M/S/C Jones/Smith.", "Approval of the minutes of June 4"),
    ("Approval of the minutes of June 4: M/S/C Jones/Smith, unanimous.", "Approval of the minutes of June 4"),
    ("Motion: Jones; Second: Smith; to approve the minutes of June 4. Carried.", "to approve the minutes of June 4"),
])
def test_compact_mover_and_seconder_notations(line: str, text: str) -> None:
    m = one(("Minutes", [line]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == (text, "Jones", "Smith", "carried")


def test_moved_seconded_carried_labels_under_the_text_they_move() -> None:
    m = one(("Warrants", ["To approve the warrant list as presented.", "Moved: Jones  Seconded: Smith  Carried"]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == ("To approve the warrant list as presented", "Jones",
                                                              "Smith", "carried")


@pytest.mark.parametrize("sentence", [
    "Motion by Smith, 2nd by Jones, to approve the bills. Motion carried.",
    "Motion by Smith, 2nd Jones, to approve the bills. Carried.",
    "Trustee Smith offered a motion to approve the bills. Trustee Jones seconded. Motion carried.",
    "Motion to approve the bills made by Trustee Smith and seconded by Trustee Jones. All voted aye.",
    "A motion to approve the bills was made by Trustee Smith and seconded by Trustee Jones. Voice vote: all ayes.",
])
def test_more_ways_of_making_and_seconding_a_motion(sentence: str) -> None:
    m = one(("Bills", [sentence]))
    assert (m.moved_by, m.seconded_by, m.outcome) == ("Smith", "Jones", "carried")
    assert m.text.lower().endswith("to approve the bills")


def test_a_motion_in_brackets_after_what_it_accepts_its_seconder_with_an_honorific_of_office() -> None:
    """The bracket does not hide the motion, and "Atty." ends no sentence: the seconder is Griffin."""
    found = motions_of(("Finance", ["The YTD loss is $49,000 which puts the Library ahead of budget. (Motion to accept "
                                    "made by Ms. Jukoski, seconded by Atty. Sayet.) Mr. Seeman spoke about the "
                                    "Investment Guidelines. (Motion to accept made by Ms. Jukoski, seconded by Atty. "
                                    "Griffin.)"]))
    assert [(m.moved_by, m.seconded_by) for m in found] == [("Jukoski", "Sayet"), ("Jukoski", "Griffin")]


def test_a_decision_proposed_and_seconded_in_the_passive_as_british_minutes_write_it() -> None:
    m = one(("Reports", ["Acceptance of the 2015 Report was proposed by Gladys Bain and seconded by Maureen "
                         "McMillan."]))
    assert (m.moved_by, m.seconded_by) == ("Gladys Bain", "Maureen McMillan")
    assert m.text.endswith("Acceptance of the 2015 Report")


def test_a_numbered_motion_moved_by_a_councillor_then_carried_on_its_own_line() -> None:
    m = one(("Agenda", ["Motion 183/2024 Moved by Councillor Hansen, “THAT the amended agenda of the regular meeting "
                        "of council be accepted.”", "Carried"]))
    assert (m.moved_by, m.outcome) == ("Hansen", "carried")
    assert m.text.startswith("THAT the amended agenda")


def test_a_tally_with_slashes_after_the_outcome_but_not_a_date() -> None:
    assert vote_counts("Passed 5/0.") == {"for": 5, "against": 0}
    assert vote_counts("Carried 3/1/1") == {"for": 3, "against": 1, "abstain": 1}
    assert vote_counts("The minutes were approved 6/12/19.") == {}


@pytest.mark.parametrize("texts, text", [
    (["Approval of warrants. Moved: Jones Seconded: Smith Carried unanimously."], "Approval of warrants"),
    (["Jones/Smith moved to approve the warrants. Carried."], "to approve the warrants"),
    (["It was M/S/C (Jones/Smith) to approve the warrants."], "to approve the warrants"),
])
def test_mover_and_seconder_records_take_the_words_they_move(texts: list[str], text: str) -> None:
    m = one(("4. Warrants", texts))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == (text, "Jones", "Smith", "carried")


def test_a_lettered_motion_under_its_item_and_double_surnames() -> None:
    """Regression (a village board's minutes, rs7): "a) Motion made by ..." joined to its item's heading
    ("3) Minutes a) Motion made by ...") was not read; "VanDeinse-Perez" was parted as OCR's run-together words."""
    m = one(("3) Minutes", ["3) Minutes a) Motion made by Trustee VanDeinse-Perez, seconded by Trustee Price-Bush "
                            "that the minutes of the 10/14/25 meeting be approved. Motion carried."]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == (
        "that the minutes of the 10/14/25 meeting be approved", "VanDeinse-Perez", "Price-Bush", "carried")
    m = one(("Minutes", ["Moved by SmithJones, seconded by MacLeod, that the minutes be approved. Carried."]))
    assert (m.moved_by, m.seconded_by) == ("Smith Jones", "MacLeod")


def test_an_alternate_members_post_is_no_part_of_the_name() -> None:
    """Regression (a fire district's minutes, rs7): "MOTION by Alternate Hunsaker" moved by "Alternate Hunsaker"."""
    m = one(("Minutes", ["MOTION by Alternate Hunsaker, seconded by Alternate Ballard to approve the minutes as "
                         "presented. MOTION CARRIED."]))
    assert (m.moved_by, m.seconded_by, m.outcome) == ("Hunsaker", "Ballard", "carried")


def test_a_motion_after_its_items_name_with_its_words_in_quotes() -> None:
    """Regression (a park's friends' AGM, rs8): "1. Agenda: Moved by X, seconded by Y “that ...” Carried." was
    no motion of X's: the item's name ran in before "Moved", and a quote opened its words."""
    m = one(("1. Agenda", ["1. Agenda: Moved by Doug, seconded by Steve “that the Agenda be adopted.” Carried."]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == ("that the Agenda be adopted", "Doug", "Steve",
                                                              "carried")


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("2 abstentions 10 votes pour", {"for": 10, "abstain": 2}),
        ("2 votes contre 1 abstention 9 votes pour", {"for": 9, "against": 2, "abstain": 1}),
        ("4 votes contre 8 votes pour", {"for": 8, "against": 4}),
        ("12 votes pour", {"for": 12}),
        ("Pour : 10, Contre : 2, Abstention : 1", {"for": 10, "against": 2, "abstain": 1}),
        ("adoptée par 15 voix contre 2", {"for": 15, "against": 2}),
    ],
)
def test_counts_written_before_their_words_in_any_order(text: str, counts: dict[str, int]) -> None:
    """Regression (a French village council, rs8): "2 abstentions 10 votes pour" read as 10 abstaining (the word,
    then the next count), and "2 votes contre 1 abstention" as 2 for and 1 against ("N votes contre M")."""
    assert vote_counts(text) == counts


def test_a_decision_then_who_proposed_and_seconded_it() -> None:
    """Regression (a Scottish community council, rs8): "The Minutes ... were approved. Proposed by PP and seconded by
    CC." gave a motion of the item's heading with no outcome; the decision is the sentence, moved as the next says."""
    m = one(("4. Approval of Previous Minutes", ["The Minutes of the Meeting held on 2 April 2019 were approved. "
                                                 "Proposed by PP and seconded by CC."]))
    assert (m.text, m.moved_by, m.seconded_by, m.outcome) == (
        "The Minutes of the Meeting held on 2 April 2019 were approved", "PP", "CC", "carried")


def test_a_motion_after_an_election_is_decided_by_its_vote() -> None:
    """Regression (a cottagers' association AGM, rs9): after "Richard moved to elect ...", the next motion ("Richard
    moved that we adjourn ...") was taken for part of the election, and its vote ("Vote by Poll Unanimous") left it
    undecided."""
    found = motions_of(("AGM", ["Richard moved to elect.",
                                "Laurie Kerr, Donna Luger as directors until successors are elected.",
                                "Seconded by Ann Stoner", "Vote by Poll Unanimous",
                                "Richard moved that we adjourn the 2020 Annual General Meeting.",
                                "Seconded by Joe Mulcahy", "Vote by Poll Unanimous"]))
    assert [(m.text, m.outcome) for m in found][-1] == ("that we adjourn the 2020 Annual General Meeting", "carried")


def test_a_decision_in_a_few_words_after_the_list_of_those_present() -> None:
    """Regression (a land trust's board, rs10): "December minutes approved unanimously, with Alison abstaining."
    under "In Attendance: ..." was given the attendance list for its text, and counted no abstention."""
    m = one(("", ["In Attendance: Jessica, Alison, Judy, Jeff",
                  "December minutes approved unanimously, with Alison abstaining."]))
    assert (m.text, m.outcome, m.votes_abstain) == ("December minutes approved unanimously", "carried", 1)
    assert vote_counts("approved, with Jo Smith and Sam abstaining") == {"abstain": 2}


@pytest.mark.parametrize("texts", [
    ["Pertanto", "SI DELIBERA", "di trasferire giorno 6 dicembre 2016 la sede legale in Piazza Castello."],
    ["Pertanto", "SI DELIBERA.", "Di trasferire giorno 6 dicembre 2016 la sede legale in Piazza Castello."],
])
def test_a_decisions_word_alone_then_what_was_decided(texts: list[str]) -> None:
    """Regression (an Italian association's board, rs10): "SI DELIBERA" set alone (in capitals, centred), the
    decision ("di trasferire ...") in the paragraph under it, was no decision."""
    m = one(("Verbale", texts))
    assert "trasferire giorno 6 dicembre 2016 la sede legale" in m.text and m.outcome == "carried"


def test_a_record_blocks_seconder_ends_before_the_motion_carried_line_under_it() -> None:
    """Regression (a library board's minutes): "SECONDED BY: R. Cinelli" over "MOTION CARRIED." gave the seconder
    "R. Cinelli MOTION"."""
    m = one(("3.2 Adoption of the Agenda", ["MOTION: THAT the agenda be adopted as presented.\n"
                                            "MOVED BY: U. Di Federico\n"
                                            "SECONDED BY: R. Cinelli\nMOTION CARRIED."]))
    assert (m.moved_by, m.seconded_by, m.outcome) == ("U. Di Federico", "R. Cinelli", "carried")


def test_a_mover_and_seconder_marked_in_brackets_after_what_was_done():
    """Regression (a Chicago commission's minutes, a bullet list): "2017/18 Financials approved – B. Munro (motion),
    C. Dallas (second)" was no motion."""
    line = "2017/18 Financials approved – B. Munro (motion), C. Dallas (second)"
    found = motions_of(("Perfunctory Business", [line]))
    assert [(m.text, m.moved_by, m.seconded_by, m.outcome) for m in found] == [
        ("Perfunctory Business: 2017/18 Financials approved", "B. Munro", "C. Dallas", "carried")]


def test_a_tally_in_brackets_leaves_no_empty_brackets_in_the_text():
    """Regression (an Italian verbale): "... viene approvato con 9 voti favorevoli (e nessuno contrario)." gave the
    text "Il rendiconto annuale viene approvato ( )"."""
    found = motions_of(("Rendiconto", ["Il rendiconto annuale viene approvato con 9 voti favorevoli "
                                       "(e nessuno contrario)."]))
    assert [(m.text, m.votes_for, m.votes_against) for m in found] == [
        ("Il rendiconto annuale viene approvato", 9, 0)]
