"""Mutation test on the seeds: break correct claims and count what claimlint catches.

For every figure of the seeds that links to a fact and draws no diagnostic, the script writes
mutants, each a copy of the article with that one claim changed, and lints it with seeds/facts.yaml:

- errors that must be reported (recall): the scale word one power of 1000 up or down, the leading
  digit changed, the currency swapped, the period's number changed, the date's day changed;
- equivalent rewrites that must stay silent (false alarms): the same amount with the next smaller
  scale word ("380.000 milioni di yuan"), Arabic-Indic digits in Arabic, a spelled period in figures.

A mutant counts as caught when a diagnostic at warning or above overlaps the changed span; a
rewrite is a false alarm when any new diagnostic at warning or above appears.

    python bench/mutations.py [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from claimlint.diagnostics import Severity
from claimlint.extract import extract_text
from claimlint.facts import load_facts
from claimlint.lexicon import lexicon
from claimlint.link import link
from claimlint.quantity import CalendarDate, Kind, Quantity
from claimlint.segment import segment
from claimlint.testing import lint_text

ROOT = Path(__file__).resolve().parent.parent
SHEET = load_facts(str(ROOT / "seeds" / "facts.yaml"))
_ARABIC_INDIC = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")
_SWAP = {"USD": "EUR", "EUR": "USD", "CNY": "USD"}
_GROUP = {"en": ",", "fr": "\u202f", "ru": "\u00a0", "ar": ",", "it": ".", "nl": "."}


@dataclass(frozen=True)
class Mutant:
    kind: str  # what was changed
    must_report: bool  # an error to catch, or an equivalent rewrite to leave alone
    start: int
    old: str
    new: str


def _scale_form(lang: str, exponent: int, like: str) -> str | None:
    """The language's form for 10**exponent, plural if the written form looks plural."""
    forms = [f for f, e in lexicon(lang).values["SCALE"].items() if e == exponent and len(f) > 2]
    if not forms:
        return None
    plural = like.casefold().rstrip(".") not in {f for f, e in lexicon(lang).values["SCALE"].items() if e != exponent} \
        and like.casefold() != forms[0]
    return forms[1] if plural and len(forms) > 1 else forms[0]


def _group(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", _GROUP[lang])


def mutants(text: str, q: Quantity) -> Iterator[Mutant]:
    span = text[q.start : q.end]
    if q.scale and q.scale_span is not None and isinstance(q.value, Decimal):
        a, b = q.scale_span[0] - q.start, q.scale_span[1] - q.start
        for step in (3, -3):
            form = _scale_form(q.lang, q.scale_exponent + step, q.scale)
            if form:
                yield Mutant("scale word", True, q.start, span, span[:a] + form + span[b:])
        # Equivalent: the same amount one scale word down ("380.000 milioni").
        figure = Decimal(q.value).scaleb(-(q.scale_exponent - 3))
        form = _scale_form(q.lang, q.scale_exponent - 3, q.scale)
        digits_at = next((i for i, ch in enumerate(span) if ch.isdigit()), None)
        if form and digits_at is not None and figure == figure.to_integral():
            end_digits = digits_at
            while end_digits < len(span) and (span[end_digits].isdigit() or span[end_digits] in ",. \u00a0"):
                end_digits += 1
            rewrite = span[:digits_at] + _group(int(figure), q.lang) + " " + form + span[b:]
            yield Mutant("smaller scale word", False, q.start, span, rewrite)
    digits_at = next((i for i, ch in enumerate(span) if ch.isdigit()), None)
    if digits_at is not None and q.kind in (Kind.CURRENCY, Kind.COUNT, Kind.PERCENT):
        old = span[digits_at]
        new = str((int(old) + 3) % 10) if old != "0" else "4"
        yield Mutant("digit", True, q.start, span, span[:digits_at] + new + span[digits_at + 1 :])
    if q.lang == "ar" and digits_at is not None:
        yield Mutant("Arabic-Indic digits", False, q.start, span, span.translate(_ARABIC_INDIC))
    if q.kind is Kind.CURRENCY and q.unit in _SWAP:
        target = _SWAP[str(q.unit)]
        for form, code in lexicon(q.lang).values["CUR_WORD"].items():
            if code == q.unit and form in span.casefold():
                i = span.casefold().index(form)
                swap = next(f for f, c in lexicon(q.lang).values["CUR_WORD"].items() if c == target)
                yield Mutant("currency", True, q.start, span, span[:i] + swap + span[i + len(form) :])
                break
        else:
            signs = {"USD": "$", "EUR": "€"}
            if signs.get(str(q.unit), "\0") in span:
                yield Mutant("currency", True, q.start, span, span.replace(signs[str(q.unit)], signs[target], 1))
    if q.kind is Kind.DURATION and isinstance(q.value, Decimal):
        words = [f for f, v in lexicon(q.lang).values["NUMWORD"].items() if v == int(q.value) + 2]
        for piece, value in lexicon(q.lang).values["NUMWORD"].items():
            if value == int(q.value) and piece in span.casefold() and words:
                i = span.casefold().index(piece)
                yield Mutant("period", True, q.start, span, span[:i] + words[0] + span[i + len(piece) :])
                yield Mutant("period in figures", False, q.start, span, span[:i] + str(int(q.value)) + span[i + len(piece) :])
                break
    if q.kind is Kind.DATE and isinstance(q.value, CalendarDate):
        day = str(q.value.day)
        if day in span:
            yield Mutant("date", True, q.start, span, span.replace(day, str(q.value.day + 2), 1))


def _serious(found) -> list:
    return [d for d in found if d.severity.rank >= Severity.WARNING.rank]


def run(verbose: bool) -> int:
    caught: Counter[str] = Counter()
    total: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    rewrites: Counter[str] = Counter()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        base = _serious(lint_text(text, facts=SHEET, path=path.name))
        flagged = [(d.start, d.end) for d in base]
        quantities = extract_text(text)
        linked = {id(l.quantity) for l in link(text, segment(text), quantities, SHEET)}
        for q in quantities:
            if id(q) not in linked or any(a < q.end and q.start < b for a, b in flagged):
                if not (q.kind is Kind.DATE and id(q) in linked):
                    continue
            for m in mutants(text, q):
                mutated = text[: m.start] + m.new + text[m.start + len(m.old) :]
                found = _serious(lint_text(mutated, facts=SHEET, path=path.name))
                end = m.start + len(m.new)
                if m.must_report:
                    total[m.kind] += 1
                    hit = any(d.start < end and m.start < d.end for d in found)
                    caught[m.kind] += hit
                    if verbose and not hit:
                        print(f"MISSED {path.name}: {m.old!r} -> {m.new!r}", file=sys.stderr)
                else:
                    rewrites[m.kind] += 1
                    new = Counter((d.code, d.message) for d in found) - Counter((d.code, d.message) for d in base)
                    alarms[m.kind] += bool(new)
                    if verbose and new:
                        print(f"FALSE ALARM {path.name}: {m.old!r} -> {m.new!r}: {sorted(new)}", file=sys.stderr)
    print("| mutation | caught | mutants | recall |\n|---|---:|---:|---:|")
    for kind in sorted(total):
        print(f"| {kind} | {caught[kind]} | {total[kind]} | {100 * caught[kind] / total[kind]:.1f}% |")
    all_caught, all_total = sum(caught.values()), sum(total.values())
    print(f"| **all** | {all_caught} | {all_total} | {100 * all_caught / max(all_total, 1):.1f}% |")
    print("\n| equivalent rewrite | false alarms | rewrites |\n|---|---:|---:|")
    for kind in sorted(rewrites):
        print(f"| {kind} | {alarms[kind]} | {rewrites[kind]} |")
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true")
    raise SystemExit(run(ap.parse_args().verbose))
