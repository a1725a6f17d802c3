"""The link stage: each quantity to the fact it speaks of, with the reason.

A quantity links to a fact when (1) they measure the same thing (money convertible at the sheet's
rates, percent, count, duration, date), (2) one of the fact's words appears in the same sentence
(or, for a near match in value, the same paragraph), compared by Snowball stems, and (3) the
magnitude is plausible: within a factor of 20 of the fact, or a power of 1000 away from it, which is
the scale-word error the rules report. A duration in the same sentence as a linked figure links to
that fact's period. What links to nothing is an unsourced figure.
"""

from __future__ import annotations

import math
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from claimlint.compiled import lazy
from claimlint.facts import Fact, FactSheet
from claimlint.lexicon import lexicon, normalize
from claimlint.measures import convert, convertible, is_temperature
from claimlint.quantity import Kind, Quantity
from claimlint.segment import Sentence, languages

_WORD = lazy(r"\p{L}[\p{L}\p{M}'’\-]*")
# The kinds a claim of each kind may speak of ("2.5 million homes", a count, of the fact "more than 2.5 million").
_NUMERIC_KINDS = {
    Kind.CURRENCY: {Kind.CURRENCY},
    Kind.PERCENT: {Kind.PERCENT},
    Kind.COUNT: {Kind.COUNT, Kind.NUMBER},
    Kind.NUMBER: {Kind.COUNT, Kind.NUMBER},
    Kind.MEASURE: {Kind.MEASURE},
    Kind.DURATION: {Kind.DURATION},
    Kind.YEAR: {Kind.YEAR},
    Kind.DATE: {Kind.DATE},
}
# Within this many powers of ten a figure may speak of the fact; a power of 1000 is a scale error.
_PLAUSIBLE = math.log10(20)
_SCALE_SLACK = 0.2
_PARAGRAPH_REACH = math.log10(2)


def same_measure(q: Quantity, target: Quantity) -> bool:
    """Whether a claim measures what ``target`` does: the same kind, or a count and a plain number, in one unit."""
    return target.kind in _NUMERIC_KINDS.get(q.kind, {q.kind}) and q.unit == target.unit


@dataclass(frozen=True)
class Link:
    """A quantity tied to a fact; ``via`` is "value" or "period"; ``reason`` says why, for messages."""

    quantity: Quantity
    fact: Fact
    via: str
    reason: str
    words: tuple[str, ...] = ()


@cache
def _stemmer(lang: str):  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer(languages()[lang]["stemmer"])


def stem_word(word: str, lang: str | None) -> str:
    """The Snowball stem of one word (lower-cased, its accents composed: "cho\u0302mage" as "chômage", as text
    pasted from some editors writes it); languages without a stemmer keep the word."""
    word = unicodedata.normalize("NFC", word).casefold().replace("’", "'")
    if lang is None or lang not in languages():
        return word
    return str(_stemmer(lang).stemWord(word))


def _sentence_words(text: str, lang: str) -> tuple[frozenset[str], str]:
    words = [unicodedata.normalize("NFC", w.group()).casefold() for w in _WORD.finditer(text)]
    stems = frozenset(stem_word(w, lang) for w in words) | frozenset(words)
    return stems, " ".join(words)


def matched_words(fact: Fact, lang: str, stems: frozenset[str], joined: str) -> tuple[str, ...]:
    """The fact's stems found among the sentence's words (prefix match; inside words for Arabic clitics)."""
    found = []
    for stem in fact.stems(lang):
        if any(s.startswith(stem) for s in stems) or (lang == "ar" and stem in joined):
            found.append(stem)
    return tuple(found)


def compatible(q: Quantity, target: Quantity, sheet: FactSheet) -> bool:
    if target.kind not in _NUMERIC_KINDS.get(q.kind, ()):
        return False
    if q.kind is Kind.CURRENCY:
        return sheet.convert(Decimal(1), str(q.unit), str(target.unit)) is not None
    if q.kind in (Kind.PERCENT, Kind.DURATION):
        return q.unit == target.unit or (q.kind is Kind.DURATION and _in_months(q) is not None)
    if q.kind is Kind.MEASURE:
        return convertible(q.unit, target.unit)
    return True


def comparable_value(q: Quantity, target: Quantity, sheet: FactSheet) -> Decimal | None:
    """The claim's value in the unit of ``target`` (converted at the sheet's rates for money)."""
    if not isinstance(q.value, Decimal) or not isinstance(target.value, Decimal):
        return None
    if q.kind is Kind.CURRENCY:
        return sheet.convert(q.value, str(q.unit), str(target.unit))
    if q.kind is Kind.MEASURE:
        return convert(q.value, str(q.unit), str(target.unit))
    if q.kind is Kind.DURATION and q.unit != target.unit:
        a, b = _in_months(q), _in_months(target)
        return None if a is None or b is None or not isinstance(target.value, Decimal) else a / b * target.value
    return q.value


def _in_months(q: Quantity) -> Decimal | None:
    factor = {"year": 12, "month": 1}.get(str(q.unit))
    return None if factor is None or not isinstance(q.value, Decimal) else q.value * factor


def magnitude(q: Quantity, fact: Fact, sheet: FactSheet) -> float | None:
    """log10 of claim / fact, in the fact's own unit; None when not comparable or not positive."""
    value = comparable_value(q, fact.value, sheet)
    target = fact.value.value
    if value is None or not isinstance(target, Decimal) or value <= 0 or target <= 0:
        return None
    return math.log10(value / target)


def scale_power(log_ratio: float) -> int:
    """The power of 1000 between claim and fact (0 when none): 3 for "триллион" against a billion."""
    k = round(log_ratio / 3)
    if k and abs(log_ratio - 3 * k) <= _SCALE_SLACK:
        return 3 * k
    return 0


def _plausible(log_ratio: float | None) -> bool:
    return log_ratio is not None and (abs(log_ratio) <= _PLAUSIBLE or scale_power(log_ratio) != 0)


def link(
    text: str, sentences: Sequence[Sentence], quantities: Sequence[Quantity], sheet: FactSheet | None
) -> list[Link]:
    """Links of ``quantities`` to the facts of ``sheet`` (none without a sheet)."""
    if sheet is None or not sentences:
        return []
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        by_sentence.setdefault(max(0, bisect_right(starts, q.start) - 1), []).append(q)
    paragraph_words: dict[int, tuple[frozenset[str], str]] = {}
    links: list[Link] = []
    for index, qs in sorted(by_sentence.items()):
        sentence = sentences[index]
        stems, joined = _sentence_words(text[sentence.start : sentence.end], sentence.lang)
        if sentence.paragraph not in paragraph_words:
            para = [s for s in sentences if s.paragraph == sentence.paragraph]
            paragraph_words[sentence.paragraph] = _sentence_words(text[para[0].start : para[-1].end], sentence.lang)
        p_stems, p_joined = paragraph_words[sentence.paragraph]
        linked: list[Link] = []
        for q in qs:
            best = _best_fact(q, sheet, sentence.lang, stems, joined, p_stems, p_joined, qs)
            if best is not None:
                linked.append(best)
        links.extend(linked)
        for q in qs:
            if q.kind is not Kind.DURATION or any(l.quantity is q for l in linked):
                continue
            for owner in linked:
                period = owner.fact.period
                if period is not None and compatible(q, period, sheet):
                    links.append(Link(q, owner.fact, "period",
                                      f"a period in the same sentence as {owner.quantity.text!r}"))
                    break
    return links


def _best_fact(
    q: Quantity, sheet: FactSheet, lang: str, stems: frozenset[str], joined: str,
    p_stems: frozenset[str], p_joined: str, neighbours: Sequence[Quantity],
) -> Link | None:
    candidates: list[tuple[float, Link]] = []
    # (a figure of a unit read as no measure, a data size or rate written onto it, "a 256GB phone", "12Mbps", speaks
    # only of a fact that names that unit among its words; measures, "90 kilometres", link by their dimension)
    measured = q.noun is not None and q.kind in (Kind.COUNT, Kind.NUMBER) and normalize(q.noun) in lexicon(lang).measure_units
    noun = frozenset({stem_word(q.noun, lang), q.noun.casefold()}) if q.noun else frozenset()
    for fact in sheet.facts:
        if not any(compatible(q, rep, sheet) for rep in fact.representations()):
            continue
        if measured and not matched_words(fact, lang, noun, " ".join(noun)):
            continue
        words = matched_words(fact, lang, stems, joined)
        where = "the same sentence"
        log_ratio = magnitude(q, fact, sheet)
        # (nor has a temperature, whose scale does not start at zero: "-20 °C" is no ratio of "-30 °C")
        unscaled = q.kind is Kind.DATE or (q.kind is Kind.MEASURE and is_temperature(q.unit))
        if unscaled:
            log_ratio = 0.0
        if not words:
            if unscaled:
                continue  # a date has no magnitude to say it is near: the fact's words must be in its sentence
            words = matched_words(fact, lang, p_stems, p_joined)
            where = "the same paragraph"
            # A paragraph-level link needs a near match (within a factor of 2) or an exact scale-word
            # error: the fact's words a sentence or two away are weaker evidence.
            if not words or log_ratio is None:
                continue
            near = abs(log_ratio) <= _PARAGRAPH_REACH
            if not near and not (scale_power(log_ratio) and abs(log_ratio - scale_power(log_ratio)) <= 0.05):
                continue
        if not _plausible(log_ratio):
            continue
        assert log_ratio is not None
        score = 10.0 * len(words) - abs(log_ratio - scale_power(log_ratio)) - (0.5 if scale_power(log_ratio) else 0)
        if noun and matched_words(fact, lang, noun, " ".join(noun)):
            score += 20  # the fact's word is what the figure counts: "140 turbines", of the turbines' fact
        if fact.period is not None and any(
            n.kind is Kind.DURATION and comparable_value(n, fact.period, sheet) == fact.period.value for n in neighbours
        ):
            score += 5
        reason = f"{', '.join(repr(w) for w in words)} in {where}"
        candidates.append((score, Link(q, fact, "value", reason, words)))
    if not candidates:
        return None
    return max(candidates, key=lambda c: c[0])[1]
