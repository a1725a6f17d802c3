"""Shared shape of the per-language extraction tables (tests/test_extract_<lang>.py).

Each case is a sentence and the quantities expected in it, in order, as
``(span, kind, value, unit, bound, range_to)``; ``value`` is written as a string so that it is read
exactly ("53e9", "1.95", "2025-09-24"). Every quantity the extractor finds must be listed: an extra
finding fails the case as much as a missing one.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from claimlint.extract import extract_text
from claimlint.quantity import CalendarDate

Expected = tuple[str, str, str, str | None, str, str | None]


def found(text: str, lang: str) -> list[Expected]:
    """What the extractor reports for ``text``, in the table's shape."""
    out: list[Expected] = []
    for q in extract_text(text, lang=lang):
        assert text[q.start : q.end] == q.text
        out.append((q.text, q.kind.value, _written(q.value), q.unit, q.bound.value,
                    None if q.range_to is None else _written(q.range_to)))
    return out


def _written(value: Decimal | CalendarDate) -> str:
    return value.isoformat() if isinstance(value, CalendarDate) else _num(value)


def expected(rows: list[tuple[Any, ...]]) -> list[Expected]:
    """Fill in defaults: unit None, bound exact, range_to None; normalise numeric strings."""
    out = []
    for row in rows:
        span, kind, value, unit, bound, range_to = (*row, *(None, "exact", None)[len(row) - 3 :])
        if kind != "date":  # dates are written as ISO 8601 text
            value, range_to = _num(Decimal(value)), None if range_to is None else _num(Decimal(range_to))
        out.append((span, kind, value, unit, bound, range_to))
    return out


def _num(value: Decimal) -> str:
    """A canonical text for a Decimal: 53e9 and 53000000000 compare equal."""
    text = format(value.normalize(), "f")
    return text
