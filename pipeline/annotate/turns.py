"""Notes kept as turns of speech: "Eva:" (a line of its own, a heading, or inside a paragraph) and what
the person said, up to the next such label ("Adrian: ...", "Plenum: ...").

Club and working-group minutes often record a discussion this way, the speakers by first name. The
labels name the people who speak (people.py) and a turn ending in a question, answered by the next
turn, is a question put and its answer (qa.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.annotate.common import Located, section_no_of, words_re
from pipeline.names import is_given_name
from pipeline.rules import LABEL_NOT_NAMES, METADATA_LABELS, NOT_NAME_WORDS, ROOM_ANSWER_FROM, ROOM_ANSWER_LABELS

# A label: a first name, with a surname's initial when two people share it ("Sophie L.:").
_NAME = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?(?:\s+[A-ZÀ-Þ]\.?)?"
_ROOM = rf"(?i:{words_re(ROOM_ANSWER_LABELS)})(?:\s+(?i:{words_re(ROOM_ANSWER_FROM)})\s+\w+)?"
_LABEL = rf"(?P<label>{_NAME}|{_ROOM})"
# At the start of a line or after a sentence's end: "... entschieden. Gesine: Wie ist das ...?"
_INLINE_LABEL = re.compile(rf"(?:^|(?<=[.!?…:])[ \t]+){_LABEL}\s*:\s+", re.M)
# A label closing a line whose words follow as items: "... kriegen würde Eva:"
# (not after a capitalised word: "Response from Mr. Sam Rithy:" names one person, as a whole)
_TRAILING_LABEL = re.compile(rf"(?<!\S)(?P<before>\S*)\s+{_LABEL}\s*:$")
_ONLY_LABEL = re.compile(rf"^\s*(?:\d{{1,2}}[.)]\s*)?{_LABEL}\s*:?\s*$")
_HEADING_NUMBER = re.compile(r"^\s*\d{1,2}[a-z]?[.)]\s*")
_ROOM_ONLY = re.compile(rf"^{_ROOM}$")
# Short forms of a first name used as labels ("Mad" for Madeleine) are this long at least.
SHORT_FORM_MIN_LETTERS = 3
# a title block's "Lieu: ...", "Ort: ..." is no person's turn, though "Lieu" is a given name too
_NOT_LABELS = set(LABEL_NOT_NAMES) | set(NOT_NAME_WORDS) | set(METADATA_LABELS)


@dataclass
class Turn:
    """What one labelled person (or the room) said; `label` None for text before any label."""

    label: str | None
    section_no: int | None
    page: int
    pieces: list[str] = field(default_factory=list)
    itemised: bool = False  # a label on a line of its own: what the person said is the list items after it

    @property
    def room(self) -> bool:
        return bool(self.label and _ROOM_ONLY.match(self.label))


def name_test(texts: list[str]) -> Callable[[str], bool]:
    """Whether a label names a person: a known first name, or the short form of one written in the
    document ("Mad" beside "Madeleine")."""
    firsts = {word for text in texts for word in re.findall(r"\b[A-ZÀ-Þ][a-zß-ÿ]{3,}\b", text)
              if is_given_name(word)}
    listed = _listed_first_names(texts)

    def is_name(label: str) -> bool:
        first = label.split()[0]
        if first.casefold() in _NOT_LABELS:
            return False
        return is_given_name(first) or first in listed or (
            len(first) >= SHORT_FORM_MIN_LETTERS and any(w != first and w.startswith(first) for w in firsts))
    return is_name


# A list of people by first name ("Adrian, Tina, Yonna, Sophie L., ..."): this many names at least.
FIRST_NAME_LIST_MIN = 4
_LIST_ITEM = re.compile(rf"^{_NAME}$")


def _listed_first_names(texts: list[str]) -> set[str]:
    """First names of a comma-separated list of people where most are known first names: the others are
    first names too ("Yonna", "Andras" beside "Adrian, Tina, Marco")."""
    names: set[str] = set()
    for text in texts:
        items = [item.strip() for item in text.split(",")]
        if len(items) < FIRST_NAME_LIST_MIN or not all(_LIST_ITEM.match(item) for item in items):
            continue
        firsts = [item.split()[0] for item in items]
        if sum(is_given_name(first) for first in firsts) * 2 > len(firsts):
            names.update(firsts)
    return names


_LINE_ENDS_WITH_WORD = re.compile(r"(?<![\w'’-])(?P<word>[A-ZÀ-Þ][a-zß-ÿ]+)\n$")


def _name_broken_at_line(before: str) -> bool:
    """ "... the Law Offices of Craig" / "Labadie: Action": a line that ends on a given name runs on into the next,
    whose first word is the surname, not a person's turn."""
    end = _LINE_ENDS_WITH_WORD.search(before)
    return bool(end) and is_given_name(end.group("word"))


def read_turns(located: Located, is_name: Callable[[str], bool]) -> list[Turn]:
    """The document as a run of turns, in reading order. A section starts a new turn (its heading's
    label's, when the heading is one: "Adrian", "5. Eva:", "2. Mad: eingetragener Verein")."""
    def labelled(label: str) -> bool:
        return bool(_ROOM_ONLY.match(label)) or is_name(label)

    turns: list[Turn] = []
    current: Turn | None = None
    last_section: object = object()
    for section, block in located:
        page, number = block.page_first, section_no_of(section)
        if section is not last_section:
            last_section = section
            current = Turn(None, number, page)
            turns.append(current)
            heading = _HEADING_NUMBER.sub("", section.heading) if section else ""
            only = _ONLY_LABEL.match(heading)
            opening = _INLINE_LABEL.match(heading)
            if only and labelled(only.group("label")):
                current.label, current.itemised = only.group("label"), True
            elif opening and labelled(opening.group("label")):
                current.label, current.itemised = opening.group("label"), True
                current.pieces.append(heading[opening.end():].strip())
        text = "\n".join(line.text.strip() for line in block.lines).strip()
        if section and " ".join(text.split()).rstrip(":") == section.heading.strip().rstrip(":"):
            continue  # the heading's own line, kept as a block
        if current.itemised and current.pieces and not block.is_item:
            current = Turn(None, number, page)  # "Es wird festgehalten: ...": the minute-taker's again
            turns.append(current)
        only = _ONLY_LABEL.match(text)
        if only and labelled(only.group("label")):
            current = Turn(only.group("label"), number, page, itemised=True)
            turns.append(current)
            continue
        trailing = _TRAILING_LABEL.search(text)
        next_label = None
        if trailing and labelled(trailing.group("label")) and not trailing.group("before")[:1].isupper():
            text, next_label = text[:trailing.start()], trailing.group("label")
        pos = 0
        for match in _INLINE_LABEL.finditer(text):
            if not labelled(match.group("label")) or text[match.end():match.end() + 1].isdigit() \
                    or _name_broken_at_line(text[:match.start()]):
                continue
            if text[pos:match.start()].strip():
                current.pieces.append(" ".join(text[pos:match.start()].split()))
            current = Turn(match.group("label"), number, page)
            turns.append(current)
            pos = match.end()
        if text[pos:].strip():
            current.pieces.append(" ".join(text[pos:].split()))
        if next_label:
            current = Turn(next_label, number, page, itemised=True)
            turns.append(current)
        elif current.room:  # the room's answer is its paragraph: what follows is the minute-taker's again
            current = Turn(None, number, page)
            turns.append(current)
    return [turn for turn in turns if turn.label or turn.pieces]
