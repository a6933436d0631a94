"""Regression fixtures: the parsed records of every bundled minutes PDF, kept as JSON.

A parser change shows up here as a diff. To accept a change on purpose, regenerate with
`MINUTES_REGENERATE_FIXTURES=1 .venv/bin/python -m pytest tests/test_regressions.py`, review
the diff of tests/fixtures/expected/, and run again without the flag (a test fails while it is set).
"""

import json
import os
from pathlib import Path

import pytest

from pipeline.parse import parse_pdf

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
PDFS = sorted((ROOT / "samples").glob("*.pdf"))
REGENERATE = os.environ.get("MINUTES_REGENERATE_FIXTURES") == "1"


def snapshot(pdf: Path) -> dict:
    """The parsed document as JSON data, without what depends on where the file lies."""
    data = parse_pdf(pdf).model_dump(mode="json")
    del data["provenance"]["path"]
    return data


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.name)
def test_parsed_records_match_fixture(pdf):
    expected_path = FIXTURES / "expected" / f"{pdf.stem}.json"
    got = snapshot(pdf)
    if REGENERATE:
        expected_path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert expected_path.exists(), f"no fixture for {pdf.name}: regenerate with MINUTES_REGENERATE_FIXTURES=1"
    assert got == json.loads(expected_path.read_text(encoding="utf-8"))


def test_every_fixture_has_its_pdf():
    names = {p.stem for p in PDFS}
    assert {p.stem for p in (FIXTURES / "expected").glob("*.json")} <= names


def test_regeneration_flag_is_off():
    assert not REGENERATE, "MINUTES_REGENERATE_FIXTURES=1 is set: fixtures are rewritten, nothing is compared"
