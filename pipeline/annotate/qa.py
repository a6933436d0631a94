"""Questions put in the meeting and the answers recorded for them."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from pipeline.annotate.common import Located, clean_text, section_no_of, words_re
from pipeline.annotate.feedback import _count_of, inline_counts
from pipeline.annotate.motions import split_sentences
from pipeline.annotate.turns import Turn, name_test, read_turns
from pipeline.rules import (
    ANSWER_MARKERS,
    ASK_OBJECT_OPENERS,
    ASK_OBJECT_VERBS,
    ASK_PHRASES,
    ASKER_GOES_ON_PRONOUNS,
    BULLET_GLYPHS,
    OCR_BULLET_MISREADS,
    QA_HEADING_WORDS,
    QUESTION_MARKERS,
    REPLY_VERBS,
)
from pipeline.structure import Block, SectionDraft, numbering_of
from schemas import QAPair


@dataclass
class QADraft:
    """A question and its answer as found, made a `QAPair` once numbered."""

    question: str
    answer: str | None
    asker: str | None
    answerer: str | None
    section_no: int | None
    page: int

    def to_record(self, qa_no: int) -> QAPair:
        return QAPair(qa_no=qa_no, question=self.question, answer=clean_text(self.answer),
                      asker=clean_text(self.asker), answerer=clean_text(self.answerer),
                      section_no=self.section_no, page=self.page)


_QUESTION = re.compile(
    rf"^\s*(?:\d{{1,2}}[.)]\s+)?(?:{'|'.join(QUESTION_MARKERS)})\s*"
    r"|^\s*(?:Question|Comment)\s+(?:\d+\s+)?(?:from|by)\s+(?P<asker>[^:]{2,120}?)\s*:\s*"
    r"|^\s*(?:Question|Comment|Q)\s*\d*\s*\((?P<asker2>[^()]{2,120})\)\s*:\s*", re.I)
_ANSWER = re.compile(
    rf"^\s*(?:{'|'.join(ANSWER_MARKERS)})\s*"
    r"|^\s*(?:Answer|Response|Reply)\s+(?:from|by)\s+(?P<answerer>[^:]{2,120}?)\s*:\s*"
    r"|^\s*(?:Answer|Response|Reply|A)\s*\((?P<answerer2>[^()]{2,120})\)\s*:\s*", re.I)


def _join_items(blocks: list[Block]) -> str:
    parts = []
    for block in blocks:
        text = block.text.strip()
        parts.append(text if re.search(r"[.,;:!?]$", text) else text + ".")
    return " ".join(parts).strip()


_ASKER_PREFIX = re.compile(r"^\((?P<asker>[^()]{3,120})\)\s*")


def _question_from_block(text: str) -> tuple[str, str | None]:
    """A numbered or plain question block -> (question, asker in brackets if given)."""
    numbering = numbering_of(text)
    if numbering:
        text = re.sub(r"^\s*\(?[0-9A-Za-z.]{1,6}[.):]?\s+", "", text, count=1)
    asker = _ASKER_PREFIX.match(text)
    if asker:
        return text[asker.end():].strip(), asker.group("asker")
    return text.strip(), None


def _prose_qa(section: SectionDraft | None, block: Block) -> list[QADraft]:
    """ "Mr. X asked whether ... . Ms. Y replied that ..." within one paragraph."""
    matches = [m for pattern in _QUESTIONS_ASKED for m in pattern.finditer(block.text)]
    pairs = [QADraft(m.group("q").strip(), m.group("a").strip().rstrip("."), None, None, section_no_of(section),
                     block.page_first) for m in matches]
    for m in _IN_RESPONSE.finditer(block.text):  # "In response to a question from X about Y, Z said ..."
        pairs.append(QADraft(m.group("q").strip(), m.group("a").strip().rstrip("."), m.group("asker"), None,
                             section_no_of(section), block.page_first))
    lower = block.text.lower()
    if not any(verb in lower for verb in _ASK_VERBS) or not _ASKED.search(block.text):
        return pairs  # most paragraphs ask nothing: substring checks, then one search, not one per sentence
    sentences = [piece for sentence in split_sentences(block.text) for piece in _CLAUSE_SPLIT.split(sentence)]
    offset = 0
    for k, sentence in enumerate(sentences):
        offset = block.text.find(sentence, offset)
        asked = _ASKED.search(sentence)
        if not asked or any(m.start() <= offset + asked.start() < m.end() for m in matches):
            continue  # none, or already read as "A question was asked regarding ..., to which ..."
        question = sentence.strip().rstrip(".;")  # as written, with who asked: "AMR asked if the trips ..."
        answer, answerer = None, None
        inline = _INLINE_ANSWER.search(question) or _RUN_ON_ANSWER.search(question)
        if inline:  # "Asked if he had interests, James mentioned that ..."
            question, answer = question[: inline.start()].strip(), inline.group("a").strip()
        for follow in ([] if inline else sentences[k + 1:k + 3]):
            replied = _REPLIED.search(follow)
            if replied:
                answerer = follow[: replied.start()].strip(" ,") or None
                # "PM said that ..." is kept whole, as written; a long "Ms. X from Y said that" is left out
                answer = follow.strip() if answerer and len(answerer.split()) <= 2 else follow[replied.end():].strip()
                break
            if _ASKED.search(follow):
                break
        if answer is None and not inline and k + 1 < len(sentences) and not _ASKED.search(sentences[k + 1]) \
                and not sentences[k + 1].rstrip().endswith("?") and not _ASKER_GOES_ON.match(sentences[k + 1]):
            answer = sentences[k + 1].strip()  # "X asked if ... . They should email HB.": the next sentence answers
        if answer is None:
            continue  # a question told in passing, with no answer recorded for it, is no question-and-answer pair
        pairs.append(QADraft(question, answer, sentence[: asked.start()].strip(" ,") or None, answerer,
                             section_no_of(section), block.page_first))
    return pairs


# "AW asked if ...; AB outlined ...": a semicolon before a capital parts a question from its answer
_CLAUSE_SPLIT = re.compile(r"(?<=;)\s+(?=[A-ZÀ-Ý])")
_REPLY = words_re(REPLY_VERBS + ("mentioned",))
# "Asked if he had interests, James mentioned that ...", "When asked about the timetable, Ms Green said ...",
# "..., the Treasurer said it had", "...; the Clerk confirmed ...": who answers in at most three words of capitals,
# or a pronoun
_INLINE_ANSWER = re.compile(
    r"(?:[,;]\s+|,?\s+and\s+)(?P<a>(?:(?:the\s+)?[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?){0,2}|it|he|she|they)\s+"
    rf"(?:was\s+)?(?:{_REPLY})\b.*)$")
# "DG asked about the survey JW replied that ...": the stop before the answer left out; the one who answers is written
# as initials, or by name with a verb that only answers
_RUN_ON_ANSWER = re.compile(
    rf"(?<=[a-z0-9)])\s+(?P<a>(?-i:[A-Z]{{2,4}})\s+(?:{_REPLY})\b.*"
    r"|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:replied|answered|responded|répond|antwortete|antwortet|respondió|"
    r"responde|contestó|ha risposto|risponde|antwoordde|antwoordt|respondeu)\b.*)$")
# "A question was asked, from X, regarding Y, to which ..." / "... were asked; including how ..., to which ..."
_QUESTIONS_ASKED = (
    re.compile(r"questions?\s*(?:\([^)]*\)\s*)?(?:was|were)\s+asked;?\s*including\s+(?P<q>[^;]+?),?\s+to which\s+"
               r"(?P<a>[^;]+)", re.I),
    re.compile(r"(?P<q>\b(?:an?|one)\s+questions?\s+was\s+asked\b[^;]*?)\s*(?:,\s*to which\s+|;\s*)(?P<a>[^;]+)",
               re.I),
)
# "asked whether", "asked the Board whether", "asked FB how", "demande à David si", "fragt, ob", "raised a question
# from Larissa about"
_ADDRESSEE = r"(?:(?:the\s+\w+|(?:à|a|an|al|aan|from|de|von)\s+\w+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+)?"
_ASKED = re.compile("|".join(
    rf"\b(?:also\s+|aussi\s+|auch\s+|también\s+|anche\s+|ook\s+|também\s+)?(?i:{words_re(verbs)}),?\s+"
    rf"{_ADDRESSEE}(?P<q_{lang}>(?i:{words_re(words)})\b)"
    for lang, (verbs, words) in ASK_PHRASES.items())
    + rf"|\b(?i:{words_re(ASK_OBJECT_VERBS)})\s+(?P<q_object>(?i:{words_re(ASK_OBJECT_OPENERS)})(?:\b|(?<=['’])))")
_ASK_VERBS = tuple({verb for verbs, _ in ASK_PHRASES.values() for verb in verbs} | set(ASK_OBJECT_VERBS))
_ASKER_GOES_ON = re.compile(rf"^(?:{words_re(ASKER_GOES_ON_PRONOUNS)})\b", re.I)
_REPLIED = re.compile(rf"\b(?:{_REPLY})\b\s*,?\s*(?:(?:that|que|dass|che|dat)\b\s*)?", re.I)
_ROOM_ANSWERS = re.compile(r"(?P<q>[^.\"“?]{1,300}\?)[\"”]?\s*(?:The\s+)?(?:answers?|responses?)\s+(?:from|of)\s+"
                           r"(?:the\s+)?(?:participants|the room|members)\s+(?:were|was)\s*:\s*(?P<a>[^.]+)", re.I)


# "(M. Lankhorst, Scripps): Should ...?" / "Carolina Berys - does CF ...?": a contribution signed by its author.
_ATTRIBUTED = re.compile(r"^\((?P<who>[^()]{3,80})\)\s*[:.]?\s*(?P<rest>\S.*)$"
                         r"|^(?P<who2>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+[-–—:]\s+(?P<rest2>\S.*)$", re.S)


def _attributed(text: str) -> tuple[str, str] | None:
    match = _ATTRIBUTED.match(text.strip())
    if not match:
        return None
    return (match.group("who") or match.group("who2")).strip(), (match.group("rest") or match.group("rest2")).strip()


def _thread_pair(located: Located, i: int) -> QADraft | None:
    """Notes kept as a thread of signed items: a signed question, then another person's signed reply."""
    section, block = located[i]
    if not block.is_item or i + 1 >= len(located) or located[i + 1][0] is not section or not located[i + 1][1].is_item:
        return None
    asked, replied = _attributed(block.text), _attributed(located[i + 1][1].text)
    if not asked or not replied or "?" not in asked[1] or "?" in replied[1] or asked[0] == replied[0]:
        return None
    cut = asked[1].rindex("?") + 1
    question = asked[1] if asked[1][cut:].strip().startswith("(") else asked[1][:cut]
    return QADraft(question, replied[1], asked[0], replied[0], section_no_of(section), block.page_first)


_QA_HEADING = re.compile(rf"\b(?:{words_re(QA_HEADING_WORDS)})\b", re.I)
# "The Clerk explained ...", "Cllr Hill said ...", "She confirmed ...": a paragraph that opens with an answer.
_OPENS_WITH_REPLY = re.compile(rf"^(?:(?:[A-Z][\w.'’-]*|the|of)\s+){{1,5}}(?:{_REPLY})\b|"
                               rf"^(?:he|she|they|it|we)\s+(?:{_REPLY})\b", re.I)


def _asked_then_answered(located: Located, i: int) -> QADraft | None:
    """A paragraph that is a question, then one that answers it: opening with a reply verb, or in a
    section of questions ("Questions from the public")."""
    section, block = located[i]
    text = block.text.strip()
    if not text.endswith("?") or len(text.split()) > 80 or i + 1 >= len(located) or located[i + 1][0] is not section:
        return None
    follow = located[i + 1][1]
    answer = follow.text.strip()
    if answer.endswith("?") or follow.cell is not None or block.cell is not None or _ANSWER.match(answer):
        return None  # an "Answer by X:" block is read with its marker, below
    in_qa_section = bool(section and _QA_HEADING.search(section.heading)) and not follow.is_item
    if not (_OPENS_WITH_REPLY.match(answer) or in_qa_section):
        return None
    question, asker = _question_from_block(text)
    return QADraft(question, answer, asker, None, section_no_of(section), block.page_first)


_IN_RESPONSE = re.compile(
    r"\bIn (?:response|reply|answer) to (?:a |the )?(?:question|query|queries|questions)"
    r"(?:\s+from\s+(?P<asker>[^,]+?))?\s+(?:about|regarding|on|concerning|as to|whether|if)\s+(?P<q>[^,]{3,200}),"
    r"\s*(?P<a>[^.]+(?:\.|$))", re.I)


# A question and its answer run into one line after a bullet ("What is the area? • The fisheries ...";
# OCR reads the bullet as "@", "™@", "«" ...): marks of no letter between the question mark and the answer.
_BULLET_MARKS = "".join(sorted({mark for mark in (*BULLET_GLYPHS, *OCR_BULLET_MISREADS, "™")
                                if len(mark) == 1 and not mark.isalnum() and mark not in "-–—"}))  # a dash goes on
_INLINE_BULLET_ANSWER = re.compile(rf"^(?P<q>[^?]{{10,300}}\?)\s*[{re.escape(_BULLET_MARKS)}]{{1,3}}\s+(?P<a>\w.*)$",
                                   re.S)
# Blocks after a question read for the tallies that make it a survey's.
TALLY_LINES_READ = 3
# A block with no word of two letters or figures ("|", "| _ | _", "| f"): a rule, a speck or a table's
# border read by OCR, between a question and its answer.
_SOME_WORD = re.compile(r"[^\W_]{2}|\d")


def _tallied(located: Located, i: int) -> bool:
    """The question of block i is a survey's ("Question 1: Are you satisfied ...?"): what follows it in its
    section is tallies of the answers ("Satisfied: 54; Not satisfied: 11", or one "Savings: 38" a line),
    which are feedback, not an answer."""
    section = located[i][0]
    follow = [block.text for sec, block in located[i + 1:i + 1 + TALLY_LINES_READ] if sec is section]
    if not follow or _ANSWER.match(follow[0]):
        return False  # "A: ...": an answer, whatever figures it gives
    if len(inline_counts(follow[0])[1]) >= 2:
        return True
    counted = list(itertools.takewhile(lambda text: _count_of(text) is not None, follow))
    return len(counted) >= 2


def find_qa_pairs(located: Located) -> list[QADraft]:
    located = [(section, block) for section, block in located if _SOME_WORD.search(block.text)]
    pairs: list[QADraft] = []
    i = 0
    while i < len(located):
        section, block = located[i]
        text = block.text.strip()
        question = _QUESTION.match(text) if not block.first.bullet else None
        if question:
            q_text = text[question.end():].strip().rstrip(":").strip()
            asker = question.groupdict().get("asker") or question.groupdict().get("asker2")
            j = i + 1
            answer, answerer, items = None, None, []
            if j < len(located) and located[j][0] is section:
                answer_match = _ANSWER.match(located[j][1].text.strip())
                if answer_match:
                    answer = located[j][1].text.strip()[answer_match.end():].strip()
                    answerer = answer_match.groupdict().get("answerer") or answer_match.groupdict().get("answerer2")
                    j += 1
            if not answer or answer.endswith(":"):
                while j < len(located) and located[j][0] is section and located[j][1].is_item:
                    items.append(located[j][1])
                    j += 1
                if items:
                    answer = " ".join(filter(None, [answer, _join_items(items)]))
            if q_text and not _tallied(located, i):
                pairs.append(QADraft(q_text, answer or None, asker, answerer, section_no_of(section), block.page_first))
            i = max(j, i + 1)
            continue
        answer_match = _ANSWER.match(text)
        if answer_match and i > 0 and located[i - 1][0] is section and "?" in located[i - 1][1].text:
            q_text, asker = _question_from_block(located[i - 1][1].text)
            pairs.append(QADraft(q_text, text[answer_match.end():].strip() or None, asker,
                                 answer_match.groupdict().get("answerer"), section_no_of(section),
                                 located[i - 1][1].page_first))
            i += 1
            continue
        thread = _thread_pair(located, i) or _asked_then_answered(located, i)
        if thread:
            pairs.append(thread)
            i += 2
            continue
        if block.is_item and text.endswith("?"):
            nested = []
            j = i + 1
            while j < len(located) and located[j][0] is section and located[j][1].is_item \
                    and located[j][1].depth > block.depth:
                nested.append(located[j][1])
                j += 1
            if nested:
                pairs.append(QADraft(text, _join_items(nested), None, None, section_no_of(section), block.page_first))
                i = j
                continue
        inline = _INLINE_BULLET_ANSWER.match(text)
        if inline:
            q_text, asker = _question_from_block(inline.group("q"))
            pairs.append(QADraft(q_text, inline.group("a").strip(), asker, None, section_no_of(section),
                                 block.page_first))
            i += 1
            continue
        room = _ROOM_ANSWERS.search(text)
        if room:
            question = room.group("q").split(":")[-1].strip(" \"“")
            pairs.append(QADraft(question, room.group("a").strip(), None, None, section_no_of(section),
                                 block.page_first))
        pairs.extend(_prose_qa(section, block))
        i += 1
    found = [" ".join(pair.question.split()) for pair in pairs]
    pairs.extend(pair for pair in _turn_pairs(located)
                 if not any(q in pair.question or pair.question.split(": ", 1)[-1] in q for q in found))
    return pairs




_UNSURE_MARK = re.compile(r"\(\s*\?\s*\)")  # "Mons (?)": the minute-taker's doubt, no question
_QUESTION_OPENERS = re.compile(rf"^(?:{words_re(tuple({w for _, words in ASK_PHRASES.values() for w in words}))})\b",
                               re.I)


def _asked_in_turn(turn: Turn) -> str | None:
    """The question a turn ends with: its last piece asking, cut after its last question mark, with the
    pieces just before it that ask too ("- warum wird investiert ..." / "- Jutebeutel, Lichtkram?")."""
    pieces = [_UNSURE_MARK.sub("", piece) for piece in turn.pieces]
    last = next((k for k in range(len(pieces) - 1, -1, -1) if "?" in pieces[k]), None)
    if last is None:
        return None
    first = last
    while first > 0 and (pieces[first - 1].rstrip().endswith("?") or _QUESTION_OPENERS.match(pieces[first - 1])):
        first -= 1
    asked = " ".join([*pieces[first:last], pieces[last][: pieces[last].rindex("?") + 1]])
    return f"{turn.label}: {asked}" if turn.label else asked


def _turn_pairs(located: Located) -> list[QADraft]:
    """Notes kept as turns ("Sophie: ... ?" / "Mad: ja, ..."): a turn ending in a question and the next
    person's turn, or the room's answer ("Plenum: ...", "Rückmeldung: ...") to the question just put."""
    turns = read_turns(located, name_test([block.text for _, block in located]))
    pairs = []
    for turn, reply in itertools.pairwise(turns):
        if not reply.label or not reply.pieces or reply.label == turn.label or turn.room:
            continue
        ends_asking = bool(turn.pieces) and _UNSURE_MARK.sub("", turn.pieces[-1]).rstrip(" )\"”“").endswith("?")
        # the room answers what was just asked: in the turn's last pieces ("... ? / Im Moment ... / Rückmeldung:")
        room_answers = reply.room and (turn.label is not None or any("?" in p for p in turn.pieces[-2:]))
        if not (ends_asking or room_answers):
            continue
        question = _asked_in_turn(turn)
        if question:
            pairs.append(QADraft(question, f"{reply.label}: {' '.join(reply.pieces)}", turn.label, reply.label,
                                 reply.section_no, reply.page))
    return pairs
