"""How minutes number their items and headings: the numbering a text starts with ("2.1", "b)",
"IV."), roman numerals, and a time of day opening a line. Read by structure/ and by ocr/layout.py
(which sizes numbered lines together), so kept below both."""

from __future__ import annotations

import re

from pipeline.rules import HEADING_NUMBERING, POST_WORDS, TIME_RANGE
from pipeline.rules.patterns import words_re

NUMBERING = [(scheme, re.compile(rf"^\s*{pattern}")) for scheme, pattern in HEADING_NUMBERING]
TIME_PREFIX = re.compile(rf"^\s*\(?{TIME_RANGE}\)?")
TIME_OF_DAY = re.compile(r"^\s*\(?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)\)?\s*", re.I)

ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# The numerals written for a number, largest first (up to the 39 an outline may reach).
_WRITTEN = (("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def roman_value(numeral: str) -> int | None:
    """The value of a roman numeral ("IV" -> 4); None if it is not one."""
    values = [ROMAN_VALUES.get(char) for char in numeral.upper()]
    if not values or None in values:
        return None
    total = 0
    for value, after in zip(values, values[1:] + [0], strict=True):
        total += -value if value < after else value
    return total


CJK_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cjk_value(numeral: str) -> int | None:
    """The value of a Chinese numeral up to 99 ("十一" -> 11, "二十" -> 20); None if it is not one."""
    if not numeral or any(char not in CJK_DIGITS and char != "十" for char in numeral):
        return None
    if "十" not in numeral:
        return CJK_DIGITS[numeral] if len(numeral) == 1 else None
    tens, _, units = numeral.partition("十")
    if len(tens) > 1 or len(units) > 1:
        return None
    return (CJK_DIGITS[tens] if tens else 1) * 10 + (CJK_DIGITS[units] if units else 0)


def roman(number: int) -> str:
    """A number as a roman numeral (4 -> "IV")."""
    numeral = ""
    for letters, value in _WRITTEN:
        while number >= value:
            numeral, number = numeral + letters, number - value
    return numeral


# "C. Rizzuto, R. Savage, G. Thompson", "A. Dowiat Vine, Director of Planning": a list of initials and surnames, or
# one with the person's post, the first initial no item's letter.
_INITIALLED_NAMES = re.compile(rf"^\s*[A-Z]\.\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s*"
                               rf"(?:[A-Z]\.\s*[A-Z][\w'’-]+|(?i:{words_re(POST_WORDS)})\b)")


def numbering_of(text: str) -> tuple[str, str] | None:
    """The numbering scheme and number a text starts with ("decimal", "2.1"), if any."""
    if _INITIALLED_NAMES.match(text):
        return None
    for scheme, pattern in NUMBERING:
        match = pattern.match(text)
        if match:
            return scheme, match.group("num")
    return None


def without_numbering(text: str) -> str:
    """The text after the numbering it starts with ("§1 Til stede:" -> "Til stede:"); the text itself if none."""
    if numbering_of(text) is None:
        return text
    match = next(found for _, pattern in NUMBERING if (found := pattern.match(text)))
    return text[match.end():].strip()
