"""The views across workshops (pipeline/store/views.py): person keys, people, topics, feedback,
attendance and Q&A search, on documents built here (the examples of docs/sql.md run in test_docs.py)."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from pipeline import store
from pipeline.store import views as history
from schemas import DocumentMeta, FeedbackCount, ParsedDocument, QAPair, Section, SectionKind, Speaker


def with_records(doc: ParsedDocument, **changes) -> ParsedDocument:
    """A copy of `doc` with some fields replaced (meta fields go in `meta=`)."""
    return doc.model_copy(update=changes)


@pytest.fixture
def con():
    connection = store.connect(":memory:")
    yield connection
    connection.close()


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[tuple]:
    return con.execute(sql, params or []).fetchall()


def key(con: duckdb.DuckDBPyConnection, name: str | None) -> str | None:
    return con.execute("SELECT person_key(?)", [name]).fetchone()[0]


# --------------------------------------------------------------------------- person_key


@pytest.mark.parametrize(
    "variant",
    [
        "Dara Sok", "dara sok", "DARA  SOK", " Dara\tSok ", "Ms. Dara Sok", "Ms Dara Sok", "H.E. Dara Sok",
        "H. E. Dr. Dara Sok", "Lok Chumteav Dara Sok", "Dara Sok, Chair of the Board", "Dara Sok (CCC)",
        "Mrs. Dara Sok from CCC", "Dara Sok of Save the Children", "Dara Sok - Treasurer", "Dara-Sok", "Dara Sok.",
    ],
)
def test_person_key_is_the_same_for_every_way_of_writing_a_name(con, variant) -> None:
    assert key(con, variant) == "dara sok"


def test_person_key_keeps_different_people_apart(con) -> None:
    names = ["Dara Sok", "Sok Dara", "Dara Soka", "Mark", "Mark Littlewood", "Tep Chanthou"]
    assert len({key(con, n) for n in names}) == len(names)


def test_person_key_edge_cases(con) -> None:
    assert key(con, None) is None
    assert key(con, "   ") is None
    assert key(con, "Mr.") == "mr"  # only an honorific: kept rather than emptied
    assert key(con, "Mister Dara") == "mister dara"  # an honorific is a whole word, not a prefix
    assert key(con, "Madam Chair") == "chair"
    # Khmer script: vowel signs are kept (they are marks), spacing folded.
    assert key(con, "លោក  សុខ ដារ៉ា") == key(con, "លោក សុខ ដារ៉ា")
    assert key(con, "Ms. ចាន់ សុភា") == "ចាន់ សុភា"


def test_every_honorific_of_the_rules_is_dropped(con) -> None:
    from pipeline.rules import HONORIFICS

    for honorific in HONORIFICS:
        assert key(con, f"{honorific} Dara Sok") == "dara sok", honorific


# --------------------------------------------------------------------------- views on built documents


@pytest.fixture
def history_con(con, document_factory):
    """Three workshops: the same person written three ways, a request prompt in two of them."""
    one = document_factory(b"one", path="/archive/one.pdf")
    two = with_records(
        document_factory(b"two", path="/archive/two.pdf"),
        meta=DocumentMeta(title="Second", meeting_date=dt.date(2019, 5, 2), venue="Room 1, Hotel, Kratie Province",
                          organizer="Kratie Network", participants_total=40, participants_female=30),
        speakers=[Speaker(speaker_no=1, honorific="Dr.", name="DARA  SOK", role="Chairperson", section_nos=[1, 2],
                          pages=[1]),
                  Speaker(speaker_no=2, name="Vanna Chea", organization="NGO Forum", section_nos=[2])],
        qa_pairs=[QAPair(qa_no=1, question="How do we keep our accounts secure?", answer="Change passwords.",
                         asker="Ms. Vanna Chea, NGO Forum", answerer="Dr. Dara Sok", section_no=2, page=2),
                  QAPair(qa_no=2, question="Who pays the coffee?", answer="Nobody (a.k.a. [the] host).", page=3)],
        feedback_counts=[
            FeedbackCount(feedback_no=1, question="Topics you propose for the next workshop", label="Do No Harm",
                          count=6, page=3),
            FeedbackCount(feedback_no=2, question="Topics you propose for the next workshop", label="Budgeting",
                          count=2, page=3),
            FeedbackCount(feedback_no=3, question="Was the venue good?", label="Yes", count=30, page=3),
        ],
    )
    three = with_records(
        document_factory(b"three", path="/archive/three.pdf", sections=2),
        meta=DocumentMeta(meeting_date=dt.date(2020, 1, 9), participants_total=10),
        sections=[Section(section_no=1, level=1, heading="2. Objectives", page_first=1, page_last=1),
                  Section(section_no=2, level=1, heading="09:00 - 09:15 Coffee break", kind=SectionKind.BREAK,
                          page_first=1, page_last=1)],
        speakers=[Speaker(speaker_no=1, name="Dara Sok", role="Chair", organization="CCC", section_nos=[1])],
        qa_pairs=[],
        feedback_counts=[FeedbackCount(feedback_no=1, question="What should be improved next time?",
                                       label="do no harm", count=3, page=1)],
    )
    for doc in (one, two, three):
        store.load_document(con, doc)
    return con


def test_people_joins_one_person_across_workshops(history_con) -> None:
    (row,) = rows(history_con, "SELECT name, workshops, sections, first_seen, last_seen, honorifics, roles, "
                               "questions_asked, questions_answered FROM people WHERE person_key = 'dara sok'")
    name, workshops, sections, first, last, honorifics, roles, asked, answered = row
    assert name == "Dara Sok"  # as written most recently
    assert (workshops, sections) == (3, 1 + 2 + 1)
    assert (first, last) == (dt.date(2018, 11, 12), dt.date(2020, 1, 9))
    assert honorifics == ["Dr.", "Ms."]
    assert roles == ["Chair", "Chairperson"]
    assert (asked, answered) == (0, 1)
    assert rows(history_con, "SELECT count(*) FROM people")[0][0] == 2  # Dara Sok and Vanna Chea
    (vanna,) = rows(history_con, "SELECT workshops, questions_asked FROM people WHERE person_key = 'vanna chea'")
    assert vanna == (2, 1)


def test_appearances_name_the_sections_spoken_in(history_con) -> None:
    got = rows(history_con, "SELECT meeting_date, sections, headings FROM appearances "
                            "WHERE person_key = 'dara sok' ORDER BY meeting_date")
    assert got == [
        (dt.date(2018, 11, 12), 1, ["Heading 1"]),
        (dt.date(2019, 5, 2), 2, ["Heading 1", "Heading 2"]),
        (dt.date(2020, 1, 9), 1, ["2. Objectives"]),
    ]


def test_topics_fold_headings_and_leave_out_breaks(history_con) -> None:
    got = rows(history_con, "SELECT heading, topic_key FROM topics WHERE meeting_date = '2020-01-09'")
    assert got == [("2. Objectives", "objectives")]
    (speakers, questions) = rows(history_con, "SELECT speakers, questions FROM topics "
                                              "WHERE meeting_date = '2019-05-02' AND section_no = 2")[0]
    assert speakers == ["DARA  SOK", "Vanna Chea"] and questions == 1


@pytest.mark.parametrize(
    ("heading", "expected"),
    [("2.1: Opening Remarks", "opening remarks"), ("IV. Opening remarks", "opening remarks"),
     ("b) Opening remarks", "opening remarks"), ("Session 3: Opening remarks", "opening remarks"),
     ("09:00 – 09:15 Opening remarks", "opening remarks"), ("OPENING REMARKS (7:09pm)", "opening remarks"),
     ("Civil society", "civil society"), ("Session Highlights", "session highlights"), ("1 Attendance", "attendance")],
)
def test_topic_key(con, heading, expected) -> None:
    assert con.execute("SELECT topic_key(?)", [heading]).fetchone()[0] == expected


def test_feedback_shares_and_requests_across_workshops(history_con) -> None:
    got = rows(history_con, "SELECT label, count, prompt_total, pct, is_request FROM feedback "
                            "WHERE meeting_date = '2019-05-02' ORDER BY feedback_no")
    assert got == [("Do No Harm", 6, 8, 75.0, True), ("Budgeting", 2, 8, 25.0, True), ("Yes", 30, 30, 100.0, False)]
    requests = rows(history_con, "SELECT label, mentions, workshops FROM requests ORDER BY mentions DESC")
    # "do no harm" in another workshop, written in lower case, is the same request.
    assert requests == [("Do No Harm", 9, 2), ("Budgeting", 2, 1)]


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [("Topics you propose for the next workshop", True), ("Improvement points", True),
     ("Which topics do you suggest?", True), ("Was the venue good?", False), ("Did you like the venue?", False),
     ("Nextcloud usage", False),
     (None, False)],
)
def test_is_request(con, prompt, expected) -> None:
    assert con.execute("SELECT is_request(?)", [prompt]).fetchone()[0] is expected


def test_attendance_by_year_and_place(history_con) -> None:
    got = rows(history_con, "SELECT year, place, participants_total, women_pct FROM attendance ORDER BY year")
    assert got == [(2018, "Battambang", 51, 39.2), (2019, "Kratie Province", 40, 75.0), (2020, None, 10, None)]


def test_qa_search_matches_word_starts_of_every_word(history_con) -> None:
    def search(words: str) -> list[int]:
        return [r[0] for r in rows(history_con, "SELECT qa_no FROM qa_search(?)", [words])]

    assert search("secure") == [1]
    assert search("SECURE accounts") == [1]
    assert search("password") == [1]  # in the answer; a word start ("passwords")
    assert search("cure") == []  # not inside a word
    assert search("secure coffee") == []  # every word must match
    assert search("[the]") == [2] and search("a.k.a.") == [2]  # regex characters are plain text
    assert len(search("")) == 3  # no words: every question of the three workshops
    (row,) = rows(history_con, "SELECT asker_key, answerer_key, section, text FROM qa "
                            "WHERE qa_no = 1 AND meeting_date = '2019-05-02'")
    assert row == ("vanna chea", "dara sok", "Heading 2",
                   "How do we keep our accounts secure?\nChange passwords.")


# --------------------------------------------------------------------------- created with the schema


def test_views_work_on_a_database_opened_read_only(tmp_path, document_factory) -> None:
    db = tmp_path / "h.duckdb"
    with store.connect(db) as con:
        store.load_document(con, document_factory())
    with store.connect_read_only(db) as con:
        for name in history.VIEW_NAMES:
            con.execute(f"SELECT * FROM {name}").fetchall()
        assert con.execute("SELECT count(*) FROM qa_search('when')").fetchone()[0] == 1
        assert con.execute("SELECT person_key('Ms. Dara Sok')").fetchone()[0] == "dara sok"


def test_a_database_made_before_the_views_gets_them_when_opened_for_writing(tmp_path) -> None:
    db = str(tmp_path / "old.duckdb")
    with duckdb.connect(db) as raw:  # the tables only, as an earlier version made them
        for table in store.TABLES.values():
            raw.execute(table.create_sql())
    with duckdb.connect(db) as raw:
        assert not raw.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = 'people'").fetchone()[0]
    store.connect(db).close()
    with store.connect_read_only(db) as con:
        found = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
        assert set(history.VIEW_NAMES) <= found
        assert con.execute(f"SELECT {history.VERSION_MACRO}()").fetchone()[0] == history.VERSION


def test_views_are_replaced_when_their_sql_changes(tmp_path) -> None:
    db = str(tmp_path / "v.duckdb")
    store.connect(db).close()
    with duckdb.connect(db) as raw:  # as if an older version had made different views
        raw.execute("CREATE OR REPLACE VIEW people AS SELECT 1 AS stale")
        raw.execute(f"CREATE OR REPLACE MACRO {history.VERSION_MACRO}() AS 'old'")
    store.connect(db).close()
    with store.connect_read_only(db) as con:
        assert "person_key" in [d[0] for d in con.execute("SELECT * FROM people").description]


def test_schema_sql_stays_the_tables_only() -> None:
    # docs/schema.md holds schema_sql(); the views are documented in docs/sql.md.
    assert "VIEW" not in store.schema_sql()
    assert all(f"CREATE OR REPLACE VIEW {name} AS" in history.history_sql() for name in history.VIEW_NAMES)
