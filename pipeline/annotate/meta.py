"""Document metadata: date, venue, organiser, attendance, respondents."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.annotate.common import words_re
from pipeline.rules import (
    FEMALE_WORDS,
    METADATA_LABELS,
    MONTHS,
    ORGANIZER_VERBS,
    PARTICIPANT_WORDS,
    RESPONDENT_PHRASES,
)
from pipeline.structure import Block, Structure


@dataclass
class MetaFound:
    meeting_date: dt.date | None = None
    venue: str | None = None
    organizer: str | None = None
    organizer_acronym: str | None = None
    participants_total: int | None = None
    participants_female: int | None = None
    respondents: int | None = None


_MONTH = rf"(?:{'|'.join(m.capitalize() for m in MONTHS)}|{'|'.join(m[:3].capitalize() for m in MONTHS)})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
DATE_PATTERNS = (
    re.compile(rf"\b{_DAY}\s*(?:-|–|—|to|and|&)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<month>{_MONTH}),?\s+"
               rf"(?P<year>(?:19|20)\d{{2}})\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH}),?\s+(?P<year>(?:19|20)\d{{2}})\b"),
    re.compile(rf"\b(?P<month>{_MONTH})\s+{_DAY},?\s+(?P<year>(?:19|20)\d{{2}})\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})[/.](?P<mnum>\d{1,2})[/.](?P<year>(?:19|20)\d{2})\b"),
)
_LABEL_VALUE = re.compile(rf"^(?P<label>{'|'.join(METADATA_LABELS)})\s*:\s*(?P<value>.+)$", re.I)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def parse_date(text: str, context: str = "") -> dt.date | None:
    """The first date written in `text`. A numeric date is read day first ("06/03/2021" is
    6 March), unless a weekday named in the text or its `context` fits only month first."""
    for pattern in DATE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        year, day = int(parts["year"]), int(parts["day"])
        if parts.get("month"):
            candidates = [([m[:3] for m in MONTHS].index(parts["month"][:3].lower()) + 1, day)]
        elif "/" in match.group(0) or "." in match.group(0)[2:3]:
            candidates = [(int(parts["mnum"]), day), (day, int(parts["mnum"]))]  # day first, then month first
        else:
            candidates = [(int(parts["mnum"]), day)]
        dates = []
        for month, day_of_month in candidates:
            try:
                dates.append(dt.date(year, month, day_of_month))
            except ValueError:
                continue
        if not dates:
            continue
        weekdays = set(re.findall(r"[a-z]+", f"{text} {context}".lower())) & set(_WEEKDAYS)
        fitting = [d for d in dates if _WEEKDAYS[d.weekday()] in weekdays]
        return (fitting or dates)[0]
    return None


def _labelled(blocks: list[Block]) -> dict[str, str]:
    values: dict[str, str] = {}
    for block in blocks:
        match = _LABEL_VALUE.match(block.text.strip())
        if match:
            values.setdefault(match.group("label").lower(), match.group("value").strip())
    return values


_NUMBER = r"(?P<{}>\d{{1,5}})"
_PARTICIPANTS = words_re(PARTICIPANT_WORDS)
_FEMALE = words_re(FEMALE_WORDS)
ATTENDANCE_PATTERNS = (
    re.compile(rf"{_NUMBER.format('total')}\s+(?:{_PARTICIPANTS})\s*\(\s*(?:of\s+whom\s+)?{_NUMBER.format('female')}"
               rf"\s+(?:{_FEMALE})", re.I),
    re.compile(rf"{_NUMBER.format('total')}\s+(?:{_PARTICIPANTS})[^.]{{0,80}}?,\s*(?:of\s+whom\s+)?"
               rf"{_NUMBER.format('female')}\s+(?:(?:of\s+them|were)\s+)?(?:{_FEMALE})", re.I),
    re.compile(rf"(?:present|attendance)\s*:\s*{_NUMBER.format('total')}(?:\s+of\s+\d+)?[^.(]{{0,40}}"
               rf"\(\s*{_NUMBER.format('female')}\s+(?:{_FEMALE})", re.I),
    re.compile(rf"{_NUMBER.format('total')}\s+(?:{_PARTICIPANTS})", re.I),
)
_IN_PERSON_ONLINE = re.compile(r"(?P<a>\d{1,4})\s+in\s+person,?\s*(?:and\s+)?(?P<b>\d{1,4})\s+(?:online|virtual)", re.I)
_ORGANIZER_SENTENCE = re.compile(
    rf"(?:The )?(?P<org>(?:[A-Z][\w'’&-]* (?:(?:of|for|and|the|on) )*){{1,8}})\((?P<acr>[A-Z][A-Za-z]{{1,9}})\)"
    rf" (?:has |had )?(?:{'|'.join(ORGANIZER_VERBS)})")
_ORGANIZED_BY = re.compile(rf"(?:{'|'.join(ORGANIZER_VERBS)})\s+by\s*:?\s*(?:the\s+)?(?P<org>[^.;\n]+)", re.I)


def _acronym_split(org: str) -> tuple[str, str | None]:
    match = re.match(r"^(?P<name>.+?)\s*\((?P<acr>[A-Z][A-Za-z]{1,9})\)", org)
    if match:
        return match.group("name").strip(), match.group("acr")
    return org.strip(), None


def _organizer_from_by(match: re.Match) -> tuple[str, str | None]:
    org = re.split(r"\s+in\s+(?:cooperation|collaboration|partnership)\s+with\s+", match.group("org"))[0]
    return _acronym_split(org.strip(" ,"))


def _organizer_from_title(title: str | None) -> tuple[str | None, str | None]:
    """ "PREK THNOT FARMERS' ASSOCIATION (PTFA)" or "No2ID Annual General Meeting"."""
    for part in (title or "").split(": "):
        named = re.search(r"(?P<org>[A-Z][\w'’ &-]+?)\s*\((?P<acr>[A-Z]{2,})\)", part)
        if named and not _TITLE_MEETING_WORDS.match(named.group("org")):
            return named.group("org").strip(), named.group("acr")
        before = _ORG_BEFORE_MEETING.match(part)
        if before and not _TITLE_MEETING_WORDS.match(before.group("org")):
            return before.group("org").strip(), None
    return None, None


_TITLE_MEETING_WORDS = re.compile(r"^(?:minutes?|report|record|notes?|summary|meeting)\b", re.I)
_ORG_BEFORE_MEETING = re.compile(
    r"^(?P<org>.+?)\s+(?:(?:annual\s+general|extraordinary\s+general|general|board|committee|quarterly|monthly|"
    r"regular|executive|members'?)\s+)?(?:meeting\s+minutes|minutes|meeting)\b", re.I)


def _organizer(front_text: str, all_text: str, title: str | None) -> tuple[str | None, str | None]:
    labelled = _ORGANIZED_BY.search(front_text)
    if labelled:
        return _organizer_from_by(labelled)
    sentence = _ORGANIZER_SENTENCE.search(all_text)
    if sentence:
        return sentence.group("org").strip(), sentence.group("acr")
    from_title = _organizer_from_title(title)
    if from_title[0]:
        return from_title
    in_body = _ORGANIZED_BY.search(all_text)
    return _organizer_from_by(in_body) if in_body else (None, None)


def _first_attendance(patterns, text: str) -> tuple[int, int | None] | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            female = match.groupdict().get("female")
            total = int(match.group("total"))
            if female is None or int(female) <= total:
                return total, int(female) if female is not None else None
    return None


def _attendance(text: str) -> tuple[int | None, int | None]:
    """Participants and women: specific phrasings first, then "11 in person, 4 online", then
    any "N participants"."""
    specific = _first_attendance(ATTENDANCE_PATTERNS[:-1], text)
    if specific:
        return specific
    split = _IN_PERSON_ONLINE.search(text)
    if split:
        return int(split.group("a")) + int(split.group("b")), None
    return _first_attendance(ATTENDANCE_PATTERNS[-1:], text) or (None, None)


def _respondents(text: str) -> int | None:
    """The first statement of respondents in the text, whichever phrase it uses."""
    matches = [m for phrase in RESPONDENT_PHRASES if (m := re.search(phrase, text, re.I))]
    return int(min(matches, key=lambda m: m.start()).group("n")) if matches else None


_CLOCK = re.compile(r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b)|\d{1,2}:\d{2}", re.I)


def _venue_after_date_line(front: list[Block]) -> str | None:
    """A title block that gives the date on one line and the place on a later one."""
    lines = [line.text.strip() for block in front for line in block.lines]
    for k, text in enumerate(lines):
        if not parse_date(text):
            continue
        for follow in lines[k + 1:k + 3]:
            if _CLOCK.search(follow) or follow.endswith(".") or len(follow.split()) > 15 or _LABEL_VALUE.match(follow):
                continue
            if parse_date(follow) is None and follow[:1].isupper():
                return follow
        return None
    return None


def find_meta(structure: Structure) -> MetaFound:
    front = [b for b in structure.front if b not in structure.title_blocks]
    labels = _labelled(structure.front)
    front_text = "\n".join(b.text for b in structure.front)
    all_text = "\n".join([front_text] + [s.heading + "\n" + s.body for s in structure.sections])
    meta = MetaFound()
    meta.meeting_date = (parse_date(labels.get("date", ""), front_text) or parse_date(front_text)
                         or parse_date(all_text))
    venue = labels.get("venue") or labels.get("place") or labels.get("location")
    if not venue:
        for block in front:
            date_then_place = re.search(r"(?:19|20)\d{2}\s*(?:,|at|in|-|–|—)\s*(?P<venue>[^;]+)$", block.text)
            if date_then_place and parse_date(block.text):
                venue = date_then_place.group("venue").strip()
                break
    if not venue:
        venue = _venue_after_date_line(front)
    meta.venue = venue.strip(" .") if venue else None
    meta.organizer, meta.organizer_acronym = _organizer(front_text, all_text, structure.title)
    present = next((value for key, value in labels.items()
                    if any(word in key for word in ("present", "attendance", "participants", "attendees"))), "")
    # the label is put back so that "87 of 120 (52 women)" reads as "present: 87 of 120 (52 women)"
    meta.participants_total, meta.participants_female = _attendance(f"present: {present}") if present else (None, None)
    if meta.participants_total is None:
        meta.participants_total, meta.participants_female = _attendance(all_text)
    meta.respondents = _respondents(all_text)
    return meta
