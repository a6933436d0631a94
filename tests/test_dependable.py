"""Dependable on any machine (issue 13): a database file DuckDB 1.x clients open, no readable PDF lost."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pdfplumber
import pytest

from pipeline import store
from pipeline.errors import UnreadablePDF
from pipeline.parse import parse_pdf
from tests.pdf_builder import PdfBuilder, write_raw_pdf

# A DuckDB 1.x release (the duckdb CLI and the drivers of DBeaver and R are 1.x), installed once
# into a cache that outlives the test session (about 8 s from the registry the first time).
DUCKDB_1X = "1.5.2"
CACHE = Path(tempfile.gettempdir()) / ".cache" / "minutes-tests" / f"duckdb-{DUCKDB_1X}"

COUNT_IN_1X = """
import sys, duckdb
assert duckdb.__version__ == sys.argv[2], duckdb.__version__
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("SELECT count(*) FROM documents").fetchone()[0])
print(con.execute("SELECT count(*) FROM speakers").fetchone()[0])
print(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_type = 'VIEW'").fetchone()[0])
"""


@pytest.fixture(scope="session")
def duckdb_1x() -> Path:
    """A folder holding duckdb==DUCKDB_1X, to put on PYTHONPATH."""
    if not (CACHE / "duckdb").is_dir():
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=f"duckdb-{DUCKDB_1X}-", dir=CACHE.parent))
        result = subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(partial),
             f"duckdb=={DUCKDB_1X}"],
            capture_output=True, text=True, check=False, timeout=300,
        )
        assert result.returncode == 0, f"cannot install duckdb=={DUCKDB_1X}: {result.stderr[-500:]}"
        if not (CACHE / "duckdb").is_dir():  # another session may have won the race
            shutil.rmtree(CACHE, ignore_errors=True)
            partial.rename(CACHE)
    return CACHE


def test_a_duckdb_1x_client_opens_the_database(samples_db, duckdb_1x):
    with store.connect_read_only(samples_db) as con:
        documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        speakers = con.execute("SELECT count(*) FROM speakers").fetchone()[0]
        views = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_type = 'VIEW'").fetchone()[0]
    env = dict(os.environ, PYTHONPATH=str(duckdb_1x))
    result = subprocess.run([sys.executable, "-c", COUNT_IN_1X, str(samples_db), DUCKDB_1X],
                            capture_output=True, text=True, env=env, check=False, timeout=60)
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.split() == [str(documents), str(speakers), str(views)]
    assert documents > 0 and views > 0


# -- a PDF pdfminer cannot walk ------------------------------------------------------------------


def test_a_pdf_whose_page_tree_pdfminer_misses_is_repaired_and_read(tmp_path):
    good = PdfBuilder(tmp_path / "good.pdf").line("1. Opening", style="bold").line("The chair opened.").save()
    broken = tmp_path / "broken.pdf"
    # The cross-reference table numbered from 1, not 0, as some scanners write it: pdfminer finds
    # every object under the wrong number, and so no page.
    broken.write_bytes(good.read_bytes().replace(b"xref\n0 ", b"xref\n1 ", 1))
    with pdfplumber.open(broken) as pdf:
        assert not pdf.pages
    doc = parse_pdf(broken)
    assert doc.provenance.page_count == 1
    assert doc.provenance.sha256 == hashlib.sha256(broken.read_bytes()).hexdigest()
    assert "The chair opened." in doc.model_dump_json()


def test_a_pdf_without_pages_is_no_pages(tmp_path):
    empty = write_raw_pdf(tmp_path / "empty.pdf", [
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>",
    ])
    with pytest.raises(UnreadablePDF, match="^no pages"):
        parse_pdf(empty)


# -- files.status stays true of the file ----------------------------------------------------------


def test_a_database_made_before_last_run_action_gets_the_column(tmp_path):
    db = tmp_path / "old.duckdb"
    with store.connect(db) as con:
        con.execute("ALTER TABLE files DROP COLUMN last_run_action")
        con.execute("INSERT INTO files (path, file_name, status, last_seen_at, parser_version) "
                    "VALUES ('/a.pdf', 'a.pdf', 'loaded', now()::TIMESTAMP, 'v')")
    with store.connect(db) as con:
        (record,) = store.file_records(con).values()
    assert (record.status, record.last_run_action) == ("loaded", None)
