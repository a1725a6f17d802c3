"""Each language's vocabulary, compiled once into a tokenizer and the categories of its words.

The words live in ``claimlint/data/lang/<lang>.yaml`` (hand-written), ``claimlint/data/common.yaml``
(currency and percent signs) and ``claimlint/data/cldr.json`` (month and weekday names from CLDR).
Every form belongs to one or more *categories*, which are the terminals of the Lark grammar
(``grammar/quantity.lark``): "до" is both ``Q_ATMOST`` ("up to") and ``TO`` (the end of "от 9 до 10").
The parser's contextual lexer (:mod:`claimlint.parse`) picks the category the grammar accepts where
the word stands; :meth:`Lexicon.value` maps a form back to what it means.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import MISSING, Field, dataclass, field, fields
from decimal import Decimal
from functools import cache, cached_property, lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any, NamedTuple

import regex

from claimlint.compiled import compile_cached, lazy
from claimlint.datafiles import cached_json
from claimlint.measures import is_temperature

LANGUAGES = ("en", "fr", "ru", "ar", "it", "nl")
_WORD_RUN = lazy(r"\p{L}+")

# Terminal name -> key of a plain word list in the language file.
_WORD_LISTS: dict[str, str] = {
    "INDEF": "indefinite",
    "CUR_LINK": "currency_links",
    "BETWEEN": "range_between",
    "FROM": "range_from",
    "TO": "range_to",
    "OR": "or_words",  # "two or three million": a range only where the upper end's scale carries over
    "MOVE_TO": "move_to_words",  # "с 3 на 5 марта": a range word only where an event moves ("from" ... "to")
    "AND": "range_and",
    "ARTICLE": "articles",
    "YEAR_BEFORE": "year_words_before",
    "YEAR_AFTER": "year_words_after",
    "OF": "fraction_of",  # "a quarter of a million"
}
# Terminal name -> bound, for qualifiers written before the figure.
QUALIFIER_BOUNDS: dict[str, str] = {
    "Q_MORE": "more_than",
    "Q_ATLEAST": "at_least",
    "Q_LESS": "less_than",
    "Q_ATMOST": "at_most",
    "Q_ABOUT": "about",
}
# When a word belongs to several categories the grammar accepts at once, the first listed wins.
CATEGORY_ORDER = (
    # SUBUNIT before SCALE: after "treize euros et quarante-cinq", "cents" is cents, not hundreds
    "DATE_NUM", "NUM", "DAY", "NUMWORD", "SUBUNIT", "SUBUNIT_CUR", "SCALE", "SCALE_DUAL", "SCALE_HALF", "DUR_DUAL", "DUR_HALF", "PCT_HALF", "CUR_DUAL", "SCALE_BARE",
    "INDEF",
    "CUR_SIGN", "CUR_WORD", "CUR_AFTER", "CUR_SCALED", "PCT", "PCT_BEFORE", "PP", "BP", "DUR", "MONTH",
    "YEAR_AFTER", "YEAR_BEFORE",
    "Q_MORE", "Q_ATLEAST", "Q_LESS", "Q_ATMOST", "Q_ABOUT", "Q_AFTER",
    "BETWEEN", "FROM", "TO", "OR", "MOVE_TO", "AND", "DASH", "SLASH", "COMMA", "NEG", "POINT", "DENOM", "OVER", "MULT", "APPROX", "APPROX_BARE",
    "CUR_LINK", "ARTICLE", "OF", "WEEKDAY", "RACE_TIME",
)

DIGITS = "0-9٠-٩۰-۹"
# The years a bare four-digit figure may name in current copy (a year word reaches further back), and
# the figures that may be a year at all.
CALENDAR_YEARS = range(1800, 2200)
YEAR_FIGURES = range(1000, 2200)
# Years news copy names bare in set phrases and headlines, whatever the language's habits.
RECENT_YEARS = range(1990, 2040)
NAMED_YEARS = range(1000, 2101)  # the years news names, up to the end of the century climate copy looks to
# The tens words' values: "twenty" to "ninety".
TENS = frozenset(range(20, 100, 10))
# Unicode's vulgar fractions ("½", "⅔"); their values come from the Unicode database.
VULGAR = "\u00bc-\u00be\u2150-\u215e"
_TO_ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPACE = r"[ \t\u00a0\u202f\u2009]"
def _figure(degrees: Sequence[str]) -> str:
    """The pattern of a figure below, with the language's words of degrees (``degrees``, after an en dash as a minus)."""
    return _FIGURE_PATTERN.replace("{degrees}", "|".join(re.escape(d) for d in sorted(degrees, key=len, reverse=True)) or "(?!)")


# A figure, loosely: "1 234,5", "1.950", "53", "٥٣٫٥". The language's rules read the separators. (Its sign: a plus, a
# minus, a hyphen after no word or figure, or an en dash written onto a figure of degrees or a percent sign after a word
# and a space, as much copy writes a minus: "до –20 °C", "ночью –15 градусов", "a évolué de –0,4 %", "sceso del –2,1%";
# not a dash before a count, "такой –12 новых заводов", nor one that opens an aside a dash written onto a word closes,
# "La hausse des prix –2,1 % sur un an– ralentit".)
_FIGURE_PATTERN = (
    # (groups written with spaces after no Latin, Greek or Cyrillic letter: "in Q2 295.2 million" is Q2, then
    # 295.2; Arabic writes its conjunctions and prepositions onto the figure, "و125 000")
    # (the optional sign is an empty last alternative rather than a "?", which the engine runs as a repeat
    # with its bookkeeping at every figure)
    rf"(?:[+\u2212]|(?<![\w.,\-–$€£¥₽%٪)])-(?=[{DIGITS}.,])|(?<=[^\W\d_][ \u00a0])–(?=[{DIGITS}]+(?:[.,][{DIGITS}]+)?[ \u00a0\u202f]*(?:[°%٪]|(?:{{degrees}})(?!\w)))(?![^–—\n]{{0,60}}?[^\s–—][–—](?!\d))|)(?:(?<![A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff])[{DIGITS}]{{1,3}}(?:[ \u00a0\u202f][{DIGITS}]{{3}})+(?![{DIGITS}])(?:[.,٫][{DIGITS}]+)?"
    # Swiss copy groups with an apostrophe: "38'500 franchi", "CHF 31’000" (three digits after each, so that no
    # minutes and seconds, "1'30''", read so)
    rf"|(?<![\w'’.,])[{DIGITS}]{{1,3}}(?:['’][{DIGITS}]{{3}})+(?![{DIGITS}'’])(?:[.,][{DIGITS}]+)?"
    rf"|[{DIGITS}]+/[{DIGITS}]+(?![{DIGITS}/])"
    # scientific notation: "1.3e6", "12,32e+14", "6.23x10^-4" (and a fraction's digits, below): the digits are
    # taken possessively ("++", "*+"), since what must follow them is no digit, and giving one back could never
    # match; at every plain figure ("2024 million") the engine would otherwise retry each shorter run of them (an
    # exponent of two digits at most: "1e53591", "09e9221" are commits' names, no powers of ten)
    rf"|[{DIGITS}]++(?:[.,][{DIGITS}]++|)(?:[eE][+\-]?|[ \u00a0]?[x×][ \u00a0]?10\^[+\-]?)[{DIGITS}]{{1,2}}(?!\w|[.,][{DIGITS}])"
    rf"|[{DIGITS}]*+[{VULGAR}]"
    rf"|[{DIGITS}]+(?:[.,٫٬][{DIGITS}]+)*"
    rf"|(?<![\w.,٫])[.,٫][{DIGITS}]+)"
)
# What a date, a race time or a figure may start with (\d: the race times' figures): a digit or a fraction, or a
# sign or a decimal separator before one (or before a separator: "-.5"). The sign and separator are also
# tokens of their own, and most of them stand before no figure ("5, 6", "e-commerce"): checking the next
# character here spares them the trial of every figure's alternative.
_FIGURE_START = rf"[\d{VULGAR}]|[+\u2212\-–.,٫][\d{VULGAR}.,٫]"
_DAY_DIGITS = rf"[{DIGITS}]{{1,3}}"  # not a year: "в 2024-м году"
_LONG_DIGITS = rf"(?:[{DIGITS}]{{4,7}}|[{DIGITS}]{{1,3}}(?:[,.\u00a0\u202f ][{DIGITS}]{{3}})+)"  # "1000", "1,000", "3 500"
_DATE = (
    rf"(?:[{DIGITS}]{{4}}-[{DIGITS}]{{2}}-[{DIGITS}]{{2}}"
    rf"|[{DIGITS}]{{1,2}}(?P<dsep>[./\-])[{DIGITS}]{{1,2}}(?P=dsep)[{DIGITS}]{{4}}"  # (Dutch "14-02-2022")
    # a day and month with no year, where the day cannot be a month: "entro il 30/6", "tot 31/12"
    # (not "24/7", round the clock, nor "3/5", a share or a rating), or where the month is written with a
    # leading zero, as months are and shares never: "from 12/03" (not "a rating of 07/10", "the 09/10 season")
    r"|(?!24/7(?![0-9]))(?:1[3-9]|2[0-9]|3[01])/(?:0?[1-9]|1[0-2])(?![/.,][0-9])"
    r"|(?:0[1-9]|1[0-2])/0[1-9](?![/.,][0-9]))(?![0-9])"
)


@lru_cache(maxsize=1 << 14)
def normalize(form: str) -> str:
    """The lookup key of a form: NFC, case-folded, one kind of apostrophe, single spaces. (Kept for the
    forms asked for again: the words around figures are asked for many times over.)"""
    form = unicodedata.normalize("NFC", form).casefold()
    form = form.replace("’", "'").replace("ʼ", "'")
    return " ".join(form.split())


def to_ascii_digits(text: str) -> str:
    return text.translate(_TO_ASCII_DIGITS)


def _load_yaml(name: str) -> Any:
    from claimlint.datafiles import load_data

    return load_data(name)


@cache
def _common() -> dict[str, Any]:
    return dict(_load_yaml("common.yaml"))


# The patterns built from the data depend on this module's code too.
_SOURCE_DIGEST = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


@cache
def _cldr() -> dict[str, Any]:
    text = resources.files("claimlint.data").joinpath("cldr.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def _decimal_or_none(value: object) -> Decimal | None:
    """A bound of ``measure_word_values``, or None where the file gives none."""
    return None if value is None else Decimal(str(value))


def _reach(words: dict[str, int] | None) -> tuple[int, int] | None:
    """A ``reach`` of ``measure_in_context``: the words before the figure and after the unit where its words count."""
    return (int(words["before"]), int(words["after"])) if words else None


class UnitInContext(NamedTuple):
    """A unit of measure read only in its context (``measure_in_context``: "35 degrés", "20 nodi"): its symbol; the
    words one of which the figure's sentence holds (or, with a ``reach``, one of so many words of its clause before
    the figure and after the unit; with none, any sentence); ``not_after``, none of which may be among the three words
    before the figure (nor, with a reach, among the words after the unit); ``not_before``, none of which may be
    among the two words of its clause after the unit; and, with a reach, ``anywhere``: words that count anywhere in the
    sentence as the words do in the reach."""

    unit: str
    words: frozenset[str]
    not_after: frozenset[str]
    reach: tuple[int, int] | None = None
    not_before: frozenset[str] = frozenset()
    anywhere: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False, repr=False, init=False)
class Lexicon:
    """The compiled vocabulary of one language. (Its ``__init__`` is written out below: the one a dataclass generates,
    of some three hundred parameters, cost 12 ms of every start to compile, and ``__eq__`` and ``__repr__``, which
    nothing uses, 8 ms more.)"""

    lang: str
    digest: str  # of everything the lexicon is built from (data and code), for what is built from it in turn
    anchor_scan: re.Pattern[str]  # _anchor_scan: where the windows lie
    anchors_source: str
    tokenizer_source: str
    plain_tokenizer_source: str  # the same without compound ordinals, for words that are none
    folding: dict[int, str]
    code_only: frozenset[str]
    attached_forms: dict[str, frozenset[str]]  # scale letters on a figure, as written: "m" -> {"m", "M"}
    spaced_forms: dict[str, frozenset[str]]  # those that count after a space too: "m" -> {"M"} ("$1.5 M")
    categories: dict[str, tuple[str, ...]]
    values: dict[str, dict[str, Any]]
    decimal: tuple[str, ...]
    group: tuple[str, ...]
    pieces: regex.Pattern[str]
    connectors: frozenset[str]
    suffixes: frozenset[str]
    sign_forms: frozenset[str]  # currency signs and codes, which may touch a figure ("USD3.14")
    references: tuple[str, ...]
    reference_lists: tuple[str, ...]  # "articles": a reference before a list of figures ending in "and"
    reference_year_words: tuple[str, ...] = ()  # "القانون رقم 151 لسنة 2020": the year of a reference's figure
    variation_words: tuple[str, ...] = ()  # "de 50 € à 100 € par mois selon les villes": a range that varies by something
    # reference words that name something only written with a capital: "Flight 1282" (not "on that
    # flight 150 passengers")
    named_references: tuple[str, ...] = ()
    named_before_years: frozenset[str] = frozenset()  # those after which a year is the year: "Fashion Week 2024"
    phone_calls: tuple[str, ...] = ()  # "Call 111 or 999", "appelez le 15": the short numbers after these...
    service_articles: tuple[str, ...] = ()  # "il 118", "le 115": a service named by its short number after these
    short_phone_numbers: tuple[str, ...] = ()  # ...of these (common.yaml) are phone numbers
    place_words: tuple[str, ...] = ()  # "ligne 14", "binario 3": a figure after them names a place...
    place_idioms: tuple[tuple[str, ...], ...] = ()  # ...but not after these words ("mis en ligne 3 000 archives")
    # Stems of verbs and nouns of change: after them "до"/"tot" gives the level reached.
    change_stems: tuple[str, ...] = ()
    # Stems of verbs whose object is the amount of a change ("verloor 7 procent tot 24,50 euro"); after
    # them "tot" is a level only once that amount is written ("verloor tot 20 procent" is "up to").
    change_by_stems: tuple[str, ...] = ()
    adjective_qualifiers: frozenset[str] = frozenset()  # "a good": more than an amount, no year's ("a good 2023")
    not_verb_words: tuple[str, ...] = ()  # "подростков": starts of words that begin as a stem of a verb does and are none
    change_by_whole: frozenset[str] = frozenset()  # such verbs as whole words, where a stem would take nouns in ("perso", not "persone")
    change_whole: frozenset[str] = frozenset()  # verbs of change as whole words ("go", not "good")
    change_any_whole: frozenset[str] = frozenset()  # both, for the checks that take either
    negation_words: frozenset[str] = frozenset()  # "must not exceed 48 hours": the bound turned over
    negation_clitics: frozenset[str] = frozenset()  # "il n'y a plus que": pronouns between negation and verb
    scales_bare_after_qualifier: frozenset[str] = frozenset()  # "свыше тысячи": one thousand after a qualifier
    scales_dual_one_before_and: frozenset[str] = frozenset()  # "مليونا و600 ألف": one million before "and"
    exceed_verbs: frozenset[str] = frozenset()  # "تجاوزت الصادرات 30 مليار": more than, the subject between
    # "لا يزيد عدد الحضور عن 100 شخص": verbs of comparing whose preposition stands before the figure, the subject
    # between, by bound; and those prepositions
    compare_verbs_apart: dict[str, frozenset[str]] = field(default_factory=dict)
    reach_verbs: frozenset[str] = frozenset()  # "تصل الغرامة إلى 5 ملايين": up to, the subject between
    subunit_time_words: frozenset[str] = frozenset()  # "tre centesimi di secondo": hundredths of a second
    reach_subjects: frozenset[str] = frozenset()  # ... where the subject is a penalty, a fee or a discount
    reach_terms: frozenset[str] = frozenset()  # "تصل العقوبة إلى السجن 15 عاماً": a prison term's noun after "to"
    reach_long_subjects: frozenset[str] = frozenset()  # "تصل الغرامة على رمي المخلفات في الشوارع إلى": a longer subject's head
    reach_particles: frozenset[str] = frozenset()  # ... and the particles between a subject and the verb: "قد يصل"
    reach_relatives: frozenset[str] = frozenset()  # ... and the relative pronouns between a penalty and it: "العقوبة التي تصل"
    month_first: bool = False  # "March 3" (``date_order``: mdy); elsewhere a figure after a month is its year
    times_words: frozenset[str] = frozenset()  # "до 3 раз": a multiple, so "до" is "up to" after a verb of change
    # What makes "N times" a multiple rather than how often ("four times higher", not "three times a week"):
    multiple_always: frozenset[str] = frozenset()  # words of times that always do ("fold", "أضعاف")
    multiple_after: frozenset[str] = frozenset()  # a word right after the word of times ("higher", "plus", "the")
    multiple_less: frozenset[str] = frozenset()  # "в три раза меньше", "deux fois moins": a share, 1/N
    multiple_less_verbs: tuple[str, ...] = ()  # "сократились вдвое": stems of verbs of decrease, a share
    multiple_duals: frozenset[str] = frozenset()  # "تضاعفت الأرباح مرتين": a dual of times, a multiple after such a verb
    multiple_breaks: frozenset[str] = frozenset()  # "ضاعف الفريق رصيده بعدما فاز 3 مرات": words that end such a verb's reach
    multiple_breaks_before_two: frozenset[str] = frozenset()  # ... and those that do before two words or more ("رغم خسارة الفريق")
    multiple_verbs: tuple[str, ...] = ()  # "تضاعفت الإيرادات 3 مرات": stems of verbs of multiplying, a multiple
    fraction_change_verbs: tuple[str, ...] = ()  # "a baissé de moitié": stems of verbs of change before a fraction only
    multiple_divided: frozenset[str] = frozenset()  # "divisé par deux": words before a figure that divide by it
    multiple_nouns: frozenset[str] = frozenset()  # after the word of times and an article ("14 fois les bénéfices")
    multiple_after_change: frozenset[str] = frozenset()  # "cresciuto di 2,2 volte": before the figure, after a verb of change
    multiple_before: frozenset[str] = frozenset()  # a word right before the figure ("в три раза"), or a letter on it ("بعشر مرات")
    change_next_words: frozenset[str] = frozenset()  # "leidt tot 300 banen": a change only right before "to"
    change_amount_words: frozenset[str] = frozenset()
    move_words: frozenset[str] = frozenset()  # "moved", "reporté": a range of days after one is two days
    move_to_words: frozenset[str] = frozenset()  # "van 3 naar 5 september": two days
    articles_before_counts: frozenset[str] = frozenset()  # "de 1500 bedrijven": four digits after one count
    population_words: frozenset[str] = frozenset()  # "a population of 1.4 billion": people, not money
    dimension_adjectives: frozenset[str] = frozenset()  # "long de 400 mètres et large de 61": a size's other side
    change_from_words: frozenset[str] = frozenset()  # "с 25% до 100%": a change; "от 3 до 4 тыс.": a range
    # Words that join a floor and a ceiling into one range besides "and": "above 10 but below 20".
    bound_joiners: frozenset[str] = frozenset()
    # "which one", "this one": number words that are pronouns after these determiners.
    pronoun_forms: frozenset[str] = frozenset()
    not_alone: frozenset[str] = frozenset()  # "nought": a number word only inside a longer number
    pair_nouns: tuple[str, ...] = ()  # "a pair of jeans", "un paio di scarpe": one thing of two parts, no figure
    approximate_bare_not_after: frozenset[str] = frozenset()  # "за десяток": the unit of a price, no figure
    not_alone_after: frozenset[str] = frozenset()  # "с семью детьми": ... after these
    not_alone_counts: tuple[str, ...] = ()  # "с семью детьми": endings of a noun after which one is a number
    bare_years_after: frozenset[str] | None = None  # "в 2024 снизит": where a bare year needs no "год"
    scale_nouns: frozenset[str] = frozenset()  # "hundreds": after a year, no multiplier ("In 1999 hundreds")
    unit_letters: frozenset[str] = frozenset()  # "2m-3m waves": letters on figures that are also units
    measure_units_cased: frozenset[str] = frozenset()  # "a 500g pack": a unit onto a figure in this case only ("5G")
    glued_only_units: frozenset[str] = frozenset()  # "ha": a unit of measure only written onto a figure
    cent_currencies: frozenset[str] = frozenset()  # "rose 85 cents to $82.79": hundredths of dollars
    measure_subunits: dict[str, str] = field(default_factory=dict)  # "1 m 85", "3 kg 200": the unit of the digits after
    measure_units: frozenset[str] = frozenset()  # "90mph", "1.5km": a unit written onto a figure, no name
    # Units of measure after a figure ("2,300 milligrams", "50GW"), by form: symbols in the case written,
    # words by their lookup key, also folded where the language folds letters; each to its unit's symbol.
    measure_symbols: dict[str, str] = field(default_factory=dict)
    glued_symbols: dict[str, str] = field(default_factory=dict)  # "6ft 2in": symbols read only written onto a figure
    measure_words: dict[str, str] = field(default_factory=dict)
    measure_in_context: dict[str, UnitInContext] = field(default_factory=dict)  # "40.3C", "35 degrés", "20 nodi"
    measure_not_before: frozenset[str] = frozenset()  # "12 برميلا متفجرا": after the unit, no measure (barrel bombs)
    name_symbols: frozenset[str] = frozenset()  # "Mt": a symbol that also opens a name, no unit before a capital
    # forms read only for values from one up or up to one: nl "ton" from 10 ("3 ton" is money), it "metro" up to 1
    measure_word_values: dict[str, tuple[Decimal | None, Decimal | None]] = field(default_factory=dict)
    # "verdient 3 ton", "weegt 5 ton": a word after a small figure that is money in a sentence of money, a unit of
    # weight in one of weight (``word_amounts``): form -> (value, currency, unit of weight)
    word_amounts: dict[str, tuple[Decimal, str, str]] = field(default_factory=dict)
    # "نحو خمس السكان": a number word that is a fraction's too, which it is before a noun with the article
    fraction_homographs: dict[str, int] = field(default_factory=dict)
    money_context: frozenset[str] = frozenset()
    weight_context: frozenset[str] = frozenset()
    years_before_units: frozenset[str] = frozenset()  # "In 2024 MW prices": after these a year stays one before a unit
    plural_endings: tuple[str, ...] = ()  # "two thirds": how a plural denominator ends, where it must
    pronoun_after: frozenset[str] = frozenset()
    pronoun_counting: frozenset[str] = frozenset()  # "a mere one.": words after which "one" counts
    conjunctions: frozenset[str] = frozenset()  # never a counted noun: "5000 or less than 6000"
    fixed_phrases: tuple[str, ...] = ()  # number words that name something: "نصف النهائي" (semi-final)
    phone_words: tuple[str, ...] = ()  # "numero verde 800 123 456": a phone number after one
    time_references: tuple[str, ...] = ()  # units of time that name a point: "годом ранее", "العام الماضي"
    century_named_after_figure: frozenset[str] = frozenset()  # "21 века": the 21st century
    century_before_figure: frozenset[str] = frozenset()  # "القرن 14": the word of century before its number
    century_ordinals: dict[str, int] = field(default_factory=dict)  # "القرن الرابع عشر": spelled ordinals of centuries
    named_centuries: dict[str, int] = field(default_factory=dict)  # "nel Novecento": centuries named by their hundreds
    named_centuries_after: tuple[str, ...] = ()  # ...after these
    century_not_after: frozenset[str] = frozenset()  # "his 12th century": a rank of its own (a cricketer's hundreds)
    century_not_before: tuple[str, ...] = ()  # "the second century of its existence": an age, no era
    century_hundreds_after: frozenset[str] = frozenset()  # "the 1600s", "the late 1800s": the words before a century's hundreds
    century_range_words: frozenset[str] = frozenset()  # "the 18th and 19th centuries": the word after two centuries
    ordinal_suffixes: tuple[str, ...] = ()  # "12th", "XIXe", "15e": what an ordinal figure has written on
    rate_words: tuple[str, ...] = ()  # "per 100,000 people": the base of a rate is no claim
    rate_after_count: frozenset[str] = frozenset()  # "8,5 décès pour 100 000": only after a count
    decade_words: tuple[str, ...] = ()  # "anni '90", "les années 1990": a decade, the range of its years, not a count
    clock_before: tuple[str, ...] = ()  # "om 14.30 uur", "alle 20.45": a clock time, not a quantity
    clock_after: tuple[str, ...] = ()
    clock_day_parts: tuple[str, ...] = ()  # "6 صباحا": a part of the day right after an hour, whatever stands before
    clock_alone: tuple[str, ...] = ()  # "inizierà alle 21.": an hour alone that ends the clause after these
    clock_alone_places: tuple[str, ...] = ()  # "alle 21 in piazza": prepositions of place after such an hour alone
    clock_alone_verbs: tuple[str, ...] = ()  # "Alle 12 aveva votato": verbs and elided articles after such an hour alone
    clock_after_date: frozenset[str] = frozenset()  # "le 16 juin à 8 heures": the hour of that day
    clock_after_weekday: frozenset[str] = frozenset()  # "van maandag 6 uur tot dinsdag 6 uur": the words before such a day
    clock_not_after_weekday: frozenset[str] = frozenset()  # "6 uur lang": words after such hours that make them a spell
    clock_hours: tuple[str, ...] = ()  # "à 20 heures": a clock time, unless a distance follows ("à 3 heures de Paris")
    clock_distance: tuple[str, ...] = ()
    clock_hours_any: tuple[str, ...] = ()  # "dès 7 heures": any hour after these is a clock time
    clock_open_words: tuple[str, ...] = ()  # "open from 10 to 6": a span of hours after these is a clock's...
    clock_open_then: tuple[str, ...] = ()  # ..."every day": where the clause ends, or a small word, a weekday or these follow
    clock_hours_late: tuple[str, ...] = ()  # "к 18 часам": an hour from 13 after these ("before" where not given)
    clock_event_words: tuple[str, ...] = ()  # "called at 9 this morning": verbs of an event...
    clock_event_at: tuple[str, ...] = ()  # ...then these, an hour of twelve...
    clock_event_then: tuple[str, ...] = ()  # ...and these: a clock time
    text_code_words: tuple[str, ...] = ()  # "Text GIVE to 70085", "sms solidale al 45580": a short code after these
    resolutions_before: tuple[str, ...] = ()  # "watched in 4K", "un téléviseur 8K": a screen's resolution after these...
    resolutions_after: tuple[str, ...] = ()  # ..."a 5K display": or before these
    clock_named_hours: tuple[str, ...] = ()  # "entre minuit et 6 heures": an hour a span joins to one of these is one too
    clock_hours_short: tuple[str, ...] = ()  # "de 9 h à 12 h": with these, any two hours of a span are clock times
    clock_hours_at_clause_start: tuple[str, ...] = ()  # "À 11 heures, ...": and after these at a clause's start
    clock_pairs: tuple[tuple[str, str], ...] = ()  # "dalle 14 alle 17": words that open and close a span of hours
    # A house number: right before a street word ("14 rue de la Gare"; with a comma, after the words of
    # `house_before`, "au 14, rue de la Gare"), or before a name and a street word ("200 Main Street"), with its
    # suffixes ("5 bis rue Victor-Hugo")
    street_before_name: tuple[str, ...] = ()
    street_after_name: tuple[str, ...] = ()
    house_suffixes: tuple[str, ...] = ()
    house_before: tuple[str, ...] = ()
    # ...or after a street word, its name and a comma or a word of house ("улице Ленина, 12", "ул. Ленина, д. 12", "via
    # Garibaldi, 12")
    street_before_house: tuple[str, ...] = ()
    house_words: tuple[str, ...] = ()
    phone_call_links: tuple[str, ...] = ()  # "call police on 101": the word before a number some words after the verb
    named_phrases: tuple[str, ...] = ()  # "nel Seicento": words matched as written, capitals and all...
    named_after: tuple[str, ...] = ()  # ...after these
    clock_marks: tuple[str, ...] = ()  # "alle ore 10", "الساعة 10": an hour alone after these is a time
    clock_four_figures: bool = False  # "الساعة 1045 بتوقيت جرينتش": a wire's hour and minutes after a mark, in four figures
    and_words: frozenset[str] = frozenset()  # "and" itself (range_and), not "с" of "три с половиной"
    slash_names: frozenset[str] = frozenset()  # figures with a slash that name something: "24/7", "9/11"
    event_names: frozenset[str] = frozenset()  # "Euro 2024": currency words that name an event (as written)
    programme_names: frozenset[str] = frozenset()  # "Vision 2030", "Agenda 2030": a year after one is the name's (normalised)
    numbered_events: frozenset[str] = frozenset()  # "COP29": codes that name an event with its number
    standard_names: frozenset[str] = frozenset()  # "Euro 6": currency words that name a standard with one digit
    partitive: frozenset[str] = frozenset()  # after "a fifth", make it a share: "of", "de", "van"
    sample_nouns: frozenset[str] = frozenset()  # "a sample of 1200 people": a round hundred after these and "of" counts
    fraction_only: frozenset[str] = frozenset()  # fraction words that are never ordinals: "half"
    fraction_part_words: frozenset[str] = frozenset()  # "the second half of 2025": a part, no share
    fraction_idiom_nouns: frozenset[str] = frozenset()  # "half the time", "половина второго": no share
    fraction_with_article: frozenset[str] = frozenset()  # "meer dan de helft", "plus de la moitié"
    mixed_fractions: bool = False  # "drie een vijfde" is 3 1/5
    one_after_qualifier: bool = False  # "au moins un mort": the article is one after a floor
    tens_units_closed: bool = False  # "venticinque", "vijfentwintig": "venti cinque" is two numbers
    months_capitalized: bool = False  # month names only capitalised ("May", not "may")
    title_case_headlines: bool = False  # "Storm Kills 12": headlines give every word its capital
    ratio_after_one: frozenset[str] = frozenset()  # "in" is a share word only in "one in five"
    # ...and after a larger number that opens the clause, before a noun: "Two in five adults"
    ratio_words_after_any: frozenset[str] = frozenset()
    ratio_final: frozenset[str] = frozenset()  # "over": a share word only in "one over three." (candidates)
    # Scale words written onto a spelled number ("éénmiljard"), longest first.
    glued_scales: tuple[str, ...] = ()
    # Ordinal endings and the cardinal endings they stand for ("-esimi" -> "", "e", ...), longest first.
    ordinals: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # A fraction word alone is one such fraction (a language with no indefinite article: Arabic).
    fraction_alone: bool = False
    correction_words: frozenset[str] = frozenset()  # "et non 3,2 milliards": the figure corrects the one before
    month_homographs: frozenset[str] = frozenset()  # "5 set": a month's short name that is also a word ("set", in tennis)
    from_by_words: frozenset[str] = frozenset()  # French "de": "prolongé de 6 à 8 mois" is by 6 to 8 months
    odds_nouns: frozenset[str] = frozenset()  # "une chance sur 2 700": one of these and a ratio word are odds
    dimension_words: frozenset[str] = frozenset()  # "комната 3 на 4 метра": a size's figures, no place's number
    place_prepositions: frozenset[str] = frozenset()  # "تجاوز عدد الطلاب في الشعبة 25": inside a subject
    contrast_words: frozenset[str] = frozenset()  # "not 3 billion but 30 billion dollars": the figure in place of one denied
    whole_words: frozenset[str] = frozenset()  # "12 miliardi dei 50 previsti": the whole an amount is part of, after these
    lowercase_forms: frozenset[str] = frozenset()  # "20 ms": forms read only in lower case ("20 MS patients": sclerosis)
    period_before: frozenset[str] = frozenset()  # "£240 a month or more": the words of a rate's period before its unit of time
    period_alone: frozenset[str] = frozenset()  # "500 جنيه شهريا أو أكثر": a rate's period in a word or phrase
    part_words: frozenset[str] = frozenset()  # "cinq ans, dont deux": the figure is a part of the one before
    part_words_listing: frozenset[str] = frozenset()  # "including a third place": of them, those that list items
    pronouns_of_the_one: frozenset[str] = frozenset()  # "1,65 €, celui de SP95 1,78": the one of, a clause's verb left out
    money_takes: frozenset[str] = frozenset()  # "1.900 euro lordi al mese, 1.450 netti": gross or net, the take of an amount
    part_words_after: frozenset[str] = frozenset()  # "£80m, 30 of which are owed": after the part
    comparison_words: frozenset[str] = frozenset()  # "contre 51,7 milliards": the figure compared with the one before
    addition_words: frozenset[str] = frozenset()  # "75 milioni più 10 di bonus": the figure added to the one before
    sale_words: frozenset[str] = frozenset()  # "sold for less than 10 million" after "$1bn": the same money
    restating_words: frozenset[str] = frozenset()  # "1,2 miliardi in dieci anni, ossia 120 milioni l'anno": the same money
    currency_words_after_figure: frozenset[str] = frozenset()  # "Airbus livre 735 avions": a verb before a figure
    # Currency names several countries share, and for each the words that name one of the countries:
    # "خصصت الحكومة الأردنية 15 مليون دينار" is Jordanian dinars.
    currency_by_country: tuple[tuple[frozenset[str], dict[str, frozenset[str]]], ...] = ()
    currency_by_country_scaled: frozenset[str] = frozenset()  # "couronnes": a currency by country only after a scale or per
    currency_by_country_things: dict[str, frozenset[str]] = field(default_factory=dict)  # "livres" of books: no money
    currency_by_country_things_after: dict[str, frozenset[str]] = field(default_factory=dict)  # "livres anciens": books
    currency_by_country_things_after_alone: dict[str, frozenset[str]] = field(default_factory=dict)  # "1 200 livres volés"
    fractions_by: dict[str, Decimal] = field(default_factory=dict)  # "بنحو الربع": a fraction with the article after these words
    fractions_by_words: frozenset[str] = frozenset()
    fractions_by_then: frozenset[str] = frozenset()  # "بنحو الربع لتصل إلى": on to the level reached
    fraction_change_words: frozenset[str] = frozenset()  # "a chuté de moitié": the amount of a change, before a fraction
    attached_not_before: dict[str, frozenset[str]] = field(default_factory=dict)  # "the 100m final": no scale letter before these
    attached_money_only: frozenset[str] = frozenset()  # "$3t" (trillions), but "a 44t lorry" (tonnes)
    none_particles: frozenset[str] = frozenset()  # "ни одного сражения": "one" after them is none
    ordinal_prefixes: tuple[str, ...] = ()  # "الدورة الـ44": a prefix on a figure that makes it an ordinal...
    ordinal_nouns: frozenset[str] = frozenset()  # ...after these nouns
    period_halves: frozenset[str] = frozenset()  # "het eerste halfjaar": a half of the year, named, after a part word
    period_fractions: frozenset[str] = frozenset()  # "$2bn a quarter": after an amount, how often...
    period_fraction_after: frozenset[str] = frozenset()  # ...or after these: "once a quarter", "in a quarter"
    nouns_after_figures: frozenset[str] = frozenset()  # "120 mezzi di soccorso": no denominator after a figure
    durations_after_digits: frozenset[str] = frozenset()  # "une seconde chance": a unit only after "1,2"
    peak_verbs: tuple[str, ...] = ()  # "ha toccato un massimo di 41 gradi": after them a maximum is reached...
    time_adverbs: frozenset[str] = frozenset()  # ...with these between: "ha toccato ieri un massimo di"
    time_words_after: frozenset[str] = frozenset()  # "2.9 million last year": no noun the figure counts
    year_words_early: frozenset[str] = frozenset()  # "в 988 году": a year of three figures
    ad_eras: frozenset[str] = frozenset()  # "79 AD", "nell'80 d.C.": a year of any size, as written
    half_year_marks: frozenset[str] = frozenset()  # "1H25": the letter of a half-year in financial copy, as written
    fiscal_year_marks: frozenset[str] = frozenset()  # "FY25", "FY 2025": the mark of a fiscal year, as written
    scale_verbs: frozenset[str] = frozenset()  # "ألف الكاتب": a scale word alone that is also a verb
    scale_verbs_after: frozenset[str] = frozenset()  # ...and the words after which it opens its clause still
    period_fraction_before: frozenset[str] = frozenset()  # "the third straight quarter", "the past two quarters": periods
    exchange_rate_words: frozenset[str] = frozenset()  # "160 yens pour un dollar": one unit after these is a rate's base
    hijri_months: frozenset[str] = frozenset()  # "27 رمضان": a day of the Islamic calendar, no quantity
    hijri_eras: tuple[str, ...] = ()  # "1446 هـ": a year of the Islamic calendar (as written: "AH" in capitals)
    bc_eras: tuple[str, ...] = ()  # "1200 BC": a year before Christ, no year claimlint reads (as written: "BC" in capitals)
    zero_points: dict[str, frozenset[str]] = field(default_factory=dict)  # "5 degrees below zero": -5
    score_words: dict[str, frozenset[str]] = field(default_factory=dict)  # "lost 1-2 to Arsenal": a score, no range
    dual_counts: tuple[str, ...] = ()  # "بفارق مقعدين": a noun's dual counts two of it
    age_ordinals: dict[str, int] = field(default_factory=dict)  # "الخامسة": after "سن", or before "من عمره", an age of five
    measure_duals: dict[str, str] = field(default_factory=dict)  # "مترين": two metres (the form's unit)
    mark_qualifiers: frozenset[str] = frozenset()  # "death toll passes 2,000": they bound bare figures only
    order_qualifiers: frozenset[str] = frozenset()  # "no earlier than 2029": before a spell and ``ago_words``, turned over
    crossing_qualifiers: frozenset[str] = frozenset()  # "crossed the $2,500 threshold": a count bounded only before ``threshold_nouns``
    threshold_nouns: frozenset[str] = frozenset()  # "crossed the 2,500 mark" (not "crossed the 21 miles of open water")
    bare_ages: frozenset[str] = frozenset()  # "Smith, 27, of Leeds", "Een man (34)": an age after a name or person
    number_homographs: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)  # "venti forti": winds
    unit_homographs: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)  # "3 عقود بقيمة": contracts
    bare_age_nouns: frozenset[str] = frozenset()  # "A Manchester man, 34,": nouns of a person before an age
    bare_age_bracket_nouns: tuple[str, ...] = ()  # "Een politieagent (29)": ends of nouns of a person before "(29)"
    bare_age_between: frozenset[str] = frozenset()  # "Dame Judi, now 90,": words between the comma and the age
    saying_verbs: frozenset[str] = frozenset()  # "said Mary Hayes, 54.", "said one drinker": verbs of saying
    age_at_start: dict[str, frozenset[str]] = field(default_factory=dict)  # "At 29, Kibet": an age opening a sentence
    age_labels: dict[str, dict[str, str]] = field(default_factory=dict)  # "the over-65s", "80-plussers": age groups, bounds
    age_groups: dict[str, frozenset[str]] = field(default_factory=dict)  # "people over 65": an age group
    one_unit_forms: dict[str, frozenset[str]] = field(default_factory=dict)  # "заняла час и 20 минут": one unit, no article
    one_unit_spells: dict[str, Any] = field(default_factory=dict)  # "jailed for a year": one unit of time after these
    light_year_words: frozenset[str] = frozenset()  # "40 anni luce": a unit of time before these is one of distance
    qualifier_adverbs: frozenset[str] = frozenset()  # "dépasse désormais 600 euros": passed over after a verb qualifier
    qualifier_adverb_verbs: tuple[str, ...] = ()  # the stems of the qualifiers they may follow
    qualifier_adverb_ends: frozenset[str] = frozenset()  # their last words, looked for first
    plural_articles: frozenset[str] = frozenset()  # "una trentina i feriti": after a round number word, about that many
    amount_qualifiers: frozenset[str] = frozenset()  # "à partir de 2 000 euros": they bound money and percents only
    difference_phrases: frozenset[str] = frozenset()  # "3 miliardi in più del 2023": they close the amount before
    level_comparatives: frozenset[str] = frozenset()  # "5% higher than two years ago": the figure is compared
    change_nouns: tuple[str, ...] = ()  # "a drop of nine points": stems of nouns of change
    range_to_after_from: frozenset[str] = frozenset()  # "de 5 a 10 ans": "to" only after "from" ("cinq a 65 ans": "has")
    currency_homographs: frozenset[str] = frozenset()  # "un livre": a book (an article and a currency word that name something else)
    instalment_nouns: frozenset[str] = frozenset()  # "Третья часть трилогии": an instalment, no share
    prepositions: frozenset[str] = frozenset()  # "11,9 milliards en 2024": never the thing a figure counts
    difference_words: frozenset[str] = frozenset()  # "3 billion more", "3,3 milliards de plus": no counted noun
    duration_adjectives: frozenset[str] = frozenset()  # "two consecutive years", "12 derniers mois": between figure and unit
    only_words: frozenset[str] = frozenset()  # "Solo un candidato su dieci": before a share that opens the clause
    sentence_openers: frozenset[str] = frozenset()  # "Today 12, the report says": opening a sentence, no name's word
    opener_endings: tuple[str, ...] = ()  # "Погибли 40, ранены 120": endings of verbs that open a sentence so
    addition_nouns: frozenset[str] = frozenset()  # "più 10 di bonus": what a figure added to an amount is paid as
    negation_idioms: frozenset[str] = frozenset()  # "لا يزال" ("still"): a negation word that negates nothing
    clause_openers: frozenset[str] = frozenset()  # "montre que trois Français sur dix": a clause opens after them
    attribution_words: frozenset[str] = frozenset()  # "Secondo la Coldiretti 4 italiani su 10": a source, then a clause
    model_makers: frozenset[str] = frozenset()  # "بوينغ 737-800": before a figure, a dash and a figure, a model
    decade_suffixes: frozenset[str] = frozenset()  # "1990-е", "1990s": a decade, the range of its years
    decade_nouns: dict[str, int] = field(default_factory=dict)  # "التسعينيات": a decade's tens in one noun
    decade_age_words: frozenset[str] = frozenset()  # "temperatures in the 40s", "her 80s hits": before a decade, no era
    decade_age_owners: frozenset[str] = frozenset()  # "in their 30s": before a decade, an age
    decade_age_words_after: frozenset[str] = frozenset()  # "في الثلاثينيات من عمرها": after one, an age
    vague_quantifiers: frozenset[str] = frozenset()  # "several hundred": before a number word, no figure
    possessives: frozenset[str] = frozenset()  # "his co-defendant 12": determiners that open what a gapped figure is said of
    approximate_before_plural: frozenset[str] = frozenset()  # "a couple of days": round numbers only before "of", a number or a plural
    only_after_negation: frozenset[str] = frozenset()  # "ne ... plus que onze": only eleven
    restrictive_negations: frozenset[str] = frozenset()  # "ne" alone (not "ne ... pas"): before those, "only"
    day_month_after: frozenset[str] = frozenset()  # "entro il 30/6": words before a day and month with a slash
    later_words: frozenset[str] = frozenset()  # "3 days later": after a spell, a point in time
    range_stems: tuple[str, ...] = ()  # "تتراوح أعمارهم من 18 إلى 25": verbs before "from X to Y" that keep a range
    article_idioms: frozenset[str] = frozenset()  # "au moins un peu": after the article, no one
    points_words: frozenset[str] = frozenset()  # "2,3 points de plus" after a percent: percentage points
    points_not_before: frozenset[str] = frozenset()  # "a 10-point plan", "12 points of contention": points of no share
    point_contexts: frozenset[str] = frozenset()  # "poll", "sondage": in their sentence bare points are percentage points
    point_share_contexts: frozenset[str] = frozenset()  # "share of": ...after a verb of change there
    basis_point_contexts: frozenset[str] = frozenset()  # "lo spread": in their sentence bare points are basis points
    tally_nouns: frozenset[str] = frozenset()  # "gives Labour 410 seats": after a name's figure, what it counts
    index_contexts: frozenset[str] = frozenset()  # "Dow", "indice": ... unless these are there too (an index's points)
    approximate_homographs: frozenset[str] = frozenset()  # "une quarantaine à domicile": also a noun of its own
    year_level_nouns: frozenset[str] = frozenset()  # "above 2019 levels": after a year, what the qualifier bounds
    age_level_nouns: frozenset[str] = frozenset()  # "the state pension age will rise from 66 to 67": bare figures are ages
    money_nouns: frozenset[str] = frozenset()  # "un utile netto di 350 mln": a bare scaled amount after one is money
    possessive_suffixes: tuple[str, ...] = ()  # "خمس قيمتها": a pronoun written onto a noun, which makes "خمس" a fifth
    denominator_plural_endings: tuple[str, ...] = ()  # "trois quarts": a fraction's word after a number above one
    ratio_words_after_nouns: frozenset[str] = frozenset()  # "out of", "من كل": a share after a number and a noun, any number
    level_words: frozenset[str] = frozenset()  # "Turnout was 67%, up 4 points": a level stated, of one or two words
    period_qualifiers: frozenset[str] = frozenset()  # "over 2019-22": before a year, "during", no bound
    number_qualifiers: frozenset[str] = frozenset()  # "More than 2000 were injured": a number after one, no year
    exceed_stems: frozenset[str] = frozenset()  # "Complaints topped 2000": a round hundred after such a qualifier, no year
    rise_stems: tuple[str, ...] = ()  # "will rise up to -2C": before "up to" a negative figure, a ceiling still
    spread_words: frozenset[str] = frozenset()  # "$40 billion over 5 years": after an amount, the spell it is spread over
    spread_verbs: frozenset[str] = frozenset()  # "spread over seven years": after these, whatever stands before them
    spread_spell_verbs: frozenset[str] = frozenset()  # "built over eight years": verbs of spreading before a spell only
    spread_not_after: frozenset[str] = frozenset()  # "in just over a decade": after these, a bound even after an amount
    spread_nouns: frozenset[str] = frozenset()  # "3,492km over 21 stages": counts of parts a span is spread over, as spells are
    spread_not_before: frozenset[str] = frozenset()  # "paid over three months late": before these, a bound after a verb
    price_floor_words: frozenset[str] = frozenset()  # "стоит от 30 000 рублей": "от" and money after them, a floor
    elided_numbers: frozenset[str] = frozenset()  # "vent'anni", "cent'anni": number pieces that end a word only before an apostrophe
    every_words: frozenset[str] = frozenset()  # "каждый", "every", "elke": before an ordinal, a share of one in N
    among_words: frozenset[str] = frozenset()  # "onder 12.000 volwassenen": a qualifier that before a count means "among"
    survey_words: frozenset[str] = frozenset()  # "onderzoek", "peiling": after these, ``among_words`` mean "among"
    motion_words: frozenset[str] = frozenset()  # "salgono sul treno": after a verb of change, it moves people
    change_particles: frozenset[str] = frozenset()  # "edged up to 4.3%": a verb's particle before "to"
    modal_words: frozenset[str] = frozenset()  # "could rise up to 5%": a modal keeps "up to"
    particle_verbs: frozenset[str] = frozenset()  # "edged up to", "ticked down to": verbs of change that take the particle
    ceiling_nouns: frozenset[str] = frozenset()  # "De boete loopt op tot 5.000 euro": what these run up to is a ceiling
    ceiling_verbs: frozenset[str] = frozenset()  # ... with these verbs ("loopt op", "oplopen")
    price_words: frozenset[str] = frozenset()  # "снижают цены до 30%": after a change of prices a percent is "up to"
    lengthen_stems: tuple[str, ...] = ()  # "extended from six months to two years": stems of verbs that lengthen
    change_object_verbs: frozenset[str] = frozenset()  # "portando il fatturato da ... a": the object stands between
    lasting_words: frozenset[str] = frozenset()  # "продлятся от 6 до 8 месяцев": words a lengthen stem begins that last
    passing_words: frozenset[str] = frozenset()  # "climbed past $34 trillion": more than
    minutes_after_hours: bool = False  # "deux heures trente", "tre ore e quaranta": a bare figure after hours is minutes
    decade_nouns_ages_only: bool = False  # "a man in his forties": English decades in words are read as ages only
    threshold_qualifiers: frozenset[str] = frozenset()  # "below the $20k mark": a bound only before ``threshold_nouns``
    passing_verbs: frozenset[str] = frozenset()  # "taking the year's total past $12bn": more than
    rate_base_nouns: frozenset[str] = frozenset()  # "на 100 тысяч населения": what a base after rate_words_after_count counts
    rate_base_verbs: frozenset[str] = frozenset()  # "на 1000 жителей приходится": after the base, it is one with no count before
    respectively_words: frozenset[str] = frozenset()  # "8 years and 9 months respectively": two spells
    day_nouns: frozenset[str] = frozenset()  # "اليوم الأول من مارس": before an ordinal day with the article, still a day
    term_adjectives: frozenset[str] = frozenset()  # "dont deux ferme": after the part of a term, how it is served
    limit_words: frozenset[str] = frozenset()  # "212 km/h au lieu des 130 autorisés": a bare figure near one is the limit
    series_nouns: frozenset[str] = frozenset()  # "la saison 3 de la série": a part of a series named by number
    qualifier_idioms: frozenset[str] = frozenset()  # "en plus des": a word and a qualifier that bound nothing
    qualifier_idioms_spells: frozenset[str] = frozenset()  # "en plus des 25 jours": of them, those that bound no spell either
    count_noun_endings: tuple[str, ...] = ()  # "1250 сообщений": endings of nouns a figure counts that no verb has
    few_noun_endings: tuple[str, ...] = ()  # "4 этажа", "3 комнаты": the endings a noun takes after a figure ending in 2-4
    past_verb_endings: tuple[str, ...] = ()  # "1992 стала": endings of verbs of the past that end as those nouns do
    verbs_after_figures: frozenset[str] = frozenset()  # "40 were killed": the clause's verb, nothing counted
    count_noun_exceptions: frozenset[str] = frozenset()  # "أيضاً": words with such an ending that are no nouns
    noun_plural_endings: tuple[str, ...] = ()  # "Un rapport sur trois hôpitaux": a plural noun after the N of "one X in N"
    irregular_plurals: frozenset[str] = frozenset()  # "at least 1850 people": plurals that end as no plural does
    every_ordinals: dict[str, int] = field(default_factory=dict)  # "каждый пятый": stems of ordinals after every_words
    glued_stems: dict[str, Decimal] = field(default_factory=dict)  # "трёх|летний": a number written onto a word
    glued_words: dict[str, str] = field(default_factory=dict)  # "трёх|летний": the unit, "percent" or "times"
    glued_whole: dict[str, Decimal] = field(default_factory=dict)  # "вдвое": a multiple in one word
    glued_whole_marked: dict[str, frozenset[str]] = field(default_factory=dict)  # "twice": a multiple only before "as", "the"...
    glued_whole_not_after: dict[str, frozenset[str]] = field(default_factory=dict)  # "a double": a noun, no multiple
    glued_whole_only_after: dict[str, frozenset[str]] = field(default_factory=dict)  # "بنحو الضعف": a multiple only there
    glued_whole_not_before: dict[str, frozenset[str]] = field(default_factory=dict)  # "doubled as": no multiple before these
    glued_whole_qualifiers_after: frozenset[str] = frozenset()  # "verdubbelde bijna": qualifiers a multiple's verb puts after it
    # "l'Europe plus du double.": a word of ``glued_whole_marked`` at the end of its clause after one of these phrases, by bound
    glued_whole_at_clause_end: dict[str, dict[str, str]] = field(default_factory=dict)
    every_ordinal_endings: tuple[str, ...] = ("",)
    # "the forty fifth", "сорок пятый": the language writes a compound ordinal's words apart; how its plural
    # ends, which a fraction over one takes ("forty fifths"); None where the words are written as one
    spaced_ordinal_plurals: tuple[str, ...] | None = None
    years_after_from: int = CALENDAR_YEARS.start  # the first year a figure before a year word names: "1600 года"
    race_time_words: frozenset[str] = frozenset()  # "won in 2:01:09": a race time after one of these
    race_seconds_alone: frozenset[str] = frozenset()  # "ran 9.58 s": a decimal figure before one is seconds
    race_seconds_final: frozenset[str] = frozenset()  # "за 21,07 с.": likewise, where the clause ends after it
    race_distances: frozenset[int] = frozenset()  # "won the 1500m.": a race's distance after an article, no millions
    race_distance_words: frozenset[str] = frozenset()  # "the 5,000m and 10,000m double": after a race's distance only
    place_name_prepositions: frozenset[str] = frozenset()  # "in Nederland 684 mensen": a place, then what a figure counts
    change_particle_verbs: frozenset[str] = frozenset()  # "nam toe met 7,5 procent tot": a change's verb and particle
    label_nouns: frozenset[str] = frozenset()  # "in courtroom 23B", "zaal 3M": a figure glued to a letter after one is a label
    flight_words: frozenset[str] = frozenset()  # "BA flight 286 landed": words after which a figure numbers a flight
    beneficiary_prepositions: frozenset[str] = frozenset()  # "raised pay for staff earning from ... to ...": a range of whom
    rate_base_ones: frozenset[str] = frozenset()  # "на одну корову": forms of one that are a rate's base after its word
    another_words: tuple[str, ...] = ()  # "$1.5bn ... and another 300m": before a bare scaled amount, more of the same money
    term_verbs: tuple[tuple[str, ...], ...] = ()  # "the court imposed 13": the words of a term given, before a bare figure
    term_contexts: tuple[str, ...] = ()  # ...in a sentence with a word of a court or a sentence starting so
    degree_ordinals_after: frozenset[str] = frozenset()  # "il 2° classificato": after these "2°" is an ordinal
    scale_names: frozenset[str] = frozenset()  # "a magnitude-7.0 quake", "magnitude 4,8 à 10 km": a scale, its figure
    race_marks: dict[str, str] = field(default_factory=dict)  # "h": "hour", "min": "minute", '"': "second"
    scale_takes_link: bool = False  # "51,7 milliards de personnes": a scale word links to what it counts
    verb_final: bool = False  # "De inflatie is tot 3% gedaald": a perfect's participle ends its clause
    verb_first: bool = False  # "انخفض التضخم 0.5% إلى 3.5%": the verb before its subject and the figures
    verb_second: frozenset[str] = frozenset()  # "Tot 1900 woonden er boeren": the subjects a verb put first stands before
    ago_words: frozenset[str] = frozenset()  # "lower than a year ago": a point in time, no spell
    change_clause_breaks: frozenset[str] = frozenset()  # "daalde doordat ... tot 45 minuten": the verb's clause ends
    month_year_links: frozenset[str] = frozenset()  # "nell'ottobre del 2022": a month and a year, one date
    definite_not_nouns: frozenset[str] = frozenset()  # "التي", "الآن": words with the article that are no nouns
    partitive_pronouns: frozenset[str] = frozenset()  # "ma ne sono stati stanziati 12": a pronoun for the amount before
    spell_pronoun_verbs: frozenset[str] = frozenset()  # "il tribunale ne ha inflitti 8": ...for a spell, after these
    age_when: dict[str, frozenset[str]] = field(default_factory=dict)  # "She was 17 when she joined": an age
    age_nouns: frozenset[str] = frozenset()  # "دون سن الثلاثين": the noun of age that ends a qualifier before an age
    decade_not_before: frozenset[str] = frozenset()  # "на 70-е место": nouns after a decade's form that make it a rank
    adjective_ones: frozenset[str] = frozenset()  # "لليلة واحدة إلى 22%": "one" after its noun starts no range
    approximate_before_few: frozenset[str] = frozenset()  # "часа три": a noun before a number makes it approximate...
    approximate_before_many: frozenset[str] = frozenset()  # ... "минут сорок", in the case the number governs
    approximate_around: dict[str, frozenset[str]] = field(default_factory=dict)  # "een week of twee": before, after
    singular_after_one: frozenset[str] = frozenset()  # "21 год": units of time a figure takes ending in 1, not 11
    hyphen_percent: frozenset[str] = frozenset()  # "5-процентный": percent written onto a figure with a hyphen
    product_names: frozenset[str] = frozenset()  # "Боинг 737", "آيفون 17": a figure after one names a model
    model_suffixes: tuple[str, ...] = ()  # "9 Pro", "16 Plus": a figure before one is a model's (as written)
    lowercase_qualifiers: frozenset[str] = frozenset()  # "over 65"; capitalised inside a sentence, "Under 21" is a name
    elided_year_articles: frozenset[str] = frozenset()  # "nell'81": a year of the 80s after these, elided onto it
    age_qualifiers: frozenset[str] = frozenset()  # "старше 60 лет": a bound on an age only
    former_name_words: frozenset[str] = frozenset()  # "formerly Statoil": an entity's old name, named as old
    weekdays_beside_dates: dict[str, int] = field(default_factory=dict)  # "в среду, 14 октября": a weekday only beside a date
    age_words: frozenset[str] = frozenset()  # "a 1500 year old church": a unit of time before one is no year
    hyphen_nouns: bool = False  # "a 12-member panel": a figure written onto the noun it counts is no name
    hyphen_vague: frozenset[str] = frozenset()  # "30-something voters": not so
    age_before_words: frozenset[str] = frozenset()  # "aged 45": an age in years
    age_before_clause_end: frozenset[str] = frozenset()  # "died at 88.": an age where the clause ends after it
    mark_wholes: frozenset[int] = frozenset()  # "14 sur 20", "28 su 30": the whole marks are given out of
    place_qualifiers: frozenset[str] = frozenset()  # "binnen": a bound of a measure, not of a count of things ("inside")
    qualified_nouns: frozenset[str] = frozenset()  # "up to an income of £50,270": nouns between a qualifier and its figure
    age_verbs: frozenset[str] = frozenset()  # "turned 50 in 2019": an age in years where nothing it counts follows
    age_verbs_after: frozenset[str] = frozenset()  # "die volgende maand 100 wordt": likewise, written after the figure
    hyphen_qualifiers: frozenset[str] = frozenset()  # "30-odd years": a qualifier only written onto a number with a hyphen
    # "a sub-2% rate", "a near-$1bn loss": the qualifiers that may be written onto the figure after them with a hyphen,
    # and of them those that are qualifiers only so ("sub")
    hyphen_qualifiers_before: frozenset[str] = frozenset()
    hyphen_only_qualifiers: frozenset[str] = frozenset()
    measure_qualifiers: frozenset[str] = frozenset()  # "faster than 10Mbps": a bound on a measure only
    heat_qualifiers: frozenset[str] = frozenset()  # "warmer than 30C": of them, a bound on a temperature only
    whole_participles: frozenset[str] = frozenset()  # "8 oiseaux sur 10 recueillis": after a share's whole, no noun it counts
    negation_openers: frozenset[str] = frozenset()  # "Nergens waaide het harder dan 90 km/u": a negation opening a sentence
    bare_degrees: frozenset[str] = frozenset()  # "degrees" alone: the scale of the temperature read before it in its sentence
    year_prefixes: frozenset[str] = frozenset()  # "pre-2020 levels", "the post-2008 crisis": a year after a hyphen
    number_after_unit: bool = False  # "عام واحد", "السنوات الثلاث"; not "In the final minutes two goals"
    singular_units: frozenset[str] = frozenset()  # "العام": after it only "one" counts the unit ("الدين العام ثلاث مرات")
    definite_prefixes: tuple[str, ...] = ()  # "ال": "العام" is "the year", or "general"; never "a year"
    prefixes: tuple[str, ...] = ()  # conjunctions written onto the next word: "و", "ب"
    # the letters written onto a name, and what they stand for at its start: ("ل", ""), ("لل", "ال") ("لتونس", "للأردن")
    name_prefixes: tuple[tuple[str, str], ...] = ()
    article_before_half: bool = False  # "a year and a half", not "a year and half the staff"
    fraction_after_with: frozenset[str] = frozenset()  # "год с половиной", not "с половины мая"
    partitive_case: bool = False  # a share's noun follows in the genitive, with no word ("Половина опрошенных")
    # "and", "or" and the like, which may open a qualifier ("or less than"); not part of its span.
    qualifier_joiners: frozenset[str] = frozenset()
    time_zones: tuple[str, ...] = ()  # "by 1030 GMT": after a figure, a clock time's
    # A day written as an ordinal figure, its figure in group 1: "1er", "25th", "1°", "25-го".
    day_figure: regex.Pattern[str] | None = None
    classified: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict, compare=False)

    def __init__(self, **values: Any) -> None:
        """Every field from ``values``, else its default, as the generated ``__init__`` would set them."""
        if unknown := values.keys() - _LEXICON_FIELDS.keys():
            raise TypeError(f"Lexicon() got unknown fields: {', '.join(sorted(unknown))}")
        for name, spec in _LEXICON_FIELDS.items():
            if name in values:
                value = values[name]
            elif spec.default is not MISSING:
                value = spec.default
            elif spec.default_factory is not MISSING:
                value = spec.default_factory()
            else:
                raise TypeError(f"Lexicon() missing field: {name}")
            object.__setattr__(self, name, value)

    @cached_property
    def anchors(self) -> re.Pattern[str]:
        """A figure's digit or a word a quantity may be made of: :func:`_anchors` (the windows are found
        with ``anchor_scan``; this one is compiled on first use)."""
        return compile_cached(self.anchors_source)

    @cached_property
    def tokenizer(self) -> re.Pattern[str]:
        """The full tokenizer, compiled on first use: a language whose paragraphs hold no figure or
        number word (an English heading in a Dutch article) never pays for it."""
        return compile_cached(self.tokenizer_source)

    @cached_property
    def plain_tokenizer(self) -> re.Pattern[str]:
        return compile_cached(self.plain_tokenizer_source)

    @cached_property
    def place_openers(self) -> frozenset[str]:
        """The words before a noun of a place named by number (``label_nouns``): its prepositions and articles ("at gate
        42", "au terminal 4"; Arabic writes the article onto the noun, "إلى البوابة 42")."""
        return frozenset({*self.prepositions, *self.values["ARTICLE"], *self.values["TO"], *self.values["FROM"], *self.values["OF"]})

    @cached_property
    def qualifier_bounds(self) -> dict[str, str]:
        """Each qualifier written before a figure, and the bound it sets ("près d'": "about")."""
        bounds: dict[str, str] = {}
        for terminal in QUALIFIER_BOUNDS:  # (the first terminal that lists a form gives its bound)
            for form, bound in self.values[terminal].items():
                bounds.setdefault(form, bound)
        return bounds

    @cached_property
    def race_time(self) -> re.Pattern[str] | None:
        """A race time written with the language's marks, alone ("2h07'35\"", which letters touch
        like a name's: H20), or None where the language has no marks."""
        if not self.race_marks and not self.race_seconds_alone and not self.race_seconds_final:
            return None
        marks: dict[str, list[str]] = {}
        for form, unit in self.race_marks.items():
            marks.setdefault(unit, []).append(form)
        if self.race_seconds_alone:
            marks["alone"] = sorted(self.race_seconds_alone)
        if self.race_seconds_final:
            marks["final"] = sorted(self.race_seconds_final)
        return re.compile(f"(?:{_marked_race_time(marks, self.decimal)[1:]})")

    @cached_property
    def definite_starts(self) -> tuple[str, ...]:
        """The definite article, alone or in a preposition, where it is written onto its noun: "l'", "dell'", "ال"."""
        elided = (*self.values.get("ARTICLE", {}), *self.prepositions)  # "l'an", "dell'anno"
        return (*(a for a in elided if a[-1:] in "'’"), *self.definite_prefixes)

    def fold(self, word: str) -> str:
        """A word as the vocabulary's keys are written: normalised, its letters folded ("ё" as "е")."""
        return normalize(word).translate(self.folding)

    def value(self, category: str, form: str) -> Any:
        """What a form of ``category`` stands for: a currency code, a power of ten, a bound..."""
        key = normalize(form).lstrip("-‐‑ ")
        table = self.values[category]
        if key in table:
            return table[key]
        if key.translate(self.folding) in table or category != "DENOM":
            return table[key.translate(self.folding)]
        value = self.ordinal_value(key)
        if value is None:
            raise KeyError(form)
        return value

    def ordinal_value(self, word: str) -> int | None:
        """The denominator a compound ordinal stands for ("venticinquesimi" 25, "twenty-firsts" 21,
        "vijfentwintigste" 25), or None. Second-place words are no denominators (halves are "half")."""
        word = normalize(word)
        for ending, replacements in self.ordinals:
            if not word.endswith(ending):
                continue
            for replacement in replacements:
                try:
                    pieces = self.number_pieces(word[: len(word) - len(ending)] + replacement)
                except ValueError:
                    continue
                value = spelled_value(pieces)
                ok = well_formed(pieces) and value >= 3 and value == int(value)
                return int(value) if ok else None
            return None
        return None

    def may_count(self, key: str) -> bool:
        """Whether a word after a figure (its lookup key) may be what the figure counts: a word of the text
        that is none of the vocabulary, conjunctions (``contrast_words`` among them) or prepositions."""
        return (key not in self.categories and key not in self.conjunctions and key not in self.prepositions
                and key not in self.contrast_words)

    def classify(self, kind: str, text: str) -> tuple[str, ...]:
        """The categories a token may belong to, in :data:`CATEGORY_ORDER` (memoised: words recur)."""
        key = (kind, text)
        found = self.classified.get(key)
        if found is None:
            found = self.classified[key] = self._classify(kind, text)
        return found

    def _classify(self, kind: str, text: str) -> tuple[str, ...]:
        if kind == "date":
            return ("DATE_NUM",)
        if kind == "fig":
            return ("NUM",)
        if kind == "rtime":
            return ("RACE_TIME",)
        if kind == "day":
            return ("DAY",)
        if kind == "gdur":  # "45enne"
            return ("DUR",)
        if kind == "hdur":  # "45-летнего", "5-процентный"
            return ("PCT",) if self.fold(text)[1:] in self.hyphen_percent else ("DUR",)
        if kind == "att":
            return ("SCALE",)
        if kind == "ord":  # a listed word keeps all its categories ("centesimi": a subunit or hundredths)
            listed = self.categories.get(self.fold(text))
            return listed or (("DENOM",) if self.ordinal_value(text) is not None else ())
        folded = self.fold(text)
        found = self.categories.get(folded, ())
        if kind == "num" and "SUBUNIT" in found and folded in self.not_alone:
            return tuple(c for c in found if c != "NUMWORD")  # (a number word only inside a longer one, alone, is
            # a subunit's word where it is one too: French "45 cents", "quarante-cinq cents")
        if kind == "num":
            # After a figure, "hundred"/"mille"/"duizend" scale it ("3 hundred"); elsewhere a scale
            # word cannot start an amount, so the parser takes it as a number word.
            scale = ("SCALE",) if "SCALE" in found else ()
            return (*scale, "NUMWORD", *[c for c in found if c not in ("NUMWORD", "SCALE")])
        # A number word found as a plain word is an article standing alone ("une", "een").
        return tuple(c for c in found if c != "NUMWORD")

    def bad_connector(self, word: str) -> tuple[int, int] | None:
        """Where a connector joins pieces no number joins ("nine and ten", "عشرة وعشرين"), if anywhere.

        A connector joins a hundred or thousand to what follows ("hundred and five"), tens to one
        or eleven ("vingt et un", "soixante et onze"), or units to tens ("vijfentwintig",
        "خمسة وعشرين"); anywhere else it separates two numbers, as in a range.
        """
        match = self.pieces.fullmatch(word)
        if match is None:
            return None
        pieces = list(zip(match.captures("p"), match.spans("p")))
        values = [self.values["NUMWORD"].get(normalize(p)) for p, _ in pieces]
        for k, ((before, _), (conn, span), (after, _)) in enumerate(zip(pieces, pieces[1:], pieces[2:])):
            if normalize(conn) not in self.connectors or normalize(before) in self.connectors:
                continue
            a, b = values[k], values[k + 2]
            if a is None or b is None:
                continue
            if a >= 100 and (b >= 100 or _scale_until_connector(values, pieces, k + 2, self.connectors) == max(
                v for v in values[: k + 1] if v and v >= 100
            )):
                # "cinq cents et mille", "vijfhonderd en duizend", "one hundred and two hundred": a scale right after
                # the connector, or one as large as the largest before it, begins a second number ("two hundred and
                # two thousand" is 202,000)
                return span
            if a >= 100 or (a in range(20, 100, 10) and b in (1, 11)) or (a < 10 and b in range(20, 100, 10)):
                continue
            return span
        # Two units joined by a hyphen are a range no language writes as one number: "один-два дня",
        # "deux-trois jours", "two-zero" ("dix-sept", "quatre-vingts", "twenty-five" are one).
        for (before, (_, end)), (after, (start, _)) in pairwise(pieces):
            a, b = self.values["NUMWORD"].get(normalize(before)), self.values["NUMWORD"].get(normalize(after))
            if a is not None and b is not None and 0 <= a < 10 and 0 <= b < 10 and word[end:start].strip() in ("-", "‐"):
                return end + word[end:start].index(word[end:start].strip()), start
        return None

    def range_connector(self, word: str) -> tuple[int, int] | None:
        """After "between", the connector of a spelled number that joins two numbers, the smaller first, as the
        ends of the range: "between five hundred and one thousand dollars" (which is 501,000 read alone)."""
        match = self.pieces.fullmatch(word)
        if match is None:
            return None
        captured = match.captures("p")
        for k, (conn, (a, b)) in reversed(list(enumerate(zip(captured, match.spans("p"))))):
            if normalize(conn) not in self.connectors or not 0 < k < len(captured) - 1:
                continue
            before, after = self.values["NUMWORD"].get(normalize(captured[k - 1])), self.values["NUMWORD"].get(normalize(captured[k + 1]))
            ahead = self.values["NUMWORD"].get(normalize(captured[k - 2])) if k > 1 else None
            if before is not None and after is not None and before < 10 and after in range(20, 100, 10) and (
                ahead not in range(20, 100, 10)
            ):
                # (units and tens joined are one number: "بين خمسة وعشرين شخصا" is among 25, "vijfentwintig"; not after
                # tens, "between twenty one and thirty")
                continue
            # (a hyphen before the connector is the left number's shared end: "between ninety- and one hundred")
            left, right = self.number_pieces(word[:a].rstrip(" \t\u00a0-‐")), self.number_pieces(word[b:].lstrip())
            if left and right and well_formed(left) and well_formed(right) and spelled_value(left) < spelled_value(right):
                return a, b
        return None

    def number_break(self, word: str, after_point: bool = False, before_fraction: bool = False) -> int | None:
        """Where a second number starts in a spelled number read across spaces, if anywhere:

        - a unit or teen, a space, then a tens or teen word ("one | twenty two", "nineteen |
          eighty-four"), which no language writes as one number (Arabic writes its teens "أربع عشر",
          four ten, so not before ten), and a tens word, a space, then another ("twenty | twenty-four",
          a year said aloud, was 44);
        - a number that opens with a teen, or with ten before a unit the language writes with ten in
          one word, then a space and a unit ("een op de tien | vijf jaar geleden", "ten | five"; but
          French "dix sept", spaced "dix-sept", is one), or with tens where the language writes tens
          and units in one word (``tens_units_closed``: "een op de twintig | vijf jaar geleden");
        - a zero word next to another piece ("two | nought | nine"), or two units ("five | one", "sei
          | un"), unless the words are the digits after a decimal word ("point nought four"), or
          the second unit is the numerator of a fraction word after ("drie een vijfde", 3 1/5);
        - a hundreds' word that is also a subunit's word, after tens, which a hundred never follows: the
          subunit ("deux euros et vingt | cents", "dix | cents de plus").
        """
        match = self.pieces.fullmatch(word)
        if match is None:
            return None
        captured = match.captures("p")
        values = [self.values["NUMWORD"].get(normalize(p)) for p in captured]
        spans = match.spans("p")
        before = [(p, v) for p, v in zip(captured[:-1], values[:-1]) if normalize(p) not in self.connectors]
        if (
            len(values) > 1 and values[-1] == 100 and normalize(captured[-1]) in self.values["SUBUNIT"]
            and before and all(v is not None for _, v in before) and spelled_value(before) in _NO_HUNDREDS
        ):
            # ("dix cents", "vingt cents" are no 1,000 or 2,000; "dix-neuf cents", "trois cents" are hundreds)
            return spans[-1][0]
        for i in range(1, len(values)):
            a, b = values[i - 1], values[i]
            gap = word[spans[i - 1][1] : spans[i][0]]
            if a is None or b is None or not gap or gap.strip(" \t\u00a0"):
                continue
            units = 0 < a < 10 and 0 < b < 10 and not (before_fraction and i == len(values) - 1)
            if (0 < a < 20 and 10 < b < 100) or (a in TENS and 20 <= b < 100) or ((0 in (a, b) or units) and not after_point):
                return spans[i][0]
            if i == 1 and 0 < b < 10 and not after_point and not (before_fraction and i == len(values) - 1) and (
                10 < a < 20 or (a == 10 and any(v == a + b and w.isalpha() for w, v in self.values["NUMWORD"].items()))
                or (self.tens_units_closed and a in range(20, 100, 10))
            ):
                return spans[i][0]
        return None

    def glued_scale(self, word: str) -> tuple[str, str | None]:
        """A spelled number and the scale word written onto it ("vijfentwintig", "miljoen"), where the
        language glues them; else the word and None."""
        if self.glued_scales:
            folded = self.fold(word)
            for form in self.glued_scales:
                if folded.endswith(form) and len(folded) > len(form):
                    return word[: len(word) - len(form)], form
        return word, None

    def number_pieces(self, word: str) -> list[tuple[str, int | None]]:
        """A spelled number ("trecentottanta", "vijfentwintig") as its pieces with their values.

        Connectors ("en", "و", "and") come back with the value None.
        """
        match = self.pieces.fullmatch(self.fold(word))
        if match is None:
            raise ValueError(f"not a number word: {word!r}")
        return [
            (p, None if p in self.connectors else self.values["NUMWORD"][p]) for p in match.captures("p")
        ]


# What no hundred follows: ten, and tens with their units (a hundred multiplies a unit or a teen: "trois cents",
# "dix-neuf cents").
_NO_HUNDREDS = frozenset({10, *range(20, 100)})
_LEXICON_FIELDS: dict[str, Field[Any]] = {spec.name: spec for spec in fields(Lexicon)}


def _scale_until_connector(values: list[int | None], pieces: list[tuple[str, Any]], start: int, connectors: Any) -> int:
    """The largest scale (100 or more) among the pieces from ``start`` to the next connector."""
    largest = 0
    for value, (piece, _) in zip(values[start:], pieces[start:]):
        if normalize(piece) in connectors:
            break
        if value is not None and value >= 100:
            largest = max(largest, value)
    return largest


def well_formed(pieces: list[tuple[str, int | None]]) -> bool:
    """Whether pieces make one number in the order numbers are written: "twenty-one", "venticinque",
    "duemiladuecentocinque", "eenentwintig"; not "two-three" (which "two-thirds" would give)."""
    previous: int | None = None
    joined = False
    for _, value in pieces:
        if value is None:
            joined = True
            continue
        if previous is not None:
            a, b = previous, value
            tens = a % 10 == 0 and 20 <= a < 100
            if b in (100, 1000):
                ok = a < b
            elif a >= 100:
                ok = b < a
            elif joined:  # "vingt et un", "vijfentwintig", "خمسة وعشرين"
                ok = (tens and b in (1, 11)) or (a < 10 and b % 10 == 0 and 20 <= b < 100)
            else:
                ok = tens and b < 20
            if not ok:
                return False
        previous, joined = value, False
    return True


def spelled_value(pieces: list[tuple[str, int | None]]) -> Decimal:
    """The value of spelled-number pieces: 100 and 1000 multiply what precedes them, the rest add up."""
    total = current = 0
    for _, value in pieces:
        if value is None:
            continue
        if value in (100, 1000) and 0 < current < value:
            current *= value
            if value == 1000:
                total, current = total + current, 0
        elif value == 1000:
            total, current = total + max(current, 1) * 1000, 0
        else:
            current += value
    return Decimal(total + current)


# Put at the end of a form given to :func:`trie`, it stands for no letter after the form.
_WORD_END = "\0"


def trie(forms: Sequence[str]) -> str:
    """An alternation shaped as a trie, so that shared prefixes are matched once.

    The regex engine then spends time on the depth of a match rather than on the number of forms,
    which keeps a tokenizer of a thousand forms at several megabytes a second. Longer forms win: each
    optional tail is greedy.
    """
    root: dict[str, dict] = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [_char(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if "" in node:
            # (an optional tail as an empty last alternative, not "(?:...)?": the same matches, tried in the
            # same order, but `re` skips a branch that starts with a letter that is not the text's at the
            # cost of a comparison, where a repeat costs it an allocation and two jumps at every form's end)
            return "(?:" + "|".join(branches) + "|)"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root) if forms else "(?!)"


def _char(ch: str) -> str:
    if ch == " ":
        return r"[ \t\u00a0\u202f]+"
    if ch == _WORD_END:
        return rf"(?!{_LETTER})"
    return re.escape(ch)


# The tokenizer runs on every character of every article, so it is compiled with the standard
# library's `re`, which runs this trie-shaped pattern 3.5 times as fast as `regex` (measured with
# bench/extract_speed.py); `regex` serves the rest (captures of repeated groups, script classes).
# `re` has no \p{M}: combining marks are listed (Latin accents, Arabic harakat).
MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_NOT_WORD = rf"[\w{MARKS}]"
_WORD_START = rf"(?<!{_NOT_WORD})"
_LETTER = rf"(?:[^\W\d_]|[{MARKS}])"


def _marked_race_time(marks: dict[str, list[str]] | None, decimal: Sequence[str]) -> str:
    """Alternatives for a race time written with the language's marks of hours, minutes and seconds
    (``race_time_marks``): "2 h 05 min 30 s", "4 h 19", "3 min 28", "4 min 02 s 50", Italian 9"80,
    9'56" and 2h07'35". A part after the first is two digits, or one before its mark; after the
    seconds' mark, hundredths; seconds may have decimals ("1 min 10,270"), and a decimal figure alone is
    seconds before a mark of "alone" ("9.58 s"), or of "final" where the clause ends after it ("за 21,07 с."). A word
    may stand apart from its figures, a sign may not ("al 90' 40 mila tifosi", 'un MacBook da 15" 18 ore' are no race
    times)."""
    if not marks:
        return ""
    gap = r"[ \u00a0\u202f]?"

    def mark(unit: str) -> str:
        words = sorted(f for f in marks.get(unit) or () if f[:1].isalpha())
        signs = sorted(f for f in marks.get(unit) or () if not f[:1].isalpha())
        spaced = [f"{gap}(?:{trie(words)}){gap}"] if words else []
        return "(?:" + "|".join([*spaced, *([f"(?:{trie(signs)})"] if signs else [])] or ["\ue000"]) + ")"

    hour, minute, second = mark("hour"), mark("minute"), mark("second")
    # (seconds with the language's decimal sign, after minutes, "1 min 10,270", or alone before a mark of
    # ``race_seconds_alone``, "9.58 s": a mark of seconds may be a word too, Russian "с")
    sign = f"[{re.escape(''.join(decimal))}]"
    fraction = sign + r"\d{1,3}"
    # (without a mark, hundredths or thousandths: "en 45 min 12,5 km" is a spell and a distance)
    seconds = rf"(?:[0-5]\d{fraction}{second}|[0-5]\d{sign}\d{{2,3}}|(?:[0-5]\d|\d(?={second}))(?:{second}(?:\d{{1,3}})?)?)"
    end = r"(?![\w'’\"]|[.,]\d)"
    return (
        rf"|\d{{1,2}}{hour}(?:[0-5]\d|\d(?={minute}))(?:{minute}(?:{seconds})?)?{end}"
        rf"|\d{{1,2}}{minute}{seconds}{end}"
        rf"|\d{{1,2}}{second}\d{{2}}{end}"
        + (rf"|\d{{1,2}}{fraction}{mark('alone')}{end}" if marks.get("alone") else "")
        + (rf"|\d{{1,2}}{fraction}{mark('final')}(?=[ \u00a0]*(?:[.,;:!?)]|$))" if marks.get("final") else "")
    )


def _tokenizer(
    *, words: list[str], signs: list[str], pieces: list[str], connectors: list[str], prefixes: list[str],
    indefinite: list[str], hyphen_units: list[str], scale_letters: Sequence[str] = (), spaced_letters: Sequence[str] = (),
    ordinal_endings: Sequence[str] = (), ordinal_words: Sequence[str] = (), day_suffixes: Sequence[str] = (),
    glued_scales: Sequence[str] = (), fractions: Sequence[str] = (), fraction_blocker: str | None = None,
    weekdays: Sequence[str] = (), race_marks: dict[str, list[str]] | None = None, glued_units: Sequence[str] = (),
    decimal: Sequence[str] = (".",), degrees: Sequence[str] = (),
) -> str:
    """One pattern for every token of a language, matched on lower-cased, letter-folded text.

    Groups: ``date``, ``fig`` (a figure), ``num`` (a spelled number, made of pieces), ``word`` (any
    vocabulary form; elided forms such as "d'" and "млрд." need no boundary after them), ``hdur``
    (a unit written onto a figure with a hyphen: "-year" in "three-year", so that "3-5 years" stays a
    range, "-летнего", "-процентный") and ``sign``.
    """
    spelled = _spelled_number(pieces, connectors, prefixes, indefinite, glued_scales)
    # A prefix written onto a figure is a token of its own ("و200", "ب5"), and so is "and" written onto
    # a fraction word ("ونصف"), unless that halves what follows ("ونصف المصابين": ``fraction_blocker``),
    # or onto a weekday.
    blocked = rf"(?![\s\u200e\u200f]+{fraction_blocker})" if fraction_blocker else ""
    conjunctions = [p for p in prefixes if p in connectors]
    onto_word = (
        rf"|(?:{trie(conjunctions)})(?=(?:{trie(list(fractions))})(?!{_LETTER}){blocked})" if conjunctions and fractions else ""
    )
    # ...and so is "and" written onto a weekday: "بين الاثنين 3 والجمعة 5 سبتمبر".
    if conjunctions and weekdays:
        onto_word += rf"|(?:{trie(conjunctions)})(?=(?:{trie(list(weekdays))})(?!{_LETTER}))"
    attached = rf"|(?:{trie(prefixes)})(?=[{DIGITS}]){onto_word}" if prefixes else ""
    # A word right after an attached conjunction: "وحوالي", "وملياري" (fixed-width look-behinds).
    after_prefix = "".join(f"|(?<=\\s{re.escape(p)})|(?<=^{re.escape(p)})" for p in prefixes)
    # Where a token may start: not inside a word, except at a figure, after a figure ("5bn") or after a
    # conjunction written onto the word ("وحوالي"), and never at a space, which starts no form and no
    # figure. Checked once, before the alternatives, it spares the engine trying each of them at every
    # letter inside a word (a third of the scan's time) and at every space (a quarter of what is left).
    spaced = sorted({f for f in (*words, *signs, *pieces, *prefixes, *indefinite, *scale_letters, *spaced_letters,
                                 *ordinal_words, *glued_units, *weekdays) if f[:1].isspace()})
    if spaced:  # (a mistake of a language file, which the guard would otherwise hide)
        raise ValueError(f"vocabulary forms must not start with a space: {spaced}")
    # (written as what it rules out, a space or a letter after a letter that is no conjunction written onto
    # the word: at each letter inside a word the engine runs a look-ahead and the look-behind inside it,
    # where it ran three assertions)
    inside = rf"(?!{after_prefix[1:]})" if prefixes else ""
    # (a vulgar fraction is no letter: "465½p", the pence written onto it)
    start = rf"(?!\s|(?<=[^\W{DIGITS}{VULGAR}]){inside}[^\W{DIGITS}])"
    # The alternatives that start with a figure or its sign sit behind one lookahead, which the engine
    # tries once at the start of a word rather than each of them.
    return start + (
        rf"(?:(?={_FIGURE_START})(?:(?P<date>{_DATE})"
        # A figure with an ordinal suffix ("1er", "25th", "4e", "25-го"): a day in a date, else nothing.
        + (rf"|(?P<day>(?<![\w.,])(?:{_DAY_DIGITS}(?:{trie(list(day_suffixes))})" + (
            # (and a larger figure with a suffix written on, "the 1,000th day", "pour la 3 500e fois", a rank; not
            # one after a hyphen, which a year takes too, "в 2024-м году", nor a degree sign: "di 1.200º")
            rf"|{_LONG_DIGITS}(?:{trie(written_on)})" if (written_on := [f for f in day_suffixes if f[:1] not in "-‐°º"]) else "")
           + rf")(?!{_LETTER}|[{DIGITS}]))" if day_suffixes else "")
        # a race time, hours to seconds: "in 2:01:09", "7:35:29.5" (one-digit hours: "14:15:37" is a clock; not
        # within a word: "M5S 15%")
        # ...and minutes, seconds and hundredths (or thousandths) with the language's decimal sign: "3:49.04",
        # "1:10,412" (Russian and Dutch write hours and minutes so: "1:19.30" is 1 h 19 min 30 s, which they read
        # as a clock); thousandths after a dot in every language, as timing shows them: "1:10.412" (not a map's scale,
        # "1:25.000")
        + r"|(?P<rtime>(?<![\w:.,])(?:(?:\d:[0-5]\d:[0-5]\d(?:[.,]\d{1,3})?|\d{1,2}:[0-5]\d" + f"(?:[{re.escape(''.join(decimal))}]" + r"\d{2,3}|\.(?!000)\d{3})"
        # (and where the decimal sign is a comma, minutes and seconds joined by a dot, as skating and skiing copy writes
        # them: "in 1.11,83", "с результатом 1.52,34"; no figure groups two digits so)
        + (r"|\d{1,2}\.[0-5]\d,\d{2,3}" if "," in decimal else "")
        + r")(?![\d:]|[.,]\d)" + _marked_race_time(race_marks, decimal) + "))"
        + rf"|(?P<fig>{_figure(degrees)}))"
        # The words (a compound ordinal starts with a number word or one of ``ordinal_words``; a spelled
        # number may have a prefix, which may also stand alone) behind the look-ahead for their first letters
        + rf"|{_heads([*pieces, *ordinal_words, *prefixes, *(p + f for p in prefixes for f in pieces)], words)}"
        + (rf"(?:(?P<ord>{_ordinal(pieces, ordinal_endings, ordinal_words)})|" if ordinal_endings else "(?:")
        + rf"(?P<num>{spelled})"
        # (a word may be written onto a figure, a vulgar fraction's too: "465½p")
        rf"|(?P<word>(?:\b|(?<=[{DIGITS}{VULGAR}]){after_prefix})"
        rf"(?:(?:{trie(words)})(?:(?<=\W)|(?!{_LETTER})){attached})))"
        # ...and the units and signs, likewise
        + rf"|{_heads(['-', '‐', '‑', *glued_units, *scale_letters, *spaced_letters, *signs])}"
        rf"(?:(?P<hdur>[\-‐‑](?:{trie(hyphen_units)})(?!{_NOT_WORD}))"
        # units of time written onto the figure: Italian ages, "il 45enne"
        + (rf"|(?P<gdur>(?<=[{DIGITS}])(?:{trie(list(glued_units))})(?!{_NOT_WORD}))" if glued_units else "")
        +
        # Scale letters that count only written onto a figure: "5m", "100к" (not "5 m", "к 2025").
        # and those that count after a space as well, in the case the language file writes them ("$1.5 M";
        # not "2025 M&A", "5 K-pop bands").
        rf"|(?P<att>(?:(?<=[{DIGITS}{VULGAR}])(?:{trie(list(scale_letters))})"
        + (rf"|(?<=[{DIGITS}][ \t\u00a0\u202f])(?:{trie(list(spaced_letters))})(?![&\-‐/'’])" if spaced_letters else "")
        + rf")(?!{_LETTER}))"
        # A sign that ends in a letter ends a word: "$ c" is Canadian in "1,34 $ c", not in "$ chacun".
        rf"|(?P<sign>(?:{trie([s for s in signs if s[-1].isalpha()])})(?!{_LETTER})"
        rf"|{trie([s for s in signs if not s[-1].isalpha()])})))"
    )


def _part_of_what_follows(definite: Sequence[str], units: Sequence[str], not_nouns: Sequence[str]) -> str:
    """After "ونصف": a noun with its article (two letters or more: "الى" is "to") of which the fraction
    is a part ("ونصف المصابين"); not the unit named again ("عاما ونصف العام", "مليون ونصف المليون"), nor
    a word with the article that is no noun ("منذ عام ونصف الآن", ``definite_not_nouns``). (A scale word
    after the fraction keeps it: extract._parse_run never cuts a fraction from its scale, "ونصف مليون".)"""
    article = f"(?:{trie(list(definite))})"
    words = {w[len(d) :] for w in [*units, *not_nouns] for d in ("", *definite) if w.startswith(d) and w[len(d) :]}
    return rf"{article}(?!(?:{trie(sorted(words))})(?!{_LETTER})){_LETTER}{{2}}"


def _ordinal(pieces: Sequence[str], endings: Sequence[str], words: Sequence[str]) -> str:
    """A one-word compound ordinal: it starts like a number ("venti-", "twenty-") or is an irregular
    ordinal ("fifth"), and ends with an ordinal ending; the lexicon checks the rest."""
    start = trie(sorted({*pieces, *words}))
    return rf"{_WORD_START}(?={start})[^\W\d_][\w\-‐]*?(?:{trie(sorted(endings))})(?!{_NOT_WORD})"


def _spelled_number(
    pieces: Sequence[str], connectors: Sequence[str], prefixes: Sequence[str], indefinite: Sequence[str],
    glued_scales: Sequence[str],
) -> str:
    """A whole spelled number: pieces joined inside a word ("vijfentwintig") or across spaces and
    connectors ("vingt et un"; where a connector joins no number, "nine and ten", the candidate
    finder splits the word: bad_connector), an attached conjunction before it (Arabic و), a scale
    word written onto it ("vijfentwintigmiljoen"); never a lone article ("une", "een")."""
    connector = rf"(?:(?:{trie(list(connectors))})[\s\-‐]*)?" if connectors else ""
    joiner = r"[\s\-‐]*" + connector
    lead = f"(?:{trie(list(prefixes))})?" if prefixes else ""
    not_article = rf"(?!(?:{trie(list(indefinite))})(?!{_NOT_WORD}))" if indefinite else ""
    piece = trie(list(pieces))
    glued = f"(?:{trie(list(glued_scales))})?" if glued_scales else ""
    return rf"{_WORD_START}{not_article}{lead}{piece}(?:{joiner}{piece})*{glued}(?!{_NOT_WORD})"


def _anchors(
    pieces: list[str], connectors: list[str], prefixes: list[str], indefinite: list[str], core: list[str],
    after_article: list[str], qualifiers: list[str], durations: list[str], ordinal: str | None = None,
    glued_scales: Sequence[str] = (), at_least: Sequence[str] = (), ordinal_words: Sequence[str] = (),
) -> str:
    """Where a quantity may be: a figure, a whole spelled number (not a lone article: "une", "een"),
    a word that is one on its own ("a trillion", "عامين", "a dozen"), or an article before a currency
    or percentage point (``after_article``: "uno yen", "un punto percentuale"). Whole words only, so that
    "tre" does not wake the tokenizer in "tremendous" nor "un"
    in "under"."""
    lead = f"(?:{trie(prefixes)})?" if prefixes else ""
    words = [
        _spelled_number(pieces, connectors, prefixes, indefinite, glued_scales),
        rf"{_WORD_START}{lead}(?:{trie(core)})(?!{_LETTER})",
        *([ordinal] if ordinal else []),
        *([rf"{_WORD_START}(?:{trie(indefinite)})[ \t\u00a0]+(?:{trie(after_article)})(?!{_LETTER})"]
          if indefinite else []),
        # a qualifier before one unit of time: "more than a year", "plus d'un an", "более года"
        rf"{_WORD_START}(?:{trie(qualifiers)})(?:[ \t\u00a0]+|(?<=['’]))"
        + (rf"(?:(?:{trie(indefinite)})(?:[ \t\u00a0]+|(?<=['’])))?" if indefinite else "")
        + rf"(?:{trie(durations)})(?!{_LETTER})",
        # and before the article alone after "at least", where it is one: "au moins un mort", "almeno un morto"
        *([rf"{_WORD_START}(?:{trie(at_least)})(?:[ \t\u00a0]+|(?<=['’]))(?:{trie(indefinite)})(?!{_LETTER})"]
          if at_least and indefinite else []),
    ]
    # Every word alternative starts at a word start: checked once rather than once per alternative,
    # which halves the time of this scan over all of the text (the same matches, in the same order).
    assert all(w.startswith(_WORD_START) for w in words)
    # (what the words start with: a compound ordinal, with a number word or one of ``ordinal_words``)
    # (a number's pieces may be followed by letters, "vijfentwintig", and so may an ordinal's start; a word
    # that is a quantity alone, an article and a qualifier by none)
    heads = _heads([*pieces, *ordinal_words, *(p + f for p in prefixes for f in pieces)],
                   [*core, *indefinite, *qualifiers, *at_least, *(p + f for p in prefixes for f in core)])
    return rf"[{DIGITS}{VULGAR}]|{_WORD_START}{heads}(?:{'|'.join(w.removeprefix(_WORD_START) for w in words)})"


def _heads(forms: Iterable[str], whole: Iterable[str] = ()) -> str:
    """A look-ahead for the first four letters of ``forms``, put before alternatives that each start with
    one of them: most words of a text fail it after a letter or two, instead of being tried by each
    alternative in turn (a fifth of the anchor scan's time). A form of ``whole``, which no letter follows
    where it is matched unless it ends in no letter or figure ("l'", "млрд."), is looked for with that when
    it is shorter than four letters: "a", "m" and "t" would let every word that starts with them through
    ("alibaba", "market")."""
    short = {f for f in whole if len(f) < 4 and f[-1:].isalnum()}
    heads = {f[:4] for f in forms} | {f[:4] for f in whole if f not in short} | {f + _WORD_END for f in short}
    return f"(?={trie(sorted(heads))})"


def _anchor_scan(anchors: str) -> str:
    """:func:`_anchors` as candidates._windows scans a text with it (a space put before the text): a match
    is a figure's digits, or the character before a word that a lookahead takes into the group ``word``
    (not a vulgar fraction, which the digit's alternative takes). Starting with a set of characters, it
    lets the engine skip from one to the next instead of trying the pattern at each letter of a word:
    a fifth of the scan's time."""
    figure = f"[{DIGITS}{VULGAR}]"
    words = anchors.removeprefix(f"{figure}|{_WORD_START}")
    assert words != anchors
    # (the word first: its heads turn most words away sooner than the checks of the character before it)
    # (a figure's digits are taken together: a window is the same from its first digit to its last, and
    # candidates._windows then reads one match a figure rather than one a digit)
    return rf"[\W{DIGITS}{VULGAR}](?:(?<={figure}){figure}*|(?=(?P<word>{words}))(?<![{MARKS}])(?!{figure}))"


def fold_case(text: str, folding: dict[int, str]) -> str:
    """Lower-case and fold letters one for one, so that offsets into the result are offsets into text."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two code points; keep such letters as they are
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # str.translate looks up every character in the table; the few folded letters are replaced
    # one by one instead (the table maps letters to letters it does not hold: no chains).
    for code, letter in folding.items():
        if chr(code) in low:
            low = low.replace(chr(code), letter)
    return low


def _name_prefixes(data: dict[str, Any], definite: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """The letters written onto a name (``label_prefixes``), each with what it stands for at the name's start: nothing,
    or the article it joins as ``label_contractions`` say ("لل" is "ل" and "ال": "للأردن" names "الأردن")."""
    contractions = _contractions(data)
    pairs = []
    for prefix in (normalize(p) for p in data.get("label_prefixes") or ()):
        pairs.append((prefix, ""))
        pairs.extend((joined, article) for article in definite
                     if (joined := _prefixed(prefix, article, contractions)) != prefix + article)
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def _labels(data: dict[str, Any], key: str) -> tuple[str, ...]:
    """A language file's reference labels, with the letters written onto them (``label_prefixes``,
    joined as ``label_contractions`` say: "للمادة")."""
    labels = [normalize(f) for f in data.get(key) or ()]
    prefixes = [normalize(p) for p in data.get("label_prefixes") or ()]
    contractions = _contractions(data)
    joined = [_prefixed(prefix, label, contractions) for prefix in prefixes for label in labels if label[:1].isalpha()]
    return tuple(dict.fromkeys([*labels, *joined]))


def _contractions(data: dict[str, Any]) -> dict[str, str]:
    """How the letters written onto a word join it (``label_contractions``: "لال" is written "لل")."""
    return {normalize(k): normalize(v) for k, v in (data.get("label_contractions") or {}).items()}


def _prefixed(prefix: str, word: str, contractions: dict[str, str]) -> str:
    """``word`` with ``prefix`` written onto it, contracted where the language contracts the two ("لل" + "المادة")."""
    form = prefix + word
    for long, short in contractions.items():
        if form.startswith(long, len(prefix) - 1):
            form = form[: len(prefix) - 1] + short + form[len(prefix) - 1 + len(long) :]
    return form


# Sections of a language file read as they are into the Lexicon field of the same name: word lists
# (as lookup keys) and flags.
_WORD_LIST_KEYS = (
    "times_words", "negation_words", "change_amount_words", "move_words", "move_to_words", "change_from_words",
    "conjunctions",
    "century_named_after_figure", "partitive", "sample_nouns", "fraction_only", "fraction_with_article",
    "lowercase_forms", "whole_words", "fraction_part_words", "fraction_idiom_nouns", "correction_words", "contrast_words", "month_homographs", "from_by_words", "odds_nouns", "dimension_words", "place_prepositions", "comparison_words", "part_words", "part_words_listing", "part_words_after", "pronouns_of_the_one", "possessives", "money_takes",
    "prepositions", "race_time_words", "race_seconds_alone", "race_seconds_final", "ago_words", "month_year_links", "change_clause_breaks", "singular_after_one", "age_qualifiers", "measure_qualifiers", "heat_qualifiers", "whole_participles", "bare_degrees", "negation_openers", "former_name_words", "lowercase_qualifiers", "elided_year_articles", "age_words", "age_before_words", "age_before_clause_end", "age_verbs", "age_verbs_after", "qualified_nouns", "verb_second", "place_qualifiers",
    "hyphen_vague", "fraction_after_with", "difference_words", "respectively_words", "duration_adjectives",
    "every_words", "among_words", "survey_words", "motion_words", "rate_base_nouns", "rate_base_verbs", "change_particles",
    "modal_words", "passing_words", "passing_verbs", "threshold_qualifiers", "particle_verbs", "price_words", "elided_numbers", "spread_words", "spread_verbs", "spread_spell_verbs", "spread_not_after", "spread_not_before", "spread_nouns", "price_floor_words",
    "year_level_nouns", "age_level_nouns", "money_nouns", "ratio_words_after_nouns", "level_words", "period_qualifiers", "number_qualifiers", "exceed_stems", "approximate_homographs", "points_words", "point_contexts", "point_share_contexts", "basis_point_contexts", "tally_nouns", "index_contexts", "points_not_before", "later_words", "article_idioms",
    "only_after_negation", "restrictive_negations", "day_month_after", "vague_quantifiers", "approximate_before_plural", "decade_suffixes",
    "model_makers", "only_words", "sentence_openers", "addition_nouns", "clause_openers", "attribution_words", "negation_idioms", "ratio_words_after_any", "negation_clitics", "approximate_before_few", "approximate_before_many", "adjective_ones", "decade_not_before", "saying_verbs", "age_nouns", "definite_not_nouns", "singular_units", "partitive_pronouns",
    "scales_bare_after_qualifier", "scales_dual_one_before_and", "addition_words", "restating_words", "sale_words", "currency_words_after_figure",
    "currency_homographs", "range_to_after_from", "level_comparatives", "difference_phrases", "amount_qualifiers",
    "period_halves", "none_particles", "instalment_nouns", "period_fractions", "period_fraction_after", "time_adverbs",
    "time_words_after", "year_words_early", "hijri_months", "fraction_change_words", "nouns_after_figures", "durations_after_digits", "count_noun_exceptions", "verbs_after_figures", "qualifier_idioms", "qualifier_idioms_spells", "term_adjectives", "limit_words", "series_nouns", "race_distance_words", "place_name_prepositions", "change_particle_verbs", "day_nouns", "ceiling_nouns", "ceiling_verbs", "decade_age_words", "decade_age_owners", "decade_age_words_after", "approximate_bare_not_after", "population_words", "dimension_adjectives", "spell_pronoun_verbs", "articles_before_counts", "subunit_time_words",
)
_FLAG_KEYS = (
    "mixed_fractions", "months_capitalized", "fraction_alone", "number_after_unit", "verb_first", "verb_final", "scale_takes_link",
    "hyphen_nouns", "article_before_half", "partitive_case", "one_after_qualifier", "tens_units_closed", "title_case_headlines",
    "decade_nouns_ages_only", "minutes_after_hours",
)


def _words(forms: Any) -> frozenset[str]:
    """A language file's list of words, as lookup keys."""
    return frozenset(normalize(str(f)) for f in forms or ())


def _folded_too(forms: Any, fold: dict[int, str]) -> frozenset[str]:
    """A language file's list of words, as lookup keys, each also with its letters folded as the language folds them
    (``letter_folding``: Arabic "بسرعة" and "بسرعه"), for lists compared with words as written."""
    return frozenset(key for f in forms or () for key in (normalize(str(f)), normalize(str(f)).translate(fold)))


def _number(key: Any) -> int | Decimal:
    """A number word's value: whole, or a fraction such as 1.5 ("полтора", "anderhalf") or "2/3"
    ("tweederde", "ثلثي")."""
    numerator, _, denominator = str(key).partition("/")
    value = Decimal(numerator) / Decimal(denominator or 1)
    return int(value) if value == value.to_integral() else value


def _share(key: Any) -> Decimal:
    """The share a fraction's key in the data names: the denominator of one part (4, a quarter), or the parts written as a
    fraction ("2/3", two thirds)."""
    value = Decimal(_number(key))
    return value if "/" in str(key) else 1 / value


def _invert(section: dict[Any, list[str]] | None, cast: Any = str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, forms in (section or {}).items():
        for form in forms or ():
            out.setdefault(normalize(str(form)), cast(key))
    return out


def _by_currency_form(data: dict[str, Any], key: str) -> dict[str, frozenset[str]]:
    """The words of ``key`` of each entry of ``currency_by_country`` that has them, by each of the entry's forms (the
    things a currency's name also names: "livres" of books)."""
    return {normalize(form): _words(entry[key]) for entry in data.get("currency_by_country") or () if entry.get(key)
            for form in entry.get("forms") or ()}


@cache
def lexicon(lang: str) -> Lexicon:
    """Compile the vocabulary of ``lang`` once per process."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    data: dict[str, Any] = dict(_load_yaml(f"lang/{lang}.yaml"))
    common, cldr = _common(), _cldr()[lang]

    values: dict[str, dict[str, Any]] = {
        "NUMWORD": _invert(data.get("number_words"), _number),
        "SCALE": {**_invert(data.get("scales"), int), **_invert(data.get("scales_attached"), int)},
        "SCALE_BARE": _invert(data.get("scales_bare"), int),
        "APPROX_BARE": _invert(data.get("approximate_bare"), int),
        "SCALE_DUAL": _invert(data.get("scales_dual"), int),
        "SCALE_HALF": _invert(data.get("scales_half"), int),
        "CUR_SIGN": {**_invert(common["currency_signs"]), **_invert(data.get("currency_signs"))},
        "CUR_WORD": _invert(data.get("currency_words")),
        "CUR_AFTER": _invert(data.get("currency_words_after")),
        "CUR_DUAL": _invert(data.get("currency_duals")),
        "NEG": {normalize(f): -1 for f in data.get("negative_words") or ()},
        "DENOM": _invert(data.get("fraction_words"), int),
        "MULT": _invert(data.get("multipliers"), int),
        "APPROX": _invert(data.get("approximate_numbers"), int),
        "OVER": {normalize(f): "/" for k in ("ratio_words", "ratio_words_after_one") for f in data.get(k) or ()},
        "POINT": {normalize(f): "." for f in data.get("decimal_words") or ()},
        "SUBUNIT": {normalize(f): 100 for f in [*(data.get("subunit_words") or ()), *common["subunit_signs"]]},
        # a subunit written alone, of the currency the language file names: "145.2p" is £1.452
        "SUBUNIT_CUR": {normalize(k): str(v) for k, v in (data.get("subunit_currencies") or {}).items()},
        "PCT": {**{normalize(f): "percent" for f in [*common["percent_signs"], *(data.get("percent_words") or ())]},
                **{normalize(f): "permille" for f in [*common["permille_signs"], *(data.get("permille_words") or ())]}},
        "PP": {normalize(f): "percentage_point" for f in data.get("percentage_point_words") or ()},
        "BP": {normalize(f): "basis_point" for f in data.get("basis_point_words") or ()},
        "PCT_BEFORE": {normalize(f): "percent" for f in data.get("percent_words_before") or ()},
        "PCT_HALF": {normalize(f): "percent" for f in data.get("percent_half") or ()},
        "Q_AFTER": {**_invert(common.get("qualifier_signs_after")), **_invert(data.get("qualifiers_after")),
                    **_invert(data.get("qualifiers_after_hyphen"))},
        "DUR": _invert(data.get("durations")),
        "DUR_DUAL": _invert(data.get("durations_dual")),
        "DUR_HALF": _invert(data.get("durations_half")),
        "MONTH": {**_invert(cldr["months"], int), **_invert(data.get("month_words"), int)},
        "WEEKDAY": {**_invert(cldr["weekdays"], int), **_invert(data.get("weekdays"), int)},
        "DAY": _invert(data.get("day_words"), int),  # "dal primo gennaio": a day written as a word
        "DASH": {normalize(f): "-" for f in common["range_dashes"]},
        "SLASH": {normalize(f): "/" for f in common.get("fraction_slashes") or ()},
        "COMMA": {",": ","},
    }
    # CLDR's names and local symbols of the currencies we list (in common.yaml or the language
    # file), after the hand-written forms. Every other current currency is read by its ISO code; the
    # names of all 150 would cost a tenth of a second of start-up compiling them (measured).
    known = set(common["currency_signs"]) | set(data.get("currency_words") or {})
    for code, forms in cldr.get("currencies", {}).items():
        if code not in known:
            continue
        for form in forms:
            if len(form.split()) > 1 and len(form.split()[0]) == 1:
                continue  # (a symbol opening with a letter apart, "F CFA": its letter is a label's or a heat's, "seat 14F")
            table = "CUR_WORD" if form[0].isalpha() and len(form) > 3 else "CUR_SIGN"
            values[table].setdefault(normalize(form), code)
    # a name of two words is also written closed up, in hashtags, slugs and tickers: "egyptianpound",
    # "#SaudiRiyal"
    for form, code in list(values["CUR_WORD"].items()):
        if form.count(" ") == 1 and form.replace(" ", "").isalpha():
            values["CUR_WORD"].setdefault(form.replace(" ", ""), code)
    codes = [c for c in _cldr()["currency_codes"] if c not in common["codes_read_as_words"]]
    qualifiers = data.get("qualifiers") or {}
    # "and"/"or" before a comparison opens a second one ("5000 or less than 6000", "no more than 12
    # and more than 194"): read as one qualifier, the longest form keeps the word off the first figure.
    joiners = sorted({normalize(j) for k in ("range_and", "bound_joiners", "or_words") for j in data.get(k) or ()})
    # "franchi la barre symbolique des", "превысил психологическую отметку в": a word of a qualifier written with its
    # adjective, as the language's forms of it (``qualifier_variants``; not after "and"/"or", which would make four times
    # as many forms for a phrasing copy seldom writes)
    variants = {normalize(w): [normalize(v) for v in vs] for w, vs in (data.get("qualifier_variants") or {}).items()}
    for terminal, bound in QUALIFIER_BOUNDS.items():
        forms = [*(qualifiers.get(bound) or ()), *(common["qualifier_signs"].get(bound) or ()),
                 *((data.get("qualifiers_before_hyphen") or {}).get(bound) or ())]  # ("sub", read only onto a figure)
        values[terminal] = {normalize(f): bound for f in forms}
        written = list(values[terminal])
        if terminal != "Q_ABOUT":
            for form in [f for f in written if f[0].isalpha()]:
                for joiner in joiners:
                    values[terminal].setdefault(f"{joiner} {form}", bound)
        for form in [f for f in written if not variants.keys().isdisjoint(f.split(" "))]:
            words = form.split(" ")
            for i, word in enumerate(words):
                for variant in variants.get(word, ()):
                    values[terminal].setdefault(" ".join([*words[:i], variant, *words[i + 1 :]]), bound)
    for terminal, key in _WORD_LISTS.items():
        values[terminal] = {normalize(f): key for f in data.get(key) or ()}
    # "три с половиной": a word that joins a number and its fraction, read by the grammar as "and"
    values["AND"].update({normalize(f): "fraction_and" for f in data.get("fraction_and") or ()})
    # "79 AD", "AD 79", "nell'80 d.C.": an era of years after Christ names a year of any size (claimlint.parse)
    for form in data.get("ad_eras") or ():
        values["YEAR_AFTER"].setdefault(normalize(form), "ad_eras")
        values["YEAR_BEFORE"].setdefault(normalize(form), "ad_eras")

    fold = str.maketrans({"’": "'", "ʼ": "'", **dict(data.get("letter_folding") or {})})
    if data.get("letter_folding"):
        for forms in values.values():
            for form in list(forms):
                forms.setdefault(form.translate(fold), forms[form])
    categories: dict[str, list[str]] = {}
    for category in CATEGORY_ORDER:
        for form in values.get(category, ()):
            if category == "WEEKDAY" and (len(form) < 4 or not form[-1].isalpha()):
                continue  # abbreviations are words too often ("do", "ma", "sun", "mar."): full names only
            categories.setdefault(form, []).append(category)
    # "свыше тысячи": a plural scale word that after a qualifier is one of the scale (candidates._emit
    # gives it the category there); its power, for the parser
    for form in _words(data.get("scales_bare_after_qualifier")):
        if form in values["SCALE"]:
            values["SCALE_BARE"].setdefault(form, values["SCALE"][form])
        else:  # a round number: "около сотни"
            values["APPROX_BARE"].setdefault(form, values["APPROX"][form])
    for form in _words(data.get("scales_dual_one_before_and")):  # "مليونا و600 ألف", likewise
        values["SCALE_BARE"].setdefault(form, values["SCALE_DUAL"][form])
    # "plus or minus 3.1 points", "plus of min 3 procent": a margin is read whole, a word of no
    # category, so that its "minus" signs no figure (the figure after it is read alone).
    for form in _words(data.get("margin_words")):
        categories.setdefault(form, [])

    indefinite = sorted(values["INDEF"])
    connectors = sorted({normalize(c) for c in data.get("number_connectors") or ()})
    prefixes = sorted({normalize(p) for p in data.get("prefix_conjunctions") or ()})
    definite = sorted({normalize(p) for p in data.get("definite_prefixes") or ()})
    pieces = sorted(values["NUMWORD"])
    # Words that make a run worth reading even with no figure in it: "a trillion", "عامين", "полгода", "a fifth",
    # "il primo maggio".
    core_words = {
        f for cat in ("SCALE", "SCALE_BARE", "SCALE_DUAL", "SCALE_HALF", "DUR_DUAL", "DUR_HALF", "PCT_HALF", "CUR_DUAL", "MULT", "APPROX", "DENOM", "NEG",
                      "DAY")
        for f in values[cat]
    }
    # "MUSD", "MEUR": a scale letter and a listed ISO code.
    listed_codes = [c for c in common["currency_signs"] if c.isalpha() and c.isupper() and len(c) == 3]
    values["CUR_SCALED"] = {
        normalize(prefix + code): [code, int(power)]
        for prefix, power in (common.get("scaled_code_prefixes") or {}).items() for code in listed_codes
    }
    scaled_codes = frozenset(values["CUR_SCALED"])
    # "12,4 M€", "500 k€": a scale letter and a currency symbol.
    symbols = [(s, code) for code, forms in common["currency_signs"].items() for s in forms if len(s) == 1]
    for prefix, power in (common.get("scaled_sign_prefixes") or {}).items():
        for sign, code in symbols:
            values["CUR_SCALED"].setdefault(normalize(prefix + sign), [code, int(power)])
    for form in values["CUR_SCALED"]:
        categories.setdefault(form, []).append("CUR_SCALED")
    code_only = frozenset(c.casefold() for c in codes) - {f for f in categories if f not in values["CUR_SIGN"]}
    code_only -= {c.casefold() for c in common.get("codes_in_any_case") or ()}
    code_only |= scaled_codes
    for code in codes:
        categories.setdefault(code.casefold(), []).append("CUR_SIGN")
        values["CUR_SIGN"].setdefault(code.casefold(), code)
    ordinals = tuple(sorted(
        ((normalize(end), tuple(normalize(r) for r in reps)) for end, reps in (data.get("ordinals") or {}).items()),
        key=lambda pair: -len(pair[0]),
    ))
    # Irregular ordinals that start unlike any number word ("fifth", "ninth") may open a compound one.
    ordinal_words = [end for end, cardinals in ordinals if any(c[:1].isalpha() for c in cardinals)]
    # ...and so may the stem a number word keeps before an ordinal ending ("thirti-" of "thirtieth").
    ordinal_words += sorted({
        p[: -len(r)] for p in pieces for _, reps in ordinals for r in reps if r and len(p) > len(r) and p.endswith(r)
    })
    ordinal = _ordinal(pieces, [e for e, _ in ordinals], ordinal_words) if ordinals else None
    # Scale words some languages write onto the number ("vijfentwintigmiljoen"): whole words only.
    glued = tuple(sorted((normalize(f) for f in data.get("scales_glued") or ()), key=len, reverse=True))
    attached_forms: dict[str, set[str]] = {}
    for form in (f for forms in (data.get("scales_attached") or {}).values() for f in forms):
        attached_forms.setdefault(normalize(form), set()).add(form)
    attached_scales = set(attached_forms)
    spaced_forms: dict[str, set[str]] = {}
    for form in data.get("scales_spaced") or ():
        spaced_forms.setdefault(normalize(form), set()).add(form)

    qualifiers_before = sorted({f for t in QUALIFIER_BOUNDS for f in values[t] if f[:1].isalpha()})

    # Units of time written only onto a figure with a hyphen ("45-летнего"; alone, "летний" is "summer"):
    # read after a hyphen (the tokenizer's "hdur"), no word of the vocabulary elsewhere.
    values["DUR"].update(_invert(data.get("durations_hyphen")))
    glued_units = _invert(data.get("durations_glued"))  # "il 45enne", likewise, written onto the figure
    values["DUR"].update(glued_units)
    hyphen_percent = _words(data.get("percent_hyphen"))  # "5-процентный барьер", likewise

    race_marks: dict[str, list[str]] = data.get("race_time_marks") or {}

    def patterns() -> dict[str, str]:
        parts: dict[str, Any] = {
            "glued_scales": list(glued),
            "day_suffixes": sorted({normalize(f) for f in data.get("ordinal_suffixes") or ()}),
            "scale_letters": sorted(attached_scales),
            "spaced_letters": sorted(spaced_forms),
            "words": [f for f in categories if f[0].isalnum() and f not in attached_scales],
            "signs": [f for f in categories if not f[0].isalnum()],
            "pieces": pieces,
            "connectors": connectors,
            "prefixes": prefixes,
            "indefinite": indefinite,
            "hyphen_units": sorted({*values["DUR"], *hyphen_percent}),
            "glued_units": sorted(glued_units),
            "fractions": sorted(values["DENOM"]),
            "weekdays": sorted(f for f in values["WEEKDAY"] if "WEEKDAY" in categories.get(f, ())),
            "race_marks": {unit: [normalize(f) for f in forms] for unit, forms in race_marks.items()}
            | ({"alone": [normalize(f) for f in alone]} if (alone := data.get("race_seconds_alone")) else {})
            | ({"final": [normalize(f) for f in final]} if (final := data.get("race_seconds_final")) else {}),
            "decimal": list(data["number_format"]["decimal"]),
            # (the words of degrees, before which an en dash is a minus: "до –20 градусов")
            "degrees": sorted({normalize(str(f)).translate(fold) for table in (data.get("measure_words") or {},
                                                                             *((c.get("units") or {}) for c in data.get("measure_in_context") or ()))
                               for unit, forms in table.items() if is_temperature(str(unit)) for f in forms if str(f)[:1].isalpha()}),
            "fraction_blocker": _part_of_what_follows(
                definite, sorted({*values["DUR"], *values["SCALE"]}),
                sorted({g for f in data.get("definite_not_nouns") or () for g in (normalize(f), normalize(f).translate(fold))}),
            ) if definite else None,
        }
        anchors = _anchors(pieces, connectors, prefixes, indefinite, sorted(core_words),
                           sorted({*values["CUR_WORD"], *values["PP"]}), qualifiers_before, sorted(values["DUR"]), ordinal, glued,
                           sorted(f for f in values["Q_ATLEAST"] if f[:1].isalpha()) if data.get("one_after_qualifier") else (),
                           ordinal_words)
        return {
            "anchors": anchors,
            "anchor_scan": _anchor_scan(anchors),
            "tokenizer": _tokenizer(**parts, ordinal_endings=[e for e, _ in ordinals], ordinal_words=ordinal_words),
            "plain": _tokenizer(**parts),
        }

    # Building the trie-shaped patterns takes tens of milliseconds a language; they depend only on
    # the data and on this module, so they are kept in the user cache.
    source_key = json.dumps([data, common, cldr, _SOURCE_DIGEST], sort_keys=True, ensure_ascii=False)
    sources = cached_json(f"lexicon-{lang}", source_key, patterns)
    digest = hashlib.sha256(source_key.encode("utf-8")).hexdigest()
    tokenizer_source = sources["tokenizer"]
    for prefix in prefixes:
        categories.setdefault(prefix, []).append("AND")
    # (matched against folded text only, so with no case folding, which would cost a Russian or Arabic
    # start-up 10-20 ms to compile; compiled at its first use, another 5-25 ms that a text of no spelled number
    # does without)
    piece_re = lazy(
        r"(?:(?P<p>\L<prefixes>))?(?P<p>\L<pieces>)(?:[\s\-‐]*(?:(?P<p>\L<conns>)[\s\-‐]*)?(?P<p>\L<pieces>))*",
        pieces=pieces,
        conns=connectors or ["\ue000"],
        prefixes=prefixes or ["\ue000"],
    )
    decimal = tuple(dict.fromkeys([*data["number_format"]["decimal"], *cldr["decimal"]]))
    group = tuple(dict.fromkeys([*data["number_format"]["group"], *cldr["group"]]))
    suffix_categories = ("SCALE", "CUR_SIGN", "CUR_WORD", "PCT", "PP", "BP", "DUR", "SUBUNIT", "YEAR_AFTER")
    suffixes = {f for cat in suffix_categories for f in values[cat]}
    # ...and the first word of a form of several ("50-basis-point", "10-per-cent")
    suffixes |= {f.replace("-", " ").replace("‐", " ").split(" ", 1)[0] for f in list(suffixes)}
    suffixes |= {normalize(f).lstrip("-") for f in data.get("ordinal_suffixes") or ()}
    suffixes |= hyphen_percent  # "12-процентная ставка" is no name
    suffixes |= _words(data.get("times_words"))  # "a 2.5-fold rise", "в 50-кратном размере": a multiple, no name
    # (typed Any: the fields the sections fill are of several types)
    # (each word also as folded, which is how a word of the text is looked up where its letters may be
    # written either way: "ألفا" and "الفا")
    sections: dict[str, Any] = {key: _words(data.get(key)) for key in _WORD_LIST_KEYS}
    sections["model_makers"] |= _words(common.get("model_makers"))  # (written alike in every language)
    if data.get("letter_folding"):
        sections = {key: forms | {f.translate(fold) for f in forms} for key, forms in sections.items()}
    sections.update({key: bool(data.get(key)) for key in _FLAG_KEYS})
    change_whole, change_by_whole = _words(data.get("change_to_words_whole")), _words(data.get("change_by_words_whole"))
    qualifier_adverbs = _words((data.get("qualifier_adverbs") or {}).get("adverbs"))
    clock = data.get("clock_times") or {}
    return Lexicon(
        lang=lang,
        digest=digest,
        **sections,
        anchor_scan=compile_cached(sources["anchor_scan"]),
        anchors_source=sources["anchors"],
        tokenizer_source=tokenizer_source,
        plain_tokenizer_source=sources["plain"],
        folding=fold,
        code_only=code_only,
        attached_forms={k: frozenset(v) for k, v in attached_forms.items()},
        spaced_forms={k: frozenset(v) for k, v in spaced_forms.items()},
        categories={k: tuple(v) for k, v in categories.items()},
        values=values,
        decimal=decimal,
        group=group,
        pieces=piece_re,
        connectors=frozenset([*connectors, *prefixes]),
        suffixes=frozenset(suffixes),
        sign_forms=frozenset(values["CUR_SIGN"]),
        references=_labels(data, "reference_words"),
        reference_lists=_labels(data, "reference_lists"),
        reference_year_words=tuple(normalize(w) for w in data.get("reference_year_words") or ()),
        variation_words=tuple(f" {' '.join(_WORD_RUN.findall(normalize(w)))} " for w in data.get("variation_words") or ()),
        named_references=tuple(data.get("reference_words_named") or ()),
        approximate_around={k: _words(v) for k, v in (data.get("approximate_around") or {}).items()},
        named_before_years=frozenset(data.get("reference_words_named_years") or ()),
        mark_wholes=frozenset(int(n) for n in data.get("mark_wholes") or ()),
        place_words=tuple(sorted(_words(data.get("place_words")))),
        phone_calls=tuple(sorted(_words(data.get("phone_calls")))),
        service_articles=tuple(sorted(_words(data.get("service_articles")))),
        place_idioms=tuple(tuple(f.translate(fold).split()) for f in sorted(_words(data.get("place_idioms")))),
        change_stems=tuple(normalize(f) for f in data.get("change_to_words") or ()),
        rise_stems=tuple(normalize(f) for f in data.get("rise_words") or ()),
        peak_verbs=tuple(normalize(f) for f in data.get("peak_verbs") or ()),
        change_by_stems=tuple(normalize(f) for f in data.get("change_by_words") or ()),
        not_verb_words=tuple(normalize(f) for f in data.get("not_verb_words") or ()),
        adjective_qualifiers=frozenset(normalize(f) for f in data.get("adjective_qualifiers") or ()),
        change_by_whole=change_by_whole,
        change_whole=change_whole,
        change_any_whole=change_whole | change_by_whole,
        lengthen_stems=tuple(normalize(f) for f in data.get("lengthen_words") or ()),
        change_object_verbs=frozenset(normalize(f) for f in data.get("change_object_verbs") or ()),
        lasting_words=_words(data.get("lasting_words")),
        range_stems=tuple(normalize(f) for f in data.get("range_verbs") or ()),
        change_next_words=_words(data.get("change_to_words_next")),
        exceed_verbs=frozenset(f.translate(fold) for f in _words(data.get("exceed_verbs"))),
        compare_verbs_apart={k: frozenset(f.translate(fold) for f in _words(v)) for k, v in (data.get("compare_verbs_apart") or {}).items()},
        reach_verbs=frozenset(f.translate(fold) for f in _words((data.get("reach_verbs") or {}).get("verbs"))),
        period_before=_words((data.get("period_words") or {}).get("before")),
        period_alone=_words((data.get("period_words") or {}).get("alone")),
        month_first="mdy" in (data.get("date_order") or ()),
        reach_subjects=frozenset(f.translate(fold) for f in _words((data.get("reach_verbs") or {}).get("subjects"))),
        reach_terms=frozenset(f.translate(fold) for f in _words((data.get("reach_verbs") or {}).get("terms"))),
        reach_long_subjects=frozenset(f.translate(fold) for f in _words((data.get("reach_verbs") or {}).get("long_subjects"))),
        reach_particles=frozenset(f.translate(fold) for f in _words((data.get("reach_verbs") or {}).get("particles"))),
        reach_relatives=frozenset(f.translate(fold) for f in _words((data.get("reach_verbs") or {}).get("relatives"))),
        # (and with a conjunction or a preposition written onto the phrase, as onto a label: "والسادسة عشرة", "and the
        # sixteenth"; "وفقا لرؤية 2030", according to Vision 2030)
        fixed_phrases=tuple(sorted({p + f for f in _words(data.get("fixed_phrases"))
                                    for p in ["", *prefixes, *(normalize(p) for p in data.get("label_prefixes") or ())]})),
        time_references=tuple(sorted(_words(data.get("time_references")))),
        phone_words=tuple(sorted(_words(data.get("phone_words")))),
        decade_words=tuple(sorted(_words(data.get("decade_words")))),
        decade_nouns={normalize(f): int(v) for v, forms in (data.get("decade_nouns") or {}).items() for f in forms},
        rate_words=tuple(sorted(_words(data.get("rate_words")))),
        rate_after_count=_words(data.get("rate_words_after_count")),
        multiple_always=_words((data.get("multiple_marks") or {}).get("always")),
        multiple_after=_words((data.get("multiple_marks") or {}).get("after")),
        multiple_less=_words((data.get("multiple_marks") or {}).get("less")),
        multiple_less_verbs=tuple(sorted(_words((data.get("multiple_marks") or {}).get("less_verbs")))),
        multiple_verbs=tuple(sorted(_words((data.get("multiple_marks") or {}).get("verbs")))),
        multiple_duals=frozenset(str(f) for f in (data.get("multiple_marks") or {}).get("duals") or ()),
        multiple_breaks=_words((data.get("multiple_marks") or {}).get("breaks")),
        multiple_breaks_before_two=_words((data.get("multiple_marks") or {}).get("breaks_before_two")),
        fraction_change_verbs=tuple(sorted(_words(data.get("fraction_change_verbs")))),
        multiple_divided=_words((data.get("multiple_marks") or {}).get("divided")),
        ad_eras=frozenset(" ".join(str(f).split()) for f in data.get("ad_eras") or ()),
        half_year_marks=frozenset(str(f) for f in data.get("half_year_marks") or ()),
        fiscal_year_marks=frozenset(str(f) for f in data.get("fiscal_year_marks") or ()),
        scale_verbs=_words((data.get("scale_verbs") or {}).get("forms")),
        scale_verbs_after=_words((data.get("scale_verbs") or {}).get("after")),
        period_fraction_before=_words(data.get("period_fraction_before")),
        exchange_rate_words=_words(data.get("exchange_rate_words")),
        multiple_before=_words((data.get("multiple_marks") or {}).get("before")),
        multiple_nouns=_words((data.get("multiple_marks") or {}).get("nouns")),
        multiple_after_change=_words((data.get("multiple_marks") or {}).get("before_after_change")),
        clock_before=tuple(sorted(_words(clock.get("before")))),
        clock_after=tuple(sorted(_words(clock.get("after")))),
        clock_day_parts=tuple(sorted(_words(clock.get("day_parts")))),
        clock_alone=tuple(sorted(_words(clock.get("alone")))),
        clock_alone_places=tuple(sorted(_words(clock.get("alone_places")))),
        clock_alone_verbs=tuple(sorted(_words(clock.get("alone_verbs")))),
        named_phrases=tuple(sorted(str(f) for f in (data.get("named_phrases") or {}).get("words") or ())),
        named_after=tuple(sorted(_words((data.get("named_phrases") or {}).get("after")))),
        street_before_name=tuple(sorted(_words((data.get("streets") or {}).get("before_name")))),
        street_after_name=tuple(sorted(_words((data.get("streets") or {}).get("after_name")))),
        house_suffixes=tuple(sorted(_words((data.get("streets") or {}).get("house_suffixes")))),
        house_before=tuple(sorted(_words((data.get("streets") or {}).get("house_before")))),
        street_before_house=tuple(sorted(_words((data.get("streets") or {}).get("before_name_and_house")))),
        house_words=tuple(sorted(_words((data.get("streets") or {}).get("house_words")))),
        phone_call_links=tuple(sorted(_words(data.get("phone_call_links")))),
        race_distances=frozenset(int(d) for d in data.get("race_distances") or ()),
        label_nouns=_words(data.get("label_nouns")),
        rate_base_ones=_words(data.get("rate_base_ones")),
        beneficiary_prepositions=_words(data.get("beneficiary_prepositions")),
        flight_words=_words(data.get("flight_words")),
        another_words=tuple(sorted((normalize(w) for w in data.get("another_words") or ()), key=len, reverse=True)),
        term_verbs=tuple(tuple(_WORD_RUN.findall(normalize(w))) for w in (data.get("term_verbs") or {}).get("verbs") or ()),
        term_contexts=tuple(normalize(w) for w in (data.get("term_verbs") or {}).get("context") or ()),
        scale_names=_folded_too(data.get("scale_names"), fold),
        degree_ordinals_after=_words(data.get("degree_ordinals_after")),
        clock_after_date=_words(clock.get("after_date")),
        clock_after_weekday=_words(clock.get("after_weekday")),
        clock_not_after_weekday=_words(clock.get("not_after_weekday")),
        clock_marks=tuple(sorted(_words(clock.get("marks")))),
        clock_four_figures=bool(clock.get("four_figures")),
        clock_hours=tuple(sorted(_words(clock.get("hours")))),
        clock_distance=tuple(sorted(_words(clock.get("distance")))),
        clock_hours_any=tuple(sorted(_words(clock.get("hours_any_after")))),
        clock_open_words=tuple(sorted(_words(clock.get("open_words")))),
        clock_open_then=tuple(sorted(_words(clock.get("open_then")))),
        clock_event_words=tuple(sorted(_words(clock.get("event_words")))),
        clock_event_at=tuple(sorted(_words(clock.get("event_at")))),
        clock_event_then=tuple(sorted(_words(clock.get("event_then")))),
        clock_hours_late=tuple(sorted(_words(clock.get("hours_late_after") or clock.get("before")))),
        clock_hours_short=tuple(sorted(_words(clock.get("hours_short")))),
        clock_hours_at_clause_start=tuple(sorted(_words(clock.get("hours_at_clause_start")))),
        clock_named_hours=tuple(sorted(_words(clock.get("named_hours")))),
        resolutions_before=tuple(sorted(_words((data.get("screen_resolutions") or {}).get("before")))),
        text_code_words=tuple(sorted(_words(data.get("text_code_words")))),
        resolutions_after=tuple(sorted(_words((data.get("screen_resolutions") or {}).get("after")))),
        clock_pairs=tuple((normalize(a), normalize(b)) for a, b in clock.get("pairs") or ()),
        and_words=_words(data.get("range_and")),
        slash_names=_words(common.get("slash_names")),
        event_names=frozenset(common.get("event_names") or ()),
        programme_names=_words([*(common.get("programme_names") or ()), *(data.get("programme_names") or ())]),
        numbered_events=frozenset(common.get("numbered_events") or ()),
        standard_names=frozenset(common.get("standard_names") or ()),
        short_phone_numbers=tuple(sorted(str(f) for f in common.get("short_phone_numbers") or ())),
        ratio_after_one=_words(data.get("ratio_words_after_one")),
        ratio_final=_words(data.get("ratio_words_final")),
        glued_scales=glued,
        ordinals=ordinals,
        years_after_from=int(data.get("years_after_from", CALENDAR_YEARS.start)),
        race_marks={normalize(f): unit for unit, forms in race_marks.items() for f in forms},
        noun_plural_endings=tuple(data.get("noun_plural_endings") or ()),
        irregular_plurals=frozenset(normalize(w) for w in data.get("irregular_plurals") or ()),
        hyphen_qualifiers=frozenset(normalize(f) for forms in (data.get("qualifiers_after_hyphen") or {}).values() for f in forms),
        hyphen_qualifiers_before=frozenset(normalize(f) for forms in (data.get("qualifiers_before_hyphen") or {}).values() for f in forms),
        hyphen_only_qualifiers=frozenset(
            normalize(f) for forms in (data.get("qualifiers_before_hyphen") or {}).values() for f in forms
        ).difference(normalize(f) for forms in (data.get("qualifiers") or {}).values() for f in forms),
        year_prefixes=frozenset(normalize(f) for f in data.get("year_prefixes") or ()),
        count_noun_endings=tuple(data.get("count_noun_endings") or ()),
        few_noun_endings=tuple(data.get("few_noun_endings") or ()),
        past_verb_endings=tuple(data.get("past_verb_endings") or ()),
        opener_endings=tuple(normalize(e) for e in data.get("opener_endings") or ()),
        every_ordinals={normalize(str(k)): int(v) for k, v in (data.get("every_ordinals") or {}).items()},
        glued_stems={normalize(f): Decimal(str(v)) for v, forms in ((data.get("glued_numbers") or {}).get("stems") or {}).items()
                     for f in forms},
        glued_words={normalize(f): str(w) for w, forms in ((data.get("glued_numbers") or {}).get("words") or {}).items()
                     for f in forms},
        glued_whole={normalize(f): Decimal(str(v)) for v, forms in ((data.get("glued_numbers") or {}).get("whole") or {}).items()
                     for f in forms},
        weekdays_beside_dates={normalize(f): int(day) for day, forms in (data.get("weekdays_beside_dates") or {}).items() for f in forms},
        glued_whole_marked={normalize(w): _words(marks) for w, marks in ((data.get("glued_numbers") or {}).get("whole_marked") or {}).items()},
        glued_whole_not_after={normalize(w): _words(before)
                               for w, before in ((data.get("glued_numbers") or {}).get("whole_not_after") or {}).items()},
        glued_whole_only_after={normalize(w): _words(before)
                                for w, before in ((data.get("glued_numbers") or {}).get("whole_only_after") or {}).items()},
        glued_whole_not_before={normalize(w): _words(after)
                                for w, after in ((data.get("glued_numbers") or {}).get("whole_not_before") or {}).items()},
        glued_whole_qualifiers_after=_words((data.get("glued_numbers") or {}).get("whole_qualifiers_after")),
        possessive_suffixes=tuple(normalize(s) for s in data.get("possessive_suffixes") or ()),
        denominator_plural_endings=tuple(normalize(s) for s in data.get("denominator_plural_endings") or ()),
        glued_whole_at_clause_end={normalize(w): {normalize(p): str(bound) for bound, phrases in by_bound.items() for p in phrases}
                                   for w, by_bound in ((data.get("glued_numbers") or {}).get("whole_at_clause_end") or {}).items()},
        currency_by_country=tuple(
            (_words(entry.get("forms")), {str(code): frozenset(normalize(w).translate(fold) for w in words or ())
                                          for code, words in (entry.get("countries") or {}).items()})
            for entry in data.get("currency_by_country") or ()
        ),
        currency_by_country_scaled=frozenset(
            normalize(w) for entry in data.get("currency_by_country") or () if entry.get("scaled") for w in entry.get("forms") or ()),
        currency_by_country_things=_by_currency_form(data, "things"),
        currency_by_country_things_after=_by_currency_form(data, "things_after"),
        currency_by_country_things_after_alone=_by_currency_form(data, "things_after_alone"),
        every_ordinal_endings=tuple(normalize(e) for e in data.get("every_ordinal_endings") or ("",)),
        spaced_ordinal_plurals=(None if data.get("spaced_ordinal_plurals") is None
                                else tuple(normalize(e) for e in data["spaced_ordinal_plurals"])),
        model_suffixes=tuple(sorted({*(data.get("model_suffixes") or ()), *(common.get("model_suffixes") or ())})),
        product_names=frozenset(
            f.translate(fold) for f in _words([*(data.get("product_names") or ()), *(common.get("product_names") or ())])),
        hyphen_percent=hyphen_percent,
        definite_prefixes=tuple(definite),
        ordinal_prefixes=tuple(str(p) for p in (data.get("ordinal_prefixes") or {}).get("prefixes") or ()),  # (as written: "ـ")
        ordinal_nouns=_words((data.get("ordinal_prefixes") or {}).get("after")),
        change_nouns=tuple(sorted(_words(data.get("change_nouns")))),
        fractions_by={normalize(f): _share(n) for n, forms in ((data.get("fractions_by") or {}).get("fractions") or {}).items() for f in forms},
        fractions_by_words=_words((data.get("fractions_by") or {}).get("after")),
        fractions_by_then=_words((data.get("fractions_by") or {}).get("then")),
        prefixes=tuple(prefixes),
        name_prefixes=_name_prefixes(data, definite),
        qualifier_joiners=frozenset(joiners),
        pronoun_forms=_words((data.get("pronouns") or {}).get("forms")),
        not_alone=_words(data.get("number_words_not_alone")),
        pair_nouns=tuple(sorted(_words(data.get("pair_nouns")))),
        not_alone_counts=tuple(data.get("number_words_not_alone_counts") or ()),
        not_alone_after=_words(data.get("number_words_not_alone_after")),
        bare_years_after=_words(data["bare_years_after"]) if "bare_years_after" in data else None,
        scale_nouns=frozenset(w.translate(fold) for w in _words(data.get("scale_nouns"))),
        unit_letters=_words(common.get("unit_letters")),
        measure_units_cased=frozenset(common.get("measure_units_cased") or ()),
        measure_units=_words(common.get("measure_units")),
        measure_subunits={str(unit): str(smaller) for unit, smaller in (common.get("measure_subunits") or {}).items()},
        measure_symbols={str(f): str(unit) for table in (common, data)
                         for unit, forms in (table.get("measure_symbols") or {}).items() for f in forms},
        glued_symbols={str(f): str(unit) for unit, forms in (common.get("glued_symbols") or {}).items() for f in forms},
        measure_words={key: str(unit) for unit, forms in (data.get("measure_words") or {}).items() for f in forms
                       for key in (normalize(str(f)), normalize(str(f)).translate(fold))},
        measure_in_context={str(f): UnitInContext(str(unit), _folded_too(context.get("words"), fold),
                                                  _folded_too(context.get("not_after"), fold), _reach(context.get("reach")),
                                                  _folded_too(context.get("not_before"), fold),
                                                  _folded_too(context.get("anywhere"), fold))
                            for context in data.get("measure_in_context") or ()
                            for unit, forms in (context.get("units") or {}).items() for f in forms},
        measure_not_before=_words(data.get("measure_not_before")),
        name_symbols=frozenset(str(f) for f in data.get("name_symbols") or ()),
        fraction_homographs={normalize(str(f)): int(n) for f, n in (data.get("fraction_homographs") or {}).items()},
        word_amounts={normalize(str(f)): (Decimal(str(v["value"])), str(v["currency"]), str(v["weight"]))
                      for f, v in ((data.get("word_amounts") or {}).get("forms") or {}).items()},
        money_context=_words((data.get("word_amounts") or {}).get("money")),
        weight_context=_words((data.get("word_amounts") or {}).get("weight")),
        measure_word_values={normalize(str(f)): (_decimal_or_none(bounds.get("from")), _decimal_or_none(bounds.get("up_to")))
                             for f, bounds in (data.get("measure_word_values") or {}).items()},
        years_before_units=_words(data.get("years_before_units")),
        glued_only_units=_words(common.get("glued_only_units")),
        cent_currencies=frozenset(common.get("cent_currencies") or ()),
        zero_points={side: _words(forms) for side, forms in (data.get("zero_points") or {}).items()},
        score_words={side: _words(forms) for side, forms in (data.get("score_words") or {}).items()},
        dual_counts=tuple(str(f) for f in data.get("dual_counts") or ()),
        age_ordinals=_invert(data.get("age_ordinals"), int),
        measure_duals={str(f): str(unit) for unit, forms in (data.get("measure_duals") or {}).items() for f in forms},
        mark_qualifiers=_words(data.get("mark_qualifiers")),
        order_qualifiers=_words(data.get("order_qualifiers")),
        crossing_qualifiers=_words(data.get("crossing_qualifiers")),
        threshold_nouns=_words(data.get("threshold_nouns")),
        plural_articles=_words(data.get("plural_articles")),
        qualifier_adverbs=qualifier_adverbs,
        qualifier_adverb_ends=frozenset(w.split()[-1] for w in qualifier_adverbs),
        qualifier_adverb_verbs=tuple(normalize(f) for f in (data.get("qualifier_adverbs") or {}).get("verbs") or ()),
        light_year_words=_words(data.get("light_year_words")),
        one_unit_spells=dict(data.get("one_unit_spells") or {}),
        age_at_start={key: _words(words) for key, words in (data.get("age_at_start") or {}).items()},
        age_labels={side: {normalize(w): str(b) for w, b in words.items()} for side, words in (data.get("age_labels") or {}).items()},
        age_when={key: _words(words) for key, words in (data.get("age_when") or {}).items()},
        age_groups={key: _words(words) for key, words in (data.get("age_groups") or {}).items()},
        one_unit_forms={key: _words(words) for key, words in (data.get("one_unit_forms") or {}).items()},
        bare_ages=frozenset(str(f) for f in (data.get("bare_ages") or {}).get("forms") or ()),
        bare_age_nouns=_words((data.get("bare_ages") or {}).get("nouns")),
        bare_age_between=_words((data.get("bare_ages") or {}).get("between")),
        bare_age_bracket_nouns=tuple(sorted(_words((data.get("bare_ages") or {}).get("nouns"))
                                            | _words((data.get("bare_ages") or {}).get("bracket_nouns")))),
        number_homographs={normalize(word): {side: _words(forms) for side, forms in sides.items()}
                           for word, sides in (data.get("number_homographs") or {}).items()},
        unit_homographs={normalize(word).translate(fold): {side: frozenset(f.translate(fold) for f in _words(forms))
                                                           for side, forms in sides.items()}
                         for word, sides in (data.get("unit_homographs") or {}).items()},
        bc_eras=tuple(str(f) for f in data.get("bc_eras") or ()),
        hijri_eras=tuple(str(f) for f in data.get("hijri_eras") or ()),
        attached_not_before={letter: _words(words) for letter, words in (data.get("scales_attached_not_before") or {}).items()},
        attached_money_only=frozenset(data.get("scales_attached_money_only") or ()),
        plural_endings=tuple(normalize(e) for e in data.get("fraction_plural_endings") or ()),
        pronoun_after=_words((data.get("pronouns") or {}).get("after")),
        pronoun_counting=_words((data.get("pronouns") or {}).get("counting")),
        bound_joiners=_words([*(data.get("bound_joiners") or ()), *(data.get("range_and") or ())]),
        time_zones=tuple(common.get("time_zones") or ()),
        century_before_figure=_words((data.get("centuries") or {}).get("before_figure")),
        century_ordinals={normalize(str(f)): int(n) for f, n in ((data.get("centuries") or {}).get("ordinals") or {}).items()},
        named_centuries={str(f): int(n) for f, n in ((data.get("centuries") or {}).get("named") or {}).items()},
        named_centuries_after=tuple(str(f) for f in (data.get("centuries") or {}).get("after") or ()),
        century_not_after=_words((data.get("centuries") or {}).get("not_after")),
        century_not_before=tuple(normalize(str(f)) for f in (data.get("centuries") or {}).get("not_before") or ()),
        century_hundreds_after=_words((data.get("centuries") or {}).get("hundreds_after")),
        century_range_words=_words((data.get("centuries") or {}).get("range_words")),
        ordinal_suffixes=tuple(sorted({normalize(f) for f in data.get("ordinal_suffixes") or ()}, key=len, reverse=True)),
        day_figure=lazy(
            rf"(?<![\w.,])({_DAY_DIGITS})(?:{trie(sorted(day_suffixes))})(?!{_LETTER}|[{DIGITS}])", regex.IGNORECASE
        ) if (day_suffixes := {normalize(f) for f in data.get("ordinal_suffixes") or ()}) else None,
    )
