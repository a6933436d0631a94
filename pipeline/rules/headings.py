"""What makes a line a heading: numbering schemes, labels, time ranges, agenda columns."""

from __future__ import annotations

# Numbering at the start of a heading, with the scheme it belongs to; depth comes from dots.
HEADING_NUMBERING = (
    ("decimal", r"(?P<num>\d{1,2}(?:\.\d{1,2})+)\.?:?(?=\s)"),  # 2.1  2.1.3  2.1:
    # 1.  1)  1  1/ (French minutes)  § 1 (Nordic minutes number items as paragraphs)
    ("arabic", r"(?:§\s*)?(?P<num>\d{1,2})[.):/]?(?=\s)"),
    ("roman", r"(?P<num>[IVX]{1,5}|[IVXLC]{2,6})[.):](?=\s)"),  # IV.  (a lone "C." or "L." is a letter)
    ("upper", r"(?P<num>[A-H])[.)/](?=\s)"),  # B.  B/
    ("lower", r"\(?(?P<num>[a-h])[.)](?=\s)"),  # a)  (b)
    ("lower_roman", r"\(?(?P<num>(?:i|ii|iii|iv|v|vi|vii|viii|ix|x))[.)](?=\s)"),  # iv.
    # a minute reference: "Min. 12/24", "Minute 3/2024", "24/112"
    # or a meeting's own prefix to the reference: "AGM-2006/3", "PC-21/04"
    ("minute", r"(?:Min(?:ute)?s?\.?\s*(?:No\.?\s*)?|(?-i:[A-Z]{2,5})-)?(?P<num>\d{1,4}/\d{1,4})[.:]?(?=\s)"),
    # 3b.  3b)  and an item lettered under its number: 1-A.  2-B
    ("sub", r"(?P<num>\d{1,2}[a-h](?=[.)])|\d{1,2}-[A-Ha-h](?=[.)\s]))[.)]?(?=\s)"),
    # Chinese and Japanese numerals, the text right after them: "十一、討論事項", "(一) 會務", "（二）監事"
    ("cjk", r"(?P<num>[一二三四五六七八九十]{1,3})[、．.]\s*(?=\S)"),
    ("cjk_paren", r"[(（]\s*(?P<num>[一二三四五六七八九十]{1,3})\s*[)）]\s*(?=\S)"),
)
# Labelled sub-headings inside a section: "Session 3:", "Part 2:", "Poll 1:", "Annex A:".
HEADING_LABELS = ("session", "part", "poll", "annex", "appendix", "agenda item", "item", "day", "module",
                  "topic", "question", "top", "tagesordnungspunkt", "punkt", "point", "punto", "ponto", "punt",
                  "agendapunt", "assunto", "sak", "ärende")
# Labels of numbered agenda items that head a section even in plain type: "TOP 3: Kassenbericht",
# "Point 2 : Rapport moral", "Punto 4. Varios", "Punkt 4. Sonstiges", "Agendapunt 5: Rondvraag".
AGENDA_ITEM_LABELS = ("agenda item", "item", "top", "tagesordnungspunkt", "punkt", "point", "punto", "ponto", "punt",
                      "agendapunt", "assunto", "sak", "ärende")
# Labels an agenda item's topic follows, unnumbered, on a row of its own: "Agenda item: Fundraising
# Presenter: Jac" (the row of an item's table), "Point de l'ordre du jour : Budget", "Tema: Presupuesto".
# Multi-word labels may go without their colon ("Agenda Item Fundraising"); a single word needs it.
# ("Subject:", "Asunto:" are a letter's subject line, kept whole as its heading.)
AGENDA_TOPIC_LABELS = ("agenda item", "item", "topic", "point de l'ordre du jour", "point de l’ordre du jour",
                       "sujet", "thème", "tagesordnungspunkt", "thema", "punto del orden del día", "tema")
# Labels that close an item's topic on its row, the person giving it after them ("Presenter: Jac").
AGENDA_TOPIC_TAIL_LABELS = ("presenter", "presenters", "presented by", "speaker", "lead", "led by", "facilitator",
                            "responsible", "owner", "intervenant", "intervenante", "présenté par", "rapporteur",
                            "referent", "referentin", "vortragende", "ponente", "presentado por", "responsable")
# The header row of an action table, set as one line after its first cell ("Action items | Person
# responsible | Deadline"): column names that are no part of the heading the first cell makes.
ACTION_TABLE_COLUMNS = ("person responsible", "persons responsible", "responsible", "responsibility", "owner", "owners",
                        "who", "when", "by whom", "by when", "deadline", "due date", "due", "target date", "status",
                        "lead", "responsable", "responsables", "échéance", "délai", "qui", "quand",
                        "verantwortlich", "zuständig", "frist", "termin", "bis wann", "wer", "plazo",
                        "fecha límite", "quién", "cuándo", "estado")
# A heading that only says what the text under it is, the minutes ("Minutes" under the title and the list of
# those present): a label over the items, which stand beside it, not under it.
MINUTES_HEADINGS = ("minutes", "meeting minutes", "procès-verbal", "compte rendu", "compte-rendu", "niederschrift",
                    "acta", "notulen", "verbale", "ata")
# Labels of the parts an item's record is set out in ("Discussion:", "Conclusions:", "Action items:"), ending in a
# colon: leaves beside the topics discussed under them, like "Present:".
ITEM_PART_LABELS = ("discussion", "discussions", "conclusion", "conclusions", "action items", "actions",
                    "action points", "decisions", "decision", "outcome", "outcomes", "next steps", "décisions",
                    "décision",
                    "diskussion", "beschlüsse", "ergebnis", "ergebnisse", "aufgaben", "discusión", "conclusiones",
                    "acuerdos", "acciones")
# The heading of a table of contents: its entries, each ending in a page number, are no sections, and the
# items they list stand beside it, not under it.
CONTENTS_HEADINGS = ("table of contents", "contents", "table des matières", "sommaire", "inhaltsverzeichnis", "inhalt",
                     "índice", "indice", "contenido", "inhoud", "inhoudsopgave", "sumário")
# Headings that open the list of the meeting's agenda ("Ordine del giorno:" then "1. ...", "2. ..."):
# the items listed are announced there, and the headings that then take them up are not nested in the list.
AGENDA_LIST_HEADINGS = ("agenda", "the agenda", "meeting agenda", "ordre du jour", "tagesordnung", "orden del día",
                        "orden del dia", "ordine del giorno", "ordem do dia", "ordem de trabalhos", "pauta",
                        "agenda de la reunión", "agenda van de vergadering", "повестка дня")
# Annexes stand at the top level of a document, whatever precedes them.
ANNEX_WORDS = ("annex", "annexe", "appendix", "anexo", "anhang", "anlage", "bijlage", "allegato")
# The list of those present, appended to the minutes under a heading of its own: an annex too.
ATTENDANCE_LIST_HEADINGS = ("attendance list", "attendance sheet", "sign-in sheet", "anwesenheitsliste",
                            "teilnehmerliste", "teilnehmendenliste", "liste de présence", "liste des présences",
                            "feuille de présence", "lista de asistencia", "lista de asistentes", "lista de presença",
                            "lista de presenças", "lista delle presenze", "foglio presenze", "presentielijst",
                            "aanwezigheidslijst")
TIME_RANGE = (
    r"(?P<time>\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:-|–|—|to)\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)"
)
BREAK_WORDS = ("break", "lunch", "tea", "coffee", "refreshment", "recess")
# A roll call set as a grid, each member's name then a mark in the column of present or absent ("Trustee Smith X",
# "BROWN A", or the mark on a line of its own): the marks, as written (case matters: "A" absent, "x" present), and
# those that say the member was there (a grid of "A" alone may be a list of teams: "Milton Keynes A").
ROLL_CALL_MARKS = ("X", "x", "A", "P", "E", "AB", "ABS", "✓", "✔", "√", "☒", "☑", "■")
ROLL_CALL_PRESENT_MARKS = ("X", "x", "P", "✓", "✔", "√", "☒", "☑", "■")
# The grid's column heads over the marks: "Present Absent", "Present | Absent | Excused".
ROLL_CALL_COLUMNS = ("present", "absent", "excused", "late", "arrived", "aye", "nay", "yes", "no", "abstain")
MAX_HEADING_WORDS = 16
# "Label: value" lines of a title block: metadata, not headings.
METADATA_LABELS = (
    "date", "time", "venue", "place", "location", "chaired by", "chair", "chairperson", "facilitator",
    "moderator", "present", "participants", "attendance", "apologies", "absent", "minutes taken by",
    "minute taker", "organized by", "organised by", "organizer", "organiser", "hosted by", "speaker",
    "speakers", "prepared by", "in attendance", "attendees", "members present", "host",
    # the same labels in French, German, Spanish, Portuguese, Italian and Dutch minutes
    "lieu", "heure", "présents", "présentes", "présences", "excusés", "excusées", "absents", "secrétaire de séance",
    # (in inclusive writing, "Présent.es", "Excusé·es"; and the meeting's length and who took its notes)
    "présent.es", "présent·es", "présent·e·s", "présent(e)s", "excusé.es", "excusé·es", "excusé·e·s", "excusé(e)s",
    "durée", "durée de la réunion", "prise de notes", "relecture",
    "ort", "datum", "termin", "zeit", "beginn", "ende", "anwesend", "anwesende", "entschuldigt", "abwesend",
    "protokoll", "protokollführer", "protokollführerin", "versammlungsleiter", "versammlungsleiterin",
    "fecha", "lugar", "hora", "asistentes", "asistencia", "presentes", "ausentes", "excusados", "preside",
    "local", "presenças", "ausências", "secretário", "secretária",
    "data", "luogo", "ora", "presenti", "assenti", "giustificati", "segretario", "verbalizzante",
    "plaats", "tijd", "aanwezig", "aanwezigen", "afwezig", "afwezigen", "afgemeld", "notulist", "voorzitter",
    "locatie", "vergaderdatum", "vergaderlocatie", "afwezig met kennisgeving", "met kennisgeving afwezig",
    "genodigden", "presiede", "presidente", "segretaria", "invitati", "secrétaire", "présidence", "invités",
    "convidados", "invitados", "secretario de actas", "ausencias", "excusas", "presidência",
    # attendance as a noun: "Présences", "Anwesenheit", "Asistencia", "Presenze", "Aanwezigheid"
    "présence", "anwesenheit", "presenze", "aanwezigheid",
    # Swedish, Danish, Norwegian
    "närvarande", "frånvarande", "plats", "tid", "lokal", "ordförande", "sekreterare", "mötesordförande",
    "mötessekreterare", "justerare", "justeringsperson", "protokollförare", "dato", "sted", "tidspunkt",
    "til stede", "tilstede", "fraværende", "afbud", "forfall", "deltagere", "deltakere", "referent", "dirigent",
    "møteleder", "mødested", "møtested",
)
# Table header words that name the column holding the agenda (the row's heading).
AGENDA_COLUMN_NAMES = ("topic", "topics", "agenda", "agenda item", "item", "session", "subject", "title")
# Words of the field lines printed in capitals under an item ("RESULT: APPROVED", "MOTION BY: X"):
# a capitalised label of at most this many words, then a value on the same line, is a field, not a heading.
MAX_FIELD_LABEL_WORDS = 4
# Cells of a table of figures that are not words: "NA", "n/a", "-", "—".
EMPTY_FIGURES = ("na", "n/a", "n.a.", "-", "–", "—", "nil", "none", "tbc", "tbd")
# Words after which a title line says when and where, not what: "Minutes of the Meeting held on ...".
TITLE_DETAIL_WORDS = ("held", "which took place", "tenue", "tenu", "abgehalten", "stattgefunden", "celebrada",
                      "celebrado", "tenutasi", "tenutosi", "svoltasi", "gehouden", "realizada", "realizado")
# Weekday and month names that open a date line under a title ("Tuesday, October 22, 2024"), in the
# languages of the corpus; the date line belongs to the document's metadata, not to its sections.
DATE_LINE_WORDS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre", "januar", "februar", "märz", "juni", "juli",
    "oktober", "dezember", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio",
    "giugno", "luglio", "settembre", "ottobre", "dicembre", "janeiro", "fevereiro", "março", "maio",
    "junho", "julho", "setembro", "outubro", "dezembro", "januari", "februari", "maart", "mei",
    "augustus",
)
# The closing of a letter or signature block appended to minutes: not headings.
CLOSING_WORDS = ("yours sincerely", "sincerely", "yours faithfully", "kind regards", "best regards", "regards",
                 "atentamente", "cordialement", "salutations distinguées", "mit freundlichen grüßen",
                 "freundliche grüße", "distinti saluti", "cordiali saluti", "atenciosamente",
                 "met vriendelijke groet", "hoogachtend", "c.c.", "c.c.p.", "cc:", "copia:", "copie:",
                 # the label of a clerk's signature ("ATTEST:"), set large on a scan whose signature rule
                 # OCR did not read
                 "attest")
# Words a heading never ends with, written in lower case: a line that ends so is a sentence broken
# over lines ("These minutes of a meeting of", "approved by the GENERAL COUNSEL on").
# (No single letters: "Item 3 a" is a lettered item.)
HEADING_TAIL_STOPWORDS = ("and", "or", "but", "that", "to", "by", "of", "the", "an", "with", "for", "on", "in",
                          "at", "from", "as", "were", "was", "is", "are", "be", "has", "have", "had", "which",
                          "et", "de", "du", "des", "la", "le", "les", "par", "pour", "und", "der", "die", "das",
                          "von", "mit", "für", "el", "los", "las", "del", "por", "para", "que",
                          "il", "lo", "di", "della", "per", "en", "het", "van", "voor", "met", "dass", "qui")
# An item's number set apart left of its text on a scan, read from the page image (pipeline/ocr/margins.py):
# the characters it is read in, and what is kept as one ("2.", "a.", "IV.", "(c)", "3)").
MARGIN_NUMBER_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.()-"
MARGIN_ITEM_NUMBER = (r"^(?:\((?:\d{1,2}|[A-Za-z]|[IVXivx]{1,5})\)|(?:\d{1,2}|[A-Za-z]|[IVXivx]{1,5})[.)]"
                      r"|\d{1,2}-[A-Ha-h]\.?)$")  # and "1-A.", "2-B": a letter under its number
# An unnumbered name in capitals before a colon that runs on into text heads its item ("CLERK: Trustee X
# acknowledged ..."), unless a word of it labels a record ("NOTE: ...", "MOVED: ...": with the result, mover and
# motion words of rules/motions.py) or it is a memo's header line ("RE: ...", "TO: ...").
RUN_IN_RECORD_WORDS = ("note", "notes", "nb", "moved", "seconded", "second", "resolved", "carried", "agreed", "voted")
MEMO_HEADER_LABELS = ("re", "to", "from", "subject", "cc", "attn")
# What a consent calendar records after an item's title, a sentence of one word ("B. *Draft Minutes of the
# Regular Meeting of September 8, 2010. Approved."): the outcome, not a part of the item's name.
ITEM_OUTCOME_WORDS = ("accepted", "approved", "adopted", "received", "noted", "carried", "ratified", "filed",
                      "angenommen", "genehmigt", "beschlossen", "approuvé", "approuvée", "adopté", "adoptée",
                      "aprobado", "aprobada", "aprovado", "aprovada", "approvato", "approvata", "goedgekeurd",
                      "godkänd", "godkändes", "godkendt", "godkjent")
# Items written as paragraphs that open with the item's name in sentence case, then a colon, a semicolon or a dash
# and what happened, on the same line ("Call to order: 5 p.m.", "Treasurer report; absent, nothing forwarded.",
# "ROLL CALL-Supervisor X, Trustee Y", "Sheriff Report- No report was made"): where at least this many paragraphs
# open so, it is how the document writes its items, and each such name heads its item.
SENTENCE_RUN_IN_MIN_ITEMS = 4
SENTENCE_RUN_IN_MAX_WORDS = 8  # "Review and acceptance of September 2023 Agenda"
# Words that make a name before a colon a sentence ("The Board was told: ...", "We agreed: ...", "Discussed: ...").
SENTENCE_LABEL_WORDS = ("is", "are", "was", "were", "will", "would", "has", "have", "had", "be", "been", "being",
                        "made", "said", "stated", "asked", "noted", "agreed", "explained", "announced", "discussed",
                        "est", "sont", "était", "ont", "ist", "sind", "war", "wurde", "wurden", "es", "son", "fue",
                        "wird", "hat", "haben", "er", "var", "blev", "bliver", "har", "är", "blir", "werd", "werden",
                        "zijn", "heeft", "è", "sono", "era", "fu", "ha", "é", "foi", "são", "foram")
# Words that open a sentence, never an item's name ("The motion reads: ...", "It was noted that: ...").
SENTENCE_OPENING_WORDS = ("the", "this", "that", "these", "those", "it", "we", "he", "she", "they", "i", "there",
                          "an", "all", "after", "before", "when", "if", "as", "following", "le", "la", "les", "il",
                          "elle", "nous", "der", "die", "das", "wir", "es", "el", "los", "las")
# The last word of a sentence that leads into a list ("... as follows:", "... the following:").
LEAD_IN_LAST_WORDS = ("following", "follows", "below", "suivants", "suivantes", "suit", "folgt", "folgende",
                      "siguientes", "sigue")
# Words that name what an item is about, never part of a person's name: "Kane County Sheriff Report" is an item,
# though it opens with a given name.
ITEM_NAME_NOUNS = ("report", "reports", "business", "minutes", "agenda", "comment", "comments", "call", "order",
                   "update", "updates", "session", "budget", "bills", "correspondence", "adjournment", "review",
                   "approval", "hearing", "communications", "announcements", "matters", "items", "discussion")
# Labels run on into text that head no item: who presides or takes part ("Presiding: Mr. X", "Participating in
# person: ..."), guests, a question and its answer ("Question from Ms. X: ...", "Response: ..."), an item's outcome.
RUN_IN_NOT_ITEM_WORDS = ("presiding", "participating", "participants", "guests", "visitors", "question", "questions",
                         "response", "responses", "answer", "answers", "reply", "comment from", "adopted", "approved",
                         "held")
