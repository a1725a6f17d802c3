"""Benchmark the extract stage: throughput on a corpus built from the seeds, and cold CLI start.

The corpus repeats the five seed articles until it passes ``--mb`` megabytes; each copy has its
figures rewritten at random (same number of digits, so the text keeps its shape), so that the
per-run parse cache sees realistic variety rather than the same few runs again and again. Every
pass reads a corpus of its own (other random figures), as a new process reads text it has not
seen, with an empty cache of parsed runs (the parses kept by shape of run, a few dozen, stay);
until 2026-12-01 the passes re-read one corpus, and all but the first found their runs in that cache.

    python bench/extract_speed.py [--mb 5] [--repeat 5] [--cold 15]   (--cold 0: throughput only)

Prints the median over ``--repeat`` passes of MB/s and quantities/s in one process, peak memory
(resident set, from the OS), and the median wall time of ``claimlint extract`` on one seed file run as
a new process, with the parser cache warm and with it empty.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
_DIGIT = regex.compile(r"\d")


def build_corpus(megabytes: float, seed: int = 7) -> list[str]:
    """Seed articles, figures varied, until the corpus reaches ``megabytes`` of UTF-8."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    out: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for text in texts:
            varied = _DIGIT.sub(lambda _: str(rng.randrange(10)), text)
            out.append(varied)
            size += len(varied.encode("utf-8"))
    return out


def throughput(megabytes: float, repeat: int) -> tuple[float, float, int, float, int]:
    """Median MB/s and quantities/s over ``repeat`` passes, each over a corpus of its own; the
    quantities, MB and articles of the first."""
    from claimlint.extract import _parse, extract_text

    for text in build_corpus(0.01, seed=1):  # one article of each seed: every vocabulary, the parser, the identifier
        extract_text(text)
    rates, qrates = [], []
    counts, sizes, articles = [], [], []
    for k in range(repeat):
        corpus = build_corpus(megabytes, seed=7 + k)
        size_mb = sum(len(t.encode("utf-8")) for t in corpus) / 1_000_000
        _parse.cache_clear()  # as in a new process: runs repeat within the corpus, not from before
        start = time.perf_counter()
        count = sum(len(extract_text(t)) for t in corpus)
        elapsed = time.perf_counter() - start
        rates.append(size_mb / elapsed)
        qrates.append(count / elapsed)
        counts.append(count)
        sizes.append(size_mb)
        articles.append(len(corpus))
    return statistics.median(rates), statistics.median(qrates), counts[0], sizes[0], articles[0]


def cold_start(runs: int, cache_dir: str | None, seed: Path | None = None) -> float:
    # As an installed tool runs: pip compiles bytecode at install time, so a machine that sets
    # PYTHONDONTWRITEBYTECODE (this one does) would otherwise time the compilation of claimlint's
    # own sources on every run of an editable install.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times = []
    for _ in range(runs):
        if cache_dir is None:
            env["CLAIMLINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="claimlint-cold-")
        else:
            env["CLAIMLINT_CACHE_DIR"] = cache_dir
        start = time.perf_counter()
        # (from a directory of no checkout: "-m" puts the working directory first on the path, which from a
        # checkout's root would time that checkout's code whatever PYTHONPATH names)
        subprocess.run(
            [sys.executable, "-m", "claimlint", "extract", str(seed or SEEDS[0])],
            check=True, stdout=subprocess.DEVNULL, env=env, cwd=tempfile.gettempdir(),
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--cold", type=int, default=15)
    args = ap.parse_args()
    mbs, qps, count, size_mb, articles = throughput(args.mb, args.repeat)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {articles} articles, {size_mb:.2f} MB, {count} quantities in the first pass")
    print(f"throughput (median of {args.repeat} passes, each over new figures): {mbs:.2f} MB/s, {qps:,.0f} quantities/s")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")
    if args.cold < 1:
        return 0
    warm_dir = tempfile.mkdtemp(prefix="claimlint-warm-")
    for seed in (SEEDS[0], SEEDS[-1]):  # fill the user cache once for each file timed warm
        cold_start(1, warm_dir, seed)
    warm = cold_start(args.cold, warm_dir)
    latin = cold_start(args.cold, warm_dir, SEEDS[-1])
    empty = cold_start(max(3, args.cold // 3), None)
    print(f"cold 'claimlint extract {SEEDS[0].relative_to(ROOT)}' (median of {args.cold}): {warm * 1000:.0f} ms")
    print(f"cold 'claimlint extract {SEEDS[-1].relative_to(ROOT)}' (Dutch: loads the language identifier)"
          f" (median of {args.cold}): {latin * 1000:.0f} ms")
    print(f"same with an empty parser cache (median of {max(3, args.cold // 3)}): {empty * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
