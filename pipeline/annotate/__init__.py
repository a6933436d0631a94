"""Section tree -> speakers, Q&A pairs, feedback counts, motions and document metadata.

One module per kind of record; spaCy (blank model + rule components from pipeline.nlp) finds
the people, and the rules in pipeline.rules say which mentions are speakers, which blocks ask
and answer, and which phrases count.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.annotate.common import located_blocks
from pipeline.annotate.dates import parse_date
from pipeline.annotate.feedback import FeedbackDraft, find_feedback, inline_counts, opinion_counts, table_counts
from pipeline.annotate.grid import add_grid_votes, add_signatories
from pipeline.annotate.meta import MetaDraft, find_meta
from pipeline.annotate.motions import MotionDraft, find_motions
from pipeline.annotate.movers import add_movers
from pipeline.annotate.people import SpeakerDraft, add_posts_written_before, find_people
from pipeline.annotate.posts import split_role_org
from pipeline.annotate.qa import QADraft, find_qa_pairs
from pipeline.annotate.vote_tables import add_table_votes
from pipeline.structure import Structure

__all__ = ["Annotations", "annotate", "inline_counts", "opinion_counts", "parse_date", "split_role_org",
           "table_counts"]


@dataclass
class Annotations:
    speakers: list[SpeakerDraft]
    qa_pairs: list[QADraft]
    feedback: list[FeedbackDraft]
    meta: MetaDraft
    motions: list[MotionDraft] = field(default_factory=list)


def annotate(structure: Structure) -> Annotations:
    located = located_blocks(structure)
    texts = [block.text for _, block in located] + [s.heading for s in structure.sections]
    motions = add_grid_votes(structure, add_table_votes(structure, find_motions(structure)), texts)
    people = find_people(located, structure)
    add_signatories(people, structure, texts)  # a form's signature block
    add_movers(people, motions, texts)  # movers and seconders speak too
    add_posts_written_before(people, texts)
    return Annotations(
        speakers=people.people,
        qa_pairs=find_qa_pairs(located),
        feedback=find_feedback(located, structure),
        meta=find_meta(structure),
        motions=motions,
    )
