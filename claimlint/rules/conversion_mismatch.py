from __future__ import annotations

import itertools
from collections.abc import Iterator
from decimal import Decimal

import regex

from claimlint.compare import amount, meets
from claimlint.diagnostics import Diagnostic
from claimlint.hookspecs import hookimpl
from claimlint.quantity import Kind
from claimlint.rule import Rule

# Between an amount and its conversion: "380 miljard yuan (45 miljard euro)", "…, circa 53 …".
_APPOSITION = regex.compile(r"[\s(\[,;:–—=≈/-]*")


class ConversionMismatch(Rule):
    """A conversion in parentheses or apposition disagrees with the exchange rates of the day.

    ## What it does
    Finds a money figure followed, in the same sentence, by the same amount in another currency in
    parentheses or after a comma or dash, converts the first at the fact sheet's rates, and reports
    the second when it differs by more than the rates' tolerance. It needs only the sheet's rates,
    not a fact for the amount.

    ## Why it matters
    Conversions are recomputed by hand, often with an old rate or a slipped digit:
    "380 miljard yuan (54 miljard euro)" should be about 45 billion.

    ## Example
    With `rates: {base: USD, CNY: 7.12, EUR: 0.85}`, `380 مليار يوان (35 مليار دولار)` is reported:
    380 billion CNY is 53.4 billion USD.

    ## How to fix
    Convert at the rate of the day, or correct the figure that slipped.

    ## Options
    `max_gap` (default 4): how many characters of punctuation may stand between the two amounts.
    """

    code = "CL104"
    slug = "conversion-mismatch"
    summary = "a conversion disagrees with the rates of the day"
    default_options = {"max_gap": 4}

    def check(self) -> Iterator[Diagnostic]:
        sheet = self.ctx.facts
        assert sheet is not None
        if sheet.rates is None:
            return
        text = self.ctx.document.text
        money = [q for q in self.ctx.quantities if q.kind is Kind.CURRENCY and q.range_to is None]
        for first, second in itertools.pairwise(money):
            gap = text[first.end : second.start]
            if first.unit == second.unit or len(gap) > self.options["max_gap"] or not _APPOSITION.fullmatch(gap):
                continue
            if "\n" in gap or not isinstance(first.value, Decimal) or not isinstance(second.value, Decimal):
                continue
            converted = sheet.convert(first.value, str(first.unit), str(second.unit))
            if converted is None:
                continue
            slack = sheet.rates.tolerance.slack(converted)
            low, high, low_open, high_open = first.interval()
            factor = converted / first.value if first.value else Decimal(1)
            expected = (low * factor - slack, high * factor + slack, low_open, high_open)
            if meets(second.interval(), expected):
                continue
            yield self.report(
                second,
                f"{second.text!r} does not convert {first.text!r}: at the sheet's rates "
                f"({sheet.rates.date or sheet.as_of}) that is {amount(converted)} {second.unit}",
                expected=f"{amount(converted)} {second.unit}", converted=str(converted),
            )


@hookimpl(trylast=True)
def claimlint_rules() -> list[type[Rule]]:
    return [ConversionMismatch]
