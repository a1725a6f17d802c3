"""Patterns compiled no more often than they must be: large ``re`` patterns once per machine rather than once per
process, and the modules' small ``regex`` patterns at their first use rather than at import.

A language's tokenizer is one trie-shaped pattern of some hundred kilobytes; ``re.compile`` spends
about 100 ms parsing it into the regex engine's program, on every start of a short-lived process
(a pre-commit hook, one file in an editor). The program is a list of integers that depends only on
the pattern, the flags and the engine's version, so it is kept in the user cache and handed back to
the engine directly. Anything unexpected (another Python, a damaged file) falls back to
``re.compile``, which is always right.

``regex`` keeps nothing across processes, and its compiler is slow: the modules of the extract stage hold some two
hundred patterns, 40 ms of compiling at every import, while a file reads a few dozen of them. :func:`lazy` defers
each to its first use.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from pathlib import Path
from typing import Any, cast

import regex

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


class _Lazy:
    """A ``regex`` pattern compiled at its first use. The compiled pattern's attributes are then copied into the
    instance, so that every later use is one lookup in its ``__dict__``, as cheap as on the pattern itself."""

    _ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer",
                   "scanner", "pattern", "flags", "groups", "groupindex")

    def __init__(self, pattern: str, flags: int, kwargs: dict[str, Any]) -> None:
        self._arguments = (pattern, flags, kwargs)

    def __getattr__(self, name: str) -> Any:  # (only asked for what the instance does not hold yet)
        if name.startswith("__"):
            raise AttributeError(name)
        pattern, flags, kwargs = self._arguments
        compiled = regex.compile(pattern, flags, **kwargs)
        for attribute in self._ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0, **kwargs: Any) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags, **kwargs)``, compiled when the pattern is first used: for the modules' own
    patterns, most of which a given text never needs."""
    return cast("regex.Pattern[str]", _Lazy(pattern, flags, kwargs))
