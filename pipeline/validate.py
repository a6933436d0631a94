"""Structure + annotations -> a validated ParsedDocument (the schemas are the contract).

Each draft builds its own record (`to_record`); here they are numbered and put together, and
pydantic checks the whole.
"""

from __future__ import annotations

from pipeline.annotate import Annotations
from pipeline.structure import Structure
from schemas import ParsedDocument, Provenance


def build_document(provenance: Provenance, structure: Structure, found: Annotations) -> ParsedDocument:
    return ParsedDocument(
        document_id=provenance.sha256,
        provenance=provenance,
        meta=found.meta.to_record(structure.title),
        sections=[s.to_record() for s in structure.sections],
        speakers=[p.to_record(i) for i, p in enumerate(found.speakers, start=1)],
        qa_pairs=[q.to_record(i) for i, q in enumerate(found.qa_pairs, start=1)],
        feedback_counts=[c.to_record(i) for i, c in enumerate(found.feedback, start=1)],
        motions=[m.to_record(i) for i, m in enumerate(found.motions, start=1)],
    )
