"""Fact sheets: the canonical figures of a story, read from YAML with their positions.

The format is documented in docs/facts.md and checked by the JSON Schema shipped at
``claimlint/data/facts.schema.json``. Values are written in the articles' own grammar ("more than 380
billion CNY") and parsed by the extractor, so the sheet and the articles cannot disagree on what a
phrase means. Every error is a :class:`~claimlint.errors.ConfigError` naming ``file:line:col``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from typing import Any

from claimlint.errors import ConfigError
from claimlint.quantity import Bound, Kind, Quantity


@dataclass(frozen=True)
class Tolerance:
    """How far a claim may stray from a fact: a share of the value and/or an absolute amount."""

    relative: Decimal = Decimal(0)
    absolute: Decimal = Decimal(0)

    def slack(self, value: Decimal) -> Decimal:
        return max(abs(value) * self.relative, self.absolute)

    def __str__(self) -> str:
        if self.relative:
            return f"{(self.relative * 100).normalize():f}%"
        return f"{self.absolute.normalize():f}"


@dataclass(frozen=True)
class Rates:
    """Exchange rates of the day: units of each currency per one unit of ``base``."""

    base: str
    per_base: dict[str, Decimal]
    date: str | None = None
    tolerance: Tolerance = Tolerance(relative=Decimal("0.03"))

    def knows(self, currency: str) -> bool:
        return currency == self.base or currency in self.per_base

    def convert(self, amount: Decimal, source: str, target: str) -> Decimal | None:
        """``amount`` of ``source`` in ``target`` at the sheet's rates; None if either is unknown."""
        if source == target:
            return amount
        if not (self.knows(source) and self.knows(target)):
            return None
        in_base = amount if source == self.base else amount / self.per_base[source]
        return in_base if target == self.base else in_base * self.per_base[target]


@dataclass(frozen=True)
class Fact:
    """One canonical figure: its value, the same value in other currencies, period and words."""

    id: str
    value: Quantity
    equivalents: tuple[Quantity, ...] = ()
    period: Quantity | None = None
    tolerance: Tolerance = Tolerance()
    severity: str | None = None
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    description: str = ""
    sources: tuple[str, ...] = ()
    line: int = 0
    column: int = 0

    @property
    def kind(self) -> Kind:
        return self.value.kind

    def stems(self, lang: str) -> tuple[str, ...]:
        return self.words.get(lang, ()) + self.words.get("any", ())

    def representations(self) -> tuple[Quantity, ...]:
        return (self.value, *self.equivalents)


@dataclass(frozen=True)
class Entity:
    """A named thing with its canonical name and the outdated or wrong names seen in drafts."""

    id: str
    name: str
    outdated: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()
    severity: str | None = None
    line: int = 0
    column: int = 0


@dataclass(frozen=True)
class FactSheet:
    path: str
    story: str
    as_of: dt.date
    facts: tuple[Fact, ...]
    entities: tuple[Entity, ...] = ()
    rates: Rates | None = None
    sources: tuple[dict[str, Any], ...] = ()

    def fact(self, fact_id: str) -> Fact:
        return next(f for f in self.facts if f.id == fact_id)

    def convert(self, amount: Decimal, source: str, target: str) -> Decimal | None:
        if source == target:
            return amount
        return None if self.rates is None else self.rates.convert(amount, source, target)


@cache
def schema() -> dict[str, Any]:
    text = resources.files("claimlint.data").joinpath("facts.schema.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def load_facts(path: str) -> FactSheet:
    """Read, validate and parse a fact sheet."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise ConfigError(path, "fact sheet not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, f"fact sheet cannot be read: {exc}") from None
    try:
        tree = YAML(typ="rt", pure=True).load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise ConfigError(
            path, f"not valid YAML: {exc.problem or exc.context}", mark.line + 1 if mark else None,
            mark.column + 1 if mark else None,
        ) from None
    except YAMLError as exc:
        raise ConfigError(path, f"not valid YAML: {exc}") from None
    _validate(path, tree)
    sheet = _build(path, tree)
    _check_forms_agree(sheet, tree)
    return sheet


def _check_forms_agree(sheet: FactSheet, tree: Any) -> None:
    """A fact's forms in several currencies must meet at the sheet's rates, within its tolerances: a sheet
    whose "5 billion EUR" is "about 9 billion USD" would report every figure of the story, even its own."""
    from claimlint.compare import amount, describe, expected_interval

    for index, fact in enumerate(sheet.facts):
        value = fact.value
        if value.kind is not Kind.CURRENCY or not isinstance(value.value, Decimal) or sheet.rates is None:
            continue
        for i, other in enumerate(fact.equivalents):
            if other.kind is not Kind.CURRENCY or other.unit == value.unit:
                continue
            interval = expected_interval(value, replace(fact, equivalents=(other,)), value, sheet)
            if interval is None:
                continue
            low, high, low_open, high_open = interval
            if low > high or (low == high and (low_open or high_open)):
                converted = sheet.convert(other.value, str(other.unit), str(value.unit)) if isinstance(other.value, Decimal) else None
                # (with the figures it takes to differ from the value: "379.9 billion", not "380 billion", at a tight tolerance)
                shown = amount(converted) if converted is not None else ""
                if converted is not None and shown == amount(value.value):
                    shown = f"{converted:,.0f}"
                at = f" ({shown} {value.unit} at the sheet's rates)" if converted is not None else ""
                line, column = _position(tree, ["facts", index, "equivalents", i])
                raise ConfigError(sheet.path, f"facts/{fact.id}: {describe(other)}{at} does not meet {describe(value)}"
                                  " within the rates' and the fact's tolerances", line, column)


def _plain(node: Any) -> Any:
    """The YAML tree as JSON-like data (dates as ISO strings) for the schema check."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, (dt.date, dt.datetime)):
        return node.isoformat()
    return node


def _position(tree: Any, where: list[Any], at_key: bool = False) -> tuple[int | None, int | None]:
    """1-based line and column of the deepest node of ``where`` that ruamel has a position for (of the last
    step's key rather than its value with ``at_key``)."""
    line = column = None
    node = tree
    for i, step in enumerate(where):
        lc = getattr(node, "lc", None)
        last = i == len(where) - 1 and not at_key
        try:
            if lc is not None:
                # The last step points at the value itself, the others at the key leading to it.
                pos = (lc.value(step) if last else lc.key(step)) if isinstance(node, dict) else lc.item(step)
                line, column = pos[0] + 1, pos[1] + 1
            node = node[step]
        except (KeyError, IndexError, TypeError, AttributeError):
            break
    if line is None and getattr(tree, "lc", None) is not None:
        line, column = tree.lc.line + 1, tree.lc.col + 1
    return line, column


def _validate(path: str, tree: Any) -> None:
    import jsonschema

    if not isinstance(tree, dict):
        raise ConfigError(path, "a fact sheet is a mapping with story, as_of and facts", 1, 1)
    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(_plain(tree)), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        # (a key of another name first: a misspelt "facts" is one, before "facts" missing)
        unknown = [e for e in errors if e.validator == "additionalProperties"]
        error = unknown[0] if unknown else jsonschema.exceptions.best_match(errors)
        where = list(error.absolute_path)
        message, where, at_key = _plain_message(error, where)
        line, column = _position(tree, where, at_key)
        # (an unknown key is named in the message: the place is the mapping that holds it)
        place = _place(tree, where[:-1] if error.validator == "additionalProperties" and at_key else where)
        raise ConfigError(path, f"{place}: {message}", line, column)


def _plain_message(error: Any, where: list[Any]) -> tuple[str, list[Any], bool]:
    """A schema error in the words of the sheet's writer, where it points, and whether at the key: an unknown
    key, or an empty value (YAML's empty value is no string: "None is not of type 'string'")."""
    properties = sorted((error.schema.get("properties") or {}) if isinstance(error.schema, dict) else ())
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        patterns = (error.schema.get("patternProperties") or {}) if isinstance(error.schema, dict) else {}
        extra = [k for k in error.instance if k not in properties and not any(re.fullmatch(p, str(k)) for p in patterns)]
        if extra:
            return f"unknown key {extra[0]!r} (expected one of {', '.join(properties)})", [*where, extra[0]], True
    if error.validator == "required" and isinstance(error.instance, dict):
        return f"{error.message.split(' is a required')[0]} is missing", where, False
    if error.validator == "type" and error.instance is None:
        return "is empty", where, True
    if error.validator == "pattern" and where and where[-1] == "tolerance":
        return f"{error.instance!r} must be a percentage (\"5%\") or a number", where, False
    if error.validator == "pattern" and where and where[-1] == "as_of":
        return f"{error.instance!r} must be a date written YYYY-MM-DD", where, False
    return error.message, where, False


def _place(tree: Any, where: list[Any]) -> str:
    """ "facts/jobs/value": the path of keys, a fact or entity named by its id rather than its index."""
    parts: list[str] = []
    node = tree
    for step in where:
        try:
            child = node[step]
        except (KeyError, IndexError, TypeError):
            parts.append(str(step))
            break
        if isinstance(step, int) and isinstance(child, dict) and isinstance(child.get("id"), str):
            parts.append(child["id"])
        else:
            parts.append(str(step))
        node = child
    return "/".join(parts) or "top level"


def _parse_value(path: str, text: str, lang: str, tree: Any, where: list[Any]) -> Quantity:
    """A value written like an article's claim, parsed by the extractor: exactly one quantity."""
    from claimlint.extract import extract_span

    found = extract_span(text, lang)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(text.rstrip(". ")):
        line, column = _position(tree, where)
        what = ", ".join(repr(q.text) for q in found) or "no quantity"
        raise ConfigError(path, f"value {text!r} must be one quantity; read {what}", line, column)
    # A fact is exact as written: tolerance, not the rounding of its figures, sets its slack.
    return replace(found[0], precision=Decimal(0))


def _tolerance(raw: Any) -> Tolerance:
    if raw is None:
        return Tolerance()
    if isinstance(raw, str) and raw.endswith("%"):
        return Tolerance(relative=Decimal(raw[:-1]) / 100)
    return Tolerance(absolute=Decimal(str(raw)))


def _words(raw: Any) -> dict[str, tuple[str, ...]]:
    from claimlint.link import stem_word

    out: dict[str, tuple[str, ...]] = {}
    for lang, stems in (raw or {}).items():
        # two spellings may share a stem ("أعلن", "اعلن"): each stem once
        out[str(lang)] = tuple(dict.fromkeys(stem_word(str(s), None if lang == "any" else str(lang)) for s in stems))
    return out


def _build(path: str, tree: Any) -> FactSheet:
    from babel.numbers import list_currencies

    known = list_currencies()
    rates = None
    raw_rates = tree.get("rates")
    if raw_rates:
        per_base = {}
        for code, value in raw_rates.items():
            if code in ("base", "date", "source", "tolerance"):
                continue
            if code not in known:
                line, column = _position(tree, ["rates", code])
                raise ConfigError(path, f"rates: {code} is not an ISO 4217 currency code", line, column)
            try:
                per_base[str(code)] = Decimal(str(value))
            except InvalidOperation:
                line, column = _position(tree, ["rates", code])
                raise ConfigError(path, f"rates: {code} must be a number", line, column) from None
        tol = _tolerance(raw_rates.get("tolerance")) if raw_rates.get("tolerance") is not None else None
        rates = Rates(str(raw_rates["base"]), per_base, str(raw_rates.get("date") or "") or None,
                      tol or Tolerance(relative=Decimal("0.03")))
    facts: list[Fact] = []
    seen: set[str] = set()
    known_sources = {str(source.get("id")) for source in tree.get("sources") or ()}
    for index, raw in enumerate(tree["facts"]):
        where = ["facts", index]
        line, column = _position(tree, where)
        if raw["id"] in seen:
            raise ConfigError(path, f"facts: duplicate id {raw['id']!r}", line, column)
        seen.add(raw["id"])
        lang = raw.get("lang", "en")
        # (a bare YAML number, "value: 15000", is written with no language's separators)
        number = isinstance(raw["value"], (int, float)) and not isinstance(raw["value"], bool)
        value = _parse_value(path, str(raw["value"]), "en" if number else lang, tree, [*where, "value"])
        equivalents = tuple(
            _parse_value(path, str(text), lang, tree, [*where, "equivalents", i])
            for i, text in enumerate(raw.get("equivalents") or ())
        )
        period = _parse_value(path, str(raw["period"]), lang, tree, [*where, "period"]) if raw.get("period") else None
        if value.kind is Kind.MEASURE and equivalents:
            # (a measure's units convert exactly, and "56 miles" written beside "90 km" would be a second, rounded fact)
            raise ConfigError(path, f"facts/{raw['id']}: a measure needs no equivalents: a claim in any unit of its"
                              f" dimension is converted", *_position(tree, [*where, "equivalents", 0]))
        for q, spot in [(value, "value"), *((e, "equivalents") for e in equivalents)]:
            if q.kind is Kind.CURRENCY and rates is not None and not rates.knows(str(q.unit)):
                pos = _position(tree, [*where, spot])
                raise ConfigError(path, f"facts/{raw['id']}: no exchange rate for {q.unit} in rates", *pos)
        for i, source in enumerate(raw.get("sources") or ()):
            if source not in known_sources:
                raise ConfigError(path, f"facts/{raw['id']}/sources: {source!r} is no id of the sheet's sources"
                                  f" ({', '.join(sorted(known_sources)) or 'it lists none'})", *_position(tree, [*where, "sources", i]))
        facts.append(
            Fact(
                id=str(raw["id"]), value=value, equivalents=equivalents, period=period,
                tolerance=_tolerance(raw.get("tolerance")), severity=raw.get("severity"),
                words=_words(raw.get("words")), description=str(raw.get("description") or ""),
                sources=tuple(raw.get("sources") or ()), line=line or 0, column=column or 0,
            )
        )
    entities = []
    for index, raw in enumerate(tree.get("entities") or ()):
        line, column = _position(tree, ["entities", index])
        entities.append(
            Entity(str(raw["id"]), str(raw["name"]), tuple(raw.get("outdated") or ()),
                   tuple(raw.get("wrong") or ()), raw.get("severity"), line or 0, column or 0)
        )
    as_of = dt.date.fromisoformat(_plain(tree["as_of"]))
    return FactSheet(path, str(tree["story"]), as_of, tuple(facts), tuple(entities), rates,
                     tuple(dict(s) for s in tree.get("sources") or ()))


def fact_interval(fact: Fact, q: Quantity) -> tuple[Decimal, Decimal, bool, bool]:
    """The values a representation of ``fact`` allows, widened by the fact's tolerance."""
    low, high, low_open, high_open = q.interval()
    slack = fact.tolerance.slack(q.value if isinstance(q.value, Decimal) else Decimal(0))
    return low - slack, high + slack, low_open and not slack, high_open and not slack



__all__ = ["Bound", "Entity", "Fact", "FactSheet", "Rates", "Tolerance", "fact_interval", "load_facts"]
