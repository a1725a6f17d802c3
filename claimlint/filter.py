"""The filter stage, in one place: which rules run, at what severity, and which findings are kept.

Selectors are codes ("CL102"), code prefixes ("CL1", "CL") or slugs ("scale-word-mismatch"); the
most specific of the matching ``select`` and ``ignore`` entries wins, as in ruff. A rule that is off
by default runs only when selected by its full code or slug. Inline suppressions in an article:

    <!-- claimlint-disable-next-line CL102 -->   the next line (several codes: comma-separated)
    <!-- claimlint-disable CL105 --> ... <!-- claimlint-enable CL105 -->   a region
    <!-- claimlint-disable -->                   every rule, to the next claimlint-enable

``per-file-ignores`` maps glob patterns (matched on the path from the directory of the configuration file
that holds them, or on the path as given) to selectors.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from claimlint.compiled import lazy
from claimlint.config import Config
from claimlint.diagnostics import Diagnostic, Severity
from claimlint.errors import ConfigError, UsageError
from claimlint.rule import Rule
from claimlint.source import Document

_DIRECTIVE = lazy(
    r"<!--\s*claimlint-(disable-next-line|disable|enable)(?![\w-])\s*([A-Za-z0-9_,\s-]*?)\s*-->"
)
# Any directive, known or not: a misspelt one ("claimlint-disable-line") would suppress nothing unseen.
_ANY_DIRECTIVE = lazy(r"<!--\s*(claimlint-([\w-]+))")
_KINDS = ("disable-next-line", "disable", "enable")
ALWAYS = "CL000"  # a crashed rule is always reported


def _specificity(selector: str, rule: type[Rule]) -> int:
    """How specifically ``selector`` names ``rule``: 0 not at all, else the length matched."""
    if selector == rule.slug or selector == rule.code:
        return 100
    return len(selector) if rule.code.startswith(selector) else 0


def check_selectors(config: Config, rules: Sequence[type[Rule]]) -> None:
    """Every selector in the configuration must name at least one rule."""
    names = [*config.select, *config.ignore, *config.severity, *config.options,
             *(s for codes in config.per_file_ignores.values() for s in codes)]
    for name in names:
        if name != ALWAYS and not any(_specificity(name, r) for r in rules):
            where = config.origins.get(f"severity.{name}") or config.origins.get(f"options.{name}") \
                or config.origins.get("select") or config.origins.get("ignore") or (config.path or "<config>", 0, 0)
            raise ConfigError(where[0], f"{name!r} names no rule (see 'claimlint rule --all')",
                              where[1] or None, where[2] or None)
    for name, given in config.options.items():
        rule = next((r for r in rules if r.code == name), None)
        if rule is None:  # (a rule reads its options by its code: given by slug or prefix they would do nothing)
            where = config.origins.get(f"options.{name}") or (config.path or "<config>", 0, 0)
            codes = ", ".join(r.code for r in rules if _specificity(name, r))
            raise ConfigError(where[0], f"options are given by rule code: {name!r} is not one (it names {codes})",
                              where[1] or None, where[2] or None)
        for option, value in given.items():
            where = config.origins.get(f"options.{name}.{option}") or config.origins.get(f"options.{name}") or (
                config.path or "<config>", 0, 0)
            problem = _option_problem(rule, option, value)
            if problem:
                raise ConfigError(where[0], problem, where[1] or None, where[2] or None)


def _option_problem(rule: type[Rule], option: str, value: object) -> str | None:
    """What is wrong with an option given to a rule: a name the rule does not take, or a value of another type
    than its default's (a number where a number is expected, not a boolean)."""
    defaults = rule.default_options
    if option not in defaults:
        known = ", ".join(sorted(defaults)) or "none"
        return f"{rule.code} has no option {option!r} (its options: {known})"
    default = defaults[option]
    if default is None:
        return None  # (no type to hold it to)
    expected: tuple[type, ...] = (
        (int, float) if isinstance(default, float) else (list, tuple) if isinstance(default, (list, tuple)) else (type(default),))
    if (type(value) is bool) != (type(default) is bool) or not isinstance(value, expected):
        return f"option {option!r} of {rule.code} must be {_type_name(default)}, not {value!r}"
    if isinstance(default, (int, float)) and type(default) is not bool and default >= 0 and value < 0:  # type: ignore[operator]
        return f"option {option!r} of {rule.code} must not be negative, not {value!r}"
    return None


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "a list"
    return f"a {type(value).__name__}"


def check_command_line(names: Iterable[str], rules: Sequence[type[Rule]]) -> None:
    """--select and --ignore must name rules too (a typo would silently select nothing)."""
    for name in names:
        if name != ALWAYS and not any(_specificity(name, r) for r in rules):
            raise UsageError(f"--select/--extend-select/--ignore: {name!r} names no rule (see 'claimlint rule --all')")


def enabled(rule: type[Rule], select: Iterable[str], ignore: Iterable[str]) -> bool:
    chosen = max((_specificity(s, rule) for s in select), default=0)
    dropped = max((_specificity(s, rule) for s in ignore), default=0)
    if not rule.enabled_by_default and chosen < 100:
        return False
    return chosen > 0 and chosen > dropped


def enabled_rules(config: Config, rules: Sequence[type[Rule]], extra_select: Sequence[str] = (),
                  extra_ignore: Sequence[str] = (), only: Sequence[str] = ()) -> list[type[Rule]]:
    """The rules a run checks: the configuration's selection, or ``only`` in its place (``--select``, which sets
    aside the configuration's ignore as well), with ``extra_select`` added (``--extend-select``); the ignored
    ones dropped where no selector names them more closely."""
    named = [*only, *extra_select]
    select = [*(only or config.select), *extra_select]
    base_ignore = [] if only else config.ignore  # (as in ruff: --select sets aside the configuration's ignore too)

    def ignored(rule: type[Rule]) -> list[str]:
        # a configured ignore yields to a selector of the command line that names the rule as closely (a code, a
        # slug, a prefix alike); --ignore wins over --select at equal closeness
        closest = max((_specificity(n, rule) for n in named), default=0)
        return [s for s in base_ignore if _specificity(s, rule) > closest] + list(extra_ignore)

    return [r for r in rules if enabled(r, select, ignored(r))]


def severities(config: Config, rules: Sequence[type[Rule]]) -> dict[str, Severity]:
    out: dict[str, Severity] = {}
    for name, level in config.severity.items():
        for rule in rules:
            if _specificity(name, rule):
                out[rule.code] = Severity(level)
    return out


def _suppressed(doc: Document) -> list[tuple[int, int, frozenset[str]]]:
    """Spans of the text where some codes (empty set: all) are suppressed."""
    spans: list[tuple[int, int, frozenset[str]]] = []
    open_regions: dict[frozenset[str], int] = {}
    for m in _DIRECTIVE.finditer(doc.text):
        kind = m.group(1)
        codes = frozenset(c.strip() for c in m.group(2).replace(",", " ").split() if c.strip())
        if kind == "disable-next-line":
            line = doc.lines.position(m.start())[0]
            if line < doc.lines.line_count:
                start = doc.lines.starts[line]
                end = doc.lines.starts[line + 1] if line + 1 < doc.lines.line_count else len(doc.text)
                spans.append((start, end, codes))
        elif kind == "disable":
            open_regions[codes] = m.end()
        else:
            for key in [k for k in open_regions if not codes or codes & k]:
                spans.append((open_regions.pop(key), m.start(), key))
                if codes and key - codes:  # "enable CL101" after "disable CL101, CL109": CL109 stays off
                    rest = key - codes
                    open_regions[rest] = min(open_regions.get(rest, m.end()), m.end())
    spans.extend((start, len(doc.text), key) for key, start in open_regions.items())
    return spans


def _names_of(path: str, pattern: str, config: Config) -> tuple[str, ...]:
    """The names a ``per-file-ignores`` pattern is matched against: the path as given, and the path from the
    directory of the configuration file that holds the pattern ("archive/*.md" from wherever the check runs)."""
    holder = (config.origins.get(f"per-file-ignores.{pattern}") or (config.path or "",))[0]
    if path == "-" or not holder or holder.startswith("<"):
        return (path,)
    try:
        # (the article's real path, from the real directory of the file that holds the pattern, itself a link or not)
        relative = Path(os.path.relpath(os.path.realpath(path), os.path.realpath(os.path.dirname(os.path.abspath(holder)))))
    except ValueError:  # (another drive)
        return (path,)
    return (path, relative.as_posix())


def _matches(codes: frozenset[str], d: Diagnostic) -> bool:
    return not codes or any(d.code.startswith(c) or d.slug == c for c in codes)


def keep(diagnostics: Iterable[Diagnostic], doc: Document, config: Config) -> list[Diagnostic]:
    """The diagnostics left after inline suppressions and per-file ignores, sorted."""
    regions = _suppressed(doc)
    file_ignores = [s for pattern, sels in config.per_file_ignores.items()
                    if any(fnmatch.fnmatch(name, pattern) for name in _names_of(doc.path, pattern, config)) for s in sels]
    out = []
    for d in diagnostics:
        if d.code != ALWAYS:
            if any(d.code.startswith(s) or d.slug == s for s in file_ignores):
                continue
            if any(a <= d.start < b and _matches(codes, d) for a, b, codes in regions):
                continue
        out.append(d)
    out.extend(_unknown_directives(doc))
    return sorted(out, key=Diagnostic.sort_key)


def _unknown_directives(doc: Document) -> Iterator[Diagnostic]:
    """A comment that starts as a directive but names none: reported, never suppressed (CL000)."""
    for m in _ANY_DIRECTIVE.finditer(doc.text):
        if m.group(2) not in _KINDS:
            yield Diagnostic(
                path=doc.path, start=m.start(1), end=m.end(1), code=ALWAYS, slug="unknown-directive",
                severity=Severity.WARNING, claim=m.group(1), data={"directive": m.group(1)},
                message=f"{m.group(1)!r} is no directive (claimlint-disable-next-line, claimlint-disable, claimlint-enable):"
                        " it suppresses nothing",
            )


def exit_code(diagnostics: Sequence[Diagnostic], fail_on: str) -> int:
    """0 when nothing is at or above the fail threshold, 1 otherwise."""
    if fail_on == "never":
        return 0
    threshold = Severity(fail_on).rank
    return 1 if any(d.severity.rank >= threshold for d in diagnostics) else 0
