"""English extraction: sentence -> every quantity in it (see tests/extract_cases.py for the shape)."""

import pytest

from extract_cases import expected, found

CASES = [
    # the seed (001) and the bullets of the extraction issue
    ("its shares listed in Hong Kong surged over 6%, reaching their highest levels since 2021",
     [("over 6%", "percent", "6", "percent", "more_than"), ("2021", "year", "2021")]),
    ("U.S. premarket trading reflected a 9.3% rise as of 4:21 a.m. ET.",
     [("9.3%", "percent", "9.3", "percent")]),
    ("Alibaba's $53 billion investment plan signals the acceleration",
     [("$53 billion", "currency", "53e9", "USD")]),
    ("global AI investments will exceed $4 trillion in the next five years",
     [("exceed $4 trillion", "currency", "4e12", "USD", "more_than"), ("five years", "duration", "5", "year")]),
    ("prices rose between 9 and 10 percent", [("between 9 and 10 percent", "percent", "9", "percent", "exact", "10")]),
    ("spending of $3 trillion to $4 trillion", [("$3 trillion to $4 trillion", "currency", "3e12", "USD", "exact", "4e12")]),
    ("a three-year plan worth 1,234.5 million euros",
     [("three-year", "duration", "3", "year"), ("1,234.5 million euros", "currency", "1234.5e6", "EUR")]),
    ("up to 53 bn dollars, about 45bn euros, at least 2.5m yuan",
     [("up to 53 bn dollars", "currency", "53e9", "USD", "at_most"),
      ("about 45bn euros", "currency", "45e9", "EUR", "about"),
      ("at least 2.5m yuan", "currency", "2.5e6", "CNY", "at_least")]),
    ("twenty-five companies and one hundred and five investors",
     [("twenty-five", "count", "25"), ("one hundred and five", "count", "105")]),
    ("announced on 24 September 2025 (September 24, 2025) and dated 2025-09-24",
     [("24 September 2025", "date", "2025-09-24"), ("September 24, 2025", "date", "2025-09-24"),
      ("2025-09-24", "date", "2025-09-24")]),
    ("a model with more than a trillion parameters",
     [("more than a trillion", "count", "1e12", None, "more_than")]),
    ("the rate fell 0.5 percentage points to 3%",
     [("0.5 percentage points", "percent", "0.5", "percentage_point"), ("3%", "percent", "3", "percent")]),
    ("three fifths of the budget, one million and a half, and a quarter of the market",
     [("three fifths", "number", "0.6"), ("one million and a half", "number", "1500000"), ("a quarter", "number", "0.25")]),
    ("minus three million two hundred thousand", [("minus three million two hundred thousand", "number", "-3200000")]),
    ("between nine and ten percent, and 3 hundred and 21 yuan",
     [("between nine and ten percent", "percent", "9", "percent", "exact", "10"),
      ("3 hundred and 21 yuan", "currency", "321", "CNY")]),
    # not quantities
    ("Qwen3-Max beat GPT-4, Llama-3.1-405B and DeepSeek-V3.1 during COVID-19 under Vision 2030", []),
    ("Call +1 415 555 0100 or see https://example.com/2025/09/24 and Article 5 of the law", []),
    ("over the past three years", [("three years", "duration", "3", "year")]),
]


@pytest.mark.parametrize("text,rows", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence(text, rows):
    assert found(text, "en") == expected(rows)


@pytest.mark.parametrize("text,qualifier", [
    ("Debt climbed past $34 trillion.", "past"),
    ("Inflows took the year's total past $12bn.", "past"),
    ("The deal lifted the group's annual revenue past £2bn.", "past"),
])
def test_a_word_of_passing_is_the_qualifier_written(text, qualifier):
    # (the qualifier a message quotes and a fix rewrites is the word of passing, not the verb before it)
    from claimlint import extract

    (q,) = extract(text, lang="en")
    assert (q.qualifier, q.text[: len(qualifier)]) == (qualifier, qualifier)
