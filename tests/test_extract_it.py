"""Italian extraction: sentence -> every quantity in it (see tests/extract_cases.py for the shape).

The sentences cover the extraction issue's bullets and the seed article's own claims; each table
was checked by reading it, claim by claim.
"""

import pytest

from extract_cases import expected, found

CASES = [
    ('Il colosso annuncia un investimento di 53 miliardi di dollari in intelligenza artificiale per i prossimi tre anni.',
     [('53 miliardi di dollari', 'currency', '53000000000', 'USD'), ('tre anni', 'duration', '3', 'year')]),
    ('Un investimento di oltre 380 miliardi di yuan, circa 53 miliardi di dollari, nel cloud.',
     [('oltre 380 miliardi di yuan', 'currency', '380000000000', 'CNY', 'more_than'), ('circa 53 miliardi di dollari', 'currency', '53000000000', 'USD', 'about')]),
    ('Il titolo ha chiuso in perdita dell’1,95% a Hong Kong, dopo un guadagno superiore al 15%.',
     [('1,95%', 'percent', '1.95', 'percent'), ('superiore al 15%', 'percent', '15', 'percent', 'more_than')]),
    ("I ricavi sono aumentati dell’11%, numeri maggiori rispetto al più contenuto +5% dell'e-commerce.",
     [('11%', 'percent', '11', 'percent'), ('+5%', 'percent', '5', 'percent')]),
    ('Un modello con oltre un bilione di parametri e 1.234,5 milioni di euro di ricavi.',
     [('oltre un bilione', 'count', '1000000000000', None, 'more_than'), ('1.234,5 milioni di euro', 'currency', '1234500000', 'EUR')]),
    ('Le azioni sono salite tra il 9 e il 10% il 25 settembre 2025.',
     [('tra il 9 e il 10%', 'percent', '9', 'percent', 'exact', '10'), ('25 settembre 2025', 'date', '2025-09-25')]),
    ('Trecentottanta miliardi, venticinque anni e fino a 45 miliardi di euro.',
     [('Trecentottanta miliardi', 'number', '380000000000'), ('venticinque anni', 'duration', '25', 'year'), ('fino a 45 miliardi di euro', 'currency', '45000000000', 'EUR', 'at_most')]),
    ('La nuova versione del modello Qwen 2.5 ha superato GPT-4 e Llama-3.1-405B.',
     []),
]


@pytest.mark.parametrize("text,rows", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence(text, rows):
    assert found(text, "it") == expected(rows)
