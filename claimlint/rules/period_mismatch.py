from __future__ import annotations

from collections.abc import Iterator

from claimlint.compare import describe
from claimlint.diagnostics import Diagnostic
from claimlint.hookspecs import hookimpl
from claimlint.link import comparable_value
from claimlint.rule import Rule


class PeriodMismatch(Rule):
    """The period of a figure is changed: "over three years" becomes "five years".

    ## What it does
    A duration in the same sentence as a figure linked to a fact is that fact's period; it is
    compared with the period of the fact sheet (months and years are converted).

    ## Why it matters
    "380 billion over three years" and "over five years" are different commitments; the period is
    changed as easily as the amount.

    ## Example
    Fact `period: three years`: `investirà 380 miliardi di yuan in cinque anni` is reported.

    ## How to fix
    Write the fact's period.

    ## Options
    None.
    """

    code = "CL106"
    slug = "period-mismatch"
    summary = "the period of a figure is changed"

    def check(self) -> Iterator[Diagnostic]:
        sheet = self.ctx.facts
        assert sheet is not None
        for link in self.ctx.links_of("period"):
            period = link.fact.period
            assert period is not None
            value = comparable_value(link.quantity, period, sheet)
            if value is None or value == period.value:
                continue
            yield self.report(
                link.quantity,
                f"{link.quantity.text!r} is not the period of fact {link.fact.id}, which is {describe(period)}"
                f" ({link.reason})",
                fact=link.fact.id, expected=describe(period),
            )


@hookimpl(trylast=True)
def claimlint_rules() -> list[type[Rule]]:
    return [PeriodMismatch]
