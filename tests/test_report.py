"""`minutes report`: a self-contained HTML page whose charts really render in headless Chromium."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from pipeline import store
from pipeline.cli import EXIT_ERROR, EXIT_OK, main
from pipeline.corrections import Correction, add_correction
from pipeline.report import CORRECTED_MARK, GENERATOR_TAG, ReportError, build_report
from pipeline.store import views as history
from schemas import DocumentMeta, Speaker
from tests.conftest import make_document
from tests.system_packages import require

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_TIMEOUT_SECONDS = 120
# No network, no first-run work, no profile of the user's: only the page.
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--enable-logging=stderr", "--v=0",
]


@pytest.fixture(scope="module")
def report_db(samples_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples, plus two meetings without an organiser (one with a title, one with only a date) where a
    person of the samples speaks again, and corrections: what the report must show beyond the samples."""
    db = tmp_path_factory.mktemp("report-db") / "report.duckdb"
    shutil.copyfile(samples_db, db)
    titled = make_document(b"village", path="/archive/village.pdf").model_copy(update={
        "meta": DocumentMeta(title="Village Council Meeting", meeting_date=dt.date(2022, 3, 4),
                             participants_total=30, participants_female=12),
        "speakers": [Speaker(speaker_no=1, honorific="Dr.", name="Heng Sokunthea", organization="DoSVY",
                             section_nos=[1])]})
    dated = make_document(b"dated", path="/archive/dated.pdf").model_copy(update={
        "meta": DocumentMeta(meeting_date=dt.date(2023, 5, 6), participants_total=20)})
    with store.connect(db) as con:
        for doc in (titled, dated):
            store.load_document(con, doc)
        ccc = con.execute("SELECT document_id FROM documents WHERE file_name LIKE 'ccc-%'").fetchone()[0]
        with store.transaction(con):
            correction = Correction(document_id=ccc, record="document", key="participants_female", action="set",
                                    value="21", note="counted again on the sign-in sheet",
                                    created_at=dt.datetime(2026, 1, 1))
            assert add_correction(con, correction).status == "applied"
    return db


@pytest.fixture(scope="module")
def report_html(report_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert main(["report", "--db", str(report_db), "--out", str(out)]) == EXIT_OK
    return out


CHARTS = ("Attendance over time", "People across meetings", "Speakers by appearances", "Organisations",
          "Requested topics", "Requested improvements", "Feedback tallies per workshop")


def section(html: str, title: str) -> str:
    """The HTML of one section of the page, by its heading."""
    start = html.index(f"<h2>{title}</h2>")
    return html[start:html.index("</section>", start)]


def run_chromium(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess:
    require("chromium")
    result = subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
        capture_output=True, text=True, timeout=CHROMIUM_TIMEOUT_SECONDS, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def page_state(page: Path, profile: Path) -> tuple[dict[str, str], list[str]]:
    """The <html> element's attributes after the page's script ran, and the console lines Chromium logged."""
    result = run_chromium(page, profile, "--dump-dom")
    tag = re.search(r"<html([^>]*)>", result.stdout)
    assert tag, result.stdout[:500]
    attributes = dict(re.findall(r'([\w-]+)="([^"]*)"', tag.group(1)))
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
    return attributes, console


def non_white_share(png: Path) -> float:
    """The share of pixels that are not (nearly) white or the page background."""
    from PIL import Image

    with Image.open(png) as image:
        rgb = image.convert("RGB")
        colours = rgb.getcolors(maxcolors=rgb.width * rgb.height)  # [(pixel count, (r, g, b)), ...]
    coloured = sum(count for count, pixel in colours if min(pixel) < 235)
    return coloured / (rgb.width * rgb.height)


def test_charts_render_without_console_errors(report_html, tmp_path) -> None:
    attributes, console = page_state(report_html, tmp_path / "profile")
    assert attributes.get("data-ready") == "yes"
    assert attributes.get("data-charts") == f"{len(CHARTS)}/{len(CHARTS)}"  # every chart, each with marks drawn
    assert "data-errors" not in attributes
    assert console == []


def test_error_detection_works(report_html, tmp_path) -> None:
    """The checks above can fail: a page with a script error and a console message is caught by both."""
    broken = tmp_path / "broken.html"
    html = report_html.read_text(encoding="utf-8")
    broken.write_text(html.replace("</body>", '<script>console.error("boom"); notDefined();</script></body>'),
                      encoding="utf-8")
    attributes, console = page_state(broken, tmp_path / "profile")
    assert "notDefined" in attributes.get("data-errors", "")
    assert any("boom" in line for line in console)


def test_screenshot_shows_the_charts(report_html, tmp_path) -> None:
    png = tmp_path / "report.png"
    run_chromium(report_html, tmp_path / "profile", f"--screenshot={png}", "--window-size=1000,2400")
    assert png.stat().st_size > 10_000
    # Bars, text and the header fill a real share of the page; a blank or unstyled page does not.
    assert non_white_share(png) > 0.08

    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    blank_png = tmp_path / "blank.png"
    run_chromium(blank, tmp_path / "profile", f"--screenshot={blank_png}", "--window-size=1000,2400")
    assert non_white_share(blank_png) < 0.001


def test_the_page_needs_no_network(report_html) -> None:
    html = report_html.read_text(encoding="utf-8")
    assert not re.search(r"""\b(?:src|href)\s*=""", html)  # no external script, style, image or font
    assert "@import" not in html and "url(" not in html
    assert re.findall(r"https?://[^\s\"'<)]+", html) == ["http://www.w3.org/2000/svg"] * html.count("<svg")


def test_the_page_shows_the_history(report_html, report_db) -> None:
    html = report_html.read_text(encoding="utf-8")
    for title in (*CHARTS, "Decisions", "Documents"):
        assert f"<h2>{title}</h2>" in html
    with store.connect_read_only(report_db) as con:
        files = [r[0] for r in con.execute("SELECT file_name FROM files").fetchall()]
        top_request = con.execute("SELECT label FROM requests ORDER BY mentions DESC LIMIT 1").fetchone()[0]
    assert all(name in html for name in files)
    assert top_request[:30] in html
    assert html.count('class="status loaded"') == len(files)


def test_people_across_meetings_are_those_in_more_than_one(report_html) -> None:
    html = section(report_html.read_text(encoding="utf-8"), "People across meetings")
    # Heng Sokunthea spoke at the KPNN consultation (a sample) and, as Dr., at the village meeting.
    assert html.count('<g class="bar">') == 1
    assert ">Heng Sokunthea<" in html and "meetings, 2020-09-03–2022-03-04" in html


def test_attendance_names_meetings_without_organiser_and_shows_womens_share(report_html) -> None:
    html = section(report_html.read_text(encoding="utf-8"), "Attendance over time")
    tips = re.findall(r'<g class="bar"><title>([^<]*)</title>', html)
    # A meeting without an organiser is named by its title, else by its date (once).
    assert "Village Council Meeting, 2022-03-04: 30 participants, 12 women (40.0%)" in tips
    assert "2023-05-06: 20 participants, women not recorded" in tips
    labels = re.findall(r'class="label">([^<]*)<', html)
    assert labels[0] == "CCC" and any(label.startswith("Village") for label in labels)
    assert any(re.fullmatch(r"2023-05(-06)?", label) for label in labels)  # the date, shortened in a narrow slot
    # The women's share: a point per meeting that records women (the CCC one corrected to 21 of 51).
    shares = re.findall(r"<title>([^<]*% women)</title><circle", html)
    assert "CCC: 41.2% women" in shares and "Village Council Meeting: 40.0% women" in shares
    assert len(shares) == sum(", women not recorded" not in tip for tip in tips)
    assert '<polyline points="' in html


def test_requests_are_split_into_topics_and_improvements(report_html, report_db) -> None:
    html = report_html.read_text(encoding="utf-8")
    with store.connect_read_only(report_db) as con:
        kinds = con.execute("SELECT kind, list(label) FROM requests GROUP BY kind").fetchall()
    assert {kind for kind, _ in kinds} == {"topic", "improvement"}
    for kind, labels in kinds:
        shown = section(html, "Requested topics" if kind == "topic" else "Requested improvements")
        other = section(html, "Requested improvements" if kind == "topic" else "Requested topics")
        for label in labels:
            assert f">{label[:30]}" in shown, label
            assert f"<title>{label}:" not in other, label


def test_corrected_values_are_marked(report_html) -> None:
    html = report_html.read_text(encoding="utf-8")
    attendance = section(html, "Attendance over time")
    assert f"51 {CORRECTED_MARK}" in attendance
    assert "corrected: participants_female (counted again on the sign-in sheet)" in attendance
    assert re.search(r">1</b><span>values corrected</span>", html)


def test_a_corrected_date_and_name_are_marked(tmp_path) -> None:
    db = tmp_path / "c.duckdb"
    doc = make_document(b"corrected-date")
    with store.connect(db) as con:
        store.load_document(con, doc, [store.FileRecord(
            path="/archive/a.pdf", file_name="a.pdf", status="loaded", document_id=doc.document_id,
            last_seen_at=store.utcnow(), parser_version="x")])
        with store.transaction(con):
            for key, action, value, note in (("meeting_date", "set", "2018-11-13", "the agenda's date"),
                                             ("Vanna Chea", "rename", "Vanna Chey", None)):
                add_correction(con, Correction(
                    document_id=doc.document_id, record="speaker" if action == "rename" else "document", key=key,
                    action=action, value=value, note=note, created_at=dt.datetime(2026, 1, 1)))
    with store.connect_read_only(db) as con:
        html = build_report(con)
    row = section(html, "Documents").split("a.pdf", 1)[1]
    assert '2018-11-13 <span class="corrected" title="corrected: meeting_date (the agenda&#x27;s date)">' in row
    speakers = section(html, "Speakers by appearances")
    assert f">Vanna Chey {CORRECTED_MARK}<" in speakers and f">Dara Sok {CORRECTED_MARK}<" not in speakers


def test_failed_files_are_listed_first_with_their_reason(tmp_path, document_factory) -> None:
    db = tmp_path / "f.duckdb"
    doc = document_factory()
    seen = store.utcnow()
    with store.connect(db) as con:
        store.load_document(con, doc, [store.FileRecord(
            path="/archive/a.pdf", file_name="a.pdf", status="loaded", document_id=doc.document_id,
            last_seen_at=seen, parser_version="x")])
        store.record_files(con, [store.FileRecord(
            path="/archive/zz-broken.pdf", file_name="zz-broken.pdf", status="failed",
            reason="corrupt: the file is truncated <here>", last_seen_at=seen, parser_version="x")])
    with store.connect_read_only(db) as con:
        html = build_report(con)
    table = html.split("<h2>Documents</h2>", 1)[1]
    assert table.index("zz-broken.pdf") < table.index("a.pdf")
    assert "corrupt: the file is truncated &lt;here&gt;" in html  # escaped, not markup


def test_an_empty_database_makes_a_page_that_says_so(tmp_path) -> None:
    db = tmp_path / "empty.duckdb"
    store.connect(db).close()
    with store.connect_read_only(db) as con:
        html = build_report(con)
    assert html.count('class="empty"') == len(CHARTS) + 2  # every chart, the decisions and the documents tables


def test_a_database_without_the_views_is_a_clear_error(tmp_path, capsys) -> None:
    db = str(tmp_path / "old.duckdb")
    with duckdb.connect(db) as raw:
        for table in store.TABLES.values():
            raw.execute(table.create_sql())
    with store.connect_read_only(db) as con, pytest.raises(ReportError, match="run `minutes ingest`"):
        build_report(con)
    assert main(["report", "--db", db, "--out", str(tmp_path / "r.html")]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("minutes: ") and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "r.html").exists()


def test_views_of_another_version_are_a_clear_error(tmp_path) -> None:
    db = str(tmp_path / "stale.duckdb")
    store.connect(db).close()
    with duckdb.connect(db) as raw:  # as an older minutes left them: the views' SQL has changed since
        raw.execute(f"CREATE OR REPLACE MACRO {history.VERSION_MACRO}() AS 'older'")
    with store.connect_read_only(db) as con, pytest.raises(ReportError, match="run `minutes ingest` on it once"):
        build_report(con)


def test_report_to_an_unwritable_place_is_a_one_line_error(samples_db, tmp_path, capsys) -> None:
    out = tmp_path / "no-such-folder" / "r.html"
    assert main(["report", "--db", str(samples_db), "--out", str(out)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("minutes: cannot write") and len(err.strip().splitlines()) == 1


def test_report_refuses_the_database_and_other_files(capsys, empty_db, tmp_path) -> None:
    before = empty_db.read_bytes()
    for force in ([], ["--force"]):
        assert main(["report", "--out", str(empty_db), "--db", str(empty_db), *force]) == EXIT_ERROR
        assert "it is the database" in capsys.readouterr().err
    assert empty_db.read_bytes() == before
    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    assert main(["report", "--out", str(notes), "--db", str(empty_db)]) == EXIT_ERROR
    assert "not a minutes report" in capsys.readouterr().err
    assert notes.read_text() == "mine"
    report = tmp_path / "report.html"
    assert main(["report", "--out", str(report), "--db", str(empty_db)]) == EXIT_OK
    assert GENERATOR_TAG in report.read_text()
    assert main(["report", "--out", str(report), "--db", str(empty_db)]) == EXIT_OK  # our own report: replaced
    assert main(["report", "--out", str(notes), "--db", str(empty_db), "--force"]) == EXIT_OK
