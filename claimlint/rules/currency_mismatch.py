from __future__ import annotations

from collections.abc import Iterator

from claimlint.compare import describe, expected_text
from claimlint.diagnostics import Diagnostic
from claimlint.hookspecs import hookimpl
from claimlint.rule import Rule


class CurrencyMismatch(Rule):
    """The right figure in the wrong currency: "€53 billion" for "$53 billion".

    ## What it does
    Reports a money figure that disagrees with its fact after conversion, while its bare figure is
    the fact's figure in another currency.

    ## Why it matters
    Swapping the currency sign keeps the digits that a reviewer checks and silently changes the
    amount by the exchange rate.

    ## Example
    Fact `about 53 billion USD`: `€53 billion` is reported; at the sheet's rates the fact is about
    45 billion EUR.

    ## How to fix
    Restore the fact's currency, or convert the figure.

    ## Options
    None.
    """

    code = "CL103"
    slug = "currency-mismatch"
    summary = "a figure is written in the wrong currency"

    def check(self) -> Iterator[Diagnostic]:
        sheet = self.ctx.facts
        assert sheet is not None
        for link, result in self.ctx.comparisons():
            q = link.quantity
            if result.swapped is None:
                continue
            yield self.report(
                q,
                f"{q.text!r} is in {q.unit}, but the figure is fact {link.fact.id} in {result.swapped.unit}:"
                f" {describe(result.swapped)} (in {q.unit}: {expected_text(q, result.swapped, sheet).split('(≈ ')[-1].rstrip(')')})",
                fact=link.fact.id, expected=describe(result.swapped),
            )


@hookimpl(trylast=True)
def claimlint_rules() -> list[type[Rule]]:
    return [CurrencyMismatch]
