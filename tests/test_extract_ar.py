"""Arabic extraction: sentence -> every quantity in it (see tests/extract_cases.py for the shape).

The sentences cover the extraction issue's bullets and the seed article's own claims; each table
was checked by reading it, claim by claim.
"""

import pytest

from extract_cases import expected, found

CASES = [
    ("بين عشرة وعشرين دولار ومائة وخمسة موظفين", [("بين عشرة وعشرين دولار", "currency", "10", "USD", "exact", "20"), ("مائة وخمسة", "count", "105")]),
    ('تعهدت مجموعة علي بابا باستثمار أكثر من 380 مليار يوان (53 مليار دولار) على مدى السنوات الثلاث المقبلة.',
     [('أكثر من 380 مليار يوان', 'currency', '380000000000', 'CNY', 'more_than'), ('53 مليار دولار', 'currency', '53000000000', 'USD'), ('السنوات الثلاث', 'duration', '3', 'year')]),
    ('وتتوقع مايكروسوفت إنفاق 80 مليار دولار في السنة المالية الحالية، في حين خصصت ميتا نحو 65 مليار دولار لعام 2025.',
     [('80 مليار دولار', 'currency', '80000000000', 'USD'), ('نحو 65 مليار دولار', 'currency', '65000000000', 'USD', 'about'), ('2025', 'year', '2025')]),
    ('ارتفعت القيمة السوقية بأكثر من 100 مليار دولار منذ بداية 2025.',
     [('بأكثر من 100 مليار دولار', 'currency', '100000000000', 'USD', 'more_than'), ('2025', 'year', '2025')]),
    ('استثمرت الشركة ٣٨٠ مليار يوان و٥٣٫٥٪ من الأسهم.',
     [('٣٨٠ مليار يوان', 'currency', '380000000000', 'CNY'), ('٥٣٫٥٪', 'percent', '53.5', 'percent')]),
    ('بلغت القيمة 3 مليارات و200 مليون دولار خلال عامين.',
     [('3 مليارات و200 مليون دولار', 'currency', '3200000000', 'USD'), ('عامين', 'duration', '2', 'year')]),
    ('ارتفع السهم بين 9 و10% في 25 سبتمبر 2025.',
     [('بين 9 و10%', 'percent', '9', 'percent', 'exact', '10'), ('25 سبتمبر 2025', 'date', '2025-09-25')]),
    ('خمسة وعشرين موظفا وملياري دولار وحوالي 1,234.5 مليون يورو.',
     [('خمسة وعشرين', 'count', '25'), ('ملياري دولار', 'currency', '2000000000', 'USD'), ('حوالي 1,234.5 مليون يورو', 'currency', '1234500000', 'EUR', 'about')]),
    ('نموذج GPT-4 ورقاقة H20 ليست أرقاما.',
     []),
]


@pytest.mark.parametrize("text,rows", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence(text, rows):
    assert found(text, "ar") == expected(rows)
