"""Movers and seconders are speakers too: each joins the document's people, under the fullest name
the document writes for it.
"""

from __future__ import annotations

import re

from pipeline.annotate.common import words_re
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
from pipeline.rules import HONORIFICS, NOT_NAME_WORDS, POST_MOTION_VERBS, POST_WORDS, ROLE_TITLES, ROLL_CALL_WORDS

_NOT_GIVEN = set(NOT_NAME_WORDS) | set(POST_WORDS) | {w.lower() for title in ROLE_TITLES for w in title.split()}
_LEADING_TITLES = re.compile(rf"^(?:(?:{_TITLES}|and|by|the|with|of|for|from|to|et|und|y|e|en)(?:\.\s*|\s+))+")


# A motion put by the holder of a post, named by the post: "Monsieur le Maire propose la candidature de ...",
# "The Chair moved that ...", "Il Presidente propone ...": the post, resolved to the one person the minutes
# give it to.
_HONORIFIC = words_re(honorific.rstrip(".") for honorific in HONORIFICS)
_POST_PUTS = re.compile(rf"^(?:(?:{_HONORIFIC})\.?\s+)?(?:le|la|l['’]|the|el|il|der|die|de|o|a)\s*"
                        rf"(?P<post>[^\W\d_]+)\s+(?:{words_re(POST_MOTION_VERBS)})\b", re.I)

# A list item's letter or number before a mover's post: "B. Supervisor McMahon", "A) Trustee Hulke", "3. Cllr Lee".
_LIST_MARK_TITLE = re.compile(rf"^(?:[A-Z]|\d{{1,2}}|[ivx]{{1,4}})[.)]\s+(?={_TITLES}\s)")


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
            if any(part.lower() in _NOT_GIVEN for part in re.split(r"[\s-]+", given)):
                continue  # "Board President Adams", "ROLL CALL-Supervisor McMahon": a post before the surname
            if any(len(word) > 1 and word.isupper() for word in given.split()) and not name.isupper():
                continue  # "ROLL CALL McMahon": a label in capitals, no first name
            words = given.split()
            if len(words) == 2 and is_given_name(words[1]) and not is_given_name(words[0]) \
                    and not re.fullmatch(r"[A-Z]\.?", words[0]):
                given = words[1]  # "McMahon Jerome Hulke": names of a signature column read as one line
            if given and not _OUTCOME.search(given) and not _RECORD_LINE.match(given + ":"):
                found.add(f"{given} {name}")
        for match in after.finditer(text):
            surname = match.group(1).strip(".")
            if surname.isupper() and not name.isupper():
                continue  # "Braun DT": letters in capitals after a name are a mark or the next line's, no surname
            if surname.lower() not in {"and", "the", *ROLL_CALL_WORDS} and not _OUTCOME.fullmatch(surname) \
                    and not re.fullmatch(_TITLES, surname):
                found.add(f"{name} {surname}")
    if not found:
        found = _glued_to_given_name(name, texts)
    if not found:
        found = _in_capitals(name, texts)
    if not found:
        found = _around_nickname(name, texts)
    return found.pop() if len(found) == 1 else None


def _glued_to_given_name(name: str, texts: list[str]) -> set[str]:
    """ "JeromeHulke" for "Hulke": a signature or a list of names that OCR read without the space after the first
    name; the word before the surname must be a given name ("McMahon" is not "Mc" and "Mahon")."""
    glued = re.compile(rf"(?<![\w'’-])(?P<given>(?-i:[A-ZÀ-Þ][a-zà-ÿ]+)){re.escape(name)}(?![\w'’-])")
    return {f"{match.group('given')} {name}" for text in texts if name in text
            for match in glued.finditer(text) if is_given_name(match.group("given"))}


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
        if motion.moved_by is None:
            motion.moved_by = _post_holder_putting(motion.text, index)
        for attr in ("moved_by", "seconded_by"):
            name = getattr(motion, attr)
            if name and _LIST_MARK_TITLE.match(name):  # "B. Supervisor McMahon": an item's letter, then the post
                bare = _LEADING_TITLES.sub("", name[_LIST_MARK_TITLE.match(name).end():])
                title = name[_LIST_MARK_TITLE.match(name).end():][:-len(bare)].strip() if bare else ""
                if bare and not _LEADING_TITLES.match(bare):
                    motion.roles[bare] = motion.roles.get(name) or title or None
                    setattr(motion, attr, bare)
                    name = bare
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


def _post_holder_putting(text: str, index: PeopleIndex) -> str | None:
    """The person who holds the post a motion is put by ("Monsieur le Maire propose ..."), when the
    minutes give that post to one person."""
    putting = _POST_PUTS.match(text)
    if putting is None:
        return None
    post = putting.group("post").casefold()
    holders = {person.name for person in index.people if person.role and person.role.casefold().split()[0] == post}
    return holders.pop() if len(holders) == 1 else None
