"""OCR quality: ingest PDFs and scanned renderings of them, score both against gold, compare.

    .venv/bin/python benchmarks/ocr_scans.py [PDF...] [--gold DIR] [--work DIR] [--dpi 200]

Each PDF (default: samples/*.pdf) is rendered page by page to a grey image at `--dpi`, turned
by a slight random angle (up to --max-skew degrees), speckled with noise, and saved as an
image-only PDF `<name>.scan.pdf`: what a scanner makes of the printed minutes (`--worn`: of an
archive's worn photocopy, with show-through, a stamp and pen marks; tests/scans.py). The originals
and the scans are ingested with `minutes ingest` (so OCR runs as it does for users: in the parse
child, with its deadline extended), each into its own database, and scored with the gold scorer
(`--score`, default /work/shared/eval/score.py); the gold files are copied with their "file" name
changed to the scan's. Prints one row per document: text score, scan score, scan/text ratio.
Acceptance: the ratio is at least 0.85 for every document.

    .venv/bin/python benchmarks/ocr_scans.py --speed PDF[:LANGS]... [--rounds 5] [--languages eng+khm+...]

Speed instead: seconds per page of OCR against a floor, for each PDF, all its pages read.
  ours:  pipeline.ocr's ocr_pages with --languages (default: all that `minutes` tries), under a
         new cache key each time, so nothing comes from the cache: rendering, straightening,
         choosing each page's languages, Tesseract, assembling the copy.
  floor: plain `tesseract IMAGE OUT -l LANGS --dpi DPI txt` on the same page images Tesseract is
         given in ours (rendered, straightened, rules erased: made once, before timing, so the
         floor does none of that work), with LANGS the languages a user would pass for that
         document (`PDF:deu`; default the first of --languages), one per core, each on one thread
         (OMP_THREAD_LIMIT=1, as ours), the next page starting as soon as a core is free.
Ours and the floor run interleaved (ours first in odd rounds, the floor first in even ones), and
the medians over --rounds are printed: wall seconds per page, their ratio, and CPU seconds per
page (ours counts its own Python work too), with the languages ours read each page in, and the
machine's 1-minute load average before and after each document's rounds (the figures mean little
on a busy machine).
Acceptance (issue 18): the wall ratio at most 1.3.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from pipeline.ocr.settings import DEFAULT_OCR_LANGUAGES  # noqa: E402
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


def score(scorer: Path, db: Path, gold: Path) -> tuple[dict[str, float], dict[str, float]]:
    """File name -> the document's headline score (mean of document, sections, speakers, qa, feedback);
    and the scorer's mean of each field over the documents, with its "overall"."""
    out = json.loads(subprocess.run([sys.executable, str(scorer), "--db", str(db), "--gold", str(gold), "--json"],
                                    check=True, capture_output=True, text=True).stdout)
    headline = ("document", "sections", "speakers", "qa", "feedback")
    documents = {name: sum(s[f] for f in headline) / len(headline) for name, s in out["documents"].items()}
    return documents, {**out["mean"], "overall": out["overall"]}


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _timed(work, *args) -> tuple[float, float, object]:
    wall, cpu = time.monotonic(), _cpu_seconds()
    result = work(*args)
    return time.monotonic() - wall, _cpu_seconds() - cpu, result


def _ours(pdf: Path, pages: list[int], languages: str):
    from pipeline.ocr import ocr_pages
    from pipeline.ocr.settings import OcrSettings

    with tempfile.TemporaryDirectory() as folder:  # a new cache key in a new folder: no cache hit
        return ocr_pages(pdf, f"bench-{time.time_ns()}", pages, OcrSettings(languages=languages), Path(folder))


def _floor(images: list[tuple[Path, float]], languages: str, workers: int) -> None:
    """Plain tesseract on each image, `workers` at once, one thread each."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    waiting, running = list(images), []
    while waiting or running:
        while waiting and len(running) < workers:
            image, dpi = waiting.pop(0)
            running.append(subprocess.Popen(["tesseract", str(image), str(image.with_suffix("")), "-l", languages,
                                             "--dpi", f"{dpi:.0f}", "txt"], env=env, stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL))
        time.sleep(0.005)
        running = [process for process in running if process.poll() is None]


def _document_and_languages(spec: str, default: str) -> tuple[Path, str]:
    """ "minutes.pdf:deu" -> (minutes.pdf, "deu"); "minutes.pdf" -> (minutes.pdf, `default`)."""
    path, colon, languages = spec.rpartition(":")
    if colon and path.lower().endswith(".pdf") and "/" not in languages:
        return Path(path), languages
    return Path(spec), default


def speed(specs: list[str], rounds: int, languages: str) -> int:
    import statistics

    import pypdfium2 as pdfium

    from pipeline.ocr.render import page_image, save_pnm, without_rules
    from pipeline.ocr.schedule import cores

    print(f"{'document':44s} {'pages':>5s} {'floor -l':>8s} {'ours s/page':>11s} {'floor s/page':>12s} {'ratio':>6s}"
          f" {'ours cpu/page':>13s} {'floor cpu/page':>14s} {'load':>9s}  ours read in")
    worst = 0.0
    for spec in specs:
        pdf, floor_languages = _document_and_languages(spec, languages.split("+")[0])
        document = pdfium.PdfDocument(str(pdf))
        pages = list(range(1, len(document) + 1))
        ours, floor, read_in = [], [], {}
        load_before = os.getloadavg()[0]
        with tempfile.TemporaryDirectory() as folder:
            images = []
            for page in pages:
                image, coarse, dpi = page_image(document, page)
                images.append((save_pnm(without_rules(image, dpi, coarse), Path(folder) / f"p{page}.pgm"), dpi))
            for round_ in range(rounds):
                for which in (("ours", "floor") if round_ % 2 == 0 else ("floor", "ours")):
                    if which == "ours":
                        wall, cpu, result = _timed(_ours, pdf, pages, languages)
                        ours.append((wall, cpu))
                        read_in = result.languages
                    else:
                        floor.append(_timed(_floor, images, floor_languages, cores())[:2])
        document.close()
        ours_wall, ours_cpu = (statistics.median(run[i] for run in ours) for i in (0, 1))
        floor_wall, floor_cpu = (statistics.median(run[i] for run in floor) for i in (0, 1))
        n = len(pages)
        worst = max(worst, ours_wall / floor_wall)
        print(f"{pdf.name[:44]:44s} {n:5d} {floor_languages:>8s} {ours_wall / n:11.2f} {floor_wall / n:12.2f}"
              f" {ours_wall / floor_wall:6.2f} {ours_cpu / n:13.2f} {floor_cpu / n:14.2f}"
              f" {load_before:4.1f}-{os.getloadavg()[0]:<4.1f}"
              f"  {', '.join(f'{page}:{codes}' for page, codes in sorted(read_in.items()))}")
    return 0 if worst <= 1.3 else 1


def main() -> int:
    if "--speed" in sys.argv:
        speed_parser = argparse.ArgumentParser(description="OCR seconds per page against plain tesseract")
        speed_parser.add_argument("--speed", action="store_true")
        speed_parser.add_argument("pdfs", nargs="+", metavar="PDF[:LANGS]",
                                  help="LANGS: the languages a user would pass to tesseract for it (the floor)")
        speed_parser.add_argument("--rounds", type=int, default=5)
        speed_parser.add_argument("--languages", default=DEFAULT_OCR_LANGUAGES, help="--ocr-languages")
        speed_args = speed_parser.parse_args()
        return speed(speed_args.pdfs, speed_args.rounds, speed_args.languages)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDFs to scan (default: samples/*.pdf)")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--score", type=Path, default=DEFAULT_SCORER, help="the gold scorer")
    parser.add_argument("--work", type=Path, help="folder for scans and databases (default: a temporary one)")
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--max-skew", type=float, default=1.5, help="degrees")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--worn", action="store_true",
                        help="scan as an archive's photocopy: grey paper, show-through, a stamp, pen marks, JPEG")
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
                 seed=args.seed, worn_copy=args.worn)
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        (folders["gold-text"] / gold_file.name).write_text(json.dumps(gold), encoding="utf-8")
        gold["file"] = f"{pdf.stem}{SCAN_SUFFIX}"
        (folders["gold-scan"] / gold_file.name).write_text(json.dumps(gold), encoding="utf-8")

    seconds = {kind: ingest(folders[kind], work / f"{kind}.duckdb", work / "ocr-cache") for kind in ("text", "scan")}
    text_scores, text_fields = score(args.score, work / "text.duckdb", folders["gold-text"])
    scan_scores, scan_fields = score(args.score, work / "scan.duckdb", folders["gold-scan"])

    print(f"\n{'document':48s} {'text':>6s} {'scan':>6s} {'ratio':>6s}")
    failures = 0
    for name, text_score in sorted(text_scores.items()):
        scan_score = scan_scores.get(f"{Path(name).stem}{SCAN_SUFFIX}", 0.0)
        ratio = scan_score / text_score if text_score else 0.0
        failures += ratio < RATIO_WANTED
        flag = f"  below {RATIO_WANTED}" if ratio < RATIO_WANTED else ""
        print(f"{name[:48]:48s} {text_score:6.3f} {scan_score:6.3f} {ratio:6.2f}{flag}")
    print("\nmean of each field over the documents (the scorer's), text -> scan:")
    print("  " + ", ".join(f"{field} {text_fields[field]:.3f} -> {scan_fields[field]:.3f}" for field in text_fields))
    print(f"\ningest: text {seconds['text']:.0f} s, scans {seconds['scan']:.0f} s (OCR included); work folder {work}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
