"""Motions, resolutions and votes: what was put to the meeting, who moved and seconded it, the outcome.

Motions are read from the text of every block and heading, whatever the section (a "MOTION BY:" or
"RESULT:" line may be taken for a heading). Sentences are read in order; a motion opens with a mover
form ("Moved by X, seconded by Y, that ..."), a resolution ("RESOLVED that ...") or a pending form
("Vote on ...", kept only when a result follows), and the result lines after it ("Carried",
"For: 71, Against: 9", "RESULT: FAILED [4-2-1-1]", "MOTION BY: X SECOND: Y") settle it. A result
with no open motion is a decision of its own when it is strong ("carried", "unanimously", counts);
a sentence that only mentions a vote makes nothing. Outcome words and tallies are read by
`pipeline.annotate.votes`; `pipeline.annotate.movers` adds the movers and seconders to the people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.annotate.common import clean_text, stamp_piece, words_re
from pipeline.annotate.posts import HONORIFIC_PREFIX
from pipeline.annotate.votes import (
    _ALL_OUTCOMES,
    _OUTCOME,
    _TEXT_END,
    _VOTE_FIELDS,
    _strip_counts,
    is_answers_tally,
    is_voter_roll_call,
    outcome_of,
    vote_counts,
)
from pipeline.rules import (
    AFTER_DISCUSSION,
    ASSEMBLY_DECISION_VERBS,
    ASSEMBLY_SUBJECTS,
    BACK_POINTERS,
    CAMEL_NAME_PREFIXES,
    CONTINUING_WORDS,
    DECIDED_FORM_INDEX,
    DECISION_ALONE_WORDS,
    DECISION_LEAD_WORDS,
    DECISION_PASSIVE_AUXILIARIES,
    ELECTION_WORDS,
    GLUED_WORDS,
    HONORIFICS,
    JOINING_WORDS,
    MOTION_MAKING_VERBS,
    MOTION_NOUNS,
    MOTION_OUTCOME_WORDS,
    MOTION_VERBS,
    MOVED_FORMS,
    MOVER_TITLES,
    MOVERS_ONLY_FORM,
    NEGATION_WORDS,
    NOT_NAME_WORDS,
    ON_MOTION_OF_FORM_INDEX,
    OUTCOME_TAIL_WORDS,
    PARAGRAPH_REFERENCE,
    PASSIVE_FORM_INDEX,
    PENDING_FORMS,
    POINTING_BACK_WORDS,
    POST_MOTION_VERBS,
    PRESENTED_VERBS,
    PROPOSAL_FORM_INDEXES,
    PROPOSAL_REFERENCE_NOUNS,
    PROPOSAL_VERB_MAX_AT,
    RECORD_MOVER_LABELS,
    RECORD_RESULT_LABELS,
    RECORD_SECONDER_LABELS,
    REFERRING_ARTICLES,
    RESOLVED_FORMS,
    RESULT_LEAD_LABELS,
    SECOND_ABBREVIATIONS,
    SELF_EXPLAINING_MOTIONS,
    SENTENCE_ABBREVIATIONS,
    TRIGGER_WORDS,
    VOTE_COUNT_WORDS,
)
from pipeline.structure import Block, Structure, numbering_of
from pipeline.structure.text import METADATA_LINE, join_lines
from schemas import Motion, MotionOutcome

# A decision said in the passive ("wird ... bestimmt", "est désigné"): what was done, not what is proposed.
_DECISION_PASSIVE = re.compile(rf"\b(?:{words_re(DECISION_PASSIVE_AUXILIARIES)})\b", re.I)
MAX_UNITS_OPEN = 6  # a result settles a motion opened at most this many blocks before
MAX_UNITS_POINTED_BACK = 24  # ... or this many when it points back at it ("this change"), the wording set out between
DECIDED_LIST_MAX_ITEMS = 12  # the most list items a decision ending in ":" takes as its words
RESOLVED_TEXT_MIN_WORDS = 8  # what was resolved, shorter than this, is given the whole sentence it was resolved in
SHORT_TEXT_WORDS = 6  # a motion text shorter than this is given its item's heading for context


@dataclass
class MotionDraft:
    """A motion being read: opened by its mover form, settled by the result lines after it; made a `Motion`
    once numbered (the fields below `page` are the reader's own)."""

    text: str
    moved_by: str | None = None
    seconded_by: str | None = None
    outcome: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    section_no: int | None = None
    page: int = 1
    pending: bool = False  # put without a mover: kept only if a result settles it
    has_record: bool = False  # a "RESULT:" / "MOTION BY:" line was read for it
    unit: int = 0  # where it was opened, in units read
    heading: str | None = None  # the item it was put under
    roles: dict[str, str] = field(default_factory=dict)  # mover/seconder -> the title written before the name
    takes_list: bool = False  # its sentence ended with ":" before a list: the items are what was decided
    items_taken: int = 0

    def to_record(self, motion_no: int) -> Motion:
        return Motion(motion_no=motion_no, text=clean_text(self.text) or self.text, moved_by=clean_text(self.moved_by),
                      seconded_by=clean_text(self.seconded_by),
                      outcome=MotionOutcome(self.outcome) if self.outcome else None, votes_for=self.votes_for,
                      votes_against=self.votes_against, votes_abstain=self.votes_abstain,
                      section_no=self.section_no, page=self.page)


@dataclass
class _Unit:
    text: str
    section_no: int | None
    page: int
    is_heading: bool
    heading: str | None = None  # the heading's own text, when a block was joined to it
    is_item: bool = False  # a list item


# -- compiled rules ---------------------------------------------------------------------------------

_NAME_WORD = r"(?-i:[A-ZÀ-Þ])[\w'’.-]*"  # capitalised even where the form ignores case
_PARTICLE = r"(?:de|van|von|da|di|del|le|la|der|den|dos|das)"
# Particles that may open a surname written alone ("de Beck", "van Dijk"); not the articles of Romance
# languages ("la", "le"), which stand before a post ("secondée par la Secrétaire").
_LEADING_PARTICLE = r"(?:de|van|von|der|den|di|da)"
# A record's next label is not part of the name before it: "MOTION BY: Mashack SECOND: Brown"; nor is the record's
# result line after it, nor a motion's noun ("SECONDED BY: R. Cinelli / MOTION CARRIED.").
_NOT_LABEL = (rf"(?!(?i:{words_re(RECORD_RESULT_LABELS + RECORD_MOVER_LABELS + RECORD_SECONDER_LABELS)}"
              r"|ayes|nays|noes|absent|abstain)\s*:)"
              rf"(?!(?i:{words_re(w for words in MOTION_OUTCOME_WORDS.values() for w in words)})\b)"
              rf"(?!(?i:{words_re(MOTION_NOUNS)})\b)")
_MAKING = "|".join(rf"{re.escape(verb).replace(chr(92) + ' ', chr(92) + 's+')}" for verb in MOTION_MAKING_VERBS)
_OUTCOME_WORDS = words_re(w for words in MOTION_OUTCOME_WORDS.values() for w in words)
# The honorifics written short ("Mr.", "Atty.", "Frau"); not the one-letter "M." (an initial: "M. Jukoski"), nor
# those written out, which a post follows ("Monsieur le Maire propose ...": the post is the mover)
_TITLES = words_re(MOVER_TITLES + tuple(h.rstrip(".") for h in HONORIFICS if 1 < len(h.rstrip(".")) <= 4))

# Board minutes write the post in lower case before a name: "Motion by member Zimmerman".
_LOWER_TITLES = words_re({title.lower() for title in MOVER_TITLES})


def _name(group: str) -> str:
    """A person written after an optional title: "Commissioner Allen Fisk", "CommissionerSanchez", "Jess"."""
    clause = r"(?!(?:That|The|To|This|It|Que|Che|Dass)\b)"  # "moved That ...", "Seconded: X That ...": no name
    more = rf"(?:\s+(?:{_PARTICLE}\s+)?{_NOT_LABEL}{clause}{_NAME_WORD}){{0,2}}"
    first = rf"(?:(?-i:{_LEADING_PARTICLE})\s+)?{clause}{_NAME_WORD}"  # "Motion by de Beck to ..."
    # "John Smith (Treasurer)"; not a result in brackets ("Jones/Smith (unanimously approved)", "(5-0)")
    post = rf"(?:\s*\((?![^()]*(?:\d|\b(?:{_OUTCOME_WORDS})\b))[^()/]{{1,40}}\))?"
    return rf"(?:(?-i:{_TITLES}|{_LOWER_TITLES})\.?\s*)*(?P<{group}>{first}{more})(?=\s|[,.;:/)]|$){post}"


def _compile_forms(forms: tuple[str, ...]) -> list[re.Pattern]:
    """Each {mover}/{seconder} becomes a name group; a second one in the same form is `seconder_2`; {making} the verbs
    of making a motion."""
    compiled = []
    for form in forms:
        form = form.replace("{making}", rf"(?:{_MAKING})")
        for role in ("mover", "seconder"):
            parts = form.split("{" + role + "}")
            form = parts[0] + "".join(_name(role if k == 1 else f"{role}_{k}") + part
                                      for k, part in enumerate(parts[1:], start=1))
        compiled.append(re.compile(form, re.I | re.S))
    return compiled


# A post before a mover's name is their role ("Cllr" too, as written: a councillor's post).
_POSTS_BEFORE_MOVERS = tuple(t for t in MOVER_TITLES if not t.endswith("s"))
_ROLE_BEFORE = re.compile(rf"(?<![\w-])(?P<role>{words_re(_POSTS_BEFORE_MOVERS)})\.?\s*$")


def _titles_before(match: re.Match) -> dict[str, str]:
    """The posts written before the mover's and seconder's names: {"moved_by": "Commissioner", ...}."""
    roles = {}
    for key, attr in (("mover", "moved_by"), ("seconder", "seconded_by")):
        for group in (key, f"{key}_2"):
            if group in match.re.groupindex and match.group(group):
                title = _ROLE_BEFORE.search(match.string[: match.start(group)])
                if title:
                    roles[attr] = title.group("role")
    return roles


def _groups(match: re.Match) -> dict[str, str | None]:
    """A match's groups with `seconder_2` folded into `seconder`."""
    out: dict[str, str | None] = {}
    for key, value in match.groupdict().items():
        base = key.split("_")[0]
        out[base] = out.get(base) or value
    return out


_MOVED = _compile_forms(MOVED_FORMS)
_DECISION_ALONE = re.compile(rf"^\W*(?:(?:pertanto|therefore|now\s+therefore|par\s+conséquent|daher)\s*,?\s+)?"
                             rf"(?:{words_re(DECISION_ALONE_WORDS)})\s*[:.]?\s*$", re.I)
_MOVERS_ONLY = _compile_forms((MOVERS_ONLY_FORM,))[0]
_RESOLVED = [re.compile(form.replace("{assembly}", words_re(ASSEMBLY_SUBJECTS))
                        .replace("{decides}", words_re(ASSEMBLY_DECISION_VERBS)), re.I | re.S)
             for form in RESOLVED_FORMS]
_POINTS_AT_PROPOSAL = re.compile(rf"\b(?:{words_re(POINTING_BACK_WORDS)})\s+(?:{words_re(PROPOSAL_REFERENCE_NOUNS)})\b",
                                 re.I)
_POINTS_BACK = re.compile(rf"^\W*(?:\w+\W+){{0,2}}?(?:{words_re(POINTING_BACK_WORDS)})\b", re.I)
# "Le rapport annuel 2024 est approuvé.", "The minutes were approved by the meeting.": a sentence whose predicate is
# its outcome (a few words of manner or agent after it at most), not negated. On a paragraph of its own it is a
# decision, even with a weak outcome word and no motion named.
_CLOSING_OUTCOME = re.compile(
    rf"\b(?:{words_re(MOTION_VERBS)})\s+(?:(?!(?:{words_re(NEGATION_WORDS)})\b)\w+\s+)?"
    rf"(?:{words_re(_ALL_OUTCOMES)})(?![\w'’])(?:\s+(?:{words_re(OUTCOME_TAIL_WORDS)})\b(?:\W+\w+){{0,5}})?\W*$",
    re.I)
# "Recommended to keep subs at £15 – passed", "Neue Beiträge – angenommen": what was decided, a dash, its outcome
_DASHED_OUTCOME = re.compile(rf"\S\s+[-–—]\s*(?:{words_re(_ALL_OUTCOMES)})\W*$", re.I)
# "Accounts presented, and duly Adopted", "The minutes were read and approved": a paper laid before the meeting and
# what it did with it, the sentence's end; a decision on a paragraph (or an item's line) of its own.
_PRESENTED_AND_DECIDED = re.compile(
    rf"\b(?:{words_re(PRESENTED_VERBS)})\s*,?\s+(?:{words_re(JOINING_WORDS)})\s+(?:\w+\s+)?"
    rf"(?:{words_re(_ALL_OUTCOMES)})(?![\w'’])\W*$", re.I)
# "Article 7: Les votes se font à la majorité des voix": a statute's article sets a rule, it decides nothing
_STATUTE_ARTICLE = re.compile(rf"^\W*(?:{PARAGRAPH_REFERENCE})\s*[:.]\s+(?-i:[A-ZÀ-Þ])", re.I)
_PENDING = [re.compile(form, re.I | re.S) for form in PENDING_FORMS]
# "The motion was adopted", "La proposition est acceptée": a motion named as the subject of its outcome.
_SUBJECT_OUTCOME = re.compile(  # also after a clause: "Following discussion ..., the above motion was withdrawn"
    rf"(?:^|,\s+)\W*(?:\w+\W+){{0,5}}?(?:{words_re(MOTION_NOUNS)})\b[^.;]{{0,60}}?\b(?:{words_re(MOTION_VERBS)})\s+"
    # (not "der Antrag, der ... gestellt wird und genehmigt wird oder nicht": the outcome of another verb)
    rf"(?:(?!(?:{words_re(JOINING_WORDS)})\b)\w+\s+)?(?:{words_re(_ALL_OUTCOMES)})(?![\w'’])", re.I)
# "Stadgarna antas.", "Budsjettet vedtas.", "Regnskabet godkendes.": where the article is the noun's ending
# (Swedish, Danish, Norwegian), a decision on a thing can be its noun and a strong outcome, two words.
_NOUN_DECIDED = re.compile(rf"^\W*(?P<subject>(?-i:[A-ZÀ-Þ])[^\W\d_]{{3,}})\s+(?:(?:{words_re(MOTION_VERBS)})\s+)?"
                           rf"(?:{words_re(_ALL_OUTCOMES)})(?:\s+(?:{words_re(_ALL_OUTCOMES)}))?\W*$", re.I)


def _decides_its_subject(sentence: str) -> bool:
    match = _NOUN_DECIDED.match(sentence)
    return bool(match) and outcome_of(sentence, strong_only=True) is not None \
        and not _MOTION_NOUN.fullmatch(match.group("subject")) and not _OUTCOME.fullmatch(match.group("subject"))


_REFERS_BACK = re.compile(rf"^\W*(?:{words_re(REFERRING_ARTICLES)})\s+"
                          rf"(?:{words_re(MOTION_NOUNS)})\b", re.I)
_MOTION_NOUN = re.compile(rf"\b(?:{words_re(MOTION_NOUNS)})\b", re.I)
_ELECTION = re.compile(rf"(?<!\w)(?:{words_re(ELECTION_WORDS)})(?!\w)", re.I)
_SECONDED = re.compile(rf"\b(?:it\s+was\s+)?seconded\s*(?:by\s*{_name('seconder')})?", re.I)
_SECONDER_SENTENCE = re.compile(rf"^\s*{_name('seconder')}\s+seconded(?:\s+(?:the|this|that|said)\s+motion)?\b",
                                re.I)
_SECONDER_AFTER = re.compile(rf"\s*[;,]\s*(?:and\s+)?{_name('seconder')}\s+seconded\b", re.I)
# "Member Wetzork so moved; Member Atkin seconded ...": the mover of the motion just asked for
_SO_MOVED = re.compile(rf"^\s*{_name('mover')}\s+so\s+moved\b", re.I)
# "X moved to accept the report, which was seconded by Y"
_SECONDED_BY_AFTER = re.compile(rf"\s*[;,]\s*(?:which\s+was\s+|and\s+(?:was\s+)?)?seconded\s+by\s+{_name('seconder')}",
                                re.I)
_RECORD_RESULT = re.compile(rf"^\s*(?:{words_re(RECORD_RESULT_LABELS)})\s*:\s*(?P<value>.+)$", re.I | re.S)
_RECORD_MOVER = re.compile(rf"(?:^|\s)(?:{words_re(RECORD_MOVER_LABELS)})\s*:\s*{_name('mover')}", re.I)
_RECORD_SECONDER = re.compile(rf"(?:^|\s)(?:{words_re(RECORD_SECONDER_LABELS)})\s*:\s*{_name('seconder')}", re.I)
_RECORD_LINE = re.compile(rf"^\s*(?:{words_re(RECORD_RESULT_LABELS + RECORD_MOVER_LABELS + RECORD_SECONDER_LABELS)}"
                          r"|ayes|nays|noes|absent|abstain)\s*:", re.I)
# The motion's own words on a record line: "Moved: X Seconded: Y That the accounts be accepted. Carried".
_RECORD_CLAUSE = re.compile(r"(?:^|\s)(?P<text>(?:that|to)\s+\w.*)$", re.I | re.S)
# The longest paragraph read as what a bare result decided; and when the result refers back to it.
CONTEXT_TEXT_MAX_WORDS = 40
REFERRED_TEXT_MAX_WORDS = 150
_NAMED_MOTION = re.compile(rf"^\W*(?:the\s+)?(?P<text>(?:{words_re(MOTION_NOUNS)})\s+(?:to|that|for|on)\b.+?)\s+"
                           r"(?:was|were|is|has\s+been)\b", re.I)


def _trigger_words() -> frozenset[str]:
    """Every word (of four letters or more, or named as a trigger) of the outcome, motion and count lists."""
    phrases = [*TRIGGER_WORDS, *MOTION_NOUNS, *ASSEMBLY_DECISION_VERBS,
               *(w for words in MOTION_OUTCOME_WORDS.values() for w in words),
               *(w for words in VOTE_COUNT_WORDS.values() for w in words)]
    words = {w for phrase in phrases for w in re.findall(r"[^\W\d_]+", phrase.lower()) if len(w) >= 4}
    return frozenset(words | {w.lower() for w in TRIGGER_WORDS})


_TRIGGERS = _trigger_words()


def may_decide(sentence: str) -> bool:
    """False when no word of the sentence could make it a motion, a result or a vote (a cheap test)."""
    lower = sentence.lower()
    return "m/s" in lower or not _TRIGGERS.isdisjoint(re.findall(r"[^\W\d_]+", lower))


_PROPOSITION = re.compile(r"^(?:that|que|qu['’]|dass|che)\b", re.I)  # a whole proposition: needs no heading
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
# (or an initial: "Ernest L. Servente, Fire Chief, was accepted ...")
# (an honorific ends no sentence either: "... seconded by Atty. Griffin")
_ABBREVIATION_END = re.compile(
    rf"(?:^|\s)(?:{words_re((*SENTENCE_ABBREVIATIONS, *(h for h in HONORIFICS if ' ' not in h)))}|(?-i:[A-Z]))\.$")
_DECISION_LEAD = re.compile(rf"^\s*(?:{words_re(DECISION_LEAD_WORDS)})\b", re.I)
# A paragraph that puts a proposal to the meeting ("Monsieur le Maire propose au conseil ...", "The Chair proposed
# ..."): what the vote after it decided, when its verb comes in its first words.
_PUTS_PROPOSAL = re.compile(rf"^(?:\S+\s+){{0,{PROPOSAL_VERB_MAX_AT}}}(?:{words_re(POST_MOTION_VERBS)})\b", re.I)
_CONTINUES = re.compile(rf"\b(?:{words_re(CONTINUING_WORDS)})\s*$", re.I)
_PASSIVE_START = re.compile(r"^(?!(?:the|a|an|this|it)\b).{0,60}?\bwas\s*(?:moved|motioned)\b",
                            re.I | re.S)
_GLUED = [(re.compile(rf"(?<=[a-z])(?=(?:{words_re(GLUED_WORDS)})(?:by|and|\b))"), " "),
          (re.compile(rf"((?:{words_re(GLUED_WORDS)}))(?=(?:by|and))"), r"\1 "),
          (re.compile(rf"(?<=[a-z]{{3}})(?=was\s*(?:{words_re(GLUED_WORDS)}))"), " "),
          (re.compile(r"\b(by|and|of)(?=\d)"), r"\1 "),
          (re.compile(r"(?<=\d)(?=(?:ayes?|nays?|noes|yeas)\b)"), " "),
          (re.compile(r"(?<=[a-z]{2})" + "".join(rf"(?<!\b{prefix})" for prefix in CAMEL_NAME_PREFIXES)
                      + r"(?=[A-Z][a-z])"), " ")]
_CAMEL = _GLUED[-1][0]


_SECOND_SHORT = re.compile(rf"(?<![\w'’])(?:{words_re(SECOND_ABBREVIATIONS)})(?![\w'’])"
                           rf"(?=\s*(?:by\b|:))|(?<=[,;/])\s*(?:{words_re(SECOND_ABBREVIATIONS)})(?=\s+(?-i:[A-ZÀ-Þ]))",
                           re.I)


def unglue_vote_words(text: str) -> str:
    """Words a text layer ran together, set apart: "wassecondedby CommissionerSanchez andadopted by7ayes"; and the
    seconding written short ("2nd by Jones") spelled out. Only text that holds one of the words at stake is looked at
    (most text is not, and this is not free)."""
    if "2" in text:
        text = _SECOND_SHORT.sub(lambda m: " seconded" if m.group(0)[:1].isspace() else "seconded", text)
    lower = text.lower()
    if not any(word in lower for word in GLUED_WORDS):
        return text
    for pattern, space in _GLUED:
        text = pattern.sub(space, text)
    return text


# -- text helpers -----------------------------------------------------------------------------------

def split_sentences(text: str) -> list[str]:
    """Sentences of a block: a full stop, ! or ? (and a closing quote or bracket) then a capital, unless the stop
    ends "Mr." or "No."."""
    out, start = [], 0
    for match in re.finditer(r"(?<=[.!?])(?P<close>\s?[”\"’»:)])?\s+(?=[A-ZÀ-Þ«\"“„(])", text):
        if _ABBREVIATION_END.search(text[start:match.start()]):
            continue
        close = match.group("close") or ""
        out.append((text[start:match.start()] + (close if close.strip() == ")" else "")).strip())
        start = match.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def clean_person(name: str | None) -> str | None:
    """A mover or seconder without title or honorific ("Commissioner Mendez" -> "Mendez")."""
    if not name:
        return None
    name = re.sub(rf"^(?:(?:{_TITLES})\.?\s*)+(?=[A-ZÀ-Þ])", "", name.strip(" ,.;:"))
    name = HONORIFIC_PREFIX.sub("", name).strip(" ,.;:")
    name = _OCR_MARK_AFTER_NAME.sub(r"\g<name>", name)
    if all(word.lower().strip(".,") in _NOT_NAME for word in name.split()):
        return None  # "ITEM MOVED TO SECTION D.2.", "Staff moved ...": no person
    return without_stamp_text(name)


_NOT_NAME = set(NOT_NAME_WORDS)


def without_stamp_text(name: str | None) -> str | None:
    """A name without the words OCR read off a stamp set over it ("Sa ROVED" under "APPROVED"); None when what is
    left of it is no name (one word of one or two letters, the rest of the name under the stamp)."""
    if not name:
        return None
    words = [w for w in name.split() if not stamp_piece(w)]
    if len(words) == len(name.split()):
        return name  # ("OA", "TF": initials, as a record writes them)
    if len(words) == 1 and len(words[0].strip(".")) <= 2 or not words:
        return None
    return " ".join(words)


# "MOTION BY: Allen Fisk SY": two capitals after a name of two words written in small letters are what OCR made of a
# stamp or a stroke beside it (not a roman numeral: "John Smith II").
_OCR_MARK_AFTER_NAME = re.compile(r"^(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+)+)"
                                  r"\s+(?!(?:II|IV|VI)$)[A-Z]{2}$")


_BRACKETED_SENTENCE = re.compile(r"^\s*\((?P<inner>[^()]+)\)[.;]?\s*$")


def _motion_after_label(text: str) -> str:
    """ "ACTION: Motion by X, seconded by Y, to ...": a result label before a whole motion is no result. A motion set
    in brackets after what it acts on ("(Motion to accept made by Ms. X, seconded by Atty. Y.)") is read unbracketed."""
    bracketed = _BRACKETED_SENTENCE.match(text)
    if bracketed:
        text = bracketed.group("inner")
    labelled = _RECORD_RESULT.match(text)
    if labelled and any(form.search(labelled.group("value")) for form in _MOVED):
        return labelled.group("value")
    return text


def _is_bare_result(sentence: str) -> bool:
    """A result that names nothing of its own: "Carried.", "Motion carried unanimously", "Ayes: 5, Noes: 2"."""
    if _decides_its_subject(sentence):
        return False
    if is_voter_roll_call(sentence):
        return True
    rest = _OUTCOME.sub(" ", _strip_counts(sentence))
    rest = _MOTION_NOUN.sub(" ", rest)
    rest = re.sub(r"\b(?:the|this|said|was|were|is|has|been|by|and|a|all|vote|votes|result|so)\b", " ", rest,
                  flags=re.I)
    return len(re.findall(r"\w+", rest)) <= 1


def _cut_text(text: str) -> tuple[str, str]:
    """A motion's text up to where the minutes say how it went; returns (text, the rest)."""
    end = len(text)
    for pattern in _TEXT_END:
        match = pattern.search(text)
        if match and match.start() > 0:
            end = min(end, match.start())
    return text[:end].strip(" ,;:-–"), text[end:]


def _bare_heading(heading: str | None) -> str:
    if not heading:
        return ""
    numbering = numbering_of(heading)
    if numbering:
        heading = re.sub(r"^\s*(?:§\s*)?\(?[0-9A-Za-z.]{1,8}[.):]?\s+", "", heading, count=1)
    heading = re.sub(r"\(\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*\)", "", heading, flags=re.I)
    return " ".join(heading.split()).strip(" :")


_AFTER_DISCUSSION = re.compile(AFTER_DISCUSSION, re.I)
_BACK_POINTER = re.compile(rf"\b(?:{words_re(BACK_POINTERS)})\s+(?!(?:is|was|are|were|est|ist)\b)\w{{4,}}", re.I)
# An item's letter or number before the motion it records ("a) Motion made by ...", "2. Moved by ..."), also
# after the heading its paragraph was joined to ("3) Minutes a) Motion made by ..."); or the item's name run in
# before it ("1. Agenda: Moved by X, seconded by Y “that ...”").
_MARK_BEFORE_MOTION = re.compile(r"(?:(?:^|(?<=\s))(?:[-–•*]\s*)?(?:\d{1,2}[a-z]?|[a-z]|[ivx]{1,4})[.)]\s+"
                                 r"|^(?:\d{1,2}[a-z]?[.)]\s+)?(?-i:[A-ZÀ-Þ])[^:;.]{0,80}:\s+)"
                                 r"(?=(?:a\s+)?motion\b|(?:it\s+was\s+)?moved\b)", re.I)
# A paragraph that opens with an item's mark: "3. MINUTES: ...", "4-A. Pension Payroll ...", "b) ..."
_ITEM_MARK = re.compile(r"^\s*(?:\d{1,2}(?:[.-]\d{1,2}|-?[A-Za-z])?[.)]?|[A-Za-z][.)])(?:\s|$)")
_SELF_EXPLAINING = re.compile(rf"^\W*(?:an?\s+)?(?:motion\s+)?(?:{words_re(SELF_EXPLAINING_MOTIONS)})\W*$", re.I)


# The count in brackets after a mover and seconder in brackets ("(Pike — Brown) (11 0)"): for, then against.
_COUNT_PAIR = re.compile(r"\(\s*(\d{1,3})\s+(\d{1,3})\s*\)")
# A passive motion's subject that only points back at what the sentence before set out ("The reports", "These", "It").
_POINTS_BACK_SUBJECT = re.compile(r"^(?:(?:the|these|those|this)\s+\w+|these|this|it|they)\s*$", re.I)


def _with_context(text: str, heading: str | None) -> str:
    """A short text ("The minutes was approved") is given its item's heading in front."""
    bare = _bare_heading(heading)
    if len(text.split()) >= SHORT_TEXT_WORDS or not bare or _DECISION_LEAD.match(text) or _PROPOSITION.match(text) \
            or bare.lower() in text.lower() or _SELF_EXPLAINING.match(text):
        return text
    return f"{bare}: {text}"


# -- the reader -------------------------------------------------------------------------------------

@dataclass
class _Reader:
    motions: list[MotionDraft] = field(default_factory=list)
    heading: str | None = None  # the last heading that is not a vote record
    previous: _Unit | None = None  # the unit before the one being read
    unit: int = 0
    election_unit: int | None = None  # the last unit that spoke of an election
    sentence_in_unit: int = 0  # the place of the sentence being read in its unit
    sentences_in_unit: int = 0  # how many sentences the unit being read holds
    unit_sentences: list[str] = field(default_factory=list)  # the sentences of the unit being read

    def open_motion(self, unit: _Unit | None = None) -> MotionDraft | None:
        if self.motions and self.unit - self.motions[-1].unit <= MAX_UNITS_OPEN:
            last = self.motions[-1]
            if unit is not None and last.outcome is not None and not last.pending \
                    and last.section_no is not None and last.section_no != unit.section_no:
                return None  # decided under an earlier item: a tally here is this item's own decision
            return last
        return None

    def pointed_back_proposal(self, sentence: str) -> MotionDraft | None:
        """The proposal still pending that a result points back at ("Our vote for supporting this change For 1
        Against 9"), though the old and new wording set out after the proposal ran for many blocks."""
        if not self.motions or not _POINTS_AT_PROPOSAL.search(sentence):
            return None
        last = self.motions[-1]
        return last if last.pending and self.unit - last.unit <= MAX_UNITS_POINTED_BACK else None

    def sentence_before(self) -> str | None:
        """The sentence before the one being read in a paragraph that is an item of its own ("3. MINUTES: The minutes
        of ... were presented for board approval. Member Smith moved to accept, ..."), when it can say what a short
        motion is about, better than the heading over the items: one of a few
        words ("Management Plan.", the end of a sentence begun on the page before) or a decision of its own says
        nothing of it."""
        if self.sentence_in_unit == 0 or self.sentence_in_unit > len(self.unit_sentences) \
                or not _ITEM_MARK.match(self.unit_sentences[0]):
            return None  # (only in an item's own paragraph; in another, the heading says what it is about)
        before = self.unit_sentences[self.sentence_in_unit - 1]
        words = len(before.split())
        if words < SHORT_TEXT_WORDS or words > CONTEXT_TEXT_MAX_WORDS or outcome_of(before) or vote_counts(before):
            return None
        return before.strip(" .")

    def sentence_said_before(self) -> str | None:
        """The sentence before the one being read in its paragraph, when it can be what a mover's line with no words
        of its own moved ("Approval of the minutes of June 4. M/S/C Jones/Smith."): not a result, not too long."""
        if self.sentence_in_unit == 0 or self.sentence_in_unit > len(self.unit_sentences):
            return None
        before = self.unit_sentences[self.sentence_in_unit - 1]
        if len(before.split()) > CONTEXT_TEXT_MAX_WORDS or outcome_of(before) or vote_counts(before):
            return None
        return before.strip(" .")

    def only_movers_follow(self) -> bool:
        """The rest of the paragraph only names who moved and seconded ("The Minutes ... were approved. Proposed by PP
        and seconded by CC."): the sentence being read is the decision they moved."""
        rest = self.unit_sentences[self.sentence_in_unit + 1:]
        return bool(rest) and all(_RECORD_LINE.match(sentence) or _MOVERS_ONLY.match(sentence) for sentence in rest)

    def with_question_before(self, text: str, sentence: str) -> str:
        """A decision's text with the sentence before it, in a paragraph of these two, when it was taken after
        discussing what that sentence set out, or points back at it ("... in this commemoration")."""
        if self.sentences_in_unit != 2 or self.sentence_in_unit != 1 or len(self.unit_sentences) != 2:
            return text
        if not (_AFTER_DISCUSSION.match(sentence) or _BACK_POINTER.search(sentence)):
            return text
        before = self.unit_sentences[0]
        if len(before.split()) > CONTEXT_TEXT_MAX_WORDS or outcome_of(before) or vote_counts(before):
            return text
        return f"{before.rstrip()} {text}"

    def new(self, unit: _Unit, text: str, **fields) -> MotionDraft:
        motion = MotionDraft(text=text.strip(" .;,"), section_no=unit.section_no, page=unit.page, unit=self.unit,
                             heading=self.heading, **fields)
        self.motions.append(motion)
        return motion

    def context_text(self, unit: _Unit, any_block: bool = False, referred: bool = False) -> str | None:
        """What a bare result line decided: the line before it when it names the decision (or, for "X moved
        and Y seconded", whatever it says), else the heading. A result that refers back to it ("Die
        Satzungsänderung wurde ... angenommen") takes a longer one (an amendment's wording, old and new)."""
        before = self.previous
        longest = REFERRED_TEXT_MAX_WORDS if referred else CONTEXT_TEXT_MAX_WORDS
        if 0 < self.sentence_in_unit <= len(self.unit_sentences) and _PUTS_PROPOSAL.search(unit.text):
            # "Le maire propose au conseil ... . Vote : à l'unanimité": the proposal its own paragraph put
            said = " ".join(self.unit_sentences[:self.sentence_in_unit]).strip(" .")
            if len(said.split()) <= REFERRED_TEXT_MAX_WORDS:
                return _strip_counts(said)
        if before is not None and not before.is_heading \
                and (any_block or _DECISION_LEAD.match(before.text) or _PUTS_PROPOSAL.search(before.text)) \
                and not _RECORD_LINE.match(before.text) and not METADATA_LINE.match(before.text) \
                and len(before.text.split()) <= longest:  # (not the list of those present: no one decides it)
            return _strip_counts(before.text)
        return _bare_heading(self.heading) or None

    def settle(self, motion: MotionDraft, text: str, strong_only: bool = False) -> bool:
        """Outcome and counts from `text` onto `motion`; True if anything was learned."""
        learned = False
        counts = vote_counts(text)
        held = {kind: getattr(motion, attr) for kind, attr in _VOTE_FIELDS.items()}
        if counts and held["for"] is None and held["against"] is None:
            motion.votes_for, motion.votes_against = counts.get("for"), counts.get("against")
            motion.votes_abstain = counts.get("abstain")
            learned = True
        elif counts and all(held[kind] is None for kind in counts):
            # a tally carried on in the next sentence: "Ayes: Torres, Chen. Nays: None."
            for kind, count in counts.items():
                setattr(motion, _VOTE_FIELDS[kind], count)
            learned = True
        outcome = outcome_of(text, strong_only)
        if outcome:
            motion.outcome = outcome
            learned = True
        if motion.outcome is None and motion.votes_for is not None and motion.votes_against is not None:
            motion.outcome = "carried" if motion.votes_for > motion.votes_against else (
                "defeated" if motion.votes_for < motion.votes_against else None)
        if motion.outcome is None and counts and motion.votes_for and not motion.votes_against:
            motion.outcome = "carried"
        if learned:
            motion.pending = False
        return learned

    # -- one unit of text ---------------------------------------------------------------------------

    def read(self, unit: _Unit) -> None:
        if self._list_item_of_decision(unit):
            return
        if _DECISION_ALONE.match(unit.text):  # "SI DELIBERA": the paragraph under it is what was decided
            self.new(unit, "", outcome="carried")
            return
        text = _motion_after_label(unit.text)
        if text == unit.text and self._record(unit, text):
            return
        if _STATUTE_ARTICLE.match(text) and not vote_counts(text):
            return  # the article of a statute (an annex's), not a decision
        sentences = split_sentences(text)
        self.sentences_in_unit = len(sentences)
        self.unit_sentences = sentences
        awaiting = self.motions[-1] if self.motions and not self.motions[-1].text else None
        if awaiting is not None and sentences:  # the text announced by "..., moved by X:" on the line before
            awaiting.text, rest = _cut_text(sentences.pop(0))
            self.settle(awaiting, rest)
        for index, sentence in enumerate(sentences):
            self.sentence_in_unit = index
            made = len(self.motions)
            self._sentence(unit, sentence)
            if len(self.motions) > made and index == len(sentences) - 1 and sentence.rstrip().endswith(":") \
                    and not unit.is_heading:
                self.motions[-1].takes_list = bool(self.motions[-1].text)

    def _list_item_of_decision(self, unit: _Unit) -> bool:
        """ "Folgende Vorteile für Mitglieder wurden beschlossen:" then a list: each item is part of what was decided,
        and the decision's text takes it ("...: Workshopteilnahmen sind kostenlos; Mitglieder ...")."""
        last = self.motions[-1] if self.motions else None
        if last is None or not last.takes_list:
            return False
        if not unit.is_item or unit.is_heading or last.items_taken >= DECIDED_LIST_MAX_ITEMS \
                or may_decide(unit.text) and (outcome_of(unit.text) or vote_counts(unit.text)):
            last.takes_list = False
            return False
        last.text = f"{last.text}{':' if not last.items_taken else ';'} {unit.text.strip(' .;')}"
        last.items_taken += 1
        return True

    def _record(self, unit: _Unit, text: str) -> bool:
        """ "RESULT: APPROVED [UNANIMOUS]" / "MOTION BY: X SECOND: Y" / "Moved: X Seconded: Y Carried" lines."""
        if not _RECORD_LINE.match(text):
            return False
        result = _RECORD_RESULT.match(text)
        mover = _RECORD_MOVER.search(text)
        seconder = _RECORD_SECONDER.search(text)
        current = self.open_motion(unit)
        if not (result or mover or seconder):
            return False
        if result and (outcome_of(result.group("value")) or vote_counts(result.group("value"))):
            if current is None or current.has_record:
                text = self.context_text(unit)
                if not text:
                    return True
                current = self.new(unit, text)
            current.has_record = True
            self.settle(current, result.group("value"))
        if mover or seconder:
            other_mover = current is not None and mover is not None and current.moved_by is not None \
                and clean_person(mover.group("mover")) != current.moved_by
            if current is None or other_mover and not result:  # "Moved: X Seconded: Y" under the text it moves
                said = _RECORD_CLAUSE.search(_RECORD_MOVER.sub(" ", _RECORD_SECONDER.sub(" ", text)))
                # (or the sentence before in its paragraph: "Approval of warrants. Moved: Jones Seconded: Smith")
                context = _cut_text(said.group("text"))[0] if said else (
                    self.sentence_said_before() if text != unit.text else None) \
                    or self.context_text(unit, any_block=True)
                if not context:
                    return True
                current = self.new(unit, context)
            current.has_record = True
            if not result:
                self.settle(current, _RECORD_MOVER.sub(" ", _RECORD_SECONDER.sub(" ", text)))
            if mover and not current.moved_by:
                current.moved_by = clean_person(mover.group("mover"))
            if seconder and not current.seconded_by:
                current.seconded_by = clean_person(seconder.group("seconder"))
            current.pending = False
        return True

    def _sentence(self, unit: _Unit, sentence: str) -> None:
        sentence = _motion_after_label(sentence)
        if sentence != unit.text and self._record(unit, sentence):
            return  # "Agreed as accurate. Proposed: OA, Seconded: TF."
        electing = bool(_ELECTION.search(sentence))
        if electing:
            self.election_unit = self.unit
        if self._movers_of_decision(sentence) or not may_decide(sentence) or self._record(unit, sentence):
            return  # ("(Pike — Brown) (11 — 0)" after what was voted: no word of a motion in it)
        if self._moved(unit, sentence) or self._resolved(unit, sentence) or self._pending(unit, sentence):
            if not electing:
                self.election_unit = None  # a motion of its own after the election ("Richard moved that we adjourn")
            return
        in_election = self.election_unit is not None and self.unit - self.election_unit <= MAX_UNITS_OPEN
        moved_election = bool(self.motions) and self.motions[-1].unit >= (self.election_unit or 0) \
            and self.motions[-1].moved_by is not None  # "Richard moved to elect ...": put as a motion
        if in_election and not _MOTION_NOUN.search(sentence) and not moved_election:
            return  # elections of officers are not motions unless put as one
        current = self.open_motion(unit)
        so_moved = _SO_MOVED.match(sentence)
        if so_moved and current is not None and current.moved_by is None:
            current.moved_by = clean_person(so_moved.group("mover"))
            rest = sentence[so_moved.end():]
            seconder = _SECONDER_AFTER.match(rest)
            if seconder:
                current.seconded_by = clean_person(seconder.group("seconder"))
                rest = rest[seconder.end():]
            self.settle(current, rest)
            current.pending = current.outcome is None and current.seconded_by is None
            return
        seconder = _SECONDER_SENTENCE.match(sentence)  # "Mrs. Baker seconded the motion."
        if seconder and current is not None and current.seconded_by is None:
            current.seconded_by = clean_person(seconder.group("seconder"))
            self.settle(current, sentence[seconder.end():])
            current.pending = False
            return
        seconded = _SECONDED.search(sentence)
        if seconded and current is not None and current.seconded_by is None and seconded.start() < 20:
            current.seconded_by = clean_person(seconded.group("seconder"))
            self.settle(current, sentence[seconded.end():])
            current.pending = False
            return
        self._result(unit, sentence, current)

    def _movers_of_decision(self, sentence: str) -> bool:
        """ "Proposed by PP and seconded by CC." after the decision in its paragraph: who moved that decision."""
        movers = _MOVERS_ONLY.match(sentence)
        last = self.motions[-1] if self.motions else None
        if movers is None or last is None or last.unit != self.unit or last.moved_by or last.seconded_by:
            return False
        groups = _groups(movers)
        last.moved_by = clean_person(groups["mover"])
        last.seconded_by = clean_person(groups["seconder"]) if groups.get("seconder") else None
        rest = groups.get("rest") or ""
        if not self.settle(last, rest) and (pair := _COUNT_PAIR.fullmatch(rest.strip())):
            last.votes_for, last.votes_against = int(pair.group(1)), int(pair.group(2))  # "(11 0)": OCR lost the dash
        return True

    def _moved(self, unit: _Unit, sentence: str) -> bool:
        marked = _MARK_BEFORE_MOTION.search(sentence)  # "3) Minutes a) Motion made by X, seconded by Y ..."
        sentence = sentence[marked.end():] if marked else sentence
        for index, pattern in enumerate(_MOVED):
            match = pattern.search(sentence)
            if not match:
                continue
            groups = _groups(match)
            roles = _titles_before(match)
            text, rest = _cut_text(groups.get("text") or "")
            rest = rest + " " + (groups.get("rest") or "")
            # "X moved to approve the minutes; Y seconded.", "..., which was seconded by Y"
            seconder_after = _SECONDER_AFTER.search(text) or _SECONDED_BY_AFTER.search(text)
            if seconder_after and not groups.get("seconder"):
                groups["seconder"] = seconder_after.group("seconder")
                text, rest = text[:seconder_after.start()], text[seconder_after.end():] + " " + rest
            if index == PASSIVE_FORM_INDEX:  # "X was moved by Y, ...": the subject, and a "to ..." purpose after Y
                purpose = re.match(r"\s*(to\s+[^,;]+)", groups.get("rest") or "")
                text = (match.group("text") + (" " + purpose.group(1) if purpose else "")).strip()
                text = re.sub(r"^.*?\b(?=The\s)", "", text) if re.search(r"\bThe\s", text[1:]) else text
                if _POINTS_BACK_SUBJECT.match(text) and (
                        before := self.sentence_said_before() or self.context_text(unit, any_block=True)):
                    text = before  # "4-A. Financial Reports ... was presented. The reports were moved ...": those
            if not text and sentence.rstrip().endswith(":"):  # "Resolution 7, moved by X:" then the text
                self.new(unit, "", moved_by=clean_person(groups.get("mover")),
                         seconded_by=clean_person(groups.get("seconder")))
                return True
            if text and (outcome_of(text) or vote_counts(text)) and _is_bare_result(text):
                text, rest = "", text + " " + rest  # "M/S/C Jones/Smith, unanimous": a result, not what was moved
            if not text.strip(" ."):  # "Approval of the minutes. M/S/C Jones/Smith.": the sentence before says what
                text = (groups.get("subject") or "").strip() or self.sentence_said_before() \
                    or self.context_text(unit, any_block=True) or ""
                if not text:
                    continue
            motion = self.new(unit, _with_context(text, self.sentence_before() or self.heading),
                              moved_by=clean_person(groups.get("mover")),
                              seconded_by=clean_person(groups.get("seconder")),
                              pending=index in PROPOSAL_FORM_INDEXES)
            motion.roles = {name: role for key, role in roles.items() if (name := getattr(motion, key))}
            if groups.get("outcome"):
                motion.outcome = outcome_of(groups["outcome"])
            if groups.get("resolved"):  # "Proposed by X, seconded by Y and RESOLVED that ..."
                motion.outcome = "carried"
            seconded = _SECONDER_AFTER.match(rest) or _SECONDED.search(rest)  # "..., Member Z seconded"
            if seconded and not motion.seconded_by:
                motion.seconded_by = clean_person(seconded.group("seconder"))
                motion.pending = False
            self.settle(motion, rest)
            if index == ON_MOTION_OF_FORM_INDEX and not self.settle(motion, text) \
                    and _DECISION_PASSIVE.search(text):
                motion.outcome = "carried"  # "... wird Rahel Lüthy als Protokollführerin bestimmt": done, as said
            if index == DECIDED_FORM_INDEX and motion.outcome is None:
                # "..., the Board voted 5-0 to approve the contract", "..., the Board approved the budget": the
                # meeting's act, the first verb of the text
                self.settle(motion, " ".join(text.split()[:4]))
            return True
        return False

    def _resolved(self, unit: _Unit, sentence: str) -> bool:
        for pattern in _RESOLVED:
            match = pattern.search(sentence)
            if match and not re.search(r"\b(?:was|were|is|been)\s+$", match.group("lead") or "", re.I) \
                    or match and re.search(r"\bit\s+(?:was|is)\s+$", match.group("lead") or "", re.I):
                # the whole sentence when its lead is short, or what was resolved too short to stand alone ("...,
                # the Councillors resolved to proceed with the takeover"): the lead says on what
                short = len(match.group("lead").split()) <= 6 \
                    or len(match.group("text").split()) < RESOLVED_TEXT_MIN_WORDS
                text = sentence if short and "label" not in pattern.groupindex else match.group("text")
                if self._adopts_proposal(unit, _cut_text(text)[0], match.group("text")):
                    return True
                text = self.with_question_before(_strip_counts(_cut_text(text)[0]), sentence)
                motion = self.new(unit, _with_context(text, self.heading), outcome="carried")
                self.settle(motion, sentence)
                motion.outcome = motion.outcome or "carried"
                return True
        return False

    def _adopts_proposal(self, unit: _Unit, text: str, decided: str) -> bool:
        """A decision taken on the proposal just made ("Monika propose de ..." then "Les membres sont d'accord
        pour que ..."): the proposal's mover is the decision's. Its words are the decision's when it says what it
        decided, the proposal's when it only points back at it ("... d'accord avec ce principe")."""
        current = self.open_motion(unit)
        if current is None or not current.pending or current.moved_by is None:
            return False
        if len(decided.split()) >= SHORT_TEXT_WORDS and not _POINTS_BACK.match(decided):
            current.text = _strip_counts(text)
        self.settle(current, decided)
        current.outcome, current.pending = current.outcome or "carried", False
        return True

    def _pending(self, unit: _Unit, sentence: str) -> bool:
        for pattern in _PENDING:
            match = pattern.search(sentence)
            if not match:
                continue
            text = (match.groupdict().get("text") or "").strip(" .")
            rest = match.groupdict().get("rest") or ""
            if text and not re.search(r"[^\W\d_]{2}", text):
                continue  # "RESOLUTION NO. 13- 05": a number, no motion
            current = self.open_motion()
            if not text:  # "The motion was put to the vote": the one open, or the item's
                if current is not None:
                    self.settle(current, sentence)
                    return True
                text = self.context_text(unit) or ""
                if not text:
                    return False
            text, tail = _cut_text(text)
            motion = self.new(unit, _strip_counts(text), pending=True)
            if not self.settle(motion, tail + " " + rest):
                self.settle(motion, text, strong_only=True)  # "Colocada em votação, a proposta foi aprovada"
            return True
        return False

    def _another_vote_named(self, current: MotionDraft, counts: dict[str, int]) -> bool:
        """A tally after a line that names a vote ("Abstimmung: ...", "Vote on ...") read after the open motion was
        counted: the tally of that vote, not a second one of the motion."""
        before = self.previous
        counted = any(getattr(current, _VOTE_FIELDS[kind]) is not None for kind in counts)
        return counted and before is not None and not before.is_heading and self.unit - 1 > current.unit \
            and bool(_DECISION_LEAD.match(before.text)) and not _RECORD_LINE.match(before.text)

    def _result(self, unit: _Unit, sentence: str, current: MotionDraft | None) -> None:
        counts = vote_counts(sentence)
        weak = outcome_of(sentence)
        strong = outcome_of(sentence, strong_only=True) or (
            # "Le rapport annuel 2024 est approuvé." as a paragraph of its own: a decision
            weak if ((self.sentences_in_unit == 1 or self.only_movers_follow()) and not unit.is_heading
                     and _CLOSING_OUTCOME.search(sentence)
                     or self.sentences_in_unit == 1 and _PRESENTED_AND_DECIDED.search(sentence)
                     or _DASHED_OUTCOME.search(sentence)) else None)
        names_motion = bool(_SUBJECT_OUTCOME.search(sentence))
        if current is None and (counts or weak):
            current = self.pointed_back_proposal(sentence)
        if current is not None and counts and _is_bare_result(sentence) and self._another_vote_named(current, counts):
            current = None  # "Abstimmung: A" / "Ja: 19 ..." / "Abstimmung: B" / "Ja: 11 ...": B's own tally
        if current is not None and (counts or weak) and _is_bare_result(sentence):
            self.settle(current, sentence)  # "Carried.", "Motion carried unanimously."
            return
        # "Die Satzungsänderung wurde ... angenommen" after the amendment's paragraph: a decision of its own
        # on what that paragraph says, not a tally of the motion decided before it
        # (or after sentences of a new paragraph that put it: "Der Vorschlag ... wurde vorgetragen. Die
        # Satzungsänderung wurde ... angenommen.")
        refers_to_paragraph = current is not None and current.outcome is not None and not current.pending \
            and (self.unit - current.unit > 1 or self.unit > current.unit and self.sentence_in_unit > 0) \
            and bool(_REFERS_BACK.match(sentence))
        if current is not None and (counts or weak) and not refers_to_paragraph:
            unsettled = current.outcome is None or current.pending
            # a side of a roll call on a line of its own ("Ayes - ..." / "Nays - None") fills what is not counted yet
            fills = (counts and all(getattr(current, _VOTE_FIELDS[kind]) is None for kind in counts)) \
                or (_REFERS_BACK.match(sentence) and names_motion)
            if fills or unsettled and (counts or strong or names_motion or current.pending
                                       or re.search(r"\ball\b", sentence, re.I)):
                self.settle(current, sentence)
                return
        if not (counts or strong or names_motion) or is_answers_tally(sentence) and not (strong or weak):
            return
        if counts and not (strong or weak) and not re.search(r"\bvot|abstain|ayes|nays", sentence, re.I) \
                and len(counts) < 2:
            return
        text = _strip_counts(sentence)
        named = _NAMED_MOTION.match(text)
        if named:
            text = named.group("text")
        text = re.sub(rf"^(?:{words_re(RESULT_LEAD_LABELS)})\s*:\s*", "", text, flags=re.I)
        words = [w for w in re.findall(r"\w+", text) if _OUTCOME.fullmatch(w) is None]
        refers_back = not named and bool(_REFERS_BACK.match(text) or re.match(
            r"^(?:the\s+)?(?:motion|resolution|proposal|la\s+proposition)\b", text, re.I))
        item = None if named else _ITEM_REFERENCE.match(" ".join(words))
        if refers_back and self.sentence_in_unit > 0 and len(words) >= 3 and not named:
            # "Der Vorschlag zur Satzungsänderung wurde vorgetragen. ... Die Satzungsänderung wurde mit achtzehn
            # Ja-Stimmen angenommen.": what it refers to was said in its own paragraph, and the sentence says it
            text = sentence.strip(" .")
        elif item:
            text = item.group()  # "Rule 11 carried": the item decided names itself
        elif (len(words) < 3 and not _decides_its_subject(sentence)) or refers_back:
            same_section = self.previous is not None and self.previous.section_no == unit.section_no
            text = self.context_text(unit, any_block=same_section, referred=refers_back) or (
                "" if refers_back or len(words) < 2 else text)  # "December minutes approved unanimously": itself
            if not text:
                return
        if not item and text.strip(" .") == _strip_counts(sentence).strip(" ."):
            text = self.with_question_before(text, sentence)
        motion = self.new(unit, text if item else _with_context(text, self.heading))
        self.settle(motion, sentence)


_ENDS_WITH_OUTCOME = re.compile(rf"(?<![\w'’-])(?:{words_re(_ALL_OUTCOMES)})\s*$", re.I)


# "Rule 11 carried", "Item 7 agreed", "Resolution 4 lost": a numbered item named as what was decided, a text of its own
SHORT_LINE_SHARE = 0.7
_ITEM_REFERENCE = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+\s+\d{1,4}[a-z]?$")


def _with_result_stops(block: Block) -> str:
    """A block's text, with a stop after a line that ends with an outcome and none ("Rule 11 carried" / "Rule 12
    carried", "... concessions – passed" / "No tournaments were entered."): lists of decisions, a line each, are
    written without stops, and each line is a sentence of its own."""
    lines = [line.text.strip() for line in block.lines]
    if len(lines) < 2 or not any(_ENDS_WITH_OUTCOME.search(line) for line in lines[:-1]):
        return block.text
    right = max(line.x1 for line in block.lines)
    left = min(line.x0 for line in block.lines)
    out = []
    for line, following, placed in zip(lines, [*lines[1:], ""], block.lines, strict=True):
        # a line that ends with an outcome, or well before the others' right edge (the writer broke it), ends its
        # sentence; not before what was decided ("It was agreed" / "That the accounts be adopted")
        short = placed.x1 - left < SHORT_LINE_SHARE * (right - left)
        ends = following[:1].isupper() and (_ENDS_WITH_OUTCOME.search(line) or short) \
            and not _PROPOSITION.match(following) and not _SENTENCE_END.search(line)
        out.append(line + "." if ends else line)
    return join_lines(out)


def _units(structure: Structure) -> list[_Unit]:
    """Headings and blocks in reading order; a block that finishes the sentence of the one before joins it."""
    units = [_Unit(unglue_vote_words(block.text), None, block.page_first, False) for block in structure.front]
    for section in structure.sections:
        heading = unglue_vote_words(section.heading)
        units.append(_Unit(heading, section.section_no, section.page_first, True, heading))
        units.extend(_Unit(unglue_vote_words(_with_result_stops(b)), section.section_no, b.page_first, False,
                           is_item=b.is_item)
                     for b in section.blocks)
    joined: list[_Unit] = []
    for unit in units:
        last = joined[-1] if joined else None
        if last is not None and not _SENTENCE_END.search(last.text) and not _RECORD_LINE.match(unit.text) \
                and not _RECORD_LINE.match(last.text) \
                and (_CONTINUES.search(last.text) or unit.text[:1].islower() or _PASSIVE_START.match(unit.text)):
            joined[-1] = _Unit(f"{last.text} {unit.text}", last.section_no, last.page, last.is_heading, last.heading)
            continue
        if last is not None and not last.is_heading and _continues_tally(last.text, unit.text):
            joined[-1] = _Unit(f"{last.text} {unit.text}", last.section_no, last.page, False, last.heading)
            continue
        joined.append(unit)
    return joined


_ENDS_WITH_NUMBER = re.compile(r"\d\s*$")


def _continues_tally(before: str, text: str) -> bool:
    """ "In Favour 18" | "Against 3 Abstain 1": a tally broken over two lines (as OCR sets them) is one."""
    if not _ENDS_WITH_NUMBER.search(before) or not vote_counts(text) or not _is_bare_result(text):
        return False
    tail = split_sentences(before)[-1]
    return bool(vote_counts(tail)) and not set(vote_counts(tail)) & set(vote_counts(text))


ITEM_LINE_MAX_WORDS = 8
_NUMBERS_ONLY = re.compile(r"^[\d\s.,:;%|/+-]*$")


def _is_item_line(text: str) -> bool:
    """A numbered line of a few words that ends no sentence: an agenda's item written as a block."""
    return numbering_of(text) is not None and len(text.split()) <= ITEM_LINE_MAX_WORDS \
        and not _SENTENCE_END.search(text)


def _top_number(text: str) -> tuple[str, str] | None:
    """The scheme and first number of an item's numbering: ("arabic", "3") of "3.1 Wahl des Vorstands" (decimal
    numbers are arabic ones with more after them); "b) Kassenwart" under "II. Wahlen" is of another scheme."""
    numbering = numbering_of(text)
    if numbering is None:
        return None
    scheme = "arabic" if numbering[0] == "decimal" else numbering[0]
    return scheme, re.split(r"[.)]", numbering[1])[0]


def find_motions(structure: Structure) -> list[MotionDraft]:
    reader = _Reader()
    election_top: tuple[str, str] | None = None  # the numbering of the item line that opened an election
    for unit in _units(structure):
        if unit.is_heading and unit.heading:  # an item about elections, or the end of one
            reader.election_unit = reader.unit if _ELECTION.search(unit.heading) else None
        elif _is_item_line(unit.text):  # "3. Vorstandswahl", "4. Sonstiges": an agenda's item as a line
            top = _top_number(unit.text)
            if _ELECTION.search(unit.text):
                reader.election_unit, election_top = reader.unit, top
            elif top is not None and election_top is not None and top[0] == election_top[0] and top != election_top:
                reader.election_unit = None  # the next item, not one of the election's own ("3.2 Kassenwart")
        reader.read(unit)
        if unit.is_heading and unit.heading and not _RECORD_LINE.match(unit.heading):
            # with the words of a block that finished it ("4. NEW BUSINESS" / "a. Resolution Approving ...: Action")
            reader.heading = unit.text
        if not _NUMBERS_ONLY.match(unit.text):  # a vote table's cells ("23", "1") say nothing a result refers to
            reader.previous = unit
        reader.unit += 1
    return [m for m in reader.motions if not m.pending and m.text]
