"""`minutes report`: one self-contained HTML page about the whole history, charts drawn as inline SVG.

Nothing is fetched when the page opens (no CDN, no web font, no external script): the charts
are SVG written here, the style and the small script are inline. The data comes from the
history views (pipeline/store/views.py), the `files` table and the `corrections` table (a value
an archivist corrected is marked with CORRECTED_MARK, its note in the tooltip).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from pipeline.corrections import list_corrections
from pipeline.errors import MinutesError
from pipeline.store import views as history

# Colour-blind-safe palette (Okabe & Ito), in the order segments and series use it.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
TOTAL_COLOUR, WOMEN_COLOUR, SHARE_COLOUR = "#9CC3E6", "#0072B2", "#D55E00"
CORRECTED_MARK = "✎"  # after a value a correction set (`minutes correct`)
CHART_WIDTH = 820
# Marks a file as a minutes report: `minutes report --out` replaces only such a file (or none) without --force.
GENERATOR_TAG = '<meta name="generator" content="minutes report">'
MAX_BARS = 15  # horizontal bar charts show the top rows only
LABEL_CHARS = 42  # longer bar labels are cut (the full text is in the tooltip)
CHAR_WIDTH = 7.4  # width of a 12 px sans-serif character, generously, to lay out labels
LEGEND_CHAR_WIDTH = 6.3  # the same for the 11 px legend text


class ReportError(MinutesError):
    """The database cannot make a report (made before the history views existed)."""


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    note: str = ""  # shown after the value
    tooltip: str = ""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _cut(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _nice_max(value: float) -> int:
    """A round axis maximum at or above `value` (1, 2, 5 x 10^n)."""
    value = max(value, 1)
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


# --------------------------------------------------------------------------- charts


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (
        f'<svg class="chart" role="img" aria-label="{_e(title)}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{_e(title)}</title>{''.join(body)}</svg>"
    )


def _empty(message: str) -> str:
    return f'<p class="empty">{_e(message)}</p>'


def horizontal_bars(title: str, bars: Sequence[Bar], colour: str = PALETTE[0],
                    empty: str = "No data in the database for this chart.") -> str:
    """One bar per row, label on the left, value (and note) at the bar's end."""
    if not bars:
        return _empty(empty)
    label_width = int(min(LABEL_CHARS, max(len(b.label) for b in bars)) * CHAR_WIDTH) + 12
    row, top = 26, 8
    note_room = int(max(len(f"{b.value} {b.note}") for b in bars) * CHAR_WIDTH) + 16
    plot = CHART_WIDTH - label_width - note_room
    scale = plot / _nice_max(max(b.value for b in bars))
    body = []
    for i, bar in enumerate(bars):
        y = top + i * row
        width = max(bar.value * scale, 2)
        tip = _e(bar.tooltip or f"{bar.label}: {bar.value} {bar.note}".strip())
        body.append(
            f'<g class="bar"><title>{tip}</title>'
            f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end" class="label">{_e(_cut(bar.label))}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{width:.1f}" height="{row - 8}" rx="3" fill="{colour}"/>'
            f'<text x="{label_width + width + 6:.1f}" y="{y + 15}" class="value">{bar.value}'
            f'<tspan class="note"> {_e(bar.note)}</tspan></text></g>'
        )
    return _svg(CHART_WIDTH, top * 2 + row * len(bars), title, body)


def attendance_chart(rows: Sequence[dict[str, Any]]) -> str:
    """Participants per meeting in date order: total, with the women among them drawn inside, and the women's
    share as a line on the right-hand axis (0-100%)."""
    rows = [r for r in rows if r["participants_total"] is not None]
    if not rows:
        return _empty("No workshop records its number of participants.")
    height, left, right, bottom, top = 300, 44, 48, 58, 22
    plot_h = height - bottom - top
    plot_right = CHART_WIDTH - right
    axis_max = _nice_max(max(r["participants_total"] for r in rows))
    slot = (plot_right - left) / len(rows)
    bar_w = min(56, slot * 0.6)
    body = []
    for tick in range(0, axis_max + 1, max(axis_max // 5, 1)):
        y = top + plot_h - tick / axis_max * plot_h
        body.append(f'<line x1="{left}" x2="{plot_right}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                    f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="axis">{tick}</text>')
    for pct in (0, 50, 100):
        y = top + plot_h - pct / 100 * plot_h
        body.append(f'<text x="{plot_right + 6}" y="{y + 4:.1f}" class="axis share">{pct}%</text>')
    share_points = []
    for i, r in enumerate(rows):
        x = left + i * slot + (slot - bar_w) / 2
        total_h = r["participants_total"] / axis_max * plot_h
        when = r["meeting_date"].isoformat() if r["meeting_date"] else "no date"
        who = meeting_label(r)
        # A full date needs ~76 px under its bar; narrower slots show the year and month.
        shown_when = when if slot >= 76 or not r["meeting_date"] else f"{r['meeting_date']:%Y-%m}"
        women = r["participants_female"]
        mark = f" {CORRECTED_MARK}" if r.get("corrected") else ""
        tip = f"{who if who == when else f'{who}, {when}'}: {r['participants_total']} participants" + (
            f", {women} women ({r['women_pct']}%)" if women is not None else ", women not recorded")
        if r.get("corrected"):
            tip += f" ({CORRECTED_MARK} corrected: {r['corrected']})"
        body.append(f'<g class="bar"><title>{_e(tip)}</title>'
                    f'<rect x="{x:.1f}" y="{top + plot_h - total_h:.1f}" width="{bar_w:.1f}" '
                    f'height="{total_h:.1f}" rx="3" fill="{TOTAL_COLOUR}"/>')
        if women is not None:
            women_h = women / axis_max * plot_h
            body.append(f'<rect x="{x + bar_w * 0.2:.1f}" y="{top + plot_h - women_h:.1f}" width="{bar_w * 0.6:.1f}" '
                        f'height="{women_h:.1f}" rx="2" fill="{WOMEN_COLOUR}"/>')
        centre = x + bar_w / 2
        if r["women_pct"] is not None:
            share_points.append((centre, top + plot_h - float(r["women_pct"]) / 100 * plot_h, who, r["women_pct"]))
        body.append(f'<text x="{centre:.1f}" y="{top + plot_h - total_h - 6:.1f}" text-anchor="middle" '
                    f'class="value">{r["participants_total"]}{mark}</text>'
                    f'<text x="{centre:.1f}" y="{height - bottom + 18}" text-anchor="middle" class="label">'
                    f'{_e(shown_when if who == when else _cut(who, int(slot / CHAR_WIDTH) - 1))}</text>')
        if who != when:  # a meeting named by its date has it once
            body.append(f'<text x="{centre:.1f}" y="{height - bottom + 34}" text-anchor="middle" class="axis">'
                        f'{_e(shown_when)}</text>')
        body.append("</g>")
    if len(share_points) > 1:
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y, _, _ in share_points)
        body.append(f'<polyline points="{line}" fill="none" stroke="{SHARE_COLOUR}" stroke-width="2" class="share"/>')
    for x, y, who, pct in share_points:
        body.append(f'<g class="share"><title>{_e(f"{who}: {pct}% women")}</title>'
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{SHARE_COLOUR}"/></g>')
    legend_y = height - 10
    body.append(f'<rect x="{left}" y="{legend_y - 10}" width="12" height="12" fill="{TOTAL_COLOUR}"/>'
                f'<text x="{left + 18}" y="{legend_y}" class="axis">participants</text>'
                f'<rect x="{left + 110}" y="{legend_y - 10}" width="12" height="12" fill="{WOMEN_COLOUR}"/>'
                f'<text x="{left + 128}" y="{legend_y}" class="axis">of whom women</text>'
                f'<circle cx="{left + 236}" cy="{legend_y - 4}" r="4" fill="{SHARE_COLOUR}"/>'
                f'<text x="{left + 246}" y="{legend_y}" class="axis">women\'s share (right axis)</text>')
    return _svg(CHART_WIDTH, height, "Participants per workshop", body)


def feedback_chart(rows: Sequence[dict[str, Any]]) -> str:
    """Per workshop, per prompt: one bar split into its answers (shares of the prompt's total)."""
    if not rows:
        return _empty("No feedback tallies in the database.")
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault((r["workshop"], r["prompt"] or "(no prompt)"), []).append(r)
    bar_h, gap, left = 22, 50, 10
    plot = CHART_WIDTH - 2 * left
    body, y, last_workshop = [], 4, None
    for (workshop, prompt), tallies in groups.items():
        if workshop != last_workshop:
            y += 18 if last_workshop is not None else 10
            body.append(f'<text x="{left}" y="{y + 12}" class="workshop">{_e(workshop)}</text>')
            y += 22
            last_workshop = workshop
        total = sum(t["count"] for t in tallies) or 1
        body.append(f'<text x="{left}" y="{y + 12}" class="label">{_e(_cut(prompt, 110))}'
                    f'<tspan class="note"> ({sum(t["count"] for t in tallies)})</tspan></text>')
        y += 18
        x = left
        legend = []
        for i, t in enumerate(tallies):
            width = t["count"] / total * plot
            colour = PALETTE[i % len(PALETTE)]
            tip = f"{prompt}: {t['label']}: {t['count']} ({100 * t['count'] / total:.0f}%)"
            body.append(f'<g class="bar"><title>{_e(tip)}</title><rect x="{x:.1f}" y="{y}" width="{width:.1f}" '
                        f'height="{bar_h}" fill="{colour}"/>')
            if width > 34:
                body.append(f'<text x="{x + width / 2:.1f}" y="{y + 15}" text-anchor="middle" class="inbar">'
                            f'{t["count"]}</text>')
            body.append("</g>")
            legend.append((colour, t["label"], str(t["count"])))
            x += width
        lx = left
        legend_chars = max(10, int((plot / len(legend) - 30) / LEGEND_CHAR_WIDTH))  # an equal share each
        for colour, label, count in legend:  # one line of swatches; cut when it would overflow
            text = f"{_cut(label, legend_chars - len(count) - 1)} {count}"
            need = 16 + len(text) * LEGEND_CHAR_WIDTH + 14
            if lx + need > CHART_WIDTH:
                break
            body.append(f'<rect x="{lx}" y="{y + bar_h + 6}" width="10" height="10" fill="{colour}"/>'
                        f'<text x="{lx + 14}" y="{y + bar_h + 15}" class="legend">{_e(text)}</text>')
            lx += need
        y += bar_h + gap - 22
    return _svg(CHART_WIDTH, int(y + 10), "Feedback tallies per workshop", body)


# --------------------------------------------------------------------------- data


def _check_views(con: duckdb.DuckDBPyConnection) -> None:
    found = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    missing = [name for name in history.VIEW_NAMES if name not in found]
    if missing:
        raise ReportError(
            f"the database has no history views ({', '.join(missing)}): it was made by an older version; "
            "run `minutes ingest` on it once to add them"
        )
    try:
        installed = con.execute(f"SELECT {history.VERSION_MACRO}()").fetchone()[0]
    except duckdb.Error:
        installed = None
    if installed != history.VERSION:  # views of another version: columns the page reads may be missing
        raise ReportError("the database's history views were made by another version of minutes; "
                          "run `minutes ingest` on it once to update them")


def meeting_label(row: dict[str, Any]) -> str:
    """How the charts name a meeting: its organiser (acronym, else name), else its title, else its date,
    else its file."""
    when = row["meeting_date"].isoformat() if row.get("meeting_date") else None
    return row.get("organizer_short") or row.get("organizer") or row.get("title") or when or row["file_name"]


def _workshop_name(row: dict[str, Any]) -> str:
    when = row["meeting_date"].isoformat() if row["meeting_date"] else "no date"
    label = meeting_label(row)
    return label if label == when else f"{_cut(label, 80)} · {when}"


@dataclass(frozen=True)
class Corrected:
    """What the archivist's applied corrections changed, to mark in the page."""

    fields: dict[str, dict[str, str]]  # document_id -> {field: the correction's note, or ''}
    person_keys: set[str]  # people whose name a correction set (rename, merge)

    def of(self, document_id: str, *names: str) -> str:
        """The corrected fields among `names` of a document, as text for a tooltip ('' when none)."""
        found = self.fields.get(document_id, {})
        return "; ".join(f"{n}" + (f" ({found[n]})" if found[n] else "") for n in names if n in found)

    def mark(self, document_id: str, *names: str) -> str:
        """HTML: the corrected mark with its tooltip, or ''."""
        what = self.of(document_id, *names)
        return f' <span class="corrected" title="corrected: {_e(what)}">{CORRECTED_MARK}</span>' if what else ""


def _corrected(con: duckdb.DuckDBPyConnection) -> Corrected:
    fields: dict[str, dict[str, str]] = {}
    names = []
    for correction in list_corrections(con):
        if correction.status != "applied":
            continue
        if correction.record == "document":
            fields.setdefault(correction.document_id, {})[correction.key] = correction.note or ""
        elif correction.value:
            names.append(correction.value)
    keys = {row[0] for row in con.execute("SELECT person_key(unnest(?))", [names]).fetchall()} if names else set()
    return Corrected(fields, keys - {None})


def _summary(con: duckdb.DuckDBPyConnection, corrected: Corrected, people: int,
             organizations: int) -> list[tuple[str, object]]:
    """The cards at the top (`people` and `organizations`: the rows of those views, already read)."""
    (docs, pages, first, last), = con.execute(
        "SELECT count(*), coalesce(sum(page_count), 0), min(meeting_date), max(meeting_date) FROM documents"
    ).fetchall()
    questions = con.execute("SELECT count(*) FROM qa_pairs").fetchone()[0]
    decisions = con.execute("SELECT count(*) FROM motions").fetchone()[0]
    participants = con.execute("SELECT coalesce(sum(participants_total), 0) FROM documents").fetchone()[0]
    failed = con.execute("SELECT count(*) FROM files WHERE status = 'failed'").fetchone()[0]
    corrections = sum(len(fields) for fields in corrected.fields.values())
    span = f"{first:%Y}–{last:%Y}" if first and last else "-"
    return [("workshops", docs), ("years", span), ("pages", pages), ("participants", participants),
            ("speakers", people), ("organisations", organizations), ("questions asked", questions),
            ("decisions", decisions), ("values corrected", corrections), ("files failed", failed)]


def _request_bars(rows: Sequence[dict[str, Any]]) -> list[Bar]:
    return [Bar(r["label"], r["mentions"], "mentions" if r["workshops"] == 1 else
                f"mentions in {r['workshops']} workshops",
                f"{r['label']}: {r['mentions']} ({'; '.join(r['organizers'] or [])})") for r in rows]


def _people_bars(rows: Sequence[dict[str, Any]], corrected: Corrected, *, by_meetings: bool) -> list[Bar]:
    bars = []
    for p in rows:
        mark = f" {CORRECTED_MARK}" if p["person_key"] in corrected.person_keys else ""
        where = f"{'; '.join(p['organizations'] or [])}" or "no organisation recorded"
        roles = ", ".join(p["roles"] or []) or "no role recorded"
        if by_meetings:
            span = f"{p['first_seen']}–{p['last_seen']}" if p["first_seen"] else "dates not recorded"
            bars.append(Bar(p["name"] + mark, p["workshops"], f"meetings, {span}",
                            f"{p['name']}: {p['workshops']} meetings ({span}); {roles}; {where}"))
        else:
            bars.append(Bar(p["name"] + mark, p["sections"],
                            f"in {p['workshops']} workshop{'s' if p['workshops'] != 1 else ''}",
                            f"{p['name']}: {roles}; {'; '.join(p['organizers'] or [])}"))
    return bars


def _organization_bars(rows: Sequence[dict[str, Any]]) -> list[Bar]:
    bars = []
    for o in rows:
        label = o["name"] if not o["acronym"] or o["acronym"] == o["name"] else f"{o['acronym']}: {o['name']}"
        meetings = f"{o['documents']} meeting{'s' if o['documents'] != 1 else ''}"
        organised = f", organised {o['organized']}" if o["organized"] else ""
        bars.append(Bar(label, o["people"], f"people, in {meetings}{organised}",
                        f"{o['name']}: {o['people']} people, {o['appearances']} appearances in {meetings}{organised}; "
                        f"written {', '.join(o['names'])}"))
    return bars


def build_report(con: duckdb.DuckDBPyConnection, db_name: str = "", now: dt.datetime | None = None) -> str:
    """The whole HTML page."""
    _check_views(con)
    corrected = _corrected(con)
    attendance = _rows(con, "SELECT * FROM attendance ORDER BY meeting_date NULLS LAST, file_name")
    for row in attendance:
        row["corrected"] = corrected.of(row["document_id"], "participants_total", "participants_female",
                                        "meeting_date", "organizer", "organizer_acronym", "title")
    # One query per view (each binds the view's SQL again), split here.
    requests = _rows(con, "SELECT * FROM requests ORDER BY mentions DESC, label")
    topics = [r for r in requests if r["kind"] == "topic"][:MAX_BARS]
    improvements = [r for r in requests if r["kind"] == "improvement"][:MAX_BARS]
    everyone = _rows(con, "SELECT * FROM people ORDER BY sections DESC, workshops DESC, name")
    people = everyone[:MAX_BARS]
    across = sorted((p for p in everyone if p["workshops"] > 1),
                    key=lambda p: (-p["workshops"], -p["sections"], p["name"]))[:MAX_BARS]
    organizations = _rows(con, "SELECT * FROM organizations ORDER BY people DESC, documents DESC, name")
    feedback = _rows(con, "SELECT f.*, d.title FROM feedback f JOIN documents d USING (document_id) "
                          "ORDER BY f.meeting_date NULLS LAST, f.file_name, f.feedback_no")
    decisions = _rows(con, "SELECT x.*, d.title FROM decisions x JOIN documents d USING (document_id) "
                           f"ORDER BY x.meeting_date NULLS LAST, x.file_name, x.motion_no LIMIT {MAX_DECISIONS}")
    for row in feedback:
        row["workshop"] = _workshop_name(row)
    files = _rows(con, """
        SELECT f.file_name, f.status, f.reason, d.document_id, d.meeting_date, d.title,
               coalesce(d.organizer_acronym, d.organizer) AS organizer_short, d.page_count, f.path
        FROM files f LEFT JOIN documents d ON d.document_id = f.document_id
        ORDER BY f.status = 'loaded', d.meeting_date NULLS LAST, f.file_name""")

    sections = [
        ("Attendance over time", "Participants of each meeting, in date order; the darker bar is the women, the "
         "line their share of the participants (right-hand axis). A meeting without an organiser is named by its "
         f"title or date; {CORRECTED_MARK} marks a corrected number.", attendance_chart(attendance)),
        ("People across meetings", "Who appears in most meetings: people who spoke at more than one, with the "
         "dates of the first and the last (the same person is matched across spellings and titles).",
         horizontal_bars("People across meetings", _people_bars(across, corrected, by_meetings=True), PALETTE[3],
                         empty="Nobody appears in more than one meeting yet.")),
        ("Speakers by appearances", "Sections each person spoke in, across all workshops "
         f"(top {MAX_BARS}; {CORRECTED_MARK} marks a name corrected by hand).",
         horizontal_bars("Speakers by appearances", _people_bars(people, corrected, by_meetings=False), PALETTE[2])),
        ("Organisations", "The bodies speakers came from or that organised a meeting, each spelling of one body "
         f"joined (acronym and name, case, a suffix such as Secretariat): people who spoke for it (top {MAX_BARS}).",
         horizontal_bars("Organisations", _organization_bars(organizations[:MAX_BARS]), PALETTE[4])),
        ("Requested topics", "Topics participants asked for at the next meetings, from the feedback prompts that "
         "ask for them, summed across workshops.",
         horizontal_bars("Requested topics", _request_bars(topics), PALETTE[1],
                         empty="No feedback prompt asks for topics.")),
        ("Requested improvements", "What participants want done better or changed, from the feedback prompts that "
         "ask for it, summed across workshops.",
         horizontal_bars("Requested improvements", _request_bars(improvements), PALETTE[5],
                         empty="No feedback prompt asks for improvements.")),
        ("Feedback tallies per workshop", "Each bar is one feedback question, split into its answers.",
         feedback_chart(feedback)),
        ("Decisions", "Motions and resolutions put to each meeting, who moved (and seconded) them, the outcome "
         f"and the vote (for-against-abstain), in date order (first {MAX_DECISIONS}).",
         decisions_table(decisions, corrected)),
    ]
    summary = _summary(con, corrected, len(everyone), len(organizations))
    return _page(db_name, now or dt.datetime.now(dt.timezone.utc), summary, sections, files, corrected)


# --------------------------------------------------------------------------- page


MAX_DECISIONS = 200  # rows of the decisions table (the full list is the `decisions` view)


def decisions_table(rows: Sequence[dict[str, Any]], corrected: Corrected | None = None) -> str:
    """The motions of every meeting: date, organiser, motion, mover (and seconder), outcome, votes."""
    if not rows:
        return _empty("No motion or resolution has been found in the minutes.")
    corrected = corrected or Corrected({}, set())
    head = "".join(f"<th>{h}</th>" for h in ("date", "organiser", "motion", "moved by", "outcome", "votes"))
    body = []
    for r in rows:
        mover = r["moved_by"] or ""
        if r["seconded_by"]:
            mover = f"{mover} / {r['seconded_by']}" if mover else f"seconded by {r['seconded_by']}"
        doc = r.get("document_id", "")
        cells = [_e(r["meeting_date"] or "") + corrected.mark(doc, "meeting_date"),
                 _e(meeting_label(r)) + corrected.mark(doc, "organizer", "organizer_acronym", "title"),
                 f'<span title="{_e(r["motion"])}">{_e(_cut(r["motion"], 160))}</span>', _e(mover),
                 _e(r["outcome"] or "not recorded"), _e(r["votes"] or "")]
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f'<table class="docs decisions"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def _documents_table(files: Sequence[dict[str, Any]], corrected: Corrected) -> str:
    if not files:
        return _empty("No file has been ingested yet.")
    head = "".join(f"<th>{h}</th>" for h in ("file", "date", "organiser", "title", "pages", "status"))
    body = []
    for f in files:
        status = f'<span class="status {_e(f["status"])}">{_e(f["status"])}</span>'
        if f["reason"]:
            status += f'<div class="reason">{_e(f["reason"])}</div>'
        doc = f["document_id"] or ""
        cells = [
            f'<span title="{_e(f["path"])}">{_e(f["file_name"])}</span>',
            _e(f["meeting_date"] or "") + corrected.mark(doc, "meeting_date"),
            _e(f["organizer_short"] or "") + corrected.mark(doc, "organizer", "organizer_acronym"),
            _e(f["title"] or "") + corrected.mark(doc, "title"),
            _e(f["page_count"] if f["page_count"] is not None else ""), status,
        ]
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f'<table class="docs"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


# The page's own script: records errors into the page (a test reads them from the DOM) and marks
# the page once the charts are in place with marks drawn.
_SCRIPT = """
window.__errors = [];
window.addEventListener('error', function (e) {
  window.__errors.push(String(e.message || e));
  document.documentElement.setAttribute('data-errors', window.__errors.join(' | '));
});
document.addEventListener('DOMContentLoaded', function () {
  var charts = document.querySelectorAll('svg.chart');
  var drawn = 0;
  charts.forEach(function (svg) { if (svg.querySelectorAll('rect').length > 0) { drawn += 1; } });
  document.documentElement.setAttribute('data-charts', charts.length + '/' + drawn);
  document.querySelectorAll('g.bar').forEach(function (g) {
    g.addEventListener('mouseenter', function () { g.classList.add('hover'); });
    g.addEventListener('mouseleave', function () { g.classList.remove('hover'); });
  });
  document.documentElement.setAttribute('data-ready', 'yes');
});
"""

_STYLE = """
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Khmer", sans-serif;
       margin: 0; background: #f4f6f8; color: #1d2733; }
header { background: #1d3557; color: #fff; padding: 22px 32px 18px; }
header h1 { margin: 0 0 4px; font-size: 24px; font-weight: 600; }
header p { margin: 0; opacity: .8; }
main { max-width: 900px; margin: 0 auto; padding: 20px 16px 40px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 0 0 18px; }
.card { background: #fff; border-radius: 8px; padding: 10px 16px; box-shadow: 0 1px 2px rgba(0,0,0,.08);
        min-width: 92px; }
.card b { display: block; font-size: 22px; color: #1d3557; }
.card span { font-size: 12px; color: #5a6776; text-transform: uppercase; letter-spacing: .04em; }
section { background: #fff; border-radius: 8px; padding: 16px 20px 18px; margin: 0 0 18px;
          box-shadow: 0 1px 2px rgba(0,0,0,.08); overflow-x: auto; }
section h2 { margin: 0 0 2px; font-size: 17px; }
section p.what { margin: 0 0 10px; color: #5a6776; font-size: 13px; }
svg.chart { display: block; max-width: 100%; height: auto; }
svg text { font-family: inherit; font-size: 12px; fill: #1d2733; }
svg text.axis, svg text.legend, svg tspan.note { fill: #5a6776; font-size: 11px; }
svg text.value { font-weight: 600; }
svg text.inbar { fill: #fff; font-weight: 600; font-size: 11px; }
svg text.workshop { font-weight: 600; font-size: 13px; fill: #1d3557; }
svg line.grid { stroke: #e3e8ee; }
svg g.bar.hover rect { opacity: .8; }
p.empty { color: #5a6776; font-style: italic; }
table.docs { border-collapse: collapse; width: 100%; font-size: 13px; }
table.docs th { text-align: left; color: #5a6776; font-weight: 600; border-bottom: 2px solid #e3e8ee; padding: 6px; }
table.docs td { border-bottom: 1px solid #eef1f4; padding: 6px; vertical-align: top; }
table.docs td:nth-child(2) { white-space: nowrap; }
.status { border-radius: 10px; padding: 1px 8px; font-size: 12px; font-weight: 600; }
.status.loaded { background: #dff3e8; color: #0b6b3a; }
.status.skipped { background: #eceff3; color: #4a5563; }
.status.failed { background: #fde2e1; color: #a12622; }
.reason { color: #5a6776; font-size: 12px; margin-top: 2px; }
.corrected { color: #D55E00; font-weight: 600; cursor: help; }
table.decisions td:first-child { white-space: nowrap; }
table.decisions td:nth-child(2) { white-space: normal; }
table.decisions td:nth-child(3) { min-width: 300px; }
svg text.share { fill: #D55E00; }
"""


def _page(db_name: str, now: dt.datetime, summary: list[tuple[str, object]],
          sections: list[tuple[str, str, str]], files: Sequence[dict[str, Any]], corrected: Corrected) -> str:
    cards = "".join(f'<div class="card"><b>{_e(value)}</b><span>{_e(label)}</span></div>' for label, value in summary)
    parts = "".join(f'<section><h2>{_e(title)}</h2><p class="what">{_e(what)}</p>{chart}</section>'
                    for title, what, chart in sections)
    source = f"from {_e(db_name)}, " if db_name else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{GENERATOR_TAG}
<title>Workshop history</title>
<style>{_STYLE}</style>
<script>{_SCRIPT}</script>
</head>
<body>
<header><h1>Workshop history</h1><p>{source}made {now:%Y-%m-%d %H:%M} UTC by <code>minutes report</code></p></header>
<main>
<div class="cards">{cards}</div>
{parts}
<section><h2>Documents</h2><p class="what">Every file ingest has seen, with its status; failures first;
{CORRECTED_MARK} marks a value corrected by hand (<code>minutes correct</code>), its note in the tooltip.</p>
{_documents_table(files, corrected)}</section>
</main>
</body>
</html>
"""
