"""Who speaks: honorifics, lead-in phrases, labels, role and organisation words."""

from __future__ import annotations

# Longest first, so "Lok Chumteav" wins over a bare title; each is matched case-sensitively
# with an optional trailing dot.
HONORIFICS = (
    "Lok Chumteav", "Lok Chumtiev", "Neak Oknha", "H.E.", "H. E.", "His Excellency", "Her Excellency",
    "Excellency", "Venerable", "Ven", "Oknha", "Prof", "Professor", "Dr", "Mrs", "Ms", "Mr", "Miss",
    "Mx", "Mme", "Mlle", "Madam", "Sir", "Rev", "Hon", "Lok", "M",
    # a councillor's title, written as Mr is: "Cllr J Smith" ("Councillor" in full is a post, see ROLE_TITLES)
    "Cllr", "Cllrs", "Cr",
    # a title written before the name as Mr is: "Atty. Griffin", "Sen. Warren", "Fr. Murphy" (ranks and offices
    # written short, "Capt.", "Supt.", "Rep.", are posts: POST_WORDS)
    "Atty", "Sen", "Fr",
    # a minister's title before the name: "Pastor Vincent Royal, Springfield Baptist Church, spoke ..."
    "Pastor", "Reverend", "Rabbi",
    # other languages: French, Spanish, Portuguese, Italian, German, Dutch
    "Mmes", "MM", "Maître", "Sr", "Sra", "Srta", "Dra", "Lic", "Licda", "Ing", "Arq", "Mtro", "Mtra",
    "Maestro", "Maestra", "Doña", "Dña", "Dª", "Eng", "Engª", "Dott", "Dott.ssa", "Dr.ssa", "Prof.ssa",
    "Sig", "Sig.ra", "Avv", "Herr", "Frau", "Dhr", "Mevr", "Mw", "Drs", "Ir", "M.S.C.", "M.D.O.",
    "Dr.ª", "Dra.ª", "Eng.º", "Eng.ª", "Prof.ª", "Prof.º", "Sr.ª", "Arq.º", "Arq.ª", "Sig.na", "Arch", "Geom",
    "De heer", "Mevrouw", "Signor", "Signora", "Senhor", "Senhora", "Monsieur", "Madame", "Pan", "Pani",
)
# Words before a speech verb that are not part of the speaker's name but the tense: "Marie a présenté",
# "Anna ha illustrato", "Jan heeft uitgelegd", "Lena hat berichtet".
SPEECH_AUXILIARIES = ("a", "ont", "ha", "hanno", "heeft", "hebben", "hat", "haben", "había", "avait", "aveva",
                      "est", "è", "ist", "is")
# Object pronouns set between a speaker and the verb in French, Spanish and Italian: "David nous avertit que ...",
# "Sylvie nous rappelle ...", "Juan nos explicó ...", "Anna ci ha illustrato ...".
SPEECH_CLITICS = ("nous", "vous", "lui", "leur", "nos", "les", "ci", "vi", "gli")
# What someone says they mean to say, then the verb of saying: "X and Y would like to propose that ...", "X wished
# to thank ...": the person speaks as with a verb of SPEECH_VERBS.
SPEECH_INTENT_LEADS = ("would like to", "would like", "like to", "likes to", "wish to", "wishes to", "wished to",
                       "want to", "wants to", "wanted to")
SPEECH_VERB_BASES = ("propose", "thank", "raise", "present", "report", "ask", "suggest", "add", "mention",
                     "welcome", "note", "inform", "explain", "highlight", "update", "share", "remind", "recommend",
                     "congratulate", "acknowledge", "announce", "express", "request", "clarify")

# A person's name: capitalised words (Khmer and European names), allowing particles.
NAME_WORD = r"[A-Z][a-zà-ÿ'’\-]+(?:-[A-Z][a-zà-ÿ'’]+)?"
# (lower-case words inside a name: "John de Beck", "Ursula von der Leyen", "Daphne du Maurier")
NAME_PARTICLES = ("de", "van", "von", "der", "den", "da", "di", "del", "du", "le", "la", "bin", "binti")
# Articles that may stand before a person named in a run of names ("el Ing. Landeros y la Maestra Hermosillo").
NAME_ARTICLES = ("the", "el", "la", "le", "die", "il")

# Phrases that introduce the person who speaks in a line of prose.
SPEAKER_LEAD_INS = (
    "welcome by", "welcome remarks? by", "opening remarks? by", "closing remarks? by", "remarks? by",
    "presented by", "presentation by", "facilitated by", "moderated by", "chaired by", "led by",
    "introduced by", "delivered by", "keynote by", "speech by", "opened by", "closed by",
    "reported by", "shared by", "given by", "explained by", "answered by", "asked by", "raised by",
    "in the chair", "presided by", "presided over by", "hosted by", "called to order by",
    "présenté par", "présentée par", "présentés par", "animé par", "animée par", "présidé par", "présidée par",
    "a cargo de", "a cargo del", "a cargo de la", "presentado por", "presentada por", "presidida por",
    "presidida pela", "presidida pelo", "presidido pela", "presidido pelo",
    "presidido por", "moderado por", "moderada por", "apresentado por", "apresentada por",
    "vorgestellt von", "geleitet von", "moderiert von", "präsentiert von", "presentato da", "presentata da",
    "tomó la palabra", "hizo uso de la palabra", "prend la parole", "a pris la parole", "la parole à",
    "la palabra a", "la parola a", "ha preso la parola", "das wort an", "het woord aan", "usou da palavra",
    "presieduta da", "presieduto da", "moderato da", "gepresenteerd door", "voorgezeten door", "geleid door",
    "sous la présidence de", "sous la présidence du", "sob a presidência de", "sob a presidência do",
    "sob a presidência da", "bajo la presidencia de", "bajo la presidencia del", "sotto la presidenza di",
    "sotto la presidenza del", "sotto la presidenza della", "presieduta dal", "presieduta dalla",
    "presieduto dal", "presieduto dalla", "presiede", "assume la presidenza", "onder voorzitterschap van",
    "presiede la riunione", "presiede la seduta", "presiede l'assemblea", "presiede l’assemblea",
    "preside la reunión", "preside la sesión", "preside la asamblea",
    "unter dem vorsitz von", "unter der leitung von", "onder leiding van",
)
# A sentence that announces a list of people who spoke: "The following individuals addressed the Board in public
# hearings regarding ...:", "the following members of the public spoke:". The opener, a noun of people, then a speech
# verb (SPEECH_VERBS or these) within a few words; the names come after it (after its colon, or in the next block).
SPEAKING_LIST_OPENERS = ("the following", "following", "les", "las siguientes", "die folgenden", "le seguenti",
                         "de volgende")
SPEAKING_LIST_PEOPLE = ("individuals", "persons", "people", "speakers", "members of the public", "residents",
                        "citizens", "parents", "students", "employees", "representatives", "community members",
                        "staff members", "members", "presenters", "personnes suivantes", "personas", "personen",
                        "persone", "intervenants")
SPEAKING_LIST_VERBS = ("appeared", "spoke", "testified", "came forward", "were heard", "commented", "addressed",
                       "ont pris la parole", "intervinieron", "hablaron", "sprachen", "sono intervenuti",
                       "hebben het woord")
# Plural labels whose list of names are all people who spoke ("Speakers: A, B and C").
SPEAKING_LIST_LABELS = ("speakers", "presenters", "panelists", "panellists", "public speakers", "public comment by",
                        "comments from", "intervenants", "ponentes", "referenten", "relatori", "sprekers")
# "Label: Person" lines whose person speaks (people only present or absent are not speakers).
SPEAKER_LABELS = (
    "speaker", "speakers", "presenter", "presenters", "moderator", "facilitator", "facilitators",
    "chair", "chairperson", "chairman", "chairwoman", "chaired by", "chair person", "master of ceremony", "mc",
    "panelist",
    "panelists", "resource person", "keynote speaker", "guest speaker", "presiding", "in the chair",
    "président", "présidente", "présidence", "animateur", "animatrice", "modérateur", "modératrice",
    "presidente", "preside", "moderador", "moderadora", "ponente", "presidência", "vorsitz", "vorsitzende",
    "vorsitzender", "versammlungsleiter", "versammlungsleiterin", "sitzungsleitung", "moderation",
    "voorzitter", "gespreksleider", "presidenza", "moderatore", "relatore", "relatrice",
)
# Table column names whose cells name the people who give the item.
PRESENTER_COLUMN_NAMES = ("presenter", "presenters", "speaker", "speakers", "facilitator", "facilitators",
                          "resource person", "resource persons", "by", "presented by", "responsible", "lead",
                          "moderator", "panelists")
# Column names of a table of the people at a meeting (Name | Organisation | Role): each row is a person,
# the other cells their body and post. Matched on the header cell, lower-cased, without a final colon.
PEOPLE_TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "names", "full name", "participant", "participants", "attendee", "attendees", "member",
             "members", "nom", "nom et prénom", "nom, prénom", "nombre", "nombre y apellido", "nome", "nome e cognome",
             "naam", "name, vorname", "vorname, name", "teilnehmer", "teilnehmende"),
    "role": ("role", "position", "title", "post", "function", "job title", "designation", "fonction", "rôle", "titre",
             "funktion", "cargo", "puesto", "ruolo", "carica", "functie", "rol"),
    "organization": ("organisation", "organization", "affiliation", "agency", "institution", "company", "body",
                     "representing", "organisme", "structure", "organismo", "institución", "entidad", "organizzazione",
                     "ente", "organisatie", "instelling", "einrichtung", "institution/organisation"),
}
NON_SPEAKER_LABELS = (
    "present", "participants", "attendees", "attendance", "apologies", "absent", "regrets",
    "minutes taken by", "minute taker", "note taker", "recorder", "secretary (minutes)", "cc",
    "distribution", "prepared by", "copy to", "in attendance",
    "présents", "présentes", "présent", "excusés", "excusé", "absents", "procès-verbal", "secrétaire de séance",
    "présent.es", "présent·es", "présent·e·s", "excusé.es", "excusé·es", "excusé·e·s", "prise de notes",
    "anwesend", "anwesende", "abwesend", "entschuldigt", "protokoll", "protokollführer", "protokollführerin",
    "asistentes", "presentes", "ausentes", "presenti", "assenti", "aanwezig", "afwezig", "afgemeld", "notulist",
    "participantes", "ausências", "members present", "members absent", "staff present", "also present",
    "närvarande", "frånvarande", "justeras", "justerare", "til stede", "fraværende", "deltagere", "deltakere",
    "afbud", "forfall", "referent",
)
# Capitalised words that are not names, although they stand where a name would ("The Chair said").
# A roll call's sides and the record around it, read after the last voter named before them ("..., Richardson,
# Warren Nays - None", "Trustee Stull Motion carried"): never a surname.
ROLL_CALL_WORDS = ("ayes", "nays", "noes", "yeas", "abstain", "abstained", "abstaining", "absent", "excused", "motion",
                   "vote")
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
    "ordförande", "sekreterare", "kassör", "ledamot", "suppleant", "justerare", "formand", "næstformand",
    "kasserer", "sekretær", "nestleder", "styreleder", "styremedlem", "mötet", "årsmötet", "styrelsen",
    "bestyrelsen", "styret", "generalforsamlingen", "årsmøtet", "dirigenten", "referent", "stämman",
    "föreningsstämman", "stämmoordförande", "stämmoordföranden",
    # (a board's table of who was elected: "Marcus Holmgren Vald", "Maria Enander Omval")
    "vald", "valda", "omval", "omvald", "nyval", "ordinarie", "avgår", "kvarstår",
    "mr", "mrs", "ms", "dr", "prof", "lok", "chumteav", "oknha", "ven", "mme", "sir", "madam", "he.", "h.e.",
    "pastor", "reverend", "rabbi",
    "resident", "residents", "citizen", "parishioner", "public",
    # the labels of who is there ("In Attendance: ...", "Apologies: ..."), capitalised as names are
    "attendance", "apologies", "regrets", "present",
    "moved", "seconded", "proposed", "carried", "resolved", "agreed", "action", "actions", "noted",
    *ROLL_CALL_WORDS,
    "street", "road", "avenue", "boulevard", "rd", "ave", "blvd", "strasse", "straße", "rue", "calle", "via",
    "webmaster", "toastmaster", "international", "national", "world", "education", "children", "association",
    # the nouns of agenda items, capitalised after a post in run-on minutes ("signed by Chairman Internal Audit")
    "audit", "accounts", "report", "reports", "budget", "finance", "governance",
    # agenda items' words ("SUPERINTENDENT'S REPORT: New Matters", "Unfinished Business")
    "new", "old", "matters", "business", "unfinished", "items", "item",
    # articles of other languages, whose nouns are capitalised too ("Der Vorstand berichtete")
    "der", "die", "das", "dem", "des", "ein", "eine", "einer", "les", "el", "los", "las", "il", "lo",
    "gli", "het", "een", "un", "une", "uno", "una", "ce", "cette", "dieser", "diese",
    "también", "además", "aussi", "ensuite", "puis", "auch", "dann", "anche", "poi", "ook", "daarna", "também",
    # posts of other languages, written where a name would be ("M. le Maire présente", "Il Sindaco risponde")
    "maire", "sindaco", "sindaca", "burgemeester", "wethouder", "voorzitter", "penningmeester", "secretaris",
    "presidente", "presidenta", "président", "présidente", "tesoriere", "segretario", "tesoureiro", "secretário",
    "vereador", "vereadora", "prefeito", "alcalde", "alcaldesa", "concejal", "assessore", "consigliere",
    "me", "mlle", "mmes", "sr", "sra", "srta", "dhr", "mevr", "mw", "sig", "dott", "avv", "herr", "frau",
    # the bodies and gatherings of other languages, capitalised in German prose ("Chorfahrt Vorstand informiert")
    "vorstand", "versammlung", "mitgliederversammlung", "sitzung", "ausschuss", "mitglieder", "mitglied", "verein",
    "bureau", "conseil", "comité", "assemblée", "réunion", "junta", "consejo", "comisión", "asamblea", "reunión",
    "bestuur", "vergadering", "consiglio", "assemblea", "riunione", "diretoria", "reunião",
    # German prepositions joined to an article, capitalised at a sentence's start ("Zur Wahl stellte sich ...")
    "zur", "zum", "vom", "beim", "im", "am", "ins", "ans",
    # and others a German sentence opens with before a name ("Auf Antrag von X wird Y als Protokollführerin bestimmt")
    "auf", "nach", "mit", "bei", "für", "über", "laut", "antrag",
)
# Words that open a question or a sentence, capitalised right after a name whose colon OCR lost ("Question
# from Ms. Chan Sophea Is it possible ..."): they end the name.
SENTENCE_OPENER_WORDS = ("is", "was", "are", "were", "has", "have", "had", "does", "did", "what", "how", "why",
                         "when", "where", "which", "who", "whether", "if", "there", "here", "please", "could",
                         "would", "should", "shall")
# Capitalised words that open a sentence before a name and are no part of it ("From Gwen Moncoiffe (BODC) to
# Everyone", "With Bob Price absent"): a reference to a person may start after them.
NAME_OPENER_WORDS = ("from", "with", "to", "by", "for", "dear", "thanks", "cc", "per", "avec", "para", "mit", "met",
                     "con", "com", "pour", "für", "voor")
# Words before "by"/"from" that introduce a speaker: "presented by", "a question was asked, from".
# Prepositions of place: capitalised words right after one are where something happened, not
# who spoke ("modelling in French Polynesia noted ...": the talk noted, not a person).
PLACE_PREPOSITIONS = ("in", "at", "near", "across", "throughout", "within", "en", "à", "au", "aux", "im", "em",
                      "nel", "nella", "bij")
NAME_LEAD_IN_WORDS = ("presented", "chaired", "facilitated", "moderated", "led", "introduced", "delivered",
                      "opened", "closed", "reported", "given", "asked", "question", "questions", "comment",
                      "comments", "answered", "raised", "remarks",
                      # an item's heading that names who gives it: "Chairman's report by ...", "Formandens
                      # beretning ved ...", "Rapport moral par ...", "Kassenbericht von ..."
                      "report", "reports", "update", "updates", "beretning", "regnskab", "berättelse",
                      "redovisning", "rapport", "bericht", "kassenbericht", "informe", "verslag", "relazione",
                      # "Esta Asamblea es presidida por ...", "séance présidée par ...", "presieduta da ..."
                      "presidida", "presidido", "asistido", "asistida", "moderada", "moderado", "présidée", "présidé",
                      "animée", "animé", "presieduta", "presieduto")
# The words between such a lead-in and the name: "by", "from", and theirs in other languages.
NAME_LEAD_IN_BY_WORDS = ("by", "from", "ved", "af", "av", "par", "von", "door", "por", "pela", "pelo", "da")
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
# ... and the phrases before a name that give it: "The Meeting was Chaired by Kenny Combe", "présidée par Mme X".
LEAD_IN_ROLES = {"chaired by": "Chair", "presided by": "Chair", "presided over by": "Chair", "facilitated by":
                 "Facilitator", "moderated by": "Moderator", "présidé par": "Chair", "présidée par": "Chair",
                 "presidida por": "Chair", "presidido por": "Chair", "geleitet von": "Chair"}
# Phrases after a name (and its verb) that give the body the person speaks for: "Ms. Krase spoke on behalf of the
# Alameda Architecture Preservation Society". Regular-expression pieces.
REPRESENTING_PHRASES = ("on behalf of", "representing", "au nom de", "au nom du", "au nom des", "en nombre de",
                        "en nombre del", "en representación de", "en representación del", r"im Namen de[rs]",
                        "in Vertretung de[rs]")
# Words before the post a person is there as: "Kevin Minney was in attendance as the new liaison for the Friends".
SERVING_AS_WORDS = ("as", "comme", "als", "como")
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
    "presiding", "argued", "observed", "invited", "called", "adjourned", "declared", "convened", "presided",
    "congratulated", "congratulates",  # "Mr. X, Chief of Y, congratulated the association"
    "tabled", "circulated", "moved", "seconded", "addressed",  # "Carol Stewart addressed the Board in public hearing"
    "administered", "testified",  # "Gladys Woodard Roby administered the Oath of Office"
    "passed on", "relayed", "conveyed",  # "KBP passed on the fact that parents had said ..."
    "provided", "showed", "demonstrated", "referred", "stated", "advised", "queried", "reminded", "indicated",
    "discussed", "talked", "wondered", "offered", "shows", "presents", "reports", "asks", "explains",
    "notes", "thanks", "gives", "welcomes", "proposes", "suggests", "states", "confirms", "agrees", "opens",
    "closes", "informs", "advises", "comments", "responds", "replies", "answers", "adds", "requests", "updates",
    "highlights", "mentions", "describes", "outlines", "introduces", "summarises", "summarizes", "speaks",
    # French
    "dit", "explique", "expliqué", "présente", "présenté", "remercie", "remercié", "propose", "proposé", "informe",
    "informé", "souligne", "souligné", "rappelle", "rappelé", "indique", "indiqué", "précise", "précisé",
    "demande", "demandé", "répond", "répondu", "ouvre", "ouvert", "clôt", "clôture", "donne", "annonce",
    "annoncé", "souhaite", "transmet", "trouve", "ajoute", "ajouté", "signale", "signalé", "accueille", "salue",
    "rapporte", "commente", "suggère", "suggéré", "intervient", "déclare", "déclaré", "constate", "rend",
    "lit", "expose", "exposé", "résume", "invite", "prend", "félicite", "félicité",
    "remarque", "fait", "évoque", "estime", "insiste", "confirme", "interroge", "relève",
    "avertit", "averti", "cite", "cité",  # "David nous avertit que ...", "David cite des exemples ..."
    # German
    "eröffnete", "eröffnet", "begrüßte", "begrüßt", "stellte", "stellt", "berichtete", "berichtet", "erklärte",
    "erklärt", "erläuterte", "erläutert", "sagte", "sagt", "fragte", "fragt", "antwortete", "antwortet",
    "dankte", "dankt", "bedankte", "bedankt", "schlug", "schlägt", "beantragte", "beantragt", "informierte",
    "informiert", "präsentierte", "präsentiert", "schloss", "schließt", "moderierte", "leitete", "leitet",
    "fasste", "wies", "betonte", "betont", "ergänzte", "ergänzt", "merkte", "gab", "gibt", "trug",
    "gratulierte", "gratuliert",
    # Spanish
    "dijo", "explicó", "explicaron", "presentó", "informó", "agradeció", "propuso", "preguntó", "respondió",
    "contestó", "comentó", "señaló", "expresó", "manifestó", "dio", "dirigió", "tomó", "mencionó", "destacó",
    "indicó", "solicitó", "planteó", "expuso", "añadió", "subrayó", "abrió", "clausuró", "moderó", "saludó",
    "intervino", "leyó", "reportó", "presentaron", "expresaron", "agradecieron", "felicitó", "felicita",
    # Portuguese
    "disse", "explicou", "apresentou", "informou", "agradeceu", "propôs", "perguntou", "respondeu", "comentou",
    "referiu", "salientou", "destacou", "abriu", "encerrou", "deu", "sugeriu", "lembrou", "esclareceu",
    "afirmou", "questionou", "reforçou", "mencionou", "expôs", "leu", "relatou", "usou",
    "diz", "explica", "apresenta", "informa", "agradece", "propõe", "pergunta", "responde", "comenta", "refere",
    "salienta", "destaca", "sugere", "lembra", "esclarece", "afirma", "questiona", "menciona", "relata",
    "acrescenta", "acrescentou", "intervém", "interveio", "alerta", "alertou", "solicita", "solicitou",
    "dice", "pregunta", "lee", "presenta", "propone", "contesta", "señala", "expresa", "manifiesta", "indica",
    "plantea", "expone", "añade", "subraya", "recuerda", "interviene", "saluda", "aclara",
    # Italian
    "spiega", "spiegato", "illustra", "illustrato", "presentato", "ringrazia", "ringraziato",
    "proposto", "chiede", "chiesto", "risponde", "risposto", "intervenuto", "apre",
    "chiude", "comunica", "comunicato", "sottolinea", "sottolineato", "precisa", "riferisce", "riferito",
    "relaziona", "osserva", "evidenzia", "legge", "introduce", "saluta", "detto",
    "dichiara", "afferma", "ricorda", "aggiunge", "segnala", "replica", "suggerisce", "espone", "conferma",
    "annuncia", "rileva", "puntualizza", "ribadisce", "illustrata",
    # Dutch
    "zei", "zegt", "legt", "licht", "lichtte", "presenteert", "presenteerde", "opent", "opende", "sluit",
    "sloot", "vraagt", "vroeg", "antwoordt", "antwoordde", "meldt", "meldde", "stelt",
    "deelt", "merkt", "geeft", "gaf", "vertelt", "vertelde", "heet", "informeert", "benadrukt", "uitgelegd",
    "reageert", "reageerde", "wijst", "herinnert", "concludeert", "stelde", "deelde", "legde",
    "bevestigt", "doet", "brengt",
    "gepresenteerd",
    # Polish (the past, a man's and a woman's: "Zofia Twaróg zauważyła, że ..."), Russian
    "powiedział", "powiedziała", "zauważył", "zauważyła", "zgłosił", "zgłosiła", "nadmienił", "nadmieniła",
    "zaproponował", "zaproponowała", "przypomniał", "przypomniała", "zreferował", "zreferowała", "stwierdził",
    "stwierdziła", "poinformował", "poinformowała", "przedstawił", "przedstawiła", "zaprezentował", "zaprezentowała",
    "otworzył", "otworzyła", "podziękował", "podziękowała", "zapytał", "zapytała", "odpowiedział", "odpowiedziała",
    "wyjaśnił", "wyjaśniła", "dodał", "dodała", "podkreślił", "podkreśliła", "zamknął", "zamknęła", "zastrzegł",
    "zastrzegła", "выступил", "выступила", "сообщил", "сообщила", "предложил", "предложила", "доложил", "доложила",
    # Swedish ("Annie föreslår att ...", "Olav yrkar på ett bordläggande"), present and past
    "föreslår", "föreslog", "yrkar", "yrkade", "läser", "läste", "bemöter", "bemötte", "nominerar", "nominerade",
    "berättar", "berättade", "informerar", "informerade", "presenterar", "presenterade", "frågar", "frågade",
    "svarar", "svarade", "öppnar", "öppnade", "förklarar", "förklarade", "redogör", "redogjorde", "tackar",
    "tackade", "meddelar", "meddelade", "påpekar", "påpekade", "avslutar", "avslutade", "välkomnar", "välkomnade",
    "kommenterar", "kommenterade", "konstaterar", "konstaterade", "betonar", "betonade", "lämnar", "lämnade",
    "hälsar", "hälsade", "anmäler", "anmälde", "går igenom", "gick igenom", "föredrar", "föredrog",
    # Danish and Norwegian
    "foreslår", "foreslog", "foreslo", "fortæller", "fortalte", "forteller", "orienterer", "orienterede",
    "orienterte", "informerer", "informerede", "informerte", "spørger", "spurgte", "spør", "spurte", "svarer",
    "svarede", "svarte", "åbner", "åbnede", "åpner", "åpnet", "præsenterer", "præsenterede", "presenterer",
    "presenterte", "forklarer", "forklarede", "forklarte", "redegør", "redegjør", "takker", "takkede", "takket",
    "gennemgår", "gennemgik", "gjennomgår", "gjennomgikk", "fremlægger", "fremlagde", "afslutter", "afsluttede",
    "avslutter", "avsluttet", "nævner", "nævnte", "nevner", "nevnte", "siger", "sagde", "sier",
    # Finnish, Czech
    "kertoi", "kertoo", "esitteli", "esittelee", "ehdotti", "ehdottaa", "avasi", "kysyi", "kysyy", "vastasi",
    "totesi", "toteaa", "kiitti", "selosti", "selostaa",
    "řekl", "řekla", "uvedl", "uvedla", "informoval", "informovala", "navrhl", "navrhla", "představil",
    "představila", "zahájil", "zahájila", "poděkoval", "poděkovala", "zeptal", "zeptala", "odpověděl", "odpověděla",
    "vysvětlil", "vysvětlila", "ukončil", "ukončila",
)
# Labels that open a list of the people at the meeting (present, absent, excused, roll call): the list
# names the document's people, and later bare first names, surnames and initials are read against it.
ATTENDANCE_LABELS = (
    "present", "members present", "also present", "staff present", "in attendance", "attendance", "attendees",
    "attending", "participants", "participating", "participating in person", "participating remotely",
    "apologies", "apologies for absence", "absent", "members absent", "regrets", "excused", "roll call",
    "board members", "committee members", "councillors", "in the chair", "presiding", "chair", "chairperson",
    "présents", "présentes", "présent", "présent·e·s", "excusés", "excusé·e·s", "absents", "présent.es", "présent·es",
    "excusé.es", "excusé·es",
    "anwesend", "anwesende", "anwesende mitglieder", "abwesend", "entschuldigt", "teilnehmer", "teilnehmende",
    "asistentes", "presentes", "ausentes", "asistencia", "presenti", "assenti", "partecipanti", "aanwezig",
    "afwezig", "afgemeld", "aanwezigen", "participantes", "presenças", "ausências",
    # the same said in a sentence: "Sono presenti: ...", "Sont présents :", "Están presentes:", "Zijn aanwezig:"
    "sono presenti", "erano presenti", "sont présents", "sont présentes", "étaient présents", "sont excusés",
    "están presentes", "estuvieron presentes", "se encuentran presentes", "zijn aanwezig", "waren aanwezig",
    "sind anwesend", "waren anwesend", "estão presentes", "estiveram presentes", "assistentes",
    # Swedish, Danish, Norwegian
    "närvarande", "närvarande ledamöter", "närvarande medlemmar", "frånvarande", "anmält förhinder", "till stede",
    "til stede", "tilstede", "fraværende", "afbud", "deltagere", "deltakere", "forfall", "møtt", "deltog",
    "присутствовали", "присутствуют", "отсутствовали",
)
# Posts written before a name ("Commissioner Mashack", "Councillor Richardson", "President Alexander"):
# the post is the person's role.
ROLE_TITLES = (
    "Commissioner", "Commissioners", "Councillor", "Councillors", "Councilor", "Councilors", "Councilmember",
    "Council Member", "Board Member", "Trustee", "Trustees", "President", "Vice President", "Vice-President",
    "Chair", "Chairman", "Chairwoman", "Chairperson", "Vice Chair", "Director", "Superintendent", "Mayor",
    "Deputy Mayor", "Alderman", "Alderperson", "Treasurer", "Secretary", "Clerk", "Supervisor", "Member",
    "Conseiller", "Conseillère", "Président", "Présidente", "Presidente", "Consejero", "Consejera", "Regidor",
    "Regidora", "Vocal", "Secretario", "Secretaria", "Tesorero", "Tesorera", "Bürgermeister", "Bürgermeisterin",
    "Vorsitzende", "Vorsitzender", "Stadtrat", "Stadträtin", "Gemeinderat", "Gemeinderätin", "Wethouder",
    "Burgemeester", "Raadslid", "Voorzitter", "Assessore", "Consigliere", "Consigliera", "Sindaco", "Vereador",
    "Vereadora", "Prefeito", "Prefeita", "Alternate",
    "Cllr", "Cllrs", "Alderwoman", "Selectman", "Selectwoman", "Delegate",
    "Maire", "Adjoint", "Adjointe", "Sindaca", "Schepen", "Bestuurslid", "Vice Mayor", "Vice Chairman",
    "Vice-Chair", "Vice-Chairman", "Deputy Chair", "Council President", "Board President", "Selectboard Member",
    "Ordförande", "Vice ordförande", "Sekreterare", "Kassör", "Ledamot", "Suppleant", "Revisor", "Formand",
    "Næstformand", "Kasserer", "Sekretær", "Bestyrelsesmedlem", "Nestleder", "Styreleder", "Styremedlem",
    "Varamedlem", "Assessor", "Sexton", "Constable",
)
# Posts whose holder runs the meeting, and so speaks, even when the minutes never say so in a verb.
CHAIR_ROLES = (
    "chair", "chairperson", "chairman", "chairwoman", "chair person", "presiding", "presiding officer",
    "in the chair", "president", "président", "présidente", "presidente", "presidenta", "vorsitzende",
    "vorsitzender", "versammlungsleiter", "versammlungsleiterin", "sitzungsleitung", "voorzitter",
    "moderator", "facilitator", "ordförande", "mötesordförande", "stämmoordförande", "formand", "dirigent",
    "møteleder", "ordstyrer",
    "leder", "styreleder", "puheenjohtaja",
)
# Posts of whoever keeps the minutes: set as a label at the head of the minutes ("Protokollführer: Jakob Schmitz",
# "Minute taker: X"), the officer of the meeting takes part in it as its chair does.
MINUTE_TAKER_ROLES = (
    "minute taker", "minute-taker", "minutes taker", "minutes secretary", "recording secretary", "recorder",
    "note taker", "note-taker", "protokollführer", "protokollführerin", "protokollant", "protokollantin",
    "schriftführer", "schriftführerin", "secrétaire de séance", "secrétaire de la séance", "secretario de actas",
    "secretaria de actas", "secretário da mesa", "secretária da mesa", "segretario verbalizzante",
    "segretaria verbalizzante", "verbalizzante", "notulist", "notuliste", "notulen",
    # a council's clerk keeps its minutes ("Clerk J Connelly" in the list of those present)
    "clerk", "parish clerk", "town clerk", "clerk to the council",
    "mötessekreterare", "protokollförare", "protokollfører", "referent", "referent og ordstyrer", "sihteeri",
)
# The meeting's own officers, chosen at its start ("Frode Hagerup ble valgt til ordstyrer", "Till ordförande för
# mötet valdes Jan Jacobson", "§3 Valg af dirigent" over "Mathias Grymer ..."): posts that are only the meeting's,
# and the chair's posts when the words after them say so ("ordförande för stämman"; "ordförande" alone may be the
# association's, elected for the year).
MEETING_OFFICER_POSTS = ("dirigent", "møteleder", "mødeleder", "ordstyrer", "mötesordförande", "stämmoordförande",
                         "versammlungsleiter",
                         "versammlungsleiterin", "referent", "protokollförare", "protokollfører", "mötessekreterare",
                         "protokollführer", "protokollführerin")
OF_THE_MEETING = ("för mötet", "för stämman", "för årsmötet", "för dagens möte", "vid mötet", "vid stämman",
                  "for møtet", "for mødet", "for årsmøtet", "for generalforsamlingen", "der versammlung",
                  "of the meeting", "della riunione", "dell'assemblea", "dell’assemblea", "de la séance")
# The sentences and headings that choose them: {name} the person, {post} the post (of the above).
MEETING_OFFICER_FORMS = (
    r"^{name}\s+(?i:valdes|utsågs|föreslogs|ble\s+valgt|blev\s+valgt|er\s+valgt|valgtes|valgt|stiller\s+op)\s+"
    r"(?i:till|til|som)\s+{post}",
    # (or as decided: "Beslutades att välja Lars-Åke Henriksson som stämmoordförande")
    r"^(?i:beslutades\s+att\s+välja|det\s+blev\s+besluttet\s+at\s+vælge|besluttet\s+å\s+velge)\s+{name}\s+"
    r"(?i:till|til|som)\s+{post}",
    # (or "Als Versammlungsleiter wird Jens Borgemeister vorgeschlagen", then accepted by acclamation)
    r"^(?i:till|til|som|zum|zur|als)\s+{post}(?:\s+[^\s.]+){{0,3}}?\s+"
    r"(?i:valdes|valgtes|ble\s+valgt|blev\s+valgt|wurde|wird)\s+{name}",
    # (or the person first: "Auf Antrag von X wird Rahel Lüthy als Protokollführerin bestimmt")
    r"^(?:[^.]{{0,80}}?\s)?(?i:wurde|wird)\s+{name}\s+(?i:als|zur|zum)\s+{post}",
    # Finnish, the post in the translative: "Kokouksen puheenjohtajaksi valittiin X", "Sihteeriksi kutsuttiin Y"
    r"^(?:(?i:kokouksen)\s+(?P<post>(?i:puheenjohtaja|sihteeri))|(?P<post_2>(?i:sihteeri)))(?i:ksi)\s+"
    r"(?i:valittiin|kutsuttiin)\s+{name}",
)
MEETING_OFFICER_HEADING = (r"^(?i:val\s+av|valg\s+av|valg\s+af|wahl\s+(?:des|der|eines|einer)|election\s+of"
                           r"(?:\s+the)?)\s+{post}")
# A post OCR misread by this much (difflib ratio) is still the post ("Versammlunssleiterin"), for posts at
# least POST_MISREAD_MIN_LETTERS long: shorter ones differ from other posts by as little ("Chair", "Choir").
POST_MISREAD_RATIO = 0.9
POST_MISREAD_MIN_LETTERS = 10
# Words that make a bracketed note after a name in an attendance list a post, not a body:
# "Helen Brown (Head Teacher)", "Dorian Grieve (Secretary & P5 rep)".
POST_WORDS = (
    "chair", "chairperson", "chairman", "chairwoman", "president", "vice", "secretary", "treasurer", "head",
    "teacher", "deputy", "rep", "representative", "officer", "coordinator", "co-ordinator", "manager", "lead",
    "leader", "member", "members", "director", "clerk", "commissioner", "councillor", "councilor", "trustee",
    "principal", "assistant", "chief", "advisor", "adviser", "consultant", "minutes", "alternate", "staff",
    "parent", "governor", "mayor", "superintendent", "counsel", "founder", "moderator", "facilitator",
    "capt", "lieutenant", "lt", "sergeant", "sgt",  # ranks of a fire or police service ("Capt. Jason Freeman")
    "foreman", "forewoman",  # a works crew's ("the Public Works Foreman, Darren Jensen")
    "président", "présidente", "secrétaire", "trésorier", "trésorière", "membre", "membres", "vice-président",
    "vorsitzende", "vorsitzender", "kassenwart", "kassenwartin", "schriftführer", "mitglied", "vorstand",
    "presidente", "secretario", "secretaria", "tesorero", "tesorera", "vocal", "miembro", "membro",
    "segretario", "tesoriere", "voorzitter", "secretaris", "penningmeester", "lid", "bestuurslid",
    "associate", "senior", "acting", "interim", "attorney", "engineer", "planner", "solicitor", "accountant",
    "auditor", "administrator", "executive",
    "rector", "recteur", "rektor", "rettore", "dean", "directeur", "directora", "direktor", "direttore",
    "jefe", "jefa", "coordinador", "coordinadora", "gerente", "presidenta", "vicepresidente",
    "maire", "adjoint", "adjointe", "sindaco", "sindaca", "assessore", "consigliere", "consigliera", "tesoureiro",
    "tesoureira", "secretário", "secretária", "vereador", "vereadora", "prefeito", "prefeita", "burgemeester",
    "wethouder", "raadslid", "alcalde", "alcaldesa", "concejal", "concejala", "conseiller",
    "conseillère", "bürgermeister", "bürgermeisterin", "vice-presidente",
    # English posts of committees, clubs, councils and workshops
    "vice-chair", "vice-chairman", "co-chair", "convenor", "convener", "registrar", "warden",
    "captain", "editor", "archivist", "bursar", "organiser", "organizer", "professor",
    "lecturer", "minister", "delegate", "liaison", "inspector", "specialist", "analyst",
    "co-founder", "cllr", "ceo", "spokesperson", "webmaster", "steward", "vice-president",
    # officers of townships, towns and counties ("Assessor Binz indicated ...", "Sexton's report")
    "assessor", "sexton", "constable", "collector", "comptroller", "selectman", "selectwoman",
    # French
    "vice-présidente", "secrétaire générale", "administrateur", "administratrice", "directrice", "responsable",
    "coordinateur", "coordinatrice", "délégué", "déléguée",
    "vérificateur", "vérificatrice", "vérificateurs", "vérificatrices", "rapporteur", "rapporteuse",
    "animateur", "animatrice", "chargé", "chargée", "fondateur", "fondatrice", "gérant", "gérante",
    "porte-parole", "commissaire", "trésoriers", "secrétaires",
    # German (one-word posts also end in a POST_SUFFIXES ending)
    "schriftführerin", "kassierer", "kassiererin", "kassenprüfer", "kassenprüferin", "kassenprüfende",
    "beisitzer", "beisitzerin", "geschäftsführer", "geschäftsführerin", "vorstandsmitglied", "leiter",
    "leiterin", "sprecher", "sprecherin", "präsident", "präsidentin",
    "referent", "referentin", "obmann", "obfrau", "schatzmeister", "schatzmeisterin", "protokollführer",
    "protokollführerin", "versammlungsleiter", "versammlungsleiterin", "revisor", "revisorin",
    # Spanish
    "vicepresidenta", "consejero", "consejera", "regidor", "regidora", "síndico",
    "síndica", "titular", "delegado", "delegada", "rectora", "decano", "decana",
    "integrante", "representante", "secretaría", "comisario",
    # Portuguese
    "vogal", "diretor", "diretora",
    "coordenador", "coordenadora", "conselheiro", "conselheira",
    "relator", "relatora",
    # Italian
    "segretaria", "tesoriera", "direttrice", "coordinatore",
    "revisore", "revisori", "componente", "rappresentante", "responsabile", "delegato",
    "delegata", "relatore", "relatrice",
    # Dutch
    "vicevoorzitter", "vice-voorzitter", "notulist", "notuliste", "coördinator",
    "kascommissielid", "vertegenwoordiger", "bestuurder",
    # the chair as a label ("Vorsitz: Frau Schmidt", "Présidence : M. Dupont")
    "vorsitz", "présidence", "presidencia", "presidência", "presidenza", "sitzungsleitung", "versammlungsleitung",
    # Swedish, Danish, Norwegian
    "ordförande", "vice ordförande", "mötesordförande", "sekreterare", "mötessekreterare", "kassör", "ledamot",
    "ledamöter", "suppleant", "suppleanter", "justerare", "justeringsperson", "justeringsman", "justerat",
    "revisorer", "revisorssuppleant", "valberedning", "protokollförare", "formand", "næstformand", "kasserer",
    "sekretær", "bestyrelsesmedlem", "bestyrelsesmedlemmer", "dirigent", "leder", "nestleder", "styreleder",
    "styremedlem", "styremedlemmer", "varamedlem", "varamedlemmer", "møteleder", "protokollfører", "medlem",
    # Finnish, Czech ("Toimitusjohtaja kertoi ...": the managing director reported)
    "puheenjohtaja", "varapuheenjohtaja", "sihteeri", "rahastonhoitaja", "toimitusjohtaja", "jäsen",
    "pöytäkirjantarkastaja", "tilintarkastaja", "předseda", "předsedkyně", "místopředseda", "jednatel",
    "pokladník", "tajemník", "zapisovatel", "člen",
)
# Words before an attendance label ending a heading that make it the object of the item, not the label of a list
# under it: "Set the number of committee members", "Election of board members", "Welcome to new members".
LABEL_OBJECT_WORDS = ("of", "the", "to", "for", "new", "elect", "appoint", "des", "der", "de", "du", "van", "av",
                      "af", "til")
# Posts written short in a note after a name ("Edwin Wisse (Logius)(vz)", "Lizzy Wellink (secr.)"): the post.
POST_ABBREVIATIONS = {"vz": "voorzitter", "vz.": "voorzitter", "secr": "secretaris", "secr.": "secretaris",
                      "penn": "penningmeester", "penn.": "penningmeester", "vors": "Vorsitzende",
                      "vors.": "Vorsitzende", "pres": "President", "pres.": "President", "treas": "Treasurer",
                      "treas.": "Treasurer", "sec.": "Secretary", "sekr": "Sekretär", "sekr.": "Sekretär",
                      "ordf": "ordförande", "ordf.": "ordförande", "kass": "kassör", "kass.": "kassör"}
# Post words that as a label ("X: name") name a task or a list, not a post: "Minutes: Tom Hill", "Members: ...".
NOT_POST_LABELS = ("minutes", "staff", "parent", "member", "members", "rep", "lead", "head", "leader", "membres",
                   "mitglieder", "miembros", "membri", "leden", "membros", "medlem", "medlemmar", "medlemmer")
# Words that stand before a post without being one ("Acting Chair", "Visiting Professor", "stellvertretende
# Vorsitzende", "nouveau trésorier"): a phrase opening with up to two of them still opens with the post.
# Words after a post that say its holder holds it now ("il presidente in carica", "el presidente en funciones").
IN_OFFICE_WORDS = ("in carica", "en funciones", "en exercice", "in office", "in functie", "em exercício", "uscente")
POST_MODIFIERS = (
    "acting", "interim", "outgoing", "incoming", "new", "former", "joint", "honorary", "hon", "visiting",
    "senior", "junior", "chief", "executive", "assistant", "associate", "deputy", "vice", "co", "general",
    "national", "regional", "local", "founding", "elected", "newly", "current", "past", "immediate",
    "nouveau", "nouvelle", "ancien", "ancienne", "premier", "première", "neuer", "neue", "neuen", "ehemaliger",
    "ehemalige", "stellvertretender", "stellvertretende", "kommissarischer", "kommissarische", "nuevo", "nueva",
    "nuovo", "nuova", "novo", "nova", "nieuwe", "nieuw", "waarnemend", "kersverse",
    "vorübergehende", "vorübergehender", "vorübergehenden", "kommissarischen", "stellvertretenden",
    # ordinals of posts held by more than one ("Erste Vorsitzende", "Second Vice President", "primera vocal")
    "first", "second", "third", "erste", "erster", "ersten", "zweite", "zweiter", "zweiten", "dritte", "dritter",
    "deuxième", "seconde", "troisième", "primer", "primero", "primera", "segundo", "segunda", "tercero",
    "tercera", "primo", "prima", "secondo", "seconda", "terzo", "terza", "primeiro", "primeira", "eerste",
    "tweede", "derde",
)
# Words after a post that say when the person held it, not what it is: a role is cut before them
# ("Kassenwart seit November", "trésorière jusqu'en mai", "Chair until March").
POST_TIME_WORDS = ("since", "until", "till", "seit", "bis", "ab", "depuis", "jusqu'à", "jusqu'en", "jusqu’à",
                   "jusqu’en", "desde", "hasta", "dal", "dalla", "fino", "sinds", "tot", "vanaf", "até")
# Nouns naming a field of work, not a body: "Director General de Difusión y Vinculación", "Head of Research"
# keep the whole phrase as the post. Words ending so are fields too (Education, Planning, Development).
FIELD_WORDS = ("research", "finance", "finances", "policy", "marketing", "sales", "operations", "programmes",
               "programs", "programme", "program", "science", "sciences", "health", "safety", "studies", "affairs",
               "services", "resources", "events", "membership", "outreach", "fundraising", "youth", "sport",
               "sports", "culture", "welfare", "media", "radio", "press", "mesa")  # "Presidente da Mesa": of the chair
FIELD_SUFFIXES = ("ion", "ions", "ión", "ing", "ment", "ments", "ity", "ics", "ance", "ence", "ship", "ung", "tät",
                  "heit", "keit", "schaft", "ción", "ção", "zione", "isme", "ism")
# Words that make a phrase an organisation's name ("Ministry of ...", "CEPN Secretariat").
ORG_WORDS = (
    "Ministry", "Department", "Office", "Organization", "Organisation", "Association", "Network",
    "Committee", "Council", "Commune", "Group", "University", "School", "College", "Foundation",
    "Secretariat", "Agency", "Institute", "Institution", "Centre", "Center", "Union", "Federation",
    "Bank", "Fund", "Coalition", "Alliance", "Trust", "Society", "Company", "Ltd", "Inc", "Club", "LLP",
    "Associates", "Consultants",
    "Board", "Authority", "Commission", "Hospital", "Church", "Administration", "Bureau", "Forum",
    "Cooperative", "Partnership", "International", "Embassy", "Mission", "Consortium", "Corporation",
    "Universidad", "Universidade", "Università", "Université", "Universität", "Universiteit", "Ministerio",
    "Ministère", "Ministerium", "Ministério", "Ministero", "Consejo", "Conseil", "Comité", "Comisión",
    "Asociación", "Associação", "Associazione", "Verein", "Vereniging", "Stichting", "Fondation", "Fundación",
    "Fundação", "Fondazione", "Stiftung", "Gemeinde", "Ayuntamiento", "Mairie", "Comune", "Câmara", "Escuela",
    "École", "Schule", "Instituto", "Institut", "Istituto", "Departamento", "Département", "Dirección",
    "Secretaría", "League", "Party", "Liga", "Gemeente", "Ville", "Stadt", "Parish", "Limited", "GmbH", "e.V.",
)
# Plural or generic heads that name a kind of body, not one body ("representative of CSOs in ...").
GENERIC_ORG_HEADS = ("CSOs", "NGOs", "members", "partners", "organizations", "organisations", "all")
# Endings of capitalised nouns (German and Romance) that are not names: a single capitalised word before a
# verb is taken for a first name only when it is a known given name or does not end so ("Der Vorstand
# berichtete", "Die Versammlungsleitung stellte fest").
NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ment", "wart", "führer", "führerin",
                 "leiter", "leiterin", "nis", "tum", "stand", "rat", "ent", "eur", "ium", "ion", "ly",
                 # English adjectives opening a sentence: "Special thanks being due to ..."
                 "ial", "ous", "ful", "ible")
# Endings of the Nordic definite article on a post ("Revisorn yrkar ...", "Ordföranden", "Formanden", "Kassören"):
# the post, not a name.
DEFINITE_POST_ENDINGS = ("n", "en", "et", "a", "na")
# A capitalised word at least this long that ends in one of NOUN_SUFFIXES is a noun ("Tagesplanung",
# "Mitgliederversammlung"), even among names: shorter ones may be surnames ("Jung", "Vincent", "Kelly").
NOUN_MIN_LETTERS = 9
# Endings of German declined adjectives ("folgenden", "genannten"): a capitalised word right after one is the
# noun of the phrase, not a name.
DECLINED_ADJECTIVE_ENDINGS = ("enden", "endem", "ender", "ten", "tem", "igen", "igem", "ischen", "lichen")
# Articles, determiners and prepositions joined to an article: a capitalised word right after one opens a noun
# phrase ("der Anwesenden", "zur Wahl", "the Report"), no name (name particles such as "de", "la" aside).
NOUN_DETERMINERS = ("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "our", "its",
                    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "einen", "eines",
                    "zur", "zum", "vom", "beim", "im", "am", "ins", "ans", "les", "un", "une", "au", "aux", "el",
                    "los", "las", "una", "uno", "il", "lo", "gli", "het", "een",
                    # quantifiers and demonstratives: "für alle Veranstaltungen", "diese Regelung"
                    "alle", "allen", "aller", "kein", "keine", "keinen", "jede", "jeder", "jedes", "jeden", "viele",
                    "vielen", "mehrere", "diese", "dieser", "dieses", "diesem", "diesen", "unser", "unsere",
                    "unseren", "unserer", "toutes", "tous", "ces", "cette", "todos", "todas", "estos", "estas",
                    "esta", "este", "tutti", "tutte", "questa", "questo", "deze", "dit")
# Endings of one-word posts (German compounds): "Versammlungsleiterin", "Kassenwart", "Protokollführer".
POST_SUFFIXES = ("leiter", "leiterin", "wart", "wartin", "führer", "führerin", "vorsitzende", "vorsitzender",
                 "meister", "meisterin", "prüfer", "prüferin", "prüfende", "sitzer", "sitzerin", "sprecher",
                 "sprecherin", "beauftragte", "beauftragter", "mitglied", "kassierer", "kassiererin")
# Words a post never ends with: a role that ends so was cut from a clause ("seconded and").
ROLE_TAIL_STOPWORDS = ("and", "or", "but", "that", "to", "by", "of", "the", "a", "an", "with", "for", "et", "und",
                       "y", "e", "en", "de", "la", "le", "der", "die", "que", "qui", "dass")
# Acts of whoever runs or moves business at a meeting, written after "President X" or "member X": with a
# post before a surname ("President Ottinger called the meeting to order"), the person took part.
POST_ACT_VERBS = ("called", "adjourned", "reconvened", "convened", "presided", "moved", "seconded", "motioned",
                  "declared", "ruled", "recessed", "abstained", "voted", "went", "gave", "ouvre", "lève", "levé",
                  "eröffnete", "schloss", "vertagte", "abrió", "levantó", "clausuró", "aprì", "chiuse", "opende",
                  "sloot")
# Words before "post surname" that make the person the one who acts: "Motion by member Zimmerman",
# "called to order by Commissioner X".
POST_NAME_LEAD_INS = ("by", "from", "par", "por", "von", "da", "door", "pelo", "pela")
# Verb-final passives name who acted after these words and before the participle ("Die Leitung der Wahl wurde durch
# Hannah Neumaier und Claudia Schmidtke vorgenommen", "Er wurde von der Finanzbeauftragten X vorgestellt", "werd door
# X toegelicht"); languages that put the agent after the participle are read by SPEAKER_LEAD_INS ("presented by").
# A person appointed to run the meeting or keep its minutes, in one sentence with a passive verb: "Als
# Versammlungsleiter wurde Leon Farchau bestimmt", "Jane Roe was appointed as chair", "Anne est désignée présidente de
# séance". The post (of CHAIR_ROLES or MINUTE_TAKER_ROLES) is the person's. Elections are left out: an officer
# elected for the year need not run the meeting.
APPOINTMENT_AUXILIARIES = ("wurde", "wird", "was", "is", "est", "a été", "fut", "fue", "es", "foi", "é", "fu", "è",
                           "è stato", "è stata", "werd", "wordt")
APPOINTMENT_PARTICIPLES = (
    "bestimmt", "ernannt", "benannt", "appointed", "designated", "nominated", "désigné", "désignée", "nommé",
    "nommée", "designado", "designada", "nombrado", "nombrada", "nomeado", "nomeada", "nominato", "nominata",
    "designato", "designata", "aangewezen", "benoemd",
)
PASSIVE_AGENT_WORDS = ("von", "vom", "durch", "door")
# A report given, as a noun, then who gave it: "Verlesung des Geschäftsberichts 2023 durch die 1. Geschäftsführerin
# Beatrix Kissel", "Bericht der Kassenprüfung durch ...", "Presentation of the accounts by the Treasurer Jane Roe".
REPORT_NOUNS = ("bericht", "berichts", "verlesung", "vortrag", "vorstellung", "präsentation", "report", "presentation",
                "update", "reading", "rapport", "présentation", "lecture", "informe", "presentación", "lectura",
                "relazione", "presentazione", "lettura", "verslag", "presentatie", "redogörelse", "föredragning",
                "beretning")
REPORT_AGENT_WORDS = ("durch", "by", "par", "por", "da", "door", "av", "ved")
PASSIVE_ACT_PARTICIPLES = (
    "vorgestellt", "vorgetragen", "durchgeführt", "vorgenommen", "geleitet", "eröffnet", "geschlossen",
    "erläutert", "präsentiert", "moderiert", "berichtet", "erklärt", "beantragt", "eingebracht", "verlesen",
    "übernommen", "gepresenteerd", "toegelicht", "geleid", "voorgezeten", "geopend", "gesloten", "uitgelegd",
    "voorgesteld", "ingeleid",
)
# Adverbs that open a sentence of a verb-second language, so that its subject follows the verb ("Anschließend
# berichtete Sophie Losch über die Kasse", "Vervolgens lichtte Jan de Vries het plan toe"): a name right after
# "adverb + speech verb" is who spoke (after a pronoun, "Sie dankte Anna Berg", it is whom they spoke to).
INVERTING_ADVERBS = (
    "anschließend", "daraufhin", "danach", "dann", "zunächst", "zuerst", "abschließend", "außerdem", "zudem",
    "weiterhin", "ebenso", "hierauf", "sodann", "schließlich", "ferner", "darüber", "hierzu", "dazu", "nun",
    "vervolgens", "daarna", "daarop", "dan", "eerst", "ten slotte", "tenslotte", "verder", "ook", "hierover",
)
# Subject pronouns: a capitalised word followed by a verb and one of these opens the sentence but is not
# its subject ("Daraufhin gab sie ...", "Dann sagte er ..."): not a person's name.
SUBJECT_PRONOUNS = ("er", "sie", "es", "wir", "ich", "man", "he", "she", "they", "il", "elle", "ils", "elles",
                    "hij", "zij", "ze", "wij")
# Captions over the name (and post) of whoever wrote the minutes, at their end: "Respectfully submitted, / Plato
# Township Clerk / Ron Straub", "Minutes taken by: Ann Lee, Secretary", "Protokolliert von Stefan Hoth". The writer
# took part in the meeting as its minute-taker.
MINUTES_WRITER_CAPTIONS = (
    "respectfully submitted", "submitted by", "minutes submitted by", "minutes taken by", "minutes recorded by",
    "minutes prepared by", "minutes by", "recorded by", "taken by", "prepared by", "minute taker", "minute-taker",
    "für das protokoll", "protokolliert von", "protokollführung", "rédigé par", "procès-verbal rédigé par",
    "le secrétaire de séance", "la secrétaire de séance", "notulist", "acta redactada por",
    "redactado por", "verbale redatto da",
)
MINUTES_WRITER_LINES_MAX = 3  # lines under the caption that may hold the writer's post and name
# A report's item named by a post ("Supervisor's report: ...", "Clerk Report", "Kassenwart Bericht") is given by the
# one person the roll call lists under that post, unless what follows says none was given.
REPORT_WORDS = ("report", "reports", "rapport", "bericht", "informe", "relazione", "verslag")
REPORT_NOT_GIVEN = ("absent", "not in attendance", "not present", "none", "no report", "nothing", "excused",
                    "aucun", "néant", "entfällt", "keiner", "ninguno")
# Words that open a sentence before its verb and are no one's name: a reflexive pronoun ("Se présente également ...",
# "Sich vorgestellt hat ...") or a determiner that negates the noun after it ("No Sheriff's Report was made", "Kein
# Kassenbericht lag vor", "Aucun rapport n'est présenté").
NOT_A_SUBJECT_WORDS = (
    "se", "sich", "zich", "sig", "seg",
    "no", "kein", "keine", "keinen", "aucun", "aucune", "nul", "nulle", "ningún", "ninguna", "ninguno", "nessun",
    "nessuna", "nessuno", "geen", "nenhum", "nenhuma", "ingen", "inget", "intet",
)
# Nouns of places that name their place before or after them ("Kratie Province", "Stung Treng and Mondulkiri
# provinces", "the province of Takeo"): a capitalised phrase the document writes so is a place, and a "speaker" of
# that name ("Stung Treng: five cases ...", "Siem Reap shared ...") is the place's report, not a person.
PLACE_NOUNS = ("province", "provinces", "district", "districts", "commune", "communes", "municipality",
               "municipalities", "county", "counties", "prefecture", "prefectures", "village", "villages",
               "provincia", "provincias", "província", "províncias", "provinz", "landkreis", "comté", "distrito",
               "distritos", "municipio", "municipios", "município", "municípios")
# What OCR makes of "of" on a worn copy ("Research and Policy Specialist yf CCC"): read as "of" only right before
# an acronym, where a post ends and its body begins.
OCR_OF_MISREADS = ("yf", "af", "0f", "ot", "oF", "Of", "o£")
# Words of office stamps that OCR reads into the text they are set over ("seconded by Commissioner Sa ROVED" under
# "APPROVED"): a name's word in capitals that is a piece of one (three letters or more) is the stamp's, not the name's.
STAMP_WORDS = ("APPROVED", "RECEIVED", "ADOPTED", "ACCEPTED", "FILED", "ENTERED", "RECORDED", "CERTIFIED",
               "CONFIDENTIAL", "ORIGINAL", "DRAFT", "COPY", "VERIFIED", "CORRECTED")
