from __future__ import annotations

from collections.abc import Iterator

from claimlint.diagnostics import Diagnostic
from claimlint.extract import day_lists
from claimlint.hookspecs import hookimpl
from claimlint.quantity import CalendarDate, Kind, Quantity
from claimlint.rule import Rule


class DateMismatch(Rule):
    """A date tied to a fact is not the fact's date: "25 September" for an announcement on the 24th.

    ## What it does
    A date in a sentence with a date fact's words ("announced", "annoncé", "объявила", "أعلنت") is
    compared with the fact; the year is compared only when the article writes it. A range of days
    ("23-25 September") agrees with a fact on any of its days, and so do a list ("23 and 24
    September") and a month of a year ("in September 2025").

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
        text = self.ctx.document.text
        lists = {id(q): days for days in day_lists(text, self.ctx.quantities) for q in days}
        reported: set[tuple[int, str]] = set()
        for link in self.ctx.links_of("value"):
            q, want = link.quantity, link.fact.value.value
            if q.kind is not Kind.DATE or not isinstance(q.value, CalendarDate) or not isinstance(want, CalendarDate):
                continue
            # a list of days ("23 and 24 September") agrees when one of them does, and is reported once
            days = lists.get(id(q), (q,))
            if any(_agrees(want, day) for day in days) or (days[0].start, link.fact.id) in reported:
                continue
            reported.add((days[0].start, link.fact.id))
            said = " and ".join(f"{d.value} to {d.range_to}" if d.range_to is not None else str(d.value) for d in days)
            claim = text[days[0].start : days[-1].end]
            yield self.report(
                None, f"{claim!r} is {said}; fact {link.fact.id} is {want} ({link.reason})",
                start=days[0].start, end=days[-1].end, fact=link.fact.id, expected=str(want),
            )


def _agrees(want: CalendarDate, q: Quantity) -> bool:
    """Whether the date ``q`` (a day, or a range of days) agrees with the fact's day."""
    return isinstance(q.value, CalendarDate) and q.last_day is not None and _within(want, q.value, q.last_day)


def _within(day: CalendarDate, first: CalendarDate, last: CalendarDate) -> bool:
    """Whether ``day`` is one of the days from ``first`` to ``last``, comparing years only where both
    are written ("24 September" agrees with 2025-09-24; "23-25 September 2025" with the 24th; "September
    2025", a month of a year, with every day of it)."""
    if first.year is not None and day.year is not None:
        return (first.year, first.month, first.first_day) <= (day.year, day.month, day.first_day) <= (
            last.year or first.year, last.month, last.last_day_of)
    one, low, high = (day.month, day.first_day), (first.month, first.first_day), (last.month, last.last_day_of)
    return low <= one <= high if low <= high else (one >= low or one <= high)  # "28 December - 3 January"


@hookimpl(trylast=True)
def claimlint_rules() -> list[type[Rule]]:
    return [DateMismatch]
