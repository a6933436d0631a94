"""The spaCy pipeline: a blank English model with rule components built from pipeline.rules.

No pretrained model is needed (none can be downloaded on the machines this runs on); a
model name may be given through MINUTES_SPACY_MODEL, and its own entities are then kept
alongside the rule-based PERSON mentions.
"""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

from pipeline.rules import HONORIFICS, NAME_PARTICLES

DEFAULT_MODEL = "blank:en"
MAX_NAME_TOKENS = 4


def honorific_patterns() -> list[list[dict]]:
    """Token patterns for each honorific, with and without its dot ("Dr." / "Dr" / "H.E.")."""
    patterns = []
    for honorific in HONORIFICS:
        words = honorific.replace(". ", ".").split()
        tokens: list[dict] = []
        for word in words[:-1]:
            tokens.append({"LOWER": word.lower()})
        last = words[-1].rstrip(".").lower()
        if "." in last:  # "h.e" is one token with or without its final dot
            tokens.append({"LOWER": {"IN": [last, last + "."]}})
        elif len(last) == 1:  # "M." alone would match initials: require the dot
            tokens.append({"LOWER": last + "."})
        else:
            tokens.append({"LOWER": {"IN": [last, last + "."]}})
            tokens.append({"ORTH": ".", "OP": "?"})
        patterns.append(tokens)
    return patterns


def person_patterns() -> list[dict]:
    """EntityRuler patterns: an honorific followed by one to four capitalised name words."""
    particle_name = [
        {"IS_TITLE": True},
        {"LOWER": {"IN": list(NAME_PARTICLES)}},
        {"IS_TITLE": True, "OP": "{1,2}"},
    ]
    out = []
    for honorific in honorific_patterns():
        out.append({"label": "PERSON", "pattern": honorific + [{"IS_TITLE": True, "OP": f"{{1,{MAX_NAME_TOKENS}}}"}]})
        out.append({"label": "PERSON", "pattern": honorific + particle_name})
    return out


@lru_cache(maxsize=2)
def load_nlp(model: str | None = None) -> Language:
    model = model or os.environ.get("MINUTES_SPACY_MODEL", DEFAULT_MODEL)
    if model.startswith("blank:"):
        nlp = spacy.blank(model.split(":", 1)[1])
    else:
        nlp = spacy.load(model, exclude=["lemmatizer"])
    if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", name="person_ruler", config={"overwrite_ents": True})
    ruler.add_patterns(person_patterns())
    return nlp
