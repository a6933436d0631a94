"""Shared fixtures. Prefect runs only inside the session-wide test harness, with a throwaway home."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Before anything imports prefect: settings are read from the environment on first import.
_PREFECT_HOME = tempfile.mkdtemp(prefix="minutes-test-prefect-home-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ.pop("PREFECT_API_URL", None)  # never touch a real server from the tests
os.environ.pop("MINUTES_DB", None)

from pipeline import PARSER_VERSION  # noqa: E402
from schemas import (  # noqa: E402
    DocumentMeta,
    FeedbackCount,
    ParsedDocument,
    Provenance,
    QAPair,
    Section,
    SectionKind,
    Speaker,
)

# The file name prefect_test_harness gives its database, in the folder it makes with mkdtemp.
HARNESS_DB_NAME = "prefect-test.db"
REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_PREFECT_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server for every test that runs a flow (starting one costs seconds)."""
    import prefect.testing.utilities as harness
    from prefect.testing.utilities import prefect_test_harness

    from tests.procs import migrated_prefect_db

    # The harness makes its database in a new temporary folder; put an already migrated one there
    # first, so that its server skips the migrations (seconds of CPU; the copy is made once a session).
    make_folder = harness.mkdtemp

    def folder_with_migrated_db(*args, **kwargs) -> str:
        folder = make_folder(*args, **kwargs)
        shutil.copyfile(migrated_prefect_db(), Path(folder) / HARNESS_DB_NAME)
        return folder

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(harness, "mkdtemp", folder_with_migrated_db)
        with prefect_test_harness(server_startup_timeout=60):
            patch.undo()  # only the harness's own folder
            yield


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database of every PDF in samples/, parsed and loaded as ingest does but without Prefect (closed)."""
    from pipeline import store
    from pipeline.parse import parse_pdf

    db = tmp_path_factory.mktemp("samples-db") / "samples.duckdb"
    with store.connect(db) as con:
        for pdf in sorted(SAMPLES.glob("*.pdf")):
            doc = parse_pdf(pdf)
            record = store.FileRecord(
                path=doc.provenance.path, file_name=pdf.name, size_bytes=doc.provenance.size_bytes,
                sha256=doc.document_id, status="loaded", document_id=doc.document_id,
                last_seen_at=dt.datetime(2026, 1, 1), parser_version=PARSER_VERSION,
            )
            store.load_document(con, doc, [record])
    return db


@pytest.fixture
def sample_pdf() -> Path:
    """A real minutes PDF from samples/ (tests assert on structure, never on parsing quality)."""
    pdfs = sorted(SAMPLES.glob("*.pdf"))
    assert pdfs, "samples/ must hold at least one PDF"
    return pdfs[0]


def make_document(
    content: bytes | str = b"minutes", *, path: str = "/archive/a.pdf", sections: int = 3
) -> ParsedDocument:
    """A valid ParsedDocument with rows in every child table, built without any PDF."""
    data = content.encode() if isinstance(content, str) else content
    sha = hashlib.sha256(data).hexdigest()
    section_list = [
        Section(
            section_no=n, parent_no=1 if n > 1 else None, level=1 if n == 1 else 2,
            heading=f"Heading {n}", kind=SectionKind.AGENDA_ITEM if n > 1 else SectionKind.HEADING,
            body=f"body {n}", page_first=n, page_last=n + 1,
        )
        for n in range(1, sections + 1)
    ]
    return ParsedDocument(
        document_id=sha,
        provenance=Provenance(
            file_name=Path(path).name, path=path, sha256=sha, size_bytes=len(data), page_count=4,
            parser_version=PARSER_VERSION,
        ),
        meta=DocumentMeta(
            title="Sub-National Workshop", meeting_date=dt.date(2018, 11, 12),
            venue="Battambang", organizer="Commune Council", organizer_acronym="CCC",
            participants_total=51, participants_female=20, respondents=26,
        ),
        sections=section_list,
        speakers=[
            Speaker(speaker_no=1, honorific="Ms.", name="Dara Sok", role="Chair", organization="CCC",
                    section_nos=[1], pages=[1, 2]),
            Speaker(speaker_no=2, name="Vanna Chea"),
        ],
        qa_pairs=[QAPair(qa_no=1, question="When?", answer="Soon.", section_no=1, page=2)],
        feedback_counts=[
            FeedbackCount(feedback_no=1, question="Was it useful?", label="Yes", count=24, page=3),
            FeedbackCount(feedback_no=2, question="Was it useful?", label="No", count=2, page=3),
        ],
    )


@pytest.fixture
def document_factory() -> Callable[..., ParsedDocument]:
    return make_document


@pytest.fixture
def fake_parser(monkeypatch, document_factory) -> Callable[..., list[str]]:
    """Replace parse_pdf with one built from the bytes; returns the list of parsed paths.

    A file whose bytes start with b"BAD" is unreadable; `fail_with` makes every call raise.
    """
    from flows import ingest
    from pipeline.errors import UnreadablePDF

    calls: list[str] = []

    def install(fail_with: list[BaseException] | None = None) -> list[str]:
        def parse(path: str, ocr: object = None) -> ParsedDocument:
            calls.append(path)
            if fail_with:
                raise fail_with.pop(0)
            data = Path(path).read_bytes()
            if data.startswith(b"BAD"):
                raise UnreadablePDF("not a PDF")
            return document_factory(data, path=path)

        monkeypatch.setattr(ingest, "parse_pdf", parse)
        monkeypatch.setattr(ingest, "PARSE_IN_CHILD", False)  # a closure cannot cross to a child process
        return calls

    return install


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    """A database with the tables and views and no document in it (closed)."""
    from pipeline import store

    path = tmp_path / "m.duckdb"
    store.connect(path).close()
    return path
