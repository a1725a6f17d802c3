"""The typed result of extraction: one :class:`Quantity` per claim-bearing expression.

Everything downstream (linking, rules, reports) works on these objects and never re-parses text.
Values are exact :class:`~decimal.Decimal` numbers; ``precision`` keeps how exactly the article wrote
them, so "53 billion" means 53e9 ± 0.5e9 and a rule tolerates rounding because the article rounded.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from claimlint.measures import is_temperature, per_celsius


class Kind(str, Enum):
    """What sort of quantity an expression states."""

    CURRENCY = "currency"
    PERCENT = "percent"
    COUNT = "count"
    NUMBER = "number"
    MEASURE = "measure"  # in a unit of measure: "2,300 mg", "12 kilometres"
    DURATION = "duration"
    DATE = "date"
    YEAR = "year"

    def __str__(self) -> str:
        return self.value


class Bound(str, Enum):
    """How the article hedges a value: the qualifier turned into an interval."""

    EXACT = "exact"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    ABOUT = "about"

    def __str__(self) -> str:
        return self.value


# Bounds that set a lower and an upper end: "more than 10 and less than 20" is one range.
FLOORS = (Bound.MORE_THAN, Bound.AT_LEAST)
CEILINGS = (Bound.LESS_THAN, Bound.AT_MOST)

# Each kind and bound under its own name too, as the extract stage reads them. In Python 3.11 EnumType
# defines __getattr__, which sends every look-up on the class ("Kind.YEAR") through the slower path of an
# attribute hook: about 80 ns against 9 ns for a plain name, and the checks after a figure test kinds and
# bounds some 180,000 times per MB of text.
CURRENCY, PERCENT, COUNT, NUMBER, MEASURE = Kind.CURRENCY, Kind.PERCENT, Kind.COUNT, Kind.NUMBER, Kind.MEASURE
DURATION, DATE, YEAR = Kind.DURATION, Kind.DATE, Kind.YEAR
EXACT, ABOUT = Bound.EXACT, Bound.ABOUT
MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST = Bound.MORE_THAN, Bound.AT_LEAST, Bound.LESS_THAN, Bound.AT_MOST

# Units of time a spell may be written in several of ("2 h 05 min", "5 лет и 6 месяцев"): the size of
# each in the smallest unit of its family, the family's name. A month has no fixed number of days.
SPELL_UNITS = {"week": (604800, "s"), "day": (86400, "s"), "hour": (3600, "s"), "minute": (60, "s"),
               "second": (1, "s"), "year": (12, "m"), "month": (1, "m")}

INFINITY = Decimal("Infinity")
# How far a hedge reaches past its figure: "more than X" is read as (X, 1.5 X].
HEDGE_REACH = Decimal("0.5")
# How far a hedge on a temperature reaches, in Celsius degrees ("more than 40 °C" is (40, 50]; "about 40 °C" is 38-42;
# in Fahrenheit the same span, 18 degrees).
HEDGE_CELSIUS = Decimal(10)


@dataclass(frozen=True, slots=True)
class CalendarDate:
    """A calendar date whose year may be unwritten ("24 September"): ISO 8601 "--09-24" then; or whose day
    is ("March 2024", a month of a year): "2024-03" then."""

    year: int | None
    month: int
    day: int | None

    def __post_init__(self) -> None:
        if self.day is None and self.year is None:
            raise ValueError("a month alone is no date")
        _dt.date(self.year or 2000, self.month, self.day or 1)  # raises ValueError for 31 February

    def isoformat(self) -> str:
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def first_day(self) -> int:
        """The day, or the month's first where it is unwritten."""
        return self.day or 1

    @property
    def last_day_of(self) -> int:
        """The day, or the month's last where it is unwritten ("March 2024" runs to the 31st)."""
        return self.day or calendar.monthrange(self.year or 2000, self.month)[1]

    def __str__(self) -> str:
        return self.isoformat()


def set_by_slots(cls: type[_T]) -> type[_T]:
    """A frozen dataclass's ``__init__`` written anew, to set each field with its slot's setter, called directly:
    the one :mod:`dataclasses` writes looks up ``object.__setattr__`` for each field, which doubles the cost of a
    quantity (made a few times over for each one read, by :func:`replace`). The same parameters and defaults; the
    object stays frozen. (Only for fields that are all plain parameters, with no ``__post_init__``.)"""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if hasattr(cls, "__post_init__") or any(
        not f.init or f.kw_only is True or f.default_factory is not dataclasses.MISSING for f in fields
    ):
        return cls
    params = [f.name if f.default is dataclasses.MISSING else f"{f.name}=__default_{f.name}" for f in fields]
    source = f"def __init__(self, {', '.join(params)}):\n" + "".join(f"    __set_{f.name}(self, {f.name})\n" for f in fields)
    scope = {f"__set_{f.name}": getattr(cls, f.name).__set__ for f in fields}
    scope.update({f"__default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING})
    exec(source, scope)  # noqa: S102 - a source made of the class's field names, as dataclasses makes __init__
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


@set_by_slots
@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity stated in a text.

    ``start``/``end`` are 0-based code-point offsets into the decoded text (``text[start:end]`` is the
    span, end exclusive); line and column are derived from them in the report stage only.
    """

    kind: Kind
    value: Decimal | CalendarDate
    start: int
    end: int
    text: str
    lang: str
    unit: str | None = None
    bound: Bound = Bound.EXACT
    range_to: Decimal | CalendarDate | None = None  # the upper end: a day for a range of dates
    scale: str | None = None
    scale_exponent: int = 0
    precision: Decimal = Decimal(0)
    qualifier: str | None = None
    noun: str | None = None
    # Offsets of the scale word (same frame as start/end), so a fix can replace just that word.
    scale_span: tuple[int, int] | None = None

    @property
    def is_range(self) -> bool:
        return self.range_to is not None

    @property
    def last_day(self) -> CalendarDate | None:
        """A date's last day: ``range_to`` for a range of days ("3-5 September"), else the day itself."""
        if not isinstance(self.value, CalendarDate):
            return None
        return self.range_to if isinstance(self.range_to, CalendarDate) else self.value

    def interval(self) -> tuple[Decimal, Decimal, bool, bool]:
        """The set of true values compatible with what the article wrote.

        Returns ``(low, high, low_open, high_open)``. Rounding widens an exact value by its precision.
        A hedge is read as a statement near its figure, not as an open ray: "more than 380 billion"
        is (380e9, 570e9], since a much larger amount would be said with a larger figure, and
        "less than 10%" is [6.67, 10). "about" widens by the larger of the precision and 10%. A
        temperature's scale does not start at zero: its hedges reach ``HEDGE_CELSIUS`` ("more than 40 °C"
        is (40, 50]), "about" a fifth of that.
        """
        if not isinstance(self.value, Decimal) or isinstance(self.range_to, CalendarDate):
            raise TypeError(f"{self.kind} has no numeric interval")
        low = self.value
        high = self.range_to if self.range_to is not None else self.value
        p = self.precision
        # (a temperature's scale does not start at zero: its hedges reach a number of degrees, not a share of it)
        degrees = HEDGE_CELSIUS * per_celsius(self.unit) if self.kind is Kind.MEASURE and is_temperature(self.unit) else None
        up = abs(low) * HEDGE_REACH if degrees is None else degrees
        down = abs(high) * HEDGE_REACH / (1 + HEDGE_REACH) if degrees is None else degrees
        if self.bound is Bound.MORE_THAN:
            return low, low + up, True, False
        if self.bound is Bound.AT_LEAST:
            return low - p, low + up, False, False
        if self.bound is Bound.LESS_THAN:
            return high - down, high, False, True
        if self.bound is Bound.AT_MOST:
            return high - down, high + p, False, False
        if self.bound is Bound.ABOUT:
            slack = max(p, abs(high) / 10 if degrees is None else degrees / 5)
            return low - slack, high + slack, False, False
        return low - p, high + p, False, False

    def to_json(self) -> dict[str, object]:
        """The stable ``extract --format jsonl`` record without path and positions (see docs/extract.md)."""
        return {
            "text": self.text,
            "lang": self.lang,
            "kind": self.kind.value,
            "value": value_to_json(self.value),
            "unit": self.unit,
            "bound": self.bound.value,
            "range_to": None if self.range_to is None else value_to_json(self.range_to),
            "scale": self.scale,
        }


def value_to_json(value: Decimal | CalendarDate) -> int | float | str:
    """A value as the jsonl record writes it: a number in full, or a date in ISO 8601."""
    return value.isoformat() if isinstance(value, CalendarDate) else decimal_to_json(value)


def decimal_to_json(value: Decimal) -> int | float:
    """A JSON number written out in full: 53e9 becomes 53000000000, never 5.3E+10."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


_T = TypeVar("_T")
_KEEP: Any = object()  # (a field that ``replace`` is not given)
_REPLACERS: dict[type, Callable[..., Any]] = {}


def replace(obj: _T, /, **changes: Any) -> _T:
    """:func:`dataclasses.replace` for the frozen dataclasses of extraction (:class:`Quantity`,
    :class:`CalendarDate`, the parser's parts), in half the time: extraction copies each quantity it
    reads a few times, changing a field or two, and the standard one walks all the fields in Python."""
    made = _REPLACERS.get(type(obj))
    if made is None:
        made = _REPLACERS[type(obj)] = _replacer(type(obj))
    return made(obj, **changes)


def _replacer(cls: type) -> Callable[..., Any]:
    """``replace`` for one dataclass, written out as :mod:`dataclasses` writes ``__init__``: the fields
    ``__init__`` takes as keywords (keyword-only ones too), each taken from the object unless given, and
    the object made by ``__init__``, which checks it as any other. (Its own names start with "__", which
    no field of the project's starts with.)"""
    fields = [f for f in dataclasses.fields(cls) if f.init]
    # (by position where __init__ takes them so, which is quicker, and the keyword-only ones after)
    passed = [f"__obj.{f.name} if {f.name} is __KEEP else {f.name}" for f in fields if f.kw_only is False]
    passed += [f"{f.name}=__obj.{f.name} if {f.name} is __KEEP else {f.name}" for f in fields if f.kw_only is not False]
    source = (f"def replace(__obj, /, *, {', '.join(f'{f.name}=__KEEP' for f in fields)}):\n"
              f"    return __cls({', '.join(passed)})\n")
    scope = {"__cls": cls, "__KEEP": _KEEP}
    exec(source, scope)  # noqa: S102 - a source made of the class's field names, as dataclasses makes __init__
    return scope["replace"]
