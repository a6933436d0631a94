"""Motions, resolutions and votes: who moved what, and how the vote went (several languages).

Each tuple is matched case-insensitively as whole words unless said otherwise; patterns are
regular-expression fragments combined in pipeline/annotate/motions.py.
"""

from __future__ import annotations

from pipeline.rules.people import ROLE_TITLES

# Outcome words, in every language the corpus holds, by outcome. A "strong" word on its own makes a
# sentence a decision ("Carried", "à l'unanimité"); a weak one only settles a motion already open
# ("Motion to adjourn ... All agreed").
MOTION_OUTCOME_WORDS: dict[str, tuple[str, ...]] = {
    "carried": (
        "carried", "passed", "adopted", "approved", "ratified", "accepted", "agreed", "unanimous", "unanimously",
        "nem. con.", "nem con", "all in favour", "all in favor", "by a majority",
        # a voice vote's result as board minutes give it: "Voice vote: all were in agreement", "Roll call: all ayes"
        "all were in favour", "all were in favor", "all voted in favour", "all voted in favor", "all voted aye",
        "all voted yes", "all ayes", "all aye", "all yeas", "all in agreement", "all were in agreement",
        "all members present voted aye", "all members voted aye", "à la majorité", "por mayoría",
        "por maioria", "a maggioranza", "mehrheitlich", "bij meerderheid",
        "adopté", "adoptée", "adoptés", "adoptées", "approuvé", "approuvée", "approuvés", "approuvées",
        "accepté", "acceptée", "acceptés", "acceptées", "à l'unanimité", "à l’unanimité",
        "angenommen", "einstimmig", "beschlossen", "genehmigt", "entlastet", "zugestimmt",
        # "Abstimmung über ... fällt positiv aus": the vote's result as the vote's own verb
        "fällt positiv aus", "fiel positiv aus", "positiv ausgefallen", "donne quitus", "donné quitus",
        # "L'assemblée donne décharge au comité": the discharge of the board, voted as "quitus" is
        "donne décharge", "donné décharge", "donnent décharge", "accorde décharge", "accordé décharge",
        "aprobado", "aprobada", "aprobados", "aprobadas", "se aprueba", "se aprueban", "por unanimidad",
        "aprovado", "aprovada", "aprovados", "aprovadas", "por unanimidade",
        "approvato", "approvata", "approvati", "approvate", "all'unanimità", "all’unanimità",
        "aangenomen", "goedgekeurd", "unaniem", "met algemene stemmen",
        # Swedish, Danish, Norwegian: the passive present is how their minutes record a decision ("Stadgarna
        # antas.", "Dagsordenen godkendes.", "Budsjettet vedtas."), the participle as a result ("Vedtatt.")
        "antas", "antogs", "godkänns", "godkändes", "godkänd", "godkänt", "godkända", "fastställs", "fastställdes",
        "beslutades", "beslöts", "enhälligt", "vedtages", "vedtoges", "vedtaget", "vedtagen", "vedtog",
        "godkendes", "godkendtes", "godkendt", "enstemmigt", "enstemmig", "vedtas", "vedtatt", "vedtok",
        "godkjennes", "godkjent", "godkännes", "beviljas", "beviljades", "bifalls", "bifölls",
        # "Stämman beslutar enligt yrkandet": the meeting decides as the board moved
        "beslutar enligt", "beslöt enligt", "beslutade enligt", "besluttede i overensstemmelse med",
        # no one against: "Annie föreslår att ... Inga motsättningar.", "Approved without objection"
        "without objection", "no objections", "no objection", "inga motsättningar", "inga invändningar",
        "ingen invändning", "ingen indvendinger", "ingen innvendinger", "sans objection", "keine einwände",
        "ohne einwände", "sin objeciones", "nessuna obiezione", "geen bezwaar", "geen bezwaren",
    ),
    "defeated": (
        "defeated", "failed", "lost", "rejected", "not carried", "not passed", "not approved",
        "rejeté", "rejetée", "refusé", "refusée", "abgelehnt", "rechazado", "rechazada", "rejeitado",
        "rejeitada", "respinto", "respinta", "verworpen", "fell", "fällt negativ aus", "fiel negativ aus",
        "negativ ausgefallen", "avslås", "avslogs", "nedröstad", "forkastet", "forkastes", "afvist", "avvist",
        "lapsed",  # no seconder came forward
    ),
    "withdrawn": ("withdrawn", "retiré", "retirée", "zurückgezogen", "retirado", "retirada", "ritirato",
                  "ritirata", "ingetrokken"),
    "deferred": ("deferred", "tabled", "postponed", "laid on the table", "reporté", "reportée", "vertagt",
                 "aplazado", "aplazada", "adiado", "adiada", "rinviato", "rinviata", "uitgesteld"),
}
# Outcome words that are weak: common in any sentence, so they settle an open motion but do not
# make a decision of a sentence that names no motion.
WEAK_OUTCOME_WORDS = ("unanimous", "fell", "passed", "approved", "accepted", "agreed", "adopted", "lost", "failed",
                      "withdrawn", "deferred", "tabled", "postponed", "approuvé", "approuvée", "accepté", "acceptée",
                      "aprobado", "aprobada", "aprovado", "aprovada", "approvato", "approvata", "genehmigt",
                      "goedgekeurd", "adopté", "adoptée", "adoptés", "adoptées", "approuvés", "approuvées",
                      "acceptés", "acceptées", "aprobados", "aprobadas", "aprovados", "aprovadas", "approvati",
                      "approvate", "angenommen", "aangenomen", "rejected", "rejeté", "rejetée", "refusé",
                      "refusée", "rechazado", "rechazada", "rejeitado", "rejeitada", "respinto", "respinta",
                      "verworpen", "abgelehnt", "retiré", "retirée", "zurückgezogen", "retirado", "retirada",
                      "ritirato", "ritirata", "ingetrokken", "lapsed", "reporté", "reportée", "vertagt", "aplazado",
                      "aplazada", "adiado", "adiada", "rinviato", "rinviata", "uitgesteld", "godkänd", "godkänt",
                      "godkända", "godkendt", "godkjent", "vedtog", "vedtok", "enstemmig",
                      # "we are all in agreement that the roads need repair": only after a motion
                      "all in agreement", "all were in agreement",
                      "without objection", "no objections", "no objection", "inga motsättningar", "inga invändningar",
                      "ingen invändning", "ingen indvendinger", "ingen innvendinger", "sans objection",
                      "keine einwände", "ohne einwände", "sin objeciones", "nessuna obiezione", "geen bezwaar",
                      "geen bezwaren")

# Words that deny the outcome after them ("n'est pas approuvé", "was not adopted").
NEGATION_WORDS = ("not", "pas", "nicht", "no", "non", "niet", "não", "never", "jamais", "nie", "nunca")
# Words that open the manner or agent of an outcome closing its sentence: "est approuvé à l'unanimité", "were
# approved by the meeting", "wurde mit großer Mehrheit angenommen".
OUTCOME_TAIL_WORDS = ("by", "with", "without", "at", "par", "à", "avec", "sans", "lors", "mit", "ohne", "durch",
                      "von", "por", "con", "sin", "en", "per", "unanimously", "unanimement", "einstimmig",
                      "as", "comme", "como", "wie")
# Articles that make an outcome word after them an adjective: "the lost minutes", "an agreed plan" (the outcome of
# a motion follows its verb: "the motion was lost"). English only: French and Spanish set the adjective after the
# noun, German inflects it ("die angenommene Satzung"), and its "die" is also a relative pronoun ("..., die
# angenommen wurde").
ARTICLES_BEFORE_ADJECTIVES = ("the", "a", "an")
# Words before an outcome word that make it what a proposal asks for, not what became of it: "to move that the
# minutes be ratified", "propose que le procès-verbal soit approuvé", "que el acta sea aprobada".
PROPOSED_OUTCOME_BEFORE = ("be", "soit", "soient", "sea", "sean", "seja", "sejam", "sia", "siano")
# Words after an outcome word that make it no outcome: "carried out", "carried forward".
NOT_OUTCOME_AFTER = ("out", "forward", "over", "on", "from", "into", "through", "down", "away", "by hand")
# How a vote was taken, after such a word: "carried on a show of hands", "carried by a majority".
VOTE_MANNERS = ("a show of hands", "show of hands", "a vote", "a division", "a poll", "a majority", "a ballot",
                "a secret ballot", "a card vote")
# Verbs between a motion and its outcome: "the motion was carried", "la proposition est adoptée".
MOTION_VERBS = ("was", "were", "is", "are", "has been", "have been", "est", "sont", "a été", "ont été", "wurde",
                "wurden", "ist", "wird", "fue", "fueron", "es", "queda", "foi", "foram", "è", "è stata", "è stato",
                "viene", "werd", "wordt", "blev", "blevet", "bliver", "ble", "blir", "blitt", "har blivit",
                "har blitt", "er blevet", "vart")
# "Motion by Smith, 2nd by Jones", "2nd: Jones": the seconding written short, read as "seconded" (only before "by" or a
# label's colon, or after a comma or slash before a name: "the 2nd reading" is none).
SECOND_ABBREVIATIONS = ("2nd", "2nded", "2nd'd", "2nd’d", "2d")
# Verbs of putting a motion besides making it: "Trustee Smith offered a motion to ...", "introduced the motion".
MOTION_MAKING_VERBS = ("made", "offered", "introduced", "presented", "put forward", "put forth", "brought")
# Words a text layer runs into their neighbours ("wassecondedby"), set apart before reading.
GLUED_WORDS = ("seconded", "adopted", "approved", "moved", "carried", "motioned")

# Verbs of laying a paper before the meeting, and the words that join them to what the meeting did with it: "Accounts
# presented, and duly adopted", "The minutes were read and approved", "Le rapport est présenté et approuvé", "Der
# Bericht wurde vorgelegt und genehmigt".
PRESENTED_VERBS = ("presented", "read", "received", "reviewed", "circulated", "considered", "examined", "submitted",
                   "présenté", "présentée", "présentés", "présentées", "lu", "lue", "lus", "lues", "vorgelegt",
                   "vorgestellt", "verlesen", "geprüft", "presentado", "presentada", "presentados", "presentadas",
                   "leído", "leída", "presentato", "presentata", "apresentado", "apresentada", "voorgelegd",
                   "voorgelezen")
JOINING_WORDS = ("and", "und", "et", "y", "e", "en", "och", "og")
# Words that name a motion as the subject of an outcome: "The motion was carried", "la proposition est
# adoptée", "der Antrag wurde angenommen". With a strong or weak outcome word they make a decision.
MOTION_NOUNS = (
    "motion", "motions", "resolution", "resolutions", "proposal", "proposition", "amendment",
    "résolution", "antrag", "beschluss", "beschlussvorlage", "moción", "propuesta",
    "resolución", "moção", "proposta", "resolução", "mozione", "delibera", "voorstel", "motie", "besluit",
    "satzungsänderung", "satzungsänderungen", "änderungsantrag", "statutenänderung",
    "förslag", "förslaget", "yrkande", "yrkandet", "forslag", "forslaget", "motionen", "beslutet", "vedtak",
)

# Titles written before a mover's name, left out of the name ("Commissioner Allen Fisk moved ..."): every post a
# speaker is named by (people.ROLE_TITLES), and a few written only before movers.
MOVER_TITLES = tuple(dict.fromkeys((*ROLE_TITLES, "Cr", "Crs", "Senator", "Representative", "Concejal")))

# Counts of a vote by kind; a count is a number or a word for none ("keine Nein-Stimme").
VOTE_COUNT_WORDS: dict[str, tuple[str, ...]] = {
    "for": ("ayes", "aye", "yes", "yeas", "for", "in favour", "in favor", "votes for", "ja", "ja-stimmen",
            "ja-stimme", "jastimmen", "jastimme", "dafür", "pour", "oui", "a favor", "sí", "si", "favorevoli",
            "favorevole", "voor", "ja-röster", "ja-stemmer", "för"),
    "against": ("nays", "nay", "noes", "no", "against", "opposed", "votes against", "nein", "nein-stimmen",
                "nein-stimme", "neinstimmen", "neinstimme", "gegenstimme", "gegenstimmen",
                "dagegen", "contre", "non", "en contra", "contra",
                "contrari", "contrário", "contrários", "tegen", "contrario", "contraria", "contrária",
                "emot", "imod", "imot", "nej", "nei", "nej-röster", "nej-stemmer", "nei-stemmer"),
    "abstain": ("abstain", "abstained", "abstaining", "abstention", "abstentions", "enthaltung", "enthalten",
                "enthaltungen", "stimmenthaltung", "stimmenthaltungen", "abstenus", "abstenu", "abstenciones",
                "abstención", "abstenidos", "abstenido", "abstenções", "abstenção", "astenuti", "astenuto",
                "astensioni", "onthouding", "onthoudingen", "avstod", "avsto", "blanke", "blanka", "nedlagde stemme"),
}
# Outcome words a tally may follow directly ("Carried 5-0", "Approved 4-0-1"); of them, those after which a lone count
# in brackets is the votes for ("Approved (4)", "Carried (7)": as many in favour, none counted against).
TALLY_AFTER_OUTCOME_WORDS = ("carried", "passed", "adopted", "approved", "defeated", "failed", "lost")
COUNT_FOR_AFTER_OUTCOME_WORDS = ("carried", "passed", "adopted", "approved")
# The column of a vote table that adds the others up ("Ja | Nein | Enthaltung | Summe").
VOTE_TOTAL_WORDS = ("total", "totals", "sum", "summe", "gesamt", "insgesamt", "votants", "totale", "totaal", "soma",
                    "suma", "somme")
# Other labels of a vote's row beside its counts ("Ayes 5, Noes 2, Absent 1, Recused 1"): with more labelled numbers
# than these, a row is a table's written out ("Played 8, Won 5, Drew 0, Lost 3, For 22, Against 18"), not a vote.
VOTE_ROW_LABELS = ("absent", "excused", "recused", "vacant", "present", "members", "abwesend", "anwesend", "absents",
                   "présents", "ausentes", "presentes", "assenti", "presenti", "afwezig", "aanwezig")
# Words for the two sides that are also any poll's answers ("Yes | No"): a table whose columns are only
# these is a poll (feedback) unless an abstention column makes it a vote.
POLL_ANSWER_WORDS = ("yes", "no", "ja", "nein", "oui", "non", "sí", "si", "sim", "não", "nee")
# The first column of a vote table of candidates ("Kandidat/in | Ja | Nein"): an election, not a motion.
# The header of a table of motions, a row per motion: "Motion Text | Moved by | Seconded by | Status" (an
# association's AGM minutes). A table is one when it has a column of the motion's words and one of its mover or its
# seconder; its header's cells are matched whole (case, colons and OCR's bars aside).
MOTION_TABLE_COLUMNS = {
    "text": ("motion", "motion text", "motions", "resolution", "resolutions", "proposal", "proposition", "item",
             "description", "antrag", "beschluss", "motie", "voorstel", "mozione", "moción", "moção", "förslag",
             "forslag", "yrkande"),
    "mover": ("moved", "moved by", "mover", "proposed", "proposed by", "proposer", "moved/proposed by",
              "antragsteller", "proposé par", "propuesto por", "proposto da", "voorgesteld door", "indiener"),
    "seconder": ("seconded", "seconded by", "seconder", "second", "supported by", "appuyé par", "secondé par",
                 "unterstützt von", "secundado por", "ondersteund door"),
    "outcome": ("status", "result", "outcome", "decision", "vote", "carried/lost", "résultat", "décision",
                "ergebnis", "resultado", "risultato", "uitslag", "besluit", "beslut"),
}
# What a motion table's mover or seconder cell says when no one is named: "Not recorded", "None", "N/A", "-".
NO_PERSON_CELLS = ("not recorded", "none", "n/a", "na", "nil", "-", "–", "—", "unknown", "tbc", "tbd", "nobody",
                   "no one", "not minuted")
CANDIDATE_WORDS = ("kandidat", "candidate", "candidat", "candidato", "candidata", "nominee", "bewerber", "name", "nom",
                   "nombre", "nome", "naam")
# A reference to a paragraph of a statute or rules: "§4 Abs. 2", "§ 7 Absatz 2", "Article 4.2", "Art. 12 al. 3",
# "Artículo 5, apartado 2", "Section 3(b)": a vote table's row that names one counts the change set out under it.
PARAGRAPH_REFERENCE = (
    r"(?:§+\s*\d+[a-z]?|\b(?:article|art\.|artikel|artículo|articolo|artigo|section|sección|paragraph|paragraphe)"
    r"\s*\d+(?:\.\d+)?)(?:\s*,?\s*(?:abs\.?|absatz|satz|para\.?|paragraph|alinéa|al\.|apartado|inciso|comma)\s*\d+)?"
)
# A change of a statute set out as its old and new wording: 'von: „...“ zu: „...“', 'from "..." to "..."'.
AMENDMENT_FROM_TO = (("von", "zu"), ("from", "to"), ("de", "à"), ("de", "a"), ("de", "por"), ("da", "a"),
                     ("van", "naar"))
# Words that name changes of a statute, or the statute, in the decision taken on them ("The proposed amendments
# were carried", "Les modifications des statuts sont adoptées", "Se aprueba la reforma de los estatutos").
AMENDMENT_NOUNS = ("amendment", "amendments", "changes", "constitution", "bylaws", "by-laws", "statutes", "statute",
                   "articles", "satzung", "satzungsänderung", "satzungsänderungen", "änderungen", "änderung",
                   "modification", "modifications", "statuts", "reforma", "reformas", "modificación",
                   "modificaciones", "enmienda", "enmiendas", "estatutos")
# A line that announces the wording of a change on the next line: "Es soll der Wortlaut ... ergänzt werden:".
AMENDMENT_ANNOUNCING = ("ergänzt werden", "geändert werden", "eingefügt werden", "gestrichen werden", "ersetzt werden",
                        "be amended", "be inserted", "be replaced", "be deleted", "amended as follows",
                        "sera modifié", "est modifié", "est remplacé", "est ajouté", "sera ajouté", "se modifica",
                        "queda redactado", "se sustituye", "se añade")
# Words between a count and its kind: "30 votos a favor", "two members abstaining".
VOTE_COUNT_FILLERS = ("members", "member", "votes", "vote", "persons", "people", "delegates", "votos", "voti",
                      "voix", "stemmen", "stimmen", "membres", "miembros", "membros", "soci", "leden", "röster",
                      "stemmer", "röstade", "stemte", "medlemmar", "medlemmer")
# Words read as a count of zero (numbers written as words: counts.NUMBER_WORDS).
ZERO_COUNT_WORDS = ("none", "nil", "no", "zero", "keine", "kein", "aucune", "aucun", "ninguna", "ninguno",
                    "nenhum", "nenhuma", "nessuno", "geen")

# Words that say a paragraph sets out a proposal, voted on in a table after it ("Die GPK stellt den Antrag, ...", "Die
# Kommission schlägt vor, ...", a heading "Antrag 1").
PROPOSING_WORDS = ("antrag", "anträge", "beantragt", "beantragen", "schlägt", "vorschlag", "propose", "proposes",
                   "proposal", "motion", "moves", "propone", "propuesta", "proposition", "proposta",
                   "mozione", "voorstel", "stelt voor")

# Sentences about elections of officers: not motions unless put as one.
ELECTION_WORDS = (
    "election", "elections", "élection", "élections", "wahl", "wahlen", "vorstandswahl", "vorstandswahlen",
    "elección", "elecciones", "eleição", "eleições", "elezione", "elezioni", "verkiezing", "verkiezingen",
    "elected", "re-elected", "reelected", "élu", "élue", "élus", "élues", "réélu", "réélue", "réélus", "gewählt",
    "wiedergewählt", "elegido", "elegida", "eleito", "eleita", "eletto", "eletta", "gekozen", "herkozen",
    # Danish, Norwegian, Swedish: "Valg af dirigent", "val av ordförande", "valgt", "vald", "genvalgt", "omvald"
    "valg", "val", "valgt", "valgte", "vald", "valda", "genvalgt", "gjenvalgt", "omvald", "omvalda",
)

# Abbreviations after which a full stop does not end a sentence.
SENTENCE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "Nos", "Cllr", "Mme", "Mlle", "M", "Sr", "Sra",
                          "Srta", "Dra", "sig", "Sig", "Dott", "Hr", "Fr", "vs", "v", "etc", "e.g", "i.e", "approx",
                          "Inc", "Ltd", "Co", "nem", "con", "Art", "Abs", "Rep", "Supt", "Gov", "Capt", "Lt", "Sgt")

# -- patterns (regular-expression fragments; {name} is a person's name, filled in by the annotator) ----------
# A line that records a vote rather than saying it: "RESULT: APPROVED [UNANIMOUS]", "MOTION BY: X SECOND: Y".
RECORD_RESULT_LABELS = ("result", "results", "vote", "action", "decision", "outcome", "ergebnis", "résultat",
                        "resultado", "risultato", "uitslag", "disposition")
RECORD_MOVER_LABELS = ("motion by", "moved by", "moved", "mover", "proposed by", "proposed", "proposer",
                       "antragsteller", "proposé par", "propuesto por", "proposto da")
RECORD_SECONDER_LABELS = ("second", "seconded by", "seconded", "seconder", "secondé par", "appuyé par",
                          "appuyée par", "secundado por", "apoyado por")
# Surnames written in one word with a capital inside ("VanDeinse", "MacLeod", "VonHolten", "FitzGerald"): not two
# words OCR ran together, which the reader parts before a capital ("SmithJones" -> "Smith Jones").
CAMEL_NAME_PREFIXES = ("Van", "Von", "Mac", "Del", "Des", "Dal", "Della", "Fitz", "Ver", "Ten", "Ter", "Vander",
                       "Vanden")
# Verbs a post's holder puts a motion with, named by the post ("Monsieur le Maire propose ...", "The Chair moved").
POST_MOTION_VERBS = ("propose", "proposes", "proposed", "moved", "moves", "propone", "propõe", "beantragt",
                     "stelt voor", "soumet", "submitted")
# A paragraph before a bare vote ("Vote : à l'unanimité") is what was voted on when one of those verbs comes
# within its first this many words ("Monsieur le Maire propose ...", "Le maire propose au conseil ...").
PROPOSAL_VERB_MAX_AT = 4
# "Moved by X, seconded by Y, that ...", "X moved, Y seconded, that ...", "X made a motion, seconded by Y, to ...".
MOVED_FORMS = (
    # (after the motion's number: "Motion 182/2024 Moved by Deputy Mayor Eastman, “THAT the agenda ...”")
    r"^(?:(?:resolution|motion)\s*(?:no\.?\s*)?\d[\w./-]*\s*[,:.-]?\s*)?"
    r"(?:it\s+was\s+)?(?:moved|proposed)\s+(?:by\s+)?{mover}\s*,?\s*(?:and\s+)?(?:seconded\s+(?:by\s+)?{seconder}\s*,?\s*)?"
    r"(?:[:,-]\s*)?(?:,?\s*and\s+)?(?:(?:it\s+was\s+)?(?P<resolved>resolved|agreed)\s*:?\s*)?[“\"‘«]?\s*(?P<text>(?:that|to)\b.*)$",
    # (also after what the mover did first, mid-sentence: "Trustee Smith reviewed the bills and made a motion to
    # approve them", "Mr. Brown thanked the staff and then moved to ...": a clause in small letters ending in "and")
    r"^(?P<lead>.{0,40}?)(?<!/){mover}\s*,?\s+(?:(?-i:[a-z])[\w'’-]*(?:\s+[\w'’,-]+){0,10}?\s+and\s+(?:then\s+)?)?"
    r"(?:moved|{making}\s+(?:a|the)\s+motion|motioned)\s*,?\s*(?:and\s+)?"
    r"(?:(?:second(?:ed)?\s+by\s+{seconder}|{seconder}\s+seconded)\s*,?\s*)?"
    r"(?P<text>(?:that|to|(?:the\s+)?(?:approval|adoption|acceptance|receipt)\b).*)$",
    r"^(?:(?:resolution|motion)\s*(?:no\.?\s*)?[\d][\w./-]*\s*,?\s*)?(?:moved|proposed)\s+by\s+{mover}\s*,?\s*"
    r"(?:and\s+)?(?:second(?:ed)?\s+by\s+{seconder})?\s*:\s*(?P<text>)$",
    r"^(?:motion\s*:?\s*)?(?:a\s+)?motion\s+(?:was\s+)?(?:made\s+)?by\s+{mover}\s*,?\s*(?:(?:and\s+)?(?:second(?:ed)?\s+(?:by\s+)?{seconder}|"
    r"{seconder}\s+seconded)\s*,?\s*)?[“\"‘«]?\s*(?P<text>(?:that|to)\b.*)$",
    # (after what it is about: "June AGM minutes circulated prior to meeting; motion to approve by X, seconded by Y &
    # passed")
    # (or "Motion to approve the bills made by X and seconded by Y", "A motion to approve ... was made by X, ...")
    r"^(?P<text>(?:[^.;:]{3,100}(?:[;:]|\s[—–-])\s*)?(?:an?\s+|the\s+)?motion\s+to\b.*?)\s*,?\s+(?:(?:was\s+)?{making}\s+)?by\s+"
    r"{mover}\s*(?:,|and)\s*(?:second(?:ed)?\s+by\s+{seconder}|{seconder}\s+"
    r"seconded)(?P<rest>.*)$",
    r"^(?P<text>motion\s+to\b.*?)\s*\(\s*{mover}\s*/\s*{seconder}\s*\)(?P<rest>.*)$",
    r"^(?:motion\s*:\s*)(?P<text>.+?)\s*\b(?:M/S|moved/seconded)\s*:?\s*{mover}\s*/\s*{seconder}(?P<rest>.*)$",
    r"^{mover}\s+(?:proposed|moved)\s+and\s+{seconder}\s+second(?:ed)?\b(?P<rest>.*)$",
    # "The report was approved on the motion of X, seconded by Y", "The notice was accepted with regrets on a
    # motion from X and seconded by Y"
    r"^(?P<text>.+?)\s*(?:was|were)\s*(?P<outcome>approved|adopted|carried|agreed|accepted)(?:\s+[a-z]+){0,3}?\s+"
    r"(?:on|upon)\s+(?:the\s+|a\s+)?(?:proposal|motion)\s+(?:of|by|from)\s+{mover}\s*,?\s*(?:and\s+)?"
    r"seconded\s+by\s+{seconder}(?P<rest>.*)$",
    # "The minutes of the Regular Meeting of January 30 was moved for approval by Member X"
    # (or proposed, as British minutes say: "Acceptance of the 2015 Report was proposed by X and seconded by Y")
    r"^(?P<text>.+?)\s*(?:was|were)\s*(?:moved|motioned|proposed)(?:\s+for\s+(?:approval|adoption|acceptance))?\s*by\s*{mover}"
    r"(?P<rest>.*)$",
    r"^{mover}\s+(?:propose|proposent|propone|propõe|propone|stelt\s+voor|beantragt)\s*,?\s*"
    r"(?P<text>(?:que|qu['’]|de|d['’]|che|dass|om)\b.*)$",
    r"^(?:moved|motion)\s*:?\s*\(\s*{mover}\s*/\s*{seconder}\s*\)\s*[,:-]?\s*(?P<text>.*)$",
    r"^{mover}\s*,?\s+proposed\s*,?\s*(?:and\s+)?(?:second(?:ed)?\s+by\s+{seconder}|{seconder}\s+seconded)\s*,?\s*"
    r"(?P<text>(?:that|to)\b.*)$",
    r"^(?:it\s+was\s+)?(?:moved|proposed)\s+(?:by\s+)?{mover}\s*[,;]?\s*(?:and\s+)?seconded\s+(?:by\s+)?{seconder}"
    r"(?P<rest>.*)$",
    # the decision first, its mover and seconder after it: "Payments were approved, proposed Cllr Singh,
    # seconded Cllr Wood", "It was resolved to object (proposed by X, seconded by Y)"
    r"^(?P<text>.{12,}?)\s*[,;(]\s*(?:(?:it\s+was\s+)?(?:proposed|moved)\s*(?:by\s*)?:?\s*){mover}\s*[,;]?\s*"
    r"(?:and\s+)?seconded\s*(?:by\s*)?:?\s*{seconder}\s*\)?(?P<rest>.*)$",
    # "On a motion by Smith, seconded by Jones, the Board voted 5-0 to approve ...", "Upon motion of Mr. X, ..."
    # (or as British minutes put it, after what was laid before the meeting: "The accounts were tabled and, upon the
    # proposition of P Sewell, seconded by J Trollope, it was resolved unanimously “That the accounts be approved.”")
    r"^(?:[^;]{0,200}?(?:,|\band)\s*)?(?:on|upon)\s+(?:a\s+|the\s+)?(?:motion|proposition|proposal)\s+(?:by|of|from)\s+"
    r"{mover}\s*,?\s*(?:and\s+)?(?:second(?:ed)?\s+by\s+{seconder}\s*,?\s*)?"
    r"(?:(?:it\s+was\s+)?(?P<resolved>resolved|agreed)(?:\s+unanimously)?\s*:?\s*[“\"‘«]?\s*(?=that\b))?(?P<text>\S.*)$",
    # "M/S/C (Smith/Jones) to approve ...": moved, seconded and carried (the C), as Californian boards write it
    # (the result in brackets after the names: "M/S/C Jones/Smith (unanimously approved) to ...", "M/S Jones/Smith
    # (5-0)"; with no words after it, what was moved is the sentence before)
    # (or "MSC", "M/S/P" (passed), "Moved/Seconded: Jones/Smith"; after what it moves: "Approval of the minutes of
    # June 4: M/S/C Jones/Smith, unanimous")
    r"^(?:(?P<subject>[^.;:]{3,100}?)\s*[:–—-]\s*)?(?:it\s+was\s+)?"
    r"(?:M\s*/\s*S(?:\s*/\s*(?P<resolved>C|P))?|(?-i:MS(?P<resolved_2>C|P))|moved\s*/\s*seconded(?:\s*/\s*carried)?)"
    r"\s*:?\s*\(?\s*{mover}\s*/\s*{seconder}\s*\)?\s*[,:;-]?\s*"
    r"(?:(?P<rest>\([^()]{1,40}\))\s*[,:;-]?\s*)?(?P<text>.*)$",
    # "Proposal to change the League rules for the timing of games - By Colin Solloway.": the proposal, its author
    r"^(?P<text>(?:motion|proposal|proposition|propuesta|proposta|antrag|voorstel)\s+(?:to|de|d['’]|zu[rm]?|para|per|om)"
    r"\b.+?)\s*[-–—,(]\s*(?:by|par|von|por|da|door)\s+{mover}\s*\)?\s*[.:]?$",
    # "Motion (Lynch)/Second (Anderson) to accept minutes of March 1, 2007"
    r"^motion\s*\(\s*{mover}\s*\)\s*/\s*second(?:ed)?\s*\(\s*{seconder}\s*\)\s*[,:-]?\s*(?P<text>.*)$",
    # "Chair X asked for a motion to adjourn, which was provided by Member Y, Member Z seconded, and carried"
    r"^(?P<lead>.{0,60}?)\b(?:asked|called)\s+for\s+a\s+motion\s+(?P<text>to\b.+?)\s*,\s*which\s+was\s+"
    r"(?:provided|made|given|offered|moved)\s+by\s+{mover}(?P<rest>.*)$",
    # "Motion and second (Ortiz and Biggs) to adopt the resolution.": mover and seconder named together, in order
    r"^(?:a\s+)?motion\s+and\s+second(?:ed)?\s*(?:by\s*)?\(\s*{mover}\s*(?:and|/|&|,)\s*{seconder}\s*\)\s*[,:-]?\s*"
    r"(?P<text>(?:that|to)\b.*)$",
    # "Motion: Jones; Second: Smith; to approve the minutes", "Motion - Jones, Seconded - Smith. Approve ...": the
    # record's labels run on in one line, then what was moved
    r"^motion\s*(?:by\s*)?[:–-]\s*{mover}\s*[;,]\s*second(?:ed)?\s*(?:by\s*)?[:–-]\s*{seconder}\s*[;,.:]?\s*"
    r"(?P<text>.*)$",
    # "Jones/Smith moved to approve the warrants": mover and seconder as the M/S notation pairs them
    r"^{mover}\s*/\s*{seconder}\s+(?:moved|{making}\s+(?:a|the)\s+motion)\s*,?\s*(?P<text>(?:that|to)\b.*)$",
    # "Minutes from 11/30/17 meeting approved – Z. Maiorca (motion), T. Feinberg (second)": what was done, then who
    # moved and who seconded it, each marked so in brackets
    r"^(?:(?P<outcome>approved|adopted|carried|passed)\s+)?"
    r"(?P<text>.+?(?:\s+(?P<outcome_2>approved|adopted|carried|passed|accepted))?)\s*[–—-]\s*"
    r"{mover}\s*\(\s*(?:motion|moved|mover)\s*\)\s*[,;&]?\s*(?:and\s+)?"
    r"{seconder}\s*\(\s*second(?:ed|er)?\s*\)(?P<rest>.*)$",
    # "Auf Antrag von X wird die Traktandenliste genehmigt", "Sur proposition du Président, le conseil approuve ...":
    # the sentence, whose verb says what became of it (at its end, in German), is what was decided on X's motion
    r"^(?P<text>(?:auf\s+antrag|sur\s+(?:la\s+)?proposition|op\s+(?:het\s+)?voorstel|a\s+propuesta|su\s+proposta|"
    r"sob\s+proposta|na\s+proposta)\s+(?:von|des|der|de|du|de\s+la|van|di|del|della|do|da)\s+{mover}\s*,?\s+\S.*)$",
)
# Of the forms above, those that only propose: kept when a result or a seconder follows.
PROPOSAL_FORM_INDEXES = (10, 17)
# The passive form ("X was moved by Y"), whose text is the subject.
PASSIVE_FORM_INDEX = 9
# The form whose text says what the meeting did ("On a motion by X, seconded by Y, the Board approved ..."): its
# outcome and counts are read in it.
DECIDED_FORM_INDEX = 15
# The form of a decision taken on someone's motion ("Auf Antrag von X wird ... genehmigt"): its outcome is read in it.
ON_MOTION_OF_FORM_INDEX = 24
# The auxiliaries of a decision said in the passive, in such a form ("Auf Antrag von X wird Y als Protokollführerin
# bestimmt", "Sur proposition de X, Y est désignée secrétaire"): it was taken.
DECISION_PASSIVE_AUXILIARIES = ("wird", "werden", "wurde", "wurden", "est", "sont", "wordt", "worden", "werd", "viene",
                                "vengono", "è", "es", "son", "é", "são")
# "RESOLVED that ...", "it was resolved ...", "IL EST RÉSOLU que ...", "The Councillors resolved it ...".
RESOLVED_FORMS = (
    r"^(?P<lead>.*?)\b(?:(?:it\s+(?:was|is)\s+)?(?:(?:further|unanimously)\s+)?resolved|il\s+est\s+résolu|"
    r"il\s+est\s+décidé|l['’]assemblée(?:\s+générale)?\s+décide|se\s+resuelve|se\s+acuerda|se\s+acordó|"
    r"fica\s+resolvido|foi\s+deliberado|deliberou-se|si\s+delibera|wordt\s+besloten|wird\s+beschlossen)\b\s*"
    r"(?:[:,–—-]\s*)?(?P<text>(?:that|to|it|this|que|qu['’]|de|d['’]|di|che|(?-i:[A-Z])).*)$",
    r"^(?P<lead>)(?:(?-i:AGREED|DECIDED|DECISION)\s*[:-]?|(?:acuerdo|beschluss|décision|deliberação|besluit|"
    r"delibera)\s*:)\s*(?P<text>.+)$",
    r"^(?P<lead>)(?:{assembly})\s+(?:{decides})(?![\w'’])\s*(?P<text>.+)$",
    # "VOTED: (3) To accept the nomination of ...": what a New England board's record says it voted (a form with a
    # `label` group: the text is what follows the label, however short the lead)
    r"^(?P<lead>)(?:[A-Z]\.\s*)?(?:\d{1,2}\.\s*)?(?P<label>(?-i:VOTED|Voted))\s*:\s*(?:\(\d{1,3}\)\s*)?"
    r"(?P<text>(?:to|that)\b.+)$",
    # "Mötet beslutar att ...", "Styrelsen beslöt att ...", "Det blev besluttet at ...", "Styret vedtok å ..."
    r"^(?P<lead>.*?)\b(?:beslutar|beslutade|beslöt|beslutades|beslöts|beslutas|besluter|besluttede|besluttet|"
    r"beslutter|besluttes|vedtog|vedtok|vedtager|vedtar)\s+(?:(?:enhälligt|enstemmigt|enstemmig)\s+)?"
    r"(?P<text>(?:att|at|å|om)\s.*)$",
)
# The meeting as the subject of its decision, and the verbs it decides with, for the last of RESOLVED_FORMS:
# "L'assemblée approuve ...", "Les membres acceptent les statuts révisés ...", "Les membres sont d'accord pour
# que ...", "The meeting agreed to ...", "La asamblea aprueba ...", "Die Mitgliederversammlung genehmigt ...".
ASSEMBLY_SUBJECTS = ("l'assemblée", "l’assemblée", "l'assemblée générale", "l’assemblée générale", "l'ag", "l’ag",
                     "les membres", "the meeting", "the members", "the general meeting", "the assembly",
                     "die versammlung", "die mitgliederversammlung", "die mitglieder", "la asamblea",
                     "la asamblea general", "los socios", "los miembros", "las socias", "mötet", "årsmötet",
                     "stämman", "föreningsstämman", "styrelsen", "medlemmarna", "generalforsamlingen",
                     "bestyrelsen", "forsamlingen", "årsmødet", "styret", "årsmøtet", "møtet", "medlemmene")
ASSEMBLY_DECISION_VERBS = (
    "approuve", "approuvent", "adopte", "adoptent", "accepte", "acceptent", "ratifie", "ratifient",
    "est d'accord", "est d’accord", "sont d'accord", "sont d’accord", "décide", "décident",
    "agreed", "agrees", "approved", "approves", "adopted", "adopts", "accepted", "accepts", "ratified", "ratifies",
    "genehmigt", "genehmigen", "beschließt", "beschließen",
    "aprueba", "aprueban", "acepta", "aceptan", "ratifica", "ratifican", "acuerda", "acuerdan",
    "godkänner", "antar", "fastställer", "godkender", "vedtager", "godkjenner", "vedtar",
)
# Words a result names the proposal it settles with, after a word pointing back ("Our vote for supporting this
# change For 1 Against 9"): it settles the proposal still pending however long the wording set out after it ran.
PROPOSAL_REFERENCE_NOUNS = ("change", "rule change", "changement", "cambio", "proposal", "proposition", "motion",
                            "amendment", "propuesta", "vorschlag", "antrag", "änderung", "modification")
# A decision that only points back at the proposal before it ("Les membres sont d'accord avec ce principe",
# "The meeting agreed to this"): the proposal's words are the motion's. Words that point back:
POINTING_BACK_WORDS = ("ce", "cet", "cette", "ces", "this", "that", "these", "those", "it", "dies", "diesem",
                       "diesen", "dieser", "dieses", "este", "esta", "esto", "estos", "estas", "ello", "la", "le",
                       "proposition", "proposal", "vorschlag", "propuesta")
# A decision that, the second sentence of a paragraph of two, takes the first with it: it was taken after discussing
# what the first set out ("Es bestand Uneinigkeit über die Frist ... Nach längerer Diskussion wurde ... angenommen."),
# or it points back at it ("An e-mail has been received regarding ... The Councillors resolved to take part in this
# commemoration.").
AFTER_DISCUSSION = (r"^(?:after|following|nach|après|tras|después\s+de)\s+(?:(?:the|a|la|una|der|einer|much|long|some|"
                    r"längerer|langer|kurzer|ausführlicher|une|longue)\s+)*(?:discussion|debate|diskussion|debatte|"
                    r"beratung|débat|discusión|debate)\b")
BACK_POINTERS = ("this", "these", "diese", "dieser", "dieses", "diesen", "diesem", "ce", "cet", "cette", "ces", "este",
                 "esta", "estos", "estas")
# A decision put without a mover, kept only when a result follows: "Vote on ...", "it was proposed that ...".
PENDING_FORMS = (
    r"^(?P<text>(?:vote|motion)\s+(?:to|on)\b.+?)(?:\s+[-–—]\s+(?P<rest>.*))?$",
    # "Vote à la main levée : Est-ce que les membres seraient prêts à ... ?": the question put to the show of hands
    r"^(?P<text>(?:vote|votación|votação|votazione|abstimmung|stemming)\s+(?:à\s+(?:la\s+)?main\s+levée|"
    r"à\s+bulletin\s+secret|by\s+(?:a\s+)?show\s+of\s+hands|by\s+secret\s+ballot|per\s+handzeichen|"
    r"a\s+mano\s+alzada|por\s+mano\s+alzada|geheim)\s*:\s*\S.*\?)\s*$",
    r"^(?:motion|resolution|proposal|proposta|proposition|propuesta|voorstel|mozione|moção|motie|antrag|"
    r"beschlussantrag|proposta\s+di\s+delibera|proposition\s+de\s+délibération)\s*(?:n\.?[º°o]?\s*)?"
    r"(?:[0-9][\w./-]*\s*)?\s*[:.-]\s*(?P<text>.+)$",
    r"^(?:therefore\s+)?it\s+was\s+(?:proposed|moved|suggested)\s+(?P<text>(?:that|to)\b.*)$",
    # "The PCC proposed that ...", "The Board recommended that ...": a body puts the proposal, its result to come (a
    # post proposing in the discussion, "The Chair proposed that ...", amends the motion open)
    r"^(?:the\s+)?(?:(?-i:[A-Z]{2,8})|board|committee|council|executive(?:\s+committee)?|trustees|directors)\s+"
    r"(?:proposed|recommended)\s+(?P<text>that\b.+)$",
    # "A motion was made for the treasurer to approach the bank.", "Une proposition est faite de ...", "Ein Antrag
    # wurde gestellt, ...": a motion put, its result to come
    r"^(?P<text>(?:an?|une?|ein)\s+(?:motion|proposal|resolution|proposition|antrag)\s+"
    r"(?:was|is|est|a\s+été|wurde|wird)\s+(?:made|put|brought|tabled|faite|présentée|déposée|gestellt|eingebracht)"
    r"\b.+)$",
    r"\b(?:über|on)\s+(?P<text>(?:die|den|das)\s+.+?)\s+abgestimmt\b",
    # "Abstimmung über eine Transparenz-Mitgliederversammlung fällt positiv aus", also inside a run-on list
    r"(?:^|\s)(?P<text>(?:abstimmung|vote|votación|votação|votazione|stemming)\s+(?:über|sur|sobre|su|over)\s+"
    r"[^.;:]{3,120}?\s+(?:fällt|fiel|ist|war)\s+(?:positiv|negativ)\s+aus(?:gefallen)?)\b",
    r"^(?:sometid[ao]s?\s+a\s+votación|colocad[ao]s?\s+em\s+votação|post[ao]s?\s+(?:a|à|em)\s+votação|"
    r"mess[ao]\s+ai\s+voti|post[ao]\s+(?:ai|in)\s+votazione|"
    r"mise?s?\s+aux\s+voix|in\s+stemming\s+gebracht|zur\s+abstimmung\s+gestellt)\s*,?\s*"
    r"(?P<text>.*?)(?:,\s*(?P<rest>.*))?$",
    r"^(?:the\s+)?(?:motion|resolution|proposal)\b.*\bput\s+to\s+(?:the\s+)?vote\b",
    # "Hartigan asked for a motion to accept the Consent Calendar.", "Chair Anderson entertained a motion to deny
    # ...": a motion called for, its mover ("Member X so moved"), seconder and result to come
    r"^.{0,60}?\b(?:(?:asked|called)\s+for|entertained)\s+a\s+motion\s+(?P<text>to\b.+)$",
    # "Leighton Buzzard are proposing the following change to the League rules:" (the wording set out after it)
    r"^(?P<text>(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,5}?\s+(?:is|are)\s+proposing\s+(?:the\s+following|that|to)\b"
    r".*?)\s*:?\s*$",
    # "Es wird beantragt, den Punkt ... zu behandeln.", "Es wird darüber abgestimmt, ob ...", "Der Vorstand stimmt
    # darüber ab, ob ...": put without a mover, "Der Antrag wird einstimmig angenommen." after it
    r"^es\s+wird\s+(?:beantragt|vorgeschlagen)\s*,?\s*(?P<text>\S.+)$",
    r"^.{0,40}?\b(?:wird\s+(?:auch\s+)?darüber\s+abgestimmt|stimm(?:t|en)\s+darüber\s+ab)\s*,?\s*(?P<text>ob\b.+)$",
    # "Styrelsen yrkar att vi fortsätter ...", "Bestyrelsen foreslår at ...": a Nordic board's motion, decided after
    r"^(?P<text>.{0,60}?\b(?:yrkar|föreslår|föreslog|foreslår|foreslog)\s+(?:att|at|å)\s.+)$",
)
# A decision's word alone on its line (often set in capitals, centred), the decision in the paragraph under it:
# "Pertanto / SI DELIBERA / di trasferire ...", "RESOLVED:", "DÉCIDE :", "BESCHLIESST:".
DECISION_ALONE_WORDS = ("resolved", "it was resolved", "it is resolved", "be it resolved", "si delibera", "delibera",
                        "deliberano", "décide", "décident", "arrête", "beschließt", "beschliesst", "acuerda",
                        "se acuerda", "resuelve", "delibera e aprova", "besluit", "beslutar")
# "Proposed by PP and seconded by CC.": who moved and seconded, and nothing of what (the decision said before it).
# (or the two names in brackets, as a Maine school board's record has them after what was voted: "(Pike — Brown)
# (11 — 0)", the counts after them)
MOVERS_ONLY_FORM = (r"^(?:(?:it\s+was\s+)?(?:moved|proposed)\s+(?:by\s+)?{mover}\s*,?\s*(?:and\s+)?"
                    r"(?:seconded\s+(?:by\s+)?{seconder})?\W*"
                    r"|\(\s*{mover}\s*[—–/-]\s*{seconder}\s*\)\s*(?P<rest>\(\s*\d{1,3}\s*[—–-]?\s*\d{1,3}[^()]*\))?\W*)$")
# Motions whose words say all they are about, given no item's heading for context: "Motion to adjourn".
SELF_EXPLAINING_MOTIONS = ("to adjourn", "to recess", "to close the meeting", "de lever la séance",
                           "levantar la sesión", "die sitzung zu schließen", "die versammlung zu schließen")
# Clauses that end a motion's text: what follows says how the vote went.
TEXT_END = (
    r",?\s*and\s+(?:the\s+|set\s+|said\s+|this\s+)?motion\b", r"\s+[-–—]\s+(?:motion\s+)?(?:{outcomes})\b",
    r",\s*(?:it\s+was\s+)?seconded\b", r",?\s*with\s+(?:\w+\s+){{0,2}}(?:abstaining|abstentions?)\b",
    r"\.\s*(?:motion\s+)?(?:{outcomes})\b",
    # "M/S Jones/Smith to approve the warrants; carried", "..., motion carried unanimously": the outcome after a
    # comma or semicolon, at the sentence's end or before its manner or tally
    r"[;,]\s*(?:and\s+)?(?:(?:the\s+)?motion\s+)?(?:{outcomes})(?=\s*(?:[.;(\[]|$)|\s+(?:unanimously|\d))",
)
# Words that end a line whose sentence goes on in the next block ("... mit 14 Ja-Stimmen gegen" | "1 Nein-Stimme
# bei 4 Enthaltungen angenommen."): the two are read as one.
CONTINUING_WORDS = ("by", "was", "were", "and", "of", "the", "to", "that", "from", "for", "seconded", "moved", "with",
                    "against", "mit", "gegen", "bei", "und", "von", "wurde", "wurden", "avec", "contre", "par", "et",
                    "con", "contra", "por", "y")
# Words that show a line names the decision it precedes ("Vote on ...", "Proposal to ...").
DECISION_LEAD_WORDS = ("vote", "abstimmung", "votación", "votação", "votazione", "stemming", "scrutin",
                       "motion", "proposal", "proposed", "resolution", "proposition", "antrag",
                       "propuesta", "proposta", "voorstel", "mozione", "förslag", "forslag", "föreslår", "foreslår",
                       "föreslog", "foreslog", "foreslo")

# Words without which a sentence cannot move, second, resolve or vote on anything: a sentence holding none
# of them (nor any outcome, motion or count word above) is not read further, which keeps the reader fast.
TRIGGER_WORDS = ("moved", "move", "moves", "motioned", "seconded", "second", "seconds", "proposed", "propose",
                 "proposing", "proposes", "proposent", "propone", "propõe", "stelt", "beantragt", "resolved", "résolu",
                 "resolu", "resuelve", "resolvido", "delibera", "besloten", "beschlossen", "vote", "voted", "votes",
                 "voting", "abgestimmt", "abstimmung", "stimmt",
                 "votación", "votação", "votazione", "voix", "stemming", "result",
                 "ayes", "aye", "nays", "nay", "noes", "yeas", "yes", "msc", "msp", "nem", "acuerda", "acordó",
                 "acuerdo", "décidé", "décide", "décision", "deliberado", "deliberou", "deliberação", "decided",
                 "decision", "besluit", "approuve", "adopte", "accepte", "ratifie", "voti", "votos", "stimmen",
                 "stemmen", "beslutar", "beslutade", "beslöt", "beslutas", "besluter", "besluttede", "besluttet",
                 "beslutter", "besluttes", "vedtager", "vedtar", "godkänner", "antar", "fastställer", "godkender",
                 "godkjenner", "yrkar", "föreslår", "föreslog", "foreslår", "foreslog")

# Articles before a motion noun that point back at the motion just read: "The motion was adopted".
REFERRING_ARTICLES = ("the", "this", "that", "said", "la", "le", "der", "die", "das", "el", "o", "a", "il", "de",
                      "het")
# Small words left beside a tally once its numbers are taken out of a text: "approvata con [5 voti] e [1 contrario]".
COUNT_CONNECTORS = ("with", "mit", "gegen", "bei", "contre", "against", "contra", "con", "com", "avec", "met", "by",
                    "par", "por", "per", "of", "and", "und", "et", "e", "y", "en", "med", "och", "og", "mot",
                    "imod", "imot", "emot")
# Labels that open a result without naming what was decided: "Vote à la main levée: ...", "Result: ...".
RESULT_LEAD_LABELS = ("vote à la main levée", "vote a la main levee", "result", "résultat", "ergebnis", "abstimmung",
                      "vote", "votación", "votação", "votazione", "stemming")
