"""Every rule the parser applies, kept as data in one place.

Extraction, structure and annotation read their patterns from here; adding an honorific, a
heading label or a count phrase is a change to this file only.
"""

from __future__ import annotations

# -- extraction --------------------------------------------------------------------------------

BULLET_GLYPHS = frozenset("•◦▪▫■□●○◆◇►▶➢➤✓✔-–—*·o§")
BULLET_FONTS = ("zapfdingbats", "symbol", "wingdings", "opensymbol", "dingbats")
PAGE_NUMBER_PATTERNS = (
    r"(page|p\.)?\s*\d{1,4}(\s*(of|/)\s*\d{1,4})?",
    r"[-–—]\s*\d{1,4}\s*[-–—]",
    r"[ivxlc]{1,6}",
)

# -- people ------------------------------------------------------------------------------------

# Longest first, so "Lok Chumteav" wins over a bare title; each is matched case-sensitively
# with an optional trailing dot.
HONORIFICS = (
    "Lok Chumteav", "Lok Chumtiev", "Neak Oknha", "H.E.", "H. E.", "His Excellency", "Her Excellency",
    "Excellency", "Venerable", "Ven", "Oknha", "Prof", "Professor", "Dr", "Mrs", "Ms", "Mr", "Miss",
    "Mx", "Mme", "Mlle", "Madam", "Sir", "Rev", "Hon", "Lok", "M",
)

# A person's name: capitalised words (Khmer and European names), allowing particles.
NAME_WORD = r"[A-Z][a-zà-ÿ'’\-]+(?:-[A-Z][a-zà-ÿ'’]+)?"
NAME_PARTICLES = ("de", "van", "von", "da", "di", "del", "le", "la", "bin", "binti")

# Phrases that introduce the person who speaks in a line of prose.
SPEAKER_LEAD_INS = (
    "welcome by", "welcome remarks? by", "opening remarks? by", "closing remarks? by", "remarks? by",
    "presented by", "presentation by", "facilitated by", "moderated by", "chaired by", "led by",
    "introduced by", "delivered by", "keynote by", "speech by", "opened by", "closed by",
    "reported by", "shared by", "given by", "explained by", "answered by", "asked by", "raised by",
)
# "Label: Person" lines whose person speaks (people only present or absent are not speakers).
SPEAKER_LABELS = (
    "speaker", "speakers", "presenter", "presenters", "moderator", "facilitator", "facilitators",
    "chair", "chairperson", "chaired by", "chair person", "master of ceremony", "mc", "panelist",
    "panelists", "resource person", "keynote speaker", "guest speaker",
)
# Table column names whose cells name the people who give the item.
PRESENTER_COLUMN_NAMES = ("presenter", "presenters", "speaker", "speakers", "facilitator", "facilitators",
                          "resource person", "resource persons", "by", "presented by", "responsible", "lead",
                          "moderator", "panelists")
NON_SPEAKER_LABELS = (
    "present", "participants", "attendees", "attendance", "apologies", "absent", "regrets",
    "minutes taken by", "minute taker", "note taker", "recorder", "secretary (minutes)", "cc",
    "distribution", "prepared by", "copy to", "in attendance",
)
# Capitalised words that are not names, although they stand where a name would ("The Chair said").
NOT_NAME_WORDS = (
    "the", "a", "an", "this", "that", "these", "those", "he", "she", "they", "we", "it", "i", "you", "his", "her",
    "their", "our", "my", "all", "each", "every", "everyone", "everybody", "someone", "nobody", "one", "some",
    "many", "most", "both", "other", "others", "another", "then", "also", "after", "before", "finally", "later",
    "chair", "chairperson", "chairman", "president", "vice", "secretary", "treasurer", "director", "manager",
    "coordinator", "facilitator", "moderator", "speaker", "speakers", "presenter", "participant", "participants",
    "member", "members", "meeting", "board", "committee", "government", "ministry", "department", "team", "group",
    "representative", "representatives", "guest", "guests", "audience", "floor", "host", "organizers", "organisers",
    "secretariat", "network", "office", "staff", "delegates", "minutes", "agenda", "session", "workshop",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "question", "questions", "answer", "response", "comment", "comments", "ge", "tag", "general", "evaluator",
    "mr", "mrs", "ms", "dr", "prof", "lok", "chumteav", "oknha", "ven", "mme", "sir", "madam", "he.", "h.e.",
    "webmaster", "toastmaster", "international", "national", "world", "education", "children", "association",
)
# Words before "by"/"from" that introduce a speaker: "presented by", "a question was asked, from".
NAME_LEAD_IN_WORDS = ("presented", "chaired", "facilitated", "moderated", "led", "introduced", "delivered",
                      "opened", "closed", "reported", "given", "asked", "question", "questions", "comment",
                      "comments", "answered", "raised", "remarks")
# Last words of a heading that name a post or a report before the person giving it:
# "ADMIN REPORT: Jacquie Lavoie", "Chair: Sarah Willson", "Yearbook lead (Jasmine Thornburn)".
HEADING_ROLE_WORDS = ("chair", "chairperson", "president", "vice-president", "treasurer", "secretary", "lead",
                      "leader", "report", "speaker", "presenter", "coordinator", "director", "manager", "officer",
                      "principal", "update")
# Heading words that name an item someone gives, not their post: the person has no role from it.
HEADING_ITEM_WORDS = ("acknowledgement", "acknowledgment", "remarks", "remark", "welcome", "address", "keynote",
                      "by", "prayer", "opening", "closing")
# What the verb says of the speaker's post when nothing else does: "Andy Robson chairing the meeting".
VERB_ROLES = {"chairing": "Chair", "chaired": "Chair", "presiding": "Chair", "facilitated": "Facilitator",
              "moderated": "Moderator"}
# Nouns after "X's" that show X spoke: "Lloyd Chapman's talk".
TALK_WORDS = ("talk", "presentation", "speech", "keynote", "lecture", "report", "remarks", "session")
# Verbs after a person's name that show they spoke ("Mr. X explained that ...").
SPEECH_VERBS = (
    "said", "says", "explained", "presented", "shared", "reported", "asked", "answered", "replied",
    "responded", "added", "highlighted", "stressed", "noted", "informed", "welcomed", "thanked",
    "opened", "closed", "suggested", "proposed", "recommended", "raised", "mentioned", "introduced",
    "emphasized", "emphasised", "clarified", "commented", "concluded", "summarized", "summarised",
    "gave", "delivered", "updated", "briefed", "urged", "encouraged", "requested", "expressed",
    "agreed", "confirmed", "facilitated", "moderated", "chaired", "reviewed", "led", "spoke",
    "described", "outlined", "announced", "acknowledged", "pointed", "started", "remarked", "chairing",
    "presiding", "argued", "observed", "invited",
)
# Words that make a phrase an organisation's name ("Ministry of ...", "CEPN Secretariat").
ORG_WORDS = (
    "Ministry", "Department", "Office", "Organization", "Organisation", "Association", "Network",
    "Committee", "Council", "Commune", "Group", "University", "School", "College", "Foundation",
    "Secretariat", "Agency", "Institute", "Institution", "Centre", "Center", "Union", "Federation",
    "Bank", "Fund", "Coalition", "Alliance", "Trust", "Society", "Company", "Ltd", "Inc", "Club",
    "Board", "Authority", "Commission", "Hospital", "Church", "Administration", "Bureau", "Forum",
    "Cooperative", "Partnership", "International", "Embassy", "Mission", "Consortium", "Corporation",
)
# Plural or generic heads that name a kind of body, not one body ("representative of CSOs in ...").
GENERIC_ORG_HEADS = ("CSOs", "NGOs", "members", "partners", "organizations", "organisations", "all")

# -- structure ---------------------------------------------------------------------------------

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

# -- questions and answers -------------------------------------------------------------------

# Lines that always start a new block, whatever their layout: a question or an answer.
BLOCK_START_MARKERS = r"^(?:Q|A|Question|Answer|Response|Reply)\s*\d*\s*[:.)]\s"
QUESTION_MARKERS = (r"Q\d*\s*[:.)]", r"Question\s*\d*\s*[:.)]")
ANSWER_MARKERS = (r"A\d*\s*[:.)]", r"Answer\s*\d*\s*[:.)]", r"Response\s*\d*\s*[:.)]", r"Reply\s*[:.)]")

# -- counts ------------------------------------------------------------------------------------

COUNT_UNITS = ("responses", "response", "votes", "vote", "participants", "participant", "people",
               "persons", "person", "members", "member", "respondents", "respondent", "mentions")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
# Words around a tally that make it an election, a motion or money, not feedback.
NON_FEEDBACK_WORDS = ("election", "elections", "elected", "elect", "vote", "votes", "voting", "ballot", "ballots",
                      "motion", "motions", "budget", "income", "expenditure", "expenses", "candidates", "quorum")
# "Five participants suggested more practice": a tally written as a sentence.
OPINION_VERBS = ("said", "suggested", "mentioned", "asked for", "wanted", "proposed", "preferred", "recommended",
                 "found", "felt", "liked", "requested", "chose", "selected", "rated", "agreed", "disagreed",
                 "reported", "wished", "would like")
FEMALE_WORDS = ("female", "females", "women", "woman", "girls", "f")
PARTICIPANT_WORDS = ("participants", "people", "persons", "attendees", "members", "delegates",
                     "representatives", "participant")
RESPONDENT_PHRASES = (
    r"(?P<n>\d+)\s+respondents",
    r"(?P<n>\d+)\s+(?:participants|people|members)\s+(?:returned|completed|filled|answered|responded)",
    r"(?P<n>\d+)\s+of\s+\d+\s+(?:participants\s+|people\s+|members\s+)?(?:returned|completed|filled|answered)",
    r"(?P<n>\d+)\s+(?:completed|returned)\s+(?:evaluation|feedback|survey|questionnaire)",
    r"(?:number of (?:responses|respondents)|responses received|respondents)\s*[:=]\s*(?P<n>\d+)",
    r"(?P<n>\d+)\s+(?:forms|questionnaires|evaluations|evaluation forms|feedback forms|surveys)\s+(?:were\s+)?"
    r"(?:returned|completed|received|collected|filled)",
)

# -- metadata ----------------------------------------------------------------------------------

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
ORGANIZER_VERBS = ("organized", "organised", "hosted", "convened")

# -- text layer quality (pipeline/textlayer.py: which pages need OCR) ---------------------------

# What a broken text layer is made of. Anywhere in a word: unmapped glyphs as pdfminer prints
# them, the replacement character, private-use code points (symbol fonts; Khmer whose shaping
# was lost). As whole words: glyph names (/G74/G97, g3, glyph12, uni0041).
GARBAGE_CHARS_PATTERNS = (r"\(cid:\d+\)", r"[\ufffd\ufffe]", r"[\ue000-\uf8ff]")
GLYPH_NAME_PATTERN = r"/?(?:[Gg]\d{1,5}|glyph\d{1,5}|uni[0-9A-Fa-f]{4,6}|cid\d{1,5}|index\d{1,5})"
# A page whose text has fewer letters than this, and images over this share of its area, is a scan
# (a scan is one picture of the whole page; photos in a report cover less, and are not read).
SCAN_MAX_TEXT_CHARS = 40
SCAN_MIN_IMAGE_SHARE = 0.6
# A page is re-read with OCR when this share of its text is garbage tokens ...
GARBAGE_MAX_SHARE = 0.3
# ... or when less than this share of its text is words of the expected scripts.
WORDS_MIN_SHARE = 0.5
# Pages with less text than this are not judged by their words (a title page, a signature).
JUDGE_MIN_TEXT_CHARS = 80
# Letters of the scripts each OCR language is written in (Tesseract's language codes).
SCRIPT_LETTERS = {
    "latin": r"A-Za-z\u00c0-\u024f",
    "khmer": r"\u1780-\u17ff\u19e0-\u19ff",
}
LANGUAGE_SCRIPTS = {
    "eng": "latin", "fra": "latin", "deu": "latin", "spa": "latin", "por": "latin", "ita": "latin",
    "nld": "latin", "vie": "latin", "ind": "latin", "khm": "khmer",
}
# Bullets as Tesseract reads them ("•" -> "+", "¢", "«", "e" ...): a line on an OCR'd page that
# starts with one of these and a space is a list item.
OCR_BULLET_MISREADS = ("+", "¢", "«", "»", "°", "©", "®", "e", "*", "•", "·", "-", "–", "—", "o")
