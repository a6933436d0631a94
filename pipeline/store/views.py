"""Views across the whole history of workshops: people, topics, feedback, attendance, Q&A search.

Defined here as SQL text, created by `store.ensure_schema` with the tables (so they exist in
a database opened read-only). They only read the tables; nothing is stored twice.

    person_key(name)   macro: a name folded so the same person matches across documents
    topic_key(heading) macro: a heading without its numbering or times, folded
    organization_key(name)
                       macro: an organisation's key: its acronym when it has one (written, or known
                       in the archive), else its name folded
    duplicates         one row per likely duplicate: a document that is the same meeting as an
                       earlier-ranked one (same date and title or organiser, or no date and the
                       same title; near-identical words)
    meetings           documents without their duplicates: what the views below count
    organization_names  one row per spelling of an organisation in the archive (speakers'
                       organisations, organisers), with its organization_key and how it was matched
    attendance         one row per meeting: date, year, organiser, venue, place, attendance
    appearances        one row per speaker per document, with the person_key and organization_key
    decisions          one row per motion: date, organiser, motion, mover, seconder, outcome, votes ("71-9-7")
    people             one row per person_key: how often, when and where they spoke; motions moved
    organizations      one row per organization_key: name, acronym, documents, meetings organised,
                       people and appearances
    topics             one row per section (breaks left out), with its speakers and questions
    feedback           one row per tally, with its prompt's total and share; is_request, request_kind
    requests           what participants ask for next (topics) or want improved, summed across workshops
    qa                 one row per question, with asker/answerer keys and a `text` to search
    qa_search(words)   table macro: the questions whose text has every word (word starts)

Every view that has a document's organiser has the columns of `documents`: `organizer` (the full
name, as written), `organizer_acronym`, and `organizer_short` (the acronym, else the name) to show.
"""

from __future__ import annotations

import hashlib
import re

from pipeline.names import (
    ACRONYM_MAX_CHARS,
    ACRONYM_MIN_INITIALS,
    ORGANIZATION_ARTICLES,
    ORGANIZATION_SUFFIXES,
)
from pipeline.rules import HONORIFICS

# Prompt words that make a feedback tally a request: what participants want next or changed.
REQUEST_PROMPT_WORDS = ("propose", "proposed", "next", "improve", "improved", "improvement", "improvements",
                        "suggest", "suggestion", "suggestions", "recommend", "recommendation",
                        "recommendations", "request", "requested", "wish", "would like", "want", "need")
# Among requests, prompt words that ask how to do better (checked first) and words that ask for subjects:
# "What should be improved next time?" is an improvement, "Topics you propose for the next workshop" a topic.
# A request prompt with neither ("Your suggestions") counts as an improvement.
IMPROVEMENT_PROMPT_WORDS = ("improve", "improved", "improvement", "improvements", "better", "change", "changes",
                            "changed", "problem", "problems", "difficulties")
TOPIC_PROMPT_WORDS = ("topic", "topics", "subject", "subjects", "theme", "themes", "learn", "learning",
                      "thème", "thèmes", "tema", "temas", "thema", "themen")
# Where a person's name ends in an asker/answerer field: "Mr. X (Org)", "X, Role", "X of Org", "X from Org".
NAME_END_PATTERN = r"\s*(?:\(|,|;|\s[-–—]\s|\sof\s|\sfrom\s).*$"
# Numbering, labels and times before a heading's words: "2.1", "IV.", "b.", "Session 3:", "09:00 - 09:15".
HEADING_PREFIX_PATTERN = (
    r"^(?:(?:session|part|poll|annex|appendix|item|day|module|topic|question)\s+)?"
    r"(?:\d{1,2}(?:\.\d{1,2})*[.):]?|[ivxlc]{1,6}[.)]|[a-z][.):])\s+"
)
_CLOCK = r"\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?"  # 09:00, 7:09pm, 14h30
HEADING_TIME_PATTERN = rf"{_CLOCK}(?:\s*(?:-|–|—|to)\s*{_CLOCK})?"  # a time or a time range


def _fold(text: str) -> str:
    """How person_key folds text, in Python: lower case, anything but letters and digits -> one space."""
    return " ".join(re.sub(r"[^\w]+|_", " ", text.lower()).split())


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _honorifics_pattern() -> str:
    """Leading honorifics (rules.HONORIFICS, folded like the name: `H.E.` -> `h e`), one or more."""
    folded = sorted({_fold(h) for h in HONORIFICS}, key=len, reverse=True)
    alternation = "|".join(re.escape(h).replace(r"\ ", " ") for h in folded)
    return rf"^(?:(?:{alternation}) )+"


# Letters and digits of any script (Khmer vowel signs are marks, \p{M}); everything else separates words.
_NOT_WORD = r"[^\p{L}\p{M}\p{N}]+"
_WORD_START = r"(^|[^\p{L}\p{M}\p{N}])"


def _words_pattern(words: tuple[str, ...], latin: bool = False) -> str:
    """A regex alternation of whole words (longest first), matched after a word start. `latin`: the words
    and their neighbours are in Latin script, which a smaller character class tells apart (quicker to bind)."""
    alternation = "|".join(re.escape(w).replace(r"\ ", " ") for w in sorted(words, key=len, reverse=True))
    if latin:
        return "(^|[^a-z0-9à-ÿ])(" + alternation + ")($|[^a-zà-ÿ])"
    return _WORD_START + "(" + alternation + r")($|[^\p{L}])"


# --------------------------------------------------------------------------- organisations

_TRAILING_BRACKET = r"\s*\(([^()]*)\)\s*$"  # "Ministry of Education, Youth and Sport (MoEYS)"
_CAPITALS = r"[^\p{Lu}]"  # what to delete to keep the capitals
_NOT_IN_ACRONYM = r"[\s,;:()\[\]/\"'’]"  # an acronym is one word


def _alternation(words: tuple[str, ...], space: str) -> str:
    return "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(words, key=len, reverse=True))


def _is_acronym_sql(word: str) -> str:
    """SQL: is `word` one acronym-like word (up to names.ACRONYM_MAX_CHARS, at least two capitals, no more
    small letters than capitals). Capitals are counted as the characters lower() changes (hamming), not
    with a Unicode regex class: each such regex costs milliseconds whenever a view using it is bound."""
    def changed_by(case: str) -> str:  # how many characters case() changes; padded: 'ß' upper is 'SS'
        return f"hamming({word}, rpad(left({case}({word}), length({word})), length({word})::INTEGER, ' '))"

    capitals, small = changed_by("lower"), changed_by("upper")
    return (f"(length({word}) BETWEEN 2 AND {ACRONYM_MAX_CHARS} "
            f"AND NOT regexp_matches({word}, {_sql_string(_NOT_IN_ACRONYM)}) "
            f"AND {capitals} >= 2 AND {capitals} >= {small})")


def _organization_bracket_sql(name: str) -> str:
    """SQL: the text in brackets at the end of a name ("... (MoEYS)" -> "MoEYS"), '' when none."""
    return f"trim(regexp_extract({name}, {_sql_string(_TRAILING_BRACKET)}, 1))"


def _organization_bare_sql(name: str) -> str:
    """SQL: a name without a suffix such as "Secretariat" or "Office" (names.ORGANIZATION_SUFFIXES)."""
    suffix = _sql_string(r"\s+(?i:" + _alternation(ORGANIZATION_SUFFIXES, r"\s+") + r")\.?$")
    return f"regexp_replace(trim({name}), {suffix}, '')"


def _organization_macros() -> list[str]:
    """organization_fold (a name compared as text) and organization_acronym (the acronym a name is or gives)."""
    base = f"regexp_replace(org_name, {_sql_string(_TRAILING_BRACKET)}, '')"
    folded = f"trim(regexp_replace(lower(nfc_normalize({base})), {_sql_string(_NOT_WORD)}, ' ', 'g'))"
    articles = _sql_string("^(?:" + _alternation(ORGANIZATION_ARTICLES, " ") + ") ")
    fold = (
        "CREATE OR REPLACE MACRO organization_fold(org_name) AS\n"
        f"    nullif(regexp_replace({folded}, {articles}, ''), '')"
    )
    acronym = (
        "CREATE OR REPLACE MACRO organization_acronym(org_name) AS\n"
        f"    {_acronym_choice_sql(_organization_bracket_sql('org_name'), _organization_bare_sql('org_name'))}"
    )
    return [fold, acronym]


def _acronym_choice_sql(bracket: str, bare: str) -> str:
    """SQL: the acronym in brackets if it is one, else the bare name if it is one, else NULL."""
    return (f"CASE WHEN {_is_acronym_sql(bracket)} THEN {bracket} "
            f"WHEN {_is_acronym_sql(bare)} THEN {bare} END")


def _organization_names_sql() -> str:
    """The organization_names view: every spelling of an organisation in the archive and its key.

    A spelling that is or gives an acronym ("MoEYS", "CEPN Secretariat", "... (MoEYS)") is keyed by the
    acronym. A name without one takes the acronym it is written with elsewhere in the archive (a
    document's organiser and its acronym, "Name (ACR)"), else the one acronym of the archive whose capitals
    are its initials, else, with a suffix like "Office" dropped, the key of another spelling; else itself.
    (Each step reads columns of the step before, and `parts` is computed once: a query on the view is
    bound and planned quickly.)
    """
    initials = _sql_string(r"(?:^|[^\p{L}\p{M}\p{N}'’])(\p{Lu})")
    folded_suffix = _sql_string(" (?:" + _alternation(ORGANIZATION_SUFFIXES, " ") + ")$")
    return f"""
WITH spellings AS (
    SELECT DISTINCT trim(name) AS name FROM (
        SELECT organization AS name FROM speakers
        UNION ALL SELECT organizer FROM documents
        UNION ALL SELECT organizer_acronym FROM documents)
    WHERE nullif(trim(name), '') IS NOT NULL),
cut AS (
    SELECT name, {_organization_bracket_sql('name')} AS bracket, {_organization_bare_sql('name')} AS bare,
           regexp_replace(name, {_sql_string(_TRAILING_BRACKET)}, '') AS base
    FROM spellings),
chosen AS (
    SELECT name, base, {_acronym_choice_sql('bracket', 'bare')} AS acronym, bracket <> '' AS bracketed FROM cut),
parts AS MATERIALIZED (
    SELECT name, base, organization_fold(name) AS folded, acronym, organization_fold(acronym) AS acronym_key,
           bracketed
    FROM chosen),
stated AS (  -- an expansion written with its acronym: "Name (ACR)", or a document's organiser and acronym
    SELECT folded AS alias, acronym_key AS organization_key FROM parts WHERE acronym IS NOT NULL AND bracketed
    UNION
    SELECT po.folded, pa.acronym_key
    FROM documents d JOIN parts po ON po.name = trim(d.organizer) JOIN parts pa ON pa.name = trim(d.organizer_acronym)
    WHERE po.acronym IS NULL AND pa.acronym IS NOT NULL),
candidates AS MATERIALIZED (  -- an expansion whose initials are the capitals of an acronym of the archive
    SELECT e.folded AS alias, a.organization_key, a.letters
    FROM (SELECT DISTINCT folded, array_to_string(regexp_extract_all(base, {initials}, 1), '') AS letters
          FROM parts WHERE acronym IS NULL) e
    JOIN (SELECT DISTINCT acronym_key AS organization_key,
                 regexp_replace(acronym, {_sql_string(_CAPITALS)}, '', 'g') AS letters
          FROM parts WHERE acronym IS NOT NULL) a
      ON e.letters = a.letters AND length(a.letters) >= {ACRONYM_MIN_INITIALS}),
initials AS (  -- only where the initials name one expansion and one acronym
    SELECT alias, organization_key FROM candidates
    WHERE letters IN (SELECT letters FROM candidates GROUP BY letters
                      HAVING count(DISTINCT alias) = 1 AND count(DISTINCT organization_key) = 1)),
known AS MATERIALIZED (
    SELECT alias, organization_key, 'stated' AS matched_by, 1 AS priority FROM stated
    UNION ALL
    SELECT alias, organization_key, 'initials', 2 FROM initials),
suffixed AS (  -- "Save the Children Office" is "Save the Children" where the archive has that name too
    SELECT p.folded AS alias,
           coalesce(r.acronym_key, (SELECT min(k.organization_key) FROM known k WHERE k.alias = r.folded), r.folded)
               AS organization_key,
           'suffix' AS matched_by, 3 AS priority
    FROM parts p JOIN parts r ON regexp_replace(p.folded, {folded_suffix}, '') = r.folded AND p.folded <> r.folded
    WHERE p.acronym IS NULL),
aliases AS (
    SELECT alias, first(organization_key ORDER BY priority, organization_key) AS organization_key,
           first(matched_by ORDER BY priority, organization_key) AS matched_by
    FROM (SELECT * FROM known UNION ALL SELECT * FROM suffixed)
    WHERE alias IS NOT NULL AND organization_key IS NOT NULL AND alias <> organization_key
    GROUP BY alias)
SELECT p.name, coalesce(p.acronym_key, al.organization_key, p.folded) AS organization_key, p.acronym,
       -- What an acronym stands for: written with it, or matched to it (not a name with a suffix dropped).
       CASE WHEN p.acronym IS NULL AND al.matched_by IN ('stated', 'initials') THEN p.name
            WHEN p.acronym IS NOT NULL AND p.bracketed THEN trim(p.base) END AS expansion,
       CASE WHEN p.acronym IS NOT NULL THEN 'acronym' ELSE coalesce(al.matched_by, 'name') END AS matched_by
FROM parts p LEFT JOIN aliases al ON al.alias = p.folded"""


# The user's macro, made after the views it reads: a spelling of the archive keeps the view's key; any
# other name is keyed by its acronym, else like a spelling of the archive with the same letters, else folded.
_ORGANIZATION_KEY = """CREATE OR REPLACE MACRO organization_key(org_name) AS
    coalesce(organization_fold(organization_acronym(org_name)),
             (SELECT min(n.organization_key) FROM organization_names n
              WHERE organization_fold(n.name) = organization_fold(org_name)),
             organization_fold(org_name))"""

# The organiser columns of every view about a document's records: one meaning each, as in `documents`.
_ORGANIZER_COLUMNS = ("d.organizer, d.organizer_acronym, "
                      "coalesce(d.organizer_acronym, d.organizer) AS organizer_short")


def _macros() -> list[str]:
    name_part = f"regexp_replace(name, {_sql_string(NAME_END_PATTERN)}, '')"
    folded = f"trim(regexp_replace(lower(nfc_normalize({name_part})), {_sql_string(_NOT_WORD)}, ' ', 'g'))"
    # Honorifics go only when a word follows them ("Madam Chair" -> "chair", "Mr." stays "mr"): one
    # regex over the folded name, which is written once (each Unicode class costs time to bind).
    honorifics = _sql_string(_honorifics_pattern() + r"(\S)")
    person_key = (
        "CREATE OR REPLACE MACRO person_key(name) AS\n"
        f"    nullif(regexp_replace({folded}, {honorifics}, '\\1'), '')"
    )
    time_in_brackets = _sql_string(r"\(" + HEADING_TIME_PATTERN + r"\)")
    leading_time = _sql_string("^" + HEADING_TIME_PATTERN + r"\s*")
    heading = f"regexp_replace(lower(nfc_normalize(heading)), {time_in_brackets}, ' ', 'g')"
    heading = f"regexp_replace({heading}, {leading_time}, '')"
    heading = f"regexp_replace(trim({heading}), {_sql_string(HEADING_PREFIX_PATTERN)}, '')"
    topic_key = (
        "CREATE OR REPLACE MACRO topic_key(heading) AS\n"
        f"    nullif(trim(regexp_replace({heading}, {_sql_string(_NOT_WORD)}, ' ', 'g')), '')"
    )
    is_request = (
        "CREATE OR REPLACE MACRO is_request(prompt) AS\n"
        f"    coalesce(regexp_matches(lower(prompt), {_sql_string(_words_pattern(REQUEST_PROMPT_WORDS))}), false)"
    )
    improvement = _sql_string(_words_pattern(IMPROVEMENT_PROMPT_WORDS, latin=True))
    topic = _sql_string(_words_pattern(TOPIC_PROMPT_WORDS, latin=True))
    request_kind = (
        "CREATE OR REPLACE MACRO request_kind(prompt) AS\n"
        "    CASE WHEN NOT is_request(prompt) THEN NULL\n"
        f"         WHEN regexp_matches(lower(prompt), {improvement}) THEN 'improvement'\n"
        f"         WHEN regexp_matches(lower(prompt), {topic}) THEN 'topic'\n"
        "         ELSE 'improvement' END"
    )
    return [person_key, topic_key, is_request, request_kind, *_organization_macros()]


# Two documents are the same meeting when they share a date and a title or organiser (or, both undated,
# a title), and this share of their distinct words (Jaccard): a re-export or the text version of a scan.
DUPLICATE_MIN_SIMILARITY = 0.7

_VIEWS = {
    "duplicates": f"""
WITH docs AS (
    SELECT document_id, meeting_date, topic_key(title) AS title_key,
           lower(coalesce(organizer_acronym, organizer)) AS organizer_key,
           -- Which copy stands for the meeting: the one read with least OCR, then the first loaded.
           row_number() OVER (ORDER BY len(ocr_pages) + len(unread_pages), loaded_at, document_id) AS rank
    FROM documents),
candidates AS (  -- the same date and title or organiser; without dates, the same title
    SELECT a.document_id, b.document_id AS duplicate_of, b.rank AS other_rank
    FROM docs a JOIN docs b ON b.rank < a.rank
     AND ((a.meeting_date = b.meeting_date AND (a.title_key = b.title_key OR a.organizer_key = b.organizer_key))
          OR (a.meeting_date IS NULL AND b.meeting_date IS NULL AND a.title_key = b.title_key))),
words AS (
    SELECT document_id,
           list_distinct(string_split_regex(lower(string_agg(heading || ' ' || body, ' ')), {_sql_string(_NOT_WORD)}))
               AS words
    FROM sections
    WHERE document_id IN (SELECT document_id FROM candidates UNION SELECT duplicate_of FROM candidates)
    GROUP BY document_id),
pairs AS (
    SELECT c.document_id, c.duplicate_of, c.other_rank,
           round(len(list_intersect(wa.words, wb.words))
                 / greatest(len(list_distinct(list_concat(wa.words, wb.words))), 1), 3) AS similarity
    FROM candidates c JOIN words wa ON wa.document_id = c.document_id
    JOIN words wb ON wb.document_id = c.duplicate_of)
SELECT document_id, first(duplicate_of ORDER BY other_rank) AS duplicate_of,
       first(similarity ORDER BY other_rank) AS similarity
FROM pairs WHERE similarity >= {DUPLICATE_MIN_SIMILARITY}
GROUP BY document_id""",
    "meetings": """
SELECT * FROM documents WHERE document_id NOT IN (SELECT document_id FROM duplicates)""",
    "organization_names": _organization_names_sql(),
    "attendance": """
SELECT d.document_id, d.meeting_date, year(d.meeting_date) AS year, d.file_name, d.title,
       d.organizer, d.organizer_acronym, coalesce(d.organizer_acronym, d.organizer) AS organizer_short,
       o.organization_key AS organizer_key,
       d.venue, trim(regexp_extract(d.venue, '([^,]+)$', 1)) AS place,
       d.participants_total, d.participants_female,
       round(100.0 * d.participants_female / nullif(d.participants_total, 0), 1) AS women_pct,
       d.respondents
FROM meetings d LEFT JOIN organization_names o ON o.name = trim(coalesce(d.organizer, d.organizer_acronym))""",
    "appearances": f"""
SELECT person_key(s.name) AS person_key, s.document_id, d.meeting_date, d.file_name,
       {_ORGANIZER_COLUMNS}, d.venue,
       s.speaker_no, s.honorific, s.name, s.role, s.organization, o.organization_key,
       len(s.section_nos) AS sections, s.section_nos, s.pages,
       (SELECT list(sec.heading ORDER BY sec.section_no) FROM sections sec
        WHERE sec.document_id = s.document_id AND list_contains(s.section_nos, sec.section_no)) AS headings
FROM speakers s JOIN meetings d USING (document_id)
LEFT JOIN organization_names o ON o.name = trim(s.organization)""",
    "qa": f"""
SELECT q.document_id, d.meeting_date, d.file_name, {_ORGANIZER_COLUMNS},
       q.qa_no, q.question, q.answer, q.asker, q.answerer,
       person_key(q.asker) AS asker_key, person_key(q.answerer) AS answerer_key,
       q.section_no, sec.heading AS section, q.page,
       q.question || coalesce(chr(10) || q.answer, '') AS text
FROM qa_pairs q JOIN meetings d USING (document_id)
LEFT JOIN sections sec ON sec.document_id = q.document_id AND sec.section_no = q.section_no""",
    "decisions": f"""
SELECT m.document_id, d.meeting_date, d.file_name, {_ORGANIZER_COLUMNS},
       m.motion_no, m.text AS motion, m.moved_by, m.seconded_by,
       person_key(m.moved_by) AS mover_key, person_key(m.seconded_by) AS seconder_key,
       m.outcome, m.votes_for, m.votes_against, m.votes_abstain,
       CASE WHEN coalesce(m.votes_for, m.votes_against, m.votes_abstain) IS NOT NULL
            THEN concat_ws('-', coalesce(m.votes_for::VARCHAR, '?'), coalesce(m.votes_against::VARCHAR, '?'),
                           coalesce(m.votes_abstain::VARCHAR, '?')) END AS votes,
       m.section_no, sec.heading AS section, m.page
FROM motions m JOIN meetings d USING (document_id)
LEFT JOIN sections sec ON sec.document_id = m.document_id AND sec.section_no = m.section_no""",
    "people": """
SELECT person_key,
       first(name ORDER BY meeting_date DESC NULLS LAST, length(name) DESC, name) AS name,
       count(DISTINCT document_id) AS workshops,
       sum(sections) AS sections,
       min(meeting_date) AS first_seen, max(meeting_date) AS last_seen,
       list_sort(list(DISTINCT honorific) FILTER (WHERE honorific IS NOT NULL)) AS honorifics,
       list_sort(list(DISTINCT role) FILTER (WHERE role IS NOT NULL)) AS roles,
       list_sort(list(DISTINCT organization) FILTER (WHERE organization IS NOT NULL)) AS organizations,
       list_sort(list(DISTINCT organizer) FILTER (WHERE organizer IS NOT NULL)) AS organizers,
       list_sort(list(DISTINCT file_name)) AS files,
       (SELECT count(*) FROM qa WHERE qa.asker_key = a.person_key) AS questions_asked,
       (SELECT count(*) FROM qa WHERE qa.answerer_key = a.person_key) AS questions_answered,
       (SELECT count(*) FROM decisions dec WHERE dec.mover_key = a.person_key) AS motions_moved
FROM appearances a
GROUP BY person_key""",
    "topics": f"""
SELECT s.document_id, d.meeting_date, d.file_name, {_ORGANIZER_COLUMNS},
       s.section_no, s.parent_no, s.level, s.kind, s.heading, topic_key(s.heading) AS topic_key,
       s.page_first, s.page_last,
       (SELECT list(sp.name ORDER BY sp.speaker_no) FROM speakers sp
        WHERE sp.document_id = s.document_id AND list_contains(sp.section_nos, s.section_no)) AS speakers,
       (SELECT count(*) FROM qa_pairs q WHERE q.document_id = s.document_id AND q.section_no = s.section_no)
           AS questions,
       (SELECT count(*) FROM feedback_counts f WHERE f.document_id = s.document_id AND f.section_no = s.section_no)
           AS tallies
FROM sections s JOIN meetings d USING (document_id)
WHERE s.kind <> 'break'""",
    "feedback": f"""
SELECT f.document_id, d.meeting_date, d.file_name, {_ORGANIZER_COLUMNS},
       f.feedback_no, f.question AS prompt, f.label, f.count, f.unit,
       sum(f.count) OVER (PARTITION BY f.document_id, f.question) AS prompt_total,
       round(100.0 * f.count / nullif(sum(f.count) OVER (PARTITION BY f.document_id, f.question), 0), 1) AS pct,
       is_request(f.question) AS is_request, request_kind(f.question) AS request_kind,
       f.section_no, f.page
FROM feedback_counts f JOIN meetings d USING (document_id)""",
    "organizations": """
WITH names AS MATERIALIZED (SELECT * FROM organization_names),
uses AS (  -- an organisation's people speak at a meeting (as in `appearances`), or it organises one
    SELECT n.organization_key, s.document_id, person_key(s.name) AS person_key, n.name, true AS spoke
    FROM speakers s JOIN meetings d USING (document_id) JOIN names n ON n.name = trim(s.organization)
    UNION ALL
    SELECT n.organization_key, d.document_id, NULL, n.name, false
    FROM meetings d JOIN names n ON n.name = trim(coalesce(d.organizer, d.organizer_acronym))),
named AS (  -- the longest expansion; the acronym as written with its expansion, else as written most often
    SELECT organization_key,
           first(expansion ORDER BY length(expansion) DESC, expansion) FILTER (WHERE expansion IS NOT NULL)
               AS expansion,
           first(acronym ORDER BY expansion IS NULL, used DESC, acronym) FILTER (WHERE acronym IS NOT NULL)
               AS acronym
    FROM names LEFT JOIN (SELECT name, count(*) AS used FROM uses GROUP BY name) USING (name)
    GROUP BY organization_key)
SELECT u.organization_key,
       -- What the acronym stands for, else the acronym, else the spelling that is the key (written most often)
       coalesce(n.expansion, n.acronym,
                first(u.name ORDER BY organization_fold(u.name) = u.organization_key DESC, u.used DESC, u.name))
           AS name,
       n.acronym,
       count(DISTINCT u.document_id) AS documents,
       count(DISTINCT u.document_id) FILTER (WHERE NOT u.spoke) AS organized,
       count(DISTINCT u.person_key) AS people,
       count(*) FILTER (WHERE u.spoke) AS appearances,
       list_sort(list(DISTINCT u.name)) AS names
FROM (SELECT *, count(*) OVER (PARTITION BY name) AS used FROM uses) u LEFT JOIN named n USING (organization_key)
GROUP BY u.organization_key, n.expansion, n.acronym""",
    "requests": """
SELECT request_kind AS kind, first(label ORDER BY count DESC, label) AS label,
       sum(count) AS mentions,
       count(DISTINCT document_id) AS workshops,
       list_sort(list(DISTINCT organizer) FILTER (WHERE organizer IS NOT NULL)) AS organizers,
       list_sort(list(DISTINCT prompt)) AS prompts
FROM feedback
WHERE is_request
GROUP BY request_kind, topic_key(label)""",
}

_QA_SEARCH = f"""CREATE OR REPLACE MACRO qa_search(words) AS TABLE
SELECT * FROM qa
WHERE NOT EXISTS (
    SELECT 1 FROM (SELECT unnest(string_split_regex(trim(lower(words)), '\\s+')) AS word) w
    WHERE w.word <> '' AND NOT regexp_matches(lower(qa.text), {_sql_string(_WORD_START)} || regexp_escape(w.word))
)
ORDER BY meeting_date NULLS LAST, file_name, qa_no"""

VIEW_NAMES: tuple[str, ...] = tuple(_VIEWS)
MACRO_NAMES: tuple[str, ...] = ("person_key", "topic_key", "is_request", "request_kind", "organization_fold",
                                 "organization_acronym", "organization_key", "qa_search")


def statements() -> list[str]:
    """Every CREATE statement, in dependency order (macros, then views that use them)."""
    views = [f"CREATE OR REPLACE VIEW {name} AS{sql}" for name, sql in _VIEWS.items()]
    return [*_macros(), *views, _ORGANIZATION_KEY, _QA_SEARCH]


def history_sql() -> str:
    """The SQL of every view and macro, as `store.ensure_schema` runs it."""
    return ";\n\n".join(statements()) + ";\n"


# A digest of the SQL, kept in the database as a macro: the views are rewritten only when it changes.
VERSION = hashlib.sha256(history_sql().encode()).hexdigest()[:16]
VERSION_MACRO = "minutes_history_version"


def version_statement() -> str:
    return f"CREATE OR REPLACE MACRO {VERSION_MACRO}() AS '{VERSION}'"
