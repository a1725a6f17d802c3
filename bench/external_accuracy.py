"""Measure the extractor against the peer test suites in ../shared/external (never edited).

For every in-scope case the extractor reads the text in the case's language, and the case counts as
right when each expected match is found: a quantity whose span overlaps the peer's span and whose value
(and currency or percent unit) is the peer's. A negative case (no expected match) is right when no
quantity of its kind is found. Prints a table per source, language and kind, the share for the cases
the peer's own CI checks (peer_checked = value_and_span), and the cases ruled out of scope with the
reason. ``--markdown`` prints the tables for docs/accuracy.md; ``--failures N`` lists failed cases.

    python bench/external_accuracy.py [--external ../shared/external] [--markdown] [--failures 20]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

from claimlint.extract import extract_span
from claimlint.lexicon import lexicon
from claimlint.quantity import Kind, Quantity

ROOT = Path(__file__).resolve().parent.parent
NUMERIC = {Kind.NUMBER, Kind.COUNT, Kind.MEASURE, Kind.YEAR, Kind.DURATION, Kind.CURRENCY, Kind.PERCENT}


def _pieces_of_one_token(case: dict[str, Any]) -> bool:
    """The peer reads a date, phone number, IP address or list written as one token as several numbers."""
    spans = sorted((e["start"], e["end"]) for e in case["expect"])
    text = case["text"]
    return len(spans) > 1 and any(
        a_end < b_start and not any(ch.isspace() for ch in text[a_end:b_start])
        for (_, a_end), (b_start, _) in zip(spans, spans[1:])
    )


def _lone_article(case: dict[str, Any]) -> bool:
    articles = lexicon(case["lang"]).values["INDEF"]
    return any(e["span"].strip().rstrip("'’").casefold() in articles for e in case["expect"])


_FIGURE_RANGE = re.compile(r"(\d+)\s*[-–]\s*(\d+)\s+\S")


def _scale_on_one_end(case: dict[str, Any]) -> bool:
    """The peer scales only the upper end of "7-9 lakh rupees" (7 to 900,000); the scale word applies
    to both ends."""
    for e in case["expect"]:
        r = e.get("range") or {}
        m = _FIGURE_RANGE.match(e["span"])
        if m and r.get("min") is not None and r.get("max") is not None:
            low, high = int(m.group(1)), int(m.group(2))
            if r["min"] == low and r["max"] != high and r["max"] % high == 0 and r["max"] // high >= 100:
                return True
    return False


def _ordinal_range(case: dict[str, Any]) -> bool:
    """ "between the tenth and the fifteenth": the ends of the range are ranks, each an ordinal after
    an article ("le dixième", "del quindicesimo"), with no figure or cardinal in the span."""
    if case["kind"] != "range" or not case["expect"]:
        return False
    lex = lexicon(case["lang"])
    articles = lex.values["ARTICLE"].keys() | lex.partitive
    for e in case["expect"]:
        words = re.findall(r"\w+", e["span"].casefold())
        if any(ch.isdigit() for ch in e["span"]) or any(w in lex.values["NUMWORD"] for w in words):
            return False
        ranks = 0
        for before, w in pairwise(words):
            try:
                lex.value("DENOM", w)
            except KeyError:
                continue
            if before not in articles:
                return False
            ranks += 1
        if ranks < 2:
            return False
    return True


_GLUED_UNIT = re.compile(r"\d([^\W\d_]+)")


def _measure_on_figure(case: dict[str, Any]) -> bool:
    """A negative number case whose text writes a unit of measure onto a figure ("the 180ml liquid",
    " 29km Road ", "١٨٠ميلي لتر", a unit of two words): the peer's number model leaves the figure to its dimension
    model."""
    lex = lexicon(case["lang"])
    words = tuple(f.casefold() for f in (*lex.measure_symbols, *lex.measure_words) if " " in f)
    text = case["text"]
    return case["kind"] == "number" and not case["expect"] and any(
        m.group(1).casefold() in lex.measure_units or text[m.start(1) :].casefold().startswith(words)
        for m in _GLUED_UNIT.finditer(text))


def out_of_scope(case: dict[str, Any]) -> str | None:
    """Why a case is not scored, or None. Each reason is a decision documented in docs/accuracy.md."""
    if case["kind"] == "ordinal":
        return "ordinals state a position, not a quantity; claimlint does not extract them"
    if _ordinal_range(case):
        return "a range of ordinals ('between the tenth and the fifteenth'): ranks, as above"
    if _scale_on_one_end(case):
        return "the peer scales one end of the range only ('7-9 lakh' as 7 to 900,000): the scale word applies to both"
    if case.get("locale") and case["locale"] != case["lang"]:
        return "regional locale (en_GB, ar_EG...): claimlint has no notion of region"
    if case["kind"] == "number" and _pieces_of_one_token(case):
        return "a date, phone number, IP address or list read as its pieces: claimlint reads a date or nothing"
    if _measure_on_figure(case):
        return "a unit of measure written onto the figure ('180ml', '29km'): the peer's number model leaves it to its dimension model; claimlint reads a measure, 180 millilitres, as it reads '180 ml'"
    if _lone_article(case):
        return "the indefinite article alone ('a', 'un', 'een') read as one: claimlint reads it as one only before a scale word, unit or fraction"
    if "^" in case["text"] and not any(m in case["text"] for m in ("x10^", "×10^", "x 10^", "× 10^")):
        return "powers written with '^' (1.1^23): arithmetic, not how a text states a figure"
    for e in case["expect"]:
        if case["kind"] in ("currency", "currency_range") and e.get("unit") is None and e.get("value") is not None:
            return "currency with no ISO 4217 code (cents, generic dollar, bitcoin...)"
        if e.get("unit_mapping") == "generic_assumed" and e.get("unit_raw") in ("Pound", "Livre"):
            return "generic pound: the peer does not say which"
        if e.get("unit_mapping") == "name_historic_code":
            return "withdrawn currency (markka, guilder, peseta)"
        if case["kind"] != "range" and e.get("value") is None and case["kind"] != "currency_range":
            return "mention with no amount"
    return None


def _close(a: Decimal | None, b: float | int | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    b_dec = Decimal(str(b))
    if b_dec == 0:
        return a == 0
    return abs(a - b_dec) <= abs(b_dec) * Decimal("1e-9")


def _matches(q: Quantity, e: dict[str, Any], kind: str, start: int, end: int) -> bool:
    if q.end <= start or q.start >= end or not isinstance(q.value, Decimal):
        return False
    if kind == "number":
        return q.kind in NUMERIC and q.range_to is None and _close(q.value, e["value"])
    if kind == "percent":
        return q.kind is Kind.PERCENT and q.range_to is None and _close(q.value, e["value"])
    if kind == "currency":
        return q.kind is Kind.CURRENCY and q.unit == e["unit"] and q.range_to is None and _close(q.value, e["value"])
    if kind in ("range", "currency_range"):
        r = e["range"]
        if kind == "currency_range" and (q.kind is not Kind.CURRENCY or q.unit != e.get("unit")):
            return False
        low, high = r.get("min"), r.get("max")
        if low is not None and low == high:  # "equal to 20": an exact quantity is the interval [20, 20]
            return q.range_to is None and q.bound.value == "exact" and _close(q.value, low)
        if low is not None and high is not None:
            return q.range_to is not None and _close(q.value, low) and _close(q.range_to, high)
        if low is not None:
            return q.bound.value in ("more_than", "at_least") and _close(q.value, low)
        if high is not None:
            return q.bound.value in ("less_than", "at_most") and _close(q.range_to or q.value, high)
    return False


def _kind_filter(kind: str) -> set[Kind]:
    return {
        "number": NUMERIC,
        "percent": {Kind.PERCENT},
        "currency": {Kind.CURRENCY},
        "currency_range": {Kind.CURRENCY},
        "range": NUMERIC,
    }[kind]


def score_case(case: dict[str, Any]) -> tuple[bool, list[Quantity]]:
    found = extract_span(case["text"], case["lang"])
    kind = case["kind"]
    if not case["expect"]:
        wanted = _kind_filter(kind)
        if kind == "range":
            return not any(q.range_to is not None for q in found), found
        return not any(q.kind in wanted for q in found), found
    for e in case["expect"]:
        if not any(_matches(q, e, kind, e["start"], e["end"]) for q in found):
            return False, found
    return True, found


def load(external: Path) -> list[dict[str, Any]]:
    cases = []
    for path in sorted(external.glob("*.jsonl")):
        source = path.stem.rsplit("-", 1)[0]
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            case["_source"] = source
            cases.append(case)
    return cases


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--external", type=Path, default=ROOT.parent / "shared" / "external")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--failures", type=int, default=0, help="list this many failed value_and_span cases")
    ap.add_argument("--lang", default=None)
    args = ap.parse_args(argv)
    cases = load(args.external)
    scope: Counter[str] = Counter()
    total: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    checked: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures: list[tuple[dict[str, Any], list[Quantity]]] = []
    for case in cases:
        if args.lang and case["lang"] != args.lang:
            continue
        reason = out_of_scope(case)
        if reason:
            scope[f"{case['_source']} {case['kind']}: {reason}"] += 1
            continue
        ok, found = score_case(case)
        row = total[(case["_source"], case["lang"], case["kind"])]
        row[0] += ok
        row[1] += 1
        if case["peer_checked"] == "value_and_span":
            checked[case["lang"]][0] += ok
            checked[case["lang"]][1] += 1
            if not ok:
                failures.append((case, found))
    out = sys.stdout
    out.write("| source | lang | kind | right | cases | share |\n|---|---|---|---:|---:|---:|\n")
    for (source, lang, kind), (ok, n) in sorted(total.items()):
        out.write(f"| {source} | {lang} | {kind} | {ok} | {n} | {100 * ok / n:.1f}% |\n")
    out.write("\nPeer-checked cases (peer_checked = value_and_span), in scope, per language:\n\n")
    out.write("| lang | right | cases | share |\n|---|---:|---:|---:|\n")
    for lang, (ok, n) in sorted(checked.items()):
        out.write(f"| {lang} | {ok} | {n} | {100 * ok / n:.1f}% |\n")
    out.write("\nOut of scope:\n\n| cases | source, kind and reason |\n|---:|---|\n")
    for reason, n in sorted(scope.items()):
        out.write(f"| {n} | {reason} |\n")
    for case, found in failures[: args.failures]:
        got = ", ".join(f"{q.text!r}={q.value}{'..' + str(q.range_to) if q.range_to is not None else ''} {q.unit or ''}" for q in found)
        want = ", ".join(f"{e['span']!r}={e.get('value', e.get('range'))} {e.get('unit') or ''}" for e in case["expect"])
        out.write(f"FAIL {case['lang']} {case['kind']} {case['text']!r}\n   want: {want or 'nothing'}\n   got:  {got or 'nothing'}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
