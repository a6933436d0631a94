"""`minutes report`: one self-contained HTML page about the whole history, charts drawn as inline SVG.

Nothing is fetched when the page opens (no CDN, no web font, no external script): the charts
are SVG written here, the style and the small script are inline. The data comes from the
history views (pipeline/store/views.py) and the `files` table.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from pipeline.errors import MinutesError
from pipeline.store import views as history

# Colour-blind-safe palette (Okabe & Ito), in the order segments and series use it.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
TOTAL_COLOUR, WOMEN_COLOUR = "#9CC3E6", "#0072B2"
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


def horizontal_bars(title: str, bars: Sequence[Bar], colour: str = PALETTE[0]) -> str:
    """One bar per row, label on the left, value (and note) at the bar's end."""
    if not bars:
        return _empty("No data in the database for this chart.")
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
    """Participants per workshop in date order: total, with the women among them drawn inside."""
    rows = [r for r in rows if r["participants_total"] is not None]
    if not rows:
        return _empty("No workshop records its number of participants.")
    height, left, bottom, top = 300, 44, 58, 22
    plot_h = height - bottom - top
    axis_max = _nice_max(max(r["participants_total"] for r in rows))
    slot = (CHART_WIDTH - left - 10) / len(rows)
    bar_w = min(56, slot * 0.6)
    body = []
    for tick in range(0, axis_max + 1, max(axis_max // 5, 1)):
        y = top + plot_h - tick / axis_max * plot_h
        body.append(f'<line x1="{left}" x2="{CHART_WIDTH - 10}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                    f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="axis">{tick}</text>')
    for i, r in enumerate(rows):
        x = left + i * slot + (slot - bar_w) / 2
        total_h = r["participants_total"] / axis_max * plot_h
        when = r["meeting_date"].isoformat() if r["meeting_date"] else "no date"
        who = r["organizer_short"] or r["file_name"]
        women = r["participants_female"]
        tip = f"{who}, {when}: {r['participants_total']} participants" + (
            f", {women} women ({r['women_pct']}%)" if women is not None else ", women not recorded")
        body.append(f'<g class="bar"><title>{_e(tip)}</title>'
                    f'<rect x="{x:.1f}" y="{top + plot_h - total_h:.1f}" width="{bar_w:.1f}" '
                    f'height="{total_h:.1f}" rx="3" fill="{TOTAL_COLOUR}"/>')
        if women is not None:
            women_h = women / axis_max * plot_h
            body.append(f'<rect x="{x + bar_w * 0.2:.1f}" y="{top + plot_h - women_h:.1f}" width="{bar_w * 0.6:.1f}" '
                        f'height="{women_h:.1f}" rx="2" fill="{WOMEN_COLOUR}"/>')
        centre = x + bar_w / 2
        body.append(f'<text x="{centre:.1f}" y="{top + plot_h - total_h - 6:.1f}" text-anchor="middle" '
                    f'class="value">{r["participants_total"]}</text>'
                    f'<text x="{centre:.1f}" y="{height - bottom + 18}" text-anchor="middle" class="label">'
                    f'{_e(_cut(who, int(slot / CHAR_WIDTH) - 1))}</text>'
                    f'<text x="{centre:.1f}" y="{height - bottom + 34}" text-anchor="middle" class="axis">'
                    f'{_e(when)}</text></g>')
    legend_y = height - 10
    body.append(f'<rect x="{left}" y="{legend_y - 10}" width="12" height="12" fill="{TOTAL_COLOUR}"/>'
                f'<text x="{left + 18}" y="{legend_y}" class="axis">participants</text>'
                f'<rect x="{left + 110}" y="{legend_y - 10}" width="12" height="12" fill="{WOMEN_COLOUR}"/>'
                f'<text x="{left + 128}" y="{legend_y}" class="axis">of whom women</text>')
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


def _workshop_name(row: dict[str, Any]) -> str:
    when = row["meeting_date"].isoformat() if row["meeting_date"] else "no date"
    return f"{row['organizer'] or row['file_name']} · {when}"


def _summary(con: duckdb.DuckDBPyConnection) -> list[tuple[str, object]]:
    (docs, pages, first, last), = con.execute(
        "SELECT count(*), coalesce(sum(page_count), 0), min(meeting_date), max(meeting_date) FROM documents"
    ).fetchall()
    people = con.execute("SELECT count(*) FROM people").fetchone()[0]
    questions = con.execute("SELECT count(*) FROM qa_pairs").fetchone()[0]
    decisions = con.execute("SELECT count(*) FROM motions").fetchone()[0]
    participants = con.execute("SELECT coalesce(sum(participants_total), 0) FROM documents").fetchone()[0]
    failed = con.execute("SELECT count(*) FROM files WHERE status = 'failed'").fetchone()[0]
    span = f"{first:%Y}–{last:%Y}" if first and last else "-"
    return [("workshops", docs), ("years", span), ("pages", pages), ("participants", participants),
            ("speakers", people), ("questions asked", questions), ("decisions", decisions), ("files failed", failed)]


def build_report(con: duckdb.DuckDBPyConnection, db_name: str = "", now: dt.datetime | None = None) -> str:
    """The whole HTML page."""
    _check_views(con)
    attendance = _rows(con, "SELECT * FROM attendance ORDER BY meeting_date NULLS LAST, file_name")
    requests = _rows(con, f"SELECT * FROM requests ORDER BY mentions DESC, label LIMIT {MAX_BARS}")
    people = _rows(con, f"SELECT * FROM people ORDER BY sections DESC, workshops DESC, name LIMIT {MAX_BARS}")
    feedback = _rows(con, "SELECT * FROM feedback ORDER BY meeting_date NULLS LAST, file_name, feedback_no")
    decisions = _rows(con, "SELECT * FROM decisions ORDER BY meeting_date NULLS LAST, file_name, motion_no "
                           f"LIMIT {MAX_DECISIONS}")
    for row in feedback:
        row["workshop"] = _workshop_name(row)
    files = _rows(con, """
        SELECT f.file_name, f.status, f.reason, d.meeting_date, d.title, coalesce(d.organizer_acronym, d.organizer)
               AS organizer, d.page_count, f.path
        FROM files f LEFT JOIN documents d ON d.document_id = f.document_id
        ORDER BY f.status = 'loaded', d.meeting_date NULLS LAST, f.file_name""")

    request_bars = [Bar(r["label"], r["mentions"], "mentions" if r["workshops"] == 1 else
                        f"mentions in {r['workshops']} workshops",
                        f"{r['label']}: {r['mentions']} ({'; '.join(r['organizers'] or [])})") for r in requests]
    people_bars = [Bar(p["name"], p["sections"],
                       f"in {p['workshops']} workshop{'s' if p['workshops'] != 1 else ''}",
                       f"{p['name']}: {', '.join(p['roles'] or []) or 'no role recorded'}; "
                       f"{'; '.join(p['organizers'] or [])}") for p in people]
    sections = [
        ("Attendance over time", "Participants of each workshop, in date order; the darker bar is the women.",
         attendance_chart(attendance)),
        ("Most requested topics", "What participants asked for next or wanted improved, from the feedback "
         "prompts that ask for it, summed across workshops.", horizontal_bars("Most requested topics", request_bars,
                                                                              PALETTE[1])),
        ("Speakers by appearances", "Sections each person spoke in, across all workshops "
         f"(top {MAX_BARS}; the same person is matched across spellings and titles).",
         horizontal_bars("Speakers by appearances", people_bars, PALETTE[2])),
        ("Feedback tallies per workshop", "Each bar is one feedback question, split into its answers.",
         feedback_chart(feedback)),
        ("Decisions", "Motions and resolutions put to each meeting, who moved (and seconded) them, the outcome "
         f"and the vote (for-against-abstain), in date order (first {MAX_DECISIONS}).", decisions_table(decisions)),
    ]
    return _page(db_name, now or dt.datetime.now(dt.timezone.utc), _summary(con), sections, files)


# --------------------------------------------------------------------------- page


MAX_DECISIONS = 200  # rows of the decisions table (the full list is the `decisions` view)


def decisions_table(rows: Sequence[dict[str, Any]]) -> str:
    """The motions of every meeting: date, organiser, motion, mover (and seconder), outcome, votes."""
    if not rows:
        return _empty("No motion or resolution has been found in the minutes.")
    head = "".join(f"<th>{h}</th>" for h in ("date", "organiser", "motion", "moved by", "outcome", "votes"))
    body = []
    for r in rows:
        mover = r["moved_by"] or ""
        if r["seconded_by"]:
            mover = f"{mover} / {r['seconded_by']}" if mover else f"seconded by {r['seconded_by']}"
        cells = [_e(r["meeting_date"] or ""), _e(r["organizer"] or r["file_name"]),
                 f'<span title="{_e(r["motion"])}">{_e(_cut(r["motion"], 160))}</span>', _e(mover),
                 _e(r["outcome"] or "not recorded"), _e(r["votes"] or "")]
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f'<table class="docs decisions"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def _documents_table(files: Sequence[dict[str, Any]]) -> str:
    if not files:
        return _empty("No file has been ingested yet.")
    head = "".join(f"<th>{h}</th>" for h in ("file", "date", "organiser", "title", "pages", "status"))
    body = []
    for f in files:
        status = f'<span class="status {_e(f["status"])}">{_e(f["status"])}</span>'
        if f["reason"]:
            status += f'<div class="reason">{_e(f["reason"])}</div>'
        cells = [
            f'<span title="{_e(f["path"])}">{_e(f["file_name"])}</span>',
            _e(f["meeting_date"] or ""), _e(f["organizer"] or ""), _e(f["title"] or ""),
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
"""


def _page(db_name: str, now: dt.datetime, summary: list[tuple[str, object]],
          sections: list[tuple[str, str, str]], files: Sequence[dict[str, Any]]) -> str:
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
<section><h2>Documents</h2><p class="what">Every file ingest has seen, with its status; failures first.</p>
{_documents_table(files)}</section>
</main>
</body>
</html>
"""
