"""Posts and bodies said of a person: the appositive after a name ("Ms. X, Head of Y of Z"), the post
written before it ("the Chair, Ms. X"), a post set as a label, and splitting a phrase into role and
organisation."""

from __future__ import annotations

import re

from pipeline.annotate.common import split_outside_parens, words_re, words_tree_re
from pipeline.names import is_given_name
from pipeline.rules import (
    ATTENDANCE_LABELS,
    CHAIR_ROLES,
    DEFINITE_POST_ENDINGS,
    FIELD_SUFFIXES,
    FIELD_WORDS,
    GENERIC_ORG_HEADS,
    HONORIFICS,
    IN_OFFICE_WORDS,
    JOINING_WORDS,
    OCR_OF_MISREADS,
    ORG_WORDS,
    POST_MODIFIERS,
    POST_NAME_LEAD_INS,
    POST_SUFFIXES,
    POST_TIME_WORDS,
    POST_WORDS,
    REPRESENTING_PHRASES,
    ROLE_TAIL_STOPWORDS,
    ROLE_TITLES,
    SENTENCE_OPENER_WORDS,
    SERVING_AS_WORDS,
    SPEECH_AUXILIARIES,
    SPEECH_CLITICS,
    SPEECH_INTENT_LEADS,
    SPEECH_VERB_BASES,
    SPEECH_VERBS,
    TALK_WORDS,
)

_HONORIFIC_WORDS = words_re(h.rstrip(".") for h in HONORIFICS)
HONORIFIC_PREFIX = re.compile(rf"^(?P<h>{_HONORIFIC_WORDS})\.?\s+")
_SPEECH_VERB = re.compile(
    rf"^(?:also\s+|then\s+|further\s+|briefly\s+|again\s+|aussi\s+|auch\s+|también\s+|anche\s+|ook\s+)?"
    rf"(?:(?:{words_re(SPEECH_CLITICS)})\s+)?(?:(?:{words_re(SPEECH_AUXILIARIES)})\s+)?(?:{words_re(SPEECH_VERBS)})(?![\w-])"
    r"|^made\s+(?:a|an|the|his|her)?\s*(?:\w+\s+){0,2}(?:report|presentation|remarks?|statement|speech)"
    rf"|^(?:{words_re(SPEECH_INTENT_LEADS)})\s+(?:{words_re(SPEECH_VERB_BASES)})\b"  # "would like to propose"
    # "X followed with a presentation on ...": what the person gave, after the verb of its turn
    rf"|^(?:followed|continued|began|started|concluded)\s+with\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{words_re(TALK_WORDS)})\b")
_ORG_WORD = re.compile(rf"\b(?:{words_tree_re(ORG_WORDS)})\b", re.I)  # searched for yes/no
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:[/&][A-Z][A-Za-z]*)*$")
# "Fiona Batista, currently teaching P7s, introduced herself as PT": an adverb and a verb in -ing say what the person
# is doing, not their post.
_DOING_CLAUSE = re.compile(r"^[a-z]+ly\s+[a-z]{3,}ing\b")
_DOING_APPOSITIVE = re.compile(r"^\s*,\s*[a-z]+ly\s+[a-z]{3,}ing\b[^,.;:()]*,")


def without_doing_clause(rest: str) -> str:
    """The text after a name with what the person is doing set between commas left out (", currently working 3
    days a week, introduced herself"), or the post the person speaks as ("Leni Koschek als Rechnungsprüferin
    erklärte"), so that the verb after it is read as theirs."""
    acting = _ACTING_AS.match(rest)
    if acting and starts_with_post(acting.group("post")):
        return rest[acting.end():]
    return _DOING_APPOSITIVE.sub("", rest, count=1)


_ACTING_AS = re.compile(r"^\s+(?:als|as|som|come|como|comme)\s+(?:(?:the|der|die|de|la|le|il)\s+)?"
                        r"(?P<post>[\w-]+)(?=\s)")
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


_SENTENCE_OPENERS = set(SENTENCE_OPENER_WORDS)
_POST_HEADS = set(POST_WORDS) | set(CHAIR_ROLES) | {w.lower() for t in ROLE_TITLES for w in t.split()}
_ARTICLE = re.compile(r"^(?:a|an|the|el|la|le|il|der|die|das|un|une|una|uno|ein|eine)\s+", re.I)


_GENDER_ENDING = re.compile(r"(?:[/*:_](?:r|in|innen|e)|\((?:r|in|innen|e)\))$")  # a post written for either sex


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
    first = _GENDER_ENDING.sub("", words[0])  # "Vorsitzende/r", "Kassenwart/in", "Schriftführer*in"
    return first in _POST_HEADS or first.endswith(POST_SUFFIXES) or " ".join(words[:2]) in _POST_HEADS \
        or "-" in first and first.split("-")[0] in _POST_HEADS


_TIME_CUT = re.compile(rf"\s+(?:{words_re(POST_TIME_WORDS)})(?:\s|$).*$", re.I | re.S)


_WORD_PIECES = re.compile(r"(?P<a>[^\W\d_]{2,})(?P<gap>-\s*|\s+)(?=(?P<b>[^\W\d_]{2,}))")
_GLUED_POSTS = re.compile(r"\b(?P<a>[A-Z][a-z]+)(?P<b>[A-Z][a-z]+)\b")


def mend_post_words(role: str) -> str:
    """A post's word that a line break or OCR cut in two ("Superinten-dent", "Secre tary") is joined, and two
    post words OCR ran together ("VicePresident", "BoardMember") are parted: only where the result is a post's
    word and the pieces are not; a hyphen before a space and a word in lower case ends a line ("Pro- gram")."""
    def join(match: re.Match) -> str:
        a, b = match.group("a"), match.group("b")
        if match.group("gap").startswith("-") and match.group("gap")[1:] and b.islower():
            return a  # "Pro- gram": a line's hyphen, the word goes on
        whole = (a + b).casefold()
        if a.casefold() in POST_MODIFIERS or f"{a}-{b}".casefold() in _POST_HEADS:
            return match.group()  # "Co-ordinator", "Vice-Chair": a prefix's hyphen
        if whole in _POST_HEADS and a.casefold() not in _POST_HEADS and b.casefold() not in _POST_HEADS:
            return a  # joined to the piece after it
        return match.group()

    def part(match: re.Match) -> str:
        a, b = match.group("a"), match.group("b")
        if a.casefold() in _POST_HEADS | set(POST_MODIFIERS) and b.casefold() in _POST_HEADS \
                and match.group().casefold() not in _POST_HEADS:
            return f"{a} {b}"
        return match.group()

    return _GLUED_POSTS.sub(part, _WORD_PIECES.sub(join, role))


# A street address: a house number, then the street's name ("2403 Augusta Street", "112 E. Tallulah Drive").
_STREET_ADDRESS = re.compile(r"^\d{1,5}[A-Za-z]?(?:-\d{1,5})?\s+(?:[NSEW]\.?\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}$")


def plausible_role(role: str | None) -> str | None:
    """A post is a short noun phrase: a role that ends in a conjunction or preposition ("seconded and"), or runs
    long with no post word in it ("some communities worry about ..."), was cut from a clause."""
    if not role:
        return role
    role = mend_post_words(role)
    if _STREET_ADDRESS.match(role):
        return None  # "Garry Coulter, 2403 Augusta Street": where a member of the public lives, no post
    if starts_with_post(role):  # "Kassenwart seit November": when the post was held is no part of it
        role = _TIME_CUT.sub("", role).strip(" ,;:") or role
    role = _without_list_label(role).strip(" ,;:") or role  # "Trustee ALSO PRESENT": the next list's label
    words = role.split()
    if words[-1].lower().strip(".,;:") in ROLE_TAIL_STOPWORDS:
        return None
    if role[:1].islower() and not starts_with_post(role) and len(words) > 3:
        return None
    return role


# A label in capitals after a post ("Trustee ALSO PRESENT"): the next list's, run into the post by the line's end
_CAPITALS_TAIL = re.compile(r"\s+(?P<tail>[A-Z]+(?:\s+[A-Z]+){0,2})$")
_LIST_LABELS_UPPER = {" ".join(label.upper().split()) for label in ATTENDANCE_LABELS}


def _without_list_label(role: str) -> str:
    tail = _CAPITALS_TAIL.search(role)
    if tail and " ".join(tail.group("tail").split()) in _LIST_LABELS_UPPER:
        return role[:tail.start()]
    return role


def _is_field(text: str) -> bool:
    """ "Difusión y Vinculación", "Research", "Education": a field of work, not a body."""
    words = [w.lower().strip(".,()") for w in text.split() if w[:1].isupper()]
    return bool(words) and all(w in FIELD_WORDS or w.endswith(FIELD_SUFFIXES) for w in words)


_GENERIC_BODY = re.compile(rf"^(?:(?:the|la|el|le|les|il|lo|die|der|das|het|de|o|a)\s+|l['’])?"
                           rf"(?:{words_re(ORG_WORDS)})$", re.I)


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:a|an|the)\s+", "", text.strip(), flags=re.I).strip(" ,.;:")


_OF_MISREAD = re.compile(rf"\s(?:{'|'.join(map(re.escape, OCR_OF_MISREADS))})\s+(?=[A-Z][A-Za-z]*[A-Z][A-Za-z]*$)")


def split_role_org(text: str) -> tuple[str | None, str | None]:
    """ "Head of Program of CCC" -> ("Head of Program", "CCC"); "Director, Ministry of X" ->
    ("Director", "Ministry of X")."""
    text = _OF_MISREAD.sub(" of ", text.strip(" ,.;:"))
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


_IN_OFFICE_AFTER = re.compile(rf"\s+(?:{words_re(IN_OFFICE_WORDS)})$", re.I)


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
            post = _ARTICLE_INSIDE.split(_strip_article(bare.group("post")))[0]
            return _IN_OFFICE_AFTER.sub("", post), None  # "il presidente in carica X": the post is "presidente"
    right_before = _POST_RIGHT_BEFORE.search(before)  # "Il Sindaco ing. Marco Ferri", "O Vereador Sr. X"
    if right_before and _singular_post(right_before.group("post")):
        return right_before.group("post"), None
    opening = _POST_OPENS_SENTENCE.search(before)  # "City Clerk, Charles Abdelnour, administered the Oath"
    if opening and opening.group("post").split()[-1].lower() in _POST_HEADS:
        return opening.group("post"), None
    agent = _POST_AFTER_BY.search(before)  # "presided by President, Peggy Marcone"
    if agent and _singular_post(agent.group("post")):
        return agent.group("post"), None
    return None, None


# The post of the one who acted, after "by" and before a comma and the name: "... presided by President, X".
_POST_AFTER_BY = re.compile(rf"\b(?:{words_re(POST_NAME_LEAD_INS)})\s+"
                            rf"(?P<post>(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+[\w'’-]+){{0,2}}?)\s*,\s*$", re.I)


# A post of capitalised words that opens a sentence, then a comma, right before the name: "City Clerk, X, ...".
_POST_OPENS_SENTENCE = re.compile(
    r"(?:^|(?<=[.;:]\s)|\n)\s*(?P<post>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3}),\s*$")


_POST_RIGHT_BEFORE = re.compile(rf"(?:^|\b(?:the|el|la|le|il|lo|der|die|de|het|o|a)\s+)"
                                rf"(?P<post>{words_re(ROLE_TITLES)}|{words_re(POST_WORDS)})\s+$", re.I)


def _cut_at_unopened_paren(text: str) -> str:
    depth = 0
    for i, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return text[:i]
    return text


def _post_then_verb(part: str, verb: re.Match | None) -> bool:
    """ "Secretary (pro. tem.) gave an oral report detailing ... [a long clause]": a short post, then the verb of
    what the person did; the clause's length says nothing of the post."""
    return verb is not None and len(part[:verb.start()].split()) <= 6 and starts_with_post(part[:verb.start()])


# "Ms. Elizabeth Krase spoke on behalf of the Alameda Architecture Preservation Society (AAPS).": the body spoken for
_SPEAKS_FOR = re.compile(
    rf"^\s*,?\s*(?:(?:{words_re(SPEECH_VERBS)})\s+)?(?i:{'|'.join(REPRESENTING_PHRASES)})\s+(?:the\s+|la\s+|le\s+|l['’])?"
    r"(?P<org>(?:[A-ZÀ-Þ][\w'’&.-]*\s?(?:(?:of|for|and|de|du|des|del|la|für|et|the)\s)?)+(?:\([A-Z&]{2,10}\))?)")


_SERVING_AS = re.compile(
    rf"^\s+(?:[a-z]+\s+){{0,4}}?(?:{words_re(SERVING_AS_WORDS)})\s+(?:the|a|an|our|le|la|l['’]|el|der|die)\s*"
    rf"(?:[a-z]+\s+)?(?P<role>(?:{words_re(POST_WORDS)}))\s+(?:for|of|to|at|de|du|des|del|für)\s+(?:the\s+)?"
    r"(?P<org>[A-ZÀ-Þ][\w'’&-]*(?:\s(?:(?:of|for|and|the|de|du|des|la)\s)?[A-ZÀ-Þ][\w'’&-]*)*)")


_DASHED_POST = re.compile(r"^[ \t]+[-–—][ \t]+(?P<post>[^\n,;.()\-–—]{2,60})")


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
    dashed = _DASHED_POST.match(after)
    if dashed and starts_with_post(dashed.group("post")):  # "Monsieur Denis JUVIN - Maire", "Jane Doe – Chair"
        role, org = split_role_org(dashed.group("post").strip())
        return role, org, after[dashed.end():]
    serving = _SERVING_AS.match(after)
    if serving:  # "was in attendance as the new liaison for the Friends": the post, the body (the verb stays)
        return serving.group("role"), serving.group("org").strip(), after
    spoken_for = _SPEAKS_FOR.match(after)
    if spoken_for:  # the verb is left in the rest: it still shows the person spoke
        return None, spoken_for.group("org").strip(), after
    from_org = re.match(r"^\s+(?:from|of)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w'’&.-]*\s?(?:(?:of|for|and|et|the)\s)?)+)",
                        after)
    if from_org:
        return None, from_org.group("org").strip(), after[from_org.end():]
    if not re.match(r"^\s*,", after):
        return None, None, after
    body = after.lstrip(" ,")
    address, comma, beyond = body.partition(",")
    if comma and _STREET_ADDRESS.match(address.strip()):
        # "Sherry Barrett, 5 Calhoun Hill Way, Upstate Forever, spoke ...": where the person lives, then the body they
        # speak for (a name after an address that is no post is a body's)
        # (with nothing after it, the address stands as what follows the name: plausible_role drops it as a post)
        role, org, rest = _appositive(", " + beyond.lstrip())
        if not (role or org):
            return address.strip(), None, rest
        return (None, role, rest) if not org and not starts_with_post(role or "") else (role, org, rest)
    segment = _cut_at_unopened_paren(_clause(body))
    kept = []
    parts = split_outside_parens(segment)
    # "Jimmy Muhammad, Yuvette Robinson, Lynn Stringfellow, and ...": where a later part is a person's name,
    # the parts before it shaped like names are the list's names too, though their given names are unknown
    names_follow = [any(_a_persons_name(later) or _a_name_then_act(later) for later in parts[at + 1:])
                    for at in range(len(parts))]
    for part, list_goes_on in zip(parts, names_follow, strict=True):
        if _a_persons_name(part) or _a_titled_name(part) or _a_name_then_act(part) \
                or list_goes_on and _name_shaped(part):
            break  # "Patricia Winters, Joanne Pastula, and ...", "..., Clerk Carl Cole": the next name of a list
        verb = re.search(rf"\s(?:{words_re(SPEECH_VERBS)}|made)\b", part)
        if _SPEECH_VERB.match(part) or _CLAUSE_START.match(part) and not starts_with_post(part) \
                or _DOING_CLAUSE.match(part.strip()) \
                or len(part.split()) > 14 and not _post_then_verb(part, verb):
            break
        if re.search(r"\bby\b", part) or HONORIFIC_PREFIX.search(part):
            break  # "seconded by Mr. Y": the next clause, about someone else
        joined = _NEXT_PERSON_JOINED.match(part)
        if joined and (HONORIFIC_PREFIX.match(joined.group("next")) or _a_persons_name(joined.group("next"))):
            kept.append(joined.group("post"))  # "Mrs X, Clerk and Mr Richard Nolan, ...": the next person's
            break
        if verb:
            kept.append(part[: verb.start()])
            break
        kept.append(part)
    taken = ", ".join(kept)
    role, org = split_role_org(taken)
    rest_at = body.find(kept[-1]) + len(kept[-1]) if kept else 0
    return role, org, body[rest_at:]


_NEXT_PERSON_JOINED = re.compile(rf"^(?P<post>.+?)\s+(?:&|{words_re(JOINING_WORDS)})\s+(?P<next>.+)$")
_NAME_PARTICLE_WORDS = {"de", "la", "van", "von", "der", "del", "du", "di", "da", "le"}


def _a_persons_name(part: str) -> bool:
    """ "Joanne Pastula", "and Nina Poanessa", "John de Beck": a given name and a surname, no post or body."""
    words = re.sub(r"^(?:and|or|y|et|und|e|en)\s+", "", part.strip()).split()
    return 2 <= len(words) <= 4 and is_given_name(words[0]) and words[-1][:1].isupper() \
        and all(w[:1].isupper() or w in _NAME_PARTICLE_WORDS for w in words) \
        and not starts_with_post(part) and not _org_like_strict(part)


def _name_shaped(part: str) -> bool:
    """ "Yuvette Robinson": two or three capitalised words, no post or body, that could be a name."""
    words = part.strip().split()
    return 2 <= len(words) <= 3 and all(word[:1].isupper() and word.isalpha() for word in words) \
        and not starts_with_post(part) and not _org_like_strict(part)


def _a_name_then_act(part: str) -> bool:
    """ "Paul Clopton addressed the Board ...": the next person of a list, then the verb said of all of them."""
    words = part.split()
    return any(_a_persons_name(" ".join(words[:k])) and _SPEECH_VERB.match(" ".join(words[k:]))
               for k in (2, 3, 4) if len(words) > k)


def _a_titled_name(part: str) -> bool:
    """ "Clerk Carl Cole", "Vice President Bob Baker": a post written before a given name and a surname (the next person
    of a roll call), not a post."""
    words = re.sub(r"^(?:and|or|y|et|und|e|en)\s+", "", part.strip()).split()
    for k in (1, 2):
        if len(words) >= k + 2 and " ".join(words[:k]).lower() in _ROLE_TITLES_LOWER \
                and _a_persons_name(" ".join(words[k:k + 2])):
            return True
    return False


_ROLE_TITLES_LOWER = {t.lower() for t in ROLE_TITLES}


def _compound_post(word: str) -> bool:
    """ "Finanzbeauftragte", "Versammlungsleiterin": a compound whose last part is a post (not "Leiter" alone,
    which is also a surname)."""
    low = word.lower()
    return any(low.endswith(suffix) and len(low) >= len(suffix) + 3 for suffix in POST_SUFFIXES)


def _trim_post_tail(name: str) -> str:
    """ "Juan Pérez Secretaria" (label lines run together: "... Dr. Juan Pérez Secretaria: Lic. Ana"): a post word
    ending a name of three words or more is the next label, not the surname; "Chan Sophea Is" ("... Is it
    possible?", the colon lost): a word that opens a sentence is no part of the name."""
    words = name.split()
    if len(words) >= 3 and (words[-1].lower() in _POST_HEADS or _compound_post(words[-1])) and words[-1][:1].isupper():
        return " ".join(words[:-1])  # also "Frau Cosima Dinner Finanzbeauftragte/r: ..."
    if len(words) >= 2 and words[-1].lower() in _SENTENCE_OPENERS:
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


_POST_JOINERS = set(POST_MODIFIERS) | {"the", "le", "la", "el", "il", "der", "die", "de", "het", "o", "a", "l'", "l’"}


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


def _compound_post_title(word: str) -> bool:
    """ "Oberbürgermeister", "Stadtkämmerer": a German compound that is a post, set before a surname as a title
    (a word of one capital and small letters that starts with a post and is not a given name)."""
    return len(word) >= COMPOUND_POST_MIN_LETTERS and word[:1].isupper() and word[1:].islower() \
        and starts_with_post(word) and not is_given_name(word)


COMPOUND_POST_MIN_LETTERS = 10


def definite_post(word: str) -> bool:
    """ "Revisorn", "Ordföranden", "Formanden": a post with the Nordic definite ending (DEFINITE_POST_ENDINGS)."""
    lower = word.lower().strip(".,:;()")
    return any(lower.endswith(ending) and lower[:-len(ending)] in _POST_HEADS for ending in DEFINITE_POST_ENDINGS)


def post_alone(text: str) -> bool:
    """ "Erste Vorsitzende", "Vice Chair", "Kassenwart", "Councillors": every word a post (or its plural) or a word
    set before one."""
    words = [w.lower().strip(".,:;()") for w in text.split()]
    return bool(words) and starts_with_post(text) and all(
        w in POST_MODIFIERS or w in _POST_HEADS or w.rstrip("s") in _POST_HEADS or w.endswith(POST_SUFFIXES)
        for w in words)


def _post_out_of_name(name: str) -> tuple[str | None, str | None]:
    """ "Vereador Rui Alves" -> ("Rui Alves", "Vereador"); "Presidente da Câmara" -> (None, "Presidente"):
    a post written between the honorific and the name ("Senhor Vereador X", "Signor Sindaco") is no name."""
    words = name.split()
    k = 0
    while k < len(words) and (words[k].lower().strip(".,") in _POST_HEADS
                              or k < len(words) - 1 and _compound_post_title(words[k])):
        k += 1
    if k == 0:
        return name, None
    rest = words[k:]
    if rest and rest[0][:1].isupper():
        return " ".join(rest), " ".join(words[:k])
    return None, " ".join(words[:k])
