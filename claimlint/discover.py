"""Which files a command reads: the paths given, with directories walked in sorted order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (pathspec is imported where a walk meets an ignore file: 20 ms an import, for a walk only)
    from pathspec import GitIgnoreSpec

# Files an article may be written in; other files in a walked directory are not articles.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
# Directories a walk passes over besides hidden ones: installed packages and build output, whose
# READMEs and copies of the articles are no drafts of the story.
SKIPPED_DIRECTORIES = frozenset({"node_modules", "venv", "site-packages", "__pypackages__", "_build", "buck-out", "dist"})

# The ignore files of a repository that hold for a directory: (the directory they are relative to,
# their patterns), from the repository's top down, so that a deeper file's pattern overrides.
_Ignores = list[tuple[str, "GitIgnoreSpec"]]


def iter_articles(paths: Iterable[str], respect_gitignore: bool = True) -> Iterator[str]:
    """Each path as given, and each article file below a directory, sorted, hidden entries,
    ``SKIPPED_DIRECTORIES`` and (in a git repository, unless ``respect_gitignore`` is false) what its
    ``.gitignore`` files and ``.git/info/exclude`` ignore, skipped. A path given is read whatever
    ignores it, as in git and ruff: only what a walk finds is filtered.

    A missing path, or a directory holding no article, is yielded as is, so that reading it reports
    the error in its turn and the other files are still checked.
    """
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            found: list[str] = []
            # (ignore files are matched in the real directories' frame, whatever links the path took)
            real = str(path.resolve())
            above = _ignores_above(Path(real)) if respect_gitignore else None
            if above and _ignored(real, above, directory=True):
                above = []  # a directory named that the files above ignore is read, as a file named is
            ignores = {str(path): above}
            for root, dirs, files in os.walk(path):
                here = ignores.pop(root)
                real_root = os.path.normpath(os.path.join(real, os.path.relpath(root, path)))
                if here is not None:
                    here = here + _spec(real_root, Path(real_root, ".gitignore"))
                dirs[:] = sorted(
                    d for d in dirs
                    if not d.startswith(".") and d not in SKIPPED_DIRECTORIES
                    and not _ignored(os.path.join(real_root, d), here, directory=True)
                )
                ignores.update((os.path.join(root, d), here) for d in dirs)
                found.extend(
                    os.path.join(root, f)
                    for f in files
                    if not f.startswith(".") and f.lower().endswith(ARTICLE_SUFFIXES)
                    and not _ignored(os.path.join(real_root, f), here, directory=False)
                )
            yield from sorted(found) if found else [raw]
        else:
            yield raw


def _ignores_above(real: Path) -> _Ignores | None:
    """The ignore files that hold for the (resolved) directory ``real`` from above it: its repository's
    ``.git/info/exclude`` and the ``.gitignore`` of each directory from the repository's top down to
    ``real``'s parent; None outside a git repository (where git ignores nothing)."""
    chain = [real, *real.parents]
    top = next((d for d in chain if (d / ".git").exists()), None)
    if top is None:
        return None
    out = _spec(str(top), top / ".git" / "info" / "exclude")
    for directory in reversed(chain[1 : chain.index(top) + 1]):
        out += _spec(str(directory), directory / ".gitignore")
    return out


def _spec(base: str, file: Path) -> _Ignores:
    """The patterns of an ignore file, matched from ``base`` (none if it is missing or empty)."""
    try:
        lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:  # (none, or unreadable: git reads nothing from it either)
        return []
    from pathspec import GitIgnoreSpec

    return [(base, GitIgnoreSpec.from_lines(lines))] if lines else []


def _ignored(path: str, ignores: _Ignores | None, directory: bool) -> bool:
    """Whether the last of ``ignores`` that has a pattern for ``path`` ignores it (a later "!pattern"
    takes it back, as in git)."""
    ignored = False
    for base, spec in ignores or ():
        rel = os.path.relpath(path, base).replace(os.sep, "/")
        result = spec.check_file(rel + "/" if directory else rel)
        if result.include is not None:
            ignored = result.include
    return ignored
