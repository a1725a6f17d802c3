"""Which files a command reads: the paths given, with directories walked in sorted order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

# Files an article may be written in; other files in a walked directory are not articles.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
# Directories a walk passes over besides hidden ones: installed packages and build output, whose
# READMEs and copies of the articles are no drafts of the story.
SKIPPED_DIRECTORIES = frozenset({"node_modules", "venv", "site-packages", "__pypackages__", "_build", "buck-out", "dist"})


def iter_articles(paths: Iterable[str]) -> Iterator[str]:
    """Each path as given, and each article file below a directory, sorted, hidden entries and
    ``SKIPPED_DIRECTORIES`` skipped.

    A missing path, or a directory holding no article, is yielded as is, so that reading it reports
    the error in its turn and the other files are still checked.
    """
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            found: list[str] = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRECTORIES)
                found.extend(
                    os.path.join(root, f)
                    for f in files
                    if not f.startswith(".") and f.lower().endswith(ARTICLE_SUFFIXES)
                )
            yield from sorted(found) if found else [raw]
        else:
            yield raw
