"""What makes a line a heading: numbering schemes, labels, time ranges, agenda columns."""

from __future__ import annotations

# Numbering at the start of a heading, with the scheme it belongs to; depth comes from dots.
HEADING_NUMBERING = (
    ("decimal", r"(?P<num>\d{1,2}(?:\.\d{1,2})+)\.?:?(?=\s)"),  # 2.1  2.1.3  2.1:
    ("arabic", r"(?P<num>\d{1,2})[.):]?(?=\s)"),  # 1.  1)  1
    ("roman", r"(?P<num>[IVXLC]{1,6})[.):](?=\s)"),  # IV.
    ("upper", r"(?P<num>[A-H])[.)](?=\s)"),  # B.
    ("lower", r"\(?(?P<num>[a-h])[.)](?=\s)"),  # a)  (b)
    ("lower_roman", r"\(?(?P<num>(?:i|ii|iii|iv|v|vi|vii|viii|ix|x))[.)](?=\s)"),  # iv.
)
# Labelled sub-headings inside a section: "Session 3:", "Part 2:", "Poll 1:", "Annex A:".
HEADING_LABELS = ("session", "part", "poll", "annex", "appendix", "agenda item", "item", "day", "module",
                  "topic", "question")
TIME_RANGE = (
    r"(?P<time>\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:-|–|—|to)\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)"
)
BREAK_WORDS = ("break", "lunch", "tea", "coffee", "refreshment", "recess")
MAX_HEADING_WORDS = 16
# "Label: value" lines of a title block: metadata, not headings.
METADATA_LABELS = (
    "date", "time", "venue", "place", "location", "chaired by", "chair", "chairperson", "facilitator",
    "moderator", "present", "participants", "attendance", "apologies", "absent", "minutes taken by",
    "minute taker", "organized by", "organised by", "organizer", "organiser", "hosted by", "speaker",
    "speakers", "prepared by", "in attendance", "attendees", "members present", "host",
)
# Table header words that name the column holding the agenda (the row's heading).
AGENDA_COLUMN_NAMES = ("topic", "topics", "agenda", "agenda item", "item", "session", "subject", "title")
