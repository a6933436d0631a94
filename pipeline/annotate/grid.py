"""What a form's minutes record outside their running text (structure/forms.py): the votes of the grid
ruled beside the agenda, and the signatories of the block under it."""

from __future__ import annotations

import re

from pipeline.annotate.common import words_re
from pipeline.annotate.motions import MotionDraft
from pipeline.annotate.people import PeopleIndex, SpeakerDraft
from pipeline.rules import ATTACHMENT_NOTE, BARE_ACTION_WORDS, FORM_ACTION_VERBS, FORM_MOVER, MOVER_TITLES
from pipeline.structure import Structure
from pipeline.structure.forms import GridVote

_MOVER = re.compile(FORM_MOVER.format(titles=words_re(MOVER_TITLES)), re.S)
_ATTACHMENT_NOTE = re.compile(ATTACHMENT_NOTE, re.I)
# How far above the vote's first row an item's first line may stand (points)
_ROW_SLACK = 4.0
_AUTHORISED = re.compile(rf"\b(?:{words_re(FORM_ACTION_VERBS)})\b", re.I)
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
    what was moved; a bare action ("Adopt.") is the agenda item beside it, adopted ("Adoption of the
    2002-2003 District Budget. Adopt."); otherwise the text is the motion."""
    text = " ".join(_ATTACHMENT_NOTE.sub(" ", vote.action).split()) or " ".join(vote.action.split())
    mover = _MOVER.search(text)
    opening = " ".join(vote.action.split()[:2])  # the action's line, not the item's on the same row
    action_line = next(((s, line) for s in structure.sections for b in s.blocks for line in b.lines
                        if line.page == vote.page and line.top == vote.action_top
                        and " ".join(line.text.split()).startswith(opening)), None)
    section = action_line[0] if action_line else next(
        (s for s in structure.sections for b in s.blocks for line in b.lines
         if line.page == vote.page and line.top == vote.action_top), None)
    first = re.split(r"(?<=\.)\s+", text, maxsplit=1)[0]  # "Adopt. Staff to provide ...": a direction after it
    if not mover and len(first.split()) <= BARE_ACTION_WORDS and action_line:
        item = _item_beside(vote, structure, action_line[1].x0) or _unnumbered(section.heading)
        text = f"{item} {first}".strip()
    return MotionDraft(text=mover.group("text") if mover else text, moved_by=mover.group("mover") if mover else None,
                       section_no=section.section_no if section else None, page=vote.page)


def _item_beside(vote: GridVote, structure: Structure, action_x: float) -> str:
    """The agenda item's text on the vote's rows, left of the action column ("3. Ratification of change of
    placement, ..."), its numbering dropped; "" when the body has none there (the item is a heading)."""
    lines = sorted((line for s in structure.sections for b in s.blocks for line in b.lines
                    if line.page == vote.page and vote.top - _ROW_SLACK <= line.top <= vote.bottom
                    and line.x1 < action_x), key=lambda line: line.top)
    if not lines or lines[0].top > vote.top + _ROW_SLACK:
        return ""  # the item starts on the Motion row; prose further down ("The Board recognized ...") is not it
    kept = lines[:1]
    for line in lines[1:]:  # the item's lines follow one another; a gap ends it
        if line.top - kept[-1].bottom > (kept[-1].bottom - kept[-1].top):
            break
        kept.append(line)
    return _unnumbered(" ".join(line.text.strip() for line in kept))


def _unnumbered(text: str) -> str:
    return re.sub(r"^\s*(?:[0-9]{1,2}|[A-Za-z]|[IVX]{1,4})[.)]\s+", "", text).strip()


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
