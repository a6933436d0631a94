"""What a form's minutes record outside their running text (structure/forms.py): the votes of the grid
ruled beside the agenda, and the signatories of the block under it."""

from __future__ import annotations

import re

from pipeline.annotate.common import words_re
from pipeline.annotate.motions import MotionDraft
from pipeline.annotate.people import PeopleIndex, SpeakerDraft
from pipeline.rules import FORM_ACTION_VERBS, FORM_MOVER, MEETING_DATE_LINE, MOVER_TITLES
from pipeline.structure import Structure
from pipeline.structure.forms import GridVote

_MOVER = re.compile(FORM_MOVER.format(titles=words_re(MOVER_TITLES)), re.S)
_AUTHORISED = re.compile(rf"\b(?:{words_re(FORM_ACTION_VERBS)})\b", re.I)
# An action that is a bare verb ("Adopt.", "Approve. See EXHIBIT E2 which is made a part of these minutes."):
# what it adopts is the agenda item beside it.
_BARE_ACTION = re.compile(rf"^\s*(?P<verb>{words_re(FORM_ACTION_VERBS)})\s*\.(?:\s|$)", re.I)
# A motion already read from the text is the grid's when this share of its words (and this many) are the action's.
SAME_MOTION_SHARE = 0.8
SAME_MOTION_WORDS = 3
# A member's name as the text writes it: up to this many capitalised words in a row ("De Beck").
_MEMBER_NAME_WORDS = 3
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-zA-Z'’-]*(?:\s+[A-Z][a-zA-Z'’-]*)*")


def add_grid_votes(structure: Structure, motions: list[MotionDraft], texts: list[str]) -> list[MotionDraft]:
    """Each vote of the grid is a motion: the one read from the action text beside it, given the
    grid's counts where the text gave none, or else one made of that text. The grid's Ayes, Nays
    and Abstain rows count the members marked; the action column's "Approve."/"Adopt." beside a
    vote whose counts OCR could not read says it carried. The members whose columns the Motion and
    Second rows mark moved and seconded it, where the text names no one, written as the text
    (`texts`) writes their names."""
    read = list(motions)  # those read from the text; each is one vote's at most
    for vote in structure.grid_votes:
        if not vote.action.strip():
            continue
        known = next((m for m in read if m.page == vote.page and _same_text(m.text, vote.action)), None)
        if known is not None:
            read.remove(known)
        else:
            known = _motion_of(vote, structure)
            motions.append(known)
        known.text = _with_meetings_named(_naming_item(known.text, vote), vote, structure)
        if vote.counts and known.votes_for is None and known.votes_against is None:
            known.votes_for, known.votes_against = vote.counts.get("for"), vote.counts.get("against")
            known.votes_abstain = vote.counts.get("abstain")
        known.outcome = known.outcome or _outcome(vote)
        if vote.mover and not known.moved_by:
            known.moved_by = _as_member(vote.mover, texts)
        if vote.seconder and not known.seconded_by:
            known.seconded_by = _as_member(vote.seconder, texts)
    return motions


def _same_text(text: str, action: str) -> bool:
    words = set(re.findall(r"\w+", text.casefold()))
    shared = len(words & set(re.findall(r"\w+", action.casefold())))
    return shared >= SAME_MOTION_WORDS and shared >= SAME_MOTION_SHARE * len(words)


def _motion_of(vote: GridVote, structure: Structure) -> MotionDraft:
    """The motion the action text records: "... by member X to approve ..." names the mover and
    what was moved; otherwise the text is the motion."""
    text = " ".join(vote.action.split())
    mover = _MOVER.search(text)
    section = next((s for s in structure.sections for b in s.blocks for line in b.lines
                    if line.page == vote.page and line.top == vote.action_top), None)
    return MotionDraft(text=mover.group("text") if mover else text, moved_by=mover.group("mover") if mover else None,
                       section_no=section.section_no if section else None, page=vote.page)


def _naming_item(text: str, vote: GridVote) -> str:
    """A bare "Adopt." (and the exhibit it points to, a direction to staff) adopts the agenda item the
    vote stands beside: "Adoption of the 2001-2002 District Budget. Adopt." The rest of the action
    column stays in the item's text. A motion that says what it proposes is left as it is."""
    bare = _BARE_ACTION.match(text)
    if bare is None or not vote.item:
        return text
    return f"{vote.item.rstrip(' .;:,')}. {bare.group('verb')}."


_MEETING_DATE_LINE = re.compile(MEETING_DATE_LINE, re.I)


def _with_meetings_named(text: str, vote: GridVote, structure: Structure) -> str:
    """ "Approve and adopt minutes." with the meetings listed under it ("Regular Meeting, April 22, 2003"): the
    minutes it approves are theirs."""
    for section in structure.sections:
        blocks = section.blocks
        for index, block in enumerate(blocks):
            if block.page_first != vote.page or not any(line.top == vote.action_top for line in block.lines):
                continue
            named: list[str] = []
            action = " ".join(vote.action.split())
            # (or beside it, in the agenda column, read first)
            before = " ".join(blocks[index - 1].text.split()) if index > 0 else ""
            if _MEETING_DATE_LINE.match(before):
                named.append(before)
            own_words = True
            for after in blocks[index + 1:]:
                line = " ".join(after.text.split())
                if own_words:  # the action's own words, on a line of their own ("Approve and adopt" / "minutes.")
                    line = _past_action_words(line, action)
                    if not line:
                        continue
                own_words = False
                if not _MEETING_DATE_LINE.match(line):
                    break
                named.append(line)
            return " ".join([text, *named]) if named else text
    return text


def _past_action_words(line: str, action: str) -> str:
    """What a line says after the action's words it opens with ("minutes. Regular Meeting, February 26, 2002")."""
    words = line.split()
    taken = max((k for k in range(len(words) + 1) if " ".join(words[:k]) in action), default=0)
    return " ".join(words[taken:])


def _outcome(vote: GridVote) -> str | None:
    if vote.counts:
        return "carried" if vote.counts.get("for", 0) > vote.counts.get("against", 0) else "defeated"
    return "carried" if _AUTHORISED.search(vote.action) else None


def add_signatories(index: PeopleIndex, structure: Structure, texts: list[str]) -> None:
    """The signatories of a form's minutes are people with those posts. A name signed in capitals
    ("JO ANNE SMITH") is written as the text writes it elsewhere ("Jo Anne Smith"); one the text
    knows by fewer words ("Anne Smith", "Lopez") is that person, now under the full name."""
    for signed, post in structure.signatories:
        name = _as_written(signed, texts)
        tokens = set(name.casefold().split())
        known = next((p for p in index.people if set(p.name.casefold().split()) <= tokens), None)
        if known is not None:
            known.name, known.role = name, post
            continue
        index.add(SpeakerDraft(honorific=None, name=name, role=post, organization=None))


def _as_member(name: str, texts: list[str]) -> str:
    """A member's name as the grid sets it, in capitals ("DEBECK", "OTTINGER"), written as the text
    writes it: a name of one to three capitalised words whose letters are the same ("De Beck"), or
    else as _as_written gives it."""
    letters = re.sub(r"[^\w]", "", name).casefold()
    for run in _CAPITALISED_RUN.finditer(" ".join(texts)):
        words = run.group().split()
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + _MEMBER_NAME_WORDS) + 1):
                found = words[start:end]
                if "".join(found).casefold() == letters and not all(word.isupper() for word in found):
                    return " ".join(found)
    return _as_written(name, texts)


def _as_written(name: str, texts: list[str]) -> str:
    if not name.isupper():
        return name
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.I)
    for found in pattern.finditer(" ".join(texts)):  # blocks joined: a name may run over two of them
        if not found.group().isupper():
            return " ".join(found.group().split())
    return " ".join(word.capitalize() if word.isalpha() else word for word in name.split())
