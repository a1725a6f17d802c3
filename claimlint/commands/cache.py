"""``claimlint cache dir`` prints where claimlint keeps its cache; ``claimlint cache clean`` empties it.

The cache holds what a run would otherwise rebuild (compiled patterns, the parser, kept parses, the language
model); runs prune it themselves (claimlint.datafiles), and a run after ``clean`` builds it again, once.
"""

from __future__ import annotations

import argparse
import sys

from claimlint.datafiles import cache_dir, cache_files


def run(args: argparse.Namespace) -> int:
    directory = cache_dir()
    if args.cache_command == "dir":
        sys.stdout.write(f"{directory}\n")
        return 0
    removed = freed = 0
    for path in cache_files(directory):
        try:
            size = path.stat().st_size
            path.unlink()
        except OSError as err:
            print(f"claimlint: error: {path}: cannot remove: {err.strerror}", file=sys.stderr)
            return 2
        removed += 1
        freed += size
    sys.stdout.write(f"removed {removed} files ({freed / 1_000_000:.1f} MB) from {directory}\n")
    return 0
