"""Full-text search across section bodies, questions and answers, ranked by BM25 (`minutes search`).

DuckDB's fts extension cannot be downloaded here, so the index is built in Python at each
search from the stored passages: a section (heading + body) or a question with its answer.
The archive is small (hundreds of documents, a few MB of text), so that takes well under a
second. Each meeting counts once: documents marked in the `duplicates` view are left out.

Ranking: Okapi BM25 (k1 = 1.2, b = 0.75) over folded words; a heading's words count twice, as
a heading says what its section is about. Words match exactly after folding (case, accents
kept) or by a shared plural/singular form ("workshops" finds "workshop").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

K1 = 1.2
B = 0.75
HEADING_WEIGHT = 2  # a heading's words are counted this many times
SNIPPET_CHARS = 160
# A word in more than this share of the passages ("of", "the", "de") is not shown in snippets.
COMMON_WORD_SHARE = 0.2
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Passage:
    document_id: str
    file_name: str
    kind: str  # 'section' or 'question'
    number: int  # section_no or qa_no
    heading: str  # the section's heading, or the question's section heading
    pages: str  # "3" or "3-4"
    text: str  # what is searched and quoted (heading not included)
    tokens: tuple[str, ...]


@dataclass(frozen=True)
class Hit:
    score: float
    passage: Passage
    snippet: str


def fold(word: str) -> str:
    """A word as it is indexed: lower case, a plural's final s dropped (not of short words or -ss)."""
    word = word.lower()
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    return [fold(word) for word in _WORD.findall(text)]


_PASSAGES_SQL = """
WITH kept AS (SELECT document_id, file_name FROM documents
              WHERE document_id NOT IN (SELECT document_id FROM {duplicates}))
SELECT k.document_id, k.file_name, 'section', s.section_no, s.heading,
       CASE WHEN s.page_first = s.page_last THEN s.page_first::VARCHAR
            ELSE s.page_first || '-' || s.page_last END,
       s.body
FROM sections s JOIN kept k USING (document_id)
UNION ALL
SELECT k.document_id, k.file_name, 'question', q.qa_no, coalesce(sec.heading, ''), q.page::VARCHAR,
       q.question || coalesce(chr(10) || q.answer, '')
FROM qa_pairs q JOIN kept k USING (document_id)
LEFT JOIN sections sec ON sec.document_id = q.document_id AND sec.section_no = q.section_no
"""


def load_passages(con: duckdb.DuckDBPyConnection) -> list[Passage]:
    """Every searchable passage of the stored meetings."""
    has_view = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'duplicates'"
    ).fetchone()[0]
    sql = _PASSAGES_SQL.format(duplicates="duplicates" if has_view else "(SELECT NULL AS document_id)")
    passages = []
    for document_id, file_name, kind, number, heading, pages, text in con.execute(sql).fetchall():
        words = tokens(text) + tokens(heading) * (HEADING_WEIGHT if kind == "section" else 0)
        passages.append(Passage(document_id, file_name, kind, number, heading, pages, text, tuple(words)))
    return passages


def rank(passages: Sequence[Passage], query: str, limit: int = 10) -> list[Hit]:
    """The passages that have at least one query word, best first (BM25)."""
    terms = list(dict.fromkeys(tokens(query)))
    if not terms or not passages:
        return []
    average_length = sum(len(p.tokens) for p in passages) / len(passages) or 1.0
    counts = [Counter(p.tokens) for p in passages]
    frequency = {term: sum(1 for c in counts if term in c) for term in terms}
    idf = {t: math.log(1 + (len(passages) - n + 0.5) / (n + 0.5)) for t, n in frequency.items()}
    scored = []
    for passage, count in zip(passages, counts, strict=True):
        norm = K1 * (1 - B + B * len(passage.tokens) / average_length)
        score = sum(idf[t] * count[t] * (K1 + 1) / (count[t] + norm) for t in terms if count[t])
        if score > 0:
            scored.append((score, passage))
    scored.sort(key=lambda item: (-item[0], item[1].file_name, item[1].kind, item[1].number))
    # Common words still count a little, but are not what a snippet should show.
    shown = [t for t in terms if frequency[t] <= COMMON_WORD_SHARE * len(passages)] or terms
    return [Hit(round(score, 2), passage, _passage_snippet(passage, shown)) for score, passage in scored[:limit]]


def _passage_snippet(passage: Passage, terms: Sequence[str]) -> str:
    """From the text, or from the heading when only the heading has the words (an empty body)."""
    if not set(tokens(passage.text)) & set(terms) and set(tokens(passage.heading)) & set(terms):
        return snippet(passage.heading, terms)
    return snippet(passage.text, terms)


def snippet(text: str, terms: Sequence[str], width: int = SNIPPET_CHARS) -> str:
    """About `width` characters of `text` around the place with most query words, matches in [brackets]."""
    text = " ".join(text.split())
    matches = [m for m in _WORD.finditer(text) if fold(m.group()) in set(terms)]
    if not matches:
        return text[:width] + ("…" if len(text) > width else "")
    # The window start that covers the most distinct matched words.
    best = max(matches, key=lambda m: len({fold(n.group()) for n in matches
                                             if m.start() <= n.start() < m.start() + width}))
    start = max(0, best.start() - width // 4)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + width)
    window = text[start:end]
    marked = _WORD.sub(lambda m: f"[{m.group()}]" if fold(m.group()) in set(terms) else m.group(), window)
    return ("…" if start else "") + marked + ("…" if end < len(text) else "")


def search(con: duckdb.DuckDBPyConnection, query: str, limit: int = 10) -> list[Hit]:
    return rank(load_passages(con), query, limit)
