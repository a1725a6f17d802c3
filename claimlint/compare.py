"""How a claim compares with a fact: the semantics every value rule shares (docs/facts.md).

A claim is the interval of values its words allow (rounding, then its qualifier: "more than 380
billion" is (380e9, inf)); a fact is its own interval widened by its tolerance. They agree when the
intervals meet. A claim in another currency is converted at the sheet's rates first. When they do
not meet, a claim that would agree after dividing by a power of 1000 has a scale-word error, and a
money claim whose bare figure matches the fact in another currency has its currency swapped.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from claimlint.facts import Fact, FactSheet, fact_interval
from claimlint.link import comparable_value, compatible, magnitude, scale_power
from claimlint.measures import convert
from claimlint.quantity import Bound, Kind, Quantity, replace

Interval = tuple[Decimal, Decimal, bool, bool]


@dataclass(frozen=True)
class Comparison:
    representation: Quantity  # the fact's value, or the equivalent in the claim's currency
    claim: Interval  # the claim's interval in the representation's unit
    expected: Interval
    agrees: bool
    scale: int = 0  # claim / fact is 10**scale (3, 6, -3...) and would agree without it
    swapped: Quantity | None = None  # the equivalent whose figure the claim wrote in its currency


def meets(a: Interval, b: Interval) -> bool:
    low = max(a[0], b[0])
    high = min(a[1], b[1])
    if low < high:
        return True
    if low > high:
        return False
    closed_a = (a[0] < low or not a[2]) and (a[1] > low or not a[3])
    closed_b = (b[0] < low or not b[2]) and (b[1] > low or not b[3])
    return closed_a and closed_b


def representation(q: Quantity, fact: Fact, sheet: FactSheet) -> Quantity | None:
    """The form of the fact to compare ``q`` with: the one in the claim's unit, else the value."""
    for rep in fact.representations():
        if rep.unit == q.unit and rep.kind is q.kind:
            return rep
    return fact.value if compatible(q, fact.value, sheet) else None


def claim_interval(q: Quantity, rep: Quantity, sheet: FactSheet, factor: Decimal = Decimal(1)) -> Interval | None:
    if not isinstance(q.value, Decimal):
        return None
    low, high, low_open, high_open = q.interval()
    if q.kind is Kind.MEASURE:  # (each end on its own: a temperature's scale does not start at zero)
        ends = [convert(end, str(q.unit), str(rep.unit)) for end in (low, high)]
        if ends[0] is None or ends[1] is None:
            return None
        return ends[0] / factor, ends[1] / factor, low_open, high_open
    one = comparable_value(q, rep, sheet)
    if one is None:
        return None
    rate = one / q.value if q.value else Decimal(1)
    return low * rate / factor, high * rate / factor, low_open, high_open


def expected_interval(q: Quantity, fact: Fact, rep: Quantity, sheet: FactSheet) -> Interval | None:
    """What the fact allows, in the unit of ``rep``: every form of the fact must hold at once.

    "More than 380 billion CNY" and "about 53 billion USD" are one amount; a claim in euros must
    meet both, converted. A conversion at the rate of the day adds the rates' own tolerance.
    """
    low, high, low_open, high_open = fact_interval(fact, rep)
    for other in fact.representations():
        if other is rep or other.kind is not rep.kind or not isinstance(other.value, Decimal):
            continue
        rate = sheet.convert(Decimal(1), str(other.unit), str(rep.unit)) if rep.kind is Kind.CURRENCY else Decimal(1)
        if rate is None:
            continue
        o_low, o_high, o_low_open, o_high_open = fact_interval(fact, other)
        if o_low * rate > low:
            low, low_open = o_low * rate, o_low_open
        if o_high * rate < high:
            high, high_open = o_high * rate, o_high_open
    if q.kind is Kind.CURRENCY and sheet.rates is not None and any(
        r.unit != q.unit for r in fact.representations() if r.kind is Kind.CURRENCY
    ):
        slack = sheet.rates.tolerance.slack(rep.value) if isinstance(rep.value, Decimal) else Decimal(0)
        low, high = low - slack, high + slack
    return low, high, low_open, high_open


def compare(q: Quantity, fact: Fact, sheet: FactSheet) -> Comparison | None:
    """Compare a numeric claim with a fact; None when they cannot be compared."""
    rep = representation(q, fact, sheet)
    if rep is None or not isinstance(rep.value, Decimal):
        return None
    expected = expected_interval(q, fact, rep, sheet)
    if expected is None:
        return None
    claim = claim_interval(q, rep, sheet)
    if claim is None:
        return None
    swapped = _swapped(q, fact, sheet)
    bare = claim_interval(replace(q, bound=Bound.EXACT, qualifier=None), rep, sheet) if swapped is not None else None
    if swapped is not None and not (rep.unit == q.unit and bare is not None and meets(bare, expected)):
        # Checked first: "about 53 billion euro" may meet "about 53 billion USD" through the hedge
        # alone, but its figure is the dollar figure with the currency changed (where the sheet gives a
        # form in the claim's currency, only a claim whose figure misses that form is one, its hedge set
        # aside: "plus de 9,5 milliards de dollars" reaches "about 11 billion USD" only through "plus de").
        return Comparison(rep, claim, expected, False, swapped=swapped)
    if meets(claim, expected):
        return Comparison(rep, claim, expected, True)
    log_ratio = magnitude(q, fact, sheet)
    power = scale_power(log_ratio) if log_ratio is not None else 0
    if power:
        scaled = claim_interval(q, rep, sheet, Decimal(10) ** power)
        if scaled is not None and meets(scaled, expected):
            return Comparison(rep, claim, expected, False, scale=power)
    return Comparison(rep, claim, expected, False)


def _swapped(q: Quantity, fact: Fact, sheet: FactSheet) -> Quantity | None:
    """The form of the fact whose figure the claim wrote in another currency, if that is an error.

    The bare figure must be the other form's figure to the precision the claim wrote, and the
    claim, converted, must be off that form by more than the rates' and the fact's tolerances.
    """
    if q.kind is not Kind.CURRENCY or not isinstance(q.value, Decimal) or sheet.rates is None:
        return None
    for other in fact.representations():
        if other.unit == q.unit or other.kind is not Kind.CURRENCY or not isinstance(other.value, Decimal):
            continue
        if abs(q.value - other.value) > q.precision:
            continue
        converted = sheet.convert(q.value, str(q.unit), str(other.unit))
        slack = sheet.rates.tolerance.slack(other.value) + fact.tolerance.slack(other.value)
        if converted is not None and abs(converted - other.value) > slack:
            return other
    return None


_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))


def amount(value: Decimal) -> str:
    """A readable English amount: 53400000000 -> "53.4 billion"."""
    for size, word in _SCALES:
        if abs(value) >= size:
            return f"{_short(value / size)} {word}"
    return _short(value)


def _short(value: Decimal) -> str:
    text = f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    if "e" in text or "E" in text:
        text = f"{value:f}"
    return text


def describe(q: Quantity) -> str:
    """A fact representation in words: "more than 380 billion CNY"."""
    bound = {
        "exact": "", "more_than": "more than ", "at_least": "at least ", "less_than": "less than ",
        "at_most": "at most ", "about": "about ",
    }[q.bound.value]
    if not isinstance(q.value, Decimal):
        return f"{bound}{q.value}"
    if q.kind is Kind.YEAR:  # a year as it is written, with no group sign: "1994", "1990-1999"
        last = f"-{int(q.range_to)}" if isinstance(q.range_to, Decimal) else ""
        return f"{bound}{int(q.value)}{last}"
    unit = "" if q.unit is None else (" %" if q.unit == "percent" else f" {q.unit}")
    if q.unit == "percent":
        unit = "%"
    elif q.kind is Kind.DURATION or q.unit in ("percentage_point", "basis_point"):
        # ("4 percentage points", not "4 percentage_point")
        name = str(q.unit).replace("_", " ")
        unit = f" {name}s" if q.value != 1 else f" {name}"
    return f"{bound}{amount(q.value)}{unit}"


def expected_text(q: Quantity, rep: Quantity, sheet: FactSheet) -> str:
    """The fact as the claim should have said it: "more than 380 billion CNY (≈ 45.4 billion EUR)", "90 km (≈ 55.9
    mi)"."""
    said = describe(rep)
    if q.kind is Kind.CURRENCY and rep.unit != q.unit and isinstance(rep.value, Decimal):
        converted = sheet.convert(rep.value, str(rep.unit), str(q.unit))
        if converted is not None:
            said += f" (≈ {amount(converted)} {q.unit} at the sheet's rates)"
    elif q.kind is Kind.MEASURE and rep.unit != q.unit and isinstance(rep.value, Decimal):
        in_claims_unit = convert(rep.value, str(rep.unit), str(q.unit))
        if in_claims_unit is not None:
            said += f" (≈ {amount(in_claims_unit)} {q.unit})"
    return said
