"""Who speaks: honorifics, lead-in phrases, labels, role and organisation words."""

from __future__ import annotations

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
