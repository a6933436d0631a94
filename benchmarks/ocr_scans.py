"""OCR quality: ingest PDFs and scanned renderings of them, score both against gold, compare.

    .venv/bin/python benchmarks/ocr_scans.py [PDF...] [--gold DIR] [--work DIR] [--dpi 200]

Each PDF (default: samples/*.pdf) is rendered page by page to a grey image at `--dpi`, turned
by a slight random angle (up to --max-skew degrees), speckled with noise, and saved as an
image-only PDF `<name>.scan.pdf`: what a scanner makes of the printed minutes. The originals
and the scans are ingested with `minutes ingest` (so OCR runs as it does for users: in the parse
child, with its deadline extended), each into its own database, and scored with the gold scorer
(`--score`, default /work/shared/eval/score.py); the gold files are copied with their "file" name
changed to the scan's. Prints one row per document: text score, scan score, scan/text ratio.
Acceptance: the ratio is at least 0.85 for every document.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.scans import scan_pdf  # noqa: E402  (the scans the OCR tests use)

MINUTES = REPO / ".venv" / "bin" / "minutes"
DEFAULT_GOLD = Path("/work/shared/eval/gold")
DEFAULT_SCORER = Path("/work/shared/eval/score.py")
RATIO_WANTED = 0.85
SCAN_SUFFIX = ".scan.pdf"


def ingest(folder: Path, db: Path, ocr_cache: Path) -> float:
    started = time.monotonic()
    # On a busy machine Prefect's temporary server can take longer than its default 20 s to start.
    env = dict(os.environ, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="180")
    done = subprocess.run(
        [str(MINUTES), "ingest", str(folder), "--db", str(db), "--quiet", "--ocr-cache", str(ocr_cache)],
        check=False, env=env,
    )
    if done.returncode not in (0, 1):  # 1: some file failed, which the scores show
        sys.exit(f"minutes ingest {folder} failed with status {done.returncode}")
    return time.monotonic() - started


def score(scorer: Path, db: Path, gold: Path) -> dict[str, float]:
    """File name -> the document's headline score (mean of document, sections, speakers, qa, feedback)."""
    out = subprocess.run([sys.executable, str(scorer), "--db", str(db), "--gold", str(gold), "--json"],
                         check=True, capture_output=True, text=True).stdout
    headline = ("document", "sections", "speakers", "qa", "feedback")
    return {name: sum(s[f] for f in headline) / len(headline) for name, s in json.loads(out)["documents"].items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDFs to scan (default: samples/*.pdf)")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--score", type=Path, default=DEFAULT_SCORER, help="the gold scorer")
    parser.add_argument("--work", type=Path, help="folder for scans and databases (default: a temporary one)")
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--max-skew", type=float, default=1.5, help="degrees")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    pdfs = args.pdfs or sorted((REPO / "samples").glob("*.pdf"))
    work = args.work or Path(tempfile.mkdtemp(prefix="minutes-ocr-bench-"))
    folders = {kind: work / kind for kind in ("text", "scan", "gold-text", "gold-scan")}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    for pdf in pdfs:
        gold_file = args.gold / f"{pdf.stem}.json"
        if not gold_file.is_file():
            print(f"no gold for {pdf.name}: skipped", file=sys.stderr)
            continue
        (folders["text"] / pdf.name).write_bytes(pdf.read_bytes())
        scan_pdf(pdf, folders["scan"] / f"{pdf.stem}{SCAN_SUFFIX}", dpi=args.dpi, max_skew=args.max_skew,
                 seed=args.seed)
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        (folders["gold-text"] / gold_file.name).write_text(json.dumps(gold), encoding="utf-8")
        gold["file"] = f"{pdf.stem}{SCAN_SUFFIX}"
        (folders["gold-scan"] / gold_file.name).write_text(json.dumps(gold), encoding="utf-8")

    seconds = {kind: ingest(folders[kind], work / f"{kind}.duckdb", work / "ocr-cache") for kind in ("text", "scan")}
    text_scores = score(args.score, work / "text.duckdb", folders["gold-text"])
    scan_scores = score(args.score, work / "scan.duckdb", folders["gold-scan"])

    print(f"\n{'document':48s} {'text':>6s} {'scan':>6s} {'ratio':>6s}")
    failures = 0
    for name, text_score in sorted(text_scores.items()):
        scan_score = scan_scores.get(f"{Path(name).stem}{SCAN_SUFFIX}", 0.0)
        ratio = scan_score / text_score if text_score else 0.0
        failures += ratio < RATIO_WANTED
        flag = f"  below {RATIO_WANTED}" if ratio < RATIO_WANTED else ""
        print(f"{name[:48]:48s} {text_score:6.3f} {scan_score:6.3f} {ratio:6.2f}{flag}")
    print(f"\ningest: text {seconds['text']:.0f} s, scans {seconds['scan']:.0f} s (OCR included); work folder {work}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
