"""Words OCR ran together: a letterhead set in tight bold capitals comes back as one token
("BOARDOFEDUCATION", "EUGENEBRUCKEREDUCATIONCENTER"). Read by pipeline/pdf/glued.py, which splits
such a token into the document's own words and these.
"""

from __future__ import annotations

# A token in capitals at least this long, on an OCR'd page, may be words run together.
GLUED_MIN_LETTERS = 8
# The document's own words that may be pieces of a split are at least this long; shorter pieces are
# GLUED_FUNCTION_WORDS, and only between two longer ones ("BOARD OF EDUCATION").
GLUED_MIN_WORD = 3
# Short words that join the words of a name or address, in the languages of minutes.
GLUED_FUNCTION_WORDS = ("of", "the", "and", "for", "at", "in", "on", "to", "de", "la", "le", "les", "du", "des",
                        "der", "die", "das", "und", "von", "van", "het", "del", "di", "da", "do", "dos", "en", "et")
# The nouns a letterhead names a body, a building or an address with, after a name of its own
# ("EUGENE BRUCKER EDUCATION CENTER", "NORMAL STREET", "SAN DIEGO UNIFIED SCHOOL DISTRICT"). A name
# OCR ran into them is cut from them even where the document does not write its words elsewhere.
GLUED_LETTERHEAD_WORDS = (
    "board", "education", "educational", "school", "schools", "district", "unified", "union", "county", "city",
    "town", "village", "parish", "borough", "municipal", "community", "college", "university", "academy",
    "public", "council", "committee", "commission", "authority", "department", "office", "offices", "center",
    "centre", "building", "hall", "auditorium", "library", "chamber", "chambers", "room", "street", "avenue",
    "road", "boulevard", "drive", "lane", "place", "square", "plaza", "parkway", "highway", "court", "floor",
    "suite", "meeting", "special", "regular", "annual", "general", "minutes",
    "session", "association", "society", "foundation", "trust", "club", "church", "state", "national",
)
# A name OCR ran into letterhead words is at least this long, when the document does not write it
# apart: "NORMAL" of "NORMALSTREET"; a shorter head ("HIGH" of "HIGHSCHOOL") may be of one word.
GLUED_MIN_NAME = 6
