"""The extract stage: every quantity stated in a text, with exact offsets.

Candidate runs come from :mod:`claimlint.candidates`; each is parsed by the Lark grammar
(:mod:`claimlint.parse`). A run may hold several quantities ("9% and 10%") or junk around one
("over the 3 years"); it is parsed greedily from the left, each time taking the longest run of tokens
that parses.
"""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Container, Iterable, Iterator, Sequence
from contextlib import suppress
from decimal import Decimal
from functools import cache, lru_cache
from itertools import groupby, pairwise
from operator import attrgetter

import regex

from claimlint.candidates import Run, Token, find_runs, race_word_after
from claimlint.compiled import compile_cached, lazy
from claimlint.lexicon import (
    CALENDAR_YEARS,
    DIGITS,
    MARKS,
    NAMED_YEARS,
    RECENT_YEARS,
    TENS,
    YEAR_FIGURES,
    Lexicon,
    UnitInContext,
    lexicon,
    normalize,
    spelled_value,
    to_ascii_digits,
    trie,
    well_formed,
)
from claimlint.measures import convert, convertible, is_temperature, units
from claimlint.parse import (
    COUNTED_IN,
    HUNDREDTH,
    RACE_PARTS,
    TENTH,
    NoParse,
    NotAQuantity,
    in_figures,
    number_value,
    parse_number,
    parse_tokens,
    rejected_at,
    share_whole,
)
from claimlint.quantity import (
    ABOUT,
    AT_LEAST,
    AT_MOST,
    CEILINGS,
    COUNT,
    CURRENCY,
    DATE,
    DURATION,
    EXACT,
    FLOORS,
    LESS_THAN,
    MEASURE,
    MORE_THAN,
    NUMBER,
    PERCENT,
    SPELL_UNITS,
    YEAR,
    Bound,
    CalendarDate,
    Kind,
    Quantity,
    replace,
)
from claimlint.segment import Sentence, languages
from claimlint.source import Reading, reading_of

# The word right after a figure, for counts ("91 ЦОД", "1 триллион параметров").
_NEXT_WORD = lazy(r"[ \u00a0\u202f]*(\p{L}[\p{L}\p{M}\-'’]*)")
_NEXT_TOKEN = lazy(r"[ \u00a0\u202f]*([^\s\d,.;:!?()]+)")  # (a word or a symbol: "°C", "km/h")
_HYPHEN_NOUN = lazy(r"[\-‐](\p{Ll}[\p{L}\p{M}\-']*)")
# The word before a figure: "Vision 2030", "S&P 500" (a capital first); any. Searched backwards from the
# end of the text searched (``(?r)``), where a match ends: a search forwards matches from every position
# of the few dozen characters before a figure (the same match: one, ending there).
_PREV_WORD = lazy(r"(?r)(\p{Lu}[\p{L}\p{M}\-&]*)[ \u00a0]+$")
_ANY_PREV_WORD = lazy(r"(?r)(\p{L}+)[ \u00a0]+$")
_ELIDED_PREV_WORD = lazy(r"(?r)(\p{L}+['’])$")
_PREV_CHUNK = lazy(r"(?r)(\S+)[ \u00a0]+$")
_CLAUSE_ENDS_HERE = lazy(r"[ \u00a0]*(?:[.,;:!?)](?![0-9])|(?=\r?\n)|$)")
_HALF_YEAR = lazy(r"[12]\p{Lu}[0-9]{2}")  # (a capital between a half's number and a year's last figures)
_LATIN = lazy(r"\p{Latin}")
_HAS_LETTER = re.compile(r"[^\W\d_]")  # (the standard engine: these few are cheaper to compile at start)
_DAY_SLASH_MONTH = re.compile(r"(?<![0-9])[0-9]{2}/[0-9]{1,2}")
_MONTH_PADDED = re.compile(r"/0[1-9]$")  # a month written with a leading zero: "12/03"
_DECADE_SUFFIX = re.compile(r"[-‐]([^\W\d_]{1,3})(?![^\W\d_])")
_YEAR_NEXT = lazy(r"[ \u00a0]+(?:l'|l’|il |lo )?(?:1[89]|2[01])\d\d(?!\d)")
_YEAR_WRITTEN_NEXT = lazy(rf"[ \u00a0]+(?:[1١][89٨٩]|[2٢][01٠١])[{DIGITS}]{{2}}(?![{DIGITS}])")

# A currency word and a year of this or the last century: "Euro 2024".
_EVENT = lazy(r"(\p{L}+)[ \u00a0]((?:19|20)\d\d)")
_STANDARD = lazy(r"(\p{L}+)[ \u00a0]\d")
_OLDEST_AGE = 120  # "older than 18" with nothing after is an age up to this
# After these a capitalised word starts a sentence rather than naming something.
_SENTENCE_END = frozenset(".!?…:;\"«»“”()[]-–—•")
_WORDS = lazy(r"\p{L}+")
_SCALE_LETTER_AREA = lazy(r"([0-9]+(?:[.,][0-9]{3})*)(\p{L}[23²³])")  # (whole figures: see candidates._GLUED_AREA)
_GLUED_MULTIPLE = lazy(r"[x×х](?![\p{L}\p{N}])")
# The first characters a few patterns need, looked at before the regex engine is asked where the pattern seldom
# matches: a call of the engine costs as much as a few dozen lines of Python. (Most figures open with an ASCII digit,
# where no word starts and which is a digit to every engine.)
_ASCII_DIGITS = frozenset("0123456789")
_MULTIPLE_SIGNS = frozenset("x×х")  # (the last Cyrillic: "1,2х")
_FIGURE_IN = lazy(r"\d+")
_Outcome = tuple[Quantity | None, int]


@lru_cache(maxsize=65536)
def _parse(text: str, shape: tuple[tuple[int, int, tuple[str, ...]], ...], lang: str) -> _Outcome:
    """Parse one run (offsets relative to ``text``): the quantity, or None and where parsing failed.

    Cached on the run's text and token shape: the same figures recur across an article and a corpus.
    """
    toks = [Token(a, b, c) for a, b, c in shape]
    try:
        return parse_tokens(text, toks, lang), len(text)
    except NoParse as err:
        return None, err.position
    except NotAQuantity:
        return None, len(text)


def _try(text: str, toks: tuple[Token, ...], lang: str) -> _Outcome:
    rejected = rejected_at(toks)
    if rejected is not None:  # (about one try in two: a run is cut where the grammar stops, then tried again)
        return None, toks[rejected].start if rejected < len(toks) else toks[-1].end
    base = toks[0].start
    shape = tuple((t.start - base, t.end - base, t.categories) for t in toks)
    q, stop = _parse(text[base : toks[-1].end], shape, lang)
    if q is not None:
        span = q.scale_span
        q = replace(q, start=q.start + base, end=q.end + base,
                    scale_span=None if span is None else (span[0] + base, span[1] + base))
    return q, stop + base


_NUMBERS = frozenset({"NUM", "NUMWORD"})
# Units a number keeps in a fallback split (not a sign, which may open the next amount: "$20 $37").
_UNITS = frozenset({"SCALE", "PCT", "PP", "BP", "CUR_WORD", "CUR_AFTER", "CUR_SCALED", "DUR", "SUBUNIT_CUR"})
_SCALES = frozenset({"SCALE", "SCALE_BARE", "PCT", "PP"})


def _parse_run(text: str, run: Run, lang: str) -> list[Quantity]:
    """Split one run into quantities: from the left, the longest run of tokens that parses."""
    found: list[Quantity] = []
    toks = run.tokens
    i, n = 0, len(toks)
    while i < n:
        if not _opens(toks[i:]):
            if n - i > 2 and "DUR" in toks[i + 2].categories:
                i += 1  # (a unit of time alone opens no quantity; one after it may: "в сутки менее чем за неделю")
                continue
            break
        q, stop = _try(text, toks[i:], lang)
        if q is not None:
            found.append(q)
            break
        limit = next((k for k in range(i, n) if toks[k].end > stop), n)
        for j in range(max(limit, i + 1), i, -1):
            if j < n and (not _NUMBERS.isdisjoint(toks[j - 1].categories) and (
                not _UNITS.isdisjoint(toks[j].categories) or ("CUR_SIGN" in toks[j].categories and _last_sign(toks, j))
            ) or ("DENOM" in toks[j - 1].categories and not _SCALES.isdisjoint(toks[j].categories))):
                # never cut a number from its scale word or unit ("and 10 | tln", "à 7,3 | %"), nor from
                # a sign after it that opens no amount ("de 7 % à 24,50 | €"), nor a fraction from its
                # scale ("عامين ونصف | ألف شخص", "a year and a half | percent")
                continue
            if _opens(toks[i:j]):
                q, _ = _try(text, toks[i:j], lang)
                if q is not None:
                    found.append(q)
                    i = j
                    break
        else:
            i += 1
    return found


def _opens(toks: tuple[Token, ...]) -> bool:
    """Whether the tokens may state a quantity: a number among them, or an article that is one, or a
    unit of time after the first (a qualifier and one unit: "более года", "أكثر من عام"), or after a comma or a dash and
    the first ("Согласно докладу, более часа", "Очередь — более часа")."""
    return any(map(_OPENS, toks)) or (len(toks) > 1 and "DUR" in toks[1].categories) or (
        len(toks) > 2 and "DUR" in toks[2].categories and not _MARKS.isdisjoint(toks[0].categories))


_MARKS = frozenset({"COMMA", "DASH"})
_OPENS = attrgetter("opens")
_KIND = attrgetter("kind")  # (``DATE in map(_KIND, found)``: whether a paragraph holds a kind, told without a loop's frame)


def _last_sign(toks: tuple[Token, ...], j: int) -> bool:
    """Whether the sign ``toks[j]`` ends the run or is followed by no number ("$20 | $37" opens one)."""
    return j + 1 == len(toks) or _NUMBERS.isdisjoint(toks[j + 1].categories)


def _is_event(written: str, lex: Lexicon, before: str) -> bool:
    """ "Euro 2024", "يورو 2024": an event named by a currency word and its year (``event_names``,
    held every four years), not 2,024 euros; "Rs 2000", "USD 2024" and "euro 2024" are amounts. So
    is "COP29", a code and the number of the event (``numbered_events``), not 29 pesos, and "COP 28"
    written apart after an article or a preposition (``before``: "at COP 28 in Dubai", "la COP 28"; not
    "fell COP 15", an amount)."""
    if _names_a_standard(written, lex):
        return True  # "Euro 6 diesel cars", "un'auto Euro 0": an emission standard
    match = _EVENT.fullmatch(written)
    if match is None:
        numbered = _NUMBERED_EVENT.fullmatch(written)
        return numbered is not None and numbered.group(1) in lex.numbered_events and (
            not numbered.group(2) or before in lex.values["ARTICLE"] or before in lex.prepositions)
    return match.group(1) in lex.event_names and int(match.group(2)) % 4 == 0


def _a_standard_apart(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether ``q`` is an emission standard (``standard_names``) after a qualifier ("fino a Euro 5") or, read as one of
    the currency after an article, before its digit ("een Euro 5-motor")."""
    written = q.text[len(q.qualifier) :].lstrip() if q.qualifier and q.text.startswith(q.qualifier) else ""
    if written and _names_a_standard(written, lex):
        return not _a_period_next(text, q.end, lex, rate=True)  # (a price's: "costa fino a Euro 5 al giorno")
    last = q.text.rsplit(None, 1)[-1]
    return last in lex.standard_names and not _DIGIT.search(q.text) and _STANDARD_DIGIT_AFTER.match(text, q.end) is not None


def _names_a_standard(written: str, lex: Lexicon) -> bool:
    """Whether ``written`` is a currency word that names an emission standard (``standard_names``) and its digit:
    "Euro 6"."""
    standard = _STANDARD.fullmatch(written)
    return standard is not None and standard.group(1) in lex.standard_names


_STANDARD_DIGIT_AFTER = lazy(r"[ \u00a0]\d(?![\d.,])")
_NUMBERED_EVENT = lazy(r"(\p{Lu}+)([ \u00a0]?)[1-9]\d?")
_MODEL_DASHES = "-‐–"  # (the dashes between a model's figures, and between a score's)
_FIGURE_DASH_FIGURE = lazy(rf"([{DIGITS}]+)[{_MODEL_DASHES}][{DIGITS}]+")
# A dash and figures after a figure (a model's second part: "787-9"), and a word, a figure and a dash before one.
_MODEL_TAIL = lazy(rf"[{_MODEL_DASHES}][{DIGITS}]+(?![{DIGITS}])")
_MODEL_HEAD = lazy(rf"(\p{{L}}+)[ \u00a0]+[{DIGITS}]+[{_MODEL_DASHES}]$")
_SCORE_AFTER = lazy(rf"[{_MODEL_DASHES}]([0-9]{{1,3}})(?![0-9])")
# ...and with a word of "to" between: "51 to 49", "24 à 17", "2 a 1" (the word checked by the caller)
_SPACED_SCORE_AFTER = lazy(r"[ \u00a0]+(\p{L}+)[ \u00a0]+([0-9]{1,3})(?![0-9]|[.,][0-9]|[ \u00a0]*%)")


def _part_of_a_model(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether ``q`` is a figure of a model written after its maker (``model_makers``) as a figure, a dash and a
    figure: "بوينغ 787-9" (the first, with a dash and a figure after it, or the second); or as three figures that
    count no noun after them, where no capital tells a name: "طائرات بوينغ 787 إلى لندن", "وبوينغ 777" (not "باعت
    إيرباص 500 طائرة")."""
    if text[q.end : q.end + 1] in _MODEL_DASHES and _MODEL_TAIL.match(text, q.end) and _maker_before(text, q, start, lex):
        return True
    if len(q.text) == 3 and q.text.isdigit() and _maker_before(text, q, start, lex) and not (
            _count_noun_next(text, q.end, lex) if lex.count_noun_endings else _counts_the_noun_after(text, q.end, lex)):
        return True  # (where counted nouns are listed, only those: "بوينغ 787 بقيمة", "بوينغ 787 جديدة" are models)
    if not text[q.start - 1 : q.start] or text[q.start - 1] not in _MODEL_DASHES:
        return False  # (the second figure has its dash right before it; looked at first, as most figures have none)
    head = _MODEL_HEAD.search(text, max(start, q.start - 40), q.start)
    return head is not None and lex.fold(head.group(1)) in lex.model_makers


def _maker_before(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a maker of ``model_makers`` is the word right before ``q``, with a prefix written onto it or not."""
    word = lex.fold(_word_before(text, q, start))
    return _prefixed_in(lex, word, lex.model_makers)


def _after_product(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a product's name (``product_names``) stands right before ``q``: "айфон 15", "Switch 2"
    (in Latin letters with its capital: "switch 2 players" is a verb)."""
    word = _ANY_PREV_WORD.search(text, max(start, q.start - 32), q.start)
    if word is None or lex.fold(normalize(word.group(1))) not in lex.product_names:
        return False
    return not (_LATIN.match(word.group(1)) and word.group(1).islower())


def _after_name(text: str, q: Quantity, start: int) -> bool:
    """Whether a bare figure is a name's: after a capitalised word inside a sentence ("Vision 2030", "Qwen 2.5"), after
    a product's name ("айфон 15"), or another model's of a product named once ("Pixel 9 and 9 Pro")."""
    lex = lexicon(q.lang)
    if _no_names_figure(text, q, start, lex):
        return False
    if "," in lex.decimal and _DECIMAL_COMMA.search(q.text) and _a_place_before(text, q, start, lex):
        return False  # "Un caffè costa 1,20 euro, a Milano 1,50": a place, and a name's version is written with a point
    if _a_place_like_one_before(text, q, start, lex):
        return False  # "The AQI in Delhi was 418 on Sunday, in Lahore 392.": a place, as the one before its figure
    if (q.kind is NUMBER or (q.kind is COUNT and q.scale is None)) and _after_product(text, q, start, lex):
        return True  # "айфон 15", "آيفون 17", "ويندوز 11", "Voyager 1 is"; a model's number counts nothing
    if _a_unit_apart_next(text, q):
        return False  # (a figure before a unit of measure is a measure: "Seized in Rotterdam 1.2 tonnes", "Изъято 2,5 тонны")
    if _another_model(text, q, start, lex):
        return True
    before = _PREV_WORD.search(text, max(start, q.start - 64), q.start)
    if before is None:
        return False
    word = normalize(before.group(1))
    if _names_nothing(text, word, before.start(), start, lex) or _in_a_tally(text, q, start, lex):
        return False
    if q.kind is YEAR and word in lex.programme_names:
        return True  # "Vision 2030", "Agenda 2030:", "По Стратегии 2030" (where "In 2030" opening a sentence is a year)
    latin = _LATIN.match(word) is not None
    if not latin and _preposition_before(text, before.start(), start, lex) is not None:
        return False  # "в Москве 25, в Подмосковье 8": a place after its preposition (a name with a figure that
        # a Cyrillic word holds stands alone, "на канале Россия 24"; a Latin one may follow one, "в Windows 11")
    if q.kind is NUMBER and latin and languages()[q.lang]["script"] != "Latin":
        return True  # a capitalised Latin word in Russian or Arabic copy is a name: "Windows 10 перестанет"
    if word in lex.prepositions or word in lex.conjunctions:
        return False  # "At 62, the chief executive", "But 300 remain"
    if lex.title_case_headlines and q.text.isdigit() and _title_cased_line(text, q, start):
        # a headline in title case, where every word has its capital: "Storm Kills 12, Injures Dozens" (a version stays a
        # name's: "Alibaba Releases Qwen 2.5 Model Family")
        return False
    preceding = text[max(start, before.start() - 8) : before.start()].rstrip()
    if not preceding or preceding[-1] in _SENTENCE_END or not latin:
        return _name_at_sentence_start(text, q)
    if 2 <= len(q.text) <= 3 and q.text.isdigit():
        pre = _preposition_before(text, before.start(), start, lex)
        if pre is not None and _at_sentence_start(text, pre.start(), start):
            return _name_after_opening_preposition(text, q, lex)
        if pre is not None and not before.group(1).isupper():
            return not (_noun_phrase_after(text, q, lex) or (
                normalize(pre.group(1)) in lex.place_name_prepositions and _counts_the_noun_after(text, q.end, lex, q.value)))
    return True


def _a_unit_apart_next(text: str, q: Quantity) -> bool:
    """Whether a unit of measure follows ``q``, apart from it or written onto a figure with decimals, and not a word with a
    capital ("Livorno 1,2 quintali", "Borssele 3,8 terawattuur", "Park 34.9C"; not "Ascend 910C chips", "Hall 3C", "Italia 1
    Giga")."""
    if not (text[q.end : q.end + 1].isspace() or not q.text.isdigit()):
        return False
    unit = _measure_pattern(q.lang).match(text, q.end)
    if unit is None:
        return False
    written = text[unit.start() : unit.end()].strip()
    return not (written[:1].isupper() and written[1:2].islower())


def _a_place_like_one_before(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a preposition and a capitalised word stand right before ``q``, its clause ends after it (or "and" follows),
    and the same preposition and a capitalised word stand earlier in its sentence before a figure: a place in a clause
    whose verb copy left out, as the place before ("The AQI in Delhi was 418 on Sunday, in Lahore 392", "A Torino si sono
    contati 98 giorni di sforamento, a Milano 72"; not "Fans in Fallout 76 complained")."""
    if not (_CLAUSE_END_AFTER.match(text, q.end) or _word_after_in(text, q, lex.and_words)):
        return False  # (the cheapest question first: most figures go on with their clause)
    before = _PREV_WORD.search(text, max(start, q.start - 64), q.start)
    pre = _preposition_before(text, before.start(), start, lex) if before is not None else None
    if before is None or pre is None:
        return False
    if normalize(before.group(1)) in lex.label_nouns or normalize(before.group(1)) in lex.place_words:
        return False  # ("to Terminal 5 and then to Suite 1201": a label's number)
    left = max(start, _sentence_bounds(text, q.start, q.end)[0])
    word = normalize(pre.group(1))
    # (the earlier figure a word or more after its place, no name's: "in Delhi was 418", not "to Terminal 5")
    return any(normalize(m.group(1)) == word and (figure := _DIGIT.search(text, m.end(), pre.start())) is not None
               and _WORDS.search(text, m.end(), figure.start()) is not None
               for m in _PLACE_AFTER_PREPOSITION.finditer(text, left, pre.start()))


_PLACE_AFTER_PREPOSITION = lazy(r"(?<!\w)(\p{L}+)\s+\p{Lu}\p{L}*")


def _noun_phrase_after(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether two lowercase words follow ``q`` in its clause, neither an article, a preposition, a day, a unit of time
    nor a word of time: what a figure after a place inside a sentence counts, where a verb's object follows the place
    ("Biologen hebben in Suriname 20 nieuwe soorten ontdekt", "On a recensé en Guyane 34 nouvelles espèces"; not a name's
    figure: "sur France 24 hier", "Fans in Fallout 76 complained", "voted for Proposition 22 last year", "dans la Loi 96
    sur le français", "face au Racing 92 samedi")."""
    first = _NEXT_WORD.match(text, q.end)
    second = _NEXT_WORD.match(text, first.end()) if first is not None else None
    if first is None or second is None:
        return False
    for word in (first.group(1), second.group(1)):
        folded = lex.fold(normalize(word))
        if (not word[:1].islower() or folded in lex.prepositions or folded in lex.time_adverbs
                or not {"ARTICLE", "WEEKDAY", "DUR"}.isdisjoint(lex.classify("word", folded))):
            return False
    return True


_DECIMAL_COMMA = lazy(r"[0-9],[0-9]{1,2}$")


def _a_place_before(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a capitalised word after a preposition stands right before ``q``, and no capitalised word or none at all
    after it: a place ("a Milano 1,50", "in Maastricht 36,4 graden"); or one after an article, and the clause ends after
    the figure: what a price is of in a list ("la benzina 1,85 e il Gpl 0,72."). Not a car's model and engine ("La Clio
    1,5 dCi", "De Opel Corsa 1,2 Turbo", "La Clio 1,5 consomme")."""
    before = _PREV_WORD.search(text, max(start, q.start - 64), q.start)
    if before is None:
        return False
    if _preposition_before(text, before.start(), start, lex) is not None:
        return (after := _NEXT_WORD.match(text, q.end)) is None or after.group(1).islower()
    article = _ANY_PREV_WORD.search(text, max(start, before.start() - 16), before.start())
    return article is not None and normalize(article.group(1)) in lex.values["ARTICLE"] and (
        _CLAUSE_END_AFTER.match(text, q.end) is not None)


# An item of a tally: a name (a capitalised word and at most two more, after an article or not) and a whole figure of at
# most three digits, a noun after it or not, the items apart by a comma or a semicolon, or the last by the language's
# "and": "Labour 412, Conservatives 121 and Liberal Democrats 72", "PVV 37 zetels, GroenLinks-PvdA 25", "Единая Россия
# 324, КПРФ 57", "la Roma 55 e la Lazio 52".
_TALLY_MARKS = ":—–"
_TALLY_SUMMED = lazy(rf"(?:[ \u00a0]+\p{{Ll}}+)?[ \u00a0]*[{_TALLY_MARKS}]")


@cache
def _tally_items(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], frozenset[str]]:
    """The patterns of the tally's item before a name and its figure (ending there), of the one after the figure and
    of the first item's name (ending there), and the words that make a name no tally's (a reference's, a product's, a
    maker's, a programme's, a model's suffix: "Chapter 11", "Bus 38", "AirPods Pro 2", "Expo 67")."""
    lex = lexicon(lang)
    articles = _alternatives(lex.values["ARTICLE"]).replace("'", "['’]")
    name = rf"(?:(?i:{articles})(?:[ \u00a0]+|(?<=['’])))?\p{{Lu}}[\p{{L}}\p{{M}}\p{{N}}\-&]*(?:[ \u00a0]+\p{{Lu}}[\p{{L}}\p{{M}}\-&]*){{0,2}}"
    apart = rf"(?:[ \u00a0]+(?P<noun>\p{{Ll}}+))?[ \u00a0]*(?:[,;][ \u00a0]*|[ \u00a0]*(?i:{_alternatives(lex.and_words)})[ \u00a0]+)"
    figure = "[1-9][0-9]{0,2}"
    before = lazy(rf"(?r)(?<![\p{{L}}\p{{N}}.,])(?P<figure>{figure}){apart}(?P<name>{name})[ \u00a0]+$")
    after = lazy(rf"{apart}(?P<name>{name})[ \u00a0]+(?P<figure>{figure})(?![\p{{L}}\p{{N}}]|[.,][0-9])")
    opening = lazy(rf"(?r)(?P<name>{name})[ \u00a0]+$")
    names = ({lex.fold(w) for w in (*lex.references, *lex.named_references, *lex.model_suffixes)} | lex.product_names | lex.model_makers
             | {lex.fold(w) for w in lex.programme_names})
    return before, after, opening, frozenset(names)


def _in_a_tally(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether the whole figure ``q`` after a name is an item of a tally, beside other names and figures, one of them of
    two or three digits: seats, votes or cases by party or place. Its first item opens the clause, and a colon or a dash
    stands before it or after the last ("Résultats : RN 125, NFP 180", "Roma 12, Milano 9, Napoli 7:", "The final tally:
    Labour 412, Conservatives 121"), or three figures or more of two or three digits end the clause (:func:`_tally_ends`);
    or its first figure has its noun, which the others leave out ("PVV 37 zetels, GroenLinks-PvdA 25", "La France compte
    16 médailles, l'Italie 12"), or its last a noun of seats, votes, medals or points (``tally_nouns``, ``points_words``:
    "Paris 45, Lyon 38 et Marseille 30 points", "PVV 37, GroenLinks-PvdA 25 en VVD 24 zetels"). Not a list of versions,
    whose figures have one digit ("Llama 3, Gemini 2"), nor of cars, addresses or lines, which nothing sums ("Audi 100, Volvo 240 and Saab 900 cars were", "Via Roma 12, Corso Italia 45
    e Piazza Duomo 10 sono", "the lines Bus 38, Tram 12"), of one name again and again ("Lijn 12, Lijn 7"), of references
    and products."""
    if not (q.text.isdigit() and len(q.text) <= 3) or q.text[0] in "0٠۰":  # (not "Lancia 037", a model)
        return False
    before, after, opening_name, no_tally = _tally_items(q.lang)
    figures, names = [q.text], []
    end = q.end
    while len(figures) < 8 and (later := after.match(text, end)) is not None:
        figures.append(later.group("figure"))
        names.append(later.group("name"))
        end = later.end()
    at, noun = q.start, False
    while len(figures) < 12 and (earlier := before.search(text, max(start, at - 80), at)) is not None:
        figures.append(earlier.group("figure"))
        names.append(earlier.group("name"))
        at, noun = earlier.start("figure"), earlier.group("noun") is not None
    if len(figures) < 2 or max(map(len, figures)) < 2:
        return False
    if (opening := opening_name.search(text, max(start, at - 60), at)) is not None:
        lead = text[max(start, opening.start() - 4) : opening.start()].rstrip(" \u00a0«\"“")
        if not lead or lead[-1] in _SENTENCE_END or lead[-1] == ",":  # (after a phrase that opens the sentence too)
            names.append(opening.group("name"))
            noun = noun or lead.endswith(tuple(_TALLY_MARKS)) or _TALLY_SUMMED.match(text, end) is not None or (
                len(figures) >= 3 and min(map(len, figures)) >= 2 and _tally_ends(text, end, lex)) or (
                (last := _NEXT_WORD.match(text, end)) is not None and (
                    (word := normalize(last.group(1))) in lex.tally_nouns or word in lex.points_words))
    keys = [lex.fold(name) for name in names]
    return noun and len(set(keys)) == len(keys) and not any(word in no_tally for key in keys for word in key.split())


def _tally_ends(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the clause ends, or a preposition follows, right after a list's last figure (at ``end``): "Labour 412,
    Conservatives 121, Liberal Democrats 72, according to", "Arsenal 64, Liverpool 60, Manchester City 58 after 28
    games" (not the list of a verb's subject, "Audi 100, Volvo 240 and Saab 900 cars were on show")."""
    after = _NEXT_WORD.match(text, end)
    if after is not None:
        return normalize(after.group(1)) in lex.prepositions
    return _TALLY_CLAUSE_END.match(text, end) is not None


_TALLY_CLAUSE_END = lazy(r"[ \u00a0]*(?:[,;.!?)]|$)")


# How far apart a product's figures are where one is the next model or version of the other ("iPhone 15 and 16",
# "Windows 7 to 10").
_VERSIONS_APART = 5


def _another_model(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether the whole figure ``q`` is a model's with no name right before it: after an article, a product or another
    figure a few apart in the sentence and before a word of ``model_suffixes`` ("Pixel 9 and 9 Pro", "le 16 Plus",
    "Honor 400 и 400 Pro"; not "hired 40 Pro staff"); or a few apart from a product's figure, or a list of them, written
    just before, after "and", "to" or a comma that the list goes on after ("the iPhone 15 and 16", "the iPhone 13, 14 and
    15", "Windows 10 и 11"; not "the iPhone 15, 12 of its suppliers"), unless it counts the noun after it ("the Switch 2
    and 3 games")."""
    if not q.text.isdigit():
        return False
    suffix, listed, goes_on = _model_patterns(q.lang)
    if suffix is not None and suffix.match(text, q.end):
        context = _sentence_before(text, q.start, start)
        return "ARTICLE" in lex.classify("word", lex.fold(_word_before(text, q, start))) or any(
            lex.fold(normalize(w)) in lex.product_names for w in _WORDS_ELIDED.findall(context)) or any(
            abs(int(q.text) - int(f)) <= _VERSIONS_APART for f in _WHOLE_FIGURES.findall(context))
    other = listed.search(text, max(start, q.start - 64), q.start)
    if other is None or lex.fold(normalize(other.group("name"))) not in lex.product_names or (
            _LATIN.match(other.group("name")) and other.group("name").islower()):
        return False
    figures = _WHOLE_FIGURES.findall(other.group())
    if not figures:
        return False  # (a list of decimals: "from iOS 0,5 to 0")
    last = int(figures[-1])  # (int reads any script's digits)
    if not 0 < abs(int(q.text) - last) <= _VERSIONS_APART:
        return False
    if other.group("comma") is not None and goes_on.match(text, q.end) is None:
        return False  # "When Apple launched the iPhone 15, 12 of its suppliers": the comma ends a clause
    return not _counts_the_noun_after(text, q.end, lex)


_WHOLE_FIGURES = lazy(rf"(?<![{DIGITS}.,])[{DIGITS}]{{1,4}}(?![{DIGITS}]|[.,][{DIGITS}])")


def _sentence_before(text: str, at: int, start: int) -> str:
    """The sentence before ``at``, looking at most 64 characters back."""
    reach = max(start, at - 64)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, reach, at)]
    return text[stops[-1] if stops else reach : at]


def _counts_the_noun_after(text: str, end: int, lex: Lexicon, value: object = None) -> bool:
    """Whether a figure ending at ``end`` counts the word after it, an adjective between or not: a plural (English
    ``fraction_plural_endings``, ``noun_plural_endings``, ``count_noun_endings``, and where ``value`` ends in 2, 3 or 4
    the ``few_noun_endings``: "4 этажа") written in lower case, or in a script with no case (Arabic) any word a figure may
    count: "the Switch 2 and 3 games", "le Pixel 9 et 12 accessoires", "the Pixel 8 to 10 new markets", "de Pixel 8 naar
    10 nieuwe markten", "أندرويد 14 إلى 16 دولة", "nella sala 200 persone" (not "the iPhone 15 and 16 will", "l'iPhone 15
    et 16 recevront", "on floor 3 reopened")."""
    endings = (*lex.plural_endings, *lex.noun_plural_endings, *lex.count_noun_endings)
    if isinstance(value, Decimal) and value % 10 in (2, 3, 4) and value % 100 not in (12, 13, 14):
        endings += lex.few_noun_endings
    for _ in range(2):  # (the noun, or an adjective and the noun: "naar 10 nieuwe markten")
        after = _NEXT_WORD.match(text, end)
        if after is None or after.group(1)[:1].isupper() or not _is_counted(word := normalize(after.group(1)), lex) or (
                word in lex.partitive):
            return False  # (nor a word of "of": "nella sala 8 degli Uffizi")
        if not after.group(1).islower() or word.endswith(endings) or word in lex.irregular_plurals:
            return True
        end = after.end()
    return False


@cache
def _model_patterns(lang: str) -> tuple[regex.Pattern[str] | None, regex.Pattern[str], regex.Pattern[str]]:
    """The patterns of a model's suffix after a figure; of a product's name and its figure, or a list of figures,
    before "and", a comma or "to" (an article after it or not), ending where the next figure starts; and of what
    shows a list going on after a figure (a comma, "and", the clause's end)."""
    lex = lexicon(lang)
    # (one suffix or more, and no capitalised word after them: not "40 Ultra Orthodox men", "les 176 Plus Beaux Villages",
    # "40 Max Planck institutes"; "15 Pro Max" is a model)
    suffixes = rf"[ \u00a0]+(?:{_alternatives(lex.model_suffixes)})(?![\p{{L}}\p{{N}}\-])"
    suffix = lazy(rf"(?:{suffixes})+(?![ \u00a0]+\p{{Lu}})") if lex.model_suffixes else None
    ands = _alternatives(lex.and_words)
    joiner = rf"(?:[ \u00a0]*(?P<comma>,)|[ \u00a0]+(?i:{_alternatives([*lex.and_words, *lex.values['TO']])}))[ \u00a0]*"
    articles = _alternatives([*lex.values["ARTICLE"], *lex.values.get("INDEF", {})])
    figure = rf"[{DIGITS}]{{1,4}}"
    listed = lazy(
        rf"(?r)(?P<name>\p{{L}}+)[ \u00a0]+{figure}(?:(?:[ \u00a0]*,|[ \u00a0]+(?i:{ands}))[ \u00a0]*{figure})*{joiner}"
        rf"(?:(?i:{articles})[ \u00a0]+)?$")
    goes_on = lazy(rf"[ \u00a0]*(?:[,;.:!?)]|(?i:{ands})(?!\w)|$)")
    return suffix, listed, goes_on


def _no_names_figure(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether ``q`` is, by its form or the words after it, no figure of a name, whatever word stands before it."""
    if not q.text[:1].isdigit() or _grouped_whole(q) or _HAS_LETTER.search(q.text):
        # names carry figures, not spelled numbers ("Прошло три года"), grouped thousands ("In Italy
        # 45,000 migrants", "Registrati 12.345 nuovi casi") nor shares ("Only 1 in 3 flights")
        return True
    if len(q.text) <= 3 and text[q.end : q.end + 1] in _MODEL_DASHES and (score := _SCORE_AFTER.match(text, q.end)) and (
            len(score.group(1)) <= 2 if len(q.text) <= 2 else q.text.isdigit() and int(score.group(1)) < int(q.text)):
        return True  # a score or a vote: "beat Chelsea 2-0", "passed the Senate 68-31", "passed the House 218-214" (not
        # "Boeing 737-800": a vote's winner comes first)
    if len(q.text) <= 3 and q.text.isdigit() and (score := _SPACED_SCORE_AFTER.match(text, q.end)) and (
        normalize(score.group(1)) in lex.values["TO"] and int(score.group(2)) <= int(q.text)
    ):
        return True  # "passed the Senate 51 to 49", "battu l'Écosse 24 à 17": the winner's figure first (not
        # "Windows 10 to 11")
    if 2 <= len(q.text) <= 3 and q.text.isdigit() and (whole := _part_of_a_whole(q.lang).match(text, q.end)) and (
        int(q.text) < int(whole.group(1)) and not _spell_after(text, whole.end(), lex) and not _named_thing_before(text, q, start, lex)
    ):
        return True  # "in de Tweede Kamer 88 van de 150 zetels", "la Camera 200 dei 400 seggi": a part of a whole (not
        # "Windows 10 of the 2020 era", "la Fiat 500 del 1957", "Groep 7 van de 30", "le Top 14 des 20 dernières années")
    if 2 <= len(q.text) <= 3 and q.text.isdigit() and _word_after_in(text, q, lex.tally_nouns) and not _named_thing_before(text, q, start, lex) and (
        not _verb_before_a_figure(text, _NEXT_WORD.match(text, q.end).end(), lex)  # ("The Fokker 100 seats about 100")
    ):
        return True  # "gives Labour 410 seats", "haalde de PVV 37 zetels": seats, votes or medals (not "Sur France 2 députés",
        # "The Boeing 787 seats 290")
    # "put Labour 20 points ahead", "verliest de VVD 3 punten", "PSV 9 punten voor": a lead, no name (a version or a
    # year is: "Qwen 2.5 points the way", "Vision 2030 points to"); "won the Champions League 15 times", "a remporté la
    # Ligue des champions 14 fois": how often, no name
    return q.text.isdigit() and len(q.text) < 4 and (_word_after_in(text, q, lex.points_words) or (
        _word_after_in(text, q, lex.times_words) and not _after_product(text, q, start, lex)))


def _verb_before_a_figure(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a figure follows ``end`` right away or after a qualifier: the word before was a verb ("The Fokker 100 seats
    about 100", "The ATR 72 seats up to 78"; not "gave the SNP 58 seats in 2015", "37 zetels tegen 25")."""
    after = _FIGURE_AFTER_NOUN.match(text, end)
    return after is not None and (not after.group(1) or normalize(after.group(1).strip()) in _qualifier_phrases(lex.lang))


@cache
def _qualifier_phrases(lang: str) -> frozenset[str]:
    """Every qualifier written before a figure ("up to", "about", "più di")."""
    values = lexicon(lang).values
    return frozenset(f for key in ("Q_MORE", "Q_ATLEAST", "Q_LESS", "Q_ATMOST", "Q_ABOUT") for f in values.get(key, {}))


_FIGURE_AFTER_NOUN = lazy(r"((?:[ \u00a0]+\p{Ll}+){0,3})[ \u00a0]+\p{N}")


def _named_thing_before(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether the word before ``q`` names a product, a maker, a programme, a model's suffix or a reference (the words of
    :func:`_tally_items` that make a name no tally's): "Boeing 787", "Expo 67", "Bus 38"."""
    before = _PREV_WORD.search(text, max(start, q.start - 64), q.start)
    _, _, _, names = _tally_items(q.lang)
    return before is not None and lex.fold(normalize(before.group(1))) in names


def _spell_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a unit of time is among the two words after ``end``: "des 20 dernières années", "of the last 10 years"."""
    for _ in range(2):
        word = _NEXT_WORD.match(text, end)
        if word is None:
            return False
        if "DUR" in lex.classify("word", lex.fold(normalize(word.group(1)))):
            return True
        end = word.end()
    return False


@cache
def _part_of_a_whole(lang: str) -> regex.Pattern[str]:
    """The words after a figure that make it a part of the figure after them, "of", "van", "dei", "des" (``partitive``),
    an article after them or not, and a whole figure of at most three digits (the whole, in group 1)."""
    lex = lexicon(lang)
    of = _alternatives([*lex.values["OF"], *lex.partitive]).replace("'", "['’]")
    articles = _alternatives(lex.values["ARTICLE"]).replace("'", "['’]")
    return lazy(rf"[ \u00a0]+(?i:{of})(?:[ \u00a0]+(?i:{articles}))?[ \u00a0]*([0-9]{{1,3}})(?![0-9]|[.,][0-9]|\w)")


def _names_nothing(text: str, word: str, at: int, start: int, lex: Lexicon) -> bool:
    """Whether the capitalised ``word`` (normalised; written at ``at``) is an ordinary word that names nothing with the
    figure after it: a weekday, a word of age, of "only", an opener of a sentence (or a verb's, by its ending) where it
    opens one, or a vocabulary word: "on Friday 25 people", "Aged 29, Kibet", "Only 12, the report says", "Today 12,
    police said", "Погибли 40,"."""
    if word in lex.categories or word in lex.values["WEEKDAY"] or word in lex.age_before_words or word in lex.only_words:
        return True
    return (word in lex.sentence_openers or word.endswith(lex.opener_endings)) and _at_sentence_start(text, at, start)


def _preposition_before(text: str, at: int, start: int, lex: Lexicon) -> regex.Match[str] | None:
    """The word right before ``at`` where it is a preposition, elided or not ("in Italia", "all'Italia")."""
    pre = _ANY_PREV_WORD.search(text, max(start, at - 32), at) or _ELIDED_PREV_WORD.search(text, max(start, at - 32), at)
    return pre if pre is not None and normalize(pre.group(1)) in lex.prepositions else None


def _name_at_sentence_start(text: str, q: Quantity) -> bool:
    """Whether a figure after a capitalised word that opens a sentence, or after a word in another script than Latin,
    is a name's. The word may be an ordinary one ("In 2021"): only a plain number, not a year, is taken for part of a
    name there ("Qwen 2.5: ..."), and not a whole number that counts the word after it ("Yesterday 300 flights were
    cancelled"). Names that carry figures are written in Latin letters ("на Boeing 737"); a capitalised Cyrillic word
    is a place or a body in some case ("В Москве 25 человек", "по данным Росстата 25 регионов")."""
    after = _NEXT_WORD.match(text, q.end)
    counts = (q.text.isdigit() or q.is_range) and after is not None and after.group(1)[:1].islower()
    if q.kind is NUMBER and not counts and (times := _HYPHEN_NOUN.match(text, q.end)) is not None and (
            normalize(times.group(1)) in lexicon(q.lang).times_words):
        return False  # (nor a multiple: "Произошёл 2,5-кратный рост", "Expect a 2.5-fold rise")
    return q.kind is NUMBER and not counts


def _name_after_opening_preposition(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether a figure of two or three digits after a capitalised word and the preposition that opens the sentence is
    a name's. The word is mostly a place there, and a figure before a lowercase word (no article) counts that word or is
    the verb's subject: "In Ohio 300 people", "Au Mali 40 soldats", "In Gaza 40 were killed". (A name's figure there is
    mostly one digit or a year's four: "With Llama 3 models", "En Ligue 1 plusieurs clubs", "At Expo 2020 visitors".)"""
    after = _NEXT_WORD.match(text, q.end)
    return after is None or not after.group(1)[:1].islower() or "ARTICLE" in lex.classify("word", lex.fold(after.group(1)))


_LINE_WORDS = lazy(r"\p{L}{4,}")
_HEADLINE = 200  # characters


def _title_cased_line(text: str, q: Quantity, start: int) -> bool:
    """Whether the line around ``q`` is a headline in title case: four or more words of four letters or more, all but
    one of them capitalised ("Storm Kills 12, Injures Dozens", "Government To Cut 40,000 Jobs By 2027")."""
    first = text.rfind("\n", start, q.start) + 1 or start
    last = text.find("\n", q.end, q.end + _HEADLINE)
    if q.start - first > _HEADLINE or (last < 0 and len(text) - q.end > _HEADLINE):
        return False  # a headline is short (and a long paragraph would be read once a figure)
    lower = 0
    words = 0
    for word in _LINE_WORDS.finditer(text, first, len(text) if last < 0 else last):
        words += 1
        lower += not word.group()[0].isupper()
        if lower > 1:
            return False
    return words >= 4


def _grouped_whole(q: Quantity) -> bool:
    """A whole number of thousands or more written with a group sign: "45,000", "12.345", "1 500"."""
    return (
        isinstance(q.value, Decimal) and abs(q.value) >= 1000 and q.value == q.value.to_integral()
        and _GROUPED_FIGURE.fullmatch(q.text) is not None
    )


_GROUPED_FIGURE = lazy(rf"[{DIGITS}]{{1,3}}(?:[,.'\u00a0\u202f \u066c][{DIGITS}]{{3}})+")


_NEGATED = {MORE_THAN: AT_MOST, AT_LEAST: LESS_THAN,
            LESS_THAN: AT_LEAST, AT_MOST: MORE_THAN}


def _negated(text: str, q: Quantity, start: int) -> frozenset[str]:
    """The negation words right before the qualifier, or with one word (a modal) between: "must not
    exceed", "ne doit pas dépasser", "не должна превышать", "non può superare", "لا يتجاوز" (not "did
    not say that more than 50", where the negation is the verb's), pronouns between passed over ("il
    n'y a plus que", ``negation_clitics``); empty where there is none."""
    lex = lexicon(q.lang)
    at = q.start + len(q.text) - len(q.text.lstrip())
    cut = max(start, at - 32)
    if (colon := _COLON_BEFORE.search(text, cut, at)) is not None:
        cut = colon.end()  # "non è calata: è più di 3 milioni" (the negation is the clause's before)
    words = list(map(normalize, _WORDS_ELIDED.findall(text[cut:at])))
    if lex.negation_openers and lex.negation_words.isdisjoint(words[-2:]) and (opener := _negation_opening(text, at, start, lex)):
        return frozenset({opener})  # "Nergens in de provincie waaide het harder dan 90 km/u": the verb and subject after it
    if not lex.prefixes and lex.negation_words.isdisjoint(words):
        return frozenset()  # (most figures: no negation among the words, whatever is taken out of them below)
    words = [w for w in words if w not in lex.negation_clitics]
    if lex.prefixes:  # "ولا تزيد عن 7 سنوات": the negation with "and" written onto it
        words = [w[1:] if w not in lex.negation_words and _a_negation(lex, w) else w for w in words]
    for i in range(len(words) - 2, -1, -1):
        if " ".join(words[i : i + 2]) in lex.negation_idioms:
            del words[i : i + 2]  # "لا يزال أكثر من 8500": "still", no negation ("لا يزال لا يتجاوز": the second is one)
            # (and the first half of its negation: "ce n'est pas seulement plus de 3 000")
            words[:i] = [w for w in words[:i] if w not in lex.restrictive_negations]
    if len(words) > 2 and lex.definite_prefixes and words[-1].startswith(lex.definite_prefixes):
        del words[-1]  # "لم يستمر الإضراب أكثر من ثلاث ساعات": the subject after its verb
    if len(words) >= 3 and words[-2] in lex.modal_words and _a_negation(lex, words[-3]):
        return frozenset({words[-3]})  # "ولا يجوز أن تتجاوز": a negation, a modal and "that" before the qualifier
    return lex.negation_words.intersection(words[-2:])


_WORDS_ELIDED = lazy(r"\p{L}+['’]?")  # a word with the apostrophe of its elision: "n'", not "n°"


def _negation_opening(text: str, at: int, start: int, lex: Lexicon) -> str | None:
    """The word of ``negation_openers`` that opens the sentence of a qualifier starting at ``at``, eight words at most
    and no clause mark before it ("Nergens in de provincie waaide het harder dan 90 km/u"), or None."""
    cut = max(start, at - 64)
    words = list(_WORD_SPANS.finditer(text, cut, at))
    if not words or len(words) > 8 or _CLAUSE_MARK.search(text, words[0].end(), at) is not None:
        return None
    opener = normalize(words[0].group())
    return opener if opener in lex.negation_openers and _at_sentence_start(text, words[0].start(), start) else None


_COLON_BEFORE = lazy(r"(?r)[:;]")
# A negation right after a comma or bracket, a conjunction between or not: ", non fino a 25", "(and not over".
_CORRECTION_BEFORE = lazy(r"[,;(–—]\s*(?:\p{L}+\s+)?(\p{L}+)\s+$")


def _corrects(text: str, q: Quantity, start: int, negation: frozenset[str]) -> bool:
    """Whether a negation right after a comma corrects a figure written before with the same qualifier:
    "fino a 15 anni di carcere, non fino a 25" (the bound that was wrong; "contenuto, non più del 3%" is a
    ceiling)."""
    fix = _CORRECTION_BEFORE.search(text, max(start, q.start - 24), q.start)
    if fix is None or normalize(fix.group(1)) not in negation:
        return False
    before = normalize(text[max(start, fix.start() - 64) : fix.start()])
    return f"{normalize(str(q.qualifier))} " in before


# Where a clause or sentence ends, and, for a verb before its figure, where another figure stands between
# ("تجاوزت ٢٥٠ ملم خلال ٢٤ ساعة").
_CLAUSE_ENDS = ",;.،؛"
_COMMA_OR_STOP = lazy(f"[{_CLAUSE_ENDS}]")
# (searched backwards, ``(?r)``: the last one before a figure is found at once, not after every other)
_CLAUSE_OR_FIGURE = lazy(rf"(?r)[{_CLAUSE_ENDS}\d]")
_CLAUSE_LAST_WORD = lazy(r"(?r)\p{L}+")


def _clause_start(text: str, q: Quantity, start: int, reach: int) -> int:
    """Where the clause before ``q`` starts, at most ``reach`` characters before it: after the last
    clause end or figure between."""
    cut = max(start, q.start - reach)
    end = _CLAUSE_OR_FIGURE.search(text, cut, q.start)
    return cut if end is None else end.end()


@cache
def _long_forms(words: frozenset[str]) -> tuple[str, ...]:
    """The words of ``words`` of six letters or more, which a compound may end with ("verpleeghuisbewoners")."""
    return tuple(w for w in words if len(w) >= 6)


def _an_age(text: str, q: Quantity, start: int) -> bool:
    """A whole figure of an age's size with nothing written after it: "граждане старше 18", "people
    older than 18 may vote" (but not "старше 2 млн человек", "older than 300 other houses", nor after
    "and", where the word bounds the age before: "65 лет и старше 40 человек")."""
    if not (q.unit is None and q.scale is None and not q.is_range and isinstance(q.value, Decimal)
            and q.value == q.value.to_integral_value() and 0 < q.value <= _OLDEST_AGE):
        return False
    before = _ANY_PREV_WORD.search(text, max(start, q.start - 32), q.start)
    return before is None or normalize(before.group(1)) not in lexicon(q.lang).bound_joiners


def _opening_hours(text: str, q: Quantity) -> bool:
    """A range of hours "from" one whole hour "to" another that ends the day (17 to 24) and spans six
    hours or more reads the clock: "van 9 tot 17 uur", "с 9 до 21 часа", "من 9 إلى 17 ساعة" (not "van
    10 tot 14 uur", a flight; not a rate: "van 12 tot 18 uur per week", "с 9 до 21 часа в неделю")."""
    low, high = q.value, q.range_to
    if not (q.kind is DURATION and q.unit == "hour" and isinstance(low, Decimal) and isinstance(high, Decimal)):
        return False
    lex = lexicon(q.lang)
    if not (normalize(q.text.split()[0]) in lex.values["FROM"] and low == low.to_integral() and high == high.to_integral()
            and 17 <= high <= 24 and high - low >= 6 and low >= 0):
        return False
    after = [lex.fold(w) for w in _WORDS.findall(text[q.end : q.end + 24])[:2]]
    return not any(w in lex.rate_words or w in lex.values["DUR"] for w in after)


_LIGHT_AFTER = lazy(r"[-‐ \u00a0]*(\p{L}+)")
_COMPOUND_TAIL = lazy(r"\p{L}{2,}")  # (a word written onto a unit's with a hyphen: "journées-skieurs")
_UNIT_WORD_APART = lazy(r"[ \u00a0'’]\p{L}+$")  # (not the unit of "a 3-year-old")
# A unit of time at the end of a quantity's text, with the link before it: "milliards d'années", "40 anni"
_TIME_UNIT_AT_END = lazy(r"(?:[ \u00a0]+(?:de|di)|[ \u00a0]+[dD]['’])?[ \u00a0]*\p{L}+$")


def _a_noun_homograph(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a number word alone that is another word too (``number_homographs``: Italian "venti", winds; French
    "neuf", new) is that word: a word after it (``after``) or before it (``before``) that goes with the other word, not
    the number ("Forti venti settentrionali", "i venti hanno soffiato", "venti fino a 90 km/h", "un jeu neuf"; not
    "venti migranti")."""
    sides = lex.number_homographs.get(normalize(q.text))
    if sides is None or q.qualifier is not None or q.is_range:
        return False
    if _word_after_in(text, q, sides.get("after", ())):
        return True
    # (with ``counts``, a word before stands for the other word only where none of them, nor a plural the number may count,
    # follows: "un jeu neuf a augmenté", not "un modèle neuf fois plus rapide", "dans ce quartier neuf habitants sur dix")
    return _word_before(text, q, start) in sides.get("before", ()) and not (
        "counts" in sides and (_word_after_in(text, q, sides["counts"]) or _counts_the_noun_after(text, q.end, lex, q.value)))


def _a_count_of_a_unit_homograph(text: str, q: Quantity, start: int, lex: Lexicon) -> Quantity | None:
    """``q``, a spell in a unit of time whose word is a noun too (``unit_homographs``: Arabic "عقد", a decade and a
    contract), as a count of that noun where a word after it (``after``) or among the three words before the figure
    (``before``) goes with the noun, or the figure is at least the word's ``most``, and no word of time (``not_after``)
    stands right before the figure: "وقعت الهيئة 3 عقود بقيمة 1.4 مليار جنيه" (3 contracts), "وقعت الوزارة عقدين لإنشاء"
    (2), "إلى 961 ألف عقد" (not "خلال ثلاثة عقود", "وقعت الحرب قبل 3 عقود", thirty years); else None."""
    word = lex.fold(q.text.split()[-1])
    sides = lex.unit_homographs.get(word)
    if sides is None or q.is_range or not isinstance(q.value, Decimal):
        return None
    after = _NEXT_WORD.match(text, q.end)
    words = [lex.fold(w) for w in _WORDS.findall(text[max(start, q.start - 40) : q.start])[-3:]]
    if words and words[-1] in sides.get("not_after", ()):
        return None  # ("وقعت الحرب قبل 3 عقود": three decades ago)
    unit = next((lex.values[c][word] for c in ("DUR", "DUR_DUAL") if word in lex.values.get(c, {})), None)
    counted = COUNTED_IN.get(str(unit))
    times = counted[1] if counted is not None else Decimal(1)
    noun_after = after is not None and lex.fold(after.group(1)) in sides.get("after", ())
    many = any(q.value / times >= Decimal(most) for most in sides.get("most", ()))  # ("961 ألف عقد": no spell so long)
    if not noun_after and not many and sides.get("before", frozenset()).isdisjoint(words):
        return None
    return replace(q, kind=COUNT, unit=None, noun=q.text.split()[-1], value=q.value / times, precision=q.precision / times)


def _clock_range_start(text: str, q: Quantity) -> bool:
    """ "between 1 and 3 p.m.", "from 7 to 10pm", "9-11 a.m.": a whole hour before a range's "to", "and" or dash
    and a time of day with a.m. or p.m. (no quantity, as that time is none) is the range's first time of day."""
    if not (q.kind is NUMBER and q.qualifier is None and not q.is_range and q.text.isdigit() and len(q.text) <= 2):
        return False
    m = _CLOCK_AFTER.match(text, q.end)
    if m is None:
        return False
    lex = lexicon(q.lang)
    joint = normalize(m.group(1))
    return joint in ("-", "–") or joint in lex.values["TO"] or joint in lex.values["AND"]


_CLOCK_AFTER = lazy(r"[ \u00a0]*(\p{L}+|[-–])[ \u00a0]*(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?[ \u00a0]?(?i:[ap]\.?[ \u00a0]?m\.?)(?!\w)")


def _exceeded(text: str, q: Quantity, start: int) -> Bound | None:
    """Where the verb comes before its subject (``verb_first``), a verb of exceeding one to three words
    before the figure, in its clause, bounds it: "تجاوزت الصادرات 30 مليار دولار", "تجاوز عدد القتلى 100",
    "تجاوز عدد مشتركي المنصة ١٠ ملايين" (right before the figure it is a qualifier the grammar reads:
    "تجاوز 800 مليون"), at most where a negation stands right before the verb, or before a modal and
    "أن" before it ("لا يجوز أن تتجاوز المصاريف الإدارية 20%"); not a few things counted ("تجاوز اللاعب 3 مدافعين", "تجاوزت الشركة 3
    أزمات": got past them). None where no such verb bounds it."""
    lex = lexicon(q.lang)
    if not (lex.verb_first and lex.exceed_verbs) or q.kind in (YEAR, DATE) or _few_things(text, q, lex):
        return None  # "تجاوز اللاعب 3 مدافعين": a few things got past, not a figure exceeded
    every = list(map(lex.fold, _WORDS.findall(text, _clause_start(text, q, start, 72), q.start)))
    words = every[-_EXCEEDED_REACH:]
    for k, w in enumerate(words[:-1]):
        if _prefixed_in(lex, w, lex.exceed_verbs):
            # the subject between, with no preposition or second verb: not "تجاوز الرئيس الأزمة بعد 3
            # أشهر", "تجاوز الجيش الحدود واعتقل 20 شخصا"; a subject of more than three words only with one
            # partitive phrase, "of" what is counted ("تجاوزت صادرات قطر من الغاز الطبيعي المسال 77 مليون طن")
            between = words[k + 1 :]
            partitive = [v for v in between if v in lex.values["OF"]]
            # (or a subject of up to seven words that opens with a noun in construct, no article, and holds its place:
            # "تجاوز عدد الموظفين المسرحين في قطاع التقنية 150 ألفا", "تجاوزت مطالبات التأمين على السيارات 400 مليون ريال";
            # its preposition one of place, ``place_prepositions``; not "تجاوز اللاعب المدافع في الدقيقة 30", a subject and its
            # object, nor "تجاوزت حكومة الوحدة الأزمة بعد مرور 3 أشهر", nor a preposition right before the figure)
            construct = (len(between) > 3 and not between[0].startswith(lex.definite_prefixes)
                         and between[-1] not in lex.prepositions)
            # (or a subject of four or five words and no preposition before a figure too large for a few things got past:
            # "تجاوزت الحمولة الإجمالية للسفن العابرة مليار طن")
            large = len(between) <= 5 and (q.scale is not None or (isinstance(q.value, Decimal) and q.value >= 100))
            if len(between) > 3 and len(partitive) != 1 and not construct and not large:
                continue
            if any((v in lex.prepositions and v not in partitive and not (construct and v in lex.place_prepositions))
                   or _and_onto(lex, v)
                   or v in lex.change_amount_words for v in between):
                return None  # (nor a word of the amount: "تجاوز كثير من الطلاب الامتحان بمعدل 90 في المئة", at a rate of)
            return AT_MOST if _verb_negated(lex, every, len(every) - len(words) + k) else MORE_THAN
    return None


# How many words before a figure a verb of exceeding may stand, its subject between (three words, or seven with "of").
_EXCEEDED_REACH = 8


def _a_size(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether a word of ``dimension_words`` and a figure follow ``q``: the first figure of a size ("комната 3 на 4 метра",
    "a room 3 x 4 m"; not "в квартире 48 на пятом этаже", "الرصيف 7 في ميناء جدة", where the word is "on", "in")."""
    size = _SIZE_AFTER.match(text, q.end)
    return size is not None and normalize(size.group(1)) in lex.dimension_words


_SIZE_AFTER = lazy(rf"[ \u00a0]*(\S+?)[ \u00a0]*[{DIGITS}]")


def _verb_negated(lex: Lexicon, words: list[str], at: int) -> bool:
    """Whether the verb ``words[at]`` is negated: the negation right before it, or before a modal and "that" ("لا يجوز أن
    تتجاوز"); not another verb's ("لم نتوقع أن يتجاوز السعر")."""
    return (at >= 1 and _a_negation(lex, words[at - 1])) or (
        at >= 3 and _a_negation(lex, words[at - 3]) and words[at - 2] in lex.modal_words)  # (and "ولا يجوز أن تتجاوز")


def _and_onto(lex: Lexicon, word: str) -> bool:
    """Whether ``word`` is one with "and" written onto it, which opens a second clause ("واعتقل", "وتوج")."""
    return word[:1] in lex.and_words and len(word) > 3


def _a_negation(lex: Lexicon, word: str) -> bool:
    """Whether ``word`` is a negation, or one with a conjunction written onto it ("ولا")."""
    return _prefixed_in(lex, word, lex.negation_words)


def _prefixed_in(lex: Lexicon, word: str, forms: Container[str]) -> bool:
    """Whether ``word`` is one of ``forms``, or one with a letter of ``prefixes`` written onto it ("ولا", "بعقوبة")."""
    return word in forms or (word[:1] in lex.prefixes and word[1:] in forms)


def _compared_apart(text: str, q: Quantity, start: int, lex: Lexicon) -> Bound | None:
    """Where the verb comes before its subject, a verb of comparing one to five words before its
    preposition, which stands right before the figure, bounds it (``compare_verbs_apart``): "لا يزيد عدد
    الحضور عن 100 شخص" is at most 100, "لا تقل مدة السجن عن 3 سنوات" at least 3 (without the negation, more
    and less than); after "على" (``prepositions_after_amounts``) only a spell, money or a measure ("يزيد وزن الحمولة على 4
    أطنان"), the verb right before a noun of an amount and the word it is of. None where no such verb bounds it (a
    preposition or a figure between)."""
    prepositions = lex.compare_verbs_apart.get("prepositions")
    if not prepositions or q.kind is YEAR:
        return None
    at = _clause_start(text, q, start, 80)
    last = _CLAUSE_LAST_WORD.search(text, at, q.start)
    amounts = lex.compare_verbs_apart.get("prepositions_after_amounts", frozenset())
    if last is None or (lex.fold(last.group()) not in prepositions and (
            (q.kind not in (DURATION, CURRENCY, MEASURE) and not _unit_of_measure_next(text, q.end, lex)) or lex.fold(last.group()) not in amounts)):
        return None  # (most figures: the clause's last word tells, before its other words are folded)
    every = list(map(lex.fold, _WORDS.findall(text, at, q.start)))
    if len(every) < 3:
        return None
    if lex.fold(last.group()) not in prepositions:
        # "يزيد عمر المسجد على 300 عام", "لا يزيد سعر التذكرة على 50 جنيها": "على" only right after the verb and a noun of
        # an amount (``amount_subjects``) and the one word it is of (not "زاد الإقبال على 3 أيام", "حصل اللاعب يزيد بن علي
        # على 3 ملايين دولار", "قلت الرقابة على 200 مليون دولار")
        # (or and an adjective of that word, with the article as it has: "يزيد عمر النقوش الصخرية على 7 آلاف عام")
        subjects = lex.compare_verbs_apart.get("amount_subjects", frozenset())
        subject = next((k for k in (3, 4) if len(every) > k and every[-k] in subjects
                        and (k == 3 or (every[-3].startswith(lex.definite_prefixes) and every[-2].startswith(lex.definite_prefixes)))), None)
        if subject is None or (every[-subject + 1] in lex.compare_verbs_apart.get("levies", frozenset()) and (
                _word_after_in(text, q, lex.values["OF"]) or _an_amount_of_change_after(text, q, lex))):
            return None  # (nor the amount of a levy, which "على" is levied on, "of" what or by how much after it: "ستزيد قيمة
            # الرسوم على 300 مليون دولار من السلع", "... على 300 مليون دولار بنسبة 10%", the duties on $300m rise; not "لا تزيد
            # قيمة الرسوم على 20 دولارا", at most)
        verb = every[-subject - 1][1:] if every[-subject - 1][:1] in lex.prefixes and every[-subject - 1][1:] else every[-subject - 1]
        compared = next((Bound(b) for b in ("more_than", "less_than") if verb in lex.compare_verbs_apart.get(b, ())), None)
        if compared is None:
            return None
        return _NEGATED[compared] if _verb_negated(lex, every, len(every) - subject - 1) else compared
    placed = False  # (a preposition of place inside the subject: "لا يجوز أن يزيد عدد التلاميذ في الفصل عن 30 تلميذا")
    for k in range(len(every) - 3, max(-1, len(every) - 8), -1):
        w = every[k]
        verb = w[1:] if w[:1] in lex.prefixes and w[1:] else w
        bound = next((b for b in ("more_than", "less_than") if verb in lex.compare_verbs_apart.get(b, ())), None)
        if bound is None:
            if w in lex.place_prepositions:
                placed = True
            elif w in lex.prepositions or w in prepositions:
                return None  # (another preposition between: not the verb's subject)
            continue
        if placed and every[k + 1].startswith(lex.definite_prefixes):
            return None  # (the subject opens with a noun in construct where it holds one, as for :func:`_exceeded`)
        return _NEGATED[Bound(bound)] if _verb_negated(lex, every, k) else Bound(bound)
    return None


def _reached_up_to(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Where the verb comes before its subject, a verb of reaching in the present (``reach_verbs``), one to
    four words of subject that name a penalty, a fee or a discount, "to" and the figure: "تصل الغرامة إلى 5
    ملايين ريال" (not another subject, a level: "يصل ارتفاع البرج إلى 828 متراً"; nor a preposition among the
    words between), or up to seven that open with a noun of a fine or a penalty (``reach_verbs: long_subjects``),
    prepositions among them ("تصل الغرامة على رمي المخلفات في الشوارع إلى 5 آلاف درهم"); the noun of a prison term may
    stand between "to" and the figure (``reach_verbs: terms``: "تصل عقوبة الاتجار بالمخدرات إلى السجن 15 عاماً")."""
    if not lex.reach_verbs:
        return False
    at = q.start
    if lex.reach_terms and (term := _ANY_PREV_WORD.search(text, max(start, at - 32), at)) is not None and (
            lex.fold(term.group(1)) in lex.reach_terms):
        at = term.start()
    if _word_before_at(text, at, start) not in lex.values["TO"]:
        return False
    words = list(map(lex.fold, _WORDS.findall(text, _clause_start(text, q, start, 96), at)))[-9:-1]  # (the last is "إلى")
    if at < q.start and words and words[-1] in lex.reach_verbs:
        # "يواجه المتهمون عقوبة تصل إلى السجن 10 سنوات": a penalty, then the verb and the prison term (a particle or a relative
        # pronoun between, "عقوبة قد تصل", "العقوبة التي تصل"; "ب" written onto it, "بعقوبة تصل")
        k = len(words) - 2
        while k >= 0 and (words[k] in lex.reach_particles or words[k] in lex.reach_relatives):
            k -= 1
        if k >= 0 and _prefixed_in(lex, words[k], lex.reach_long_subjects):
            return True
    for k in range(len(words) - 2, -1, -1):
        w = words[k]
        if _prefixed_in(lex, w, lex.reach_verbs):
            subject = words[k + 1 :]
            if subject[0] in lex.reach_long_subjects:
                return True
            return len(subject) <= 4 and not any(v in lex.prepositions for v in subject) and not lex.reach_subjects.isdisjoint(subject)
    return False


def _reached_by_a_definite_subject(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether the verb of reaching that opens ``q``'s qualifier ("تصل إلى") follows its subject with the article, whose
    level it states: "درجات الحرارة تصل إلى 47 درجة", "التضخم قد يصل إلى 30%" (after an indefinite noun the verb
    is a relative clause's, "up to": "بغرامة تصل إلى 5 آلاف دينار"; nor a subject that is a penalty, a fee or a discount
    among the words before, "الغرامة تصل إلى 5 ملايين", "خصومات في المتاجر تصل إلى 50%"; the subject is the words before
    a preposition, "أمطار غزيرة في المناطق الجنوبية تصل إلى 50 ملم" is up to)."""
    qualifier = normalize(q.qualifier or "").split()
    if len(qualifier) != 2 or lex.fold(qualifier[0]) not in lex.reach_verbs or not q.text.startswith(q.qualifier or ""):
        return False
    words = [lex.fold(w) for w in _WORDS.findall(text, _clause_start(text, q, start, 64), q.start)][-5:]
    while words and words[-1] in lex.reach_particles:
        words.pop()  # "قد يصل": may reach
    if any(_prefixed_in(lex, w, lex.reach_subjects) for w in words):
        return False  # (a penalty, a fee, "and" written onto it or not: "والعقوبات تصل إلى 10 سنوات")
    for k, w in enumerate(words):
        if w in lex.prepositions:  # "أمطار غزيرة في المناطق الجنوبية تصل إلى 50 ملم": the subject is before the place
            words = words[:k]
            break
    subject = words[-1] if words else ""
    if subject[:1] in lex.prefixes and not subject.startswith(lex.definite_prefixes):
        subject = subject[1:]  # "والتضخم قد يصل"
    # (not a relative pronoun, which begins as the article does: "الرحلات التي تصل إلى 12 ساعة")
    return subject.startswith(lex.definite_prefixes) and subject not in lex.definite_not_nouns


def _of_a_time_unit(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether "of" and a word of time (``subunit_time_words``) follow ``q``: "tre centesimi di secondo"."""
    of = _NEXT_WORD.match(text, q.end)
    if of is None or normalize(of.group(1)) not in lex.values["OF"]:
        return False
    unit = _NEXT_WORD.match(text, of.end())
    return unit is not None and normalize(unit.group(1)) in lex.subunit_time_words


def _round_before_a_counted_noun(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Four bare digits of a round hundred before a word in lower case (or in a script with no case) that they
    may count and that ends as counted nouns do (``count_noun_endings``; in English a plural): "up to
    2000 people", "до 1500 человек", "tot 2000 mensen" (not "tot 2100 met 1,2 meter", "До 2100 уровень моря",
    "Up to 2000 when the euro arrived")."""
    after = _NEXT_WORD.match(text, q.end)
    if not (q.text[-1:].isdigit() and isinstance(q.value, Decimal) and q.value % 100 == 0 and after is not None
            and not after.group(1)[:1].isupper()):
        return False
    word = normalize(after.group(1))
    if word in lex.year_level_nouns or word in lex.count_noun_exceptions:
        return False  # "compared with 2000 levels", "Jusqu'à 2000 nous vivions"
    # (a verb before its subject, where a phrase of time opening a sentence puts it, is no noun: "Tot 1900 woonden
    # er", "Vergeleken met 2000 stegen de prijzen", "verdienen Nederlanders"; not "Er mogen tot 2000 supporters in")
    then = _NEXT_WORD.match(text, after.end()) if lex.verb_second else None
    if then is not None and (then.group(1)[:1].isupper() or normalize(then.group(1)) in lex.verb_second) and (
        len(_WORDS.findall(_SENTENCE_START.split(text[max(start, q.start - 48) : q.start])[-1])) <= 3
    ):
        return False
    return _is_counted(word, lex) and _counted_noun_next(text, q.end, lex)


def _counted_noun_next(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the word at ``end`` ends as counted nouns do (``count_noun_endings``, or is one of them: "شخص"), or in
    English, which lists none as it writes years before nouns ("the 1988 sales"), as a plural does."""
    if not lex.count_noun_endings:
        return _plural_next(text, end, lex)
    after = _NEXT_WORD.match(text, end)
    return (after is not None and normalize(after.group(1)) in lex.count_noun_endings) or _count_noun_next(text, end, lex)


def _until(q: Quantity, lex: Lexicon) -> bool:
    """Whether the qualifier of ``q`` ends in a word of "to" ("до", "tot", "fino al", "حتى", "up to", "jusqu'à") or is one
    written in words ("tot en met")."""
    written = normalize(q.qualifier or "")
    words = _UP_TO_WORDS.split(written)
    return bool(words) and (words[-1] in lex.values["TO"] or written in lex.values["TO"])


# A size of a model, a figure and billions' letter written onto it ("405B", "7B"; not millions: "Netflix Adds
# 5M Subscribers"), and a name or a name's figure right before one ("Llama 3.1 ", "Llama 3 ", "Mistral ").
_MODEL_SIZE = lazy(r"\d+(?:\.\d+)?[BT]")
_MODEL_NAME_BEFORE = lazy(r"(?<![\p{L}\d.])(?:\p{Lu}[\p{L}\d.\-]*|\d+(?:\.\d+)?)[ \u00a0]+$")
_MAKER_AND_MODEL_BEFORE = lazy(r"(?<![\p{L}\d.])\p{Lu}[\p{L}\d.\-]*[ \u00a0]+\p{Lu}[\p{L}\d.\-]*[ \u00a0]+$")


def _of_an_age(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether the partitive and a word of age follow a bare number (``decade_age_words_after``, as after a decade of
    age): "في الستين من عمره" (at sixty of his age); not the last part of a number whose first this reading missed ("في
    الخامسة والثلاثين من عمره", an ordinal and "and" written onto the tens)."""
    if q.start > 0 and not (text[q.start - 1].isspace() or text[q.start - 1] in "ـ"):
        return False
    return _age_words_after(text, q.end, lex)


def _age_words_after(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the partitive and a word of age (``decade_age_words_after``) are the two words after ``at``: "من عمره"."""
    words = [normalize(w) for _, w in _ELIDED_WORDS.findall(text, at, min(len(text), at + 24))[:2]]
    return len(words) == 2 and words[0] in lex.partitive and words[1] in lex.decade_age_words_after


def _after_definite_noun(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a definite word stands right before ``q``, a conjunction or preposition written onto it or
    not, that is no noun of a day (``day_nouns``): an ordinal with the article after it is its adjective."""
    word = _word_before(text, q, start)
    if word[:1] in lex.prefixes and word[1:].startswith(lex.definite_prefixes):
        word = word[1:]
    return word.startswith(lex.definite_prefixes) and word not in lex.day_nouns


_LAST_WORD = lazy(r"\w*$")  # (of a qualifier: "à" of "jusqu'à", "a" of "fino a")
_FRACTION_POINT = lazy(r"(?:([\-‐])|[ \u00a0]+)(\p{L}+)$")  # ("-point" of "a quarter-point", " punto")
_WORD_AT_END = lazy(r"[ \u00a0]*(\p{L}+['’]?)[ \u00a0]*$")
_SENTENCE_SPLIT = lazy(r"[.!?]\s+(?=\p{Lu})|;")  # (not after "тыс.")


def _ends_a_change(text: str, q: Quantity, start: int) -> bool:
    if q.kind is YEAR:
        return False  # "повысят на 10% до 2030 года", "stijgen tot 2030": a deadline, not a level
    lex = lexicon(q.lang)
    if _word_after_in(text, q, lex.times_words):
        return False  # "тарифы вырастут до 3 раз": up to threefold
    if q.qualifier is None:
        return False
    if (before := _ANY_PREV_WORD.search(text, max(start, q.start - 24), q.start)) is not None and (
            normalize(before.group(1)) in lex.correction_words and text[before.end(1) : q.start].isspace()):
        # "loopt op tot 4,6 procent, niet tot 6,4 procent", "до 18%, а не до 16%": a "to" denied after a level reached is
        # one too, as the "to" it repeats
        earlier = text.rfind(q.qualifier, max(start, before.start(1) - 96), before.start(1))
        after = earlier + len(q.qualifier)
        # (the word itself: not the "до" of "доходы")
        return (earlier > start and not text[earlier - 1].isalpha() and not text[after : after + 1].isalpha()
                and _ends_a_change(text, replace(q, start=earlier), start))
    if q.kind is PERCENT and lex.price_words and not lex.price_words.isdisjoint(
            lex.fold(w) for w in _WORDS.findall(_clause_before(text, q, start))):
        # "снижают цены до 30%", "خفضت المتاجر الأسعار حتى 70%", "prijzen kelderden tot 70 procent": a percent
        # after a change of prices is how much, "up to"
        return False
    if lex.ceiling_nouns:
        # "De boete loopt op tot 5.000 euro": what a fine or a sentence runs up to is its ceiling ("verhoogde
        # de straf tot 20 jaar" is the level it was raised to)
        # (the words after the figure in its clause too: "oplopend tot 20 miljoen met bonussen", "bij herhaling")
        rest = text[q.end : q.end + 32]
        rest = rest[: mark.start()] if (mark := _CLAUSE_MARK.search(rest)) is not None else rest
        clause_words = {lex.fold(w) for w in _WORDS.findall(_clause_before(text, q, start) + " " + rest)}
        if not lex.ceiling_nouns.isdisjoint(clause_words) and not lex.ceiling_verbs.isdisjoint(clause_words):
            return False
    head, _, rest = normalize(q.qualifier).partition(" ")
    if head in lex.change_particles and rest in lex.values["TO"]:
        # "Unemployment edged up to 4.3%": a verb that takes the particle right before (``particle_verbs``:
        # not "cut up to 1,200 jobs"), not after a modal ("could inch up to 5%" is at most)
        words = [normalize(w) for w in _WORDS.findall(text[max(start, q.start - 40) : q.start])[-2:]]
        return bool(words) and words[-1] in lex.particle_verbs and lex.modal_words.isdisjoint(words[:-1])
    if normalize(q.qualifier) not in lex.values["TO"]:
        # "a vécu jusqu'à 102 ans", "ha vissuto fino a 104 anni": a qualifier ending in "to" right after such a verb
        # (or its two words: "a vécu", not "ont vécu", a kind's most)
        words = _WORDS.findall(normalize(text[max(start, q.start - 40) : q.start]))[-2:]
        # (or after the amount of a change that is no percent: "Il Fondo salirà di 1,3 miliardi nel 2025, fino a 136,5
        # miliardi"; not "Gli sconti salgono del 20%, fino a 300 euro", a cap)
        return _LAST_WORD.search(normalize(q.qualifier))[0] in lex.values["TO"] and bool(words) and (
            words[-1] in lex.change_next_words or " ".join(words) in lex.change_next_words
            or _after_amount_of_change(text, q, start, lex, percent=False))
    # "leidt tot 300 extra banen"; not "leidt tot boetes tot 10.000 euro" (``change_to_words_next``); a verb
    # that lengthens also ends at a level ("Срок перемирия продлили до тридцати дней")
    after_comma = _clause_after_comma(text, q, start)
    if after_comma is not None:  # "Ночью ветер усилится, порывы до 25 м/с"; "…, снизившись до 2,4%"
        stems = lex.change_stems + lex.lengthen_stems
        verb = any(_starts(w, stems, lex) and w not in lex.lasting_words for w in map(normalize, _WORDS.findall(after_comma)))
    else:
        # (six words back, eight where the verb comes second, before a long middle: "In België steeg de werkloosheidsgraad
        # in het derde kwartaal tot 5,6 procent")
        reach = 8 if lex.verb_second else 6
        verb = (_after_change(text, q, start) or _after_verb(text, q, start, lex.lengthen_stems, unless=lex.lasting_words) or (
            _after_change(text, q, start, reach=reach) and not _joined_or_modal(text, q, start, lex, reach))) and not _to_spent(
            text, q, start, lex)
    return verb or _word_before(text, q, start) in lex.change_next_words or _after_amount_of_change(text, q, start, lex) or (
        _word_before(text, q, start) in lex.change_particles) or (  # ("nam met 4 procent af tot 10,6 miljoen")
        _change_verb_after(text, q, start, lex)) or (
        _SIGNED_CHANGE_BEFORE.search(text, max(start, q.start - 24), q.start) is not None
        and not _SIGNED.match(text, q.start + len(q.qualifier)))  # (not "Скидки −20%, до −50%": up to 50% off)


_SIGNED = lazy(r"\s*[+−\-]")
_CLAUSE_AFTER = lazy(r"[^.,;:!?\n]{0,48}")

# A year's possessive, or "and" and another year, after a year: "more than 2019's figure", "more than 2020 and 2021",
# "أكثر من 2019 و2020".
_YEAR_COMPARED = lazy(rf"['’]s\b|\s+\p{{L}}{{1,3}}\s*[{DIGITS}]{{4}}(?![{DIGITS}])")


def _change_verb_after(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether, where a clause ends with its verb (``verb_final``), a verb of change among the three words after
    ``q`` ends the clause, or a conjunction or a preposition follows it: "De inflatie is tot 3% gedaald", "Ze werd
    tot 25 jaar cel veroordeeld en kwam vrij" (not "Hij riskeert tot 8 jaar cel"; nor after a modal, "De temperatuur
    kan tot 35 graden stijgen", a ceiling, nor after the word of a change's amount, "zijn met tot 300 euro gestegen")."""
    if not lex.verb_final or _word_before(text, q, start) in lex.change_amount_words:
        return False
    if not lex.modal_words.isdisjoint(normalize(w) for w in _WORDS.findall(_clause_before(text, q, start))):
        return False
    words = [normalize(w) for w in _WORDS.findall(_CLAUSE_AFTER.match(text, q.end).group())]
    stems = lex.change_stems + lex.lengthen_stems  # ("tot 6 maanden verlengd"; not a noun: "tot 20% stijging")
    verb = next((k for k, w in enumerate(words[:3]) if _starts(w, stems, lex) and not w.startswith(lex.change_nouns)
                 and w not in lex.lasting_words), None)
    if verb is not None and _in_the_subject(text, q, start, words[verb], lex):
        return False
    return verb is not None and (verb + 1 == len(words) or words[verb + 1] in lex.conjunctions or words[verb + 1] in lex.prepositions)


def _in_the_subject(text: str, q: Quantity, start: int, verb: str, lex: Lexicon) -> bool:
    """Whether ``q`` stands in the subject of a main clause whose finite verb (``verb``, no participle's "ge") comes
    after it: the clause opens the sentence with an article, and no verb of ``verbs_after_figures`` nor a word of
    ``change_clause_breaks`` stands in it before ``q`` ("De prijs van een pakket tot 10 kilo stijgt met 35 cent",
    "De prijzen van pakketten tot 10 kilo stijgen", parcels up to 10 kg; not "De inflatie is tot 3% gedaald", "De
    wachttijd is tot 6 weken verkort", "Het CPB verwacht dat de werkloosheid tot 4 procent stijgt", "Als de rente tot 5%
    stijgt")."""
    if verb.startswith("ge"):
        return False
    clause = _clause_before(text, q, start)
    if not _at_sentence_start(text, q.start - len(clause), start):
        return False  # (a clause after a comma may be a subordinate one)
    words = _WORDS.findall(clause)
    if not words or not words[0][:1].isupper() or normalize(words[0]) not in lex.values["ARTICLE"]:
        return False
    return not any((w := normalize(word)) in lex.verbs_after_figures or w in lex.change_clause_breaks or w in lex.modal_words
                   for word in words[1:])



# A signed percent, a comma and "to" ("Индекс Мосбиржи −1,4%, до 3050 пунктов", "выручка +54%, до 800 млрд руб."):
# the headline's change written with its sign, and "to" the level it ends at, as after a verb of change (not a
# temperature, "Ночью −3, днём до +5", whose "до" is a high).
_SIGNED_CHANGE_BEFORE = lazy(rf"(?<![\w.,])[+−\-][{DIGITS}][{DIGITS}.,]*\s?%\s*,\s*(?:\S+\s*)?$")


def _to_spent(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether the verb of change among the six words before ``q`` has taken its "to" already, before words that hold no
    figure: "veroordeeld tot celstraffen tot 17 jaar" (sentences of up to 17 years; not "stegen tot eind 2024 tot 5%")."""
    spans = list(_WORD_SPANS.finditer(text, max(start, q.start - 72), q.start))[-6:]
    words = [normalize(w.group()) for w in spans]
    verb = max((k for k, w in enumerate(words) if _starts(w, lex.change_stems, lex)), default=None)
    if verb is None:
        return False
    to = next((k for k in range(verb + 1, len(words) - 1) if words[k] in lex.values["TO"]), None)
    # (not past a comma, which restates the level: "De AEX klom tot een recordhoogte, tot 950 punten")
    return to is not None and not _DIGIT.search(text, spans[to].end(), q.start) and "," not in text[spans[to].end() : q.start]


def _joined_or_modal(text: str, q: Quantity, start: int, lex: Lexicon, reach: int = 6) -> bool:
    """Whether a conjunction, a modal or a word that ends the verb's clause (``change_clause_breaks``) stands between the
    verb of change among the ``reach`` words before ``q`` and ``q``: the verb is another clause's ("De prijzen stegen en
    de bank kan leningen tot 5 miljoen euro geven", "winkels die kortingen gaven tot 50 procent"; not "Tussen 2015 en
    2023 verdubbelde het aantal tot 5 miljoen")."""
    words = [normalize(w) for w in _WORDS.findall(text[max(start, q.start - 12 * reach) : q.start])][-reach:]
    verb = max((k for k, w in enumerate(words) if _starts(w, lex.change_stems, lex)), default=-1)
    return any(w in lex.conjunctions or w in lex.modal_words or w in lex.change_clause_breaks for w in words[verb + 1 :])


def _clause_after_comma(text: str, q: Quantity, start: int) -> str | None:
    """The words between a comma and ``q`` when there are some and no figure among them: a clause that
    began after the comma ("ветер усилится, порывы до 25 м/с": gusts of up to 25), whose own verb, if
    any, says what "to" is; else None."""
    before = text[max(start, q.start - 48) : q.start]
    comma = _clause_mark_end(before)
    clause = before[comma:] if comma >= 0 else ""
    return clause if comma >= 0 and _LETTER.search(clause) is not None and not any(c.isdigit() for c in clause) else None


def _clause_before(text: str, q: Quantity, start: int) -> str:
    """The text of ``q``'s clause before it: from the last clause mark (``_CLAUSE_MARK``) within 64 characters."""
    clause = text[max(start, q.start - 64) : q.start]
    return clause[max(0, _clause_mark_end(clause)) :]


def _clause_mark_end(before: str) -> int:
    """Where the last clause mark (``_CLAUSE_MARK``) in ``before`` ends, or -1."""
    return max((m.end() for m in _CLAUSE_MARK.finditer(before)), default=-1)


def _after_amount_of_change(text: str, q: Quantity, start: int, lex: Lexicon, percent: bool = True) -> bool:
    """The amount of a change right before "to" and its level, a comma or a dash between or not, with the
    verb before the amount ("повысил ключевую ставку сразу на 200 базисных пунктов, до 21%", "поднял цены
    на Lada Granta на 2,5%, до 859 900 рублей", "steeg in het derde kwartaal met 2,4 procent tot 22,4
    miljard euro", "увеличил чистую прибыль в 2,2 раза, до 73,5 млрд руб.", "сократил убыток почти в три
    раза — до 4,6 млрд"): the verb is looked for before the amount, among the eight words before it."""
    if not lex.change_amount_words:
        return False
    m = _change_amount_pattern(q.lang).search(text, max(start, q.start - 64), q.start)
    if m is None or ((year := _YEAR_AFTER_A_WORD.match(m.group())) is not None and int(year.group(1)) in CALENDAR_YEARS):
        return False  # (nor a year after a word of "of": "raddoppiati in vista delle Olimpiadi del 2026, fino a 50mila euro")
    if not percent and _a_percent_in(m.group(), lex):
        return False  # (``percent``: whether the amount may be a percent, "del 15%", "del 15 per cento")
    amount = replace(q, start=m.start())
    # (or a particle of a verb of change right before the amount, after its verb: "nam toe met 7,5 procent tot 16.300";
    # not "rondt het seizoen af met 30 procent korting tot 500 euro", ``change_particle_verbs``)
    if _after_change(text, amount, start, by=True, reach=8):
        return True
    # (the verb may stand a few words before its particle: "nam in een week toe met 35 procent, tot 412")
    words = _WORDS.findall(normalize(text[max(start, amount.start - 64) : amount.start]))[-5:] if lex.change_particle_verbs else []
    return len(words) > 1 and words[-1] in lex.change_particles and not lex.change_particle_verbs.isdisjoint(words[:-1])


_YEAR_AFTER_A_WORD = lazy(r"\p{L}+\s+(\d{4})(?!\d|[.,]\d|\s*%)")


def _a_percent_in(written: str, lex: Lexicon) -> bool:
    """Whether a few words hold a percent, its sign after a figure or a word of it ("del 15 per cento")."""
    words = f" {' '.join(map(normalize, _WORDS.findall(written)))} "
    return _PERCENT_SIGN_AFTER_FIGURE.search(written) is not None or any(
        f" {w} " in words for w in lex.values["PCT"] if w[:1].isalpha())


@cache
def _change_amount_pattern(lang: str) -> re.Pattern[str]:
    """The word of an amount of change, a figure and at most four words after it, or a number and a word
    of times ("в 2,2 раза"), and a comma, a dash or nothing, ending at a point; before a dash, up to seven words after
    the figure, or three after the word of times. (Each word is taken whole, ``++``: a word split into pieces would let
    a search that fails try every split.)"""
    lex = lexicon(lang)
    words, times = _alternatives(lex.change_amount_words), _alternatives(lex.times_words)
    spelled = _alternatives([*lex.values["NUMWORD"], *lex.values["DENOM"]])
    # (a multiple in one word is a word of times with its number: "упал почти вдвое, до 450 тыс.")
    wholes = f"|(?:{_alternatives(lex.glued_whole)})(?!\\w)" if lex.glued_whole else ""
    return compile_cached(
        rf"(?<!\w)(?:(?:(?:{words})\s+(?:[-+−]?\d[\d.,\u00a0\u202f ]*|(?:{spelled})(?!\w))(?:%|\s*[\w\-]++\.?){{0,4}}"
        rf"|[\w.,]+\s+(?:{times}){wholes})\s*[,—–]?"
        # (before a dash, a comparison or the time the change took between: "на 12% по сравнению с предыдущим кварталом —
        # до 58,3 млрд", "в 1,5 раза за три года — до 87 тыс.")
        rf"|(?:(?:{words})\s+(?:[-+−]?\d[\d.,\u00a0\u202f ]*|(?:{spelled})(?!\w))(?:%|\s*[\w\-]++\.?){{0,7}}"
        rf"|[\w.,]+\s+(?:{times})(?:\s+[\w\-]++){{0,3}})\s*[—–])\s*$",
        re.IGNORECASE,
    )


def _level_not_year(text: str, q: Quantity, start: int) -> bool:
    """Four bare digits the grammar read as a year, after a verb of change and "to", that are no year of
    the calendar news copy names (CALENDAR_YEARS), or none of recent years before points: the level reached, as
    "steeg tot 1012", "rose to 1045", "rose to 2105 points" (before points after any verb: "ليصل إلى 2105 نقاط"), or, before what it counts, the change: "rose by 1200 students" ("stijgen tot 2030", "до 1990
    года" stay years, and so do "by 1650", "from 1347": a deadline, a period; a level fallen from is
    read with the one reached, :func:`_levels_of_a_fall`)."""
    if q.is_range or not q.text.split()[-1].isdigit() or not _figure_not_in(q, RECENT_YEARS):
        return False
    lex = lexicon(q.lang)
    points = (after := _NEXT_WORD.match(text, q.end)) is not None and lex.fold(normalize(after.group(1))) in lex.points_words and (
        (then := _NEXT_WORD.match(text, after.end())) is None or (
            normalize(then.group(1)) not in lex.values["TO"] and normalize(then.group(1)) not in lex.points_not_before))
    # (not a verb, nor points of a phrase: "Extrapolating the trend to 2050 points to a shortfall", "إلى 1967 نقطة تحول")
    if not _figure_not_in(q, CALENDAR_YEARS) and not points:
        return False  # (a year of the calendar but for one far from now before points: "rose to 2105 points")
    word = normalize(q.qualifier) if q.qualifier is not None else _word_before(text, q, start)
    if points and word in lex.values["TO"]:
        return True  # (whatever verb: "ليصل إلى 2105 نقاط", to reach 2,105 points)
    if word in lex.change_amount_words:  # "rose by 1200 students" (not "had risen sixfold by 1650, ...")
        after = _NEXT_WORD.match(text, q.end)
        if after is None or not _is_counted(normalize(after.group(1)), lex) or not after.group(1).islower():
            return False
    elif word not in lex.values["TO"]:
        return False
    # (where the verb comes first, its subject stands between: "ارتفع عدد السلاحف التي أطلقت في البحر إلى 1200 سلحفاة")
    return _after_change(text, q, start, by=True, reach=_BY_REACH if lex.verb_first else 4)


def _measured_as_compared(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether ``q``, after a qualifier of ``measure_qualifiers``, is a measure, or a figure before a unit of measure,
    that the qualifier bounds: any unit ("faster than 10Mbps"), a temperature after one of ``heat_qualifiers`` ("warmer
    than 30C", "niet warmer zijn dan 30 graden"; not "cooler than 20 miles inland")."""
    unit = q.unit if q.kind is MEASURE else None
    if q.kind in (NUMBER, COUNT) and q.unit is None and (m := _measure_pattern(q.lang).match(text, q.end)) is not None:
        unit = _measure_unit(text, q, m, start, lex)
    return unit is not None and (normalize(str(q.qualifier)) not in lex.heat_qualifiers or is_temperature(unit))


@cache
def _comparison_tails(lang: str) -> frozenset[str]:
    """The last words of the language's words of comparison that are no word of "from" or "to" ("against", "with" of
    "compared with", "contre", "مقابل"; not "to" of "compared to")."""
    lex = lexicon(lang)
    tails = (form.split()[-1] for form in lex.comparison_words)
    return frozenset(w for w in tails if w not in lex.values["FROM"] and w not in lex.values["TO"] and w not in lex.partitive)


def _a_year_next_in(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a preposition and a year follow ``end``, a word of years between or none ("in 2018", "في عام 2018", "nel
    2018")."""
    words = _WORDS_THEN_A_YEAR.match(text, end)
    if words is None:
        return False
    said = [normalize(w) for w in words.group(1).split()]
    return (_prefixed_in(lex, said[0], lex.prepositions) and said[0] not in lex.values["TO"]
            and all(w in lex.values["YEAR_BEFORE"] for w in said[1:]))


_WORDS_THEN_A_YEAR = lazy(rf"[ \u00a0]+((?:\p{{L}}[\p{{L}}\p{{M}}]*[ \u00a0]+){{1,2}})(?:[1١][89٨٩]|[2٢][0٠])[{DIGITS}]{{2}}(?![{DIGITS}])")


def _figure_not_in(q: Quantity, years: range) -> bool:
    return isinstance(q.value, Decimal) and int(q.value) not in years


def _a_level_not_a_year(low: Quantity, high: Quantity) -> bool:
    """Whether the first of two levels, read as a year, is a level in the unit the second writes: the second is money, a
    percent or a measure in no scale, of like size (a tenth to ten times it): "cut rations from 2100 to 1500 kcal", "с 2100
    до 1500 ккал", "с 2050 до 2600 долларов" (a figure no recent year, or a round hundred within twice the second: "с 2000
    до 2500 рублей"; "from 2019 to 2023" are years, and so is "The cap rises from 2026 to £500 a week")."""
    if (low.kind is not YEAR or not low.text.isdigit() or high.scale is not None or not _within(low, high, 10) or not (
            _figure_not_in(low, RECENT_YEARS) or (isinstance(low.value, Decimal) and low.value % 100 == 0 and _within(low, high, 2)))):
        return False  # (most pairs: told before the words are looked at)
    if high.kind is COUNT and high.noun is not None:  # (a measure not read yet: its unit is the noun counted)
        noun = normalize(high.noun)
        return noun in _unit_first_words(high.lang) or high.noun in lexicon(high.lang).measure_symbols  # ("1500 سعرة حرارية")
    return high.kind in (MEASURE, CURRENCY, PERCENT)


@cache
def _unit_first_words(lang: str) -> frozenset[str]:
    """The words of measure (``measure_words``) and the first word of each of several: "سعرة" of "سعرة حرارية"."""
    return frozenset(w.split(" ", 1)[0] for w in lexicon(lang).measure_words) | frozenset(lexicon(lang).measure_words)


def _in_a_title(text: str, q: Quantity, start: int) -> bool:
    """Whether ``q`` stands inside quotation marks that hold three words at most, the figure among them, written as a
    title: the figure alone or with a title's capitals ("22", « 7 Rings », «50 Special», « Deux frères », "ولاد رزق 3"; not
    "his figure of "a hundred thousand" applications", "He said "500 jobs" would go", "the 2008 crisis", nor words quoted
    as said, "We hired 40," he said)."""
    closing = _CLOSE_QUOTE_AFTER.match(text, q.end)  # (anchored, asked first: most figures have no quote after them)
    if closing is None:
        return False
    opening = _OPEN_QUOTE_BEFORE.search(text, max(start, q.start - 32), q.start)
    if opening is None:
        return False
    inner = text[opening.end() : closing.end() - 1].strip()
    if (q.qualifier is not None or len(_WORDS_OR_FIGURES.findall(inner)) > 3 or inner[-1:] in ",.;:!?"
            or not isinstance(q.value, Decimal) or q.value != q.value.to_integral_value()):
        return False  # (words quoted as said, "We hired 40," he said; a share, "the "3 in 10" figure")
    if inner == q.text:
        return True  # "22", « 23 »
    # (a title's capital on its first word, and on the word after a figure that opens it: « 7 Rings », « Deux frères »;
    # not "500 jobs", "the 2008 crisis", "a hundred thousand"; a script with no capitals, any: "ولاد رزق 3")
    first = _WORDS.search(inner)
    return first is not None and (first.group()[0].isupper() or first.group()[0].lower() == first.group()[0].upper())


_OPEN_QUOTE_BEFORE = lazy(r"(?:^|(?<=[\s(]))[«“„\"‹](?=[^«»“”„\"‹›]*$)")
_CLOSE_QUOTE_AFTER = lazy(r"[^«»“”„\"‹›.!?]{0,32}?[»”\"›](?![\p{L}\d])")
_WORDS_OR_FIGURES = lazy(r"[\p{L}\d]+(?:[.,][\d]+)?")


def _as_level(q: Quantity) -> Quantity:
    """A figure read as a year, as the plain number it is."""
    bound = EXACT if q.bound is AT_MOST else q.bound  # ("tot", "до": the level reached)
    return replace(q, kind=NUMBER, bound=bound, precision=Decimal("0.5"))


def _passed(text: str, q: Quantity, start: int, lex: Lexicon) -> Quantity:
    """A word of passing (``passing_words``) between a verb of change and a figure bounds it from below:
    "Debt climbed past $34 trillion", "surged past 5,000 points" (not "over the past 5 years"); so between a figure and
    a verb that moves its object past it, five words before at most (``passing_verbs``): "taking the year's total past
    $12bn", "lifted the group's annual revenue past £2bn" (not "taking the past 12 months")."""
    if not lex.passing_words:
        return q  # (a language with none: the words before are not read)
    words = _WORDS.findall(text[max(start, q.start - 72) : q.start])[-7:]
    if len(words) < 2 or normalize(words[-1]) not in lex.passing_words or not (
            _starts(normalize(words[-2]), lex.change_stems, lex)
            or (not lex.passing_verbs.isdisjoint(normalize(w).lower() for w in words[:-2])
                and normalize(words[-2]).lower() not in lex.values["ARTICLE"])):
        return q
    at = text.rindex(words[-1], max(start, q.start - 40), q.start)
    return replace(q, bound=MORE_THAN, qualifier=words[-1], start=at, text=text[at : q.end])


def _qualified_past_an_adverb(text: str, q: Quantity, start: int, lex: Lexicon) -> Quantity:
    """A qualifier with an adverb of time or degree between it and the figure (``qualifier_adverbs``), and
    its article after the adverb or none, bounds the figure as it does written next to it: "dépasse désormais
    600 euros", "superano ormai i 17 euro", "overschrijden inmiddels 2 miljard euro", "превысили уже 400
    тысяч рублей". Only after a verb (``qualifier_adverbs``: ``verbs``), with spaces alone between: not
    "vanaf nu 3 euro", "opgelopen tot inmiddels 14 weken", "salaire minimum, désormais 1 801 euros". A figure bounded
    already, or a range, is returned as it is."""
    if q.bound is not EXACT or q.qualifier is not None or q.is_range or not lex.qualifier_adverbs:
        return q
    if lex.qualifier_adverb_ends.isdisjoint(map(str.lower, text[max(start, q.start - 48) : q.start].split()[-3:])):
        return q  # (no adverb among the three words before: the common case, told without a pattern)
    if _few_things(text, q, lex):
        return q  # "les camions dépassent souvent 3 voitures": overtaken, no amount exceeded
    words = list(_WORD_SPANS.finditer(text, max(start, q.start - 96), q.start))[-8:]
    if (text[words[-1].end() : q.start].strip() if words else True) or _word_after_in(text, q, lex.times_words):
        return q  # (a sign or a figure between: no qualifier of it; "dépassé déjà deux fois": how often)
    written = [normalize(w.group()) for w in words]
    for k in range(len(words) - 1, 0, -1):
        # (an adverb of several words ends at k: "pour la première fois", "per la prima volta")
        size = next((n for n in range(1, min(k, _ADVERB_WORDS) + 1) if " ".join(written[k - n + 1 : k + 1]) in lex.qualifier_adverbs), 0)
        if not size:
            continue
        verb = k - size
        if not written[verb].startswith(lex.qualifier_adverb_verbs) or any(
            text[a.end() : b.start()].strip() for a, b in zip(words[verb:], words[verb + 1 :])
        ):
            return q  # a verb only, and words with only spaces between ("salaire minimum, désormais 1 801 euros", "tot nu")
        k = verb + 1
        phrase = " ".join(normalize(w.group()) for w in (words[k - 1], *words[k + size :]))
        bound = lex.qualifier_bounds.get(phrase)
        if bound is None or not all(normalize(w.group()) in lex.values["ARTICLE"] for w in words[k + size :]):
            return q
        at = words[k - 1].start()
        return replace(q, bound=Bound(bound), qualifier=text[at : words[-1].end()], start=at, text=text[at : q.end])
    return q


_WORD_SPANS = lazy(r"\p{L}+(?:['’]\p{L}+)?")
_ADVERB_WORDS = 4  # the most words an adverb of ``qualifier_adverbs`` is written with


def _a_peak(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a ceiling written with its article ("a maximum of", "un massimo di", "un maximum de") follows a
    verb of reaching in its clause (``peak_verbs``): "reached a maximum of 41 degrees", "ha toccato un massimo
    di 41 gradi" (not "potrà ricevere un massimo di 500 euro")."""
    if q.qualifier is None or not q.text.startswith(q.qualifier):
        return False
    if normalize(q.qualifier).split(" ", 1)[0] not in lex.values["INDEF"]:
        return False
    words = _clause_words_before(text, q.start, start, lex)[-4:]
    # the verb in its clause, only articles, prepositions, weekdays, months, units of time, years and days of a month
    # after it, or a language's words of time (``time_adverbs``: "a culminé à un maximum", "bereikte maandag een
    # maximum", "bereikte op 12 juli een maximum", "ha toccato ieri un massimo"; not "Wie de leeftijd bereikt krijgt een
    # maximum", "qui ont atteint 67 ans toucheront un maximum", nor English "the deal reached yesterday a maximum of
    # 2,000 migrants will be", where such a word of time follows a participle), no modal right before it
    # ("fines can hit a maximum of £10,000" is a ceiling)
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word.startswith(lex.peak_verbs):
            return not (k and words[k - 1] in lex.modal_words)
        categories = lex.classify("word", lex.fold(word))
        if not (word in lex.values["ARTICLE"] or word in lex.prepositions or word in lex.time_adverbs
                or categories and _TIME_WORDS.issuperset(categories)):
            return False
    return False


# A year of the calendar right before a point ("In 2023 a quarter said": no amount; "£1950 a quarter" is one).
_YEAR_BEFORE = lazy(r"(?<![\d.,$€£¥₽])(?:1[89]|2[01])\d\d[ \u00a0]+$")
# What may stand between a verb of reaching and a maximum: words of time ("maandag", "vorig jaar").
_TIME_WORDS = frozenset({"WEEKDAY", "MONTH", "DUR", "ARTICLE"})


def _change_in_clause(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a verb of change (or one whose object is the change) is among the four words before ``q`` in its
    clause, with a conjunction written onto it or not ("ha guadagnato 2030 punti", "وخسر مؤشر نيكاي 2000 نقطة")."""
    stems, whole = lex.change_stems + lex.change_by_stems, lex.change_any_whole
    words = _clause_words_before(text, q.start, start, lex)[-4:]
    return any(_starts(w, stems, lex) or _whole_at(words, k, whole, lex.and_words)
               or (w[:1] in lex.prefixes and _starts(w[1:], stems, lex)) for k, w in enumerate(words))


def _whole_at(words: list[str], k: int, whole: frozenset[str], ands: frozenset[str]) -> bool:
    """Whether one of ``whole`` (a word, or a phrase of two or three) starts at ``words[k]``, with no "and" right after
    it: "will go up" (not "go up and down from £5 to £50", a range)."""
    return bool(whole) and any(
        " ".join(words[k : k + n]) in whole and (k + n >= len(words) or words[k + n] not in ands) for n in (1, 2, 3))


def _from_figure_after(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether "from" and a figure follow ``q``: "passé de 2019 à 2023 de 8,4 % à 7,1 %"."""
    word = _NEXT_WORD.match(text, q.end)
    return word is not None and normalize(word.group(1)) in lex.values["FROM"] and _FIGURE_NEXT.match(text, word.end()) is not None


def _clause_words_before(text: str, at: int, start: int, lex: Lexicon) -> list[str]:
    """The words of the clause that ends at ``at``, normalised: cut at a clause mark, a sentence's end or a figure
    other than a year or a day of a month (within 64 characters)."""
    before = text[max(start, at - 64) : at]
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(before)]
    for m in _FIGURE_RUN.finditer(before):
        if len(m.group()) == 4 and int(m.group()) in CALENDAR_YEARS:
            continue  # a year: "bereikte in 2021 een maximum"
        word = _NEXT_WORD.match(before, m.end())
        if word is not None and "MONTH" in lex.classify("word", lex.fold(word.group(1))):
            continue  # a day of a month: "toccato il 12 luglio un massimo di"
        cuts.append(m.end())
    return [normalize(w) for w in _WORDS.findall(before[max([0, *cuts]) :])]


_CLAUSE_CUT = lazy(r"[,;:()،؛.!?…]")


def _aged(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a word of age (``age_before_words``) stands right before ``q``, or before the figures listed
    before it: "a man aged 45", "two men aged 24 and 27", "aged 18, 19 or 24"; or one of
    ``age_before_clause_end`` where the clause ends after it: "has died at 88."."""
    # (where the clause ends with the sentence, or before a comma above the hours of a clock: "Two miners died at 3, an
    # hour before"; "The student died at 19, police said")
    if lex.age_when and _age_when(text, q, start, lex):
        return True
    if _aged_pattern(q.lang, False).search(text, max(start, q.start - 48), q.start) is None and not (
        lex.age_before_clause_end and (end := _CLAUSE_ENDS_HERE.match(text, q.end)) is not None
        and ((isinstance(q.value, Decimal) and q.value > 12) or end.group().strip()[:1] not in (",", ")"))
        and _aged_pattern(q.lang, True).search(text, max(start, q.start - 48), q.start) is not None
    ):
        return False
    # "the age of 10 of the victims", "l'età di 2 dei feriti", "عن عمر 3 من الضحايا", "the age of 10 victims": a count
    # (not "died at the age of 90 of complications", "عن عمر 88 من دون": "of" and no article)
    return not (_partitive_next(text, q, lex) or _count_noun_next(text, q.end, lex))


def _age_when(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a bare figure below 120 stands between a verb of being (``age_when``: ``before``) and a word of "when"
    (``after``, a comma between or none): "She was 17 when she joined the Royal Ballet", "Ze was 19 toen ze debuteerde",
    "Ему было 37, когда вышла первая книга" (not "The toll was 17 when the rescuers left": a count has its noun before the
    verb, which a person's age has not: a pronoun or a name, ``age_when``: ``subjects`` or a capital)."""
    if not (q.text.isdigit() and isinstance(q.value, Decimal) and q.value < 120):
        return False
    after = _COMMA_WORD_OR_WORD.match(text, q.end)
    if after is None or normalize(after.group(1)) not in lex.age_when["after"]:
        return False  # (asked first: most figures have no word of "when" after them)
    before = _WORDS.findall(text[max(start, q.start - 32) : q.start])[-2:]
    if len(before) < 2:
        return False
    subject, verb = before
    return normalize(verb) in lex.age_when["before"] and (normalize(subject) in lex.age_when["subjects"] or subject[:1].isupper())


_COMMA_WORD_OR_WORD = lazy(r",?[ \u00a0]+(\p{L}+)")
# A figure, its noun or none and one word, then the end (a word of "by" follows): "до 1,41 ребёнка на " before "одну
# женщину".
_LEVEL_AND_NOUN_BEFORE = lazy(r"\d(?:[ \u00a0]+\p{L}+)?[ \u00a0]+\p{L}+[ \u00a0]+$")


# After a figure, a comma and the word after it.
_COMMA_WORD = lazy(r",[ \u00a0]+(\p{L}+)")


def _an_age_opening(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a figure is an age opening a sentence after a word of ``age_at_start`` (``words``), a comma after it and
    then a pronoun of a person (``subjects``), or a name and, in its clause, a word of age (``hints``): "At 62, she
    retired", "At 29, Kibet is the youngest winner" (not "At 80, the index stood", "At 72, Woods was tied for the lead",
    "At 45, Apple's shares look cheap")."""
    opening = _ANY_PREV_WORD.search(text, max(start, q.start - 16), q.start)
    if (opening is None or normalize(opening.group(1)) not in lex.age_at_start["words"]
            or not _at_sentence_start(text, opening.start(1), start)):
        return False
    after = _COMMA_WORD.match(text, q.end)
    if after is None:
        return False
    word = normalize(after.group(1))
    if word in lex.age_at_start["subjects"]:
        return True
    clause = _CLAUSE_CUT.search(text, after.end(), min(len(text), after.end() + 80))
    rest = _WORDS.findall(normalize(text[after.end() : clause.start() if clause else min(len(text), after.end() + 80)]))
    return after.group(1)[:1].isupper() and not lex.age_at_start["hints"].isdisjoint(rest)


def _partitive_next(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether a partitive word follows ``q`` with an article: contracted with one ("dei", "des"), or before one, or
    before a word with the article written on ("of the victims", "van de verdachten", "من الضحايا")."""
    after = _NEXT_WORD.match(text, q.end)
    if after is None or (word := normalize(after.group(1))) not in lex.partitive:
        return False
    if word not in lex.values["OF"]:
        return True
    following = _NEXT_WORD.match(text, after.end())
    return following is not None and (normalize(following.group(1)) in lex.values["ARTICLE"]
                                      or normalize(following.group(1)).startswith(lex.definite_prefixes or ("\0",)))


@cache
def _aged_pattern(lang: str, at_clause_end: bool) -> re.Pattern[str]:
    lex = lexicon(lang)
    joins = _alternatives([*lex.and_words, *lex.values["OR"]])
    words = lex.age_before_clause_end if at_clause_end else lex.age_before_words
    phrases = _alternatives(words).replace("\\ ", "[ \u00a0]+") or "(?!)"  # (a phrase's spaces as written: "at the\u00a0age of")
    # (a word of "only" may stand between: "aged just 17", "died at only 19.")
    only = rf"(?:[ \u00a0]+(?:{_alternatives(lex.only_words)}))?" if lex.only_words else ""
    return compile_cached(rf"(?<!\w)(?:{phrases}){only}(?:[ \u00a0]+[0-9]{{1,3}}(?:,|[ \u00a0]+(?:{joins})))*[ \u00a0]+$",
                          re.IGNORECASE)


def _an_age_turned(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether ``q`` follows a verb of turning an age (``age_verbs``; not a noun, after a preposition or an article:
    "at turn 4"), with no figure but a year before it in its clause ("Из 10 обещаний исполнилось 3"; "In 2019 she turned
    50"; but the count of the people whose verb it is, "600,000 people turn 65 every year"), and the clause ends after it,
    or a word of time follows, or a preposition that is no word of "to" or "from",
    before no figure but a year: "turns 90 next month", "turned 50 in 2019", "turned 30 during the pandemic",
    "Мацуеву исполнилось 49." (not "turned 50 points higher", "turned 90 to starboard", "turned 20 in 10 minutes")."""
    words = _two_words_before(text, q, start)
    verb = _ANY_PREV_WORD.search(text, max(start, q.start - 32), q.start)
    if verb is not None and verb.group(1)[:1].isupper():
        return False  # ("Turn 4 on the opening lap": a noun opening a sentence)
    if not words or words[-1] not in lex.age_verbs or (len(words) == 2 and (
            (words[0] in lex.prepositions and words[0] not in lex.values["TO"]) or words[0] in lex.values["ARTICLE"])):
        return False  # ("at turn 4", "the turn 3"; "set to turn 100" is the verb)
    before = text[max(start, q.start - 48) : q.start]
    people = len(words) == 2 and bool(lex.age_groups) and words[0] in lex.age_groups["after"]
    if not people and not _only_years(before[max(0, _clause_mark_end(before)) :]):
        return False  # (but the count of people who turn it: "600,000 people turn 65 every year")
    if _CLAUSE_ENDS_HERE.match(text, q.end):
        return True
    word = _NEXT_WORD.match(text, q.end)
    if word is None or word.start(1) == q.end:
        return False  # (a word written onto the figure: "turned 50s")
    written = normalize(word.group(1))
    if written in lex.time_words_after or written in lex.time_adverbs:
        return True
    if written not in lex.prepositions or written in lex.values["TO"] or written in lex.values["FROM"]:
        return False
    return _YEAR_NEXT.match(text, word.end()) is not None or _FIGURE_NEXT.match(text, word.end()) is None


def _an_age_turned_to(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a verb of turning an age written after the figure (``age_verbs_after``, as Dutch puts its verbs last)
    stands right after ``q`` and ends its clause, with no figure but a year before it in its sentence: "die volgende
    maand 100 wordt,", "toen hij 25 werd.", "is 96 geworden." (not "100 wordt vervangen", "Het aantal besmettingen,
    vorige week nog 80, is nu 120 geworden")."""
    verb = _NEXT_WORD.match(text, q.end)
    if verb is None or verb.start(1) == q.end or normalize(verb.group(1)) not in lex.age_verbs_after or not (
            _CLAUSE_ENDS_HERE.match(text, verb.end())):
        return False
    return _only_years(_sentence_before(text, q.start, start))


def _only_years(written: str) -> bool:
    """Whether every figure in ``written`` is a year of the calendar: before a verb of turning an age, no figure but a
    year stands in its clause ("In 2019 she turned 50"; not "Из 10 обещаний исполнилось 3")."""
    return all(int(f) in CALENDAR_YEARS for f in _FIGURE_IN.findall(to_ascii_digits(written)))


def _rate_base(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a word of an exchange rate (``exchange_rate_words``) stands right before ``q``, and a currency
    word or sign or a bare figure right before it: "160 yens pour un dollar", "92 рубля за один доллар", "lo
    yen a 164 per un euro", "$200 for one night" (not "racheté pour un euro", a stake's price "il 51% per un euro simbolico", "40
    cents for a dollar of book value", nor after a year or a day: "in 2019 for a dollar", "on March 3 for a dollar")."""
    words = _two_words_before(text, q, start)
    if not words or words[-1] not in lex.exchange_rate_words:
        return False
    if len(words) == 2 and (not {"CUR_WORD", "CUR_SIGN"}.isdisjoint(lex.categories.get(lex.fold(words[0]), ()))
                            or any(words[0] in forms for forms, _ in lex.currency_by_country)):
        return True  # (a currency named by the country too: "0,9420 franc pour un euro", "3,37 dinars pour un euro")
    word = _ANY_PREV_WORD.search(text, max(start, q.start - 32), q.start)
    figure = _FIGURE_ENDS_HERE.search(text, max(start, word.start(1) - 32), word.start(1)) if word is not None else None
    if figure is None or (len(figure.group(1)) == 4 and int(to_ascii_digits(figure.group(1))) in CALENDAR_YEARS):
        return False  # (not a year: "bought the club in 2019 for a dollar")
    month = _ANY_PREV_WORD.search(text, max(start, figure.start(1) - 24), figure.start(1))
    return month is None or lex.fold(normalize(month.group(1))) not in lex.values["MONTH"]  # (nor a day: "on March 3 for a dollar")


_FIGURE_ENDS_HERE = lazy(r"([0-9٠-٩]+)[ \u00a0]*$")


def _two_words_before(text: str, q: Quantity, start: int) -> list[str]:
    """The (at most) two words right before ``q``, normalised, signs and figures passed over."""
    return _WORDS.findall(normalize(text[max(start, q.start - 40) : q.start]))[-2:]


def _word_before(text: str, q: Quantity, start: int) -> str:
    """The word right before ``q`` (spaces between), normalised, or "" (a sign or a sentence start)."""
    return _word_before_at(text, q.start, start)


def _article_one_range(text: str, q: Quantity, start: int, lex: Lexicon) -> Quantity | None:
    """The upper end alone of a range an article opens ("un à deux jours": :meth:`QuantityBuilder.range_one_to`) where a
    pronoun of the amount stands among the three words before (``partitive_pronouns``: the article is the pronoun's one, and
    the rest a quantity of its own: "Il en a marqué un à deux minutes de la fin", "Ne ha segnato uno a due minuti dalla
    fine"), or where the range is a bare number that counts no noun after it (a score: "ha perso uno a due contro l'Inter";
    "un ou deux blessés" is a range). None elsewhere."""
    if q.value != 1 or (words := _ARTICLE_AND_SEPARATOR.match(q.text)) is None or normalize(words.group(1)) not in lex.values["INDEF"]:
        return None
    before = [normalize(w) for w in _WORDS_AND_ELISIONS.findall(text[max(start, q.start - 40) : q.start])[-3:]]
    bare = q.kind is NUMBER and q.scale is None and q.unit is None and not _counts_the_noun_after(text, q.end, lex, q.range_to)
    if not bare and lex.partitive_pronouns.isdisjoint(before):
        return None
    begin = q.start + words.end()
    return replace(q, start=begin, text=text[begin : q.end], value=q.range_to, range_to=None)


_ARTICLE_AND_SEPARATOR = lazy(r"(\p{L}+)[ \u00a0]+\p{L}+['’]?[ \u00a0]*")
_WORDS_AND_ELISIONS = lazy(r"\p{L}+(?:['’](?=\p{L}))?")


def _after_a_preposition_and_article(text: str, at: int, start: int, lex: Lexicon) -> bool:
    """Whether the article and a preposition before it stand before the word at ``at``: "in de | zaal", "In the | hall"."""
    words = _WORDS.findall(normalize(text[max(start, at - 32) : at]))[-2:]
    return len(words) == 2 and words[1] in lex.values["ARTICLE"] and words[0] in lex.prepositions


def _opens_a_place(text: str, at: int, start: int, lex: Lexicon) -> bool:
    """Whether a preposition or an article stands before the noun of a place at ``at`` (``place_openers``), apart from
    it or elided onto it: "at gate 42", "nell'aula 12", "dans l'amphi 3"."""
    return _word_or_elision_before(text, at, start) in lex.place_openers


def _word_or_elision_before(text: str, at: int, start: int) -> str:
    """The word right before ``at``, normalised, or the word elided onto it with its apostrophe ("nell'", "all'"), or ""."""
    if text[at - 1 : at] in ("'", "’") and at - 1 > start:
        elided = _ANY_PREV_WORD_ELIDED.search(text, max(start, at - 16), at)
        return normalize(elided.group(1)) + "'" if elided is not None else ""
    return _word_before_at(text, at, start)


_ANY_PREV_WORD_ELIDED = lazy(r"(?r)(?<!\p{L})(\p{L}+)['’]$")


def _word_before_at(text: str, at: int, start: int) -> str:
    """The word right before ``at`` (spaces between), normalised, or "" (a sign or a sentence start)."""
    before = _ANY_PREV_WORD.search(text, max(start, at - 32), at)
    return normalize(before.group(1)) if before is not None else ""


def _vague_before(text: str, q: Quantity, start: int, forms: frozenset[str]) -> bool:
    """Whether the one or two words right before ``q`` are a form of ``forms``: "several", "couple of"."""
    before = text[max(start, q.start - 32) : q.start]
    words = normalize(before).split()[-2:] if before[-1:].isspace() else []
    return bool(words) and (words[-1] in forms or " ".join(words) in forms)


def _is_pronoun(text: str, q: Quantity, start: int) -> bool:
    """ "which one", "that one": a number word that a determiner makes a pronoun; so does the indefinite
    article and one word before it, where it ends the clause ("a fair one,", "not an unreasonable one"); not one written
    onto the unit after it ("the one-kilometre mark")."""
    lex = lexicon(q.lang)
    if normalize(q.text) not in lex.pronoun_forms or (
            text[q.end : q.end + 1] == "-" and _a_unit_next(text, q.end + 1, lex)):
        return False
    if _word_before(text, q, start) in lex.pronoun_after:
        return True
    words = _two_words_before(text, q, start)
    return (len(words) == 2 and words[0] in lex.values["INDEF"] and words[1] not in lex.categories
            and words[1] not in lex.pronoun_counting and _CLAUSE_END_AFTER.match(text, q.end) is not None)


# The end of a clause right after a word: a mark, a closing quote, or the end of the text.
_CLAUSE_END_AFTER = lazy(r"\s*(?:[,;:.!?)\]\"”’»—–]|$)")


_HYPHEN_WORD = lazy(r"[\-‐]\p{L}")
_FIGURE_BEFORE = lazy(r"\d\p{L}{0,3}[ \u00a0]*$")  # "10 min", "de 90e min"
_PLUS_OR = frozenset({"plus", "or", "of", "ou", "o", "или", "أو"})


def _is_unit_after_figure(text: str, q: Quantity, start: int) -> bool:
    """ "10 min een pauze": a minus word right after a figure is its unit (minutes), not a sign; and
    "min een" is minus one only standing alone ("het antwoord is min een"), not in "plus min een
    miljoen", "min een penalty", "plus or minus a year"."""
    lex = lexicon(q.lang)
    words = q.text.split()
    if not words or normalize(words[0]) not in lex.values["NEG"]:
        return False
    if _FIGURE_BEFORE.search(text, max(start, q.start - 16), q.start) is not None:
        return True
    if len(words) == 2 and normalize(words[1]) in lex.values["INDEF"]:
        return _NEXT_WORD.match(text, q.end) is not None or _word_before(text, q, start) in _PLUS_OR
    return False


def _next_word_forms(text: str, end: int) -> tuple[str, set[str]] | None:
    """The word after ``end`` as a lookup key, and the forms it may be listed under: itself and its
    elided head ("d'heure" also as "d'")."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return None
    word = normalize(after.group(1))
    return word, ({word, word[: word.index("'") + 1]} if "'" in word else {word})


def _is_noun_not_number(text: str, q: Quantity) -> bool:
    """ "une quarantaine stricte" is a quarantine; "une quarantaine de pays" is about forty: where the
    language links a number to its noun ("de", "di"), a round number word needs that link, or a
    preposition, a plural article or the clause's verb after it where it is no other noun ("dont une trentaine en France",
    "une soixantaine sont tombés"; "una
    trentina i feriti", as headlines and tallies write it, not "una trentina la nuova campionessa", a woman
    of Trentino; not "une quarantaine à domicile", ``approximate_homographs``)."""
    lex = lexicon(q.lang)
    words = q.text.split()
    if len(words) != 2 or normalize(words[1]) not in lex.values["APPROX"] or not lex.values["CUR_LINK"]:
        return False
    after = _next_word_forms(text, q.end)
    if normalize(words[1]) not in lex.approximate_homographs and (
        (after is not None and (after[0] in lex.prepositions or after[0] in lex.plural_articles or after[0] in lex.verbs_after_figures))
        or _word_before(text, q, 0) in _last_words(q.lang, "part_words")
    ):
        # (nor before the clause's verb: "une soixantaine sont tombés", "una decina sono rimasti feriti"; nor after a word of
        # a part: "22 senneurs, dont une dizaine opèrent", "di cui una ventina")
        return False
    return after is not None and not after[1] & lex.values["CUR_LINK"].keys()


@cache
def _last_words(lang: str, key: str) -> frozenset[str]:
    """The last word of each phrase of a language's list ``key``: "cui" of "di cui"."""
    return frozenset(w.split()[-1] for w in getattr(lexicon(lang), key))


def _is_rank(text: str, q: Quantity) -> bool:
    """ "a third term", "un troisième mandat", "een derde termijn", "a fifth year", "one twenty-first
    century coronation": an article (or one) and an ordinal before a noun rank it; "a third of the
    budget", "a fifth." are shares."""
    written = q.text.split()
    if len(written) < 2:
        return False  # (most figures: one word, which ranks nothing)
    lex = lexicon(q.lang)
    words = [w for w in written if w.strip("-–‐")]  # "one - fourth"
    if len(words) not in (2, 3) or lex.partitive_case:
        return False  # (Russian ranks take no "one": "одна пятая бюджета" is a fifth of it)
    ordinal = normalize(words[-1] if q.kind is not DURATION else words[-2])
    if ordinal in lex.fraction_only or (ordinal not in lex.values["DENOM"] and lex.ordinal_value(ordinal) is None):
        return False
    numerator = " ".join(words[:-1] if q.kind is not DURATION else words[:-2])
    if not (normalize(numerator) in lex.values["INDEF"] or lex.values["NUMWORD"].get(normalize(numerator)) == 1):
        return False
    if len(words) == 3:  # "a third day", "een vijfde jaar" (but "a half day" is a duration)
        # (not a fraction "of" the unit, the word elided onto it: "un quarto d'ora", a quarter of an hour)
        elided = normalize(words[-1]).replace("’", "'").partition("'")
        return q.kind is DURATION and not (elided[1] and elided[0] + "'" in lex.values["OF"])
    if _HYPHEN_WORD.match(text, q.end):
        return True  # "a third-party vendor", "a fifth-straight gain"
    if _by_a_fraction(text, q, 0) or _after_part_word(text, q, 0, listing=False):
        # "shares have fallen by a third since their peak" (not "paid by a third party"); "of whom a third are"
        # (not after a word that lists: "including a third place in Rome")
        return False
    after = _next_word_forms(text, q.end)
    # "a third term"; "a twenty-first century coronation" (a unit of time after an ordinal ranks it); no
    # preposition ("di cui un terzo in Italia"), no word of difference ("a third more than last year", "een derde minder")
    return after is not None and not after[1] & lex.partitive and after[0] not in lex.prepositions and (
        after[0] not in lex.difference_words) and (after[0] not in lex.categories or after[0] in lex.values["DUR"])


def _a_pair_of_one(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether ``q`` ends in a word of two, a pair or a couple (``multipliers``, ``approximate_numbers``),
    before one of the nouns that name one thing of two parts, or an idiom (``pair_nouns``), or a word before that noun
    ("a pair of prescription glasses", "a pair of running shoes")."""
    if _PAIRS.isdisjoint(lex.categories.get(lex.fold(q.text.rpartition(" ")[2]), ())):
        return False
    noun = _word_after_of(text, q, lex)
    if noun is None:
        return False
    if noun.startswith(lex.pair_nouns):
        return True
    after = _NEXT_WORD.match(text, _NEXT_WORD.match(text, q.end).end())  # type: ignore[union-attr]
    if after is not None and lex.fold(after.group(1)) == noun:
        after = _NEXT_WORD.match(text, after.end())  # (past the noun when "of" came first)
    return after is not None and lex.fold(after.group(1)).startswith(lex.pair_nouns)


# What follows a year a period qualifier stands before, "during" it: a clause mark or "and" another year ("Over
# 2020, sales fell", "Prices rose 12% over 2021."; not "Ether climbed over 2000 on Monday"); _finish also takes an
# article, which opens the clause's subject ("Over 2023 the company cut 500 jobs").
_PERIOD_ENDS = lazy(rf"[ \u00a0]*(?:[,.;:!?)]|$|and[ \u00a0]+[{DIGITS}])")


def _round_number_before_a_number(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether ``q`` ends in a round number ("a couple", "un paio", "une dizaine") that a number word, a
    scale, a fraction or another round number follows, with "of" or without, which it does not read:
    "a couple hundred thousand dollars" is not two, "un paio di centinaia di persone" (a couple of hundred)
    not about two."""
    if "APPROX" not in lex.categories.get(lex.fold(q.text.rpartition(" ")[2]), ()):
        return False
    word = _word_after_of(text, q, lex)
    return word is not None and not _NUMBER_AFTER_ROUND.isdisjoint(lex.categories.get(word, ()))


def _word_after_of(text: str, q: Quantity, lex: Lexicon) -> str | None:
    """The word after ``q``, or after the word of "of" that follows it, folded: "a pair of | jeans"."""
    after = _NEXT_WORD.match(text, q.end)
    if after is not None and lex.fold(after.group(1)) in lex.values["OF"]:
        after = _NEXT_WORD.match(text, after.end())
    return None if after is None else lex.fold(after.group(1))


_PAIRS = frozenset({"MULT", "APPROX"})
_NUMBER_AFTER_ROUND = frozenset({"NUMWORD", "SCALE", "DENOM", "MULT", "APPROX"})


def _heads_an_ordinal(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether a spelled number is the head of an ordinal written with spaces, a rank and no quantity:
    "the forty fifth president", "the one hundred and tenth anniversary", "la cent vingtième
    édition", "сорок пятый съезд", "в семьдесят пятую годовщину". The
    number and the ordinal (read as a fraction's denominator, or the word after) make one number in
    the order numbers are written, 45, 110, 120, 75; a fraction's numerator does not ("three fifths",
    "одна пятая"), and a plural keeps a fraction ("one hundred thirty fifths"). Only in languages that
    write a compound ordinal's words apart (``spaced_ordinal_plurals``: not "centoventesima",
    "honderdtwintigste", so "twintig vijfde" is 20/5). Not a unit of time: "a forty second ad"."""
    if q.text[:1] in _ASCII_DIGITS or _DIGIT.search(q.text):
        return False  # ("40 fifth graders" counts pupils)
    head, _, last = q.text.rpartition(" ")
    if head and "DUR" in lex.categories.get(lex.fold(last), ()):
        head, _, last = head.rpartition(" ")  # "on the forty fifth day": the day's rank (was 8 days)
    if head and _an_ordinal_after(lex, head, last):
        return True
    after = _NEXT_WORD.match(text, q.end)
    joint = ""
    if after is not None and normalize(after.group(1)) in lex.values["AND"]:
        joint = after.group(1) + " "  # "one hundred and tenth"
        after = _NEXT_WORD.match(text, after.end())
    return after is not None and _an_ordinal_after(lex, q.text, after.group(1), joint)


def _an_ordinal_after(lex: Lexicon, number: str, word: str, joint: str = "") -> bool:
    """Whether ``word`` is an ordinal that the spelled ``number`` before it heads, ``joint`` ("and ")
    between them (see :func:`_heads_an_ordinal`): their value is the number's and the ordinal's, which
    fits under the number's last piece ("forty" and "fifth", "cent" and "vingtième"; not "un
    centième", a hundredth); or whose ordinal is a scale's, which it multiplies ("deux centième", 200th).
    A number word is none ("тремястами двадцатью")."""
    key = lex.fold(word)
    plurals = lex.spaced_ordinal_plurals
    if (plurals is None or (plurals and key.endswith(plurals)) or key in lex.values["NUMWORD"]
            or "DUR" in lex.categories.get(key, ())):
        return False
    try:
        pieces = lex.number_pieces(number)
    except ValueError:
        return False
    whole = lex.ordinal_value(f"{number} {joint}{word}")
    value = spelled_value(pieces)
    if whole is not None and 1 < value < (scale := lex.ordinal_value(word) or 0) and whole == value * scale:
        return True  # "la deux centième représentation", "the two hundredth anniversary": 200th (a fraction is plural)
    # (languages whose ordinals are no number word with an ending, "пятый", list their stems)
    n = whole - value if whole is not None else _every_ordinal(lex, key)
    last = [v for _, v in pieces if v is not None][-1]
    return n is not None and 0 < n < last and well_formed([*pieces, (key, int(n))])


def _ranked_count(text: str, q: Quantity) -> Quantity | None:
    """ "three twentieth century paintings", "40 fifth graders": where a fraction over one wants a
    plural denominator ("two thirds"), a singular ordinal after the number ranks what follows, and
    the number counts it. So does a whole number of quarters or halves, which are periods then, no
    share: "four quarters in a row", "both halves" ("three quarters" is one), and any number of them
    after a word of periods (``period_fraction_before``): "the past two quarters". The number alone, or None."""
    lex = lexicon(q.lang)
    words = q.text.split()
    if not lex.plural_endings or q.kind is not NUMBER or len(words) < 2 or not isinstance(q.value, Decimal):
        return None
    ordinal = normalize(words[-1])
    periods = ordinal in lex.fraction_only and ordinal.endswith(lex.plural_endings)
    if not periods and (ordinal in lex.fraction_only or ordinal.endswith(lex.plural_endings) or "-" in words[-1]):
        return None
    after = _next_word_forms(text, q.end)
    if after is not None and after[1] & lex.partitive and not periods:
        return None  # "two fifth of the vote": a share, however written ("six quarters of growth" are periods)
    written = q.text[: q.text.rindex(words[-1])].rstrip()
    try:
        denominator = Decimal(lex.value("DENOM", ordinal))
        value = number_value(written, lex)
    except (KeyError, ValueError, NotAQuantity):
        return None
    if value == 1 or abs(value / denominator - q.value) > abs(q.value) * Decimal("1e-9") or (
            periods and value < denominator and _word_before(text, q, 0) not in lex.period_fraction_before):
        return None  # "one twentieth" (a share, or a rank: _is_rank); "three and one fourth"
    return replace(q, value=value, precision=Decimal("0.5"), end=q.start + len(written), text=written)


def _after_race_word(text: str, q: Quantity, start: int) -> bool:
    """Whether the word before ``q``, or the two before, are one of the language's ``race_time_words``
    ("won in 2:01:09", "een tijd van 2:06:40", "за 2:05:30", "Le trajet dure 3 h 10"; past an adverb of
    ``qualifier_adverbs``: "prend désormais 3 h 10"): hours, minutes and seconds elsewhere are a clock ("ran from
    9:00:00 to 11:30:00")."""
    words = _two_words_before(text, q, start)
    lex = lexicon(q.lang)
    race = lex.race_time_words
    if len(words) == 2 and words[-1] in lex.qualifier_adverbs:
        words = words[:1]  # (past an adverb: "prend désormais 3 h 10")
    return bool(words) and (words[-1] in race or " ".join(words) in race)


def _spell_of_a_noun(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether the word of "of" and a noun with no article follow ``q``: the spell of that noun, no clock ("1 h 45 de retard",
    "1 h 15 de vol", "3 h 20 d'attente"; not "8 h 30 du matin", "14 h 30 de l'après-midi")."""
    m = _OF_AND_NOUN.match(text, q.end)
    return m is not None and normalize(m.group(1)).strip() in lex.values["OF"] and normalize(m.group(2)) not in lex.values["ARTICLE"]


def _part_of_day_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a part of the day that follows a clock's hour (``clock_after``, past its word of hours) follows ``end``:
    "plus de 2 h 30 du matin"."""
    after = normalize(text[end : end + 24]).lstrip()
    return after.startswith(_parts_of_day(lex.lang))


@cache
def _parts_of_day(lang: str) -> tuple[str, ...]:
    """The parts of the day of ``clock_after`` without the word of hours before them: "du matin", "de l'après-midi"."""
    lex = lexicon(lang)
    parts = {" ".join(words[1:]) for words in map(str.split, lex.clock_after)
             if len(words) > 1 and "DUR" in lex.classify("word", lex.fold(words[0])) and words[1] not in lex.values["AND"]}
    return tuple(sorted(p for p in parts if p))


_OF_AND_NOUN = lazy(r"[ \u00a0]+(\p{L}+['’]|\p{L}+[ \u00a0]+)(\p{Ll}+)")


def _clock_like(q: Quantity, lex: Lexicon) -> bool:
    """Whether a race time may be something else: "2:01:09" a clock, and a time whose last figure has
    no mark and follows no seconds' mark ("4 h 19", "Jeudi 14 h 30"; "4 min 15 max", a weather
    report's minimum and maximum); not "4 h 12 min", "4 min 02 s 50", 9"80, "1 min 10,270", nor minutes, seconds
    and their hundredths or thousandths, "3:49.04", "1:10.412", which no clock shows."""
    if ":" in q.text:
        return q.text.count(":") == 2 or q.text[-3] not in lex.decimal and q.text[-4] not in (*lex.decimal, ".")
    parts = RACE_PARTS.findall(q.text)
    if not parts or parts[-1][1] or not parts[-1][0].isdigit():
        return False  # (a last figure with decimals is seconds: "1 min 10,270")
    return "second" not in {lex.race_marks.get(normalize(mark)) for _, mark in parts}


def _difference_before(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether the qualifier of ``q`` ("more than", "meer dan": first a word of ``difference_words``) follows a number
    written out, or a whole figure that is no year, right after a comma or a dash, and ``q`` is a spell before a word of
    "ago" or "earlier": the difference stated there is compared with a point in time, which ``q`` names and does not
    bound ("9 seats, two more than four years ago", "9 zetels, twee meer dan vier jaar geleden"; not "In 2019 more than
    300 people died", "Among the 120 more than 80", "over 65 more than 40%", "Among the 64 residents, 11 more than 90
    years old")."""
    if normalize(q.qualifier or "").split(" ", 1)[0] not in lex.difference_words:
        return False
    if (percent := _PERCENT_JUST_BEFORE.search(text, max(start, q.start - 12), q.start)) is not None and _AFTER_A_COMMA.search(
            text, max(start, percent.start() - 24), percent.start()) and _point_in_time_after(text, q, lex):
        # "$7 million, roughly 30% more than five years ago": a percent after a comma (and a word of its own), a rise
        # compared with that time (not "raised rates to 5.25% more than two years ago", when it was raised)
        return True
    word = _ANY_PREV_WORD.search(text, max(start, q.start - 24), q.start)
    if word is not None and text[word.end(1) : q.start].isspace() and (written := normalize(word.group(1))) in lex.values["NUMWORD"]:
        if written in lex.values["INDEF"]:
            return False  # ("a more than", "un de plus")
        at = word.start(1)
    elif (before := _FIGURE_JUST_BEFORE.search(text, max(start, q.start - 24), q.start)) is not None and before.group("words") is None and (
        (figure := to_ascii_digits(before.group(1))).isdigit() and not (len(figure) == 4 and int(figure) in YEAR_FIGURES)
    ):
        at = before.start(1)
    else:
        return False
    # (and a point in time after the spell compared: "four years ago", "vier jaar geleden"; not "11 more than 90 years old")
    return text[max(start, at - 4) : at].rstrip()[-1:] in (",", ";", "–", "—") and _point_in_time_after(text, q, lex)


_PERCENT_JUST_BEFORE = lazy(r"\d+(?:[.,]\d+)?[ \u00a0\u202f]?[%٪][ \u00a0]+$")
_AFTER_A_COMMA = lazy(r"[,;–—][ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?$")


_ADDED_TO = frozenset({CURRENCY, PERCENT})  # (amounts "plus" adds to: "£50 plus VAT", "5% plus inflation")


def _a_rate_named(text: str, word: regex.Match[str], lex: Lexicon) -> bool:
    """Whether ``word``, or it and the word after it, is a word of a rate (``point_contexts``: "inflation", "base
    rate")."""
    first = normalize(word.group(1))
    then = _NEXT_WORD.match(text, word.end())
    return first in lex.point_contexts or (then is not None and f"{first} {normalize(then.group(1))}" in lex.point_contexts)


def _lone_unit_states_nothing(text: str, q: Quantity, start: int) -> bool:
    """Whether a qualifier and one unit of time with no number ("more than a year", "meer dan een maand")
    state nothing: right after a figure that is no year they compare that figure ("155 more than a year
    earlier", "10 procent meer dan een jaar eerder"; not "In 2023 more than a year passed"), and so after a
    fraction ("a third more than a year earlier"); before a
    figure the unit names a year ("حتى عام 2030"); before ``ago_words`` they name a point in time ("lower
    than a year ago")."""
    lex = lexicon(q.lang)
    words = [normalize(w) for w in _WORDS.findall(q.text)]
    if any(c.isdigit() for c in q.text) or any(w in lex.values["NUMWORD"] and w not in lex.values["INDEF"] for w in words):
        return False  # a number is written: "more than ten years"
    after = _NEXT_WORD.match(text, q.end)
    names_year = normalize(words[-1]) in lex.values["YEAR_BEFORE"] if words else False
    if names_year and (_FIGURE_NEXT.match(text, q.end) or (after is not None and lex.anchors.match(lex.fold(after.group(1))))):
        return True  # the unit word names the year after it: "حتى عام 2030", "حتى عام ألفين وعشرين"
    if after is not None and (not lex.months_capitalized or after.group(1)[:1].isupper()) and not _POINT_IN_TIME.isdisjoint(
        lex.classify("word", lex.fold(after.group(1)))
    ):
        return True  # a month, a weekday: "حتى شهر مايو" (not "more than a year may be offered")
    if (after is not None and normalize(after.group(1)) in lex.ago_words and q.bound is not Bound.ABOUT) or _clock_after(
            lex, text, q):
        return True  # a point in time: "higher than a year ago", "Fino a un anno fa", "до часа ночи" (not a spell of
        # about one, which compares nothing: "founded nearly a century ago", "quasi un anno fa")
    word = _ANY_PREV_WORD.search(text, max(start, q.start - 24), q.start)
    if word is not None and "DENOM" in lex.categories.get(normalize(word.group(1)), ()):
        return True  # a fraction's comparison: "a third more than a year earlier", "een derde hoger dan een jaar eerder"
    before = _FIGURE_JUST_BEFORE.search(text, max(start, q.start - 24), q.start)
    if before is None or (before.group("scale") is not None and (
            "SCALE" not in lex.classify("word", lex.fold(normalize(before.group("scale")))) or q.bound is Bound.ABOUT)):
        return False  # (a scale written onto the figure, "£2.9bn more than a year earlier"; not a unit, "1.5C within a
        # decade", nor a spell of about a year, "hit $1.2bn almost a year after the storm")
    if before.group("words") is not None and _UNITS.isdisjoint(lex.classify("word", lex.fold(before.group("words")))) and (
        normalize(before.group("words")) not in lex.points_words
    ):
        return False  # "389,952 patients waiting more than a year", "rose 5% in more than a year" (not "1.5 points
        # lower than a year earlier")
    figure = to_ascii_digits(before.group(1))
    return not (len(figure) == 4 and figure.isdigit() and int(figure) in YEAR_FIGURES)


def _a_vote(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether a second figure after ``q`` makes it a vote or a score: "passed 52-48", "passed 312–108", "passed 51
    to 49"."""
    spaced = _SPACED_SCORE_AFTER.match(text, q.end)
    return _VOTE_AFTER.match(text, q.end) is not None or (spaced is not None and normalize(spaced.group(1)) in lex.values["TO"])


_VOTE_AFTER = lazy(r"[-‐–][0-9]{1,3}(?![0-9])")


def _bounds_something_else(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether the qualifier written before ``q`` bounds something else than it:
    - "quasi 3 miliardi in più del 2023": a phrase of difference (``difference_phrases``) closes the
      amount before it; 2023 is bare ("In più del 60% dei comuni", with no amount before, is more than 60%);
    - "à partir de 2026", "A partire dalle 18": a price's floor (``amount_qualifiers``) bounds no year or
      hour ("vanaf 10 tot 20 dollars" is a range, from the one to the other);
    - "10 procent lager dan tien jaar geleden": ten years ago; the 10 percent is compared;
    - "25% higher than 2022", "10 % inférieur à 2019": a comparative of level after an amount before a
      recent year compares the amount with the year's (``level_comparatives``);
    - "en plus des 10 % existants": a word before the qualifier makes it another phrase (``qualifier_idioms``);
    - "a good 2023", "a good 10-year deal": an adjective of size (``adjective_qualifiers``) is the noun's before a year or a
      figure written onto its noun or its score by a hyphen ("a good 40%" is more than 40%)."""
    written = normalize(str(q.qualifier))
    before = _ANY_PREV_WORD.search(text, max(start, q.start - 16), q.start)
    if before is not None and (phrase := f"{normalize(before.group(1))} {written}") in lex.qualifier_idioms and (
            q.kind is not DURATION or phrase in lex.qualifier_idioms_spells):
        # "en plus des 10 % existants", "en plus des 25 jours de congés": on top of them ("en plus de quatre ans", with
        # no article: in more than)
        return True
    if lex.difference_phrases and before is not None and (
        f"{normalize(before.group(1))} {written}" in lex.difference_phrases and _amount_or_number_ends_before(text, before.start(1), start, lex)
    ):
        return True
    if written in lex.amount_qualifiers and (q.kind not in (CURRENCY, PERCENT) or q.is_range):
        return True
    if written in lex.adjective_qualifiers and (q.kind is YEAR or _HYPHEN_AFTER_FIGURE.search(text, q.start, q.end + 2)):
        return True  # "a good 2023", "a good 10-year deal", "a good 2-1 win": the adjective is the noun's
    if (q.kind is YEAR and written in lex.level_comparatives and not _figure_not_in(q, RECENT_YEARS)
            and _amount_ends_before(text, q.start, start, lex)):
        return True
    return q.kind is DURATION and _compares_the_figure_before(text, q, lex)


_HYPHEN_AFTER_FIGURE = lazy(r"[0-9][-‐–]")


def _amount_or_number_ends_before(text: str, at: int, start: int, lex: Lexicon) -> bool:
    """An amount (:func:`_amount_ends_before`) or a spelled number or fraction right before ``at``: "un
    terzo in meno del 2019"."""
    if _amount_ends_before(text, at, start, lex):
        return True
    word = _ANY_PREV_WORD.search(text, max(start, at - 32), at)
    return word is not None and not _AMOUNT_WORDS.isdisjoint(lex.categories.get(normalize(word.group(1)), ()))


def _compares_the_figure_before(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether the qualifier before a spell of time that names a point in time (``ago_words``,
    ``later_words`` after it) compares a level stated before it, not the spell: a comparative of level
    (``level_comparatives``: "10 procent lager dan tien jaar geleden", "50.9 percent, slightly lower than four
    years ago", "Prices are higher than two years ago"; not "raised to 5.25% more than two years ago", "до 16%
    более двух лет назад", where it is the spell's). A level is never higher than a spell, so no figure need stand
    right before it."""
    return normalize(str(q.qualifier)) in lex.level_comparatives and _point_in_time_after(text, q, lex)


def _point_in_time_after(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether a word of "ago" or "later" (``ago_words``, ``later_words``) follows the spell ``q``, which then names a
    point in time: "four years ago", "vier jaar geleden", "3 days later"."""
    after = _NEXT_WORD.match(text, q.end)
    return after is not None and (normalize(after.group(1)) in lex.ago_words or normalize(after.group(1)) in lex.later_words)


_FIGURE_NEXT = lazy(rf"[\s\u200e\u200f]*[{DIGITS}]")
_POINT_IN_TIME = frozenset({"MONTH", "WEEKDAY"})


def _clock_after(lex: Lexicon, text: str, q: Quantity) -> bool:
    """Whether the unit and what follows it begin with a clock word of the language (``clock_times``
    "after"): "до часа ночи", "tot een uur 's nachts"."""
    rest = normalize(text[q.end : q.end + 32]).lstrip()
    word = normalize(q.text.split()[-1])
    return bool(rest) and any(
        _starts_with_word(rest, form) or (len(form) > len(word) and _starts_with_word(f"{word} {rest}", form))
        for form in lex.clock_after
    )


def _starts_with_word(text: str, form: str) -> bool:
    """Whether ``text`` begins with ``form`` as whole words ("h 30", not "hier"; "вечера", not "вечерами")."""
    return text.startswith(form) and not text[len(form) : len(form) + 1].isalpha()
# a figure, and a word that may be its unit ("10 procent meer dan een jaar eerder", "$5 million more than")
_GLUED_LETTERS = lazy(r"\p{L}+(?!\p{N})")
_FIGURE_JUST_BEFORE = lazy(rf"([{DIGITS}](?:[{DIGITS}.,]*[{DIGITS}])?(?:%|(?P<scale>\p{{L}}{{1,3}})(?![\p{{L}}]))?)(?:[ \u00a0]+(?P<words>\p{{Ll}}+(?:[ \u00a0]+\p{{Ll}}+)?))?[ \u00a0]+$")


def _age(text: str, q: Quantity) -> bool:
    """A year named with the word for year before one of the language's ``age_words`` is an age, a
    spell of time: "a 1500 year old church", "the 2000 year old olive tree"."""
    lex = lexicon(q.lang)
    after = _AGE_AFTER.match(text, q.end) if lex.age_words else None
    return (
        after is not None and normalize(after.group(1)) in lex.age_words
        and lex.values["DUR"].get(normalize(q.text.split()[-1])) == "year"
    )


_AGE_AFTER = lazy(r"[ \u00a0\-‐]+(\w+)")


def _a_month_homograph(text: str, q: Quantity, start: int, lex: Lexicon) -> Quantity | None:
    """A day and a month's short name that is also a word (``month_homographs``), with no year after it nor a full stop
    that is not the sentence's end, after a word that introduces no day and with the clause going on after it, as the
    count of that word: "dopo 5 set durissimi", "è durata 5 set e quattro ore" ("il 5 set. 2025", "chiudono il 15 set.",
    "Scadenza: 15 set, ore 12" are dates)."""
    m = _DAY_AND_WORD.fullmatch(q.text)
    if m is None or normalize(m.group(2)) not in lex.month_homographs:
        return None
    if m.group(3) and not _SENTENCE_END_AFTER.match(text, q.end):
        return None
    before = _word_before(text, q, start)
    if before in ("", *lex.day_month_after) or (before not in lex.prepositions and _CLAUSE_ENDS_HERE.match(text, q.end)):
        return None  # a date after a word that introduces a day, a colon or nothing, or ending its clause: "Le iscrizioni
        # chiudono il 15 set.", "Scadenza: 15 set, ore 12" (a count of sets follows a preposition, "vinto in 5 set.", or a
        # verb, and the clause goes on)
    return replace(q, kind=COUNT, value=Decimal(m.group(1)), precision=Decimal("0.5"), unit=None, noun=m.group(2),
                   end=q.start + len(m.group(1)), text=m.group(1))


_DAY_AND_WORD = lazy(r"(\d{1,2})\s+(\p{L}+)(\.?)")
_SENTENCE_END_AFTER = lazy(r"\s*(?:$|\p{Lu})")


def _is_counted(word: str, lex: Lexicon) -> bool:
    """Whether a word after a figure may be what it counts: not a vocabulary word, conjunction,
    preposition or word of difference ("3 billion more"), nor a noun with the definite article ("7,9
    milliards l'an dernier", "5 مليارات اليوم": a figure counts no definite noun)."""
    if word in lex.nouns_after_figures:
        return True  # ("120 mezzi di soccorso": the denominator that is a noun after a figure counts)
    if not lex.may_count(word) or word in lex.difference_words or word in lex.verbs_after_figures or word in lex.rate_words:
        return False  # (nor the clause's verb: "40 were killed", "Adults over 50 should"; nor "per": "155 per dollar")
    if word in _ratio_heads(lex.lang):
        return False  # "45 out of 57 drones": the word of ratio, not a noun
    return not any(word.startswith(d) and len(word) > len(d) + 1 for d in lex.definite_starts)


@cache
def _ratio_heads(lang: str) -> frozenset[str]:
    """The first words of the words of ratio of several words ("out" of "out of")."""
    return frozenset(form.split()[0] for form in lexicon(lang).values["OVER"] if " " in form)


def _a_difference_from_a_percent(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether the points ``q`` are a difference (a word of it after them) from a percent written right before them, a
    comma and two words at most between: "was revised to 1.6%, half a point lower", "al 3% quest'anno, mezzo punto in
    meno" (not "fell 0.8%, while the Dow closed half a point lower", "80 % de ses tirs, compte un point de plus")."""
    if not _a_difference(text, q, lex):
        return False
    left = max(start, q.start - 64)
    ends = [m.end() for m in _PERCENT_SIGN_AFTER_FIGURE.finditer(text, left, q.start)]
    ends += [left + m.end() for m in _percent_words(q.lang).finditer(normalize(text[left : q.start]))]
    if not ends:
        return False
    gap = text[max(ends) : q.start]  # (right after the percent, a comma and two words at most: "1.6%, half a point")
    return ("," in gap or "،" in gap) and len(_WORDS.findall(gap)) <= 2 and _SENTENCE_BREAK.search(gap) is None


_PERCENT_SIGN_AFTER_FIGURE = lazy(r"\d[ \u00a0\u202f]?[%٪]")


@cache
def _percent_words(lang: str) -> re.Pattern[str]:
    """The words of a percent of a language (``values["PCT"]`` in letters: "percent", "per cento"), whole."""
    words = [w for w in lexicon(lang).values["PCT"] if w[:1].isalpha()]
    return re.compile(rf"(?<!\w)(?:{_alternatives(words)})(?!\w)" if words else "(?!)")


def _a_fraction_point(text: str, q: Quantity, at: int, lex: Lexicon) -> bool:
    """Whether the point word of ``q`` at ``at`` follows its fraction, "of" or an article ("a quarter-point", "un quarto
    di punto", "half a point"), not another word of its unit ("half a basis point")."""
    if text[at : at + 1] in ("-", "‐"):
        return True
    before = _WORD_AT_END.search(text, q.start, at)
    return before is not None and not _FRACTION_OF.isdisjoint(lex.classify("word", lex.fold(normalize(before.group(1)))))


_FRACTION_OF = frozenset({"OF", "INDEF", "DENOM"})


def _figure_before_a_time_ago(text: str, q: Quantity, lex: Lexicon) -> Quantity | None:
    """``q``, a figure and a unit of time that it does not take (``singular_after_one``: a decimal or a figure that does
    not end in 1, or ends in 11) before an ago word, as the figure alone: the unit is "a year ago", "a month ago"
    ("55,4 рубля против 52,1 год назад", "7,7% против 11 год назад"); else None."""
    written = _FIGURE_THEN_WORD.fullmatch(q.text)
    if written is None or normalize(written.group(2)) not in lex.singular_after_one or q.qualifier is not None:
        return None
    after = _NEXT_WORD.match(text, q.end)
    if after is None or normalize(after.group(1)) not in lex.ago_words:
        return None
    figure = written.group(1)
    if figure.isdigit() and int(figure) % 10 == 1 and int(figure) % 100 != 11:
        return None  # "21 год назад": a spell, and when
    value, precision = parse_number(to_ascii_digits(figure), lex)
    end = q.start + len(figure)
    return replace(q, kind=NUMBER, value=value, precision=precision, unit=None, end=end, text=text[q.start : end],
                   noun=None, range_to=None)


_FIGURE_THEN_WORD = lazy(r"([0-9][0-9.,]*)[ \u00a0]+(\p{L}+)")


_DAY_SLASH_LOW_MONTH = lazy(r"(0?[2-9]|1[0-2])/(0?[1-9]|1[01])")
_FOUR_FIGURE_CLOCK = lazy(r"0\d[0-5]\d(?!\d)")


def _finish(text: str, q: Quantity, start: int) -> Quantity | None:
    """Decide what the grammar cannot see: counts and their noun, and figures that are names."""
    lex = lexicon(q.lang)
    # (and a spell in figures whose unit has a title's capital: ""28 Years Later" opened", not "He said "3 years" was enough")
    titled_spell = q.kind is DURATION and q.text[:1].isdigit() and q.text.rpartition(" ")[2][:1].isupper()
    if (q.kind in (NUMBER, COUNT, YEAR) and q.unit is None or titled_spell) and q.scale is None and _in_a_title(text, q, start):
        return None  # "Her debut single, "22", reached", "« 7 Rings » est resté", "فيلم "الفيل الأزرق 2"": a title's figure
    if (titled_spell and (name := _NEXT_WORD.match(text, q.end)) is not None and name.group(1)[:1].isupper()
            and not _title_cased_line(text, q, start)):
        return None  # (a name's, its words capitalised: "The 10 Year Health Plan"; not in a headline whose every word has its
        # capital, "Man Jailed For 10 Years After £2m Fraud")
    if q.kind is NUMBER and "/" in q.text and (number := _NUMBER_AND_YEAR.fullmatch(q.text)) is not None and int(number.group(1)) % 100:
        return None  # "la sentenza 70/2015", "le règlement européen 261/2004": a text's number and its year, no fraction ("a
        # 1/2000 chance" is one)
    if q.is_range and (upper := _article_one_range(text, q, start, lex)) is not None:
        q = upper
    if q.is_range and q.bound is AT_LEAST and q.qualifier is not None and q.text.startswith(q.qualifier) and (
            normalize(q.qualifier).rpartition(" ")[2] in lex.values["FROM"]):
        # "в возрасте от 18 до 35 лет": a floor's "from" that opens a range, which bounds nothing (its span from the "from")
        begin = q.start + len(q.qualifier.rstrip()) - len(q.qualifier.rstrip().rpartition(" ")[2])
        q = replace(q, bound=EXACT, qualifier=None, start=begin, text=text[begin : q.end])
    if (q.is_range and q.qualifier is not None and q.text.startswith(q.qualifier) and " " not in q.qualifier.strip()
            and (word := _NEXT_WORD.match(q.text, len(q.qualifier))) is not None and normalize(word.group(1)) in lex.values["FROM"]
            and _word_before(text, q, start) in lex.qualified_nouns):
        # "il prezzo minimo da 1.800 a 2.200 euro": a word of the noun of an amount before it, no bound on the range
        # (not "servono minimo da 3 a 4 settimane", "circa da 10 a 12 mesi")
        q = _unqualified(q)
    if (lex.approximate_before_plural and q.kind in (COUNT, NUMBER) and q.unit is None and not _DIGIT.search(q.text)
            and (words := _WORDS.findall(q.text)) and lex.fold(normalize(words[-1])) in lex.approximate_before_plural
            and not _counts_as_a_round_number(text, q.end, lex)):
        return None  # "A couple in their 70s", "the couple who": a pair of people, no figure ("a couple of days" is one)
    if q.kind is DURATION and q.unit == "hour" and not q.is_range and "." not in lex.decimal and (
            hm := _HOURS_DOT_MINUTES.search(q.text)) is not None:
        # "De tocht duurde 4.15 uur", "liep de marathon in 2.04 uur": where a comma is the decimal sign, hours and minutes
        # (the dot of a clock's time), no decimal hours
        q = replace(q, unit="minute", value=Decimal(int(hm.group(1)) * 60 + int(hm.group(2))), precision=Decimal("0.5"))
    if q.text[:1] == "+" and q.start > start and text[q.start - 1].isalnum():
        q = replace(q, start=q.start + 1, text=q.text[1:])  # "the 12GB+512GB version": a plus written onto a word joins, no sign
    if q.kind is DURATION and text[q.end : q.end + 2] in ("'s", "’s") and not _DIGIT.search(q.text) and isinstance(q.value, Decimal) and q.value < 1:
        return None  # "nearly half of a year's rainfall": a share of what the year holds, no spell ("one year's pay" is one)
    if q.kind is DURATION and q.unit == "year" and not q.is_range and _YEAR_NEXT.match(text, q.end) and (
            (last := _WORD_AT_END.search(text, q.start, q.end)) is not None and last.start() > q.start
            and normalize(last.group(1)) in lex.values["YEAR_BEFORE"] and _DIGIT.search(text, q.start, last.start())):
        # "من 60 ألفا عام 2011": the word of a year opens the year after it, and the figure before it is a number
        end = len(text[: last.start()].rstrip())
        q = replace(q, kind=NUMBER, unit=None, end=end, text=text[q.start : end])
    if q.unit == "percentage_point" and _one_bare_point(q.text, lex) and not (
            _a_level_in_percent_after(text, q.end, lex) or (_after_change(text, q, start, by=True) and _speaks_of_shares(text, q, lex))
            or _a_difference_from_a_percent(text, q, start, lex)):
        return None  # "a point", "un punto": one percentage point only where a rate or a poll changes by it ("edged up a
        # point to 91%", "la fiducia è salita di un punto, al 41%"; not "un point de vue", "il a marqué un point")
    if q.unit == "percentage_point" and (point := _FRACTION_POINT.search(q.text)) is not None and (
        normalize(point.group(2)) in lex.values["POINT"]) and _a_fraction_point(text, q, q.start + point.start(), lex) and not (
        _speaks_of_shares(text, q, lex) or _a_difference_from_a_percent(text, q, start, lex) or (point.group(1) is not None and (after := _NEXT_WORD.match(text, q.end)) is not None
                                            and normalize(after.group(1)).startswith(lex.change_nouns))
    ):
        # "a quarter-point cut", "rates rose a half-point", "tagliato i tassi di un quarto di punto": of a rate; not "a
        # half-point lead" in chess, "Gold fell a quarter-point" (a point of gold is a dollar), "ha preso mezzo punto in
        # classifica": the fraction alone, before "of" and an article ("un quarto"; a bare "mezzo" is then dropped, as a
        # fraction alone is)
        end = q.start + point.start()
        while (last := _WORD_AT_END.search(text, q.start, end)) is not None and last.start() > q.start and (
                normalize(last.group(1)) in lex.values["OF"] or normalize(last.group(1)) in lex.values["INDEF"]):
            end = last.start()
        q = replace(q, kind=NUMBER, unit=None, end=end, text=text[q.start : end])
    if lex.fraction_homographs and q.kind is NUMBER and not q.is_range and q.scale is None and (
            denominator := _fraction_homograph(text, q, start, lex)) is not None:
        q = replace(q, value=Decimal(1) / denominator, precision=Decimal(0))
    if (q.kind is DURATION and q.unit == "year" and q.value == 1 and not _DIGIT.search(q.text)
            and _YEAR_WRITTEN_NEXT.match(text, q.end)):
        return None  # "في مهمة واحدة عام ٢٠١٧": one mission in the year 2017, whose word the year takes, no spell of a year
    if q.kind is DURATION and lex.singular_after_one and (alone := _figure_before_a_time_ago(text, q, lex)) is not None:
        q = alone  # "против 52,1 год назад": 52.1, and "a year ago"
    if q.kind is DURATION and _clock_like(q, lex) and not _after_race_word(text, q, start) and (
            (_qualified_past_an_adverb(text, q, start, lex).bound not in (MORE_THAN, LESS_THAN)
             and not _spell_of_a_noun(text, q, lex)) or _part_of_day_after(text, q.end, lex)):
        return None  # "struck at 3:32:04 local time", "van 8:05:12 tot 8:47:55": a clock time with seconds (not "moins de
        # 2 h 30", "1 h 45 de retard", "dépasse souvent 1 h 30", which no clock is)
    if q.kind is DATE and q.text[:1].isupper() and lex.fold(f"{_word_before(text, q, start)} {normalize(q.text.split()[0])}") in lex.product_names:
        return None  # "China's Long March 5 rocket": a rocket's name and number, whose name ends in a month's, no date
    if q.kind is DATE and (written := _DAY_SLASH_MONTH.search(q.text)) and written.end() == len(q.text):
        # "16/9" (a screen's ratio), "13/8" (odds), "about 16/1", "14/8" (a blood pressure): the figures'
        # ratio, unless a word that introduces a day stands right before ("entro il 30/6", "tot 31/12",
        # ``day_month_after``; a qualifier's last word counts), nor a month written with a leading zero,
        # as dates are and ratios never ("from 12/03", "13/08")
        before = normalize(_WORDS.findall(q.qualifier)[-1]) if q.qualifier else _word_before(text, q, start)
        if before not in lex.day_month_after and not _MONTH_PADDED.search(written.group()):
            value, precision = parse_number(written.group(), lex)
            q = replace(q, kind=NUMBER, value=value, precision=precision, unit=None)
    if (q.kind is NUMBER and not lex.month_first and (written := _DAY_SLASH_LOW_MONTH.fullmatch(q.text)) is not None
            and _word_before(text, q, start) in lex.day_month_after
            and not (_word_after_in(text, q, lex.values["OF"]) or _word_after_in(text, q, lex.partitive))):
        # "L'udienza è stata rinviata al 12/3": a day and month after a word that introduces a day, where days come
        # first, as the date the tokenizer leaves to the ratio when the day could be a month, the day above the month
        # (not "al 2/3 dei voti", "au 4/5")
        day, month = int(written.group(1)), int(written.group(2))
        if day > month:  # (a share's top is below its bottom: "passée au 4/5", "abaissé au 1/3", "al 4/10")
            q = replace(q, kind=DATE, value=CalendarDate(None, month, day), precision=Decimal(0), unit=None)
    if q.kind is DATE and lex.month_homographs and (counted := _a_month_homograph(text, q, start, lex)) is not None:
        q = counted  # "Sinner ha vinto dopo 5 set": what the figure counts, no fifth of September
    if (q.kind is DATE and lex.month_homographs and isinstance(q.value, CalendarDate) and q.value.year is None
            and not _DIGIT.search(q.text) and normalize(_WORDS.findall(q.text)[-1]) in lex.month_homographs):
        return None  # "ha perso il primo set": a day in words and the homograph, the first set, no first of September
    if q.kind is DATE and lex.definite_prefixes and q.text.startswith(lex.definite_prefixes) and _after_definite_noun(text, q, start, lex):
        return None  # "النصف الأول من يونيو", "الأسبوع الأول من مارس": the first half or week, no day ("اليوم الأول من مارس" is one)
    if (lex.scale_verbs and q.kind is NUMBER and q.qualifier is None and normalize(q.text) in lex.scale_verbs
            and (noun := _NEXT_WORD.match(text, q.end)) is not None and noun.start(1) > q.end
            and normalize(noun.group(1)).startswith(lex.definite_prefixes)
            and _word_before(text, q, start) in ("", *lex.scale_verbs_after)):
        return None  # "ألف الكاتب 50 كتابا": a scale word that is also a verb ("wrote"), opening its clause before a noun with the article
    if (q.kind is NUMBER and q.qualifier is None and q.text[:1] not in _ASCII_DIGITS and (first := _WORDS.match(q.text)) is not None
            and lex.fold(normalize(first.group())) in lex.values["APPROX_BARE"]
            and ((noun := _NEXT_WORD.match(text, q.end)) is None or not _is_counted(normalize(noun.group(1)), lex)
                 or _word_before(text, q, start) in lex.approximate_bare_not_after)):
        return None  # "150 руб. за десяток", "десяток в декабре": a round number alone that counts nothing or is the unit of a price ("около десятка", "десяток компаний" count)
    if q.value == 0 and not _DIGIT.search(q.text) and text[q.end : q.end + 1] == "-" and text[q.end + 1 : q.end + 2].isalpha():
        return None  # "zero-emission vehicles", "a zero-sum game", "zéro-déchet": a kind of thing, no count of none
    if q.kind is DURATION and q.unit == "year" and lex.light_year_words and (light := _LIGHT_AFTER.match(text, q.end)) is not None and (
        normalize(light.group(1)) in lex.light_year_words
    ):
        # "13,4 milliards d'années-lumière", "40 anni luce", "40 سنة ضوئية": a distance, counted as "40 light years" is
        figure = _TIME_UNIT_AT_END.sub("", q.text)
        q = replace(q, kind=COUNT, unit=None, noun=light.group(1), end=q.start + len(figure), text=figure)
    elif q.kind is DURATION and text[q.end : q.end + 1] in _HYPHENS and _UNIT_WORD_APART.search(q.text) is not None and (
            compound := _COMPOUND_TAIL.match(text, q.end + 1)) is not None:
        # "2,1 millions de journées-skieurs", "3 jours-hommes", "500 heures-personnes": the unit's word begins a
        # compound noun, which the figure counts, as "280,000 skier days" and "3,000 man-hours" are counted
        figure = _TIME_UNIT_AT_END.sub("", q.text)
        end = q.start + len(figure)
        q = replace(q, kind=COUNT, unit=None, noun=text[q.end - len(_LAST_WORD.search(q.text)[0]) : compound.end()], end=end,
                    text=figure)
    if lex.number_homographs and _a_noun_homograph(text, q, start, lex):
        return None  # "venti forti", "I venti hanno superato i 120 km/h": winds, no twenty
    if q.kind is DURATION and lex.unit_homographs and (counted := _a_count_of_a_unit_homograph(text, q, start, lex)) is not None:
        q = counted  # "وقعت الهيئة 3 عقود بقيمة 1.4 مليار جنيه": three contracts, no thirty years
    if _opening_hours(text, q) or _clock_range_start(text, q):
        return None  # "open van 9 tot 17 uur", "с 9 до 21 часа": clock times, no spell of 9 to 17 hours
    if q.kind is CURRENCY and q.qualifier is None and q.value == 1 and not _DIGIT.search(q.text) and (
        (first := _WORDS.match(q.text)) is not None and normalize(first.group()) in lex.values["INDEF"]
        and _amount_ends_before(text, q.start, start, lex)
    ):
        return None  # "$2.58 a pound", "1.08 dollars a euro": the unit a price is per, no amount of one
    if q.kind is CURRENCY and q.qualifier is None and q.value == 1 and not _DIGIT.search(q.text) and _one_weighed(text, q, lex):
        return None  # "a pound of Colombian coffee": a weight of one, no money (stated by no figure, as "a metre away")
    if q.kind is CURRENCY and q.text.split()[-1:] and normalize(q.text.split()[-1]) in lex.values["SUBUNIT_CUR"] and (
        _of_a_time_unit(text, q, lex)
    ):
        # "tre centesimi di secondo": hundredths of a second, no money
        q = replace(q, kind=NUMBER, unit=None)
    if q.kind is DURATION and q.qualifier is not None and _lone_unit_states_nothing(text, q, start):
        return None  # "155 more than a year earlier", "حتى عام 2030": "a year" states nothing there
    if q.qualifier is not None and q.text.startswith(q.qualifier) and (
        _bounds_something_else(text, q, start, lex) or _difference_before(text, q, start, lex)
    ):
        q = _unqualified(q)
    if (q.qualifier is not None and not q.text.startswith(q.qualifier) and normalize(q.qualifier) in lex.order_qualifiers
            and (q.kind not in (DATE, YEAR) or not (lex.verb_final or _clause_goes_no_further(text, q.end, lex)))):
        # "2030 at the latest", "fin 2030 au plus tard": a qualifier of order written after its figure bounds a date or a
        # year where its clause ends there or may end with its verb ("in 2030 op zijn laatst klaar"; not "in 2023 at the
        # latest count", "de 500 euro op zijn laatst vrijdag")
        q = _unqualified_after(q)
    if (q.kind in _ADDED_TO and q.qualifier is not None and not q.text.startswith(q.qualifier)
            and q.text[-len(q.qualifier) - 1 : -len(q.qualifier)].isspace()  # (not "the $30m-plus it spent")
            and normalize(q.qualifier) in lex.conjunctions and (word := _NEXT_WORD.match(text, q.end)) is not None
            and (word.group(1)[:1].islower() or len(word.group(1)) > 1 and word.group(1).isupper())
            and normalize(word.group(1)) not in lex.values["INDEF"]
            and normalize(word.group(1)) not in lex.rate_words  # (not "$1 million plus a year", "per season")
            and (q.kind is CURRENCY or word.group(1).isupper() or _a_rate_named(text, word, lex))):
        # "damages of £150,000 plus costs", "£50 plus VAT", "5% plus inflation", "3% plus CPI": "plus" adds what follows,
        # no floor ("$1 million plus" is one; after a percent only a rate or an index is added: "30% plus are", "a 5%
        # plus rise", "60% plus of the vote" are floors)
        q = _unqualified_after(q)
    if q.kind is YEAR and lex.decade_suffixes and (decade := _DECADE_SUFFIX.match(text, q.end)) and (
        decade.group(1).casefold() in lex.decade_suffixes
    ):
        return None  # "В 1990-е годы", "в 2020-х гг.": a decade (_decades reads it as the range of its years)
    if q.kind is YEAR and _figure_not_in(q, RECENT_YEARS) and _word_before(text, q, start) not in (lex.bare_years_after or ()) and (
        ordinal := _DECADE_SUFFIX.match(text, q.end)
    ) is not None and (
        ordinal.group(1).casefold() in lex.suffixes
    ) and ((after := _NEXT_WORD.match(text, ordinal.end())) is None or lex.fold(normalize(after.group(1))) not in lex.values["YEAR_AFTER"]):
        return None  # "на 1213-м километре": a rank ("в 2023-м", "основал в 1755-м" are years)
    if q.kind is YEAR and q.text[-1:].isdigit() and (unit := _NEXT_WORD.match(text, q.end)) is not None and (
        lex.fold(unit.group(1)) in lex.measure_units or unit.group(1) in lex.measure_units
    ) and lex.fold(unit.group(1)) not in lex.glued_only_units and (
        q.qualifier is not None or q.is_range or _figure_not_in(q, RECENT_YEARS)
        or _word_before(text, q, start) not in (lex.bare_years_after or ())
    ):
        # "of 1200 MW", "van 1000 tot 1650 megawatt", "tot 1200 kuub": a measure, no year ("In 2024 MW prices" is one)
        q = replace(q, kind=NUMBER, precision=Decimal("0.5"))
    if q.kind is YEAR and q.text[-1:].isdigit() and (glued := _GLUED_LETTERS.match(text, q.end)) is not None and (
        (unit := glued.group()) in lex.measure_units or lex.fold(unit) in lex.measure_units or unit in lex.attached_not_before
    ):
        q = replace(q, kind=NUMBER, precision=Decimal("0.5"))  # "a 2024GB drive", "won the 1500m": a measure, no year
    if q.kind is YEAR and _level_not_year(text, q, start):
        q = _as_level(q)  # "steeg tot 1012", "rose to 1045"
    if (q.kind is YEAR and q.qualifier is None and q.text.isdigit() and _word_before(text, q, start) in _comparison_tails(lex.lang)
            and _a_year_next_in(text, q.end, lex)):
        # "2760 عنواناً في عام 2022، مقابل 1900 في عام 2018", "against 1900 in 2018", "contre 1900 pour 2024": a figure
        # compared with one before it, that a preposition, a year's word or none and a year follow, is the year's figure,
        # no year itself ("in 1990 in 2010 dollars", "van 2025 naar 2027", "compared 2019 with 2023", "Il bilancio 2023
        # sul 2022" stay years)
        q = replace(q, kind=NUMBER, precision=Decimal("0.5"))
    if q.kind is YEAR and q.text[-1:].isdigit() and text[q.end : q.end + 1] == " " and _a_period_next(text, q.end, lex, rate=True) and (
            q.qualifier is not None or _word_before(text, q, start) not in (lex.bare_years_after or ())) and _a_rate_ends(
            text, q.end, lex):
        # "sells about 1500 per day", "tot zo'n 1500 per dag", "environ 1500 par jour": a rate's amount, no year ("In 2019 a
        # day of mourning", "compared with 2023 a year earlier", "Tot 2030 per jaar komt er", "Its 2024 per day average"
        # stay years)
        q = replace(q, kind=NUMBER, precision=Decimal("0.5"))
    if q.kind is YEAR and q.text.isdigit() and isinstance(q.value, Decimal) and q.value % 100 == 0 and _figure_not_in(q, RECENT_YEARS) and (
        _ANY_PREV_WORD.search(text, max(start, q.start - 32), q.start) is not None and _after_part_word(text, q, start)
        and _DIGIT.search(_SENTENCE_SPLIT.split(text[max(start, q.start - 96) : q.start])[-1]) is not None
    ):
        # "schrapt 6000 banen, waarvan 1000 in Nederland", "из них 1000 в России": a round part of the figure before in
        # its sentence, no year ("including 1989 and 2008", "floods, including 1800 and 1900", "six plagues, including
        # 1300" are years)
        q = replace(q, kind=NUMBER, precision=Decimal("0.5"))
    if q.kind is CURRENCY and q.bound is EXACT and not q.is_range and lex.price_floor_words and (
            floor := _price_floor_before(text, q, start, lex)) is not None:
        q = replace(q, bound=Bound.AT_LEAST, qualifier=text[floor : q.start].rstrip(), start=floor, text=text[floor : q.end])
    if (q.kind is DURATION and q.bound is MORE_THAN and not q.is_range and q.qualifier is not None
            and q.text.startswith(q.qualifier) and lex.fold(normalize(q.qualifier)) in lex.period_qualifiers
            and text[start : q.start].rstrip()[-1:] in _CLAUSE_OPENERS and text[q.end : q.end + 1] == ","):
        q = _unqualified(q)  # "Over two decades, sulphur emissions dropped": across the spell that opens the clause, no bound
    if (q.bound is AT_MOST and q.is_range and q.kind is not DURATION and q.qualifier is not None
            and normalize(q.qualifier) in lex.period_qualifiers):
        # "останется в пределах 1,3–1,4", "remain within 1.3-1.4": inside the range, no ceiling
        q = replace(q, bound=EXACT)
    if q.bound is AT_MOST and _ends_a_change(text, q, start):
        # "снизился до 3,5%", "gedaald tot 3%": the level a change reached, not "up to".
        q = replace(q, bound=EXACT)
    if (q.bound is AT_MOST and q.kind is DATE and q.qualifier is not None and not q.is_range
            and normalize(q.qualifier) in lex.period_qualifiers):
        q = replace(q, bound=EXACT)  # "entro giugno 2026", "within June 2026": by that month, as "by June 2026" is
    if q.bound is AT_MOST and q.kind in (DATE, YEAR) and _until(q, lex) and (
        q.kind is DATE or _counted_after_year(text, q, start) is None
    ):  # (not a round hundred before a noun it counts: "up to 2000 people", "до 1500 человек", a count)
        # "до 2030 года", "fino al 30 giugno 2026", "tot 2035": the day or year a period ends, as "until
        # 2030" is; a bound would let any earlier year agree with it ("не позднее 2030 года" stays one)
        q = replace(q, bound=EXACT)
    if q.bound in (AT_MOST, AT_LEAST) and lex.peak_verbs and _a_peak(text, q, start, lex):
        # "ha toccato un massimo di 41 gradi", "è sceso a un minimo di 1,05 dollari": the peak or the low
        # reached, no ceiling or floor
        q = replace(q, bound=EXACT)
    if q.bound is EXACT and q.qualifier is None and not q.is_range:
        q = _passed(text, q, start, lex)  # "climbed past $34 trillion"
    q = _qualified_past_an_adverb(text, q, start, lex)  # "dépasse désormais 600 euros"
    if q.qualifier is not None and q.bound in _NEGATED and (negation := _negated(text, q, start)) and (
        not _holds_negation(lex, q.qualifier)
    ) and not _corrects(text, q, start, negation):
        # (not a qualifier that holds its negation: "il ne reste pas plus de 300" is at most; nor a figure
        # corrected after a comma: "fino a 15 anni di carcere, non fino a 25" is the bound that was wrong)
        if normalize(q.qualifier) in lex.only_after_negation and negation <= lex.restrictive_negations:
            q = _unqualified(q)  # "nous ne sommes plus que onze": only eleven, no bound
        else:
            q = replace(q, bound=_NEGATED[q.bound])  # "must not exceed 48 hours", "لا يتجاوز 200 دينار"
    if q.bound is EXACT and q.qualifier is None and not q.is_range and (
        exceeded := _exceeded(text, q, start) or _compared_apart(text, q, start, lex)
    ):
        q = replace(q, bound=exceeded)  # "تجاوزت الصادرات 30 مليار دولار": the verb before its subject
    if q.bound is EXACT and q.qualifier is None and not q.is_range and _reached_up_to(text, q, start, lex):
        q = replace(q, bound=AT_MOST)  # "تصل الغرامة إلى 5 ملايين ريال": a fine of up to
    elif q.bound is AT_MOST and q.qualifier is not None and lex.reach_verbs and _reached_by_a_definite_subject(text, q, start, lex):
        q = replace(q, bound=EXACT)  # "درجات الحرارة تصل إلى 47 درجة مئوية": the level the temperature reaches
    if q.qualifier is not None and q.text.startswith(q.qualifier) and q.bound is not EXACT and (
            normalize(q.qualifier).split(" ", 1)[0] in lex.multiple_after and _word_before(text, q, start) in lex.times_words
            and _a_multiple_ends_before(text, q, start, lex)):
        # "twice as many as a year earlier", "three times more than 2,000": a multiple's comparison, written with a word that
        # makes the figure before a multiple (``multiple_marks``; not "per la prima volta sotto il 50%", "once nearly 6,000",
        # "Once more than 50%", "At times more than 300": :func:`_a_multiple_ends_before`)
        q = _unqualified(q)
        if not _DIGIT.search(q.text) and normalize(q.text.split()[0]) in lex.values["INDEF"]:
            return None  # ("a year earlier" states no spell without its qualifier)
    if q.qualifier is not None and normalize(q.qualifier) in lex.measure_qualifiers and not _measured_as_compared(text, q, start, lex):
        q = _unqualified(q) if q.text.startswith(q.qualifier) else replace(q, bound=EXACT)  # "slower than 0.4% in the
        # previous quarter", "hotter than 1976", "colder than 40 of the last 50 winters", "warmer dan 20 jaar geleden", "8C
        # cooler than 20 miles inland": a rate, a year, a count, a spell or another measure compared with another, no bound
    elif (q.qualifier is not None and q.kind is not DURATION and normalize(q.qualifier) in lex.age_qualifiers
            and not (_an_age(text, q, start) and not _counts_the_noun_after(text, q.end, lex, q.value)
                     and not _a_unit_next(text, q.end, lex))):
        # "80 лет и старше 2 млн человек", "tombé sous 3 balles", "ne descend pas sous 20 °C": "older" bounds ages only,
        # and a noun counted or a unit of measure is none
        q = _unqualified(q) if q.text.startswith(q.qualifier) else replace(q, bound=EXACT)
    elif (q.qualifier is not None and q.kind in (NUMBER, COUNT) and normalize(q.qualifier) in lex.age_qualifiers
          and q.text.startswith(q.qualifier) and not _counts_the_noun_after(text, q.end, lex, q.value) and lex.age_groups
          and any(w in lex.age_groups["after"] or w.endswith(_long_forms(lex.age_groups["after"]))
                  for w in _WORDS.findall(normalize(text[max(start, q.start - 64) : q.start]))[-6:])):
        # "residents older than 90", "bewoners is ouder dan 90": people a few words before, an age, in years (not "Invoices
        # older than 90", days)
        q = replace(q, kind=DURATION, unit="year", noun=None)
    if (q.qualifier is not None and lex.place_qualifiers and normalize(q.qualifier) in lex.place_qualifiers and q.text.startswith(q.qualifier)
            and (q.kind in (YEAR, DATE) or (q.kind in (COUNT, NUMBER) and _count_noun_next(text, q.end, lex)))):
        q = _unqualified(q)  # "Er zaten binnen 400 mensen" (inside), "Binnen 3 van de 10 gemeenten", "binnen 2030"; not "binnen 500 meter"
    if q.qualifier is not None and q.qualifier[:1].isupper() and normalize(q.qualifier) in lex.lowercase_qualifiers:
        before = text[max(start, q.start - 8) : q.start].rstrip()
        if before and before[-1] not in _SENTENCE_END:
            return None  # "l'Italia Under 21": a team, named
    if (lex.age_groups and q.qualifier is not None and q.text.startswith(q.qualifier) and q.scale is None
            and q.kind in (NUMBER, COUNT) and not q.is_range and (_figure_of(q).isdigit() or not _DIGIT.search(q.text))
            and isinstance(q.value, Decimal) and 0 < q.value < 130 and q.value == q.value.to_integral_value()
            and normalize(q.qualifier) in lex.age_groups["qualifiers"] and (
                _word_before(text, q, start) in lex.age_groups["after"]
                or (q.qualifier in lex.lowercase_qualifiers
                    and _word_before(text, q, start) in _last_words(q.lang, "part_words")))
            and not _unit_of_measure_next(text, q.end, lex)
            and (normalize(q.qualifier) in lex.lowercase_qualifiers or (noun := _NEXT_WORD.match(text, q.end)) is None
                 or not _is_counted(word := normalize(noun.group(1)), lex)
                 or (lex.age_groups.get("plural_endings") and not word.endswith(tuple(lex.age_groups["plural_endings"]))
                     and word not in lex.irregular_plurals))):
        # "people over 65", "children under five", "mensen boven de 65", "Gli over 80 vaccinati" (Italian's "over" names ages
        # alone, and after a pronoun of whom: "il 30% dei quali under 26"): an age group
        # (not "Over 65 people died", "kinderen onder de 12 doden", "those over 50 metres", "i pendolari over 100 km"; where
        # nouns after a figure end as plurals do, ``plural_endings``, a word that does not is the clause's verb: "voters
        # under 30 cast a ballot")
        q = replace(q, kind=DURATION, unit="year", noun=None)
    bare = q.bound is EXACT and q.scale is None and not q.is_range
    aged = bare and q.kind is NUMBER and bool(lex.decade_age_words_after) and _of_an_age(text, q, lex)
    if aged:
        q = replace(q, kind=DURATION, unit="year")  # "رجل في الستين من عمره", "في الـ60 من عمره": an age, in years
    if bare and _heads_an_ordinal(text, q, lex):
        return None  # "the forty fifth president", "сорок пятый съезд": the number begins a rank
    q = (_ranked_count(text, q) if bare else None) or q
    key = normalize(q.text)  # (looked up four times below, where ``q`` stays as it is)
    if key in lex.not_alone and not aged and not (
        (noun := _NEXT_WORD.match(text, q.end)) is not None and lex.not_alone_counts and noun.group(1).endswith(lex.not_alone_counts)
        and _word_before(text, q, start) in lex.not_alone_after
    ):
        return None  # "came to naught", "на семью", "обеспечил семью продуктами" (a family; "с семью детьми" counts)
    if lex.pair_nouns and q.value == 2 and not q.is_range and _a_pair_of_one(text, q, lex):
        return None  # "a pair of jeans", "un paio di scarpe", "пару ботинок": one thing; "пару слов": a few words
    if q.bound is ABOUT and not q.is_range and _round_number_before_a_number(text, q, lex):
        return None  # "a couple hundred thousand dollars", "a couple of tenths", "un paio di centinaia": no figure read
    if bare and key in lex.period_fractions and (
        (_amount_ends_before(text, q.start, start, lex) and not _YEAR_BEFORE.search(text, max(start, q.start - 8), q.start))
        or _word_before(text, q, start) in lex.period_fraction_after
    ) and not _word_after_in(text, q, lex.values["OF"]):
        return None  # "$2bn a quarter", "3% a quarter", "0.5 per cent a quarter": how often ("In 2022 a quarter of")
    # "several hundred people", "a few thousand dollars", "a couple of hundred years", "een paar miljoen
    # euro": no figure stated, in any unit (not "several hundred-year-old buildings", "several
    # thousand-dollar donations": each is 100, 1,000)
    if (lex.vague_quantifiers and q.bound is EXACT and not q.is_range and q.kind not in (YEAR, DATE)
            and not _DIGIT.search(q.text) and isinstance(q.value, Decimal) and q.value >= 100
            and not _HYPHEN_WORD.search(text, q.start, q.end + 2) and _vague_before(text, q, start, lex.vague_quantifiers)):
        return None
    if lex.one_after_qualifier and q.qualifier is not None and _article_not_one(text, q, lex):
        return None  # "au moins une fois", "almeno una volta": how often, as "at least once" is; "au moins un peu"
    if bare and q.value == 1 and not _DIGIT.search(q.text) and (
        _word_before(text, q, start) in lex.none_particles
        or (q.kind is NUMBER and _before_partitive(text, q) and not _FIGURE_SOON.match(text, q.end))
    ):
        # "не проиграл ни одного сражения": not a single one; "one of the lowest in the region": one of them
        # ("Only one of the 15 candidates", "One dollar of the fee", "After one year of the war" keep their one)
        return None
    prefixed = _word_before_prefix(text, q, start, lex) if bare and q.kind is NUMBER else None
    if prefixed is not None and _ordinal_by_prefix(text, q, prefixed, lex):
        return None  # "الدورة الـ44 من المهرجان", "الذكرى الـ75 للنكبة": the 44th, the 75th
    if prefixed is not None and (unit := _unit_before_prefix(prefixed, lex)) is not None:
        begin = prefixed.start(1)  # "خلال الساعات الـ48 الماضية": the past 48 hours
        q = replace(q, kind=DURATION, unit=unit, start=begin, text=text[begin : q.end])
    if bare and (_is_pronoun(text, q, start) or _is_rank(text, q) or _is_unit_after_figure(text, q, start)):
        return None
    if q.bound is ABOUT and _is_noun_not_number(text, q):
        return None
    if q.kind is NUMBER and (bare or q.bound is not EXACT) and (
            key if bare or q.qualifier is None or not q.text.startswith(q.qualifier) else normalize(q.text[len(q.qualifier) :].strip())
    ) in lex.fraction_only and (unit_at := _before_a_unit(text, q, lex)) is not None:
        q = replace(q, end=unit_at, text=text[q.start : unit_at])  # "half a tonne", "nearly half a tonne", "mezzo chilo": a fraction of
        # the unit after it, which the pass of measures takes in
    elif bare and key in lex.fraction_only and not _is_share(text, q, start):
        return None
    if bare and lex.fraction_alone and key in lex.values["DENOM"] and _word_after_in(text, q, lex.fraction_idiom_nouns):
        return None  # "أرباح ربع سنوية": quarterly, no share
    if (
        q.kind is DURATION and ((first := normalize(q.text.split()[0])) in lex.fraction_only
                                     or first in lex.period_halves)
        and _word_before(text, q, start) in lex.fraction_part_words
    ):
        return None  # "В третьей четверти года", "Со второй половины дня", "het eerste halfjaar": a part of a period
    if q.kind in (NUMBER, YEAR) and (bare or q.text.endswith("+")) and _after_name(text, q, start):
        return None  # (and "Ligue 1+", "Disney 2+": a name's "+")
    if bare and q.kind in (NUMBER, COUNT) and _spelled_in_a_name(text, q, start):
        return None  # "Ten Hag's side", "Burger chain Five Guys": a number word in a name
    if q.is_range and q.qualifier is None and (first_end := _LEADING_FIGURE.match(q.text)) is not None and (
        _after_product(text, q, start, lex)
    ):
        # "de Switch 2 à 19 millions d'unités", "della Switch 2 a 19 milioni": the name's figure opens no
        # range; what follows "to" is read alone, unless it is a bare figure a few above the name's, a later
        # version ("from iOS 17 to 18", "Windows 10 to 11", "Windows 7 to 10"; not "أندرويد 15 إلى 40 جهازا", nor a
        # figure that counts its noun, "the Pixel 8 to 10 new markets", but the next one: "iOS 17 to 18 takes time")
        to = _NEXT_WORD.match(text, q.start + first_end.end())
        if to is None or normalize(to.group(1)) not in lex.values["TO"]:
            return None
        rest = extract_span(text, q.lang, to.end(), q.end)
        if len(rest) != 1:
            return None
        later = rest[0]
        if (later.text.isdigit() and isinstance(q.value, Decimal) and isinstance(later.value, Decimal)
                and q.value < later.value <= q.value + _VERSIONS_APART
                and (later.value == q.value + 1 or not _counts_the_noun_after(text, q.end, lex))):
            return None
        return later
    if q.is_range and q.kind is NUMBER and (model := _FIGURE_DASH_FIGURE.fullmatch(q.text)) and (
        _after_name(text, q, start) or (len(model.group(1)) >= 3 and lex.fold(_word_before(text, q, start)) in lex.model_makers)
    ):
        return None  # a model after its maker: "a Boeing 737-800", "the Airbus 330-200", "بوينغ ٧٣٧-٨٠٠" (not "For Airbus
        # 2024-2025 was a record", "Airbus 10-15 new orders")
    if q.kind in (COUNT, NUMBER) and q.text.endswith(("B", "T")) and _MODEL_SIZE.fullmatch(q.text) and (
        (_MODEL_NAME_BEFORE if q.text.endswith("B") else _MAKER_AND_MODEL_BEFORE).search(text, max(start, q.start - 32), q.start)
    ):
        return None  # "Llama 3.1 405B", "Mistral 7B", "Magnetom Vida 3T": a model's size after its name is part of the name
        # (a field's strength after two words of a name: not a valuation after a company's, "see Microsoft 4T")
    if bare and q.kind in (NUMBER, COUNT) and lex.model_makers and _part_of_a_model(text, q, start, lex):
        return None  # "بوينغ 787-9": the second figure is smaller, so the grammar reads no range
    if q.kind in (CURRENCY, COUNT, NUMBER) and bare and q.value == 1 and lex.exchange_rate_words and (
            not _DIGIT.search(q.text) and _rate_base(text, q, start, lex) and (q.kind is CURRENCY or (
                (noun := _NEXT_WORD.match(text, q.end)) is not None and _CLAUSE_END_AFTER.match(text, noun.end())))):
        # "0,95 franc pour un euro", "100 roubles pour un dollar": the base of an exchange rate; "$200 for one night",
        # "8 тысяч рублей за одну ночь": of a price, where its noun ends the clause ("fined $5,000 for one count of fraud")
        return None
    if q.kind is CURRENCY and bare and _is_event(q.text, lex, _word_before(text, q, start)):
        return None
    if q.kind is CURRENCY and q.scale is None and not q.is_range and _a_standard_apart(text, q, lex):
        return None  # "per i diesel fino a Euro 5", "een Euro 5-motor": an emission standard, bounded or after an article
    if (q.kind in (COUNT, NUMBER) and bare and q.value == 1 and normalize(q.text) in lex.rate_base_ones
            and (noun := _NEXT_WORD.match(text, q.end)) is not None and noun.group(1).islower()):
        before = _word_before(text, q, start)
        if before in lex.price_words:
            return None  # "Стоимость одной дозы вакцины составляет", "цена одной камеры": the price of one, no claim
        if before in lex.rate_after_count and (not _after_change(text, q, start, by=True) or (
                before in lex.change_amount_words and _LEVEL_AND_NOUN_BEFORE.search(text, max(start, q.start - 48), q.start))) and (
                not set(_WORDS.findall(normalize(text[max(start, q.start - 24) : q.start]))[-2:-1]).intersection(lex.another_words)):
            # "Надой на одну корову превысил 8 тыс. кг", "на одно воздушное судно": one after the word of a rate's base,
            # before its noun, is that base, no claim (``rate_base_ones``; after a verb of change it is by one, "увеличилось
            # на одну", unless a figure, with its noun or not, stands right before its word of "by", the level the rate
            # reached: "снизился до 1,41 ребёнка на одну женщину", where "подешевели на 26% за одну сессию" keeps its
            # session and "выросло до 12 — на одну школу больше" its change; after "ещё", one more: "продления ещё на один
            # сезон")
            return None
    if q.kind is YEAR and isinstance(q.value, Decimal) and q.value < YEAR_FIGURES.start and lex.bare_years_after is not None and (
        figure := _FIGURE_IN.search(q.text)
    ) is not None and (
        (before := _ANY_PREV_WORD.search(text, max(start, q.start + figure.start() - 32), q.start + figure.start())) is None
        or normalize(before.group(1)) not in lex.bare_years_after
    ):
        # "на 102 году жизни": the 102nd year of a life, no year ("(примерно) в 988 году" is one); the figure alone
        at = q.start + figure.start()
        return replace(q, kind=NUMBER, start=at, end=at + len(figure.group()), text=figure.group(),
                       precision=Decimal("0.5"), bound=EXACT, qualifier=None)
    if q.kind is DURATION and q.unit == "hour" and _FOUR_FIGURE_CLOCK.match(q.text):
        return None  # "came under fire at 0600 hours": a clock's four figures (a leading zero opens no count of hours)
    if (bare and _FOUR_FIGURE_CLOCK.fullmatch(q.text) and lex.clock_hours_any
            and _word_before(text, q, start) in lex.clock_hours_any):
        return None  # "The shelling began at 0400": the same after a word of a clock's hour, with no word of hours
    if q.kind is DURATION and lex.half_year_marks and _HALF_YEAR.fullmatch(q.text) and q.text[1] in lex.half_year_marks:
        return None  # "revenue rose in 1H25": the first half of 2025 in financial copy, no 1 h 25 min
    if q.kind is YEAR and _age(text, q):
        q = replace(q, kind=DURATION, unit="year", precision=Decimal("0.5"))
    if ((lex.age_before_words or lex.age_before_clause_end) and q.kind in (NUMBER, YEAR, COUNT) and q.scale is None and isinstance(q.value, Decimal)
            and 0 < q.value < 130 and q.value == q.value.to_integral_value() and q.noun is None and (
                _aged(text, q, start, lex) or (q.qualifier is not None and q.text.startswith(q.qualifier)
                                               and not lex.age_nouns.isdisjoint(normalize(q.qualifier).split()[-2:])))):
        # "a man aged 45", "children aged 6 to 12", "دون سن 18", "under the age of 5" (an age noun ends the qualifier, or
        # stands before its last word): an age
        q = replace(q, kind=DURATION, unit="year")
    elif (lex.age_at_start and q.kind is NUMBER and q.qualifier is None and not q.is_range and q.text.isdigit()
          and 12 < int(q.text) < 130 and _an_age_opening(text, q, start, lex)):
        q = replace(q, kind=DURATION, unit="year")  # "At 29, Kibet is the youngest winner": an age
    elif ((lex.age_verbs or lex.age_verbs_after) and q.kind in (NUMBER, COUNT) and q.qualifier is None and not q.is_range
          and q.text.isdigit() and len(q.text) <= 3 and 0 < int(q.text) < 130
          and (_an_age_turned(text, q, start, lex) or _an_age_turned_to(text, q, start, lex))):
        q = replace(q, kind=DURATION, unit="year", noun=None)  # "who turns 90 next month", "Мацуеву исполнилось 49.",
        # "die volgende maand 100 wordt"
    if q.kind is YEAR and q.qualifier is not None and q.text.startswith(q.qualifier) and (
        _year_of_a_level(text, q, lex)
        or (normalize(q.qualifier) in lex.period_qualifiers and _counted_after_year(text, q, start) is None
            and (q.is_range or (not _figure_not_in(q, RECENT_YEARS) and (
                _PERIOD_ENDS.match(text, q.end) is not None or _word_after_in(text, q, lex.values["ARTICLE"])
                or _word_after_in(text, q, lex.values["INDEF"])))))
    ):
        # "above 2019 levels", "ниже отметки 2020 года": the levels are bounded, the year is the year; "over 2019-22",
        # "Over 2020, sales fell": during the year (``period_qualifiers``)
        q = _unqualified(q)
    if q.kind is YEAR and q.qualifier is not None and q.text.startswith(q.qualifier) and q.text[-1:].isdigit() and (
            normalize(q.qualifier) in lex.number_qualifiers
            # ("بأكثر من 2000", a letter written onto it)
            or (q.qualifier[:1] in lex.prefixes and normalize(q.qualifier[1:]) in lex.number_qualifiers)
    ) and not _YEAR_COMPARED.match(text, q.end):
        # "More than 2000 were injured", "dont plus de 1500 pour les infirmiers": an amount ("более 2030 года" keeps its
        # year's word and is one, and so are "more than 2019's figure", "more than 2020 and 2021 combined")
        q = replace(q, kind=NUMBER, precision=Decimal("0.5"))
    elif (q.kind is YEAR and q.qualifier is not None and lex.exceed_stems and q.text.startswith(q.qualifier)
          and q.text[-1:].isdigit() and isinstance(q.value, Decimal) and q.value % 100 == 0
          and _of_exceeding(q.qualifier, lex) and not _YEAR_COMPARED.match(text, q.end)):
        # "Complaints topped 2000", "a dépassé 1500", "превысило 1000": a verb of exceeding bounds an amount in round
        # hundreds; a year that is none is compared ("Bookings surpassed 2019", "exceeded 1976 in severity")
        q = replace(q, kind=NUMBER, precision=Decimal("0.5"))
    if (q.kind is YEAR and q.bound in (ABOUT, MORE_THAN, AT_LEAST, LESS_THAN) and isinstance(q.value, Decimal)
            and q.value % 100 == 0 and q.text[-1:].isdigit() and _word_after_in(text, q, lex.verbs_after_figures)):
        # "Bijna 1500 kregen een boete", "Around 2000 were killed": a hedged round hundred before its clause's verb is how
        # many did it
        q = replace(q, kind=NUMBER, precision=Decimal("0.5"))
    noun = _counted_after_year(text, q, start) if q.kind is YEAR else None
    if q.kind is YEAR and noun is None and bare and q.text.isdigit() and (points := _NEXT_WORD.match(text, q.end)) and (
        normalize(points.group(1)) in lex.points_words and _word_before(text, q, start) not in (lex.bare_years_after or ())
        and (_figure_not_in(q, RECENT_YEARS) or _change_in_clause(text, q, start, lex)
             or _exceeded(text, replace(q, kind=COUNT), start) is not None)
    ):  # "a gagné 1745 points"; a recent year names things, but after a verb of change (or of exceeding, "تجاوز المؤشر
        # 2000 نقطة") in its clause it counts them
        # too ("Budget 2025 points to", "Prices rose. Budget 2025 points to"; "ha guadagnato 2030 punti")
        noun = points.group(1)
    if (q.scale is not None and not q.is_range and (area := _SCALE_LETTER_AREA.fullmatch(q.text)) is not None
            and (unit := lex.measure_symbols.get(area.group(2))) is not None):
        # "a 75m2 flat", "a 1,500m2 warehouse": a unit of area whose letter is also a scale's, not 75 million and 2
        figure, precision = parse_number(area.group(1), lex)
        return replace(q, kind=MEASURE, unit=unit, value=figure, precision=precision, scale=None, scale_exponent=0,
                       scale_span=None, noun=None)
    if (q.kind in (NUMBER, COUNT) and q.unit is None and q.text[-1:].isdigit() and text[q.end : q.end + 1] in _MULTIPLE_SIGNS
            and _GLUED_MULTIPLE.match(text, q.end)
            and (text[q.end] != "х" or q.is_range or not isinstance(q.value, Decimal) or q.value != q.value.to_integral_value())):
        # "2.1x EBITDA", "с 2,1x до 1,8x", "grew 10×": a multiple written with its sign, which counts nothing (the Cyrillic
        # letter only after decimals or a range: "1,2х"; in "в 90х годах" it is a case ending)
        return replace(q, kind=NUMBER, noun=None, end=q.end + 1, text=text[q.start : q.end + 1])
    if noun is not None:
        q = replace(q, kind=COUNT, noun=noun, precision=Decimal("0.5"))
        if q.bound is EXACT and q.qualifier is None and not q.is_range and (exceeded := _exceeded(text, q, start)):
            q = replace(q, bound=exceeded)  # (a verb of exceeding, asked of the count the year's figure is: "تجاوز المؤشر
            # 2000 نقطة")
        return q
    if (lex.multiple_divided and bare and q.kind is NUMBER and isinstance(q.value, Decimal) and q.value > 1
            and " ".join(_two_words_before(text, q, start)) in lex.multiple_divided):
        return replace(q, value=1 / q.value, precision=Decimal(0))  # "divisé par deux": the share that is left, 1/N
    # (the word after a number is read as a word of times, else as what it counts: the engine is asked once)
    word_after = _NEXT_WORD.match(text, q.end) if q.kind is NUMBER else None
    hyphen_noun = _HYPHEN_NOUN.match(text, q.end) if q.kind is NUMBER and word_after is None else None
    times = word_after or hyphen_noun
    # ("and a half" after the word of times: "deux fois et demie plus cher", "due volte e mezzo più caro")
    half = _and_a_half(q.lang).match(text, times.end()) if (
        times is not None and word_after is not None and isinstance(q.value, Decimal) and q.value == q.value.to_integral_value()
        and normalize(times.group(1)) in lex.times_words) else None
    if half is not None and not lex.values["INDEF"].keys().isdisjoint(normalize(half.group()).split()):
        half = None  # (not with its article, which reads a fraction of its own: "twee keer en een half")
    if times is not None and _a_multiple(text, q, times, start, lex, end=half.end() if half is not None else None):
        # "four times higher", "quatre fois plus", "в 5,4 раза", "ثلاثة أضعاف", "a 2.5-fold rise": a multiple,
        # which counts nothing; the word of times is part of what it states
        end = half.end() if half is not None else times.end()
        # ("بأربع مرات تقريبا": about four times, and so "tre volte o più in due anni", before a preposition)
        q = _bounded_after(text, replace(q, end=end, text=text[q.start : end]), lex, anywhere=True)
        if half is not None:
            q = replace(q, value=q.value + _HALF_UNIT, precision=q.precision / 2)  # type: ignore[operator]
        if isinstance(q.value, Decimal) and q.value > 1 and (_word_after_in(text, q, lex.multiple_less) or _after_decrease(text, q, start, lex)):
            # "в три раза меньше", "deux fois moins", "four times less": the share that is left, 1/N
            # (a bound turned over: "более чем в три раза меньше" leaves less than a third)
            # (a range's ends change places: "в 1,5–2 раза дешевле" leaves a half to two thirds)
            low = 1 / q.range_to if isinstance(q.range_to, Decimal) and q.range_to > q.value else 1 / q.value
            high = 1 / q.value if low != 1 / q.value else None
            q = replace(q, value=low, range_to=high, precision=Decimal(0), bound=_TURNED_OVER.get(q.bound, q.bound))
    elif q.kind is NUMBER and isinstance(q.value, Decimal) and q.value == q.value.to_integral() and (
            q.scale is not None or q.precision >= 1 / 2):
        # A whole number before a word counts it ("91 ЦОД"); "three fifths of" is a share, not a count, and a figure
        # written with tenths and no scale counts nothing either ("магнитудой 7,0 произошло", as "7,2" does not).
        after = word_after
        if after is None and lex.hyphen_nouns:
            after = hyphen_noun  # "a 12-member panel"
        if after is not None and normalize(after.group(1)) in lex.values["CUR_LINK"]:
            after = _NEXT_WORD.match(text, after.end())  # "un billion de paramètres"
        elif after is not None and normalize(after.group(1)) in lex.difference_words:
            after = _NEXT_WORD.match(text, after.end())  # "3 more wards" (not "155 more than", "de plus qu'en")
            after = after if after is not None and _counted_after_difference(normalize(after.group(1)), lex) and not (
                q.scale is not None and normalize(after.group(1)) in lex.money_nouns) else None  # ("9 milioni più bonus")
        elif after is not None and _scale_noun_unlinked(lex, q, normalize(after.group(1))):
            after = None  # "contre 51,7 milliards estimés"
        if after is not None and normalize(after.group(1)) in lex.partitive and _YEAR_NEXT.match(text, after.end()):
            after = None  # "contro i 99 del 2022", "3,5 of 2023": the year of the figure, nothing counted
        elif after is not None and _time_phrase(text, after, lex):
            after = None  # "2.9 million last year", "2,9 miljoen vorig jaar", "contro i 26 miliardi di prima"
        elif after is not None and q.scale is not None and normalize(after.group(1)) in lex.money_nouns:
            after = None  # "3 miliardi di debito", "1,2 miliardi di capitalizzazione": an amount of money, nothing counted
        # "20 e minore di 35": a connective or any other vocabulary word is not what is counted; but a unit's word that is
        # a noun too is after a scale, where no spell has it ("961 ألف عقد", contracts).
        if after is not None and (_is_counted(normalize(after.group(1)), lex) or (
                q.scale is not None and lex.fold(after.group(1)) in lex.unit_homographs)):
            q = replace(q, kind=COUNT, noun=after.group(1))
            bound = _bound_after(q.lang).match(text, after.end()) if q.bound is EXACT and q.qualifier is None else None
            if (
                bound is not None and (_clause_goes_no_further(text, bound.end(), lex)
                                       or _word_after_in(text, replace(q, end=bound.end()), lex.verbs_after_figures))
                and normalize(text[after.start(1) : bound.end()]) not in lex.categories  # "300 più o meno"
                and not _opens_a_comparison(text, bound, lex)
            ):
                # "قتل 15 شخصا على الأقل", "15 personnes ou plus": the qualifier after the noun counted (and before the verb
                # it is the subject of: "les entreprises de 10 salariés ou plus ont connu une grève")
                form = normalize(bound.group(1))
                q = replace(q, bound=Bound(lex.values["Q_AFTER"][form]), qualifier=bound.group(1), end=bound.end(),
                            text=text[q.start : bound.end()])
    if (q.bound is EXACT and q.qualifier is None and q.kind is NUMBER and isinstance(q.value, Decimal) and 0 < q.value < 1
            and not _DIGIT.search(q.text) and (noun := _NEXT_WORD.match(text, q.end)) is not None
            and (bound := _bound_after(q.lang).match(text, noun.end()) or _bound_after_adjective(text, noun, lex)) is not None
            and (_clause_goes_no_further(text, bound.end(), lex) or not _a_figure_next(text, bound.end(), lex))):
        # "نصف المهاجرين تقريبا", "ربع السكان تقريبا", "نصف الدبابات المطلوبة تقريبا": a qualifier after a fraction's word and
        # its noun (and the noun's adjective) bounds the fraction, where no figure follows it
        q = replace(q, bound=Bound(lex.values["Q_AFTER"][normalize(bound.group(1))]), qualifier=bound.group(1), end=bound.end(),
                    text=text[q.start : bound.end()])
    if q.bound is EXACT and q.qualifier is None and q.kind is not NUMBER and (bound := _bound_after_period(text, q, lex)) is not None:
        # "£240 a month or more", "200 euro per maand of meer", "500 جنيه شهريا أو أكثر": a qualifier after a rate's period
        q = replace(q, bound=Bound(lex.values["Q_AFTER"][normalize(bound.group(1))]), qualifier=bound.group(1), end=bound.end(),
                    text=text[q.start : bound.end()])
    if (q.bound is EXACT and q.scale is None and not q.is_range and q.kind is NUMBER and not lex.number_after_unit
            and not _DIGIT.search(q.text) and lex.fold(_word_before(text, q, start)) in lex.references):
        # "le numéro neuf", "la maglia numero sette", "version two": a reference spelled, as "version 2" is one
        # (not where the number counts a noun: "a clause one expert called", "la versione due porte"; nor in a
        # language that writes a number after its noun: "بند واحد" is one item)
        return None
    if (q.bound is EXACT and q.scale is None and not q.is_range and q.text.isdigit() and q.kind in (NUMBER, COUNT, YEAR)
            and lex.flight_words and _word_before(text, q, start) in lex.flight_words
            and (_of_elided_next(text, q.end, lex) or not _counts_the_noun_after(text, q.end, lex, q.value))
            and _measure_pattern(q.lang).match(text, q.end) is None and not _word_after_in(text, q, lex.times_words)
            and not _a_period_next(text, q.end, lex, rate=True)):
        # "BA flight 286 from San Francisco", "Le vol 4590 d'Air France", "Рейс 1492 Москва — Мурманск": a flight's number
        # (``flight_words``; a count stays where it counts the noun after it, "Sul volo 150 passeggeri", and so does a
        # figure before a unit, a word of times or a rate's period: "la velocità del treno 300 km/h", "neemt de trein 3 keer
        # per week", "will train 300 a year")
        return None
    if (q.bound is EXACT and q.scale is None and not q.is_range and q.text.isdigit() and q.kind in (NUMBER, COUNT)
            and (label := _ANY_PREV_WORD.search(text, max(start, q.start - 32), q.start)) is not None
            and (normalize(label.group(1)) in lex.label_nouns or (
                normalize(label.group(1)) in lex.series_nouns and _a_series_part(text, q, label.start(), start, lex)))
            and not label.group(1)[:1].isupper()
            and _opens_a_place(text, label.start(), start, lex)
            and ((q.kind is NUMBER and isinstance(q.value, Decimal) and (
                    q.value < 100 or not _word_after_in(text, q, lex.verbs_after_figures)
                    or not _after_a_preposition_and_article(text, label.start(), start, lex)))
                 or (q.unit is None and isinstance(q.value, Decimal) and q.value < 100
                     and not _counts_the_noun_after(text, q.end, lex, q.value)
                     and ((unit := _measure_pattern(q.lang).match(text, q.end)) is None or not unit.group("gap"))))
            and not _a_size(text, q, lex) and _part_of_a_whole(q.lang).match(text, q.end) is None):
        # "Boarding closes at gate 42", "accosté au terminal 4", "al molo 7 alle 6.45": a place's number after a preposition
        # or an article, which counts nothing, nor, under a hundred, a word that is no plural ("on floor 3 reopened", "в
        # зале 4 Мосгорсуда", "in zaal 3 loopt"; "Dans la salle 200 attendaient" counts; a count stays: "the gate 42 people
        # used", "In the room 5 of the 9 jurors"; so does a figure after the noun's verb, "would dock 3 of its slots", "can
        # berth 2 at a time", and a size's figure: "комната 3 на 4 метра"; capitalised, the noun may name an institution:
        # "in de Tweede Kamer 88 van de 150"; a hundred or more after a preposition, the article and the noun, before a
        # verb, counts too: "Omdat in de zaal 300 zaten", "In the hall 200 had gathered", where "la salle 201 de l'hôtel de
        # ville" and "La chambre 412 a été rénovée" are places)
        return None
    if (
        q.kind is COUNT and q.noun is not None and q.qualifier is not None and normalize(q.qualifier) in lex.among_words
        and not lex.survey_words.isdisjoint(normalize(w) for w in _WORDS.findall(text[max(start, q.start - 48) : q.start])[-5:])
    ):
        # "een onderzoek onder 12.000 volwassenen", "onderzoek van ABN Amro onder 2.000 jongvolwassenen":
        # after a word of survey up to four words back (``survey_words``), among them, no bound ("onder
        # 12 jaar", "dorpen onder 1.000 inwoners" keep theirs)
        q = _unqualified(q)
    if q.qualifier is not None and normalize(q.qualifier) in lex.mark_qualifiers and q.text.startswith(q.qualifier) and (
        q.kind is not NUMBER or q.is_range or _a_vote(text, q, lex) or _word_after_in(text, q, lex.partitive)
    ):
        q = _unqualified(q)  # "has passed 12 bills", "passed $95 billion in aid", "passed 52-48", "passed 4 of her 6 exams"
    if q.kind in (COUNT, DURATION) and q.qualifier is not None and normalize(q.qualifier) in lex.crossing_qualifiers and (
        q.kind is DURATION or normalize(str(q.noun)) not in lex.threshold_nouns
    ) and lex.threshold_nouns.isdisjoint(normalize(q.qualifier).split()):
        # "Migrants crossed the 21 miles of open water", "broke through the 2 defensive lines", "crossed the 200-day moving
        # average": what is crossed (not "crossed the 2,500 mark", "door de grens van 950 punten")
        q = _unqualified(q)
    if q.kind is DURATION and q.qualifier is not None and normalize(q.qualifier) in lex.order_qualifiers and (
        _word_after_in(text, q, lex.ago_words)
    ):
        # "no earlier than 3 weeks ago", "niet eerder dan 5 jaar geleden": no earlier than a point in time so long ago
        # is at most so long ago
        q = replace(q, bound=_TURNED_OVER.get(q.bound, q.bound))
    if q.kind is COUNT and q.noun is not None and normalize(q.noun) in lex.spread_nouns and q.qualifier is not None and (
            normalize(q.qualifier) in lex.spread_words and q.text.startswith(q.qualifier)) and (
            _counted_before(text, q, start, lex)
            or (_after_amount(text, q, start) and not text[max(start, q.start - 8) : q.start].rstrip()[-1:].isdigit())) or (
            q.kind is COUNT and q.qualifier is not None and normalize(q.qualifier) in lex.spread_words and q.text.startswith(q.qualifier)
            and _word_before(text, q, start) in lex.spread_verbs):
        # "The Tour covers 3,492km over 21 stages", "30 goals over 25 matches", "$2m over 10 events": the parts an amount
        # is spread over, as a spell is below, and whatever follows a verb of spreading ("52 bedrooms spread over four
        # floors"; not "scored over 21 goals", "In 2019 over 20 matches")
        q = _unqualified(q)
    if q.kind is DURATION and q.qualifier is not None and normalize(q.qualifier) in lex.spread_words and q.text.startswith(q.qualifier) and (
        ((word := _word_before(text, q, start)) in lex.spread_verbs or word in lex.spread_spell_verbs)
        and not _word_after_in(text, q, lex.spread_not_before)
        or word not in lex.spread_not_after and not _word_after_in(text, q, lex.ago_words) and (
            _after_amount(text, q, start) or _after_amount_and_noun(text, q, start, lex) or _to_an_amount_after(text, q, lex)
            or _ends_a_clause_with_a_figure(text, q, start, lex))
    ) and not _word_after_in(text, q, lex.age_words) and _unit_written(q, lex):
        # "$40 billion over 5 years", "a £250,000 loan over 25 years", "cumulative losses over five years to
        # nearly £430m", "payments spread over seven years": the spell the amount is spread over (not an age: "a
        # $2m house over 100 years old", nor one whose unit is unwritten, "£8 for visitors over 65", "1,450 ppm ... for
        # children over three"; not after a word that says by how much the bound is passed: "900 works in just over a
        # decade"; nor, after a verb, before a word that makes the spell a delay or a rate: "were paid over three months
        # late", "paid over 60 days after delivery")
        q = _unqualified(q)
    if (q.kind is DURATION and q.bound is MORE_THAN and q.qualifier is not None and lex.exceed_stems
            and _of_exceeding(q.qualifier, lex) and _a_period_next(text, q.end, lex, rate=True)
            and len(after := [normalize(w) for _, w in _ELIDED_WORDS.findall(text, q.end, min(len(text), q.end + 40))[:3]]) == 3
            and after[2] in lex.values["ARTICLE"]):
        # "overschrijdt 35 dagen per jaar de norm", "dépassent 20 jours par an le seuil": the days a year on which the limit
        # named after them is exceeded, no bound on them (a threshold keeps it: "qui dépassent 120 jours par an sont
        # interdits", "who exceed 90 days a year in the country")
        q = _unqualified(q)
    return q


def _unit_written(q: Quantity, lex: Lexicon) -> bool:
    """Whether the last word of ``q``'s text is a unit of time ("over 5 years"; not a bare age, "over 65", "over three")."""
    last = _LAST_LETTERS.search(q.text)
    return last is not None and "DUR" in lex.classify("word", lex.fold(last.group()))



def _counted_before(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a figure and the one word it counts or measures end right before ``q`` ("3,492km over", "30 goals
    over"); not a year or a day and its month ("In 2019 over 20 matches", "On 5 May over 20 matches")."""
    m = _FIGURE_AND_WORD_BEFORE.search(text, max(start, q.start - 40), q.start)
    if m is None:
        return False
    figure = m.group(1).replace(",", "").replace(".", "")
    return not (figure.isdigit() and len(figure) == 4 and int(figure) in YEAR_FIGURES) and (
        _TIME_WORDS.isdisjoint(lex.classify("word", lex.fold(normalize(m.group(2))))))


_FIGURE_AND_WORD_BEFORE = lazy(r"(\p{N}[\p{N}.,]*)[ \u00a0]?(\p{L}+)[ \u00a0]+$")


def _price_floor_before(text: str, q: Quantity, start: int, lex: Lexicon) -> int | None:
    """Where a word of ``price_floor_words`` and a word of "from" stand right before ``q``, spaces, a dash or a colon
    between: the price's floor, "стоит от 30 000 рублей", "стоимостью от 10 млн рублей", "цена — от 1,2 млн рублей" (a
    range after them, "стоят от 2000 до 5000 рублей", is read as one before this is asked), where the floor starts; where
    the verb comes first, a verb of starting with its noun of price right after it, a few words before "from" in the
    clause ("يبدأ سعر السيارة الجديدة من 1.2 مليون جنيه"), where "from" starts; else None."""
    every = list(_WORD_SPANS.finditer(text, max(start, q.start - 96), q.start))
    words = every[-2:]
    if len(words) < 2 or text[words[1].end() : q.start].strip() or normalize(words[1].group()) not in lex.values["FROM"]:
        return None
    if lex.verb_first:
        # "يبدأ سعر السيارة الجديدة من 1.2 مليون جنيه": the verb, the noun of price right after it, its complement, "from"
        clause = every[-9:-1]
        at = next((k for k in range(len(clause) - 1) if _prefixed_in(lex, normalize(clause[k].group()), lex.price_floor_words)
                   and normalize(clause[k + 1].group()) in lex.price_words), None)  # (and "ويبدأ": a conjunction written on)
        if at is not None and not _CLAUSE_MARK.search(text, clause[at].end(), words[1].start()):
            return words[1].start()
        return None
    # (a dash or a colon may stand between the noun and "from": "цена — от 1,2 млн рублей"; after a dash the noun of price
    # may open the clause a few words before: "Минимальная стоимость «квадрата» в бизнес-классе — от 380 тыс. рублей")
    gap = text[words[0].end() : words[1].start()]
    floor = normalize(words[0].group()) in lex.price_floor_words
    dashed = gap.strip(" \u00a0") in ("—", "–", ":")
    if gap.strip(" \u00a0—–:") or not (floor or dashed):
        return None
    rest = _CLAUSE_MARK.split(text[q.end : q.end + 48], 1)[0]
    if any(normalize(w.group()) in lex.values["TO"] and _FIGURE_NEXT.match(rest, w.end()) for w in _WORD_SPANS.finditer(rest)):
        # (not where "до" and a figure follow, the end of a range or a change: "— от 120 млн рублей в 2022 году до 190 млн
        # рублей"; "стоят от 45 тыс. рублей до окончания раннего бронирования", "start from £25 to see" are floors)
        return None
    if floor:
        return words[0].start()
    if dashed:
        clause = every[-8:-1]
        cut = max((k + 1 for k in range(len(clause) - 1) if _CLAUSE_MARK.search(text, clause[k].end(), clause[k + 1].start())), default=0)
        if any(normalize(w.group()) in lex.price_floor_words for w in clause[cut:]):
            return words[1].start()
    return None


def _ordinal_by_prefix(text: str, q: Quantity, before: regex.Match[str], lex: Lexicon) -> bool:
    """Whether the prefix written onto the figure makes it an ordinal (``ordinal_prefixes``), ``before`` the
    word before the prefix: after a noun that is ranked (``after``: "الدورة الـ44 من المهرجان", "الذكرى الـ75
    للنكبة", "بالمركز الـ3", a conjunction or preposition written onto it), and before no definite word (not
    "الركاب الـ12", "خلال الـ24 ساعة", counts with the article)."""
    after = _NEXT_WORD.match(text, q.end)
    word = normalize(before.group(1))
    ranked = _prefixed_in(lex, word, lex.ordinal_nouns)
    return ranked and (after is None or not after.group(1).startswith(lex.definite_prefixes))


def _word_before_prefix(text: str, q: Quantity, start: int, lex: Lexicon) -> regex.Match[str] | None:
    """The word before a prefix written onto ``q``'s figure (``ordinal_prefixes``: "الدورة" of "الدورة الـ44"),
    or None where there is no such prefix or word."""
    if not text.endswith(lex.ordinal_prefixes, start, q.start):
        return None  # (most figures, and every figure of a language with no such prefix: told without a loop)
    prefix = next(p for p in lex.ordinal_prefixes if text.endswith(p, start, q.start))
    return _ANY_PREV_WORD.search(text, max(start, q.start - len(prefix) - 32), q.start - len(prefix))


def _unit_before_prefix(before: regex.Match[str], lex: Lexicon) -> str | None:
    """The unit of time a figure with the article written onto it counts when ``before``, the word before
    the prefix, is that unit with its own article: "الساعات الـ48 الماضية", "الأيام الـ10" (the 48 hours,
    the 10 days); else None."""
    word = lex.fold(normalize(before.group(1)))
    unit = lex.values["DUR"].get(word) if word.startswith(lex.definite_prefixes) else None
    return unit if isinstance(unit, str) else None


def _a_multiple(text: str, q: Quantity, times: regex.Match[str], start: int, lex: Lexicon, end: int | None = None) -> bool:
    """Whether the word of times after ``q`` (``times``) makes it a multiple rather than how often ("three
    times a week", "deux fois à Kiev", "три раза в день" are counts of times): a word that always does
    ("fold", "أضعاف"), a comparative after it ("four times higher", "quatre fois plus"), an article and a
    noun of amount ("1,1 fois l'Ebitda", "trois fois le niveau de 2019"; not "trois fois le Tour"), or a word
    before the figure ("в три раза") or a letter written onto it ("أكبر بعشر مرات"); ``multiple_marks``."""
    word = normalize(times.group(1))
    if word not in lex.times_words or times.group(1)[:1].isupper():
        return False  # (not "1 million Times Square revellers")
    if word in lex.multiple_always:
        return True
    at = times.end() if end is None else end  # (past "and a half" after the word of times, where ``end`` is given)
    after = _ELIDED_WORDS.match(text, at)
    if after is not None and normalize(after.group(2)) in lex.multiple_after:
        return True
    for _ in range(_MULTIPLE_NOUN_REACH):
        # a noun of amount among the next three words, with no preposition, conjunction, article of one or unit of time
        # before it: "14 fois les bénéfices", "1,1 volte l'Ebitda", "15 volte il suo valore", "twintig keer de verwachte
        # winst", "eight times average local earnings" (not "trois fois le Tour de France", "eight times a year", "eight
        # times in a row")
        if (word_after := _ELIDED_WORDS.match(text, at)) is None:
            break
        key = normalize(word_after.group(2))
        if key in lex.multiple_nouns:
            return True
        if (key in lex.prepositions or key in lex.conjunctions or key in lex.values["INDEF"]
                or "DUR" in lex.classify("word", lex.fold(key))):
            break
        at = word_after.end()
    glued = text[q.start - 1 : q.start] if q.start > start else ""
    last = normalize(q.qualifier).split()[-1] if q.qualifier and q.text.startswith(q.qualifier) else ""
    # (the word may end the qualifier: "более чем в 2 раза")
    before = _word_before(text, q, start)
    if before in lex.multiple_after_change and _after_change(text, q, start):
        return True  # "Il fatturato è cresciuto di 2,2 volte" (not "una media di tre volte al giorno")
    if lex.multiple_verbs and _multiplied(text, q, start, lex):
        return True  # "تضاعفت إيرادات شباك التذاكر 3 مرات": a verb of multiplying and its subject before it
    return (before in lex.multiple_before or last in lex.multiple_before
            or (glued.isalpha() and glued in lex.multiple_before))


_MULTIPLE_NOUN_REACH = 3


def _multiplied(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a verb of multiplying (``multiple_marks: verbs``) stands at most eight words before ``q`` in its clause,
    its subject or object between with no word that opens another clause (``multiple_marks: breaks``, and
    ``breaks_before_two`` before two words or more; where a language lists none, no preposition) and no word with "and"
    written on ("تضاعفت إيرادات شباك التذاكر 3 مرات", "ضاعفت الشركة أرباحها ثلاث مرات", "تضاعف عدد البلاغات عن الجرائم
    الإلكترونية ثلاث مرات"; not "ضاعف الفريق رصيده بعدما فاز 3 مرات", "تضاعفت ثروته منذ ترشح 4 مرات", "وضاعف النادي جهوده
    وتوج باللقب 3 مرات": how often the later verb's act was done)."""
    words = _clause_words_before(text, q.start, start, lex)[-_MULTIPLIED_REACH:]
    verb = next((k for k in range(len(words) - 1, -1, -1) if words[k].startswith(lex.multiple_verbs)), None)
    if verb is None:
        return False
    between = words[verb + 1 :]
    if lex.multiple_breaks:  # (before two words or more, a clause; one noun is the verb's own: "بسبب الحرب")
        return not any(w in lex.multiple_breaks or (w in lex.multiple_breaks_before_two and len(between) - k > 2) or _and_onto(lex, w)
                       for k, w in enumerate(between))
    return not any(w in lex.prepositions or _and_onto(lex, w) for w in between)


_MULTIPLIED_REACH = 8


def _after_decrease(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a verb of decrease (``multiple_marks: less_verbs``) stands in the clause before a multiple:
    "расходы сократились вдвое", "снизилось в три раза" (the share that is left, 1/N)."""
    if not lex.multiple_less_verbs:
        return False
    after = _NEXT_WORD.match(text, q.end)
    if after is not None and normalize(after.group(1)) in lex.multiple_after:
        return False  # "сократила в два раза больше сотрудников", "снижается в два раза быстрее": a multiple still
    return any(w.startswith(lex.multiple_less_verbs) for w in _clause_words_before(text, q.start, start, lex)[-4:])


def _a_series_part(text: str, q: Quantity, noun: int, start: int, lex: Lexicon) -> bool:
    """Whether a figure after a noun of a part of a series (``series_nouns``) starting at ``noun`` names that part: a word
    of "of" (or of ``partitive``) or the clause's end right after it ("la saison 3 de la série", "la stagione 3 della
    serie", "compared with season 2."), or a word of "of" right before the noun ("viewing of season 3 fell"); not "Over
    the season 15 were arrested"."""
    if _CLAUSE_END_AFTER.match(text, q.end) or _word_after_in(text, q, lex.values["OF"]) or _word_after_in(text, q, lex.partitive) or (
            _of_elided_next(text, q.end, lex)):
        return True
    before = _ANY_PREV_WORD.search(text, max(start, noun - 24), noun)
    return before is not None and normalize(before.group(1)) in lex.values["OF"]


def _word_after_in(text: str, q: Quantity, words: Container[str]) -> bool:
    after = _NEXT_WORD.match(text, q.end)
    return after is not None and normalize(after.group(1)) in words


def _after_amount_and_noun(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether an amount of money, a percent or a scaled figure and one word that is no preposition stand
    right before ``q``: "a £250,000 loan over 25 years" (not "paid £250,000 for over 25 years", nor a
    bare count: "5 people over 60 years old"), or two or three words of its noun, or a preposition and its noun ("a 32%
    pay rise over five years", "half a trillion dollars in savings over ten years")."""
    word = _ANY_PREV_WORD.search(text, max(start, q.start - 32), q.start)
    if word is None or not text[word.end(1) : q.start].isspace():
        return False
    noun = normalize(word.group(1))
    if noun in lex.prepositions or noun in lex.conjunctions:
        return False
    at = word.start(1)
    for _ in range(3):
        if _amount_ends_before(text, at, start, lex):
            before = text[max(start, at - 24) : at].rstrip()
            # (a bare count and its noun right before a spell no age is counted in: "A trial involving 120 women over 12
            # weeks"; not past a verb, "20 migrants spent over 30 days at sea")
            return not before[-1:].isdigit() or _SIGNED_FIGURE_END.search(before) is not None or (
                q.unit in ("week", "day") and at == word.start(1))
        prev = _ANY_PREV_WORD.search(text, max(start, at - 32), at)
        if prev is None or not text[prev.end(1) : at].isspace():
            return False
        at = prev.start(1)
        if normalize(prev.group(1)) in lex.partitive:
            # (a part of what is counted, "15% of residents over 65 years of age"; but money or a scale of what is spread,
            # "to restructure $6.3bn of loans over 20 years")
            word = _ANY_PREV_WORD.search(text, max(start, at - 32), at)
            return word is not None and text[word.end(1) : at].isspace() and (not _MONEY_OR_SCALE.isdisjoint(
                lex.categories.get(normalize(word.group(1)), ())) or normalize(word.group(1)) in lex.measure_words)
            # (or a measure of it: "sieved 40 tonnes of soil over six weeks")
        if normalize(prev.group(1)) in lex.prepositions:
            return _amount_ends_before(text, at, start, lex)  # (a preposition and its noun after the amount)
    return False


_SIGNED_FIGURE_END = lazy(r"\p{Sc}[ \u00a0]?[\d.,]+$")
_CURRENCY_SIGN_END = lazy(r"\p{Sc}[ \u00a0]?$")


# What may not stand between points and their percent: a sentence's or a clause's end other than a comma.
_NOT_A_COMMA = lazy(r"[.;:!?()\[\]\n؛؟]")


def _a_level(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether ``q`` is a level reached: after a word of "to" ("to 49%", "al 22,8%", "до 40%"), or a level
    stated (``level_words``: "Turnout was 67%", "è stata del 58%", "составила 67%"), or a share of something after no verb
    of change ("rated 89 per cent of schools good"; not "rose 25% of its value")."""
    return (q.qualifier is not None and normalize(q.qualifier) in lex.values["TO"]) or _word_before(
        text, q, 0) in lex.values["TO"] or (q.qualifier is None and _vague_before(text, q, 0, lex.level_words)) or (
        # (or an elided one written onto it: "salita all'11%")
        (elided := _ARTICLE_ONTO.search(text, max(0, q.start - 12), q.start)) is not None
        and normalize(elided.group()) in lex.values["TO"]) or (
        q.unit == "percent" and _word_after_in(text, q, lex.values["OF"]) and not _after_change(text, q, max(0, q.start - 48), by=True))


# An amount among words: a figure with a percent or currency sign, or grouped, or of three digits or more
# that is no year ("In 2019 she had worked there over 20 years", "At 45 he had lived" are no amounts).
_AN_AMOUNT = lazy(
    rf"\p{{Sc}}\s?[{DIGITS}]|[{DIGITS}]\s?[%٪\p{{Sc}}]|[{DIGITS}][,.\u00a0\u202f ][{DIGITS}]{{3}}"
    rf"|(?<![{DIGITS}])(?!(?:1[5-9]|20)[{DIGITS}]{{2}}(?![{DIGITS}]))[{DIGITS}]{{3,}}"
)


def _ends_a_clause_with_a_figure(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether ``q`` ends its clause, which a figure opened before it, and no preposition stands right
    before its qualifier: "a 40% pay rise over four years.", "deport 10,000 people over three years",
    "£11.6bn on international climate finance over five years" (not "paid £250,000 for over 25 years",
    "He has worked there over 20 years")."""
    before = text[max(start, q.start - 96) : q.start]
    stop = max((m.end() for m in _SENTENCE_STOP.finditer(before)), default=0)
    clause = before[max(stop, _clause_mark_end(before)) :]
    word = _ANY_PREV_WORD.search(text, max(start, q.start - 32), q.start)
    if word is not None and normalize(word.group(1)) in lex.prepositions:
        return False
    return _AN_AMOUNT.search(clause) is not None and _clause_goes_no_further(text, q.end, lex)


def _to_an_amount_after(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether "to" and an amount follow ``q``: "losses over five years to nearly £430m"."""
    after = _NEXT_WORD.match(text, q.end)
    return after is not None and normalize(after.group(1)) in lex.values["TO"] and _FIGURE_SOON.match(text, after.end()) is not None


_FIGURE_SOON = lazy(r"(?:[ \u00a0]+\p{L}+){0,2}[ \u00a0]*[$€£¥₽]?[\d٠-٩]")


def _article_not_one(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether ``q`` ends in the article and a word of times or an idiom follows (``article_idioms``)."""
    words = _WORDS.findall(q.text)
    after = _NEXT_WORD.match(text, q.end)
    if not words or normalize(words[-1]) not in lex.values["INDEF"] or after is None:
        return False
    word = normalize(after.group(1))
    return word in lex.times_words or word in lex.article_idioms


def _year_of_a_level(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether a year after a qualifier names the time of a level (``year_level_nouns``) written
    after it ("above 2019 levels") or in the qualifier ("ниже отметки 2020 года"), or of a thing crossed
    (``crossing_qualifiers``: "Troops crossed the 1949 armistice line"; "superato il 1950 punti" counts); not a
    round hundred, which may be the level itself ("above 2000 levels", "превысил отметку в 2000", "crossed the
    2000 mark")."""
    if not _figure_not_in(q, _ROUND_HUNDREDS):
        return False
    written = normalize(str(q.qualifier))
    if written in lex.crossing_qualifiers or any(w in lex.year_level_nouns for w in written.split()):
        return True
    return _word_after_in(text, q, lex.year_level_nouns)


_ROUND_HUNDREDS = range(0, 10000, 100)


def _one_weighed(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether ``q``, one of a currency led by the indefinite article, is written in a form of a weight read in context
    (``measure_in_context``) that "of" and what is weighed follow: "a pound of Colombian coffee" (not "a pound of
    every ten spent", "a pound of the budget", "a pound of his winnings", "a pound of profit")."""
    words = q.text.split()
    context = lex.measure_in_context.get(words[-1]) if len(words) == 2 and normalize(words[0]) in lex.values["INDEF"] else None
    if context is None or not convertible(context.unit, "kg"):
        return False
    of, noun = _NEXT_WORD.match(text, q.end), None
    if of is not None and normalize(of.group(1)) in lex.values["OF"]:
        noun = _NEXT_WORD.match(text, of.end())
    return noun is not None and (word := normalize(noun.group(1))) not in lex.values["ARTICLE"] and word not in lex.every_words and (
        word not in lex.possessives and word not in lex.money_nouns)  # (not "a pound of his winnings", "a pound of profit")


def _after_amount(text: str, q: Quantity, start: int) -> bool:
    """Whether an amount ends right before ``q``."""
    return _amount_ends_before(text, q.start, start, lexicon(q.lang))


def _amount_ends_before(text: str, at: int, start: int, lex: Lexicon) -> bool:
    """Whether an amount ends right before ``at``: a figure, a percent or currency sign, or a scale,
    currency, subunit or percent word ("$40 billion over", "3% over", "500 euros over", "5 euros an hour",
    "30 cents a pound")."""
    before = text[max(start, at - 24) : at].rstrip()
    if before[-1:] == ")" and "(" in before:
        # "50 billion euros ($54 billion) over four years": an amount in brackets, with its currency, percent or scale
        # (not "Smith (45) waited over 3 years")
        inside = before[before.rindex("(") + 1 : -1].strip()
        last = _LAST_LETTERS.search(inside)
        if (last is not None and not _AMOUNT_CATEGORIES.isdisjoint(lex.categories.get(normalize(last.group()), ()))) or (
                inside[-1:].isdigit() and any(not _SIGNS.isdisjoint(lex.classify("sign", c)) for c in inside if not c.isalnum())):
            return True
    if before and (before[-1].isdigit() or not _SIGNS.isdisjoint(lex.classify("sign", before[-1]))):
        return True  # a figure, or a percent or currency sign
    word = _ANY_PREV_WORD.search(text, max(start, at - 32), at)
    return word is not None and not _AMOUNT_CATEGORIES.isdisjoint(lex.categories.get(normalize(word.group(1)), ()))


_AMOUNT_CATEGORIES = frozenset({"SCALE", "CUR_WORD", "CUR_AFTER", "PCT", "SUBUNIT"})
_MONEY_OR_SCALE = _AMOUNT_CATEGORIES - {"PCT"}
_LAST_LETTERS = lazy(r"\p{L}+$")
_AMOUNT_WORDS = frozenset({"NUMWORD", "DENOM", "SCALE"})  # "un terzo in meno del 2019"
_SIGNS = frozenset({"CUR_SIGN", "PCT"})


# What the text before a clause's first word ends in: nothing, a sentence's or a clause's stop.
_CLAUSE_OPENERS = frozenset({"", ".", "!", "?", ";", ":", ",", "\n", "(", "—", "–"})


def _a_multiple_ends_before(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a multiple ends right before ``q``: a figure or a number word over one and a word of times ("three times",
    "3 fois", "due volte"), or a multiple in one word ("twice"); not "once", "at times", "cette fois", "elke keer", "per
    la terza volta", nor a vague amount, which says as often how often ("Several times more than 40 drones were shot
    down")."""
    m = _FIGURE_AND_TIMES_BEFORE.search(text, max(start, q.start - 48), q.start)
    if m is None:
        return False
    if normalize(m.group(2)) in lex.glued_whole:
        return True
    number = normalize(m.group(1))
    return _DIGIT.search(number) is not None or lex.values["NUMWORD"].get(number, 1) != 1


# A word or figure, and the word right before a quantity: a multiple's figure and its word of times.
_FIGURE_AND_TIMES_BEFORE = lazy(r"(\S+)[ \u00a0]+(\p{L}+)[ \u00a0]+$")


def _unqualified(q: Quantity) -> Quantity:
    """``q`` without the qualifier written before it."""
    assert q.qualifier is not None and q.text.startswith(q.qualifier)
    rest = q.text[len(q.qualifier) :]
    figure = rest.lstrip()
    return replace(q, start=q.end - len(figure), text=figure, bound=EXACT, qualifier=None)


def _unqualified_after(q: Quantity) -> Quantity:
    """``q`` without the qualifier written after it ("2030 at the latest", "£50 plus")."""
    assert q.qualifier is not None and q.text.endswith(q.qualifier)
    figure = q.text[: len(q.text) - len(q.qualifier)].rstrip()
    return replace(q, end=q.start + len(figure), text=figure, bound=EXACT, qualifier=None)


def _figure_of(q: Quantity) -> str:
    """The text of ``q`` without the qualifier written before it ("نحو 1850": "1850")."""
    return q.text[len(q.qualifier) :].strip() if q.qualifier is not None and q.text.startswith(q.qualifier) else q.text


def _scale_noun_unlinked(lex: Lexicon, q: Quantity, word: str) -> bool:
    """Whether ``q`` ends in a scale noun (a million or more) of a language where such a noun reaches
    what it counts only through a link word (``scale_takes_link``: "51,7 milliards de personnes",
    "d'habitants"), and ``word``, after it, is none ("51,7 milliards estimés"; "3 mila persone" counts)."""
    if not (lex.scale_takes_link and q.scale_span is not None and q.scale_span[1] == q.end and q.scale_exponent >= 6):
        return False
    return not any(word.startswith(link) for link in lex.values["CUR_LINK"] if link[-1:] == "'")


# A year and the end of its clause: " 2022."
_YEAR_THEN_STOP = lazy(r"[ \u00a0]+(\d{4})(?=\s*(?:[,.;:!?)]|$))")


def _clause_goes_no_further(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the clause ends at ``end`` (punctuation, the text's end) or goes on with a conjunction or
    preposition and no figure: "قتل 15 شخصا على الأقل في الهجوم", "على الأقل وأصيب"; not "15 mensen of
    meer dan 20" (nor "twintig"), "500 children and older adults", "قتل 15 شخصا على الأقل 5 منهم أطفال"."""
    m = _WORD_AND_NEXT.match(text, end)
    assert m is not None  # (every part of the pattern is optional)
    if m.group(1) is None:
        return not m.group(3)  # punctuation or the end, not a figure
    word = normalize(m.group(1))
    if word in (lex.bare_years_after or ()) and (year := _YEAR_THEN_STOP.match(text, m.end(1))) is not None and int(year.group(1)) in RECENT_YEARS:
        return True  # "over six months in 2022.": a year that dates the clause, not a figure it goes on with
    if text[m.end(1) : m.end(1) + 1].isdigit():
        return False  # "على الأقل و5 منهم"
    if word not in lex.conjunctions and word not in lex.prepositions:
        # (a conjunction written onto the next word opens a clause: "على الأقل وأصيب 30 آخرون")
        return word[:1] in lex.prefixes and len(word) > 2
    after = m.group(2) or ""
    if after[:1].isdigit() and (month := _NEXT_WORD.match(text, m.end(2))) is not None and (
        "MONTH" in lex.classify("word", lex.fold(month.group(1)))
    ):
        return True  # "مقتل 78 شخصاً على الأقل في 14 يونيو": a date the clause goes on with, no figure
    # (nor a spelled number: "Negentien doden en meer dan twintig vermisten")
    return not after[:1].isdigit() and _NUMBER_WORDS.isdisjoint(lex.classify("word", lex.fold(after))) and (
        lex.pieces.fullmatch(lex.fold(after)) is None)


# The word after a point and the word after that, or else a figure's first digit.
_WORD_AND_NEXT = lazy(r"[ \u00a0]*(?:(\p{L}+)(?:[ \u00a0]+(\w+))?|(\d?))")
_NUMBER_WORDS = frozenset({"NUM", "NUMWORD", "INDEF", "SCALE", "SCALE_BARE"})


@cache
def _bound_after(lang: str) -> regex.Pattern[str]:
    """A qualifier written after a figure (``qualifiers_after``), right after the word the figure counts;
    not one that is also a conjunction there ("15 people plus their families"), nor one that ends in
    one, which opens a comparison there ("250 staff or more than €50 million")."""
    lex = lexicon(lang)
    forms = sorted((f for f in lex.values["Q_AFTER"] if f.rpartition(" ")[2] not in lex.conjunctions), key=len, reverse=True)
    return lazy(rf"[ \u00a0]+({'|'.join(regex.escape(f) for f in forms) or '(?!)'})(?!\w)", regex.IGNORECASE)


def _bound_after_adjective(text: str, noun: regex.Match[str], lex: Lexicon) -> regex.Match[str] | None:
    """A qualifier after a noun's adjective with the article ("نصف الدبابات المطلوبة تقريبا"), or after the word a noun with no
    article is joined to ("ربع سكان غزة تقريبا", "ربع سكان المدينة تقريبا")."""
    adjective = _NEXT_WORD.match(text, noun.end()) if lex.definite_prefixes else None
    if adjective is None or not (adjective.group(1).startswith(lex.definite_prefixes)
                                 or not noun.group(1).startswith(lex.definite_prefixes)):
        return None
    return _bound_after(lex.lang).match(text, adjective.end())


def _bound_after_period(text: str, q: Quantity, lex: Lexicon) -> regex.Match[str] | None:
    """The qualifier after the period of a rate written after ``q`` (``period_words``: a word of "a" or "per" and a
    unit of time, or a word of the period alone), where its clause ends after it: "£240 a month or more", "150 € par
    mois ou plus", "5 тыс. рублей в месяц и более", "200 euro al mese o più", "15 € l'heure au moins", "500 جنيه شهريا
    أو أكثر"; after money, a unit of measure is such a base too: "38 pence per litre or less", "45 cent per liter of
    minder"; else None."""
    first = _PERIOD_FIRST.match(text, q.end)
    if first is None:
        return None
    word, end = lex.fold(first.group(1)), first.end()
    if word not in lex.period_alone:  # (a period in one word: "شهريا"; else in two: "a month", "في الشهر")
        second = _PERIOD_SECOND.match(text, end)
        if second is None or not (f"{word} {lex.fold(second.group(1))}" in lex.period_alone or (
                word in lex.period_before and ("DUR" in lex.classify("word", lex.fold(second.group(1)))
                                                or (q.kind is CURRENCY and _a_unit(second.group(1), lex))))):
            return None
        end = second.end()
    bound = _bound_after(q.lang).match(text, end)
    if bound is None or not _clause_goes_no_further(text, bound.end(), lex) or _opens_a_comparison(text, bound, lex):
        return None  # ("£200 a month or more than £2,400 a year", "2000 جنيه شهريا أو أكثر من نصف راتبه")
    return bound


def _of_exceeding(qualifier: str, lex: Lexicon) -> bool:
    """Whether a word of ``qualifier`` is a verb of exceeding (``exceed_stems``): "a dépassé", "overschrijdt gemiddeld"."""
    return any(w.startswith(tuple(lex.exceed_stems)) for w in normalize(qualifier).split())


def _opens_a_comparison(text: str, bound: regex.Match[str], lex: Lexicon) -> bool:
    """Whether the qualifier after a figure ``bound`` found ends in the first word of a qualifier that goes on after it,
    which opens a comparison: "250 staff or more than €50 million", "£200 a month or more than £2,400 a year"."""
    after = _NEXT_WORD.match(text, bound.end())
    return after is not None and f"{normalize(bound.group(1)).split()[-1]} {normalize(after.group(1))}" in lex.qualifier_bounds


_PERIOD_FIRST = lazy(r"[ \u00a0]+(\p{L}+['’]?)")
_PERIOD_SECOND = lazy(r"(?:(?<=['’])|[ \u00a0]+)(\p{L}+)")


def _before_a_unit(text: str, q: Quantity, lex: Lexicon) -> int | None:
    """Where a fraction word alone ends, with the indefinite article after it or not, where a unit of measure follows:
    "half a tonne", "mezzo chilo", "half a mile" (a fraction of that unit); else None."""
    end = q.end
    article = _NEXT_WORD.match(text, end)
    if article is not None and normalize(article.group(1)) in lex.values["INDEF"]:
        end = article.end()
    unit = _measure_pattern(q.lang).match(text, end)
    if unit is None or "CUR_WORD" in lex.classify("word", lex.fold(normalize(unit.group("unit")))):
        return None  # (not a unit that is money too: "costs half a pound more")
    return end


def _is_share(text: str, q: Quantity, start: int) -> bool:
    """A fraction word alone ("half", "metà") is a share before the partitive ("Half of the tickets",
    "Metà degli italiani"), or before a noun in the genitive where the language has the case
    (``partitive_case``: "Половина опрошенных"), or after a word of a part (``part_words``: "di cui un terzo",
    "dont la moitié"); but not after a word of ``fraction_part_words`` ("the
    second half of 2025", "nella seconda metà del 2025", "в первой половине года": a part of a
    period), nor after an article unless the word takes one (``fraction_with_article``: "la moitié des
    élèves", "de helft van de kiezers"; not "in their own half of the pitch"), nor of a month or a
    unit of time ("A metà di giugno", "la moitié de l'année", "половина дня"), nor in an idiom
    (``fraction_idiom_nouns``: "half the time", "половина второго", 1:30). A figure may follow the
    partitive ("Half of the 20 victims")."""
    lex = lexicon(q.lang)
    if _by_a_fraction(text, q, start):
        return True  # "акции упали на четверть"
    if _after_part_word(text, q, start):
        return True  # "48.300 dipendenti, di cui un terzo in Italia", "dont la moitié": a share of them
    after = _ELIDED_WORDS.findall(text, q.end, min(len(text), q.end + 48))[:3]
    if not after or _YEAR_NEXT.match(text, q.end + len(after[0][0]) + len(after[0][1])):
        return False  # "Half of 2024 was spent in talks": a part of a year
    words = [normalize(w) for _, w in after]
    if words[0] in lex.partitive:
        rest = words[2:] if words[1:2] and words[1] in lex.values["ARTICLE"] else words[1:]
    elif lex.partitive_case and after[0][1][:1].islower():
        rest = words  # "Половина опрошенных"
    else:
        return False
    if rest and (not _is_counted(rest[0], lex) or rest[0] in lex.fraction_idiom_nouns or after[len(words) - len(rest)][1] in lex.named_phrases):
        return False  # "A metà di giugno", "the half of the year", "половина дня", "half the time", "dalla metà dell'Ottocento"
    if rest and rest[0] in lex.instalment_nouns and " " in q.text.strip():
        return False  # "Третья часть трилогии": an instalment ("Треть фильма" is a share)
    word = _word_before(text, q, start)
    article = word in lex.values["ARTICLE"] and normalize(q.text) not in lex.fraction_with_article
    figure = _PREV_CHUNK.search(text, max(start, q.start - 16), q.start)
    ordinal = word in lex.values["DENOM"] or (
        lex.day_figure is not None and figure is not None and lex.day_figure.fullmatch(figure.group(1)) is not None)
    return (not article and not ordinal and word not in lex.fraction_part_words  # (not "the 25th quarter of growth")
            and word not in lex.period_fraction_before)  # ("the third straight quarter of growth")


def _after_part_word(text: str, q: Quantity, start: int, listing: bool = True) -> bool:
    """Whether a word of a part (``part_words``: "di cui", "dont", "waarvan") stands right before ``q``; with
    ``listing`` false, not one that lists items (``part_words_listing``: "including", "tra cui")."""
    lex = lexicon(q.lang)
    before = _WORDS.findall(normalize(text[max(start, q.start - 32) : q.start]))[-3:]
    if before and before[-1] in lex.values["ARTICLE"]:
        before = before[:-1]  # "dont la moitié"
    words = lex.part_words if listing else lex.part_words - lex.part_words_listing
    return any(" ".join(before[-n:]) in words for n in (1, 2, 3) if len(before) >= n)  # ("в том числе")


def _by_a_fraction(text: str, q: Quantity, start: int) -> bool:
    """ "fallen by a third", "упали на четверть": a fraction right after the word for the amount of a
    change, itself right after a verb of change, is the change (not "rose after payment by a third
    party"); and where the verb or its particle comes after: "zijn met een derde gestegen", "nam met
    een vijfde toe", "met een derde is gedaald" (not "eindigde met een derde plaats"); French "a chuté de
    moitié", with the word of the amount before a fraction only (``fraction_change_words``); and before a word of difference or a
    comparative: "на четверть больше, чем годом ранее", "на треть выше"."""
    lex = lexicon(q.lang)
    stems = lex.change_stems + lex.change_by_stems
    words = _WORDS.findall(text[max(start, q.start - 64) : q.start].casefold())[-5:]
    if words and words[-1] in lex.values["ARTICLE"]:
        words = words[:-1]  # "is met de helft afgenomen"
    words = words[-4:]  # (an object of two words between: "снижает риск смерти на четверть")
    only = bool(words) and words[-1] in lex.fraction_change_words and normalize(q.text).split()[-1] in lex.fraction_only
    if not words or (words[-1] not in lex.change_amount_words and not only):
        return False  # (French "de" only before a word that is only a fraction: not "d'une cinquième place")
    if only and lex.fraction_change_verbs:
        stems = stems + lex.fraction_change_verbs  # ("a baissé de moitié", "réduite de moitié")
    if words[-2:-1] and (words[-2].startswith(stems) or words[-2] in lex.change_by_whole):
        return True
    if words[:-2] and (words[-3].startswith(stems) or len(words) == 4 and words[0].startswith(stems) and (
            lex.prepositions.isdisjoint(words[1:3]) or words[2] in lex.values["DUR"]) and _CLAUSE_END_AFTER.match(text, q.end)) and not (
            _word_after_in(text, q, lex.values["INDEF"])):
        return True  # its object between: "сократила штат на треть", and one of two words where the clause ends after the
        # fraction, "снижает риск смерти на четверть", or the spell it took, "выросла за год на четверть, до 95 тыс. рублей"
        # (not "cut rates by half a point", "fees charged by a third party")
    after = _WORDS.findall(text[q.end : q.end + 32].casefold())[:2]
    # (the verb may come after an auxiliary: "met een derde is gedaald")
    return bool(after) and (after[0] in lex.change_particles or after[0] in stems or after[-1] in stems
                            or after[0] in lex.difference_words or after[0] in lex.level_comparatives)


# The words after a figure, an elided article apart ("dell'anno": "dell'", "anno").
_ELIDED_WORDS = lazy(r"\G([ \u00a0\u202f]*)(\p{L}[\p{L}\p{M}\-]*(?:['’](?=\p{L}))?)")


def _after_plural_article(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """A plural article (``articles_before_counts``) right before ``q``, after no qualifier ("Rond de 2000
    begon": about the year 2000)."""
    words = _two_words_before(text, q, start)
    return bool(words) and words[-1] in lex.articles_before_counts and not (len(words) == 2 and words[0] in lex.qualifier_bounds)


def _about_past_named_years(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether "about" and a figure past the years news names (``NAMED_YEARS``) count the noun after it: a plural, in a
    language whose plurals end so that no verb does (English ``fraction_plural_endings``), not after a word of years
    ("about 2150 points"; not "By around 2150 cities"). (Elsewhere a verb may end as a plural does: "Rond 2150 trokken
    boeren", "Intorno al 2150 molti ghiacciai".)"""
    if q.bound is ABOUT and not lex.plural_endings and lex.values["YEAR_BEFORE"] and _figure_not_in(q, RECENT_YEARS) and (
            _count_noun_next(text, q.end, lex) and _word_before(text, q, start) not in (lex.bare_years_after or ())):
        return True  # (where years take a word before them, "عام 1153", any figure but a recent year before a counted noun:
        # "نحو 1153 حكماً", "environ 1850 manifestants")
    return (q.bound is ABOUT and bool(lex.plural_endings) and _figure_not_in(q, NAMED_YEARS)
            and _plural_next(text, q.end, lex) and _word_before(text, q, start) not in (lex.bare_years_after or ()))


def _unit_of_measure_next(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a unit of measure, a symbol or a word of the language, follows ``end``: "over 100 km", "over 50 metres" (not
    :func:`_a_unit`, which takes common symbols and units of time too: "children under five in the camp" are five years
    old, no inches)."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and (after.group(1) in lex.measure_symbols or normalize(after.group(1)) in lex.measure_words)


def _counted_after_year(text: str, q: Quantity, start: int) -> str | None:
    """The word a four-digit figure the grammar read as a year counts, or None (a lower-case word it
    may count, not an elided article: "l'azienda"):

    - after a hedge: "Более 2000 мигрантов", "ruim 2000 migranten" (Russian and Dutch write four digits
      without a group sign). "About", "at least" and "less than" go with years too, so only before a
      round hundred ("Около 1500 человек"; "Around 2010 prices", "since at least 2012" stay years,
      "Around 1900 most families" is a count by mistake), or before a figure that is no recent year and a
      word that ends as a counted noun (or a plural) for "at least" and "less than" ("at least 1301
      pilgrims", "ما لا يقل عن 1301 حاج"; not "at least 1850 show"), and for "about" a figure past the years news
      names (:func:`_about_past_named_years`; "About 1850 people" and "Around 1850 farmers" are alike, and stay
      years); "до"/"tot"/"حتى"/"up to" are as often
      "until" ("Tot 1900 was het dorp"), so they count only a noun that ends as counted nouns do right after
      a round hundred ("up to 2000 people", "tot 2000 mensen"; :func:`_round_before_a_counted_noun`);
    - bare, in a language that writes its years with a word (Russian "в 2023 году"), a round hundred:
      "Погибли 1500 человек"; not after the prepositions of ``bare_years_after`` ("ЦБ в 2024 снизит
      ставку"), nor a recent year, which set phrases and events name bare ("прогноз на 2025", "сезон
      2023", "Sydney 2000"), but 2000 before a noun that ends as counted nouns do ("create 2000 jobs",
      "met 2000 banen"); events name older years bare too
      ("Землетрясение 1988 унесло", "Олимпиада 1980 стала"), so a figure that is no round hundred only
      before a noun that ends as counted nouns do and no verb (``count_noun_endings``: "получил 1250
      сообщений", "ontving 1250 meldingen", "Погибли 1763 человека", "Sono morte 1843 persone").
    """
    if not q.text[-1:].isdigit() or not isinstance(q.value, Decimal):
        return None
    lex = lexicon(q.lang)
    if q.is_range:
        # "between 1500 and 2000 visitors", "от 1500 до 2000 человек": two round hundreds before a word
        # they count ("between 1990 and 2000 the population", "from 1914 to 1918" stay years), a
        # century apart from a century ("From 1900 to 2000 life expectancy doubled")
        if (q.bound is not EXACT or q.value % 100 or not isinstance(q.range_to, Decimal) or q.range_to % 100
                or q.range_to - q.value == 100):
            return None
    elif q.bound is EXACT and q.text.isdigit() and _after_plural_article(text, q, start, lex):
        pass  # "De helft van de 1500 ondervraagde fintechs", "i 2000 dipendenti": a year takes no plural article
    elif q.bound is EXACT:
        if lex.bare_years_after is None or not q.text.isdigit() or (
            int(q.value) in RECENT_YEARS and not _round_before_a_counted_noun(text, q, start, lex)
        ):  # (of the recent years, 2000 before a noun that ends as counted nouns do counts it, "create 2000 jobs", "Only
            # 2000 tickets remain"; a name before it inside a sentence names a year, "visited Expo 2000 pavilions": below)
            return None
        if q.value % 100 and not _count_noun_next(text, q.end, lex) and not _few_counted_next(text, q, lex):
            return None
        word = _word_before(text, q, start)
        if _prefixed_in(lex, word, lex.bare_years_after) and not (
            _counted_after_a_part(text, q, start, lex) or (word in lex.values["TO"] and _count_noun_next(text, q.end, lex))
            or (word in lex.values["FROM"] and _a_count_changed_to(text, q, lex))
        ):
            return None  # "In 1500 Europeans", "وفي 1500 وصل" (و written onto the word; "ارتفع إلى 1250 حالة" counts)
        if _after_name(text, q, start):
            return None  # a name and its year: "visited Chicago 1900 exhibitions"
    elif not (q.bound is MORE_THAN or (
        (q.bound in (ABOUT, AT_LEAST, LESS_THAN) or _up_to_not_until(q, lex)) and q.value % 100 == 0
    ) or (q.bound is AT_MOST and _until(q, lex) and _round_before_a_counted_noun(text, q, start, lex)) or (
        q.bound in (AT_LEAST, LESS_THAN) and _figure_not_in(q, RECENT_YEARS) and _plural_next(text, q.end, lex)
    ) or _about_past_named_years(text, q, start, lex)):
        return None
    after = _NEXT_WORD.match(text, q.end)
    word = after.group(1) if after is not None else ""
    counted = bool(word) and not word[:1].isupper() and "'" not in word and _is_counted(normalize(word), lex)
    return word if counted else None


def _a_count_changed_to(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether the figure ``q``, after a word of "from", counts the noun after it and a word of "to" and a figure follow
    that noun, a word of a qualifier between or none: the first level of a change of counts, no year ("from 1200 claims to
    about 9,000", "de 1200 dossiers à 9000", "من 1200 مطالبة إلى نحو 9 آلاف مطالبة"; "From 1900 residents" stays one)."""
    noun = _NEXT_WORD.match(text, q.end)
    if noun is None or normalize(noun.group(1)) in lex.year_level_nouns or not _counts_the_noun_after(text, q.end, lex, q.value):
        return False  # ("fell from 1900 levels to 1,200 today": a year's level, ``year_level_nouns``)
    then = _TO_A_FIGURE.match(text, noun.end())
    return then is not None and normalize(then.group(1)) in lex.values["TO"] and (
        then.group(2) is None or normalize(then.group(2)) in lex.qualifier_bounds)


# Hours, a dot and two figures of minutes: "4.15 uur".
_HOURS_DOT_MINUTES = lazy(r"(?<![\d.,])(\d{1,2})\.([0-5]\d)(?![\d.,])")

# A word, another or none, then a figure: what follows the noun a change's first level counts ("to about 9,000").
_TO_A_FIGURE = lazy(r"[ \u00a0]+(\p{L}+)[ \u00a0]+(?:(\p{L}+)[ \u00a0]+)?\d")


def _counted_after_a_part(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a round hundred after a noun of a sample or a whole (``sample_nouns``) and the word of a part
    (``fraction_of``) counts the noun after it: "a sample of 1200 people", "een steekproef van 1200 mensen", "عينة من
    1200 شخص". After other nouns it stays a year, as events name them: "Since the hurricane of 1900 residents have",
    "Depuis le krach de 2000 investisseurs", "De stormen van 1900 vernielden"."""
    if not lex.sample_nouns or not _round_before_a_counted_noun(text, q, start, lex):
        return False
    words = _WORDS.findall(text[max(start, q.start - 40) : q.start])[-2:]
    return len(words) == 2 and normalize(words[1]) in lex.values["OF"] and normalize(words[0]) in lex.sample_nouns


def _time_phrase(text: str, word: regex.Match[str], lex: Lexicon) -> bool:
    """Whether the word after a figure (``word``) opens a phrase of time, no noun the figure counts: a word of
    time (``time_adverbs``, English ``time_words_after``) that ends the clause or stands before a unit of time,
    a weekday, a month or another such word ("2.9 million last year", "tegen 2,9 miljoen vorig jaar", "di
    prima."; not "De 3 vorige edities", "de 2 deze zomer gehaalde spelers")."""
    written = normalize(word.group(1))
    if written in lex.values["INDEF"] and (unit := _NEXT_WORD.match(text, word.end())) is not None and (
            "DUR" in lex.classify("word", lex.fold(normalize(unit.group(1))))) and (
            (then := _NEXT_WORD.match(text, unit.end())) is not None and normalize(then.group(1)) in lex.time_words_after
            or then is not None and normalize(then.group(1)) in lex.ago_words):
        return True  # "5.2 million a year earlier", "3 million a decade ago": a point in time, no noun counted
    if written not in lex.time_adverbs and written not in lex.time_words_after:
        return False
    after = _NEXT_WORD.match(text, word.end())
    if after is None or _COMMA_OR_STOP.match(text, word.end()):
        return True
    following = lex.fold(normalize(after.group(1)))
    return following in lex.time_adverbs or following in lex.time_words_after or not _TIME_WORDS.isdisjoint(
        lex.classify("word", following)) and "ARTICLE" not in lex.classify("word", following)


def _counts_as_a_round_number(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a word of ``approximate_before_plural`` ending at ``end`` is a round number: before a word of "of", a number
    or a scale word, a word of more, or a plural ("a couple of days", "a couple hundred", "a couple more weeks", "a couple
    days"), or with no word after it ("They bought a couple."); not a possessive ("a couple's first child")."""
    if text[end : end + 2] in ("'s", "’s"):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return True  # (at its clause's end, what it counts left out: "They bought a couple.")
    word = lex.fold(normalize(after.group(1))).split("-")[0]  # ("a couple thousand-seat arenas")
    return (word in lex.values["OF"] or word in lex.difference_words or not _NUMBER_WORDS.isdisjoint(lex.classify("word", word))
            or _plural_next(text, end, lex))


def _plural_next(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the word at ``end`` ends as a plural does, in a language whose plural nouns end so
    (``fraction_plural_endings``, English): "at least 1301 pilgrims" (not "at least 1850 show"); elsewhere
    the word a figure may count is enough ("ما لا يقل عن 1301 حاج")."""
    if not lex.plural_endings:
        return True
    after = _NEXT_WORD.match(text, end)
    if after is None or normalize(after.group(1)) in lex.count_noun_exceptions:
        return False  # ("at least 1850 thus", "Up to 2000 this was so")
    return (len(after.group(1)) > 3 and after.group(1).endswith(lex.plural_endings)) or normalize(after.group(1)) in lex.irregular_plurals


def _count_noun_next(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the word at ``end`` ends as a noun a figure counts and no verb does (``count_noun_endings``:
    "получил 1250 сообщений", "شملت 1795 مريضاً", "ontving 1250 meldingen"; not "Землетрясение 1988
    унесло")."""
    after = _NEXT_WORD.match(text, end)
    return (after is not None and len(after.group(1)) > 3 and after.group(1).endswith(lex.count_noun_endings)
            and normalize(after.group(1)) not in lex.count_noun_exceptions  # (not "ثورة 1919 أيضاً", "Le krach 1987 puis")
            and _is_counted(normalize(after.group(1)), lex))


def _few_counted_next(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether the word after ``q``, a figure ending in 2, 3 or 4 (not 12 to 14), is a noun in the form a figure so
    ending takes (``few_noun_endings``), in lower case and no verb of the past (``past_verb_endings``): "прошли 1362
    судна", "работают 1134 врача" (not "Олимпиада 1992 стала")."""
    if not lex.few_noun_endings or not isinstance(q.value, Decimal) or q.value % 10 not in (2, 3, 4) or q.value % 100 in (12, 13, 14):
        return False
    after = _NEXT_WORD.match(text, q.end)
    if after is None or not after.group(1).islower() or len(after.group(1)) <= 3:
        return False
    word = normalize(after.group(1))
    return word.endswith(lex.few_noun_endings) and not word.endswith(lex.past_verb_endings) and _is_counted(word, lex)


_SENTENCE_START = lazy(r"[.!?:;]\s+|^")


def _up_to_not_until(q: Quantity, lex: Lexicon) -> bool:
    """An "up to" of several words, or a ceiling of one word that is no word of "to" ("maximaal"), which
    means "until" less often than "до", "tot", "حتى", "jusqu'à" do,
    before a figure that is no recent year: "cut up to 1500 jobs", "ما يصل إلى 1200 موظف", "fino a 1500
    posti" (for "Up to 2000 troops", see :func:`_round_before_a_counted_noun`); a ceiling written with
    a negation never means "until", whatever the figure: "Не более 2000 человек", "niet meer dan 2000"."""
    if q.bound is not AT_MOST or q.qualifier is None or (
        len(q.qualifier.split()) < 2 and _until(q, lex)
    ):  # ("jusqu'à" is one word ending in a word of "to")
        return False  # (a ceiling of one word that is no "to" never means "until" either: "maximaal 1500 bezoekers")
    if _holds_negation(lex, q.qualifier):
        return True
    return normalize(q.qualifier) not in lex.values["TO"] and _figure_not_in(q, RECENT_YEARS)


def _holds_negation(lex: Lexicon, qualifier: str) -> bool:
    """Whether a qualifier is written with a negation: "pas plus de", "не более", "niet meer dan"."""
    return not lex.negation_words.isdisjoint(_WORDS.findall(normalize(qualifier)))


def extract_span(
    text: str, lang: str, start: int = 0, end: int | None = None, masked: Sequence[tuple[int, int]] = ()
) -> list[Quantity]:
    """Quantities in ``text[start:end]`` read as language ``lang``; offsets are into ``text``."""
    found = list(_read(text, lang, start, start, end, masked))
    stop = len(text) if end is None else end
    # (the passes but four only read again what is found, and two paragraphs in three of the benchmark
    # hold nothing: they are passed over then)
    if found:
        found = _qualifier_of_the_next(text, found)
        found = _floors_and_ceilings(text, found)
        found = _verb_before_between(text, found)
        found = _bounds_over_or(text, found)
        found = _money_and_cents(text, found)
        found = _compound_spells(text, found)
        found = _listed_days(text, found)
        found = _months_of_a_year(text, found, lang, start)
        found = _listed_dates_take_the_year(text, found)
        found = _one_in(text, found, lang, start)
        found = _elided_years(text, found, lang, start)
    # (these read the text itself; each looks first for its words in it, ``folded`` as their case-blind
    # patterns fold it, once for them all; those that add quantities pass over masked spans. Most paragraphs
    # hold none of those words: one scan for all of them, :func:`_pass_words`, passes over the eight, where
    # each looked for its own words one by one)
    folded = _case_blind(text[start:stop])
    if _pass_words(lang).search(folded) is not None:
        found = _every_nth(text, found, lang, start, stop, folded)
        found = _glued_numbers(text, found, lang, start, stop, folded)
        found = _dual_counts(text, found, lang, start, stop, masked)
        found = _ordinal_ages(text, found, lang, start, stop, masked)
        found = _one_unit_spells(text, found, lang, start, stop, folded, masked)
        found = _decades(text, found, lang, start, stop, folded)
        found = _fiscal_years(text, found, lang, start, stop, folded)
        found = _centuries(text, found, lang, start, stop, folded)
        found = _fractions_by(text, found, lang, start, stop, masked)
        found = _one_of_a_unit(text, found, lang, start, stop, folded, masked)
        found = _one_word_amount(text, found, lang, start, stop, folded, masked)
        found = _age_labels(text, found, lang, start, stop, folded, masked)
    found = _degrees_not_days(text, found, lang, start, stop)
    if not found:
        return found
    # (in this order: each pass reads what the ones before it made of the paragraph)
    found = _currency_of_the_country(text, found, lang, start, stop)
    found = _hours_after_a_date(text, found, start)
    found = _levels_after_an_amount(text, found, start)
    found = _levels_of_a_change(text, found, start, masked)
    found = _levels_of_a_fall(text, found, start)
    found = _level_in_the_scale_before(text, found, start)
    found = _level_before_its_start(text, found, start)
    found = _ranges_read_apart(text, found, start)
    found = _corrected(text, found)
    found = _level_in_the_money_before(text, found, start)
    found = _ranges_from_an_adjective(text, found, lang, start, masked)
    found = _points_of_a_percent(text, found)
    found = _changes_in_brackets(text, found, start)
    found = _spells_compared(text, found)
    found = _amounts_in_their_scale(text, found)
    found = _whole_in_the_scale_of_its_part(text, found)
    found = _part_of_the_money(text, found)
    found = _cents_of_the_money(text, found)
    found = _bounded_past_a_noun(text, found, lang, start)
    found = _bounded_past_a_scale(text, found, lang, start)
    found = _bare_ages(text, found, lang, start)
    found = _ages_of_an_age_noun(text, found, lang)
    found = _no_ordinal_seconds(text, found, start)
    found = _second_of_a_pair(text, found)
    found = _scores(text, found, lang, start)
    found = _down_to_negatives(text, found, lang)
    found = _measures(text, found, lang, start)
    found = _measures_and_a_half(text, found, lang)
    found = _word_amounts(text, found, lang, start)
    found = _corrected(text, found, measures_only=True)
    found = _amounts_in_their_scale(text, found, MEASURE)
    found = _compound_measures(text, found, lang, start)
    found = _measure_ranges(text, found, start)
    found = _sizes(text, found, lang)
    found = _sides_of_a_size(text, found, lang, start)
    found = _from_zero(text, found, lang)
    found = _approximate_by_order(text, found, lang, start)
    found = _levels_in_parallel(text, found)
    return _one_who_speaks(text, found, lang, start)


def _qualifier_of_the_next(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "nel 2024 circa 300 milioni", "dal 1° luglio 2024 circa 4,5 milioni": a qualifier written after a year or a date
    and right before another figure, with only spaces around it, that the language also writes before a figure,
    qualifies the second (the grammar, reading from the left, gave it to the year; not "5 ساعات تقريبا 3 منها", after a
    unit, nor a joined one, "Scores of 7 or above 3 times")."""
    if len(found) < 2 or all(q.qualifier is None for q in found):
        return found  # (most paragraphs)
    out = list(found)
    for k in range(len(out) - 1):
        q, following = out[k], out[k + 1]
        written = q.qualifier
        if (written is None or q.kind not in (YEAR, DATE) or following.qualifier is not None or not q.text.endswith(written)
                or q.text == written or written.split(" ", 1)[0] in lexicon(q.lang).qualifier_joiners):
            continue
        at = q.end - len(written)
        if not text[q.end : following.start].isspace() or not text[at - 1 : at].isspace():
            continue
        bound = lexicon(q.lang).qualifier_bounds.get(normalize(written))
        if bound is None:
            continue
        figure = q.text[: len(q.text) - len(written)].rstrip()
        out[k] = replace(q, end=q.start + len(figure), text=figure, bound=EXACT, qualifier=None)
        out[k + 1] = replace(following, start=at, text=text[at : following.end], bound=Bound(bound), qualifier=written)
    return out


def _measures(text: str, found: list[Quantity], lang: str, start: int) -> list[Quantity]:
    """ "2,300 milligrams", "12 km", "50GW", "40 °C", "a 500-megawatt plant", "300 километров", "40 درجة مئوية": a count
    or a bare number right before a unit of measure (a symbol of common ``measure_symbols`` or the language's in the case
    written, a word of ``measure_words`` in any case; the longest that is written) is a measure in that unit, kind
    ``measure``, and its span takes the unit in; so is a scaled one after the link word of a scale ("3 millions de
    tonnes", "7 milioni di tonnellate"), and a bare year but after a word of ``years_before_units`` ("A capacity of 2000
    MW", "parcouru 2000 km"; not "In 2024 MW prices"). A rate's unit is one unit ("5 mg/L", "4,3 l/100 km", "45 ц/га");
    not before a slash and a letter where the two are no rate of the table, "5 kg/day", "€2/kg" (money stays); not
    before a word of ``measure_not_before`` ("12 برميلا متفجرا", barrel bombs); not a form of ``measure_word_values``
    outside its values (Dutch "3 ton" is €300,000, Italian "4 metro" a line). Forms of ``measure_in_context`` (matched
    as written) only where :func:`_unit_in_context` finds their context: "Temperatures reached 40.3C", "Il fera 35
    degrés à Paris", "жара до 40 градусов", "raffiche di vento fino a 40 nodi", "The ship made 20 knots"; not "Flat 3C",
    "un virage à 180 degrés", "tied 3 knots"; a word of them also after a hyphen ("a 30-knot gale"), and a letter of
    them written onto the figure that is no unit there a name's, dropped ("room 104F": :func:`_names_with_figure`);
    English pounds, money elsewhere, are weights in theirs ("200 pounds of cocaine"), English "m", millions elsewhere,
    metres ("threw 23.23m"), and a unit of time's word knots in theirs (Arabic "بسرعة 8 عقد"). After a scale's name a
    range is its reading and a measure (:func:`_reading_on_a_scale`); a bare level before "to" and a measure takes its
    unit (:func:`_levels_take_their_unit`)."""
    pattern, linked, lex = _measure_pattern(lang), _measure_after_link(lang), lexicon(lang)
    heads = _measure_heads(lang)
    out: list[Quantity] = []
    covered = -1
    context_read: dict[str, int] = {}  # (units read in their context, and where the last such reading ended)
    heat: Quantity | None = None  # (the last temperature read)
    for q in found:
        if q.start < covered:
            continue  # (a figure inside a unit taken in: "120 م2")
        m = None
        # (most figures are followed by no unit: the characters a unit or a link word may start with are asked first)
        if (text[q.end : q.end + 1] in heads or text[q.end + 1 : q.end + 2] in heads) and (
            q.kind is COUNT or (q.kind is NUMBER and not _a_share_of_wholes(q, lex))
            or (q.kind is YEAR and _figure_of(q).isdigit() and _word_before(text, q, start) not in lex.years_before_units)
        ):
            m = pattern.match(text, q.end)
            if m is None and linked is not None and (q.scale is not None or _LAST_WORD.search(q.text)[0] in lex.values["APPROX"]) and (
                    link := linked.match(text, q.end)):
                # ("3 millions de tonnes", "une quinzaine de kilomètres": the units after the link word)
                m = pattern.match(text, link.end())
            if m is None and lex.duration_adjectives and text[q.end : q.end + 1] == " " and (
                    adjective := _NEXT_WORD.match(text, q.end)) is not None and lex.fold(adjective.group(1)) in lex.duration_adjectives:
                # ("les 25 derniers kilomètres", "25 последних километров": an adjective between the figure and its unit)
                m = pattern.match(text, adjective.end())
        unit = _measure_unit(text, q, m, start, lex) if m is not None else None
        while unit is None and m is not None and " " in m.group("unit"):
            # (a unit of several words that is none there, a shorter one may be: "90 كيلومتراً في الساعة الأولى", 90 km
            # in the first hour)
            m = pattern.match(text, q.end, m.start("unit") + m.group("unit").rindex(" "))
            unit = _measure_unit(text, q, m, start, lex) if m is not None else None
        context = lex.measure_in_context.get(m.group("unit")) if m is not None else None
        if unit is None and m is not None and context is not None and _carries_its_unit(text, context_read.get(context.unit), q, m.end()):
            # ("упала до 14,5 узла против 16 узлов", "14,5 nodi, contro i 16 nodi": a unit read in context just before, three
            # words at most between, or ending its clause, "lo ha portato a 10.000 piedi.", needs no word of its context;
            # not "модернизировали 12 узлов связи", "4 knopen van zijn jas", "Het fregat haalde ruim 30 knopen; hij haalde
            # 3", nor past a preposition, "fare 5 nodi con le cime", "3 knopen in de lijnen")
            unit = _measure_unit(text, q, m, start, lex, vouched=True)
        if unit is not None and m is not None and context is not None:
            context_read[context.unit] = m.end()
        if unit is None and m is not None and not m.group("gap") and _unit_kind(m.group("unit"), lex) == "context" and (
                _names_with_figure(m.group("unit"), lex)):
            continue  # (a letter written onto the figure that is no unit there is a name's: "room 104F", "Flat 3F")
        if unit is not None and m is not None and q.is_range and (reading := _reading_on_a_scale(text, q, unit, start, lex)):
            # "un séisme de magnitude 4,8 à 10 km de profondeur": the magnitude, then the depth
            q, low = replace(q, start=reading.start(2), value=q.range_to, range_to=None), reading.group(1)
            value, precision = parse_number(to_ascii_digits(low), lex)
            out.append(replace(q, kind=NUMBER, start=reading.start(1), end=reading.end(1), text=low, value=value,
                               precision=precision, scale=None, scale_exponent=0, scale_span=None, unit=None, noun=None))
        if m is None and heat is not None and lex.bare_degrees and (degrees := _degrees_of_the_scale(text, q, heat, start, lex)) is not None:
            q = degrees
        elif m is None:
            measured = _unit_before_its_qualifier(text, q, pattern, start, lex)
            if measured is None:
                measured = _unit_written_in(text, q, start, lex)
                if measured is None and context_read and q.kind is CURRENCY and (
                        carried := _unit_written_in(text, q, start, lex, vouched=True)) is not None and (
                        earlier := context_read.get(str(carried.unit))) is not None and _carries_its_unit(text, earlier, q, q.end) and (
                        len(between := _WORDS.findall(text, earlier, q.start)) <= 3 or (
                            _word_before(text, q, start) in lex.values["TO"] and len(between) <= 6
                            and lex.conjunctions.isdisjoint(normalize(w) for w in between))):
                    # ("by 2 million pounds of uranium concentrate, to 18 million pounds.": as above, money's form within
                    # three words or as the level a change reached, no conjunction between; not "1,7 miljoen pond
                    # stuwkracht, en de bouw kostte 300 miljoen pond", "and the bonus pool grew to 4 million pounds")
                    measured = carried
                if measured is not None and measured.unit is not None:
                    context_read[measured.unit] = measured.end
            q = measured or q
        elif unit is not None and (pair := _FIGURES_OVER_FIGURES.search(q.text)) is not None:
            # "above 140/90 mmHg": two readings in the unit (a blood pressure), not their quotient
            for k in (1, 2):
                a, b = q.start + pair.start(k), q.start + pair.end(k)
                value, precision = parse_number(to_ascii_digits(pair.group(k)), lex)
                out.append(replace(q, kind=MEASURE, unit=unit, noun=None, value=value, precision=precision,
                                   start=q.start if k == 1 else a, end=b if k == 1 else m.end(),
                                   text=text[q.start : b] if k == 1 else text[a : m.end()],
                                   qualifier=q.qualifier if k == 1 else None))  # (the bound is both readings')
            covered = m.end()
            continue
        elif unit is not None:
            precision = q.precision if q.kind is not YEAR else Decimal("0.5")
            q = _bounded_after(text, replace(q, kind=MEASURE, unit=unit, noun=None, end=m.end(), text=text[q.start : m.end()],
                                             precision=precision), lex)
            covered = q.end
        if q.kind is MEASURE and q.unit is not None and is_temperature(q.unit):
            heat = q
        out.append(q)
    return _levels_take_their_unit(text, out, start, lex)


def _degrees_of_the_scale(text: str, q: Quantity, heat: Quantity, start: int, lex: Lexicon) -> Quantity | None:
    """ "climbed to 62 degrees Celsius, from 45 degrees": a count or a bare number with a word of ``bare_degrees`` right
    after it is a temperature in the scale of ``heat``, the temperature read before it in its sentence, where three
    words at most stand between or a word of "from", "to" or a comparison stands before it ("degrees" alone may be of
    either scale, or of a circle); else None."""
    if (q.kind is not COUNT and q.kind is not NUMBER) or q.scale is not None or _MEASURE_SENTENCE_CUT.search(text, heat.end, q.start):
        return None
    words = _two_words_before(text, q, start)
    if len(_WORDS.findall(text, heat.end, q.start)) > 3 and not (words and (
            words[-1] in lex.values["FROM"] or words[-1] in lex.values["TO"] or words[-1] in lex.comparison_words
            or " ".join(words) in lex.comparison_words)):
        return None  # (a level compared with it, or three words at most after it; not "the plane banked 45 degrees",
        # "New York stayed at a mild 75 degrees", of another scale)
    if q.noun is not None and normalize(q.noun) in lex.bare_degrees and q.qualifier is not None and q.text.endswith(q.qualifier) and (
            q.noun in q.text):
        return replace(q, kind=MEASURE, unit=heat.unit, noun=None)  # ("from 90 degrees or more": its qualifier after it read)
    word = _NEXT_WORD.match(text, q.end)
    if word is None or normalize(word.group(1)) not in lex.bare_degrees:
        return None
    return _bounded_after(text, replace(q, kind=MEASURE, unit=heat.unit, noun=None, end=word.end(1), text=text[q.start : word.end(1)]), lex)


def _preposition_or_end_after(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the clause ends at ``at`` or a preposition follows ("tre volte o più in due anni"; not "o più precisamente")."""
    after = _NEXT_WORD.match(text, at)
    return _CLAUSE_END_AFTER.match(text, at) is not None or (after is not None and _prefixed_in(lex, normalize(after.group(1)), lex.prepositions))


def _carries_its_unit(text: str, earlier: int | None, q: Quantity, end: int) -> bool:
    """Whether a unit read in context that ended at ``earlier`` (None: none was) carries to ``q``, whose form of it ends
    at ``end``: three words at most between, or ``q`` ending its clause, and no sentence's end nor semicolon between."""
    return earlier is not None and (len(_WORDS.findall(text, earlier, q.start)) <= 3 or _COMMA_OR_STOP.match(text, end) is not None) and (
        not _MEASURE_SENTENCE_CUT.search(text, earlier, q.start) and ";" not in text[earlier : q.start])


def _bounded_after(text: str, q: Quantity, lex: Lexicon, anywhere: bool = False) -> Quantity:
    """``q``, a measure, with a qualifier written right after it (``qualifiers_after``) where its clause ends there or goes
    on with a conjunction or preposition and no figure: "à 50 km/h ou plus", "a 40 °C o più.", "at 100mph or more in a
    built-up area" (a unit a later pass read, after the grammar's run had ended; not "5 km or more than 3 miles", "à 30
    km/h ou plus lentement", "a 50 km/h o più basso": a comparison, the other way); ``anywhere``: before a preposition
    whatever follows it, after a multiple's word of times ("tre volte o più in due anni"; not "o più precisamente")."""
    if q.bound is not EXACT or q.qualifier is not None:
        return q
    bound = _bound_after(q.lang).match(text, q.end)
    if bound is None or _opens_a_comparison(text, bound, lex) or not (
            (anywhere and _preposition_or_end_after(text, bound.end(), lex)) or _clause_goes_no_further(text, bound.end(), lex) or (
            # (or, where a clause ends with its verb, the verb alone: "Wie met 130 km/u of meer rijdt, krijgt een boete")
            lex.verb_final and (verb := _NEXT_WORD.match(text, bound.end())) is not None
            and _CLAUSE_END_AFTER.match(text, verb.end()) is not None)):
        return q
    return replace(q, bound=Bound(lex.values["Q_AFTER"][normalize(bound.group(1))]), qualifier=bound.group(1), end=bound.end(),
                   text=text[q.start : bound.end()])


# Two figures over a slash ending a quantity's text: a ratio's ("140/90").
_FIGURES_OVER_FIGURES = lazy(r"(\d+)/(\d+)$")
# A number and a year after a slash: a law's or a ruling's ("261/2004").
_NUMBER_AND_YEAR = lazy(r"[0-9]{1,4}/((?:19|20)[0-9]{2})")


def _unit_before_its_qualifier(text: str, q: Quantity, pattern: re.Pattern[str], start: int, lex: Lexicon) -> Quantity | None:
    """ "1200 km environ", "1200 كيلومتر تقريبا": a unit of measure that a count with a qualifier after it took for the
    noun it counts makes it a measure, the qualifier kept in its span; else None."""
    if q.kind is not COUNT or q.noun is None or q.qualifier is None or not q.text.endswith(q.qualifier):
        return None
    counted = q.text[: len(q.text) - len(q.qualifier)].rstrip()
    if not counted.endswith(q.noun):
        return None
    m = pattern.match(text, q.start + len(counted[: len(counted) - len(q.noun)].rstrip()))
    if m is None or m.end() != q.start + len(counted) or (unit := _measure_unit(text, q, m, start, lex)) is None:
        return None
    return replace(q, kind=MEASURE, unit=unit, noun=None)


def _names_with_figure(written: str, lex: Lexicon) -> bool:
    """Whether ``written``, a form of ``measure_in_context`` written onto a figure, makes the two a name where it is no
    unit: letters that are no suffix of a figure ("104F" is a temperature or a name, "room 104F"; "23C" stays a figure
    with cents' "c", "seat 23C"), which :func:`claimlint.candidates.find_runs` leaves for :func:`_measures` to judge."""
    return written.isalpha() and normalize(written) not in lex.suffixes


def _unit_written_in(text: str, q: Quantity, start: int, lex: Lexicon, vouched: bool = False) -> Quantity | None:
    """``q`` as a measure where a word written in it is also a unit read in its context (``measure_in_context``): a
    currency's word, "200 pounds of cocaine", "he weighs 180 pounds" (not "fined 500 pounds", nor scaled money, "3
    million pounds from the sale of cocaine"), a scale's letter on the figure, unscaled, "threw 23.23m", "The tower
    is 310m tall" (not "310m people"), or a unit of time's word, counted as written: Arabic "عقد", decades and knots,
    "بسرعة 8 عقد" (8 kn, where "منذ 8 عقود" stays 80 years); else None. Scaled money is a measure, keeping its scale,
    only where what it measures follows it, "of" before or not: "shipped 1.6 billion pounds of copper", "16 млн фунтов
    тяги", or a word of its context stands among the three words before it, "weighed in at 68.3 million pounds" (not
    "invested 2 billion pounds in copper mines"). ``vouched``: the form needs none of its context's words, as its
    sentence has read the unit in context just before ("by 2 million pounds of uranium concentrate, to 18 million
    pounds")."""
    times = Decimal(1)
    if q.kind is CURRENCY:
        words = _SPACES_OR_HYPHENS.split(q.text)
        form = words[-1]  # (after a hyphen too: "a 2,000-pound bomb")
        if len(words) > 1 and normalize(" ".join(words[-2:])) in lex.values["CUR_WORD"]:
            return None  # (a currency named in full is money: "150,000 Syrian pounds" for a kilo of sugar)
    elif q.kind in (NUMBER, COUNT) and q.scale is not None and not q.is_range and q.text.endswith(q.scale):
        form = q.scale
    elif q.kind is DURATION and q.scale is None and (form := q.text.rpartition(" ")[2]) in lex.measure_in_context:
        counted = COUNTED_IN.get(lex.value("DUR", form))
        times = Decimal(counted[1]) if counted is not None else times  # (a duration of decades is counted in years)
    else:
        return None
    context = lex.measure_in_context.get(form)
    unit = _unit_in_context(text, q, q.end, start, context, vouched) if context is not None else None
    if unit is None and context is not None and q.kind is not CURRENCY and isinstance(q.value, Decimal) and (
            form == q.scale and q.value.scaleb(-q.scale_exponent) >= 1000 and any(c in lex.group for c in q.text)
            and convertible(context.unit, "m") and context.not_after.isdisjoint(
                _MEASURE_WORDS.findall(normalize(text[max(start, q.start - 40) : q.start]))[-3:])
            and context.not_before.isdisjoint(_MEASURE_WORDS.findall(normalize(text[q.end : q.end + 40]))[:2])):
        # (a length's letter on a figure grouped in thousands, where no word of money stands before: "at 2,800m", "the
        # 8,849m peak"; millions are not written in thousands but with money, "£1,200m", and else "2.8bn"; nor before
        # what millions count, "1,200m people")
        unit = context.unit
    if unit is None or context is None or not isinstance(q.value, Decimal):
        return None
    if q.kind is CURRENCY and q.scale is not None:
        after = _MEASURE_WORDS.findall(normalize(text[q.end : q.end + 40]))[:2]
        weighed = (len(after) == 2 and after[0] in lex.values["OF"] and after[1] in context.words) or vouched or (
            after[:1] != [] and after[0] in context.words and not (len(after) > 1 and after[1] in lex.values["ARTICLE"])) or (
            # (or a word of its context among the three words before it, and no word of money after it, "of" before it or
            # not: "The hop harvest weighed in at 68.3 million pounds", "The copper smelter processed 3 million pounds of
            # scrap metal"; not "weighed down by 1.2 billion pounds of debt", "Under the weight of a 2 billion pounds debt")
            any(w in context.words for w in _MEASURE_WORDS.findall(normalize(text[max(start, q.start - 40) : q.start]))[-3:])
            and not context.not_after.intersection(after[1:2] if after[:1] and after[0] in lex.values["OF"] else after[:1]))
        # (or the word right after it: "16 млн фунтов тяги"; not a verb's, before its object: "16 million pounds thrust the
        # council into crisis")
        return replace(q, kind=MEASURE, unit=unit, noun=None) if weighed else None
    value, precision, high = q.value.scaleb(-q.scale_exponent), q.precision.scaleb(-q.scale_exponent), q.range_to
    if times != 1:  # (the count of the unit's words: "8 عقد" is 8 of them, not 80 years)
        value, precision, high = value / times, precision / times, high / times if isinstance(high, Decimal) else high
    return replace(q, kind=MEASURE, unit=unit, noun=None, value=value, precision=precision, range_to=high, scale=None,
                   scale_exponent=0, scale_span=None)


def _levels_take_their_unit(text: str, found: list[Quantity], start: int, lex: Lexicon) -> list[Quantity]:
    """ "cut from 130 to 110 km/h", "scende da 130 a 110 km orari", "снизили со 130 до 110 км/ч": a bare figure after
    "from" and before "to" and a measure is the level the measure changed from, in its unit (a range, which runs
    upwards, takes its unit as one already: "from 500 to 800 MW"); and one before "and" and a measure shares its unit:
    "two towers 111 and 76 metres tall", "alte 111 e 76 metri", "111 و76 مترا" (not the centimetres of a height
    written before it, "entre 1 m 65 et 1 m 70", "tra 1 metro e 80 e 1 metro e 90"); and a bare figure after "to" a
    measure and "from" is the level it started from: "fell to 4.1 million tonnes from 5.2 million"."""
    if not any(q.kind is MEASURE for q in found):
        return found
    out = list(found)
    listed: list[int] = []  # (figures before "and" a measure that took its unit)
    for i in range(len(out) - 1):
        level, then = out[i], out[i + 1]
        if (level.kind is MEASURE and then.kind in (NUMBER, COUNT) and then.unit is None and then.noun is None and not then.is_range
                and not level.is_range and (then.qualifier is None or normalize(then.qualifier) in lex.values["TO"])):
            gap = normalize(text[level.end : then.start]).strip()
            opened = normalize(level.qualifier) if level.qualifier is not None else _word_before(text, level, start)
            ends = f"{gap} {normalize(then.qualifier)}".strip() if then.qualifier is not None else gap
            if (then.qualifier is None and gap in lex.values["FROM"] and opened in lex.values["TO"]) or (
                    ends in lex.values["TO"] and opened in lex.values["FROM"] and _DIGIT.search(then.text) is not None
                    and text[level.end : then.start].strip().casefold() == gap):  # (not "25 kg a triplé": "a", no "à")
                # "fell to 4.1 million tonnes from 5.2 million", "cut from 73,000 tonnes to 41,000": the other level of
                # the change, in the measure's unit and scale
                other = _scaled_like(then, level) if isinstance(then.value, Decimal) and abs(then.value) < 1000 else then
                out[i + 1] = replace(other, kind=MEASURE, unit=level.unit, noun=None)
                continue
        if not (level.kind in (NUMBER, COUNT, YEAR) and then.kind is MEASURE and level.unit is None
                and level.noun is None and not level.is_range and level.qualifier is None and not then.is_range):
            continue
        if level.scale is not None and not (then.scale is not None and _word_before(text, level, start) in lex.values["FROM"]):
            continue  # (a scale on both levels of a change only: "с 500 тыс. до 270 тыс. тонн")
        gap = normalize(text[level.end : then.start]).strip()
        to = gap in lex.values["TO"] or (not gap and then.qualifier is not None and normalize(then.qualifier) in lex.values["TO"])
        if level.kind is YEAR and not (to and _like_figures(level, then) and isinstance(level.value, Decimal)
                                       and int(level.value) not in RECENT_YEARS):
            continue  # (a year's figure, no recent year, only as a change's first level of like size: "с 2100 до 1500
            # килокалорий"; not "rose from 2019 to 2,500 tonnes", since 2019)
        # (the centimetres of a height, "1 m 65", follow a measure right before them or after "and")
        before = normalize(text[out[i - 1].end : level.start]).strip() if i else None
        after_a_measure = i > 0 and out[i - 1].kind is MEASURE and (not before or before in lex.values["AND"])
        if (gap in lex.values["AND"] and _like_figures(level, then) and not after_a_measure and (
                then.qualifier is None or not then.text.startswith(then.qualifier))) or _denied_for(text, level, then):
            out[i] = replace(level, kind=MEASURE, unit=then.unit, noun=None)  # (or one denied: "Non 15 ma 25 chilometri")
            listed.append(i)
            continue
        if then.qualifier is not None and then.text.startswith(then.qualifier) and (
                not gap or normalize(then.qualifier) in lex.values["TO"]):
            gap = f"{gap} {normalize(then.qualifier)}".strip()  # ("до 110 км/ч", read as "up to"; "до примерно 8 тыс. кв. км")
        if gap in lex.values["TO"] and _word_before(text, level, start) in lex.values["FROM"]:
            out[i] = replace(level, kind=MEASURE, unit=then.unit, noun=None)
    for i in reversed(listed):
        # (and the figures of the list before, a comma apart: "towers of 120, 140 and 160 metres")
        while i > 0 and (level := out[i - 1]).kind in (NUMBER, COUNT) and level.unit is None and level.noun is None and (
                level.qualifier is None and level.scale is None and not level.is_range
                and text[level.end : out[i].start].strip() == "," and _like_figures(level, out[i])):
            out[i - 1] = replace(level, kind=MEASURE, unit=out[i].unit, noun=None)
            i -= 1
    return out


def _like_figures(a: Quantity, b: Quantity) -> bool:
    """Whether two figures are written alike, as two of one measure are ("111 and 76 metres"): as many decimals, and
    neither over three times the other (not "At 19 and 2.06 metres tall", "on lap 7 and 200 metres later", "He was 25
    and 6 feet tall")."""
    if not (isinstance(a.value, Decimal) and isinstance(b.value, Decimal)) or a.value <= 0 or b.value <= 0:
        return False
    low, high = sorted((a.value, b.value))
    return a.value.as_tuple().exponent == b.value.as_tuple().exponent and high <= low * 3


def _degrees_not_days(text: str, found: list[Quantity], lang: str, start: int, stop: int) -> list[Quantity]:
    """ "Il caldo arriva a 35°", "massime di 38° a Roma": where a language writes ordinals with the degree sign ("il 1°
    maggio", "il 35° anniversario") a whole figure with it and no month after reads as no quantity; where the sign is a
    unit read in context (``measure_in_context``), no noun follows (the next word has three letters at most: "a", "in",
    "e", or is a preposition: "35° nelle ore centrali"), and neither a name nor a word of ``degree_ordinals_after`` (a
    singular article) comes before, it is that measure in its context (:func:`_unit_in_context`), with the qualifier
    right before it ("fino a 40°"). A capitalised word before it is a name ("Sinner 1° nel ranking") but an ordinary one
    (:func:`_names_nothing`) or a word of time opening the sentence (``time_adverbs``): "Oggi 35° a Roma con il caldo",
    "Domenica 37°", "Stamattina 28°". A range whose last end has the sign is one measure, as "tra 30 e 35 gradi" is
    (:func:`_degree_range_start`): "Temperature tra 30° e 35°", "massime di 36-38°", "dai 30 ai 35°"."""
    lex = lexicon(lang)
    context = lex.measure_in_context.get("°")
    if context is None or "°" not in lex.ordinal_suffixes or text.find("°", start, stop) < 0:
        return found
    added: list[Quantity] = []
    for m in _DEGREE_DAY.finditer(text, start, stop):
        after = _NEXT_WORD.match(text, m.end())
        if any(q.start < m.end() and m.start() < q.end for q in found) or (
                after is not None and len(after.group(1)) > 3 and after.start(1) - m.end() < 3
                and normalize(after.group(1)) not in lex.prepositions):
            continue
        low = _degree_range_start(text, m, found, lang, start)
        first = m.start() if low is None else low.start()
        if (low is None or not low.group("open")) and (_name_before(text, first, start, lex) or (
                low is None and _word_before_at(text, m.start(), start) in lex.degree_ordinals_after)):
            continue  # (nor a rank after a name or a singular article: "Sinner 1° nel ranking", "il 2° classificato")
        before = _every_qualifier(lang).search(text, max(start, first - 40), first)
        qualifier = before.group(1) if before is not None else None
        begin = before.start(1) if before is not None else first
        value, high = (Decimal(m.group(1)), None) if low is None else (Decimal(low.group("low")), Decimal(m.group(1)))
        probe = Quantity(MEASURE, value, begin, m.end(), text[begin : m.end()], lang, precision=Decimal("0.5"),
                         bound=_bound_of(lex, qualifier), qualifier=qualifier, range_to=high)
        unit = _unit_in_context(text, probe, m.end(), start, context)
        if unit is not None:
            added = [a for a in added if a.end <= begin]  # (the first end read on its own: "tra 30° e")
            added.append(replace(probe, unit=unit))
    return _with_added(found, added)


def _degree_range_start(
    text: str, m: regex.Match[str], found: list[Quantity], lang: str, start: int
) -> regex.Match[str] | None:
    """The first end of a range whose last is the degree figure ``m`` (:func:`_degrees_not_days`), group ``low``, a
    whole figure with the sign or none: after a word of "between" and before "and" ("tra 30° e 35°", "tra i 30 e i
    35°"), after "from" and before "to" ("dai 30 ai 35°"; group ``open``), or before a dash ("36-38°"); the smaller
    first, a bare figure where one is read (its qualifier read again before the range: "fino a 36-38°"), and no
    singular article before either end, nor such a word opening or joining the range ("tra il 2° e il 3°", "dal 1° al
    3°": ranks); else None."""
    lex = lexicon(lang)
    pair = _degree_range_pattern(lang).search(text, max(start, m.start() - 40), m.start())
    if pair is None or int(pair.group("low")) >= int(m.group(1)):
        return None
    if pair.group("join"):
        between = normalize(pair.group("open")) in lex.values["BETWEEN"]
        if between is not (normalize(pair.group("join")) in lex.values["AND"]):
            return None  # ("tra 30 e", "dai 30 ai": not "tra 30 ai")
    if any(a is not None and normalize(a) in lex.degree_ordinals_after for a in (
            *pair.captures("article"), pair.group("open"), pair.group("join"))):
        return None  # (ranks: "tra il 2° e il 3°", "dal 1° al 3° in classifica")
    if any(q.start < pair.end("low") and pair.start() < q.end and not (
            q.kind in (NUMBER, COUNT) and q.unit is None and not q.is_range) for q in found):
        return None
    return pair


@cache
def _degree_range_pattern(lang: str) -> regex.Pattern[str]:
    """What stands before the last end of a range of degrees, up to it (:func:`_degree_range_start`)."""
    lex = lexicon(lang)
    opens = _alternatives([*lex.values["BETWEEN"], *lex.values["FROM"]])
    joins = _alternatives([*lex.values["AND"], *lex.values["TO"]])
    article = rf"(?:(?P<article>{_alternatives(lex.values['ARTICLE'])})[ \u00a0]+)?"
    return lazy(
        rf"(?:(?<!\w)(?P<open>{opens})[ \u00a0]+{article})?(?<![\w.,\-–])(?P<low>[0-9]{{1,2}})°?"
        rf"(?:[\-–‐‑]|(?(open)[ \u00a0]+(?P<join>{joins})[ \u00a0]+{article}|(?!)))$",
        regex.IGNORECASE,
    )


def _name_before(text: str, at: int, start: int, lex: Lexicon) -> bool:
    """Whether a capitalised word right before ``at`` is a name (:func:`_degrees_not_days`): not an ordinary word that
    names nothing (:func:`_names_nothing`), nor a word of time where it opens the sentence (``time_adverbs``)."""
    name = _CAPITALISED_BEFORE.search(text, max(start, at - 40), at)
    if name is None:
        return False
    word = normalize(name.group(1))
    return not (_names_nothing(text, word, name.start(1), start, lex) or (
        word in lex.time_adverbs and _at_sentence_start(text, name.start(1), start)))


_DEGREE_DAY = lazy(r"(?<![\w.,])([0-9]{1,2})°(?![\w°])")
# (a name, or a word that opens a sentence: "Sinner 1°", "Oggi")
_CAPITALISED_BEFORE = lazy(r"\b(\p{Lu}\p{L}*)\s+$")


def _reading_on_a_scale(text: str, q: Quantity, unit: str, start: int, lex: Lexicon) -> regex.Match[str] | None:
    """Where range ``q``, before a unit of length, follows the name of a scale (``scale_names``: "magnitude 4,8 à 10
    km", "magnitudo 4.2 a 10 km di profondità"): the match of its two figures (groups 1 and 2), the first, below ten,
    the reading on the scale and the second the measure, no range; else None (not "محطة بقوة 500 إلى 700 ميغاواط", a
    plant's power)."""
    if _word_before(text, q, start) not in lex.scale_names or not convertible(unit, "km"):
        return None
    two = _TWO_FIGURES.fullmatch(text, q.start, q.end)
    return two if two is not None and parse_number(to_ascii_digits(two.group(1)), lex)[0] < 10 else None


_TWO_FIGURES = lazy(r"(\d+(?:[.,٫]\d+)?)\s+\p{L}+\s+(\d+(?:[.,٫]\d+)?)")


def _sizes(text: str, found: list[Quantity], lang: str) -> list[Quantity]:
    """The two figures of a size, a word of ``dimension_words`` between, the unit written once: the bare one takes the
    other's ("73 x 92 cm" is 73 cm by 92 cm, "3 bij 4 meter", "2 на 3 метра", "de 2,5 mètres sur 4")."""
    lex = lexicon(lang)
    if len(found) < 2 or not lex.dimension_words:
        return found
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (a.kind is MEASURE) == (b.kind is MEASURE) or normalize(text[a.end : b.start]).strip() not in lex.dimension_words:
            continue
        bare, measured, k = (b, a, i + 1) if a.kind is MEASURE else (a, b, i)
        if (bare.kind in (NUMBER, COUNT) and bare.unit is None and bare.scale is None and bare.qualifier is None
                and not bare.is_range and measured.scale is None and isinstance(bare.value, Decimal) and bare.value > 0
                and measured.unit is not None and convertible(measured.unit, "m")):
            # (a size's sides are lengths: "50 км/ч на 130 улицах" is a speed on 130 streets)
            out[k] = replace(bare, kind=MEASURE, unit=measured.unit, noun=None)
    return out


def _sides_of_a_size(text: str, found: list[Quantity], lang: str, start: int) -> list[Quantity]:
    """ "long de 400 mètres et large de 61", "lunga 366 metri e larga 51", "366 metres long and 51 wide", "длиной 400
    метров и шириной 61": a bare figure beside a word of a dimension (``dimension_adjectives``, before it or after it,
    a word of "of" between or none), after a measure of length beside one in its sentence and "and", a comma or a word of
    ``dimension_words``, is in that measure's unit: copy writes the unit of a size once (not "will stand 100m high over
    30 floors")."""
    lex = lexicon(lang)
    if not lex.dimension_adjectives or all(q.kind is not MEASURE for q in found):
        return found
    out = list(found)
    for i, q in enumerate(out):
        if (q.kind not in (NUMBER, COUNT) or q.unit is not None or q.scale is not None or q.is_range
                or not isinstance(q.value, Decimal) or not _beside_a_dimension(text, q, start, lex)):
            continue
        for measured in reversed(out[:i]):
            if _SENTENCE_BREAK.search(text, measured.end, q.start):
                break
            if measured.kind is MEASURE:
                between = [normalize(w) for w in _LIST_ITEMS.findall(text[measured.end : q.start])]
                if (measured.scale is None and measured.unit is not None and convertible(measured.unit, "m")
                        and _beside_a_dimension(text, measured, start, lex)
                        and any(w in _COMMAS or w in lex.and_words or w in lex.dimension_words
                                or (w in lex.dimension_adjectives and w[:1] in lex.values["AND"])
                                for w in between)):  # (a side listed: not "stand 100m high over 30 floors")
                    out[i] = replace(q, kind=MEASURE, unit=measured.unit, noun=None)
                break
    return out


def _beside_a_dimension(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a word of ``dimension_adjectives`` stands right before ``q`` or right after it, a word of "of" between
    or none ("large de 61", "larga 51", "51 wide", "61 de large")."""
    before = [normalize(w) for w in _WORDS_ELIDED.findall(text[max(start, q.start - 40) : q.start])][-2:]
    if before and before[-1].rstrip("'’") in lex.values["OF"]:
        before = before[:-1]
    if before and before[-1] in lex.dimension_adjectives:
        return True
    after = [normalize(w) for _, w in _ELIDED_WORDS.findall(text, q.end, min(len(text), q.end + 40))[:3]]
    if after and after[0].rstrip("'’") in lex.values["OF"]:
        after = after[1:]
    # (and no noun after it, which it would qualify: "61 brede fietspaden")
    return bool(after) and after[0] in lex.dimension_adjectives and (
        len(after) == 1 or not lex.may_count(after[1]) or after[1] in lex.verbs_after_figures)


def _a_share_of_wholes(q: Quantity, lex: Lexicon) -> bool:
    """Whether ``q`` is a share spelled as a part of its whole ("drie op de vier", "een op de vijf"), which takes no unit of
    measure after it: "Drie op de vier hectare" are three of every four hectares, a share (in figures, "3 sur 4 mètres" may
    be a size)."""
    return q.value is not None and not q.is_range and not _DIGIT.search(q.text) and _with_a_word_of_ratio(normalize(q.text), lex)


def _with_a_word_of_ratio(written: str, lex: Lexicon) -> bool:
    """Whether a word of ratio (``values["OVER"]``) stands inside ``written``, normalised: "1 in 5", "drie op de vier"."""
    return any(f" {r} " in f" {written} " for r in lex.values["OVER"])


def _measures_and_a_half(text: str, found: list[Quantity], lang: str) -> list[Quantity]:
    """ "3 tonnellate e mezzo", "2 tonnes et demie", "3 tonnes and a half", "3 أطنان ونصف": a measure of whole units, in
    no scale, then "and", an article or none and the word of a half, is half a unit more (3.5 t), as "3 and a half tonnes"
    is; and so is money ("un dollaro e mezzo", "trois euros et demi", "a dollar and a half"); the half read alone is
    gone."""
    if not any(q.kind in _HALVED_KINDS for q in found):
        return found
    lex = lexicon(lang)
    out: list[Quantity] = []
    skip_to = -1
    for q in found:
        if q.start < skip_to:
            continue  # (the half, now the measure's)
        if (q.kind in _HALVED_KINDS and q.scale is None and not q.is_range and isinstance(q.value, Decimal)
                and (end := _half_after(text, q, q.end, lex)) is not None):
            q = replace(q, value=q.value + _HALF_UNIT, precision=q.precision / 2, end=end, text=text[q.start : end])
            skip_to = end
        out.append(q)
    return out


_HALVED_KINDS = frozenset({MEASURE, CURRENCY})


def _half_after(text: str, q: Quantity, end: int, lex: Lexicon) -> int | None:
    """Where "and a half" after a whole ``q`` ends, its word of a unit ending at ``end``, if it ends the phrase ("3 tonnes
    and a half", "deux points et demi"; not a half of what follows: "3 kg and a half dozen eggs", "5 km et une
    demi-heure", "3 тонны и половину урожая", "3 كيلوغرامات ونصف الكمية"); else None."""
    if not isinstance(q.value, Decimal) or q.value != q.value.to_integral_value():
        return None
    m = _and_a_half(q.lang).match(text, end)
    return m.end() if m is not None and _half_ends_it(text, m.end(), lex) else None


def _half_ends_it(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the word of a half ending at ``end`` ends the measure's phrase: no hyphen and word written onto it, and
    no word after it but one of "of" or one that lets a number end (:func:`_lets_a_number_end`: a preposition, a
    conjunction, a clause's verb...; "3 tonnellate e mezzo di cocaina", "3 tonnes and a half were seized"), so no half of
    what follows."""
    if text[end : end + 1] in ("-", "‐"):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None or _COMMA_OR_STOP.match(text, end):
        return True
    word = normalize(after.group(1))
    return (word in lex.values["OF"] or word in lex.partitive or _lets_a_number_end(lex, word, listed=True)) and (
        word not in lex.values["ARTICLE"])


@cache
def _and_a_half(lang: str) -> re.Pattern[str]:
    """The words after a measure, or a unit's dual, that add half a unit to it: "and" (written onto the next word or not:
    "ونصف"), an indefinite article or none, a word of a half (``fraction_words`` of 2)."""
    lex = lexicon(lang)
    halves = [w for w, v in lex.values["DENOM"].items() if v == 2]
    and_words = [w for w in lex.values["AND"] if w.isalpha()]
    if not halves or not and_words:
        return re.compile(r"(?!)")
    article = rf"(?:(?:{trie(sorted(lex.values['INDEF']))})[ \u00a0]+)?" if lex.values["INDEF"] else ""
    return compile_cached(
        rf"[ \u00a0]+(?:{trie(sorted(and_words))})[ \u00a0]*{article}(?:{trie(sorted(halves))})(?!\w)", re.IGNORECASE)


def _compound_measures(text: str, found: list[Quantity], lang: str, start: int) -> list[Quantity]:
    """ "6 feet 2 inches", "2 м 13 см", "6 pieds et 2 pouces": a measure in whole units, then one in a smaller unit of
    its dimension, with nothing but a space or the language's "and" between them, is one measure in the smaller unit
    (74 in, 213 cm); and so is a figure below ten in a unit of common ``measure_subunits`` and a bare figure with the
    digits of its smaller unit, "1 m 85", "2 metri e 13", "8 m 95" (895 cm), "1 km 500", "3 kg 200 de cocaïne" (3200
    g); not with a range on either side or a bound on the second (a bound on the first bounds the whole: "more than 6
    feet 2 inches"), nor the two ends of one after "between" ("between 2 km and 500 m"), nor where the second is one or
    more of the first ("480 kcal e 2.010 kJ")."""
    if not any(q.kind is MEASURE for q in found):
        return found
    lex = lexicon(lang)
    out: list[Quantity] = []
    for q in found:
        whole = out[-1] if out else None
        if (whole is not None and whole.kind is MEASURE and not whole.is_range and isinstance(whole.value, Decimal)
                and whole.value == whole.value.to_integral_value() and not q.is_range and q.qualifier is None
                and isinstance(q.value, Decimal) and (gap := normalize(text[whole.end : q.start]).strip()) in ("", *lex.and_words)
                and _word_before(text, whole, start) not in lex.values["BETWEEN"]):
            unit = q.unit if q.kind is MEASURE else _implied_subunit(whole, q, bool(gap), lex)
            per_whole = convert(Decimal(1), whole.unit, unit) if unit is not None and whole.unit is not None and (
                convertible(whole.unit, unit) and not is_temperature(unit)) else None
            if unit is not None and per_whole is not None and per_whole > 1 and q.value < per_whole:
                # (the second unit the smaller, and less than one of the first: not "480 kcal e 2.010 kJ", two readings of
                # one energy)
                out[-1] = replace(whole, value=whole.value * per_whole + q.value, unit=unit, end=q.end,
                                  text=text[whole.start : q.end], precision=q.precision, noun=None)
                continue
        out.append(q)
    return out


def _implied_subunit(whole: Quantity, q: Quantity, joined: bool, lex: Lexicon) -> str | None:
    """The unit of bare ``q`` after measure ``whole`` where it has as many digits as ``whole``'s unit has of its smaller
    one (``measure_subunits``: 2 for centimetres after metres, 3 for grams after kilograms) and ``whole`` is below
    ten: "1 m 85", "3 kg 200"; not "100 m 20 fois", nor after "and" (``joined``) a figure that counts the noun after it,
    "3 kg and 250 pills", "2 metri e 30 famiglie"."""
    smaller = lex.measure_subunits.get(whole.unit or "")
    if smaller is None or q.kind not in (NUMBER, COUNT) or not (isinstance(whole.value, Decimal) and whole.value < 10) or (
            joined and q.noun is not None and _is_counted(normalize(q.noun), lex)):
        return None
    size = convert(Decimal(1), str(whole.unit), smaller)
    return smaller if size is not None and q.text.isdigit() and len(q.text) == len(str(int(size))) - 1 else None


def _measure_unit(text: str, q: Quantity, m: re.Match[str], start: int, lex: Lexicon, vouched: bool = False) -> str | None:
    """The unit of a form :func:`_measure_pattern` matched after ``q``, or None where it is none there (``vouched``: a
    form read in context needs none of its context's words, as its sentence has read the unit in context before)."""
    written = m.group("unit")
    kind = _unit_kind(written, lex)
    in_context_word = kind == "context" and len(written) > 1 and written.isalpha()
    if m.group("gap") in _HYPHENS and not (kind == "word" or in_context_word or (kind == "symbol" and len(written) > 1)):
        # (a hyphen before a unit's word only, one read in context too, or a symbol of two letters or more: "a 12-kilometre
        # road", "a 30-knot gale", "по 3-нм техпроцессу"; but "в 2024-м году" is an ordinal)
        return None
    key = normalize(written)
    unit: str | None
    if kind == "glued":
        unit = lex.glued_symbols[written]
    elif kind == "context":
        # (not before a hyphen: "12 F-16 fighters" in a heatwave)
        context = lex.measure_in_context[written]
        unit = None if text[m.end() : m.end() + 1] in _HYPHENS else _unit_in_context(text, q, m.end(), start, context, vouched)
        if unit is None and not m.group("gap") and q.scale is None and not q.is_range and isinstance(q.value, Decimal) and (
            q.value == q.value.to_integral() and int(q.value) in lex.race_distances and _DIGIT.match(q.text) is not None
        ) and (
            lex.measure_in_context[written].unit == "m"
            and (_race_article(text, q, start, lex) or race_word_after(lex, text, q.start, m.end(), written, len(text), int(q.value)))
            and lex.measure_in_context[written].not_after.isdisjoint(_WORDS.findall(normalize(text[max(start, q.start - 48) : q.start])))
        ):
            # (a race's distance after its article or before a word of a race, which no millions read: "won the 1500m", "in
            # the 100m, set", "took 400m hurdles gold"; not after a word of money, "The club has spent the 200m in a single
            # window")
            return "m"
    else:
        unit = lex.measure_symbols.get(written) or lex.measure_words.get(key) or lex.measure_words.get(_COMBINING_MARKS.sub("", key))
    low, high = lex.measure_word_values.get(key, (None, None))
    if unit is None or (isinstance(q.value, Decimal) and (
            (low is not None and q.value < low) or (high is not None and (q.value > high or q.range_to is not None)))):
        return None
    # (the word after the unit, past its dot, "80 т.р.": thousands of roubles; with no marks, "برميلاً متفجراً"; a letter
    # only after the unit's dot, an abbreviation's, "т. е.", "т. к.": "180 млн тонн к 2030 году" is in tonnes)
    dot = text[m.end() : m.end() + 1] == "."
    after = _NEXT_WORD.match(text, m.end() + dot)
    if after is not None and (dot or len(after.group(1)) > 1) and (
            _COMBINING_MARKS.sub("", normalize(after.group(1))) in lex.measure_not_before):
        return None
    if after is not None and "/" in written and written.rpartition("/")[2].isdigit() and _a_unit(after.group(1), lex):
        return None  # (a rate's form ending in its denominator's figure before another unit: "0,5 l/100 l d'eau")
    if len(written) == 1 and text[m.end() : m.end() + 1] in _HYPHENS and text[m.end() + 1 : m.end() + 2].isalpha():
        return None  # (a letter's symbol before a hyphen and a word: "200 t-shirts")
    if not m.group("gap") and lex.label_nouns and normalize(_word_before(text, q, start)) in lex.label_nouns:
        return None  # (a label's letter after a noun of a place named by number: "upgraded to room 34W", "room 12C")
    if kind == "context" and len(written) == 1 and len(q.text) == 4 and q.text.isdigit() and int(q.text) in YEAR_FIGURES and (
            not lex.values["YEAR_AFTER"].keys().isdisjoint((key, key + "."))):
        return None  # (a year before a letter that abbreviates it too: "Масса урожая 2023 г превысила"; not "a 1500m specialist")
    if written in lex.name_symbols and (name := _NEXT_WORD.match(text, m.end())) is not None and name.group(1)[:1].isupper():
        return None  # (a symbol that also opens a name, before a capital: "400 Mt Isa residents", "the 2024 Mt Everest season")
    if len(written) == 1 and written.isupper() and m.group("gap") and _SPACE_AND_FIGURE.match(text, m.end()):
        return None  # (a capital's symbol apart from its figure, before another: "12 W 34th Street", a street's side)
    return unit


_SPACE_AND_FIGURE = lazy(r"[ \u00a0]+\d")


def _race_article(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether an article stands right before ``q`` or before one word before it ("won the 1500m", "the Olympic 100m
    final")."""
    words = _WORDS_ELIDED.findall(normalize(text[max(start, q.start - 32) : q.start]))[-2:]
    return bool(words) and (words[-1] in lex.values["ARTICLE"] or (len(words) == 2 and words[0] in lex.values["ARTICLE"]))


def _a_unit(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a unit of measure's symbol as written or its word, or a unit of time ("l", "kg", "m",
    "litres", "heures")."""
    return (word in lex.measure_symbols or word in units() or normalize(word) in lex.measure_words
            or "DUR" in lex.classify("word", lex.fold(normalize(word))))


def _a_unit_next(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the word or symbol at ``at`` is a unit (:func:`_a_unit`): "sous 20 °C", "the one-kilometre mark"."""
    unit = _NEXT_TOKEN.match(text, at)
    return unit is not None and _a_unit(unit.group(1), lex)


_PLUS_SIGNED = lazy(r"(?<![\w.,])\+[ \u00a0]?\d")


def _unit_in_context(text: str, q: Quantity, end: int, start: int, context: UnitInContext, vouched: bool = False) -> str | None:
    """The unit of a form of ``measure_in_context`` after ``q`` (ending at ``end``) where the figure's sentence speaks of
    what it measures: one of the context's words in it ("Temperatures soared across Spain on Friday, reaching 44C in
    Seville", "La température atteint 38,5 puis 40 degrés", "Temperatures in St. Louis hit 35C"), or where the context
    has a ``reach``, among so many words of the clause before the figure and after the unit, or where a figure below zero
    is in degrees ("при минус 70 градусах") ("raffiche di vento fino a
    40 nodi", "l'avion volait à 35 000 pieds", "6 pieds de haut"; not "La rete conta 500 nodi e garantisce una
    velocità", "200 pieds de tomates le long du mur"); and none of its ``not_after`` among the three words before the
    figure or the reach's words after the unit, nor of its ``not_before`` among the two words of its clause after the
    unit, words of a turn, a strength, a quake, a label or money ("une svolta a 180 gradi mentre il Paese soffre il
    caldo", "vodka крепостью 40 градусов в холода", "le séisme de 5,2 degrés", "seat 23C ... the heat", "heroin and
    8,000 pounds in cash", "De camera wordt 90 graden gedraaid"). A context with no words is read wherever none of its
    ``not_after`` nor ``not_before`` is near: "The breeze built to 18 knots", not "Scouts tied 12 knots". ``vouched``: its
    sentence has read the unit in context before, so none of the context's words is asked for."""
    if vouched:
        context = context._replace(words=frozenset())
    reach = max(start, q.start - 300)
    left = max((c.end() for c in _MEASURE_SENTENCE_CUT.finditer(text, reach, q.start)), default=reach)
    right = _MEASURE_SENTENCE_CUT.search(text, end, end + 300)
    stop = right.start() if right else min(len(text), end + 300)
    before = _MEASURE_WORDS.findall(normalize(text[left : q.start]))
    clause_after: list[str] = []  # (the words of the unit's clause after it, where the context asks for them)
    if context.reach or context.not_before:
        cut = _NEAR_CUT.search(text, end, stop)
        clause_after = _MEASURE_WORDS.findall(normalize(text[end : cut.start() if cut else stop]))
    after: list[str] = []
    if context.reach:  # (in the figure's clause: "В сети 21 узел, скорость передачи данных" is no speed)
        clause = max((c.end() for c in _NEAR_CUT.finditer(text, left, q.start)), default=left)
        # (before a percent between, a verb of change is the change's that led to the figure, no word of its measure:
        # "Housing starts jumped 13.9% to 1.45m", no height jumped; "The river rose 30% to 5.6m" keeps its river)
        percent = max(text.rfind("%", clause, q.start), text.rfind("٪", clause, q.start))
        if percent < 0:
            near_before = _MEASURE_WORDS.findall(normalize(text[clause : q.start]))
        else:
            lex = lexicon(q.lang)
            near_before = [w for w in _MEASURE_WORDS.findall(normalize(text[clause:percent])) if not _starts(w, lex.change_stems, lex)]
            near_before += _MEASURE_WORDS.findall(normalize(text[percent : q.start]))
        after = clause_after[: context.reach[1]]
        near = [*near_before[max(0, len(near_before) - context.reach[0]) :], *after]
        if context.anywhere and not context.anywhere.isdisjoint(sentence := _MEASURE_WORDS.findall(normalize(text[left:stop]))):
            near += sentence  # ("14 metres of snow, against an average of about 15m": the unit's word in the sentence)
    else:
        near = _MEASURE_WORDS.findall(normalize(text[left:stop]))
    # (degrees below zero are a temperature wherever they stand: "похолодает до минус 25 градусов", "at minus 70C"; and so
    # are degrees signed above it: "рекордные +38 градусов")
    signed = is_temperature(context.unit) and isinstance(q.value, Decimal) and (q.value < 0 or _PLUS_SIGNED.search(q.text) is not None)
    # (and so are degrees with decimals written onto their figure, as no label's letter is: "hit 49.6C", "1.48C above")
    decimal = is_temperature(context.unit) and text[q.end : q.end + 1].isalpha() and _DECIMAL_MARK.search(q.text) is not None
    if decimal:
        return context.unit
    if (context.words and context.words.isdisjoint(near) and not signed) or not context.not_after.isdisjoint(
            [*before[-3:], *after]):
        return None
    # (nor the two words after the unit: "De camera wordt 90 graden gedraaid")
    return None if not context.not_before.isdisjoint(clause_after[:2]) else context.unit


# Where a sentence ends, for :func:`_unit_in_context`: a full stop but between digits ("38,5", "40.3") or after an
# abbreviation of a capital and a small letter ("St. Louis"), a line break, other stops.
_MEASURE_SENTENCE_CUT = lazy(r"[!?…؟\n]|(?<!\b\p{Lu}\p{Ll}?)\.(?!\d)")
_NEAR_CUT = lazy(r"[;:()،؛!?…—–]|(?<![0-9])[,.]|[,.](?![0-9])")  # (a clause's end, not a decimal sign's)
_COMBINING_MARKS = lazy(r"\p{M}")
_DECIMAL_MARK = lazy(r"\d[.,٫]\d")
_MEASURE_WORDS = lazy(r"\p{L}[\p{L}\p{M}'\-]*")  # (words with no stop or comma after them: "froid,")
_HYPHENS = ("-", "‐")  # (the gap of :func:`_measure_pattern` that is no space: only a unit's word follows it)


_PERIODS = frozenset({"year", "month", "week", "day"})  # (the units of time a rate of an amount is stated over)


@cache
def _measure_pattern(lang: str) -> re.Pattern[str]:
    """The units of measure a figure may stand before (:func:`_measures`), after a space, a hyphen ("a 12-kilometre
    road") or nothing, with the marks written on their last letter ("متراً"): group ``gap``, then ``unit``, the form
    as written, of which :func:`_unit_kind` tells the kind. Some hundreds of forms: compiled with ``re`` and kept
    (:func:`claimlint.compiled.compile_cached`), where ``regex`` spent 10-30 ms a language compiling it at every
    start."""
    units = _measure_units(lang)
    # (not before a slash and a word, a rate of another unit, "kg/m²", but for a unit of time of a day or longer, the
    # period of an amount stated "a year", "3 000 kWh/an", "1.200 kWh/jaar")
    periods = _alternatives([f for f, unit in lexicon(lang).values["DUR"].items() if unit in _PERIODS and len(f) > 1])
    return compile_cached(rf"(?P<gap>[ \u00a0\u202f\-‐]?)(?P<unit>{units})[{MARKS}]*(?![^\W_]|['’{MARKS}])"
                          rf"(?!/(?!(?i:{periods})(?![^\W_]))[^\W\d_])")


@cache
def _measure_after_link(lang: str) -> regex.Pattern[str] | None:
    """The link word of a scale, where the language writes one, before which :func:`_measure_pattern` is asked for the
    units ("3 millions de tonnes", "2 millions d'hectares", "60 miliardi di metri cubi"): a small pattern, where one of
    every unit again would cost its compile at each start."""
    links = lexicon(lang).values["CUR_LINK"]
    if not links:
        return None
    link = _alternatives(links).replace("'", "['’]")
    return lazy(rf"[ \u00a0](?i:{link})")


@cache
def _measure_heads(lang: str) -> frozenset[str]:
    """The characters a unit of measure, a scale's link word or an adjective between a figure and its unit may start
    with, in either case (not ""), for :func:`_measures` to ask first."""
    lex = lexicon(lang)
    forms = [*lex.measure_symbols, *lex.glued_symbols, *lex.measure_words, *lex.measure_in_context, *lex.values["CUR_LINK"],
             *lex.duration_adjectives]
    return frozenset(c for f in forms if f for c in (f[0], f[0].upper(), f[0].lower()))


def _measure_units(lang: str) -> str:
    """The units of :func:`_measure_pattern` as one alternation, the longest form first whatever it is ("km per hour"
    before "km"): symbols as written, words in any case and with either apostrophe ("chilometri all’ora"), and the
    forms read in context as written; a form that is two of these is the last of them."""
    lex = lexicon(lang)
    # (a word's marks may end each of its words: "كيلومتراً في الساعة")
    forms = {f: f"(?i:{re.escape(f)})".replace("'", "['’]").replace(r"\ ", rf"[{MARKS}]*\ ")
             for f in lex.measure_words if f not in lex.measure_symbols}
    forms.update({f: rf"(?<=\d){re.escape(f)}" for f in lex.glued_symbols})  # (right after the figure only: "13in", not "5 in 10")
    forms.update({f: re.escape(f) for f in [*lex.measure_symbols, *lex.measure_in_context]})
    return "|".join(forms[f] for f in sorted(forms, key=lambda f: (-len(f), f)))


def _unit_kind(written: str, lex: Lexicon) -> str:
    """What a form :func:`_measure_pattern` matched is, by the same precedence as :func:`_measure_units`: "context" (a
    form of ``measure_in_context``, as written), "symbol" (of ``measure_symbols``, as written), "glued" (of
    ``glued_symbols``, as written) or "word" (of ``measure_words``, in any case)."""
    return ("context" if written in lex.measure_in_context else "symbol" if written in lex.measure_symbols
            else "glued" if written in lex.glued_symbols else "word")


def _no_ordinal_seconds(text: str, found: list[Quantity], start: int) -> list[Quantity]:
    """ "the forty-second president": a spelled round ten written onto "second" with a hyphen is an ordinal (42nd), no
    spell of forty seconds, but after the indefinite article ("a thirty-second advert", "a five-second penalty", "a
    40-second lead" are spells)."""
    return [q for q in found if not (
        q.kind is DURATION and q.unit == "second" and not q.is_range and q.text[:1].isalpha() and "-" in q.text
        and isinstance(q.value, Decimal) and q.value % 10 == 0 and 20 <= q.value <= 90
        and _word_before(text, q, start) not in lexicon(q.lang).values["INDEF"])]


def _second_of_a_pair(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "s'impose 3-0 face à Brest", "met 3-1 gewonnen", "3-1 ويبتعد", "beat the Knicks 118-104 behind": the second figure
    of a pair the grammar read as
    two (its larger end first, as a score's) counts nothing after it, as the first does not: both are numbers."""
    out = list(found)
    for k in range(1, len(out)):
        q, first = out[k], out[k - 1]
        if (q.kind is COUNT and first.kind is NUMBER and first.end == q.start - 1 and text[first.end] in "-–"
                and q.text.isdigit() and first.text.isdigit() and len(q.text) <= 3 and len(first.text) <= 3):
            out[k] = replace(q, kind=NUMBER, noun=None)
    return out


def _scores(text: str, found: list[Quantity], lang: str, start: int) -> list[Quantity]:
    """ "Chelsea lost 1-2 to Arsenal", "verloor met 1-2 van Twente", "a perdu 24 à 26", "خسر الأهلي 1-2": a
    score written with its smaller figure first, after a word of losing among the three words before it in
    its clause (``score_words``), is the result, two figures (as "beat Arsenal 3-1" is), no range; not with
    a noun after it that it counts ("lost 2-3 games" is a range). (Its smaller figure comes first in every range:
    the grammar reads none whose first end is the larger, "beat Arsenal 3-1".)"""
    words = lexicon(lang).score_words
    if not words or not any(q.is_range for q in found):
        return found
    out: list[Quantity] = []
    losing, defeats, of = words.get("before", frozenset()), words.get("nouns", frozenset()), lexicon(lang).values["OF"]
    for q in found:
        noun = normalize(q.noun) if q.noun is not None else None
        # (or a noun of losing, singular, right after it and before no "of": "a 3-4 defeat"; not "2-3 failed attempts",
        # "a 3-4 loss of seats")
        named = _NEXT_WORD.match(text, q.end) if noun in defeats else None
        defeat = named is not None and not _word_after_in(text, replace(q, end=named.end()), of)
        m = _SCORE_RANGE.fullmatch(q.text) if (
            q.is_range and q.kind in (NUMBER, COUNT) and q.unit is None and q.qualifier is None and q.scale is None
            and (noun is None or noun in words.get("after", ()) or defeat)
        ) else None
        clause = _CLAUSE_CUT.split(text[max(start, q.start - 48) : q.start])[-1] if m is not None else ""
        if m is None or (not defeat and (losing.isdisjoint(normalize(w) for w in _WORDS.findall(clause)[-3:]) or not (
            _a_team_after(text, q, words.get("after", frozenset()), words.get("home", frozenset()))
        ))):
            out.append(q)
            continue
        for group in (1, 2):
            a, b = q.start + m.start(group), q.start + m.end(group)
            out.append(replace(q, kind=NUMBER, value=Decimal(m.group(group)), range_to=None, noun=None, start=a, end=b,
                               text=text[a:b]))
    return out


def _a_team_after(text: str, q: Quantity, after: frozenset[str], home: frozenset[str] = frozenset()) -> bool:
    """Whether what follows a score is a result's: the clause's end, a name ("проиграл 1-2 ЦСКА"), a word of
    ``after`` and a name in the next two words ("to Arsenal", "face à l'Afrique du Sud", "contro il Milan"; any word in
    a script with no capitals: "أمام الزمالك"), or where it was played, one or two words of ``home`` ("at home", "in
    casa"); not "of its best units", "in staff numbers"."""
    if _CLAUSE_ENDS_HERE.match(text, q.end):
        return True
    words = _WORDS.findall(text[q.end : q.end + 48])[:4]
    if words and words[0][:1].isupper():
        return True
    if home and (written := normalize(text[q.end : q.end + 32]).lstrip()) and any(
            written.startswith(h) and not written[len(h) : len(h) + 1].isalpha() for h in home):
        return True
    if not words or normalize(words[0]) not in after:
        return False
    # (three words, an elided article's among them: "face à l'Afrique du Sud")
    return not any(ch.isupper() or ch.islower() for ch in words[0]) or any(w[:1].isupper() for w in words[1:])


# The figures that may state an age a law fixes (from the age of criminal responsibility up).
_AGES_BY_LAW = (Decimal(14), Decimal(120))


def _after_an_age_noun(text: str, q: Quantity) -> bool:
    """Whether a noun of an age that laws fix (``age_level_nouns``) stands before ``q`` in its sentence."""
    return _age_noun_end(text, q) is not None


def _ages_of_an_age_noun(text: str, found: list[Quantity], lang: str) -> list[Quantity]:
    """ "The state pension age will rise from 66 to 67", "raises the legal retirement age to 64 from 62", "Пенсионный
    возраст для женщин повысили с 55 до 60 лет, для мужчин — с 60 до 65", "l'età di vecchiaia resta a 67": a bare whole
    figure of an age's size after a noun of an age that rules or laws fix (``age_level_nouns``), in its sentence, is that
    age, in years, where it is a level: after a word of "from", "to" or of a level stated ("reaches", "ligt op"), or within
    eight words of the noun with no other figure between but ages ("The retirement age in Japan remains 65", "Пенсионный
    возраст составляет 63, а для женщин — 58", "سن التقاعد في مصر 60"); not a figure that counts a noun ("the pension age
    rises to 67 in 5 steps"; the word after it may be taken for one: "to 64 despite months of protests") or comes before
    "of" ("16 of 20 councils"), nor one after another figure ("received 340 responses, and 66 came from charities")."""
    lex = lexicon(lang)
    if not lex.age_level_nouns:
        return found
    low, high = _AGES_BY_LAW
    levels = {*lex.values["FROM"], *lex.values["TO"], *lex.values["MOVE_TO"]}
    out: list[Quantity] = []
    for q in found:
        if (q.kind in (NUMBER, COUNT) and q.unit is None and q.scale is None and isinstance(q.value, Decimal)
                and (q.noun is None or normalize(q.noun) in lex.prepositions or normalize(q.noun) in lex.conjunctions)
                and q.value == q.value.to_integral_value() and low <= q.value <= high
                and (q.range_to is None or (isinstance(q.range_to, Decimal) and low <= q.range_to <= high))
                and not _word_after_in(text, q, lex.values["OF"])
                and (noun_end := _age_noun_end(text, q)) is not None
                and (_word_before(text, q, 0) in levels or (q.qualifier is not None and normalize(q.qualifier) in levels)
                     or _vague_before(text, q, 0, lex.level_words)
                     or (len(_WORDS.findall(text, noun_end, q.start)) <= _AGE_NOUN_REACH
                         and all(o.kind is DURATION for o in out if noun_end <= o.start < q.start)
                         and not _DIGIT.search(_between_quantities(text, out, noun_end, q.start))))):
            q = replace(q, kind=DURATION, unit="year")
        out.append(q)
    return out


# How many words may stand between a noun of an age a law fixes and a bare figure that states it.
_AGE_NOUN_REACH = 8


def _age_noun_end(text: str, q: Quantity) -> int | None:
    """Where the last noun of an age a law fixes (``age_level_nouns``) before ``q`` in its sentence ends, or None."""
    left, _ = _sentence_bounds(text, q.start, q.end)
    before = text[left : q.start].casefold()
    if not any(noun in before for noun in lexicon(q.lang).age_level_nouns):
        return None  # (most sentences name no such age: a look for each noun's letters before the pattern's)
    pattern = _age_nouns_pattern(q.lang)
    ends = [m.end() for m in pattern.finditer(text, left, q.start)] if pattern is not None else []
    return ends[-1] if ends else None


@cache
def _age_nouns_pattern(lang: str) -> re.Pattern[str] | None:
    nouns = sorted(lexicon(lang).age_level_nouns, key=len, reverse=True)
    return compile_cached(rf"(?<!\w)(?:{'|'.join(re.escape(n) for n in nouns)})(?!\w)", re.IGNORECASE) if nouns else None


def _between_quantities(text: str, found: Sequence[Quantity], start: int, end: int) -> str:
    """``text[start:end]`` with the quantities of ``found`` in it left out."""
    parts, at = [], start
    for o in found:
        if start <= o.start and o.end <= end:
            parts.append(text[at : o.start])
            at = o.end
    return "".join(parts) + text[at:end]


_SCORE_RANGE = lazy(r"(\d{1,3})\s*(?:[-–]|\p{L}+)\s*(\d{1,3})")


def _bare_ages(text: str, found: list[Quantity], lang: str, start: int) -> list[Quantity]:
    """ "Smith, 27, of Leeds", "The ex-CEO, 58, resigned", "A Manchester man, 34,", "Een man (34) uit Almere", "een
    meisje van 9 en": a bare figure of one or two digits between commas right after a word with a capital or a noun
    of a person (``bare_ages``: ``forms``, ``nouns``), or in brackets right after such a noun in lower case, a compound
    of one or one of ``bracket_nouns`` ("een politieagent (29)", "Een moeder (38)"; not "het aantal doden (12)"), or after
    such a
    noun and "of" ending its phrase (:func:`_aged_of`), is the age of the one
    named, in years, as "aged 27" is (in brackets, a centenarian's too: "Een vrouw (101)"); not in a list of figures
    ("Items 3, 34, and 35"), nor after a name in brackets, where tallies stand ("De PVV (37)", "PSV (70)"), but for a
    name a noun of a person introduces ("DNB-president Klaas Knot (57)")."""
    lex = lexicon(lang)
    forms = lex.bare_ages
    if not forms:
        return found
    out = []
    for q in found:
        if q.kind is NUMBER and q.qualifier is None and not q.is_range and q.text.isdigit() and (
                len(q.text) <= 2 or (len(q.text) == 3 and int(q.text) <= _OLDEST and text[q.end : q.end + 1] == ")")) and (
            ("comma" in forms and len(q.text) <= 2 and _ends_an_aside(text, q, start, lex) and (
                _AGE_BETWEEN_COMMAS.search(text, max(start, (at := _past_age_words(text, q, start, lex)) - 40), at)
                or ((noun := _NOUN_BEFORE_COMMA.search(text, max(start, at - 40), at)) is not None
                    and normalize(noun.group(1)) in lex.bare_age_nouns)))
            or ("brackets" in forms and text[q.end : q.end + 1] == ")" and (
                ((noun := _AGE_IN_BRACKETS.search(text, max(start, q.start - 40), q.start)
                  or _headline_noun_in_brackets(text, q, start)) is not None
                 and normalize(noun.group(1)).endswith(lex.bare_age_bracket_nouns))  # (compounds too: "politieagent")
                # (or a name a noun of a person introduces, of an adult's age: "DNB-president Klaas Knot (57)", not
                # "De PVV (37)", nor a player's goals, "spits Santiago Giménez (2)")
                or (int(q.text) >= _ADULT and (
                    named := _NAME_AFTER_NOUN_IN_BRACKETS.search(text, max(start, q.start - 64), q.start)) is not None
                    and normalize(named.group(1)).endswith(lex.bare_age_bracket_nouns)
                    and named.group(1)[-1:].islower())))
            or ("of" in forms and _aged_of(text, q, start, lex))
        ):
            q = replace(q, kind=DURATION, unit="year")
        out.append(q)
    return out


def _bounded_past_a_noun(text: str, found: list[Quantity], lang: str, start: int) -> list[Quantity]:
    """ "up to an income of £50,270", "jusqu'à un revenu de 28 797 euros", "fino a un reddito di 28.000 euro", "tot een
    inkomen van € 75.518": "up to" (a ceiling ending in a word of "to"), an article or none, a noun of an amount
    (``qualified_nouns``) and the word of "of" right before a figure make it a ceiling, as "up to" written next to it
    would (the figure's span is its own); not a verb, whose object the figure measures: "dépassé le budget de 40
    millions d'euros" is the budget."""
    lex = lexicon(lang)
    if not lex.qualified_nouns:
        return found
    out = []
    for q in found:
        if q.bound is EXACT and q.qualifier is None and not q.is_range and q.kind in (CURRENCY, NUMBER, COUNT, PERCENT):
            words = normalize(text[max(start, q.start - 64) : q.start]).split()
            size = len(words) >= 3 and words[-1] in lex.values["OF"] and next(
                (n for n in (1, 2) if " ".join(words[-1 - n : -1]) in lex.qualified_nouns), 0)  # ("chiffre d'affaires")
            if size:
                rest = words[: -1 - size]
                if rest and (rest[-1] in lex.values["ARTICLE"] or rest[-1] in lex.values["INDEF"]):
                    rest = rest[:-1]
                size = next((n for n in range(min(4, len(rest)), 0, -1) if " ".join(rest[-n:]) in lex.qualifier_bounds), 0)
                phrase = " ".join(rest[-size:])
                before = _WORDS.findall(_COMMA_NOT_IN_FIGURE.split(" ".join(rest[: len(rest) - size]))[-1])
                if (size and lex.qualifier_bounds[phrase] == AT_MOST.value and _UP_TO_WORDS.split(phrase)[-1] in lex.values["TO"]
                        and not any(_starts(w, lex.change_stems + lex.rise_stems, lex) or w in lex.values["FROM"]
                                    or " ".join(before[k : k + 2]) in lex.change_any_whole for k, w in enumerate(before))):
                    q = replace(q, bound=AT_MOST)  # (not the level a change reached: "Shares climbed up to a price of $48.20")
        out.append(q)
    return out


def _bounded_past_a_scale(text: str, found: list[Quantity], lang: str, start: int) -> list[Quantity]:
    """ "superiori a magnitudo 2", "Vanaf windkracht 9", "above magnitude 4": a qualifier (of up to four words) right
    before the name of a scale (``scale_names``) that stands right before a bare number bounds the number, its span taking
    both in, as written next to it; not "up to", a ceiling ending in a word of "to", which may be the level a change reached
    ("De wind neemt toe tot windkracht 9")."""
    lex = lexicon(lang)
    if not lex.scale_names:
        return found
    out = []
    for q in found:
        if (q.bound is EXACT and q.qualifier is None and not q.is_range and q.kind in (NUMBER, COUNT) and q.scale is None
                and _word_before(text, q, start) in lex.scale_names):
            spans = list(_WORD_SPANS.finditer(text, max(start, q.start - 64), q.start))
            for n in range(min(4, len(spans) - 1), 0, -1):
                words = spans[-1 - n : -1]
                phrase = normalize(text[words[0].start() : words[-1].end()])
                bound = lex.qualifier_bounds.get(phrase) if phrase.split(" ", 1)[0] not in lex.conjunctions else None
                if bound is not None and not (bound == AT_MOST.value and _UP_TO_WORDS.split(phrase)[-1] in lex.values["TO"]) and (
                        _ONLY_SPACES.fullmatch(text, words[-1].end(), spans[-1].start()) is not None):
                    at = words[0].start()
                    q = replace(q, start=at, text=text[at : q.end], bound=Bound(bound), qualifier=text[at : words[-1].end()])
                    break
        out.append(q)
    return out


_ONLY_SPACES = lazy(r"[ \u00a0\u202f]+")


def _few_things(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether ``q`` is a few things counted: a bare figure under ten before a noun that is no unit of measure or time
    and, but in Arabic, ends as counted nouns do ("5 coureurs", "3 مدافعين"; not "2 gradi", "3 ore", "5 gigawatt")."""
    if not (q.kind in (NUMBER, COUNT) and q.scale is None and isinstance(q.value, Decimal) and abs(q.value) < 10):
        return False
    word = _NEXT_WORD.match(text, q.end)
    if word is None:
        return False
    written = lex.fold(normalize(word.group(1)))
    if (written in lex.zero_points.get("units", ()) or written in lex.measure_units or written in lex.measure_words
            or "DUR" in lex.classify("word", written)):
        return False  # (a unit's word too: "لا يتجاوز وزنها 7 كيلوغرامات")
    if lex.verb_first:
        return True  # (Arabic: any noun, "تجاوز اللاعب 3 مدافعين")
    return _counted_noun_next(text, q.end, lex)  # ("5 coureurs", "3 avversari"; not a unit, "i 5 gigawatt")


_COMMA_NOT_IN_FIGURE = lazy(r",(?!\d)")


def _aged_of(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """ "een meisje van 9 en haar grootmoeder", "un uomo di 45,", "un homme de 45,", "een man van 45 uit Almere", "Een
    vrouw van 82 is overleden": a noun of a person (``bare_ages: nouns``), the word of "of" and a bare figure that ends
    its phrase (a clause mark, "and", a preposition or the clause's verb after it)."""
    before = _NOUN_AND_OF.search(text, max(start, q.start - 40), q.start)
    if before is None or normalize(before.group(1)) not in lex.bare_age_nouns or normalize(before.group(2)) not in lex.values["OF"]:
        return False
    if _FIGURE_SOON_AFTER.match(text, q.end):
        return False  # a list or a correction: "slachtoffer van 3, mogelijk 4, aanslagen", "De agent van 2, 3 spelers"
    after = _NEXT_WORD.match(text, q.end)
    return _CLAUSE_ENDS_HERE.match(text, q.end) is not None or (after is not None and after.start(1) > q.end and (
        (word := normalize(after.group(1))) in lex.and_words or word in lex.prepositions or word in lex.verbs_after_figures))


_FIGURE_SOON_AFTER = lazy(r"[,;]?(?:[ \u00a0]+\p{L}+){0,2}[ \u00a0,]+\d")
_NOUN_AND_OF = lazy(r"\b(\p{Ll}+)[ \u00a0]+(\p{L}+)[ \u00a0]+$")
_FULL_NAME_BEFORE_COMMA = lazy(r"\b\p{Lu}[\p{Ll}\-'’]+ \p{Lu}[\p{Ll}\-'’]+, $")
_AGE_BETWEEN_COMMAS = lazy(r"(?<![\d,] ?)\b\p{Lu}[\p{L}\-.]*, $")
# The oldest age a bare figure in brackets is read as ("Een vrouw (101)"; the oldest person on record reached 122).
_OLDEST = 115
_ADULT = 14  # (the youngest age read in brackets after a name: below, goals and tallies stand there as often)
_AGE_IN_BRACKETS = lazy(r"\b(\p{Ll}[\p{L}\-]*) \($")
# A noun of a person, then the name it introduces, before an age in brackets: "DNB-president Klaas Knot (", "trainer
# Arne Slot (", "minister Van der Wal (" (capitalised words and the short particles of names between).
_NAME_AFTER_NOUN_IN_BRACKETS = lazy(
    r"(?<![\p{L}\-])([\p{L}\-]+)(?: (?:\p{Lu}[\p{L}\-'’.]*|\p{Ll}{1,3})){0,3} \p{Lu}[\p{L}\-'’]* \($")
_OPENING_WORD_IN_BRACKETS = lazy(r"(?:(?<=[.!?]\s+)|(?<=^))(\p{Lu}[\p{L}\-]*) \($")
_NOUN_BEFORE_COMMA = lazy(r"(?<![\d,] ?)\b(\p{Ll}+), $")


def _past_age_words(text: str, q: Quantity, start: int, lex: Lexicon) -> int:
    """Where the words between an aside's comma and its age (``bare_ages``: ``between``) start: "Dame Judi, now 90,"."""
    before = _ANY_PREV_WORD.search(text, max(start, q.start - 16), q.start) if lex.bare_age_between else None
    return before.start(1) if before is not None and normalize(before.group(1)) in lex.bare_age_between else q.start


def _ends_an_aside(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a comma follows ``q``, or the sentence ends after it with a verb of saying before in its sentence
    (``saying_verbs``): "said regional organiser Mary Hayes, 54."."""
    after = text[q.end : q.end + 1]
    if after == ",":
        return True
    if after != "." or not lex.saying_verbs:
        return False
    sentence = _SENTENCE_START.split(text[max(start, q.start - 120) : q.start])[-1]
    # (a person's: a name of two words or a noun of a person before the comma; not "the clerk said Labour, 54.")
    named = _FULL_NAME_BEFORE_COMMA.search(sentence) or (
        (noun := _NOUN_BEFORE_COMMA.search(sentence)) is not None and normalize(noun.group(1)) in lex.bare_age_nouns)
    return bool(named) and not lex.saying_verbs.isdisjoint(normalize(sentence).split())


def _headline_noun_in_brackets(text: str, q: Quantity, start: int) -> regex.Match[str] | None:
    """The noun of a person opening a sentence with no article, a headline's, before an age in brackets: "Verdachte (23)
    aangehouden", "Man (34) opgepakt" (the lower-case noun inside a sentence is :data:`_AGE_IN_BRACKETS`'s)."""
    return _OPENING_WORD_IN_BRACKETS.search(text[start : q.start], max(0, q.start - start - 40))



def _one_who_speaks(text: str, found: list[Quantity], lang: str, start: int) -> list[Quantity]:
    """ "said one drinker", "One witness recalled", "one resident told": "one" and its noun next to a verb of saying
    (``saying_verbs``) is "a", a source, no count of one ("One person died" is one)."""
    lex = lexicon(lang)
    if not lex.saying_verbs:
        return found
    out = []
    for q in found:
        noun = _NEXT_WORD.match(text, q.end) if q.kind is COUNT and q.value == 1 and q.text.isalpha() else None
        if noun is not None and not q.is_range and q.qualifier is None and (
                # (after "said one" the speaker's noun ends the clause: "said one drinker."; not "said one man had been
                # arrested")
                (_word_before(text, q, start) in lex.saying_verbs and _CLAUSE_END_AFTER.match(text, noun.end()))
                or ((verb := _NEXT_WORD.match(text, noun.end())) is not None and normalize(verb.group(1)) in lex.saying_verbs)):
            continue
        out.append(q)
    return out


_CLAUSE_GOES_ON = lazy(r"[ \u00a0\u202f]*(?:$|[,.;:!?»”\"')…—–-]|(\p{L}+))")


def _approximate_by_order(text: str, found: list[Quantity], lang: str, start: int) -> list[Quantity]:
    """A number put after the noun it counts is approximate, as speech puts it: Russian "минут сорок" (about forty
    minutes), "часа три", "человек пятнадцать", "тысячи полторы", "рублей сто" (``approximate_before_few`` after two to
    four and "полтора", ``approximate_before_many`` after five and more, the case each governs); Dutch "een week of
    twee", "een man of tien" (``approximate_around``: an article, one noun, "of"). The number is read with its noun
    after it, and so is its unit; only where the clause goes on with no noun the number could count ("часа три
    человека погибли": three people)."""
    lex = lexicon(lang)
    if not (lex.approximate_before_many or lex.approximate_around) or not found:
        return found
    out: list[Quantity] = []
    for q in found:
        turned = _number_after_its_noun(text, q, start, lex) if q.bound is EXACT and q.qualifier is None else None
        if turned is not None:
            while out and out[-1].end > turned.start:
                out.pop()  # "een euro of tien": the article's "one euro" is part of it
        out.append(q if turned is None else turned)
    return out


def _number_after_its_noun(text: str, q: Quantity, start: int, lex: Lexicon) -> Quantity | None:
    """:func:`_approximate_by_order` for one quantity: the quantity it is, or None."""
    if q.kind not in (NUMBER, COUNT, CURRENCY, DURATION, MEASURE) or q.range_to is not None or not isinstance(q.value, Decimal):
        return None
    noun_at = q.start
    first = _NEXT_WORD.match(text, q.start) if q.text[:1].isalpha() else None
    if first is not None and (normalize(first.group(1)) in lex.approximate_before_many
                              or normalize(first.group(1)) in lex.approximate_before_few):
        noun, figure = first.group(1), text[first.end(1) : q.end].strip()  # "рублей сто": read with its currency
    elif q.unit is not None or q.scale is not None:
        return None  # (a number with its unit after it: "een boete of 3 jaar cel")
    elif (before := _ANY_PREV_WORD.search(text, max(start, q.start - 40), q.start)) is not None:
        noun, noun_at, figure = before.group(1), before.start(1), q.text
    else:
        return None
    key = normalize(noun)
    if lex.approximate_around:  # "een week of twee": "of" right before the number, a noun and an article before it
        noun_word = _ANY_PREV_WORD.search(text, max(start, noun_at - 30), noun_at) if key in lex.approximate_around["after"] else None
        if noun_word is None or normalize(noun_word.group(1)) in lex.values["NUMWORD"]:
            return None
        article = _ANY_PREV_WORD.search(text, max(start, noun_word.start(1) - 12), noun_word.start(1))
        if article is None or normalize(article.group(1)) not in lex.approximate_around["before"]:
            return None
        noun, noun_at = noun_word.group(1), article.start(1)
    else:
        value = q.value.scaleb(-q.scale_exponent) if q.scale_exponent else q.value
        few = value in (2, 3, 4, Decimal("1.5")) or (
            value == value.to_integral() and value % 10 in (2, 3, 4) and value % 100 not in (12, 13, 14))
        if key not in (lex.approximate_before_few if few else lex.approximate_before_many):
            return None
    after = _CLAUSE_GOES_ON.match(text, q.end)
    if after is None or (after.group(1) is not None and not _lets_a_number_end(lex, normalize(after.group(1)))):
        return None
    if lex.approximate_around and after.group(1) is not None and not _lets_a_number_end(lex, normalize(after.group(1)), listed=True) and (
            (then := _NEXT_WORD.match(text, after.end())) is not None and normalize(then.group(1)).endswith(lex.count_noun_endings)):
        return None  # "een abonnement of 10 losse ritten": an adjective, then the noun counted
    read = [r for r in extract_span(f"{figure} {noun}", q.lang) if r.start == 0]
    if len(read) != 1 or read[0].end not in (len(figure), len(figure) + 1 + len(noun)):
        return None  # (a count's span leaves its noun out: "пятнадцать человек")
    r = read[0]
    return replace(r, start=noun_at, end=q.end, text=text[noun_at : q.end], bound=ABOUT, lang=q.lang, scale_span=None)


def _lets_a_number_end(lex: Lexicon, word: str, listed: bool = False) -> bool:
    """Whether ``word`` after a number leaves it counting nothing after it: a preposition, a conjunction, "ago",
    a qualifier's word ("километров сорок до города"); after Dutch "een man of tien" any word that ends as no noun a
    figure counts does ("nodig", "over", "aanwezig"; not "meisjes"; not with ``listed``, the words of the lists only)."""
    return (word in lex.prepositions or word in lex.conjunctions or word in lex.ago_words or word in lex.time_words_after
            or word in lex.verbs_after_figures or word in lex.qualifier_bounds
            or (not listed and bool(lex.approximate_around) and not word.endswith(lex.count_noun_endings)))


def _from_zero(text: str, found: list[Quantity], lang: str) -> list[Quantity]:
    """ "fell to 5 degrees below zero", "3 درجات تحت الصفر", "до 30 градусов ниже нуля": a figure, a word
    of its unit and a phrase of zero (``zero_points``) is counted from zero, negative below it (a bound
    turned over: "up to 30 below zero" is down to -30), and so is a range ("بين 5 و10 درجات تحت الصفر", -10 to -5); the
    zero is no quantity ("45 centimetri sopra lo zero idrometrico"). A measure keeps its unit: "5 °C below zero" is -5
    °C."""
    pattern = _zero_pattern(lang)
    if pattern is None or not found:
        return found
    out: list[Quantity] = []
    skip_to = -1
    for q in found:
        if q.start < skip_to:
            continue
        m = pattern.match(text, q.end) if q.kind in (NUMBER, COUNT, PERCENT, MEASURE) else None
        if m is None or not isinstance(q.value, Decimal) or not isinstance(q.range_to, (Decimal, type(None))):
            out.append(q)
            continue
        below = normalize(m.group("phrase")) in lexicon(lang).zero_points.get("below", ())
        value, bound, range_to = q.value, q.bound, q.range_to
        if below and value > 0 and range_to is not None and range_to > 0:
            # ("بين 5 و10 درجات تحت الصفر": -10 to -5, the lower end first; "до 25–30 градусов ниже нуля", down to them)
            value, range_to, bound = -range_to, -value, _TURNED_OVER.get(bound, bound)
        elif below and value > 0 and range_to is None:
            value, bound = -value, _TURNED_OVER.get(bound, bound)
        # ("de rente zakte tot 0,5 procent onder nul", "5 °C below zero" keep their units)
        kind = q.kind if q.kind is PERCENT or q.kind is MEASURE else NUMBER
        out.append(replace(q, kind=kind, value=value, bound=bound, range_to=range_to, noun=None, end=m.end(),
                           text=text[q.start : m.end()]))
        skip_to = m.end()
    return out


def _down_to_negatives(text: str, found: list[Quantity], lang: str) -> list[Quantity]:
    """ "frosts of up to -15C", "jusqu'à -20 °C", "perdere fino a -4%": "up to" a negative figure is down to it,
    a floor of the signed value, as "up to 15 degrees below zero" is (not after a rise: "will rise up to -2C" is
    a ceiling)."""
    lex = lexicon(lang)
    return [replace(q, bound=AT_LEAST) if (
        q.bound is AT_MOST and q.qualifier is not None and isinstance(q.value, Decimal) and q.value < 0
        and q.range_to is None and _up_to_a_fall(text, q, lex)
    ) else q for q in found]


def _up_to_a_fall(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether the qualifier of ``q`` is "up to" (one or two words ending in a word of "to": "up to", "jusqu'à",
    "fino a", "до", "tot"; not "inférieur ou égal à") and no word of rising (``rise_words``) stands among the
    four words before it in its clause."""
    words = _UP_TO_WORDS.split(normalize(q.qualifier))
    if len(words) > 2 or words[-1] not in lex.values["TO"]:
        return False
    at = q.start + len(q.text) - len(q.text.lstrip())
    before = text[max(0, at - 48) : at]
    if (mark := _clause_mark_end(before)) >= 0:
        before = before[mark + 1 :]
    return not any(lex.fold(w).startswith(lex.rise_stems) for w in _WORDS.findall(before)[-4:])


_UP_TO_WORDS = lazy(r"[\s'’]")
_TURNED_OVER = {MORE_THAN: LESS_THAN, LESS_THAN: MORE_THAN,
                AT_LEAST: AT_MOST, AT_MOST: AT_LEAST}


@cache
def _zero_pattern(lang: str) -> re.Pattern[str] | None:
    """A word of a unit (``zero_points: units``), or none, and a phrase of ``zero_points`` right after a figure
    (the standard engine, its program kept in the user cache, as for the other patterns of a language)."""
    zero = lexicon(lang).zero_points
    phrases = [*zero.get("below", ()), *zero.get("above", ())]
    if not phrases:
        return None
    units = _alternatives(zero.get("units", ()))
    return compile_cached(rf"(?:[ \u00a0]*(?:{units})(?!\w))?[ \u00a0]+(?P<phrase>{_alternatives(phrases)})(?!\w)", re.IGNORECASE)


def _cents_of_the_money(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "Oil rose 85 cents to $82.79", "il Wti guadagna 95 centesimi a 80,08 dollari", "le WTI gagnait 95
    cents à 80,08 dollars": a figure of cents is hundredths of the amount of money nearest in its sentence
    whose currency has cents (``cent_currencies``), in place of the currency its word names alone, or
    none ("cents" are of several currencies; French "cents" alone is also a number, hundreds).
    A sign of a subunit keeps its currency ("4.3p" is pence)."""
    lex = lexicon(found[0].lang) if found else None
    if lex is None or not any(q.kind is CURRENCY and q.unit in lex.cent_currencies for q in found):
        return found
    out = list(found)
    drop: set[int] = set()
    for i, q in enumerate(out):
        if q.range_to is not None or not isinstance(q.value, Decimal):
            continue
        if q.kind in (NUMBER, COUNT) and q.unit is None and q.scale is None:
            word = _CENT_WORD.match(text, q.end)
            if word is None or normalize(word.group(1)) not in lex.values["SUBUNIT"] or word.group(1)[:1].isupper():
                continue  # (not a name: "il concerto di 50 Cent")
            written = normalize(word.group(1))
        elif q.kind is CURRENCY and q.unit in lex.cent_currencies and q.scale is None:
            words = _WORDS.findall(q.text)
            written = normalize(words[-1]) if words else ""
            if written not in lex.values["SUBUNIT"] or not q.text.endswith(words[-1]):
                continue
            if (whole := _subunit_written(q)) in lex.values["SUBUNIT"]:
                written = whole  # (the subunit's words, all of them: "18 HK cents")
            word = None
        else:
            continue
        if len(written) < 2 or (word is None and written not in lex.values["SUBUNIT_CUR"]):
            continue  # (a sign, "85c", "4.3p", keeps its reading)
        if _names_its_currency(q.lang, written):
            continue  # (and so does a subunit that names its currency: "Een dollar kostte 92 eurocent")
        money = _nearest_money(text, out, i, lex)
        if money is None or money.unit == q.unit:
            continue
        if word is None:
            out[i] = replace(q, unit=money.unit)  # "95 centesimi" of dollars, not euros
            continue
        out[i] = replace(q, kind=CURRENCY, unit=money.unit, value=q.value / 100, precision=q.precision / 100,
                         end=word.end(), text=text[q.start : word.end()], noun=None)
        drop.update(k for k, other in enumerate(out) if k != i and q.start <= other.start < word.end())
    return [q for k, q in enumerate(out) if k not in drop]


@cache
def _names_its_currency(lang: str, subunit: str) -> bool:
    """Whether the word of a subunit opens with the name of a currency: "eurocent", "dollarcent" (not "cent",
    "centesimi"), or its words do: "HK cents", "euro cents"."""
    return " " in subunit or any(
        subunit.startswith(name) and len(subunit) > len(name) >= 4 for name in lexicon(lang).values["CUR_WORD"])


# A subunit word after a figure, joined by a space or a hyphen ("85 cents", "a 50-cent surcharge").
_CENT_WORD = lazy(r"[ \u00a0\-‐]?(\p{L}+)(?!\w)")


def _subunit_written(q: Quantity) -> str:
    """The words written after the figure of ``q``, an amount in a subunit: "cents", "HK cents"."""
    figure = _FIGURE_WRITTEN.search(q.text)
    return normalize(q.text[figure.end() :]) if figure is not None else ""


def _nearest_money(text: str, found: list[Quantity], i: int, lex: Lexicon) -> Quantity | None:
    """The amount of money in a currency with cents nearest to ``found[i]`` in its sentence, not one in cents that name
    their own currency ("Oil fell 50 cents, while Hang Seng futures dropped 18 HK cents": the oil's are no Hong Kong
    ones; "0.42 cent lower at 18.73 cents" are of one currency)."""
    q = found[i]
    best: Quantity | None = None
    for other in found:
        if (other is q or other.kind is not CURRENCY or other.unit not in lex.cent_currencies
                or (_written_in_hundredths(other) == HUNDREDTH and " " in _subunit_written(other))):
            continue
        a, b = (other.end, q.start) if other.end <= q.start else (q.end, other.start)
        if _SENTENCE_BREAK.search(text, a, b):
            continue
        if best is None or abs(other.start - q.start) < abs(best.start - q.start):
            best = other
    return best


def _amounts_in_their_scale(text: str, found: list[Quantity], kind: Kind = CURRENCY) -> list[Quantity]:
    """ "67,3 miliardi di euro, con un avanzo commerciale di oltre 42 miliardi", "56,53 млрд долларов при
    прогнозе в 56 млрд.": a bare amount in a scale word after an amount of money in the same scale, in
    its sentence, is money in that currency (news copy writes the currency once); with ``kind`` a measure, the
    same of measures, once they are read ("30 milioni di tonnellate, ma ne servono 40 milioni", "упал на 1 млн тонн,
    до 3,1 млн."). Not an amount that
    counts something ("1,9 miliardi di export", "2 miliardi di persone"), a share or a multiple
    (:func:`_plain`), nor one in another scale ("$3 billion for a city of 8 million") unless it follows that
    money with nothing read between, after a word of sale ("a été cédée pour moins de 10 millions", ``sale_words``), after
    "and" and a word of more of the same (``another_words``: "pledged
    $1.5bn for reconstruction and another 300m", "1,5 млрд рублей на восстановление и ещё 300 млн", "1,5 mld di
    euro e altri 300 mln"; not "$5 billion on vaccines, enough for another 100 million", "$4bn plan covers 10
    million homes, and another 2 million", nor after a count in its scale: "sold 50 million iPhones worth $40bn and
    another 10 million")."""
    if kind is not CURRENCY and all(q.kind is not kind for q in found):
        return found  # (most paragraphs hold no measure)
    out = list(found)
    money: dict[int, Quantity] = {}  # the last amount of money in each scale, in the sentence
    for i, q in enumerate(out):
        if money:
            money = {e: m for e, m in money.items() if not _SENTENCE_BREAK.search(text, m.end, q.start)}
        if q.kind is kind and q.scale is not None:
            money[q.scale_exponent] = q
        elif q.kind is NUMBER and q.unit is None and q.scale is not None and money:
            last = max(money.values(), key=lambda m: m.end)  # (in another scale, the money last written)
            if ((q.scale_exponent in money or (i and out[i - 1] in money.values() and _more_of_it(text, out, i))
                 or (kind is CURRENCY and (_a_level_of(text, q, last) or _after_a_money_noun(text, q, last) or _a_sale_price(text, q)
                                           or _restates(text, out, i, last)
                                           or (_a_smaller_sum(text, q, last) and not _a_scaled_count_before(text, out, i)))))
                    and _plain(text, q) and not _a_population(text, q)):
                out[i] = replace(q, kind=kind, unit=(money.get(q.scale_exponent) or last).unit)
    if kind is CURRENCY:
        # (and right before money in its scale, where the currency is written on the second amount only, in one clause with
        # no "and" between, or past a comma and a word of comparison: "La hausse de 6,1 milliards portera le budget à 56,6
        # Md€", "18 milliards, contre 10,8 milliards d'euros"; not "Passenger numbers rose to 12 million and revenue to $300
        # million", "Admissions totalled 89.9m, down 6%, while revenue edged up to €883m")
        # (or, after a noun of money, before the next money of its sentence in its scale, past "and" and what lies
        # between: "ricavi per 3,6 mld (+2,5%) e un Ebitda di 1,1 mld di euro")
        lex = lexicon(found[0].lang) if found else None
        for i in range(len(out) - 2, -1, -1):
            q = out[i]
            if lex is None or not (q.kind is NUMBER and q.unit is None and q.scale is not None):
                continue
            then = next((t for t in out[i + 1 :] if t.kind is CURRENCY and t.scale is not None
                         and t.scale_exponent == q.scale_exponent), None)
            if (then is not None and _plain(text, q) and not _a_population(text, q)
                    and not _SENTENCE_BREAK.search(text, q.end, then.start)
                    and ((then is out[i + 1] and _joined_past_a_comma(text, q.end, then.start, lex))
                         or _after_a_money_noun(text, q, then, after=False) or _a_sale_price(text, q))):
                out[i] = replace(q, kind=CURRENCY, unit=then.unit)
    return out


def _joined_past_a_comma(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Whether ``text[a:b]`` holds no comma and no word of "and" or contrast, or a word of comparison or of "to" right after
    its comma."""
    comma = text.rfind(",", a, b)
    if comma < 0:
        words = {normalize(w) for w in _WORDS.findall(text[a:b])}  # (the words of "and" are conjunctions in every language)
        return lex.conjunctions.isdisjoint(words) and lex.contrast_words.isdisjoint(words)
    word = _NEXT_WORD.match(text, comma + 1)
    # (or "to" right before the level a change reached: "ont augmenté d'environ 15 milliards, à 390 milliards d'euros"; not
    # "up by about 2 million, to push revenue to 900 million euros", "à comparer aux 900 millions d'euros")
    return word is not None and (any(c.split()[0] == normalize(word.group(1)) for c in lex.comparison_words)
                                 or (normalize(word.group(1)) in lex.values["TO"] and not text[word.end() : b].strip()))



# How far a bare scaled amount after a noun of money may be from the money before it, either way (a loss of 200 million
# beside damage of 23.5 billion).
_MONEY_NOUN_REACH = 200


def _after_a_money_noun(text: str, q: Quantity, money: Quantity, after: bool = True) -> bool:
    """Whether the bare scaled amount ``q``, within two hundred times the money written before it in another scale, follows
    a noun of money (``money_nouns``) among its three words before: "ricavi per 2,7 mld€ (+4%) e un utile netto di 350
    mln", "raccolti 456 milioni di dollari su un obiettivo di 1,2 miliardi", "losses of $2.1bn and a deficit of 800
    million" (not "$5 billion on vaccines, enough for 100 million", no noun of money). With ``after`` false, the money
    is written after ``q``: "ricavi per 3,6 mld (+2,5%) e un Ebitda di 1,1 mld di euro"."""
    lex = lexicon(q.lang)
    if not lex.money_nouns or not _within(q, money, _MONEY_NOUN_REACH):
        return False
    words = [normalize(w) for w in _WORDS.findall(_clause_before(text, q, money.end if after else 0))][-3:]
    return not lex.money_nouns.isdisjoint(words)


def _of_a_smaller_size(q: Quantity, money: Quantity) -> bool:
    """Whether the scaled amount ``q`` is in the scale below that of ``money``, smaller and of like size (within thirty times)."""
    return (money.scale_exponent - q.scale_exponent == 3 and isinstance(q.value, Decimal) and isinstance(money.value, Decimal)
            and q.value < money.value and _within(q, money, _LIKE_SIZE))


def _restates(text: str, found: Sequence[Quantity], i: int, money: Quantity) -> bool:
    """Whether a word that restates an amount (``restating_words``) stands right before ``found[i]``, of a smaller size in the
    scale below ``money``, and no bare figure in its scale was read between them: "1,2 miliardi di euro in dieci anni, ossia
    120 milioni l'anno" (not "1,2 milliard d'euros et les doses livrées ont atteint 90 millions, soit 150 millions avec les
    rappels", which restates the doses)."""
    q = found[i]
    lex = lexicon(q.lang)
    if not lex.restating_words or not _of_a_smaller_size(q, money):
        return False
    if not _ends_in_a_phrase(_last_words_before(text, q, lex), lex.restating_words):
        return False
    # (nor past a bare figure in its scale, which it may restate instead: "ont atteint 90 millions, soit 150 millions"; past a
    # count of a noun only before a rate's period, a sum a year: "for 40 hospitals, that is 120 million a year", not "will
    # reach 40 countries, that is 300 million, mostly children")
    between = [f for f in found[:i] if f.start >= money.end and f.kind not in (YEAR, DATE, DURATION)]
    return not any(f.scale is not None and f.unit is None and f.scale_exponent == q.scale_exponent for f in between) and (
        not between or _a_period_next(text, q.end, lex, rate=True))


def _a_sale_price(text: str, q: Quantity) -> bool:
    """Whether a word of sale (``sale_words``) stands right before ``q`` (its qualifier with it): "la société, qui avait levé
    plus d'un milliard de dollars, a été cédée pour moins de 10 millions", "verkocht voor nog geen 10 miljoen" (a price,
    in the money of the sentence)."""
    lex = lexicon(q.lang)
    if not lex.sale_words:
        return False
    words = _last_words_before(text, q, lex)
    if _ends_in_a_phrase(words, lex.sale_words):
        return True
    # (or with the word of price that ends the qualifier: "была продана менее чем за 10 млн")
    if q.qualifier is None or not q.text.startswith(q.qualifier):
        return False
    return _ends_in_a_phrase([*words, lex.fold(normalize(q.qualifier)).split()[-1]][-3:], lex.sale_words, shortest=2)


def _last_words_before(text: str, q: Quantity, lex: Lexicon) -> list[str]:
    """The three words right before ``q``, folded as the lexicon's word lists are."""
    return [lex.fold(normalize(w)) for w in _WORDS.findall(text[max(0, q.start - 40) : q.start])][-3:]


def _ends_in_a_phrase(words: Sequence[str], phrases: Container[str], shortest: int = 1) -> bool:
    """Whether ``words`` end in one of ``phrases``, of ``shortest`` words or more."""
    return any(" ".join(words[k:]) in phrases for k in range(len(words) - shortest + 1))


def _a_smaller_sum(text: str, q: Quantity, money: Quantity) -> bool:
    """Whether the scaled amount ``q`` in the scale below that of the money written before it is smaller and of like size
    (within thirty times), and a word of contrast, of "only", of a part, of more or a pronoun of the amount, or a dash,
    stands between and no word of population: a sum of that money, which copy writes in its own scale ("vale 1 miliardo
    di euro, ma ne sono stati spesi solo 400 milioni", "2,8 miljard euro ... maar bezuinigt 600 miljoen", "asked for $2.2
    billion but received only 800 million"; not "$5 billion on vaccines, enough for 100 million", "cost $2 billion and
    now reaches 400 million", people)."""
    if not _of_a_smaller_size(q, money):
        return False
    lex = lexicon(q.lang)
    between = normalize(text[money.end : q.start])
    words = _WORDS.findall(between)
    if not lex.population_words.isdisjoint(words):
        return False
    phrase = f" {' '.join(words)} "
    return (not lex.contrast_words.isdisjoint(words) or not lex.only_words.isdisjoint(words)
            or not lex.partitive_pronouns.isdisjoint(words) or not set(lex.another_words).isdisjoint(words)
            or any(f" {p} " in phrase for key in ("part_words", "addition_words") for p in _phrases(q.lang, key))
            or any(dash in between for dash in ("—", "–")))


def _a_scaled_count_before(text: str, found: Sequence[Quantity], i: int) -> bool:
    """Whether a scaled count stands before ``found[i]`` in its sentence, which a scaled figure may be a part of: "covers 1
    billion doses, of which 300 million", "2 milliards de doses commandées pour 10 milliards d'euros, 800 millions"."""
    q = found[i]
    return any(o.kind is COUNT and o.scale is not None and not _SENTENCE_BREAK.search(text, o.end, q.start) for o in found[:i])


def _a_level_of(text: str, q: Quantity, money: Quantity) -> bool:
    """Whether the scaled amount ``q`` is a level the money written before it reached, in another scale: a word of "to"
    right before its figure (its qualifier's last word or the word before it), within fifty times the money, and no word
    of population between ("$800 million last year and set to grow to 1.2 billion", "baissent de 904 millions d'euros, à
    30,5 milliards", "800 млн рублей, а вырастет до 1,2 млрд"; not "a $3 billion plan will help the city grow to 8
    million", "$800 million on ads, and its user base is set to grow to 1.2 billion")."""
    lex = lexicon(q.lang)
    if q.qualifier is not None and q.text.startswith(q.qualifier):
        to = _LAST_WORD.search(normalize(q.qualifier))[0] in lex.values["TO"]
    else:
        to = _word_before(text, q, 0) in lex.values["TO"]
    return (to and _within(q, money, 50)
            and lex.population_words.isdisjoint(_WORDS.findall(normalize(text[money.end : q.start]))))


def _within(q: Quantity, other: Quantity, factor: int) -> bool:
    """Whether the values of two quantities are within ``factor`` times each other."""
    if not (isinstance(q.value, Decimal) and isinstance(other.value, Decimal)) or not q.value or not other.value:
        return False
    low, high = sorted((abs(q.value), abs(other.value)))
    return high <= low * factor


def _whole_in_the_scale_of_its_part(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "18 milioni di elettori su 46", "18 million voters out of 46", "18 млн избирателей из 46": a bare figure after a
    scaled count, the noun it counts (a few words or none) and a word of ratio (``values["OVER"]``) is the whole the
    count is part of, in its scale, and no smaller than it (not "3 millions d'habitants sur 2 îles"), where it counts
    nothing itself (not "32 тыс. студентов из 95 стран")."""
    if all(q.scale is None for q in found):
        return found  # (most paragraphs)
    out = list(found)
    for i in range(1, len(out)):
        part, q = out[i - 1], out[i]
        if (part.scale is None or part.unit is not None or part.kind not in (COUNT, NUMBER) or q.kind is not NUMBER
                or q.scale is not None or q.unit is not None or q.is_range or q.qualifier is not None
                or not isinstance(q.value, Decimal) or not isinstance(part.value, Decimal)):
            continue
        lex = lexicon(q.lang)
        words = [normalize(w) for w in _WORDS_ELIDED.findall(text[part.end : q.start])]
        if not words or len(words) > 5 or _DIGIT.search(text, part.end, q.start):
            continue
        ratio = next((n for n in (2, 1) if len(words) >= n and " ".join(words[-n:]) in lex.values["OVER"]
                      and " ".join(words[-n:]) not in lex.ratio_after_one), 0)
        if not ratio or len(words) - ratio > 3:
            continue  # (nor a word of ratio only after "one", which is also one of place: "3 million residents in 10 cities")
        figure = part.value.scaleb(-part.scale_exponent)
        if figure <= q.value < 1000:
            out[i] = _scaled_like(replace(q, kind=NUMBER, noun=None), part)
    return out


def _part_of_the_money(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "Only 800 million of the $3 billion pledged has arrived", "Sur les 2,6 milliards de dollars promis, seuls 900
    millions ont été décaissés", "Из обещанных 2,6 млрд долларов перечислено лишь 900 млн.": a bare scaled amount, no larger,
    that is part of an amount of money in its sentence is money in that currency, whatever its scale: right before the
    money with a word of ratio or "of" and articles between ("800 million of the $3 billion"), or after money that opens
    its sentence or clause after such a word, with at most one word between ("Of the $3 billion pledged, ...", "من أصل 2.6
    مليار دولار", "Van de beloofde 2,6 miljard dollar"). Not a count ("of the $3 billion, 800 million people")."""
    if not any(q.kind is CURRENCY and q.scale is not None for q in found) or not any(
            q.kind is NUMBER and q.unit is None and q.scale is not None for q in found):
        return found  # (most paragraphs)
    out = list(found)
    for i, q in enumerate(out):
        if (q.kind is not NUMBER or q.unit is not None or q.scale is None or q.is_range or not isinstance(q.value, Decimal)
                or _a_population(text, q)):
            continue  # (not "half serves a city of 2 million")
        lex = lexicon(q.lang)
        linking = _part_links(q.lang)
        for m in out:
            if (m.kind is not CURRENCY or m.scale is None or m.is_range or not isinstance(m.value, Decimal) or q.value >= m.value
                    or _SENTENCE_BREAK.search(text, min(m.end, q.end), max(m.start, q.start))):
                continue
            if m.start > q.end:  # "800 million of the $3 billion"
                gap = normalize(text[q.end : m.start]).replace(",", " ").split()
                whole = 0 < len(gap) <= 3 and (" ".join(gap[:2]) in linking or gap[0] in linking) and all(
                    w in linking or w in lex.values["ARTICLE"] for w in gap)
            else:  # "Of the $3 billion pledged, only 800 million"
                # (the money opens its sentence after the word of ratio, and the part is in that clause or the next: not
                # "of which $3 billion came from ads, and monthly users reached 800 million")
                opening = text[max(0, m.start - 48) : m.start]
                sentence = opening[max((k.end() for k in _SENTENCE_START_IN.finditer(opening)), default=0) :]
                words = normalize(sentence).split()
                whole = (1 <= len(words) <= 3 and (words[0] in linking or " ".join(words[:2]) in linking)
                         and (len(sentence) < len(opening) or m.start - len(sentence) <= 0)
                         and len(_CLAUSE_MARKS_BETWEEN.findall(text, m.end, q.start)) <= 1)
            if whole:
                out[i] = replace(q, kind=CURRENCY, unit=m.unit)
                break
    return out


@cache
def _part_links(lang: str) -> frozenset[str]:
    """The words between a part and the whole it is part of: of ratio, of "of", the partitive but articles."""
    lex = lexicon(lang)
    return frozenset({*lex.values["OVER"], *lex.values["OF"], *(w for w in lex.partitive if w not in lex.values["ARTICLE"])})


# Marks that end a clause, between two amounts (not a decimal comma: "1,8 miljard").
_CLAUSE_MARKS_BETWEEN = lazy(r"[;:()،؛]|,(?![0-9])")
# Where a sentence starts, in the text before an amount: a stop and spaces, or a line's start.
_SENTENCE_START_IN = lazy(r"(?:^|[.!?;:]\s+|\n)")


def _more_of_it(text: str, found: list[Quantity], i: int) -> bool:
    """Whether "and" and a word of more of the same (``another_words``: "another", "ещё", "altri", "nog eens") end
    right before ``found[i]`` and a preposition or the clause's end right after it ("and another 300m for schools";
    not "and another 2 million will lose cover"), with no count in its scale before it in its sentence."""
    q = found[i]
    lex = lexicon(q.lang)
    if not _nothing_counted_after(text, q, lex):
        return False  # (a word right after it, not a preposition: the verb of a clause it opens)
    for o in reversed(found[:i]):
        if _SENTENCE_BREAK.search(text, o.end, q.start):
            break
        if o.kind is COUNT and o.scale_exponent == q.scale_exponent:
            return False
    return _another_ends(normalize(text[max(0, q.start - 32) : q.start]).split(), lex, lex.values["AND"])


def _another_ends(words: Sequence[str], lex: Lexicon, joins: Container[str]) -> bool:
    """Whether ``words`` end in a word of more of the same (``another_words``: "another", "ещё", "altri", "nog eens")
    with a word of ``joins`` right before it ("and", or a comma where one may stand there)."""
    for w in lex.another_words:
        size = len(w.split())
        if len(words) > size and " ".join(words[-size:]) == w:
            return words[-size - 1] in joins
    return False


def _nothing_counted_after(text: str, q: Quantity, lex: Lexicon, periods: bool = False) -> bool:
    """Whether no word that ``q`` could count follows it: the clause's end, or a preposition (with ``periods``, or a word
    of a rate's period: "a night", "al giorno")."""
    after = _NEXT_WORD.match(text, q.end)
    if after is None:
        return True
    word = normalize(after.group(1))
    return word in lex.prepositions or (periods and word in lex.period_before)


def _a_population(text: str, q: Quantity) -> bool:
    """ "a population of 1.4 billion", "его население — 1,4 млрд": a word of population
    (``population_words``) right before the figure, or before "of" or a dash and the figure."""
    words = _WORDS.findall(normalize(text[max(0, q.start - 40) : q.start]))[-2:]
    return not lexicon(q.lang).population_words.isdisjoint(words)


# The end of a sentence: a stop before a capital or a figure ("млрд. рублей" goes on).
_SENTENCE_BREAK = lazy(r"[!?؟]|[.…]\s+[\p{Lu}\p{Lo}\d«\"“(]|\n")


def _points_of_a_percent(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "approval dropped five points to 41%", "by almost 20 points, from 43.6% to 23.7%", "a reculé de 3
    points, à 40 %": bare points (``points_words``) with only "to" or "from" and a comma between them
    and the percent after are percentage points (alone they may be an index's: "the index fell 300
    points to 5,100"; before a percent they are a percent's change); so are points after a percent, a
    comma and a few words that name a change ("from 58% to 49%, a drop of nine points", "salita al
    22,8%, in aumento di 1,4 punti"; ``change_nouns``), where the percent is a level reached ("to 49%",
    "al 22,8%"; not "the VIX jumped 25%, a rise of five points", "test scores rose 10%, an increase of six
    points"). Never more points than the percent has ("fell 2%, a drop of 300 points")."""
    out = list(found)
    for i, q in enumerate(out):
        if q.unit is not None or q.kind not in (COUNT, NUMBER):
            continue
        lex = lexicon(q.lang)
        word = _NEXT_WORD.match(text, q.end + (text[q.end : q.end + 1] == "-"))  # ("a 3.5-point margin")
        if word is not None and normalize(word.group(1)) in lex.values["OF"] and 0 < q.value < 1:  # type: ignore[operator]
            # (a fraction of a point: "a tenth of a point", "un decimo di punto", "deux dixièmes de point")
            word = _NEXT_WORD.match(text, word.end())
            if word is not None and normalize(word.group(1)) in lex.values["INDEF"]:
                word = _NEXT_WORD.match(text, word.end())
        if word is None or normalize(word.group(1)) not in lex.points_words:
            continue
        percent = None
        after = out[i + 1] if i + 1 < len(out) else None
        # (the figure before past years, dates and spells, which say when, and the percent a change started from: "fell to
        # 40.3% in 2023 from 41.9% in 2020, a drop of 1.6 points")
        k = next((k for k in range(i - 1, -1, -1) if out[k].kind not in (YEAR, DATE, DURATION) and not (
            out[k].unit == "percent" and _word_before(text, out[k], 0) in lex.values["FROM"])), -1)
        before = out[k] if k >= 0 else None
        passed = out[k + 1 : i]
        if after is not None and after.unit == "percent":
            between = text[word.end() : after.start]
            # (the word of "to" may be elided onto the percent: "scesa di 1,5 punti, all'89,1%")
            # (and an article before the share the percent is: "rose 0.8 points to a 19.6 per cent share")
            if all(w in lex.values["TO"] or w in lex.values["FROM"] or w in lex.values["INDEF"]
                   for w in map(normalize, _WORDS_ELIDED.findall(between))) and (
                not _NOT_A_COMMA.search(between)
            ):
                percent = after
        if percent is None and before is not None and before.unit in ("percent", "percentage_point") and (
            _a_level(text, before, lex)
        ) and not (passed and _word_after_in(text, replace(q, end=word.end()), lex.points_not_before)):  # (past a year, not
            # a rate's points per game: "from 42% in 2022, an increase of 9 points per game")
            between = "".join(text[a:b] for a, b in zip([before.end] + [p.end for p in passed], [p.start for p in passed] + [q.start]))
            gap = [w.casefold() for w in _WORDS.findall(between)]
            noun_after = _NEXT_WORD.match(text, word.end())
            if (_CLAUSE_MARK.search(between) and len(gap) <= 6 and not _DIGIT.search(between) and not _NOT_A_COMMA.search(between)
                    and (any(w.startswith(lex.change_nouns) or (w[:1] in lex.prefixes and w[1:].startswith(lex.change_nouns))
                             for w in gap) or (noun_after is not None and normalize(noun_after.group(1)).startswith(lex.change_nouns)))):
                percent = before  # (an Arabic noun with its preposition written on: "بانخفاض 9 نقاط"; the noun after the
                # points too: "to 20% from 15%, a five-point increase")
            elif (abs(q.value) <= abs(before.value) and not _SENTENCE_BREAK.search(between)  # type: ignore[arg-type]
                  and _after_change(text, q, max(before.end, q.start - 48), by=True) and not _near_an_index(text, q, lex)):
                percent = before  # (a verb of change right before them, in the sentence of a percent: "Il Pd è al 22%,
                # mentre Fdi è calato di 3 punti"; not "Le CAC 40 a perdu 3 points")
            elif (abs(q.value) <= abs(before.value) and len(gap) <= 6 and not _SENTENCE_BREAK.search(between)  # type: ignore[arg-type]
                  and _PARTICLE_AFTER_COMMA.search(between) and _word_before(text, q, 0) in lex.change_particles
                  and not _near_an_index(text, q, lex)):
                percent = before  # (a particle of change after a comma: "Labour is on 38%, up 2 points")
        if (percent is None or (percent is before and percent.unit == "percentage_point")) and isinstance(
                q.value, Decimal) and _speaks_of_a_spread(text, q, lex):
            # "Lo spread Btp-Bund ha chiuso a 108 punti", "è sceso di 12 punti a 95": a spread's points are basis points,
            # hundredths of a point, and so is a change of them after its level ("a 135 punti base, in calo di 5
            # punti"; not of a percent, "lo spread salariale è al 12%, in calo di 2 punti", "la Lega è al 9%, in
            # crescita di 1 punto")
            out[i] = replace(_as_points(text, q, word.end(), lex), value=q.value / 100, precision=q.precision / 100)
        elif percent is not None and abs(q.value) <= abs(percent.value):  # type: ignore[arg-type]
            # (no more points than the percent has: "fell 2%, a drop of 300 points" are the index's)
            out[i] = _as_points(text, q, word.end(), lex)
        elif (percent is None and abs(q.value) <= _SMALL_WHOLE and (_speaks_of_shares(text, q, lex) or (  # type: ignore[arg-type]
                _speaks_of_shares(text, q, lex, "point_share_contexts") and _a_change_of_points(text, q, lex))
                or (_a_percent_in_its_sentence(text, q, out) and (_a_change_of_points(text, q, lex) or _after_a_change_noun(text, q, lex)
                                                                  or _word_before(text, q, 0) in lex.change_amount_words)))
              and (not _points_to_a_figure(text, word.end(), after, lex)
                   or (after is not None and _bare_level(after) and _from_to(text, after, q, lex)))  # ("to 14 points from 20")
              and not _word_after_in(text, replace(q, end=word.end()), lex.points_not_before)  # ("a 10-point plan", "12 points of contention")
              # (nor more points than the percent that restates them after "or", an index's: "The Baltic Dry Index, which tracks
              # rates ..., rose 57 points, or 3.6%"; not "fell 11 points, while Reform rose to 9%")
              and not (after is not None and after.unit == "percent" and abs(q.value) > abs(after.value)  # type: ignore[arg-type]
                       and {normalize(w) for w in _WORDS.findall(text[word.end() : after.start])} <= set(lex.values["OR"])
                       and _WORDS.search(text, word.end(), after.start) is not None)):
            out[i] = _as_points(text, q, word.end(), lex)
    for i in range(len(out) - 1):
        low, high = out[i], out[i + 1]
        if high.unit == "percentage_point" and high is not found[i + 1] and _bare_level(low) and _from_to(text, low, high, lex):
            out[i] = _as_points(text, low, low.end, lexicon(low.lang))  # "passée de 9 à 4 points": both levels
        elif low.unit == "percentage_point" and low is not found[i] and _bare_level(high) and _from_to(text, high, low, lex):
            out[i + 1] = _as_points(text, high, high.end, lexicon(high.lang))  # "narrowed to 14 points from 20"
    if all(o is f or o.end == f.end for o, f in zip(out, found)):
        return out  # (no half taken in: most paragraphs)
    # (a half read alone inside points now read with it: "2 points and a half")
    return [o for k, o in enumerate(out) if not (k and out[k - 1].start < o.start < out[k - 1].end)]


def _bare_level(q: Quantity) -> bool:
    """Whether ``q`` is a bare figure of no more than a hundred that could be a level in points: no unit, noun, scale or range."""
    return (q.kind in (COUNT, NUMBER) and q.unit is None and q.noun is None and q.scale is None and not q.is_range
            and isinstance(q.value, Decimal) and 0 <= q.value <= 100)


def _from_to(text: str, level_from: Quantity, level_to: Quantity, lex: Lexicon) -> bool:
    """Whether ``level_from`` and ``level_to`` are the two levels of one change, "from" before the first and "to" before the
    second, in either order: "de 9 à 4 points", "da 8 a 3 punti", "narrowed to 14 points from 20"."""
    first, second = sorted((level_from, level_to), key=lambda q: q.start)
    gap = normalize(text[first.end : second.start]).strip()
    if gap.split(" ", 1)[0] in lex.points_words:  # (the first still bare of its word of points: "to 14 points from 20")
        gap = gap.partition(" ")[2]
    if second is level_to:
        return gap in lex.values["TO"] and _word_before_at(text, first.start, 0) in lex.values["FROM"]
    return gap in lex.values["FROM"] and _word_before_at(text, first.start, 0) in lex.values["TO"]


# A level in percent after a change in points: "a point to 91%", "un punto, al 41%", "d'un point, à 40 %".
_POINT_TO_PERCENT = lazy(r",?[ \u00a0]+(\p{L}+)[ \u00a0]+(?:l['’])?[0-9]+(?:[.,][0-9]+)?[ \u00a0\u202f]?[%٪]")


def _one_bare_point(written: str, lex: Lexicon) -> bool:
    """Whether ``written`` is an article and a bare point, "and a half" after it or not: "a point", "un punto e mezzo"."""
    words = _WORDS.findall(normalize(written))
    if len(words) > 2 and words[2] in lex.and_words:
        words = words[:2]
    return len(words) == 2 and words[0] in lex.values["INDEF"] and words[1] in lex.points_words


def _a_level_in_percent_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a word of "to" (or a preposition) and a level in percent follow ``end``, a comma between or none: "a point
    to 91%", "un punto, al 41%", "d'un point, à 40 %"."""
    m = _POINT_TO_PERCENT.match(text, end)
    return m is not None and (normalize(m.group(1)) in lex.values["TO"] or normalize(m.group(1)) in lex.prepositions)


_OPEN_BRACKET = lazy(r"[ \u00a0\u202f]*\(")
_PLUS_MINUS = ("+", "-", "\u2212")


def _changes_in_brackets(text: str, found: list[Quantity], start: int) -> list[Quantity]:
    """ "Labour is on 27% (-2), the Conservatives on 24% (+1)", "LFI recule à 9,5 % (-1,5)", "il Pd al 22,1% (-0,4)": a
    figure written with its sign, alone in brackets right after a percent, is the percent's change (since the last poll,
    the last vote), in percentage points; not where the percent is itself a change, whose brackets give it in money or
    index points ("Nvidia shares rose 3.2% (+4.10)", "closed up 1.2% (+97)", "in calo del 2,1% (-0,28)"), nor a change
    larger than the percent."""
    out = list(found)
    for i in range(1, len(out)):
        q, before = out[i], out[i - 1]
        if (q.text[:1] in _PLUS_MINUS and q.unit is None and q.kind in (COUNT, NUMBER) and before.unit == "percent"
                and text[q.end : q.end + 1] == ")" and _OPEN_BRACKET.fullmatch(text, before.end, q.start)
                and abs(q.value) <= abs(before.value)  # type: ignore[arg-type]
                and not _a_change_of(text, before, start)):
            out[i] = replace(q, kind=PERCENT, unit="percentage_point", noun=None)
    return out


def _levels_in_parallel(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "вырасти до 78 лет, а к 2036 году — до 81 года", "gestegen tot 19,6 jaar, die van vrouwen tot 21,7 jaar": "to" and
    a figure after a dash (which stands for the verb left out), or after a comma and a pronoun of the one, in a few words
    of no modal, parallel to a level reached that the same word of "to" gave before it in the same unit (years and dates
    between), is a level too, not "up to" (not "tot 300, en er kunnen tot 500", "Ze leefde tot 99 jaar, een kat leeft tot
    20 jaar", "сократилась до 20%, а субсидии составят до 30%": clauses of their own)."""
    out = list(found)
    for i in range(1, len(out)):
        q = out[i]
        if q.bound is not AT_MOST or q.qualifier is None or not q.text.startswith(q.qualifier):
            continue
        lex = lexicon(q.lang)
        word = normalize(q.qualifier)
        k = next((k for k in range(i - 1, -1, -1) if out[k].kind not in (YEAR, DATE)), -1)
        if word not in lex.values["TO"] or k < 0:
            continue
        level = out[k]
        if (level.bound is not EXACT or level.qualifier is None or normalize(level.qualifier) != word
                or (level.kind, level.unit) != (q.kind, q.unit)):
            continue
        between = text[level.end : q.start]
        words = [normalize(w) for w in _WORDS.findall(between)]
        comma = _WORD_AFTER_A_COMMA.search(between)
        gapped = _PARALLEL_DASH.search(between) is not None or (
            comma is not None and normalize(comma.group(1)) in lex.pronouns_of_the_one)
        if gapped and len(words) <= _PARALLEL_WORDS and _SENTENCE_BREAK.search(between) is None and lex.modal_words.isdisjoint(words):
            out[i] = replace(q, bound=EXACT)
    return out


_PARALLEL_DASH = lazy(r"\s[—–]\s")
_WORD_AFTER_A_COMMA = lazy(r"[,;،][ \u00a0]*(\p{L}+)")
_PARALLEL_WORDS = 6


def _a_change_of(text: str, q: Quantity, start: int) -> bool:
    """Whether ``q`` is the amount of a change: a verb of change before it, where no word of "to" stands right before it
    (a level reached: "LFI recule à 9,5 %"), or a noun of change among the two words before it ("in calo del 2,1%")."""
    lex = lexicon(q.lang)
    if _word_before(text, q, start) in lex.values["TO"]:
        return False
    return _after_change(text, q, max(start, q.start - 48), by=True) or any(
        normalize(w).startswith(lex.change_nouns) for w in _WORDS.findall(text, max(start, q.start - 32), q.start)[-2:])


def _as_points(text: str, q: Quantity, end: int, lex: Lexicon) -> Quantity:
    """``q`` as percentage points, its word of points ending at ``end``, and half a point more where "and a half" ends the
    phrase after whole points ("deux points et demi", "tre punti e mezzo", "2 points and a half": 2.5)."""
    if isinstance(q.value, Decimal) and (half := _half_after(text, q, end, lex)) is not None:
        return replace(q, kind=PERCENT, unit="percentage_point", noun=None, value=q.value + _HALF_UNIT,
                       precision=q.precision / 2, end=half, text=text[q.start : half])
    return replace(q, kind=PERCENT, unit="percentage_point", noun=None, end=end, text=text[q.start : end])


_PARTICLE_AFTER_COMMA = lazy(r"[,،][ \u00a0]+\p{L}+[ \u00a0]+$")  # (", up 2 points": :func:`_points_of_a_percent`)


def _points_to_a_figure(text: str, end: int, after: Quantity | None, lex: Lexicon) -> bool:
    """Whether points ending at ``end`` lead, past "to" or "from" and a comma, to a figure that is no
    percent: the points of a scale ("improved by two points, to 6.1", "reculé de 21 points, à 474")."""
    if after is None or after.unit in ("percent", "percentage_point"):
        return False
    between = text[end : after.start]
    return len(between) < 12 and all(w in lex.values["TO"] or w in lex.values["FROM"] for w in map(normalize, _WORDS.findall(between)))


def _a_percent_in_its_sentence(text: str, q: Quantity, found: Sequence[Quantity]) -> bool:
    """Whether a percent no smaller than ``q`` stands in ``q``'s sentence, which speaks of no index or game
    (``index_contexts``): bare points of a change or a gap there are the percent's ("Approval stood at 40 per cent, ... 18
    points lower than in 2020", "опережает на 7 пунктов: 42% против 35%", "crollato di 11 punti in sei mesi, dal 48% al
    37%"; not "the Dow fell 300 points, or 1.1%", nor after a percent of change, "The VIX jumped 25%, a rise of five points")."""
    left, right = _sentence_bounds(text, q.start, q.end)
    if not any(p.unit == "percent" and left <= p.start < right and isinstance(p.value, Decimal) and isinstance(q.value, Decimal)
               and abs(q.value) <= abs(p.value) and not _after_change(text, p, max(left, p.start - 48), by=True) for p in found):
        return False  # (a percent that is a change has points of its own: "The VIX jumped 25%, a rise of five points")
    return not _near_an_index(text, q, lexicon(q.lang))


def _speaks_of_shares(text: str, q: Quantity, lex: Lexicon, key: str = "point_contexts") -> bool:
    """Whether the sentence of ``q`` speaks of polls or rates (``point_contexts``, or the list ``key`` names: "has gained 6
    points since January, the poll shows", "taglio dei tassi di 0,25 punti") nearer ``q`` than of an index or a game
    (``index_contexts``: "the Dow fell 30 points as rates rose"; "Labour won the by-election by 8 points", "Команда
    кандидата заявила, что его рейтинг вырос на 5 пунктов", "De coalitie verliest 4 punten in de peiling, terwijl de AEX op
    recordhoogte staat" are percentage points), so that bare points after ``q`` are percentage points. Distances are in
    words, and a tie goes to the index."""
    if not getattr(lex, key):
        return False
    before, after = _sentence_words(text, q)
    point = _words_away(before, after, _padded_words(q.lang, key))
    index = _words_away(before, after, _padded_words(q.lang, "index_contexts"))
    return point is not None and (index is None or point < index)


def _speaks_of_a_spread(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether the sentence of ``q`` speaks of a yield spread (``basis_point_contexts``) before ``q``, nearer it than of an
    index, a game or a poll (``index_contexts``, ``point_contexts``), so that bare points after ``q`` are basis points
    ("Lo spread Btp-Bund ha chiuso a 108 punti", or right after the points, "à 75 points de spread"; not "De coalitie
    verliest 4 punten in de peiling, terwijl het renteverschil gelijk bleef", "Piazza Affari ha chiuso a 30.450 punti,
    mentre lo spread")."""
    if not lex.basis_point_contexts:
        return False
    before, after = _sentence_words(text, q)
    spread = _words_away(before, "  ", _padded_words(q.lang, "basis_point_contexts"))
    words_after = after.split()
    if spread is None and len(words_after) > 2 and words_after[1] in lex.values["OF"] and any(
            f" {' '.join(words_after[2:])} ".startswith(p) for p in _padded_words(q.lang, "basis_point_contexts")):
        spread = 0  # ("à 75 points de spread contre le Bund": the points of a spread, the word right after them)
    others = (_words_away(before, after, _padded_words(q.lang, key)) for key in ("index_contexts", "point_contexts"))
    return spread is not None and all(other is None or spread < other for other in others)


def _sentence_words(text: str, q: Quantity) -> tuple[str, str]:
    """The words of ``q``'s sentence before it and after it, normalised, each run between spaces (" the poll shows ")."""
    left, right = _sentence_bounds(text, q.start, q.end)
    return (f" {' '.join(_WORDS.findall(normalize(text[left : q.start])))} ",
            f" {' '.join(_WORDS.findall(normalize(text[q.end : right])))} ")


def _a_change_of_points(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether points after ``q`` state a change or a difference: a verb of change before the figure (where the verb comes
    first, up to nine words before: "ارتفعت نسبة النساء في البرلمان بمقدار 4 نقاط"), or a word of difference or a comparative
    after the points ("8 points above the EU average", "на 9 пунктов ниже")."""
    reach = _BY_REACH if lex.verb_first else 4
    return _after_change(text, q, max(0, q.start - 12 * reach), by=True, reach=reach) or _a_difference(text, q, lex)


def _near_an_index(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether the sentence of ``q`` speaks of an index or a game (``index_contexts``), whose points are its own."""
    return _words_away(*_sentence_words(text, q), _padded_words(q.lang, "index_contexts")) is not None


def _words_away(before: str, after: str, phrases: tuple[str, ...]) -> int | None:
    """How many words lie between a figure and the nearest of ``phrases`` (padded with spaces, as the words
    ``before`` and ``after`` it are), or None where neither holds one."""
    away = [before.count(" ", before.rfind(p) + len(p)) for p in phrases if p in before]
    away += [after.count(" ", 0, after.find(p)) for p in phrases if p in after]
    return min(away, default=None)


@cache
def _padded_words(lang: str, key: str) -> tuple[str, ...]:
    """The phrases of a word list of the lexicon as words between spaces (" margin of error ", " marge d
    erreur "), to be looked for in a sentence written the same way."""
    return tuple(f" {' '.join(_WORDS.findall(w))} " for w in getattr(lexicon(lang), key))


def _no_threshold_after(text: str, q: Quantity) -> bool:
    """Whether ``q``'s qualifier bounds only before a noun of a threshold (``threshold_qualifiers``) and none follows."""
    lex = lexicon(q.lang)
    return (q.qualifier is not None and bool(lex.threshold_qualifiers)
            and lex.fold(normalize(q.qualifier)) in lex.threshold_qualifiers and not _word_after_in(text, q, lex.threshold_nouns))


def _read(
    text: str, lang: str, start: int, left: int, right: int | None, masked: Sequence[tuple[int, int]]
) -> Iterator[Quantity]:
    """The quantities the runs of ``text[left:right]`` state, each finished (:func:`_finish`; ``start``
    is where the paragraph starts). A qualifier written after a figure that a word of times follows
    bounds the times, not the figure: the figure is read again without it ("above 3% at least twice",
    "dépassé 3 % au moins deux fois", "превысил 100 рублей как минимум трижды")."""
    carry: int | None = None  # where a qualifier given back to what follows starts
    for run in find_runs(text, lang, left, right, masked):
        if carry is not None:  # "more than 5% at least three times": "at least three"
            yield from _read(text, lang, start, carry, run.end, masked)
            carry = None
            continue
        for q in _parse_run(text, run, lang):
            if carry is not None:
                continue  # (read with the qualifier given back)
            if q.qualifier is not None and q.text.startswith(q.qualifier) and _no_threshold_after(text, q):
                # "below the $20k mark" is less than it; "under the 2015 deal", "below the 3,000-plus of 2016-17" are read
                # again without the qualifier (and keep the one after)
                yield from _read(text, lang, start, q.start + len(q.qualifier), run.end, masked)
                break
            if (apart := _spell_then_measure(text, q)) is not None:
                # "une cuisson de 15 minutes à 210 °C": a spell, then the measure of what it is spent at, no range
                yield from _read(text, lang, start, q.start, apart[0], masked)
                yield from _read(text, lang, start, apart[1], run.end, masked)
                break
            if q.qualifier is not None and q.text.endswith(q.qualifier) and _bounds_what_follows(text, q):
                carry = q.end - len(q.qualifier)
                yield from _read(text, lang, start, q.start, carry, masked)
                if run.end > q.end:  # what follows is in the same run
                    yield from _read(text, lang, start, carry, run.end, masked)
                    carry = None
                    break
                continue
            finished = _finish(text, q, start)
            if finished is not None:
                yield finished


def _word_amounts(text: str, found: list[Quantity], lang: str, start: int) -> list[Quantity]:
    """Dutch "ton" after a figure under ten (``word_amounts``): a hundred thousand euros in a sentence with a word of money
    ("verdient 3 ton per jaar", "bracht ruim 1,2 ton op", "anderhalve ton"), tonnes in one with a word of weight ("weegt
    5 ton", "8 ton hulpgoederen", "zwaarder dan 3,5 ton"), neither elsewhere ("tussen de 2 en 3 ton"); euros written with
    the figure are the hundred thousands anywhere ("gemiddeld €1,5 ton aan pensioen")."""
    lex = lexicon(lang)
    if not lex.word_amounts:
        return found
    out: list[Quantity] = []
    for q in found:
        after = _NEXT_WORD.match(text, q.end)
        form = lex.word_amounts.get(normalize(after.group(1))) if after is not None else None
        # (money in the form's currency written before it is such money whatever the sentence: "€1,5 ton")
        money = form is not None and q.kind is CURRENCY and q.unit == form[1]
        if (form is None or (q.kind not in (NUMBER, COUNT) and not money) or (q.unit is not None and not money) or q.scale is not None
                or not isinstance(q.value, Decimal) or not 0 < q.value < 10
                or (q.range_to is not None and not (isinstance(q.range_to, Decimal) and q.range_to < 10))):
            out.append(q)
            continue
        assert after is not None
        value, currency, weight = form
        words = _words_of_the_sentence(text, q.start, after.end(), start, lex)
        spread = replace(q, end=after.end(), text=text[q.start : after.end()], noun=None)
        goods = _NEXT_GOODS.match(text, after.end())
        if (goods is not None and lex.fold(normalize(goods.group(1))) in lex.weight_context) or _weighed_here(text, q, after, start, lex):
            out.append(replace(spread, kind=MEASURE, unit=weight))  # "bracht 8 ton hulpgoederen": what is weighed follows
        elif money or not words.isdisjoint(lex.money_context):
            high = q.range_to * value if isinstance(q.range_to, Decimal) else None
            out.append(replace(spread, kind=CURRENCY, unit=currency, value=q.value * value, precision=q.precision * value,
                               range_to=high, scale=after.group(1)))
        elif not words.isdisjoint(lex.weight_context):
            out.append(replace(spread, kind=MEASURE, unit=weight))
        else:
            out.append(q)
    return out


def _weighed_here(text: str, q: Quantity, after: re.Match[str], start: int, lex: Lexicon) -> bool:
    """Whether a word of weight bounds ``q`` ("zwaarder dan 3,5 ton betalen meer"), or stands right before it, an article or
    "of" apart ("vrachtwagens boven de 3,5 ton betalen", "de vrachtwagen van 7 ton bedroeg"), or is the second word before
    it with no word of money between nor right after the unit (not "Het goud bracht 4 ton op", "met 40 vrachtwagens moet 2
    ton terugbetalen"): the sentence's other words then do not decide."""
    if q.qualifier is not None and not {lex.fold(w) for w in _WORDS.findall(normalize(q.qualifier))}.isdisjoint(lex.weight_context):
        return True
    words = [lex.fold(w) for w in _WORDS.findall(normalize(text[max(start, q.start - 48) : q.start]))
             if w not in lex.values["ARTICLE"] and w not in lex.values["OF"]][-2:]
    if words and words[-1] in lex.weight_context:
        return True
    if len(words) < 2 or words[-1] in lex.money_context or words[0] not in lex.weight_context:
        return False
    then = _NEXT_WORD.match(text, after.end())
    return then is None or lex.fold(normalize(then.group(1))) not in lex.money_context


def _words_of_the_sentence(text: str, a: int, b: int, start: int, lex: Lexicon) -> set[str]:
    """The words, folded, of the sentence of ``text[a:b]`` (up to 120 characters either way): where :func:`_word_amounts`
    and :func:`_one_word_amount` look for words of money and of weight."""
    stops = [s.end() for s in _SENTENCE_STOP.finditer(text, max(start, a - 120), a)]
    stop = _SENTENCE_STOP.search(text, b, b + 120)
    return {lex.fold(normalize(w)) for w in _WORDS.findall(text, stops[-1] if stops else max(start, a - 120),
                                                           stop.start() if stop else b + 120)}


# The word after a form of ``word_amounts``, figures and hyphens with it: what is weighed ("2 ton CO2-uitstoot").
_NEXT_GOODS = lazy(r"[ \u00a0\u202f]*(\w[\w\-]*)")


def _one_word_amount(
    text: str, found: list[Quantity], lang: str, start: int, end: int, folded: str, masked: Sequence[tuple[int, int]] = ()
) -> list[Quantity]:
    """ "een tekenbonus van een ton", "kost ruim een ton": one of a form of ``word_amounts`` after the indefinite article,
    in a sentence with a word of money and nothing weighed after it, is that money (its qualifier before it bounds it;
    "een ton zand", "een ton CO2", "een ton cacao" are none)."""
    lex = lexicon(lang)
    if not lex.word_amounts or not any(_case_blind(form) in folded for form in lex.word_amounts):
        return found
    out = found
    for m in _one_word_amount_pattern(lang).finditer(text, start, end):
        if any(q.start < m.end() and m.start() < q.end for q in out) or any(a < m.end() and m.start() < b for a, b in masked):
            continue
        value, currency, _ = lex.word_amounts[normalize(m.group(2))]
        words = _words_of_the_sentence(text, m.start(), m.end(), start, lex)
        goods = _NEXT_GOODS.match(text, m.end())
        if words.isdisjoint(lex.money_context) or (goods is not None and lex.fold(normalize(goods.group(1))) in lex.weight_context):
            continue
        before = _every_qualifier(lang).search(text, max(start, m.start() - 40), m.start())
        begin = before.start(1) if before is not None else m.start()
        qualifier = before.group(1) if before is not None else None
        out = _with_added(out, [Quantity(CURRENCY, Decimal(value), begin, m.end(), text[begin : m.end()], lang, unit=currency,
                                         bound=_bound_of(lex, qualifier), qualifier=qualifier, scale=m.group(2),
                                         precision=Decimal(value))])
    return out


@cache
def _one_word_amount_pattern(lang: str) -> re.Pattern[str]:
    lex = lexicon(lang)
    return compile_cached(rf"(?<!\w)({_alternatives(lex.values['INDEF'])})\s+({_alternatives(lex.word_amounts)})(?!\w)", re.IGNORECASE)


def _spell_then_measure(text: str, q: Quantity) -> tuple[int, int] | None:
    """Where a range of spells of time that a unit of measure follows is two quantities: the end of its first half (before
    the word of "to") and the start of its last figure ("de 15 minutes à 210 °C", "de 1 h 15 à 210 °C", "from 15 minutes
    to 210C": a spell, then what it is spent at); else None."""
    if q.kind is not DURATION or q.range_to is None or _measure_pattern(q.lang).match(text, q.end) is None:
        return None
    last = _LAST_FIGURE_AND_WORD.search(text, q.start, q.end)
    return None if last is None else (last.start(), last.start("figure"))


_LAST_FIGURE_AND_WORD = lazy(r"[ \u00a0]+[^\W\d_]+[ \u00a0]+(?P<figure>\d+(?:[.,]\d+)?)$")


_QUALIFIERS_BEFORE = ("Q_MORE", "Q_ATLEAST", "Q_LESS", "Q_ATMOST", "Q_ABOUT")


def _bounds_what_follows(text: str, q: Quantity) -> bool:
    """Whether the qualifier after a figure belongs to what follows it: a word of times, alone or
    after a spelled number ("at least once", "au moins deux fois", "как минимум дважды", "al massimo
    una volta"), or, after "and", a noun with its article or a name ("rose 4.2% and over the past
    decade", "4% and under Biden"; not "65 and over will double"). A figure after it leaves it on the
    figure before ("7 or above 3 times in a row"), and so does "or" ("7% or more twice"), and a qualifier never written
    before a figure ("в 2 с лишним раза": more than twice)."""
    lex = lexicon(q.lang)
    form = normalize(str(q.qualifier))
    if not any(form in lex.values[key] for key in _QUALIFIERS_BEFORE):
        return False
    first = form.split(" ", 1)[0]
    written = [w for _, w in _ELIDED_WORDS.findall(text, q.end, min(len(text), q.end + 32))[:2]]
    words = [normalize(w) for w in written]
    if first in lex.and_words:
        return bool(words) and (words[0] in lex.values["ARTICLE"] or written[0][:1].isupper())
    if first in lex.qualifier_joiners:
        return False
    if len(words) == 2 and words[0] not in lex.times_words and words[0] in lex.values["NUMWORD"]:
        words = words[1:]
    return bool(words) and words[0] in lex.times_words


def _corrected(text: str, found: list[Quantity], measures_only: bool = False) -> list[Quantity]:
    """ "2,3 milliards d'euros, et non 3,2 milliards", "2,5 miliardi di euro, non 3,5": a figure that
    corrects the amount before it (``correction_words`` between the two, with commas, brackets and
    conjunctions: "а не", "rather than", "(not 3.2 billion)") measures what it measures, in its scale
    when it writes none. So does a figure compared with it (``comparison_words``: "67,4 milliards
    d'euros, contre 51,7 milliards", "12 млрд рублей против 10,5 млрд", and after a comma that ends
    a few more words: "5,5 % du PIB, contre 4,8") or a part of it no larger, right after it or after a
    spell's few words (``part_words``: "30 miliardi di euro, di cui 10 miliardi", "cinq ans de prison,
    dont deux avec sursis"), and a bare figure of like size listed before it ("âgés de 19 et 23 ans", "grew 3, 4 and 5 percent", "2
    and 3 million dollars"). An amount over a spell of time or before the time it refers to is what is
    compared ("$40 billion over 5 years, compared with 30"). A figure with a scale of its own takes
    only a currency ("compared to 800 million"; not "5%, compared with 3 million"). Not a figure that
    counts something ("et non 3 milliards de personnes", "contre 300 salariés", "against 3 of the major
    currencies"), nor a share ("up from 1 in 5", "3 quarters ago"). With ``measures_only``, once measures are read, only
    figures compared with a measure ("32 million tonnes, up from 29.5 million", "33,4 millions de tonnes, contre 25,2
    millions")."""
    if measures_only and all(q.kind is not MEASURE for q in found):
        return found  # (most paragraphs hold no measure: the second pass has nothing to do)
    out = list(found)
    for i in range(1, len(out)):
        q = out[i]
        k = _compared_index(text, out, i)
        measured = out[k]
        if measures_only and measured.kind is not MEASURE:
            continue
        lex = lexicon(q.lang)
        if (q.kind is COUNT and measured.unit == "percent" and normalize(str(q.noun)) in lex.points_words
                and _a_difference(text, q, lex)):
            q = replace(q, kind=NUMBER, noun=None)  # "41%, 3 points more": points of the percent
        if q.kind is COUNT and measured.kind in (DURATION, CURRENCY) and normalize(str(q.noun)) in lex.term_adjectives:
            # "vier jaar cel, waarvan twee voorwaardelijk", "een boete van 15.000 euro, waarvan 5.000 voorwaardelijk": how a
            # term or a fine is served
            q = replace(q, kind=NUMBER, noun=None)
        if q.kind is COUNT and (measured.kind in (CURRENCY, PERCENT) or (measured.kind is DURATION and (
                q.noun is None or normalize(q.noun) in lex.partitive or normalize(q.noun) in lex.values["OF"])) or (
                measured.kind is MEASURE and _word_after_in(
                text, q, {*lex.partitive, *lex.values["OF"]}))) and _whose(text, q, lex):
            q = replace(q, kind=NUMBER, noun=None)  # "26% dei voti, contro il 19 del Pd", "18 anni, contro i 22 della media
            # mondiale": whose, nothing counted
        if q.kind is COUNT and measured.kind is MEASURE and normalize(str(q.noun)) in lex.limit_words:
            q = replace(q, kind=NUMBER, noun=None)  # "au lieu des 130 autorisés", "in a 40 zone": the limit, nothing counted
        money_part = (q.kind in (COUNT, NUMBER) and q.scale is not None and measured.kind is CURRENCY and measured.scale is not None
                      and normalize(str(q.noun)) not in lex.population_words and (
                          _a_part_whole_or_more_before(text, measured, q, lex)
                          or ((after := _NEXT_WORD.match(text, q.end)) is not None
                              and normalize(after.group(1)) in lex.difference_words)))
        if money_part:
            # "95 مليار دولار، منها 26 مليارا لإسرائيل", "dont 33 milliards de prêts": a scaled part of money is money, whatever
            # follows it; so is the whole it is part of, more of it or a difference from it ("3 مليارات دولار من أصل 12 مليارا
            # قيمة الخسائر", "а ещё 50 млрд направят", "что на 1,2 трлн меньше прежней оценки")
            q = replace(q, kind=NUMBER, noun=None)
        part_after = k == i - 1 and _a_part_phrase_after(text, measured, q, lex)
        if part_after:
            q = replace(q, kind=NUMBER, noun=None)  # "£80m, 30 of which are owed", "80 milioni di euro, 30 dei quali"
        parallel = k == i - 1 and (_in_parallel(text, measured, q, lex) or _gapped(text, measured, q, lex))
        if parallel:
            q = replace(q, kind=NUMBER, noun=None)  # "19 anni quando vinse ... e 34 quando si ritirò"
        if q.kind is COUNT and measured.kind is CURRENCY and k == i - 1 and _added_in_kind(text, measured, q, lex):
            out[i] = _measured_as(text, replace(q, kind=NUMBER, noun=None), measured)
            continue
        # (the amount right before it, or before the time it refers to: "30 miliardi di euro, ma nel 2019 ne valeva 27"; not
        # there before a rate's period, "costava 20 euro e nel 2023 ne vendevamo 15 al giorno", tickets)
        if lex.partitive_pronouns and (k == i - 1 or not _a_period_next(text, q.end, lex, rate=True)) and _of_it(text, measured, q, lex) and (
                _plain(text, q)):
            out[i] = _measured_as(text, replace(q, kind=NUMBER, noun=None), measured)  # "..., ma ne sono stati stanziati 12"
            continue
        if measured.kind is DURATION and _a_term_given(text, measured, q, lex):
            out[i] = _measured_as(text, replace(q, kind=NUMBER, noun=None), measured)  # "...; the court imposed nine"
            continue
        if not _measures_alike(measured, q) or not (parallel or money_part or part_after or _plain(text, q)):
            continue
        words = [w for w in _LIST_ITEMS.findall(normalize(text[out[i - 1].end : q.start])) if w not in "()"]
        commas = [j for j, w in enumerate(words) if w in _COMMAS]
        if commas and commas[-1] > _WORDS_TO_COMMA:
            continue
        tail = words[commas[-1] + 1 :] if commas else words
        phrase = _without(tail, lex)
        compared = _comparison(phrase, lex) or (measured.kind is PERCENT and _named_then_compared(phrase, lex)) or (
            # "$20 billion, or 3 billion more", "20 млрд рублей, на 3 млрд больше", "1,1 трлн руб., что на 140 млрд больше": a
            # difference from it
            _a_difference(text, q, lex) and all(w in lex.conjunctions or w in lex.change_amount_words or w in lex.clause_openers
                                                for w in tail)) or (
            # "4.2 مليار جنيه بزيادة 600 مليون", "$4.2bn, an increase of 600 million": the change that led to it, after its noun
            measured.kind is CURRENCY and q.scale is not None and _a_change_noun_phrase(tail, lex))
        part = False
        if not (commas and commas[-1] > 0) or commas[-1] <= _PART_REACH.get(measured.kind, 0):
            # right after the amount, or a spell's few words after it ("cinq ans de prison, dont deux";
            # not "6 years abroad with his brothers, including 2"): a part too
            part = (phrase in _phrases(q.lang, "part_words")
                    or (not commas and _part_after_its_complement(phrase, q.lang, measured))) and _no_larger(_in_its_scale(q, measured), measured)
            # "12 miliardi dei 50 previsti", "12 milliards des 50 promis": the whole a scaled amount is part of, no smaller
            # (not a spell's: "daalde in tien jaar van 140 naar 100")
            part = part or (not commas and measured.scale is not None and phrase in _phrases(q.lang, "whole_words")
                            and _no_larger(measured, _scaled_like(q, measured)))
            # (and the preposition or article the corrected amount had: "di 71 anni e non di 61", "non a 35", "non i 12")
            corrects = bool(lex.correction_words.intersection(tail)) and all(
                w in lex.correction_words or w in lex.conjunctions or w in lex.values["ARTICLE"] or w in lex.prepositions
                or w in lex.values["OF"] for w in tail)
            compared = compared or part or corrects
        compared = compared or _an_elided_price(text, q, measured, tail, bool(commas), lex) or _a_bounded_price(
            text, q, measured, words, lex) or (
            (k == i - 1 or all(o.kind in (YEAR, DATE) for o in out[k + 1 : i]))
            and _more_of_the_money(text, measured, q, tail, bool(commas), lex)) or part_after or (
            bool(commas) and _a_changed_level(tail, lex)) or (k == i - 2 and _listed_by_time(text, out, i, lex)) or parallel or money_part or (
            _a_limit(text, out, i, measured, tail, lex))
        if compared and _comparable(text, out, i, k) and not _count_of_like_size_before(text, out, k, q, part):
            out[i] = _measured_as(text, q, measured)
    listed: set[int] = set()
    for i in range(len(out) - 2, -1, -1):
        q, after = out[i], out[i + 1]
        if measures_only and after.kind is not MEASURE and i + 1 not in listed:
            continue  # (once measures are read, the figures listed before one: "128, 256 и 512 ГБ")
        if q.qualifier is None and _measures_alike(after, q) and _plain(text, q) and (
                (after.qualifier is None and _listed(text, q, after, comma=i + 1 in listed))
                or _change_then_level(text, q, after) or _denied_for(text, q, after) or _compared_before(text, q, after)):
            out[i] = _measured_as(text, q, after)
            listed.add(i)
    return out


def _a_term_given(text: str, spell: Quantity, q: Quantity, lex: Lexicon) -> bool:
    """Whether the bare figure ``q`` is a term a court gives after the spell asked before it, in its sentence: the words
    right before it end in a verb of a term given (``term_verbs``), and it is of like size ("asked for at least 12 years;
    the court imposed nine", "Обвинение просило 15 лет, суд назначил 13", "de rechter legde er vijf op", "غير أن المحكمة
    اكتفت بسبع"; not "10 years ago the court gave 300 families", which it counts), in a sentence that speaks of a court or a
    sentence (``term_verbs: context``; not "spent two years debating how many reactors to build and settled on six")."""
    if (not lex.term_verbs or q.kind not in (NUMBER, COUNT) or q.unit is not None or q.scale is not None or q.qualifier is not None
            or q.is_range or spell.scale is not None or not (isinstance(q.value, Decimal) and isinstance(spell.value, Decimal))
            or not spell.value / 8 <= q.value <= spell.value * 4):
        return False
    if _counts_a_noun(text, q) or not _later_in_its_sentence(text, spell, q):
        return False
    words = tuple(normalize(w) for w in _WORDS.findall(text, max(spell.end, q.start - 40), q.start))
    if not any(words[-len(v):] == v for v in lex.term_verbs):
        return False
    left, right = _sentence_bounds(text, spell.start, q.end)
    return any(w.startswith(lex.term_contexts) for w in map(lex.fold, map(normalize, _WORDS.findall(text, left, right))))


def _a_change_noun_phrase(words: Sequence[str], lex: Lexicon) -> bool:
    """Whether ``words`` are a noun of change (``change_nouns``, a preposition written onto it or not) and articles,
    prepositions and conjunctions around it: "بزيادة", "an increase of", "soit une hausse de"."""
    nouns = [w for w in words if w.startswith(lex.change_nouns) or (w[:1] in lex.prefixes and w[1:].startswith(lex.change_nouns))]
    return len(nouns) == 1 and all(
        w in nouns or w in lex.values["ARTICLE"] or w in lex.values["INDEF"] or w in lex.values["OF"] or w in lex.prepositions
        or w in lex.conjunctions for w in words)


def _a_bounded_price(text: str, q: Quantity, measured: Quantity, words: Sequence[str], lex: Lexicon) -> bool:
    """Whether the bare figure ``q``, bounded by a qualifier written before it ("up to", "fino a", "до", "не больше"),
    opens a clause after the money before it (a comma, a dash or a conjunction, then at most three words and no "of") and
    is of like size (a tenth to ten times the money's figure), so that it is money too, in its scale: "costa 90 euro in
    bassa stagione e fino a 160 ad agosto", "la curva costa dai 20 ai 35 euro, la tribuna fino a 150", "150–200 руб. за
    доставку, а в часы пик — до 350", "оценил игрока в €30 млн, покупатель готов заплатить не больше 20", a preposition,
    a rate's period or the clause's end after it (not "costs £90, and up to 160 people can attend", which it counts, nor
    "the fine is £100, and up to 500 were issued", nor "groups of up to 40", nor "¥4,000 each, and numbers are capped at
    4,000 a day")."""
    if (measured.kind is not CURRENCY or q.qualifier is None or not q.text.startswith(q.qualifier) or q.bound is EXACT
            or q.unit is not None or q.scale is not None or q.is_range or not isinstance(q.value, Decimal)
            or not isinstance(measured.value, Decimal) or not _DIGIT.search(q.text)):
        return False  # (a figure: not a multiple in words, "quasi il doppio", "почти втрое")
    if not _nothing_counted_after(text, q, lex, periods=True):
        return False  # (a preposition, a rate's period or the clause's end after it: not "up to 500 were issued", counted)
    joins = [j for j, w in enumerate(words) if w in _COMMAS or w in _DASHES_AND_COLONS or w in lex.conjunctions]
    if not joins:
        return False
    clause = [w for w in words[joins[-1] + 1 :] if w.isalpha()]
    if len(clause) > 3 or any(w in lex.values["OF"] or w in lex.partitive or w in lex.verbs_after_figures for w in clause):
        return False  # (nor a clause of its own subject and verb: "and numbers are capped at 4,000 a day")
    figure = measured.value.scaleb(-measured.scale_exponent)
    high = measured.range_to.scaleb(-measured.scale_exponent) if isinstance(measured.range_to, Decimal) else figure
    return figure / 10 <= q.value <= high * 10


def _more_of_the_money(text: str, measured: Quantity, q: Quantity, tail: Sequence[str], comma: bool, lex: Lexicon) -> bool:
    """Whether the bare figure ``q`` is more money of the scaled amount right before it, a word of more of the same before
    it after a comma or "and" (``another_words``) and a preposition or the clause's end after it: "12 milioni di euro per
    il turismo montano, altri 3 per i rifugi", "£12m for roads and another 3 for bridges" (3 million; not "and another 3
    schools", which it counts, nor "another 300 will follow", a clause it opens)."""
    if (measured.kind is not CURRENCY or measured.scale is None or q.scale is not None or q.qualifier is not None
            or not q.text[:1].isdigit() or _unlike_before_scale(q, measured)):
        return False
    # (``tail``, the words after the last comma, end in the word of more: after "and", or right after that comma)
    if any(w in lex.and_words for w in tail):
        ends = _another_ends(tail, lex, lex.and_words)
    else:
        ends = comma and _another_ends([",", *tail], lex, _COMMAS)
    return ends and _nothing_counted_after(text, q, lex)


def _a_part_phrase_after(text: str, measured: Quantity, q: Quantity, lex: Lexicon) -> bool:
    """Whether the bare figure ``q``, right after the comma after the amount ``measured`` (and its noun, a name or its
    time), is followed by a word of a part (``part_words_after``) and is no larger in that amount's scale: "£80m, 30 of
    which are owed", "80 milioni di euro, 30 dei quali dovuti", "42 km of track, 31 of them elevated" (not "30 of them"
    after a spell: "after 5 years, 30 of them died")."""
    if (not lex.part_words_after or measured.kind not in (CURRENCY, MEASURE) or q.scale is not None or q.qualifier is not None
            or q.unit is not None or q.is_range or not q.text[:1].isdigit()):
        return False
    between = _LIST_ITEMS.findall(normalize(text[measured.end : q.start]))
    if not between or between[-1] not in _COMMAS or len(between) > 4 or _DIGIT.search(text, measured.end, q.start) or (
            len(between) > 2 and between[0] not in lex.values["OF"]
            and not _first_letter_capital(text, measured.end, q.start, between[-2])
            and not all(w in lex.time_adverbs or w in lex.time_words_after for w in between[:-1])):
        return False  # (right after the comma that ends the amount, its noun (after "of"), a name or its time: "42 km of
        # track, 31", "42 км путей, 31 из них", "6,5 milioni di euro dalla Champions, 2,8 dei quali", "$3.2bn last year,
        # 1.1 of which"; not another noun's, "£80m on new buses, 30 of which")
    words = _LIST_ITEMS.findall(normalize(text[q.end : q.end + 40]))
    phrases = _phrases(q.lang, "part_words_after")
    return any(_without(words[:n], lex) in phrases for n in (1, 2, 3, 4)) and _no_larger(_in_its_scale(q, measured), measured)


def _a_part_whole_or_more_before(text: str, measured: Quantity, q: Quantity, lex: Lexicon) -> bool:
    """Whether the words between ``measured`` and ``q`` end, after a comma, in a word of a part (``part_words``: "2 млрд
    евро, из которых 500 млн", "50 milliards d'euros sur quatre ans, dont 33 milliards"), or, past a word of "only", in
    a word of the whole (``whole_words``: "من أصل"), of an addition (``addition_words``: "إضافة إلى") or of more of the
    same after a comma or "and" (``another_words``: "а ещё")."""
    words = [w for w in _LIST_ITEMS.findall(normalize(text[measured.end : q.start])) if w not in "()"]
    commas = [j for j, w in enumerate(words) if w in _COMMAS]
    tail = words[commas[-1] + 1 :] if commas else words
    if commas and _without(tail, lex) in _phrases(q.lang, "part_words"):
        return True
    counts_plural = (q.noun is not None and bool(lex.noun_plural_endings)
                     and normalize(q.noun).endswith(tuple(lex.noun_plural_endings)))
    if commas and not counts_plural and any(
            _without(tail[:j], lex) in _phrases(q.lang, "part_words") and _a_subject(tail[j:], lex) for j in (1, 2)):
        return True  # "175 miljoen euro, waarvan de Staat 150 miljoen betaalde": the part another paid (not "waarvan de
        # oprichters 3 miljoen aandelen hielden", shares it counts)
    tail = [w for w in tail if w not in lex.only_words]
    phrase = _without(tail, lex)
    return (phrase in _phrases(q.lang, "whole_words") or phrase in _phrases(q.lang, "addition_words")
            or _another_ends([",", *tail] if commas else tail, lex, {*_COMMAS, *lex.and_words, *lex.conjunctions}))


def _a_subject(words: Sequence[str], lex: Lexicon) -> bool:
    """Whether ``words`` are an article and one or two words: a clause's subject ("de Staat", "lo Stato", "l'État")."""
    if words[1:2] in (["'"], ["’"]) and words[0] + "'" in lex.values["ARTICLE"]:
        words = words[2:]
    elif words[:1] and words[0] in lex.values["ARTICLE"]:
        words = words[1:]
    else:
        return False
    return 1 <= len(words) <= 2 and all(w.isalpha() for w in words)


def _in_parallel(text: str, measured: Quantity, q: Quantity, lex: Lexicon) -> bool:
    """Whether the bare figure ``q`` opens a clause parallel to the amount before it, "and" right before it and the same
    word right after both: "Aveva 19 anni quando vinse il primo titolo e 34 quando si ritirò", "avait 17 ans quand elle
    a débuté, et 35 quand elle a pris sa retraite", "con 62 anni di età e 41 di contributi", "3 euros pour les adultes
    et 2 pour les enfants" (not a part after a percent: "10 % des voix et 40 des sièges")."""
    if (measured.kind not in (DURATION, CURRENCY, MEASURE, PERCENT) or q.kind not in (NUMBER, COUNT) or q.unit is not None
            or q.scale is not None or q.qualifier is not None or q.is_range or not isinstance(q.value, Decimal)
            or not q.text[:1].isdigit()):
        return False  # (a figure: not "35% who agreed and a quarter who had no view", "وكوبين من الأرز")
    one, other = _NEXT_WORD.match(text, measured.end), _NEXT_WORD.match(text, q.end)
    if one is None or other is None or normalize(one.group(1)) != normalize(other.group(1)):
        return False
    between = [normalize(w) for w in _LIST_ITEMS.findall(text[measured.end : q.start])]
    if not between or between[-1] not in lex.and_words or _SENTENCE_BREAK.search(text, measured.end, q.start):
        return False
    return not (measured.kind is PERCENT and normalize(other.group(1)) in lex.partitive)


def _gapped(text: str, measured: Quantity, q: Quantity, lex: Lexicon) -> bool:
    """Whether the bare figure ``q`` repeats the amount before it in a clause after a comma, "and" or "or" whose verb copy
    left out, a figure of like size (within ten times): with the same word after both ("1.800 dollari a Teu, 3.200 a
    Feu", "1800 долларов за TEU, 3200 — за FEU") or a preposition after both ("35 minutes in June, and 48 on the worst
    day"), with the same preposition before both ("The Tories are on 21 per cent, Labour on 40", "stabile all'8%, Azione
    al 3 e Avs al 6,5"), or with a few words that name what it is said of and nothing after it in its clause ("Il Lazio
    spende 2.350 euro pro capite, la Campania 1.980.", "22 euro per behandeling, de fysiotherapeut 38.", "coûte 1,65 €,
    celui de SP95 1,78", "68 лет, женщин — 78", "83,2 jaar, mannen 80,3"), or after a colon, before a preposition ("83,4
    anni: 81,4 per gli uomini"). A preposition may follow the figure where two words at most stand after the comma ("il
    60 ai turisti"); after a scaled amount the figure takes its scale only after a name, "the one of", a dash or a word of
    more ("quelli della città metropolitana 3,2"), and a scaled figure takes scaled money's currency ("de politie 500
    miljoen"). Not a figure that counts: "$5bn, with 12 stores"; nor one after a verb or a preposition of its own, nor
    after a person once a measure is written: "doing 70 mph, the victim 19", "la victime avait 17", ages, and "Turnout
    was 62%, with polls closing at 10", a clock, where "een arts in opleiding ruim 4.000" earns euros."""
    scaled = measured.scale is not None
    if measured.kind is CURRENCY and lex.money_takes and _the_other_take(text, measured, q, lex):
        return True
    if (not (measured.kind in (DURATION, CURRENCY, MEASURE, PERCENT) or (measured.kind is NUMBER and scaled))
            or q.kind not in (NUMBER, COUNT) or q.unit is not None or q.noun is not None or q.is_range
            or (q.scale is not None and not (scaled and measured.kind is CURRENCY and q.qualifier is None))
            or not _within(measured, _in_its_scale(q, measured) if scaled and q.scale is None else q, 10)
            or not q.text[len(q.qualifier or "") :].lstrip()[:1].isdigit() or not _plain(text, q)):
        return False  # (nor a multiple or a share: "valorise la société à 30 fois ses bénéfices")
        # (a scaled amount gives its scale, and scaled money its currency: "1,37 milioni, quelli della città
        # metropolitana 3,2", "3 miljard euro bij, de politie 500 miljoen")
    between = text[measured.end : q.start]
    if _A_FIGURE.search(between) or _SENTENCE_BREAK.search(between):
        return False  # (a name's figures do not stop it: "53,4 рубля, АИ-95 — 58,1")
    words = [normalize(w) for w in _LIST_ITEMS.findall(_A_NAMES_FIGURE.sub("", between)) if w not in "()"]
    marks = [j for j, w in enumerate(words) if w in _COMMAS or w in lex.and_words or w in lex.values["OR"] or w == ":"]
    if not marks:
        return False
    comma = any(w in _COMMAS for w in words)
    tail = [w for w in words[marks[-1] + 1 :] if w not in lex.and_words and w not in lex.values["OR"] and w not in _DASH_WORDS]
    if len(tail) > 4:
        return False
    one, other = _WORD_PAST_A_DASH.match(text, measured.end), _WORD_PAST_A_DASH.match(text, q.end)
    if not tail:  # "3.200 a Feu": the same word after both, or a preposition ("35 minutes in June, and 48 on the worst day")
        if words[marks[0]] == ":" and marks[0] == 0:  # "83,4 anni: 81,4 per gli uomini e 85,5 per le donne"
            return other is not None and normalize(other.group(1)) in lex.prepositions
        return one is not None and other is not None and (normalize(one.group(1)) == normalize(other.group(1)) or (
            normalize(one.group(1)) in lex.prepositions and normalize(other.group(1)) in lex.prepositions))
    prep = _a_preposition_at(text, q.start, lex)
    if prep and (first := _a_preposition_at(text, measured.start, lex)):
        return prep.startswith(first) or first.startswith(prep)  # "Labour on 40", "Azione al 3" (after "all'8%")
    # (a possessive and its noun in the singular, "his co-defendant 12"; the plural a figure counts, "his victims 12"; Dutch
    # "zijn" is also a verb)
    owner = tail[0] in lex.possessives and len(tail) <= 3 and not (
        len(tail[-1]) > 3 and tail[-1].endswith((*lex.plural_endings, *lex.noun_plural_endings)))
    if prep or any(w in lex.verbs_after_figures or (measured.kind is MEASURE and _a_person(w, lex)) for w in (tail[1:] if owner else tail)):
        return False
    if any(w in lex.label_nouns or w in lex.place_words for w in tail):
        return False  # (not after a label: "vak 21", "этаж — 12")
    # (its clause ends after it, or a preposition follows after two words at most: "il 40% ..., il 60 ai turisti"; not
    # "the lira traded around 32.4 to the dollar")
    ends = _CLAUSE_END_AFTER.match(text, q.end) is not None or (len(tail) <= 2 and _word_after_in(text, q, lex.prepositions))
    if scaled and q.scale is None and not (any(_first_letter_capital(text, measured.end, q.start, w) for w in tail)
                                           or tail[0] in lex.pronouns_of_the_one or words[-1] in _DASH_WORDS
                                           or tail[-1] in lex.another_words):
        return False  # (in a scaled amount's scale only after a name, "the one of", a dash or a word of more: "la Campania
        # 1,9", "в оптику — еще 8"; not "The fine was $3 million, the sentence 5", "Gli spettatori sono stati 5,7 milioni,
        # lo share 24")
    return comma and ends and (
        tail[0] in lex.values["ARTICLE"] or tail[0] in lex.values["INDEF"] or tail[0] in lex.prepositions
        or _first_letter_capital(text, measured.end, q.start, tail[0]) or tail[0] in lex.pronouns_of_the_one
        or owner  # ("He got 18 months, his co-defendant 12", "Hij kreeg 4 jaar, zijn broer 3")
        # (a noun alone after an age, a rate or a measure, "mannen 80,3", not after money, "£14,995, mileage 38,000", nor an adverb,
        # "poi 9,99"; or a few words and the dash of the verb left out, "женщин — 78")
        or (len(tail) == 1 and measured.kind in (DURATION, PERCENT, MEASURE) and tail[0] not in lex.count_noun_exceptions
            and tail[0] not in lex.time_adverbs and _written_alike(text, measured, q))
        or words[-1] in _DASH_WORDS)


def _the_other_take(text: str, measured: Quantity, q: Quantity, lex: Lexicon) -> bool:
    """Whether the bare figure ``q``, a comma and at most one word after the money before it, is its other take, gross or
    net (``money_takes``), the words of the two takes after each, and of like size: "1.900 euro lordi al mese, 1.450
    netti", "124 euro lordi, cioè circa 80 netti", "£30,000 gross, £24,000 net"."""
    if (q.kind not in (NUMBER, COUNT) or q.unit is not None or q.is_range or (q.scale is not None and measured.scale is None)
            or not q.text[len(q.qualifier or "") :].lstrip()[:1].isdigit() or not _within(measured, q, 10)):
        return False
    one, other = _NEXT_WORD.match(text, measured.end), _NEXT_WORD.match(text, q.end)
    if one is None or other is None or (taken := normalize(one.group(1))) not in lex.money_takes:
        return False
    if normalize(other.group(1)) not in lex.money_takes - {taken}:
        return False
    between = text[measured.end : q.start]
    words = _WORDS.findall(between[between.find(",") + 1 :]) if "," in between else None
    return words is not None and len(words) <= 1 and not _A_FIGURE.search(between) and not _SENTENCE_BREAK.search(between)


def _written_alike(text: str, measured: Quantity, q: Quantity) -> bool:
    """Whether ``q`` is written as ``measured``'s figure is, with as many decimals, and within three times it: "83,2 jaar,
    mannen 80,3" (not "closed at $12.50, volume 3.85")."""
    decimals = [_DECIMALS.search(text, x.start, x.end) for x in (measured, q)]
    if (decimals[0] is None) != (decimals[1] is None) or (
            decimals[0] is not None and decimals[1] is not None and len(decimals[0].group(1)) != len(decimals[1].group(1))):
        return False
    return _within(measured, q, 3)


def _a_person(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a noun of a person before an age (``bare_ages: nouns``), a conjunction written onto it or not:
    "the victim", "والضحية"."""
    return _prefixed_in(lex, word, lex.bare_age_nouns)


_DASH_WORDS = frozenset({"-", "–", "—"})
_A_FIGURE = lazy(r"(?<![\p{L}\d\-‐])\d")  # (not one written onto a name: "АИ-95", "SP95")
_A_NAMES_FIGURE = lazy(r"(?<=[\p{L}\-‐])\d+")
_WORD_PAST_A_DASH = lazy(r"[ \u00a0\u202f]*(?:[—–-][ \u00a0\u202f]*)?(\p{L}[\p{L}\p{M}\-'’]*)")


def _of_elided_next(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the word after ``end`` opens with the word of "of" elided onto it: "d'Air France"."""
    after = _next_word_forms(text, end)
    return after is not None and "'" in after[0] and not after[1].isdisjoint(lex.values["OF"])


def _a_preposition_at(text: str, at: int, lex: Lexicon) -> str:
    """The preposition right before ``at``, apart or elided onto it ("on 40", "al 3", "all'8%": "all"), or ""."""
    word = _word_or_elision_before(text, at, 0)
    return word.rstrip("'") if word in lex.prepositions else ""


def _first_letter_capital(text: str, start: int, end: int, word: str) -> bool:
    """Whether ``word`` is written with a capital in ``text[start:end]``: a name ("la Campania", "Reform")."""
    return any(w[:1].isupper() for w in _LIST_ITEMS.findall(text, start, end) if normalize(w) == word)


def _listed_by_time(text: str, found: Sequence[Quantity], i: int, lex: Lexicon) -> bool:
    """Whether the bare figure ``found[i]`` follows an amount, its time and "and" or a comma, and has a time of that kind
    after it, with the same word before it as the first: "3,6 milliards en 2026 et 4,2 en 2027", "$3.6 billion in 2026
    and 4.2 in 2027", "2,3 miliardi di euro nel 2026, 2,5 nel 2027 e 2,8 nel 2028" (an amount of a list by time, in the
    first's unit and scale)."""
    when, q = found[i - 1], found[i]
    if i + 1 >= len(found) or found[i + 1].kind is not when.kind:
        return False
    later = found[i + 1]
    join = normalize(text[when.end : q.start]).strip()
    return ((join in lex.and_words or join in _COMMAS or (join[:1] in _COMMAS and join[1:].strip() in lex.and_words))
            and normalize(text[q.end : later.start]).strip() == normalize(text[found[i - 2].end : when.start]).strip())


def _count_of_like_size_before(text: str, found: Sequence[Quantity], k: int, q: Quantity, part: bool = False) -> bool:
    """Whether a bare whole figure that the scaled amount ``found[k]`` would scale is compared with a count of its size
    before that amount in its sentence instead: "12 stations pour 2 milliards d'euros, contre 8 auparavant" (8 stations,
    no 8 billion euros; "67,4 milliards d'euros, contre 51,7" keeps the scale). A ``part`` is no larger than that count
    ("une dizaine de joueurs pour 45 M€, dont 30 pour le seul attaquant": 30 million euros). So is a figure compared with
    money of no scale, not within three times its figure."""
    measured = found[k]
    if q.scale is not None or not isinstance(q.value, Decimal):
        return False
    if measured.scale is None and (not q.text[:1].isdigit() or _within(measured, q, 3)):
        return False  # (money of no scale, compared with a figure far from its own: "12 000 abonnements à 300 euros, contre
        # 9 000 il y a deux ans", 9,000 subscriptions)
    if measured.scale is not None and not q.text.isdigit():
        return False
    return any(
        o.kind is COUNT and o.noun is not None and isinstance(o.value, Decimal) and o.value / 10 <= q.value <= o.value * (1 if part else 10)
        and _SENTENCE_STOP.search(text, o.end, q.start) is None
        for o in found[:k]
    )


def _part_after_its_complement(phrase: str, lang: str, measured: Quantity) -> bool:
    """Whether ``phrase`` is a spell's complement and a part phrase, with no comma: "cinq ans de prison dont trois"."""
    words, lex = phrase.split(), lexicon(lang)
    # (its complement of one word, or two after "of": "de prison dont", "di carcere di cui", "cel waarvan"; not "avec ses
    # filles dont deux", the daughters' part)
    return any(" ".join(words[-n:]) in _phrases(lang, "part_words") and (
        len(words) - n == 1 or (len(words) - n == 2 and (words[0] in lex.values["OF"] or words[0] in lex.partitive)))
        for n in range(1, min(len(words), 3)))


def _added_in_kind(text: str, amount: Quantity, q: Quantity, lex: Lexicon) -> bool:
    """Whether a bare figure is added to the amount before it in that amount's kind, with a partitive and what it is paid
    as after it (``addition_nouns``): "40 milioni di euro più 10 di bonus", "40 millions d'euros, plus 10 de primes" (10
    million euros; a count of bonuses would have no partitive: "più 10 bonus"; nor a part: "plus 10 de ses joueurs"), in
    its scale or one of its own ("più 300mila di consulenze")."""
    if q.qualifier is not None or not q.text[:1].isdigit():
        return False
    # (the word of addition right before the figure, a few words of the amount's own between or none: "6 milioni di euro
    # netti più 2 di bonus", "1,2 milioni di euro per il ripristino, più 300mila di consulenze")
    words = normalize(text[amount.end : q.start]).replace(",", " ").split()
    if not words or words[-1] not in _phrases(lex.lang, "addition_words") or len(words) > 5:
        return False
    words = [normalize(w) for _, w in _ELIDED_WORDS.findall(text, q.end, min(len(text), q.end + 32))[:2]]
    return len(words) == 2 and words[0] in lex.values["OF"] and words[1] in lex.addition_nouns  # (not "3 dei premi vinti")


def _an_elided_price(text: str, q: Quantity, measured: Quantity, tail: Sequence[str], comma: bool, lex: Lexicon) -> bool:
    """Whether the bare figure ``q`` is a second price whose clause leaves out its verb and its currency, after a comma
    or a conjunction and the one word that names what it is the price of (and prepositions, articles): "Le gazole
    coûte 1,83 euro, l'essence 1,95", "Brent rose to $82.47 and WTI to 78.20", "Un caffè costa 1,20 euro, a Milano
    1,50". Both figures are written with as many decimals (prices with their cents), and are of like size, which a
    count, a rate or an index's points rarely are with them."""
    if measured.kind is not CURRENCY:
        return False
    joins = [j for j, w in enumerate(tail) if w in lex.conjunctions]
    if not (comma or joins):
        return False
    tail = tail[joins[-1] + 1 :] if joins else tail  # (what follows the comma or the last conjunction)
    if any(not w.isalpha() and w not in _DASHES_AND_COLONS for w in tail):
        return False
    named = [w for w in tail if len(w) > 1 and w.isalpha() and w not in lex.values["ARTICLE"] and w not in lex.prepositions]
    if len(named) != 1:
        return False  # (one word names what the price is of: not "and the index gained 1.35")
    decimals = [_DECIMALS.search(text, x.start, x.end) for x in (measured, q)]
    if None in decimals or len(decimals[0].group(1)) != len(decimals[1].group(1)) or decimals[1].end() != q.end:
        return False  # (not as many decimals, or a scale or a unit after the figure)
    # (and of like size, within three times the price written: the fuels, coffees, crudes of a list; not "Brent rose to
    # $82.47 and inflation to 3.20", "closed at $12.50, volume 3.85")
    factor = _written_in_hundredths(measured)
    if factor is None or not isinstance(q.value, Decimal) or not isinstance(measured.value, Decimal) or q.value <= 0:
        return False
    return _like_size(measured.value / factor, q.value)


_THIRD = Decimal(1) / 3


_DASHES_AND_COLONS = frozenset({"—", "–", "-", ":", "'", "’"})
_DECIMALS = lazy(rf"(?<=[{DIGITS}])[.,٫]([{DIGITS}]{{1,2}})(?![{DIGITS}])")
# At most this many words between an amount and the comma before a comparison: "5,5 % du PIB, contre 4,8".
_WORDS_TO_COMMA = 8
# ...and before a part, by the kind of what it is a part of: "cinq ans de prison, dont deux" (not "6 years abroad
# with his brothers, including 2"), "3 miljard euro uit voor de zorg, waarvan 500 miljoen", "52 milliards de m³ de gaz,
# dont 34 milliards".
_PART_REACH = {DURATION: 3, CURRENCY: 4, NUMBER: 4, MEASURE: 4}


_WHOLE = Decimal(100)


def _comparable(text: str, found: list[Quantity], i: int, k: int) -> bool:
    """Whether ``found[i]`` may be compared with ``found[k]``: of like size once scaled (within a
    factor of a thousand: "fell to 4 percent, compared with 150,000 in May" compares jobs; and no more
    than a whole after a percent that is no more: "fell almost 8%, 3,500 fewer"), and with
    no other measure just before it in the clause ("rose 3 percent to $45, against 2 for the index":
    the 2 may be either)."""
    measured = found[k]
    q = _in_its_scale(found[i], measured)
    if not (isinstance(q.value, Decimal) and isinstance(measured.value, Decimal)):
        return False
    low, high = sorted((abs(q.value), abs(measured.value)))
    if low * 1000 < high:
        return False
    if measured.unit == "percent" and abs(q.value) > _WHOLE and abs(measured.value) <= _WHOLE:
        return False  # "fell almost 8%, 3,500 fewer than a year earlier": pupils, not a percent
    if k == 0 or found[i].scale is not None:
        return True  # (a figure with its own scale takes a currency only: "fell 18% to $14.5 billion, against 17.7 billion")
    other = found[k - 1]
    gap = text[other.end : measured.start]
    return not (other.kind in (CURRENCY, PERCENT) and other.unit != measured.unit
                and not _COMMA_OR_STOP.search(gap) and len(_WORDS.findall(gap)) <= 3)


def _compared_index(text: str, found: list[Quantity], i: int) -> int:
    """Which quantity the figure ``found[i]`` is compared with: the one before it, or the amount before
    that when the quantity between is a spell over which it runs or a time it refers to ("$1.5
    trillion over 10 years, versus 2", "2 billion over 3 years, compared with 1.5" (no currency to
    take), "67,4 milliards d'euros en 2024, contre 51,7 milliards", "fewer than 200 patients in its first six
    months, against a target of 1,500", a spell before its year: "Condamné à 20 ans de réclusion en 1962, il en avait
    purgé 11"); not a bare figure that measures nothing, before the spell that is compared ("De man (27) werd
    veroordeeld tot 4 jaar cel, waarvan 1 voorwaardelijk")."""
    before, amount = found[i - 1], found[i - 2] if i > 1 else None
    if (before.kind in _WHEN and amount is not None and (amount.kind not in _WHEN or (
            amount.kind is DURATION and before.kind is not DURATION))  # ("20 ans de réclusion en 1962, il en avait purgé 11")
            and not (amount.kind is NUMBER and amount.unit is None and amount.scale is None)  # ("De man (27) ... 4 jaar cel, waarvan 1")
            and len(_WORDS.findall(text[amount.end : before.start])) <= _COMPARED_REACH):
        return i - 2
    return i - 1


# How many words may stand between an amount and the spell or time it refers to ("fewer than 200 patients in its
# first six months, against a target of 1,500").
_COMPARED_REACH = 4


_WHEN = frozenset({DURATION, DATE, YEAR})


def _measures_alike(measured: Quantity, q: Quantity) -> bool:
    """Whether bare ``q`` may measure what ``measured`` measures: money, a percent or a spell of time, or a scaled
    number whose currency copy left out ("146 milioni per opere pubbliche, di cui 38,5": in its scale); a figure with a
    scale of its own, money only ("compared to 800 million")."""
    if q.scale is not None:
        alike = measured.kind is CURRENCY or (measured.kind is MEASURE and measured.scale is not None)
    else:
        alike = measured.kind in (CURRENCY, PERCENT, DURATION, MEASURE) or (measured.kind is NUMBER and measured.scale is not None)
    return alike and q.kind is NUMBER and not q.is_range and isinstance(q.value, Decimal)


_SPACES_OR_HYPHENS = lazy(r"[\s\-‐]+")


def _plain(text: str, q: Quantity) -> bool:
    """A figure or number, scaled or not, that is no share ("1 in 5", "3 quarters", "every fourth") nor multiple ("1,1 fois
    l'Ebitda") and counts no part
    ("3 of the major currencies", "2 из обвиняемых", "2 van de verdachten"; :func:`_before_partitive`),
    unless the partitive names a time ("3,5 del 2023", "7,9 dell'anno scorso", "3,5 di giugno", "55 di due anni fa") or is
    a difference ("3,3 milliards de plus")."""
    lex = lexicon(q.lang)
    head = normalize(q.text if q.scale_span is None else text[q.start : q.scale_span[0]])
    parts = _SPACES_OR_HYPHENS.split(head)
    if any(w in lex.values["DENOM"] or w in lex.fractions_by or w in lex.every_words for w in parts) or (
            _with_a_word_of_ratio(head, lex)):
        return False  # "1 in 5", "1 op de 5", "3 quarters", "two-thirds", "каждому четвёртому"
    if not lex.times_words.isdisjoint(_WORDS.findall(head)) or lex.fold(head) in lex.glued_whole or (
            q.qualifier is not None and lex.fold(head.rpartition(" ")[2]) in lex.glued_whole):
        return False  # "5 fois plus", "a 2.5-fold rise", "21% вдвое выше", "почти вдвое больше": a multiple
    after = _NEXT_WORD.match(text, q.end)
    if after is None:
        return True
    word, end = normalize(after.group(1)), after.end()
    if word in lex.values["OVER"] and (word not in lex.ratio_after_one or (
            _FIGURE_NEXT.match(text, end) and not _YEAR_NEXT.match(text, end))) and not _a_period_next(text, end, lex) and (
            not _a_place_next(text, end, lex)):
        return False  # "3 из 5", "2 van de 3", "3 in 10" (not "10.5 billion in 2024", "9 milliards sur un an", "80 sur une
        # départementale")
    if word in lex.rate_words and not _a_period_next(text, after.start(1), lex, rate=True):
        return False  # "tegen 12,50 per aandeel": a price per unit (not Italian "per", "for"; nor a rate's period, "120 miljoen
        # per jaar")
    if word in lex.times_words:
        return False  # "soit 1,1 fois l'Ebitda": a multiple
    if not _before_partitive(text, q) or _whose(text, q, lex):
        return True
    rest = _ELIDED_WORDS.findall(text, after.end(), min(len(text), after.end() + 32))[:2]
    words = [normalize(w) for _, w in rest]
    if "'" in normalize(after.group(1)):  # "dell'anno": the partitive written onto the noun
        words = [normalize(after.group(1)).split("'", 1)[1]]
    elif words and words[0] in lex.values["ARTICLE"]:
        words = words[1:]
    return _YEAR_NEXT.match(text, after.end()) is not None or bool(words) and (
        words[0] in lex.values["DUR"] or words[0] in lex.values["MONTH"] or words[0] in lex.difference_words
        or _a_period_next(text, after.end(), lex)  # "contro i 55 di due anni fa"
        or (words[0] in lex.time_adverbs and (len(words) == 1 or words[1] in lex.time_adverbs
                                               or not _TIME_WORDS.isdisjoint(lex.classify("word", lex.fold(words[1]))))))


def _whose(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether a figure after a comparison word and the definite article names whose it is with the partitive after it,
    no whole it is part of: "contro il 19 del Pd", "contro il 38,7 dello sfidante", "contro i 19 del mercato privato"
    (not "contro i 3 dei 5 candidati", a part; nor "contro 3 delle principali valute", with no article)."""
    before = [normalize(w) for w in _WORDS_ELIDED.findall(text[max(0, q.start - 40) : q.start])][-3:]
    if len(before) < 2 or before[-1].rstrip("'’") not in _article_stems(lex.lang):
        return False
    if not any(" ".join(before[k:-1]) in _phrases(lex.lang, "comparison_words") for k in range(len(before) - 1)):
        return False
    after = _NEXT_WORD.match(text, q.end)
    return after is not None and not _FIGURE_NEXT.match(text, after.end()) and not (
        (then := _NEXT_WORD.match(text, after.end())) is not None and normalize(then.group(1)) in lex.values["ARTICLE"]
        and _FIGURE_NEXT.match(text, then.end()))


@cache
def _article_stems(lang: str) -> frozenset[str]:
    """The language's articles without an elision's apostrophe ("l'" as "l")."""
    return frozenset(a.rstrip("'’") for a in lexicon(lang).values["ARTICLE"])


def _a_place_next(text: str, end: int, lex: Lexicon) -> bool:
    """Whether an article and a word that is no number follow ``end``: what a word of ratio names there is a place, not
    a share's whole ("à 162 km/h au lieu de 80 sur une départementale"; not "3 sur les 5 candidats", "1 sur un million")."""
    words = [normalize(w) for _, w in _ELIDED_WORDS.findall(text, end, min(len(text), end + 32))[:2]]
    return (len(words) == 2 and (words[0] in lex.values["ARTICLE"] or words[0] in lex.values["INDEF"])
            and words[1] not in lex.values["NUMWORD"] and not lex.categories.get(lex.fold(words[1])))


def _a_period_next(text: str, end: int, lex: Lexicon, rate: bool = False) -> bool:
    """Whether an article or a number word and a unit of time follow ``end``: a period after a word of ratio ("9 milliards
    sur un an", "9 miliardi su un anno"), which is no share's whole; with ``rate``, a word of "a", "per" or a preposition
    and a unit of time, a rate's period ("15 al giorno", "15 par jour")."""
    words = [normalize(w) for _, w in _ELIDED_WORDS.findall(text, end, min(len(text), end + 32))[:2]]
    first = (lex.period_before, lex.prepositions) if rate else (lex.values["INDEF"], lex.values["NUMWORD"])
    return len(words) == 2 and any(words[0] in f for f in first) and words[1] in lex.values["DUR"]


def _a_rate_ends(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the rate's period of two words after ``end`` ends its clause, or a preposition that is no word of "of" or a
    conjunction follows it: "1500 per day.", "1500 a day in 2023" (not "2023 a year earlier", "1990 a year of drought",
    "2030 per jaar komt er", "2024 per day average")."""
    period = _TWO_WORDS.match(text, end)
    if period is None or _CLAUSE_END_AFTER.match(text, period.end()):
        return period is not None
    word = _NEXT_WORD.match(text, period.end())
    return word is not None and (
        (folded := lex.fold(normalize(word.group(1)))) in lex.conjunctions or (folded in lex.prepositions and folded not in lex.values["OF"]))


_TWO_WORDS = lazy(r"[ \u00a0]+\p{L}+[ \u00a0]+\p{L}+")


def _a_difference(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether a word of difference follows the figure, or its link word and one, and counts nothing:
    "3 billion more than last year", "3,3 milliards de plus qu'en 2024", "3 points more" (not "300
    more people")."""
    words = [normalize(w) for _, w in _ELIDED_WORDS.findall(text, q.end, min(len(text), q.end + 48))[:4]]
    points = bool(words) and words[0] in lex.points_words
    if points:
        words = words[1:]  # "3 points more than in May" (after a percent, percentage points)
    if words and (words[0] in lex.values["CUR_LINK"] or words[0] in lex.prepositions):
        words = words[1:]  # "de plus", "in più"
    # (after points, a comparative compares them with what follows it, which they do not count: "на 9 пунктов ниже
    # среднемировой")
    return bool(words) and (words[0] in lex.difference_words or words[0] in _comparative_heads(lex.lang)) and (
        len(words) < 2 or (points and words[0] in _comparative_heads(lex.lang)) or not _counted_after_difference(words[1], lex))


@cache
def _comparative_heads(lang: str) -> frozenset[str]:
    """The first words of ``level_comparatives``: "1.5 points lower than a year earlier"."""
    return frozenset(c.split()[0] for c in lexicon(lang).level_comparatives)


def _counted_after_difference(word: str, lex: Lexicon) -> bool:
    """Whether the word after "more" is what the figure counts ("3 more wards"; not "155 more than",
    "3,3 milliards de plus qu'en 2024", "3 più del previsto")."""
    return (_is_counted(word, lex) and word not in lex.partitive and "'" not in word and "’" not in word
            and not any(c.split()[0] == word for c in lex.comparison_words))  # "2 punti in più rispetto a maggio"


def _no_larger(part: Quantity, whole: Quantity) -> bool:
    return isinstance(part.value, Decimal) and isinstance(whole.value, Decimal) and part.value <= whole.value


def _level_in_the_scale_before(text: str, found: list[Quantity], start: int) -> list[Quantity]:
    """ "Sales fell from 1.8 million to 1.3", "è salito da 4 milioni nel 2021 a 10 nel 2024", "daalde van 1,8 miljoen
    stuks in 2022 naar 1,3": a bare level after a word of "to", right after a first level with a scale after a word of
    "from" (a year or a date and up to four words between, or none), is in that scale and measures what it does (a
    count's second level a number: nothing is written after it); not one far from the first ("from 1.8 million to 900"),
    nor a figure with words of its own or that no level's end follows (:func:`_a_level_ends`: "to 3 times its equity",
    "to 16 and 17 year olds")."""
    out = found
    for i in range(1, len(found)):
        q = found[i]
        if (q.kind is not NUMBER or q.scale is not None or q.unit is not None or q.is_range or not isinstance(q.value, Decimal)
                or (q.qualifier is not None and not q.text.startswith(q.qualifier)) or not _figure_of(q)[-1:].isdigit()):
            continue
        lex = lexicon(q.lang)
        word = normalize(q.qualifier) if q.qualifier is not None else _word_before(text, q, start)
        if word not in lex.values["TO"] or not _a_level_ends(text, q, lex):
            continue
        j = i - 2 if found[i - 1].kind in (YEAR, DATE) and i > 1 else i - 1
        first = found[j]
        gap = text[first.end : q.start].replace(found[i - 1].text, " ") if j < i - 1 else text[first.end : q.start]
        if (first.scale is None or first.kind not in (NUMBER, COUNT, CURRENCY, MEASURE) or first.is_range
                or _word_before(text, first, start) not in lex.values["FROM"] or len(_WORDS.findall(gap)) > 4
                or _unlike_before_scale(q, first)):
            continue
        out = out if out is not found else list(found)
        out[i] = replace(_scaled_like(q, first), kind=NUMBER if first.kind is COUNT else first.kind, unit=first.unit)
    return out


def _a_level_ends(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether what follows the bare figure ``q`` leaves it a level of its own: its clause's end, a preposition, a phrase of
    time ("to 5.2 last year", "a 10 lo scorso anno", "naar 2,1 vorig jaar", "إلى 2.6 العام الماضي"), an article before one,
    or "and" before no figure ("to 2.9 and profits doubled"); not "to 16 and 17 year olds", "to 12 of the poorest", "to 3
    times its equity"."""
    after = _NEXT_WORD.match(text, q.end)
    if after is None or _CLAUSE_ENDS_HERE.match(text, q.end):
        return True
    word = normalize(after.group(1))
    core = word.rpartition("'")[2]  # ("l'an dernier": the word after an elided article)
    if word in lex.prepositions or _time_phrase(text, after, lex) or "DUR" in lex.classify("word", lex.fold(core)):
        return True
    then = _NEXT_WORD.match(text, after.end())
    if word in lex.values["ARTICLE"]:
        return then is not None and (_time_phrase(text, then, lex) or "DUR" in lex.classify("word", lex.fold(normalize(then.group(1)))))
    return word in lex.and_words and then is not None and _NUMBER_WORDS.isdisjoint(  # (a figure after "and" is no word)
        lex.classify("word", lex.fold(normalize(then.group(1)))))


def _scaled_like(q: Quantity, other: Quantity) -> Quantity:
    """A bare figure in the scale ``other`` writes, when it writes none: "from 2 to 5 million"."""
    if q.scale is not None or other.scale is None or not isinstance(q.value, Decimal):
        return q
    return replace(q, value=q.value.scaleb(other.scale_exponent), precision=q.precision.scaleb(other.scale_exponent),
                   scale=other.scale, scale_exponent=other.scale_exponent)


def _in_its_scale(q: Quantity, measured: Quantity) -> Quantity:
    """A bare figure in the scale ``measured`` writes, unless it is far from the figure before that scale: "5 milioni di
    euro, contro i 4" (4 million), "$1.1m, of which 400,000" (400,000)."""
    return q if _unlike_before_scale(q, measured) else _scaled_like(q, measured)


def _unlike_before_scale(q: Quantity, measured: Quantity) -> bool:
    """Whether a bare figure is far from the figure written before the scale of ``measured`` (more than
    ``_LIKE_SIZE`` times either way), so that it is no figure in that scale: "Costa 3mila dollari, contro gli 800 di
    prima" (800 dollars, not 800,000; "5 milioni di euro, contro i 4" is 4 million)."""
    if q.scale is not None or measured.scale is None or not (isinstance(q.value, Decimal) and isinstance(measured.value, Decimal)):
        return False
    low, high = sorted((abs(q.value), abs(measured.value.scaleb(-measured.scale_exponent))))
    return low * _LIKE_SIZE < high


_LIKE_SIZE = 30


def _of_it(text: str, measured: Quantity, q: Quantity, lex: Lexicon) -> bool:
    """Whether a bare figure later in the sentence of an amount with a currency or a scale measures it by a pronoun that
    stands for it (``partitive_pronouns``) before the figure's verb: "Il fondo doveva valere 20 miliardi di euro, ma ne
    sono stati stanziati 12" (12 billion euros), "moins de 30 dollars ; il en vaut aujourd'hui près de 80", and a spell
    where a verb of a term served or given follows the pronoun (``spell_pronoun_verbs``: "Il pm ha chiesto 12 anni, il
    tribunale ne ha inflitti 8"; "Sposati da 12 anni, ne hanno avuti 4" are children); not the
    preposition right before a figure, "en 2024", nor a figure with a unit or a scale of its own, nor one that counts, nor
    one of another size: there the pronoun stands for a thing)."""
    spell = measured.kind is DURATION and measured.scale is None
    if ((measured.kind is not CURRENCY and measured.scale is None and not spell) or q.kind not in (NUMBER, COUNT) or q.unit is not None
            or q.scale is not None or not isinstance(measured.value, Decimal)):
        return False
    if _counts_a_noun(text, q) or not _later_in_its_sentence(text, measured, q):
        return False  # ("ne sono stati stanziati 12 milioni di persone": it counts)
    between = text[measured.end : q.start]
    figure = measured.value.scaleb(-measured.scale_exponent)
    if not isinstance(q.value, Decimal) or not (figure / 4 <= q.value <= figure * 4):
        return False  # (of like size: "Costa 20 euro e ne vendiamo 300", "il en faut 2": the pronoun stands for a thing)
    words = [normalize(w) for w in _WORDS_ELIDED.findall(between)][-6:]
    if words and words[-1] in lex.values["MONTH"]:
        return False  # (a month's year or day: "Il avait 20 ans en mai 68")
    at = next((k for k, w in enumerate(words[:-1]) if w.rstrip("'’") in lex.partitive_pronouns), None)
    # (a spell only with a verb of a term served or given after the pronoun: not "ne hanno avuti 4", children)
    return at is not None and (not spell or not lex.spell_pronoun_verbs.isdisjoint(words[at + 1 :]))


_SENTENCE_END_BETWEEN = lazy(r"[.!?](?:\s|$)")


def _counts_a_noun(text: str, q: Quantity) -> bool:
    """Whether ``q`` counts the noun after it, the clause going on after that noun ("12 milioni di persone")."""
    return q.kind is COUNT and q.noun is not None and not _CLAUSE_END_AFTER.match(text, q.end)


def _later_in_its_sentence(text: str, amount: Quantity, q: Quantity) -> bool:
    """Whether ``q`` follows ``amount`` in its sentence, within 120 characters."""
    between = text[amount.end : q.start]
    return not _SENTENCE_END_BETWEEN.search(between) and len(between) <= 120


def _measured_as(text: str, q: Quantity, measured: Quantity) -> Quantity:
    """``q`` measuring what ``measured`` measures, in its scale when it writes none. Bare points after
    it that state a difference from a percent are percentage points ("81,5 %, soit 2,3 points de plus";
    ``points_words``; "a cédé 1,5 %, soit 112 points" are the index's)."""
    after = _NEXT_WORD.match(text, q.end)
    lex = lexicon(q.lang)
    if measured.unit == "percent" and after is not None and normalize(after.group(1)) in lex.points_words:
        if _a_difference(text, q, lex) or _after_a_change_noun(text, q, lex) or _after_change(text, q, max(0, q.start - 48), by=True):
            return replace(q, kind=PERCENT, unit="percentage_point", noun=None, end=after.end(), text=text[q.start : after.end()])
        return q  # (points of no change are no percent: "a cédé 1,5 %, soit 112 points", an index's)
    factor = _written_in_hundredths(measured)
    if factor is None:
        return q  # an amount whose factor cannot be told ("three hundred pence", spelled in a subunit)
    q = _in_its_scale(q, measured)
    if factor != 1 and isinstance(q.value, Decimal):
        q = replace(q, value=q.value * factor, precision=q.precision * factor)
    return replace(q, kind=measured.kind, unit=_first_unit(measured) if measured.kind is DURATION else measured.unit, noun=None)


def _first_unit(spell: Quantity) -> str | None:
    """The unit a spell's first word of time names, which a bare figure compared with it takes: a spell written in two
    units is read in the smaller ("tre ore e quaranta": 220 minutes), and "contro le cinque attuali" are five hours."""
    lex = lexicon(spell.lang)
    for word in _WORDS.findall(spell.text):
        if (unit := lex.values["DUR"].get(normalize(word))) is not None:
            # (a unit of the spell's own family only: "two decades, against three" are counted in years)
            same = unit in SPELL_UNITS and spell.unit in SPELL_UNITS and SPELL_UNITS[unit][1] == SPELL_UNITS[str(spell.unit)][1]
            return str(unit) if same else spell.unit
    return spell.unit


def _after_a_change_noun(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether a noun of change (``change_nouns``) and its link word stand right before ``q``: "soit un gain de 2,3 points",
    "une hausse de", "an increase of"."""
    words = [normalize(w) for w in _WORDS.findall(text, max(0, q.start - 32), q.start)][-2:]
    return len(words) == 2 and words[0].startswith(lex.change_nouns) and (words[1] in lex.values["OF"] or words[1] in lex.prepositions)


_FIGURE_WRITTEN = lazy(rf"[{DIGITS}](?:[{DIGITS}.,\u00a0\u202f ]*[{DIGITS}])?")
_HALF_UNIT = Decimal("0.5")


def _written_in_hundredths(q: Quantity) -> Decimal | None:
    """What the figure written in ``q`` was multiplied by to make its value, besides its scale: 1, or a
    hundredth for an amount in a subunit ("145p" is 1.45 GBP, "150 basis points" 1.5 points), which a
    bare figure compared with it is in too ("145p, against 150 on Monday"); None where that cannot be
    told (a spelled amount in a subunit) or the factor is another."""
    if not isinstance(q.value, Decimal):
        return None
    written = _FIGURE_WRITTEN.search(q.text)
    if written is None:
        # spelled: its precision is half a unit of its scale, or a part of that for a fraction ("a
        # quarter of a million"), a hundredth of that in a subunit ("three hundred pence")
        return None if q.precision * 100 <= _HALF_UNIT.scaleb(q.scale_exponent) else Decimal(1)
    try:
        figure = parse_number(written.group(), lexicon(q.lang))[0].scaleb(q.scale_exponent)
    except (ValueError, ArithmeticError, NotAQuantity):
        return None  # (a figure grouped in no known way: "$3.2 1/2 million")
    if figure == 0 or abs(q.value) == abs(figure):
        return Decimal(1)
    return HUNDREDTH if abs(q.value) == abs(figure) * HUNDREDTH else None


def _listed(text: str, q: Quantity, after: Quantity, comma: bool) -> bool:
    """ "19 et 23 ans", "3, 4 and 5 percent", "del 4, del 6 e del 9%": figures with "and" between (and the preposition or
    article before the first written again before the next), or a comma before a figure
    listed so ("Exports reached 155, more than a year earlier" lists nothing; nor do "Vijf / achtste,
    en 3 GBP" and "24 heures sur 24 et 7 jours sur 7"), rising (or falling by a quarter at most: "5,7 e 5,6 milioni") and
    of like size once scaled, within a factor of ten ("2 and 3 million dollars"; not "52 and 2 weeks later", "payé 300 et 5 %", "52 and 3
    million", "19 and 5 months pregnant"), or in any order where the sentence says "respectively"; one in words before
    one in words only ("seven and nine years")."""
    lex = lexicon(q.lang)
    if (not _DIGIT.search(q.text) and _DIGIT.search(after.text)) or _word_before(text, q, 0) in lex.values["OVER"]:
        return False  # (a number in words before one in words only: "seven and nine years")
    gap = _LIST_ITEMS.findall(normalize(text[q.end : after.start]))
    if len(gap) > 1 and all(_linking(w, lex) for w in gap[1:]) and (
            gap[1:] == _LIST_ITEMS.findall(normalize(text[max(0, q.start - 24) : q.start]))[1 - len(gap) :]):
        gap = gap[:1]  # "del 4, del 6 e del 9%": the preposition of each figure, written again before the next
    if len(gap) != 1 or not (gap[0] in lex.and_words or gap[0] in lex.values["OR"] or (comma and gap[0] in _COMMAS)):
        return False  # (or "or": "8, 12 or 16GB of RAM")
    low, high = abs(_scaled_like(q, after).value), abs(after.value)  # type: ignore[arg-type]
    if high < low <= high * 10 and _says_respectively(text, q.start, after.end, lex):
        return True  # (in any order where the sentence says "respectively": "nine and seven years respectively")
    return high / 10 <= low <= high * _NEARLY_EQUAL  # (or a little falling: "con 5,7 e 5,6 milioni")


_NEARLY_EQUAL = Decimal("1.25")


def _compared_before(text: str, q: Quantity, after: Quantity) -> bool:
    """Whether the scaled figure ``q`` is compared (``comparison_words`` alone between) with the money after it, in the same
    scale, which writes the currency once for both: "152 тыс. против 46 тыс. руб.", "3 milliards contre 5 milliards
    d'euros"."""
    if after.kind is not CURRENCY or q.scale is None or after.scale is None or q.scale_exponent != after.scale_exponent:
        return False
    phrase = _without(_LIST_ITEMS.findall(normalize(text[q.end : after.start])), lexicon(q.lang))
    return phrase in _phrases(q.lang, "comparison_words")


def _denied_for(text: str, q: Quantity, after: Quantity) -> bool:
    """ "not 3 billion but 30 billion dollars", "не 3 млрд, а 30 млрд рублей", "pas de 3 milliards mais de 30
    milliards d'euros", "non si tratta di 3 miliardi ma di 30": a figure a negation denies, a few words before it in its
    clause, and the one ``contrast_words`` put in its place (a comma, a preposition or an article between) measure
    alike."""
    lex = lexicon(q.lang)
    gap = [w for w in _LIST_ITEMS.findall(normalize(text[q.end : after.start])) if w not in _COMMAS]
    if not gap or gap[0] not in lex.contrast_words or len(gap) > 3 or not all(_linking(w, lex) for w in gap[1:]):
        return False
    before = text[max(0, q.start - 48) : q.start]
    words = _LIST_ITEMS.findall(normalize(before[_clause_mark_end(before) + 1 :]))[-_DENIAL_REACH:]
    # (not a figure after an article, a noun's: "Il n'a pas voulu commenter les 12, mais 2 millions d'euros ont été saisis")
    return not lex.negation_words.isdisjoint(words) and not (words and words[-1] in lex.values["ARTICLE"])


# How many words before a denied figure its negation may stand: "non si tratta di 3 miliardi".
_DENIAL_REACH = 4


def _linking(word: str, lex: Lexicon) -> bool:
    """A preposition, article or partitive: "о", "de", "om", "di"."""
    return word in lex.prepositions or word in lex.values["ARTICLE"] or word in lex.partitive


def _an_amount_of_change_after(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether a word of a change's amount (``change_amount_words``: "بنسبة", "by") is among the eight words after ``q``
    in its clause."""
    after = text[q.end : q.end + 96]
    mark = _CLAUSE_MARK.search(after)
    return any(w in lex.change_amount_words for w in map(lex.fold, _WORDS.findall(after[: mark.start() if mark else None])[:8]))


def _ranging(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a verb of ranging (``range_verbs``) is among the three words before the range ``q`` in its clause, a
    bracketed aside passed over, with no figure after it: "fees range from $5 to $10", "now range (per year) from $9,000
    to $12,000", "children aged from 5 to 11" (not "children aged 6-7; petrol rose 2p to 144p", "people aged 65 rose from
    70% to 80%": the age's)."""
    before = _ASIDE.sub(" ", text[max(start, q.start - 80) : q.start])
    clause = before[max(0, _clause_mark_end(before)) :].casefold()
    words = list(_WORDS.finditer(clause))[-3:]
    return any(_starts(w.group(), lex.range_stems, lex) and not _DIGIT.search(clause, w.end())
               and not any(v.group() in lex.values["NUMWORD"] for v in words[k + 1 :])
               for k, w in enumerate(words))


def _change_then_level(text: str, q: Quantity, after: Quantity) -> bool:
    """ "diminuiti di 40 miliardi, a 1.160 miliardi di euro", "fell by 40 billion, to 1,160 billion
    euros": the amount of a change (after ``change_amount_words``), a comma and "to" before the level
    reached, or "to" and a qualifier ("met 33 miljard tot ruim 500 miljard euro"), an amount of money,
    whose currency the change is in; or "of" right after a verb of change, as French writes it, which has no word of a
    change's amount ("s'est creusé de 1,2 milliard, à 8,1 milliards d'euros"). (Without the comma the two are read
    as a range and split the same way: :func:`_levels_of_a_change`.)"""
    lex = lexicon(q.lang)
    if after.kind is not CURRENCY:
        return False
    if _word_before(text, q, 0) not in lex.change_amount_words:
        two = _two_words_before(text, q, 0)
        if not (len(two) == 2 and two[1] in lex.values["OF"] and _starts(two[0], lex.change_stems + lex.change_by_stems, lex)):
            return False
    gap = _LIST_ITEMS.findall(normalize(text[q.end : after.start]))
    if after.qualifier is not None:  # "met 4 miljard, tot 460 miljard euro": "to" read as the level's
        if gap in ([","], ["،"]) and normalize(after.qualifier) in lex.values["TO"]:
            return True
        return len(gap) == 1 and gap[0] in lex.values["TO"]  # "met 33 miljard tot ruim 500 miljard euro"
    return len(gap) == 2 and gap[0] in _COMMAS and gap[1] in lex.values["TO"]


def _a_limit(text: str, found: Sequence[Quantity], i: int, measured: Quantity, tail: Sequence[str], lex: Lexicon) -> bool:
    """Whether the bare figure ``found[i]``, of like size (within ten times), is the limit the measure before it is held
    against: a word of ``limit_words`` among the words before it since that measure or the last comma, or among the two
    after it in its clause ("roulait à 212 km/h au lieu des 130 autorisés", "reed 212 kilometer per uur, waar 130 is
    toegestaan", "разогнался до 186 км/ч на участке, где разрешено 90", "a 197 km/h sulla A1, dove il limite è di 130",
    "was doing 89mph in a 40 zone"); not where a count of a noun stands before it in its sentence, whose limit it may be
    as well ("Avec 60 passagers à bord, le car roulait à 110 km/h alors que seuls 50 sont autorisés")."""
    q = found[i]
    if not lex.limit_words or measured.kind is not MEASURE or not isinstance(measured.value, Decimal) or not isinstance(
            q.value, Decimal) or not measured.value / 10 <= q.value <= measured.value * 10:
        return False
    if lex.limit_words.isdisjoint(tail):
        after = _LIST_ITEMS.findall(normalize(text[q.end : q.end + 40]))
        if lex.limit_words.isdisjoint(after[: next((j for j, w in enumerate(after) if not w.isalpha()), len(after))][:2]):
            return False
    # (the counts before it asked last, where a word of a limit is found)
    return not any(o.kind is COUNT and o.noun is not None and not _SENTENCE_BREAK.search(text, o.end, q.start) for o in found[:i])


def _a_changed_level(tail: Sequence[str], lex: Lexicon) -> bool:
    """Whether the words after a comma are a verb of change and a word of "to" (a conjunction or relative pronoun before
    them or a word that opens a clause, "che"), so that the bare figure after them is the level the amount before the comma changes to: "costa 45 euro,
    ridotto a 30 per gli under 25", "un'autonomia di 14 giorni, che scende a 5 con il GPS"."""
    words = list(tail[-3:])
    if len(words) == 3 and (words[0] in lex.conjunctions or words[0] in lex.clause_openers):
        words = words[1:]
    return len(words) == 2 and words[1] in lex.values["TO"] and _starts(words[0], lex.change_stems, lex)


def _without(words: Sequence[str], lex: Lexicon) -> str:
    """The words of a phrase without conjunctions and articles, elided too ("contro il", "contro l'", "بالمقارنة مع"), and
    a full stop after a word ("vs."; not one before, which ends the sentence before)."""
    joined: list[str] = []
    for w in words:  # (an elided word and its apostrophe are one word: "l" and "'")
        if w in ("'", "’") and joined and joined[-1][-1:].isalpha():
            joined[-1] += "'"
        else:
            joined.append(w)
    kept = [w for k, w in enumerate(joined) if w not in lex.conjunctions and w not in lex.values["ARTICLE"]
            and not (w == "." and k > 0)]
    return " ".join(kept)


def _comparison(phrase: str, lex: Lexicon) -> bool:
    """Whether a phrase is a comparison word, or one and a few words that name what is compared,
    ending in a partitive or preposition: "compared with a profit of", "contre un bénéfice de",
    "по сравнению с прибылью в"."""
    phrases = _phrases(lex.lang, "comparison_words")
    if phrase in phrases or phrase in _phrases(lex.lang, "addition_words"):
        return True  # (or a word that adds a figure to the amount: "75 milioni di euro più 10 di bonus")
    words = phrase.split()
    return any(
        " ".join(words[:n]) in phrases and 1 <= len([w for w in words[n:] if w not in lex.values["INDEF"]]) <= _NAMING_WORDS
        and (words[-1] in lex.partitive or words[-1] in lex.prepositions)
        for n in range(1, min(len(words), 4))
    )  # (an indefinite article among the naming words is none: "against a monthly average of")


_NAMING_WORDS = 3


def _named_then_compared(phrase: str, lex: Lexicon) -> bool:
    """Whether a phrase is a few words that name what a percent is of, then a comparison word: "50.3% of the vote
    against 49.7", "50,3% голосов против 49,7", "50.3% من الأصوات مقابل 49.7"; not a currency's, whose rate is compared:
    "gained 0.4% on the dollar versus 1.2650"."""
    words = phrase.split()
    phrases = _phrases(lex.lang, "comparison_words")
    return any(" ".join(words[-n:]) in phrases and 1 <= len(words) - n <= _NAMING_WORDS
               and not any("CUR_WORD" in lex.categories.get(w, ()) for w in words[:-n]) for n in range(1, min(len(words), 4)))


@cache
def _phrases(lang: str, key: str) -> frozenset[str]:
    """The comparison or part phrases of a language (``comparison_words``, ``part_words``) as
    :func:`_corrected` compares them, without conjunctions and articles, and never empty."""
    lex = lexicon(lang)
    return frozenset(p for p in (_without(_LIST_ITEMS.findall(c), lex) for c in getattr(lex, key)) if p)


_LIST_ITEMS = lazy(r"\p{L}+|[^\s\p{L}\u200e\u200f]")  # (not the bidirectional marks)
_COMMAS = frozenset({",", "،"})
_LETTER = lazy(r"\p{L}")


def _listed_days(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "on 6 and 7 March", "les 6, 7 et 8 mars", "6 и 7 марта", "يومي 6 و7 مارس", "Friday 6 and Saturday
    7 June"; "March 6, 7 and 8": bare figures listed with a day whose month is written with its name
    are days of that month too, in order. A day written day first ends a list, one written month
    first opens it; the list's last two days are joined by "and" (``range_and``), the others by "and"
    or commas, with weekdays anywhere ("Week 2, 9 March", "Dow up 2, 5 March" list nothing; "March 6
    and 9 of the 12 regions" counts). "between 6 and 7 March" is a range, read by the grammar. CL107
    takes a fact on any day of a list as agreeing (:func:`day_lists`)."""
    if DATE not in map(_KIND, found):
        return found  # (most paragraphs: no day to list)
    found = [d for q in found for d in _two_days(text, q)]
    out, folded = list(found), set()
    for i, day in enumerate(found):
        if not _named_day(day):
            continue
        after = day.text[:1].isalpha()
        step, previous, chain = (1 if after else -1), day, []
        j = i + step
        while 0 <= j < len(found) and _bare(found[j]):
            q = found[j]
            join = _join(text, previous, q) if after else _join(text, q, previous)
            listed = _as_day(q, previous, after=after) if join is not None else None
            if listed is None or (after and _before_partitive(text, q)):
                break
            chain.append((j, listed, join))
            previous, j = listed, j + step
        if after:
            while chain and chain[-1][2] != "and":
                chain.pop()
        elif chain and chain[0][2] != "and":
            chain = []
        for j, listed, _ in chain:
            out[j] = listed
        if after and chain and (year := _year_after_list(text, found, out, i, chain[-1][0])) is not None:
            folded.add(year)
    return _ordinal_days_before(text, [q for k, q in enumerate(out) if k not in folded])


def _listed_dates_take_the_year(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "les 30 juin et 7 juillet 2024", "on June 30 and July 7, 2024": a day and its month with no year, listed before a
    date whose year is written (by "and", "or" or a comma, an article after it or none), are of that year, where the month is
    no later ("marked 7 December and 6 June 1944" names two years), or of the year before, December before January
    ("28 December and 4 January 2025")."""
    if DATE not in map(_KIND, found):
        return found
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        day, dated = out[i], out[i + 1]
        if not (day.kind is DATE and dated.kind is DATE and isinstance(day.value, CalendarDate) and isinstance(dated.value, CalendarDate)
                and day.value.year is None and day.value.day is not None and not day.is_range
                and dated.value.year is not None and dated.value.day is not None):
            continue
        lex = lexicon(day.lang)
        gap = normalize(text[day.end : dated.start]).split()
        if gap and gap[-1] in lex.values["ARTICLE"]:
            del gap[-1]  # ("le 30 juin et le 7 juillet 2024", "il 18 giugno e il 2 luglio 2025")
        turn = day.value.month == 12 and dated.value.month == 1  # ("28 December and 4 January 2025": the year before's)
        if (day.value.month > dated.value.month and not turn) or not (
                gap == [","] or len(gap) == 1 and (gap[0] in lex.values["AND"] or gap[0] in lex.values["OR"])):
            continue  # (not a later month: "marked 7 December and 6 June 1944", two years)
        year = dated.value.year - 1 if turn else dated.value.year
        with suppress(ValueError):  # (29 February of no leap year: left as written)
            out[i] = replace(day, value=CalendarDate(year, day.value.month, day.value.day))
    return out


def _months_of_a_year(text: str, found: list[Quantity], lang: str, start: int) -> list[Quantity]:
    """ "nell'ottobre del 2022", "in March of 2021", "في مارس من عام 2021": a month, a word of ``month_year_links`` and a
    bare year the grammar read alone are one date, that month of that year (2022-10); with a day before the month, read as
    a date of no year, that day of it ("il 5 marzo del 2021": 2021-03-05). A month a language writes with a capital is
    one only so written ("in may of 2021" is no month)."""
    pattern = _month_year_pattern(lang)
    if pattern is None or YEAR not in map(_KIND, found):
        return found
    lex = lexicon(lang)
    out: list[Quantity | None] = list(found)
    for k, q in enumerate(found):
        if q.kind is not YEAR or q.is_range or q.bound is not EXACT or not isinstance(q.value, Decimal):
            continue
        m = pattern.search(text, max(start, q.start - 40), q.start)
        if m is None or (lex.months_capitalized and not m.group("month")[:1].isupper()) or not _a_month_here(text, m, start, lex):
            continue
        month = lex.value("MONTH", m.group("month"))
        begin, day, dated = m.start("month"), None, found[k - 1] if k else None
        if dated is not None and dated.end > begin:
            if not (dated.kind is DATE and isinstance(dated.value, CalendarDate) and dated.value.year is None
                    and dated.value.day is not None and dated.value.month == month and not dated.is_range
                    and dated.end == m.end("month")):
                continue  # (the month is another quantity's)
            begin, day = dated.start, dated.value.day
        try:
            value = CalendarDate(int(q.value), month, day)
        except ValueError:
            continue  # (29 February of no leap year: left as written)
        out[k] = Quantity(DATE, value, begin, q.end, text[begin : q.end], lang)
        if day is not None:
            out[k - 1] = None
    return [q for q in out if q is not None]


def _a_month_here(text: str, m: re.Match[str], start: int, lex: Lexicon) -> bool:
    """Whether the month ``m`` found before a link word and a year names the month: first in its sentence, or after an
    elided article, a preposition, an article, a word of "of" or of time ("nell'ottobre", "in March", "di marzo", "في
    مارس", "شهر مارس"); not after another word, where it is a name's or a verb ("The Women's March of 2017", "Theresa May
    of 2017", "وقد مارس من عام 2015", practised)."""
    at = m.start("month")
    if text[at - 1 : at] in ("'", "’"):
        return True
    word = _word_before_at(text, at, start)  # ("": first in its sentence, or after a mark)
    return not word or any(_prefixed_in(lex, word, forms) for forms in (
        lex.prepositions, lex.values["ARTICLE"], lex.values["OF"], lex.values["DUR"], lex.day_month_after))


@cache
def _month_year_pattern(lang: str) -> re.Pattern[str] | None:
    """A month and a word of ``month_year_links`` right before a year (the pattern is searched in the few characters
    before it: ``$`` is the year's start)."""
    lex = lexicon(lang)
    if not lex.month_year_links:
        return None
    return compile_cached(rf"(?<!\w)(?P<month>{_alternatives(lex.values['MONTH'])})\s+(?:{_alternatives(lex.month_year_links)})\s+$",
                          re.IGNORECASE)


def _ordinal_days_before(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "les 1er, 2 et 3 mars", "on 6th, 7th and 8th March", "il 1°, 2 e 3 marzo": an ordinal day alone
    states nothing, so the days of a list written day first are read up to the first bare figure or
    the two days the grammar reads; ordinal days listed before them, in order, are days of the list.

    Before bare days only the first of the month is written as an ordinal ("1er", "1°"): "Elle a fini
    3e, 5 et 6 mars" is a rank."""
    if not any(q.kind is DATE and q.text[:1].isdigit() for q in found):
        return found
    added: list[Quantity] = []
    for group in day_lists(text, found):
        first, last = group[0], group[-1]
        lex = lexicon(first.lang)
        if (len(group) < 2 or lex.day_figure is None or not last.text[:1].isdigit()
                or not isinstance(first.value, CalendarDate) or _LETTER.search(lex.day_figure.sub("", first.text))):
            continue  # a list written day first, whose first day is a figure ("2", "7th"), not "5 March"
        bare = lex.day_figure.match(first.text) is None
        while True:
            window = max(0, first.start - _ORDINAL_REACH)
            day = next((m for m in lex.day_figure.finditer(text, window, first.start)
                        if _joined_by(lex, text[m.end() : first.start]) is not None), None)
            assert isinstance(first.value, CalendarDate)
            if day is None:
                break
            number = int(to_ascii_digits(day.group(1)))
            if not 0 < number < first.value.first_day or (bare and number != 1):
                break
            first = replace(first, start=day.start(), end=day.end(), text=day.group(),
                            value=replace(first.value, day=number))
            added.append(first)
    return sorted([*found, *added], key=lambda q: q.start) if added else found


# How far before a list's first day an ordinal day may stand: a comma or "and", and a weekday ("1er,
# vendredi 2 et samedi 3 mars").
_ORDINAL_REACH = 24


_COMMA_BEFORE_YEAR = lazy(r",[ \u00a0]*")


def _year_after_list(text: str, found: list[Quantity], out: list[Quantity], first: int, last: int) -> int | None:
    """ "March 6, 7 and 8, 2026": the year right after a list written month first, a plain figure after a
    comma, is every day's (in ``out``; the last day's span takes it in). Returns the index of the year's
    own quantity, now part of the list, or None (then nothing changes: not "7, 2026-2027", "7, about
    2026", nor a year with no 29 February for "February 28 and 29, 2025")."""
    year, day = (found[last + 1] if last + 1 < len(found) else None), found[first]
    if (
        year is None or year.kind is not YEAR or not isinstance(year.value, Decimal)
        or year.bound is not EXACT or year.is_range or not year.text.isdigit()
        or not isinstance(day.value, CalendarDate) or day.value.year
        or not _COMMA_BEFORE_YEAR.fullmatch(text, out[last].end, year.start)
    ):
        return None
    days = []
    for q in out[first : last + 1]:
        assert isinstance(q.value, CalendarDate)
        try:
            days.append(replace(q, value=replace(q.value, year=int(year.value))))
        except ValueError:
            return None
    days[-1] = replace(days[-1], end=year.end, text=text[days[-1].start : year.end])
    out[first : last + 1] = days
    return last + 1


def day_lists(text: str, quantities: Sequence[Quantity]) -> list[tuple[Quantity, ...]]:
    """The days listed together ("6 and 7 March", "on 5 March and 7 March"), as groups of single-day
    dates joined by "and", commas and weekdays, in the order of the text (a lone date is a group)."""
    groups: list[list[Quantity]] = []
    for q in sorted((q for q in quantities if q.kind is DATE and not q.is_range), key=lambda q: q.start):
        if groups and groups[-1][-1].end <= q.start and _join(text, groups[-1][-1], q) is not None:
            groups[-1].append(q)
        else:
            groups.append([q])
    return [tuple(g) for g in groups]


_DAY_AND = lazy(r"(\S+)\s+(\p{L}+)\s+")
_DIGIT = lazy(r"\d")
_FIGURE_RUN = lazy(r"\d+")


def _two_days(text: str, q: Quantity) -> list[Quantity]:
    """ "les 1er et 2 mars", "the 6th and 7th of March": the grammar reads two listed days with an
    ordinal first (alone it states nothing) as the range from one to the other; they are two days."""
    if q.kind is not DATE or not isinstance(q.range_to, CalendarDate) or not (
        q.text[:1].isdigit() or normalize(q.text.split()[0]) in lexicon(q.lang).values["DAY"]  # "il primo e il 2 marzo"
    ):
        return [q]
    m = _DAY_AND.match(q.text)
    if m is None or normalize(m.group(2)) not in lexicon(q.lang).and_words:
        return [q]
    # the second day starts at its figure: a weekday before it stays outside ("6th and Saturday 7th June")
    figure = _DIGIT.search(q.text, m.end())
    second = q.start + (figure.start() if figure else m.end())
    return [replace(q, end=q.start + m.end(1), text=m.group(1), range_to=None),
            replace(q, start=second, text=text[second : q.end], value=q.range_to, range_to=None)]


def _named_day(q: Quantity) -> bool:
    """One day whose month is written with its name ("7 March", "March 6"; not "06/03/2025", nor a month
    of a year, "March 2024")."""
    return (q.kind is DATE and isinstance(q.value, CalendarDate) and q.value.day is not None and not q.is_range
            and bool(_LETTER.search(q.text)))


def _join(text: str, left: Quantity, right: Quantity) -> str | None:
    """How two quantities are listed: "and" where an "and" word stands between them, "comma" where only
    a comma does (weekdays may stand there too), else None (nothing, or other words)."""
    return _joined_by(lexicon(left.lang), text[left.end : right.start])


def _joined_by(lex: Lexicon, gap: str) -> str | None:
    between = _LIST_ITEMS.findall(normalize(gap))
    if not all(w in _COMMAS or w in lex.and_words or w in lex.values["WEEKDAY"] for w in between):
        return None
    if any(w in lex.and_words for w in between):
        return "and"
    return "comma" if any(w in _COMMAS for w in between) else None


def _before_partitive(text: str, q: Quantity) -> bool:
    """ "9 of the 12 regions": a figure before "of" counts."""
    after = _next_word_forms(text, q.end)
    return after is not None and bool(after[1] & lexicon(q.lang).partitive)


def _bare(q: Quantity) -> bool:
    """A figure with nothing around it: "6" in "6 and 7 March"."""
    return q.kind is NUMBER and q.bound is EXACT and not q.is_range and q.text.isdigit()


def _as_day(q: Quantity, day: Quantity, after: bool = False) -> Quantity | None:
    """``q``, a bare figure (:func:`_bare`), as a day of ``day``'s month, before it (after it with
    ``after``), or None."""
    assert isinstance(day.value, CalendarDate)
    first = int(to_ascii_digits(q.text))
    if day.value.day is None or not (day.value.day < first if after else first < day.value.day):
        return None
    try:
        value = CalendarDate(day.value.year, day.value.month, first)
    except ValueError:
        return None
    return replace(q, kind=DATE, value=value, precision=Decimal(0))


def _level_in_the_money_before(text: str, found: list[Quantity], start: int) -> list[Quantity]:
    """ "Il ticket è di 25 euro, ma in alcune regioni sale a 50", "L'abbonamento costa 39 euro, ma per gli under 26 scende
    a 25": a bare figure after a verb of change and "to", in the sentence of an amount of money of no scale before it
    and of like size (a quarter to four times it), past a word of contrast and a word of price or a preposition right after
    it, is a level of that money (not "Tickets cost $40, but the number of staff rose to 120", "La multa è di 42 euro, ma
    il limite di velocità scende a 30"). So is a bare figure with two decimals after money written with two decimals, of
    like size, in its sentence, after a conjunction: a price the clause after names once more ("costa 1,89 euro al litro
    alla Coop e 1,59 all'Esselunga", "13,50 €, contre 11 € il y a trois ans et 9,90 en 2019")."""
    out = list(found)
    money: Quantity | None = None  # (the money nearest before, read so far)
    priced: Quantity | None = None  # (the money with two decimals nearest before)
    for i, q in enumerate(out):
        if q.kind is CURRENCY:
            money = q
            priced = q if q.precision == _CENTS and q.scale is None and not q.is_range else priced
            continue
        if priced is not None and q.precision == _CENTS and q.bound is EXACT and _priced_alike(text, q, priced, start):
            out[i] = money = priced = replace(q, kind=CURRENCY, unit=priced.unit, noun=None)
            continue
        if (money is None or money.scale is not None or money.is_range or q.kind not in (NUMBER, COUNT)
                or q.unit is not None or q.scale is not None or q.noun is not None or q.is_range
                or not isinstance(q.value, Decimal) or not isinstance(money.value, Decimal) or not money.value > 0
                or not money.value / 4 <= q.value <= money.value * 4 or _SENTENCE_STOP.search(text, money.end, q.start)):
            continue
        lex = lexicon(q.lang)
        word = normalize(q.qualifier) if q.qualifier is not None else _word_before(text, q, start)
        between = [normalize(w) for w in _WORDS.findall(text[money.end : q.start])]
        contrast = next((k for k, w in enumerate(between) if w in lex.contrast_words), None)
        if word in lex.values["TO"] and _after_change(text, q, start) and contrast is not None and (
            not lex.price_words.isdisjoint(between[contrast:]) or (contrast + 1 < len(between) and between[contrast + 1] in lex.prepositions)
        ):
            out[i] = money = replace(q, kind=CURRENCY, unit=money.unit, noun=None)
    return out


def _priced_alike(text: str, q: Quantity, priced: Quantity, start: int) -> bool:
    """Whether the bare figure ``q`` in figures is of the size of the money ``priced`` before it in its sentence (a
    quarter to four times it), with no unit, scale, noun or range of its own, right after a conjunction and before a small
    word or the clause's end: the price of a clause that names no noun of its own ("e 1,59 all'Esselunga"; not "and
    inflation to 3.20", "volume 3.85", nor before a word of comparison, "and 0.84 against sterling")."""
    if not (q.kind in (NUMBER, COUNT) and q.unit is None and q.scale is None and q.noun is None and not q.is_range
            and q.text[:1].isdigit() and isinstance(q.value, Decimal) and isinstance(priced.value, Decimal)
            and priced.value > 0 and _within(q, priced, 4)
            and not _SENTENCE_STOP.search(text, priced.end, q.start)):
        return False
    lex = lexicon(q.lang)
    if _word_before(text, q, start) not in lex.conjunctions:
        return False
    after = _NEXT_WORD.match(text, q.end)
    if after is None or text[q.end : after.start(1)].strip():
        return True  # (the clause ends: "et 9,90.")
    word = normalize(after.group(1))
    if any(c.split()[0] == word for c in lex.comparison_words):
        return False  # "The euro fell to $1.05 and 0.84 against sterling": a rate in another currency
    word = word[: max(word.find("'"), word.find("’")) + 1] or word  # ("all'Esselunga": its preposition)
    return word in lex.prepositions or word in lex.values["ARTICLE"] or word in lex.conjunctions or word in lex.partitive


_CENTS = Decimal("0.005")  # the precision of a figure written with two decimals, as prices are: "1,59"


def _levels_after_an_amount(text: str, found: list[Quantity], start: int) -> list[Quantity]:
    """ "потеряли 10% до 150 рублей", "повысил ставку на 100 б.п., до 16%", "verloor 7 procent tot 24,50
    euro", "groeide met bijna 1,1 miljoen mensen tot 17,9 miljoen": "до"/"tot" right after a change by a percent, an
    amount or a scaled number (a verb of change before it) gives
    the level reached, not "up to". At most two words between, none a conjunction ("выросли на 5%, а
    зарплаты составят до 10%"), or the time it is compared with between commas ("сократился на 15% по сравнению с
    прошлым годом, до 4,7 млн"), and not without the verb ("10 procent korting tot 50 euro")."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (
            prev is not None and q.bound is AT_MOST and q.qualifier is not None and q.kind is not YEAR
            and (prev.kind in (PERCENT, CURRENCY) or (prev.kind in (COUNT, NUMBER) and prev.scale is not None))
            and prev.bound is not AT_MOST
        ):
            lex = lexicon(q.lang)
            words = _WORDS.findall(normalize(text[prev.end : q.start]))
            if (
                normalize(q.qualifier) in lex.values["TO"] and (len(words) <= 2 or _compared_with_a_time(text, prev.end, q.start, lex))
                and not any(w in lex.conjunctions for w in words) and _after_change(
                    # (farther past the word of the amount: "In 2023 daalde de waarde van fusies en overnames met 25 procent tot")
                    text, prev, start, by=True, reach=_CLAUSE_REACH if _word_before(text, prev, start) in lex.change_amount_words else 4)
            ):
                q = replace(q, bound=EXACT)
        if prev is not None and q.bound is AT_MOST and q.qualifier is not None and _to_after_a_start(text, out, q, start):
            q = replace(q, bound=EXACT)
        if q.bound is AT_MOST and q.qualifier is not None and _to_after_a_changed_clause(text, q, start):
            q = replace(q, bound=EXACT)
        out.append(q)
    return out


def _to_after_a_changed_clause(text: str, q: Quantity, start: int) -> bool:
    """ "Het aantal faillissementen verdubbelde ten opzichte van een jaar eerder, tot 3.100.": "to" and a figure after
    a comma that end the sentence, after a verb of change in it, is the level reached."""
    lex = lexicon(q.lang)
    if (normalize(q.qualifier or "") not in lex.values["TO"] or not q.text.startswith(q.qualifier or "")
            or not text[max(start, q.start - 2) : q.start].startswith(",") or not _SENTENCE_ENDS_AFTER.match(text, q.end)):
        return False
    sentence = _SENTENCE_START.split(text[max(start, q.start - 160) : q.start])[-1]
    return any(_starts(w, lex.change_stems, lex) for w in _WORDS.findall(sentence.casefold()))


_SENTENCE_ENDS_AFTER = lazy(r"[ \u00a0]*(?:[.!?;]|$)")


def _compared_with_a_time(text: str, end: int, at: int, lex: Lexicon) -> bool:
    """Whether ``text[end:at]`` is a word of comparison (``comparison_words``) and up to four words, one of time, then a
    comma: " по сравнению с аналогичным периодом прошлого года, ", " compared with a year earlier, "."""
    between = normalize(text[end:at]).strip()
    if not between.endswith(",") or "," in between[:-1]:
        return False
    phrase = next((c for c in lex.comparison_words if between.startswith(c + " ")), None)
    rest = _WORDS.findall(between[len(phrase) :]) if phrase else []
    return 0 < len(rest) <= 4 and not _DIGIT.search(between) and any(
        not _TIME_WORDS.isdisjoint(lex.classify("word", lex.fold(w))) or w in lex.time_adverbs for w in rest)


def _to_after_a_start(text: str, before: list[Quantity], q: Quantity, start: int) -> bool:
    """ "выросло с 1,2 млн человек в 2000 году до 1,5 млн", "с 3 млрд рублей в прошлом году до 5 млрд":
    "to" after "from" a level and the time it was at (which keeps the two from making a range), after a
    verb of change, is the level reached."""
    lex = lexicon(q.lang)
    if normalize(q.qualifier or "") not in lex.values["TO"]:
        return False
    origin = before[-2] if len(before) > 1 and before[-1].kind in (YEAR, DATE) else before[-1]
    if origin.kind not in (q.kind, NUMBER, COUNT) or origin.qualifier is not None or origin.is_range:
        return False
    between = _WORDS.findall(normalize(text[origin.end : q.start]))
    return (_word_before(text, origin, start) in lex.values["FROM"] and len(between) <= 5
            and not any(w in lex.conjunctions for w in between) and "," not in text[origin.end : q.start]
            and _after_change(text, origin, start, reach=4))


def _levels_of_a_change(
    text: str, found: list[Quantity], start: int, masked: Sequence[tuple[int, int]]
) -> list[Quantity]:
    """ "Inflation rose from 2.1% to 2.4%", "выросла с 7,4% до 8,1%": after a verb of change, "from
    ... to ..." gives two levels, not a range (a fact of 2.4% must be checked against the second).
    So does "by ... to ..." (``change_amount_words``): "rose by $2.14 to $84.60" is the change and
    the level reached, and so does a verb of change right before the range ("fell 0.5% to 3.5%").
    After a verb that moves an event (``move_words``), "from 3 to 5 September" is
    the day it left and the day it went to, not a period ("Цены выросли с 3 по 5 сентября" is one)."""
    out: list[Quantity] = []
    for q in found:
        if not q.is_range:
            out.append(q)  # (both readings split a range: "from ... to ...", "by ... to ...")
            continue
        lex = lexicon(q.lang)
        words = q.text.split()
        first = normalize(words[0]) if words else ""
        # (the word may be elided onto the first end: "d'un cinquième à 1,8 million")
        from_len = len(words[0]) if first in lex.values["FROM"] else next(
            (len(f) for f in lex.values["FROM"] if f[-1:] in "'’" and first.startswith(f) and len(first) > len(f)), 0)
        # (or stand before it, where a qualifier opens the range: "rose from about $3 to $5", "выросли с примерно 3 до 5")
        if not from_len and q.bound is not Bound.EXACT:
            prior = _word_before(text, q, start)
            first = prior if prior in lex.values["FROM"] else first
        elif not from_len and first not in lex.values["FROM"] and (prior := _word_past_an_adverb(text, q, start, lex)) in lex.values["FROM"]:
            first = prior  # (or before an adverb: "gestegen van gemiddeld 20 naar 34 per jaar")
        from_word = from_len > 0 or first in lex.values["FROM"]
        low_text = q.text.casefold().replace("’", "'")  # (as the forms are normalised; same length)
        # (the word may be elided onto the second end too: "dal 78% all'85%")
        cut, to_form = max(
            ((low_text.rfind(f" {form}" if form[-1:] in "'’" else f" {form} "), form)
             for form in (*lex.values["TO"], *lex.values["MOVE_TO"])), default=(-1, ""))
        to_form = to_form if cut > 0 else ""
        if cut > 0 and not from_word and _dated_level(text, q, start, lex):
            year = extract_span(text, q.lang, q.start, q.start + cut, masked)
            level = extract_span(text, q.lang, q.start + cut + 1 + len(to_form), q.end, masked)
            if len(year) == 1 and year[0].kind is YEAR and len(level) == 1:
                out.extend([year[0], level[0]])  # "ارتفع عدد الهجمات في 2022 إلى 3500 هجوم": in 2022, to 3,500 attacks
                continue
        verb_only = of_the_percent = False
        if q.kind is DATE:
            split = from_word and cut > 0 and (
                to_form in lex.move_to_words or _moved(text, q, start))
        else:
            before = _word_past_an_adverb(text, q, start, lex)  # ("steeg met gemiddeld 23.000 euro naar 370.000 euro")
            # "rose by $2.14 to $84.60", and with no "by": "fell 0.5% to 3.5%", "fell 3.5p to 145.2p"
            # (where the verb comes first, "انخفض التضخم 0.5% إلى 3.5%", among the words before)
            # ("le WTI gagnait 1,8 dollar à 79,60 dollars": a verb whose object is the change, too)
            verb_only = q.kind is not DURATION and before not in lex.change_amount_words and (
                _starts(before, lex.change_stems + lex.change_by_stems, lex) or before in lex.change_by_whole
                or (lex.verb_first and _after_change(text, q, start)))
            by_amount = before in lex.change_amount_words or verb_only
            # (a range to a word that only ever moves, Dutch "naar", is two levels after any verb: "gaat van
            # 9 naar 21 procent")
            # (the amount's word comes after the verb's object: "cut its waiting list by 12,000 to 48,500",
            # "ارتفع عدد المرضى في العناية المركزة بمقدار 34 إلى 512"; in the clause)
            # (where the verb comes first, its subject stands between: "رفعت الحكومة الحد الأقصى للقرض
            # السكني من 500 ألف إلى 750 ألف ريال"; elsewhere a longer object before "from" is as often a
            # noun the range describes: "cut services for children aged from 5 to 11")
            # (a range of rates or money lies farther from its verb, past the object it sets: "raised the tariff on steel
            # from 25% to 50%", "a relevé ses droits de douane sur l'acier de 25 % à 50 %")
            # (not past a preposition of whom or what it is for, where the range describes them: "raised pay for staff
            # earning from $30,000 to $50,000", "il bonus per le famiglie con redditi da 15.000 a 30.000 euro"; and a range
            # of ages past the noun of an age a law fixes: "avait relevé l'âge de départ de 60 à 62 ans")
            reach = _BY_REACH if before in lex.change_amount_words or lex.verb_first else 8 if (
                q.kind in (PERCENT, CURRENCY) or (q.kind is DURATION and _after_an_age_noun(text, q))) and (
                lex.beneficiary_prepositions.isdisjoint(_WORDS.findall(normalize(text[max(start, q.start - 80) : q.start]))[-8:])) else 4
            # (not after a verb of ranging: "ارتفع عدد الزوار الذين تتراوح أعمارهم من 18 إلى 25 عاما")
            ranging = bool(lex.range_stems) and _ranging(text, q, start, lex)
            # (where the language keeps a word of "from" for changes, ``change_from_words``, it opens two
            # levels with no verb ("повысят пошлины на китайские электромобили с 25% до 100%") and the
            # others open a range after one ("сократить от 3 до 4 тыс. сотрудников"); not durations:
            # "детей с 6 до 10 лет")
            changing = bool(lex.change_from_words) and from_word and q.kind is not DURATION
            # (money or a measure after the change's percent and a comma, which end the verb's clause, where the two ends are
            # that change apart: "will rise by 18%, from £6.40 to £7.55", "вырастет на 18%, с 6,4 до 7,55 рубля"; not "rose
            # 5%, from $20 to $200 depending on the seat")
            of_the_percent = (from_word and q.kind in (CURRENCY, MEASURE) and (change := _change_percent_before(out)) is not None
                              and _LIST_ITEMS.findall(text, out[-1].end, q.start) in ([","], ["،"])
                              and _after_change(text, change, start, by=True) and _changed_by(q, change))
            split = (from_word or by_amount) and cut > 0 and not ranging and (
                (from_word and (to_form in lex.move_to_words or (changing and first in lex.change_from_words)))
                or (not (changing and first not in lex.change_from_words)
                    and _after_change(text, q, start, by=True, reach=reach))
                or of_the_percent
                # (or right after a comma that ends a clause of a change with no figure, the range its levels set apart: "Il
                # bonus è stato raddoppiato, da 250 a 500 euro", "ont triplé en dix ans, de 4 000 à 12 000 euros")
                or (from_word and _after_a_clause_of_change(text, q, start))
                # ("extended from 12 to 18 months": a spell lengthened, before and after; not "extended to children
                # aged from 3 to 5", the ages the verb's object is in, nor "prolongé de 6 à 8 mois", by 6 to 8)
                # (a verb of lasting is one of lengthening, passive, before the word of "from" of changes: "Сроки продлятся
                # с 30 до 90 дней", where "Работы продлятся от 6 до 8 месяцев" is a range)
                or (from_word and q.kind is DURATION and _after_verb(
                    text, q, start, lex.lengthen_stems, reach=2,
                    unless=frozenset() if first in lex.change_from_words else lex.lasting_words)
                    and before not in lex.age_words and before not in lex.age_before_words and first not in lex.from_by_words))
        if split and q.kind is not DATE and before in lex.change_object_verbs:
            # "portando da 10.000 a 20.000 persone": the range is what the verb brings (``change_object_verbs``)
            split = False
        if split and q.kind is YEAR and isinstance(q.range_to, Decimal) and not (
            ((_figure_not_in(q, CALENDAR_YEARS) or int(q.range_to) not in CALENDAR_YEARS) and q.text[-1:].isdigit())
            or ((to_form in lex.move_to_words or _moved(text, q, start)) and not _from_figure_after(text, q, lex))
            or _word_after_in(text, q, lex.points_words)
        ):
            # "Prices rose from 2019 to 2022": a period, not two levels (but "La date butoir est passée de 2025 à
            # 2027", "verschoven van 2025 naar 2027": a date moved, unless amounts follow it from one to another, "Le
            # chômage est passé de 2019 à 2023 de 8,4 % à 7,1 %"; "من 1950 إلى 2050 نقطة": points); so are years of any
            # age with the word of years after them ("правила с 1762 по 1796 год")
            split = False
        if not split:
            out.append(q)
            continue
        a, b = q.start + from_len, q.start + cut
        right = extract_span(text, q.lang, q.start + cut + 1 + len(to_form), q.end, masked)
        if q.kind is DATE:
            if len(right) != 1 or right[0].kind is not DATE:
                # "postponed from March 3 to 5, 2026": the last day is the range's, in its month and year
                assert q.range_to is not None  # (a range)
                c = q.start + cut + 1 + len(to_form)
                c += len(text[c : q.end]) - len(text[c : q.end].lstrip())
                right = [replace(q, start=c, text=text[c : q.end], value=q.range_to, range_to=None)]
            # the first day, "3" or "1er", takes the month and year written after the last, as the
            # range did ("reporté du 1er au 3 octobre")
            a += len(text[a:b]) - len(text[a:b].lstrip())
            b -= len(text[a:b]) - len(text[a:b].rstrip(" ,\u00a0"))  # "from Monday, March 30, to ..."
            out.extend([replace(q, start=a, end=b, text=text[a:b], range_to=None), right[0]])
            continue
        left = extract_span(text, q.lang, a, b, masked)
        if len(left) != 1 or len(right) != 1:
            out.append(q)
            continue
        low, high = left[0], right[0]
        if (q.kind is CURRENCY and high.kind in (COUNT, NUMBER) and high.unit is None
                and (name := _NEXT_WORD.match(text, high.end)) is not None
                and ((high.end < q.end and name.end() == q.end) or (high.end == q.end and any(
                    normalize(name.group(1)) in forms and q.unit in countries for forms, countries in lex.currency_by_country)))):
            # (the currency of the country named, which the range's end read alone cannot tell: "رفعت الجزائر الأجر من 18
            # ألفاً إلى 20 ألف دينار"; or of the first end's country, the shared name after the range: "من 7 دنانير أردنية إلى
            # 10 دنانير")
            high = replace(high, kind=CURRENCY, unit=q.unit, noun=None, end=name.end(), text=text[high.start : name.end()])
        if q.kind is CURRENCY:
            # (and the ends read in a currency the name gives by default keep the country's: "ارتفعت ميزانية الدفاع القطرية
            # بمقدار 2.4 مليار ريال إلى 32 مليار ريال", Qatari riyals)
            low, high = (replace(p, unit=q.unit) if p.kind is CURRENCY else p for p in (low, high))
        low_value = low.value
        if not isinstance(low_value, Decimal):
            out.append(q)
            continue
        # "from 2 to 3 million": a scale written once applies to both; not to a fraction in words, a
        # share of the level ("rose by a fifth to 2.2 million", "d'un cinquième à 1,8 million")
        share = 0 < abs(low_value) < 1 and not _DIGIT.search(low.text)
        # (nor to a level with its unit's word after its figure, where the scale would stand: "с 500 рублей до 1,5 тыс.
        # рублей")
        scaled = (low.scale is None and high.scale is not None and not share
                  and (abs(low_value) < 1000 or _in_the_scale_reached(text, low, high, start))
                  and not (low.unit is not None and low.text[-1:].isalpha()))
        if scaled:
            low_value = low_value.scaleb(high.scale_exponent)
        # (after a verb whose object is the amount, "de ... à ..." is "by ... to ...": "progressé de 9 à
        # 10 %", a range of changes, and "ont bondi de 40 % à 50 % selon les mois"; "en baisse de 1,35 % à 7 045,23 points",
        # the change and the level; but money or a measure written on both ends, or percents in hundredths, are two
        # levels: "a grimpé de 1,52 € à 2,05 € le kilo", "ont bondi de 3,4 M€ à 7,9 M€", "de 4,1 % à 4,35 %", and so is
        # money with its scale word on both ends: "a grimpé de 23 millions à 31 millions d'euros", and so a count or a
        # number: "a bondi de 1,2 million à 2,6 millions")
        by_verb = (from_word and not _after_change(text, q, start) and not of_the_percent
                   and not (((low.kind is high.kind and low.unit is not None and _two_levels_written(low, high))
                             or (low.scale is not None and low.unit is None and high.scale is not None
                                 and high.kind in (CURRENCY, MEASURE, COUNT, NUMBER)))
                            and not _varies_after(text, q, lex))
                   and _after_verb(text, q, start, lex.change_by_stems, whole=lex.change_by_whole))
        ratio = _LEVEL_RATIO_NO_BY if verb_only else _LEVEL_RATIO
        unit_once = (low.kind in (NUMBER, COUNT) and low.unit is None and low.noun is None and not share and low.scale is None
                     and high.kind in (PERCENT, CURRENCY, MEASURE, DURATION) and high.unit is not None
                     and isinstance(high.value, Decimal) and abs(high.value) <= _UNIT_ONCE_RATIO * abs(low_value))
        # (but no range of changes runs backwards, nor has two units: "a été réduit de 160 à 140 millions d'euros", the
        # level fallen from and the one reached; "a bondi de 8,3 % à 21,4 kg", the change and the level)
        apart = by_verb and isinstance(high.value, Decimal) and (
            ((scaled or low.kind is high.kind) and low_value > high.value > 0)
            or (low.unit is not None and high.unit is not None and low.unit != high.unit))
        if (not from_word or by_verb) and isinstance(high.value, Decimal) and not apart and (
                abs(high.value) <= ratio * abs(low_value) or (by_verb and _varies_after(text, q, lex)) or unit_once):
            # "rose by 2 to 3 percent", "will increase by $1 billion to $2 billion": ends of like size
            # are a range of changes; a level dwarfs the change that led to it ("by $2.14 to $84.60"), but for changes
            # that vary ("ont baissé de 5 à 30 % selon les services") and for ends within ten times each other whose unit is
            # written on the second only, which a change and its level write on both ("ont baissé de 5 à 30 %", "stegen met 2
            # tot 8 procent"; "rose by 0.25 to 4.5 percent" is a change of points and the level; a first end with its own
            # scale word writes its amount whole: "cresciuti di 2,1 miliardi a 13,5 miliardi di euro")
            out.append(q)
            continue
        if scaled:
            low = _scaled_like(low, high)
        if not from_word or (low.kind is YEAR) != (high.kind is YEAR):
            # "daalde met 45 tot 1012", "выросло с 1200 до 1900 человек": a change and a level, or a level
            # beside a count, are years only where the calendar's are (from one year to another they name
            # a period: "grew from 1500 to 1600")
            low, high = (
                _as_level(p) if p.kind is YEAR and p.text.isdigit() and _figure_not_in(p, CALENDAR_YEARS) else p
                for p in (low, high)
            )
        if _a_level_not_a_year(low, high):
            low = _as_level(low)
        if low.kind in (NUMBER, COUNT) and high.kind not in (NUMBER, COUNT, YEAR) and not share:
            # "from 2.1 to 2.4%": the unit written once applies to both (a year is no unit), in hundredths
            # where it is basis points ("widened from 25 to 50 basis points")
            low = _in_unit_of(low, high, lex)
        elif (from_word and low.kind is NUMBER and low.unit is None and low.noun is None and low.scale is None and not share
              and high.kind is COUNT and _counts_a_plain_noun(text, high, lex)):
            # "rose from 250 to 300 missions": the noun written once counts both (not a unit's, which a later pass reads on
            # both: "van 24 naar 33 graden", "من 150 إلى 200 دينار")
            low = replace(low, kind=COUNT, noun=high.noun)
        elif (from_word and not by_verb and high.kind in (NUMBER, COUNT) and high.unit is None and high.noun is None
              and high.scale is None and low.kind not in (NUMBER, COUNT, YEAR) and low.scale is None and not low.is_range
              and not _word_after_in(text, high, lex.points_words)):
            # "salito da 25 euro a 50", "rose from 25 dollars to 50": the unit written once, after the first level, is the
            # second's too
            high = _in_unit_of(high, low, lex)
        out.extend([low, high])
    return out


# How many times the change the level after "by X to Y" must exceed for the two to be a change and a
# level: ranges of changes span a factor of two or three ("by 5% to 10%", "by 1 to 3 percent").
_LEVEL_RATIO = 3
# ...and with no "by", which forecasts of a range write as often: "could cut 2,000 to 7,000 jobs",
# "climb 5% to 20%" are ranges, "fell 0.5% to 3.5%" the change and the level.
_LEVEL_RATIO_NO_BY = 5


def _levels_of_a_fall(text: str, found: list[Quantity], start: int) -> list[Quantity]:
    """ "Inflation fell from 2.4 to 2.1%", "сократится с 8 до 4,5 часа", "passée de 2,4 à 2,1 %": the
    ends of a fall run backwards, so they make no range and are read apart; as in a rise
    (:func:`_levels_of_a_change`), the unit and the scale written once, after the level reached,
    apply to the level it fell from ("fell from 500 to 320 million tonnes"). Four digits fallen from
    to a smaller figure, or changed to a figure that is no year, are a level, not a year ("daalde van 1045 tot 1012",
    "verdrievoudigde van 1200 naar ruim 3600"). Where no verb of change
    stands near, "to" before a figure smaller than the one "from" names still ends a fall, not "up to":
    "снизила пошлину на импорт золота с 15% до 6%" (a ceiling would be above the level it came from). A rise
    from "from" to "to" that the grammar made no range of, the level reached bounded or in hundredths, is read
    so too ("est passé de 450 millions à près de 720 millions d'euros", "de 25,16 à 25,40 centimes": 0.2516 EUR).
    The unit and the scale written once with the level fallen from apply to a bare level reached: "reduced
    from 12 years to eight", "réduite de 12 ans à huit" (8 years; a rise is a range, which reads so; not after
    a verb whose "de" is "by" after a percent: "a bondi de 30 % à 21,4", the change and an index's level)."""
    out = list(found)
    for i, (low, high) in enumerate(pairwise(found)):
        if (
            low.noun is not None or low.qualifier is not None or low.is_range or high.is_range
            or not isinstance(low.value, Decimal) or not isinstance(high.value, Decimal)
        ):
            continue
        lex = lexicon(low.lang)
        if low.kind not in _NO_UNIT and high.kind in (NUMBER, COUNT) and high.noun is None and high.scale is None:
            reached = replace(_scaled_like(high, low) if abs(high.value) < 1000 else high, kind=low.kind, unit=low.unit)
            by = low.kind is PERCENT and bool(lex.change_by_stems) and _after_verb(
                text, low, start, lex.change_by_stems, whole=lex.change_by_whole)
            if not by and _fallen_to(text, low, reached, start):
                # (a bound of its own kept: "da 22 dollari a meno di 2"; "до" is "to" here, no bound)
                out[i + 1] = replace(reached, bound=reached.bound if _bounded_apart(text, low, reached) else EXACT)
            continue
        fallen = _fallen_to(text, low, high, start)
        if fallen and high.bound is AT_MOST:
            out[i + 1] = replace(high, bound=EXACT)
        gap = normalize(text[low.end : high.start]).strip()  # (nothing but a space before "до 200 евро": "to" is its qualifier)
        to_word = gap in lex.values["TO"] if gap else high.qualifier is not None and normalize(high.qualifier) in lex.values["TO"]
        if (high.kind is YEAR and low.kind in (NUMBER, COUNT) and low.unit is None and low.scale is None
                and high.value < low.value and _within(low, high, 10) and to_word and not _word_after_in(text, high, lex.year_level_nouns)
                and high.text[-1:].isdigit() and _from_before(text, low, start, lex)):
            # "сократилось с 2400 до 1800": four digits fallen to from a level that is no year are a level too (not
            # before a noun of a year's level: "cut from 2400 to 2019 levels")
            out[i + 1] = high = _as_level(high)
        if (low.kind is YEAR and low.text.isdigit() and high.kind in (NUMBER, COUNT) and high.unit is None and high.scale is None
                and _figure_not_in(high, CALENDAR_YEARS) and _within(low, high, 10) and to_word
                and (low.value % 100 == 0 or _figure_not_in(low, RECENT_YEARS)) and _from_before(text, low, start, lex)
                and _after_change(text, low, start, by=True, reach=_BY_REACH if lex.verb_first else 4)):
            # "ارتفع عدد الأقمار من 2000 إلى أكثر من 9000", "rose from 2000 to 9000": a round level changed to a figure that
            # is no year is a level (not "rose from 2019 to 9000", since 2019)
            out[i] = low = _as_level(low)
        if (to_word and _from_before(text, low, start, lex) and _a_level_not_a_year(low, high)
                and (fallen or not _after_a_rise(text, low, start))):
            # (not where a word of rising stands before and the money is below it: "выросла с 1960 до 250 рублей к 1985 году")
            out[i] = low = _as_level(low)  # (its unit, once the measures are read: :func:`_corrected`)
        if not isinstance(low.value, Decimal) or not isinstance(high.value, Decimal):
            continue  # (never: told at the loop's start, asked again for the level just made)
        historical = low.kind is YEAR and low.text.isdigit() and _figure_not_in(low, CALENDAR_YEARS)
        if low.kind not in (NUMBER, COUNT) and not historical:
            continue
        reach = _BY_REACH if lex.verb_first else 4  # "تراجع سعر برميل النفط من 90 إلى 75 دولارا"
        if (not historical and low.kind is NUMBER and low.unit is None and high.kind is COUNT and _counts_a_plain_noun(text, high, lex)
                and low.scale is None and high.value < low.value and to_word and _from_before(text, low, start, lex)
                and (fallen or _after_change(text, low, start, by=True, reach=reach))):
            out[i] = replace(low, kind=COUNT, noun=high.noun)  # "fell from 1,500 to 1,100 permits": as a rise's levels
            continue
        if not historical and high.kind in _NO_UNIT and high.scale is None:
            continue
        if not fallen and not (to_word and _from_before(text, low, start, lex)
                               and _after_change(text, low, start, by=True, reach=reach)):
            continue
        if historical:
            if high.value < low.value or high.kind is not YEAR:  # (or a rise to no year: "van 1200 naar ruim 3600")
                out[i] = low = _as_level(low)
            if high.kind in _NO_UNIT or high.kind is PERCENT:
                continue  # (else in the unit of the level reached: "снизили с 1000 до 200 евро"; not "passée de 1500 à 10 %")
        if not isinstance(low.value, Decimal):
            continue  # (never: a level made of a year's figure is a number)
        if abs(low.value) < 1000 or _in_the_scale_reached(text, low, high, start):
            low = _scaled_like(low, high)  # "from 5 to 3 million", "сократилась с 1200 до 900 млн рублей"
        measured = _in_unit_of(low, high, lex)
        if (high.kind is DURATION and isinstance(measured.value, Decimal) and isinstance(high.value, Decimal)
                and abs(measured.value) > 1000 * abs(high.value)):
            continue  # (no fall: "un bond da 500 milioni a 10 anni", a bond of 500 million over ten years; but a debt
            # "ramenée de 2 millions à 1 500 euros" fell)
        if isinstance(measured.value, Decimal) and isinstance(high.value, Decimal) and (
                measured.value > high.value or not fallen or (to_word and _word_before(text, low, start) in lex.values["FROM"])):
            out[i] = measured  # (or a rise from "from" to "to" that made no range, the level reached bounded or in hundredths:
            # "est passé de 450 millions à près de 720 millions d'euros", "est passé de 25,16 à 25,40 centimes")
    return out


def _counts_a_plain_noun(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether the count ``q``, no scale, counts a noun that no later pass reads as a unit, a currency or points ("300
    missions"; not "33 graden", "200 دينار", "4 points", "850 millions de mètres cubes")."""
    return (q.noun is not None and q.scale is None and _measure_pattern(q.lang).match(text, q.end) is None
            and normalize(q.noun) not in lex.values["CUR_WORD"] and lex.fold(normalize(q.noun)) not in lex.points_words)


def _dated_level(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a range that no word of "from" opens starts with a recent year after a preposition of time (``prepositions``
    that are no word of "from" or "between"): "ارتفع عدد الهجمات في 2022 إلى 3500 هجوم" is in 2022, to 3,500 attacks (not
    "Ils étaient 2000 à 3000 manifestants", "uses 2000 to 3000 litres")."""
    head = _LEADING_YEAR.match(q.text)
    if head is None or int(head.group()) not in RECENT_YEARS:
        return False
    before = _word_before(text, q, start)
    return before in lex.prepositions and before not in lex.values["FROM"] and before not in lex.values["BETWEEN"]


_LEADING_YEAR = lazy(r"\d{4}(?![\d.,])")


def _word_past_an_adverb(text: str, q: Quantity, start: int, lex: Lexicon) -> str:
    """The word before ``q``, or the one before that where the word before is an adverb of ``qualifier_adverbs``: "met"
    in "steeg met gemiddeld 23.000 euro", "van" in "gestegen van gemiddeld 20 naar 34"."""
    word = _word_before(text, q, start)
    if word in lex.qualifier_adverbs and len(words := _WORDS.findall(normalize(text[max(start, q.start - 48) : q.start]))) > 1:
        return words[-2]
    return word


# How far apart, at most, the ends of a range of changes whose unit is written on the second only may be.
_UNIT_ONCE_RATIO = 10


def _varies_after(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether a word of variation (``variation_words``) stands among the six words after ``q``: "ont augmenté de 50 € à
    100 € par mois selon les villes", a range of changes that varies by city; one that also names a source
    (``attribution_words``) only with no comma before it ("ont grimpé de 650 € à 720 €, selon l'Insee": according to)."""
    if not lex.variation_words:
        return False
    written = text[q.end : q.end + 80]
    after = f" {' '.join(_WORDS.findall(normalize(written))[:6])} "
    clause = f" {' '.join(_WORDS.findall(normalize(written.split(',', 1)[0]))[:6])} "
    return any(phrase in (clause if phrase.strip() in lex.attribution_words else after)
               and not (phrase.strip() in lex.attribution_words and _a_name_after(written, phrase.strip(), lex))
               for phrase in lex.variation_words)


def _a_name_after(written: str, phrase: str, lex: Lexicon) -> bool:
    """Whether a name (a capital, an article before it or not) follows the word of variation ``phrase`` in ``written``, which
    then names a source: "a augmenté de 10 centimes à 2,15 euros selon la RATP", "selon l'Insee"."""
    m = regex.search(rf"(?i:{regex.escape(phrase)})[ \u00a0]+(?:(\p{{L}}+['’]?)[ \u00a0]*)?(\p{{L}})", written)
    if m is None:
        return False
    article = m.group(1)
    return m.group(2).isupper() and (article is None or article[:1].isupper() or normalize(article) in lex.values["ARTICLE"])


def _two_levels_written(low: Quantity, high: Quantity) -> bool:
    """Whether two ends of a range read apart, each with its unit, are levels rather than a range of changes: money or a
    measure, or percents one of which is written in hundredths (yields, rates)."""
    if low.kind in (CURRENCY, MEASURE):
        return True
    return low.kind is PERCENT and any(q.precision <= _CENTS for q in (low, high))


def _in_the_scale_reached(text: str, low: Quantity, high: Quantity, start: int) -> bool:
    """Whether a bare figure of a thousand or more is in the scale of the level a change reached, in millions or more
    (thousands of thousands are written as millions): above the figure written before the scale by ten times at most,
    with no word of rising in its clause (``rise_words``), so that it fell to that level ("сократилась с 1200 до 900
    млн рублей", 1.2 billion), or, written with no sign, below it by ten times at most ("passant de 1 000 à plus de 3 000
    milliards d'euros", "from 2,000 to 3,300 billion yuan"); not "grew from 5,000 to 3 million", "выросло с 5000 до 600
    тыс. человек", "jumped from 1,500 to 200k", "Bitcoin climbed from $2,000 to $3,000 billion in market value"."""
    if (high.scale is None or high.scale_exponent < 6 or low.scale is not None
            or not isinstance(low.value, Decimal) or not isinstance(high.value, Decimal)):
        return False
    written = abs(high.value.scaleb(-high.scale_exponent))
    return (written < abs(low.value) <= 10 * written and not _after_a_rise(text, low, start)) or (
        written / 10 <= abs(low.value) < written and _DIGIT.match(low.text) is not None)


def _after_a_rise(text: str, q: Quantity, start: int) -> bool:
    """Whether a word of rising (``rise_words``) stands in the clause before ``q``."""
    lex = lexicon(q.lang)
    return bool(lex.rise_stems) and any(_starts(w, lex.rise_stems, lex) for w in _clause_words_before(text, q.start, start, lex))


def _level_before_its_start(text: str, found: list[Quantity], start: int) -> list[Quantity]:
    """ "повысила прогноз продаж на финансовый год до 19 млн консолей с 15 млн": "to" a level, what it
    counts or no word, then "from" a figure of like measure (no date: "до 5% годовых с 1 января"), is
    the level a change reached, written before the one it started from; the second measures what the
    first does."""
    out = list(found)
    for i, (q, origin) in enumerate(pairwise(found)):
        if q.bound not in (AT_MOST, EXACT) or origin.qualifier is not None:
            continue  # (exact where the verb before says "to" ends a change: "повысила ... до 19 млн")
        lex = lexicon(q.lang)
        # "to" as the qualifier ("до 19 млн") or a word before the level ("rose to $3.2 trillion from 2.9"), or the last
        # word of the qualifier after a verb of change ("going up to Rs 189 from Rs 155": its verb's "up" read into it)
        to = normalize(q.qualifier) if q.qualifier is not None else _word_before(text, q, start)
        if to not in lex.values["TO"] and not (q.qualifier is not None and _to_of_a_verb(text, q, start, lex)):
            continue
        # (with the apostrophe of an elided "from": "scese a 1,05 euro dall'1,32")
        gap = _WORDS_ELIDED.findall(normalize(text[q.end : origin.start]))
        if len(gap) > 2 and gap[0] in lex.period_before and gap[1] in lex.values["DUR"]:
            gap = gap[2:]  # (past the level's rate period: "to 70,000 naira a month from 30,000")
        if (not gap or gap[-1] not in lex.values["FROM"] or len(gap) > 2
                or _DIGIT.search(text, q.end, origin.start) or (q.qualifier is None and origin.noun is not None)):
            continue
        # (a spell too, from a bare figure of like size: "salita a 113 giorni da 79"; not "to 5 years from 2019")
        spell = q.kind is DURATION and origin.kind in (NUMBER, COUNT) and not q.is_range and _within(q, origin, 10)
        if (origin.kind not in (q.kind, NUMBER, COUNT) or origin.unit not in (q.unit, None)
                or (q.kind in _WHEN and not spell) or origin.kind in _WHEN):
            continue
        out[i] = replace(q, bound=EXACT)
        if origin.kind is not q.kind or origin.unit != q.unit:
            # in the level's scale when it writes none ("до 5 млрд рублей с 3": three billion)
            origin = _scaled_like(origin, q) if isinstance(origin.value, Decimal) and abs(origin.value) < 1000 else origin
            out[i + 1] = _in_unit_of(origin, q, lex)  # (in hundredths after basis points: "a 170 punti base dai 172")
    return out


def _to_of_a_verb(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether the qualifier of ``q`` ends in a word of "to" ("up to") and the words before that word, the qualifier's first
    among them, hold a verb of change: "going up to Rs 189" (the verb "going up"; not "Bonuses of up to $5,000")."""
    words = q.qualifier.split() if q.qualifier is not None else []
    if len(words) < 2 or normalize(words[-1]) not in lex.values["TO"] or not q.text.startswith(q.qualifier or ""):
        return False
    at = q.start + q.text.rindex(words[-1], 0, len(q.qualifier or ""))
    return _after_change(text, replace(q, start=at), start, by=True)


def _from_before(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a word of "from" stands right before ``q``, elided onto it too ("dall'1,5 all'1,3%"), where the elided
    word is no word of "of" as well (the French "d'": "a progressé d'un cinquième" is by a fifth)."""
    word = _word_or_elision_before(text, q.start, start)
    return word in lex.values["FROM"] and not (word.endswith("'") and word in lex.values["OF"])


def _bounded_apart(text: str, low: Quantity, high: Quantity) -> bool:
    """Whether ``high`` has a qualifier of its own after the word of "to" that follows ``low`` ("a circa 4 ore")."""
    return high.qualifier is not None and bool(normalize(text[low.end : high.start]).strip())


def _fallen_to(text: str, low: Quantity, high: Quantity, start: int) -> bool:
    """``high`` is "to" and a level smaller than ``low``, written right after "from" ``low`` in the same
    unit and scale, or in the scale written once after it ("с 15% до 6%", "dal 4 all'1,5%", "from 5 to
    3 million")."""
    lex = lexicon(low.lang)
    gap = normalize(text[low.end : high.start])
    # (the level reached bounded too, where it is written in figures: "da 7 a circa 4 ore"; not "إلى نحو الثلث", a share)
    to = (high.qualifier is not None and normalize(high.qualifier) in lex.values["TO"] and not gap) or (
        gap in lex.values["TO"] and (not _bounded_apart(text, low, high) or any(c.isdigit() for c in high.text)))
    if not to:
        return False
    if not _from_before(text, low, start, lex) or low.kind is YEAR:
        return False
    if low.kind not in _NO_UNIT and (low.kind, low.unit) != (high.kind, high.unit):
        return False
    if low.kind in _NO_UNIT and isinstance(low.value, Decimal) and abs(low.value) < 1000:
        low = _scaled_like(low, high)
    return isinstance(low.value, Decimal) and isinstance(high.value, Decimal) and 0 <= high.value < low.value


def _in_unit_of(low: Quantity, high: Quantity, lex: Lexicon) -> Quantity:
    """A bare first level in the unit written once after the second, counted as that unit's word counts:
    in hundredths where it is basis points or a currency's subunit ("widened from 25 to 50 basis points",
    "narrowed from 50 to 25 bps", "Fares rose from 20 to 30p", "ارتفع السعر من 50 إلى 75 قرشا"), in tenths
    of a percent after per mille ("van 0,5 naar 0,2 promille"), in the unit a unit of time is counted in
    ("сократилось с 45 до 30 миллисекунд": 0.045 seconds)."""
    low = replace(low, kind=high.kind, unit=high.unit)
    if not isinstance(low.value, Decimal):
        return low
    written = normalize(high.text)
    word = _UNIT_WRITTEN_LAST.search(written)
    per_unit = Decimal(1)
    if any(written.endswith(form) for form in lex.values["BP"]) or (
        high.kind is CURRENCY and word is not None and word.group() in lex.values["SUBUNIT"]
        and (low.value == low.value.to_integral_value() or _like_size(low.value * HUNDREDTH, high.value))
        # (not a figure with decimals in whole units: "rose from 1.50 to 175p"; but "de 25,16 à 25,40 centimes")
    ):
        per_unit = HUNDREDTH
    elif any(written.endswith(form) for form, value in lex.values["PCT"].items() if value == "permille"):
        per_unit = TENTH
    elif high.kind is DURATION and (counted := next((COUNTED_IN[unit] for form, unit in lex.values["DUR"].items()
                                                      if unit in COUNTED_IN and written.endswith(form)), None)):
        per_unit = counted[1]  # (a unit of several words too: "مللي ثانية")
    return low if per_unit == 1 else replace(low, value=low.value * per_unit, precision=low.precision * per_unit)


def _like_size(a: Decimal, b: object) -> bool:
    """Whether two amounts are within three times each other."""
    return isinstance(b, Decimal) and a > 0 and b > 0 and _THIRD <= a / b <= 3


# The unit a quantity's text ends with, written after its figure: "30p", "75 قرشا", "30 cents".
_UNIT_WRITTEN_LAST = lazy(r"[\p{L}\p{M}¢]+\.?$")  # (with its marks: "قرشاً")


def _ranges_read_apart(text: str, found: list[Quantity], start: int) -> list[Quantity]:
    """Two neighbours the grammar could not make one range, joined as one after reading, when the words
    between are a range's (:func:`_range_start`) and no verb of change comes before (then they are two
    levels, :func:`_levels_of_a_change`):

    - below zero a range is written from the nearer end to the further, which the grammar (a range
      runs from the smaller value to the larger) reads as two figures: "de -5 à -10 °C", "от минус 22
      до минус 27", "lows of -5 to -10" are -10 to -5 ("fell from -5 to -10" is two levels);
    - the grammar keeps the ends of a range in one unit: "de 30 minutes à deux heures", "between 6
      months and 2 years", "от 30 минут до двух часов" are one range in the smaller unit (30 to 120
      minutes), and so is a range to a spell in several units ("30 minutes to 1 hour and 15 minutes":
      30 to 75); not from a spell in several units or after a unit of time ("с 9 часов 30 минут до 17
      часов": clock times), nor after a verb that lengthens ("extended from six months to two years").
    """
    out: list[Quantity] = []
    for q in found:
        low = out[-1] if out else None
        merged = None
        if low is not None and not low.is_range and not q.is_range and low.qualifier is None:
            merged = _range_below_zero(text, low, q, start) or _two_unit_range(text, low, q, start) or _suspended_range(text, low, q)
        if merged is not None:
            out[-1] = merged
        else:
            out.append(q)
    return out


def _ranges_from_an_adjective(
    text: str, found: list[Quantity], lang: str, start: int, masked: Sequence[tuple[int, int]]
) -> list[Quantity]:
    """A range that starts with "one" written after a noun, as its adjective (``adjective_ones``), is no range: the
    end is read alone ("ليصل سعر الإيداع لليلة واحدة إلى 22%", overnight to 22%; "زيارة واحدة إلى 3 دول"). Not after
    "from" or "between" ("من واحد إلى ثلاثة"), nor where the noun is the range's unit ("سنة واحدة إلى 5 سنوات")."""
    lex = lexicon(lang)
    if not lex.adjective_ones or not any(q.is_range for q in found):
        return found
    out: list[Quantity] = []
    for q in found:
        first = q.text.split(maxsplit=1)[0] if q.is_range else ""
        if normalize(first) in lex.adjective_ones and (before := _word_before(text, q, start)) and not (
                {"FROM", "BETWEEN"} & set(lex.categories.get(lex.fold(before), ()))) and not (
                {"FROM", "BETWEEN"} & set(lex.categories.get(lex.fold(_word_before_at(text, q.start - len(before) - 1, start)), ()))):
            # (nor after "from" and the noun: "من ليلة واحدة إلى خمس ليال", one to five nights)
            to = _NEXT_WORD.match(text, q.start + len(first))
            if to is not None and "TO" in lex.categories.get(lex.fold(normalize(to.group(1))), ()):
                out.extend(r for r in extract_span(text, lang, to.end(), q.end, masked) if r.end == q.end)
                continue
        out.append(q)
    return out


def _measure_ranges(text: str, found: list[Quantity], start: int) -> list[Quantity]:
    """ "between 2 °C and 8 °C", "from 2 km to 8 km", "2 km-8 km", "de 3 m à 5 m": two measures in one unit, each with it
    written, that the words between make a range's ends (:func:`_range_start`; not after a verb of change, where they are
    two levels) are one range in that unit, as "between 2 and 8 °C" is; the smaller first, or both below zero ("от 5 км до
    10 км": "до" read as "up to" is the range's "to")."""
    out: list[Quantity] = []
    for q in found:
        low = out[-1] if out else None
        if (low is not None and low.kind is MEASURE and q.kind is MEASURE and low.unit == q.unit and not low.is_range
                and not q.is_range and low.qualifier is None and not low.text[-1:].isdigit()  # (its unit written: a bare
                # figure, or one ending with its scale's word, took it from the level after, "с 800 до 1200 га", "من 3 آلاف
                # إلى 14 ألف طن" read as two levels)
                and (low.scale_span is None or low.scale_span[1] != low.end)
                and isinstance(low.value, Decimal) and isinstance(q.value, Decimal) and low.value != q.value
                and (first := _range_start(text, low, q, start)) is not None):
            a, b = sorted((low.value, q.value))
            if low.value < q.value or q.value < low.value < 0:
                out[-1] = replace(low, start=first, end=q.end, text=text[first : q.end], value=a, range_to=b,
                                  precision=min(low.precision, q.precision), bound=EXACT)
                continue
        out.append(q)
    return out


def _suspended_range(text: str, low: Quantity, high: Quantity) -> Quantity | None:
    """ "for 18- to 24-year-olds", "16- tot 18-jarigen": a figure with its hyphen left hanging, "to", and
    a figure written onto its unit with a hyphen are one range in that unit."""
    lex = lexicon(low.lang)
    gap = normalize(text[low.end + 1 : high.start])
    written = high.text
    if high.qualifier is not None and high.text.startswith(high.qualifier):  # "tot 18-jarigen", read as "up to"
        gap, written = f"{gap} {normalize(high.qualifier)}".strip(), high.text[len(high.qualifier) :].lstrip()
    if not (low.text.isdigit() and text[low.end : low.end + 1] == "-" and high.kind is DURATION
            and _HYPHENED_FIGURE.match(written) and isinstance(low.value, Decimal) and isinstance(high.value, Decimal)
            and low.value < high.value and gap in lex.values["TO"]):
        return None
    return replace(high, start=low.start, text=text[low.start : high.end], value=low.value, range_to=high.value,
                   bound=EXACT, qualifier=None)


_HYPHENED_FIGURE = lazy(r"\d+-\p{L}")


def _range_start(text: str, low: Quantity, high: Quantity, start: int) -> int | None:
    """Where a range of ``low`` and ``high`` starts (with its "from" or "between") when the words between
    them are a range's ("to", a dash; "and" after "between"; "до" read as "up to"), else None."""
    lex = lexicon(low.lang)
    before = _word_before(text, low, start)
    gap = normalize(text[low.end : high.start])
    if high.qualifier is not None:  # "до минус 27", "до двух часов": the range's "to", read as "up to"
        gap = f"{gap} {normalize(high.qualifier)}".strip()
    between = before in lex.values["BETWEEN"] and gap in lex.and_words
    first = max(start, low.start - len(before) - 1) if before in lex.values["FROM"] or between else low.start
    # (the verb's four words are counted before "from" where no preposition stands among them: "raise its nuclear capacity
    # from 8,180 MW to 22,480 MW"; not "raised grants for farms from 5 ha to 50 ha", the range the farms are in)
    counted = replace(low, start=first) if before in lex.values["FROM"] and lex.prepositions.isdisjoint(
        normalize(w) for w in _WORDS.findall(text, max(start, first - 40), first)[-3:]) else low
    if not (between or gap in lex.values["TO"] or gap in lex.values["DASH"]) or _after_change(text, counted, start, by=True):
        return None
    return first


def _range_below_zero(text: str, low: Quantity, high: Quantity, start: int) -> Quantity | None:
    if not (
        low.kind in (NUMBER, COUNT) and high.kind in (NUMBER, COUNT) and low.unit == high.unit
        and isinstance(low.value, Decimal) and isinstance(high.value, Decimal) and high.value < low.value < 0
    ):
        return None
    first = _range_start(text, low, high, start)
    if first is None:
        return None
    return replace(high, start=first, text=text[first : high.end], value=high.value, range_to=low.value,
                   bound=EXACT, qualifier=None, precision=min(low.precision, high.precision))


def _two_unit_range(text: str, low: Quantity, high: Quantity, start: int) -> Quantity | None:
    if not (
        low.kind is high.kind is DURATION and low.unit in SPELL_UNITS and high.unit in SPELL_UNITS
        and isinstance(low.value, Decimal) and isinstance(high.value, Decimal)
    ):
        return None
    (a, family), (b, other) = SPELL_UNITS[low.unit], SPELL_UNITS[high.unit]
    lex = lexicon(low.lang)
    if family != other or a > b or (a == b and _units_in(high, lex) < 2) or _units_in(low, lex) > 1:
        return None
    if lex.values["DUR"].get(_word_before(text, low, start)) is not None or _after_verb(
        text, low, start, lex.lengthen_stems, unless=lex.lasting_words
    ):
        return None  # "с 9 часов 30 минут до 17 часов"; "extended from six months to two years"
    after = _AND_A_NUMBER.match(text, high.end)
    if (after is not None and (lex.values["AND"].get(normalize(after.group(1))) is not None or after.group(1) in ",")) or (
        _NUMBER_NEXT.match(text, high.end)
    ):
        return None  # "30 minutes to 1 hour and 15 minutes", "entre 45 minutes et 1 heure 30"
    first = _range_start(text, low, high, start)
    if first is None:
        return None
    scale = Decimal(b) / a
    return replace(low, start=first, end=high.end, text=text[first : high.end], range_to=high.value * scale,
                   precision=min(low.precision, high.precision * scale))


def _units_in(q: Quantity, lex: Lexicon) -> int:
    """How many units of time a spell writes: two in "1 hour and 15 minutes"."""
    return sum(1 for w in _WORDS.findall(q.text) if lex.values["DUR"].get(normalize(w)) is not None)


# "and 15", ", 15", " 30": a spell that goes on in another unit.
_NUMBER_NEXT = lazy(r"[ \u00a0]+\p{N}")
_AND_A_NUMBER = lazy(r"[ \u00a0]*(\p{L}+|,)[ \u00a0]*\p{N}")


# What gives a level no unit to share.
_NO_UNIT = frozenset({NUMBER, COUNT, YEAR, DATE})


def _after_change(text: str, q: Quantity, start: int, by: bool = False, reach: int = 4) -> bool:
    """A verb of change among the ``reach`` words before ``q`` ("rose", "снизился", "gedaald"); with ``by``,
    also one whose object is the amount ("verloor", "потеряли")."""
    lex = lexicon(q.lang)
    stems = lex.change_stems + lex.change_by_stems if by else lex.change_stems
    return _after_verb(text, q, start, stems, reach, lex.motion_words, lex.prefixes,
                       lex.change_any_whole if by else lex.change_whole, lex.and_words)


# How many words before a range the verb of change may stand when the word of the amount opens it ("by").
_BY_REACH = 9
# ...and before the amount of a change that "to" and its level follow, in the amount's clause (Dutch puts the verb second,
# before a long subject: "In 2023 daalde de waarde van fusies en overnames in Nederland met 25 procent tot 48 miljard").
_CLAUSE_REACH = 12


def _after_verb(
    text: str, q: Quantity, start: int, stems: tuple[str, ...], reach: int = 4, motion: frozenset[str] = frozenset(),
    prefixes: Sequence[str] = (), whole: frozenset[str] = frozenset(), ands: frozenset[str] = frozenset(),
    unless: frozenset[str] = frozenset(),
) -> bool:
    """One of ``stems`` begins one of the ``reach`` words before ``q`` in its clause (four: in 48
    characters), or is one of ``whole`` (alone or with the one or two words after it: "will go up"), or that word after a conjunction
    written onto it (``prefixes``: "وانخفض"), and no word
    of ``motion`` follows it within two words ("salgono sul treno", "scendono in piazza": a verb of
    going up or down that moves people changes no level). A word of ``unless`` is none, whatever it begins with
    ("продлятся": will last, where "продлят" will lengthen)."""
    before = text[max(start, q.start - 12 * reach) : q.start]
    if reach > 4:
        # (a bracketed aside is no clause: "Ozon увеличил оборот (GMV) в третьем квартале на 61%")
        before = _ASIDE.sub(" ", before)
        before = before[max(0, _clause_mark_end(before)) :]
    lex = lexicon(q.lang)
    words = _WORDS.findall(before.casefold())
    if reach > 4 and len(words) > reach:
        # (a level spelled out after its "from" counts no more words than one in digits: "сократит время в пути с двух
        # часов до 40 минут"; not "rose after two of the three landlords began charging from £900")
        words = [w for k, w in enumerate(words) if not (w in lex.values["NUMWORD"] and k and words[k - 1] in lex.values["FROM"])]
    words = words[-reach:]
    return any(
        ((_starts(w, stems, lex) and w not in unless) or _whole_at(words, k, whole, ands)
         or (w[:1] in prefixes and _starts(w[1:], stems, lex))) and motion.isdisjoint(words[k + 1 : k + 3])
        for k, w in enumerate(words)
    )  # (``str.startswith`` tries the tuple of stems in C: a language has up to a hundred)


def _starts(word: str, stems: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether ``word`` begins with one of the ``stems`` of verbs and is no word of ``not_verb_words`` that begins so
    (Russian "подростков", teenagers, begins as "подрос", has grown, does)."""
    return word.startswith(stems) and not word.startswith(lex.not_verb_words)


def _change_percent_before(found: Sequence[Quantity]) -> Quantity | None:
    """The percent last read, no range, where only a spell of time stands after it: the change "from ... to ..." may
    follow after a comma ("rose by 18%, from", "jumped 40pc in just 18 months, from €600m to €840m")."""
    last = found[-1] if found else None
    if last is not None and last.kind is DURATION and len(found) > 1:
        last = found[-2]
    return last if last is not None and last.unit == "percent" and not last.is_range else None


def _after_a_clause_of_change(text: str, q: Quantity, start: int) -> bool:
    """Whether ``q`` stands right after a comma that ends a clause whose verb of change is among its last four words and
    which holds no figure in digits ("è stato raddoppiato, da", "ont triplé en dix ans, de"; not "rose 5%, from $20 to
    $200 depending on the seat")."""
    left = max(start, q.start - 48)
    before = text[left : q.start].rstrip()
    if not before.endswith((",", "،")) or any(ch.isdigit() for ch in before[max(0, _clause_mark_end(before[:-1])) :]):
        return False
    return _after_change(text, replace(q, start=left + len(before) - 1), start, by=True)


def _changed_by(q: Quantity, percent: Quantity) -> bool:
    """Whether the ends of the range ``q`` are ``percent``'s change apart, within half of it either way or two points."""
    if not (isinstance(q.value, Decimal) and isinstance(q.range_to, Decimal) and isinstance(percent.value, Decimal)) or not q.value:
        return False
    change, told = abs((q.range_to - q.value) / q.value * 100), abs(percent.value)
    return told / 2 <= change <= told * 2 or abs(change - told) <= 2


_CLAUSE_MARK = lazy(r"[,;:()،؛]")
_ASIDE = lazy(r"\([^()]*\)")
_LEADING_FIGURE = lazy(r"\d+(?:[.,]\d+)?(?!\d)")


def _moved(text: str, q: Quantity, start: int) -> bool:
    """A verb that moves an event (``move_words``) among the two words before ``q``, in its clause:
    "was postponed from 3 to 5 September", "pushed back from 8", "تم تأجيل الاجتماع من 3"; not "The
    meeting, postponed from June, runs from 3 to 5"."""
    clause = max((m.end() for m in _CLAUSE_MARK.finditer(text, max(start, q.start - 48), q.start)), default=start)
    words = _WORDS.findall(normalize(text[clause : q.start]))[-2:]
    return not lexicon(q.lang).move_words.isdisjoint(words)


_NEXT_CHAR = lazy(r"[ \u00a0\u202f]*[\p{L}\p{N}]")
_SUBUNIT_AFTER = lazy(r"[ \u00a0\u202f]*([\p{L}¢]+\.?)")


def _money_and_cents(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "15 dollars 50", "5 euro 50", "$20 and 43c", "vijf euro vijftig": a whole amount of money and
    the hundredths after it. (The grammar reads "20 dollars 43 cents" itself; without the subunit word
    it cannot tell "50 dollars 40" from "50 dollars 40 yuan" before it sees the end.)"""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind is CURRENCY and q.kind is NUMBER and q.bound is EXACT and not q.is_range
                and len(words := q.text.split()) > 1 and not text[prev.end : q.start].strip()
                and normalize(words[0]) in (lex := lexicon(q.lang)).values["INDEF"]
                and "MULT" in lex.categories.get(lex.fold(normalize(words[-1])), ())):
            continue  # a multiple's word right after money is what it prices, bounded or a range: "about $1,400 a pair",
            # "from $1,000 to $6,000 a pair"
        if (
            prev is not None and prev.kind is CURRENCY and q.kind is NUMBER
            and prev.bound is EXACT and q.bound is EXACT and not prev.is_range and not q.is_range
            and prev.scale is None and q.scale is None
            and isinstance(prev.value, Decimal) and isinstance(q.value, Decimal)
            and prev.value == prev.value.to_integral() and q.value == q.value.to_integral() and 0 <= q.value < 100
            and (not q.text.isdigit() or len(q.text) == 2)
        ):
            lex = lexicon(q.lang)
            if normalize(q.text.split()[0]) in lex.values["INDEF"]:
                if text[prev.end : q.start].strip():
                    out.append(q)
                continue  # a multiple's word right after money is what it prices ("$260 a pair", "$20 a dozen")
            gap = normalize(text[prev.end : q.start])
            sub = _SUBUNIT_AFTER.match(text, q.end)
            subunit = sub is not None and normalize(sub.group(1)) in lex.values["SUBUNIT"]
            # Only where the cents end the phrase: "10 rmb 20 usd" is two amounts, "$20 43 people" a count; or a
            # preposition, a relative pronoun or a word of time follows, which the cents count nothing of ("15 dollars 50 in
            # 2024", "vijf euro vijftig vorig jaar", "3 euros 50 l'an dernier", "3 euro vijftig per nacht")
            last = _NEXT_CHAR.match(text, q.end) is None or (
                (word := _ELIDED_WORDS.match(text, q.end)) is not None and (
                    (after := normalize(word.group(2))) in lex.prepositions or after in lex.time_words_after
                    or after in lex.pronouns_of_the_one  # ("de 3 euro vijftig die al gold")
                    or after in lex.time_adverbs or (after in lex.values["ARTICLE"] and (unit := _ELIDED_WORDS.match(text, word.end())) is not None
                                                     and normalize(unit.group(2)) in lex.values["DUR"])))
            if (gap == "" or gap in lex.and_words) and (subunit or last):
                end = sub.end() if subunit and sub is not None else q.end
                out[-1] = replace(prev, value=prev.value + q.value / 100, end=end, text=text[prev.start : end],
                                  precision=Decimal("0.005"))
                continue
        out.append(q)
    return out


def _compound_spells(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "3 minutes 49.04 seconds", "2 uur, 22 minuten en 55 seconden", "за 4 часа 38 минут", "٨ دقائق و٦
    ثوان", "5 лет и 6 месяцев": one spell written in units of one family, each smaller than one of the
    unit before, with nothing or "and" between, is one duration in its smallest unit (as "2:01:09" is
    7,269 seconds). A comma joins only a list that "and" ends ("2 uur, 22 minuten en 55 seconden"; not
    "5 days, 8 hours a day", "In 3 days, 20 hours of rain", "4 years, 3 months of which"), and nothing
    joins in a sentence that says "respectively" ("jailed for 8 years and 9 months respectively"). The
    first unit's qualifier bounds the whole ("more than 2 hours 30 minutes")."""
    if DURATION not in map(_KIND, found):
        return found  # (most paragraphs: no spell to join)
    out: list[Quantity] = []
    for i, q in enumerate(found):
        prev = out[-1] if out else None
        join = _joins_spell(text, prev, q) if prev is not None else ""
        if join == "comma" and i + 1 < len(found) and _joins_spell(text, q, found[i + 1]) == "and":
            join = "and"  # "2 uur, 22 minuten en 55 seconden"
        if (prev is not None and join == "and" and isinstance(prev.value, Decimal) and isinstance(q.value, Decimal)
                and not _says_respectively(text, prev.start, q.end, lexicon(q.lang))):
            big, small = SPELL_UNITS[str(prev.unit)][0], SPELL_UNITS[str(q.unit)][0]
            out[-1] = replace(prev, value=prev.value * (big // small) + q.value, unit=q.unit, end=q.end,
                              text=text[prev.start : q.end], precision=q.precision)
            continue
        if prev is not None and (minutes := _hours_and_minutes(text, prev, q)) is not None:
            out[-1] = replace(prev, value=minutes, unit="minute", end=q.end, text=text[prev.start : q.end])
            continue
        out.append(_after_one_unit(text, q, prev.end if prev is not None else 0) if q.kind is DURATION else q)
    return out


def _hours_and_minutes(text: str, hours: Quantity, q: Quantity) -> Decimal | None:
    """The spell in minutes where ``q``, a bare whole figure below 60 right after a spell of whole hours ("and" between or
    nothing), is its minutes, in a language that writes them so (``minutes_after_hours``), else None: "deux heures trente"
    (150), "tre ore e quaranta" (220) (not "tre ore e 40 minuti", a spell of its own, nor "due ore, 30 persone"; nor after
    a word of a clock's time or a weekday)."""
    lex = lexicon(q.lang)
    if not (lex.minutes_after_hours and hours.kind is DURATION and hours.unit == "hour" and q.kind is NUMBER
            and not hours.is_range and not q.is_range and q.qualifier is None and isinstance(hours.value, Decimal)
            and isinstance(q.value, Decimal) and hours.value == hours.value.to_integral()
            and q.value == q.value.to_integral() and 0 < q.value < 60):
        return None
    gap = normalize(text[hours.end : q.start]).split()
    if gap and not (len(gap) == 1 and gap[0] in lex.and_words and _clause_goes_no_further(text, q.end, lex)):
        return None  # (after "and", only where the clause ends: not "ont duré trois heures et 12 ont été interpellés")
    # (not after a word of a clock's time or a weekday, where the two tell the time: "Le train part à 10 heures 30", "jeudi
    # 18 heures 30"; nor hours of a clock's after "until": "jusqu'à 19 heures 30")
    word = _word_before_at(text, hours.start, 0)
    if hours.qualifier is not None and hours.text.startswith(hours.qualifier):
        word = normalize(hours.qualifier)  # (the qualifier the spell took: "jusqu'à 19 heures 30")
    if word in lex.clock_before or word in lex.values["WEEKDAY"] or (
            hours.value > 12 and (word in lex.values["TO"] or hours.bound is AT_MOST)):
        return None
    return hours.value * 60 + q.value


# The three words before a figure: "an hour and", "un'ora e", "une heure et", "في دقيقة و". (A match
# starts where a word does, or where the text searched does: searched in a slice, the look-behind
# lets the engine pass every letter inside a word at once, rather than match from each.)
_UNIT_AND_BEFORE = re.compile(r"(?<![^\W\d_])(?:([^\W\d_]+['’]|[^\W\d_]+[ \u00a0]+))?([^\W\d_]+)[ \u00a0]+([^\W\d_]+)[ \u00a0]*$")


def _after_one_unit(text: str, q: Quantity, left: int) -> Quantity:
    """ "an hour and 23 minutes", "un'ora e 23 minuti", "за час и 20 минут", "في دقيقة و45 ثانية": one
    unit of time, with its article where the language has one ("an hour" alone states nothing), and
    "and" before a spell in a smaller unit of its family are one spell, as "1 hour and 23 minutes" is; a qualifier written
    after the spell bounds the whole ("ساعة و45 دقيقة تقريباً")."""
    if q.kind is not DURATION or q.is_range or q.unit not in SPELL_UNITS or (
        q.qualifier is not None and not q.text.rstrip().endswith(q.qualifier)
    ):
        return q
    at = max(left, q.start - 40)
    m = _UNIT_AND_BEFORE.search(text[at : q.start])
    lex = lexicon(q.lang)
    if m is None or normalize(m.group(3)) not in lex.and_words:
        return q
    if _point_in_time_after(text, q, lex):
        return q  # "The strike lasted a week and 3 days later talks resumed": a point in time after the spell
    unit = lex.values["DUR"].get(normalize(m.group(2)))
    before = normalize(m.group(1).strip()) if m.group(1) is not None else ""
    article = before in lex.values["INDEF"]
    # (with no article, after a preposition or nothing: "за час и", not "в прошлом году и 3 месяца"; or in a form that
    # states one unit after a verb: "заняла час и 20 минут", "استغرقت دقيقة و45 ثانية", not "каждый час и 20 минут")
    alone = not lex.values["INDEF"] and (not before or before in lex.prepositions or _one_unit_after_verb(lex, m.group(2), before))
    if unit not in SPELL_UNITS or not (article or alone) or not isinstance(q.value, Decimal):
        return q
    (big, family), (small, kin) = SPELL_UNITS[str(unit)], SPELL_UNITS[str(q.unit)]
    if family != kin or not small < big or not 0 <= q.value * small < big:
        return q
    begin = at + (m.start(1) if article else m.start(2))
    if _amount_ends_before(text, begin, 0, lex):
        return q  # "$2 an hour and 30 minutes are free", "5 euros an hour and ...": a rate, then the spell
    return replace(q, value=big // small + q.value, start=begin, text=text[begin : q.end])


def _one_unit_after_verb(lex: Lexicon, unit: str, before: str) -> bool:
    """Whether a unit of time in a form that states one (``one_unit_forms``: ``forms``) follows a word that may be a verb:
    none of ``not_after`` nor with an ending of ``not_after_endings`` (an adjective's, a determiner's: "Рабочий день и 3
    часа", "весь день и 2 часа")."""
    forms = lex.one_unit_forms
    return bool(forms) and normalize(unit) in forms["forms"] and before not in forms.get("not_after", ()) and not (
        before.endswith(tuple(forms.get("not_after_endings", ()))))


def _joins_spell(text: str, first: Quantity, then: Quantity) -> str:
    """How ``then`` may continue the spell ``first``: "and" (nothing or the language's "and" between),
    "comma", or "" (it may not: another family, a unit no smaller, a part as large as one of the unit
    before, a qualifier of its own)."""
    if not (
        first.kind is DURATION and then.kind is DURATION and then.qualifier is None
        and not first.is_range and not then.is_range and isinstance(then.value, Decimal)
        and first.unit in SPELL_UNITS and then.unit in SPELL_UNITS
    ):
        return ""
    (big, family), (small, kin) = SPELL_UNITS[str(first.unit)], SPELL_UNITS[str(then.unit)]
    if family != kin or not small < big or not 0 <= then.value * small < big:
        return ""
    gap = normalize(text[first.end : then.start]).strip()
    if gap == "" or gap in lexicon(then.lang).and_words:
        return "and"
    return "comma" if gap in _COMMAS else ""


def _says_respectively(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the sentence around ``text[start:end]`` says "respectively" (``respectively_words``),
    looking at most a long sentence's length either way (not from the document's start each time)."""
    sentence = _sentence_around(text, start, end)
    return any(w in sentence for w in lex.respectively_words)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` as lookup keys (:func:`normalize`)."""
    left, right = _sentence_bounds(text, start, end)
    return normalize(text[left:right])


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around ``text[start:end]`` starts and ends, looking at most a long sentence's length either
    way (not from the document's start each time)."""
    reach = max(0, start - _LONGEST_SENTENCE)
    left = max((m.end() for m in _SENTENCE_STOP.finditer(text, reach, start)), default=reach)
    right = _SENTENCE_STOP.search(text, end, end + _LONGEST_SENTENCE)
    return left, right.start() if right else min(len(text), end + _LONGEST_SENTENCE)


_SENTENCE_STOP = lazy(r"[.;!?؟](?:\s|$)")
_LONGEST_SENTENCE = 400


_SMALL_WHOLE = 100
_SHARE_WHOLE = 1000  # the largest whole of a share ("un Français sur mille")...
_ODDS_WHOLE = 10**9  # ...and of odds ("une chance sur un million")


def _one_in(text: str, found: list[Quantity], lang: str, start: int) -> list[Quantity]:
    """ "Un Français sur trois", "Quasi un pensionato su tre", "Een vlucht op de vier", "One American
    in five": one, a noun of a word or two, a word of ratio (``ratio_words``, ``ratio_words_after_one``)
    and a whole number is a share, 1/N, as "one in five" is; so with a number spelled out up to ten,
    smaller than N, in a language whose plural nouns after N tell a count apart (``noun_plural_endings``):
    "Deux Français sur trois", "Quasi sei consumatori su dieci", "7 Français sur 10". Only where the
    number opens the sentence or clause, after a qualifier, "and" or a word of "only" or not ("Près
    d'un vol sur quatre", "…, et un enfant sur quatre", "Solo un candidato su dieci"): after a verb
    "sur", "su" also mean "on", "about" ("une enquête sur trois meurtres", "un'indagine su tre omicidi").
    With no noun between, a number over one before a word of ``ratio_words_after_any`` and a word that
    is no unit is a share too: "Two in five adults"; anywhere in a language whose verb comes first
    ("يعاني ثلاثة من كل عشرة أطفال"), elsewhere where the number opens the clause. Not with a unit of measure
    between (``measure_words``, but those read only for some values), unless both numbers are spelled out ("Trois hectares
    sur quatre", "Tre ettari su quattro" are shares): "5 liter op 100 kilometer" is a rate of fuel
    ("2 metro su 4 chiuse", lines of the underground, a share). A noun of chance (``odds_nouns``) makes one and it odds
    of any whole after any word: "Il y a une chance sur 2 700", "c'è una probabilità su 10.000"."""
    lex = lexicon(lang)
    ratio_ends = _ratio_ends(lang)
    out: list[Quantity] = []
    for q in found:
        m, n = None, q.value
        if (q.kind in (NUMBER, COUNT) and q.unit is None and q.scale is None and q.qualifier is None
                and not q.is_range and isinstance(n, Decimal) and n == n.to_integral_value() and 2 <= n <= _ODDS_WHOLE
                and _word_before(text, q, start) in ratio_ends):
            pattern = _one_in_pattern(lang)  # (compiled only where a word of ratio stands before a figure)
            m = pattern.search(text, max(start, q.start - 64), q.start) if pattern is not None else None
        noun = normalize(m.group("noun") or "") if m is not None else ""
        spelled = m is not None and not _DIGIT.search(q.text) and not _DIGIT.search(m.group("one"))
        if m is None or (noun in lex.categories and (_SCHEDULE.isdisjoint(lex.categories[noun]) or (
                "WEEKDAY" in lex.categories[noun] and not _ends_or_an_article_after(text, q.end, lex))) and not (
                "CUR_WORD" in lex.categories[noun] and (spelled or not _DIGIT.search(m.group("one")))
                and not _counts_the_noun_after(text, q.end, lex, n))) or (
            noun in lex.measure_words and noun not in lex.measure_word_values and not spelled) or (
            noun and _counts_after(text, q, lex)
        ) or _measure_pattern(lang).match(text, q.end) is not None:
            # "un an sur trois", "one day in two" and "un lundi sur deux" are shares, and so is "Un euro sur trois" (one written
            # as a word, and the whole counting no noun: "un euro su tre tratte regionali" is a euro on three lines);
            # "5 liter op 100 kilometer" a rate, and "een appartement op
            # 200 meter van het strand" a distance: no whole is measured in a unit
            out.append(q)
            continue
        written = m.group("one")
        odds = noun in lex.odds_nouns  # "une chance sur 2 700", "una probabilità su 10.000": odds, of any whole, anywhere
        numerator = int(written) if written.isdigit() else lex.values["NUMWORD"].get(normalize(written), 1)
        if not odds and isinstance(n, Decimal) and n > _SHARE_WHOLE and not (
                numerator == 1 and noun and _word_after_in(text, q, lex.verbs_after_figures)):
            # (one and a noun, then a verb after the whole, is a share of any whole: "Une personne sur 2 500 est atteinte",
            # "One person in 2,500 has it"; not "un sondaggio su 1.000 persone")
            out.append(q)
            continue
        if not isinstance(numerator, int) or not isinstance(n, Decimal) or numerator >= n or (
            numerator > 1 and not share_whole(in_figures(q.text), n, lex.mark_wholes)
        ):
            out.append(q)  # "Three men in two cars"; "7 élèves sur 12" are two counts (parse: ratio)
            continue
        if noun:
            # "Two people in five cities" (no plural to tell a noun by); after a verb, "sur", "su" also
            # mean "on", "about" ("une enquête sur trois meurtres"), which the plural noun after tells
            # where the language has one: so one and a noun are a share anywhere there ("In Italia un comune
            # su cinque è a rischio", "dans plus d'une station sur dix"), over a small whole (not a survey's
            # size: "secondo un sondaggio su 1.000 persone", whose Italian plural ends as singulars do)
            # (a number over one too where the clause ends after the whole: "Les 18-25 ans ont acheté trois billets sur
            # dix.", where "trois enquêtes sur dix meurtres" counts the murders)
            # (a word of ratio that makes a share after a number and a noun whatever the number, ``ratio_words_after_nouns``:
            # "تسع أسر من كل عشر", "7 people out of 10"; not "in", "su", "من" alone, which also mean "in", "on", "from")
            strong = normalize(m.group("ratio")) in lex.ratio_words_after_nouns
            # (or a preposition follows the whole, which no noun it counts does: "rappresentano sette brani su dieci nella
            # Top 50")
            declined = not odds and not strong and ((numerator > 1 and not lex.noun_plural_endings) or (
                m.group("opens") is None and not (lex.noun_plural_endings and n < _SMALL_WHOLE and (
                    numerator == 1 or _CLAUSE_END_AFTER.match(text, q.end) is not None
                    or ((after := _NEXT_WORD.match(text, q.end)) is not None and normalize(after.group(1)) in lex.prepositions)))))
        else:
            # "Two in five adults" (the grammar reads "one in five"), not "2 in 10 minutes"; after a word
            # only where the verb comes first ("يعاني ثلاثة من كل عشرة أطفال"): elsewhere the number is the
            # verb's object ("scored 7 in 10 games", "rose 2 in 5 sessions")
            declined = numerator < 2 or not _share_before_noun(text, q, lex, m.group("ratio")) or (
                m.group("opens") is None and not lex.verb_first)
        if declined:
            out.append(q)
            continue
        begin = m.start("qualifier") if m.group("qualifier") else m.start("one")
        qualifier = m.group("qualifier").rstrip() or None
        bound = _bound_of(lex, qualifier)
        while out and out[-1].end > begin:
            out.pop()  # "One" read alone
        assert isinstance(n, Decimal)  # (checked above, with the pattern's search)
        out.append(replace(q, kind=NUMBER, value=Decimal(numerator) / n, start=begin, text=text[begin : q.end],
                           bound=bound, qualifier=qualifier, noun=None, precision=Decimal(0)))
    return out


def _ends_or_an_article_after(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the clause ends at ``at`` or an article follows: "Un lundi sur deux, la collecte", "Un lunedì su due la
    raccolta salta" (not "Un lunedì su due ruote", on two wheels)."""
    after = _NEXT_WORD.match(text, at)
    return _CLAUSE_END_AFTER.match(text, at) is not None or (after is not None and normalize(after.group(1)) in lex.values["ARTICLE"])


def _every_nth(text: str, found: list[Quantity], lang: str, start: int, end: int, folded: str) -> list[Quantity]:
    """ "каждый пятый житель", "каждая третья семья", "every fifth American", "elke vijfde Nederlander":
    a word of every (``every_words``) and an ordinal (``every_ordinals``) is a share, 1/N, as "one in
    five" is; with a qualifier before it, bounded ("почти каждый пятый"). Not before a unit of time or a
    weekday: "каждый пятый год", "every fifth year", "every third Thursday" say how often."""
    pattern = _every_pattern(lang)
    if pattern is None:
        return found
    if not any(word in folded for word in _every_words(lang)):
        return found  # (the pattern, case-blind and led by a look-behind, is tried at every position of the text)
    lex = lexicon(lang)
    added = []
    for m in pattern.finditer(text, start, end):
        n = _every_ordinal(lex, lex.fold(m.group("ord")))
        stop = m.end()
        after = _NEXT_WORD.match(text, stop)
        tens = lex.values["NUMWORD"].get(lex.fold(m.group("ord")))
        if n is None and tens in TENS and after is not None and (unit := _every_ordinal(lex, lex.fold(after.group(1)))):
            n, stop = tens + unit, after.end()  # "каждый двадцать пятый выпускник": a compound ordinal, 1/25
            after = _NEXT_WORD.match(text, stop)
        if n is None or n == 1 or (after is not None and not _SCHEDULE.isdisjoint(lex.categories.get(lex.fold(after.group(1)), ()))):
            continue  # "every fifth year", "каждую третью субботу": how often ("каждый первый": everyone)
        before = _every_qualifier(lang).search(text, max(start, m.start() - 40), m.start())
        qualifier = before.group(1) if before is not None else None
        bound = _bound_of(lex, qualifier)
        begin = before.start(1) if before is not None else m.start()
        added.append(Quantity(NUMBER, Decimal(1) / n, begin, stop, text[begin:stop], lang,
                              bound=bound, qualifier=qualifier))
    return _with_added(found, added)


@cache
def _of_words(lang: str) -> frozenset[str]:
    """The words of "of" and the partitive but articles, without an elision's apostrophe ("dell'" as "dell")."""
    lex = lexicon(lang)
    return frozenset(w.rstrip("'’") for w in (*lex.values["OF"], *lex.partitive) if w not in lex.values["ARTICLE"])


def _glued_numbers(text: str, found: list[Quantity], lang: str, start: int, end: int, folded: str) -> list[Quantity]:
    """ "трёхлетний контракт", "пятипроцентный барьер", "трёхкратный рост", "вдвое больше", "een
    vijfjarig contract", "a fourfold rise": a number written onto a word of time, percent or times in one
    word (``glued_numbers``) states a spell, a percent or a multiple, as "a three-year contract" and "a
    5-percent threshold" do; with a qualifier before it, bounded ("почти двухмесячная норма")."""
    pattern = _glued_pattern(lang)
    if pattern is None:
        return found
    if not any(word in folded for word in _glued_words(lang)):
        return found  # (the pattern, case-blind and led by a look-behind, is tried at every position of the text)
    lex = lexicon(lang)
    added = []
    for m in pattern.finditer(text, start, end):
        if any(normalize(text[m.start() : m.start() + len(f)]) == f for f in lex.fixed_phrases):
            continue  # "Столетняя война", "de Zesdaagse Oorlog": a name
        if m.group()[:1].isupper() and not _at_sentence_start(text, m.start(), start):
            continue  # "De Zesdaagse van Rotterdam": a name
        if m.groupdict().get("whole") is not None:
            whole = _glued_key(lang, "glued_whole", m.group("whole"))
            if whole is None:
                continue  # (a form the case-blind pattern takes that no key folds to: "twıce")
            value, what = lex.glued_whole[whole], "times"
            marks = lex.glued_whole_marked.get(whole)
            mark = _NEXT_WORD.match(text, m.end()) if marks is not None else None
            then = _NEXT_WORD.match(text, mark.end()) if mark is not None else None
            marked = normalize(mark.group(1)) if mark is not None else ""
            marked = marked[: marked.index("'") + 1] if "'" in marked else marked  # ("dell'obiettivo": "dell'")
            if marks is not None and marked not in marks:  # ("أي ضعف سعره": its price, a pronoun written onto the noun)
                marked = next((marked[: -len(s)] for s in lex.possessive_suffixes if marked.endswith(s) and marked[: -len(s)] in marks), marked)
            phrase = _phrase_before_whole(text, m, start, lex, whole) if marks is not None else None
            if phrase is not None and (_CLAUSE_ENDS_HERE.match(text, m.end()) is not None or _then_a_time(text, m.end(), lex)
                                       or _then_a_name(text, m.end(), lex)):
                # "l'Europe plus du double.", "la Germania quasi il doppio.", "Europe gave more than double.": a multiple
                # of the amount before, its comparison left out (and a time or a place after it: "à plus du double en juin",
                # "390 euro a Milano e quasi il doppio a Napoli")
                begin, bound = phrase
                added.append(Quantity(NUMBER, value, begin, m.end(), text[begin : m.end()], lang, bound=bound,
                                      qualifier=text[begin : m.start()].rstrip(), precision=Decimal("0.5")))
                continue
            if marks is not None and (mark is None or marked not in marks or (
                    then is not None and marked.rstrip("'’") not in _of_words(lang) and _time_phrase(text, then, lex))):
                continue  # "was arrested twice", "twice the following week": how often ("twice as many", "twice the size";
                # "il triplo dell'anno prima" is a multiple of the year before's)
            if mark is not None and then is not None and normalize(mark.group(1)) in lex.values["OF"] and then.group(1)[:1].isupper():
                continue  # "le double de Jean-Paul Belmondo", "il doppio di Wimbledon": a stand-in, a match of doubles
            not_after = lex.glued_whole_not_after.get(whole, frozenset())
            only_after = lex.glued_whole_only_after.get(whole)
            not_before = lex.glued_whole_not_before.get(whole)
            if not_before is not None and _before_a_word_of(text, m.end(), not_before):
                continue  # "The hall doubled as a hospital", "doubled down", "doubled the lead": a verb of no multiple
            if only_after is not None:
                words = _WORDS.findall(normalize(text[max(start, m.start() - 32) : m.start()]))
                size = next((n for n in (1, 2, 3) if len(words) >= n and " ".join(words[-n:]) in only_after), 0)
                if not size or (len(words) > size and words[-size - 1] in not_after
                                and " ".join(words[-size:]) in lex.qualifier_bounds):  # (not "will be double the estimate")
                    # "ضعف الاقتصاد": the economy's weakness (not "بنحو الضعف", about double); "Doctors often double the
                    # dose", "could more than double its revenue": a verb
                    continue
        else:
            word = _glued_key(lang, "glued_words", m.group("w"))
            stem_value = _glued_stem_value(lang, m.group("n"))
            if stem_value is None or word is None:
                continue
            value, what = stem_value, lex.glued_words[word]
            not_after = frozenset()
        kind, unit = ((NUMBER, None) if what == "times" else (PERCENT, "percent") if what == "percent"
                      else (DURATION, what) if what in SPELL_UNITS else (MEASURE, what))  # ("двухкилометровый тоннель")
        probe = Quantity(kind, value, m.start(), m.end(), m.group(), lang)
        if not_after and _word_before(text, probe, start) in not_after:
            continue  # "hit a double the next inning": a noun
        low = _glued_range_start(text, m, start, lex)
        if what == "times" and m.groupdict().get("whole") is None and low is None and not (
            _after_change(text, probe, start, by=True) or _word_after_in(text, probe, lex.multiple_after)
            or ((after := _NEXT_WORD.match(text, m.end())) is not None and normalize(after.group(1)).startswith(lex.change_nouns))
        ):
            continue  # "The aim is twofold", "трёхкратный чемпион": no multiple of an amount (not "grew tenfold", "a fourfold rise")
        share = what == "times" and (_word_after_in(text, probe, lex.multiple_less) or _after_decrease(text, probe, start, lex))
        if share:
            value = 1 / value  # "вдвое меньше": a half
        if low is not None:  # "twee- tot driejarige", "two- to threefold": a range
            added.append(Quantity(kind, low[0], low[1], m.end(), text[low[1] : m.end()], lang, unit=unit, range_to=value,
                                  precision=Decimal("0.5")))
            continue
        before = _every_qualifier(lang).search(text, max(start, m.start() - 40), m.start())
        qualifier = before.group(1) if before is not None else None
        begin = before.start(1) if before is not None else m.start()
        bound = _bound_of(lex, qualifier)
        if before is None and m.groupdict().get("whole") is not None and (
                phrase := _phrase_before_whole(text, m, start, lex, _glued_key(lang, "glued_whole", m.group("whole")) or "")):
            begin, bound = phrase  # "ruim het dubbele van de raming", "plus du double de"
            qualifier = text[begin : m.start()].rstrip()
        stop = m.end()
        if unit == "percent" and (point := _NEXT_WORD.match(text, stop)) is not None and (
                normalize(point.group(1)) in lex.points_words):
            kind, unit, stop = PERCENT, "percentage_point", point.end()  # "на полпроцентного пункта": half a point
        if before is None and m.groupdict().get("whole") is not None and (after := _qualifier_after_a_verb(text, stop, lex)):
            stop, qualifier = after.end(), after.group(1)  # "Het aantal verdubbelde bijna": the verb put before its adverb
            bound = _bound_of(lex, qualifier)
        # (a share left, or a verb of halving: "more than halved" leaves less than a half)
        turned = share or (what == "times" and value < 1)
        added.append(Quantity(kind, value, begin, stop, text[begin:stop], lang, unit=unit,
                              bound=_TURNED_OVER.get(bound, bound) if turned else bound, qualifier=qualifier,
                              precision=Decimal("0.5")))  # ("сократился более чем вдвое": less than a half is left)
    return _with_added(found, added)


def _qualifier_after_a_verb(text: str, end: int, lex: Lexicon) -> regex.Match[str] | None:
    """A qualifier of ``whole_qualifiers_after`` right after the verb of a multiple that ends at ``end``, where a
    sentence puts its finite verb before its adverbs and no figure follows, which the qualifier would bound: "Het aantal
    verdubbelde bijna", "De prijs verdrievoudigde ruim, van 8 naar 25 euro" (not "verdubbelde ruim 5 miljoen")."""
    after = _NEXT_WORD.match(text, end) if lex.glued_whole_qualifiers_after else None
    if after is None or normalize(after.group(1)) not in lex.glued_whole_qualifiers_after or _a_figure_next(text, after.end(), lex):
        return None
    return after


def _a_figure_next(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a figure, or a number word, stands in the two words after ``end``."""
    m = _WORD_AND_NEXT.match(text, end)
    return bool(m.group(3)) or (m.group(1) is not None and (
        not _NUMBER_WORDS.isdisjoint(lex.classify("word", lex.fold(m.group(1)))) or (m.group(2) or "")[:1].isdigit()))


def _before_a_word_of(text: str, end: int, words: frozenset[str]) -> bool:
    """Whether the word after ``end``, or the two, are one of ``words``."""
    after = _WORDS.findall(normalize(text[end : end + 40]))[:2]
    return bool(after) and (after[0] in words or " ".join(after) in words)


def _then_a_time(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a preposition and a month or a year follow ``end``, ending the clause: "en juin.", "a giugno,", "in 2024."."""
    m = _PREPOSITION_AND_TIME.match(text, end)
    if m is None or normalize(m.group(1)) not in lex.prepositions:
        return False
    when = m.group(2)
    return (when.isdigit() and int(when) in CALENDAR_YEARS) or "MONTH" in lex.classify("word", lex.fold(normalize(when)))


_PREPOSITION_AND_TIME = lazy(r"[ \u00a0]+(\p{L}+)[ \u00a0]+(\p{L}+|\d{4})(?=\s*(?:[,.;:!?)]|$))")


def _then_a_name(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a preposition and a name (a capitalised word) follow ``end``: "quasi il doppio a Napoli"."""
    words = _ELIDED_WORDS.findall(text, end, min(len(text), end + 32))[:2]
    return len(words) == 2 and normalize(words[0][1]) in lex.prepositions and words[1][1][:1].isupper()


def _phrase_before_whole(text: str, m: re.Match[str], start: int, lex: Lexicon, whole: str) -> tuple[int, Bound] | None:
    """Where a phrase of ``whole_at_clause_end`` (a qualifier and its article) right before a multiple in one word
    starts, and the bound it sets: "plus du double", "quasi il doppio", "ruim het dubbele van"."""
    phrases = lex.glued_whole_at_clause_end.get(whole)
    if not phrases:
        return None
    words = list(_WORDS.finditer(text, max(start, m.start() - 32), m.start()))
    for n in (3, 2, 1):
        if len(words) >= n and text[words[-1].end() : m.start()].strip() == "" and (
                bound := phrases.get(normalize(" ".join(w.group() for w in words[-n:])))) is not None:
            return words[-n].start(), Bound(bound)
    return None


def _spelled_in_a_name(text: str, q: Quantity, start: int) -> bool:
    """Whether a number word is written with a capital inside a sentence, after a word in lower case: a name's,
    "Ten Hag's side", "Burger chain Five Guys", "Vodafone and Three have promised", "Il 5G di Tre copre" (not a
    headline in title case, "Police Say Five Killed", nor the start of a sentence, "Five Guys raised prices")."""
    if not q.text[:1].isupper() or any(ch.isdigit() for ch in q.text):
        return False
    before = _ANY_PREV_WORD.search(text, max(start, q.start - 32), q.start)
    return before is not None and before.group(1)[:1].islower() and not _at_sentence_start(text, q.start, start)


def _at_sentence_start(text: str, at: int, start: int) -> bool:
    """Whether only spaces and opening marks stand between ``at`` and the start of its sentence."""
    before = text[max(start, at - 8) : at].rstrip(" \u00a0«\"“(")
    return not before or before[-1] in _SENTENCE_END


def _glued_key(lang: str, table: str, written: str) -> str | None:
    """The key of ``table`` (a ``glued_numbers`` table of the lexicon) that ``written``, matched by the case-blind
    pattern, stands for: the pattern folds case as :func:`_case_blind` does ("twıce" matches "twice"), which
    ``normalize`` does not; None where no key folds so."""
    key = normalize(written)
    keys = getattr(lexicon(lang), table)
    return key if key in keys else _glued_keys_folded(lang, table).get(_case_blind(written))


def _glued_stem_value(lang: str, written: str) -> Decimal | None:
    """The number the stems of ``glued_numbers`` written in ``written`` make: one stem ("трёх", 3), or stems of hundreds,
    tens and ones in that order, each below the one before it by a power of ten ("восьмидесяти|пяти", 85; "двадцати|пяти"
    is 25 too); None where they make no number ("пяти|пяти")."""
    stem = _glued_key(lang, "glued_stems", written)
    lex = lexicon(lang)
    if stem is not None:
        return lex.glued_stems[stem]
    keys = [_glued_key(lang, "glued_stems", p) for p in _glued_stem_parts(lang).findall(written)]
    parts = [k for k in keys if k is not None]
    if len(parts) < 2 or len(parts) != len(keys) or "".join(parts) != normalize(written):
        return None
    values = [lex.glued_stems[p] for p in parts]
    if any(v != v.to_integral() or later >= 10 ** (len(str(int(v))) - 1) or v % 10 ** (len(str(int(v))) - 1)
           for v, later in pairwise(values)):
        return None  # (each but the last a round number of tens or hundreds above the rest: "сорока|пяти", not "пяти|сорока")
    return sum(values, Decimal(0))


@cache
def _glued_stem_parts(lang: str) -> re.Pattern[str]:
    """One stem of ``glued_numbers`` at a time, the longest first."""
    return compile_cached(_alternatives(lexicon(lang).glued_stems), re.IGNORECASE)


@cache
def _glued_keys_folded(lang: str, table: str) -> dict[str, str]:
    return {_case_blind(key): key for key in getattr(lexicon(lang), table)}


def _glued_range_start(text: str, m: re.Match[str], start: int, lex: Lexicon) -> tuple[Decimal, int] | None:
    """The first end of "twee- tot driejarige", "two- to threefold", "двух-трёхлетний": a stem of
    ``glued_numbers`` and a hyphen, then a word of "to" or nothing, right before the match, with where
    it starts."""
    if m.groupdict().get("n") is None:
        return None
    before = _GLUED_LOW.search(text, max(start, m.start() - 32), m.start())
    if before is None or (before.group(2) is not None and normalize(before.group(2)) not in lex.values["TO"]):
        return None
    low = lex.glued_stems.get(normalize(before.group(1)))
    high = _glued_key(lex.lang, "glued_stems", m.group("n"))
    return (low, before.start(1)) if low is not None and high is not None and low < lex.glued_stems[high] else None


_GLUED_LOW = lazy(r"(?<!\w)(\w+)-(?:\s+(\w+)\s+)?$")


def _decades(text: str, found: list[Quantity], lang: str, start: int, end: int, folded: str) -> list[Quantity]:
    """ "the 1990s", "the '60s", "les années 1990", "negli anni Novanta", "de jaren negentig", "в 1990-е
    годы", "في التسعينيات": a decade is the range of its ten years, 1990 to 1999 (a year with a word of
    decades before it, ``decade_words``, or a suffix after it, ``decade_suffixes``; Arabic nouns of decades,
    ``decade_nouns``). A decade written with two figures is of the 1900s from the thirties on, of the
    2000s for "'00s" and "'10s"; "the '20s" may be either and is read as nothing, and so are "the
    1900s" and "the 2000s", which may be a century."""
    pattern = _decade_pattern(lang)
    if pattern is None:
        return found
    if not any(word in folded for word in _decade_words(lang)):
        return found  # ("anni" is no "negli anni": the pattern is case-blind, and tried at every position)
    lex = lexicon(lang)
    added = []
    for m in pattern.finditer(text, start, end):
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        if "noun" in groups:
            tens, century = lex.decade_nouns[normalize(groups["noun"])], None
        elif "word" in groups:
            value = lex.values["NUMWORD"].get(lex.fold(normalize(groups["word"])))
            if value is None:
                continue  # (a letter the pattern's case-blind match takes for another: "tachtıg", a dotless i)
            tens, century = int(value), None
        else:
            tens, century = int(groups.get("t1") or groups["t2"]), groups.get("c1") or groups.get("c2")
        d = next(k for k in ("d1", "d2", "d3") if k in groups)
        # "negli anni '60 e '70", "de jaren vijftig en zestig", "les années 1920 et 1930": a second decade of the same noun
        pair = _decade_pair(lang).match(text, m.end(d)) if d == "d1" else None
        if pair is not None and pair["word"] is not None and lex.values["NUMWORD"].get(lex.fold(normalize(pair["word"]))) is None:
            pair = None
        if pair is not None and ((unit := _NEXT_WORD.match(text, pair.end())) is not None and not _MEASURES.isdisjoint(
                lex.categories.get(lex.fold(normalize(unit.group(1))), ())) or text[pair.end() : pair.end() + 2].strip()[:1] in ("%", "٪")):
            pair = None  # "In de jaren vijftig en 60 procent van de woningen": a figure of its own
        if pair is not None and _count_noun_next(text, pair.end(), lex):
            pair = None  # "les années 60 et 70 salariés": a count
        if pair is None and _YEAR_LISTED_AFTER.match(text, m.end(d)):
            # "les années 2020 et 2021", "gli anni 2010-2015": years listed, no decade; the first is read here, as the
            # reading of the text passes over a decade's word and figure
            if century is not None and m.group(d).isdigit():
                added.append(Quantity(YEAR, Decimal(m.group(d)), m.start(d), m.end(d), m.group(d), lang, precision=Decimal(0)))
            continue
        before = _WORDS.findall(normalize(text[max(start, m.start(d) - 32) : m.start(d)]))[-3:]
        after = _WORDS.findall(normalize(text[m.end(d) : m.end(d) + 32]))[:3]
        if after and after[0] in lex.decade_not_before:
            continue  # "Россия поднялась на 70-е место": a rank
        if d == "d1" and m.group(d)[:1].isdigit() and _count_noun_next(text, m.end(d), lex):
            # "negli ultimi anni 50 aziende hanno chiuso": a count after a word of years, no decade; read here, as the
            # reading of the text passes over a decade's word and figure (not a figure after an apostrophe, which only a
            # decade is written with: "In de jaren '80 trokken films")
            added.extend(r for r in extract_span(text, lang, m.start(d), min(end, m.end(d) + 48)) if r.start == m.start(d))
            continue
        # "в 1960–1970-е годы", "в 60–70-е годы", "the 1960-70s": the two decades and those between
        low = _DECADE_BEFORE_DASH.search(text, max(start, m.start(d) - 6), m.start(d)) if d == "d2" else None
        owned = f" {' '.join(_WORDS.findall(normalize(text[max(start, m.start(d) - 40) : m.start(d)]))[-4:])} "
        if century is None and text[m.start(d) - 1 : m.start(d)] == "-" and low is None and not any(
                f" {p} " in owned for p in lex.decade_age_owners):
            continue  # "the mid-30s": a decade of two figures after "mid-" is as often a heat or an age ("mid-1990s" is one;
            # "in his mid-40s" an age)
        if century is None and _CURRENCY_SIGN_END.search(text, max(start, m.start(d) - 2), m.start(d)):
            continue  # "trading in the mid-$80s", "the high €90s": a price's tens, no decade
        if century is None and tens and low is None and (
                any(f" {p} " in owned for p in lex.decade_age_owners) or not lex.decade_age_words_after.isdisjoint(after)):
            # "in their 30s", "في الثلاثينيات من عمرها": an age, the ten years of it
            added.append(Quantity(DURATION, Decimal(tens), m.start(d), m.end(d), m.group(d), lang, unit="year",
                                  range_to=Decimal(tens + 9)))
            continue
        if century is None and not lex.decade_age_words.isdisjoint(before):
            continue  # "temperatures in the 40s", "in the low 30s": a heat, or an age or a poll's share
        if "noun" in groups and lex.decade_nouns_ages_only:
            continue  # "in the forties" may be a heat, a poll's share, a score ("hover in the forties", "out in the nineties")
        if d == "d2":
            written = normalize(m.group(d))
            glued = "-" not in written and "‐" not in written
            if glued and written[:1] != "'" and m.group("c2") is None and (
                prev := _ANY_PREV_WORD.search(text, max(start, m.start(d) - 24), m.start(d))
            ) is not None and prev.group(1)[:1].isupper() and normalize(prev.group(1)) not in lex.values["ARTICLE"]:
                continue  # "the 737 MAX 10s": a model's plural ("В 90-е годы" is a decade)
            if glued and (written.endswith("'s") or (century is None and written[:1] != "'")) and not any(
                w in lex.values["ARTICLE"] for w in before[-2:]
            ):
                # "2020's 23.6 million" (its), "737 MAX 10s": a decade with "'s", or two bare figures and a
                # suffix written on, only after an article ("the 1990's", "in the early 90s"; "90-е годы" is one)
                continue
        first = _decade_start(tens, century, m.group(d))
        if first is None and century is not None and tens == 0 and (
                low is not None or (century in ("19", "20") and (d == "d1" or "-" in m.group(d)))):
            # ("в 1990–2000-е годы": after a decade, the 2000s are one; and after a word of decades or with a suffix
            # after a hyphen, the 1900s and the 2000s, which name no century there: "les années 2000", "negli anni
            # 2000", "в 2000-е годы"; "les années 1800" may be the century, and stays a year)
            first = int(century) * 100
        if first is None:
            continue
        # (the 2000s before the 2010s are a decade: "в 2000–2010-е годы")
        low_start = (None if low is None else int(low["c"]) * 100 + int(low["t"]) if low["c"]
                     else _decade_start(int(low["t"]), century, low.group()))
        a, value = (low.start(), low_start) if low is not None and low_start is not None and low_start < first else (m.start(d), first)
        added.append(Quantity(YEAR, Decimal(value), a, m.end(d), text[a : m.end(d)], lang, range_to=Decimal(first + 9),
                              precision=Decimal(0)))
        if pair is not None:
            tens = int(lex.values["NUMWORD"][lex.fold(normalize(pair["word"]))]) if pair["word"] else int(pair["t"])
            # (the second's century is the first's where it is not written: "les années 1960 et 70")
            second = _decade_start(tens, pair["c"] or century, pair["d"])
            if second is not None and second > first:
                added.append(Quantity(YEAR, Decimal(second), pair.start("d"), pair.end("d"), pair["d"], lang,
                                      range_to=Decimal(second + 9), precision=Decimal(0)))
    return _with_added(found, added)


def _decade_start(tens: int, century: str | None, written: str) -> int | None:
    """The first year of a decade of ``tens`` (and ``century``, where written), or None where the figures do not tell
    one: "the 1900s", "the 2000s" may be a century; "the '20s", "les années 10" the 1920s or the 2020s ("the '10s" are
    the 2010s)."""
    if century is not None:
        return None if tens == 0 else int(century) * 100 + tens
    if tens in (10, 20) and not (tens == 10 and written[:1] in "'’"):
        return None
    return (2000 if tens < 20 else 1900) + tens


# What a figure measures, after it: a second decade's figure before one is a figure of its own.
_MEASURES = frozenset({"PCT", "CUR_WORD", "CUR_AFTER", "CUR_SIGN", "DUR", "SCALE", "PP", "BP", "SUBUNIT"})
# A decade's figure and a dash right before another's with its suffix: "1960–" of "1960–1970-е".
_DECADE_BEFORE_DASH = lazy(r"(?<![\w.,'’])['’]?(?P<c>1[89]|20)?(?P<t>[0-9]0)[-‐–—]$")


@cache
def _decade_pair(lang: str) -> regex.Pattern[str]:
    """ "e '70", "en zestig", "et 1930": a second decade after a decade's word and figure, and "and"."""
    lex = lexicon(lang)
    tens = [f for f, v in lex.values["NUMWORD"].items() if v in range(30, 100, 10)]
    return lazy(rf"[ \u00a0]+(?:{_alternatives(lex.values['AND'])})[ \u00a0]+(?P<d>['’]?(?:(?P<c>1[89]|20)?(?P<t>[0-9]0)"
                         rf"(?![\d%\w]|[.,]\d)|(?P<word>{_alternatives(tens)})(?![\w-])))", regex.IGNORECASE)


def _fiscal_years(text: str, found: list[Quantity], lang: str, start: int, end: int, folded: str) -> list[Quantity]:
    """ "FY25", "FY2025", "FY 2025", "1H25": the year of financial copy written after the mark of a fiscal year
    (``fiscal_year_marks``) or onto a half-year's (``half_year_marks``, after the half's figure), two figures
    for a year of the 2000s below 70 and of the 1900s from 70 on (:func:`_year_of`); a fiscal year over two calendar
    years ("FY24/25", "FY2024-25") is their range. Neither a name's figure ("FY25" is written as "H20" is) nor a spell
    of 1 h 25 min."""
    pattern = _fiscal_pattern(lang)
    if pattern is None or not any(mark in folded for mark in _fiscal_marks(lang)):
        return found  # (the pattern is tried at every position; most paragraphs hold no mark)
    added = []
    for m in pattern.finditer(text, start, end):
        first = _year_of(m["year"] or m["half"])
        last = _year_of(m["last"], first) if m["last"] else None
        if last is not None and last != first + 1:
            continue  # ("FY24/26": no fiscal year)
        added.append(Quantity(YEAR, Decimal(first), m.start(), m.end(), m.group(), lang,
                              range_to=Decimal(last) if last is not None else None))
    return _with_added(found, added)


def _elided_years(text: str, found: list[Quantity], lang: str, start: int) -> list[Quantity]:
    """ "Nato nel '32", "In '45 was de oorlog voorbij", "born in '32", "dal '45 al '48": two figures after an apostrophe
    and a word after which a bare year stands (``bare_years_after``) are a year of the 1900s from '30 on, and below of
    the 2000s, as news copy means them ("Nel '24 i crocieristi", "in '08" of the crash); not a decade ("the '60s"), a quote
    opened with an apostrophe ("says '30 schools will close'", "the theft of '40 cars' was"), nor "vent'anni". So is a
    figure of the 80s after an article elided onto it (``elided_year_articles``: "nell'81", "dell'89")."""
    lex = lexicon(lang)
    if lex.bare_years_after is None or all(q.kind not in (NUMBER, COUNT) or q.start <= start for q in found):
        return found
    out = []
    for q in found:
        if (q.kind in (NUMBER, COUNT) and q.bound is EXACT and not q.is_range and len(q.text) == 2 and q.text.isdigit()
                and q.text.isascii() and _ELIDED_YEAR.match(text, q.start) is not None
                and _word_before(text, replace(q, start=q.start - 1), start) in lex.bare_years_after
                and _QUOTE_CLOSED.match(text, q.end) is None):
            century = 1900 if int(q.text) >= 30 else 2000
            q = replace(q, kind=YEAR, value=Decimal(century + int(q.text)), start=q.start - 1, text=text[q.start - 1 : q.end],
                        noun=None, precision=Decimal(0))
        elif (lex.elided_year_articles and q.kind is NUMBER and q.bound is EXACT and not q.is_range and q.text.isdigit()
                and q.text.isascii() and 80 <= int(q.text) <= 89 and (article := _ARTICLE_ONTO.search(text, max(start, q.start - 8), q.start))
                and normalize(article.group()) in lex.elided_year_articles and text[q.end : q.end + 1] not in _MINUTE_MARKS):
            # "nell'81 il partito vinse", "dell'89": the article elided before the year's spoken "ottanta"
            q = replace(q, kind=YEAR, value=Decimal(1900 + int(q.text)), noun=None, precision=Decimal(0))
        out.append(q)
    return out


# A match's minute written after its figure ("segna all'89'"), and a degree.
_MINUTE_MARKS = frozenset("'’′°")
# A word elided onto the figure after it ("nell'", "dell'").
_ARTICLE_ONTO = lazy(r"(?<!\w)\p{L}+['’]$")


# A quote the apostrophe opened, closed before the sentence ends ("the theft of '40 cars' was").
# (not past the clause, nor past another opening apostrophe: "in '32; the theft of '40 cars'")
_QUOTE_CLOSED = lazy(r"(?:[^.!?;\n'’]|(?<=\w)['’](?=\w)){0,80}?\w['’](?!\w)")
# An apostrophe after a space or a bracket, before two figures that end there ("'32", "’45"; not "'60s", "'45%", "'32,5").
_ELIDED_YEAR = lazy(r"(?<=(?:^|[\s(\[])['’])\d\d(?![\w%‰'’]|[.,]\d)")


def _centuries(text: str, found: list[Quantity], lang: str, start: int, end: int, folded: str) -> list[Quantity]:
    """ "the 12th century", "a 19th-century house", "the twenty-first century", "au XIXe siècle", "в XX веке", "nel XX
    secolo", "nel Novecento", "de 15e eeuw", "18e-eeuwse", "القرن الرابع عشر", "القرن 14", and "the 1600s": a century is
    the range of its hundred years, the 12th 1100 to 1199 (as "the 1100s" says it). A figure, a Roman numeral or an
    ordinal before the word that names a century (``century_named_after_figure``; after it in Arabic,
    ``centuries: before_figure``, with its spelled ordinals, ``centuries: ordinals``); a century named by its hundreds
    after an article or a preposition (``centuries: named``, Italian, as written); "5 centuries" counts them."""
    patterns = _century_patterns(lang)
    lex = lexicon(lang)
    added = _century_ranges(text, lang, start, end, folded)
    for kind, needles, pattern in patterns:
        if not any(needle in folded for needle in needles):
            continue  # (each pattern is tried at every position; most paragraphs hold none of its words)
        for m in pattern.finditer(text, start, end):
            if kind == "after":  # the word of century found first, the number before it looked for then
                m = _century_before_word(lang).search(text, max(start, m.start() - 48), m.end())
                if m is None:
                    continue
            number, first_at = _century_number(lex, m)
            if number is None or not 1 <= number <= 21 or not _names_a_century(text, m, kind, first_at, start, lex):
                continue
            a, b = first_at, m.end("c")
            if any(q.start <= a and b <= q.end for q in added):
                continue  # ("XIX века" of "XVIII–XIX века", read as their range)
            first = (number - 1) * 100
            added.append(Quantity(YEAR, Decimal(first), a, b, text[a:b], lang, range_to=Decimal(first + 99)))
    return _with_added(found, added)


def _century_ranges(text: str, lang: str, start: int, end: int, folded: str) -> list[Quantity]:
    """ "the 18th and 19th centuries", "в XVIII–XIX веках", "aux XVIIIe et XIXe siècles": two centuries joined by a dash
    or "and" before the word of centuries (``centuries: range_words``, singular or plural: "nel XVIII e XIX secolo") are
    the range of both, 1700 to 1899; named by ordinals or Roman numerals (bare figures count them: "5-6 centuries ago",
    "10-12 веков")."""
    lex = lexicon(lang)
    if not lex.century_range_words:
        return []
    word, before, needles = _century_range_patterns(lang)
    if not any(needle in folded for needle in needles):
        return []
    out = []
    # (the word first, which few paragraphs hold as a word, then the two numbers before it)
    for w in word.finditer(text, start, end):
        m = before.search(text, max(start, w.start() - 64), w.end())
        if m is None:
            continue
        first, last = _century_of(lex, m["n1"]), _century_of(lex, m["n2"])
        after = text[w.end() : w.end() + 24].lstrip(" \u00a0,")
        if first is None or last is None or not 1 <= first < last <= 21 or (
            m["n1"].isdigit() and m["n2"].isdigit()  # ("5-6 centuries ago", "10-12 веков": how many, no names)
        ) or not _names_a_century(text, m, "range", m.start("c"), start, lex) or any(after.startswith(era) for era in lex.bc_eras):
            continue  # (nor "the 2nd and 3rd centuries BC", an era claimlint does not convert)
        if last > first + 1 and not any(dash in text[m.end("n1") : m.start("n2")] for dash in "-‐–—"):
            # "the 16th and 18th centuries": two centuries, not the one between
            out.append(Quantity(YEAR, Decimal((first - 1) * 100), m.start("n1"), m.end("n1"), m["n1"], lang,
                                range_to=Decimal(first * 100 - 1)))
            a = m.start("n2")
            out.append(Quantity(YEAR, Decimal((last - 1) * 100), a, m.end(), text[a : m.end()], lang, range_to=Decimal(last * 100 - 1)))
            continue
        out.append(Quantity(YEAR, Decimal((first - 1) * 100), m.start("c"), m.end(), m.group(), lang,
                            range_to=Decimal(last * 100 - 1)))
    return out


def _century_of(lex: Lexicon, written: str) -> int | None:
    """The century a figure, Roman numeral or ordinal names, with its ordinal suffix or none ("18th", "XVIIIe", "XIX")."""
    digits = _LEADING_FIGURES.match(written)
    if digits is not None:
        return int(to_ascii_digits(digits.group()))
    value = lex.ordinal_value(written)
    return value if value is not None else _roman_ordinal(lex, written)


def _roman_ordinal(lex: Lexicon, written: str) -> int | None:
    """A Roman numeral with an ordinal suffix or none ("XIX", "XIXe", "XIX-го"), or None."""
    return _roman(written) or next((_roman(written[: -len(x)]) for x in lex.ordinal_suffixes
                                    if written.lower().endswith(x) and _roman(written[: -len(x)])), None)


_LEADING_FIGURES = lazy(r"\d{1,2}(?!\d)")


@cache
def _century_range_patterns(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str], tuple[str, ...]]:
    """A word of ``centuries: range_words``, the two numbers joined before it up to the word's end, and the words as
    :func:`_case_blind` writes them."""
    lex = lexicon(lang)
    suffix = f"(?:[\\-‐]?(?:{_alternatives(lex.ordinal_suffixes)}))?" if lex.ordinal_suffixes else ""
    number = rf"(?:(?<![\w.,])[{DIGITS}]{{1,2}}{suffix}|(?<!\w)(?-i:[IVXL]{{1,6}}){suffix}|(?<!\w)\p{{L}}+)(?!\w)"
    joined = rf"(?:[ \u00a0]*[\-‐–—][ \u00a0]*|[ \u00a0]+(?:{_alternatives(lex.values['AND'])})[ \u00a0]+)"
    words = _alternatives(lex.century_range_words)
    return (lazy(rf"(?<!\w)(?:{words})(?!\w)", regex.IGNORECASE),
            lazy(rf"(?P<c>(?P<n1>{number}){joined}(?P<n2>{number}))[ \u00a0\-‐]+(?:{words})$", regex.IGNORECASE),
            tuple(_case_blind(w) for w in lex.century_range_words))


def _names_a_century(text: str, m: regex.Match[str], kind: str, first_at: int, start: int, lex: Lexicon) -> bool:
    """Whether a match of a century names one of the common era, and no name, count or rank: not "20th Century Fox",
    "5th century BC" (an era claimlint does not convert), "his 12th century" (a cricketer's hundreds), "in its third
    century" (``centuries: not_after``, ``not_before``), "За 2 века" (a bare figure up to four counts centuries), "The
    Elizabeth II century" (a Roman numeral after a name), "He has run four 1500s" ("the 1500s" only), "Novecento
    persone", "القرن 3-1" (a noun counted after it, or a score's dash), "Panda e Seicento" ("e" only between two
    centuries)."""
    end = m.end("c")
    g = m.groupdict()
    if _CAPITALISED_NAME_GOES_ON.match(text, end) and _LAST_WORD_CAPITALISED.search(text, m.start("c"), end):
        return False
    after = text[end : end + 24].lstrip(" \u00a0,")
    if any(after.startswith(era) for era in lex.bc_eras) or any(normalize(after).startswith(w) for w in lex.century_not_before):
        return False
    before = _ANY_PREV_WORD.search(text, max(start, first_at - 32), first_at)
    word = normalize(before.group(1)) if before is not None else ""
    if word in lex.century_not_after or (before is not None and text[before.end(1) - 2 : before.end(1)] in ("'s", "’s")):
        return False
    if g.get("fig") and kind == "after" and not _ORDINAL_WRITTEN_ON.match(text, m.end("fig")) and int(to_ascii_digits(g["fig"])) <= 4:
        return False
    if (g.get("roman") or (g.get("spelled") and _ROMAN_WORD.fullmatch(g["spelled"].split()[-1]))) and before is not None and (
        before.group(1)[:1].isupper() and word not in lex.prepositions and word not in lex.values["ARTICLE"]
        and before.start(1) > start and not _SENTENCE_START_BEFORE.search(text, max(start, before.start(1) - 4), before.start(1))
    ):
        return False
    if kind == "hundreds" and ((near := _WORD_JUST_BEFORE.search(text, max(start, first_at - 24), first_at)) is None
                               or normalize(near.group(1)) not in lex.century_hundreds_after):
        return False
    if kind in ("named", "before") and (_count_noun_next(text, end, lex) or text.startswith(("-", "–"), end)):
        return False
    if kind == "named" and word in lex.and_words:
        earlier = _ANY_PREV_WORD.search(text, max(start, before.start(1) - 32), before.start(1)) if before is not None else None
        return earlier is not None and earlier.group(1) in lex.named_centuries
    return True


_WORD_JUST_BEFORE = lazy(r"(?r)(\p{L}+)[ \u00a0\-‐]+$")
_ORDINAL_WRITTEN_ON = lazy(r"[\-‐]?\p{L}")
_ROMAN_WORD = lazy(r"[IVXL]+\p{Ll}{0,3}")
_SENTENCE_START_BEFORE = lazy(r"(?:^|[.!?:;]\s*|\n\s*)$")
_CAPITALISED_NAME_GOES_ON = lazy(r"[ \u00a0]+\p{Lu}")
_LAST_WORD_CAPITALISED = lazy(r"\p{Lu}\p{Ll}*$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(written: str) -> int | None:
    """A Roman numeral's value ("XIX" 19), or None where it is not written as one ("IIII", "VX")."""
    values = [_ROMAN[c] for c in written if c in _ROMAN]
    if len(values) != len(written):
        return None
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if _to_roman(total) == written else None


def _to_roman(number: int) -> str:
    out = ""
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out, number = out + letters, number - value
    return out


def _century_number(lex: Lexicon, m: regex.Match[str]) -> tuple[int | None, int]:
    """The number of the century a match of ``_century_patterns`` names, and where the words that name it start."""
    g = m.groupdict()
    if g.get("fig"):
        return int(to_ascii_digits(m["fig"])), m.start("c")
    if g.get("roman"):
        return _roman(m["roman"]), m.start("c")
    if g.get("named"):
        return lex.named_centuries.get(m["named"]), m.start("c")
    if g.get("hundreds"):
        return int(m["hundreds"]) + 1, m.start("c")  # "the 1600s"
    if g.get("spelled"):
        written = normalize(m["spelled"])
        if written in lex.century_ordinals:
            return lex.century_ordinals[written], m.start("c")
        # (the longest ordinal that ends before the word of century, "le vingt et unième", "the twenty-first"; or a
        # Roman numeral with an ordinal suffix or none, "del XX secolo", "au XIXe siècle")
        words = list(_WORDS.finditer(m["spelled"]))
        for i, word in enumerate(words):
            tail = m["spelled"][word.start() :]
            value = lex.ordinal_value(tail)
            if value is None and i == len(words) - 1:
                value = _roman_ordinal(lex, word.group())
            if value is not None:
                return value, m.start("spelled") + word.start()
    return None, m.start("c")


@cache
def _century_patterns(lang: str) -> tuple[tuple[str, tuple[str, ...], regex.Pattern[str]], ...]:
    """The forms :func:`_centuries` reads, each with the words (as :func:`_case_blind` writes them) one of which a
    paragraph must hold for it to be tried: the word of century after its number (found first), before it
    (Arabic), a century named by its hundreds, "the 1600s"."""
    lex = lexicon(lang)
    out = []
    if lex.century_named_after_figure and not lex.century_before_figure:  # (Arabic "14 قرنا" counts centuries)
        words = _alternatives(lex.century_named_after_figure).replace("\\ ", "[ \u00a0]+")
        out.append(("after", tuple(_case_blind(w) for w in lex.century_named_after_figure),
                    lazy(rf"(?<!\w)(?:{words})(?!\w)", regex.IGNORECASE)))
    if lex.century_before_figure:
        prefixes = f"(?:{_alternatives(lex.ordinal_prefixes)})?" if lex.ordinal_prefixes else ""
        ordinals = _alternatives(lex.century_ordinals).replace("\\ ", "[ \u00a0]+") or "(?!)"
        out.append(("before", tuple(_case_blind(w) for w in lex.century_before_figure), lazy(
            rf"(?P<c>(?<!\w)(?:{_alternatives(lex.century_before_figure)})[ \u00a0]+"
            rf"(?:{prefixes}(?P<fig>[{DIGITS}]{{1,2}})(?![{DIGITS}])|(?P<spelled>{ordinals})(?!\w)))", regex.IGNORECASE)))
    if lex.named_centuries:
        after = _alternatives(lex.named_centuries_after).replace("'", "['’]")
        out.append(("named", tuple(_case_blind(w) for w in lex.named_centuries), lazy(
            rf"(?<!\w)(?:{after})(?:[ \u00a0]+|(?<=['’]))(?P<c>(?-i:(?P<named>{_alternatives(lex.named_centuries)})))(?!\w)",
            regex.IGNORECASE)))
    if lex.decade_suffixes:
        out.append(("hundreds", tuple(_case_blind(f"00{s}") for s in lex.decade_suffixes), lazy(
            rf"(?P<c>(?<![\w.,])(?P<hundreds>1[0-8])00(?:{_alternatives(lex.decade_suffixes)}))(?!\w)", regex.IGNORECASE)))
    return tuple(out)


@cache
def _century_before_word(lang: str) -> regex.Pattern[str]:
    """The number of a century right before its word, found after it: a figure, a Roman numeral, up to four words."""
    lex = lexicon(lang)
    suffix = f"(?:[\\-‐]?(?:{_alternatives(lex.ordinal_suffixes)}))?" if lex.ordinal_suffixes else ""
    words = _alternatives(lex.century_named_after_figure).replace("\\ ", "[ \u00a0]+")
    return lazy(
        rf"(?P<c>(?:(?<![\w.,])(?P<fig>[{DIGITS}]{{1,2}}){suffix}|(?<!\w)(?-i:(?P<roman>[IVXL]{{1,6}})){suffix}"
        rf"|(?<!\w)(?P<spelled>\p{{L}}+(?:[ \u00a0\-‐]+\p{{L}}+){{0,3}}))[ \u00a0\-‐]+(?:{words}))(?!\w)$", regex.IGNORECASE)


def _year_of(written: str, after: int | None = None) -> int:
    """A year written with four figures, or its last two: of the century of ``after`` (the year after it, "FY99/00"),
    else of the 2000s below 70 and the 1900s from 70 on ("FY99" is 1999, "FY50" 2050)."""
    year = int(to_ascii_digits(written))
    if len(written) == 2:
        if after is not None:
            return after // 100 * 100 + year + (100 if year < after % 100 else 0)
        year += 2000 if year < 70 else 1900
    return year


@cache
def _fiscal_marks(lang: str) -> tuple[str, ...]:
    """What a match of ``_fiscal_pattern`` holds, as :func:`_case_blind` writes it: a fiscal year's mark, or a half's
    figure and mark."""
    lex = lexicon(lang)
    return tuple(_case_blind(m) for m in (*lex.fiscal_year_marks, *(f"{half}{mark}" for mark in lex.half_year_marks for half in "12")))


@cache
def _fiscal_pattern(lang: str) -> re.Pattern[str] | None:
    lex = lexicon(lang)
    if not lex.fiscal_year_marks and not lex.half_year_marks:
        return None
    marks = [(rf"(?:{_alternatives(lex.fiscal_year_marks)})[ \u00a0]?(?P<year>[0-9]{{4}}|[0-9]{{2}})"
              r"(?:[/\-](?P<last>[0-9]{4}|[0-9]{2}))?")] if lex.fiscal_year_marks else []
    if lex.half_year_marks:
        marks.append(f"[12](?:{_alternatives(lex.half_year_marks)})(?P<half>[0-9]{{2}})")
    # (as written, in capitals: "fy" and "1h25" are no marks; not within a word or a figure: "XFY25", "FY25A")
    return compile_cached(rf"(?<![\w\-/.,])(?:{'|'.join(marks)})(?![\w\-/]|[.,][0-9])")


# Another year after a figure, listed or as a range's end: " et 2021", "-2015" (not a decade: "1950-х по 1980-е").
_YEAR_LISTED_AFTER = lazy(r"[ \u00a0]*(?:[-–—]|,|\p{L}{1,3}[ \u00a0])[ \u00a0]*\d{4}(?![\d\-‐]|\p{L})")


@cache
def _decade_pattern(lang: str) -> re.Pattern[str] | None:
    lex = lexicon(lang)
    tens = [f for f, v in lex.values["NUMWORD"].items() if v in range(20, 100, 10)]
    parts = []
    if lex.decade_words:
        # (the words before are kept out of the span: "les années 1990" is "années 1990"; whole words: "de komende jaren 80
        # tot 100" holds no "de jaren")
        parts.append(rf"(?<!\w)(?:{_alternatives(lex.decade_words)})[ \u00a0]+(?P<d1>['’]?(?:(?P<c1>1[89]|20)?(?P<t1>[0-9]0)(?![\d%]|[.,]\d)"
                     rf"|(?P<word>{_alternatives(tens)})(?![\w-])))")
    if lex.decade_suffixes:
        parts.append(rf"(?:(?<=mid-)|(?<=early-)|(?<=late-)|(?<=\d0[-‐–—])|(?<![\w'’.,\-]))(?P<d2>['’]?(?P<c2>1[89]|20)?(?P<t2>[0-9]0)[-‐]?(?:{_alternatives(lex.decade_suffixes)}))(?![^\W\d_])")
    if lex.decade_nouns:
        parts.append(rf"(?<!\w)(?:{_alternatives(lex.prefixes)})?(?P<d3>(?P<noun>{_alternatives(lex.decade_nouns)}))(?!\w)")
    return compile_cached("|".join(parts), re.IGNORECASE) if parts else None


@cache
def _decade_words(lang: str) -> frozenset[str]:
    """What a match of ``_decade_pattern`` holds, as :func:`_case_blind` writes it: a word of decades, a
    suffix after a zero (and a hyphen or not), a noun of decades."""
    lex = lexicon(lang)
    suffixes = [f"0{dash}{s}" for s in lex.decade_suffixes for dash in ("", "-", "‐")]
    return frozenset(_case_blind(w) for w in (*lex.decade_words, *suffixes, *lex.decade_nouns))


@cache
def _glued_words(lang: str) -> frozenset[str]:
    """The words a match of ``_glued_pattern`` holds, a word of ``glued_numbers`` (inside a word or whole), as
    :func:`_case_blind` writes them: a paragraph that holds none, in any case ("ВДВОЕ", "Вдвое", "вдвое"),
    holds no match. A word of three letters or fewer is looked for with each stem before it ("biennale", not "ale",
    which most Italian paragraphs hold)."""
    lex = lexicon(lang)
    words = [w for w in lex.glued_words if len(w) > 3]
    words += [stem + w for w in lex.glued_words if len(w) <= 3 for stem in lex.glued_stems]
    return frozenset(_case_blind(w) for w in (*words, *lex.glued_whole))


def _one_unit_spells(
    text: str, found: list[Quantity], lang: str, start: int, end: int, folded: str, masked: Sequence[tuple[int, int]] = ()
) -> list[Quantity]:
    """ "jailed for a year", "condamné à un an de prison", "condannato a un anno", "kreeg een jaar cel", "дали год
    колонии", "بالحبس سنة", "لمدة عام": one unit of time, written with its article or alone, after a word of
    a spell or a sentence (``one_unit_spells``: ``before``, and the unit's phrases by unit) is a spell of one;
    elsewhere "a year" states none ("a year ago", "$2bn a year", "once a year"). Not the first part of a spell in
    two units ("дали год и восемь месяцев", "بالحبس سنة وستة أشهر")."""
    lex = lexicon(lang)
    spells = lex.one_unit_spells
    if not spells:
        return found
    units = _one_unit_units(lang)
    if not any(map(folded.__contains__, units)):
        return found  # (the paragraph folded as the case-blind pattern folds it, once for the passes that look)
    added: list[Quantity] = []
    for m in _one_unit_pattern(lang).finditer(text, start, end):
        spell, written = ("spell", m.group("unit")) if m.group("spell") is not None else ("alone", m.group("unit_alone"))
        after = _NEXT_WORD.match(text, m.end())
        word = normalize(after.group(1)) if after is not None else ""
        unit = units.get(_case_blind(written))
        if unit is None or _FIGURE_NEXT.match(text, m.end()) or _taken(m.start(spell), m.end(), found, masked) or (
            word in spells.get("not_before", ()) or (after is not None and _a_second_unit(text, after, word, lex))
        ) or (spell == "alone" and (_amount_ends_before(text, m.start(), start, lex)
                                    or _word_before_at(text, m.start(), start) in lex.times_words)):
            # "for a day after the summit", "kregen een jaar geleden", "بالسجن عام 2019", "سنة وستة أشهر"; before a phrase of
            # prison, not a rate: "costs £47,000 a year in prison", "once a year in prison"
            continue
        unit, many = COUNTED_IN.get(unit, (unit, 1))  # ("for a decade": ten years)
        added.append(Quantity(DURATION, Decimal(many), m.start(spell), m.end(), m.group(spell), lang, unit=unit,
                              precision=Decimal("0.5") * many))
    return _with_added(found, added)


def _one_of_a_unit(
    text: str, found: list[Quantity], lang: str, start: int, end: int, folded: str, masked: Sequence[tuple[int, int]] = ()
) -> list[Quantity]:
    """ "more than a kilometre", "plus d'un kilomètre", "oltre un chilometro", "ruim een meter": a qualifier, the
    indefinite article and the word of a unit of measure (``measure_words``) state one of the unit, bounded, as "more
    than a year" states one year (in a language that writes the article: :func:`_one_unit_words`); "and a half" after the
    unit, with a qualifier or none, makes it one and a half: "a tonne and a half", "une tonne et demie", "more than a metre
    and a half". Not one with no qualifier, but the amount of a change after its word of "by" ("pourrait monter d'un mètre",
    "rise by a metre", "stijgt met een meter"): "a metre away", "un chilometro di coda" state none; nor before a word of ratio,
    "più di un litro su due", nor where the measure goes on, "plus d'un mètre quatre-vingt-dix"."""
    words = _one_unit_words(lang)
    if not words or _one_unit_words_pattern(lang).search(folded) is None:
        return found
    lex = lexicon(lang)
    added: list[Quantity] = []
    for m in _one_unit_word_pattern(lang).finditer(text, start, end):
        qualifier = _every_qualifier(lang).search(text, max(start, m.start() - 48), m.start())
        key = normalize(m.group("unit"))
        unit = lex.measure_words.get(key)
        low, _ = lex.measure_word_values.get(key, (None, None))
        # (a unit and a half, with a qualifier or none: "a tonne and a half", "d'une tonne et demie", "una tonnellata e
        # mezza", "more than a metre and a half")
        half = _and_a_half(lang).match(text, m.end())
        end_of = half.end() if half is not None and _half_ends_it(text, half.end(), lex) else m.end()
        after = _NEXT_WORD.match(text, end_of)
        word = normalize(after.group(1)) if after is not None else ""
        by = qualifier is None and _word_or_elision_before(text, m.start(), start).rstrip("'") in (
            lex.change_amount_words or lex.fraction_change_words)
        if (qualifier is None and end_of == m.end() and not by) or unit is None or (low is not None and low > 1) or _taken(
            m.start(), m.end(), found, masked
        ) or (end_of == m.end() and (
            word in lex.values["OVER"] or word in lex.values["AND"] or word.split("-")[0] in lex.values["NUMWORD"]
            or word in lex.measure_not_before or _FIGURE_NEXT.match(text, end_of)
        )):
            # ("più di un litro su due": a share; "plus d'un mètre quatre-vingt-dix": the measure goes on; "a foot soldier")
            continue
        written = qualifier.group(1) if qualifier is not None else None
        begin = qualifier.start(1) if qualifier is not None else m.start()
        q = Quantity(MEASURE, Decimal(1) if end_of == m.end() else Decimal("1.5"), begin, end_of, text[begin:end_of],
                     lang, unit=unit, bound=_bound_of(lex, written) if written is not None else EXACT, qualifier=written,
                     precision=Decimal("0.5") if end_of == m.end() else Decimal("0.25"))
        if by and end_of == m.end() and not _after_change(text, q, start, by=True):
            continue  # (one of the unit with no qualifier is the amount of a change only: "monter d'un mètre", "rise by a metre")
        added.append(q)
    return _with_added(found, added)


@cache
def _one_unit_words(lang: str) -> frozenset[str]:
    """The indefinite article and the (first) word of a unit of measure :func:`_one_of_a_unit` reads ("a kilometre",
    "een meter", "a square"), as :func:`_case_blind` writes them: a paragraph that holds none holds no match of its
    pattern. None in a language with no indefinite article: there a unit's word alone would be looked for, which most
    paragraphs of measures hold, at a cost over all the text out of proportion with the phrase ("более километра" is
    left)."""
    lex = lexicon(lang)
    return frozenset(_case_blind(article + ("" if article[-1:] in "'’" else " ") + unit.split()[0])
                     for article in lex.values["INDEF"] for unit in _one_unit_forms(lang))


@cache
def _one_unit_forms(lang: str) -> list[str]:
    """The words of units of measure, of one word or several ("mètre carré", "metro quadrato"); not those whose first
    word the grammar reads as another thing, a unit of time or a number ("anno luce", "mille marin"): the scan of
    :func:`_pass_words` would find the article and that word in most paragraphs ("un anno")."""
    lex = lexicon(lang)
    return [f for f in lex.measure_words if len(f) > 2 and f.replace(" ", "").isalpha()
            and not (" " in f and lex.fold(f.split()[0]) in lex.categories)]


@cache
def _one_unit_words_pattern(lang: str) -> re.Pattern[str]:
    """:func:`_one_unit_words` in one trie, for the pass to ask before it tries its pattern."""
    return compile_cached(trie(sorted(_one_unit_words(lang))))


@cache
def _one_unit_word_pattern(lang: str) -> re.Pattern[str]:
    """The indefinite article and a unit's word of :func:`_one_unit_words`."""
    article = _alternatives(lexicon(lang).values["INDEF"])
    units = _alternatives(_one_unit_forms(lang)).replace(r"\ ", "[ \u00a0]+")
    return compile_cached(rf"(?<!\w)(?:{article})(?:[ \u00a0]+|(?<=['’]))(?P<unit>{units})(?!\w)", re.IGNORECASE)


def _a_second_unit(text: str, after: regex.Match[str], word: str, lex: Lexicon) -> bool:
    """Whether the word ``after`` a unit of time (``word``, normalised) joins a second part of the spell to it: "and"
    and a number ("год и восемь месяцев"), or a number with "and" written onto it ("سنة وستة أشهر")."""
    if word in lex.values["AND"]:
        then = _NEXT_WORD.match(text, after.end())
        return _FIGURE_NEXT.match(text, after.end()) is not None or (
            then is not None and normalize(then.group(1)) in lex.values["NUMWORD"])
    return bool(lex.prefixes) and word[:1] in lex.prefixes and word[1:] in lex.values["NUMWORD"]


def _taken(start: int, end: int, found: Sequence[Quantity], masked: Sequence[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` overlaps a quantity found or a masked span (code in Markdown): a pass that adds
    quantities reads neither."""
    return any(q.start < end and start < q.end for q in found) or any(a < end and start < b for a, b in masked)


@cache
def _one_unit_units(lang: str) -> dict[str, str]:
    """Each phrase of ``one_unit_spells``, folded as the case-blind pattern folds it, and its unit (the keys are
    also what a paragraph must hold for the pattern to match)."""
    return {_case_blind(f): unit for unit, forms in lexicon(lang).one_unit_spells["units"].items() for f in forms}


@cache
def _one_unit_pattern(lang: str) -> re.Pattern[str]:
    """One unit of time after a word of ``before``, or, whatever stands before it, before a phrase of ``after``
    ("a year in prison", "un an de prison ferme")."""
    spells = lexicon(lang).one_unit_spells
    units = _alternatives(f for forms in spells["units"].values() for f in forms)
    after = _alternatives(spells.get("after") or ())
    then = rf"|(?<!\w)(?P<alone>(?P<unit_alone>{units}))(?=[ \u00a0]+(?:{after})(?!\w))" if after else ""
    return compile_cached(
        rf"(?<!\w)(?:{_alternatives(spells['before'])})(?:(?<=['’])|[ \u00a0]+)(?P<spell>(?P<unit>{units}))(?!\w|['’-]){then}",
        re.IGNORECASE)


def _dual_counts(
    text: str, found: list[Quantity], lang: str, start: int, end: int, masked: Sequence[tuple[int, int]] = ()
) -> list[Quantity]:
    """ "فاز بفارق مقعدين", "مع امتناع عضوين عن التصويت", "سجل هدفين": a noun's dual (``dual_counts``) counts two of
    it, as "عامين" is two years, and a unit's (``measure_duals``) measures two of it, "قطع كيلومترين" (with "و" or "ب"
    written onto it, and not with the article: "الفريقين" names the two); not where a number word after it counts them
    ("عضوين اثنين") or a figure stands there already. A qualifier right before bounds it, "بأكثر من مترين", or right after
    it where its clause ends, "طنين تقريباً"."""
    lex = lexicon(lang)
    duals = (*lex.dual_counts, *lex.measure_duals)
    if not duals or all(text.find(f, start, end) < 0 for f in duals):
        return found
    added = []
    last = -1
    for m in _dual_pattern(lang).finditer(text, start, end):
        after = _NEXT_WORD.match(text, m.end())
        agrees, last = m.start("dual") == m.start() and (
            (last >= 0 and text[last : m.start()].isspace()) or _after_a_dual(text, m.start(), start, lex)), m.end()
        if agrees or _taken(m.start(), m.end(), found, masked) or (
            after is not None and normalize(after.group(1)) in lex.values["NUMWORD"]
        ):
            continue  # (a dual right after another, no "و" on it, is its adjective: "ميداليتين ذهبيتين", two gold medals)
        dual, unit = m.group("dual"), lex.measure_duals.get(m.group("dual"))
        kind = (PERCENT if unit == "percentage_point" else MEASURE) if unit else COUNT  # ("نقطتين مئويتين")
        q = Quantity(kind, Decimal(2), m.start("dual"), m.end(), dual, lang, unit=unit,
                     noun=None if unit else dual, precision=Decimal("0.5"))
        if unit and (half := _and_a_half(lang).match(text, m.end(), end)) is not None and not _definite_next(text, half.end(), lex):
            # "أكثر من مترين ونصف": two and a half metres (not "مترين ونصف المسافة", and half the distance)
            q = replace(q, value=Decimal("2.5"), end=half.end(), text=text[q.start : half.end()], precision=Decimal("0.25"))
        q = _qualified_by_the_words_before(text, q, start, lex)
        if dual in lex.multiple_duals and _multiplied(text, q, start, lex):
            q = replace(q, kind=NUMBER, noun=None)  # "تضاعفت الأرباح مرتين": a multiple, twice as much (not how often)
        # (and a qualifier right after it, where its clause ends or goes on with no figure: "سجل هدفين على الأقل في كل
        # مباراة"; "about" where the clause ends, "بلغ الوزن طنين تقريباً", for "تقريبا" is also "almost" of what follows:
        # "دمرت الغارة منزلين تقريبا بالكامل", almost completely)
        bounded = _bounded_after(text, q, lex)
        added.append(bounded if bounded.bound is not ABOUT or _CLAUSE_END_AFTER.match(text, bounded.end) else q)
    return _with_added(found, added)


def _age_labels(
    text: str, found: list[Quantity], lang: str, start: int, end: int, folded: str, masked: Sequence[tuple[int, int]] = ()
) -> list[Quantity]:
    """ "the over-65s", "a ban for under-16s", "80-plussers": an age group named in one word (``age_labels``: a word of
    ``before``, a hyphen, the age and a plural's ending, or the age, a hyphen and a word of ``after``) is the age, in
    years, bounded as the word bounds it ("over" is more than, as "people over 65" is); not with a capital inside a
    sentence, a team's name ("England's Under-21s")."""
    lex = lexicon(lang)
    pattern = _age_label_pattern(lang)
    if pattern is None or not any(w in folded for w in _age_label_words(lang)):
        return found
    added = []
    for m in pattern.finditer(text, start, end):
        groups = m.groupdict()
        word, age = groups.get("before") or groups["after"], int(to_ascii_digits(groups.get("age") or groups["age2"]))
        if not 0 < age <= _OLDEST or _taken(m.start(), m.end(), (), masked) or (
                word[:1].isupper() and not _at_sentence_start(text, m.start(), start)):
            continue
        bound = Bound(lex.age_labels["before" if groups.get("before") else "after"][normalize(word)])
        added.append(Quantity(DURATION, Decimal(age), m.start(), m.end(), m.group(), lang, unit="year", bound=bound,
                              precision=Decimal("0.5")))
    return _with_added(found, added)


@cache
def _age_label_pattern(lang: str) -> re.Pattern[str] | None:
    lex = lexicon(lang)
    parts = []
    if lex.age_labels.get("before"):
        parts.append(rf"(?P<before>{_alternatives(lex.age_labels['before'])})[-‐](?P<age>[0-9]{{1,3}})(?:s|['’]s)")
    if lex.age_labels.get("after"):
        parts.append(rf"(?P<age2>[0-9]{{1,3}})[-‐](?P<after>{_alternatives(lex.age_labels['after'])})")
    if not parts:
        return None
    return compile_cached(rf"(?<![\w\-.,])(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)


@cache
def _age_label_words(lang: str) -> frozenset[str]:
    """The words of ``age_labels`` with their hyphen, as :func:`_case_blind` writes them: what a paragraph must hold for
    :func:`_age_labels` ("over-", "-plusser")."""
    labels = lexicon(lang).age_labels
    return frozenset({*(_case_blind(f"{w}-") for w in labels.get("before", ())),
                      *(_case_blind(f"-{w}") for w in labels.get("after", ()))})


def _ordinal_ages(
    text: str, found: list[Quantity], lang: str, start: int, end: int, masked: Sequence[tuple[int, int]] = ()
) -> list[Quantity]:
    """ "دون سن الخامسة", "طفل في العاشرة من عمره", "في الثامنة والعشرين من عمرها": an ordinal that states an age
    (``age_ordinals``, with the tens after "و"), right after the noun of age (``age_nouns``; a qualifier before it bounds
    it: under five), or after a preposition and before "من" and a word of age (``decade_age_words_after``), is that age
    in years; elsewhere it is an ordinal ("الدورة الخامسة", the fifth session)."""
    lex = lexicon(lang)
    if not lex.age_ordinals or all(text.find(f, start, end) < 0 for f in _age_ordinal_heads(lang)):
        return found
    added = []
    for m in _age_ordinal_pattern(lang).finditer(text, start, end):
        before = _word_before_at(text, m.start(), start)
        after_noun = before in lex.age_nouns
        if not (after_noun or (_age_words_after(text, m.end(), lex) and before in lex.prepositions)) or (
                _taken(m.start(), m.end(), found, masked)):
            continue  # (after a noun, the ordinal is its adjective: "في السنة الخامسة من عمره", "للمرة الخامسة")
        tens = lex.values["NUMWORD"][normalize(m.group("tens"))] if m.group("tens") else 0
        q = Quantity(DURATION, Decimal(lex.age_ordinals[normalize(m.group("ordinal"))] + tens), m.start(), m.end(),
                     m.group(), lang, unit="year", precision=Decimal("0.5"))
        added.append(_qualified_by_the_words_before(text, q, start, lex) if after_noun else q)
    return _with_added(found, added)


@cache
def _age_ordinal_heads(lang: str) -> frozenset[str]:
    """The first words of ``age_ordinals``: what a paragraph must hold for :func:`_ordinal_ages` to look further."""
    return frozenset(form.split()[0] for form in lexicon(lang).age_ordinals)


@cache
def _age_ordinal_pattern(lang: str) -> re.Pattern[str]:
    """An ordinal of ``age_ordinals``, and "و" and the tens with the article written onto it ("والعشرين")."""
    lex = lexicon(lang)
    tens = [w for w, n in lex.values["NUMWORD"].items() if n in TENS and w.startswith(lex.definite_prefixes)]
    ands = [p for p in lex.prefixes if p in lex.values["AND"]]
    return compile_cached(rf"(?<!\w)(?P<ordinal>{_alternatives(lex.age_ordinals)})"
                          rf"(?:[ \u00a0]+(?:{_alternatives(ands)})(?P<tens>{_alternatives(tens)}))?(?!\w)")


def _qualified_by_the_words_before(text: str, q: Quantity, start: int, lex: Lexicon) -> Quantity:
    """``q`` bounded by a qualifier written right before it, with the language's prefix onto its first word or not
    ("أكثر من", "بأكثر من"): for quantities the grammar does not read, as a noun's dual."""
    before = _every_qualifier(q.lang, prefixed=True).search(text, max(start, q.start - 48), q.start)
    if before is None:
        return q
    at = before.start()
    return replace(q, bound=_bound_of(lex, before.group(1)), qualifier=text[at : before.end(1)], start=at, text=text[at : q.end])


def _after_a_dual(text: str, at: int, start: int, lex: Lexicon) -> bool:
    """Whether the word right before ``at`` is a dual the lexicon knows (of a unit of time, a currency or a scale:
    "ساعتين ذهبيتين", two gold watches; not "في أفغانستان جنديان")."""
    word = _ANY_PREV_WORD.search(text, max(start, at - 24), at)
    return word is not None and text[word.end(1) : at].isspace() and any(
        c.endswith("_DUAL") for c in lex.classify("word", lex.fold(normalize(word.group(1)))))


def _definite_next(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the next word after ``at`` carries the definite article written onto it ("المسافة")."""
    after = _NEXT_WORD.match(text, at)
    return after is not None and after.group(1).startswith(lex.definite_prefixes) and len(after.group(1)) > 3


@cache
def _dual_pattern(lang: str) -> re.Pattern[str]:
    lex = lexicon(lang)
    duals = (*lex.dual_counts, *lex.measure_duals)
    return compile_cached(rf"(?<!\w)(?:{_alternatives(lex.prefixes)})?(?P<dual>{_alternatives(duals)})(?!\w)")


@cache
def _glued_pattern(lang: str) -> re.Pattern[str] | None:
    lex = lexicon(lang)
    if not lex.glued_whole and not (lex.glued_stems and lex.glued_words):
        return None
    # (a whole word first, where a stem and its word would take it too: Dutch "drievoudige" before "van", a multiple)
    parts = [rf"(?P<whole>{_alternatives(lex.glued_whole)})(?!\w)"] if lex.glued_whole else []
    if lex.glued_stems:
        # (a stem of tens or hundreds may lead one of ones: "восьмидесятипятиметровые", 85; :func:`_glued_stem_value`)
        parts.append(rf"(?P<n>(?:{_alternatives(lex.glued_stems)}){{1,3}})(?P<w>{_alternatives(lex.glued_words)})\w*")
    return compile_cached(rf"(?<!\w)(?:{'|'.join(parts)})", re.IGNORECASE)


def _weekday_time(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether a weekday stands right before ``q`` and one of ``clock_times: after_weekday`` before it ("van", "vanaf",
    "tot", "om"; "de", "à", "dès", "jusqu'à"), and no rate or unit of time after it ("Dès lundi 8 heures par jour")."""
    if any(w in lex.rate_words or "DUR" in lex.classify("word", lex.fold(w))
           for w in _WORDS.findall(normalize(_CLAUSE_MARK.split(text[q.end : q.end + 24], 1)[0]))[:2]):
        return False  # ("8 heures par jour": a rate)
    if lex.clock_after_date and _weekday_and_clock_word(q.lang).search(text, max(start, q.start - 40), q.start):
        return True  # "Mardi, à 8 heures, la police est intervenue": a weekday, a comma and a clock word
    words = _WORD_SPANS.findall(normalize(text[max(start, q.start - 40) : q.start]))[-2:]
    if not (len(words) == 2 and words[1] in lex.values["WEEKDAY"] and text[q.start - 1 : q.start].isspace()
            and words[0] in lex.clock_after_weekday):
        return False
    after = _WORD_SPANS.findall(normalize(text[q.end : q.end + 32]))
    if after and (after[0] in lex.values["OF"] or after[0] in lex.clock_not_after_weekday):
        return False  # ("4 heures de mathématiques", "6 uur lang", "4 heures durant": a spell)
    # ("van", "de": "the meeting of Tuesday", unless a second time follows: "van maandag 6 uur tot dinsdag 6 uur")
    return words[0] not in lex.values["FROM"] or any(w in lex.values["TO"] for w in after[:3])


def _until_an_hour_of_opening(text: str, q: Quantity, start: int, lex: Lexicon) -> bool:
    """Whether ``q``'s qualifier is one of ``clock_times: after_weekday`` ("tot", "jusqu'à") written right after a
    weekday before an hour of the afternoon or evening in digits, in a sentence of opening (``clock_times: open_words``):
    "geopend van 10 tot 17 uur, op vrijdag tot 22 uur", "ouvert le samedi jusqu'à 18 heures" tell the time of that day,
    and so do they among three words after the word of opening ("Op vrijdag is het museum open tot 22 uur"), no spell
    of hours (not "vrijdag tot 22 uur lang", "stonden zaterdag tot drie uur in de rij", "werkten vrijdag tot
    16 uur achter elkaar")."""
    if normalize(str(q.qualifier)) not in lex.clock_after_weekday or not (
            isinstance(q.value, Decimal) and 13 <= q.value <= 24 and _DIGIT.search(q.text)):
        return False
    sentence = _SENTENCE_SPLIT.split(text[max(start, q.start - 160) : q.start])[-1]
    if lex.clock_open_words and not any(lex.fold(w) in lex.clock_open_words for w in _WORDS.findall(sentence)):
        return False
    words = _WORD_SPANS.findall(normalize(text[max(start, q.start - 40) : q.start]))
    if not words or not (words[-1] in lex.values["WEEKDAY"] or any(lex.fold(w) in lex.clock_open_words for w in words[-3:])) or (
            not text[q.start - 1 : q.start].isspace()):
        return False  # (right after a weekday or among three words after the word of opening: "is het museum open tot 22 uur")
    after = _WORD_SPANS.findall(normalize(text[q.end : q.end + 32]))
    return not (after and (after[0] in lex.values["OF"] or after[0] in lex.clock_not_after_weekday))


@cache
def _weekday_and_clock_word(lang: str) -> regex.Pattern[str]:
    lex = lexicon(lang)
    return lazy(rf"(?<!\w)(?:{_alternatives(lex.values['WEEKDAY'])}),[ \u00a0]+(?:{_alternatives(lex.clock_after_date)})[ \u00a0]+$",
                         regex.IGNORECASE)


def _hours_after_a_date(text: str, found: list[Quantity], start: int = 0) -> list[Quantity]:
    """ "le lundi 16 juin à 8 heures", "16 июня в 8 часов", "Le 11 novembre 1918, à 11 heures", "il 24 gennaio alle 15":
    whole hours, or a bare whole figure up to 24, right
    after a date (and a comma) and a clock word (``clock_times: after_date``) tell the time of that day, no spell of hours ("16 июня на 8 часов"
    is a spell); and, where the language says so (``clock_times: after_weekday``), right after a weekday after a word
    of "from" or "to" or a clock word: "van maandag 6 uur tot dinsdag 6 uur", "de lundi 8 heures à mardi 8 heures"
    (not "werkte maandag 6 uur", "La panne a duré mardi 5 heures"), or after such a word right after a weekday ("op
    vrijdag tot 22 uur")."""
    kinds = set(map(_KIND, found))
    if DURATION not in kinds and not (DATE in kinds and NUMBER in kinds):
        return found  # (most paragraphs: no hours)
    out: list[Quantity] = []
    lex = lexicon(found[0].lang) if found else None
    for q in found:
        prev = out[-1] if out else None
        if (lex is not None and (q.kind is DURATION and q.unit == "hour" or q.kind is NUMBER and q.text.isdigit()
                                 and not _FIGURE_SOON_AFTER.match(text, q.end))  # (not a vote: "le 5 mai à 9 contre 3")
                and not q.is_range and isinstance(q.value, Decimal) and q.value == q.value.to_integral_value() and q.value <= 24
                and (q.qualifier is None and (
                    (prev is not None and prev.kind is DATE
                     and normalize(text[prev.end : q.start]).removeprefix(",").strip() in lex.clock_after_date)
                    or (lex.clock_after_weekday and _weekday_time(text, q, start, lex)))
                     or q.qualifier is not None and _until_an_hour_of_opening(text, q, start, lex))):
            continue
        out.append(q)
    return out


# A bare dollar sign as Quebec writes it, after the figure or its scale word ("15,75 $", "2 milliards $"; not
# "US$", "$ US", "$ américain", "$CA", nor "11,7 millions de $", a translation's).
_BARE_DOLLAR = lazy(r"(?:(?<!\p{L})|(?<=(?<!\p{L})(?:k|M|Md|G)))(?<!\bde[ \u00a0])\$(?![ \u00a0]*(?:\p{Lu}|améric))")  # (a scale's letter before it too: "1,2 G$")


_SIGN_BEFORE_FIGURE = lazy(r"[ \u00a0]*(\p{L}+\.?)[ \u00a0]*\d")


def _currency_of_the_country(text: str, found: list[Quantity], lang: str, start: int, end: int) -> list[Quantity]:
    """ "خصصت الحكومة الأردنية 15 مليون دينار", "ستنفق قطر 20 مليار ريال": a currency name several countries
    share (``currency_by_country``) is the currency of the one country the paragraph names (a dinar
    counted alone was no currency, a riyal alone is Saudi); where it names none, or several, the
    reading stays."""
    lex = lexicon(lang)
    if not lex.currency_by_country or not found:
        return found
    words: set[str] | None = None  # the paragraph's, read once a shared name is found
    written_codes = {q.unit for q in found if q.kind is CURRENCY}
    out = []
    for q in found:
        # (a count's noun, or the word after a bare number, which counts nothing, as one with a decimal sign: "إلى 34.2 ليرة")
        # (or a year's four figures with no word of a year before them: "في الكويت إلى 1000 دينار")
        noun = _NEXT_WORD.match(text, q.end) if (q.kind is COUNT and q.noun is not None) or (
            q.kind is NUMBER and q.unit is None) or (
            q.kind is YEAR and q.text.isdigit() and _word_before(text, q, start) not in lex.values["YEAR_BEFORE"]) else None
        if noun is not None and normalize(noun.group(1)) in lex.values["CUR_LINK"]:
            noun = _NEXT_WORD.match(text, noun.end())  # "300 millions de francs"
        if noun is not None:
            written = normalize(noun.group(1))  # the name a count counts: "15 مليون دينار"
        elif q.kind is CURRENCY and (sign := _BARE_DOLLAR.search(text, q.start, min(len(text), q.end + 16))) and sign.start() < q.end:
            written = "$"  # a bare sign: "15,75 $ l'heure", "2 milliards $" in a paragraph on Quebec (not "US$")
        elif q.kind is CURRENCY and (names := _WORDS.findall(q.text)):
            # the name a currency was given by default: "20 مليار ريال", or a sign before the figure: "Rs1.075 million"
            # (not "0,73 dollar américain", named in full)
            sign = _SIGN_BEFORE_FIGURE.match(q.text, len(q.qualifier or "") if q.text.startswith(q.qualifier or "") else 0)
            written = normalize(names[-1])
            if sign is not None and any(normalize(sign.group(1)) in forms for forms, _ in lex.currency_by_country):
                written = normalize(sign.group(1))
        else:
            written = ""
        for forms, countries in lex.currency_by_country:
            if written not in forms:
                continue
            if written in lex.currency_by_country_scaled and q.scale is None and not (
                    noun is not None and _word_after_in(text, replace(q, end=noun.end()), lex.period_before)):
                break  # (a word that is also a thing, money only after a scale or before a rate's period: "56 milliards de
                # couronnes", "1 200 couronnes par tonne"; not "12 couronnes anciennes", "300 couronnes pour les obsèques")
            if words is None:
                paragraph = lex.fold(text[start:end])
                words = set(_WORDS.findall(paragraph))
                words |= {w[1:] for w in words if w[:1] in lex.prefixes}  # "بالأردن", "والكويت"
                words |= {bare + w[len(written) :] for w in words for written, bare in lex.name_prefixes
                          if w.startswith(written) and len(w) > len(written) + 1}  # "للأردن", "لتونس"
                words |= {name for names in countries.values() for name in names  # ("Royaume-Uni", "Кот-д'Ивуар")
                          if (" " in name or "-" in name) and name in paragraph}
            # the country named right after the name ("30 dinars tunisiens" in a paragraph on Algeria too), or the one
            # the paragraph names, or the one a currency written out beside it has ("de 50 dinars jordaniens à 35 dinars")
            own = _NEXT_WORD.match(text, noun.end() if noun is not None else q.end)
            things = lex.currency_by_country_things.get(written, frozenset())
            of = _NEXT_WORD.match(text, own.end()) if own is not None and normalize(own.group(1)) in lex.values["OF"] else own
            if (of is not None and lex.fold(of.group(1)) in things) or (own is not None and (
                    lex.fold(own.group(1)) in lex.currency_by_country_things_after.get(written, ())
                    or (q.scale is None and lex.fold(own.group(1)) in lex.currency_by_country_things_after_alone.get(written, ())
                        and all(names.isdisjoint(words) for names in countries.values())))):
                # (the thing the name also is, named right after it: "2 milioni di corone dentali", "corone di fiori", or a
                # word that only the thing takes: "3 000 livres anciens", "500 millions de livres vendus", books; or with no
                # scale's word before and no country of the money named, one the money takes too: "1 200 livres volés")
                if q.kind is CURRENCY:
                    q = _a_count_of_things(q, written)
                break
            named = [code for code, names in countries.items() if own is not None and lex.fold(own.group(1)) in names]
            if named:
                q = replace(q, end=own.end(), text=text[q.start : own.end()])  # type: ignore[union-attr]
            else:
                named = [code for code, names in countries.items() if not names.isdisjoint(words)]
                if not named and q.kind is CURRENCY and not things.isdisjoint(words):
                    q = _a_count_of_things(q, written)  # "350 millions de livres" in a paragraph of books, none of a country
                    break
                named = named or [code for code in countries if code in written_codes and written != "$"]  # (a bare sign
                # stays: "1,34 $ CA, soit 5 $")
            if len(named) == 1 and noun is not None:
                end = max(q.end, noun.end())
                q = replace(q, kind=CURRENCY, unit=named[0], noun=None, end=end, text=text[q.start : end])
                if q.qualifier is None and (before := _every_qualifier(lang).search(text, max(start, q.start - 48), q.start)):
                    # (the qualifier a year's figure did not take: "начинается от 1500 дирхамов" in a paragraph on Dubai)
                    q = replace(q, start=before.start(1), text=text[before.start(1) : q.end], qualifier=before.group(1),
                                bound=_bound_of(lex, before.group(1)))
            elif len(named) == 1:
                q = replace(q, unit=named[0])
            break
        out.append(q)
    return out


def _a_count_of_things(q: Quantity, name: str) -> Quantity:
    """``q``, read in a currency by a name that is also a thing's, as a count of those things, its span the figure's and
    its scale word's: "Les Français ont acheté 350 millions de livres" in a paragraph of books."""
    # (a number in words ends before the name: "trois livres par an")
    cut = q.text.casefold().rfind(name)
    end = q.scale_span[1] if q.scale_span is not None else q.start + max(
        (m.end() for m in _FIGURE_IN.finditer(q.text)), default=len(q.text[:cut].rstrip()) if cut > 0 else len(q.text))
    return replace(q, kind=COUNT, unit=None, noun=name, end=end, text=q.text[: end - q.start])


def _fractions_by(
    text: str, found: list[Quantity], lang: str, start: int, end: int, masked: Sequence[tuple[int, int]] = ()
) -> list[Quantity]:
    """ "تراجعت المبيعات بنحو الربع", "بنسبة الثلث", "لم يُموَّل منها سوى الربع": a fraction written with the
    article after a word of the amount, of "about" or of "only" (``fractions_by``) is a share, ending its
    clause ("بنحو الخمس" is a fifth, not five); with "about", bounded."""
    pattern = _fractions_by_pattern(lang)
    if pattern is None:
        return found
    lex = lexicon(lang)
    if not any(text.find(fraction, start, end) >= 0 for fraction in lex.fractions_by):
        return found  # (the pattern, led by a look-behind, is tried at every position; it is case-sensitive)
    added = []
    for m in pattern.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in masked):
            continue  # (in a code span or a link)
        then = _NEXT_WORD.match(text, m.end())
        if not _clause_goes_no_further(text, m.end(), lex) and not (then and normalize(then.group(1)) in lex.fractions_by_then):
            continue  # "بنسبة الخمس سنوات"? a number before its noun, not a share (but "بنحو الربع لتصل إلى 1.1 مليار")
        word = m.group("by")
        bound = _bound_of(lex, word)
        share = lex.fractions_by[normalize(m.group("fraction"))]
        begin = m.start("by") if bound is not EXACT else m.start("fraction")
        stop = m.end()
        if bound is EXACT and then is not None and lex.values["Q_AFTER"].get(normalize(then.group(1))) == "about":
            bound, word, stop = ABOUT, then.group(1), then.end()  # "إلى النصف تقريبا": a qualifier written after it
        added.append(Quantity(NUMBER, share, begin, stop, text[begin:stop], lang, bound=bound,
                              qualifier=word if bound is not EXACT else None))
        # (a range the grammar read from the fraction's word to an amount after it keeps the amount: "تراجعت الإيرادات
        # بنحو الخمس إلى 1.2 مليار درهم" is a fifth and the level reached)
        for q in found:
            if q.start < stop < q.end:
                rest = _NEXT_WORD.match(text, stop)
                after = rest.end() if rest is not None and normalize(rest.group(1)) in lex.values["TO"] else stop
                added.extend(r for r in extract_span(text, lang, after, q.end, masked) if r.start >= after)
    return _with_added(found, added)


@cache
def _fractions_by_pattern(lang: str) -> re.Pattern[str] | None:
    lex = lexicon(lang)
    if not lex.fractions_by or not lex.fractions_by_words:
        return None
    # (or after "and" written onto the word: "ونحو الثلث"; a word with its own letter written on is listed whole, "بنحو")
    start = "|".join(["(?<!\\w)", *(rf"(?<=(?<!\w){regex.escape(p)})" for p in lex.prefixes)])
    return compile_cached(rf"(?:{start})(?P<by>{_alternatives(lex.fractions_by_words)})\s+(?P<fraction>{_alternatives(lex.fractions_by)})(?!\w)")


def _with_added(found: list[Quantity], added: list[Quantity]) -> list[Quantity]:
    """``found`` with the quantities ``added`` read over it, in place of those they overlap."""
    if not added:
        return found
    kept = [q for q in found if not any(a.start < q.end and q.start < a.end for a in added)]
    return sorted([*kept, *added], key=lambda q: q.start)


# What an ordinal after "every" says how often of, not a share.
_SCHEDULE = frozenset({"DUR", "WEEKDAY"})


def _every_ordinal(lex: Lexicon, word: str) -> int | None:
    """N of an ordinal of ``every_ordinals``, its stem and one of ``every_ordinal_endings``."""
    for stem, n in lex.every_ordinals.items():
        if word.startswith(stem) and word[len(stem) :] in lex.every_ordinal_endings:
            return n
    return None


@cache
def _every_pattern(lang: str) -> re.Pattern[str] | None:
    lex = lexicon(lang)
    if not lex.every_words or not lex.every_ordinals:
        return None
    # (the qualifier is looked for after a match: a pattern that opens with an optional part scans
    # slowly, and this one runs over all the text of these languages)
    return compile_cached(rf"(?<!\w)(?:{_alternatives(lex.every_words)})\s+(?P<ord>\w+)", re.IGNORECASE)


@cache
def _pass_words(lang: str) -> re.Pattern[str]:
    """Every word the passes of :func:`extract_span` that read the text itself look for before they try their
    patterns (``_every_words``, ``_glued_words``, ``dual_counts``, ``_one_unit_units``, ``_decade_words``,
    ``_fiscal_marks``, the words of :func:`_century_patterns` and :func:`_century_range_patterns`,
    ``fractions_by``, the first words of ``age_ordinals``, the forms of ``word_amounts``), in one trie: a paragraph whose ``folded`` it finds nothing in holds none of them, and those
    passes would each find nothing. (The trie's space matches any run of spaces, which a single one is: it may
    find more, never less.)"""
    lex = lexicon(lang)
    words: set[str] = set()
    if _every_pattern(lang) is not None:
        words.update(_every_words(lang))
    if _glued_pattern(lang) is not None:
        words.update(_glued_words(lang))
    if lex.one_unit_spells:
        words.update(_one_unit_units(lang))
    if _decade_pattern(lang) is not None:
        words.update(_decade_words(lang))
    if _fiscal_pattern(lang) is not None:
        words.update(_fiscal_marks(lang))
    for _, needles, _ in _century_patterns(lang):
        words.update(needles)
    if lex.century_range_words:
        words.update(_century_range_patterns(lang)[2])
    # (and those two look for theirs in the text as written: folded, a word of the text is in ``folded`` folded so,
    # as case folding and the two replacements of :func:`_case_blind` go one character at a time)
    words.update(_case_blind(w) for w in (*lex.dual_counts, *lex.measure_duals, *_age_ordinal_heads(lang)))
    if _fractions_by_pattern(lang) is not None:
        words.update(_case_blind(w) for w in lex.fractions_by)
    words.update(_one_unit_words(lang))
    words.update(_case_blind(w) for w in lex.word_amounts)
    words.update(_age_label_words(lang))
    return compile_cached(trie(sorted(words)))


@cache
def _every_words(lang: str) -> frozenset[str]:
    """The words of every (``every_words``) as :func:`_case_blind` writes them: a paragraph that holds none
    so holds no match of ``_every_pattern``."""
    return frozenset(_case_blind(w) for w in lexicon(lang).every_words)


def _case_blind(text: str) -> str:
    """``text`` folded as a case-blind pattern (``re.IGNORECASE``) matches it, to look quickly for a word such a
    pattern needs: every character a pattern's letter matches folds as that letter does ("EVERY", "Every":
    "every"; "İ" and "ı", which match "i", as "i"; checked over all of Unicode, with the engine's own extra
    pairs of letters, for Python 3.11)."""
    return text.casefold().replace("\u0307", "").replace("ı", "i")


@cache
def _every_qualifier(lang: str, prefixed: bool = False) -> re.Pattern[str]:
    """A qualifier that ends right before a point, with a space or an elided vowel: "почти | каждый пятый", "fino a |
    40°", "plus d'| un"; with ``prefixed``, a prefix of the language written onto it or not, the match starting at the
    prefix ("بأكثر من | مترين")."""
    lex = lexicon(lang)
    qualifiers = [w for w in lex.qualifier_bounds if w[:1].isalpha()]
    prefix = f"(?:{_alternatives(lex.prefixes)})?" if prefixed and lex.prefixes else ""
    return compile_cached(rf"(?<!\w){prefix}({_alternatives(qualifiers)})(?:\s+|(?<=['’]))$", re.IGNORECASE)


def _alternatives(forms: Iterable[str]) -> str:
    """Forms as alternatives of a pattern: longest first, and in the same order in every process (the
    program is cached by its source)."""
    return "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))


def _fraction_homograph(text: str, q: Quantity, start: int, lex: Lexicon) -> int | None:
    """The denominator of a number word that is also a fraction (``fraction_homographs``) where it is the fraction: before
    a noun with the article, "يشكل الشباب نحو خمس السكان" (a fifth of the population: "five" takes a noun without it,
    "خمس سنوات"; a unit of time with it is read by the grammar, "خمس السنوات"), or with the article itself where the clause
    ends after it and no noun with the article stands before, which it would describe ("أي بزيادة الخمس", an increase of a
    fifth; "السنوات الخمس.", "بالمباريات العشر." are five years, ten matches). Without the article, also before a noun
    with a pronoun written onto it (``possessive_suffixes``: "خسرت العملة ما يقرب من خمس قيمتها", a fifth of its value),
    or after a qualifier where a preposition or the clause's end follows ("ارتفعت الأسعار بما يقرب من خمس خلال عام"; five
    would count a noun)."""
    word = normalize(q.text.split()[-1])
    if (denominator := lex.fraction_homographs.get(word)) is not None:
        noun = _NEXT_WORD.match(text, q.end)
        if q.value != denominator:
            return None
        if noun is not None and (noun.group(1).startswith(lex.definite_prefixes) or (
                noun.start(1) == q.end + 1 and len(noun.group(1)) > 3 and noun.group(1).endswith(lex.possessive_suffixes))):
            return denominator
        return denominator if q.qualifier is not None and (
            _CLAUSE_END_AFTER.match(text, q.end) is not None or _word_after_in(text, q, lex.prepositions)) else None
    article = next((p for p in lex.definite_prefixes if word.startswith(p)), None)
    if article is None or (denominator := lex.fraction_homographs.get(word[len(article) :])) is None or q.value != denominator:
        return None
    return denominator if _CLAUSE_END_AFTER.match(text, q.end) is not None and not _after_definite_noun(text, q, start, lex) else None


def _bound_of(lex: Lexicon, qualifier: str | None) -> Bound:
    """The bound of a qualifier a pattern matched case-insensitively; exact where its folded form is no
    key ("A MİNİMUM OF": "İ" folds to two letters)."""
    bound = lex.qualifier_bounds.get(normalize(qualifier)) if qualifier else None
    return Bound(bound) if bound is not None else EXACT


def _share_before_noun(text: str, q: Quantity, lex: Lexicon, ratio: str) -> bool:
    """Whether a word of ``ratio_words_after_any`` makes "N in M" a share: a word follows M that is no
    unit or other word of the vocabulary ("Two in five adults", "ثلاثة من كل خمسة أشخاص"; not "2 in 10
    minutes"), or the clause ends, or the other level of a change or a year is written next ("from 3 in 10
    to 5 in 10", "up from 4 in 10 in 2019", "up from eight in ten a year earlier"), or "of" ("Eight in ten of those
    polled")."""
    if normalize(ratio) not in lex.ratio_words_after_any:
        return False
    if _CLAUSE_ENDS_HERE.match(text, q.end):
        return True  # "…, up from 4 in 10."
    after = _ELIDED_WORDS.match(text, q.end)
    word = after.group(2) if after is not None else ""
    key = normalize(word)
    if key in lex.values["TO"] or key in lex.values["FROM"] or key in lex.values["OF"] or (
        after is not None and key in lex.prepositions and _YEAR_NEXT.match(text, after.end())
    ):
        return True  # "rose from 3 in 10 to 5 in 10", "up from 4 in 10 in 2019": a change's other level, a year; "Nine in
        # 10 of the new arrivals", "Eight in ten of those polled": of whom
    if (nxt := _NEXT_WORD.match(text, q.end)) is not None and _time_phrase(text, nxt, lex):
        return True  # "up from eight in ten a year earlier": the time of the other level
    # (not a name of several capitalised words after a figure in digits: "Three in 10 Downing Street staff"; "3 in 10
    # Americans" is one, and so is "Two in five Gen Z consumers": a name's number is no word); a compound is a word
    # ("3 in 10 first-generation students")
    return len(word) > 2 and word.replace("-", "").isalpha() and lex.fold(word) not in lex.categories and not (
        word[:1].isupper() and q.text.isdigit() and after is not None
        and _CAPITALISED_NAME_GOES_ON.match(text, after.end()) is not None)


def _counts_after(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Whether the figure of "one X in N" goes on into a word (``vent'anni``) or counts the plural
    noun right after it (``noun_plural_endings``): "Un rapport sur trois hôpitaux", "Een blik op de
    drie kandidaten"; the share's verb ("a fait", "percepisce", "vertrok") is short or ends otherwise.
    (English verbs end in "-s" as its plurals do: "One child in seven lives in poverty"; nor does a word of age, which
    says who the share is of: "8 Français sur 10 âgés de 15 à 34 ans"; nor a participle after a small whole,
    ``whole_participles``: "8 oiseaux sur 10 recueillis au centre"; "Une enquête sur 500 vaccinés" counts them.)"""
    if text[q.end : q.end + 1] in ("'", "’"):
        return True
    after = _ELIDED_WORDS.match(text, q.end)
    word = after.group(2) if after is not None else ""
    return (bool(lex.noun_plural_endings) and len(word) > 3 and word.islower() and word.isalpha()
            and word.endswith(lex.noun_plural_endings) and normalize(word) not in lex.prepositions  # (not "dans")
            and normalize(word) not in lex.age_before_words
            and not (normalize(word) in lex.whole_participles and isinstance(q.value, Decimal) and q.value < _SMALL_WHOLE))


def _ratios(lex: Lexicon) -> list[str]:
    return [*lex.ratio_after_one, *(w for w, c in lex.categories.items() if "OVER" in c)]


@cache
def _ratio_ends(lang: str) -> frozenset[str]:
    """The last word of each word of ratio ("de" of "op de", "كل" of "من كل")."""
    return frozenset(r.split()[-1] for r in _ratios(lexicon(lang)))


@cache
def _one_in_pattern(lang: str) -> re.Pattern[str] | None:
    lex = lexicon(lang)
    ratios = _ratios(lex)
    ones = [w for w, v in lex.values["NUMWORD"].items() if v in range(1, 11) and w[:1].isalpha() and " " not in w]
    ones += [w for w in lex.values.get("INDEF", {}) if w[-1:] in ("'", "’")]  # "Un'azienda su cinque"
    qualifiers = [w for w in lex.qualifier_bounds if w[:1].isalpha()]
    if not ratios or not ones:
        return None
    one_of = _alternatives
    # "7 Français sur 10", "1 élève sur 5", where plurals tell a count apart; "3 in 10 Americans", with no noun between
    figures = "|[1-9][0-9]?" if lex.noun_plural_endings or lex.ratio_words_after_any else ""
    # (the standard engine, its program kept in the user cache: ``regex`` took 50 to 85 ms a language
    # to compile it, with full case folding, and ``re`` 10 to 35 ms)
    word = r"[^\W\d_][\w'’\-]*"
    # "montre que trois Français sur dix", "found that three in 10 Americans": after a word that opens a
    # clause (``clause_openers``), as after a comma
    # (an apostrophe either way: "Aujourd’hui", "montre qu’un Français sur trois")
    opener_words = one_of(lex.clause_openers).replace("'", "['’]")
    openers = rf"|(?<!\w)(?:{opener_words})(?:\s+|(?<=['’]))" if lex.clause_openers else ""
    # ...and after a source named with no comma: "Secondo la Coldiretti 4 italiani su 10", "According to Gallup 4 in 10
    # Americans" (``attribution_words``, then at most three words)
    if lex.attribution_words:
        sources = one_of(lex.attribution_words).replace("'", "['’]")
        openers += rf"|(?<!\w)(?:{sources})(?:\s+|(?<=['’])){word}(?:\s+{word}){{0,2}}\s+"
    return compile_cached(
        # (or anywhere after a space, for a number before a word of ``ratio_words_after_any`` alone where the
        # verb comes first: "قال إن ثلاثة من كل عشرة أطفال")
        # (a line's start too, where a paragraph after the first starts: the search starts there, where "^" matches not;
        # and an em dash that opens an aside: "1.7 million Gazans — nine in ten of the strip's population — have")
        rf"(?:(?P<opens>^|(?<![^\n])[ \t]*(?:(?:[-*+]|>[ \t>]*|\d{{1,3}}[.)])[ \t]+)?|(?:[\n;:!?«\"“(—]|[.,](?!\d))\s*{openers})|(?<=\s))(?:(?:{one_of(lex.and_words)})\s+)?"  # "…, et un enfant sur quatre"
        rf"(?:(?:{one_of(sorted(lex.only_words))})(?:\s+|(?<=['’])))?"  # "Solo un candidato su dieci", "qu'un jour sur trois"
        rf"(?P<qualifier>(?:(?:{one_of(qualifiers)})(?:\s+|(?<=['’])))?)"
        rf"(?P<one>{one_of(ones)}{figures})(?:(?:\s+|(?<=['’]))(?P<noun>{word}(?:\s+{word}){{0,2}}))?\s+(?P<ratio>{one_of(ratios)})\s+$",
        re.IGNORECASE,
    )


def _joins_bounds(gap: str, qualifier: str, joiners: frozenset[str], comma: bool) -> bool:
    """ "above 10 and below 20": a joiner between the bounds; or, after a floor, a comma
    ("maggiore di 100, minore di 300")."""
    comma = comma and "," in gap
    gap = normalize(gap.replace(qualifier, "")).strip(" ,")
    return gap in joiners or (comma and gap == "")


def _from_to_bounds(text: str, prev: Quantity, q: Quantity) -> bool:
    """ "from a minimum of 500 to a maximum of 3,000": "from" before the first bound, only "to" between."""
    lex = lexicon(q.lang)
    before = text[max(0, prev.start - 16) : prev.start].rstrip().replace("’", "'").split()
    return bool(before) and normalize(before[-1]) in lex.values["FROM"] and normalize(text[prev.end : q.start]) in lex.values["TO"]


def _bounds_over_or(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "fines of up to €35m or 7% of turnover", "peuvent atteindre 35 millions d'euros ou 7 %", "до 30 млн евро или
    6% оборота": a bound written before a figure bounds the other measure that "or" alone joins to it (an amount of
    another kind or unit: "up to 5 or 6 days" is the grammar's), or one of the same kind after a comma and "or" ("above
    $609,350, or $731,200 for joint filers")."""
    out = list(found)
    for i in range(1, len(out)):
        prev, q = out[i - 1], out[i]
        if (prev.bound is EXACT or q.bound is not EXACT or prev.qualifier is None or q.qualifier is not None or q.is_range
                or prev.is_range or not prev.text.startswith(prev.qualifier)
                or q.kind in (DATE, YEAR, DURATION) or prev.kind in (DATE, YEAR, DURATION)):
            continue
        lex = lexicon(q.lang)
        words = normalize(text[prev.end : q.start]).split()
        if ((prev.kind, prev.unit) == (q.kind, q.unit)) != (words[:1] == [","]):
            continue  # (of one kind, after a comma only: "above $609,350, or $731,200 for joint filers"; of another, with
            # no comma: "more than $5 billion, or 3% of GDP" restates the amount)
        words = [w for w in words if w != ","]
        if 0 < len(words) <= 2 and words[0] in lex.values["OR"] and all(  # (and the qualifier's "to": "fino a ... o al 7%")
                w in lex.values["TO"] or w in lex.values["ARTICLE"] for w in words[1:]):
            out[i] = replace(q, bound=prev.bound)
    return out


def _spells_compared(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "8 points more than five years ago", "circa 8 punti più di cinque anni fa", "40 procent meer dan twee jaar
    geleden": "more" or "less" and "than" right after a difference, with only spaces between, compare it with a time, a
    spell before a word of ``ago_words`` or ``later_words``, and bound nothing: the spell is exact. A difference is an
    amount after a comma, set beside what it compares ("52%, 40 procent meer dan"; "raised its rate to 5.25% more than
    two years ago", "verhoogde de rente met 0,25 procentpunt meer dan twee jaar geleden" keep their bound, and so does
    "in 2019 more than five years ago")."""
    out = found
    for i in range(1, len(found)):
        q, prev = found[i], found[i - 1]
        if (q.kind is not DURATION or q.bound not in (MORE_THAN, LESS_THAN) or q.qualifier is None or prev.kind in (DATE, YEAR)
                or not q.text.startswith(q.qualifier) or text[prev.end : q.start].strip()
                or not text[max(0, prev.start - 8) : prev.start].rstrip().endswith(",")):
            continue
        lex = lexicon(q.lang)
        word = _NEXT_WORD.match(text, q.end)
        if word is not None and ((key := normalize(word.group(1))) in lex.ago_words or key in lex.later_words):
            out = out if out is not found else list(found)
            out[i] = _unqualified(q)
    return out


def _verb_before_between(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "pourrait atteindre entre 500 000 et 550 000 tonnes", "potrebbe raggiungere tra 500.000 e 550.000 tonnellate": a
    verb written as a qualifier (a ceiling or floor of one figure, "pourrait atteindre 8 %") before the word of "between"
    of a range bounds none of it: the range is its own, from that word (not "up to between 5% and 6%", whose "to" keeps
    its ceiling, nor "about")."""
    out = list(found)
    for k, q in enumerate(found):
        if q.qualifier is None or not q.is_range or q.bound is ABOUT or not q.text.startswith(q.qualifier):
            continue
        lex = lexicon(q.lang)
        word = _NEXT_WORD.match(text, q.start + len(q.qualifier))
        last = _UP_TO_WORDS.split(normalize(q.qualifier))[-1]
        if word is not None and normalize(word.group(1)) in lex.values["BETWEEN"] and last not in lex.values["TO"] and (
                last not in lex.values["BETWEEN"]):
            at = word.start(1)
            out[k] = replace(q, start=at, text=text[at : q.end], bound=EXACT, qualifier=None)
    return out


def _floors_and_ceilings(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "above 1000 and below 1500", "at most 100 and at least 20", "أكبر من 20 وأقل من 35": a floor
    and a ceiling joined by the language's "and" are one range, and so are a floor and a ceiling
    after "from" and "to" ("va da un minimo di 500 a un massimo di 3.000 euro"). (The grammar cannot
    see it: after "more than 3 billion and" it cannot tell a second bound from the rest of a sum.) The scale
    written once, on the second, is both ends', as in a range: "not less than 10 and not more than 50 million
    euros" is 10 to 50 million, where that keeps the first end below the second."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (
            prev is not None and (prev.bound in FLOORS) != (q.bound in FLOORS)
            and (prev.bound in CEILINGS) != (q.bound in CEILINGS)
            and not prev.is_range and not q.is_range
            and (prev.kind, prev.unit) in ((q.kind, q.unit), (NUMBER, None), (COUNT, None))
            and isinstance(prev.value, Decimal) and isinstance(q.value, Decimal)
            and prev.value != q.value and (prev.value < q.value) == (prev.bound in FLOORS)
            and (_joins_bounds(text[prev.end : q.start], q.qualifier or "", lexicon(q.lang).bound_joiners,
                               comma=prev.bound in FLOORS) or _from_to_bounds(text, prev, q))
        ):
            first, second = prev.value, q.value
            if (prev.scale is None and q.scale is not None and prev.kind in (NUMBER, COUNT) and prev.unit is None
                    and 0 < first < 1000 and first.scaleb(q.scale_exponent) < second):
                first = first.scaleb(q.scale_exponent)
                prev = replace(prev, scale=q.scale, scale_exponent=q.scale_exponent, scale_span=q.scale_span)  # (for the rules of scale words)
            low, high = sorted((first, second))
            out[-1] = replace(prev, kind=q.kind, unit=q.unit, bound=EXACT, value=low, range_to=high,
                              end=q.end, text=text[prev.start : q.end], precision=Decimal(0))
            continue
        out.append(q)
    return out


def extract_text(
    text: str, lang: str | None = None, masked: Sequence[tuple[int, int]] = (), markdown: bool = False
) -> list[Quantity]:
    """Every quantity in ``text``; ``lang`` fixes the language, else each paragraph's is detected.
    (Each paragraph is read in one pass; its sentences matter only to linking.) A paragraph is a line,
    or in Markdown a block of lines, whose wrapped lines a figure reads across ("$1.5\nmillion"); Markdown is
    read as its reader sees it (:func:`claimlint.source.reading_of`), each quantity's span and text as written."""
    from claimlint.segment import paragraphs

    reading = reading_of(text, markdown)
    masked = reading.spans(masked)
    return _as_written(text, reading, [
        q for para in paragraphs(reading.text, lang=lang, masked=masked, markdown=markdown)
        for q in extract_span(reading.text, para.lang, para.start, para.end, masked)
    ])


def extract_sentences(
    text: str, sentences: Sequence[Sentence], masked: Sequence[tuple[int, int]] = (), markdown: bool = False
) -> list[Quantity]:
    """Every quantity of already segmented text (the check command segments once, for both stages)."""
    reading = reading_of(text, markdown)
    masked = reading.spans(masked)
    out: list[Quantity] = []
    # Read each paragraph in one pass (runs never cross a sentence end); sentences matter to linking.
    for _, group in groupby(sentences, key=lambda s: (s.paragraph, s.lang)):
        part = list(group)
        start, end = reading.from_article(part[0].start), reading.from_article(part[-1].end)
        out.extend(extract_span(reading.text, part[0].lang, start, end, masked))
    return _as_written(text, reading, out)


def _as_written(text: str, reading: Reading, found: list[Quantity]) -> list[Quantity]:
    """Quantities read in ``reading`` with their spans, text and scale word as ``text`` writes them (marks of emphasis,
    character references, Arabic's marks of vowels and all)."""
    if reading.text is text:
        return found
    if not reading.refs:
        return [q if reading.text[q.start : q.end] == text[q.start : q.end] else replace(q, text=text[q.start : q.end])
                for q in found]
    out = []
    for q in found:
        start, end = reading.to_article(q.start), reading.to_article(q.end, end=True)
        scale, scale_span = q.scale, q.scale_span
        if scale_span is not None:
            read = scale == reading.text[scale_span[0] : scale_span[1]]
            scale_span = (reading.to_article(scale_span[0]), reading.to_article(scale_span[1], end=True))
            if read:  # (the scale word as written: "مليوناً")
                scale = text[scale_span[0] : scale_span[1]]
        out.append(replace(q, start=start, end=end, text=text[start:end], scale=scale, scale_span=scale_span))
    return out


class _CallableModule(types.ModuleType):
    """``claimlint.extract(text, lang=None)`` is the package's API, and ``claimlint.extract`` is also this
    module: importing it (the API does, lazily) rebinds the package's name to the module. So the module
    answers a call as the API does, and ``claimlint.extract(...)`` works after any import."""

    def __call__(self, text: str, lang: str | None = None) -> list[Quantity]:
        return extract_text(text, lang=lang)


sys.modules[__name__].__class__ = _CallableModule
