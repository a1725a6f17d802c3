"""Property: a number written the way CLDR writes it in a locale is read back to the same value.

Babel formats random values with each locale's CLDR symbols and patterns (grouping with U+202F in
French and U+00A0 in Russian, Arabic-Indic digits in Arabic, "US$" after the figure in Italian...);
the extractor must read exactly one quantity of the same value and unit, also with a scale word of
the language after the figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_currency, format_decimal, format_percent
from hypothesis import given, settings
from hypothesis import strategies as st

from claimlint.extract import extract_span
from claimlint.lexicon import LANGUAGES, lexicon

values = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999999"), places=2).map(
    lambda d: d.normalize() if d == d.to_integral() else d
)
# Currencies whose CLDR symbol or code is unambiguous in every locale.
currencies = st.sampled_from(["USD", "EUR", "GBP", "JPY", "CNY", "RUB"])


def _only(text: str, lang: str):
    found = extract_span(text, lang)
    assert len(found) == 1, (text, found)
    return found[0]


def _scale_words(lang: str) -> list[tuple[str, int]]:
    table = lexicon(lang).values["SCALE"]
    return sorted((form, exp) for form, exp in table.items() if exp >= 6 and len(form) > 2)


@pytest.mark.parametrize("lang", LANGUAGES)
@settings(max_examples=60, deadline=None)
@given(value=values)
def test_plain_numbers_round_trip(lang: str, value: Decimal) -> None:
    systems = ["latn", "arab"] if lang == "ar" else ["latn"]
    for system in systems:
        text = format_decimal(value, locale=lang, numbering_system=system, group_separator=True)
        q = _only(f"{text} ", lang)
        assert q.value == value, (text, q)


@pytest.mark.parametrize("lang", LANGUAGES)
@settings(max_examples=60, deadline=None)
@given(value=values, currency=currencies)
def test_currencies_round_trip(lang: str, value: Decimal, currency: str) -> None:
    text = format_currency(value, currency, locale=lang, currency_digits=False)
    q = _only(text, lang)
    assert (q.value, q.unit) == (value, currency), (text, q)


@pytest.mark.parametrize("lang", LANGUAGES)
@settings(max_examples=40, deadline=None)
@given(value=st.decimals(min_value=Decimal("0.1"), max_value=Decimal("999.9"), places=1), data=st.data())
def test_scale_words_round_trip(lang: str, value: Decimal, data: st.DataObject) -> None:
    form, exponent = data.draw(st.sampled_from(_scale_words(lang)))
    text = f"{format_decimal(value, locale=lang)} {form}"
    q = _only(text, lang)
    assert q.value == value.scaleb(exponent), (text, q)
    assert q.scale is not None and q.scale.casefold() == form


@pytest.mark.parametrize("lang", LANGUAGES)
@settings(max_examples=40, deadline=None)
@given(value=st.decimals(min_value=Decimal("0"), max_value=Decimal("1"), places=3))
def test_percentages_round_trip(lang: str, value: Decimal) -> None:
    text = format_percent(value, locale=lang, format="#,##0.#%")
    q = _only(text, lang)
    assert q.unit == "percent" and q.value == (value * 100).quantize(Decimal("0.1")).normalize(), (text, q)
