from __future__ import annotations

from collections.abc import Iterator

from claimlint.compare import describe
from claimlint.diagnostics import Diagnostic, Fix, Severity
from claimlint.hookspecs import hookimpl
from claimlint.lexicon import lexicon
from claimlint.link import same_measure
from claimlint.quantity import Bound
from claimlint.rule import Rule
from claimlint.segment import languages

# Claim bounds that keep the fact's hedge.
_KEEPS = {
    Bound.MORE_THAN: {Bound.MORE_THAN, Bound.AT_LEAST},
    Bound.AT_LEAST: {Bound.MORE_THAN, Bound.AT_LEAST},
    Bound.LESS_THAN: {Bound.LESS_THAN, Bound.AT_MOST},
    Bound.AT_MOST: {Bound.LESS_THAN, Bound.AT_MOST},
    Bound.ABOUT: {Bound.ABOUT, Bound.EXACT},
}
_TERMINAL = {Bound.MORE_THAN: "Q_MORE", Bound.AT_LEAST: "Q_ATLEAST", Bound.LESS_THAN: "Q_LESS",
             Bound.AT_MOST: "Q_ATMOST", Bound.ABOUT: "Q_ABOUT"}


class BoundChanged(Rule):
    """A hedge of the fact is lost or changed: "more than 380 billion" becomes "380 billion" or "about".

    ## What it does
    For figures in the fact's own unit, compares the claim's qualifier with the fact's bound:
    a fact "more than X" written as exact ("hedge lost") or as "about"/"up to" ("hedge changed").
    Conversions into other currencies are not checked here: they are approximate by nature.

    ## Why it matters
    "More than 380 billion" is a floor; "380 billion" states an amount the company never gave,
    and "up to" turns a floor into a ceiling.

    ## Example
    Fact `more than 380 billion CNY`: French `380 milliards de yuans` is reported; the fix inserts
    "plus de".

    ## How to fix
    Keep the fact's qualifier, in the article's language.

    ## Options
    None.
    """

    code = "CL105"
    slug = "bound-changed"
    summary = "a qualifier of the fact is lost or changed"
    default_severity = Severity.WARNING

    def check(self) -> Iterator[Diagnostic]:
        for link in self.ctx.links_of("value"):
            q, fact = link.quantity, link.fact
            want = fact.value.bound
            if want is Bound.EXACT or not same_measure(q, fact.value):
                continue  # (a count measures what a number does: "2.5 million homes" of "more than 2.5 million")
            if q.bound in _KEEPS[want]:
                continue
            lost = q.bound is Bound.EXACT
            word = next(iter(lexicon(q.lang).values[_TERMINAL[want]]), None)
            fix = Fix(q.start, q.start, f"{word} ") if lost and word else None
            what = "drops" if lost else "changes"
            # In the article's own words where we can write them: "(French: plus de 380 milliards ...)".
            own = f" ({languages()[q.lang]['name']}: {word} {q.text})" if lost and word else ""
            yield self.report(
                q,
                f"{q.text!r} {what} the qualifier of fact {fact.id}, which says {describe(fact.value)}{own}",
                fact=fact.id, expected=describe(fact.value), fix=fix, lost=lost, wanted=want.value,
            )


@hookimpl(trylast=True)
def claimlint_rules() -> list[type[Rule]]:
    return [BoundChanged]
