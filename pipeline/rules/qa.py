"""How questions and answers are marked."""

from __future__ import annotations

# A question's number after "Q", as OCR may read it: "Q5" as "QS", "Q1" as "Ql" or "QI".
_Q_NUMBER = r"(?:\d*|[SlI]\d?)"
# Lines that always start a new block, whatever their layout: a question or an answer.
BLOCK_START_MARKERS = (rf"^(?:Q{_Q_NUMBER}|A\d*|(?:Question|Answer|Response|Reply|Réponse|Frage|Antwort|Pregunta|"
                       r"Respuesta|Domanda|Risposta|Vraag|Antwoord|Pergunta|Resposta)\s*\d*)\s*"
                       r"(?:\([^()]{2,120}\)\s*)?[:.)]\s")
QUESTION_MARKERS = (rf"Q{_Q_NUMBER}\s*[:.)]", r"(?:Question|Frage|Pregunta|Domanda|Vraag|Pergunta)\s*\d*\s*[:.)]")
ANSWER_MARKERS = (r"A\d*\s*[:.)]", r"Answer\s*\d*\s*[:.)]", r"Response\s*\d*\s*[:.)]", r"Reply\s*[:.)]",
                  r"(?:Réponse|Antwort|Respuesta|Risposta|Antwoord|Resposta)\s*\d*\s*[:.)]")

# Questions reported in prose, by language: the verbs that ask, and the words that open what was
# asked ("X asked whether ...", "X demande si ...", "X fragt, ob ..."). Paired per language so
# that "the question asked was" does not read German "was" as a question word.
ASK_PHRASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("asked", "enquired", "inquired", "wanted to know", "questioned", "queried", "wondered",
            "raised a question", "raised the question", "sought clarification", "asked for clarification",
            # minutes kept in the present tense: "Mr. Rogers asks how the equipment will get to the back yard"
            "asks", "enquires", "inquires", "wants to know", "queries", "wonders", "asks for clarification"),
           ("whether", "if", "why", "when", "how", "what", "who", "whom", "where", "which", "about", "regarding",
            "concerning", "as to")),
    "fr": (("demande", "a demandé", "demandait", "demandé", "s'interroge", "s’interroge", "se demande"),
           ("si", "s'il", "s’il", "s'ils", "s’ils", "pourquoi", "comment", "quand", "quel", "quelle", "quels",
            "quelles", "qui", "où", "combien")),
    "de": (("fragt", "fragte", "fragt nach", "erkundigt sich", "erkundigte sich"),
           ("ob", "wie", "warum", "wann", "was", "wer", "wo", "welche", "welcher", "welches", "wieso", "weshalb")),
    "es": (("pregunta", "preguntó", "consulta", "consultó"),
           ("si", "cómo", "cuándo", "por qué", "qué", "quién", "dónde", "cuál", "cuánto", "cuántos")),
    "it": (("chiede", "ha chiesto", "chiedeva", "domanda", "ha domandato"),
           ("se", "perché", "come", "quando", "cosa", "chi", "dove", "quale", "quanto")),
    "nl": (("vraagt", "vroeg", "informeert"), ("of", "hoe", "waarom", "wanneer", "wat", "wie", "waar", "welke")),
    "pt": (("pergunta", "perguntou", "questiona", "questionou"),
           ("se", "como", "porque", "por que", "quando", "o que", "quem", "onde", "qual", "quanto")),
    "sv": (("frågar", "frågade", "undrar", "undrade"),
           ("om", "hur", "varför", "när", "vad", "vem", "var", "vilka", "vilken", "vilket")),
    "no": (("spør", "spurte", "lurer på", "lurte på"),
           ("om", "hvordan", "hvorfor", "når", "hva", "hvem", "hvor", "hvilke", "hvilken")),
    "da": (("spørger", "spurgte"), ("om", "hvordan", "hvorfor", "hvornår", "hvad", "hvem", "hvor", "hvilke")),
}
# Verbs that ask with the thing asked about as their object ("Trustee X questioned the cost of the repairs",
# "Cllr Y queried the invoice"), and the words that open such an object.
ASK_OBJECT_VERBS = ("questioned", "queried", "interroge", "interrogea", "hinterfragt", "hinterfragte", "cuestionó")
ASK_OBJECT_OPENERS = ("the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "le", "la",
                      "les", "l'", "l’", "den", "die", "das", "el", "los", "las")
# Verbs that report the answer given ("Ms. Y replied that ...", "PM said that ...", "X répond que ...").
REPLY_VERBS = (
    "replied", "answered", "responded", "explained", "clarified", "said", "stated", "confirmed", "outlined",
    "advised", "informed", "répond", "a répondu", "explique", "précise", "indique", "antwortet", "antwortete",
    "erklärt", "erklärte", "erläutert", "erläuterte", "responde", "respondió", "contesta", "contestó", "explica",
    "explicó", "aclara", "aclaró", "señala", "señaló", "risponde", "ha risposto", "spiega", "ha spiegato",
    "precisa", "antwoordt", "antwoordde", "legt uit", "verklaart", "respondeu", "explicou", "esclarece",
    "replies", "answers", "responds", "explains", "clarifies", "says", "states", "confirms", "advises",
    "svarar", "svarade", "svarer", "svarte", "svarede", "förklarar", "forklarer",
)
# A sentence after a reported question that opens with one of these goes on with the asker's own words ("X asked if
# ... . She feels the drawing is mislabeled."), not an answer; "They should email HB." may well answer.
ASKER_GOES_ON_PRONOUNS = ("he", "she", "il", "elle", "er", "él", "ella", "hij", "lui", "lei", "ele", "ela")
# Headings of the part of the minutes where questions are put ("Questions from the public", "Fragen").
QA_HEADING_WORDS = ("question", "questions", "q&a", "q & a", "q and a", "queries", "public forum", "open forum",
                    "fragen", "preguntas", "domande", "vragen", "perguntas", "questions diverses")
# Labels that give the room's answer to a question put ("Plenum: ...", "Rückmeldung: ...", "Feedback vom
# Chor: ..."), read like a speaker's label in notes kept as turns ("Eva: ...?" / "Adrian: ...").
ROOM_ANSWER_LABELS = ("plenum", "plenary", "the room", "all", "everyone", "feedback", "response", "responses",
                      "rückmeldung", "rückmeldungen", "alle", "plénière", "la salle", "tous", "retour", "retours",
                      "pleno", "la sala", "todos", "respuesta", "respuestas")
# "Feedback vom Chor:", "Feedback from the group:": a room label with the body it comes from.
ROOM_ANSWER_FROM = ("vom", "von der", "from the", "from", "of the", "de la", "du", "des", "del", "de los", "de")
# Words of the given-names list that, before a colon, are rather a label of a month, a season or a
# thing ("April: concert", "Will: ...", "Nota: ..."): never read as a speaker's label.
LABEL_NOT_NAMES = ("january", "april", "may", "june", "july", "august", "summer", "autumn", "winter", "will", "hope",
                   "grace", "joy", "faith", "unity", "justice", "liberty", "dawn", "nota", "note", "mission", "vision",
                   "signé", "signée", "signed", "firmado", "firmato", "gezeichnet",
                   "ja", "nein", "yes", "oui", "non", "si", "sí", "enthalten")  # a vote's counts ("Ja: 19")
