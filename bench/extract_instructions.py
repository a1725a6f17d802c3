"""Count the instructions the extract stage runs per MB of the benchmark corpus, under callgrind.

Wall time on this shared machine swings by a factor of two within minutes; an instruction count
does not move with the load, so it tells whether a change made extraction cheaper. It runs
``claimlint.extract`` under valgrind's callgrind twice, over the first ``--base`` MB and the first
``--base`` + ``--mb`` MB of the corpus that bench/extract_speed.py builds, and prints the
difference per MB: the imports, the caches and the warm-up cost the same in both and cancel out.

    python bench/extract_instructions.py [--mb 0.2] [--base 0.05] [--root CHECKOUT]

``--root`` measures another checkout of claimlint (a git worktree of an older commit, say) with this
script and this corpus. Needs valgrind (Debian package ``valgrind``); each run takes about a minute.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def extract_part(megabytes: float, corpus_mb: float) -> tuple[int, int]:
    """Extract from the articles of a ``corpus_mb`` corpus until ``megabytes`` are read: (bytes,
    quantities). Both runs build the same corpus, and warm up on other articles (other figures)."""
    from extract_speed import build_corpus

    from claimlint.extract import extract_text

    corpus = build_corpus(corpus_mb)
    for text in build_corpus(0.1, seed=1)[:10]:  # every language's vocabulary, the parser, the identifier
        extract_text(text)
    size = count = 0
    for text in corpus:
        if size >= megabytes * 1_000_000:
            break
        count += len(extract_text(text))
        size += len(text.encode("utf-8"))
    return size, count


def instructions(megabytes: float, corpus_mb: float, root: Path, cache: str) -> tuple[int, int, int]:
    """Instructions callgrind counts for one run of :func:`extract_part`: (instructions, bytes, quantities)."""
    # (a fixed hash seed: set and dict order, and so the count, the same from run to run)
    env = dict(os.environ, PYTHONPATH=f"{root}{os.pathsep}{HERE}", CLAIMLINT_CACHE_DIR=cache, PYTHONHASHSEED="0")
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/callgrind.out",
             sys.executable, __file__, "--inner", str(megabytes), "--corpus", str(corpus_mb)],
            env=env, capture_output=True, text=True, check=True,
        )
    collected = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    size, count = (int(n) for n in done.stdout.split())
    assert collected is not None, done.stderr
    return int(collected.group(1)), size, count


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=0.2, help="the part measured, after --base")
    ap.add_argument("--base", type=float, default=0.05, help="the part both runs read")
    ap.add_argument("--root", type=Path, default=HERE.parent, help="the checkout of claimlint to measure")
    ap.add_argument("--inner", type=float, help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    corpus_mb = args.corpus or args.base + args.mb + 0.1
    if args.inner is not None:
        import claimlint

        root = Path(os.environ["PYTHONPATH"].split(os.pathsep)[0]).resolve()
        assert Path(claimlint.__file__).resolve().is_relative_to(root), f"not the checkout {root}"
        print(*extract_part(args.inner, corpus_mb))
        return 0
    with tempfile.TemporaryDirectory() as cache:
        # The warm-up reads the whole part the larger run reads, so that the user cache holds every
        # shape of run of both (since 2026-12-01 the parses by shape are kept there, and a run that
        # meets a new shape loads Lark, which one run paying and the other not would count as
        # extraction)
        subprocess.run([sys.executable, __file__, "--inner", str(args.base + args.mb), "--corpus", str(corpus_mb)], check=True,
                       stdout=subprocess.DEVNULL,
                       env=dict(os.environ, PYTHONPATH=f"{args.root}{os.pathsep}{HERE}", CLAIMLINT_CACHE_DIR=cache))
        small = instructions(args.base, corpus_mb, args.root, cache)
        large = instructions(args.base + args.mb, corpus_mb, args.root, cache)
    spent = large[0] - small[0]
    size_mb = (large[1] - small[1]) / 1_000_000
    quantities = max(1, large[2] - small[2])
    print(f"{args.root}: {spent / size_mb / 1e6:,.0f} million instructions per MB "
          f"({size_mb:.3f} MB, {quantities} quantities, {spent / quantities / 1e3:,.0f} thousand per quantity)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
