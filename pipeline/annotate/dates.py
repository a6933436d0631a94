"""Dates: every date a text writes ("12 November 2018", "May 6, 2024", "24 - 25 March 2025",
"2019-03-14", "06/03/2021", "L'an deux mille vingt-quatre, le quatorze mars"), and which of them is the
meeting's own. The month, weekday and number words are data in pipeline/rules/meta.py.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.annotate.common import one_letter_apart, words_re
from pipeline.rules import (
    DAY_LEAD_INS,
    DAY_MONTH_JOINERS,
    MONTH_NAMES,
    MONTH_YEAR_JOINERS,
    NUMBER_WORD_JOINERS,
    NUMBER_WORDS_DATES,
    OCR_ORDINAL_MARKS,
    OTHER_DATE_CUES,
    YEAR_FIRST_LEAD_INS,
)
from pipeline.structure.text import is_approval_note

_MONTH_NUMBER = {name: number for number, names in MONTH_NAMES.items() for name in names}
_MONTH = rf"(?P<month>\b(?:{words_re(_MONTH_NUMBER)})\b)\.?"
# A month before its day, or run into it by OCR, which loses a narrow space ("April8,2002")
_MONTH_BEFORE_DAY = rf"(?P<month>\b(?:{words_re(_MONTH_NUMBER)})(?:\b|(?=\d)))\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"
# "14", "14th", "14 th" (spaced by some producers), "1er", "25." (German), "1º"; read by OCR with the
# ordinal's raised letters as marks: "7*", "5t*", '14"', "2™4", or as the first of them only ("7t")
_OCR_ORDINAL = rf"[a-z]{{0,2}}[{re.escape(OCR_ORDINAL_MARKS)}]{{1,2}}[a-z\d]?(?!\w)|[snrt]\b"
_DAY = rf"(?<![\d.])(?P<day>\d{{1,2}})(?:\s?(?:st|nd|rd|th)\b|er\b|º|°|\.|{_OCR_ORDINAL})?"
_RANGE = r"\s*(?:-|–|—|to|and|&|au|bis|al|a|y|e|et|tot)\s*\d{1,2}(?:\s?(?:st|nd|rd|th)\b|\.)?"
# "14 de março de 2024", "14 dias do mês de março do ano de 2024", "14 del mese di marzo dell'anno 2024"
_DE = rf"(?:\s*,?\s+(?:{words_re(MONTH_YEAR_JOINERS)})\s+|\s*,?\s*)"
_DM = rf"(?:\s+(?:{words_re(DAY_MONTH_JOINERS)}))?"
DATE_PATTERNS = (
    re.compile(rf"{_DAY}(?:{_RANGE})?{_DM}\s*{_MONTH},?{_DE}{_YEAR}", re.I),
    re.compile(rf"{_MONTH_BEFORE_DAY}\s*{_DAY}(?:{_RANGE})?,?\s*{_YEAR}", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(r"(?<![\d.-])(?P<day>\d{1,2})([/.-])(?P<mnum>\d{1,2})\2(?P<year>(?:19|20)\d{2})\b"),
    # a computer's timestamp, the year after the time and its zone: "Fri Sep 15 13:16:05 CEST 2023"
    re.compile(rf"{_MONTH_BEFORE_DAY}\s+{_DAY}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+(?:[A-Z]{{2,5}}\s+)?{_YEAR}", re.I),
)
# A day and a month without a year ("le 14 mars", "14 marzo"): the year comes from elsewhere.
_DAY_MONTH = re.compile(rf"{_DAY}{_DM}\s*{_MONTH}(?!\s*,?\s*(?:de\s+|del\s+)?\d)", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _dates_of(match: re.Match) -> list[dt.date]:
    """The dates a match can mean: one, or two for a numeric day/month that could be either way round."""
    parts = match.groupdict()
    year, day = int(parts["year"]), int(parts["day"])
    if parts.get("month"):
        candidates = [(_MONTH_NUMBER[parts["month"].lower()], day)]
    elif parts.get("mnum") and match.re is not DATE_PATTERNS[2]:
        candidates = [(int(parts["mnum"]), day), (day, int(parts["mnum"]))]  # day first, then month first
    else:
        candidates = [(int(parts["mnum"]), day)]
    dates = []
    for month, day_of_month in candidates:
        try:
            dates.append(dt.date(year, month, day_of_month))
        except ValueError:
            continue
    return dates


# OCR reads a figure of a number as the letter it looks like ("2O24", "3O", "l9"): in a word of two to four
# figures and such letters, with a figure among them, the letters are read as the figures they stand for.
_OCR_NUMBER = re.compile(r"(?<![\w.])(?=[\dOoIl]*\d)[\dOoIl]{2,4}(?!\w)")
_OCR_FIGURES = str.maketrans("OoIl", "0011")


def ocr_figures(text: str) -> str:
    """`text` with the letters OCR read for figures in numbers put back as figures (as long as it was)."""
    return _OCR_NUMBER.sub(lambda match: match.group(0).translate(_OCR_FIGURES), text)


# OCR misreads a letter of a long month's name ("3rd Sentember 2019"): a word of letters as long as one of the month
# names of at least OCR_MONTH_MIN_LETTERS, one letter apart from it (and from no other), between a day and a year or
# before a day and a year, is that month.
OCR_MONTH_MIN_LETTERS = 6
_LONG_MONTHS = [name for name in _MONTH_NUMBER if len(name) >= OCR_MONTH_MIN_LETTERS and name.isalpha()]
_MONTH_SLOT = re.compile(r"(?<=\d)(?P<gap>\S{0,3}\s+)(?P<word>[^\W\d_]{6,})(?=\s*,?\s*(?:19|20)\d{2}\b)"
                         r"|(?<![\w])(?P<first>[^\W\d_]{6,})(?=\s+\d{1,2}\S{0,3},?\s+(?:19|20)\d{2}\b)")


def _month_misread(word: str) -> str | None:
    """The month name `word` is one letter off from (the only one), in `word`'s case; None if none or a month."""
    lower = word.lower()
    if lower in _MONTH_NUMBER:
        return None
    near = [name for name in _LONG_MONTHS if len(name) == len(lower) and one_letter_apart(name, lower)]
    if len(near) != 1:
        return None
    return near[0].capitalize() if word[:1].isupper() else near[0]


def ocr_months(text: str) -> str:
    """`text` with a month's name OCR misread by one letter, between a day and a year, put right (as long as it was)."""

    def mend(match: re.Match) -> str:
        word = match.group("word") or match.group("first")
        month = _month_misread(word)
        if month is None:
            return match.group(0)
        return match.group(0).replace(word, month.upper() if word.isupper() else month)

    return _MONTH_SLOT.sub(mend, text)


def ocr_mended(text: str) -> str:
    """`text` as dates are read in it: figures OCR read as letters and months' names it misread by a letter put right
    (ocr_figures, ocr_months; as long as it was, so a date found in it is where it is in `text`)."""
    return ocr_months(ocr_figures(text))


def dates_in(text: str, context: str = "") -> list[tuple[int, dt.date]]:
    """Every date written in `text` with where it starts, in reading order. A numeric date is read
    day first ("06/03/2021" is 6 March), unless a weekday named in the text or its `context` fits
    only month first. Figures OCR read as letters ("June 3O, 2OO2") are read as figures, a month's name
    misread by a letter ("Sentember") as the month."""
    text = ocr_mended(text)
    found: list[tuple[int, int, dt.date]] = []
    weekdays = set(re.findall(r"[a-z]+", f"{text} {context}".lower())) & set(_WEEKDAYS)
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(start <= match.start() < end or match.start() <= start < match.end() for start, end, _ in found):
                continue
            dates = _dates_of(match)
            if dates:
                fitting = [d for d in dates if _WEEKDAYS[d.weekday()] in weekdays]
                found.append((match.start(), match.end(), (fitting or dates)[0]))
    return [(start, date) for start, _, date in sorted(found, key=lambda f: f[0])]


def parse_date(text: str, context: str = "") -> dt.date | None:
    """The first date written in `text` (see dates_in)."""
    found = dates_in(text, context)
    return found[0][1] if found else None


# A day and month in figures without a year ("15.6." in "tiistaina 15.6. klo 12"): not a list's number or a time.
_NUMERIC_DAY_MONTH = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?![\d])")


def _yearless_date(text: str, year: int) -> dt.date | None:
    match = _DAY_MONTH.search(text)
    if not match:
        return None
    try:
        return dt.date(year, _MONTH_NUMBER[match.group("month").lower()], int(match.group("day")))
    except ValueError:
        return None


_NUMBER_WORD_PREFIXES = sorted(NUMBER_WORDS_DATES, key=len, reverse=True)
_WORDS_DATE = re.compile(
    rf"\b(?P<dayw>[a-zà-ÿ-]+(?:\s+(?:y|e|et)\s+[a-zà-ÿ]+)?)\s+(?:d[ií]as?\s+|giorni\s+)?(?:del?\s+|do\s+|di\s+|du\s+)?"
    rf"(?:mes\s+de\s+|mês\s+de\s+|mese\s+di\s+|mois\s+de\s+)?{_MONTH}\s+(?:de\s+|del\s+|di\s+|do\s+)?"
    rf"(?:año\s+|ano\s+|anno\s+)?(?:de\s+)?(?P<yearw>[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+){{0,6}})", re.I)
# "L'an deux mille vingt-quatre, le quatorze mars", "L'anno duemilaventiquattro, il giorno quattordici del mese
# di marzo": the year first, in words or figures, then the day and the month.
_YEAR_FIRST = re.compile(rf"(?<![\w'’])(?:{words_re(YEAR_FIRST_LEAD_INS)})\s+(?P<rest>[^\n]{{3,160}})", re.I)
_DAY_AFTER_YEAR = re.compile(
    rf"^\s*,?\s*(?:(?:{words_re(DAY_LEAD_INS)})\s+)?(?P<day>\d{{1,2}}|[a-zà-ÿ-]+(?:\s+(?:e|y|et)\s+[a-zà-ÿ]+)?)"
    rf"(?:º|°|er)?(?:\s+(?:dias?|días?|giorni))?{_DM}\s+{_MONTH}", re.I)


def words_number(words: str) -> int | None:
    """ "dos mil veinte" -> 2020, "duemilaventiquattro" -> 2024, "vinte e um" -> 21; None if not all number words."""
    compact = "".join(w for w in words.lower().replace("-", " ").split() if w not in NUMBER_WORD_JOINERS)
    total, current = 0, 0
    while compact:
        word = next((w for w in _NUMBER_WORD_PREFIXES if compact.startswith(w)), None)
        if word is None:
            return None
        value = NUMBER_WORDS_DATES[word]
        if value == 1000:
            total, current = total + (current or 1) * 1000, 0
        else:
            current += value
        compact = compact[len(word):]
    return total + current


def _number(words: str) -> int | None:
    return int(words) if words.isdigit() else words_number(words)


def _year_first_date(text: str) -> dt.date | None:
    """ "L'an deux mille vingt-quatre, le quatorze mars": the year's words are read up to where a day and
    a month follow."""
    for match in _YEAR_FIRST.finditer(text):
        rest = match.group("rest")
        words = list(re.finditer(r"[\wà-ÿ-]+", rest))
        for k in range(1, min(len(words), 7) + 1):
            year = _number(rest[: words[k - 1].end()].strip())
            after = _DAY_AFTER_YEAR.match(rest[words[k - 1].end():])
            day = _number(after.group("day")) if after else None
            if year and 1900 < year < 2100 and day:
                try:
                    return dt.date(year, _MONTH_NUMBER[after.group("month").lower()], day)
                except ValueError:
                    break
    return None


def words_date(text: str) -> dt.date | None:
    """A date written in words, as formal minutes in Spanish, Portuguese, Italian and French do."""
    found = _day_first_words_date(text)
    return found or _year_first_date(text)


def _day_first_words_date(text: str) -> dt.date | None:
    for match in _WORDS_DATE.finditer(text):
        day = words_number(match.group("dayw"))
        words = match.group("yearw").split()
        year = next((n for k in range(len(words), 0, -1) if (n := words_number(" ".join(words[:k]))) is not None
                     and 1900 < n < 2100), None)
        if day and year:
            try:
                return dt.date(year, _MONTH_NUMBER[match.group("month").lower()], day)
            except ValueError:
                continue
    return None


_OTHER_DATE_CUE = re.compile(rf"\b(?:{words_re(OTHER_DATE_CUES)})\b[^\n]{{0,25}}$", re.I)


def _meeting_dates(text: str) -> list[dt.date]:
    """The dates of `text` not introduced as an approval, a signature or another meeting's date, nor on a note of
    the minutes' approval."""
    return [date for start, date in dates_in(text) if not _OTHER_DATE_CUE.search(text[max(0, start - 40):start])
            and not is_approval_note(text[text.rfind("\n", 0, start) + 1:start])]


# "26.11.25", "26/11/25": a numeric date with a two-figure year, read only where a date is expected (a title,
# a "Date:" line): in running text such figures are as often a reference or a score.
_SHORT_YEAR_DATE = re.compile(r"(?<![\d./-])(?P<day>\d{1,2})([./-])(?P<mnum>\d{1,2})\2(?P<year>\d{2})(?![\d./-]*\d)")
SHORT_YEAR_PIVOT = 70  # "25" is 2025, "98" 1998


def _short_year_date(text: str) -> dt.date | None:
    """The first numeric date with a two-figure year in `text`, day first unless only month first fits."""
    for match in _SHORT_YEAR_DATE.finditer(text):
        short = int(match.group("year"))
        year = 2000 + short if short < SHORT_YEAR_PIVOT else 1900 + short
        first, second = int(match.group("day")), int(match.group("mnum"))
        for month, day in ((second, first), (first, second)):
            try:
                return dt.date(year, month, day)
            except ValueError:
                continue
    return None


def _meeting_date(title: str | None, head_labels: dict[str, str], head_text: str, all_text: str) -> dt.date | None:
    """The meeting's own date: a "Date:" line, else the title's, else the first date of the first
    lines that is not an approval, a signature or another meeting's, else one written in words there,
    else the first of the whole text; a day and month written without a year take the year of the
    first lines."""
    for text in (head_labels.get("date", ""), title or ""):
        found = parse_date(text, head_text) or _short_year_date(text)
        if found:
            return found
    found = _meeting_dates(head_text) or [d for d in [words_date(head_text)] if d]
    if found:
        return found[0]
    found = _meeting_dates(all_text)
    day_month = _NUMERIC_DAY_MONTH.search(head_text)  # "tiistaina 15.6. klo 12", the year given further on
    if day_month:
        day, month = int(day_month.group("day")), int(day_month.group("mnum"))
        found = [d for d in found if (d.day, d.month) == (day, month)] or found
    if found:
        return found[0]
    year = re.search(r"\b(?:19|20)\d{2}\b", head_text)
    return _yearless_date(head_text, int(year.group(0))) if year else None
