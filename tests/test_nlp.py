"""The spaCy pipeline's shortcuts give what the full pipeline gives."""

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
