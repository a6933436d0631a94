"""Notes kept as turns of speech ("Eva:" and what she said): the labels speak, and a turn ending in a
question with the next person's (or the room's) turn is a question and its answer. Constructed text only."""

from __future__ import annotations

from pipeline.annotate.people import find_people
from pipeline.annotate.qa import find_qa_pairs
from pipeline.pdf.extract import Line
from pipeline.structure import Block, SectionDraft, Structure


def _located(*texts: str):
    """One section of one-line blocks ("- " opens a list item); the layout rules are not under test."""
    blocks = [Block([Line(text=t.removeprefix("- "), x0=72.0, x1=500.0, top=100.0 + 14 * i, bottom=110.0 + 14 * i,
                          size=11.0, bold=False, italic=False, page=1)], is_item=t.startswith("- "))
              for i, t in enumerate(texts)]
    section = SectionDraft(section_no=1, heading="2. Finanzen", level=1, kind="heading", page_first=1, blocks=blocks)
    return section, [(section, b) for b in blocks]


_NOTES = ("Versammlungsleiterin: Madeleine Salzmann",
          "Sophie:", "- warum wird investiert in Sachen, die wir nicht kannten", "- Jutebeutel, Lichtkram?",
          "Mad:", "- ja, besonders Licht war anders geplant",
          "Es wird festgehalten: Über Sonderausgaben wird zusammen entschieden. Gesine: Wie ist das mit den Heften?",
          "Adrian", "- vielleicht nur so viele Einnahmen wegen Licht",
          "Ja: 19 Nein: 0 Enthalten: 3",
          "Lea: Müsste der Beitrag neu berechnet werden? Adrian zeigt die Termine.",
          "Plenum: die Stimmung ist positiv dafür.")


def test_turn_labels_speak_as_written_and_short_forms_are_the_person_already_named():
    section, located = _located(*_NOTES)
    structure = Structure(title=None, title_blocks=[], front=[], sections=[section], body_size=11.0)
    names = {p.name for p in find_people(located, structure).people}
    assert names == {"Madeleine Salzmann", "Sophie", "Gesine", "Adrian", "Lea"}  # "Mad" is Madeleine; no "Ja"


def test_a_turn_ending_in_a_question_is_answered_by_the_next_turn_or_the_room():
    _, located = _located(*_NOTES)
    pairs = {p.question: p.answer for p in find_qa_pairs(located)}
    assert pairs == {
        "Sophie: warum wird investiert in Sachen, die wir nicht kannten Jutebeutel, Lichtkram?":
            "Mad: ja, besonders Licht war anders geplant",
        "Gesine: Wie ist das mit den Heften?": "Adrian: vielleicht nur so viele Einnahmen wegen Licht",
        "Lea: Müsste der Beitrag neu berechnet werden?": "Plenum: die Stimmung ist positiv dafür.",
    }


def test_a_question_mark_of_doubt_or_a_turn_not_asking_makes_no_pair():
    _, located = _located("Adrian:", "- Mons (?) singt jetzt wieder im Chor", "Gesine:", "- Topografie wäre wichtig",
                          "Eva: Transparenz ist wichtig.", "Mareike: ist jetzt vorbei.")
    assert find_qa_pairs(located) == []


def test_a_label_is_not_merged_into_a_run_of_first_names_read_from_a_list():
    section, located = _located("Stimmberechtigte Mitglieder: Tina Marco Eva", "Tina: bei den Veranstaltungen gab es "
                                "immer eine Box.", "Marco: das stimmt, wir haben das so gemacht.")
    structure = Structure(title=None, title_blocks=[], front=[], sections=[section], body_size=11.0)
    names = {p.name for p in find_people(located, structure).people}
    assert "Tina Marco Eva" not in names and {"Tina", "Marco"} <= names


def test_a_label_listed_among_first_names_is_a_name():
    section, located = _located("Adrian, Tina, Yonna, Lea, Sophie L.", "Yonna: Sponsoring betrifft uns alle, "
                                "jeder hilft mit.", "Vorschlag: wir behalten den Beitrag so bei, wie er ist.")
    structure = Structure(title=None, title_blocks=[], front=[], sections=[section], body_size=11.0)
    assert {p.name for p in find_people(located, structure).people} == {"Yonna"}
