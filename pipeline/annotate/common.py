"""What every annotator shares: blocks located in their sections, and small text helpers."""

from __future__ import annotations

import re

from pipeline.rules import STAMP_WORDS
from pipeline.rules.patterns import words_re  # noqa: F401  (annotators import it from here)
from pipeline.structure import Block, SectionDraft, Structure

Located = list[tuple[SectionDraft | None, Block]]


def located_blocks(structure: Structure) -> Located:
    """Every body block in reading order with the section it belongs to."""
    out: Located = [(None, b) for b in structure.front]
    for section in structure.sections:
        out.extend((section, b) for b in section.blocks)
    return out


def clean_text(text: str | None) -> str | None:
    """Whitespace collapsed and stray separators trimmed; None when nothing is left (what a record stores)."""
    text = " ".join((text or "").split()).strip(" ,;")
    return text or None


def words_tree_re(words) -> str:
    """`words` as a prefix tree ("Institut(?:e|ion|)"): the same strings as `words_re`, searched several
    times faster (the regex engine tries one branch per letter, not every word at every position).
    Longer words are tried first along a branch, but not across branches that differ only in case:
    meant for yes/no searches."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(root)


def _branches(node: dict) -> str:
    alternatives = [re.escape(char) + _branches(child) for char, child in node.items() if char]
    if "" in node:
        alternatives.append("")  # after the longer words
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


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


def table_rows(located: Located, table: int) -> dict[int, dict[int, str]]:
    """The rows of one table, {row: {column: text}}, a cell's blocks joined in reading order."""
    rows: dict[int, dict[int, str]] = {}
    for _, block in located:
        if block.cell is not None and block.cell.table == table:
            row = rows.setdefault(block.cell.row, {})
            row[block.cell.column] = " ".join(filter(None, [row.get(block.cell.column), block.text.strip()]))
    return rows


def stamp_piece(word: str) -> bool:
    """A word in capitals that is a piece of a stamp's word ("ROVED" of "APPROVED"): OCR read the stamp set over a
    name into it ("seconded by Commissioner Sa ROVED")."""
    bare = word.strip(".,;:()")
    return len(bare) >= 3 and bare.isupper() and any(bare in stamp for stamp in STAMP_WORDS)


def one_letter_apart(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter left out, added or changed (a word OCR or a typist misspelt)."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
