"""Document metadata: date, venue, organiser, attendance, respondents (the dates are read by
`pipeline.annotate.dates`)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from dataclasses import dataclass

from pipeline.annotate.common import clean_text, stamp_piece, words_re
from pipeline.annotate.dates import (
    _DAY_MONTH,
    _MONTH_NUMBER,
    _WEEKDAYS,
    DATE_PATTERNS,
    _meeting_date,
    dates_in,
    ocr_mended,
)
from pipeline.annotate.posts import post_alone
from pipeline.names import is_given_name
from pipeline.numerals import without_numbering
from pipeline.rules import (
    ABSENCE_LABELS,
    AND_TIME_WORDS,
    ASSOCIATION_LEAD_INS,
    ATTENDANCE_LABELS,
    CITY_LEAD_INS,
    CLOCK_WORDS,
    DATE_LABELS,
    DATELINE_ARTICLES,
    FEMALE_WORDS,
    HEADING_TAIL_STOPWORDS,
    HELD_WORDS,
    LEGAL_FORMS,
    LISTED_APART_LABELS,
    LOWER_ORGANIZATION_HEADS,
    MEETING_COMPOUND_ENDINGS,
    MEETING_DATE_LABELS,
    MEETING_LEADING_VERBS,
    MEETING_MODIFIERS,
    MEETING_OF_WORDS,
    MEETING_VENUE_LABELS,
    MEETING_WORDS,
    MEMBERS_OF,
    MET_PLACE_PREPOSITIONS,
    MET_VERBS,
    METADATA_LABELS,
    MINUTES_TITLE_WORDS,
    MONTH_NAMES,
    NAME_LIST_JOINERS,
    NAME_PARTICLES,
    NOT_ORGANIZER_WORDS,
    NUMBER_WORDS,
    OF_WORDS,
    ONLINE_WORDS,
    ORGANIZATION_ADJECTIVES,
    ORGANIZATION_COMPOUND_ENDINGS,
    ORGANIZATION_GENITIVE,
    ORGANIZATION_WORDS,
    ORGANIZER_LABELS,
    ORGANIZER_VERBS,
    PARTICIPANT_WORDS,
    PLACE_PARTICIPLES,
    PLACE_WORDS,
    PRESENT_AFTER_NAMES,
    PRESENT_LIST_LABELS,
    PRESENT_LIST_LEADS,
    PRESENT_PREDICATES,
    QUOTED_NAME_HEADS,
    RESPONDENT_PHRASES,
    ROLL_ABSENT_WORDS,
    ROLL_CALL_LABELS,
    ROLL_PRESENT_WORDS,
    ROOM_NOUNS,
    TIME_LABELS,
    VENUE_LABELS,
    VENUE_LEAD_INS,
    VENUE_NOUNS,
    VENUE_PREPOSITIONS,
    WEEKDAY_NAMES,
)
from pipeline.structure import AGENDA_ITEM_LABEL, Block, Structure, numbering_of
from schemas import DocumentMeta


@dataclass
class MetaDraft:
    """The document's metadata as found, made a `DocumentMeta` with the title the structure found."""

    meeting_date: dt.date | None = None
    venue: str | None = None
    organizer: str | None = None
    organizer_acronym: str | None = None
    participants_total: int | None = None
    participants_female: int | None = None
    respondents: int | None = None

    def to_record(self, title: str | None) -> DocumentMeta:
        return DocumentMeta(title=clean_text(title), meeting_date=self.meeting_date, venue=clean_text(self.venue),
                            organizer=clean_text(self.organizer), organizer_acronym=self.organizer_acronym,
                            participants_total=self.participants_total,
                            participants_female=self.participants_female, respondents=self.respondents)


_LABELS = {**{label: "time" for label in TIME_LABELS}, **{label: "date" for label in DATE_LABELS},
           **{label: "venue" for label in VENUE_LABELS}}
# "Date: 14 May 2024   Time: 7pm   Venue: Village Hall" on one line: each label starts a value.
_LABEL_ALONE = re.compile(rf"^[-–•*\s]*(?P<label>{words_re(_LABELS)})\s*:?\s*$", re.I)
_NEXT_LABEL = re.compile(rf"\s+(?=(?i:{words_re(_LABELS)})\s*:)")
_HEAD_LABEL = re.compile(rf"^[-–•*\s]*(?P<label>{words_re(_LABELS)})\s*:\s*(?P<value>\S.*)$", re.I)
# "Vergaderdatum en tijd 6 juni 2024": a meeting's own date or place, labelled with or without a colon.
_MEETING_LABELS = {**{label: "date" for label in MEETING_DATE_LABELS},
                   **{label: "venue" for label in MEETING_VENUE_LABELS}}
_MEETING_LABEL = re.compile(rf"^[-–•*\s]*(?P<label>{words_re(_MEETING_LABELS)})(?:\s+(?:{words_re(AND_TIME_WORDS)}))?"
                            rf"\s*:?\s+(?P<value>[\dA-ZÀ-Þ].*)$", re.I)
_LABEL_VALUE = re.compile(rf"^(?P<label>{'|'.join(METADATA_LABELS)})\s*:\s*(?P<value>.+)$", re.I)


def _labelled(blocks: list[Block]) -> dict[str, str]:
    values: dict[str, str] = {}
    for block in blocks:
        match = _LABEL_VALUE.match(block.text.strip())
        if match:
            values.setdefault(match.group("label").lower(), match.group("value").strip())
    return values


def _head_labels(lines: list[str]) -> dict[str, str]:
    """ "Date: ...", "Lieu : ...", "- Location: ..." among the first lines, as {"date"|"venue": value}; a meeting's
    own ("Vergaderdatum en tijd 6 juni 2024", _MEETING_LABEL) over a plain one."""
    values: dict[str, str] = {}
    for line in lines:
        own = _MEETING_LABEL.match(line.strip())
        if own:
            values.setdefault(_MEETING_LABELS[own.group("label").lower()], own.group("value").strip())
    for k, line in enumerate(lines):
        alone = _LABEL_ALONE.match(line)
        if alone and k + 1 < len(lines) and not _HEAD_LABEL.match(lines[k + 1]) \
                and not _LABEL_ALONE.match(lines[k + 1]):  # "Venue" / "Village Hall"
            values.setdefault(_LABELS[alone.group("label").lower()], lines[k + 1].strip())
            continue
        for piece in _NEXT_LABEL.split(line):
            match = _HEAD_LABEL.match(piece)
            if match:
                values.setdefault(_LABELS[match.group("label").lower()], match.group("value").strip())
    return values


HEAD_LINES = 30  # the title, the date, venue and attendance lines sit within the first lines
NAME_LIST_LINES = 60  # a list of those present, a name a line, may run past the first lines to this one
HEAD_BLOCKS = 4  # a title that the structure did not find is among the first blocks


def head_lines(structure: Structure, limit: int = HEAD_LINES) -> list[str]:
    """The first lines of the document in reading order, whether the structure put them in the front
    matter or in the first sections (a "MINUTES FOR 15 September 2021" line may read as a heading)."""
    lines: list[str] = []
    for block in structure.front:
        lines.extend(line.text.strip() for line in block.lines)
    for section in structure.sections:
        if len(lines) >= limit:
            break
        lines.append(section.heading.strip())
        for block in section.blocks:
            lines.extend(line.text.strip() for line in block.lines)
    return [line for line in lines[:limit] if line]


def head_blocks(structure: Structure) -> list[str]:
    """The texts of the first blocks (a heading counts as one), for a title the structure missed."""
    texts = [block.text.strip() for block in structure.front]
    for section in structure.sections[:HEAD_BLOCKS]:
        texts.append(section.heading.strip())
        texts.extend(block.text.strip() for block in section.blocks[:HEAD_BLOCKS])
    return [text for text in texts if text][:HEAD_BLOCKS]


_NUMBER = r"(?P<{}>\d{{1,5}})"
_OF_WHOM = r"(?:of\s+whom|including|dont|davon|de\s+l[oa]s\s+cuales|di\s+cui|waarvan|d[oa]s\s+quais)"
_PARTICIPANTS = words_re(PARTICIPANT_WORDS)
_FEMALE = words_re(FEMALE_WORDS)
ATTENDANCE_PATTERNS = (
    re.compile(rf"{_NUMBER.format('total')}\s+(?:{_PARTICIPANTS})\s*\(\s*(?:{_OF_WHOM}\s+)?{_NUMBER.format('female')}"
               rf"\s+(?:{_FEMALE})", re.I),
    re.compile(rf"{_NUMBER.format('total')}\s+(?:{_PARTICIPANTS})[^.]{{0,80}}?,\s*(?:{_OF_WHOM}\s+)?"
               rf"{_NUMBER.format('female')}\s+(?:(?:of\s+them|were)\s+)?(?:{_FEMALE})", re.I),
    re.compile(rf"(?:present|attendance)\s*:\s*{_NUMBER.format('total')}(?:\s+of\s+\d+)?[^.(]{{0,40}}"
               rf"\(\s*{_NUMBER.format('female')}\s+(?:{_FEMALE})", re.I),
    # "Present: 12", "Attendance: 40 people", "Présents : 9"
    re.compile(rf"(?:^|(?<=[\s;.]))[-•*\s]*(?:{words_re(ATTENDANCE_LABELS)})\s*:\s*{_NUMBER.format('total')}\b(?![:.,/]\d|[.)])",
               re.I | re.M),
    # The loose phrasings, read where nothing else told the count (any text may count people: "the summer gathering
    # was poorly attended by less than 40 people in attendance"): "Thirty one (31) members were present" ...
    re.compile(rf"(?<![\d.,:/–-])\(?{_NUMBER.format('total')}\)?\s+(?:{_PARTICIPANTS})\s+"
               rf"(?:{words_re(PRESENT_PREDICATES)})\b", re.I),
    # ... then any "N participants"
    # (on one line: "... 24 février 2023" over "Présents : ..." is a date, then the list's label)
    # (or any one word of whom, "in attendance": "35 Residence in attendance", as the minutes spelt "residents")
    # (not a range's end: "each having 50-60 people attending")
    re.compile(rf"(?<!\d[-–])\b{_NUMBER.format('total')}(?:[ \t]+(?:{_PARTICIPANTS})\b(?!\s+of\s+the\s+public)"
               rf"|[ \t]+[^\W\d_]+[ \t]+in[ \t]+attendance\b)", re.I),
)
LOOSE_ATTENDANCE_PATTERNS = 2  # the last of ATTENDANCE_PATTERNS
_IN_PERSON_ONLINE = re.compile(r"(?P<a>\d{1,4})\s+in\s+person,?\s*(?:and\s+)?(?P<b>\d{1,4})\s+(?:online|virtual)", re.I)
_ORGANIZER_SENTENCE = re.compile(
    rf"(?:The )?(?P<org>(?:[A-Z][\w'’&-]* (?:(?:of|for|and|the|on) )*){{1,8}})\((?P<acr>[A-Z][A-Za-z]{{1,9}})\)"
    rf" (?:has |had )?(?:{'|'.join(ORGANIZER_VERBS)})")
# "Organization: Water Co-operative", up to the line's end or the next field of its row ("... Status: APPROVED").
# A field set mid-line (a form's second column) has its label capitalised: not "the governing body: ...".
_ORGANIZER_FIELD = re.compile(rf"(?:^[ \t]*(?i:{words_re(ORGANIZER_LABELS)})|(?<=[ \t])(?=[A-Z])"
                              rf"(?i:{words_re(ORGANIZER_LABELS)}))[ \t]*:[ \t]*(?P<org>[^\n]+?)"
                              rf"(?=[ \t]+[A-Z][\w/]*[ \t]*:|[ \t]*$)", re.M)
_ORGANIZED_BY = re.compile(rf"(?:{'|'.join(ORGANIZER_VERBS)})\s+by\s*:?\s*(?:the\s+)?(?P<org>[^.;\n]+)", re.I)


def _acronym_split(org: str) -> tuple[str, str | None]:
    match = re.match(r"^(?P<name>.+?)\s*\((?P<acr>[A-Z][A-Za-z]{1,9})\)", org)
    if match:
        return match.group("name").strip(), match.group("acr")
    return org.strip(), None


def _organizer_from_by(match: re.Match) -> tuple[str, str | None]:
    org = re.split(r"\s+in\s+(?:cooperation|collaboration|partnership)\s+with\s+", match.group("org"))[0]
    return _acronym_split(org.strip(" ,"))


# A name as titles write it: capitalised words (also "No2ID", "e.V.", "94.5", "FM") joined by
# lower-case connectors ("of", "de", "des", "für"), ending on a capitalised word.
_NAME_WORD = r"(?:[A-ZÀ-Ý0-9][\w'’.&-]*|e\.\s?V\.|&)"
_CONNECTOR = (r"(?:of|for|and|the|on|de|del|des|du|la|le|les|d['’]|l['’]|für|und|der|die|das|van|het|di|della|dei|"
              r"dell['’]|dello|degli|delle|da|do|dos|das|y|e|et|ved|vid|af|av|för)")
_ORG_ADJECTIVE = rf"(?:{words_re(ORGANIZATION_ADJECTIVES)})(?![\w'’])"
_ORG_COMPOUNDS = words_re(ORGANIZATION_COMPOUND_ENDINGS)
# "Stenålderns samfällighetsförening(s)": a compound organisation word in lower case, as Nordic names write it
_LOWER_ORG_COMPOUND = rf"[a-zà-ÿ]+(?:{_ORG_COMPOUNDS})(?:{ORGANIZATION_GENITIVE})?(?![\w'’])"
_NAME_RUN = (rf"{_NAME_WORD}(?:\s+(?:{_CONNECTOR}\s+|{_CONNECTOR}(?=[A-ZÀ-Ý]))*{_NAME_WORD}|\s+{_ORG_ADJECTIVE}"
             rf"|\s+{_LOWER_ORG_COMPOUND})*")
# "de l'association Les Amis ...", "van de gemeenteraad van Zuidveen": an organisation word in lower case
_LOWER_HEAD = rf"(?:{words_re(LOWER_ORGANIZATION_HEADS)})(?:\s+{_ORG_ADJECTIVE})*\s+(?:(?:{words_re(OF_WORDS)})\s*)?"
_MEETING = rf"(?:{words_re(MEETING_WORDS)}|[^\W\d_]{{3,}}(?:{words_re(MEETING_COMPOUND_ENDINGS)}))"
_OF = words_re(OF_WORDS)
_ORG_AFTER_MEETING = re.compile(rf"\b(?i:{_MEETING})(?:\s*\([^()]*\))?\s+(?:(?i:{_OF})\s*)?"
                                rf"(?P<org>(?i:{_LOWER_HEAD})?{_NAME_RUN})")
_ORG_BEFORE_MEETING = re.compile(rf"^(?P<org>.+?)\s+(?:{_MEETING})(?:\s|$|[.:,;(-])", re.I)
_MEETING_WORD = re.compile(rf"(?<!\w)(?:{_MEETING})(?!\w)", re.I)
_LEADING_DOC_WORDS = re.compile(
    r"^(?:(?:minutes?|report|record|notes?|summary|draft|official|protokoll|procès-verbal|acta|verbale|notulen|ata|"
    r"referat)(?:\s+(?:of|on|for|from|de|du|der|des|del|van|från|fra|af|av))?(?:\s+the)?\s+)+", re.I)
_NOT_ORGANIZER = set(NOT_ORGANIZER_WORDS) | set(_WEEKDAYS) | set(_MONTH_NUMBER)
_ACRONYM_IN_BRACKETS = re.compile(r"(?P<org>[A-ZÀ-Ý][\w'’ &.-]+?)\s*\((?P<acr>[A-Z][A-Za-z]{1,9})\)")
_MEMBERS_OF = re.compile(rf"\b(?i:{words_re(MEMBERS_OF)})\s+(?P<org>{_NAME_RUN})")
_MEETING_OF = re.compile(rf"\b(?i:{words_re(MEETING_OF_WORDS)})\s+(?i:{_OF})\s+(?P<org>{_NAME_RUN})")
_ASSOCIATION_NAMED = re.compile(rf"(?<!\w)(?i:{words_re(ASSOCIATION_LEAD_INS)})\s+(?P<org>{_NAME_RUN})")


def _plausible_acronym(name: str, acronym: str) -> bool:
    """ "Association Genevoise ... (AGAS)" yes, "Annual General Meeting (ONLINE)" no: an acronym
    starts with the initial of the name's first word."""
    words = [w for w in re.findall(r"[\w'’]+", name) if w.lower() not in {"the", "la", "le", "les", "l", "el"}]
    return bool(words) and words[0][0].lower() == acronym[0].lower() and acronym.lower() not in ONLINE_WORDS


_ORGANIZATION_WORDS = set(ORGANIZATION_WORDS)
_LEADING_MODIFIERS = re.compile(rf"^(?:(?i:{words_re(MEETING_MODIFIERS)})\s+(?:(?i:{words_re(OF_WORDS)})\s+)?)+")
_TRAILING_MODIFIERS = re.compile(rf"(?:\s+(?i:{words_re(MEETING_MODIFIERS)}))+$")


_NUMBER_REFERENCE = re.compile(r"^(?:n\.?\s*[º°ª]|nos?\.|nr\.?|núm\.?|num\.|n\.)\s*\d", re.I)


_GENITIVE_END = re.compile(rf"(?P<word>[^\W\d_]*(?i:{_ORG_COMPOUNDS})){ORGANIZATION_GENITIVE}$")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|e|er|ème|eme|º|ª|\.)?")  # a number or an ordinal: "68th", "12e"
_YEAR_AROUND = re.compile(r"^(?:19|20)\d\d\s+|\s+(?:19|20)\d\d$")


def _clean_org(candidate: str | None) -> str | None:
    """A candidate name without its document words, dates and trailing meeting words; None when
    nothing but generic words ("Annual", "Commission") is left."""
    if not candidate:
        return None
    text = ocr_mended(re.sub(r"\s+", " ", candidate).strip())
    for pattern in DATE_PATTERNS:
        text = pattern.sub(" ", text)
    text = _WEEKDAY_WORDS.split(text)[0]
    text = re.sub(r"\s+", " ", _LEADING_DOC_WORDS.sub("", text.strip())).strip(" ,:;-–—")
    text = re.sub(rf"^(?:(?:{_OF})\s+)+", "", text, flags=re.I)
    text = re.sub(rf"\s+(?:{_CONNECTOR})\s+\d{{1,2}}$", "", text, flags=re.I)  # "... DEL 17", a date's day cut off
    text = re.sub(rf"\s+(?:(?:{_CONNECTOR})\s*)+$", "", text, flags=re.I).strip(" ,:;-–—")
    text = text if re.search(r"\b[A-Za-z]\.$", text) else text.rstrip(".")  # "e.V." keeps its dot
    text = _YEAR_AROUND.sub("", text)  # "2020 RLCA (Annual General Meeting)": the year is the meeting's
    text = _GENITIVE_END.sub(r"\g<word>", text)  # "Stenålderns samfällighetsförenings (årsstämma)"
    text = _TRAILING_MODIFIERS.sub("", text)  # "Tenants Forum Annual (Meeting)"
    words = re.findall(r"[\w'’]+", text.lower())
    if _NUMBER_REFERENCE.match(text) or not re.search(r"[^\W\d_]", text):
        return None  # "N.º 45", "No. 7": a number, not a name
    if not words or all(w in _NOT_ORGANIZER or _ORDINAL.fullmatch(w) or re.fullmatch(_CONNECTOR, w) for w in words):
        return None  # (or which of the meetings it was: "68th (Annual General Meeting)")
    if _MEETING_WORD.search(text) or not re.fullmatch(_NAME_RUN, text):
        return None
    if re.match(rf"(?i:{words_re(MEETING_MODIFIERS)})\b", text):
        return None  # "Annual Parish (Meeting)": which meeting, not who holds it
    if len(words) > 14:
        return None
    return text


def _organizer_in_part(part: str) -> tuple[str | None, str | None]:
    named = _ACRONYM_IN_BRACKETS.search(part)
    if named and _plausible_acronym(named.group("org"), named.group("acr")):
        org = _clean_org(named.group("org"))
        if org:
            return org, named.group("acr")
    after = _ORG_AFTER_MEETING.search(part)
    while after:
        # "(Reunião) ORDINÁRIA DO CONSELHO MUNICIPAL": which meeting, then who holds it
        org = _LEADING_MODIFIERS.sub("", after.group("org"))
        org = _clean_org(org[:1].upper() + org[1:])  # "association Les Amis" -> "Association Les Amis"
        if org:
            return org, None
        after = _ORG_AFTER_MEETING.search(part, after.start() + 1)
    before = _ORG_BEFORE_MEETING.match(part)
    if before:
        org = _clean_org(before.group("org"))
        if org:
            return org, None
    return None, None


# "des Vereins „Charité Chor Berlin e.V.“", "de l'association « Les Amis du Salève »": a quoted name
# (the name on a line of its own under the word: a head's lines are joined with ": ")
_QUOTED_NAME = re.compile(rf"(?<!\w)(?i:{words_re(QUOTED_NAME_HEADS)})(?::\s|\s)\s*[„“\"«‚]\s*"
                          rf"(?P<org>[^„“”\"«»]{{2,80}}?)\s*[“”\"»‘]")


_MINUTES_WORDS = frozenset(MINUTES_TITLE_WORDS)
PROPER_NAME_MAX_WORDS = 5
LETTERHEAD_NAME_MAX_WORDS = 8  # "The Friends of Charleston Lake Park": a name set over the meeting's line


def _proper_name(text: str, max_words: int = PROPER_NAME_MAX_WORDS) -> bool:
    """A name and nothing else: capitalised words (a joining word between them), no figure, no meeting's word."""
    words = text.split()
    return 0 < len(words) <= max_words and words[0][:1].isupper() and not re.search(r"\d", text) \
        and not _MEETING_WORD.search(text) and all(w[:1].isupper() or re.fullmatch(_CONNECTOR, w) for w in words)


def _organizer_from_title(title: str | None, whole_title: bool = True) -> tuple[str | None, str | None]:
    """ "PREK THNOT FARMERS' ASSOCIATION (PTFA)", "No2ID Annual General Meeting", "Annual General
    Meeting of the Milton Keynes Chess Club", "Mitgliederversammlung des Makerspace Gütersloh e.V.";
    a short letterhead part before the meeting's ("EAST PALO ALTO: PLANNING COMMISSION MEETING")
    is part of the name."""
    quoted = _QUOTED_NAME.search(title or "")
    if quoted and _clean_org(quoted.group("org")):
        return quoted.group("org").strip(), None
    parts = [p.strip() for p in re.split(r": |\s[-–—]\s", title or "") if p.strip()]
    if len(parts) == 2 and parts[0].casefold() in _MINUTES_WORDS and _proper_name(parts[1]):
        return parts[1], None  # "Protokoll: OpenTechSchool", "Minutes: Hilltown Rotary Club": whose minutes
    # a letterhead that names an organisation ("Hilltown Parish Council: Minutes of ...")
    for k, part in enumerate(parts):
        named = _ACRONYM_IN_BRACKETS.fullmatch(part)
        name = named.group("org") if named and _plausible_acronym(named.group("org"), named.group("acr")) else part
        if _is_organisation_name(name) or _is_sentence_case_name(name):
            letterhead = parts[k - 1] if k and name == part else ""
            if letterhead and _is_letterhead(letterhead) and _clean_org(letterhead):
                # "City of Alameda" / "Successor Agency Oversight Board": the body of the place above it
                return f"{letterhead} {name.strip()}", None
            return name.strip(), named.group("acr") if named and name != part else None
    for k, part in enumerate(parts):
        org, acronym = _organizer_in_part(part)
        if not org:
            continue
        letterhead = parts[k - 1] if k else ""
        if letterhead and _is_letterhead(letterhead) and org.lower() in part.lower()[: len(org) + 2]:
            org = f"{letterhead} {org}"
        return org, acronym
    named = _name_beside_meeting(parts) if whole_title else None  # (not among the labels of the lines under it)
    return (named, None) if named else (None, None)


_ONE_WORD_NAME = re.compile(r"[A-ZÀ-Ý0-9&/.-]{2,}|[A-ZÀ-Ý][a-zà-ÿ0-9]+(?:[A-ZÀ-Ý][\w]*)+")  # "SRCF", "OpenTechSchool"


def _name_beside_meeting(parts: list[str]) -> str | None:
    """ "The Friends of Charleston Lake Park: 2023 Annual General Meeting: Minutes", "Acta de reunión Asamblea
    General Ordinaria: Python Canarias": a part of the title that is a name and nothing else, beside (just before or
    after) a part that says which meeting, is who holds it."""
    for k, part in enumerate(parts):
        if not _proper_name(part, LETTERHEAD_NAME_MAX_WORDS) or not _clean_org(part) or _a_persons_name(part):
            continue
        if len(part.split()) == 1 and not _ONE_WORD_NAME.fullmatch(part):
            continue  # "Detalles: reunión online": a label; a name of one word is an acronym or "OpenTechSchool"
        beside = parts[max(0, k - 1):k] + parts[k + 1:k + 2]
        if any(_MEETING_WORD.search(other) or other.split()[0].casefold() in _MINUTES_WORDS for other in beside):
            return part
    return None


def _a_persons_name(text: str) -> bool:
    """ "Emma Rand" (a report's author under its title): a given name, then one or two more words, none of them an
    organisation's word."""
    words = text.split()
    return 2 <= len(words) <= 3 and is_given_name(words[0]) \
        and not {w.lower() for w in words} & _ORGANIZATION_WORDS


def _has_organisation_word(words: set[str]) -> bool:
    """ "council", "e.v.", or a compound ending in an organisation's word ("kantineforening")."""
    return bool(words & _ORGANIZATION_WORDS) or any(word.endswith(ORGANIZATION_COMPOUND_ENDINGS) for word in words)


def _is_organisation_name(text: str) -> bool:
    """A name (no meeting word, no date) with a word that organisations carry: "Parish Council", "e.V."."""
    words = set(re.findall(r"[\w'’.]+", text.lower()))
    return (len(words) <= 10 and _has_organisation_word(words) and not _MEETING_WORD.search(text)
            and not dates_in(text) and bool(re.fullmatch(_NAME_RUN, text.strip())) and _clean_org(text) is not None)


# "Association genevoise des amis du Salève": an organisation word, then lower-case words that go
# on to say of whom or of where ("des", "de", "of")
_SENTENCE_CASE_NAME = re.compile(rf"(?i:{words_re(LOWER_ORGANIZATION_HEADS)})(?:\s+[^\W\d_][\w'’-]*)*?"
                                 rf"\s+(?i:{words_re(OF_WORDS)})(?:\s+|(?<=['’]))[^\W\d_][\w'’ -]*")


def _is_sentence_case_name(text: str) -> bool:
    """A name written as French, Spanish or Italian write them, capital on the first word only:
    "Association genevoise des amis du Salève", "Asociación vecinal de ...". It opens with an
    organisation word, says of whom or of where, and has no meeting word, no figure, no stop."""
    text = text.strip()
    return text[:1].isupper() and len(text.split()) <= 10 and bool(_SENTENCE_CASE_NAME.fullmatch(text)) \
        and not _MEETING_WORD.search(text) and not dates_in(text)


def _is_letterhead(part: str) -> bool:
    """A short name line above the title: no meeting word, no date, no digits."""
    return (len(part.split()) <= 5 and not _MEETING_WORD.search(part) and not re.search(r"\d", part)
            and bool(re.fullmatch(_NAME_RUN, part)))


def _longer_mention(org: str, text: str) -> str:
    """The title may cut a long name at a line end; the text may give it whole."""
    match = re.search(rf"(?i:{re.escape(org)})(?P<more>(?:[ \t]+(?:{_CONNECTOR}[ \t]+)*{_NAME_WORD}(?![\w'’.&-]))+)"
                      r"(?![ \t]*:)",
                      text)  # (not into the label of a form's next field: "Water Co-operative Status: APPROVED")
    more = set(re.findall(r"[\w'’]+", match.group("more").lower())) if match else set()
    if match and not _MEETING_WORD.search(match.group("more")) and not more & _NOT_ORGANIZER \
            and not dates_in(match.group("more")) and not any(word.isdigit() for word in more):
        # ("Bitraf 30.04.2014", "CONSIGLIO DIRETTIVO DEL 17/12/2024": the meeting's date, not more of the name)
        return re.sub(r"\s+", " ", match.group(0)).strip(" .")
    return org


def _spelt_out(acronym: str, text: str) -> tuple[str, str] | None:
    """An organizer known by its acronym ("RLCA") whose minutes spell it out once: "Redstone Lake Cottagers
    Association (RLCA)" gives its name."""
    if not re.fullmatch(r"[A-Z]{2,9}", acronym):
        return None
    for named in _ACRONYM_IN_BRACKETS.finditer(text.replace("\n", " ")):
        name = _words_of_initials(named.group("org"), acronym) if named.group("acr") == acronym else None
        cleaned = _clean_org(name)
        if cleaned:
            return cleaned, acronym
    return None


def _words_of_initials(text: str, acronym: str) -> str | None:
    """The words that end `text` and whose initials (joining words aside) are the acronym's letters:
    "... titled ”Redstone Lake Cottagers Association" -> "Redstone Lake Cottagers Association"."""
    words = re.findall(r"[\w'’&.-]+", text)
    for start in range(max(0, len(words) - 3 * len(acronym)), len(words)):
        initials = "".join(w[0] for w in words[start:] if not re.fullmatch(_CONNECTOR, w))
        if initials.upper() == acronym and words[start][:1].isupper():
            return " ".join(words[start:])
    return None


def _organizer(front_text: str, all_text: str, title: str | None, head: list[str]) -> tuple[str | None, str | None]:
    labelled = _ORGANIZED_BY.search(front_text)
    if labelled:
        return _organizer_from_by(labelled)
    field = _ORGANIZER_FIELD.search(front_text)
    if field and _clean_org(field.group("org")):
        return _acronym_split(field.group("org"))
    sentence = _ORGANIZER_SENTENCE.search(all_text)
    if sentence:
        return sentence.group("org").strip(), sentence.group("acr")
    org, acronym = _organizer_from_title(title)
    if not org:
        org, acronym = _organizer_from_title(": ".join(head[:HEAD_BLOCKS]), whole_title=False)
    if org:
        return _spelt_out(org, all_text) or (_longer_mention(org, all_text), acronym)
    in_body = _ORGANIZED_BY.search(all_text)
    if in_body:
        return _organizer_from_by(in_body)
    flat = all_text.replace("\n", " ")
    for pattern in (_MEMBERS_OF, _MEETING_OF, _ASSOCIATION_NAMED):
        for match in pattern.finditer(flat):
            # lines are joined here: a name ends at its sentence's end ("... Sällskap. 1. Mötet beslutar")
            org = _clean_org(_SENTENCE_END.split(match.group("org"))[0])
            if org and not _MEETING_WORD.search(org):
                return org, None
    legal = _LEGAL_NAME.search(front_text)
    if legal:  # "Koha-Suomi Oy:n osakkeenomistajat kutsutaan ...": a company named by its legal form
        return legal.group("org"), None
    return None, None


# A name that ends in a company's or an association's legal form ("Koha-Suomi Oy", "Makerspace X e.V.", "Acme Ltd"),
# its first word capitalised; a genitive's ending after the form is left out ("Oy:n").
_LEGAL_NAME = re.compile(rf"(?P<org>(?:[A-ZÀ-Ý][\w'’&.-]*[ \t]+){{1,5}}(?:{words_re(LEGAL_FORMS)}))(?![\w.])")


def _first_attendance(patterns, text: str) -> tuple[int, int | None] | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            female = match.groupdict().get("female")
            total = int(match.group("total"))
            if female is None or int(female) <= total:
                return total, int(female) if female is not None else None
    return None


def _attendance(text: str, any_count_in: str | None = None) -> tuple[int | None, int | None]:
    """Participants and women: specific phrasings first, then "11 in person, 4 online", then the loose ones,
    "N members were present", any "N participants" (in `any_count_in` when given: the text before the first
    heading, where such a count is the meeting's)."""
    specific = _first_attendance(ATTENDANCE_PATTERNS[:-LOOSE_ATTENDANCE_PATTERNS], text)
    if specific:
        return specific
    split = _IN_PERSON_ONLINE.search(text)
    if split:
        return int(split.group("a")) + int(split.group("b")), None
    return _first_attendance(ATTENDANCE_PATTERNS[-LOOSE_ATTENDANCE_PATTERNS:],
                             text if any_count_in is None else any_count_in) or (None, None)


_PRESENT_LABEL = words_re(PRESENT_LIST_LABELS)
_LIST_OPENS = re.compile(rf"^(?:{_PRESENT_LABEL})\s*:?\s*(?P<rest>.*)$", re.I)
_ABSENT_LABEL = re.compile(rf"^(?:{words_re(ROLL_ABSENT_WORDS + ABSENCE_LABELS)})\b", re.I)
# (a label in French inclusive writing too: "Excusé·es :", "Présent.es :")
_SUB_LABEL = re.compile(r"^(?P<label>[A-ZÀ-Ý](?:[\w’'·-]|\.(?=[a-zà-ÿ]))*(?:\s+[\w’'-]+){0,2})\s*:\s*(?P<rest>.*)$")
# (", and" too: "G Reeve, and P Keymer")
_JOINER = words_re(NAME_LIST_JOINERS)
_NAME_JOINT = re.compile(rf"\s*[,;]\s*(?:(?:{_JOINER})\s+)?|\s+(?:{_JOINER})\s+", re.I)
_BRACKETED = re.compile(r"\(([^()]*)\)")
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_INITIAL_AND_NAME = re.compile(r"(?<![\w.])[A-Z]\.?\s+[A-Z][a-z’'-]+")  # "P Moran", "R. Healey"
_COUNTED_PEOPLE = re.compile(r"^(?P<n>\d{1,3}|[^\W\d_]+)\s+[^\W\d_]+$")  # "ten guests", "11 members"
PRESENT_LIST_MAX_LINES = 8  # the lines a list of those present runs on over, after its label
GROUP_NAME_MAX_WORDS = 3  # "PAC members (11)", "Executive (A, B & C)": a group's name before its count or list
_GROUP_MARK = "\x00"


def _figure(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def _people_in(part: str) -> int:
    """The people one entry of a list names: "ten guests" 10; "P Moran Clerk Mrs J Todd" (names run
    together with their posts) one per initial and name; a name 1."""
    part = part.strip(" .:")
    counted = _COUNTED_PEOPLE.match(part)
    if counted and _figure(counted.group("n")):
        return _figure(counted.group("n")) or 0
    if not part[:1].isupper() or post_alone(part):
        return 0  # ("Mrs Victoria Whitehead, Councillors, Mrs Susan Ryding, Clerk": the posts of those named)
    initialled = len(_INITIAL_AND_NAME.findall(part))
    return initialled if initialled >= 2 else 1


_NAME_A_LINE_WORD = re.compile(r"^[A-ZÀ-Þ][\w'’-]*[a-zà-ÿ][\w'’-]*$")  # "Per-Åke", "McDonald"; not "TOPIC", "to"


def _opens_with_name(line: str) -> bool:
    """The line starts with a name of two to four words (two given names and two surnames: "Adriana Patricia
    Valbuena Bulla"), then ends or goes on after a comma or a bracket."""
    words = [word for word in re.split(r"\s*[,(]", line.strip(" ,"), maxsplit=1)[0].split() if not stamp_piece(word)]
    if len(words) > 2 and _INITIAL_WORD.match(words[-1]):
        words = words[:-1]  # "Jefferson Jhoan Soto G.": a second surname's initial
    # (a surname may be set in capitals after the given name: "Jean-Jacques BRUCKER")
    return 2 <= len(words) <= 4 and bool(_NAME_A_LINE_WORD.match(words[0])) and all(
        _NAME_A_LINE_WORD.match(word) or len(word) > 1 and word.isupper() for word in words[1:])


_INITIAL_WORD = re.compile(r"^[A-ZÀ-Þ]\.$")


def _is_person_name(part: str) -> bool:
    words = part.split()
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 2 and not re.search(r"\d", part)


def _count_listed(text: str) -> int:
    """The people a list of those present names: names and counts, with groups in brackets
    ("Executive (A, B & C)" 3, "PAC members (11)" 11) and posts in brackets ("(chair)") left out."""
    total = 0

    def group(match: re.Match) -> str:
        nonlocal total
        inside = match.group(1).strip()
        if inside.isalnum() and _figure(inside):
            total += _figure(inside) or 0
            return f" {_GROUP_MARK} "
        parts = [p for p in _NAME_JOINT.split(inside) if p.strip()]
        if len(parts) >= 2 and all(_is_person_name(p) for p in parts):
            total += len(parts)
            return f" {_GROUP_MARK} "
        return " "  # a post: "(Chair)", "(P1 & Secretary)"

    text = _BRACKETED.sub(group, text)
    if _parted_by_dashes(text):
        # "Denis JUVIN - Catherine MARTEL - Patricia MICHOT": dashes part the names (and only names: not the
        # heading the list ran on into)
        return total + sum(1 for piece in _SPACED_DASH.split(text)
                   if _is_person_name(piece) or re.fullmatch(r"\s*[A-ZÀ-Ý][\w'’-]+\s*", piece))
    grouped = _GROUP_MARK in text
    for piece in text.split(_GROUP_MARK):
        if grouped and not _NAME_JOINT.search(piece.strip()) and len(piece.split()) <= GROUP_NAME_MAX_WORDS:
            continue  # the group's name
        total += sum(_people_in(part) for part in _NAME_JOINT.split(piece))
    return total


def _parted_by_dashes(names: str) -> bool:
    """A list whose names spaced dashes part, not commas ("Denis JUVIN - Catherine MARTEL - Patricia MICHOT")."""
    return not re.search(r"[,;]", names) and len(_SPACED_DASH.findall(names)) >= 2


_LAST_ITEM_JOINT = re.compile(rf"\s*[;,.]?\s*(?:(?:{words_re(NAME_LIST_JOINERS)})\s*)?$", re.I)


def _enumerated(item: str) -> str:
    """An item of a lettered list without its letter and the mark or joining word it ends on:
    "(j) Vivien Lewkowicz de Neergaard; og" -> "Vivien Lewkowicz de Neergaard"."""
    return _LAST_ITEM_JOINT.sub("", without_numbering(item))


def _present_list(lines: list[str]) -> str | None:
    """The text of the list of those present among the first lines: after its label, on to a numbered
    item, another label ("Apologies:"), a sentence or a rule; a label of part of it ("Present Observers:")
    parts the names before it from those after it."""
    for k, line in enumerate(lines):
        opened = _LIST_OPENS.match(without_numbering(line.strip()))  # ("§1 Til stede:": an item of its own)
        if not opened:
            continue
        parts = [opened.group("rest")]
        # "Attendance:" alone, then its groups under labels of their own ("Commissioners: ...", "Staff: ...")
        groups_follow = not opened.group("rest").strip()
        run_on, names_only = 0, True
        for follow in (text.strip() for text in lines[k + 1:]):
            if follow == line.strip():
                continue  # the label as a heading, then its line again
            if numbering_of(follow) and groups_follow and _listed_name(_enumerated(follow)):
                parts.append(f", {_enumerated(follow)}")  # lettered, a name an item: "(a) Alexander Scheurer;"
                continue
            run_on += 1
            names_only = names_only and _opens_with_name(follow)  # a name a line runs on longer
            if run_on > (NAME_LIST_LINES if names_only else PRESENT_LIST_MAX_LINES) or numbering_of(follow) \
                    or not re.search(r"\w", follow):
                break
            part_label = _LIST_OPENS.match(follow)
            other_label = _SUB_LABEL.match(follow)
            if other_label and not part_label and groups_follow and not _ABSENT_LABEL.match(follow):
                parts.append(f", {other_label.group('rest')}")  # a group of those there
                continue
            if other_label and not part_label:
                break
            # (a list set a name a line: "Anwesende: Stefan Schindler" / "Sebastian Wicki", "Närvarande" / "Gunnar
            # Jonsson, styrelsen" / "Per-Åke Jansson, styrelsen"; a name and who the person is, a sentence)
            last = parts[-1].rpartition(":")[2]  # (after a label of part of the list: "Gründungsmitglieder: X")
            a_name_a_line = _opens_with_name(follow) and (_opens_with_name(last) or not last.strip())
            if follow.endswith(".") and sum(word.islower() for word in follow.split()) >= 3 and not a_name_a_line:
                break
            parts.append(f", {part_label.group('rest')}" if part_label else f", {follow}" if a_name_a_line else follow)
        joined = []
        for part in parts:
            while (label := _SUB_LABEL.match(part.strip())) is not None:  # "Present: Members: ..."
                part = label.group("rest")
            joined.append(part)
        # A list whose names dashes part goes on to its next line after a dash (read as the line's bullet).
        return (" - " if _parted_by_dashes(joined[0]) else " ").join(joined)
    return None


# (the closing words may be parted by a line's end: "... and Sri were" / "in attendance")
_PRESENT_AFTER = words_re(PRESENT_AFTER_NAMES).replace(r"\ ", r"\s+")
_LISTED_NAME = r"[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){0,3}"
_NAMES_THEN_PRESENT = re.compile(
    rf"(?:^|(?<=[.:;]\s))(?P<names>{_LISTED_NAME}(?:(?:\s*,\s*|\s+(?:{words_re(NAME_LIST_JOINERS)})\s+){_LISTED_NAME})+)"
    rf"\s+(?:{_PRESENT_AFTER})\b", re.M)


def _named_as_present(text: str) -> int | None:
    """How many a sentence names before it says they were there ("Daniel, Braden, Cate and Sri were in
    attendance" 4; the names may run over lines after a comma or a joining word)."""
    found = _NAMES_THEN_PRESENT.search(text)
    if found is None:
        return None
    return len([name for name in _NAME_JOINT.split(found.group("names")) if name.strip()])


def _listed_attendance(lines: list[str]) -> int | None:
    """How many people the list of those present names (two at least)."""
    listed = _present_list(lines)
    total = _count_listed(listed) if listed else 0
    return total if total >= 2 else None


# A survey taken before the workshop is not its evaluation.
_BEFORE_THE_EVENT = re.compile(r"\bpre-?\s?(?:workshop|course|training|meeting|event|session)|\bbaseline\b", re.I)


def _respondents(text: str) -> int | None:
    """The first statement of respondents in the text, whichever phrase it uses."""
    matches = [m for phrase in RESPONDENT_PHRASES for m in re.finditer(phrase, text, re.I)
               if not _BEFORE_THE_EVENT.search(m.group(0))]
    return int(min(matches, key=lambda m: m.start()).group("n")) if matches else None


_CLOCK = re.compile(r"\d{1,2}(?:[:.h]\s?\d{2})?\s*(?:[ap]\.?m\b\.?)|\d{1,2}\s?[:h]\s?\d{2}\s*h?\b|\b\d{1,2}\s?h\b|"
                    r"\d{1,2}[.:]\d{2}\s*(?:uhr|uur|horas|hrs?|ore|heures)\b|\d{1,2}\s*(?:uhr|uur)\b", re.I)
_CLOCK_RANGE = re.compile(rf"(?:(?:from|de|von|dalle)\s+)?(?:{_CLOCK.pattern})(?:\s*(?:-|–|—|to|à|a|bis|alle)\s*"
                          rf"(?:{_CLOCK.pattern}|\d{{1,2}}(?:[:.]\d{{2}})?))?", re.I)
_WEEKDAY_WORDS = re.compile(rf"(?<![\w-])(?:{words_re(WEEKDAY_NAMES)})(?![\w-]),?", re.I)
_CLOCK_WORD = re.compile(rf"(?<![\w'’])(?:{words_re(CLOCK_WORDS)})(?![\w'’])\.?", re.I)
_VENUE_LEAD = re.compile(r"^(?:[\s,;:–—-]|in het\b|in de\b|op het\b|at\b|in\b|held\b|à\b|en\b|im\b|in der\b|au\b|"
                         r"a\b|um\b|on\b|na\b|no\b|nella\b|nel\b|dans\b|presso\b|te\b|bij\b|em\b|nos\b|nas\b)+",
                         re.I)
# The comma after which a sentence goes on ("..., si è riunita", "..., reuniram-se 25"), not a place (", in Via Roma").
_VENUE_GOES_ON = re.compile(r",\s+(?=[a-zà-ÿ][^\s,]*\s+[^A-ZÀ-Ý\s])")
# "na sede da associação", "in the Committee Room", "dans la salle du conseil": a room or building named in a sentence.
_VENUE_NOUN_PHRASE = re.compile(
    rf"(?<![\w'’])(?:{words_re(VENUE_PREPOSITIONS)})\s*"
    rf"(?P<venue>(?:[A-ZÀ-Ý][\w'’-]*\s+){{0,3}}(?i:{words_re(VENUE_NOUNS)})\b[^\n.;]{{0,120}})")
_ONLINE = words_re(ONLINE_WORDS)
# A web address, its scheme as OCR may misread it ("httos://", "hitps://").
_URL = r"[a-z]{3,6}://\S+"
_ONLINE_VENUE = re.compile(
    rf"(?:\b(?:by|on|via|vía|per|über|par|sur|en|in|por|mediante|modalidad\s+de|using)\s+|\()"
    rf"(?P<venue>(?i:{_ONLINE})\b(?:\s+(?:unter|at|via|sur|en|auf)\s+{_URL})?)", re.I)
_CITY = re.compile(rf"\b(?:{words_re(CITY_LEAD_INS)})\s+(?P<city>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*)", re.I)


_ATTENDANCE_HEAD = re.compile(rf"^[-–•*\s]*(?:{words_re(ATTENDANCE_LABELS)})\s*:", re.I)
_MONTH_FIRST = re.compile(rf"^(?:in\s+)?(?:{words_re(n for names in MONTH_NAMES.values() for n in names)})\b", re.I)


def _as_venue(text: str, lower_ok: bool = False) -> str | None:
    """What is left of a head line once its date, weekday, clock times and lead words are taken
    out, when that reads as a place ("7:45pm in the Berrill Cafe" -> "the Berrill Cafe")."""
    text = _CLOCK_RANGE.sub(" ", _WEEKDAY_WORDS.sub(" ", text))
    text = _CLOCK_WORD.sub(" ", text)  # "14:00 Uhr" leaves "Uhr"
    text = re.sub(r"\s+", " ", text)
    text = _WHO_LED_IT.split(text)[0]  # "the Ballroom at 9:30 a.m. presided by President, Peggy Marcone"
    text = _VENUE_LEAD.sub("", text).strip(" ,;.–—-")
    text = re.sub(r"\s*[,;]\s*(?=[,;]|$)", "", text).strip(" ,;.–—-")
    text = re.sub(r"^\((?P<inside>[^()]+)\)$", r"\g<inside>", text)  # "10:00 AM (Betsy Frederick’s home, Albuquerque)"
    if not text or len(text.split()) > 15 or not (text[:1].isupper() or text[:1].isdigit() or text.startswith("the ")
                                                   or lower_ok or _STARTS_WITH_VENUE_NOUN.match(text)):
        return None  # ("salle polyvalente, 12 rue des Lilas": a room, in lower case as French writes it)
    if re.search(r"[.!?]\s+[A-Z]", text) or "http" in text.lower():
        return None
    if not re.search(r"[^\W\d_]{2}", text):
        return None  # "G": a letter or two of a logo read beside the date, not a place
    if _MONTH_FIRST.match(text):
        return None  # "(will be held in) September 2020 instead of June": a time, no place
    return text


_STARTS_WITH_VENUE_NOUN = re.compile(rf"(?:{words_re(VENUE_NOUNS)})\b", re.I)
_PLACE_ON_NEXT_LINE = re.compile(r"^\s*(?:at|in)(?:\s+the)?\s*$", re.I)  # the place on the next line
# Who led the meeting, said after where it sat: the place ends there (a time taken out before it leaves its "at").
_WHO_LED_IT = re.compile(rf"(?:\s+at)?\s+(?:{words_re(MEETING_LEADING_VERBS)})\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ]{3})\.\s|;")  # not "p.m. "


# Place words of other languages after a date: what follows is where the meeting sits, in any case.
_OTHER_PLACE_WORDS = words_re(w for w in PLACE_WORDS if w not in {"at", "in", "en", "à", "im"})
_PLACE_AFTER_DATE = re.compile(rf"^\s*,?\s*(?:{_OTHER_PLACE_WORDS})\s+\S", re.I)


# An address set as a letterhead's lines ("EPA Government Center" / "City Council Chamber" / "East Palo
# Alto, CA 94303"): at most ADDRESS_MAX_LINES short lines (ADDRESS_LINE_WORDS), the last with a figure.
ADDRESS_MAX_LINES = 4
ADDRESS_LINE_WORDS = 8
# "Conference Room 360": a room named for meetings, not a meeting word
_ROOM_NAME = re.compile(rf"\b[\w-]+\s+(?:{words_re(ROOM_NOUNS)})\b", re.I)


def _address_line(line: str) -> str | None:
    """A line that may be one of an address's: short, no date, label, number, meeting word or sentence."""
    if (len(line.split()) > ADDRESS_LINE_WORDS or line.rstrip().endswith((".", ",")) or dates_in(line)
            or _DAY_MONTH.search(line) or _HEAD_LABEL.match(line) or _LABEL_VALUE.match(line)
            or _ONLINE_VENUE.search(line) or numbering_of(line) or AGENDA_ITEM_LABEL.match(line)
            or _MEETING_WORD.search(_ROOM_NAME.sub(" ", line))):
        return None
    return _as_venue(line)


def _address_lines(lines: list[str]) -> str | None:
    """The address the first of `lines` begin (two lines or more), up to its last line with a figure (a
    street number, a post code), joined as one: None when they begin none."""
    parts: list[str] = []
    for line in lines[:ADDRESS_MAX_LINES]:
        part = _address_line(line)
        if part is None:
            break
        parts.append(part)
    while parts and not re.search(r"\d", parts[-1]):
        parts.pop()
    return ", ".join(parts) if len(parts) >= 2 else None


def _in_title(line: str, title: str | None) -> bool:
    return bool(title) and re.sub(r"\s+", " ", line).strip().lower() in re.sub(r"\s+", " ", title).lower()


def _venue_by_date(lines: list[str], title: str | None = None) -> str | None:
    """The place written after the date on its line ("12 November 2018 at President Hotel"), on the
    line after the date's ("Espace de quartier Soubeyran, ..., 19 :00h"), or as an address of several
    lines after or before the date's (a letterhead: "EPA Government Center" / "East Palo Alto, CA 94303";
    not the title's lines)."""
    for k, line in enumerate(lines):
        line = ocr_mended(line)
        found = dates_in(line)
        if not found:
            continue
        match = next(p.search(line, found[-1][0]) for p in DATE_PATTERNS if p.search(line, found[-1][0]))
        tail = line[match.end():]
        if _PLACE_ON_NEXT_LINE.search(tail) and k + 1 < len(lines):  # "... December 1, 2022 in the" / "Ballroom at ..."
            venue = _as_venue(_SENTENCE_END.split(f"{tail} {lines[k + 1]}")[0])
            if venue:
                return venue
        if re.match(r"^\s*(?:,|at\b|in\b|-|–|—|à\b|en\b|im\b)|^\s*\d{1,2}[:.]\d{2}", tail, re.I):
            venue = _as_venue(_SENTENCE_END.split(tail)[0])
            if venue:
                return venue
        elif _PLACE_AFTER_DATE.match(tail):  # "14 maart 2024 te Utrecht", "14 marzo 2024 presso la sede sociale"
            venue = _as_venue(_VENUE_GOES_ON.split(_SENTENCE_END.split(tail)[0])[0], lower_ok=True)
            if venue:
                return venue
        if _VENUE_AFTER_LEAD_IN.search(tail):
            continue  # "In data 22/03/2008, alle ore 15.00 presso l'abitazione ...": a sentence says where, read so
        before = [lines[j] for j in range(k - 1, max(-1, k - 1 - ADDRESS_MAX_LINES), -1)]
        before = list(reversed(list(itertools.takewhile(lambda text: not _in_title(text, title), before))))
        address = _address_lines(lines[k + 1:]) or (_address_lines(before) if before else None)
        if address and len(address.split()) <= 20:
            return address
        for j, follow in enumerate(lines[k + 1:k + 3], start=k + 1):
            if dates_in(follow) or _HEAD_LABEL.match(follow) or _LABEL_VALUE.match(follow) or follow.endswith("."):
                continue
            if _ATTENDANCE_HEAD.match(lines[j - 1]):
                continue  # "Present: Alan" / "Bonnyman (Chair), Chris Bryce, ...": the list goes on, no place
            if _ONLINE_VENUE.search(follow) or len(follow.split()) > 15 or _DAY_MONTH.search(follow) \
                    or follow.rstrip().endswith(",") or numbering_of(follow) or AGENDA_ITEM_LABEL.match(follow):
                continue  # a sentence that goes on ("L'an ..., le 14 mars à 20 heures, le Conseil ...,")
            venue = None if _MEETING_WORD.search(follow) else _as_venue(follow)
            if venue and "," in venue or venue and re.search(r"\d", venue):
                return venue
        return None
    return None


# "Gütersloh, Brauhaus, 09.05.2018", "Genève, le 16 mars 2025": a dateline, the place first, as letters write it
_DATELINE_JOINT = re.compile(rf"\s*,\s*(?:(?i:{words_re(DATELINE_ARTICLES)})\s+)?$")
DATELINE_MAX_LINES = 5  # a dateline heads the first lines
DATELINE_PLACE_WORDS = 6  # a place, not a sentence that ends on the date


def _place_before_date(lines: list[str]) -> str | None:
    """The place of a dateline among the first lines: a line that is a place, a comma and the date
    (and no more than a clock time after it)."""
    for line in lines[:DATELINE_MAX_LINES]:
        line = ocr_mended(line)
        found = dates_in(line)
        if len(found) != 1 or not found[0][0]:
            continue
        start = found[0][0]
        match = next(p.match(line, start) for p in DATE_PATTERNS if p.match(line, start))
        joint = _DATELINE_JOINT.search(line[:start])
        if not joint or _CLOCK_WORD.sub("", _CLOCK_RANGE.sub("", line[match.end():])).strip(" ,.;–-"):
            continue
        place = line[:joint.start()]
        if len(place.split()) <= DATELINE_PLACE_WORDS and not _MEETING_WORD.search(place) \
                and not _HEAD_LABEL.match(place) and not re.search(r"[:.!?]", place):
            return _as_venue(place)
    return None


def _held_at(text: str) -> str | None:
    """ "held on Thursday, 5th September 2024, 7:45pm in the Berrill Cafe, at The Open University"."""
    match = re.search(rf"\b(?:{words_re(HELD_WORDS)})\b(?P<rest>[^\n]{{3,200}})", text, re.I)
    if not match:
        return None
    rest = ocr_mended(match.group("rest"))
    for start, _ in reversed(dates_in(rest)):
        date_match = next(p.search(rest, start) for p in DATE_PATTERNS if p.search(rest, start))
        rest = rest[date_match.end():]
        break
    rest = _SENTENCE_END.split(rest)[0]
    if not re.match(r"^\s*(?:,|\s)*(?:(?:on|at|from)\s+)?(?:[\d:.]+\s*(?:[ap]\.?m\.?)?\s*(?:-|–|to)?\s*)*"
                    rf"(?:,\s*)?(?:{words_re(PLACE_WORDS)})\b", rest, re.I):
        return None
    return _as_venue(_VENUE_GOES_ON.split(rest)[0])


# (up to a stop, not the dot of a number's abbreviation: "Corso Garibaldi n.53")
_VENUE_AFTER_LEAD_IN = re.compile(rf"\b(?:{words_re(VENUE_LEAD_INS)})\s+(?P<venue>(?:[^\n.;]|\.(?=\d)){{3,160}})", re.I)
# "..., si è riunito": the sentence goes on after the place; not "..., sita in Corso Garibaldi": where the place is
_SENTENCE_GOES_ON = re.compile(rf",\s+(?!(?:{words_re(PLACE_PARTICIPLES)})\b)(?=[a-zà-ÿ]+\s+[a-zà-ÿ\d])")


_MET = re.compile(rf"\b(?:{words_re(MET_VERBS)})\b(?P<rest>.{{3,300}})", re.I | re.S)
_MET_PLACE = re.compile(rf"(?<![\w'’])(?:{words_re(MET_PLACE_PREPOSITIONS)})\s+", re.I)
MET_PLACE_MAX_WORDS = 25
MET_PLACE_NOT_MEETING_WORDS = 3  # the first words after a preposition that tell the meeting's kind from a place


def _met_at(head_text: str) -> str | None:
    """Where a sentence says the members met: "se sont réunis en Assemblée Générale ordinaire (AGO) dans les locaux
    de l'entreprise X, 12 rue Vivienne 75002 Paris" -> "les locaux ... Paris"; "the Board met at the Town Hall"
    -> "the Town Hall". What comes after the verb as the meeting's kind ("en Assemblée Générale") is no place."""
    met = _MET.search(head_text)
    if met is None:
        return None
    # (in its sentence: not "in carica" of the next, "Presiede l'assemblea il presidente in carica X")
    rest = _SENTENCE_END.split(met.group("rest"))[0]
    for place in _MET_PLACE.finditer(rest):
        words = rest[place.end():].split()[:MET_PLACE_NOT_MEETING_WORDS]
        if not words or _MEETING_WORD.search(" ".join(words)) or words[0][:1].isdigit():
            continue  # "en Assemblée Générale", "at 7 p.m."
        venue = _SENTENCE_END.split(_place_lines(rest[place.start():]))[0]  # (not at "p.m.")
        venue = _VENUE_GOES_ON.split(venue)[0]  # not on to ", sous la présidence de M. X"
        venue = _VENUE_LEAD.sub("", venue).strip(" ,;.")  # a place and the link beside it, whole
        if not _names_a_place(venue):
            continue  # "s'est réuni au nombre prescrit par la loi, dans la salle du château"
        return venue if 2 <= len(venue.split()) <= MET_PLACE_MAX_WORDS and "http" not in venue else None
    return None


_VENUE_NOUN = re.compile(rf"(?<![\w'’])(?:{words_re(VENUE_NOUNS)})(?![\w'’])", re.I)


def _names_a_place(text: str) -> bool:
    """A room or building, a name (capitalised) or an address (a number): not a phrase of common words."""
    return bool(_VENUE_NOUN.search(text) or re.search(r"\d|\b[A-ZÀ-Ý]", text))


_PLACE_GOES_ON = frozenset(HEADING_TAIL_STOPWORDS) | frozenset(PLACE_WORDS) | frozenset(NAME_LIST_JOINERS)


def _place_lines(text: str) -> str:
    """A place's text over the lines it runs on: a line goes on to the next when it ends in a joining word ("...
    75002 Paris et à" / "distance via ..."); else the place ends with it ("in Berlin" / "die in der Liste ...")."""
    lines = text.split("\n")
    end = 1
    while end < len(lines) and lines[end - 1].split() and (lines[end - 1].split()[-1].casefold() in _PLACE_GOES_ON
                                                           or _opens_with_a_building(lines[end])):
        end += 1  # (or the next line opens with the building the name runs on to: "the Big Lake Town" / "Hall ...")
    return " ".join(lines[:end])


def _opens_with_a_building(line: str) -> bool:
    """ "Hall located in ...": a line opening with a building or room, capitalised as a name's last word is."""
    line = line.lstrip()
    return line[:1].isupper() and bool(_STARTS_WITH_VENUE_NOUN.match(line))


def _venue_after_lead_in(head_text: str) -> str | None:
    """ "presso la sede dell'Associazione, in Via Roma 1, Milano, si è riunito ...": up to the comma
    that goes on in lower case ("si è riunito"), not on to a place ("in Via Roma")."""
    match = _VENUE_AFTER_LEAD_IN.search(head_text.replace("\n", " "))
    if not match:
        return None
    venue = re.split(rf"{_SENTENCE_GOES_ON.pattern}|\s+(?:at|à|alle|a las|um|om)\s+\d", match.group("venue"))[0]
    return _as_venue(venue, lower_ok=True) if _names_a_place(venue) else None


def _venue_noun_phrase(head_text: str) -> str | None:
    """ "no Salão Nobre / dos Paços do Concelho, reuniu ...": the phrase may run on to the next line."""
    match = _VENUE_NOUN_PHRASE.search(head_text.replace("\n", " "))
    if not match:
        return None
    venue = _VENUE_GOES_ON.split(match.group("venue"))[0]
    label = _KNOWN_HEAD_LABEL.search(venue) or _NEXT_HEAD_LABEL.search(venue)
    venue = venue[:label.start()] if label else venue  # not "... Aanwezig: X"
    return _as_venue(venue, lower_ok=True)


# The next label of the head ("... Village Hall Present: ...", "... Aanwezig: dhr. X"): a known label
# word first (which "Hall Present:" is not), else any capitalised word or three before a colon.
_KNOWN_HEAD_LABEL = re.compile(rf"\s+(?=(?i:{words_re(ATTENDANCE_LABELS + DATE_LABELS + TIME_LABELS + VENUE_LABELS)})"
                               r"\s*:)")
_NEXT_HEAD_LABEL = re.compile(r"\s+[A-ZÀ-Ý][\w-]*(?:\s+[\w-]+){0,2}\s*:")


def _online_venue(head_text: str) -> str | None:
    online = _ONLINE_VENUE.search(head_text)
    city = _CITY.search(head_text)
    if online and city:
        return f"{city.group('city')}, {online.group('venue')}"
    if online:
        return online.group("venue").strip()
    return city.group("city") if city else None


PLACE_LINE_MAX_WORDS = 6
# "Hyndland Primary School", "L’Ecole Bilingue Library": a short line of its own that ends in a building or room
_PLACE_LINE = re.compile(rf"^[A-ZÀ-Ý](?:\S*\s+){{0,{PLACE_LINE_MAX_WORDS - 1}}}(?:{words_re(VENUE_NOUNS)})$", re.I)


def _all_capitalised(text: str) -> bool:
    """Every word capitalised, as a building's name is ("Hyndland Primary School"; not "Report of the School")."""
    return all(word[:1].isupper() or word[:1].isdigit() for word in text.split())


def _place_line(lines: list[str], title: str | None) -> str | None:
    """A line of its own among the first lines, not the title's, that names a building or room: the
    place, set under the title and the date as a letterhead sets it."""
    for line in lines[:DATELINE_MAX_LINES]:
        text = line.strip()
        if _in_title(text, title) or not _PLACE_LINE.match(text) or not _all_capitalised(text) \
                or _HEAD_LABEL.match(text) \
                or _LABEL_VALUE.match(text) or _MEETING_WORD.search(text) or numbering_of(text):
            continue
        return _as_venue(text)
    return None


def find_meta(structure: Structure) -> MetaDraft:
    head = head_lines(structure)
    head_text = "\n".join(head)
    labels = _labelled(structure.front)
    head_labels = _head_labels(head)
    front_text = "\n".join(b.text for b in structure.front)
    all_text = "\n".join([front_text] + [s.heading + "\n" + s.body for s in structure.sections])
    meta = MetaDraft()
    date_labels = head_labels
    if dates_in(structure.title or "") and "date" not in _head_labels([b.text for b in structure.front]):
        # "Voting Agenda, May 7, 2020", then under item 1 "Date: 4/4/2020: Incident Report ...": a record's date
        date_labels = {label: value for label, value in head_labels.items() if label != "date"}
    meta.meeting_date = _meeting_date(structure.title, date_labels, head_text, all_text)
    venue = (structure.place  # a form's letterhead address
             or head_labels.get("venue") or labels.get("venue") or labels.get("place") or labels.get("location")
             or _met_at(head_text) or _venue_by_date(head, structure.title) or _held_at(head_text)
             or _venue_after_lead_in(head_text)
             or _online_venue(head_text) or _venue_noun_phrase(head_text) or _place_before_date(head)
             or _place_line(head, structure.title))
    meta.venue = re.sub(r"\s+", " ", venue).strip(" .") if venue else None
    meta.organizer, meta.organizer_acronym = _organizer(front_text, all_text, structure.title,
                                                        head_blocks(structure))
    present = next((value for key, value in labels.items()
                    if any(word in key for word in ("present", "attendance", "participants", "attendees"))), "")
    # the label is put back so that "87 of 120 (52 women)" reads as "present: 87 of 120 (52 women)"
    meta.participants_total, meta.participants_female = _attendance(f"present: {present}") if present else (None, None)
    if meta.participants_total is None:  # a count stated before the first heading, then the list of those present
        meta.participants_total, meta.participants_female = _attendance(all_text, any_count_in=front_text)
    if meta.participants_total is None:
        meta.participants_total = _listed_attendance(head)
    if meta.participants_total is None:
        meta.participants_total = _named_as_present(head_text)
    if meta.participants_total is None:
        meta.participants_total = _roll_call_attendance(all_text) \
            or _name_a_line_attendance(head_lines(structure, NAME_LIST_LINES))
    if meta.participants_total is None:
        meta.participants_total = _unlabelled_name_list(structure)
    if meta.participants_total is None:
        meta.participants_total, meta.participants_female = _attendance(all_text)
    meta.respondents = _respondents(all_text)
    return meta


_ROLL_CALL = re.compile(rf"\b(?:{words_re(ROLL_CALL_LABELS)})\b\s*[-–—:;.]?\s*(?P<names>.{{3,400}})", re.I | re.S)
_ROLL_PRESENT = re.compile(rf"\s*[-–—]?\s*(?<!not\s)\b(?:{words_re(ROLL_PRESENT_WORDS)})\b", re.I)
_ROLL_ABSENT = re.compile(rf"\b(?:{words_re(ROLL_ABSENT_WORDS)})\b", re.I)
ROLL_CALL_MIN_NAMES = 2


def _roll_call_attendance(text: str) -> int | None:
    """How many a roll call names as there: the names before the word that closes them ("Roll Call: Supervisor A,
    Treasurer B, Trustees C and D present. Clerk E absent." 4), or, with no such word, the names not marked absent
    ("ROLL CALL-Supervisor A, Trustee B, Trustee C (absent)" 2). The meeting's own count, before any crowd the
    minutes mention ("less than 40 people in attendance" at a summer event)."""
    called = _ROLL_CALL.search(text)
    if called is None:
        return None
    names = called.group("names")  # its names may run on over lines: the word closing them ends them
    present = _ROLL_PRESENT.search(names)
    if present is not None:
        listed = names[:present.start()]
        total = 0 if _ROLL_ABSENT.search(listed) else _count_listed(listed)
    else:
        parts = [p for p in _NAME_JOINT.split(re.split(r"\n|\.\s", names)[0]) if p.strip()]
        total = sum(_people_in(p) for p in parts if not _ROLL_ABSENT.search(p))
    return total if total >= ROLL_CALL_MIN_NAMES else None


# (its colon gone when the structure made it a heading)
_PRESENT_LEAD = re.compile(rf"^(?:{words_re(PRESENT_LIST_LEADS)})\b[^:]*:?\s*$", re.I)
_LIST_MARK = re.compile(r"^(?:[-–•*+°·o]|e(?=\s+[A-ZÀ-Ý]))\s+")  # a bullet, or OCR's reading of one ("e", "°", "+")
_NAME_THEN_POST = re.compile(r"^(?P<name>[^,(]+?)\s*(?:[,(].*)?$")  # "Arnaud Calmettes, Président"


def _without_accents(text: str) -> str:
    """ "Etaient" for "Étaient": minutes, and OCR, drop the accent of a capital."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


LISTED_NAME_MAX_WORDS = 4
_APART_LABELS = frozenset(LISTED_APART_LABELS) | frozenset(METADATA_LABELS) | frozenset(PRESENT_LIST_LABELS)


def _listed_name(line: str) -> bool:
    """A line of a list of names: a name of capitalised words (one, where OCR lost the given name), its post
    after a comma or in brackets ("Arnaud Calmettes, Président"); not a label ("Procurations :") or a sentence."""
    found = _NAME_THEN_POST.match(_LIST_MARK.sub("", line.strip()))
    words = found.group("name").split() if found else []
    label = line.strip().casefold()
    if label in _APART_LABELS:
        return False  # "Procurations", "Absents", "Invités": a list of its own
    return 0 < len(words) <= LISTED_NAME_MAX_WORDS and ":" not in line and not any(c.isdigit() for c in line) \
        and all(w[:1].isupper() or w in NAME_PARTICLES for w in words)


UNLABELLED_LIST_MIN_NAMES = 5


def _unlabelled_name_list(structure: Structure) -> int | None:
    """How many a paragraph of names and nothing else names, set under the title before any heading with no label
    ("Dan Mullaney, Amy Sandhagen, Sharon Harerza, ..."): those present (UNLABELLED_LIST_MIN_NAMES at least)."""
    blocks = structure.front or (structure.sections[0].blocks if structure.sections else [])
    for block in blocks[:HEAD_BLOCKS]:
        parts = [part for part in _NAME_JOINT.split(block.text.strip(" .;")) if part.strip()]
        if len(parts) >= UNLABELLED_LIST_MIN_NAMES and all(_is_person_name(part) for part in parts) \
                and sum(is_given_name(part.split()[0]) for part in parts) * 2 >= len(parts):
            return len(parts)  # (given names open them: not "Call To Order, Roll Call, Public Comment, ...")
    return None


def _name_a_line_attendance(lines: list[str]) -> int | None:
    """How many the list of those present names a name a line after the sentence leading into it ("Étaient
    présentes les personnes suivantes :" then "Arnaud Calmettes, Président", "Willy Konguem"): the lines up to
    the first that is no name (the proxies' label, "Procurations :", a sentence)."""
    leads = [at for at, line in enumerate(lines) if _PRESENT_LEAD.match(_without_accents(line.strip()))]
    for at in leads:
        if at + 1 in leads:
            continue  # the lead as a heading, then its line again
        total = sum(1 for _ in itertools.takewhile(_listed_name, lines[at + 1:]))
        return total if total >= ROLL_CALL_MIN_NAMES else None
    return None
