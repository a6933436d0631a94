"""`minutes report`: a self-contained HTML page whose charts really render in headless Chromium."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import duckdb
import pytest

from pipeline import store
from pipeline.cli import EXIT_ERROR, EXIT_OK, main
from pipeline.report import ReportError, build_report
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
def report_html(samples_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert main(["report", "--db", str(samples_db), "--out", str(out)]) == EXIT_OK
    return out


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
    assert attributes.get("data-charts") == "4/4"  # four charts, each with marks drawn
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


def test_the_page_shows_the_history(report_html, samples_db) -> None:
    html = report_html.read_text(encoding="utf-8")
    for title in ("Attendance over time", "Most requested topics", "Speakers by appearances",
                  "Feedback tallies per workshop", "Documents"):
        assert f"<h2>{title}</h2>" in html
    with store.connect_read_only(samples_db) as con:
        files = [r[0] for r in con.execute("SELECT file_name FROM files").fetchall()]
        top_request = con.execute("SELECT label FROM requests ORDER BY mentions DESC LIMIT 1").fetchone()[0]
    assert all(name in html for name in files)
    assert top_request[:30] in html
    assert html.count('class="status loaded"') == len(files)


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
    assert html.count('class="empty"') == 6  # four charts, the decisions and the documents tables


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


def test_report_to_an_unwritable_place_is_a_one_line_error(samples_db, tmp_path, capsys) -> None:
    out = tmp_path / "no-such-folder" / "r.html"
    assert main(["report", "--db", str(samples_db), "--out", str(out)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("minutes: cannot write") and len(err.strip().splitlines()) == 1
