"""Forms every language has, tested side by side: comparison signs, qualifiers written after the figure,
multipliers ("dozen"), fractions of a scale ("half a million", "полтора миллиарда").

Same table shape as tests/test_extract_<lang>.py (see tests/extract_cases.py).
"""

import pytest

from extract_cases import expected, found

CASES = [
    # comparison signs, in any language
    ("en", "Inflation stayed <2% while growth was ≥ 3.5%.",
     [("<2%", "percent", "2", "percent", "less_than"), ("≥ 3.5%", "percent", "3.5", "percent", "at_least")]),
    ("ru", "Доля выросла до >40% при цене ~53 млрд долларов.",
     [(">40%", "percent", "40", "percent", "more_than"), ("~53 млрд долларов", "currency", "53e9", "USD", "about")]),
    ("ar", "بلغت الحصة >40% من السوق.", [(">40%", "percent", "40", "percent", "more_than")]),
    ("fr", "Des modèles de 20~100 milliards de paramètres.",
     [("20~100 milliards", "count", "20e9", None, "exact", "100e9")]),
    # qualifiers written after the figure
    ("en", "A score of 200 or higher qualifies.", [("200 or higher", "count", "200", None, "at_least")]),
    ("nl", "Een resultaat van 200 of hoger telt.", [("200 of hoger", "count", "200", None, "at_least")]),
    ("it", "Un punteggio di 30 o superiore basta.", [("30 o superiore", "count", "30", None, "at_least")]),
    ("ru", "Ставка 5% или выше недопустима.", [("5% или выше", "percent", "5", "percent", "at_least")]),
    ("ar", "سعر 3.42$ على الأقل للسهم.", [("3.42$ على الأقل", "currency", "3.42", "USD", "at_least")]),
    ("fr", "Un taux de 5 % ou davantage.", [("5 % ou davantage", "percent", "5", "percent", "at_least")]),
    # multipliers
    ("en", "Two dozen people and half a dozen officials were hurt.",
     [("Two dozen", "count", "24"), ("half a dozen", "count", "6")]),
    ("fr", "Trois douzaines d'œufs et une douzaine de pommes.",
     [("Trois douzaines", "count", "36"), ("une douzaine", "count", "12")]),
    ("it", "Tre dozzine di uova e mezza dozzina di mele.",
     [("Tre dozzine", "count", "36"), ("mezza dozzina", "count", "6")]),
    ("nl", "Drie dozijn eieren en een gros spijkers.", [("Drie dozijn", "count", "36"), ("een gros", "count", "144")]),
    ("ru", "Две дюжины яиц.", [("Две дюжины", "count", "24")]),
    ("ar", "اشترى ثلاث دزينات من البيض.", [("ثلاث دزينات", "number", "36")]),
    # fractions of a scale
    ("en", "It costs half a million dollars, or five and a half million yuan.",
     [("half a million dollars", "currency", "5e5", "USD"), ("five and a half million yuan", "currency", "5.5e6", "CNY")]),
    ("en", "Some three quarters billion US dollars went to quarter million grants.",
     [("Some three quarters billion US dollars", "currency", "7.5e8", "USD", "about"), ("quarter million", "count", "2.5e5")]),
    ("ru", "Компания вложит около полутора миллиардов долларов.",
     [("около полутора миллиардов долларов", "currency", "1.5e9", "USD", "about")]),
    ("nl", "Er zijn anderhalf miljoen mogelijkheden en anderhalve week.",
     [("anderhalf miljoen", "count", "1.5e6"), ("anderhalve week", "duration", "1.5", "week")]),
    ("it", "Oggi sono state rotte mezzo milione di uova.", [("mezzo milione", "count", "5e5")]),
    # a bare fraction after a qualifier
    ("en", "More than half of the staff left.", [("More than half", "number", "0.5", None, "more_than")]),
    ("nl", "Meer dan de helft van de mensen is aanwezig.", [("Meer dan de helft", "number", "0.5", None, "more_than")]),
    ("ar", "أكثر من نصف الناس أصابهم المرض", [("أكثر من نصف", "number", "0.5", None, "more_than")]),
    ("en", "In the second half of 2025 a fifth of the budget went.",
     [("2025", "year", "2025"), ("a fifth", "number", "0.2")]),
    # two bounds joined by "and", in either order
    ("en", "There are at most 100 and at least 20 apples.", [("at most 100 and at least 20", "count", "20", None, "exact", "100")]),
    ("it", "Il numero è maggiore di 10 e minore di 20.", [("maggiore di 10 e minore di 20", "number", "10", None, "exact", "20")]),
    ("nl", "Een getal groter dan 100, maar kleiner dan 300 en 20 tot en met 100.",
     [("groter dan 100, maar kleiner dan 300", "number", "100", None, "exact", "300"),
      ("20 tot en met 100", "number", "20", None, "exact", "100")]),
    ("en", "It cost $5 million but earned 300,000 dollars.",
     [("$5 million", "currency", "5e6", "USD"), ("300,000 dollars", "currency", "300000", "USD")]),
    # shares and fractions written as words
    ("nl", "Een op de twintig is niet tevreden; driekwart van de bevolking wel.",
     [("Een op de twintig", "number", "0.05"), ("driekwart", "number", "0.75")]),
    ("nl", "Het aantal is vijf miljard en driekwart.", [("vijf miljard en driekwart", "number", "5.75e9")]),
    ("it", "Uno su tre ha risposto; un miliardesimo di secondo.",
     [("Uno su tre", "number", "0.3333333333333333333333333333"), ("un miliardesimo", "number", "1e-9")]),
    ("en", "A trillionth of a second.", [("A trillionth", "number", "1e-12")]),
    # an amount of money and its hundredths, with no subunit word
    ("en", "It costs 15 dollars 50, or $20 and 43c, not 50 dollars 40 yuan.",
     [("15 dollars 50", "currency", "15.5", "USD"), ("$20 and 43c", "currency", "20.43", "USD"),
      ("50 dollars", "currency", "50", "USD"), ("40 yuan", "currency", "40", "CNY")]),
    ("nl", "Het bedrag is vijf euro vijftig.", [("vijf euro vijftig", "currency", "5.5", "EUR")]),
    ("it", "Costa solo 15 dollari 50.", [("15 dollari 50", "currency", "15.5", "USD")]),
    ("ru", "Цена 20 долларов 43 цента.", [("20 долларов 43 цента", "currency", "20.43", "USD")]),
    ("fr", "Le prix est de 3 euros 50.", [("3 euros 50", "currency", "3.5", "EUR")]),
    ("en", "It cost $20 43 people paid.", [("$20", "currency", "20", "USD"), ("43", "count", "43")]),
    ("ar", "السعر 20$ و 43c", [("20$ و 43c", "currency", "20.43", "USD")]),
    ("ru", "Прошло три с половиной года.", [("три с половиной года", "duration", "3.5", "year")]),
    ("ar", "النتيجة هي خمسة أثمان", [("خمسة أثمان", "number", "0.625")]),
    ("en", "It was 3.14US$ or nine point zero four.", [("3.14US$", "currency", "3.14", "USD"), ("nine point zero four", "number", "9.04")]),
    ("en", "Which one do you prefer? It lasted three and a half years.", [("three and a half years", "duration", "3.5", "year")]),
    # one bound per figure: a second qualifier starts the next claim; "about ... or more" is at least
    ("en", "His score is equal to 5000 or less than 6000.",
     [("5000", "number", "5000"), ("less than 6000", "number", "6000", None, "less_than")]),
    ("en", "x is no more than 12 and more than 194.",
     [("no more than 12", "number", "12", None, "at_most"), ("more than 194", "number", "194", None, "more_than")]),
    ("it", "Ci sono circa cinquecento o più in questi prodotti.",
     [("circa cinquecento o più", "count", "500", None, "at_least")]),
    ("ar", "نقاطه تساوي 5000 أو أقل من 6000",
     [("5000", "number", "5000"), ("أقل من 6000", "number", "6000", None, "less_than")]),
    ("en", "Sales greater than 30 and less than or equal to 40.",
     [("greater than 30 and less than or equal to 40", "number", "30", None, "exact", "40")]),
    ("en", "More than 10 and less than 20 people.", [("More than 10 and less than 20", "count", "10", None, "exact", "20")]),
    ("it", "Un numero maggiore o uguale a cento, minore o uguale a trecento; non è inferiore a trenta.",
     [("maggiore o uguale a cento, minore o uguale a trecento", "number", "100", None, "exact", "300"),
      ("non è inferiore a trenta", "number", "30", None, "at_least")]),
    ("en", "Less than 10, more than 10 are not the same.",
     [("Less than 10", "number", "10", None, "less_than"), ("more than 10", "count", "10", None, "more_than")]),
    # Arabic: a fraction word alone, shares with من and على, a pronoun, a sum as a range's upper end
    ("ar", "شربت نصف العصير، وواحد من ثلاثة طلاب غاب.", [("نصف", "number", "0.5"), ("واحد من ثلاثة", "number", "0.3333333333333333333333333333")]),
    ("ar", "أي واحد تفضل؟ يتراوح العدد من ألف إلى ألف وخمسمائة.",
     [("من ألف إلى ألف وخمسمائة", "number", "1000", None, "exact", "1500")]),
    ("en", "Half of them left in the quarter to $254 million.", [("$254 million", "currency", "254e6", "USD")]),
    # a word of two categories takes the one the parser can shift after its reductions
    ("it", "Costa tredici euro e quarantacinque centesimi, due centesimo.",
     [("tredici euro e quarantacinque centesimi", "currency", "13.45", "EUR"), ("due centesimo", "number", "0.02")]),
    ("fr", "Il s'élèverait à 1,34 $ CA, soit 5 $ chacun et dix shekels.",
     [("1,34 $ CA", "currency", "1.34", "CAD"), ("5 $", "currency", "5", "USD"), ("dix shekels", "currency", "10", "ILS")]),
    ("fr", "Le réseau est monté de 15 % à 415,9 millions $, soit 53 milliards de $US.",
     [("15 %", "percent", "15", "percent"), ("415,9 millions $", "currency", "415.9e6", "USD"),
      ("53 milliards de $US", "currency", "53e9", "USD")]),
    # an article and an ordinal before a noun rank it; before "of", or a fraction-only word, they share
    ("en", "He won a third term, a fifth of the vote and a half hour; of 50 suits, 12 won and 30 lost.",
     [("a fifth", "number", "0.2"), ("a half hour", "duration", "0.5", "hour"), ("50", "count", "50"),
      ("12", "count", "12"), ("30", "count", "30")]),
    ("fr", "Il brigue un troisième mandat avec un tiers des voix en un quart d'heure.",
     [("un tiers", "number", "0.3333333333333333333333333333"), ("un quart", "number", "0.25")]),
    ("nl", "Een derde termijn met een derde van de stemmen en een half brood.",
     [("een derde", "number", "0.3333333333333333333333333333"), ("een half", "number", "0.5")]),
    ("nl", "Voor een vijfde jaar op rij, een half jaar lang.", [("een half jaar", "duration", "0.5", "year")]),
    ("en", "For a fifth year in a row, a half day.", [("a half day", "duration", "0.5", "day")]),
    ("it", "Un terzo mandato con un terzo dei voti.", [("un terzo", "number", "0.3333333333333333333333333333")]),
    # compound ordinals as denominators (the ordinal endings of each language file); not ranks
    ("it", "Tre ventunesimi e cento trentacinquesimi, nel ventunesimo secolo.",
     [("Tre ventunesimi", "number", "0.1428571428571428571428571429"),
      ("cento trentacinquesimi", "number", "2.857142857142857142857142857")]),
    ("fr", "Un vingt-cinquième du budget au vingt-et-unième siècle.", [("Un vingt-cinquième", "number", "0.04")]),
    ("nl", "Een vijfentwintigste van de stemmen in de eenentwintigste eeuw, een tweede kans.",
     [("Een vijfentwintigste", "number", "0.04")]),
    ("en", "A twenty-first of the sum, four tenths, in the twenty-first century.",
     [("A twenty-first", "number", "0.04761904761904761904761904762"), ("four tenths", "number", "0.4")]),
    ("en", "Two-thirds of voters and one-eighth of the rest.", [("Two-thirds", "number", "0.6666666666666666666666666667"), ("one-eighth", "number", "0.125")]),
    ("nl", "Hij staat hoger dan de tiende maar meer dan de helft stemde, een-achtste niet.",
     [("meer dan de helft", "number", "0.5", None, "more_than"), ("een-achtste", "number", "0.125")]),
    # a figure with an ordinal suffix is a day in a date, and nothing else
    ("en", "On September 25th, 2025, in the 21st century and the 3rd quarter.",
     [("September 25th, 2025", "date", "2025-09-25")]),
    ("fr", "Le 1er janvier 2025, au 3e trimestre.", [("1er janvier 2025", "date", "2025-01-01")]),
    ("ru", "25-го сентября, в 3-м квартале, 5м рублей.",
     [("25-го сентября", "date", "--09-25"), ("5м рублей", "currency", "5e6", "RUB")]),
    ("it", "Il 1° gennaio 2025, tra il 10° e il 15°.", [("1° gennaio 2025", "date", "2025-01-01")]),
    ("nl", "De 4e van mei, 1e10 en tweeënhalf, twintig drie vijfde.",
     [("1e10", "number", "1e10"), ("tweeënhalf", "number", "2.5"), ("twintig drie vijfde", "number", "20.6")]),
    # Dutch: scale words written onto the number, a percent word before it, "min een", "een - vierde"
    ("nl", "Het is éénmiljard vijfentwintigmiljoen euro, het percentage van 2023; min een; een - vierde.",
     [("éénmiljard vijfentwintigmiljoen euro", "currency", "1025000000", "EUR"), ("2023", "year", "2023"),
      ("min een", "number", "-1"), ("een - vierde", "number", "0.25")]),
    ("nl", "Het kost plus min een miljoen euro; in de 90e min een penalty.", [("miljoen euro", "currency", "1e6", "EUR")]),
    ("nl", "Hij nam na 10 min een pauze; driehonderd en twee dozijn.",
     [("10", "number", "10"), ("driehonderd en twee dozijn", "number", "324")]),
    ("ar", "ارتفع بالمائة 10 في عام.", [("بالمائة 10", "percent", "10", "percent")]),
    # "one in five": "in" makes a share only after one, and never before a year
    ("en", "One in five adults, 1 in 10 people, but 5 in 2025 and one in 2025.",
     [("One in five", "number", "0.2"), ("1 in 10", "number", "0.1"), ("5", "number", "5"), ("2025", "year", "2025"),
      ("one", "number", "1"), ("2025", "year", "2025")]),
    ("en", "The index fell 300 points; the rate rose 0.5 percentage points.",
     [("300", "count", "300"), ("0.5 percentage points", "percent", "0.5", "percentage_point")]),
    # a scale letter before a listed ISO code: millions, in business copy; subunits of other currencies
    ("en", "Losses in excess of 30 MUSD, revenues of about MAUD 60 and twenty ringgit 43 sens.",
     [("in excess of 30 MUSD", "currency", "30e6", "USD", "more_than"), ("about MAUD 60", "currency", "60e6", "AUD", "about"),
      ("twenty ringgit 43 sens", "currency", "20.43", "MYR")]),
    ("nl", "Een omzet van 120 MEUR.", [("120 MEUR", "currency", "120e6", "EUR")]),
    ("en", "They lost 75 USD million in three years.", [("75 USD million", "currency", "75e6", "USD"), ("three years", "duration", "3", "year")]),
    # written fractions are small; arrows are no comparisons
    ("en", "A 2/3 majority in the 2024/25 budget, open 24/7 since 9/11; revenue -> 5 billion dollars.",
     [("2/3", "number", "0.6666666666666666666666666667"), ("5 billion dollars", "currency", "5e9", "USD")]),
    # one and a fraction, the article as the one
    ("it", "Ci vuole un'ora e mezza: uno e mezzo, uno e un quarto.", [("uno e mezzo", "number", "1.5"), ("uno e un quarto", "number", "1.25")]),
    ("fr", "Il a fallu une et demie, puis un et un quart.", [("une et demie", "number", "1.5"), ("un et un quart", "number", "1.25")]),
    ("nl", "Het is een en een vierde.", [("een en een vierde", "number", "1.25")]),
    # a whole number and a proper fraction joined by the connector
    ("en", "It weighs one hundred and three quarters and two and fifty-four hundredths.",
     [("one hundred and three quarters", "number", "100.75"), ("two and fifty-four hundredths", "number", "2.54")]),
    ("fr", "Il pèse cent et trois quarts.", [("cent et trois quarts", "number", "100.75")]),
    # grouping: three digits, or Indian 2s then 3; a lone separator that groups nothing is a decimal sign
    ("en", "You can write 1,3 or 5,00 but 1,00,000 rupees is Rs 2 lakh crore; 22,24,26,31 is a list.",
     [("1,3", "number", "1.3"), ("5,00", "number", "5"), ("1,00,000 rupees", "currency", "100000", "INR"),
      ("Rs 2 lakh crore", "currency", "2e12", "INR")]),
    ("en", "A US$ 1MM target, sixty hundreds and 10 tln.",
     [("US$ 1MM", "currency", "1e6", "USD"), ("sixty hundreds", "number", "6000"), ("10 tln", "number", "1e13")]),
    # scientific notation and Unicode fractions
    ("en", "A dose of 6.23x10^-4 grams and 1.3e6 cells.",
     [("6.23x10^-4", "number", "0.000623"), ("1.3e6", "count", "1.3e6")]),
    ("nl", "Het getal is 12,32e+14.", [("12,32e+14", "number", "1.232e15")]),
    ("fr", "Le résultat est ¾ et parfois 2½ ans.", [("¾", "number", "0.75"), ("2½ ans", "duration", "2.5", "year")]),
    ("en", "The colour #1e1e1e is not a figure.", []),
    # currencies written with a regional sign
    ("en", "The charge was C$300 million, a Series C $100 million round, and exports reached HK$ 10.05 billion.",
     [("C$300 million", "currency", "300e6", "CAD"), ("$100 million", "currency", "100e6", "USD"),
      ("HK$ 10.05 billion", "currency", "10.05e9", "HKD")]),
    ("en", "He paid 42 Kuwaiti dinars.", [("42 Kuwaiti dinars", "currency", "42", "KWD")]),
]


@pytest.mark.parametrize("lang,text,rows", CASES, ids=[f"{c[0]}:{c[1][:36]}" for c in CASES])
def test_sentence(lang, text, rows):
    assert found(text, lang) == expected(rows)
