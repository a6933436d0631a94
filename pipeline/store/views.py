"""Views across the whole history of workshops: people, topics, feedback, attendance, Q&A search.

Defined here as SQL text, created by `store.ensure_schema` with the tables (so they exist in
a database opened read-only). They only read the tables; nothing is stored twice.

    person_key(name)   macro: a name folded so the same person matches across documents
    topic_key(heading) macro: a heading without its numbering or times, folded
    duplicates         one row per likely duplicate: a document that is the same meeting as an
                       earlier-ranked one (same date and title or organiser, or no date and the
                       same title; near-identical words)
    meetings           documents without their duplicates: what the views below count
    attendance         one row per meeting: date, year, organiser, venue, place, attendance
    appearances        one row per speaker per document, with the person_key
    decisions          one row per motion: date, organiser, motion, mover, seconder, outcome, votes ("71-9-7")
    people             one row per person_key: how often, when and where they spoke; motions moved
    topics             one row per section (breaks left out), with its speakers and questions
    feedback           one row per tally, with its prompt's total and share; is_request
    requests           what participants ask for next, summed across workshops
    qa                 one row per question, with asker/answerer keys and a `text` to search
    qa_search(words)   table macro: the questions whose text has every word (word starts)
"""

from __future__ import annotations

import hashlib
import re

from pipeline.rules import HONORIFICS

# Prompt words that make a feedback tally a request: what participants want next or changed.
REQUEST_PROMPT_WORDS = ("propose", "proposed", "next", "improve", "improved", "improvement", "improvements",
                        "suggest", "suggestion", "suggestions", "recommend", "recommendation",
                        "recommendations", "request", "requested", "wish", "would like", "want", "need")
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


def _macros() -> list[str]:
    name_part = f"regexp_replace(name, {_sql_string(NAME_END_PATTERN)}, '')"
    folded = f"trim(regexp_replace(lower(nfc_normalize({name_part})), {_sql_string(_NOT_WORD)}, ' ', 'g'))"
    person_key = (
        "CREATE OR REPLACE MACRO person_key(name) AS\n"
        f"    nullif(coalesce(nullif(regexp_replace({folded}, {_sql_string(_honorifics_pattern())}, ''), ''), "
        f"{folded}), '')"
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
    request_words = "|".join(re.escape(w).replace(r"\ ", " ") for w in REQUEST_PROMPT_WORDS)
    request_pattern = _sql_string(_WORD_START + "(" + request_words + r")($|[^\p{L}])")
    is_request = (
        "CREATE OR REPLACE MACRO is_request(prompt) AS\n"
        f"    coalesce(regexp_matches(lower(prompt), {request_pattern}), false)"
    )
    return [person_key, topic_key, is_request]


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
    "attendance": """
SELECT document_id, meeting_date, year(meeting_date) AS year, file_name, title,
       organizer, organizer_acronym, coalesce(organizer_acronym, organizer) AS organizer_short,
       venue, trim(regexp_extract(venue, '([^,]+)$', 1)) AS place,
       participants_total, participants_female,
       round(100.0 * participants_female / nullif(participants_total, 0), 1) AS women_pct,
       respondents
FROM meetings""",
    "appearances": """
SELECT person_key(s.name) AS person_key, s.document_id, d.meeting_date, d.file_name,
       coalesce(d.organizer_acronym, d.organizer) AS organizer, d.venue,
       s.speaker_no, s.honorific, s.name, s.role, s.organization,
       len(s.section_nos) AS sections, s.section_nos, s.pages,
       (SELECT list(sec.heading ORDER BY sec.section_no) FROM sections sec
        WHERE sec.document_id = s.document_id AND list_contains(s.section_nos, sec.section_no)) AS headings
FROM speakers s JOIN meetings d USING (document_id)""",
    "qa": """
SELECT q.document_id, d.meeting_date, d.file_name, coalesce(d.organizer_acronym, d.organizer) AS organizer,
       q.qa_no, q.question, q.answer, q.asker, q.answerer,
       person_key(q.asker) AS asker_key, person_key(q.answerer) AS answerer_key,
       q.section_no, sec.heading AS section, q.page,
       q.question || coalesce(chr(10) || q.answer, '') AS text
FROM qa_pairs q JOIN meetings d USING (document_id)
LEFT JOIN sections sec ON sec.document_id = q.document_id AND sec.section_no = q.section_no""",
    "decisions": """
SELECT m.document_id, d.meeting_date, d.file_name, coalesce(d.organizer_acronym, d.organizer) AS organizer,
       m.motion_no, m.text AS motion, m.moved_by, m.seconded_by,
       person_key(m.moved_by) AS mover_key, person_key(m.seconded_by) AS seconder_key,
       m.outcome, m.votes_for, m.votes_against, m.votes_abstain,
       CASE WHEN coalesce(m.votes_for, m.votes_against, m.votes_abstain) IS NOT NULL
            THEN concat_ws('-', coalesce(m.votes_for::VARCHAR, '?'), coalesce(m.votes_against::VARCHAR, '?'),
                           coalesce(m.votes_abstain::VARCHAR, '?')) END AS votes,
       m.section_no, sec.heading AS section, m.page
FROM motions m JOIN documents d USING (document_id)
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
    "topics": """
SELECT s.document_id, d.meeting_date, d.file_name, coalesce(d.organizer_acronym, d.organizer) AS organizer,
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
    "feedback": """
SELECT f.document_id, d.meeting_date, d.file_name, coalesce(d.organizer_acronym, d.organizer) AS organizer,
       f.feedback_no, f.question AS prompt, f.label, f.count, f.unit,
       sum(f.count) OVER (PARTITION BY f.document_id, f.question) AS prompt_total,
       round(100.0 * f.count / nullif(sum(f.count) OVER (PARTITION BY f.document_id, f.question), 0), 1) AS pct,
       is_request(f.question) AS is_request,
       f.section_no, f.page
FROM feedback_counts f JOIN meetings d USING (document_id)""",
    "requests": """
SELECT first(label ORDER BY count DESC, label) AS label,
       sum(count) AS mentions,
       count(DISTINCT document_id) AS workshops,
       list_sort(list(DISTINCT organizer) FILTER (WHERE organizer IS NOT NULL)) AS organizers,
       list_sort(list(DISTINCT prompt)) AS prompts
FROM feedback
WHERE is_request
GROUP BY topic_key(label)""",
}

_QA_SEARCH = f"""CREATE OR REPLACE MACRO qa_search(words) AS TABLE
SELECT * FROM qa
WHERE NOT EXISTS (
    SELECT 1 FROM (SELECT unnest(string_split_regex(trim(lower(words)), '\\s+')) AS word) w
    WHERE w.word <> '' AND NOT regexp_matches(lower(qa.text), {_sql_string(_WORD_START)} || regexp_escape(w.word))
)
ORDER BY meeting_date NULLS LAST, file_name, qa_no"""

VIEW_NAMES: tuple[str, ...] = tuple(_VIEWS)
MACRO_NAMES: tuple[str, ...] = ("person_key", "topic_key", "is_request", "qa_search")


def statements() -> list[str]:
    """Every CREATE statement, in dependency order (macros, then views that use them)."""
    views = [f"CREATE OR REPLACE VIEW {name} AS{sql}" for name, sql in _VIEWS.items()]
    return [*_macros(), *views, _QA_SEARCH]


def history_sql() -> str:
    """The SQL of every view and macro, as `store.ensure_schema` runs it."""
    return ";\n\n".join(statements()) + ";\n"


# A digest of the SQL, kept in the database as a macro: the views are rewritten only when it changes.
VERSION = hashlib.sha256(history_sql().encode()).hexdigest()[:16]
VERSION_MACRO = "minutes_history_version"


def version_statement() -> str:
    return f"CREATE OR REPLACE MACRO {VERSION_MACRO}() AS '{VERSION}'"
