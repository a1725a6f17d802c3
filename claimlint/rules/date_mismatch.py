from __future__ import annotations

from collections.abc import Iterator

from claimlint.diagnostics import Diagnostic
from claimlint.hookspecs import hookimpl
from claimlint.quantity import CalendarDate, Kind
from claimlint.rule import Rule


class DateMismatch(Rule):
    """A date tied to a fact is not the fact's date: "25 September" for an announcement on the 24th.

    ## What it does
    A date in a sentence with a date fact's words ("announced", "annoncé", "объявила", "أعلنت") is
    compared with the fact; the year is compared only when the article writes it.

    ## Why it matters
    Publication dates slip into copy as event dates, and time zones move a day.

    ## Example
    Fact `announcement: 24 September 2025` with words `annonc`: `Le 25 septembre 2025, Alibaba a
    annoncé` is reported.

    ## How to fix
    Write the date of the event, not of the publication.

    ## Options
    None.
    """

    code = "CL107"
    slug = "date-mismatch"
    summary = "a date is not the fact's date"

    def check(self) -> Iterator[Diagnostic]:
        for link in self.ctx.links_of("value"):
            q, want = link.quantity, link.fact.value.value
            if q.kind is not Kind.DATE or not isinstance(q.value, CalendarDate) or not isinstance(want, CalendarDate):
                continue
            same_day = (q.value.month, q.value.day) == (want.month, want.day)
            same_year = q.value.year is None or want.year is None or q.value.year == want.year
            if same_day and same_year:
                continue
            yield self.report(
                q, f"{q.text!r} is {q.value}; fact {link.fact.id} is {want} ({link.reason})",
                fact=link.fact.id, expected=str(want),
            )


@hookimpl(trylast=True)
def claimlint_rules() -> list[type[Rule]]:
    return [DateMismatch]
