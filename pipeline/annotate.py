"""Section tree -> speakers, Q&A pairs, feedback counts and document metadata.

spaCy (blank model + rule components from pipeline.nlp) finds the people; the rules in
pipeline.rules say which mentions are speakers, which blocks ask and answer, and which
phrases count.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pipeline.nlp import bare_names, load_bare_name_matcher, load_nlp, person_docs
from pipeline.rules import (
    ANSWER_MARKERS,
    COUNT_UNITS,
    FEMALE_WORDS,
    GENERIC_ORG_HEADS,
    HEADING_ITEM_WORDS,
    HEADING_ROLE_WORDS,
    HONORIFICS,
    METADATA_LABELS,
    MONTHS,
    NON_FEEDBACK_WORDS,
    NON_SPEAKER_LABELS,
    NUMBER_WORDS,
    OPINION_VERBS,
    ORG_WORDS,
    ORGANIZER_VERBS,
    PARTICIPANT_WORDS,
    PRESENTER_COLUMN_NAMES,
    QUESTION_MARKERS,
    RESPONDENT_PHRASES,
    SPEAKER_LABELS,
    SPEAKER_LEAD_INS,
    SPEECH_VERBS,
    VERB_ROLES,
)
from pipeline.structure import Block, SectionDraft, Structure, numbering_of

# -- records found ------------------------------------------------------------------------------


@dataclass
class PersonFound:
    honorific: str | None
    name: str
    role: str | None = None
    organization: str | None = None
    section_nos: list[int] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)


@dataclass
class QAFound:
    question: str
    answer: str | None
    asker: str | None
    answerer: str | None
    section_no: int | None
    page: int


@dataclass
class CountFound:
    question: str | None
    label: str
    count: int
    unit: str | None
    section_no: int | None
    page: int


@dataclass
class MetaFound:
    meeting_date: dt.date | None = None
    venue: str | None = None
    organizer: str | None = None
    organizer_acronym: str | None = None
    participants_total: int | None = None
    participants_female: int | None = None
    respondents: int | None = None


@dataclass
class Annotations:
    speakers: list[PersonFound]
    qa_pairs: list[QAFound]
    feedback: list[CountFound]
    meta: MetaFound


def _located_blocks(structure: Structure) -> list[tuple[SectionDraft | None, Block]]:
    """Every body block in reading order with the section it belongs to."""
    out: list[tuple[SectionDraft | None, Block]] = [(None, b) for b in structure.front]
    for section in structure.sections:
        out.extend((section, b) for b in section.blocks)
    return out


def _words_re(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# -- people -------------------------------------------------------------------------------------

_HONORIFIC_WORDS = _words_re(h.rstrip(".") for h in HONORIFICS)
_HONORIFIC_PREFIX = re.compile(rf"^(?P<h>{_HONORIFIC_WORDS})\.?\s+")
_SPEECH_VERB = re.compile(
    rf"^(?:also\s+|then\s+|further\s+|briefly\s+|again\s+)?(?:{_words_re(SPEECH_VERBS)})\b"
    r"|^made\s+(?:a|an|the|his|her)?\s*(?:\w+\s+){0,2}(?:report|presentation|remarks?|statement|speech)")
_LEAD_IN = re.compile(rf"(?:{'|'.join(SPEAKER_LEAD_INS)})\s*:?\s*$", re.I)
_QA_LEAD_IN = re.compile(
    r"(?:question|questions|comment|comments|answer|answers|response|reply)\s+(?:from|by)\s*$"
    r"|(?:asked|answered|responded|replied|raised|questioned)\s+by\s*$", re.I)
_SPEAKER_LABEL = re.compile(rf"^\s*(?:{_words_re(SPEAKER_LABELS)})\s*:\s*$", re.I)
_NON_SPEAKER_LABEL = re.compile(rf"^\s*(?:{_words_re(NON_SPEAKER_LABELS)})\s*:", re.I)
_ORG_WORD = re.compile(rf"\b(?:{_words_re(ORG_WORDS)})\b", re.I)
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")
_BRACKETED_ASKER = re.compile(r"^\s*(?:\(?[0-9A-Za-z]{1,3}[.)]\s*)?\($")
_CLAUSE_START = re.compile(r"^(?:who|which|he|she|they|and|also|then|on|after|as|that|to|where)\b")


def _split_outside_parens(text: str, sep: str = ",") -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char == sep and depth <= 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return [p for p in parts if p]


def _org_like_strict(text: str) -> bool:
    """An acronym, or a name with an organisation word near its start ("Ministry of ...")."""
    words = text.split()
    if not words:
        return False
    if _ACRONYM.match(words[0].strip("()")) and not re.fullmatch(r"[A-Z]+s", words[0]):
        return True
    return bool(_ORG_WORD.search(" ".join(words[:5])))


def _org_like_loose(text: str) -> bool:
    """A proper name: capitalised words, with small connecting words allowed."""
    words = text.replace("(", " ").replace(")", " ").split()
    if not words or words[0] in GENERIC_ORG_HEADS or re.fullmatch(r"[A-Z]+s", words[0]):
        return False
    small = {"of", "the", "and", "et", "for", "de", "du", "des", "in", "on", "&", "-"}
    return all(w[:1].isupper() or w.lower() in small or w[:1].isdigit() for w in words) and words[0][:1].isupper()


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:a|an|the)\s+", "", text.strip(), flags=re.I).strip(" ,.;:")


def split_role_org(text: str) -> tuple[str | None, str | None]:
    """ "Head of Program of CCC" -> ("Head of Program", "CCC"); "Director, Ministry of X" ->
    ("Director", "Ministry of X")."""
    text = text.strip(" ,.;:")
    if not text:
        return None, None
    parts = _split_outside_parens(text)
    for k in range(1, len(parts)):
        if _org_like_strict(parts[k]):
            return _strip_article(", ".join(parts[:k])) or None, ", ".join(parts[k:])
    preps = list(re.finditer(r"\s(?:of|from|at|with)\s+(?:the\s+)?", text))
    attempts = (
        (lambda org: bool(_ACRONYM.fullmatch(org)) and not re.fullmatch(r"[A-Z]+s", org), reversed(preps)),
        (_org_like_strict, preps),
        (None, None),  # marks the place of the last-part rule below
        (_org_like_loose, reversed(preps)),
    )
    for check, order in attempts:
        if check is None:
            if len(parts) >= 2 and _org_like_loose(parts[-1]):
                return _strip_article(", ".join(parts[:-1])) or None, parts[-1]
            continue
        for match in order:
            role, org = text[: match.start()].strip(), text[match.end():].strip()
            if role and check(org):
                return _strip_article(role) or None, org
    if len(parts) == 1 and _org_like_strict(text) and not re.match(r"^(?:a|an|the)\s", text, re.I):
        return None, text
    paren = re.fullmatch(r"(?P<role>.+?)\s*\((?P<org>[^()]+)\)", text)
    if paren and _org_like_strict(paren.group("org")):
        return _strip_article(paren.group("role")), paren.group("org")
    return _strip_article(text) or None, None


def _cut_at_unopened_paren(text: str) -> str:
    depth = 0
    for i, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return text[:i]
    return text


def _appositive(after: str) -> tuple[str | None, str | None, str]:
    """Role and organisation written right after a name; returns (role, org, rest of text)."""
    paren = re.match(r"^\s*\((?P<inside>[^()]*(?:\([^()]*\)[^()]*)*)\)", after)
    if paren:
        inside = paren.group("inside").strip()
        rest = after[paren.end():]
        parts = _split_outside_parens(inside)
        if len(parts) >= 2:
            role, org = split_role_org(inside)
            return role, org, rest
        if _org_like_strict(inside) or _org_like_loose(inside):
            return None, inside, rest
        return inside, None, rest
    from_org = re.match(r"^\s+from\s+(?:the\s+)?(?P<org>(?:[A-Z][\w'’&.-]*\s?(?:(?:of|for|and|et|the)\s)?)+)", after)
    if from_org:
        return None, from_org.group("org").strip(), after[from_org.end():]
    if not re.match(r"^\s*,", after):
        return None, None, after
    body = after.lstrip(" ,")
    segment = _cut_at_unopened_paren(_clause(body))
    kept = []
    for part in _split_outside_parens(segment):
        if _SPEECH_VERB.match(part) or _CLAUSE_START.match(part) or len(part.split()) > 14:
            break
        if re.search(r"\bby\b", part) or _HONORIFIC_PREFIX.search(part):
            break  # "seconded by Mr. Y": the next clause, about someone else
        verb = re.search(rf"\s(?:{_words_re(SPEECH_VERBS)}|made)\b", part)
        if verb:
            kept.append(part[: verb.start()])
            break
        kept.append(part)
    taken = ", ".join(kept)
    role, org = split_role_org(taken)
    rest_at = body.find(kept[-1]) + len(kept[-1]) if kept else 0
    return role, org, body[rest_at:]


_HEADING_PERSON = re.compile(
    rf"(?P<role>.*?)\s*(?::\s*\(?|\()\s*(?P<lead>lead\s+)?(?:(?P<h>{_HONORIFIC_WORDS})\.?\s+)?"
    r"(?P<name>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2})\)?\s*(?:\(\d[^)]*\))?\s*$")
_TIME_NOTE = re.compile(r"\(\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*\)", re.I)


def _person_in_heading(section: SectionDraft) -> PersonFound | None:
    """The person a heading names as giving the item: "5. ADMIN REPORT: Jacquie Lavoie (7:15pm)"."""
    match = _HEADING_PERSON.match(section.heading)
    if not match:
        return None
    role = _TIME_NOTE.sub("", match.group("role"))
    role = re.sub(r"^\s*\(?[0-9A-Za-z]{1,4}[.)]\s+", "", role).strip(" :")
    words = role.lower().split()
    if not words or words[-1] not in HEADING_ROLE_WORDS + HEADING_ITEM_WORDS and not match.group("lead"):
        return None
    if words[-1] in HEADING_ITEM_WORDS:
        role = ""
    role = re.sub(r"\s+report$", "", role, flags=re.I) + (" lead" if match.group("lead") else "")
    honorific = match.group("h")
    return PersonFound(honorific=honorific + "." if honorific and len(honorific) <= 3 and honorific != "Mme"
                       else honorific, name=match.group("name"), role=role or None,
                       section_nos=[section.section_no], pages=[section.page_first])


def _bracketed_orgs(text: str) -> list[str]:
    """Organisations written in brackets after a name: "Mr. Heng Vuthy (World Education)"."""
    return [m.group(1).strip() for m in re.finditer(r"[A-Z][a-z]+\s*\(([^()]{2,60})\)", text)]


def _clause(text: str) -> str:
    """The text up to the end of its first clause (a full stop, colon or semicolon outside brackets)."""
    depth = 0
    for i, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth == 0 and char in ";:" or depth == 0 and char == "." and (i + 1 == len(text) or text[i + 1] == " ") \
                and len(re.search(r"(\w*)$", text[:i]).group(1)) > 3:
            return text[:i]
    return text


def _split_honorific(mention: str) -> tuple[str | None, str]:
    match = _HONORIFIC_PREFIX.match(mention)
    if not match:
        return None, mention.strip()
    written = mention[: match.end()].strip()
    return written, mention[match.end():].strip()


def _is_speaking(block: Block, text: str, start: int, rest: str) -> bool:
    before = text[:start]
    if _NON_SPEAKER_LABEL.match(before):
        return False
    if block.bold and start <= 40:
        return True  # a presenter line: "Ms. X, Head of Y" set in bold
    if _LEAD_IN.search(before) or _QA_LEAD_IN.search(before) or _SPEAKER_LABEL.match(before):
        return True
    if _SPEECH_VERB.match(rest.lstrip(" ,")):
        return True
    if _BRACKETED_ASKER.match(before) and "?" in text:
        return True  # "3. (Ms. X, Org) Can the time be extended?"
    # "Mr. X: we think ..." speaks; "Mr. X: 64 votes" is a tally
    return bool(re.match(r"^\s*[:\-–]\s+(?!\d)", rest)) and start == 0


class PeopleIndex:
    """People found in a document, merged when a later mention is a shorter form of the name."""

    def __init__(self) -> None:
        self.people: list[PersonFound] = []

    def find(self, name: str) -> PersonFound | None:
        tokens = name.lower().split()
        exact = [p for p in self.people if p.name.lower().split() == tokens]
        if exact:
            return exact[0]
        partial = [p for p in self.people if set(tokens) <= set(p.name.lower().split())]
        return partial[0] if len(partial) == 1 else None

    def add(self, found: PersonFound) -> PersonFound:
        known = self.find(found.name)
        if known is None:
            self.people.append(found)
            return found
        known.honorific = known.honorific or found.honorific
        known.role = known.role or found.role
        known.organization = known.organization or found.organization
        for section_no in found.section_nos:
            if section_no not in known.section_nos:
                known.section_nos.append(section_no)
        for page in found.pages:
            if page not in known.pages:
                known.pages.append(page)
        return known


def _presenter_cells(structure: Structure) -> set[tuple[int, int]]:
    """(table, column) of the columns named "Presenter", "Speaker", "Facilitator", ..."""
    return {(table, c) for table, names in structure.table_headers.items()
            for c, name in enumerate(names) if name.lower().strip(" :") in PRESENTER_COLUMN_NAMES}


def find_speakers(located: list[tuple[SectionDraft | None, Block]], structure: Structure):
    """Speakers from presenter lines, presenter columns, labelled lines and prose, one per person."""
    headings = structure.sections
    presenter_cells = _presenter_cells(structure)
    nlp = load_nlp()
    index = PeopleIndex()
    mentions = PeopleIndex()  # everyone named, to fill in roles given elsewhere
    matcher = load_bare_name_matcher(nlp)
    texts = [block.text for _, block in located]
    docs = person_docs(nlp, texts)
    known_orgs = {org for doc in docs for org in _bracketed_orgs(doc.text)}
    for (section, block), doc in zip(located, docs, strict=True):
        text = block.text
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            honorific, name = _split_honorific(ent.text)
            if not name or name.lower().split()[0] in {"chumteav"}:
                continue
            rest = text[ent.end_char:]
            role, org, after = _appositive(rest)
            found = PersonFound(
                honorific=honorific, name=name, role=role, organization=org,
                section_nos=[section.section_no] if section else [], pages=[block.page_first],
            )
            mentions.add(PersonFound(**{**found.__dict__, "section_nos": [], "pages": []}))
            in_presenter_column = block.cell is not None and (block.cell.table, block.cell.column) in presenter_cells
            if in_presenter_column or _is_speaking(block, text, ent.start_char, after if (role or org) else rest):
                index.add(found)
        for kind, span in bare_names(doc, matcher):
            if _ORG_WORD.search(span.text) or span.text in known_orgs:
                continue
            rest = text[span.end_char:]
            role, org, after = None, None, rest
            if kind == "APPOSITIVE":
                role, org, after = _appositive(rest)
            elif kind == "LABELLED":
                value = rest.lstrip(" :")
                if not value[:1].isalpha():
                    continue  # "Membership Fees: £1073.84" is an amount, not a person's line
                # "a founder of Stand.org.uk, where ...": the post is the first phrase
                role, org = split_role_org(_split_outside_parens(_clause(value))[0])
            found = PersonFound(honorific=None, name=span.text, role=role, organization=org,
                                section_nos=[section.section_no] if section else [], pages=[block.page_first])
            if kind == "SPEAKS" and not found.role:
                found.role = VERB_ROLES.get(rest.split()[0].lower() if rest.split() else "")
            if kind != "APPOSITIVE" or _SPEECH_VERB.match(after.lstrip(" ,")):
                index.add(found)
    for section in headings:
        person = _person_in_heading(section)
        if person:
            index.add(person)
    for person in index.people:
        known = mentions.find(person.name)
        if known:
            person.role = person.role or known.role
            person.organization = person.organization or known.organization
    return index.people


# -- questions and answers ----------------------------------------------------------------------

_QUESTION = re.compile(
    rf"^\s*(?:{'|'.join(QUESTION_MARKERS)})\s*"
    r"|^\s*(?:Question|Comment)\s+(?:\d+\s+)?(?:from|by)\s+(?P<asker>[^:]{2,120}?)\s*:\s*"
    r"|^\s*(?:Question|Comment)\s*\d*\s*\((?P<asker2>[^()]{2,120})\)\s*:\s*", re.I)
_ANSWER = re.compile(
    rf"^\s*(?:{'|'.join(ANSWER_MARKERS)})\s*"
    r"|^\s*(?:Answer|Response|Reply)\s+(?:from|by)\s+(?P<answerer>[^:]{2,120}?)\s*:\s*"
    r"|^\s*(?:Answer|Response|Reply)\s*\((?P<answerer2>[^()]{2,120})\)\s*:\s*", re.I)


def _join_items(blocks: list[Block]) -> str:
    parts = []
    for block in blocks:
        text = block.text.strip()
        parts.append(text if re.search(r"[.,;:!?]$", text) else text + ".")
    return " ".join(parts).strip()


def _section_no(section: SectionDraft | None) -> int | None:
    return section.section_no if section else None


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


def _prose_qa(section: SectionDraft | None, block: Block) -> list[QAFound]:
    """ "Mr. X asked whether ... . Ms. Y replied that ..." within one paragraph."""
    pairs = [QAFound(m.group("q").strip(), m.group("a").strip().rstrip("."), None, None, _section_no(section),
                     block.page_first)
             for pattern in _QUESTIONS_ASKED for m in pattern.finditer(block.text)]
    sentences = _SENTENCE_SPLIT.split(block.text)
    for k, sentence in enumerate(sentences):
        asked = _ASKED.search(sentence)
        if not asked:
            continue
        question = sentence[asked.start("q"):].strip().rstrip(".")
        answer, answerer = None, None
        inline = _INLINE_ANSWER.search(question)
        if inline:  # "Asked if he had interests, James mentioned that ..."
            question, answer = question[: inline.start()].strip(), inline.group("a").strip()
        for follow in ([] if inline else sentences[k + 1:k + 3]):
            replied = _REPLIED.search(follow)
            if replied:
                answer = follow[replied.end():].strip()
                answerer = follow[: replied.start()].strip(" ,") or None
                break
            if _ASKED.search(follow):
                break
        pairs.append(QAFound(question, answer, sentence[: asked.start()].strip(" ,") or None, answerer,
                             _section_no(section), block.page_first))
    return pairs


_SENTENCE_SPLIT = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")
_INLINE_ANSWER = re.compile(
    r",\s+(?P<a>(?:[A-Z][a-z]+|it|he|she|they)\s+(?:was\s+)?(?:mentioned|replied|answered|said|explained|responded|"
    r"stated|confirmed)\b.*)$")
# "A question was asked, from X, regarding Y, to which ..." / "... were asked; including how ..., to which ..."
_QUESTIONS_ASKED = (
    re.compile(r"questions?\s*(?:\([^)]*\)\s*)?(?:was|were)\s+asked;?\s*including\s+(?P<q>[^;]+?),?\s+to which\s+"
               r"(?P<a>[^;]+)", re.I),
    re.compile(r"(?P<q>\b(?:an?|one)\s+questions?\s+was\s+asked\b[^;]*?)\s*(?:,\s*to which\s+|;\s*)(?P<a>[^;]+)",
               re.I),
)
_ASKED = re.compile(r"\b(?:also\s+)?(?:asked|enquired|inquired|wanted to know|questioned)\s+(?:the\s+\w+\s+)?"
                    r"(?P<q>(?:whether|if|why|when|how|what|who|whom|where|which)\b)", re.I)
_REPLIED = re.compile(r"\b(?:replied|answered|responded|explained|clarified)\b(?:\s+that)?\s*", re.I)
_ROOM_ANSWERS = re.compile(r"(?P<q>[^.\"“?]{1,300}\?)[\"”]?\s*(?:The\s+)?(?:answers?|responses?)\s+(?:from|of)\s+"
                           r"(?:the\s+)?(?:participants|the room|members)\s+(?:were|was)\s*:\s*(?P<a>[^.]+)", re.I)


def find_qa_pairs(located: list[tuple[SectionDraft | None, Block]]) -> list[QAFound]:
    pairs: list[QAFound] = []
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
            if answer is None or answer.endswith(":"):
                while j < len(located) and located[j][0] is section and located[j][1].is_item:
                    items.append(located[j][1])
                    j += 1
                if items:
                    answer = " ".join(filter(None, [answer, _join_items(items)]))
            if q_text:
                pairs.append(QAFound(q_text, answer or None, asker, answerer, _section_no(section), block.page_first))
            i = max(j, i + 1)
            continue
        answer_match = _ANSWER.match(text)
        if answer_match and i > 0 and located[i - 1][0] is section and "?" in located[i - 1][1].text:
            q_text, asker = _question_from_block(located[i - 1][1].text)
            pairs.append(QAFound(q_text, text[answer_match.end():].strip() or None, asker,
                                 answer_match.groupdict().get("answerer"), _section_no(section),
                                 located[i - 1][1].page_first))
            i += 1
            continue
        if block.is_item and text.endswith("?"):
            nested = []
            j = i + 1
            while j < len(located) and located[j][0] is section and located[j][1].is_item \
                    and located[j][1].depth > block.depth:
                nested.append(located[j][1])
                j += 1
            if nested:
                pairs.append(QAFound(text, _join_items(nested), None, None, _section_no(section), block.page_first))
                i = j
                continue
        room = _ROOM_ANSWERS.search(text)
        if room:
            question = room.group("q").split(":")[-1].strip(" \"“")
            pairs.append(QAFound(question, room.group("a").strip(), None, None, _section_no(section),
                                 block.page_first))
        pairs.extend(_prose_qa(section, block))
        i += 1
    return pairs


# -- feedback counts -------------------------------------------------------------------------------

_UNITS = _words_re(COUNT_UNITS)
_COUNT_PATTERNS = (
    re.compile(rf"^(?P<label>.+?)\s*\(\s*(?P<n>\d{{1,4}})\s*(?P<unit>{_UNITS})?\s*\)\s*[.;,]?$", re.I),
    re.compile(rf"^(?P<label>.+?)\s*[-–—:=]\s*(?P<n>\d{{1,4}})\s*(?P<unit>{_UNITS})?\s*[.;,]?$", re.I),
)


def _count_of(text: str) -> tuple[str, int, str | None] | None:
    for pattern in _COUNT_PATTERNS:
        match = pattern.match(text.strip())
        if match:
            label = match.group("label").strip(" -–:,")
            count = int(match.group("n"))
            unit = (match.group("unit") or "").lower() or None
            if not label or (unit is None and 1900 <= count <= 2100):
                return None
            return label, count, unit
    return None


def _prompt_text(text: str) -> str:
    """A prompt without its numbering or label: "2.1: The three main ..." -> "The three main ..."."""
    text = re.sub(r"^\s*(?:(?:part|question|poll|q)\s*)?\d+(?:\.\d+)*\s*[:.)]\s*", "", text, flags=re.I)
    return text.strip().rstrip(":").strip()


def inline_counts(text: str) -> tuple[str | None, list[tuple[str, int, str | None]]]:
    """Several tallies in one line: "Poll 1: Clear? Yes - 42, Partly - 17, No - 3" or
    "Reasons: late payment (5), rate too high (4)". Returns (prompt written before them, counts)."""
    text = text.strip().rstrip(".")
    candidates = []
    if "?" in text:
        cut = text.rindex("?") + 1
        candidates.append((text[:cut], text[cut:]))
    if ":" in text:
        cut = text.index(":")
        candidates.append((text[:cut], text[cut + 1:]))
    candidates.append((None, text))
    for prompt, tail in candidates:
        separator = ";" if ";" in tail else ","
        segments = [seg.strip() for seg in _split_outside_parens(tail, separator)]
        segments = [re.sub(r"^and\s+", "", seg) for seg in segments if seg]
        counts = [_count_of(seg) for seg in segments]
        if len(counts) >= 2 and all(counts):
            return prompt, counts  # type: ignore[return-value]
    return None, []


def _not_feedback_context(*texts: str | None) -> bool:
    """Elections, motions and money are tallied too, but they are not participants' feedback."""
    words = set(re.findall(r"[a-z]+", " ".join(t or "" for t in texts).lower()))
    return bool(words & set(NON_FEEDBACK_WORDS))


def _table_rows(located: list[tuple[SectionDraft | None, Block]], table: int) -> dict[int, dict[int, str]]:
    rows: dict[int, dict[int, str]] = {}
    for _, block in located:
        if block.cell is not None and block.cell.table == table:
            row = rows.setdefault(block.cell.row, {})
            row[block.cell.column] = " ".join(filter(None, [row.get(block.cell.column), block.text.strip()]))
    return rows


def _as_count(text: str | None) -> int | None:
    text = (text or "").strip()
    return int(text) if re.fullmatch(r"\d{1,6}", text) else None


def table_counts(rows: dict[int, dict[int, str]], header: list[str]) -> list[tuple[str | None, str, int, str | None]]:
    """(question, label, count, unit) from an evaluation table (Item | Number | %) or a rating grid
    (prompts as rows, ratings as columns). Percentage columns are left out."""
    columns = sorted({c for row in rows.values() for c in row if c > 0})
    names = {c: (header[c] if c < len(header) else "") for c in columns}
    count_columns = [
        c for c in columns
        if "%" not in names[c] and "percent" not in names[c].lower()
        and any(_as_count(row.get(c)) is not None for row in rows.values())
    ]
    out = []
    for row in (rows[r] for r in sorted(rows)):
        first = (row.get(0) or "").strip()
        if not first or first.lower() in {"total", "totals", "sum"}:
            continue
        for c in count_columns:
            count = _as_count(row.get(c))
            if count is None:
                continue
            if len(count_columns) == 1:
                out.append((None, first, count, names[c].lower() or None))
            else:
                out.append((first, names[c] or f"column {c + 1}", count, None))
    return out


_NUMBER_WORD = _words_re(NUMBER_WORDS)
_COUNTED_OPINION = re.compile(
    rf"\b(?P<n>\d{{1,4}}|{_NUMBER_WORD})\s+(?:of\s+the\s+)?(?P<unit>participants|members|people|respondents|persons)"
    rf"\s+(?:also\s+)?(?P<verb>{_words_re(OPINION_VERBS)})\s+(?:that\s+)?(?P<label>[^.;]+)", re.I)


def opinion_counts(text: str) -> list[tuple[str, int, str]]:
    """(label, count, unit) from sentences such as "Five participants said the room was cold"."""
    out = []
    for match in _COUNTED_OPINION.finditer(text):
        number = match.group("n").lower()
        count = int(number) if number.isdigit() else NUMBER_WORDS[number]
        out.append((match.group("label").strip(" ,"), count, match.group("unit").lower()))
    return out


def find_feedback(located: list[tuple[SectionDraft | None, Block]], structure: Structure) -> list[CountFound]:
    counts: list[CountFound] = []
    prompt: str | None = None
    prompt_section: SectionDraft | None = None
    tables_done: set[int] = set()

    def add(label: str, count: int, unit: str | None, section: SectionDraft | None, block: Block,
            question: str | None = None) -> None:
        context = question or prompt
        if _HONORIFIC_PREFIX.match(label) or _not_feedback_context(section.heading if section else None, context):
            return
        counts.append(CountFound(context, label, count, unit, _section_no(section), block.page_first))

    for section, block in located:
        if section is not prompt_section:
            prompt, prompt_section = (_prompt_text(section.heading) if section else None), section
        table = block.cell.table if block.cell is not None else None
        if table in structure.data_tables:
            if table not in tables_done:
                tables_done.add(table)
                header = structure.table_headers.get(table, [])
                for question, label, count, unit in table_counts(_table_rows(located, table), header):
                    add(label, count, unit, section, block, question)
            continue
        found = _count_of(block.text) if block.is_item else None
        if found:
            add(*found, section, block)
            continue
        written_prompt, several = inline_counts(block.text)
        if several:
            if written_prompt:
                prompt = _prompt_text(written_prompt)
            for label, count, unit in several:
                add(label, count, unit, section, block)
        elif not block.first.bullet:
            for label, count, unit in opinion_counts(block.text):
                add(label, count, unit, section, block)
            prompt = _prompt_text(block.text)
    return counts


# -- metadata -----------------------------------------------------------------------------------

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
_PARTICIPANTS = _words_re(PARTICIPANT_WORDS)
_FEMALE = _words_re(FEMALE_WORDS)
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


def annotate(structure: Structure) -> Annotations:
    located = _located_blocks(structure)
    return Annotations(
        speakers=find_speakers(located, structure),
        qa_pairs=find_qa_pairs(located),
        feedback=find_feedback(located, structure),
        meta=find_meta(structure),
    )
