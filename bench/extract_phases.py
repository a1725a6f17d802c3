"""Where the extract stage spends its time: each step over the benchmark corpus, alone.

Times, in process time (best of ``--repeat`` runs), the steps of the extract stage over the corpus
bench/extract_speed.py builds, its paragraphs found once beforehand. From the second line on each
step includes the ones above it but the first, so that the differences between lines are what a step
adds; the last line is the whole stage, paragraphs included (the machine is shared: run it twice):

    python bench/extract_phases.py [--mb 1] [--repeat 3]

paragraphs and their languages; the anchor scan that finds the windows to read; the excluded spans
of each window; the candidate runs; parsing and finishing each quantity; the passes over a
paragraph's quantities; the whole of ``extract_text``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from extract_speed import build_corpus

    from claimlint.candidates import _windows, excluded_spans, find_runs
    from claimlint.extract import _parse, _read, extract_span, extract_text
    from claimlint.lexicon import fold_case, lexicon
    from claimlint.segment import paragraphs

    for text in build_corpus(0.01, seed=1):  # every vocabulary, the parser, the identifier
        extract_text(text)
    corpus = build_corpus(args.mb, seed=9)
    size = sum(len(t.encode("utf-8")) for t in corpus) / 1_000_000
    paras = [(t, p) for t in corpus for p in paragraphs(t)]

    def windows(with_excluded: bool) -> None:
        for t, p in paras:
            lex = lexicon(p.lang)
            for a, b in _windows(fold_case(t[p.start : p.end], lex.folding), lex):
                if with_excluded:
                    excluded_spans(t, p.lang, a + p.start, b + p.start)

    steps: list[tuple[str, Callable[[], object]]] = [
        ("paragraphs and their languages", lambda: [paragraphs(t) for t in corpus]),
        ("+ anchor scan (windows)", lambda: windows(False)),
        ("+ excluded spans of each window", lambda: windows(True)),
        ("+ tokens and runs", lambda: [list(find_runs(t, p.lang, p.start, p.end)) for t, p in paras]),
        ("+ parsing and finishing", lambda: [list(_read(t, p.lang, p.start, p.start, p.end, ())) for t, p in paras]),
        ("+ passes over a paragraph", lambda: [extract_span(t, p.lang, p.start, p.end) for t, p in paras]),
        ("extract_text, the whole stage", lambda: [extract_text(t) for t in corpus]),
    ]
    print(f"corpus: {len(corpus)} articles, {size:.2f} MB, {len(paras)} paragraphs")
    for label, step in steps:
        best = float("inf")
        for _ in range(args.repeat):
            _parse.cache_clear()
            start = time.process_time()
            step()
            best = min(best, time.process_time() - start)
        print(f"{label:34s} {best * 1000 / size:7.0f} ms per MB")


if __name__ == "__main__":
    main()
