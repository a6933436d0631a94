"""Movers and seconders are speakers too: each joins the document's people, under the fullest name
the document writes for it.
"""

from __future__ import annotations

import re

from pipeline.annotate.motions import (
    _CAMEL,
    _NAME_WORD,
    _NOT_LABEL,
    _RECORD_LINE,
    _TITLES,
    MotionDraft,
    unglue_vote_words,
)
from pipeline.annotate.people import PeopleIndex, SpeakerDraft
from pipeline.annotate.votes import _OUTCOME
from pipeline.names import is_given_name
from pipeline.rules import NOT_NAME_WORDS, POST_WORDS, ROLE_TITLES

_NOT_GIVEN = set(NOT_NAME_WORDS) | set(POST_WORDS) | {w.lower() for title in ROLE_TITLES for w in title.split()}
_LEADING_TITLES = re.compile(rf"^(?:(?:{_TITLES}|and|by|the|with|of|for|from|to|et|und|y|e|en)(?:\.\s*|\s+))+")


def fuller_name(name: str, texts: list[str]) -> str | None:
    """The one fuller form of a one-word name that the document writes ("Mashack" -> "Michael Mashack",
    "Jess" -> "Jess Cole"), or None when it writes none or several."""
    if len(name.split()) != 1 or len(name) < 3:
        return None
    word = re.escape(name)
    before = re.compile(rf"(?<![\w'’-])((?:{_NAME_WORD}\s+){{1,2}}){word}(?![\w'’-])")
    after = re.compile(rf"(?<![\w'’-]){word}\s+{_NOT_LABEL}({_NAME_WORD})(?![\w'’-])")
    found = set()
    for text in texts:
        if name not in text:
            continue
        text = _CAMEL.sub(" ", unglue_vote_words(text))  # "Mr.MattAlexander" -> "Mr.Matt Alexander"
        for match in before.finditer(text):
            given = _LEADING_TITLES.sub("", match.group(1)).strip()
            if any(word.lower() in _NOT_GIVEN for word in given.split()):
                continue  # "Board President Adams": a post before the surname, no first name
            if given and not _OUTCOME.search(given) and not _RECORD_LINE.match(given + ":"):
                found.add(f"{given} {name}")
        for match in after.finditer(text):
            surname = match.group(1).strip(".")
            if surname.isupper() and not name.isupper():
                continue  # "Braun DT": letters in capitals after a name are a mark or the next line's, no surname
            if surname.lower() not in {"and", "the"} and not _OUTCOME.fullmatch(surname) \
                    and not re.fullmatch(_TITLES, surname):
                found.add(f"{name} {surname}")
    if not found:
        found = _in_capitals(name, texts)
    if not found:
        found = _around_nickname(name, texts)
    return found.pop() if len(found) == 1 else None


def _around_nickname(name: str, texts: list[str]) -> set[str]:
    """The full names a one-word name is the nickname of, written in brackets inside them ("Emmanuelle (Manu)
    PRIVAT" for "Manu" -> "Emmanuelle Privat"); a surname in capitals is written as a name."""
    around = re.compile(rf"(?<![\w'’-])({_NAME_WORD})\s*\(\s*{re.escape(name)}\s*\)\s*({_NAME_WORD})(?![\w'’-])")
    found = set()
    for text in texts:
        if name not in text:
            continue
        for match in around.finditer(text):
            given, surname = match.group(1), match.group(2)
            found.add(f"{given} {surname.title() if surname.isupper() else surname}")
    return found


def _in_capitals(name: str, texts: list[str]) -> set[str]:
    """The fuller forms of a one-word name written in capitals, as signature blocks set it ("RON
    OTTINGER" for "Ottinger"), in the case the text gives the name."""
    upper = name.upper()
    before = re.compile(rf"(?<![\w'’-])((?:(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*)\s+){{1,2}}){re.escape(upper)}(?![\w'’-])")
    found = set()
    for text in texts:
        if upper not in text:
            continue
        for match in before.finditer(text):
            given = match.group(1).title().strip()
            # a first name or an initial, not a word in capitals before it ("APPROVED BY THE BOARD SMITH")
            if all(is_given_name(word) or re.fullmatch(r"[A-Z]\.?", word) for word in given.split()):
                found.add(f"{given} {name}")
    return found


_WEB_ADDRESS = re.compile(r"\w\.(?:[a-z]{2,4})(?:\.[a-z]{2})?$")  # "Stand.org.uk", "example.com"


def add_movers(index: PeopleIndex, motions: list[MotionDraft], texts: list[str] = ()) -> list[SpeakerDraft]:
    """Movers and seconders are speakers too, added to the document's `index` of people (whose roster
    reads a surname or first name back to the full name): a bare name the index cannot place becomes
    the fuller name the document gives elsewhere in its text ("Mashack" -> "Michael Mashack")."""
    for motion in motions:
        for attr in ("moved_by", "seconded_by"):
            name = getattr(motion, attr)
            if name and index.find(name) is None:
                fuller = fuller_name(name, list(texts)) or name
                setattr(motion, attr, fuller)
                if name in motion.roles:
                    motion.roles[fuller] = motion.roles[name]
    movers = [name for m in motions for name in (m.moved_by, m.seconded_by) if name]
    # full names first, to resolve the short; otherwise in the order the minutes name them
    for name in sorted(dict.fromkeys(movers), key=lambda n: -len(n.split())):
        if _WEB_ADDRESS.search(name):
            continue  # "seconded by Stand.org.uk": a member body by its web address, no person speaking
        known = index.find(name)
        where = [m for m in motions if name in (m.moved_by, m.seconded_by)]
        role = next((m.roles[name] for m in where if name in m.roles), None)
        if known is not None:
            known.role = known.role or role  # "Commissioner Mendez moved ...": the post, if none was known
        else:
            index.add(SpeakerDraft(honorific=None, name=name, role=role, organization=None,
                                   section_nos=sorted({m.section_no for m in where if m.section_no}),
                                   pages=sorted({m.page for m in where})))
    for motion in motions:
        for attr in ("moved_by", "seconded_by"):
            name = getattr(motion, attr)
            known = index.find(name) if name else None
            if known is not None:
                setattr(motion, attr, known.name)
    return index.people
