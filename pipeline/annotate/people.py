"""Speakers: who presents, reports, asks, answers, chairs; with role and organisation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.annotate.common import Located, split_outside_parens, words_re, words_tree_re
from pipeline.annotate.roster import (
    Roster,
    RosterEntry,
    build_roster,
    read_people_table,
    tidy_name,
)
from pipeline.names import is_given_name
from pipeline.nlp import bare_names, load_bare_name_matcher, load_nlp, person_docs
from pipeline.rules import (
    CHAIR_ROLES,
    FIELD_SUFFIXES,
    FIELD_WORDS,
    GENERIC_ORG_HEADS,
    HEADING_ITEM_WORDS,
    HEADING_ROLE_WORDS,
    HONORIFICS,
    NAME_OPENER_WORDS,
    NON_SPEAKER_LABELS,
    NOT_NAME_WORDS,
    NOUN_SUFFIXES,
    ORG_WORDS,
    POST_ACT_VERBS,
    POST_MODIFIERS,
    POST_NAME_LEAD_INS,
    POST_SUFFIXES,
    POST_TIME_WORDS,
    POST_WORDS,
    PRESENTER_COLUMN_NAMES,
    ROLE_TAIL_STOPWORDS,
    ROLE_TITLES,
    SPEAKER_LABELS,
    SPEAKER_LEAD_INS,
    SPEECH_AUXILIARIES,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    VERB_ROLES,
)
from pipeline.structure import Block, SectionDraft, Structure, people_table_columns


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
    rf"^(?:also\s+|then\s+|further\s+|briefly\s+|again\s+|aussi\s+|auch\s+|también\s+|anche\s+|ook\s+)?"
    rf"(?:(?:{words_re(SPEECH_AUXILIARIES)})\s+)?(?:{words_re(SPEECH_VERBS)})(?![\w-])"
    r"|^made\s+(?:a|an|the|his|her)?\s*(?:\w+\s+){0,2}(?:report|presentation|remarks?|statement|speech)")
_LEAD_IN = re.compile(rf"(?:{'|'.join(SPEAKER_LEAD_INS)})\s*:?\s*(?:the|el|la|le|il|der|die|de)?\s*$", re.I)
_QA_LEAD_IN = re.compile(
    r"(?:question|questions|comment|comments|answer|answers|response|reply)\s+(?:from|by)\s*$"
    r"|(?:asked|answered|responded|replied|raised|questioned)\s+by\s*$"
    r"|^\s*(?:q|a|question|answer|comment|response|reply)\s*\d*\s*\(\s*$", re.I)  # "Q (Mr. X, Org): ..."
_BRACKETED_LABEL = re.compile(rf"\(\s*(?P<label>{words_re(SPEAKER_LABELS)})\s*:\s*$", re.I)
_SPEAKER_LABEL = re.compile(rf"^\s*(?:{words_re(SPEAKER_LABELS)})\s*:\s*$", re.I)
_NON_SPEAKER_LABEL = re.compile(rf"^\s*(?:{words_re(NON_SPEAKER_LABELS)})\s*:", re.I)
_ORG_WORD = re.compile(rf"\b(?:{words_tree_re(ORG_WORDS)})\b", re.I)  # searched for yes/no
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:[/&][A-Z][A-Za-z]*)*$")
_BRACKETED_ASKER = re.compile(r"^\s*(?:\(?[0-9A-Za-z]{1,3}[.)]\s*)?\($")
_CLAUSE_START = re.compile(r"^(?:who|which|he|she|they|and|also|then|on|after|as|that|to|where"
                           r"|a|al|y|et|und|que|qui|quien|che|die|dass|en|il|elle|er|sie|ella|él)\b")


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


_POST_HEADS = set(POST_WORDS) | set(CHAIR_ROLES) | {w.lower() for t in ROLE_TITLES for w in t.split()}
_ARTICLE = re.compile(r"^(?:a|an|the|el|la|le|il|der|die|das|un|une|una|uno|ein|eine)\s+", re.I)


def starts_with_post(text: str) -> bool:
    """ "President", "a Representative from X", "Versammlungsleiterin", "Acting Chair", "nouveau trésorier",
    "Président-fondateur": a phrase that opens with a post (after at most two modifiers such as "Visiting")."""
    words = [w.lower().strip(".,:;()") for w in _ARTICLE.sub("", text.strip()).split()]
    skip = 0
    while skip < 2 and skip + 1 < len(words) and words[skip] in POST_MODIFIERS:
        skip += 1
    words = words[skip:]
    if not words:
        return False
    first = words[0]
    return first in _POST_HEADS or first.endswith(POST_SUFFIXES) or " ".join(words[:2]) in _POST_HEADS \
        or "-" in first and first.split("-")[0] in _POST_HEADS


_TIME_CUT = re.compile(rf"\s+(?:{words_re(POST_TIME_WORDS)})(?:\s|$).*$", re.I | re.S)


def plausible_role(role: str | None) -> str | None:
    """A post is a short noun phrase: a role that ends in a conjunction or preposition ("seconded and"), or runs
    long with no post word in it ("some communities worry about ..."), was cut from a clause."""
    if not role:
        return role
    if starts_with_post(role):  # "Kassenwart seit November": when the post was held is no part of it
        role = _TIME_CUT.sub("", role).strip(" ,;:") or role
    words = role.split()
    if words[-1].lower().strip(".,;:") in ROLE_TAIL_STOPWORDS:
        return None
    if role[:1].islower() and not starts_with_post(role) and len(words) > 3:
        return None
    return role


def _is_field(text: str) -> bool:
    """ "Difusión y Vinculación", "Research", "Education": a field of work, not a body."""
    words = [w.lower().strip(".,()") for w in text.split() if w[:1].isupper()]
    return bool(words) and all(w in FIELD_WORDS or w.endswith(FIELD_SUFFIXES) for w in words)


_GENERIC_BODY = re.compile(rf"^(?:(?:the|la|el|le|les|il|lo|die|der|das|het|de|o|a)\s+|l['’])?"
                           rf"(?:{words_re(ORG_WORDS)})$", re.I)


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
    preps = [m for m in re.finditer(r"\s(?:(?:of|from|at|with|de|del|du|des|von|der|di|della|dello|degli|delle|dei"
                                   r"|van|do|da|dos|das)\s+(?:(?:the|la|el|le|les|los|las|die|das|het)\s+|l['’])?"
                                   r"|(?:d|dell|dall)['’])", text)
             if not _GENERIC_BODY.match(text[m.end():].strip())]  # "President of Board" is one post
    attempts = (
        (lambda org: bool(_ACRONYM.fullmatch(org)) and not re.fullmatch(r"[A-Z]+s", org), reversed(preps)),
        (lambda org: org[:1].isupper() and _org_like_strict(org), preps),
        (None, None),  # marks the place of the last-part rule below
        (lambda org: _org_like_loose(org) and not _is_field(org), reversed(preps)),
    )
    for check, order in attempts:
        if check is None:
            if len(parts) >= 2 and _org_like_loose(parts[-1]) and not _is_field(parts[-1]):
                return _strip_article(", ".join(parts[:-1])) or None, parts[-1]
            continue
        for match in order:
            role, org = text[: match.start()].strip(), text[match.end():].strip()
            if role and check(org):
                return _strip_article(role) or None, org
    if len(parts) == 1 and _org_like_strict(text) and not re.match(r"^(?:a|an|the)\s", text, re.I) \
            and not starts_with_post(text):
        return None, text
    paren = re.fullmatch(r"(?P<role>.+?)\s*\((?P<org>[^()]+)\)", text)
    if paren and _org_like_strict(paren.group("org")):
        return _strip_article(paren.group("role")), paren.group("org")
    return _strip_article(text) or None, None



# "Versammlungsleiterin: Madeleine Salzmann", "Moderator - Ann Lee": a post set as a label before the name.
_POST_LABEL = re.compile(r"(?:^|\n|[.;•●]\s*)\s*(?P<post>[A-ZÀ-Þa-zß-ÿ][\w-]*(?:\s+[\w-]+){0,2})\s*[:–-]\s*$")


# "Presidente: Dr. Juan Pérez Secretaria: Lic. Ana López": one post word as a label, where lines run together.
_POST_WORD_LABEL = re.compile(r"(?:^|\s)(?P<post>[A-ZÀ-Þ][\w-]+)\s*:\s*$")
# An article (or a preposition fused with one) that opens a post written before a name, anywhere in a sentence.
_ARTICLE_BEFORE_POST = re.compile(r"(?:^|(?<=[\s(]))(?:the|el|la|le|il|lo|der|die|de|het|o|a|pelo|pela|do|da|del"
                                  r"|al|du|au|dal|dalla|dem|vom|zum|zur)\s+", re.I)
_POST_THEN_COMMA = re.compile(r"(?P<post>[^,;.:()]{2,90}),\s*(?:(?:the|el|la|le|il|der|die|de|o|a)\s+)?")
_ARTICLE_INSIDE = re.compile(r"\s+(?:the|el|la|le|il|lo|der|die|das|de|het|o|a)(?:\s+|$)", re.I)
_POST_THEN_NAME = re.compile(r"(?P<post>[\w'’-]+(?:\s+[\w'’-]+){0,2})\s+")


def _singular_post(post: str) -> bool:
    """A post that opens with a post word, not its plural ("the members Ann and Bob" names no post)."""
    first = post.split()[0].lower().strip(".,")
    return starts_with_post(post) and not (first.endswith("s") and first[:-1] in _POST_HEADS)


def _post_before(before: str) -> tuple[str | None, str | None]:
    """ "El Rector de la Universidad X, Dr. Y, dirigió ...", "Presiede il Presidente, dott. Rossi", "Der
    Vorsitzende Herr Müller eröffnet": the post written before the name, after an article, when its first word
    is a post ("Rector", "Director General"); the nearest such phrase wins."""
    label = _POST_LABEL.search(before)
    if label and starts_with_post(label.group("post")):
        return label.group("post"), None
    label = _POST_WORD_LABEL.search(before)
    if label and starts_with_post(label.group("post")):
        return label.group("post"), None
    tail = before[-160:]
    for article in reversed(list(_ARTICLE_BEFORE_POST.finditer(tail))):
        rest = tail[article.end():]
        comma = _POST_THEN_COMMA.fullmatch(rest)
        if comma and _singular_post(comma.group("post")):
            return split_role_org(comma.group("post"))
        bare = _POST_THEN_NAME.fullmatch(rest)
        if bare and _singular_post(bare.group("post")):  # "Funge da segretario il sig. X": up to the next article
            return _ARTICLE_INSIDE.split(_strip_article(bare.group("post")))[0], None
    right_before = _POST_RIGHT_BEFORE.search(before)  # "Il Sindaco ing. Marco Ferri", "O Vereador Sr. X"
    if right_before and _singular_post(right_before.group("post")):
        return right_before.group("post"), None
    return None, None


_POST_RIGHT_BEFORE = re.compile(rf"(?:^|\b(?:the|el|la|le|il|lo|der|die|de|het|o|a)\s+)"
                                rf"(?P<post>{words_re(ROLE_TITLES)}|{words_re(POST_WORDS)})\s+$", re.I)


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
        if starts_with_post(inside):  # "(President)", "(Versammlungsleiter)", "(Head of X at Y)"
            role, org = split_role_org(inside)
            return role, org, rest
        if _org_like_strict(inside) or _org_like_loose(inside):
            return None, inside, rest
        return inside, None, rest
    from_org = re.match(r"^\s+(?:from|of)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w'’&.-]*\s?(?:(?:of|for|and|et|the)\s)?)+)",
                        after)
    if from_org:
        return None, from_org.group("org").strip(), after[from_org.end():]
    if not re.match(r"^\s*,", after):
        return None, None, after
    body = after.lstrip(" ,")
    segment = _cut_at_unopened_paren(_clause(body))
    kept = []
    for part in split_outside_parens(segment):
        if _SPEECH_VERB.match(part) or _CLAUSE_START.match(part) and not starts_with_post(part) \
                or len(part.split()) > 14:
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


def _trim_post_tail(name: str) -> str:
    """ "Juan Pérez Secretaria" (label lines run together: "... Dr. Juan Pérez Secretaria: Lic. Ana"): a post word
    ending a name of three words or more is the next label, not the surname."""
    words = name.split()
    if len(words) >= 3 and words[-1].lower() in _POST_HEADS and words[-1][:1].isupper():
        return " ".join(words[:-1])
    return name


def _without_post_tail(name: str, start: int, end: int, text: str) -> tuple[str, int]:
    """The name without a post word run into it, and where it ends in `text`."""
    trimmed = _trim_post_tail(name)
    if trimmed == name:
        return name, end
    cut = text.rfind(name.split()[-1], start, end)
    return trimmed, cut if cut > 0 else end


def _clause(text: str) -> str:
    """The text up to the end of its first clause (a full stop, colon or semicolon outside brackets)."""
    depth = 0
    for i, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth == 0 and char in ";:" or depth == 0 and char == "." and (i + 1 == len(text) or text[i + 1] == " ") \
                and len(re.search(r"(\w*)$", text[:i]).group(1)) > 3:
            return text[:i]
    return text


# The person ruler matches honorifics in any case ("de la maestra Gabriela ..."): so does their removal.
_ENT_HONORIFIC_PREFIX = re.compile(HONORIFIC_PREFIX.pattern, re.I)


def _split_honorific(mention: str) -> tuple[str | None, str]:
    match = _ENT_HONORIFIC_PREFIX.match(mention)
    if not match:
        return None, mention.strip()
    written = mention[: match.end()].strip()
    return written, mention[match.end():].strip()


_CONJUNCTION = re.compile(r"^\s*,?\s*(?:and|y|e|et|und|en|&)\s+")
_NAME_RUN_WORD = re.compile(
    rf"^(?:[A-ZÀ-Þ][\w'’.-]*|de|la|van|von|der|del|du|the|el|le|die|il|(?:{_HONORIFIC_WORDS})\.?),?$")


def _coordinated_speaker_follows(rest: str) -> bool:
    """ "Emma Rand [and Susannah Cowtan led]", "el Ing. Landeros [y la Maestra Hermosillo, explicaron]":
    a name joined to the next one, whose verb is said of both."""
    conj = _CONJUNCTION.match(rest)
    if not conj:
        return False
    words = list(re.finditer(r"\S+", rest[conj.end():]))
    for k, word in enumerate(words[:7]):
        if not _NAME_RUN_WORD.match(word.group()):
            return k > 0 and bool(_SPEECH_VERB.match(rest[conj.end() + word.start():]))
    return False


def _is_speaking(block: Block, text: str, start: int, rest: str, bare: bool = False) -> bool:
    """Whether the person named at `start` speaks. A `bare` name (no honorific, read through the
    roster) needs a cue in words: a bold line or a lead-in like "shared by" ("3 points shared by
    A, B") are not enough for it."""
    before = text[:start]
    if _NON_SPEAKER_LABEL.match(before):
        return False
    if block.bold and start <= 40 and not bare:
        return True  # a presenter line: "Ms. X, Head of Y" set in bold
    lead_in = _LEAD_IN.search(before)
    if lead_in and not (bare and lead_in.group().lower().startswith("shared")):
        return True
    if _QA_LEAD_IN.search(before) or _SPEAKER_LABEL.match(before):
        return True
    if _SPEECH_VERB.match(rest.lstrip(" ,")) or _coordinated_speaker_follows(rest):
        return True
    if _BRACKETED_ASKER.match(before) and "?" in text:
        return True  # "3. (Ms. X, Org) Can the time be extended?"
    # "Mr. X: we think ..." speaks; "Mr. X: 64 votes" is a tally
    return bool(re.match(r"^\s*[:\-–]\s+(?!\d)", rest)) and start == 0


# Posts used as titles before a name, which a roll call's post for the person overrides (not the chair's).
_TITLE_POSTS = {t.lower() for t in ROLE_TITLES} - set(CHAIR_ROLES)


class PeopleIndex:
    """People found in a document, merged when a later mention is a shorter form of the name.

    With a roster (the document's attendance lists and full names), a name added is first read
    back to the full name it stands for ("Mashack" -> "Michael Mashack", "HB" -> "Helen Brown"),
    taking the post the roster gives when none is known.
    """

    def __init__(self, roster: Roster | None = None) -> None:
        self.people: list[PersonFound] = []
        self.roster = roster

    def canonical(self, found: PersonFound) -> PersonFound:
        """`found` with its full name and roster post, when the roster knows exactly one such person."""
        entry = self.roster.resolve(found.name) if self.roster else None
        words = found.name.split()
        lead = next((i for i, w in enumerate(words[:-1]) if w.lower() not in _DROPPABLE), len(words) - 1)
        if entry is None and lead and self.roster:  # "Associate Planner Reyes": a post before a listed surname
            entry = self.roster.resolve(" ".join(words[lead:]))
            if entry is not None:
                found.role = found.role or plausible_role(" ".join(words[:lead]))
        if entry is None:
            return found
        found.name = entry.name
        if entry.listed and entry.role and (found.role or "").lower() in _TITLE_POSTS:
            found.role = None  # "seconded by Commissioner Mendez": the roll call's "Alternate" says more
        found.role = found.role or entry.role
        found.organization = found.organization or entry.organization
        return found

    def find(self, name: str) -> PersonFound | None:
        tokens = name.lower().split()
        exact = [p for p in self.people if p.name.lower().split() == tokens]
        if exact:
            return exact[0]
        partial = [p for p in self.people if set(tokens) <= set(p.name.lower().split())]
        return partial[0] if len(partial) == 1 else None

    def add(self, found: PersonFound) -> PersonFound:
        found.role = plausible_role(found.role)
        found = self.canonical(found)
        if found.organization and found.role and found.organization.casefold() == found.role.casefold():
            found.organization = None  # "(Town Clerk)" read as both: it is the post
        known = self.find(found.name)
        if known is None:
            self.people.append(found)
            return found
        known.honorific = known.honorific or found.honorific
        if not (known.role and found.role and known.role.lower() != found.role.lower()):
            known.organization = known.organization or found.organization  # a body goes with its own post
        known.role = known.role or found.role
        for section_no in found.section_nos:
            if section_no not in known.section_nos:
                known.section_nos.append(section_no)
        for page in found.pages:
            if page not in known.pages:
                known.pages.append(page)
        return known


def _table_rows(located: Located, table: int) -> list[dict[int, str]]:
    """The rows of one table, each {column: text}, in reading order."""
    rows: dict[int, dict[int, str]] = {}
    for _, block in located:
        if block.cell is not None and block.cell.table == table:
            row = rows.setdefault(block.cell.row, {})
            row[block.cell.column] = f"{row.get(block.cell.column, '')} {block.text}".strip()
    return list(rows.values())


def _presenter_cells(structure: Structure) -> set[tuple[int, int]]:
    """(table, column) of the columns named "Presenter", "Speaker", "Facilitator", ..."""
    return {(table, c) for table, names in structure.table_headers.items()
            for c, name in enumerate(names) if name.lower().strip(" :") in PRESENTER_COLUMN_NAMES}


_ROSTER_REF = re.compile(
    r"(?<![\w.’'-])(?:[A-Z]{2,4}|(?:Mc|Mac|O['’])?[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?"
    r"(?:\s+(?:(?:de|la|van|von|der|den|del|di|da|du|le)\s+)*"
    r"(?:(?:Mc|Mac|O['’])?[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?|[A-ZÀ-Þ]{3,})){0,3})(?![\w-])")


_DROPPABLE = set(NOT_NAME_WORDS) | set(POST_WORDS) | {w.lower() for t in ROLE_TITLES for w in t.split()} \
    | set(NAME_OPENER_WORDS)


def _roster_refs(text: str, roster: Roster) -> list[tuple[int, int, str, str | None]]:
    """(start, end, full name) of each reference in `text` to one person of the roster: a full
    name, first name, surname or initials, with words around it that are not the name dropped
    ("Then Bob" -> "Bob")."""
    found = []
    for match in _ROSTER_REF.finditer(text):
        if _ORG_WORD.search(match.group()):
            continue  # "Milburn Parish Council": a body named after a place, not a person
        words = list(re.finditer(r"\S+", match.group()))
        for lo in range(len(words)):  # only words that cannot be a name may go: "Then Bob", "Commissioner X"
            if lo and words[lo - 1].group().lower() not in _DROPPABLE:
                break
            ref = match.group()[words[lo].start():]
            entry = roster.resolve(ref)
            if entry:
                dropped = match.group()[:words[lo].start()].strip()
                found.append((match.start() + words[lo].start(), match.end(), entry.name,
                              dropped if dropped in ROLE_TITLES else None))
                break
    return found


_BRACKET_OPENER = re.compile(
    r"^\W{0,3}\((?P<name>(?:[A-Z]\.?|[A-ZÀ-Þ][a-zà-ÿ'’]+)(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’-][\w'’-]*){1,2})"
    r"(?:,?\s+(?P<org>[^()]{2,30}?))?\)")


def _bracket_opener(text: str) -> tuple[int, int, str, str | None] | None:
    """ "(N Galbraith, WHOI) Roy Lowry has ...": a note opened by its author and their body, in brackets.
    The name must begin with an initial or a given name."""
    match = _BRACKET_OPENER.match(text)
    if not match:
        return None
    name = match.group("name")
    first = name.split()[0]
    if not (len(first.rstrip(".")) == 1 or is_given_name(first)) or _ORG_WORD.search(name):
        return None
    return match.start("name"), match.end("name"), name, (match.group("org") or "").strip(" ,") or None


_SIGNATURE = re.compile(
    r"^\s*(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})\s*(?:\((?P<role>[^()\d]{2,40})\))?[\s.,–-]*"
    r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:\d{1,2}\s+)?[A-Z][a-zé]+\.?\s+\d{4})\.?\s*$")


def _signed_report(text: str, roster: Roster) -> PersonFound | None:
    """ "Alan Heath (Treasurer) 5/9/2024", "Colin Solloway. September 2024.": a report signed and dated by a
    person of the roster, who gave it."""
    match = _SIGNATURE.match(text)
    entry = roster.resolve(match.group("name")) if match else None
    if entry is None or not entry.listed:
        return None
    return PersonFound(honorific=None, name=entry.name, role=match.group("role") or entry.role,
                       organization=entry.organization)


_LABEL_VALUE = re.compile(r"^\s*:\s*(?=(?:a|an|the|le|la|un|une|el|il|der|die|ein|eine|o|uma?)\s|\S)", re.I)
_ARTICLE_START = re.compile(r"^(?:a|an|the|le|la|un|une|el|il|der|die|ein|eine|o|uma?)\s", re.I)


def _labelled_post(before: str, rest: str) -> tuple[str | None, str | None]:
    """ "James Cronin: a founder of Stand.org.uk, where ...", "Mark D: a computer security consultant": a line
    opened by a name and a colon, whose first phrase says what the person is (a post, or an article and a
    noun phrase; "Kevin: we think ..." is speech, not a post)."""
    label = _LABEL_VALUE.match(rest)
    if not label or re.search(r"[^\W\d]", before.split("\n")[-1]):
        return None, None
    value = split_outside_parens(_clause(rest[label.end():]))
    if not value or not (_ARTICLE_START.match(value[0]) or starts_with_post(value[0])) or len(value[0].split()) > 8:
        return None, None
    return split_role_org(value[0])


def _described(rest: str, role: str | None, org: str | None) -> bool:
    """Whether the role and body read after a mention describe the person: a post, or a body in brackets."""
    if role and starts_with_post(role):
        return True
    return bool(org) and not role and rest.lstrip().startswith("(") and len(re.sub(r"\W", "", org)) >= 3 \
        and (_org_like_strict(org) or _org_like_loose(org))  # "(PT)", "(M)": a list's short mark, not a body


_SIGNATURE_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*|de|la|van|von|der|del|du|di|da|le)$")
_HONORIFIC_TOKEN = re.compile(rf"(?:{_HONORIFIC_WORDS})\.?", re.I)
_POST_JOINERS = set(POST_MODIFIERS) | {"the", "le", "la", "el", "il", "der", "die", "de", "het", "o", "a", "l'", "l’"}


def _names_in_line(line: str, roster: Roster) -> list[RosterEntry]:
    """ "David Viry Monika Zweygarth Maryse Nafti": a line made only of the full names of people of the
    roster (the names under a signature line); empty when any word is left over."""
    words = [w for w in line.replace("\u2019", "'").split() if not _HONORIFIC_TOKEN.fullmatch(w)]  # "DR. X", "Mme Y"
    if not 2 <= len(words) <= 16 or not all(_SIGNATURE_NAME_WORD.match(w) for w in words):
        return []

    def parse(at: int, listed: bool) -> list[RosterEntry] | None:
        if at == len(words):
            return []
        for size in (4, 3, 2):
            ref = " ".join(words[at:at + size])
            entry = roster.resolve(ref) if at + size <= len(words) else None
            # each name written in full; listed people first ("David Viry Monika" met in prose is no one)
            if entry is not None and entry.tokens == tidy_name(ref).lower().split() and entry.listed >= listed:
                rest = parse(at + size, listed)
                if rest is not None:
                    return [entry, *rest]
        return None

    return parse(0, True) or parse(0, False) or []


def _posts_in_line(line: str, count: int) -> list[str]:
    """ "Président-fondateur sortant et Présidente Membre du comité" -> its `count` posts, each opening with a
    capitalised post word ("Le Président La Secrétaire" -> two; "Vice Chairman" is one); empty when the line
    does not split so."""
    words = line.split()
    if not words or len(words) > 6 * count:
        return []
    starts = [i for i, w in enumerate(words) if w[:1].isupper() and starts_with_post(" ".join(words[i:i + 3]))]
    starts = [i for i in starts if i - 1 not in starts or words[i - 1].lower() not in _POST_JOINERS]
    if len(starts) != count or starts[0] != 0:
        return []
    bounds = starts + [len(words)]
    return [_ARTICLE.sub("", " ".join(words[a:b])) for a, b in zip(bounds, bounds[1:], strict=False)]


def _signature_posts(block: Block, roster: Roster, before: str = "") -> list[tuple[str, str]]:
    """(name, post) from a signature block: a line of names with a line of posts under or above it, one post
    per name in the same order ("David Viry Monika Zweygarth" / "Président Secrétaire"), or one name over
    one post. `before` is the last line of the block above, where the posts may stand apart."""
    lines = [line.text.strip() for line in getattr(block, "lines", [])]  # a heading read as text has none
    if before and lines:
        lines.insert(0, before)
    found = []
    for i, line in enumerate(lines):
        names = _names_in_line(line, roster)
        if not names:
            continue
        for other in (lines[i + 1] if i + 1 < len(lines) else "", lines[i - 1] if i else ""):
            posts = _posts_in_line(other, len(names))
            if posts:
                found.extend((entry.name, post) for entry, post in zip(names, posts, strict=True))
                break
    return found


def _bracketed_ref_opens_block(text: str, start: int, end: int) -> bool:
    """ "(HB) The school ...": a paragraph opened by a bracketed name or initials is that person's."""
    return text[:start].strip() == "(" and text[end:].lstrip().startswith(")")


_POST_SPEAKS = re.compile(
    rf"\b(?:the|le|la|der|die|el|il|de|o|a)\s+(?P<post>{words_re(ROLE_TITLES)}|{words_re(POST_WORDS)})\s+"
    rf"(?=(?:{words_re(SPEECH_AUXILIARIES)}\s+)?(?:{words_re(SPEECH_VERBS)})\b)", re.I)


# "President Ottinger called ...", "Motion by member Zimmerman": a post, then a capitalised surname (one or two
# words, "De Beck", "SawyerKnoll"), then an act of the meeting or a mover's lead-in before the post.
_SURNAME = r"(?-i:(?:[A-Z][a-zà-ÿ'’]+|D[eiau]|V[ao]n|L[ae]|Mc|Mac|O['’])(?:[A-Z][a-zà-ÿ'’]+)?)"
_POST_NAME = re.compile(
    rf"(?P<lead>\b(?:{words_re(POST_NAME_LEAD_INS)})\s+)?\b(?P<post>{words_re(ROLE_TITLES)})\s+"
    rf"(?P<name>{_SURNAME}(?:\s+{_SURNAME})?)(?=\s*(?P<verb>[a-zà-ÿ]+)?)", re.I)
_POST_NAME_VERBS = {verb.lower() for verb in (*SPEECH_VERBS, *POST_ACT_VERBS)}


def _posts_before_names(text: str, roster: Roster) -> list[tuple[int, int, str, str]]:
    """(start, end, name, post) of each person named by a post and a surname who acts at the meeting:
    "President Ottinger called the meeting to order", "Motion by member Zimmerman to approve ..."; the
    name is the roster's full name when the surname resolves to one person."""
    found = []
    for match in _POST_NAME.finditer(text):
        name = match.group("name")
        if not (match.group("lead") or (match.group("verb") or "").lower() in _POST_NAME_VERBS):
            continue
        if _ORG_WORD.search(name) or any(w.lower() in NOT_NAME_WORDS or w.lower() in _POST_HEADS
                                         for w in name.split()):
            continue
        entry = roster.resolve(name)
        post = match.group("post")
        found.append((match.start("name"), match.end("name"), entry.name if entry else name,
                      post[:1].upper() + post[1:]))
    return found


def _posts_speaking(text: str, roster: Roster) -> list[RosterEntry]:
    """ "The Treasurer presented the accounts": the one listed person with that post speaks."""
    found: list[RosterEntry] = []
    if not any(e.role for e in roster.entries if e.listed):
        return found  # nobody's post is known: nothing to read back
    for match in _POST_SPEAKS.finditer(text):
        entry = roster.by_post(match.group("post"))
        if entry is not None:
            found.append(entry)
    return found


_HEADING_BRACKET = re.compile(r"\((?:(?P<role>[^():\d]{2,30}):\s*)?(?P<ref>[^():\d]{2,40})\)\s*:?\s*$")


def _bracketed_person_in_heading(section: SectionDraft, roster: Roster) -> PersonFound | None:
    """ "1. Welcome (Bob):", "1. Begrüßung (Leon)", "Synapses (Moderator: Angus Silver)": an item given
    by a person of the roster, with the post the bracket gives."""
    match = _HEADING_BRACKET.search(section.heading)
    entry = roster.resolve(match.group("ref").strip()) if match else None
    if entry is None:
        return None
    role = match.group("role").strip() if match.group("role") else entry.role
    return PersonFound(honorific=None, name=entry.name, role=role, organization=entry.organization,
                       section_nos=[section.section_no], pages=[section.page_first])


@dataclass
class _HeadingText:
    """A heading read like a body block: minutes set some sentences as numbered items
    ("IV. El Ing. Landeros y la Maestra Hermosillo, explicaron que ...")."""

    text: str
    page_first: int
    bold: bool = False
    cell: None = None


def _sentence_headings(structure: Structure) -> Located:
    return [(s, _HeadingText(s.heading, s.page_first)) for s in structure.sections  # type: ignore[misc]
            if len(s.heading.split()) >= 6]


def _post_out_of_name(name: str) -> tuple[str | None, str | None]:
    """ "Vereador Rui Alves" -> ("Rui Alves", "Vereador"); "Presidente da Câmara" -> (None, "Presidente"):
    a post written between the honorific and the name ("Senhor Vereador X", "Signor Sindaco") is no name."""
    words = name.split()
    k = 0
    while k < len(words) and words[k].lower().strip(".,") in _POST_HEADS:
        k += 1
    if k == 0:
        return name, None
    rest = words[k:]
    if rest and rest[0][:1].isupper():
        return " ".join(rest), " ".join(words[:k])
    return None, " ".join(words[:k])


def find_people(located: Located, structure: Structure) -> PeopleIndex:
    """Speakers from presenter lines, presenter columns, labelled lines, prose and the roster of
    the document, one per person; the index keeps the roster, so later additions (movers and
    seconders named by surname) are read back to the same people."""
    headings = structure.sections
    presenter_cells = _presenter_cells(structure)
    nlp = load_nlp()
    matcher = load_bare_name_matcher(nlp)
    texts = [block.text for _, block in located]
    people_tables = {t: cols for t, names in structure.table_headers.items()
                     if (cols := people_table_columns(names)) is not None}
    listed = [(s.heading, [b.text for b in s.blocks if b.cell is None or b.cell.table not in people_tables])
              for s in headings]
    roster = build_roster(listed, texts, [[line.text for line in block.lines] for _, block in located])
    for table, columns in people_tables.items():
        read_people_table(_table_rows(located, table), columns, roster)
    located = list(located) + _sentence_headings(structure)
    texts = [block.text for _, block in located]
    docs = person_docs(nlp, texts)
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                name = _post_out_of_name(_trim_post_tail(_split_honorific(ent.text)[1]))[0]
                if name:
                    roster.add(name)
    index = PeopleIndex(roster)
    mentions = PeopleIndex(roster)  # everyone named, to fill in roles given elsewhere
    known_orgs = {org for text in texts for org in _bracketed_orgs(text)}  # doc.text re-joins the tokens
    for entry in roster.entries:
        if entry.listed and entry.chairs:
            index.add(PersonFound(honorific=None, name=entry.name, role=entry.role, organization=entry.organization))
    last_line = ""
    for (section, block), doc in zip(located, docs, strict=True):
        text = block.text
        taken: list[tuple[int, int]] = []
        for name, post in _signature_posts(block, roster, last_line):
            mentions.add(PersonFound(honorific=None, name=name, role=post))
        last_line = block.lines[-1].text.strip() if getattr(block, "lines", None) else ""
        signed = _signed_report(text, roster)
        if signed:
            index.add(signed)
        for entry in _posts_speaking(text, roster):
            index.add(PersonFound(honorific=None, name=entry.name, role=entry.role, organization=entry.organization,
                                  section_nos=[section.section_no] if section else [], pages=[block.page_first]))
        opener = _bracket_opener(text)
        if opener:
            start, end, name, org = opener
            honorific, name = _split_honorific(name)
            index.add(PersonFound(honorific=honorific, name=name, organization=org,
                                  section_nos=[section.section_no] if section else [], pages=[block.page_first]))
            taken.append((start, end))
        for ent in doc.ents:
            if ent.label_ != "PERSON" or any(ent.start_char < e and s < ent.end_char for s, e in taken):
                continue
            honorific, name = _split_honorific(ent.text)
            if not name or name.lower().split()[0] in {"chumteav"}:
                continue
            name, end = _without_post_tail(name, ent.start_char, ent.end_char, text)
            name, post = _post_out_of_name(name)
            if not name:
                continue  # "Sr. Presidente", "Mr President": a post addressed, no name
            rest = text[end:]
            role, org, after = _appositive(rest)
            role = role or post
            # the name and what is said of it ("from TU Berlin"): no other person starts inside
            taken.append((ent.start_char, end + (len(rest) - len(after) if role or org else 0)))
            if not (role or org):  # "The Chair, Ms. X,", "Der Vorsitzende Herr X": a post before the name
                role, org = _post_before(text[:ent.start_char])
            found = PersonFound(
                honorific=honorific, name=name, role=role, organization=org,
                section_nos=[section.section_no] if section else [], pages=[block.page_first],
            )
            mentions.add(PersonFound(**{**found.__dict__, "section_nos": [], "pages": []}))
            in_presenter_column = block.cell is not None and (block.cell.table, block.cell.column) in presenter_cells
            if in_presenter_column or _is_speaking(block, text, ent.start_char, after if (role or org) else rest):
                index.add(found)
        for start, end, name, post in _posts_before_names(text, roster):
            if not any(start < e and s < end for s, e in taken):
                index.add(PersonFound(honorific=None, name=_fuller(name, texts + [s.heading for s in headings]),
                                      role=post,
                                      section_nos=[section.section_no] if section else [], pages=[block.page_first]))
                taken.append((start, end))
        for start, end, name, title in _roster_refs(text, roster):
            if any(start < e and s < end for s, e in taken):
                continue
            rest = text[end:]
            role, org, after = _appositive(rest)
            if not (role or org):  # "James Cronin: a founder of Stand.org.uk, where ...": a line about the person
                role, org = _labelled_post(text[:start], rest)
            listed_role = (roster.resolve(name) or RosterEntry(name)).role
            found = PersonFound(honorific=None, name=name, role=role or (None if listed_role else title),
                                organization=org,  # the post of the roll call wins over a title used in prose
                                section_nos=[section.section_no] if section else [], pages=[block.page_first])
            if _described(rest, role, org):
                # "Sai Kishore (President)", "Gwen Moncoiffe (BODC)", "Martin, Kassenwart seit November": a post
                # or body written beside the name, given anywhere
                mentions.add(PersonFound(honorific=None, name=name, role=role, organization=org))
            if title:  # "called to order by Commissioner Robert Sherrard": the cue stands before the post
                start = text.rfind(title, 0, start)
            label = _BRACKETED_LABEL.search(text[:start])
            if label and not role:  # "(Moderator: Sharon Crook)": the label is the post
                found.role = label.group("label").strip().capitalize()
            if not found.role:  # "Versammlungsleiterin: Madeleine Salzmann": a post set as a label
                post = _POST_LABEL.search(text[:start])
                found.role = post.group("post") if post and starts_with_post(post.group("post")) else None
            if label or _is_speaking(block, text, start, after if (role or org) else rest, bare=True) \
                    or _bracketed_ref_opens_block(text, start, end):
                if not (found.role or found.organization):  # "The Chair, John Mackay, opened the meeting"
                    found.role, found.organization = _post_before(text[:start])
                verb = after.lstrip(" ,").split()
                found.role = found.role or VERB_ROLES.get(verb[0].lower() if verb else "")
                index.add(found)
                taken.append((start, end))
        for kind, span in bare_names(doc, matcher):
            if _ORG_WORD.search(span.text) or span.text in known_orgs:
                continue
            if any(span.start_char < e and s < span.end_char for s, e in taken):
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
            if len(span) == 1 and not (is_given_name(span.text) or roster.resolve(span.text)) \
                    and (span.text.lower().endswith(NOUN_SUFFIXES) or span.text.lower() in POST_WORDS):
                continue  # "Der Versammlungsleitung stellte fest": a capitalised noun, not a name
            if len(span) == 1 and not is_given_name(span.text) and _pronoun_subject_follows(rest):
                continue  # "Daraufhin gab sie ...": the sentence's subject is the pronoun after the verb
            if len(span) == 1 and roster.ambiguous(span.text):
                continue  # "Mark said" with two Marks present: which one is unknown
            if kind == "SPEAKS" and not found.role:
                found.role = VERB_ROLES.get(rest.split()[0].lower() if rest.split() else "")
            if kind != "APPOSITIVE" or _SPEECH_VERB.match(after.lstrip(" ,")):
                if not (found.role or found.organization):
                    found.role, found.organization = _post_before(text[:span.start_char])
                index.add(found)
    for section in headings:
        person = _person_in_heading(section) or _bracketed_person_in_heading(section, roster)
        if person:
            index.add(person)
    for person in index.people:
        known = mentions.find(person.name)
        if known and person.role and known.role and person.role.lower() != known.role.lower():
            continue  # a body said beside another post is that post's ("président-fondateur de l'AGAS")
        if known:
            person.role = person.role or known.role
            person.organization = person.organization or known.organization
    return index


def _fuller(name: str, texts: list[str]) -> str:
    """A surname the roster could not place, as the document writes it in full elsewhere, if once."""
    from pipeline.annotate.motions import fuller_name  # motions reads the people index: imported here

    return fuller_name(name, texts) or name


def _pronoun_subject_follows(rest: str) -> bool:
    """The verb after a capitalised word is followed by a subject pronoun ("... gab sie"): the word
    opened the sentence as an adverb ("Daraufhin", "Anschließend"), it is not the speaker."""
    words = rest.split()
    return len(words) >= 2 and words[1].lower().strip(",.;") in SUBJECT_PRONOUNS


def find_speakers(located: Located, structure: Structure) -> list[PersonFound]:
    """Speakers from presenter lines, presenter columns, labelled lines and prose, one per person."""
    return find_people(located, structure).people
