from __future__ import annotations

from collections.abc import Iterator

from claimlint.compare import describe, expected_text
from claimlint.diagnostics import Diagnostic, Fix
from claimlint.hookspecs import hookimpl
from claimlint.lexicon import lexicon
from claimlint.quantity import Quantity
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
            word = scale_word(q.lang, right_exponent)
            language = languages()[q.lang]["name"]
            hint = f" ({language}: {word})" if word else ""
            wrong = f"10^{q.scale_exponent}" if q.scale_exponent else "its figure"
            yield self.report(
                q,
                f"{q.text!r} is {_magnitude(q)}; fact {link.fact.id} says "
                f"{expected_text(q, result.representation, sheet)}"
                f"{hint}",
                fact=link.fact.id, expected=describe(result.representation), fix=_fix(q, word),
                power=result.scale, right_word=word, wrong=wrong,
            )


def _magnitude(q: Quantity) -> str:
    bound = {"more_than": "more than ", "at_least": "at least ", "about": "about ", "at_most": "at most ",
             "less_than": "less than "}.get(q.bound.value, "")
    return f"{bound}10^{q.scale_exponent}" if q.scale_exponent else f"{bound}{q.value}"


def _fix(q: Quantity, word: str | None) -> Fix | None:
    if word is None or q.scale_span is None:
        return None
    return Fix(q.scale_span[0], q.scale_span[1], word)


@hookimpl(trylast=True)
def claimlint_rules() -> list[type[Rule]]:
    return [ScaleWordMismatch]
