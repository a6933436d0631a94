"""Given names: whether a capitalised word is a first name, from gender-guesser's name list.

gender-guesser ships nam_dict.txt (Jörg Michael's list of ~46,000 given names from many
countries). Only the names are read, once, straight from the file: the package's own
Detector takes several times longer to build and gives more than is needed here.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

# In nam_dict.txt a name sits in columns 3-29 of each line; "+" joins the parts of a compound name.
_NAME_COLUMNS = slice(3, 29)


def _fold(word: str) -> str:
    """Lower-case without accents, so "Andrés" and "Andres" are one name."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every given name in the list, folded (lower case, no accents)."""
    text = resources.files("gender_guesser").joinpath("data", "nam_dict.txt").read_text(encoding="iso-8859-1")
    names = set()
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        name = _fold(line[_NAME_COLUMNS].strip())
        names.add(name.replace("+", "-"))
        if "+" in name or "-" in name:
            names.update(name.replace("+", " ").replace("-", " ").split())
    return frozenset(n for n in names if n)


def is_given_name(word: str) -> bool:
    """Whether `word` is a known first name ("Sarah", "Anne-Marie", "José"); case does not matter."""
    word = word.strip(".,;:()'’")
    return len(word) > 1 and _fold(word) in given_names()
