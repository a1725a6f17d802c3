from __future__ import annotations

from collections.abc import Iterator

from claimlint.compare import claim_interval, compare, meets
from claimlint.diagnostics import Diagnostic, Severity
from claimlint.facts import Fact, FactSheet
from claimlint.hookspecs import hookimpl
from claimlint.quantity import Quantity
from claimlint.rule import Rule


class InconsistentValues(Rule):
    """One article gives two different values for the same fact.

    ## What it does
    Compares every pair of figures linked to the same fact in one article (converted to the fact's
    unit, same currency); when their intervals do not meet, the one that misses the fact sheet where the
    other meets it is reported, else the later one, naming the other.

    ## Why it matters
    A headline and its body that disagree are wrong at least once, whatever the fact sheet says.

    ## Example
    `Alibaba investe 53 miliardi di dollari` in the headline and `circa 58 miliardi di dollari` in
    the body.

    ## How to fix
    Make the figures agree, then check them against the fact sheet.

    ## Options
    None.
    """

    code = "CL110"
    slug = "inconsistent-values"
    summary = "two values for one fact in one article"
    default_severity = Severity.WARNING

    def check(self) -> Iterator[Diagnostic]:
        sheet = self.ctx.facts
        assert sheet is not None
        seen: dict[str, list] = {}
        reported: set[int] = set()  # (a wrong figure once, however many right ones follow it)
        for link in self.ctx.links_of("value"):
            q = link.quantity
            interval = claim_interval(q, link.fact.value, sheet) if q.kind is link.fact.value.kind else None
            if interval is None:
                continue
            # Only figures in one unit are compared: across currencies, conversions are CL101's job.
            key = f"{link.fact.id}/{q.unit}"
            for earlier, earlier_interval in seen.get(key, []):
                if not meets(interval, earlier_interval):
                    # (the figure that misses the fact is reported where the other meets it: the one to mend)
                    wrong, right = (earlier, q) if _agrees(q, link.fact, sheet) and not _agrees(earlier, link.fact, sheet) else (q, earlier)
                    if wrong.start in reported:
                        break
                    reported.add(wrong.start)
                    line = self.ctx.document.lines.position(right.start)[0]
                    yield self.report(
                        wrong, f"{wrong.text!r} and {right.text!r} (line {line}) give fact {link.fact.id} different values",
                        fact=link.fact.id, expected=right.text,
                    )
                    break
            seen.setdefault(key, []).append((q, interval))


def _agrees(q: Quantity, fact: Fact, sheet: FactSheet) -> bool:
    result = compare(q, fact, sheet)
    return result is not None and result.agrees


@hookimpl(trylast=True)
def claimlint_rules() -> list[type[Rule]]:
    return [InconsistentValues]
