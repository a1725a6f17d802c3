"""Large ``re`` patterns compiled once per machine rather than once per process.

A language's tokenizer is one trie-shaped pattern of some hundred kilobytes; ``re.compile`` spends
about 100 ms parsing it into the regex engine's program, on every start of a short-lived process
(a pre-commit hook, one file in an editor). The program is a list of integers that depends only on
the pattern, the flags and the engine's version, so it is kept in the user cache and handed back to
the engine directly. Anything unexpected (another Python, a damaged file) falls back to
``re.compile``, which is always right.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from pathlib import Path
from typing import Any

from claimlint.datafiles import cache_dir, store

try:  # CPython's engine and its compiler; both have been stable since Python 3.11
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another implementation: plain compile
    _sre = None


def _program(pattern: str, flags: int) -> tuple[Any, ...]:
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    program = [int(op) for op in code]  # opcodes are int subclasses; marshal keeps plain ints
    # plain ints throughout: marshal refuses the RegexFlag enum that re.IGNORECASE | ... gives
    return int(flags | parsed.state.flags), program, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _path(pattern: str, flags: int) -> Path:
    key = hashlib.sha256(f"{sys.version}\0{_sre.MAGIC}\0{flags}\0{pattern}".encode()).hexdigest()[:24]
    return cache_dir() / f"re-{key}.marshal"


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with the compiled program kept in the user cache."""
    if _sre is None:
        return re.compile(pattern, flags)
    try:
        path = _path(pattern, flags)
        try:
            program = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            program = _program(pattern, flags)
            store(path, marshal.dumps(program))
        compiled: re.Pattern[str] = _sre.compile(pattern, *program)
        return compiled
    except Exception:  # noqa: BLE001 - an engine detail changed: the standard way is always right
        return re.compile(pattern, flags)
