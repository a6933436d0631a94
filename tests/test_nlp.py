"""The spaCy pipeline's shortcuts give what the full pipeline gives."""

import re

import pipeline.nlp as nlp_module
from pipeline.annotate.common import words_re, words_tree_re
from pipeline.nlp import PERSON_RULER, load_nlp, person_docs

TEXTS = [
    "Dr. Sok Chea, Director of the Provincial Health Department, opened the workshop.",
    "Participants asked about the budget for the next quarter.",
    "His Excellency Chan Dara thanked everyone; Ms Jane Smith answered.",
    "The meeting closed at 5 pm. Mr. Lee had sent his apologies.",
    "",
    "Lok Chumteav Mean Sophea presented the findings of the survey in Kratie.",
    "her report was read by the secretary",
]


def _entities(docs):
    return [[(ent.text, ent.label_, ent.start_char) for ent in doc.ents] for doc in docs]


def test_person_docs_finds_the_entities_of_the_full_pipeline():
    nlp = load_nlp()
    full = list(nlp.pipe(TEXTS))
    assert _entities(person_docs(nlp, TEXTS)) == _entities(full)
    assert any(ent.label_ == "PERSON" for doc in full for ent in doc.ents)  # the texts do hold people


def test_person_docs_runs_the_ruler_only_where_a_match_can_begin(monkeypatch):
    nlp = load_nlp()
    ruler = nlp.get_pipe(PERSON_RULER)
    seen: list[str] = []
    monkeypatch.setattr(type(ruler), "__call__", lambda self, doc: seen.append(doc.text) or doc)
    person_docs(nlp, TEXTS)
    assert TEXTS[1] not in seen and TEXTS[0] in seen and TEXTS[6] in seen


BARE_TEXTS = [
    "Sai Kishore introduced the speakers and Mark said little.",
    "Lloyd Chapman's talk covered the budget.",
    "Mark Littlewood, the National Co-ordinator, opened the meeting.",
    "Minutes: Jane Doe Smith: all agreed.",
    "The workshop was presented by Jane Doe Smith and closed early.",
    "Questions, from Ann Lee and others, followed.",
    "The budget was approved in full after a short discussion, with thanks to the treasurer.",
    "In French Polynesia noted the delegates, nothing was said.",
    "Florian O. begrüßt alle Anwesenden und eröffnet die Versammlung.",
]


def test_bare_names_skips_only_docs_where_no_kept_match_can_be(monkeypatch):
    nlp = load_nlp()
    matcher = nlp_module.load_bare_name_matcher(nlp)
    docs = person_docs(nlp, TEXTS + BARE_TEXTS)
    gated = [[(kind, span.text) for kind, span in nlp_module.bare_names(doc, matcher)] for doc in docs]
    assert not nlp_module._may_hold_bare_name(docs[len(TEXTS) + 6])  # the look does skip some blocks
    monkeypatch.setattr(nlp_module, "_may_hold_bare_name", lambda doc: True)
    full = [[(kind, span.text) for kind, span in nlp_module.bare_names(doc, matcher)] for doc in docs]
    assert gated == full
    assert {kind for found in full for kind, _ in found} == {"SPEAKS", "TALK", "APPOSITIVE", "LABELLED", "LEAD_IN"}


def test_words_tree_re_finds_what_words_re_finds():
    words = ["Institut", "Institute", "Institution", "Inc", "e.V.", "Comité", "Council"]
    tree = re.compile(rf"\b(?:{words_tree_re(words)})\b", re.I)
    flat = re.compile(rf"\b(?:{words_re(words)})\b", re.I)
    for text in ["Institute of X", "the institution", "Instit", "ACME Inc.", "Verein e.V. Berlin", "comité central",
                 "Councillor Smith", "INSTITUT", "Incorporated", "a council"]:
        assert bool(tree.search(text)) == bool(flat.search(text)), text
        if flat.search(text):
            assert tree.search(text).group() == flat.search(text).group(), text


def test_bare_names_before_a_speech_verb_with_a_particle_and_not_before_a_capitalised_verb():
    nlp = load_nlp()
    matcher = nlp_module.load_bare_name_matcher(nlp)
    texts = ["John de Beck reported on the tour.", "Scripps High School and Gateway; United States University."]
    found = [[(kind, span.text) for kind, span in nlp_module.bare_names(doc, matcher)]
             for doc in person_docs(nlp, texts)]
    assert found == [[("SPEAKS", "John de Beck")], []]


def test_a_given_name_and_the_surnames_initial_before_a_speech_verb_is_a_name():
    """A hackerspace's Protokoll, which keeps names short: "Florian O. begrüßt ...", "Jens T. fragt ..."; not
    "Appendix B. states" (no given name)."""
    nlp = load_nlp()
    matcher = nlp_module.load_bare_name_matcher(nlp)
    texts = ["Florian O. begrüßt alle Anwesenden.", "Jens T. fragt nach dem Budget.",
             "Appendix B. states the budget."]
    found = [[(kind, span.text) for kind, span in nlp_module.bare_names(doc, matcher)]
             for doc in person_docs(nlp, texts)]
    assert found == [[("SPEAKS", "Florian O.")], [("SPEAKS", "Jens T.")], []]


def test_an_items_heading_names_who_gives_its_report_after_by_in_several_languages():
    """ "5. Chairman's report by John Smith"; a Danish general meeting's "§5 Formandens beretning ved Niels Gustav
    Westphal Serup" (a name of four words)."""
    nlp = load_nlp()
    matcher = nlp_module.load_bare_name_matcher(nlp)
    texts = ["5. Chairman's report by John Smith", "§5 Formandens beretning ved Niels Gustav Westphal Serup"]
    found = [[(kind, span.text) for kind, span in nlp_module.bare_names(doc, matcher)]
             for doc in person_docs(nlp, texts)]
    assert found == [[("LEAD_IN", "John Smith")], [("LEAD_IN", "Niels Gustav Westphal Serup")]]
