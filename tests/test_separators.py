"""A figure like "1.950" or "1,712" is read by the language's own rules (CLDR), never guessed."""

from decimal import Decimal

import pytest

from claimlint.extract import extract_span

# (language, "1.950", "1,712"): en and ar group with "," and write decimals with "."; fr, it and nl
# write decimals with "," and group with "." (fr: also spaces); ru groups with spaces only.
EXPECTED = [
    ("en", "1.95", "1712"),
    ("ar", "1.95", "1712"),
    ("fr", "1950", "1.712"),
    ("it", "1950", "1.712"),
    ("nl", "1950", "1.712"),
    ("ru", "1.95", "1.712"),
]


@pytest.mark.parametrize("lang,dot,comma", EXPECTED)
def test_ambiguous_figures_follow_the_language(lang, dot, comma):
    found = extract_span("1.950 and 1,712", lang)
    assert [q.value for q in found] == [Decimal(dot), Decimal(comma)]


@pytest.mark.parametrize("text,lang,value", [
    ("1 234 567,89", "fr", "1234567.89"), ("1\u00a0234,5", "ru", "1234.5"), ("1\u202f234,5", "fr", "1234.5"),
    ("1.234.567,89", "it", "1234567.89"), ("1,234,567.89", "en", "1234567.89"), ("١٬٢٣٤٫٥", "ar", "1234.5"),
])
def test_grouped_figures(text, lang, value):
    assert [q.value for q in extract_span(text, lang)] == [Decimal(value)]
