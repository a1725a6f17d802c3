from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from claimlint.compare import describe, expected_text
from claimlint.datafiles import load_data
from claimlint.diagnostics import Diagnostic, Fix
from claimlint.hookspecs import hookimpl
from claimlint.lexicon import lexicon, normalize
from claimlint.quantity import Kind, Quantity
from claimlint.rule import Rule
from claimlint.segment import languages


def scale_word(lang: str, exponent: int) -> str | None:
    """The language's first-listed scale word for 10**exponent ("biljoen" for 12 in Dutch)."""
    return next((form for form, exp in lexicon(lang).values["SCALE"].items() if exp == exponent and len(form) > 2), None)


class ScaleWordMismatch(Rule):
    """A scale word is off by a power of 1000: "triljoen" where the fact is a trillion (10^12).

    ## What it does
    Reports a figure whose ratio to its fact is 10^3, 10^6, 10^9... and that would agree with the
    fact after that factor, and names the word the article's language uses for the fact's
    magnitude (Dutch "biljoen" and French "billion" are 10^12; Dutch "triljoen" is 10^18).

    ## Why it matters
    Scale words are false friends across languages: English "billion" is 10^9, Dutch "biljoen" and
    Italian "bilione" 10^12. Translating word for word multiplies a figure by a thousand.

    ## Example
    Fact `qwen3_max_params: more than 1 trillion`; Dutch `meer dan een triljoen parameters` is
    10^18 and is reported with "(Dutch: biljoen)".

    ## How to fix
    Use the scale word of the article's language for the fact's magnitude; the fix replaces it.

    ## Options
    None.
    """

    code = "CL102"
    slug = "scale-word-mismatch"
    summary = "a scale word is off by a power of 1000"

    def check(self) -> Iterator[Diagnostic]:
        sheet = self.ctx.facts
        assert sheet is not None
        for link, result in self.ctx.comparisons():
            q = link.quantity
            if not result.scale:
                continue
            right_exponent = q.scale_exponent - result.scale
            if q.kind is Kind.MEASURE and q.scale is None:
                # (the power of 1000 is in the unit, not in a scale word: "1,200 kW" for 1,200 MW, which the fact in the
                # claim's unit shows, "≈ 1.2 million kW")
                word, hint = None, ""
            else:
                word = scale_word(q.lang, right_exponent)
                hint = f" ({languages()[q.lang]['name']}: {word})" if word else ""
            wrong = f"10^{q.scale_exponent}" if q.scale_exponent else "its figure"
            yield self.report(
                q,
                f"{q.text!r} is {_magnitude(q)}; fact {link.fact.id} says "
                f"{expected_text(q, result.representation, sheet)}"
                f"{hint}",
                fact=link.fact.id, expected=describe(result.representation), fix=_fix(q, word, right_exponent, self.ctx.document.text),
                power=result.scale, right_word=word, wrong=wrong,
            )


def _magnitude(q: Quantity) -> str:
    bound = {"more_than": "more than ", "at_least": "at least ", "about": "about ", "at_most": "at most ",
             "less_than": "less than "}.get(q.bound.value, "")
    if q.scale_exponent:
        return f"{bound}10^{q.scale_exponent}"
    return f"{bound}{q.value} {q.unit}" if q.kind is Kind.MEASURE else f"{bound}{q.value}"


def _fix(q: Quantity, word: str | None, exponent: int, text: str) -> Fix | None:
    """The scale word replaced by the right one in the form of the one written (its number and case:
    "2,4 миллиона" -> "2,4 миллиарда", "2,4 millions" -> "2,4 milliards", "MILLION" -> "BILLION"), and a word
    that replaces a letter written onto the figure set apart from it ("2.4m" -> "2.4 billion")."""
    if word is None or q.scale_span is None:
        return None
    start, end = q.scale_span
    written = text[start:end]
    replacement = _like(q.lang, exponent, written) or word
    if written.isupper() and len(written) > 1:
        replacement = replacement.upper()
    elif written[:1].isupper():
        replacement = replacement[:1].upper() + replacement[1:]
    if start and text[start - 1].isdigit() and len(replacement) > 3:
        replacement = " " + replacement
    return Fix(start, end, replacement)


@cache
def _scale_lists(lang: str) -> dict[int, list[str]]:
    """The forms of each scale word, as the language file lists them (read once, not at each fix)."""
    return {int(power): [str(f) for f in forms] for power, forms in (load_data(f"lang/{lang}.yaml").get("scales") or {}).items()}


def _like(lang: str, exponent: int, written: str) -> str | None:
    """The form of 10**exponent's scale word at the place of ``written`` among its own word's forms, as the language
    file lists them (``scales``): the first two places, the singular and the plural (the genitive singular in
    Russian), are alike in every list; the others only between lists of one length ("миллионах", "миллиардах")."""
    lists = _scale_lists(lang)
    target = lists.get(exponent)
    if not target:
        return None
    lex = lexicon(lang)
    for own in lists.values():
        for key in (written, written.lower(), normalize(written)):
            if key in own:
                index = own.index(key)
                if index < len(target) and (index < 2 or len(own) == len(target)) and (len(target[index]) > 3 or len(key) <= 4):
                    return target[index]
                return None
    return None if lex.fold(normalize(written)) not in lex.values["SCALE"] else target[0]


@hookimpl(trylast=True)
def claimlint_rules() -> list[type[Rule]]:
    return [ScaleWordMismatch]
