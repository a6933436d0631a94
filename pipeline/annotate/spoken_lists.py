"""Lists of the people who spoke: "The following individuals addressed the Board in public hearings regarding the
budget: Alice Rogow, Leslie Ochs, ..., and Sandra Fowler.", "Speakers: A, B and C".

Board minutes record public comment so: one sentence announces the list, the names follow after its colon or in
the next block (a scan's action column may stand between them). Each name of the list is a speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.annotate.common import Located, words_re
from pipeline.annotate.posts import _ORG_WORD
from pipeline.annotate.roster import _HONORIFIC_WORD, _LIST_PARTICLES, _is_name_word, _is_post_word, _list_like
from pipeline.rules import (
    SPEAKING_LIST_LABELS,
    SPEAKING_LIST_OPENERS,
    SPEAKING_LIST_PEOPLE,
    SPEAKING_LIST_VERBS,
    SPEECH_VERBS,
)

# "the following individuals addressed [the Board ...]:", "the following members of the public spoke"
_OPENER = re.compile(
    rf"(?:^|(?<=[\s.;,]))(?:{words_re(SPEAKING_LIST_OPENERS)})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{words_re(SPEAKING_LIST_PEOPLE)})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{words_re(set(SPEECH_VERBS) | set(SPEAKING_LIST_VERBS))})(?![\w-])", re.I)
_LABEL = re.compile(rf"^\W{{0,3}}(?:{words_re(SPEAKING_LIST_LABELS)})\s*:\s*", re.I)
# the end of the list: a sentence's stop after a word of small letters ("..., and Sandra Fowler. The Board ...")
_LIST_END = re.compile(r"(?<=[a-zà-ÿ]{2})\.(?:\s|$)")
_ITEM_SPLIT = re.compile(r"\s*[,;]\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
# Blocks after an opener that may stand before its list (a scan's action column read between them)
_LOOK_AHEAD = 3


def listed_names(text: str) -> list[tuple[str | None, str]]:
    """(honorific, name) of each person of a list: "Alice Rogow, Dr. Willa Ramsey, and Ken Wright", also items
    that say more after the name ("Brenda Lesane regarding items D3b8, D3b10; Daniel Malloy regarding ...").
    Items that are not two to four name words (a post, a body, an item number) are left out."""
    text = re.sub(r"\([^()]*\)", " ", " ".join(text.split()))
    end = _LIST_END.search(text)
    found = []
    for item in _ITEM_SPLIT.split(text[:end.end()] if end else text):
        words = item.split()
        honorific = None
        if words and _HONORIFIC_WORD.match(words[0]) and len(words) > 1:
            honorific = words.pop(0)
        name: list[str] = []
        for word in words:
            bare = word.rstrip(".:")
            if _is_name_word(bare) and len(bare) > 1 or name and word in _LIST_PARTICLES:
                name.append(bare)
                if bare != word:
                    break
                continue
            break
        while name and name[-1] in _LIST_PARTICLES:
            name.pop()
        joined = " ".join(name)
        if 2 <= len(name) <= 4 and not any(_is_post_word(w) for w in name) and not _ORG_WORD.search(joined):
            found.append((honorific, joined))
    return found


def _list_after(rest: str) -> str:
    """The list that follows an opener's verb in the same block: after its colon, else after the sentence the
    opener ends ("... prior to the vote on items G.2. and E.7.b. Mike Aguirre, Brenda Lesane, ..."); "" when
    none is there."""
    head, colon, tail = rest.partition(":")
    if colon:
        return tail if listed_names(tail) else ""
    for stop in re.finditer(r"[.;]\s+", rest):
        if _list_like(rest[stop.end():]):
            return rest[stop.end():]
    return ""


def spoken_lists(located: Located) -> Iterator[tuple[int, str | None, str]]:
    """(index into `located`, honorific, name) of each person listed as having spoken."""
    for i, (section, block) in enumerate(located):
        text = block.text
        label = _LABEL.match(text)
        if label:
            names = listed_names(text[label.end():])
            if len(names) >= 2:  # one name after "Speakers:" is read with its post where labels are
                yield from ((i, h, n) for h, n in names)
            continue
        opener = _OPENER.search(text)
        if not opener:
            continue
        listed = _list_after(text[opener.end():])
        if listed:
            yield from ((i, h, n) for h, n in listed_names(listed))
            continue
        for j in range(i + 1, min(i + 1 + _LOOK_AHEAD, len(located))):
            if located[j][0] is not section:
                break
            following = located[j][1].text
            if _list_like(following):
                yield from ((j, h, n) for h, n in listed_names(following))
                break
