"""EX001: a share of something written above 100%."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from claimlint.diagnostics import Diagnostic, Severity
from claimlint.hookspecs import hookimpl
from claimlint.quantity import Kind
from claimlint.rule import Rule

# Words that make a percentage above 100 normal: growth, not a share.
GROWTH = ("grew", "rose", "increase", "growth", "выросл", "рост", "hausse", "crescit", "aument", "groei", "gestegen", "ارتفع", "نمو")


class ShareAboveWhole(Rule):
    """A percentage above 100% in a sentence that speaks of no growth: a share larger than the whole.

    ## What it does
    Reports a percentage (not percentage points) above 100 when its sentence has none of the
    rule's growth words, in any of the six languages.

    ## Why it matters
    "Alibaba holds 120% of the market" is a slipped digit or a mistranslated "1,20%".

    ## Example
    `Alibaba controlla il 120% del mercato cloud cinese.` is reported.

    ## How to fix
    Correct the figure, or reword if it is a growth rate.

    ## Options
    `limit` (default 100): the percentage above which a share is reported.
    """

    code = "EX001"
    slug = "share-above-whole"
    summary = "a share above 100%"
    default_severity = Severity.WARNING
    needs_facts = False
    default_options = {"limit": 100}

    def check(self) -> Iterator[Diagnostic]:
        text = self.ctx.document.text
        limit = Decimal(str(self.options["limit"]))
        for q in self.ctx.quantities:
            if q.kind is not Kind.PERCENT or q.unit != "percent" or not isinstance(q.value, Decimal):
                continue
            sentence = self.ctx.sentence_of(q.start)
            context = text[sentence.start : sentence.end].casefold() if sentence else ""
            if q.value > limit and not any(word in context for word in GROWTH):
                yield self.report(q, f"{q.text!r} is a share above {limit}% of the whole")


@hookimpl
def claimlint_rules() -> list[type[Rule]]:
    return [ShareAboveWhole]
