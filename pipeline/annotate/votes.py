"""Votes: the outcome a result line gives and its tally.

"Carried", "Motion defeated" (`outcome_of`); "Ayes: 5, Noes: 2", "For 11 Against 6 abstain 4",
"[4-2-1-1]", "9 Ja-Stimmen, keine Nein-Stimme und 2 Enthaltungen", a roll call that names the voters
("Ayes: Torres, Chen, Walsh. Nays: None.") (`vote_counts`); a decision's words without its tally
(`_strip_counts`); where a motion's text ends (`_TEXT_END`). The words are data in
pipeline/rules/motions.py and pipeline/rules/counts.py; pipeline/annotate/motions.py reads the motions
and settles each with what these find.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.annotate.common import words_re
from pipeline.rules import (
    ARTICLES_BEFORE_ADJECTIVES,
    COUNT_CONNECTORS,
    COUNT_FOR_AFTER_OUTCOME_WORDS,
    MOTION_OUTCOME_WORDS,
    NOT_OUTCOME_AFTER,
    NUMBER_WORDS,
    POLL_ANSWER_WORDS,
    PROPOSED_OUTCOME_BEFORE,
    RESULT_LEAD_LABELS,
    TALLY_AFTER_OUTCOME_WORDS,
    TEXT_END,
    VOTE_COUNT_FILLERS,
    VOTE_COUNT_WORDS,
    VOTE_MANNERS,
    VOTE_ROW_LABELS,
    VOTE_TOTAL_WORDS,
    WEAK_OUTCOME_WORDS,
    ZERO_COUNT_WORDS,
)

_ALL_OUTCOMES = {w: key for key, words in MOTION_OUTCOME_WORDS.items() for w in words}
# (but "carried on a show of hands": how it was carried)
_OUTCOME = re.compile(rf"(?<![\w'’-])(?:{words_re(_ALL_OUTCOMES)})(?![\w'’-])"
                      rf"(?!\s+(?:{words_re(NOT_OUTCOME_AFTER)})\b(?!\s+(?:{words_re(VOTE_MANNERS)})\b))", re.I)
_WEAK = {w.lower() for w in WEAK_OUTCOME_WORDS}
_ARTICLE_BEFORE = re.compile(rf"(?<![\w'’-])(?:{words_re(ARTICLES_BEFORE_ADJECTIVES)})\s+$", re.I)
_PROPOSED_BEFORE = re.compile(rf"(?<![\w'’-])(?:{words_re(PROPOSED_OUTCOME_BEFORE)})\s+$", re.I)
# "this does not include Fell Lane": an outcome word written with a capital inside a sentence, before another
# capitalised word, is part of a name (a result is written in small letters there, or in capitals: "duly CARRIED")
_IN_A_NAME = re.compile(r"\s(?-i:[A-ZÀ-Þ][a-zà-ÿ]+)\s+(?-i:[A-ZÀ-Þ][a-zà-ÿ])")
_TEXT_END = [re.compile(p.format(outcomes=words_re(_ALL_OUTCOMES)), re.I) for p in TEXT_END]
_NUMBER = "|".join([r"\d{1,4}", words_re(ZERO_COUNT_WORDS), words_re(NUMBER_WORDS)])
# "Approved (4)": a lone count in brackets after the outcome, the votes for it
_COUNT_FOR_IN_BRACKETS = re.compile(rf"\b(?:{words_re(COUNT_FOR_AFTER_OUTCOME_WORDS)})\s*\(\s*(?P<n>\d{{1,3}})\s*\)",
                                    re.I)
# "carried by eighteen votes to two", "adoptée par 15 voix contre 2"
_NUMBER_OR_WORD = "|".join([r"\d{1,3}", words_re(NUMBER_WORDS)])
_COUNT_WORD = {w: kind for kind, words in VOTE_COUNT_WORDS.items() for w in words}
# Words that are votes only beside another kind of count ("for 3 years" is not a vote).
_AMBIGUOUS_COUNT_WORDS = {"for", "för", "no", "non", "voor", "si", "sí", "pour", "oui", "contra", "yes", "ja", "tegen"}
# "2 abstentions = 17 votes": a number after "=" that counts votes is the sum of the counts before it
_SUM_AFTER = rf"=\s*\d{{1,4}}\s+(?:{words_re(VOTE_COUNT_FILLERS + VOTE_TOTAL_WORDS)})\b"
_COUNT_AFTER = re.compile(  # (a dash too: "Yes-4 No-0", as a secretary's shorthand writes it)
    rf"(?<![\w-])(?P<w>{words_re(_COUNT_WORD)})\s*(?!{_SUM_AFTER})[:=–-]?\s*(?P<n>{_NUMBER})(?![\w-])", re.I)
_COUNT_BEFORE = re.compile(
    rf"(?<![\w-])(?P<n>{_NUMBER})\s*(?:(?:{words_re(VOTE_COUNT_FILLERS)})\s+)?"
    rf"(?P<w>{words_re(_COUNT_WORD)})(?![\w])", re.I)
# "with Alison abstaining", "with Jo Smith and Sam abstaining": those who abstained, by name
_NAMED_ABSTAINING = re.compile(r"\bwith\s+(?P<names>(?-i:[A-Z])[a-z'’-]+(?:\s+(?-i:[A-Z])[a-z'’-]+)?"
                               r"(?:(?:\s*,\s*|\s+and\s+)(?-i:[A-Z])[a-z'’-]+(?:\s+(?-i:[A-Z])[a-z'’-]+)?)*)"
                               r"\s+abstaining\b", re.I)
_VOTES_FILLER = re.compile(rf"\s(?:{words_re(VOTE_COUNT_FILLERS)})\s", re.I)
_DASHED_TALLY = re.compile(r"[\[(]\s*(\d{1,3})\s*[-–—]\s*(\d{1,3})(?:\s*[-–—]\s*(\d{1,3}))?"
                           r"(?:\s*[-–—]\s*\d{1,3})?\s*[\])]"
                           r"|\b(?:vote\s*(?:of|was|:)|voted)\s*(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})(?:\s*(?:-|–)\s*(\d{1,3}))?"
                           rf"|\b(?:{words_re(TALLY_AFTER_OUTCOME_WORDS)})\s*,?\s*(\d{{1,3}})\s*[-–]\s*"
                           r"(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?"
                           # "Passed 5/0", "Carried 3/1/1" (not a date: "approved 6/12/19", against and abstaining
                           # counted in one figure)
                           rf"|\b(?:{words_re(TALLY_AFTER_OUTCOME_WORDS)})\s*,?\s*(\d{{1,2}})\s*/\s*(\d)"
                           r"(?:\s*/\s*(\d))?(?![/\d])"
                           r"|\b(\d{1,3})\s*:\s*(\d{1,3})(?:\s*:\s*(\d{1,3}))?\s*(?:stimmen|votes|voix|votos|voti|stemmen)"
                           r"|\b(\d{1,3})\s+votes?\s+to\s+(\d{1,3})()"
                           r"|\b(\d{1,3})\s*[-–]\s*(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?\s+(?:vote|decision)\b", re.I)
# "carried by eighteen votes to two, with one abstention", "adoptée par 15 voix contre 2": read beside other counts
_VOTES_TO = re.compile(rf"\b(?P<for>{_NUMBER_OR_WORD})\s+(?:votes?|voix|votos|voti|stimmen)\s+"
                       rf"(?:to|contre|contra|gegen)\s+(?P<against>{_NUMBER_OR_WORD})\b"
                       # not a count of its own after "contre" ("2 votes contre 1 abstention 9 votes pour")
                       rf"(?!\s+(?:{words_re(VOTE_COUNT_FILLERS)}|{words_re(_COUNT_WORD)})\b)", re.I)
# "mit 5 zu 1 Stimmen angenommen", "carried by 12 to 3 votes", "adoptée par 15 contre 2 voix": the two counts first
_TO_VOTES = re.compile(rf"\b(?P<for>{_NUMBER_OR_WORD})\s+(?:to|zu|gegen|contre|contra|a|à|tegen)\s+"
                       rf"(?P<against>{_NUMBER_OR_WORD})\s+(?:votes|stimmen|voix|votos|voti|stemmen)\b", re.I)
# "For | Against 9 Abstain 9": a bar between a count's word and the next is a "1" OCR read as a bar
_BAR_FOR_ONE = re.compile(rf"(?<![\w-])(?P<w>{words_re(_COUNT_WORD)})\s+[|]\s+(?=(?:{words_re(_COUNT_WORD)})\b)", re.I)
_VOTE_FIELDS = {"for": "votes_for", "against": "votes_against", "abstain": "votes_abstain"}
# A roll-call vote names the voters instead of counting them: "Ayes: Torres, Chen, Walsh. Nays: None.", "Ayes -
# Trustees DuRocher, Lezon and Picha Nays - None Absent - Trustee Warren" (a dash apart, OCR's "~" for it, or nothing
# after the side: not "Nein-Stimme"; the names run to the next side, a roll call's other row or the motion's result)
_ROLL_CALL_SIDE_ENDS = words_re((*_COUNT_WORD, *VOTE_ROW_LABELS, "motion", "vote", *_ALL_OUTCOMES))
_ROLL_CALL = re.compile(rf"(?<![\w-])(?P<w>{words_re(_COUNT_WORD)})(?:\s*[:–—~]\s*|\s+-\s+|\s+)"
                        rf"(?P<names>(?-i:[A-ZÀ-Þ])[^.:;\d]*?)(?=\s*(?:[-–—~:]\s*)?(?:\b(?:{_ROLL_CALL_SIDE_ENDS})\b|[.:;\d]|$))",
                        re.I)
_ROLL_CALL_SEPARATOR = re.compile(r"\s*(?:,|;|\band\b|&)\s*", re.I)
# The voters named in brackets after their kind, its count unread ("6 ayes and | nay (Boggess)": OCR read
# the "1" as a bar, or lost it): one per name.
_NAMED_IN_BRACKETS = re.compile(rf"(?<![\w-])(?P<w>{words_re(_COUNT_WORD)})\s*\((?P<names>(?-i:[A-ZÀ-Þ])[^()\d]*)\)",
                                re.I)
# A roll call written voter by voter: "Trustee Elton, yes; Trustee Hodge, yes; Supervisor Most, present", "Smith - aye,
# Jones - nay": a capitalised name of up to four words, then its vote; the rest ("present") counts for no side.
_VOTER_VOTE = re.compile(rf"(?<![\w'’-])(?-i:[A-ZÀ-Þ])[\w.'’-]*(?:\s+[\w.'’-]+){{0,3}}?\s*[,:–—-]\s*"
                         rf"(?P<w>{words_re(_COUNT_WORD)})(?=\s*(?:[;,.]|$))", re.I)
# Voters named one by one make a roll call from two on; one "Thank you, yes." is none. A roll call by sides is a
# record of its own after a lead of at most ROLL_CALL_LEAD_MAX_WORDS ("Roll call vote:").
ROLL_CALL_MIN_VOTERS = 2
ROLL_CALL_LEAD_MAX_WORDS = 3
_PERCENT_OF_VOTE = re.compile(r"\b100\s*%\s*of\s+the\s+votes?\s*\(\s*(\d{1,4})\s+(?:members|votes|people)", re.I)


def outcome_of(text: str, strong_only: bool = False) -> str | None:
    """The last outcome word of `text` as carried/defeated/withdrawn/deferred. A form's printed choice of outcomes
    ("Approved/Defeated", the one that held marked by hand or in bold) tells none."""
    text = _OUTCOME_CHOICE.sub(" ", text)
    found = None
    for match in _OUTCOME.finditer(text):
        if _ARTICLE_BEFORE.search(text, 0, match.start()):
            continue  # "the lost minutes are to be deducted": an adjective, no outcome
        if _PROPOSED_BEFORE.search(text, 0, match.start()):
            continue  # "to move that the minutes be ratified": what is asked, no outcome
        if match.start() > 0 and _IN_A_NAME.match(text, match.start() - 1):
            continue  # "Fell Lane": a name
        word = match.group(0).lower().replace("’", "'")
        if strong_only and word in _WEAK:
            continue
        found = _ALL_OUTCOMES.get(word) or _ALL_OUTCOMES.get(match.group(0).lower())
        found = found or next((v for k, v in _ALL_OUTCOMES.items() if k.lower() == word), None)
    return found


_OUTCOME_CHOICE = re.compile(rf"(?<![\w-])(?:{_OUTCOME.pattern})\s*/\s*(?:{_OUTCOME.pattern})(?![\w-])", _OUTCOME.flags)


def _count_value(text: str) -> int:
    text = text.lower()
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text, 0)


# "Played 8, Won 5, Drew 0, Lost 3, For 22, Against 18, Points 10": a row of a league's table written out, its
# "For" and "Against" goals or points, not votes
_LABELLED_NUMBER = re.compile(r"(?<![\w-])(?P<w>(?-i:[A-ZÀ-Þ])[^\W\d_]+)\s*:?\s*\d{1,4}\s*(?:[,;]|$)")
OTHER_LABELLED_NUMBERS_MAX = 2
_ROW_LABELS = set(VOTE_ROW_LABELS) | set(VOTE_TOTAL_WORDS)


def _is_table_row(text: str) -> bool:
    """More labelled numbers in a row than a vote has beside its counts ("Absent 1"): a table's row in prose."""
    others = [m for m in _LABELLED_NUMBER.finditer(text)
              if m.group("w").lower() not in _COUNT_WORD and m.group("w").lower() not in _ROW_LABELS]
    return len(others) > OTHER_LABELLED_NUMBERS_MAX


def _count_patterns_in_order(text: str) -> tuple[re.Pattern, re.Pattern]:
    """Word then count ("Pour : 10, Contre : 2"), or count then word ("2 abstentions 10 votes pour"): as the text's
    first count is written. (Read the other way, "2 abstentions 10 votes pour" has 10 abstaining.)"""
    after, before = _COUNT_AFTER.search(text), _COUNT_BEFORE.search(text)
    if before and (after is None or before.start() < after.start()):
        return _COUNT_BEFORE, _COUNT_AFTER
    return _COUNT_AFTER, _COUNT_BEFORE


def vote_counts(text: str) -> dict[str, int]:
    """Counts of a vote written in `text`: "Ayes: 5, Noes: 2", "For 11 Against 6 abstain 4", "[4-2-1-1]",
    "9 Ja-Stimmen, keine Nein-Stimme und 2 Enthaltungen", "with two members abstaining"."""
    if _is_table_row(text):
        return {}
    text = _BAR_FOR_ONE.sub(r"\g<w> 1 ", text)
    counts: dict[str, int] = {}
    ambiguous: set[str] = set()
    for pattern in _count_patterns_in_order(text):
        for match in pattern.finditer(text):
            word = match.group("w").lower()
            kind = _COUNT_WORD.get(word)
            if kind is None or kind in counts:
                continue
            counts[kind] = _count_value(match.group("n"))
            if word in _AMBIGUOUS_COUNT_WORDS and not _VOTES_FILLER.search(match.group(0)):
                ambiguous.add(kind)  # ("12 votes pour": a count of votes, whatever "pour" may mean elsewhere)
    if ambiguous and len(counts) < 2:
        counts = {k: v for k, v in counts.items() if k not in ambiguous}
    dashed = _DASHED_TALLY.search(text)
    if dashed and not counts:
        numbers = [g for g in dashed.groups() if g]
        counts = dict(zip(("for", "against", "abstain"), (int(n) for n in numbers), strict=False))
    in_brackets = _COUNT_FOR_IN_BRACKETS.search(text)
    if in_brackets and not counts:
        counts = {"for": int(in_brackets.group("n"))}
    votes_to = _VOTES_TO.search(text) or _TO_VOTES.search(text)
    if votes_to:
        counts.update({kind: _count_value(votes_to.group(kind)) for kind in ("for", "against")})
    if votes_to and counts.get("for", 0) > counts.get("against", 0) and outcome_of(text) == "defeated":
        # "mit 4 zu 2 Stimmen abgelehnt", "defeated by 5 votes to 2": the winners' count first (a board's tally in
        # brackets keeps its order, for before against: "FAILED [4-2-1-1]" wanted a majority of all its members)
        counts["for"], counts["against"] = counts.get("against", 0), counts["for"]
    # the voters named win over a count read off the names' neighbours ("Nays - None Abstain - Trustee Stull": not
    # "None Abstain", no one abstaining)
    counts.update(_roll_call_counts(text))
    percent = _PERCENT_OF_VOTE.search(text)
    if percent and "for" not in counts:
        counts["for"] = int(percent.group(1))
    named = _NAMED_ABSTAINING.search(text)
    if named and "abstain" not in counts:  # "approved unanimously, with Alison abstaining": one each name
        counts["abstain"] = len(re.split(r"\s*,\s*|\s+and\s+", named.group("names")))
    return counts


def _side_key(name: str) -> str:
    """A table's name for a side as the vote words are listed: "Ja:" -> "ja"."""
    return " ".join(name.lower().split()).strip(" :.")


def side_of(name: str) -> str | None:
    """The side of a vote a table's column names ("Ja", "Stimmenthaltung", "Summe"): for/against/abstain/total."""
    key = _side_key(name)
    return _COUNT_WORD.get(key) or ("total" if key in VOTE_TOTAL_WORDS else None)


def _answers_only(names: list[str]) -> bool:
    """The names given the for and against sides are only a poll's answers ("Yes", "No", "Ja", "Nein")."""
    return all(_side_key(name) in POLL_ANSWER_WORDS for name in names)


_NO_COUNT = re.compile(rf"[-–—]+|(?i:{words_re(ZERO_COUNT_WORDS)})")


def vote_rows(rows: list[list[str]]) -> dict[str, int] | None:
    """The counts of a vote set out down a table, a row per side with its count beside it ("Ja | 73", "Nein | 1",
    "Enthaltungen | -"): {side: count}, a side with a dash or nothing beside it 0; None when the table is no such vote
    (a row that is no side, or a poll's "Yes | No" without an abstention)."""
    counts: dict[str, int] = {}
    labels: dict[str, str] = {}
    for row in rows:
        cells = [cell.strip() for cell in row if cell.strip()]
        if not cells:
            continue
        side = side_of(cells[0])
        count = cells[1] if len(cells) == 2 else ""
        if side is None or len(cells) > 2 or count and not (count.isdigit() or _NO_COUNT.fullmatch(count)):
            return None
        counts[side], labels[side] = (int(count) if count.isdigit() else 0), cells[0]
    counts.pop("total", None)
    answers_only = _answers_only([labels[side] for side in ("for", "against") if side in labels])
    if "for" not in counts or len(counts) < 2 or answers_only and "abstain" not in counts:
        return None
    return counts


def vote_columns(header: list[str]) -> dict[int, str]:
    """The columns of a table that are the sides of a vote, {column: "for"/"against"/"abstain"/"total"}, or {} when
    the table is no vote: "Ja | Nein | Enthaltung | Summe", "Kandidat | Dafür | Dagegen | Stimmenthaltung". Columns
    that are only a poll's answers ("Yes | No") make a vote only beside an abstention column."""
    kinds = {column: kind for column, name in enumerate(header) if (kind := side_of(name))}
    sides = {kind for kind in kinds.values() if kind != "total"}
    answers_only = _answers_only([header[c] for c, kind in kinds.items() if kind in ("for", "against")])
    if "abstain" in sides and len(sides) >= 2 or {"for", "against"} <= sides and not answers_only:
        return kinds
    return {}


def _roll_call_counts(text: str) -> dict[str, int]:
    """Counts of a roll-call vote, one per name listed: "Ayes: Torres, Chen, Walsh, Fox. Nays: None", "nay
    (Boggess)", "Trustee Elton, yes; Trustee Hodge, no"."""
    counts: dict[str, int] = {}
    for match in [*_ROLL_CALL.finditer(text), *_NAMED_IN_BRACKETS.finditer(text)]:
        kind = _COUNT_WORD.get(match.group("w").lower())
        if kind is None or match.group("w").lower() in _AMBIGUOUS_COUNT_WORDS:
            continue
        names = [n for n in _ROLL_CALL_SEPARATOR.split(match.group("names").strip()) if n]
        if names and all(n.lower() in ZERO_COUNT_WORDS for n in names):
            counts.setdefault(kind, 0)  # "Nays: None"
        elif names and all(n.lower() not in ZERO_COUNT_WORDS for n in names):
            counts.setdefault(kind, len(names))
    voters = _VOTER_VOTE.findall(text)
    if len(voters) >= ROLL_CALL_MIN_VOTERS:
        by_voter = Counter(_COUNT_WORD[word.lower()] for word in voters)
        for kind in ("for", "against"):  # every voter is named: a side no one took has none
            counts.setdefault(kind, by_voter.pop(kind, 0))
        for kind, count in by_voter.items():
            counts.setdefault(kind, count)
    return counts


_POLL_ANSWERS = set(POLL_ANSWER_WORDS)
_VOTE_WORD = re.compile(r"\bvot", re.I)


def is_answers_tally(text: str) -> bool:
    """Whether the counts of `text` are only a poll's answers ("Yes-4 No-0", "Yes 42, No 3, Partly 17") and it names no
    vote: such a tally settles the motion just put, but on its own it is any question's answers (feedback)."""
    words = [m.group("w").lower() for pattern in (_COUNT_AFTER, _COUNT_BEFORE) for m in pattern.finditer(text)]
    return bool(words) and all(w in _POLL_ANSWERS for w in words) and not _VOTE_WORD.search(text)


def is_voter_roll_call(text: str) -> bool:
    """Whether `text` records a vote voter by voter ("Trustee Elton, yes; Trustee Hodge, yes"), or side by side with
    the voters named after a short lead ("Roll call vote: Ayes - Trustees DuRocher, Lezon and Picha Nays - None"): a
    record of how each voted, which names no motion of its own."""
    if len(_VOTER_VOTE.findall(text)) >= ROLL_CALL_MIN_VOTERS:
        return True
    first = _ROLL_CALL.search(text)
    return first is not None and len(text[:first.start()].split()) <= ROLL_CALL_LEAD_MAX_WORDS \
        and sum(_roll_call_counts(text).values()) >= ROLL_CALL_MIN_VOTERS


def _strip_counts(text: str) -> str:
    """A decision's words without its tally: "The Constitution was ratified, with two members abstaining"."""
    for pattern in _TEXT_END[3:4]:
        text = pattern.split(text)[0]
    if not vote_counts(text):
        return " ".join(text.split()).strip(" ,;:-–")
    several = len(vote_counts(text)) >= 2  # "for 2025" is a count only beside another kind

    def count_out(match: re.Match) -> str:
        word = (match.groupdict().get("w") or "").lower()
        return match.group(0) if word in _AMBIGUOUS_COUNT_WORDS and not several else " § "
    for pattern in (_VOTES_TO, _TO_VOTES, _COUNT_AFTER, _COUNT_BEFORE, _DASHED_TALLY, _COUNT_FOR_IN_BRACKETS):
        text = pattern.sub(count_out, text)
    text = re.sub(rf"(?:\b(?:{words_re(COUNT_CONNECTORS)})\s+)?§"
                  r"(?:\s*[,;]?\s*(?:(?:and|und|et|e|y|en)\s+)?§)*", " ", text)
    text = re.sub(rf"\b(?:{words_re(RESULT_LEAD_LABELS)})\s*:[\s,;.]*$", "", text, flags=re.I)
    text = re.sub(r"\s*\(\s*\)", "", text)  # "approvato con 9 voti favorevoli (e nessuno contrario)": its brackets
    return " ".join(text.split()).strip(" ,;:-–")
