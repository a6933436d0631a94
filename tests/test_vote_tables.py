"""Vote tables and statute changes: their counts are the motion's, never feedback (constructed input)."""

from __future__ import annotations

from pipeline.annotate import annotate
from pipeline.annotate.motions import find_motions
from pipeline.annotate.vote_tables import add_table_votes
from pipeline.annotate.votes import vote_columns, vote_counts, vote_rows
from pipeline.pdf.extract import Cell, Line
from pipeline.structure import Block, SectionDraft, Structure


def _block(text: str, top: float, cell: Cell | None = None) -> Block:
    return Block([Line(text=text, x0=72.0, x1=500.0, top=top, bottom=top + 10, size=11.0, bold=False, italic=False,
                       page=1, cell=cell)])


def _structure(heading: str, rows: list[str | tuple[str, Cell]], headers: dict[int, list[str]] | None = None
               ) -> Structure:
    blocks = [_block(r, 100.0 + 14 * i) if isinstance(r, str) else _block(r[0], 100.0 + 14 * i, r[1])
              for i, r in enumerate(rows)]
    section = SectionDraft(section_no=1, heading=heading, level=1, kind="heading", page_first=1, blocks=blocks)
    return Structure(title=None, title_blocks=[], front=[], sections=[section], body_size=11.0,
                     table_headers=headers or {}, data_tables=set(headers or {}))


def _row(table: int, row: int, *cells: str) -> list[tuple[str, Cell]]:
    return [(text, Cell(table, row, column)) for column, text in enumerate(cells)]


def test_vote_columns_need_an_abstention_or_both_sides() -> None:
    assert vote_columns(["Ja", "Nein", "Enthaltung", "Summe"]) == {0: "for", 1: "against", 2: "abstain", 3: "total"}
    assert vote_columns(["Kandidat/in", "Dafür", "Dagegen"]) == {1: "for", 2: "against"}
    assert vote_columns(["Pour", "Contre", "Abstention"]) == {0: "for", 1: "against", 2: "abstain"}
    assert vote_columns(["Question", "Yes", "No"]) == {}  # a poll's answers: feedback


def test_a_tally_in_words_of_a_defeated_motion_names_the_winners_first() -> None:
    """Regression (a student group's general meeting, rs21): "mit 4 zu 2 Stimmen abgelehnt" gave 4 for and 2 against;
    "Jastimmen" written in one word was no count. A board's tally in brackets keeps its order."""
    assert vote_counts("Die Benutzung von Social Media wurde mit 4 zu 2 Stimmen abgelehnt.") == {"for": 2, "against": 4}
    assert vote_counts("RESULT: FAILED [4-2-1-1]") == {"for": 4, "against": 2, "abstain": 1}
    assert vote_counts("Es gab 5 Jastimmen und 3 Enthaltungen.") == {"for": 5, "abstain": 3}


def test_german_number_words_count() -> None:
    assert vote_counts("mit achtzehn Ja-Stimmen bei einer Enthaltung") == {"for": 18, "abstain": 1}
    assert vote_counts("par quinze voix pour et une abstention") == {"for": 15, "abstain": 1}


def test_vote_table_after_a_paragraph_change_counts_it_and_is_no_feedback() -> None:
    rows = ["Es soll eingefügt werden:", "„Die Aufgaben sind der Geschäftsordnung zu entnehmen.“",
            "Nach kurzer Aussprache wurde per Handzeichen wie folgt abgestimmt:", "Ergänzung §8 Abs. 5",
            *_row(1, 1, "30", "0", "2", "32"),
            "Aufgrund der Abstimmungsergebnisse wurden die vorgeschlagenen Satzungsänderungen angenommen."]
    structure = _structure("Ergänzung §8 Abs. 5", rows, {1: ["Ja", "Nein", "Enthaltung", "Summe"]})
    found = annotate(structure)
    assert found.feedback == []
    changed = [m for m in found.motions if "Aufgaben" in m.text]
    assert len(changed) == 1
    m = changed[0]
    assert m.text.startswith("Ergänzung §8 Abs. 5 Es soll eingefügt werden")
    assert (m.outcome, m.votes_for, m.votes_against, m.votes_abstain) == ("carried", 30, 0, 2)


def test_unlabelled_vote_table_gives_its_counts_to_the_decision_after_it() -> None:
    rows = ["Abstimmungsergebnis:", *_row(1, 1, "23", "1", "3", "27"),
            "Hiermit wurde der Vorstand durch die Mitgliederversammlung entlastet."]
    structure = _structure("2. Entlastung", rows, {1: ["Ja", "Nein", "Enthaltung", "Summe"]})
    m = add_table_votes(structure, find_motions(structure))[-1]
    assert (m.outcome, m.votes_for, m.votes_against, m.votes_abstain) == ("carried", 23, 1, 3)


def test_counts_that_do_not_add_up_are_not_read() -> None:
    rows = ["Abstimmungsergebnis:", *_row(1, 1, "23", "1", "3", "99"),
            "Hiermit wurde der Vorstand durch die Mitgliederversammlung entlastet."]
    structure = _structure("2. Entlastung", rows, {1: ["Ja", "Nein", "Enthaltung", "Summe"]})
    assert add_table_votes(structure, find_motions(structure))[-1].votes_for is None


def test_candidates_of_a_vote_table_are_no_motions() -> None:
    rows = [*_row(1, 1, "Frau Anna Beispiel", "14", "0", "0", "14")]
    structure = _structure("3. Vorstandswahl", rows, {1: ["Kandidat/in", "Dafür", "Dagegen", "Stimmenthaltung",
                                                           "Summe"]})
    found = annotate(structure)
    assert found.motions == [] and found.feedback == []


def test_changes_set_out_from_to_are_motions_decided_after_them() -> None:
    rows = ["Es soll der Wortlaut in folgenden Paragraphen geändert werden:",
            "§7 Absatz 2 von: „zweimal im Jahr“ zu: „einmal im Jahr“",
            "§8 Absatz 5", "von: „ein halbes Jahr“ zu: „ein Jahr“",
            "Die vorgeschlagenen Satzungsänderungen wurden angenommen."]
    found = add_table_votes(_structure("2. Satzung", rows), [])
    assert {m.text: m.outcome for m in found} == {
        "§7 Absatz 2 von: „zweimal im Jahr“ zu: „einmal im Jahr“": "carried",
        "§8 Absatz 5 von: „ein halbes Jahr“ zu: „ein Jahr“": "carried"}


def test_decision_sentences_in_other_languages_of_the_same_form() -> None:
    def first(text: str):
        return find_motions(_structure("4. Sonstiges", [text]))
    assert [m.outcome for m in first("Abstimmung über eine offene Versammlung fällt positiv aus")] == ["carried"]
    done = first("Der Vorschlag wurde vorgetragen. Die Satzungsänderung wurde mit achtzehn Ja-Stimmen angenommen.")
    assert [(m.outcome, m.votes_for) for m in done] == [("carried", 18)]


def test_tallies_written_as_votes_to_votes_in_several_languages() -> None:
    assert vote_counts("carried by eighteen votes to two, with one abstention") == {"for": 18, "against": 2,
                                                                                  "abstain": 1}
    assert vote_counts("adoptée par 15 voix contre 2") == {"for": 15, "against": 2}
    assert vote_counts("mit 12 Stimmen gegen 3 angenommen") == {"for": 12, "against": 3}


def test_an_election_item_line_holds_its_sub_items_and_ends_at_the_next_item() -> None:
    rows = ["3. Vorstandswahl", "3.1 Kassenwart", "Herr Max Muster wurde einstimmig gewählt.", "4. Sonstiges",
            "Die Tagesordnung wurde einstimmig angenommen."]
    found = find_motions(_structure("Protokoll", rows))
    assert [m.text.endswith("Die Tagesordnung wurde einstimmig angenommen") for m in found] == [True]


def test_changes_set_out_from_to_in_english_french_spanish() -> None:
    cases = [["Article 7.2 from: \"twice a year\" to: \"once a year\"", "The proposed amendments were carried."],
             ["Article 7 alinéa 2 de : « deux fois par an » à : « une fois par an »",
              "Les modifications des statuts proposées sont adoptées."],
             ["Artículo 7 apartado 2 de: «dos veces al año» a: «una vez al año»", "La reforma fue aprobada."]]
    for rows in cases:
        found = add_table_votes(_structure("2. Statutes", rows), [])
        assert [(m.text, m.outcome) for m in found] == [(rows[0], "carried")]


def test_a_result_line_after_a_counted_table_row_is_not_a_second_motion() -> None:
    rows = ["Article 7.2: the Board shall meet once a year.", "Vote:", "Article 7.2", *_row(1, 1, "12", "3", "1", "16"),
            "The amendment was therefore carried."]
    found = annotate(_structure("2. Amendments", rows, {1: ["For", "Against", "Abstain", "Total"]}))
    assert [(m.text, m.outcome, m.votes_for, m.votes_against, m.votes_abstain) for m in found.motions] == [
        ("Article 7.2: the Board shall meet once a year.", "carried", 12, 3, 1)]
    assert found.feedback == []


def test_a_row_naming_what_was_voted_on_is_a_motion_and_a_row_of_an_election_is_not() -> None:
    rows = ["Die Mitgliederversammlung stimmte wie folgt ab:", *_row(1, 1, "Beitragserhöhung auf 20 Euro", "17", "2",
                                                                        "1", "20")]
    found = annotate(_structure("5. Beiträge", rows, {1: ["Antrag", "Ja", "Nein", "Enthaltung", "Summe"]}))
    assert [(m.text, m.outcome, m.votes_for, m.votes_against, m.votes_abstain) for m in found.motions] == [
        ("Beitragserhöhung auf 20 Euro", "carried", 17, 2, 1)]
    rows = ["Es wurden folgende Ergebnisse bekanntgegeben:", *_row(1, 1, "Anna Beispiel", "17", "2", "1", "20")]
    found = annotate(_structure("3. Wahl des Vorstands", rows, {1: ["", "Ja", "Nein", "Enthaltung", "Summe"]}))
    assert found.motions == [] and found.feedback == []


def test_old_and_new_wording_on_two_lines_are_one_change() -> None:
    rows = ["Änderung §4 Abs. 2", "Von „Sie haben gleiches Stimmrecht.“",
            "Zu ,,Aktive Mitglieder haben gleiches Stimmrecht.\"", "Die Satzungsänderung wurde einstimmig angenommen."]
    found = add_table_votes(_structure("4. Satzung", rows), [])
    assert [(m.text, m.outcome) for m in found] == [(" ".join(rows[:3]), "carried")]


def test_a_table_of_motions_gives_each_row_its_mover_seconder_and_outcome() -> None:
    """"Motion Text | Moved by | Seconded by | Status", its header read as the table's first row: a motion per row;
    a cell that names no one ("Not recorded") is no mover, a motion that lapsed was defeated."""
    rows = [*_row(1, 1, "Motion Text", "Moved by", "Seconded by", "Status"),
            *_row(1, 2, "To confirm the minutes of the previous annual general meeting", "Beau Scott", "Ben Connor",
                  "Accepted"),
            *_row(1, 3, "Set the number of committee members to 10", "Not recorded", "Not recorded", "Accepted"),
            *_row(1, 4, "Vote to appoint an auditor", "Fletcher Boyd", "None", "Lapsed")]
    found = annotate(_structure("Motions", rows))
    assert [(m.text, m.moved_by, m.seconded_by, m.outcome) for m in found.motions] == [
        ("To confirm the minutes of the previous annual general meeting", "Beau Scott", "Ben Connor", "carried"),
        ("Set the number of committee members to 10", None, None, "carried"),
        ("Vote to appoint an auditor", "Fletcher Boyd", None, "defeated")]
    assert {"Beau Scott", "Ben Connor", "Fletcher Boyd"} <= {s.name for s in found.speakers}


def test_a_table_of_motions_is_no_agenda() -> None:
    """Its first column is the motions' words, not items: no heading comes of them."""
    from pipeline.structure.tables import _motion_tables

    blocks = [_block(text, 100.0 + 14 * i, cell) for i, (text, cell) in enumerate(
        [*_row(2, 1, "Motion", "Proposed by", "Result"), *_row(2, 2, "Adopt the budget", "Ann Lee", "Carried")])]
    assert _motion_tables(blocks, _layout_without_headers()) == {2}
    assert _motion_tables(blocks[3:], _layout_without_headers()) == set()  # rows of words without such a header


def _layout_without_headers():
    from pipeline.pdf.extract import Layout

    return Layout(lines=[], page_count=1)


def test_a_vote_set_out_down_a_table_counts_the_proposal_before_it_and_is_no_feedback() -> None:
    """Regression (a Swiss rescue corps' general meeting, rs20): each vote was a table of a row per side ("Ja | 74",
    "Nein |", "Enthaltungen | -"); its rows were read as feedback, and no motion had counts."""
    rows = ["Die Zählung wurde durch die GPK durchgeführt. Diese stellt den Antrag, das Protokoll zu genehmigen.",
            *_row(1, 1, "Ja", "74"), *_row(1, 2, "Nein"), *_row(1, 3, "Enthaltungen", "-"),
            "Das Protokoll wird einstimmig genehmigt."]
    found = annotate(_structure("3 Protokoll der Hauptversammlung", rows, {1: []}))
    assert found.feedback == []
    assert [(m.text, m.outcome, m.votes_for, m.votes_against, m.votes_abstain) for m in found.motions] == [
        ("Diese stellt den Antrag, das Protokoll zu genehmigen.", "carried", 74, 0, 0)]


def test_a_vote_down_a_table_under_an_item_and_its_list_decides_the_item() -> None:
    rows = ["Timothy Giger, Roberto Licci, Patrick Metzger", *_row(1, 1, "Ja", "73"), *_row(1, 2, "Nein", "-"),
            *_row(1, 3, "Enthaltungen", "1")]
    motions = annotate(_structure("9 Aufnahme Neumitglieder", rows, {1: []})).motions
    assert [(m.text, m.votes_for, m.votes_abstain) for m in motions] == [
        ("Aufnahme Neumitglieder: Timothy Giger, Roberto Licci, Patrick Metzger", 73, 1)]


def test_vote_rows_need_a_side_in_every_row() -> None:
    assert vote_rows([["Pour", "12"], ["Contre", "3"], ["Abstention", "0"]]) == {"for": 12, "against": 3, "abstain": 0}
    assert vote_rows([["Ja", "12"], ["Nein", "3"]]) is None  # a poll's answers: feedback
    assert vote_rows([["Ja", "12"], ["Vielleicht", "3"], ["Enthaltung", "1"]]) is None
    assert vote_rows([["Members present", "12"], ["Apologies", "3"]]) is None
