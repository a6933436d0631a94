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


# --------------------------------------------------------------------------- organisations
# How `organization_key` (pipeline/store/views.py) matches the spellings of one organisation's name.

# Words after a body's name that name a part of it, not another body: "CEPN Secretariat" is CEPN.
# Dropped only when what is left is an acronym or another name found in the archive.
ORGANIZATION_SUFFIXES = (
    "secretariat", "office", "team", "staff", "unit", "desk", "headquarters", "hq", "country office",
    "head office", "field office", "national office", "regional office", "provincial office",
    "sekretariat", "secrétariat", "secretaría", "geschäftsstelle", "büro", "bureau",
)
# Leading articles that do not tell two bodies apart: "The Asia Foundation" is "Asia Foundation".
ORGANIZATION_ARTICLES = ("the", "la", "le", "les", "l", "el", "los", "las", "die", "der", "das")
# An acronym is one word of 2 to this many characters with at least two capitals and no more small
# letters than capitals ("CEPN", "MoEYS", "No2ID"; not "Oxfam" or "U.Hawaii").
ACRONYM_MAX_CHARS = 12
# An acronym is matched to a name by its initials ("MoEYS" -> M, E, Y, S <- "Ministry of Education,
# Youth and Sport") only from this many capitals up: two letters match too many names.
ACRONYM_MIN_INITIALS = 3
