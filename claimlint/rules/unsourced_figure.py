from __future__ import annotations

from collections.abc import Iterator

from claimlint.diagnostics import Diagnostic, Severity
from claimlint.hookspecs import hookimpl
from claimlint.quantity import Kind
from claimlint.rule import Rule

_KINDS = {Kind.CURRENCY, Kind.PERCENT, Kind.MEASURE, Kind.COUNT}


class UnsourcedFigure(Rule):
    """A figure that no fact of the sheet accounts for (off by default).

    ## What it does
    Lists money, percentages, measures ("470 million tonnes", "12 km") and counts written with a
    scale word that link to no fact, so an editor can add them to the sheet or source them.

    ## Why it matters
    A fact sheet that covers every figure of a story is what makes the other rules complete.

    ## Example
    `Microsoft expects to spend 80 billion dollars` in a story whose sheet has no such fact.

    ## How to fix
    Add a fact for the figure (with its words), or accept it as context.

    ## Options
    `min_exponent` (default 0): report counts only from this scale up (6 for millions).
    """

    code = "CL111"
    slug = "unsourced-figure"
    summary = "a figure no fact accounts for"
    default_severity = Severity.INFO
    enabled_by_default = False
    default_options = {"min_exponent": 0}

    def check(self) -> Iterator[Diagnostic]:
        linked = {id(link.quantity) for link in self.ctx.links}
        for q in self.ctx.quantities:
            if q.kind not in _KINDS or id(q) in linked:
                continue
            if q.kind is Kind.COUNT and q.scale_exponent < max(3, self.options["min_exponent"]):
                continue
            yield self.report(q, f"{q.text!r} links to no fact of the sheet")


@hookimpl(trylast=True)
def claimlint_rules() -> list[type[Rule]]:
    return [UnsourcedFigure]
