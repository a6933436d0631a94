"""People named as who acted in word orders the bare-name matcher (pipeline.nlp) does not read: the agent of a
verb-final passive ("Der Finanzbericht wurde von der Finanzbeauftragten Madeleine Salzmann vorgestellt", "Die
Leitung der Vorstandswahl wurde durch Hannah Neumaier und Claudia Schmidtke vorgenommen"), a name after a lead-in
of several words ("unter der Leitung von Anna Berg"), and the subject after the verb of a verb-second sentence
("Anschließend berichtete Sophie Losch ..."). They presented, led or spoke; the post before the name is theirs."""

from __future__ import annotations

import re

from pipeline.annotate.common import words_re
from pipeline.annotate.posts import _HONORIFIC_WORDS, _compound_post, starts_with_post
from pipeline.annotate.roster import Roster
from pipeline.names import is_given_name
from pipeline.rules import (
    INVERTING_ADVERBS,
    NAME_ARTICLES,
    NOUN_DETERMINERS,
    PASSIVE_ACT_PARTICIPLES,
    PASSIVE_AGENT_WORDS,
    POST_MODIFIERS,
    REPORT_AGENT_WORDS,
    REPORT_NOUNS,
    SPEAKER_LEAD_INS,
    SPEECH_VERBS,
)

# The agent word, then the clause up to its first stop.
_AGENT = re.compile(rf"\b(?:{words_re(PASSIVE_AGENT_WORDS)})\s+(?P<clause>[^.;:!?()]{{3,160}})", re.I)
_PARTICIPLE = re.compile(rf"\b(?:{words_re(PASSIVE_ACT_PARTICIPLES)})\b", re.I)
# Lead-ins of three words or more ("unter der Leitung von", "sous la présidence de"); shorter ones ("presented by")
# the matcher reads. Then the words that may name the person, up to a stop.
_LONG_LEAD_INS = [lead for lead in SPEAKER_LEAD_INS if len(lead.split()) >= 3 and not re.search(r"[?()\[\]|]", lead)]
_WHO = r"\s+(?P<who>[^.;:!?()\d]{3,80})"
_LED_BY = re.compile(rf"(?i:\b(?:{words_re(_LONG_LEAD_INS)})){_WHO}")
_INVERTED = re.compile(rf"(?:^|[.;:!?]\s+)(?i:(?:{words_re(INVERTING_ADVERBS)})\s+(?:{words_re(SPEECH_VERBS)})){_WHO}")
# A report as a noun, then (in its clause) who gave it: "Verlesung des Kassenberichts 2023 durch den 1. Schatzmeister X"
_REPORTED_BY = re.compile(rf"(?i:\b(?:{words_re(REPORT_NOUNS)})\b[^.;:!?()]{{0,80}}?"
                          rf"\s(?:{words_re(REPORT_AGENT_WORDS)})){_WHO}")
_JOINERS = re.compile(r"\s*(?:,|\b(?:und|and|en|et|y|e)\b)\s*")
_HONORIFIC = re.compile(rf"^(?:{_HONORIFIC_WORDS}|Herrn)\.?$")
_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][\w'’-]+$")
_ORDINAL_BEFORE_POST = re.compile(r"(?<=\s)\d{1,2}\.\s+(?=[A-ZÀ-Þ])")  # "durch die 1. Geschäftsführerin X"
_SKIPPED = set(NOUN_DETERMINERS) | set(NAME_ARTICLES) | set(POST_MODIFIERS)


def _singular_post(word: str) -> str:
    """ "Finanzbeauftragten" (after "von der") -> "Finanzbeauftragte": the post as a role is written."""
    return word[:-1] if word.lower().endswith("en") and _compound_post(word[:-1]) else word


def _a_post_word(word: str) -> bool:
    return starts_with_post(word) or _compound_post(_singular_post(word))


def _person(words: list[str], roster: Roster, whole: bool = True) -> tuple[str, str | None] | None:
    """(name, post) of one person's words ("vorübergehenden Rechnungsprüferin Sophie Losch"): an article, words set
    before a post, the post and an honorific, then a name of two or three words that opens with a given name or is
    one of the roster's; `whole`: nothing may follow the name."""
    post_words = []
    while words and (words[0].lower() in _SKIPPED or _HONORIFIC.match(words[0]) or _a_post_word(words[0])):
        if _a_post_word(words[0]):
            post_words.append(_singular_post(words[0]))
        words = words[1:]
    run = 0
    while run < len(words) and run < 4 and _NAME_WORD.match(words[run]):
        run += 1
    if not 2 <= run <= 3 or whole and run < len(words):
        return None
    name = " ".join(words[:run])
    if not (is_given_name(words[0]) or roster.resolve(name) is not None):
        return None
    return name, " ".join(post_words) or None


def _headed_post(words: list[str]) -> str | None:
    """The post a part of a clause names, its head last: "the Public Works Foreman" (capitalised words after an
    article, the last a post; posts.post_alone wants every word a post)."""
    words = [word for word in words if word.lower() not in _SKIPPED]
    if not words or len(words) > HEADED_POST_MAX_WORDS or not all(word[:1].isupper() for word in words) \
            or not _a_post_word(re.split(r"[/-]", words[-1])[-1]):
        return None
    return " ".join(words)


HEADED_POST_MAX_WORDS = 5


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


def people_acting(text: str, roster: Roster) -> list[tuple[str, str | None]]:
    """(name, post) of each person `text` names as who acted: passive agents, people after a long lead-in, the
    subject after the verb of a verb-second sentence, and who gave a report named as a noun."""
    found = passive_agents(text, roster)
    for pattern in (_LED_BY, _INVERTED):
        for match in pattern.finditer(text):
            person = _person(match.group("who").split(), roster, whole=False)
            if person is not None:
                found.append(person)
    return found + _reporters(text, roster)


def _reporters(text: str, roster: Roster) -> list[tuple[str, str | None]]:
    """(name, post) of who gave a report `text` names as a noun (_REPORTED_BY): two may have given it ("durch die 1.
    Kassenprüferin X und die 2. Kassenprüferin Y"), and the post set before a name and a comma is the name's ("by
    the Public Works Foreman, Darren Jensen")."""
    found = []
    for match in _REPORTED_BY.finditer(_ORDINAL_BEFORE_POST.sub("", text)):
        post = None
        for part in _JOINERS.split(match.group("who")):
            person = _person(part.split(), roster, whole=False)
            if person:
                found.append((person[0], person[1] or post))
            post = _headed_post(part.split()) if person is None else None
    return found
