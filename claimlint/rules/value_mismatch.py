from __future__ import annotations

from collections.abc import Iterator

from claimlint.compare import expected_text
from claimlint.diagnostics import Diagnostic
from claimlint.hookspecs import hookimpl
from claimlint.quantity import Kind
from claimlint.rule import Rule


class ValueMismatch(Rule):
    """A figure disagrees with the fact it speaks of, beyond its tolerance and bounds.

    ## What it does
    Compares every figure linked to a fact (money, percentages, counts) with the fact's value.
    The claim's interval (its rounding and its qualifier) must meet the fact's interval (its bound
    widened by its tolerance); money is converted at the fact sheet's rates first.

    ## Why it matters
    A changed digit ("54 miliardi" for 53) or a wrong conversion is the commonest error in
    translated copy, and the hardest to see when the figure still looks plausible.

    ## Example
    Fact `ai_investment: more than 380 billion CNY`, equivalent `about 53 billion USD`:
    `investeert 54 miljard euro` (63.5 billion USD at the sheet's rates) is reported.

    ## How to fix
    Write the figure of the fact sheet, converted if the article uses another currency.

    ## Options
    None; tolerances live in the fact sheet (per fact, and for rates).
    """

    code = "CL101"
    slug = "value-mismatch"
    summary = "a figure disagrees with its fact"

    def check(self) -> Iterator[Diagnostic]:
        sheet = self.ctx.facts
        assert sheet is not None
        for link, result in self.ctx.comparisons():
            q = link.quantity
            if q.kind is Kind.DATE or result.agrees or result.scale or result.swapped is not None:
                continue
            expected = expected_text(q, result.representation, sheet)
            yield self.report(
                q, f"{q.text!r} disagrees with fact {link.fact.id}, which says {expected} ({link.reason})",
                fact=link.fact.id, expected=expected,
            )


@hookimpl(trylast=True)
def claimlint_rules() -> list[type[Rule]]:
    return [ValueMismatch]
