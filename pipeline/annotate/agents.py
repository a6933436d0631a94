"""People named as the agent of a verb-final passive: "Der Finanzbericht wurde von der Finanzbeauftragten
Madeleine Salzmann vorgestellt", "Die Leitung der Vorstandswahl wurde durch Hannah Neumaier und Claudia
Schmidtke vorgenommen". They presented or led the item, so they take part; the post before the name is theirs."""

from __future__ import annotations

import re

from pipeline.annotate.common import words_re
from pipeline.annotate.posts import _HONORIFIC_WORDS, _compound_post, starts_with_post
from pipeline.annotate.roster import Roster
from pipeline.names import is_given_name
from pipeline.rules import NAME_ARTICLES, NOUN_DETERMINERS, PASSIVE_ACT_PARTICIPLES, PASSIVE_AGENT_WORDS, POST_MODIFIERS

# The agent word, then the clause up to its first stop.
_AGENT = re.compile(rf"\b(?:{words_re(PASSIVE_AGENT_WORDS)})\s+(?P<clause>[^.;:!?()]{{3,160}})", re.I)
_PARTICIPLE = re.compile(rf"\b(?:{words_re(PASSIVE_ACT_PARTICIPLES)})\b", re.I)
_JOINERS = re.compile(r"\s*(?:,|\b(?:und|and|en|et|y|e)\b)\s*")
_HONORIFIC = re.compile(rf"^(?:{_HONORIFIC_WORDS}|Herrn)\.?$")
_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][\w'’-]+$")
_SKIPPED = set(NOUN_DETERMINERS) | set(NAME_ARTICLES) | set(POST_MODIFIERS)


def _singular_post(word: str) -> str:
    """ "Finanzbeauftragten" (after "von der") -> "Finanzbeauftragte": the post as a role is written."""
    return word[:-1] if word.lower().endswith("en") and _compound_post(word[:-1]) else word


def _person(words: list[str], roster: Roster) -> tuple[str, str | None] | None:
    """(name, post) of one agent's words ("vorübergehenden Rechnungsprüferin Sophie Losch"), None unless they
    end in a name of two or three words that opens with a given name or is one of the roster's."""
    post_words = []
    while words and (words[0].lower() in _SKIPPED or _HONORIFIC.match(words[0])
                     or starts_with_post(words[0]) or _compound_post(_singular_post(words[0]))):
        if starts_with_post(words[0]) or _compound_post(_singular_post(words[0])):
            post_words.append(_singular_post(words[0]))
        words = words[1:]
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.match(w) for w in words):
        return None
    name = " ".join(words)
    if not (is_given_name(words[0]) or roster.resolve(name) is not None):
        return None
    return name, " ".join(post_words) or None


def passive_agents(text: str, roster: Roster) -> list[tuple[str, str | None]]:
    """(name, post) of each person `text` names as who did what a verb-final passive says was done."""
    found = []
    for match in _AGENT.finditer(text):
        clause = match.group("clause")
        participle = _PARTICIPLE.search(clause)
        if participle is None:
            continue
        agents = clause[:participle.start()].split()
        while agents and agents[-1][:1].islower() and agents[-1].lower() not in {"und", "and", "en", "et", "y", "e"}:
            agents.pop()  # "... Madeleine Salzmann erneut vorgestellt": adverbs before the participle
        if len(agents) > 12:
            continue
        for part in _JOINERS.split(" ".join(agents)):
            person = _person(part.split(), roster)
            if person is not None:
                found.append(person)
    return found
