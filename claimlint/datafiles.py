"""Reading claimlint's own YAML data files, with a JSON copy in the user cache; the user cache itself.

The pure-Python YAML parser costs tens of milliseconds per file, which a pre-commit hook pays on
every run; the copy is keyed by the file's content, so an edited file is parsed again.

Every file of the cache is named after a digest of what it was built from, so an upgrade or an edited data file
leaves the old ones unread. A file's time of modification is its time of last use (refreshed at most once a day
as it is read), and a run that writes a file or marks a use removes, as it ends, claimlint's files unused for
:data:`UNUSED_DAYS` days (``claimlint cache clean`` removes them all).
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """``CLAIMLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/claimlint``, else ``~/.cache/claimlint``."""
    explicit = os.environ.get("CLAIMLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "claimlint"


def load_data(name: str) -> Any:
    """A YAML file of ``claimlint/data``, parsed once per content."""
    text = resources.files("claimlint.data").joinpath(name).read_text(encoding="utf-8")

    def parse() -> Any:
        from ruamel.yaml import YAML

        return YAML(typ="safe", pure=True).load(text)

    return cached_json("data", text, parse)


def cached_json(kind: str, key: str, build: Callable[[], Any]) -> Any:
    """What ``build`` returns (JSON-serialisable), kept in the user cache under ``key`` (a digest of
    everything it is built from): for values that take long to build and never change between runs."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    cached = cache_dir() / f"{kind}-{digest}.json"
    try:
        return json.loads(read_kept(cached))
    except (OSError, ValueError):
        pass
    # What is returned is the JSON copy, as a later run reads it (a YAML mapping's number keys become
    # strings): the first run after an install builds on the same values, and so makes the same cache keys.
    encoded = json.dumps(build(), ensure_ascii=False)
    store(cached, encoded.encode("utf-8"))
    return json.loads(encoded)


def store(path: Path, data: bytes) -> bool:
    """Write a cache file atomically (a reader never sees half of it); False when the cache cannot
    be written, which costs the next run time, never correctness. The cache is pruned at exit (where this is no
    write made at exit itself, as the kept parses' is: the next run prunes then)."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError:
        return False
    _prune_at_exit(path.parent)
    return True


# Files unused this long are removed; a file's use is marked at most this often (in seconds).
UNUSED_DAYS = 30
_MARK_EVERY = 86_400
# claimlint's files in the cache, which alone pruning and `claimlint cache clean` touch: the directory may be one a
# user named (CLAIMLINT_CACHE_DIR) and shares. A name is a kind (and a language, or the languages and size of the
# language model), a dash and the hexadecimal digest of what the file was built from; a file being written has a
# process number before ".tmp" in place of its suffix ("data-export.json", "regex-notes.json" are not claimlint's).
_OURS = (
    r"(?:(?:data|plans|re|regex)-[0-9a-f]{24}|(?:lexicon|references)-[a-z]{2}-[0-9a-f]{24}|quantity-[0-9a-f]{16}"
    r"|langid-(?:[a-z]{2}-)+(?:[0-9]+-[0-9a-f]{16}|none))"
    r"(?:\.(?:json|marshal|lark-cache|bin)|\.[0-9]+\.tmp)"
)
_PRUNED = ".pruned"  # its time of modification is the last pruning's


def read_kept(path: Path) -> bytes:
    """The bytes of a cache file, its use marked (see :func:`mark_used`)."""
    with path.open("rb") as handle:
        data = handle.read()
        mark_used(path, handle.fileno())
    return data


def mark_used(path: Path, handle: int | None = None) -> None:
    """Mark a cache file (open as ``handle``, if it is) as used now, where its last mark is over a day old; and prune
    its directory at exit, so that a cache no run writes to is pruned too."""
    try:
        if time.time() - os.stat(path if handle is None else handle).st_mtime <= _MARK_EVERY:
            return
        os.utime(path)  # (by its path: not every system sets times through a descriptor)
    except OSError:  # a cache shared read-only: pruning is its owner's
        return
    _prune_at_exit(path.parent)


_PRUNING: set[Path] = set()


def _prune_at_exit(directory: Path) -> None:
    """Prune ``directory`` when the process ends: by then every file the run reads is marked (after a month without
    a run, the first file read must not have the others removed)."""
    if directory not in _PRUNING:
        _PRUNING.add(directory)
        atexit.register(prune, directory)


def cache_files(directory: Path) -> list[Path]:
    """claimlint's files in the cache ``directory`` (none where it does not exist)."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return []
    return [Path(e.path) for e in entries if re.fullmatch(_OURS, e.name) and e.is_file(follow_symlinks=False)]


def prune(directory: Path, now: float | None = None) -> list[Path]:
    """Remove claimlint's files unused for :data:`UNUSED_DAYS` days from ``directory``, and files left half
    written a day ago, at most once a day; the files removed."""
    now = time.time() if now is None else now
    stamp = directory / _PRUNED
    try:
        if now - stamp.stat().st_mtime < _MARK_EVERY:
            return []
    except OSError:
        pass
    removed = []
    for path in cache_files(directory):
        try:
            age = now - path.stat().st_mtime
            if age > UNUSED_DAYS * 86_400 or (path.suffix == ".tmp" and age > _MARK_EVERY):
                path.unlink()
                removed.append(path)
        except OSError:  # removed by another process meanwhile, or not ours to remove
            continue
    try:
        stamp.touch()
        os.utime(stamp, (now, now))
    except OSError:
        pass
    return removed
