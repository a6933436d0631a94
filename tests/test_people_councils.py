"""Speakers of council and committee minutes: an attendance list under a label alone on its line, names written
with bare initials ("Cllr A Smith", "Mr D Jones"), a group's post before its people in brackets, and items given by
people named after a heading's colon. Constructed text only."""

from __future__ import annotations

from pipeline.annotate.motions import find_motions
from pipeline.annotate.movers import add_movers
from pipeline.annotate.people import find_people
from pipeline.pdf.extract import Line
from pipeline.structure import Block, SectionDraft, Structure


def _block(lines: list[str], top: float = 100.0) -> Block:
    return Block([Line(text=t, x0=72.0, x1=500.0, top=top + 14 * i, bottom=top + 10 + 14 * i, size=11.0,
                       bold=False, italic=False, page=1) for i, t in enumerate(lines)])


def _people(sections: list[tuple[str, list[list[str]]]]) -> dict[str, tuple[str | None, str | None]]:
    """name -> (role, organisation) of the speakers of sections given as (heading, blocks of lines)."""
    drafts = [SectionDraft(section_no=k + 1, heading=heading, level=1, kind="heading", page_first=1,
                           blocks=[_block(lines, 100.0 + 200 * j) for j, lines in enumerate(blocks)])
              for k, (heading, blocks) in enumerate(sections)]
    structure = Structure(title=None, title_blocks=[], front=[], sections=drafts, body_size=11.0)
    located = [(section, block) for section in drafts for block in section.blocks]
    return {p.name: (p.role, p.organization) for p in find_people(located, structure).people}


def test_a_label_alone_on_its_line_heads_the_list_under_it_with_initialled_names():
    got = _people([("Minutes of the meeting", [[
        "Present",
        "Councillors K Whitfield (Chair), T Ormsby and L Pratt",
        "Clerk M Hargreaves, B Lowther Northdale County Council",
    ]]), ("4. Public Participation", [["B Lowther reported that the lanes had not been gritted."]])])
    assert got["K Whitfield"] == ("Chair", None)  # the chair and the clerk keep the meeting and its minutes
    assert got["M Hargreaves"] == ("Clerk", None)
    assert got["B Lowther"] == (None, "Northdale County Council")
    assert "T Ormsby" not in got and "L Pratt" not in got  # listed, but they say nothing


def test_a_bare_initial_after_an_honorific_is_part_of_the_name():
    got = _people([("7. Public Participation", [["Mr G Treadwell reported blocked drains on the fell road."]])])
    assert got == {"G Treadwell": (None, None)}


def test_a_groups_people_in_brackets_take_its_post_and_give_the_items_named_after_a_colon():
    got = _people([("Attendance:", [[
        "Executive (Oscar Pellew, Mina Ko & Ruth Sandoval)",
        "Administrators (Paul Verdier and Ana Castellanos)",
    ]]), ("3. Administrative Report: Paul & Ana", [["The garden programme goes on in spring."]]),
        ("4. Finance: Budget & Accounts", [["The accounts were circulated."]]),
        ("5. Committee reports: Mina", [["The spring concert is on June 4th."]])])
    assert got == {"Paul Verdier": ("Administrator", None), "Ana Castellanos": ("Administrator", None),
                   "Mina Ko": ("Executive", None)}


def test_a_persons_own_post_replaces_the_post_of_the_group_they_are_listed_in():
    got = _people([("Attendance:", [[
        "Executive (Oscar Pellew, Mina Ko & Ruth Sandoval)",
        "Administrators (Paul Verdier and Ana Castellanos)",
    ]]), ("4. Principal's Report: Paul Verdier", [["The garden programme goes on in spring."]]),
        ("5. Treasurer Report: Mina Ko", [["The accounts were circulated."]])])
    assert got["Paul Verdier"] == ("Principal", None)
    assert got["Mina Ko"] == ("Treasurer", None)


def test_a_bracketed_post_broken_over_two_lines_does_not_end_the_list():
    got = _people([("Minutes", [[
        "Present: Rhona Gilchrist (Chair), Ewan Baird (joint",
        "P3 rep), Morag Lennox (P5 rep), Iain Souter",
    ]]), ("2. Reps", [["Morag Lennox said the P5 trip is booked. Ewan Baird asked about the rota."]])])
    assert got["Morag Lennox"] == ("P5 rep", None)
    assert got["Ewan Baird"] == ("joint P3 rep", None)


def test_a_negated_noun_or_a_reflexive_pronoun_opening_a_sentence_is_no_speaker():
    got = _people([("Reports", [["Sheriff Report- No Sheriff's Report was made."],
                                ["Se présente également cette année : Ana Lima."]])])
    assert "No Sheriff" not in got and "Se" not in got


def test_a_post_before_a_surname_that_acts_is_the_persons_post():
    got = _people([("Reports", [["Assessor Binz indicated he had been talking with software vendors."]])])
    assert got.get("Binz") == ("Assessor", None)


def test_whoever_submits_the_minutes_is_their_writer_with_the_post_the_signature_ends_with():
    got = _people([("Adjournment", [["Trustee Hulke moved to adjourn, seconded by Trustee Myers."],
                                     ["Respectfully submitted,", "Plato Township Clerk", "Ron Straub"]])])
    assert got.get("Ron Straub") == ("Clerk", None)
    got = _people([("Adjournment", [["Approved:", "Respectfully submitted,", "Approved:", "General Counsel"]])])
    assert not got


def test_a_name_set_as_a_heading_takes_the_last_post_of_the_signature_line_under_it():
    got = _people([("Protokoll", [["Herr Stefan Hoth schlägt einen Mitgliedsbeitrag vor."]]),
                   ("Stefan Hoth", [["Vorstandsvorsitzende/r Protokollführer"]])])
    assert got.get("Stefan Hoth") == ("Protokollführer", None)


def test_a_report_named_by_a_post_is_given_by_the_one_person_the_roll_call_lists_under_it():
    got = _people([("Minutes", [["Roll Call: Supervisor Glasscock, Trustees Pfeiffer and Hamill present. "
                                 "Clerk Fisher absent."],
                                ["Supervisor’s report: Anderson CPA approved and the agreement signed."],
                                ["Clerk report; absent, nothing forwarded."],
                                ["Trustee report: the website had 1056 hits."],
                                ["Hamill requested funds for a new clock."]])])
    assert got.get("Glasscock") == ("Supervisor", None) and got.get("Hamill") == ("Trustee", None)
    assert "Fisher" not in got and "Pfeiffer" not in got  # no report given; two trustees: which one is unknown


def test_a_signatures_post_of_the_body_whose_minutes_these_are_is_the_post_alone():
    drafts = [SectionDraft(section_no=1, heading="Questions diverses", level=1, kind="heading", page_first=1,
                           blocks=[_block(["Présents : Ana Lima, David Roux"], 40.0),
                                   _block(["David Roux présente le bilan financier."]),
                                   _block(["Ana Lima David Roux", "Présidente de Zeste de Savoir Secrétaire de Zeste "
                                           "de Savoir"], 300.0)])]
    structure = Structure(title=None, title_blocks=[_block(["Association Zeste de Savoir"], 20.0)], front=[],
                          sections=drafts, body_size=11.0)
    located = [(drafts[0], block) for block in drafts[0].blocks]
    people = {p.name: p.role for p in find_people(located, structure).people}
    assert people.get("David Roux") == "Secrétaire"


def test_movers_named_by_initials_that_a_name_in_the_attendance_block_gives() -> None:
    """A parish council's two-column attendance block read as headings ("John Hoodless (JH) Diana Stevens", the public
    beside the councillors): "proposed by JH and seconded by NO" are John Hoodless and Nick Oakhill; a body with its
    acronym ("Consejo Ciudadano (CC)") is no person."""
    drafts = [SectionDraft(section_no=k + 1, heading=heading, level=1, kind="heading", page_first=1,
                           blocks=[_block(lines)] if lines else [])
              for k, (heading, lines) in enumerate([
                  ("Present: Members of the Public", ["Nick Oakhill (NO) CHAIR"]),
                  ("John Hoodless (JH) Diana Stevens Alan Smith (AS)", []),
                  ("06.19.03 To receive the minutes", [
                      "The minutes of the Planning meeting held on 25th April 2019 were checked for accuracy, "
                      "proposed by JH and seconded by NO and agreed as a true record."]),
                  ("06.19.04 Grants", ["The Consejo Ciudadano (CC) wrote to the council."])])]
    structure = Structure(title=None, title_blocks=[], front=[], sections=drafts, body_size=11.0)
    located = [(section, block) for section in drafts for block in section.blocks]
    index = find_people(located, structure)
    motions = find_motions(structure)
    add_movers(index, motions)
    assert [(m.moved_by, m.seconded_by) for m in motions] == [("John Hoodless", "Nick Oakhill")]
    assert {"John Hoodless", "Nick Oakhill"} <= {p.name for p in index.people}
    assert not any("Consejo" in p.name for p in index.people)


def test_initialled_names_listed_with_commas_are_no_posts_of_each_other():
    """ "M. Jukoski, K. Kriss, B. Sayet": after a name's comma, the list's next name, not the name's post."""
    got = _people([("Minutes", [["Present: T. Griffin, A. Grant, M. Jukoski, K. Kriss, B. Sayet, C. Seeman"],
                                ["Ms. Jukoski reported on the budget. Mr. Seeman spoke about the investments."]])])
    assert got["M. Jukoski"] == (None, None)
    assert got["C. Seeman"] == (None, None)
