"""Speakers: who presents, reports, asks, answers, chairs; with role and organisation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.annotate.common import Located, split_outside_parens, words_re
from pipeline.nlp import bare_names, load_bare_name_matcher, load_nlp, person_docs
from pipeline.rules import (
    GENERIC_ORG_HEADS,
    HEADING_ITEM_WORDS,
    HEADING_ROLE_WORDS,
    HONORIFICS,
    NON_SPEAKER_LABELS,
    ORG_WORDS,
    PRESENTER_COLUMN_NAMES,
    SPEAKER_LABELS,
    SPEAKER_LEAD_INS,
    SPEECH_VERBS,
    VERB_ROLES,
)
from pipeline.structure import Block, SectionDraft, Structure


@dataclass
class PersonFound:
    honorific: str | None
    name: str
    role: str | None = None
    organization: str | None = None
    section_nos: list[int] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)



_HONORIFIC_WORDS = words_re(h.rstrip(".") for h in HONORIFICS)
HONORIFIC_PREFIX = re.compile(rf"^(?P<h>{_HONORIFIC_WORDS})\.?\s+")
_SPEECH_VERB = re.compile(
    rf"^(?:also\s+|then\s+|further\s+|briefly\s+|again\s+)?(?:{words_re(SPEECH_VERBS)})\b"
    r"|^made\s+(?:a|an|the|his|her)?\s*(?:\w+\s+){0,2}(?:report|presentation|remarks?|statement|speech)")
_LEAD_IN = re.compile(rf"(?:{'|'.join(SPEAKER_LEAD_INS)})\s*:?\s*$", re.I)
_QA_LEAD_IN = re.compile(
    r"(?:question|questions|comment|comments|answer|answers|response|reply)\s+(?:from|by)\s*$"
    r"|(?:asked|answered|responded|replied|raised|questioned)\s+by\s*$", re.I)
_SPEAKER_LABEL = re.compile(rf"^\s*(?:{words_re(SPEAKER_LABELS)})\s*:\s*$", re.I)
_NON_SPEAKER_LABEL = re.compile(rf"^\s*(?:{words_re(NON_SPEAKER_LABELS)})\s*:", re.I)
_ORG_WORD = re.compile(rf"\b(?:{words_re(ORG_WORDS)})\b", re.I)
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")
_BRACKETED_ASKER = re.compile(r"^\s*(?:\(?[0-9A-Za-z]{1,3}[.)]\s*)?\($")
_CLAUSE_START = re.compile(r"^(?:who|which|he|she|they|and|also|then|on|after|as|that|to|where)\b")


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
    parts = split_outside_parens(text)
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
        parts = split_outside_parens(inside)
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
    for part in split_outside_parens(segment):
        if _SPEECH_VERB.match(part) or _CLAUSE_START.match(part) or len(part.split()) > 14:
            break
        if re.search(r"\bby\b", part) or HONORIFIC_PREFIX.search(part):
            break  # "seconded by Mr. Y": the next clause, about someone else
        verb = re.search(rf"\s(?:{words_re(SPEECH_VERBS)}|made)\b", part)
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
    match = HONORIFIC_PREFIX.match(mention)
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


def find_speakers(located: Located, structure: Structure):
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
                role, org = split_role_org(split_outside_parens(_clause(value))[0])
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
