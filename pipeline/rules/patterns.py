"""How a rule's word list becomes a pattern: one way, for every step that reads the rules."""

from __future__ import annotations

import re
from functools import lru_cache


def words_re(words) -> str:
    """An alternation of `words`, longest first, each escaped."""
    return _alternation(tuple(words))  # some patterns are built on every call: the word list is sorted once


@lru_cache(maxsize=256)
def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
