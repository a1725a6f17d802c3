"""Dutch extraction: sentence -> every quantity in it (see tests/extract_cases.py for the shape).

The sentences cover the extraction issue's bullets and the seed article's own claims; each table
was checked by reading it, claim by claim.
"""

import pytest

from extract_cases import expected, found

CASES = [
    ('Alibaba lanceerde Qwen3-Max, een krachtig AI-model dat meer dan een triljoen parameters bevat.',
     [('meer dan een triljoen', 'count', '1000000000000000000', None, 'more_than')]),
    ('De toezegging om de komende drie jaar 380 miljard yuan (45 miljard euro) te investeren.',
     [('drie jaar', 'duration', '3', 'year'), ('380 miljard yuan', 'currency', '380000000000', 'CNY'), ('45 miljard euro', 'currency', '45000000000', 'EUR')]),
    ('De wereldwijde investeringen zullen de komende vijf jaar meer dan 3,4 miljard euro bedragen.',
     [('vijf jaar', 'duration', '5', 'year'), ('meer dan 3,4 miljard euro', 'currency', '3400000000', 'EUR', 'more_than')]),
    ('Het aandeel steeg tussen 9 en 10 procent, ruim 6% op woensdag 24 september 2025.',
     [('tussen 9 en 10 procent', 'percent', '9', 'percent', 'exact', '10'), ('ruim 6%', 'percent', '6', 'percent', 'more_than'), ('24 september 2025', 'date', '2025-09-24')]),
    ('Een budget van 1.234,5 miljoen euro en bijna 2 mld. dollar.',
     [('1.234,5 miljoen euro', 'currency', '1234500000', 'EUR'), ('bijna 2 mld. dollar', 'currency', '2000000000', 'USD', 'about')]),
    ('Vijfentwintig bedrijven en driehonderd werknemers in 2025.',
     [('Vijfentwintig', 'count', '25'), ('driehonderd', 'count', '300'), ('2025', 'year', '2025')]),
    ('De werkloosheid is gedaald tot 3,5 procent, een daling van 0,5 procentpunt.',
     [('tot 3,5 procent', 'percent', '3.5', 'percent'), ('0,5 procentpunt', 'percent', '0.5', 'percentage_point')]),
    ('Het exportverbod op de H20-chip werd in april opgeheven; DeepSeek-V3.1 is een model.',
     []),
]


@pytest.mark.parametrize("text,rows", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence(text, rows):
    assert found(text, "nl") == expected(rows)
