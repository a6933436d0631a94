"""Content-stream reading: pdfminer's parser and interpreter against pipeline.pdf.content_stream's.

    .venv/bin/python benchmarks/content_stream_bench.py              # samples/*.pdf, x3, 5 rounds
    .venv/bin/python benchmarks/content_stream_bench.py --rounds 3 --repeat 1 some.pdf
    .venv/bin/python benchmarks/content_stream_bench.py --compare /work/shared/robustness/*/*.pdf

Not part of the test suite. Two measurements, CPU seconds (time.process_time) in this process,
each run --rounds times alternating pdfminer's and ours (the machine is shared), medians printed:

- interpret: every page of every PDF, --repeat times, opened anew each time (so both pay the
  same stream decoding and font loading), processed as pdfplumber's Page.layout does
  (PDFPageAggregatorWithMarkedContent), by PDFPageInterpreter or by FastPageInterpreter;
- tokenize: all objects of all pages' content streams (decoded beforehand) read with
  PDFContentParser or ContentParser, --repeat times;
- parse_pdf: pipeline.parse.parse_pdf of every PDF once, its pages interpreted by pdfminer's
  interpreter or by FastPageInterpreter (pipeline.pdf.chars.INTERPRETER swapped for the run).

--compare checks instead that both parsers give the same objects on every page and Form XObject
of the PDFs, and prints per file: identical, handed over to pdfminer (where and why), or differs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pdfplumber
from pdfminer.pdfinterp import PDFContentParser, PDFPageInterpreter
from pdfminer.pdftypes import list_value, stream_value
from pdfminer.psparser import PSEOF
from pdfplumber.page import PDFPageAggregatorWithMarkedContent

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.parse import parse_pdf  # noqa: E402
from pipeline.pdf import chars  # noqa: E402
from pipeline.pdf.content_stream import ContentParser, FastPageInterpreter  # noqa: E402
from tests.content_streams import hand_over_reason, read_all, stream_sets  # noqa: E402


def compare(paths: list[Path]) -> None:
    """Print, per PDF, whether ContentParser gives pdfminer's objects, and a count of each verdict."""
    verdicts: Counter[str] = Counter()
    for path in paths:
        try:
            sets = list(stream_sets(path))
        except Exception as exc:  # noqa: BLE001 - a file pdfminer cannot open has no streams to compare
            verdicts["not readable by pdfminer"] += 1
            print(f"{path.name}: not readable by pdfminer ({exc!r:.80})")
            continue
        differ, handed_over = [], []
        for where, streams in sets:
            if read_all(ContentParser, streams) != read_all(PDFContentParser, streams):
                differ.append(where)
            elif streams and (reason := hand_over_reason(ContentParser(streams))):
                handed_over.append(f"{where}: {reason}")
        verdict = "DIFFERS" if differ else "handed over" if handed_over else "identical"
        verdicts[verdict] += 1
        print(f"{path.name}: {verdict}, {len(sets)} stream sets", *differ, *handed_over, sep="\n    ")
    print(dict(verdicts))


def interpret_all(paths: list[Path], interpreter_class: type[PDFPageInterpreter], repeat: int) -> float:
    """CPU seconds to lay out every page of `paths`, `repeat` times."""
    start = time.process_time()
    for _ in range(repeat):
        for path in paths:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    device = PDFPageAggregatorWithMarkedContent(pdf.rsrcmgr, pageno=page.page_number,
                                                                laparams=pdf.laparams)
                    interpreter_class(pdf.rsrcmgr, device).process_page(page.page_obj)
                    device.get_result()
    return time.process_time() - start


def parse_all(paths: list[Path], interpreter_class: type[PDFPageInterpreter]) -> float:
    """CPU seconds of parse_pdf over `paths`, its pages interpreted by `interpreter_class`."""
    original = chars.INTERPRETER
    chars.INTERPRETER = interpreter_class  # what pipeline.pdf.chars.direct_layout instantiates
    try:
        start = time.process_time()
        for path in paths:
            parse_pdf(path)
        return time.process_time() - start
    finally:
        chars.INTERPRETER = original


def page_streams(paths: list[Path]) -> list[list]:
    """Each page's content streams, decoded (get_data caches the data in the stream)."""
    pages = []
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                streams = [stream_value(s) for s in list_value(page.page_obj.contents)]
                for stream in streams:
                    stream.get_data()
                pages.append(streams)
    return pages


def tokenize_all(pages: list[list], parser_class: Callable, repeat: int) -> tuple[float, int]:
    """CPU seconds to read every object of every page, `repeat` times, and the object count."""
    count = 0
    start = time.process_time()
    for _ in range(repeat):
        for streams in pages:
            try:
                parser = parser_class(streams)
                while True:
                    parser.nextobject()
                    count += 1
            except PSEOF:
                pass
    return time.process_time() - start, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--compare", action="store_true", help="check the objects are the same, do not time")
    args = parser.parse_args()
    paths = args.pdfs or sorted((REPO / "samples").glob("*.pdf"))
    if args.compare:
        compare(paths)
        return

    pages = page_streams(paths)
    times: dict[str, list[float]] = {f"{what} {reader}": [] for what in ("interpret", "tokenize", "parse_pdf")
                                     for reader in ("pdfminer", "fast")}
    objects = 0
    parse_all(paths, FastPageInterpreter)  # warm up: spaCy's pipeline, the fonts' caches
    for _ in range(args.rounds):
        times["interpret pdfminer"].append(interpret_all(paths, PDFPageInterpreter, args.repeat))
        times["interpret fast"].append(interpret_all(paths, FastPageInterpreter, args.repeat))
        seconds, objects = tokenize_all(pages, PDFContentParser, args.repeat)
        times["tokenize pdfminer"].append(seconds)
        times["tokenize fast"].append(tokenize_all(pages, ContentParser, args.repeat)[0])
        times["parse_pdf pdfminer"].append(parse_all(paths, PDFPageInterpreter))
        times["parse_pdf fast"].append(parse_all(paths, FastPageInterpreter))

    print(f"{len(paths)} PDFs, {len(pages)} pages (interpret, tokenize: x{args.repeat}, parse_pdf: x1), "
          f"{objects} objects; CPU seconds, median of {args.rounds} alternating rounds\n")
    print("| measurement | pdfminer | fast | saved |")
    print("|---|---|---|---|")
    for what in ("interpret", "tokenize", "parse_pdf"):
        slow = statistics.median(times[f"{what} pdfminer"])
        fast = statistics.median(times[f"{what} fast"])
        print(f"| {what} | {slow:.2f} | {fast:.2f} | {1 - fast / slow:.0%} ({slow / fast:.1f}x) |")
    for name, values in times.items():
        print(f"  {name}: " + " ".join(f"{v:.2f}" for v in values))


if __name__ == "__main__":
    main()
