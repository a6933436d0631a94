"""How questions and answers are marked."""

from __future__ import annotations

# Lines that always start a new block, whatever their layout: a question or an answer.
BLOCK_START_MARKERS = r"^(?:Q|A|Question|Answer|Response|Reply)\s*\d*\s*[:.)]\s"
QUESTION_MARKERS = (r"Q\d*\s*[:.)]", r"Question\s*\d*\s*[:.)]")
ANSWER_MARKERS = (r"A\d*\s*[:.)]", r"Answer\s*\d*\s*[:.)]", r"Response\s*\d*\s*[:.)]", r"Reply\s*[:.)]")
