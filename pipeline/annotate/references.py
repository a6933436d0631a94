"""References in the text to people of the document's roster: a name, surname or initials, a
note opened by its author in brackets, a post before a surname ("President Ottinger called ..."), a post
that speaks ("The Treasurer presented ..."), and the names and posts of a signature block."""

from __future__ import annotations

import re

from pipeline.annotate.common import stamp_piece, words_re
from pipeline.annotate.posts import _HONORIFIC_WORDS, _ORG_WORD, _POST_HEADS, _posts_in_line
from pipeline.annotate.roster import Roster, RosterEntry, _is_post_word, tidy_name
from pipeline.names import is_given_name
from pipeline.rules import (
    NAME_OPENER_WORDS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    POST_ACT_VERBS,
    POST_NAME_LEAD_INS,
    POST_WORDS,
    ROLE_TITLES,
    SPEECH_AUXILIARIES,
    SPEECH_VERBS,
)
from pipeline.structure import Block

_ROSTER_REF = re.compile(
    r"(?<![\w.’'-])(?:[A-Z]{2,4}|(?:Mc|Mac|O['’])?[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?"
    rf"(?:\s+(?:(?:{words_re(NAME_PARTICLES)})\s+)*"
    r"(?:(?:Mc|Mac|O['’])?[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?|[A-ZÀ-Þ]{3,})){0,3})(?![\w-])")


_DROPPABLE = set(NOT_NAME_WORDS) | set(POST_WORDS) | {w.lower() for t in ROLE_TITLES for w in t.split()} \
    | set(NAME_OPENER_WORDS)


def _without_leading_titles(ref: str) -> str:
    """ "Board Member Nancy Lewis" -> "Nancy Lewis": the words before a name that cannot be one dropped."""
    words = ref.split()
    while len(words) > 1 and words[0].lower() in _DROPPABLE:
        words.pop(0)
    return " ".join(words)


def _roster_refs(text: str, roster: Roster) -> list[tuple[int, int, str, str | None]]:
    """(start, end, full name) of each reference in `text` to one person of the roster: a full
    name, first name, surname or initials, with words around it that are not the name dropped
    ("Then Bob" -> "Bob")."""
    found = []
    for match in _ROSTER_REF.finditer(text):
        if _ORG_WORD.search(_without_leading_titles(match.group())):
            continue  # "Milburn Parish Council": a body named after a place, not a person ("Board Member X" is X)
        words = list(re.finditer(r"\S+", match.group()))
        for lo in range(len(words)):  # only words that cannot be a name may go: "Then Bob", "Commissioner X"
            if lo and words[lo - 1].group().lower() not in _DROPPABLE:
                break
            ref = match.group()[words[lo].start():]
            entry = roster.resolve(ref)
            if entry:
                dropped = match.group()[:words[lo].start()].strip()
                found.append((match.start() + words[lo].start(), match.end(), entry.name,
                              dropped if dropped in ROLE_TITLES else None))
                break
    return found


_BRACKET_OPENER = re.compile(
    r"^\W{0,3}\((?P<name>(?:[A-Z]\.?|[A-ZÀ-Þ][a-zà-ÿ'’]+)(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’-][\w'’-]*){1,2})"
    r"(?:,?\s+(?P<org>[^()]{2,30}?))?\)")


def _bracket_opener(text: str) -> tuple[int, int, str, str | None] | None:
    """ "(N Galbraith, WHOI) Roy Lowry has ...": a note opened by its author and their body, in brackets.
    The name must begin with an initial or a given name."""
    match = _BRACKET_OPENER.match(text)
    if not match:
        return None
    name = match.group("name")
    first = name.split()[0]
    if not (len(first.rstrip(".")) == 1 or is_given_name(first)) or _ORG_WORD.search(name):
        return None
    return match.start("name"), match.end("name"), name, (match.group("org") or "").strip(" ,") or None


_SIGNATURE_NAME_WORD = re.compile(rf"^(?:[A-ZÀ-Þ][\w'’.-]*|{words_re(NAME_PARTICLES)})$")
_HONORIFIC_TOKEN = re.compile(rf"(?:{_HONORIFIC_WORDS})\.?", re.I)


def _names_in_line(line: str, roster: Roster) -> list[RosterEntry]:
    """ "David Viry Monika Zweygarth Maryse Nafti": a line made only of the full names of people of the
    roster (the names under a signature line); empty when any word is left over."""
    words = [w for w in line.replace("\u2019", "'").split() if not _HONORIFIC_TOKEN.fullmatch(w)]  # "DR. X", "Mme Y"
    if not 2 <= len(words) <= 16 or not all(_SIGNATURE_NAME_WORD.match(w) for w in words):
        return []

    def parse(at: int, listed: bool) -> list[RosterEntry] | None:
        if at == len(words):
            return []
        for size in (4, 3, 2):
            ref = " ".join(words[at:at + size])
            entry = roster.resolve(ref) if at + size <= len(words) else None
            # each name written in full; listed people first ("David Viry Monika" met in prose is no one)
            if entry is not None and entry.tokens == tidy_name(ref).lower().split() and entry.listed >= listed:
                rest = parse(at + size, listed)
                if rest is not None:
                    return [entry, *rest]
        return None

    return parse(0, True) or parse(0, False) or []


def _signature_posts(block: Block, roster: Roster, before: str = "") -> list[tuple[str, str]]:
    """(name, post) from a signature block: a line of names with a line of posts under or above it, one post
    per name in the same order ("David Viry Monika Zweygarth" / "Président Secrétaire"), or one name over
    one post; under more posts than names read, the names OCR lost are the first ("[illegible] Stefan Hoth" /
    "Vorstandsvorsitzende/r Protokollführer"). `before` is the line above the block (the last of the block above, or
    the heading a name set on its own line was read as), where the posts or names may stand apart."""
    lines = [line.text.strip() for line in getattr(block, "lines", [])]  # a heading read as text has none
    if before and lines:
        lines.insert(0, before)
    found = []
    for i, line in enumerate(lines):
        names = _names_in_line(line, roster)
        for other in (lines[i + 1] if i + 1 < len(lines) else "", lines[i - 1] if i else "") if names else ():
            posts = next((posts for count in range(len(names), SIGNATURES_MAX + 1)
                          if (posts := _posts_in_line(other, count))), [])
            if posts:  # (the names OCR could not read are the first ones: their posts stand first)
                found.extend((entry.name, post) for entry, post in zip(names, posts[-len(names):], strict=True))
                break
    return found


SIGNATURES_MAX = 3  # signatures side by side over their posts


def _bracketed_ref_opens_block(text: str, start: int, end: int) -> bool:
    """ "(HB) The school ...": a paragraph opened by a bracketed name or initials is that person's."""
    return text[:start].strip() == "(" and text[end:].lstrip().startswith(")")


_POST_SPEAKS = re.compile(
    rf"\b(?:the|le|la|der|die|el|il|de|o|a)\s+(?:(?<=[Tt]he )(?P<modifiers>(?-i:[A-Z][a-z]+)) +)??"
    rf"(?P<post>{words_re(ROLE_TITLES)}|{words_re(POST_WORDS)})\s+"
    rf"(?=(?:{words_re(SPEECH_AUXILIARIES)}\s+)?(?:{words_re(SPEECH_VERBS)})\b)", re.I)


# "President Ottinger called ...", "Motion by member Zimmerman": a post, then a capitalised surname (one or two
# words, "De Beck", "SawyerKnoll"), then an act of the meeting or a mover's lead-in before the post.
_SURNAME = r"(?-i:(?:[A-Z][a-zà-ÿ'’]+|D[eiau]|V[ao]n|L[ae]|Mc|Mac|O['’])(?:[A-Z][a-zà-ÿ'’]+)?(?:-[A-Z][a-zà-ÿ'’]+)?)"
# (a double surname is one: "Trustee Price-Bush", "Trustee VanDeinse-Perez")
_POST_NAME = re.compile(
    rf"(?P<lead>\b(?:{words_re(POST_NAME_LEAD_INS)})\s+)?\b(?P<post>{words_re(ROLE_TITLES)})\s+"
    rf"(?P<name>(?-i:(?:de|van|von|der|den|di|da)\s+)?{_SURNAME}(?:\s+{_SURNAME})?)(?=\s*(?P<verb>[a-zà-ÿ]+)?)",
    re.I)  # "Vice President de Beck called ...": a surname written with its particle
_POST_NAME_VERBS = {verb.lower() for verb in (*SPEECH_VERBS, *POST_ACT_VERBS)}


def _posts_before_names(text: str, roster: Roster) -> list[tuple[int, int, str, str]]:
    """(start, end, name, post) of each person named by a post and a surname who acts at the meeting:
    "President Ottinger called the meeting to order", "Motion by member Zimmerman to approve ..."; the
    name is the roster's full name when the surname resolves to one person."""
    found = []
    for match in _POST_NAME.finditer(text):
        name = match.group("name")
        if not (match.group("lead") or (match.group("verb") or "").lower() in _POST_NAME_VERBS):
            continue
        if _ORG_WORD.search(name) or any(w.lower() in NOT_NAME_WORDS or w.lower() in _POST_HEADS
                                         for w in name.split()):
            continue
        if stamp_piece(text[match.end("name"):].split(maxsplit=1)[0] if text[match.end("name"):].strip() else ""):
            continue  # "Commissioner Sa ROVED": the name's rest is under a stamp

        entry = roster.resolve(name)
        post = match.group("post")
        found.append((match.start("name"), match.end("name"), entry.name if entry else name,
                      post[:1].upper() + post[1:]))
    return found


def posts_before_names(texts: list[str]) -> list[tuple[str, str]]:
    """(name, post) of every post written before a surname or name in `texts`, whatever the sentence says of the
    person ("Excuse member Braun from the special meeting", "Member Zimmerman arrived"): the post as the minutes
    write it for the person, to be given to a speaker none other is known for."""
    found = []
    for text in texts:
        for match in _POST_NAME.finditer(text):
            name, post = match.group("name"), match.group("post")
            if post.lower().endswith("s") and post[:-1].lower() in _POST_HEADS or _ORG_WORD.search(name) \
                    or any(w.lower() in NOT_NAME_WORDS or w.lower() in _POST_HEADS for w in name.split()):
                continue  # "Trustees Able": a plural is said of several
            found.append((name, post[:1].upper() + post[1:]))
    return found


def _posts_speaking(text: str, roster: Roster) -> list[RosterEntry]:
    """ "The Treasurer presented the accounts": the one listed person with that post speaks."""
    found: list[RosterEntry] = []
    if not any(e.role for e in roster.entries if e.listed):
        return found  # nobody's post is known: nothing to read back
    for match in _POST_SPEAKS.finditer(text):
        # "The General Manager reported": the post as said, else its head word ("Manager" of the list)
        modifier = (match.group("modifiers") or "").strip()
        entry = roster.by_post(f"{modifier} {match.group('post')}") if modifier else None
        if entry is None and not (modifier and _is_post_word(modifier)):  # ("the Deputy Clerk" is not the Clerk)
            entry = roster.by_post(match.group("post"))
        if entry is not None:
            found.append(entry)
    return found
