"""Speakers: who presents, reports, asks, answers, chairs; with role and organisation.

`find_people` reads the cues that someone speaks here; the post and body said of a person are read by
`pipeline.annotate.posts`, references to people of the roster by `pipeline.annotate.references`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.annotate.agents import people_acting
from pipeline.annotate.common import Located, clean_text, split_outside_parens, stamp_piece, table_rows, words_re
from pipeline.annotate.posts import (
    _HONORIFIC_WORDS,
    _ORG_WORD,
    _POST_HEADS,
    _POST_LABEL,
    _SPEECH_VERB,
    HONORIFIC_PREFIX,
    _a_persons_name,
    _appositive,
    _clause,
    _compound_post,
    _described,
    _labelled_post,
    _post_before,
    _post_out_of_name,
    _trim_post_tail,
    _without_post_tail,
    definite_post,
    mend_post_words,
    plausible_role,
    post_alone,
    split_role_org,
    starts_with_post,
    without_doing_clause,
)
from pipeline.annotate.references import (
    _DROPPABLE,
    _bracket_opener,
    _bracketed_ref_opens_block,
    _posts_before_names,
    _posts_speaking,
    _roster_refs,
    _signature_posts,
    posts_before_names,
)
from pipeline.annotate.roster import Roster, RosterEntry, build_roster, officer_post, read_people_table
from pipeline.annotate.spoken_lists import spoken_lists
from pipeline.annotate.turns import SHORT_FORM_MIN_LETTERS, Turn, name_test, read_turns
from pipeline.names import is_given_name
from pipeline.nlp import bare_names, load_bare_name_matcher, load_nlp, person_docs
from pipeline.rules import (
    ATTENDANCE_LABELS,
    CHAIR_ROLES,
    DECLINED_ADJECTIVE_ENDINGS,
    HEADING_ITEM_WORDS,
    HEADING_ROLE_WORDS,
    IN_OFFICE_WORDS,
    INVERTING_ADVERBS,
    LEAD_IN_ROLES,
    MEETING_WORDS,
    MINUTES_WRITER_CAPTIONS,
    MINUTES_WRITER_LINES_MAX,
    NAME_ARTICLES,
    NAME_OPENER_WORDS,
    NAME_PARTICLES,
    NON_SPEAKER_LABELS,
    NOT_A_SUBJECT_WORDS,
    NOT_NAME_WORDS,
    NOUN_DETERMINERS,
    NOUN_MIN_LETTERS,
    NOUN_SUFFIXES,
    ORGANIZATION_WORDS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    POST_WORDS,
    PRESENTER_COLUMN_NAMES,
    REPORT_NOT_GIVEN,
    REPORT_WORDS,
    ROLE_TITLES,
    SPEAKER_LABELS,
    SPEAKER_LEAD_INS,
    SUBJECT_PRONOUNS,
    VERB_ROLES,
)
from pipeline.structure import Block, SectionDraft, Structure, people_table_columns
from schemas import Speaker


@dataclass
class SpeakerDraft:
    """A speaker being found: merged with later mentions of the same person, then made a `Speaker`."""

    honorific: str | None
    name: str
    role: str | None = None
    organization: str | None = None
    section_nos: list[int] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)

    def to_record(self, speaker_no: int) -> Speaker:
        return Speaker(speaker_no=speaker_no, honorific=clean_text(self.honorific), name=self.name,
                       role=clean_text(_without_stamp_tail(mend_post_words(self.role) if self.role else None)),
                       organization=clean_text(_without_stamp_tail(self.organization)),
                       section_nos=sorted(self.section_nos), pages=sorted(self.pages))


def _without_stamp_tail(text: str | None) -> str | None:
    """A post or body without a stamp's word OCR read after it ("... Youth Rehabilitation APPROVE")."""
    words = (text or "").split()
    while words and len(words[-1].strip(".,;:()")) >= 4 and stamp_piece(words[-1]):
        words.pop()
    return " ".join(words) if words else None


_LIST_LABELS = {label.casefold() for label in (*ATTENDANCE_LABELS, *NON_SPEAKER_LABELS, *SPEAKER_LABELS)}
# ... also with the person's post between, then a title: "Presiede la riunione il Presidente del Consiglio Direttivo,
# Sig./Sig.ra Alessandro Crescenzi", "chaired by the President of the Club, Mr. X"
_ARTICLE = r"(?:the|el|la|le|il|der|die|de)"
_TITLE_ABBREVIATION = r"[A-Z][a-z]{0,3}\.(?:\s*/\s*[A-Z][a-z]{1,3}\.[a-z]{0,2})?"  # "D.", "Sig.", "Sig./Sig.ra"
# ... or the post alone, as it stands before a name, said to be the one in office: "Presiede l'assemblea il presidente
# in carica Nicola D'Auria"
_POST_BETWEEN = (rf"{_ARTICLE}\s+(?:[^,.;:]{{1,60}},\s*(?:{_TITLE_ABBREVIATION}\s*)?|(?:{words_re(POST_WORDS)})"
                 rf"(?:\s+(?:{words_re(IN_OFFICE_WORDS)}))?\s+)"
                 rf"|(?:{words_re(POST_WORDS)})\s*,\s*")  # "presided by President, Peggy Marcone"
_LEAD_IN = re.compile(rf"(?:{'|'.join(SPEAKER_LEAD_INS)})\s*:?\s*(?:{_POST_BETWEEN})?{_ARTICLE}?\s*$", re.I)
_QA_LEAD_IN = re.compile(
    r"(?:question|questions|comment|comments|answer|answers|response|reply)\s+(?:from|by)\s*$"
    r"|(?:asked|answered|responded|replied|raised|questioned)\s+by\s*$"
    r"|^\s*(?:q|a|question|answer|comment|response|reply)\s*\d*\s*\(\s*$", re.I)  # "Q (Mr. X, Org): ..."
_BRACKETED_LABEL = re.compile(rf"\(\s*(?P<label>{words_re(SPEAKER_LABELS)})\s*:\s*$", re.I)
_SPEAKER_LABEL = re.compile(rf"^\s*(?:{words_re(SPEAKER_LABELS)})\s*:\s*$", re.I)
# "Agenda item: Financial Report Presenter: Susan and Dorian": a speaker's label after an item's words, with the
# names it labels (the second of two after "and")
_SPEAKER_LABEL_BEFORE = re.compile(
    rf"(?<=[A-Za-z)])\s+(?i:{words_re(SPEAKER_LABELS)})\s*:\s*(?:[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){{0,2}}"
    rf"\s*(?:,|\band\b|&)\s*)?$")
_WHO_CLAUSE = re.compile(r"^\s*,\s*(?:who|qui|quien|quienes)\s+")  # a relative clause said of the person named
def _listed_and_speaks_in_clause(name: str, rest: str, roster: Roster) -> bool:
    """ "welcoming new Board Member Nancy Lewis, who gave her background": a person of the attendance list, named
    right before a relative clause whose verb is a speaking one, speaks (someone only mentioned is not listed)."""
    who = _WHO_CLAUSE.match(rest)
    entry = roster.resolve(name) if who else None
    return bool(entry and entry.listed and _SPEECH_VERB.match(rest[who.end():]))


_NON_SPEAKER_LABEL = re.compile(rf"^\s*(?:{words_re(NON_SPEAKER_LABELS)})\s*:", re.I)
# The end of a list under a label: a sentence's stop after a word of small letters or a name ("... Tom Ruiz, Director of
# Special Education. Superintendent Gray presented ..."), not an honorific's ("Mr. Adams").
_LIST_ENDED = re.compile(
    r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bMme)(?<!\bProf)[a-zà-ÿ]{2}\.\s+[A-ZÀ-Þ]")
_BRACKETED_ASKER = re.compile(r"^\s*(?:\(?[0-9A-Za-z]{1,3}[.)]\s*)?\($")


_HEADING_PERSON = re.compile(
    rf"(?P<role>.*?)\s*(?::\s*\(?|\(|\s+-\s+|\s*[–—]\s*)\s*(?P<lead>lead\s+)?(?:(?P<h>{_HONORIFIC_WORDS})\.?\s+)?"
    r"(?P<name>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){0,2})\)?\s*(?:\(\d[^)]*\)|\(\d[^()]*)?\s*$")
# (the time note after the name may have lost its bracket's end to OCR: "Jacquie Lavoie (7:15p =")
_TIME_NOTE = re.compile(r"\(\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*\)", re.I)


def _person_in_heading(section: SectionDraft) -> SpeakerDraft | None:
    """The person a heading names as giving the item: "5. ADMIN REPORT: Jacquie Lavoie (7:15pm)", "2. Treasurer’s
    Report - Joe" (a name of one word is a given name)."""
    match = _HEADING_PERSON.match(section.heading)
    names = match.group("name").split() if match else []
    if not match or any(word.lower() in NOT_NAME_WORDS or word.lower() in ORGANIZATION_WORDS for word in names) \
            or len(names) == 1 and not is_given_name(names[0]):
        return None  # "SUPERINTENDENT'S REPORT: New Matters", "Project Update – Pleasant Ridge Library": no person
    role = _TIME_NOTE.sub("", match.group("role"))
    role = re.sub(r"^\s*\(?[0-9A-Za-z]{1,4}[.)]\s+", "", role).strip(" :")
    words = role.lower().split()
    if not words or words[-1] not in HEADING_ROLE_WORDS + HEADING_ITEM_WORDS and not match.group("lead"):
        return None
    if words[-1] in HEADING_ITEM_WORDS:
        role = ""
    role = re.sub(r"\s+report$", "", role, flags=re.I)
    role = re.sub(r"(?<=\w)['’]s$", "", role) + (" lead" if match.group("lead") else "")  # "Principal's Report"
    honorific = match.group("h")
    return SpeakerDraft(honorific=honorific + "." if honorific and len(honorific) <= 3 and honorific != "Mme"
                        else honorific, name=match.group("name"), role=role or None,
                        section_nos=[section.section_no], pages=[section.page_first])


def _bracketed_orgs(text: str) -> list[str]:
    """Organisations written in brackets after a name: "Mr. Heng Vuthy (World Education)"."""
    return [m.group(1).strip() for m in re.finditer(r"[A-Z][a-z]+\s*\(([^()]{2,60})\)", text)]


# The person ruler matches honorifics in any case ("de la maestra Gabriela ..."): so does their removal.
_ENT_HONORIFIC_PREFIX = re.compile(HONORIFIC_PREFIX.pattern, re.I)


def _next_person(role: str | None, org: str | None, roster: Roster) -> bool:
    """Whether what stands after a name's comma, read as its post or body, is the next person of a list (a name the
    roster knows, not a post it knows someone by: "Denis JUVIN - Maire")."""
    return any(said and not post_alone(said) and roster.resolve(said) is not None for said in (role, org))


def _split_honorific(mention: str) -> tuple[str | None, str]:
    match = _ENT_HONORIFIC_PREFIX.match(mention)
    if not match:
        return None, mention.strip()
    written = mention[: match.end()].strip()
    if len(written.rstrip(".")) == 1 and written.islower():
        return None, mention[match.end():].strip()  # "£0.4m. Joanne Reid": "m." abbreviates the amount's unit
    return written, mention[match.end():].strip()


_CONJUNCTION = re.compile(r"^\s*,?\s*(?:and|y|e|et|und|en|&)\s+")
_NAME_RUN_WORD = re.compile(
    rf"^(?:[A-ZÀ-Þ][\w'’.-]*|{words_re(NAME_PARTICLES + NAME_ARTICLES)}|(?:{_HONORIFIC_WORDS})\.?),?$")


_LISTED_NAME_WORD = rf"(?:[A-ZÀ-Þ][\w'’.-]*|{words_re(NAME_PARTICLES)})"
_LISTED_NAMES = re.compile(rf"^(?:\s*,\s*{_LISTED_NAME_WORD}(?:\s+{_LISTED_NAME_WORD}){{0,3}}(?=\s*,))+")


def _coordinated_speaker_follows(rest: str) -> bool:
    """ "Emma Rand [and Susannah Cowtan led]", "el Ing. Landeros [y la Maestra Hermosillo, explicaron]":
    a name joined to the next one, whose verb is said of both."""
    listed = _LISTED_NAMES.match(rest)  # "Patricia Winters[, Joanne Pastula, and Nina Poanessa addressed]"
    rest = rest[listed.end():] if listed else rest
    conj = _CONJUNCTION.match(rest)
    if not conj:
        return False
    words = list(re.finditer(r"\S+", rest[conj.end():]))
    for k, word in enumerate(words[:7]):
        if not _NAME_RUN_WORD.match(word.group()):
            return k > 0 and bool(_SPEECH_VERB.match(rest[conj.end() + word.start():]))
    return False


_LEAD_IN_ROLE = re.compile(rf"\b(?P<lead>{words_re(LEAD_IN_ROLES)})\s*:?\s*$", re.I)


def _lead_in_role(before: str) -> str | None:
    """The post the words before a name give it: "chaired by" a Chair."""
    lead = _LEAD_IN_ROLE.search(before)
    return LEAD_IN_ROLES[lead.group("lead").lower()] if lead else None


def _is_speaking(block: Block, text: str, start: int, rest: str, bare: bool = False) -> bool:
    """Whether the person named at `start` speaks. A `bare` name (no honorific, read through the
    roster) needs a cue in words: a bold line or a lead-in like "shared by" ("3 points shared by
    A, B") are not enough for it."""
    before = text[:start]
    label = _NON_SPEAKER_LABEL.match(before)
    if label and not _LIST_ENDED.search(before, label.end()) and not _SPEECH_VERB.match(rest.lstrip(" ,")):
        # "Present: Mr. X, Ms. Y" (not "Present: A, B. Ms. Y reported", nor "Dr. Clark, Superintendent, introduced")
        return False
    if block.bold and start <= 40 and not bare:
        return True  # a presenter line: "Ms. X, Head of Y" set in bold
    lead_in = _LEAD_IN.search(before)
    if lead_in and not (bare and lead_in.group().lower().startswith("shared")):
        return True
    if _QA_LEAD_IN.search(before) or _SPEAKER_LABEL.match(before) or _SPEAKER_LABEL_BEFORE.search(before):
        return True
    rest = without_doing_clause(rest)
    if _SPEECH_VERB.match(rest.lstrip(" ,")) or _coordinated_speaker_follows(rest):
        return True
    if _BRACKETED_ASKER.match(before) and "?" in text:
        return True  # "3. (Ms. X, Org) Can the time be extended?"
    # "Mr. X: we think ..." speaks; "Mr. X: 64 votes" is a tally
    return bool(re.match(r"^\s*[:\-–]\s+(?!\d)", rest)) and start == 0


# Posts used as titles before a name, which a roll call's post for the person overrides (not the chair's).
_TITLE_POSTS = {t.lower() for t in ROLE_TITLES} - set(CHAIR_ROLES)


# An "l" that OCR read as "!" or "|" after small letters of a name's word ("Chery! Ward", "Wi|son"): no name holds them.
_OCR_L_IN_NAME = re.compile(r"(?<=[a-zà-ÿ])(?:!(?=[a-zà-ÿ]|\s|$)|\|(?=[a-zà-ÿ]))")


_ARTICLE_BEFORE_POST = re.compile(r"^(?:the|la|le|l['’]|der|die|el|il|lo|de|het)\s*", re.I)


class PeopleIndex:
    """People found in a document, merged when a later mention is a shorter form of the name.

    With a roster (the document's attendance lists and full names), a name added is first read
    back to the full name it stands for ("Mashack" -> "Michael Mashack", "HB" -> "Helen Brown"),
    taking the post the roster gives when none is known.
    """

    def __init__(self, roster: Roster | None = None) -> None:
        self.people: list[SpeakerDraft] = []
        self.roster = roster

    def _group_post(self, role: str | None) -> bool:
        return bool(role) and self.roster is not None and role in self.roster.group_posts

    def canonical(self, found: SpeakerDraft) -> SpeakerDraft:
        """`found` with its full name and roster post, when the roster knows exactly one such person."""
        if self.roster is None:
            return found
        entry = self.roster.resolve(found.name)
        if entry is None:  # "Associate Planner Reyes": a post before a listed surname
            words = found.name.split()
            lead = next((i for i, w in enumerate(words[:-1]) if w.lower() not in _DROPPABLE), len(words) - 1)
            entry = self.roster.resolve(" ".join(words[lead:])) if lead else None
            if entry is not None:
                found.role = found.role or plausible_role(" ".join(words[:lead]))
        if entry is None:
            listed_post = self.roster.surname_posts.get(found.name)
            if listed_post and (not found.role or found.role.lower() in _TITLE_POSTS):
                found.role = listed_post  # "Board Member Miller" listed as "Vice-Chair Miller"
            return found
        found.name = entry.name
        says_more = entry.listed and entry.role and not self._group_post(entry.role)
        if says_more and (found.role or "").lower() in _TITLE_POSTS:
            found.role = None  # "seconded by Commissioner Mendez": the roll call's "Alternate" says more
        found.role = found.role or entry.role
        found.organization = found.organization or entry.organization
        return found

    def find(self, name: str) -> SpeakerDraft | None:
        tokens = name.lower().split()
        exact = [p for p in self.people if p.name.lower().split() == tokens]
        if exact:
            return exact[0]
        partial = [p for p in self.people if set(tokens) <= set(p.name.lower().split())]
        if len(partial) == 1:
            return partial[0]
        # "JH": the person the roster reads the initials back to, "John Hoodless (JH)"
        initials = not partial and self.roster is not None and re.fullmatch(r"[A-Z]{2,4}", name) is not None
        entry = self.roster.resolve(name) if initials else None
        return self.find(entry.name) if entry is not None and entry.name.lower().split() != tokens else None

    def add(self, found: SpeakerDraft) -> SpeakerDraft:
        found.name = _OCR_L_IN_NAME.sub("l", found.name)
        post = _ARTICLE_BEFORE_POST.sub("", found.name)
        if found.role and post_alone(post) \
                and (_a_persons_name(found.role) or self.roster is not None and self.roster.resolve(found.role)):
            found.name, found.role = found.role, post  # "La Trésorière, Marie-Carmel Detournay, présente ...": no name
        found.role = plausible_role(_up_to_a_listed_name(found.role, self.roster))
        if _up_to_a_listed_name(found.organization, self.roster, first=0) != found.organization:
            found.organization = None  # the rest of that list, read as the body of the post
        found = self.canonical(found)
        if found.organization and found.role and found.organization.casefold() == found.role.casefold():
            found.organization = None  # "(Town Clerk)" read as both: it is the post
        known = self.find(found.name)
        if known is None:
            self.people.append(found)
            return found
        known.honorific = known.honorific or found.honorific
        fuller = extended_role(known.role, found.role)
        if fuller is not None:  # "President" (of "President Ottinger called ...") and "President of Board"
            known.role = fuller
        if not (known.role and found.role and known.role.lower() != found.role.lower()) or fuller == found.role:
            known.organization = known.organization or found.organization  # a body goes with its own post
        if self._group_post(known.role) and found.role and not self._group_post(found.role):
            known.role = found.role  # "Administrator" as one of the listed "Administrators (A and B)", "Principal"
        known.role = known.role or found.role
        if known.organization and known.role and known.role.casefold().endswith(" " + known.organization.casefold()):
            known.organization = None  # "Director of Special Education" and "Special Education": the post's field
        for section_no in found.section_nos:
            if section_no not in known.section_nos:
                known.section_nos.append(section_no)
        for page in found.pages:
            if page not in known.pages:
                known.pages.append(page)
        return known


def _up_to_a_listed_name(role: str | None, roster: Roster | None, first: int = 1) -> str | None:
    """A post (or body) read after a name up to the next listed person's full name ("Trésorier David Roux, Secrétaire
    ...": a list of a line each whose lines ran together): it ends where the next person's name starts."""
    words = (role or "").split()
    for k in range(first, len(words) - 1):
        pair = " ".join(words[k:k + 2]).strip(",;")
        entry = roster.resolve(pair) if roster is not None else None
        if entry is not None and entry.listed and entry.name.casefold() == pair.casefold():
            return " ".join(words[:k]).rstrip(",;") or None
    return role


def extended_role(role: str | None, other: str | None) -> str | None:
    """Of two posts written for one person, the fuller when it extends the other ("President" ->
    "President of Board", "Head" -> "Head of Programme"); None when they are different posts ("President",
    "Vice President") or one is missing."""
    if not role or not other:
        return None
    words, other_words = role.casefold().split(), other.casefold().split()
    shorter, longer = sorted((words, other_words), key=len)
    if longer[:len(shorter)] != shorter:
        return None
    fuller = other if len(other_words) > len(words) else role
    post, body = split_role_org(fuller)
    if body and (post or "").casefold().split() == shorter:
        return None  # "Field Coordinator of Rural Livelihood ... (RLDO)": the post, then the body
    return fuller


def _presenter_cells(structure: Structure) -> set[tuple[int, int]]:
    """(table, column) of the columns named "Presenter", "Speaker", "Facilitator", ..."""
    return {(table, c) for table, names in structure.table_headers.items()
            for c, name in enumerate(names) if name.lower().strip(" :") in PRESENTER_COLUMN_NAMES}


_SIGNATURE = re.compile(
    r"^\s*(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})\s*(?:\((?P<role>[^()\d]{2,40})\))?[\s.,–-]*"
    r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:\d{1,2}\s+)?[A-Z][a-zé]+\.?\s+\d{4})\.?\s*$")


def _signed_report(text: str, roster: Roster) -> SpeakerDraft | None:
    """ "Alan Heath (Treasurer) 5/9/2024", "Colin Solloway. September 2024.": a report signed and dated by a
    person of the roster, who gave it."""
    match = _SIGNATURE.match(text)
    entry = roster.resolve(match.group("name")) if match else None
    if entry is None or not entry.listed:
        return None
    return SpeakerDraft(honorific=None, name=entry.name, role=match.group("role") or entry.role,
                        organization=entry.organization)


_HEADING_BRACKET = re.compile(r"\((?:(?P<role>[^():\d]{2,30}):\s*)?(?P<ref>[^():\d]{2,40})\)\s*:?\s*$")


def _bracketed_person_in_heading(section: SectionDraft, roster: Roster) -> SpeakerDraft | None:
    """ "1. Welcome (Bob):", "1. Begrüßung (Leon)", "Synapses (Moderator: Angus Silver)": an item given
    by a person of the roster, with the post the bracket gives."""
    match = _HEADING_BRACKET.search(section.heading)
    entry = roster.resolve(match.group("ref").strip()) if match else None
    if entry is None:
        return None
    role = match.group("role").strip() if match.group("role") else entry.role
    return SpeakerDraft(honorific=None, name=entry.name, role=role, organization=entry.organization,
                        section_nos=[section.section_no], pages=[section.page_first])


_HEADING_AFTER_COLON = re.compile(r":\s*(?P<refs>[^:()\d]{2,80}?)\s*$")
_REFS_SPLIT = re.compile(r"\s*[,&/]\s*|\s+(?:and|et|und|y|e|en)\s+")


def _people_after_heading_colon(section: SectionDraft, roster: Roster) -> list[SpeakerDraft]:
    """ "4. PAC Exec Report: Bryan & Fiona", "5. Committee reports: Enoch": an item given by the people of the roster
    named after its colon, by first name or in full; none unless every one named is a person of the roster. (The heading
    may have been cut at its colon, the line whole the first of its body: "Fire Chief's Report: Aaron Zent".)"""
    first = section.blocks[0].lines[0].text.strip() if section.blocks and section.blocks[0].lines else ""
    line = first if first.startswith(section.heading.strip()) and ":" in first[len(section.heading.strip()):] \
        else section.heading
    match = _HEADING_AFTER_COLON.search(line)
    refs = [_post_out_of_name(_split_honorific(ref)[1])[0] or ref  # ("Capt. Jason Freeman")
            for ref in _REFS_SPLIT.split(match.group("refs")) if ref] if match else []
    entries = [roster.resolve(ref) for ref in refs]
    # (a name in full is the person's wherever the roster met it; a first name only one of those listed)
    if not entries or not all(entry is not None and (entry.listed or len(ref.split()) >= 2)
                              for ref, entry in zip(refs, entries, strict=True)):
        return []
    return [SpeakerDraft(honorific=None, name=entry.name, role=entry.role, organization=entry.organization,
                         section_nos=[section.section_no], pages=[section.page_first])
            for entry in entries if entry is not None]


@dataclass
class _HeadingText:
    """A heading read like a body block: minutes set some sentences as numbered items
    ("IV. El Ing. Landeros y la Maestra Hermosillo, explicaron que ...")."""

    text: str
    page_first: int
    bold: bool = False
    cell: None = None


def _sentence_headings(structure: Structure) -> Located:
    return [(s, _HeadingText(s.heading, s.page_first)) for s in structure.sections  # type: ignore[misc]
            if len(s.heading.split()) >= 6]


def find_people(located: Located, structure: Structure) -> PeopleIndex:
    """Speakers from presenter lines, presenter columns, labelled lines, prose and the roster of
    the document, one per person; the index keeps the roster, so later additions (movers and
    seconders named by surname) are read back to the same people."""
    headings = structure.sections
    presenter_cells = _presenter_cells(structure)
    nlp = load_nlp()
    matcher = load_bare_name_matcher(nlp)
    texts = [block.text for _, block in located]
    turns_located = located
    people_tables = {t: cols for t, names in structure.table_headers.items()
                     if (cols := people_table_columns(names)) is not None}
    # (a block's lines kept apart: "Mike Hartigan, President" / "Suzanne Whyte, Vice President", a line each)
    listed = [(s.heading, ["\n".join(line.text for line in b.lines) if b.lines else b.text
                           for b in s.blocks if b.cell is None or b.cell.table not in people_tables])
              for s in headings]
    roster = build_roster(listed, texts, [[line.text for line in block.lines] for _, block in located])
    for table, columns in people_tables.items():
        read_people_table(list(table_rows(located, table).values()), columns, roster)
    located = list(located) + _sentence_headings(structure)
    texts = [block.text for _, block in located]
    docs = person_docs(nlp, texts)
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                name = _post_out_of_name(_trim_post_tail(_split_honorific(ent.text)[1]))[0]
                if name:
                    roster.add(name)
    index = PeopleIndex(roster)
    mentions = PeopleIndex(roster)  # everyone named, to fill in roles given elsewhere
    known_orgs = {org for text in texts for org in _bracketed_orgs(text)}  # doc.text re-joins the tokens
    for entry in roster.entries:
        post = officer_post(entry) if entry.listed else None  # the meeting's chair and minute-taker
        if post:
            index.add(SpeakerDraft(honorific=None, name=entry.name, role=post, organization=entry.organization))
    head = " ".join([structure.title or "", *(b.text for b in structure.title_blocks + structure.front)]).casefold()
    last_line, last_section = "", None
    for (section, block), doc in zip(located, docs, strict=True):
        text = block.text
        taken: list[tuple[int, int]] = []
        if section is not None and section is not last_section:
            last_line = section.heading  # "Stefan Hoth" over "Protokollführer": a signature read as a heading
        last_section = section
        for name, post in _signature_posts(block, roster, last_line):
            mentions.add(SpeakerDraft(honorific=None, name=name, role=_without_own_body(post, head)))
        last_line = block.lines[-1].text.strip() if getattr(block, "lines", None) else ""
        signed = _signed_report(text, roster)
        if signed:
            index.add(signed)
        for line in getattr(block, "lines", None) or []:  # "Supervisor's report: ...", a paragraph's run-in item
            reporter = _reporting_post_holder(line.text, "", roster) if re.search(r"[:;–-]", line.text) else None
            if reporter is not None and _POST_REPORT.match(line.text).group("rest") is not None:
                reporter.section_nos, reporter.pages = [section.section_no] if section else [], [block.page_first]
                index.add(reporter)
        for entry in _posts_speaking(text, roster):
            index.add(SpeakerDraft(honorific=None, name=entry.name, role=entry.role, organization=entry.organization,
                                   section_nos=[section.section_no] if section else [], pages=[block.page_first]))
        for name, post in people_acting(text, roster):  # "... wurde durch Hannah Neumaier vorgenommen"
            index.add(SpeakerDraft(honorific=None, name=name, role=post,
                                   section_nos=[section.section_no] if section else [], pages=[block.page_first]))
        opener = _bracket_opener(text)
        if opener:
            start, end, name, org = opener
            honorific, name = _split_honorific(name)
            index.add(SpeakerDraft(honorific=honorific, name=name, organization=org,
                                   section_nos=[section.section_no] if section else [], pages=[block.page_first]))
            taken.append((start, end))
        for ent in doc.ents:
            if ent.label_ != "PERSON" or any(ent.start_char < e and s < ent.end_char for s, e in taken):
                continue
            honorific, name = _split_honorific(ent.text)
            if not name or name.lower().split()[0] in {"chumteav"}:
                continue
            name, end = _without_post_tail(name, ent.start_char, ent.end_char, text)
            name, post = _post_out_of_name(name)
            if not name:
                continue  # "Sr. Presidente", "Mr President": a post addressed, no name
            rest = text[end:]
            role, org, after = _appositive(rest)
            if _next_person(role, org, roster):  # "M. Jukoski, K. Kriss, ...": the list's next name
                role, org, after = None, None, rest
            role = role or post
            # the name and what is said of it ("from TU Berlin"): no other person starts inside
            taken.append((ent.start_char, end + (len(rest) - len(after) if role or org else 0)))
            if not (role or org):  # "The Chair, Ms. X,", "Der Vorsitzende Herr X": a post before the name
                role, org = _post_before(text[:ent.start_char])
            found = SpeakerDraft(
                honorific=honorific, name=name, role=role, organization=org,
                section_nos=[section.section_no] if section else [], pages=[block.page_first],
            )
            mentions.add(SpeakerDraft(**{**found.__dict__, "section_nos": [], "pages": []}))
            in_presenter_column = block.cell is not None and (block.cell.table, block.cell.column) in presenter_cells
            if in_presenter_column or _is_speaking(block, text, ent.start_char, after if (role or org) else rest):
                index.add(found)
        for start, end, name, post in _posts_before_names(text, roster):
            if not any(start < e and s < end for s, e in taken):
                index.add(SpeakerDraft(honorific=None, name=_fuller(name, texts + [s.heading for s in headings]),
                                       role=post,
                                       section_nos=[section.section_no] if section else [], pages=[block.page_first]))
                taken.append((start, end))
        for start, end, name, title in _roster_refs(text, roster):
            if any(start < e and s < end for s, e in taken):
                continue
            rest = text[end:]
            role, org, after = _appositive(rest)
            if _next_person(role, org, roster):  # "AB, DG passed on ...": the next person, not a body
                role, org, after = None, None, rest
            if not (role or org):  # "James Cronin: a founder of Stand.org.uk, where ...": a line about the person
                role, org = _labelled_post(text[:start], rest)
            listed_role = (roster.resolve(name) or RosterEntry(name)).role
            found = SpeakerDraft(honorific=None, name=name, role=role or (None if listed_role else title),
                                 organization=org,  # the post of the roll call wins over a title used in prose
                                 section_nos=[section.section_no] if section else [], pages=[block.page_first])
            if _described(rest, role, org):
                # "Sai Kishore (President)", "Gwen Moncoiffe (BODC)", "Martin, Kassenwart seit November": a post
                # or body written beside the name, given anywhere
                mentions.add(SpeakerDraft(honorific=None, name=name, role=role, organization=org))
            if title:  # "called to order by Commissioner Robert Sherrard": the cue stands before the post
                start = text.rfind(title, 0, start)
            label = _BRACKETED_LABEL.search(text[:start])
            if label and not role:  # "(Moderator: Sharon Crook)": the label is the post
                found.role = label.group("label").strip().capitalize()
            if not found.role:  # "Versammlungsleiterin: Madeleine Salzmann": a post set as a label
                post = _POST_LABEL.search(text[:start])
                found.role = post.group("post") if post and starts_with_post(post.group("post")) else None
            if label or _is_speaking(block, text, start, after if (role or org) else rest, bare=True) \
                    or _bracketed_ref_opens_block(text, start, end) or _listed_and_speaks_in_clause(name, rest, roster):
                if not (found.role or found.organization):  # "The Chair, John Mackay, opened the meeting"
                    found.role, found.organization = _post_before(text[:start])
                verb = after.lstrip(" ,").split()
                found.role = found.role or VERB_ROLES.get(verb[0].lower() if verb else "") \
                    or _lead_in_role(text[:start])
                index.add(found)
                taken.append((start, end))
        for kind, span in bare_names(doc, matcher):
            if _ORG_WORD.search(span.text) or span.text in known_orgs:
                continue
            if any(span.start_char < e and s < span.end_char for s, e in taken):
                continue
            if kind == "SPEAKS":
                span = _after_a_listed_name(span, roster)  # "Member Dan Dole" / "Able called the meeting to order"
            span = _without_leading_nouns(span)
            rest = text[span.end_char:]
            if _not_a_name(span.text, kind, rest, roster):
                continue
            role, org, after = None, None, rest
            if kind == "APPOSITIVE":
                role, org, after = _appositive(rest)
            elif kind == "LABELLED" and span.text.casefold() in _LIST_LABELS:
                continue  # "Roll Call: Trustee Ann Able, present; ...": a list's label, no person
            elif kind == "LABELLED":
                value = rest.lstrip(" :")
                if not value[:1].isalpha():
                    continue  # "Membership Fees: £1073.84" is an amount, not a person's line
                # "a founder of Stand.org.uk, where ...": the post is the first phrase
                role, org = split_role_org(split_outside_parens(_clause(value))[0])
            name, post = _post_out_of_name(span.text)  # "Assessor Binz indicated ...": the post before a surname
            found = SpeakerDraft(honorific=None, name=name or span.text, role=role or post, organization=org,
                                 section_nos=[section.section_no] if section else [], pages=[block.page_first])
            if len(span) == 1 and not (is_given_name(span.text) or roster.resolve(span.text)) \
                    and (span.text.lower().endswith(NOUN_SUFFIXES) or span.text.lower() in POST_WORDS
                         or definite_post(span.text)):
                continue  # "Der Versammlungsleitung stellte fest", "Revisorn yrkar": a capitalised noun, not a name
            if len(span) == 1 and not (is_given_name(span.text) or roster.resolve(span.text)) \
                    and _a_noun_phrase_before(text[:span.start_char]):
                continue  # "um folgenden Paragraphen ergänzt", "Begrüßung der Anwesenden stellt": a noun
            if len(span) == 1 and not is_given_name(span.text) and _pronoun_subject_follows(rest):
                continue  # "Daraufhin gab sie ...": the sentence's subject is the pronoun after the verb
            if len(span) == 1 and roster.ambiguous(span.text):
                continue  # "Mark said" with two Marks present: which one is unknown
            if kind == "SPEAKS" and not found.role:
                found.role = VERB_ROLES.get(rest.split()[0].lower() if rest.split() else "")
            if kind != "APPOSITIVE" or _SPEECH_VERB.match(after.lstrip(" ,")):
                if not (found.role or found.organization):
                    found.role, found.organization = _post_before(text[:span.start_char])
                index.add(found)
    writer = _minutes_writer(structure)
    if writer is not None:
        index.add(writer)
    for k, honorific, name in spoken_lists(located):  # "The following individuals addressed the Board: A, B, ..."
        section, block = located[k]
        index.add(SpeakerDraft(honorific=honorific, name=name, section_nos=[section.section_no] if section else [],
                               pages=[block.page_first]))
    for section in headings:
        person = _person_in_heading(section) or _bracketed_person_in_heading(section, roster) \
            or _reporting_post_holder(section.heading, next((b.text for b in section.blocks), ""), roster)
        if person:
            index.add(person)
        else:
            for named in _people_after_heading_colon(section, roster):
                index.add(named)
    for person in index.people:
        known = mentions.find(person.name)
        if known and person.role and known.role and extended_role(person.role, known.role) == known.role:
            person.role = known.role  # the fuller of one post written twice: "President of Board", "President"
        if known and person.role and known.role and person.role.lower() != known.role.lower():
            continue  # a body said beside another post is that post's ("président-fondateur de l'AGAS")
        if known:
            person.role = person.role or known.role
            person.organization = person.organization or known.organization
    is_label_name = name_test(texts)
    add_turn_speakers(index, read_turns(turns_located, lambda label: is_label_name(label)
                                        or (len(label.split()) == 1 and roster.resolve(label) is not None)))
    for person in index.people:
        if person.role and not person.organization:
            person.role, person.organization = _body_in_lower_case(person.role, known_orgs)
    places = {place for place in places_named(texts)  # a listed person is no place ("Mary Town, District Nurse")
              if not ((entry := roster.resolve(place)) and entry.listed and entry.name.casefold() == place)}
    index.people = [person for person in index.people if not _a_place(person, places)]
    return index


_WRITER_CAPTION = re.compile(rf"^\s*(?:{words_re(MINUTES_WRITER_CAPTIONS)})\s*[,:.-]?\s*(?P<rest>.*)$", re.I)
_SIGNED_NAME = re.compile(r"^(?:[A-ZÀ-Þ][\w'’-]*\.?\s+){1,3}[A-ZÀ-Þ][\w'’-]+$")


_POST_REPORT = re.compile(rf"^\s*(?:[0-9A-Za-z]{{1,3}}[.)]\s+)?(?P<post>[A-Za-zÀ-ÿ][\w -]{{1,30}}?)(?:['’]?s|['’])?\s+"
                          rf"(?:{words_re(REPORT_WORDS)})\s*(?:[:;.,–-]\s*(?P<rest>.*))?$", re.I)
_NOT_GIVEN = re.compile(rf"^\W*(?:{words_re(REPORT_NOT_GIVEN)})\b", re.I)


def _reporting_post_holder(heading: str, after: str, roster: Roster) -> SpeakerDraft | None:
    """ "Supervisor's report: Anderson CPA approved ..." under "Roll Call: Supervisor Glasscock, ...": the one person
    the roll call names by that post gives the report (`heading` is the item's heading or a line opening a paragraph,
    `after` what follows it); none when the item says it was not given ("Clerk report; absent, nothing forwarded")."""
    match = _POST_REPORT.match(heading)
    if not match:
        return None
    post = match.group("post").strip().casefold()
    holders = [surname for surname, listed in roster.surname_posts.items() if listed.casefold() == post]
    if len(holders) != 1 or _NOT_GIVEN.match(match.group("rest") or after):
        return None
    return SpeakerDraft(honorific=None, name=holders[0], role=roster.surname_posts[holders[0]])


_POST_OF_BODY = re.compile(r"^(?P<post>.+?)\s+(?:of|de|du|des|der|des|del|di|von|van)\s+(?:the\s+|la\s+|l['’])?"
                           r"(?P<body>[A-ZÀ-Þ].+)$")


def _without_own_body(post: str, head: str) -> str:
    """ "Secrétaire de Zeste de Savoir" under a signature, in the minutes of "Association Zeste de Savoir": the post,
    without the body whose minutes these are (`head`, the document's title and first lines, folded)."""
    match = _POST_OF_BODY.match(post)
    return match.group("post") if match and match.group("body").casefold() in head else post


def _minutes_writer(structure: Structure) -> SpeakerDraft | None:
    """ "Respectfully submitted, / Plato Township Clerk / Ron Straub": whoever wrote the minutes, named (and given a
    post) on the lines under the caption that ends them; None when no name stands there (a form's "Approved:")."""
    lines = [line for section in structure.sections
             for line in [section.heading, *(ln.text for b in section.blocks for ln in (b.lines or []))]]
    for k, line in enumerate(lines):
        caption = _WRITER_CAPTION.match(line)
        if not caption:
            continue
        pieces = [p.strip() for text in [caption.group("rest"), *lines[k + 1:k + 1 + MINUTES_WRITER_LINES_MAX]]
                  for p in text.split(",") if p.strip()]
        name, post = None, None
        for piece in pieces:
            honorific, bare = _split_honorific(piece)
            if name is None and _SIGNED_NAME.match(bare) and not starts_with_post(bare) \
                    and not any(w.lower().strip(".") in _POST_HEADS for w in bare.split()) \
                    and (is_given_name(bare.split()[0]) or len(bare.split()[0].rstrip(".")) == 1):
                name = (honorific, bare)
            elif post is None and (found := _post_ending(piece)):
                post = found
            elif name is not None or post is not None:
                break  # the next thing under the signature
        if name is not None:
            return SpeakerDraft(honorific=name[0], name=name[1], role=post)
    return None


def _post_ending(phrase: str) -> str | None:
    """ "Plato Township Clerk" -> "Clerk", "Recording Secretary" -> "Recording Secretary": the post a signature's line
    ends with (its first words may name the body)."""
    words = phrase.split()
    return next((" ".join(words[k:]) for k in range(max(0, len(words) - 3), len(words))
                 if starts_with_post(" ".join(words[k:]))), None)


_PLACE_PHRASE = r"(?-i:[A-ZÀ-Þ][\w'’-]+)(?:\s+(?-i:[A-ZÀ-Þ][\w'’-]+)){0,2}"
_PLACES_BEFORE = re.compile(rf"(?P<places>{_PLACE_PHRASE}(?:\s*,\s*{_PLACE_PHRASE})*(?:\s*,?\s+(?:and|&|et|y|und|e)\s+"
                            rf"{_PLACE_PHRASE})?)\s+(?:{words_re(PLACE_NOUNS)})\b", re.I)
_PLACES_AFTER = re.compile(rf"\b(?:{words_re(PLACE_NOUNS)})\s+(?:of|de|di|do|da|von)\s+(?P<places>{_PLACE_PHRASE}"
                           rf"(?:\s*,\s*{_PLACE_PHRASE})*(?:\s*,?\s+(?:and|&|et|y|und|e)\s+{_PLACE_PHRASE})?)", re.I)
_NOT_PLACE_WORDS = set(NOT_NAME_WORDS) | set(NAME_OPENER_WORDS) | set(PLACE_PREPOSITIONS)
_LIST_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|&|et|y|und|e)\s+")


def places_named(texts: list[str]) -> set[str]:
    """The places the document names as such, folded: "Kratie, Stung Treng and Mondulkiri provinces", "Siem Reap
    Province", "the district of Snuol" -> {"kratie", "stung treng", "mondulkiri", "siem reap", "snuol"}."""
    places = set()
    for text in texts:
        for pattern in (_PLACES_BEFORE, _PLACES_AFTER):
            for match in pattern.finditer(text):
                for part in _LIST_SPLIT.split(match.group("places")):
                    words = part.split()
                    while words and words[0].casefold() in _NOT_PLACE_WORDS:
                        words = words[1:]  # "The Kratie Province", "From Stung Treng province"
                    while words and words[-1].casefold() in PLACE_NOUNS:
                        words = words[:-1]  # "the district of Snuol and Siem Reap Province"
                    if words:
                        places.add(" ".join(words).casefold())
    return places


def _a_place(person: SpeakerDraft, places: set[str]) -> bool:
    """A "speaker" without honorific whose name is a place the document names, or holds a place's noun
    ("Mondulkiri Province"): a place's report read as a person's."""
    if person.honorific:
        return False
    name = person.name.casefold()
    return name in places or any(word in PLACE_NOUNS for word in name.split())


_OF_LAST_WORD = re.compile(r"^(?P<role>.+?)\s+(?:of|from|at)\s+(?P<org>[^\W\d_]{2,10})$")


def _body_in_lower_case(role: str, known_orgs: set[str]) -> tuple[str, str | None]:
    """ "Head of Communication of ccc": OCR read the acronym of a body the document names in brackets
    ("... for Cambodia (CCC)") in lower case; the role is split from it, and the body spelt as written there."""
    match = _OF_LAST_WORD.match(role)
    if match and match.group("org").islower():
        spelled = {org.lower(): org for org in known_orgs}.get(match.group("org"))
        if spelled:
            return match.group("role"), spelled
    return role, None


def _fuller(name: str, texts: list[str]) -> str:
    """A surname the roster could not place, as the document writes it in full elsewhere, if once."""
    from pipeline.annotate.movers import fuller_name

    return fuller_name(name, texts) or name


def _after_a_listed_name(span, roster: Roster):  # spaCy Spans
    """A run of names before a verb that is a listed person's full name run into another's reference ("Dan Dole Able
    called ...": a roll call's last name, then the sentence under it): the one who acts is the second."""
    for k in range(len(span) - 1, 0, -1):
        head, tail = roster.resolve(span[:k].text), roster.resolve(span[k:].text)
        if head is not None and head.listed and head.name.casefold() == span[:k].text.casefold() \
                and tail is not None and tail.listed and tail is not head:
            return span[k:]
    return span


def _a_noun(word: str) -> bool:
    """A long capitalised word with a noun's ending ("Tagesplanung", "Anwesenheitsregelung"): no name."""
    word = word.strip(".,;:()")
    return len(word) >= NOUN_MIN_LETTERS and word.lower().endswith(NOUN_SUFFIXES) and not is_given_name(word)


def _without_leading_nouns(span):  # spaCy Span
    """ "[Tagesplanung] Adrian Emans informiert": run-on items of a list before the name that acts; "[Die
    Finanzbeauftragte] Madeleine Salzmann stellt ... vor": a compound post (read as the post before the name)."""
    while len(span) > 1 and (_a_noun(span[0].text) or _compound_post(span[0].text)):
        span = span[1:]
    return span


def _a_name_follows(rest: str, roster: Roster) -> bool:
    """What follows a label's colon opens with a person's name ("Stimmberechtigte Mitglieder: Gesine Buttler ...",
    "Erste Vorsitzende: Frau Bianca Ambrosi"): the label is a list's or a post's, no one's name."""
    value = rest.lstrip(" :")
    if HONORIFIC_PREFIX.match(value):
        return True
    words = re.findall(r"[\w'’.-]+", value)[:2]
    return len(words) == 2 and words[1][:1].isupper() and (
        is_given_name(words[0]) or roster.resolve(" ".join(words)) is not None)


_MEETING_NOUNS = frozenset(MEETING_WORDS)


def _not_a_name(text: str, kind: str, rest: str, roster: Roster) -> bool:
    """Capitalised words a cue of speech caught that name no one: a pronoun or an adverb opening a sentence ("Sie
    begrüßte die Erschienenen", "Daraufhin begrüßte ..."), a post alone, a label before names, or nouns ("Thema
    Anwesenheitsregelung: ...")."""
    words = text.split()
    if not words or roster.resolve(text) is not None:
        return not words
    if words[0].lower() in SUBJECT_PRONOUNS or words[0].lower() in INVERTING_ADVERBS or post_alone(text) \
            or words[0].lower() in NOT_A_SUBJECT_WORDS or text.lower() in _MEETING_NOUNS:
        return True  # ("Zebranie otworzył ... Józef Fert": the meeting opened by, not a person)
    if _ELIDED_ARTICLE.match(words[0]):
        return True  # "L’assemblée donne décharge": an article elided before a noun ("O’Brien" goes on in capitals)
    if kind == "LABELLED" and (_a_name_follows(rest, roster) or not is_given_name(words[0])):
        return True  # "Thema Chorfahrt: Neue Regelung ...": a label names a person when it opens with a given name
    return not any(is_given_name(w) for w in words) and any(_a_noun(w) for w in words)


_WORD_BEFORE = re.compile(r"(?:^|\s)(?P<word>[A-Za-zß-ÿÀ-Þ]+)\s+$")
# An article, then one word in small letters: "eine neue Challange", "the new Bridge".
_ADJECTIVE_AFTER_ARTICLE = re.compile(r"(?:^|\s)(?P<article>[A-Za-zß-ÿÀ-Þ]+)\s+[a-zß-ÿ]+\s+$")
_ELIDED_ARTICLE = re.compile(r"^[A-Za-z]['’][a-zà-ÿ]")


def _a_noun_phrase_before(before: str) -> bool:
    """A capitalised word right after an article, an article and an adjective or a declined adjective ("der
    Anwesenden", "zur Wahl", "eine neue Challange", "folgenden Paragraphen"): a noun of the phrase (German
    capitalises nouns), not a name."""
    match = _WORD_BEFORE.search(before)
    if not match:
        return False
    word = match.group("word").lower()
    if word in NOUN_DETERMINERS or len(word) >= 6 and word.endswith(DECLINED_ADJECTIVE_ENDINGS):
        return True
    adjective = _ADJECTIVE_AFTER_ARTICLE.search(before)  # "eine neue Challange": an adjective between them
    return bool(adjective) and adjective.group("article").lower() in NOUN_DETERMINERS


def _pronoun_subject_follows(rest: str) -> bool:
    """The verb after a capitalised word is followed by a subject pronoun ("... gab sie"): the word
    opened the sentence as an adverb ("Daraufhin", "Anschließend"), it is not the speaker."""
    words = rest.split()
    return len(words) >= 2 and words[1].lower().strip(",.;") in SUBJECT_PRONOUNS


def add_posts_written_before(index: PeopleIndex, texts: list[str]) -> None:
    """A speaker with no post takes the one post the minutes write before their name anywhere ("Excuse member Braun
    from the special meeting": Braun, who moved from the vote grid, is a Member); none when they write several."""
    posts: dict[int, set[str]] = {}
    for name, post in posts_before_names(texts):
        person = index.find(name)
        if person is not None and not person.role:
            posts.setdefault(id(person), set()).add(post.casefold())
    for person in index.people:
        found = posts.get(id(person), set())
        if len(found) == 1:
            post = found.pop()
            person.role = " ".join(w[:1].upper() + w[1:] for w in post.split())


def find_speakers(located: Located, structure: Structure) -> list[SpeakerDraft]:
    """Speakers from presenter lines, presenter columns, labelled lines and prose, one per person."""
    return find_people(located, structure).people


def _first_name_of(label: str, name: str) -> bool:
    """Whether a turn's label ("Mad", "Sophie L.") is written for a person already named `name`: the same
    first name, or its short form."""
    first, other = label.split()[0], name.split()[0]
    return other == first or (len(first) >= SHORT_FORM_MIN_LETTERS and other.startswith(first))


def _first_names_run(name: str) -> bool:
    """ "Tina Marco Eva": first names of a list read as one name (a list of one first name a line)."""
    words = name.split()
    return len(words) >= 3 and all(is_given_name(word) for word in words)


_SAID_WORD = re.compile(r"\b[^\W\d_]{3,}\b")


def add_turn_speakers(index: PeopleIndex, turns: list[Turn]) -> None:
    """The people who speak in notes kept as turns ("Eva:", "Sophie L.:"): a label is the person of that first name
    already found (the chair of "Versammlungsleiterin: Madeleine Salzmann" is "Madeleine:" and "Mad:"), else a new
    speaker, with the name and the post an attendance list gives the one person of that first name ("Jon:" for
    "Jon Nordby"), or as the minutes write it."""
    for turn in turns:
        if not turn.label or turn.room or len(_SAID_WORD.findall(" ".join(turn.pieces))) < 2:
            continue  # "Anna: Sc hmi tz Ma ra": OCR of a hand-written list, nothing said
        label = turn.label.strip()
        known = [person for person in index.people if _first_name_of(label, person.name)]
        index.people = [person for person in index.people if not (person in known and _first_names_run(person.name))]
        if any(not _first_names_run(person.name) for person in known):
            continue
        shorter = [person for person in index.people
                   if len(person.name.split()) <= 2 and _first_name_of(person.name, label)]
        if shorter:  # "Stef:" then "Stefan:": the fuller label names the person
            shorter[0].name = label
            continue
        entry = index.roster.resolve(label) if index.roster else None
        listed = entry is not None and entry.listed
        # the name the attendance list gives the label's person ("Jon:" for the listed "Jon Nordby")
        index.people.append(SpeakerDraft(honorific=None,
                                         name=entry.name if listed and _first_name_of(label, entry.name) else label,
                                         role=entry.role if listed else None,
                                         section_nos=[turn.section_no] if turn.section_no else [], pages=[turn.page]))
