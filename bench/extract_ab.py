"""Process time of the extract stage in two checkouts, run in turn: for comparing two commits on this
noisy machine, where wall time swings within minutes (pairs run back to back see the same load).

    python bench/extract_ab.py OLD_CHECKOUT NEW_CHECKOUT [--pairs 5] [--mb 0.5]

Each run is a new process with its own user cache (warmed first): it extracts from a few seed
articles to load every language, then from ``--mb`` MB of the corpus bench/extract_speed.py builds
(new figures), and prints the process time of that part. Prints each pair and the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def inner(mb: float) -> float:
    import time

    from extract_speed import build_corpus

    from claimlint.extract import extract_text

    for text in build_corpus(0.1, seed=1)[:10]:
        extract_text(text)
    corpus = build_corpus(mb, seed=7)
    start = time.process_time()
    for text in corpus:
        extract_text(text)
    return time.process_time() - start


def run(root: Path, cache: str, mb: float) -> float:
    env = dict(os.environ, PYTHONPATH=f"{root}{os.pathsep}{HERE}", CLAIMLINT_CACHE_DIR=cache)
    done = subprocess.run([sys.executable, __file__, "--inner", str(mb)], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{root}: the run failed:\n{done.stderr}")
    return float(done.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path, nargs="?")
    ap.add_argument("new", type=Path, nargs="?")
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--mb", type=float, default=0.5)
    ap.add_argument("--inner", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inner is not None:
        print(inner(args.inner))
        return 0
    if args.old is None or args.new is None:
        ap.error("give two checkouts")
    times: dict[str, list[float]] = {"old": [], "new": []}
    with tempfile.TemporaryDirectory() as old_cache, tempfile.TemporaryDirectory() as new_cache:
        for root, cache in ((args.old, old_cache), (args.new, new_cache)):
            run(root, cache, 0.01)  # warm the cache: patterns, parser, language model
        for _ in range(args.pairs):
            times["old"].append(run(args.old, old_cache, args.mb))
            times["new"].append(run(args.new, new_cache, args.mb))
            print(f"old {times['old'][-1]:.3f} s   new {times['new'][-1]:.3f} s", flush=True)
    print(f"median over {args.mb} MB: old {statistics.median(times['old']):.3f} s, "
          f"new {statistics.median(times['new']):.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
