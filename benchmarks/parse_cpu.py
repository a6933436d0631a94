"""CPU seconds of the parser over samples/: `extract_layout` and `parse_pdf`, each over every sample 3 times,
against the floor: pdfplumber's own `extract_words` on every page, as often.

    .venv/bin/python benchmarks/parse_cpu.py                          # this checkout, 5 rounds
    git archive main | tar -x -C /tmp/base                            # another version to compare with
    .venv/bin/python benchmarks/parse_cpu.py --baseline /tmp/base     # rounds alternate between the two

Not part of the test suite. Each measurement runs in a fresh process (`time.process_time()` of
that process, after one warm-up file so imports do not count); rounds alternate between the
checkouts, since the machine is shared and noisy, and the medians are printed. The baseline is a
source tree run with this venv (PYTHONPATH puts its packages first).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import floor  # benchmarks/floor.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
STEPS = ("extract_layout", "parse_pdf", "floor")
REPEATS = 3  # passes over samples/ per measurement


def measure(step: str) -> float:
    """CPU seconds of `step` over every sample, REPEATS times, in this process."""
    if step == "extract_layout":
        from pipeline.pdf.extract import extract_layout as run
    elif step == "parse_pdf":
        from pipeline.parse import parse_pdf as run
    else:
        run = floor.extract_words
    pdfs = sorted((ROOT / "samples").glob("*.pdf"))
    run(pdfs[0])  # warm-up: imports, spaCy pipeline
    start = time.process_time()
    for _ in range(REPEATS):
        for pdf in pdfs:
            run(pdf)
    return time.process_time() - start


def measure_in_child(step: str, source: Path | None) -> float:
    env = dict(os.environ, PYTHONPATH=str(source)) if source else dict(os.environ)
    out = subprocess.run([sys.executable, __file__, "--child", step], env=env, check=True,
                         capture_output=True, text=True)
    return float(out.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", type=Path, help="another source tree of the project, to compare with")
    parser.add_argument("--child", choices=STEPS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(f"{measure(args.child):.3f}")
        return
    trees: dict[str, Path | None] = {"this": None}
    if args.baseline:
        trees["baseline"] = args.baseline.resolve()
    seconds: dict[tuple[str, str], list[float]] = {}
    for round_no in range(1, args.rounds + 1):
        for step in STEPS:
            for name, source in trees.items():
                if step == "floor" and name != "this":
                    continue  # pdfplumber's own: the same in every tree
                value = measure_in_child(step, source)
                seconds.setdefault((step, name), []).append(value)
                print(f"round {round_no}: {step} {name} {value:.2f} s", flush=True)
    print(f"\nmedians of {args.rounds} rounds, CPU s for samples/ x{REPEATS}:")
    for step in STEPS:
        medians = {name: statistics.median(seconds[step, name]) for name in trees if (step, name) in seconds}
        line = "  ".join(f"{name} {value:.2f}" for name, value in medians.items())
        if "baseline" in medians:
            line += f"  (this/baseline {medians['this'] / medians['baseline']:.2f})"
        print(f"{step}: {line}")


if __name__ == "__main__":
    main()
