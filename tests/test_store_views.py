"""The views across workshops (pipeline/store/views.py): person keys, people, topics, feedback,
attendance and Q&A search, on documents built here (the examples of docs/sql.md run in test_docs.py)."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from pipeline import store
from pipeline.store import views as history
from schemas import (
    DocumentMeta,
    FeedbackCount,
    Motion,
    MotionOutcome,
    ParsedDocument,
    QAPair,
    Section,
    SectionKind,
    Speaker,
)


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
        motions=[Motion(motion_no=1, text="To adopt the budget", moved_by="Dara Sok",
                        outcome=MotionOutcome.CARRIED, page=3)],
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
    requests = rows(history_con, "SELECT kind, label, mentions, workshops FROM requests ORDER BY kind, mentions DESC")
    # Topics asked for and improvements asked for are counted apart; within a kind, "do no harm" written
    # in lower case in another workshop would be the same request.
    assert requests == [("improvement", "do no harm", 3, 1), ("topic", "Do No Harm", 6, 1),
                        ("topic", "Budgeting", 2, 1)]


def test_requests_of_one_kind_join_across_workshops_and_spellings(history_con, document_factory) -> None:
    four = with_records(
        document_factory(b"four", path="/archive/four.pdf"),
        meta=DocumentMeta(meeting_date=dt.date(2021, 2, 3)),
        feedback_counts=[FeedbackCount(feedback_no=1, question="Which topics do you suggest?", label="DO NO HARM",
                                       count=4, page=1)],
    )
    store.load_document(history_con, four)
    assert rows(history_con, "SELECT label, mentions, workshops FROM requests WHERE kind = 'topic' "
                             "ORDER BY mentions DESC") == [("Do No Harm", 10, 2), ("Budgeting", 2, 1)]


def test_request_kind(con) -> None:
    expected = {
        "Topics you propose for the next workshop/meeting": "topic", "Which subjects should we learn next?": "topic",
        "Improvement points of the workshop": "improvement",
        "What should be improved for the next online consultation? (open question)": "improvement",
        "Topics that need improvement": "improvement",  # how to do better comes first
        "Your suggestions": "improvement",  # a request with neither: an improvement
        "Was the venue good?": None,
    }
    got = dict(rows(con, "SELECT prompt, request_kind(prompt) FROM unnest(?) AS t(prompt)", [list(expected)]))
    assert got == expected
    assert con.execute("SELECT request_kind(NULL)").fetchone()[0] is None


# --------------------------------------------------------------------------- one meaning per column


def view_columns(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """The columns of every history view (from the catalog: no view is queried)."""
    found: dict[str, list[str]] = {}
    for view, column in rows(con, "SELECT table_name, column_name FROM duckdb_columns() "
                                  "WHERE list_contains(?, table_name) ORDER BY table_name, column_index",
                             [list(history.VIEW_NAMES)]):
        found.setdefault(view, []).append(column)
    return found


def test_organizer_is_the_full_name_in_every_view(history_con) -> None:
    views = {name: columns for name, columns in view_columns(history_con).items()
             if "organizer" in columns and "document_id" in columns}
    assert {"attendance", "appearances", "qa", "topics", "feedback", "decisions"} <= set(views)
    checks = []
    for name, columns in views.items():
        # Every view with the organiser has the acronym too, and the short form means one thing.
        assert "organizer_acronym" in columns, name
        short = ("OR v.organizer_short IS DISTINCT FROM coalesce(d.organizer_acronym, d.organizer)"
                 if "organizer_short" in columns else "")
        checks.append(f"""
            SELECT '{name}' AS view, count(*) FILTER (WHERE v.organizer IS DISTINCT FROM d.organizer
                   OR v.organizer_acronym IS DISTINCT FROM d.organizer_acronym {short}) AS mismatched,
                   count(v.organizer) AS checked
            FROM {name} v JOIN documents d USING (document_id)""")
    for view, mismatched, checked in rows(history_con, " UNION ALL ".join(checks)):
        assert (mismatched, checked > 0) == (0, True), view
    # The lists of organisers across workshops hold the same full names.
    assert rows(history_con, "SELECT organizers FROM people WHERE person_key = 'dara sok'")[0][0] == [
        "Commune Council", "Kratie Network"]
    assert rows(history_con, "SELECT organizers FROM requests WHERE label = 'Budgeting'")[0][0] == ["Kratie Network"]


# --------------------------------------------------------------------------- organisations


def org_keys(con: duckdb.DuckDBPyConnection, names: list[str | None]) -> list[str | None]:
    """organization_key of each name, in one query (each query binds the macro's view once)."""
    got = rows(con, "SELECT i, organization_key(name) FROM unnest(?) WITH ORDINALITY AS t(name, i) ORDER BY i",
               [names])
    return [key for _, key in got]


@pytest.fixture
def orgs_con(con, document_factory):
    """Two meetings whose speakers name their organisations in several ways."""
    def speaker(no: int, name: str, organization: str) -> Speaker:
        return Speaker(speaker_no=no, name=name, organization=organization, section_nos=[1])

    one = with_records(
        document_factory(b"org-one", path="/archive/org-one.pdf"),
        meta=DocumentMeta(title="Quarterly meeting", meeting_date=dt.date(2019, 6, 20), organizer="CEPN"),
        speakers=[speaker(1, "Dara Sok", "Ministry of Education, Youth and Sport (MoEYS)"),
                  speaker(2, "Chan Sophea", "CEPN Secretariat"),
                  speaker(3, "Vanna Chea", "Universidad Autónoma de Aguascalientes"),
                  speaker(4, "Sok Pheap", "Save the Children Office"),
                  speaker(5, "Tep Chanthou", "Ministry of Health"),
                  speaker(6, "Srey Bopha", "U. Hawaii")],
        qa_pairs=[], feedback_counts=[])
    two = with_records(
        document_factory(b"org-two", path="/archive/org-two.pdf"),
        meta=DocumentMeta(title="Annual meeting", meeting_date=dt.date(2020, 1, 9),
                          organizer="Cooperation Committee for Cambodia", organizer_acronym="CCC"),
        speakers=[speaker(1, "Ms. Dara Sok", "MOEYS"), speaker(2, "Heng Sokunthea", "cepn"),
                  speaker(3, "Mark Littlewood", "UAA"), speaker(4, "Chea Rachana", "Save the Children"),
                  speaker(5, "Sok Dara", "CCC"), speaker(6, "Srey Bopha", "U.Hawaii"),
                  speaker(7, "Ouk Vibol", "The Asia Foundation"), speaker(8, "Ly Sina", "Asia Foundation")],
        qa_pairs=[], feedback_counts=[])
    for doc in (one, two):
        store.load_document(con, doc)
    return con


# Spellings of one body each: acronym <-> expansion as written together, and case; a part of the body is
# the body; a document's organiser and its acronym; an acronym whose capitals are the initials; a suffix,
# when the archive has the name too; punctuation and articles.
ONE_BODY = [
    ("Ministry of Education, Youth and Sport (MoEYS)", "MoEYS", "MOEYS", "Ministry of Education, Youth and Sport"),
    ("CEPN Secretariat", "CEPN", "cepn", "CEPN Office"),
    ("Cooperation Committee for Cambodia", "CCC"),
    ("Universidad Autónoma de Aguascalientes", "UAA"),
    ("Save the Children Office", "Save the Children"),
    ("U. Hawaii", "U.Hawaii"), ("The Asia Foundation", "Asia Foundation"),
]


def test_organization_key_joins_the_spellings_of_one_body(orgs_con) -> None:
    spellings = [spelling for group in ONE_BODY for spelling in group]
    key_of = dict(zip(spellings, org_keys(orgs_con, spellings), strict=True))
    found = dict(rows(orgs_con, "SELECT name, organization_key FROM organization_names"))
    for group in ONE_BODY:
        assert len({key_of[spelling] for spelling in group}) == 1, {s: key_of[s] for s in group}
        # The view agrees with the macro: every spelling found in the archive has that key.
        assert {found[s] for s in group if s in found} == {key_of[group[0]]}, group
    assert len({key_of[group[0]] for group in ONE_BODY}) == len(ONE_BODY)


def test_organization_key_keeps_different_bodies_apart(orgs_con) -> None:
    names = ["Ministry of Education, Youth and Sport", "Ministry of Health", "CEPN", "CCC", "Save the Children",
             "Provincial Office", "Office", "UAA", "UA"]
    assert len(set(org_keys(orgs_con, names))) == len(names)
    assert org_keys(orgs_con, [None, "  "]) == [None, None]


def test_organization_acronym(con) -> None:
    def acronym(name: str) -> str | None:
        return con.execute("SELECT organization_acronym(?)", [name]).fetchone()[0]

    assert acronym("Ministry of Education, Youth and Sport (MoEYS)") == "MoEYS"
    assert acronym("CEPN Secretariat") == "CEPN" and acronym("No2ID") == "No2ID"
    assert acronym("Oxfam") is None and acronym("U.Hawaii") is None and acronym("Straße") is None
    assert acronym("Consejo Ciudadano (CC) de Radio") is None  # brackets not at the end
    assert acronym("Save the Children (a charity)") is None


def test_organizations_view_counts_each_body_once(orgs_con) -> None:
    got = {r[0]: r[1:] for r in rows(orgs_con, "SELECT organization_key, name, acronym, documents, organized, people, "
                                              "appearances FROM organizations")}
    assert got["moeys"] == ("Ministry of Education, Youth and Sport", "MoEYS", 2, 0, 1, 2)  # Dara Sok twice
    assert got["cepn"] == ("CEPN", "CEPN", 2, 1, 2, 2)  # organised the first meeting
    assert got["ccc"] == ("Cooperation Committee for Cambodia", "CCC", 1, 1, 1, 1)
    assert got["uaa"][:2] == ("Universidad Autónoma de Aguascalientes", "UAA")
    assert got["save the children"] == ("Save the Children", None, 2, 0, 2, 2)
    assert "ministry of health" in got and len(got) == 8
    (names,) = rows(orgs_con, "SELECT names FROM organizations WHERE organization_key = 'cepn'")[0]
    assert names == ["CEPN", "CEPN Secretariat", "cepn"]
    how = dict(rows(orgs_con, "SELECT name, matched_by FROM organization_names"))
    assert how["Cooperation Committee for Cambodia"] == "stated"
    assert how["Universidad Autónoma de Aguascalientes"] == "initials"
    assert how["Save the Children Office"] == "suffix" and how["MOEYS"] == "acronym"
    assert how["Ministry of Health"] == "name"
    appearance_keys = rows(orgs_con, "SELECT DISTINCT organization_key FROM appearances "
                                     "WHERE person_key = 'dara sok'")
    assert appearance_keys == [("moeys",)]


def test_initials_that_fit_two_names_match_neither(con, document_factory) -> None:
    doc = with_records(
        document_factory(b"initials", path="/archive/initials.pdf"),
        speakers=[Speaker(speaker_no=1, name="A B", organization="Kratie Youth Network"),
                  Speaker(speaker_no=2, name="C D", organization="Kampot Yoga Network"),
                  Speaker(speaker_no=3, name="E F", organization="KYN")],
        qa_pairs=[], feedback_counts=[])
    store.load_document(con, doc)
    assert len(set(org_keys(con, ["Kratie Youth Network", "Kampot Yoga Network", "KYN"]))) == 3


def test_organizations_in_a_database_file_through_the_cli(tmp_path, document_factory, capsys) -> None:
    """The views on a real DuckDB file, read through `minutes query` (read-only, as a user would)."""
    from pipeline.cli import EXIT_OK, main

    db = tmp_path / "orgs.duckdb"
    with store.connect(db) as con:
        store.load_document(con, with_records(document_factory(b"file-one", path="/archive/a.pdf"), speakers=[
            Speaker(speaker_no=1, name="Dara Sok", organization="Ministry of Education, Youth and Sport (MoEYS)")]))
        store.load_document(con, with_records(document_factory(b"file-two", path="/archive/b.pdf"), speakers=[
            Speaker(speaker_no=1, name="Dara Sok", organization="MoEYS Office")],
            meta=DocumentMeta(title="Another meeting", meeting_date=dt.date(2019, 1, 2))))
    sql = ("SELECT o.name, o.acronym, o.documents, o.people, a.organizer, a.organizer_acronym "
           "FROM organizations o JOIN appearances a ON a.organization_key = o.organization_key "
           "WHERE o.organization_key = organization_key('Ministry of Education, Youth and Sport') "
           "ORDER BY a.file_name LIMIT 1")
    assert main(["query", sql, "--db", str(db), "--json"]) == EXIT_OK
    import json

    assert json.loads(capsys.readouterr().out) == [{
        "name": "Ministry of Education, Youth and Sport", "acronym": "MoEYS", "documents": 2, "people": 1,
        "organizer": "Commune Council", "organizer_acronym": "CCC"}]


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
