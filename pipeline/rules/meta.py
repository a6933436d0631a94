"""Document metadata: month names, labels, meeting words, organiser and venue cues, in the
languages minutes are written in (English, French, German, Spanish, Italian, Dutch, Portuguese,
Swedish, Danish, Norwegian)."""

from __future__ import annotations

# Month names by number, all languages; matched case-insensitively, accents optional where writers drop them.
MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "janvier", "januar", "jänner", "enero", "gennaio", "januari", "janeiro", "января", "январь",
        "stycznia", "styczeń"),
    2: ("february", "feb", "février", "fevrier", "februar", "febrero", "febbraio", "februari", "fevereiro",
        "февраля", "февраль", "lutego", "luty"),
    3: ("march", "mar", "mars", "märz", "maerz", "marz", "marzo", "maart", "março", "marco", "marts", "марта", "март",
        "marca", "marzec"),
    4: ("april", "apr", "avril", "abril", "aprile", "апреля", "апрель", "kwietnia", "kwiecień"),
    5: ("may", "mai", "mayo", "maggio", "mei", "maio", "maj", "мая", "май", "maja"),
    6: ("june", "jun", "juin", "juni", "junio", "giugno", "junho", "июня", "июнь", "czerwca", "czerwiec"),
    7: ("july", "jul", "juillet", "juli", "julio", "luglio", "julho", "июля", "июль", "lipca", "lipiec"),
    8: ("august", "aug", "août", "aout", "agosto", "augustus", "augusti", "августа", "август",
        "sierpnia", "sierpień"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro",
        "сентября", "сентябрь", "września", "wrzesień"),
    10: ("october", "oct", "octobre", "oktober", "octubre", "ottobre", "outubro", "октября", "октябрь",
        "października", "październik"),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "listopada", "listopad"),
    12: ("december", "dec", "décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro", "desember",
        "декабря", "декабрь", "grudnia", "grudzień"),
}
# What OCR makes of an ordinal's raised letters after a day's figures ("7th" -> "7*", "14th" -> '14"',
# "2nd" -> "2™4", "11th" -> '11%"'): marks, after a letter or two of the ordinal read, before a letter or figure of it.
OCR_ORDINAL_MARKS = "\"“”'’*™^`´°%"
# Words before a date that make it some other date than the meeting's: an approval, a signature,
# an earlier or later meeting, a deadline.
OTHER_DATE_CUES = (
    "approved", "approval", "approve", "accept", "acceptance", "adopt", "ratify", "signed", "adopted", "previous",
    "last", "next", "dated", "effective", "until",
    "deadline", "by", "before", "after", "since", "ended", "ending", "approuvé", "approuvée", "signé",
    "précédente", "prochaine", "genehmigt", "unterzeichnet", "nächste", "letzten", "aprobada", "aprobado",
    "firmado", "próxima", "anterior", "approvato", "approvata", "prossima", "goedgekeurd", "volgende", "aprovada",
    # the minutes of an earlier meeting put to the vote ("... made a motion to approve the October 28, 2025 minutes")
    "approuver", "adopter", "genehmigen", "aprobar", "aprovar", "approvare", "goedkeuren",
    # a law's or a decree's date ("association déclarée ... loi du 1er juillet 1901"), a person's birth
    "law", "act", "decree", "loi", "décret", "gesetz", "gesetzes", "ley", "decreto", "legge", "lei", "wet", "lov",
    "born", "né", "née", "geboren", "nato", "nata", "nacido", "nacida", "nascido", "nascida", "født", "född",
)
# A note of the minutes' approval set over them ("Approved by the Library Board on April 16, 2015"): the word, then
# by, on, at or a colon (not "Approved Minutes of ..."). Its date is the approval's, and it is no title.
APPROVAL_NOTE_WORDS = ("approved", "adopted", "ratified", "approuvé", "approuvée", "adopté", "adoptée", "genehmigt",
                       "aprobada", "aprobado", "approvato", "approvata", "goedgekeurd", "aprovada", "aprovado",
                       "godkänd", "godkänt", "godkendt", "godkjent")
APPROVAL_NOTE_JOINERS = ("by", "on", "at", "par", "le", "am", "von", "por", "el", "da", "il", "op", "door", "av", "af")
# "Date:", "Location:" and their translations, as written before a colon.
DATE_LABELS = ("date", "meeting date", "date of meeting", "datum", "fecha", "data", "when", "vergaderdatum",
               "datum vergadering", "data da reunião", "data della riunione", "fecha de la reunión",
               "date de la réunion", "date de la séance", "sitzungsdatum", "giorno", "dia", "día", "jour", "dato",
               "mötesdatum")
# The labels of a meeting's own date and place in a form's head, which need no colon ("Vergaderdatum en tijd 6 juni
# 2024", "Vergaderplaats Logius Blauw"; a letter's "Datum" over its own date is not the meeting's) and win over a
# plain "Date". Words after the date's label that add the time ("Date and time: ...").
MEETING_DATE_LABELS = ("meeting date", "date of meeting", "date of the meeting", "vergaderdatum", "datum vergadering",
                       "sitzungsdatum", "datum der sitzung", "mötesdatum", "møtedato", "mødedato", "date de la réunion",
                       "date de la séance", "fecha de la reunión", "fecha de la sesión", "data da reunião",
                       "data della riunione", "kokouspäivä", "datum jednání")
MEETING_VENUE_LABELS = ("meeting place", "place of meeting", "meeting venue", "meeting location", "vergaderplaats",
                        "vergaderlocatie", "sitzungsort", "versammlungsort", "mötesplats", "møtested", "mødested",
                        "lieu de la réunion", "lieu de réunion", "lugar de reunión", "lugar de la reunión",
                        "local da reunião", "luogo della riunione", "kokouspaikka", "místo jednání")
AND_TIME_WORDS = ("and time", "en tijd", "und zeit", "und uhrzeit", "et heure", "y hora", "e hora", "e ora", "och tid",
                  "og tid", "ja aika", "a čas")
VENUE_LABELS = ("venue", "place", "location", "where", "held at", "lieu", "ort", "tagungsort", "lugar", "sede",
                "luogo", "locatie", "plaats", "local", "salle", "raum", "vergaderlocatie", "adres", "waar", "onde",
                "dove", "où", "sitzungsort", "versammlungsort", "veranstaltungsort", "treffpunkt", "vergaderplaats",
                "lieu de la réunion", "lieu de réunion", "lugar de reunión", "luogo della riunione", "local da reunião",
                "plats", "lokal", "sted", "mødested", "møtested", "mötesplats")
# Meeting kinds, as a title names them ("Annual General Meeting of the X", "X A.G.M.",
# "Mitgliederversammlung des X", "Procès-verbal de l'Assemblée générale de X").
MEETING_WORDS = (
    "annual general meeting", "extraordinary general meeting", "general meeting", "special meeting",
    "regular meeting", "public meeting", "board meeting", "committee meeting", "quarterly meeting",
    "monthly meeting", "meeting", "agm", "a.g.m.", "egm", "workshop", "conference", "session", "minutes",
    "assemblée générale", "assemblée", "réunion", "séance", "procès-verbal", "conseil d'administration",
    "mitgliederversammlung", "jahreshauptversammlung", "hauptversammlung", "vorstandssitzung", "versammlung",
    "gründungsversammlung", "generalversammlung", "vollversammlung", "delegiertenversammlung",
    "sitzung", "protokoll", "asamblea general", "asamblea", "reunión", "sesión", "acta", "assemblea", "riunione",
    "seduta", "verbale", "vergadering", "ledenvergadering", "notulen", "reunião", "assembleia", "ata",
    "assembleia geral", "alv", "bestuursvergadering", "jaarvergadering", "algemene ledenvergadering",
    "assemblea dei soci", "assemblea generale", "riunione del consiglio direttivo",
    # Swedish, Danish, Norwegian
    "årsmöte", "extra årsmöte", "föreningsstämma", "årsstämma", "stämma", "styrelsemöte", "styrelsesammanträde",
    "sammanträde", "konstituerande möte", "medlemsmöte", "möte", "mötesprotokoll", "årsmøde", "møde",
    "bestyrelsesmøde", "generalforsamling", "ekstraordinær generalforsamling", "medlemsmøde", "årsmøte",
    "møte", "styremøte", "medlemsmøte",
    # Polish, Russian
    "walne zebranie", "zebranie", "zebrania", "posiedzenie", "posiedzenia",
    "протокол", "общее собрание", "общего собрания", "собрание", "собрания", "заседание", "заседания", "совещание",
    "совещания",
)
# The last part of a compound meeting word, as German, Dutch and the Nordic languages build them ("husrådsmöte",
# "Beiratssitzung", "buurtvergadering"): a word ending so is a meeting word.
MEETING_COMPOUND_ENDINGS = ("möte", "stämma", "sammanträde", "møde", "møte", "forsamling", "versammlung", "sitzung",
                            "vergadering")
# Words after which minutes name the body that meets or is founded ("Meeting of the X", "Sitzung des X",
# "vid bildandet av X", "stiftende generalforsamling i X" is a meeting word's).
MEETING_OF_WORDS = ("meeting", "session", "assemblée", "réunion", "séance", "sitzung", "versammlung", "reunión",
                    "sesión", "riunione", "seduta", "vergadering", "reunião", "möte", "møde", "møte",
                    "årsmöte", "årsmøde", "årsmøte", "generalforsamling", "bildandet", "bildande", "grundandet",
                    "stiftandet", "founding", "gründung")
# Words that say which meeting, left out of a name found before the meeting word ("X Annual Meeting").
MEETING_MODIFIERS = ("annual", "general", "special", "regular", "public", "ordinary", "extraordinary", "quarterly",
                     "monthly", "weekly", "biannual", "first", "second", "third", "fourth", "fifth", "ordentliche",
                     "außerordentliche", "ordinaire", "extraordinaire", "ordinaria", "extraordinaria", "ordinária",
                     "extraordinária", "ordinário", "extraordinário", "straordinaria", "ordinario", "straordinario",
                     "gewone", "buitengewone", "algemene", "geral", "annuelle", "anual", "annuale", "jährliche")
# Words that connect a meeting word to the body that holds it ("of the", "des", "del", "van de").
OF_WORDS = ("of the", "of", "de la", "de l'", "de l’", "del", "de", "des", "du", "der", "dei", "della",
            "van de", "van het", "van", "da", "do", "dos", "dell'", "dell’", "dello", "degli", "delle", "das",
            "av", "af", "för", "i")
# A candidate organiser that is only one of these words is not an organisation.
NOT_ORGANIZER_WORDS = ("annual", "general", "commission", "conseil", "consejo", "consiglio", "conselho", "vorstand",
                       "committee", "board", "council", "meeting", "minutes", "styrelsen", "bestyrelsen", "styret",
                       "report", "the", "special", "regular", "public", "online", "agenda", "summary", "notes",
                       "quarterly", "monthly", "weekly", "coordination", "consultation", "ordinary", "extraordinary",
                       "ordentliche", "ordentlichen", "fifth", "first", "second", "third", "fourth",
                       "previous", "last", "next",  # another meeting than this one ("Minutes of the Previous AGM")
                       "page", "seite", "página", "pagina", "sida",  # a running footer ("... Board Page 2 of 2")
                       "title",  # a form's label ("Title of Meeting")
                       # which kind of event, not who holds it ("Regional Workshop on ...")
                       "regional", "national", "international", "provincial", "sub-national", "local", "joint",
                       "technical", "inception", "validation", "stakeholder", "stakeholders", "training",
                       "consultative", "closing", "opening", "launch", "roundtable",
                       # which minutes ("Acta de Trabajo": working minutes)
                       "trabajo", "travail", "lavoro", "trabalho", "work", "working")
ORGANIZER_VERBS = ("organized", "organised", "hosted", "convened")
# A form's field that names the body: "Organization: Water Co-operative".
ORGANIZER_LABELS = ("organization", "organisation", "organizer", "organiser", "organisme", "organización",
                    "organizzazione", "organização", "organisatie", "organisation/body", "body")
# "members of the X" names the body that meets.
MEMBERS_OF = ("members of the", "members of", "membres du", "membres de la", "membres de l'", "mitglieder des",
              "mitglieder der", "miembros del", "miembros de la", "membri del", "membri della", "leden van de",
              "membros do", "membros da")
# An association named after its kind, in the minutes' sentences ("les fondateurs de l'association Friends Of OpenPGP",
# "der Verein Rust Zürichsee"): the body, where nothing else names it.
ASSOCIATION_LEAD_INS = ("l'association", "l’association", "the association", "der verein", "den verein",
                        "l'associazione", "l’associazione", "la asociación", "de vereniging", "a associação",
                        "föreningen", "foreningen")
# Meetings held online: the word as the venue ("by Zoom", "on Teams", "per Videokonferenz").
ONLINE_WORDS = ("zoom", "microsoft teams", "ms teams", "teams", "google meet", "webex", "skype", "jitsi",
                "videoconference", "video conference", "videokonferenz", "videoconferencia", "visioconférence",
                "videoconferenza", "videoconferência", "online", "virtual", "en ligne", "en línea", "virtuell")
# "En la ciudad de X", "in the city of X": the town the meeting is held in.
CITY_LEAD_INS = ("in the city of", "en la ciudad de", "na cidade de", "nella città di", "dans la ville de",
                 "in der stadt", "in de stad")
# Words that make a name an organisation's ("Hilltown Parish Council", "Makerspace e.V.", "Stichting X").
ORGANIZATION_WORDS = (
    "council", "association", "club", "society", "committee", "board", "trust", "network", "foundation",
    "commission", "federation", "union", "institute", "university", "school", "district", "authority", "agency",
    "department", "ministry", "forum", "alliance", "coalition", "partnership", "cooperative", "company", "ltd",
    "inc", "group", "chamber", "league", "organisation", "organization", "e.v.", "town", "township", "village",
    "county", "borough", "library", "libraries", "verein", "verband", "stiftung",
    "genossenschaft", "gemeinde", "chor", "conseil", "comité", "fédération", "fondation", "société", "syndicat",
    "collectif", "amicale", "consejo", "asociación", "comisión", "fundación", "federación", "sociedad", "junta",
    "ayuntamiento", "associazione", "consiglio", "comitato", "fondazione", "comune", "società", "vereniging",
    "stichting", "raad", "bestuur", "gemeente", "associação", "conselho", "comissão", "fundação", "sindicato",
    # public bodies and clubs of French, Italian, Portuguese, Spanish and Dutch minutes
    "commune", "municipalité", "mairie", "ville", "município", "municipio", "câmara", "freguesia", "concelho",
    "gemeenteraad", "provincie", "waterschap", "regione", "provincia", "parrocchia", "paroisse", "pfarrei",
    "parochie", "clube", "circolo", "cercle", "coöperatie", "cooperativa", "coopérative", "federazione",
    "unione", "unión", "união", "comunidade", "comunità", "sindacato",
    # Swedish, Danish, Norwegian
    "förening", "föreningen", "sällskap", "sällskapet", "förbund", "förbundet", "klubb", "klubben", "kommun",
    "stiftelse", "stiftelsen", "samfund", "samfundet", "forening", "foreningen", "selskab", "selskabet", "selskap",
    "selskapet", "forbund", "forbundet", "kommune", "idrottsförening", "idrætsforening", "idrettslag",
    "bostadsrättsförening", "brf", "borettslag",
)
# The last part of a compound organisation word ("samfällighetsförening", "Kantineforening", "Sportverein"), and its
# genitive as it stands before the meeting's word ("Stenålderns samfällighetsförenings årsstämma").
ORGANIZATION_COMPOUND_ENDINGS = ("förening", "forening", "sällskap", "selskab", "selskap", "förbund", "forbund",
                                 "verein", "vereniging")
ORGANIZATION_GENITIVE = "s"
# The legal forms that end a company's or an association's name ("Koha-Suomi Oy", "Acme Ltd", "Verein X e.V."),
# as written (case counts: "AG", not "ag").
LEGAL_FORMS = ("Oy", "Oyj", "AB", "ApS", "ASA", "GmbH", "gGmbH", "AG", "e.V.", "Ltd", "Ltd.", "Limited", "Inc", "Inc.",
               "LLC", "PLC", "S.A.", "S.L.", "S.r.l.", "S.p.A.", "B.V.", "N.V.", "ASBL", "VZW", "ry", "r.y.")
# Lower-case adjectives inside an organisation's name ("Conseil municipal de X", "Consiglio comunale di Y",
# "Associação Cultural e Recreativa"): they do not end the name.
ORGANIZATION_ADJECTIVES = (
    "municipal", "municipale", "municipaux", "communal", "communale", "comunale", "intercommunal",
    "intercommunale", "provincial", "provinciale", "regional", "regionale", "régional", "régionale",
    "départemental", "départementale", "direttivo", "directeur", "culturale", "culturelle", "cultural", "sportiva",
    "sportive", "sportivo", "recreativa", "ricreativa", "parrocchiale", "paroissial", "escolar", "scolaire",
    "vecinal", "civica", "cívica", "civique", "nazionale", "nationale", "nacional", "locale", "local", "sociale",
    "social", "deliberativo", "fiscal", "consultivo", "consultatif", "executivo", "esecutivo", "exécutif",
)
# Organisation words as Romance and Dutch minutes write them in lower case after the meeting word
# ("Compte rendu de l'assemblée générale de l'association Les Amis", "vergadering van de gemeenteraad van X").
LOWER_ORGANIZATION_HEADS = (
    "association", "associação", "associazione", "asociación", "vereniging", "stichting", "commune", "comune",
    "gemeente", "gemeenteraad", "conseil municipal", "consiglio comunale", "câmara municipal", "junta de freguesia",
    "club", "clube", "circolo", "cercle", "società", "société", "fondation", "fondazione", "fundação", "fundación",
    "coopérative", "cooperativa", "amicale", "ayuntamiento", "municipio", "município", "föreningen", "foreningen",
)
# "Time:" and its translations: a label that ends a date or venue written on the same line.
TIME_LABELS = ("time", "heure", "horaire", "uhrzeit", "zeit", "hora", "horario", "ora", "orario", "tijd", "horário",
               "tid", "tidspunkt", "klockan", "klokken")
# Words after which minutes write where the meeting sits ("presso la sede di ...", "s'est réuni au ...").
# Words after a place's comma that say where it lies ("l'abitazione del socio X, sita in Corso Garibaldi").
PLACE_PARTICIPLES = ("sita", "sito", "situata", "situato", "situé", "située", "sis", "sise", "located", "situated",
                     "ubicada", "ubicado", "situada", "situado", "localizada", "localizado", "gelegen")
VENUE_LEAD_INS = ("presso", "s'est réuni à", "s'est réuni au", "s'est réunie à", "s'est réunie au",
                  "s’est réuni à", "s’est réuni au", "s’est réunie à", "s’est réunie au", "se reunieron en",
                  "reunidos en", "reuniram-se na", "reuniram-se no", "reunidos na", "reunidos no", "kwam bijeen in",
                  "tagte in", "tagte im", "met at", "met in", "si è riunita presso", "si è riunito presso",
                  "si è riunita nella", "si è riunito nella", "reuniu-se na", "reuniu-se no", "reuniu na", "reuniu no",
                  "se reunió en", "se reunieron en la", "vergaderde in", "bijeengekomen in", "s'est tenue à",
                  "s'est tenue au", "s’est tenue à", "s’est tenue au", "a eu lieu à", "a eu lieu au")
# Numbers written as words in dates of formal minutes ("el día cuatro de septiembre de dos mil veinte",
# "aos catorze dias do mês de março de dois mil e vinte e quatro", "il giorno quattordici marzo duemilaventiquattro").
NUMBER_WORDS_DATES: dict[str, int] = {
    # Spanish
    "un": 1, "uno": 1, "primero": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21,
    "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27,
    "veintiocho": 28, "veintinueve": 29, "treinta": 30, "mil": 1000,
    # Portuguese
    "um": 1, "primeiro": 1, "dois": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "dez": 10,
    "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16,
    "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19, "vinte": 20,
    "trinta": 30,
    # Italian
    "primo": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "dieci": 10,
    "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17,
    "diciotto": 18, "diciannove": 19, "venti": 20, "ventuno": 21, "ventidue": 22, "ventitré": 23, "ventitre": 23,
    "ventiquattro": 24, "venticinque": 25, "ventisei": 26, "ventisette": 27, "ventotto": 28, "ventinove": 29,
    "trenta": 30, "trentuno": 31, "mila": 1000, "mille": 1000,
    # French ("l'an deux mille vingt-quatre, le quatorze mars"; hyphens and "et" are dropped before reading)
    "premier": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "douze": 12, "treize": 13, "seize": 16, "vingt": 20, "trente": 30,
}
# Small words between number words that add nothing: "vinte e quatro", "veinte y uno", "vingt et un".
NUMBER_WORD_JOINERS = ("y", "e", "et")
# Words between a day and its month, and between a month and its year, in formal minutes:
# "aos 14 dias do mês de março de 2024", "il giorno 14 del mese di marzo dell'anno 2024".
DAY_MONTH_JOINERS = ("dias do mês de", "dia do mês de", "días del mes de", "día del mes de", "del mese di",
                     "du mois de", "of the month of", "de", "of", "del", "di")
MONTH_YEAR_JOINERS = ("dell'anno", "dell’anno", "do ano de", "do ano", "del año", "de l'année", "de l’année",
                      "of the year", "van het jaar", "de", "del", "of")
# "L'an deux mille vingt-quatre, le quatorze mars", "L'anno 2024, il giorno 14 marzo", "No ano de ..., aos ...":
# the year written before the day.
YEAR_FIRST_LEAD_INS = ("l'an", "l’an", "l'année", "l’année", "l'anno", "l’anno", "no ano de", "el año", "en el año",
                       "im jahr", "in het jaar")
DAY_LEAD_INS = ("le", "il giorno", "il", "aos", "ao", "el día", "el", "o dia", "am", "op")
# Rooms and buildings, for a venue named inside a sentence ("na sede da associação", "in the Committee Room").
# Verbs of who led the meeting, said after where it sat ("in the Ballroom at 9:30 a.m. presided by the President"):
# the place ends before them.
MEETING_LEADING_VERBS = ("presided", "chaired", "conducted", "convened", "called", "opened", "led")
VENUE_NOUNS = ("sede", "siège", "locaux", "sala", "salle", "saal", "raum", "auditório", "auditorio", "auditorium",
               "hall", "room", "lounge", "chamber", "chambers", "library", "centre", "center", "hotel", "church",
               "school", "office", "offices",
               "salão", "salone", "zaal", "raadzaal", "vergaderzaal", "dorpshuis", "buurthuis", "gemeentehuis",
               "stadhuis", "clubhuis", "mairie", "hôtel de ville", "palazzo", "municipio", "biblioteca",
               "bibliothèque", "rathaus", "gemeindehaus", "vereinsheim", "paços", "escola", "école", "scuola",
               "centro", "casa", "maison", "edificio", "edifício")
# A resolution printed before the minutes it adopts (a cover page): its title's first word, and the words
# that open its recitals, in the languages of the corpus.
RESOLUTION_TITLE_WORDS = ("resolution", "résolution", "resolución", "risoluzione", "resolução", "beschluss", "besluit",
                          "ordinance", "délibération")
RECITAL_WORDS = ("whereas", "now, therefore", "considérant", "attendu que", "considerando", "in erwägung",
                 "overwegende", "be it resolved")
# The word a minutes' own title opens with ("MINUTES", "Minutes of the ...", "Procès-verbal de ...").
MINUTES_TITLE_WORDS = ("minutes", "procès-verbal", "protokoll", "niederschrift", "acta", "verbale", "notulen", "ata",
                       "protocol", "protokół", "протокол", "verslag", "compte rendu", "compte-rendu", "referat",
                       "pöytäkirja", "zápis", "sprawozdanie")
# Rooms and halls a meeting sits in, never the name of the body that meets ("COUNCIL CHAMBERS, CITY HALL",
# "CONFERENCE ROOM 391"): a line of its own under the title that ends in one is where the meeting sat.
ROOM_NOUNS = ("hall", "room", "chamber", "chambers", "auditorium", "lounge", "salle", "saal", "sitzungssaal", "raum",
              "sala", "salón", "salon", "salone", "salão", "auditorio", "auditório", "zaal", "raadzaal", "vergaderzaal",
              "mötesrum", "sal", "lokale")
# What is set over a minutes' head and is no part of their title:
# - a court-style caption, as an Illinois clerk's minutes open ("STATE OF ILLINOIS )" / ") SS" / "COUNTY OF WILL )"):
#   the jurisdictions it names, each line closed by a bracket (OCR may read it as "|" or "}") or "SS" (scilicet);
CAPTION_JURISDICTIONS = ("state of", "county of", "commonwealth of", "parish of", "province of", "city of", "town of",
                         "village of", "township of", "district of")
# Those a caption's stack opens with, written with no marks: "State of Illinois" / "County of Will" / "Town of Crete".
CAPTION_HIGHER_JURISDICTIONS = ("state of", "commonwealth of", "province of", "county of")
CAPTION_MARKS = (")", "|", "}", "]")
# - a stamp ("DRAFT", "COPY", "UNAPPROVED - SUBJECT TO APPROVAL"), its words alone on a line;
HEAD_STAMP_WORDS = ("draft", "copy", "unapproved", "not approved", "not yet approved", "unofficial", "preliminary",
                    "approved", "official copy", "file copy", "for review", "confidential", "subject to approval",
                    "pending approval", "final", "revised", "amended", "corrected")
# - a letterhead's contact line ("1250 Main Street, Springfield, IL 62701 (217) 555-1234", "P.O. Box 44", "Phone:
#   217-555-1234"): the labels of its numbers.
CONTACT_LABELS = ("phone", "telephone", "tel", "fax", "facsimile", "téléphone", "tél", "telefon", "teléfono",
                  "telefono", "tdd", "tty")
POST_OFFICE_BOX = ("p.o. box", "po box", "p. o. box", "p o box", "post office box", "box", "boîte postale", "postfach",
                   "apartado")
# Words of a street address after its number ("2263 SANTA CLARA AVENUE"), in the languages of the corpus.
STREET_WORDS = ("street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive", "dr", "lane", "way",
                "place", "square", "strasse", "straße", "weg", "platz", "allee", "rue", "chemin", "calle", "avenida",
                "plaza", "paseo", "via", "viale", "piazza", "rua", "praça", "straat", "laan", "plein", "gatan", "vägen",
                "gade", "vej", "gata", "veien")
# Prepositions before a room or building named in a sentence, in the languages of minutes.
VENUE_PREPOSITIONS = ("na", "no", "nella", "nel", "nello", "en la", "en el", "dans la", "dans le", "in the", "at the",
                      "im", "in der", "au", "à la", "à l'", "à l’", "in het", "in de", "op het", "presso la",
                      "presso il", "presso l'", "presso l’", "nos", "nas", "em")
# Verbs of a meeting held somewhere ("held on ... at", "gehouden op ... in", "tenutasi ... presso").
HELD_WORDS = ("held", "took place", "tenue", "tenu", "tenida", "celebrada", "realizada", "abgehalten", "stattgefunden",
              "tenutasi", "svoltasi", "gehouden", "teve lugar", "tuvo lugar", "a eu lieu", "realizou-se")
# Words after a meeting's date that say where it was: "... at the Hall", "... te Oosterwijk".
# The word a dateline may set between the place and the date ("Berlin, den 3. Mai", "Genève, le 16 mars",
# "Madrid, a 3 de mayo", "Roma, lì 3 maggio", "Lisboa, em 3 de maio").
DATELINE_ARTICLES = ("den", "am", "le", "the", "a", "el", "lì", "li", "em", "op")
PLACE_WORDS = ("at", "in", "à", "en", "im", "na", "no", "nella", "nel", "presso", "au", "dans", "te", "op", "bij",
               "em", "nos", "nas", "alla", "nello")
# Weekday names, taken out of a line before it is read as a place.
WEEKDAY_NAMES = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi",
    "jeudi", "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonntag", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì",
    "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "segunda-feira", "terça-feira", "quarta-feira",
    "quinta-feira", "sexta-feira", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
)
# Words of a clock time left beside a place once the time is taken out ("14:00 Uhr", "20.00 uur").
CLOCK_WORDS = ("uhr", "uur", "heures", "heure", "horas", "hrs", "hours", "ore", "o'clock", "o’clock")
# Organisation words a title writes before the organisation's quoted name ("des Vereins „Charité Chor e.V.“",
# "de l'association « Les Amis »"), German genitives included.
QUOTED_NAME_HEADS = ("vereins", "vereines", "verbandes", "verband", "verein", "clubs", "club", "association",
                     "associazione", "associação", "asociación", "vereniging", "stichting", "société", "società",
                     "fondation", "fondazione", "stiftung", "genossenschaft", "cercle", "circolo", "chores", "chors")
# Verbs that say the members met, the place after them ("les membres ... se sont réunis en Assemblée Générale dans
# les locaux de X", "the Board met at the Town Hall"): where the meeting was, over a letterhead's address.
MET_VERBS = ("se sont réunis", "se sont réunies", "s'est réuni", "s'est réunie", "s’est réuni", "s’est réunie",
             "met", "gathered", "convened", "versammelten sich", "trafen sich", "se reunieron", "se reunió",
             "si sono riuniti", "si è riunito", "si è riunita", "reuniram-se", "reuniu-se", "kwamen bijeen")
# Where the place after such a verb starts ("dans les locaux de ...", "à distance via ...", "at the Hall").
MET_PLACE_PREPOSITIONS = ("dans", "à", "au", "aux", "at", "in", "im", "in der", "en", "presso", "nella", "nel",
                          "na", "no", "te", "via")
