"""Text helpers and the patterns that more than one structure step reads: numbering, labels,
times, metadata lines, capitals, prose."""

from __future__ import annotations

import re

from pipeline.numerals import numbering_of, roman_value
from pipeline.rules import (
    AGENDA_ITEM_LABELS,
    AGENDA_TOPIC_LABELS,
    AGENDA_TOPIC_TAIL_LABELS,
    APPROVAL_NOTE_JOINERS,
    APPROVAL_NOTE_WORDS,
    DATE_LINE_WORDS,
    FORM_REFERENCE_NUMBER_SIGNS,
    FORM_REFERENCE_WORDS,
    HEADING_LABELS,
    HEADING_TAIL_STOPWORDS,
    HONORIFICS,
    HYPHEN_COMPOUND_PREFIXES,
    MAX_HEADING_WORDS,
    METADATA_LABELS,
    SCRIPT_LETTERS,
    SUSPENDED_HYPHEN_JOINERS,
)
from pipeline.rules.patterns import words_re

_SUSPENDED_HYPHEN_JOINER = re.compile(rf"(?:{words_re(SUSPENDED_HYPHEN_JOINERS)})\b", re.I)
_HYPHEN_COMPOUND_PREFIXES = frozenset(HYPHEN_COMPOUND_PREFIXES)
_APPROVAL_NOTE = re.compile(
    rf"^\W*(?:{words_re(APPROVAL_NOTE_WORDS)})\s*(?::|\s(?:{words_re(APPROVAL_NOTE_JOINERS)})\b)", re.I)


def is_approval_note(line: str) -> bool:
    """A note of the minutes' approval set over them ("Approved by the Board on April 16, 2015"): no title, and its
    date is not the meeting's (APPROVAL_NOTE_WORDS)."""
    return bool(_APPROVAL_NOTE.match(line))


DEFAULT_LARGER_FONT = 0.6  # points above the body size that make text "larger"
FULL_LINE_SLACK = 5.0  # font sizes: a line ending this close to the right edge was filled (wrapped)
FULL_LINE_WORDS = 8  # ... and holds at least this many words

_HONORIFIC_RE = "|".join(re.escape(h.rstrip(".")) for h in HONORIFICS)
# "Mr. Smith", also in capitals ("DR. ALFONSO PEREZ", a signature block)
STARTS_WITH_HONORIFIC = re.compile(rf"^(?i:{_HONORIFIC_RE})\.?\s+[A-Z]")
LABEL = re.compile(rf"^(?P<label>{'|'.join(HEADING_LABELS)})\s+(?P<num>[0-9A-Za-z]{{1,3}})\s*[:.)\-–—]", re.I)
AGENDA_ITEM_LABEL = re.compile(
    rf"^(?:(?:{'|'.join(AGENDA_ITEM_LABELS)})\s+\d{{1,2}}[a-z]?\s*[:.)\-–—]|(?-i:TOP)\s+\d{{1,2}}[a-z]?\b)\s*\S",
    re.I)
_TOPIC_LABELS = "|".join(re.escape(w) for w in sorted(AGENDA_TOPIC_LABELS, key=len, reverse=True))
_SPACED_TOPIC_LABELS = "|".join(re.escape(w) for w in sorted(AGENDA_TOPIC_LABELS, key=len, reverse=True) if " " in w)
_TOPIC_TAILS = "|".join(re.escape(w) for w in sorted(AGENDA_TOPIC_TAIL_LABELS, key=len, reverse=True))
# "Agenda item: Senior Leadership Team Presenter: Helen Brown", "Agenda Item Fundraising Presenter: Everyone":
# an unnumbered item's topic after its label, up to the label of who gives it
LABELLED_TOPIC = re.compile(rf"^(?:(?:{_TOPIC_LABELS})\s*:|(?:{_SPACED_TOPIC_LABELS})(?=\s+(?-i:[A-Z])))\s*"
                            rf"(?P<topic>\S.*?)(?:\s+(?:{_TOPIC_TAILS})\s*:.*)?$", re.I)
LEADING_CAPITALS = re.compile(r"^[\d.)\s]*[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]*)+\b")
URL = re.compile(r"https?://|www\.", re.I)  # a heading never holds a web address
METADATA_LINE = re.compile(rf"^(?:{'|'.join(METADATA_LABELS)})\s*:", re.I)
_DATE_WORDS = "|".join(re.escape(w) for w in DATE_LINE_WORDS)
ABBREVIATION_END = re.compile(r"\b\w+\.\w+\.$")  # "... Gütersloh e.V.", "... U.K.": not a sentence's end
ROMAN_I = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}
# "Tuesday, October 22, 2024", "January 27, 2020, 7:00 p.m. ...", "5th September 2024", "le 14 mars 2024";
# "TUESDAY. OCTOBER 22. 2024": OCR reads the commas of a scan as full stops
DATE_LINE = re.compile(
    rf"^(?:(?:le|am|el|il|op)\s+)?(?:(?:{_DATE_WORDS})[,.;]?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th|\.)?)?\s+(?:de\s+)?)?"
    rf"(?:{_DATE_WORDS})\b[\s,.]*(?:de\s+)?\d", re.I)


def join_lines(texts: list[str]) -> str:
    """Join wrapped lines; a line that ends in a hyphen joins the next without a space: a word broken at the end of
    a line is one word again ("nomine-" / "ringar"), a compound of names keeps its hyphen ("Chrześcijańsko-" /
    "Patriotycznego"), and so does a compound's first half (_broken_word); a compound's first half whose second half
    comes after the next word stays apart (SUSPENDED_HYPHEN_JOINERS: "Schützen-" / "und Bürgerverein")."""
    out = ""
    for text in texts:
        if not out:
            out = text
        elif out.endswith("-") and out[-2:-1].isalpha() and text[:1].isalpha():
            if _SUSPENDED_HYPHEN_JOINER.match(text):
                out += " " + text  # "Schützen- und Bürgerverein"
            else:
                out = out[:-1] + text if _broken_word(out, text) else out + text
        else:
            out += " " + text
    return out


def _broken_word(line: str, next_line: str) -> bool:
    """Whether the hyphen ending `line` broke a word (dropped when the lines join), not a compound's (kept): the next
    line goes on in small letters, after no first half written with its hyphen (HYPHEN_COMPOUND_PREFIXES, an
    abbreviation in capitals)."""
    first_half = line[:-1].split()[-1].split("-")[-1] if line[:-1].split() else ""
    return next_line[:1].islower() and first_half.lower() not in _HYPHEN_COMPOUND_PREFIXES and not first_half.isupper()


# A capital letter numbering an item ("J. ADJOURNMENT"); numbering_of reads only A-H as letters (a lone
# "I.", "V.", "X." is roman, "J. Smith" an initial), the outline tells the rest (outline_letters).
CAPITAL_ITEM = re.compile(r"^\s*(?P<num>[A-Z])[.)](?=\s)")
# "a. Bid No. 12-108", "Contract No. C-6216": an item opening with the number of what it acts on
REFERENCE_ITEM = re.compile(
    rf"^\s*(?:\(?\w{{1,3}}[.)]\s+)?(?:{'|'.join(map(re.escape, FORM_REFERENCE_WORDS))})\s+"
    rf"(?:{'|'.join(FORM_REFERENCE_NUMBER_SIGNS)})\s*[\w/-]*\d[\w/-]*", re.I)
_NAME_STOP = re.compile(r"\.\s+")


def item_name(text: str) -> str:
    """An agenda item that opens with the number of the bid, contract or resolution it acts on, named
    by its first sentence ("Bid No. 12-108, Purchase of Dual Purpose Bond Paper."); the bidders and
    payment terms after it describe it. The full stop OCR read for the comma after the number ("Bid No.
    23-104. Marquees.") ends nothing. Any other text comes back whole."""
    reference = REFERENCE_ITEM.match(text)
    if reference is None:
        return text
    for stop in _NAME_STOP.finditer(text, reference.end() + 1):
        word = re.search(r"(\w+)$", text[:stop.start()])
        if word and (len(word.group(1)) > 4 or word.group(1)[:1].isdigit()):
            return text[:stop.start() + 1]
    return text


def outline_letters(texts: list[str]) -> dict[int, str]:
    """Which of these texts (indices, in reading order) are numbered by a capital letter that
    numbering_of takes for roman or for no numbering: "I. ADJOURNMENT" after "A."..."E." under
    "I. OPEN SESSION" is letter I (roman I came already; II would come next), "J."/"N." after "F."/"C."
    continue the letters. A capital is a letter when letters before it came lower in the alphabet,
    and it is not the roman number next due. A roman number resets the letters (II's items start at A)."""
    letters: dict[int, str] = {}
    last_roman, last_letter = 0, 0
    for at, text in enumerate(texts):
        numbering = numbering_of(text)
        capital = CAPITAL_ITEM.match(text)
        if numbering and numbering[0] == "roman" and not (capital and numbering[1] == capital.group("num")):
            last_roman, last_letter = roman_value(numbering[1]) or last_roman, 0
            continue
        if not capital:
            continue
        letter = capital.group("num")
        value = ord(letter) - ord("A") + 1
        as_roman = roman_value(letter) if numbering and numbering[0] == "roman" else None
        # past roman II, a lone "I." is a letter only right after "H.": else it is more likely
        # "III." whose strokes the scan lost, after "II." and its items
        misread = as_roman is not None and last_roman >= 2 and last_letter != value - 1
        if as_roman is not None and (as_roman == last_roman + 1 or not 0 < last_letter < value or misread):
            last_roman, last_letter = last_roman + 1 if misread else as_roman, 0
        elif numbering and numbering[0] == "upper":
            last_letter = value
        elif 0 < last_letter < value:
            letters[at] = letter
            last_letter = value
    return letters


TITLE_MIN_WORDS = 3  # words of content (not "of", "the") a title needs to be told by its capitals
_FUNCTION_WORDS = frozenset(HEADING_TAIL_STOPWORDS)


def is_title_cased(text: str) -> bool:
    """Every word of content capitalised (or a figure), past the item's number: the title of an agenda
    item ("Adoption of the 2002-2003 District Budget.", "Resolution in the Matter of the Reduction
    of Classified Services"), not a sentence, whose verbs and nouns are in lower case."""
    # an asterisk marks an item taken on consent ("A. *Report from the Library Director ...")
    words = [word.strip("()[]\"'“”‘’.,;:*") for word in text.split()[1 if numbering_of(text) else 0:]]
    content = [word for word in words if any(c.isalnum() for c in word) and word.casefold() not in _FUNCTION_WORDS]
    # (a dash or "&" between the words is no word)
    return len(content) >= TITLE_MIN_WORDS and all(word[0].isupper() or word[0].isdigit() for word in content)


def _mostly_caps(text: str) -> bool:
    """Upper case throughout, or opening with upper-case words ("4. APPROVAL OF MINUTES from ...")."""
    letters = [c for c in text if c.isalpha() and c.isascii()]
    if len(letters) < 6:
        return False
    return sum(c.isupper() for c in letters) >= 0.6 * len(letters) or bool(LEADING_CAPITALS.match(text))


def _caps_words(text: str) -> bool:
    """Words in capitals ("NOTES"), not a code of letters and figures ("HR-02-65")."""
    chars = [c for c in text if not c.isspace()]
    return is_all_caps(text) and sum(c.isalpha() for c in chars) >= 0.6 * len(chars)


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters if c.isascii())


def _open_bracket(text: str) -> bool:
    return text.count("(") > text.count(")")


_HAN = re.compile(f"[{SCRIPT_LETTERS['japanese']}]")  # Chinese characters and the kana


def word_count(text: str) -> int:
    """The words of `text`; Chinese and Japanese, written without spaces, at two characters a word ("報告事項": 2)."""
    return sum(max(1, (len(_HAN.findall(token)) + 1) // 2) for token in text.split())


def _looks_like_prose(text: str, larger: bool = False) -> bool:
    """Too long for a heading, or a sentence; a line set larger than the text may end in a full stop."""
    words = word_count(text)
    if larger or ABBREVIATION_END.search(text):
        return words > MAX_HEADING_WORDS
    return words > MAX_HEADING_WORDS or (text.endswith((".", ",", "。")) and words > 3)
