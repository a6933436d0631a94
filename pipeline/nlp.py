"""The spaCy pipeline: a blank English model with rule components built from pipeline.rules.

No pretrained model is needed (none can be downloaded on the machines this runs on); a
model name may be given through MINUTES_SPACY_MODEL, and its own entities are then kept
alongside the rule-based PERSON mentions.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

import spacy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from pipeline.names import is_given_name
from pipeline.rules import (
    HONORIFICS,
    NAME_LEAD_IN_BY_WORDS,
    NAME_LEAD_IN_WORDS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    PLACE_PREPOSITIONS,
    SPEECH_VERBS,
    TALK_WORDS,
)

DEFAULT_MODEL = "blank:en"
# A capitalised name word, also "McGreggor", "MacLeod", "O'Neil", "Jean-Paul", "SawyerKnoll", "DeVos"
# (IS_TITLE refuses these).
NAME_TOKEN = {"TEXT": {"REGEX": r"^(?:Mc|Mac|O['’]|D['’])?[A-Z][a-zà-ÿ'’]+(?:[A-Z][a-zà-ÿ'’]{2,})?"
                                r"(?:-[A-Z][a-zà-ÿ'’]+)?$"}}
MAX_NAME_TOKENS = 4
PERSON_RULER = "person_ruler"


def honorific_patterns() -> list[list[dict]]:
    """Token patterns for the honorifics, with and without their dot ("Dr." / "Dr" / "H.E.").

    One-word honorifics share one pattern (a set of spellings): one pattern per honorific would
    make the matcher several times slower, and most honorifics are one word."""
    patterns = []
    single: set[str] = set()
    for honorific in HONORIFICS:
        words = honorific.replace(". ", ".").split()
        last = words[-1].rstrip(".").lower()
        if len(words) == 1:
            # "M." alone would match initials: a one-letter honorific needs its dot
            single.update([last + "."] if len(last) == 1 else [last, last + "."])
            continue
        tokens: list[dict] = [{"LOWER": word.lower()} for word in words[:-1]]
        if "." in last:  # "h.e" is one token with or without its final dot
            tokens.append({"LOWER": {"IN": [last, last + "."]}})
        else:
            tokens.append({"LOWER": {"IN": [last, last + "."]}})
            tokens.append({"ORTH": ".", "OP": "?"})
        patterns.append(tokens)
    patterns.append([{"LOWER": {"IN": sorted(single)}}, {"ORTH": ".", "OP": "?"}])
    return patterns


def person_patterns() -> list[dict]:
    """EntityRuler patterns: an honorific followed by one to four capitalised name words."""
    particle_name = [
        NAME_TOKEN,
        {"LOWER": {"IN": list(NAME_PARTICLES)}},
        dict(NAME_TOKEN, OP="{1,2}"),
    ]
    # "Maestro Arturo R Silva Ibarra", "Alan D. Bersin": an initial between the names
    initialled_name = [NAME_TOKEN, {"TEXT": {"REGEX": r"^[A-Z]\.?$"}}, dict(NAME_TOKEN, OP="{1,2}")]
    # "Maestra Gabriela Hermosillo De la Torre": particles after the first surname
    surname_particles = [dict(NAME_TOKEN, OP="{1,3}"), {"LOWER": {"IN": list(NAME_PARTICLES)}, "OP": "{1,2}"},
                         NAME_TOKEN]
    # "dhr. J. de Vries", "Mr J. Smith", "drs. H.J. Visser", "Mr D Bellsham": initials before the surname (after
    # an honorific a lone capital is an initial, with or without its dot)
    initials_first = [{"TEXT": {"REGEX": r"^(?:(?:[A-Z]\.){1,4}|[A-Z])$"}, "OP": "{1,3}"},
                      {"LOWER": {"IN": list(NAME_PARTICLES)}, "OP": "{0,2}"}, dict(NAME_TOKEN, OP="{1,2}")]
    # "Monsieur Denis JUVIN", "Mme Marie-Claire DUPONT-MOREL": the surname in capitals, as French minutes write it
    capitals_surname = [dict(NAME_TOKEN, OP="{1,2}"),
                        {"TEXT": {"REGEX": r"^[A-ZÀ-Þ][A-ZÀ-Þ'’-]+$"}, "LOWER": {"NOT_IN": sorted(NOT_NAME_WORDS)},
                         "OP": "{1,2}"}]
    out = []
    for honorific in honorific_patterns():
        out.append({"label": "PERSON", "pattern": honorific + capitals_surname})
        out.append({"label": "PERSON", "pattern": honorific + initials_first})
        out.append({"label": "PERSON", "pattern": honorific + [dict(NAME_TOKEN, OP=f"{{1,{MAX_NAME_TOKENS}}}")]})
        out.append({"label": "PERSON", "pattern": honorific + particle_name})
        out.append({"label": "PERSON", "pattern": honorific + initialled_name})
        out.append({"label": "PERSON", "pattern": honorific + surname_particles})
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
    ruler = nlp.add_pipe("entity_ruler", name=PERSON_RULER, config={"overwrite_ents": True})
    ruler.add_patterns(person_patterns())
    return nlp


def _match_starts(patterns: list[dict]) -> frozenset[str] | None:
    """The lower-case words every match of these EntityRuler patterns begins with; None when a
    pattern can begin otherwise (then any text may match)."""
    words: set[str] = set()
    for pattern in patterns:
        first = pattern["pattern"][0]
        lower = first.get("LOWER")
        if "OP" in first or lower is None:
            return None
        words.update(lower["IN"] if isinstance(lower, dict) else [lower])
    return frozenset(words)


_PERSON_STARTS = _match_starts(person_patterns())


def person_docs(nlp: Language, texts: list[str]) -> list[Doc]:
    """`nlp.pipe(texts)`, with the person ruler run only on the docs where a match can begin.

    The ruler's matcher costs about ten times the tokenizer, and most blocks of minutes hold no
    honorific: skipping it there gives the very same entities.
    """
    if _PERSON_STARTS is None or PERSON_RULER not in nlp.pipe_names or nlp.pipe_names[-1] != PERSON_RULER:
        return list(nlp.pipe(texts))
    ruler = nlp.get_pipe(PERSON_RULER)
    # Nothing reads the sentences of these docs (the ruler and the bare-name matcher look at tokens only),
    # and the sentencizer costs about as much as the tokenizer.
    unused = [PERSON_RULER] + [name for name in ("sentencizer",) if name in nlp.pipe_names]
    with nlp.select_pipes(disable=unused):
        docs = list(nlp.pipe(texts))
    starts = {nlp.vocab.strings[word] for word in _PERSON_STARTS}  # as hashes: no Token objects are made
    return [doc if starts.isdisjoint(doc.count_by(LOWER)) else ruler(doc) for doc in docs]


SURNAME_INITIAL = {"TEXT": {"REGEX": r"^[A-ZÀ-Þ]\.$"}}
# The words of a LEAD_IN match before its name ("report by", "beretning ved").
_LEAD_IN_SKIPPED = frozenset({*NAME_LEAD_IN_WORDS, *NAME_LEAD_IN_BY_WORDS, ","})
_SURNAME_INITIAL = re.compile(SURNAME_INITIAL["TEXT"]["REGEX"])


def bare_name_patterns() -> dict[str, list[list[dict]]]:
    """Names written without an honorific, recognised by what follows them: a speech verb
    ("Sai Kishore introduced"), a possessive talk ("Lloyd Chapman's talk"), or an appositive at
    the start of a paragraph ("Mark Littlewood, the National Co-ordinator ...")."""
    name_token = dict(NAME_TOKEN, LOWER={"NOT_IN": list(NOT_NAME_WORDS)})
    return {
        "SPEAKS": [[dict(name_token, OP="{1,3}"), {"LOWER": {"IN": list(SPEECH_VERBS)}}],
                   # "John de Beck reported": a particle between the given name and the surname
                   [dict(name_token, OP="{1,2}"), {"LOWER": {"IN": list(NAME_PARTICLES)}, "OP": "{1,2}"},
                    name_token, {"LOWER": {"IN": list(SPEECH_VERBS)}}],
                   # "Florian O. begrüßt": a given name and the surname's initial (minutes that keep names short)
                   [name_token, SURNAME_INITIAL, {"LOWER": {"IN": list(SPEECH_VERBS)}}]],
        "TALK": [[dict(name_token, OP="{2,3}"), {"ORTH": {"IN": ["'s", "’s"]}}, {"LOWER": {"IN": list(TALK_WORDS)}}]],
        "APPOSITIVE": [[dict(name_token, OP="{2,3}"), {"ORTH": ","}]],
        "LABELLED": [[dict(name_token, OP="{2,3}"), {"ORTH": ":"}]],
        "LEAD_IN": [[{"LOWER": {"IN": list(NAME_LEAD_IN_WORDS)}}, {"ORTH": ",", "OP": "?"},
                     {"LOWER": {"IN": list(NAME_LEAD_IN_BY_WORDS)}}, dict(name_token, OP="{2,4}")]],
    }


@lru_cache(maxsize=2)
def load_bare_name_matcher(nlp: Language) -> Matcher:
    """The Matcher for bare names, on the vocabulary of the pipeline that makes the docs."""
    matcher = Matcher(nlp.vocab)
    for key, patterns in bare_name_patterns().items():
        matcher.add(key, patterns, greedy="LONGEST")
    return matcher


_NAME_WORD = re.compile(NAME_TOKEN["TEXT"]["REGEX"])


@lru_cache(maxsize=1)
def _cue_hashes() -> dict[str, frozenset[int]]:
    """The lower-case words the bare-name patterns need, as the hashes spaCy keeps them by."""
    words = {"verb": SPEECH_VERBS, "talk": TALK_WORDS, "possessive": ("'s", "’s"), "lead_in": NAME_LEAD_IN_WORDS,
             "by": NAME_LEAD_IN_BY_WORDS, "punct": (",", ":")}
    return {kind: frozenset(hash_string(w) for w in ws) for kind, ws in words.items()}


def _may_hold_bare_name(doc: Doc) -> bool:
    """Whether `doc` holds what a match `bare_names` keeps needs: a speech verb after a capitalised word,
    "'s" before a talk word, a lead-in word before "by" or "from", or a comma or colon where an appositive
    or a label at the start of the paragraph ends. Most blocks have none, and this look costs a fraction
    of the matcher's (keep it in step with `bare_name_patterns`)."""
    cue = _cue_hashes()
    lowers = doc.to_array(LOWER).tolist()
    if not cue["punct"].isdisjoint(lowers[2:2 + 4]):  # two or three name words from token 0, 1 or 2
        return True
    for i, word in enumerate(lowers):
        before = doc[i - 2].text if i >= 2 and _SURNAME_INITIAL.match(doc[i - 1].text) else doc[i - 1].text if i else ""
        if word in cue["verb"] and i and _NAME_WORD.search(before) \
                or word in cue["talk"] and i >= 3 and lowers[i - 1] in cue["possessive"] \
                or word in cue["lead_in"] and not cue["by"].isdisjoint(lowers[i + 1:i + 3]):
            return True
    return False


def bare_names(doc: Doc, matcher: Matcher) -> list[tuple[str, Span]]:
    """(kind, name span) for names without an honorific, not overlapping a PERSON entity."""
    if not _may_hold_bare_name(doc):
        return []
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    found = []
    for match_id, start, end in matcher(doc):
        kind = doc.vocab.strings[match_id]
        if kind == "LEAD_IN":
            while doc[start].lower_ in _LEAD_IN_SKIPPED:
                start += 1
            span = doc[start:end]
        else:
            span = doc[start:end - (2 if kind == "TALK" else 1)]
        if kind in {"APPOSITIVE", "LABELLED"} and start > 2:
            continue  # only at the start of a paragraph (after its numbering)
        if len(span) == 1 and span.text.endswith("s"):
            continue  # "Users asked": a plural noun, not a name
        if kind == "SPEAKS" and doc[end - 1].text[:1].isupper():
            continue  # "Gateway; United States International University": a verb is not capitalised in a name
        if kind == "SPEAKS" and span.start > 0 and doc[span.start - 1].lower_ in PLACE_PREPOSITIONS:
            continue  # "modelling in French Polynesia noted": a place, not the one who spoke
        if any(i in taken for i in range(span.start, span.end)):
            continue
        if _SURNAME_INITIAL.match(span[-1].text) and not is_given_name(span[0].text):
            continue  # "Appendix B. states": a name given short opens with a given name
        found.append((kind, span))
    return found
