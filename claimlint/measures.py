"""Units of measure: which dimension each unit measures, and a value in one unit given in another.

The table is data (``measures`` and ``temperatures`` in ``claimlint/data/common.yaml``): each unit by
its symbol, as a quantity of kind ``measure`` names it in ``unit``, with its size in the unit of its
dimension whose size is 1 (the metre, the kilogram, the litre...). A claim of "56 miles" is compared
with a fact of "90 km" in kilometres; a claim in kilograms is never compared with a fact in kilometres.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import NamedTuple

from claimlint.datafiles import load_data

_TEMPERATURE = "temperature"


class Unit(NamedTuple):
    dimension: str
    size: Decimal  # in the dimension's unit of size 1 (for temperatures: its degrees in one Celsius degree)
    zero: Decimal = Decimal(0)  # temperatures: the figure that reads 0 °C


@cache
def units() -> dict[str, Unit]:
    """Every unit of measure by its symbol."""
    common = load_data("common.yaml")
    table = {
        symbol: Unit(dimension, Decimal(size))
        for dimension, sizes in common["measures"].items()
        for symbol, size in sizes.items()
    }
    for symbol, scale in common["temperatures"].items():
        table[symbol] = Unit(_TEMPERATURE, Decimal(scale["per_celsius"]), Decimal(scale["zero"]))
    return table


def is_temperature(unit: str | None) -> bool:
    """Whether ``unit`` is a temperature's, whose scale does not start at zero: no ratio of two means anything."""
    return unit in units() and units()[str(unit)].dimension == _TEMPERATURE


def per_celsius(unit: str | None) -> Decimal:
    """A temperature unit's degrees in one Celsius degree (1.8 for °F)."""
    return units()[str(unit)].size


def convertible(source: str | None, target: str | None) -> bool:
    """Whether a value in ``source`` can be given in ``target``: both units of one dimension."""
    table = units()
    return source in table and target in table and table[str(source)].dimension == table[str(target)].dimension


def convert(value: Decimal, source: str, target: str) -> Decimal | None:
    """``value`` in ``source`` given in ``target`` ("56 mi" is 90.123264 km); None across dimensions."""
    if source == target:
        return value
    if not convertible(source, target):
        return None
    table = units()
    a, b = table[source], table[target]
    if a.dimension == _TEMPERATURE:
        return (value - a.zero) / a.size * b.size + b.zero
    return value * a.size / b.size
