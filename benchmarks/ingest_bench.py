"""Ingest benchmark: `minutes ingest` end to end against the extractor's own speed, re-runs, memory.

    .venv/bin/python benchmarks/ingest_bench.py            # 925 pages; about 8-9 minutes on 2 quiet cores
    .venv/bin/python benchmarks/ingest_bench.py --docs 40 --rss-docs 20,100   # a quick check

Not part of the test suite. Needs the test extra (reportlab) for the small documents of the
memory runs. Everything it writes goes to benchmarks/out/ (a throwaway PREFECT_HOME included);
it prints a markdown table and writes it to benchmarks/out/results.md (numbers in results.json).

What it measures, on one corpus of N distinct minutes PDFs (copies of samples/, each with a
different comment appended after the PDF's end marker, so no two have the same bytes and
each parses exactly like its sample):

- the extractor's floor: pdfplumber `page.extract_words()` over every page of the corpus, in
  this one process (wall and CPU), and pypdfium2's text extraction as the physical reference;
- the parser's stages in this process, on one copy of each sample: extract (pipeline.pdf.extract)
  and the rest of `parse_pdf` (structure, annotate, validate), CPU seconds per page;
- `minutes ingest CORPUS` in a new process: wall time, pages/s, documents/s, and where the CPU
  went, from the process tree sampled every 0.2 s with psutil (the ingest process: Prefect
  orchestration, fingerprints, loading; Prefect's temporary server; the parse children, whose
  CPU is reaped by the forkserver and read from its children's times);
- Prefect's fixed start: `minutes ingest` of an empty folder (process start, imports, the
  temporary server, one flow run), after a warm-up run, and a re-run on the unchanged corpus:
  three of each, alternating, medians;
- peak memory of `minutes ingest` on K small one-page documents for each K in --rss-docs: the
  sum over the whole process tree (the ingest process, Prefect's server, the forkserver and the
  parse children alive at that moment) of RSS and of PSS (PSS shares pages that forked children
  share with their parent, so it does not count them twice), and the ingest process's RSS alone.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import floor  # benchmarks/floor.py, beside this script
import psutil

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "benchmarks" / "out"
SAMPLES = REPO / "samples"
MINUTES = Path(sys.executable).parent / "minutes"
SAMPLE_INTERVAL_SECONDS = 0.2
REPEATS = 3  # runs of Prefect's fixed start and of the re-run
MB = 1024 * 1024

sys.path.insert(0, str(REPO))


# --------------------------------------------------------------------------- corpus


def build_corpus(folder: Path, docs: int) -> tuple[list[Path], int]:
    """`docs` distinct PDFs cycling through samples/; returns the files and their page count."""
    import pdfplumber

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    samples = sorted(SAMPLES.glob("*.pdf"))
    pages_of = {}
    for sample in samples:
        with pdfplumber.open(sample) as pdf:
            pages_of[sample] = len(pdf.pages)
    files, pages = [], 0
    for n in range(docs):
        sample = samples[n % len(samples)]
        target = folder / f"{n:05d}-{sample.name}"
        # A comment after %%EOF: new bytes (a new document id), the same content for every reader.
        target.write_bytes(sample.read_bytes() + f"\n% benchmark copy {n}\n".encode())
        files.append(target)
        pages += pages_of[sample]
    return files, pages


def build_small_corpus(folder: Path, docs: int) -> list[Path]:
    """`docs` distinct one-page minutes PDFs (for the memory runs)."""
    from tests.bad_inputs import minutes_pdf

    shutil.rmtree(folder, ignore_errors=True)
    return [minutes_pdf(folder / f"{n:05d}.pdf", title=f"Minutes of the Council Meeting No. {n}") for n in range(docs)]


# --------------------------------------------------------------------------- in-process measurements


def cpu_and_wall(function, *args) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    function(*args)
    return time.process_time() - cpu, time.perf_counter() - wall


def raw_extract_words(files: list[Path]) -> None:
    for path in files:
        floor.extract_words(path)


def pdfium_text(files: list[Path]) -> None:
    import pypdfium2

    for path in files:
        document = pypdfium2.PdfDocument(path)
        for index in range(len(document)):
            page = document[index]
            page.get_textpage().get_text_range()
            page.close()
        document.close()


def parser_stages(files: list[Path]) -> dict[str, float]:
    """CPU seconds of extract and of the rest of parse_pdf, over `files`, in this process."""
    from pipeline.annotate import annotate
    from pipeline.nlp import load_nlp
    from pipeline.parse import parse_pdf
    from pipeline.pdf.extract import extract_layout
    from pipeline.structure import build_structure

    load_nlp()
    totals = {"extract": 0.0, "structure+annotate": 0.0, "parse_pdf": 0.0}
    for path in files:
        start = time.process_time()
        layout = extract_layout(path)
        middle = time.process_time()
        annotate(build_structure(layout))
        end = time.process_time()
        parse_pdf(path)
        totals["extract"] += middle - start
        totals["structure+annotate"] += end - middle
        totals["parse_pdf"] += time.process_time() - end
    return totals


# --------------------------------------------------------------------------- runs of `minutes ingest`


@dataclass
class Run:
    wall: float = 0.0
    exit_code: int = 0
    stdout: str = ""
    peak_rss_tree_mb: float = 0.0
    peak_pss_tree_mb: float = 0.0
    peak_rss_ingest_mb: float = 0.0
    cpu: dict[str, float] = field(default_factory=dict)  # role -> CPU seconds


def _role(process: psutil.Process, root: int) -> str:
    if process.pid == root:
        return "ingest"
    try:
        cmdline = " ".join(process.cmdline())
    except psutil.Error:
        return "other"
    if "forkserver" in cmdline:
        return "parse"
    if "uvicorn" in cmdline or "prefect" in cmdline:
        return "prefect server"
    return "other"


def _children(root: psutil.Process) -> list[psutil.Process]:
    try:
        return root.children()
    except psutil.Error:
        return []


def _tree(root: psutil.Process) -> list[psutil.Process]:
    try:
        return [root, *root.children(recursive=True)]
    except psutil.Error:
        return []


def run_ingest(args: list[str], env: dict[str, str], memory: bool = True) -> Run:
    """`minutes ingest ARGS` in a new process, its process tree sampled until it ends."""
    run = Run()
    started = time.perf_counter()
    process = subprocess.Popen([str(MINUTES), "ingest", *args], cwd=REPO, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.extend(process.stdout), daemon=True)  # type: ignore[arg-type]
    reader.start()
    root = psutil.Process(process.pid)
    cpu_seen: dict[int, tuple[str, float]] = {}  # pid -> (role, CPU incl. reaped children)
    while process.poll() is None:
        rss = pss = 0
        direct = {child.pid for child in _children(root)}
        for member in _tree(root):
            try:
                # CPU: the ingest process's own, and each direct child's with the children it reaped
                # (the forkserver reaps the parse children); a grandchild alive now is counted
                # when its parent reaps it, never twice.
                times = member.cpu_times()
                # A child seen just after its fork still shows the parent's command line: look again.
                known = cpu_seen.get(member.pid, ("other", 0.0))[0]
                role = known if known != "other" else _role(member, root.pid)
                if member.pid == root.pid:
                    cpu_seen[member.pid] = (role, times.user + times.system)
                elif member.pid in direct:
                    cpu_seen[member.pid] = (role, times.user + times.system + times.children_user
                                            + times.children_system)
                if memory:
                    info = member.memory_full_info()
                    rss += info.rss
                    pss += info.pss
                    if member.pid == root.pid:
                        run.peak_rss_ingest_mb = max(run.peak_rss_ingest_mb, info.rss / MB)
            except psutil.Error:
                continue
        run.peak_rss_tree_mb = max(run.peak_rss_tree_mb, rss / MB)
        run.peak_pss_tree_mb = max(run.peak_pss_tree_mb, pss / MB)
        time.sleep(SAMPLE_INTERVAL_SECONDS)
    run.wall = time.perf_counter() - started
    reader.join(5)
    run.exit_code = process.returncode
    run.stdout = "".join(output)
    for role, seconds in cpu_seen.values():
        run.cpu[role] = run.cpu.get(role, 0.0) + seconds
    if run.exit_code not in (0, 1):
        raise SystemExit(f"minutes ingest {' '.join(args)} exited {run.exit_code}:\n{run.stdout[-3000:]}")
    return run


def _number_after(pattern: str, text: str) -> float:
    match = re.search(pattern, text)
    return float(match.group(1)) if match else float("nan")


# --------------------------------------------------------------------------- report


def machine() -> dict[str, object]:
    model = ""
    try:
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {
        "cpu": model or platform.processor(),
        "cores": len(os.sched_getaffinity(0)),
        "memory_gb": round(psutil.virtual_memory().total / 1024**3, 1),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def markdown(results: dict) -> str:
    r = results
    rows = [
        ("corpus", f"{r['docs']} documents, {r['pages']} pages (copies of the 8 samples, distinct bytes)"),
        ("floor: pdfplumber `extract_words`, 1 process",
         f"{r['floor_pages_per_s']:.1f} pages/s ({r['floor_wall_s']:.1f} s wall, {r['floor_cpu_s']:.1f} s CPU)"),
        ("reference: pypdfium2 text, 1 process", f"{r['pdfium_pages_per_s']:.0f} pages/s"),
        ("parser in 1 process (`parse_pdf`)", f"{r['parse_pdf_pages_per_s']:.1f} pages/s CPU "
         f"(extract {r['extract_cpu_ms_per_page']:.0f} ms/page, structure+annotate "
         f"{r['annotate_cpu_ms_per_page']:.0f} ms/page)"),
        ("`minutes ingest`, end to end", f"{r['e2e_wall_s']:.1f} s: {r['e2e_pages_per_s']:.1f} pages/s, "
         f"{r['e2e_docs_per_s']:.2f} documents/s = **{r['e2e_vs_floor']:.2f}x** the floor"),
        ("... without Prefect's fixed start", f"{r['e2e_wall_s'] - r['fixed_start_s']:.1f} s: "
         f"{r['e2e_pages_per_s_after_start']:.1f} pages/s = **{r['e2e_vs_floor_after_start']:.2f}x** the floor"),
        ("Prefect's fixed start (`minutes ingest` of an empty folder, median of 3)", f"{r['fixed_start_s']:.1f} s"),
        ("CPU of the run, by process", ", ".join(f"{k} {v:.1f} s" for k, v in r["e2e_cpu_s"].items())),
        ("share of CPU outside the parse children", f"{r['overhead_share']:.1%} (the ingest process: imports, "
         f"orchestration, fingerprints, loading; Prefect's server); database open {r['load_s']:.1f} s"),
        ("... after Prefect's fixed start", f"{r['overhead_share_after_start']:.1%} (the run's CPU less an empty "
         "run's: " + ", ".join(f"{k} {v:.1f} s" for k, v in r["fixed_start_cpu_s"].items()) + ")"),
        ("re-run, unchanged corpus (median of 3)", f"{r['rerun_wall_s']:.1f} s = fixed start "
         f"{r['rerun_beyond_start_s']:+.2f} s (**{r['rerun_share']:.1%}** of the first run); "
         f"the flow itself took {r['rerun_flow_s']:.1f} s"),
    ]
    for docs, run in r["rss"].items():
        rows.append((f"peak memory, {docs} one-page documents",
                     f"PSS {run['peak_pss_tree_mb']:.0f} MB, RSS {run['peak_rss_tree_mb']:.0f} MB (process tree); "
                     f"ingest process RSS {run['peak_rss_ingest_mb']:.0f} MB"))
    rows.append((f"peak memory, the {r['docs']}-document run", f"PSS {r['e2e_peak_pss_tree_mb']:.0f} MB, "
                 f"RSS {r['e2e_peak_rss_tree_mb']:.0f} MB (process tree)"))
    m = r["machine"]
    lines = [
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}, {m['system']}; "
        f"load average at start {m['load_average_at_start']}, at end {r['load_average_at_end']}.",
        "",
        "| measure | result |",
        "| --- | --- |",
        *[f"| {name} | {value} |" for name, value in rows],
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200, help="documents in the corpus (default: 200)")
    parser.add_argument("--rss-docs", default="100,1000", help="sizes of the memory runs (default: 100,1000)")
    parser.add_argument("--workers", type=int, default=None, help="passed to minutes ingest --workers")
    options = parser.parse_args()

    OUT.mkdir(parents=True, exist_ok=True)
    prefect_home = OUT / "prefect-home"
    shutil.rmtree(prefect_home, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "MINUTES_DB")}
    env.update(PREFECT_HOME=str(prefect_home), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS=env.get(
                   "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120"))
    extra = ["--workers", str(options.workers)] if options.workers else []
    results: dict = {"machine": machine(), "docs": options.docs}

    def say(text: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)

    say(f"building a corpus of {options.docs} documents")
    corpus = OUT / "corpus"
    files, pages = build_corpus(corpus, options.docs)
    results["pages"] = pages

    say("warm-up: a first `minutes ingest` sets up Prefect's home")
    empty = OUT / "empty"
    shutil.rmtree(empty, ignore_errors=True)
    empty.mkdir()
    empty_db = OUT / "empty.duckdb"
    run_ingest([str(empty), "--db", str(empty_db), "--quiet"], env, memory=False)

    say("end to end: minutes ingest of the corpus")
    db = OUT / "bench.duckdb"
    db.unlink(missing_ok=True)
    first = run_ingest([str(corpus), "--db", str(db), "--quiet", *extra], env)
    assert f"{options.docs} loaded" in first.stdout, first.stdout[-2000:]

    # Prefect's fixed start and the re-run vary by a second or two from run to run: take the
    # median of alternate runs of each.
    say(f"Prefect's fixed start (an empty folder) and the re-run of the unchanged corpus, {REPEATS} times each")
    fixed_runs, reruns = [], []
    for _ in range(REPEATS):
        fixed_runs.append(run_ingest([str(empty), "--db", str(empty_db), "--quiet"], env, memory=False))
        reruns.append(run_ingest([str(corpus), "--db", str(db), "--quiet", *extra], env, memory=False))
        assert f"{options.docs} skipped" in reruns[-1].stdout, reruns[-1].stdout[-2000:]
    fixed_wall = statistics.median(run.wall for run in fixed_runs)
    rerun_wall = statistics.median(run.wall for run in reruns)
    results.update(
        fixed_start_s=fixed_wall, rerun_wall_s=rerun_wall, rerun_beyond_start_s=rerun_wall - fixed_wall,
        rerun_share=max(0.0, rerun_wall - fixed_wall) / first.wall,
        rerun_flow_s=statistics.median(_number_after(r"took ([\d.]+) s", run.stdout) for run in reruns),
    )
    results.update(
        e2e_wall_s=first.wall, e2e_pages_per_s=pages / first.wall, e2e_docs_per_s=options.docs / first.wall,
        e2e_pages_per_s_after_start=pages / (first.wall - fixed_wall),
        e2e_cpu_s={k: round(v, 1) for k, v in sorted(first.cpu.items())},
        e2e_peak_rss_tree_mb=first.peak_rss_tree_mb, e2e_peak_pss_tree_mb=first.peak_pss_tree_mb,
        load_s=_number_after(r"database was open ([\d.]+) s", first.stdout),
    )
    total_cpu = sum(first.cpu.values())
    results["overhead_share"] = (total_cpu - first.cpu.get("parse", 0.0)) / total_cpu if total_cpu else 0.0
    # The same share once Prefect's fixed start is paid: the CPU of an empty run, role by role
    # (its imports, the server's boot, the forkserver's imports), taken off the run's.
    fixed_cpu = {role: statistics.median(run.cpu.get(role, 0.0) for run in fixed_runs) for role in first.cpu}
    results["fixed_start_cpu_s"] = {k: round(v, 1) for k, v in sorted(fixed_cpu.items())}
    steady = {role: max(0.0, first.cpu[role] - fixed_cpu[role]) for role in first.cpu}
    steady_total = sum(steady.values())
    results["overhead_share_after_start"] = (
        (steady_total - steady.get("parse", 0.0)) / steady_total if steady_total else 0.0)

    say("floor: pdfplumber extract_words over the corpus, in this process")
    floor_cpu, floor_wall = cpu_and_wall(raw_extract_words, files)
    results.update(floor_cpu_s=floor_cpu, floor_wall_s=floor_wall, floor_pages_per_s=pages / floor_wall)
    results["e2e_vs_floor"] = results["e2e_pages_per_s"] / results["floor_pages_per_s"]
    results["e2e_vs_floor_after_start"] = results["e2e_pages_per_s_after_start"] / results["floor_pages_per_s"]

    say("reference: pypdfium2 over the corpus")
    _, pdfium_wall = cpu_and_wall(pdfium_text, files)
    results["pdfium_pages_per_s"] = pages / pdfium_wall

    say("parser stages on one copy of each sample")
    sample_files = sorted(SAMPLES.glob("*.pdf"))
    sample_pages = _pages(sample_files)
    stages = parser_stages(sample_files)
    results.update(
        extract_cpu_ms_per_page=1000 * stages["extract"] / sample_pages,
        annotate_cpu_ms_per_page=1000 * stages["structure+annotate"] / sample_pages,
        parse_pdf_pages_per_s=sample_pages / stages["parse_pdf"],
    )

    results["rss"] = {}
    for size in [int(n) for n in options.rss_docs.split(",") if n.strip()]:
        say(f"memory: minutes ingest of {size} one-page documents")
        small = build_small_corpus(OUT / f"small-{size}", size)
        small_db = OUT / f"small-{size}.duckdb"
        small_db.unlink(missing_ok=True)
        run = run_ingest([str(small[0].parent), "--db", str(small_db), "--quiet", *extra], env)
        assert f"{size} loaded" in run.stdout, run.stdout[-2000:]
        results["rss"][size] = {k: getattr(run, k) for k in ("wall", "peak_rss_tree_mb", "peak_pss_tree_mb",
                                                                 "peak_rss_ingest_mb")}

    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    (OUT / "results.json").write_text(json.dumps(results, indent=2, default=str))
    table = markdown(results)
    (OUT / "results.md").write_text(table)
    print(table)


def _pages(files: list[Path]) -> int:
    import pdfplumber

    total = 0
    for path in files:
        with pdfplumber.open(path) as pdf:
            total += len(pdf.pages)
    return total


if __name__ == "__main__":
    main()
