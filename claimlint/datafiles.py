"""Reading claimlint's own YAML data files, with a JSON copy in the user cache.

The pure-Python YAML parser costs tens of milliseconds per file, which a pre-commit hook pays on
every run; the copy is keyed by the file's content, so an edited file is parsed again.
"""

from __future__ import annotations

import hashlib
import json
import os
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
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    # What is returned is the JSON copy, as a later run reads it (a YAML mapping's number keys become
    # strings): the first run after an install builds on the same values, and so makes the same cache keys.
    encoded = json.dumps(build(), ensure_ascii=False)
    store(cached, encoded.encode("utf-8"))
    return json.loads(encoded)


def store(path: Path, data: bytes) -> bool:
    """Write a cache file atomically (a reader never sees half of it); False when the cache cannot
    be written, which costs the next run time, never correctness."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError:
        return False
    return True
