"""What every annotator shares: blocks located in their sections, and small text helpers."""

from __future__ import annotations

import re

from pipeline.structure import Block, SectionDraft, Structure

Located = list[tuple[SectionDraft | None, Block]]


def located_blocks(structure: Structure) -> Located:
    """Every body block in reading order with the section it belongs to."""
    out: Located = [(None, b) for b in structure.front]
    for section in structure.sections:
        out.extend((section, b) for b in section.blocks)
    return out


def words_re(words) -> str:
    """An alternation of `words`, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def split_outside_parens(text: str, sep: str = ",") -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char == sep and depth <= 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return [p for p in parts if p]


def section_no_of(section: SectionDraft | None) -> int | None:
    return section.section_no if section else None
