"""Which blocks are headings: type, numbering, labels and times say yes; dates, tallies, closings,
lists of names, signature captions, side notes and OCR noise say no."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from pipeline.names import is_given_name
from pipeline.numerals import TIME_PREFIX, cjk_value, roman_value, without_numbering
from pipeline.rules import (
    ACTION_TABLE_COLUMNS,
    AGENDA_LIST_HEADINGS,
    ATTENDANCE_LABELS,
    BREAK_WORDS,
    CLOSING_WORDS,
    CONTENTS_HEADINGS,
    DATE_LINE_WORDS,
    FORM_LOST_NUMBER,
    HEADING_LABELS,
    HEADING_TAIL_STOPWORDS,
    HONORIFICS,
    ITEM_NAME_NOUNS,
    ITEM_OUTCOME_WORDS,
    JOINING_WORDS,
    LEAD_IN_LAST_WORDS,
    MAX_FIELD_LABEL_WORDS,
    MAX_HEADING_WORDS,
    MEMO_HEADER_LABELS,
    METADATA_LABELS,
    MOTION_NOUNS,
    MOTION_OUTCOME_WORDS,
    NAME_PARTICLES,
    POST_WORDS,
    PRESENT_LIST_LABELS,
    RECORD_MOVER_LABELS,
    RECORD_RESULT_LABELS,
    REPORT_NOT_GIVEN,
    ROLE_TITLES,
    ROLL_CALL_COLUMNS,
    ROLL_CALL_LABELS,
    ROLL_CALL_MARKS,
    ROLL_CALL_PRESENT_MARKS,
    RUN_IN_NOT_ITEM_WORDS,
    RUN_IN_RECORD_WORDS,
    SENTENCE_ABBREVIATIONS,
    SENTENCE_LABEL_WORDS,
    SENTENCE_OPENING_WORDS,
    SENTENCE_RUN_IN_MAX_WORDS,
    SENTENCE_RUN_IN_MIN_ITEMS,
    SPEAKER_LEAD_INS,
    SPEECH_VERBS,
    VOTE_COUNT_WORDS,
    VOTE_TOTAL_WORDS,
)
from pipeline.rules.patterns import words_re
from pipeline.structure.blocks import Block
from pipeline.structure.levels import INDENT_STEP, _left_margin
from pipeline.structure.text import (
    _HONORIFIC_RE,
    AGENDA_ITEM_LABEL,
    DATE_LINE,
    DEFAULT_LARGER_FONT,
    LABEL,
    LABELLED_TOPIC,
    METADATA_LINE,
    STARTS_WITH_HONORIFIC,
    URL,
    _caps_words,
    _looks_like_prose,
    _mostly_caps,
    _open_bracket,
    is_all_caps,
    is_title_cased,
    item_name,
    numbering_of,
    word_count,
)

ASIDE_ALONE = re.compile(r"^\([^()]*\)$")  # a block that is one aside in brackets
RUN_IN_MAX_WORDS = 8  # a numbered paragraph longer than this has a run-in heading
MUCH_LARGER = 1.2  # a line set this much larger than the text is a heading even with a full stop
# "Welcome by Dr. X, Head of ...": a presenter line, however it is set.
PRESENTER_LINE = re.compile(rf"\b(?:{'|'.join(SPEAKER_LEAD_INS)})\s*:?\s*(?:{_HONORIFIC_RE})\.?\s+[A-Z]", re.I)
TALLY = re.compile(r"[A-Za-z][^,;:()\d]{0,80}?\s*(?:[-–—:=]\s*|\()\d{1,4}\)?\s*(?:[,;.]|$)")
# "In Favour 18 Against 3 Abstain 1": two or more counts, each after its word or two, and nothing else
BARE_TALLIES = re.compile(r"^(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s+\d{1,4}[.,;]?\s*){2,}$")
TALLY_FIGURE = re.compile(r"(?:[-–—:=]\s*|\()\d")  # the figure of a TALLY: two are needed for two
# "Public Comment - continued": the section goes on after a page break, no new section
CONTINUED = re.compile(r"\s[-–—(]\s*(?:continued|cont(?:'|’)?d|suite|fortsetzung|continuación|continua|continuação"
                       r"|vervolg)\.?\)?$", re.I)
_MONTH_WORDS = "|".join(re.escape(w) for w in DATE_LINE_WORDS[DATE_LINE_WORDS.index("january"):])
# a date inside a line: "15 September 2021", "5th September 2024", "October 22, 2024", "14 de marzo de 2024"
DATE_IN_TEXT = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(?:{_MONTH_WORDS})\b(?:,?\s+(?:de\s+)?\d{{4}})?"
    rf"|(?:{_MONTH_WORDS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})", re.I)
CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?|uhr\b|h\d{2}\b)|\b\d{1,2}:\d{2}\b", re.I)
CLOSING = re.compile(rf"^(?:{'|'.join(re.escape(w) for w in CLOSING_WORDS)})(?:\W|$)", re.I)
# "RESULT: APPROVED", "MOTION BY: Garcia": a capitalised label with its value on the same line.
FIELD_LINE = re.compile(rf"^[A-Z][A-Z'’/&.-]*(?:\s+[A-Z][A-Z'’/&.-]*){{0,{MAX_FIELD_LABEL_WORDS - 1}}}\s*:\s*\S")

LABELLED_TOPIC_MAX_LINES = 2
_ACTION_COLUMNS = "|".join(re.escape(w) for w in sorted(ACTION_TABLE_COLUMNS, key=len, reverse=True))
ACTION_COLUMN_TAIL = re.compile(rf"\s+(?:{_ACTION_COLUMNS})\s*:?$", re.I)
ACTION_HEADER_MIN_COLUMNS = 2  # "Action items Person responsible Deadline": two column names after the first


def _labelled_topic(block: Block) -> str | None:
    """The topic of an agenda item set after its label on a row of its own ("Agenda item: Fundraising
    Presenter: Jac"): the item's heading, without the label and the presenter."""
    found = LABELLED_TOPIC.match(block.text.strip())
    if found is None or len(block.lines) > LABELLED_TOPIC_MAX_LINES:
        return None
    topic = found.group("topic").strip().rstrip(":").strip()
    if not topic[:1].isupper() or len(topic.split()) > MAX_HEADING_WORDS or _looks_like_prose(topic):
        return None
    return topic


def _without_column_names(heading: str) -> str:
    """An action table's header row read as one heading ("Action items Person responsible Deadline"):
    its first cell, the heading; the names of the columns after it are none of it."""
    head, names = heading, 0
    while (tail := ACTION_COLUMN_TAIL.search(head)) is not None and tail.start() > 0:
        head, names = head[:tail.start()], names + 1
    return head if names >= ACTION_HEADER_MIN_COLUMNS else heading


# A heading in capitals that the line goes on from with the clock time it happened at: "ADJOURNMENT 7:36.", "CALL TO
# ORDER 7:00 PM" (not a date: "MINUTES 11/30/2023" names which minutes).
_TIME_AFTER_CAPITALS = re.compile(r"^(?P<name>[^a-z]*[A-Z][^a-z\d]*?)\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\.?$")


def without_time_after_capitals(heading: str) -> str:
    """A heading in capitals without the clock time its line goes on with (_TIME_AFTER_CAPITALS); one that ends in a
    joining word keeps it ("MEETING AT 7:00")."""
    found = _TIME_AFTER_CAPITALS.match(heading.strip())
    if not found or not re.search(r"[A-Z]{3}", found.group("name")):
        return heading
    name = found.group("name").rstrip(" :–—-")
    return heading if name.split()[-1].lower() in HEADING_TAIL_STOPWORDS else name


def _is_styled(block: Block, body_size: float) -> bool:
    """Set apart by type: bold, larger than the text, or in capitals ("NOTES" alone on its line)."""
    body_size = block.text_size or body_size
    return block.bold or block.size >= body_size + DEFAULT_LARGER_FONT or _mostly_caps(block.text) \
        or (len(block.lines) == 1 and _caps_words(block.text) and len(block.text.split()) <= 3)


def _states_when(text: str) -> bool:
    """ "MINUTES FOR 15 September 2021", "To be held on Thursday, 5th September 2024, 7:45pm in ...":
    a line that gives the meeting's date (with little else, or with its time), not a heading."""
    date = DATE_IN_TEXT.search(text)
    if not date or LABEL.match(text):  # "Day 1 - 12 March 2024" heads the day's sessions
        return False
    rest = (text[:date.start()] + " " + text[date.end():]).split()
    return len(rest) <= 3 or bool(CLOCK_TIME.search(text))


# "2. ROLL CALL: Members Peeler, Rich ...", "1. Roll Call: Present: Chair Anderson, ...": an item's name before
# a colon, what happened run on after it on the same line.
RUN_IN_LABEL = re.compile(r"^(?P<label>\S+\s+[^:;.]{2,80}?)\s*:\s+(?P<rest>\S.*)$", re.S)
RUN_IN_LABEL_MAX_WORDS = 6  # the item's name, its number aside ("CIVIL SERVICE BOARD COMMUNICATIONS")
RUN_IN_LABEL_SCHEMES = frozenset({"arabic", "decimal", "roman", "upper", "sub"})
# "ROLL CALL Present: Mike Hartigan, President": a heading in capitals, its first label run on after it
CAPS_BEFORE_LABEL = re.compile(rf"^(?P<label>[A-Z][A-Z'’&/-]+(?:\s+[A-Z][A-Z'’&/-]+){{0,{MAX_FIELD_LABEL_WORDS - 1}}})"
                               rf"\s+(?P<rest>(?=[A-Z][a-z])(?i:{'|'.join(METADATA_LABELS)})\s*:.*)$", re.S)


# "CLERK: Trustee Liccar acknowledged ...", "OLD BUSINESS: None.": an unnumbered item's name in capitals before a
# colon, what happened run on after it; not a record's label ("ACTION: Motion by ...", "MOTION: ...", "NOTE: ...").
# (or before a spaced dash: "SUPERVISOR — Supervisor Liccar reported ...", "NEW BUSINESS — None")
CAPS_RUN_IN = re.compile(rf"^(?P<label>[A-Z][A-Z'’&/-]+(?:\s+[A-Z][A-Z'’&/-]+){{0,{RUN_IN_LABEL_MAX_WORDS - 1}}})"
                         r"(?P<mark>\s*:|\s+[—–-])\s+(?P<rest>\S.*)$", re.S)
# "TRUSTEE GRADY In his absence, ...", "HIGHWAY COMMISSIONER Tim Miller reported ...": words in capitals (two or more,
# of two letters or more) run on, with no mark between, into a sentence.
CAPS_SENTENCE_RUN_IN = re.compile(
    rf"^(?P<label>[A-Z][A-Z'’&/-]+(?:\s+[A-Z][A-Z'’&/-]+){{1,{RUN_IN_LABEL_MAX_WORDS - 1}}})"
    r"\s+(?P<rest>[A-Z][a-z]+\s+[A-Z]?[a-z].*)$", re.S)
# What an item says when nothing came of it, run on after its name ("OLD BUSINESS — None", "YOUTH: No report").
_NOTHING_UNDER = re.compile(rf"^(?:{words_re(REPORT_NOT_GIVEN)})\s*\.?$", re.I)
_RECORD_LABELS = {w.lower() for w in (*RECORD_RESULT_LABELS, *RECORD_MOVER_LABELS, *MOTION_NOUNS,
                                      *RUN_IN_RECORD_WORDS)}
_MEMO_LABELS = frozenset(MEMO_HEADER_LABELS)
# The labels of the lists of who is there ("ATTENDING:", "STAFF ATTENDING:", "ABSENT:"), by their last word; a roll
# call is an item of the agenda ("ROLL CALL: Trustees A, B ...") and heads it.
_LIST_OF_THOSE_THERE = frozenset(label for label in ATTENDANCE_LABELS if len(label.split()) == 1) - {
    word for label in ROLL_CALL_LABELS for word in label.split()}


# "MOTION CARRIED...", "Motion passed unanimously.", "CARRIED": a vote's result on a line of its own, in bold as some
# clerks set it, is no heading
_OUTCOMES = sorted({w for words in MOTION_OUTCOME_WORDS.values() for w in words}, key=len, reverse=True)
RESULT_ALONE = re.compile(rf"^(?:the\s+)?(?:(?:{'|'.join(map(re.escape, MOTION_NOUNS))})\s+(?:was\s+)?)?"
                          rf"(?:{'|'.join(map(re.escape, _OUTCOMES))})(?:\s+unanimously)?"
                          r"(?:\s+\(?\d{1,3}(?:\s*[-–:]\s*\d{1,3}){1,3}\)?)?[\s.…!]*$", re.I)  # ("Adopted 6-1")
# A sum of money ("Revenues: 28,763.17", "Library 592.67", "$5,000"): a line of accounts, no heading (a time of day
# written with a point, "8.30 pm", is none).
AMOUNT = re.compile(r"[$€£¥]\s?\d|(?<![\d.,])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.])"
                    r"(?!\s*(?:[ap]\.?\s?m\b|h\b|hrs?\b|uhr\b))", re.I)
# "A. *Report from the Library Director ... October 2010. Accepted.": an item, then its outcome
ITEM_WITH_OUTCOME = re.compile(rf"^(?P<item>.+?\.)\s+(?:{'|'.join(ITEM_OUTCOME_WORDS)})\.?$", re.I | re.S)


def _without_outcome(text: str, numbering: tuple[str, str] | None) -> str:
    """A numbered or lettered item's text without the one-word outcome written after its title."""
    found = ITEM_WITH_OUTCOME.match(text) if numbering else None
    return found.group("item") if found and len(found.group("item").split()) > 2 else text


def _run_in_label(text: str, numbering: tuple[str, str] | None) -> str | None:
    """The name of an item that the minutes write with what happened under it on the same line: a
    numbered item's name in capitals before its colon ("11. ADJOURNMENT: The meeting was adjourned at
    7:27 p.m."), or any name before the list of those present ("1. Roll Call: Present: ..."); a heading
    in capitals run into the label of the list under it ("ROLL CALL Present: ..."). None otherwise."""
    if numbering is None:
        found = CAPS_BEFORE_LABEL.match(text)
        return found.group("label") if found else _caps_run_in(text)
    found = RUN_IN_LABEL.match(text)
    if found is None or numbering[0] not in RUN_IN_LABEL_SCHEMES:
        return None
    label, rest = found.group("label"), found.group("rest")
    name = label.split(None, 1)[1]
    if len(name.split()) > RUN_IN_LABEL_MAX_WORDS or not any(c.isalpha() for c in name):
        return None
    if all(word.lower() in _RECORD_LABELS for word in name.split()):
        return None  # "B. VOTED: (2) To approve ...": what the item's record says, not its name
    if METADATA_LINE.match(rest):
        return label  # "Present: ...": the list under the item
    # the name in capitals, and running text after it, not a second part of the name ("ELIGIBLE LISTS: DATE")
    runs_on = len(text.split()) > RUN_IN_MAX_WORDS and not is_all_caps(rest)
    return label if runs_on and is_all_caps(name) else None


def _caps_run_in(text: str) -> str | None:
    """ "CLERK: Trustee Liccar acknowledged the 36 years ...": the name in capitals of an unnumbered item that runs
    on into running text, not a record's label or the list of those present."""
    found = CAPS_RUN_IN.match(text) or CAPS_SENTENCE_RUN_IN.match(text)
    if found is None or METADATA_LINE.match(text):
        return None
    label, rest = found.group("label"), found.group("rest")
    if label.lower() in _MEMO_LABELS or any(w.lower() in _RECORD_LABELS for w in label.split()) \
            or label.lower().split()[-1] in _LIST_OF_THOSE_THERE:
        return None
    # (a long sentence, one that opens a list under it, "... reported the following:", or nothing came of it)
    runs_on = (len(rest.split()) > RUN_IN_MAX_WORDS or rest.rstrip().endswith(":") and len(rest.split()) >= 3) \
        and not is_all_caps(rest) or "mark" in found.re.groupindex and bool(_NOTHING_UNDER.match(rest.strip()))
    if not runs_on:
        return None
    return f"{label}:" if ("mark" in found.re.groupindex and found.group("mark").strip() == ":") else label


def _run_in_heading(text: str, one_line: bool = False) -> str:
    """The heading of a numbered paragraph that runs on into its text: "7 Quoracy: with 15 ...".

    Otherwise the number's own full stop ends the first sentence ("6. Each team shall consist of
    ...": the number alone, no heading). `one_line`: a heading on a line of its own, up to a ";" or
    ":": its sentences are counted past the number, and an aside that ends it stays ("2. Lecture du
    rapport du Président (incluant le rapport de l'AG du 28 février 2023)")."""
    long = len(text.split()) > RUN_IN_MAX_WORDS
    named = NUMBERED_RUN_IN_NAME.match(text)
    if long and named and _names_an_item_run_in(named.group("name")) and _runs_on_as_prose(text[named.end() - 1:]):
        return named.group("item").strip()  # "1. Agenda: Moved by ...", "3. Strategic Plan Committee – Vicki reported"
    cut = len(text)
    for mark in (";", " : ", ": "):
        at = text.find(mark, 3)
        if at != -1 and (mark == ";" or long):
            cut = min(cut, at)
    past_number = len(text.split(None, 1)[0]) if one_line and numbering_of(text) else 0
    sentence_end = _first_sentence_end(text, past_number)
    if sentence_end is not None and long:
        cut = min(cut, sentence_end)
    aside = re.search(r"\s\((?:[^()\s]+\s+){4,}[^()]*\)?", text)  # a long aside in brackets
    if aside and long and not (one_line and not text[aside.end():].strip(" .")):
        cut = min(cut, aside.start())
    return text[:cut].strip()


# "1. Agenda: Moved by ...", "4. Election of Directors – Steve reported ...": a numbered paragraph whose first words,
# up to a colon or a spaced dash, name the item; the number's own stop is not the end of a sentence here.
NUMBERED_RUN_IN_NAME = re.compile(r"^(?P<item>\S+\s+(?P<name>[“\"‘]?[A-ZÀ-Ý][^:;.–—]*?))\s*(?::|\s[–—-])\s+\S", re.S)


def _names_an_item_run_in(name: str) -> bool:
    """The first words of a numbered paragraph, before its colon or dash, as an item's name: a few words, not a
    sentence (no word only a sentence holds) and not a record's label ("Moved:", "Note:")."""
    words = name.split()
    return 0 < len(words) <= RUN_IN_LABEL_MAX_WORDS and not _looks_like_prose(name) \
        and not any(w.lower() in _RECORD_LABELS for w in words) and not _holds_a_sentence_word(words)


RUN_ON_PROSE_WORDS = 8  # the words after an item's run-in name that tell prose from more of a title
RUN_ON_PROSE_SHARE = 0.4  # ... prose when this share of them start in small letters ("Vicki reported that the")


def _runs_on_as_prose(rest: str) -> bool:
    """What follows an item's name is what happened ("Steve reported that all ...", "Moved by Doug, seconded by"),
    not more of a long title in capitals ("Quarter Ending March 31, 2012 and City of Alameda Police ...")."""
    words = [w for w in rest.split() if any(c.isalpha() for c in w)][:RUN_ON_PROSE_WORDS]
    return bool(words) and sum(w[0].islower() for w in words) >= RUN_ON_PROSE_SHARE * len(words)


SENTENCE_STOP = re.compile(r"\.\s+")


def _first_sentence_end(text: str, start: int = 0) -> int | None:
    """Where the first sentence ends (from `start` on), not counting abbreviations such as "pro. tem."
    or "Mr."."""
    for match in SENTENCE_STOP.finditer(text, start):
        word = re.search(r"(\w+)$", text[: match.start()])
        if word and (len(word.group(1)) > 4 or word.group(1)[:1].isdigit()):
            return match.start()
    return None


def _holds_tallies(text: str) -> bool:
    """ "Poll 1: Clear? Yes - 42, Partly - 17", "Against 3 Abstain 1": results, not a heading."""
    if BARE_TALLIES.match(text) and not any(word.lower() in HEADING_LABELS for word in text.split()):
        return True  # not "Day 1 Session 2": labelled parts
    if sum(c.isdigit() for c in text) < 2 or len(TALLY_FIGURE.findall(text)) < 2:
        return False  # each tally ends in its own figure after a dash, colon or bracket: a quick count first
    # the label is bounded so that a long block cannot make the search quadratic
    return len(TALLY.findall(text)) >= 2


def _styled_heading(text: str, one_line: bool) -> str:
    """A styled heading, cut where it runs on after a ";" into what happened ("1. CALL TO ORDER (7:09pm);
    11 in person, 4 online"). A line of its own whose part after the ";" holds no figure names a second
    part of the item: the heading is the whole line ("Compte des recettes et dépenses 2024, budget 2025 ;
    rapport des vérificateurs des comptes")."""
    head, _, rest = text.partition(";")
    whole = one_line and rest.strip() and not any(c.isdigit() for c in rest)
    return (text if whole else head).rstrip(":").strip()


def _numbering_family(text: str) -> str | None:
    numbering = numbering_of(text)
    if numbering is None:
        return None
    return "number" if numbering[0] in {"decimal", "arabic"} else numbering[0]


def _heading_text(block: Block, styled_schemes: set[str], body_size: float, in_sequence: set[int],
                  gap_fillers: frozenset[int] = frozenset(), lone: frozenset[int] = frozenset(),
                  letters: dict[int, str] | None = None) -> str | None:
    """The heading this block stands for, or None when it is body text. `letters`: blocks numbered by
    a capital that only the outline tells is a letter (text.outline_letters)."""
    text = block.text.strip()
    if block.first.bullet and _bulleted_label(block):
        return text.rstrip(":").strip()
    if not text or block.first.bullet or STARTS_WITH_HONORIFIC.match(text) or METADATA_LINE.match(text):
        return None
    if sum(c.isalpha() for c in text) < 2 or URL.search(text):
        return None  # a rule drawn with underscores, a lone number, a link
    if ASIDE_ALONE.match(text):
        return None  # "(Time certain: 5:00 p.m.)", "(SOAP)": an aside of the item above, on a line of its own
    if (topic := _labelled_topic(block)) is not None:
        return topic
    if PRESENTER_LINE.search(text) or _holds_tallies(text):
        return None
    numbering = ("upper", letters[id(block)]) if letters and id(block) in letters else numbering_of(text)
    if CLOSING.match(text) or RESULT_ALONE.match(text):
        return None  # "Atentamente", "Yours sincerely", "C.c.p. ...": a letter's closing; "MOTION CARRIED..."
    if numbering is None and AMOUNT.search(text):
        return None  # "Net: 1,567.55": a line of the accounts
    if not block.bold and (label := _run_in_label(text, numbering)) is not None:
        return label  # (a line in bold is a heading whole: "2.1 KAPE: New Generation School and ...")
    text = _without_outcome(text, numbering)
    if not numbering and text[:1].islower():
        return None  # a heading starts with a capital or a number: this is a fragment of a sentence
    if not numbering and (FIELD_LINE.match(text) or DATE_LINE.match(text) or CONTINUED.search(text)
                          or _states_when(text)):
        return None  # "RESULT: APPROVED", "MOTION BY: X"; "Tuesday, October 22, 2024, 5 p.m."
    if not numbering and _small_ocr_print(block, body_size):
        return None
    styled = _is_styled(block, body_size)
    time = TIME_PREFIX.match(text)
    if time:
        if text[time.end():].strip()[:1].islower():
            return None  # "6.30 - 7.30 p.m. on Zoom": when and where, not an agenda item
        return text if styled or not _looks_like_prose(text) else _run_in_heading(text)
    much_larger = block.size >= (block.text_size or body_size) * MUCH_LARGER
    if styled and not _looks_like_prose(text, much_larger and len(block.lines) == 1) \
            and not text.endswith("?"):
        return _styled_heading(text, len(block.lines) == 1)
    if styled and numbering and (_short_item_line(block, text) or _item_line_in_sequence(block, text, in_sequence)):
        return text  # "1. Call to order 7:04PM.", "6. Meeting adjourned 7:56pm.": a short item set in bold, its stop
    if styled and numbering and len(text.split()) <= 3 * MAX_HEADING_WORDS and not text.endswith((".", "?")):
        return text.rstrip(":").strip()  # a long agenda item set in bold: "(c) To discuss - Proposed ..."
    if styled and len(block.lines) <= 2 and len(text.split()) <= 2 * MAX_HEADING_WORDS \
            and not text.endswith((".", ",", ";", ":", "?")):
        return text  # a long agenda item set in bold over two lines
    if numbering and numbering[0] == "lower_roman" or _lettered_sentence(text, numbering):
        return None
    # Plain numbered paragraphs are headings unless the styled headings already use that
    # numbering, in which case they are list items.
    family = "upper" if letters and id(block) in letters else _numbering_family(text)
    if numbering and (family not in styled_schemes or id(block) in gap_fillers) and (
            numbering[0] not in {"arabic", "decimal", "minute"} or id(block) in in_sequence
            or (NUMBER_WITH_STOP.match(text) and _titled_item(block, text))):
        # only numbered items run in; a lettered item is a heading when it is short on its own
        # a heading whose bold was lost (a gap filler) on a line of its own is that whole line
        if _titled_item(block, text):
            return text  # "c. Adoption of the 2002-2003 District Budget.": a title, with its full stop
        # (an item of the sequence on a line of its own that ends in a colon labels what follows: "8. Report on NAAC
        # visits and planning to submit SAR for NBA:", however long)
        whole_line = len(block.lines) == 1 and (id(block) in gap_fillers or id(block) in in_sequence
                                                and text.rstrip().endswith(":"))
        heading = _run_in_heading(text, whole_line) if numbering[0] in {"arabic", "decimal", "roman", "minute"} \
            else text
        if numbering[0] == "sub" and heading == text and _looks_like_prose(text):
            cut = _run_in_heading(text)  # "4-A. Pension Payroll and Financial Reports ... Controller. Member X moved"
            if cut != text and is_title_cased(cut) and len(cut.split()) <= 3 * MAX_HEADING_WORDS:
                return cut
        words = sum(c.isalpha() for c in heading.split(None, 1)[-1])
        named = not _looks_like_prose(heading) or _item_line_in_sequence(block, heading, in_sequence)
        return heading if named and word_count(heading) >= 2 and words >= 3 else None  # ("§7 Forslag til ...")
    if LABEL.match(text) and (block.italic or block.bold) and len(text.split()) <= MAX_HEADING_WORDS + 6:
        return text.rstrip(":").strip()
    if AGENDA_ITEM_LABEL.match(text) and not _looks_like_prose(text):
        return text.rstrip(":").strip()  # "TOP 3: Kassenbericht" in plain type
    if id(block) in lone:
        return text.rstrip(":").strip()
    return None


def _lettered_sentence(text: str, numbering: tuple[str, str] | None) -> bool:
    """ "A. After Board discussion, Trustee X made a motion to approve", "B. The history will be distributed":
    a lettered point of an item's record, written as a sentence (a verb no item's name holds), not a heading."""
    if numbering is None or numbering[0] not in {"upper", "lower"}:
        return False
    return _holds_a_sentence_word(text.split()[1:])


def _holds_a_sentence_word(words: list[str]) -> bool:
    """A word in small letters that only a sentence holds ("made", "will", "reported"), not an item's name."""
    return any(word.strip(".,;:") in _SENTENCE_WORDS for word in words if word.islower())


SHORT_ITEM_MAX_WORDS = 8  # an item of the agenda's sequence written as one short sentence on its line


def _short_item_line(block: Block, heading: str) -> bool:
    """A numbered item on a line of its own, one short sentence with its stop ("2. Approve minutes for November
    2019 PAC meeting."): the item's name as the minutes write it, the text under it."""
    body = heading.split(None, 1)[-1]
    return len(block.lines) == 1 and 2 <= len(body.split()) <= SHORT_ITEM_MAX_WORDS and body[:1].isupper() \
        and body.endswith(".") and _first_sentence_end(body) in (None, len(body) - 1)


def _item_line_in_sequence(block: Block, heading: str, in_sequence: set[int]) -> bool:
    """A numbered item of the agenda's sequence on a line of its own, with its stop ("2/ Délibération pour le calcul
    de la longueur de la voie publique."): the item's name, however long its line."""
    return id(block) in in_sequence and len(block.lines) == 1 and len(heading.split()) <= 2 * MAX_HEADING_WORDS \
        and not _holds_a_sentence_word(heading.split()[1:])


BULLETED_LABEL_MAX_WORDS = 5


def _bulleted_label(block: Block) -> bool:
    """ "- Objetivo:", "• Background:" in bold on a line of its own: a label heading the paragraphs under it,
    the bullet only setting it off. A bulleted line in plain type, or one that runs on, is a list's entry."""
    text = block.text.strip()
    return block.cell is None and block.bold and len(block.lines) == 1 and text.endswith(":") \
        and 0 < len(text.rstrip(":").split()) <= BULLETED_LABEL_MAX_WORDS and not METADATA_LINE.match(text)


def _numbered_lead_in(block: Block, in_sequence: set[int]) -> str | None:
    """A numbered paragraph of one sentence that ends in a colon, leading into what follows ("2. Der
    Vorstand schlug ... folgende Satzungsänderungen vor:"): the heading of the parts under it, if
    a heading follows it that is not a peer of its number (build_structure tells)."""
    text = block.text.strip()
    numbering = numbering_of(text)
    if block.cell is not None or block.first.bullet or id(block) not in in_sequence or not text.endswith(":") \
            or numbering is None or numbering[0] not in {"arabic", "decimal"}:
        return None
    if len(block.lines) > TITLED_ITEM_MAX_LINES or _looks_long(text) \
            or _first_sentence_end(text, len(text.split(None, 1)[0])) is not None:
        return None
    return text.rstrip(":").strip()


def _under_lead_in(lead_in: Block, heading: Block) -> bool:
    """Whether `heading` may be a part of the numbered lead-in before it: unnumbered, or numbered deeper
    ("2.1" under "2."), not its next peer."""
    numbering, own = numbering_of(heading.text), numbering_of(lead_in.text)
    if numbering is None:
        return True
    return own is not None and numbering[0] == "decimal" and numbering[1].startswith(f"{own[1]}.")


# "1. Resolution in the Matter of ...": a number closed by its full stop or bracket, not "12 November"
NUMBER_WITH_STOP = re.compile(r"^\s*\d{1,2}[.)]\s")
TITLED_ITEM_MAX_LINES = 3  # an agenda item's title in title case runs to this many lines
TITLED_ITEM_MAX_NUMBER = 20  # ... and is one of at most this many items under its heading


def _titled_item(block: Block, heading: str) -> bool:
    """A numbered item whose text is a title in title case, over a few lines at most: the name of the
    agenda item, however long, not a numbered sentence. Numbered past TITLED_ITEM_MAX_NUMBER, it is an
    entry of a long list of names ("34. Serra High School and Washington Mutual."), not an item taken up."""
    numbering = numbering_of(heading)
    value = _number_value(numbering[1]) if numbering else None
    return len(block.lines) <= TITLED_ITEM_MAX_LINES and len(heading.split()) <= 2 * MAX_HEADING_WORDS \
        and (value is None or value <= TITLED_ITEM_MAX_NUMBER) and is_title_cased(heading)


OCR_SMALL_PRINT = 0.85  # an OCR'd line this much smaller than the text is set smaller, past OCR's jitter


def _small_ocr_print(block: Block, body_size: float) -> bool:
    """An OCR'd line in plain type set clearly smaller than the text ("DRRM" in a screenshot, a
    caption): a heading is never smaller than the text it heads; capitals alone do not make it one."""
    return block.first.ocr and not block.bold and block.size < OCR_SMALL_PRINT * (block.text_size or body_size)


def _kind_of(heading: str, in_table: bool) -> str:
    lowered = heading.lower()
    if len(lowered.split()) <= 4 and any(word in lowered.split() for word in BREAK_WORDS):
        return "break"
    if lowered.startswith("session"):
        return "session"
    if LABEL.match(heading) or numbering_of(heading) and numbering_of(heading)[0] == "decimal":
        return "part" if in_table else "heading"
    return "agenda_item" if in_table or TIME_PREFIX.match(heading) else "heading"


def _styled_heading_schemes(blocks: list[Block], body_size: float) -> set[str]:
    """The numbering schemes used by at least two headings set apart by type (bold, larger,
    capitals); plain paragraphs numbered the same way are list items, not headings."""
    counts: Counter[str] = Counter()
    for block in blocks:
        text = block.text
        if block.cell is not None or block.first.bullet or _looks_like_prose(text) or METADATA_LINE.match(text):
            continue
        if STARTS_WITH_HONORIFIC.match(text) or sum(c.isalpha() for c in text) < 2:
            continue  # "19 0 2 21": a row of figures (a scanned table's, sized by its rules) heads nothing
        if _is_styled(block, body_size):
            counts[_numbering_family(text) or "none"] += 1
    return {scheme for scheme, n in counts.items() if n >= 2}


def _text_extents(blocks: list[Block]) -> dict[int, tuple[float, float]]:
    """Each page's left and right edges of the text outside tables."""
    extents: dict[int, tuple[float, float]] = {}
    for block in blocks:
        for line in block.lines:
            if line.cell is None:
                left, right = extents.get(line.page, (line.x0, line.x1))
                extents[line.page] = (min(left, line.x0), max(right, line.x1))
    return extents


def _in_side_column(block: Block, extents: dict[int, tuple[float, float]]) -> bool:
    """Set in the right half of the page's text: a note in a column beside the minutes (a form's
    "ACTION AUTHORIZED BY BOARD" column, a stamp, a signature), not a heading of the minutes,
    which start at the left margin or are centred."""
    left, right = extents.get(block.page_first, (0.0, 0.0))
    return right - left > 0 and block.first.x0 > (left + right) / 2


def _breaks_off(heading: str) -> bool:
    """Ends in a lower-case word that never ends a heading ("... of", "... were", "... on"), or inside
    brackets: a line of a sentence broken over lines, set in bold or capitals (an approval stamp, a
    signature's caption)."""
    words = heading.split()
    if _open_bracket(heading):
        return True  # "ATTENDANCE AT THIS MEETING (Board": the aside goes on below
    return len(words) > 1 and words[-1].islower() and words[-1] in HEADING_TAIL_STOPWORDS


WORD_SHAPE = re.compile(r"^[^\W_](?:[\w'’&/.:,-]*[^\W_])?$")  # "Q&A", "2.1", "09:15", "Co-ordinator", "a"
WORD_EDGES = "()[]\"'“”‘’«».,:;!?%–—-*•£$€"
WORDS_MIN_SHARE_IN_HEADING = 0.6  # below this share of word-shaped tokens, a line is OCR's reading of a picture


def _garbled(heading: str) -> bool:
    """Mostly not words ("2% a i—t —_", "V| astling"): OCR reading a picture, a logo or a signature."""
    tokens = [core for core in (token.strip(WORD_EDGES) for token in heading.split()) if core]  # not dashes
    words = sum(bool(WORD_SHAPE.match(token)) for token in tokens)
    return bool(tokens) and words < WORDS_MIN_SHARE_IN_HEADING * len(tokens)


FRAGMENT_MAX_LETTERS = 2  # OCR's reading of handwriting or a picture: no word of more letters than this
FRAGMENT_MIN_CAPITALS = 3  # ... and, all in capitals, this many of them ("A M E"; "Q & A" is a heading)


def _ocr_fragments(heading: str) -> bool:
    """Bits of a letter or two and nothing else ("Or ti ng", "& .V e rs it r en d", "By", "A M E"): what OCR
    makes of handwriting, a stamp or a drawing, never a heading. Not a time ("5:30 p.m.") or an
    abbreviation in capitals ("Q & A", "AG")."""
    if any(char.isdigit() for char in heading):
        return False
    tokens = [letters for letters in ("".join(char for char in token if char.isalpha()) for token in heading.split())
              if letters]
    if not tokens or any(len(token) > FRAGMENT_MAX_LETTERS for token in tokens):
        return False
    return any(not token.isupper() for token in tokens) or len(tokens) >= FRAGMENT_MIN_CAPITALS


_VOTE_HEAD_WORDS = sorted({word for words in VOTE_COUNT_WORDS.values() for word in words} | set(VOTE_TOTAL_WORDS),
                         key=len, reverse=True)
# A vote table's head row read as a line or a cell: "Ja Nein Enthaltung Summe", "For | Against | Abstain", "Ja".
VOTE_TABLE_HEAD = re.compile(rf"^(?:(?:{'|'.join(map(re.escape, _VOTE_HEAD_WORDS))})(?:[\s|/:,;.]+|$))+$", re.I)


def _vote_table_head(heading: str) -> bool:
    """A vote table's column names (its head row, or the one cell of it that opens a row): counts' labels,
    not an item."""
    return bool(VOTE_TABLE_HEAD.match(heading.strip()))


RUNNING_TEXT_WORDS = 5  # a line of running text holds this many words of three letters or more
HAND_FRAGMENT_SHARE = 0.5  # OCR of handwriting: this share of its words or more are bits of one or two letters


def _holds_running_text(text: str) -> bool:
    return sum(sum(c.isalpha() for c in word) >= 3 for word in text.split()) >= RUNNING_TEXT_WORDS


def _hand_read_pages(blocks: list[Block]) -> set[int]:
    """Scanned pages that hold no line of running text and whose words OCR read mostly in bits of a
    letter or two ("G u m a n .", "Ha nna h", "Sc hmi tz"): handwriting (a list signed by those
    present), not a page of type."""
    words: dict[int, list[str]] = {}
    with_text: set[int] = set()
    for block in blocks:
        for line in block.lines:
            if line.ocr:
                words.setdefault(line.page, []).extend(w for w in line.text.split() if any(c.isalpha() for c in w))
                if _holds_running_text(line.text):
                    with_text.add(line.page)
    return {page for page, read in words.items() if page not in with_text and read
            and sum(sum(c.isalpha() for c in word) <= 2 for word in read) >= HAND_FRAGMENT_SHARE * len(read)}


def _sized_apart_without_text(blocks: list[Block], body_size: float) -> frozenset[int]:
    """ids of plain blocks set apart by their size alone on scanned pages of handwriting (_hand_read_pages):
    the names of a list signed by hand, read at the size of the hand ("Nome", "Anna", "Ha nna h"). A
    page of type tells its headings by their size; on such a page the size is the hand's. Numbered,
    labelled and bold lines, and lines in capitals, are judged as anywhere."""
    pages = _hand_read_pages(blocks)
    return frozenset(id(block) for block in blocks if block.page_first in pages and block.cell is None
                     and not block.bold and not numbering_of(block.text) and not LABEL.match(block.text)
                     and not _mostly_caps(block.text) and not _caps_words(block.text)
                     and block.size >= (block.text_size or body_size) + DEFAULT_LARGER_FONT)


PERSON_NAME_MAX_WORDS = 4
# "Mad:", "Adrian:", "Sophie L:" on a line of their own, what the person said in the lines under it
TURN_LABEL = re.compile(r"^\s*(?P<name>[A-ZÀ-Þ][\w'’-]*)(?:\s+[A-ZÀ-Þ][\w'’-]*\.?)?\s*:\s*$")
TURN_LABEL_REPEATS = 3  # a name labelling this many turns makes the document's name labels turns
SHORT_NAME_MIN_LETTERS = 3  # "Mad" for "Madeleine", "Stef" for "Stefan": the first letters of a given name


def _turn_labels(blocks: list[Block]) -> frozenset[int]:
    """ids of lines that name the person whose words follow ("Adrian:", "Mad:" over "- ..." lines), where
    the document labels turns so: a given name, or the first letters of one the document writes, and one
    of them labels TURN_LABEL_REPEATS turns or more. Notes that head each person's part once ("Mathew
    Biddle:") name no one twice; a discussion recorded turn by turn comes back to its speakers."""
    names = {word.strip(".,;:()") for block in blocks for word in block.text.split()
             if word[:1].isupper() and is_given_name(word.strip(".,;:()"))}
    labels: dict[int, str] = {}
    for block in blocks:
        match = TURN_LABEL.match(block.text) if len(block.lines) == 1 and block.cell is None else None
        if match is None:
            continue
        name = match.group("name")
        if is_given_name(name) or len(name) >= SHORT_NAME_MIN_LETTERS and any(
                other.startswith(name) and other != name for other in names):
            labels[id(block)] = name.casefold()
    counts = Counter(labels.values())
    if not counts or counts.most_common(1)[0][1] < TURN_LABEL_REPEATS:
        return frozenset()
    return frozenset(labels)


_LIST_ENTRY_MARK = re.compile(r"^\s*(?:\(?(?:\d{1,2}|[A-Za-z]|[ivx]{1,4})[.)]|[-–•*])\s+")
_LIST_ENTRY_END = re.compile(rf"\s*[;,]\s*(?:(?:{words_re(JOINING_WORDS)})\s*)?$")


def _is_name_line(text: str) -> bool:
    """A line that is a person's name and nothing else: a given name, then capitalised words or
    initials, the surname last ("Bianca Ambrosi", "ALAN D. BERSIN"); not "Milton Keynes A" (a team). A list's mark
    may open it and a list's stop close it ("(a) Alexander Scheurer;", "F. Truls Asheim; og")."""
    text = _LIST_ENTRY_END.sub("", _LIST_ENTRY_MARK.sub("", text))
    words = [w for w in text.split() if w.strip(".,")]
    if not 2 <= len(words) <= PERSON_NAME_MAX_WORDS or not is_given_name(words[0]):
        return False
    return len(words[-1].strip(".,")) > 1 and words[-1][:1].isupper() and all(
        (w[:1].isupper() or w in NAME_PARTICLES) and w.strip(".,").isalpha() for w in words[1:])


def _name_lists(blocks: list[Block]) -> frozenset[int]:
    """ids of plain blocks that list people, a name a line: blocks of two or more name lines, and a
    name line next to such a block or under a label ("Anwesenheitsliste:", "Present:"). Those
    present or signing, set apart in a scan's guessed sizes, are not headings."""
    names = [not block.bold and all(_is_name_line(line.text) for line in block.lines) for block in blocks]
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if not names[i]:
            continue
        near = (i and names[i - 1] and len(blocks[i - 1].lines) > 1) \
            or (i + 1 < len(blocks) and names[i + 1] and len(blocks[i + 1].lines) > 1)
        under_label = i and blocks[i - 1].text.rstrip().endswith(":") and len(blocks[i - 1].text.split()) <= 3
        in_a_run = _run_around(names, i) >= NAME_LIST_MIN_ENTRIES  # "(b) Maja Ling Han;": one entry a block
        if len(block.lines) > 1 or near or under_label or in_a_run:
            found.add(id(block))
    return frozenset(found)


NAME_LIST_MIN_ENTRIES = 3


def _run_around(flags: list[bool], at: int) -> int:
    """How many true flags run on together through `at`."""
    start, end = at, at
    while start > 0 and flags[start - 1]:
        start -= 1
    while end + 1 < len(flags) and flags[end + 1]:
        end += 1
    return end - start + 1 if flags[at] else 0


_MARK_SET = frozenset(ROLL_CALL_MARKS)
_PRESENT_SET = frozenset(ROLL_CALL_PRESENT_MARKS)
_NAME_TOKEN = re.compile(r"^[A-ZÀ-Þ][\w.'’-]*$")
ROLL_CALL_NAME_WORDS = 4  # "Board President John Smith X": the most words before a mark


def _mark_alone(text: str) -> bool:
    """ "X", "A", "X A": marks of a roll call's grid and nothing else."""
    return bool(text.split()) and all(token in _MARK_SET for token in text.split())


def _marked_names(text: str) -> bool:
    """ "Trustee Smith X", "BROWN A", "Smith X Jones X Brown A": names, each followed by its mark (read token by token:
    a pattern would try every way to part a long line of capitalised words)."""
    tokens, words = text.split(), 0
    for token in tokens:
        if token in _MARK_SET:
            if not words:
                return False
            words = 0
        elif _NAME_TOKEN.match(token) and words < ROLL_CALL_NAME_WORDS:
            words += 1
        else:
            return False
    return bool(tokens) and words == 0
_GRID_COLUMNS = re.compile(rf"^\s*(?:(?:{'|'.join(ROLL_CALL_COLUMNS)})\W*)+$", re.I)
ROLL_CALL_MIN_ROWS = 2
ROLL_CALL_NAME_MAX_WORDS = 5  # "Board President John Smith" on its own line, over its mark


def _roll_call_grid(blocks: list[Block]) -> frozenset[int]:
    """ids of the blocks of a roll call set as a grid of names and marks ("Trustee Smith X" / "Trustee Brown A", or
    "TRUSTEE JONES" over a line "X"), and of its column heads ("Present Absent"): a record of who was there, whose
    lines are never headings. Two rows at least, one of them marked present."""
    rows = [_grid_row(blocks, at) for at in range(len(blocks))]
    found: set[int] = set()
    at = 0
    while at < len(blocks):
        end = at
        while end < len(blocks) and rows[end]:
            end += 1
        run = blocks[at:end]
        lines = [line.text for block in run for line in block.lines]
        if sum(not _mark_alone(text) for text in lines) >= ROLL_CALL_MIN_ROWS \
                and any(not _PRESENT_SET.isdisjoint(text.split()) for text in lines):
            found |= {id(block) for block in run}
            if at and _GRID_COLUMNS.match(blocks[at - 1].text):
                found.add(id(blocks[at - 1]))
        at = end + 1
    return frozenset(found)


def _grid_row(blocks: list[Block], at: int) -> bool:
    """Each line of the block at `at` is a row of a roll call's grid: names with their marks, a mark alone, or a name
    alone over a block of its mark."""
    block = blocks[at]
    if block.cell is not None or numbering_of(block.text):
        return False
    if all(_marked_names(line.text) or _mark_alone(line.text) for line in block.lines):
        return True
    after = blocks[at + 1] if at + 1 < len(blocks) else None
    return len(block.lines) == 1 and after is not None and _mark_alone(after.text) \
        and len(block.text.split()) <= ROLL_CALL_NAME_MAX_WORDS and block.text.strip()[:1].isupper() \
        and not block.text.rstrip().endswith((":", "."))


def _signature_captions(blocks: list[Block]) -> set[int]:
    """ids of the blocks next to a signature rule ("________"): "ATTEST:", "Commission Chair"; and of the row of
    posts set over the signatories' names side by side ("Mötesordförande Mötessekreterare" over "Edvard Thörnros
    Gustav Sörnäs", "Presidente Secretario")."""
    rules = [i for i, block in enumerate(blocks) if block.text.lstrip().startswith("_____")]
    captions = {id(blocks[j]) for i in rules for j in (i - 1, i + 1)
                if 0 <= j < len(blocks) and not numbering_of(blocks[j].text) and len(blocks[j].text.split()) <= 8}
    return captions | {id(block) for block in blocks if len(block.lines) == 2 and posts_row(block.lines[0].text)
                       and _names_row(block.lines[1].text)}


def join_signature_rows(blocks: list[Block]) -> list[Block]:
    """A row of posts set over the signatories' names side by side (posts_row, then the names' row on the same page)
    as one block of the two lines: a signature's caption (_signature_captions), the names under their posts (roster)."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if last is not None and len(last.lines) == 1 and len(block.lines) == 1 and posts_row(last.text) \
                and _names_row(block.text) and block.page_first == last.page_first and block.cell is None:
            out[-1] = Block(last.lines + block.lines, text_size=last.text_size)
        else:
            out.append(block)
    return out


SIGNATURES_MAX_SIDE_BY_SIDE = 4


def posts_row(text: str) -> bool:
    """ "Mötesordförande Mötessekreterare", "Presidente Secretario": two to SIGNATURES_MAX_SIDE_BY_SIDE posts side by
    side, each one word (POST_WORDS), nothing else."""
    words = [word.lower().strip(".,:;()") for word in text.split()]
    return 2 <= len(words) <= SIGNATURES_MAX_SIDE_BY_SIDE and all(word in POST_WORDS for word in words)


def _names_row(text: str) -> bool:
    """A row of names side by side: capitalised words only, two to four a name (OCR may cut a surname short)."""
    words = text.split()
    return 4 <= len(words) <= 4 * SIGNATURES_MAX_SIDE_BY_SIDE and all(word[:1].isupper() for word in words) \
        and not any(ch.isdigit() for ch in text)


def _lone_headings(blocks: list[Block], margin: float) -> frozenset[int]:
    """ids of plain blocks that head what follows by their place alone: a short label ending in a
    colon over a list ("Summary:" then "1. ..."), or a short line set out to the left of the running
    text over an indented paragraph (a heading in plain type)."""
    found: set[int] = set(_list_titles(blocks))
    margins = _page_margins(blocks, margin)
    for block, after in zip(blocks, blocks[1:], strict=False):
        text = block.text.strip()
        if block.cell is not None or block.is_item or len(block.lines) > 2 or not text[:1].isupper():
            continue
        margin = margins.get(block.page_first, margin)
        if METADATA_LINE.match(text) or STARTS_WITH_HONORIFIC.match(text) or numbering_of(text):
            continue
        if len(block.lines) == 1 and text.endswith(":") and len(text.split()) <= 3 and after.is_item:
            found.add(id(block))
        elif _attendance_list_lead(block) and after.cell is None and _names_a_line(after.lines):
            found.add(id(block))
        elif block.first.x0 < margin - INDENT_STEP / 2 and after.cell is None and after.first.x0 >= margin - 2 \
                and after.first.x0 - block.first.x0 <= LONE_HEADING_MAX_STEP and not after.is_item \
                and len(after.lines) >= 2 and not numbering_of(after.text) \
                and not _looks_like_prose(text) and not text.endswith((":", ";", ".", ",")):
            found.add(id(block))
    return frozenset(found)


ATTENDANCE_LEAD_MAX_WORDS = 6
ATTENDANCE_LEAD_MIN_WORDS = 3  # "Present Observers:", "Also present:": a label of the list, not a line leading into it
_ATTENDANCE_FIRST_WORDS = frozenset(label.split()[0] for label in ATTENDANCE_LABELS)


NAME_LINE_MAX_WORDS = 6  # a line of a list of names: a name, perhaps a post or an address after it


def _attendance_list_lead(block: Block) -> bool:
    """ "Närvarande medlemmar utöver styrelsen;", "Present at the meeting:" on a line of its own over the
    names: the list's heading (a bare "Present:" is a label of the front matter, METADATA_LINE)."""
    return len(block.lines) == 1 and _attendance_lead_line(block.text)


def _attendance_lead_line(text: str) -> bool:
    text = text.strip()
    words = text.rstrip(":;").split()
    return text.endswith((":", ";")) and ATTENDANCE_LEAD_MIN_WORDS <= len(words) <= ATTENDANCE_LEAD_MAX_WORDS \
        and words[0].casefold() in _ATTENDANCE_FIRST_WORDS


def split_attendance_leads(blocks: list[Block]) -> list[Block]:
    """A list of those present read as one paragraph with the line that leads into it ("Närvarande
    medlemmar utöver styrelsen;" then a name a line): the lead a block of its own (a heading, _lone_headings)."""
    out: list[Block] = []
    for block in blocks:
        if block.cell is None and len(block.lines) > 1 and _attendance_lead_line(block.first.text) \
                and _names_a_line(block.lines[1:]):
            out += [Block([block.first], text_size=block.text_size),
                    Block(block.lines[1:], is_item=block.is_item, depth=block.depth, text_size=block.text_size)]
        else:
            out.append(block)
    return out


def _names_a_line(lines: list) -> bool:
    return all(0 < len(line.text.split()) <= NAME_LINE_MAX_WORDS for line in lines)


LIST_TITLE_MAX_WORDS = 5  # "Festive Events", "Acting leads.": a topic's title over its bulleted points
LIST_TITLE_STOP_MAX_WORDS = 3  # a title this short may end in a full stop


CONTENTS_HEADING = re.compile(rf"^(?:{'|'.join(map(re.escape, CONTENTS_HEADINGS))})\s*:?$", re.I)
# "3. Approve minutes for September PAC meeting. 2", "Treasurer's report ........ 4": an entry and its page
CONTENTS_ENTRY_SIMILARITY = 0.85  # an entry and its heading, as OCR read each (difflib ratio)
CONTENTS_ENTRY = re.compile(r"\S\s*(?:\.{2,}|…+|\s)\s*\d{1,3}$")


def _contents_entries(blocks: list[Block]) -> frozenset[int]:
    """ids of the entries of a table of contents: the blocks after its heading that end in a page number, or, on
    the heading's page, that the document sets again after it (a scan's page numbers, far right, OCR may not read)."""
    found: set[int] = set()
    for at, block in enumerate(blocks):
        if not CONTENTS_HEADING.match(block.text.strip()):
            continue
        later = {_entry_key(other.text) for other in blocks[at + 1:]
                 if other.page_first > block.page_last and len(other.text.split()) <= MAX_HEADING_WORDS}
        for entry in blocks[at + 1:]:
            if not CONTENTS_ENTRY.search(entry.text.strip()) and not (
                    entry.page_first == block.page_first and _set_again(_entry_key(entry.text), later)):
                break
            found.add(id(entry))
    return frozenset(found)


def _entry_key(text: str) -> str:
    """An entry's or a heading's words, without its number: "3 Feststellung der Tagesordnung" and "Feststellung der
    Tagesordnung" are one."""
    return " ".join(without_numbering(text.strip()).lower().split())


def _set_again(entry: str, later: set[str]) -> bool:
    """Whether a contents entry is among the headings set later, as OCR read either ("Riassunto dell’incontrol")."""
    return bool(entry) and (entry in later or any(
        SequenceMatcher(None, entry, heading).ratio() >= CONTENTS_ENTRY_SIMILARITY for heading in later))


def _list_titles(blocks: list[Block]) -> frozenset[int]:
    """ids of the short plain titles set between bulleted lists (_list_title)."""
    return frozenset(id(block) for before, block, after in zip(blocks, blocks[1:], blocks[2:], strict=False)
                     if _list_title(before, block, after))


def _list_title(before: Block, block: Block, after: Block) -> bool:
    """A short plain line between two bulleted lists, set no further right than the points under it
    ("Festive Events" after the last point of one topic): the title of the next topic's points."""
    text = block.text.strip()
    if block.cell is not None or block.is_item or len(block.lines) != 1 or not text[:1].isupper():
        return False
    if block.first.ocr:
        return False  # on a scan a plain short line among points may be a point whose bullet OCR lost
    if not all(other.is_item and other.first.bullet and other.cell is None and not numbering_of(other.text)
               for other in (before, after)):
        return False  # bulleted points, not numbered items
    words = len(text.split())
    if words > LIST_TITLE_MAX_WORDS or text.endswith((":", ";", ",")) or (
            text.endswith(".") and words > LIST_TITLE_STOP_MAX_WORDS):
        return False
    if METADATA_LINE.match(text) or STARTS_WITH_HONORIFIC.match(text) or numbering_of(text):
        return False
    if is_given_name(text.split()[0].strip(":.")):
        return False  # "Adrian": who speaks the points under it, not their topic
    return block.first.x0 <= after.first.x0 + 2 and not _looks_like_prose(text.rstrip("."))


PAGE_MARGIN_MIN_LINES = 8  # a page with this many lines of paragraphs shows its own left margin
LONE_HEADING_MAX_STEP = 3 * INDENT_STEP  # a heading set out left of its text is this close to it


def _page_margins(blocks: list[Block], margin: float) -> dict[int, float]:
    """Each page's left edge of running text, where it has enough paragraphs to show one within
    INDENT_STEP / 2 of the document's: a scanned page sits a few points further left or right on
    its sheet than the next."""
    edges: dict[int, Counter[int]] = {}
    for block in blocks:
        if block.cell is None and not block.is_item:
            edges.setdefault(block.page_first, Counter())[round(block.first.x0)] += len(block.lines)
    margins = {}
    for page, counted in edges.items():
        edge, lines = counted.most_common(1)[0]
        if lines >= PAGE_MARGIN_MIN_LINES and abs(edge - margin) <= INDENT_STEP / 2:
            margins[page] = float(edge)
    return margins


def _number_value(num: str) -> int | None:
    """The value of a single number or letter ("3", "b"); None for "2.1" or roman numerals."""
    if num.isdigit():
        return int(num)
    if (value := cjk_value(num)) is not None:
        return value
    return ord(num.lower()) - ord("a") + 1 if len(num) == 1 and num.isascii() and num.isalpha() else None


def _styled_sequence_gaps(blocks: list[Block], body_size: float,
                          letters: dict[int, str] | None = None) -> frozenset[int]:
    """ids of plain numbered blocks whose number fills the gap between the headings of the same
    numbering set apart by type just before and after them ("(a)" bold, "(b)" plain, "(c)" bold):
    headings whose bold was forgotten. A roman number needs a styled neighbour on one side only: it
    continues the styled roman headings ("III. OPEN SESSION (3:00 p.m., ...)" after "II. CLOSED
    SESSION", its bold lost to the plain aside), or opens them ("I." before "II."). `letters`: blocks
    numbered by a capital that the outline tells is a letter ("I. PUBLIC HEARINGS" after "H.")."""
    letters = letters or {}
    numbered: list[tuple[str, int, bool, Block]] = []
    for block in blocks:
        numbering = ("upper", letters[id(block)]) if id(block) in letters else numbering_of(block.text)
        if not numbering or block.cell is not None or block.first.bullet:
            continue
        value = roman_value(numbering[1]) if numbering[0] == "roman" else _number_value(numbering[1])
        if value is not None:
            family = "upper" if id(block) in letters else _numbering_family(block.text) or ""
            numbered.append((family, value, _is_styled(block, body_size), block))
    gaps: set[int] = set()
    for i, (family, value, styled, block) in enumerate(numbered):
        if styled:
            continue
        before = next(((v, b) for f, v, st, b in reversed(numbered[:i]) if f == family and st), None)
        after = next(((v, b) for f, v, st, b in numbered[i + 1:] if f == family and st), None)
        fits_before = before is not None and before[0] == value - 1 and _flush(before[1], block)
        fits_after = after is not None and after[0] == value + 1 and _flush(after[1], block)
        if before and after and _fill_the_gap(numbered, family, before, after) \
                and (_flush(before[1], block) or _flush(after[1], block)):
            gaps.add(id(block))  # set flush with one of them
        elif family == "roman" and (fits_before and (after is None or after[0] > value)
                                    or fits_after and before is None):
            gaps.add(id(block))
    return frozenset(gaps | _styled_run_continued(numbered))


def _fill_the_gap(numbered: list[tuple[str, int, bool, Block]], family: str, before: tuple[int, Block],
                  after: tuple[int, Block]) -> bool:
    """Whether the plain numbered blocks of `family` between the styled headings `before` and `after` (value,
    block) are numbered just as the gap between them leaves: "§2", "§3", "§4" between a bold "§1" and "§5"."""
    at = [k for k, entry in enumerate(numbered) if entry[3] is before[1] or entry[3] is after[1]]
    between = [v for f, v, st, _ in numbered[at[0] + 1:at[-1]] if f == family and not st]
    return between == list(range(before[0] + 1, after[0]))


STYLED_RUN_MIN = 3  # styled headings of one numbering that make the run plain ones may go on


def _styled_run_continued(numbered: list[tuple[str, int, bool, Block]]) -> set[int]:
    """ids of plain numbered lines that go on numbering the styled headings after the last of them
    ("11) Junior Chess at the Club", "12) Any other business" flush under a bold "10) Team Captains"):
    the last items, their bold lost. Each follows the one before it, by one, set flush with it."""
    found: set[int] = set()
    last: dict[str, tuple[int, Block]] = {}
    seen: Counter[str] = Counter()
    for at, (family, value, styled, block) in enumerate(numbered):
        if styled:
            last[family] = (value, block)
            seen[family] += 1
            continue
        previous = last.get(family)
        if previous is None or seen[family] < STYLED_RUN_MIN or previous[0] != value - 1 \
                or not _flush(previous[1], block):
            continue
        if any(f == family and st and _flush(b, block) for f, _, st, b in numbered[at + 1:]):
            continue  # a styled heading of the run comes later: this is a list inside an item
        if len(block.lines) == 1 and not block.text.rstrip().endswith((".", ":", ";", ",")) \
                and not _looks_like_prose(block.text):
            found.add(id(block))
            last[family] = (value, block)
    return found


def _flush(one: Block, other: Block) -> bool:
    return abs(one.first.x0 - other.first.x0) <= 3


def _numbers_in_sequence(blocks: list[Block]) -> set[int]:
    """ids of plain numbered blocks whose number has a neighbour (n-1 or n+1) at the same depth,
    so "12 November 2018" or "69 forms were returned" are not taken for numbered headings."""
    seen: dict[tuple, list[tuple[int, Block]]] = {}
    for block in blocks:
        numbering = numbering_of(block.text)
        if numbering and numbering[0] == "minute":  # "Min. 12/24", "24/112": the year on either side
            first, second = numbering[1].split("/")
            seen.setdefault(("minute-year-last", second), []).append((int(first), block))
            seen.setdefault(("minute-year-first", first), []).append((int(second), block))
            continue
        if not numbering or numbering[0] not in {"arabic", "decimal"}:
            continue
        parts = tuple(int(p) for p in numbering[1].split("."))
        seen.setdefault((len(parts), parts[:-1]), []).append((parts[-1], block))
    ids: set[int] = set()
    for entries in seen.values():
        numbers = {n for n, _ in entries}
        ids.update(id(block) for n, block in entries if n - 1 in numbers or n + 1 in numbers)
    return ids


LIST_MIN_ENTRIES = 3  # numbered lines one after another, with no text between, that make a list
LIST_MAX_MISSED = 2  # numbers in a row a list's entries may have lost to OCR (blocks standing for them)
_BARE_ARABIC = re.compile(r"^\s*(\d{1,3})[.)]?\s*$")  # "10." alone: an entry whose text OCR set apart


def _entry_number(block: Block) -> tuple[int, bool] | None:
    """The number of a plain, short, arabic-numbered block (and whether it is the number alone)."""
    if block.cell is not None or block.bold or len(block.lines) > TITLED_ITEM_MAX_LINES:
        return None
    bare = _BARE_ARABIC.match(block.text)
    if bare:
        return int(bare.group(1)), True
    numbering = numbering_of(block.text)
    if numbering and numbering[0] == "arabic" and NUMBER_WITH_STOP.match(block.text) and ": " not in block.text \
            and not _looks_long(block.text):
        return int(numbering[1]), False  # "3 Quoracy: with 15 members ...": a run-in heading, no entry
    return None


LEAD_IN_MIN_WORDS = 5  # "The following schools were recognized:" leads into a list; "Agenda:" heads it


def _in_an_items_text(blocks: list[Block], first: int, body_size: float) -> bool:
    """Whether a list opening at blocks[first] stands in the text of a numbered item ("a. Recognition
    of new partners", then perhaps a sentence leading into the list): not under a heading of its own
    ("Tagesordnung:", "Agenda"), where numbered lines are the items of the agenda."""
    at = first - 1
    led_in = at >= 0 and not numbering_of(blocks[at].text) and not _is_styled(blocks[at], body_size) \
        and len(blocks[at].text.split()) >= LEAD_IN_MIN_WORDS and blocks[at].text.rstrip().endswith(":")
    if at >= 0 and not numbering_of(blocks[at].text) and not _is_styled(blocks[at], body_size) \
            and len(blocks[at].text.split()) >= LEAD_IN_MIN_WORDS:
        at -= 1  # the sentence that leads into the list
    if at < 0 or blocks[at].cell is not None:
        return False
    if led_in and _running_text(blocks[at], body_size):
        return True  # "... Dann zu besprechende Punkte:" after a paragraph: a list in the item's text
    numbering = numbering_of(blocks[at].text)
    return bool(numbering) and not AGENDA_LIST_ITEM.match(blocks[at].text) \
        and not _continues_outline(numbering, blocks[first])


def _running_text(block: Block, body_size: float) -> bool:
    """A paragraph of the text: plain, unnumbered, over lines, not a heading."""
    return block.cell is None and not block.first.bullet and not numbering_of(block.text) \
        and not _is_styled(block, body_size) and len(block.lines) >= 2 and _looks_like_prose(block.text)


def _continues_outline(numbering: tuple[str, str], entry: Block) -> bool:
    """ "4." right after "3.2.": the outline's next item after the last one's sub-items, not a list
    opening in that sub-item's text (whose entries would count from 1)."""
    number = _entry_number(entry)
    if numbering[0] != "decimal" or number is None:
        return False
    top = numbering[1].split(".")[0]
    return top.isdigit() and number[0] == int(top) + 1


# An item that heads the agenda's list: "2. Agenda", "3. Tagesordnung:".
AGENDA_LIST_ITEM = re.compile(rf"^\s*\S+\s+(?:{'|'.join(map(re.escape, AGENDA_LIST_HEADINGS))})\b", re.I)


def _looks_long(text: str) -> bool:
    return len(text.split()) > 2 * MAX_HEADING_WORDS


def _number_lists(blocks: list[Block], body_size: float) -> frozenset[int]:
    """ids of the entries of numbered lists: at least LIST_MIN_ENTRIES plain, short lines numbered one
    after another ("1. Angier Elementary School and ...", "2. Audubon ...") with no text of their own
    between them; only as many plain short blocks between two entries as their numbers leave out
    (entries whose number OCR lost), and after a number set alone its text. A list of names or things
    in an item's text, not an outline level: a numbered item that heads a section has text under it
    (its action, its report) before the next."""
    found: set[int] = set()
    run: list[Block] = []
    last = between = 0
    bare_text = False  # the block after a number set alone is that entry's text

    def close() -> None:
        if sum(_entry_number(b) is not None and not _entry_number(b)[1] for b in run) >= LIST_MIN_ENTRIES \
                and _in_an_items_text(blocks, index[id(run[0])], body_size):
            found.update(id(b) for b in run)

    index = {id(block): at for at, block in enumerate(blocks)}
    for block in blocks:
        entry = _entry_number(block)
        if entry is not None and run and 0 < entry[0] - last <= LIST_MAX_MISSED + 1 \
                and between <= entry[0] - last - 1:
            run.append(block)
        elif entry is not None:
            close()
            run = [block]
        elif run and bare_text and not numbering_of(block.text):
            bare_text = False
            continue
        elif run and block.cell is None and not numbering_of(block.text) and not _is_styled(block, body_size) \
                and len(block.lines) <= TITLED_ITEM_MAX_LINES and between < LIST_MAX_MISSED:
            between += 1  # an entry whose number OCR lost, if the next entry's number leaves it room
            continue
        else:
            close()
            run = []
            continue
        last, between, bare_text = entry[0], 0, entry[1]
    close()
    return frozenset(found)


# A capital and a word in capitals: "E ACTION/INFORMATION ITEMS", a lettered heading OCR read without its stop.
LETTER_WITHOUT_STOP = re.compile(r"^\s*(?P<num>[A-Z])\s+(?=[A-Z][A-Z'’/-]+\b)")
LETTER_FLUSH = 3.0  # points: a lettered item starts where the letters around it do


def _letters_without_stop(blocks: list[Block], letters: dict[int, str]) -> dict[int, str]:
    """ids of OCR'd blocks numbered by a capital whose full stop OCR lost ("E ACTION/INFORMATION
    ITEMS") -> that letter: only where the lettered items before and after it (A. ... J.) leave room
    for it, and set flush with one of them. A word of one letter ("A MOTION WAS MADE") is never
    between two letters; `letters`: the capitals the outline tells are letters (text.outline_letters)."""
    lettered: list[tuple[int, str, float]] = []
    for at, block in enumerate(blocks):
        numbering = ("upper", letters[id(block)]) if id(block) in letters else numbering_of(block.text)
        if block.cell is None and numbering and numbering[0] == "upper":
            lettered.append((at, numbering[1], block.first.x0))
    found: dict[int, str] = {}
    for at, block in enumerate(blocks):
        match = LETTER_WITHOUT_STOP.match(block.text) if block.first.ocr and block.cell is None else None
        if match is None or len(block.lines) > 2 or id(block) in letters:
            continue
        before = next(((letter, x0) for i, letter, x0 in reversed(lettered) if i < at), None)
        after = next(((letter, x0) for i, letter, x0 in lettered if i > at), None)
        if before and after and before[0] < match.group("num") < after[0] \
                and min(abs(before[1] - block.first.x0), abs(after[1] - block.first.x0)) <= LETTER_FLUSH:
            found[id(block)] = match.group("num")
    return found


LETTERED_HEADING = re.compile(r"^\s*(?P<num>[A-Z])[.)]\s+(?P<words>\S.*)$", re.S)
LETTER_REPEAT_MIN_WORDS = 2  # "CONSENT ITEMS": a single word ("Motion") may be anything's


def _letters_from_repeats(blocks: list[Block], letters: dict[int, str]) -> dict[int, str]:
    """ids of OCR'd blocks whose capital OCR lost ("CONSENT ITEMS", its "D." too faint) -> that capital,
    where the heading is printed again with it atop a later page ("D. CONSENT ITEMS"), as forms and
    long agendas repeat their open item, and the lettered items before it leave room for it. What the
    repeat carries is the heading's own number: without it the heading reads as a nested one."""
    lettered: list[tuple[int, str, str]] = []  # (index, letter, words)
    for at, block in enumerate(blocks):
        match = LETTERED_HEADING.match(block.text) if block.cell is None else None
        if id(block) in letters:
            lettered.append((at, letters[id(block)], _heading_words(block.text[1:].lstrip(". "))))
        elif match and numbering_of(block.text) and numbering_of(block.text)[0] == "upper":
            lettered.append((at, match.group("num"), _heading_words(match.group("words"))))
    found: dict[int, str] = {}
    for at, block in enumerate(blocks):
        if not block.first.ocr or block.cell is not None or numbering_of(block.text) or id(block) in letters \
                or len(block.lines) > 2:
            continue
        words = _heading_words(block.text)
        if len(words.split()) < LETTER_REPEAT_MIN_WORDS:
            continue
        repeat = next((letter for i, letter, other in lettered if i > at and other == words), None)
        before = next((letter for i, letter, _ in reversed(lettered) if i < at), None)
        if repeat is not None and (before is None or before < repeat):
            found[id(block)] = repeat
    return found


def _heading_words(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip(" .:")


FORM_ITEM_MAX_LINES = 5  # an agenda item on a form is worded in a sentence or two at most
FORM_ITEM_SCHEMES = frozenset({"arabic", "roman", "upper", "lower", "lost"})
LOST_ITEM_NUMBER = re.compile(FORM_LOST_NUMBER)
# "Carol Stewart addressed the Board ...", "John de Beck reported on ...": what a person did at the item
_PARTICLES = "|".join(NAME_PARTICLES)
PERSON_DID = re.compile(rf"^(?:[A-Z][\w'’.-]*\s+(?:(?:{_PARTICLES})\s+)?){{1,3}}(?:{'|'.join(SPEECH_VERBS)})\b")


def _form_item(block: Block, numbering: tuple[str, str] | None, voted: bool = False) -> str | None:
    """On minutes kept on a form, a numbered item of the agenda column in plain type is an agenda item
    however it is worded ("1. Recognition of student academic and athletic achievements.", "A. Workshop
    session with members of the Board ..."): its whole text. Not the record of what someone did at
    the item ("1. Carol Stewart addressed the Board in public hearing ..."), nor a long paragraph, unless
    the grid records a vote beside it (`voted`): what the board voted on is an item however long it is
    worded. An item naming the bid or contract it acts on is headed by that name (text.item_name)."""
    text = block.text.strip()
    lost = LOST_ITEM_NUMBER.match(text) if numbering is None else None
    if lost is not None:  # ". Bid No. 12-108, ...": an item whose letter OCR lost, its full stop kept
        text, numbering = text[lost.end():], ("lost", "")
    if numbering is None or numbering[0] not in FORM_ITEM_SCHEMES or block.cell is not None \
            or block.first.bullet or len(block.lines) > FORM_ITEM_MAX_LINES and not voted:
        return None
    if numbering[0] == "arabic" and (not NUMBER_WITH_STOP.match(text) or int(numbering[1]) == 0):
        return None  # "01 School Year to the Board.": a wrapped line's figures, not an item's number
    words = ["", text] if lost is not None else text.split(None, 1)
    if len(words) < 2 or PERSON_DID.match(words[1]) or not words[1][:1].isupper() \
            or _looks_long(item_name(text)) and not voted:
        return None
    return item_name(text)


LISTED_ITEM_NUMBER = re.compile(r"^\s*(\d{1,2})[.):]?\s+\S")  # "1. Kontoeröffnung": an item as the agenda lists it
LABELLED_ITEM_NUMBER = re.compile(r"^\s*\S+(?:\s+\S+)?\s+(\d{1,2})")  # "Punkt 1.", "Agenda item 3:": its number


LISTED_ITEM_INDENT = 4.0  # points right of an item's number that set a line under the item, not after it


def _under_listed_item(block: Block, item: Block) -> bool:
    """A block set under an agenda item's text, right of its number (its points, a note on it): the list goes on."""
    return block.first.x0 >= item.first.x0 + LISTED_ITEM_INDENT and block.first.page == item.lines[-1].page


def _agenda_taken_up_by_label(blocks: list[Block], agenda_list: re.Pattern[str]) -> frozenset[int]:
    """ids of the items listed under an agenda heading ("Tagesordnung:" then "1. X", "2. Y") that the
    minutes then take up one by one under labelled headings numbered as listed ("Punkt 1. X", "TOP 2: Y"):
    those headings are the sections, the list only the agenda announced. Items taken up under bare
    numbers ("3. Sonstiges" again) leave the list as it is: nothing tells the two apart but the text."""
    found: set[int] = set()
    for at, block in enumerate(blocks):
        if block.cell is not None or not agenda_list.match(block.text.strip()):
            continue
        listed: list[tuple[int, Block]] = []
        end = at + 1
        for end in range(at + 1, len(blocks) + 1):
            entry = blocks[end] if end < len(blocks) else None
            number = LISTED_ITEM_NUMBER.match(entry.text) if entry is not None else None
            if entry is not None and number is None and listed and _under_listed_item(entry, listed[-1][1]):
                continue  # "4. Klärung der Spendenbedingungen:" / "- wer sammelt?": the item's own points
            if entry is None or entry.cell is not None or number is None:
                break
            listed.append((int(number.group(1)), entry))
        if len(listed) < 2:
            continue
        after = blocks[end:]
        taken_up = {int(m.group(1)) for b in after if AGENDA_ITEM_LABEL.match(b.text.strip())
                    and (m := LABELLED_ITEM_NUMBER.match(b.text))}
        if all(number in taken_up for number, _ in listed):
            found.update(id(entry) for _, entry in listed)
    return frozenset(found)


# What ends a lead-in past its words: a colon, or the dashes and dots that fill out the line
# ("... el siguiente orden del día- - - - - -", the filler of a notarial record)
LINE_FILLER = re.compile(r"[\s:.\-–—_=~]+$")  # "=" and "~": OCR's reading of a row of dashes
# the agenda's name closing a paragraph; a text layer may have lost the space between its words ("deldía")
_AGENDA_NAMES = "|".join(r"\s*".join(map(re.escape, name.split())) for name in AGENDA_LIST_HEADINGS)
_AGENDA_AT_END = re.compile(rf"(?:^|\s)(?:{_AGENDA_NAMES})$", re.I)
ANNOUNCED_ITEM_MAX_LINES = 6  # an item of the agenda a paragraph announces runs to this many lines


def _announces_agenda(block: Block) -> bool:
    """A paragraph that ends by announcing the agenda ("... proponiéndose el siguiente orden del día:",
    "... adopted the following agenda:", "... folgende Tagesordnung:"): the numbered list after it is the
    agenda. A short "Agenda:" line heads its list instead (build_structure's agenda heading)."""
    text = LINE_FILLER.sub("", block.text)
    return block.cell is None and not numbering_of(text) and len(text.split()) >= LEAD_IN_MIN_WORDS \
        and bool(_AGENDA_AT_END.search(text))


def _announced_agenda_items(blocks: list[Block]) -> frozenset[int]:
    """ids of the items of an agenda a paragraph announces: the blocks right after it numbered 1, 2, 3 ...
    in arabic figures. Each names an item of the meeting, however it is worded (a sentence with its full
    stop, a welcome naming its guests), so each heads a section."""
    found: set[int] = set()
    for at, block in enumerate(blocks):
        if not _announces_agenda(block):
            continue
        items: list[Block] = []
        for entry in blocks[at + 1:]:
            numbering = numbering_of(entry.text)
            if entry.cell is not None or numbering is None or numbering[0] != "arabic" \
                    or int(numbering[1]) != len(items) + 1 or len(entry.lines) > ANNOUNCED_ITEM_MAX_LINES:
                break
            items.append(entry)
        if len(items) >= 2:
            found.update(id(item) for item in items)
    return frozenset(found)


def _announced_item_heading(block: Block) -> str:
    """An announced agenda item's heading: its text, without the filler that closes the list's last line."""
    return LINE_FILLER.sub("", block.text.strip()) or block.text.strip()


# The separators between an item's name and what happened: a colon or semicolon (not a clock's "7:00"), a dash
# spaced on either side ("Report- No report", "Old Business —"), or a dash glued between a word and a capital
# ("ROLL CALL-Supervisor X"; "Follow-up" is one word).
RUN_IN_SEPARATOR = re.compile(r"(?<!\d)[:;]|[:;](?!\d)|\s*[-–—]+\s+|\s+[-–—]+\s*|(?<=[^\W\d_])[-–—]+(?=[A-Z])")
RUN_IN_STOP = re.compile(r"\.\s+(?=[A-Z])")  # "Sexton's report. Noted weeds ...": the name ends in a full stop
RUN_IN_NAME = re.compile(r"^[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+)*$")  # words only: no comma, bracket or stop
TRAILING_SEPARATOR = re.compile(r"[\s:;\-–—.]+$")
_RUN_IN_RECORD = _RECORD_LABELS | set(METADATA_LABELS) | set(PRESENT_LIST_LABELS) | set(RUN_IN_NOT_ITEM_WORDS)
_ABBREVIATIONS = frozenset(SENTENCE_ABBREVIATIONS) | {h.rstrip(".") for h in HONORIFICS}
_SENTENCE_WORDS = frozenset(SENTENCE_LABEL_WORDS)
_ITEM_NOUNS = frozenset(ITEM_NAME_NOUNS)
_SENTENCE_OPENERS = frozenset(SENTENCE_OPENING_WORDS)
_NAME_ENDS = frozenset(HEADING_TAIL_STOPWORDS) | frozenset(LEAD_IN_LAST_WORDS)


def _item_name(label: str) -> bool:
    """Whether the words before a separator can name an agenda item in sentence case ("Treasurer report",
    "Review and acceptance of August 2023 minutes"): not a sentence ("The Board was told", "Jerry reported"),
    a person's name ("Adrian", a turn), a record's or the front matter's label ("Motion", "Present"), a memo's
    header ("RE"), nor a sentence leading into a list ("... as follows")."""
    words = label.split()
    if not RUN_IN_NAME.match(label) or not 1 <= len(words) <= SENTENCE_RUN_IN_MAX_WORDS or words[-1][-1].isdigit():
        return False  # ("Question 1", "Held on 24 – 25 March")
    lowered = [w.casefold() for w in words]
    if label.casefold() in _MEMO_LABELS or label.casefold() in _RUN_IN_RECORD \
            or lowered[0] in _RUN_IN_RECORD or lowered[-1] in _RUN_IN_RECORD:
        return False
    if lowered[0] in _SENTENCE_OPENERS or lowered[-1] in _NAME_ENDS or any(w in _SENTENCE_WORDS for w in lowered):
        return False
    if STARTS_WITH_HONORIFIC.match(label) or PERSON_DID.match(label) or _lists_people(words):
        return False
    named = _is_name_line(label) or (is_given_name(words[0]) and all(w[:1].isupper() for w in words))
    return not named or any(w in _ITEM_NOUNS for w in lowered)  # "Adrian: ...", a turn; not "Kane County Report"


_ROLE_WORDS = frozenset(ROLE_TITLES)


def _lists_people(words: list[str]) -> bool:
    """ "Trainor and Clerk Straub": people joined by "and", one named by post (a roll call's line), no item."""
    return "and" in words and any(w in _ROLE_WORDS and n[:1].isupper() for w, n in zip(words, words[1:], strict=False))


def _run_in_parts(text: str, stop: bool = False) -> tuple[str, str] | None:
    """(name, what happened) of a paragraph that opens with an item's name run on into its text ("Call to
    order: 5 p.m."); `stop`: a full stop may end the name ("Sexton's report. Noted weeds ..."). None when the
    words before the first separator name no item."""
    separator = RUN_IN_SEPARATOR.search(text, 1)
    if stop and (full := _name_stop(text)) and (separator is None or full.start() < separator.start()):
        separator = full
    if separator is None:
        return None
    label, rest = text[:separator.start()].strip(), text[separator.end():].strip()
    if is_all_caps(label) and separator.group().strip() in {":", ";"}:
        return None  # a name in capitals before a colon: _caps_run_in's
    if URL.match(rest) or CONTINUED.search(text[:separator.end()] + rest.split(" ", 1)[0]):
        return None  # "Workshop site: https://...", "Public Comment - continued"
    return (label, rest) if _item_name(label) else None


def _name_stop(text: str) -> re.Match | None:
    """The full stop that ends an item's name ("Sexton's report. Noted ..."), not an abbreviation's ("Mr. X")."""
    for stop in RUN_IN_STOP.finditer(text, 1):
        word = re.search(r"(\w+)$", text[:stop.start()])
        if word and len(word.group(1)) > 1 and word.group(1) not in _ABBREVIATIONS:
            return stop
    return None


def _bare_item(block: Block) -> str | None:
    """A short line of its own naming an item ("Pledge of Allegiance", "Trustee report:", "Old Business —"):
    its name without the separator after it."""
    text = block.text.strip()
    name = TRAILING_SEPARATOR.sub("", text)
    if len(block.lines) != 1 or re.search(r"\w\.$", text):
        return None  # a sentence ("Next meeting 11 October, 2023."); not "Highway Report- ."
    return name if name and _item_name(name) else None


def _may_run_in(block: Block, margin: float) -> bool:
    """Unnumbered, unbulleted, outside tables, not a label of the front matter, and set at the left margin:
    a line indented under an item ("Tax levy-Resolution 25-006 ...") goes on with that item's sentence."""
    return block.cell is None and not block.first.bullet and numbering_of(block.text) is None \
        and not METADATA_LINE.match(block.text) and abs(block.first.x0 - margin) <= INDENT_STEP / 2


DASH_END = re.compile(r"\w\s*[-–—]+\s*\.?$")  # "Approval of the Minutes-", "Old Business —": its text below


def _writes_run_in_items(blocks: list[Block], margin: float) -> bool:
    """Whether the document writes its items run on into their text: SENTENCE_RUN_IN_MIN_ITEMS paragraphs or
    more open with an item's name, a separator and what happened, or set the name alone on its line closed by
    a dash (a line that ends in a colon may be any label's)."""
    found = 0
    for block in blocks:
        if not _may_run_in(block, margin):
            continue
        parts = _run_in_parts(block.text)
        dashed = len(block.lines) == 1 and DASH_END.search(block.text) and _bare_item(block) is not None
        found += bool(parts and parts[1][:1].isalpha() or dashed)  # what happened, in words (not "Morning: 48")
    return found >= SENTENCE_RUN_IN_MIN_ITEMS


def sentence_run_ins(blocks: list[Block]) -> dict[int, str]:
    """ids of the blocks that head an item run on into its text, in a document that writes its items so
    (_writes_run_in_items) -> the item's name. A short line of its own after the first such item names an item
    too ("Pledge of Allegiance" between "Roll Call: ..." and "Review of minutes; ..."), when text follows it."""
    margin = _left_margin(blocks)
    if not _writes_run_in_items(blocks, margin):
        return {}
    found: dict[int, str] = {}
    for at, block in enumerate(blocks):
        if not _may_run_in(block, margin):
            continue
        parts = _run_in_parts(block.text, stop=True)
        if parts is not None and TRAILING_SEPARATOR.sub("", parts[1]):
            found[id(block)] = parts[0]
        elif (found or DASH_END.search(block.text)) and (name := _bare_item(block)) is not None \
                and at + 1 < len(blocks) and _followed_by_text(blocks[at + 1]):
            found[id(block)] = name
    return found


def _followed_by_text(block: Block) -> bool:
    """What an item's name heads: a paragraph or an item of a list, not a signature's name."""
    return numbering_of(block.text) is not None or block.first.bullet or _holds_running_text(block.text) \
        or block.text.strip()[:1].isdigit()


def split_run_in_items(blocks: list[Block]) -> list[Block]:
    """In a document that writes its items run on into their text, a line that opens such an item after a
    sentence ended ("... yet to be obligated." / "Dam Maintenance Report: Water level down ...", joined over a
    page break) starts a block of its own."""
    if not _writes_run_in_items(blocks, _left_margin(blocks)):
        return blocks
    out: list[Block] = []
    for block in blocks:
        cuts = [at for at in range(1, len(block.lines)) if block.cell is None
                and block.lines[at - 1].text.rstrip().endswith((".", "!", "?"))
                and (parts := _run_in_parts(block.lines[at].text)) is not None and parts[1]]
        for start, end in zip([0, *cuts], [*cuts, len(block.lines)], strict=True):
            out.append(block if not cuts else Block(block.lines[start:end], is_item=block.is_item, depth=block.depth,
                                                    text_size=block.text_size))
    return out
