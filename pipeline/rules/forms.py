"""Minutes written in a form: a vote grid ruled at the left, the agenda column, an action column.

Board minutes of many US public bodies were kept on such forms: the members' names set vertically
over narrow grid columns, rows "Motion / Second / Ayes / Nays / Abstain" (and "Present") marked
with X, the agenda item beside them and "ACTION AUTHORIZED BY BOARD" on the right. Read by
pipeline/structure/forms.py.
"""

from __future__ import annotations

# The labels of the vote grid's rows, written at the left edge of the page, and what each row records.
GRID_ROW_LABELS: dict[str, str] = {
    "motion": "mover", "moved": "mover", "second": "seconder", "seconded": "seconder",
    "ayes": "for", "aye": "for", "yes": "for", "nays": "against", "nay": "against", "noes": "against",
    "no": "against", "abstain": "abstain", "abstained": "abstain", "abstentions": "abstain",
    "present": "present", "absent": "absent",
}
# The rows that make a vote: a "Motion" row and at least this many of the others under it.
GRID_VOTE_ROWS = ("mover", "seconder", "for", "against", "abstain")
GRID_MIN_VOTE_ROWS = 3
# The rows whose marks are counted: the members who voted for, against, abstained.
GRID_COUNTED_ROWS = ("for", "against", "abstain")
# The marks a grid cell is ticked with, as OCR reads them.
GRID_MARKS = "xX×✕✗"
# The letters the members' names set vertically over the grid's columns and its row labels are read in
# (pipeline/ocr/grid.py): names are printed in capitals, labels as words.
GRID_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# A line left of the agenda column this short (letters without spaces) is grid content: marks, or
# the letters of a name set vertically; longer ones (a signature block's "Approved:") are text.
GRID_MAX_CELL_CHARS = 5
# The column heads printed at the top of each page of the form; they head no section.
FORM_COLUMN_HEADS = ("agenda item", "agenda items", "action authorized by board", "action authorized",
                     "action taken", "board action", "by board")
# How alike OCR's reading of a column head is to the printed one (difflib ratio).
FORM_HEAD_SIMILARITY = 0.75
# The lines of a form's letterhead that say where the meeting was held: a room or building first
# ("AUDITORIUM, EDUCATION CENTER"; rules/meta.py VENUE_NOUNS), a street address ("4100 NORMAL STREET"),
# a town with its postal code ("SAN DIEGO, CA 92103", "Leeds LS1 1UR", "75001 Paris").
FORM_ADDRESS_PATTERNS = (
    r"^\d{1,6}[A-Za-z]?\s+[A-Za-z]",  # a house number, then the street
    r"\b[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?$",  # a US state and ZIP code
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}$",  # a UK postcode
    r"^\d{4,5}\s+[A-Z][a-z]",  # a European postcode before the town
)
# A page number printed beside a letterhead line, read by OCR as the line's last word ("... EDUCATION 132");
# four digits from 1800 to 2099 are a year and stay.
FORM_PAGE_NUMBER = r"\s+(?!(?:18|19|20)\d\d\b)\d{1,4}$"
# A time of day ("3:45 p.m."): the letterhead's line of the date and time, which ends the address.
FORM_HEAD_TIME = r"\b\d{1,2}[:.]\d{2}\s*[ap]\.?\s?m\b"
# Lines of a signature block that are neither a signatory's name nor post: the approval and
# submission captions and the minutes' filing number.
SIGNATURE_CAPTIONS = ("approved", "respectfully submitted", "legality and form", "approved as to legality and form",
                      "series no", "attest", "submitted by", "signed")
# A line under an action that names the meetings whose minutes it approves: "Regular Meeting, April 22, 2003"
# (a kind of meeting, then its date, as the agenda lists them).
MEETING_DATE_LINE = (r"^(?:(?:regular|special|annual|adjourned|closed|general|board|joint|emergency)\s+)*"
                     r"(?:meeting|session|workshop|hearing)\s*[,:–-]?\s*(?:of\s+|on\s+)?[\w.]+\s+\d{1,2},?\s+\d{4}"
                     r"(?:\s*(?:[;,]|and)?\s*(?:(?:regular|special|annual|adjourned|closed|general|board|joint|emergency)"
                     r"\s+)*(?:meeting|session|workshop|hearing)\s*[,:–-]?\s*(?:of\s+|on\s+)?[\w.]+\s+\d{1,2},?\s+\d{4})*"
                     r"\s*\.?$")
# The action column's verbs of what the board authorised ("Approve.", "Adopt. See EXHIBIT E2"): beside a
# vote of the grid, the motion carried.
FORM_ACTION_VERBS = ("approve", "approved", "adopt", "adopted", "ratify", "ratified", "accept", "accepted",
                     "authorize", "authorized", "authorise", "authorised", "excuse", "excused")
# The action column's own mover form, read even where OCR broke the words before it ("Motion b 5 otion by
# member Zimmerman to approve ..."): {titles} are the titles written before a mover's name (rules/motions.py).
FORM_MOVER = (r"\bby\s+(?i:{titles})\s+(?P<mover>[A-Z][\w'’-]+(?:\s+(?:de|van|von|le|la)?\s*[A-Z][\w'’-]+)?)"
              r"\s+(?P<text>to\s+\w.*)$")
# The number or letter an agenda item of a form opens with ("c.", "j.", "3.", "IV.", "(b)"): beside a vote,
# the item it adopts (structure/forms.py). Any letter: a form's items run past "h." ("j.", "p.").
FORM_ITEM_NUMBER = r"^\s*\(?(?:\d{1,2}[a-z]?|[A-Za-z]|[IVXL]{2,5})[.)]\s+(?=\S)"
# The mark left where OCR lost an item's letter or number and kept its full stop, or read its bullet as
# one (". Bid No. 12-108, Purchase of ..." for "a. Bid No. ..."): on a form, still an item of the agenda.
FORM_LOST_NUMBER = r"^\s*[.·•]\s+(?=[A-Z])"
# An agenda item that opens with the number of the bid, contract, agreement or resolution it acts on
# ("Bid No. 12-108, Purchase of Dual Purpose Bond Paper. Apparent low bidders are ..."): its first
# sentence names it, the rest describes it (bidders, payment terms). English, French, Spanish, German.
FORM_REFERENCE_WORDS = ("bid", "contract", "agreement", "resolution", "purchase order", "change order",
                        "rfp", "rfq", "proposal", "ordinance",
                        "marché", "contrat", "convention", "résolution", "appel d'offres",
                        "licitación", "contrato", "convenio", "resolución",
                        "ausschreibung", "vertrag", "vereinbarung", "beschluss", "auftrag")
# The number sign written after those words: "No.", "Nos.", "#", "n°", "núm.", "Nr.".
FORM_REFERENCE_NUMBER_SIGNS = (r"no\.?", r"nos\.?", "#", "n°", "nº", r"núm\.?", r"nr\.?")
