"""The people of one document: a roster read from its attendance lists and name mentions.

Minutes name most people in full once (a Present list, a roll call, "In the chair: X") and
then by first name, surname or initials ("Bob explained", "Mashack", "HB noted"). The roster
keeps the full names with the post written beside them, so that a short reference can be read
back to the person it means, and only when exactly one person fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from pipeline.annotate.common import one_letter_apart, stamp_piece, words_re, words_tree_re
from pipeline.annotate.posts import _posts_in_line
from pipeline.names import is_given_name
from pipeline.numerals import without_numbering
from pipeline.rules import (
    APPOINTMENT_AUXILIARIES,
    APPOINTMENT_PARTICIPLES,
    ATTENDANCE_LABELS,
    BULLET_GLYPHS,
    CHAIR_ROLES,
    HONORIFICS,
    JOINING_WORDS,
    LABEL_OBJECT_WORDS,
    MEETING_OFFICER_FORMS,
    MEETING_OFFICER_HEADING,
    MEETING_OFFICER_POSTS,
    MINUTE_TAKER_ROLES,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    NOT_POST_LABELS,
    OCR_BULLET_MISREADS,
    OF_THE_MEETING,
    ORG_WORDS,
    POST_ABBREVIATIONS,
    POST_MISREAD_MIN_LETTERS,
    POST_MISREAD_RATIO,
    POST_SUFFIXES,
    POST_WORDS,
    PRESENT_LIST_LABELS,
    ROLE_TITLES,
)
from pipeline.structure.headings import posts_row

# Words that say whether someone came, not who they are: "Robert Sherrard Commissioner Present".
_STATUS_WORDS = {"present", "absent", "late", "excused", "remote", "remotely", "online", "virtual", "arrived",
                 "left", "apologies", "présent", "présente", "absente", "excusé", "excusée", "anwesend",
                 "abwesend", "entschuldigt", "presente", "ausente", "assente", "aanwezig", "afwezig", "members",
                 "member", "and", "et", "und", "y", "e", "en", "ayes", "aye", "nays", "nay", "noes", "abstain",
                 "abstained", "abstentions", "recused", "motion", "second", "seconded", "moved", "by", "yes", "no",
                 "for", "against", "carried", "vote", "votes", "result"}
_LIST_PARTICLES = set(NAME_PARTICLES) | {"der", "den", "du", "dos", "das", "y", "ten", "ter", "zu", "van", "vom"}
_NAME_WORD = re.compile(r"^(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-Þ][a-zà-ÿ'’]+(?:[-‐][A-ZÀ-Þ][a-zà-ÿ'’]+)?$")
_CAPS_WORD = re.compile(r"^[A-ZÀ-Þ]{3,}(?:[-‐][A-ZÀ-Þ]{2,})?$")  # "VIRY", "NAFTI": surnames set in capitals
_INITIAL = re.compile(r"^[A-Z]\.?$")
_INITIALS_REF = re.compile(r"^[A-Z]{2,4}$")
_ROLE_TITLE_WORDS = {w.lower() for title in ROLE_TITLES for w in title.split()}
_ROLE_TITLES_LOWER = {t.lower() for t in ROLE_TITLES}
_POST_WORDS = set(POST_WORDS)
SHORT_FIRST_NAME_MIN_LETTERS = 4  # "Alex" for "Alexander", "Chris" for "Christopher"
_NOT_NAME = set(NOT_NAME_WORDS) | _ROLE_TITLE_WORDS | _STATUS_WORDS
_ATTENDANCE_LABEL = re.compile(rf"^\s*(?:\d+[.)]?\s*|[a-z][.)]\s*)?(?P<label>{words_re(ATTENDANCE_LABELS)})"
                               rf"(?:\s+[A-Za-z]+){{0,2}}?\s*(?::|\s*$|\n)", re.I)
# "... se reúne la Junta con la asistencia de: D. Luis García (Presidente), ...": a list inside a sentence.
_LIST_INSIDE = re.compile(
    rf"\s(?:{words_re(ATTENDANCE_LABELS)})(?:\s+(?:de|of|du|des|von|di|da|were|are))?\s*:\s*"
    r"(?P<rest>(?:[^\n:]|(?<=[;,])\n)+)", re.I)  # (a list goes on over a line that ends in a comma or semicolon)
# "... met in Regular Session at 5:01 p.m. Presiding: Mr. X, President.": a chair named inside a paragraph
_CHAIR_INSIDE = re.compile(r"(?:^|[.;]\s*|\s)(?:presiding|in the chair)\s*:\s*(?P<rest>[^\n:]+)", re.I)
# Titles before a listed name: every one-word honorific, "Me" (Maître: only in lists, where it cannot be the
# English word), and the Dutch and Italian ones as often written in lower case ("dhr.", "dott.ssa").
_HONORIFIC_WORD = re.compile(rf"^(?:{words_re(h.rstrip('.') for h in HONORIFICS if ' ' not in h)}|Me|"
                             r"(?i:dhr|mevr|mw|drs|ir|sig|sig\.ra|dott|dott\.ssa|avv|ing|eng))\.?$")
# Labels that say who chairs take a colon ("Chair: X"); as the last word of a heading they name an item
# ("Election of Chair"), not a list of people.
_CHAIR_LABELS = {"in the chair", "chair", "chairperson", "presiding"}
_HEADING_LABEL = re.compile(
    rf"(?:^|\s)(?P<label>{words_re(set(ATTENDANCE_LABELS) - _CHAIR_LABELS)})\s*:?\s*$", re.I)
_ORG_WORD = re.compile(rf"\b(?:{words_tree_re(ORG_WORDS)})\b", re.I)  # searched for yes/no
_TOKEN = re.compile(r"\([^()]*\)|[,;•·|]|[^\s,;•·|()]+")


def tidy_name(name: str) -> str:
    """One spelling of a name: hyphens unified, surnames set in capitals written as words."""
    words = name.replace("‐", "-").split()
    while words and words[0][:1].islower():  # "maestra Gabriela ...": a title in lower case, not the name
        words.pop(0)
    if len(words) >= 2:
        words = [w.title() if _CAPS_WORD.match(w) else w for w in words]
    return " ".join(words)


@lru_cache(maxsize=4096)  # asked of every person for each capitalised run of two to four letters
def _initials(tokens: tuple[str, ...]) -> frozenset[str]:
    """ "Anne-Marie Rigby" -> {"AMR", "AR"}: the initials the minutes may use for a person."""
    full = "".join(part[0] for token in tokens for part in re.split(r"[-‐]", token) if part)
    simple = "".join(token[0] for token in tokens)
    return frozenset({full.upper(), simple.upper()})


@dataclass
class RosterEntry:
    name: str
    role: str | None = None
    organization: str | None = None
    listed: bool = False  # from an attendance list (not only a mention in prose)
    tokens: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.tokens = self.name.lower().split()

    @property
    def chairs(self) -> bool:
        return _post_among(self.role, CHAIR_ROLES)


def _post_among(role: str | None, posts: tuple[str, ...]) -> bool:
    """Whether `role` is one of `posts`, or a long one of them as OCR misread it ("Versammlunssleiterin")."""
    return _post_read(role, posts) is not None


def _post_read(role: str | None, posts: tuple[str, ...]) -> str | None:
    """The one of `posts` that `role` is, as `posts` spell it; a long post OCR misread is read back to its spelling."""
    role = (role or "").lower().strip(" .")
    if not role or role in posts:
        return role or None
    if len(role) < POST_MISREAD_MIN_LETTERS:
        return None
    return next((post for post in posts if len(post) >= POST_MISREAD_MIN_LETTERS
                 and SequenceMatcher(None, role, post).ratio() >= POST_MISREAD_RATIO), None)


def officer_post(entry: RosterEntry) -> str | None:
    """The post of a chair or minute-taker of the meeting as written ("Versammlungsleiterin"), its spelling mended
    when OCR misread it ("Versammlunssleiterin"); None for other people."""
    post = _post_read(entry.role, CHAIR_ROLES) or _post_read(entry.role, MINUTE_TAKER_ROLES)
    if post is None or entry.role is None:
        return None
    return entry.role if entry.role.lower().strip(" .") == post else post[:1].upper() + post[1:]


class Roster:
    """Full names of the document's people, with the posts written beside them."""

    def __init__(self) -> None:
        self.entries: list[RosterEntry] = []
        self._resolved: dict[str, RosterEntry | None] = {}  # every capitalised run of a document is asked
        # Posts given to people as members of a listed group ("Executive (A, B & C)"): a person's own post, said
        # elsewhere ("Treasurer Report: B"), says more and replaces it.
        self.group_posts: set[str] = set()
        # Posts an attendance list gives people it names by surname alone ("Vice-Chair Miller, Board Members Iverson
        # and Lynch"): the roll call's post says more than a title said with the name in the text.
        self.surname_posts: dict[str, str] = {}

    def add(self, name: str, role: str | None = None, organization: str | None = None,
            listed: bool = False) -> RosterEntry | None:
        name = tidy_name(" ".join(w for w in name.split() if not stamp_piece(w)))  # "Sa ROVED": under a stamp
        if len(name.split()) < 2:
            return None
        self._resolved.clear()
        tokens = name.lower().split()
        for entry in self.entries:
            longer = len(tokens) > len(entry.tokens)
            if longer and (tokens[-len(entry.tokens):] == entry.tokens and len(tokens) == len(entry.tokens) + 1
                           or tokens[:len(entry.tokens)] == entry.tokens) and entry.listed <= listed:
                entry.name, entry.tokens = name, tokens  # "Allen Fisk" met first, "Robert Allen Fisk" now
            elif _initialled(entry.tokens, tokens):
                entry.name, entry.tokens = name, tokens  # "U. Di Federico" listed, "Ugo Di Federico" in the margin
            if entry.tokens == tokens or len(tokens) < len(entry.tokens) and _in_order(tokens, entry.tokens) \
                    or _initialled(tokens, entry.tokens):
                entry.role = entry.role or role
                entry.organization = entry.organization or organization
                entry.listed = entry.listed or listed
                return entry
        entry = RosterEntry(name, role, organization, listed)
        self.entries.append(entry)
        return entry

    def resolve(self, ref: str) -> RosterEntry | None:
        """The person a written reference means: a full name, a first name, a surname, initials
        ("AMR"), an initial and surname ("D Richardson") or a near spelling ("Jock Coates").
        People from attendance lists are tried first, then names met in prose; a reference that
        fits two people means neither."""
        if ref not in self._resolved:
            self._resolved[ref] = self._resolve(ref)
        return self._resolved[ref]

    def _resolve(self, ref: str) -> RosterEntry | None:
        words = tidy_name(ref).split()
        if not words:
            return None
        for pool in ([e for e in self.entries if e.listed], self.entries):
            fits = _fitting(words, pool)
            if len(fits) == 1:
                return fits[0]
            if fits:
                return None
        return None

    def by_post(self, post: str) -> RosterEntry | None:
        """The one listed person whose post is `post` ("the Treasurer" -> the treasurer of the list)."""
        word = post.lower()
        found = [e for e in self.entries if e.listed and e.role
                 and (word == e.role.lower() or word in re.split(r"[\s&/,]+", e.role.lower()))]
        return found[0] if len(found) == 1 else None

    def ambiguous(self, ref: str) -> bool:
        """Whether a reference fits several listed people alike, or several named ones and no listed one (as
        `resolve` tries them: "Jon" is the one Jon of the list, though prose also ran "Jon Nordby Thomas" together)."""
        words = tidy_name(ref).split()
        for pool in ([e for e in self.entries if e.listed], self.entries):
            fits = _fitting(words, pool) if words else []
            if fits:
                return len(fits) > 1
        return False


def _fitting(words: list[str], pool: list[RosterEntry]) -> list[RosterEntry]:
    tokens = [w.lower() for w in words]
    exact = [e for e in pool if e.tokens == tokens]
    if exact:
        return exact
    if len(words) == 1 and _INITIALS_REF.match(words[0]):
        return [e for e in pool if words[0] in _initials(tuple(e.name.split()))]
    if len(tokens) == 1:  # a first name or a surname, also one of two surnames ("Landeros" of "Uriel Landeros Pérez")
        if len(tokens[0]) <= 1 or tokens[0] in _LIST_PARTICLES:
            return []
        named = [e for e in pool if tokens[0] in e.tokens]  # the first name, or a later one
        if not named and len(tokens[0]) >= MISSPELT_NAME_MIN_LETTERS and not is_given_name(words[0].capitalize()):
            # "Chistina nevner ..." for the listed "Christina Lewis": a letter dropped, added or misread (by OCR)
            return [e for e in pool if e.listed and len(e.tokens) > 1 and one_letter_apart(e.tokens[0], tokens[0])]
        if named or len(tokens[0]) < SHORT_FIRST_NAME_MIN_LETTERS or not is_given_name(words[0].capitalize()):
            return named
        # "Alex berichtete" for the listed "Alexander Raschupkin": the short form of a first name ("Lee" is too
        # short to be read as "Leonard": a surname said alone, more likely)
        return [e for e in pool if e.listed and len(e.tokens) > 1 and e.tokens[0].startswith(tokens[0])]
    subset = [e for e in pool if len(e.tokens) > len(tokens) and tokens[0] in e.tokens and _in_order(tokens, e.tokens)]
    if subset:
        return subset
    if len(tokens[0].rstrip(".")) == 1:  # "D Richardson", "F. Pacheco"
        return [e for e in pool if e.tokens[-1] == tokens[-1] and e.tokens[0][0] == tokens[0][0]]
    initialled = [e for e in pool if _initialled(tokens, e.tokens)]
    if initialled:  # "Arturo R Silva Ibarra" for "Arturo Ricardo Silva Ibarra"
        return initialled
    return [e for e in pool if len(e.tokens) == len(tokens) and e.tokens[0] == tokens[0]
            and SequenceMatcher(None, e.tokens[-1], tokens[-1]).ratio() >= 0.7]


MISSPELT_NAME_MIN_LETTERS = 6  # a shorter word one letter off a listed first name is as likely another name


def _initialled(short: list[str], full: list[str]) -> bool:
    """ "arturo r silva ibarra" for "arturo ricardo silva ibarra": the same words, some as initials."""
    return len(short) == len(full) and short != full and all(
        t == u or len(t.rstrip(".")) == 1 and u.startswith(t.rstrip(".")) for t, u in zip(short, full, strict=True))


def _in_order(short: list[str], long_: list[str]) -> bool:
    """Whether `short` is a run of consecutive words of `long_` ("Allen Fisk" in "Robert Allen Fisk")."""
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _is_name_word(token: str) -> bool:
    """A word of a listed name; a lone capital is an initial ("A Marsh", "Cllr A Smith"), never the article."""
    if _INITIAL.match(token) and token[:1] != "I":
        return True
    return bool(_NAME_WORD.match(token) or _CAPS_WORD.match(token) or _INITIAL.match(token)) \
        and token.lower().strip(".") not in _NOT_NAME


def _is_post_word(token: str) -> bool:
    low = token.lower()
    if low.endswith("s") and low[:-1] in _POST_WORDS:
        return False  # "Ann Lee, members": a plural says what the list is, not her post
    return low in _POST_WORDS or low.endswith(POST_SUFFIXES)


def _is_post(text: str) -> bool:
    """A phrase holding a post word: "Head Teacher", "Secretary & P5 rep", "Kassenwartin"."""
    words = {w.lower().strip(".,&") for w in re.split(r"[\s/-]+", text)}
    return bool(words & _POST_WORDS) or any(w.endswith(POST_SUFFIXES) for w in words)


def _note_kind(note: str) -> tuple[str | None, str | None]:
    """A bracketed note after a listed name -> (role, organisation); times and one-letter marks are neither."""
    note = " ".join(note.strip("() ").split())  # (a note broken over two lines is one phrase)
    if note.lower() in POST_ABBREVIATIONS:  # "(vz)": the chair ("voorzitter"), written short
        return POST_ABBREVIATIONS[note.lower()], None
    if not note or re.search(r"\d", note) and not re.search(r"\b[A-Z]\d\b|\bP\d", note) or len(note) == 1:
        return None, None
    parts = [p.strip() for p in re.split(r"[,;]", note) if p.strip()]
    if len(parts) == 2:  # "(TU Delft, coordinator)", "(Treasurer, ABC Ltd)": a post and a body
        posts = [p for p in parts if _is_post(p)]
        if len(posts) == 1:
            return posts[0], next(p for p in parts if p is not posts[0])
    if _is_post(note) or len(note) <= 3:
        return note, None
    if _ORG_WORD.search(note) or note[:1].isupper():
        return None, note
    return note, None


_GLUED_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Dr|Mx|Prof)\.(?=[A-Z])")
_GLUED_WORD = re.compile(r"\b(?P<left>[A-ZÀ-Þ][a-zà-ÿ]+)(?P<right>[A-ZÀ-Þ][a-zà-ÿ]*)")


def _split_glued(match: re.Match) -> str:
    left, right = match.group("left"), match.group("right")
    if is_given_name(left) or left.lower() in _ROLE_TITLES_LOWER or right in {"Mr", "Mrs", "Ms", "Dr"}:
        return f"{left} {right}"
    return match.group()  # "McGreggor", "SawyerKnoll": one name as written


def unglue_names(text: str) -> str:
    """ "CommissionersMr.MattAlexander" -> "Commissioners Mr. Matt Alexander": words some PDFs set without
    spaces, split after a first name or a post (so "McGreggor" stays). Only text that shows the fault
    (an honorific run into its name) is touched: "SawyerKnoll" elsewhere is a name as written."""
    if not _GLUED_HONORIFIC.search(text):
        return text
    return _GLUED_HONORIFIC.sub(r"\1. ", _GLUED_WORD.sub(_split_glued, text))


_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ]{2})\.\s+(?=[A-ZÀ-Þ])")
_NEXT_LABEL = re.compile(r"\n\s*[A-ZÀ-Þ][^\n:;,]{0,40}:")  # "ALSO PRESENT: ...": another list under its label


_LIST_OPENED_IN_PROSE = re.compile(rf"(?<=[.;]\s)(?:{words_re(PRESENT_LIST_LABELS)})(?:\s+were)?\s*:\s*", re.I)


def read_name_post_items(text: str, roster: Roster) -> int:
    """ "Robert Gray, Superintendent; Linda Park, Assistant Superintendent of Business Services; Tom Ruiz, Director of
    Special Education.": a list of items set apart by semicolons (or a line each), each a name, a comma and the
    person's post, read whole (the post as written, of several words); 0 when any item is not so (the list is read
    word by word)."""
    opened = _LIST_OPENED_IN_PROSE.search(text)  # "... occurred on December 14. Present were: President, ..."
    text = text[opened.end():] if opened else text
    text = _NEXT_LABEL.split(_SENTENCE_END.split(text, maxsplit=1)[0], maxsplit=1)[0]
    # items set apart by semicolons, or a line each ("Mike Hartigan, President" / "Suzanne Whyte, Vice President")
    items = [_ITEM_MARK.sub("", item).strip() for item in re.split(r"[;\n]", text.strip().rstrip(".")) if item.strip()]
    found: list[tuple[str, str | None]] = [
        pair for item in items if (pair := _name_and_post(*item.partition(",")[::2]))] if len(items) >= 2 else []
    if len(found) < len(items) or not found:
        found = _officers_then_members(items) or _alternating_names_and_posts(text.strip().rstrip("."))
    if not found:
        return 0
    for name, post in found:
        entry = roster.add(name, post, listed=True)
        if entry is not None and post:
            entry.role = post  # the post written beside the name says more than any seen before
    return len(found)


# A list item's bullet as the PDF or OCR gives it ("• ", "° ", "+ ", "e "): no part of the name after it.
_MARK_GLYPHS = "".join(g for g in (*BULLET_GLYPHS, *OCR_BULLET_MISREADS) if len(g) == 1 and not g.isalpha())
_MARK_LETTERS = "".join(g for g in OCR_BULLET_MISREADS if g.isalpha())  # "e", "o": a bullet OCR read as a letter
_ITEM_MARK = re.compile(rf"^\s*(?:[{re.escape(_MARK_GLYPHS)}]|(?-i:[{_MARK_LETTERS}]))\s+(?=[A-ZÀ-Þ])")
_BRACKET_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
OFFICERS_LISTED_MIN = 2  # items with a post, for a list of a line each to be read as names with or without posts


def _officers_then_members(items: list[str]) -> list[tuple[str, str | None]]:
    """ "Arnaud Calmettes, Président" / "Willy Konguem, Trésorier" / "Mehdi Benharrats" / "Corentin Hatte (qui a dû
    partir ...)": a list of a line each, the officers with their posts and the members without; [] unless every item
    is a name (a note in brackets aside) and at least two give a post."""
    found: list[tuple[str, str | None]] = []
    for item in items:
        pair = _name_and_post(*item.partition(",")[::2])
        bare = _BRACKET_NOTE.sub("", item).strip().split()
        if pair is None and not (2 <= len(bare) <= 4 and all(_is_name_word(w) or w in _LIST_PARTICLES for w in bare)):
            return []
        found.append(pair or (" ".join(bare), None))
    return found if sum(post is not None for _, post in found) >= OFFICERS_LISTED_MIN else []


def _name_and_post(name: str, post: str) -> tuple[str, str] | None:
    """ "Linda Park" and "Assistant Superintendent": a listed name (honorifics dropped) and the post after it."""
    words = [w for w in re.sub(r"^(?:and|&)\s+", "", name.strip()).split() if not _HONORIFIC_WORD.match(w)]
    post = post.strip()
    if not post or not 2 <= len(words) <= 4 or not all(_is_name_word(w) or w in _LIST_PARTICLES for w in words) \
            or not _is_post_phrase(post):
        return None
    return " ".join(words), _ROMAN_MISREAD.sub(lambda m: "I" * len(m.group()), post)


# "Planner Ill": a grade's roman numeral as OCR reads it ("III" as "Ill", "II" as "Il") at the end of a post
_ROMAN_MISREAD = re.compile(r"(?<=\s)I[Il1]{1,2}$")


def _alternating_names_and_posts(text: str) -> list[tuple[str, str]]:
    """ "Also present were, Cynthia Eliason, Supervising Planner, Dennis Brighton, Planner III and Latisha Jackson,
    Recording Secretary": names and posts set apart by commas alike, a name then its post (two pairs at least, after
    at most a lead-in in prose); [] when the pieces do not so alternate."""
    pieces = [p.strip() for p in re.split(r"\s*[,;]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", text) if p.strip()]
    if pieces and _PROSE_WORD.search(pieces[0]) and len(pieces) % 2:
        pieces = pieces[1:]  # "Also present were,"
    if len(pieces) < 4 or len(pieces) % 2:
        return []
    pairs = [_name_and_post(pieces[k], pieces[k + 1]) if not _is_post_phrase(pieces[k]) else None
             for k in range(0, len(pieces), 2)]
    return [pair for pair in pairs if pair] if all(pairs) else _posts_then_names(pieces)


def _posts_then_names(pieces: list[str]) -> list[tuple[str, str]]:
    """ "President, Mary Ann Bryant; Treasurer, Jim Wallace; Secretary, Becca Steinbach, At Large, Kelly Lupton": each
    post before its person's name (two posts known at least; another a short phrase in capitals, "At Large"); []
    when the pieces do not so alternate."""
    pieces = [pieces[0].rsplit(":", 1)[-1].strip(), *pieces[1:]]  # ("Present were: President, ...")
    posts, names = pieces[0::2], pieces[1::2]
    known = sum(_is_post_phrase(post) for post in posts)
    short = all(_is_post_phrase(post) or len(post.split()) <= 3 and all(w[:1].isupper() for w in post.split())
                for post in posts)
    if known < OFFICERS_LISTED_MIN or not short:
        return []
    # (a short phrase that is no post we know is taken for one here: the list's order says it is)
    pairs = [(pair[0], post) if (pair := _name_and_post(name, post if _is_post_phrase(post) else "Member")) else None
             for name, post in zip(names, posts, strict=True)]
    return [pair for pair in pairs if pair] if all(pairs) else []


def _is_post_phrase(text: str) -> bool:
    """ "Assistant Superintendent of Business Services", "Clerk", "Member": a phrase opening with a post (after
    at most two words, "Assistant", "Chief Financial")."""
    words = text.split()
    # (a post's compound counts by its head: "Vice-Secrétaire", "Co-Chair")
    return 1 <= len(words) <= 10 and any(_is_post_word(part) or part.lower() in _ROLE_TITLE_WORDS
                                          for w in words[:3] for part in {w.strip(",."), w.strip(",.").split("-")[-1]})


# "A Armstrong Eden District Council": a name written with its initials has one surname; the capitalised words after
# it, up to a body's word, are the body the person comes from (written as if in brackets).
_INITIALLED_NAME_BODY = re.compile(
    r"(?<![\w.'’-])(?P<name>(?:[A-Z]\.?\s+){1,3}(?:Mc|Mac|O['’])?[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?)"
    rf"\s+(?P<body>(?:[A-ZÀ-Þ][\w'’&-]*\s+){{0,3}}(?:{words_tree_re(ORG_WORDS)}))(?![\w-])")


# "David Doezema of Keyser Marston Associates": a listed name, "of" and a body's name
_NAME_OF_BODY = re.compile(
    r"(?<![\w.'’-])(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’]+\s+(?:Mc|Mac|O['’])?[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?)"
    rf"\s+(?:of|from)\s+(?:the\s+)?(?P<body>(?:[A-ZÀ-Þ][\w'’&-]*\s+){{0,3}}(?:{words_tree_re(ORG_WORDS)}))(?![\w-])")


def _bodies_bracketed(text: str) -> str:
    """ "Clerk J Connelly, A Armstrong Eden District Council" -> "..., A Armstrong (Eden District Council)";
    "David Doezema of Keyser Marston Associates" -> "David Doezema (Keyser Marston Associates)"."""
    text = _INITIALLED_NAME_BODY.sub(lambda m: f"{m.group('name')} ({m.group('body')})", text)
    return _NAME_OF_BODY.sub(lambda m: f"{m.group('name')} ({m.group('body')})", text)


_INSIDE_SPLIT = re.compile(r"\s*[,;&]\s*|\s+(?:and|et|und|y|e|en)\s+")


def _names_inside(token: str) -> list[str]:
    """The names of a bracket that holds a list of two or more people ("(Natalie Morissette and Cynthia
    Ramamonjisoa)"); none when any item is not a name (a post, a body, a count)."""
    items = [item for item in _INSIDE_SPLIT.split(token.strip("() ")) if item]
    if len(items) < 2:
        return []
    names = [" ".join(w for w in item.split() if not _HONORIFIC_WORD.match(w)) for item in items]
    # (a surname may be a small word elsewhere: "Fiona Lo")
    if all(2 <= len(n.split()) <= 4 and _is_name_word(n.split()[0])
           and all(_is_name_word(w) or _NAME_WORD.match(w) or w in _LIST_PARTICLES for w in n.split()[1:])
           and not any(_is_post_word(w) for w in n.split()) for n in names):
        return names
    return []


def _singular(group: str) -> str:
    """A group's post said of one of its people: "Administrators" -> "Administrator"."""
    if len(group) > 3 and group.endswith("s") and not group.endswith("ss"):
        return group[:-1]
    return group


def _a_plural_post(post: str) -> bool:
    """ "Members", "Board Members", "Commissioners": a post said of several people."""
    last = post.split()[-1].lower()
    return last.endswith("s") and (_is_post_word(last[:-1]) or last[:-1] in _ROLE_TITLE_WORDS)


NAME_LINE_MAX_WORDS = 5
_NAME_LINE_WORD = re.compile(r"[A-ZÀ-Þ][\w'’.-]*")


def _a_name_a_line(text: str) -> str:
    """A list set a name a line with nothing between them ("Tilstede:" over "Håvard Espeland" / "Jens Chr.
    Brynhildsen" / ...), its lines parted by commas, as lists written on one line part them."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or not all(2 <= len(line.split()) <= NAME_LINE_MAX_WORDS
                                 and all(_NAME_LINE_WORD.fullmatch(word) for word in line.split()) for line in lines):
        return text
    return ", ".join(lines)


def _initials_of_next_name(tokens: list[str], at: int) -> bool:
    """Whether the bracketed token at `at` ("(AB)") is the initials of the name right after it ("Adam Birtles")."""
    letters = tokens[at].strip("() ")
    words = tokens[at + 1:at + 1 + len(letters)]
    return bool(_INITIALS_REF.match(letters)) and len(words) == len(letters) \
        and all(_is_name_word(word) for word in words) and "".join(word[0] for word in words) == letters


def _named_by_initials(name: list[str], token: str) -> list[str]:
    """The words of `name` its bracketed initials after it say are the name: "Hank Chris Clews (CC)" (a column's
    "Bev and Hank" run into the next name) -> "Chris Clews"."""
    letters = token.strip("() ")
    if _INITIALS_REF.match(letters) and len(name) > len(letters) \
            and "".join(word[0] for word in name[-len(letters):]).upper() == letters:
        return name[-len(letters):]
    return name


_PEN_MARKS = re.compile(r"[_©®~]+")


# "Rachel & Jeremy Hicks", "Charles and Sarah Hirom": two people of one surname, listed together.
_COUPLE = re.compile(r"(?<![\w'’-])(?P<one>[A-ZÀ-Þ][a-zà-ÿ]+)\s+(?:&|and|und|et|y|e)\s+(?P<two>[A-ZÀ-Þ][a-zà-ÿ]+)\s+"
                     r"(?P<surname>[A-ZÀ-Þ][\w'’-]+)(?![\w'’-]|\s+[A-ZÀ-Þ][a-zà-ÿ]+\s+[A-ZÀ-Þ])")


def _couples_apart(text: str) -> str:
    """ "Rachel & Jeremy Hicks" -> "Rachel Hicks, Jeremy Hicks": each given name with the surname they share."""
    def apart(match: re.Match) -> str:
        one, two, surname = match.group("one"), match.group("two"), match.group("surname")
        before = match.string[:match.start()].split()
        if not (is_given_name(one) and is_given_name(two)) or is_given_name(surname) \
                or before and before[-1][:1].isupper() and not before[-1].endswith((",", ";", ":")):
            return match.group()  # ("Mina Ko & Ruth Sandoval": "Ko" ends a name, it opens none)
        return f"{one} {surname}, {two} {surname}"
    return _COUPLE.sub(apart, text)


def read_list(text: str, roster: Roster, label_role: str | None = None, first_only: bool = False) -> int:
    """Add the people named in an attendance list to the roster; returns how many were read.

    Names are runs of capitalised words; a bracketed note after a name is its post (or its body),
    a post written before a name ("Clerk J Connelly") or after it with nothing following
    ("Andrei Garcia Commissioner Late") is its role.
    """
    text = _couples_apart(_PEN_MARKS.sub(" ", text))  # "Chairman: _Jane © Ritchie": a signature's strokes read by OCR
    items = read_name_post_items(text, roster)
    if items:
        return items
    text = _a_name_a_line(text)
    tokens = _TOKEN.findall(_bodies_bracketed(unglue_names(text)))
    count, name, pending_role, last = 0, [], None, None
    plural_role = None  # "Commissioners A, B, C": the post of every name that follows
    role_start, role_end = -2, -2  # first and last token of the post being read ("City Manager"), to join its words
    added: list[RosterEntry] = []
    noted: set[int] = set()  # entries given a bracketed note in this list: a second note is another person's
    label_until: int | None = 1 if first_only else None  # entries after the next "Label:" are not under it

    def close() -> None:
        nonlocal count, name, pending_role, last, plural_role
        while name and name[-1].lower() in _LIST_PARTICLES:
            name.pop()
        if 2 <= len(name) <= 4 and not all(_INITIAL.match(w) for w in name) \
                and not _ORG_WORD.search(" ".join(name)):
            last = roster.add(" ".join(name), pending_role or plural_role, listed=True)
            count += last is not None
            if last is not None:
                added.append(last)
        elif len(name) == 1 and pending_role and not plural_role and not _INITIAL.match(name[0]) \
                and not _a_plural_post(pending_role):  # "Vice-Chair Miller" ("Board Members Iverson, Irons": not read)
            roster.surname_posts.setdefault(name[0], pending_role)
        elif len(name) == 1 and plural_role and plural_role.lower() in _ROLE_TITLES_LOWER \
                and not _INITIAL.match(name[0]):  # "Trustees Pfeiffer and Hamill": a title said of each
            roster.surname_posts.setdefault(name[0], plural_role)
        if name:
            pending_role = None  # a post belongs to the name right after it, kept or not
        name = []

    for i, token in enumerate(tokens):
        if not name and len(token) > 3 and token.endswith(".") and token[-2].islower() and not token.startswith("("):
            token = token[:-1]  # a word ending a sentence ("present."); a name's last word is closed below
            if _is_name_word(token) and i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
                name.append(token)  # "Aanwezig: Max, Stijn, Philip, Stefan. Tijden 1140": the stop ends the list
                close()
                continue
        low = token.lower()
        bare = token.rstrip(".:")
        if name and bare != token and not _INITIAL.match(token) and _is_name_word(bare):
            name.append(bare)  # "Councilmember Derek Fox. Absent: ...": the stop ends the name, not drops it
            close()
            if token.endswith(":"):
                pending_role = plural_role = None
                label_until = len(added) if label_role and label_until is None else label_until
            continue
        if token.endswith(":") and len(token) > 1:
            close()  # a new label ("Absent:", "Minutes:") starts a new list; the first label's post stops
            pending_role = plural_role = None
            label_until = len(added) if label_role and label_until is None else label_until
            continue
        if token[:1].isupper() and len(name) <= 1 and not (name and is_given_name(name[0])) \
                and not is_given_name(bare) \
                and (low.strip(".") in _POST_WORDS and low.strip(".") not in _ROLE_TITLES_LOWER
                     or name and low.strip(".") in _ROLE_TITLES_LOWER):
            # a post of several words before a name: "City Manager Paul Becker", "Town Clerk J Pritchard"
            # ("Andrei Garcia Commissioner": a name before a post is left to the post-after-name rule)
            joins = i - len(name) - 1 == role_end and pending_role is not None
            words = [pending_role, *name] if joins else name
            role_start = role_start if joins else i - len(name)
            pending_role, name, role_end = " ".join([*words, bare]), [], i
            continue
        if not name and token in ("M.", "D.") and all(_NAME_WORD.match(t.rstrip(".:")) for t in tokens[i + 1:i + 3]) \
                and len(tokens) > i + 2:
            continue  # "M. Jean Dupont", "D. Luis García": Monsieur, Don, not an initial
        inside = _names_inside(token) if token.startswith("(") and len(name) <= 3 else []
        if inside:  # "Executive (Bryan Dar Santos, Fiona Lo & Enoch Lam)": a group's post, its people in brackets
            group = _singular(" ".join(name)) if name else pending_role
            name, pending_role = [], None
            for person in inside:
                last = roster.add(person, group, listed=True)
                if group:
                    roster.group_posts.add(group)
                count += last is not None
                if last is not None:
                    added.append(last)
            continue
        if token.startswith("("):
            name = _named_by_initials(name, token)
        if token.startswith("(") and _initials_of_next_name(tokens, i):
            close()  # "(AB) Adam Birtles - Secretary": the initials the next name goes by, not the last one's post
            continue
        if token.startswith("("):
            close()
            if last is not None and token.strip("() ").upper() in _initials(tuple(last.name.split())):
                continue  # "Sarah Johnson (SJ) - Chair": the initials she goes by, not a post
            if last is not None:
                role, org = _note_kind(token)
                if id(last) in noted and not (role and last.role is None and not org):
                    continue  # "Kong Sreyneang (Secretary), Ms" *~-**=ra (Treasurer)": a name OCR lost
                last.role = role or last.role  # the note beside the name says more than a list's heading
                last.organization = last.organization or org
                noted.add(id(last))
            continue
        if not name and len(bare) > 1 and _HONORIFIC_WORD.match(token) \
                and bare.lower() not in _ROLE_TITLES_LOWER | _POST_WORDS:  # "Cllr" is a post, as written
            continue  # "Cllr J Smith", "Frau Schmidt": the title is not part of the name
        if not name and token[:1].isupper() and _is_post_word(token.rstrip(".:")) and not is_given_name(token) \
                and token.rstrip(".:").lower() not in _ROLE_TITLES_LOWER and i + 1 < len(tokens) \
                and _is_name_word(tokens[i + 1]):
            pending_role = token.rstrip(".:")  # "Versammlungsleiterin Anna Weber": a post before a name
            continue
        if _is_name_word(token) and (name or not _CAPS_WORD.match(token)):  # "USA Robert": a country first
            if len(name) == 2 and _INITIAL.match(name[0]) and not _INITIAL.match(name[1]) \
                    and name[1].lower() not in _LIST_PARTICLES:  # ("J. de Vries": a particle before the surname)
                close()  # "Mrs J Todd Eden District Councillor A Armstrong": an initial's name has one surname
            name.append(token)
            continue
        if name and low in _LIST_PARTICLES and i + 1 < len(tokens) and _is_name_word(tokens[i + 1]):
            name.append(token)
            continue
        close()
        if token.endswith(":") and len(token) > 1 and label_role and label_until is None:
            label_until = len(added)  # "Chair: John Smith Minutes: Jane Doe": the label is the first's only
        if _HONORIFIC_WORD.match(token) and token.rstrip(".").lower() not in _ROLE_TITLES_LOWER:
            continue  # "Mr." before a name: neither name nor break
        token = token.rstrip(".:")
        joined = f"{tokens[i - 1].rstrip('.:')} {token}" if i else token
        if joined.lower() in _ROLE_TITLES_LOWER:  # "Vice Mayor Ann Lee", "Council Member Eva Green"
            token = joined
        if token.lower() in _ROLE_TITLES_LOWER:
            following = next((t for t in tokens[i + 1:] if not _HONORIFIC_WORD.match(t)), "")
            if _is_name_word(following):
                singular = token[:-1] if token.lower().endswith("s") and token[:-1].lower() in _ROLE_TITLES_LOWER \
                    else token  # "Cllrs A Green, B White", "Commissioners X, Y"
                pending_role = token.rstrip("s") if token.endswith("ers") or token.endswith("ors") else singular
                if role_end == i - 1 and pending_role:  # "Vice Chair Luis Moreno": the post's words join
                    pending_role = f"{' '.join(tokens[j] for j in range(role_start, i))} {pending_role}"
                plural_role = pending_role if pending_role != token else None
            elif last is not None and not last.role and not tokens[i - len(token.split())].endswith("."):
                last.role = token  # (not after a stop: "..., and Kathy Deacon. BOARD MEMBER ITEMS")
        elif last is not None and not last.role and _is_post_word(token) and tokens[i - 1] in {",", "-", "–"} \
                and (i + 1 == len(tokens) or tokens[i + 1] in {",", ";", "•", "·", "|"}):
            last.role = token  # "Maryse Nafti, trésorière ;": a post after the name, up to the next one
    close()
    for entry in added[:label_until]:  # "In the chair: X" makes X the chair unless the list gives another post
        entry.role = entry.role or label_role
    return count


def attendance_label(text: str) -> str | None:
    """The attendance label a block starts with ("Present:", "Anwesende Mitglieder", "Roll call")."""
    match = _ATTENDANCE_LABEL.match(text)
    if not match or match.group("label").lower() in _CHAIR_LABELS and not match.group().rstrip().endswith(":"):
        return None
    return match.group("label").lower()


def label_role(label: str) -> str | None:
    """The post an attendance label gives: "In the chair: X" and "Presiding: X" say X chairs."""
    return "Chair" if label in _CHAIR_LABELS else None


def mentioned_names(text: str) -> list[str]:
    """Names met in prose that begin with a known given name: "Sue Brownill", "Padraig Gleeson"."""
    found = []
    words = text.split()
    for i, word in enumerate(words[:-1]):
        clean = word.strip("(“\"'")
        if not _NAME_WORD.match(clean) or not is_given_name(clean) or clean.lower() in _NOT_NAME:
            continue
        name = [clean]
        for nxt in words[i + 1:i + 3]:
            stripped = nxt.rstrip(".,;:)’'”\"")
            if stripped.endswith("’s") or stripped.endswith("'s"):
                stripped = stripped[:-2]
            if not (_NAME_WORD.match(stripped) or _CAPS_WORD.match(stripped)) or stripped.lower() in _NOT_NAME:
                break
            name.append(stripped)
            if stripped != nxt:
                break
        if len(name) >= 2:
            found.append(" ".join(name))
    return found


def _person_words(text: str) -> bool:
    words = text.split()  # (not "Administrative Assistant": a post's words)
    return 2 <= len(words) <= 4 and all((_is_name_word(w) and not _is_post_word(w)) or w in _LIST_PARTICLES
                                        for w in words)


# A word of five small letters or more, no connecting word: a verb or a noun of a sentence, no body's name holds one
# ("Centre National de la Recherche Scientifique", "Università degli Studi" do not).
_LONG_SMALL_WORD = re.compile(r"(?<![\w'’-])(?!(?:della|delle|degli|dello|within|among|under|über|entre)\b)"
                              r"[a-zß-ÿ]{5,}(?![\w'’-])")


def read_affiliations(line: str, roster: Roster) -> None:
    """ "Padraig Gleeson and Angus Silver, University College London, UK", "Robert Cannon Textensor
    Limited, UK": a line of participants and the body they come from. One of the names must begin
    with a given name, and the body must hold an organisation word."""
    people: list[str] = []
    org = None
    for item in (i.strip() for i in line.split(",")):
        if _ORG_WORD.search(item):
            head = item.split()[0].lower().strip(".,")
            tail = item.split()[-1].lower().strip(".,")
            if item[:1].islower() or head in POST_WORDS or head.endswith(POST_SUFFIXES) or tail in POST_WORDS:
                # "Paul Roy, président de l'association, remercie", "Catherine Atkin, Board Member": a post (named
                # after its body), not the body come from
                return
            if not people:  # the name runs straight into the body: "Robert Cannon Textensor Limited"
                words = item.split()
                for k in (3, 2):
                    if _person_words(" ".join(words[:k])) and not _ORG_WORD.search(" ".join(words[:k])) \
                            and words[k:] and words[k][:1].isupper():
                        people, item = [" ".join(words[:k])], " ".join(words[k:])
                        break
            if _LONG_SMALL_WORD.search(item):
                return  # "Gladys Woodard Roby administered the Oath of Office": a sentence, not a body's name
            org = item
            break
        names = [n.strip() for n in re.split(r"\s+(?:and|&)\s+", item) if n.strip()]
        if not names or not all(_person_words(n) for n in names):
            return
        people.extend(names)
    if not org or not people or not any(is_given_name(p.split()[0]) for p in people):
        return
    for person in people:
        entry = roster.add(person)
        if entry is not None:
            entry.organization = entry.organization or org


def _list_like(text: str) -> bool:
    """A comma-separated run of three or more names, whatever its label ("Working Group: A, B, C")."""
    head, sep, tail = text.partition(":")
    body = tail if sep and len(head) <= 40 else text
    body = unglue_names(re.sub(r"\([^()]*\)", "", body))
    items = [i.strip() for i in re.split(r"[,;]|\s(?:and|et|und|y|en)\s", body) if i.strip()]
    if len(items) < 3:
        return False
    items = [" ".join(w for w in item.split() if not _HONORIFIC_WORD.match(w)) for item in items]
    names = sum(1 for item in items if 2 <= len(item.split()) <= 4 and all(_is_name_word(w) or w in _LIST_PARTICLES
                                                                           for w in item.split()))
    return names >= 0.7 * len(items)


_LABEL_IN_TEXT = re.compile(r"(?:^|(?<=[\s.;]))(?P<label>[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,2})\s*:\s+")
_NOT_POST_LABELS = set(NOT_POST_LABELS)


def _post_labelled(text: str) -> list[tuple[str, str, bool]]:
    """ "Chairman: Cllr J Smith Clerk: Mrs J Bloggs", "Councillors: A Green, B White": (post, the names after it,
    whether the post is a plural) for each label that is a post. The names run up to the next label, the end of
    the sentence or the first word of prose ("Treasurer: John reported that ..." names no one in full)."""
    posts = []
    for label in _LABEL_IN_TEXT.finditer(text):
        words = label.group("label").split()
        for j in range(len(words)):  # "J Smith Clerk:": the label is the last words, from a post word on
            first = words[j].lower()
            singular = first[:-1] if first.endswith("s") and _is_post_word(first[:-1]) else first
            if singular not in _NOT_POST_LABELS and (_is_post_word(singular) or singular in _ROLE_TITLE_WORDS):
                plural = singular != first
                post = " ".join(words[j:])
                at = label.start() + label.group().index(words[j])
                posts.append((post[:-1] if plural and j == len(words) - 1 else post, at, label.end(), plural))
                break
    found = []
    for k, (post, _, after, plural) in enumerate(posts):
        segment = _list_lines(text[after:posts[k + 1][1] if k + 1 < len(posts) else len(text)])
        segment = re.split(r"(?<=\w\w)\.(?:\s|$)|\s[a-zß-ÿ]+\b(?<!\band)(?<!\bet)(?<!\bund)(?<!\by)(?<!\be)(?<!\ben)",
                           segment)[0]
        if not plural:
            segment = re.split(r"\s[a-zß-ÿ]", segment)[0]  # one person: up to the first word of prose
            first = segment.split()[:1]
            if first and first[0].rstrip(".").lower() in _ROLE_TITLES_LOWER:  # "Chairman: Cllr J Smith"
                segment = segment.split(None, 1)[1] if len(segment.split()) > 1 else ""
        found.append((post, segment, plural))
    return found


_PROSE_WORD = re.compile(r"(?<![\w'’.-])(?!(?:and|und|et|y|del|des|der|den|van|von|bin)\b)[a-zß-ÿ]{3,}(?![\w'’-])")


def _list_lines(text: str) -> str:
    """The lines of an attendance list, up to a line of prose under it ("Board Members Present: ..., Member Dan Dole"
    / "Able called the meeting to order."): a line whose first item holds a word in small letters (brackets aside)
    ends the list; a line that goes on with names ("Dole, Eve Ford") does not."""
    lines = text.split("\n")
    for k in range(1, len(lines)):
        line = lines[k]
        before = "\n".join(lines[:k])
        if before.count("(") > before.count(")"):  # "Clare Clacherty (joint" / "P7 rep), ...": a note goes on
            line = line.partition(")")[2]
        if _opens_with_prose(line) and not re.search(r"(?:,|\band|&)\s*$", before):
            # (a line after "and" or a comma goes on with the list: "... and" / "Councillor A Connell plus guests")
            return "\n".join(lines[:k])
    return text


def _opens_with_prose(line: str) -> bool:
    """Whether a line's first item (up to a comma or semicolon, brackets aside) holds a word in small letters."""
    return bool(_PROSE_WORD.search(re.split(r"[,;]", re.sub(r"\([^()]*\)", " ", line))[0]))


def _sentences_apart(lines: list[str]) -> str:
    """A block's lines joined, a bar set before a line that opens with prose ("Member Dan Dole" / "Able called the
    meeting to order."): a name met in prose does not run on into it ("Dan Dole Able")."""
    out = lines[0]
    for line in lines[1:]:
        out += (" | " if _opens_with_prose(line) and not out.rstrip().endswith((",", "-")) else " ") + line
    return out


def _with_lines(i: int, blocks: list, lines: list | None) -> str:
    """Block `i`'s text with its line breaks, where its lines are known."""
    return "\n".join(lines[i]) if lines is not None and lines[i] else blocks[i]


_SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+")
_APPOINTED = re.compile(rf"(?<![\w-])(?:{words_re(APPOINTMENT_AUXILIARIES)})\s(?:.*\s)?"
                        rf"(?:{words_re(APPOINTMENT_PARTICIPLES)})(?![\w-])", re.I | re.S)
_OFFICER_POST = re.compile(rf"(?<![\w-])(?P<post>{words_re(CHAIR_ROLES + MINUTE_TAKER_ROLES)})(?![\w-])", re.I)
_APPOINTMENT_MAX_WORDS = 20


def read_appointments(text: str, roster: Roster) -> None:
    """ "Als Versammlungsleiter wurde Leon Farchau bestimmt.": a listed person appointed, in a short sentence with a
    passive verb, to the one post of the meeting's chair or minute-taker the sentence names, holds that post."""
    for sentence in _SENTENCE_BREAK.split(text):
        if len(sentence.split()) > _APPOINTMENT_MAX_WORDS or not _APPOINTED.search(sentence):
            continue
        posts = {match.group("post") for match in _OFFICER_POST.finditer(sentence)}
        named = [entry for entry in roster.entries if entry.listed
                 and re.search(rf"(?<![\w-]){re.escape(entry.name)}(?![\w-])", sentence, re.I)]
        if len(posts) == 1 and len(named) == 1 and named[0].role is None:
            named[0].role = posts.pop()


_OFFICER_NAME = r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’.-]+){1,3})"
_CHOSEN_POST = (rf"(?P<post>(?i:{words_re(MEETING_OFFICER_POSTS)})(?![\w-])"
                 rf"|(?i:{words_re(CHAIR_ROLES)})(?=\s+(?i:{words_re(OF_THE_MEETING)})))")
_OFFICER_CHOSEN = [re.compile(form.format(name=_OFFICER_NAME, post=_CHOSEN_POST)) for form in MEETING_OFFICER_FORMS]
_OFFICER_HEADING = re.compile(MEETING_OFFICER_HEADING.format(post=_CHOSEN_POST))
_NAME_OPENS = re.compile(rf"^{_OFFICER_NAME}")


def read_meeting_officers(sections: list, roster: Roster) -> None:
    """The meeting's chair and minute-taker, chosen at its start: "Frode Hagerup ble valgt til ordstyrer", "Till
    ordförande för mötet valdes Jan Jacobson", or, where no sentence says so, after the item that chooses one post
    ("§3 Valg af dirigent.") the name the next sentence opens with. They hold the post (and so take part in the
    meeting as its officers do)."""
    for heading, texts in sections:
        sentences = [_bare_item(sentence) for text in [heading, *texts]
                     for part in [text.replace("\n", " "), *text.split("\n")] for sentence in _sentences_of(part)]
        said = [found for sentence in sentences
                if (found := next((m for form in _OFFICER_CHOSEN if (m := form.match(sentence))), None))]
        for found in said:
            _hold_post(roster, found.group("name"), found.group("post") or found.groupdict().get("post_2"))
        if said:
            continue
        for sentence, after in zip(sentences, sentences[1:], strict=False):
            chosen = _OFFICER_HEADING.match(sentence)
            opens = _NAME_OPENS.match(after) if chosen and not _JOINED_POSTS.search(sentence) else None
            if opens and not any(word.lower() in _NOT_NAME for word in opens.group("name").split()):
                _hold_post(roster, opens.group("name"), chosen.group("post"))
                break


_JOINED_POSTS = re.compile(rf"\s(?:{words_re(JOINING_WORDS)})\s", re.I)  # "Valg av møteleder og referent": which is who


def _bare_item(text: str) -> str:
    """An item's text without its bullet and number: "- §3 Valg af dirigent." -> "Valg af dirigent."."""
    return without_numbering(text.strip().lstrip("-–•* ")).strip()


def _hold_post(roster: Roster, name: str, post: str) -> None:
    entry = roster.add(re.sub(r"(?<=\w\w)\.$", "", name), post, listed=True)  # ("... valdes Jan Jacobson.")
    if entry is not None and officer_post(entry) is None:
        entry.role = post  # ("Gunnar Jonsson, styrelsen" listed: chosen as the meeting's chair, the chair)


def _list_opened_in_heading(heading: str) -> str | None:
    """ "ROLL CALL Present: Mike Hartigan, President": a heading that runs on into its attendance list (a label
    after another, a colon, the first name); the list's first item, which goes on in the section's body."""
    label = attendance_label(heading)
    if not label or label in _CHAIR_LABELS:  # "6. Chair Report: Bryan Dar Santos": an item's presenter
        return None
    opened = _ATTENDANCE_LABEL.match(heading)
    rest = heading[opened.end():].strip() if opened and opened.group().rstrip().endswith(":") else ""
    return rest if rest and _is_name_word(rest.split()[0].rstrip(",")) else None


_STOP = re.compile(r"(?<=[a-zà-ÿ]{2})\.\s+(?=[A-ZÀ-Þ])")


def _sentences_of(text: str) -> list[str]:
    """A paragraph cut at each full stop after a word (not an honorific's: "Mrs. Ann Lee", "Prof. Bo Li")."""
    pieces, start = [], 0
    for stop in _STOP.finditer(text):
        word = text[:stop.start()].split()[-1] if text[:stop.start()].split() else ""
        if not _HONORIFIC_WORD.match(word):
            pieces.append(text[start:stop.start() + 1])
            start = stop.end()
    return [*pieces, text[start:]]


def _post_before_label(before: str) -> str | None:
    """ "Successor Agency consultant in attendance: X": the post the words before a list's label give its people
    (a short phrase opening its sentence, capitalised, that ends in a post word)."""
    phrase = " ".join(re.split(r"(?<=[.;:!?])\s+", before.strip())[-1].split())
    words = phrase.split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper() or not _is_post_word(words[-1]) \
            or words[-1].lower() in _NOT_NAME and words[-1].lower() not in _POST_WORDS:
        return None
    return phrase


def _without_run_in_heading(heading: str, texts: list[str]) -> list[str]:
    """A section's texts without the heading its first paragraph opens with ("Roll Call: Supervisor X, ..." under
    "Roll Call"): the list is what follows the heading, not a person named "Roll Call"."""
    if not texts or not heading or not texts[0].startswith(heading):
        return texts
    return [texts[0][len(heading):].lstrip(" :;-–—"), *texts[1:]]


def build_roster(sections: list, blocks: list, lines: list | None = None) -> Roster:
    """The roster of a document from its attendance lists, list-like lines, lines of participants
    with their bodies, and given-name mentions.

    `sections` are (heading, [block texts]) pairs; `blocks` every body block's text in reading order,
    `lines` the text lines of each block (the block's text split at newlines when not given).
    """
    roster = Roster()
    for heading, texts in sections:
        texts = _without_run_in_heading(heading, texts)
        label = _HEADING_LABEL.search(heading)
        before = heading[:label.start()].lower().split() if label else []
        if before and before[-1] in LABEL_OBJECT_WORDS:
            label = None  # "Set the number of committee members": what the item is about, no list under it
        if label:  # "1. CALL TO ORDER AND ROLL CALL": the section is the list, one cell a block
            read_list("\n".join(texts), roster, label_role(label.group("label").lower()))
        elif (opened := _list_opened_in_heading(heading)) is not None:
            read_list("\n".join([opened, *texts]), roster)
    for i, text in enumerate(blocks):
        # (read on the lines: "Present" alone on its line, the list under it, is a label without its colon)
        label = attendance_label(_with_lines(i, blocks, lines))
        if label:
            rest = _list_lines(_ATTENDANCE_LABEL.sub("", _with_lines(i, blocks, lines), count=1).strip())
            if (not rest or rest.endswith(",")) and i + 1 < len(blocks):  # the list goes on in the next block
                rest = rest + " " + _list_lines(_with_lines(i + 1, blocks, lines))
            read_list(rest, roster, label_role(label))
        elif _list_like(text):  # (on its lines: "Willy Konguem, Trésorier" / "David Roux, Secrétaire", a line each)
            listing = _with_lines(i, blocks, lines)
            read_list(listing.partition(":")[2] if ":" in listing[:41] else listing, roster)
        if not label:
            for inside in _LIST_INSIDE.finditer(text):
                read_list(inside.group("rest"), roster)
            for sentence in _sentences_of(text):  # "... Successor Agency consultant in attendance: David Doezema"
                for inside in _LIST_INSIDE.finditer(sentence):
                    post = _post_before_label(sentence[:inside.start()])
                    if post:
                        read_list(inside.group("rest"), roster, post)
        for inside in _CHAIR_INSIDE.finditer(text):
            if inside.start() > 0:
                read_list(inside.group("rest"), roster, "Chair")
        for post, segment, plural in _post_labelled(_with_lines(i, blocks, lines)):
            read_list(segment, roster, post, first_only=not plural)
    for text in blocks:
        read_appointments(text, roster)
    read_meeting_officers(sections, roster)
    for text in [heading for heading, _ in sections] + blocks:
        read_initialled_names(text, roster)
    for i, text in enumerate(blocks):
        for name in mentioned_names(_sentences_apart(lines[i]) if lines is not None and lines[i] else text):
            roster.add(name)
        block_lines = lines[i] if lines is not None else text.split("\n")
        for line in block_lines:
            read_affiliations(line, roster)
        read_name_over_post(block_lines, roster)
        # the names and the posts as two lines of a block, or as two blocks (cells of one height apiece)
        for names, posts in [*zip(block_lines, block_lines[1:], strict=False), (text, blocks[i + 1] if i + 1 <
                                                                                 len(blocks) else "")]:
            read_name_columns(names, posts, roster)
        if len(block_lines) == 2 and posts_row(block_lines[0]):  # the posts over the signatories' names
            read_name_columns(block_lines[1], block_lines[0], roster)
    return roster


# "John Hoodless (JH)": a name with the initials the minutes go on to use for it, in brackets
_NAME_WITH_INITIALS = re.compile(r"(?<![\w'’-])(?P<name>(?-i:[A-ZÀ-Þ][a-zà-ÿ'’-]+)"
                                 r"(?:[ \t]+(?-i:[A-ZÀ-Þ][\w'’-]+)){1,2})[ \t]*\((?P<initials>(?-i:[A-Z]{2,3}))\)")


def read_initialled_names(text: str, roster: Roster) -> None:
    """The people a text names with their initials after them ("Nick Oakhill (NO) CHAIR", even where a two-column
    attendance block was read as a heading): listed, so that "proposed by JH and seconded by NO" finds them."""
    for match in _NAME_WITH_INITIALS.finditer(text):
        words = tuple(match.group("name").split())
        if match.group("initials") in _initials(words) and is_given_name(words[0]):  # not "Consejo Ciudadano (CC)"
            roster.add(match.group("name"), listed=True)


NAME_CARD_MAX_POST_WORDS = 4


def read_name_over_post(block_lines: list[str], roster: Roster) -> None:
    """ "Devender Sandhu" over "Chair": a block of two lines, a name of two or three words and the person's post (a
    board's sidebar of its members, a signature's caption)."""
    if len(block_lines) != 2:
        return
    name, post = (line.strip() for line in block_lines)
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.match(word) for word in words) \
            or any(word.lower() in _NOT_NAME or word.lower() in _POST_WORDS for word in words):
        return
    if len(post.split()) <= NAME_CARD_MAX_POST_WORDS and _is_post(post) and not any(ch.isdigit() for ch in post):
        roster.add(name, post)


def read_name_columns(names: str, posts: str, roster: Roster) -> None:
    """ "Javanni Brown Ofelia Bello Juan Mendez" over "Commissioner Commissioner Alternate": a roll call's table
    read across its columns (OCR puts cells of one height on one line), or signatures side by side over their posts
    in brackets: as many two-word names as posts, each name over its post, are listed people with those posts."""
    words = names.split()
    count = len(words) // 2
    if count < 2 or len(words) != 2 * count or not all(_NAME_WORD.match(word) for word in words) \
            or any(word.lower() in _NOT_NAME or word.lower() in _POST_WORDS for word in words):
        return
    bracketed = [post.strip() for post in re.findall(r"\(([^()]+)\)", posts)]
    if len(bracketed) == count and not re.sub(r"\([^()]*\)", "", posts).strip():
        found = bracketed  # "Thomas Feldt Eva-Maria Döllel" over "(1. Vorsitzender) (Schriftführerin)": signatures
    else:
        found = _posts_in_line(posts, count)
    if len(found) != count or any(len(post.split()) > 3 for post in found):
        return
    folded = [word.lower() for word in words]
    for entry in list(roster.entries):  # "Ofelia Bello Juan", read across two cells before: no one
        size = len(entry.tokens)
        starts = [j for j in range(len(folded) - size + 1) if folded[j:j + size] == entry.tokens]
        if starts and all(j % 2 or size != 2 for j in starts):
            roster.entries.remove(entry)
    for k, post in enumerate(found):
        entry = roster.add(" ".join(words[2 * k:2 * k + 2]), post, listed=True)
        if entry is not None:
            entry.role = entry.role or post


def read_people_table(rows: list[dict[int, str]], columns: dict[str, int], roster: Roster) -> None:
    """Each row of a table of the people present: a listed person with the post and body of their row."""
    for row in rows:
        name = tidy_name(" ".join(row.get(columns["name"], "").split()))
        if not name or _ORG_WORD.search(name):
            continue
        role = row.get(columns["role"], "").strip() or None if "role" in columns else None
        org = row.get(columns["organization"], "").strip() or None if "organization" in columns else None
        entry = roster.add(name, role, org, listed=True)
        if entry is not None:
            entry.role, entry.organization = role or entry.role, org or entry.organization

