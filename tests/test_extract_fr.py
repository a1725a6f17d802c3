"""French extraction: sentence -> every quantity in it (see tests/extract_cases.py for the shape).

The sentences cover the extraction issue's bullets and the seed article's own claims; each table
was checked by reading it, claim by claim.
"""

import pytest

from extract_cases import expected, found

CASES = [
    ("Entre vingt et trente euros, soixante et onze salariés.",
     [("Entre vingt et trente euros", "currency", "20", "EUR", "exact", "30"), ("soixante et onze", "count", "71")]),
    ("La population est de 3 millions et demi, soit deux tiers du total.",
     [("3 millions et demi", "number", "3500000"), ("deux tiers", "number", "0.6666666666666666666666666667")]),
    ('Le 25 septembre 2025, Alibaba a annoncé une initiative de trois ans de 380 milliards de yuans pour l’IA.',
     [('25 septembre 2025', 'date', '2025-09-25'), ('trois ans', 'duration', '3', 'year'), ('380 milliards de yuans', 'currency', '380000000000', 'CNY')]),
    ("Le groupe investira plus de 1 234,5 millions d'euros, soit environ 53 milliards de dollars.",
     [("plus de 1 234,5 millions d'euros", 'currency', '1234500000', 'EUR', 'more_than'), ('environ 53 milliards de dollars', 'currency', '53000000000', 'USD', 'about')]),
    ('Les ventes ont progressé de 9 à 10 % et le titre a gagné près de 6 %.',
     [('de 9 à 10 %', 'percent', '9', 'percent', 'exact', '10'), ('près de 6 %', 'percent', '6', 'percent', 'about')]),
    ("Un modèle de plus d'un billion de paramètres, et non d'un milliard.",
     [("plus d'un billion", 'count', '1000000000000', None, 'more_than'), ('un milliard', 'number', '1000000000')]),
    ('Vingt-cinq entreprises, quatre-vingt-dix-sept salariés et soixante et onze sites.',
     [('Vingt-cinq', 'count', '25'), ('quatre-vingt-dix-sept', 'count', '97'), ('soixante et onze', 'count', '71')]),
    ('Le budget atteint 3,4 Mds € en 2026, contre 2,5 Md€ en 2025.',
     [('3,4 Mds €', 'currency', '3400000000', 'EUR'), ('2026', 'year', '2026'), ('2,5 Md€', 'currency', '2500000000', 'EUR'), ('2025', 'year', '2025')]),
    ("Jusqu'à 45 milliards d'euros entre 2025 et 2027.",
     [("Jusqu'à 45 milliards d'euros", 'currency', '45000000000', 'EUR', 'at_most'), ('entre 2025 et 2027', 'year', '2025', None, 'exact', '2027')]),
    ('La hausse est de 0,5 point de pourcentage, à 3,5 %.',
     [('0,5 point de pourcentage', 'percent', '0.5', 'percentage_point'), ('3,5 %', 'percent', '3.5', 'percent')]),
    ("Le 24/09/2025 à 14h15, le modèle GPT-4 et la puce H20 n'étaient pas des nombres, ni l'article 5.",
     [('24/09/2025', 'date', '2025-09-24')]),
    # "cents" multiplies only what it follows ("trois cents", "dix-neuf cents"); after ten or tens, or alone, it is
    # the subunit: US cents, unless an amount of the sentence names another currency
    ("Le billet coûte deux euros et vingt cents, le café treize euros et quarante-cinq cents.",
     [('deux euros et vingt cents', 'currency', '2.2', 'EUR'),
      ('treize euros et quarante-cinq cents', 'currency', '13.45', 'EUR')]),
    ("Le baril a gagné 45 cents, puis vingt et un cents ; trois cents euros de plein.",
     [('45 cents', 'currency', '0.45', 'USD'), ('vingt et un cents', 'currency', '0.21', 'USD'),
      ('trois cents euros', 'currency', '300', 'EUR')]),
    ("Le WTI gagnait 95 cents à 80,08 dollars ; en dix-neuf cents, la ville comptait cinq cents habitants.",
     [('95 cents', 'currency', '0.95', 'USD'), ('80,08 dollars', 'currency', '80.08', 'USD'),
      ('dix-neuf cents', 'number', '1900'), ('cinq cents', 'count', '500')]),
    # a span of hours, with "entre" and "et" as with "de" and "à": clock times, no count
    ("Le centre est ouvert entre 8 h et 20 h, de 9 heures à 18 heures le samedi, entre 9 heures et 17 heures le dimanche.",
     []),
    ("Il faut entre 2 heures et 15 heures de vol.", [('entre 2 heures et 15 heures', 'duration', '2', 'hour', 'exact', '15')]),
    ("La garde à vue peut durer 48 h, les résultats sont attendus sous 72 h ; on attend entre 2 h et 3 h aux urgences.",
     [('48 h', 'duration', '48', 'hour'), ('sous 72 h', 'duration', '72', 'hour', 'at_most'),
      ('entre 2 h et 3 h', 'duration', '2', 'hour', 'exact', '3')]),
    # ...and clock times with the short mark: a span of two hours from six in the morning, or after "avant", "après"
    ("Ouvert de 9 h à 12 h ; il est arrivé avant 10 h, les bars ferment après 22 h, le magasin n'ouvre pas avant 10 heures.",
     []),
    ("Après 10 heures de négociations, l'accord a été signé.", [('10 heures', 'duration', '10', 'hour')]),
]


@pytest.mark.parametrize("text,rows", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence(text, rows):
    assert found(text, "fr") == expected(rows)
