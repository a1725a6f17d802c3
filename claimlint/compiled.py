"""Patterns compiled no more often than they must be: large ``re`` patterns once per machine rather than once per
process, and the modules' small ``regex`` patterns at their first use rather than at import.

A language's tokenizer is one trie-shaped pattern of some hundred kilobytes; ``re.compile`` spends
about 100 ms parsing it into the regex engine's program, on every start of a short-lived process
(a pre-commit hook, one file in an editor). The program is a list of integers that depends only on
the pattern, the flags and the engine's version, so it is kept in the user cache and handed back to
the engine directly. Anything unexpected (another Python, a damaged file) falls back to
``re.compile``, which is always right.

``regex`` keeps nothing across processes, and its compiler, written in Python, is slow: the modules of the extract
stage hold some two hundred patterns, 40 ms of compiling at every import, while a file reads a few dozen of them
(30-55 ms more, Russian seed 000). :func:`lazy` defers each to its first use, and :func:`compile_regex_cached` keeps
what ``regex``'s compiler hands its engine in the user cache, as for ``re``.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
import threading
from pathlib import Path
from typing import Any, cast

import regex

from claimlint.datafiles import cache_dir, read_kept, store

try:  # CPython's engine and its compiler; both have been stable since Python 3.11
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another implementation: plain compile
    _sre = None

try:  # regex's compiler (in Python) and the engine it hands each program to
    from regex import _main as _regex_main
    from regex import _regex
except ImportError:  # pragma: no cover - another layout of the package: plain compile
    _regex_main = None


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
            program = marshal.loads(read_kept(path))
        except (OSError, EOFError, ValueError, TypeError):
            program = _program(pattern, flags)
            store(path, marshal.dumps(program))
        compiled: re.Pattern[str] = _sre.compile(pattern, *program)
        return compiled
    except Exception:  # noqa: BLE001 - an engine detail changed: the standard way is always right
        return re.compile(pattern, flags)


_RECORDING = threading.Lock()


def _plain(value: Any) -> Any:
    """``value`` with int subclasses (the RegexFlag enum) made ints, through tuples, lists, sets and dicts: what
    marshal keeps."""
    if isinstance(value, bool) or value is None or isinstance(value, str | bytes):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        return type(value)(_plain(v) for v in value)
    raise TypeError(f"not kept: {type(value).__name__}")


def _regex_arguments(pattern: str, flags: int, kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """What ``regex``'s compiler hands its engine (``_regex.compile``) for this pattern: recorded by standing in for
    the engine module during one compile (the compiler's own cache off, so that it does compile)."""
    recorded: list[tuple[Any, ...]] = []

    class _Recorder:
        def __getattr__(self, name: str) -> Any:
            return getattr(_regex, name)

        @staticmethod
        def compile(*arguments: Any) -> Any:
            if arguments[0] == pattern:  # (not another thread's compile, which goes through here meanwhile)
                recorded.append(arguments)
            return _regex.compile(*arguments)

    with _RECORDING:
        _regex_main._regex = _Recorder()
        try:
            _regex_main._compile(pattern, flags, False, kwargs, False)
        finally:
            _regex_main._regex = _regex
    return tuple(_plain(a) for a in recorded[0])


def compile_regex_cached(pattern: str, flags: int = 0, **kwargs: Any) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags, **kwargs)``, with what its compiler makes of the pattern kept in the user cache
    under the pattern, the flags, the named lists, Python's version, ``regex``'s and its default version. The file
    holds a digest of the key and the program: ``regex``'s engine does not check a program it is handed (one cut
    short crashes the process), so a file that is not whole and this pattern's is compiled anew and written again.
    Anything unexpected (another layout of the package) falls back to ``regex.compile``, which is always right."""
    if _regex_main is None:
        return regex.compile(pattern, flags, **kwargs)
    try:
        lists = sorted((name, sorted(values)) for name, values in kwargs.items())
        # (regex's default version, V0 or V1, which a program using the API may set, decides how a pattern compiles)
        key = f"{sys.version}\0{regex.__version__}\0{int(regex.DEFAULT_VERSION)}\0{int(flags)}\0{pattern}\0{lists}".encode()
        path = cache_dir() / f"regex-{hashlib.sha256(key).hexdigest()[:24]}.marshal"
        arguments = _kept_arguments(path, key, pattern)
        if arguments is None:
            arguments = _regex_arguments(pattern, flags, kwargs)
            payload = marshal.dumps(arguments)
            store(path, hashlib.sha256(key + payload).digest() + payload)
        compiled: regex.Pattern[str] = _regex.compile(*arguments)
        return compiled
    except Exception:  # noqa: BLE001 - an engine detail changed: the standard way is always right
        return regex.compile(pattern, flags, **kwargs)


def _kept_arguments(path: Path, key: bytes, pattern: str) -> tuple[Any, ...] | None:
    """The arguments kept in ``path`` for this key, or None where the file is missing, damaged or another's."""
    try:
        data = read_kept(path)
    except OSError:
        return None
    digest, payload = data[:32], data[32:]
    if hashlib.sha256(key + payload).digest() != digest:
        return None
    try:
        arguments = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    return arguments if isinstance(arguments, tuple) and arguments[:1] == (pattern,) else None


class _Lazy:
    """A ``regex`` pattern compiled at its first use. The compiled pattern's attributes are then copied into the
    instance, so that every later use is one lookup in its ``__dict__``, as cheap as on the pattern itself."""

    _ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer",
                   "scanner", "pattern", "flags", "groups", "groupindex")

    def __init__(self, pattern: str, flags: int, kwargs: dict[str, Any]) -> None:
        self._arguments = (pattern, flags, kwargs)

    def __getattr__(self, name: str) -> Any:  # (only asked for what the instance does not hold yet)
        if name.startswith("__") or name == "_compiled":
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:  # (the first use; after it, an attribute not copied is asked of the pattern)
            pattern, flags, kwargs = self._arguments
            compiled = self._compiled = compile_regex_cached(pattern, flags, **kwargs)
            for attribute in self._ATTRIBUTES:
                setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0, **kwargs: Any) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags, **kwargs)``, compiled when the pattern is first used (by
    :func:`compile_regex_cached`): for the modules' own patterns, most of which a given text never needs."""
    return cast("regex.Pattern[str]", _Lazy(pattern, flags, kwargs))
