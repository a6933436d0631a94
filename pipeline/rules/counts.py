"""Tallies: units, number words, opinion verbs, attendance and respondent phrases."""

from __future__ import annotations

COUNT_UNITS = ("responses", "response", "votes", "vote", "participants", "participant", "people",
               "persons", "person", "members", "member", "respondents", "respondent", "mentions")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    # "mit drei Ja-Stimmen", "par deux voix contre", "con tres votos" (not "dos", "due", "sept":
    # words of their own in Portuguese, English, French dates)
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "neuf": 9, "dix": 10,
    "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "tre": 3, "quattro": 4, "cinque": 5, "sette": 7, "nove": 9, "dieci": 10,
    "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10,
    "dois": 2, "duas": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "dez": 10,
    # "mit achtzehn Ja-Stimmen ... bei einer Enthaltung", "par quinze voix", "con dieciocho votos" (not "once",
    # "seize": English words; not "ein", "un": articles everywhere)
    "eine": 1, "einer": 1, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
    "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
    "une": 1, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "vingt": 20,
    "una": 1, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20,
}
# Words around a tally that make it an election, a motion or money, not feedback.
NON_FEEDBACK_WORDS = ("election", "elections", "elected", "elect", "vote", "votes", "voting", "ballot", "ballots",
                      "motion", "motions", "budget", "income", "expenditure", "expenses", "candidates", "quorum")
# "Five participants suggested more practice": a tally written as a sentence.
OPINION_VERBS = ("said", "suggested", "mentioned", "asked for", "wanted", "proposed", "preferred", "recommended",
                 "found", "felt", "liked", "requested", "chose", "selected", "rated", "agreed", "disagreed",
                 "reported", "wished", "would like")
FEMALE_WORDS = ("female", "females", "women", "woman", "girls", "f", "femmes", "frauen", "mujeres", "donne",
                "vrouwen", "mulheres")
# "40 attendees", "10 votants", "13 Personen", "12 asistentes": attendance as a number of people.
PARTICIPANT_WORDS = ("participants", "people", "persons", "attendees", "attendants", "attendents", "members",
                     "delegates", "representatives", "participant", "personnes", "participantes", "participant·e·s",
                     "membres", "votants", "présents", "présent·e·s", "personen", "teilnehmer", "teilnehmende",
                     "teilnehmerinnen", "mitglieder", "anwesende", "personas", "asistentes", "miembros",
                     "integrantes", "persone", "partecipanti", "presenti", "membri", "deelnemers", "aanwezigen",
                     "leden", "pessoas", "membros", "presentes", "soci", "socios", "sócios", "associados",
                     "administrateurs", "conseillers", "consiglieri", "adhérents", "adhérentes", "adhérent·e·s",
                     "associati", "aderenti", "iscritti", "associadas", "sócias", "socias", "vecinos", "vecinas",
                     "residents", "residenti", "moradores", "bewoners", "habitants", "raadsleden", "vereadores",
                     "conseillères", "consigliere", "concejales")
# What is said of a count of people that makes it the meeting's attendance: "Thirty one (31) members were present".
PRESENT_PREDICATES = ("were present", "present", "in attendance", "attended", "attended the meeting",
                      "were in attendance", "étaient présents", "étaient présentes", "présents", "waren anwesend",
                      "anwesend", "estaban presentes", "presentes", "erano presenti", "presenti", "waren aanwezig",
                      "aanwezig", "var närvarande", "närvarande", "var til stede", "til stede", "var tilstede",
                      "tilstede")
RESPONDENT_PHRASES = (
    r"(?P<n>\d+)\s+respondents",
    r"(?P<n>\d+)\s+(?:participants|people|members)\s+(?:returned|completed|filled|answered|responded)",
    r"(?P<n>\d+)\s+of\s+\d+\s+(?:participants\s+|people\s+|members\s+)?(?:returned|completed|filled|answered)",
    r"(?P<n>\d+)\s+(?:completed|returned)\s+(?:evaluation|feedback|survey|questionnaire)",
    r"(?:number of (?:responses|respondents)|responses received|respondents)\s*[:=]\s*(?P<n>\d+)",
    r"number of (?:people|participants|attendees|members)\s+(?:who\s+)?(?:completing|completed|returning|returned|"
    r"answering|answered|filling in|filled in)[^:\n]{0,60}(?:survey|questionnaire|evaluation|feedback|form)s?\s*[:=]\s*"
    r"(?P<n>\d+)",
    r"(?P<n>\d+)\s+(?:forms|questionnaires|evaluations|evaluation forms|feedback forms|surveys)\s+(?:were\s+)?"
    r"(?:returned|completed|received|collected|filled)",
)
# The sides of a vote on a motion: a tally of these is the motion's vote, not feedback.
VOTE_WORDS = ("for", "against", "abstain", "abstained", "abstention", "abstentions", "aye", "ayes", "nay", "nays",
              "in favour", "in favor", "opposed", "dafür", "dagegen", "enthaltung", "enthaltungen", "ja-stimmen",
              "nein-stimmen", "pour", "contre", "abstenus", "a favor", "en contra", "abstención", "abstenciones",
              "favorevoli", "contrari", "astenuti", "voor", "tegen", "onthouding", "onthoudingen", "contra",
              "abstenções", "emot", "mot", "imod", "pro", "proti", "se zdrželo", "zdrželo se", "przeciw",
              "wstrzymało się", "puolesta", "vastaan")
# Labels of the attendance line ("Present: 12", "Anwesend: 9").
ATTENDANCE_LABELS = ("present", "members present", "attendance", "attendees", "participants", "in attendance",
                     "présents", "présent·e·s", "présent.es", "présent·es", "presents", "anwesend", "anwesende",
                     "teilnehmer", "teilnehmende",
                     "asistentes", "asistencia", "presentes", "presenças", "presenti", "partecipanti",
                     "aanwezig", "aanwezigen", "närvarande", "obecni", "присутствовали", "присутствуют",
                     "deltagare", "til stede", "tilstede", "deltagere", "deltakere")

# Labels that open the list of those present, or part of it ("Present Observers:", "Als Gast:"): the people
# listed under them are counted when no line states how many came.
PRESENT_LIST_LABELS = ("present", "members present", "also present", "in attendance", "attendance", "attendees",
                       "attending", "participants", "observers", "present observers", "guests", "visitors",
                       "présents", "présentes", "présent·e·s", "présent.es", "présent·es", "invités", "anwesend",
                       "anwesende", "teilnehmer",
                       "teilnehmende", "gäste", "als gast", "als gäste", "asistentes", "asistencia", "presentes",
                       "presenças", "invitados",
                       "sont présents", "étaient présents", "membres présents", "presenti", "partecipanti",
                       "participantes", "aanwezig", "aanwezigen", "til stede", "tilstede", "tilstedeværende",
                       "deltagere", "deltakere", "närvarande", "deltagare", "obecni", "присутствовали",
                       "присутствуют")
# The label of a roll call, the names of those called after it ("Roll Call: Supervisor A, Trustee B ... present",
# "ROLL CALL-Supervisor A, Trustee B and Clerk C- All present").
ROLL_CALL_LABELS = ("roll call", "roll-call", "rollcall", "call of the roll", "appel nominal", "appel des membres",
                    "namensaufruf", "pase de lista", "appello", "naamafroeping", "upprop")
# The word a roll call closes the names of those there with ("... Trustees C and D present. Clerk E absent.").
ROLL_PRESENT_WORDS = ("present", "all present", "in attendance", "présents", "présentes", "anwesend", "presentes",
                      "presenti", "aanwezig", "närvarande")
# Words that mark a name of a roll call as not there ("Trustee B (absent)", "Clerk E absent/excused").
ROLL_ABSENT_WORDS = ("absent", "excused", "not present", "absents", "excusé", "excusée", "abwesend", "entschuldigt",
                     "ausente", "assente", "afwezig", "frånvarande")
# Labels of those not there, which close a list of those present ("Apologies:", "Members absent:").
ABSENCE_LABELS = ("apologies", "apologies for absence", "regrets", "members absent", "absentees", "excusés",
                  "excusées", "excusé.es", "excusé·es", "excusé·e·s", "excusé(e)s", "ausentes", "assenti", "absents",
                  "absentes")
# A sentence that leads into the list of those present, a name a line after it ("Étaient présentes les personnes
# suivantes :", "The following members were present:", "Anwesend waren:"), written without accents (matched so).
PRESENT_LIST_LEADS = ("etaient presentes les personnes suivantes", "etaient presents les membres suivants",
                      "etaient presents", "etaient presentes", "sont presents", "sont presentes",
                      "the following were present", "the following members were present", "those present were",
                      "present were", "anwesend waren", "es waren anwesend", "estuvieron presentes",
                      "asistieron", "erano presenti", "waren aanwezig")
# The words after which a sentence has named those present ("Daniel, Braden, Cate and Sri were in attendance").
PRESENT_AFTER_NAMES = ("were present", "were in attendance", "attended", "attended the meeting", "étaient présents",
                       "étaient présentes", "waren anwesend", "erano presenti", "estaban presentes",
                       "estuvieron presentes", "estavam presentes", "waren aanwezig", "var närvarande", "var til stede")
# Labels of the people listed apart from those present, which end their list ("Procurations :", "Proxies:").
LISTED_APART_LABELS = ("procurations", "pouvoirs", "représentés", "proxies", "proxy", "represented by proxy",
                       "vollmachten", "vertreten", "poderes", "representados", "deleghe", "volmachten")
# Words that join the names of a list of those present ("A, B and C plus ten guests").
NAME_LIST_JOINERS = ("and", "&", "und", "et", "y", "e", "en", "plus", "sowie", "og", "och")
